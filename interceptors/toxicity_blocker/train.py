"""Fit our own classifier (`linear` backend) offline, deterministically:

    python -m interceptors.toxicity_blocker.train     # rewrites model/linear.npz

Training data, all in this repository and written for it (no package we could install ships
labelled abusive text): the TUNE split of bench/data/toxicity_set.jsonl (bench/toxicity_eval/tune*.py,
eleven authors, rendered with seed 14) and the 227 hand-written texts of
bench/data/toxicity_labelled.jsonl (their abusive rows teach `toxicity` only; they carry no category).
The held-out and fresh splits are never read here.

What the model must do is generalise to authors it never saw, so it is validated the way it will be
used: leave one author out (every tune author's templates, and the hand-written texts, are held out in
turn; a template's renderings never straddle folds). On those out-of-author scores, for the model
*and* the patterns of patterns.py together (the `layered` backend), the per-category thresholds are
chosen jointly: the ones that block the most abuse of every kind ((mean + worst) per-category recall)
while all categories together, patterns included, block at most FP_BUDGET of the benign rows (of
every author's but the one blocked most: recall_and_fp); never below 0.5. The regularisation
strength C is the one whose thresholds do best, unless a stronger one
(smaller C) comes within MARGIN of it.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

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
FP_BUDGET = 0.05  # of benign rows blocked out-of-author, by the model and the patterns together
TRIMMED = 1  # authors left out of the budget (recall_and_fp): the one whose benign rows fare worst
C_GRID = (1.0, 3.0)
MARGIN = 0.01  # of the recall objective


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


def featurize(counts: list[Counter], vocabulary: dict[str, int] | None = None):
    """Rows of tf-idf (1 + log count, times idf), each scaled to unit length, as a sparse matrix.
    `counts` are `grams(normalize(text))` of each text; the vocabulary is every gram in two texts."""
    if vocabulary is None:
        df = Counter(g for c in counts for g in c)
        vocabulary = {g: i for i, g in enumerate(sorted(g for g, n in df.items() if n >= 2))}
    idf = np.ones(len(vocabulary))
    df = Counter(g for c in counts for g in c if g in vocabulary)
    for g, i in vocabulary.items():
        idf[i] = math.log((1 + len(counts)) / (1 + df[g])) + 1
    indptr: list[int] = [0]
    indices: list[int] = []
    values: list[float] = []
    for c in counts:
        row = [
            (vocabulary[g], (1 + math.log(n)) * idf[vocabulary[g]]) for g, n in c.items() if g in vocabulary
        ]
        norm = math.sqrt(sum(v * v for _, v in row)) or 1.0
        indices += [j for j, _ in row]
        values += [v / norm for _, v in row]
        indptr.append(len(indices))
    X = csr_matrix((values, indices, indptr), shape=(len(counts), len(vocabulary)))
    return X, vocabulary, idf


def fit_heads(X, data: list[dict], c: float) -> tuple[np.ndarray, np.ndarray]:
    coef, intercept = np.zeros((len(CATEGORIES), X.shape[1])), np.zeros(len(CATEGORIES))
    for k, head in enumerate(CATEGORIES):
        keep = [i for i, r in enumerate(data) if labels(r, head) is not None]
        y = [labels(data[i], head) for i in keep]
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(X[keep], y)
        coef[k], intercept[k] = model.coef_[0], model.intercept_[0]
    return coef, intercept


def author(row: dict) -> str:
    return row["template"].split("/")[0]  # tune, tune_b, ..., or hand


def out_of_author(
    data: list[dict], counts: list[Counter], grid: tuple[float, ...]
) -> dict[float, np.ndarray]:
    """Scores of every row by models that never saw its author, for each C."""
    scores = {c: np.zeros((len(data), len(CATEGORIES))) for c in grid}
    groups = [author(r) for r in data]
    for held in sorted(set(groups)):
        train = [i for i, g in enumerate(groups) if g != held]
        test = [i for i, g in enumerate(groups) if g == held]
        X, vocab, _ = featurize([counts[i] for i in train])
        Xt, _, _ = featurize([counts[i] for i in test], vocab)
        for c in grid:
            coef, intercept = fit_heads(X, [data[i] for i in train], c)
            scores[c][test] = 1 / (1 + np.exp(-(Xt @ coef.T + intercept)))
    return scores


def recall_and_fp(data: list[dict], blocked: np.ndarray) -> tuple[dict[str, float], float]:
    """Recall per kind of abuse, and the share of benign rows blocked that the budget counts: every
    author's but the TRIMMED authors' whose benign rows are blocked most. An author who wrote a kind of
    text nobody else did (conversations with an assistant, support for people in crisis) is blocked
    far more when held out than any other; counted, it alone would set every threshold, so the
    trainer would refuse what its rows teach. Its rows still teach."""
    per_category: dict[str, list[bool]] = {}
    benign: dict[str, list[bool]] = {}
    for r, b in zip(data, blocked, strict=True):
        if not r["toxic"]:
            benign.setdefault(author(r), []).append(bool(b))
        elif r["category"]:
            per_category.setdefault(r["category"], []).append(b)
    counted = sorted(benign.values(), key=np.mean)[: max(1, len(benign) - TRIMMED)]
    return {k: float(np.mean(v)) for k, v in per_category.items()}, float(np.mean(sum(counted, [])))


def thresholds(
    data: list[dict], scores: np.ndarray, patterned: np.ndarray, floor: float = 0.5
) -> tuple[dict[str, float], float, dict[str, float], float]:
    """Per-category thresholds, chosen jointly (coordinate search from equal benign quantiles): the
    best (mean + worst) per-category recall with at most FP_BUDGET of benign rows blocked; none
    below `floor`."""
    benign = np.array([not r["toxic"] for r in data])
    left = benign & ~patterned

    def outcome(th: np.ndarray) -> tuple[float, dict[str, float], float]:
        recall, fp = recall_and_fp(data, patterned | (scores >= th).any(axis=1))
        v = list(recall.values())
        return (-1.0 if fp > FP_BUDGET else (float(np.mean(v)) + min(v)) / 2), recall, fp

    def at_quantile(q: float) -> np.ndarray:
        return np.array(
            [max(floor, float(np.quantile(scores[left, k], 1 - q))) for k in range(len(CATEGORIES))]
        )

    lo, hi = 0.0, FP_BUDGET
    for _ in range(30):  # the largest equal benign quantile within the budget
        q = (lo + hi) / 2
        lo, hi = (q, hi) if outcome(at_quantile(q))[0] >= 0 else (lo, q)
    th = at_quantile(lo)
    best = outcome(th)[0]
    grid = np.round(np.arange(floor, 0.995, 0.01), 3)
    for _ in range(4):
        improved = False
        for k in range(len(CATEGORIES)):
            for g in grid:
                trial = th.copy()
                trial[k] = g
                value = outcome(trial)[0]
                if value > best + 1e-9:
                    best, th, improved = value, trial, True
        if not improved:
            break
    _, recall, fp = outcome(th)
    return {h: round(float(t), 3) for h, t in zip(CATEGORIES, th, strict=True)}, best, recall, fp


def select_linear(
    data: list[dict], counts: list[Counter], patterned: np.ndarray
) -> tuple[float, dict[str, float], np.ndarray]:
    """The regularisation C, its thresholds, and its out-of-author scores (train_context.py reads them)."""
    chosen: tuple[float, float, dict[str, float], np.ndarray] | None = None
    for c, scores in out_of_author(data, counts, C_GRID).items():
        th, value, recall, fp = thresholds(data, scores, patterned)
        print(
            f"C={c}: out-of-author recall {', '.join(f'{k} {v:.3f}' for k, v in recall.items())}; "
            f"benign blocked {fp:.3f}; thresholds {th}"
        )
        # C_GRID ascends: a weaker regularisation must beat the stronger one by more than MARGIN
        if chosen is None or value > chosen[1] + MARGIN:
            chosen = (c, value, th, scores)
    assert chosen is not None, "C_GRID is empty"
    c, _, th, scores = chosen
    return c, th, scores


def patterned_rows(data: list[dict]) -> np.ndarray:
    return np.array([bool(matches(normalize(r["text"]))) for r in data])


def main() -> None:
    data = rows()
    counts = [grams(normalize(r["text"])) for r in data]
    c, th, _ = select_linear(data, counts, patterned_rows(data))
    X, vocab, idf = featurize(counts)
    coef, intercept = fit_heads(X, data, c)
    LinearModel(sorted(vocab, key=vocab.get), idf, coef, intercept, CATEGORIES, th).save(MODEL)
    print(f"wrote {MODEL} (C={c}, {len(vocab)} features, thresholds {th})")
    print("Now run `python -m interceptors.toxicity_blocker.train_context`: it depends on this model.")


if __name__ == "__main__":
    main()
