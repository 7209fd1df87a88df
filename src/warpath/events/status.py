"""Whether the text says each event happened: asserted, reported, planned, hypothetical, negated.

The status comes from cue words on the dependency path from the trigger up through the
clauses that embed it (xcomp, ccomp, advcl, acl, prepositional and object links): negation
and modal children of each clause, governing verbs ("refused to", "plans to", "threatened
to", "said that"), governing nouns ("the option of", "the threat of"), conditional and purpose
clauses, and question marks. Where several cues apply the strongest wins, in the order
negated > hypothetical > planned > reported > asserted, so that an event the text does not
state as fact is never left as asserted.

Decisions: "will"/"shall"/"is set to"/"is scheduled to" mark an event as planned (a future the
actor intends), "would/could/might/may/should" as hypothetical; threats, demands, wishes and
purpose clauses ("to provoke a war") are hypothetical; a relative clause is presupposed, so
the walk stops there ("the strike that killed him" stays asserted).

Denials negate what they deny ("denied that its troops fired", "rejected claims that its jets
bombed", "dismissed reports"), as do "have yet to", "stopped short of", negative subjects or
objects ("neither side fired", "fired no shots") and nouns like "refusal" or "failure".
Governing adjectives count ("is unlikely to strike", "it is unclear whether", "unable to"), an
indirect question ("asked whether Iran fired") and "any" on an event noun ("would treat any
strike as ...") are hypothetical. A government stating its own action is asserted; a fighting
force or armed group claiming its own deed is reported (a battlefield claim).

A promise is a plan of its maker ("promised compensation", "pledged to withdraw"). A statement
of intent anchored on its modal ("would not reopen the crossing, he added") is the saying
itself: its clause's modal and negation are what was said, and only the frame around it gives
it a status; a refusal, threat or demand so relayed is reported. "Was reported to have",
"no longer", a level left unchanged ("has not changed the alert level") and a source closing
coordinated clauses (", according to ...") are read too.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from warpath.document import COOPERATION_TYPES, Analysis, Status
from warpath.events import hedges as _hedges
from warpath.events.grammar import infinitive
from warpath.pipeline import Config, Stage, stages

_resolve_phrase: Any
try:  # the actors stage resolves a speaker phrase ("the official") to an actor
    from warpath.actors.resolve import resolve_phrase as _resolve_phrase
except (ImportError, AttributeError):  # pragma: no cover - depends on the actors module
    _resolve_phrase = None

_NON_STATE_SECTORS = {"REB", "OPP", "INS", "SEP", "CRM", "UAF"}
_RANK: dict[str, int] = {
    "asserted": 0, "reported": 1, "planned": 2, "hypothetical": 3, "negated": 4,
}

_NEG_WORDS = {"not", "n't", "never", "no", "neither", "nor", "nobody", "none", "nothing"}
# Implicatives like "managed to", "went on to", "persuaded X to" carry no cue: their
# complement takes their own status. The negative ones ("failed to", "neglected to") negate it.
# A deed cut off before it was done: "foiled an attack", "thwarted a coup"; but "to thwart
# an attack" only aims at it (see _governor_cues)
_FOIL_VERBS = {"foil", "thwart", "forestall", "frustrate", "preempt", "pre-empt",
               # stopping a measure before it is taken: "vetoed sanctions" ("blocked" is left
               # out: "blocked one of our patrols" stops a patrol that is under way)
               "veto"}
_NEG_VERBS = {"refuse", "decline", "fail", "avoid", "avert", "forgo", "forego", "abandon",
              "cancel", "abort", "scrap", "rescind", "refrain", "deny", "reverse", "halt",
              "neglect", "omit",
              } | _FOIL_VERBS
_NEG_PARTICLE_VERBS = {("call", "off"), ("rule", "out"), ("decide", "against"),
                       ("back", "away"), ("hold", "off"), ("pull", "back"), ("stop", "short"),
                       ("vote", "against")}
# Verbs that deny a "that" clause or a claim ("denied that its troops fired", "rejected claims
# that its jets bombed the port"): the event is negated by the one who would know.
_DENY_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "dispute", "disprove",
               "contradict", "repudiate"}
# Adjectives governing an infinitive or a "that" clause ("is unlikely to strike", "it is
# possible that ..."), by the status they give it.
_NEG_ADJS = {"unable", "unwilling", "reluctant", "loath", "loth", "false", "untrue",
             "impossible", "hesitant"}
_HYPO_ADJS = {"likely", "unlikely", "possible", "probable", "able", "unclear", "uncertain",
              "doubtful", "conceivable", "plausible", "eager", "keen", "free", "open",
              "liable", "bound", "certain", "sure", "capable",
              # a licence, not its use: "is entitled to expel them"
              "entitled", "eligible"}
_PLAN_ADJS = {"ready", "willing", "prepared", "poised", "set", "due", "determined", "expected",
              "scheduled", "slated", "committed", "resolved"}
# A promise commits its maker to the act ("promised compensation", "pledged to withdraw"): a
# plan of its own actor, unlike a vow or a threat, which may be bluster.
_PLAN_VERBS = {"plan", "intend", "prepare", "schedule", "aim", "decide", "agree", "set",
               "expect", "due", "organize", "organise", "propose", "promise", "pledge"}
_HYPO_VERBS = {"threaten", "vow", "warn", "seek", "want", "hope", "wish", "consider", "weigh",
               "contemplate", "fear", "risk", "urge", "demand", "ask", "call", "request",
               "suggest", "offer", "push", "press", "prevent", "stop", "deter",
               "try", "attempt", "need", "mull", "explore",
               "propose", "recommend", "advocate", "provoke", "invite", "lure",
               "imagine", "suppose", "predict", "speculate", "doubt", "wonder", "question",
               # a party pressed to act: "leaned on Israel to allow", "nudged Tokyo to resume"
               "lean", "prod", "nudge", "goad", "pressure", "implore", "exhort", "beg",
               "entreat", "lobby", "plead", "appeal", "encourage",
               # what a measure is built or put forward to bring about: "sanctions designed
               # to force a withdrawal", "mooted a fresh round of talks"
               "design", "moot",
               # an idea put up for debate: "floated the idea of cutting off the internet"
               "float",
               # a licence, not its use: "is entitled to expel", "empowered to arrest"
               "entitle", "empower"}
# Authorising an action decides it without doing it: "approved the raid", "ordered a strike",
# "signed off on the assassination" make the action planned; "refused to approve" negates it.
_AUTH_VERBS = {"authorize", "authorise", "approve", "order", "greenlight", "okay"}
_AUTH_PARTICLE_VERBS = {("sign", "off"), ("give", "go")}
_REPORT_VERBS = {"say", "tell", "report", "claim", "state", "add", "insist", "assert",
                 "announce", "allege", "believe", "think", "confirm", "acknowledge", "note",
                 "write", "tweet", "post", "quote", "cite", "indicate", "argue", "contend",
                 "suggest", "maintain", "explain", "according", "reveal", "disclose",
                 "describe", "accuse", "respond", "reply", "testify", "brief", "admit",
                 "hear", "remind", "recall", "inform", "stress", "emphasise", "emphasize",
                 "reiterate", "observe", "mention", "recount", "concede", "assure", "show",
                 "notify", "relate", "assess", "estimate"}
_ALLEGE_VERBS = {"accuse", "blame", "charge", "allege", "suspect", "condemn", "criticize",
                 "criticise", "denounce", "fault", "praise", "thank"}
_TEMPORAL_PREPS = {"after", "following", "since", "amid", "during"}
_TEMPORAL_MARKS = {"after", "before", "when", "since", "as", "while", "because", "until",
                   "once", "following"}
_PLAN_NOUNS = {"plan", "intention", "preparation", "proposal", "deadline", "timetable",
               "timeline", "roadmap",
               "scheme", "blueprint", "order", "decision", "schedule", "pledge",
               "promise"}
_HYPO_NOUNS = {"threat", "risk", "likelihood", "possibility", "prospect", "danger", "fear",
               "chance", "potential", "call", "demand", "request", "appeal", "warning",
               "bid", "attempt", "effort", "desire", "push", "goal", "aim", "hope",
               "scenario", "question", "ultimatum", "vow", "invitation", "spectre", "specter",
               "offer", "plea", "pressure", "right", "readiness", "willingness", "intent",
               "opportunity", "permission", "mandate", "authority", "authorization",
               "authorisation", "ability", "capacity", "capability", "way", "means",
               # a choice kept open is not a choice made: "the option of a blockade"
               "option", "contingency", "alternative",
               # a plot is a deed intended, not done: "the plot to bomb the parliament"
               "plot", "conspiracy", "ploy",
               # what a motion or a bill would do: "a motion to expel the envoy"
               "motion", "bill",
               # an act put forward as a thought: "the idea of a joint patrol"
               "idea", "notion", "concept"}
# Nouns that say an event did not happen: "its refusal to accept", "the failure to agree".
_NEG_NOUNS = {"refusal", "rejection", "failure", "denial", "absence", "lack", "cancellation",
              "reluctance", "unwillingness", "inability"}
_REPORT_NOUNS = {"report", "claim", "allegation", "statement", "account", "accusation",
                 "suggestion", "assertion", "rumour", "rumor", "charge", "story"}
_HYPO_MODS = {"possible", "potential", "likely", "hypothetical", "future", "eventual",
              "prospective", "imminent", "perhaps", "maybe", "possibly", "probably",
              "conceivably", "unlikely",
              # an act tried and cut short: "an attempted coup", "an abortive landing"
              "attempted", "abortive", "impending", "looming"}
_PLAN_MODS = {"planned", "proposed", "scheduled", "intended", "upcoming", "expected"}
_REPORT_MODS = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly",
                "alleged", "reported", "claimed", "suspected", "purported"}
_PLAN_MODALS = {"will", "shall", "'ll", "wo"}
_HYPO_MODALS = {"would", "could", "might", "may", "should", "must", "can", "ca", "'d",
                "ought"}
_COND_MARKS = {"if", "unless", "whether", "lest", "once"}
# Links that embed the trigger in the clause above it; the walk stops at any other link.
_EMBED = {"xcomp", "ccomp", "advcl", "acl", "pcomp", "pobj", "prep", "dobj", "obj", "nsubj",
          "nsubjpass", "attr", "oprd", "conj", "agent", "dative", "appos", "npadvmod",
          "compound", "amod", "parataxis", "csubj", "acomp", "advmod", "relcl"}


@stages.register("status")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        if analysis.doc is None:
            return
        text = analysis.doc.text
        labels = _speaker_labels(text)
        triggers = {e.trigger_token for e in analysis.events if e.trigger_token is not None}
        for event in analysis.events:
            if event.trigger_token is None:
                continue
            token = analysis.doc[event.trigger_token]
            status, cue = status_of(token)
            if status in ("asserted", "reported") and (
                    goods := _pledged_goods(token)) and not goods & triggers:
                # "has pledged food packs": the pledge stands for a delivery still to come,
                # unless the goods are an event of their own ("pledged aid": AID, planned)
                status, cue = "planned", token.text
            elif status == "reported" and (_self_report(analysis, token, event)
                                           or _admitted(analysis, token, event)):
                status, cue = "asserted", None
            elif status == "asserted" and (label := _witness_turn(text, token.idx, labels)):
                status, cue = "reported", label
            elif status == "asserted" and (verb := _continued_report(token)) is not None:
                status, cue = "reported", verb.text
            if status in ("asserted", "reported") and (
                    lead := _list_lead(text, token.idx)) is not None and not (
                    _in_stated_clause(token)):
                status, cue = lead  # "Options include:" / "- strikes on the camps;"
            if status == "asserted" and (ahead := _watch_heading(text, token)) is not None:
                status, cue = "planned", ahead  # "WHAT TO WATCH / - The board meets on 8 June"
            if status in ("asserted", "reported") and (
                    none := _no_occasion(token)) is not None:
                status, cue = "negated", none  # "found no case in which troops fired"
            if status in ("asserted", "reported") and (
                    scene := _scenario_scope(token)) is not None:
                status, cue = "hypothetical", scene  # "In this scenario, the navy stops ..."
            event.status = status
            event.status_cue = cue

    return run


# A transcript's turns: "PRESENTER: ...", "TSIKLAURI: ...", "COL. VILLAREAL: ...".
_TURN = re.compile(r"^([A-Z][A-Z.'\- ]{0,38}[A-Z.]):[ \t]", re.MULTILINE)
# Who asks the questions speaks for the programme; an official on the record speaks for the
# authority (a briefing). Anyone else tells what they saw: their account is reported.
_HOST_LABELS = {"PRESENTER", "HOST", "ANCHOR", "INTERVIEWER", "MODERATOR", "REPORTER",
                "CORRESPONDENT", "Q", "QUESTION", "NARRATOR", "EDITOR", "CHAIR", "CHAIRMAN"}
_OFFICIAL_TITLES = {"COL", "GEN", "MAJ", "CAPT", "LT", "ADM", "CMDR", "SGT", "MINISTER",
                    "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "AMBASSADOR", "AMB", "SECRETARY",
                    "SEC", "PRESIDENT", "PM", "PREMIER", "GOVERNOR", "GOV", "COMMANDER",
                    "DIRECTOR", "CHIEF", "ENVOY"}


def _speaker_labels(text: str) -> set[str]:
    """Labels that open two or more lines of a text with two or more speakers: a transcript
    ("UPDATE:" once is a heading, not a speaker)."""
    counts: dict[str, int] = {}
    for m in _TURN.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    turns = {label for label, n in counts.items() if n >= 2}
    return turns if len(counts) >= 2 and turns else set()


def _witness_turn(text: str, at: int, labels: set[str]) -> str | None:
    """The label of the private speaker whose turn holds offset `at`, if any: a guest's
    account in an interview transcript ("TSIKLAURI: ... the guards seized both of them")."""
    if not labels:
        return None
    m = _TURN.match(text, text.rfind("\n", 0, at) + 1)
    if m is None or m.group(1) not in labels:
        return None
    words = set(re.findall(r"[A-Z]+", m.group(1)))
    if words & (_HOST_LABELS | _OFFICIAL_TITLES) or (
            _introduced_as(text, frozenset(words)) & _VOUCHED_ROLES):
        return None
    return m.group(0).strip()


# Roles the programme's introduction can give a labelled speaker whose words it stands behind:
# its own journalists ("our correspondent Ana Diaz reports from Kherson") and invited experts
# who explain rather than tell what they saw ("the guest is Li Wen, a researcher in ...").
_VOUCHED_ROLES = {"correspondent", "reporter", "journalist", "editor", "presenter", "host",
                  "researcher", "analyst", "expert", "professor", "scholar", "historian",
                  "economist", "fellow", "lecturer", "academic", "specialist", "commentator"}
_INTRO_CLAUSE = re.compile(r"[^.;:\n]+?(?=[.;:\n]|, and |, while |$)")


@functools.lru_cache(maxsize=64)
def _introduced_as(text: str, words: frozenset[str]) -> frozenset[str]:
    """The lower-cased words of the clause that first introduces a speaker whose label is one
    of `words` (a surname in capitals) outside the turns themselves."""
    names = [w.title() for w in words if len(w) > 2]
    for clause in _INTRO_CLAUSE.finditer(text):
        part = clause.group(0)
        for n in names:
            if (m := re.search(rf"\b{re.escape(n)}\b", part)) is not None:
                return _role_words(part[:m.start()], part[m.end():])
    return frozenset()


_APPOSITION_OPENERS = {"a", "an", "the", "our", "his", "her", "their", "its", "this", "senior",
                       "chief"}


def _role_words(before: str, after: str) -> frozenset[str]:
    """The words that give a name its role: just before it ("our correspondent Ana Diaz") or
    in an apposition right after it ("Li Wen, a researcher at ..."); a role said of someone
    else in the clause ("a shopkeeper, Lena Park, told our correspondent") is not hers."""
    near = re.findall(r"[a-z]+", before.lower())[-3:]
    if (m := re.match(r"\s*,\s*([^,]*)", after)) is not None:
        appos = re.findall(r"[a-z]+", m.group(1).lower())[:4]
        if appos and (appos[0] in _APPOSITION_OPENERS or appos[0] in _VOUCHED_ROLES):
            near += appos
    return frozenset(near)


def _past_perfect_main(token: Any) -> bool:
    """Whether the event is told in the main clause of its sentence in the past perfect
    ("The embassy had demanded the crew's return two days later")."""
    node = token
    while node.dep_ in ("conj", "dobj", "obj", "pobj", "prep", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ROOT" or node.tag_ != "VBN":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in node.children)


def _continued_report(token: Any) -> Any | None:
    """ "The minister reminded the Assembly that soldiers had detained three officers. The
    government had asked for their release the next day.": sentences in the past perfect
    right after a report in the past perfect, in the same paragraph, go on with that report.
    Returns the reporting verb."""
    if not _past_perfect_main(token):
        return None
    doc = token.doc
    sent = token.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        if "\n" in doc.text[prev.end_char : sent.start_char] or any(
                "\n" in t.text for t in prev if t.is_space):
            return None  # a new paragraph, a new voice
        root = prev.root
        if _cue_lemma(root) in _REPORT_VERBS - {"according"} and any(
                c.dep_ == "ccomp" and _past_perfect_clause(c) for c in root.children):
            return root
        if not _past_perfect_main(root):
            return None
        sent = prev
    return None


_SPEECH_ACTS = {"deny", "reject", "dismiss", "refute", "accuse", "blame", "condemn", "urge",
                "warn", "vow", "demand", "call", "appeal", "insist", "promise", "pledge"}


_REMEMBER_VERBS = {"recall", "remember"}
# Only the writer's own audience: a witness, an observer or "many" recalling something is a
# source telling it, and the account stays theirs.
_AUDIENCE_NOUNS = {"reader", "public", "viewer", "listener", "audience", "you"}


def _remembered(gov: Any, via: str, child: Any) -> bool:
    """The writer reminding its own audience of a past taken as known ("as listeners may
    remember, the port was mined twice in 2019" / "you will recall that the rebels held the
    pass for a year"). Recalling presupposes the past, so the modal of the reminder makes it
    neither hearsay nor a guess. A negated or negative-subject
    recollection ("nobody can remember ...") proves nothing and is left alone."""
    if gov.lemma_.lower() not in _REMEMBER_VERBS or via not in ("ccomp", "advcl"):
        return False
    if any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and _negative_argument(c)
           for c in gov.children):
        return False
    if via == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when"
                              for c in child.children):
        return True  # "recalled the summer of 2006, when ...": a dated moment, taken as known
    if via == "advcl" and any(c.dep_ == "mark" for c in child.children):
        return False  # "will recall it if asked": a condition, not what is recalled
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("will", "may", "'ll")
                for c in gov.children)
    audience = any(c.dep_ == "nsubj" and c.lemma_.lower() in _AUDIENCE_NOUNS
                   for c in gov.children)
    return modal and audience


def _speech_beside_report(node: Any) -> bool:
    """A speech act in the simple past with no subject of its own, coordinated with a
    past-perfect clause that a reporting verb governs: the parser hung it on the reported
    clause, but it shares the reporting verb's subject and tense."""
    head = node.head
    # The reported clause is told in another tense than the speech act: a past perfect
    # ("said it had killed ... and denied") or a present ("asserted that the port is open and
    # condemned the blockade", "claimed the fires are accidental and rejected ...")
    shifted = head.tag_ == "VBN" and _past_perfect_clause(head) or head.tag_ in ("VBZ", "VBP") or (
        # a present the tagger took for a base form: "said troops always patrol ... and accused"
        head.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and any(c.dep_ == "nsubj" for c in head.children))
    return (node.tag_ == "VBD" and _cue_lemma(node) in _SPEECH_ACTS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in node.children)
            and head.dep_ == "ccomp" and shifted
            and _cue_lemma(head.head) in _REPORT_VERBS and head.head.tag_ in ("VBD", "VBN"))


