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

The steps live in one module each: `mentions` (dictionary forms, states, organisations),
`people` (person names, short forms), `roles` (titles, appositions, people's countries),
`references` (pronouns, "the group", "we"), over the shared bookkeeping of `ledger`.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warpath import nlp as nlp_loader
from warpath.actors import generic
from warpath.actors.dictionary import Dictionary, load
from warpath.actors.matcher import Matcher
from warpath.actors.mentions import MentionSteps
from warpath.actors.people import PeopleSteps
from warpath.actors.references import ReferenceSteps, bare_body, issuer_of_record
from warpath.actors.roles import RoleSteps
from warpath.document import Actor, Analysis
from warpath.pipeline import Config, Stage, stages

__all__ = ["make", "resolve_phrase", "Resolver"]


class Resolver:
    """Resolves the actors of one analysis; built once per pipeline, run per document."""

    def __init__(self, dictionary: Dictionary, matcher: Matcher) -> None:
        self.dictionary = dictionary
        self.matcher = matcher

    def __call__(self, analysis: Analysis) -> None:
        if analysis.doc is None:
            return
        _Run(self.dictionary, self.matcher, analysis).run()


class _Run(MentionSteps, PeopleSteps, RoleSteps, ReferenceSteps):
    """One document's resolution: the steps in order, then the generic groups."""

    def run(self) -> None:
        matches = self.matcher.find(self.doc)
        by_token = {m.start: m for m in matches}
        single_people = self.people(matches)
        self.dictionary_matches(matches, by_token)
        self.misspelt_states()
        self.compass_halves()
        self.titles()
        self.organizations()
        self.short_forms(single_people)
        self.person_context()
        self.references()
        self.it_references()
        self.first_person()
        self.speakers_bodies()
        self.publish()
        self.generics()
        self.issued_bodies()
        self.branches()
        self.home_organs()

    def branches(self) -> None:
        """ "The Islamic State group" in a story set in Mozambique is its branch there: a
        movement named without a country becomes its one branch in the story's country."""
        country = generic.dominant_country(self.analysis) or self._scene_country()
        if country is None:
            return
        for actor in self.analysis.actors:
            entry = self.entries.get(actor.id) if actor.from_dictionary else None
            if entry is None or actor.country is not None:
                continue
            found = [e for e in self.dictionary if e.branch_of == entry.name
                     and e.country == country]
            if len(found) == 1:
                actor.name, actor.country = found[0].name, found[0].country
                actor.sector = actor.sector or found[0].sector
            elif not found and entry.kind == "group" and not any(
                    e.branch_of == entry.name for e in self.dictionary):
                # "JNIM attacked the base", in a story set in Burkina Faso: an armed group
                # that fights in several states, with no branch listed, is the side of the
                # conflict in the story's country (international bodies keep no country)
                actor.country = country

    def home_organs(self) -> None:
        """ "The National Guard", "the Defence Force", "the Border Police" in a story about one
        country: a state organ's name no list knows, which names no state, place or owner,
        is the organ of the country the story is about."""
        home = generic.dominant_country(self.analysis)
        if home is None or generic.scene_leader(self.analysis) != home:
            return  # only where the story's places lie too (not a state named most)
        for actor in self.analysis.actors:
            if actor.country is not None or actor.from_dictionary or actor.kind != "organization" \
                    or actor.id.startswith("generic") or not actor.mentions:
                continue
            names = [m for m in actor.mentions if m.text.lower() not in _PRONOUN_WORDS
                     and not m.text.isupper()]  # "the DRG": the initials of the name
            if names and all(_organ_name(self.analysis, m) for m in names):
                actor.country = home
                generic.guessed_home(self.analysis, actor)

    def generics(self) -> None:
        default = generic.dominant_country(self.analysis)
        for tok in self.doc:
            if not generic.is_generic(tok) or self.owner[tok.i] is not None \
                    or tok.i in self.title_tokens:
                continue
            if any(c.dep_ == "appos" for c in tok.children) or tok.dep_ == "appos":
                continue  # "a protester, Raven Tse": the person is the actor
            if tok.dep_ == "compound" and generic.is_generic(tok.head) and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.head.children):
                continue  # "the police unit of the Kosovo police": the head's owner decides
            generic.generic_actor(self.analysis, tok, default, require_country=True)

    def _scene_country(self) -> str | None:
        """The country the story's states and places point to most, clearly ahead of the
        next (a live blog from Cabo Delgado names its towns more than Rwanda or Tanzania)."""
        from warpath.places.gazetteer import gazetteer  # loaded once, on first use

        counts: Counter[str] = Counter()
        for a in self.analysis.actors:
            if a.kind == "state" and a.country:
                counts[a.country] += len(a.mentions)
        gaz = gazetteer()
        for _, _, feature in gaz.features_in(self.analysis.text):
            if feature.country and feature.level != "country":
                counts[feature.country] += 1
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC"):
                place = gaz.lookup(ent.text)
                if place is not None and place.country and place.level != "country":
                    counts[place.country] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and
                                              ranked[1][1] * 2 > ranked[0][1]):
            return None
        return ranked[0][0]


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


