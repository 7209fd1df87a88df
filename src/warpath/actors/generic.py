"""Generic actors: unnamed groups described by a noun ("Iraqi militias", "U.S. troops", "police").

The head noun gives kind and sector; a country word among its modifiers ("Iraqi", "Iran's",
"of Syria") gives the country. "pro-Iranian militia" is aligned with Iran, not Iranian, so a
country after "pro-" or "anti-" or before "-backed" is not taken. Nouns that name a domestic
institution ("police", "the legislature", "protesters") take the country the document is
mostly about when no modifier gives one, and so do a state's own bodies named bare ("the
army said", "the defence ministry"); so does any generic argument the events stage asks
`resolve_phrase` about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from warpath.actors.dictionary import slug
from warpath.document import Actor, Analysis


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Head noun lemma -> (kind, sector).
GENERIC: dict[str, tuple[str, str]] = {}
for _words, _kind, _sector in (
    ("militia militiaman militant fighter rebel insurgent guerrilla jihadist gunman extremist "
     "terrorist separatist paramilitary", "group", "REB"),
    ("troop force army military soldier navy marine airman sailor battalion brigade division "
     "serviceman commando artillery warplane jet officer unit personnel pilot peacekeeper "
     "drone defence defense", "organization", "MIL"),
    # "the Azerbaijani side" speaks for the state.
    ("side", "state", "GOV"),
    ("police policeman policemen guard gendarmerie", "organization", "COP"),
    ("government administration authority regime junta cabinet ministry official diplomat "
     "delegation leadership embassy council coalition presidency agency", "organization",
     "GOV"),
    ("parliament legislature lawmaker congress senate legislator parliamentarian",
     "organization", "LEG"),
    ("court judge prosecutor judiciary", "organization", "JUD"),
    # Unnamed office holders: "the Israeli prime minister", "Iran's top general".
    ("president minister premier chancellor king emir leader ambassador envoy spokesman "
     "spokeswoman spokesperson", "person", "GOV"),
    # Local office holders: "the state governor", "the provincial administrator".
    ("governor administrator prefect", "person", "GOV"),
    ("general colonel admiral", "person", "MIL"),
    ("protester demonstrator activist opposition dissident", "group", "OPP"),
    ("civilian resident villager citizen student worker refugee settler tribesman",
     "group", "CVL"),
    ("intelligence spy", "organization", "SPY"),
    ("media journalist reporter newspaper", "organization", "MED"),
    ("company firm business corporation", "organization", "BUS"),
):
    for _w in _words.split():
        GENERIC[_w] = (_kind, _sector)

# Institutions a text rarely qualifies when they belong to the country it is about.
DOMESTIC = _wordset("""
police policeman policemen legislature parliament protester demonstrator lawmaker opposition
court judiciary cabinet government authority governor administrator prefect
judge prosecutor
""")

# A state's own bodies, named bare ("the army said", "the defence ministry") in a story
# about one country: that country's, like its police.
NATIONAL = _wordset("""
army military ministry junta presidency navy gendarmerie
""")

# People who come from outside to a conflict: "two diplomats said", "the envoy met the
# junta chief" are not the country the text is about (often an IGO's, with no country).
OUTSIDERS = _wordset("""
diplomat envoy ambassador peacekeeper
""")

# Prepositions whose object is where a domestic body sits ("security forces in Iran").
_SCENE_PREPS = frozenset({"in", "inside", "across", "throughout", "near"})
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "parataxis"})
# Words whose place is a venue, not anyone's home: "met rebel envoys in Havana", "talks in
# Doha", "signed the accord in Paris" put no side in that country.
_VENUE_WORDS = frozenset({"meet", "talk", "negotiate", "visit", "sign", "attend", "confer",
                          "consult", "host", "travel", "fly", "meeting", "talks", "summit",
                          "negotiation", "conference", "signing", "ceremony",
                          "round", "mediation", "forum", "discuss", "discussion",
                          "agree", "agreement", "accord", "treaty", "pact", "broker",
                          "mediate"})
# Prepositions whose object is a place ("toward Jazan"), whatever the recogniser thinks.
_PLACE_PREPS = _SCENE_PREPS | {"at", "toward", "towards", "into", "on", "over", "outside"}

# Words that make an agency a newsroom's, a charity's or a firm's, not a state's.
_NOT_STATE_AGENCY = frozenset({"news", "press", "aid", "relief", "humanitarian", "refugee",
                               "rating", "ratings", "travel", "advertising", "employment",
                               "development", "charity", "photo", "talent", "dating"})

# Nouns for the members of a named group: "Hezbollah fighters" are Hezbollah.
MEMBER = _wordset("""
fighter militant member commander force troop unit operative militiaman gunman soldier
""")

_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "PRON", "VERB"})
_SKIP_WORDS = frozenset({"other", "some", "many", "several", "few", "more", "most", "all",
                         "both", "such", "various", "certain", "numerous", "only", "same"})


# "armed groups", "rebel factions": militias by another name.
_ARMED_MARKS = frozenset({"armed", "rebel", "militant", "insurgent", "jihadist"})


def lemma(token: Any) -> str:
    word = str(token.lemma_).lower()
    if word in ("group", "faction") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_MARKS for c in token.children):
        return "militia"
    return word


def is_generic(token: Any) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and lemma(token) in GENERIC


def modifier_tokens(token: Any) -> list[Any]:
    """Tokens that qualify `token`: left amod/compound/poss subtrees, "of"/"from" objects;
    never across a dash or colon ("ITANAGAR, Nov 5: Indian soldiers": the dateline is no
    modifier, though the parser may hang it on the noun)."""
    out: list[Any] = []
    for child in token.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < token.i:
            out.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    out.extend(grand.subtree)
    cut = _segment_start(token)
    return sorted((t for t in out if t.i >= cut), key=lambda t: t.i)


_BREAKS = frozenset({":", "—", "–", "--", "|"})


def _segment_start(token: Any) -> int:
    """The first token index after the last dash or colon left of `token` in its phrase."""
    doc = token.doc
    left = token.left_edge.i
    return max((t.i + 1 for t in doc[left : token.i] if t.text in _BREAKS), default=left)


def phrase_bounds(token: Any) -> tuple[int, int]:
    """Token range of the noun phrase up to its head: "pro-Iranian militia", "Syria's army"."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS and child.lower_ not in _SKIP_WORDS \
                and child.pos_ in _MODIFIER_POS:
            start = min(start, child.left_edge.i)
            break
    doc = token.doc
    start = max(start, _segment_start(token))
    while start < token.i and (doc[start].dep_ in {"det", "predet", "punct", "cc"}
                               or doc[start].lower_ in _SKIP_WORDS):
        start += 1
    return start, token.i + 1


