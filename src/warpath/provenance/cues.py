"""Finding source cues in a parsed sentence and telling what kind of source each names.

A cue is a reporting predicate with the noun phrase that says who reports: "officials said",
"the statement said", "according to press accounts", "a reporter quotes an officer as saying".
The noun phrase decides the kind: a name or an organisation is `named`; an unnamed person
("a senior official", "sources familiar with") is `anonymous`; a text or body of reporting
("the statement", "press accounts", "the results of an investigation") is `document`, unless
the text is credited to a person ("reports by Ambassador X" is named; a report by a body
stays a document) or to an unnamed person ("a tally kept by a researcher" is anonymous).
People named only by what they do or where they are from ("graziers from the area", "one of
the farmers", "aid groups", "the village head") are anonymous. A medium run by a party ("an
RSF-run channel") speaks as a text; so does a body, an armed force or a spokesperson
speaking "in a statement" ("the foreign ministry said in a statement", "the army said in a
statement"), where one person saying so ("Bachelet", "the President") stays named (the dev
gold's majority).

Besides reporting verbs, a cue can be a text put first ("In a statement, the army said",
"In a later statement, the owner put …"), a text an actor issues ("has put out a statement",
"a note calling …", "a statement issued by X"), speaking "on condition of anonymity", or the
outlet's own witness ("Our reporter saw", kind `author`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from warpath.document import AttributionKind

Token = Any  # spaCy Token; typed loosely so mypy does not need spaCy's stubs

# Predicates that report what someone says or claims. Verbs that make a claim of their own
# ("accuse", "deny") count: what they govern is the speaker's claim, not the author's.
REPORT_VERBS = frozenset({
    "say", "tell", "report", "tweet", "add", "note", "continue", "state", "announce",
    "reveal", "confirm", "write", "declare", "claim", "insist", "suggest", "explain",
    "acknowledge", "allege", "cite", "quote", "assert", "maintain", "recount", "describe",
    "disclose", "testify", "post", "argue", "contend", "hint", "observe", "remark",
    "mention", "stress", "emphasize", "emphasise", "reiterate", "admit", "concede", "tout",
    "brief", "inform", "accuse", "deny", "warn", "predict", "estimate", "conclude",
    "comment", "reply", "respond", "retort", "complain", "boast", "recall", "assess",
    "fear", "worry", "believe", "doubt", "remind",
    # naming who or what something is ("analysts identified the missile as a Kh-101")
    "identify",
})
# Verbs of a view held rather than said ("aid groups fear that …").
MIND_VERBS = frozenset({"fear", "worry", "believe", "doubt"})
# Predicates that report what a text shows; they need a document-like subject to count.
SHOW_VERBS = frozenset({
    "show", "find", "indicate", "reveal", "suggest", "conclude", "confirm", "establish",
    "demonstrate", "document", "detail", "say", "state", "note", "report",
    "count", "record", "list", "tally", "put", "read",
})
# Speech verbs that are a cue with any noun subject; the other REPORT_VERBS ("add", "note",
# "suggest", "reveal") also need reported content and a subject that can be a source.
CORE_VERBS = frozenset({
    "say", "tell", "tweet", "announce", "claim", "allege", "deny", "accuse", "state", "write",
    "report", "declare", "testify", "insist", "confirm", "acknowledge", "admit", "quote",
    "cite",
})
# Nouns for people by office and for institutions: a source even without a name.
ROLE_HEADS = frozenset({
    "chairman", "chairwoman", "chair", "secretary", "president", "minister", "ministry",
    "ambassador", "general", "admiral", "colonel", "envoy", "governor", "mayor", "premier",
    "chancellor", "king", "queen", "prince", "leader", "chief", "director", "head",
    "commander", "prosecutor", "judge", "court", "army", "military", "government", "office",
    "agency", "department", "embassy", "police", "council", "parliament", "committee",
    "commission", "cabinet", "administration", "pentagon", "spokesman", "spokeswoman",
    "spokesperson", "generals", "force", "forces", "navy", "command", "coalition", "group",
    "organization", "organisation", "union", "party", "newspaper", "network",
    "broadcaster", "outlet", "channel", "mission", "delegation", "regime", "authorities",
    "country", "state", "nation", "side", "official", "officials", "presidency",
    "representative", "delegate", "secretariat", "headquarters", "palace", "service",
    "team", "centre", "center", "institute", "bureau", "company", "firm", "operator",
    "television", "radio", "tv", "station", "militia", "junta", "enemy", "adversary",
    "movement", "front", "faction", "gang", "cartel", "brigade", "rebel", "rebels",
    # the sides of a court case ("the prosecution said", "the defence argued")
    "prosecution", "defence", "defense",
})
# Head nouns of a source that is a person or group left unnamed.
ANONYMOUS_HEADS = frozenset({
    "official", "source", "authority", "diplomat", "officer", "aide", "insider", "person",
    "people", "spokesperson", "spokesman", "spokeswoman", "witness", "resident", "activist",
    "observer", "analyst", "expert", "someone", "individual", "staffer", "employee",
    "investigator", "member", "lawmaker", "legislator", "adviser", "advisor", "negotiator",
    "soldier", "medic", "doctor", "journalist", "reporter", "correspondent", "researcher",
    "relative", "family", "neighbour", "neighbor", "villager", "trader", "survivor",
    "worker", "farmer", "fisherman", "woman", "man", "mother", "father", "parent",
    "shopkeeper", "driver", "eyewitness", "protester", "refugee", "campaigner", "local",
    # people named by a trade or a calling of their own ("an ambulance paramedic", "a parish
    # priest", "an imam in the town")
    "paramedic", "surgeon", "midwife", "nurse", "priest", "pastor", "imam", "cleric",
    "monk", "nun", "mechanic", "clerk", "shepherd", "herdsman", "nomad", "volunteer",
    "teacher", "lawyer", "engineer",
})
# More people left unnamed, and the endings of words for people ("herder", "administrator",
# "economist", "Haitian", "fisherman"), with the things built alike.
PEOPLE = frozenset({"resident", "student", "agent", "opponent", "respondent", "participant",
                    "migrant", "immigrant", "combatant", "informant", "militant", "tenant",
                    "merchant", "assistant", "consultant", "inhabitant", "occupant", "claimant",
                    "defendant", "youth", "elder", "nurse", "guard", "pilot", "crew", "staff",
                    "victim", "passenger", "pupil", "local", "native", "citizen", "fighter",
                    "arrival", "newcomer", "evacuee", "returnee", "displaced", "deportee"})
PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "ee", "eer", "ier")
THING_NOUNS = frozenset({
    "border", "number", "water", "power", "order", "center", "centre", "matter", "shelter",
    "quarter", "chamber", "tower", "river", "weather", "paper", "letter", "computer", "error",
    "sector", "factor", "motor", "reactor", "corridor", "floor", "door", "mirror", "color",
    "colour", "behavior", "behaviour", "favor", "favour", "labor", "labour", "terror",
    "harbor", "harbour", "vapor", "anchor", "tractor", "radar", "transfer", "filter",
    "cluster", "register", "answer", "barrier", "carrier", "frontier", "dossier", "corner",
    "manner", "banner", "dinner", "summer", "winter", "trigger", "disaster", "character",
    "theater", "theatre", "perimeter", "meter", "metre", "container", "helicopter", "poster",
    "roster", "fever", "cancer", "ladder", "guarantee", "committee", "fee", "coffee",
    "degree", "tree", "median", "plan", "caravan",
})
# Heads of bodies that stay unnamed in the plural without a determiner ("aid groups fear",
# "according to human rights groups"): no one group is said to speak.
GROUP_HEADS = frozenset({"group", "organisation", "organization", "agency", "charity", "ngo",
                         "association"})
# Heads of bodies that, in the plural with no name, are left unnamed ("rescue teams",
# "emergency services", "medical crews"); one of them with a name is named ("the UN team").
PLURAL_BODIES = GROUP_HEADS | {"team", "crew", "service"}
# People known by their standing, who in the plural with no name are left unnamed ("local
# leaders fear", "according to community leaders", "clan elders said").
RANKED_PEOPLE = frozenset({"leader", "elder", "chief", "commander", "notable", "dignitary"})
# Head nouns of a text or body of reporting.
DOCUMENT_HEADS = frozenset({
    "statement", "report", "account", "document", "investigation", "result", "finding",
    "study", "analysis", "survey", "record", "data", "assessment", "cable", "memo",
    "memorandum", "letter", "filing", "transcript", "footage", "video", "image", "photo",
    "photograph", "intelligence", "communique", "communiqué", "release", "article",
    "story", "reporting", "leak", "email", "review", "inquiry", "probe", "testimony",
    "tweet", "post", "announcement", "dispatch", "bulletin", "readout", "estimate",
    "figure", "tally", "count", "evidence", "intercept", "publication", "press", "media",
    "coverage", "paper", "dossier", "audit", "book", "interview", "broadcast", "note",
    "declaration", "notice", "message", "decree", "resolution", "notification", "directive",
    "advisory", "imagery", "picture", "recording", "clip", "screenshot", "log", "claim",
    # texts put up or handed out where people see them ("leaflets dropped on the town warned
    # …", "a placard at the gate named …"): a public notice is a text
    "banner", "leaflet", "flyer", "placard", "pamphlet", "graffiti", "poster",
    # texts of a court or a case ("the indictment", "the charge sheet says", "the ruling")
    "indictment", "sheet", "ruling", "verdict", "judgment", "judgement", "warrant",
    "affidavit", "deposition", "lawsuit", "petition",
})
# Verbs by which someone passes on a text made by others ("the indictment read out by the
# prosecutor", "a video shared by activists"): the text speaks, not the one who passed it on.
RELAY_VERBS = frozenset({"read", "present", "quote", "share", "relay", "forward", "circulate",
                         "repost", "retweet"})
# Verbs by which someone only looks at a text or an image made by others ("imagery analysed
# by researchers"): the text still speaks, not the one who looked at it.
EXAMINE_VERBS = frozenset({"analyse", "analyze", "review", "examine", "study", "inspect",
                           "verify", "geolocate", "check", "see", "obtain", "read", "assess",
                           "authenticate", "share", "circulate", "forward", "publish",
                           "post"})
# Texts that, opening a sentence ("In a statement, the army said ..."), make the text the
# source of what follows, whatever the verb ("In a later statement, the owner put ...").
FRAMING_TEXTS = frozenset({"statement", "communique", "communiqué", "letter", "note",
                           "declaration", "post", "tweet", "message", "release", "bulletin",
                           "notice", "readout", "filing", "video", "audio", "recording",
                           "clip", "broadcast", "report", "briefing",
                           # texts handed out or sent round ("in a pamphlet left at the
                           # scene", "in its weekly alert to shipping")
                           "pamphlet", "leaflet", "flyer", "newsletter", "alert"})
# Verbs by which an actor puts out a text ("issued a statement", "put out a communique").
ISSUE_VERBS = frozenset({"issue", "release", "publish", "post", "send", "put", "circulate",
                         "deliver", "distribute"})
ISSUED_TEXTS = FRAMING_TEXTS | {"communique", "report", "note", "letter"}
# Verbs by which a source speaks without a name ("spoke on condition of anonymity").
SPEAK_VERBS = frozenset({"speak", "talk", "comment"})
# The newsroom's own eyes: "our reporter saw", "our correspondent counted".
OWN_HEADS = frozenset({"reporter", "correspondent", "journalist", "team", "crew", "staff",
                       "photographer", "newsroom"})
PERCEIVE_VERBS = frozenset({"see", "witness", "observe", "count", "hear", "watch", "visit",
                            "find", "notice", "detect", "spot", "track", "record", "register",
                            "monitor", "identify", "sight", "intercept"})
# What an army's or a ministry's own statement may say saw something: "our coastal radars
# detected", "our patrol spotted"; the issuer's own eyes.
OWN_SENSORS = frozenset({"post", "radar", "patrol", "unit", "troop", "soldier", "sentry",
                         "lookout", "ship", "vessel", "aircraft", "drone", "sensor", "camera",
                         "monitor", "observer", "position", "outpost", "crew", "team", "force",
                         "guard", "station", "satellite", "system", "personnel", "staff",
                         "boat", "jet", "plane", "helicopter", "warship", "frigate"})
# Words that keep a named-looking source anonymous ("unnamed officials", "unconfirmed reports").
ANONYMISERS = frozenset({"unnamed", "anonymous", "unidentified", "unconfirmed", "unverified",
                         "undisclosed"})
PLACE_ENTS = frozenset({"NORP", "GPE", "LOC", "FAC", "DATE"})  # "graziers from Lumpo village"
PLACE_PREPS = frozenset({"from", "in", "near", "at", "around", "across", "outside", "inside"})
QUANTIFIERS = frozenset({"one", "two", "three", "some", "many", "several", "both", "each",
                         "most", "few", "all", "none", "either", "neither"})
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PRONOUNS_NAMED = frozenset({"he", "she", "they", "it", "we", "i"})
# Pronouns for people at large: "everyone here says", "somebody told us".
EVERYONE = frozenset({"everyone", "everybody", "someone", "somebody", "anyone", "anybody"})


def _trim(text: str) -> str:
    """Cut a wiki citation mark ("Times.[5]") off a name."""
    return text.split("[", 1)[0].rstrip(" .") if "[" in text else text


@dataclass
class Cue:
    """A source cue in the text: the predicate, the source phrase and their kind."""

    kind: AttributionKind
    source: str | None
    start: int  # char offsets of the cue words (source phrase + predicate)
    end: int
    verb: Token  # the reporting predicate ("said", "according")
    source_tokens: tuple[int, int]  # token range of the source phrase
    according: bool = False
    hearsay: bool = False  # "reportedly": gives way to a speaker who relays the claim
    framed: bool = False  # "In a statement, it said": the kind stays a text's, even for "it"
    first_person: bool = False  # "we found", "I doubt": the writer, unless quoted or in a turn
    label: bool = False  # "what the army called camps": the source's word for a thing only
    inquiry: bool = False  # "we put the claim to X": the writer asked; no claim of theirs

    def __post_init__(self) -> None:
        if self.source:
            self.source = _trim(self.source)

    @property
    def verb_i(self) -> int:
        return int(self.verb.i)


def find_cues(sent: Any) -> list[Cue]:
    """Every source cue in one spaCy sentence span, in text order."""
    cues: list[Cue] = []
    for tok in sent:
        cue = (_according_cue(tok) or _citing_cue(tok) or _quote_cue(tok) or _received_cue(tok)
               or _hearsay_cue(tok) or _naming_cue(tok) or _framed_cue(tok)
               or _issued_cue(tok) or _own_cue(tok) or _anonymity_cue(tok) or _writer_cue(tok)
               or _told_cue(tok) or _unverified_cue(tok) or _view_cue(tok)
               or _reckoning_cue(tok) or _speaking_cue(tok) or _reached_cue(tok)
               or _origin_cue(tok) or _toll_cue(tok) or _verb_cue(tok))
        if cue is not None:
            cues.append(cue)
    if not cues:
        verdict = _verdict_cue(sent)
        if verdict is not None:
            cues.append(verdict)
    _carry_frames(cues)
    cues.sort(key=lambda c: c.start)
    return cues


def _carry_frames(cues: list[Cue]) -> None:
    """"X claimed the raid in a message posted online, saying its fighters …": the participle
    that gives the words says them in the text its verb names, so it is that text's too."""
    framed = {c.verb_i: c for c in cues if c.kind == "document" and c.framed}
    for cue in cues:
        verb = cue.verb
        frame = framed.get(verb.head.i)
        if frame is None or cue.framed or cue.kind not in ("named", "anonymous") \
                or verb.dep_ not in ("advcl", "conj"):
            continue
        # "…, saying …" in the text; or "In a statement, X accused A and warned B": a verb
        # joined to the framed one with no subject of its own says it in the same text
        if verb.tag_ != "VBG" and (verb.dep_ != "conj" or any(
                c.dep_ in SUBJECT_DEPS for c in verb.children)):
            continue
        cue.kind, cue.framed = "document", True
        cue.source = cue.source or frame.source


