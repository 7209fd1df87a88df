"""Synonyms of the predicate lexicon: a synonym names the events its target names, under the
target's conditions."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from warpath.document import EVENT_TYPES, Analysis, Document
from warpath.events import lexicon as lx
from warpath.events import synonyms


@pytest.fixture(scope="module")
def analyse_extended() -> Iterator[Callable[[str], Analysis]]:
    """A pipeline whose lexicon has the synonyms added (whether or not the packaged loader
    adds them itself)."""
    from warpath.pipeline import Pipeline

    base = lx.load()
    extended = synonyms.extend(base)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lx, "load", lambda path=None: extended)
        pipeline = Pipeline()
        yield lambda text: pipeline(Document(text=text))


def _triggers(analysis: Analysis, type_: str) -> set[str]:
    """The first words of the triggers of a type: "mowed" of "mowed down"."""
    return {e.trigger.text.lower().split()[0] for e in analysis.events if e.type == type_}


def test_every_target_is_a_lexicon_key_and_every_type_is_covered():
    table = synonyms.load()
    assert synonyms.check(lx.load(), table) == []
    extended = synonyms.extend(lx.load(), table)
    types = {s.type for word in table.verbs for s in extended.verbs[word.split()[0]]}
    assert types == set(EVENT_TYPES)


def test_a_synonym_takes_the_targets_conditions():
    ext = synonyms.extend(lx.load())
    seal = [s for s in ext.verbs["seal"] if s.particle is None]
    close = [s for s in lx.load().verbs["close"] if s.particle is None]
    assert [(s.type, s.objects) for s in seal] == [(s.type, s.objects) for s in close]
    assert {s.particle for s in ext.verbs["cordon"]} == {"off"}
    # a type filter keeps only the senses of that type: "clinched" no troop arrival
    assert {s.type for s in ext.verbs["clinch"]} == {"AGREE"}
    # a conditioned target drops the bare sense: "liberated the town" is no release
    assert all(s.objects for s in ext.verbs["liberate"])


def test_a_synonym_can_carry_conditions_of_its_own():
    ext = synonyms.extend(lx.load())
    # "batter" keeps the shelling sense of its target, but only with an armed doer
    assert all("artillery" in s.subjects for s in ext.verbs["batter"])
    # "slaughter" only of people; "delay" only of talks, elections, withdrawals...
    assert all("villager" in s.objects for s in ext.verbs["slaughter"])
    assert all("talk" in s.objects and "flight" not in s.objects for s in ext.verbs["delay"])
    # "break up" only with an object: "the couple broke up" is no dispersal
    assert all(s.transitive for s in ext.verbs["break"] if s.particle == "up")
    # a retyped noun: a rescue is aid, not the forced removal an evacuation can be
    assert {s.type for s in ext.nouns["rescue"]} == {"AID"}


def test_own_conditions_replace_the_targets_and_may_name_a_class():
    table = synonyms.Synonyms(verbs={"zap": synonyms._target("zap", {
        "to": "attack", "subjects": [["troop", "rebel"], "mob"],
        "unless_objects": ["price"]})}, nouns={})
    senses = synonyms.extend(lx.load(), table).verbs["zap"]
    assert senses and all(s.subjects == {"troop", "rebel", "mob"} for s in senses)
    assert all("price" in s.unless_objects for s in senses)
    with pytest.raises(ValueError, match="unknown fields"):
        synonyms._target("zap", {"to": "attack", "object": ["x"]})


def test_a_missing_target_is_an_error():
    bad = synonyms.Synonyms(verbs={"zap": synonyms.Target("no-such-verb")}, nouns={})
    with pytest.raises(ValueError, match="no-such-verb"):
        synonyms.extend(lx.load(), bad)


def test_the_lexicons_own_entry_wins():
    own = synonyms.Synonyms(verbs={"shell": synonyms.Target("praise")}, nouns={})
    ext = synonyms.extend(lx.load(), own)
    assert {s.type for s in ext.verbs["shell"]} == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "type_", "word"),
    [
        # ASSAULT
        ("Government artillery battered the rebel-held town of Kauda on Tuesday.",
         "ASSAULT", "battered"),
        ("Fighter jets strafed a rebel convoy on the highway north of Gao.", "ASSAULT",
         "strafed"),
        ("Insurgents slaughtered twelve farmers near Beni, the provincial governor said.",
         "ASSAULT", "slaughtered"),
        ("Gunmen mowed down worshippers outside a church in Owo.", "ASSAULT", "mowed"),
        # COERCE
        ("Soldiers sealed off the main road to the airport on Monday.", "COERCE", "sealed"),
        ("Bulgarian police cordoned off the Kapitan Andreevo border crossing after the brawl.",
         "COERCE", "cordoned"),
        ("Belarusian police apprehended three opposition activists in Minsk.", "COERCE",
         "apprehended"),
        ("Riot police quelled the protest in the capital with tear gas.", "ASSAULT",
         "quelled"),
        # MOBILIZE
        ("Russia amassed troops along its border with Ukraine.", "MOBILIZE", "amassed"),
        ("The army rushed reinforcements to the northern front on Sunday.", "MOBILIZE",
         "rushed"),
        # SANCTION
        ("The European Union curtailed aid to Niger after the coup.", "SANCTION",
         "curtailed"),
        # PROTEST
        ("Soldiers mutinied at a barracks outside Bamako on Sunday.", "PROTEST", "mutinied"),
        # ACCUSE
        ("Beijing castigated Tokyo over the minister's visit to the shrine.", "ACCUSE",
         "castigated"),
        ("The Algerian foreign ministry called in the French ambassador on Friday.",
         "ACCUSE", "called"),
        ("Moscow lashed out at NATO over the naval drills.", "ACCUSE", "lashed"),
        # REJECT
        ("Tehran spurned the European offer of talks.", "REJECT", "spurned"),
        # THREATEN
        ("Armed men intimidated voters in the district of Kailahun.", "THREATEN",
         "intimidated"),
        # REQUEST
        ("The families implored the Nigerian government to rescue the girls.", "REQUEST",
         "implored"),
        # CONSULT
        ("Norway interceded with the junta on behalf of the detained journalists.", "CONSULT",
         "interceded"),
        ("Egyptian officials arbitrated between Hamas and Fatah in Cairo.", "CONSULT",
         "arbitrated"),
        # AGREE
        ("Sudan and South Sudan clinched a deal on oil transit fees.", "AGREE", "clinched"),
        ("Negotiators for Armenia and Azerbaijan hammered out a peace accord in Washington.",
         "AGREE", "hammered"),
        # SUPPORT
        ("The Kenyan president lauded the peacekeepers for their work in Haiti.", "SUPPORT",
         "lauded"),
        # AID
        ("Japan furnished medical equipment to hospitals in Gaza.", "AID", "furnished"),
        # CONCEDE
        ("The junta in Niamey rescinded the curfew on Friday.", "CONCEDE", "rescinded"),
        # RETREAT
        ("Rebel fighters vacated their positions around Sake on Thursday.", "RETREAT",
         "vacated"),
        ("Hamas handed back the bodies of two Israeli hostages.", "RETREAT", "handed"),
        # COOPERATE
        ("The Greek and Turkish coast guards pooled intelligence on smuggling routes.",
         "COOPERATE", "pooled"),
        # nouns
        ("The paramilitary onslaught on Nyala continued for a week.", "ASSAULT",
         "onslaught"),
        ("Jihadist fighters made a foray into the town of Menaka.", "ASSAULT", "foray"),
        ("Police in Dhaka began a clampdown on the opposition.", "ASSAULT", "clampdown"),
        ("Thousands of Togolese joined a demo against the president in Lome.", "PROTEST",
         "demo"),
        # words held to their conflict reading by conditions of their own
        ("Riot police broke up a rally of opposition supporters in Harare.", "COERCE",
         "broke"),
        ("Security forces suppressed the protests in Isfahan with live fire.", "ASSAULT",
         "suppressed"),
        ("The junta delayed the elections by another two years.", "CONCEDE", "delayed"),
        ("Rebels skirmished with soldiers near Bunia on Sunday.", "ASSAULT",
         "skirmished"),
        ("Militiamen butchered several villagers near Djugu.", "ASSAULT", "butchered"),
        ("Russian forces breached the ceasefire near Avdiivka overnight.", "ASSAULT",
         "breached"),
        ("The garrison capitulated after a three-week siege.", "RETREAT", "capitulated"),
        ("Police carried out a roundup of opposition activists in Minsk.", "COERCE",
         "roundup"),
    ],
)
def test_a_synonym_names_its_targets_event(analyse_extended, text, type_, word):
    assert word in _triggers(analyse_extended(text), type_)


@pytest.mark.parametrize(
    ("text", "type_", "word"),
    [
        # the target's object conditions still hold
        ("The clerk sealed the envelope before posting it.", "COERCE", "sealed"),
        ("The committee concluded that the plan was sound.", "AGREE", "concluded"),
        ("The mechanic hammered out the dents in the bonnet.", "AGREE", "hammered"),
        ("The retailer slashed prices before the holidays.", "SANCTION", "slashed"),
        ("Volunteers distributed leaflets in the market.", "AID", "distributed"),
        ("The firm transferred its headquarters to Lyon.", "AID", "transferred"),
        ("Workers removed the debris from the street.", "RETREAT", "removed"),
        ("The museum abandoned the project last year.", "RETREAT", "abandoned"),
        ("The stagehands positioned the chairs near the stage.", "MOBILIZE", "positioned"),
        ("The teacher eliminated two questions from the exam.", "ASSAULT", "eliminated"),
        # everyday senses of words held to their conflict reading by conditions of their own
        ("The ferry to Calais was delayed by three hours.", "CONCEDE", "delayed"),
        ("The council will delay its decision on the new car park.", "CONCEDE", "delay"),
        ("The singer and her husband broke up after six years of marriage.", "COERCE",
         "broke"),
        ("Strong winds battered the fishing villages along the coast.", "ASSAULT",
         "battered"),
        ("The home side slaughtered the visitors five goals to nil.", "ASSAULT",
         "slaughtered"),
        ("The abattoir slaughters two hundred pigs a day.", "ASSAULT", "slaughters"),
        ("The central bank raised rates to quell fears about rising prices.", "ASSAULT",
         "quell"),
        ("The company breached its supply contract.", "REJECT", "breached"),
        ("The visitors counterattacked quickly and scored a late winner.", "ASSAULT",
         "counterattacked"),
        ("The two mayoral candidates skirmished over housing during the debate.", "ASSAULT",
         "skirmished"),
        ("The combine harvester mowed down the wheat in the field.", "ASSAULT", "mowed"),
        ("A knee injury maimed his hopes of playing at the World Cup.", "ASSAULT", "maimed"),
        ("The tax rise could annihilate small family farms.", "ASSAULT", "annihilate"),
        ("The retailer plans to knife its competitors on price.", "ASSAULT", "knife"),
        ("The hikers were set upon by wasps near the summit.", "ASSAULT", "set"),
        ("The football club announced a purge of its coaching staff.", "ASSAULT", "purge"),
        ("The firm's drawdown of its credit facility worried lenders.", "RETREAT",
         "drawdown"),
        ("Police were called to a noisy disturbance outside a nightclub.", "PROTEST",
         "disturbance"),
        ("The engineers gave a demo of the new software to buyers.", "PROTEST", "demo"),
        ("The boxer took a terrible beating in the tenth round.", "ASSAULT", "beating"),
        ("The chef's first foray into politics ended badly.", "ASSAULT", "foray"),
        ("Oil prices fell back on Tuesday after a strong start.", "RETREAT", "fell"),
        ("The players walked off the pitch at half-time.", "PROTEST", "walked"),
        ("The driver disengaged the clutch and stopped.", "RETREAT", "disengaged"),
        ("The utility will decommission the old coal plant next year.", "RETREAT",
         "decommission"),
        ("The economy capitulated to the pressure of inflation.", "RETREAT", "capitulated"),
        ("A brawl broke out between rival fans at the bar.", "ASSAULT", "brawl"),
        ("The winger inked a three-year contract with the club.", "SUPPORT", "inked"),
        ("The library will permit visitors to bring laptops.", "CONCEDE", "permit"),
        ("The bank guaranteed the mortgage of the young couple.", "AGREE", "guaranteed"),
        ("She will intern at a law firm in the autumn.", "COERCE", "intern"),
        ("The coach abdicated responsibility for the defeat.", "CONCEDE", "abdicated"),
        ("The audience applauded the pianist for several minutes.", "SUPPORT", "applauded"),
        ("Two carmakers teamed up to develop electric engines.", "COOPERATE", "teamed"),
        ("The inquest into the crash will resume next month.", "ACCUSE", "inquest"),
        ("Several shareholders balked at the price of the merger.", "REJECT", "balked"),
        ("The mine roof caved in on Tuesday.", "CONCEDE", "caved"),
        ("Buyers walked away from the sale of the house.", "REJECT", "walked"),
        ("Kane assisted two goals in the win.", "AID", "assisted"),
        ("The committee held a long discussion about parking fees.", "CONSULT",
         "discussion"),
        ("The coach will beef up the defence before the new season.", "MOBILIZE", "beef"),
        # a conditioned target: the taking of a town is no release of people
        ("Ukrainian troops liberated the village of Klishchiivka.", "RETREAT", "liberated"),
    ],
)
def test_a_synonym_needs_its_targets_conditions(analyse_extended, text, type_, word):
    assert word not in _triggers(analyse_extended(text), type_)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Addis Ababa brushed off the accusations from Cairo.", "brushed"),
    ("Israel ruled out talks with Hamas.", "ruled"),
    ("Serbia ignored the ultimatum from Pristina.", "ignored"),
    ("The junta laughed off the allegations.", "laughed"),
])
def test_rejection_synonyms_reject_claims_and_offers(analyse_extended, text, trigger):
    assert trigger in _triggers(analyse_extended(text), "REJECT")


@pytest.mark.parametrize("text", [
    "Police ruled out foul play in the death.",
    "He ignored the rain and kept walking.",
])
def test_rejection_synonyms_need_a_claim_or_an_offer(analyse_extended, text):
    assert not _triggers(analyse_extended(text), "REJECT")
