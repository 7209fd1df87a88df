"""The predicate lexicon: which words name events, and with which PLOVER type and CAMEO code.

Two package data files back it: `data/lexicon.yaml` (our own predicate senses) and
`data/cameo.tsv` (CAMEO code -> PLOVER type, mode and Goldstein value, transcribed from the
published tables). A sense carries everything an `Event` needs from its predicate; whether the
sense applies to one token (its particle, its objects) is decided here too, so the extractor
only deals with arguments.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from warpath.document import EVENT_TYPES

# Dependencies under which a child of a predicate counts as its object for sense selection.
_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "nsubjpass", "pobj", "compound", "amod", "nmod"}


@dataclass(frozen=True)
class CameoCode:
    code: str
    plover: str
    mode: str | None
    context: str | None
    goldstein: float | None
    description: str


@dataclass(frozen=True)
class Sense:
    """One meaning of a predicate: the event it names and the conditions for it."""

    lemma: str
    pos: str  # "verb" or "noun"
    type: str
    cameo: str | None = None
    mode: str | None = None
    intensity: float | None = None
    particle: str | None = None  # "down" in "shoot down", "for" in "call for"
    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()  # "troops arrived": the sense needs such a subject
    governors: frozenset[str] = frozenset()  # a noun's verb: "went on strike", "called a strike"
    direct: bool = False  # objects count only as the object's head ("opposed the attack", not
    # "opposed claims of an attack")
    weak: bool = False
    transitive: bool = False
    intransitive: bool = False
    complement: bool = False  # a to-infinitive: "undertook to provide", not "undertook a raid"
    inverse: bool = False  # the giver is the "from" phrase: "received weapons from the army"
    bare: bool = False  # no object at all, not even the particle's: "came across" (overnight),
    # not "came across a cache of rifles"
    owned: bool = False  # the things are another party's: a state named with the doer or
    # the things ("Russian guards removed the buoys", "boats belonging to Kuwaiti owners"), or
    # an owner named with them ("the panels that the charity had installed", "the farmers'
    # tents"); rangers clearing fallen trees take no one's property
    foreign: bool = False  # another state named in the object or a phrase of the verb:
    # "banned imports of Japanese seafood", "halted trade with Pakistan" (not "of plastic bags")
    # conditions that rule a sense out or narrow it further:
    unless_subjects: frozenset[str] = frozenset()  # "floods cut the road": no act of anyone
    unless_objects: frozenset[str] = frozenset()  # "closed the road for the marathon"
    states: frozenset[str] = frozenset()  # the state the verb leaves or finds its object in:
    # "kept the crossing closed", "the border remained shut"
    context: frozenset[str] = frozenset()  # words the sentence or the two before must hold:
    # "another round is planned" counts as talks only where talks are being told of
    unless_context: frozenset[str] = frozenset()  # words that rule it out there: a shell that
    # "landed in the water near a tanker" is no test
    agentless: bool = False  # told in the passive with no doer named, still an act of someone:
    # "the convoy was stopped at a checkpoint" (whoever holds the post)
    clause: frozenset[str] = frozenset()  # a noun's that-clause must hold one of these words:
    # "the claim that the boarding amounted to piracy" (not "the claim that it would rain")


def _data_path(name: str) -> Path:
    return Path(str(resources.files("warpath.events") / "data" / name))


@functools.cache
def cameo_table() -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    with _data_path("cameo.tsv").open(encoding="utf-8") as fh:
        rows = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t"):
            g = row["goldstein"]
            table[row["code"]] = CameoCode(
                code=row["code"],
                plover=row["plover"],
                mode=row["mode"] or None,
                context=row["context"] or None,
                goldstein=float(g) if g else None,
                description=row["description"],
            )
    return table


def goldstein(code: str | None) -> float | None:
    """The Goldstein value of a CAMEO code, falling back to its parent code."""
    table = cameo_table()
    while code:
        row = table.get(code)
        if row and row.goldstein is not None:
            return row.goldstein
        code = code[:-1] if len(code) > 2 else None
    return None


def normalise(word: str) -> str:
    """Lexicon key for a noun: lower case, hyphens and spaces out ("cease-fire" -> "ceasefire")."""
    return word.lower().replace("-", "").replace(" ", "")


def _parse_sense(key: str, pos: str, raw: Any) -> Sense:
    if isinstance(raw, str):
        parts = raw.split()
        spec: dict[str, Any] = {"type": parts[0], "cameo": parts[1] if len(parts) > 1 else None}
        spec["weak"] = "weak" in parts[2:]
    else:
        spec = dict(raw)
    words = key.split()
    lemma = words[0] if pos == "verb" else normalise(key)
    particle = (" ".join(words[1:]) or None) if pos == "verb" else None
    etype = str(spec["type"])
    if etype not in EVENT_TYPES:
        raise ValueError(f"lexicon entry {key!r}: unknown PLOVER type {etype!r}")
    objects = list(spec.get("objects") or ())
    if any(not isinstance(o, str) for o in objects):  # YAML reads a bare on/off/no as a boolean
        raise ValueError(f"lexicon entry {key!r}: quote the objects {objects!r}")
    subjects = list(spec.get("subjects") or ())
    governors = list(spec.get("governors") or ())
    cameo = str(spec["cameo"]) if spec.get("cameo") else None
    row = cameo_table().get(cameo) if cameo else None
    mode = spec.get("mode") or (row.mode if row and row.plover == etype else None)
    return Sense(
        lemma=lemma,
        pos=pos,
        type=etype,
        cameo=cameo,
        mode=mode,
        intensity=goldstein(cameo),
        particle=particle,
        objects=frozenset(objects),
        subjects=frozenset(str(x) for x in subjects),
        governors=frozenset(str(x) for x in governors),
        direct=bool(spec.get("direct")),
        weak=bool(spec.get("weak")),
        transitive=bool(spec.get("transitive")),
        intransitive=bool(spec.get("intransitive")),
        complement=bool(spec.get("complement")),
        inverse=bool(spec.get("inverse")),
        bare=bool(spec.get("bare")),
        foreign=bool(spec.get("foreign")),
        owned=bool(spec.get("owned")),
        unless_subjects=_words(spec, "unless_subjects"),
        unless_objects=_words(spec, "unless_objects"),
        states=_words(spec, "states"),
        context=_words(spec, "context"),
        unless_context=_words(spec, "unless_context"),
        clause=_words(spec, "clause"),
        agentless=bool(spec.get("agentless")),
    )


def _words(spec: dict[str, Any], field: str) -> frozenset[str]:
    return frozenset(str(x) for x in spec.get(field) or ())


@dataclass
class Lexicon:
    verbs: dict[str, list[Sense]]
    nouns: dict[str, list[Sense]]
    light: frozenset[str]  # "launch", "carry out": verb lemma, optionally with particle
    occurrence: frozenset[str]

    @classmethod
    def from_file(cls, path: Path) -> Lexicon:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        verbs: dict[str, list[Sense]] = {}
        nouns: dict[str, list[Sense]] = {}
        for pos, table in (("verb", verbs), ("noun", nouns)):
            for key, raw in (data.get(pos + "s") or {}).items():
                items = raw if isinstance(raw, list) else [raw]
                # a list of senses reused inside another ("- *put_on_alert"): its senses
                items = [s for it in items for s in (it if isinstance(it, list) else [it])]
                for item in items:
                    sense = _parse_sense(str(key), pos, item)
                    table.setdefault(sense.lemma, []).append(sense)
        # Senses with a particle or object condition are more specific: try them first.
        for table in (verbs, nouns):
            for senses in table.values():
                senses.sort(key=lambda s: (s.particle is None,
                                   not (s.objects or s.subjects or s.governors or s.states)))
        return cls(
            verbs=verbs,
            nouns=nouns,
            light=frozenset(data.get("light") or ()),
            occurrence=frozenset(data.get("occurrence") or ()),
        )

    # --- matching -------------------------------------------------------------------------

    def verb_sense(self, token: Any) -> Sense | None:
        for rule in (warcraft_not_back, forced_across, forces_posted, armed_entry,
                     sent_over_line):
            found = rule(token)
            if found is not None:
                return found
        sense = self._lemma_sense(token)
        # any verb of moving or placing forces, when the lemma names no sense of its own
        return sense if sense is not None else (forces_moved(token) or forces_arrived(token)
                                                or forces_set_out(token)
                                                or closed_to_movement(token)
                                                or craft_kept_near(token)
                                                or forces_seen(token) or fired_back(token)
                                                or forces_met(token) or crossed_bow(token)
                                                or forces_due(token) or put_aboard(token))

    def _lemma_sense(self, token: Any) -> Sense | None:
        senses = next((self.verbs[k] for k in lemmas(token) if k in self.verbs), None)
        if not senses:
            return None
        particles = particles_of(token)
        objects = object_lemmas(token)
        has_dobj = any(c.dep_ in ("dobj", "obj") for c in token.children)
        passive = any(c.dep_ == "auxpass" for c in token.children)
        heads = {clause_pronoun_antecedent(c).lemma_.lower() for c in token.children
                 if c.dep_ in ("dobj", "obj", "nsubjpass")}
        # "took three of the herders", "forty of them were sent back": the whole a count is of
        heads.update(_partitive_whole(c).lemma_.lower() for c in token.children
                     if c.dep_ in ("dobj", "obj", "nsubjpass"))
        heads.update(w for c in _shared_passive_subjects(token) for w in _noun_lemmas(c))
        if any(c.dep_ in ("dobj", "obj", "nsubjpass") and _named_place(c) for c in token.children):
            heads.add("@place")  # "the hill town of Dilling was encircled"
        heads.update(t.lemma_.lower() for t in described_object(token))
        # the object's own kind when its noun is no listed word: "pushed back 300 Rohingya",
        # "handed over the detained commander"
        heads.update(objects & {"@people", "@captive"})
        # "held its 14 crew members": a part noun stands for the people its compound names
        heads.update(g.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "obj")
                     and c.lemma_.lower() in _PART_NOUNS for g in c.children
                     if g.dep_ == "compound" and g.pos_ == "NOUN")
        for sense in senses:
            if sense.particle and sense.particle not in particles:
                continue
            if sense.objects and not (sense.objects & (heads if sense.direct else objects)):
                continue
            if sense.subjects and not (sense.subjects & (subject_lemmas(token)
                                                         | agent_lemmas(token))):
                continue  # "trenches were dug by the troops": the agent is the doer
            if sense.transitive and not has_dobj or sense.intransitive and (has_dobj or passive):
                continue  # (a passive is no intransitive: "the column was moved to page two")
            if sense.bare and (has_dobj or _particle_object(token, sense.particle)):
                continue  # "came across a cache of rifles": the particle's own object
            if sense.complement and not has_infinitive(token):
                continue
            if sense.clause and not sense.clause & that_clause_lemmas(token):
                continue  # "replied that it had no basis" (what is said back must hold one)
            if not _conditions_hold(sense, token, objects):
                continue
            return sense
        return None

    def noun_sense(self, key: str, token: Any) -> Sense | None:
        senses = self.nouns.get(key)
        if not senses:
            return None
        objects = object_lemmas(token)
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            # the noun's own phrase, marked: "two frigates were on station" ("@on station")
            objects.add(f"@{token.head.lower_} {token.lemma_.lower()}")
        verb = governor(token)
        if verb is not None and any(g.dep_ == "pobj" and _names_country(g) for c in verb.children
                                    if c.dep_ == "prep" for g in c.children):
            objects.add("@country")  # "slapped a levy on goods from its neighbour"
        if verb is not None:  # whom the noun goes to: "paid tribute to the victims"
            objects.update(f"to {g.lemma_.lower()}" for c in verb.children
                           if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                           for g in c.children if g.dep_ == "pobj")
        # whom a noun brought by its light verb is against: "brought charges against the
        # commander", "filed charges in absentia against him" (the parser hangs "against" on
        # the verb or on a phrase of it)
        against = {f"against {g.lemma_.lower()}" for p in _verb_phrase_preps(verb, "against")
                   for g in p.children if g.dep_ == "pobj"} if verb is not None else set()
        if against:
            against.add("against")
        for sense in senses:
            if sense.objects and not (sense.objects & (objects | against if sense.governors
                                                       else objects)):
                continue
            if sense.governors and governor_lemma(token) not in sense.governors and (
                    phase_lemma(token) not in sense.governors) and (
                    in_force(token) not in sense.governors):
                continue
            if sense.clause and not sense.clause & that_clause_lemmas(token):
                continue
            if sense.subjects or sense.unless_subjects:
                # a noun's doer is its light verb's subject: "doctors carried out an operation"
                subjects = subject_lemmas(verb) if verb is not None else set()
                # and its possessor: "the dockers' strike", "the army's operation"
                subjects |= {c.lemma_.lower() for c in token.children if c.dep_ == "poss"}
                if sense.subjects and not (sense.subjects & subjects):
                    continue
                if sense.unless_subjects & subjects:
                    continue
            if not _conditions_hold(sense, token, objects, subjects=False):
                continue
            return sense
        return None

    def is_light(self, token: Any) -> bool:
        return _phrase_in(token, self.light)

    def is_occurrence(self, token: Any) -> bool:
        return _phrase_in(token, self.occurrence)


def _verb_phrase_preps(verb: Any, word: str) -> list[Any]:
    """The prepositions `word` of a verb's own clause: on the verb, or on a phrase of it with
    no verb between ("filed charges in absentia against him")."""
    out = []
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ != word:
            continue
        up = t.head
        while up.i != verb.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == verb.i:
            out.append(t)
    return out


def _conditions_hold(sense: Sense, token: Any, objects: set[str], subjects: bool = True) -> bool:
    """The narrowing conditions of a sense: no excluded subject or object, the state required,
    the context required."""
    if subjects and sense.unless_subjects and sense.unless_subjects & (
            subject_lemmas(token) | agent_lemmas(token)):
        return False
    if sense.unless_objects and sense.unless_objects & (objects | _object_phrases(token)):
        return False
    if sense.states and not sense.states & states_of(token):
        return False
    if sense.foreign and not _foreign_object(token):
        return False
    if sense.owned and not _owned_object(token):
        return False
    if sense.unless_context and sense.unless_context & context_lemmas(token):
        return False
    return not sense.context or bool(sense.context & context_lemmas(token))


conditions_hold = _conditions_hold  # for fallbacks that relax a sense's objects only


def _foreign_object(token: Any) -> bool:
    """Whether the verb's object, or its phrase of origin or destination, names another state:
    "imports of Australian barley", "exports of fertiliser to Lithuania", "imports of tomatoes
    from three Azerbaijani regions" (a place it happens in is no other state)."""
    from warpath.places.gazetteer import gazetteer  # the gazetteer is loaded on first use

    def foreign(t: Any) -> bool:  # the tagger takes some peoples' adjectives for persons
        return (t.ent_type_ in ("GPE", "NORP") or t.lemma_.lower() in _COUNTRY_NOUNS
                or t.text[:1].isupper() and gazetteer().demonym(t.text) is not None)

    def within(t: Any) -> Iterable[Any]:  # the phrase, less where it happens
        yield t
        for c in t.children:
            if not (c.dep_ == "prep" and c.lower_ in _WHERE_WHEN):
                yield from within(c)

    return any(foreign(t) for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")
               or c.dep_ == "prep" and c.lower_ in ("from", "to", "with", "into", "against")
               for t in within(c)) or _abroad(token)


