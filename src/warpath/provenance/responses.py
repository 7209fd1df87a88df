"""Response chains: link an answering event to what it answers.

A response cue is a word that says one act answers another: "in retaliation for X",
"in response to X", "responded to X by doing Y", "to avenge X", "retaliated", "X provoked a
reaction". For each cue we find

- the answering event: the event whose trigger is the cue ("retaliated", "the retaliation"),
  the events of a "by doing Y" phrase, or the nearest event the cue hangs from ("fired missiles
  in retaliation");
- the answered event: an event named inside the cue's object ("for the raid that
  killed …"); else an earlier event that fits the object's words (type family of its nouns,
  the answering side's attacker as the answered side's target, shared words); with no object
  ("in retaliation"), the most recent earlier act by the other side. A definite noun that
  names an act again ("claimed the attack") leads to the act's first telling.

Without a response word, an act also answers
- the act its words name: "Vietnam opposed the attack", "condemned the shelling", "we reject
  that", "…, a charge the party rejected"; a denial of an act told before ("denied that its
  men had fired first");
- an act against its doer told just before a sentence opening on "The next day", "Hours
  later" (chronology: the target strikes back);
- an act whose doers it turns force on ("Drones crossed the border. Jets shot down six of
  them");
- the act of a condition ("If X were to invade, Y would answer with strikes");
- a response noun or verb announcing the next sentence ("Russia's reply came quickly. …
  struck", "Islamabad answered two days later. Its jets bombed …");
- an act named far back by its own verb ("condemned the assault" for "stormed"), by a place
  ("after the Tifariti strike of 8 June"), or judged by another side ("called the strike a
  violation");
- a refusal of an offer or a request ("neither capital has accepted", "would not reopen" after
  "urged … to reopen"), a denial of a charge against its side, of "any role" in the act just
  named, or of an allegation put to it;
- a vow aimed at the doers ("track down those responsible"), troops sent to the place of an
  attack, a retaking, a clearing of what the other side blocked, a release of the people
  another side held (or one just after an accord), a penalty on those blamed for an act, a
  promised response;
- a counter-attack placed "hours later" by the side hit, at the first telling of the incident.
"Before" is the order of time: a live blog whose entries run newest first is read from the
bottom. Acts joined to an answer share what it answers: a conjoined verb ("opposed the attack
and demanded compensation", "lodged a protest … and condemned the launch", "condemned the
assault and said it would fly reinforcements"), a vow whose content is the answer ("vowed to
retaliate"), and the speaker's next sentence opening on a pronoun ("He accused …").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from warpath.document import COOPERATION_TYPES, Analysis, Event
from warpath.pipeline import Config, Stage, stages

Token = Any

# Nouns and verbs that say "this answers that", with the prepositions that introduce what
# is answered.
RESPONSE_NOUNS = frozenset({
    "retaliation", "response", "reply", "answer", "revenge", "reprisal", "vengeance",
    "retribution", "reaction", "counterattack", "counter-attack", "payback", "riposte",
})
RESPONSE_VERBS = frozenset({"retaliate", "respond", "avenge", "react", "reply", "revenge",
                            "answer", "counter", "counterattack", "hit"})
OBJECT_PREPS = frozenset({"for", "to", "over", "against"})
CAUSE_VERBS = frozenset({"provoke", "prompt", "trigger", "spark", "elicit", "draw"})
# Material conflict: what a retaliation answers when the text names no object.
MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Nouns that name an act of a given type: "the attacks on its allies" answers an ASSAULT.
NOUN_TYPES: dict[str, str] = {
    **dict.fromkeys(("attack", "strike", "airstrike", "air strike", "bombing", "killing",
                     "assassination", "shoot-down", "shootdown", "barrage", "raid", "shelling",
                     "murder", "invasion", "offensive", "assault", "ambush", "bombardment",
                     "firing", "shooting", "ramming", "sinking",
                     "downing", "death", "slaying", "execution", "massacre", "incursion",
                     "operation", "fire", "explosion", "blast", "drone", "missile", "rocket",
                     "launch"),
                    "ASSAULT"),
    **dict.fromkeys(("sanction", "embargo", "blockade", "tariff", "designation"), "SANCTION"),
    **dict.fromkeys(("arrest", "detention", "seizure", "expulsion", "deportation", "ban",
                     "crackdown", "closure", "confiscation"), "COERCE"),
    **dict.fromkeys(("threat", "ultimatum", "warning"), "THREATEN"),
    **dict.fromkeys(("protest", "demonstration", "rally", "boycott"), "PROTEST"),
    **dict.fromkeys(("accusation", "allegation", "charge", "criticism", "condemnation"),
                    "ACCUSE"),
    **dict.fromkeys(("deployment", "buildup", "build-up", "mobilization", "mobilisation"),
                    "MOBILIZE"),
}
# Nouns that name some earlier act without saying its kind ("in response to that statement").
GENERIC_OBJECTS = frozenset({
    "statement", "remark", "comment", "claim", "announcement", "move", "step", "action",
    "decision", "incident", "behaviour", "behavior", "provocation", "violation", "act",
})
# Verbs that judge an act as an answer: "seen as retaliation for ...".
VIEW_VERBS = frozenset({"see", "view", "regard", "consider", "describe", "interpret",
                        "characterise", "characterize", "portray", "perceive"})
# Purpose verbs that make the act they modify an answer: "summoned the envoy to protest X",
# "fired tear gas to disperse the crowd" ("break" only as "break up").
PURPOSE_VERBS = frozenset({"protest", "condemn", "denounce", "punish", "disperse", "quell",
                           "repel", "repulse", "suppress", "break"})
# Events that answer in words: "Vietnam opposed the attack" answers the attack it names.
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "REQUEST", "THREATEN"})
# Verbs that commit to an act: "vowed to retaliate" answers what the retaliation would.
COMMIT_VERBS = frozenset({"vow", "pledge", "promise", "threaten", "warn", "swear", "decide",
                          "order", "plan", "resolve"})
# Verbs of an answer in words to an act they name ("opposed the attack").
REACT_VERBS = frozenset({"oppose", "condemn", "denounce", "criticise", "criticize", "deplore",
                         "protest", "reject", "deny", "dismiss", "decry", "slam", "blast",
                         "demand", "refute", "dispute", "lament", "regret", "fault"})
# Verbs that ask another side to change what it does ("urged Ankara to keep its operations …").
ASK_VERBS = frozenset({"urge", "call", "ask", "press", "demand", "appeal", "request"})
# Verbs that judge an act by naming it ("called the strike a violation").
JUDGE_VERBS = frozenset({"call", "brand", "label", "term", "describe"})
# Nouns that sum up a claim set beside them ("…, a charge the party rejected").
SUMMARY_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion",
                           "demand", "threat", "warning", "proposal", "offer", "request"})
# Determiners that point back to an act told before ("the attack", "that barrage").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Words opening a sentence that place its act just after the one told before it:
# "The next day", "A day later", "Hours after that", "The following morning".
SEQUENCE_WORDS = frozenset({"next", "following", "later", "after", "afterwards", "subsequently"})
TIME_UNITS = frozenset({"day", "days", "hour", "hours", "morning", "evening", "night", "week",
                        "weeks", "minutes", "minute", "afternoon", "month", "months", "year",
                        "years"})
# Light verbs of a response noun that carries no act of its own ("Russia's reply came quickly").
ARRIVE_VERBS = frozenset({"come", "follow", "arrive", "be"})
SEQUENCE_LOOKBACK = 2  # sentences: "the next day" answers what was just told
# Verbs "<verb> back" that answer fire with fire.
BACK_VERBS = frozenset({"hit", "counter", "strike", "fire", "shoot", "retaliate"})
# Acts that are answers by nature: a summoned envoy answers the other side's latest act.
REACTIVE_TRIGGERS = frozenset({"summon"})
# Event nouns whose verb differs from the noun's stem, so "the detention" finds "detain".
NOUN_VERBS: dict[str, str] = {
    "detention": "detain", "seizure": "seize", "expulsion": "expel", "invasion": "invade",
    "killing": "kill", "death": "kill", "firing": "fire", "shooting": "shoot",
    "shelling": "shell", "bombing": "bomb", "strike": "strike", "airstrike": "strike",
    "assassination": "assassinate", "arrest": "arrest", "attack": "attack",
    "capture": "capture", "abduction": "abduct", "kidnapping": "kidnap", "raid": "raid",
    "shoot-down": "shoot", "shootdown": "shoot", "downing": "down", "accusation": "accuse",
    "threat": "threaten", "statement": "state", "decision": "decide", "deployment": "deploy",
    "closure": "close", "ban": "ban", "sanction": "sanction", "incursion": "incur",
    "ramming": "ram", "boarding": "board", "interception": "intercept", "sinking": "sink",
    "launch": "launch",
}
# Acts told with another word for the same deed ("these arrests" after "detained four men").
SAME_ACTS: dict[str, frozenset[str]] = {
    "arrest": frozenset({"detain", "seize"}), "detention": frozenset({"arrest"}),
    "detain": frozenset({"arrest"}),
    "assault": frozenset({"storm", "attack", "raid"}),
    "attack": frozenset({"storm", "assault", "raid", "ambush"}),
    "strike": frozenset({"hit", "bomb"}), "airstrike": frozenset({"hit", "bomb"}),
}
# An act noun that may also name an act of another type: a diplomatic "protest" is the
# accusation a ministry made ("rejected the protest" after "accused Caracas of ...").
ALSO_TYPES: dict[str, frozenset[str]] = {"protest": frozenset({"ACCUSE"}),
                                         "launch": frozenset({"MOBILIZE"})}
LOOKBACK = 8  # sentences to search back for an answered event
FAR_LOOKBACK = 12  # further back still for the act a noun names by its own verb
# Verbs that report an act rather than perform one ("…, the ministry said").
REPORTING = frozenset({"say", "tell", "report", "state", "add", "claim", "announce", "write"})
REACTIVE_LOOKBACK = 12  # a summons may follow a long account of what it answers


@stages.register("responses")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        link_responses(analysis)

    return run


def link_responses(analysis: Analysis) -> None:
    """Set `responds_to` on every event that the text presents as an answer to another."""
    doc = analysis.doc
    if doc is None or not analysis.events:
        return
    by_token = _events_by_token(analysis)
    preps = OBJECT_PREPS - {"against"}
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in RESPONSE_NOUNS:
            _link(analysis, by_token, tok, _object(tok, preps) or _after(tok))
        elif tok.pos_ == "VERB" and _returns_fire(tok):
            # "returned fire after the patrol was shot at"
            _link(analysis, by_token, tok, _object(tok, preps) or _after(tok))
        elif tok.pos_ == "VERB" and lemma in RESPONSE_VERBS:
            if lemma in ("hit", "counter") and not _has_particle(tok, "back"):
                continue
            if lemma == "answer" and not any(c.dep_ in ("dobj", "prep") for c in tok.children) \
                    and not _announces(tok):
                continue
            obj = (_dobj(tok) if lemma in ("avenge", "revenge", "answer")
                   else _object(tok, preps))
            _link(analysis, by_token, tok, obj or _after(tok))
        elif tok.pos_ == "VERB" and lemma in BACK_VERBS and _has_particle(tok, "back"):
            _link(analysis, by_token, tok, _object(tok, preps) or _after(tok))
        elif tok.pos_ == "VERB" and lemma in PURPOSE_VERBS and _is_purpose(tok):
            if lemma == "break" and not _has_particle(tok, "up"):
                continue
            _link(analysis, by_token, tok, _dobj(tok), purpose=True)
        elif tok.pos_ == "VERB" and lemma in CAUSE_VERBS:
            _link_cause(analysis, by_token, tok)
        elif tok.pos_ == "VERB" and lemma == "come" and _after(tok) is not None:
            _link_came_after(analysis, by_token, tok)
    _link_reactive(analysis, by_token)
    _link_named_acts(analysis, by_token)
    _link_denials(analysis, by_token)
    _link_negations(analysis)
    _link_refusals(analysis)
    _link_denied_charges(analysis)
    _link_pursuits(analysis)
    _link_retakings(analysis)
    _link_punishments(analysis)
    _link_reinforcements(analysis)
    _link_releases(analysis)
    _link_sequence(analysis)
    _link_counter_acts(analysis)
    _link_undoings(analysis)
    _share_answers(analysis)


def _events_by_token(analysis: Analysis) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = {}
    doc = analysis.doc
    for e in analysis.events:
        i = e.trigger_token
        if i is None:
            span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            i = span.root.i if span is not None and len(span) else None
        if i is not None:
            out.setdefault(i, []).append(e)
    return out


def _has_particle(tok: Token, word: str) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == word for c in tok.children)


def _dobj(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "dobj"), None)


def _returns_fire(tok: Token) -> bool:
    """"returned fire": the answer of a unit that was fired on."""
    return tok.lemma_.lower() == "return" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in tok.children)


def _is_purpose(tok: Token) -> bool:
    """An infinitive of purpose hanging from another act: "summoned X to protest Y"."""
    return (tok.dep_ in ("advcl", "xcomp") and tok.head.i != tok.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _after(tok: Token) -> Token | None:
    """What an answer follows: "after the patrol was shot at" on the cue or the act it
    modifies. Only read next to a response cue, where "after" names the provocation."""
    nodes = [tok] + ([tok.head] if tok.dep_ == "pobj" else [])
    nodes += [n.head for n in list(nodes) if n.dep_ == "prep"]
    for node in nodes:
        for c in node.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after"
                                         for m in c.children):
                return c
            if c.dep_ == "prep" and c.lower_ == "after":
                obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return obj
    return None


def _object(tok: Token, preps: Iterable[str]) -> Token | None:
    """The object of "for/to/over" on a response word ("retaliation for the killing")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    return None