def _past_perfect_clause(clause: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d")
               for c in clause.children)


_FORCE_WORDS = ("military", "army", "militia", "defence", "defense")
# Verbs of owning up: what a party admits of its own side is told against its interest.
_ADMIT_VERBS = {"admit", "acknowledge", "concede", "confess"}


def _admitted(analysis: Analysis, token: Any, event: Any) -> bool:
    """ "the army admitted that troops had shot dead two teenagers", "the ministry conceded
    its drones hit a school": a party owning up to a deed of its own side is no battlefield
    claim; the admission makes it a fact, whoever speaks (state, army or armed group). Not
    a denial ("did not admit"), nor an admission of another side's deed."""
    if event.source is None:
        return False
    node = token
    for _ in range(12):
        if node.dep_ == "ccomp" or node.head.i == node.i:
            break
        node = node.head
    verb = node.head
    if node.dep_ != "ccomp" or _cue_lemma(verb) not in _ADMIT_VERBS or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    doer = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"}
    if doer is not None and any(t.pos_ == "PROPN" and t.lower_ not in speaker
                                for t in doer.subtree):
        return False  # "the army admitted that RSF fighters had shelled ...": another's deed
    for t in sorted(subj.subtree, key=lambda t: abs(t.i - subj.i)):
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and actor.country:
            # one side of a civil war owns up to nothing for the other (the doer's country
            # may not be set yet: then its unnamed doer, "soldiers", is the speaker's side)
            rebel = (event.source.sector or "") in _NON_STATE_SECTORS
            return bool(actor.country == (event.source.country or actor.country)
                        and rebel == ((actor.sector or "") in _NON_STATE_SECTORS))
    return False


def _self_report(analysis: Analysis, token: Any, event: Any) -> bool:
    """ "Israel said it conducted an airstrike": a government stating its own action admits
    it, so the event is asserted rather than merely reported. A fighting force's claim of its
    own deeds ("the army said it shot down 14 drones", "the Houthis said they fired", "the
    defence ministry said its air defences destroyed 84 drones") is a battlefield claim and
    stays reported, as does an account hung on a closing tag (", its ministry said")."""
    if event.source is None or not event.source.country:
        return False
    if token.dep_ == "aux" and token.tag_ == "MD" and event.type not in COOPERATION_TYPES:
        # "X said it would not reopen the crossing", "said it would retaliate": a refusal or
        # a threat the writer relays; a pledge of one's own help ("Canada said it will send
        # aid") is a commitment made, like an act of one's own
        return False
    if event.source.sector in _NON_STATE_SECTORS:
        return False
    if event.type == "ASSAULT" and _armed_doer(token):
        # "the cabinet said its soldiers had routed the insurgents": whoever speaks, a
        # state's account of what its troops did in combat is a battlefield claim
        return False
    source_actor = analysis.actor(event.source.actor_id) if event.source.actor_id else None
    if source_actor is not None and (source_actor.kind == "group"
                                     or source_actor.sector in _NON_STATE_SECTORS):
        return False
    node = token
    for _ in range(12):
        if node.dep_ in ("ccomp", "parataxis") or node.head.i == node.i:
            break
        node = node.head
    speaker_verb = node.head if node.dep_ == "ccomp" else node
    if node.dep_ == "parataxis":
        speaker_verb = node
    else:
        speaker_verb = next((c for c in node.children if c.dep_ == "parataxis"
                             and c.lemma_.lower() in _REPORT_VERBS), speaker_verb)
    if speaker_verb.lemma_.lower() not in _REPORT_VERBS or speaker_verb.i == token.i:
        # "the minister accused Rwanda of arming the rebels, according to a statement": an
        # act of speech is the event itself, not a government telling of its own deed
        return False
    subj = next((c for c in speaker_verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    for t in subj.subtree:
        # "the Houthis' military spokesman", "the army's press office": a fighting force's
        # voice, whoever its words are about
        owner = analysis.actor_at(t.idx, t.idx + len(t.text))
        if owner is not None and (owner.kind == "group" or owner.sector in _NON_STATE_SECTORS) or (
                t.lower_ in _FORCE_WORDS and t.i != subj.i):
            return False
    if speaker_verb.i > token.i:
        # "Tunisia closes the crossing, its interior ministry says": the sentence hangs on a
        # closing tag, and the writer passes it on as the speaker's account
        return False
    if _backshifted(token, node):
        return False  # "the delegate said London had frozen the assets": relayed, not owned
    if _cue_lemma(token) in _RELAYED_ACTS:
        return False  # "said ... and warned that ...": a speech act, not a deed owned
    if _resolve_phrase is not None:
        try:
            actor = _resolve_phrase(analysis, subj)
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the status
            actor = None
        if actor is not None and actor.country:
            return _government_voice(actor) and actor.country == event.source.country
    for t in sorted(subj.subtree, key=lambda t: abs(t.i - subj.i)):
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and actor.country:
            return _government_voice(actor) and actor.country == event.source.country
    return False


# Nouns for a state's fighting men and units, and for its war machines, as the doers of a
# combat event.
_ARMED_NOUNS = {"soldier", "troop", "force", "army", "military", "navy", "artillery", "unit",
                "commando", "marine", "paratrooper", "sailor", "airman", "battalion", "brigade",
                "regiment"}
_WAR_MACHINES = {"jet", "warplane", "gunship", "helicopter", "drone", "warship", "tank"}


def _armed_doer(token: Any) -> bool:
    """The combat event's own clause has an armed force for subject ("troops had shelled",
    "its gunships struck", "air force jets bombed"). A single machine with no owner ("the
    drone violated the airspace") is the thing talked about, not a force in combat."""
    clause = token
    for _ in range(3):
        if clause.pos_ in ("VERB", "AUX"):
            break
        clause = clause.head
    if _participates(clause):
        return False  # "said its troops took part in the fighting": an admitted involvement

    def armed(t: Any) -> bool:
        lemma = t.lemma_.lower()
        return lemma in _ARMED_NOUNS or lemma in _WAR_MACHINES and (
            t.tag_ == "NNS" or any(c.dep_ == "poss" for c in t.children))

    return any(c.dep_ in ("nsubj", "agent") and (armed(c) or any(
        armed(t) for t in c.subtree if t.dep_ == "pobj")) for c in clause.children)


def _government_voice(actor: Any) -> bool:
    """A state or its civilian government speaking, not an army or an armed group."""
    return not (actor.kind == "group" or actor.sector in _NON_STATE_SECTORS | _FORCE_SECTORS)


_FORCE_SECTORS = {"MIL", "COP", "SPY"}


def _occurs(verb: Any) -> bool:
    """ "will take place", "is scheduled", "went ahead": a verb whose subject is an event and
    which says only when or whether it happens."""
    lemma = verb.lemma_.lower()
    if _realises(verb) and any(c.dep_ == "auxpass" for c in verb.children) and not (
            _deed_by_named(verb)):
        return True  # "the truce was never implemented", "the offer has not been taken up"
    if lemma == "take":  # "took place", and a measure's "took effect", "took hold"
        return any(c.dep_ == "dobj" and c.lower_ in ("place", "effect", "hold")
                   for c in verb.children)
    if lemma == "go":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "ahead" for c in verb.children)
    if lemma in ("hold", "schedule", "set", "plan"):
        return any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in _SET_OUT_VERBS:  # "the second consignment never left port"
        return all(c.lemma_.lower() in _SET_OUT_FROM for c in verb.children
                   if c.dep_ in ("dobj", "obj"))
    return lemma in _OCCUR_VERBS or lemma in _ARRIVE_VERBS


# Verbs by which goods or craft sent set out, with the places they set out from: whether a
# shipment or a convoy "left port" says whether it was sent at all ("the attack left the town
# in ruins" is no setting out).
_SET_OUT_VERBS = {"leave", "depart", "sail"}
_SET_OUT_FROM = {"port", "harbour", "harbor", "dock", "warehouse", "depot", "base", "airport",
                 "airfield", "quay", "wharf", "shore", "home"}


_CUE_VERBS = (_NEG_VERBS | _DENY_VERBS | _HYPO_VERBS | _PLAN_VERBS | _AUTH_VERBS | _REPORT_VERBS
              | _ALLEGE_VERBS)


def status_of(token: Any) -> tuple[Status, str | None]:
    """The status of the event whose predicate is `token`, and the cue words that set it."""
    best: tuple[str, str | None] = ("asserted", None)
    # Past a presupposition the clauses above speak about an event taken as given: from there
    # on only the cues in `blocked` are ignored ("did not" alone, or all but reporting).
    blocked: set[str] = set()
    # Past a relative or temporal clause only a speaker's frame counts: a verb of saying or
    # "according to" (not "our top story: ...", a label the text puts on itself)
    frames_only = False

    def note(status: str, cue: Any) -> None:
        nonlocal best
        if frames_only and status == "reported" and not (
                cue == "according to" or not isinstance(cue, str) and cue is not None
                and _cue_lemma(cue) in _REPORT_VERBS):
            return
        if status in blocked:
            if not blocked >= _ALL_BUT_REPORTED or isinstance(cue, str) or cue is None or (
                cue.lemma_.lower() not in _REPORT_VERBS
            ):
                return
            status = "reported"  # "suggested that Iran's attack was ...": still their words
        if _RANK[status] > _RANK[best[0]]:
            best = (status, cue if isinstance(cue, str) or cue is None else cue.text)

    # "Pakistan would not reopen the crossing, he added": a statement of intent anchored on its
    # modal is the saying itself; the modal and negation of its clause are what is said, and
    # only the frame around the clause (a speech tag, a condition above it) gives it a status
    statement = token.dep_ == "aux" and token.tag_ == "MD" and token.head.i != token.i
    if statement:
        token = token.head
    anchor = _anchor(token)
    phrase = _phrase_head(token)
    node = token
    via: str | None = None  # the link by which the walk reached `node`
    steps = 0
    relative = False  # the walk has just left a relative clause for the noun it describes
    # "further strikes would not go unanswered": a negation on what is said of an event
    # (its subject) is not a denial that it happens; "the attack did not happen" is
    said_of = token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and (
        not _occurs(token.head) or _paper_deal(token) and _in_effect(token.head))

    def modal_only(status: str, cue: Any) -> None:
        if status != "negated":
            note(status, cue)

    def framing_only(status: str, cue: Any) -> None:
        if status == "reported":
            note(status, cue)

    while True:
        own = note
        if said_of and node.i == token.head.i:
            own = modal_only
        elif statement and node.i == token.i:
            own = framing_only
        _own_cues(node, via, token, own)
        if (proviso := _proviso(node)) is not None:
            note("hypothetical", proviso)  # "..., provided Tehran agreed to send surveyors"
            break
        if node.dep_ in ("ccomp", "csubj") and any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            # "refused to tell reporters whether the gunboats had opened fire", "could not
            # confirm if ...": an open question; what is refused is the answer, not the event
            blocked.add("negated")
        if node.head == node or steps > 12:
            break
        if node.dep_ not in _EMBED:
            break
        if node.dep_ in ("advcl", "pcomp", "relcl") and (
                modal := _future_time_clause(node, own=node.i == token.i)) is not None:
            # "would halt shipments as soon as a tanker is hit", "the day a vessel is sunk": a
            # present tense in a time clause under a modal tells an act still to come
            note("hypothetical", modal)
            break
        if node.dep_ == "relcl" and not infinitive(node) and not _that_clause(node) and (
                node.head.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos", "npadvmod")
                or node.head.lemma_.lower() in _REPORT_NOUNS or _set_off(node)
        ) or node.dep_ == "relcl" and not _that_clause(node) and (
                node != token and not infinitive(node)):
            # presupposed: "the strike that killed the general was legal", "troops, who have
            # battled insurgents since 2021, recaptured the port, an official said", "..., a
            # charge that Belarus rejected", "backing the M23, who seized Bunagana": the
            # writer's own aside
            break
        if node.dep_ == "relcl" and not infinitive(node) and not _that_clause(node) or (
                node == token and _object_gap(node)):
            # presupposed: its own cues only; but a relative clause inside what a source
            # tells is still the source's telling ("confirmed that Moscow summoned the envoy,
            # whom it accused of ...", "according to the indictment, the men were among the
            # fighters who attacked the village"), so only a reporting frame above counts
            blocked |= _ALL_BUT_REPORTED
            relative = frames_only = True
        if node.dep_ in ("advcl", "pcomp") and _is_temporal(node):
            # "after thousands took to the streets": a background fact, even inside a
            # source's account ("said ... since the fighting erupted on 27 September")
            if (teller := _told_sequence(node)) is not None:
                note("reported", teller)  # "said its troops had moved only after ..."
            break
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE
                                        for c in node.children):
            # "had not closed it, even though Niamey has kept its side shut": granted as a
            # fact, known whoever says the clause above
            break
        if node.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                         for c in node.children) or _condition_word(node)):
            # "refused to sign off unless Iran killed an American", "should the bandits go on
            # raiding, the harvest will be lost": the condition's own
            if (word := _condition_word(node)) is not None:
                note("hypothetical", word)  # "were the rebels to take it": a condition too
            break
        if node.dep_ in ("pobj", "dobj") and node.head.dep_ == "prep" and (
            node.head.lower_ in _TEMPORAL_PREPS
        ):
            break  # "emboldened by his failure to act following Iran's shoot-down": background
        if node.dep_ in ("nsubj", "nsubjpass") and node != token and node.pos_ in (
            "NOUN", "PROPN",
        ) and not _occurs(node.head):
            # "the answer to the killing will be ...": not the event's own clause; but "the
            # next round of talks will take place in March" says when the talks happen
            break
        if node.dep_ == "ccomp" and _unmarked_fronted_clause(node):
            break  # a reduced relative clause the parser took for a fronted complement
        if node.dep_ in ("ccomp", "nsubj", "nsubjpass") and _semicolon_apart(node):
            # "X blames Y; Y has not commented": two sentences, not one said in the other; "talks
            # stalled in May; a new round is being prepared": no subject of the verb after
            break
        if node.dep_ == "acl" and _fronted_main_clause(node):
            break  # "Despite warnings that it would not, Israel struck ...": the main clause
        if node.dep_ == "ccomp" and _restated_after(node):
            break  # "X alleged that ..., a claim Y rejected": the claim was made all the same
        via = node.dep_
        left = node
        if via == "conj" and _finite(node) and not _finite(node.head) and (
            node.head.dep_ in ("xcomp", "pcomp") or _past_beside_modal(node)
        ):
            # "denies supporting the group and accuses ...": a finite verb the parser hung on
            # a non-finite one is coordinated with that one's governor, not embedded in it
            node = node.head.head
            if _relayed_act(left, node):
                note("reported", node)  # "said it would not stand by and warned that ..."
            steps += 1
            continue
        if via == "conj" and _speech_beside_report(node):
            # "the army said it had killed seven fighters and denied that civilians were
            # harmed": the denial is the army's second act of speech, not part of the first
            node = node.head.head
            if _relayed_act(left, node):
                note("reported", node)  # "said ... had killed two and demanded an inquiry"
            steps += 1
            continue
        if via == "pobj" and node.head.dep_ in ("prep", "agent"):
            prep = node.head.lower_  # climb over the preposition, remembering it
            node = node.head.head
            via = "prep"
        elif via == "pcomp" and node.head.dep_ == "prep":
            prep = node.head.lower_  # "from developing into a war": a clause under "from"
            node = node.head.head
            via = "prep"
        else:
            prep = None
            node = node.head
        steps += 1
        if _remembered(node, via, left):
            break  # "you will recall that the dam was breached in 2020": a known fact
        if anchor is not None and left is phrase:
            blocked |= _presupposed(phrase, anchor, via, node)
        if relative:
            relative = False
            continue  # the noun a relative clause describes does not govern it
        _governor_cues(node, via, prep, note, left)
        if via == "conj" and _relayed_act(left, node):
            note("reported", node)  # "said ..., and warned that ...": hung on "said" itself
        if (via in ("dobj", "obj") or via == "conj" and _second_party(node, left)) and (
                left is not token and (_accused_of(node, left) or any(
                    c.dep_ == "conj" and _accused_of(node, c) for c in left.children))):
            # "accused the rebels of attacking the convoy", the parser hanging "of" on the
            # party accused: what they are accused of is the accuser's allegation
            note("reported", node)
    if _question(token):
        note("hypothetical", "?")
    if best[0] == "asserted" and (tag := _trailing_tag(token)) is not None:
        note("reported", tag)
    if best[0] == "asserted" and _heading_source(token):
        note("reported", "according to")
    if best[0] == "asserted" and (by := _counted_by(token)) is not None:
        note("reported", by)  # "By the ICRC's count, ...": a source's reckoning
    if best[0] == "asserted" and (claim := _claimed_deed(token)) is not None:
        note("reported", claim)  # "ISWAP claimed the raid": the raid as theirs is their word
    if best[0] == "asserted" and (put := _toll_put_at(token)) is not None:
        note("reported", put)  # "the ministry puts the toll at four killed": its count
    # constructions the walk does not read ("instead of X-ing", "poised to", "whether to")
    return _hedges.revise(token, best[0], best[1])  # type: ignore[return-value]


