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
  ("in retaliation"), the most recent earlier act by the other side.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from warpath.document import Analysis, Event
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
                     "operation", "fire", "explosion", "blast", "drone", "missile", "rocket"),
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
# Purpose verbs that make the act they modify an answer: "summoned the envoy to protest X".
PURPOSE_VERBS = frozenset({"protest", "condemn", "denounce", "punish"})
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
}
LOOKBACK = 8  # sentences to search back for an answered event
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
            if lemma == "answer" and not any(c.dep_ in ("dobj", "prep") for c in tok.children):
                continue
            obj = (_dobj(tok) if lemma in ("avenge", "revenge", "answer")
                   else _object(tok, preps))
            _link(analysis, by_token, tok, obj or _after(tok))
        elif tok.pos_ == "VERB" and lemma in BACK_VERBS and _has_particle(tok, "back"):
            _link(analysis, by_token, tok, _object(tok, preps) or _after(tok))
        elif tok.pos_ == "VERB" and lemma in PURPOSE_VERBS and _is_purpose(tok):
            _link(analysis, by_token, tok, _dobj(tok), purpose=True)
        elif tok.pos_ == "VERB" and lemma in CAUSE_VERBS:
            _link_cause(analysis, by_token, tok)
        elif tok.pos_ == "VERB" and lemma == "come" and _after(tok) is not None:
            _link_came_after(analysis, by_token, tok)
    _link_reactive(analysis, by_token)


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
               obj: Token | None, purpose: bool = False) -> list[Event]:
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
    for anc in _anchors(cue):
        hits = by_token.get(anc.i, [])
        if hits:
            return list(hits)
        # a light verb: "imposed sanctions in response", "launched strikes in retaliation"
        for c in anc.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr") and by_token.get(c.i):
                return list(by_token[c.i])
    # "a response that included strikes": events under the cue outside its object
    skip = {e.id for e in _events_in(by_token, obj)} if obj is not None else set()
    inner = [e for e in _events_in(by_token, cue, skip)]
    return inner[:1]


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
    answering = [e for e in _answering(by_token, cue, obj, purpose) if e.status != "negated"]
    if not answering:  # "decided against retaliation" answers nothing
        return
    ids = {e.id for e in answering}
    answered: list[Event] = []
    if obj is not None:
        inside = [e for e in _events_in(by_token, obj) if e.id not in ids]
        if inside:
            answered = inside[:1]
    for a in answering:
        if answered:
            for b in answered:
                _add(a, b, named=True)
        else:
            for b in _match_earlier(analysis, a, obj, ids):
                _add(a, b)


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
            sides = (tgt is not None and b_src == tgt) + (src is not None and b_tgt == src)
            if not sides:
                continue
            score = sides + 0.5 * (b_src is not None and b_tgt is not None)
            score -= 0.05 * (a.sentence - b.sentence)
            if best is None or score > best[0]:
                best = (score, b)
        if best is not None:
            a.responds_to.append(best[1].id)


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
    doc = analysis.doc
    best: tuple[float, Event] | None = None
    lo = answer.sentence - LOOKBACK
    for b in analysis.events:
        if b.id in skip or b.id == answer.id or b.sentence < lo:
            continue
        if b.trigger.start >= answer.trigger.start:
            continue
        if b.status in ("negated", "hypothetical"):
            continue
        if answer.id in b.responds_to:
            continue
        if want_type is not None and _family(b.type) != _family(want_type):
            continue
        if want_type is None and not generic and b.type not in MATERIAL:
            continue  # with nothing named, a retaliation answers force, not words
        score = _side_score(answer, b, same_side)
        if b.type in MATERIAL:
            score += 1.0
        if want_type is not None and b.type == want_type:
            score += 0.5  # "the executions" fits a killing better than an arrest
        if words:
            ev = {w.lower() for w in _words(b.evidence.text)}
            score += 1.5 * len(words & ev) / len(words)
            # the same act named again: "the strikes", or "the detention" for "detained"
            named = b.trigger.text.lower().rstrip("s") in {w.rstrip("s") for w in words}
            if named or _trigger_lemma(doc, b) in stems:
                score += 1.0
        # recency: a nearer event wins a tie
        score -= 0.15 * (answer.sentence - b.sentence)
        if score < 0.5:
            continue
        if best is None or score >= best[0]:
            best = (score, b)
    return [best[1]] if best else []


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
