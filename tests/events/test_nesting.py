"""Each event says whether it is its sentence's own news, nested in another event, or
background: what lets a one-event-per-clause view be read off without losing the rest."""

from tests.events.conftest import events_of


def _by_trigger(analysis):
    return {e.trigger.text: e for e in analysis.events}


def test_an_accusation_holds_the_killings_it_alleges(analyse):
    a = analyse("A report published in Kigali alleged that French soldiers helped carry out "
                "killings in 1994.")
    accuse = events_of(a, "ACCUSE")[0]
    killing = events_of(a, "ASSAULT")[0]
    assert accuse.embedding == "main" and accuse.nested_in is None
    assert killing.embedding == "nested" and killing.nested_in == accuse.id


def test_a_stated_intention_holds_what_it_announces(analyse):
    a = analyse("Canada said it will send humanitarian aid to Sudan.")
    intent, aid = events_of(a, "AGREE")[0], events_of(a, "AID")[0]
    assert intent.embedding == "main"
    assert aid.embedding == "nested" and aid.nested_in == intent.id


def test_a_demand_holds_the_act_demanded(analyse):
    a = analyse("Germany said Russia must withdraw its troops from the border.")
    demand, retreat = events_of(a, "REQUEST")[0], events_of(a, "RETREAT")[0]
    assert demand.embedding == "main" and retreat.nested_in == demand.id


def test_a_refusal_holds_everything_under_its_verb(analyse):
    a = analyse("The president said he would not give permission to Turkey to help Armenia.")
    reject = events_of(a, "REJECT")[0]
    by_id = {e.id: e for e in a.events}

    def outermost(e):
        while e.nested_in:
            e = by_id[e.nested_in]
        return e

    inner = [e for e in a.events if e is not reject]
    assert inner and all(outermost(e) is reject for e in inner)


def test_events_under_a_bare_speech_verb_are_main(analyse):
    a = analyse("Rebels shelled a market in Goma on Sunday, seizing six traders, local "
                "officials said.")
    shelled = _by_trigger(a)["shelled"]
    assert shelled.embedding == "main"
    # the participle says what the shelling did: it sits inside it
    seizing = _by_trigger(a)["seizing"]
    assert seizing.embedding == "nested" and seizing.nested_in == shelled.id
    # (a toll participle, "killing six people", is the shelling's toll: no event of its own)
    a = analyse("Rebels shelled a market in Goma on Sunday, killing six people, local "
                "officials said.")
    assert [(e.trigger.text, e.killed) for e in a.events] == [("shelled", 6)]


def test_coordinated_predicates_are_siblings(analyse):
    a = analyse("Government troops attacked the rebel camp and arrested twenty fighters.")
    assert {e.embedding for e in a.events} == {"main"}


def test_a_relative_clause_on_a_participant_is_background(analyse):
    a = analyse("The army launched a raid on the militia that had seized the airport.")
    seized = _by_trigger(a)["seized"]
    assert seized.embedding == "background" and seized.nested_in is None
    assert _by_trigger(a)["raid"].embedding == "main"


def test_a_time_clause_is_background(analyse):
    a = analyse("Peacekeepers withdrew from the buffer zone on Monday, two weeks after "
                "gunmen kidnapped a patrol.")
    assert _by_trigger(a)["withdrew"].embedding == "main"
    assert _by_trigger(a)["kidnapped"].embedding == "background"


def test_an_event_named_as_a_topic_sits_in_the_meeting(analyse):
    a = analyse("The two ministers held talks in Doha on Tuesday, offering military "
                "support to the coastal states.")
    talks = _by_trigger(a)["talks"]
    assert talks.embedding == "main"
    assert all(e.nested_in == talks.id for e in a.events if e is not talks)


def test_embedding_is_in_the_contract(analyse):
    from warpath.contract import to_dict

    out = to_dict(analyse("Germany said Russia must withdraw its troops from the border."))
    assert {e["embedding"] for e in out["events"]} == {"main", "nested"}
    assert any(e["nested_in"] for e in out["events"])


def test_no_event_is_nested_in_itself_on_real_text(corpus):
    for analysis, _gold in corpus:
        by_id = {e.id: e for e in analysis.events}
        for e in analysis.events:
            seen = set()
            while e.nested_in:
                assert e.id not in seen and e.nested_in in by_id
                seen.add(e.id)
                e = by_id[e.nested_in]
