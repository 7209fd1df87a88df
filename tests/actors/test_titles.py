"""Titles and appositions give unknown people a role, a sector and a country."""

from __future__ import annotations

from warpath.actors.titles import clean_role, sector_of
from warpath.document import Document


def test_sector_of_roles():
    assert sector_of("Brigadier General") == "MIL"
    assert sector_of("Defense Secretary") == "GOV"
    assert sector_of("military correspondent") == "MED"
    assert sector_of("Supreme Leader") == "GOV"
    assert sector_of("head of intelligence") == "SPY"
    assert clean_role(["former", "Ambassador"]) == "Ambassador"
    assert clean_role(["national", "security"]) is None


def test_unknown_person_takes_country_and_role_from_title(actor_pipeline):
    a = actor_pipeline(Document(
        text="Syrian Brigadier General Fadi Haddour said his unit withdrew. Haddour added that "
             "no soldiers were hurt."))
    person = next(x for x in a.actors if x.name == "Fadi Haddour")
    assert (person.country, person.sector, person.role) == ("SYR", "MIL", "Brigadier General")
    assert [m.text for m in person.mentions][:2] == ["Syrian Brigadier General Fadi Haddour", "his"]
    assert "Haddour" in {m.text for m in person.mentions}


def test_apposition_and_pronoun(actor_pipeline):
    a = actor_pipeline(Document(
        text="A Lebanese journalist, Rania Khoury, reported the strike. She said two buildings "
             "collapsed."))
    person = next(x for x in a.actors if x.name == "Rania Khoury")
    assert person.country == "LBN" and person.sector == "MED"
    assert "She" in {m.text for m in person.mentions}


def test_unknown_person_without_context_keeps_null_country(actor_pipeline):
    a = actor_pipeline(Document(text="Tomas Verhoeven wrote the report on Tuesday."))
    person = next(x for x in a.actors if x.name == "Tomas Verhoeven")
    assert person.kind == "person" and person.country is None


def test_employer_in_the_title_gives_country_and_sector(actor_pipeline):
    a = actor_pipeline(Document(
        text="A spokesman for the Houthis, Ahmed Qasim, denied the claim. Hamas spokesman "
             "Karim Nassar said talks had stalled."))
    qasim = next(x for x in a.actors if x.name == "Ahmed Qasim")
    nassar = next(x for x in a.actors if x.name == "Karim Nassar")
    assert (qasim.country, qasim.sector) == ("YEM", "REB")
    assert (nassar.country, nassar.sector, nassar.role) == ("PSE", "REB", "spokesman")