# Verbs that put a name on a thing: "what the army called camps", "described ... as".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand", "characterise",
                          "characterize"})


def _naming_cue(tok: Token) -> Cue | None:
    """"Jets bombed what the army called camps", "hit what the Guards described in a statement
    as a hideout": the source's word for the target, not a claim of the whole sentence. Named
    in a text, the word is the text's ("in a statement")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in NAMING_VERBS:
        return None
    what = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.lower_ in ("what", "whatever")), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if what is None or subj is None:
        return None
    kind, source, (a, b) = classify(subj)
    if kind is None or not _source_like(subj, kind):
        return None
    end = tok.idx + len(tok.text)
    framed = False
    for c in tok.children:
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        text = next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.lower_ == "in" and text is not None and _heads(text) & FRAMING_TEXTS:
            kind, framed = "document", True
            end = max(end, text.idx + len(text.text))
            nxt = text.doc[text.i + 1] if text.i + 1 < len(text.doc) else None
            if nxt is not None and nxt.lower_ == "as":  # "described in a statement as"
                end = nxt.idx + len(nxt.text)
        elif c.lower_ == "as" and c.i == tok.i + 1:
            end = c.idx + len(c.text)
    return Cue(kind, source, what.idx, end, tok, (a, b), framed=framed, label=True)


# Nouns for a view or finding of one's own: "My reading of it is that …", "It is our
# assessment that …", "My sense is that …".
VIEW_NOUNS = frozenset({"reading", "view", "assessment", "judgement", "judgment", "conclusion",
                        "sense", "understanding", "impression", "belief", "guess", "estimate",
                        "analysis", "interpretation", "finding", "verdict", "position", "take",
                        "bet", "expectation", "opinion", "feeling"})


def _view_cue(tok: Token) -> Cue | None:
    """"My reading is that the regiment has pulled back", "It is our assessment that …": the
    writer's own view, put as a noun (kind `author`; dropped in a quote or a turn)."""
    if tok.lemma_ != "be":
        return None
    for c in tok.children:
        if c.dep_ not in ("nsubj", "attr") or c.lemma_.lower() not in VIEW_NOUNS:
            continue
        if not any(p.dep_ == "poss" and p.lower_ in ("our", "my") for p in c.children):
            continue
        clause = any(x.dep_ in ("ccomp", "acl") for x in [*tok.children, *c.children]
                     if x.pos_ in ("VERB", "AUX"))
        if not clause:
            continue
        start = min(c.left_edge.idx, tok.idx)
        end = max(c.idx + len(c.text), tok.idx + len(tok.text))
        return Cue("author", None, start, end, tok, (c.i, c.i + 1), first_person=True)
    return None


# A writer's own reckoning: "by our count", "on our tally".
RECKONINGS = frozenset({"count", "tally", "reckoning", "estimate", "calculation", "tallies",
                        "counting", "records", "record", "analysis"})


def _reckoning_cue(tok: Token) -> Cue | None:
    """"By our count, troops have killed 34 …": the writer's own tally (kind `author`) for
    the clause it modifies."""
    if tok.dep_ != "prep" or tok.lower_ not in ("by", "on", "according", "in") \
            or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in RECKONINGS or not any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in obj.children):
        return None
    return Cue("author", None, tok.idx, obj.idx + len(obj.text), tok.head, (obj.i, obj.i + 1),
               first_person=True)


# Who someone speaks to when the participle says they spoke publicly.
AUDIENCES = frozenset({"reporter", "journalist", "press", "media", "television", "radio",
                       "broadcaster", "newspaper", "agency", "correspondent", "crowd",
                       "supporter", "lawmaker", "parliament", "audience", "us", "me"})


def _speaking_cue(tok: Token) -> Cue | None:
    """"Minister X, talking to the press at the airport, described …": the one who speaks is
    the noun the participle hangs from, or the subject of the verb it qualifies."""
    if tok.lemma_.lower() not in ("speak", "talk") or tok.tag_ != "VBG" \
            or tok.dep_ not in ("acl", "advcl"):
        return None
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "on")),
              None)
    audience = next((o for o in to.children if o.dep_ == "pobj"), None) if to else None
    if audience is None or not (_heads(audience) & AUDIENCES or audience.ent_type_ == "ORG"):
        return None
    head = tok.head
    subj = head if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") else \
        next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    kind, source, (a, b) = classify(subj)
    if kind not in ("named", "anonymous") or not _source_like(subj, kind):
        return None
    return Cue(kind, source, tok.doc[a].idx, audience.idx + len(audience.text), tok, (a, b))


# What one knows or is told, which comes from a source ("Our information comes from two
# officers", "Much of what we have heard comes from a harbour pilot").
KNOWLEDGE = frozenset({"information", "account", "detail", "details", "word", "news", "figure",
                       "figures", "toll", "claim", "report", "version", "picture", "intelligence",
                       "tip"})
KNOW_CLAUSE_VERBS = frozenset({"know", "hear", "learn", "understand", "have"})


def _origin_cue(tok: Token) -> Cue | None:
    """"All we have learned comes from one guard at the gate", "The figures come from the
    health ministry": what is known is credited to a source after "from"."""
    if tok.lemma_.lower() not in ("come", "originate") or tok.pos_ != "VERB":
        return None
    frm = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    src = next((o for o in frm.children if o.dep_ == "pobj"), None) if frm else None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
    if src is None or subj is None:
        return None
    told = [t for t in subj.subtree if t.lemma_.lower() in KNOWLEDGE
            or (t.lemma_.lower() in KNOW_CLAUSE_VERBS and t.pos_ == "VERB"
                and any(x.lower_ == "what" for x in t.subtree))]
    if not told:
        return None
    kind, source, (a, b) = classify(src)
    if kind is None or not _source_like(src, kind):
        return None
    return Cue(kind, source, subj.left_edge.idx, _end_char(tok.doc, b), tok, (a, b))


# Objects by which a body gives a count: "puts the toll at nine", "put the number of dead at".
TOLL_OBJECTS = frozenset({"toll", "number", "figure", "count", "tally", "total"})


def _toll_cue(tok: Token) -> Cue | None:
    """"Provincial officials now put the number of dead at eleven": the one who gives the
    count is the source of the count (and of the killings it counts)."""
    if tok.lemma_.lower() != "put" or tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if obj is None or at is None or subj is None or obj.lemma_.lower() not in TOLL_OBJECTS:
        return None
    if subj.lower_ in ("i", "we"):
        return None  # "we put the toll at": the writer's reckoning (see `_reckoning_cue`)
    kind, source, (a, b) = classify(subj)
    if kind not in ("named", "anonymous") or not _source_like(subj, kind):
        return None  # a text's count ("Our own count puts the toll at 31"): see `_verb_cue`
    return Cue(kind, source, tok.doc[a].idx, obj.idx + len(obj.text), tok, (a, b))


# Verbs by which a writer gets hold of a source ("an official reached by phone").
REACH_VERBS = frozenset({"reach", "contact", "interview", "phone", "question"})


def _reached_cue(tok: Token) -> Cue | None:
    """"A nurse in Bunia reached by phone told another story", "Residents contacted by the
    agency said …": the person the writer got hold of is a source."""
    if tok.lemma_.lower() not in REACH_VERBS or tok.tag_ != "VBN" or tok.dep_ != "acl":
        return None
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > tok.i:
        return None
    by = next((c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"),
              None)
    if by is None:
        return None
    kind, source, (a, b) = classify(head)
    if kind not in ("named", "anonymous") or not _source_like(head, kind):
        return None
    last = max(by.subtree, key=lambda t: t.i)
    return Cue(kind, source, tok.doc[a].idx, last.idx + len(last.text), tok, (a, b))


def _told_cue(tok: Token) -> Cue | None:
    """"Our correspondent was told that …", "Villagers were told …": whoever told them is not
    named. (With "by X" the agent is the source; see `_agent_cue`.)"""
    if tok.lemma_ != "tell" or tok.tag_ != "VBN":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or any(c.dep_ == "agent" for c in tok.children):
        return None
    if not any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "residents were told to leave": an order, not an account
    return Cue("anonymous", None, subj.left_edge.idx, tok.idx + len(tok.text), tok,
               (tok.i, tok.i + 1))


# Verbs of checking a claim: the writer saying they could not ("could not be verified").
VERIFY_VERBS = frozenset({"verify", "confirm", "corroborate", "substantiate", "check"})
# Words that deny a subject outright: "None of these reports could be confirmed", "No
# figure …".
NEGATIVE_DETS = frozenset({"neither", "no", "none"})
# What a writer checks: a claim, a figure, an account ("the toll could not be checked"),
# not a thing ("no vehicle could be checked at the crossing").
CHECKED_HEADS = KNOWLEDGE | frozenset({"allegation", "assertion", "statement", "story",
                                       "number", "count", "tally", "total", "death", "casualty",
                                       "casualties", "video", "footage", "image", "photo",
                                       "picture", "document", "rumour", "rumor", "accusation",
                                       "charge", "it", "this", "that", "which", "these", "none"})


def _unverified_cue(tok: Token) -> Cue | None:
    """"The claim could not be verified", "The figures cannot be independently confirmed":
    with no one named as checking, it is the writer who could not (kind `author`)."""
    if tok.lemma_.lower() not in VERIFY_VERBS or tok.tag_ != "VBN":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or any(c.dep_ == "agent" for c in tok.children):
        return None
    negated = any(c.dep_ == "neg" for c in tok.children)
    if not negated and not (
            subj.lower_ in NEGATIVE_DETS or any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETS
                                                for c in subj.children)):
        return None
    # "check" (a physical sense too) and the "no X" path need a claim, figure or account
    what = subj
    if subj.lower_ in ("none", "neither"):
        what = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), subj)
    if (tok.lemma_.lower() == "check" or not negated) and not (
            what.lemma_.lower() in CHECKED_HEADS or what.lower_ in CHECKED_HEADS):
        return None
    return Cue("author", None, subj.left_edge.idx, tok.idx + len(tok.text), tok,
               (tok.i, tok.i + 1), first_person=True)