def _abroad(token: Any) -> bool:
    """A country as the subject and a place of another country where the object goes:
    "Latvia sent two teams, which reached Narva", "Germany sent experts to Kyiv" (the
    gazetteer tells the town's country; "Ukraine sent a team to Kharkiv" stays at home)."""
    from warpath.places.gazetteer import gazetteer  # loaded on first use

    gz = gazetteer()
    own = {p.country for c in token.children if c.dep_ == "nsubj" and c.ent_type_ == "GPE"
           for p in [gz.lookup(c.text)] if p is not None and p.kind == "country"}
    if not own:
        return False
    goals = [c for c in token.children if c.dep_ in ("dobj", "obj")
             or c.dep_ == "prep" and c.lower_ in ("to", "into")]
    for t in (t for c in goals for t in c.subtree):
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            place = gz.lookup(t.text)
            if place is not None and place.country and place.country not in own:
                return True
    return False


_IRREGULAR_TAKERS = {"settler", "occupier", "militant", "rebel", "gunman", "gunmen", "fighter",
                     "insurgent", "jihadist", "pirate", "bandit", "militia", "militiaman",
                     "@armed"}


def _owned_object(token: Any) -> bool:
    """Whether the things a verb takes are named as another party's: a state or people named
    with the doer or the things ("Russian border guards removed the markers", "boats belonging
    to Kuwaiti owners"), a possessive ("the herders' tents"), a relative clause with a doer of
    its own ("the panels that the charity had installed"), or "belonging to" / "owned by"."""
    if _IRREGULAR_TAKERS & (subject_lemmas(token) | agent_lemmas(token)):
        return True  # settlers or gunmen have no office: what they take is another's
    objs = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if token.dep_ == "relcl" or token.dep_ == "acl" and token.tag_ == "VBN":
        objs.append(token.head)  # "the boats that the navy towed away", "the boats towed away"
    holder = token.head if token.dep_ == "conj" else token  # "hauled out and carried off"
    subjs = [c for h in {token, holder} for c in h.children if c.dep_ in ("nsubj", "agent")]
    from warpath.places.gazetteer import gazetteer  # loaded on first use

    for phrase in objs + subjs:  # "the Russian Border Guard Service" is tagged as a firm
        for t in phrase.subtree:
            if t.ent_type_ in ("GPE", "NORP") or t.text[:1].isupper() and t.i > 0 and \
                    gazetteer().demonym(t.text) is not None:
                return True
    for o in objs:
        for t in o.subtree:
            if t.dep_ == "poss" and t.pos_ != "PRON" and t.head.i == o.i:
                return True
            if t.dep_ == "relcl" and t.head.i == o.i and any(
                    c.dep_ in ("nsubj", "agent") and c.tag_ not in ("WDT", "WP")
                    for c in t.children):
                return True
            if t.lemma_.lower() in ("belong", "own") and t.head.i == o.i:
                return True
    return False


_WHERE_WHEN = {"in", "at", "near", "across", "within", "inside", "after", "during", "before",
               "since", "throughout", "around"}


def _object_phrases(token: Any) -> set[str]:
    """Prepositional phrases on the verb's object ("closed the road for the marathon"), and
    the verb's purpose as "to" + lemma ("crossed the river to help flood victims")."""
    out = {f"{p.lower_} {g.lemma_.lower()}" for c in token.children if c.dep_ in ("dobj", "obj")
           for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"}
    holders = [token]
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj"):
        holders.append(token.head)  # "launched an operation to hand out food": its purpose
    holders += [c for c in token.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"]
    out.update(f"to {c.lemma_.lower()}" for h in holders for c in h.children
               if (c.dep_ in ("advcl", "xcomp") or c.dep_ in ("acl", "relcl") and h.pos_ == "NOUN")
               and c.tag_ == "VB"
               and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"))
    return out


def _particle_object(token: Any, particle: str | None) -> bool:
    return bool(particle) and any(
        c.dep_ == "prep" and c.lower_ == particle and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children)


def states_of(token: Any) -> set[str]:
    """The state words a verb predicates of its object or subject: "kept the crossing closed"
    (oprd), "the border remained shut" (acomp)."""
    out = {c.lower_ for c in token.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
           and (c.pos_ in ("ADJ", "VERB") or c.dep_ in ("oprd", "npadvmod") and c.pos_ == "NOUN")}
    # ("branded the charge a fabrication": a noun the object is called; "branded the findings
    # lopsided", the word hung on the object after it)
    out.update(g.lower_ for c in token.children if c.dep_ in ("dobj", "obj")
               for g in c.children if g.dep_ in ("acl", "amod") and g.i > c.i
               and g.pos_ in ("ADJ", "VERB"))
    # "described the charge as absurd", "dismissed the report as a fabrication": the word
    # after "as"
    # (the "as" phrase hung on the verb, on its object, or read as an adjective clause)
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    out.update(g.lower_ for h in holders for c in h.children if c.dep_ == "prep"
               and c.lower_ == "as" for g in c.children if g.dep_ in ("amod", "acomp", "pobj")
               and g.pos_ in ("ADJ", "NOUN"))
    out.update(c.lower_ for c in token.children if c.dep_ == "advcl" and c.pos_ == "ADJ"
               and any(a.lower_ == "as" for a in c.children))
    return out


def agent_lemmas(token: Any) -> set[str]:
    """The doer of a passive verb: "the road was cut by floods" -> {"flood"}."""
    out: set[str] = set()
    for g in (g for c in token.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"):
        out.add(g.lemma_.lower())
        out.update(normalise(a.lower_ + g.lemma_) for a in g.children if a.dep_ == "amod")
        out.update(named_craft_kinds(g))  # "escorted by the corvette Stoikiy"
    return out


# What a navy's ship names are written with: "HMS Tyne", "USS Mason", "INS Vikrant".
_SHIP_PREFIXES = {"hms", "uss", "hmas", "hmcs", "hmnzs", "ins", "pns", "kri", "jds", "bns", "tcg",
                  "rfs", "roks", "hnlms", "brp", "fgs", "its", "ens", "hdms", "hswms", "knm"}
# The kinds of craft a name is told with: "the corvette Stoikiy", "the frigate Admiral Grigorovich".
_CRAFT_KINDS = {"warship", "frigate", "destroyer", "corvette", "cutter", "gunboat", "submarine",
                "cruiser", "carrier", "minesweeper", "icebreaker", "tanker", "freighter",
                "trawler", "vessel", "ship", "boat", "drone", "helicopter", "jet", "aircraft"}


def named_craft_kinds(token: Any) -> set[str]:
    """The kind of craft a craft's name is told with: "HMS Tyne" -> a warship, "the corvette
    Stoikiy" -> a corvette (a name alone says nothing of what it names)."""
    if token.pos_ != "PROPN":
        return set()
    out: set[str] = set()
    for c in token.children:
        if c.dep_ not in ("compound", "nmod", "appos", "amod") or c.i > token.i:
            continue
        if c.lower_ in _SHIP_PREFIXES and c.text.isupper():
            out.update(("warship", "ship"))
        elif c.pos_ == "NOUN" and c.lemma_.lower() in _CRAFT_KINDS:
            out.add(c.lemma_.lower())
    return out


def context_lemmas(token: Any) -> set[str]:
    """Lemmas of the token's sentence and the two sentences before it."""
    doc = token.doc
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    here = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), 0)
    return {t.lemma_.lower() for s in sents[max(0, here - 2) : here + 1] for t in s}


def governor(token: Any) -> Any | None:
    """The verb a noun is the object of, directly or through one preposition."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in ("dobj", "obj", "attr", "oprd", "nsubjpass"):
        return None
    if head.i == token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def governor_lemma(token: Any) -> str | None:
    """The lemma of the verb a noun is the object of, directly or through one preposition, or
    the passive subject of: "went on strike" -> "go", "a round is scheduled" -> "schedule"."""
    verb = governor(token)  # "further strikes would not go unanswered": a subject has none
    return str(verb.lemma_).lower() if verb is not None else None


# Verbs that tell an act's phase with the act as their subject: "a sweep began at dawn".
_PHASE_VERBS = {"begin", "start", "resume", "continue", "commence"}


def phase_lemma(token: Any) -> str | None:
    """ "a sweep began that morning", "the operation resumed on Monday": the phase verb a noun
    is the subject of, which says of it what "began a sweep" says of its object."""
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in _PHASE_VERBS:
        return str(head.lemma_).lower()
    return None


# What a pact or a truce does when it comes into force: "took effect", "took hold", "came into
# force", "went into effect", "entered into force".
_IN_FORCE = {("take", "effect"), ("take", "hold"), ("come", "force"), ("go", "effect"),
             ("enter", "force"), ("come", "effect")}


# Verbs of a fight coming to its end: what it ends with is what the sides came to.
_ENDING = {"end", "conclude", "close", "finish", "culminate"}


def in_force(token: Any) -> str | None:
    """ "a ceasefire took hold on 24 June", "the truce that took effect at midnight": "in force"
    when the noun is the subject (itself or through a relative pronoun) of a verb of coming
    into force."""
    if (token.dep_ == "pobj" and token.head.lower_ in ("with", "in")
            and token.head.head.lemma_.lower() in _ENDING):
        return "in force"  # "a war that ended with a ceasefire on May 10": the fight's end
    verbs = [token.head] if token.dep_ == "nsubj" else []
    verbs += [c for c in token.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        words = {g.lower_ for c in verb.children
                 for g in ([c] if c.dep_ in ("dobj", "obj") else
                           [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep"
                           else [])}
        if any(v == lemma and w in words for v, w in _IN_FORCE):
            return "in force"
    return None


# Words that take a part of a named whole: "none of the shells", "two of the drones"
_PARTITIVES = {"none", "one", "two", "three", "four", "five", "some", "several", "many", "most",
               "all", "few", "each", "neither", "either", "half", "dozens", "hundreds", "scores"}


def _partitive_whole(tok: Any) -> Any:
    """The noun a partitive subject takes part of ("none of the 120 lorries" -> lorries)."""
    if tok.lower_ not in _PARTITIVES and not (tok.pos_ == "NUM" and tok.dep_ in (
            "nsubj", "nsubjpass")):
        return tok
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), tok)


def compound_subject_head(tok: Any) -> bool:
    """ "Aid groups in the town say ...", "Aid workers warn that ...": a sentence's first word,
    a base form read as a clausal subject whose object is the bare plural noun right after
    it, is the modifier of a compound noun (the subject), not a verb."""
    if tok.tag_ != "VB" or tok.dep_ != "csubj" or not tok.is_sent_start or tok.i + 1 >= len(
            tok.doc):
        return False
    nxt = tok.nbor(1)
    return nxt.tag_ == "NNS" and nxt.dep_ in ("dobj", "obj") and nxt.head.i == tok.i and not any(
        c.dep_ in ("det", "poss", "nummod", "amod") for c in nxt.children)


def subject_lemmas(token: Any) -> set[str]:
    """Lemmas of the verb's subjects and their conjuncts ("troops and tanks arrived"), and
    "@" + their entity type ("@gpe": "China protested")."""
    out: set[str] = set()
    holder = token.head if token.dep_ == "acomp" else token  # "the envoy is due in Kabul"
    for _ in range(3):  # "troops are due to leave", "troops began to arrive": the subject above
        if holder.dep_ not in ("xcomp", "conj") or any(c.dep_ in ("nsubj", "nsubjpass")
                                                        for c in holder.children):
            break
        if holder.dep_ == "conj" and holder.head.pos_ not in ("VERB", "AUX"):
            break
        holder = holder.head  # and "its units pursued them and had crossed the border"
        if holder.dep_ == "acomp":
            holder = holder.head
    if token.dep_ == "acl" and token.tag_ == "VBG":
        out.add(token.head.lemma_.lower())  # "a brigade moving into the district"
    if token.tag_ == "VBG" and token.dep_ in ("xcomp", "ccomp", "acl"):
        # "reported two missiles landing near her", the doer parsed as the participle's
        # compound
        out.update(c.lemma_.lower() for c in token.children if c.dep_ == "compound"
                   and c.i < token.i and (c.tag_ == "NNS" or any(
                       g.dep_ == "nummod" for g in c.children)))
    if token.dep_ == "advcl" and token.tag_ == "VB" and token.head.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in token.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # a purpose with no subject of its own is done by whoever was sent: "sent units
        # across the river to search for depots", "troops were flown in to hunt the rebels"
        out.update(c.lemma_.lower() for c in token.head.children
                   if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN")
    holder = _clause_of_series(holder)
    for c in holder.children:
        if c.dep_ == "csubj" and compound_subject_head(c):
            out.update((c.nbor(1).lemma_.lower(), normalise(c.lower_ + c.nbor(1).lemma_)))
        if c.dep_ in ("nsubj", "nsubjpass"):
            c = antecedent(c)  # "drones that were jammed and crashed into the sea"
            whole = _partitive_whole(c)  # "none of the shells landed": the shells too
            for t in [c] + [g for g in c.children if g.dep_ == "conj"] + (
                    [whole] if whole is not c else []):
                out.add(t.lemma_.lower())
                if t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_ENTS:
                    # "the Zeta armed faction ... Zeta crossed the river": what kind of party
                    # the name is called elsewhere in the text (a town's "airport" is none)
                    out.update(k for k in name_kinds(t.doc).get(t.lower_, ())
                               if k in _PARTY_KINDS or k.startswith("armed"))
                if craft_kind(t) or any(craft_kind(m) for m in t.children
                                        if m.dep_ in ("compound", "nmod")):
                    out.update(("aircraft", "warplane"))  # "a Su-35 flew within ten metres"
                out.update(named_craft_kinds(t))  # "HMS Tyne shadowed both ships"
                if t.tag_ == "NNPS" and t.lower_.endswith("s"):
                    out.add(t.lower_[:-1])  # "Rockets launched from the hills exploded"
                    out.add(noun_lemma(t))  # "Militias", "Armies"
                elif t.tag_ == "NNP" and t.i == t.sent.start:
                    # a capitalised first word read as a name: "Landslides closed the road"
                    out.update((t.lower_, t.lower_[:-1] if t.lower_.endswith("s") else t.lower_))
                if t.ent_type_:
                    out.add("@" + t.ent_type_.lower())
                elif t.text.isupper() and t.text.isalpha() and len(t.text) >= 3:
                    out.add("@org")  # an untagged acronym: "MONUSCO had not been granted"
                if t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "") and (
                        _country_name(t) or _capital_name(t)):
                    out.add("@gpe")  # "Burkina Faso bars lorries": a country not tagged as one
                    # (or its capital standing for it: "Kyiv suspended traffic")
                # "armed men": a modifier glued to its noun as a kind of its own
                out.update(normalise(a.lower_ + t.lemma_) for a in t.children if a.dep_ == "amod")
                # "aid groups", "relief agencies": a noun modifier glued the same way
                out.update(normalise(a.lower_ + t.lemma_) for a in t.children
                           if a.dep_ == "compound" and a.i == t.i - 1
                           and a.pos_ in ("NOUN", "VERB"))
                if any(a.lower_ in _ARMED_MODIFIERS for a in t.children if a.dep_ == "amod"):
                    out.add("@armed")  # "armed youths", "masked men": men who carry arms
                if any(g.lemma_.lower() in _COMBAT_DRESS or g.lower_.rstrip("s") in _COMBAT_DRESS
                       for p in t.children
                       if p.dep_ == "prep" and p.lower_ == "in"
                       for g in p.children if g.dep_ == "pobj"):
                    out.add("@armed")  # "men in military fatigues", "gunmen in balaclavas"
                if any(p.dep_ in ("acl", "prep") and p.lower_ in ("carrying", "with")
                       and any(g.dep_ in ("dobj", "pobj") and any(
                           a.dep_ == "amod" and a.lower_ in _ARMED_MODIFIERS
                           for a in g.children) for g in p.children)
                       for p in t.children):
                    out.add("@armed")  # "two skiffs carrying armed persons", "a boat with
                    # armed men": a craft that carries armed men
                if t.lemma_.lower() in _SERVICE_HEADS:
                    # "coast guard crews", "navy personnel", "army trucks": whose crew or craft
                    # they are, as the service's own name
                    out.update(_service_names(t))
                # "the round of talks": what the subject is a part of, as "of talk"
                for g in (g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"):
                    # and whose: "a column of army trucks" -> "of army"
                    out.update("of " + w.lemma_.lower() for w in [g, *g.children]
                               if w is g or w.dep_ in ("compound", "amod"))
                # "150 members of the gang", "dozens of gunmen": who the part is of
                if t.pos_ in ("NUM", "PRON") or t.lemma_.lower() in _PART_NOUNS:
                    out.update(g.lemma_.lower() for p in t.children if p.dep_ == "prep"
                               and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
    return out


# Modifiers that say the people of a noun carry arms.
_ARMED_MODIFIERS = {"armed", "masked", "uniformed", "heavily-armed"}
# What armed men are dressed in: "men in military fatigues", "a man in a balaclava".
_COMBAT_DRESS = {"fatigue", "fatigues", "uniform", "camouflage", "balaclava", "mask"}
# Nouns for the people or craft of a service, named by the service: "coast guard crews".
_SERVICE_HEADS = {"crew", "member", "personnel", "officer", "team", "unit", "boat", "vessel",
                  "ship", "plane", "aircraft", "craft", "vehicle", "truck", "helicopter", "jet",
                  "patrol", "detachment", "squad"}


def _service_names(token: Any) -> set[str]:
    """ "coast guard crews" -> {"coastguard", "guard"}: the service a crew or a craft is of, as
    the compound before it names it."""
    mods = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not mods:
        return set()
    first = min(m.left_edge.i for m in mods)
    words = [t for t in token.doc[first : token.i] if t.dep_ == "compound"]
    out = {w.lemma_.lower() for w in words}
    if len(words) > 1:
        out.add(normalise("".join(w.lower_ for w in words)))
    return out


def _clause_of_series(verb: Any) -> Any:
    """ "boarded a boat, seized its catch and held the crew": a finite verb of a series the
    parser hung on the first verb's object as a clause of its own ("seized" as a modifier of
    "boat") shares the first verb's subject; the first verb stands for it."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    if (verb.dep_ == "acl" and verb.tag_ == "VBD"
            and verb.head.dep_ in ("dobj", "obj") and verb.head.head.pos_ == "VERB"
            and verb.head.head.i < verb.i):
        return verb.head.head
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _MANNER_PREPS
            and verb.head.head.pos_ in ("VERB", "AUX")):
        # "answered by switching its speakers on", "retaliated after closing the crossing":
        # the gerund's doer is the subject of the verb it qualifies
        return verb.head.head
    return verb


