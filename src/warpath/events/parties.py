"""Turning argument tokens into Party objects.

A token is resolved to an actor (the actors stage's phrase resolver, mentions, modifiers,
owners, pronoun antecedents) and given a country when the actor has none of its own: a
possessive's antecedent, a title, a locative phrase; "the two countries", "the parties" and
"negotiators" stand for the two states last named together; a place a strike hits gives the
country it lies in, whose people it holds ("bases that house U.S. troops", "a camp for Congolese
refugees") or, when the text locates it nowhere, the country the text is about. A state's
organ the text never says whose ("the Command") and an unresolved "we" are the text's own
state (`inferred: "home"`), and so are armed men and local people no one names ("the
attackers", "the herders") in a story set in one country. Also the tests of what a party is
(actor-like, a person, a home body).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from warpath.document import Actor, Analysis, Party
from warpath.events.countries import (
    NEAR,
    administering_country,
    clause_place_country,
    demonym_country,
    gazetteer_country,
    modifier_country,
    named_as_city,
    origin_country,
    people_place_country,
    phrase_place_country,
    place_country,
    place_words,
    region_country,
    self_ruled_country,
    sentence_countries,
)
from warpath.events.grammar import (
    AGENT_ENTS,
    AGENT_NOUNS,
    OBJ,
    PASSIVE_SUBJ,
    POSSESSIVES,
    PRONOUNS,
    SUBJ,
    phrase_tokens,
)
from warpath.events.senses import event_noun

_dominant_country: Callable[[Analysis], str | None] | None
try:  # the country a text is mostly about (the actors stage's count of state mentions)
    from warpath.actors.generic import dominant_country as _dominant_country
except ImportError:  # pragma: no cover - depends on the actors module
    _dominant_country = None


def text_country(analysis: Analysis) -> str | None:
    """The country the text is mostly about, or None (also when the guess fails: a country
    guess must never lose an event)."""
    if _dominant_country is None:
        return None
    try:
        return _dominant_country(analysis)
    except Exception:  # noqa: BLE001
        return None

ResolvePhrase = Callable[[Analysis, Any], "Actor | None"]
_resolve_phrase: ResolvePhrase | None
try:  # the actors stage offers phrase-level resolution (titles, pronouns, short forms)
    from warpath.actors.resolve import resolve_phrase as _resolve_phrase
except (ImportError, AttributeError):  # pragma: no cover - depends on the actors module
    _resolve_phrase = None


def _actor_for(analysis: Analysis, tok: Any) -> Actor | None:
    actor = _actor_for_words(analysis, tok)
    if actor is not None and actor.kind == "state" and tok.pos_ == "PROPN" and tok.is_lower and (
            analysis.actor_at(tok.idx, tok.idx + len(tok.text)) is actor):
        return None  # "the west bank of the Dnipro": a place name read into common words
    return actor


def _actor_for_words(analysis: Analysis, tok: Any) -> Actor | None:
    claimant = _claim_owner(analysis, tok)
    if claimant is not None:
        return claimant
    if _resolve_phrase is not None:
        try:
            actor = _resolve_phrase(analysis, tok)
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the event
            actor = None
        if actor is not None and _a_thing(tok) and not any(
                analysis.actor_at(w.idx, w.idx + len(w.text)) is actor
                for w in phrase_tokens(tok) if w.i != tok.i):
            actor = None  # "the text of a deal at the White House": not the White House's
        if actor is not None and actor.id.startswith("generic"):
            owner = _of_owner(analysis, tok)  # "the president of Angola": the text says whose
            if owner is not None and owner.country:
                return owner
        if actor is not None:
            return actor
    actor = analysis.actor_at(tok.idx, tok.idx + len(tok.text))
    if actor is not None:
        return actor
    # Modifiers nearest the head first: "the U.S. drone", "Iran's top general".
    words = phrase_tokens(tok) + [c for c in tok.children if c.dep_ == "appos"]
    for t in sorted(words, key=lambda t: abs(t.i - tok.i)):
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None:
            return actor
    # "the commander of Iran's Quds Force", "opposition groups in Zimbabwe": owner or home.
    preps: tuple[str, ...] = ("of", "from", "in") if tok.lemma_.lower() in AGENT_NOUNS else (
        "of",)
    if tok.lemma_.lower() in _SPEAKS_FOR:
        preps += ("for",)  # "a lawyer for the Somali government"
    for prep in preps:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                for g in c.children:
                    if g.dep_ == "pobj" and not (_a_thing(tok) and g.pos_ == "NOUN"):
                        # "the text of a peace agreement (at the White House)": a paper
                        # is its author's, not a place's
                        actor = _actor_for(analysis, g)
                        if actor is not None:
                            return actor
    if tok.lower_ in PRONOUNS | POSSESSIVES:
        found = _matrix_subject_actor(analysis, tok)
        if found is None and tok.lower_ == "they" and tok.dep_ in SUBJ:
            found = _previous_subject_actor(analysis, tok)
        return found
    relative = _relative_antecedent(tok)
    if relative is not None:
        return _actor_for(analysis, relative)
    return _owner_actor(analysis, tok)


_RELATIVES = {"who", "which", "that", "whom", "whose"}


def _previous_subject_actor(analysis: Analysis, pron: Any) -> Actor | None:
    """ "Police units entered the town and detained four men. The same day they closed the
    crossing": a sentence-initial "they" with no antecedent in its own sentence is the
    plural subject of the sentence before, when that names a body with a country."""
    sent = pron.sent
    if sent.start == 0 or any(t.dep_ in SUBJ and t.i < pron.i for t in sent):
        return None
    before = sent
    for _ in range(3):  # "The Kurds say ... A week on, they hand back ..."
        if before.start == 0:
            return None
        before = pron.doc[before.start - 1].sent
        subjects = [t for t in before if t.dep_ in SUBJ and t.lower_ not in PRONOUNS
                    and _plural(t)]
        # the main clause's subject first, then the nearest
        subjects.sort(key=lambda t: (t.head != before.root, -t.i))
        for subj in subjects:
            actor = _actor_for(analysis, subj)
            if actor is not None and actor.country and actor.kind != "person":
                return actor
        if subjects:
            return None  # a plural subject of no country: "they" may be those people
    return None


def _plural(tok: Any) -> bool:
    """A plural noun, or a people's name the tagger takes for a singular one ("the
    Houthis")."""
    return tok.tag_ in ("NNS", "NNPS") or (
        tok.tag_ == "NNP" and tok.lower_.endswith("s") and not tok.lower_.endswith("ss")
        and any(c.lower_ == "the" for c in tok.children))


def _relative_antecedent(tok: Any) -> Any | None:
    """ "the M23 rebels, who the report says shelled the market": the noun a relative clause
    hangs on stands for its relative pronoun, however deep the pronoun sits in the clause."""
    if tok.lower_ not in _RELATIVES or tok.dep_ not in SUBJ | PASSIVE_SUBJ | {"poss"}:
        return None
    node = tok.head
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head if node.head.pos_ in ("NOUN", "PROPN") else None
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head.i == node.i:
            return None
        node = node.head
    return None


# People who speak or act for a body named with "for": "a spokeswoman for the ministry" is
# the ministry's (not "the envoy for Yemen", who is sent to it).
_SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "adviser",
               "advisor", "negotiator"}


def _of_owner(analysis: Analysis, tok: Any) -> Actor | None:
    preps = ("of", "for") if tok.lemma_.lower() in _SPEAKS_FOR else ("of",)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    actor = analysis.actor_at(g.idx, g.idx + len(g.text))
                    if actor is not None:
                        return actor
    return None


