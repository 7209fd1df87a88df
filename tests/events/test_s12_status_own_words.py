"""Session 12, helper F: hedged acts found on their own words but told as fact.

- A condition opened by words other than "if"/"unless" ("provided", "as long as", "on
  condition that", "in the event that"): the act of the condition is hypothetical; "as long
  as" in the past beside a past clause tells how long, not on what condition.
- "Nor/Neither" before an auxiliary, with an aside between subject and verb that makes the
  parser hang the subject on the auxiliary or make the auxiliary the head: the clause is denied.
- A definite act under a verb that brings it back ("restore", "resume", "reimpose"): the act
  brought back is a new one, so the modal or negation above reaches it.
- "go as far as to X", "so as to X": an infinitive after "as" is no time clause, so the
  question or modal above reaches it.
- A clause before a semicolon that the parser hung on the next one: no complement or subject
  of the verb after it ("...; a meeting is pencilled in for March" stays planned).
- A list under a heading that looks ahead ("Diary", "Coming up", "What to watch"): an item
  telling its act in the simple present is set to happen (planned).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warpath.document import Analysis


def _status(analysis: Analysis, trigger: str) -> list[str]:
    return [e.status for e in analysis.events if trigger in e.trigger.text.split()]


# --- conditions other than "if" ------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The militia will hand over the prisoners provided the government agrees to a ceasefire.",
     "agrees"),
    ("The militia said it would stay out of the town as long as the army withdraws its tanks "
     "from the valley.", "withdraws"),
    ("Baku will sign the corridor deal on condition that Yerevan releases the prisoners first.",
     "releases"),
    ("Troops will stay in the town in the event that the rebels attack the convoy again.",
     "attack"),
])
def test_condition_words_make_the_act_hypothetical(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got == ["hypothetical"] * len(got) and got, (text, got)


@pytest.mark.parametrize(("text", "trigger"), [
    ("As long as the blockade lasted, the rebels shelled the port every night.", "shelled"),
    ("Supplied with new drones, the army attacked the rebel camp near Goma on Sunday.",
     "attacked"),
])
def test_condition_look_alikes_stay_asserted(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got and all(s == "asserted" for s in got), (text, got)


# --- "Nor has X, <aside>, done" ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Nor has any minister in Baghdad, as far as we can tell, asked for the envoy to be "
     "recalled.", "asked"),
    ("Nor did the rebels, according to two witnesses, attack the convoy.", "attack"),
    ("Nor has Tehran, despite repeated appeals, released the detained sailors.", "released"),
])
def test_inverted_nor_with_an_aside_denies(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    assert _status(analyse(text), trigger) == ["negated"], text


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army retook the town in May. Nor was that the end of it: the rebels attacked again "
     "in June.", "attacked"),
    ("The envoys met in Doha in April, and the guards, according to two witnesses, fired on "
     "the crowd.", "fired"),
])
def test_nor_elsewhere_denies_nothing(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got and all(s in ("asserted", "reported") for s in got), (text, got)


# --- bringing an act back ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Belgrade said it would never reimpose its embargo on Kosovo goods.", "embargo", "negated"),
    ("What would Ankara lose by resuming its military cooperation with Yerevan?", "cooperation",
     "hypothetical"),
    ("Tokyo might reinstate the country's fishing ban on Chinese trawlers, officials hinted.",
     "ban", "hypothetical"),
])
def test_act_brought_back_takes_the_cue_above(
        analyse: Callable[[str], Analysis], text: str, trigger: str, status: str) -> None:
    assert _status(analyse(text), trigger) == [status], text


@pytest.mark.parametrize(("text", "trigger"), [
    ("Minsk restored its military cooperation with Moscow in March.", "cooperation"),
    ("The junta resumed its air strikes on the northern villages on Tuesday.", "strikes"),
])
def test_act_brought_back_in_fact_stays_asserted(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    assert _status(analyse(text), trigger) == ["asserted"], text


# --- "as far as to" ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Observers wondered whether the junta would go so far as to bomb the refugee camp.", "bomb"),
    ("Few expect that Minsk would go as far as to expel the Polish consul.", "expel"),
    ("Nobody knows whether Ankara would go as far as to shell the Kurdish positions.", "shell"),
])
def test_as_far_as_to_under_a_hedge(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    assert _status(analyse(text), trigger) == ["hypothetical"], text


@pytest.mark.parametrize(("text", "trigger"), [
    ("The militia went so far as to shell the clinic on Monday.", "shell"),
    ("The police fired tear gas so as to disperse the crowd, witnesses said.", "fired"),
])
def test_as_far_as_to_in_fact(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got and all(s in ("asserted", "reported") for s in got), (text, got)


# --- a clause before a semicolon --------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Seoul could host another round; a meeting between the two envoys is pencilled in for "
     "March.", "meeting"),
    ("The border stayed shut; a visit by the foreign minister is being arranged for next month.",
     "visit"),
    ("Talks in Geneva collapsed; fresh negotiations between the two sides are scheduled for the "
     "spring.", "negotiations"),
])
def test_arranged_act_after_a_semicolon_is_planned(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got and all(s == "planned" for s in got), (text, got)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Mortars hit the market on Friday; a second attack was repelled at dawn on Saturday.", "hit"),
    ("The envoys met in Doha in April; a joint statement was issued at the end.", "met"),
])
def test_acts_before_a_semicolon_stay_asserted(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got and all(s == "asserted" for s in got), (text, got)


# --- a heading that looks ahead ---------------------------------------------------------------

_DIARY = ("The two leaders met in Sochi in March.\n\nDiary\n"
          "- The defence ministers hold talks in Tbilisi on 4 June.\n"
          "- The foreign ministers sign the gas deal in Baku on Friday.\n")
_COMING = ("Coming up\n- The two presidents meet in Astana next Tuesday.\n"
           "- Rebels attacked the convoy on Monday, police said.\n"
           "- The army has asked for more helicopters.\n")


@pytest.mark.parametrize(("text", "trigger"), [
    (_DIARY, "talks"), (_DIARY, "sign"), (_COMING, "meet"),
])
def test_present_items_under_a_look_ahead_heading_are_planned(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got and all(s == "planned" for s in got), (trigger, got)


@pytest.mark.parametrize(("text", "trigger"), [
    (_COMING, "attacked"), (_COMING, "asked"),
])
def test_past_items_under_a_look_ahead_heading_keep_their_status(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    got = _status(analyse(text), trigger)
    assert got and all(s in ("asserted", "reported") for s in got), (trigger, got)
