"""Constructions that keep an event from being stated as fact, read after the status walk.

`status.status_of` walks from a trigger up the clauses that embed it and notes cue words.
Some constructions hide their cue where that walk does not look, or carry it in a word the
walk reads in another sense. `revise` reads them from the trigger and returns a corrected
status. Most rules only raise the status; a failed prevention, a modal of perception, a plan
carried out, "if anything", an open question under a negation and the terms of a plan lower
it, each only from the status and cue that construction gave:

- substitution: "instead of / in place of / in lieu of / rather than X", "far from X-ing":
  the event named as the road not taken did not happen (negated); the main clause stands;
- imminence: "poised / set / slated / due / about to X", "on the verge / brink / cusp of
  X-ing": the act is at hand but not yet done (planned);
- an open question: "discussing whether to X", "unsure if X": hypothetical;
- a call for an event: "renewed their calls for the release of ...", where the parser hangs
  "for" on the verb rather than on the noun "calls": hypothetical;
- convening for a date: "called a strike for Monday": planned;
- a mandative subjunctive: "proposed that the group hold its next round", "demanded that the
  troops be withdrawn": the proposed act is planned, the demanded one hypothetical (the
  proposal or demand itself is a fact);
- an event under "the next / the coming" in a time phrase of a hedged clause ("would land
  during the next drills"): it shares that clause's status;
- a denied deed: "denied carrying out the strike that hit a wedding": the strike, and the
  relative clause that tells what it did, are negated;
- a call rejected: "rejected calls to expel the ambassador", "turned down demands for a
  withdrawal": the act called for is not done (negated);
- a prevention that failed: "could not stop the militia from storming the camp", "failed to
  prevent the attack": the act that was not prevented happened;
- a modal of perception: "soldiers could be seen shelling the ridge", "blasts could be heard":
  the seeing is what "could" hedges, and it is told as having happened;
- a plan carried out: "the long-planned swap finally went ahead on Friday": the event planned
  is told as having happened;
- "if anything": a comment, not a condition;
- a contingency: "would send troops provided that Khartoum asks", "in the event of an attack,
  reservists would be mobilised", "in case the talks fail, the army has drawn up plans to
  retake the corridor": a plan that waits on a condition is hypothetical;
- the terms of a plan: "under the deal, Russian troops would withdraw by March": the "would"
  tells what the plan provides, so the act is planned rather than hypothetical;
- an inverted condition: "had Kyiv struck the depot earlier, ...", "were Ankara to send
  troops, ...": "had", "were" or "should" before the subject of a clause it opens, in a
  sentence that asks nothing, is an "if": hypothetical, wherever the parser hangs the clause;
- a headline infinitive: "Army to deploy 3,000 troops to Kashmir": a subject with a bare
  "to"-infinitive and no finite verb announces what is to come (planned);
- "let alone", "much less", "never mind": the second, stronger act is not even in reach
  (hypothetical);
- an event that did not come about: "the invasion that never came", "an offensive which
  did not materialise": negated by its own relative clause;
- an imperative: "Leave the town now," the general told them; "lay down your weapons or we
  open fire": a command says what is wanted, not what was done (hypothetical);
- what a deal or agreement provides: "a deal to free the hostages is within reach": planned;
- either way: "the army may or may not have fired", "did or did not": the "not" leaves the
  question open (hypothetical), it denies nothing;
- a deal never carried out: "a truce was proposed in March but never put into effect", "the
  talks were announced but never took place": the event shares its subject with a denied
  verb of coming about or of being carried out (negated);
- "too ... to": "the army was too weak to retake the town", "had too few men to hold the
  bridge": the act was out of reach (negated);
- a near miss: "troops almost opened fire", "the navy nearly rammed the trawler": "almost" or
  "nearly" on the verb itself says it did not happen (negated);
- "ahead of": "police are deployed ahead of Friday's march", "troops will be on alert ahead of
  the talks": an occasion prepared for is yet to come (planned) when the clause preparing for
  it is not told as past, or the occasion carries its own day;
- a claim found false: "reports that troops had entered the town proved false", "claims that
  the army shelled the clinic were denied": the event claimed is negated;
- a deed named as the subject of a "would" ("a seizure of another tanker would push prices
  higher"): an indefinite event whose effect is weighed is a supposition (hypothetical).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

_RANK: dict[str, int] = {
    "asserted": 0, "reported": 1, "planned": 2, "hypothetical": 3, "negated": 4,
}
# Links by which a trigger sits inside the clause or phrase above it.
_CLIMB = {"dobj", "obj", "xcomp", "ccomp", "pcomp", "pobj", "prep", "conj", "acomp", "attr",
          "oprd", "nsubjpass", "compound", "amod"}
_MAX_STEPS = 7

# "instead of", "rather than", "far from" (with a gerund only: "far from the front" is a place)
_SUBSTITUTE_ADVS = {("instead", "of"), ("rather", "than")}
_SUBSTITUTE_NOUNS = {"place", "lieu"}  # "in place of", "in lieu of"

# Words governing a to-infinitive that say the act is imminent; as participles or adjectives
# only ("are set to meet", not "set fire to")
_IMMINENT = {"poised", "set", "slated", "due", "scheduled", "about", "primed", "gearing",
             "geared", "readying"}
_IMMINENT_TAGS = {"VBN", "JJ", "RB", "IN", "VBG"}
# "on the verge of signing", "on the brink of war", "on the cusp of a deal"
_VERGE_NOUNS = {"verge", "brink", "cusp", "threshold", "point", "edge"}

_QUESTION_MARKS = {"whether", "if"}

# Nouns for a call or demand whose object the parser may attach to the verb above
_CALL_NOUNS = {"call", "demand", "appeal", "plea", "request", "clamour", "clamor",
               "campaign", "push", "pressure", "petition", "ultimatum",
               # a motion or proposal put to a vote: "rejected a motion to expel the envoy"
               "motion", "resolution", "proposal", "bill", "bid"}
# Convening verbs: "called a strike for Monday", "announced a rally for the weekend"
_CONVENE_VERBS = {"call", "announce", "convene", "schedule", "set", "plan", "organise",
                  "organize", "fix"}
_SPANS = {"minute", "hour", "day", "night", "week", "month", "year", "fortnight"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "tomorrow", "weekend", "tonight"}

# Verbs that take a mandative "that" clause, by the status the clause gets
_MANDATIVE = {
    "propose": "planned", "plan": "planned", "arrange": "planned", "agree": "planned",
    "decide": "planned", "resolve": "planned", "stipulate": "planned",
    "suggest": "hypothetical", "recommend": "hypothetical", "advise": "hypothetical",
    "demand": "hypothetical", "insist": "hypothetical", "urge": "hypothetical",
    "ask": "hypothetical", "request": "hypothetical", "require": "hypothetical",
    "move": "hypothetical", "prefer": "hypothetical", "order": "planned",
    "command": "planned", "direct": "planned", "press": "hypothetical",
}
_MANDATIVE_NOUNS = {"proposal": "planned", "plan": "planned", "decision": "planned",
                    "suggestion": "hypothetical", "recommendation": "hypothetical",
                    "demand": "hypothetical", "request": "hypothetical",
                    "insistence": "hypothetical", "call": "hypothetical"}
_THIRD_SINGULAR_TAGS = {"NN", "NNP"}
# Verbs with a reporting sense too ("data suggest that the sides meet often"): a plain present
# tense is a statement, so only an unmistakable base form is read as a mandate.
_TWO_SENSES = {"suggest", "insist", "agree", "decide", "resolve", "plan", "arrange", "move"}

# Time phrases and the words that put them ahead: "during the next drills"
_TIME_PREPS = {"during", "at", "before", "until", "till", "ahead", "by", "in", "after"}
_NEXT_WORDS = {"next", "coming", "upcoming", "forthcoming", "following"}

# Carrying out a deed: "denied carrying out / launching / ordering the strike"
_DEED_VERBS = {"carry", "conduct", "launch", "stage", "mount", "perform", "order", "commit",
               "perpetrate", "execute", "make"}
_DENY = {"deny"}

# Verbs of preventing whose failure lets the act happen; "keep" only with "from X-ing" (a
# ceasefire "not kept" was not prevented)
_PREVENT_VERBS = {"stop", "prevent", "keep", "deter", "dissuade", "restrain", "halt", "avert",
                  "thwart", "forestall", "foil", "block", "veto"}
_FAIL_VERBS = {"fail"}
_FAIL_ADJS = {"unable", "powerless", "helpless"}
_PAST_ABILITY = {"could", "did", "ca"}
_PERCEIVE_VERBS = {"see", "hear", "spot", "observe", "watch", "film", "feel", "sight", "smell"}
_PLANNED_MODS = {"planned", "scheduled", "proposed", "long-planned", "delayed", "postponed",
                 "expected", "awaited", "promised"}
_TAKE_PLACE = {"go", "take", "happen", "occur", "proceed", "begin", "start", "open", "get",
               "unfold", "commence"}
_PROVISO_WORDS = {"provided", "providing"}
_PLAN_TERMS = {"plan", "deal", "agreement", "accord", "proposal", "arrangement", "term",
               "framework", "roadmap", "timetable", "scheme", "ceasefire", "truce", "pact",
               "treaty", "blueprint", "initiative", "settlement", "compromise", "formula"}
_REJECT_VERBS = {"reject", "rebuff", "dismiss", "spurn", "refuse", "decline", "resist", "defy",
                 "ignore", "turn down", "brush"}
_REPORT_HEADS = {"say", "tell", "report", "add", "state", "confirm", "announce", "acknowledge",
                 "admit", "note", "claim"}


def revise(token: Any, status: str, cue: str | None) -> tuple[str, str | None]:
    """The status of the event on `token` once these constructions are read, given the status
    `status` (and its cue) that the walk found."""
    for lower in (_failed_prevention, _perceived, _plan_carried_out, _if_anything,
                  _question_not_denied, _terms_of_a_plan, _either_way, _put_forward,
                  _planned_one_held):
        lowered = lower(token, status, cue)
        if lowered is not None:
            return lowered
    for found, word in (*_raising(token), *_supposed(token, status, cue)):
        if _RANK[found] > _RANK[status]:
            status, cue = found, word
    if status == "planned" and (proviso := _contingent(token)) is not None:
        status, cue = "hypothetical", proviso
    return status, cue


# Verbs by which a text of law gives leave to act, and the texts that do
_LICENSING = {"allow", "let", "permit", "authorise", "authorize", "empower", "entitle", "enable"}
_LAW_TEXTS = {"law", "rule", "decree", "regulation", "legislation", "act", "bill", "statute",
              "ordinance", "provision", "clause", "article", "amendment", "mandate", "directive",
              "order", "resolution", "code", "protocol", "ruling", "judgment", "judgement",
              "warrant"}


def _licensed(token: Any) -> Iterator[tuple[str, str]]:
    """ "The decree lets soldiers detain anyone", "a decree that allows soldiers to
    detain anyone near the border": an act a text of law gives leave for is what may be done
    under it (hypothetical), not a deed; "the commander let the men go" is one."""
    for via, gov, _node in _climb(token):
        if via not in ("ccomp", "xcomp") or gov.lemma_.lower() not in _LICENSING:
            continue
        subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if subj is not None and gov.dep_ == "relcl" and subj.tag_ == "WDT":
            subj = gov.head  # "the law that lets ...": the noun the clause describes
        if subj is not None and subj.lemma_.lower() in _LAW_TEXTS:
            yield "hypothetical", str(gov.text)
        return


def _raising(token: Any) -> Iterator[tuple[str, str]]:
    yield from _substituted(token)
    yield from _licensed(token)
    yield from _rejected_call(token)
    yield from _denied_deed(token)
    for via, gov, node in _climb(token):
        if via == "xcomp" and gov.lower_ in _IMMINENT and gov.tag_ in _IMMINENT_TAGS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            yield "planned", gov.text
        if via in ("pcomp", "pobj") and gov.lower_ == "to" and gov.head.lower_ in (
                "close", "near") and gov.head.head.lemma_.lower() in ("come", "get"):
            yield "negated", gov.head.text  # "came close to expelling the envoy": all but done
        if via == "xcomp" and _obliged(gov, node) is not None:
            yield "hypothetical", gov.text  # "Moscow ought to withdraw", "the army has to pull out"
        if node.dep_ in ("xcomp", "ccomp", "pcomp") and (mark := _question_mark(node)) is not None:
            # (pcomp: "divided over whether to list the group", "a vote on whether to expel")
            yield "hypothetical", mark
        if via in ("pobj", "pcomp") and gov.lower_ == "of" and _on_the_verge(gov.head):
            yield "planned", gov.head.text
        if via == "pobj" and gov.lower_ == "for" and gov.head.pos_ in ("VERB", "AUX") and (
                call := _call_object(gov.head)) is not None:
            yield "hypothetical", call.text
        if via == "ccomp" and (mood := _mandate(gov, node)) is not None:
            yield mood, gov.text
    for construction in (*_CONSTRUCTIONS, *_PLANNED_CONSTRUCTIONS, *_UNDONE_CONSTRUCTIONS):
        yield from construction(token)


def _obliged(gov: Any, clause: Any) -> Any | None:
    """The head of a duty not yet met: a modal the parser made the clause's head ("ought to
    withdraw"), or "have to" in the present ("has to pull out"); "had to pull out" tells what
    was done."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    if gov.tag_ == "MD":
        return gov
    if gov.lemma_.lower() == "have" and (gov.tag_ in ("VBZ", "VBP") or gov.tag_ == "VB" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children)):
        return gov
    return None


def _contingent(token: Any) -> str | None:
    """The words of a contingency ("provided", "in the event of", "in case") that the clause
    of `token`, or a clause or plan above it, waits on."""
    node = token
    for _ in range(_MAX_STEPS):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in _PROVISO_WORDS and any(
                    g.dep_ in ("ccomp", "pcomp", "advcl") for g in c.children):
                return str(c.text)  # "provided that Khartoum asks" (parsed as a preposition)
            if c.dep_ == "prep" and c.lower_ == "in" and _case_of(c, clause=False):
                return "in case"
            if c.dep_ == "advcl" and c.doc[c.left_edge.i].lower_ in _PROVISO_WORDS:
                return str(c.doc[c.left_edge.i].text)  # "providing the ceasefire holds"
            if c.dep_ == "advcl" and any(m.dep_ == "prep" and m.lower_ == "in" and _case_of(
                    m, clause=True) for m in c.children):
                return "in case"
        if node.dep_ not in _CLIMB | {"acl"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _case_of(prep: Any, clause: bool) -> bool:
    """ "in case of / in the event of" + noun, or "in case" opening a clause."""
    for o in prep.children:
        if o.dep_ == "pobj" and o.lemma_.lower() in ("case", "event"):
            if o.lower_ == "case" and (clause or not any(g.dep_ == "det" for g in o.children)):
                return True  # a bare "in case": "in case the talks fail" ("in that case" is not)
            return any(g.dep_ == "prep" and g.lower_ == "of" for g in o.children)
    return False


def _climb(token: Any) -> Iterator[tuple[str, Any, Any]]:
    """(link, governor, node below it) from the trigger up, over the links that keep it
    inside the phrase or clause above; stops at a relative, adverbial or main clause."""
    node = token
    for _ in range(_MAX_STEPS):
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return
        via, gov = node.dep_, node.head
        yield via, gov, node
        node = gov


def _substituted(token: Any) -> Iterator[tuple[str, str]]:
    """ "Instead of bombing the bridge, the army cut power": the event set aside as the road
    not taken; the walk climbs from the trigger to the phrase that names it."""
    node = token
    for _ in range(_MAX_STEPS):
        if node.dep_ in ("pcomp", "pobj") and node.head.dep_ == "prep":
            prep = node.head
            if (words := _substitute_prep(prep, node)) is not None:
                yield "negated", words
                return
        if node.dep_ == "advcl" and (mark := _rather_than(node)) is not None:
            yield "negated", mark  # "rather than withdraw, the rebels regrouped"
            return
        if node.pos_ in ("VERB", "AUX") and (words := _set_aside_before(node)) is not None:
            yield "negated", words  # "kept quiet rather than arrest them" (parsed any way)
            return
        if node.dep_ not in ("dobj", "obj", "conj", "xcomp", "compound", "amod") or (
                node.head.i == node.i):
            return
        node = node.head


def _set_aside_before(verb: Any) -> str | None:
    """ "rather than (to) withdraw", "instead of shelling": the words just before a verb that
    set it aside, read off the text because the parser hangs "than" anywhere."""
    doc, i = verb.doc, verb.i - 1
    if i >= 0 and doc[i].lower_ == "to":
        i -= 1
    if i >= 1 and (doc[i - 1].lower_, doc[i].lower_) in _SUBSTITUTE_ADVS:
        return f"{doc[i - 1].lower_} {doc[i].lower_}"
    return None


def _substitute_prep(prep: Any, obj: Any) -> str | None:
    """The words of a substitution ("instead of") if `prep` with its object `obj` is one."""
    word = prep.lower_
    advs = {c.lower_ for c in prep.children if c.dep_ == "advmod"}
    if prep.head.dep_ == "advmod":
        advs.add(prep.head.lower_)  # "instead" may govern "of" as its head
    for adv in sorted(advs):
        if (adv, word) in _SUBSTITUTE_ADVS:
            return f"{adv} {word}"
    if word == "of" and prep.head.lower_ in _SUBSTITUTE_NOUNS and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ == "in":
        return f"in {prep.head.lower_} of"
    # "far from withdrawing": a gerund only; "far from the front line" is a place
    if word == "from" and "far" in advs and obj.tag_ == "VBG":
        return "far from"
    return None


def _rather_than(clause: Any) -> str | None:
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "than"]
    if marks and any(c.dep_ == "advmod" and c.lower_ == "rather" for c in clause.children):
        return "rather than"
    return None


def _on_the_verge(noun: Any) -> bool:
    return (noun.lower_ in _VERGE_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ == "on")


def _question_mark(clause: Any) -> str | None:
    """ "discussing whether to station", "nobody knows if": an open question; but "whether
    or not" grants the clause both ways."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS]
    if not marks or (any(c.lower_ == "or" for c in clause.children) and any(
            c.lower_ == "not" for c in clause.children)):
        return None
    return str(marks[0].text)


def _call_object(verb: Any) -> Any | None:
    """ "renewed their calls (for ...)": the call noun the verb takes as its object."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _CALL_NOUNS:
            return c
    return None


def _convened(token: Any) -> Iterator[tuple[str, str]]:
    """ "Student groups have called a march for Friday": an event called for a date ahead."""
    if token.dep_ not in ("dobj", "obj") or token.head.lemma_.lower() not in _CONVENE_VERBS:
        return
    verb = token.head
    for prep in [*verb.children, *token.children]:
        if prep.dep_ == "prep" and prep.lower_ == "for" and any(
                _a_date(o) for o in prep.children if o.dep_ == "pobj"):
            yield "planned", verb.text
            return


def _a_date(tok: Any) -> bool:
    """A day or time ahead ("for Friday", "for 12 March"), not a span ("for two days")."""
    if tok.lemma_.lower() in _SPANS and any(c.dep_ == "nummod" for c in tok.children):
        return False
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _WEEKDAYS


