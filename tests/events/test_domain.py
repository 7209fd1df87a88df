"""War-like words in an ordinary sense (sport, business, culture, games, technology, weather)
state no event; conflict sentences that share their words keep theirs."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of
from warpath.events import domain

FACTUAL = ("asserted", "reported")

# Each of these gives a factual event without the domain filter (checked when written).
ORDINARY = [
    ("The visiting winger fired a shot against the crossbar just before half-time.", "sport"),
    ("The midfielder surrendered possession twice in the opening ten minutes.", "sport"),
    ("The footballer demanded a transfer after losing his place in the team.", "sport"),
    ("Investors rejected the takeover bid from the rival brewer.", "business"),
    ("The retailer threatened to sue the landlord over the rent increase.", "business"),
    ("A cyclone pounded the coast of Mozambique, flattening thousands of homes.", "nature"),
    ("The grandmaster attacked his opponent's king with both rooks.", "games"),
    ("The new software update killed the battery life of older phones.", "technology"),
]


@pytest.mark.parametrize(("text", "name"), ORDINARY)
def test_an_ordinary_sense_gives_no_factual_event(analyse, text, name):
    a = analyse(text)
    assert not [e for e in a.events if e.status in FACTUAL]
    root = next(a.doc.sents).root
    assert domain.ordinary_domain(root, "ASSAULT", a) == name


# Conflict sentences with the words of those domains (a market, a stadium, fans, a court,
# exports, software, a phone): each keeps its event.
CONFLICT = [
    ("A drone struck a crowded market in the north of the city, killing nine people.", "ASSAULT"),
    ("Gunmen opened fire on fans leaving the stadium after the derby in Mogadishu.", "ASSAULT"),
    ("Police fired tear gas at football supporters outside the stadium in Lagos.", "COERCE"),
    ("Israeli aircraft struck a football pitch in Gaza where children were playing.", "ASSAULT"),
    ("Protesters stormed the supreme court in Brasilia.", "ASSAULT"),
    ("Fans of the jailed opposition leader rallied outside the court in Dakar.", "PROTEST"),
    ("Market traders protested the closure of the border crossing near Tororo.", "PROTEST"),
    ("The European Union imposed sanctions on Iran's oil exports.", "SANCTION"),
    ("Russia's food safety regulator banned imports of fruit from two Moldovan regions.",
     "SANCTION"),
    ("The envoy spoke to her counterpart by phone on Sunday.", "CONSULT"),
    ("Three football fans were abducted by armed men near the stadium.", "ASSAULT"),
    ("A bomb exploded at a concert in the capital, killing twelve people.", "ASSAULT"),
    ("Hackers linked to Russian military intelligence attacked the software of Ukrainian banks.",
     "ASSAULT"),
    ("Chinese shoppers boycotted South Korean cosmetics after the missile shield deal.",
     "PROTEST"),
    # the insurers raise premiums; they are no party to the attacks
    ("Renewed Houthi attacks on shipping could push insurers to raise premiums.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), CONFLICT)
def test_conflict_sentences_with_ordinary_words_keep_their_event(analyse, text, etype):
    assert events_of(analyse(text), etype)


def test_participants_include_an_inherited_subject(nlp):
    doc = nlp("The keeper was booked after clashing with a striker.")
    clashing = next(t for t in doc if t.text == "clashing")
    parts = {t.text: role for t, role in domain.participants(clashing)}
    assert parts == {"keeper": "source", "striker": "target"}


def test_names_are_no_domain_words(nlp):
    # "Rain" in a broadcaster's name is no weather, the "League" of a name no sport
    doc = nlp("Officials shut down TV Rain and questioned the Arab League delegate.")
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert len(verbs) == 2
    assert not any(domain.ordinary_domain(t, "COERCE") for t in verbs)


def test_a_score_makes_a_sentence_about_sport(nlp):
    doc = nlp("Senegal beat Egypt 2-1 in the final.")
    assert domain._sentence_scores(next(doc.sents))["sport"] >= 2


def test_the_word_classes_load():
    cls = domain.classes()
    assert {"sport", "business", "culture"} <= {d.name for d in cls.domains}
    assert "drone" in cls.conflict and "heatwave" in cls.nature
    # the metaphors themselves are no sign of conflict
    assert not {"war", "attack", "strike", "fire"} & cls.conflict


# Force by people of a domain against a person, place or vehicle outside it is real force.
@pytest.mark.parametrize("text", [
    "Football fans attacked a mosque in the city centre.",
    "Supporters of the club attacked migrants near the station.",
    "A group of fans assaulted a journalist outside the ground.",
])
def test_force_by_fans_on_outsiders_is_kept(analyse, text):
    assert events_of(analyse(text), "ASSAULT")


# A measure noun ("a hail of", "a barrage of") is no force of nature; a named storm is one.
# (Each negative below gave a factual ASSAULT before these rules.)
def test_a_hail_of_stones_is_no_weather(analyse):
    assert events_of(analyse("A hail of stones struck the convoy as it entered the camp."),
                     "ASSAULT")


@pytest.mark.parametrize("text", [
    "Typhoon Haiyan struck the central Philippines.",
    "Hurricane Otis hit the resort city of Acapulco overnight.",
    "Cyclone Idai hit the port city of Beira.",
])
def test_named_storms_are_nature(analyse, text):
    a = analyse(text)
    assert not [e for e in a.events if e.type == "ASSAULT" and e.status in FACTUAL]


# Defeating someone "in" a contest is a result; force at an election or a match stays force.
@pytest.mark.parametrize("text", [
    "Kenya beat Uganda in the final at the stadium in Nairobi.",
    "Japan beat Spain in the group match.",
    "The ruling party was beaten in the election.",
])
def test_defeats_in_contests_are_no_force(analyse, text):
    a = analyse(text)
    assert not [e for e in a.events if e.type == "ASSAULT" and e.status in FACTUAL]


@pytest.mark.parametrize("text", [
    "Voters were attacked in the election in Harare.",
    "Police beat demonstrators during the vote in Kampala.",
    "A bomb struck the crowd at the match in Kabul.",
])
def test_force_at_contests_is_kept(analyse, text):
    assert events_of(analyse(text), "ASSAULT")


# Words as the doer of force are a figure of speech, even in a political sentence.
@pytest.mark.parametrize("text", [
    "A barrage of criticism hit the minister.",
    "Fresh accusations hit the prime minister's office on Monday.",
    "Condemnation struck the junta from every capital in the region.",
])
def test_words_hitting_someone_are_no_force(analyse, text):
    a = analyse(text)
    assert not [e for e in a.events if e.type == "ASSAULT" and e.status in FACTUAL]


def test_rockets_hitting_a_ministers_home_are_force(analyse):
    assert events_of(analyse("A barrage of rockets hit the minister's residence."), "ASSAULT")


# A death or a wound whose cause is an accident or a force of nature is no one's attack;
# a death in an ambush or a strike, or a crash that armed men caused, still is.
@pytest.mark.parametrize("text", [
    "Twelve passengers were killed in a road accident near Naivasha on Sunday.",
    "A minibus crash killed nine pilgrims on the highway to Karbala.",
    "Four climbers lost their lives in an avalanche below the summit.",
    "Seven worshippers died in a stampede at the shrine gates.",
])
def test_a_death_in_an_accident_is_no_attack(analyse, text):
    assert not [e for e in analyse(text).events if e.type == "ASSAULT"
                and e.status in FACTUAL]


@pytest.mark.parametrize("text", [
    "Three soldiers lost their lives in the ambush near the river crossing.",
    "Nine people were killed in a drone strike on the market.",
    "Two pilots were killed in a helicopter crash after militants fired on it.",
])
def test_a_death_in_an_attack_is_still_one(analyse, text):
    assert events_of(analyse(text), "ASSAULT")
