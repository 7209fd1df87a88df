"""Hedge frames crossed with acts: a frame that hedges one act must hedge every act put in it.

Each case puts one act (a verb, or a noun of an act) into a frame that says the act did not
happen, may happen or is only planned, and checks the status of that act's event. A frame that
works for "shell" but not for "impose sanctions" is a gap in the grammar, not in the lexicon.
The last frames are controls: hedging words that do not govern the act leave it a fact.
"""

from __future__ import annotations

import pytest

P, H, N, A, R = "planned", "hypothetical", "negated", "asserted", "reported"

# (type, subject, base, past, gerund, third person, object)
ACTS = [
    ("ASSAULT", "the army", "shell", "shelled", "shelling", "shells", "the town of Kupiansk"),
    ("SANCTION", "Washington", "impose", "imposed", "imposing", "imposes",
     "sanctions on Venezuela"),
    ("RETREAT", "Moscow", "withdraw", "withdrew", "withdrawing", "withdraws",
     "its troops from the area"),
    ("CONSULT", "the Chinese foreign minister", "meet", "met", "meeting", "meets",
     "his Indian counterpart"),
]

VERB_FRAMES = [
    ("{S} ought to {V} {O}.", {H, P}),
    ("{S} has to {V} {O}.", {H, P}),
    ("{S} will have to {V} {O}.", {H, P}),
    ("{S} should {V} {O}.", {H, P}),
    ("{S} is unlikely to {V} {O}.", {H, N}),
    ("{S} has not ruled out {I} {O}.", {H}),
    ("{S} stopped short of {I} {O}.", {N}),
    ("{S} kept quiet rather than {V} {O}.", {N}),
    ("Instead of {I} {O}, {S} called for calm.", {N}),
    ("There is no evidence that {S} {D} {O}.", {N}),
    ("{S} was barred from {I} {O}.", {N}),
    ("{S} came close to {I} {O}.", {N}),
    ("{S} has every reason to {V} {O}.", {H}),
    ("{S} is in no position to {V} {O}.", {H, N}),
    ("{S} is entitled to {V} {O}.", {H}),
    ("{S} is in talks to {V} {O}.", {H, P}),
    ("Whether {S} will {V} {O} is unclear.", {H}),
    ("If {S} {T} {O}, the region will suffer.", {H}),
    ("{S} was due to {V} {O} on Monday but the plan was called off.", {N}),
    ("{S} dismissed reports that it would {V} {O}.", {N, H}),
    ("{S} has no intention of {I} {O}.", {N}),
]

CONTROLS = [
    ("{S} had to {V} {O} after the talks failed.", {A}),
    ("{S} {D} {O} on Monday, officials said.", {R, A}),
    ("Although talks could resume, {S} {D} {O} on Monday.", {A}),
    ("{S} {D} {O} on Monday; whether more will follow is unclear.", {A}),
    ("{S} {D} {O} rather than wait for the talks.", {A}),
]


def _fill(frame: str, act: tuple[str, ...]) -> str:
    _, subj, base, past, ing, third, obj = act
    text = frame.format(S=subj, V=base, D=past, I=ing, T=third, O=obj)
    return text[0].upper() + text[1:]


def _statuses(analyse, text: str, kind: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The statuses of the events of the act's type (each sentence tells one act of it)."""
    return [e.status for e in analyse(text).events if e.type == kind]


@pytest.mark.parametrize("act", ACTS, ids=[a[2] for a in ACTS])
@pytest.mark.parametrize(("frame", "allowed"), VERB_FRAMES + CONTROLS,
                         ids=[f for f, _ in VERB_FRAMES + CONTROLS])
def test_a_frame_sets_the_status_of_any_act(analyse, frame, allowed, act) -> None:  # type: ignore[no-untyped-def]
    text = _fill(frame, act)
    found = _statuses(analyse, text, act[0])
    assert found, f"no {act[0]} event in {text!r}"
    assert any(s in allowed for s in found), f"{text!r}: {found}"


# (type, head noun, rest of the phrase)
NOUN_ACTS = [
    ("ASSAULT", "air strike", "on Kupiansk"),
    ("RETREAT", "withdrawal", "of Russian troops from Kherson"),
    ("MOBILIZE", "deployment", "of Indian troops to the border"),
    ("COERCE", "blockade", "of the port of Hodeidah"),
]

NOUN_FRAMES = [
    ("The minister called for a {N} {O}.", {H}),
    ("Ankara demanded a {N} {O}.", {H}),
    ("Officials warned of a {N} {O}.", {H}),
    ("The cabinet discussed a {N} {O} but took no decision.", {H}),
    ("An aborted {N} {O} embarrassed the government.", {N}),
    ("The planned {N} {O} was announced on Monday.", {P}),
]


@pytest.mark.parametrize("act", NOUN_ACTS, ids=[a[1] for a in NOUN_ACTS])
@pytest.mark.parametrize(("frame", "allowed"), NOUN_FRAMES, ids=[f for f, _ in NOUN_FRAMES])
def test_a_frame_sets_the_status_of_any_named_act(analyse, frame, allowed, act) -> None:  # type: ignore[no-untyped-def]
    kind, noun, rest = act
    text = frame.format(N=noun, O=rest).replace(" a a", " an a")
    head = noun.split()[-1]
    found = [e.status for e in analyse(text).events
             if e.type == kind and head in e.trigger.text.lower().split()]
    assert found, f"no {kind} event on {head!r} in {text!r}"
    assert set(found) <= allowed, f"{text!r}: {found}"


@pytest.mark.parametrize("text", [
    "The cabinet discussed the shelling of Kharkiv on Monday.",
    "The Israeli ground offensive in Rafah killed dozens of people.",
    "Iran was the first country to recognise the new government.",
])
def test_acts_that_happened_stay_facts(analyse, text) -> None:  # type: ignore[no-untyped-def]
    assert all(e.status in (A, R) for e in analyse(text).events)


@pytest.mark.parametrize(("text", "kind", "allowed"), [
    ("Sanctions on two shipping firms were not adopted at the summit.", "SANCTION", {N}),
    ("An arms embargo on the junta was never imposed.", "SANCTION", {N}),
    ("Ministers are divided over whether to expel the ambassador.", "SANCTION", {H}),
    ("The assembly argued about whether to recall its envoy from Minsk.", "SANCTION", {H}),
])
def test_a_measure_not_enacted_or_still_in_question(analyse, text, kind, allowed) -> None:  # type: ignore[no-untyped-def]
    found = _statuses(analyse, text, kind)
    assert found and set(found) <= allowed, found


def test_a_measure_enacted_is_a_fact(analyse) -> None:  # type: ignore[no-untyped-def]
    assert _statuses(analyse, "The new sanctions on the two firms were adopted on Monday.",
                     "SANCTION") == [A]


@pytest.mark.parametrize(("text", "word", "allowed"), [
    ("The envoy said there would be no new talks until Kabul released the two engineers.",
     "released", {H}),
    ("The general said his men would stay put until the rebels withdrew from the ridge.",
     "withdrew", {H}),
    ("The army pulled back after the rebels released the two engineers.", "released", {A}),
])
def test_a_past_shifted_under_would_is_to_come(analyse, text, word, allowed) -> None:  # type: ignore[no-untyped-def]
    found = [e.status for e in analyse(text).events if e.trigger.text.lower() == word]
    assert found and set(found) <= allowed, found
