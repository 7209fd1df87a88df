"""Session 8: the country of a source or target the text names only through a place, an
office or a statement it reproduces.

Classes: a local office holder whose title names his town or region ("Garissa County
Commissioner X"); officials or police named by a region ("Chiapas officials"); a town name the
tagger once reads as a person's where it stands as a place elsewhere; the "we" and the organs
of a statement the text reproduces ("The following statement was issued by X"), including an
issuer no list knows, which is of the country the story's places lie in; and the "we" of an
interview with such an office holder.
"""

from __future__ import annotations

from collections.abc import Callable

from warpath.document import Actor, Analysis


def _actor(analysis: Analysis, words: str) -> Actor:
    return next(a for a in analysis.actors if any(words in m.text for m in a.mentions))


def _sources(analysis: Analysis, type_: str) -> list[str | None]:
    return [e.source.country if e.source else None for e in analysis.events
            if e.type == type_]


# -- a local office's title names its place -------------------------------------------------

def test_local_office_title_gives_the_place_country(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("On Tuesday, reporters met Garissa County Commissioner Mohamed Abdi at his "
                "office.")
    assert _actor(a, "Mohamed Abdi").country == "KEN"
    a = analyse("Police briefed Mandera district officer Ali Hussein on the ambush at dawn.")
    assert _actor(a, "Ali Hussein").country == "KEN"
    a = analyse("On Friday, villagers petitioned Maiduguri Municipal Mayor Bukar Ali.")
    assert _actor(a, "Bukar Ali").country == "NGA"


def test_local_office_title_without_a_place_gives_no_country(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("On Tuesday, reporters met County Commissioner Peter Langat at his office.")
    assert _actor(a, "Peter Langat").country is None
    a = analyse("On Tuesday, reporters met Acme Regional Director John Smith at his office.")
    assert _actor(a, "John Smith").country is None


# -- officials named by a region ------------------------------------------------------------

def test_officials_named_by_a_region(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("On Monday, Chiapas officials accused gunmen of blocking the highway.")
    assert _actor(a, "Chiapas officials").country == "MEX"
    a = analyse("Late on Sunday, Tigray authorities said drones struck a fuel depot.")
    assert _actor(a, "Tigray authorities").country == "ETH"
    a = analyse("On Friday, Borno police said they had arrested two suspects.")
    assert _actor(a, "Borno police").country == "NGA"


def test_officials_named_by_no_region_or_a_disputed_one(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("On Monday, Acme officials said the plant would stay closed.")
    assert all(x.country is None for x in a.actors)
    a = analyse("On Monday, Kashmir officials said militants attacked a convoy.")
    assert _actor(a, "Kashmir officials").country is None  # two states claim it


# -- a town read as a person ----------------------------------------------------------------

def test_a_person_named_like_a_town_stays_a_person(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Shells fell near Florence on Monday. Florence Mwangi, a nurse, said two "
                "children were hurt.")
    assert _actor(a, "Florence Mwangi").kind == "person"


# -- a statement the text reproduces --------------------------------------------------------

_WING = ("The following statement was issued by the Coastal Defence Wing on Sunday. We "
         "reproduce it in full.\n\n1. On Saturday evening our patrol boats intercepted two "
         "skiffs off Malindi, north of Mombasa.\n\n2. We have detained six men and seized a "
         "machine gun. The wing has reinforced its posts along the coast near Lamu and "
         "Kilifi.")


def test_we_of_a_statement_issued_by_an_unlisted_organ(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse(_WING)
    assert _sources(a, "COERCE") and set(_sources(a, "COERCE")) == {"KEN"}


def test_we_of_a_statement_issued_actively(analyse: Callable[[str], Analysis]) -> None:
    a = analyse(_WING.replace("The following statement was issued by the Coastal Defence Wing",
                              "The Coastal Defence Wing issued the following statement"))
    assert "KEN" in _sources(a, "COERCE")


def test_statement_of_an_unlisted_organ_in_a_story_placed_nowhere(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("The following statement was issued by the Coastal Defence Wing on Sunday.\n\n"
                "1. On Saturday evening our patrol boats stopped two skiffs at sea.\n\n"
                "2. We have detained six men and seized a machine gun.")
    assert set(_sources(a, "COERCE")) <= {None}


# -- an interview with a local office holder ------------------------------------------------

def test_interview_we_is_the_office_holders_country(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("We spoke to Garissa County Commissioner Mohamed Abdi on Monday.\n\n"
                "What happened on Friday?\n\n"
                "Gunmen fired on a bus near Dadaab. We have arrested four men in Garissa and "
                "we will deploy more reservists along the road.")
    assert "KEN" in _sources(a, "COERCE")


# -- agentless acts at home in a state's own war --------------------------------------------

_KIVU = ("Insurgents of the Allied Democratic Forces attacked an army post near Beni in North "
         "Kivu on Monday, Congolese officials said. Soldiers fought them for three hours near "
         "Beni.\n\nMore troops were airlifted to Beni on Tuesday. {curfew} The army said it "
         "had killed six insurgents near Butembo.")


def test_agentless_deployment_at_home_is_by_the_state_at_war(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse(_KIVU.format(curfew="A night curfew was imposed in Beni on Wednesday."))
    assert _sources(a, "MOBILIZE") == ["COD"]
    b = analyse(_KIVU.format(curfew="No arrests have been made in the town."))
    coerce = [e for e in b.events if e.type == "COERCE"]
    assert coerce and all(e.target is not None and e.target.country == "COD" for e in coerce)


def test_agentless_deployment_with_another_state_named_stays_open(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse(_KIVU.replace("airlifted to Beni on Tuesday", "airlifted to Beni from Uganda "
                              "on Tuesday").format(curfew=""))
    assert _sources(a, "MOBILIZE") == [None]


def test_agentless_deployment_in_no_war_stays_open(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Kenya's football federation said the final in Nairobi would go ahead on "
                "Saturday. More stewards were deployed to Nairobi's stadium on Friday, and "
                "ticket sales in Kenya were halted.")
    assert set(_sources(a, "MOBILIZE")) <= {None}


# -- a side of a border ---------------------------------------------------------------------

def _source_of(analysis: Analysis, type_: str) -> str | None:
    found = [e for e in analysis.events if e.type == type_]
    source = found[0].source if found else None
    return source.country if source is not None else None


def test_doers_on_a_named_side_of_a_border(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Guns on the Iranian side of the frontier shelled two villages near Sidakan.")
    assert _source_of(a, "ASSAULT") == "IRN"
    a = analyse("Soldiers on the Azerbaijani side of the line fired at an Armenian post.")
    assert _source_of(a, "ASSAULT") == "AZE"
    a = analyse("Mortars from the Syrian side hit a Turkish village on Friday.")
    assert _source_of(a, "ASSAULT") == "SYR"


def test_a_side_that_names_no_state(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Gunmen on the far side of the river fired at a patrol.")
    assert _source_of(a, "ASSAULT") is None
    a = analyse("Two men on the side of the road were shot.")
    assert all(e.target is None or e.target.country is None for e in a.events)


# -- "our" is the speaker's, not a third party's named before it ----------------------------

def _first(analysis: Analysis, words: str) -> str | None:
    found = [e.source for e in analysis.events if e.source is not None and e.source.text == words]
    return found[0].country if found else None


def test_our_forces_in_a_reproduced_statement(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("The Romanian Ministry of National Defence issued the following statement on "
                "Monday.\n\n1. A drone entered Romanian airspace near Plauru overnight. We "
                "condemn this violation.\n\n2. Should Russian drones again endanger our "
                "population, our forces are prepared to shoot them down.")
    assert _first(a, "our forces") == "ROU"
    b = analyse("The Greek Ministry of Defence released the following statement on Friday.\n\n"
                "Turkish jets crossed into Greek airspace twice near Lesbos. If Turkish jets "
                "violate our airspace again, our fighter jets will shoot them down.")
    assert _first(b, "our fighter jets") == "GRC"


def test_our_forces_with_no_speaker_is_not_the_other_side(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Should Russian drones again endanger our population, our forces are prepared "
                "to shoot them down.")
    assert _first(a, "our forces") != "RUS"
    b = analyse("If Turkish jets violate our airspace again, our fighter jets will shoot them "
                "down.")
    assert _first(b, "our fighter jets") != "TUR"


def test_a_planted_bomb_in_a_states_own_war_is_by_one_of_its_sides(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse(_KIVU.format(curfew="") + " The same week a bomb buried under the road there "
                "destroyed a truck.")
    found = [e for e in a.events if e.trigger.text == "destroyed"]
    assert found and found[0].source is not None and found[0].source.country == "COD"


def test_a_planted_bomb_with_another_state_named_stays_open(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse(_KIVU.format(curfew="") + " The same week a bomb buried under the road there "
                "destroyed a Ugandan truck.")
    found = [e for e in a.events if e.trigger.text == "destroyed"]
    assert found and (found[0].source is None or found[0].source.country != "COD")