_BACKING = frozenset({"backed", "supported", "sponsored", "funded", "aligned", "allied",
                      "trained", "armed", "financed", "affiliated", "linked"})


def is_aligned(token: Any) -> bool:
    """True for the country word in "pro-Iran", "anti-American" or "Iranian-backed": the
    group sides with (or against) that country but is not its own."""
    doc = token.doc
    if token.lower_.startswith(("pro-", "anti-")):
        return True
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
            and doc[token.i + 2].lower_ in _BACKING:
        return True
    return (token.i >= 2 and doc[token.i - 1].text == "-"
            and doc[token.i - 2].lower_ in {"pro", "anti"})


def actor_of_token(analysis: Analysis, token: Any) -> Actor | None:
    return analysis.actor_at(token.idx, token.idx + len(token.text))


_PRONOUNS = frozenset({"we", "us", "our", "ours", "it", "its", "they", "them", "their"})


def dominant_country(analysis: Analysis) -> str | None:
    """The country most mentioned, if it clearly leads (>= 60%): first among the mentions of
    states (an interviewed minister's "we" among them), else among the names of states and
    of named armed groups, forces and movements with a country (a text about the Arakan
    Army and the NUG is about Myanmar though it names China as often as Myanmar). A
    government body ("the Treasury", "OFAC") is the speaker's, not the scene's: not counted."""
    states: Counter[str] = Counter()
    named: Counter[str] = Counter()
    guessed = _guessed.get(id(analysis), (None, set()))
    for a in analysis.actors:
        if not a.country or guessed[0] is analysis and a.id in guessed[1]:
            continue  # an organ given the story's country counts no more for it
        if a.kind == "state":
            states[a.country] += len(a.mentions)
        if a.kind == "state" or a.kind in {"organization", "group"} and a.sector != "GOV" \
                and not a.id.startswith("generic"):
            named[a.country] += sum(1 for m in a.mentions if m.text.lower() not in _PRONOUNS)
    return story_country(states, named, _place_counts(analysis))