# A writer's verdict on an act: "This is an extremely dangerous act".
VERDICT_NOUNS = frozenset({"act", "violation", "provocation", "breach", "escalation", "threat",
                           "affront", "crime", "outrage", "attack", "step", "move", "challenge"})
VERDICT_ADJS = frozenset({"dangerous", "unacceptable", "grave", "serious", "reckless",
                          "provocative", "outrageous", "deplorable", "flagrant", "blatant",
                          "illegal", "unlawful", "irresponsible", "egregious", "heinous",
                          "cowardly", "barbaric", "unjustified", "unprovoked", "intolerable",
                          "destabilising", "destabilizing", "clear"})


def _verdict_cue(sent: Any) -> Cue | None:
    """"This is an extremely dangerous act that …": with no one else speaking in the sentence,
    the judgement is the writer's (kind `author`; dropped inside a quotation)."""
    root = sent.root
    if root.lemma_ != "be":
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    if subj is None or attr is None or subj.lower_ not in ("this", "that", "it", "these"):
        return None
    if attr.lemma_.lower() not in VERDICT_NOUNS or not any(
            c.dep_ == "amod" and c.lower_ in VERDICT_ADJS for c in attr.children):
        return None
    return Cue("author", None, subj.idx, attr.idx + len(attr.text), root, (subj.i, subj.i + 1),
               first_person=True)


# Media through which a group speaks: "claimed the attack through its news agency".
MEDIA_HEADS = frozenset({"television", "radio", "tv", "newspaper", "broadcaster", "channel",
                         "station", "outlet", "media", "website", "site", "mouthpiece",
                         "wire", "account", "page", "feed"})
# Platforms a group posts on ("claimed the launch on Telegram").
PLATFORMS = frozenset({"telegram", "twitter", "facebook", "youtube", "instagram", "tiktok",
                       "whatsapp", "signal", "vkontakte", "weibo"})
NEWS_WORDS = frozenset({"news", "press", "information"})


# Where a text is posted, not spoken: "on Telegram", "on its website".
POSTED_ON = PLATFORMS | {"website", "site", "account", "page", "feed", "channel"}


def _is_medium(tok: Token) -> bool:
    heads = _heads(tok)
    if heads & (MEDIA_HEADS | PLATFORMS):
        return True
    return bool(heads & {"agency", "service"}) and any(
        t.lower_ in NEWS_WORDS for t in tok.subtree)


def _medium(verb: Token) -> Token | None:
    """The news medium that carries a speaker's words: "claimed the attack through its news
    agency (, saying …)", "According to the state news agency, the rebels said …"."""
    verbs = [verb]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        verbs.append(verb.head)  # "…, saying …": the medium of the verb it hangs on
    for v in verbs:
        # "claimed the attack through …": the parser may hang the medium on the object
        objects = [c for c in v.children if c.dep_ == "dobj"]
        for c in [*v.children, *(x for o in objects for x in o.children)]:
            if c.dep_ != "prep":
                continue
            if c.lower_ in ("through", "via", "on"):  # "… on Telegram", "on its website"
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if c.lower_ == "on" and obj is not None and not _platform(obj):
                    continue  # "said on television": the speaker's own voice, heard
            elif c.lower_ == "according" and v is verb:
                to = next((t for t in c.children if t.lower_ == "to"), None)
                obj = next((o for o in to.children if o.dep_ == "pobj"), None) if to else None
            else:
                continue
            if obj is not None and (_is_medium(obj) or _platform(obj)):
                return obj
    return None


def _platform(tok: Token) -> bool:
    """A place online where texts are posted: "on Telegram", "on its website", "on X"."""
    return bool(_heads(tok) & POSTED_ON) or (tok.text.rstrip(".") == "X"
                                             and tok.head.lower_ == "on")


# What a speaker cites that is a text of its own ("citing figures compiled by the UN").
CITED = frozenset({"figure", "data", "number", "estimate", "tally", "count", "statistic"})


