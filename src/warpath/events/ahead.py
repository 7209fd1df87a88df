"""Acts told in the present tense for a day still to come are planned, not done.

News English puts arranged acts in the simple present or the present progressive: "the talks
open in Geneva on 3 May", "the minister travels to Cairo next week", "the organisers are
marching again on 9 April". The status rules read the words of a clause and see no modal, so
they leave such an act asserted; only its date tells that it has not happened. This stage runs
after the dates are resolved and makes an asserted or reported act planned when

- its verb (the trigger, or the verb whose subject or object the trigger is) is in the present
  tense, simple or progressive, with no auxiliary of the past or perfect;
- its date comes from words of its verb's own clause, not from a heading or the narrative;
- and that date starts after the day the document was published.

A present tense over a date already past is the historical present of timelines and live blogs
("14 March: troops cross the river") and is left alone, as is any document with no date.
"""

from __future__ import annotations

from typing import Any

from warpath.document import Analysis, Event
from warpath.events.grammar import told_as_arranged
from warpath.pipeline import Config, Stage, stages

_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj"}


def _clause_verb(token: Any) -> Any | None:
    """The verb whose tense tells the event's time: the trigger, or its head for a noun."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ in _ARGUMENT_DEPS and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return None


def still_to_come(analysis: Analysis, event: Event) -> bool:
    published = analysis.document.published
    date = event.date
    if published is None or date is None or not date.text or date.start <= published:
        return False
    if event.status not in ("asserted", "reported") or event.trigger_token is None:
        return False
    verb = _clause_verb(analysis.doc[event.trigger_token])
    if verb is None or not told_as_arranged(verb):
        return False
    # the date's words stand in the verb's own clause, not in a heading or another sentence
    clause = verb.doc[verb.left_edge.i: verb.right_edge.i + 1]
    return date.text in clause.text


@stages.register("ahead")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        for event in analysis.events:
            if still_to_come(analysis, event):
                event.status = "planned"
                event.status_cue = event.date.text if event.date else None

    return run
