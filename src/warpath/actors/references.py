"""Back-references to actors named earlier.

Joins words that point back to an actor to the actor they stand for: subject "he"/"she" and
possessive "his"/"her" to the most recent fitting person, "the chairman" to the person with
that role, "it"/"its" to the latest state or body that was a subject, "the group" or "the
movement" to the group named last, and "we"/"us"/"our" to the state of the speaker.
"""

from __future__ import annotations

import re
from typing import Any

from warpath.actors import generic
from warpath.actors.dictionary import Entry
from warpath.actors.ledger import Ledger
from warpath.document import Analysis

_PRONOUNS = frozenset({"he", "she"})
_POSSESSIVES = frozenset({"his", "her"})
_ROLE_NOUNS = frozenset({"chairman", "secretary", "president", "minister", "general", "premier",
                         "ambassador", "envoy", "commander", "chancellor", "ayatollah"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "outfit"})
# "it" with these heads is usually empty ("it is clear", "it seems"), not a body.
_EMPTY_HEADS = frozenset({"be", "seem", "appear", "remain", "take", "matter", "happen"})
_REFERRING = _PRONOUNS | _POSSESSIVES | _ROLE_NOUNS


class ReferenceSteps(Ledger):
    """Pronouns, role nouns, "it", "the group" and first-person plurals."""

    def references(self) -> None:
        """Subject "he"/"she" and "the chairman" -> the most recent fitting person."""
        people: list[tuple[int, int, str, bool]] = []  # (token, sentence start, id, subject)
        for actor_id, ranges in self.ranges.items():
            if self.actors[actor_id].kind != "person":
                continue
            for s, e in ranges:
                head = self.doc[e - 1]
                people.append((s, head.sent.start, actor_id, head.dep_ in _SUBJECT_DEPS))
        people.sort()
        sent_starts = [s.start for s in self.doc.sents]
        for tok in self.doc:
            if self.owner[tok.i] is not None or tok.lower_ not in _REFERRING:
                continue
            earlier = [p for p in people if p[0] < tok.i]
            if not earlier:
                continue
            idx = _sentence_number(sent_starts, tok.i)
            window = sent_starts[max(idx - 2, 0)]
            if (tok.lower_ in _PRONOUNS and tok.dep_ in _SUBJECT_DEPS) or (
                    tok.lower_ in _POSSESSIVES and tok.dep_ == "poss"):
                recent = [p for p in earlier if p[1] >= window]
                subjects = [p for p in recent if p[3]]
                candidates = subjects or recent
                if candidates:
                    self._add_ref(candidates[-1][2], tok.i)
            elif (tok.lower_ in _ROLE_NOUNS and tok.pos_ == "NOUN"
                  and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                  and not any(c.dep_ in {"compound", "appos", "prep", "amod", "poss"}
                              for c in tok.children)):
                wide = sent_starts[max(idx - 6, 0)]
                fits = [p for p in earlier if p[1] >= wide
                        and tok.lower_ in (self.actors[p[2]].role or "").lower()]
                if fits:
                    self._add_ref(fits[-1][2], tok.i)

    def it_references(self) -> None:
        """Subject "it" and possessive "its" -> the latest state, organisation or group that
        was a subject in this or the two sentences before ("Pakistan's military denied ...
        In a statement, it accused ...")."""
        sent_starts = [s.start for s in self.doc.sents]
        for tok in self.doc:
            if self.owner[tok.i] is not None or not (
                    (tok.lower_ == "it" and tok.dep_ in _SUBJECT_DEPS
                     and tok.head.lemma_ not in _EMPTY_HEADS)
                    or (tok.lower_ == "its" and tok.dep_ == "poss")):
                continue
            idx = _sentence_number(sent_starts, tok.i)
            window = sent_starts[max(idx - 2, 0)]
            found = None
            for cand in self.doc[window:tok.i]:
                if (cand.dep_ in _SUBJECT_DEPS or _misparsed_subject(cand)) \
                        and cand.pos_ in {"NOUN", "PROPN"}:
                    found = self._collective(cand) or found
            if tok.lower_ == "its" and not any(
                    c.dep_ in _SUBJECT_DEPS and c.i < tok.i for c in tok.sent):
                # "Speaking for Sudan, its representative": the body just named, when no
                # subject came before in the sentence.
                for i in range(tok.sent.start, tok.i):
                    owner = self.owner[i]
                    if owner is not None and self.actors[owner].kind != "person":
                        found = owner
            if found is not None:
                self.add(self.actors[found], tok.i, tok.i + 1)
        self._the_group(sent_starts)

    def _the_group(self, sent_starts: list[int]) -> None:
        """ "the group", "the movement" -> the armed or political group named last, within
        the three sentences before."""
        for tok in self.doc:
            if self.owner[tok.i] is not None or tok.lemma_.lower() not in _GROUP_NOUNS \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    or any(c.dep_ in {"amod", "compound", "prep"} for c in tok.children):
                continue
            window = sent_starts[max(_sentence_number(sent_starts, tok.i) - 3, 0)]
            found = None
            for i in range(window, tok.i):
                owner = self.owner[i]
                if owner is not None and self.actors[owner].kind == "group":
                    found = owner
            if found is not None:
                self.add(self.actors[found], tok.i, tok.i + 1)

    def _collective(self, head: Any) -> str | None:
        """The state, organisation or group a subject noun phrase stands for, if any."""
        owner = self.owner[head.i]
        if owner is not None:
            return owner if self.actors[owner].kind != "person" else None
        if generic.is_generic(head) and generic.GENERIC[generic.lemma(head)][0] != "person":
            for mod in generic.modifier_tokens(head):
                owner = self.owner[mod.i]
                if owner is not None and self.actors[owner].kind == "state":
                    return owner
        return None

    def first_person(self) -> None:
        """ "we", "us", "our" -> the state of the speaker: a person with a country in the same
        sentence ("'We will respond,' the minister said"), else the latest before it (in an
        interview, the person interviewed). A question's "we" is the interviewer's: skipped."""
        people = sorted((s, actor_id) for actor_id, ranges in self.ranges.items()
                        for s, _ in ranges if self.actors[actor_id].kind == "person"
                        and self.actors[actor_id].country)
        states = {a.country: a for a in self.actors.values() if a.kind == "state"}
        issuer: list[str | None] = []  # looked up on first need
        for tok in self.doc:
            if tok.lower_ not in _FIRST_PERSON or self.owner[tok.i] is not None \
                    or _in_question(tok):
                continue
            sent = tok.sent
            same = [a for s, a in people if sent.start <= s < sent.end]
            before = [a for s, a in people if s < tok.i]
            speakers = same or before[-1:]
            country = self.actors[speakers[0]].country if speakers else None
            if country is None and not _quoted(tok):
                if not issuer:
                    issuer.append(self._issuer())
                country = issuer[0]
            state = states.get(country) if country else None
            if state is None and country is not None:
                entry = next((e for e in self.dictionary.states() if e.country == country),
                             None)
                state = self.from_entry(entry) if entry else None
                if state is not None:
                    states[country] = state
            if state is not None:
                self.add(state, tok.i, tok.i + 1)

    def issued_bodies(self) -> None:
        """In a government body's own statement, "the Ministry", "the Minister of Defense"
        or "the Self-Defense Forces" with no country of their own are the issuer's."""
        pending = [a for a in self.analysis.actors if a.country is None
                   and a.kind in ("person", "organization") and a.sector in ("GOV", "MIL")
                   and a.mentions and all(bare_body(m.text.split()) for m in a.mentions)]
        if not pending:
            return
        country = self._issuer_of_record()
        if country is None:
            return
        for actor in pending:
            actor.country = country

    def _issuer_of_record(self) -> str | None:
        return issuer_of_record(self.analysis, self.dictionary.states())

    def _issuer(self) -> str | None:
        """The state a text speaks for when no speaker is named: a government body's
        statement ("Ministry of Foreign Affairs of Serbia" as outlet or author, or "The
        Ministry of Foreign Affairs of the Republic of Serbia expresses ..." as the first
        subject), whose "we" and "our" are that state's."""
        country = self._issuer_of_record()
        if country is not None:
            return country
        for n, sent in enumerate(self.doc.sents):
            if n >= 3:
                break
            subj = next((t for t in sent if t.dep_ in _SUBJECT_DEPS
                         and t.head.dep_ == "ROOT"), None)
            if subj is None:
                continue
            if subj.lemma_.lower() not in _ISSUING_WORDS:
                return None
            owner = self._collective(subj)
            if owner is not None and self.actors[owner].country:
                return self.actors[owner].country
            # "The Ministry of Foreign Affairs of the Republic of Chile": the state it is of
            states = [self.actors[o] for o in (self.owner[t.i] for t in subj.subtree)
                      if o is not None and self.actors[o].kind == "state"]
            return states[0].country if states else None
        return None

    def _add_ref(self, actor_id: str, i: int) -> None:
        actor = self.actors[actor_id]
        self.add(actor, i, i + 1)
        span = self.analysis.span(self.doc[i].idx, self.doc[i].idx + len(self.doc[i].text))
        if span not in actor.mentions:
            actor.mentions.append(span)