def _mandate(gov: Any, clause: Any) -> str | None:
    """ "proposed that the working group hold its next round": a bare verb (or "be", or
    "should") in a that-clause under a verb or noun of proposing or demanding."""
    lemma = gov.lemma_.lower()
    mood = _MANDATIVE.get(lemma) if gov.pos_ in ("VERB", "AUX") else (
        _MANDATIVE_NOUNS.get(lemma) if gov.pos_ == "NOUN" else None)
    if mood is None or not _subjunctive(clause, strict=lemma in _TWO_SENSES):
        return None
    return mood


def _subjunctive(verb: Any, strict: bool) -> bool:
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "should" for a in auxes):
        return True
    if auxes:
        # "that the troops be withdrawn": a bare "be" with nothing before it
        return len(auxes) == 1 and auxes[0].lower_ == "be" and auxes[0].tag_ == "VB"
    if verb.tag_ == "VB":
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "that the group hold": a base form after a singular noun cannot be a present tense
    return verb.tag_ == "VBP" and bool(subjects) and (
        not strict or subjects[0].tag_ in _THIRD_SINGULAR_TAGS)


def _next_occasion(token: Any) -> Iterator[tuple[str, str]]:
    """ "missiles would land during the next drills": an occasion ahead, in a time phrase of
    a hedged clause, is as hedged as that clause."""
    if token.dep_ != "pobj" or token.head.lower_ not in _TIME_PREPS:
        return
    words = [c for c in token.children if c.dep_ == "amod" and c.lower_ in _NEXT_WORDS]
    if not words or token.head.head.pos_ not in ("VERB", "AUX"):
        return
    from warpath.events.status import status_of  # the clause's own status

    found, _ = status_of(token.head.head)
    if found in ("planned", "hypothetical"):
        yield found, words[0].text


def _denied_deed(token: Any) -> Iterator[tuple[str, str]]:
    """ "denied carrying out the drone strike that hit a wedding": the relative clause tells
    what the denied deed did, so it is denied with it."""
    if token.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in token.children):
        return
    noun = token.head
    if noun.dep_ not in ("dobj", "obj"):
        return
    deed = noun.head
    if deed.lemma_.lower() in _DENY:
        yield "negated", deed.text
    elif _verb_in(deed, _DEED_VERBS) and deed.dep_ in ("xcomp", "pcomp", "ccomp") and (
            deed.head.lemma_.lower() in _DENY):
        yield "negated", deed.head.text


def _verb_in(tok: Any, verbs: set[str]) -> bool:
    """Whether `tok` is a form of one of `verbs`, also where the tagger's lemma is off
    ("staging" lemmatised as "stag")."""
    if tok.lemma_.lower() in verbs:
        return True
    word = tok.lower_
    for ending in ("ing", "ed"):
        if word.endswith(ending) and word[: -len(ending)] + "e" in verbs:
            return True
    return False


def _failed_prevention(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "Police could not stop militiamen from storming the camp", "failed to prevent the
    attack": what was not prevented happened, as the sentence (or its speaker) tells it."""
    if status != "negated":
        return None
    prevent = None
    if token.dep_ == "pcomp" and token.head.lower_ == "from" and token.head.dep_ == "prep":
        prevent = token.head.head
    elif token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() != "keep":
        prevent = token.head
    if prevent is None or prevent.lemma_.lower() not in _PREVENT_VERBS:
        return None
    children = list(prevent.children)
    negs = [c for c in children if c.dep_ == "neg"]
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if negs and (auxes & _PAST_ABILITY or (not auxes and prevent.tag_ == "VBD")):
        top = prevent
    elif not negs and prevent.dep_ == "xcomp" and (
            (prevent.head.lemma_.lower() in _FAIL_VERBS and not any(
                c.dep_ == "neg" for c in prevent.head.children))
            or prevent.head.lower_ in _FAIL_ADJS):
        top = prevent.head  # "failed to stop", "was unable to prevent"
        if top.lower_ in _FAIL_ADJS and top.head.i != top.i and top.dep_ == "acomp":
            top = top.head
    else:
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "wo")
           for c in top.children):
        return None
    return _as_told(top)


def _as_told(top: Any) -> tuple[str, str | None] | None:
    """Asserted if `top` is the sentence's main clause, reported if it is what a speaker said;
    None (no change) anywhere else."""
    if top.dep_ == "ROOT":
        return "asserted", None
    if top.dep_ == "ccomp" and _before_colon(top):
        return "asserted", None  # "The expected walk-out happened: delegates left the hall"
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in _REPORT_HEADS and top.head.dep_ == "ROOT":
        return "reported", top.head.text
    return None


def _perceived(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "Soldiers could be seen shelling positions", "explosions could be heard": a modal on
    a verb of perception in the passive says what could be perceived, and was."""
    if status != "hypothetical" or (cue or "").lower() not in ("could", "can"):
        return None
    verb = token.head if token.dep_ in ("xcomp", "nsubjpass") else None
    if token.dep_ in ("dobj", "obj") and token.head.dep_ == "xcomp":
        verb = token.head.head  # "seen shelling positions": the gerund's object
    if verb is None or verb.lemma_.lower() not in _PERCEIVE_VERBS:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "neg" for c in children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == (cue or "").lower() for c in children):
        return None
    return _as_told(verb)


def _plan_carried_out(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "The long-planned swap finally went ahead": an event named as planned is the subject of
    a past verb of taking place, so it happened."""
    if status != "planned" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    mods = [c for c in token.children if c.dep_ in ("amod", "compound")
            and c.lower_ in _PLANNED_MODS and (cue or "").lower() == c.lower_]
    verb = token.head
    if not mods or verb.lemma_.lower() not in _TAKE_PLACE or verb.tag_ != "VBD":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("neg", "aux") for c in children):
        return None
    if verb.lemma_.lower() in ("go", "take", "get") and not any(
            c.lower_ in ("ahead", "place", "forward", "underway") or c.dep_ == "dobj"
            for c in children):
        return None
    return _as_told(verb)