_TAG_WORDS = {"DET", "PRON", "PROPN", "NOUN", "ADJ", "CCONJ", "NUM", "ADP", "PART", "ADV",
              "PUNCT", "SPACE"}


def _trailing_tag(token: Any) -> Any | None:
    """ "..., killing 19 people, a resistance group and a resident told the agency.": a
    sentence that ends in a speech tag after a comma is someone's account, whatever the
    parser hung the tag on. The tag is a noun phrase, a reporting verb and at most an
    addressee or a time; the event must come before it."""
    sent = _unbroken(token.sent)
    if _aside(token):
        return None
    words = [t for t in sent if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    # ", the group said in a statement posted online": a participle on a noun of the tag
    tail = _tag_participles(verbs)
    verbs = verbs[: len(verbs) - len(tail)]
    if not verbs or verbs[-1].lemma_.lower() not in _REPORT_VERBS:
        return None
    verb = verbs[-1]
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # ", citing a heavy toll": a participle, not a tag with its own speaker
    comma = max((t.i for t in words if t.text == "," and t.i < verb.i), default=None)
    if comma is None or token.i >= comma:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in sent if comma < t.i < verb.i):
        return None
    if not all(t.pos_ in _TAG_WORDS or t.i == verb.i or t in tail for t in sent if comma < t.i):
        return None  # ", which it said ...": another clause, not a bare tag
    if any(t.lower_ in ("which", "who", "that", "as") or t.pos_ == "CCONJ" and t.i == comma + 1
           for t in sent if comma < t.i < verb.i):
        return None  # ", which it said", ", and journalists rarely report": other clauses
    return verb


def _unbroken(sent: Any) -> Any:
    """The sentence with the next one added when the parser cut it where no stop stands
    ("... bombed positions near the Ta Muen | Thom temple, the Thai army said.")."""
    words = [t for t in sent if not (t.is_space or t.is_quote)]
    doc = sent.doc
    if not words or words[-1].text in (".", "!", "?", ":", ";") or sent.end >= len(doc) or (
            "\n" in doc.text[sent.start_char : doc[sent.end].sent.end_char]):
        return sent
    return doc[sent.start : doc[sent.end].sent.end]


def _aside(token: Any) -> bool:
    """A trigger inside a relative clause set off by commas ("The brigade, which has held the
    pass since the spring, repelled an assault overnight, a colonel said"): background the
    writer adds about the subject, outside what the closing tag's speaker said. If a verb of
    saying or believing stands between the trigger and the relative pronoun ("the militia,
    which villagers say looted the depot, ..."), the aside is itself hearsay and not exempt."""
    node = token
    for _ in range(8):
        if node.i != token.i and (_cue_lemma(node) in _REPORT_VERBS | _ALLEGE_VERBS
                                  or node.lemma_.lower() in _HEDGE_VERBS):
            return False
        if node.dep_ == "relcl":
            first = node.left_edge
            return first.i > 0 and node.doc[first.i - 1].text == "," and first.lower_ in (
                "who", "which", "whose") and node.right_edge.i + 1 < len(node.doc) and (
                node.doc[node.right_edge.i + 1].text == ",")
        if node.head.i == node.i or node.dep_ in ("ccomp", "parataxis", "ROOT"):
            return False
        node = node.head
    return False


# Verbs by which a speaker holds something likely rather than telling it.
_HEDGE_VERBS = {"believe", "think", "suspect", "fear", "suppose", "reckon", "estimate",
                "understand", "appear", "seem"}


_ALL_BUT_REPORTED = {"negated", "hypothetical", "planned"}
# Marks of a clause granted as fact against the one it hangs on.
_CONCESSIVE = {"though", "although", "whereas"}
# Predicates that say whether an event takes place at all: a modal or negation on them is
# about the event itself ("the offensive never materialised", "the attack could come soon").
_OCCUR_VERBS = {"come", "begin", "start", "happen", "occur", "take", "go", "proceed", "unfold",
                "resume", "materialize", "materialise", "erupt", "break", "commence", "ensue",
                "follow", "continue", "get", "last", "end"}
# Verbs that take an event as their object and are that event: "launched the offensive",
# "carried out the strikes", "imposed the sanctions". The object shares their status.
_LIGHT_VERBS = {"carry", "launch", "conduct", "stage", "mount", "wage", "undertake", "perform",
                "commit", "execute", "unleash", "begin", "start", "hold", "open", "resume",
                "continue", "escalate", "intensify", "step", "make", "deliver", "impose",
                "sign", "reach", "declare", "issue", "give", "lift", "end", "extend", "renew",
                "expand", "announce", "pursue", "complete", "finish", "attend",
                "keep", "maintain", "sustain",
                "host", "join", "lead", "organize", "organise", "fight",
                # verbs that change a measure in force: the change is the event and takes
                # the verb's status ("would tighten its export ban", "may prolong the curfew")
                "tighten", "toughen", "harden", "strengthen", "widen", "broaden", "prolong",
                "lengthen", "reimpose", "reinstate", "reinforce", "double", "ramp",
                "scale", "beef"}
# A state kept at some level is an event only by its change: "raised the alert level", "has
# not changed the alert level" (the negation is about the change, not the level).
_LEVEL_VERBS = {"change", "raise", "lower", "elevate", "heighten", "increase", "reduce",
                "upgrade", "downgrade", "alter", "adjust", "lift"}
_LEVEL_NOUNS = {"level", "alert", "readiness", "posture", "footing", "status", "alertlevel"}
# Verbs of expecting something: a definite object is presupposed, not planned or hedged
# ("no one expected the strike", "could not have foreseen the shoot-down").
_EXPECT_VERBS = {"expect", "anticipate", "foresee", "predict", "imagine"}
# Events that are usually arranged in advance: "the summit", "the vote" can be future ones.
_SCHEDULED_NOUNS = {"talk", "talks", "negotiation", "meeting", "summit", "visit", "conference",
                    "vote", "election", "referendum", "exercise", "drill", "parade", "rally",
                    "march", "ceremony", "trip", "tour", "session", "hearing", "trial",
                    "consultation", "dialogue", "round", "withdrawal", "deployment",
                    "ceasefire", "cease-fire", "truce", "handover", "deadline", "operation"}
# Verbs by which an agreed, offered or promised act is carried out, taken up or kept: a
# negation on them denies the act itself ("the truce was never implemented", "the offer has
# not been taken up", "had never honoured their pledge"). Of the event as their object when
# active, as their subject when passive. ("Observed" is left out: a strike "not observed by
# monitors" still happened.)
_REALISE_VERBS = {"implement", "honour", "honor", "fulfil", "fulfill", "respect", "enforce",
                  "apply", "execute", "accept", "heed", "uphold", "deliver", "disburse",
                  # a measure enacted: "the sanctions were not adopted", "never imposed"
                  "adopt", "approve", "enact", "impose"}
_REALISE_WITH = {("take", "up"), ("put", "into"), ("bring", "into"), ("carry", "out"),
                 ("act", "on"), ("act", "upon"), ("follow", "through"), ("make", "good")}
# A promise kept: "kept its word" ("the talks were kept secret" keeps no promise)
_KEPT_NOUNS = {"pledge", "promise", "commitment", "vow", "word", "undertaking", "assurance",
               "guarantee", "bargain", "agreement", "deal", "ceasefire", "truce"}
# Verbs by which what was promised reaches its receiver or an event comes about at all
# ("the promised loan never arrived", "the offensive did not materialise").
_ARRIVE_VERBS = {"arrive", "materialise", "materialize", "transpire", "eventuate"}


# Verbs by which an arranged act is called off, as the passive of its event ("the meeting
# was cancelled", "the visit was scrapped"); "halted" or "suspended" stop what had begun.
_CANCEL_VERBS = {"cancel", "scrap", "abort", "rescind", "shelve", "axe", "avert", "foil",
                 "thwart", "forestall", "veto", "abandon"}
# Verbs of putting off, which call an act off only with no new date: "postponed indefinitely"
# ("suspended" or "adjourned" indefinitely stops talks or a session that took place: those
# happened; only what was put off had not yet)
_DEFER_VERBS = {"postpone", "delay", "defer"}
_DEFER_WITH = {("put", "off"), ("push", "back")}
_FOR_GOOD = {"indefinitely", "sine", "forever"}


# Verbs of calling off that also end what had begun ("the offensive was abandoned after three
# weeks", "the ceasefire was abandoned"): they deny an act only marked as arranged ahead.
_ENDING_TOO = {"abandon"}


def _not_begun(noun: Any, lemma: str) -> bool:
    """Whether the act called off by `lemma` ("cancelled", "abandoned") had not yet begun: any
    with a verb that only calls off; with "abandon", one marked as planned ("the planned
    offensive was abandoned")."""
    if lemma not in _ENDING_TOO:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _PLAN_MODS | {"due", "slated"}
               for c in noun.children)


def _put_off_for_good(verb: Any) -> bool:
    """ "The talks were postponed indefinitely", "put off the visit indefinitely"."""
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "npadvmod", "prep",
                                                             "dobj")}
    if lemma not in _DEFER_VERBS and not any((lemma, w) in _DEFER_WITH for w in words):
        return False
    return bool(words & _FOR_GOOD)


# Verbs of doing a deed oneself: with the doer named in a passive, the negation may deny only
# who did it ("the strike was not carried out by Israel"); taking up or honouring what another
# offered is denied whoever is named ("has not been taken up by the group").
_DEED_REALISE = {"execute", "apply", "deliver", "disburse", "carry", "put", "bring", "make"}


def _deed_by_named(verb: Any) -> bool:
    return verb.lemma_.lower() in _DEED_REALISE and any(c.dep_ == "agent"
                                                        for c in verb.children)


# A deal on paper is made when it is agreed or signed: "the deal announced in September never
# took effect" tells of a deal made whose terms were not carried out (those are planned; see
# hedges._deal_to). A truce, an offer or a pledge is itself the act that is or is not kept.
_PAPER_DEALS = {"deal", "agreement", "accord", "pact", "treaty", "memorandum", "protocol",
                "charter", "roadmap", "framework", "convention", "plan", "declaration"}


def _paper_deal(noun: Any) -> bool:
    return bool(noun.lemma_.lower() in _PAPER_DEALS)


def _in_effect(verb: Any) -> bool:
    """ "took effect", "was implemented": a verb of carrying out, not of coming about."""
    return verb.lemma_.lower() == "take" or _realises(verb)


def _realises(verb: Any, noun: Any = None) -> bool:
    """Whether `verb` carries out, takes up or keeps an act (see _REALISE_VERBS)."""
    lemma = verb.lemma_.lower()
    if lemma in _REALISE_VERBS:
        return True
    if lemma == "keep" and noun is not None:
        return bool(noun.lemma_.lower() in _KEPT_NOUNS)
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod", "acomp")}
    return any((lemma, p) in _REALISE_WITH for p in parts)


def _phrase_head(token: Any) -> Any:
    """The first conjunct of a coordinated noun predicate ("the strike and the raid")."""
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _anchor(token: Any) -> str | None:
    """How firmly a noun predicate presupposes its event.

    "fact": a relative clause states it happened ("strikes that killed 25 militiamen");
    "definite": a possessive or demonstrative ("Iran's missile attack", "those strikes");
    "the": a definite article, which can also name an expected event ("the strike would
    have killed ..."); None for verbs and indefinite or bare nouns ("an attack would ...").
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(_states_it_happened(c) for c in token.children):
        return "fact"
    kids = list(token.children)
    if not any(c.dep_ in ("det", "poss") for c in kids):
        kids = list(_phrase_head(token).children)  # "the strike and raid": shared determiner
    scheduled = token.lemma_.lower() in _SCHEDULED_NOUNS or token.lower_ in _SCHEDULED_NOUNS
    if not scheduled and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")
        for c in kids
    ):
        return "definite"
    if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those")
           or c.dep_ == "poss" for c in kids):
        return "the"
    return None


def _states_it_happened(rel: Any) -> bool:
    """A relative clause in the past indicative whose subject is the event ("the strike that
    killed him", "attacks which have displaced thousands")."""
    if rel.dep_ != "relcl":
        return False
    subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ not in ("WDT", "WP"):
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in rel.children):
        return False
    if any(c.dep_ in ("acomp", "xcomp") and c.lower_ in _PLAN_ADJS for c in rel.children) or (
            rel.lower_ in _PLAN_ADJS):
        return False  # "the strike that was due to begin on Monday": arranged, not done
    if rel.tag_ == "VBD":
        return True
    return rel.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were")
        for c in rel.children
    )


def _presupposed(phrase: Any, anchor: str, via: str, gov: Any) -> set[str]:
    """The cues that no longer reach a definite noun predicate once the walk leaves its noun
    phrase for `gov`. A clause about the event ("Iran's attack would be so precise that ...")
    or acting on it ("would retaliate for the strike", "did not expect the strike") takes
    the event as given. Clauses whose object is the event itself keep their say: verbs of
    deciding, wanting or stopping ("refused to approve the strike"), verbs that carry it out
    ("launched the offensive") and nouns like "the option of", "plans for"."""
    if anchor == "fact":
        return set(_ALL_BUT_REPORTED)
    lemma = gov.lemma_.lower()
    parts = {c.lower_ for c in gov.children if c.dep_ in ("prt", "prep", "advmod")}
    if via == "nsubj":
        if gov.pos_ not in ("VERB", "AUX") or lemma in _OCCUR_VERBS or lemma in _ARRIVE_VERBS:
            return set()
        if lemma in ("have", "be") and _yet_to_come_about(gov, phrase):
            return set()  # "the offensive has yet to begin": not given, denied
    elif via in ("dobj", "obj", "dative", "prep"):
        if _claims_authorship(gov, via) and not _claim_denied(
                gov if gov.pos_ in ("VERB", "AUX") else gov.head):
            # "the militia has not claimed the ambush": a named party disowning it, so the
            # ambush as theirs falls with the claim. With no claimant at all ("nobody has
            # claimed the ambush") the ambush itself is still taken as having happened.
            return set()
        if gov.pos_ in ("VERB", "AUX"):
            if lemma in _EXPECT_VERBS:
                return set(_ALL_BUT_REPORTED)
            if lemma in _LIGHT_VERBS or _cue_verb(lemma, parts) or _participates(gov):
                return set()
            if lemma in _RESTORE_VERBS:
                return set()  # "would restore the treaty's data sharing": a new round of it
            if _realises(gov, phrase) and not _paper_deal(phrase):
                return set()  # "had never honoured their pledge": the pledge kept is the act
            if lemma in _LEVEL_VERBS and phrase.lemma_.lower() in _LEVEL_NOUNS:
                return set()  # "has not changed the alert level": the change is the event
        elif gov.pos_ in ("NOUN", "PROPN"):
            if lemma in _NEG_NOUNS | _PLAN_NOUNS | _HYPO_NOUNS | _REPORT_NOUNS | _TERM_NOUNS:
                return set()
            if lemma in _TRACE_NOUNS and any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in gov.children):
                return set()  # "no sign of the offensive the bloggers foretold": not seen
        else:
            return set()
    else:
        return set()
    return set(_ALL_BUT_REPORTED) if anchor == "definite" else {"negated"}


# Verbs that bring back an act once done: the act restored is a new one, so the cues above
# reach it ("would never restore the treaty's data sharing", "might resume its strikes")
_RESTORE_VERBS = {"restore", "resume", "reinstate", "renew", "revive", "restart", "reopen",
                  "reimpose", "reintroduce", "reactivate", "relaunch", "reestablish",
                  "re-establish", "reinstitute"}


# What shows that an act is under way: "there was no sign of the promised incursion".
_TRACE_NOUNS = {"sign", "evidence", "indication", "trace", "proof", "hint"}


# The terms of a deal, which say what is to be done: "its clause on the withdrawal of heavy
# weapons was never put into effect" (the withdrawal is the term's content, not a given).
_TERM_NOUNS = {"clause", "provision", "article", "section", "term", "chapter", "annex",
               "protocol", "stipulation", "requirement", "obligation", "commitment"}


# Verbs by which a party takes an event as its own deed ("the rebels claimed the shelling",
# "took credit for the mortar fire"). "Admit" and "acknowledge" are left out: what one
# fails to admit is still presupposed to have happened.
_CLAIM_VERBS = {"claim", "own"}
_RESPONSIBILITY_NOUNS = {"responsibility", "credit", "authorship"}


def _claims_authorship(gov: Any, via: str) -> bool:
    lemma = gov.lemma_.lower()
    if gov.pos_ in ("VERB", "AUX"):
        return via in ("dobj", "obj") and lemma in _CLAIM_VERBS
    return via == "prep" and lemma in _RESPONSIBILITY_NOUNS and gov.dep_ in ("dobj", "obj") and (
        gov.head.lemma_.lower() in _CLAIM_VERBS | {"take", "accept", "assume"})


