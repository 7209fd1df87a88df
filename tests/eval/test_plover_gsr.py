"""PLOVER gold sentences: type found, macro-F1, countries, flooding."""

from tests.conftest import shared_path
from warpath.eval import plover_gsr
from warpath.eval.report import Report, macro_f1

RECORDS = [
    {"id": "r1", "event": "ASSAULT", "text": "A shelled B.",
     "source": [{"code": "AAA"}], "target": [{"code": "BBB"}]},
    {"id": "r2", "event": "AGREE", "text": "A and B agreed.",
     "source": [{"code": "IGO"}], "target": ""},
]


def event(kind: str, src: str | None = None) -> dict:
    return {"type": kind, "source": {"country": src}, "target": None}


def test_old_type_names_are_mapped_and_the_header_record_dropped():
    records = plover_gsr.load(shared_path("external", "plover-gsr", "PLOVER_GSR_CAMEO.json"))
    assert len(records) == 322
    kinds = {r["event"] for r in records}
    assert not kinds & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= kinds


def test_non_state_and_misspelt_codes():
    assert plover_gsr.countries([{"code": "IGO"}, {"code": "JAP"}]) == {"JPN"}
    assert plover_gsr.countries("diplomatic") == set()


def test_perfect_predictions_score_one():
    report = plover_gsr.score(RECORDS, [{"events": [event("ASSAULT", "AAA")]},
                                        {"events": [event("AGREE")]}], Report("t"))
    assert report.value("gold type found") == 1.0
    assert report.value("macro-F1 over types") == 1.0
    assert report.value("source country") == 1.0
    assert report.value("events per gold sentence") == 1.0


def test_wrong_or_missing_types_lower_found_and_f1():
    report = plover_gsr.score(RECORDS, [{"events": [event("COERCE", "AAA")]},
                                        {"events": []}], Report("t"))
    assert report.value("gold type found") == 0.0
    assert report.value("macro-F1 over types") == 0.0
    assert report.value("source country") == 0.0  # no event of the gold type to read it from


def test_false_positives_all_and_factual_only():
    hedged = dict(event("THREATEN"), status="planned")
    report = plover_gsr.score(RECORDS, [{"events": [event("ASSAULT", "AAA"), hedged]},
                                        {"events": [event("AGREE"), event("AID")]}],
                              Report("t"))
    assert report.value("false positives (share of predictions)") == 0.5
    assert report.value("false positives (asserted+reported events only)") == 1 / 3


def test_macro_f1_averages_over_labels_seen():
    assert macro_f1([("A", "A"), ("B", "A")], ["A", "B", "C"]) == (2 / 3 + 0) / 2


def test_runs_on_a_slice_of_the_real_file(pipeline):
    path = shared_path("external", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    report = plover_gsr.run(path, pipeline=pipeline, limit=5, progress=False)
    assert report.figures["records"] == 5
    assert report.ratio("gold type found").total == 5