def _if_anything(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "If anything, the sanctions were tougher than feared": "if" heads no clause, so it sets
    no condition; only when it is the sentence's one cue."""
    if status != "hypothetical" or (cue or "").lower() != "if":
        return None
    sent = token.sent
    ifs = [t for t in sent if t.lower_ == "if"]
    if len(ifs) != 1 or ifs[0].head.lower_ not in ("anything", "nothing") or any(
            t.tag_ == "MD" or t.dep_ == "neg" or t.lower_ in ("?", "whether", "unless")
            for t in sent):
        return None
    top = token
    while top.head.i != top.i and top.dep_ not in ("relcl", "advcl", "ccomp"):
        top = top.head
    return _as_told(top)


def _question_not_denied(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "Seoul has not decided whether to resume the broadcasts", "whether or not Caracas
    approved it": a negation above an open question, or the "not" of "whether or not", leaves
    the event open, not denied."""
    if status != "negated" or (cue or "").lower() not in ("not", "n't", "never"):
        return None
    node = token
    for _ in range(_MAX_STEPS):
        marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS]
        negs = [c for c in node.children if c.dep_ == "neg"]
        if marks and node.dep_ in ("xcomp", "ccomp", "advcl"):
            either = any(c.lower_ == "or" for c in node.children)
            if negs and not either:
                return None  # "whether troops did not fire": the clause's own negation
            if either or node.dep_ != "advcl":
                return "hypothetical", marks[0].text
            return None
        if negs or node.dep_ not in _CLIMB or node.head.i == node.i:
            return None
        node = node.head
    return None


def _terms_of_a_plan(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "Under the plan, Hamas would hand over the hostages": what a plan or deal provides."""
    if status != "hypothetical" or (cue or "").lower() != "would":
        return None
    verb = token
    for _ in range(_MAX_STEPS):
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
            break
        if verb.dep_ not in _CLIMB or verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    terms = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"
             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _PLAN_TERMS]
    if not terms or any(t.dep_ == "mark" and t.lower_ in ("if", "unless", "whether")
                        for t in token.sent):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return "planned", f"under the {terms[0].lower_}"


def _rejected_call(token: Any) -> Iterator[tuple[str, str]]:
    """ "Rejected calls to expel the ambassador", "turned down demands for a withdrawal": the act
    called for is refused (the parser may hang the infinitive on the verb)."""
    node = token
    while node.dep_ in ("dobj", "obj", "conj", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("acl", "xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        head = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "for":
        head = node.head.head
    else:
        return
    if head.pos_ == "NOUN" and head.lemma_.lower() in _CALL_NOUNS and head.dep_ in ("dobj", "obj"):
        verb = head.head
    elif head.pos_ == "VERB" and _call_object(head) is not None:
        verb = head
    else:
        return
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and lemma == "turn":
        lemma = "turn down"
    if lemma in _REJECT_VERBS and not any(c.dep_ == "neg" for c in verb.children):
        yield "negated", verb.text


# Auxiliaries that, put before the subject at the head of a clause, make it a condition
_INVERTED = {"had", "were", "should"}
_CLAUSE_OPENERS = {",", "and", "but", "or", ";", "--", "—", "-", "that"}


def _inverted_condition(token: Any) -> Iterator[tuple[str, str]]:
    """ "Had Ukraine struck the refinery a year earlier, exports would have collapsed", "were
    Beijing to send troops": the clause of the trigger (or one it sits in) opens with "had",
    "were" or "should" before its subject. A question ("Had the army fired?") asks instead;
    "never had", "no sooner had" put a negation first and state a fact."""
    if any(t.text == "?" for t in token.sent):
        return
    nodes = [token] + [gov for _, gov, _ in _climb(token)]
    for node in nodes:
        for aux in [node, *node.children]:
            if aux.lower_ not in _INVERTED or (aux is not node and aux.dep_ not in (
                    "aux", "auxpass")) or (aux is node and aux.pos_ not in ("AUX", "VERB")):
                continue
            if aux.i > node.i or aux.i > aux.sent.start and (
                    aux.doc[aux.i - 1].lower_ not in _CLAUSE_OPENERS):
                continue  # first in its sentence, or after a comma, "and" or "that"
            if aux.lower_ == "had" and (aux is node or not node.tag_.startswith("VB")):
                continue  # "had" as a main verb ("had two brigades") is no inversion
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > aux.i
                   for c in node.children):
                yield "hypothetical", str(aux.text)
                return
    if (opener := _inverted_opener(token)) is not None:
        yield "hypothetical", str(opener.text)


def _inverted_opener(token: Any) -> Any | None:
    """ "Were Armenian forces to attack the village, Baku would respond": a sentence opening
    with "were", a subject and a "to" before the trigger, all before the first comma, is a
    condition even when the parser hangs "were" on the main verb and the infinitive on the
    subject."""
    sent = token.sent
    first = sent[0] if sent[0].text not in ('"', "\u201c", "'") else (
        sent[1] if len(sent) > 1 else sent[0])
    if first.lower_ != "were" or token.i <= first.i + 2:
        return None
    span = token.doc[first.i + 1 : token.i]
    if any(t.text in (",", ";", ":") for t in span):
        return None
    if not any(t.lower_ == "to" and t.tag_ == "TO" for t in span):
        return None
    if span[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"):
        return None
    return first if any(t.text == "," for t in token.doc[token.i : sent.end]) else None


def _headline_infinitive(token: Any) -> Iterator[tuple[str, str]]:
    """ "Army to deploy 3,000 troops", "Russia to expel ten diplomats": a headline's "to"
    with a subject and no finite verb anywhere tells what is to come."""
    verb = token if token.dep_ == "ROOT" else (
        token.head if token.dep_ == "dobj" and token.head.dep_ == "ROOT" else None)
    if verb is None or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        yield from _labelled_headline_infinitive(token)
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        yield from _labelled_headline_infinitive(token)
        return
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent):
        yield from _labelled_headline_infinitive(token)
        return
    yield "planned", "to"


# What may open a headline's subject: a label ("Headline:", "Live: 14:05 -"), a dash, a bullet
_HEADLINE_OPENERS = {":", "-", "--", "\u2013", "\u2014", "*", "\u2022"}
# Words a headline's subject is made of ("Philippines, Vietnam", "Kenya's police", "Crossing")
_HEADLINE_SUBJECT_POS = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "CCONJ", "PART", "PUNCT"}
# A report hung at the end of a headline: "..., says minister", "..., officials say"
_HEADLINE_TAGS = {"say", "tell", "report", "announce", "confirm", "claim"}


def _labelled_headline_infinitive(token: Any) -> Iterator[tuple[str, str]]:
    """ "Headline: Kenya to send 400 police to Haiti", "Live: 14:05 - Lithuania to close two
    crossings, says minister", "Philippines, Vietnam to hold joint drill": a subject and a bare
    "to"-infinitive with no finite verb of their own, the parse's attachment aside, announce
    what is to come. Read off the words: a run of nouns and names since the sentence start,
    a label's colon or a dash, then "to" and a bare verb, and no finite verb in the sentence
    but a report tagged on at its end."""
    verb = token if token.tag_ == "VB" else (
        token.head if token.dep_ in ("dobj", "nsubjpass") else None)
    if verb is None or verb.tag_ != "VB" or verb.i < 2:
        return
    to = verb.doc[verb.i - 1]
    if to.tag_ != "TO" or to.head != verb:
        return
    sent = verb.sent
    j = to.i - 1
    while j >= sent.start and verb.doc[j].text not in _HEADLINE_OPENERS and (
            verb.doc[j].pos_ in _HEADLINE_SUBJECT_POS and verb.doc[j].text != "."):
        j -= 1
    if j >= sent.start and verb.doc[j].text not in _HEADLINE_OPENERS:
        return  # a verb, a preposition or a pronoun before the "to": no headline subject
    subject = verb.doc[j + 1:to.i]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in subject) or subject[-1].pos_ not in (
            "PROPN", "NOUN"):
        return
    for t in sent:
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not (
                t.i > verb.i and t.lemma_.lower() in _HEADLINE_TAGS and t.i + 4 >= sent.end
                and any(verb.doc[k].text == "," for k in range(max(verb.i, t.i - 3), t.i))):
            return
    yield "planned", "to"


_LET_ALONE = {("let", "alone"), ("much", "less"), ("still", "less"), ("never", "mind")}


def _let_alone(token: Any) -> Iterator[tuple[str, str]]:
    """ "Kyiv cannot hold the city, let alone retake Crimea": what "let alone" adds is further
    still from happening than what went before."""
    doc = token.doc
    j = token.i - 1  # the word before the trigger's phrase: "let alone a withdrawal"
    while j > token.sent.start and doc[j].lower_ not in ("alone", "less", "mind") and (
            doc[j].dep_ in ("det", "amod", "aux", "compound", "nummod", "poss", "advmod")):
        j -= 1
    if j - 1 >= token.sent.start and (doc[j - 1].lower_, doc[j].lower_) in _LET_ALONE:
        yield "hypothetical", f"{doc[j - 1].text} {doc[j].text}"


# Verbs by which an event comes about: "the invasion that never came"
_COME_ABOUT = {"come", "happen", "occur", "materialise", "materialize", "arrive", "transpire",
               "take", "eventuate", "go"}


def _never_came(token: Any) -> Iterator[tuple[str, str]]:
    """ "The invasion that never came", "an offensive which did not materialise": the event's
    own relative clause says it did not come about."""
    if token.pos_ != "NOUN":
        return
    # "the withdrawal of Rwandan forces, which has not happened": a clause of coming about
    # hung on the noun's "of" phrase can only be about the event (forces do not happen)
    under_of = [r for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" for r in g.children
                if r.dep_ == "relcl" and r.lemma_.lower() in ("happen", "occur", "materialise",
                                                               "materialize", "transpire")]
    for rel in [*token.children, *under_of]:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in _COME_ABOUT:
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rel.children):
            continue
        if rel.lemma_.lower() in ("take", "go") and not any(
                c.lower_ in ("place", "ahead") for c in rel.children):
            continue
        neg = _negation(rel)
        if neg is not None:
            yield "negated", str(neg.text)
            return


def _negation(verb: Any) -> Any | None:
    """The "not" or "never" a verb carries, if any."""
    return next((c for c in verb.children if c.dep_ == "neg"
                 or c.dep_ == "advmod" and c.lower_ == "never"), None)


_INDEFINITE = {"a", "an", "another", "any"}


def _supposed(token: Any, status: str, cue: str | None) -> Iterator[tuple[str, str]]:
    """ "An Iranian seizure of another tanker would push oil prices higher": an indefinite
    event as the subject of a "would" that weighs its effect is supposed, not foretold;
    "a second round would take place in March" foretells it (planned stays)."""
    if status != "planned" or (cue or "").lower() not in ("would", "'d"):
        return
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
        return
    verb = token.head
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return
    from warpath.events.status import _LIGHT_VERBS, _occurs  # "take place", "impose"

    if not _occurs(verb) and not (verb.lemma_.lower() in _LIGHT_VERBS and any(
            c.dep_ == "auxpass" for c in verb.children)):
        # "a curfew would be imposed ahead of the prayers": the passive of the verb that
        # carries the event out foretells the event itself, like "would take place"
        yield "hypothetical", str(cue)


_OPENING_MARKS = {'"', "'", "\u201c", "\u2018", "(", "-", "--", "\u2014", ":", "please"}


def _imperative(token: Any) -> Iterator[tuple[str, str]]:
    """ "Leave the town now," the general told the rebels: a bare verb opening its sentence
    (or a quotation), with no subject and no auxiliary, as the main clause or as what a
    speaker said, is a command."""
    if token.dep_ not in ("ROOT", "ccomp", "advcl") or token.tag_ != "VB" and not (
            token.tag_ == "NN" and any(c.dep_ == "dobj" for c in token.children)):
        return  # a bare verb ("Storm the checkpoint" may be tagged as a noun with an object)
    if token.dep_ != "ROOT" and (token.head.lemma_.lower() not in _COMMAND_FRAMES
                                 or token.head.i < token.i):
        return  # a quoted command the parser hung on the speech tag after it
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark")
           for c in token.children):
        return
    j = token.i - 1
    while j >= token.sent.start and token.doc[j].lower_ in _OPENING_MARKS:
        j -= 1
    if j >= token.sent.start:
        return  # something comes before it: not the opening of a command
    if not any(c.dep_ in ("dobj", "obj", "prt", "prep", "advmod", "xcomp", "ccomp")
               for c in token.children):
        return  # a lone word ("Attack!") may be a headline noun mistagged
    yield "hypothetical", str(token.text)


_COMMAND_FRAMES = {"say", "tell", "order", "shout", "command", "instruct", "urge", "yell",
                   "warn", "write", "add", "demand", "scream", "cry", "call"}
_DEAL_NOUNS = {"deal", "agreement", "accord", "pact", "treaty", "arrangement", "understanding",
               "bargain"}


def _deal_to(token: Any) -> Iterator[tuple[str, str]]:
    """ "A deal to free the hostages", "an agreement to pull back heavy weapons": what a deal
    provides is planned (the deal may be signed; the act is yet to be done)."""
    if token.dep_ not in ("acl", "relcl") or token.head.lemma_.lower() not in _DEAL_NOUNS:
        return
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) and not any(
            c.dep_ == "aux" and c.lower_ in ("have", "been") for c in token.children):
        yield "planned", str(token.head.text)


_CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "rumour", "rumor", "suggestion",
                "assertion", "story", "charge"}
_FALSE_ADJS = {"false", "untrue", "unfounded", "baseless", "groundless", "wrong", "incorrect",
               "fabricated", "fake", "bogus", "inaccurate", "erroneous", "mistaken"}
_REFUTE_VERBS = {"deny", "reject", "dismiss", "refute", "debunk", "disprove", "discredit",
                 "rebut", "retract", "withdraw"}


def _claim_found_false(token: Any) -> Iterator[tuple[str, str]]:
    """ "Earlier reports that troops had entered the city proved false", "claims that the army
    shelled the clinic were denied", "the allegation that police beat the students is
    baseless": what the claim says is negated by what is said of the claim."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("ccomp", "acl", "relcl") or node.head.pos_ != "NOUN":
        return
    claim = node.head
    if claim.lemma_.lower() not in _CLAIM_NOUNS:
        return
    # what is said of the claim: its verb, or a predicate the parser hung on it
    preds = [p for p in claim.children if p.dep_ in ("acl", "relcl") and p.i > node.right_edge.i]
    if claim.dep_ in ("nsubj", "nsubjpass") and claim.head.i != claim.i:
        preds.append(claim.head)
    for pred in preds:
        kids = list(pred.children)
        if any(c.dep_ == "neg" for c in kids):
            continue
        if pred.lemma_.lower() in _REFUTE_VERBS and any(c.dep_ == "auxpass" for c in kids):
            yield "negated", str(pred.text)
            return
        kids += [g for c in kids if c.dep_ == "xcomp" and c.lemma_.lower() == "be"
                 for g in c.children]  # "turned out to be wrong"
        false = next((c for c in kids if c.dep_ in ("acomp", "oprd", "attr")
                      and c.lower_ in _FALSE_ADJS), None)
        if false is not None and pred.lemma_.lower() in ("be", "prove", "turn", "appear"):
            yield "negated", str(false.text)
            return


def _either_way(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "Troops may or may not have fired on the crowd": an auxiliary repeated around "or"
    before the "not" grants both answers."""
    if status != "negated" or (cue or "").lower() not in ("not", "n't"):
        return None
    nodes = [token] + [gov for _, gov, _ in _climb(token)]
    doc = token.doc
    for node in nodes:
        for neg in node.children:
            if neg.dep_ != "neg" or neg.i < 3:
                continue
            first, conj, second = doc[neg.i - 3], doc[neg.i - 2], doc[neg.i - 1]
            if conj.lower_ == "or" and first.lower_ == second.lower_ and second.tag_ in (
                    "MD", "VBD", "VBZ", "VBP"):
                return "hypothetical", f"{first.text} or {second.text} not"
    return None


# Verbs saying that an event came about or was carried out, alone or with their particle
_CARRIED_OUT = {"implement", "apply", "enforce", "happen", "occur", "materialise",
                "materialize", "transpire", "hold", "convene", "execute", "honour", "honor",
                "respect", "fulfil", "fulfill", "uphold"}
_CARRIED_OUT_WITH = {("put", "effect"), ("take", "effect"), ("take", "place"),
                     ("come", "force"), ("enter", "force"), ("go", "ahead"), ("get", "underway")}


def _never_carried_out(token: Any) -> Iterator[tuple[str, str]]:
    """ "A ceasefire was proposed in March but was never put into effect": the event noun is
    the subject of a verb coordinated with a denied verb of coming about. So is the act of
    putting forward or agreeing a plan whose passive subject it is ("a truce was agreed in May
    but never implemented": what was agreed never took hold)."""
    if token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _PLAN_TERMS
                                    and c.lemma_.lower() not in _DEAL_NOUNS
                                    for c in token.children):
        verb = token
    elif token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return
    else:
        verb = token.head
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < token.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        neg = next((c for c in conj.children if c.dep_ == "neg"
                    or c.dep_ == "advmod" and c.lower_ == "never"), None)
        if neg is None:
            continue
        lemma = conj.lemma_.lower()
        words = {g.lower_ for c in conj.children for g in [c, *c.children]}
        if lemma in _CARRIED_OUT and (lemma != "hold" or any(
                c.dep_ == "auxpass" for c in conj.children)) or any(
                v == lemma and w in words for v, w in _CARRIED_OUT_WITH):
            yield "negated", str(neg.text)
            return


# Verbs by which an act is put off: "put off indefinitely" leaves it undone, with no day to come
# ("suspended" or "adjourned" indefinitely: the talks took place and stopped, so not here)
_PUT_OFF = {"delay", "postpone", "defer", "shelve"}
# A deal made on paper whose terms were "not implemented" was still made
_PAPER_DEALS = {"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce",
                "memorandum", "understanding", "framework", "protocol", "arrangement"}
# Verbs of setting an act going: "an operation discussed but not launched"
_LAUNCHED = {"launch", "mount", "stage", "carry", "conduct", "hold", "implement", "begin",
             "start", "execute", "undertake"}


def subject_verbs(token: Any) -> list[Any]:
    """The verb a noun is the subject of, with the verbs coordinated with it that share the
    subject: "an operation [was discussed] but [not launched]"."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i == token.i:
        return []
    verb = token.head
    return [verb] + [c for c in verb.children if c.dep_ == "conj" and c.i > token.i
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def denied_coming(token: Any) -> Any | None:
    """ "A joint operation was discussed but not launched", "the aid flight was delayed
    indefinitely": the word by which the act named as the subject is denied its coming
    about (a "not" on a verb of launching or carrying out, or "indefinitely" on a putting
    off), if any."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in _PAPER_DEALS:
        return None
    for v in subject_verbs(token):
        lemma = v.lemma_.lower()
        if lemma in _PUT_OFF:
            word = next((c for c in v.children if c.dep_ == "advmod"
                         and c.lower_ == "indefinitely"), None)
            if word is not None:
                return word
        if lemma in _LAUNCHED and (lemma != "carry" or any(
                c.lower_ == "out" for c in v.children)) and (
                lemma != "hold" or any(c.dep_ == "auxpass" for c in v.children)):
            neg = _negation(v)
            # ("not carried out by Israel" denies the doer, not the deed)
            if neg is not None and not any(c.dep_ == "agent" for c in v.children) and not any(
                    t.lower_ in _NOT_DENIED for t in v.subtree if t.i > neg.i):
                return neg
    return None


def _undone_subject(token: Any) -> Iterator[tuple[str, str]]:
    """The act named as the subject and denied its coming about (see `denied_coming`)."""
    word = denied_coming(token)
    if word is not None:
        yield "negated", str(word.text)


def _too_to(token: Any) -> Iterator[tuple[str, str]]:
    """ "Too weak to retake the town", "too few men to hold the bridge": the infinitive after
    a "too" phrase is what could not be done."""
    if token.dep_ not in ("xcomp", "advcl", "acl") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return
    gov = token.head
    places = [gov, *[c for c in gov.children if c.dep_ in ("acomp", "dobj", "attr", "advmod")
                     and c.i < token.i]]
    places += [g for p in places[1:] for g in p.children if g.dep_ == "amod"]
    for p in places:
        too = next((c for c in p.children if c.dep_ == "advmod" and c.lower_ == "too"), None)
        if too is not None:
            yield "negated", "too"
            return


_NEAR_WORDS = {"almost", "nearly"}


def _near_miss(token: Any) -> Iterator[tuple[str, str]]:
    """ "Troops almost opened fire on the crowd": a near miss on the verb; "nearly 50 were
    killed" or "almost daily raids" put the word on a number or a modifier instead."""
    if token.pos_ != "VERB" or not token.tag_.startswith("VB"):
        return
    near = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in _NEAR_WORDS
                 and c.i < token.i and not list(c.children)), None)
    if near is not None:
        yield "negated", str(near.text)


def _ahead_of(token: Any) -> Iterator[tuple[str, str]]:
    """ "Security is being tightened ahead of Friday's march": the occasion is still to come.
    A past clause ("residents fled ahead of the assault") may tell of an occasion that has
    since come, so it counts only when the occasion carries a day of its own."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.lower_ != "ahead":
        return
    verb = token.head.head.head
    dated = any(c.dep_ == "poss" and _a_date(c) for c in token.children) or any(
        p.dep_ == "prep" and p.lower_ in ("on", "in", "at", "next") and any(
            _a_date(o) for o in p.children) for p in token.children)
    told_as_past = verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "'ll", "is", "are", "am", "has", "have")
        for c in verb.children)
    if verb.pos_ in ("VERB", "AUX") and (dated or not told_as_past):
        yield "planned", "ahead of"


# Verbs by which a fired round comes down: one that "fell short" missed what it was aimed at
_COME_DOWN = {"fall", "land", "come", "drop", "crash", "hit", "impact"}


def _fell_short(token: Any) -> Iterator[tuple[str, str]]:
    """ "The missile fell short in the desert", "two rockets landed short of the base": the
    strike told by the round's landing did not reach its target."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _COME_DOWN:
        return
    short = next((c for c in token.children if c.lower_ == "short"
                  and c.dep_ in ("advmod", "acomp", "prt", "oprd", "xcomp")), None)
    if short is not None:
        yield "negated", str(short.text)


# What is sent to someone and may not get there: "the convoy turned back and did not reach
# the camp", "the shipment never got through"
_SENDINGS = {"convoy", "shipment", "delivery", "consignment", "airdrop", "airlift", "loan",
             "aid", "assistance", "relief", "supply", "cargo"}
_GET_THERE = {"reach", "arrive", "enter", "get"}