def _events_in(by_token: dict[int, list[Event]], root: Token,
               skip: set[str] | None = None) -> list[Event]:
    """Events whose trigger lies in the subtree of `root`, nearest to `root` first."""
    found: list[tuple[int, int, Event]] = []
    for t in root.subtree:
        for e in by_token.get(t.i, []):
            if skip and e.id in skip:
                continue
            depth = sum(1 for a in t.ancestors if root.is_ancestor(a) or a.i == root.i)
            found.append((depth, t.i, e))
    found.sort(key=lambda x: (x[0], x[1]))
    return [e for _, _, e in found]


def _answering(by_token: dict[int, list[Event]], cue: Token,
               obj: Token | None, purpose: bool = False,
               analysis: Analysis | None = None) -> list[Event]:
    """The events the cue says are answers."""
    if purpose:  # "summoned the envoy to protest": the summons answers, not the protest
        return list(by_token.get(cue.head.i, []))
    # "responded … by approving a protest": the acts of the by-phrase answer
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "with"):
            inner = _events_in(by_token, c)
            if inner:
                return inner
    own = by_token.get(cue.i, [])
    if own:
        return list(own)
    promised = _promised_by(cue)
    if promised is not None and by_token.get(promised.i):
        return list(by_token[promised.i])  # "Moscow has promised a mirror response"
    for anc in _anchors(cue):
        hits = by_token.get(anc.i, [])
        if hits:
            return list(hits)
        # a light verb: "imposed sanctions in response", "launched strikes in retaliation"
        for c in anc.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr") and by_token.get(c.i):
                return list(by_token[c.i])
    if analysis is not None:
        # "the seizure was seen as retaliation": a noun naming an act told before
        for anc in _anchors(cue)[:1]:
            earlier = _antecedent(analysis, anc)
            if earlier is not None:
                return [earlier]
    # "a response that included strikes": events under the cue outside its object
    skip = {e.id for e in _events_in(by_token, obj)} if obj is not None else set()
    inner = [e for e in _events_in(by_token, cue, skip)]
    if not inner and analysis is not None:
        return _next_sentence_acts(analysis, by_token, cue)
    return inner[:1]


def _promised_by(cue: Token) -> Token | None:
    """The verb of commitment whose object a response noun is: "promised a response",
    "warned of retaliation"."""
    if cue.pos_ != "NOUN":
        return None
    head = cue.head
    if cue.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif cue.dep_ != "dobj":
        return None
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children) for c in head.children):
        return None  # "threatened a harsh response if attacks continued": not yet an answer
    return head if head.lemma_.lower() in COMMIT_VERBS else None


def _next_sentence_acts(analysis: Analysis, by_token: dict[int, list[Event]],
                        cue: Token) -> list[Event]:
    """"Russia's reply came quickly. On Tuesday night its drones struck …": a response noun
    that is the subject of a light verb in a sentence with no act of its own announces the
    act of the next sentence (in the same paragraph)."""
    if not _announces(cue):
        return []
    sent = cue.sent
    if any(by_token.get(t.i) for t in sent):
        return []
    doc = cue.doc
    if sent.end >= len(doc) or "\n\n" in doc.text[sent.end_char - 1:doc[sent.end].idx + 1]:
        return []
    nxt = doc[sent.end].sent
    found: list[tuple[int, Event]] = []
    for t in nxt:
        for e in by_token.get(t.i, []):
            if e.status == "negated" or t.lemma_.lower() in REPORTING:
                continue
            found.append((len(list(t.ancestors)), e))
    if not found:
        return []
    top = min(d for d, _ in found)
    return [e for d, e in found if d == top]


