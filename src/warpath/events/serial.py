"""One more act of a series told just before: "a second shipment", "further measures".

News tells an act and then the next one of the same kind, named by a noun that says only
"one more of these": "Japan delivered rice to the camps last month. A second shipment is due
to reach Chittagong before the monsoon"; "The EU froze the assets of 20 officials. New listings
will be adopted next month". The noun ("shipment", "listings", "measures", "package") carries no
type of its own (a package may be of aid or of sanctions), so the lexicon does not list it, or
lists it with a generic sense ("ban": a restriction of any kind). Its type is the type of the
act it continues: an event of an allowed type in the same sentence before it or in the two
sentences before.

Only a noun marked as one more of a series counts: an ordinal or a word of addition or size
("second", "another", "further", "new", "more", "larger", "broader") or a demonstrative
("those restrictions"). The event's status comes from the noun's own clause, as for any noun;
a factual mention with no actor is background and dropped by the extraction as usual, so what
this adds is mostly the next act foreseen, postponed or denied. The parties the noun does not
name are the act's before it (the same giver sends "a second shipment").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from warpath.document import Event, Party
from warpath.events import lexicon as lx
from warpath.events.grammar import AGENT_NOUNS

# Nouns that name one act of a series, with the types of act they can continue.
_AID = {"AID"}
_MEASURES = {"SANCTION", "COERCE"}
SERIES_NOUNS: dict[str, set[str]] = {
    # goods sent: relief or arms
    "shipment": _AID, "delivery": _AID, "consignment": _AID, "batch": _AID, "convoy": _AID,
    "airlift": _AID, "airdrop": _AID, "cargo": _AID, "load": _AID, "instalment": _AID,
    "installment": _AID,
    # a package or tranche of aid, or of sanctions
    "package": _AID | {"SANCTION"}, "tranche": _AID | {"SANCTION"},
    # measures taken against another party
    "measure": _MEASURES, "listing": {"SANCTION"}, "designation": {"SANCTION"},
    "restriction": _MEASURES, "ban": _MEASURES, "curb": _MEASURES, "penalty": {"SANCTION"},
    # forces sent: "another contingent was due to follow"
    "contingent": {"MOBILIZE", "AID"}, "detachment": {"MOBILIZE"},
    # force or pressure used again: "a second boarding was aborted", "a new wave could follow"
    "boarding": {"ASSAULT", "COERCE"}, "wave": {"ASSAULT", "SANCTION", "COERCE", "MOBILIZE"},
    # one more of an act done in rounds: "a third round would follow" (of listings, talks,
    # strikes); only as "a" or "another" one, not "the second round" of a vote (a swap or a
    # release before it is more often followed by a round of the talks that set it up)
    "round": {"ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "CONSULT", "COOPERATE", "AID",
              "PROTEST"},
}
# Series nouns that continue an act only when not made definite ("the second round" of an
# election or a tournament is its own thing); and whose own sense, where the lexicon finds
# one ("a new round" among talks), names the series itself.
_INDEFINITE_ONLY = {"round"}

# What such a noun may say it holds ("a second batch of shells", "a new package of
# sanctions"); with other contents it is a series of something else ("a second batch of
# students", "a new package of tax cuts").
_CONTENTS = set(lx.RELIEF_GOODS) | {
    "aid", "assistance", "help", "relief", "supply", "weapon", "arm", "ammunition", "munition",
    "missile", "rocket", "shell", "round", "howitzer", "artillery", "launcher", "tank", "drone",
    "jet", "helicopter", "system", "equipment", "vehicle", "interceptor", "armour", "armor",
    "sanction", "measure", "restriction", "penalty", "listing", "designation", "curb", "ban",
    "tariff", "duty", "embargo", "freeze", "control", "fuel", "medicine", "medical", "vaccine",
    "truck", "lorry", "strike", "airstrike", "attack", "raid", "shelling", "bombing", "boat",
    "ship", "vessel", "tanker"}

# Words that mark the noun as one more of the series (ordinals, addition, size).
SERIAL_WORDS = {"second", "third", "fourth", "fifth", "another", "further", "new", "more",
                "fresh", "additional", "next", "larger", "bigger", "broader", "wider", "extra",
                "subsequent", "similar", "follow-up", "followup"}
_DEMONSTRATIVES = {"these", "those", "such"}


def _serial_mark(tok: Any) -> bool:
    """ "a second shipment", "further measures", "those restrictions", "a new $400 million
    package"."""
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("amod", "det", "nummod", "advmod", "compound",
                                         "predet"):
            continue
        if c.lower_ in SERIAL_WORDS or c.lemma_.lower() in SERIAL_WORDS:
            return True
        doc = tok.doc
        if c.lower_ == "follow" and c.i + 2 < tok.i + 1 and doc[c.i + 1].text == "-" and (
                doc[c.i + 2].lower_ == "up"):
            return True  # "a follow-up round", split by the tokenizer
        if c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES:
            return True
    return False


