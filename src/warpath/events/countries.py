"""Which country a phrase, a place or a clause points to.

The country named in a phrase's modifiers ("Nigerian minister X", "King Hassan of Morocco"),
of an "in X" phrase, of the first place named in an event's own clause, or of a town the actor
dictionary does not know (through the places gazetteer), and the countries a sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from warpath.document import Analysis
from warpath.events.grammar import phrase_tokens

_gazetteer: Callable[[], Any] | None
try:  # the places module's gazetteer names the country of a town the actors do not know
    from warpath.places.gazetteer import gazetteer as _gazetteer
except ImportError:  # pragma: no cover - depends on the places module
    _gazetteer = None

_LOCATIVE = ("in", "throughout", "across", "inside", "at")


def place_country(analysis: Analysis, tok: Any) -> str | None:
    """The country of an "in X" phrase on a token ("demonstrators in Baghdad", "tens of
    thousands of students throughout Indonesia")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LOCATIVE:
            for g in c.children:
                if g.dep_ == "pobj":
                    actor = analysis.actor_at(g.idx, g.idx + len(g.text))
                    if actor is not None and actor.country:
                        return actor.country
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (found := place_country(analysis, g)):
                    return found
        elif c.dep_ == "prep" and c.lower_ in ("on", "from"):
            # "guns on the Iranian side of the frontier", "villagers from the Georgian bank":
            # a side of a border is the state it names
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _SIDES:
                    side = analysis.actor_at(g.idx, g.idx + len(g.text))
                    if side is not None and side.kind == "state" and side.country:
                        return side.country
    return None


# Halves of a border or a river: "the Iranian side", "the Abkhaz bank".
_SIDES = {"side", "bank", "shore"}


def modifier_country(analysis: Analysis, tok: Any) -> str | None:
    """The country named inside a person's or group's phrase, nearest the head first: a title
    ("French National Assembly president Laurent Fabius") gives the person's country."""
    words = phrase_tokens(tok)
    for c in tok.children:  # "King Hassan of Morocco", "the Mayor of Kyiv"
        if c.dep_ == "prep" and c.lower_ == "of" and tok.ent_type_ == "PERSON":
            words += [g for g in c.children if g.dep_ == "pobj"]
    for t in sorted(words, key=lambda t: abs(t.i - tok.i)):
        if t.i == tok.i:
            continue
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and actor.country:
            return actor.country
    return None


NEAR = _LOCATIVE + ("near", "outside", "around", "along", "off", "within")
# Clauses of another statement: a place named there is not where this event happened.
_OTHER_CLAUSE = {"ccomp", "relcl", "parataxis", "advcl"}


def clause_place_country(analysis: Analysis, tok: Any) -> str | None:
    """The country of the first place named in the event's own clause ("a roadside bombing
    near the town of Samarra killed ...", "blocked roads in the capital city of Algiers")."""
    root = tok
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ in ("VERB", "AUX"):
        root = root.head  # a noun event: the clause of its verb
    stack = [c for c in root.children if c.dep_ not in _OTHER_CLAUSE
             and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]  # another clause
    places = []
    seen = 0
    while stack and seen < 60:
        t = stack.pop(0)
        seen += 1
        if t.dep_ == "pobj" and (t.head.lower_ in NEAR or t.head.lower_ == "of" and (
            t.head.head.lower_ in NEAR and t.head.head.dep_ == "prep"  # "outside of Basra"
        )):
            places.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _OTHER_CLAUSE)
    # a state named anywhere in the clause's place phrases first ("near the port of Valencia
    # in eastern Spain"), then the first town the gazetteer knows
    for t in places:
        found = phrase_place_country(analysis, t, gazetteer=False)
        if found:
            return found
    for t in places:
        found = phrase_place_country(analysis, t)
        if found:
            return found
    return None