_MANNER_PREPS = {"by", "after", "before", "without", "while", "upon"}


# What a name can be called that makes it a party of a fight: "the X armed group".
_PARTY_KINDS = {"group", "armedgroup", "movement", "militia", "force", "army", "faction", "front",
                "brigade", "battalion", "gang", "cartel", "rebel", "insurgent", "militant",
                "fighter", "guerrilla", "paramilitary", "organisation", "organization",
                "network", "coalition", "alliance", "jihadist", "unit", "mercenary",
                "armedmovement", "rebelgroup", "militantgroup", "jihadistgroup"}

# Participles of captivity: a person held is a captive, whatever the noun ("handed over the
# detained commander", "freed the abducted engineers"; one arrested and handed to prosecutors
# is a suspect in a court's hands).
_HELD = {"detained", "detain", "captured", "capture", "abducted", "abduct", "kidnapped",
         "kidnap", "imprisoned", "imprison", "jailed", "jail",
         "interned", "intern"}
_NOT_CAPTIVES = {"weapon", "rifle", "gun", "arm", "ammunition", "vehicle", "tank", "equipment",
                 "drone", "boat", "ship", "vessel", "document", "town", "city", "territory",
                 "asset", "cargo", "materiel", "truck", "position", "base"}

# Nouns that count or pick out people of a group: "members of the gang", "dozens of gunmen".
_PART_NOUNS = {"member", "dozen", "score", "hundred", "thousand", "group", "band", "number",
               "handful", "squad", "detachment", "element", "remnant", "some", "many", "most"}


def that_clause_lemmas(token: Any) -> set[str]:
    """The words of a noun's that-clause: "the charge that Manila provoked the clash" ->
    {manila, provoke, clash, ...}; empty when the noun has none."""
    out: set[str] = set()
    for c in token.children:
        if c.dep_ in ("acl", "ccomp", "appos") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            out |= {t.lemma_.lower() for t in c.subtree}
    return out


def has_infinitive(token: Any) -> bool:
    """ "undertook to provide", "pledged to withdraw": a to-infinitive complement."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in token.children)


def particles_of(token: Any) -> set[str]:
    """Particles and bare prepositions hanging off a verb: "down", "off", "for", "on"."""
    out: set[str] = set()
    for c in token.children:
        if c.dep_ in ("prt", "prep", "advmod", "compound:prt") and c.i > token.i:
            out.add(c.lower_)
        elif c.dep_ == "xcomp" and c.tag_ == "VB" and c.i == token.i + 1:
            out.add(c.lower_)  # a bare infinitive right after the verb: "were let go"
        elif c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and c.i > token.i and (
                token.lemma_.lower() == "let" and c.lower_ == "go") and not any(
                g.lower_ in ("home", "to", "into", "out", "for", "on", "ahead", "back")
                for g in c.children):
            # "let the drivers go": the infinitive after its object (not "let the pupils go
            # home early", a going somewhere allowed)
            out.add(c.lower_)
    return out


def _let_go_object(token: Any) -> list[Any]:
    """ "let the drivers go", "before letting them go": who was let go, whom the parser
    makes the subject of the bare infinitive."""
    if token.lemma_.lower() != "let":
        return []
    return [g for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.lower_ == "go"
            for g in c.children if g.dep_ in ("nsubj", "dobj") and g.i < c.i]


def _shared_passive_subjects(token: Any) -> list[Any]:
    """ "The passengers were held overnight and let go", "were detained and released on
    Friday": a participle joined to a passive verb, with no subject, object or auxiliary of
    its own, shares the first verb's passive subject as what it acts on."""
    head = token.head
    if token.dep_ != "conj" or head.pos_ != "VERB" or not (
            token.tag_ == "VBN" or token.lower_ == "let"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass")
           for c in token.children):
        return []
    if not any(c.dep_ == "auxpass" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"]


def object_lemmas(token: Any) -> set[str]:
    """Lemmas of the predicate's objects, their compounds, and prepositions it governs."""
    out: set[str] = set()
    bearer = participle_bearer(token)
    if bearer is not None:
        out.update(_noun_lemmas(bearer))  # "the tanker entered the strait escorted by a corvette"
    elif token.dep_ in ("acl", "relcl") and token.tag_ == "VBN" and token.head.pos_ == "NOUN":
        out.update(_noun_lemmas(token.head))  # "drones launched by the Houthis"
    if any(c.dep_ == "ccomp" and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
           for c in token.children):
        out.add("@that")  # "replied that the drills were routine": what is said back
    children = list(token.children)
    for c in _shared_passive_subjects(token):
        out.update(_noun_lemmas(antecedent(c)))  # "were held overnight and let go"
    if (token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)):
        # "the lorries reached the bridge and were sent back": the shared subject is
        # what the passive acts on
        out.update(lem for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")
                   for lem in _noun_lemmas(antecedent(c)))
    for c in children:
        if c.dep_ == "advmod":
            # "wandered a few metres east of the fence": where the move went
            out.update(f"{p.lower_} {g.lemma_.lower()}" for p in c.children if p.dep_ == "prep"
                       for g in p.children if g.dep_ == "pobj")
        if c.dep_ in ("dobj", "obj"):
            # "floated kites carrying slogans across the frontier": a phrase of direction
            # the parser hung inside the object tells where the act went
            out.update(f"{p.lower_} {g.lemma_.lower()}" for p in c.subtree
                       if p.dep_ == "prep" and p.lower_ in _DIRECTIONS and p.head.i != token.i
                       for g in p.children if g.dep_ == "pobj")
            # "added the firm, its owner and 24 tankers to the list": the goal of a listed
            # object the parser hung on its last conjunct
            out.update(f"to {g.lemma_.lower()}" for p in c.subtree
                       if p.dep_ == "prep" and p.lower_ == "to" and p.head.dep_ == "conj"
                       for g in p.children if g.dep_ == "pobj")
            # "set up checkpoints on the highway": where a post put up stands
            if c.lemma_.lower() in _POSTS:
                out.update(f"{p.lower_} {g.lemma_.lower()}" for p in c.children
                           if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
            # "halted the ferries between Dover and Calais": a link between named places
            out.update(f"{p.lower_} @place" for p in c.children
                       if p.dep_ == "prep" and p.lower_ == "between"
                       for g in p.children if g.dep_ == "pobj"
                       and any(_named_place(x) for x in [g, *g.children]
                               if x is g or x.dep_ == "conj"))
    out.update("to @state" for c in children if c.dep_ in ("dobj", "obj")
               for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj" and _a_state(g))
    if token.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj") for c in children):
        # "rammed and boarded two boats": the object is shared with the coordinated verb
        children += [g for c in children if c.dep_ == "conj" and c.pos_ == "VERB"
                     for g in c.children if g.dep_ in ("dobj", "obj")]
    for g in described_object(token):
        out.update(_noun_lemmas(g))
    for g in _let_go_object(token):
        out.update(_noun_lemmas(g))
    for c in children:
        if c.dep_ in ("acl", "advcl", "relcl") and token.pos_ == "NOUN" and any(
                g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            out.add("for")  # "its call for the troops to be withdrawn": a for-clause
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            out.add(c.lemma_.lower())  # "stopped pumping crude": the activity stopped
        if c.dep_ == "oprd":
            out.add(c.lower_)  # "kept the crossing closed": the state as written
        if c.dep_ in _OBJECT_DEPS:
            out.update(_noun_lemmas(c))
            counted = any(g.dep_ == "nummod" for g in c.children)
            if c.ent_type_ == "NORP" and (c.tag_ in ("NNS", "NNPS") or counted) or (
                    counted and c.pos_ == "PROPN"
                    and c.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "MONEY", "DATE")):
                out.add("@people")  # "turned back 60 Rohingya", "pushed back Afghans"
            if c.dep_ == "nsubjpass" and (c.pos_ == "NUM" or c.like_num) and not any(
                    g.dep_ == "prep" for g in c.children) and (
                    c.i == c.sent.start or c.doc[c.i - 1].is_punct
                    or c.doc[c.i - 1].pos_ == "CCONJ"):
                out.add("@people")  # "four were seized by gunmen": a bare count of people
            if any(g.dep_ in ("amod", "acl") and g.lemma_.lower() in _HELD for g in c.children
                   ) and c.lemma_.lower() not in _NOT_CAPTIVES:
                out.add("@captive")  # "the detained commander", "the kidnapped engineers"
            if c.dep_ in ("dobj", "obj") and _named_place(c):
                out.add("@place")  # "overran Tessalit": a named town, city or region
            # "flew over Lithuanian airspace" read as a particle and an object: the place it went
            out.update(f"{p.lower_} {c.lemma_.lower()}" for p in children
                       if p.dep_ == "prt" and p.tag_ == "IN" and p.i < c.i)
        elif c.dep_ in ("prep", "agent", "dative"):
            out.add(c.lower_)
            for g in c.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    # "kept from reaching": the act barred
                    out.add(f"{c.lower_} {g.lemma_.lower()}")
                    out.add(f"{c.lower_} @act")  # any act: "stopped a team from erecting"
                if g.dep_ == "prep" and c.lower_ == "out" and g.lower_ == "of":
                    # "pulled out of the deal" read as two prepositions: what was left
                    out.update(f"of {x.lemma_.lower()}" for x in g.children if x.dep_ == "pobj")
                if g.dep_ == "pobj" and c.i + 1 < g.i and c.doc[c.i + 1].tag_ == "VBG" and (
                        c.doc[c.i + 1].head.i == g.i):
                    out.add(f"{c.lower_} @act")  # "from erecting posts" read as a modifier
                if g.dep_ == "pobj":
                    out.update(_noun_lemmas(g))
                    out.add(f"{c.lower_} {g.lemma_.lower()}")  # "into water": where it went
                    if g.pos_ in ("NUM", "PRON") or g.lemma_.lower() in _PART_NOUNS:
                        # "near one of the destroyers", "into two of the villages": what the
                        # count is of
                        out.update(f"{c.lower_} {x.lemma_.lower()}" for p in g.children
                                   if p.dep_ == "prep" and p.lower_ == "of"
                                   for x in p.children if x.dep_ == "pobj")
                    if _named_place(g):
                        out.add(f"{c.lower_} @place")  # "swept into Tessalit"
                    if _names_country(g):
                        out.add("@country")  # "duties on Australian barley"
                    if c.lower_ == "to" and _a_state(g):
                        out.add("to @state")  # "halted fuel supplies to Armenia"
                    if c.lower_ == "to" and _capital_name(g):
                        out.add("to @capital")  # "will travel to Moscow": a state's seat
        elif c.dep_ == "prt":
            # "agreed to roll over the deposit", "handed over the keys": the object the
            # parser hung under the particle is the verb's own
            for g in c.children:
                if g.dep_ == "pobj":
                    out.update(_noun_lemmas(g))
                    out.add(f"{c.lower_} {g.lemma_.lower()}")
    return out


_PLACE_ENTS = ("GPE", "LOC", "FAC")
_DIRECTIONS = ("over", "across", "into", "through")
# Posts put across a way: where they stand tells whose movement they bar.
_POSTS = {"checkpoint", "roadblock", "barricade", "barrier", "cordon", "blockade"}


# Nouns of where and when a move went, that nothing is escorted or shadowed as.
_WHERE_AND_WHEN = {"strait", "channel", "sea", "gulf", "water", "waters", "port", "harbour",
                   "harbor", "coast", "bay", "river", "border", "frontier", "airspace", "zone",
                   "dawn", "night", "morning", "afternoon", "evening", "day", "week", "weekend"}


def participle_bearer(token: Any) -> Any | None:
    """The subject of the clause a passive participle with a doer hangs on, which the
    participle is told of: "the tanker entered the strait on Monday escorted by a corvette"
    -> tanker (the parser hangs the participle on the date or on the verb)."""
    if token.tag_ != "VBN" or not any(c.dep_ == "agent" for c in token.children):
        return None
    head = token.head
    if token.dep_ == "acl" and head.dep_ == "pobj" and (
            head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
            or head.lemma_.lower() in _WHERE_AND_WHEN):
        # "on 17 November escorted by", "through the strait escorted by": the participle hung
        # on a date's or a place's noun, through its preposition
        head = head.head.head
    elif token.dep_ != "advcl":
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")),
                None)


def described_object(token: Any) -> list[Any]:
    """The object a verb's "what" clause names: "dropped what witnesses called barrel bombs",
    "fired what looked like a missile", "seized what officials described as arms" -> the
    noun the clause calls the thing (empty when the verb has no such clause)."""
    out: list[Any] = []
    for c in token.children:
        if c.dep_ not in ("ccomp", "dobj", "obj", "xcomp") or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(w.lower_ == "what" and w.dep_ in ("dobj", "obj", "nsubj", "nsubjpass")
                   for w in c.children):
            continue
        for x in [c, *(g for g in c.children if g.dep_ in ("xcomp", "prep"))]:
            for g in x.children:
                if (g.dep_ in ("attr", "oprd", "dobj") and g.pos_ in ("NOUN", "PROPN")
                        or g.dep_ == "pobj" and x.lower_ in ("as", "like") and g.pos_ == "NOUN"):
                    out.append(g)
                elif g.dep_ == "prep" and g.lower_ in ("as", "like"):
                    out += [p for p in g.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return out


def _named_place(token: Any) -> bool:
    """Whether a noun is the name of a place: tagged so, or a proper name the gazetteer knows
    (the tagger takes many towns for people: "reached Kabalo")."""
    if token.ent_type_ in _PLACE_ENTS:
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in ("NORP", "DATE", "PERCENT", "MONEY"):
        return False
    from warpath.places.gazetteer import gazetteer  # the gazetteer is loaded on first use

    name = " ".join(t.text for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i)
    return gazetteer().lookup(name or token.text) is not None


def _a_state(token: Any) -> bool:
    """Whether a noun is the name of a country, as the gazetteer knows it ("Armenia"; not a
    city, a region or a strip: "Kherson", "Gaza")."""
    if token.ent_type_ not in _PLACE_ENTS and token.pos_ != "PROPN":
        return False
    from warpath.places.gazetteer import gazetteer  # the gazetteer is loaded on first use

    name = " ".join(t.text for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i)
    place = gazetteer().lookup(name or token.text)
    return place is not None and place.kind == "country"


def _country_name(token: Any) -> bool:
    """Whether a name, with the name words run on before it ("Burkina Faso"), is a country's
    as the gazetteer knows it, whatever entity type the tagger gave it (or none)."""
    from warpath.places.gazetteer import gazetteer  # the gazetteer is loaded on first use

    start = token.i
    while (start > token.sent.start and token.doc[start - 1].pos_ == "PROPN"
           and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].whitespace_):
        start -= 1
    for first in range(start, token.i + 1):  # "October Burkina Faso": the longest that is one
        place = gazetteer().lookup(token.doc[first : token.i + 1].text)
        if place is not None and place.kind == "country":
            return True
    return False


def _capital_name(token: Any) -> bool:
    """Whether a one-word name untagged by the tagger is a country's capital as the gazetteer
    knows it ("Kyiv halted ...": the government named by its seat)."""
    from warpath.places.gazetteer import gazetteer

    gaz = gazetteer()
    place = gaz.lookup(token.text)
    return bool(place is not None and place.country and gaz.capital(place.country) == place)


# Common nouns that stand for another country: "a fee on imports from its neighbour".
_COUNTRY_NOUNS = {"neighbour", "neighbor", "rival", "adversary"}


def _names_country(token: Any, depth: int = 0) -> bool:
    """Whether a noun phrase names or belongs to a country: "US soybeans", "Australian barley",
    "imports from its neighbour"."""
    if token.ent_type_ in ("GPE", "NORP") or token.lemma_.lower() in _COUNTRY_NOUNS:
        return True
    for c in token.children:
        if c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "NORP"):
            return True
        if depth < 1 and c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
                g.dep_ == "pobj" and _names_country(g, depth + 1) for g in c.children):
            return True
    return False