def series_noun(tok: Any) -> bool:
    """A noun of a series marked as one more of it, holding nothing of another kind and not
    told what it is for ("new measures to support farmers")."""
    return (tok.pos_ == "NOUN" and tok.dep_ != "compound"
            and tok.lemma_.lower() in SERIES_NOUNS and _serial_mark(tok)
            and not (tok.lemma_.lower() in _INDEFINITE_ONLY and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "this")
                or c.dep_ == "prep" and c.lower_ == "of"  # "a round of raids": the raids'
                for c in tok.children))
            and not _other_contents(tok) and not _purpose(tok))


def _other_contents(tok: Any) -> bool:
    """ "a second batch of students": its "of" phrase or compound names what is not aid,
    arms or a measure."""
    held = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]
    held += [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if any(g.lemma_.lower() not in _CONTENTS for g in held):
        return True
    # "further measures on housing", "new measures against inflation": aimed at a thing that
    # is no party, no trade and nothing of war
    # (the phrase may hang on the verb the noun is the object of: "take further measures on")
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    aimed = [g for h in heads for p in h.children if p.dep_ == "prep"
             and p.lower_ in ("on", "against") for g in p.children if g.dep_ == "pobj"]
    return any(g.pos_ == "NOUN" and not g.ent_type_ and g.lemma_.lower() not in (
        _CONTENTS | _AIMED_AT | AGENT_NOUNS) and not any(c.ent_type_ in ("GPE", "NORP", "ORG") or
                                           c.dep_ == "poss" for c in g.children)
        for g in aimed)


# Common nouns a measure may be aimed at: parties, their trade and their goods.
_AIMED_AT = {"firm", "company", "bank", "official", "export", "import", "good", "entity",
             "individual", "oligarch", "sector", "trade", "airline", "product", "regime",
             "government", "military", "army", "general", "minister", "leader", "elite",
             "country", "state", "nation", "producer", "supplier", "exporter", "importer",
             "lender", "insurer", "refinery", "port", "shipping", "oil", "gas", "steel", "chip",
             "semiconductor", "technology", "commander", "militia", "group", "network", "business",
             "enterprise", "person", "family", "ally", "neighbour",
             "neighbor", "rival", "adversary", "enemy", "visitor", "national", "citizen",
             "diplomat", "envoy", "embassy", "vessel", "fleet", "flight", "carrier", "junta",
             "kleptocrat", "smuggler", "trafficker", "hacker"}


def _purpose(tok: Any) -> bool:
    """ "measures to support farmers", "a package for the economy" told by a to-clause."""
    return any(c.dep_ in ("acl", "relcl") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children)


# Verbs that call an arranged act off: "a second round was cancelled", "postponed".
_CALL_OFF = {"cancel", "scrap", "abort", "shelve", "axe", "postpone", "delay", "defer",
             "abandon", "drop"}


def called_off(tok: Any) -> bool:
    """ "A second round set for Hanoi was cancelled": the series noun as what a verb of
    calling off takes (its own act denied, not the verb's)."""
    return tok.head.lemma_.lower() in _CALL_OFF and (
        tok.dep_ == "nsubjpass" or tok.dep_ in ("dobj", "obj"))


def own_sense_first(tok: Any) -> bool:
    """ "No date has been set for a new round" of the talks: a series noun the lexicon gives a
    sense of its own keeps it."""
    return tok.lemma_.lower() in _INDEFINITE_ONLY


_AIM_VERBS = {"aim", "target", "direct"}


def aimed_at(tok: Any) -> Any | None:
    """ "a second round, aimed at brokers in Cyprus", "a new package targeting banks": who
    the next act of the series is aimed at, told by a participle after the noun."""
    for c in tok.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in _AIM_VERBS:
            continue
        for g in c.children:
            if g.dep_ in ("dobj", "obj"):
                return g
            if g.dep_ == "prep" and g.lower_ in ("at", "against"):
                return next((p for p in g.children if p.dep_ == "pobj"), None)
    return None


def antecedent(tok: Any, prior: Iterable[Event], here: list[Event]) -> Event | None:
    """The act a series noun continues: the nearest event of an allowed type before it in
    its sentence, else in the sentences before (as given, nearest last)."""
    allowed = SERIES_NOUNS.get(tok.lemma_.lower(), set())
    before = [e for e in here if e.trigger_token is not None and e.trigger_token < tok.i]
    for e in reversed(list(prior) + sorted(before, key=lambda e: e.trigger_token or 0)):
        if e.type in allowed and e.trigger_token != tok.i:
            return e
    return None


def sense_from(tok: Any, event: Event) -> lx.Sense:
    """The noun's sense: the type and code of the act it continues."""
    return lx.Sense(lemma=tok.lemma_.lower(), pos="noun", type=event.type, cameo=event.cameo,
                    mode=event.mode, intensity=event.intensity)


def inherit(event: Event, ante: Event) -> None:
    """The parties the noun leaves unnamed are those of the act it continues."""
    if event.source is None and ante.source is not None:
        event.source = _copy(ante.source)
    if event.target is None and ante.target is not None and (
            event.source is None or ante.target.country != event.source.country
            or ante.target.country is None):
        event.target = _copy(ante.target)


def _copy(party: Party) -> Party:
    return Party(actor_id=party.actor_id, text=party.text, country=party.country,
                 sector=party.sector, inferred="series")
