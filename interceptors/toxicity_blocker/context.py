"""Our second classifier: a small convolutional text classifier (spaCy's `textcat_multilabel`) that
reads each word in its neighbours' company, where the linear model of linear.py only counts words
and word pairs. "Can't wait to see you tonight" and "we'll see you tonight, you won't see it coming"
share their words; what sets them apart is context.

`train_context.py` trains it offline, on the same data as the linear model, and ships it in
model/context/ (~3 MB) with `combined.json`: how its scores and the linear model's are combined, and
the thresholds for the combined score, all chosen out-of-author. This module only loads and scores;
it needs spaCy (already a dependency of the PII anonymizer) and no language model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MODEL = Path(__file__).parent / "model" / "context"
COMBINED = "combined.json"
CATEGORIES = ("toxicity", "threat", "identity_attack", "insult", "sexual", "self_harm")


class ContextModelMissingError(RuntimeError):
    pass


class ContextModel:
    """Scores normalized texts: {category: probability} for the six CATEGORIES."""

    def __init__(self, nlp: Any, combined: dict):
        self.nlp = nlp
        self.rule: str = combined["rule"]
        self.thresholds: dict[str, float] = combined["thresholds"]
        self.linear_sha256: str = combined["linear_sha256"]

    @classmethod
    def load(cls, path: Path = MODEL) -> ContextModel:
        if not (path / "config.cfg").is_file() or not (path / COMBINED).is_file():
            raise ContextModelMissingError(
                f"context model not found in {path}. Run `python -m "
                "interceptors.toxicity_blocker.train_context` to build it."
            )
        try:
            import spacy
        except ImportError as exc:
            raise ContextModelMissingError(
                "The context model needs spaCy (`pip install spacy`, in this project's `toxicity` extra)."
            ) from exc
        nlp = spacy.load(path)
        return cls(nlp, json.loads((path / COMBINED).read_text()))

    def score(self, normalized: list[str]) -> list[dict[str, float]]:
        from interceptors.common.spacy_zone import MemoryZone

        # a long-running service sees new words all day: the zone forgets each call's strings
        with MemoryZone(self.nlp):
            return [{c: float(doc.cats[c]) for c in CATEGORIES} for doc in self.nlp.pipe(normalized)]


def combine(rule: str, linear: float, context: float) -> float:
    """One category's combined score. The rule is chosen by train_context.py, out-of-author."""
    if rule == "max":
        return max(linear, context)
    if rule == "mean":
        return (linear + context) / 2
    if rule == "min":
        return min(linear, context)
    raise ValueError(f"unknown combination rule {rule!r}")


RULES = ("max", "mean", "min")
