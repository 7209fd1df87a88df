"""Finding source cues in a parsed sentence and telling what kind of source each names.

A cue is a reporting predicate with the noun phrase that says who reports: "officials said",
"the statement said", "according to press accounts", "a reporter quotes an officer as saying".
The noun phrase decides the kind: a name or an organisation is `named`; an unnamed person
("a senior official", "sources familiar with") is `anonymous`; a text or body of reporting
("the statement", "press accounts", "the results of an investigation") is `document`, unless
the text is credited to a name ("reports by Ambassador X" is named).
"""

from __future__ import annotations

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
})
# Predicates that report what a text shows; they need a document-like subject to count.
SHOW_VERBS = frozenset({
    "show", "find", "indicate", "reveal", "suggest", "conclude", "confirm", "establish",
    "demonstrate", "document", "detail", "say", "state", "note", "report",
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
    "country", "state", "nation", "side", "official", "officials",
})
# Head nouns of a source that is a person or group left unnamed.
ANONYMOUS_HEADS = frozenset({
    "official", "source", "authority", "diplomat", "officer", "aide", "insider", "person",
    "people", "spokesperson", "spokesman", "spokeswoman", "witness", "resident", "activist",
    "observer", "analyst", "expert", "someone", "individual", "staffer", "employee",
    "investigator", "member", "lawmaker", "legislator", "adviser", "advisor", "negotiator",
    "soldier", "medic", "doctor", "journalist", "reporter", "correspondent",
})
# Head nouns of a text or body of reporting.
DOCUMENT_HEADS = frozenset({
    "statement", "report", "account", "document", "investigation", "result", "finding",
    "study", "analysis", "survey", "record", "data", "assessment", "cable", "memo",
    "memorandum", "letter", "filing", "transcript", "footage", "video", "image", "photo",
    "photograph", "intelligence", "communique", "communiqué", "release", "article",
    "story", "reporting", "leak", "email", "review", "inquiry", "probe", "testimony",
    "tweet", "post", "announcement", "dispatch", "bulletin", "readout", "estimate",
    "figure", "tally", "count", "evidence", "intercept", "publication", "press", "media",
    "coverage", "paper", "dossier", "audit", "book", "interview", "broadcast",
})
# Words that keep a named-looking source anonymous ("unnamed officials", "unconfirmed reports").
ANONYMISERS = frozenset({"unnamed", "anonymous", "unidentified", "unconfirmed", "unverified",
                         "undisclosed"})
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PRONOUNS_NAMED = frozenset({"he", "she", "they", "it", "we", "i"})


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
        cue = (_according_cue(tok) or _quote_cue(tok) or _received_cue(tok)
               or _hearsay_cue(tok) or _verb_cue(tok))
        if cue is not None:
            cues.append(cue)
    cues.sort(key=lambda c: c.start)
    return cues


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


def _verb_cue(tok: Token) -> Cue | None:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in REPORT_VERBS | SHOW_VERBS:
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ == "as":  # "quotes Y as saying" handled above
        return None
    subj = _subject(tok)
    if subj is None or subj.dep_ == "nsubjpass":
        return _agent_cue(tok)
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return None  # "No casualties reported": a headline, not a cue
    subj = _trailing_appos(tok, subj) or subj
    kind, source, (a, b) = classify(subj)
    if kind is None:
        return None
    lemma = tok.lemma_
    if not _source_like(subj, kind):
        return None
    if kind == "document" or subj.lemma_.lower() in DOCUMENT_HEADS:  # "a report by X found"
        # "documents show X": for a text, what it shows is the content, clause or not
        shows = _has_content(tok) or any(c.dep_ == "dobj" for c in tok.children)
        if lemma not in SHOW_VERBS | CORE_VERBS or not shows:
            return None
    elif lemma not in REPORT_VERBS:
        return None
    # "add", "note", "suggest" need reported content and a subject that can be a source
    weak = lemma not in CORE_VERBS
    if weak and kind != "document" and not (_has_content(tok) and _source_like(subj, kind)):
        return None
    doc = tok.doc
    start = min(doc[a].idx, tok.idx)
    end = max(_end_char(doc, b), tok.idx + len(tok.text))
    if not any(c.i == subj.i for c in tok.children) and subj.i < tok.i and tok.i - b > 3 \
            and tok.dep_ == "conj":
        start = tok.idx  # a subject shared with an earlier verb: the cue is this verb
    if lemma in ("tell", "brief", "inform"):  # "told reporters": the audience is part of the cue
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and obj.i > tok.i and obj.i - tok.i <= 3:
            end = max(end, obj.idx + len(obj.text))
    return Cue(kind, source, start, end, tok, (a, b))