_guessed: dict[int, tuple[Any, set[str]]] = {}


def guessed_home(analysis: Analysis, actor: Actor) -> None:
    """Note that `actor` got the story's own country from the story (not from its words), so
    that `dominant_country` does not count it as a mention of that country."""
    entry = _guessed.get(id(analysis))
    if entry is None or entry[0] is not analysis:
        if len(_guessed) > 64:
            _guessed.clear()
        entry = (analysis, set())
        _guessed[id(analysis)] = entry
    entry[1].add(actor.id)


def story_country(states: Counter[str], named: Counter[str], places: Counter[str]
                  ) -> str | None:
    """The story's country from the mentions of states, the names of states and groups, and
    the countries of its places (`place_counts`), as `dominant_country` explains."""
    strong = _leader(places, STRONG_PLACES)
    if strong:
        return strong
    scene = _leader(places)
    for counts in (states, named):
        leader = _leader(counts)
        if leader:
            # A state named most whose soil the story never sets foot on, while its places
            # lie in a country it names about half as often, is a party to it, not its
            # scene: the places decide (also when a few of the places are the leader's own:
            # camps "in Zulia" in a story set in Catatumbo's towns).
            if scene and scene != leader and _SOIL_SHARE * places[leader] <= places[scene] \
                    and 2 * (places[scene] + states[scene]) >= counts[leader]:
                return scene
            return leader
    if scene and _leader(places, (STRONG_PLACES[0], 3)) and all(
            2 * n <= states[scene] for c, n in states.items() if c != scene) and all(
            n <= named[scene] or c in states for c, n in named.items() if c != scene):
        # no state leads the mentions by enough, but the places lie nearly all in one
        # country, named at least twice as often as any other state ("Enga", "Wabag", "Mount
        # Hagen" and one "Port Moresby"): that country's story
        return scene
    return leading_state(states, named, places)


def leading_state(states: Counter[str], named: Counter[str], places: Counter[str]
                  ) -> str | None:
    """The state a story leans to when no count clears the bar of `story_country`: a
    neighbour named in one paragraph of a story set in one country's own war, or a party named
    as often as the scene's state. The places decide when (nearly) all of them lie in one
    country whose places and names come near the names of the state named most: its conflict,
    told with a neighbour's call or a foreign force beside it. Else a state named far more
    than any other (`_PLURALITY` times the next, at least `_PLURALITY_SHARE` of the names)
    leads though other states share the rest. Two states named about as often give none."""
    scene = _leader(places)
    if scene and _leader(places, _WHOLE_SCENE) and all(
            _SCENE_NAMED * (places[scene] + counts[scene]) >= max(counts.values(), default=0)
            for counts in (states, named)):
        return scene
    for counts in (states, named):
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3:
            continue
        lead, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if n >= _PLURALITY * second and n >= _PLURALITY_SHARE * sum(counts.values()) and (
                not scene or scene == lead or places[scene] <= places[lead] + 1):
            return lead
    return None


# Places lying this much (share, and at least so many) in one country set the story there
# when its places and names together come to at least 1/_SCENE_NAMED of the names of the
# state named most.
_WHOLE_SCENE = (0.8, 4)
_SCENE_NAMED = 2
# A state named this many times more than the next, and holding this share of the names.
_PLURALITY = 1.75
_PLURALITY_SHARE = 0.45


# A state named most whose places the story names at most this many times fewer than the
# scene's is a party to the story, not its ground.
_SOIL_SHARE = 3
# A story whose places lie this much (share, and at least so many) in one country is about
# that country, whichever states it names most ("Russian guards" in a Georgian village).
STRONG_PLACES = (0.8, 6)
# The dateline and places the title or outlet names count this many times a place in the text.
HEADLINE_WEIGHT = 2
_LOCATIVE = frozenset({"in", "near", "at", "from", "inside", "outside", "around", "across",
                       "toward", "towards", "into", "throughout", "within"})
_place_cache: dict[int, tuple[Any, Counter[str]]] = {}


