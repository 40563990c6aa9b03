"""Train the context model (context.py) offline, deterministically, and choose how the `layered`
backend combines it with the linear model and the fine-tuned sentence encoder (finetune.py):

    python -m interceptors.toxicity_blocker.train          # first: the linear model
    python -m interceptors.toxicity_blocker.train_context  # rewrites model/context/ (~40 minutes)

Fine-tuning the encoder needs torch (`pip install torch==2.13.0`); the service does not.

Training data: exactly the linear model's (train.rows(): the TUNE split of
bench/data/toxicity_set.jsonl and the hand-written bench/data/toxicity_labelled.jsonl; see train.py
for provenance). The held-out, fresh and author splits are never read here.

Validation is the linear model's: leave one author out. All three models score every row without
having seen its author (the encoder is fine-tuned once per author left out: ~2 minutes each); then,
for each way of combining the scores per category (RULES), train.thresholds() picks the
per-category thresholds that block the most abuse of every kind while the combination and the
patterns together block at most train.FP_BUDGET of benign rows. The rule that does best is kept
with its thresholds in model/context/combined.json, beside the SHA-256 of the linear model it was
chosen with (a test checks the two still match).

The network: spaCy's TextCatEnsemble (a bag of 1-2-grams, linear, plus a window-1 convolution of
depth 2 over hashed embeddings of each word's norm, prefix, suffix and shape), one sigmoid per
category. Seeded; spaCy on the CPU is deterministic, so the same data gives the same model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from interceptors.toxicity_blocker import train
from interceptors.toxicity_blocker.context import (
    CATEGORIES,
    COMBINED,
    ENCODER_HEADS,
    MODEL,
    RULES,
    USES_ENCODER,
    combine,
    gated,
    is_short,
)
from interceptors.toxicity_blocker.encoder import WEIGHTS, Encoder, EncoderHeads
from interceptors.toxicity_blocker.linear import MODEL as LINEAR_MODEL
from interceptors.toxicity_blocker.linear import LinearModel, grams
from interceptors.toxicity_blocker.normalize import normalize
from interceptors.toxicity_blocker.patterns import unquoted

EPOCHS = 6
BATCH = 32
DROPOUT = 0.2
SEED = 0
FLOOR = 0.5  # no combined threshold below this
# The sentence encoder's first three layers (of six): out of author, logistic heads over the
# published encoder did better on three than on one, two or six (objective 0.84 against 0.73 on six),
# and combined with the two word models three were as good as six at half the cost. Fine-tuned
# (finetune.py), the three layers alone went from 0.735 to 0.827 out of author (under the trimmed
# budget), and the combination from 0.906 to 0.917.
ENCODER_LAYERS = 3
# The encoder costs ~3.5 ms a prompt, the two word models ~1 ms together: it runs only where both
# word models give some category at least this much (context.gated). Out of author it then runs on
# 28% of benign rows, and blocks what it blocked ungated but for 0.3 points of identity attacks.
ENCODER_GATE = 0.01
CONFIG = {
    "threshold": 0.5,
    "model": {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "nO": None,
        "linear_model": {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": False,
            "ngram_size": 2,
            "no_output_layer": False,
            "nO": None,
            "length": 262144,
        },
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": 64,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": [5000, 2000, 2000, 2000],
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": 64,
                "window_size": 1,
                "maxout_pieces": 3,
                "depth": 2,
            },
        },
    },
}


def model_input(text: str) -> str:
    """What the model reads, in training and in service (classifiers.Layered): the normalized text
    without abuse it quotes in order to report it."""
    return unquoted(normalize(text))


def cats(row: dict) -> dict[str, float]:
    """Labels per category; a category the row says nothing about is left out (missing, not 0)."""
    out = {}
    for c in CATEGORIES:
        value = train.labels(row, c)
        if value is not None:
            out[c] = value
    return out


def fit(data: list[dict]):
    import spacy
    from spacy.training import Example

    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat: Any = nlp.add_pipe("textcat_multilabel", config=CONFIG)
    for c in CATEGORIES:
        textcat.add_label(c)
    examples = [Example.from_dict(nlp.make_doc(model_input(r["text"])), {"cats": cats(r)}) for r in data]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(SEED)
    for _ in range(EPOCHS):
        order.shuffle(examples)
        for i in range(0, len(examples), BATCH):
            nlp.update(examples[i : i + BATCH], sgd=optimizer, drop=DROPOUT)
    return nlp


def scores_of(nlp, data: list[dict]) -> np.ndarray:
    docs = nlp.pipe((model_input(r["text"]) for r in data), batch_size=128)
    return np.array([[d.cats[c] for c in CATEGORIES] for d in docs])


def out_of_author(data: list[dict]) -> np.ndarray:
    scores = np.zeros((len(data), len(CATEGORIES)))
    groups = [train.author(r) for r in data]
    for held in sorted(set(groups)):
        test = [i for i, g in enumerate(groups) if g == held]
        nlp = fit([r for r, g in zip(data, groups, strict=True) if g != held])
        scores[test] = scores_of(nlp, [data[i] for i in test])
        print(f"  out-of-author scores for {held} ({len(test)} rows)", flush=True)
    return scores


def report(name: str, recall: dict[str, float], fp: float, th: dict[str, float]) -> None:
    cells = ", ".join(f"{k} {v:.3f}" for k, v in recall.items())
    print(f"{name}: out-of-author recall {cells}; benign blocked {fp:.3f}; thresholds {th}")


def label_matrix(data: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Labels, one column per category, and which of them are known (train.labels is not None)."""
    y = np.zeros((len(data), len(CATEGORIES)))
    known = np.zeros_like(y)
    for i, r in enumerate(data):
        for k, c in enumerate(CATEGORIES):
            value = train.labels(r, c)
            if value is not None:
                y[i, k], known[i, k] = value, 1.0
    return y, known