def _citing_cue(tok: Token) -> Cue | None:
    """", citing figures compiled by OCHA": the speaker's numbers are another body's text
    (kind `document`, credited to the body after "by")."""
    if tok.lower_ != "citing" or tok.dep_ not in ("advcl", "xcomp"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in CITED:
        return None
    made = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    agent = next((c for c in made.children if c.dep_ == "agent"), None) if made else None
    by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
    if agent is None or by is None:
        return None
    _, source, (a, b) = classify(by)
    last = max(agent.subtree, key=lambda t: t.i)
    return Cue("document", source, tok.idx, last.idx + len(last.text), tok, (a, b),
               framed=True)


def _according_cue(tok: Token) -> Cue | None:
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    kind, source, (a, b) = classify(obj)
    if kind is None:
        return None
    doc = tok.doc
    return Cue(kind, source, tok.idx, _end_char(doc, b), tok, (a, b), according=True)


def _quote_cue(tok: Token) -> Cue | None:
    """"X quotes Y as saying": Y is the source, X only passes it on."""
    if tok.lemma_ != "quote" or tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    says = any(c.lower_ == "as" for c in tok.children)
    if obj is None or not says:
        return None
    kind, source, (a, b) = classify(obj)
    if kind is None:
        return None
    subj = _subject(tok)
    start = subj.left_edge.idx if subj is not None else tok.idx
    as_ = next(c for c in tok.children if c.lower_ == "as")
    last = max((t for t in as_.subtree if t.lemma_ in REPORT_VERBS), key=lambda t: t.i,
               default=as_)
    return Cue(kind, source, start, last.idx + len(last.text), tok, (a, b))


HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
IMPERSONAL_VERBS = frozenset({"report", "allege", "say", "claim", "believe", "understand",
                              "rumor", "rumour", "think"})


def _hearsay_cue(tok: Token) -> Cue | None:
    """"Troops reportedly fired", "it is alleged that …": a claim resting on unnamed voices."""
    if tok.lower_ in HEARSAY_ADVERBS and tok.head.i != tok.i:
        return Cue("anonymous", None, tok.idx, tok.idx + len(tok.text), tok.head,
                   (tok.i, tok.i + 1), hearsay=True)
    if tok.lemma_ in IMPERSONAL_VERBS and tok.tag_ == "VBN":
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ == "it" and _has_content(tok) and not any(
                c.dep_ == "agent" for c in tok.children):
            return Cue("anonymous", None, subj.idx, tok.idx + len(tok.text), tok,
                       (subj.i, subj.i + 1))
    return None


def _received_cue(tok: Token) -> Cue | None:
    """"(it) has received unconfirmed reports that …": the reports are the source."""
    if tok.lemma_ not in ("receive", "obtain", "hear", "see", "review") or tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_ not in DOCUMENT_HEADS:
        return None
    if not any(c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
               for c in obj.children):
        return None
    kind, source, (a, b) = classify(obj)
    if kind is None:
        return None
    subj = _subject(tok)
    start = subj.left_edge.idx if subj is not None and subj.i < tok.i else tok.idx
    return Cue(kind, source, start, _end_char(tok.doc, b), tok, (a, b))


def _framed_cue(tok: Token) -> Cue | None:
    """"In a statement, the army said …", "In a later statement, the owner put the release on
    …": a text named before the speaker is the source, whatever the verb."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i > tok.head.i:
        # "The front denied it, saying in a communique …": the front says it in the text
        subj = _subject(tok)
        subj = subj if subj is not None and subj.i < tok.i else None
    matrix = _lifted(tok) if subj is None else None
    if matrix is not None:  # "In a statement it said A had not … and accused B": both its
        frame = _framed_cue(matrix)
        if frame is not None:
            return Cue("document", frame.source, tok.idx, tok.idx + len(tok.text), tok,
                       frame.source_tokens, framed=True)
    if subj is None:
        return None
    # after the verb only for an act that is no speech of its own ("called on X in a joint
    # statement") or for the speech of a body, an armed force or a spokesperson ("the
    # ministry said in a statement", "the army said in a statement", "a spokesman said in a
    # statement": the text is the source, as the dev gold has it 21 to 3); a person's own
    # "said in a statement" ("Bachelet said in a statement") stays the speaker's word
    speech = tok.lemma_.lower() in REPORT_VERBS and _a_person(subj)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    # "claimed responsibility in a message": the parser may hang the text on the object
    for prep in [*tok.children, *(c for o in objects for c in o.children)]:
        if prep.dep_ != "prep" or prep.lower_ != "in" or (prep.i > subj.i and speech
                                                          and prep.i < tok.i):
            continue
        text = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if text is None or not (_heads(text) & FRAMING_TEXTS or _posted_online(text)):
            continue
        posted = bool(_heads(text) & POSTED_TEXTS) and not any(
            t.ent_type_ == "PERSON" for t in _phrase(subj))  # "Rouhani said in a tweet": his
        if speech and prep.i > tok.i and not posted:
            continue  # a person keeps their word, but not in a post
        _, source, (a, b) = classify(subj)
        doc = tok.doc
        if prep.i > tok.i and tok.lemma_.lower() in REPORT_VERBS:
            # "the ministry said in a statement": the speaker, the verb and the text
            # ("…, adding in a communique": the participle and the text)
            start = min(doc[a].idx, tok.idx) if subj.head.i == tok.i else tok.idx
            return Cue("document", source, start, text.idx + len(text.text), tok, (a, b),
                       framed=True)
        if prep.i > subj.i:  # "X called on Y in a joint statement": the cue is the phrase
            last = max(prep.subtree, key=lambda t: t.i)
            return Cue("document", source, prep.idx, last.idx + len(last.text), tok, (a, b),
                       framed=True)
        end = max(_end_char(doc, b), tok.idx + len(tok.text))
        return Cue("document", source, prep.idx, end, tok, (a, b), framed=True)
    return None


# People by office, who speak for themselves ("the President said in a broadcast").
PERSON_ROLES = frozenset({"president", "minister", "governor", "mayor", "premier", "envoy",
                          "ambassador", "chancellor", "king", "queen", "prince", "emir",
                          "general", "admiral", "colonel", "commander", "chief", "leader",
                          "secretary", "director", "head", "prosecutor", "judge", "senator",
                          "lawmaker", "chairman", "chairwoman", "chair", "delegate",
                          "representative", "commissioner", "coordinator", "rapporteur"})


def _a_person(subj: Token) -> bool:
    """A subject naming one person ("Bachelet", "she", "the President", "an aide"), not a
    body, an armed force or a spokesperson, who speak for a body."""
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "i")
    heads = _heads(subj)
    if heads & SPOKES or _office(subj) or _body(subj) or heads & STATE_FORCES or (
            _general_staff(subj)):
        return False
    if any(t.ent_type_ == "PERSON" for t in _phrase(subj)) or heads & (ANONYMOUS_HEADS
                                                                        | PERSON_ROLES):
        return True
    # a surname the tagger left untyped or took for a body ("Bachelet"), or for a plural noun
    # ("Guterres", "Mitsotakis" read as NNS, but tagged a name): one capitalised word with no
    # article, not an acronym, a place or a people
    name = subj.pos_ == "PROPN" or (subj.pos_ == "NOUN" and subj.ent_type_ in ("ORG", "PERSON")
                                    and subj.text[:1].isupper())
    return name and subj.ent_type_ not in ("GPE", "NORP", "FAC", "LOC") \
        and len(_phrase(subj)) == 1 and not subj.text.isupper()


def _posted_online(text: Token) -> bool:
    """Words of any kind put up on a site ("in a comment published on its website", "in
    remarks posted on Telegram"): a text, whatever it is called."""
    for c in text.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ == "on" and any(
                        o.dep_ == "pobj" and _platform(o) for o in prep.children):
                    return True
    return False


def _own_channel(text: Token) -> bool:
    """"in a communique read on its radio", "in a clip shared on their channel": a
    text put out through the speaker's own medium ("its", "their"), which only a body has."""
    for c in text.children:
        if c.dep_ != "acl":
            continue
        for prep in c.children:
            if prep.dep_ not in ("agent", "prep"):
                continue
            medium = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if medium is not None and (_is_medium(medium) or _heads(medium) & POSTED_ON) \
                    and any(x.dep_ == "poss" and x.lower_ in ("its", "their")
                            for x in medium.children):
                return True
    return False


# Texts put out online or on tape (the class of recorded or posted media), which speak as
# texts whoever made them ("an officer wrote in a Telegram post", "the commander said in a
# video", "a voice note sent to reporters").
POSTED_TEXTS = frozenset({"post", "tweet", "video", "clip", "recording", "audio", "message",
                          "voice", "livestream", "podcast", "vlog", "reel", "story", "thread",
                          "update", "note"})


# Civil offices whose statements are texts with no one speaking in them: "the foreign
# ministry said in a statement" is the ministry's document, where a person's ("Bachelet said
# in a statement", "the military spokesman said in a statement") or an armed force's ("the
# army said in a statement") stays their word.
OFFICE_HEADS = frozenset({"government", "ministry", "secretariat", "office", "presidency",
                          "department", "embassy", "council", "commission", "committee",
                          "cabinet", "administration", "bureau", "chancellery", "parliament",
                          "mission", "agency"})


# Armed forces of a state, whose "said in a statement" stays their word.
STATE_FORCES = frozenset({"army", "military", "navy", "force", "forces", "coalition", "police",
                          "troops", "soldiers", "command", "ministry"})
# Bodies that speak only through texts: firms and the like.
FIRM_HEADS = frozenset({"operator", "company", "firm", "owner", "insurer", "shipowner",
                        "corporation", "manufacturer", "carrier"})


def _body(subj: Token) -> bool:
    """A subject naming an organisation that is neither a person nor a state's armed force: a
    firm ("the vessel's operator") or a group known by its name or acronym ("JNIM")."""
    if subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if _movement(subj):  # "the group", "ISWAP", "Mbare Boys" (called a gang in the text)
        return True
    tokens = _phrase(subj)
    heads = _heads(subj)
    if any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in tokens if t.i == subj.i) \
            or heads & (STATE_FORCES | SPOKES) or heads & ANONYMOUS_HEADS:
        return False
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return False
    if heads & FIRM_HEADS:
        return True
    # a person mistaken for an organisation ("Bachelet") is no body: only an acronym counts
    return any(t.ent_type_ == "ORG" and t.text.isupper() and len(t.text) > 1 for t in tokens)


def _office(subj: Token) -> bool:
    """A subject naming a civil office or body ("the bloc's secretariat", "Turkey's defence
    ministry"), not a person, a spokesperson or an armed force."""
    if subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON":
        return False
    return bool(_heads(subj) & OFFICE_HEADS)


def _issued_cue(tok: Token) -> Cue | None:
    """"The group has put out a statement", "sent a note calling …", "a statement issued by
    a spokesperson": a text that an actor issues, whose words follow or hang from it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ISSUE_VERBS:
        return None
    if tok.lemma_.lower() == "put" and not _has_particle(tok, "out"):
        return None
    doc = tok.doc
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and _heads(tok.head) & ISSUED_TEXTS:
        text = tok.head  # "a statement issued on Thursday by a spokesperson of …"
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        source = classify(by)[1] if by is not None else None
        last = max(tok.subtree, key=lambda t: t.i)
        a, b = (by.left_edge.i, by.right_edge.i + 1) if by is not None else (text.i, text.i + 1)
        return Cue("document", source, text.left_edge.idx, last.idx + len(last.text), tok,
                   (a, b), framed=True)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    issued = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
    if issued is not None and agent is not None and by is not None \
            and _heads(issued) & ISSUED_TEXTS:
        # "The following statement was issued by the army's press wing"
        _, source, (a, b) = classify(by)
        last = max(agent.subtree, key=lambda t: t.i)
        return Cue("document", source, issued.left_edge.idx, last.idx + len(last.text), tok,
                   (a, b), framed=True)
    if obj is None or subj is None or not _heads(obj) & ISSUED_TEXTS:
        return None
    _, source, (a, b) = classify(subj)
    return Cue("document", source, min(doc[a].idx, tok.idx), obj.idx + len(obj.text), tok,
               (a, b), framed=True)


def _span(tok: Token) -> tuple[int, int]:
    toks = _phrase(tok)
    return toks[0].i, toks[-1].i + 1


def _has_particle(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in tok.children)


def _anonymity_cue(tok: Token) -> Cue | None:
    """"Both spoke on condition of anonymity": whoever speaks so is unnamed."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEAK_VERBS:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "under"):
            continue
        last = max(prep.subtree, key=lambda t: t.i)
        if any(t.lemma_.lower() == "anonymity" for t in prep.subtree):
            _, source, (a, b) = classify(subj)
            if subj.pos_ in ("PRON", "DET"):
                source = None  # "both", "they": the speakers named before
            start = min(subj.left_edge.idx, tok.idx)
            return Cue("anonymous", source, start, last.idx + len(last.text), tok, (a, b))
    return None


def _own_cue(tok: Token) -> Cue | None:
    """"Our reporter saw …": the outlet's own witness, i.e. the author."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PERCEIVE_VERBS:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    seen = None
    if subj is None and tok.tag_ == "VBN":
        # "The convoy was spotted by our border patrol": the one who saw is the agent
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        seen = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not _heads(subj) & (OWN_HEADS | OWN_SENSORS):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children):
        return None
    if seen is None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None  # "our patrol watched for an hour": nothing seen is reported
    if seen is not None:
        return Cue("author", _name_text(tok.doc, *_span(subj)), seen.left_edge.idx,
                   subj.right_edge.idx + len(subj.right_edge.text), tok, _span(subj),
                   first_person=True)
    toks = _phrase(subj)
    a, b = toks[0].i, toks[-1].i + 1
    # the writer, unless quoted or in a speaker's turn ("our posts saw" in an answer is the
    # speaker's side)
    return Cue("author", _name_text(tok.doc, a, b), subj.left_edge.idx,
               tok.idx + len(tok.text), tok, (a, b), first_person=True)


# What a writer says of their own inquiry or judgement: "we found no evidence that ...",
# "I doubt that ...", "I believe them".
WRITER_VERBS = frozenset({"find", "believe", "doubt", "think", "conclude", "verify", "confirm",
                          "establish", "judge", "rate", "regard", "consider", "suspect",
                          "expect", "view", "see", "read", "assess",
                          # the writer's own eyes and checks: "we counted 23 bodies", "we
                          # have geolocated the video", "we reviewed footage that shows …"
                          "observe", "witness", "notice", "count", "watch", "hear",
                          "geolocate", "review", "examine", "trace", "analyse", "analyze",
                          # the issuer's own stance in a statement: "We strongly condemn ..."
                          "condemn", "deplore", "reject", "regret", "welcome", "urge",
                          # and its own remarks, with a clause only: "we recall that …",
                          # "We underline that …" ("we recall our envoy" is an act)
                          "note", "recall", "stress", "underline", "emphasise", "emphasize",
                          # the writer's own inquiries: "we put the claim to the army", "I
                          # could not reach anyone", "we contacted the ministry"
                          "put", "reach", "contact", "ask"})
INQUIRY_VERBS = frozenset({"put", "reach", "contact", "ask"})
REMARK_VERBS = frozenset({"note", "recall", "stress", "underline", "emphasise", "emphasize"})


# Verbs by which a writer says what they know or cannot tell: "we still do not know which
# unit …", "I am in no position to tell whether …", "we cannot say if …".
KNOW_VERBS = frozenset({"know", "say", "tell", "determine"})


def _unknown_cue(tok: Token) -> Cue | None:
    """"We still do not know which unit opened fire", "I am in no position to tell whether
    the trucks were armed": the writer on what they know (kind `author`); "say" and "tell"
    only negated."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in KNOW_VERBS \
            or not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    negated = any(c.dep_ == "neg" for c in tok.children)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("relcl", "acl", "xcomp", "advcl"):
        # "in no position to tell", "unable to say": the subject of the copula above
        be = next((a for a in tok.ancestors if a.lemma_ == "be"), None)
        if be is not None and be.i < tok.i:
            words = {t.lower_ for t in tok.doc[be.i:tok.i]}
            negated = negated or bool(words & {"no", "not", "n't", "unable", "never"})
            subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("i", "we"):
        return None
    if tok.lemma_.lower() in ("say", "tell") and not negated:
        return None
    return Cue("author", None, min(subj.idx, tok.idx), tok.idx + len(tok.text), tok,
               (subj.i, subj.i + 1), first_person=True)


def _writer_cue(tok: Token) -> Cue | None:
    """"We found no evidence", "I doubt that anyone knows": the writer's own finding or view
    (kind `author`; the attribution stage drops it inside a quotation or a speaker's turn)."""
    lacking = _lacking_cue(tok) or _unknown_cue(tok)
    if lacking is not None:
        return lacking
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WRITER_VERBS:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "xcomp" and tok.head.lower_ in ("unable", "able"):
        # "We were unable to confirm that figure": the subject of the copula before "unable"
        be = tok.head.head if tok.head.dep_ == "acomp" else tok.head
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("i", "we"):
        return None
    if not any(c.dep_ in ("dobj", "ccomp") for c in tok.children) and not _felt_clause(tok):
        return None
    if tok.lemma_.lower() in REMARK_VERBS and not (
            any(c.dep_ == "ccomp" for c in tok.children) or _felt_clause(tok)):
        return None  # "we recall our ambassador", "we stress the need for calm": no report
    if tok.lemma_.lower() in ("view", "read") and not any(
            c.dep_ == "prep" and c.lower_ == "as" for o in [tok, *tok.children]
            for c in o.children if o.i == tok.i or o.dep_ == "dobj"):
        return None  # "We read the move as a signal", not "we read the report"
    if tok.lemma_.lower() in INQUIRY_VERBS and not _asks_someone(tok):
        return None  # "we put the allegation to X", not "we put it down" or "I reach the market"
    start = min(subj.idx, tok.idx)
    return Cue("author", None, start, tok.idx + len(tok.text), tok, (subj.i, subj.i + 1),
               first_person=True, inquiry=tok.lemma_.lower() in INQUIRY_VERBS)


def _felt_clause(verb: Token) -> bool:
    """"We learned with alarm that the pass was shut …", "we learned with regret that …": the
    parser hangs the clause on the feeling after "with"; it is the verb's content."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pobj" and any(x.dep_ in ("acl", "ccomp") and x.pos_ in ("VERB", "AUX")
                                 and any(m.dep_ == "mark" and m.lower_ == "that"
                                         for m in x.children) for x in o.children)
        for o in c.children) for c in verb.children)


# What a writer may say they lack: "We have no casualty figures", "I have no details yet".
LACKED = frozenset({"figure", "number", "information", "detail", "confirmation", "toll",
                    "word", "estimate", "count", "evidence", "data"})


def _lacking_cue(tok: Token) -> Cue | None:
    """"We have no casualty figures": the writer says what they do not know (kind `author`)."""
    if tok.lemma_.lower() != "have" or tok.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if subj is None or subj.lower_ not in ("i", "we") or obj is None \
            or obj.lemma_.lower() not in LACKED \
            or not any(c.lower_ == "no" for c in obj.children):
        return None
    return Cue("author", None, min(subj.idx, tok.idx), obj.idx + len(obj.text), tok,
               (subj.i, subj.i + 1), first_person=True)


def _asks_someone(verb: Token) -> bool:
    """Whether a verb of inquiry is put to a person or a body: "reach anyone", "asked the
    ministry", "put the claim to the army" (the one asked after "to" for "put")."""
    if verb.lemma_.lower() == "put":
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        who = next((o for o in to.children if o.dep_ == "pobj"), None) if to else None
    else:
        who = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if who is None or who.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    if who.pos_ == "PRON":
        return who.lower_ not in ("it", "this", "that")
    return who.ent_type_ in ("PERSON", "ORG", "NORP") or bool(
        _heads(who) & (ROLE_HEADS | ANONYMOUS_HEADS)) or _personal(_heads(who))


def _by_writer(head: Token) -> bool:
    """"Tracking data we reviewed", "our own tally": a text the writer gathered or made."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children):
        return True
    for c in head.children:  # "footage verified by our team", "images checked by us"
        agent = next((x for x in c.children if x.dep_ == "agent"), None) \
            if c.dep_ == "acl" else None
        by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        if by is not None and (by.lower_ in ("us", "me") or any(
                p.dep_ == "poss" and p.lower_ in ("our", "my") for p in by.children)):
            return True
    return any(c.dep_ in ("relcl", "acl") and any(s.dep_ == "nsubj" and s.lower_ in ("we", "i")
                                                  for s in c.children)
               for c in head.children)


def _verb_cue(tok: Token) -> Cue | None:
    if tok.lemma_ not in REPORT_VERBS | SHOW_VERBS:
        return None
    if tok.pos_ not in ("VERB", "AUX") and not _verb_as_noun(tok):
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as":  # "quotes Y as saying" handled above
        return None
    subj = _subject(tok)
    if subj is None and tok.dep_ == "ROOT":
        # "Fighting killed 23 people on Monday, a local administrator told Horn Wire": the
        # speaker parsed as an apposition inside the claim
        subj = _trailing_appos(tok, None)
    if tok.dep_ in ("ccomp", "conj", "ROOT") and tok.tag_ == "VBD":
        # "X pounded the sites, and the health ministry reported seven killed": the speaker
        # read as a conjunct of the object before it (which the parser may make the subject)
        bare = _bare_speaker(tok)
        if bare is not None and (subj is None or (
                bare.dep_ == "conj" and bare.head.i == subj.i
                and not _source_like(subj, classify(subj)[0] or "named"))):
            subj = bare
    if subj is None or subj.dep_ == "nsubjpass":
        return _agent_cue(tok)
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return None  # "No casualties reported": a headline, not a cue
    subj = _trailing_appos(tok, subj) or subj
    if _tells_nothing(tok):  # "its total tells us very little": no claim is reported
        return None
    if tok.lemma_ == "declare" and not any(c.dep_ in ("ccomp", "parataxis")
                                            for c in tok.children):
        return None  # "declared a curfew in the north": the act itself, no claim
    if tok.lemma_ == "cite" and not _cites_source(tok):
        return None  # "…, citing routine training": a reason given, not a source
    kind, source, (a, b) = classify(subj)
    if kind is None:
        return None
    lemma = tok.lemma_
    if not _source_like(subj, kind):
        return None
    if lemma in MIND_VERBS and subj.lower_ == "it":
        return None  # "It is worrying that …": no one holds the view
    if subj.lower_ in EVERYONE and tok.sent.text.rstrip().endswith("?"):
        return None  # "does anyone believe …?": the writer's question, no one's claim

    if kind == "document" or subj.lemma_.lower() in DOCUMENT_HEADS:  # "a report by X found"
        # "documents show X": for a text, what it shows is the content, clause or not
        shows = _has_content(tok) or any(c.dep_ == "dobj" for c in tok.children)
        if lemma not in SHOW_VERBS | REPORT_VERBS or not shows:
            return None
    elif lemma not in REPORT_VERBS:
        return None
    # "add", "note", "suggest" need reported content and a subject that can be a source
    weak = lemma not in CORE_VERBS
    if weak and kind != "document" and subj.lemma_.lower() not in DOCUMENT_HEADS \
            and not (_has_content(tok) and _source_like(subj, kind)):
        return None
    doc = tok.doc
    start = min(doc[a].idx, tok.idx)
    end = max(_end_char(doc, b), tok.idx + len(tok.text))
    if not any(c.i == subj.i for c in tok.children) and subj.i < tok.i and tok.i - b > 3 \
            and tok.dep_ in ("conj", "advcl") and _reduced_relative(tok) is None:
        start = tok.idx  # a subject shared with an earlier verb: the cue is this verb
    if lemma in ("tell", "brief", "inform"):  # "told reporters": the audience is part of the cue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and obj.i > tok.i and obj.i - tok.i <= 3:
            end = max(end, obj.idx + len(obj.text))
    if kind == "document" and _by_writer(subj):
        return Cue("author", None, start, end, tok, (a, b), first_person=True)
    if _says_nothing(tok):  # "The army does not comment on single strikes": the writer's word
        return Cue("author", None, start, end, tok, (a, b), first_person=True)
    medium = _medium(tok)
    # a group's words put out through a medium are its text; a person's words ("Netanyahu
    # said on Twitter", "said on state television") stay theirs, but what a person wrote or
    # posted on a platform ("Governor X wrote on Telegram") is a text, as the gold has it
    written = _platform(medium) and lemma in ("write", "post", "tweet") \
        if medium is not None else False
    if medium is not None and kind in ("named", "anonymous") and (not any(
            t.ent_type_ == "PERSON" for t in doc[a:b]) or written):
        if tok.i < medium.i:  # "claimed the attack through its news agency"
            end = max(end, medium.idx + len(medium.text))
        return Cue("document", source, start, end, tok, (a, b), framed=True)
    return Cue(kind, source, start, end, tok, (a, b))


def _cites_source(verb: Token) -> bool:
    """Whether "cite" names where a claim comes from ("citing witnesses", "citing a police
    report", "citing the ministry") rather than a reason for an act ("citing security
    reasons", "citing routine training", "citing "security imperatives"")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return not any(c.dep_ in ("dobj", "xcomp", "prep") for c in verb.children)
    kind, _, _ = classify(obj)
    if kind in ("anonymous", "document"):
        return True
    return kind == "named" and _source_like(obj, kind)


# Objects that report nothing: "tells us little", "said nothing", "showed more".
EMPTY_OBJECTS = frozenset({"little", "nothing", "much", "less", "more", "anything", "something",
                           "us", "me", "you", "everything", "none"})


def _tells_nothing(verb: Token) -> bool:
    """A verb whose only objects say nothing of a claim ("the figure tells us little")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")
               and c.lower_ not in ("us", "me", "you", "him", "her", "them")]
    return bool(objects) and all(c.lower_ in EMPTY_OBJECTS for c in objects) and not any(
        c.dep_ in ("ccomp", "parataxis", "xcomp") and c.i > verb.i for c in verb.children)


def _verb_as_noun(tok: Token) -> bool:
    """"Photos we have examined show no tanks": the parser may take the main verb
    for a noun; with a subject and an object of its own it is still the verb."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ in ("NN", "NNS") and any(
        c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ in ("dobj", "ccomp")
                                                         for c in tok.children)


def _says_nothing(verb: Token) -> bool:
    """"X does not comment on …", "X did not respond": a negated speech verb with nothing
    reported is the writer's statement about the source, not the source's claim."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "parataxis", "dobj", "xcomp", "attr", "oprd")
           for c in verb.children):
        return False
    return not any(t.text in ('"', "“", "”") for t in verb.sent)


def _source_like(subj: Token, kind: str) -> bool:
    """Whether a subject can be a source: a name, a pronoun, an office or an unnamed person."""
    if kind in ("anonymous", "document") or subj.pos_ == "PROPN":
        return True
    if subj.lemma_.lower() in DOCUMENT_HEADS:  # "a report by X": credited to a name
        return True
    if subj.pos_ == "PRON":
        return bool(subj.lower_ in ("he", "she", "they", "it") or subj.lower_ in EVERYONE)
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if any(t.ent_type_ == "PERSON" for t in subj.subtree):  # "a reporter, Ann Lee,"
        return True
    if subj.pos_ == "NOUN" and _given_name(subj):  # "a teacher who gave his name as Sajid"
        return True
    if subj.lemma_.lower() in LOCAL_OFFICES or _general_staff(subj):
        return True  # "the district commissioner said", "the general staff said"
    # "Angola's presidency", "the representative of the United States", "the speaker for Chad"
    if _of_name(subj, definite_for=True):
        return True
    return bool(_heads(subj) & (ROLE_HEADS | ANONYMOUS_HEADS))


def source_like(subj: Token, kind: str) -> bool:
    """Whether a noun can be a source of the given kind (see `_source_like`)."""
    return _source_like(subj, kind)


def _whereabouts(head: Token) -> set[int]:
    """Tokens saying where people are from ("herders from Koro village"): no name of theirs."""
    out: set[int] = set()
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            out.update(t.i for t in c.subtree)
    return out


def _personal(heads: set[str]) -> bool:
    """Whether a noun names people by what they do or where they are from: the lexicon of
    unnamed people, or a word built like one ("grazier", "administrator", "villagers")."""
    if heads & (ANONYMOUS_HEADS | PEOPLE):
        return True
    return any(len(h) > 4 and h.endswith(PERSON_ENDINGS) and h not in THING_NOUNS
               for h in heads)


def _of_name(head: Token, definite_for: bool = False) -> bool:
    """Whether a common noun belongs to a name: "Angola's presidency", "the envoy of Chad";
    with `definite_for` also "the speaker for Chad" (the one who speaks for the delegation;
    "a fighter for the group" stays one of many)."""
    preps = ("of", "for") if definite_for and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children) else ("of",)
    for c in head.children:
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            return True
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
                return True
    return False


def _heads(tok: Token) -> set[str]:
    """The head word as lemma, as written and stripped of a plural "s" ("Observers")."""
    lower = tok.lower_
    out = {tok.lemma_.lower(), lower}
    if lower.endswith("ies") and len(lower) > 4:
        out.add(lower[:-3] + "y")
    elif lower.endswith("s") and len(lower) > 3:
        out.add(lower[:-1])
    return out


def _agent_cue(verb: Token) -> Cue | None:
    """"alleged by the United States", "denied by the group", "identified by the army as
    members of the front": the agent is the source."""
    naming = verb.lemma_ in ("identify", "describe") and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if (verb.lemma_ not in CORE_VERBS and not naming) or verb.tag_ != "VBN":
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if obj is None or not _source_like(obj, "named"):
        return None
    kind, source, (a, b) = classify(obj)
    if kind is None:
        return None
    return Cue(kind, source, verb.idx, _end_char(verb.doc, b), verb, (a, b))


# Verbs that tell a story through their object ("recalled the day when …").
RECOUNT_VERBS = frozenset({"recall", "recount", "describe"})


def _has_content(verb: Token) -> bool:
    """Whether the verb governs reported content (a clause or a quote), not just an object."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis"):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and verb.lemma_.lower() == "identify" \
                and any(o.dep_ == "dobj" for o in verb.children):
            return True  # "identified the attackers as herders": a claim of who they were
        if c.dep_ == "dobj" and verb.lemma_.lower() in RECOUNT_VERBS and any(
                t.dep_ == "relcl" and t.pos_ == "VERB" for t in c.subtree):
            return True  # "recalled the night when gunmen raided the camp": a told story
    if verb.dep_ == "parataxis" or is_final(verb):
        return True
    # '"…," the official said': the quote is the content even when parsed loosely
    return verb.dep_ == "ROOT" and any(t.text in ('"', "“", "”") for t in verb.sent)


def _trailing_appos(verb: Token, subj: Token | None) -> Token | None:
    """"X did Y, the official said" parsed with "the official" as an apposition inside X:
    the comma-set phrase ending just before the verb is the real speaker."""
    if verb.i == 0 or (subj is not None and subj.i > verb.i):
        return None
    doc = verb.doc
    node = doc[verb.i - 1]
    stop = subj.i if subj is not None else verb.i
    # with no subject at all, the speaker may also have been read as an object or a conjunct
    # of the claim ("…, leaving four dead, a military source and an official said")
    deps = ("appos",) if subj is not None else ("appos", "dobj", "pobj", "conj", "npadvmod")
    while node.i != stop:
        if (node.dep_ in deps and node.right_edge.i == verb.i - 1
                and node.left_edge.i > 0 and doc[node.left_edge.i - 1].text == ","
                and (_source_like(node, "named") or classify(node)[0] == "anonymous")):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _bare_speaker(verb: Token) -> Token | None:
    """The noun phrase right before a past-tense report verb with no subject, set off by
    "and" or a comma, that the parser joined to the clause before ("…, and the ministry
    reported …"); only a phrase that can be a source."""
    if verb.i < 2:
        return None
    doc = verb.doc
    node = doc[verb.i - 1]
    while node.dep_ in ("compound", "amod") and node.head.i > node.i:
        node = node.head
    if node.pos_ not in ("NOUN", "PROPN") or node.right_edge.i != verb.i - 1 \
            or node.dep_ not in ("conj", "dobj", "pobj", "appos"):
        return None
    before = doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
    if before is None or before.lower_ not in ("and", ","):
        return None
    kind = classify(node)[0]
    return node if kind is not None and _source_like(node, kind) else None


def is_final(verb: Token) -> bool:
    """"…, the official said (today)." – a cue closing its sentence reports all before it."""
    sent = verb.sent
    if verb.i - sent.start < 4:
        return False
    after = [t for t in sent if t.i > verb.i and not t.is_punct and not t.is_space]
    return all(verb.is_ancestor(t) and t.pos_ not in ("VERB", "AUX") for t in after)


def _misread_opener(verb: Token) -> Token | None:
    """The plural noun a sentence opens on, when the parser left the verb with no subject:
    a title-case word that opens the sentence right before a plural common noun modifies it
    whatever tag it got ("Relief agencies …", "Aid convoys …" with "Relief" or "Aid" read
    as a verb), so the noun is the subject."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    sent = verb.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[0].i >= verb.i:
        return None
    first, noun = words[0], words[1]
    if noun.i != first.i + 1 or noun.tag_ != "NNS" or noun.i >= verb.i or first.ent_type_ \
            or not (first.text[:1].isupper() and first.text[1:].islower()):
        return None
    if not any(a.i == verb.i for a in first.ancestors) or \
            not any(a.i == verb.i for a in noun.ancestors):
        return None
    return noun


def _reduced_relative(verb: Token) -> Token | None:
    """The noun a present-tense verb with no subject speaks for, when the parser read a
    reduced relative clause before it as the main verb ("Posts shared on X since Sunday say
    …", "Residents interviewed in the camp say …"): the participle's subject, right before it,
    is the one that says."""
    if verb.tag_ not in ("VBP", "VBZ"):
        return None
    if verb.dep_ in ("advcl", "conj", "ccomp", "dep") and verb.head.dep_ == "ROOT":
        head = verb.head  # "Posts shared …" read as the main clause, "say" hanging from it
    else:  # "Residents interviewed …" read as a clause that "say" governs
        head = next((c for c in verb.children if c.dep_ in ("ccomp", "csubj")
                     and c.i < verb.i), verb)
    if head.i >= verb.i or head.tag_ not in ("VBD", "VBN"):
        return None
    subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.i != head.i - 1 or subj.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("dobj", "ccomp") for c in head.children):
        return None
    return subj


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not _label(c)]
    if len(subjects) > 1:  # "Accounts … since dawn had claimed": not the time
        subjects = [c for c in subjects if c.ent_type_ not in ("DATE", "TIME")] or subjects
    if len(subjects) == 2 and _broken_off(*sorted(subjects, key=lambda c: c.i)):
        return min(subjects, key=lambda c: c.i)
    if subjects:  # the one nearest the verb ("A: The ministry said": not the turn label)
        subj = min(subjects, key=lambda c: abs(c.i - verb.i))
        if subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            # "Amina, a nurse, who said …": the one the clause is about
            head = verb.head
            return head.head if head.dep_ == "appos" and head.head.pos_ == "PROPN" else head
        if subj.ent_type_ in ("DATE", "TIME") and len(subjects) == 1:
            # "Accounts spreading … since dawn had claimed": the parser took the
            # time for the subject; the noun the clause hangs from speaks
            noun = next((a for a in verb.ancestors if a.pos_ in ("NOUN", "PROPN")
                         and a.i < verb.i), None)
            if noun is not None:
                return noun
        return subj
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            # "CLAIM: A video viewed two million times says …": the parser makes the label the
            # subject; the first noun subject after it is the one that speaks
            after = [t for t in verb.doc[c.i + 1:verb.i] if t.dep_ == "nsubj"
                     and t.pos_ in ("NOUN", "PROPN")]
            return after[0] if _label(c) and after else c
    opener = _misread_opener(verb) or _reduced_relative(verb)
    if opener is not None:
        return opener
    matrix = _lifted(verb)
    if matrix is not None:  # "X said A had not … and accused B": X accuses
        return _subject(matrix)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)  # "X denied it and said …": X says
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and \
            verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)  # "X rejected the protest, saying …": X says
    return _dated_subject(verb)


def _lifted(verb: Token) -> Token | None:
    """"X said its fighters had not fired and accused the army …": the parser joins the
    second verb to the reported clause, but a plain past beside a backshifted "had fired"
    goes with the reporting verb in the same plain past: that verb is returned."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" \
            or verb.lemma_ not in REPORT_VERBS:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return None
    matrix = head.head
    if matrix.tag_ != "VBD" or matrix.lemma_ not in REPORT_VERBS:
        return None
    return matrix


def _broken_off(first: Token, second: Token) -> bool:
    """"Residents of Souq al-Juma tell us": the parser cut a hyphenated name out of the
    subject's "of" phrase and made its last word a second subject; the first one speaks."""
    return second.pos_ == "PROPN" and second.i == first.right_edge.i + 1 and any(
        c.dep_ == "prep" for c in first.children) and first.pos_ in ("NOUN", "PROPN")


def _dated_subject(verb: Token) -> Token | None:
    """"On Monday Georgetown said …": with no comma after the date the parser makes the
    speaker the object of "On" (the date its modifier) and leaves the verb without a
    subject; the name after the date is the subject."""
    for c in verb.children:
        if c.dep_ != "prep" or c.i > verb.i or c.lower_ not in ("on", "in", "at", "during"):
            continue
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and \
                obj.pos_ in ("PROPN", "NOUN") and any(
                    x.ent_type_ in ("DATE", "TIME") and x.dep_ in ("compound", "nmod", "nummod")
                    for x in obj.children):
            return obj
    return None


def _label(tok: Token) -> bool:
    """A speaker label opening a turn of a transcript ("A:", "COL. LEE:")."""
    doc = tok.doc
    return bool(tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and tok.is_upper)


def _end_char(doc: Any, end_tok: int) -> int:
    last = doc[end_tok - 1]
    return int(last.idx + len(last.text))


def classify(head: Token) -> tuple[AttributionKind | None, str | None, tuple[int, int]]:
    """The kind of source a noun phrase names, its name, and its token range."""
    doc = head.doc
    tokens = _phrase(head)
    a, b = tokens[0].i, tokens[-1].i + 1
    text = _name_text(doc, a, b)
    lemma = head.lemma_.lower()
    lower = head.lower_
    if head.pos_ == "PRON":
        if lower in EVERYONE:  # "Somebody in the queue told us …": no one in particular
            return "anonymous", text, (a, b)
        if lower in PRONOUNS_NAMED and lower not in ("i", "we"):
            return "named", _antecedent(head), (a, b)
        if lower in ("him", "her") and head.dep_ == "pobj":  # "according to him"
            return "named", _antecedent(head), (a, b)
        if lower in ("i", "we"):
            return "named", None, (a, b)
        return None, None, (a, b)
    if (head.pos_ == "NUM" or head.lower_ in QUANTIFIERS) and head.pos_ != "PROPN":
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if inner is not None:  # "one of the graziers": the kind of the graziers
            kind, _, _ = classify(inner)
            return kind, text, (a, b)
    words = {t.lower_ for t in tokens}
    heads = _heads(head)
    if lower in ("authors", "compilers") and any(c.dep_ in ("det", "poss") for c in head.children):
        return "document", text, (a, b)  # "the authors write": the text they wrote speaks
    if lemma == "figure" and _public_figure(head):
        return "anonymous", text, (a, b)  # "a senior rebel figure": a person, not a number
    if heads & RUMOURS:
        return "anonymous", text, (a, b)  # "rumours in the market": voices of no one
    if lemma == "post" and _outpost(head):
        # "the camp's health post", "a border post": a staffed place, not a text; its staff
        # go unnamed unless the post has a name of its own
        named = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "FAC") for t in tokens
                    if t.i not in _whereabouts(head))
        return ("named" if named else "anonymous"), text, (a, b)
    if lemma in DOCUMENT_HEADS or lower in DOCUMENT_HEADS:
        if words & ANONYMISERS or _going_round(head):
            return "anonymous", text, (a, b)
        credited = _credited_name(head)
        if credited is not None:
            return "named", credited, (a, b)
        if _credited_unnamed(head):  # "a tally kept by a researcher": an unnamed person's
            return "anonymous", text, (a, b)
        return "document", text, (a, b)
    if heads & PLURAL_BODIES and head.tag_ in ("NNS", "NNPS") and _unnamed_plural(head):
        return "anonymous", text, (a, b)
    if heads & RANKED_PEOPLE and head.tag_ == "NNS" and _unnamed_plural(head):
        return "anonymous", text, (a, b)  # "local leaders", "community elders": unnamed
    if heads & PERSON_ROLES and head.tag_ == "NNS" and _counted(head) and _unnamed_plural(head):
        return "anonymous", text, (a, b)  # "several ministers in X", "two generals": unnamed
    if heads & GROUP_HEADS and _indefinite(head) and not _is_name(head):
        return "anonymous", text, (a, b)  # "a local resistance group": which one is not said
    if lower == "authority" or (lower == "authorities" and _seat_named(head)):
        # "the airport authority", "the authorities in Kabul": a body, where "authorities"
        # alone or "local" or "hospital authorities" are unnamed
        heads = heads - {"authority"}
    if lemma in LOCAL_OFFICES and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")
                                      for c in head.children) and not words & ANONYMISERS:
        return "named", text, (a, b)  # "the town's administrator": the one holder of an office
    if head.pos_ == "NOUN" and _given_name(head):
        return "named", text, (a, b)  # "a teacher who gave only his first name, Sajid"
    if heads & ANONYMOUS_HEADS:
        if words & ANONYMISERS:
            return "anonymous", text, (a, b)
        # "Rwanda's government spokesperson": the one spokesperson of a named body; not "a
        # spokesperson for Iran's foreign ministry", one of its spokespeople
        inside = {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}
        if heads & SPOKES and any(t.dep_ == "poss" and (t.pos_ == "PROPN" or t.ent_type_ in
                                                        NAME_ENTS)
                                  for t in tokens if t.i not in inside):
            return "named", text, (a, b)
        if heads & SPOKES and _the_named_body(head, tokens, inside):
            return "named", text, (a, b)  # "the UNHCR spokesman": that body's one voice
        if heads & SPOKES and not words & ANONYMISERS and _known_body(head):
            return "named", text, (a, b)  # "its spokesman", "a spokesman for the Arakan Army"
        if heads & SPOKES and _body_said(head, tokens) and not _withheld_name(head):
            return "named", text, (a, b)  # "an army spokesman", "a spokeswoman for the RSF"
        if _withheld_name(head):
            return "anonymous", text, (a, b)
        # "army spokesman Omar Said", "a reporter, Ann Lee": a name makes it named; a place
        # they are of or from does not ("Residents of Bab al-Bahr")
        where = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in
                 PLACE_PREPS | {"of"} for t in c.subtree}
        # "09:40 - Witnesses in Goma tell us": a common word capitalised after a time stamp
        # is no name
        common = not head.ent_type_ and head.text[:1].isupper() and head.text[1:].islower()
        if (head.pos_ == "PROPN" and not common) or any(t.ent_type_ == "PERSON" for t in tokens
                                       if t.i not in where):
            return "named", text, (a, b)
        return "anonymous", text, (a, b)
    if _general_staff(head):
        return "named", text, (a, b)  # "the general staff": an army's command, a body
    if head.pos_ == "NOUN" and not heads & (ROLE_HEADS | DOCUMENT_HEADS) and _personal(heads) \
            and head.ent_type_ not in NAME_ENTS and not _of_name(head, definite_for=True) \
            and not any(t.pos_ == "PROPN" and t.ent_type_ not in PLACE_ENTS
                        for t in tokens if t.i not in _whereabouts(head)):
        return "anonymous", text, (a, b)  # "graziers from the area": people left unnamed
    if head.pos_ in ("NOUN", "PROPN") and (_party_medium(head) or _named_medium(head)):
        # "a militia-run radio", "Al-Masirah", "state television": the party's words as a text
        return "document", text, (a, b)
    if head.pos_ == "NOUN" and _unnamed_keeper(head, tokens):
        return "anonymous", text, (a, b)  # "the station's operator": a firm left unnamed
    if head.pos_ == "NOUN" and _local_headman(head, tokens):
        return "anonymous", text, (a, b)  # "the village head": one of the locals, unnamed
    if head.pos_ in ("NOUN", "PROPN") and _withheld_name(head):
        return "anonymous", text, (a, b)  # "a commander, who asked not to be named"
    if _one_unnamed(head, heads, tokens):
        return "anonymous", text, (a, b)  # "a rebel commander in the hills", "a ferry operator"
    if head.pos_ in ("PROPN", "NOUN") or head.ent_type_ in NAME_ENTS:
        return "named", text, (a, b)
    return None, None, (a, b)


