"""Acts of armed men that the lexicon does not list, or lists too narrowly.

The predicate lexicon names what each verb must act on before it is an event: "turned back"
migrants or a convoy, "held" hostages, "entered" airspace. Those lists keep a farmer who turns
back or a court that holds a hearing out of the record, but no list foresees every object a
reporter writes: soldiers turn back lorries, gunmen hold a town, a drone flies over a buffer
zone. When the doer is armed (troops, police, gunmen, a military or rebel actor), the act is
coercive whatever the list says, provided it lands on something concrete: a place, people, a
vehicle or goods. Two fallbacks follow from that, tried only when the lexicon gives no sense:

- `relaxed`: a listed verb whose conflict sense failed only on its object list takes that sense
  ("soldiers turned back lorries heading for the market" -> COERCE 174);
- `unlisted`: a verb the lexicon does not know at all is a coercive act, CAMEO 170 ("coerce,
  not specified"), when its object is a place or people ("fighters burst into her home",
  "troops combed the hills"). The type is deliberately the generic one: the verb is unknown.

A third needs no armed doer: any deed done "in protest" is a protest (`protest_adjunct`).

The first two fire for no doer that is not armed, for verbs of saying, being, moving about or
helping, or for abstract objects ("lost all trust", "launched an investigation").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from warpath.events import lexicon as lx

# Doers that carry arms: forces, armed groups and their craft.
ARMED = frozenset({
    "troop", "soldier", "force", "army", "military", "police", "policeman", "policemen",
    "gendarme", "officer", "militant", "gunman", "gunmen", "fighter", "rebel", "insurgent",
    "militia", "militiaman", "jihadist", "guard", "commando", "marine", "paratrooper",
    "sniper", "navy", "warship", "jet", "drone", "uav", "helicopter", "gunship", "tank",
    "unit", "battalion", "brigade", "platoon", "patrol", "raider", "attacker", "assailant",
    "bandit", "gang", "gangster", "cutter", "warplane", "bomber", "ranger", "paramilitary",
    "guerrilla", "infiltrator", "regiment", "division", "contingent", "squad",
})
# Dictionary sectors of armed actors: military, rebels, police, crime groups (not spies: their
# trade is stealth, not force).
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "CRM"})
# Craft named by a head noun that says nothing armed alone: "an unmanned aerial vehicle".
_ARMED_CRAFT_MODIFIERS = frozenset({"aerial", "unmanned", "armoured", "armored", "military",
                                    "naval"})

PLACES = frozenset({
    "town", "village", "city", "camp", "hill", "district", "area", "zone", "territory",
    "position", "base", "outpost", "neighbourhood", "neighborhood", "street", "road",
    "border", "line", "frontier", "fence", "river", "bank", "valley", "forest", "field",
    "farm", "market", "hospital", "school", "mosque", "church", "house", "home", "building",
    "compound", "checkpoint", "post", "airspace", "water", "island", "sea", "coast", "port",
    "quarter", "suburb", "settlement", "hamlet", "barrier", "crossing", "bridge", "region",
    "province", "county", "highway", "route", "track", "airport", "station", "office",
    "headquarters", "prison", "jail", "shop", "warehouse", "depot", "mine", "plant",
    "refinery", "pipeline", "canal", "strait", "shoal", "reef", "bay", "gap", "pass",
    "mountain", "ridge", "slum", "estate", "municipality", "locality", "sector", "clinic",
    "court", "palace", "parliament", "ministry", "embassy", "consulate", "university",
    "temple", "monastery", "hotel", "residence", "site", "facility", "factory", "stadium",
    "square", "plaza", "bazaar", "shelter", "tent", "ward", "courtyard", "garden", "orchard",
})
PEOPLE = frozenset({
    "civilian", "resident", "villager", "people", "man", "men", "woman", "child", "farmer",
    "fisherman", "fishermen", "protester", "demonstrator", "migrant", "refugee", "worker",
    "family", "student", "journalist", "crowd", "herder", "passenger", "foreigner", "trader",
    "driver", "worshipper", "pilgrim", "husband", "wife", "son", "daughter", "father",
    "mother", "crew", "patient", "doctor", "nurse", "teacher", "activist", "official",
    "displaced", "asylum", "seeker", "hostage", "prisoner", "detainee", "suspect",
})
# Vehicles and goods an armed party can stop, seize or send back.
THINGS = frozenset({
    "lorry", "truck", "car", "bus", "vehicle", "boat", "ship", "vessel", "convoy", "train",
    "tanker", "ambulance", "motorbike", "motorcycle", "trawler", "cargo", "goods", "livestock",
    "cattle", "camel", "goat", "catch", "net", "fuel", "food", "aid", "supply", "grain",
    "shipment", "traffic",
})
_CONCRETE = PLACES | PEOPLE | THINGS

# Verbs that say, think, are, have, help or just move about: no act on anyone.
_NOT_ACTS = frozenset({
    "be", "have", "say", "tell", "add", "state", "claim", "believe", "know", "see", "hear",
    "become", "seem", "begin", "start", "continue", "remain", "stay", "include", "appear",
    "want", "need", "try", "expect", "hope", "plan", "do", "make", "get", "give", "come",
    "go", "return", "leave", "live", "work", "help", "protect", "use", "carry", "wear",
    "receive", "report", "confirm", "find", "recover", "count", "call", "describe", "show",
    "film", "photograph", "record", "speak", "ask", "answer", "write", "post", "publish",
    "announce", "deny", "accuse", "look", "watch", "wait", "sleep", "eat", "rest", "visit",
    "meet", "arrive", "reach", "pass", "face", "keep", "man", "staff", "serve", "train",
    "learn", "belong", "own", "lose", "win", "suffer", "die", "survive", "fear", "flee",
    "escape", "hide", "allow", "let", "rescue", "evacuate", "treat", "bury", "celebrate",
    "welcome", "thank", "promise", "intend", "seek", "prepare", "manage", "fail", "refuse",
    "decline", "agree", "like", "love", "feel", "think", "mean", "cause", "lead", "follow",
    "base", "station", "deploy", "position", "locate", "equip", "arm", "number", "total",
    "consist", "operate", "commit", "guard", "escort", "accompany", "assist", "support",
    "supply", "feed", "travel", "land", "patrol", "control", "monitor", "observe", "inspect",
    "check", "question", "interview", "tour", "bring", "send", "deliver", "distribute",
    "clear", "secure", "defend", "hold", "run", "build", "rebuild", "repair", "dig", "paint",
    "repaint", "clean", "vaccinate", "teach", "hire", "pay", "greet", "honour", "honor",
    "employ", "recruit", "shelter", "house", "host", "map", "survey", "pray",
    "worship", "play", "sing", "dance", "marry", "join", "mark", "fly",
})
# Prepositions of intrusion or contact: what an act goes into, through or against.
_LEADS = frozenset({"into", "across", "over", "through", "onto", "against", "upon", "inside"})
# Direction words that take the line or place crossed: "forty metres south of the line".
_DIRECTIONS = frozenset({"south", "north", "east", "west", "beyond", "past"})
# Conflict senses a listed verb may fall back on.
_RELAXED_TYPES = frozenset({"ASSAULT", "COERCE"})

Sector = Callable[[Any], str | None]


def armed(sources: list[Any], sector: Sector) -> bool:
    """Whether one of the doers carries arms: a force noun or an armed dictionary actor."""
    for tok in sources:
        lemma = tok.lemma_.lower()
        if lemma in ARMED or sector(tok) in ARMED_SECTORS:
            return True
        if any(c.lower_ in ("armed", "masked") for c in tok.children if c.dep_ == "amod"):
            return True  # "armed groups", "masked men"
        if lemma in ("vehicle", "aircraft", "craft", "plane") and any(
                c.lower_ in _ARMED_CRAFT_MODIFIERS for c in tok.children):
            return True
    return False


def landing(tok: Any) -> list[Any]:
    """What the verb acts on: its direct or passive object, and what it goes into, through,
    across or against ("stepped forty metres south of the line"); not where it happens ("at",
    "in", "near": soldiers who paint a school in a town do nothing to the town)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in _LEADS:
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("advmod", "prep") and c.lower_ in _DIRECTIONS:
            out += [x for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                    for x in g.children if x.dep_ == "pobj"]
    # "into the clinic in Kalehe": the place named on what was entered
    out += [x for o in list(out) for p in o.children
            if p.dep_ == "prep" and p.lower_ in ("in", "of")
            for x in p.children if x.dep_ == "pobj" and x.ent_type_ in ("GPE", "LOC", "FAC")]
    return out