def _owner_actor(analysis: Analysis, tok: Any) -> Actor | None:
    """ "its air defences", "their forces": the owner is the possessive pronoun's antecedent;
    "his country's armed forces": the state of the one "his" stands for."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
    state = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in _OWN_STATE),
                 None)
    if poss is None and state is not None:
        poss = next((c for c in state.children if c.dep_ == "poss" and c.lower_ in POSSESSIVES),
                    None)
    if poss is not None and tok.lemma_.lower() in AGENT_NOUNS | _FORCE_NOUNS:
        if poss.lower_ in ("our", "my"):
            # "Should Russian drones endanger us, our forces will ...": the speaker's own,
            # never a third party named before it in the sentence
            own = analysis.actor_at(poss.idx, poss.idx + len(poss.text))
            if own is not None and own.country:
                return own
            return _matrix_subject_actor(analysis, poss)
        found = _matrix_subject_actor(analysis, poss)
        if found is None or not found.country:
            found = _earlier_subject_actor(analysis, poss) or found
        return found
    return None


def _earlier_subject_actor(analysis: Analysis, poss: Any) -> Actor | None:
    """ "Polisario units fire rockets ...; their fighters shelled an outpost": the nearest
    subject before the possessive in its sentence, of the same number, when it has a
    country."""
    plural = poss.lower_ == "their"
    for t in reversed(list(poss.doc[poss.sent.start : poss.i])):
        if t.dep_ not in SUBJ or t.lower_ in PRONOUNS or t.pos_ in ("PRON", "DET", "NUM"):
            continue
        if plural and t.tag_ not in ("NNS", "NNPS") and not (  # "units" tagged as a verb
                t.lower_.endswith("s") and t.tag_ not in ("NN", "NNP")):
            continue
        actor = _actor_for(analysis, t)
        if actor is not None and actor.country:
            return actor
    return None


# Words for one's own state: "his country's forces", "our nation's army".
_OWN_STATE = {"country", "nation", "government", "state"}
# Armed units a party owns: "its air defences" act for the owner.
_FORCE_NOUNS = {"defence", "defense", "troop", "force", "jet", "warship", "ship", "vessel",
                "soldier", "police", "army", "navy", "unit", "artillery", "drone", "plane"}


def _matrix_subject_actor(analysis: Analysis, pron: Any) -> Actor | None:
    """ "Hungary said it will ...", "Israel mounted its invasion": the nearest clause subject
    above a pronoun that is not itself a pronoun is taken as its antecedent."""
    node = pron.head
    first: Actor | None = None  # "their forces" may stand for "the Bosnian Serbs" above
    own = _own_clause(pron)
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.i not in own:
            subj = next((c for c in node.children if c.dep_ in SUBJ), None)
            if subj is not None and subj.lower_ not in PRONOUNS and subj != pron and not (
                subj.left_edge.i <= pron.i <= subj.right_edge.i  # "its forces" is no antecedent
            ):
                actor = _actor_for(analysis, subj)
                if actor is not None and actor.country:
                    return actor
                first = first or actor
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acomp", "nsubj", "dobj",
                             "pobj", "prep", "poss", "aux", "acl", "pcomp"):
            break
        node = node.head
    return first


def _own_clause(pron: Any) -> set[int]:
    """The verbs whose subject an object pronoun cannot stand for: "a drone hit it", "troops
    moved in and cleared it" (its own verb and the verbs it shares a subject with)."""
    if pron.lower_ in POSSESSIVES or pron.lower_ not in _OBJECT_PRONOUNS:
        return set()
    verb = pron.head
    if pron.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        verb = verb.head
    if pron.dep_ not in OBJ | {"pobj"} or verb.pos_ not in ("VERB", "AUX"):
        return set()
    own = {verb.i}
    while verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in SUBJ for c in verb.children):
        verb = verb.head
        own.add(verb.i)
    return own


_OBJECT_PRONOUNS = {"it", "them", "him", "her"}


def _claim_owner(analysis: Analysis, pron: Any) -> Actor | None:
    """ "Pakistan's claim that its shelling killed no one": a possessive pronoun in the
    clause of an owned noun (a claim, a statement, a denial) stands for the owner."""
    if pron.lower_ not in POSSESSIVES or pron.dep_ != "poss":
        return None
    node, below = pron.head, pron
    for _ in range(4):
        if node.pos_ in ("NOUN", "PROPN") and below.dep_ == "acl":
            owner = next((c for c in node.children if c.dep_ == "poss"
                          and c.lower_ not in POSSESSIVES), None)
            actor = _actor_for(analysis, owner) if owner is not None else None
            return actor if actor is not None and actor.country else None
        if node.head.i == node.i:
            return None
        below, node = node, node.head
    return None


# Ground and things a strike hits; their country is where they are, or whose people they hold.
_PLACE_NOUNS = {"base", "basis", "camp", "depot", "village", "town", "city", "position",
                "facility", "embassy", "consulate", "airport", "airbase", "port", "headquarters",
                "compound", "installation", "outpost", "site", "area", "district", "region",
                "neighbourhood", "neighborhood", "territory", "convoy", "vessel", "tanker", "ship",
                "infrastructure", "plant", "refinery", "school", "hospital", "home", "house",
                "building", "checkpoint", "post", "airfield", "capital", "province", "target",
                "interest", "asset", "station", "barracks", "warehouse", "road", "bridge",
                "palace", "crossing", "hideout", "stronghold", "market", "mosque", "church",
                "hamlet", "settlement", "suburb", "island", "oilfield", "field", "pipeline",
                "dam", "mine", "residence", "office", "ministry", "parliament"}
_HOST_VERBS = {"host", "house", "hold", "station", "use", "shelter"}


def hosted_country(analysis: Analysis, tok: Any) -> str | None:
    """Whose people a place holds: "bases hosting American troops", "camps for Congolese
    refugees"."""
    if tok.lemma_.lower() not in _PLACE_NOUNS and tok.lower_ not in _PLACE_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _HOST_VERBS:
            for g in c.children:
                if g.dep_ in OBJ:
                    party = party_of(analysis, g)
                    if party.country:
                        return party.country
        if c.dep_ == "prep" and c.lower_ == "for":  # "a camp for Congolese refugees"
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _HELD_PEOPLE:
                    party = party_of(analysis, g)
                    if party.country:
                        return party.country
    return _hosted_by_words(analysis, tok)


_HELD_PEOPLE = {"refugee", "troop", "soldier", "force", "civilian", "family", "worker",
                "diplomat", "personnel", "student", "pilgrim", "migrant", "settler"}


def _hosted_by_words(analysis: Analysis, tok: Any) -> str | None:
    """ "bases that house U.S. troops" when the parser took "house" for a noun: a host verb
    right after the place (with its relative pronoun), then the people it names."""
    doc = tok.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].lower_ in ("that", "which", "where"):
        i += 1
    if i >= len(doc) or doc[i].lemma_.lower() not in _HOST_VERBS and doc[i].lower_ not in (
            "house", "houses", "hosts", "housing", "hosting"):
        return None
    for t in doc[i + 1 : min(i + 6, tok.sent.end)]:
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in AGENT_NOUNS | _HELD_PEOPLE:
            party = party_of(analysis, t)
            return party.country
    return None


def place_target_country(analysis: Analysis, tok: Any, event: Any) -> str | None:
    if tok.pos_ == "PROPN":
        # "shelled the market in Kiwanja": a town the gazetteer lacks lies in the country
        # the text is about, unless the sentence names another state
        return gazetteer_country(tok) or (
            _home_country(analysis, event) if _a_place_name(tok) else None)
    if tok.lemma_.lower() not in _PLACE_NOUNS and tok.lower_ not in _PLACE_NOUNS:
        return None
    found = (hosted_country(analysis, tok) or modifier_country(analysis, tok)
             or place_country(analysis, tok))
    if found:
        return found
    for c in tok.children:  # "a depot in Belgorod", "the town of Samarra"
        if c.dep_ == "prep" and c.lower_ in NEAR + ("of",):
            for g in c.children:
                if g.dep_ == "pobj":
                    found = next((f for w in place_words(g)
                                  for f in [gazetteer_country(w)] if f), None)
                    if found:
                        return found
    # "hit a depot in Belgorod"; else a place the text does not locate ("seized the
    # presidential palace") lies in the country the text is about, when one clearly leads
    return clause_place_country(analysis, event) or _home_country(analysis, event)


def _home_country(analysis: Analysis, tok: Any) -> str | None:
    """The country a text is about, unless the sentence names another state (then the place
    may be either side's: "Armenian soldiers shot at their posts", said Azerbaijan)."""
    home = text_country(analysis)
    if home is None or sentence_countries(analysis, tok.sent) - {home}:
        return None
    return _ground(analysis, home)


def _ground(analysis: Analysis, home: str) -> str | None:
    """The state whose ground a text is set on: `home` (the state it names most), unless the
    towns and regions it names (those the actors do not know) lie mostly elsewhere ("Niger"
    named most in a text set in Zamfara's towns: Nigeria's ground)."""
    doc = analysis.doc
    if doc is None:
        return home
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or analysis.actor_at(
                ent.start_char, ent.end_char) is not None:
            continue
        found = gazetteer_country(ent.root)
        if found:
            counts[found] = counts.get(found, 0) + 1
    if not counts:
        return home
    best = max(counts, key=lambda c: counts[c])
    if counts.get(home, 0) * 2 >= counts[best]:
        return home
    return best if counts[best] >= 2 else None


def _a_place_name(tok: Any) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        tok.dep_ == "pobj" and tok.head.lower_ in NEAR + ("into", "on", "towards", "toward"))


def _a_place_phrase(tok: Any) -> bool:
    return tok.lemma_.lower() in _PLACE_NOUNS | _STREETS or tok.ent_type_ in (
        "GPE", "LOC") or any(t.ent_type_ in ("GPE", "LOC") for t in phrase_tokens(tok))


# Streets and blocks of a town: a place in the country the text is about, like the town.
_STREETS = {"street", "avenue", "boulevard", "lane", "square", "block", "estate", "quarter"}


def _sentence_state(analysis: Analysis, tok: Any) -> str | None:
    named = {a.country for a in analysis.actors if a.kind == "state" and a.country
             and any(tok.sent.start_char <= m.start < tok.sent.end_char for m in a.mentions)}
    return named.pop() if len(named) == 1 else None


_BREAKS = {"—", "–", "--", ":", "|"}


