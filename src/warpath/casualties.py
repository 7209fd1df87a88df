"""Killed, wounded and arrested counts per event.

A casualty statement is a verb of killing, wounding or arrest ("killed", "were injured",
"died", "detained", "claimed the lives of") or a "no casualties" phrase. Its victims are the
verb's object (active), its passive subject, or the subject of "die"; the count is read from
the victims' noun phrases, summed over coordination ("the battalion chief and four other
fighters" -> 5). Numbers come as digits or words; "at least 13", "more than 30", "over 30",
"about 400" all give the number written (a lower bound or an estimate, never a guess above
it). Vague amounts ("dozens", "scores", "civilians") give no number and keep their words in
`Event.casualty_text`. Negation gives zero ("without killing a single American", "none of
the strikes killed an American", "no one was killed").

A statement goes to the event whose trigger it is, and to the attack it hangs on
("rockets slammed into the base, killing a contractor": the rockets' event); a statement of
its own sentence ("At least 72 people were injured.") goes to the nearest attack told before
it in the same paragraph; a "no casualties" line may sum up an attack a few paragraphs back.
"The attack killed ..." also counts for the earlier mentions of that attack. A statement whose
scope names events ("during either seizure", "none of the raids", "in the attack on the
convoy") goes to the earlier events of that kind (noun <-> predicate family): a counted scope
("either", "the") however far back, a plural one within a few sentences; a non-zero total
over several events is not given to each. Planned and imagined attacks
get no counts; denied ones only zero. Arrests count people, not ships or goods. "Three
soldiers suffered injuries" counts the sufferers as wounded; "no one was killed or wounded"
gives zero to both verbs; a summing-up zero does not reach across a roundup's section heading
("MANDALAY"). A participle hung by the parser on a reporting verb ("had bombed a village, she
said, killing 21") still counts for the attack told before it. "The company lost four
soldiers" counts the soldiers as killed, "left six prisoners dead" the prisoners, "27 wounded
civilians" the civilians; "17 people, five of them children" is 17, and "41 civilians killed
and 96 injured" two counts. "A dozen" is 12, "half a dozen" 6, "wounding another" 1, "17
soldiers and fighters" 17; "was found dead" and "sent to hell" are deaths, "lost a thumb" a
wound. A sufferer's wounds ("two crew suffered burns") and "other" victims ("five other
soldiers were wounded") go to the attack told before; "no soldiers were hurt" is no death
either; "that incident" is any act of force just told, with the acts coordinated with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from warpath.document import Analysis, Event
from warpath.pipeline import Config, Stage, stages

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1, "lone": 1, "dozen": 12,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {"dozens", "scores", "hundreds", "thousands", "millions", "several", "many", "some",
         "numerous", "countless", "tens", "few", "handful", "multiple", "unknown", "number"}

KILL = {"kill", "slay", "murder", "assassinate", "execute", "massacre", "behead"}
DIE = {"die", "perish", "drown"}
# "the unit lost six soldiers": losing people is their being killed (not "lost a thumb", "lost
# ground").
LOSE = {"lose"}
PEOPLE = {"man", "soldier", "fighter", "troop", "officer", "policeman", "comrade", "member",
          "civilian", "people", "person", "child", "guard", "serviceman", "militiaman",
          "colleague", "personnel", "crew", "sailor", "pilot", "volunteer", "marine",
          "gendarme", "recruit", "conscript"}
WOUND = {"wound", "injure", "hurt", "maim", "harm"}
ARREST = {"arrest", "detain", "apprehend", "round"}
SUFFER = {"suffer", "sustain"}
HARM_NOUNS = {"injury", "wound", "burn"}
# Killing told by a verb of manner and its outcome: "shot dead", "gunned down", "beaten to
# death", and the dead as they were found ("was found dead in a cell"); "shot down" a drone,
# "sentenced to death" are no killing.
MANNER_KILL = {"find", "shoot", "gun", "mow", "beat", "stab", "hack", "stone", "club", "bludgeon",
               "batter", "burn", "crush", "strangle", "choke", "kick", "torture", "trample",
               "lynch", "starve", "knife", "bayonet"}
DOWNED = {"gun", "mow"}  # "gunned down", "mowed down"
# Wounds told by what happened to the body or by the care given: "was hit in the shoulder",
# "were treated for burns", "were taken to hospital", "were hospitalised".
STRUCK = {"hit", "strike", "graze", "shoot", "wound", "injure"}
BODY = {"head", "neck", "shoulder", "arm", "hand", "leg", "foot", "knee", "thigh", "chest",
        "back", "stomach", "abdomen", "face", "eye", "jaw", "hip", "side", "groin", "torso",
        "wrist", "ankle", "elbow", "finger", "buttock", "spine"}
LIMBS = {"thumb", "toe", "limb", "eye", "finger", "hand", "leg", "arm", "foot", "ear"}
CARE = {"treat", "hospitalise", "hospitalize", "admit", "bring", "take", "rush", "carry",
        "evacuate", "airlift", "ferry", "transfer", "fly"}
CARE_PLACES = {"hospital", "clinic", "infirmary", "ward", "icu"}
# "the drivers were let go unhurt", "the crew escaped unharmed": no one killed or hurt.
# What a wounded person is treated for or brought in with (besides HARM_NOUNS).
INJURY_WORDS = {"injury", "wound", "burn", "gunshot", "shrapnel", "bullet", "fracture", "cut",
                "bruise", "laceration", "inhalation", "smoke", "gas", "trauma", "shock",
                "bleeding", "treatment", "care", "surgery", "breathing", "asphyxiation",
                "suffocation", "stab", "blast", "injured", "wounded"}
# Tolls of what no one did: "the toll of the earthquake", "the death toll from the crash".
BLAMELESS = {"earthquake", "quake", "flood", "flooding", "storm", "cyclone", "hurricane",
             "typhoon", "landslide", "tsunami", "heatwave", "drought", "famine", "epidemic",
             "pandemic", "outbreak", "virus", "covid", "cholera", "ebola", "disease", "crash",
             "accident", "collision", "derailment", "stampede", "wildfire", "avalanche",
             "eruption", "sinking", "capsizing", "shipwreck"}
UNHURT = {"unhurt", "unharmed", "unscathed", "uninjured", "unwounded"}
# "the death toll rose to 31", "put the number of people killed at 31".
TOLL_NOUNS = {"toll", "number", "count", "tally", "figure", "total"}
ZERO_NOUNS = {"casualty": ("killed", "wounded"), "death": ("killed",), "fatality": ("killed",),
              "injury": ("wounded",), "life": ("killed",), "arrest": ("arrested",)}
# Coordinated with the victims by a loose parse, but not people ("... killed the commander and
# six militiamen, and a drone strike hit ...").
NOT_VICTIMS = {"strike", "airstrike", "attack", "raid", "bombing", "barrage", "explosion",
               "blast", "shelling", "rocket", "missile", "drone", "building", "vehicle", "car",
               "house", "home", "depot", "facility", "infrastructure", "equipment"}
NO_ONE = {"none", "nobody", "no one", "noone"}
ATTACK_TYPES = {"ASSAULT", "COERCE"}
REACH = 3  # sentences back a stand-alone casualty statement may look for its attack
PLURAL_RUN = 2  # a plural scope covers events at most this many sentences before the nearest
ZERO_REACH = 8  # ... and a "no casualties" summing-up line, or "the attack" for its antecedent
# Event nouns a casualty statement may scope over ("in both attacks", "during either
# seizure"), each with the lemmas of the predicates and nouns that tell such an event.
FAMILIES: dict[str, frozenset[str]] = {
    "attack": frozenset({"attack", "strike", "airstrike", "raid", "assault", "offensive",
                         "bombing", "bombardment", "bomb", "shelling", "shell", "barrage",
                         "ambush", "shooting", "shoot", "fire", "clash", "fighting", "explosion",
                         "blast", "hit", "pound", "storm", "incursion", "operation",
                         "explode", "detonate", "go"}),
    "seizure": frozenset({"seizure", "seize", "detain", "detention", "capture", "hijack",
                          "hijacking", "board", "boarding", "impound", "arrest", "kidnap",
                          "kidnapping", "abduct", "abduction", "take"}),
}
SCOPE_NOUNS = {n: f for f, lemmas in FAMILIES.items() for n in lemmas}
# The predicate a specific event noun names ("the raids" are first of all the raids told,
# "the attacks" any of the family); nouns not listed here name themselves.
NOUN_VERB = {"shelling": "shell", "bombing": "bomb", "bombardment": "bombard",
             "seizure": "seize", "detention": "detain", "hijacking": "hijack",
             "kidnapping": "kidnap", "abduction": "abduct", "shooting": "shoot",
             "boarding": "board", "airstrike": "strike"}
# A blast may be told as a bomb going off, exploding or being detonated.
EXPLOSIONS = {"blast", "explosion", "bombing", "bomb", "explode", "detonate", "go", "blow"}
GENERIC_NOUNS = {"attack", "assault", "operation", "offensive", "incursion"}
# Nouns that may name an event of any family ("in either incident").
GENERIC_EVENT_NOUNS = {"incident", "episode", "confrontation", "encounter"}
SCOPE_PREPS = {"in", "during", "throughout", "from", "across", "amid"}
PAIR = {"both", "either", "neither"}
EVERY = {"all", "any", "each", "every", "none"}
# Arrested things are not people: "detain the supertanker Grace 1" counts no arrests.
THINGS = {"ship", "tanker", "supertanker", "vessel", "boat", "freighter", "ferry", "yacht",
          "trawler", "dhow", "barge", "aircraft", "plane", "jet", "helicopter", "drone",
          "truck", "vehicle", "car", "cargo", "shipment", "container", "oil", "fuel", "weapon",
          "weapons", "rifle", "ammunition", "equipment", "property", "asset", "funds"}
# Heads that count their members: "its crew of 12" is 12, not 1; "a group" alone is unknown.
COLLECTIVE = {"crew", "group", "team", "family", "squad", "platoon", "unit", "delegation",
              "band", "cell", "gang", "crowd", "party", "contingent", "detachment"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "next",
            "previous", "new", "another", "other"}


@dataclass(frozen=True)
class Statement:
    """One stated count: `field` is killed | wounded | arrested; `value` None when vague."""

    field: str
    value: int | None
    text: str
    token: int  # the verb or noun that states it
    sentence: int


# --------------------------------------------------------------------------- numbers


def parse_number(text: str) -> int | None:
    """Digits or English number words: "25", "1,200", "twenty-five", "two hundred"."""
    t = text.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+", t):
        return int(t)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s+(hundred|thousand|million)", t)
    if m:
        return int(float(m.group(1)) * SCALES[m.group(2)])
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", t):
        if not word or word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _number_of(tok: Any) -> int | None:
    """The number a NUM token writes, with its compound parts ("fifty - five")."""
    if tok.lower_ == "dozen":
        return _dozen(tok)
    parts = [c for c in tok.lefts if c.dep_ in ("compound", "quantmod", "punct")
             and (c.pos_ == "NUM" or c.text == "-")]
    text = " ".join([*(c.text for c in parts if c.text != "-"), tok.text])
    value = parse_number(text)
    if value is None and parts:
        value = parse_number(tok.text)
    return value


# --------------------------------------------------------------------------- counting


def count_phrase(tok: Any) -> tuple[int | None, str]:
    """The number of people a noun phrase headed by `tok` denotes, with its words.

    Coordinated heads add up; a vague head ("dozens", "civilians") gives None.
    """
    if _has_as_many(tok):  # "as many militiamen and officers": one count for the lot
        return _as_many(tok), _subtree_text(tok)
    heads = [tok, *_conjuncts(tok)]
    if _listed_members(tok, heads[1:]) or _shared_number(tok, heads[1:]) or \
            _speakers_after(tok, heads[1:]):
        heads = [tok]  # "two civilians, a farmer and his son, were shot dead": two
    total: int | None = 0
    words = []
    for h in heads:
        n = _count_head(h)
        words.append(_phrase_text(h))
        if n is None:
            total = None
        elif total is not None:
            total += n
    return total, " and ".join(words)


def _listed_members(tok: Any, rest: list[Any]) -> bool:
    """Whether the words after a counted plural set between commas only list its members:
    "two civilians, a farmer and his son, were ..." (the list adds up to the count and is
    closed by a comma), not "two soldiers, a policeman and a child were ..."."""
    if not rest or tok.tag_ not in ("NNS", "NNPS") or _count_head(tok) is None:
        return False
    doc = tok.doc
    first, last = rest[0], rest[-1]
    if doc[first.left_edge.i - 1].text != "," or last.right_edge.i + 1 >= len(doc) or \
            doc[last.right_edge.i + 1].text != ",":
        return False
    counts = [_count_head(h) for h in rest]
    return None not in counts and sum(c or 0 for c in counts) == _count_head(tok)


SPEAK_LEMMAS = {"say", "tell", "report", "add", "confirm", "state", "claim", "estimate"}


def _speakers_after(tok: Any, rest: list[Any]) -> bool:
    """ "killing at least seven people, two officials and a rebel spokesman said": the
    words after the comma, run straight into a verb of saying, are who reports the toll,
    not more dead (the parser joins them to the victims)."""
    if not rest:
        return False
    doc = tok.doc
    first, last = rest[0], rest[-1]
    after = last.right_edge.i + 1
    if after >= len(doc) or doc[first.left_edge.i - 1].text != ",":
        return False
    verb = doc[after]
    return verb.lemma_.lower() in SPEAK_LEMMAS and verb.pos_ in ("VERB", "AUX") and \
        verb.i != tok.head.i and tok.i < verb.i


def _shared_number(tok: Any, rest: list[Any]) -> bool:
    """ "at least 17 soldiers and fighters died": one number before plural nouns joined by
    "and" with no count of their own counts them all (not "two soldiers and dozens of
    civilians", "four soldiers and the driver")."""
    if not rest or tok.tag_ not in ("NNS", "NNPS") or not any(
            c.dep_ == "nummod" for c in tok.children):
        return False
    return all(c.tag_ in ("NNS", "NNPS") and c.i > tok.i and _count_head(c) is None and not any(
        g.dep_ in ("det", "nummod", "poss", "predet", "quantmod", "prep") or g.lower_ in VAGUE
        for g in c.children) for c in rest)


def _conjuncts(tok: Any) -> list[Any]:
    out = []
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and \
                c.lemma_.lower() not in NOT_VICTIMS and not _own_count(c) \
                and not _subset(c):
            out.append(c)
            out.extend(_conjuncts(c))
    return out


def _subset(c: Any) -> bool:
    """ "five of them children", "two of them nurses": part of the group already counted."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ in ("them", "those", "whom", "these") for o in p.children)
        for w in (c, *c.lefts) for p in w.children)


def _own_count(c: Any) -> bool:
    """A conjunct with a casualty verb of its own is another count: "41 civilians killed and
    96 injured", "the company lost five soldiers and 12 were wounded"."""
    if any(k.dep_ in ("acl", "amod") and _field(k) for k in c.children):
        return True
    nxt = c.doc[c.i + 1] if c.i + 1 < c.sent.end else None
    if c.right_edge.i == c.i and nxt is not None and nxt.tag_ in ("VBN", "JJ") and \
            _field(nxt) is not None and (c.pos_ == "NUM" or c.like_num):
        return True  # "four killed and 11 wounded", the second participle hung elsewhere
    after = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
    top = c
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return after is not None and after.dep_ in ("aux", "auxpass") and _field(after.head) \
        is not None and after.head.i > c.i and after.head.i != top.head.i


def _phrase_text(h: Any) -> str:
    toks = [t for t in h.subtree if t.dep_ not in ("conj", "cc", "appos", "relcl", "acl")
            and not any(a.dep_ in ("conj", "appos", "relcl", "acl") and a in h.subtree
                        and a.i != h.i and t in a.subtree for a in h.subtree)]
    return " ".join(t.text for t in toks) if toks else h.text


def _count_head(h: Any) -> int | None:
    low = h.lower_
    if h.lemma_.lower() in COLLECTIVE:
        return _members(h)
    if low in NO_ONE or (low == "one" and any(c.lower_ == "no" for c in h.children)):
        return 0
    if any(c.dep_ == "det" and c.lower_ == "no" for c in h.children):
        return 0
    if h.pos_ == "NUM" or h.like_num:
        value = _number_of(h)
        if value is not None:
            return value
    if low == "dozen":
        return _dozen(h)
    if low in VAGUE or h.lemma_ in VAGUE:
        return None
    if low == "another" and h.pos_ in ("PRON", "DET", "NOUN", "ADJ") and not any(
            c.dep_ in ("nummod", "det") for c in h.children):
        return 1  # "killing one militiaman and wounding another"
    dozen = next((c for c in h.children if c.lower_ == "dozen" and c.dep_ in (
        "compound", "nummod", "quantmod", "amod")), None)
    if dozen is not None:
        return _dozen(dozen)  # "two dozen villagers", "half a dozen policemen"
    # "two Iraqi security forces personnel": the number may sit on a compound modifier.
    mods = [*h.children, *(g for c in h.children if c.dep_ == "compound" for g in c.children)]
    for c in mods:
        if c.dep_ == "nummod":
            value = _number_of(c)
            if value is not None:
                return value
            if c.lower_ in VAGUE:
                return None
        if _has_as_many(h):
            return _as_many(h)  # "four depots and killing as many militiamen"
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another", "each", "every")
           for c in h.children):
        return 1
    if any(c.lower_ == "single" for c in h.children):
        return 1
    if h.pos_ == "PROPN" or h.ent_type_ == "PERSON":
        return 1
    if h.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in h.children):
        return 1  # "the brigade commander", "its commander"
    return None


