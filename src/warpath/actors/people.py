"""Person names and their short forms.

Turns spaCy PERSON entities into people: a dictionary person matched by first and last name
or by a close spelling ("Emanuel Macron"), else an unknown person keeping the name, skipping
entities that are really places, bases or organisations. Later single names ("Pompeo",
"Ravid", a parenthetical "(Karaeu)") then join the person named in full.
"""

from __future__ import annotations

from typing import Any

from warpath.actors import generic
from warpath.actors.ledger import Ledger
from warpath.actors.matcher import Match
from warpath.actors.titles import is_title_word

# Words that end names spaCy wrongly tags PERSON ("K-1 Air Base", "Kirkuk Governorate").
_NOT_NAMES = frozenset({"base", "airbase", "governorate", "province", "district", "integrated",
                        "street", "square", "airport", "inc", "ltd", "corp", "group", "twitter",
                        "facebook", "news", "times"})


class PeopleSteps(Ledger):
    """PERSON entities and short forms."""

    def people(self, matches: list[Match]) -> list[Any]:
        """PERSON entities: dictionary people (by name parts or spelling) or new people."""
        singles: list[Any] = []
        # A name the text once calls a place ("two km south of Kani Masi") is that place
        # wherever it stands ("shells fell around Kani Masi").
        places = {e.text for e in self.doc.ents
                  if e.label_ == "PERSON" and (_named_place(self.doc[e.end - 1])
                                               or _place_modifier(e))}
        # ... and so is a name the tagger reads as a place elsewhere in the text ("Mae Sot
        # district" and "in Mae Sot"), when the gazetteer knows a town or region by it
        places |= {e.text for e in self.doc.ents if e.label_ in ("GPE", "LOC", "FAC")
                   and _listed_place(e.text)}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            if ent.text in places and self.matcher.person(ent.text) is None:
                continue
            start, end = ent.start, ent.end
            # spaCy sometimes puts the title or a country word inside the entity.
            while start < end - 1 and (is_title_word(self.doc[start].text)
                                       or self._dict_kind(matches, start) == "state"):
                start += 1
            while end > start + 1 and self.doc[end - 1].dep_ == "case":
                end -= 1
            last_match = next((m for m in matches if m.start <= end - 1 < m.end), None)
            if last_match and last_match.entries[0].kind != "person":
                continue  # "Kataib Hezbollah" tagged PERSON: the dictionary knows better
            words = [t.text for t in self.doc[start:end] if not t.is_punct or t.text == "."]
            name = " ".join(words).replace(" .", ".")
            if not words or any(ch.isdigit() for ch in name) or \
                    words[-1].lower() in _NOT_NAMES:
                continue
            if _known_place(self.doc[end - 1]) and self.matcher.person(name) is None:
                continue  # "toward Jazan and Khamis Mushait": cities tagged PERSON
            if _named_place(self.doc[end - 1]) and self.matcher.person(name) is None:
                continue  # "the town of Avdiivka": the phrase says it is a place
            if end - start == 1:
                singles.append(self.doc[start])
                continue
            entry = None
            if last_match and last_match.kind == "name" and last_match.start <= start \
                    and last_match.end >= end:
                entry = last_match.entries[0]
            entry = entry or self.matcher.person(name)
            actor = self.from_entry(entry) if entry else self.new_actor(name, "person")
            self.add(actor, start, end)
        return singles

    @staticmethod
    def _dict_kind(matches: list[Match], i: int) -> str | None:
        m = next((m for m in matches if m.start <= i < m.end), None)
        return m.entries[0].kind if m else None

    def short_forms(self, singles: list[Any]) -> None:
        """Surnames alone ("Pompeo", "Ravid") join the person named in full."""
        index: dict[str, list[tuple[int, str]]] = {}
        for actor_id, ranges in self.ranges.items():
            actor = self.actors[actor_id]
            if actor.kind != "person":
                continue
            for s, e in ranges:
                if e - s >= 2:
                    index.setdefault(self.doc[e - 1].text, []).append((s, actor_id))
        taken: set[int] = set()
        candidates = list(singles) + [t for t in self.doc if t.pos_ == "PROPN"]
        for tok in sorted(candidates, key=lambda t: t.i):
            if tok.i in taken or self.owner[tok.i] is not None or tok.i in self.title_tokens:
                continue
            taken.add(tok.i)
            found = index.get(tok.text)
            paren = self._parenthetical(tok)
            if found:
                before = [(s, a) for s, a in found if s < tok.i]
                actor_id = (before[-1] if before else found[0])[1]
                self.add(self.actors[actor_id], tok.i, tok.i + 1)
            elif paren is not None:
                self.add(self.actors[paren], tok.i, tok.i + 1)
            elif tok in singles and tok.text[:1].isupper() and tok.i > 0 \
                    and is_title_word(self.doc[tok.i - 1].text):
                actor = self.new_actor(tok.text, "person")
                self.add(actor, tok.i, tok.i + 1)
                index.setdefault(tok.text, []).append((tok.i, actor.id))

    def _parenthetical(self, tok: Any) -> str | None:
        """ "Yuriy Khadzymuratavich Kareau (Karaeu)": the short form right after the name."""
        i = tok.i
        if i < 2 or i + 1 >= len(self.doc) or self.doc[i - 1].text != "(" \
                or self.doc[i + 1].text != ")":
            return None
        owner = self.owner[i - 2]
        return owner if owner and self.actors[owner].kind == "person" else None


_PLACE_HEADS = {"town", "city", "village", "district", "region", "province", "port",
                "capital", "island", "settlement", "municipality", "county", "oblast", "area",
                # "south of X", "the outskirts of X": only a place lies in a direction
                "north", "south", "east", "west", "northeast", "northwest", "southeast",
                "southwest", "outskirts", "edge"}


def _named_place(head: Any) -> bool:
    """ "the town of X", "the village of X": a name given to a place noun by "of"."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and (
        head.head.head.lemma_.lower() in _PLACE_HEADS)


def _place_modifier(ent: Any) -> bool:
    """ "Mae Sot district", "the Frontera Comalapa municipality": a name that a place noun
    takes as its own, and that the gazetteer knows as a town or region (of any size)."""
    head = ent.root
    if head.dep_ != "compound" or head.head.lemma_.lower() not in _PLACE_HEADS or (
            head.head.i < ent.end - 1):
        return False
    return _listed_place(ent.text)


def _listed_place(name: str) -> bool:
    """Whether the gazetteer knows a town or a region by this name."""
    from warpath.places.gazetteer import gazetteer

    place = gazetteer().lookup(name)
    return place is not None and place.level in ("city", "area")


def _known_place(head: Any) -> bool:
    """A name standing where a place stands (or joined to one) that the gazetteer knows as a
    city of some size or a country."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if not generic.is_place_name(tok) or tok.dep_ != "pobj":
        return False
    from warpath.places.gazetteer import gazetteer

    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    place = gazetteer().lookup(ent.text if ent is not None else head.text)
    return place is not None and (place.level == "country" or place.population >= 100_000)