def _place_counts(analysis: Analysis) -> Counter[str]:
    """`place_counts` of the story once its actors are known (kept for the document)."""
    doc = analysis.doc
    if doc is None:
        return Counter()
    cached = _place_cache.get(id(analysis))
    if cached is not None and cached[0] is doc:
        return cached[1]
    counts = place_counts(analysis, lambda s, e: analysis.actor_at(s, e) is not None)
    if len(_place_cache) > 64:
        _place_cache.clear()
    _place_cache[id(analysis)] = (doc, counts)
    return counts


def place_counts(analysis: Analysis, is_actor: Callable[[int, int], bool]) -> Counter[str]:
    """The countries of the places the story names (cities, towns, regions, features; not
    countries, which are states), with its dateline and headline places, from the gazetteer.
    A name found where a place stands ("in Maru", "near Tiraspol") counts though the tagger
    took it for an organisation; a name that is an actor's mention (`is_actor` of its
    character range: "urged Ankara") is a government, not a place."""
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use

    gaz = gazetteer()
    counts: Counter[str] = Counter()
    for ent in analysis.doc.ents if analysis.doc is not None else ():
        located = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE
        if ent.label_ not in {"GPE", "LOC", "FAC", "ORG"}:
            continue
        if is_actor(ent.start_char, ent.end_char):
            continue
        place = gaz.lookup(ent.text)
        if ent.label_ == "ORG" and not located and (place is None or place.level != "city"):
            continue  # a name tagged ORG and left no actor counts as a listed town only
        if place is None and located:
            place = gaz.admin1(ent.text) or gaz.small_place(ent.text)
        if place is not None and place.country and place.level != "country":
            counts[place.country] += 1
    for country in _headline_countries(analysis, gaz):
        counts[country] += HEADLINE_WEIGHT
    return counts


_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")


def _headline_countries(analysis: Analysis, gaz: Any) -> list[str]:
    """The countries of the dateline's place and of the towns, regions and features named
    in the title and the outlet's name ("Zamfara State", "Chisinau ... Record")."""
    from warpath.places.resolve import read_dateline

    out: list[str] = []
    dateline = read_dateline(analysis.text, gaz)
    if dateline is not None and dateline[2] is not None and dateline[2].country:
        out.append(dateline[2].country)
    document = analysis.document
    for line in (document.title or "", document.outlet or ""):
        for m in _NAME_RUN.finditer(line):
            place = gaz.lookup(m.group())
            if place is None and len(m.group().split()) > 1:
                place = gaz.admin1(m.group())  # "Zamfara State"
            if place is None or not place.country or place.level == "country":
                continue
            if place.level == "city" and place.population < 100_000:
                continue  # a small town's name may be any word
            out.append(place.country)
    return out


def scene_leader(analysis: Analysis) -> str | None:
    """The country most of the story's places lie in, if one clearly leads."""
    return _leader(_place_counts(analysis))


def _leader(counts: Counter[str], bar: tuple[float, int] = (0.6, 3)) -> str | None:
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= bar[1] and n >= bar[0] * sum(counts.values()) else None


