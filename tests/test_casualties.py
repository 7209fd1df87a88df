"""Killed, wounded and arrested counts, on sentences of our own and on real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from warpath.casualties import parse_number, statements
from warpath.document import Analysis, Document, Span
from warpath.eval.records import read_document


@pytest.mark.parametrize(("text", "value"), [
    ("25", 25), ("1,200", 1200), ("twenty-five", 25), ("fifty five", 55),
    ("two hundred", 200), ("three thousand", 3000), ("several", None),
])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def counts(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    analysis = Analysis(Document(text), doc=doc,
                        sentences=[Span.of(text, s.start_char, s.end_char) for s in doc.sents])
    return [(s.field, s.value) for s in statements(analysis)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mortar fire hit the camp, killing a Kenyan soldier.", [("killed", 1)]),
    ("The raid killed the battalion chief and four other gunmen.", [("killed", 5)]),
    ("Jets struck depots that killed 12 fighters and wounded 40.",
     [("killed", 12), ("wounded", 40)]),
    ("At least nine villagers died and 20 were hurt.", [("killed", 9), ("wounded", 20)]),
    ("More than 30 people were injured.", [("wounded", 30)]),  # a lower bound, as written
    ("The shells landed without killing a single soldier.", [("killed", 0)]),
    ("Nobody was killed in the blast.", [("killed", 0)]),
    ("There were no casualties.", [("killed", 0), ("wounded", 0)]),
    ("Dozens of protesters were wounded.", [("wounded", None)]),
    ("Police arrested 14 students.", [("arrested", 14)]),
])
def test_statements(nlp, text: str, expected: list[tuple[str, int | None]]) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


def test_counts_go_to_the_attack_they_hang_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "A salvo of rockets slammed into the airport in Erbil, killing a Turkish engineer."
    analysis = pipeline(Document(text=text))
    salvo = [e for e in analysis.events if e.type == "ASSAULT" and e.killed == 1]
    assert salvo, [(e.trigger.text, e.killed) for e in analysis.events]


def test_ganja_attacks_on_real_text(pipeline, shared) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(next((shared / "corpus" / "text").glob("b08-*.txt")))
    analysis = pipeline(doc)
    at = analysis.text.index("The fourth attack")
    fourth = next(e for e in analysis.events
                  if e.evidence.start <= at < e.evidence.end and e.type == "ASSAULT")
    assert (fourth.killed, fourth.wounded) == (15, 55)


def test_as_many_repeats_the_number_just_given(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jets destroyed three bunkers, killing as many commanders and aides."
    assert counts(nlp, text) == [("killed", 3)]


def _tolls(pipeline, text: str, field: str = "killed") -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    return [(e.trigger.text, getattr(e, field)) for e in analysis.events
            if e.type in ("ASSAULT", "COERCE") and e.status == "asserted"]


def test_a_summing_up_line_counts_for_every_event_it_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("On May 2, naval commandos seized an oil tanker off the coast of Oman. Two weeks "
            "later, guards detained a second tanker near the port of Fujairah. Diplomats "
            "protested both moves.\n\nNeither boarding met any resistance, and no one "
            "was killed.")
    assert _tolls(pipeline, text) == [("seized", 0), ("detained", 0)]


def test_a_plural_scope_keeps_to_the_events_it_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants raided a police post in the north on Monday. On Tuesday they raided a "
            "checkpoint near the border. The army shelled their hideouts the same night.\n\n"
            "None of the raids killed anyone, officials said.")
    assert _tolls(pipeline, text) == [("raided", 0), ("raided", 0), ("shelled", None)]


def test_a_total_over_several_events_is_not_given_to_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants raided a police post in the north on Monday. On Tuesday they raided a "
            "checkpoint near the border.\n\nEleven people were killed in the raids, officials "
            "said.")
    assert _tolls(pipeline, text) == [("raided", None), ("raided", None)]


def test_the_attack_on_x_picks_the_attack_on_x(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels attacked a supply convoy near Goma on Friday. On Saturday they attacked an "
            "army barracks in Rutshuru. Officials said nobody was hurt in the attack on the "
            "convoy.")
    assert _tolls(pipeline, text, "wounded") == [("attacked", 0), ("attacked", None)]


def test_arrests_count_people_not_ships(nlp) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, "The coast guard detained the cargo ship Nordic Star.") == []
    assert counts(nlp, "Police detained its crew of 12.") == [("arrested", 12)]
    assert counts(nlp, "Police detained a group of five students.") == [("arrested", 5)]


def test_the_tanker_seizures_share_the_closing_zero(pipeline) -> None:  # type: ignore[no-untyped-def]
    devset = Path(__file__).resolve().parents[1] / "examples" / "devset" / "text"
    analysis = pipeline(read_document(next(devset.glob("d08-*.txt"))))
    detained = next(e for e in analysis.events if e.trigger.text == "detain")
    assert (detained.killed, detained.arrested) == (0, None)


def test_a_fact_box_between_does_not_cut_the_attack_from_its_toll(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants launched a mortar attack on a fuel depot near Rafah on 4 May 2023.\n\n"
            "Rafah depot attack\nDate 4 May 2023\nTime 06:10\nLocation Rafah\n"
            "Weapons 12 mortar rounds\nTarget fuel depot\nPerpetrator unknown\n"
            "Outcome depot burned\n\n"
            "The mortar attack killed two guards and injured five workers.")
    analysis = pipeline(Document(text=text))
    first = next(e for e in analysis.events if e.sentence == 0 and e.type == "ASSAULT")
    assert (first.killed, first.wounded) == (2, 5)


def test_a_line_break_ends_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("18 May - Troops shelled the port\n19 May - Rebels fired rockets at the base.")
    assert all("\n" not in s.text.strip() for s in doc.sents)


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said four soldiers were killed and nine people wounded.",
     [("killed", 4), ("wounded", 9)]),
    ("Local officials said no one was hurt.", [("wounded", 0), ("killed", 0)]),
])
def test_elided_passives_and_no_one(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


def test_a_participle_after_a_reporting_verb_counts_for_the_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen had raided a customs post near the border on 3 May, the governor said, "
            "killing seven guards.")
    analysis = pipeline(Document(text=text))
    raid = next(e for e in analysis.events if e.trigger.text == "raided")
    assert raid.killed == 7


@pytest.mark.parametrize(("text", "expected"), [
    ("At least four border guards suffered minor injuries in the scuffle.", [("wounded", 4)]),
    ("No one was killed or wounded, the police said.", [("killed", 0), ("wounded", 0)]),
])
def test_suffered_injuries_and_a_shared_no_one(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert set(counts(nlp, text)) == set(expected)


def test_a_roundup_s_next_section_keeps_its_own_zero(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Jets bombed a market in the north on Monday, killing at least 12 people including "
            "three children, witnesses told reporters.\n\nPORT CITY\n\n"
            "A grenade exploded outside a bank on Tuesday. Nobody was killed or wounded, "
            "a city official said.\n")
    analysis = pipeline(Document(text=text))
    bombed = next(e for e in analysis.events if e.trigger.text == "bombed")
    assert bombed.killed == 12


def test_no_soldiers_killed_or_wounded_is_zero_of_both(nlp) -> None:  # type: ignore[no-untyped-def]
    assert set(counts(nlp, "No soldiers were killed or wounded in the clash.")) == {
        ("killed", 0), ("wounded", 0)}


def test_a_crew_not_harmed_is_no_casualty(nlp) -> None:  # type: ignore[no-untyped-def]
    assert set(counts(nlp, "Its crew of 19 had not been harmed, the owner said.")) == {
        ("wounded", 0), ("killed", 0)}


@pytest.mark.parametrize(("text", "expected"), [
    # Losing people is their being killed; losing a limb or ground is not.
    ("The garrison held, but the battalion lost six soldiers in the night.", [("killed", 6)]),
    ("We lost three men and 11 were wounded when the outpost was overrun.",
     [("killed", 3), ("wounded", 11)]),
    ("One of our sailors lost a finger during the boarding.", []),
    # "N wounded patients": the adjective counts its noun.
    ("The district hospital has admitted 27 wounded civilians since Friday.", [("wounded", 27)]),
    # A conjunct with a casualty verb of its own is another count, not more victims.
    ("Monitors documented 41 civilians killed and 96 injured in the shelling.",
     [("killed", 41), ("wounded", 96)]),
    # "three of them children" is part of the group counted, not more of it.
    ("The blast killed 17 people, five of them children, and injured 40 others.",
     [("killed", 17), ("wounded", 40)]),
    # ... also where the participle's clause hangs the subset on the verb itself.
    ("Raiders torched the market, killing 23 people, nine of them women, and wounding 31.",
     [("killed", 23), ("wounded", 31)]),
    ("A shell struck the camp at dawn, killing 12 refugees, four of whom were children, and "
     "injuring 20.", [("killed", 12), ("wounded", 20)]),
    # A second group of its own still adds up.
    ("The blast killed six soldiers and two policemen.", [("killed", 8)]),
    # Drowning is dying; "left N dead" counts the dead.
    ("Witnesses said all 12 of the fishermen drowned after the boat was rammed.",
     [("killed", 12)]),
    ("Clashes between the two clans left at least eight herders dead.", [("killed", 8)]),
    ("The ambush left four gendarmes wounded.", [("wounded", 4)]),
])
def test_tolls_in_other_wordings(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert set(counts(nlp, text)) == set(expected)


def test_a_loss_goes_to_the_attack_and_to_the_toll_beside_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Insurgents attacked the border post at dawn. The company lost five soldiers and "
            "more than 12 were wounded, an officer said.")
    analysis = pipeline(Document(text=text))
    attack = next(e for e in analysis.events if e.trigger.text == "attacked")
    assert (attack.killed, attack.wounded) == (5, 12)


def test_fighting_that_left_people_dead_is_counted(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Clashes between two factions in the county jail left at least 6 prisoners dead."
    analysis = pipeline(Document(text=text))
    assert any(e.killed == 6 for e in analysis.events)


# --- a toll as "N killed and M wounded", the second participle hung elsewhere by the parser


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Hospital officials in the city counted three killed and at least 17 wounded after the "
     "shelling stopped.", 3, 17),
    ("The army gave a toll of two killed and five wounded in the ambush on Tuesday.", 2, 5),
    ("The interior ministry puts the toll at seven killed and about 25 injured since the "
     "clashes began.", 7, 25),
])
def test_each_number_of_a_toll_has_its_own_participle(pipeline, text, killed, wounded) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    found = {(s.field, s.value) for s in statements(analysis)}
    assert ("killed", killed) in found and ("wounded", wounded) in found
    assert ("killed", killed + wounded) not in found


@pytest.mark.parametrize(("text", "total"), [
    ("Nine gunmen and two soldiers were killed in the ambush.", 11),
    ("Rebels killed five soldiers and two civilians near the base.", 7),
])
def test_coordinated_victims_of_one_verb_still_add_up(pipeline, text, total) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    assert [s.value for s in statements(analysis) if s.field == "killed"] == [total]


# --------------------------------------------------------------- session 6: unseen wordings


@pytest.mark.parametrize(("text", "expected"), [
    # killing told by manner and outcome
    ("Two men on a scooter shot dead a district councillor.", [("killed", 1)]),
    ("Five guards were gunned down at the gate.", [("killed", 5)]),
    ("A mob beat three traders to death in the square.", [("killed", 3)]),
    ("Raiders stabbed two farmers to death overnight.", [("killed", 2)]),
    # wounds told by the body part hit or the care given
    ("One trooper was hit in the leg.", [("wounded", 1)]),
    ("Four pupils were treated for smoke inhalation.", [("wounded", 4)]),
    ("Eight villagers were rushed to hospital with burns.", [("wounded", 8)]),
    ("Two marines were hospitalised.", [("wounded", 2)]),
    # a toll without a verb of its own
    ("The toll has risen to 14 dead and 30 wounded.", [("killed", 14), ("wounded", 30)]),
    ("The death toll climbed to 41.", [("killed", 41)]),
    ("Medics put the number of people killed at 19.", [("killed", 19)]),
    # unhurt
    ("The hostages were freed unharmed.", [("wounded", 0), ("killed", 0)]),
])
def test_unseen_toll_wordings(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Gunners shot down a drone near the border.",  # shot down is no killing
    "The court sentenced two men to death.",  # a sentence is no killing
    "The ball hit him in the face of the crowd's jeers.",  # no passive: no wound
    "The delegation was taken to the ministry for talks.",  # not to hospital
    "The minister was treated to a dinner.",  # treated to, not for
    "The dead were buried on Friday.",  # no number
    "The number of checkpoints rose to 19.",  # not people killed
])
def test_wordings_that_are_no_toll(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == []


def test_a_toll_told_before_its_when_clause_goes_to_the_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Four policemen were killed and two wounded when a bomb exploded under their "
            "truck. A second device went off near a school; nobody was hurt.")
    assert dict(_tolls(pipeline, text))["exploded"] == 4
    assert dict(_tolls(pipeline, text, "wounded"))["exploded"] == 2


def test_the_blasts_are_the_bombs_that_went_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead a teacher in Yala on Monday. Later, two bombs went off near a "
            "bank in Pattani. No one was hurt in those blasts.")
    assert _tolls(pipeline, text) == [("shot", 1), ("went off", 0)]


def test_a_care_sentence_counts_for_the_attack_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants ambushed a convoy near Kunduz and killed three drivers. Seven more "
            "people were brought to the provincial hospital with gunshot wounds.")
    assert _tolls(pipeline, text, "wounded") == [("ambushed", 7)]


def test_a_dateline_is_not_the_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "KANO, Nigeria, May 3 (AP) - Six worshippers were killed at a mosque."
    assert counts(nlp, text) == [("killed", 6)]


@pytest.mark.parametrize(("text", "total"), [
    ("Two herders, a father and his nephew, were shot dead.", 2),
    ("Three nurses, two women and a man, were killed in the blast.", 3),
    ("Two soldiers, two policemen and a child, were killed in the blast.", 5),  # a list
    ("Two soldiers and a policeman were killed.", 3),
])
def test_members_listed_between_commas_are_not_added(nlp, text: str, total: int) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == [("killed", total)]


@pytest.mark.parametrize(("text", "wounded"), [
    ("1. On the night of 4 May, enemy units shelled our positions near Tavush.\n\n"
     "2. A conscript sustained a shrapnel wound to the arm as a result.", 1),
    ("1. Gunmen fired on a checkpoint near Kidal on 3 June.\n\n"
     "2. One gendarme was wounded as a result.", 1),
    ("1. Rebels attacked a police post in Kidal on Monday.\n\n"
     "2. Two soldiers were wounded near Gao on Friday.", None),  # no tie to the attack
])
def test_a_numbered_point_tied_back_by_as_a_result(pipeline, text: str, wounded) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text, "wounded")[0][1] == wounded


# Killing told by the manner and its result, "dead" hung on the object.
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead two farmers near Maiduguri.", [("killed", 2)]),
    ("Police shot a suspect dead in Lagos.", [("killed", 1)]),
    ("Soldiers stabbed a trader dead at the checkpoint.", [("killed", 1)]),
    ("Militiamen shot the dead man's brother in Bunia.", []),
])
def test_killed_by_manner_with_dead_on_the_object(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


# Care for an illness, a check-up or questioning is no wound; care for burns or gunshots is.
@pytest.mark.parametrize(("text", "expected"), [
    ("The minister was taken to hospital with chest pains.", []),
    ("The president was admitted to hospital for routine tests.", []),
    ("The suspects were taken to a hospital in Lagos for questioning.", []),
    ("The former leader was hospitalised with pneumonia.", []),
    ("Four policemen were rushed to hospital with gunshot wounds.", [("wounded", 4)]),
    ("Two children were brought to hospital with burns after the airstrike.", [("wounded", 2)]),
    ("Six people were taken to a clinic for treatment after the shelling.", [("wounded", 6)]),
])
def test_care_tells_a_wound_only_for_harm(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


# A toll of a quake, a flood, a disease or a crash is no one's act.
@pytest.mark.parametrize(("text", "expected"), [
    ("The toll of the earthquake rose to 300.", []),
    ("The death toll from the bus crash rose to 17.", []),
    ("The cholera death toll rose to 40.", []),
    ("The death toll from the bombing rose to 31.", [("killed", 31)]),
    ("The toll from the attack on the market stands at 12.", [("killed", 12)]),
])
def test_tolls_of_blameless_deaths(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


# "Unhurt" of a whole party says no one was hurt; of one person among others, nothing of them.
@pytest.mark.parametrize(("text", "expected"), [
    ("The crew escaped unhurt.", [("wounded", 0), ("killed", 0)]),
    ("All the passengers were unhurt.", [("wounded", 0), ("killed", 0)]),
    ("The commander escaped unharmed, but four soldiers were wounded.", [("wounded", 4)]),
    ("The minister was unhurt but two guards were killed.", [("killed", 2)]),
    ("The driver was unhurt.", []),
])
def test_unhurt_of_a_whole_party(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected
