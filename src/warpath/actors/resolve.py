"""Actor resolution: dictionary matches, spaCy entities, titles, short forms, pronouns.

The "actors" stage fills `Analysis.actors`, each actor with every mention span, in steps:

1. dictionary forms, longest match first (`matcher`), with case rules ("US" is not "us");
2. spaCy PERSON entities: a dictionary person by first and last name or close spelling
   ("Emanuel Macron"), else an unknown person keeping the name;
3. the title before a name ("Iraqi Brigadier General") or an apposition ("an Israeli
   journalist, ...") gives role, sector and, for unknown people, country;
4. spaCy ORG entities not in the dictionary become organisations, country from "Iraq's" or
   "Iraqi" in front;
5. later short forms ("Pompeo", "Ravid") join the person named in full;
6. generic groups with a country ("Iraqi militias", "U.S. troops", "riot police");
7. "he"/"she" as subject, "his"/"her" as possessive and "the chairman" join the most recent
   fitting person.

`resolve_phrase(analysis, token)` is the entry point for later stages: the actor an argument
head stands for, creating a generic one when needed.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from warpath import nlp as nlp_loader
from warpath.actors import generic
from warpath.actors.dictionary import Dictionary, Entry, Office, load, slug
from warpath.actors.matcher import Match, Matcher
from warpath.actors.titles import clean_role, is_title_word, sector_of
from warpath.document import Actor, Analysis
from warpath.pipeline import Config, Stage, stages

__all__ = ["make", "resolve_phrase", "Resolver"]

_PRONOUNS = frozenset({"he", "she"})
_POSSESSIVES = frozenset({"his", "her"})
_ROLE_NOUNS = frozenset({"chairman", "secretary", "president", "minister", "general", "premier",
                         "ambassador", "envoy", "commander", "chancellor", "ayatollah"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "outfit"})
# "it" with these heads is usually empty ("it is clear", "it seems"), not a body.
_EMPTY_HEADS = frozenset({"be", "seem", "appear", "remain", "take", "matter", "happen"})
_REFERRING = _PRONOUNS | _POSSESSIVES | _ROLE_NOUNS
_DOMESTIC_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
# Roles that say nothing of the sector by themselves: the employer's sector counts.
_EMPLOYEE_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "leader",
                             "member", "head", "chief", "commander", "adviser", "advisor"})
_DOMESTIC_ROLES = frozenset({"protester", "demonstrator", "activist", "student", "resident",
                             "witness", "lawmaker", "legislator", "mayor", "governor",
                             "councillor", "councilor"})
# Words that make a role a local office ("village head", "district chief").
_LOCAL_WORDS = frozenset({"village", "district", "municipal", "provincial", "regional", "local",
                          "town", "county", "community"})
# Words that end names spaCy wrongly tags PERSON ("K-1 Air Base", "Kirkuk Governorate").
_NOT_NAMES = frozenset({"base", "airbase", "governorate", "province", "district", "integrated",
                        "street", "square", "airport", "inc", "ltd", "corp", "group", "twitter",
                        "facebook", "news", "times"})
# Acronyms and words spaCy tags ORG that name no actor.
_NOT_ORGS = frozenset({"utc", "gmt", "est", "cet", "am", "pm", "covid-19", "coronavirus"})
# Role nouns an apposition may give a person ("Raven Tse, a protester").
_APPOSITION_ROLES = frozenset({"protester", "demonstrator", "activist", "student", "resident",
                               "witness", "lawyer", "doctor", "analyst", "researcher", "expert",
                               "professor", "cleric", "commander", "militant", "fighter"})


def _sector_of_org(name: str) -> str | None:
    words = set(name.lower().replace(".", " ").split())
    for sector, cues in (
        ("MIL", {"army", "forces", "force", "command", "navy", "military", "brigade", "corps"}),
        ("COP", {"police"}),
        ("SPY", {"intelligence"}),
        ("LEG", {"parliament", "congress", "senate", "assembly", "legislature", "knesset"}),
        ("JUD", {"court", "tribunal"}),
        ("MED", {"times", "journal", "post", "news", "press", "tv", "radio", "television",
                 "herald", "tribune", "gazette", "agency"}),
        ("BUS", {"inc", "corp", "ltd", "company", "bank", "group"}),
        ("GOV", {"ministry", "council", "government", "department", "office", "cabinet"}),
    ):
        if words & cues:
            return sector
    return None


class _Title(NamedTuple):
    role: str | None
    country: str | None
    employer: str | None  # sector of the organisation named in the title ("Hamas spokesman")
    start: int | None = None  # first token of the title, when the mention should include it


class Resolver:
    """Resolves the actors of one analysis; built once per pipeline, run per document."""

    def __init__(self, dictionary: Dictionary, matcher: Matcher) -> None:
        self.dictionary = dictionary
        self.matcher = matcher

    def __call__(self, analysis: Analysis) -> None:
        if analysis.doc is None:
            return
        _Run(self, analysis).run()


class _Run:
    def __init__(self, resolver: Resolver, analysis: Analysis) -> None:
        self.r = resolver
        self.analysis = analysis
        self.doc = analysis.doc
        self.day: dt.date | None = analysis.document.published
        self.owner: list[str | None] = [None] * len(self.doc)
        self.title_tokens: set[int] = set()
        # token ranges per actor, kept until the end so mentions can be moved
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        self.actors: dict[str, Actor] = {}
        self.entries: dict[str, Entry] = {}

    # -- bookkeeping -------------------------------------------------------------------
    def free(self, start: int, end: int) -> bool:
        return all(self.owner[i] is None for i in range(start, end))

    def add(self, actor: Actor, start: int, end: int) -> None:
        if actor.id not in self.actors:
            self.actors[actor.id] = actor
            self.ranges[actor.id] = []
        for i in range(start, end):
            self.owner[i] = actor.id
        self.ranges[actor.id].append((start, end))

    def drop(self, start: int, end: int) -> None:
        """Remove the mentions overlapping a token range (absorbed into a larger one)."""
        for actor_id, ranges in self.ranges.items():
            kept = [(s, e) for s, e in ranges if e <= start or s >= end]
            for s, e in ranges:
                if (s, e) not in kept:
                    for i in range(s, e):
                        if self.owner[i] == actor_id:
                            self.owner[i] = None
            self.ranges[actor_id] = kept

    def from_entry(self, entry: Entry) -> Actor:
        if entry.id in self.actors:
            return self.actors[entry.id]
        office = entry.office_on(self.day)
        actor = Actor(
            id=entry.id,
            name=entry.name,
            kind=entry.kind,  # type: ignore[arg-type]
            country=entry.country,
            sector=(office.sector if office and office.sector else entry.sector),
            role=(office.role if office else entry.role),
            from_dictionary=True,
        )
        self.entries[actor.id] = entry
        return actor

    def new_actor(self, name: str, kind: str, **kw: Any) -> Actor:
        base = slug(name)
        actor_id, n = base, 2
        while actor_id in self.actors or self.r.dictionary.get(actor_id) is not None:
            existing = self.actors.get(actor_id)
            if existing is not None and existing.name == name and not existing.from_dictionary:
                return existing
            actor_id, n = f"{base}-{n}", n + 1
        return Actor(id=actor_id, name=name, kind=kind, **kw)  # type: ignore[arg-type]

    def state_before(self, i: int) -> tuple[Actor, int] | None:
        """A state mention ending right before token `i` ("Iraq's", "Iraqi"), and its start."""
        j = i - 1
        if j >= 0 and self.doc[j].dep_ == "case" and self.doc[j].lower_ in {"'s", "’s", "'"}:
            j -= 1
        if j < 0 or self.owner[j] is None:
            return None
        actor = self.actors[self.owner[j]]  # type: ignore[index]
        if actor.kind != "state":
            return None
        start = next(s for s, e in self.ranges[actor.id] if s <= j < e)
        if generic.is_aligned(self.doc[start]):
            return None  # "pro-Iranian Hizbollah" sides with Iran; it is not Iran's
        return actor, start

    # -- steps -------------------------------------------------------------------------
    def run(self) -> None:
        matches = self.r.matcher.find(self.doc)
        by_token = {m.start: m for m in matches}
        single_people = self.people(matches)
        self.dictionary_matches(matches, by_token)
        self.misspelt_states()
        self.titles()
        self.organizations()
        self.short_forms(single_people)
        self.person_context()
        self.references()
        self.it_references()
        self.first_person()
        self.publish()
        self.generics()

    def people(self, matches: list[Match]) -> list[Any]:
        """PERSON entities: dictionary people (by name parts or spelling) or new people."""
        singles: list[Any] = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
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
            if any(ch.isdigit() for ch in name) or words[-1].lower() in _NOT_NAMES:
                continue
            if _known_place(self.doc[end - 1]) and self.r.matcher.person(name) is None:
                continue  # "toward Jazan and Khamis Mushait": cities tagged PERSON
            if end - start == 1:
                singles.append(self.doc[start])
                continue
            entry = None
            if last_match and last_match.kind == "name" and last_match.start <= start \
                    and last_match.end >= end:
                entry = last_match.entries[0]
            entry = entry or self.r.matcher.person(name)
            actor = self.from_entry(entry) if entry else self.new_actor(name, "person")
            self.add(actor, start, end)
        return singles

    @staticmethod
    def _dict_kind(matches: list[Match], i: int) -> str | None:
        m = next((m for m in matches if m.start <= i < m.end), None)
        return m.entries[0].kind if m else None

    def dictionary_matches(self, matches: list[Match], by_token: dict[int, Match]) -> None:
        for m in matches:
            if not self.free(m.start, m.end):
                continue
            if m.start > 0 and self.doc[m.start - 1].lower_ == "ethnic":
                continue  # "ethnic Albanians" are a people, not the Albanian state
            tok = self.doc[m.start]
            if m.kind == "surname" and not (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON"):
                continue
            entry = self._choose(m)
            if entry is None or (entry.kind in {"organization", "group"}
                                 and self._inside_longer_name(m.start)):
                continue
            actor = self.from_entry(entry)
            start = m.start
            if m.kind == "surname":
                start = self._given_names(m.start, entry)
            if entry.kind in {"organization", "group"}:
                before = self.state_before(m.start)
                # "Iran's Revolutionary Guards": the country's name belongs to the organisation's.
                if before and before[0].country == entry.country:
                    self.drop(before[1], m.start)
                    start = before[1]
                # "German Foreign Office", "Iraqi National Security Council": another country's
                # body with the same generic name.
                elif before and entry.country and before[0].country != entry.country:
                    self.drop(before[1], m.start)
                    start = before[1]
                    name = self.doc[start:m.end].text
                    actor = self.new_actor(name, entry.kind, country=before[0].country,
                                           sector=entry.sector)
            self.add(actor, start, m.end)

    def misspelt_states(self) -> None:
        """GPE and NORP entities the dictionary missed, matched by close spelling."""
        for ent in self.doc.ents:
            if ent.label_ not in {"GPE", "NORP"} or not self.free(ent.start, ent.end) \
                    or (ent.start > 0 and self.doc[ent.start - 1].lower_ == "ethnic"):
                continue
            entry = self.r.matcher.state(ent.text)
            if entry is not None:
                self.add(self.from_entry(entry), ent.start, ent.end)

    def _given_names(self, start: int, entry: Entry) -> int:
        """ "Yuriy Khadzymuratavich Kareau": capitalised names before a known surname that
        spaCy did not tag as a person belong to the same mention when they fit the entry."""
        j = start
        while j > 0 and self.owner[j - 1] is None and self.doc[j - 1].pos_ == "PROPN" \
                and self.doc[j - 1].text[:1].isupper() and not is_title_word(self.doc[j - 1].text):
            j -= 1
        if j < start and self.r.matcher.person(self.doc[j:start + 1].text) is entry:
            return j
        return start

    def _inside_longer_name(self, start: int) -> bool:
        """ "Indian National Congress": the dictionary's "Congress" ends another ORG's name."""
        tok = self.doc[start]
        if tok.ent_type_ != "ORG" or tok.ent_iob_ == "B":
            return False
        ent = next((e for e in self.doc.ents if e.start <= start < e.end), None)
        if ent is None:
            return False
        return any(self.owner[i] is None and self.doc[i].text[:1].isupper()
                   and self.doc[i].dep_ not in {"det", "case"}
                   and self.r.matcher.state_form(self.doc[i].text) is None
                   for i in range(ent.start, start))

    def _choose(self, m: Match) -> Entry | None:
        """One entry for a shared form: the one already met, else the one in office."""
        if len(m.entries) == 1:
            return m.entries[0]
        for e in m.entries:
            if e.id in self.actors:
                return e
        if self.day is not None:
            held = [e for e in m.entries if e.office_on(self.day) and
                    e.office_on(self.day).holds_on(self.day)]  # type: ignore[union-attr]
            if len(held) == 1:
                return held[0]
        return None

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

    def organizations(self) -> None:
        """spaCy ORG entities the dictionary does not know."""
        for ent in self.doc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            while start < end and self.doc[start].dep_ in {"det", "case"}:
                start += 1
            while end > start and (self.doc[end - 1].dep_ == "case" or self.doc[end - 1].is_punct
                                   or self.doc[end - 1].is_space):
                end -= 1
            of_state = self._of_state(start, end)
            named_for: str | None = None
            if of_state is not None:
                # "the Armed Forces of the Philippines": a body named after its country.
                named_for = self.actors[self.owner[end - 1]].country
                self.drop(of_state, end)
            if start >= end or self.owner[end - 1] is not None \
                    or any(i in self.title_tokens for i in range(start, end)) \
                    or all(is_title_word(t.text) or t.is_punct for t in self.doc[start:end]):
                continue
            head = self.doc[end - 1]
            if generic.is_generic(head) and any(self.owner[i] for i in range(start, end)):
                continue  # "U.S. Embassy": a generic noun with a country, made in `generics`
            first = self.owner[start]
            if first is not None and self.actors[first].kind == "state" and \
                    not all(t.is_title or t.is_upper for t in self.doc[start:end]):
                continue
            name_tokens = self.doc[start:end]
            if not any(t.text[:1].isupper() for t in name_tokens) \
                    or name_tokens.text.lower() in _NOT_ORGS:
                continue
            if self._person_in_org(start, end):
                continue
            country = named_for
            inner = [self.owner[i] for i in range(start, end) if self.owner[i] is not None]
            for owner in inner:
                country = country or self.actors[owner].country  # type: ignore[index]
            before = self.state_before(start)
            if before is not None:
                country = country or before[0].country
                start = before[1]
            self.drop(start, end)
            name = self.doc[ent.start if before is None else ent.start:end].text
            name = name[4:] if name.lower().startswith("the ") else name
            sector = _sector_of_org(name)
            if country is None and sector in _DOMESTIC_SECTORS:
                country = self.dominant()  # "the Interior Ministry" of the country in the news
            actor = self.new_actor(name, "organization", country=country, sector=sector)
            self.add(actor, start, end)

    def _of_state(self, start: int, end: int) -> int | None:
        """Where the state mention closing "<Body> of (the) <State>" starts, if it does."""
        owner = self.owner[end - 1]
        if owner is None or self.actors[owner].kind != "state":
            return None
        s = next(s for s, e in self.ranges[owner] if s <= end - 1 < e)
        j = s - 1
        if j > start and self.doc[j].lower_ == "the":
            j -= 1
        if j <= start or self.doc[j].lower_ != "of" or self.owner[j - 1] is not None:
            return None
        return s

    def _person_in_org(self, start: int, end: int) -> bool:
        """ "the Interior Yuriy Khadzymuratavich Kareau" tagged ORG: a title, then a person."""
        k = start
        while k < end and (is_title_word(self.doc[k].text) or self.doc[k].dep_ == "det"):
            k += 1
        if k == start or end - k < 2 or not all(t.pos_ == "PROPN" for t in self.doc[k:end]):
            return False
        entry = self.r.matcher.person(self.doc[k:end].text)
        if entry is None:
            return False
        self.add(self.from_entry(entry), k, end)
        return True

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

    def dominant(self) -> str | None:
        counts: dict[str, int] = {}
        for actor_id, ranges in self.ranges.items():
            actor = self.actors[actor_id]
            if actor.kind == "state" and actor.country:
                counts[actor.country] = counts.get(actor.country, 0) + len(ranges)
        if not counts:
            return None
        country = max(counts, key=lambda c: counts[c])
        n, total = counts[country], sum(counts.values())
        return country if n >= 3 and n >= 0.6 * total else None

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
                    actor.country = home
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

    def _parenthetical(self, tok: Any) -> str | None:
        """ "Yuriy Khadzymuratavich Kareau (Karaeu)": the short form right after the name."""
        i = tok.i
        if i < 2 or i + 1 >= len(self.doc) or self.doc[i - 1].text != "(" \
                or self.doc[i + 1].text != ")":
            return None
        owner = self.owner[i - 2]
        return owner if owner and self.actors[owner].kind == "person" else None

    def publish(self) -> None:
        """Write actors and their mention spans to the analysis, in order of first mention."""
        known = {a.id for a in self.analysis.actors}
        for actor_id, ranges in self.ranges.items():
            actor = self.actors[actor_id]
            spans = [self.analysis.span(self.doc[s].idx, self.doc[e - 1].idx
                                        + len(self.doc[e - 1].text)) for s, e in ranges]
            actor.mentions = sorted(set(spans), key=lambda sp: (sp.start, sp.end))
            if actor_id not in known and actor.mentions:
                self.analysis.actors.append(actor)
        self.analysis.actors[:] = [a for a in self.analysis.actors if a.mentions]
        self.analysis.actors.sort(key=lambda a: a.mentions[0].start)

    def generics(self) -> None:
        default = generic.dominant_country(self.analysis)
        for tok in self.doc:
            if not generic.is_generic(tok) or self.owner[tok.i] is not None \
                    or tok.i in self.title_tokens:
                continue
            if any(c.dep_ == "appos" for c in tok.children) or tok.dep_ == "appos":
                continue  # "a protester, Raven Tse": the person is the actor
            generic.generic_actor(self.analysis, tok, default, require_country=True)

    def references(self) -> None:
        """Subject "he"/"she" and "the chairman" -> the most recent fitting person."""
        people: list[tuple[int, int, str, bool]] = []  # (token, sentence start, id, subject)
        for actor_id, ranges in self.ranges.items():
            if self.actors[actor_id].kind != "person":
                continue
            for s, e in ranges:
                head = self.doc[e - 1]
                people.append((s, head.sent.start, actor_id, head.dep_ in _SUBJECT_DEPS))
        people.sort()
        sent_starts = [s.start for s in self.doc.sents]
        for tok in self.doc:
            if self.owner[tok.i] is not None or tok.lower_ not in _REFERRING:
                continue
            earlier = [p for p in people if p[0] < tok.i]
            if not earlier:
                continue
            idx = _sentence_number(sent_starts, tok.i)
            window = sent_starts[max(idx - 2, 0)]
            if (tok.lower_ in _PRONOUNS and tok.dep_ in _SUBJECT_DEPS) or (
                    tok.lower_ in _POSSESSIVES and tok.dep_ == "poss"):
                recent = [p for p in earlier if p[1] >= window]
                subjects = [p for p in recent if p[3]]
                candidates = subjects or recent
                if candidates:
                    self._add_ref(candidates[-1][2], tok.i)
            elif (tok.lower_ in _ROLE_NOUNS and tok.pos_ == "NOUN"
                  and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                  and not any(c.dep_ in {"compound", "appos", "prep", "amod", "poss"}
                              for c in tok.children)):
                wide = sent_starts[max(idx - 6, 0)]
                fits = [p for p in earlier if p[1] >= wide
                        and tok.lower_ in (self.actors[p[2]].role or "").lower()]
                if fits:
                    self._add_ref(fits[-1][2], tok.i)

    def it_references(self) -> None:
        """Subject "it" and possessive "its" -> the latest state, organisation or group that
        was a subject in this or the two sentences before ("Pakistan's military denied ...
        In a statement, it accused ...")."""
        sent_starts = [s.start for s in self.doc.sents]
        for tok in self.doc:
            if self.owner[tok.i] is not None or not (
                    (tok.lower_ == "it" and tok.dep_ in _SUBJECT_DEPS
                     and tok.head.lemma_ not in _EMPTY_HEADS)
                    or (tok.lower_ == "its" and tok.dep_ == "poss")):
                continue
            idx = _sentence_number(sent_starts, tok.i)
            window = sent_starts[max(idx - 2, 0)]
            found = None
            for cand in self.doc[window:tok.i]:
                if cand.dep_ in _SUBJECT_DEPS and cand.pos_ in {"NOUN", "PROPN"}:
                    found = self._collective(cand) or found
            if tok.lower_ == "its" and not any(
                    c.dep_ in _SUBJECT_DEPS and c.i < tok.i for c in tok.sent):
                # "Speaking for Sudan, its representative": the body just named, when no
                # subject came before in the sentence.
                for i in range(tok.sent.start, tok.i):
                    owner = self.owner[i]
                    if owner is not None and self.actors[owner].kind != "person":
                        found = owner
            if found is not None:
                self.add(self.actors[found], tok.i, tok.i + 1)
        self._the_group(sent_starts)

    def _the_group(self, sent_starts: list[int]) -> None:
        """ "the group", "the movement" -> the armed or political group named last, within
        the three sentences before."""
        for tok in self.doc:
            if self.owner[tok.i] is not None or tok.lemma_.lower() not in _GROUP_NOUNS \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    or any(c.dep_ in {"amod", "compound", "prep"} for c in tok.children):
                continue
            window = sent_starts[max(_sentence_number(sent_starts, tok.i) - 3, 0)]
            found = None
            for i in range(window, tok.i):
                owner = self.owner[i]
                if owner is not None and self.actors[owner].kind == "group":
                    found = owner
            if found is not None:
                self.add(self.actors[found], tok.i, tok.i + 1)

    def _collective(self, head: Any) -> str | None:
        """The state, organisation or group a subject noun phrase stands for, if any."""
        owner = self.owner[head.i]
        if owner is not None:
            return owner if self.actors[owner].kind != "person" else None
        if generic.is_generic(head) and generic.GENERIC[generic.lemma(head)][0] != "person":
            for mod in generic.modifier_tokens(head):
                owner = self.owner[mod.i]
                if owner is not None and self.actors[owner].kind == "state":
                    return owner
        return None

    def first_person(self) -> None:
        """ "we", "us", "our" -> the state of the speaker: a person with a country in the same
        sentence ("'We will respond,' the minister said"), else the latest before it (in an
        interview, the person interviewed). A question's "we" is the interviewer's: skipped."""
        people = sorted((s, actor_id) for actor_id, ranges in self.ranges.items()
                        for s, _ in ranges if self.actors[actor_id].kind == "person"
                        and self.actors[actor_id].country)
        states = {a.country: a for a in self.actors.values() if a.kind == "state"}
        for tok in self.doc:
            if tok.lower_ not in _FIRST_PERSON or self.owner[tok.i] is not None \
                    or _in_question(tok):
                continue
            sent = tok.sent
            same = [a for s, a in people if sent.start <= s < sent.end]
            before = [a for s, a in people if s < tok.i]
            speakers = same or before[-1:]
            country = self.actors[speakers[0]].country if speakers else None
            state = states.get(country) if country else None
            if state is None and country is not None:
                entry = next((e for e in self.r.dictionary.states() if e.country == country),
                             None)
                state = self.from_entry(entry) if entry else None
                if state is not None:
                    states[country] = state
            if state is not None:
                self.add(state, tok.i, tok.i + 1)

    def _add_ref(self, actor_id: str, i: int) -> None:
        actor = self.actors[actor_id]
        self.add(actor, i, i + 1)
        span = self.analysis.span(self.doc[i].idx, self.doc[i].idx + len(self.doc[i].text))
        if span not in actor.mentions:
            actor.mentions.append(span)


def _office_named(entry: Entry, title: str) -> Office | None:
    """The entry's office sharing most words with a title ("Defense Secretary")."""
    words = {w.lower().strip(".") for w in title.split()} - {"of", "the", "for"}
    best: tuple[int, Office] | None = None
    for office in entry.offices:
        n = len(words & {w.lower() for w in office.role.split()})
        if n and (best is None or n > best[0]):
            best = (n, office)
    return best[1] if best else None


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


def _in_question(tok: Any) -> bool:
    """The token's sentence is a question, or an interviewer's line ("Q: ...")."""
    sent = tok.sent
    return sent.text.rstrip().endswith("?") or sent.text.lstrip().startswith(("Q:", "Q."))


def _sentence_number(starts: list[int], i: int) -> int:
    n = 0
    for k, s in enumerate(starts):
        if s <= i:
            n = k
    return n


@functools.cache
def _matcher(dictionary_key: tuple[str, ...], model: str | None) -> tuple[Dictionary, Matcher]:
    dictionary = load(Path(p) for p in dictionary_key)
    tokenizer = nlp_loader.load(model).tokenizer
    return dictionary, Matcher(dictionary, tokenizer)


def resolver(actor_files: Iterable[Path] = (), model: str | None = None) -> Resolver:
    dictionary, matcher = _matcher(tuple(str(p) for p in actor_files), model)
    return Resolver(dictionary, matcher)


@stages.register("actors")
def make(config: Config) -> Stage:
    return resolver(config.actor_files, config.model)


def _state_of_place(analysis: Analysis, token: Any) -> Actor | None:
    country = generic.place_country(token)
    if country is None:
        return None
    state = next((a for a in analysis.actors if a.kind == "state" and a.country == country),
                 None)
    if state is None:
        entry = next((e for e in load().states() if e.country == country), None)
        if entry is None:
            return None
        state = Actor(id=entry.id, name=entry.name, kind="state", country=country,
                      from_dictionary=True)
        analysis.actors.append(state)
    span = analysis.span(token.idx, token.idx + len(token.text))
    if span not in state.mentions:
        state.mentions.append(span)
    return state


def resolve_phrase(analysis: Analysis, token: Any) -> Actor | None:
    """The actor a noun phrase stands for, given its head token (a spaCy Token).

    Looks at the head itself (an existing mention: "Pompeo", "he", "Hezbollah"), then, for a
    generic noun, builds or reuses a generic actor from its modifiers ("Iraqi militias" ->
    group, IRQ, REB; "U.S. troops" -> organization, USA, MIL; "Hezbollah fighters" ->
    Hezbollah), else returns the actor of a modifier ("the U.S. drone" -> United States),
    else None. A new generic actor is appended to `analysis.actors`.
    """
    found = generic.actor_of_token(analysis, token)
    if found is not None:
        return found
    if generic.is_place_name(token):
        # A city or region as a party ("drones launched toward Jazan") stands for its state.
        state = _state_of_place(analysis, token)
        if state is not None:
            return state
    if generic.is_generic(token):
        # An argument with no country word in a text about one country belongs to it.
        return generic.generic_actor(analysis, token, generic.dominant_country(analysis),
                                     any_noun_home=True)
    for mod in generic.modifier_tokens(token):
        if mod.dep_ in {"poss", "compound", "amod"} or mod.head.dep_ in {"poss", "compound",
                                                                           "amod"}:
            actor = generic.actor_of_token(analysis, mod)
            if actor is not None:
                return actor
    return None