def _source_like(subj: Token, kind: str) -> bool:
    """Whether a subject can be a source: a name, a pronoun, an office or an unnamed person."""
    if kind in ("anonymous", "document") or subj.pos_ == "PROPN":
        return True
    if subj.lemma_.lower() in DOCUMENT_HEADS:  # "a report by X": credited to a name
        return True
    if subj.pos_ == "PRON":
        return bool(subj.lower_ in ("he", "she", "they", "it"))
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if any(t.ent_type_ == "PERSON" for t in subj.subtree):  # "a reporter, Ann Lee,"
        return True
    return bool(subj.lemma_.lower() in ROLE_HEADS or subj.lower_ in ROLE_HEADS)


def _agent_cue(verb: Token) -> Cue | None:
    """"alleged by the United States", "denied by the group": the agent is the source."""
    if verb.lemma_ not in CORE_VERBS or verb.tag_ != "VBN":
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if obj is None or not _source_like(obj, "named"):
        return None
    kind, source, (a, b) = classify(obj)
    if kind is None:
        return None
    return Cue(kind, source, verb.idx, _end_char(verb.doc, b), verb, (a, b))


def _has_content(verb: Token) -> bool:
    """Whether the verb governs reported content (a clause or a quote), not just an object."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis"):
            return True
    if verb.dep_ == "parataxis" or is_final(verb):
        return True
    # '"…," the official said': the quote is the content even when parsed loosely
    return verb.dep_ == "ROOT" and any(t.text in ('"', "“", "”") for t in verb.sent)


def _trailing_appos(verb: Token, subj: Token) -> Token | None:
    """"X did Y, the official said" parsed with "the official" as an apposition inside X:
    the comma-set phrase ending just before the verb is the real speaker."""
    if verb.i == 0 or subj.i > verb.i:
        return None
    doc = verb.doc
    node = doc[verb.i - 1]
    while node.i != subj.i:
        if (node.dep_ == "appos" and node.right_edge.i == verb.i - 1
                and node.left_edge.i > 0 and doc[node.left_edge.i - 1].text == ","
                and (_source_like(node, "named") or node.lemma_ in ANONYMOUS_HEADS)):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return None


def is_final(verb: Token) -> bool:
    """"…, the official said (today)." – a cue closing its sentence reports all before it."""
    sent = verb.sent
    if verb.i - sent.start < 4:
        return False
    after = [t for t in sent if t.i > verb.i and not t.is_punct and not t.is_space]
    return all(verb.is_ancestor(t) and t.pos_ not in ("VERB", "AUX") for t in after)


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            return c
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)  # "X denied it and said …": X says
    return None


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
        if lower in PRONOUNS_NAMED and lower not in ("i", "we"):
            return "named", _antecedent(head), (a, b)
        if lower in ("i", "we"):
            return "named", None, (a, b)
        return None, None, (a, b)
    words = {t.lower_ for t in tokens}
    if lemma in DOCUMENT_HEADS or lower in DOCUMENT_HEADS:
        if words & ANONYMISERS:
            return "anonymous", text, (a, b)
        credited = _credited_name(head)
        if credited is not None:
            return "named", credited, (a, b)
        return "document", text, (a, b)
    if lemma in ANONYMOUS_HEADS or lower in ANONYMOUS_HEADS:
        if words & ANONYMISERS:
            return "anonymous", text, (a, b)
        # "army spokesman Omar Said", "a reporter, Ann Lee": a name makes it named
        if head.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in tokens):
            return "named", text, (a, b)
        return "anonymous", text, (a, b)
    if head.pos_ in ("PROPN", "NOUN") or head.ent_type_ in NAME_ENTS:
        return "named", text, (a, b)
    return None, None, (a, b)


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
    """"reports by X", "X's statement": the name a text is credited to."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and _is_name(obj):
                toks = _phrase(obj)
                return _name_text(head.doc, toks[0].i, toks[-1].i + 1)
        if c.dep_ == "poss" and _is_name(c):
            toks = [t for t in c.subtree if t.dep_ != "case"]
            return _name_text(head.doc, toks[0].i, toks[-1].i + 1)
        if c.dep_ == "acl":  # "images published by Maxar"
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
            if obj is not None and _is_name(obj):
                toks = _phrase(obj)
                return _name_text(head.doc, toks[0].i, toks[-1].i + 1)
    return None


def _is_name(tok: Token) -> bool:
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG"):
        return True
    return any(t.ent_type_ in ("PERSON", "ORG") for t in tok.subtree)


def _antecedent(pron: Token) -> str | None:
    """The most recent person (he/she) or organisation (it/they) named before a pronoun."""
    want = ("PERSON",) if pron.lower_ in ("he", "she") else ("ORG", "GPE", "NORP", "PERSON")
    doc = pron.doc
    for ent in reversed(list(doc.ents)):
        if ent.end <= pron.i and ent.label_ in want and pron.i - ent.end < 400:
            return str(ent.text)
    return None
