"""Dependency labels and word classes shared by the event modules.

The parser's labels for subjects and objects, the words that stand for actors even when the
actor dictionary has no entry for them, pronouns, and the noun phrase of an argument without its
clauses and conjuncts: the small vocabulary every other event module reads the parse with.
"""

from __future__ import annotations

from typing import Any

SUBJ = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "obj", "dative", "iobj"}

RELATIVE = {"that", "which", "who", "whom", "whose"}

AGENT_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
# Nouns that stand for actors even when the actor dictionary has no entry for them.
AGENT_NOUNS = {
    "police", "policeman", "officer", "troop", "soldier", "force", "army", "military",
    "militant", "militia", "rebel", "insurgent", "fighter", "gunman", "protester",
    "demonstrator", "activist", "government", "official", "minister", "president",
    "leader", "regime", "authority", "administration", "navy", "coalition", "jet",
    "warplane", "drone", "aircraft", "missile", "rocket", "side", "party", "lawmaker",
    "legislature", "parliament", "commander", "general", "diplomat", "ambassador",
    "envoy", "spokesman", "spokeswoman", "country", "nation", "state", "group", "attacker",
    "assailant", "bomber", "sniper", "guard", "unit", "battalion", "brigade", "ministry",
    "council", "court", "prosecutor", "agency", "people", "civilian", "resident",
    "student", "worker", "crowd", "mob", "opposition", "camp", "base", "embassy", "ally",
    "partner", "member", "delegation", "negotiator", "mediator",
}


def phrase_tokens(tok: Any) -> list[Any]:
    """The noun phrase of an argument without its clauses, conjuncts and trailing phrases."""
    keep = [tok]
    stack = [c for c in tok.children if c.dep_ not in _PHRASE_CUT]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _PHRASE_CUT)
    return sorted(keep, key=lambda t: t.i)


_PHRASE_CUT = {"relcl", "acl", "conj", "cc", "punct", "appos", "advcl", "prep", "det", "case"}

POSSESSIVES = {"its", "their", "his", "her", "our"}


def infinitive(tok: Any) -> bool:
    """ "to retaliate": a bare verb with its "to"."""
    return bool(tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in tok.children))


# Tenses of an act told as arranged rather than done (read by the `ahead` stage and by the
# date resolver, so both take "the present tense" the same way).
_PRESENT = {"VBZ", "VBP"}
_PAST_AUX = {"was", "were", "had", "has", "have", "did", "been"}


def told_as_arranged(verb: Any) -> bool:
    """Present simple ("opens", "travel") or present progressive ("are marching")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT:
        return not aux
    if verb.tag_ == "VBG":
        return bool(aux) and all(a.tag_ in _PRESENT and a.lower_ not in _PAST_AUX for a in aux)
    return False