def _claim_denied(gov: Any) -> bool:
    """A claim verb whose subject is nobody at all ("no faction took credit", "none of the
    groups has claimed it"): this says nothing about whether the deed happened."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _negative_argument(c) for c in gov.children)


def _speech_participle(clause: Any) -> bool:
    """ "sent the mayor a letter, pleading for more police", "issued a statement, accusing the
    neighbours of ...": a participle of speech beside a verb of saying is the same act told
    by its manner, made by the speaker, not a report of it."""
    return clause.tag_ == "VBG" and (_cue_lemma(clause) in _SPEECH_ACTS or clause.lemma_.lower()
                                     in ("ask", "request", "demand", "appeal", "accuse"))


# Addressees of a communique's own formula: the issuer speaking to the nation at large.
_PUBLIC_ADDRESSEES = {"public", "citizen", "population", "nation", "people", "compatriot"}


def _performative(gov: Any) -> bool:
    """ "The Coast Guard Command notifies the public that two vessels were seized": the
    present-tense formula by which an issuing body makes its own statement to the public in a
    communique. Only that shape counts: the addressee is the public at large and the subject
    is a named body or "we". Sources informing a reporter or an agency ("residents inform us
    that ...", "local sources informed the agency ...") are telling, so it stays reported."""
    if _issuers_reminder(gov) or _writers_reminder(gov):
        return True
    if gov.lemma_.lower() not in ("inform", "notify") or gov.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("neg", "aux") for c in gov.children):
        return False
    addressee = next((c for c in gov.children if c.dep_ in ("dobj", "obj", "dative")), None)
    if addressee is None or addressee.lemma_.lower() not in _PUBLIC_ADDRESSEES:
        return False
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ == "we" or any(
        t.pos_ == "PROPN" for t in subj.subtree))


def _unrealised(clause: Any) -> bool:
    """A clause told as not yet done: a modal of the future or of possibility, or "to"."""
    return any(c.dep_ == "aux" and (c.lower_ in ("would", "could", "will", "'ll", "might", "may",
                                                 "can", "shall", "should", "to"))
               for c in clause.children)


def _done_before(node: Any, cond: Any) -> bool:
    """A plain simple past ("the convoy reached the town on Monday") with a present-tense
    condition ("... unless the road is cleared the aid may run out") that the parser hung on
    it: a finished act cannot wait on a condition set in the present, which restricts a
    later clause instead."""
    if any(c.dep_ == "acomp" and c.lower_ in _PLAN_ADJS for c in node.children):
        return False  # "stood ready to send doctors should Kabul ask": a state, not a deed
    return node.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in node.children) and (
        cond.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ == "MD"
                                           for c in cond.children))


def _participates(gov: Any) -> bool:
    """ "took part in the fighting", "participated in the raid", "was involved in the attack":
    the event coded is the participation, whose status is the clause's own."""
    lemma = gov.lemma_.lower()
    if lemma in ("participate", "engage", "involve"):
        return True
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part"
                                   for c in gov.children)


def _cue_verb(lemma: str, parts: set[str]) -> bool:
    return lemma in (_NEG_VERBS | _DENY_VERBS | _HYPO_VERBS | _PLAN_VERBS | _AUTH_VERBS
                     | _ALLEGE_VERBS) or any(
        (lemma, p) in _NEG_PARTICLE_VERBS | _AUTH_PARTICLE_VERBS for p in parts
    )


def _implicative(gov: Any) -> bool:
    """ "went on to shell the town", "proceeded to", "managed to": the infinitive happened
    (the parser can take it for a purpose clause)."""
    lemma = gov.lemma_.lower()
    return lemma in _IMPLICATIVE_VERBS or lemma == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in gov.children)


_IMPLICATIVE_VERBS = {"manage", "proceed", "succeed", "dare", "bother"}
# A journey whose purpose is a meeting ("the minister flies to Oslo on Monday to sign the
# accord", "delegates went to Geneva to hold talks"): the meeting is the business of the
# trip and takes the trip's status. Any other purpose, above all an attack or an arrest
# ("drove to the camp to arrest the suspects"), may still fail and stays hypothetical.
_TRAVEL_VERBS = {"travel", "fly", "go", "come", "head", "arrive", "return", "journey",
                 "sail", "drive"}
_MEETING_PURPOSES = {"meet", "sign", "hold", "discuss", "negotiate", "attend", "confer",
                     "visit"}


_BENCH = {"court", "judge", "tribunal", "magistrate", "justice", "panel", "arbitrator"}
# Tasks an order sends others to carry out, blows and inquiries: ordered, still to come.
_BLOWS = {"strike", "airstrike", "attack", "raid", "assault", "offensive", "bombardment",
          "bombing", "shelling", "operation", "counteroffensive", "counterattack", "invasion",
          "incursion", "assassination", "killing", "execution", "ambush", "storming",
          "investigation", "inquiry", "enquiry", "probe", "review", "audit", "trial", "hearing",
          # movements of troops an order sends them on ("ordered a withdrawal from the ridge")
          "withdrawal", "pullout", "pullback", "retreat", "deployment", "redeployment"}


def _order_given(verb: Any, via: str, measure: Any) -> bool:
    """ "ordered a curfew", "has ordered the evacuation of eleven villages", "ordered air
    strikes on Friday": an authority's order, given, puts the measure it names in force; it
    is planned only with a time still to come on it ("an offensive set to begin after the
    harvest", "an attack for next week"). Only a noun object of "order" in the past, not
    "ordered troops to withdraw" (an act asked of others) nor "approved the raid"."""
    if verb.lemma_.lower() != "order" or via not in ("dobj", "obj") or measure.pos_ != "NOUN" or (
            measure.lemma_.lower() in _BLOWS):
        return False  # "ordered a strike on the depot", "ordered an inquiry": still to be done
    if verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "neg" or c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")
            or c.dep_ == "auxpass" or c.dep_ == "nsubj" and c.lemma_.lower() in _BENCH
            for c in verb.children):
        return False  # a court's order waits on those who must carry it out
    later = [c for c in measure.children if c.dep_ in ("acl", "amod", "relcl")
             and (c.lemma_.lower() in _PLAN_ADJS | _PLAN_MODS or any(
                 g.lower_ in _PLAN_ADJS for g in c.children))]
    later += [c for c in [*measure.children, *verb.children] if c.dep_ == "prep"
              and c.lower_ in ("for", "from") and any(
                  g.ent_type_ in ("DATE", "TIME") for g in c.subtree)]
    later += [c for c in verb.children if c.dep_ in ("acl", "advcl", "xcomp")
              and c.lemma_.lower() in _PLAN_ADJS | {"set"}]
    # "an evacuation of the town, to be carried out next week", "a curfew to take effect on
    # Monday": an infinitive on the measure or the order tells what is still to come
    later += [c for c in [*measure.children, *verb.children] if c.dep_ in (
        "acl", "relcl", "advcl", "xcomp") and c.tag_ in ("VB", "VBN") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    return not later


def _meeting_act(act: Any) -> bool:
    """A meeting, a visit or talks: what an invitation arranges ("to visit Nairobi", "to
    resume talks", "to hold a round of negotiations", "for talks"); not an act asked of the
    guest ("invited the rebels to lay down their arms")."""
    lemma = act.lemma_.lower()
    if act.pos_ in ("NOUN", "PROPN"):
        return lemma in _SCHEDULED_NOUNS and lemma not in ("withdrawal", "deployment",
                                                           "operation", "handover")
    if lemma in _MEETING_PURPOSES - {"sign"}:
        return True
    return lemma in ("resume", "hold", "attend", "join", "open", "start") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _SCHEDULED_NOUNS | {"talks"}
        and c.lemma_.lower() not in ("withdrawal", "deployment", "operation", "handover")
        for c in act.children)


def _authorises(gov: Any) -> bool:
    lemma = gov.lemma_.lower()
    return lemma in _AUTH_VERBS or any(
        (lemma, c.lower_) in _AUTH_PARTICLE_VERBS for c in gov.children if c.dep_ in (
            "prt", "dobj", "prep")
    ) or lemma == "green-light"


def _unmarked_fronted_clause(node: Any) -> bool:
    """A complement clause before its verb is set off by punctuation ("The strike killed
    five, officials said"); one run straight into the verb's subject ("... the confrontation
    the hawks had sought") is a relative clause the parser attached upside down."""
    gov = node.head
    if node.i > gov.i:
        return False
    between = node.doc[node.right_edge.i + 1 : gov.i]
    if any(t.is_punct or t.is_quote for t in between):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > node.right_edge.i
               for c in gov.children)


def _stance(trigger: Any) -> bool:
    """A trigger that is itself the stated stance ("stands ready", "warned", "threatened"):
    a condition qualifies what it announces, not the announcing."""
    return trigger.pos_ == "ADJ" or trigger.lemma_.lower() in (
        "warn", "threaten", "vow", "pledge", "promise", "say", "insist", "declare")


def _own_conditional_readiness(node: Any, trigger: Any) -> bool:
    """ "Should the incursions go on, we stand ready to close the crossing", "our forces are
    prepared to respond if ...": a readiness held in the speaker's own voice under a
    condition is itself a hypothetical move; relayed ("X said it was ready to ... if") or told
    by a verb of warning, the stance is what was said."""
    if trigger.pos_ != "ADJ" or trigger.lemma_.lower() not in _PLAN_ADJS:
        return False
    clause = node
    for _ in range(3):
        if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in (
                _REPORT_VERBS | _HYPO_VERBS | _SPEECH_ACTS):
            return False
        if any(c.dep_ == "parataxis" and c.lemma_.lower() in _REPORT_VERBS
               for c in clause.children):
            return False
        if clause.dep_ not in ("conj", "xcomp", "acomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    return True


def _set_off_before(clause: Any, node: Any) -> bool:
    """ "Should Russian drones again endanger our population, our forces are prepared ...":
    an inverted condition put first and closed by a comma, which the parser may take for a
    complement of the verb after it (a question asks instead)."""
    end = clause.right_edge.i
    return clause.i < node.i and end + 1 < node.i and clause.doc[end + 1].text == "," and not any(
        t.text == "?" for t in node.sent)


# Verbs that say what a thing is for: "the strikes were intended to deter", "aimed at"
_PURPOSE_VERBS = {"aim", "intend", "design", "mean"}


def _inverted_were(be: Any) -> bool:
    """ "Were Beijing to send troops, ...": "were" opening its clause before its subject, in a
    sentence that asks nothing, is a condition and no arrangement."""
    if be.lower_ != "were" or be.i != be.left_edge.i and be.doc[be.i - 1].lower_ not in (
            ",", "and", "but", "or", ";", "—", "-"):
        return False
    if any(t.text == "?" for t in be.sent):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > be.i for c in be.children)


def _condition_word(clause: Any) -> Any | None:
    """The word that makes an adverbial clause a condition on its governor: "if"/"unless",
    or an inverted "should"/"were"/"had" before the clause's subject ("should the parties
    fail", "were the rebels to take it"); a clause that merely says when is none."""
    mark = next((g for g in clause.children if g.dep_ == "mark"), None)
    if mark is not None:
        if mark.lower_ in ("once", "when", "after") and mark.i > 0 and (
                mark.doc[mark.i - 1].lower_ == "only"):
            return mark  # "will sign only once Yerevan amends its constitution": a condition
        return mark if mark.lower_ in ("if", "unless") else None
    first = clause.left_edge
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if first.lower_ in ("should", "were", "had") and subj is not None and first.i < subj.i:
        return first
    if first.lower_ == "should" and subj is None and clause.i > first.i + 1 and (
            first.nbor(1).pos_ in ("DET", "NOUN", "PROPN", "PRON")):
        return first  # "should the fighting spread", with the subject misread as a compound
    return None


# Words opening a condition other than "if" and "unless": "provided (that) Tehran agrees",
# "as long as the truce holds", "on condition that the army pulls back", "assuming the rebels
# attack", "in the event that talks fail", "in case the militia returns". The parser hangs
# them anywhere (a preposition, an adverb, a participle), so they are read as the words just
# before the clause's subject.
_PROVISOS = (("provided", "that"), ("providing", "that"), ("provided",), ("providing",),
             ("on", "condition", "that"), ("on", "the", "condition", "that"),
             ("as", "long", "as"), ("so", "long", "as"), ("assuming", "that"), ("assuming",),
             ("in", "the", "event", "that"), ("in", "case"))


def _proviso(clause: Any) -> str | None:
    """The words of a condition (see `_PROVISOS`) opening `clause`, a verb with a subject of
    its own. "As long as" in the past beside a past clause tells how long ("as long as the
    siege lasted, the militia shelled the town"), not on what condition."""
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                 and c.i < clause.i), None)
    if subj is None:
        return None
    doc = clause.doc
    first = subj.left_edge.i
    if doc[first].lower_ in ("provided", "providing", "assuming") and doc[first].i == subj.i:
        first += 1  # "Assuming the rebels attack": the participle misread as the subject
    for words in _PROVISOS:
        start = first - len(words)
        if start < clause.sent.start or tuple(
                t.lower_ for t in doc[start:first]) != words:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[start].children):
            return None  # "the ministry provided that ...": the verb of its own clause
        if words[1:2] == ("long",) and clause.tag_ == "VBD" and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in clause.head.children):
            return None
        return " ".join(words)
    return None


def _restated_after(node: Any) -> bool:
    """A fronted clause that a later noun of speech sums up: "Moscow alleged that ..., an
    accusation Kyiv rejected". The parser hangs the clause on the later verb, but that verb
    answers the accusation; it does not deny that it was made."""
    gov = node.head
    if node.i > gov.i or _cue_lemma(gov) not in _DENY_VERBS:
        return False  # "..., the statement said" still reports the clause
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and node.i < c.i < gov.i
               and c.lemma_.lower() in _REPORT_NOUNS | {"allegation", "accusation", "charge"}
               for c in gov.children)


def _semicolon_apart(node: Any) -> bool:
    """A semicolon between a clause and the verb it hangs on: clauses so joined are each a
    statement of their own, whatever the parser made of them. So is a clause before a colon
    that the parser hung on the clause after it ("whether X will come remains unclear: Y never
    came"): what follows a colon explains what precedes it, it does not report it."""
    gov = node.head
    if node.i < gov.i:
        between = node.doc[node.right_edge.i + 1 : gov.i]
        return any(t.text in (";", ":") for t in between)
    between = node.doc[gov.i + 1 : node.left_edge.i]
    return any(t.text == ";" for t in between)


# A refusal that looks ahead ("will not", "would never") can wait on a condition; a past
# denial with "unless" ("did not attack, unless the witnesses lie") is a hedge on a fact.
_UNLESS_MODALS = {"will", "would", "wo", "'ll", "'d", "shall", "can", "ca", "could"}


def _same_telling(node: Any, trigger: Any) -> bool:
    """Whether the conjunct of `node` that holds `trigger` goes on with the same account:
    it shares the subject ("the guards crossed the canal and fired") or follows with a bare
    "and" ("troops shelled the village and militias burned the granary"); a clause set off
    by a comma or "but" ("..., and on Tuesday the UN condemned the attack") is told anew."""
    conj = next((c for c in node.children if c.dep_ == "conj"
                 and c.left_edge.i <= trigger.i <= c.right_edge.i), None)
    if conj is None or not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children):
        return True
    cc = next((c for c in node.children if c.dep_ == "cc" and c.i < conj.i), None)
    if cc is None or cc.lower_ != "and":
        return False
    return not any(t.is_punct for t in node.doc[cc.i - 1:cc.i + 1])


def _bare_conjunct(trigger: Any, node: Any) -> bool:
    """`trigger` is a bare verb coordinated with `node`, with no tense, modal or subject of its
    own ("would board and seize tankers")."""
    return trigger.head == node and trigger.dep_ == "conj" and trigger.tag_ == "VB" and (
        node.pos_ in ("VERB", "AUX")) and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in trigger.children)


def _negation_as_condition(note: Any) -> Any:
    def conditional(status: str, cue: Any) -> None:
        note("hypothetical" if status == "negated" else status, cue)
    return conditional