def _domestic(token: Any) -> bool:
    word = generic.lemma(token)
    return word in generic.DOMESTIC or generic.GENERIC[word][1] == "CVL"


def _sentence_country(analysis: Analysis, token: Any) -> str | None:
    """The one country the sentence of `token` names (by a state, a people or a known actor),
    if exactly one."""
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    others = _counterpart_ranges(token)
    found = {a.country for a in analysis.actors if a.country and a.kind == "state"
             and any(start <= m.start < end and not any(lo <= m.start < hi for lo, hi in others)
                     for m in a.mentions)}
    return found.pop() if len(found) == 1 else None


_SUBJECTS = {"nsubj", "nsubjpass"}
_WHERE = {"in", "inside", "across", "throughout", "near", "at"}


def _counterpart_ranges(token: Any) -> list[tuple[int, int]]:
    """The character ranges of what a subject's verb does things to or with (its objects and
    phrases other than "in X"): "the government threatened contracts with French firms" names
    the firms' country, not the government's."""
    if token.dep_ not in _SUBJECTS:
        return []
    out: list[tuple[int, int]] = []
    venue = generic.venue(token.head)  # "agreed in Pretoria": the host's, not the subject's
    for c in token.head.children:
        if c.i == token.i or c.dep_ in _SUBJECTS or c.dep_ == "prep" and c.lower_ in _WHERE \
                and not venue:
            continue
        if c.dep_ in ("dobj", "prep", "xcomp", "dative", "attr", "oprd"):
            words = list(c.subtree)
            out.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return out


# Heads of a state organ's name ("National Guard", "Defence Force", "Border Police").
_ORGAN_HEADS = {"guard", "army", "force", "forces", "police", "gendarmerie", "navy",
                "ministry", "constabulary", "militia"}
# Sectors a state organ's head noun stands for.
_ORGAN_SECTORS = {"MIL", "COP", "GOV"}


_PRONOUN_WORDS = {"it", "its", "they", "them", "their", "we", "our", "us"}


def _organ_name(analysis: Analysis, mention: Any) -> bool:
    """Whether a mention is a capitalised organ name ending in a state organ's noun whose
    other words name no actor, state or place ("National Guard"; not "Kosovo Force",
    "Wagner Army", "Guard" alone)."""
    words = mention.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    head = words[-1].lower()
    if head not in _ORGAN_HEADS:
        return False
    sector = generic.GENERIC.get(head.rstrip("s"), ("", ""))[1]
    if sector not in _ORGAN_SECTORS and head != "constabulary":
        return False
    doc = analysis.doc
    if doc is None:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return not any(t.ent_type_ in ("GPE", "NORP", "LOC", "PERSON") for t in span)


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
        # An argument with no country word in a text about one country belongs to it; a
        # crowd or a domestic body, to the one country its sentence names ("Egyptian police
        # opened fire to disperse demonstrators").
        home = generic.dominant_country(analysis)
        if home is None and _domestic(token):
            home = _sentence_country(analysis, token)
        if home is None and bare_body([t.text for t in token.subtree]):
            # "The Minister of Defense will ..." in the ministry's own statement
            home = issuer_of_record(analysis, load().states())
        return generic.generic_actor(analysis, token, home, any_noun_home=True)
    for mod in generic.modifier_tokens(token):
        if mod.dep_ in {"poss", "compound", "amod"} or mod.head.dep_ in {"poss", "compound",
                                                                           "amod"}:
            actor = generic.actor_of_token(analysis, mod)
            if actor is not None:
                return actor
    return None
