"""UniversalPetrarch validation sentences: CAMEO codes mapped to PLOVER."""

from tests.conftest import shared_path
from warpath.eval import petrarch_gsr
from warpath.eval.petrarch_gsr import Coding, GoldSentence
from warpath.eval.report import Report


def table() -> dict[str, str]:
    return petrarch_gsr.load_table(shared_path("external", "cameo", "CAMEO2PLOVER-2021.txt"))


def test_cameo_codes_map_by_longest_prefix():
    t = table()
    assert petrarch_gsr.to_plover("190", t) == "ASSAULT"
    assert petrarch_gsr.to_plover("0352", t) == "AGREE"
    assert petrarch_gsr.to_plover("040", t) == "CONSULT"
    assert petrarch_gsr.to_plover("015", t) is None  # public statements are not PLOVER events


def test_the_malformed_file_is_read_sentence_by_sentence():
    sentences = petrarch_gsr.load(
        shared_path("external", "petrarch-gsr", "PETR2_GSR_validation.xml"), table())
    assert len(sentences) == 78
    assert all(s.text and "<" not in s.text for s in sentences)
    assert sum(len(s.codings) for s in sentences) > 60
    assert sentences[0].date is not None


def test_found_and_false_positives():
    gold = [GoldSentence("s1", "x", [Coding("190", "USA", "RUS", "ASSAULT"),
                                     Coding("040", "USA", "RUS", "CONSULT")]),
            GoldSentence("s2", "y", [])]
    preds = [{"events": [{"type": "ASSAULT", "source": {"country": "USA"}}]},
             {"events": [{"type": "AID"}]}]
    report = petrarch_gsr.score(gold, preds, Report("t"))
    assert report.value("gold codings found") == 0.5
    assert report.value("false positives (share of predictions)") == 0.5
    assert report.value("source country (found codings)") == 1.0


def test_false_positives_among_factual_events_leave_hedged_ones_out():
    gold = [GoldSentence("s1", "x", [Coding("190", "USA", "RUS", "ASSAULT")])]
    preds = [{"events": [{"type": "ASSAULT", "status": "asserted"},
                         {"type": "AID", "status": "hypothetical"},
                         {"type": "AGREE", "status": "reported"},
                         {"type": "SANCTION", "status": "negated"}]}]
    report = petrarch_gsr.score(gold, preds, Report("t"))
    assert report.value("false positives (share of predictions)") == 0.75
    assert report.value("false positives (asserted+reported events only)") == 0.5


def test_runs_on_a_slice_of_the_real_file(pipeline):
    report = petrarch_gsr.run(
        shared_path("external", "petrarch-gsr", "PETR2_GSR_validation.xml"),
        shared_path("external", "cameo", "CAMEO2PLOVER-2021.txt"),
        pipeline=pipeline, limit=4, progress=False)
    assert report.figures["sentences"] == 4


def test_main_events_view_scores_only_each_sentences_own_news():
    gold = [GoldSentence("s1", "x", [Coding("112", "ISR", "PSE", "ACCUSE")]),
            GoldSentence("s2", "y", [Coding("015", "USA", "IRQ", None)]),  # no PLOVER type
            GoldSentence("s3", "z", [])]  # gold: nothing to code
    preds = [{"events": [{"type": "ACCUSE", "embedding": "main"},
                         {"type": "ASSAULT", "status": "reported", "embedding": "nested"}]},
             {"events": [{"type": "ASSAULT", "embedding": "main"}]},
             {"events": [{"type": "COERCE", "status": "planned", "embedding": "main"},
                         {"type": "AID", "embedding": "background"}]}]
    report = petrarch_gsr.score(gold, preds, Report("t"))
    assert report.value("main events: gold codings found") == 1.0
    # s1's ACCUSE is right, s2 is not judged, s3's main COERCE is wrong
    assert report.value("main events: false positives") == 0.5
    # the planned COERCE is not stated as fact
    assert report.value("main events: false positives (asserted+reported)") == 0.0
    assert report.value("false positives (share of predictions)") == 0.8