def _own_cues(node: Any, via: str | None, trigger: Any, note: Any) -> None:
    """Negation, modals, hedges and conditions attached to one clause on the path."""
    if via == "conj":
        # "did not respond and then attacked": the first verb's cues are its own; but a
        # negative subject the conjunct shares negates it too ("no one was killed or wounded")
        if trigger.head == node and trigger.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass") and _negative_argument(c):
                    note("negated", c)
        if trigger.pos_ == "VERB" and _disjoined(trigger, node):
            for c in node.children:
                if c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never":
                    note("negated", c)
        if _bare_conjunct(trigger, node):
            # "would stop and inspect ships": a bare verb joined to a modal verb shares the
            # modal (a verb with its own tense, "would board and seized", does not)
            for c in node.children:
                if c.dep_ == "aux" and c.tag_ == "MD" and c.i < node.i:
                    note("planned" if c.lower_ in _PLAN_MODALS else "hypothetical", c)
        for c in node.children:
            # "According to Dushanbe, the guards crossed the canal and fired", "spoke and
            # agreed to pull back, according to a readout": a source heading the sentence or
            # closing it after the conjunct vouches for every coordinated clause
            if c.dep_ == "prep" and c.lower_ == "according" and (
                    c.i > trigger.i or c.i == c.sent.start) and _same_telling(node, trigger):
                note("reported", "according to")
        return
    if any(c.dep_ == "aux" and c.lower_ in _UNLESS_MODALS for c in node.children) and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                      for m in c.children) for c in node.children):
        # "would sign nothing unless Kyiv dropped its demands": the refusal holds only until
        # the condition is met, so what it refuses is a possibility, not a denial
        note = _negation_as_condition(note)
    if node == trigger and node.lemma_.lower() == "expect" and any(
            c.dep_ == "auxpass" for c in node.children) and not any(
            c.dep_ in ("xcomp", "ccomp") for c in node.children):
        note("planned", node)  # "an envoy is expected in Gedaref in January": awaited, to come

    for c in _own_words(node, trigger):
        low = c.lower_
        if c.dep_ in ("neg", "aux") and _cut_off_before_subject(c, node):
            continue  # "Despite assurances that it would not, Turkey shelled ...": not its own
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and low in ("never", "neither")):
            if node != trigger and _epistemic(node):
                # "it is not clear whether troops fired": unknown; "it is not known who
                # fired the rockets": they were fired, only by whom is unknown
                if not any(g.tag_ in ("WP", "WDT") for g in trigger.children):
                    note("hypothetical", c)
            elif not _rules_out(node) and not (node != trigger and _litotes(node)):
                # "has not ruled out strikes": the governor's cue; "would not hesitate to
                # strike": no denial, the modal says what it is
                note("negated", c)
        elif c.dep_ == "advmod" and low == "longer" and any(
                g.lower_ in ("no", "not") for g in c.children):
            note("negated", c)  # "no longer considered itself bound": not any more
        elif c.dep_ == "cc" and _inverted_nor(c, node):
            note("negated", c)  # "Nor has Kabul handed them over": a denial that adds on
        elif c.dep_ == "aux" and (nor := next((g for g in c.children if g.i == c.i - 1 and (
                _inverted_nor(g, node))), None)) is not None:
            note("negated", nor)  # "...; neither did the army withdraw": hung on the auxiliary
        elif c.dep_ == "aux" and c.tag_ == "MD":
            if low in ("would", "'d", "should") and _polite_performative(node):
                continue  # "I would urge both ministers to meet": the urging is done here
            if low == "can" and _able_to_tell(node):
                continue  # "I can confirm that jets struck": the confirming is done here
            if low in _PLAN_MODALS or low in ("would", "'d") and _reported_future(node):
                note("planned", c)  # "said they would blockade Paris": a future in the past
            elif low == "should" and node.dep_ == "ccomp" and _hedges._mandate(
                    node.head, node) == "planned":
                note("planned", c)  # "agreed that the next round should be held in May"
            elif low in _HYPO_MODALS:
                note("hypothetical", c)
        elif c.dep_ == "det" and low in ("no", "neither") and node == trigger:
            note("negated", c)
        elif c.dep_ == "det" and low == "any" and node == trigger and node.pos_ == "NOUN":
            note("hypothetical", c)  # "would treat any strike as ...": no strike in particular
        elif c.dep_ in ("advmod", "amod") and low in _HYPO_MODS:
            note("hypothetical", c)
        elif c.dep_ == "amod" and node == trigger and (c.tag_ == "VBN" and (
                c.lemma_.lower() in _FOIL_VERBS | {"abort"}) or low in _UNDONE_PARTICIPLES):
            # "a foiled raid", "the aborted boarding", "a cancelled visit": cut off undone
            # (the tagger calls some of these adjectives)
            note("negated", c)
        elif c.dep_ in ("advmod", "amod") and low in _REPORT_MODS:
            note("reported", c)
        elif c.dep_ == "amod" and low in _PLAN_MODS and node == trigger:
            note("planned", c)
        elif c.dep_ == "mark" and low in _COND_MARKS and node.dep_ == "advcl":
            note("hypothetical", c)
        elif c.dep_ == "mark" and low in ("if", "unless") and node.dep_ in ("conj", "parataxis"):
            # "the shipment may leave, but only if the port reopens": a condition the parser
            # coordinated with the clause it restricts is a condition all the same
            note("hypothetical", c)
        elif (c.dep_ == "advcl" or c.dep_ == "ccomp" and (c.i > node.i or _set_off_before(
                c, node)) and c.left_edge.lower_ in ("should", "were", "had")) and (
                not _stance(trigger) or _own_conditional_readiness(node, trigger)
        ) and not _done_before(node, c) and (cond := _condition_word(c)) is not None:
            # "if they are not freed, we will ask the Council": the move waits on the
            # condition; the warning or the readiness that states it is made all the same
            note("hypothetical", cond)
        elif c.dep_ == "mark" and low in ("whether", "if") and node.dep_ in ("ccomp", "csubj"):
            # an indirect question: "asked whether Iran fired", "whether talks resume is
            # anyone's guess"
            note("hypothetical", c)
        elif c.dep_ == "prep" and low == "according":
            note("reported", "according to")
        elif c.dep_ == "prep" and _never(c):
            note("negated", c)  # "had at no time crossed the border", "at no point fired"
        elif c.dep_ in ("aux", "auxpass") and (
                neg := next((p for p in c.children if p.dep_ == "prep" and _never(p)), None)):
            # "At no point did the jets enter ...": the fronted phrase hung on the inverted
            # auxiliary by the parser denies the clause all the same
            note("negated", neg)
        elif c.dep_ == "conj" and c.i > node.i and (_closing_source(c) or _source_clause(c)):
            # "nine were killed and dozens wounded, according to the committee": a source
            # named at the end of coordinated clauses vouches for all of them
            note("reported", "according to")
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > node.i and _closing_source(c) and (
                c.right_edge.i + 2 >= c.sent.end):
            # "jets bombed the camp, killing nine, according to medics": the source that ends
            # the sentence after a trailing participle vouches for the clause it trails
            note("reported", "according to")
        elif (c.dep_ == "parataxis" and c.lemma_.lower() in _REPORT_VERBS
              and any(g.dep_ == "nsubj" for g in c.children)):
            note("reported", c)  # "..., officials said" (not "; no casualties were reported")
        elif (c.dep_ in ("nsubj", "nsubjpass", "dobj") and node == trigger
              and node.pos_ == "VERB" and _negative_argument(c)):
            note("negated", c)  # "no one was killed", "nobody fired": the clause is denied
        elif node == trigger and node.pos_ == "VERB" and _aimed_at_none(c):
            note("negated", c)  # "has withdrawn from none of its bases", "fired at no ship"
        elif (c.dep_ in ("nsubj", "nsubjpass") and via == "xcomp" and node.pos_ in ("VERB", "AUX")
              and _negative_argument(c)):
            note("negated", c)  # "neither missile was expected to fall": its subject's too
        elif (c.dep_ in ("nsubj", "nsubjpass") and node == trigger and node.pos_ == "VERB"
              and any(g.dep_ == "det" and g.lower_ == "any" for g in c.children)
              and any(a.dep_ == "aux" and a.tag_ == "MD" for a in node.children)):
            # "any landing would be met with force", "any boat that crosses will be seized":
            # what is done to whatever may come is a response still waiting on it
            note("hypothetical", c)
    if node == trigger and node.pos_ == "ADJ" and node.lemma_.lower() == "due":
        # the event is the expected visit itself: "is due in Kabul"; but "is ready to send"
        # states a readiness, which is the (asserted) event of an intention
        note("planned", node)
    if node == trigger and (start := _announced_start(node)) is not None:
        note("planned", start)  # "announced an operation starting on 12 November"
    elif node == trigger and _announced_gathering(node):
        note("planned", node.head)  # "the unions have announced a march on parliament"
    elif node == trigger and node.pos_ == "VERB" and (start := next((
            s for o in node.children if o.dep_ in ("dobj", "obj")
            if (s := _announced_start(o)) is not None), None)) is not None:
        # the announcing verb is the trigger ("announced an operation to clear the coast,
        # starting in early December"): what it announces is still to begin
        note("planned", start)
    # purpose clause: "(in order) to provoke a war"
    if (
        node.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
        and not any(c.dep_ == "mark" and c.lower_ in ("as", "after", "before", "when")
                    for c in node.children)
        and not _implicative(node.head)
        and not (node.head.lemma_.lower() in _TRAVEL_VERBS | {"invite"}
                 and node.lemma_.lower() in _MEETING_PURPOSES)
    ):
        note("hypothetical", _first_child(node, "aux") or node)
    if node.dep_ == "pcomp" and node.head.lower_ == "without" or (
        node.dep_ == "pobj" and node.head.lower_ == "without"
    ):
        note("negated", node.head)


# Verbs that undertake to hand something over, and what can be handed over: food, money,
# equipment, people. A pledge of such things is a delivery still to come ("pledged food
# packs", "promised $20 million", "a pledge of 500 troops"); a pledge of allegiance or of
# support, or a promise to look into something, is made in the saying.
_PLEDGE_WORDS = {"pledge", "promise", "offer", "vow", "earmark"}
_GOODS = {"aid", "assistance", "food", "pack", "parcel", "ration", "supply", "relief",
          "medicine", "medicament", "vaccine", "tent", "blanket", "shelter", "water", "fuel",
          "money", "fund", "funding", "grant", "loan", "credit", "cash", "compensation",
          "reparation", "dollar", "euro", "pound", "million", "billion", "troop", "soldier",
          "personnel", "peacekeeper", "observer", "police", "officer", "weapon", "arm",
          "ammunition", "munition", "equipment", "vehicle", "tank", "jet", "aircraft",
          "helicopter", "drone", "missile", "system", "battery", "ship", "vessel", "package",
          "consignment", "shipment", "donation", "housing", "seed", "fertilizer", "fertiliser"}


_MEASURES = {"tonne", "ton", "tonnes", "tons", "kilogram", "kilo", "litre", "liter", "barrel",
             "truckload", "load", "shipment", "consignment", "batch", "crate", "box", "sack",
             "bag", "convoy", "dose", "unit", "battalion", "brigade", "contingent", "company",
             "squadron", "battery", "delivery"}
_GOODS |= {"wheat", "grain", "flour", "rice", "maize", "corn", "sugar", "oil", "fuel",
           "rifle", "gun", "shell", "round", "artillery", "howitzer", "generator", "bread",
           "milk", "doctor", "nurse", "engineer", "trainer", "adviser", "advisor", "medic"}


def _pledged_goods(trigger: Any) -> set[int]:
    """The tokens of what `trigger` pledges if it pledges goods, money or people ("pledged
    food packs", "promised the villages EUR 2 million", "a pledge of 300 police officers");
    else nothing."""
    if _cue_lemma(trigger) not in _PLEDGE_WORDS:
        return set()
    if trigger.pos_ == "VERB":
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    else:
        objects = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    # "3,000 tonnes of wheat", "a shipment of rifles": the measure stands for what it measures
    objects += [g for o in objects if o.lemma_.lower() in _MEASURES or any(
                    c.dep_ == "nummod" for c in o.children)
                for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    goods = [o for o in objects if o.lemma_.lower() in _GOODS or o.ent_type_ == "MONEY"
             or any(t.lower_ in ("$", "€", "£") for t in o.subtree)]
    return {t.i for o in goods for t in o.subtree} if goods else set()


_ANNOUNCE_VERBS = {"announce", "unveil", "declare", "plan", "schedule"}


def _announced_start(noun: Any) -> Any | None:
    """A measure announced with the day it starts: "the army has announced a clearance
    operation starting on 12 November" (begun, it would be "launched" or "began"). The
    participle hangs on the noun or, as the parser often has it, on the announcing verb."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "obj") or (
            noun.head.lemma_.lower() not in _ANNOUNCE_VERBS):
        return None
    hangs = [c for c in noun.children if c.dep_ in ("acl", "relcl")] + [
        c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i]
    # "an operation to clear the hills, starting in March": hung on the operation's aim
    hangs += [g for c in hangs if c.dep_ in ("acl", "relcl") for g in c.children
              if g.dep_ == "advcl" and g.tag_ == "VBG"]
    # "starting on 12 November", or "to begin next week" / "which will start on Monday"
    return next((c for c in hangs if c.lemma_.lower() in ("start", "begin", "commence") and (
        c.tag_ == "VBG" or any(a.dep_ == "aux" and (a.tag_ == "TO" or a.lower_ in _PLAN_MODALS)
                               for a in c.children))), None)


_OCCASIONS = {"time", "point", "stage", "moment", "juncture"}
# Other phrases that say "never" or "not at all": "on no occasion", "in no way", "in no case",
# "under no circumstances" (not "in no time", "with no warning", "at no cost": the act is done)
_NEVER_PHRASES = {"at": _OCCASIONS, "on": {"occasion"}, "in": {"way", "case", "instance"},
                  "under": {"circumstance", "circumstances", "condition", "conditions"}}


# Protest gatherings, which an announcement sets for later: "announced a rally of their own",
# "unveiled a week of strikes" (a truce or sanctions announced are in force; not these)
_GATHERING_PROTESTS = {"rally", "march", "demonstration", "protest", "sit-in", "strike",
                       "boycott", "vigil", "walkout", "counter-rally", "counter-protest"}
_SETTING_VERBS = {"announce", "unveil", "schedule", "plan"}


def _announced_gathering(noun: Any) -> bool:
    """ "Turkmen groups have announced a rally of their own", "the unions scheduled a march":
    a protest gathering that its callers announce is still to happen (unless a phrase of its
    own places it as under way: "a strike that began on Monday")."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and (
        noun.lemma_.lower() in _GATHERING_PROTESTS) and (
        noun.head.lemma_.lower() in _SETTING_VERBS) and not any(
        c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBN", "VBG") and not any(
            a.dep_ == "aux" for a in c.children) for c in noun.children)


def _inverted_nor(word: Any, node: Any) -> bool:
    """ "Nor has anyone asked for their return", "Neither did the army withdraw": "nor" or
    "neither" opening the clause, the auxiliary put before the subject, denies the clause (not
    "neither side fired", "X and nor Y": a word inside the clause)."""
    doc = word.doc
    if word.lower_ not in ("nor", "neither") or word.i >= node.i or word.i + 1 >= len(doc):
        return False
    opens = word.i == word.sent.start or doc[word.i - 1].is_punct
    after = doc[word.i + 1]
    if not opens or after.pos_ != "AUX" and after.i != node.i:
        return False
    if after.i == node.i:
        # "Nor has anyone in Erbil, to my knowledge, asked ...": an aside between subject and
        # participle, and the parser made the auxiliary the clause's head, the participle an
        # adverbial clause under it
        # (the subject may even be read as its object: "Nor has any minister ... asked")
        return after.lemma_.lower() in ("have", "be", "do") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "dobj") and c.i > after.i
            for c in node.children) and any(c.pos_ == "VERB" and c.dep_ in (
                "advcl", "conj", "xcomp", "ccomp") and c.i > after.i for c in node.children)
    # the subject after the auxiliary, hung on the verb or (before an aside: "Nor did the
    # rebels, according to witnesses, attack") on the auxiliary itself
    return after.head.i == node.i and after.i < node.i and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > after.i
        for c in (*node.children, *after.children))


def _never(prep: Any) -> bool:
    """ "at no time", "at no point": a phrase that says "never"."""
    return prep.lower_ in _NEVER_PHRASES and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _NEVER_PHRASES[prep.lower_]
        and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children) for g in prep.children)


def _negative_argument(arg: Any) -> bool:
    """ "nobody", "nothing", "no one", "neither side", "not a single shot", "not one soldier":
    an argument that denies the clause."""
    if arg.lower_ in ("nobody", "nothing", "none", "neither"):
        return True
    before = [g for g in arg.children if g.i < arg.i]
    left = [t for g in before for t in g.subtree]
    if any(t.lower_ in _COMPARATIVES and t.nbor().lower_ == "than" for t in left
           if t.i + 1 < len(t.doc)):
        return False  # "no fewer than twenty civilians", "no more than a dozen": a number
    if any(g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") for g in before):
        return True
    if any(c.dep_ == "cc" and c.lower_ == "but" for g in before for c in g.children):
        return False  # "not one but three soldiers"
    # "not a single shot", "not one soldier", "not even one rocket"; not "not many rebels",
    # "not all the troops": some did
    zero = [g for g in before if g.lower_ in _NONE_QUANTITIES]
    return any(g.dep_ == "neg" for g in before) and bool(zero) or any(
        any(n.dep_ == "neg" for n in g.children) for g in zero)


# Prepositions whose object is where or at whom an act goes: "withdrew from none of its
# bases" denies the withdrawal ("with no warning", "in no time" do not deny the act)
_NONE_PLACES_PREPS = {"from", "at", "against", "into", "onto", "on", "toward", "towards"}
def _aimed_at_none(c: Any) -> bool:
    """A phrase of the verb, or of its particle ("pulled back from none of"), with "none" or
    "no" as the object of a preposition in _NONE_PLACES_PREPS."""
    preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep"] if (
        c.dep_ in ("prt", "advmod")) else []
    return any(p.lower_ in _NONE_PLACES_PREPS and any(
        g.dep_ == "pobj" and _negative_argument(g) and g.lemma_.lower() not in _NO_PRICE_WORDS
        for g in p.children) for p in preps)


# Nouns of what an act costs or how it goes, not where or at whom it goes: "at no cost", "at
# no extra charge", "at no risk to the crew", "on no notice": the act is done all the same.
_NO_PRICE_WORDS = {"cost", "charge", "expense", "price", "fee", "risk", "notice", "pace",
                   "speed", "rate", "profit", "loss", "premium", "penalty"}


# Words that make "not ..." deny every one of a kind, and comparatives of "no fewer than".
_NONE_QUANTITIES = {"a", "an", "one", "single", "any", "even", "once"}
_COMPARATIVES = {"fewer", "less", "more", "greater", "smaller"}