def _dozen(h: Any) -> int | None:
    """ "a dozen" 12, "half a dozen" 6, "two dozen" 24."""
    kids = list(h.children)
    num = next((c for c in kids if c.dep_ in ("nummod", "compound", "quantmod") and (
        c.pos_ == "NUM" or c.like_num) and c.lower_ not in ("a", "one")), None)
    if num is not None:
        n = _number_of(num)
        return 12 * n if n is not None else None
    if any(c.lower_ == "half" for c in kids) or h.i >= 2 and h.doc[h.i - 2].lower_ == "half":
        return 6
    if any(c.lower_ in ("a", "one") for c in kids) or h.i >= 1 and h.doc[h.i - 1].lower_ in (
            "a", "one"):
        return 12
    return None


def _members(h: Any) -> int | None:
    """The size of a collective: "a crew of 23" -> 23, "a group of five soldiers" -> 5."""
    of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if pobj is None:
        return None
    if pobj.pos_ == "NUM" or pobj.like_num:
        return _number_of(pobj)
    return count_phrase(pobj)[0]


def _thing(victims: Any) -> bool:
    """Whether an arrest's object is a vessel or goods rather than people."""
    words = [victims, *(c for c in victims.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in THINGS or w.lower_ in THINGS for w in words)


def _has_as_many(h: Any) -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "many" and any(x.lower_ == "as" for x in
                                                               c.children) for c in h.children)


