"""Toxicity classifiers behind one small interface, loaded once per process, offline.

A backend is a class with `categories` and `score(texts) -> [{category: probability}]`; register it
in BACKENDS. Nothing here downloads: a backend whose files are missing refuses to start and says
how to provide them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar, Protocol


class ClassifierUnavailableError(RuntimeError):
    """The classifier cannot be loaded; the message says how to fix it."""


class Classifier(Protocol):
    categories: tuple[str, ...]

    def score(self, texts: list[str]) -> list[dict[str, float]]: ...


class ProfanityCheck:
    """`alt-profanity-check`: five linear SVMs over word n-grams, each sigmoid-calibrated, trained on
    toxic comments and shipped inside the package. One probability (`toxicity`).

    The package's `predict_prob` spends ~3 ms per call in scikit-learn's checks around five tiny dot
    products, so we compute the same thing directly: one sparse product with the five weight vectors,
    the five calibration sigmoids, their mean (equal to `predict_prob` to 1e-15; a test checks)."""

    categories: ClassVar[tuple[str, ...]] = ("toxicity",)

    def __init__(self, **_: object):
        try:
            import numpy as np
            from profanity_check import profanity_check as package
        except ImportError as exc:
            raise ClassifierUnavailableError(
                "The default backend needs `pip install alt-profanity-check` (in this project's "
                "`toxicity` extra).") from exc
        fitted = package.model.calibrated_classifiers_
        self._np, self._vectorizer = np, package.vectorizer
        self._weights = np.stack([c.estimator.coef_.ravel() for c in fitted], axis=1)
        self._bias = np.array([c.estimator.intercept_[0] for c in fitted])
        self._a = np.array([c.calibrators[0].a_ for c in fitted])
        self._b = np.array([c.calibrators[0].b_ for c in fitted])

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        decision = self._vectorizer.transform(texts) @ self._weights + self._bias
        probability = (1.0 / (1.0 + self._np.exp(self._a * decision + self._b))).mean(axis=1)
        return [{"toxicity": float(p)} for p in probability]


class Detoxify:
    """`detoxify` (Unitary's BERT models): seven categories. Weights come from a local checkpoint
    file and the tokenizer/config from a local Hugging Face directory; both must exist."""

    categories: ClassVar[tuple[str, ...]] = (
        "toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack", "sexual_explicit")

    def __init__(self, checkpoint: str | None = None, config_dir: str | None = None,
                 model_type: str = "unbiased", **_: object):
        how = ("Download the checkpoint once where the Internet is reachable (for example "
               "https://github.com/unitaryai/detoxify/releases, `toxic_debiased-c7548aa0.ckpt` for "
               "`unbiased`) and the tokenizer/config directory of its base model (`roberta-base` for "
               "`unbiased`, `bert-base-uncased` for `original`), mount both, and set "
               "TOXICITY_DETOXIFY_CHECKPOINT and TOXICITY_DETOXIFY_CONFIG to their paths. The service never "
               "downloads them itself.")
        if not checkpoint or not Path(checkpoint).is_file():
            where = checkpoint or "(TOXICITY_DETOXIFY_CHECKPOINT is not set)"
            raise ClassifierUnavailableError(f"detoxify checkpoint not found: {where}. {how}")
        if not config_dir or not Path(config_dir).is_dir():
            where = config_dir or "(TOXICITY_DETOXIFY_CONFIG is not set)"
            raise ClassifierUnavailableError(f"detoxify tokenizer/config directory not found: {where}. {how}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import detoxify
        except ImportError as exc:
            raise ClassifierUnavailableError(
                "The detoxify backend needs `pip install detoxify torch`.") from exc
        self._model = detoxify.Detoxify(model_type, checkpoint=checkpoint, huggingface_config_path=config_dir,
                                        device="cpu")

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        raw = self._model.predict(texts)
        return [{c: float(raw[c][i]) for c in self.categories if c in raw} for i in range(len(texts))]


BACKENDS: dict[str, type] = {"profanity-check": ProfanityCheck, "detoxify": Detoxify}


def load_classifier(backend: str, **options: object) -> Classifier:
    if backend not in BACKENDS:
        raise ClassifierUnavailableError(
            f"unknown toxicity backend {backend!r}; choose one of: {', '.join(sorted(BACKENDS))}")
    return BACKENDS[backend](**options)