def _never_got_there(token: Any) -> Iterator[tuple[str, str]]:
    """ "A WFP convoy that left Bunia turned back and did not reach the site", "the aid
    shipment was stopped at the border and never arrived": a sending whose verb, or a verb
    coordinated with it that shares its subject, denies that it got to where it was going."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _SENDINGS or token.dep_ not in (
            "nsubj", "nsubjpass"):
        return
    verb = token.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.i > token.i
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma not in _GET_THERE or lemma == "get" and not any(
                c.lower_ in ("through", "in", "there") for c in v.children):
            continue
        neg = _negation(v)
        if neg is not None:
            yield "negated", str(neg.text)
            return


# Constructions read off the token itself rather than off the path to its governor, in the
# order they are tried.
_Construction = Callable[[Any], Iterator[tuple[str, str]]]
_CONSTRUCTIONS: tuple[_Construction, ...] = (
    _convened, _next_occasion, _inverted_condition, _headline_infinitive, _let_alone,
    _never_came, _imperative, _deal_to, _claim_found_false, _never_carried_out, _too_to,
    _near_miss, _ahead_of, _fell_short, _never_got_there, _undone_subject)


# Adjectives by which a predicate weighs whether an event named as its subject will come
# about: "a blockade lasting weeks is conceivable", "further strikes remain possible".
_WEIGHED_ADJS = {"possible", "conceivable", "likely", "unlikely", "probable", "plausible",
                 "imaginable", "thinkable", "feasible", "doubtful", "uncertain", "unclear",
                 "inevitable", "unavoidable", "imminent", "foreseeable", "realistic",
                 # an act waiting on a condition: "a deployment is conditional on a vote",
                 # "any pullback is subject to / contingent on / dependent on talks"
                 "conditional", "contingent", "dependent", "subject"}
# Nouns that do the same as the predicate's complement: "a ground offensive is an option".
# Not "risk" or "question", whose subject poses the risk or is the matter at issue ("the
# blockade is a risk to shipping", "the strikes are a question for the court"): "question"
# weighs only as "a question of time / of when".
_WEIGHED_NOUNS = {"possibility", "option", "prospect", "likelihood", "scenario"}
_WEIGHED_QUESTION = {"time", "when"}
_COPULAS = {"be", "remain", "seem", "appear", "look", "become", "stay"}


def _weighed(token: Any) -> Iterator[tuple[str, str]]:
    """ "A blockade-style exercise lasting weeks is conceivable", "a ground offensive remains
    an option", "a second round of strikes looks likely": an event noun (or what "a wave /
    round of" is of) as the subject of a copula whose complement weighs its chances is a
    possibility, not a fact. Not in the past ("the raid was possible because ..." tells how
    a past raid came about) and not with an infinitive ("the strike is likely to cost
    millions" weighs the cost; the walk reads "is likely to strike")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a second wave of strikes is likely"
    if node.dep_ != "nsubj" or node.head.lemma_.lower() not in _COPULAS:
        return
    verb = node.head
    if verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children) or any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ in _WEIGHED_ADJS and not any(
                g.dep_ in ("xcomp", "ccomp") for g in c.children):
            yield "hypothetical", str(c.text)
            return
        if c.dep_ == "attr" and (c.lemma_.lower() in _WEIGHED_NOUNS or _question_of_time(c)) and (
                not any(g.dep_ in ("acl", "relcl") for g in c.children)):
            yield "hypothetical", str(c.text)
            return


def _question_of_time(noun: Any) -> bool:
    """ "A strike on the port is only a question of time / of when": the timing weighed."""
    return noun.lemma_.lower() == "question" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            g.lower_ in _WEIGHED_QUESTION for g in p.children) for p in noun.children)


_CONSTRUCTIONS += (_weighed,)


# Verbs of arranging or expecting an occasion, said of the occasion in the passive: "a further
# round is pencilled in for May", "an exchange is being prepared", "talks are expected in Doha"
_ARRANGING = {"expect", "pencil", "slate", "schedule", "plan", "prepare", "arrange", "organise",
              "organize", "set", "book", "timetable", "earmark", "envisage", "program",
              "programme", "penciled", "pencilled", "slated", "slat", "draft"}
# Words that put a time phrase ahead of the telling: "next Tuesday", "later this month"
_AHEAD_WORDS = {"next", "coming", "upcoming", "forthcoming", "later", "tomorrow", "tonight"}
# Passives that tell an arranging at second hand: "is said / reported / understood to be planned"
_HEARSAY_PASSIVES = {"say", "report", "understand", "believe", "think", "rumour", "rumor",
                     "know"}
_PAST_AUX = {"was", "were", "had"}
# Words that put a time ahead of the telling itself, with or without "the" ("the coming
# weeks"), unlike "next", which after "the" may count from a past day ("the next day").
_AHEAD_OF_TELLING = {"coming", "upcoming", "forthcoming"}


def _time_ahead(verb: Any, present: bool) -> bool:
    """A time phrase of `verb` that lies ahead ("next Tuesday", "later this month", "in the
    coming days"); a bare weekday ("on Friday") counts only with a present tense."""
    for c in verb.children:
        if c.dep_ not in ("npadvmod", "tmod", "advmod", "prep"):
            continue
        words = {t.lower_ for t in c.subtree}
        if present and words & _AHEAD_WORDS:
            return True
        if words & (_AHEAD_WORDS - {"later"}) and not words & {"the", "that", "following"}:
            return True  # "were due next week" in reported speech; not "the next day"
        if words & _AHEAD_OF_TELLING and not words & {"following", "previous", "preceding"}:
            return True  # "in the coming days": ahead of the telling, even in the past tense
        if present and words & (_WEEKDAYS - {"weekend"}) and len(words) <= 3:
            return True
    return False


def _arranged_ahead(token: Any) -> Iterator[tuple[str, str]]:
    """ "A further round of talks is pencilled in for mid-November", "a new exchange of
    prisoners is being prepared", "talks are expected in Doha later this month", "the next
    round is in Geneva next Tuesday": an event noun, alone or as what a "round of" is of,
    told as arranged or expected in a tense that is not past (or with a time ahead), or as
    being somewhere at a time ahead, is planned. "The strike is expected to cost millions"
    (an infinitive says what is expected) and "the talks were in Geneva" are not."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a round of talks", "a second series of strikes"
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return
    verb = node.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    hearsay = next((c for c in verb.children if c.dep_ == "xcomp" and (
        c.lemma_.lower() in _ARRANGING or c.lower_ in _ARRANGING)
        and any(a.dep_ == "auxpass" for a in c.children)), None) if (
        verb.lemma_.lower() in _HEARSAY_PASSIVES and any(a.dep_ == "auxpass" for a in auxes)
        and not any(a.dep_ == "neg" for a in verb.children)) else None
    if hearsay is not None:
        # "a flag meeting is said to be planned for next week", "talks are understood to be
        # scheduled for Friday": the arranging told at second hand
        if not any(a.lower_ in _PAST_AUX for a in auxes) or _time_ahead(hearsay, False):
            yield "planned", str(hearsay.text)
        return
    if _apart(node, verb):
        return  # "Talks stalled in May; a new round is being prepared": not its subject
    if any(c.dep_ in ("xcomp", "ccomp") and not _apart(c, verb) for c in verb.children) or any(
            a.dep_ == "neg" for a in verb.children):
        return
    past = any(a.lower_ in _PAST_AUX for a in auxes) or verb.tag_ == "VBD"
    arranged = verb.lemma_.lower() in _ARRANGING or verb.lower_ in _ARRANGING or (
        verb.lemma_.lower() in ("draw", "work") and any(  # "is being drawn up / worked out"
            c.dep_ == "prt" and c.lower_ in ("up", "out") for c in verb.children))
    if arranged and any(a.dep_ == "auxpass" for a in auxes):
        if not past or _time_ahead(verb, present=False):
            yield "planned", str(verb.text)
        return
    if verb.lemma_.lower() == "be" and verb.dep_ in ("ROOT", "ccomp", "conj") and not past and (
            _time_ahead(verb, present=True)):
        yield "planned", str(verb.text)


def _apart(word: Any, verb: Any) -> bool:
    """A semicolon between `word` (with its phrase) and the verb the parser hung it on: "Oman
    could host a round; a meeting is pencilled in for March" is two statements, the first
    no complement of the second."""
    doc = word.doc
    between = doc[word.right_edge.i + 1 : verb.i] if word.i < verb.i else doc[
        verb.i + 1 : word.left_edge.i]
    return any(t.text == ";" for t in between)


_CONDITION_MARKS = {"if", "unless", "whether"}


def _put_forward(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "The hosts proposed that the two commissions meet in March", "proposed holding the next
    round in Hanoi": what a party stated as fact puts forward is its plan (planned), though
    "propose" is also a verb of urging; not when the proposed act's own clause carries a
    modal or a condition ("proposed talks that could start if ...")."""
    if status != "hypothetical" or cue is None or not cue.lower().startswith("propos"):
        return None
    for _via, gov, below in _climb(token):
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in below.children) or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                          for m in c.children) for c in below.children):
            return None
        if gov.pos_ == "VERB" and gov.lemma_.lower() == "propose" and gov.lower_ == cue.lower():
            from warpath.events.status import status_of  # the proposal's own status

            told, _ = status_of(gov)
            return ("planned", str(gov.text)) if told in ("asserted", "reported") else None
    return None


# Verbs by which a named act is brought about: "the pull-back is to be completed by noon"
_BROUGHT_ABOUT = {"complete", "finish", "conclude", "realise", "realize", "accomplish", "finalise",
                  "finalize", "carry", "conduct", "hold", "effect", "execute", "implement", "wrap"}