# Nouns that count or gather what follows them: "a group of 300 displaced people".
_GATHERING = frozenset({"group", "number", "column", "band", "party", "batch", "load",
                        "busload", "boatload", "lorryload", "truckload", "dozen", "hundred",
                        "thousand", "family", "crowd", "convoy", "fleet", "flotilla"})


def concrete(tok: Any) -> bool:
    """A place, people, a vehicle or goods; a gathering noun stands for what it gathers."""
    return bool(_kinds(tok))


# What a move is for when it is relief, not force: "drove into the town to deliver food".
_RELIEF = frozenset({"help", "assist", "deliver", "rescue", "evacuate", "distribute", "repair",
                     "rebuild", "vaccinate", "treat", "feed", "escort", "protect", "support",
                     "supply", "clear", "restore", "reopen", "visit", "attend", "celebrate"})


def _for_relief(tok: Any) -> bool:
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _RELIEF
               and any(g.lower_ == "to" for g in c.children) for c in tok.children)


def _described(tok: Any) -> bool:
    """A participle describing a noun or a clause ("backed by drones", "loaded with rubbish")
    tells no act of its own."""
    return tok.dep_ in ("amod", "acl", "advcl", "compound") and tok.tag_ in ("VBN", "VBG")


def _named_way(tok: Any) -> bool:
    """A name reached by a verb of motion through or into it is a place ("tore through
    Carrefour-Feuilles"), tagged or not."""
    return tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in (
        "into", "through", "across", "onto")


