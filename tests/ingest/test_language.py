"""Language detection: recorded, never a reason to stop."""

from __future__ import annotations

from warpath.ingest import read_string
from warpath.ingest.language import detect

FRENCH = ("Des frappes aériennes ont visé mardi un dépôt d'armes près de la frontière, tuant "
          "au moins quatre combattants, selon une ONG. Le gouvernement a démenti toute implication "
          "et appelé à la reprise des négociations à Genève.")
SPANISH = ("Miles de personas se manifestaron el sábado en la capital para exigir la liberación de "
           "los detenidos, y la policía dispersó la marcha con gases lacrimógenos.")


def test_non_english_is_detected_and_still_processed() -> None:
    doc = read_string(FRENCH)
    assert doc.language == "fr"
    assert doc.meta["language_confidence"] > 0.9
    assert doc.text == FRENCH


def test_languages() -> None:
    assert detect(SPANISH)[0] == "es"
    assert detect("Talks collapsed after the envoy walked out of the meeting in Vienna.")[0] == "en"
    assert detect("ok")[0] is None