def _as_many(h: Any) -> int | None:
    for t in reversed(list(h.doc[h.sent.start:h.i])):
        if t.pos_ == "NUM":
            return _number_of(t)
    return None


# --------------------------------------------------------------------------- statements


def _field(tok: Any) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in KILL or lemma in DIE or _manner_kill(tok) or _sent_to_death(tok):
        return "killed"
    if lemma in WOUND or _wound_phrase(tok):
        return "wounded"
    if lemma in ARREST and (lemma != "round" or any(c.lower_ == "up" for c in tok.children)):
        return "arrested"
    return None


def _manner_kill(tok: Any) -> bool:
    """ "shot dead a headman", "were gunned down", "beat two men to death"."""
    lemma = tok.lemma_.lower()
    if lemma not in MANNER_KILL or not tok.tag_.startswith("VB"):
        return False
    for c in tok.children:
        if c.lower_ == "dead" and c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "ccomp",
                                             "amod", "advcl"):
            return True
        if c.dep_ == "prt" and c.lower_ == "down" and lemma in DOWNED:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                p.dep_ == "pobj" and p.lower_ == "death" for p in c.children):
            return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "dead" and nxt.head.i in (tok.i, tok.head.i):
        return True
    # "shot dead two farmers", "shot a suspect dead": "dead" hung on the object, right after
    # the verb or after the object (a result, not "shot the dead man")
    return any(c.dep_ in ("dobj", "obj") and any(
        a.lower_ == "dead" and (a.i == tok.i + 1 or a.i > c.i) for a in c.children)
        for c in tok.children)


# "fourteen militants were sent to hell", "sent them to their graves": a killing told as a
# journey to where the dead go ("sent to prison", "sent to the front" are no killing).
AFTERLIFE = {"hell", "grave", "death", "paradise", "heaven", "afterlife", "maker"}


def _sent_to_death(tok: Any) -> bool:
    if tok.lemma_.lower() != "send" or not tok.tag_.startswith("VB"):
        return False
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in AFTERLIFE for p in c.children)
        for c in tok.children)


def _wound_phrase(tok: Any) -> bool:
    """A passive telling a wound by the body part hit or by the care given: "one constable
    was hit in the shoulder", "six women were treated for breathing problems", "nine were
    brought to hospital with gunshot wounds", "two soldiers were hospitalised"."""
    if tok.pos_ != "VERB" or not _passive(tok):
        return False
    lemma = tok.lemma_.lower()
    preps = [(c.lower_, x) for c in tok.children if c.dep_ == "prep"
             for x in c.children if x.dep_ == "pobj"]
    if lemma in STRUCK:
        return any(p == "in" and x.lemma_.lower() in BODY for p, x in preps)
    if lemma not in CARE:
        return False
    aside = preps + [(c.lower_, y) for p, x in preps if x.lemma_.lower() in CARE_PLACES
                     for c in x.children if c.dep_ == "prep" for y in c.children
                     if y.dep_ == "pobj"]  # "to hospital with chest pains"
    if any(p in ("for", "with") and not _harm_or_care(x) for p, x in aside):
        return False  # "taken to hospital with chest pains", "for routine tests", "for
        # questioning": illness or other business, not a wound
    if lemma in ("hospitalise", "hospitalize"):
        return True
    if lemma == "treat" and any(p == "for" for p, _ in preps):
        return True
    if any(c.dep_ == "xcomp" and c.lower_ in CARE_PLACES for c in tok.children):
        return True  # "rushed to hospital", "hospital" taken for a verb
    return any(p in ("to", "in", "at") and (x.lemma_.lower() in CARE_PLACES or x.lower_ in
                                           CARE_PLACES) or p == "with" and
               x.lemma_.lower() in HARM_NOUNS for p, x in preps)


# Verbs by which people get care ("needed treatment", "received hospital care") and the care.
GET_CARE = {"need", "require", "receive", "get", "undergo"}
CARE_NOUNS = {"treatment", "care", "attention", "surgery", "hospitalisation",
              "hospitalization"}
CARE_KINDS = {"medical", "hospital", "emergency", "first", "surgical"}