def _classes(words: frozenset[str] | set[str]) -> set[str]:
    return {name for name, members in (("place", PLACES), ("people", PEOPLE),
                                       ("thing", THINGS)) if words & members}


def relaxed(tok: Any, lexicon: lx.Lexicon, sources: list[Any], sector: Sector) -> lx.Sense | None:
    """The conflict sense of a listed verb whose object list failed, for an armed doer acting
    on something of the kind that list names ("turn back" names migrants and trucks: soldiers
    who turn back lorries or asylum seekers do the same). Every other guard of the sense
    still holds ("to deliver food" is relief, not an entry)."""
    senses = next((lexicon.verbs[k] for k in lx.lemmas(tok) if k in lexicon.verbs), None)
    if not senses or _described(tok) or _for_relief(tok) or not armed(sources, sector):
        return None
    objects = [o for o in landing(tok) if concrete(o)]
    if not objects or not all(concrete(o) for o in landing(tok) if o.dep_ in ("dobj", "obj")):
        return None
    found = set().union(*(_kinds(o) for o in objects))
    particles = lx.particles_of(tok)
    words = lx.object_lemmas(tok)
    if any(sense.objects & words for sense in senses):
        return None  # a sense named these very objects and its own guards ruled it out
    for sense in senses:
        if sense.type not in _RELAXED_TYPES or not sense.objects or sense.weak:
            continue
        if sense.particle and sense.particle not in particles or sense.subjects:
            continue
        if not found & _classes(sense.objects) or not lx.conditions_hold(sense, tok, words):
            continue
        return sense
    return None


def _kinds(tok: Any) -> set[str]:
    """Place, people or thing: by the noun (or what a gathering noun gathers), or by its
    entity type ("Colombians" are people, "Goma" a place)."""
    tok = _gathered(tok)
    kinds = _classes({tok.lemma_.lower()})
    if tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS"):
        kinds.add("people")
    elif tok.ent_type_ in ("GPE", "LOC", "FAC"):
        kinds.add("place")
    return kinds


def _gathered(tok: Any) -> Any:
    """The noun a gathering noun gathers ("a column of refugees" -> refugees), or itself."""
    if tok.lemma_.lower() in _GATHERING:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return tok