def _same_segment(words: list[Any], tok: Any) -> list[Any]:
    """The words on `tok`'s side of a dash or colon: "19:40 GMT — the ministry" is the
    ministry (live-blog stamps and labels hang on the phrase in the parse)."""
    doc = tok.doc
    lo = min(w.i for w in words)
    hi = max(w.i for w in words)
    left = max((t.i for t in doc[lo:tok.i] if t.text in _BREAKS), default=lo - 1)
    right = min((t.i for t in doc[tok.i + 1:hi + 1] if t.text in _BREAKS), default=hi + 1)
    return [w for w in words if left < w.i < right]


def party_of(analysis: Analysis, tok: Any, depth: int = 0) -> Party:
    party = _party_of(analysis, tok, depth)
    owner = _owner_country(analysis, tok, depth) if owned(tok) else None
    if owner is not None and owner != party.country:
        # "Malian officers said their country's jets ...": the state the pronoun stands for
        party.country, party.inferred = owner, None
    people = _peoples_state(analysis, tok)
    if people is not None and people != party.country:
        # "our Danish partners", "its Iraqi allies": the people the adjective names, not
        # the one whose partners they are
        party.country, party.inferred = people, None
    ruler = administering_country(analysis, tok)
    if ruler is not None and ruler != party.country:
        # "Armenian-governed Lachin": the state the text says runs the place
        party.country, party.inferred = ruler, None
    return party


# People a possessive relates to someone else: "our partners", "his counterpart".
_RELATED = {"partner", "ally", "counterpart", "neighbour", "neighbor", "friend", "backer",
            "sponsor", "colleague", "patron", "proxy"}


def _peoples_state(analysis: Analysis, tok: Any) -> str | None:
    """The state a people's adjective names on a noun of people whose owner is a pronoun
    ("our French allies", "their Rwandan backers", "his Kenyan counterpart"); of several
    ("our Chilean and Peruvian colleagues"), the first named, as for any joined sides."""
    if tok.lemma_.lower() not in _RELATED | AGENT_NOUNS and tok.lower_ not in _RELATED:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in tok.children):
        return None
    found: list[str] = []
    for c in sorted(tok.children, key=lambda c: c.i):
        if c.dep_ != "amod" or not c.text[:1].isupper() or not _bare_demonym(c):
            continue
        for w in [c] + [g for g in c.children if g.dep_ == "conj"]:
            actor = analysis.actor_at(w.idx, w.idx + len(w.text))
            if actor is not None and actor.kind == "state" and actor.country:
                found.append(actor.country)
    return found[0] if found else None


# Parts of a compound adjective that make a people's name say something else about them.
_LEANINGS = {"pro", "anti", "non", "ex", "post", "pre"}


def _bare_demonym(tok: Any) -> bool:
    """A people's adjective standing alone ("Kenyan"), not part of a compound that only
    relates to them ("pro-Kenyan", "Kenyan-backed", "Kenyan-born")."""
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    if "-" in tok.text or any(w.text in ("-", "\u2013") and w.whitespace_ == "" or (
            w.i == tok.i - 1 and not w.whitespace_ and w.lower_ in _LEANINGS) for w in near):
        return False
    if tok.i > 0 and doc[tok.i - 1].text == "-" or tok.i + 1 < len(doc) and (
            doc[tok.i + 1].text == "-"):
        return False
    return not any(c.lower_ in _LEANINGS or c.text == "-" for c in tok.children)


def _party_of(analysis: Analysis, tok: Any, depth: int) -> Party:
    actor = _actor_for(analysis, tok)
    if actor is None or actor.id.startswith("generic") and not actor.from_dictionary:
        actor = _group_antecedent(analysis, tok) or actor
    words = phrase_tokens(tok)
    if tok.dep_ == "amod" or tok.dep_ == "conj" and tok.head.dep_ == "amod":
        # "Bolivian and Chilean teams": each side is its own people's, though the
        # whole phrase was read as the first one's
        nation = _nation_of(analysis, tok)
        if nation is not None and actor is not None and actor.country != nation.country:
            actor = nation
        # one side of "Hungarian and Romanian officials": "Hungarian officials"
        head = tok.head if tok.dep_ == "amod" else tok.head.head
        words = sorted([w for w in phrase_tokens(head)
                        if not (w.dep_ == "amod" and w.ent_type_ == "NORP")] + [tok],
                       key=lambda w: w.i)
    words = _same_segment(words, tok)
    text = " ".join(w.text for w in words) if tok.dep_ in ("amod", "conj") and (
        words[-1].i - words[0].i + 1 != len(words)) else (
        analysis.text[words[0].idx : words[-1].idx + len(words[-1].text)])
    if actor is None or actor.id.startswith("generic") and not actor.from_dictionary:
        origin = origin_country(analysis, tok)
        if origin is not None:
            # "gunmen who crossed from Ethiopia": the state they came from, not the ground
            return Party(actor_id=actor.id if actor is not None else None, text=text,
                         country=origin, sector=actor.sector if actor is not None else None)
    navy = _ship_prefix_country(words)
    if navy is not None and (actor is None or not actor.country or actor.kind == "person"):
        # "HMS Tyne shadowed the tanker": a warship's prefix names its navy's state
        return Party(actor_id=actor.id if actor is not None and actor.kind != "person"
                     else None, text=text, country=navy, sector="MIL")
    if actor is None:
        # "demonstrators in Baghdad", "houses in Gaza"; not "the text of a deal at the White
        # House": a document or an act is no one from where it lies
        country = place_country(analysis, tok) if not _a_thing(tok) else None
        if country is None:  # "families in South Kivu": a region the gazetteer knows
            country = people_place_country(analysis, tok)
        if country is None and tok.dep_ in SUBJ:
            # "Galicia protested", "Kano rejected the plan": a region or its
            # seat acting as a side speaks for an authority inside the state it lies in
            country = self_ruled_country(analysis, tok)
        if country is None and tok.dep_ not in SUBJ and _a_place_phrase(tok):
            # "the town of Bunagana": a town the gazetteer knows; "a state of emergency in
            # Ouaddai province": a place something is done in lies in the one state named
            country = phrase_place_country(analysis, tok) or (
                _sentence_state(analysis, tok) if tok.dep_ == "pobj" and tok.head.lower_ in (
                    "in", "inside", "throughout", "across", "within") else None) or (
                # a town the gazetteer lacks ("the market in Kiwanja"): the text's country
                _home_country(analysis, tok) if tok.pos_ == "PROPN" and _a_place_name(tok)
                else None)
        if country is None and depth < 2:
            country = _speaker_country(analysis, tok, depth)
        if country is None and tok.lower_ in _FIRST_PERSON and depth == 0 and not (
                _newsroom_we(tok)):
            # "'We need more shells,' a Moldovan officer said": the "we" of a speaker of the
            # text's own state whom no one resolved
            home = text_country(analysis)
            if home is not None and _speaker_from(analysis, tok, home):
                return Party(actor_id=None, text=text, country=home, inferred="home")
            voice = voice_country(analysis)
            if voice is not None and _we(tok) and not _quoted(tok) and speaker(tok) is None:
                # "We detained five persons", in a state organ's own release: its state
                return Party(actor_id=None, text=text, country=voice, inferred="home")
            issuer = _statement_issuer(analysis, tok)
            if issuer is not None and speaker(tok) is None:
                # "The navy issued the following statement. ... We have sent two ships":
                # the "we" of a statement a text reproduces is its issuer's state
                return Party(actor_id=None, text=text, country=issuer, inferred="home")
        if country is None and _unnamed_local(tok, analysis):
            # "the attackers", "a commander of the faction", "the herders": armed men and
            # local people no one names, in a story set in one country, are of it
            home = _home_country(analysis, tok)
            if home is not None:
                return Party(actor_id=None, text=text, country=home, inferred="home")
        return Party(actor_id=None, text=text, country=country)
    country = actor.country
    if actor.id.startswith("generic") and not actor.from_dictionary:
        # "Transnistrian officers"; "their fighters" after "Polisario units fire rockets":
        # the region or the owner the phrase names, over a country guessed for the text
        owner = _owner_actor(analysis, tok)
        country = region_country(analysis, tok) or (
            owner.country if owner is not None else None) or country
        if country and country == actor.country and _bare_guess(analysis, tok, actor):
            # "The Malian army said ... The army has closed the bridge": a bare organ
            # in a story of two states is the one named the same way before it (over the
            # state the text names most)
            country = _same_head_before(analysis, tok) or country
        if depth < 2 and (country is None or country == actor.country):
            # "A Chadian army spokesman said a battalion would return", "two Thai officials
            # said the army had moved guns up": a bare armed unit in a state organ's
            # reported words is that state's, over the state the text is about
            country = _speakers_unit(analysis, tok, actor, depth) or country
        if country and country == actor.country and _unowned_weapon(analysis, tok):
            # "A drone dropped a charge on a bus", in a story of two states: a weapon no
            # word says whose is not the text's own state's (`counterparts.doers` may
            # give it the other side)
            country = None
    if country is None and not actor.from_dictionary:
        owner = _owner_actor(analysis, tok)
        country = owner.country if owner is not None else None
    if country is None and not actor.from_dictionary:
        country = modifier_country(analysis, tok)  # "Nigerian junior minister Dubem Oniya"
    if country is None and not actor.from_dictionary:
        country = region_country(analysis, tok)  # "Tigrayan fighters", an unlisted people
    if country is None and not actor.from_dictionary:
        country = place_country(analysis, tok)  # "rebels in the Ivory Coast"
    if country is None and not actor.from_dictionary:
        country = people_place_country(analysis, tok)  # "villagers in Ituri"
    if country is None and tok.lower_ in PRONOUNS and depth < 2:
        ante = _antecedent(tok)  # "King Hassan of Morocco ... said he would"
        if ante is not None:
            country = party_of(analysis, ante, depth + 1).country
    if country is None and depth < 2:
        country = _speaker_country(analysis, tok, depth)
    voice = voice_country(analysis)
    if voice is not None and country != voice and _unowned_voice_word(analysis, tok, actor):
        # "The Chief of Staff ordered a drill", "we ask our allies for help", in a command's
        # own release: its unnamed organs and its "we" are its state, whichever state the
        # release names most (never a weapon, a target, or a phrase that says whose)
        return Party(actor_id=actor.id, text=text, country=voice, sector=actor.sector,
                     inferred="home")
    if country is None and _own_organ(actor) and speaker(tok) is None and not (
            _of_stateless_body(analysis, tok)) and tok.lemma_.lower() not in _FROM_AFAR and not (
            any(c.dep_ == "poss" and c.lower_ in _THIRD_POSSESSIVES for c in tok.children)):
        # ("their foreign ministry" is someone else's, whoever "their" is)
        # "The General Staff denies the report", in a release the organ issues itself: a
        # state's organ the text never says whose is the state the text is about (not when
        # someone else's words frame it: "the Directorate denies it, an Omani daily wrote")
        # (in a statement the text reproduces, its issuer's state: "the task force lodged a
        # protest", "our troops did not return fire")
        home = voice or _statement_issuer(analysis, tok) or text_country(analysis)
        if home is not None:
            return Party(actor_id=actor.id, text=text, country=home, sector=actor.sector,
                         inferred="home")
    return Party(actor_id=actor.id, text=text, country=country, sector=actor.sector)