# Bodies that issue statements in their state's name.
_ISSUING_WORDS = frozenset({"ministry", "government", "embassy", "presidency", "office",
                            "department", "command", "cabinet", "administration", "mission",
                            "army", "military", "forces", "navy", "council", "chancellery"})
_QUOTES = frozenset({'"', "“", "”"})
# The words of a title or body that names no one else ("the Minister of Defense", "the
# Ministry"): in the issuer's own text, the issuer's.
_BODY_WORDS = frozenset({"the", "of", "and", "ministry", "minister", "government", "cabinet",
                         "department", "office", "defense", "defence", "foreign", "affairs",
                         "interior", "national", "security", "state", "deputy", "vice",
                         "senior", "prime", "secretary", "spokesperson", "spokesman",
                         "spokeswoman", "forces", "army", "navy", "armed", "military",
                         "command", "staff", "chief", "general", "joint", "embassy"})


def issuer_of_record(analysis: Analysis, states: list[Entry]) -> str | None:
    """The state of a body named as the text's outlet or author ("Ministry of Defense of
    Japan", "Ministry of Foreign Affairs, Serbia")."""
    meta = analysis.document
    for field in (meta.outlet, meta.author):
        if field and _ISSUING_WORDS & set(field.lower().replace(",", " ").split()):
            found = {e.country for e in states if e.country and any(
                _has_word(field, form) for form in (e.name, *e.aliases, *e.adjectives))}
            if len(found) == 1:
                return found.pop()
    return None


def bare_body(words: list[str]) -> bool:
    """The words name a title or body and no one else ("the Minister of Defense")."""
    return bool(words) and all(w.lower() in _BODY_WORDS for w in words)


def _misparsed_subject(tok: Any) -> bool:
    """ "On Monday Georgetown said it ...": the parser hung the name on "On"; a name right
    before a verb that has no subject of its own is that verb's subject."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.dep_ != "pobj":
        return False
    verb = doc[tok.i + 1]
    return verb.pos_ == "VERB" and verb.dep_ == "ROOT" and not any(
        c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _has_word(text: str, form: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) is not None


def _quoted(tok: Any) -> bool:
    """Inside quotation marks in its sentence: a quoted speaker's words, not the text's."""
    marks = sum(1 for t in tok.sent if t.i < tok.i and t.text in _QUOTES)
    return marks % 2 == 1


def _in_question(tok: Any) -> bool:
    """The token's sentence is a question, or an interviewer's line ("Q: ...")."""
    sent = tok.sent
    return sent.text.rstrip().endswith("?") or sent.text.lstrip().startswith(("Q:", "Q."))


def _sentence_number(starts: list[int], i: int) -> int:
    n = 0
    for k, s in enumerate(starts):
        if s <= i:
            n = k
    return n