def generic_actor(analysis: Analysis, token: Any, default_country: str | None = None,
                  require_country: bool = False, any_noun_home: bool = False) -> Actor | None:
    """The generic actor for the noun `token` (created and added to `analysis` if new).

    Returns a named actor instead when a modifier is one and the noun names its members
    ("Hezbollah fighters" -> Hezbollah). With `require_country`, a phrase whose country stays
    unknown gives None (the stage scan uses this; the events helper wants the actor anyway).
    """
    head_lemma = lemma(token)
    if head_lemma not in GENERIC:
        return None
    if head_lemma == "agency" and any(m.lower_ in _NOT_STATE_AGENCY
                                      for m in modifier_tokens(token)):
        return None  # "the news agency", "aid agencies": no state's organ
    kind, sector = GENERIC[head_lemma]
    country: str | None = None
    aligned: str | None = None
    stateless = False  # "NATO leaders", "UN officials": an international body's, no country
    others: set[str] = set()
    for mod in modifier_tokens(token):
        actor = actor_of_token(analysis, mod)
        if actor is None and mod.dep_ == "compound" and mod.head.i == token.i:
            city = city_country(mod.doc[mod.i : mod.i + 1]) or region_country(mod)
            # "Zawiya brigade", "Misrata men"; "Jubaland officials", "Tigray authorities"
            country = country or city
            others |= {city} if city else set()
        if actor is None or actor.country is None and actor.kind == "state":
            continue
        if actor.kind in {"organization", "group"} and head_lemma in MEMBER:
            return _add_mention(analysis, actor, token)
        if is_aligned(mod):
            aligned = aligned or actor.country
        elif actor.country:
            country = country or actor.country
            others.add(actor.country)
        elif actor.kind in {"organization", "group"} and actor.from_dictionary:
            stateless = True  # a listed body of no state; an unlisted name ("the Nasa
            # guard", a people's or a place's) says nothing of one
    if country is None and aligned is None and not stateless:
        # "judges at the International Court of Justice", "lawyers with the ICC": the
        # people of a listed body of no state, whatever scene the story gives them
        stateless = any(
            a is not None and a.kind in {"organization", "group"} and a.from_dictionary
            and not a.country
            for p in token.children if p.dep_ == "prep" and p.lower_ in {"at", "with"}
            for g in p.children if g.dep_ == "pobj"
            for a in (actor_of_token(analysis, t) for t in g.subtree))
    if country is None and aligned is None and not stateless:
        country = _agent_country(analysis, token)  # "drones launched by the Houthis"
    domestic = head_lemma in DOMESTIC or _security(token) or _bare_national(token, head_lemma)
    unknown = country is None and aligned is None and not stateless
    if unknown and (domestic or sector == "CVL"):
        # The scene named in the clause ("security forces in Iran", "civilians near Jazan").
        country = scene_country(analysis, token, default_country)
    if country is None and unknown:
        # "the army said" after "the Indian army": the same body, named again.
        earlier = _antecedent(analysis, token, head_lemma)
        if earlier is not None:
            return _add_mention(analysis, earlier, token)
    if country is None and unknown and _office_of(token, head_lemma):
        country = _office_place_country(token)  # "the governor of Kursk region"
    elif country is None and unknown and (any_noun_home or domestic) \
            and head_lemma not in OUTSIDERS:
        country = default_country  # else the country the whole document is mostly about
    # "Hungarian and Romanian officials" are two actors; the scan leaves them to the countries.
    if require_country and (country is None or len(others) > 1):
        return None
    start, end = phrase_bounds(token)
    doc = token.doc
    span = analysis.span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    key = "-".join(p for p in (head_lemma, (country or "").lower(),
                               f"pro-{aligned.lower()}" if aligned else "") if p)
    actor_id = f"generic-{slug(key)}"
    existing = analysis.actor(actor_id)
    if existing is None:
        existing = Actor(id=actor_id, name=span.text, kind=kind,  # type: ignore[arg-type]
                         country=country, sector=sector)
        analysis.actors.append(existing)
    if span not in existing.mentions:
        existing.mentions.append(span)
    return existing


# Office holders of a place ("the governor of Kursk region"): the place decides, not the story.
_LOCAL_OFFICES = frozenset({"governor", "administrator", "prefect"})


def _office_of(token: Any, head_lemma: str) -> bool:
    """ "The governor of Kursk region", "Belgorod's governor": a local office holder whose
    place is named with the title is that place's, never the story's country by default."""
    if head_lemma not in _LOCAL_OFFICES:
        return False
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in (
        "compound", "nmod") and c.pos_ == "PROPN" for c in token.children)


def _office_place_country(token: Any) -> str | None:
    """The country of the region a local office holder's title names ("the governor of
    Kursk region", "Belgorod's governor"), from the gazetteer."""
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use

    gaz = gazetteer()
    for c in token.children:
        names = [g for g in c.children if g.dep_ == "pobj"] if (
            c.dep_ == "prep" and c.lower_ == "of") else [c] if c.dep_ in (
            "poss", "compound", "nmod") else []
        for n in names:
            words = [w for w in n.subtree if w.pos_ == "PROPN"]
            for text in ([" ".join(w.text for w in words)] if words else []) + [
                    w.text for w in words]:
                place = gaz.lookup(text) or gaz.admin1(text)
                if place is not None and place.country:
                    return str(place.country)
    return None


def _bare_national(token: Any, head_lemma: str) -> bool:
    """ "the army", "The defence ministry", "army units": a state body with no owner named
    (no capitalised or possessive modifier, no "of"), the story's own country's."""
    if head_lemma not in NATIONAL:
        return False
    for child in token.children:
        if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ in ("of", "from"):
            return False
        if child.dep_ in ("amod", "compound", "nmod") and (
                child.text[:1].isupper() or child.pos_ == "PROPN"):
            return False
    return True


