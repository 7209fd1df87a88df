"""Synonyms of the predicate lexicon: words news English uses for an act the lexicon already
knows ("sealed off the road" for "closed", "torched" for "burned", "apprehended" for "arrested").

`data/synonyms.yaml` maps a synonym to the lexicon key whose senses it shares, conditions and
all: a synonym of "close" names a closure only where "close" would (a border, a crossing, a
road), so "sealed the envelope" stays nothing. `extend` adds to a lexicon, under the synonym's
lemma and particle, a copy of each sense of its target. A target is written as a key ("close",
"shoot down") or as a mapping {to: key, type: TYPE, conditioned: true} that copies only the
senses of one PLOVER type, or only those with an object or subject condition (a word that
shares a verb's specific senses but not its bare one: "liberated the town" is no release).
A mapping may also give the synonym conditions of its own, which replace the target's on every
copied sense: `objects` and `subjects` (words the sense needs, as in the lexicon), `transitive`
or `intransitive`, `context` (words the sentence or the two before must hold: a noun whose
phrase the parser often splits, "made a foray into the town", is held by its surroundings), and
`unless_objects`/`unless_subjects` (words that rule it out, added to the target's).
A word whose everyday use is no conflict is thus held to its conflict reading: "batter" an
act only of guns and troops ("storms battered the coast" is none), "slaughter" only of people
("slaughtered chickens", "slaughtered Leeds 6-0" are none).
A synonym that is already a key of the lexicon keeps the lexicon's own entry.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from warpath.document import EVENT_TYPES
from warpath.events.lexicon import Lexicon, Sense, normalise


@dataclass(frozen=True)
class Target:
    key: str  # the lexicon key: "close", "shoot down", "ceasefire"
    type: str | None = None  # copy only the senses of this PLOVER type
    conditioned: bool = False  # copy only the senses with an object or subject condition
    # the synonym's own conditions, which replace (objects, subjects) or add to (the rest)
    # those of each copied sense
    objects: frozenset[str] | None = None
    subjects: frozenset[str] | None = None
    unless_objects: frozenset[str] = frozenset()
    unless_subjects: frozenset[str] = frozenset()
    transitive: bool = False
    intransitive: bool = False
    context: frozenset[str] | None = None


@dataclass(frozen=True)
class Synonyms:
    verbs: dict[str, Target]
    nouns: dict[str, Target]


def _target(word: str, raw: Any) -> Target:
    if isinstance(raw, str):
        return Target(raw)
    if not isinstance(raw, dict) or "to" not in raw:
        raise ValueError(f"synonym {word!r}: write a key or a mapping with 'to'")
    etype = raw.get("type")
    if etype is not None and etype not in EVENT_TYPES:
        raise ValueError(f"synonym {word!r}: unknown PLOVER type {etype!r}")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise ValueError(f"synonym {word!r}: unknown fields {sorted(unknown)}")

    def words(field: str) -> frozenset[str] | None:
        if raw.get(field) is None:
            return None
        # a list may hold a class of the table's own: [*armed, mob, crowd]
        values = [w for v in raw[field] for w in (v if isinstance(v, list) else [v])]
        if any(not isinstance(v, str) for v in values):  # YAML reads a bare no/on as a boolean
            raise ValueError(f"synonym {word!r}: quote the {field} {values!r}")
        return frozenset(values)

    return Target(str(raw["to"]), etype, bool(raw.get("conditioned")),
                  objects=words("objects"), subjects=words("subjects"),
                  unless_objects=words("unless_objects") or frozenset(),
                  unless_subjects=words("unless_subjects") or frozenset(),
                  transitive=bool(raw.get("transitive")),
                  intransitive=bool(raw.get("intransitive")), context=words("context"))


_FIELDS = {"to", "type", "conditioned", "objects", "subjects", "unless_objects",
           "unless_subjects", "transitive", "intransitive", "context"}


def _path() -> Path:
    return Path(str(resources.files("warpath.events") / "data" / "synonyms.yaml"))


@functools.cache
def load(path: str | None = None) -> Synonyms:
    """The packaged synonym table, or one read from `path`; cached."""
    data = yaml.safe_load((Path(path) if path else _path()).read_text(encoding="utf-8")) or {}
    return Synonyms(
        verbs={str(k): _target(str(k), v) for k, v in (data.get("verbs") or {}).items()},
        nouns={str(k): _target(str(k), v) for k, v in (data.get("nouns") or {}).items()},
    )


def _split(key: str, pos: str) -> tuple[str, str | None]:
    """A key as (lemma, particle): "shoot down" -> ("shoot", "down"); nouns are normalised."""
    if pos == "noun":
        return normalise(key), None
    words = key.split()
    return words[0], " ".join(words[1:]) or None


def _senses(table: dict[str, list[Sense]], key: str, pos: str) -> list[Sense]:
    lemma, particle = _split(key, pos)
    return [s for s in table.get(lemma, ()) if s.particle == particle]


def _selected(senses: list[Sense], target: Target) -> list[Sense]:
    out = [s for s in senses if target.type is None or s.type == target.type]
    if target.conditioned:
        out = [s for s in out if s.objects or s.subjects or s.governors]
    return out


def _restricted(sense: Sense, target: Target) -> Sense:
    """A copied sense under the synonym's own conditions."""
    return dataclasses.replace(
        sense,
        objects=sense.objects if target.objects is None else target.objects,
        subjects=sense.subjects if target.subjects is None else target.subjects,
        unless_objects=sense.unless_objects | target.unless_objects,
        unless_subjects=sense.unless_subjects | target.unless_subjects,
        transitive=sense.transitive or target.transitive,
        intransitive=sense.intransitive or target.intransitive,
        context=sense.context if target.context is None else target.context,
    )