def _announces(cue: Token) -> bool:
    """A cue that tells an answer without its act: "Russia's reply came quickly", "Islamabad
    answered two days later" (a sentence's own verb with no object)."""
    if cue.pos_ == "NOUN":
        return cue.dep_ == "nsubj" and cue.head.lemma_.lower() in ARRIVE_VERBS
    return cue.pos_ == "VERB" and cue.dep_ == "ROOT" and not any(
        c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "advcl", "neg") for c in cue.children)


def _viewed(node: Token) -> Token:
    """What a verb of judging judges: "the seizure was seen as retaliation", "arrested an
    engineer, a step seen as retaliation" (the step is the arrest)."""
    if node.lemma_.lower() not in VIEW_VERBS:
        return node
    subj = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj
    if node.dep_ == "acl":
        noun = node.head
        if noun.dep_ in ("appos", "pobj") and noun.lemma_.lower() in GENERIC_OBJECTS:
            return noun.head  # climbs on to the act's verb in _anchors
        return noun
    return node


def _anchors(cue: Token) -> list[Token]:
    """Tokens an answering act can hang from: the predicate an adverbial "in retaliation"
    or a purpose clause "to avenge" modifies, up to the first verb, no further."""
    if cue.pos_ == "NOUN":
        if cue.dep_ != "pobj" or cue.head.lower_ not in ("in", "as"):
            return []
        start = _viewed(cue.head.head)
    elif cue.dep_ in ("advcl", "xcomp", "conj", "relcl", "acl"):
        start = cue.head
    else:
        return []
    out = [start]
    node = start
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        out.append(node)
    return out


def _link(analysis: Analysis, by_token: dict[int, list[Event]], cue: Token,
          obj: Token | None, purpose: bool = False) -> None:
    answering = [e for e in _answering(by_token, cue, obj, purpose, analysis)
                 if e.status != "negated"]
    if not answering:  # "decided against retaliation" answers nothing
        return
    ids = {e.id for e in answering}
    answered: list[Event] = []
    if obj is not None:
        inside = [e for e in _events_in(by_token, obj) if e.id not in ids]
        if inside:
            answered = inside[:1]
    if not answered and all(e.status == "hypothetical" for e in answering):
        answered = _condition(by_token, cue, ids)
    for a in answering:
        if answered:
            for b in answered:
                _add(a, b, named=True)
        else:
            for b in _match_earlier(analysis, a, obj, ids):
                _add(a, b)


def _condition(by_token: dict[int, list[Event]], cue: Token, skip: set[str]) -> list[Event]:
    """"If Israel were to launch an incursion, the group would answer with strikes": a
    supposed answer answers the act its condition supposes."""
    node = cue
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    for clause in [node, *node.ancestors]:
        for c in clause.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                         for m in c.subtree):
                inner = [e for e in _events_in(by_token, c) if e.id not in skip]
                if inner:
                    return inner[:1]
    return []


def _add(a: Event, b: Event, named: bool = False) -> None:
    """Record that `a` answers `b`: never itself, never both ways, and never an act told
    later unless the cue names it ("fired in retaliation for the strikes on ...")."""
    if b.id == a.id or b.id in a.responds_to or a.id in b.responds_to:
        return
    if not named and b.trigger.start >= a.trigger.start:
        return
    a.responds_to.append(b.id)


def _link_came_after(analysis: Analysis, by_token: dict[int, list[Event]],
                     verb: Token) -> None:
    """"The strikes came after rebels shelled the town": an act of one side that the text
    places after an act of the other answers it."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    after = _after(verb)
    if subj is None or after is None:
        return
    answers = [e for e in _events_in(by_token, subj) if e.status != "negated"]
    causes = _events_in(by_token, after)
    if not answers:
        return
    if not causes:
        causes = _match_earlier(analysis, answers[0], after, {e.id for e in answers})
    a, b = answers[0], causes[0] if causes else None
    if b is None or b.type not in MATERIAL | {"ACCUSE", "THREATEN"}:
        return
    if _country(a, "source") and _country(a, "source") == _country(b, "source"):
        return  # one side's acts in sequence: a chronology, not an answer
    if b.id != a.id and b.id not in a.responds_to and a.id not in b.responds_to:
        a.responds_to.append(b.id)


def _link_reactive(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """Acts that answer by nature (a summoned envoy) and name no cue: the latest earlier
    material act between the two sides."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.status in ("negated", "hypothetical") or a.trigger_token is None:
            continue
        if doc[a.trigger_token].lemma_.lower() not in REACTIVE_TRIGGERS:
            continue
        src, tgt = _country(a, "source"), _country(a, "target")
        if src == tgt:  # a summons of one's own side is a misread actor: trust the target
            src = None
        if tgt is None and src is None:
            continue
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            if (b.sentence < a.sentence - REACTIVE_LOOKBACK or b.id == a.id
                    or b.trigger.start >= a.trigger.start or b.type not in MATERIAL
                    or b.status in ("negated", "hypothetical") or a.id in b.responds_to):
                continue
            b_src, b_tgt = _country(b, "source"), _country(b, "target")
            if b_src is not None and b_src == src:
                continue  # the summoner's own act
            # an act against the summoner weighs more than any act of the summoned side
            hit = src is not None and b_tgt == src
            sides = (tgt is not None and b_src == tgt) + 1.5 * hit
            if not sides:
                continue
            score = sides + 0.5 * (b_src is not None and b_tgt is not None)
            score += 0.2 * (b.embedding == "main")  # not a clause about another act
            score -= 0.05 * (a.sentence - b.sentence)
            if best is None or score > best[0]:
                best = (score, b)
        if best is not None:
            a.responds_to.append(_incident_start(analysis, best[1]).id)


def _country(e: Event, side: str) -> str | None:
    party = e.source if side == "source" else e.target
    return party.country if party else None