def _antecedent(analysis: Analysis, token: Any, head_lemma: str) -> Actor | None:
    """The generic actor with the same head noun and a country mentioned last before a
    definite, unqualified `token` ("the coalition", "coalition aircraft" after "the
    Saudi-led coalition")."""
    lefts = list(token.lefts)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in lefts)
    # a mass noun ("police", "military") with no article is the body already named
    bare = not lefts and (token.dep_ == "compound" or token.tag_ in {"NN", "NNP"}
                          or token.lower_ == head_lemma)
    # "the two drones" points back; "more than 500 protesters" introduces new people.
    if not (definite or bare) or any(c.dep_ in {"amod", "compound"} for c in lefts):
        return None
    prefix = f"generic-{slug(head_lemma)}-"
    best: tuple[int, Actor] | None = None
    for actor in analysis.actors:
        if actor.country is None or actor.kind not in {"organization", "group"}:
            continue
        # A generic of the same noun, or a name ending in it ("the Saudi-led coalition").
        last = actor.name.lower().split()[-1:] if actor.name else []
        if not actor.id.startswith(prefix) and last not in ([head_lemma], [head_lemma + "s"]):
            continue
        for m in actor.mentions:
            if m.end <= token.idx and (best is None or m.start > best[0]):
                best = (m.start, actor)
    return best[1] if best else None


def _agent_country(analysis: Analysis, token: Any) -> str | None:
    """ "drones launched by the Houthis": the agent of a participle on the noun owns it."""
    for acl in token.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        for agent in acl.children:
            for obj in agent.children if agent.dep_ == "agent" else ():
                actor = actor_of_token(analysis, obj)
                if actor is not None and actor.country:
                    return actor.country
    return None


def _security(token: Any) -> bool:
    """ "security forces", "security services": a country's own, like its police."""
    return any(c.lower_ == "security" for c in token.lefts if c.dep_ in {"compound", "amod"})


def scene_country(analysis: Analysis, token: Any, home: str | None = None) -> str | None:
    """The one country the sentence of `token` places things in ("in Iran", "in Tehran"),
    if exactly one: domestic bodies and unqualified crowds belong to it. A meeting's venue
    counts only when it lies in `home`, the story's own country, or in a state the story names
    about as often as any ("met in Bamenda" in a story about Cameroon; not "met rebel envoys
    in Havana" in one about Colombia)."""
    from warpath.places.resolve import ADMIN_NOUNS  # a subdivision's word ("Ouaddai province")

    found: set[str] = set()
    # Not a place in a clause the noun's clause reports or adds: "the state government said
    # groups were sheltering in Niger" does not put the government in Niger.
    own = {t.i for t in token.ancestors}
    for tok in token.sent:
        if tok.dep_ != "pobj" or tok.head.lower_ not in _SCENE_PREPS or any(
                t.dep_ in _OTHER_CLAUSES and t.i not in own for t in tok.ancestors):
            continue
        venue = _venue(tok.head.head)  # "the army met rebel envoys in Havana"
        actor = actor_of_token(analysis, tok)
        country: str | None = None
        if actor is not None and actor.kind == "state" and actor.country:
            country = actor.country
        elif actor is None and is_place_name(tok):
            country = place_country(tok)
        elif actor is None and tok.lemma_.lower() in ADMIN_NOUNS:
            # "the authorities in Ouaddai province": the province's name on the admin word
            country = _admin_name_country(tok)
        if country and (not venue or country == home or not _minor_state(analysis, country)):
            found.add(country)
    return found.pop() if len(found) == 1 else None


def _admin_name_country(token: Any) -> str | None:
    """The country of the subdivision a name before an admin word names, read whole ("El
    Oro province", not "Oro"): a first-level subdivision or a region the gazetteer knows."""
    words: list[Any] = []
    left = token
    while left.i > 0 and (prev := token.doc[left.i - 1]).pos_ == "PROPN" \
            and prev.head.i in (token.i, left.i):
        words.insert(0, prev)
        left = prev
    if not words or any(w.is_upper for w in words):
        return None
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use

    gaz = gazetteer()
    name = " ".join(w.text for w in words)
    place = gaz.lookup(name)
    if place is None or place.level != "area":
        place = gaz.admin1(name, districts=False)
    if place is None or place.level != "area" or place.kind == "disputed region":
        return None
    return str(place.country) if place.country else None


