"""Session 13: lexical coverage of the diplomatic acts (sentences written for these tests).

Classes: a call held between leaders; one side briefing another; a visitor welcomed or received
(also told in the passive); an audience granted; a treaty or an arrangement concluded; a joint
text adopted; terms come to; a state applying for membership or a bailout, or turning to
another for help; a party turning its back on another; leaving a deal (a rejection) or talks (a
halt): "pulled out of the deal", "pulled out of the talks"; an envoy summoned, told in the
passive; stern representations lodged; praise that hails a text "as a breakthrough"; gratitude
voiced; a man recognised as a head of state; tariffs dropped; a state compensating those it
wronged; liaison officers exchanged; a field hospital opened; relief brought; a counterpart
called; a green light given; an agreement secured; a resolution blocked, a plan thrown out or
shot down; a party blasted "for" what it did; regret expressed "for" an act; support thrown
behind a plan; a salute to an accord; visa rules waived; prisoners pardoned; demands met; an
amnesty declared; an aid package announced; a blockade eased; a bill withdrawn; people fed by a
relief body. Each has sentences that must not fire: the everyday sense of the same words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, kinds_at, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]

FIRES = [
    ("CONSULT", "The Kenyan president held a call with his Ugandan counterpart on Friday."),
    ("CONSULT", "Lavrov held a video call with Wang Yi on Tuesday."),
    ("CONSULT", "The Egyptian intelligence chief briefed Hamas leaders on the new proposal."),
    ("CONSULT", "The Egyptian president welcomed the Palestinian leader to Cairo."),
    ("CONSULT", "A delegation from the Houthis was received in Riyadh on Sunday."),
    ("CONSULT", "The king granted an audience to the Iranian envoy."),
    ("AGREE", "The two governments concluded a border treaty in March."),
    ("AGREE", "Beijing and Manila reached a provisional arrangement on resupply missions."),
    ("AGREE", "Item 2: Ministers adopted a joint declaration on maritime security."),
    ("AGREE", "Ethiopia and Eritrea came to terms on the border demarcation."),
    ("REQUEST", "Armenia applied for membership in the International Criminal Court."),
    ("REQUEST", "Pakistan applied to the IMF for a bailout."),
    ("REQUEST", "Armenia turned to Russia for help after the offensive."),
    ("REJECT", "The junta turned its back on the ECOWAS mediators."),
    ("REJECT", "Washington pulled out of the nuclear deal."),
    ("SANCTION", "The rebels pulled out of the peace talks on Monday."),
    ("ACCUSE", "The Indian envoy was summoned over the killing."),
    ("ACCUSE", "China lodged stern representations with the United States."),
    ("SUPPORT", "France hailed the agreement as a breakthrough."),
    ("SUPPORT", "Kenya expressed its gratitude to Britain for the help."),
    ("SUPPORT", "The United States recognised Juan Guaido as interim president."),
    ("RETREAT", "China dropped its tariffs on Australian wine."),
    ("RETREAT", "Germany compensated the families of the victims."),
    ("COOPERATE", "The two coast guards exchanged liaison officers."),
    ("AID", "Jordan opened a field hospital in Gaza."),
    ("AID", "Humanitarian convoys brought aid to the besieged city."),
    ("CONSULT", "The foreign minister called his Iranian counterpart on Saturday."),
    ("AGREE", "Ankara gave the green light to Sweden's accession."),
    ("AGREE", "Serbia and Kosovo secured an agreement on energy."),
    ("REJECT", "Russia blocked the resolution at the Security Council."),
    ("REJECT", "The junta threw out the mediation plan."),
    ("REJECT", "Serbia shot down the EU proposal."),
    ("ACCUSE", "Beijing blasted Washington for the arms sale to Taiwan."),
    ("SUPPORT", "Tokyo expressed regret for the incident."),
    ("SUPPORT", "The Gulf states threw their support behind the Saudi plan."),
    ("SUPPORT", "Beijing saluted the agreement between Riyadh and Tehran."),
    ("CONCEDE", "The government waived visa requirements for Chinese tourists."),
    ("RETREAT", "The junta pardoned 2,000 prisoners."),
    ("CONCEDE", "The authorities met the protesters' demands."),
    ("CONCEDE", "Ethiopia declared an amnesty for political prisoners."),
    ("AID", "The Pentagon announced a new 300 million dollar aid package for Ukraine."),
    ("RETREAT", "Israel eased the blockade on the enclave."),
    ("CONCEDE", "The president withdrew the controversial bill after the protests."),
    ("AID", "The World Food Programme fed 2 million people in Sudan."),
]

# the everyday sense of the same words: (a type that must not be read, sentence)
MUST_NOT = [
    ("CONSULT", "The contractor met the deadline for the new terminal."),
    ("CONSULT", "The mayor welcomed guests to the food festival."),
    ("CONSULT", "The spokesman briefed reporters on the schedule."),
    ("CONSULT", "The coach briefed his players before the final."),
    ("CONSULT", "The hotel received a delegation of travel agents."),
    ("CONSULT", "The pop star had a large audience in the stadium."),
    ("CONSULT", "Customers held a call with the bank's helpline."),
    ("SUPPORT", "The truck backed into a corner of the car park."),
    ("SUPPORT", "Fans hailed the goal as a masterpiece."),
    ("SUPPORT", "The family expressed gratitude to the nurses."),
    ("AGREE", "The couple adopted a child from the orphanage."),
    ("AGREE", "The widow came to terms with her loss."),
    ("AGREE", "The florist finished the flower arrangement."),
    ("AGREE", "The firm concluded a deal with its supplier."),
    ("REQUEST", "The student turned to his teacher for help."),
    ("REQUEST", "The graduate applied for a loan at the bank."),
    ("REQUEST", "The nurse applied for membership of the tennis club."),
    ("REJECT", "The goalkeeper turned his back to the crowd."),
    ("REJECT", "The singer pulled out of the deal with the label."),
    ("ACCUSE", "The ambassador was summoned home for consultations."),
    ("ACCUSE", "The lawyer made representations to the planning committee."),
    ("AID", "The city opened a new hospital wing."),
    ("AID", "The storm brought rain to the coast."),
    ("AID", "The company brought supplies to its stores."),
    ("RETREAT", "The supermarket dropped its prices on wine."),
    ("RETREAT", "The insurer compensated the driver."),
    ("COOPERATE", "The two firms exchanged liaison officers for the merger."),
    ("CONSULT", "The officer called his commander a coward."),
    ("CONCEDE", "The firm met the union's demands."),
    ("CONCEDE", "The country met the conditions for the loan."),
    ("ACCUSE", "The storm blasted the coast for hours."),
    ("ACCUSE", "Critics blasted the film for its length."),
    ("REJECT", "The court threw out the claim."),
    ("CONCEDE", "The bank waived the fee for students."),
    ("REJECT", "The club blocked the transfer bid."),
    ("SUPPORT", "The family expressed regret for the noise."),
    ("SUPPORT", "The honour guard saluted the coffin."),
    ("RETREAT", "The priest pardoned the sinner."),
    ("AID", "The company announced a pay package for its staff."),
    ("AGREE", "The club secured a deal for the striker."),
    ("AID", "The mother fed her child at noon."),
    ("AID", "The club fed the players pasta."),
    ("CONCEDE", "The company withdrew the faulty product."),
    ("CONSULT", "The president called the election a fraud."),
    ("CONSULT", "The premier briefed the cabinet on the budget."),
    ("CONSULT", "The festival welcomed the president of the jury."),
    ("AID", "The army opened a field hospital for its own troops."),
    ("AID", "The river brought supplies of silt to the delta."),
    ("REJECT", "The police blocked the proposal of the mayor."),
    ("REJECT", "He turned his back and walked away."),
    ("SUPPORT", "Tokyo expressed regret over the decision of the court."),
    ("REQUEST", "The minister applied for a passport."),
]


@pytest.mark.parametrize(("type_", "text"), FIRES)
def test_diplomatic_act_is_read(analyse: Analyse, type_: str, text: str) -> None:
    assert type_ in factual_types(analyse, text)


@pytest.mark.parametrize(("type_", "text"), MUST_NOT)
def test_everyday_sense_is_not_read(analyse: Analyse, type_: str, text: str) -> None:
    assert type_ not in types_of(analyse(text))


# hedged or negated, the act keeps its type and takes the status of its words
@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Biden will hold a call with Xi Jinping on Wednesday.", "call", ("CONSULT", "planned")),
    ("The two governments could conclude a border treaty this year.", "conclude",
     ("AGREE", "hypothetical")),
    ("Armenia did not turn to Russia for help.", "turn to", ("REQUEST", "negated")),
    ("China will lodge stern representations with the United States.", "representations",
     ("ACCUSE", "planned")),
    ("Jordan will open a field hospital in Gaza.", "open", ("AID", "planned")),
    ("Convoys were unable to bring aid to the besieged city.", "bring", ("AID", "negated")),
])
def test_hedged_diplomatic_act(analyse: Analyse, text: str, word: str,
                               kind: tuple[str, str]) -> None:
    assert kind in kinds_at(analyse(text), word)
