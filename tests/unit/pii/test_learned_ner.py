"""Our own small learned NER (interceptors/pii_anonymizer/ner_model.py): it ships, loads offline,
finds a person in wording of no template, and leaves an ordinary sentence alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from interceptors.pii_anonymizer import ner_model


@pytest.fixture(scope="module")
def recognizer() -> ner_model.LearnedNerRecognizer:
    return ner_model.LearnedNerRecognizer("en")


def people(recognizer: ner_model.LearnedNerRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"]


def test_the_model_finds_a_person_in_new_wording(recognizer):
    text = "yesterday Margarethe Oyelaran dropped the keys off at the front desk"
    assert "Margarethe Oyelaran" in people(recognizer, text)


def test_the_model_leaves_an_ordinary_sentence_alone(recognizer):
    text = "The quarterly report is due next week, so please review the budget figures."
    assert recognizer.analyze(text, list(recognizer.ENTITIES)) == []


def test_missing_model_files_fail_with_a_clear_message(tmp_path: Path):
    with pytest.raises(ner_model.LearnedNerUnavailableError, match="never downloaded"):
        ner_model.LearnedNerRecognizer("en", path=tmp_path)