# Armed men and local people a text need not name: of the country the story is set in.
_LOCAL_PEOPLE = {"attacker", "assailant", "gunman", "militant", "fighter", "raider", "bandit",
                 "kidnapper", "abductor", "commander", "faction", "villager", "resident",
                 "driver", "herder", "herdsman", "farmer", "vigilante", "elder", "tribesman",
                 "youth", "local", "inhabitant", "motorist", "trader", "fisherman", "mourner",
                 "relative", "parishioner", "worshipper", "shopkeeper", "dissident",
                 "gang", "gangster", "smuggler", "trafficker", "insurgent", "tribe", "clan",
                 "jirga"}


_COUNTS = {"dozen", "dozens", "hundred", "hundreds", "score", "scores", "thousand",
           "thousands", "band", "handful", "number", "couple", "gang"}


# Prefixes of commissioned warships' names and the states whose navies use them.
_SHIP_PREFIXES = {"HMS": "GBR", "USS": "USA", "USNS": "USA", "USCGC": "USA", "HMAS": "AUS",
                  "HMCS": "CAN", "HMNZS": "NZL", "INS": "IND", "ROKS": "KOR", "TCG": "TUR",
                  "KRI": "IDN", "BRP": "PHL", "HTMS": "THA", "HDMS": "DNK", "HNLMS": "NLD",
                  "HNoMS": "NOR", "HSwMS": "SWE", "ORP": "POL", "PNS": "PAK", "BNS": "BGD",
                  "SLNS": "LKA", "FGS": "DEU", "ESPS": "ESP", "NRP": "PRT", "ARA": "ARG",
                  "NNS": "NGA"}


def _ship_prefix_country(words: list[Any]) -> str | None:
    """The state of a warship named with its navy's prefix ("HMS Tyne", "USS Carney"): the
    prefix, in capitals, right before a capitalised name."""
    for w, nxt in zip(words, words[1:], strict=False):
        if w.text in _SHIP_PREFIXES and nxt.text[:1].isupper() and nxt.i == w.i + 1:
            return _SHIP_PREFIXES[w.text]
    return None


def _unnamed_local(tok: Any, analysis: Analysis | None = None) -> bool:
    """An unnamed group of armed men or local people ("the gunmen", "dozens of attackers",
    "a commander of the faction"), with no owner, people or place named on it: a faith is
    no people ("Shi'ite elders"), and a town no list knows is no other country's ("elders
    in Parachinar")."""
    if tok.lemma_.lower() in _COUNTS:  # "dozens of militants", "a band of gunmen"
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _LOCAL_PEOPLE:
        return False
    return not any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "LOC", "ORG") and not (
        c.ent_type_ == "NORP" and c.lower_.replace("’", "'") in _FAITHS
        or analysis is not None and c.ent_type_ in ("GPE", "LOC") and _unknown_town(analysis, c))
        for c in tok.subtree if c.i != tok.i)


def unnamed_people_words(text: str | None) -> bool:
    """Whether a party's words end in a word for armed men or local people no one names
    ("gangs", "the elders"): no state's organ."""
    words = (text or "").lower().split()
    if not words:
        return False
    last = words[-1]
    return last in _LOCAL_PEOPLE or last.endswith("s") and (
        last[:-1] in _LOCAL_PEOPLE or last.endswith("es") and last[:-2] in _LOCAL_PEOPLE
        or last == "tribesmen" or last.endswith("men") and last[:-3] + "man" in _LOCAL_PEOPLE)


# Faiths and sects: words tagged as a people that name no state ("Sunni tribesmen").
_FAITHS = {"shi'ite", "shiite", "shia", "shi'a", "sunni", "christian", "muslim", "hindu",
           "sikh", "buddhist", "alawite", "druze", "catholic", "protestant", "orthodox",
           "ismaili", "jewish", "yazidi", "evangelical", "coptic"}