def _one_unnamed(head: Token, heads: set[str], tokens: list[Token]) -> bool:
    """One person (or firm) of many brought in with "a"/"an" by what they do, with no name of
    their own ("a Hamas fighter in Gaza", "a haulage operator"): which one is not said. A
    body's spokesperson speaks for that body, and a name given beside the role ("a fighter,
    Ali Musa,") names them. The holder of an office ("a federal minister") is named by it,
    but a rank brought in so ("a rebel commander", "one clan chief", "a retired general")
    is one of many, left unnamed as well (the dev gold has it 13 to 1)."""
    if head.pos_ != "NOUN" or heads & (SPOKES | DOCUMENT_HEADS):
        return False
    if not _indefinite(head) and not _one_holder(head, heads):
        return False
    if any(t.ent_type_ == "PERSON" for t in tokens) or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return False
    doc = head.doc
    after = tokens[-1].i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN" \
            and doc[after + 1].ent_type_ not in ("GPE", "LOC", "FAC", "NORP"):
        return False  # "a judge, Amara Diallo, …" however the parser hangs the name
    if heads & RANKS:
        return True  # "a Puntland commander", "a village chief": which one is not said
    if heads & set(PERSON_ROLES):
        return False  # "a federal minister", "a deputy governor": an office, named so
    return _personal(heads) or any(
        len(h) > 5 and h.endswith(("ator", "owner", "manager")) for h in heads)