def _care_received(tok: Any) -> Any | None:
    """The people of "eleven people needed treatment for their injuries", "four received
    hospital care": a counted subject getting care for a wound or from a hospital. Not care
    for an illness ("needed treatment for asthma") or care no one is said to get ("the
    wounded need care")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in GET_CARE or _negated(tok):
        return None
    care = next((c for c in tok.children if c.dep_ in ("dobj", "obj")
                 and c.lemma_.lower() in CARE_NOUNS), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if care is None or subj is None or count_phrase(subj)[0] is None:
        return None
    kinds = {c.lemma_.lower() for c in care.children if c.dep_ in ("amod", "compound")}
    reasons = [x for p in (*care.children, *tok.children) if p.dep_ == "prep"
               and p.lower_ in ("for", "with") for x in p.children if x.dep_ == "pobj"]
    if reasons:
        return subj if all(_harm_or_care(x) for x in reasons) else None
    return subj if kinds & CARE_KINDS else None


def _harm_or_care(tok: Any) -> bool:
    """ "with gunshot wounds", "for burns", "for smoke inhalation", "for treatment": a wound or
    the care of one."""
    words = {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in tok.children
                                                  if c.dep_ in ("compound", "amod")}
    return bool(words & (HARM_NOUNS | INJURY_WORDS))


def _negated(tok: Any) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and tok.dep_ == "conj" and tok.head.i != tok.i and _field(tok.head):
        # "No one was killed or wounded": the second verb shares the first one's subject
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "nobody was hurt", "no one was hurt" (parsed as "one" with the determiner "no")
    if any(s.lower_ in NO_ONE or (s.lower_ == "one" and any(
            c.lower_ == "no" for c in s.children)) for s in subj):
        return True
    return _nobody_found(tok)


ANYONE = {"anyone", "anybody"}
# "found no evidence that anyone was killed", "there was no sign that anybody had been hurt":
# the nothing a search found
NO_TRACE = {"evidence", "sign", "indication", "trace", "suggestion", "proof", "report"}


def _nobody_found(tok: Any) -> bool:
    people = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
    if not any(p.lower_ in ANYONE for p in people):
        return False
    up = tok
    for _ in range(4):
        if up.dep_ not in ("acl", "ccomp", "conj", "advcl") or up.head.i == up.i:
            return False
        up = up.head
        if up.lemma_.lower() in NO_TRACE and any(c.dep_ == "det" and c.lower_ == "no"
                                                 for c in up.children):
            return True
    return False  # (a denial that anyone was hurt is the denier's word, not a count)


def _victims(tok: Any) -> Any | None:
    kids = list(tok.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or tok.dep_ == "acl"
    lemma = tok.lemma_.lower()
    if lemma in DIE:
        return next((c for c in kids if c.dep_ == "nsubj"), None)
    if lemma == "claim":
        return None
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and \
            tok.i < tok.head.i and _field(tok) in ("killed", "wounded"):
        return tok.head  # "34 wounded patients", "the two killed soldiers"
    if passive:
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return subj
        before = _bare_count_before(tok)
        if tok.dep_ == "acl" and before is not None and before.head.i == tok.head.i:
            return before  # "seven killed and 25 injured", the second hung on "seven"
        if tok.dep_ == "acl" and tok.head.pos_ in ("NUM", "NOUN"):
            return tok.head  # "fifty-five injured"
        left = _left_subject(tok)
        if left is not None:
            return left  # "..., and 12 were wounded" misparsed as a conjunct
        if tok.dep_ == "conj":
            return _victims(tok.head)  # "15 were killed and wounded"
        return None
    obj = next((c for c in kids if c.dep_ in ("dobj", "obj")), None)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if obj is None and subj is not None and (subj.pos_ == "NUM" or subj.like_num) and \
            not any(c.dep_ == "prep" and c.lower_ == "by" for c in kids):
        return subj  # "23 dead and more than 40 wounded": a bare number is the wounded
    if obj is None and tok.dep_ == "conj" and _passive(tok.head):
        # "two children were killed and three people wounded": the passive's "were" is
        # left out of the second verb, whose subject is its victims
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        # "No soldiers were killed or wounded": no subject of its own, the first one's
        return subj if subj is not None else _victims(tok.head)
    if obj is None:
        # "killed 25 militiamen and wounded 51": a bare number may hang as npadvmod/attr.
        obj = next((c for c in kids if c.dep_ in ("npadvmod", "attr", "oprd")
                    and c.pos_ in ("NUM", "NOUN")), None)
    if obj is None and tok.tag_ == "VBG":
        obj = _counted_next(tok)
    if obj is None:
        obj = _bare_count_before(tok)
    return obj


def _past_dateline(victims: Any) -> Any:
    """ "URUAPAN, Mexico, Nov 25 (CNW) - Three guards were killed": a dateline's city in
    capitals taken for the subject; the counted noun set beside it is the victims."""
    if victims.pos_ != "PROPN" or not victims.is_upper or len(victims.text) < 3:
        return victims
    counted = next((c for c in victims.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                    and any(n.dep_ == "nummod" for n in c.children)), None)
    return counted if counted is not None else victims


def _bare_count_before(tok: Any) -> Any | None:
    """ "a toll of nine dead and some 30 hurt": a participle right after a coordinated
    number the parser hung elsewhere counts that number."""
    if tok.tag_ not in ("VBN", "JJ") or tok.i == tok.sent.start:
        return None
    before = tok.doc[tok.i - 1]
    if before.dep_ != "conj" or not (before.pos_ == "NUM" or before.like_num) or \
            any(c.dep_ in ("acl", "amod") for c in before.children):
        return None
    return before


def _left_subject(tok: Any) -> Any | None:
    """The number or noun right before a passive's auxiliaries when the parser hung it
    elsewhere ("the company lost five soldiers and 12 were wounded": "12" as a conjunct)."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    if not aux:
        return None
    before = tok.doc[aux[0].i - 1] if aux[0].i > tok.sent.start else None
    if before is None or before.pos_ not in ("NUM", "NOUN") or before.dep_ != "conj" or \
            before.head.i > tok.i:
        return None
    return before


def _counted_next(tok: Any) -> Any | None:
    """ "..., killing at least 19 people including six children, a resident said": the
    parser made the counted people the subject of what follows; the words right after the
    participle are still its object."""
    doc = tok.doc
    for t in doc[tok.i + 1: min(tok.i + 6, tok.sent.end)]:
        if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in t.children):
            return t
        if t.pos_ not in ("ADV", "NUM", "ADP", "ADJ") and t.lower_ not in ("at", "least"):
            return None
    return None


