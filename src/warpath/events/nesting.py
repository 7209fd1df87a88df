"""Where each event sits in its sentence: main, nested in another event, or background.

A sentence often states one piece of news and carries others inside it: "A report alleged that
French troops helped carry out killings" is an accusation whose content is a killing; "Obama
wants to attack Switzerland" is a threat whose content is an attack; "the militia that seized
the town" describes a participant. warpath keeps all of them (the nested killing is what an
analyst may be looking for), but event databases code the sentence's own news once, so each
event says which it is:

- nested: the predicate lies inside the clause or phrase of another event's predicate (its
  complement, object, purpose or manner clause), or another event's predicate is its
  auxiliary ("will" of a stated intention, "must" of a demand). `nested_in` names the outer
  event. A coordinated predicate ("attacked Iraq and took Mosul") is a sibling, not content.
- background: a relative or participle clause on a noun ("civilians imprisoned for ..."), or a
  temporal clause ("two weeks after rebels kidnapped ...") reached before any outer event.
- main: everything else, including events under a speech verb that is not itself an event
  ("Insurgents shelled Aleppo, state media reported").
"""

from __future__ import annotations

from typing import Any

from warpath.document import Embedding, Event
from warpath.events.grammar import infinitive

_TIME_MARKS = {"after", "before", "since", "until", "till", "once", "following"}
_NOUNS = {"NOUN", "PROPN", "PRON", "NUM"}
# "talks on the ceasefire", "a summit about the unrest": an event named as a topic
_TOPIC = {"on", "about", "over", "regarding", "concerning"}
# "held talks ..., offering support": a light verb stands where its event noun does
_LIGHT_OBJECT = {"dobj", "obj", "attr"}


def mark(doc: Any, events: list[Event]) -> None:
    """Set `embedding` and `nested_in` on the events of one sentence (ids already given)."""
    by_token: dict[int, list[Event]] = {}
    for e in events:
        if e.trigger_token is None:
            continue
        by_token.setdefault(e.trigger_token, []).append(e)
        tok = doc[e.trigger_token]
        if tok.pos_ == "NOUN" and tok.dep_ in _LIGHT_OBJECT and tok.head.pos_ in ("VERB", "AUX"):
            by_token.setdefault(tok.head.i, []).append(e)
    for e in events:
        if e.trigger_token is None:
            continue
        outer, embedding = _container(doc[e.trigger_token], e, by_token)
        e.embedding = embedding
        e.nested_in = outer.id if outer is not None else None
    by_id = {e.id: e for e in events}
    for e in events:  # a parse can make two events each other's content: keep one main
        seen, cur = {e.id}, e
        while cur.nested_in is not None and cur.nested_in in by_id:
            cur = by_id[cur.nested_in]
            if cur.id in seen:
                cur.embedding, cur.nested_in = "main", None
                break
            seen.add(cur.id)


def _others(tok: Any, e: Event, by_token: dict[int, list[Event]]) -> list[Event]:
    found = [x for x in by_token.get(tok.i, []) if x is not e and x.trigger != e.trigger]
    return sorted(found, key=lambda x: x.trigger_token != tok.i)  # its own predicate first


def _container(tok: Any, e: Event,
               by_token: dict[int, list[Event]]) -> tuple[Event | None, Embedding]:
    node = tok
    while True:
        # "will attack", "would not give permission to help": a statement made by an auxiliary
        # (THREATEN on "will", REQUEST on "must") holds the clause of the verb it serves
        for child in node.children:
            if child.dep_ in ("aux", "auxpass", "neg") and child.i != tok.i and (
                    outer := _others(child, e, by_token)):
                return outer[0], "nested"
        if node.head.i == node.i:
            return None, "main"
        dep, child, node = node.dep_, node, node.head
        if dep == "conj" or child.i == tok.i and dep in ("aux", "auxpass", "neg"):
            # a coordinated predicate is a sibling of its head, not its content; an
            # auxiliary's statement sits where the verb it serves sits
            continue
        if child.i == tok.i and tok.pos_ == "NOUN" and dep == "pobj" and (
                node.lower_ in _TOPIC) and not _others(node.head, e, by_token):
            return None, "background"
        if dep == "relcl" and node.pos_ in _NOUNS and not infinitive(child):
            return None, "background"  # but "a vow to retaliate" is the vow's content
        if dep == "acl" and node.pos_ in _NOUNS and child.tag_ in ("VBN", "VBG"):
            return None, "background"
        if dep == "advcl" and any(m.dep_ in ("mark", "prep") and m.lower_ in _TIME_MARKS
                                  for m in child.children):
            return None, "background"  # "struck Gaza after militants fired": not its content
        if outer := _others(node, e, by_token):
            return outer[0], "nested"
