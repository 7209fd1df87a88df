"""Source and target countries in stories of two or more states (session 12, round 2).

A weapon no word says whose is not the text's own state's; people who came over from a state
are that state's; an official a state installed is that state's. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of

_UKR = ("Ukrainian officials in {town} said Russian troops shelled the region all week. "
        "Ukraine's army said Russia massed troops near the front. Ukrainian medics worked "
        "through the night. {line} Ukrainian police opened an inquiry.")


def _event(analysis, type_: str, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in events_of(analysis, type_) if word in e.evidence.text]
    assert found, [(e.type, e.evidence.text) for e in analysis.events]
    return found[0]


# --- a weapon no word says whose -------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "src", "tgt"), [
    (_UKR.format(town="Sumy", line="A drone dropped a grenade on a bus carrying teachers "
                 "near Sumy."), "grenade", "RUS", "UKR"),
    ("Armenian officials in Syunik said Azerbaijani troops fired on villages all week. "
     "Armenia's defence ministry said Azerbaijan moved guns up. Armenian farmers stayed "
     "indoors. A drone hit a tractor in a field near Kapan. Armenian police opened an inquiry.",
     "tractor", "AZE", "ARM"),
    (_UKR.format(town="Kramatorsk", line="Two missiles hit a depot near Kramatorsk."),
     "depot", "RUS", "UKR"),
])
def test_unowned_weapon_is_not_the_home_state(analyse, text, word, src, tgt) -> None:
    event = _event(analyse(text), "ASSAULT", word)
    assert event.source is not None and event.source.country == src
    assert event.target is not None and event.target.country == tgt


@pytest.mark.parametrize(("text", "word"), [
    (_UKR.format(town="Sumy", line="A Ukrainian drone hit a Russian tank near Sumy."), "tank"),
    (_UKR.format(town="Sumy", line="Its drones hit a Russian depot near the border, the "
                 "Ukrainian army said."), "depot"),
])
def test_owned_weapon_keeps_its_state(analyse, text, word) -> None:
    event = _event(analyse(text), "ASSAULT", word)
    assert event.source is not None and event.source.country == "UKR"
    assert event.target is not None and event.target.country == "RUS"


# --- people who came over from a state ------------------------------------------------------

@pytest.mark.parametrize(("text", "src"), [
    ("Gunmen who crossed from Ethiopia killed eight fishermen near Lake Turkana, the Kenyan "
     "police said.", "ETH"),
    ("Raiders coming from South Sudan attacked a village in northern Kenya on Monday.", "SSD"),
    ("Fighters who had slipped in from Chad ambushed a convoy in Sudan's Darfur region.", "TCD"),
])
def test_people_from_a_state_are_its(analyse, text, src) -> None:
    event = _event(analyse(text), "ASSAULT", "")
    assert event.source is not None and event.source.country == src


def test_people_from_a_town_are_of_the_ground(analyse) -> None:
    event = _event(analyse("Gunmen who came from Lodwar killed three herders in Kenya, police "
                           "said."), "ASSAULT", "herders")
    assert event.source is not None and event.source.country == "KEN"


def test_origin_of_the_victims_is_not_the_doers(analyse) -> None:
    event = _event(analyse("Traders who arrived from Ethiopia were robbed by gunmen near "
                           "Moyale in Kenya."), "COERCE", "robbed")
    assert event.source is not None and event.source.country == "KEN"


# --- an official a state installed ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    _UKR.format(town="Kherson", line="The Moscow-installed governor Ivan Petrenko accused "
                "Ukrainian troops of shelling Oleshky."),
    _UKR.format(town="Zaporizhzhia", line="The Russian-appointed mayor Ivan Petrenko accused "
                "Ukrainian troops of shelling Enerhodar."),
    _UKR.format(town="Melitopol", line="The Moscow-appointed mayor Pavel Orlov accused "
                "Ukrainian saboteurs of attacking a bridge."),
])
def test_installed_official_is_the_installers(analyse, text) -> None:
    event = _event(analyse(text), "ACCUSE", "accused")
    assert event.source is not None and event.source.country == "RUS"
    assert event.target is not None and event.target.country == "UKR"


@pytest.mark.parametrize("title", ["The regional governor", "The newly installed governor"])
def test_local_official_stays_home(analyse, title) -> None:
    text = _UKR.format(town="Kherson", line=f"{title} Ivan Petrenko accused Russian troops of "
                       "shelling the port.")
    event = _event(analyse(text), "ACCUSE", "accused")
    assert event.source is not None and event.source.country == "UKR"
    assert event.target is not None and event.target.country == "RUS"
