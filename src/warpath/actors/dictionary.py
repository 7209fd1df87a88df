"""The actor dictionary: who is who, read from package data files and user files.

Entries are plain facts (canonical name, aliases, kind, ISO 3166-1 alpha-3 country, CAMEO-style
sector, offices with validity dates). The built-in files live in `warpath/actors/data/`:
`states.csv` (one compact row per state) and YAML lists for everything else. Users add their
own with `--actors FILE` in either format:

YAML: a list of mappings with the keys of `Entry` (``name``, ``aliases``, ``kind``,
``country``, ``sector``, ``role``, ``start``, ``end``, ``offices``: a list of
``role``/``sector``/``start``/``end``, ``branch_of``: the movement a regional branch belongs
to, ``short_form``: false when the surname alone must not
match), or a mapping with ``defaults`` (keys every entry gets) and ``actors`` (the list).

CSV: a header row with ``name,aliases,kind,country,sector,role,start,end``; aliases are
separated by ``;``.

User entries are read after the built-in ones, so an entry with the same canonical name
replaces the built-in entry.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

KINDS = frozenset({"person", "organization", "state", "group", "unknown"})


class DictionaryError(ValueError):
    pass


def slug(name: str) -> str:
    """A stable id from a name: ASCII, lower case, hyphens ("Kata'ib Hezbollah" ->
    "kataib-hezbollah")."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_ = re.sub(r"['’.]", "", ascii_.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-") or "actor"


@dataclass(frozen=True)
class Office:
    role: str
    sector: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str = "organization"
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    # Forms that modify a noun ("Iranian", "U.S."): they name the state in "Iranian officials".
    adjectives: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    # Aliases that are also common words ("IS"): matched only in a clear context.
    strict: tuple[str, ...] = ()
    # False for surnames that are common words or names ("May", "Lee"): no match on their own.
    short_form: bool = True
    # The wider movement a regional branch belongs to ("Islamic State"): a story set in the
    # branch's country that names only the movement means the branch.
    branch_of: str | None = None

    @property
    def id(self) -> str:
        return slug(self.name)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.adjectives, *self.strict)

    def office_on(self, day: dt.date | None) -> Office | None:
        """The office held on `day`; else the last one left before it (a former office);
        the latest one when the day is unknown; None before the first office."""
        if not self.offices:
            return None
        if day is None:
            return max(self.offices, key=lambda o: o.start or dt.date.min)
        held = [o for o in self.offices if o.holds_on(day)]
        if held:
            return held[-1]
        before = [o for o in self.offices if o.end is not None and o.end < day]
        return max(before, key=lambda o: o.end or dt.date.min) if before else None

    def surname(self) -> str | None:
        """The last word of a person's name, the short form texts use after the first mention."""
        names = self.surnames()
        return names[0] if names else None

    def surnames(self) -> tuple[str, ...]:
        """Last words of the canonical name and of every multi-word alias ("Karaeu")."""
        if self.kind != "person" or not self.short_form:
            return ()
        out: list[str] = []
        for form in (self.name, *self.aliases):
            words = [w for w in form.split() if w[:1].isupper() and not w.endswith(".")]
            if len(words) >= 2 and words[-1] not in out:
                out.append(words[-1])
        return tuple(out)


@dataclass
class Dictionary:
    entries: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {e.id: e for e in self.entries}

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def find(self, name: str) -> Entry | None:
        """The entry with `name` as canonical name or alias (case-insensitive)."""
        key = name.casefold()
        for e in self.entries:
            if any(f.casefold() == key for f in e.forms):
                return e
        return None

    def states(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "state"]

    def merged(self, extra: Iterable[Entry]) -> Dictionary:
        """A dictionary with `extra` entries added; same canonical name replaces."""
        extra = list(extra)
        replaced = {e.id for e in extra}
        return Dictionary([e for e in self.entries if e.id not in replaced] + extra)


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return dt.date(int(text[:4]), int(text[5:]), 1)
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise DictionaryError(f"bad date {value!r}") from exc


def _list(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(";") if v.strip())
    return tuple(str(v).strip() for v in value if str(v).strip())


def entry_from_mapping(row: dict[str, Any], where: str = "") -> Entry:
    name = str(row.get("name") or "").strip()
    if not name:
        raise DictionaryError(f"{where}: an entry has no name")
    kind = str(row.get("kind") or "organization").strip()
    if kind not in KINDS:
        raise DictionaryError(f"{where}: {name}: unknown kind {kind!r}")
    country = (str(row["country"]).strip().upper() or None) if row.get("country") else None
    offices = tuple(
        Office(
            role=str(o["role"]),
            sector=o.get("sector") or row.get("sector"),
            start=_date(o.get("start")),
            end=_date(o.get("end")),
        )
        for o in row.get("offices") or ()
    )
    if not offices and row.get("role") and kind == "person":
        offices = (
            Office(str(row["role"]), row.get("sector"), _date(row.get("start")),
                   _date(row.get("end"))),
        )
    return Entry(
        name=name,
        kind=kind,
        country=country,
        sector=(str(row["sector"]).strip() or None) if row.get("sector") else None,
        role=(str(row["role"]).strip() or None) if row.get("role") else None,
        aliases=_list(row.get("aliases")),
        adjectives=_list(row.get("adjectives")),
        offices=offices,
        start=_date(row.get("start")),
        end=_date(row.get("end")),
        strict=_list(row.get("strict")),
        short_form=bool(row.get("short_form", True)),
        branch_of=(str(row["branch_of"]).strip() or None) if row.get("branch_of") else None,
    )


def _state_rows(rows: Iterable[dict[str, str]]) -> Iterator[Entry]:
    """states.csv: iso3,name,aliases,adjectives,capitals -> state entries."""
    for row in rows:
        adjectives = _list(row.get("adjectives"))
        # Plural demonyms ("Iranians", "Israelis") name the people of the state.
        plurals = tuple(a + "s" for a in adjectives if a.endswith(("an", "i")) and " " not in a)
        yield Entry(
            name=row["name"].strip(),
            kind="state",
            country=row["iso3"].strip().upper(),
            aliases=_list(row.get("aliases")) + _list(row.get("capitals")) + plurals,
            adjectives=adjectives,
        )


def read_file(path: Path | str, text: str | None = None) -> list[Entry]:
    """Entries from one YAML or CSV file (`text` given: parse it instead of reading `path`)."""
    path = Path(path)
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DictionaryError(f"cannot read actor file {path}: {exc}") from exc
    where = str(path)
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(text.splitlines()))
        if rows and "iso3" in rows[0]:
            return list(_state_rows(rows))
        return [entry_from_mapping(r, where) for r in rows]
    data = yaml.safe_load(text) or []
    defaults: dict[str, Any] = {}
    if isinstance(data, dict):  # {defaults: {kind: person}, actors: [...]}
        defaults = data.get("defaults") or {}
        data = data.get("actors") or []
    if not isinstance(data, list):
        raise DictionaryError(f"{where}: expected a list of actor entries")
    return [entry_from_mapping({**defaults, **r}, where) for r in data]


@functools.cache
def builtin() -> Dictionary:
    """The dictionary shipped with warpath (read once per process)."""
    entries: list[Entry] = []
    data = resources.files("warpath.actors") / "data"
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".csv", ".yaml", ".yml")):
            entries.extend(read_file(Path(item.name), item.read_text(encoding="utf-8")))
    return Dictionary(entries)


def load(files: Iterable[Path] = ()) -> Dictionary:
    """The built-in dictionary plus the user's files (later files win)."""
    d = builtin()
    for f in files:
        d = d.merged(read_file(f))
    return d
