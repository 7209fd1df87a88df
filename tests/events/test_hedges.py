"""Constructions that keep an event from being stated as fact (events/hedges.py), read through
`status_of` on a bare parse. Short sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of
from warpath.events.status import status_of


def _status(nlp, text: str, word: str) -> str:
    doc = nlp(text)
    tokens = [t for t in doc if t.text == word]
    assert tokens, f"{word!r} not in {text!r}"
    return status_of(tokens[0])[0]


def _check(nlp, text: str, word: str, expected: str) -> None:
    assert _status(nlp, text, word) == expected, (text, word)


# substitution: the road not taken is negated, the road taken stands
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Instead of shelling the town, the rebels laid siege to it.", "shelling", "negated"),
    ("Rather than pulling out of Gao, the soldiers reinforced their base.", "pulling",
     "negated"),
    ("Rather than retreat, the militia dug trenches around the airport.", "retreat", "negated"),
    ("Far from lifting the blockade, the navy added two more frigates off Hodeidah.", "lifting",
     "negated"),
    ("In place of a full embargo, the council imposed a travel ban on three generals.",
     "embargo", "negated"),
    ("In lieu of a raid, the police sent letters to the suspects.", "raid", "negated"),
    # must not: the main clause, a place after "far from", "instead of" on a mere object
    ("Rather than pulling out of Gao, the soldiers reinforced their base.", "reinforced",
     "asserted"),
    ("Far from the front line, the army shelled a market in Kherson.", "shelled", "asserted"),
    ("Far from the fighting, refugees waited at the border.", "fighting", "asserted"),
    ("The rebels attacked the convoy instead of the base.", "attacked", "asserted"),
])
def test_substitution(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# imminence: planned
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Ethiopian troops are poised to cross into Eritrea.", "cross", "planned"),
    ("Sudan's army is about to launch an offensive on El Obeid.", "offensive", "planned"),
    ("The two sides are on the brink of signing a prisoner exchange.", "signing", "planned"),
    ("Kyiv is slated to receive a new batch of air-defence missiles in spring.", "receive",
     "planned"),
    # must not: "set fire", "about" as a quantity, "on the edge of" a place
    ("Rebels set fire to a police post in Mopti.", "set", "asserted"),
    ("The police were about twenty metres from the crowd when they fired.", "fired",
     "asserted"),
    ("On the edge of the city, militias clashed with the army.", "clashed", "asserted"),
])
def test_imminence(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# an open question: hypothetical, not denied
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The cabinet is debating whether to send troops to Goma.", "send", "hypothetical"),
    ("Officials are unsure if the junta will expel the envoy.", "expel", "hypothetical"),
    ("Seoul has not decided whether to resume the loudspeaker broadcasts.", "resume",
     "hypothetical"),
    ("Whether or not Caracas approved it, the militia seized the oil platform.", "approved",
     "hypothetical"),
    # must not: the clause granted either way stands; a negation inside the question stays
    ("Whether or not Caracas approved it, the militia seized the oil platform.", "seized",
     "asserted"),
    ("Nobody knows whether the troops did not fire.", "fire", "negated"),
])
def test_open_question(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# calls and demands for an event, and calls rejected
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Human rights groups repeated their demands for the release of the detained activists.",
     "release", "hypothetical"),
    ("The union renewed its appeals for a ceasefire in Gaza.", "ceasefire", "hypothetical"),
    ("Opposition parties stepped up their pressure for a recount.", "recount", "hypothetical"),
    ("The government turned down demands for the withdrawal of the troops.", "withdrawal",
     "negated"),
    ("Pretoria dismissed appeals to arrest the visiting president.", "arrest", "negated"),
    ("Lawmakers rejected calls to expel the military attache.", "expel", "negated"),
    # must not: no call noun; a call welcomed is still only called for
    ("The ministry renewed its contract for the delivery of fuel.", "delivery", "asserted"),
    ("The government welcomed calls to release the prisoners.", "release", "hypothetical"),
    ("The ministry rejected the deal and expelled the attache.", "expelled", "asserted"),
])
def test_calls(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# an event called for a date ahead
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The opposition has called a rally in Tbilisi for Saturday.", "rally", "planned"),
    ("Teachers called a strike for next Monday.", "strike", "planned"),
    ("Farmers announced a blockade of the motorway for 12 March.", "blockade", "planned"),
    # must not: no date ahead
    ("The opposition called a rally that drew 20,000 people to the square.", "rally",
     "asserted"),
    ("Unions called a strike last week and the ports shut down.", "strike", "asserted"),
    ("Unions called a strike for two days last month.", "strike", "asserted"),
])
def test_convened_for_a_date(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a mandative subjunctive: what is proposed or demanded is not done yet
@pytest.mark.parametrize(("text", "word", "expected"), [
    # a proposal stated as fact puts forward a plan (dev d129, context C060: planned)
    ("Ankara proposed that the two delegations hold talks in Istanbul next month.", "talks",
     "planned"),
    ("The opposition demanded that the president resign.", "resign", "hypothetical"),
    ("The rebels insisted that all prisoners be released before any talks.", "released",
     "hypothetical"),
    # must not: a plain statement after a verb with a reporting sense
    ("Analysts insist that the sides meet every month.", "meet", "reported"),
    ("Officials insisted that the convoy had crossed safely.", "crossed", "reported"),
])
def test_mandate(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# an occasion ahead in a hedged clause
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Chinese jets would fly over the strait during the next exercises, the ministry warned.",
     "exercises", "hypothetical"),
    ("Troops will stay in the buffer zone until the next elections.", "elections", "planned"),
    ("Warships might enter the bay during the coming drills.", "drills", "hypothetical"),
    # must not: a past narrative's "next"
    ("During the next raid, two soldiers were killed.", "raid", "asserted"),
    ("The army attacked again at the next opportunity.", "attacked", "asserted"),
])
def test_next_occasion(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a denied deed and what its relative clause says it did
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Moscow denied launching the missile attack that destroyed the dam.", "destroyed",
     "negated"),
    ("The militia denied staging the ambush that killed nine soldiers.", "killed", "negated"),
    ("The navy denied conducting the raid that sank two fishing boats.", "sank", "negated"),
    # must not: confirmed, or only responsibility denied, or refused an inquiry
    ("The army confirmed carrying out the strike that killed the commander.", "killed",
     "asserted"),
    ("The army denied responsibility for the strike that killed the commander.", "killed",
     "asserted"),
    ("Police refused to investigate the raid that injured two reporters.", "injured",
     "asserted"),
])
def test_denied_deed(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# lowering: a failed prevention, a modal of perception, a plan carried out, "if anything"
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Border guards failed to prevent the smugglers from crossing the river.", "crossing",
     "asserted"),
    ("The army was unable to prevent the attack on the depot.", "attack", "asserted"),
    ("The ceasefire did not stop the shelling of Avdiivka.", "shelling", "asserted"),
    ("Soldiers could be seen shelling the ridge above the town.", "shelling", "asserted"),
    ("Heavy gunfire could be heard across the capital, residents said.", "gunfire",
     "reported"),
    ("The planned talks went ahead in Doha despite the shelling.", "talks", "asserted"),
    ("If anything, the raids Moscow launched last night were heavier than before.", "raids",
     "asserted"),
    # must not: a prevention still ahead, a perception that is a condition, a plan still
    # ahead or called off, a real condition
    ("Nothing will stop us from marching on Sunday.", "marching", "hypothetical"),
    ("The police would not prevent the protesters from marching.", "marching", "negated"),
    ("The drones could be seen from the coast if the sky clears.", "seen", "hypothetical"),
    ("Artillery could be used to shell the bridge.", "shell", "hypothetical"),
    ("The planned talks will go ahead next week.", "talks", "planned"),
    ("The planned offensive did not go ahead.", "offensive", "negated"),
    ("The army could not keep the ceasefire in place.", "ceasefire", "negated"),
    ("If anything happens to the hostages, Israel will strike.", "strike", "hypothetical"),
])
def test_lowering(nlp, text, word, expected):
    _check(nlp, text, word, expected)


def test_a_high_commissioner_not_recalled_is_a_negated_sanction(analyse):
    a = analyse("Ghana has not recalled its high commissioner from Abuja despite the row.")
    recalls = [e for e in events_of(a, "SANCTION") if e.trigger.text == "recalled"]
    assert recalls and recalls[0].status == "negated"


def test_the_road_not_taken_is_negated_and_the_main_act_stands(analyse):
    a = analyse("Instead of expelling the Danish envoy, Tehran summoned him for a rebuke.")
    by_trigger = {e.trigger.text: e.status for e in a.events}
    assert by_trigger.get("expelling") == "negated"
    assert all(s != "negated" for t, s in by_trigger.items() if t != "expelling")


# the terms of a plan: planned, not hypothetical
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Under the deal, Russian troops would withdraw from the dam by March.", "withdraw",
     "planned"),
    ("Under the terms, the rebels would hand in their heavy weapons.", "hand", "planned"),
    ("Under the accord, Kigali would pull its soldiers back from the border.", "pull",
     "planned"),
    # must not: a real condition inside, or a negated term
    ("Under the deal, Iran would attack if Israel struck first.", "attack", "hypothetical"),
    ("Under the proposal, the army would not withdraw.", "withdraw", "negated"),
])
def test_terms_of_a_plan(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a contingency makes a plan hypothetical
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Turkey will send a frigate to the Aegean provided the weather holds.", "send",
     "hypothetical"),
    ("In case of a breach of the truce, UN monitors will report to the council.", "report",
     "hypothetical"),
    ("In case the talks in Muscat collapse, the navy has plans to escort tankers.", "escort",
     "hypothetical"),
    ("Providing the ceasefire holds, aid agencies will deliver food to Rafah on Monday.",
     "deliver", "hypothetical"),
    ("In the event of a coup, the legion would evacuate French citizens.", "evacuate",
     "hypothetical"),
    # must not: "in the event" (as it turned out), "provided" as a verb, a plain plan
    ("In the event, the army withdrew from the town.", "withdrew", "asserted"),
    ("The ministry provided that the troops will withdraw by May.", "withdraw", "planned"),
    ("The army will withdraw from the town next week.", "withdraw", "planned"),
    ("In that case, the ministry will summon the ambassador on Monday.", "summon", "planned"),
])
def test_contingency(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# an inverted condition: "had", "were" or "should" before the subject opening a clause
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Had Kyiv hit the depot a week sooner, the offensive would have stalled, the general wrote.",
     "hit", "hypothetical"),
    ("Had the coast guard boarded the trawler, the crew would have been arrested.", "boarded",
     "hypothetical"),
    ("Were Ankara to send troops into Idlib, Damascus would protest.", "send", "hypothetical"),
    ("Were the junta to expel the envoy, Paris would cut aid, a diplomat said.", "expel",
     "hypothetical"),
    ("The bridge would have fallen, had the engineers not shored it up, the mayor said.",
     "fallen", "hypothetical"),
    # must not: a plain past perfect, an arrangement with "are to", a question, "never had"
    ("The rebels had shelled the airport before dawn, officials said.", "shelled", "reported"),
    ("The two ministers are to meet in Doha next week.", "meet", "planned"),
    ("Soldiers were sent to the frontier on Monday.", "sent", "asserted"),
    ("Had the army fired on the crowd before the curfew?", "fired", "hypothetical"),
])
def test_inverted_condition(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a headline's bare "to"-infinitive tells what is to come
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Army to deploy 3,000 troops to Kashmir", "deploy", "planned"),
    ("Russia to expel ten Polish diplomats", "expel", "planned"),
    ("Ghana to send peacekeepers to Lebanon", "send", "planned"),
    # must not: a finite sentence, a purpose infinitive
    ("Russia expelled ten Polish diplomats to punish Warsaw.", "expelled", "asserted"),
    ("Ghana sent peacekeepers to Lebanon in May.", "sent", "asserted"),
])
def test_headline_infinitive(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# "let alone" and its kin: the further act is out of reach
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Kyiv cannot hold Bakhmut, let alone retake Crimea.", "retake", "hypothetical"),
    ("The militia can barely feed its men, let alone attack the capital.", "attack",
     "hypothetical"),
    ("Nobody expects a truce, much less a withdrawal of the army.", "withdrawal",
     "hypothetical"),
    # must not: "alone" or "less" in other senses
    ("The rebels attacked the town alone, the army said.", "attacked", "reported"),
    ("Police shelled less often than the army did.", "shelled", "asserted"),
])
def test_let_alone(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# an event that its own relative clause says never came about
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The invasion that never came left the border calm.", "invasion", "negated"),
    ("The offensive, which did not materialise, had been expected for weeks.", "offensive",
     "negated"),
    ("A raid that never happened was blamed on the rebels.", "raid", "negated"),
    # must not: a relative clause saying it did come, or negating something else
    ("The invasion that came in February surprised Kyiv.", "invasion", "asserted"),
    ("The raid, which did not kill anyone, destroyed a depot.", "raid", "asserted"),
])
def test_never_came(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# an indefinite event as the subject of a weighing "would"
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A Russian blockade of the port would push grain prices up, traders said.", "blockade",
     "hypothetical"),
    ("An Israeli strike on the plant would set back the programme, analysts said.", "strike",
     "hypothetical"),
    ("Another seizure of a tanker would anger Seoul, officials said.", "seizure",
     "hypothetical"),
    # must not: a foretold event that takes place, a definite past event
    ("A second round of talks would take place in Oman, officials said.", "talks", "planned"),
    ("The blockade of the port angered Kyiv, officials said.", "blockade", "reported"),
])
def test_supposed_event(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a choice kept open, a plot: not done; a foiled deed did not happen
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The cabinet weighed the option of a naval blockade of the island.", "blockade",
     "hypothetical"),
    ("The option of shelling the bridges remains open, the colonel said.", "shelling",
     "hypothetical"),
    ("Police uncovered a plot to bomb the parliament in Dhaka.", "bomb", "hypothetical"),
    ("Detectives exposed a conspiracy to kidnap the governor.", "kidnap", "hypothetical"),
    ("Police said they had foiled an attack on the embassy.", "attack", "negated"),
    ("Security services thwarted a coup against the president.", "coup", "negated"),
    # must not: a failure to thwart, a purpose said of a real event, a deed that was done
    ("The guards failed to thwart the attack on the prison.", "attack", "asserted"),
    ("The blockade is aimed at starving the rebels out of the town.", "blockade", "asserted"),
    ("The air strikes were intended to deter further raids.", "strikes", "asserted"),
    ("The plotters bombed the parliament in 1605.", "bombed", "asserted"),
])
def test_options_plots_foiled(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a command, in the main clause or quoted before its speech tag
@pytest.mark.parametrize(("text", "word", "expected"), [
    ('"Storm the checkpoint at dawn," the captain told his platoon.', "Storm", "hypothetical"),
    ("Pull your soldiers out of our villages, the governor told Kigali.", "Pull",
     "hypothetical"),
    ('"Free the journalists now," the envoy said.', "Free", "hypothetical"),
    ("Surrender your weapons or face the consequences.", "Surrender", "hypothetical"),
    # must not: a headline with a finite verb, a subject before the verb, a quoted statement
    ("Troops attack a convoy near Gao, army says", "attack", "reported"),
    ("Gunmen attack a bus near Kaduna", "attack", "asserted"),
    ('"We stormed the checkpoint at dawn," the captain said.', "stormed", "reported"),
])
def test_imperative(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a measure designed or mooted, a deal to do something, a deed aimed at by "to thwart"
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The embargo is designed to force Minsk to release the prisoners.", "release",
     "hypothetical"),
    ("Delhi mooted a new round of talks with Beijing.", "talks", "hypothetical"),
    ("A deal to swap the prisoners is close, the mediators said.", "swap", "planned"),
    ("An agreement to withdraw heavy weapons was signed in Minsk.", "withdraw", "planned"),
    ("The navy sailed north in a bid to thwart a Houthi attack on the tanker.", "attack",
     "hypothetical"),
    # must not: a deal that is the event, a design that was carried out, a past foiling
    ("The deal signed in Doha ended the fighting.", "ended", "asserted"),
    ("The rebels designed the bombs and attacked the base.", "attacked", "asserted"),
    ("The army thwarted an attack on the base.", "attack", "negated"),
])
def test_designed_deal_thwart(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a claim found false negates what it claims
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Early reports that gunmen had stormed the prison proved false.", "stormed", "negated"),
    ("Claims that the navy rammed the trawler were denied.", "rammed", "negated"),
    ("The allegation that soldiers burned the village is baseless.", "burned", "negated"),
    ("Rumours that the rebels seized the mine turned out to be wrong.", "seized", "negated"),
    # must not: a claim confirmed, a claim that spread, a claim not false
    ("Claims that the navy rammed the trawler were confirmed.", "rammed", "reported"),
    ("Reports that gunmen had stormed the prison spread quickly.", "stormed", "reported"),
])
def test_claim_found_false(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# "may or may not": both answers granted
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The army may or may not have fired on the crowd.", "fired", "hypothetical"),
    ("The rebels might or might not have shelled the clinic.", "shelled", "hypothetical"),
    ("Police did or did not beat the students; nobody can say.", "beat", "hypothetical"),
    # must not: a plain denial, two different auxiliaries
    ("The army did not fire on the crowd.", "fire", "negated"),
    ("The militia could, or would not, attack the town.", "attack", "negated"),
])
def test_either_way(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# an event never carried out, told in a conjunct sharing its subject
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A truce was proposed by Qatar in March but was never put into effect.", "truce",
     "negated"),
    ("The talks were announced in June but never took place.", "talks", "negated"),
    ("The embargo was agreed last year but never enforced.", "embargo", "negated"),
    # must not: a conjunct carried out, a negated conjunct of another kind
    ("The truce was signed by both sides in March and took effect in April.", "truce",
     "asserted"),
    ("The raid was launched at dawn but did not reach the depot.", "raid", "asserted"),
])
def test_never_carried_out(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# "too ... to" and a near miss: the act did not come about
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The garrison was too weak to retake the airport.", "retake", "negated"),
    ("The rebels had too few fighters to hold the bridge.", "hold", "negated"),
    ("Coast guard ships almost rammed the fishing boat.", "rammed", "negated"),
    ("The two armies nearly clashed at the river crossing.", "clashed", "negated"),
    # must not: "too" without an infinitive, "nearly" on a number or an adverb
    ("Nearly 40 soldiers were killed when rebels shelled the base.", "shelled", "asserted"),
    ("The militia shelled the town almost daily in May.", "shelled", "asserted"),
    ("The army shelled the town too, residents said.", "shelled", "reported"),
    ("The rebels were strong enough to retake the airport.", "retake", "asserted"),
])
def test_too_to_and_near_miss(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# a measure blocked, vetoed, voted down or rejected as a motion is not taken
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The president vetoed the extradition of the two generals.", "extradition", "negated"),
    ("Washington vetoed a resolution demanding a ceasefire.", "resolution", "negated"),
    ("The senate voted against sending warships to the Gulf.", "sending", "negated"),
    ("Lawmakers threw out a motion to expel the Russian envoy.", "expel", "hypothetical"),
    ("The assembly rejected a motion to expel the Russian envoy.", "expel", "negated"),
    ("The deadline for the withdrawal of the peacekeepers passed on Friday.", "withdrawal",
     "planned"),
    # must not: a road blocked beside an attack, a failure to block, a patrol blocked
    ("Troops blocked the road to the airport and shelled the town.", "shelled", "asserted"),
    ("Armed men blocked one of the army's patrols near the village.", "patrols", "asserted"),
    ("The guards failed to block the attack on the prison.", "attack", "asserted"),
])
def test_blocked_and_voted_down(nlp, text, word, expected):
    _check(nlp, text, word, expected)


# "ahead of" an occasion still to come
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Security is being tightened ahead of Friday's march on parliament.", "march", "planned"),
    ("Riot police will be deployed ahead of the protest in Nairobi.", "protest", "planned"),
    ("Troops have been put on alert ahead of the talks in Geneva.", "talks", "planned"),
    # must not: a past clause with an undated occasion, "ahead" as a place
    ("Villagers fled ahead of the assault on the town.", "assault", "asserted"),
    ("The convoy drove ahead and the militia attacked it.", "attacked", "asserted"),
])
def test_ahead_of(nlp, text, word, expected):
    _check(nlp, text, word, expected)