def encoder_heads(encoder: Encoder, data: list[dict]) -> dict[str, np.ndarray]:
    """The encoder fine-tuned with its heads on `data` (finetune.py)."""
    try:
        from interceptors.toxicity_blocker import finetune
    except ImportError as exc:
        raise SystemExit("fine-tuning the encoder needs torch: `pip install torch==2.13.0`") from exc

    return finetune.fit(encoder, [model_input(r["text"]) for r in data], *label_matrix(data))


def encoder_out_of_author(encoder: Encoder, data: list[dict]) -> np.ndarray:
    scores = np.zeros((len(data), len(CATEGORIES)))
    groups = [train.author(r) for r in data]
    for held in sorted(set(groups)):
        test = [i for i, g in enumerate(groups) if g == held]
        trained = encoder_heads(encoder, [r for r, g in zip(data, groups, strict=True) if g != held])
        scores[test] = score_with(trained, [model_input(data[i]["text"]) for i in test])
        print(f"  encoder, out-of-author scores for {held} ({len(test)} rows)", flush=True)
    return scores


def score_with(trained: dict[str, np.ndarray], texts: list[str]) -> np.ndarray:
    """What the service computes with these trained arrays."""
    return EncoderHeads(EncoderHeads.arrays(list(CATEGORIES), trained, ENCODER_LAYERS)).score(texts)


def out_of_author_scores(data: list[dict], patterned: np.ndarray, encoder: Encoder, cache: Path | None):
    """The three models' out-of-author scores; with --cache, kept in a file to try combinations
    without retraining (delete it when the data or a network changes)."""
    saved = dict(np.load(cache)) if cache and cache.is_file() else {}
    if "linear" not in saved:
        counts: list[Counter] = [grams(model_input(r["text"])) for r in data]  # as Layered reads it
        print("linear model, out of author:")
        saved["linear"] = train.select_linear(data, counts, patterned)[2]
    if "context" not in saved:
        print("context model, out of author:")
        saved["context"] = out_of_author(data)
    if "encoder" not in saved:
        print("encoder, fine-tuned out of author:")
        saved["encoder"] = encoder_out_of_author(encoder, data)
    if cache:
        np.savez(cache, **saved)
    return saved["linear"], saved["context"], saved["encoder"]


