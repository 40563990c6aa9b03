"""The PII evaluation set (bench/pii_eval): seeded, exact gold spans, split by template; and its scorer."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench.pii_eval import SHAPES, Doc, Span, generate, restore_rate, score, templates
from bench.pii_eval.core import ENTITIES


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return generate(1200, seed=11)  # both splits; enough for every template to occur twice


def test_same_seed_same_docs_other_seed_other_docs():
    a, b, c = generate(60, seed=3), generate(60, seed=3), generate(60, seed=4)
    assert [(d.text, d.spans) for d in a] == [(d.text, d.spans) for d in b]
    assert sum(x.text != y.text for x, y in zip(a, c, strict=True)) > 50
    assert [d.text for d in generate(20, seed=3)] == [d.text for d in a[:20]]  # a prefix of a longer run


def test_spans_are_exact_and_do_not_overlap(docs):
    for doc in docs:
        end = 0
        for s in doc.spans:
            assert doc.text[s.start : s.end] == s.value, (doc.template, s)
            assert s.value and s.value == s.value.strip(), (doc.template, s)
            assert re.search(r"[^\W_]", s.value), (doc.template, s)
            assert s.start >= end, (doc.template, s)
            assert s.entity in ENTITIES and s.tier in ("direct", "phi", "ignore")
            end = s.end


def test_tiers_follow_the_entity(docs):
    tiers = Counter((s.entity, s.tier) for d in docs for s in d.spans)
    assert {e for (e, t) in tiers if t == "ignore"} >= {"STATE_OR_COUNTRY", "ORGANIZATION", "AGE"}
    assert tiers[("DATE", "direct")] > 0 and tiers[("DATE", "phi")] > 0  # dates of birth are direct
    assert tiers[("AGE", "phi")] > 0  # over 89
    assert not any(t == "direct" for (e, t) in tiers if e in ("STATE_OR_COUNTRY", "ORGANIZATION", "URL"))
    for d in docs:
        for s in d.spans:
            if s.entity == "AGE":
                assert (s.tier == "phi") == (int(s.value) > 89)


def test_every_shape_split_and_many_locales_are_present(docs):
    assert {d.shape for d in docs} == set(SHAPES)
    assert {d.split for d in docs} == {"tune", "heldout"}
    assert {(d.shape, d.split) for d in docs} == {(s, x) for s in SHAPES for x in ("tune", "heldout")}
    assert len({d.locale for d in docs}) >= 8
    people = Counter(d.locale for d in docs if d.shape != "intl_contacts")
    assert len(people) >= 8


def test_splits_are_disjoint_by_template_and_each_shape_has_enough_templates():
    tune, held = templates("tune"), templates("heldout")
    fresh, fresh_b, fresh_c = templates("fresh"), templates("fresh_b"), templates("fresh_c")
    fresh_d, fresh_e = templates("fresh_d"), templates("fresh_e")
    for shape in SHAPES:
        t, h = {n for n, _, _ in tune[shape]}, {n for n, _, _ in held[shape]}
        f = {n for split in (fresh, fresh_b, fresh_c, fresh_d, fresh_e) for n, _, _ in split[shape]}
        assert not t & h and not t & f and not h & f
        # the five fresh splits are disjoint
        assert sum(len(split[shape]) for split in (fresh, fresh_b, fresh_c, fresh_d, fresh_e)) == len(f)
        assert len(fresh_c[shape]) == 7, shape
        assert len(fresh_d[shape]) == 8, shape
        assert len(fresh_e[shape]) == 8, shape
        assert len(t) + len(h) >= 8
        # at least a third of all templates held back (held-out and fresh are never tuned on)
        assert (len(h) + len(f)) * 3 >= len(t) + len(h) + len(f), shape
    assert {d.split for d in generate(24, seed=1, split="tune")} == {"tune"}
    assert {d.split for d in generate(24, seed=1, split="heldout")} == {"heldout"}


def test_the_fresh_split_is_a_third_disjoint_split_left_out_by_default():
    tune, held, fresh = templates("tune"), templates("heldout"), templates("fresh")
    for shape in SHAPES:
        f = {n for n, _, _ in fresh[shape]}
        assert len(f) == 5 and not f & {n for n, _, _ in tune[shape] + held[shape]}, shape
    docs = generate(60, seed=2, split="fresh")
    assert {d.split for d in docs} == {"fresh"} and {d.shape for d in docs} == set(SHAPES)
    again = generate(60, seed=2, split="fresh")
    assert [(d.text, d.spans) for d in docs] == [(d.text, d.spans) for d in again]
    for doc in docs:
        assert all(doc.text[s.start : s.end] == s.value for s in doc.spans), doc.template
    every = {"tune", "heldout", "fresh", "fresh_b", "fresh_c", "fresh_d", "fresh_e"}
    # enough documents that every shape reaches its last (fresh_e) templates
    longest = max(len(fns) for fns in templates("all").values())
    assert {d.split for d in generate(6 * longest, seed=2, split="all")} == every
    assert not {"fresh", "fresh_b", "fresh_c", "fresh_d", "fresh_e"} & {
        d.split for d in generate(120, seed=2)
    }
    docs_c = generate(84, seed=2, split="fresh_c")
    assert {d.split for d in docs_c} == {"fresh_c"} and {d.shape for d in docs_c} == set(SHAPES)
    assert len({d.template for d in docs_c}) == 42
    for doc in docs_c:
        assert all(doc.text[s.start : s.end] == s.value for s in doc.spans), doc.template
    docs_d = generate(96, seed=2, split="fresh_d")
    assert {d.split for d in docs_d} == {"fresh_d"} and {d.shape for d in docs_d} == set(SHAPES)
    assert len({d.template for d in docs_d}) == 48
    for doc in docs_d:
        assert all(doc.text[s.start : s.end] == s.value for s in doc.spans), doc.template
    docs_e = generate(96, seed=2, split="fresh_e")
    assert {d.split for d in docs_e} == {"fresh_e"} and {d.shape for d in docs_e} == set(SHAPES)
    assert len({d.template for d in docs_e}) == 48
    for doc in docs_e:
        assert all(doc.text[s.start : s.end] == s.value for s in doc.spans), doc.template
    with pytest.raises(ValueError):
        templates("tune+nope")


def test_templates_vary_their_documents(docs):
    by_template: dict[str, set[str]] = {}
    for d in docs:
        by_template.setdefault(d.template, set()).add(d.text)
    assert all(len(texts) > 1 for texts in by_template.values())


def test_a_thousand_docs_carry_a_few_thousand_spans():
    big = generate(1000, seed=7)
    assert len(big) >= 1000
    direct = sum(s.tier == "direct" for d in big for s in d.spans)
    assert direct >= 3000
    assert Counter(d.shape for d in big).most_common()[-1][1] >= 1000 // len(SHAPES)


def _doc(text: str, spans: list[Span]) -> Doc:
    return Doc(text, spans, "clinical_note", "hand", "tune", "en_US")


def test_scorer_misses_leak_and_half_covered_does_not():
    text = "Call Ada Lovelace on 555 0134 today"
    doc = _doc(text, [Span(5, 17, "PERSON", "direct"), Span(21, 29, "PHONE_NUMBER", "direct")])
    nothing = score([doc], [[]])
    assert nothing.leak_rate() == 1.0 and nothing.entity_leak_rate("PERSON") == 1.0
    assert len(nothing.leaks) == 2 and nothing.leaks[0].value == "Ada Lovelace"
    # "Ada Love" covers 7 of the 11 letters: not a leak; "555" covers 3 of 7 digits: a leak
    partial = score([doc], [[(5, 13), (21, 24)]])
    assert partial.entity_leak_rate("PERSON") == 0.0 and partial.entity_leak_rate("PHONE_NUMBER") == 1.0
    half = score([_doc("ab cd", [Span(0, 5, "PERSON", "direct")])], [[(0, 2)]])
    assert half.leak_rate() == 0.0  # exactly half covered is not a leak
    assert score([doc], [[(5, 17, "PERSON"), (21, 29, "PHONE_NUMBER")]]).leak_rate() == 0.0


def test_scorer_over_masking_counts_only_letters_and_digits_outside_gold():
    text = "Pt Ada seen on Friday."
    doc = _doc(text, [Span(3, 6, "PERSON", "direct")])
    outside = len(re.findall(r"[^\W_]", text)) - 3
    r = score([doc], [[(0, 6)]])  # "Pt " masked too: 2 letters outside gold
    assert r.overmask() == pytest.approx(2 / outside) and r.leak_rate() == 0.0
    assert score([doc], [[(3, 6), (14, 15)]]).overmask() == 0.0  # a space is no character to count
    assert score([doc], [[(0, len(text))]]).overmask() == 1.0


def test_scorer_ignore_spans_count_for_neither():
    text = "Dr Bo of Acme Corp, Germany."
    doc = _doc(
        text,
        [
            Span(3, 5, "PERSON", "direct"),
            Span(9, 18, "ORGANIZATION", "ignore"),
            Span(20, 27, "STATE_OR_COUNTRY", "ignore"),
        ],
    )
    unmasked = score([doc], [[(3, 5)]])
    assert unmasked.gold["ALL"] == 1 and unmasked.leak_rate() == 0.0 and unmasked.overmask() == 0.0
    masked = score([doc], [[(3, 5), (9, 18), (20, 27)]])
    assert masked.overmask() == 0.0
    phi = _doc("Seen 3/4/19.", [Span(5, 11, "DATE", "phi")])
    assert score([phi], [[]]).gold["ALL"] == 0
    assert score([phi], [[]], ("direct", "phi")).leak_rate() == 1.0


def test_scorer_reports_per_shape_and_restore_rate():
    a = Doc("Ada", [Span(0, 3, "PERSON", "direct")], "chat_transcript", "t", "tune", "en_US")
    b = Doc("Bo x", [Span(0, 2, "PERSON", "direct")], "hr_record", "t", "tune", "en_US")
    r = score([a, b], [[(0, 3)], [(3, 4)]])
    assert r.leak_by_shape == {"chat_transcript": 0.0, "hr_record": 1.0, "ALL": 0.5}
    assert r.overmask("hr_record") == 1.0 and r.overmask("chat_transcript") == 0.0
    assert restore_rate(["a", "b"], ["a", "c"]) == 0.5