def _link_cause(analysis: Analysis, by_token: dict[int, list[Event]], verb: Token) -> None:
    """"X provoked Y's response": Y answers X."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None:
        return
    if obj.lemma_.lower() not in RESPONSE_NOUNS and obj.lemma_.lower() not in NOUN_TYPES:
        return
    causes = _events_in(by_token, subj)
    answers = _events_in(by_token, obj)
    if not answers:
        return
    if not causes:  # "the attacks would provoke a reaction": "the attacks" named earlier
        causes = _match_earlier(analysis, answers[0], subj, {e.id for e in answers},
                                same_side=True)
    for a in answers[:1]:
        for b in causes[:1]:
            if b.id != a.id and b.id not in a.responds_to:
                a.responds_to.append(b.id)


def _match_earlier(analysis: Analysis, answer: Event, obj: Token | None, skip: set[str],
                   same_side: bool = False) -> list[Event]:
    """The earlier event that best fits what the answer is said to answer."""
    want_type = None
    generic = False
    words: set[str] = set()
    if obj is not None:
        want_type = NOUN_TYPES.get(obj.lemma_.lower())
        generic = obj.lemma_.lower() in GENERIC_OBJECTS
        words = {t.lemma_.lower() for t in obj.subtree
                 if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop}
    stems = {NOUN_VERBS.get(w, w) for w in words}
    stems |= {x for w in words for x in SAME_ACTS.get(w, ())}
    families = {_family(want_type)} if want_type is not None else set()
    also = {_family(t) for t in ALSO_TYPES.get(obj.lemma_.lower(), ())} if obj is not None \
        else set()
    families |= also
    doc = analysis.doc
    best: tuple[float, Event] | None = None
    lo = answer.sentence - LOOKBACK
    for b in analysis.events:
        if b.id in skip or b.id == answer.id or b.sentence < lo - FAR_LOOKBACK:
            continue
        if b.trigger.start >= answer.trigger.start:
            continue
        if b.sentence < lo and not _named_far(doc, b, obj, stems):
            continue  # far back, only the act the noun names ("the assault" for "stormed")
        if b.status in ("negated", "hypothetical"):
            continue
        if answer.id in b.responds_to:
            continue
        if want_type is not None and _family(b.type) not in families:
            continue
        if want_type is None and not generic and b.type not in MATERIAL:
            continue  # with nothing named, a retaliation answers force, not words
        score = _side_score(answer, b, same_side)
        if b.type in MATERIAL or _family(b.type) in also:
            score += 1.0  # force, or what the noun also names ("the launch" of missiles)
        if want_type is not None and b.type == want_type:
            score += 0.5  # "the executions" fits a killing better than an arrest
        if words:
            ev = {w.lower() for w in _words(b.evidence.text)}
            if obj is not None and b.evidence.start <= obj.idx < b.evidence.end:
                ev = set()  # its evidence holds the very words that name the act
            score += 1.5 * len(words & ev) / len(words)
            # the same act named again: "the strikes", or "the detention" for "detained"
            named = b.trigger.text.lower().rstrip("s") in {w.rstrip("s") for w in words}
            if named or _trigger_lemma(doc, b) in stems:
                score += 1.0
        # recency: a nearer event wins a tie; a sentence's main act beats a clause inside it
        # ("ambushed a convoy …, killing fourteen soldiers": the ambush is answered)
        score -= 0.15 * (answer.sentence - b.sentence)
        if b.embedding == "main":
            score += 0.1
        if score < 0.5:
            continue
        if best is None or score >= best[0]:
            best = (score, b)
    if best is None:
        return []
    return [_original(analysis, best[1], skip | {answer.id})]


def _named_far(doc: Any, b: Event, obj: Token | None, stems: set[str]) -> bool:
    """Whether `b`, told far back, is the act the noun `obj` names by its verb ("the assault"
    for "stormed") with no nearer word of the noun between them ("that launch" after "the
    launch of one missile on November 3" is that launch, not an older one; a bare "before the
    launch" between them names the same act again)."""
    if obj is None or b.embedding != "main" or _trigger_lemma(doc, b) not in stems:
        return False
    lemma = obj.lemma_.lower()
    end = b.trigger_token if b.trigger_token is not None else obj.i
    return not any(t.lemma_.lower() == lemma and not _pointing_back(t)
                   for t in doc[end + 1:obj.i])


def _original(analysis: Analysis, e: Event, skip: set[str]) -> Event:
    """The first telling of an act that `e` names again: "claimed the attack" after "militants
    ambushed a convoy" is the ambush. `e` itself unless its trigger is a definite noun."""
    if not _is_mention(analysis, e):
        return e
    placed = _placed_original(analysis, e, skip)
    if placed is not None:
        return placed
    best: Event | None = None
    for b in analysis.events:
        if (b.id in skip or b.id == e.id or b.trigger.start >= e.trigger.start
                or b.sentence < e.sentence - LOOKBACK or _family(b.type) != _family(e.type)
                or b.status in ("negated", "hypothetical", "planned")
                or _is_mention(analysis, b)):
            continue
        # the main act of its sentence rather than a clause inside it; then the latest
        if best is None or (b.embedding == "main") >= (best.embedding == "main"):
            best = b
    return best or e


def _placed_original(analysis: Analysis, e: Event, skip: set[str]) -> Event | None:
    """"the Tifariti strike": a mention named by a place leads to the first act of its kind
    told at that place (its place, or its sentence naming it), however far back."""
    doc = analysis.doc
    tok = doc[e.trigger_token] if e.trigger_token is not None else None
    if tok is None:
        return None
    marks = {t.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             for t in c.subtree if t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "NORP")}
    if not marks:
        return None
    for b in analysis.events:
        if b.trigger.start >= e.trigger.start:
            break
        if (b.id in skip or b.id == e.id or _family(b.type) != _family(e.type)
                or b.status not in ("asserted", "reported") or _is_mention(analysis, b)):
            continue
        where = (b.location.name or "").lower() if b.location else ""
        sent = analysis.sentences[b.sentence].text.lower() \
            if 0 <= b.sentence < len(analysis.sentences) else ""
        if any(m in where.split() or re.search(rf"\b{re.escape(m)}\b", sent) for m in marks):
            return b
    return None


def _is_mention(analysis: Analysis, e: Event) -> bool:
    """Whether the event's trigger is a noun pointing back: "the attack", "that barrage"."""
    doc = analysis.doc
    if doc is None or e.trigger_token is None:
        return False
    return _pointing_back(doc[e.trigger_token])


def _pointing_back(tok: Token) -> bool:
    """"the attack", "that barrage": a definite act noun told bare; "the assassination of
    Soleimani" describes its act in full and may be its first telling."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("of", "against")
                                          and not _dated_only(c))
           for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _dated_only(prep: Token) -> bool:
    """"of 8 June", "of last week": a phrase that dates an act without telling it."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _antecedent(analysis: Analysis, noun: Token) -> Event | None:
    """The act told before that a definite noun names again ("the seizure" after "boats
    surrounded the tanker and took it to port"): the latest earlier act of the noun's type,
    one whose verb is the noun's verb first."""
    if not _pointing_back(noun):
        return None
    lemma = noun.lemma_.lower()
    want = NOUN_TYPES.get(lemma)
    if want is None:
        return None
    stem = NOUN_VERBS.get(lemma, lemma)
    sent = analysis.sentence_index(noun.idx)
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        if (b.trigger.start >= noun.idx or b.sentence < sent - LOOKBACK
                or b.status in ("negated", "hypothetical", "planned")
                or _family(b.type) != _family(want) or _is_mention(analysis, b)):
            continue
        score = (b.type == want) + (_trigger_lemma(analysis.doc, b) == stem) \
            + 0.2 * (b.embedding == "main") - 0.1 * (sent - b.sentence)
        if best is None or score >= best[0]:
            best = (score, b)
    return best[1] if best else None


def _link_named_acts(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"Vietnam firmly opposed the attack", "condemned the shelling", "we reject that": an
    answer in words whose object points back to an act told before answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type not in VERBAL_TYPES or a.trigger_token is None
                or a.status in ("negated", "hypothetical", "planned")):
            continue
        verb = doc[a.trigger_token]
        if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
            verb = verb.head  # "will not accept": the modal stands for its verb
        if verb.pos_ not in ("VERB", "AUX") or _is_purpose(verb):
            continue  # "summoned the envoy to condemn X": the summons answers (see _link)
        said = _summarised(by_token, verb)
        if said is not None and said.id != a.id:
            _add(a, said, named=True)
            continue
        refused = verb.lemma_.lower() in REFUSED_VERBS and any(c.dep_ == "neg"
                                                               for c in verb.children)
        # "called the strike an unprovoked violation": a judgement, an answer only when
        # the judge is another side than the doers ("called its strikes a slap" is not)
        judged = verb.lemma_.lower() in JUDGE_VERBS and any(c.dep_ == "oprd"
                                                            for c in verb.children)
        charged = _charged_acts(verb) if verb.lemma_.lower() == "accuse" else []
        if charged:
            for hit in _match_earlier(analysis, a, charged[0], {a.id}):
                _add(a, hit)  # "accused Yerevan of a deliberate provocation"
            continue
        asked = _asked_acts(verb) if verb.lemma_.lower() in ASK_VERBS else []
        if verb.lemma_.lower() not in REACT_VERBS and not refused and not judged \
                and not asked:
            continue
        objs = asked or _objects(verb)
        after = _after(verb) if verb.lemma_.lower() in REACT_VERBS else None
        if after is not None and after.pos_ == "NOUN":
            objs.append(after)  # "protested … after the Tifariti strike of 8 June"
        for obj in objs:
            if obj.pos_ == "PRON" or (obj.pos_ == "DET" and obj.dep_ == "dobj"):
                if obj.lower_ in ("that", "this", "it"):  # "We reject that."
                    said = _previous_claim(analysis, a) or _alleged(analysis, verb, obj)
                    if said is not None:
                        _add(a, said)
                continue
            if obj.lemma_.lower() in GENERIC_OBJECTS and any(
                    c.lower_ in ("such", "this", "that") for c in obj.children
                    if c.dep_ in ("amod", "det", "predet")):
                said = _previous_claim(analysis, a)  # "will not accept any such move"
                if said is not None:
                    _add(a, said)
                continue
            if not any(c.dep_ == "det" and c.lower_ in DEFINITE
                       or c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                continue  # "the shelling", "its strikes"
            if obj.lemma_.lower() not in NOUN_TYPES:
                continue
            src = _country(a, "source")
            if judged and _own_side_act(analysis, obj, src):
                continue  # "called the Iranian strikes a slap in the face"
            named = [e for e in by_token.get(obj.i, []) if e.id != a.id]
            found = [_original(analysis, named[0], {a.id})] if named else \
                _match_earlier(analysis, a, obj, {a.id}, same_side=judged)
            for b in found:
                if judged and (src is None or _same_doer(a, b, src)):
                    continue
                _add(a, b, named=bool(named))
            if a.responds_to:
                break


def _charged_acts(verb: Token) -> list[Token]:
    """An act named by a noun in an accusation: "accused Yerevan of a provocation" (not "of
    backing the rebels", a charge told by a verb of its own)."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
            and (o.lemma_.lower() in NOUN_TYPES or o.lemma_.lower() in GENERIC_OBJECTS)]


def _asked_acts(verb: Token) -> list[Token]:
    """Acts of the asked side that a request names in its content: "urged Ankara to keep its
    operations away from inhabited areas", "called on Kyiv to halt its strikes"."""
    out = []
    for x in verb.children:
        if x.dep_ != "xcomp":
            continue
        for o in x.children:
            if o.dep_ == "dobj" and o.lemma_.lower() in NOUN_TYPES and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children):
                out.append(o)
    return out