def _unknown_town(analysis: Analysis, tok: Any) -> bool:
    """A place name in an "in", "near" or "from" phrase that is no actor and that the
    gazetteer does not know: a town of the story's own ground."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "from", "around") and (
        analysis.actor_at(tok.idx, tok.idx + len(tok.text)) is None
        and gazetteer_country(tok) is None)


# Words that make a phrase stand for two sides or several, not one organ named before.
_SEVERAL_HEADS = {"side", "party", "pair"}
_SEVERAL_WORDS = {"both", "two", "each", "either", "all", "neither"}


def _bare_guess(analysis: Analysis, tok: Any, actor: Actor) -> bool:
    """Whether a generic actor's country is only the text's guess for a bare noun ("the
    army", "the prime minister") in a story about two states: no mention of it names its
    people, state, owner or place."""
    if tok.lower_ in PRONOUNS or tok.pos_ not in ("NOUN", "PROPN") or analysis.doc is None:
        return False
    if tok.lemma_.lower() in _SEVERAL_HEADS or any(
            c.lower_ in _SEVERAL_WORDS or c.dep_ in ("compound", "amod", "nmod")
            and c.lemma_.lower() in AGENT_NOUNS for c in tok.children):
        return False  # "both sides", "the two armies", "coalition troops": not one bare organ
    if tok.dep_ in OBJ and any(c.dep_ in SUBJ and (c.lemma_.lower() in _SEVERAL_HEADS or any(
            g.lower_ in _SEVERAL_WORDS for g in c.children)) for c in tok.head.children):
        return False  # "both sides have massed troops": the troops of each
    if _two_states(analysis) is None:
        return False
    doc = analysis.doc
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        if any(t.ent_type_ in ("NORP", "GPE") or t.lower_ in POSSESSIVES or t.dep_ == "poss"
               or (t.pos_ == "PROPN" and t.i != span.root.i) for t in span):
            return False
        if place_country(analysis, span.root) or any(
                (other := analysis.actor_at(w.idx, w.idx + len(w.text))) is not None
                and other.id != actor.id and other.country
                for w in phrase_tokens(span.root) if w.i != span.root.i):
            return False
    return True


_DEFINITE = {"the", "this", "that", "these", "those"}


def _unowned_weapon(analysis: Analysis, tok: Any) -> bool:
    """Whether a drone, a shell or a bomb is named with nothing saying whose ("a drone", "two
    rockets"; not "a Russian drone", "their drones", "drones launched by the rebels"), in a
    story about two states."""
    if tok.lemma_.lower() not in _FROM_AFAR or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False  # "the drone": one told of before, whose the text may have said
    for w in tok.subtree:
        if w.i == tok.i:
            continue
        if w.ent_type_ in ("NORP", "GPE") or w.lower_ in POSSESSIVES or w.dep_ == "poss" or (
                w.pos_ == "PROPN"):
            return False
        other = analysis.actor_at(w.idx, w.idx + len(w.text))
        if other is not None and other.country:
            return False
    from warpath.events.counterparts import at_war_at_home  # it imports this module

    country = analysis.actor_at(tok.idx, tok.idx + len(tok.text))
    # a state with armed groups of its own in the story may strike them at home
    return _two_states(analysis) is not None and not (
        country is not None and country.country in at_war_at_home(analysis))


def _two_states(analysis: Analysis) -> tuple[str, str] | None:
    from warpath.events.counterparts import two_states  # counterparts imports this module

    return two_states(analysis)


def _same_head_before(analysis: Analysis, tok: Any) -> str | None:
    """The one country that earlier phrases with the same head noun name ("the Malian army"
    before "the army"); None when none does or they name different states."""
    found = set()
    lemma = tok.lemma_.lower()
    for t in tok.doc[: tok.i]:
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        for w in phrase_tokens(t):
            if w.i >= t.i or w.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            actor = analysis.actor_at(w.idx, w.idx + len(w.text))
            named = actor.country if actor is not None and (
                actor.kind == "state" or actor.from_dictionary) else None
            if named or w.dep_ != "poss" and (named := demonym_country(w)):
                found.add(named)
    return found.pop() if len(found) == 1 else None


_WE = {"we", "our", "us"}
# Quotation marks that open and close a quoted span ("..." and its curly and French forms).
_OPENING = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
# What a release's opening verb does, in the present: "The General Staff informs that ...".
_ANNOUNCING = {"report", "inform", "announce", "condemn", "state", "declare", "notify",
               "confirm", "deny", "reject", "protest", "warn", "remind", "express"}
# Head nouns of a state's organs: only these take a release's state as their own.
_ORGAN_NOUNS = {"ministry", "minister", "cabinet", "council", "government", "presidency",
                "president", "office", "staff", "command", "commander", "army", "guard",
                "service", "department", "headquarters", "secretary", "spokesman",
                "spokesperson", "spokeswoman", "agency", "committee", "directorate",
                "chancellery", "navy", "police"}
# The newsroom speaking for itself: "our correspondent", "what we know", "we are following".
_NEWSROOM = re.compile(
    r"\b(?:our\s+(?:own\s+)?(?:reporters?|correspondents?|team|tally|journalists?|editors?|"
    r"readers?|live\s+(?:blog|coverage|updates?)|coverage|newsroom|crew|producers?)|"
    r"what\s+we\s+know|tells?\s+us|told\s+us|we\s+are\s+(?:following|bringing|tracking|"
    r"updating|monitoring)|live\s+updates|(?:this|our)\s+(?:newspaper|publication|outlet|"
    r"podcast|programme|program|website))\b", re.IGNORECASE)
# Words in an outlet or author line that name a state's organ as the publisher.
_ORGAN_OUTLET = re.compile(r"\b(?:ministry|government|office|press\s+service|command|"
                           r"staff|presidency|embassy|mission|department|guard|"
                           r"headquarters|police|army|navy|gendarmerie|armed\s+forces)\b",
                           re.IGNORECASE)
# An armed or police organ's byline: with no state named, the dateline's place is its state.
_FORCE_OUTLET = re.compile(r"\b(?:guard|army|navy|police|gendarmerie|armed\s+forces|"
                           r"defence\s+forces|defense\s+forces|command)\b", re.IGNORECASE)
_VOICE_KEY = "warpath_voice_country"


def voice_country(analysis: Analysis) -> str | None:
    """The state whose organ speaks the text itself: the opening sentence has a state's
    organ (not the state or its people) announce something in the present ("The Joint
    Command announces ...") and the text says "we" or "our" at least twice in its own
    words; None for any text where a newsroom speaks of itself."""
    found = _per_doc(analysis, _VOICE_KEY, _voice_country)
    return str(found) if found else None


def _per_doc(analysis: Analysis, key: str, find: Any) -> Any:
    """A whole-text finding, computed once and kept on the parsed Doc (every party asks)."""
    doc = analysis.doc
    if doc is None:
        return None
    if key not in doc.user_data:
        doc.user_data[key] = None  # asked again while it is being found: not known yet
        doc.user_data[key] = find(analysis, doc)
    return doc.user_data[key]


def _voice_country(analysis: Analysis, doc: Any) -> str | None:
    if _NEWSROOM.search(analysis.text):
        return None
    document = analysis.document
    byline = " ".join(x for x in (document.outlet, document.author) if x)
    if byline and not _ORGAN_OUTLET.search(byline):
        return None  # a newspaper's or a reporter's name: a story, not a release
    own = [t for t in doc if _we(t) and not _quoted(t) and not _newsroom_we(t)]
    if len(own) < 2:
        return None
    issuer = _byline_state(analysis, byline) if byline else None
    if issuer is not None:
        # "Polish Border Guard Headquarters", "Ministry of Defence of Latvia": a state's
        # organ publishes the text and speaks of itself as "we": its state, however the
        # text opens ("Between 9 and 11 November, officers recorded ...")
        return issuer
    # the opening sentence, past a dateline or a heading ("Kaunas, 2 June")
    first = next((s for _, s in zip(range(3), doc.sents, strict=False)
                  if s.root.pos_ in ("VERB", "AUX") and any(
                      c.dep_ in SUBJ for c in s.root.children)), None)
    if first is None or _quoted(first.root):
        return None
    root = first.root
    if root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() not in _ANNOUNCING and not any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _ANNOUNCING for c in root.children):
        return None  # "The ministry said ...", "Russia launches drones": told, not issued
        # ("The Army wishes to inform the public": issued)
    subj = next(c for c in root.children if c.dep_ in SUBJ)
    actor = _actor_for(analysis, subj)
    if actor is None or actor.kind == "state" or actor.sector not in _ORGAN_SECTORS:
        return None
    named = subj.ent_type_ == "ORG" and not actor.id.startswith("generic")
    if subj.lemma_.lower() not in _ORGAN_NOUNS or not named and any(
            w.ent_type_ == "NORP" or demonym_country(w) or "-" in w.text
            for w in phrase_tokens(subj) if w.i < subj.i):
        return None  # "the Turkish army", "South Korean guards": a people's, told about
        # (an organ's own name may hold its people: "the Royal Thai Navy")
    if actor.country:
        return actor.country
    # "The Joint Command of the Armed Forces of Chile": the state its own name ends with
    states = {found.country for w in subj.subtree if w.i > subj.i
              and (found := analysis.actor_at(w.idx, w.idx + len(w.text))) is not None
              and found is not actor and found.country and (
                  found.kind == "state" or found.sector in _ORGAN_SECTORS)}
    return states.pop() if len(states) == 1 else None


def _byline_state(analysis: Analysis, byline: str) -> str | None:
    """The one state an organ's byline names by its name or its people ("Polish Border
    Guard Headquarters", "Press Office of the Ministry of Defence of Latvia"), else the
    state of the dateline's place when the byline names an armed or police organ."""
    from warpath.places.gazetteer import gazetteer  # loaded once, on first use

    gaz = gazetteer()
    found: set[str] = set()
    for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", byline):
        words = m.group().split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                place = gaz.lookup(name)
                country = place.country if place is not None and place.level == "country" \
                    else gaz.demonym(name) if j == i + 1 else None
                if country:
                    found.add(str(country))
                    break
    if len(found) == 1:
        return found.pop()
    if found or not _FORCE_OUTLET.search(byline):
        return None
    from warpath.places.resolve import read_dateline

    line = analysis.document.meta.get("dateline")  # a line ingest took off the body
    dateline = read_dateline(line + "\n", gaz, header=True) if isinstance(line, str) else (
        read_dateline(analysis.text, gaz))
    place = dateline[2] if dateline is not None else None
    return str(place.country) if place is not None and place.country else None


def _we(tok: Any) -> bool:
    """A first-person plural pronoun ("we", "our", "us"; not "the US")."""
    return tok.lower_ in _WE and tok.text not in ("US", "U.S.") and tok.tag_ in ("PRP", "PRP$")


def _quoted(tok: Any) -> bool:
    """Whether `tok` lies inside a span of quotation marks opened earlier in its paragraph
    (not merely in a sentence that holds a quote mark or a plural possessive)."""
    text = tok.doc.text
    start = text.rfind("\n\n", 0, tok.idx)
    before = text[max(start, 0):tok.idx]
    for opening, closing in _OPENING.items():
        if before.count(opening) > before.count(closing):
            return True
    return before.count('"') % 2 == 1


def _unowned_voice_word(analysis: Analysis, tok: Any, actor: Actor) -> bool:
    """A first-person word of the text's own voice, or a subject headed by a state organ's
    noun that no list knows and whose phrase names no state, people, owner or place ("the
    Minister", "the State Security Committee"); never a weapon, a craft or a target."""
    if _quoted(tok) or speaker(tok) is not None:
        return False  # someone else's words: their "we", their minister
    if _we(tok):  # "we ask the Alliance for help" asks; "we called the mayor" reports
        return not _newsroom_we(tok) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in tok.head.children)
    if tok.dep_ not in SUBJ or tok.lemma_.lower() not in _ORGAN_NOUNS:
        return False
    if actor.from_dictionary or actor.kind == "state" or (
            actor.sector not in _ORGAN_SECTORS) or owned(tok) or any(
            c.dep_ == "poss" and c.lower_ in _THIRD_POSSESSIVES for c in tok.children):
        return False  # ("their foreign ministry": another's, whoever "their" is)
    words = [w for w in phrase_tokens(tok) if w.i != tok.i]
    if any(w.lower_ == "whose" or w.ent_type_ in ("NORP", "GPE") or demonym_country(w) or (
            (found := analysis.actor_at(w.idx, w.idx + len(w.text))) is not None
            and found is not actor and found.country) for w in words):
        return False  # "Georgian guards", "whose guards": the phrase says whose
    return not (region_country(analysis, tok) or place_country(analysis, tok)
                or _owner_actor(analysis, tok))


# Sectors of a state's armed or police units, and of the organs that speak for a state.
_UNIT_SECTORS = {"MIL", "COP"}
_SPEAKING_SECTORS = {"GOV", "MIL", "COP", "SPY", "DIP"}


def _speakers_unit(analysis: Analysis, tok: Any, actor: Actor, depth: int) -> str | None:
    """The state of the organ or official whose reported words hold `tok`, when `tok` heads a
    bare armed or police unit ("a battalion", "fresh troops", "the army"): no people, state,
    owner or place named on it; a state's spokesman speaks of his own state's units. Only a
    state the text names among its two leading ones, so that an outside power commenting on
    a war ("the US said the army must ...") is not taken for the army's."""
    if tok.pos_ != "NOUN" or actor.sector not in _UNIT_SECTORS or (
            tok.lemma_.lower() not in AGENT_NOUNS) or any(
            c.dep_ == "poss" for c in tok.children):
        return None
    if tok.dep_ != "nsubj" and not (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
        return None  # the doer only: "units were put on alert" may face anyone
    words = [w for w in phrase_tokens(tok) if w.i != tok.i]
    if any(w.lower_ == "whose" or w.ent_type_ in ("NORP", "GPE", "ORG") or demonym_country(w)
           or (found := analysis.actor_at(w.idx, w.idx + len(w.text))) is not None
           and found is not actor and found.country for w in words):
        return None  # "Georgian guards", "Wagner units": the phrase says whose
    if region_country(analysis, tok) or place_country(analysis, tok) or (
            _owner_actor(analysis, tok)):
        return None
    said = speaker(tok) or _replier(tok)
    if said is None or said.lower_ in PRONOUNS or said.left_edge.i <= tok.i <= said.right_edge.i:
        return None
    if said.head.lemma_.lower() not in _TELLING | _REPLYING or _a_condition_on_the_way(
            tok, said.head):
        # "warned that it would strike if the army entered the city": a threat or a charge
        # speaks of the other side's forces
        return None
    party = party_of(analysis, said, depth + 1)
    if party.country is None or party.country == actor.country and actor.country is not None:
        return None
    voice = _actor_for(analysis, said)
    if voice is None or not (voice.kind == "state" or voice.sector in _SPEAKING_SECTORS):
        return None
    if not any(w.ent_type_ in ("NORP", "GPE") or demonym_country(w) == party.country or (
            (named := analysis.actor_at(w.idx, w.idx + len(w.text))) is not None
            and named.kind == "state" and named.country == party.country)
            for w in said.subtree):
        return None  # the speaker's own words name its state ("a Chadian army spokesman")
    if party.country not in _leading_states(analysis):
        return None
    return party.country


# Verbs that frame an answer's words as `SAYING` frames a statement's.
_REPLYING = {"reply", "respond", "answer", "retort", "counter", "assure", "promise", "pledge"}


def _replier(tok: Any) -> Any | None:
    """The subject of a verb of answering whose "that" clause holds `tok` ("the spokesman
    replied that a battalion would return")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPLYING:
            return next((c for c in node.head.children if c.dep_ in SUBJ), None)
        node = node.head
    return None


# Verbs that tell of one's own side's doings (not "warn", "accuse", "claim").
_TELLING = {"say", "tell", "state", "announce", "add", "report", "confirm", "explain", "note",
            "write", "insist", "stress"}


def _a_condition_on_the_way(tok: Any, verb: Any) -> bool:
    """Whether a clause between `tok` and the saying verb is a condition ("if", "unless")."""
    node = tok
    while node.head.i != node.i and node.i != verb.i:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should", "once")
               for c in node.children):
            return True
        node = node.head
    return False


def _leading_states(analysis: Analysis) -> set[str]:
    """The states the text is about: of the two it names most (by the mentions of states and
    their bodies), each named at least twice and at least half as often as the first."""
    counts: dict[str, int] = {}
    for a in analysis.actors:
        if a.country and not a.id.startswith("generic"):
            counts[a.country] = counts.get(a.country, 0) + len(a.mentions)
    ranked = sorted(counts, key=lambda c: -counts[c])[:2]
    return {c for c in ranked if counts[c] >= 2 and 2 * counts[c] >= counts[ranked[0]]}


_FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
# Verbs that frame reported words: "X said ...", "..., a statement read".
SAYING = {"say", "state", "tell", "claim", "announce", "add", "report", "insist", "confirm",
          "write", "allege", "declare", "note", "read", "warn", "explain", "stress"}


def speaker(tok: Any) -> Any | None:
    """The subject of the saying verb whose reported words hold `tok` ("Tirana said ...",
    "..., a navy spokesman said"), or None when no one in its sentence frames them."""
    node = tok
    for _ in range(8):
        if node.i != tok.i and node.lemma_.lower() in SAYING and node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in SUBJ), None)
            if subj is not None and not subj.left_edge.i <= tok.i <= subj.right_edge.i:
                return subj  # (not the speaker itself: "the Command said")
        for c in node.children:
            if c.lemma_.lower() in SAYING and c.i > tok.i and (
                    c.dep_ in ("parataxis", "ccomp") or c.dep_ == "conj" and any(
                        t.text in _QUOTES for t in tok.doc[node.i:c.i])):
                subj = next((g for g in c.children if g.dep_ in SUBJ), None)
                if subj is not None:  # "We hold the ridge, the colonel said"
                    return subj
        if node.head.i == node.i:
            break
        node = node.head
    return None


_QUOTES = {"'", '"', "\u2019", "\u201d"}


# A text that reproduces another body's words: "X released the following statement".
_REPRODUCED = {"statement", "communique", "communiqué", "declaration", "release", "letter",
               "message", "text"}
_ISSUING = {"release", "issue", "publish", "send", "distribute", "post", "put", "circulate"}
# A line that closes a reproduced text: "NOTE FROM THE NEWS DESK", "Editor's note", "ENDS".
_CLOSING_LINE = re.compile(r"^[ \t]*(?:[^a-z\n]*\b(?:NOTE|EDITOR|ENDS?)\b[^a-z\n]*|"
                           r"[Ee]ditor['\u2019]s\s+note\b[^\n]*|[Nn]ote\s+from\s+[^\n]*)$",
                           re.MULTILINE)
_ISSUER_KEY = "warpath_statement_issuer"


def _statement_issuer(analysis: Analysis, tok: Any) -> str | None:
    """The state of the body whose statement the text reproduces, when `tok` lies inside it
    (after "X issued the following statement" and before a line that closes it)."""
    found = _per_doc(analysis, _ISSUER_KEY, _find_issuer)
    if found is None:
        return None
    start, end, country = found
    return str(country) if start <= tok.idx < end else None


def _find_issuer(analysis: Analysis, doc: Any) -> tuple[int, int, str] | None:
    for t in doc:
        if t.lemma_.lower() not in _REPRODUCED or not any(
                c.lower_ == "following" for c in t.children):
            continue
        verb = t.head
        if t.dep_ not in OBJ | PASSIVE_SUBJ or verb.lemma_.lower() not in _ISSUING:
            continue
        subj = next((c for c in verb.children if c.dep_ in SUBJ), None) if (
            t.dep_ not in PASSIVE_SUBJ) else next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj"), None)  # "The following statement was issued by X"
        if subj is None:
            continue
        country = party_of(analysis, subj, 1).country
        actor = _actor_for(analysis, subj)
        if not country and (actor is None and subj.pos_ == "PROPN" or actor is not None and (
                not actor.country and not actor.from_dictionary
                and actor.kind == "organization" and actor.sector in _ORGAN_SECTORS | {None})):
            # an armed or civil organ no list knows ("the Naresuan Task Force"): of the
            # country the story's places lie in
            country = _scene_leader(analysis)
        if not country:
            return None
        start = t.sent.end_char
        closing = _CLOSING_LINE.search(analysis.text, start)
        return start, closing.start() if closing else len(analysis.text), country
    return None


def _scene_leader(analysis: Analysis) -> str | None:
    """The country most of the story's places lie in, if one clearly leads (or None)."""
    try:
        from warpath.actors.generic import scene_leader
    except ImportError:  # pragma: no cover - depends on the actors module
        return None
    try:
        return scene_leader(analysis)
    except Exception:  # noqa: BLE001 - a country guess must never lose an event
        return None


def _newsroom_we(tok: Any) -> bool:
    """ "we spoke to a farmer", "a commander told us by phone": the newsroom's "we"."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
        verb = verb.head
    return verb.lemma_.lower() in _REPORTING


def _speaker_from(analysis: Analysis, tok: Any, country: str) -> bool:
    """Whether the one whose words hold `tok` is of `country` (not a first-person one)."""
    subj = speaker(tok)
    if subj is None or subj.lower_ in _FIRST_PERSON:
        return False
    return party_of(analysis, subj, 1).country == country
# What a newsroom's "we" does: "we spoke to a farmer", "we reached the mayor".
_REPORTING = {"speak", "talk", "reach", "contact", "interview", "telephone", "phone", "call",
              "verify", "check", "count", "find", "see"}
# Organs of a state: armed forces, police, government, parliament, courts, services.
_ORGAN_SECTORS = {"MIL", "COP", "GOV", "LEG", "JUD", "SPY"}


def _of_stateless_body(analysis: Analysis, tok: Any) -> bool:
    """ "NATO officers", "African Union officials": the phrase names a listed body of no
    state, whose people are no state's organ."""
    words = [(w.idx, w.idx + len(w.text)) for w in phrase_tokens(tok) if w.i != tok.i]
    return any(a.from_dictionary and not a.country and a.kind in ("organization", "group")
               and any(s <= m.start < e for m in a.mentions for s, e in words)
               for a in analysis.actors)


# Things that fly or strike from afar: a release's own state's only when it says so ("12
# drones crossed from Ukraine" in a Romanian release are no Romanian organ).
_THIRD_POSSESSIVES = {"their", "its", "his", "her"}
_FROM_AFAR = {"drone", "missile", "rocket", "shell", "projectile", "bomb", "balloon",
              "munition", "mortar", "uav"}


def _own_organ(actor: Actor) -> bool:
    """A state's organ named by no state anywhere in the text and listed nowhere."""
    return not actor.country and not actor.from_dictionary and actor.kind == "organization" and (
        actor.sector in _ORGAN_SECTORS)


# Words that stand for an armed group named before: "the group", "the movement".
_GROUP_WORDS = {"group", "movement", "militia", "faction", "organisation", "organization",
                "insurgent", "rebel", "militant", "jihadist"}
_ARMED_SECTORS = {"REB", "INS", "SEP", "UAF"}
# Words that say only what kind of armed group a bare "the ... group" is.
_ARMED_KINDS = {"paramilitary", "armed", "rebel", "militant", "jihadist", "islamist",
                "separatist", "insurgent", "extremist", "terrorist", "outlawed", "banned"}


def _group_antecedent(analysis: Analysis, tok: Any) -> Actor | None:
    """ "Elders fear the group will raid across the river": a bare definite "the group"
    (no people or place named in it) stands for the armed group last named before it."""
    if tok.lemma_.lower() not in _GROUP_WORDS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("amod", "compound", "poss", "prep", "nmod")
            and not (c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_KINDS)
            for c in tok.children):
        return None  # ("the paramilitary group", "the armed movement": its kind, no name)
    best: tuple[int, Actor] | None = None
    for actor in analysis.actors:
        if actor.id.startswith("generic") or not (
                actor.kind == "group" or actor.sector in _ARMED_SECTORS):
            continue
        before = [m.start for m in actor.mentions if m.start < tok.idx]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), actor)
    return best[1] if best is not None else None


