"""The classifier's fast path, its quality on the labelled set, the answer guard and the settings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.toxicity import labelled, quality
from interceptors.toxicity_blocker.classifiers import ClassifierUnavailableError, load_classifier
from interceptors.toxicity_blocker.guard import AnswerGuard
from interceptors.toxicity_blocker.interceptor import user_texts
from interceptors.toxicity_blocker.settings import BlockerSettings, Policy, PolicyOverride


@pytest.fixture(scope="module")
def classifier():
    return load_classifier("profanity-check")


def test_the_fast_path_equals_the_package_prediction(classifier):
    from profanity_check import predict_prob

    texts = [t for t, _ in labelled()]
    ours = [s["toxicity"] for s in classifier.score(texts)]
    assert max(abs(a - b) for a, b in zip(ours, predict_prob(texts), strict=True)) < 1e-9


def test_the_labelled_set_has_both_classes_and_the_default_backend_separates_them(classifier):
    rows = labelled()
    assert len(rows) >= 200 and 80 <= sum(y for _, y in rows) <= len(rows) - 80
    precision, recall, _ = quality(classifier, Policy().thresholds["toxicity"], rows)
    assert precision >= 0.95 and recall >= 0.9, (precision, recall)


def flag_word(text: str) -> dict[str, float]:
    return {"toxicity": 1.0} if "VILE" in text else {}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Hello there. ", "A calm line\n", "no stop yet ", "3.14 ", "ok! ", "x"]),
                max_size=30), st.data())
def test_any_split_of_a_clean_answer_comes_out_whole(parts, data):
    text = "".join(parts)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=10)))
    guard, out, last = AnswerGuard(flag_word, window=50), "", 0
    for c in [*cuts, len(text)]:
        out += guard.feed(text[last:c])
        last = c
    assert out + guard.flush() == text and guard.violation is None


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12), st.data())
def test_nothing_of_a_violating_sentence_is_released(size, data):
    text = "First sentence is fine. Then a VILE one follows here. And more after."
    guard, out, i = AnswerGuard(flag_word, window=200), "", 0
    while i < len(text) and guard.violation is None:
        step = data.draw(st.integers(1, size))
        out += guard.feed(text[i:i + step])
        i += step
    if guard.violation is None:
        out += guard.flush()
    assert guard.violation is not None
    assert out in ("", "First sentence is fine. ")
    assert "VILE" not in out


def test_a_long_sentence_is_released_in_window_sized_pieces():
    guard = AnswerGuard(lambda t: {}, window=60)
    released = [guard.feed("word ") for _ in range(40)]
    assert max(len(r) for r in released) <= 60 and sum(map(len, released)) >= 150
    assert "".join(released) + guard.flush() == "word " * 40


def test_flag_and_shadow_do_not_hold_text_back():
    guard = AnswerGuard(flag_word, window=50, hold=False)
    assert guard.feed("no boundary yet") == "no boundary yet"
    assert guard.feed(" and VILE. ") == " and VILE. " and guard.violation


def test_only_the_new_user_messages_are_checked_by_default():
    messages = [{"role": "user", "content": "old"}, {"role": "assistant", "content": "answer"},
                {"role": "user", "content": [{"type": "text", "text": "new part"}]},
                {"role": "user", "content": "new"}]
    assert user_texts(messages, "new") == ["new part", "new"]
    assert user_texts(messages, "all") == ["old", "new part", "new"]


def test_settings_come_from_the_environment_and_overrides_are_validated():
    s = BlockerSettings.from_env({"TOXICITY_POLICY": '{"mode": "flag", "thresholds": {"toxicity": 0.6}}'})
    assert s.policy.mode == "flag" and s.policy.thresholds == {"toxicity": 0.6}
    assert PolicyOverride(mode="shadow").apply(s.policy).thresholds == {"toxicity": 0.6}
    with pytest.raises(ValueError):
        PolicyOverride.model_validate({"mode": "delete"})


def test_detoxify_without_its_files_refuses_to_load_and_says_how(tmp_path):
    with pytest.raises(ClassifierUnavailableError, match="TOXICITY_DETOXIFY_CHECKPOINT is not set"):
        load_classifier("detoxify")
    ckpt = tmp_path / "model.ckpt"
    ckpt.write_bytes(b"")
    with pytest.raises(ClassifierUnavailableError, match="TOXICITY_DETOXIFY_CONFIG"):
        load_classifier("detoxify", checkpoint=str(ckpt))
    with pytest.raises(ClassifierUnavailableError, match="unknown toxicity backend"):
        load_classifier("magic")
