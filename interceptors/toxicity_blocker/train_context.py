"""Train the context model (context.py) offline, deterministically, and choose how the `layered`
backend combines it with the linear model:

    python -m interceptors.toxicity_blocker.train          # first: the linear model
    python -m interceptors.toxicity_blocker.train_context  # rewrites model/context/ (~10 minutes)

Training data: exactly the linear model's (train.rows(): the TUNE split of
bench/data/toxicity_set.jsonl and the hand-written bench/data/toxicity_labelled.jsonl; see train.py
for provenance). The held-out, fresh and author_k splits are never read here.

Validation is the linear model's: leave one author out. Both models score every row without having
seen its author; then, for each way of combining the two scores per category (RULES: max, mean,
min), train.thresholds() picks the per-category thresholds that block the most abuse of every kind
while the combination and the patterns together block at most train.FP_BUDGET of benign rows. The
rule that does best is kept with its thresholds in model/context/combined.json, beside the SHA-256 of
the linear model it was chosen with (a test checks the two still match).

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

import numpy as np

from interceptors.toxicity_blocker import train
from interceptors.toxicity_blocker.context import CATEGORIES, COMBINED, MODEL, RULES, combine
from interceptors.toxicity_blocker.linear import MODEL as LINEAR_MODEL
from interceptors.toxicity_blocker.linear import grams
from interceptors.toxicity_blocker.normalize import normalize
from interceptors.toxicity_blocker.patterns import unquoted

EPOCHS = 6
BATCH = 32
DROPOUT = 0.2
SEED = 0
FLOOR = 0.5  # no combined threshold below this
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
    textcat = nlp.add_pipe("textcat_multilabel", config=CONFIG)
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


def out_of_author_scores(data: list[dict], patterned: np.ndarray, cache: Path | None):
    """Both models' out-of-author scores; with --cache, kept in a file to try combinations without
    retraining (delete it when the data or the network changes)."""
    if cache and cache.is_file():
        saved = np.load(cache)
        return saved["linear"], saved["context"]
    counts: list[Counter] = [grams(normalize(r["text"])) for r in data]
    print("linear model, out of author:")
    _, _, linear = train.select_linear(data, counts, patterned)
    print("context model, out of author:")
    context = out_of_author(data)
    if cache:
        np.savez(cache, linear=linear, context=context)
    return linear, context


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="a file to keep the out-of-author scores in")
    args = parser.parse_args()
    data = train.rows()
    patterned = train.patterned_rows(data)
    linear, context = out_of_author_scores(data, patterned, args.cache)
    th, _, recall, fp = train.thresholds(data, context, patterned)
    report("context alone", recall, fp, th)
    best: tuple[float, str, dict[str, float], dict[str, float], float] | None = None
    for rule in RULES:
        combined = np.vectorize(lambda a, b, r=rule: combine(r, a, b))(linear, context)
        th, value, recall, fp = train.thresholds(data, combined, patterned, FLOOR)
        report(f"linear {rule} context", recall, fp, th)
        if best is None or value > best[0]:
            best = (value, rule, th, recall, fp)
    assert best is not None
    _, rule, th, recall, fp = best
    nlp = fit(data)
    if MODEL.exists():
        shutil.rmtree(MODEL)
    nlp.to_disk(MODEL)
    combined_file = {
        "rule": rule,
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