def phrase_place_country(analysis: Analysis, tok: Any, gazetteer: bool = True) -> str | None:
    """The country of a place phrase: a state or a known actor named in it first ("the Iraqi
    city of Basra", "the disputed Raya area of northern Ethiopia"), else a town the gazetteer
    knows ("near Samarra"); a state named outright is surer than a town name's homonym."""
    every = place_words(tok)
    # a name has a capital somewhere ("al-Shabaab"); "the west bank of the Dnipro" is no
    # West Bank, whatever the tagger says
    words = [w for w in every if (w.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
                                  or w.pos_ == "PROPN") and _capitalised(w)]
    for w in words:
        actor = analysis.actor_at(w.idx, w.idx + len(w.text))
        if actor is not None and actor.country:
            return actor.country
    if any(w.lower_ == "disputed" for w in every):
        return None  # "the disputed Abyei area": two states claim the town the gazetteer has
    for w in words if gazetteer else ():
        found = gazetteer_country(w)
        if found:
            return found
    return None


_TIME_LABELS = {"DATE", "TIME"}


def gazetteer_country(tok: Any) -> str | None:
    """The country of a named place the actor dictionary does not know ("Samarra")."""
    if _gazetteer is None or tok.pos_ != "PROPN" or not _capitalised(tok):
        return None  # "Iraqi" is for the actor dictionary; "Samarra" (even tagged NORP) is not
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and not any(_capitalised(t) for t in ent):
        return None
    if ent is not None and ent.label_ in _TIME_LABELS:
        return None  # "the village shelled in March": a month, not the English town
    name = ent.text if ent is not None else tok.text
    left = tok  # "Mocímboa da Praia": the whole name the parser built, not its last word
    while left.i > 0 and (prev := tok.doc[left.i - 1]).dep_ == "compound" \
            and prev.head.i == tok.i and prev.pos_ == "PROPN":
        left = prev
    if left.i < tok.i and (ent is None or left.i < ent.start):
        name = tok.doc[left.i : tok.i + 1].text
    try:
        place = _gazetteer().lookup(name)
    except Exception:  # noqa: BLE001 - a gazetteer problem must not lose the event
        return None
    return place.country if place is not None else None


def named_as_city(tok: Any) -> bool:
    """Whether a name is a city's ("Ankara", "Kabul"), even one standing for its state."""
    if _gazetteer is None:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    try:
        place = _gazetteer().lookup(ent.text if ent is not None else tok.text)
    except Exception:  # noqa: BLE001 - a gazetteer problem must not lose the event
        return False
    return place is not None and place.level == "city"


def _capitalised(tok: Any) -> bool:
    """Whether a word is written as a name: a capital letter in it, or no letters at all."""
    text = str(tok.text)
    return not any(ch.isalpha() for ch in text) or any(ch.isupper() for ch in text)


def region_country(analysis: Analysis, tok: Any) -> str | None:
    """The country of a region a phrase names its people by ("Transnistrian officers",
    "South Ossetian border guards", "Darfuri refugees"): a breakaway or a province is coded by
    the state it lies in, not by the state the text is most about."""
    if _gazetteer is None:
        return None
    for t in phrase_tokens(tok):
        if t.i >= tok.i or t.dep_ not in ("amod", "compound", "nmod") or not t.text[:1].isupper():
            continue
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and not actor.id.startswith("generic") and (
                actor.country or actor.from_dictionary):
            continue  # a state's or a group's own name ("Tigrayan" alone, unlisted, is neither)
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end and e.end <= tok.i), None)
        name = ent.text if ent is not None else t.text
        for stem in [name, *_region_stems(name)]:  # "Tigray officials", "Tigrayan fighters"
            try:
                place = _gazetteer().lookup(stem)
            except Exception:  # noqa: BLE001 - a gazetteer problem must not lose the event
                return None
            if place is not None and place.level == "area" and place.country:
                return str(place.country)
    return None


def _region_stems(name: str) -> list[str]:
    """Region names a people's adjective may come from: "Transnistrian" -> "Transnistria",
    "Tigrayan" -> "Tigray", "Darfuri" -> "Darfur"."""
    out = []
    if name.endswith("an"):
        out += [name[:-1], name[:-2]]
    if name.endswith("i") and len(name) > 4:
        out.append(name[:-1])
    return out


