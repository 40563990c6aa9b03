"""Fit our own classifier (`linear` backend) offline, deterministically:

    python -m interceptors.toxicity_blocker.train     # rewrites model/linear.npz

Training data, all in this repository and written for it (no package we could install ships
labelled abusive text): the TUNE split of bench/data/toxicity_set.jsonl (bench/toxicity_eval/tune.py
rendered with seed 14) and the 227 hand-written texts of bench/data/toxicity_labelled.jsonl (their
abusive rows teach `toxicity` only; they carry no category). The held-out split is never read here.

The regularisation strength is chosen by 5-fold cross-validation grouped by template (a template's
renderings never straddle folds), for the recall of what ships, the model *and* the patterns of
patterns.py (the `layered` backend): each category's threshold is the lowest that keeps the benign
rows the patterns let through above it under FP_BUDGET (out-of-fold scores), never below 0.5, and C
is the one whose worst category is best, unless a stronger regularisation (smaller C) comes within
MARGIN of it.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from interceptors.toxicity_blocker.linear import MODEL, LinearModel, grams
from interceptors.toxicity_blocker.normalize import normalize
from interceptors.toxicity_blocker.patterns import matches

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
CATEGORIES = ["toxicity", "threat", "identity_attack", "insult", "sexual", "self_harm"]
HEAD_OF = {
    "threat": "threat",
    "identity_attack": "identity_attack",
    "harassment": "insult",
    "sexual": "sexual",
    "self_harm": "self_harm",
}
FP_BUDGET = 0.01
C_GRID = (0.3, 1.0, 3.0)
MARGIN = 0.03  # of worst per-category recall: about one standard error over the smallest category


def rows() -> list[dict]:
    tune = [
        r
        for r in map(json.loads, (DATA / "toxicity_set.jsonl").read_text().splitlines())
        if r["split"] == "tune"
    ]
    hand = map(json.loads, (DATA / "toxicity_labelled.jsonl").read_text().splitlines())
    extra = [
        {"text": r["text"], "toxic": r["toxic"], "category": None, "template": f"hand/{i}"}
        for i, r in enumerate(hand)
    ]
    return tune + extra


def labels(row: dict, head: str) -> float | None:
    """1, 0, or None (row not used for this head: a hand-written abusive row has no category)."""
    if not row["toxic"]:
        return 0.0
    if head == "toxicity":
        return 1.0
    if row["category"] is None:
        return None
    return float(HEAD_OF[row["category"]] == head)


def featurize(texts: list[str], vocabulary: dict[str, int] | None = None):
    counts = [grams(normalize(t)) for t in texts]
    if vocabulary is None:
        df = Counter(g for c in counts for g in c)
        vocabulary = {g: i for i, g in enumerate(sorted(g for g, n in df.items() if n >= 2))}
    idf = np.ones(len(vocabulary))
    df = Counter(g for c in counts for g in c if g in vocabulary)
    for g, i in vocabulary.items():
        idf[i] = math.log((1 + len(texts)) / (1 + df[g])) + 1
    X = np.zeros((len(texts), len(vocabulary)))
    for r, c in enumerate(counts):
        for g, n in c.items():
            if g in vocabulary:
                X[r, vocabulary[g]] = (1 + math.log(n)) * idf[vocabulary[g]]
        X[r] /= np.linalg.norm(X[r]) or 1.0
    return X, vocabulary, idf


def fit_heads(X: np.ndarray, data: list[dict], c: float) -> tuple[np.ndarray, np.ndarray]:
    coef, intercept = np.zeros((len(CATEGORIES), X.shape[1])), np.zeros(len(CATEGORIES))
    for k, head in enumerate(CATEGORIES):
        keep = [i for i, r in enumerate(data) if labels(r, head) is not None]
        y = [labels(data[i], head) for i in keep]
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(X[keep], y)
        coef[k], intercept[k] = model.coef_[0], model.intercept_[0]
    return coef, intercept


def out_of_fold(data: list[dict], c: float) -> np.ndarray:
    texts, groups = [r["text"] for r in data], [r["template"] for r in data]
    scores = np.zeros((len(data), len(CATEGORIES)))
    for train, test in GroupKFold(n_splits=5).split(texts, groups=groups):
        X, vocab, _ = featurize([texts[i] for i in train])
        coef, intercept = fit_heads(X, [data[i] for i in train], c)
        Xt, _, _ = featurize([texts[i] for i in test], vocab)
        scores[test] = 1 / (1 + np.exp(-(Xt @ coef.T + intercept)))
    return scores


def thresholds_and_recall(
    data: list[dict], scores: np.ndarray
) -> tuple[dict[str, float], tuple[float, float]]:
    """Thresholds, and the worst per-category out-of-fold recall with the patterns and without them."""
    patterned = np.array([bool(matches(normalize(r["text"]))) for r in data])
    benign = np.array([not r["toxic"] for r in data])
    left = benign & ~patterned  # benign rows only the model can still block
    out = {}
    for k, head in enumerate(CATEGORIES):
        ranked = np.sort(scores[left, k])[::-1]
        allowed = int(FP_BUDGET * benign.sum())
        out[head] = round(max(0.5, float(ranked[allowed]) + 1e-3), 3)
    model = (scores >= np.array([out[h] for h in CATEGORIES])).any(axis=1)
    abusive = [i for i, r in enumerate(data) if r["toxic"] and r["category"]]
    worst = []
    for blocked in (np.asarray(patterned | model), np.asarray(model)):
        per_category: dict[str, list[bool]] = {}
        for i in abusive:
            per_category.setdefault(data[i]["category"], []).append(blocked[i])
        worst.append(min(float(np.mean(v)) for v in per_category.values()))
    return out, (worst[0], worst[1])


def main() -> None:
    data = rows()
    best: tuple[float, tuple[float, float], dict[str, float]] | None = None
    for c in C_GRID:
        thresholds, worst = thresholds_and_recall(data, out_of_fold(data, c))
        print(
            f"C={c}: worst per-category out-of-fold recall with the patterns {worst[0]:.3f}, "
            f"the model alone {worst[1]:.3f}, thresholds {thresholds}"
        )
        # C_GRID ascends: a weaker regularisation must beat the stronger one by more than the noise
        # of out-of-fold recall to be chosen (the simpler model within one standard error)
        if best is None or worst[0] > best[1][0] + MARGIN:
            best = (c, worst, thresholds)
    assert best is not None, "C_GRID is empty"
    c, _, thresholds = best
    X, vocab, idf = featurize([r["text"] for r in data])
    coef, intercept = fit_heads(X, data, c)
    LinearModel(sorted(vocab, key=vocab.get), idf, coef, intercept, CATEGORIES, thresholds).save(MODEL)
    print(f"wrote {MODEL} (C={c}, {len(vocab)} features, thresholds {thresholds})")


if __name__ == "__main__":
    main()