def _own_side_act(analysis: Analysis, noun: Token, country: str | None) -> bool:
    """Whether an act noun names its doer as the side `country` ("the Iranian strikes",
    "its strikes") or the judge's country is unknown."""
    if country is None:
        return True
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            return True  # "called its strikes …": the speaker's own
        if c.dep_ in ("amod", "compound", "poss"):
            actor = analysis.actor_at(c.idx, c.idx + len(c.text))
            if actor is not None and actor.country == country:
                return True
    return False


def _alleged(analysis: Analysis, verb: Token, pron: Token) -> Event | None:
    """What "it" stands for when a claim noun comes before it in its sentence ("put that
    allegation to the authorities, who dismissed it"): the act told as a claim, the latest
    before the noun, whoever did it (the accused side denies its own act)."""
    doc = verb.doc
    ref = next((t for t in reversed(doc[verb.sent.start:pron.i])
                if t.lemma_.lower() in SUMMARY_NOUNS and t.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children)), None)
    if ref is None:
        return None
    sent = analysis.sentence_index(ref.idx)
    best: Event | None = None
    for b in analysis.events:
        if (b.trigger.start >= ref.idx or b.sentence < sent - ANSWER_LOOKBACK
                or b.type not in MATERIAL or b.status != "reported" or b.embedding == "nested"):
            continue
        best = b
    return best


def _summarised(by_token: dict[int, list[Event]], verb: Token) -> Event | None:
    """"X accused Y of hiding the truth, a charge Z rejected": the noun the answer hangs
    from sums up the clause it is set beside; the act of that clause is answered."""
    noun = verb.head
    if (verb.dep_ != "relcl" or noun.lemma_.lower() not in SUMMARY_NOUNS
            or noun.dep_ not in ("appos", "npadvmod", "dep")):
        return None
    for node in noun.ancestors:
        for e in by_token.get(node.i, []):
            return e
    return None


def _objects(verb: Token) -> list[Token]:
    """The direct object and the objects of "over/against/about/for" of a verb."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "against", "about", "for"):
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _previous_claim(analysis: Analysis, a: Event) -> Event | None:
    """What "that" points to in "We reject that": the latest act of another side told in the
    sentence before."""
    src = _country(a, "source")
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start or b.sentence < a.sentence - 1
                or b.sentence == a.sentence or b.embedding != "main"
                or b.status in ("negated", "hypothetical", "planned")):
            continue
        if _same_doer(a, b, src):
            continue
        if best is None or b.trigger.start > best.trigger.start:
            best = b
    return best


def _same_doer(a: Event, b: Event, country: str | None) -> bool:
    """Whether `b` is done by the side of `a`: the same actor when both are resolved (two
    armed groups of one country are two sides), else the same country."""
    ia = a.source.actor_id if a.source else None
    ib = b.source.actor_id if b.source else None
    if ia is not None and ib is not None:
        return ia == ib
    return country is not None and _country(b, "source") == country


DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})
# Verbs of harm done to people: one can be denied in the words of another.
HARM_VERBS = frozenset({"kill", "wound", "injure", "harm", "hurt", "hit", "target", "strike",
                        "bomb", "shell"})
# What a denial of a part in an act denies: "denied any role", "denied involvement".
ROLE_NOUNS = frozenset({"role", "involvement", "responsibility", "part", "hand", "link",
                        "connection", "complicity"})
# Names of the doers of an act, with the verb of the act they come from.
DOER_NOUNS: dict[str, str | None] = {
    "attacker": "attack", "assailant": "attack", "perpetrator": None, "culprit": None,
    "bomber": "bomb", "raider": "raid", "killer": "kill", "gunman": "shoot",
    "kidnapper": "kidnap", "abductor": "abduct",
}
# Verbs that take back what another side took.
RETAKE_VERBS = frozenset({"retake", "recapture", "regain", "reclaim", "recover"})
RECENT_DAYS = 7  # an act this long before an answer is still news the answer may meet
# Verbs that undo what another side did to a thing ("cleared it", "reopened it").
UNDO_VERBS = frozenset({"clear", "reopen", "unblock", "lift", "dismantle", "remove",
                        "break", "free", "retake", "recapture"})
# Verbs that hold someone to account for an act ("whom it blamed for the detention").
BLAME_VERBS = frozenset({"blame", "hold", "accuse", "suspect"})
# Verbs that send forces somewhere.
SEND_VERBS = frozenset({"send", "deploy", "dispatch", "fly", "rush", "move", "reinforce"})
# Verbs of the taking that a retaking undoes.
TAKE_VERBS = frozenset({"attack", "seize", "capture", "take", "storm", "overrun", "occupy"})
# Verbs that free people held by another side.
RELEASE_VERBS = frozenset({"free", "release", "liberate"})
# Verbs whose negation is a rejection: "will not accept any such move".
REFUSED_VERBS = frozenset({"accept", "tolerate", "recognise", "recognize", "allow"})


def _link_denials(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"An official denied that the militia had fired first": a denial of an act told before
    answers the account of that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type != "REJECT" or a.trigger_token is None
                or a.status in ("negated", "hypothetical", "planned")):
            continue
        verb = doc[a.trigger_token]
        if verb.lemma_.lower() not in DENY_VERBS:
            continue
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None:
            if any(c.dep_ == "dobj" and c.lemma_.lower() in ROLE_NOUNS for c in verb.children):
                b = _last_named_act(analysis, by_token, verb)  # "denied any role"
                if b is not None and not _same_doer(a, b, _country(a, "source")):
                    _add(a, b)
            continue
        inner = [e for e in _events_in(by_token, content) if e.type in MATERIAL]
        if not inner:
            # "It denied that tear gas was used": no act of its own in the content, whose
            # words tell again an act told before
            b = _retold(analysis, a, content, harm=True) \
                if not _events_in(by_token, content) else None
            if b is not None:
                _add(a, b)
            continue
        skip = {a.id} | {e.id for e in _events_in(by_token, content)}
        head = doc[inner[0].trigger_token] if inner[0].trigger_token is not None else content
        for b in _match_earlier(analysis, a, head, skip, same_side=True):
            if b.type in MATERIAL:
                _add(a, b)


# Verbs whose negation refuses what was offered or asked ("neither capital has accepted"),
# and verbs that refuse outright ("Gibraltar refused").
ACCEPT_VERBS = frozenset({"accept", "agree", "welcome", "endorse", "approve"})
REFUSE_VERBS = frozenset({"refuse", "reject", "decline", "rebuff", "spurn", "turn"})
# What can be offered or asked, so refused: "did not accept China's offer of mediation".
OFFER_NOUNS = frozenset({"offer", "proposal", "plan", "invitation", "initiative", "request",
                         "call", "appeal", "demand", "suggestion", "mediation", "ceasefire",
                         "truce", "deal", "idea", "overture", "bid"})
# Acts that offer or ask something another side may refuse.
OFFER_LEMMAS = frozenset({"offer", "propose", "invite", "suggest", "ask", "request", "urge",
                          "call", "appeal", "demand", "press", "seek"})
REFUSAL_LOOKBACK = 2  # sentences: a refusal follows closely on what it refuses
ASKED_LOOKBACK = 4  # sentences: a refusal that repeats the asked verb may come a little later
ANSWER_LOOKBACK = 2  # sentences: a denial follows closely on the charge it answers


def _link_refusals(analysis: Analysis) -> None:
    """"Chinese diplomats have offered to mediate, but neither capital has accepted",
    "Ukraine asked for a ceasefire, which Moscow did not accept", "Gibraltar refused": a
    refusal with no object, or one naming an offer or a request, answers the latest offer or
    request of another side told just before it."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.trigger_token is None or a.status in ("hypothetical", "planned"):
            continue
        verb = doc[a.trigger_token]
        if verb.dep_ in ("aux", "neg") and verb.head.pos_ == "VERB":
            verb = verb.head  # "does not accept": the modal or "not" stands for its verb
        lemma = verb.lemma_.lower()
        negated = a.status == "negated" or any(c.dep_ == "neg" for c in verb.children)
        if negated and a.type == "REJECT":
            asked = _asked_to(analysis, a, lemma)
            if asked is not None:  # "urged both sides to reopen …" … "would not reopen"
                _add(a, asked)
                continue
        if not (lemma in ACCEPT_VERBS and negated
                or lemma in REFUSE_VERBS and not negated and a.type == "REJECT"):
            continue
        if lemma == "turn" and not _has_particle(verb, "down"):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in (
                "on", "with", "to", "about", "over", "in") for c in verb.children):
            continue  # "refused to take part", "do not agree on the date": not a refusal
        objs = _objects(verb)
        if objs and not all(o.lemma_.lower() in OFFER_NOUNS or (
                o.pos_ in ("PRON", "DET") and o.lower_ in ("it", "this", "that", "which"))
                for o in objs):
            continue  # "rejected any meeting with the Polisario" names its own thing
        if not objs and verb.dep_ == "relcl" and verb.head.lemma_.lower() not in OFFER_NOUNS:
            continue
        src = _country(a, "source")
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.sentence < a.sentence - REFUSAL_LOOKBACK
                    or b.status in ("negated", "hypothetical")):
                continue
            if _trigger_lemma(doc, b) not in OFFER_LEMMAS and b.type != "REQUEST":
                continue
            if _same_doer(a, b, src):
                continue
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is not None:
            _add(a, best)
            # "offered to mediate": the offer and what it offers are refused together
            for c in doc[best.trigger_token].children:
                for e in analysis.events:
                    if c.dep_ == "xcomp" and e.trigger_token == c.i and e.id != a.id:
                        _add(a, e, named=True)


