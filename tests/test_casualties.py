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
    # Losing people is their being killed; losing a limb is a wound (no death), ground nothing.
    ("The garrison held, but the battalion lost six soldiers in the night.", [("killed", 6)]),
    ("We lost three men and 11 were wounded when the outpost was overrun.",
     [("killed", 3), ("wounded", 11)]),
    ("One of our sailors lost a finger during the boarding.", [("wounded", 1)]),
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


# Counts told with "dozen", "another" or one number before several plural nouns.
@pytest.mark.parametrize(("text", "expected"), [
    ("At least 14 volunteers were killed and a dozen wounded.", [("killed", 14), ("wounded", 12)]),
    ("Half a dozen policemen were injured in the riot.", [("wounded", 6)]),
    ("Two dozen villagers were wounded by the shelling.", [("wounded", 24)]),
    ("Troops killed a dozen militants near the border.", [("killed", 12)]),
    ("Dozens of people were hurt.", [("wounded", None)]),
    ("The gunmen shot dead one guard and wounded another.", [("killed", 1), ("wounded", 1)]),
    ("The governor said at least 17 soldiers and fighters died in two days of clashes.",
     [("killed", 17)]),
    ("Police said six officers and volunteers were wounded in the attack.", [("wounded", 6)]),
    ("Nine guards and prisoners were killed when the jail was stormed.", [("killed", 9)]),
    ("Two soldiers and dozens of civilians were killed.", [("killed", None)]),
    ("The blast injured three Kenyan police officers and two Somali army personnel.",
     [("wounded", 5)]),
    ("Four soldiers and the driver were killed.", [("killed", 5)]),
    ("Three policemen and two civilians were wounded.", [("wounded", 5)]),
])
def test_dozens_another_and_shared_numbers(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


# Deaths told as the dead being found or "sent to hell"; wounds as a lost limb.
@pytest.mark.parametrize(("text", "expected"), [
    ("One of the prisoners, a 40-year-old farmer, was found dead in his cell.", [("killed", 1)]),
    ("Three hostages were later found dead near the river.", [("killed", 3)]),
    ("Two bodies were found in a ditch.", []),
    ("The ministry said 19 insurgents had been \"sent to hell\" in the operation.",
     [("killed", 19)]),
    ("The army said it had sent twelve terrorists to hell.", [("killed", 12)]),
    ("The dissident was sent to prison for ten years.", []),
    ("Two battalions were sent to the front.", []),
    ("One of our sailors lost a thumb.", [("wounded", 1)]),
    ("Two children lost their legs when the mine exploded.", [("wounded", 2)]),
    ("The ruling party lost two seats.", []),
    ("The company lost its grip on the market.", []),
])
def test_found_dead_sent_to_hell_and_lost_limbs(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


# "No soldiers were hurt" says none of them was killed either (as "nobody was hurt" does).
@pytest.mark.parametrize(("text", "expected"), [
    ("The army says no soldiers were hurt.", [("wounded", 0), ("killed", 0)]),
    ("No passengers were injured, the airline said.", [("wounded", 0), ("killed", 0)]),
    ("No civilians were killed.", [("killed", 0)]),
    ("Four soldiers were hurt.", [("wounded", 4)]),
])
def test_no_people_hurt_means_none_killed(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


def _acts(pipeline, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    return [(e.trigger.text, e.killed, e.wounded) for e in analysis.events
            if e.type == "ASSAULT" and e.embedding == "main"]


# A toll participle of the clause's own attack is that attack's toll, not an attack of its own.
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen raided a market town in the north, leaving two traders dead and seven wounded.",
     [("raided", 2, 7)]),
    ("Militants attacked a police post on Friday, killing three officers and wounding five.",
     [("attacked", 3, 5)]),
    ("Insurgents stormed a checkpoint at dawn, killing one gendarme and wounding another, "
     "officials said.", [("stormed", 1, 1)]),
    ("Drones struck a fuel depot overnight, leaving four workers wounded.",
     [("struck", None, 4)]),
])
def test_a_toll_participle_is_its_attacks_toll(pipeline, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _acts(pipeline, text) == expected


@pytest.mark.parametrize(("text", "acts"), [
    # an act of its own, with a subject of its own
    ("Police raided the camp, and the insurgents wounded two officers.", 2),
    ("Rebels shelled the town and soldiers killed three of them in the counter-attack.", 2),
    # more acts than a toll in the participle chain: the killing (with the carrying off) stays
    ("Hundreds of gunmen overran an army camp, killing five soldiers and carrying off four "
     "others.", 2),
])
def test_other_acts_beside_an_attack_stay_apart(pipeline, text: str, acts: int) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    assert len([e for e in analysis.events if e.type == "ASSAULT"]) == acts, [
        (e.trigger.text, e.embedding) for e in analysis.events]


# Stand-alone tolls after the attack: a sufferer's wounds, "other" victims a paragraph on, a
# zero after a negated act, an operation named by a hyphenated noun.
def test_sufferers_and_other_victims_go_to_the_attack_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("A drone hit the cargo ship Nordic Star while it lay at anchor off the port. "
            "Three crew members suffered burns and were taken to hospital.")
    assert ("hit", None, 3) in _acts(pipeline, text)
    text = ("Fighters ambushed a fuel convoy near the river on Monday, killing nine soldiers, "
            "two sources said.\n\nThe trucks were caught in a narrow valley by rocket fire, one "
            "of the sources said. Eleven other soldiers were wounded.")
    assert ("ambushed", 9, 11) in _acts(pipeline, text)
    text = ("Gunmen attacked a police station in the north on Friday, killing four officers."
            "\n\nThe governor visited the town on Sunday and praised the police. Six traders "
            "were wounded in the capital.")
    assert ("attacked", 4, None) in _acts(pipeline, text)


def test_a_zero_after_a_negated_act_sums_up_the_episode(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Two frigates escorted a survey vessel into the disputed waters on Monday. "
            "No shots were fired and no one was hurt.")
    analysis = pipeline(Document(text=text))
    escort = [e for e in analysis.events if e.trigger.text == "escorted"]
    assert escort and (escort[0].killed, escort[0].wounded) == (0, 0)


def _by_trigger(pipeline, text: str) -> dict[str, tuple[int | None, int | None]]:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    return {e.trigger.text: (e.killed, e.wounded) for e in analysis.events}


# "that incident" may be any act of force told just before, and coordinated acts are one
# incident; an act two sentences back with another in between is not "the incident".
def test_the_incident_is_the_act_just_told(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = _by_trigger(pipeline, "A patrol boat turned its water cannon on a fishing boat near "
                      "the reef and chased it away. No one was injured in that incident.")
    assert got["turned"] == (0, 0) and got["chased"] == (0, 0)
    got = _by_trigger(pipeline, "Militia fighters torched a clinic and looted a warehouse in "
                      "the town. Nobody was hurt in the incident.")
    assert got["torched"] == (0, 0) and got["looted"] == (0, 0)
    got = _by_trigger(pipeline, "Soldiers shelled the hills on Monday. Rebels burned a bridge "
                      "on Tuesday. Nobody was hurt in the incident.")
    assert got["shelled"] == (None, None) and got["burned"] == (0, 0)


# A toll of both fields in one phrase goes to the one toll event its sentence has.
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The health office now puts the toll at four killed and at least 11 wounded since the "
     "raid began.", "killed", (4, 11)),
    ("Medics put the toll at nine killed and 30 wounded after the market bombing.", "killed",
     (9, 30)),
    ("The Red Crescent put the figure at three killed and 14 wounded.", "killed", (3, 14)),
    ("Hospital officials now put the toll at seven killed and at least 25 injured since the "
     "shelling began.", "killed", (7, 25)),
])
def test_a_toll_of_both_fields(pipeline, text: str, trigger: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert _by_trigger(pipeline, text).get(trigger) == expected


def test_a_toll_pair_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Medics put the toll at nine killed and 30 wounded after the market bombing."
    assert [e.trigger.text for e in pipeline(Document(text=text)).events] == ["killed"]
    # two acts with attackers of their own stay two
    text = "Soldiers killed three militants and the rebels wounded two policemen."
    assert len(pipeline(Document(text=text)).events) == 2


# "N other soldiers were wounded" continues the toll told of the attack a few lines back, even
# when the attack was retold in between; with no toll told before, the nearest attack.
def test_other_victims_join_the_toll_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen stormed an army post near the lake on Sunday, killing seven soldiers, two "
            "officials said.\n\nThe raiders, who came by boat, overran the post after a long "
            "firefight, one of the officials said. Four other soldiers were wounded and a truck "
            "was burned.")
    got = _by_trigger(pipeline, text)
    assert got["stormed"] == (7, 4) and got["overran"] == (None, None)
    text = ("Soldiers shelled rebel positions near the town on Monday. Rebels attacked a "
            "checkpoint on Tuesday. Three other soldiers were wounded.")
    got = _by_trigger(pipeline, text)
    assert got["attacked"] == (None, 3) and got["shelled"] == (None, None)