# Words by which a medium is a party's own ("an RSF-run channel", "a station owned by X").
RUN_BY = frozenset({"run", "owned", "own", "controlled", "control", "operated", "operate",
                    "affiliated", "affiliate", "backed", "back", "linked", "link"})
# Small communities whose leaders speak as locals ("the village head", "a camp leader").
LOCAL_UNITS = frozenset({"village", "hamlet", "camp", "neighbourhood", "neighborhood",
                         "settlement", "clan", "ward", "quarter", "market", "tribe", "tribal",
                         # a faith or a neighbourhood community ("community leaders", "the
                         # mosque's imam", "parish elders")
                         "community", "parish", "mosque", "congregation"})
# Units that are local only when a place is given: "a church leader in Kisangani", "youth
# leaders from the estate"; "a youth leader" of a party or "the church leader" of a nation is
# an office.
PLACED_UNITS = frozenset({"church", "religious", "youth"})
HEADMEN = frozenset({"head", "chief", "leader", "headman", "elder", "representative"})


# Words by which a medium belongs to a state ("state television", "official news agency").
STATE_MEDIA_WORDS = frozenset({"state", "official", "government", "pro-government",
                               "regime", "party"})
# Words of a medium's name that say what it is, not whose it is ("the Saba news agency").
MEDIUM_WORDS = frozenset({"news", "agency", "tv", "television", "channel", "radio", "network",
                          "broadcaster", "the", "press", "service", "outlet", "website"})
# Heads of armed or political bodies that are no state's own ("the group", "the gang").
MOVEMENT_HEADS = frozenset({"group", "gang", "militia", "movement", "front", "faction",
                            "rebel", "rebels", "insurgent", "insurgents", "organisation",
                            "organization", "network", "cartel", "party", "brigade",
                            "brigades", "jihadist", "jihadists", "militant", "militants"})


def _name_key(tokens: list[Token]) -> str:
    """A medium's name without the words that only say what it is: "Al-Masirah TV" ->
    "al masirah", "the Saba news agency" -> "saba"."""
    words = [w for t in tokens for w in re.findall(r"[a-z0-9]+", t.lower_)
             if w not in MEDIUM_WORDS]
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def _dictionary_kind(name: str) -> tuple[str, str] | None:
    """(kind, sector) of a name in the actor dictionary, or None."""
    try:
        from warpath.actors.dictionary import builtin
    except ImportError:  # pragma: no cover - the dictionary ships with the package
        return None
    entry = builtin().find(name)
    if entry is None:
        return None
    return entry.kind, entry.sector or ""


def _named_medium(head: Token) -> bool:
    """A phrase naming a state's or a movement's news medium: one known by name ("Al-Masirah",
    "KCNA", "the Fars news agency"), one the actor dictionary lists as a medium, one this
    text calls a state or party medium elsewhere ("Houthi-run Al-Masirah TV"), or a medium
    called the state's ("state television", "the official news agency")."""
    if _is_medium(head) and any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in
                                STATE_MEDIA_WORDS for c in head.children):
        return True
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    if _is_medium(head) and any(c.dep_ == "poss" and c.lower_ not in ("our", "my")
                                and c.ent_type_ not in ("GPE", "LOC") for c in head.children):
        # "Hezbollah's Al-Manar television", "the group's radio station"; a country's
        # broadcaster ("Israel's Channel 12") may be anyone's
        return True
    toks = [t for t in _phrase(head) if (t.dep_ not in ("appos",) or t.i == head.i)
            and t.i not in owner]
    if not any(t.pos_ == "PROPN" or t.ent_type_ for t in toks):
        return False
    key = _name_key(toks)
    if not key:
        return False
    if _listed_medium(toks):
        return True
    return key in _party_media_in(head.doc)


def _form_key(words: list[str]) -> str:
    """The words of a medium's name less those that only say what it is ("Saba News Agency"
    -> "saba"), or all of them when nothing else is left ("Press TV")."""
    kept = [w for w in words if w not in MEDIUM_WORDS]
    return " ".join(kept or words)


@functools.lru_cache(maxsize=1)
def _media_forms() -> dict[str, tuple[str, ...]]:
    """The names of the news media the actor dictionary lists (sector MED), by key."""
    try:
        from warpath.actors.dictionary import builtin
    except ImportError:  # pragma: no cover - the dictionary ships with the package
        return {}
    index: dict[str, list[str]] = {}
    for entry in builtin().entries:
        if entry.sector != "MED":
            continue
        for form in entry.forms:
            words = re.findall(r"[a-z0-9]+", form.casefold())
            index.setdefault(_form_key(words), []).append(form)
    return {k: tuple(v) for k, v in index.items()}


def _listed_medium(toks: list[Token]) -> bool:
    """A phrase naming a medium the actor dictionary lists ("Al-Masirah TV", "the Fars news
    agency", "SANA"). An acronym counts only in capitals ("SANA", not the name "Sana"), and a
    name listed only with its kind ("Fars News Agency") only with a word of that kind beside it
    ("Fars" alone is a province)."""
    words = [w for t in toks for w in re.findall(r"[a-z0-9]+", t.lower_)]
    kind_word = any(w in MEDIUM_WORDS - {"the"} for w in words)
    keys = {_form_key(words), _form_key([w for w in words if w != "the"])}
    for key in keys:
        for form in _media_forms().get(key, ()):
            form_words = re.findall(r"[a-z0-9]+", form.casefold())
            if form.isupper() and " " not in form:
                if any(t.text == form for t in toks):
                    return True
            elif len(form_words) > len(key.split()) and not kind_word:
                continue
            else:
                return True
    return False


def _party_media_in(doc: Any) -> frozenset[str]:
    """Names the text gives to media run by a state or a party: the name of a medium called
    "X-run", "state" or "its" ("Houthi-run Al-Masirah TV", "Al-Masirah, the rebels' channel",
    "its own radio station")."""
    return _once_per_doc(doc, "warpath_party_media", _find_party_media)


def _find_party_media(doc: Any) -> set[str]:
    names: set[str] = set()
    for tok in doc:
        if not _is_medium(tok):
            continue
        owned = _party_medium(tok) or any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in STATE_MEDIA_WORDS
            for c in tok.children) or any(
            c.dep_ == "poss" and c.lower_ not in ("my", "our") for c in tok.children)
        if not owned:
            continue
        # the name inside the phrase ("Al-Masirah TV") or set beside it ("Al-Masirah, the
        # Houthi-run channel")
        inner = [c for c in tok.subtree if c.pos_ == "PROPN" and c.i < tok.i
                 and c.dep_ in ("compound", "nmod", "punct") and c.head.i in
                 (tok.i, *(x.i for x in tok.children))]
        if inner:
            names.add(_name_key([t for t in tok.subtree if inner[0].i <= t.i <= tok.i]))
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            names.add(_name_key(_phrase(tok.head)))
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                names.add(_name_key(_phrase(c)))
    return names


def _once_per_doc(doc: Any, key: str, find: Any) -> frozenset[str]:
    """Names found by a whole-document scan, cached on the Doc: every cue asks again."""
    cache = doc.user_data.setdefault(key, {})
    if "names" not in cache:
        cache["names"] = sorted(set(find(doc)) - {""})
    return frozenset(cache["names"])


def _movement(subj: Token) -> bool:
    """A subject naming a body that is no state's own: an armed movement or a party ("the
    group", "ISWAP", "the opposition party"), or a name this text puts before such a word
    ("the Mbare Boys gang" makes "Mbare Boys" one even where the parser takes it for a
    person)."""
    if subj.pos_ not in ("NOUN", "PROPN"):
        return False
    heads = _heads(subj)
    if heads & MOVEMENT_HEADS and not heads & STATE_FORCES:
        return True
    if subj.pos_ != "PROPN":
        return False
    toks = [t for t in _phrase(subj) if not t.is_punct]
    names = [_name_text(subj.doc, toks[0].i, toks[-1].i + 1)] + [
        t.text for t in toks if t.text.isupper() and len(t.text) > 2]
    if any((_dictionary_kind(n) or ("", ""))[0] == "group" for n in names):
        return True
    return _name_key(toks) in _movement_names(subj.doc)


def _movement_names(doc: Any) -> frozenset[str]:
    """Names the text puts before a word for an armed movement ("the Mbare Boys gang",
    "Al-Shabaab militants")."""
    return _once_per_doc(doc, "warpath_movements", _find_movement_names)


def _find_movement_names(doc: Any) -> set[str]:
    names: set[str] = set()
    for tok in doc:
        if tok.pos_ != "NOUN" or not _heads(tok) & MOVEMENT_HEADS:
            continue
        inner = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                 and c.i < tok.i]
        if inner:
            first = min(t.i for c in inner for t in c.subtree)
            names.add(_name_key([t for t in doc[first:tok.i] if not t.is_punct]))
    return names


def _party_medium(head: Token) -> bool:
    """A news medium credited to a party that runs it ("an RSF-run channel", "a television
    station controlled by the junta"): what it says is the party's text, where a broadcaster
    in its own right ("state television", "local radio") speaks for itself."""
    if not _is_medium(head):
        return False
    for c in head.children:
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in RUN_BY and c.i < head.i \
                and any(x.pos_ in ("PROPN", "NOUN") and x.i < c.i for x in c.subtree):
            return True  # "RSF-run", "militia-backed"
        if c.dep_ == "acl" and c.lemma_.lower() in RUN_BY and any(
                x.dep_ == "agent" for x in c.children):
            return True  # "a channel run by the militia"
    return False


# Words that make a "post" a staffed place rather than a text ("a health post", "the border
# post", "an observation post").
OUTPOST_WORDS = frozenset({"health", "medical", "aid", "first-aid", "border", "frontier",
                           "police", "army", "military", "gendarmerie", "customs", "command",
                           "observation", "guard", "sentry", "listening", "trading", "checkpoint",
                           "fire", "relief"})


def _outpost(head: Token) -> bool:
    """"The camp's health post", "a border post near X": a post that is a staffed place."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in OUTPOST_WORDS
               for c in head.children)


def _unnamed_keeper(head: Token, tokens: list[Token]) -> bool:
    """"The station's operator", "the ship's owner": the firm that runs a thing, named only
    by that thing, is left unnamed."""
    if not _heads(head) & FIRM_HEADS:
        return False
    if not any(c.dep_ == "poss" and c.pos_ == "NOUN" and not c.ent_type_
               for c in head.children):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in tokens)


def _local_headman(head: Token, tokens: list[Token]) -> bool:
    """"The village head", "a camp leader": the leader of a small community left unnamed is
    one of its people ("Village head Artur Sargsyan" is named by his name)."""
    if not _heads(head) & HEADMEN or any(t.ent_type_ == "PERSON" for t in tokens):
        return False
    units = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod", "nmod")}
    if units & LOCAL_UNITS:
        return True
    return bool(units & PLACED_UNITS) and any(
        c.dep_ == "prep" and c.lower_ in PLACE_PREPS and any(o.dep_ == "pobj" for o in c.children)
        for c in head.children)


SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _the_named_body(head: Token, tokens: list[Token], inside: set[int]) -> bool:
    """"The UNHCR spokesman", "the Navy's regional spokeswoman": "the" with a body's name (or
    acronym) before the head singles out that body's one spokesperson; "a UNHCR spokesman"
    is one of several, and "the spokesman" names no body."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    return any(t.i < head.i and t.i not in inside and t.dep_ in ("compound", "poss", "nmod")
               and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP")
                    or (t.text.isupper() and len(t.text) > 1)
                    # "the police spokesman", "the ministry spokeswoman": "the" singles out
                    # the one voice of the state body the story is about
                    or (t.dep_ == "compound" and t.lemma_.lower() in STATE_FORCES
                        | OFFICE_HEADS))
               for t in tokens)