def _minor_state(analysis: Analysis, country: str) -> bool:
    """Whether the story names `country` (as a state) less than half as often as the state
    it names most: a third country, such as the host of talks between two others."""
    counts: Counter[str] = Counter()
    for a in analysis.actors:
        if a.kind == "state" and a.country:
            counts[a.country] += len(a.mentions)
    return bool(counts) and 2 * counts[country] < max(counts.values())


def venue(word: Any) -> bool:
    """Whether a place named on `word` is a venue (talks, a visit, a signing), not a home."""
    return _venue(word)


def _venue(word: Any) -> bool:
    """Whether `word` (what an "in X" phrase hangs on) is a meeting, talks or a visit, a noun
    of them ("talks in Doha"), or a phrase under such a verb ("met envoys in Havana")."""
    for w in [word, *word.ancestors]:  # up to the first verb: "signed a truce with X in Y"
        if w.lemma_.lower() in _VENUE_WORDS or w.lower_ in _VENUE_WORDS:
            return True
        if w.pos_ in ("VERB", "AUX"):
            return False
    return False


def is_place_name(token: Any) -> bool:
    """A proper name tagged as a place, or standing where a place stands ("toward Jazan")."""
    return token.pos_ == "PROPN" and (
        token.ent_type_ in {"GPE", "LOC", "FAC"}
        or (token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS))


def place_country(token: Any) -> str | None:
    """The country of the place name `token` heads ("Jazan" -> SAU), from the gazetteer."""
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use

    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    names = [ent.text] if ent is not None else []
    # "Mocímboa da Praia": the whole name the parser built, before its last word ("Praia")
    left = token
    while left.i > 0 and (prev := token.doc[left.i - 1]).dep_ == "compound" \
            and prev.head.i == token.i and prev.pos_ == "PROPN":
        left = prev
    if left.i < token.i and (ent is None or left.i < ent.start):
        names.insert(0, token.doc[left.i : token.i + 1].text)
    gaz = gazetteer()
    for name in names or [token.text]:
        place = gaz.lookup(name)
        if place is not None:
            return place.country
    return None


def city_country(span: Any) -> str | None:
    """The country of a large city (or a listed border town) the words name, for
    capitalised names only: a town tagged as an organisation ("the Zawiya brigade", "Misrata
    militias")."""
    if not all(t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_) for t in span):
        return None  # a capitalised name the tagger took for a name (or an ORG adjective)
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use

    text = span.text
    place = gazetteer().lookup(text)
    if place is not None and place.kind in ("town", "border crossing"):
        return place.country  # a border town of a conflict region listed by name ("Dhobley")
    if place is None or place.kind != "city" or place.population < 100_000:
        return None  # a small town's name may be any word ("Federal", Argentina)
    return place.country


def region_country(token: Any) -> str | None:
    """The country of a region or province a capitalised name stands for ("Jubaland",
    "Yunnan"), from the gazetteer; not a town's name (any word may be one) nor a region two
    states claim."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.is_upper:
        return None
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use

    gaz = gazetteer()
    place = gaz.lookup(token.text)
    if place is None:
        place = gaz.admin1(token.text, districts=False)  # "Chiapas", "Borno"
    if place is None or place.level != "area" or place.kind == "disputed region":
        return None
    return str(place.country) if place.country else None


def located_place(span: Any) -> bool:
    """A capitalised name standing where a place stands ("in Maru", "from Gusau", "the
    outskirts of Kaura Namoda") that the gazetteer knows as a town, region or feature (not
    a country)."""
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use
    from warpath.places.resolve import PLACE_NOUNS

    root = span.root
    prep = root.head
    where = prep.lower_ in _LOCATIVE or (  # "on the outskirts of Kaura Namoda"
        prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS)
    if root.dep_ != "pobj" or not where or \
            not all(t.text[:1].isupper() for t in span if not t.is_punct):
        return False

    gaz = gazetteer()
    place = gaz.lookup(span.text) or gaz.admin1(span.text) or gaz.small_place(span.text)
    return place is not None and place.level != "country"


def _add_mention(analysis: Analysis, actor: Actor, token: Any) -> Actor:
    start, end = phrase_bounds(token)
    doc = token.doc
    span = analysis.span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    if span not in actor.mentions:
        actor.mentions.append(span)
    return actor
