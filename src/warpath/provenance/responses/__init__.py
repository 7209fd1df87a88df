"""Response chains: link an answering event to what it answers.

A response cue is a word that says one act answers another: "in retaliation for X",
"in response to X", "responded to X by doing Y", "to avenge X", "retaliated", "X provoked a
reaction". For each cue we find

- the answering event: the event whose trigger is the cue ("retaliated", "the retaliation"),
  the events of a "by doing Y" phrase, or the nearest event the cue hangs from ("fired missiles
  in retaliation");
- the answered event: an event named inside the cue's object ("for the raid that
  killed …"); else an earlier event that fits the object's words (type family of its nouns,
  the answering side's attacker as the answered side's target, shared words); with no object
  ("in retaliation"), the most recent earlier act by the other side. A definite noun that
  names an act again ("claimed the attack") leads to the act's first telling.

Without a response word, an act also answers
- the act its words name: "Vietnam opposed the attack", "condemned the shelling", "we reject
  that", "…, a charge the party rejected"; a denial of an act told before ("denied that its
  men had fired first");
- an act against its doer told just before a sentence opening on "The next day", "Hours
  later" (chronology: the target strikes back);
- an act whose doers it turns force on ("Drones crossed the border. Jets shot down six of
  them");
- the act of a condition ("If X were to invade, Y would answer with strikes");
- a response noun or verb announcing the next sentence ("Russia's reply came quickly. …
  struck", "Islamabad answered two days later. Its jets bombed …");
- an act named far back by its own verb ("condemned the assault" for "stormed"), by a place
  ("after the Tifariti strike of 8 June"), or judged by another side ("called the strike a
  violation");
- a refusal of an offer or a request ("neither capital has accepted", "would not reopen" after
  "urged … to reopen"), a denial of a charge against its side, of "any role" in the act just
  named, or of an allegation put to it;
- a blame laid on a side for the act just told ("Nobody has claimed the strike. Residents
  blame the militia");
- a vow aimed at the doers ("track down those responsible") or to defend the place struck,
  troops sent to the place of an attack, a retaking, a clearing of what the other side
  blocked, a release of the people another side held (or one just after an accord), a
  penalty on those blamed for an act, a promised response;
- a counter-attack placed "hours later" by the side hit, at the first telling of the incident;
- force a state's side turns on an armed group ("soldiers killed seven militiamen"), the
  group's latest act (by date, at the incident's first telling), and the act its verb is
  joined to ("pushed into the forest and killed …"); forces sent ("sent reinforcements to
  X") or arriving ("troops arrived in X") at the place of an attack;
- a denial some lines after a charge aimed at the denier itself (its actor, an organ of the
  same kind, or thrown back at the accuser); a note of protest handed with a summons is one
  démarche with it, so a rejection answers the summons.
- force told as crowd control ("fired tear gas", "dispersed the rally") after a protest told
  just before it;
- a refusal or acceptance in a relative clause on the request's noun ("a plea the warden
  turned down"), a bare yes ("The warden agreed") from the one asked, to the request just
  told, a refusal to act on what was asked ("would not even open the petition");
- police sent out "to search for the gunmen" (a purpose clause of pursuit aimed at the
  doers, by another side than the doers);
- a denial that answers an act answers the charge telling it ("accused the army of bombing
  …" … "denied that any aircraft …"), and takes the answer of the act it denies ("denied
  shelling any village"); "rejected the allegation" answers the latest charge against the
  denier, and "the Guild's charge" the charge of the "National Guild of Road Hauliers"
  (the owner's words all in the source's name).
- a denial of "the army's version", "the Kenyan charge", "that story" (the
  side's latest act in words, paragraphs back, and the act it told), "That is a lie" after a
  claim, a denied act after a charge against its doers;
- an envoy recalled or a protest note after an act against its side; a measure "over the
  arrests" (an act named by a definite noun in an "over" phrase); forces posted or help
  asked by the side hit; a request to undo ("called on X to withdraw"), to free people (and
  the release after it), a meeting granting a request for talks; force on "the assailants";
  "condemns both attacks"; "the operation followed the abduction"; an act supposed under a
  condition ("Should the junta fire again, Seoul would …"); a measure "within hours" of an unclaimed
  blast.
- a protest lodged with no object ("we protested within the hour") or a request for an
  inquiry, by a side (not a crowd), after another country's act just told; a denial by the
  side whose act drew that protest answers the protest; a denial linked to an act answers
  instead the charge that laid the act on the denier ("pinned the killings on Pakistan" …
  "disowned any role"; a condemnation is no such charge);
- "…, after which Estonia requested consultations" (the clause it follows, another side);
  troops rushed "in response" after the other side's build-up; a measure in kind (an envoy
  expelled, a sanction) after the same measure of the other side against it (tit for tat);
  a penalty on those "it holds responsible for the detentions"; a refusal naming the request
  by its noun ("turned the appeal down"), between organs of one state too; a threat brushed
  aside ("the warning"); a reprisal on the doers named by a word of their name ("armed
  herders" … "a herders' camp").
An answer never answers an act dated after it, and an act of a past episode (dated weeks
before, told as background) only when no act of this episode fits; "the American strikes"
names acts of that state only.
An act said not to have happened answers only in someone's words ("the rebels said their
gunners had not fired") or against a charge just made, never a zero toll ("no one was
killed"), the outcome of the act. A bare toll ("nine people were killed") leads to the act
told just before it. A question tells no answer.
"Before" is the order of time: a live blog whose entries run newest first is read from the
bottom. Acts joined to an answer share what it answers: a conjoined verb ("opposed the attack
and demanded compensation", "lodged a protest … and condemned the launch", "condemned the
assault and said it would fly reinforcements"), a vow whose content is the answer ("vowed to
retaliate"), and the speaker's next sentence opening on a pronoun ("He accused …").

Modules, one mechanism each: `explicit` (response words), `named` (answers in words naming an
act), `denials` (denials, negations, refusals), `undoing` (pursuits, retakings, penalties,
reinforcements, releases, undoings), `closures` (crossings shut and curfews after an attack),
`reprisals` (a state's force turned on armed men after their attack), `arrivals` (forces
sent to "the area" of an attack just told),
`sequence` (acts placed just after, summonses,
counter-acts), `sharing` (acts joined to an answer share it); `earlier` finds the act told
before that a noun or an answer points to, `timeline` the order of time, `syntax` reads the
parse, `links` records a link, `words` holds the word lists.
"""