def _passive(tok: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def statements(analysis: Analysis) -> list[Statement]:
    """Every casualty statement of the document, in order."""
    doc = analysis.doc
    out: list[Statement] = []
    implied: list[Statement] = []  # weaker readings, applied after everything stated
    if doc is None:
        return out
    for tok in doc:
        si = analysis.sentence_index(tok.idx)
        field = _field(tok) if tok.pos_ in ("VERB", "AUX", "ADJ") or tok.tag_.startswith("VB") \
            else None
        if field is not None:
            victims = _victims(tok)
            if _negated(tok):
                out.append(Statement(field, 0, _span_text(tok, victims), tok.i, si))
                if field == "wounded":  # "nobody was hurt": nobody was killed either
                    implied.append(Statement("killed", 0, _span_text(tok, victims), tok.i, si))
                continue
            if victims is None or (field == "arrested" and _thing(victims)):
                continue
            victims = _past_dateline(victims)
            value, words = count_phrase(victims)
            if value is None:
                value = _toll_number(tok, victims)
            if field == "wounded" and value == 0 and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in victims.children):
                # "no soldiers were hurt": none of them killed either
                implied.append(Statement("killed", 0, words, tok.i, si))
            # "injured four soldiers, as well as two policemen": the parse may hang the
            # second group on the verb.
            # But "killing 38 people, eleven of them children" counts the children among them.
            for extra in (c for c in tok.children if c.dep_ == "conj" and c.pos_ in
                          ("NOUN", "PROPN", "NUM") and victims.dep_ in ("dobj", "obj")
                          and not _subset(c)):
                n, w = count_phrase(extra)
                value = None if n is None or value is None else value + n
                words = f"{words} and {w}"
            out.append(Statement(field, value, words, tok.i, si))
            continue
        if (cared := _care_received(tok)) is not None:
            # "eleven people needed treatment for their injuries": the wounded, by the care
            value, words = count_phrase(cared)
            out.append(Statement("wounded", value, words, tok.i, si))
            continue
        if tok.lower_ == "dead" and tok.pos_ in ("ADJ", "NOUN") and any(
                c.dep_ == "nummod" for c in tok.children) and _field(tok.head) is None and \
                tok.head.lemma_.lower() != "leave":
            # "the toll has climbed to 23 dead", "at least nine dead and 30 hurt"
            value, words = count_phrase(tok)
            out.append(Statement("killed", value, words, tok.i, si))
            continue
        if tok.lower_ == "dead" and tok.i > 0 and doc[tok.i - 1].lower_ in ("shot", "gunned") \
                and (obj := next((c for c in tok.children if c.dep_ in ("dobj", "obj")),
                                 None)) is not None:
            # "two men on a scooter shot dead a councillor", "shot" parsed as a noun
            value, words = count_phrase(obj)
            out.append(Statement("killed", value, words, tok.i, si))
            continue
        if tok.lower_ in UNHURT and _all_unhurt(tok):
            # "the drivers were let go unhurt": nobody of them killed or hurt
            out.append(Statement("wounded", 0, tok.text, tok.i, si))
            implied.append(Statement("killed", 0, tok.text, tok.i, si))
            continue
        if tok.lemma_.lower() == "toll" and tok.pos_ == "NOUN" and not _blameless(tok) and (
                value := _toll_number(tok, tok)) is not None:
            # "the death toll rose to 31", "the toll stands at 12"
            out.append(Statement("killed", value, _subtree_text(tok), tok.i, si))
            continue
        if tok.lemma_.lower() == "leave" and tok.pos_ == "VERB":
            # "the clashes left at least six prisoners dead", "left two soldiers wounded"
            left = next((c for c in tok.children if c.dep_ in ("dobj", "obj") or (
                c.dep_ in ("ccomp", "xcomp") and any(n.dep_ == "nummod" for n in c.children))),
                None)  # ("inmates" may be taken for a verb)
            state = next((c for w in (tok, left) if w is not None for c in w.children
                          if c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "amod", "ccomp")
                          and (c.lower_ == "dead" or _field(c) == "wounded")
                          and c.i > (left.i if left is not None else tok.i)), None)
            if state is None and tok.dep_ in ("csubj", "nsubj") and (
                    tok.head.lower_ == "dead" or _field(tok.head) == "wounded"):
                state = tok.head  # "leaving four workers wounded", "wounded" taken for the verb
            if left is not None and state is not None:
                value, words = count_phrase(left)
                field = "killed" if state.lower_ == "dead" else "wounded"
                out.append(Statement(field, value, words, tok.i, si))
            continue
        if tok.lemma_.lower() in LOSE and tok.pos_ == "VERB":
            lost = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            if lost is not None and lost.lemma_.lower() in PEOPLE and any(
                    c.dep_ == "nummod" for c in lost.children):
                value, words = count_phrase(lost)
                out.append(Statement("killed", value, words, tok.i, si))
            elif lost is not None and lost.lemma_.lower() == "life" and (
                    subj := next((c for c in tok.children if c.dep_ == "nsubj"), None)
            ) is not None and subj.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                # "three soldiers lost their lives": the losers are the dead; "no one lost
                # his life": none
                value, words = count_phrase(subj)
                out.append(Statement("killed", 0 if _negated(tok) else value, words, tok.i,
                                     si))
            elif lost is not None and lost.lemma_.lower() in BODY | LIMBS and (
                    subj := next((c for c in tok.children if c.dep_ == "nsubj"), None)
            ) is not None and subj.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                # "a sailor lost a thumb", "two boys lost their legs": the losers are wounded
                value, words = count_phrase(subj)
                out.append(Statement("wounded", value, words, tok.i, si))
            continue
        if tok.lemma_.lower() in SUFFER and tok.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in HARM_NOUNS or (
                    c.i + 1 < len(doc) and doc[c.i + 1].lemma_.lower() in HARM_NOUNS))
                for c in tok.children):  # ("a shrapnel wound", "shrapnel" taken for the object)
            # "three soldiers suffered minor injuries": the sufferers are the wounded
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                value, words = count_phrase(subj)
                out.append(Statement("wounded", 0 if _negated(tok) else value, words, tok.i,
                                     si))
            continue
        if tok.lemma_ == "claim" and tok.pos_ == "VERB":
            lives = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_ == "life"),
                         None)
            of = next((c for c in lives.children if c.lower_ == "of"), None) if lives else None
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if pobj is not None:
                value, words = count_phrase(pobj)
                out.append(Statement("killed", value, words, tok.i, si))
            continue
        if tok.lemma_.lower() in ZERO_NOUNS and tok.pos_ == "NOUN" and _zero_noun(tok):
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if tok.lemma_.lower() == "life" and verb.lemma_ != "lose" and not any(
                    t.lemma_ == "lose" for t in doc[tok.i + 1:tok.i + 4]):
                continue
            for f in ZERO_NOUNS[tok.lemma_.lower()]:
                out.append(Statement(f, 0, _subtree_text(tok), verb.i, si))
    unhurt = {st.sentence for st in out if st.value == 0 and doc[st.token].lower_ in UNHURT}
    hurt = {st.sentence for st in out if st.value and doc[st.token].lower_ not in UNHURT}
    both = unhurt & hurt  # "the commander escaped unharmed, but four soldiers were wounded"
    return [st for st in out + implied
            if not (st.sentence in both and doc[st.token].lower_ in UNHURT)]


_WHOLE = {"everyone", "everybody", "all", "passengers", "crew", "occupants", "those", "they",
          "both", "hostages"}


def _all_unhurt(tok: Any) -> bool:
    """Whether "unhurt" is said of a whole party ("the crew escaped unhurt", "the drivers were
    let go unharmed", "all on board were unhurt"), not of one of its people ("the commander
    escaped unharmed"): only then does it say that no one was killed or hurt."""
    verb = tok.head
    while verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _WHOLE or any(
        c.dep_ == "conj" for c in subj.children)


def _blameless(toll: Any) -> bool:
    """ "the toll of the earthquake", "the death toll from the bus crash", "the flood's toll":
    deaths no one's act caused."""
    causes = [g for c in toll.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
              for g in c.children if g.dep_ == "pobj"]
    causes += [c for c in toll.children if c.dep_ in ("poss", "compound")]
    return any({g.lemma_.lower(), g.lower_} & BLAMELESS
               or any(x.dep_ == "compound" and x.lemma_.lower() in BLAMELESS
                      for x in g.children) for g in causes)


def _toll_number(tok: Any, victims: Any) -> int | None:
    """The number a toll sentence gives for vague victims: "put the number of people killed
    at 31", "the number of dead rose to 40", "the death toll climbed to 23"."""
    noun = victims
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    if noun.lemma_.lower() not in TOLL_NOUNS:
        return None
    verb = noun.head
    for holder in (tok, noun, verb):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "to", "of"):
                num = next((x for x in c.children if x.dep_ == "pobj" and
                            (x.pos_ == "NUM" or x.like_num)), None)
                if num is not None:
                    return _number_of(num)
        if holder is verb and verb.lemma_.lower() in ("be", "reach", "hit", "top", "pass",
                                                      "exceed", "surpass"):
            num = next((x for x in verb.children if x.dep_ in ("attr", "dobj") and
                        (x.pos_ == "NUM" or x.like_num)), None)
            if num is not None:
                return _number_of(num)
    return None