# A warplane's designation: "F-16s", "Su-35", "MiG-29", "B-52", "J-20", "Tu-95MS".
_AIRCRAFT_DESIGNATION = re.compile(r"^(f|fa|f/a|su|mig|j|b|tu|kc|il|jf|av)-\d{1,3}[a-z]{0,3}$")


def craft_kind(token: Any) -> str | None:
    """The kind a military designation names: "two F-16s" are aircraft."""
    return "aircraft" if _AIRCRAFT_DESIGNATION.match(token.lower_) else None


def noun_lemma(token: Any) -> str:
    """The noun's lemma; a plural the tagger took for a name and left as written ("Soldiers of
    Operation Safe Haven were sent", "Vessels of the coast guard") in the singular."""
    lemma = str(token.lemma_.lower())
    if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s") and len(lemma) > 3:
        return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    return lemma


def _noun_lemmas(token: Any) -> Iterable[str]:
    token = clause_pronoun_antecedent(antecedent(token))
    yield token.lemma_.lower()
    told = object_pronoun_antecedent(token)
    if told is not None:
        yield from _noun_lemmas(told)  # "a second carrier will join it": the group
    if noun_lemma(token) != token.lemma_.lower():
        yield noun_lemma(token)
    if token.tag_ == "VBG" and token.dep_ in _OBJECT_DEPS:
        yield token.lower_  # "the Torkham crossing" tagged as a verb form: the noun as written
    kind = craft_kind(token)
    if kind is not None:
        yield kind
    if token.dep_ in ("amod", "compound") and token.left_edge.i < token.i:
        # "an intelligence-based operation": the modifier as written
        yield normalise(token.doc[token.left_edge.i : token.i + 1].text)
    if token.pos_ == "PROPN":
        yield from name_kinds(token.doc).get(token.lower_, ())
        # "BRP Cape San Agustin", "USS Mason": a hull prefix however deep the parser nests it
        yield from (g.lower_ for g in token.subtree if g.i < token.i and g.dep_ == "compound"
                    and g.is_upper and 2 <= len(g.text) <= 4)
    for c in token.children:
        if c.dep_ in ("compound", "amod", "conj", "nmod"):
            yield normalise(c.lemma_)
            if c.left_edge.i < c.i:  # "a fact-finding mission": the modifier as written
                yield normalise(c.doc[c.left_edge.i : c.i + 1].text)
            if token.pos_ == "PROPN" and c.dep_ in ("compound", "nmod"):
                # "the fishing boat QNg 90617 TS", "the tanker Sea Star": a name whose kind is
                # told by the common nouns before it, however the parser nests them
                yield from (g.lemma_.lower() for g in c.subtree if g.i < c.i
                            and g.pos_ == "NOUN" and g.dep_ in ("compound", "nmod"))
        elif c.dep_ == "prep" and c.lower_ == "of":  # "tons of aid", "state of emergency"
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g.lemma_.lower()
                    # "part of a military aid program"
                    yield from (normalise(x.lemma_) for x in g.children if x.dep_ == "compound")


def object_pronoun_antecedent(token: Any) -> Any | None:
    """ "The navy moved a strike group into the gulf. A second carrier will join it": an "it"
    or "them" object of a verb stands for the nearest thing of its number that a verb took
    as its object (or passive subject) before it, in its sentence or the one before (None
    when there is none)."""
    if token.lower_ not in ("it", "them") or token.dep_ not in ("dobj", "obj"):
        return None
    doc = token.doc
    start = token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    plural = token.lower_ == "them"
    for k in range(token.i - 1, start - 1, -1):
        cand = doc[k]
        if cand.dep_ in ("dobj", "obj", "nsubjpass") and cand.pos_ == "NOUN" and (
                cand.head.pos_ in ("VERB", "AUX") and cand.head.i != token.head.i
                and (cand.tag_ == "NNS") == plural):
            if _conj_root(cand.head).i == _conj_root(token.head).i:
                # "boarded one boat, inspected it": the first verb's act already has the
                # boat, and the second's "it" stays its own word
                return None
            return cand
    return None


def _conj_root(verb: Any) -> Any:
    """The first verb of a coordination ("boarded" in "boarded the boat and searched it")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def antecedent(token: Any) -> Any:
    """ "the crossing, which Pakistan closed": a relative pronoun stands for the noun its
    clause hangs on."""
    if token.tag_ in ("WDT", "WP") and token.lower_ in ("which", "that", "whom", "who"):
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and clause.head.pos_ in ("NOUN", "PROPN"):
            return clause.head
    return token


def name_kinds(doc: Any) -> dict[str, set[str]]:
    """What each name is called elsewhere in the text: "the Torkham crossing" makes a later bare
    "Torkham" a crossing. A single-word name modifying a common noun gives that noun."""
    store = getattr(doc, "user_data", None)
    cached = store.get(_KINDS_KEY) if store is not None else None
    if cached is not None:
        return cached
    kinds: dict[str, set[str]] = {}
    for tok in doc:
        head = tok.head
        if (tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod") and head.pos_ == "NOUN"
                and 0 < head.i - tok.i <= 2 and all(  # "the Zeta armed faction"
                    t.dep_ == "amod" and t.head.i == head.i for t in doc[tok.i + 1:head.i])
                and not any(c.dep_ == "compound" for c in tok.children)
                and not (tok.i > 0 and tok.nbor(-1).pos_ == "PROPN")):
            kinds.setdefault(tok.lower_, set()).add(head.lemma_.lower())
            # "the Zeta armed faction": an armed faction, as "armed men" is a kind of its own
            kinds[tok.lower_].update(normalise(a.lower_ + head.lemma_) for a in head.children
                                     if a.dep_ == "amod")
    if store is not None:
        store[_KINDS_KEY] = kinds
    return kinds


_KINDS_KEY = "warpath.events.name_kinds"


def lemmas(token: Any) -> list[str]:
    """The token's lemma, then guesses from its inflection: the tagger's lemma is sometimes
    wrong ("staged" -> "stag"), and a missed verb is a missed event."""
    lemma = token.lemma_.lower()
    out = [lemma]
    word = token.lower_
    if token.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        out += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            out.append(word[:-3])  # "shelled" -> "shell" is covered; "planned" -> "plan"
    elif token.tag_ == "VBG" and word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
    elif token.tag_ == "VBZ" and word.endswith("s"):
        out += [word[:-1], word[:-2]]
    glued = _glued_noun(token)
    if glued is not None:
        # "test-fired", "tear-gassed", "baton-charged": a verb made of a noun and a verb is
        # first the glued word ("testfire"), then the verb alone
        out = [glued + w for w in out] + out
    return out + [w for lemma in out for w in unprefixed(lemma)]


def _glued_noun(token: Any) -> str | None:
    """The noun glued by a hyphen before a verb ("test" in "test-fired"), as the parser leaves
    it: a noun modifier of the verb right before the hyphen."""
    if token.i < 2 or not token.tag_.startswith("VB"):
        return None
    dash, first = token.doc[token.i - 1], token.doc[token.i - 2]
    if (dash.text == "-" and not dash.whitespace_ and not first.whitespace_
            and first.head.i == token.i and first.pos_ == "NOUN" and first.is_alpha):
        return str(first.lower_)
    return None


# A counter-move is a move of its kind, a re-run the same act again: "counter-attacked",
# "re-deployed" take the sense of their word when the glued form has none of its own.
_SAME_ACT_PREFIXES = ("counter-", "re-")


def unprefixed(word: str) -> list[str]:
    """ "counter-attack" -> ["counterattack", "attack"]: a hyphenated word glued as the
    lexicon spells it, then without a prefix that keeps the act."""
    if "-" not in word:
        return []
    out = [normalise(word)]
    for prefix in _SAME_ACT_PREFIXES:
        if word.startswith(prefix) and "-" not in word[len(prefix):]:
            out.append(word[len(prefix):])
    return out


def _phrase_in(token: Any, phrases: frozenset[str]) -> bool:
    """Whether the verb, alone or with a particle or object ("take place"), is in `phrases`."""
    extras = particles_of(token) | {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    for lemma in lemmas(token):
        if lemma in phrases or any(f"{lemma} {p}" in phrases for p in extras):
            return True
    return False


@functools.cache
def load(path: str | None = None) -> Lexicon:
    """The packaged lexicon with its synonym table (data/synonyms.yaml), or the lexicon read
    from `path` alone; cached."""
    if path:
        return Lexicon.from_file(Path(path))
    from warpath.events import synonyms  # the table is built on this module's senses

    return synonyms.extend(Lexicon.from_file(_data_path("lexicon.yaml")))


# --- class rules ------------------------------------------------------------------------
# Senses that belong to a class of verbs rather than to one lemma: tried before the lemma's own
# senses, so "rebels marched into the town" is an armed entry, not a protest march.

# Verbs of going somewhere under one's own power.
_MOTION = {"drive", "ride", "march", "pour", "surge", "race", "rush", "sweep", "roll", "push",
           "move", "advance", "rumble", "stream", "charge", "speed", "storm", "burst", "barge",
           "crash", "thunder", "swarm", "walk", "head", "roar", "enter", "penetrate",
           "infiltrate", "sail", "fly"}
# Kinds of settlement (a unit moving into a district, a province or an area is deployed).
_SETTLEMENTS = {"town", "city", "village", "camp", "neighbourhood", "neighborhood", "suburb",
                "capital", "settlement", "quarter", "hamlet", "outskirts", "township", "kraal"}
# Verbs whose object is the place gone into ("entered the town", "stormed the city").
_ENTERING = {"enter", "storm", "penetrate", "infiltrate"}
# Who is armed: troops, armed men, their units and their machines.
ARMED = {"troop", "soldier", "paratrooper", "patrol", "ranger", "legionnaire",
         "force", "army", "military", "militia", "militiaman", "gang",
         "gangster", "gunman", "bandit", "militant", "insurgent", "jihadist", "rebel", "fighter",
         "raider", "attacker", "assailant", "terrorist", "paramilitary", "commando", "guerrilla",
         "tank", "battalion", "brigade", "division", "regiment", "contingent", "marine",
         "infiltrator", "unit", "armedman", "armedgroup", "column", "convoy", "of army",
         "of military", "of troop", "of soldier", "of tank", "of fighter", "of militant",
         "of gunman", "of rebel"}
# Purposes that make going in an errand, not an attack ("went in to deliver food").
_ERRANDS = {"help", "assist", "rescue", "evacuate", "deliver", "aid", "relieve", "support",
            "visit", "join", "train", "escort", "return", "vaccinate", "distribute", "attend",
            "celebrate", "mark", "inspect", "repair", "rebuild", "clean", "feed", "treat"}
_ERRAND_NOUNS = {"relief", "aid", "parade", "ceremony", "celebration", "festival", "funeral",
                 "visit", "match", "concert", "exercise", "drill", "training", "vaccination",
                 "election", "rally", "talk", "meeting", "delivery", "rescue", "evacuation"}


def _class_sense(lemma: str, etype: str, cameo: str) -> Sense:
    row = cameo_table().get(cameo)
    return Sense(lemma=lemma, pos="verb", type=etype, cameo=cameo,
                 mode=row.mode if row and row.plover == etype else None,
                 intensity=goldstein(cameo))


# Lines forces are brought up to.
_FRONTIERS = {"border", "frontier", "boundary", "line", "dmz", "front", "frontline"}


def _on_errand(token: Any) -> bool:
    """Whether the move is made for a purpose of civil life: "to deliver food", "for the
    parade", "to help with flood relief"."""
    for c in token.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _ERRANDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in _ERRAND_NOUNS for g in c.subtree):
            return True
    return False