def unlisted(tok: Any, lexicon: lx.Lexicon, sources: list[Any], sector: Sector) -> lx.Sense | None:
    """A generic coercive act (CAMEO 170) for a verb the lexicon does not know, done by armed
    men to a place or people ("fighters burst into her home")."""
    lemma = tok.lemma_.lower()
    particles = lx.particles_of(tok)
    listed = [s for k in lx.lemmas(tok) for s in lexicon.verbs.get(k, [])
              if not s.particle or s.particle in particles]  # "tear" is not "tear down"
    if listed or lemma in _NOT_ACTS:
        return None
    if _described(tok) or _for_relief(tok) or not armed(sources, sector):
        return None
    for o in landing(tok):
        kind = _kinds(o)
        if o.dep_ in ("dobj", "obj", "nsubjpass"):
            if "people" in kind:
                break  # "herded the villagers", "dragged men from their homes"
        elif kind & {"place", "people"} or o.ent_type_ in ("GPE", "LOC", "FAC") or _named_way(o):
            break  # "burst into the clinic", "tore through the district"
    else:
        return None
    return lx.Sense(lemma=lemma, pos="verb", type="COERCE", cameo="170",
                    intensity=lx.goldstein("170"))


def sense_for(tok: Any, lexicon: lx.Lexicon, sources: list[Any], sector: Sector) -> lx.Sense | None:
    # an armed group of the dictionary, named by its name, moving into a place as armed men
    # told by their noun do: "the M23 entered Bukavu", "Al-Shabaab rolled into Dhobley"
    named = [s for s in sources if s.pos_ == "PROPN"]
    entry = lx.armed_entry(tok, armed_doer=True) if named and armed(named, sector) else None
    return entry or relaxed(tok, lexicon, sources, sector) or unlisted(
        tok, lexicon, sources, sector) or hedged_return(tok, sources, sector) or \
        protest_adjunct(tok)


# Verbs that take "in protest" without being the act of protest: the protest is the clause
# around them ("said in protest", "there were crowds in protest").
_NOT_PROTEST_ACTS = frozenset({"be", "say", "tell", "write", "add", "speak", "remain", "stay",
                               "join", "take", "participate", "gather", "come", "go"})


def protest_adjunct(tok: Any) -> lx.Sense | None:
    """Any deed done "in protest" is a protest (CAMEO 140), whoever does it and whatever the
    verb: "fishermen kept their canoes on the beach in protest at the fees", "traders shut
    their shops in protest against the levy". ("took part in protest" and "said in protest" are
    left to the protest noun and the speech.)"""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in _NOT_PROTEST_ACTS:
        return None
    # the phrase hangs on the verb or, misattached, on its object ("wore armbands in protest")
    holders = [tok, *(o for o in tok.children if o.dep_ in ("dobj", "obj"))]
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ == "protest" and not any(
                    d.dep_ == "det" for d in g.children) for g in c.children):
            return lx.Sense(lemma=tok.lemma_.lower(), pos="verb", type="PROTEST", cameo="140",
                            intensity=lx.goldstein("140"))
    return None


# Verbs of coming back or going in: "could come back with more men", "might return to the
# camp", "if the army goes into the village"
_RETURNING = frozenset({"return", "come", "go", "head", "be", "ride", "march", "storm"})
_BACK_WORDS = frozenset({"back", "again"})
# Goals of a peaceful return: home, base, the table, the talks.
_PEACEFUL_GOALS = frozenset({"home", "barrack", "base", "position", "table", "talk", "normal",
                             "normality", "power", "office", "work", "school", "country",
                             "unit", "post", "station", "negotiation", "fold",
                             # a return to private life: "return to their families"
                             "family", "farm", "farming", "field", "life", "civilian", "job",
                             "study", "studies", "politics", "election", "poll"})
# What armed men come back to do when their return is a raid: "vowed to come back and burn
# the market", "could return to finish the job"; any other purpose ("to vote", "for the
# elections", "to collect their pay") makes the return no attack.
_HOSTILE_PURPOSES = frozenset({"attack", "burn", "kill", "loot", "raid", "finish", "avenge",
                               "punish", "fight", "seize", "take", "retake", "strike",
                               "destroy", "abduct", "kidnap", "shell", "storm", "settle",
                               "revenge", "vengeance", "reprisal", "retaliation", "more",
                               "reinforcement", "gun", "weapon"})