def _zero_noun(tok: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _subtree_text(tok: Any) -> str:
    return " ".join(t.text for t in tok.subtree)


def _span_text(tok: Any, victims: Any | None) -> str:
    return _subtree_text(victims) if victims is not None else tok.text


# --------------------------------------------------------------------------- attachment


def _events_by_token(analysis: Analysis) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = {}
    for e in analysis.events:
        if e.trigger_token is not None:
            out.setdefault(e.trigger_token, []).append(e)
    return out


_UP_EDGES = {"advcl", "xcomp", "conj", "pcomp", "relcl", "acl", "prep", "pobj", "ccomp"}


def host_events(analysis: Analysis, st: Statement) -> list[Event]:
    """The events a statement belongs to: its own trigger's, and the attack it hangs on."""
    doc = analysis.doc
    by_tok = _events_by_token(analysis)
    hosts: list[Event] = list(by_tok.get(st.token, []))
    tok = doc[st.token]
    # The subject of the killing verb may be the attack itself ("The attack killed ...").
    for c in tok.children:
        if c.dep_ in ("nsubj", "agent", "csubj"):
            hosts += [e for e in by_tok.get(c.i, []) if e.type in ATTACK_TYPES]
            hosts += [e for x in c.children if x.dep_ == "pobj"
                      for e in by_tok.get(x.i, []) if e.type in ATTACK_TYPES]
    # "three guards were killed when drones dived onto their post": the attack is told in
    # the casualty clause's "when" / "as" clause.
    clause = [tok, *([tok.head] if tok.dep_ == "conj" else []),
              *(c for c in tok.children if c.dep_ == "conj" and _field(c) is not None)]
    for v in clause:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.lower_ in ("when", "as", "after") and m.dep_ in
                                         ("advmod", "mark") for m in c.children):
                hosts += [e for e in by_tok.get(c.i, []) if e.type in ATTACK_TYPES]
    # "the fighting near Fataki between the army and the rebels, in which three soldiers lost
    # their lives": the relative "in which" stands for an event noun told before it, wherever
    # the parser hung the clause
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during", "amid") and any(
            x.dep_ == "pobj" and x.lower_ == "which" for x in c.children) for c in tok.children):
        told = [e for e in analysis.events if e.type in ATTACK_TYPES and e.trigger_token
                is not None and e.trigger_token < tok.i and doc[e.trigger_token].sent == tok.sent
                and doc[e.trigger_token].pos_ == "NOUN"
                and _head_lemma(doc[e.trigger_token]) in FAMILIES["attack"] | GENERIC_NOUNS
                | GENERIC_EVENT_NOUNS | {"fighting", "clash", "battle", "skirmish"}]
        if told:
            last = max(e.trigger_token or 0 for e in told)
            hosts += [e for e in told if e.trigger_token == last]  # both sides of a clash
    # Hanging on an attack: participle, coordination, relative clause ("strikes that killed").
    steps = 0
    while tok.dep_ in _UP_EDGES and tok.head.i != tok.i and steps < 4:
        tok = tok.head
        steps += 1
        found = [e for e in by_tok.get(tok.i, []) if e.type in ATTACK_TYPES]
        hosts += found
        if found and _field(tok) is None:
            break  # reached the attack; a casualty verb above ("killing ... and wounding")
            # is only a step on the way
    start = doc[st.token]
    if start.tag_ == "VBG" and start.dep_ == "advcl" and not any(
            e.trigger_token != st.token for e in hosts):
        # "aircraft had bombed a village, she said, killing 21 people"; "the men who
        # attacked a police post, killing five": the participle hangs on a word that tells
        # no attack, the attack it follows sits below that word.
        below = [e for e in analysis.events if e.type in ATTACK_TYPES
                 and e.trigger_token is not None and e.trigger_token < st.token
                 and doc[e.trigger_token] in start.head.subtree
                 and _field(doc[e.trigger_token]) is None]
        if below:
            hosts.append(max(below, key=lambda e: e.trigger_token or 0))
    seen: set[str] = set()
    return [e for e in hosts if not (e.id in seen or seen.add(e.id))]  # type: ignore[func-returns-value]


def _previous_attacks(analysis: Analysis, st: Statement, field: str) -> list[Event]:
    """Where a stand-alone statement goes: the nearest attack before it; a "no casualties"
    line sums up the episode, so every attack of the last few sentences still uncounted."""
    if st.value != 0:
        if _elsewhere(analysis.doc, st):
            return []  # "Two people were hurt in a separate crash": not the attack just told
        prev = _previous_attack(analysis, st, field)
        if _more_of(analysis.doc, st):
            # "Five other soldiers were wounded": more victims of the attack whose toll was
            # just told, whatever was told of it in between
            prev = _tolled_attack(analysis, st, field) or prev
        if prev is None:
            return []
        # the two sides' events of one clash share the trigger and its toll
        return [prev, *(e for e in analysis.events if e is not prev and e.type in ATTACK_TYPES
                        and e.trigger_token == prev.trigger_token and e.trigger_token is not None
                        and getattr(e, field) is None)]
    out: list[Event] = []
    while (prev := _previous_attack(analysis, st, field, exclude=out)) is not None:
        out.append(prev)
    return out


def _tolled_attack(analysis: Analysis, st: Statement, field: str) -> Event | None:
    """The nearest attack a few sentences back that already has a toll of the other field."""
    doc = analysis.doc
    pos = doc[st.token].idx
    best = None
    for e in analysis.events:
        if e.type not in ATTACK_TYPES or e.trigger.start >= pos or getattr(e, field) is not None:
            continue
        if e.killed is None and e.wounded is None or e.status not in ("asserted", "reported"):
            continue
        if _gap(analysis, e.sentence, st.sentence) > REACH or _section_break(
                analysis.text, e.trigger.start, pos):
            continue
        if e.trigger_token is not None and _field(doc[e.trigger_token]) is not None:
            continue  # another report of a toll, not the attack
        if best is None or e.trigger.start > best.trigger.start:
            best = e
    return best


def _previous_attack(analysis: Analysis, st: Statement, field: str,
                     exclude: list[Event] | None = None) -> Event | None:
    """The nearest attack told before the statement that has no such count yet.

    Attacks told in passing (under a preposition, in a relative clause) are not the scene; a
    "no casualties" line may sum up an attack told further back.
    """
    from warpath.time.resolve import embedded

    doc = analysis.doc
    pos = doc[st.token].idx
    reach = ZERO_REACH if st.value == 0 else REACH
    best: tuple[int, int, Event] | None = None
    for e in analysis.events:
        if e.type not in ATTACK_TYPES or e.trigger.start >= pos or e in (exclude or []):
            continue
        if e.trigger_token is not None and _field(doc[e.trigger_token]) is not None and (
                e.source is None or e.sentence == st.sentence):
            continue  # another report of the toll, not the attack
        if _gap(analysis, e.sentence, st.sentence) > reach or getattr(e, field) is not None:
            continue
        if st.value != 0 and _paragraph_break(analysis.text, e.trigger.start, pos) and \
                not (_gap(analysis, e.sentence, st.sentence) <= 1 and (
                    _points_back(analysis, st) or _completes(e, field)
                    and not _own_place(doc, st))
                     or _gap(analysis, e.sentence, st.sentence) <= 2 and _more_of(doc, st)):
            continue  # a toll in a new paragraph (or live-blog entry) is its own story,
            # unless it says it follows from what was just told ("as a result")
        if _section_break(analysis.text, e.trigger.start, pos):
            continue  # a roundup's next section ("MANDALAY") tells another story
        if e.status not in ("asserted", "reported") or embedded(analysis, e):
            continue
        trig = doc[e.trigger_token] if e.trigger_token is not None else None
        if trig is not None and trig.dep_ == "pobj":
            continue
        side = int(trig is not None and (any(t.dep_ == "relcl" for t in [trig, *trig.ancestors])
                                         or _sequel(analysis, trig)))
        rank = (-side, e.trigger.start)
        if best is None or rank > best[:2]:
            best = (rank[0], rank[1], e)
    return best[2] if best else None


def _completes(e: Event, field: str) -> bool:
    """Whether `e` already has the toll of the other field, so that a stand-alone count of
    this field right after it, even in a new paragraph, completes it ("... killing at least
    six people, the centre said. // Fourteen people were wounded, the centre added")."""
    other = "wounded" if field == "killed" else "killed" if field == "wounded" else None
    return other is not None and bool(getattr(e, other))