def _place_goal(tok: Any) -> bool:
    """A named place or a settlement (the tagger takes many a small town for a person: a
    capitalised name gone into counts, but not a people, a date or a firm)."""
    return _named_place(tok) or tok.lemma_.lower() in _SETTLEMENTS or (
        tok.text[:1].isupper() and tok.i > tok.sent.start
        and tok.ent_type_ not in ("NORP", "DATE", "TIME", "ORG", "MONEY", "PERCENT"))


def _armed(subjects: set[str]) -> bool:
    """Armed doers: troops and armed men, or a name called "armed" something elsewhere."""
    return bool(subjects & ARMED) or any(s.startswith("armed") for s in subjects)


def armed_entry(token: Any, armed_doer: bool = False) -> Sense | None:
    """Armed men moving into a settlement or a named place, whatever the verb of motion:
    "gunmen rode into the hamlet on motorbikes", "the column rumbled into Tessalit", "fighters
    marched on the provincial capital" -> ASSAULT 190 (a president, a crowd or a unit going in
    to hand out food is none). `armed_doer`: the doer is known armed by other means (an armed
    group of the actor dictionary: "the M23 entered Bukavu")."""
    lemma = token.lemma_.lower()
    if lemma not in _MOTION or token.pos_ != "VERB":
        return None
    if not armed_doer and not _armed(subject_lemmas(token) | agent_lemmas(token)):
        return None
    objs = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if lemma in _ENTERING:
        goal = any(_place_goal(o) for o in objs)
    else:
        if objs:
            return None  # "drove the truck into town", "pushed the migrants into Belarus"
        if any(c.dep_ == "prep" and c.lower_ in ("toward", "towards", "to")
               and any(g.dep_ == "pobj" and g.lemma_.lower() in _FRONTIERS for g in c.children)
               for c in token.children) and not _on_errand(token):
            # "Thai tanks rolled toward the border", "columns moved up to the frontier": forces
            # brought up to a line, not yet over it (a build-up)
            return _class_sense(lemma, "MOBILIZE", "154")
        # (a bay or a strait sailed into is water kept in, no place stormed: "patrol boats
        # sailed into Piran Bay")
        goal = any(c.dep_ == "prep" and c.lower_ in ("into", "onto", "on")
                   and any(g.dep_ == "pobj" and _place_goal(g) and g.lemma_.lower() not in _WATERS
                           for g in c.children)
                   for c in token.children)
        goal = goal or any(  # "advanced deep into the city"
            c.dep_ == "advmod" and any(p.dep_ == "prep" and p.lower_ == "into" and any(
                g.dep_ == "pobj" and _place_goal(g) for g in p.children) for p in c.children)
            for c in token.children)
    if not goal or _on_errand(token):
        return None
    if lemma in _FLOWING and _own_ground(token):
        # "columns of Egyptian troops poured into northern Sinai": a state's forces moving
        # into a region of its own are deployed, not attacking
        return _class_sense(lemma, "MOBILIZE", "154")
    return _class_sense(lemma, "ASSAULT", "190")


# Verbs of forces flowing in bulk, which tell no fight by themselves ("storm", "burst",
# "charge" and "sweep" do).
_FLOWING = {"pour", "stream", "roll", "rumble", "move", "head", "drive", "ride", "march",
            "surge", "race", "rush", "speed", "sail", "fly", "walk", "thunder", "roar"}
# Kinds of place a state's own forces are deployed in (a town may be one it retakes).
_REGION_KINDS = {"region", "province", "state", "governorate", "district", "county",
                 "territory", "admin1", "oblast", "department"}


def _own_ground(token: Any) -> bool:
    """Whether the doers are named as one state's ("Egyptian troops", "columns of Egyptian
    tanks") and the region they move into is that state's own, by the gazetteer (a region
    in dispute is no one's own)."""
    from warpath.places.gazetteer import gazetteer  # the gazetteer is loaded on first use

    gaz = gazetteer()
    doers: set[str] = set()
    for c in token.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        heads = [c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj")]
        for h in heads:
            for t in [h, *(g for g in h.children if g.dep_ == "conj")]:
                for m in t.children:
                    if m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP":
                        code = gaz.demonym(m.text)
                        if code:
                            doers.add(code)
    if len(doers) != 1:
        return False
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("into", "onto", "on"):
            for g in c.children:
                if g.dep_ != "pobj" or g.pos_ != "PROPN":
                    continue
                start = min([g.i, *(x.i for x in g.children
                                    if x.dep_ == "compound" and x.pos_ == "PROPN")])
                place = gaz.lookup(g.doc[start : g.i + 1].text)
                if (place is not None and place.country in doers
                        and place.kind in _REGION_KINDS):
                    return True
    return False


# Verbs of sending things off or of things going by themselves through the air or sea.
_SENDING = {"send", "release", "launch", "fly", "float", "drift", "sail", "dispatch", "loft"}
_LINES = {"border", "frontier", "line", "boundary", "zone", "dmz", "airspace", "water",
          "waters", "buffer"}
# Craft a state or an armed party sends: what goes over by itself is still theirs.
_CRAFT = {"drone", "uav", "helicopter", "warplane", "jet", "fighter", "bomber", "aircraft",
          "gunship", "balloon", "warship", "frigate", "destroyer", "cutter", "corvette",
          "gunboat", "submarine", "craft", "of force", "of army", "of military", "of navy",
          "of guard"}
_MUNITIONS = {"missile", "rocket", "shell", "mortar", "projectile", "bomb", "salvo", "barrage",
              "torpedo", "munition", "grenade", "strike", "airstrike", "attack", "raid",
              "offensive", "incursion", "operation", "round"}
# What is sent over: craft and the things they carry ("hundreds of balloons").
_SENT_THINGS = _CRAFT | {"kite", "leaflet", "pamphlet", "object", "device", "boat", "vessel",
                         "ship", "trawler", "speedboat", "glider", "quadcopter"}
# (a region named for its state counts: "the North sent balloons")
_SENDERS = ARMED | {"@gpe", "@norp", "@loc", "navy", "government", "regime", "guard",
                    "coastguard"}


def _over_line(token: Any) -> bool:
    lines = {f"{p} {n}" for p in ("over", "across", "into", "through", "inside") for n in _LINES}
    return bool(lines & object_lemmas(token))


def sent_over_line(token: Any) -> Sense | None:
    """A state or an armed party sending objects over a line two sides keep apart, or its craft
    going over it: "the North floated hundreds of balloons across the frontier", "a navy
    corvette sailed into the disputed waters", "an army drone flew over the buffer zone" ->
    COERCE 170 (fishermen launching boats, geese or smoke drifting over are none)."""
    lemma = token.lemma_.lower()
    if lemma not in _SENDING or token.pos_ != "VERB" or not _over_line(token):
        return None
    subjects = subject_lemmas(token) | agent_lemmas(token)
    if token.dep_ == "acl" and token.head.pos_ == "NOUN":
        subjects.add(token.head.lemma_.lower())  # "a balloon drifting over the line"
    objs = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if any(o.lemma_.lower() in _MUNITIONS for o in objs):
        return None  # "fired rockets over the border" is a strike
    has_obj = bool(objs)
    things = {w.lemma_.lower() for o in objs for w in [o, *(g for p in o.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]}
    if has_obj and not things & _SENT_THINGS:
        return None  # "sent a delegation across the border" is no intrusion
    named = any(c.dep_ == "nsubj" and c.text[:1].isupper() and c.i > c.sent.start
                and c.ent_type_ not in ("PERSON", "ORG") for c in token.children)
    if has_obj and (subjects & _SENDERS or named):  # a named side: "the North sent ..."
        pass  # "Pyongyang sent balloons over the border"
    elif not has_obj and subjects & _CRAFT:
        pass  # "a spy balloon floated over the frontier"
    elif token.dep_ == "acl" or any(c.dep_ == "auxpass" for c in token.children):
        if not subjects & _CRAFT:  # "balloons were launched over the border"
            return None
    else:
        return None
    if subjects & {"airliner", "jetliner", "flight", "airline", "passenger", "bird", "goose",
                   "tourist", "fisherman", "smoke", "cloud", "ash", "flock"}:
        return None
    return _class_sense(lemma, "COERCE", "170")


# People a frontier force sends back: migrants, refugees, families.
_PEOPLE = {"migrant", "refugee", "seeker", "family", "people", "civilian", "resident", "villager",
           "person", "man", "woman", "child", "them", "they", "returnee", "deportee", "worker",
           "national", "crossers"}
_FORCING = {"push", "drive", "force", "send", "chase", "march", "herd", "turn", "escort",
            # people a frontier force carries up to a line: "guards bused migrants to the fence"
            "bring", "take", "bus", "truck", "transport", "ferry", "lead", "walk", "wave",
            "usher", "guide", "let"}
# People a frontier force lets walk up to its own side's line, as a weapon against the other
# side: "walked groups of migrants to the frontier post and left them there".
_LET_ON = {"walk", "go", "cross", "run", "move", "head", "approach", "climb", "advance"}
_MIGRANT_WORDS = {"migrant", "refugee", "seeker", "asylum"}
# An opening in a line people are put back through: "through a gate in the fence".
_OPENINGS = {"gate", "gap", "hole", "breach", "opening", "door", "passage"}
_GUARDS = {"officer", "guard", "soldier", "police", "policeman", "troop", "force", "army",
           "authority", "patrol", "gendarme", "@gpe", "of guard", "of police", "government",
           "coastguard", "military", "personnel", "serviceman", "servicemen", "gendarmerie",
           "sentry", "ranger"}
_TO_LINE = {"fence", "barrier", "border", "frontier", "line", "boundary"}


def forced_across(token: Any) -> Sense | None:
    """A frontier force putting people back over a line or into the country they came from:
    "police herded the families back across the frontier", "guards forced the migrants back
    into Serbia", "drove the asylum seekers to the fence" -> COERCE 174 (a farmer driving cattle,
    or soldiers driving a truck, to the border is none)."""
    if token.lemma_.lower() not in _FORCING or token.pos_ != "VERB":
        return None
    mover = token
    if token.lemma_.lower() == "let":
        # "let them walk on to the frontier post": the people are the subject of the motion verb
        mover = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp")
                      and c.lemma_.lower() in _LET_ON), None)
        if mover is None or not context_lemmas(token) & _MIGRANT_WORDS:
            return None
        objs = [antecedent(c) for c in [*mover.children, *token.children]
                if c.dep_ in ("nsubj", "dobj") and c.i < mover.i]
    else:
        objs = [antecedent(c) for c in token.children
                if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs = [_partitive_whole(o) for o in objs]  # "forty of them were sent back"
    # "pushed dozens of migrants across the frontier": the people a count is of
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    if not any(o.lemma_.lower() in _PEOPLE for o in objs):
        return None
    # "observed uniformed personnel escorting migrants": the gerund's subject, which the
    # parser may hang on it as a bare noun before it
    doers = subject_lemmas(token) | agent_lemmas(token) | {
        c.lemma_.lower() for c in token.children
        if c.dep_ == "npadvmod" and c.i < token.i and token.tag_ == "VBG"}
    back = any(c.lower_ == "back" for c in token.children if c.dep_ in ("prt", "advmod"))
    # (put back with no doer named: "most of them were sent back across the border")
    agentless = any(c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children)
    if not doers & _GUARDS and not (agentless and back):
        return None
    phrases = object_lemmas(mover)
    line = any(f"{p} {n}" in phrases for p in ("to", "towards", "toward", "across", "over",
                                               "into", "behind") for n in _TO_LINE)
    # ("up to the fence": "to" may hang on "up")
    preps = [c for c in mover.children if c.dep_ == "prep"] + [
        p for c in mover.children if c.dep_ in ("advmod", "dobj", "obj")
        or c.dep_ in ("prep", "prt") and c.lower_ == "up"
        for p in c.children if p.dep_ == "prep"]
    line = line or any(p.lower_ in ("to", "towards", "toward", "across", "over", "into")
                       and any(g.lemma_.lower() in _TO_LINE for g in p.children) for p in preps)
    # "sent back through the border gate" (not "through the school gate")
    line = line or back and any(
        p.lower_ == "through" and any(
            g.lemma_.lower() in _TO_LINE or g.lemma_.lower() in _OPENINGS and any(
                x.lemma_.lower() in _TO_LINE for q in g.children if q.dep_ == "prep"
                for x in q.children if x.dep_ == "pobj")
            for g in p.children if g.dep_ == "pobj") for p in preps)
    into = any(p.lower_ in ("into", "across", "to") and any(
        g.dep_ == "pobj" and _named_place(g) for g in p.children) for p in preps)
    if not (line or back and into):
        return None
    return _class_sense(token.lemma_.lower(), "COERCE", "174")


# Vehicles people are put aboard, and the words of a frontier or of people put out that make
# a forced transfer of it (tourists put on a coach, pupils on a school bus are none).
_CARRIERS = {"bus", "coach", "minibus", "truck", "lorry", "van", "plane", "flight", "train",
             "boat", "ferry"}
_LOADING = {"put", "load", "herd", "cram", "pack", "force", "bundle"}
_SENT_AWAY_WORDS = _MIGRANT_WORDS | {"deport", "deportation", "deportee", "expel", "expulsion",
                                     "pushback", "fence", "border", "frontier", "return"}
_NOT_SENT_AWAY = {"tourist", "pupil", "student", "child", "schoolchild", "fan", "passenger",
                  "commuter", "pilgrim", "visitor", "guest", "delegate", "team", "player"}


def put_aboard(token: Any) -> Sense | None:
    """People put on buses or planes where a frontier or people sent back are told of: "the
    people sent back could be put on buses to the south", "police loaded the migrants onto
    lorries" -> COERCE 174, a forced transfer (a tour put on, readiness, a coat, or tourists
    put on a coach to the airport are none)."""
    if token.lemma_.lower() not in _LOADING or token.pos_ != "VERB":
        return None
    aboard = [g for c in token.children if c.dep_ == "prep"
              and c.lower_ in ("on", "onto", "into", "aboard")
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _CARRIERS]
    if not aboard:
        return None
    people = [_partitive_whole(antecedent(c)) for c in token.children
              if c.dep_ in ("dobj", "obj", "nsubjpass")]
    words = {w for p in people for w in _noun_lemmas(p)}
    if not words & (_PEOPLE | _MIGRANT_WORDS | {"deportee", "returnee"}) or words & _NOT_SENT_AWAY:
        return None
    if not context_lemmas(token) & _SENT_AWAY_WORDS:
        return None
    return _class_sense(token.lemma_.lower(), "COERCE", "174")


# Who and what a state or an armed party moves about: its people, its units and its machines
# of war (shared by the deployment rule; "of" phrases count: "two companies of paratroopers").
FORCES = {"troop", "soldier", "force", "reinforcement", "battalion", "brigade", "regiment",
          "contingent", "platoon", "squadron", "detachment", "marine", "paratrooper",
          "commando", "ranger", "infantry", "infantryman", "reservist", "conscript",
          "serviceman", "servicemen", "gendarme", "gendarmerie", "guardsman", "peacekeeper",
          "militiaman", "warship", "frigate", "destroyer", "corvette", "cutter", "gunboat",
          "submarine", "minesweeper", "cruiser", "warplane", "bomber", "interceptor", "gunship",
          "tank", "armour", "armor", "artillery", "howitzer", "missile", "fighter",
          "airdefence", "airdefense", "sapper", "legionnaire", "garrison",
          # (auxiliary forces: "several hundred more auxiliaries were moved to the hills")
          "auxiliary"}
# Goods for people in need: relief given out with no giver named is aid all the same.
RELIEF_GOODS = {"aid", "food", "ration", "relief", "medicine", "flour", "grain", "wheat", "rice",
                "blanket", "tent", "kit", "parcel", "supply", "assistance", "water"}
# What a navy, a coast guard, an army or a police force has but a firm or an airline has too:
# forces only with a military word on them, a state or armed sender, or such words around.
# (A division, a unit, personnel or police move for civil work too: "moved its energy
# division to Munich", "transferred police officers to desk jobs".)
CIVIL_CRAFT = {"vessel", "ship", "boat", "aircraft", "plane", "jet", "helicopter", "drone",
               "battery", "officer", "guard", "asset", "vehicle", "system", "carrier",
               "patrol", "division", "unit", "personnel", "police", "policeman", "policemen",
               "launcher", "company", "column", "squad", "fleet", "flotilla", "gun"}
_MILITARY_WORDS = {"military", "army", "navy", "naval", "coast", "coastguard", "guard", "police",
                   "armed", "armoured", "armored", "security", "riot", "patrol", "combat",
                   "war", "attack", "artillery", "missile", "airdefence", "airdefense",
                   "defence", "defense", "troop", "soldier", "warship", "militia", "force",
                   "deploy", "deployment", "border", "frontier", "rifle", "rifles", "paramilitary",
                   "reserve", "infantry", "airborne", "mechanised", "mechanized"}
# Words that make staff or a unit civil whoever moves them.
_CIVIL_MODIFIERS = {"health", "medical", "traffic", "energy", "sales", "research", "marketing",
                    "finance", "education", "teaching", "nursing", "chip", "software", "design",
                    "legal", "press", "customer", "cleaning", "rescue", "fire", "relief"}
# Verbs of moving or placing forces somewhere ("fly", "bring" and "throw" with "in").
_DEPLOYING = {"send", "dispatch", "despatch", "deploy", "redeploy", "move", "rush", "mass",
              "amass", "station", "position", "reposition", "preposition", "post", "reinforce",
              "bolster", "beef", "transfer", "shift", "pour", "airlift", "sealift", "ferry",
              "concentrate", "muster", "mobilise", "mobilize", "relocate", "surge", "fly",
              "bring", "throw", "garrison", "insert", "commit"}
# Verbs of forces gathering by themselves: "troops massed along the river".
_GATHERING = {"mass", "amass", "concentrate", "muster", "gather", "assemble", "regroup",
              "redeploy", "deploy"}
# ("extra police units were flown to Maiduguri": flown to a place is sent there)
_NEEDS_PARTICLE = {"fly": {"in", "into", "to"}, "bring": {"in", "up"}, "throw": {"in"},
                   "beef": {"up"}}
# Forces sent to save or look for people, sent home or taken to hospital, are no build-up.
_NOT_DEPLOYED = {"to rescue", "to search", "to evacuate", "to find", "to look", "for parade",
                 "for ceremony", "for funeral", "for celebration", "for prayer", "for match",
                 "for concert", "for festival", "for commemoration", "for visit",
                 "to manage", "to direct", "to control", "to tackle", "to police",
                 "for election", "for vote", "for polling", "at station",
                 # the wounded taken for care are patients, not a deployment
                 "to hospital", "into hospital", "to clinic", "for treatment"}
# What forces hunt for when a search is a sweep, not a rescue: "sent units to search for
# weapons depots", "troops went in to look for the gunmen", "to find the rocket launchers"
_ARMED_QUARRY = {"weapon", "arm", "depot", "cache", "stockpile", "ammunition", "munition",
                 "explosive", "launcher", "rocket", "tunnel", "militant", "rebel", "fighter",
                 "gunman", "insurgent", "jihadist", "guerrilla", "bandit", "infiltrator",
                 "attacker", "hideout", "hideouts", "mortar", "bomb"}
_SEARCH_PURPOSES = {"to search", "to find", "to look"}


def _hunting_arms(token: Any, purposes: set[str]) -> bool:
    """A move whose only civil-looking purpose is a search for arms or armed men: "will not
    send units north of the river to search for weapons depots" is a deployment; "sent boats
    to search for the missing fishermen" is not."""
    if not (_NOT_DEPLOYED & purposes) <= _SEARCH_PURPOSES:
        return False
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]
    aims = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl")
            and f"to {c.lemma_.lower()}" in _SEARCH_PURPOSES]
    sought = [t for a in aims for t in a.subtree if t.dep_ in ("pobj", "dobj", "compound")]
    return any(t.lemma_.lower() in _ARMED_QUARRY for t in sought)