def place_words(tok: Any) -> list[Any]:
    """A place phrase with its "of" chain ("the town of Samarra"), nearest words first."""
    out = []
    for w in phrase_tokens(tok):
        out.append(w)
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out.extend(g2 for g in c.children if g.dep_ == "pobj" for g2 in place_words(g))
    return sorted(out, key=lambda w: abs(w.i - tok.i))


# Verbs of coming over from somewhere: "gunmen who crossed from Ethiopia", "raiders coming
# from Sudan", "fighters who had slipped in from Chad".
_COMING = {"cross", "come", "arrive", "infiltrate", "slip", "stream", "sweep", "pour", "enter",
           "travel", "move", "return"}


def origin_country(analysis: Analysis, tok: Any) -> str | None:
    """The state people are said to have come over from ("gunmen who crossed from Ethiopia",
    "raiders coming from South Sudan"): their country, not the ground they act on. Only a
    state named as such (not a town, which says where they set out, not whose they are)."""
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() not in _COMING:
            continue
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ == "from" or p.dep_ == "advmod" and any(
                    g.dep_ == "prep" and g.lower_ == "from" for g in p.children):
                preps = [p] if p.lower_ == "from" else [
                    g for g in p.children if g.dep_ == "prep" and g.lower_ == "from"]
                for prep in preps:
                    for g in prep.children:
                        if g.dep_ != "pobj":
                            continue
                        actor = analysis.actor_at(g.idx, g.idx + len(g.text))
                        if actor is not None and actor.kind == "state" and actor.country:
                            return actor.country
    return None


def sentence_countries(analysis: Analysis, sent: Any) -> set[str]:
    start, end = sent.start_char, sent.end_char
    return {a.country for a in analysis.actors if a.country
            and any(start <= m.start < end for m in a.mentions)}


# Verbs of ruling that a hyphened state names the ruler of a place by
# ("Armenian-governed Lachin", "the Chinese-administered side of the valley").
_RULED_BY = {"administer", "govern"}


def administering_country(analysis: Analysis, tok: Any) -> str | None:
    """The state a place phrase says runs it ("Serbian-administered enclaves"): its ground is
    that state's as far as the event goes, whichever state the name alone points to."""
    doc = tok.doc
    if tok.i >= 3 and doc[tok.i - 1].lemma_.lower() in _RULED_BY and doc[tok.i - 2].text in (
            "-", "\u2010", "\u2011") and not doc[tok.i - 2].whitespace_:
        # "Pakistan-administered Kashmir" however the parser hung the compound
        actor = analysis.actor_at(doc[tok.i - 3].idx, doc[tok.i - 3].idx + len(doc[tok.i - 3]))
        if actor is not None and actor.kind == "state" and actor.country:
            return actor.country
    for w in phrase_tokens(tok):
        if w.dep_ != "amod" or w.lemma_.lower() not in _RULED_BY or w.head.i != tok.i:
            continue
        for c in w.children:
            if c.dep_ in ("npadvmod", "compound", "amod", "nmod") and c.i < w.i:
                actor = analysis.actor_at(c.idx, c.idx + len(c.text))
                if actor is not None and actor.kind == "state" and actor.country:
                    return actor.country
    return None


def self_ruled_country(analysis: Analysis, tok: Any) -> str | None:
    """The state a region or a town lies in when the text has it act as a side of its own
    ("Galicia protested the ruling", "Kano rejected the plan"): a province and its seat speak
    for an authority inside that state. Only names the gazetteer files as a region or a
    city of a state the text names (not a country, a fuzzy namesake abroad, or a land the
    text calls occupied or self-proclaimed)."""
    if _gazetteer is None or tok.pos_ != "PROPN" or tok.ent_type_ not in (
            "", "GPE", "LOC", "PERSON"):
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    name = ent.text if ent is not None else tok.text
    if tok.ent_type_ == "PERSON" and (len(ent or ()) > 1 or _a_surname(analysis, name)):
        return None  # "Jackson said": a person the text named in full before
    context = frozenset(a.country for a in analysis.actors if a.country)
    try:
        place = _gazetteer().find(name, context)
    except Exception:  # noqa: BLE001 - a gazetteer problem must not lose the event
        return None
    if place is None or not place.country or place.level not in ("area", "city") or (
            place.kind == "disputed region"):
        return None  # a region two states claim may speak for either
    if place.country not in context:
        return None  # a place named like one abroad, in a story that never names that state
    sent = tok.sent
    if any(a.kind == "state" and a.country == place.country and any(
            sent.start_char <= m.start < sent.end_char and not (
                tok.idx <= m.start < tok.idx + len(name)) for m in a.mentions)
           for a in analysis.actors):
        return None  # "Donetsk accused Kyiv": a region set against its own state speaks for
        # whoever holds it, which the name does not say
    if _SELF_PROCLAIMED.search(analysis.text):
        return None  # "the self-declared republic", "occupied Tskhinvali": whose it is, is
        # the very thing in dispute
    return str(place.country)


