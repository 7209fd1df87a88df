"""Roles, sectors and countries of people.

Reads what a text says about a person around the name: the title before it ("Iraqi
Brigadier General"), an apposition ("an Israeli journalist, ..."), the office of a dictionary
person the title names, and for unknown people a country from a linked person, a domestic
role, "an Iraqi-American named ...", or an employer named earlier with its country.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from warpath.actors import generic
from warpath.actors.dictionary import Entry, Office
from warpath.actors.ledger import Ledger
from warpath.actors.titles import clean_role, is_title_word, sector_of

# Roles that say nothing of the sector by themselves: the employer's sector counts.
_EMPLOYEE_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "leader",
                             "member", "head", "chief", "commander", "adviser", "advisor"})
_DOMESTIC_ROLES = frozenset({"protester", "demonstrator", "activist", "student", "resident",
                             "witness", "lawmaker", "legislator", "mayor", "governor",
                             "councillor", "councilor", "lawyer", "attorney", "prosecutor",
                             "judge", "magistrate"})
# Words that make a role a local office ("village head", "district chief").
_LOCAL_WORDS = frozenset({"village", "district", "municipal", "provincial", "regional", "local",
                          "town", "county", "community"})
# Role nouns an apposition may give a person ("Raven Tse, a protester").
_APPOSITION_ROLES = frozenset({"protester", "demonstrator", "activist", "student", "resident",
                               "witness", "lawyer", "doctor", "analyst", "researcher", "expert",
                               "professor", "cleric", "commander", "militant", "fighter",
                               "prosecutor", "judge", "attorney", "magistrate"})


class _Title(NamedTuple):
    role: str | None
    country: str | None
    employer: str | None  # sector of the organisation named in the title ("Hamas spokesman")
    start: int | None = None  # first token of the title, when the mention should include it


class RoleSteps(Ledger):
    """Titles, appositions and the context that gives people a country."""

    def titles(self) -> None:
        """Role, sector and country from the words before a name or an apposition."""
        for actor_id, ranges in list(self.ranges.items()):
            actor = self.actors[actor_id]
            if actor.kind != "person":
                continue
            for start, end in list(ranges):
                found = self._title(start)
                if found.role is not None and found.start is not None and found.start < start:
                    # "Israeli Prime Minister Benjamin Netanyahu" is one mention, title included.
                    current = self.ranges[actor_id]  # `drop` may have replaced the list
                    current[current.index((start, end))] = (found.start, end)
                    for i in range(found.start, start):
                        self.owner[i] = actor_id
                if found.role is None:
                    found = self._apposition(self.doc[end - 1])
                role = found.role
                if role is None:
                    continue
                if actor.from_dictionary:
                    # Undated text: the office the title names ("former Ambassador").
                    entry = self.entries.get(actor.id)
                    office = _office_named(entry, role) if entry and self.day is None else None
                    if office is not None:
                        actor.role, actor.sector = office.role, office.sector or actor.sector
                    actor.role = actor.role or role
                else:
                    actor.role = actor.role or role
                    generic_role = role.split()[-1].lower() in _EMPLOYEE_ROLES
                    own = None if generic_role else sector_of(role)
                    actor.sector = actor.sector or own or found.employer or sector_of(role)
                    actor.country = actor.country or found.country

    def _title(self, start: int) -> _Title:
        i = start - 1
        words: list[str] = []
        country: str | None = None
        employer: str | None = None
        sent_start = self.doc[start].sent.start
        extend = start  # where the person's mention may start (title included)
        growing = True  # the title run is contiguous so far
        while i >= sent_start:
            tok = self.doc[i]
            owner = self.owner[i]
            if owner is not None and self.actors[owner].kind in {"state", "organization", "group"}:
                actor = self.actors[owner]
                s = next(s for s, e in self.ranges[owner] if s <= i < e)
                country = country or actor.country
                if actor.kind == "state":
                    self.drop(s, i + 1)
                    extend = s if growing else extend
                else:
                    employer = employer or actor.sector  # "Hamas spokesman": the group's
                    # The organisation keeps its own mention, and a title cut in two
                    # ("commander Qassem Soleimani") is no better than the bare name.
                    extend, growing = start, False
                self.title_tokens.update(range(s, i + 1))
                i = s - 1
                continue
            if tok.text.strip("*_") == "" and not tok.is_space:  # markdown emphasis
                growing = False
                i -= 1
                continue
            if tok.dep_ == "case" and i > sent_start and self.owner[i - 1] is not None:
                i -= 1
                continue
            title_the = (tok.lower_ == "the" and words and i > sent_start
                         and self.doc[i - 1].lower_ == "of")  # "Minister of the Interior"
            if (is_title_word(tok.text) or title_the) and owner is None:
                words.insert(0, tok.text)
                self.title_tokens.add(i)
                extend = i if growing else extend
                i -= 1
                continue
            break
        role = clean_role(words)
        return _Title(role, country, employer, extend if role else start)

    def _apposition(self, head: Any) -> _Title:
        """ "Raven Tse, a protester" / "an Israeli journalist, Barak Ravid" / "a spokesman for
        the Houthis, Mohammed Abdulsalam"."""
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
            # the parser may hang the name on the object: "a spokesman for [the Houthis, X]"
            if head.head.dep_ == "pobj" and head.head.head.dep_ == "prep":
                nouns.append(head.head.head.head)
        for noun in nouns:
            if noun.pos_ != "NOUN" or not (is_title_word(noun.lemma_) or noun.lemma_.lower()
                                           in _APPOSITION_ROLES):
                continue
            words = [c.text for c in noun.lefts if c.dep_ in {"compound", "amod"}
                     and is_title_word(c.text)] + [noun.text]
            country = employer = None
            near = list(noun.lefts) + [g for c in noun.children if c.dep_ == "prep"
                                       and c.lower_ in {"for", "of", "with", "at"}
                                       for g in c.children if g.dep_ == "pobj"]
            for c in near:
                owner = self.owner[c.i]
                if owner is None:
                    continue
                other = self.actors[owner]
                country = country or other.country
                if other.kind != "state":
                    employer = employer or other.sector
            # The role noun is another mention of the person, not a generic actor.
            self.title_tokens.update(t.i for t in noun.lefts if t.dep_ in {"compound", "amod"})
            self.title_tokens.add(noun.i)
            return _Title(" ".join(words), country, employer)
        return _Title(None, None, None)

    def person_context(self) -> None:
        """Country for unknown people: a linked person's ("Tse and her friend Tracey Lee"), or
        the document's country for a domestic role ("a protester")."""
        home = self.dominant()
        for _ in range(2):  # twice, so a link to a person resolved in the first pass counts
            for actor_id, ranges in self.ranges.items():
                actor = self.actors[actor_id]
                if actor.kind != "person" or actor.from_dictionary or actor.country:
                    continue
                words = (actor.role or "").lower().split()
                if words and (words[-1] in _DOMESTIC_ROLES or _LOCAL_WORDS & set(words)):
                    # "Lamu County Commissioner X", "the Tak provincial governor": the
                    # town or region the local title names, else the story's country
                    # ("the Moscow-installed governor X": the state that put him there)
                    actor.country = self._installed_by(ranges) or self._office_place(
                        ranges) or home
                    continue
                for s, e in ranges:
                    head = self.doc[e - 1]
                    named = self._named_country(s)
                    if named:
                        actor.country = named
                        break
                    linked = [c for c in head.children if c.dep_ == "conj"]
                    if head.dep_ in {"conj", "appos"}:
                        linked += [head.head, head.head.head]
                    for tok in linked:
                        owner = self.owner[tok.i]
                        other = self.actors.get(owner) if owner else None
                        if other is not None and other.kind == "person" and other.country:
                            actor.country = other.country
                            break
                    if actor.country:
                        break
                if actor.country is None:
                    actor.country = self._employer_country(ranges)
                if actor.country is None:
                    # "X, spokesperson of the Armed Forces of the Philippines": the employer
                    # is an actor only now, after `organizations`.
                    actor.country = self._apposition(self.doc[ranges[0][1] - 1]).country
                if actor.country is None and actor.role:
                    # "will release Prime Minister X", said of "the Fijian rebels": a holder
                    # of a national office belongs to the one state his sentence names
                    actor.country = self._sentence_state(ranges[0][0])

    def _office_place(self, ranges: list[tuple[int, int]]) -> str | None:
        """The country of the town or region named just before a local office's title
        ("Lamu County Commissioner X", "the Mae Sot district chief"), from the gazetteer: a
        run of capitalised names no listed actor owns, whole first, then word by word."""
        from warpath.places.gazetteer import gazetteer  # loaded once, on first use

        gaz = gazetteer()
        for s, _ in ranges:
            run: list[Any] = []
            j = s - 1
            while j >= self.doc[s].sent.start and len(run) < 4:
                tok = self.doc[j]
                owner_id = self.owner[j]
                owner = self.actors[owner_id] if owner_id is not None else None
                if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.is_upper or (
                        owner is not None and (owner.from_dictionary or owner.country)):
                    break
                run.insert(0, tok)
                j -= 1
            names = [" ".join(t.text for t in run[k:]) for k in range(len(run))]
            for name in names + [t.text for t in run]:
                place = gaz.lookup(name) or gaz.admin1(name, districts=False)
                if place is not None and place.country and place.level != "country":
                    return str(place.country)
        return None

    def _installed_by(self, ranges: list[tuple[int, int]]) -> str | None:
        """The state a hyphened word before a local office says put its holder there ("the
        Moscow-installed governor", "a Kremlin-appointed mayor"): the holder is that state's,
        whichever state the town lies in."""
        for s, _ in ranges:
            for j in range(max(self.doc[s].sent.start, s - 6), s - 2):
                if self.doc[j + 1].text not in _HYPHENS or self.doc[j + 1].whitespace_ or (
                        self.doc[j + 2].lemma_.lower() not in _INSTALLING):
                    continue
                owner_id = self.owner[j]
                owner = self.actors[owner_id] if owner_id is not None else None
                if owner is not None and owner.country and owner.kind in ("state", "person") or (
                        owner is not None and owner.country and owner.sector == "GOV"):
                    return str(owner.country)
        return None

    def _sentence_state(self, start: int) -> str | None:
        sent = self.doc[start].sent
        found = {self.actors[o].country for o in (self.owner[i] for i in range(sent.start,
                                                                                sent.end))
                 if o is not None and self.actors[o].kind == "state" and self.actors[o].country}
        return found.pop() if len(found) == 1 else None

    def _employer_country(self, ranges: list[tuple[int, int]]) -> str | None:
        """ "ministry spokeswoman X" after "Pakistan's foreign ministry ...": the institution
        noun in front of the title was named earlier with its country."""
        for s, _ in ranges:
            j = s - 1
            while j >= 0 and self.doc[j].pos_ in {"NOUN", "PROPN"} and self.owner[j] is None:
                if generic.is_generic(self.doc[j]):
                    return self._earlier_country(generic.lemma(self.doc[j]), j)
                j -= 1
        return None

    def _earlier_country(self, noun: str, before: int) -> str | None:
        """The country of the latest earlier "<country> ... <noun>" phrase."""
        for tok in reversed(self.doc[:before]):
            if tok.pos_ not in {"NOUN", "PROPN"} or generic.lemma(tok) != noun:
                continue
            for mod in generic.modifier_tokens(tok):
                owner = self.owner[mod.i]
                if owner is not None and self.actors[owner].kind == "state":
                    return self.actors[owner].country
        return None

    def _named_country(self, start: int) -> str | None:
        """ "an Iraqi-American named X": the last country word before "named" (citizenship)."""
        i = start - 1
        if i < 1 or self.doc[i].lower_ not in {"named", "called"}:
            return None
        country = None
        for j in range(max(i - 4, self.doc[i].sent.start), i):
            owner = self.owner[j]
            if owner and self.actors[owner].kind == "state":
                country = self.actors[owner].country
        return country


_HYPHENS = {"-", "\u2010", "\u2011"}
# Verbs of putting someone in an office: "Moscow-installed", "Kremlin-appointed".
_INSTALLING = {"install", "instal", "installed", "appoint", "appointed", "impose", "imposed",
               "name", "named"}


def _office_named(entry: Entry, title: str) -> Office | None:
    """The entry's office sharing most words with a title ("Defense Secretary")."""
    words = {w.lower().strip(".") for w in title.split()} - {"of", "the", "for"}
    best: tuple[int, Office] | None = None
    for office in entry.offices:
        n = len(words & {w.lower() for w in office.role.split()})
        if n and (best is None or n > best[0]):
            best = (n, office)
    return best[1] if best else None