def _sequel(analysis: Analysis, trig: Any) -> bool:
    """A participle told as what an attack did next ("a drone struck the ship, setting fire to
    a bay"): the victims told after go to the attack it hangs on, not to the participle."""
    if trig.tag_ != "VBG" or trig.dep_ not in ("advcl", "xcomp", "conj") or _field(trig):
        return False
    head = trig.head
    return any(e.type in ATTACK_TYPES and e.trigger_token == head.i for e in analysis.events)


# A sentence of prose ends in a full stop, question or exclamation mark (then maybe a closing
# quote or bracket, and reference marks such as "[3]").
_PROSE_END = re.compile(r"""[.!?]["'\u201d\u2019)]*(\[\w+\])*\s*$""")


_LIST_NUMBER = re.compile(r"\(?\d+(\.\d+)*[.)]?")  # "2.", "2.1", "(3)": a point's number


def _gap(analysis: Analysis, first: int, last: int) -> int:
    """Sentences of prose from `first` to `last`: a heading, dateline or fact-box line ("Date
    27 December 2019") is not a sentence of the story and does not push an antecedent away."""
    if last - first <= 1:
        return last - first
    return sum(1 for s in analysis.sentences[first + 1:last + 1]
               if _PROSE_END.search(s.text.strip() or ".")
               and not _LIST_NUMBER.fullmatch(s.text.strip()))


def _agentless(verb: Any) -> bool:
    """"were killed", "died", "and 33 were injured": the victims are the subject."""
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children):
        return True  # "... and 12 were wounded", whatever the parser hung it on
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in
                                          verb.children):
        verb = verb.head
    if verb.dep_ == "conj" and _passive(verb.head) and not any(
            c.dep_ in ("dobj", "obj") for c in verb.children):
        return True  # "... were killed and three people wounded"
    if verb.lemma_.lower() in SUFFER | LOSE and verb.pos_ == "VERB":
        return True  # "two crew members suffered burns", "a sailor lost a thumb"
    return verb.lemma_.lower() in DIE or verb.dep_ == "acl" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


_BACK_REFERENCE = re.compile(r"\b(as a (result|consequence)|as a result of (this|that|it)|"
                             r"in (the|that|this) (attack|incident|shelling|strike|fire|"
                             r"firing|raid|blast|explosion))\b", re.I)


def _points_back(analysis: Analysis, st: Statement) -> bool:
    """Whether the statement's sentence ties it to the act told just before: "a soldier was
    wounded as a result", "two died in the shelling"."""
    span = analysis.sentences[st.sentence]
    return bool(_BACK_REFERENCE.search(analysis.text[span.start:span.end]))


_MORE = {"other", "another", "further", "additional"}


_ANOTHER = {"separate", "different", "unrelated", "another"}


def _own_place(doc: Any, st: Statement) -> bool:
    """ "Fourteen people were injured in Kano": a toll told with a place of its own."""
    verb = doc[st.token]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "outside", "around") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
        for c in verb.children)


def _elsewhere(doc: Any, st: Statement) -> bool:
    """ "were wounded in a separate car crash", "died in another incident": the toll's own
    clause names an event of its own, told as not the one before."""
    verb = doc[st.token]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "at", "after", "from") and any(
        g.dep_ == "pobj" and any(m.dep_ in ("amod", "det") and m.lower_ in _ANOTHER
                                 for m in g.children) for g in c.children)
        for c in verb.children)


def _more_of(doc: Any, st: Statement) -> bool:
    """ "Eleven other soldiers were wounded", "a further three died": more victims of the toll
    told just before."""
    verb = doc[st.token]
    victims = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
    return any(c.lower_ in _MORE and c.dep_ in ("amod", "det", "advmod")
               for v in victims for c in v.children)


def _section_break(text: str, start: int, end: int) -> bool:
    """A heading line between the two ("MANDALAY", "Diplomacy"): a short line of its own that
    is not a sentence."""
    lines = text[start:end].split("\n")[1:-1]  # whole lines only
    return any(line.strip() and len(line.split()) <= 4 and not _PROSE_END.search(line.strip())
               for line in lines)


def _paragraph_break(text: str, start: int, end: int) -> bool:
    return "\n\n" in text[start:end] or "\n" in text[start:end].strip()


