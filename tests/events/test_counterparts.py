"""In a story about two states, a state's hostile act with no target named faces the other
state, and says that it was inferred."""

from warpath.events.counterparts import HOSTILE, two_states

STORY = (
    "Indian and Chinese troops clashed on the disputed border in Arunachal Pradesh on "
    "Sunday. India's army said Chinese soldiers had crossed the line of actual control. "
    "China's foreign ministry rejected the account and said Indian patrols had provoked "
    "the incident. The Indian army said its soldiers fired warning shots. Beijing and New "
    "Delhi will hold talks next week."
)


def test_the_story_is_about_two_states(analyse):
    assert set(two_states(analyse(STORY)) or ()) == {"IND", "CHN"}


def test_a_target_left_unsaid_is_the_other_state_and_marked(analyse):
    a = analyse(STORY)
    shots = next(e for e in a.events if e.trigger.text == "fired")
    assert shots.source.country == "IND"
    assert (shots.target.country, shots.target.inferred) == ("CHN", "counterpart")
    # only hostile acts of one of the two states, and always the other one
    for e in a.events:
        if e.target is not None and e.target.inferred:
            assert e.type in HOSTILE
            assert {e.source.country, e.target.country} == {"IND", "CHN"}


def test_a_story_about_one_state_infers_nothing(analyse):
    a = analyse("Police in Kenya fired tear gas at protesters in Nairobi. Kenya's interior "
                "minister said the protest was illegal. The police fired again on Tuesday.")
    assert all(e.target is None or e.target.inferred is None for e in a.events)


def test_a_state_fighting_its_own_rebels_gets_no_foreign_target(analyse):
    a = analyse(
        "Colombian troops fought ELN rebels near the Venezuelan border on Monday. Venezuela "
        "said it had closed two crossings. Colombia's army said it captured twelve fighters. "
        "Venezuela and Colombia will discuss the border. Colombia's army attacked again.")
    colombian = [e for e in a.events if e.source is not None and e.source.country == "COL"]
    assert colombian and all(e.target is None or e.target.inferred is None for e in colombian)
    # Venezuela, with no war at home in the story, still faces Colombia
    closing = next(e for e in a.events if e.trigger.text == "closed")
    assert (closing.target.country, closing.target.inferred) == ("COL", "counterpart")
