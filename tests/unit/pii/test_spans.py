"""Overlap questions answered by bisection give the answers of comparing with every span (which took
time quadratic in the number of findings: 64 KB of short names, 12 s)."""

from __future__ import annotations

import random

import pytest

from interceptors.pii_anonymizer.spans import Disjoint, overlap_test


def brute_overlaps(spans, a, b):
    return not all(b <= x or a >= y for x, y in spans)


@pytest.mark.parametrize("seed", range(5))
def test_overlap_test_answers_as_comparing_with_every_span(seed):
    rng = random.Random(seed)
    for _ in range(300):
        spans = [(a, a + rng.randint(0, 9)) for a in (rng.randrange(60) for _ in range(rng.randint(0, 12)))]
        overlaps = overlap_test(spans)
        for _ in range(20):
            a = rng.randrange(70)
            b = a + rng.randint(1, 9)
            assert overlaps(a, b) == brute_overlaps(spans, a, b), (spans, a, b)


@pytest.mark.parametrize("seed", range(5))
def test_disjoint_keeps_first_comers_and_finds_what_overlaps(seed):
    rng = random.Random(seed)
    for _ in range(200):
        kept, brute = Disjoint(), []
        for _ in range(rng.randint(0, 15)):
            a = rng.randrange(60)
            b = a + rng.randint(1, 9)
            hit = kept.overlapping(a, b)
            assert [(x, y) for x, y, _, _ in hit] == sorted(
                (x, y) for x, y in brute if not (b <= x or a >= y)
            )
            if not hit:
                kept.add(a, b, "X")
                brute.append((a, b))
        assert [(a, b) for a, b, _ in kept.spans()] == sorted(brute)
        kept.remove(0, 100)
        assert kept.spans() == []


def test_the_span_taken_first_names_a_merged_span():
    kept = Disjoint()
    kept.add(10, 14, "PERSON")
    kept.add(2, 6, "ID")
    hit = kept.overlapping(0, 12)
    assert [label for *_, label, _ in hit] == ["ID", "PERSON"]
    assert min(hit, key=lambda t: t[3])[2] == "PERSON"
