"""An act told again by a word that names no type of its own: echoes of the act just told.

News tells an act and then one more of its kind by a word that only points back to it:

- a verb of taking the measures further, or of easing them further, whose object is an act
  noun or a generic word for what was just done: "Britain blacklisted four shipping firms.
  It could extend the measures to their agents"; "Japan banned chip-tool exports. Tokyo
  threatened to widen the ban to memory makers"; "China lifted its ban on wine. It could ease
  the curbs on beef next month". A widening copies a measure (not an undoing: "lifted the
  ban ... may widen it" is no lifting); an easing copies an undoing (after a measure taken it
  is an undoing of its own, which the lexicon names where it can).
- a verb tied to the act by "also", "too", "as well", "likewise" or "similarly" that could
  name an act of that type but whose own object list fails: "Lebanon asked France for help.
  Will Beirut also ask Qatar?"; "Kuwait flew food to Beirut. It could also fly in army
  engineers" (a verb the lexicon lists with a sense of that type, or the act's own verb).

The word takes the type and code of the act it echoes: the nearest event before it in its
sentence or in the two sentences before whose kind the word fits. Its status comes from its
own clause, as for any verb; the parties it leaves unnamed are the act's (see
events.proacts.inherit). Ordinal and additive nouns ("a second shipment", "a third round")
are events.serial; stand-ins ("do the same", "follow suit", "do likewise") events.proacts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from warpath.document import Event
from warpath.events import lexicon as lx
from warpath.events.senses import noun_sense_of

# Verbs of taking a measure further: its scope, length or force.
_WIDEN = {"extend", "widen", "expand", "broaden", "renew", "prolong", "reimpose", "reinstate",
          "tighten", "intensify", "escalate", "toughen", "reintroduce"}
_WIDEN_WITH = {("step", "up"), ("ramp", "up"), ("scale", "up"), ("beef", "up")}
# Verbs of easing a measure further: after an undoing, more of it.
_EASE = {"ease", "relax", "loosen", "lift", "scrap", "lighten", "soften"}
_EASE_WITH = {("scale", "back"), ("wind", "down")}
# Acts of undoing a measure (what an easing copies; what a widening never copies).
_UNDOING = {"CONCEDE", "RETREAT"}
# Events that only tell about an act: never what a widening or easing takes further.
_STATEMENTS = {"THREATEN", "REQUEST", "ACCUSE", "PROTEST", "REJECT", "SUPPORT", "AGREE",
               "CONSULT"}
# Words for a measure of any kind: "extend the measures", "may step up the action"; as
# what is widened, they name only measures taken against another party.
_GENERIC = {"measure", "step", "action"}
_MEASURE_TYPES = {"SANCTION", "COERCE"}
# Nouns that name an act of a type again, as what is widened or eased.
_KIND_NOUNS: dict[str, set[str]] = {
    "SANCTION": {"sanction", "listing", "designation", "restriction", "ban", "curb", "penalty",
                 "embargo", "freeze", "blacklist", "blacklisting", "control"},
    "COERCE": {"ban", "restriction", "curb", "closure", "curfew", "blockade", "control",
               "limit", "suspension", "crackdown", "expulsion"},
    "MOBILIZE": {"patrol", "deployment", "alert", "presence", "buildup", "flight", "sortie",
                 "drill", "exercise"},
    "ASSAULT": {"raid", "strike", "airstrike", "attack", "bombing", "shelling", "campaign",
                "offensive", "operation", "bombardment", "assault"},
    "COOPERATE": {"drill", "exercise", "operation", "patrol", "cooperation", "partnership",
                  "programme", "program", "scheme", "sharing"},
    "AID": {"aid", "assistance", "airlift", "delivery", "supply", "programme", "program"},
}
# What an undoing eased further may name: the measure again, or the trade it held back.
_EASED_NOUNS = {"ban", "restriction", "curb", "control", "limit", "rule", "sanction",
                "embargo", "tariff", "import", "export", "trade", "blockade", "siege",
                "curfew", "measure"}
# Words that point back: "the measures", "its ban", "these curbs".
_POINTING = {"the", "these", "those", "this", "that", "such", "its", "their", "his", "her"}
# What is said or shown, never an act sent or given again: "could also issue a statement".
_WORDS = {"statement", "message", "letter", "note", "report", "video", "photo", "photograph",
          "image", "footage", "list", "document", "text", "signal", "word", "comment",
          "remark", "tweet", "post", "communique", "greeting", "invitation", "questionnaire",
          # and occasions held: "may also hold a news conference"
          "conference", "briefing", "meeting", "session", "ceremony", "event", "hearing",
          "interview", "funeral", "celebration", "vote", "election", "poll", "referendum"}
# Words that tie an act to the one told: "will also ask", "may do likewise".
_TIES = {"also", "too", "likewise", "similarly"}


def _particles(verb: Any) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "prt"}


def _widening(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in _WIDEN or any((lemma, p) in _WIDEN_WITH for p in _particles(verb))


def _easing(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    if any((lemma, p) in _EASE_WITH for p in _particles(verb)):
        return True
    return lemma in _EASE and not _particles(verb)


# Trade a measure held back, eased with no determiner: "could ease the curbs on mangoes".
_TRADE = {"import", "export", "trade", "shipment", "sale"}


def _pointed_object(verb: Any, easing: bool) -> Any | None:
    """ "extend the measures", "widen its ban", "step up the patrols": the direct object, a
    noun marked as one already told (a determiner or possessive that points back); or, for
    an easing, the trade held back ("ease imports")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "obj") or c.pos_ != "NOUN":
            continue
        if any(d.dep_ in ("det", "poss") and d.lower_ in _POINTING for d in c.children):
            return c
        if easing and c.lemma_.lower() in _TRADE and not any(
                d.dep_ in ("det", "poss", "nummod") for d in c.children):
            return c
    return None