def _disjoined(trigger: Any, node: Any) -> bool:
    """Whether `trigger` is coordinated with `node` by "or"/"nor" and shares its subject and
    auxiliaries: "did not fire on, stop or board any vessel" denies all three acts (not "did
    not respond and then attacked")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in trigger.children):
        return False
    chain = [trigger]
    up = trigger
    while up.dep_ == "conj" and up.head != node and up.head != up:
        up = up.head
        chain.append(up)
    if up.head != node:
        return False
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
               for t in [node, *chain] for c in t.children)


def _cue_lemma(tok: Any) -> str:
    """The token's lemma, or the cue verb its inflected form belongs to when the lemmatizer
    missed it ("hopes" -> "hop")."""
    lemma = str(tok.lemma_).lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma in _CUE_VERBS:
        return lemma
    low = str(tok.lower_)
    for cut in ("s", "d", "es", "ed", "ing"):
        if low.endswith(cut) and low[: -len(cut)] in _CUE_VERBS:
            return low[: -len(cut)]
    for cut, add in (("ing", "e"), ("ed", "e"), ("ies", "y"), ("ied", "y")):
        if low.endswith(cut) and low[: -len(cut)] + add in _CUE_VERBS:
            return low[: -len(cut)] + add
    return lemma


# Verbs by which an act named by a noun comes about, is arranged or is done: "the summit has
# yet to be scheduled", "a joint patrol has yet to take to the road", "the operation is yet to
# begin" (what it has yet to do once done, "the sanctions have yet to bite", is no denial)
_YET_TO_COME = {"schedule", "set", "fix", "arrange", "hold", "convene", "sign", "agree",
                "approve", "finalise", "finalize", "launch", "open", "resume", "begin", "start",
                "take", "get", "materialise", "materialize", "happen", "occur", "come", "go",
                "reach", "arrive", "implement", "complete", "conclude", "proceed", "deploy",
                "enter", "leave", "depart", "ratify", "adopt", "pass", "announce"}


# What a deal on paper (or a truce) has yet to do once made: "the accord has yet to be
# ratified / implemented", "the truce has yet to take hold" tell of a deal made (review s12)
_DEAL_MADE_VERBS = {"sign", "agree", "finalise", "finalize", "conclude", "reach", "announce",
                    "materialise", "materialize", "happen", "occur", "come", "schedule", "set",
                    "fix", "arrange"}
_DEALS_MADE = _PAPER_DEALS | {"ceasefire", "truce", "arrangement", "understanding"}
# Objects by which "take" and "reach" tell what a done act has yet to achieve: "the sanctions
# have yet to take effect", "the deployment has yet to reach full strength", "talks have yet
# to reach a deal" (not "take place", "reach the town")
_YET_TO_ACHIEVE = {"effect", "hold", "root", "toll", "strength", "capacity", "level", "target",
                   "peak", "goal", "agreement", "deal", "accord", "conclusion", "decision",
                   "consensus", "breakthrough", "stage", "phase", "verdict", "settlement",
                   "compromise", "understanding", "point", "scale", "size", "result"}


def _own_words(node: Any, trigger: Any) -> list[Any]:
    """The children of `node`; for a noun trigger also the modifiers the parser hung on a
    compound before it ("the planned ground offensive": "planned" on "ground")."""
    kids = list(node.children)
    if node.i == trigger.i and node.pos_ == "NOUN":
        kids += [m for c in node.children if c.dep_ == "compound" and c.i < node.i
                 for m in c.children if m.dep_ == "amod" and m.i < c.i]
    return kids


def _yet_to_come_about(gov: Any, noun: Any | None = None) -> bool:
    """ "Has yet to be scheduled", "is yet to take place": a "have/be yet to" whose infinitive
    is a verb of coming about or being done (for a deal on paper, `noun`, a verb of making
    it: "the treaty has yet to be ratified" tells of a treaty signed)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children):
        return False
    deal = noun is not None and noun.lemma_.lower() in _DEALS_MADE
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _YET_TO_COME and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (not deal or c.lemma_.lower() in _DEAL_MADE_VERBS) and not (
            c.lemma_.lower() in ("take", "reach") and any(
                o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _YET_TO_ACHIEVE
                for o in c.children))
        for c in gov.children)


def _governor_cues(gov: Any, via: str, prep: str | None, note: Any, child: Any) -> None:
    """Cues carried by the word the path climbed to: a verb or noun governing the trigger."""
    lemma = _cue_lemma(gov)
    parts = {c.lower_ for c in gov.children if c.dep_ in ("prt", "prep", "advmod")}
    if via == "conj":
        return
    if via in ("advcl", "xcomp") and child.tag_ == "VB" and gov.pos_ in ("VERB", "AUX") and (
            tried := next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")
                           and c.lemma_.lower() in _NO_TRY_NOUNS and any(
                               d.dep_ == "det" and d.lower_ == "no" for d in c.children)),
                          None)) is not None:
        # "has taken no steps to expel them", "no order was given to shell the town": the
        # infinitive hung on the light verb of a try that was not made
        note("negated", tried)
    if via == "ccomp" and (cond := next((
            w for c in gov.children if c.dep_ == "ccomp" and c.i > child.i
            if (w := _condition_word(c)) is not None and w.dep_ != "mark"), None)) is not None:
        # "told us they would pull out should the rebels move on the town": the parser hung
        # the inverted condition beside the clause it conditions
        note("hypothetical", cond)
    if via == "ccomp" and _unrealised(child) and not any(
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in child.children) and (
            cond := next((
                m for c in gov.children if c.dep_ in ("conj", "parataxis") and c.i > child.i
                for m in c.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)
    ) is not None:
        # "told us the ferry would sail on Monday, but only if the storm passed" (the parser
        # coordinated the condition with the saying instead of the clause it restricts): it
        # restricts only the nearest clause, and only one not yet done; a past or past-perfect
        # clause ("had taken the bridge ... but only if") is a fact the condition cannot undo
        note("hypothetical", cond)
    if gov.pos_ in ("VERB", "AUX", "ADJ"):
        adj = _governing_adjective(gov, via)
        if adj is not None:
            low = adj.lower_
            if low in _NEG_ADJS or adj.lemma_.lower() in _NEG_ADJS:
                note("negated", adj)
            elif low in _HYPO_ADJS:
                note("hypothetical", adj)
            elif low in _PLAN_ADJS:
                note("planned", adj)
        elif via == "prep" and prep == "for" and lemma == "be" and (due := next(
                (c for c in gov.children if c.dep_ == "acomp"
                 and c.lower_ in ("due", "expected", "scheduled", "set")), None)) is not None:
            note("planned", due)  # "is due in Brasilia for talks": the talks are yet to come
        elif via in ("nsubj", "nsubjpass") and lemma == "be" and (due := next(
                (c for c in gov.children if c.dep_ == "acomp"
                 and c.lower_ in ("due", "scheduled", "set", "slated")), None)) is not None:
            note("planned", due)  # "talks are due to resume in Doha on 21 May"
        if via == "xcomp" and lemma in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children
        ):
            note("negated", "yet")  # "the rebels have yet to attack": not so far
        elif via in ("nsubj", "nsubjpass") and lemma in ("have", "be") and child.pos_ == "NOUN" \
                and _yet_to_come_about(gov, child):
            note("negated", "yet")  # "a summit has yet to be scheduled": not so far
        elif via == "xcomp" and lemma == "be" and (child.tag_ == "VB" or (
                child.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be"
                                            for c in child.children))) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and not any(
                c.dep_ in ("acomp", "attr") for c in gov.children):
            if _inverted_were(gov):
                note("hypothetical", gov)  # "were Beijing to send troops": a condition
            else:
                note("planned", gov)  # "the ministers are to meet next week": an arrangement
        if via == "prep" and prep == "from" and lemma in _BARRING_VERBS:
            note("negated", gov)  # "was barred from entering the zone": kept from doing it
        if lemma in _DENY_VERBS and via == "ccomp":
            note("negated", gov)
        elif lemma in _NEG_VERBS and via in ("xcomp", "ccomp", "dobj", "prep", "pcomp", "obj"):
            if lemma in _FOIL_VERBS and (gov.tag_ in ("VB", "VBG") or any(
                    c.dep_ == "aux" and c.tag_ in ("TO", "MD") for c in gov.children)):
                note("hypothetical", gov)  # "in an effort to thwart an attack": aimed at
            elif not (lemma == "deny" and via in ("prep",)):
                note("negated", gov)
        elif any((lemma, p) in _NEG_PARTICLE_VERBS for p in _particles(gov, child)):
            if _rules_out(gov) and any(c.dep_ == "neg" for c in gov.children):
                note("hypothetical", gov)  # "has not ruled out new strikes": still possible
            else:
                note("negated", gov)
        elif via == "nsubjpass" and lemma in _CANCEL_VERBS and _not_begun(child, lemma) or via in (
                "nsubjpass", "dobj", "obj") and _put_off_for_good(gov):
            note("negated", gov)  # "the summit was scrapped", "postponed the talks indefinitely"
        elif _authorises(gov) and via in ("xcomp", "dobj", "obj", "prep", "pcomp"):
            if not _order_given(gov, via, child):
                note("planned", gov)
        elif lemma == "suppose" and via == "xcomp" and any(
                c.dep_ == "auxpass" for c in gov.children) and not any(
                c.dep_ == "aux" and c.lower_ == "have" for c in child.children):
            # "the leaders are supposed to meet before the end of the year": what is arranged
            # or expected to happen; but "is supposed to have fired" is hearsay
            note("planned", gov)
        elif lemma == "invite" and via in ("xcomp", "advcl", "prep") and _meeting_act(child):
            # "invited both delegations to resume talks on Monday", "invited the president to
            # visit Nairobi": a meeting arranged by its host, as planned as any other
            note("planned", gov)
        elif lemma in _HYPO_VERBS and not _adjunct_clause(via, child) and (
            via in ("xcomp", "ccomp", "advcl", "pcomp")
            or (via in ("dobj", "obj") and lemma not in ("call", "ask"))
            or (via == "prep" and prep in ("for", "to", "into", "on", "from", "against"))
        ):
            if lemma != "call" or parts & {"for", "on"} or via != "dobj":
                note("hypothetical", gov)
        elif lemma in _PLAN_VERBS and via in ("xcomp", "ccomp", "dobj", "prep", "obj", "pcomp"):
            if not (via == "ccomp" and _settled_clause(child)):
                note("planned", gov)  # but "agreed that the incursion was unacceptable"
        elif lemma in _PLAN_VERBS and via == "nsubjpass" and lemma not in _PURPOSE_VERBS:
            # "a second round of talks is scheduled for June"; but "the blockade is aimed at
            # starving the town" says what an event is for, not that it is yet to come
            note("planned", gov)
        elif lemma in _REPORT_VERBS and via in ("ccomp", "parataxis", "advcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and _negative(c) for c in gov.children
        ) and not _performative(gov) and not (via == "advcl" and _speech_participle(child)):
            note("reported", gov)  # but "no casualties were reported" attributes nothing
        elif lemma in _ALLEGE_VERBS and via == "prep" and prep in ("of", "for"):
            note("reported", gov)  # "accused each other of firing": an allegation
        elif lemma in _REPORT_VERBS and via in ("dobj", "obj") and any(
                t.dep_ == "acl" and t.tag_ == "VBG" for t in child.subtree):
            note("reported", gov)  # "residents reported columns of vehicles moving in"
        elif lemma in _REPORT_VERBS and via == "xcomp" and (
                any(c.dep_ == "auxpass" for c in gov.children) or lemma in ("claim", "allege")):
            note("reported", gov)  # "was reported to have burned", "claims to have downed"
        if via == "xcomp" and _binding_terms(gov) is not None:
            note("planned", gov)  # "the accord obliges both sides to pull back": its terms
        if via == "prep" and prep == "for" and (none := _nothing_set(gov)) is not None:
            note("negated", none)  # "no date has been set for another round of talks"
        # "before reversing the decision", "called off": a cancel verb conjoined or subordinated
        linked = [c for c in gov.children if c.dep_ in ("conj", "advcl")]
        linked += [g for c in gov.children if c.dep_ == "prep"
                   for g in c.children if g.dep_ == "pcomp"]
        for c in linked:
            if c.i == child.i:
                continue  # "shelled the town before pulling back": the retreat itself happened
            if any(m.dep_ == "mark" and m.lower_ in _COND_MARKS for m in c.children):
                continue  # "may lift the siege, but only if hostages are freed": a condition
            if (
                c.lemma_.lower() in ("reverse", "cancel", "abort", "scrap", "rescind", "abandon")
                or any((c.lemma_.lower(), g.lower_) in _NEG_PARTICLE_VERBS for g in c.children)
            ):
                note("negated", c)
    elif gov.pos_ in ("NOUN", "PROPN"):
        if via in ("acl", "relcl", "prep", "compound", "ccomp", "xcomp", "amod") and (
                prep != "after"):
            if lemma in _NEG_NOUNS:
                note("negated", gov)
            elif lemma in _PLAN_NOUNS:
                note("planned", gov)
            elif lemma in _HYPO_NOUNS:
                note("hypothetical", gov)
            elif via in ("acl", "relcl") and _open_infinitive(gov, child):
                note("hypothetical", gov)  # "every reason to strike", "in no position to pay"
            elif lemma in _REPORT_NOUNS and via in ("acl", "ccomp", "prep"):
                denier = gov.head if gov.dep_ in ("dobj", "obj") else None
                if denier is not None and denier.lemma_.lower() in _DENY_VERBS:
                    note("negated", denier)  # "rejected claims that its jets bombed ..."
                else:
                    note("reported", gov)
        if via in ("acl", "relcl") and (start := _announced_start(gov)) is not None:
            note("planned", start)  # "announced an operation to clear the coast, starting ..."
        if any(c.dep_ == "det" and c.lower_ == "no" for c in gov.children) and lemma in (
            "evidence", "sign", "indication", "proof", "report", "plan", "intention",
        ):
            note("negated", gov)
        elif via == "acl" and lemma in _NO_TRY_NOUNS and child.tag_ == "VB" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in gov.children):
            # "made no move to reopen the embassy", "has taken no steps to expel them", "no
            # attempt was made to retake the town": a try that was not made denies its act
            note("negated", gov)
    elif gov.lower_ == "according":
        note("reported", "according to")


_UNDONE_PARTICIPLES = {"aborted", "foiled", "thwarted", "averted", "cancelled", "canceled",
                       "scrapped", "vetoed", "abortive", "stillborn"}
# Verbs that keep someone from an act named by "from": "barred from entering", "banned from
# holding rallies" ("prevent" and "stop" say it by their own entries)
_BARRING_VERBS = {"bar", "debar", "ban", "prohibit", "forbid", "preclude", "keep"}
# Nouns whose infinitive is a reason, a standing or a licence to act, not a deed: "has every
# reason to retaliate", "is in no position to pay", "in talks to buy", "under no obligation to"
_OPEN_NOUNS = {"reason", "position", "talk", "negotiation", "obligation", "duty", "power",
               "licence", "license", "freedom", "leeway", "room", "incentive", "excuse",
               "pretext", "justification", "ground", "need", "temptation", "urge", "case"}


def _open_infinitive(noun: Any, verb: Any) -> bool:
    """ "has every reason to retaliate", "is in no position to pay", "in talks to buy": the
    act is a reason, a standing or an aim, not a deed (see _OPEN_NOUNS); but not one ranked
    ("the only reason to stay")."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if noun.lemma_.lower() not in _OPEN_NOUNS:
        return False
    return not any(c.dep_ in ("amod", "advmod", "det") and (
        c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "last", "only", "next", "second")
    ) for c in noun.children)


# Nouns of trying or setting about an act: with "no" they say it was not set about
_NO_TRY_NOUNS = {"attempt", "effort", "move", "step", "bid", "push", "order", "decision"}


_EPISTEMIC = {"clear", "known", "certain", "sure", "evident", "confirmed", "established",
              "apparent", "obvious"}


def _epistemic(node: Any) -> bool:
    """ "is not clear", "was not known": a copula saying what is known, not what happened."""
    return node.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in _EPISTEMIC
                                       for c in node.children) or (
        node.lemma_.lower() in ("know", "confirm", "establish")
        and any(c.dep_ == "auxpass" for c in node.children))


def _litotes(verb: Any) -> bool:
    """ "would not hesitate to", "will not shy away from": a negated reluctance."""
    return verb.lemma_.lower() in ("hesitate", "shy", "flinch", "balk", "baulk")


def _particles(verb: Any, child: Any) -> set[str]:
    """The particle-like words of `verb`, reached from `child`: a preposition with an object
    of its own other than `child` is no particle ("hold a drill off Jeju" is not "hold off";
    "decided against the strike", "called off the talks" keep theirs)."""
    return {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and not _before_place(c)
            or c.dep_ == "prep" and not any(g.dep_ == "pobj" and g.i != child.i
                                            for g in c.children)}


def _before_place(word: Any) -> bool:
    """A particle after the verb's object and right before a name is the preposition of a
    place ("hold a drill off Jeju"), not part of the verb ("called the strike off")."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and any(
        c.dep_ in ("dobj", "obj") and c.i < word.i for c in word.head.children)


def _rules_out(verb: Any) -> bool:
    return verb.lemma_.lower() in ("rule", "exclude") and (
        verb.lemma_.lower() == "exclude" or any(c.lower_ == "out" for c in verb.children))


def _settled_clause(clause: Any) -> bool:
    """A finite "that" clause in the present or past with no modal: a judgement agreed or
    decided on, not an act still to come."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in aux) or clause.tag_ == "VB":
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ in ("VBD", "VBZ", "VBP")
                                                       for c in aux)


def _governing_adjective(gov: Any, via: str) -> Any | None:
    """The adjective that takes the trigger's clause: the governor itself ("unlikely" in "is
    unlikely to strike") or the predicate adjective of a copula ("it is possible that ...")."""
    if gov.pos_ == "ADJ" and via == "xcomp":
        return gov
    if via == "ccomp" and gov.lemma_.lower() == "be":
        return next((c for c in gov.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    return None


# Verbs of asking and advising a speaker performs by saying them, softened with "would":
# "I would urge both sides to talk", "we would ask Moscow to explain".
_PERFORMATIVES = {"urge", "ask", "appeal", "call", "suggest", "recommend", "encourage", "invite",
                  "request", "propose", "remind", "implore", "advise", "caution", "warn", "plead",
                  "beg", "press", "echo", "welcome", "stress", "underline", "emphasise",
                  "emphasize"}


def _polite_performative(node: Any) -> bool:
    """ "I would urge both to use it", "we would call on all parties to": a speaker's own
    request in the first person, toned down by "would"; it is made, not imagined (not "I
    would have urged", nor one under a condition: "if asked, I would urge ...")."""
    if node.lemma_.lower() not in _PERFORMATIVES or node.tag_ != "VB":
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "be") for c in node.children):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _COND_MARKS
                                     for m in c.children) for c in node.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in node.children)


# Verbs that settle what is to happen: "agreed that the meeting would go ahead".
_SETTLING_VERBS = {"agree", "decide", "confirm", "announce", "promise", "pledge", "resolve",
                   "undertake", "guarantee", "assure"}