def choose_rule(tried: list[tuple[float, str, dict, dict, float]]) -> tuple[float, str, dict, dict, float]:
    """(objective, rule, thresholds, recall, benign blocked) of the rule kept: of the rules within
    train.MARGIN of the best objective, the one that blocks the fewest benign rows out of author. A
    new author's benign prompts are blocked more than the budget says (the fresh splits), so equal
    recall is bought with the fewest false positives."""
    best = max(value for value, *_ in tried)
    return min((t for t in tried if t[0] >= best - train.MARGIN), key=lambda t: (t[4], -t[0]))


def finetuned() -> dict[str, float | int]:
    from interceptors.toxicity_blocker import finetune

    return {"rank": finetune.RANK, "epochs": finetune.EPOCHS, "learning_rate": finetune.LEARNING_RATE}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="a file to keep the out-of-author scores in")
    args = parser.parse_args()
    data = train.rows()
    patterned = train.patterned_rows(data)
    published = Encoder(layers=ENCODER_LAYERS)
    linear, context, encoder = out_of_author_scores(data, patterned, published, args.cache)
    for name, alone in (("context", context), ("encoder", encoder)):
        th, _, recall, fp = train.thresholds(data, alone, patterned)
        report(f"{name} alone", recall, fp, th)
    # in service a short text keeps the linear model's judgement at its own thresholds (Layered): its
    # verdict is fixed, whatever the combined thresholds, like a pattern's. A short text made only of
    # the words that steer an answer ("go on", "stop": context.is_control) is not judged in service,
    # but is counted here as the linear model judges it: the benign rows that exemption lets through
    # say nothing about how the models read other texts, so it must not buy a looser operating point
    # for them (counted as not blocked, the budget would loosen enough to pick another rule)
    short = np.array([is_short(model_input(r["text"])) for r in data])
    linear_th = np.array([LinearModel.load(LINEAR_MODEL).thresholds[c] for c in CATEGORIES])
    fixed = patterned | (short & (linear >= linear_th).any(axis=1))
    tried: list[tuple[float, str, dict[str, float], dict[str, float], float]] = []
    for rule in RULES:
        meaning = gated(linear, context, encoder, ENCODER_GATE)
        combined = np.vectorize(lambda a, b, c, r=rule: combine(r, a, b, c))(linear, context, meaning)
        combined[short] = 0.0
        th, value, recall, fp = train.thresholds(data, combined, fixed, FLOOR)
        report(f"rule {rule!r} (objective {value:.3f})", recall, fp, th)
        tried.append((value, rule, th, recall, fp))
    _, rule, th, recall, fp = choose_rule(tried)
    nlp = fit(data)
    if MODEL.exists():
        shutil.rmtree(MODEL)
    nlp.to_disk(MODEL)
    if rule in USES_ENCODER:
        EncoderHeads.save(
            MODEL / ENCODER_HEADS, list(CATEGORIES), encoder_heads(published, data), ENCODER_LAYERS
        )
    combined_file = {
        "rule": rule,
        "encoder": (
            {"weights": WEIGHTS, "layers": ENCODER_LAYERS, "gate": ENCODER_GATE, "fine_tuned": finetuned()}
            if rule in USES_ENCODER
            else None
        ),
        "thresholds": th,
        "linear_sha256": hashlib.sha256(Path(LINEAR_MODEL).read_bytes()).hexdigest(),
        "out_of_author": {"recall": {k: round(v, 4) for k, v in recall.items()}, "benign_blocked": fp},
        "epochs": EPOCHS,
        "seed": SEED,
    }
    (MODEL / COMBINED).write_text(json.dumps(combined_file, indent=1) + "\n")
    print(f"wrote {MODEL} (rule {rule}, thresholds {th})")


if __name__ == "__main__":
    main()
