"""Toxicity classifiers behind one small interface, loaded once per process, offline.

A backend is a class with `categories`, `default_thresholds` and `score(texts) -> [{category:
probability}]`; register it in BACKENDS. Categories are named as detoxify names them (toxicity,
threat, identity_attack, insult, sexual, self_harm, ...); a backend lists only those it scores.
Nothing here downloads: a backend whose files are missing refuses to start and says how to provide
them.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

import numpy as np

from interceptors.toxicity_blocker.context import is_control, slides, windows
from interceptors.toxicity_blocker.normalize import normalize
from interceptors.toxicity_blocker.patterns import matches, unquoted

if TYPE_CHECKING:
    from interceptors.toxicity_blocker.context import ContextModel
    from interceptors.toxicity_blocker.encoder import EncoderHeads


class ClassifierUnavailableError(RuntimeError):
    """The classifier cannot be loaded; the message says how to fix it."""


class Classifier(Protocol):
    categories: tuple[str, ...]
    default_thresholds: dict[str, float]

    def score(self, texts: list[str]) -> list[dict[str, float]]: ...


class ProfanityCheck:
    """`alt-profanity-check`: five linear SVMs over word n-grams, each sigmoid-calibrated, trained on
    toxic comments and shipped inside the package. One probability (`toxicity`).

    The package's `predict_prob` spends ~3 ms per call in scikit-learn's checks around five tiny dot
    products, so we compute the same thing directly: one sparse product with the five weight vectors,
    the five calibration sigmoids, their mean (equal to `predict_prob` to 1e-15; a test checks)."""

    categories: ClassVar[tuple[str, ...]] = ("toxicity",)
    default_thresholds: ClassVar[dict[str, float]] = {"toxicity": 0.8}

    def __init__(self, **_: object):
        try:
            import numpy as np
            from profanity_check import profanity_check as package
        except ImportError as exc:
            raise ClassifierUnavailableError(
                "The default backend needs `pip install alt-profanity-check` (in this project's "
                "`toxicity` extra)."
            ) from exc
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
    """`detoxify` (Unitary's BERT-family models, Apache-2.0): up to seven categories. Weights come
    from a local checkpoint file and the tokenizer/config from a local Hugging Face directory; both
    must exist. We load them ourselves (detoxify's own loader asks the hub for the base model's
    config even when given a local directory) and run the model on the CPU."""

    KNOWN: ClassVar[tuple[str, ...]] = (
        "toxicity",
        "severe_toxicity",
        "obscene",
        "threat",
        "insult",
        "identity_attack",
        "sexual_explicit",
    )
    RENAMED: ClassVar[dict[str, str]] = {
        "toxic": "toxicity",
        "identity_hate": "identity_attack",
        "severe_toxic": "severe_toxicity",
    }
    THRESHOLDS: ClassVar[dict[str, float]] = {
        "toxicity": 0.8,
        "threat": 0.5,
        "identity_attack": 0.5,
        "insult": 0.8,
        "sexual_explicit": 0.5,
    }

    def __init__(
        self,
        checkpoint: str | None = None,
        config_dir: str | None = None,
        model_type: str = "unbiased",
        **_: object,
    ):
        how = (
            "Download the checkpoint once where the Internet is reachable (for example "
            "https://github.com/unitaryai/detoxify/releases, `toxic_debiased-c7548aa0.ckpt` for "
            "`unbiased`) and the tokenizer/config directory of its base model (`roberta-base` for "
            "`unbiased`, `bert-base-uncased` for `original`), mount both, and set "
            "TOXICITY_DETOXIFY_CHECKPOINT and TOXICITY_DETOXIFY_CONFIG to their paths. The service never "
            "downloads them itself."
        )
        if not checkpoint or not Path(checkpoint).is_file():
            where = checkpoint or "(TOXICITY_DETOXIFY_CHECKPOINT is not set)"
            raise ClassifierUnavailableError(f"detoxify checkpoint not found: {where}. {how}")
        if not config_dir or not Path(config_dir).is_dir():
            where = config_dir or "(TOXICITY_DETOXIFY_CONFIG is not set)"
            raise ClassifierUnavailableError(f"detoxify tokenizer/config directory not found: {where}. {how}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch
            from detoxify.detoxify import get_model_and_tokenizer
        except ImportError as exc:
            raise ClassifierUnavailableError(
                "The detoxify backend needs `pip install detoxify torch`."
            ) from exc
        loaded = torch.load(checkpoint, map_location="cpu", weights_only=True)
        if "config" not in loaded or "state_dict" not in loaded:
            raise ClassifierUnavailableError(
                f"{checkpoint} is not a detoxify checkpoint (no config and state_dict)."
            )
        args = {**loaded["config"]["arch"]["args"], "model_type": config_dir}  # never the hub's name
        self._model, self._tokenizer = get_model_and_tokenizer(
            **args, state_dict=loaded["state_dict"], huggingface_config_path=config_dir
        )
        self._model.eval()
        self._torch = torch
        self._names = [self.RENAMED.get(c, c) for c in loaded["config"]["dataset"]["args"]["classes"]]
        self.model_type = model_type
        self.categories = tuple(c for c in self.KNOWN if c in self._names)
        self.default_thresholds = {c: t for c, t in self.THRESHOLDS.items() if c in self.categories}

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        with self._torch.no_grad():
            inputs = self._tokenizer(texts, return_tensors="pt", truncation=True, padding=True)
            raw = self._torch.sigmoid(self._model(**inputs)[0]).tolist()
        return [{c: p for c, p in zip(self._names, row, strict=True) if c in self.categories} for row in raw]


class Linear:
    """Our own classifier (linear.py, trained by train.py on this repository's data, shipped in
    model/linear.npz): toxicity, threat, identity_attack, insult, sexual, self_harm."""

    def __init__(self, model_path: str | None = None, **_: object):
        from interceptors.toxicity_blocker.linear import MODEL, LinearModel

        path = Path(model_path) if model_path else MODEL
        if not path.is_file():
            raise ClassifierUnavailableError(
                f"linear model not found: {path}. Run `python -m "
                "interceptors.toxicity_blocker.train` to build it."
            )
        self.model = LinearModel.load(path)
        self.categories = self.model.categories
        self.default_thresholds = dict(self.model.thresholds)

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        return [self.model.score(normalize(t)) for t in texts]


# A piece of a long text read on its own counts this much less than a text of that length would: out
# of its text's company, a sentence is read as if it were all the user wrote (chosen on the tune split)
WINDOW_MARGIN = 0.35


def moved(score: float, threshold: float, target: float) -> float:
    """A score in [0, 1] moved, piecewise linearly, so that `threshold` lands on `target` (0 and 1 stay)."""
    if score < threshold:
        return score * target / threshold
    return target + (1 - target) * (score - threshold) / (1 - threshold)


class Layered(Linear):
    """The default: three models of our own and the patterns of patterns.py. The linear model
    (linear.py) counts words; the context model (context.py) reads them in their neighbours'
    company; the sentence encoder (encoder.py) reads what the text means, whatever its words. Per
    category their scores are combined by the rule train_context.py chose out-of-author, and judged
    by the thresholds it chose with it. A pattern match scores 1.0 in its category, a second opinion
    for short direct threats and dehumanising statements.

    `context=False` (backend `layered-linear`, the default before the two newer models) leaves them
    out and uses the linear model's own thresholds. With `profanity=True` (measured in
    bench/toxicity.py, not the default: it adds false positives on surnames and places),
    alt-profanity-check is a floor under `toxicity`, rescaled so that its own 0.8 lands on our
    `toxicity` threshold."""

    def __init__(
        self,
        profanity: bool = False,
        model_path: str | None = None,
        context: bool = True,
        context_path: str | None = None,
        windows: bool = True,
        **options: object,
    ):
        super().__init__(model_path, **options)
        self.windows = windows  # False: long texts read whole only (measured in bench/toxicity.py)
        self.profanity = ProfanityCheck() if profanity else None
        self.context: ContextModel | None
        self.encoder: EncoderHeads | None
        self.context, self.encoder = (
            self._context(Path(model_path) if model_path else None, context_path) if context else (None, None)
        )
        if self.context:
            self.default_thresholds = dict(self.context.thresholds)

    @staticmethod
    def _context(linear_path: Path | None, context_path: str | None):
        from interceptors.toxicity_blocker import context, encoder, linear

        directory = Path(context_path) if context_path else context.MODEL
        try:
            model = context.ContextModel.load(directory)
            heads = (
                encoder.EncoderHeads.load(directory / context.ENCODER_HEADS) if model.uses_encoder else None
            )
        except (context.ContextModelMissingError, encoder.EncoderMissingError) as exc:
            raise ClassifierUnavailableError(str(exc)) from exc
        linear_bytes = (linear_path or linear.MODEL).read_bytes()
        if hashlib.sha256(linear_bytes).hexdigest() != model.linear_sha256:
            raise ClassifierUnavailableError(
                "the context model's thresholds were chosen with another linear model; run `python -m "
                "interceptors.toxicity_blocker.train_context` after `python -m "
                "interceptors.toxicity_blocker.train`."
            )
        return model, heads

    def _floor(self, p: float) -> float:
        return moved(p, 0.8, self.default_thresholds["toxicity"])

    def score_answers(self, texts: list[str]) -> list[dict[str, float]]:
        """Answers: as prompts, but a short answer of steering words ("Go on.") is judged like any text."""
        return self.score(texts, steering=False)

    def score(self, texts: list[str], steering: bool = True) -> list[dict[str, float]]:
        """A text of more than context.WINDOW_WORDS words is also read in pieces, and each category
        scores its highest reading: one abusive sentence after a benign paragraph otherwise scored
        like the paragraph. Its sentences and pairs of sentences (context.windows) are read by the
        models and the patterns, each with the words around it in its sentences: a discussion word or
        a question elsewhere in a long text does not excuse a threat. Its runs of words
        (context.slides), cut mid-sentence, are read by the models only, and cut from the text without
        the quotes it reports or asks about: out of its sentence, a reported quote would read as said."""
        pieces: list[tuple[int, str, bool]] = []  # (text, piece, a run)
        for i in range(len(texts) if self.windows else 0):
            read = normalize(texts[i])
            pieces += [(i, p, False) for p in windows(read)] + [(i, p, True) for p in slides(unquoted(read))]
        out = self._score(list(texts), steering=steering)
        for patterns in (True, False):
            chosen = [(i, p) for i, p, run in pieces if run != patterns]
            scored = self._score([p for _, p in chosen], patterns=patterns) if chosen else []
            for (i, _), scores in zip(chosen, scored, strict=True):
                out[i] = {c: max(s, scores[c] - WINDOW_MARGIN) for c, s in out[i].items()}
        return out

    def _score(
        self, texts: list[str], patterns: bool = True, steering: bool = True
    ) -> list[dict[str, float]]:
        normalized = [normalize(t) for t in texts]
        # abuse quoted in order to report it or ask about it ("a stranger wrote 'go kill yourself'
        # under my son's video"): the models read the words around the quote, as the patterns do
        read = [unquoted(t) for t in normalized]
        profane = self.profanity.score(normalized) if self.profanity else [{}] * len(texts)
        out = [self.model.score(words) for words in read]
        if self.context is not None and texts:
            out = self._with_context(read, out)
        for i, text in enumerate(read):
            if steering and is_control(text):  # "go on", "fix line 5": an instruction to the assistant
                out[i] = dict.fromkeys(out[i], 0.0)
        for scores, text, p in zip(out, normalized, profane, strict=True):
            for category, s in (matches(text) if patterns else {}).items():
                scores[category] = max(scores[category], s)
            if p:
                scores["toxicity"] = max(scores["toxicity"], self._floor(p["toxicity"]))
        return out

    def _with_context(self, read: list[str], words: list[dict[str, float]]) -> list[dict[str, float]]:
        """The combined scores; a text of fewer than context.SHORT_WORDS words keeps the linear model's
        judgement (put on the combined thresholds' scale): out of author, the combination blocks twice
        as many short benign rows ("go on", "why?", "shorter") as the linear model alone."""
        out = [self._rescaled(w) for w in words]
        from interceptors.toxicity_blocker.context import is_short

        full = [i for i, t in enumerate(read) if not is_short(t)]
        if full:
            for i, scores in zip(
                full, self._combined([read[i] for i in full], [words[i] for i in full]), strict=True
            ):
                out[i] = scores
        return out

    def _rescaled(self, scores: dict[str, float]) -> dict[str, float]:
        """The linear model's scores, moved so that its own thresholds land on the combined ones."""
        return {c: moved(s, self.model.thresholds[c], self.default_thresholds[c]) for c, s in scores.items()}

    def _combined(self, read: list[str], words: list[dict[str, float]]) -> list[dict[str, float]]:
        from interceptors.toxicity_blocker.context import CATEGORIES, combine, needs_encoder

        assert self.context is not None
        linear = np.array([[w[c] for c in CATEGORIES] for w in words])
        context = np.array([[x[c] for c in CATEGORIES] for x in self.context.score(read)])
        meaning = np.zeros_like(linear)
        if self.encoder is not None:
            # the encoder is the slow one: it reads only what both word models find some sign of
            run = np.flatnonzero(needs_encoder(linear, context, self.context.encoder_gate))
            if len(run):
                meaning[run] = self.encoder.score([read[i] for i in run])
        rule = self.context.rule
        return [
            {
                c: combine(rule, float(w), float(x), float(m) if self.encoder else None)
                for c, w, x, m in zip(CATEGORIES, *row, strict=True)
            }
            for row in zip(linear, context, meaning, strict=True)
        ]


class HateSonar:
    """`hatesonar` (MIT; a tf-idf logistic regression trained on Davidson et al.'s tweets, shipped
    as ONNX inside the package): hate speech -> identity_attack, offensive -> insult, and toxicity
    = 1 - P(neither). Its graph asks for the en_US.UTF-8 locale; we run it under C.UTF-8."""

    categories: ClassVar[tuple[str, ...]] = ("toxicity", "identity_attack", "insult")
    default_thresholds: ClassVar[dict[str, float]] = {"toxicity": 0.5}

    def __init__(self, **_: object):
        try:
            import numpy as np
            import onnx
            import onnxruntime
            from hatesonar.api import DEFAULT_MODEL_FILE
        except ImportError as exc:
            raise ClassifierUnavailableError("The hatesonar backend needs `pip install hatesonar`.") from exc
        graph = onnx.load(str(DEFAULT_MODEL_FILE))
        for node in graph.graph.node:
            if node.op_type == "StringNormalizer":
                node.attribute.append(onnx.helper.make_attribute("locale", "C.UTF-8"))
        self._np = np
        self._session = onnxruntime.InferenceSession(
            graph.SerializeToString(), providers=["CPUExecutionProvider"]
        )

    def score(self, texts: list[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        _, probabilities = self._session.run(None, {"text": self._np.array(texts, dtype=object)})
        return [{"toxicity": 1.0 - p[2], "identity_attack": p[0], "insult": p[1]} for p in probabilities]


class LayeredLinear(Layered):
    """`layered` without the context model and the encoder: the linear model and the patterns."""

    def __init__(self, **options: Any):
        super().__init__(**{**options, "context": False})


BACKENDS: dict[str, type] = {
    "layered": Layered,
    "layered-linear": LayeredLinear,
    "linear": Linear,
    "profanity-check": ProfanityCheck,
    "hatesonar": HateSonar,
    "detoxify": Detoxify,
}
DEFAULT_BACKEND = "layered"


def load_classifier(backend: str, **options: object) -> Classifier:
    if backend not in BACKENDS:
        raise ClassifierUnavailableError(
            f"unknown toxicity backend {backend!r}; choose one of: {', '.join(sorted(BACKENDS))}"
        )
    return BACKENDS[backend](**options)
