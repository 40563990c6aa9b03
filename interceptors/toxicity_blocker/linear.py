"""Our own classifier: one logistic regression per category over word 1-2-grams and character
3-5-grams (tf-idf) of the normalized text. `train.py` fits it; this module only scores, with numpy."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

MODEL = Path(__file__).parent / "model" / "linear.npz"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def grams(normalized: str) -> Counter:
    words = _WORD.findall(normalized)
    out = Counter(f"w:{w}" for w in words)
    out.update(f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for w in words:
        padded = f" {w} "
        out.update(f"c:{padded[i : i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1))
    return out


class LinearModel:
    def __init__(
        self,
        vocabulary: list[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        categories: list[str],
        thresholds: dict[str, float],
    ):
        self.index = {g: i for i, g in enumerate(vocabulary)}
        self.idf, self.coef, self.intercept = idf, coef, intercept
        self.categories, self.thresholds = tuple(categories), thresholds

    def vector(self, normalized: str) -> tuple[np.ndarray, np.ndarray]:
        hits = [(self.index[g], 1.0 + math.log(n)) for g, n in grams(normalized).items() if g in self.index]
        if not hits:
            return np.zeros(0, dtype=int), np.zeros(0)
        idx = np.fromiter((i for i, _ in hits), dtype=int, count=len(hits))
        val = np.fromiter((v for _, v in hits), dtype=float, count=len(hits)) * self.idf[idx]
        return idx, val / np.linalg.norm(val)

    def score(self, normalized: str) -> dict[str, float]:
        idx, val = self.vector(normalized)
        z = self.coef[:, idx] @ val + self.intercept
        return dict(zip(self.categories, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.index, key=lambda word: self.index[word])
        np.savez_compressed(
            path,
            vocabulary=np.array(vocab),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept,
            categories=np.array(self.categories),
            thresholds=np.array([self.thresholds[c] for c in self.categories]),
        )

    @classmethod
    def load(cls, path: Path = MODEL) -> LinearModel:
        with np.load(path, allow_pickle=False) as f:
            categories = [str(c) for c in f["categories"]]
            thresholds = dict(zip(categories, f["thresholds"].tolist(), strict=True))
            return cls(
                [str(v) for v in f["vocabulary"]],
                f["idf"].astype(float),
                f["coef"].astype(float),
                f["intercept"],
                categories,
                thresholds,
            )