def tied(verb: Any) -> bool:
    """ "will also ask", "could fly in engineers too", "may do likewise", "as well"."""
    for c in verb.children:
        if c.dep_ in ("advmod", "cc", "preconj") and c.lower_ in _TIES:
            return True
        if c.dep_ == "advmod" and c.lower_ == "well" and any(
                d.lower_ == "as" for d in c.children) or (
                c.lower_ == "as" and c.i + 1 < len(verb.doc)
                and verb.doc[c.i + 1].lower_ == "well"):
            return True
    return False


def _order(tok: Any, prior: Iterable[Event], here: list[Event]) -> list[Event]:
    """Events before the word, nearest first: its own sentence, then the two before."""
    before = [e for e in here if e.trigger_token is not None and e.trigger_token < tok.i]
    out = sorted(before, key=lambda e: -(e.trigger_token or 0))
    out += list(reversed(list(prior)))
    return [e for e in out if e.trigger_token != tok.i]


def _trigger_lemmas(doc: Any, event: Event) -> set[str]:
    """The act's own word and its object's: "blacklisted ... firms", "the ban on wine"."""
    if event.trigger_token is None or event.trigger_token >= len(doc):
        return set()
    trig = doc[event.trigger_token]
    out = {trig.lemma_.lower()}
    out.update(c.lemma_.lower() for c in trig.children
               if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ == "NOUN")
    return out


def measure_echo(verb: Any, prior: Iterable[Event], here: list[Event]) -> Event | None:
    """The act a verb of widening or easing takes further ("could extend the measures",
    "may ease the curbs"), or None."""
    widen = _widening(verb)
    if not widen and not _easing(verb):
        return None
    obj = _pointed_object(verb, not widen)
    if obj is None:
        return None
    noun = obj.lemma_.lower()
    for e in _order(verb, prior, here):
        if e.type in _STATEMENTS:
            continue
        if widen == (e.type in _UNDOING):
            continue  # "lifted the ban ... may widen it": no lifting widened
        kinds = _KIND_NOUNS.get(e.type, set()) if widen else _EASED_NOUNS
        if noun in _GENERIC and (e.type in _MEASURE_TYPES or not widen) or noun in kinds or (
                noun in _trigger_lemmas(verb.doc, e)):
            return e
    return None


def tied_echo(verb: Any, prior: Iterable[Event], here: list[Event],
              lexicon: lx.Lexicon) -> Event | None:
    """The act a verb tied to it by "also", "too", "likewise" names again ("Will Beirut also
    ask Qatar?" after a request): the nearest act whose type the verb's lexicon entry can
    name, or whose verb it is."""
    if verb.pos_ != "VERB" or not tied(verb):
        return None
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(c.lemma_.lower() in _WORDS for c in objects):
        return None  # "may also send a letter": words, not the act again
    # "the army may also hold a news conference": an act of its own kind as the object
    named = {found[0].type for c in objects if c.pos_ == "NOUN" and not c.ent_type_
             for found in [noun_sense_of(c, lexicon)] if found is not None}
    # (a sense that needs a phrase, "held at gunpoint", is no sense of the bare verb)
    types = {s.type for s in lexicon.verbs.get(lemma, [])
             if not s.objects or any(" " not in o for o in s.objects)}
    for e in _order(verb, prior, here)[:2]:
        if named - {e.type}:
            continue
        if e.type in types or lemma in _trigger_lemmas(verb.doc, e):
            return e
    return None