_CIVIL_SENDERS = {"company", "firm", "airline", "carrier", "club", "team", "hospital", "bank",
                  "school", "university", "studio", "band", "agency", "operator", "employer"}


def _them_antecedent(token: Any) -> Any:
    """ "Troops massed near the border. Caracas stopped short of sending them across": "them"
    as what is moved stands for the nearest plural noun before it, in its sentence or the one
    before, when that noun names forces (any other noun, or none, leaves the pronoun)."""
    if token.lower_ != "them" or token.tag_ != "PRP":
        return token
    sent = token.sent
    start = sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    for t in reversed(token.doc[start:token.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS") and t.dep_ not in (
                "compound", "amod", "nmod"):
            return t if noun_lemma(t) in FORCES else token
    return token


# Exercises moved to a place: "moved the drills closer to the border" is forces moved there
_EXERCISES = {"drill", "exercise", "manoeuvre", "maneuver", "wargame", "war-game", "manoeuvres"}
_MOVING_EXERCISES = {"move", "shift", "relocate", "transfer"}
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "spring", "summer", "autumn",
                "winter"}


def _exercises_moved_to_place(token: Any, heads: set[str]) -> bool:
    """ "Minsk decided against moving the drills closer to the Suwalki Gap": exercises moved
    toward a named place or a frontier (moved "to March" is a date changed, nothing moved)."""
    if token.lemma_.lower() not in _MOVING_EXERCISES or not heads & _EXERCISES:
        return False
    holders = [token, *(c for c in token.children if c.dep_ == "advmod")]  # "closer to"
    places = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in (
        "to", "toward", "towards", "near", "into") for g in p.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in _FRONTIERS or g.ent_type_ in ("GPE", "LOC", "FAC")
               or g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME", "EVENT", "ORG")
               and g.lower_ not in _MONTH_NAMES for g in places)


def _force_words(token: Any) -> tuple[set[str], set[str]]:
    """What the verb moves (its object, passive subject or the noun a participle hangs on, and
    the noun of an "of" phrase on it), and the words modifying those."""
    nouns = [_them_antecedent(antecedent(c)) for c in token.children
             if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if token.lemma_.lower() in _NEEDS_PARTICLE:  # "flew in special forces" read as a phrase
        nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "up")
                  and c.i == token.i + 1 for g in c.children if g.dep_ == "pobj"]
    if token.dep_ in ("acl", "relcl") and token.tag_ == "VBN" and token.head.pos_ == "NOUN":
        nouns.append(token.head)  # "reinforcements sent from the capital"
    heads: set[str] = set()
    mods: set[str] = set()
    for n in nouns:
        for t in [n, *(c for c in n.children if c.dep_ == "conj")]:
            # "thousands of police officers", "two companies of paratroopers"
            of = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            for w in [t, *of]:
                heads.add(noun_lemma(w))
                if w.i >= 2 and w.doc[w.i - 1].text == "-":  # "mine-sweepers"
                    heads.add(normalise(w.doc[w.i - 2].text + w.lemma_))
                if craft_kind(w):
                    heads.add("warplane")
                mods.update(normalise(m.lemma_) for m in w.children
                            if m.dep_ in ("compound", "amod", "nmod"))
    return heads, mods


# A head of state or a commander, with no "of" phrase (a chamber's or a club's president
# is none): the units such a one sends are forces ("the president sent two companies").
_COMMANDERS = {"president", "junta", "commander", "general", "presidency"}


def _members_named(token: Any) -> bool:
    """The units moved are told by whom they are made of ("two companies of firefighters",
    "a unit of engineers"): if the members named are no forces, a commander sending them
    sends no forces; only the bare unit ("sent two companies") is read by its sender."""
    return any(p.dep_ == "prep" and p.lower_ == "of"
               for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")
               for p in c.children)


def forces_moved(token: Any) -> Sense | None:
    """A state or an armed party moving or placing its forces, whatever the verb of the class:
    "Hanoi rushed four more cutters to the reef", "fresh battalions were brought in from the
    north", "gendarmes have been posted along the canal" -> MOBILIZE 154 (a firm moving its
    staff, a letter sent or an app deployed are none)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return None
    purposes = _object_phrases(token) | {  # "in the square for the parade": nested too
        f"{p.lower_} {g.lemma_.lower()}" for p in token.subtree if p.dep_ == "prep"
        for g in p.children if g.dep_ == "pobj"}
    if _NOT_DEPLOYED & purposes and not _hunting_arms(token, purposes):
        return None  # "boats sent to rescue the crew", "soldiers gathered for the parade"
    if lemma in _GATHERING and not any(c.dep_ in ("dobj", "obj", "nsubjpass")
                                       for c in token.children):
        # "troops massed along the river", "two brigades regrouped near the pass"
        subjects = {t.lemma_.lower() for c in token.children if c.dep_ == "nsubj"
                    for t in [antecedent(c), *antecedent(c).children]
                    if t.dep_ in ("nsubj", "conj", "prep", "pobj") or t is antecedent(c)}
        subjects |= {g.lemma_.lower() for c in token.children if c.dep_ == "nsubj"
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"}
        doers = [antecedent(c) for c in token.children if c.dep_ == "nsubj"]
        doers += [g for d in doers for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]  # "dozens of armoured vehicles"
        if token.dep_ == "acl" and token.head.pos_ == "NOUN":
            doers.append(token.head)  # "31 militia boats massed east of the shoal"
            subjects.add(token.head.lemma_.lower())
        # "armoured vehicles gathering near the town": craft a military word marks as forces
        mods = {normalise(m.lemma_) for d in doers for m in d.children
                if m.dep_ in ("compound", "amod", "nmod")}
        forces = subjects & FORCES or subjects & CIVIL_CRAFT and mods & _MILITARY_WORDS
        return _class_sense(lemma, "MOBILIZE", "154") if forces else None
    if lemma not in _DEPLOYING:
        return None
    needed = _NEEDS_PARTICLE.get(lemma)
    if needed and not any(c.lower_ in needed and (c.dep_ == "prt" or c.i == token.i + 1)
                          for c in token.children):
        return None  # "flew in marines", not "flew drones in support of the patrol"
    heads, mods = _force_words(token)
    passive = any(c.dep_ == "auxpass" for c in token.children)
    # (in the passive the subject is what was moved: "companies were rushed in" is sent by no
    # firm, and "the column was moved" by no armed column)
    senders = agent_lemmas(token) if passive else subject_lemmas(token) | agent_lemmas(token)
    found = bool(heads & FORCES) or _exercises_moved_to_place(token, heads)
    if mods & _CIVIL_MODIFIERS:
        return None  # "health personnel", "its energy division", "traffic police"
    if not found and heads & CIVIL_CRAFT:
        # "two naval vessels", "the navy sent boats", or a text about the coast guard
        found = bool(mods & _MILITARY_WORDS) or _armed(senders) or bool(
            senders & {"navy", "coastguard", "guard", "government", "ministry", "@gpe", "@norp"}
        ) or bool(senders & _COMMANDERS and not any(s.startswith("of ") for s in senders)
                  and not _members_named(token)) or (
            bool(context_lemmas(token) & (_MILITARY_WORDS - {"border", "frontier", "force"})))
    if not found:
        return None
    if senders & _CIVIL_SENDERS:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ("home", "back", "away") for c in token.children):
        return None  # "sent the conscripts home"
    return _class_sense(lemma, "MOBILIZE", "154")


# Verbs of getting somewhere: forces that arrive have been moved there by someone.
_ARRIVING = {"arrive", "reach"}
_ARRIVING_WITH = {"get": {"to", "into"}, "go": {"to", "into"}, "pull": {"into"},
                  "roll": {"into", "in"}, "come": {"into"}, "turn": {"up"}, "show": {"up"}}


def _subject_words(token: Any, deps: tuple[str, ...] = ("nsubj",)) -> tuple[set[str], set[str]]:
    """The head nouns of the verb's subjects (and of their "of" phrases: "two companies of
    troops") and the words that describe them, lemmatised."""
    heads: set[str] = set()
    mods: set[str] = set()
    for c in token.children:
        if c.dep_ not in deps:
            continue
        subj = antecedent(c)
        for t in [subj, *(x for x in subj.children if x.dep_ == "conj")]:
            of = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            for w in [t, *of]:
                heads.add(noun_lemma(w))
                mods.update(normalise(m.lemma_) for m in w.children
                            if m.dep_ in ("compound", "amod", "nmod"))
    return heads, mods