# Words a text uses for an authority or a land whose state is contested.
_SELF_PROCLAIMED = re.compile(
    r"\b(?:separatists?|self-(?:proclaimed|declared|styled)|breakaway|so-called|"
    r"people['\u2019]s\s+republic|occupied|occupation|annexed|unrecognised|unrecognized|"
    r"de\s+facto)\b", re.IGNORECASE)
# Titles that may end in a full stop before a surname ("Gen. Lamu").
_TITLES = r"(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Prof|Sen|Rep|Gov|Brig|Adm|Cpl|Rev)"
# Capitalised words that open a sentence or a place phrase, never a given name.
_NOT_GIVEN = {"In", "At", "Near", "From", "To", "On", "Of", "For", "By", "The", "A", "An",
              "And", "But", "Or", "Outside", "Inside", "Around", "Across", "Into", "Towards",
              "Toward", "Through", "Beyond", "Along", "Over", "Under", "Via", "With", "West",
              "East", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central",
              "Greater", "Upper", "Lower", "New", "Old", "Port", "Fort", "Lake", "Mount", "Cape"}


def _a_surname(analysis: Analysis, name: str) -> bool:
    """Whether a sentence of the text writes `name` after a given name or a title ("Ms
    Florence", "Gen. Florence") or before another name ("Florence Mwangi")."""
    sents = list(analysis.doc.sents) if analysis.doc is not None else []
    texts = [s.text for s in sents] or [analysis.text]
    before = re.compile(rf"\b(?:{_TITLES}\.|([A-Z][a-z]+))[ \t]+{re.escape(name)}\b")
    after = re.compile(rf"\b{re.escape(name)}[ \t]+[A-Z][a-z]")
    for text in texts:
        for m in before.finditer(text):
            if m.group(1) is None or m.group(1) not in _NOT_GIVEN:
                return True
        if after.search(text):
            return True
    return False


def demonym_country(tok: Any) -> str | None:
    """The state a people's adjective names ("Chinese", "Angolan"), through the gazetteer."""
    if _gazetteer is None or not tok.text[:1].isupper():
        return None
    try:
        found = _gazetteer().demonym(tok.text)
    except Exception:  # noqa: BLE001 - a gazetteer problem must not lose the event
        return None
    return str(found) if found else None


# People a text places where they live or shelter: "families in South Kivu", "flood victims
# in northern Pakistan". Aid, calls and harm done to them concern the state they are in.
_PEOPLE_AT = {"family", "household", "civilian", "resident", "villager", "victim", "survivor",
              "refugee", "people", "person", "child", "community", "farmer", "worker",
              "patient", "student", "pupil", "fisherman", "herder", "inhabitant", "evacuee",
              "returnee", "population", "displaced", "needy", "homeless", "orphan"}


def people_place_country(analysis: Analysis, tok: Any) -> str | None:
    """The country of the place people are said to be in ("300 families in Basuba",
    "displaced people across North Kivu"): a state or known actor named there, else a town
    or region the gazetteer knows. Only for people, never for a thing or an act placed."""
    if tok.lemma_.lower() not in _PEOPLE_AT and tok.lower_ not in _PEOPLE_AT:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LOCATIVE + ("within",):
            for g in c.children:
                if g.dep_ == "pobj":
                    found = phrase_place_country(analysis, g)
                    if found:
                        return found
    return None
