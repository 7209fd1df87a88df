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
LOOKBACK = 8  # sentences to search back for an answered event


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
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in RESPONSE_NOUNS:
            _link(analysis, by_token, tok, _object(tok, OBJECT_PREPS - {"against"}))
        elif tok.pos_ == "VERB" and lemma in RESPONSE_VERBS:
            if lemma in ("hit", "counter") and not _has_particle(tok, "back"):
                continue
            if lemma == "answer" and not any(c.dep_ == "dobj" for c in tok.children):
                continue
            obj = (next((c for c in tok.children if c.dep_ == "dobj"), None)
                   if lemma in ("avenge", "revenge", "answer")
                   else _object(tok, OBJECT_PREPS - {"against"}))
            _link(analysis, by_token, tok, obj)
        elif tok.pos_ == "VERB" and lemma in CAUSE_VERBS:
            _link_cause(analysis, by_token, tok)


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
               obj: Token | None) -> list[Event]:
    """The events the cue says are answers."""
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


def _anchors(cue: Token) -> list[Token]:
    """Tokens an answering act can hang from: the predicate an adverbial "in retaliation"
    or a purpose clause "to avenge" modifies, up to the first verb, no further."""
    if cue.pos_ == "NOUN":
        if cue.dep_ != "pobj" or cue.head.lower_ not in ("in", "as"):
            return []
        start = cue.head.head
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
          obj: Token | None) -> None:
    answering = [e for e in _answering(by_token, cue, obj) if e.status != "negated"]
    if not answering:  # "decided against retaliation" answers nothing
        return
    ids = {e.id for e in answering}
    answered: list[Event] = []
    if obj is not None:
        inside = [e for e in _events_in(by_token, obj) if e.id not in ids]
        if inside:
            answered = inside[:1]
    for a in answering:
        target = answered or _match_earlier(analysis, a, obj, ids)
        for b in target:
            if b.id != a.id and b.id not in a.responds_to:
                a.responds_to.append(b.id)


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
    words: set[str] = set()
    if obj is not None:
        want_type = NOUN_TYPES.get(obj.lemma_.lower())
        words = {t.lemma_.lower() for t in obj.subtree
                 if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop}
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
        if want_type is None and b.type not in MATERIAL:
            continue  # with nothing named, a retaliation answers force, not words
        score = _side_score(answer, b, same_side)
        if b.type in MATERIAL:
            score += 1.0
        if words:
            ev = {w.lower() for w in _words(b.evidence.text)}
            score += 1.5 * len(words & ev) / len(words)
            if b.trigger.text.lower().rstrip("s") in {w.rstrip("s") for w in words}:
                score += 1.0
        # recency: a nearer event wins a tie
        score -= 0.15 * (answer.sentence - b.sentence)
        if score < 0.5:
            continue
        if best is None or score >= best[0]:
            best = (score, b)
    return [best[1]] if best else []


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