def check(lexicon: Lexicon, synonyms: Synonyms) -> list[str]:
    """Problems with the table: a target that is no key of the lexicon, or one whose
    type or condition filter leaves no sense to copy."""
    problems = []
    for pos, table, entries in (("verb", lexicon.verbs, synonyms.verbs),
                                ("noun", lexicon.nouns, synonyms.nouns)):
        for word, target in entries.items():
            senses = _senses(table, target.key, pos)
            if not senses:
                problems.append(f"{pos} synonym {word!r}: {target.key!r} is no lexicon key")
            elif not _selected(senses, target):
                problems.append(f"{pos} synonym {word!r}: no sense of {target.key!r} selected")
    return problems


def extend(lexicon: Lexicon, synonyms: Synonyms | None = None) -> Lexicon:
    """A copy of `lexicon` with the senses of each synonym's target added under the synonym.
    Raises ValueError when a target is not in the lexicon."""
    synonyms = synonyms or load()
    problems = check(lexicon, synonyms)
    if problems:
        raise ValueError("; ".join(problems))
    verbs = {k: list(v) for k, v in lexicon.verbs.items()}
    nouns = {k: list(v) for k, v in lexicon.nouns.items()}
    for pos, table, entries in (("verb", verbs, synonyms.verbs), ("noun", nouns, synonyms.nouns)):
        for word, target in entries.items():
            lemma, particle = _split(word, pos)
            if any(s.particle == particle for s in table.get(lemma, ())):
                continue  # the lexicon has its own entry for the word
            copies: list[Sense] = []
            for s in _selected(_senses(lexicon.verbs if pos == "verb" else lexicon.nouns,
                                       target.key, pos), target):
                copy = _restricted(dataclasses.replace(s, lemma=lemma, particle=particle), target)
                if copy not in copies:  # own objects can make two senses of the target one
                    copies.append(copy)
            table.setdefault(lemma, []).extend(copies)
    for table in (verbs, nouns):  # as the lexicon orders them: the more specific senses first
        for senses in table.values():
            senses.sort(key=lambda s: (s.particle is None,
                                       not (s.objects or s.subjects or s.governors or s.states)))
    return Lexicon(verbs=verbs, nouns=nouns, light=lexicon.light,
                   occurrence=lexicon.occurrence)