def _antecedents(analysis: Analysis, trig: Any, field: str) -> list[Event]:
    """Earlier mentions of the attack that "The attack" (definite, no ordinal) refers back to."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children):
        return []
    if any(c.dep_ in ("amod", "nummod") and (c.tag_ == "JJ" and c.lower_ in ORDINALS
                                             or c.pos_ == "NUM") for c in trig.children):
        return []
    doc = analysis.doc
    sentence = analysis.sentence_index(trig.idx)
    out = []
    for e in analysis.events:
        if e.type not in ATTACK_TYPES or e.trigger_token is None:
            continue
        if e.trigger.start >= trig.idx or _gap(analysis, e.sentence, sentence) > ZERO_REACH:
            continue
        if doc[e.trigger_token].lemma_ == trig.lemma_ and getattr(e, field) is None:
            out.append(e)
    if not out and _head_lemma(trig) in FAMILIES["attack"] | GENERIC_NOUNS and (
            any(c.lower_ == "also" for c in trig.head.children) or not any(
                c.dep_ in ("prep", "compound", "amod", "nummod") for c in trig.children)):
        # "... set off a bomb under a vehicle, killing six guards. The blast also injured three
        # others": told by another word, the attack is the one of the sentence just before
        prev = [e for e in analysis.events if e.type in ATTACK_TYPES and e.trigger_token
                is not None and e.trigger.start < trig.idx and e.status in ("asserted",
                                                                             "reported")
                and _gap(analysis, e.sentence, sentence) == 1
                and _field(doc[e.trigger_token]) in (None, "killed", "wounded")]
        first = min((e.sentence for e in prev), default=None)
        out = [e for e in prev if e.sentence == first and getattr(e, field) is None
               and not _sequel(analysis, doc[e.trigger_token or 0])]
    return out


def _scope_nouns(analysis: Analysis, st: Statement) -> list[Any]:
    """Event nouns the statement's clause takes as its scope: "no one was killed in the
    raids", "no shots were fired during either seizure, and no one was killed", "none of
    the strikes killed anyone", "there were no casualties in either attack"."""
    verb = analysis.doc[st.token]
    clause = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in
                      ("VERB", "AUX"))]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        clause.append(verb.head)
    holders = [*clause, *(c for v in clause for c in v.children
                          if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj"))]
    out = []
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and (c.lower_ in SCOPE_PREPS or c.lower_ == "of"
                                     and h.lower_ in PAIR | EVERY):
                out += [x for x in c.children if x.dep_ == "pobj"]
        if h.dep_ in ("nsubj", "nsubjpass") and h.head in clause and _quantity(h)[0] != 1:
            out.append(h)  # "Neither strike killed anyone"; "the attack" is an antecedent
    return [n for n in out if n.pos_ == "NOUN" and _family(n) is not None and not _new_event(n)]


_UNRELATED = {"separate", "different", "unrelated", "another", "other", "new", "second",
              "further"}


def _new_event(noun: Any) -> bool:
    """ "in a separate incident", "in another attack": an event not told before."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in _UNRELATED | {"a", "an"}
               for c in noun.children)


def _head_lemma(tok: Any) -> str:
    """ "counter-attack" is an attack, "air-strike" a strike."""
    return tok.lemma_.lower().rsplit("-", 1)[-1]


def _family(noun: Any) -> frozenset[str] | None:
    lemma = _head_lemma(noun)
    if lemma in GENERIC_EVENT_NOUNS:
        return frozenset().union(*FAMILIES.values())
    return FAMILIES.get(SCOPE_NOUNS.get(lemma, ""))


def _quantity(noun: Any) -> tuple[int | None, str]:
    """How many events a scope noun names, and its quantifier: (2, "either"), (None, "the
    raids": every one), (3, "three"), (1, "the")."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "amod")]
    if noun.head.dep_ == "prep" and noun.head.lower_ == "of":
        words.append(noun.head.head.lower_)  # "any of the strikes", "either of the raids"
    for w in words:
        if w in PAIR:
            return 2, w
        if w in EVERY:
            return None, w
    num = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if num is not None and (n := _number_of(num)) is not None:
        return n, "number"
    if noun.tag_ in ("NNS", "NNPS"):
        return None, "plural"
    return 1, "the"


def _scoped_events(analysis: Analysis, st: Statement, tolls: set[int]) -> list[Event]:
    """Earlier events of the kind the statement's scope names ("during either seizure":
    the last two seizures told); a count other than zero is only shared out to several
    events when the text says each ("two soldiers died in each attack"). An event whose own
    sentence (in `tolls`) states a toll is not swept up by a plural scope."""
    from warpath.time.resolve import embedded

    doc = analysis.doc
    pos = doc[st.token].idx
    out: list[Event] = []
    for noun in _scope_nouns(analysis, st):
        family = _family(noun) or frozenset()
        want, quantifier = _quantity(noun)
        if st.value != 0 and want != 1 and quantifier not in ("each", "every"):
            continue  # a total over several events, not each one's count
        found = []
        for e in analysis.events:
            if e.type not in ATTACK_TYPES or e.trigger_token is None or e in out:
                continue
            trig = doc[e.trigger_token]
            if trig.i == noun.i:
                found.append(e)  # the scope noun itself told as an event
                continue
            if e.trigger.start >= pos or e.status not in ("asserted", "reported"):
                continue
            if _head_lemma(trig) not in family and noun.lemma_.lower() not in \
                    GENERIC_EVENT_NOUNS or _field(trig) in ("killed", "wounded"):
                # ("that incident" may be any act of force: "turned a water cannon on")
                continue
            if want is None and (_gap(analysis, e.sentence, st.sentence) > ZERO_REACH
                                 or e.sentence in tolls):
                continue
            if embedded(analysis, e) and trig.pos_ != "VERB":
                continue
            found.append(e)
        found.sort(key=lambda e: e.trigger.start, reverse=True)  # nearest first
        same = [e for e in found if _names(noun, doc[e.trigger_token or 0])]
        if same and want is None:
            found = same  # "the raids": the raids, not the shelling told beside them;
            # one event ("the strike") is the last of the family, whatever it was called
        if want is None and found:
            # "those strikes" are the ones just told: the nearest run of sentences, not every
            # strike of the last few paragraphs
            nearest = found[0].sentence
            found = [e for e in found if nearest - e.sentence <= PLURAL_RUN]
        picked = found if want is None else _named_first(analysis, noun, found)[:want]
        if st.value == 0:
            # "turned its water cannon on a boat and drove it off. No one was injured in that
            # incident": coordinated acts are one incident
            picked += [e for e in found if e not in picked and any(
                _coordinated(doc[e.trigger_token or 0], doc[p.trigger_token or 0])
                for p in picked)]
        out += picked
    return out


def _coordinated(a: Any, b: Any) -> bool:
    return a.dep_ == "conj" and a.head.i == b.i or b.dep_ == "conj" and b.head.i == a.i


def _names(noun: Any, trig: Any) -> bool:
    """Whether a specific event noun names this very predicate ("raids" -> "raided",
    "the blasts" -> "bombs went off")."""
    lemma = noun.lemma_.lower()
    if lemma in GENERIC_NOUNS:
        return True
    if lemma in EXPLOSIONS:
        return trig.lemma_.lower() in EXPLOSIONS
    return trig.lemma_.lower() in (lemma, NOUN_VERB.get(lemma))


def _named_first(analysis: Analysis, noun: Any, events: list[Event]) -> list[Event]:
    """"the attack on the convoy": events whose sentence names the convoy come first."""
    names = [x.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ in
             ("on", "against", "at", "near")
             for x in c.subtree if x.pos_ in ("NOUN", "PROPN")]
    if not names:
        return events

    def named(e: Event) -> bool:
        span = analysis.sentences[e.sentence]
        text = analysis.text[span.start:span.end].lower()
        return all(n in text for n in names)

    return sorted(events, key=lambda e: not named(e))


def _sibling_tolls(analysis: Analysis, verb: Any) -> list[Event]:
    """Events told by a casualty verb coordinated with `verb` ("lost ... and ... were
    wounded")."""
    by_tok = _events_by_token(analysis)
    near = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        near.append(verb.head)
    if verb.dep_ == "acl":  # "41 civilians killed and 96 injured"
        noun = verb.head
        nouns = [c for c in noun.children if c.dep_ == "conj"]
        if noun.dep_ == "conj":
            nouns.append(noun.head)
        near += [c for n in nouns for c in n.children if c.dep_ == "acl"]
    return [e for t in near if _field(t) is not None for e in by_tok.get(t.i, [])
            if e.type in ATTACK_TYPES]


def _sentence_tolls(analysis: Analysis, st: Statement) -> list[Event]:
    """A count with no verb of its own ("the toll climbed to 23 dead and more than 40
    wounded"), or of the other field with no event of its own ("puts the toll at four killed
    and 11 wounded"), goes with the toll its sentence tells by a casualty verb."""
    doc = analysis.doc
    return [e for e in analysis.events if e.type in ATTACK_TYPES and e.sentence == st.sentence
            and e.trigger_token is not None and e.trigger_token != st.token
            and _field(doc[e.trigger_token]) in ("killed", "wounded")
            and _field(doc[st.token]) in (None, *({"killed", "wounded"} - {
                _field(doc[e.trigger_token])}))]


def count_casualties(analysis: Analysis) -> None:
    """Set killed, wounded, arrested (and casualty_text) on the analysis's events."""
    found = statements(analysis)
    for st in found:
        hosts = host_events(analysis, st)
        doc = analysis.doc
        verb = doc[st.token]
        tolls = {x.sentence for x in found if x.field == st.field and x.value}
        scoped = _scoped_events(analysis, st, tolls)
        hosts += [e for e in scoped if e not in hosts]
        # When the text names its events ("during either seizure"), no guessing the last one.
        if not scoped and (not hosts or (_agentless(verb) and all(
                e.trigger_token is not None and (e.trigger_token == st.token or _field(
                    doc[e.trigger_token]) is not None) for e in hosts)) or (
                st.value == 0 and all(e.status == "negated" for e in hosts))):
            # ("No shots were fired and no one was hurt": the zero sums up what went before)
            # Nothing to hang on, or only its own report ("15 were killed"): the count
            # belongs to the attack just told.
            if not hosts:
                # "the company lost five soldiers and 12 were wounded": the toll beside it
                hosts = _sibling_tolls(analysis, verb) or _sentence_tolls(analysis, st)
            elif st.value == 0 and not any(c.dep_ == "prep" for c in verb.children):
                # "Two guards were injured, ..., and no one was killed": the zero of the other
                # field goes with the toll of its sentence (not "... while no one was hurt
                # in Mopti", a place of its own)
                hosts += [e for e in _sentence_tolls(analysis, st) if e not in hosts]
            hosts = [*hosts, *_previous_attacks(analysis, st, st.field)]
        clause = verb.head if verb.dep_ == "conj" else verb  # "killed X and injured Y"
        subjects = [c for c in (*verb.children, *clause.children) if c.dep_ == "nsubj"]
        hosts += [a for s in subjects for a in _antecedents(analysis, s, st.field)]
        for e in hosts:
            if st.field == "arrested" and e.type not in ATTACK_TYPES | {"PROTEST", "COERCE"}:
                continue
            # A planned or imagined attack kills no one; a denied one, at most "no one".
            if e.status in ("hypothetical", "planned") or (e.status == "negated" and st.value):
                continue
            if getattr(e, st.field) is None:
                setattr(e, st.field, st.value)
                if st.value is None and e.casualty_text is None:
                    e.casualty_text = st.text


@stages.register("casualties")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        count_casualties(analysis)

    return run