from __future__ import annotations

from warpath.document import Analysis
from warpath.pipeline import Config, Stage, stages
from warpath.provenance.responses.arrivals import link_arrivals
from warpath.provenance.responses.closures import link_closures
from warpath.provenance.responses.denials import (
    answer_charges,
    link_denials,
    link_denied_charges,
    link_denied_contents,
    link_negations,
    link_predicate_denials,
    link_refusals,
    link_rejected_claims,
)
from warpath.provenance.responses.earlier import pointing_back
from warpath.provenance.responses.explicit import link_after_which, link_cues
from warpath.provenance.responses.named import (
    link_blames,
    link_granted_requests,
    link_named_acts,
    link_over_acts,
    link_undo_requests,
)
from warpath.provenance.responses.reprisals import link_counter_operations
from warpath.provenance.responses.sequence import (
    link_conditions,
    link_counter_acts,
    link_crowd_control,
    link_interceptions,
    link_mirrors,
    link_protests,
    link_reactive,
    link_sequence,
)
from warpath.provenance.responses.sharing import share_answers
from warpath.provenance.responses.syntax import events_by_token
from warpath.provenance.responses.undoing import (
    link_defences,
    link_doers_hit,
    link_guards,
    link_punishments,
    link_pursuits,
    link_reinforcements,
    link_release_requests,
    link_releases,
    link_retakings,
    link_undoings,
)

__all__ = ["link_responses", "make", "pointing_back"]


@stages.register("responses")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        link_responses(analysis)

    return run


def link_responses(analysis: Analysis) -> None:
    """Set `responds_to` on every event that the text presents as an answer to another."""
    doc = analysis.doc
    if doc is None or not analysis.events:
        return
    by_token = events_by_token(analysis)
    link_crowd_control(analysis)  # before the purpose cues: "fired tear gas to disperse them"
    link_cues(analysis, by_token)
    link_after_which(analysis, by_token)
    link_reactive(analysis, by_token)
    link_named_acts(analysis, by_token)
    link_over_acts(analysis, by_token)
    link_blames(analysis)
    link_denials(analysis, by_token)
    link_negations(analysis)
    link_refusals(analysis)
    link_denied_charges(analysis)
    link_rejected_claims(analysis)
    link_predicate_denials(analysis)
    link_pursuits(analysis)
    link_doers_hit(analysis)
    link_defences(analysis)
    link_retakings(analysis)
    link_punishments(analysis)
    link_reinforcements(analysis)
    link_arrivals(analysis)
    link_guards(analysis)
    link_releases(analysis)
    link_release_requests(analysis)
    link_sequence(analysis)
    link_mirrors(analysis)
    link_closures(analysis)
    link_counter_operations(analysis)
    link_counter_acts(analysis)
    link_interceptions(analysis)
    link_protests(analysis)
    link_undoings(analysis)
    link_undo_requests(analysis)
    link_conditions(analysis, by_token)
    link_granted_requests(analysis)
    link_denied_contents(analysis)
    answer_charges(analysis)
    share_answers(analysis)
    for e in analysis.events:  # "Did the troops fire back?": a question tells no answer
        if e.responds_to and 0 <= e.sentence < len(analysis.sentences) and \
                analysis.sentences[e.sentence].text.rstrip().endswith("?"):
            e.responds_to = []
