"""The actor dictionary: built-in coverage and user files given with --actors."""

from __future__ import annotations

import datetime as dt

from warpath.actors.dictionary import builtin, load, read_file
from warpath.document import Document
from warpath.pipeline import Config, Pipeline


def test_every_state_has_a_code_and_the_main_ones_their_adjectives():
    states = builtin().states()
    assert len(states) >= 195
    assert all(s.country and len(s.country) == 3 for s in states)
    d = builtin()
    for form, code in [("Israeli", "ISR"), ("Iranian", "IRN"), ("U.S.", "USA"), ("US", "USA"),
                       ("American", "USA"), ("British", "GBR"), ("UK", "GBR"),
                       ("Tehran", "IRN"), ("Kremlin", "RUS"), ("Beijing", "CHN")]:
        entry = d.find(form)
        assert entry is not None and entry.country == code, form


def test_organisations_and_groups_carry_kind_and_sector():
    d = builtin()
    for form, kind, country, sector in [
        ("NATO", "organization", None, "IGO"),
        ("Pentagon", "organization", "USA", "MIL"),
        ("Mossad", "organization", "ISR", "SPY"),
        ("Quds Force", "organization", "IRN", "MIL"),
        ("Kata'ib Hezbollah", "group", "IRQ", "REB"),
        ("Daesh", "group", None, "REB"),
        ("Ansar Allah", "group", "YEM", "REB"),
    ]:
        e = d.find(form)
        assert e is not None, form
        assert (e.kind, e.country, e.sector) == (kind, country, sector), form


def test_office_holders_have_dated_offices():
    pompeo = builtin().find("Mike Pompeo")
    assert pompeo is not None
    assert pompeo.office_on(dt.date(2017, 6, 1)).role == "Director of the CIA"  # type: ignore[union-attr]
    assert pompeo.office_on(dt.date(2019, 6, 1)).role == "Secretary of State"  # type: ignore[union-attr]


def test_user_yaml_file_adds_actors(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- name: Northern Valley Brigade\n"
        "  aliases: [NVB, Valley Brigade]\n"
        "  kind: group\n"
        "  country: KEN\n"
        "  sector: REB\n"
        "- name: Amara Odhiambo\n"
        "  kind: person\n"
        "  country: KEN\n"
        "  offices: [{role: Governor, sector: GOV, start: 2022-08-25}]\n",
        encoding="utf-8",
    )
    d = load([path])
    assert d.find("NVB").name == "Northern Valley Brigade"  # type: ignore[union-attr]
    assert len(d) == len(builtin()) + 2

    pipeline = Pipeline(Config(stages=("actors",), actor_files=[path]))
    text = ("Fighters of the Valley Brigade attacked a police post on Monday. Governor Amara "
            "Odhiambo condemned the raid, and Odhiambo said the NVB would be pursued.")
    analysis = pipeline(Document(text=text, published=dt.date(2023, 3, 6)))
    brigade = next(a for a in analysis.actors if a.id == "northern-valley-brigade")
    assert brigade.country == "KEN" and brigade.kind == "group"
    assert {m.text for m in brigade.mentions} >= {"Valley Brigade", "NVB"}
    governor = next(a for a in analysis.actors if a.id == "amara-odhiambo")
    assert governor.role == "Governor"
    # the title is part of the first mention; the surname alone is the second
    assert [m.text for m in governor.mentions] == ["Governor Amara Odhiambo", "Odhiambo"]


def test_user_csv_file_replaces_a_builtin_entry(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,kind,country,sector,role,start,end\n"
                    "Hezbollah,Hizb;Party of God,group,LBN,PTY,,,\n", encoding="utf-8")
    entries = read_file(path)
    assert entries[0].aliases == ("Hizb", "Party of God")
    d = load([path])
    assert d.find("Party of God").sector == "PTY"  # type: ignore[union-attr]
    assert sum(1 for e in d if e.name == "Hezbollah") == 1


def test_office_before_and_after_the_term():
    bolton = builtin().find("John Bolton")
    assert bolton is not None
    assert bolton.office_on(dt.date(2015, 1, 1)) is None
    assert bolton.office_on(dt.date(2020, 1, 1)).role == "National Security Adviser"  # type: ignore[union-attr]


def test_armed_groups_and_bodies_of_recent_conflicts_have_their_country():
    d = builtin()
    for form, country in (("FARDC", "COD"), ("Wazalendo", "COD"), ("NUG", "MMR"),
                          ("People's Defence Force", "MMR"), ("Radaa", "LBY"),
                          ("Georgetown", "GUY"), ("Kosovo Police", "XKX")):
        entry = d.find(form)
        assert entry is not None and entry.country == country, form
    for form in ("UNSMIL", "KFOR", "CARICOM"):
        entry = d.find(form)
        assert entry is not None and entry.country is None and entry.sector == "IGO", form


def test_gangs_militias_and_maritime_services_of_recent_crises_have_their_country():
    d = builtin()
    for form, country, sector in (
            ("Viv Ansanm", "HTI", "CRM"), ("Gran Grif", "HTI", "CRM"), ("Mobondo", "COD", "REB"),
            ("Segunda Marquetalia", "COL", "REB"), ("Lakurawa", "NGA", "REB"),
            ("PCG", "PHL", "MIL"), ("China Coast Guard", "CHN", "MIL"), ("BFAR", "PHL", "GOV")):
        entry = d.find(form)
        assert entry is not None and entry.country == country and entry.sector == sector, form
    # a border service many states have by that name is no one state's without its name
    assert d.find("State Border Guard Service") is None