def forces_arrived(token: Any) -> Sense | None:
    """Forces getting to a place, whatever the verb of arriving: "a police mobile squad
    reached the area", "two companies of troops arrived in the town", "reinforcements got to
    the front" -> MOBILIZE 154 (aid, a delegation, a team or a storm arriving are none; forces
    come to rescue or to a parade are no build-up)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in token.children):
        return None
    needed = _ARRIVING_WITH.get(lemma)
    if lemma not in _ARRIVING and not (needed and particles_of(token) & needed):
        return None
    if lemma == "go" and not any(_place_goal(g) for p in token.children if p.dep_ == "prep"
                                 and p.lower_ in (needed or ()) for g in p.children
                                 if g.dep_ == "pobj"):
        return None  # "went to the village", not "went to the polls" or "to school"
    purposes = _object_phrases(token) | {
        f"{p.lower_} {g.lemma_.lower()}" for p in token.subtree if p.dep_ == "prep"
        for g in p.children if g.dep_ == "pobj"}
    if _NOT_DEPLOYED & purposes and not _hunting_arms(token, purposes):
        return None
    heads, mods = _subject_words(token)
    if mods & _CIVIL_MODIFIERS:
        return None  # "the rescue unit reached the village", "medical personnel arrived"
    if mods & {"peacekeeping"} or heads & {"peacekeeper", "deployment"}:
        return None  # peacekeepers sent are help given (the noun's own sense says so)
    found = bool(heads & FORCES) or bool(heads & CIVIL_CRAFT and mods & _MILITARY_WORDS)
    return _class_sense(lemma, "MOBILIZE", "154") if found else None


# Words of forces awaited at a place: "two companies are due back in the valley", "a company of
# marines was expected on the island".
_AWAITED = {"due", "expect"}
_AWAITED_PREPS = {"in", "at", "on", "to", "into", "near", "along", "off"}


def forces_due(token: Any) -> Sense | None:
    """Forces awaited somewhere -> MOBILIZE 154 (planned by its word): "two more companies are
    due in the district next week", "reinforcements were expected at the post on Friday" (forces
    due to leave, a report expected in spring, or a minister due in Paris are none)."""
    lemma = token.lemma_.lower()
    if lemma not in _AWAITED:
        return None
    if lemma == "due" and not (token.pos_ == "ADJ" and token.dep_ == "acomp"):
        return None
    if lemma == "expect" and not any(c.dep_ == "auxpass" for c in token.children):
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in token.children):
        return None  # "due to leave", "expected to withdraw": the act is the other verb's
    if not any(c.dep_ == "prep" and c.lower_ in _AWAITED_PREPS for c in token.children):
        return None
    holder = token.head if lemma == "due" else token
    heads, mods = _subject_words(holder, ("nsubj", "nsubjpass"))
    if mods & _CIVIL_MODIFIERS or mods & {"peacekeeping"} or heads & {"peacekeeper"}:
        return None
    found = bool(heads & FORCES) or bool(heads & CIVIL_CRAFT and mods & _MILITARY_WORDS)
    return _class_sense(lemma, "MOBILIZE", "154") if found else None


# --- session 13: state craft and forces setting out, and leaving waters ----------------------

# Verbs of a craft or a unit leaving a place, with the words that must come with some ("set
# out", "put to sea", "cast off").
_SETTING_OUT = {"leave", "depart", "sail", "steam", "head", "set", "put", "cast", "turn",
                "return", "pull", "speed", "race", "rush", "hurry"}
_SET_OUT_WITH = {"set": {"out", "off", "sail"}, "cast": {"off"}, "put": {"to", "out"},
                 "pull": {"away", "off"}}
# Water and ground a craft keeps in as a presence (leaving it ends the presence): "left the
# bay", "sailed away from the shoal".
_WATERS = {"bay", "water", "waters", "area", "zone", "shoal", "reef", "strait", "gulf", "lagoon",
           "channel", "estuary", "vicinity", "scene", "sea", "cove", "inlet", "atoll", "islet",
           "lake", "river"}
# Where craft and units set out from or go home to: a port, a base, a named town.
_HOME_PORTS = {"port", "harbour", "harbor", "base", "airbase", "dock", "pier", "quay", "berth",
               "anchorage", "homeport", "barracks", "garrison"}
# Craft that are no force whatever their crew ("a fishing boat", "a cruise ship").
_CIVIL_CRAFT_WORDS = _CIVIL_MODIFIERS | {"fishing", "passenger", "cargo", "cruise", "merchant",
                                         "container", "survey", "pleasure", "sailing", "tourist",
                                         "aid", "hospital", "supply", "commercial", "ferry",
                                         "civilian", "private", "pilot", "tug", "salvage"}
_STATE_CRAFT = {"minehunter", "minelayer", "patrolboat", "flotilla", "squadron"}


def _force_craft(token: Any) -> bool:
    """The verb's subject is a state's force or war craft: "a police boat", "two frigates",
    "the patrol ship Triglav" (a fishing boat, a ferry or a cruise ship is none)."""
    doer = token
    while doer.dep_ == "conj" and doer.head.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head  # "weighed anchor and left Pula": the first verb's subject
    heads, mods = _subject_words(doer)
    subjects = subject_lemmas(token)
    # (the words before the subject's head however deep: "the survey ship Oruc Reis")
    before = {t.lemma_.lower() for c in doer.children if c.dep_ == "nsubj"
              for t in c.subtree if t.i < c.i}
    if (mods | before | subjects) & _CIVIL_CRAFT_WORDS:
        return False
    if heads & (FORCES | _WAR_CRAFT | _STATE_CRAFT) or subjects & (_WAR_CRAFT | _STATE_CRAFT):
        return True
    if "patrol" in heads:
        return True  # "the patrol headed back to base"
    # (a craft named with its kind before the name: "the patrol ship Triglav")
    kinds = heads | mods & _VESSELS
    if not kinds & _VESSELS:
        # "army units", "riot police" (police alone rushing to a scene is no deployment)
        return bool(kinds & CIVIL_CRAFT and mods & _STATE_CRAFT_WORDS)
    # a craft of a service, or in a text about the navy or the police ("the vessel sailed away
    # from the shoal")
    return bool(mods & _STATE_CRAFT_WORDS
                or subjects & {"navy", "coastguard", "police", "patrol", "naval"}
                or context_lemmas(token) & _STATE_SEA_WORDS)


# Craft of the sea and the air, whoever's they are.
_VESSELS = {"vessel", "ship", "boat", "craft", "aircraft", "plane", "helicopter", "jet"}
# A voyage of routine a craft comes home from: no presence given up.
_ROUTINE_VOYAGES = {"exercise", "drill", "refit", "maintenance", "repair", "tour", "visit",
                    "deployment", "rotation", "training", "review", "regatta", "call"}
# Words of a state's force at sea around a text's craft.
_STATE_SEA_WORDS = {"navy", "naval", "coastguard", "police", "patrol", "warship", "military",
                    "gunboat", "frigate", "cutter", "corvette"}


def forces_set_out(token: Any) -> Sense | None:
    """A state's craft or unit setting out, or leaving the water it kept in: "a police boat
    left Koper at 06:10", "two frigates put to sea from Sevastopol", "the patrol boat headed
    for the disputed waters" -> MOBILIZE 154; "the patrol boat left the bay", "the cutter
    sailed away from the shoal", "the vessel headed back to Umag" -> RETREAT 087 (a ferry, a
    fishing boat or police leaving a meeting are none)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _SETTING_OUT:
        return None
    if token.dep_ in ("acl", "relcl") or any(c.dep_ == "auxpass" for c in token.children):
        return None  # "a patrol heading for the village was stopped": told of, not told
    words = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "prep", "dobj")
             and c.i > token.i}
    needed = _SET_OUT_WITH.get(lemma)
    if needed and not words & needed:
        return None
    preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in token.children
             if c.dep_ == "prep"}
    if lemma == "put" and not any(g.lemma_.lower() == "sea" for g in preps.get("to", [])) and (
            not any(g.lemma_.lower() == "sea" for c in token.children if c.lower_ == "out"
                    for p in c.children if p.lower_ == "to" for g in p.children)):
        return None  # "put to sea", "put out to sea" only
    purposes = _object_phrases(token) | {
        f"{p.lower_} {g.lemma_.lower()}" for p in token.subtree if p.dep_ == "prep"
        for g in p.children if g.dep_ == "pobj"}
    if _NOT_DEPLOYED & purposes and not _hunting_arms(token, purposes):
        return None  # "the cutter left port to rescue the crew"
    if not _force_craft(token):
        return None
    objs = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    # (the places the move went from, out of, away from, back to; "out of" is parsed as two
    # prepositions)
    away_from = [g for c in token.children if c.lower_ in ("away", "off", "back")
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj"]
    out_of = [g for c in token.children if c.lower_ == "out"
              for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    back = lemma not in _SET_OUT_WITH and (words & {"back", "away", "home", "off"}
                                            or lemma == "turn" and "around" in words)
    goals = [g for p in ("to", "toward", "towards", "for", "into") for g in preps.get(p, [])]

    def water(g: Any) -> bool:
        return g.lemma_.lower() in _WATERS or g.lower_ in _WATERS

    def home(g: Any) -> bool:
        return g.lemma_.lower() in _HOME_PORTS or _named_place(g) and not water(g) or (
            g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME", "NORP", "ORG"))

    retreat = _class_sense(lemma, "RETREAT", "087")
    mobilize = _class_sense(lemma, "MOBILIZE", "154")
    doer = token
    while doer.dep_ == "conj" and doer.head.pos_ == "VERB" and not any(
            c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head
    heads, mods = _subject_words(doer)
    # (ships and boats, not men: "fighter" is a jet only among craft words)
    craft = bool((heads | mods & _VESSELS | subject_lemmas(token) & _WAR_CRAFT)
                 & (_VESSELS | _WAR_CRAFT | _STATE_CRAFT | {"patrol"}) - {"fighter"})
    if lemma in ("leave", "depart"):
        if any(water(o) for o in objs):
            return retreat  # "left the bay"
        if any(home(o) for o in objs) or any(home(g) for g in preps.get("from", [])) or (
                lemma == "depart" and not objs):
            # "left Koper", "departed from Pula" (men leaving a town they held pull out)
            return mobilize if craft else retreat
        return None
    if lemma == "turn":
        return retreat if "back" in words and not objs else None
    if lemma == "return":
        # (craft going home; armed men coming back to a town come back to fight)
        if objs or not craft:
            return None
        if not any(home(g) for g in goals) or {
                t.lemma_.lower() for t in token.sent} & _ROUTINE_VOYAGES:
            return None
        return retreat  # "the patrol boat returned to port" (not from drills or a refit)
    if back or away_from or any(water(g) for g in out_of):
        # "sailed away from the trawler", "headed back to Umag", "steamed out of the bay"
        if back and goals and all(water(g) for g in goals) and "back" in words:
            return mobilize  # "sailed back into the bay"
        return retreat
    if lemma in ("set", "cast", "put") or out_of or any(home(g) for g in preps.get("from", [])):
        return mobilize  # "set out from Piran", "put to sea", "steamed out of Izola"
    if lemma in ("head", "sail", "steam", "speed", "race", "rush", "hurry") and goals:
        return mobilize  # "headed for the disputed waters"
    return None


# Craft that strike from the air: their not coming back to a place denies further raids.
_STRIKING_CRAFT = {"jet", "warplane", "aircraft", "plane", "drone", "uav", "helicopter",
                   "gunship", "bomber", "fighter", "airplane", "aeroplane"}
# Where craft go home to, not to strike: "the jets have not returned to base"
_CRAFT_HOMES = {"base", "airbase", "airfield", "airport", "carrier", "home", "hangar", "ship",
                "runway", "service", "sky", "skies", "air"}


def warcraft_not_back(token: Any) -> Sense | None:
    """War craft that have not come back to a place: "the jets have not returned to the town
    since the market was bombed", "drones never came back over the camp" -> a denied ASSAULT
    195 (craft that have not come back to base, and civil planes, are none; a return told
    without a denial is left to the strike verbs that tell what the craft did)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ("return", "come", "fly"):
        return None
    if not any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never"
               for c in token.children):
        return None
    backs = [c for c in token.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt")]
    if lemma != "return" and not backs:
        return None
    if any(c.dep_ in ("dobj", "obj", "auxpass") for c in token.children):
        return None  # "did not return the aircraft": a handing back
    subj = next((antecedent(c) for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or noun_lemma(subj) not in _STRIKING_CRAFT and craft_kind(subj) is None:
        return None
    if any(normalise(m.lemma_) in _CIVIL_MODIFIERS | {"civilian", "passenger", "commercial",
                                                       "cargo", "airline", "aid", "relief"}
           for m in subj.children if m.dep_ in ("compound", "amod", "nmod", "poss")):
        return None
    places = [g for h in [token, *backs] for p in h.children if p.dep_ == "prep"
              and p.lower_ in ("to", "over", "above", "into") for g in p.children
              if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in _CRAFT_HOMES for g in places):
        return None
    if not places and not any(c.dep_ in ("prep", "mark", "advmod") and c.lower_ == "since"
                              or c.dep_ == "advcl" and any(m.lower_ == "since" for m in
                                                           c.children)
                              for c in token.children):
        return None  # "the missing plane never came back": lost, no raids denied anywhere
    return _class_sense(lemma, "ASSAULT", "195")


# --- session 11: closures to movement, forces posted, forces seen -------------------------

# Verbs of shutting a place: "closed the lake to boat traffic".
_CLOSING = {"close", "shut", "seal"}
# What moves on roads, water and in the air, or who: a place shut "to" them is shut to movement
# (not to customers, visitors or the public: a shop or a museum closes to those).
_MOVERS = {"traffic", "shipping", "navigation", "fishing", "boat", "vessel", "ship", "vehicle",
           "truck", "lorry", "car", "motorist", "civilian", "flight", "aircraft", "plane",
           "trawler", "fishermen", "fisherman", "ferry", "convoy", "freight", "cargo",
           "transport", "pedestrian", "trader", "herder"}
# Causes and purposes of a closure of civil life: works, the weather, an accident, a feast.
_CIVIL_CLOSURE = {"repair", "repairs", "maintenance", "work", "works", "roadwork", "construction",
                  "resurfacing", "renovation", "flood", "flooding", "storm", "snow", "fog", "ice",
                  "landslide", "cyclone", "hurricane", "typhoon", "accident", "crash", "collision",
                  "spill", "marathon", "race", "parade", "festival", "concert", "match",
                  "ceremony", "procession", "celebration", "inspection", "weather", "heatwave",
                  "wildfire", "fire", "outbreak", "pandemic", "covid", "holiday", "season",
                  "spawning", "conservation", "dredging", "cleaning", "filming", "christmas",
                  "easter", "carnival", "fair", "fete", "show", "visit", "summit", "funeral"}


def closed_to_movement(token: Any) -> Sense | None:
    """An authority or a party shutting any place to movement, whatever the place is called:
    "closed the river landing to all boat traffic", "shut its part of the lake to fishing",
    "sealed the N12 to civilian vehicles" -> COERCE 172 (a road shut for repairs, after a
    storm or for a parade, and a shop or museum closed to visitors, are none)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CLOSING:
        return None
    sent = token.sent
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if words & _CIVIL_CLOSURE:
        return None
    if (subject_lemmas(token) | agent_lemmas(token)) & (_HAZARD_WORDS | _PRIVATE_WORDS):
        return None
    # the "to" phrase read off the words (the tagger takes "to civilian traffic" for a verb):
    # "to" after the verb, then up to three words, then a word of movement, in this clause
    for t in token.subtree:
        if t.i <= token.i or t.lower_ != "to":
            continue
        for k in range(t.i + 1, min(t.i + 5, sent.end)):
            w = token.doc[k]
            if w.is_punct or w.pos_ == "VERB" and w.lower_ not in _MOVERS:
                break
            if w.lemma_.lower() in _MOVERS or w.lower_ in _MOVERS:
                return _class_sense(token.lemma_.lower(), "COERCE", "172")
    return None


_HAZARD_WORDS = {"flood", "flooding", "floodwater", "water", "rain", "snow", "storm", "ice",
                 "landslide", "fog", "fire", "wildfire", "weather", "accident", "crash"}
_PRIVATE_WORDS = {"company", "firm", "shop", "store", "museum", "owner", "club", "school",
                  "university", "hotel", "restaurant", "park", "zoo", "airline", "operator"}


# Verbs of a unit taking up a post in turn or again: "a fresh battalion will rotate into
# Palma", "a company would return to the Baga sector".
_POSTING = {"rotate", "return", "relocate", "rebase"}
# Where forces go back to rest, not to a post: "returned to barracks", "rotated home".
_NOT_A_POST = {"to base", "to barracks", "to barrack", "to garrison", "to camp", "home", "to port",
               "to harbour", "to harbor",
               "to home", "to headquarters", "to country", "out", "to family", "to hospital",
               "to school", "to normal", "to work", "to duty"}


_IRREGULARS = {"fighter", "militiaman", "gunman", "militant", "rebel", "insurgent", "jihadist"}


def forces_posted(token: Any) -> Sense | None:
    """Regular forces (troops, a battalion, a brigade; not armed men of no uniform) going to
    a post in turn or again -> MOBILIZE 154: "a fresh brigade will rotate into the district",
    "two companies returned to the border sector" (troops gone home or back to barracks, and
    units with an object, "returned fire", "rotated the crews", are none)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _POSTING:
        return None
    if any(c.dep_ in ("dobj", "obj", "auxpass") for c in token.children):
        return None
    heads, mods = _subject_words(token)
    # (armed men of no uniform coming back to a town come to fight: "fighters may return")
    if not heads & (FORCES - _IRREGULARS | {"unit", "company"}) or mods & _CIVIL_MODIFIERS:
        return None
    goals = {f"{c.lower_} {g.lemma_.lower()}" for c in token.children if c.dep_ == "prep"
             and c.lower_ in ("to", "into", "in") for g in c.children if g.dep_ == "pobj"}
    goals |= {c.lower_ for c in token.children if c.dep_ == "advmod"}
    if not any(g.startswith(("to ", "into ", "in ")) for g in goals) or goals & _NOT_A_POST:
        return None
    return _class_sense(token.lemma_.lower(), "MOBILIZE", "154")


# Verbs of craft moving about: "sailed close to", "flew off the coast", "loitered near".
_CRAFT_MOVING = {"fly", "sail", "patrol", "cruise", "loiter", "circle", "hover", "steam",
                 "manoeuvre", "maneuver", "operate", "transit", "shadow"}
# Craft that are arms whatever is said of them.
_WAR_CRAFT = {"warship", "frigate", "destroyer", "corvette", "cutter", "gunboat", "submarine",
              "cruiser", "minesweeper", "bomber", "warplane", "fighter", "interceptor",
              "gunship", "uav"}
# Craft that are arms with a word of state force on them ("navy vessel", "surveillance
# aircraft", "militia boats").
_STATE_CRAFT_WORDS = _MILITARY_WORDS | {"surveillance", "reconnaissance", "spy", "naval",
                                        "maritime", "coastguard", "airforce", "bombing",
                                        "strategic", "stealth", "fighter", "warplane"}
# Where craft keep about something: close to it, off it, around it.
_NEAR_PREPS = {"off", "near", "around", "along", "toward", "towards", "past", "by", "within",
               "alongside", "over", "beside", "to"}
# What craft are kept near: a shore, a sea feature, a place, ships.
_SHORES = {"coast", "coastline", "shore", "island", "islet", "shoal", "reef", "atoll", "strait",
           "water", "waters", "border", "frontier", "airspace", "ship", "vessel", "platform",
           "rig", "tanker", "carrier", "base", "port", "harbour", "harbor", "peninsula", "cape",
           "bay", "gulf", "sea", "line", "zone"}


def craft_kept_near(token: Any) -> Sense | None:
    """A state's war craft moving about near another's shore, ships or a line: "a navy vessel
    sailed close to oil production ships", "surveillance aircraft have flown off the coast",
    "bombers circled near the islands" -> MOBILIZE 150 (a show of force); inside another
    state's waters or airspace, named by its possessor -> COERCE 170. (An airliner, a rescue
    helicopter or a yacht moving about, or craft at a show, are none.)"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CRAFT_MOVING:
        return None
    if any(c.dep_ in ("dobj", "obj", "auxpass") for c in token.children):
        return None
    subj = next((antecedent(c) for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    head = noun_lemma(subj)
    mods = {normalise(m.lemma_) for m in subj.children if m.dep_ in ("compound", "amod", "nmod")}
    if mods & _CIVIL_MODIFIERS or mods & set(_CRAFT_TASK_WORDS):
        return None
    if not (head in _WAR_CRAFT or head in CIVIL_CRAFT and mods & _STATE_CRAFT_WORDS):
        return None
    if context_lemmas(token) & _CRAFT_TASK_WORDS or _on_errand(token):
        return None
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [p for c in token.children if c.dep_ == "advmod" and c.lower_ in (
        "close", "near", "nearer", "closer") for p in c.children if p.dep_ == "prep"]
    places = [g for p in preps if p.lower_ in _NEAR_PREPS or p.lower_ in ("in", "inside")
              for g in p.children if g.dep_ == "pobj"]
    near = [g for p in preps if p.lower_ in _NEAR_PREPS for g in p.children if g.dep_ == "pobj"
            and (g.lemma_.lower() in _SHORES or _named_place(g))]
    if not near and not any(g.lemma_.lower() in ("water", "waters", "airspace")
                            for g in places):
        return None
    lemma = token.lemma_.lower()
    # ("close to ships in Guyana's waters": where the ships are, the craft is)
    places += [x for g in near for p in g.children if p.dep_ == "prep"
               and p.lower_ in ("in", "inside") for x in p.children if x.dep_ == "pobj"]
    if _in_others_waters(subj, places):
        return _class_sense(lemma, "COERCE", "170")
    return _class_sense(lemma, "MOBILIZE", "150")


# Tasks and shows craft fly or sail for: no show of force.
_CRAFT_TASK_WORDS = frozenset({"rescue", "search", "airshow", "show", "display", "flypast",
                               "flyby", "regatta", "race", "tourist", "holiday", "passenger",
                               "airline", "airliner", "charter", "medevac", "ambulance",
                               "firefighting", "museum", "parade", "anniversary", "festival"})


def _in_others_waters(craft: Any, places: list[Any]) -> bool:
    """The craft, named by its state's adjective, is in waters or airspace another state is
    named as owning ("a Venezuelan vessel in Guyana's waters")."""
    from warpath.places.gazetteer import gazetteer

    gaz = gazetteer()
    own = {gaz.demonym(m.text) for m in craft.children if m.dep_ in ("amod", "compound")
           and m.text[:1].isupper()} - {None}
    if not own:
        return False
    for g in places:
        if g.lemma_.lower() not in ("water", "waters", "airspace"):
            continue
        for m in g.children:
            # "Guyana's waters", "Omani waters"
            if m.dep_ not in ("poss", "amod", "compound") or not m.text[:1].isupper():
                continue
            place = gaz.lookup(m.text) if m.dep_ == "poss" else None
            code = place.country if place is not None else gaz.demonym(m.text)
            if code and code not in own:
                return True
    return False


# Verbs of catching sight of something: what is seen where it is stands there.
# (not "photograph" or "film": tourists and crews take pictures of guards on parade)
SEEING = frozenset({"count", "spot", "sight", "detect", "observe", "track", "locate"})
# Armed men seen: "spotted armed men", "counted forty fighters".
_SEEN_ARMED = {"gunman", "gunmen", "fighter", "militant", "insurgent", "rebel", "jihadist",
               "militiaman", "militia", "paramilitary", "commando", "guerrilla"}
_WHERE_SEEN = _NEAR_PREPS | {"in", "inside", "at", "on", "across", "north", "south", "east",
                             "west", "outside", "beyond", "behind", "between"}


def forces_seen(token: Any) -> Sense | None:
    """Forces caught sight of where they stand: "we counted fourteen militia vessels around the
    shoal", "a reconnaissance flight spotted armed men north of the town", "radar tracked two
    warships off the cape" -> MOBILIZE 154, the forces' own build-up (the seer is no party:
    see predicates). (Birds, whales, shoppers or a comet seen are none; nor forces seen with no
    place named.)"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SEEING:
        return None
    obj = next((antecedent(c) for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    whole = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)
    if whole is not None and (obj.pos_ == "NUM" or obj.lower_ in _PARTITIVES):
        obj = whole  # "dozens of rebel fighters"
    head = noun_lemma(obj)
    mods = {normalise(m.lemma_) for m in obj.children if m.dep_ in ("compound", "amod", "nmod")}
    if mods & _CIVIL_MODIFIERS or mods & set(_CRAFT_TASK_WORDS):
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "several")
           for c in obj.children) and not any(c.dep_ == "nummod" for c in obj.children):
        return None  # "saw the soldiers outside the palace": forces known, not a build-up
    armed_men = head in ("man", "men") and "armed" in mods
    if not (head in FORCES or head in _SEEN_ARMED or armed_men
            or head in CIVIL_CRAFT and mods & (_STATE_CRAFT_WORDS | {"militia"})):
        return None
    where = [c for h in (token, obj) for c in h.children
             if c.dep_ in ("prep", "advmod") and c.lower_ in _WHERE_SEEN]
    if not where:
        return None
    return _class_sense(token.lemma_.lower(), "MOBILIZE", "154")


# Who fires back: troops and armed men, their posts and guns.
_FIRING_BACK = {"troop", "soldier", "army", "military", "navy", "gunner", "garrison", "unit",
                "battalion", "brigade", "regiment", "militia", "fighter", "rebel", "militant",
                "insurgent", "post", "position", "force"}
# Words of fire told around: what the answer was given to.
_FIRE_WORDS = {"fire", "firing", "mortar", "artillery", "shelling", "gunfire", "shot", "rocket",
               "missile", "attack", "unprovoked"}


def fired_back(token: Any) -> Sense | None:
    """Armed men told to have answered, with no more said, where fire is told of: "its troops
    had responded effectively", "the garrison retaliated at once" -> ASSAULT 190. Only what was
    done (a past form with no object and no clause said back): "are prepared to respond" is a
    readiness stated, and police or a ministry answering a call or a letter are none."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("respond", "reply", "riposte"):
        return None
    if token.tag_ not in ("VBD", "VBN") or token.dep_ == "xcomp":
        return None
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "auxpass", "prep") for c in token.children):
        return None
    if not (subject_lemmas(token) & _FIRING_BACK or _armed(subject_lemmas(token))):
        return None
    if not context_lemmas(token) & _FIRE_WORDS:
        return None
    return _class_sense(token.lemma_.lower(), "ASSAULT", "190")


# Verbs of meeting someone by chance, with the particle or preposition that takes the one met:
# "ran into", "came upon", "stumbled on", "encountered".
_MEETING = {"run": ("into", "up"), "come": ("upon", "across", "on"), "stumble": ("on", "upon",
            "into", "across"), "bump": ("into",), "encounter": (None,), "meet": (None,)}
# Who is met armed: fighters of any kind, an ambush laid for the doer.
_MET_ARMED = _SEEN_ARMED | {"bandit", "gang", "gangster", "raider", "attacker", "assailant",
                            "kidnapper", "pirate", "smuggler", "poacher", "ambush", "sniper",
                            "guerrilla", "cell", "unit", "patrol", "soldier", "troop"}


_BANDS = _PARTITIVES | {"group", "band", "column", "gang", "party", "squad", "dozen", "handful"}


def forces_met(token: Any) -> Sense | None:
    """Armed men who came upon other armed men, told as a meeting by chance: "a police patrol
    ran into gunmen near the ford", "troops came upon a rebel unit in the forest", "the convoy
    stumbled into an ambush" -> ASSAULT 190, the clash such a meeting is. (Tourists who met
    armed men, or soldiers who came across a cache of rifles or their own neighbours, are
    none: both sides must carry arms.)"""
    if token.pos_ != "VERB":
        return None
    preps = _MEETING.get(token.lemma_.lower())
    if preps is None:
        return None
    if token.lemma_.lower() == "meet" and not any(c.dep_ == "prep" and c.lower_ == "with"
                                                  for c in token.children):
        return None  # "met the envoy" is talks; only "met with fierce resistance" is met so
    met = []
    for c in token.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in [p for p in preps if p]:
            met += [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ == "up":  # "ran up against"
                met += [g for p in c.children if p.dep_ == "prep" for g in p.children
                        if g.dep_ == "pobj"]
        if None in preps and c.dep_ in ("dobj", "obj"):
            met.append(c)
        if token.lemma_.lower() == "meet" and c.dep_ == "prep" and c.lower_ == "with":
            met += [g for g in c.children if g.dep_ == "pobj"]
    if token.lemma_.lower() in ("run", "come", "stumble", "bump"):
        # the parser hangs "into armed men" on the particle or on the verb alike
        met += [g for c in token.children if c.dep_ == "prt" and c.lower_ in preps
                for p in [c, *c.children] for g in p.children if g.dep_ == "pobj"]
    armed_met = False
    for obj in met:
        obj = antecedent(obj)
        whole = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), None)
        if whole is not None and (obj.pos_ == "NUM" or obj.lemma_.lower() in _BANDS):
            obj = whole  # "a group of rebels", "dozens of fighters"
        mods = {normalise(m.lemma_) for m in obj.children if m.dep_ in ("compound", "amod")}
        head = noun_lemma(obj)
        if head in _MET_ARMED or head in FORCES - {"missile", "artillery", "armour", "armor",
                                                   "tank", "howitzer"} or (
                head in ("man", "men", "group", "youth") and mods & _ARMED_MODIFIERS) or (
                mods & {"armed", "rebel", "militia", "jihadist", "insurgent"}):
            armed_met = True
    if not armed_met:
        return None
    doers = subject_lemmas(token)
    if not (_armed(doers) or doers & FORCES or doers & _MET_ARMED):
        return None
    return _class_sense(token.lemma_.lower(), "ASSAULT", "190")


# Craft that cut across another's bow: "a cutter cut across the bow of our supply boat", "the
# destroyer crossed the frigate's bow at 150 metres" -> COERCE 170, a manoeuvre to force the
# other craft off its course. Only where the bow is a craft's (a row-boat race or a bow taken
# on a stage is none): the doer must be a craft or a service.
_BOW = {"bow", "bows"}
# Small craft a service puts across another's bow: "the navy launch cut across its bow".
_SMALL_CRAFT = {"launch", "skiff", "speedboat", "patrolboat", "dinghy", "dhow", "trawler",
                "rib", "cruiser"}


def crossed_bow(token: Any) -> Sense | None:
    if token.pos_ != "VERB":
        return None
    bows = [g for c in token.children if c.dep_ in ("prep", "prt", "advmod")
            and c.lower_ in ("across", "over", "in", "ahead")
            for p in [c, *(x for x in c.children if x.dep_ == "prep")]
            for g in p.children if g.dep_ == "pobj" and g.lower_ in _BOW]
    if token.lemma_.lower() == "cross":
        bows += [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lower_ in _BOW]
    if not bows:
        return None
    subjects = subject_lemmas(token)
    if token.tag_ == "VBG":  # "the launch cutting across its bow": the doer read as a compound
        subjects |= {c.lemma_.lower() for c in token.children
                     if c.dep_ == "compound" and c.i < token.i}
    if not (subjects & (_CRAFT_KINDS | CIVIL_CRAFT | _WAR_CRAFT | _MILITARY_WORDS | _SMALL_CRAFT)
            or _armed(subjects)):
        return None
    return _class_sense(token.lemma_.lower(), "COERCE", "170")


def clause_pronoun_antecedent(token: Any) -> Any:
    """ "The tanker was taken to the port, where it is still held", "the crew were detained
    and they remain held": "it" or "they" as the subject of a clause hung on the sentence's
    main clause stands for that clause's passive subject, a noun of the same number.
    (A pronoun of a clause of saying is the speaker's own: "the army said it had struck" is
    left alone, as is any pronoun whose main clause has no noun subject.)"""
    if token.lower_ not in ("it", "they") or token.dep_ not in ("nsubj", "nsubjpass"):
        return token
    clause = token.head
    if clause.dep_ not in ("relcl", "advcl", "conj"):
        return token
    main = clause.head
    while main.dep_ not in ("ROOT",) and main.pos_ != "VERB":
        if main.head.i == main.i:
            break
        main = main.head  # "an anchorage off Porvoo, where ...": up to the verb it hangs on
    if main.pos_ not in ("VERB", "AUX") or main.i > token.i:
        return token
    # only a patient carried on: "the tanker was taken …, where it is held" (in "the police
    # held the traders and they were let go" the pronoun is not the doer)
    subj = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return token
    plural = subj.tag_ in ("NNS", "NNPS")
    if (token.lower_ == "it") == plural and subj.lemma_.lower() not in ("crew", "staff"):
        return token
    return subj