def _nation_of(analysis: Analysis, tok: Any) -> Actor | None:
    """The state a people's word names ("Sudanese"): the actor there, else the state the
    text names with the same word elsewhere."""
    actor = analysis.actor_at(tok.idx, tok.idx + len(tok.text))
    if actor is not None and actor.kind == "state" and actor.country:
        return actor
    word = tok.lower_
    return next((a for a in analysis.actors if a.kind == "state" and a.country and any(
        m.text.lower() == word for m in a.mentions)), None)


def _speaker_country(analysis: Analysis, pron: Any, depth: int) -> str | None:
    """ "The representative of Pakistan said ... He accused the authorities in Kabul": a
    "he" or "she" opening its sentence stands for the subject of the sentence before."""
    if pron.lower_ not in ("he", "she", "it") or pron.dep_ not in SUBJ or pron.sent.start == 0:
        return None
    if any(t.dep_ in SUBJ and t.i < pron.i for t in pron.sent):
        return None
    before = pron.doc[pron.sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in SUBJ), None)
    for _ in range(3):
        # "The minister gave an account. Fighters overran a barracks, he told reporters. He
        # blamed ...": the same speaker, still talking, named in a sentence before that
        if pron.lower_ == "it" or before.start == 0 or not any(
                t.lower_ == pron.lower_ and t.dep_ in SUBJ and t.i > before.start and (
                    t.head == before.root or t.head.dep_ == "parataxis") for t in before):
            break
        before = pron.doc[before.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in SUBJ), None)
    if subj is None or subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("it", "they", "we"):
        return None
    if pron.lower_ == "it":
        # "The government in Ouagadougou has not commented. It suspended two broadcasters":
        # an "it" stands for a body named as the subject before, never for a person or a thing
        actor = _actor_for(analysis, subj)
        if actor is None or actor.kind not in ("organization", "group", "state") or (
                _a_thing(subj) or subj.lemma_.lower() not in AGENT_NOUNS and actor.id.startswith(
                    "generic")):
            return None
    return party_of(analysis, subj, depth + 1).country


