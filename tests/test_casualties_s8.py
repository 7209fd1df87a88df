"""Session 8, round 2: tolls by class (sentences written for these tests).

Classes: lives lost ("three soldiers lost their lives"); "in which" / "during which" standing
for an event noun the parser hung elsewhere; the toll of the other field right after a toll,
even in a new paragraph; a participle of what the attack did next does not take the victims
told after; "The blast also wounded ..." going back to the attack of the sentence before; a
zero of the other field beside a toll; "no evidence that anyone was killed"; "in a separate
incident" is no earlier event.
"""

from __future__ import annotations

import pytest

from warpath.document import Document


def _tolls(pipeline, text: str) -> dict[str, tuple[int | None, int | None]]:  # type: ignore[no-untyped-def]
    """trigger -> (killed, wounded) of the factual attacks; several events of one trigger must
    agree (the two sides of a clash)."""
    out: dict[str, tuple[int | None, int | None]] = {}
    for e in pipeline(Document(text=text.replace("\\n", "\n"))).events:
        if e.type in ("ASSAULT", "COERCE") and e.status in ("asserted", "reported"):
            out.setdefault(e.trigger.text, (e.killed, e.wounded))
    return out


@pytest.mark.parametrize(("text", "trigger", "killed"), [
    ("Three soldiers lost their lives in the fighting near Fataki.", "lost", 3),
    ("Rebels shelled the town on Monday; four civilians lost their lives.", "shelled", 4),
    ("Rebels shelled the town on Monday. At least two nurses lost their lives.", "shelled", 2),
])
def test_lives_lost_are_the_dead(pipeline, text, trigger, killed) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)[trigger][0] == killed


@pytest.mark.parametrize("text", [
    "The company lost its licence after the audit, and four managers resigned.",
    "The striker lost his temper and two fans were ejected from the ground.",
])
def test_other_losses_are_no_deaths(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert all(k is None for k, _ in _tolls(pipeline, text).values())


def test_no_one_lost_a_life_is_zero(pipeline) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text="No one lost his life in the raid."))
    assert [e.killed for e in analysis.events] == [0]


@pytest.mark.parametrize(("text", "trigger", "killed", "wounded"), [
    ("The Secretariat is also concerned by the fighting of 4 November near Fataki between the "
     "army and fighters of the CRP, in which three soldiers lost their lives, according to the "
     "army spokesman.", "fighting", 3, None),
    ("The clashes on Tuesday between the army and rebels of the FDLR near Rutshuru, in which two "
     "soldiers died, were the worst this year.", "clashes", 2, None),
    ("The shelling of Kharkiv by Russian forces on Monday, during which four civilians were "
     "wounded, drew a protest from Kyiv.", "shelling", None, 4),
])
def test_in_which_stands_for_the_event_noun(pipeline, text, trigger, killed, wounded) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)[trigger] == (killed, wounded)


@pytest.mark.parametrize("text", [
    "The committee reviewed the budget, in which three posts were lost.",
    "The report describes the storm of March, in which two fishermen died.",
])
def test_in_which_without_an_act_of_force(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert all(k is None for k, _ in _tolls(pipeline, text).values())


@pytest.mark.parametrize(("text", "trigger", "killed", "wounded"), [
    ("Rebels shelled the district late on Monday, killing at least six people, the hospital "
     "said.\\n\\nFourteen people were wounded, the hospital added.", "shelled", 6, 14),
    ("Gunmen stormed a police post near Kano, killing three officers, a spokesman said.\\n\\n"
     "Nine others were injured, he added.", "stormed", 3, 9),
    ("A car bomb ripped through a market in Mogadishu on Friday, wounding 20 people.\\n\\n"
     "Four people died, the ambulance service said later.", "ripped", 4, 20),
])
def test_the_next_paragraph_completes_the_toll(pipeline, text, trigger, killed, wounded) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)[trigger] == (killed, wounded)


@pytest.mark.parametrize("text", [
    "Rebels shelled the district late on Monday, the hospital said.\\n\\nFourteen people were "
    "wounded in a separate incident in the north.",
    "Rebels shelled the district late on Monday, the hospital said.\\n\\nFourteen people were "
    "wounded, the hospital added.",
])
def test_a_new_paragraph_toll_with_nothing_to_complete_stays_apart(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)["shelled"] == (None, None)


@pytest.mark.parametrize(("text", "trigger", "wounded"), [
    ("A drone struck the tanker, setting fire to its deck. One sailor suffered burns.",
     "struck", 1),
    ("Police raided the camp, seizing rifles. Two officers were wounded.", "raided", 2),
    ("Militiamen attacked the village, burning granaries. Six women were injured.",
     "attacked", 6),
])
def test_the_victims_go_to_the_attack_not_its_sequel(pipeline, text, trigger, wounded) -> None:  # type: ignore[no-untyped-def]
    tolls = _tolls(pipeline, text)
    assert tolls[trigger][1] == wounded
    assert all(w is None for t, (_, w) in tolls.items() if t.endswith("ing"))


@pytest.mark.parametrize(("text", "trigger", "killed", "wounded"), [
    ("Insurgents detonated a car bomb outside the governor's office, killing five policemen. "
     "The explosion also wounded eleven passers-by.", "detonated", 5, 11),
    ("Gunmen ambushed a convoy near Tillaberi, killing four soldiers. The attack also left "
     "seven wounded.", "ambushed", 4, 7),
    ("Rebels set off a mine under a bus near Beni, killing two passengers. The blast, which "
     "overturned the bus, also injured three others.", "set off", 2, 3),
])
def test_the_blast_also_wounded_goes_back(pipeline, text, trigger, killed, wounded) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)[trigger] == (killed, wounded)


@pytest.mark.parametrize("text", [
    "Militants fired rockets at the base on Sunday, killing two contractors. The blast at the "
    "market on Monday wounded nine people.",
    "Militants fired rockets at the base on Sunday, killing two contractors. A bombing in the "
    "capital wounded nine people.",
])
def test_another_blast_keeps_its_own_toll(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)["fired"] == (2, None)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Two guards were slightly injured, a local official told reporters, and no one was "
     "killed.", "injured"),
    ("Three porters were wounded, the agency said, and nobody was killed.", "wounded"),
    ("Five border guards were wounded, officials said, and none was killed.", "wounded"),
])
def test_a_zero_of_the_other_field_goes_with_the_toll_beside_it(pipeline, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)[trigger][0] == 0


@pytest.mark.parametrize(("text", "trigger"), [
    ("Jets bombed a depot near Aleppo, but monitors found no evidence that anyone was killed.",
     "bombed"),
    ("Militants shelled the outpost overnight; there was no sign that anybody had been hurt.",
     "shelled"),
    ("Gunmen raided the mine on Friday; there was no indication that anyone had been hurt.",
     "raided"),
])
def test_no_trace_of_anyone_harmed_is_zero(pipeline, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert 0 in _tolls(pipeline, text)[trigger]


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy on Friday, and the army did not say whether anyone was wounded.",
    "Rebels attacked the convoy on Friday; officials asked if anyone was wounded.",
    "Rebels attacked the convoy on Friday, but the army denied that its men had harmed anyone.",
])
def test_an_open_question_about_anyone_is_no_zero(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    assert _tolls(pipeline, text)["attacked"] == (None, None)