def _reported_future(node: Any) -> bool:
    """A "would" clause that is the content of a reporting verb, with no condition on it."""
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in _REPORT_VERBS | _SETTLING_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in node.children):
        return False  # "agreed the attack would have been worse": a counterfactual, no plan
    return not any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _COND_MARKS
                                             for g in c.children) for c in node.children)


def _question(token: Any) -> bool:
    """Whether the sentence part holding the trigger ends in a question mark ("Q: Did the
    troops fire back? A: They did not." can come as one sentence)."""
    sent = token.sent
    asked = False
    for t in token.doc[token.i : sent.end]:
        if t.text in (".", "!", "?"):
            asked = t.text == "?"
            break
    else:
        asked = bool(sent.text.rstrip().rstrip('"\'”’)').endswith("?"))
    if not asked:
        return False
    # "Why did Israel strike the convoy?" takes the strike as given; "Did it strike?" does not
    start = sent.start
    for t in token.doc[sent.start : token.i]:
        if t.text in (".", "!", "?", ":"):
            start = t.i + 1
    opener = next((t for t in token.doc[start : token.i + 1] if not (t.is_punct or t.is_space)),
                  None)
    return opener is None or opener.lower_ not in _WH_WORDS


_WH_WORDS = {"why", "who", "whom", "whose", "when", "where", "how", "what", "which"}


def _past_beside_modal(node: Any) -> bool:
    """ "said that the army would pursue them and appealed for help": a past-tense verb with no
    subject of its own, coordinated with a modal clause under a speech verb, goes with the
    speech verb (the tenses do not match), not with what was said."""
    head = node.head
    prev = next((t for t in reversed(node.doc[head.i : node.i])
                 if not (t.is_punct or t.is_quote)), None)
    # "says Ethiopia will not stay landlocked and calls on Asmara to ...": a present tense
    # matching the speech verb's goes with it the same way
    tense = node.tag_ == "VBD" or node.tag_ in ("VBZ", "VBP") and head.head.tag_ == node.tag_
    return (tense and head.dep_ == "ccomp" and head.tag_ == "VB"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            # "... and appealed": no noun the parser could have taken from its subject
            and prev is not None and prev.pos_ in ("CCONJ", "ADV"))


def _closing_source(clause: Any) -> bool:
    """Whether a clause ends the sentence with ", according to ..." (its last dependent)."""
    kids = [c for c in clause.children if not c.is_punct and c.i > clause.i]
    if not (kids and kids[-1].dep_ == "prep" and kids[-1].lower_ == "according"
            and clause.doc[kids[-1].i - 1].text == ","):
        return False
    # one sentence only: a missed full stop or a footnote mark ("personnel.[4] Not much ...")
    # ends the clauses the source could vouch for
    between = clause.doc[clause.head.i + 1 : kids[-1].i]
    return not any(t.text in (".", "!", "?", ";", ":") or "[" in t.text or "]" in t.text
                   for t in between)


def _source_clause(clause: Any) -> bool:
    """ ", according to a police statement issued the next day": the parser may make the
    participle a subjectless conjunct of the main verb with the source hung on it; the
    source still closes the main clause."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    src = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "according"
                and c.i < clause.i), None)
    if src is None or clause.doc[src.i - 1].text != ",":
        return False
    between = clause.doc[clause.head.i + 1 : src.i]
    return not any(t.text in (".", "!", "?", ";", ":") for t in between)


def _finite(tok: Any) -> bool:
    return tok.tag_ in ("VBZ", "VBD", "VBP")


def _negative(tok: Any) -> bool:
    return tok.lower_ in ("none", "nothing", "nobody") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    )


def _is_temporal(node: Any) -> bool:
    if node.dep_ == "pcomp":
        return node.head.lower_ in _TEMPORAL_MARKS - {"before", "until"}
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
        return False  # "would go as far as to strike", "so as to": an infinitive tells no time
    return any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS - {"once"}
               # "did not intervene when the crowd marched": "when" read as the clause's adverb
               # (past: "will respond when the rebels attack" waits on the attack)
               or c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ == "when" and c.i < node.i
               and node.tag_ == "VBD"
               for c in node.children)


_TIME_NOUNS = {"day", "moment", "minute", "hour", "instant", "time", "night", "morning"}


def _future_time_clause(clause: Any, own: bool = True) -> Any | None:
    """The modal of the clause a present-tense time clause hangs on ("would halt shipments as
    soon as a tanker is hit", "will strike back the moment a rocket lands"), else None."""
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    # "said there would be no handover until Baghdad let them go": a past tense shifted back
    # under a reported "would" tells a time still to come as well
    # (only the clause's own act: "until the shelling stopped" does not put off the shelling)
    shifted = own and clause.tag_ == "VBD" and len(verbs) == 1 and clause.dep_ != "relcl"
    if not shifted and (not any(v.tag_ in ("VBZ", "VBP") for v in verbs) or any(
            v.tag_ in ("VBD", "MD") or v.lower_ in ("has", "have") for v in verbs)):
        return None
    if clause.dep_ == "relcl":
        # "the day a vessel is sunk": a relative clause on a time noun set beside the verb
        if clause.head.lemma_.lower() not in _TIME_NOUNS or clause.head.dep_ not in (
                "npadvmod", "pobj", "advmod", "dobj"):
            return None
        governor = clause.head.head
    elif any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever")
             for c in clause.children):
        return None  # "would propose a plan when the ministers meet": read by the walk itself
    elif _future_mark(clause):
        governor = clause.head if clause.dep_ == "advcl" else clause.head.head
    else:
        return None
    # over "as soon as", a preposition, or the non-finite verb the clause dates ("would stop
    # sending ships the day ...") to the verb that carries the modal
    for _ in range(3):
        if governor.pos_ in ("ADV", "ADP") or governor.dep_ in ("xcomp", "conj") and not any(
                c.dep_ == "aux" for c in governor.children):
            governor = governor.head
    modal = next((c for c in governor.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if shifted and (modal is None or modal.lower_ not in ("would", "'d")):
        return None
    return modal


# Marks of a clause telling when a later act is to come: "will respond after the rebels attack",
# "once a tanker is hit", "as soon as rockets land" ("as", "while", "because" and "since" alone
# tell a cause or what goes on meanwhile: "prices will rise as rebels attack ships").
_FUTURE_MARKS = {"after", "before", "until", "till", "once"}


def _future_mark(clause: Any) -> bool:
    if clause.dep_ == "pcomp":
        return clause.head.lower_ in _FUTURE_MARKS
    if clause.dep_ != "advcl":
        return False
    return any(c.dep_ in ("mark", "advmod") and (
        c.lower_ in _FUTURE_MARKS or c.lower_ == "as" and clause.head.lower_ in ("soon", "long"))
        for c in clause.children)


def _first_child(node: Any, dep: str) -> Any | None:
    return next((c for c in node.children if c.dep_ == dep), None)


def _adjunct_clause(via: str, clause: Any) -> bool:
    """ "asked the Council for a session, accusing Pristina of ...", "urged calm, warning that
    ...": a participle set off after a verb of asking or urging is a second act of its doer,
    told beside the first, not the act asked for (which an infinitive or a "that" names). So
    is a "when" clause: "would propose a plan when the ministers meet" dates the proposal."""
    if via != "advcl":
        return False
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whenever", "while")
           and c.i < clause.i for c in clause.children):
        return True
    return clause.tag_ == "VBG" and clause.i > clause.head.i and not any(
        c.dep_ in ("mark", "aux") for c in clause.children) and any(
        t.lower_ == "," for t in clause.doc[clause.head.i : clause.i])


# Verbs whose "of" phrase is the charge (praise, thanks and condemnation grant the deed).
_ACCUSING = {"accuse", "charge", "suspect", "allege", "indict"}


def _accused_of(verb: Any, party: Any) -> bool:
    """A verb of accusing whose object (the party accused) carries the "of" phrase that the
    walk climbed through: "accused the rebels of attacking", "suspected the guards of
    smuggling"."""
    return _cue_lemma(verb) in _ACCUSING and party.pos_ in ("NOUN", "PROPN", "PRON") and any(
        c.dep_ == "prep" and c.lower_ in ("of", "with") for c in party.children)


# Verbs that bind a party to an act: what a deal, a law or a ruling obliges someone to do is
# its terms, not a deed done ("the accord obliged both sides to hand in heavy weapons").
_OBLIGING = {"oblige", "obligate", "require", "bind", "commit", "compel"}
# What binds: a deal, a law, a ruling, an order (a battle that "obliged residents to flee"
# forced a deed that happened).
_BINDING = {"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "armistice",
            "settlement", "protocol", "memorandum", "arrangement", "plan", "roadmap", "framework",
            "law", "act", "bill", "decree", "ordinance", "regulation", "rule", "ruling",
            "resolution", "verdict", "judgment", "judgement", "order", "injunction", "mandate",
            "constitution", "charter", "convention", "term", "clause", "provision", "article",
            "code", "statute", "sanction", "directive"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}


def _binding_terms(verb: Any) -> Any | None:
    """The deal or law by which `verb` (oblige, require, bind, commit) lays a duty on a party:
    its subject ("the truce requires both armies to withdraw"), its agent ("were obliged by
    the ruling to leave") or an "under" phrase ("under the deal, both sides are bound to
    ..."); or the verb itself, passive in the present ("are required to hand in their
    weapons by March"): a duty still standing, not yet met."""
    if _cue_lemma(verb) not in _OBLIGING or verb.pos_ not in ("VERB", "ADJ"):
        return None
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj") and c.lemma_.lower() in _BINDING:
            return c
        if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "under") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _BINDING for g in c.children):
            return c
    if any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE for c in verb.children):
        return verb
    return None


# Verbs that take a charge, a claim or a demand as their object: "a charge that the elders
# rejected", "the claim that officials repeated".
_CLAIM_HANDLING = _DENY_VERBS | {"make", "level", "repeat", "echo", "file", "bring", "press",
                                 "drop", "withdraw", "raise", "voice", "issue", "accept",
                                 "endorse", "back", "retract", "lodge", "table", "ignore"}


def _object_gap(verb: Any) -> bool:
    """ "A charge that a spokesman rejected as an excuse": a clause on a noun, opened by
    "that", whose verb of handling a claim lacks its own object, is a relative clause on
    that noun (the parser took it for the noun's content)."""
    if _demanded_content(verb):
        return False  # "rejected demands that its troops withdraw": what is demanded
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and _cue_lemma(
        verb) in _CLAIM_HANDLING and any(c.dep_ == "mark" and c.lower_ == "that"
                                         for c in verb.children) and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)


def _demanded_content(verb: Any) -> bool:
    """ "Demands that its troops withdraw", "a call that both armies pull back": a clause
    on a noun of calling, demanding or planning with a bare verb or a modal is what the
    noun asks for (its content), not a relative clause on it ("the demands that Moscow
    dropped": a past tense is)."""
    head = verb.head
    if verb.dep_ not in ("acl", "relcl") or head.lemma_.lower() not in _HYPO_NOUNS | _PLAN_NOUNS:
        return False
    return verb.tag_ in ("VB", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _heading_source(token: Any) -> bool:
    """ "According to the indictment read out in court, the defendants were among the fighters
    who attacked the village": a source heading the sentence, closed by a comma before the
    event, vouches for all of it, wherever the parser hung "according"."""
    sent = token.sent
    words = [t for t in sent if not (t.is_space or t.is_punct and t.lower_ != ",")]
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return False
    comma = next((t for t in words[2:] if t.lower_ == ","), None)
    if comma is None or comma.i >= token.i:
        return False
    # "..., and on Tuesday the UN condemned the attack": a clause set off by a comma and a
    # conjunction is told anew by the writer
    between = [t for t in words if comma.i < t.i < token.i]
    return not any(a.lower_ in (",", ";") and b.pos_ == "CCONJ"
                   for a, b in zip(between, between[1:], strict=False))


# Verbs by which an issuer restates what it holds as known: "We recall that ...", "We stress
# that ...".
_REMINDING = {"recall", "remind", "note", "stress", "emphasise", "emphasize", "reiterate",
              "underline", "underscore", "reaffirm", "repeat"}


def _issuers_reminder(gov: Any) -> bool:
    """ "We recall that since 2021 the Belarusian authorities have been steering migrants to
    the border": a communique's "we" restating, in the present, what it holds as known is
    the issuer's own statement, not a report of someone else's. Not inside a quotation (a
    speaker quoted saying "we note that ..." is still quoted)."""
    if _cue_lemma(gov) not in _REMINDING or gov.tag_ != "VBP" or any(
            c.dep_ in ("neg", "aux") for c in gov.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in gov.children):
        return False
    text = gov.doc.text
    start = text.rfind("\n", 0, gov.idx) + 1
    before = text[start:gov.idx]
    return before.count('"') % 2 == 0 and before.count("\u201c") <= before.count("\u201d")


def _that_clause(relcl: Any) -> bool:
    """ "no evidence that Kyiv asked Berlin for arms": a clause the parser hung as a relative
    one but whose "that" is a mark, filling no gap: it tells the noun's content."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in relcl.children)


def _set_off(relcl: Any) -> bool:
    """A relative clause set off by a comma ("the M23 rebels, who seized Bunagana"): added by
    the writer, not part of the account it sits in."""
    first = relcl.left_edge
    return first.i > first.sent.start and relcl.doc[first.i - 1].lower_ in (",", "(", "—")


# Arranging verbs whose denied subject leaves the occasion unarranged: "no date has been set
# for the talks", "no time was fixed for the handover".
_ARRANGED_FOR = {"set", "fix", "schedule", "agree", "announce", "give", "name", "pencil"}
_WHENS = {"date", "time", "timetable", "timeline", "deadline", "day", "venue", "schedule"}


def _nothing_set(verb: Any) -> Any | None:
    """The "no" of "no date has been set for ..." (the occasion is not arranged at all)."""
    if _cue_lemma(verb) not in _ARRANGED_FOR:
        return None
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _WHENS:
            no = next((d for d in c.children if d.dep_ == "det" and d.lower_ == "no"), None)
            if no is not None:
                return no
    return None


# Verbs by which a speaker vouches for a fact; "can" on them in the first person is the
# vouching itself ("I can confirm that ...", "we can tell you that ..."), not an ability.
_VOUCHING = {"confirm", "say", "tell", "report", "reveal", "announce", "disclose", "verify",
             "assure", "state"}


def _able_to_tell(node: Any) -> bool:
    """ "I can confirm that US aircraft struck the radar sites", "we can report that ...": a
    first-person "can" on a verb of vouching, not negated, is the statement made; but "I
    cannot confirm", "they can confirm" (an ability of others) keep the modal."""
    if node.lemma_.lower() not in _VOUCHING or node.tag_ != "VB":
        return False
    if any(c.dep_ == "neg" for c in node.children):
        return False
    if not any(c.dep_ in ("ccomp", "dobj") for c in node.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in node.children)


def _fronted_main_clause(clause: Any) -> bool:
    """ "Despite repeated warnings that it would not, Israel carried out strikes": a finite
    clause with a subject of its own, after the comma that closes a fronted phrase, which the
    parser hung on the phrase's noun as a modifier. It is the sentence's main clause; what
    the fronted phrase says (warnings, threats, calls) does not govern it."""
    if clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subj = max((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.i < clause.i), key=lambda c: c.i, default=None)
    if subj is None or subj.tag_ in ("WDT", "WP"):
        return False
    first = clause.doc[subj.left_edge.i]
    if first.i == 0 or clause.doc[first.i - 1].text != ",":
        return False
    if any(c.dep_ == "mark" and c.i > first.i for c in clause.children):
        return False  # "warnings that, if pressed, Israel would strike": the warning's own
    opener = clause.sent[0] if clause.sent.start < clause.head.i else clause.head
    return opener.i < clause.head.i and opener.lower_ in _FRONTED_OPENERS


# Words opening a fronted phrase or clause before the main one.
_FRONTED_OPENERS = {"despite", "notwithstanding", "in", "after", "before", "amid", "following",
                    "ignoring", "defying", "unlike", "like", "since", "although", "though",
                    "while", "instead", "rather"}


def _backshifted(token: Any, clause: Any) -> bool:
    """ "The delegate said London had frozen the assets", "the minister told deputies that an
    officer had been detained": a government's account backshifted into the past perfect is
    indirect speech the writer relays in the speaker's terms (a meeting summary, a debate),
    not the government owning its act as "Israel said it conducted a strike" does. True when
    a verb from the event up to the reported clause `clause` carries "had". Not when that
    verb's doer is the speaker itself, by a pronoun ("Kenya said it had expelled two
    diplomats", "said its police had arrested ..."): the backshift is the tense of any
    report, and the government still owns its act."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and _past_perfect_clause(node):
            return not _speaker_as_doer(node)
        if node.i == clause.i or node.head.i == node.i:
            return False
        node = node.head
    return False


def _speaker_as_doer(verb: Any) -> bool:
    """The subject of `verb` (or its possessor) is a pronoun of the speaker: "it", "they",
    "we", "its troops", "our police". Not for an act done "with" another party ("said it had
    agreed with Ethiopia to ..."): one side cannot own a joint act alone."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    return subj.lower_ in _SPEAKER_PRONOUNS or any(
        c.dep_ == "poss" and c.lower_ in _SPEAKER_PRONOUNS for c in subj.children)


_SPEAKER_PRONOUNS = {"it", "they", "we", "its", "their", "our"}


# Nouns for a source's reckoning: "by the ICRC's count", "by UN estimates", "by the army's
# own tally", "by residents' accounts".
_RECKONINGS = {"count", "tally", "estimate", "reckoning", "calculation", "figure", "account",
               "record", "tabulation"}
_OWN_VOICE = {"we", "our", "us", "my", "i", "me", "ours"}


def _counted_by(token: Any) -> Any | None:
    """ "By the Red Cross's count, the rebels released 40 prisoners", "the strikes killed 30
    people, by the ministry's tally": a reckoning credited to a source, heading the sentence
    or closing it, makes what it frames that source's account, like "according to". The
    writer's own ("by our count") vouches for it. Returns the "by"."""
    sent = _unbroken(token.sent)
    words = [t for t in sent if not (t.is_space or t.is_quote)]
    while words and words[-1].is_punct:
        words.pop()
    if len(words) < 4:
        return None
    commas = [i for i, t in enumerate(words) if t.text == ","]
    if words[0].lower_ == "by" and commas:
        frame, rest = words[1:commas[0]], words[commas[0] + 1:]
        by = words[0]
        if not rest or token.i < rest[0].i or any(
                a.text in (",", ";") and b.pos_ == "CCONJ"
                for a, b in zip(rest, rest[1:], strict=False) if b.i < token.i):
            return None  # "..., and on Tuesday the UN condemned it": told anew by the writer
    elif commas and words[commas[-1] + 1].lower_ == "by" and token.i < words[commas[-1]].i:
        by = words[commas[-1] + 1]
        frame = words[commas[-1] + 2:]
    else:
        return None
    if not frame or len(frame) > 8 or any(t.lower_ in _OWN_VOICE for t in frame):
        return None
    # the reckoning heads the phrase ("by the end of the count" is a time) and names who
    # reckons: a possessor, a noun before it ("UN figures") or an "of" after it
    noun = next((c for c in by.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _RECKONINGS:
        return None
    if not any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("PROPN", "NOUN")
               or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    return by


# Marks of a clause that orders one act against another.
_SEQUENCE_MARKS = {"after", "before", "until", "when"}


def _told_sequence(clause: Any) -> Any | None:
    """ "The army said its units had pulled back only after rebels shelled the village", "told
    reporters that troops had been massed at the crossing after militants began digging
    trenches": a source's account backshifted into the past perfect that puts its own side's
    act after (or before) the other side's tells both acts; the one in the time clause is no
    background fact the writer grants but part of the account. Not "since" (a stretch of
    time taken as known), nor a clause hung on a modal or on the reporting verb itself.
    Returns the reporting verb."""
    if clause.dep_ != "advcl" or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _SEQUENCE_MARKS and c.i < clause.i
            for c in clause.children):
        return None
    head = clause.head
    if not _past_perfect_clause(head) or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    node = head
    for _ in range(3):
        if node.dep_ != "conj":
            break
        node = node.head
    if node.dep_ != "ccomp" or node.head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    teller = node.head
    return teller if _cue_lemma(teller) in _REPORT_VERBS - {"according"} else None


# Speech acts that announce what the speaker will do or wants done to follow up a statement:
# joined to "said", the dev gold reads them as part of the account relayed (unlike denials,
# accusations and calls, which stay the speaker's own acts).
_RELAYED_ACTS = {"warn", "caution", "threaten", "demand"}


def _relayed_act(act: Any, teller: Any) -> bool:
    """ "The minister said the convoy had been ambushed and warned that the army would
    retaliate", "the ministry said two farmers had been killed and demanded an inquiry": a
    warning or a demand with no subject of its own, coordinated with a verb of saying in the
    past, is relayed with the statement it follows."""
    return (_cue_lemma(act) in _RELAYED_ACTS and act.tag_ == "VBD"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children)
            and _cue_lemma(teller) in ("say", "tell", "state", "add") and teller.tag_ == "VBD")


def _cut_off_before_subject(word: Any, clause: Any) -> bool:
    """A negation or auxiliary the parser gave a clause though a comma parts it from the
    clause's subject and verb ("Despite assurances that it would not, Turkey shelled Kobani":
    "would not" ends the fronted phrase's own clause, whose verb is left out)."""
    subj = max((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.i < clause.i), key=lambda c: c.i, default=None)
    if subj is None or not word.i < subj.i:
        return False
    return any(t.text == "," for t in clause.doc[word.i + 1 : subj.left_edge.i])


def _claimed_deed(token: Any) -> Any | None:
    """ "ISWAP claimed the raid in a statement", "the group has claimed responsibility for
    the bombing", "the Taliban owned the attack": an attack named as the object of a claim
    is told as the claimant's deed on the claimant's word. Not a negated claim ("did not
    claim the attack") nor one with no claimant ("nobody has claimed the ambush"), where
    the attack is the writer's. Returns the claiming verb."""
    if token.pos_ != "NOUN":
        return None
    verb = None
    if token.dep_ in ("dobj", "obj"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "for":
        noun = token.head.head
        if noun.lemma_.lower() in _RESPONSIBILITY_NOUNS and noun.dep_ in ("dobj", "obj"):
            verb = noun.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _cue_lemma(verb) not in _CLAIM_VERBS:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _negative_argument(subj):
        return None
    return verb


def _tag_participles(verbs: list[Any]) -> list[Any]:
    """The participles closing a speech tag that modify a noun after its verb ("the militia
    said in a statement posted online", "an official told a radio station based in Goma"):
    no clause of their own, so the tag still ends the sentence."""
    tail: list[Any] = []
    for v in reversed(verbs):
        if v.tag_ in ("VBN", "VBG") and v.dep_ in ("acl", "amod") and v.head.pos_ in (
                "NOUN", "PROPN") and v.head.i < v.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") for c in v.children):
            tail.append(v)
            continue
        break
    return tail


_TOLL_NOUNS = {"toll", "number", "figure", "count", "tally", "total"}


def _toll_put_at(token: Any) -> Any | None:
    """ "The health ministry now puts the toll at four killed", "hospitals put the number of
    people killed in the shelling at nine": a source's figure, like "according to", makes the
    killings it counts that source's account. Not the writer's own ("we put the toll at").
    Returns the verb "put"."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() != "put" or node.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TOLL_NOUNS
                   for c in node.children):
            return None
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in _OWN_VOICE or any(
                t.lower_ in _OWN_VOICE for t in subj.subtree):
            return None
        if not any(t.lower_ == "at" and any(c.tag_ == "CD" for c in t.children)
                   for t in node.subtree):
            return None
        return node
    return None


def _writers_reminder(gov: Any) -> bool:
    """The writer or the issuing body reminding its audience of a past it holds as known:
    "Masters are reminded that ...", "We should remind listeners that ...", "I would only
    remind Caracas that ...", a communique's "The Ministry recalls that ...". Reminding
    presupposes what it recalls; only a third party's reminder ("the minister reminded the
    Assembly that ...") is their telling, and stays reported. Not negated, not inside a
    quotation."""
    lemma = _cue_lemma(gov)
    if lemma not in ("recall", "remind") or any(c.dep_ == "neg" for c in gov.children):
        return False  # ("we have noted that X claimed ...": noting grants nothing)
    text = gov.doc.text
    start = text.rfind("\n", 0, gov.idx) + 1
    before = text[start:gov.idx]
    if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
        return False
    if lemma == "remind" and any(c.dep_ == "auxpass" for c in gov.children):
        # "Masters are reminded that ...": no one named reminds; the text itself does
        return not any(c.dep_ == "agent" for c in gov.children)
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in ("i", "we"):
        return True  # "We should remind listeners that ...", "I would only remind ..."
    # "The Ministry recalls that ...": a body naming itself by a capitalised common noun, in
    # the present of a communique
    return gov.tag_ == "VBZ" and subj.text[:1].isupper() and subj.tag_ in ("NN", "NNP") and [
        c.lower_ for c in subj.children] == ["the"] and subj.lower_ in _ISSUING_BODIES


# Common nouns by which an issuing body names itself in its own communique.
_ISSUING_BODIES = {"ministry", "secretariat", "command", "department", "office", "commission",
                   "mission", "presidency", "government", "embassy", "directorate", "bureau",
                   "agency", "authority", "council", "committee", "headquarters", "service"}


def _second_party(verb: Any, party: Any) -> bool:
    """ "accuses soldiers and allied militiamen of executing six men": the parser hangs the
    second party on the verb as a conjunct of its object; it is accused all the same (as is
    the pair when "of" hangs on the second: "accused the police and the army of ...")."""
    return party.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("dobj", "obj") and c.i < party.i for c in verb.children)


# A list whose lead-in line, ending in a colon, offers its items as choices or plans: "Options
# include:", "measures under consideration:", "steps the ministry could take:", "The plan
# would:". Each item's act is then only weighed or planned, unless the item itself says more
# (its own cue) or the act sits in a clause stating what already happened ("which has already
# sent thousands across the border").
_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022\u2013\u2014]|\(?\d{1,2}[.)]|\(?[a-h][.)])[ \t]+")
_CHOICE_LEADS = re.compile(
    r"\b(?:options?|choices?|alternatives?|scenarios?|possibilit(?:y|ies)|ideas?|proposals?"
    r"|suggestions?|recommendations?|demands?|under (?:consideration|discussion|review|study)"
    r"|on the table|(?:being|were|was|are|is) (?:considered|weighed|discussed|mulled|studied)"
    r"|asks?|asking|urges?|urging|calls? (?:on|upon)|requests?"
    r"|could|might|would|considering|weighing|mulling|proposed?|proposing|suggested?"
    r"|possible|potential)\b", re.IGNORECASE)
_PLAN_LEADS = re.compile(
    r"\b(?:will|shall|plans?|planned|planning|intends?|is to|are to|due to|set to|scheduled"
    r"|next steps?|timetable|roadmap|agenda)\b", re.IGNORECASE)


# Items a speech or a letter counts off in words: "First, to resume the mediation ...".
_ORDINAL_ITEM = re.compile(r"^[ \t]*(?:first|second|third|fourth|fifth|finally|lastly)\b,?\s",
                           re.IGNORECASE)


def _list_item(line: str) -> bool:
    return bool(_ITEM.match(line) or _ORDINAL_ITEM.match(line))


def _list_lead(text: str, at: int) -> tuple[Status, str] | None:
    """The status ("hypothetical" or "planned") and cue that the lead-in line of the list
    holding the character `at` gives its items, if `at` is on a list item."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    if not _list_item(line):
        return None
    pos = start - 1
    while pos > 0:  # climb over the other items and blank lines to the lead-in
        prev_start = text.rfind("\n", 0, pos) + 1
        prev = text[prev_start:pos]
        pos = prev_start - 1
        if not prev.strip() or _list_item(prev):
            continue
        lead = prev.strip().strip("*_").strip()
        if not lead.endswith(":"):
            return None
        for _ in range(3):  # a lead-in wrapped over lines: take its whole paragraph
            if pos <= 0:
                break
            up_start = text.rfind("\n", 0, pos) + 1
            up = text[up_start:pos]
            if not up.strip() or _list_item(up):
                break
            lead, pos = f"{up.strip()} {lead}", up_start - 1
        lead = lead[-300:]  # the sentence that ends in the colon, not the whole paragraph
        lead = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead)[-1]
        if re.search(r"\b(?:not|no|never)\b", lead, re.IGNORECASE):
            return None  # "The measures did not include:" is no offer
        if (m := _CHOICE_LEADS.search(lead)) is not None:
            return "hypothetical", m.group(0)
        if (m := _PLAN_LEADS.search(lead)) is not None:
            return "planned", m.group(0)
        return None
    return None


# A heading that looks ahead ("WHAT TO WATCH", "Coming up", "The week ahead", "Diary"): the
# items under it that tell an act in the simple present, or name it with no verb at all ("The
# board meets in Vienna from 8 June", "Council session on the heating plan, Wednesday"), tell
# what is set to happen. Items in the past or perfect ("Kyiv has asked for ...") or with a
# modal of their own keep their status.
_WATCH_HEADINGS = re.compile(
    r"\b(?:what to watch|watch(?:ing)?\s+(?:for|out)|what we are watching|coming up|up next"
    r"|(?:week|month|days|road|year)\s+ahead|looking ahead|upcoming|what comes next"
    r"|what(?:'s|\s+is)\s+next|next steps?|diary|calendar|forthcoming)\b", re.IGNORECASE)


def _watch_heading(text: str, token: Any) -> str | None:
    """The looking-ahead heading over the list item holding `token`, if the item tells its act
    as set to happen (see `_WATCH_HEADINGS`)."""
    at = token.idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not _ITEM.match(text[start:end if end >= 0 else len(text)]):
        return None
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg")
                                                   for c in verb.children):
            return None  # "has asked", "was postponed", "will not attend": their own tense
        if _cue_lemma(verb) in _REPORT_VERBS | _CUE_VERBS or _in_stated_clause(token):
            return None  # "Egypt says it will ask ...": a statement made now
    pos = start - 1
    for _ in range(12):  # up over the other items and blank lines to the heading
        if pos <= 0:
            return None
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos].strip()
        pos = prev_start - 1
        if not line:
            continue
        heading = _ITEM.sub("", line).strip("*#_ :")
        if len(heading) <= 40 and not heading.endswith((".", "?", "!")) and (
                m := _WATCH_HEADINGS.search(heading)) is not None:
            return m.group(0)
        if not _ITEM.match(line):
            return None
    return None


# Nouns of an occasion on which an act may happen: "no case in which", "no day when".
_OCCASION_NOUNS = {"case", "instance", "occasion", "incident", "example", "time", "day",
                   "night", "moment", "point", "record", "report", "sign", "evidence"}
_RELATIVE_OPENERS = {"which", "when", "where", "whereby"}


def _no_occasion(token: Any) -> str | None:
    """ "Our monitors found no case in which guards fired on herders", "there was no day when the
    guns fell silent": an act told in a relative clause on an occasion that the text says there
    was none of did not happen. The clause may be hung on a word between them ("no case in
    January in which ..."), so the occasion is looked for just left of the clause's opener."""
    node = token
    for _ in range(6):
        if node.dep_ == "relcl":
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    opener = next((t for t in node.subtree if t.lower_ in _RELATIVE_OPENERS), None)
    if opener is None or opener.i > node.i:
        return None
    doc = token.doc
    for i in range(opener.i - 1, max(node.left_edge.i - 8, token.sent.start - 1), -1):
        word = doc[i]
        if word.lemma_.lower() in _OCCASION_NOUNS and word.pos_ == "NOUN":
            if any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
                return word.text
            return None
        if word.text in (".", ";", ":"):
            return None
    return None


def _in_stated_clause(token: Any) -> bool:
    """Whether `token` sits in a relative or adverbial clause hung under the item's act (its
    own statement of what is or was so), rather than in the item's act."""
    node = token
    for _ in range(8):
        if node.dep_ in ("relcl", "advcl", "parataxis") and node.head.i != node.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# A scenario told as such: a sentence opened by "In this scenario", "Under the second option",
# "In the worst case", "In that case", or a paragraph under a heading "Scenario two: ..." /
# "Option B: ...". Its acts are imagined, and so are those of the sentences that go on telling
# it in the present ("Rebel fighters seize the airport. The army responds with strikes"), up to
# the end of the paragraph or a sentence told in the past.
_SCENARIO_OPENER = re.compile(
    r"^\W*(?:(?:in|under)\s+(?:this|that|such\s+an?|such|an?|the|our|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}(?:scenarios?|options?|contingency|hypothesis)\b"
    r"|in\s+(?:that|such\s+a|which|the\s+(?:worst|best|likeliest|most\s+likely)(?:[- ]\w+)?)"
    r"\s+case\b)", re.IGNORECASE)
_SCENARIO_HEADING = re.compile(
    r"^\W*(?:scenario|option|path|course\s+of\s+action)\s+(?:[A-Z]|\d{1,2}|one|two|three|four"
    r"|five|first|second|third|fourth)\b[^\n.]*$", re.IGNORECASE)
_TOLD_IN_PAST = {"VBD"}


def _scenario_scope(token: Any) -> str | None:
    """The words that open the scenario which the sentence of `token` tells, if any."""
    doc = token.doc
    text = doc.text
    sent = token.sent
    para_start = max(text.rfind("\n\n", 0, sent.start_char), -1) + 1
    chain = [sent]
    while True:  # the sentences before it in its paragraph, all told in the present
        first = chain[-1]
        if _told_in_past(first):
            return None
        if (m := _SCENARIO_OPENER.match(first.text)) is not None:
            return m.group(0).strip(" ,")
        if first.start_char <= para_start or first.start == 0:
            break
        prev = doc[first.start - 1].sent
        if prev.start_char < para_start:
            break
        chain.append(prev)
    # the paragraph sits under a heading "Scenario two: escalation", "Option B: the blockade"
    head_end = para_start - 1
    while head_end > 0 and text[head_end - 1] == "\n":
        head_end -= 1
    head_start = text.rfind("\n", 0, head_end) + 1
    heading = text[head_start:head_end].strip().strip("*#_ ")
    if heading and len(heading) < 80 and _SCENARIO_HEADING.match(heading):
        return heading.split(":")[0].strip()
    return _scenario_list(text, para_start)


# A list of scenarios or options told item by item: "Four scenarios" over "1. Quiet
# consolidation. China stops short of the ridge ..." and "2. ...".
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-dA-D][.)]|[-•*–])\s+")
_SCENARIO_LIST_HEADING = re.compile(
    r"\b(?:scenarios|options|outcomes|possibilities|pathways|paths|ways\s+(?:this|it|things)"
    r"\s+could)\b", re.IGNORECASE)


def _scenario_list(text: str, para_start: int) -> str | None:
    """The heading of the list of scenarios whose item is the paragraph at `para_start`."""
    while text[para_start:para_start + 1] == "\n":
        para_start += 1
    if not _LIST_ITEM.match(text[para_start:para_start + 8]):
        return None
    end = para_start
    for _ in range(10):  # up over the other items to the heading
        end = text.rfind("\n", 0, max(end - 1, 0))
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or _LIST_ITEM.match(line):
            end = start
            continue
        if len(line) < 60 and not line.endswith((".", "?", "!")) and (
                m := _SCENARIO_LIST_HEADING.search(line)) is not None:
            return m.group(0)
        return None
    return None


def _told_in_past(sent: Any) -> bool:
    """A sentence whose main verb (or its auxiliary) is in the past tense."""
    root = sent.root
    return root.tag_ in _TOLD_IN_PAST or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _TOLD_IN_PAST for c in root.children)
