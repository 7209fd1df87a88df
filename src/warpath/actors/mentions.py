"""Named mentions: dictionary forms, misspelt states and unknown organisations.

Finds the actors a text names outright: dictionary forms of any kind (longest match first,
one entry chosen for a shared form, surnames widened to the given names before them), states
the dictionary missed but spaCy tagged GPE/NORP with a close spelling, and spaCy ORG entities
the dictionary does not know, which become organisations with a country ("Iraq's", "of the
Philippines") and a sector read from their name.
"""

from __future__ import annotations

import re
from typing import Any

from warpath.actors import generic
from warpath.actors.dictionary import Entry
from warpath.actors.ledger import Ledger
from warpath.actors.matcher import Match
from warpath.actors.titles import is_title_word
from warpath.document import Actor

_DOMESTIC_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
# Heads of a state body's name ("Ministry of Foreign Affairs of Peru").
_BODY_HEADS = frozenset({"ministry", "department", "government", "embassy", "forces", "army",
                         "navy", "police", "office", "council", "agency", "command",
                         "presidency", "cabinet"})
# Heads of the name of a body a state hosts ("Mission in Georgia", "Office in Colombia").
_HOSTED_HEADS = frozenset({"mission", "office", "operation", "force", "monitors"})
# Acronyms and words spaCy tags ORG that name no actor.
# A speaker's turn in a transcript: "COL. SANTOS:", "MINISTER OKAFOR:".
_TURN = re.compile(r"[ \t]*([A-Z][A-Z.'\- ]{1,40}):\s")
_NOT_ORGS = frozenset({"utc", "gmt", "est", "cet", "am", "pm", "covid-19", "coronavirus"})


# Kinds of ground and settlement a place's name is put in front of or listed with.
_GROUND = frozenset({"forest", "valley", "hill", "mountain", "river", "area", "district",
                     "village", "hamlet", "town", "region", "province", "county", "locality",
                     "municipality", "suburb", "neighbourhood", "neighborhood", "island",
                     "settlement", "ward", "township"})
# Prepositions after which an unlisted one-word name is where something happens.
_IN_PLACE = frozenset({"in", "near", "outside", "around", "inside", "across"})


def _placed_by_grammar(span: Any) -> bool:
    """An unlisted name the grammar makes a place: in front of a kind of ground ("the
    Bayotte forest", "the Guma area"), listed with settlements ("overran Hurti, Ruwi and two
    hamlets"), or a single word after "in" or "near" ("a curfew on Bokkos and Mangu" after
    "villages in Bokkos")."""
    root = span.root
    if any(t.is_upper and len(t.text) > 1 for t in span):
        return False  # an acronym is a body's ("in NATO", "the UNHCR camp")
    if root.dep_ == "compound" and root.head.lemma_.lower() in _GROUND:
        return True
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members, stack = [], [top]
    while stack:
        t = stack.pop()
        members.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    if any(m.pos_ == "NOUN" and m.lemma_.lower() in _GROUND for m in members):
        return True
    return len(span) == 1 and top.dep_ == "pobj" and top.head.lower_ in _IN_PLACE


# Head nouns of a named text (an accord, a treaty), which is no actor.
_DOCUMENT_HEADS = frozenset({"agreement", "agreements", "accord", "accords", "treaty",
                             "declaration", "protocol", "pact", "memorandum", "communique",
                             "charter", "convention", "format", "process"})