def _asked_to(analysis: Analysis, a: Event, lemma: str) -> Event | None:
    """The latest request of another side, told shortly before, to do what `a` refuses to
    do ("urged both sides to reopen the crossing" for "would not reopen")."""
    doc = analysis.doc
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                or b.type != "REQUEST" or b.sentence < a.sentence - ASKED_LOOKBACK
                or b.status in ("negated", "hypothetical")
                or _same_doer(a, b, _country(a, "source"))):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == lemma
               for c in doc[b.trigger_token].children):
            best = b
    return best


def _link_denied_charges(analysis: Analysis) -> None:
    """"Iran has accused Pakistan of sheltering the men … Pakistan denies giving refuge to
    any armed group": a denial by a side answers the latest charge against that side told
    just before it."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type != "REJECT" or a.trigger_token is None
                or a.status not in ("asserted", "reported")
                or doc[a.trigger_token].lemma_.lower() not in DENY_VERBS):
            continue
        src = _country(a, "source")
        who = a.source.actor_id if a.source else None
        if src is None and who is None:
            continue
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.type != "ACCUSE"
                    or b.sentence < a.sentence - ANSWER_LOOKBACK
                    or b.status in ("negated", "hypothetical", "planned")
                    or _same_doer(a, b, src)):
                continue
            tgt = b.target
            if tgt is None or not (tgt.country is not None and tgt.country == src
                                   or tgt.actor_id is not None and tgt.actor_id == who):
                continue
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is not None:
            _add(a, best)


def _last_named_act(analysis: Analysis, by_token: dict[int, list[Event]],
                    verb: Token) -> Event | None:
    """The act named last before `verb`, in its sentence or the one before: "claimed the
    launch on Telegram, while Kataib Hezbollah … denied any role" (the launch told before)."""
    doc = verb.doc
    first = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
    for i in range(verb.i - 1, first - 1, -1):
        t = doc[i]
        acts = [e for e in by_token.get(i, []) if e.type in MATERIAL
                and e.status in ("asserted", "reported")]
        if acts:
            return _original(analysis, acts[0], set())
        if t.pos_ == "NOUN" and NOUN_TYPES.get(t.lemma_.lower()) in MATERIAL:
            return _antecedent(analysis, t)
    return None


def _link_pursuits(analysis: Analysis) -> None:
    """"vowed to track down those responsible", "would pursue the attackers": a vow, a plan
    or a request aimed at the doers of an act answers the latest act told before (in a live
    blog newest first, the latest of the older entries), one whose verb their name comes
    from first ("the attackers": an attack)."""
    doc = analysis.doc
    order = _time_order(analysis)
    denied = _sharing_negation(analysis)
    for a in analysis.events:
        if a.responds_to or a.trigger_token is None or a.status == "negated" or (
                a.type in MATERIAL and a.status in ("asserted", "reported")):
            continue  # "exchanged fire with the attackers" fights them, it does not vow to
        verb = doc[a.trigger_token]
        if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
            verb = verb.head  # "would pursue": the modal stands for its verb
        doers = [t for t in verb.subtree if _names_doers(t) and t.sent == verb.sent
                 and all(x.i == verb.i or x.dep_ in ("xcomp", "dobj", "prt", "prep", "pobj",
                                                     "ccomp", "amod")
                         for x in [t, *t.ancestors] if verb.is_ancestor(x))]
        if not doers:
            continue
        stem = DOER_NOUNS.get(doers[0].lemma_.lower())
        b = _latest_act(analysis, a, order, {stem} if stem else set(), denied)
        if b is not None:
            _add(a, b, named=True)


def _link_reinforcements(analysis: Analysis) -> None:
    """"had sent an additional company of troops … to Macomia to help clear the town":
    troops sent to a place answer the first hostile act told there before (in the order of
    time: in a live blog newest first, the older entries), the incident that drew them."""
    doc = analysis.doc
    order = _time_order(analysis)
    denied = _sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in ("MOBILIZE", "AID")
                or a.status in ("negated", "hypothetical")):
            continue
        verb = doc[a.trigger_token]
        if verb.lemma_.lower() not in SEND_VERBS:
            continue
        places = {t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj" for t in o.subtree
                  if t.pos_ == "PROPN"}
        if not places:
            continue
        here = order.get(a.sentence, a.sentence)
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            if (b.id == a.id or there > here or b.type not in MATERIAL or b.id in denied
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.embedding == "nested" or _long_before(b, a)
                    or b.status not in ("asserted", "reported") or _is_mention(analysis, b)):
                continue
            where = (b.location.name or "").lower().split() if b.location else []
            sent = analysis.sentences[b.sentence].text.lower() \
                if 0 <= b.sentence < len(analysis.sentences) else ""
            if not any(p in where or re.search(rf"\b{re.escape(p)}\b", sent) for p in places):
                continue
            if best is None or there < best[0]:
                best = (there, b)
        if best is not None:
            _add(a, best[1], named=True)


def _long_before(b: Event, a: Event) -> bool:
    """Whether `b` is dated well before `a` ("began in October 2017" for troops sent today):
    a past that draws no answer now."""
    return b.date is not None and a.date is not None and \
        b.date.end < a.date.start - dt.timedelta(days=RECENT_DAYS)


