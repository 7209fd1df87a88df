"""Dictionary matching rules: case, acronyms that are also words, names with middle parts."""

from __future__ import annotations

from warpath.document import Analysis, Document


def names(analysis: Analysis) -> dict[str, str]:
    return {m.text: a.name for a in analysis.actors for m in a.mentions}


def test_case_rules_for_acronyms(actor_pipeline):
    a = actor_pipeline(Document(text="The US warned Iran. Officials told us nothing about it."))
    found = names(a)
    assert found["US"] == "United States"
    assert "us" not in found


def test_is_only_when_it_names_the_group(actor_pipeline):
    a = actor_pipeline(Document(
        text="IS fighters attacked a checkpoint near Mosul. The town is quiet, and it IS safe."))
    found = names(a)
    assert found.get("IS") == "Islamic State"
    assert sum(1 for m in next(x for x in a.actors if x.name == "Islamic State").mentions) == 1


def test_possessive_resolves_to_the_country(actor_pipeline):
    a = actor_pipeline(Document(text="Iran's leaders rejected the offer from Washington."))
    found = names(a)
    assert found["Iran"] == "Iran"
    assert found["Washington"] == "United States"


def test_middle_initials_and_variant_spellings(actor_pipeline):
    a = actor_pipeline(Document(
        text="Russian Foreign Minister Sergei V. Lavrov met Gen. Mark Alexander Milley in Geneva."))
    found = names(a)
    assert found["Russian Foreign Minister Sergei V. Lavrov"] == "Sergey Lavrov"
    assert found["Gen. Mark Alexander Milley"] == "Mark Milley"


def test_another_countrys_body_with_a_generic_name(actor_pipeline):
    a = actor_pipeline(Document(
        text="The Iraqi National Security Council met after the German Foreign Office spoke."))
    council = next(x for x in a.actors if "National Security Council" in x.name)
    assert council.country == "IRQ"
    office = next(x for x in a.actors if "Foreign Office" in x.name)
    assert office.country == "DEU"


def test_acronyms_in_an_all_capitals_headline_are_words(actor_pipeline):
    a = actor_pipeline(Document(text="LET US HOPE FOR PEACE\n\nLeT fighters crossed the line."))
    found = names(a)
    assert "US" not in found and "LET" not in found
    assert found["LeT"] == "Lashkar-e-Taiba"


def test_dictionary_word_inside_a_longer_name(actor_pipeline):
    a = actor_pipeline(Document(
        text="The Indian National Congress criticised the budget, and the U.S. Congress voted."))
    congress = [x for x in a.actors if x.name == "United States Congress"]
    assert [m.text for m in congress[0].mentions] == ["U.S. Congress"]


def test_misspelt_country(actor_pipeline):
    a = actor_pipeline(Document(text="Troops from Afganistan crossed into the valley."))
    assert names(a)["Afganistan"] == "Afghanistan"


def test_a_town_spelt_like_a_country_is_no_misspelling(actor_pipeline):
    # "Nakuru" is a Kenyan town, close in spelling to "Nauru"; "Nakuru" names no state
    a = actor_pipeline(Document(text="Gunmen killed twelve people near Nakuru on Sunday."))
    assert "Nakuru" not in names(a)