# Words and papers: where they are drawn up says nothing of whose they are.
_THINGS = {"text", "document", "agreement", "accord", "deal", "treaty", "memorandum", "draft",
           "declaration", "statement", "letter", "note", "resolution", "report", "plan",
           "proposal", "communique", "protocol", "charter", "framework", "roadmap",
           # the terms settled and the gatherings that settle them: "the terms of a truce in
           # Havana", "a settlement in Jeddah", "talks in Geneva" are no one's from the venue
           "term", "truce", "ceasefire", "armistice", "settlement", "arrangement", "pact",
           "understanding", "talk", "talks", "meeting", "summit", "negotiation", "conference"}


def _a_thing(tok: Any) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _THINGS


_PAIR_NOUNS = {"country", "nation", "state", "leader", "government", "side", "neighbour",
               "neighbor", "president", "minister", "capital", "rival", "army", "foe"}


def the_two(analysis: Analysis, tok: Any, party: Party) -> list[tuple[Any, Party]]:
    """ "The two countries agreed", "both leaders met", "the parties agreed", "negotiators
    agreed": the two states last named together ("the presidents of Congo and Rwanda"), in
    their order, else the two states last named, stand for them, one party each."""
    if not party.country and _armed_pair(tok):
        home = _dominant()(analysis)  # "both groups", "the two commanders" in a civil war
        if home is not None:
            return [(tok, Party(actor_id=party.actor_id, text=party.text, country=home,
                                sector=party.sector))]
    counted = any(c.lower_ in ("two", "both") for c in tok.children)
    if party.country and not (counted and tok.tag_ in ("NNS", "NNPS") and (
            party.actor_id or "").startswith("generic")) or not _a_pair(tok):
        # ("the two governments" are no one state's, though the story's own state was
        # guessed for the generic word)
        return [(tok, party)]
    # bare "the parties", "negotiators" only stand for a pair the text names together
    states = _last_named_pair(analysis, tok) or (
        _last_two_states(analysis, tok) if counted else [])
    if len(states) < 2:
        return [(tok, party)]
    home = text_country(analysis)  # the text's own state speaks first ("the two countries
    states = sorted(states[:2], key=lambda a: a.country != home)  # agreed", told from Delhi)
    return [(tok, Party(actor_id=a.id, text=party.text, country=a.country, sector=party.sector))
            for a in states]


# Armed sides that are not states: "both groups", "the two commanders", "each faction".
_ARMED_SIDES = {"group", "commander", "faction", "militia", "brigade", "fighter"}


def _armed_pair(tok: Any) -> bool:
    return tok.lemma_.lower() in _ARMED_SIDES and any(
        c.lower_ in ("two", "both", "each", "rival") for c in tok.children
        if c.dep_ in ("nummod", "det", "predet", "amod"))


def _dominant() -> Callable[[Analysis], str | None]:
    return _dominant_country if _dominant_country is not None else (lambda _a: None)


# "the parties", "the delegations": the two sides of talks, with no number needed.
_SIDE_NOUNS = {"party", "side", "delegation", "negotiator", "delegate"}


def _a_pair(tok: Any) -> bool:
    word = tok.lemma_.lower()
    if tok.tag_ != "NNS" or word not in _PAIR_NOUNS | _SIDE_NOUNS:
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet")}
    if marks & {"two", "both"}:
        return True
    # bare "the parties" (not "the parties to the conflict", not "opposition parties")
    return word in _SIDE_NOUNS and marks <= {"the"} and not any(
        c.dep_ in ("prep", "amod", "compound", "poss", "nummod") for c in tok.children)