# Words that set a doer's arms down: "demobilised fighters", "former rebels".
_LAID_DOWN = frozenset({"demobilised", "demobilized", "former", "ex", "retired", "disarmed",
                        "veteran", "surrendered", "repentant", "reintegrated"})
# Forces whose return keeps order: police, guards, peacekeepers.
_KEEPERS = frozenset({"police", "policeman", "policemen", "gendarme", "officer", "guard",
                      "patrol", "peacekeeper", "ranger", "cutter"})
# Verbs whose complement is a move threatened or feared, not made.
_THREATENING = frozenset({"threaten", "vow", "warn", "promise", "pledge", "plan", "intend",
                          "swear", "prepare"})


def hedged_return(tok: Any, sources: list[Any], sector: Sector) -> lx.Sense | None:
    """An armed party's return or entry held out as a possibility or a threat: "the RSF could
    come back with many more men", "the militia may return to the village", "if the army goes
    into Bagan with guns", "the gunmen vowed to come back". Told as done, a return is
    movement; held out by a modal, a condition or a threat, it is the attack to come (ASSAULT
    190, hypothetical or planned by the status of its clause). A return home, to base or to
    the talks, or one to bring relief, is none."""
    lemma = tok.lemma_.lower()
    if lemma not in _RETURNING or tok.pos_ != "VERB" or _described(tok) or _for_relief(tok):
        return None
    if not armed(sources, sector) or not _held_out(tok) or any(
            t.lemma_.lower() in _KEEPERS or sector(t) == "COP" for t in sources):
        return None  # police or peacekeepers coming back keep order, they do not raid
    if _peaceful_purpose(tok) or any(_laid_down(t) for t in sources):
        return None  # "might go into the town to vote", "demobilised fighters may return"
    goals = [g for c in tok.children if c.dep_ in ("prep", "advmod")
             and c.lower_ in ("to", "into", "in", "inside", "back")
             for g in c.children if g.dep_ in ("pobj", "prep")
             for g in ([g] if g.dep_ == "pobj" else [x for x in g.children if x.dep_ == "pobj"])]
    goals += [c for c in tok.children if c.dep_ in ("advmod", "npadvmod", "dobj")
              and c.lower_ == "home"]
    if any(g.lemma_.lower() in _PEACEFUL_GOALS for g in goals):
        return None
    back = any(c.dep_ in ("advmod", "prt") and c.lower_ in _BACK_WORDS for c in tok.children)
    into = any(c.dep_ == "prep" and c.lower_ in ("into", "inside") for c in tok.children)
    entering = into and any(_kinds(g) & {"place"} or _named_way(g) or g.ent_type_ in (
        "GPE", "LOC", "FAC") for g in goals)
    if lemma == "return":
        if any(c.dep_ in ("dobj", "obj") for c in tok.children):
            return None  # "could return the bodies": a handing back
    elif lemma == "be":
        if not back:
            return None
    elif not (back or entering):
        return None
    return lx.Sense(lemma=lemma, pos="verb", type="ASSAULT", cameo="190",
                    intensity=lx.goldstein("190"))


def _peaceful_purpose(tok: Any) -> bool:
    """A return told with a purpose that is no act of force: "to vote", "for the elections",
    "to collect their pay" (not "to finish the job", "for revenge")."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and \
                c.lemma_.lower() not in _HOSTILE_PURPOSES:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() not in _HOSTILE_PURPOSES
                for g in c.children):
            return True
    return False


def _laid_down(tok: Any) -> bool:
    """A doer told as having put down arms: "demobilised fighters", "veterans of the militia"."""
    return tok.lemma_.lower() in _LAID_DOWN or any(
        c.dep_ in ("amod", "compound") and c.lower_.strip("-") in _LAID_DOWN
        for c in tok.children)


def _held_out(tok: Any) -> bool:
    """Whether the move is only possible, conditional or threatened: a modal on its verb, an
    "if" or "unless" clause, or a verb of threatening or planning above its infinitive."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should")
                                   for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _THREATENING