def _to_be_done(token: Any) -> Iterator[tuple[str, str]]:
    """ "The brigade's withdrawal is to be completed by Friday", "the handover is to be carried
    out next week": an act noun, the subject of "be to" with a passive of finishing or carrying
    out, is an arrangement still to be met (planned); "is to be investigated" is not its own."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return
    be = token.head
    if be.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in be.children):
        return
    done = next((c for c in be.children if c.dep_ == "xcomp" and c.tag_ == "VBN"
                 and c.lemma_.lower() in _BROUGHT_ABOUT), None)
    if done is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in done.children) or (
            not any(a.dep_ == "auxpass" and a.lemma_.lower() == "be" for a in done.children)):
        return
    yield "planned", str(be.text)


_PRESENT_BE = {"is", "are", "'re", "'s"}
# Verbs of sending forces or goods on their way
_SENDING = {"send", "dispatch", "despatch", "deploy", "redeploy", "move", "fly", "ship", "rush",
            "transfer", "airlift", "bring", "post", "station", "mobilise", "mobilize", "truck"}


def _awaited_on_arrival(token: Any) -> Iterator[tuple[str, str]]:
    """ "The navy is dispatching three frigates, which are due in the gulf on Sunday", "is
    moving two battalions, which are expected at the border tomorrow": a sending in the
    present whose forces are still awaited where they go is under way but not done (planned);
    "sent two battalions, which arrived on Friday" is done."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBG", "VBZ", "VBP") or (
            token.lemma_.lower() not in _SENDING):
        return
    if token.tag_ == "VBG" and not any(a.dep_ == "aux" and a.lower_ in _PRESENT_BE
                                       for a in token.children):
        return
    for obj in (c for c in token.children if c.dep_ in ("dobj", "obj")):
        heads = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"]
        for head in heads:
            for rel in (c for c in head.children if c.dep_ == "relcl"):
                if not any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WP", "WDT")
                           for g in rel.children):
                    continue
                due = rel.lemma_.lower() == "be" and rel.lower_ in _PRESENT_BE and any(
                    c.dep_ == "acomp" and c.lower_ in ("due", "expected") and not any(
                        g.dep_ in ("xcomp", "ccomp") for g in c.children)
                    for c in rel.children)
                awaited = rel.lemma_.lower() == "expect" and any(
                    a.dep_ == "auxpass" and a.lower_ in _PRESENT_BE for a in rel.children)
                if due or awaited:
                    yield "planned", str(rel.text)
                    return


# Constructions of an act arranged or set ahead, tried after those above.
_PLANNED_CONSTRUCTIONS = (_arranged_ahead, _to_be_done, _awaited_on_arrival)


# Verbs by which a named act is finished or carried out, denied after the clause that names
# it: "obliged both sides to hand in their weapons, but the handover was never completed"
_DONE = _CARRIED_OUT | {"complete", "finish", "conclude", "start", "begin", "realise", "realize",
                        "accomplish", "finalise", "finalize"}
_DONE_WITH = _CARRIED_OUT_WITH | {("carry", "out"), ("go", "through")}
_ANAPHORIC = {"the", "this", "that", "such"}
# "was not completed until May", "has not yet been fully carried out": done late or in part
_NOT_DENIED = {"until", "till", "yet", "fully", "entirely", "completely", "before", "quite"}


def _named_undone(token: Any) -> Iterator[tuple[str, str]]:
    """ "Agreed to withdraw its troops by May, but the withdrawal never happened", "obliged
    both sides to hand in heavy weapons, but the handover was never completed", "pledged to
    release the prisoners, yet the release was not carried out": a later coordinated clause
    whose subject names the act again (its noun, or the deal that required it) and denies
    that it was done negates the act. An act of another name ("agreed to withdraw, but the
    talks never resumed") is left alone."""
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"):
        # "the evacuation was never completed": the act named as the subject of the denial
        # (what is carried out, implemented or put into effect is read elsewhere, with its
        # exceptions: a deal on paper, a deed not done "by" a named party)
        verb = token.head
        if _fell_through(verb):
            yield "negated", str(verb.text)  # "the strike called for Thursday fell through"
            return
        neg = _negation(verb)
        if neg is not None and verb.lemma_.lower() in _DONE - _CARRIED_OUT and (
                token.lemma_.lower() not in _PLAN_TERMS) and not any(
                t.lower_ in _NOT_DENIED for t in verb.subtree if t.i > neg.i) and not any(
                c.dep_ == "agent" for c in verb.children):
            yield "negated", str(neg.text)
        return
    if token.pos_ != "VERB":
        return
    node = token
    for _ in range(4):
        for conj in node.children:
            if conj.dep_ not in ("conj", "parataxis") or conj.i < token.i:
                continue
            neg = _negation(conj)
            if neg is None or not _verb_of_doing(conj):
                continue
            subj = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ != "NOUN" or not any(
                    c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in subj.children):
                continue
            if _names_act(subj, token) or _same_terms(subj, token, node):
                yield "negated", str(neg.text)
                return
        if node.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or node.head.i == node.i:
            return
        node = node.head


def _verb_of_doing(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    words = {g.lower_ for c in verb.children for g in [c, *c.children]}
    if lemma == "hold" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "the line did not hold": no act undone
    return lemma in _DONE or any(v == lemma and w in words for v, w in _DONE_WITH)


def _names_act(noun: Any, verb: Any) -> bool:
    """Whether the noun is the verb's own nominalisation: "handover" for "hand (in / over)",
    "withdrawal" for "withdraw", "evacuation" for "evacuate", "demolition" for "demolish"."""
    n, v = noun.lemma_.lower(), verb.lemma_.lower()
    if len(v) < 4 or len(n) < 4:
        return False
    if n.startswith(v):
        return True
    common = 0
    for a, b in zip(n, v, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(5, len(v) - 2)


def _same_terms(noun: Any, token: Any, top: Any) -> bool:
    """ "The accord obliged both sides to pull back, but the accord was never implemented":
    the deal that set the act is denied its execution."""
    lemma = noun.lemma_.lower()
    if lemma not in _PLAN_TERMS:
        return False
    node = token
    while True:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == lemma
               for c in node.children):
            return True
        if node.i == top.i or node.head.i == node.i:
            return False
        node = node.head


# Constructions of an act named again and denied, tried last.
_UNDONE_CONSTRUCTIONS = (_named_undone,)


# Verbs of holding or carrying out an occasion: "held a planned exercise", "staged the
# scheduled drills"
_HOLDING = {"hold", "conduct", "stage", "carry", "launch", "begin", "start", "complete",
            "finish", "perform", "mount", "run", "wrap", "host", "convene"}


def _planned_one_held(token: Any, status: str, cue: str | None) -> tuple[str, str | None] | None:
    """ "The navy staged its scheduled drills on Monday", "held the planned exercise":
    "planned" on an event that a past verb of holding or carrying out takes as its object
    tells it was arranged beforehand, and it has now been held."""
    if status != "planned" or not any(
            c.dep_ in ("amod", "compound") and c.lower_ in _PLANNED_MODS
            and (cue or "").lower() == c.lower_ for c in token.children):
        return None
    # (not yet "held what it described as a planned exercise": the noun finds no doer there,
    # and an asserted noun with none is dropped as a background mention)
    verb = token.head if token.dep_ in ("dobj", "obj") else None
    if verb is None or not _verb_in(verb, _HOLDING) or verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return None
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in children)
    return _as_told(verb) if past else None


def _fell_through(verb: Any) -> bool:
    """ "Fell through", "came to nothing", "came to naught": a planned event that never came
    about, said of it as its subject."""
    lemma = verb.lemma_.lower()
    if lemma == "fall":
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "through"
                   and not list(c.children) for c in verb.children)
    if lemma == "come":
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lower_ in ("nothing", "naught", "nought") for g in c.children)
            for c in verb.children)
    return False


def _before_colon(clause: Any) -> bool:
    """A clause the parser hung as a complement on the main clause that follows its colon
    ("The planned strike went ahead: workers left the plants at noon"): the writer's own
    statement, which the clause after the colon spells out."""
    end = clause.right_edge.i + 1
    head = clause.head
    return (clause.i < head.i and head.dep_ == "ROOT" and end < head.i
            and clause.doc[end].text == ":" and clause.left_edge.i == clause.sent.start)



# A state said of an act named as the subject of "be", "remain" or "stay": a stage before it
# is done ("further curbs are in the pipeline", "a second airlift is in preparation") or a
# choice still open ("a naval mission remains on the table", "new listings are under
# consideration"); a measure no longer in force ("those curbs are no longer in effect"); an act
# in view or not ("a settlement is in sight", "a truce is not within reach").
_STATE_VERBS = {"be", "remain", "stay"}
_PREPARED_STATES = {("in", "pipeline"), ("in", "works"), ("in", "preparation"),
                    ("in", "offing"), ("in", "making"), ("under", "preparation"),
                    ("on", "way")}
_OPEN_STATES = {("on", "table"), ("on", "card"), ("under", "consideration"),
                ("under", "discussion"), ("under", "review"), ("under", "study"),
                ("on", "agenda")}
_FORCE_STATES = {("in", "force"), ("in", "place"), ("in", "effect"), ("in", "operation")}
# an act in view or out of it: "a settlement is in sight", "a deal is not within reach"
_NEAR_STATES = {("in", "sight"), ("within", "reach"), ("on", "horizon"), ("in", "view")}