def _last_named_pair(analysis: Analysis, tok: Any) -> list[Actor]:
    """The two states most recently named as a pair ("Congo and Rwanda", "the Kyrgyz
    Republic and the Republic of Tajikistan", "Russian and Ukrainian delegations") in the
    sentence of `tok` or before it: the sides a text is about, not a host or a mediator named
    since ("negotiators agreed ... in talks between Serbia and Kosovo")."""
    doc = tok.doc
    # before the phrase first; after it only in apposition ("the two countries, Congo and
    # Rwanda") or as the sides ("talks between Sudan and South Sudan"): "with Qatari and
    # Turkish mediation", "brokered by Qatar" name the go-betweens, not the sides
    after = [t for t in doc[tok.i + 1 : tok.sent.end] if _named_as_sides(analysis, t)]
    for t in [*reversed(doc[: tok.i]), *after]:
        one = _state_at(analysis, t)
        if one is None:
            continue
        for c in t.children:
            other = _state_at(analysis, c) if c.dep_ == "conj" else None
            if other is not None and other.country != one.country:
                if len(_chain_states(analysis, t)) > 2:
                    break  # "Mali, Burkina Faso and Niger sign a charter": a list, no pair
                return [one, other]
    return []


def _named_as_sides(analysis: Analysis, tok: Any) -> bool:
    """Whether a list is put as the sides themselves: in apposition, or after "between",
    "of", "from", "among" (also as adjectives: "between Russian and Ukrainian delegations")."""
    root = _chain_root(analysis, tok)
    if root.dep_ in ("amod", "compound", "nmod"):
        root = root.head
    return root.dep_ == "appos" or root.dep_ == "pobj" and root.head.lower_ in (
        "between", "of", "from", "among")


def _chain_root(analysis: Analysis, tok: Any) -> Any:
    """The first member of the list a conjunct belongs to; a state the parser hung on
    another in apposition ("Mali, Burkina Faso and Niger") is a member too."""
    while tok.head.i != tok.i and (tok.dep_ == "conj" or tok.dep_ == "appos" and (
            _state_at(analysis, tok.head) is not None)):
        tok = tok.head
    return tok


def _chain_states(analysis: Analysis, tok: Any) -> set[str]:
    """The states named in the whole list a conjunct belongs to ("Mali, Burkina Faso and
    Niger")."""
    stack = [_chain_root(analysis, tok)]
    found: set[str] = set()
    while stack:
        t = stack.pop()
        actor = _state_at(analysis, t)
        if actor is not None and actor.country and not named_as_city(t):
            found.add(actor.country)  # "after talks in Ankara, Ethiopia and Somalia ...":
            # a city the parser joined to the list is where, not one more of the states
        stack.extend(c for c in t.children if c.dep_ == "conj" or c.dep_ == "appos" and (
            actor is not None))
    return found


def _state_at(analysis: Analysis, tok: Any) -> Actor | None:
    actor = analysis.actor_at(tok.idx, tok.idx + len(tok.text))
    return actor if actor is not None and actor.kind == "state" and actor.country else None


def _last_two_states(analysis: Analysis, tok: Any) -> list[Actor]:
    seen: list[tuple[int, Actor]] = []
    for actor in analysis.actors:
        if actor.kind != "state" or not actor.country:
            continue
        before = [m.start for m in actor.mentions if m.start < tok.idx]
        if before:
            seen.append((max(before), actor))
    seen.sort(key=lambda p: -p[0])
    states: list[Actor] = []
    for _, actor in seen:
        if all(a.country != actor.country for a in states):
            states.append(actor)
    return states


def _antecedent(pron: Any) -> Any | None:
    """The nearest clause subject above a subject pronoun that is not itself a pronoun."""
    node = pron.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in SUBJ | PASSIVE_SUBJ), None)
            if subj is not None and subj.lower_ not in PRONOUNS and subj != pron:
                return subj
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "dobj",
                             "poss"):
            return None
        node = node.head
    return None


_OWNERS = {"his", "her", "its", "their", "our", "my", "your"}
# Words for a state that a pronoun owner makes someone's own: "her country's forces".
_STATE_WORDS = {"country", "nation", "government", "state", "republic", "kingdom"}


# The same in plain text, for stages that hold only a party's words.
OWNED_BY_PRONOUN = re.compile(
    rf"\b(?:{'|'.join(sorted(_OWNERS))})\s+(?:{'|'.join(sorted(_STATE_WORDS))})['\u2019]s\b",
    re.IGNORECASE)


def _owner_pronoun(tok: Any) -> Any | None:
    """The pronoun through which a party's phrase names a state as its owner ("her" in
    "her country's forces", "their" in "their government's troops")."""
    for t in tok.subtree:
        if t.i < tok.i and t.dep_ == "poss" and t.lemma_.lower() in _STATE_WORDS:
            pron = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in _OWNERS),
                        None)
            if pron is not None:
                return pron
    return None


def owned(tok: Any) -> bool:
    """Whether a party's phrase names a state as its owner through a pronoun ("her
    country's forces", "their government's troops"): that state's, whichever it is, so not
    the place's. ("its fighters" after a group is the group's, and it acts where it is.)"""
    return _owner_pronoun(tok) is not None


def _owner_country(analysis: Analysis, tok: Any, depth: int) -> str | None:
    """The state an owning pronoun stands for: the subject it refers back to in its
    sentence, else the one whose words hold it, else the previous sentence's subject
    ("Chadian officers said ... Their country's jets ...")."""
    pron = _owner_pronoun(tok)
    if pron is None or depth >= 2 or pron.lower_ in ("our", "my", "your"):
        return None
    ante = _antecedent(pron) or speaker(tok)
    if ante is None and pron.sent.start > 0:
        before = tok.doc[pron.sent.start - 1].sent
        ante = next((c for c in before.root.children if c.dep_ in SUBJ), None)
        if ante is not None and (ante.lower_ in PRONOUNS or _quoted(ante)):
            ante = None
    if ante is None:
        return None
    return party_of(analysis, ante, depth + 1).country


def named_group(tok: Any) -> bool:
    """ "Ibo traditional elders", "ethnic Albanian guerrillas": a group named by a people or
    place, not "the two countries" (whose reference lies outside the sentence)."""
    if tok is not None and tok.lower_ in PRONOUNS | POSSESSIVES:
        tok = _antecedent(tok)  # "Islamic fundamentalists continued their hunger strike"
    if tok is None or tok.lemma_.lower() in ("country", "side", "nation", "state", "party"):
        return False
    agentive = tok.lemma_.lower() in AGENT_NOUNS | {"elder", "member", "supporter"}
    return agentive and any((t.pos_ == "PROPN" or t.ent_type_ == "NORP")
                            and t.lower_ not in _BLOCS
                            for t in phrase_tokens(tok) if t.i != tok.i)


# Words for a bloc of states or for outsiders, which name no one people or place: "Western
# envoys", "European diplomats", "Gulf mediators" are of no state the sentence names.
_BLOCS = {"western", "european", "nordic", "baltic", "gulf", "asian", "foreign",
          "international", "allied", "eu", "nato", "un"}


def home_body(analysis: Analysis, party: Party) -> bool:
    """A country's officials or bodies (not the state itself) as a party."""
    actor = analysis.actor(party.actor_id) if party.actor_id else None
    return actor is not None and actor.kind != "state" and actor.sector in _DOMESTIC_SECTORS


_DOMESTIC_SECTORS = {"GOV", "OPP", "JUD", "COP", "CVL", "LEG", "BUS", "EDU", "MED"}


def a_person(analysis: Analysis, party: Party) -> bool:
    actor = analysis.actor(party.actor_id) if party.actor_id else None
    return actor is not None and actor.kind == "person" and not actor.id.startswith("generic")


def is_from_dictionary(analysis: Analysis, party: Party) -> bool:
    actor = analysis.actor(party.actor_id)
    return bool(actor and actor.from_dictionary)


def actor_like(tok: Any, party: Party) -> bool:
    if _a_condition(tok):
        return False  # "a state of emergency", "a state of siege"
    if party.actor_id is None and event_noun(tok):
        return False  # "a ceasefire in eastern Congo": an event placed, not a party
    if party.actor_id or party.country:
        return True
    words = phrase_tokens(tok)
    if any(t.ent_type_ in AGENT_ENTS for t in words):
        return True
    return tok.lower_ in PRONOUNS or tok.lemma_.lower() in AGENT_NOUNS


_CONDITIONS = {"emergency", "siege", "alert", "war", "readiness", "affairs", "mind", "play"}


def _a_condition(tok: Any) -> bool:
    return tok.lemma_.lower() == "state" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CONDITIONS
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def is_named(tok: Any) -> bool:
    """A proper name, or a phrase with one ("Israel", "the Syrian army", "Kyiv's mayor")."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in AGENT_ENTS for t in phrase_tokens(tok))