def _link_punishments(analysis: Analysis) -> None:
    """"froze the assets of three officials whom it blamed for the detention": a penalty on
    those its object holds to account for an act answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in ("SANCTION", "COERCE")
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for t in obj.subtree:
                if t.dep_ != "relcl" or t.lemma_.lower() not in BLAME_VERBS:
                    continue
                acts = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ == "pobj"
                        and NOUN_TYPES.get(o.lemma_.lower()) is not None
                        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children)]
                for noun in acts[:1]:
                    for b in _match_earlier(analysis, a, noun, {a.id}, same_side=True):
                        _add(a, b)
            if a.responds_to:
                break


def _link_retakings(analysis: Analysis) -> None:
    """"security forces had retaken the district administration building": taking back what
    was taken answers the latest hostile act of another side told before (in a live blog
    newest first, the latest of the older entries)."""
    doc = analysis.doc
    order = _time_order(analysis)
    denied = _sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.status not in ("asserted", "reported")
                or _trigger_lemma(doc, a) not in RETAKE_VERBS):
            continue
        b = _latest_act(analysis, a, order, TAKE_VERBS, denied, other_side=True,
                        reach=LOOKBACK + FAR_LOOKBACK)
        if b is not None:
            _add(a, b, named=True)


def _latest_act(analysis: Analysis, a: Event, order: dict[int, float], stems: Iterable[str],
                denied: set[str], other_side: bool = False,
                reach: int = LOOKBACK) -> Event | None:
    """The latest first telling of a hostile act before `a` in the order of time (at most
    `reach` sentences back), one whose verb is one of `stems` first."""
    stems = set(stems)
    doc = analysis.doc
    src = _country(a, "source")
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        if (b.id == a.id or order.get(b.sentence, b.sentence) > order.get(a.sentence, a.sentence)
                or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                or b.type not in MATERIAL
                or order.get(a.sentence, a.sentence) - order.get(b.sentence, b.sentence) > reach
                or b.embedding == "nested" or b.status not in ("asserted", "reported")
                or b.id in denied or _is_mention(analysis, b)):
            continue
        if other_side and (b.source is None or _same_doer(a, b, src) and (
                a.source is None or a.source.actor_id is None)):
            continue
        score = 1.0 + (_trigger_lemma(doc, b) in stems) \
            - 0.1 * abs(order.get(a.sentence, a.sentence) - order.get(b.sentence, b.sentence))
        if best is None or score > best[0]:
            best = (score, b)
    return best[1] if best is not None else None


TIMESTAMP = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\b")


def _time_order(analysis: Analysis) -> dict[int, float]:
    """Each sentence's place in the order of time. A live blog whose entries open on a
    clock time that falls down the page ("17:50 - …" above "16:20 - …") is read newest
    first: its entries count from the bottom; otherwise the order of the text."""
    text = analysis.text
    stamps: list[tuple[int, int]] = []  # (char offset of the entry, minutes)
    pos = 0
    for line in text.splitlines(keepends=True):
        m = TIMESTAMP.match(line)
        if m and int(m.group(1)) < 24:
            stamps.append((pos, int(m.group(1)) * 60 + int(m.group(2))))
        pos += len(line)
    falls = sum(1 for x, y in zip(stamps, stamps[1:], strict=False) if y[1] < x[1])
    if len(stamps) < 3 or falls < 0.8 * (len(stamps) - 1):
        return {i: float(i) for i in range(len(analysis.sentences))}
    key: dict[int, tuple[int, int]] = {}
    for i, s in enumerate(analysis.sentences):
        entry = sum(1 for off, _ in stamps if off <= s.start)
        key[i] = (len(stamps) - entry, i)  # older entries first, each in text order
    return {i: float(rank) for rank, i in enumerate(sorted(key, key=lambda k: key[k]))}


def _names_doers(tok: Token) -> bool:
    """"the attackers", "the perpetrators", "those responsible"."""
    lemma = tok.lemma_.lower()
    if lemma in DOER_NOUNS and tok.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    return lemma == "responsible" and (tok.head.lower_ in ("those", "whoever")
                                       or any(c.lower_ == "those" for c in tok.children))


def _sharing_negation(analysis: Analysis) -> set[str]:
    """"No one was killed or wounded": acts joined to a negated act share its negation."""
    doc = analysis.doc
    negated = {e.trigger_token for e in analysis.events if e.status == "negated"}
    return {e.id for e in analysis.events if e.trigger_token is not None
            and doc[e.trigger_token].dep_ == "conj" and doc[e.trigger_token].head.i in negated}


def _link_releases(analysis: Analysis) -> None:
    """"An officer had been detained … The officer was freed four days later": freeing
    people answers the latest capture of people named by the same noun; else, told just
    after an accord ("signed a peace accord … freed 14 hostages the following day"), the
    accord."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.status not in ("asserted", "reported")
                or _trigger_lemma(doc, a) not in RELEASE_VERBS):
            continue
        who = _freed(doc[a.trigger_token])
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.type != "COERCE" or b.sentence < a.sentence - LOOKBACK
                    or b.status not in ("asserted", "reported")):
                continue
            held = _held(doc[b.trigger_token])
            if who and held and who == held:
                best = b
        if best is None and 0 <= a.sentence < len(analysis.sentences) and \
                LATER.search(analysis.sentences[a.sentence].text):
            for b in analysis.events:
                if (b.id != a.id and b.trigger.start < a.trigger.start
                        and b.sentence >= a.sentence - SEQUENCE_LOOKBACK
                        and b.status in ("asserted", "reported")
                        and (b.type == "AGREE" or _trigger_lemma(doc, b) == "sign")):
                    best = b
        if best is not None:
            _add(a, best)


def _freed(verb: Token) -> str | None:
    """The noun of who is freed: "freed 14 hostages", "the officer was freed"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c.lemma_.lower()
    return None


def _held(verb: Token) -> str | None:
    """The noun of who is captured: "detained an officer", "an officer had been detained"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c.lemma_.lower()
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower()  # "the officer detained at the crossing"
    return None


def _link_negations(analysis: Analysis) -> None:
    """"In a statement it said its fighters had not fired on any market", "denied that any
    civilians were killed": an act said not to have happened answers the earlier account of
    that act, when both share the deed (the same verb, or a word of what was hit or where)."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.status != "negated" or a.type not in MATERIAL | {"MOBILIZE"} or \
                a.trigger_token is None:
            continue
        b = _retold(analysis, a, doc[a.trigger_token])
        if b is not None:
            _add(a, b)


def _retold(analysis: Analysis, a: Event, clause: Token, harm: bool = False) -> Event | None:
    """The earlier act, told in another sentence, that `clause` tells again: the same verb,
    or a word of what was hit or where; with `harm`, any verb of harm for another ("denied
    that any civilians were harmed" after "bombs … killed women")."""
    doc = analysis.doc
    lemma = clause.lemma_.lower()
    words = {t.lemma_.lower() for t in clause.subtree if (t.pos_ in ("NOUN", "PROPN")
             or t.ent_type_ in ("NORP", "GPE")) and not t.is_stop and t.i != clause.i}
    want = a.type if a.type in MATERIAL | {"MOBILIZE"} else None
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start
                or (b.type not in MATERIAL if want is None else _family(b.type) != _family(want))
                or b.status not in ("asserted", "reported") or b.sentence == a.sentence
                or b.sentence < a.sentence - LOOKBACK or a.id in b.responds_to):
            continue
        ev = {w.lower() for w in _words(b.evidence.text)}
        shared = len({w.rstrip("s") for w in words} & ev)
        trig = _trigger_lemma(doc, b)
        same = trig == lemma or (harm and lemma in HARM_VERBS and trig in HARM_VERBS)
        if not shared and not same:
            continue
        score = shared + 1.5 * same - 0.1 * (a.sentence - b.sentence)
        if best is None or score > best[0]:
            best = (score, b)
    return _main_act(analysis, best[1]) if best is not None else None


def _main_act(analysis: Analysis, e: Event) -> Event:
    """The main act of the sentence that tells `e` inside a clause ("bombed a village,
    killing 19": the bombing), when it is of the same kind; else `e`."""
    if e.embedding == "main":
        return e
    for b in analysis.events:
        if b.sentence == e.sentence and b.embedding == "main" and \
                b.trigger.start < e.trigger.start and _family(b.type) == _family(e.type) and \
                b.status in ("asserted", "reported"):
            return b
    return e


SEQUENCE = re.compile(
    r"^(?:(?:the|a|an|one|two|three|four|several|some|a few|\d+)\s+)?"
    r"(?:(?:next|following)\s+(?:day|morning|evening|night|afternoon|week)"
    r"|(?:day|days|hour|hours|minutes|week|weeks|night|nights)\s+(?:later|after(?:wards)?))\b"
    r"|^later\s+(?:that|the same)\s+(?:day|night|evening|morning|afternoon)\b"
    r"|^(?:soon|shortly)\s+after(?:wards)?\b",
    re.IGNORECASE)
# The same, anywhere in the sentence: "Kenyan troops launched air strikes the next day".
LATER = re.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning|evening|night|afternoon|week)"
    r"|(?:a|one|two|three|several|\d+)\s+(?:day|days|hours|weeks)\s+later"
    r"|hours\s+later|later\s+that\s+(?:day|night|evening|morning))\b",
    re.IGNORECASE)


def _link_sequence(analysis: Analysis) -> None:
    """"Israel killed a Hezbollah commander. The next day Hezbollah fired 200 rockets at
    Israel": a hostile act that the text places just after an act against its doer, by a
    sentence opening on "the next day", "hours later" (or saying so later in the clause),
    answers that act."""
    for a in analysis.events:
        if (a.responds_to or a.type in COOPERATION_TYPES or a.embedding != "main"
                or a.status not in ("asserted", "reported")):
            continue
        if not 0 <= a.sentence < len(analysis.sentences):
            continue
        sent_text = analysis.sentences[a.sentence].text.strip()
        if not (SEQUENCE.match(sent_text) or LATER.search(sent_text)):
            continue
        src = _country(a, "source")
        if src is None:
            continue
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.sentence >= a.sentence
                    or b.sentence < a.sentence - SEQUENCE_LOOKBACK
                    or b.status not in ("asserted", "reported")
                    or b.type not in MATERIAL | {"MOBILIZE"}):
                continue
            if _country(b, "source") in (None, src):
                continue
            place = b.location.country if b.location else None
            # an act against the doer, or troops moved onto its ground
            if not (_country(b, "target") == src and b.type in MATERIAL
                    or b.type == "MOBILIZE" and place == src):
                continue
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is None:
            best = _struck_back(analysis, a, src)
        if best is not None:
            _add(a, _incident_start(analysis, best))


