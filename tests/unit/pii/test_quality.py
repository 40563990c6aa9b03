"""Detection quality on presidio-evaluator's synthetic sentences (the same set bench/pii_quality.py
reports on): the default policy must keep overall F2 at 0.80 or better."""

from __future__ import annotations

import math

import pytest

from bench.pii_quality import Sample, dataset, ours, score


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return dataset(1000, seed=42)


def test_the_seeded_set_is_the_same_every_time(samples):
    again = dataset(50, seed=42)
    assert [s.spans for s in again] == [s.spans for s in samples[:50]]
    assert sum(len(s.spans) for s in samples) > 1000


def test_default_policy_reaches_f2_of_0_80(samples):
    result = score(samples, ours())
    precision, recall, f2, _ = result.overall()
    assert f2 >= 0.80, f"overall F2 {f2:.3f} (precision {precision:.3f}, recall {recall:.3f})"
    floors = {"PHONE_NUMBER": 0.9, "EMAIL_ADDRESS": 0.9, "PERSON": 0.65, "LOCATION": 0.65}
    for entity, floor in floors.items():
        assert result.entity(entity)[2] >= floor, (entity, result.entity(entity))


def test_the_scorer_counts_misses_and_false_alarms():
    samples = [Sample("Call Ada Lovelace on 555 0134", [(5, 17, "PERSON"), (21, 29, "PHONE_NUMBER")])]
    assert score(samples, lambda texts: [[]]).overall()[1] == 0.0
    perfect = score(samples, lambda texts: [[(5, 17, "PERSON"), (21, 29, "PHONE_NUMBER")]])
    assert perfect.overall()[:3] == (1.0, 1.0, 1.0)
    wrong_type = score(samples, lambda texts: [[(5, 17, "LOCATION")]])
    assert wrong_type.entity("PERSON")[1] == 0.0 and wrong_type.overall()[1] == 0.5
    alarm = score(samples, lambda texts: [[(0, 4, "PERSON")]]).entity("PERSON")
    assert alarm[0] == 0.0 and not math.isnan(alarm[1])