def _sector_of_org(name: str) -> str | None:
    words = set(name.lower().replace(".", " ").split())
    for sector, cues in (
        ("MIL", {"army", "forces", "force", "command", "navy", "military", "brigade", "corps",
                 "guard", "guards", "gendarmerie"}),
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



# Heads of bodies that belong to the place they are named for: armed units and local
# organisations ("brigade", "cartel", "council"), not forums, formats or clubs.
_LOCAL_BODIES = {"brigade", "battalion", "cartel", "militia", "council", "front", "regiment",
                 "gang", "faction", "movement", "army", "force", "forces",
                 "division", "legion", "guard", "committee", "administration", "authority",
                 "government", "assembly", "police", "unit", "corps", "martyrs", "lions",
                 "tigers", "defenders", "resistance", "mujahideen", "mujahedeen"}

# Small words an acronym skips: "Kenya Defence Forces" is KDF, "Party of Iran" PI.
_LINKS = frozenset({"of", "the", "and", "for", "de", "du", "la", "des"})


class MentionSteps(Ledger):
    """Dictionary matches, misspelt states and unknown organisations."""

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
            entry = self.matcher.state(ent.text)
            if entry is not None and not self._a_place_elsewhere(ent.text, entry):
                self.add(self.from_entry(entry), ent.start, ent.end)

    def compass_halves(self) -> None:
        """ "The North has not replied", "the South's navy": in a text naming a state whose
        name is a compass word and one more ("North Korea", "South Sudan"), that word
        capitalised after "the" and standing alone stands for the state (not "the North
        Korean boat", "the north of the country", "the North Atlantic")."""
        halves: dict[str, Actor] = {}
        for actor in self.actors.values():
            words = (actor.name or "").split()
            if actor.kind == "state" and len(words) == 2 and words[0] in ("North", "South"):
                halves.setdefault(words[0], actor)
        if not halves:
            return
        for tok in self.doc:
            half = halves.get(tok.text)
            if half is None or tok.i == 0 or self.doc[tok.i - 1].lower_ != "the" \
                    or not self.free(tok.i, tok.i + 1):
                continue
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ == "of"):
                continue  # "the North Korean boat", "the North of England"
            self.add(half, tok.i, tok.i + 1)

    @staticmethod
    def _a_place_elsewhere(name: str, entry: Entry) -> bool:
        """A name the gazetteer knows as a place of another country is spelt right: "Nakuru"
        is a Kenyan town, not a misspelling of Nauru ("Somaliland" still stands for Somalia)."""
        from warpath.places.gazetteer import gazetteer  # loaded once, on first use

        place = gazetteer().lookup(name)
        return place is not None and place.country != entry.country

    def _given_names(self, start: int, entry: Entry) -> int:
        """ "Yuriy Khadzymuratavich Kareau": capitalised names before a known surname that
        spaCy did not tag as a person belong to the same mention when they fit the entry."""
        j = start
        while j > 0 and self.owner[j - 1] is None and self.doc[j - 1].pos_ == "PROPN" \
                and self.doc[j - 1].text[:1].isupper() and not is_title_word(self.doc[j - 1].text):
            j -= 1
        if j < start and self.matcher.person(self.doc[j:start + 1].text) is entry:
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
                   and self.matcher.state_form(self.doc[i].text) is None
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
        if all(e.kind == "organization" for e in m.entries):
            # "the Congress" in a story about India is its party, else the first listed
            # (the U.S. Congress)
            local = [e for e in m.entries if e.country in self._story_states()]
            return local[0] if len(local) == 1 else m.entries[0]
        return None

    def _town_of_story(self, span: Any) -> bool:
        """One capitalised name the city list knows in a country the story names as a
        state ("Djibo" in a story that names Burkina Faso; "Mae Sot", "Ciudad Hidalgo": a
        town's name of a few words, every one written as a name)."""
        if not 1 <= len(span) <= 3 or any(
                not t.text[:1].isupper() or t.is_upper or t.is_punct for t in span):
            return False
        from warpath.places.gazetteer import gazetteer  # loaded once, on first use

        place = gazetteer().lookup(span.text)
        return place is not None and place.level == "city" and \
            place.country in self._story_states()

    def _named_for_place(self, span: Any) -> str | None:
        """An armed or local body named for a town or region of a country the story names
        ("the Tulkarm Battalion", "the Juarez cartel", "the Mopti Regional Council") is of that
        country; a forum or a club named for where it met is not ("the Paris Club")."""
        from warpath.places.gazetteer import gazetteer  # loaded once, on first use

        if not any(t.lemma_.lower() in _LOCAL_BODIES for t in span):
            return None
        gaz = gazetteer()
        states = frozenset(self._story_states())
        for tok in span:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.is_upper or \
                    tok.i == span.end - 1 and len(span) > 1 and tok.dep_ != "compound":
                continue
            place = gaz.lookup(tok.text, states) or gaz.admin1(tok.text, states, districts=False)
            if place is not None and place.level != "country" and place.country in states:
                return place.country
        return None

    def _of_own_organ(self, start: int) -> bool:
        """ "the army's Third Division", "the navy's Eastern Fleet": a unit owned by a bare
        state body, which is the country in the news's like that body."""
        j = start - 1
        if j < 1 or self.doc[j].dep_ != "case" or self.doc[j].lower_ not in {"'s", "’s"}:
            return False
        owner = self.doc[j - 1]
        return owner.lemma_.lower() in generic.NATIONAL and not owner.text[:1].isupper() and (
            not any(c.dep_ in ("amod", "compound", "poss") for c in owner.children))

    def _story_states(self) -> set[str]:
        """The countries of the states the text names (by name, adjective or capital)."""
        if self._states_named is None:
            found = self.matcher.find(self.doc)
            self._states_named = {e.country for m in found for e in m.entries
                                  if e.kind == "state" and e.country}
        return self._states_named

    def organizations(self) -> None:
        """spaCy ORG entities the dictionary does not know."""
        # names the grammar makes a place somewhere in the text are places everywhere in it
        placed = {e.text for e in self.doc.ents if e.label_ == "ORG" and _placed_by_grammar(e)}
        for ent in self.doc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            while start < end and self.doc[start].dep_ in {"det", "case"}:
                start += 1
            while end > start and (self.doc[end - 1].dep_ == "case" or self.doc[end - 1].is_punct
                                   or self.doc[end - 1].is_space
                                   or self.doc[end - 1].pos_ == "ADP"):  # "Mission in"
                end -= 1
            end = self._through_of_state(start, end)
            hosted = self._mission_in_state(start, end)
            if hosted is not None:
                # "the EU Monitoring Mission in Georgia": a mission hosted there, not Georgia's
                self.drop(end, hosted)
                end = hosted
            of_state = self._of_state(start, end) if hosted is None else None
            named_for: str | None = None
            if of_state is not None:
                # "the Armed Forces of the Philippines": a body named after its country.
                state_id = self.owner[end - 1]
                named_for = self.actors[state_id].country if state_id is not None else None
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
            if self.doc[end - 1].lemma_.lower() in _DOCUMENT_HEADS:
                continue  # "the Algiers Agreement", "the Minsk Protocol": a text, no body
                # (nor its city's state)
            if named_for is None and generic.city_country(name_tokens) is not None:
                continue  # "Zawiya", "Misrata" tagged ORG: a city, left to the places
            if named_for is None and _sector_of_org(name_tokens.text) is None \
                    and generic.located_place(name_tokens):
                continue  # "in Maru", "at Kucheri": a town the gazetteer knows, tagged ORG
            if named_for is None and _sector_of_org(name_tokens.text) is None \
                    and self._town_of_story(name_tokens):
                continue  # "outside Djibo": a listed town of a state the story names
            if named_for is None and _sector_of_org(name_tokens.text) is None \
                    and name_tokens.text in placed:
                continue  # "the Bayotte forest", "overran Hurti and two hamlets": a place
            earlier = self._named_before(name_tokens) if named_for is None else None
            if earlier is not None:
                # "the Islamic Revolutionary Guard Corps ... The Guards warned": one word of a
                # body named before, standing for it
                self.drop(start, end)
                self.add(self.actors[earlier], start, end)
                continue
            country = named_for
            inner = [self.owner[i] for i in range(start, end) if self.owner[i] is not None]
            for owner in inner:
                country = country or self.actors[owner].country  # type: ignore[index]
            before = self.state_before(start)
            if before is not None:
                country = country or before[0].country
                start = before[1]
            country = country or self._named_for_place(self.doc[start:end])
            self.drop(start, end)
            name = self.doc[ent.start if before is None else ent.start:end].text
            name = name[4:] if name.lower().startswith("the ") else name
            sector = _sector_of_org(name)
            home = country is None and (sector in _DOMESTIC_SECTORS or self._of_own_organ(start))
            if home:
                country = self.dominant()  # "the Interior Ministry" of the country in the news
            actor = self.new_actor(name, "organization", country=country, sector=sector)
            self.add(actor, start, end)
            if home:
                self.home_bodies.append(actor.id)

    def _named_before(self, span: Any) -> str | None:
        """The one listed or placed body, named earlier in the text, whose name or alias has
        the single word `span` names ("the Guards" after "the Islamic Revolutionary Guard
        Corps", "the Front" after "the Polisario Front"); None when none or several do."""
        if len(span) != 1 or not span[0].text[:1].isupper():
            return None
        word = span[0].text.lower()
        forms = {word, word[:-1]} if word.endswith("s") and len(word) > 3 else {word}
        if span[0].is_upper:
            # "the DRG" after "the District Reserve Guard": the initials of its name
            if not 2 <= len(word) <= 6 or not word.isalpha():
                return None
            forms = set()
        found: set[str] = set()
        for actor_id, ranges in self.ranges.items():
            actor = self.actors[actor_id]
            if actor.kind not in ("organization", "group") or actor.id.startswith("generic") \
                    or not any(e <= span.start for _, e in ranges):
                continue
            if forms and not (actor.from_dictionary or actor.country):
                continue  # a bare word ("the Council") only for a body listed or placed
            entry = self.entries.get(actor_id)
            names = [actor.name, *(entry.aliases if entry is not None else ())]
            words = {w.lower().strip(".,'’") for n in names for w in n.split()}
            initials = {"".join(w[0] for w in n.lower().split() if w not in _LINKS)
                        for n in names}
            if forms & words or not forms and word in initials:
                found.add(actor_id)
        return found.pop() if len(found) == 1 else None

    def speakers_bodies(self) -> None:
        """In a transcript, "the Department of Foreign Affairs" named in a speaker's turn
        ("COL. SANTOS: The Department of Foreign Affairs summoned ...") is the speaker's
        country's, not the country the text names most (often the other side's)."""
        for actor_id in self.home_bodies:
            ranges = self.ranges.get(actor_id)
            if not ranges:
                continue
            country = self._turn_speaker_country(ranges[0][0])
            if country is not None:
                self.actors[actor_id].country = country

    def _turn_speaker_country(self, i: int) -> str | None:
        """The country of the person whose turn label ("MINISTER OKAFOR:") opens the
        paragraph of token `i`, if the text names that person with a country."""
        text = self.analysis.text
        at = self.doc[i].idx
        start = text.rfind("\n", 0, at) + 1
        label = _TURN.match(text, start)
        if label is None or label.end() > at:
            return None
        words = set(re.findall(r"[A-Z][A-Z'-]+", label.group(1)))
        found = {a.country for a in self.actors.values() if a.kind == "person" and a.country
                 and a.name and a.name.split()[-1].upper() in words}
        return found.pop() if len(found) == 1 else None

    def _through_of_state(self, start: int, end: int) -> int:
        """ "The Ministry of Foreign Affairs" + "of Peru", "the Defence Ministry" + "of Kenya":
        the recogniser stopped before the state the body belongs to; the name runs on."""
        doc = self.doc
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if end >= len(doc) or doc[end].lower_ != "of" or k >= len(doc) or \
                not any(t.lower_ in _BODY_HEADS for t in doc[start:end]):
            return end
        owner = self.owner[k]
        if owner is None or self.actors[owner].kind != "state":
            return end
        return next((e for s, e in self.ranges[owner] if s == k), end)

    def _mission_in_state(self, start: int, end: int) -> int | None:
        """Where "<Name> Mission in (the) <State>" ends when the recogniser stopped at
        "Mission" ("United Nations Mission" + "in South Sudan"), else None."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ != "in" or \
                doc[end - 1].lower_ not in _HOSTED_HEADS:
            return None
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        owner = self.owner[k] if k < len(doc) else None
        if owner is None or self.actors[owner].kind != "state":
            return None
        return next((e for s, e in self.ranges[owner] if s == k), None)

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
        entry = self.matcher.person(self.doc[k:end].text)
        if entry is None:
            return False
        self.add(self.from_entry(entry), k, end)
        return True