def _known_body(head: Token) -> bool:
    """A spokesperson singled out as the voice of a body already met: "its spokesman" (the
    body just named), "the transition's spokesman" (a body told before), like "the UNHCR
    spokesman". Not "a spokesman for X", "an RSF spokesman": one of its several voices."""
    return any(t.dep_ == "poss" and (t.lower_ in ("its", "their") or any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children)) for t in head.children)


# Bodies a spokesperson may be said to speak for without a name of their own.
SPOKEN_BODIES = OFFICE_HEADS | STATE_FORCES | MOVEMENT_HEADS | {
    "mission", "administration", "authority", "council", "junta", "cabinet", "embassy",
    "guard", "service", "agency", "department", "ministry", "rebel", "rebels", "insurgents"}


def _body_said(head: Token, tokens: list[Token]) -> bool:
    """ "An army spokesman", "a government spokesman in the capital", "a spokeswoman for the
    RSF", "an OLA spokesman": a spokesperson speaks in the name of the body the phrase names,
    which makes the source known though the person is not; the place they speak from ("a
    spokesman in the capital") names no body, and neither does a bare "a spokesman"."""
    where = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
             for t in c.subtree}
    for t in tokens:
        if t.i == head.i or t.i in where or t.dep_ in ("det", "punct", "cc", "case"):
            continue
        if t.ent_type_ in ("ORG", "NORP") or (t.pos_ == "PROPN" and t.ent_type_ not in
                                             ("GPE", "LOC", "FAC", "DATE", "PERSON")):
            return True
        if t.lemma_.lower() in SPOKEN_BODIES and t.pos_ in ("NOUN", "ADJ"):
            return True
    return False


# Words by which a source asks that their own name be kept out ("who asked not to be named",
# "who declined to give her name", "who did not want to be identified").
NAME_VERBS = frozenset({"name", "identify"})
NAME_NOUNS = frozenset({"name", "identity"})
OWN_POSS = frozenset({"his", "her", "their", "my", "our"})
WITHHOLD_VERBS = frozenset({"ask", "decline", "refuse", "request", "want", "wish", "prefer",
                            "insist", "agree"})


def _negated_or_withheld(verb: Token, withheld: bool) -> bool:
    return withheld or any(c.dep_ == "neg" for c in verb.children)


def _own_name_kept_out(verb: Token, withheld: bool, below: bool = False) -> bool:
    """Below a withholding (or negated) verb: a passive "(not) to be named/identified", or
    "his/her/their name" as the object of a verb ("declined to give her name") or the
    subject of a clause below it ("did not want her name printed")."""
    withheld = withheld or verb.lemma_.lower() in WITHHOLD_VERBS
    roles = ("dobj", "nsubj", "nsubjpass") if below else ("dobj",)
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            if (c.lemma_.lower() in NAME_VERBS and withheld
                    and any(g.dep_ == "auxpass" for g in c.children)):
                return True
            if _own_name_kept_out(c, withheld or any(g.dep_ == "neg" for g in c.children),
                                  True):
                return True
        if (c.dep_ in roles and c.lemma_.lower() in NAME_NOUNS
                and any(g.dep_ == "poss" and g.lower_ in OWN_POSS for g in c.children)
                and _negated_or_withheld(verb, withheld)):
            return True
    return False


# Offices of a place held by one person ("the district administrator", "the town's
# prefect"): singled out by "the" or a possessive, unlike "a local administrator".
LOCAL_OFFICES = frozenset({"administrator", "prefect", "commissioner", "sub-prefect"})
NAMING_CLAUSE_VERBS = frozenset({"give", "identify", "introduce", "go", "call", "name"})


def _given_name(head: Token) -> bool:
    """A source who gives a name of their own in a clause on them ("a teacher who gave only
    his first name, Sajid", "a farmer who gave her name as Amina", "a guard who identified
    himself as Musa"): named by that name, however short."""
    for c in head.children:
        if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() not in NAMING_CLAUSE_VERBS:
            continue
        if any(g.dep_ == "neg" for g in c.children):
            continue
        # the name hangs from "name" ("his first name, Sajid") or from "as" ("as Amina")
        if any(t.i != head.i and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN")
               and any(x.lemma_.lower() == "name" or x.lower_ == "as"
                       for x in t.ancestors if x.i != c.i and c.is_ancestor(x))
               for t in c.subtree):
            return True
    return False


def _withheld_name(head: Token) -> bool:
    """A source whose clause keeps their OWN name out: "an engineer, who asked us not to print
    her name", "a guard who declined to be identified". A clause about some other name ("who
    did not name the unit", "whose name was not on the list") does not count."""
    return any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
               and _own_name_kept_out(c, any(g.dep_ == "neg" for g in c.children))
               for c in head.children)


def _state_authorities(head: Token) -> bool:
    """"the Pakistani authorities", "the authorities in Kabul": a named state's government,
    a body (its figures are a text), where "local" or "hospital authorities" are unnamed."""
    if head.lemma_.lower() != "authority" and head.lower_ != "authorities":
        return False
    return _seat_named(head) or any(c.dep_ in ("amod", "compound") and c.ent_type_ in
                                    ("NORP", "GPE") for c in head.children)


def _seat_named(head: Token) -> bool:
    """"The authorities in Tskhinvali", "the Pristina authorities": the government of a
    named place or body."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "of"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("GPE", "ORG"):
                return True
        if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.ent_type_ in ("GPE",
                                                                                 "ORG"):
            return True
    return False
# Words that make "figure" a person ("a senior rebel figure") rather than a number.
FIGURE_PEOPLE = frozenset({"senior", "leading", "prominent", "top", "key", "public", "political",
                           "influential", "respected", "veteran", "former", "religious",
                           "military", "opposition", "party", "tribal", "community"})


# Talk with no one behind it.
RUMOURS = frozenset({"rumour", "rumor", "rumours", "rumors", "hearsay", "speculation",
                     "chatter", "gossip"})
# Texts that, only passed around, are hearsay ("accounts spreading on social media").
HEARSAY_TEXTS = frozenset({"report", "account", "story", "claim", "word", "suggestion"})
# Verbs of talk going round ("reports circulating in the capital").
ROUND_VERBS = frozenset({"circulate", "swirl", "spread", "fly", "float", "abound"})


def _going_round(head: Token) -> bool:
    """"Reports going round the capital", "accounts spreading online": texts no one is named as
    putting out, only passed around (hearsay, kind `anonymous`)."""
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("some", "several", "many")
           for c in head.children):
        return False
    if head.lemma_.lower() not in HEARSAY_TEXTS:
        return False  # "a video circulating on Telegram" is a text of its own
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ROUND_VERBS
               for c in head.children)


def _public_figure(head: Token) -> bool:
    """"A senior Polisario figure", "an opposition figure": "figure" as a person."""
    return head.tag_ == "NN" and any(c.dep_ in ("amod", "compound") and c.lower_ in
                                     FIGURE_PEOPLE for c in head.children)


# Ranks held by many at once, which name no one when brought in with "a" or "one".
RANKS = RANKED_PEOPLE | {"general", "colonel", "admiral"}


def _one_holder(head: Token, heads: set[str]) -> bool:
    """"One clan chief", "one commander": a rank counted as one of several holders."""
    return head.tag_ == "NN" and bool(heads & RANKS) and any(
        c.dep_ in ("nummod", "det") and c.lower_ == "one" for c in head.children)


def _indefinite(head: Token) -> bool:
    """A singular noun brought in with "a"/"an" ("a local group")."""
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                     for c in head.children)


def _phrase(head: Token) -> list[Token]:
    """The noun phrase of `head` without relative or adverbial clauses hanging off it."""
    cut = {"relcl", "acl", "advcl", "punct"}
    if head.pos_ == "PRON":
        return [head]
    if head.pos_ == "PROPN":
        cut = cut | {"appos"}  # "Ann Lee, a nurse who …": the name is enough
    skip: set[int] = set()
    for c in head.children:
        if c.dep_ in cut:
            skip.update(t.i for t in c.subtree)
    if head.ent_type_ not in ("DATE", "TIME"):  # "On 20 June Georgetown": not the date
        for c in head.children:
            if c.i < head.i and c.ent_type_ in ("DATE", "TIME") and \
                    c.dep_ in ("compound", "nmod", "nummod"):
                skip.update(t.i for t in c.subtree)
    keep = [t for t in head.subtree if t.i not in skip]
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    doc = head.doc
    toks: list[Token] = []
    for i in range(lo, hi + 1):
        t = doc[i]
        if i > head.i and ("\n" in t.text or t.text == "["):
            break  # a line break or a citation mark ends the phrase
        if i < head.i and "\n" in t.text:
            toks = []
            continue
        toks.append(t)
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks or [head]


def _name_text(doc: Any, a: int, b: int) -> str:
    toks = [t for t in doc[a:b]]
    while toks and (toks[0].pos_ == "DET" or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return str(doc[a:b].text)
    return str(doc[toks[0].i:toks[-1].i + 1].text)


def _credited_name(head: Token) -> str | None:
    """"reports by Ambassador X", "X's statement": the name a text is credited to. A text
    by a body ("a report by the UN mission, MINURSO", "a report issued by the Mission", "a
    communique published by the rebels' news agency") stays a document: no one speaks."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and _names_itself(obj):
                toks = _phrase(obj)
                return _name_text(head.doc, toks[0].i, toks[-1].i + 1)
        if c.dep_ == "poss" and _is_name(c):
            toks = [t for t in c.subtree if t.dep_ != "case"]
            return _name_text(head.doc, toks[0].i, toks[-1].i + 1)
        if c.dep_ == "acl" and c.lemma_.lower() not in RELAY_VERBS:  # "images published by
            # Maxar"; not "the indictment read out by prosecutor X": the text still speaks
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
            if obj is not None and _names_itself(obj):
                toks = _phrase(obj)
                return _name_text(head.doc, toks[0].i, toks[-1].i + 1)
    return None


def _credited_unnamed(head: Token) -> bool:
    """"a tally kept by a regional researcher", "a report by witnesses": a text credited to
    a person left unnamed."""
    for c in head.children:
        prep = c
        if c.dep_ == "acl":
            if c.lemma_.lower() in EXAMINE_VERBS:
                continue  # "imagery reviewed by analysts": the imagery shows it
            prep = next((x for x in c.children if x.dep_ == "agent"), c)
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and not _is_name(obj) and _heads(obj) & ANONYMOUS_HEADS \
                    and not _state_authorities(obj):
                return True
    return False


def _counted(head: Token) -> bool:
    """A plural counted or quantified, not singled out ("several ministers", "two generals",
    "a few ambassadors"): some of a kind, no one in particular."""
    return any(c.dep_ in ("det", "amod", "nummod") and (c.lower_ in SOME or c.pos_ == "NUM")
               for c in head.children)


SOME = frozenset({"some", "several", "many", "few", "various", "other", "numerous", "certain"})


def _unnamed_plural(head: Token) -> bool:
    """"aid groups", "some rights organisations": bodies in the plural with no name and no
    definite article or possessor to single them out."""
    where = _whereabouts(head)  # "relief agencies in Kalehe": a place is no name of theirs
    for t in head.subtree:
        if t.i == head.i or t.i in where:
            continue
        if t.head.i == head.i and t.dep_ in ("det", "poss") and t.lower_ not in (
                "some", "several", "many", "other", "few", "various"):
            return False
        if t.ent_type_ in ("ORG", "PERSON") or (t.pos_ == "PROPN" and t.ent_type_ != "NORP"):
            return False
    return True


def _names_itself(tok: Token) -> bool:
    """A phrase naming a person ("Ambassador Lee"), not a body ("the UN mission", "Civil
    Watch", "its news agency"): a person's text is their word."""
    return tok.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in _phrase(tok))


def _is_name(tok: Token) -> bool:
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG"):
        return True
    return any(t.ent_type_ in ("PERSON", "ORG") for t in tok.subtree)


def _antecedent(pron: Token) -> str | None:
    """The most recent person (he/she) or organisation (it/they) named before a pronoun."""
    want = ("PERSON",) if pron.lower_ in ("he", "she", "him", "her") else (
        "ORG", "GPE", "NORP", "PERSON")
    doc = pron.doc
    for ent in reversed(list(doc.ents)):
        if ent.end <= pron.i and ent.label_ in want and pron.i - ent.end < 400:
            return str(ent.text)
    return None


def _general_staff(head: Token) -> bool:
    """ "the general staff", "the army's joint staff": an army's command, a body that speaks
    for it (where "hospital staff" or "airport staff" are people left unnamed)."""
    return head.lemma_.lower() == "staff" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("general", "joint") for c in head.children)
