"""Titles and role words: what "Israeli Prime Minister" or "Army Gen." says about a person.

A title is the run of title words right before a name ("Secretary of State Mike Pompeo",
"Iraqi Brigadier General Ahmed Adnan"). It gives the person's role, a CAMEO-style sector, and,
through a country word inside it ("Israeli", "Iran's", "U.S."), the country. Role nouns also
name actors on their own ("the chairman said"), so the sector rules are shared with them.
"""

from __future__ import annotations

import re


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that may make up a title in front of a name (lower case; "of" joins "Secretary of State").
TITLE_WORDS = _wordset("""
president vice prime minister deputy foreign defense defence interior finance treasury justice
secretary of state general gen gen. lt lt. lieutenant maj maj. major brig brig. brigadier col col.
colonel adm adm. admiral rear commander chief chiefs staff joint chairman chairwoman army navy
air force marine marines corps ambassador envoy special spokesman spokeswoman spokesperson
leader supreme ayatollah sheikh king queen crown prince emir sultan chancellor senator sen sen.
rep rep. representative congressman congresswoman speaker governor mayor dr dr. mr mr. mrs mrs.
ms ms. former then acting top senior national security adviser advisor director head
intelligence journalist correspondent reporter editor analyst military political commentator
officer official sergeant sgt sgt. captain capt capt. private pvt pvt. president-elect
homeland affairs economy trade energy health commerce attorney general-secretary
secretary-general lawmaker activist opposition cleric imam grand mufti field marshal marshal
retired ret. ret premier foreign-minister commissioner high representative counsel
new ousted outgoing incoming interim late deposed exiled embattled elected veteran caretaker
transitional self-proclaimed de facto longtime long-time powerful influential then-president
village district municipal provincial regional local town county community
""")

# Words dropped from a role string: they qualify the person, not the office.
NOT_ROLE = frozenset({"former", "then", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                      "retired", "ret.", "ret", "top", "senior", "new", "ousted", "outgoing",
                      "incoming", "late", "deposed", "exiled", "embattled", "elected", "veteran",
                      "longtime", "long-time", "powerful", "influential", "de", "facto",
                      "self-proclaimed"})

# Sector by role word, most specific first.
_SECTOR_RULES: tuple[tuple[str, frozenset[str]], ...] = (
    ("SPY", frozenset({"intelligence", "spy", "agent", "spymaster"})),
    ("MED", frozenset({"journalist", "correspondent", "reporter", "editor", "commentator",
                       "columnist", "anchor", "media", "newspaper"})),
    ("MIL", frozenset({"general", "gen", "gen.", "brigadier", "brig.", "colonel", "col.", "admiral",
                       "adm.", "commander", "army", "navy", "lieutenant", "lt.", "major", "maj.",
                       "sergeant", "sgt.", "captain", "capt.", "marine", "marines", "corps",
                       "marshal", "soldier", "troop", "officer", "military", "chiefs",
                       "airman", "sailor", "pilot", "force", "forces"})),
    ("LEG", frozenset({"senator", "sen.", "congressman", "congresswoman", "lawmaker",
                       "legislator", "speaker", "representative", "rep.", "parliamentarian",
                       "mp", "legislature", "parliament", "congress", "senate"})),
    ("JUD", frozenset({"judge", "justice", "prosecutor", "court", "judiciary", "attorney"})),
    ("REL", frozenset({"ayatollah", "cleric", "imam", "mufti", "bishop", "pope", "rabbi"})),
    ("OPP", frozenset({"activist", "dissident", "opposition", "protester", "demonstrator"})),
    ("GOV", frozenset({"president", "minister", "secretary", "chancellor", "king", "queen",
                       "prince", "emir", "sultan", "leader", "governor", "mayor", "ambassador",
                       "envoy", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
                       "premier", "official", "diplomat", "director", "commissioner",
                       "president-elect", "secretary-general", "head", "chairman"})),
)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", text.lower()) if w]


def sector_of(role: str) -> str | None:
    """The CAMEO-style sector a role implies ("Defense Secretary" -> GOV, "Army Gen." -> MIL)."""
    words = set(_words(role))
    if "supreme" in words and "leader" in words:
        return "GOV"  # Iran's Supreme Leader is head of state, though a cleric
    # A general or a chief of staff is military even inside "Chairman of the Joint Chiefs".
    for sector, cues in _SECTOR_RULES:
        if words & cues:
            return sector
    return None


def is_title_word(word: str) -> bool:
    return word.lower() in TITLE_WORDS


def clean_role(words: list[str]) -> str | None:
    """A role string from title words: qualifiers dropped, dangling "of" removed."""
    kept = [w for w in words if w.lower() not in NOT_ROLE]
    while kept and kept[0].lower() in {"of", "the"}:
        kept.pop(0)
    while kept and kept[-1].lower() in {"of", "the"}:
        kept.pop()
    if not kept:
        return None
    # A run of qualifiers alone ("national security") is not a role.
    if sector_of(" ".join(kept)) is None and not any(
        w.lower() in {"adviser", "advisor", "spokesman", "director", "head"} for w in kept
    ):
        return None
    return " ".join(kept)