def _state_of_act(token: Any) -> Iterator[tuple[str, str]]:
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.lemma_.lower() not in (
            _STATE_VERBS):
        return
    verb = token.head
    kids = list(verb.children)
    for prep in kids:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            state = (prep.lower_, obj.lemma_.lower())
            if (prep.lower_, obj.lower_) in _PREPARED_STATES:
                state = (prep.lower_, obj.lower_)  # "in the works" (not "work")
            if state in _PREPARED_STATES and not any(c.dep_ == "neg" for c in kids):
                yield "planned", f"{prep.text} {obj.text}"
            elif state in _OPEN_STATES and not any(c.dep_ == "neg" for c in kids) and (
                    state in _OPEN_ALWAYS or not _known_act(token)):
                yield "hypothetical", f"{prep.text} {obj.text}"
            elif state in _FORCE_STATES and (_no_longer(kids) or any(
                    c.dep_ == "neg" for c in kids)):
                yield "negated", f"{prep.text} {obj.text}"
            elif state in _NEAR_STATES:
                negated = any(c.dep_ == "neg" for c in kids) or any(
                    c.dep_ == "det" and c.lower_ == "no" for c in token.children)
                yield ("negated" if negated else "planned"), f"{prep.text} {obj.text}"


# Open states that only an act not yet taken can be in ("remains on the table"); the others an
# act in force can be in too ("the EU embargo is under review": reviewed, yet in force).
_OPEN_ALWAYS = {("on", "table"), ("on", "card")}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
             "my", "your"}
_NEW_WORDS = {"new", "further", "additional", "fresh", "more", "extra", "proposed",
              "possible", "planned", "potential", "next"}


def _known_act(token: Any) -> bool:
    """ "the US sanctions on Iran", "Israel's blockade": an act named as one already known (a
    definite or possessed noun not marked as new), which a review or a debate does not make
    hypothetical."""
    kids = list(token.children)
    if any(c.lower_ in _NEW_WORDS for c in kids if c.dep_ in ("amod", "advmod", "compound")):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" for c in kids)


def _no_longer(kids: list[Any]) -> bool:
    """ "no longer", "not ... any more": a state that has ended."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(
        g.lower_ in ("no", "not") for g in c.children) for c in kids)


_CONSTRUCTIONS += (_state_of_act,)


# Verbs of putting an act off to a later time: "the handover was postponed", "the exchange has
# been delayed until March" (put off for good is denied by the status walk).
_DEFER = {"postpone", "delay", "defer", "reschedule"}
_DEFER_PARTICLES = {("put", "off"), ("push", "back")}


def _deferred(token: Any) -> Iterator[tuple[str, str]]:
    """An act named as the subject of a passive verb of putting off is still to come
    (planned)."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubjpass":
        return
    verb = token.head
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "npadvmod")}
    if (lemma in _DEFER or any((lemma, w) in _DEFER_PARTICLES for w in words)) and not (
            _went_ahead(verb) or lemma == "delay" and _short_delay(verb)):
        yield "planned", verb.text


# Verbs telling that a put-off act then took place: "was delayed but went ahead at dawn",
# "was postponed twice before it began".
_SEQUEL_MARKS = {"before", "until", "then", "eventually", "finally", "later"}


def _went_ahead(verb: Any) -> bool:
    """The delay is told with what came after it, in a past-tense verb: a conjunct ("but went
    ahead") or a clause of time ("before it began"), so the act did take place."""
    for c in verb.children:
        if c.tag_ != "VBD" or any(g.dep_ == "neg" for g in c.children):
            continue
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"
                                        for g in c.children):
            return True
        if c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in _SEQUEL_MARKS
                                     for g in c.children):
            return True
    return False


def _short_delay(verb: Any) -> bool:
    """ "delayed for six hours", "held up by 40 minutes": a delay counted in hours is told
    once it is over, of an act that went on."""
    return any(p.dep_ == "prep" and p.lower_ in ("for", "by") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ("hour", "minute") for o in p.children)
        for p in verb.children)


_CONSTRUCTIONS += (_deferred,)


# Nouns naming an act happening again: "a repeat of the 2002 gun battles", "a return to
# shelling", "a resumption of air strikes". The act they name is a new one, still to come, and
# not the past event the phrase recalls.
_RECURRENCE = {"repeat", "repetition", "recurrence", "return", "resumption", "renewal",
               "revival", "rerun", "replay", "resurgence", "reprise", "relapse"}
# Words of worry governing what is feared by "about", "over" or "of": "worry about", "are
# concerned over", "anxious about", "the fear of", "nervous about".
_WORRY = {"worry", "fret", "concern", "anxiety", "unease", "alarm", "dread", "fear",
          "worried", "concerned", "anxious", "afraid", "fearful", "nervous", "uneasy",
          "apprehensive", "jittery", "wary", "scared", "frightened", "alarmed", "warn",
          "caution", "warning"}
_WORRY_PREPS = {"about", "over", "of", "at"}
# Words that make the feared act a new one: "worry about new strikes", "further clashes"
_NEW_ACT_MODS = {"a", "an", "another", "any", "new", "further", "fresh", "more", "renewed",
                 "wider", "possible", "potential", "future", "full-scale", "all-out"}


def recurrence_head(token: Any) -> Any | None:
    """The noun of recurrence ("a repeat of", "a return to") that `token` is the act of."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in ("of", "to") and prep.dep_ == "prep" and (
            prep.head.lemma_.lower() in _RECURRENCE and prep.head.pos_ == "NOUN"):
        return prep.head
    return None


def _worried_over(token: Any) -> Iterator[tuple[str, str]]:
    """An act feared, worried or warned about as a new one ("analysts worry about a repeat of
    the 2002 gun battles", "aid groups are concerned about further strikes") is only a
    possibility."""
    if token.pos_ != "NOUN":
        return
    phrase = recurrence_head(token) or token
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.dep_ not in ("prep", "acomp") or (
            prep.lower_ not in _WORRY_PREPS):
        return
    gov = prep.head
    if _cue_word(gov) not in _WORRY:
        return
    if phrase is token and not any(
            c.dep_ in ("det", "amod") and c.lower_ in _NEW_ACT_MODS for c in token.children):
        return  # "worried about the shelling that hit the town": what already happened
    yield "hypothetical", gov.text


def _cue_word(tok: Any) -> str:
    return tok.lemma_.lower() if tok.pos_ in ("VERB", "NOUN") else tok.lower_


_CONSTRUCTIONS += (_worried_over,)


# "A wider offensive is to begin after the rains", "the handover was to take place in May": an
# act named as the subject of "be to" and a verb of coming about is arranged, still to come.
_BE_TO_OCCUR = {"begin", "start", "take", "happen", "occur", "go", "open", "resume", "proceed",
                "get", "commence", "follow", "run", "last", "continue"}


def _is_to_happen(token: Any) -> Iterator[tuple[str, str]]:
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.lemma_.lower() != "be":
        return
    be = token.head
    for c in be.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in _BE_TO_OCCUR and c.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            yield "planned", f"{be.text} to"
            return


# An act named after "after", "until" or "once" under a verb with a modal ("talks could only
# resume after a complete withdrawal", "aid will flow once a truce is signed") is a condition
# or a step still to come, not a fact, when it is named as any one such act ("a", "an",
# "any"); "after last week's withdrawal", "after the raid" name one that happened.
_STEP_PREPS = {"after", "until", "till", "once", "upon", "following", "before"}
_AHEAD_MODALS = {"will", "shall", "'ll", "wo"}
_MAYBE_MODALS = {"would", "could", "can", "ca", "may", "might", "should", "must", "'d"}


def _after_a_future(token: Any) -> Iterator[tuple[str, str]]:
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in _STEP_PREPS:
        return
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in token.children):
        return
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            low = c.lower_
            if low in _AHEAD_MODALS:
                yield "planned", c.text
            elif low in _MAYBE_MODALS:
                yield "hypothetical", c.text
            return


_CONSTRUCTIONS += (_is_to_happen, _after_a_future)


# Nouns of musing over or deciding on an act: "talk of retaliatory arrests", "speculation about
# a ground offensive", "a referendum on annexing the region", "a debate on expelling the
# envoy": the act talked of or put to the people is not done by the talking or the ballot. (A
# vote in a chamber is read as the decision it schedules: "a vote on sanctions is planned".)
_MUSING = {"talk": {"of", "about"}, "speculation": {"of", "about", "over"},
           "chatter": {"of", "about"}, "whisper": {"of", "about"}, "murmur": {"of", "about"},
           "referendum": {"on", "over"}, "plebiscite": {"on", "over"},
           "debate": {"on", "about", "over"},
           "deliberation": {"on", "about", "over"}}


def _mused_over(token: Any) -> Iterator[tuple[str, str]]:
    node = token
    if token.dep_ == "pcomp" or token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj":
        node = token.head  # the preposition
    else:
        return
    gov = node.head
    if gov.pos_ != "NOUN" or node.dep_ != "prep":
        return
    lemma = gov.lemma_.lower()
    if lemma == "talk" and gov.lower_ != "talk":
        return  # "talks on the killings": negotiations held over what happened
    if token.dep_ == "pobj" and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _ANAPHORIC
            for c in token.children):
        return  # "the debate on the shelling of Kharkiv": one that happened, talked over
    if node.lower_ in _MUSING.get(lemma, ()):
        yield "hypothetical", gov.text


_CONSTRUCTIONS += (_mused_over,)


# Verbs of talking an act over: what they take with "a" or "any" is an act weighed, not one
# done ("the cabinet discussed a ground offensive"); "discussed the shelling" talks over one
# that happened.
_TALKED_OVER = {"discuss", "debate", "study", "examine", "review", "broach", "raise"}


def _talked_over(token: Any) -> Iterator[tuple[str, str]]:
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "obj"):
        return
    verb = token.head
    if verb.lemma_.lower() not in _TALKED_OVER or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in token.children):
        return
    yield "hypothetical", verb.text


_CONSTRUCTIONS += (_talked_over,)