def _struck_back(analysis: Analysis, a: Event, src: str) -> Event | None:
    """What a hostile act placed "hours later" answers when no act against its doer was told
    just before: the latest act of the side it hits (or of any side, on its doer's soil or
    people) told further back, taken at the first telling of that incident ("stormed a base
    …, killing 11" … "claimed its fighters had killed dozens": the storming)."""
    if a.type not in MATERIAL:
        return None  # a counter-attack; a threat "a day later" may answer words or plans
    tgt = _country(a, "target")
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.sentence >= a.sentence or b.sentence < a.sentence - LOOKBACK
                or b.status not in ("asserted", "reported") or b.type not in MATERIAL):
            continue
        b_src = _country(b, "source")
        if b_src is None or b_src == src:
            continue
        place = b.location.country if b.location else None
        if not (_country(b, "target") == src or b_src == tgt or place == src):
            continue
        if best is None or b.trigger.start > best.trigger.start:
            best = b
    return _incident_start(analysis, best) if best is not None else None


def _incident_start(analysis: Analysis, b: Event) -> Event:
    """The first telling of the incident `b` belongs to: the earliest main act of the same
    kind by the same side on the same day told before it (within the look-back)."""
    day = b.date
    src = _country(b, "source")
    if day is None or day.granularity != "day" or src is None:
        return b
    for x in analysis.events:
        if x.trigger.start >= b.trigger.start:
            break
        if (x.sentence < b.sentence - LOOKBACK or x.type not in MATERIAL
                or x.embedding != "main" or x.status not in ("asserted", "reported")
                or _country(x, "source") != src or x.date is None
                or (x.date.start, x.date.end) != (day.start, day.end)):
            continue
        return x
    return b


def _link_counter_acts(analysis: Analysis) -> None:
    """"Drones crossed into Polish airspace. Polish jets shot down several of them": force
    used on the doers of an act just told ("them", "it" standing for its subject), by its
    target or by someone else than the doers, answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type not in MATERIAL or a.trigger_token is None
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        pron = _object_pronoun(verb)
        if pron is None:
            continue
        referent = _referent(verb, pron)
        if referent is None:
            continue
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.type not in MATERIAL or b.status not in ("asserted", "reported")):
                continue
            subj = next((c for c in doc[b.trigger_token].children if c.dep_ == "nsubj"), None)
            if subj is None or referent.i not in {t.i for t in subj.subtree}:
                continue
            a_src, b_src = _country(a, "source"), _country(b, "source")
            if a_src is None or a_src != b_src:
                _add(a, b)
            break


def _link_undoings(analysis: Analysis) -> None:
    """"Protesters had blocked the road for weeks when troops moved in and cleared it": an
    act that undoes what another side did to a thing ("it" standing for what it blocked,
    held or shut) answers that act."""
    doc = analysis.doc
    by_tok = {e.trigger_token: e for e in analysis.events if e.trigger_token is not None}
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in MATERIAL | {"MOBILIZE"}
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.i not in by_tok)]
        for v in verbs:
            if v.lemma_.lower() not in UNDO_VERBS:
                continue
            pron = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PRON"
                         and c.lower_ in ("it", "them")), None)
            referent = _referent(v, pron) if pron is not None else None
            if referent is None:
                continue
            for b in analysis.events:
                if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                        or b.type not in MATERIAL | {"PROTEST"}
                        or b.status not in ("asserted", "reported")
                        or _same_doer(a, b, _country(a, "source"))):
                    continue
                held = {t.i for c in doc[b.trigger_token].children
                        if c.dep_ in ("dobj", "prep") and c.lower_ not in ("for", "since")
                        for t in c.subtree}  # "the road through the zone", not "for weeks"
                if referent.i in held:
                    _add(a, b)
                    break
            if a.responds_to:
                break


def _referent(verb: Token, pron: Token) -> Token | None:
    """What "them"/"it" stands for: the nearest noun of its number before it, in its
    sentence or the one before, not the subject of its own verb nor a span of time."""
    plural = pron.lower_ == "them"
    doc = verb.doc
    own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    first = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
    for i in range(pron.i - 1, first - 1, -1):
        t = doc[i]
        if t.pos_ not in ("NOUN", "PROPN") or t.i in own:
            continue
        if t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_UNITS:
            continue
        if (t.tag_ in ("NNS", "NNPS")) == plural:
            return t
    return None


def _object_pronoun(verb: Token) -> Token | None:
    """The pronoun a verb acts on: "shot them down", "shot down several of them"."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.pos_ == "PRON" and c.lower_ in ("them", "it"):
            return c
        of = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"), None)
        obj = next((x for x in of.children if x.dep_ == "pobj"), None) if of else None
        if obj is not None and obj.lower_ == "them":
            return obj
    return None


def _share_answers(analysis: Analysis) -> None:
    """"Vietnam opposed the attack and demanded compensation": an act joined to an answer
    (the same subject's next verb, a vow or threat whose content is the answer, or the
    speaker's next sentence opening on "he", "she", "it", "they") answers the same act."""
    doc = analysis.doc
    by_tok = {e.trigger_token: e for e in analysis.events if e.trigger_token is not None}
    for c in analysis.events:
        if (c.responds_to or c.trigger_token is None or c.type not in VERBAL_TYPES
                or c.status in ("negated", "hypothetical")):
            continue
        tok = doc[c.trigger_token]
        a = by_tok.get(tok.head.i) if tok.dep_ == "conj" else None
        if a is None and tok.lemma_.lower() in COMMIT_VERBS:
            # "The Houthis vow to retaliate": the vow answers what the act would; a report
            # of an answer ("said the group had fired in retaliation") answers nothing
            a = next((by_tok[x.i] for x in tok.children
                      if x.dep_ in ("xcomp", "ccomp", "acl", "relcl") and x.i in by_tok
                      and by_tok[x.i].responds_to), None)
        if a is None and c.embedding == "main":
            subj = next((x for x in tok.children if x.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("he", "she", "it", "they") \
                    and subj.i == tok.sent.start:
                a = next((e for e in analysis.events if e.sentence == c.sentence - 1
                          and e.responds_to and e.type in VERBAL_TYPES
                          and e.embedding == "main"), None)
        if a is None or not a.responds_to or a.id == c.id:
            continue
        for bid in a.responds_to:
            if bid != c.id and bid not in c.responds_to:
                c.responds_to.append(bid)
    for _ in range(2):  # a partner may take its answer from the first round
        for c in analysis.events:
            if (c.responds_to or c.trigger_token is None or c.status in ("negated", "hypothetical")
                    or c.type not in VERBAL_TYPES | {"MOBILIZE"}):
                continue
            a = _joined_answer(by_tok, doc[c.trigger_token])
            if a is None or a.id == c.id or c.id in a.responds_to:
                continue
            for bid in a.responds_to:
                if bid != c.id and bid not in c.responds_to:
                    c.responds_to.append(bid)


def _joined_answer(by_tok: dict[int, Event], tok: Token) -> Event | None:
    """The answer an act is joined to by "and": "lodged a protest … and condemned the launch"
    (the light verb of a noun stands for it), "condemned the assault and said it would fly
    reinforcements" (the content of a conjoined report or vow stands for its verb)."""
    node = tok
    if node.pos_ == "NOUN" and node.dep_ == "dobj" and node.head.i not in by_tok:
        node = node.head  # "lodged a protest", "fly reinforcements"
    if node.dep_ in ("ccomp", "xcomp") and node.head.i not in by_tok and \
            node.head.lemma_.lower() in REPORTING | COMMIT_VERBS:
        node = node.head  # "said it would fly …"
    partners = [node.head] if node.dep_ == "conj" else []
    partners += [c for c in node.children if c.dep_ == "conj"]
    for p in partners:
        for x in [p, *(c for c in p.children if c.dep_ == "dobj")]:
            e = by_tok.get(x.i)
            if e is not None and e.responds_to and e.trigger_token != tok.i and (
                    e.type in VERBAL_TYPES and e.status != "negated"):
                return e
    return None


def _trigger_lemma(doc: Any, e: Event) -> str | None:
    i = e.trigger_token
    return doc[i].lemma_.lower() if i is not None and doc is not None else None


def _side_score(answer: Event, b: Event, same_side: bool) -> float:
    a_src = answer.source.country if answer.source else None
    a_tgt = answer.target.country if answer.target else None
    b_src = b.source.country if b.source else None
    b_tgt = b.target.country if b.target else None
    score = 0.5
    if same_side:  # a cause named as the provoker's own act
        return score
    if a_src and b_tgt and a_src == b_tgt:
        score += 2.0
    if a_tgt and b_src and a_tgt == b_src:
        score += 1.0
    if a_src and b_src and a_src == b_src:
        score -= 2.0
    return score


def _family(t: str) -> str:
    return "material" if t in MATERIAL else t


def _words(text: str) -> list[str]:
    out = []
    for w in text.replace("-", " ").split():
        w = w.strip(".,;:!?\"'()[]“”’‘").lower()
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.append(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out
