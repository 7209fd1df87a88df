"""Acts joined to an answer share what it answers: a conjoined verb, a vow whose content is
the answer, the speaker's next sentence opening on a pronoun."""

from __future__ import annotations

from warpath.document import Analysis, Event
from warpath.provenance.responses.syntax import Token
from warpath.provenance.responses.words import COMMIT_VERBS, MATERIAL, REPORTING, VERBAL_TYPES


def share_answers(analysis: Analysis) -> None:
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
                # (an answer read as background, "… had been fishing lawfully and rejected
                # the arrest", by the same side)
                a = next((e for e in analysis.events if e.sentence == c.sentence - 1
                          and e.responds_to and e.type in VERBAL_TYPES
                          and (e.embedding == "main" or e.embedding == "background"
                               and _same_country(e, c))), None)
        if a is None or not a.responds_to or a.id == c.id:
            continue
        _share(analysis, a, c)
    for _ in range(2):  # a partner may take its answer from the first round
        for c in analysis.events:
            if (c.responds_to or c.trigger_token is None or c.status in ("negated", "hypothetical")
                    or c.type not in VERBAL_TYPES | {"MOBILIZE"}):
                continue
            a = _joined_answer(by_tok, doc[c.trigger_token])
            if a is None or a.id == c.id or c.id in a.responds_to:
                continue
            _share(analysis, a, c)
    for c in analysis.events:  # "struck a column and neutralised twenty in response to …"
        if c.responds_to or c.trigger_token is None or c.type not in MATERIAL or \
                c.status in ("negated", "hypothetical"):
            continue
        a = _joined_force(by_tok, doc[c.trigger_token])
        if a is not None and a.id != c.id and c.id not in a.responds_to:
            _share(analysis, a, c)


def _joined_force(by_tok: dict[int, Event], tok: Token) -> Event | None:
    """An act of force joined by "and" to another act of force of the same doers that
    answers something: "its jets struck a convoy and killed twenty fighters in retaliation"
    (the cue hangs from one verb, both are the answer). A conjunct with a subject of its own
    ("rebels raided the post and the army retaliated") is another side's act."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    pairs = [(tok.head, tok)] if tok.dep_ == "conj" else []
    pairs += [(tok, c) for c in tok.children if c.dep_ == "conj"]
    for first, second in pairs:
        if second.pos_ not in ("VERB", "AUX") or first.pos_ not in ("VERB", "AUX") or any(
                x.dep_ in ("nsubj", "nsubjpass") for x in second.children):
            continue
        other = first if second.i == tok.i else second
        e = by_tok.get(other.i)
        if e is not None and e.responds_to and e.type in MATERIAL and \
                e.status not in ("negated", "hypothetical"):
            return e
    return None


def _share(analysis: Analysis, a: Event, c: Event) -> None:
    """Give `c` what `a` answers, except, for a request, acts of others than the side asked:
    "condemns the raids. It calls on the UN to send monitors" asks a third party, no answer."""
    by_id = {e.id: e for e in analysis.events}
    for bid in a.responds_to:
        b = by_id.get(bid)
        if bid == c.id or bid in c.responds_to or b is None or _asks_a_third(c, b):
            continue
        c.responds_to.append(bid)


def _asks_a_third(c: Event, b: Event) -> bool:
    """Whether a request is aimed at a side other than the doer of `b`."""
    if c.type != "REQUEST" or c.target is None or b.source is None:
        return False
    if c.target.actor_id is not None and b.source.actor_id is not None:
        return c.target.actor_id != b.source.actor_id and (
            c.target.country is None or c.target.country != b.source.country)
    return c.target.country is not None and b.source.country is not None \
        and c.target.country != b.source.country


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


def _same_country(a: Event, c: Event) -> bool:
    """Whether two acts are done by one known country."""
    x = a.source.country if a.source else None
    return x is not None and x == (c.source.country if c.source else None)
