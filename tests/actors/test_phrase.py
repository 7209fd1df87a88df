"""`resolve_phrase`: the actor an argument head stands for, as the events stage asks for it."""

from __future__ import annotations

from warpath.actors.resolve import resolve_phrase
from warpath.document import Document

TEXT = ("Iraqi militias fired rockets at a base where U.S. troops were stationed, and Hezbollah "
        "fighters shelled a post. Secretary of State Mike Pompeo blamed Iran for the attack on "
        "the U.S. drone. Unidentified gunmen later ambushed a convoy, and he condemned it.")


def token(analysis, word, nth=0):
    return [t for t in analysis.doc if t.text == word][nth]


def test_generic_heads_become_generic_actors(actor_pipeline):
    a = actor_pipeline(Document(text=TEXT))
    militias = resolve_phrase(a, token(a, "militias"))
    assert militias is not None
    assert (militias.name, militias.kind, militias.country, militias.sector) == (
        "Iraqi militias", "group", "IRQ", "REB")
    troops = resolve_phrase(a, token(a, "troops"))
    assert troops is not None and (troops.country, troops.sector) == ("USA", "MIL")


def test_members_of_a_named_group_are_the_group(actor_pipeline):
    a = actor_pipeline(Document(text=TEXT))
    fighters = resolve_phrase(a, token(a, "fighters"))
    assert fighters is not None and fighters.name == "Hezbollah"


def test_named_heads_and_pronouns_return_their_actor(actor_pipeline):
    a = actor_pipeline(Document(text=TEXT))
    assert resolve_phrase(a, token(a, "Pompeo")).name == "Mike Pompeo"  # type: ignore[union-attr]
    assert resolve_phrase(a, token(a, "he")).name == "Mike Pompeo"  # type: ignore[union-attr]


def test_modifier_gives_the_actor_of_a_thing(actor_pipeline):
    a = actor_pipeline(Document(text=TEXT))
    drone = resolve_phrase(a, token(a, "drone"))
    assert drone is not None and drone.country == "USA"


def test_generic_without_country_is_created_on_demand(actor_pipeline):
    a = actor_pipeline(Document(text=TEXT))
    before = len(a.actors)
    gunmen = resolve_phrase(a, token(a, "gunmen"))
    assert gunmen is not None and gunmen.kind == "group" and gunmen.country is None
    assert len(a.actors) == before + 1
    assert resolve_phrase(a, token(a, "gunmen")) is gunmen  # same actor on a second call
    assert resolve_phrase(a, token(a, "convoy")) is None


def test_backed_and_pro_groups_are_not_the_backers(actor_pipeline):
    a = actor_pipeline(Document(
        text="Iranian-backed militias and pro-Turkish rebels clashed with Syrian troops."))
    militias = resolve_phrase(a, token(a, "militias"))
    rebels = resolve_phrase(a, token(a, "rebels"))
    troops = resolve_phrase(a, token(a, "troops"))
    assert militias is not None and militias.country is None
    assert rebels is not None and rebels.country is None
    assert troops is not None and troops.country == "SYR"


def test_a_dateline_before_a_colon_is_no_modifier(actor_pipeline):
    a = actor_pipeline(Document(text="IMPHAL, Nov 2: Indian and Burmese troops faced off near "
                                     "Moreh on Friday."))
    troops = resolve_phrase(a, token(a, "troops"))
    assert troops is None or troops.name != "IMPHAL"


def test_a_crowd_takes_the_one_country_its_sentence_names(actor_pipeline):
    a = actor_pipeline(Document(text="Bolivian police used batons to disperse demonstrators "
                                     "late on Tuesday."))
    crowd = resolve_phrase(a, token(a, "demonstrators"))
    assert crowd is not None and crowd.country == "BOL"


def test_a_crowd_stays_without_a_country_when_two_are_named(actor_pipeline):
    a = actor_pipeline(Document(text="Bolivian police used batons to disperse demonstrators "
                                     "outside the Peruvian embassy."))
    crowd = resolve_phrase(a, token(a, "demonstrators"))
    assert crowd is None or crowd.country is None


def test_a_titled_person_takes_the_one_state_his_sentence_names(actor_pipeline):
    a = actor_pipeline(Document(text="Tongan rebels said they would free Prime Minister Sione "
                                     "Vaea and six of his aides on Sunday."))
    person = next(x for x in a.actors if x.kind == "person" and "Vaea" in x.name)
    assert person.country == "TON"


def test_a_titled_person_stays_without_a_country_when_two_states_are_named(actor_pipeline):
    a = actor_pipeline(Document(text="Tongan and Samoan envoys met Prime Minister Sione Vaea "
                                     "on Sunday."))
    person = next(x for x in a.actors if x.kind == "person" and "Vaea" in x.name)
    assert person.country is None


def test_the_name_of_a_town_is_no_person(actor_pipeline):
    a = actor_pipeline(Document(text="Rebels shelled the town of Avdiivka on Monday."))
    assert not any(x.kind == "person" and x.name == "Avdiivka" for x in a.actors)
