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
import re
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

MODEL = Path(__file__).parent / "model" / "context"
COMBINED = "combined.json"
PIECE = 20_000  # characters the context model reads at once (spaCy refuses texts over 1,000,000)
ENCODER_HEADS = "encoder_heads.npz"
CATEGORIES = ("toxicity", "threat", "identity_attack", "insult", "sexual", "self_harm")
# A text of fewer words keeps the linear model's judgement (classifiers.Layered), in service and when
# train_context.py chooses the thresholds
SHORT_WORDS = 6
_WORD = re.compile(r"[^\W_]+")


# A text of more words is also read a few sentences at a time (classifiers.Layered): the word models
# weigh every word of a text together and the encoder averages over its words, so one abusive
# sentence after a benign paragraph scored like the paragraph
WINDOW_WORDS = 40
# Every run of this many words (overlapping by half) is a piece too: abuse without final punctuation
# runs into the next sentence ("it would be so easy to make this look like an accident The budget ...")
SLIDE_WORDS = 14
# At most this many pieces per text, half sentences and half runs of words: a text of over ~900 words
# is read in runs only, longer the longer it is, so that its cost stays a few times that of reading it
# whole
MAX_WINDOWS = 250
# The end of a sentence: punctuation (kept with its sentence) followed by whitespace, or a line break
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n+")


def is_short(text: str) -> bool:
    return len(_WORD.findall(text)) < SHORT_WORDS


# The words a conversation with an assistant is steered with ("go on", "stop", "fix line 5", "wait, go
# back", "shorter please", "this is wrong, try again"). A short text made only of them is an
# instruction about the answer, whatever the words could mean said to a person ("go on" and "stop"
# also end self-harm encouragement), so the models do not judge it; the patterns still do. Written as
# the vocabulary of steering an answer, after reading the tune split's short benign rows and before
# measuring any other split: no person ("you", "him", "me"), no body, no violence, no group, no verdict
# on anything but the answer ("wrong", "useless"), and no word that ends self-harm encouragement but
# "stop" ("end", "finish", "do": "go on, end it", "go on then, do it"). Prompts only: an answer that
# short is judged as any other text (classifiers.Layered.score_answers).
CONTROL_WORDS = frozenset(
    _WORD.findall(
        """
    a again ah ahead all also an and another answer anything back bad begin bit boring both bullet
    bullets but can change code continue correct could detail details didn different does doesn don done
    else example examples expand explain fine first fix format from further go going good great hello
    hey hi hm hmm how in incorrect instead is isn it its just keep last less let line lines list little
    long longer look make meh more much next nice no nope not now of oh ok okay on one only or other
    paragraph part pause perfect please pls plz point points previous redo remove repeat rephrase
    restart retry rewrite right s same second section see short shorter show simpler simplify skip so
    start step steps still stop summarise summarize sure t table than thank thanks that the then there
    these this those too translate try undo up use useless version very wait was wasn what when where
    which why with word words wrong yeah yep yes yet
    """
    )
)


def is_control(text: str) -> bool:
    """A short text made only of CONTROL_WORDS (and numbers): an instruction to the assistant."""
    words = _WORD.findall(text.lower())
    return 0 < len(words) < SHORT_WORDS and all(w in CONTROL_WORDS or w.isdecimal() for w in words)


def windows(text: str, words: int = WINDOW_WORDS) -> list[str]:
    """The sentences of a text of more than `words` words to read on their own as well (none for a
    shorter one), about the size of the texts the models learned from: every sentence of at least
    SHORT_WORDS words, and every two neighbouring sentences, so that abuse spread over two sentences is
    read together; a sentence of more than `words` words counts as overlapping pieces of `words`. None
    if there would be more than MAX_WINDOWS / 2 (a text of over ~900 words): slides() covers it."""
    if len(text.split()) <= words:
        return []
    step = words // 2
    pieces: list[tuple[int, list[str]]] = []  # (sentence, words)
    for k, sentence in enumerate(SENTENCE_END.split(text)):
        w = sentence.split()
        chunks = [w] if len(w) <= words else [w[i : i + words] for i in range(0, len(w) - step, step)]
        pieces += [(k, c) for c in chunks if c]
    out = [" ".join(w) for _, w in pieces if len(w) >= SHORT_WORDS]
    # two neighbouring sentences (the pieces of one long sentence already overlap)
    out += [" ".join(a + b) for (i, a), (j, b) in zip(pieces, pieces[1:], strict=False) if i != j]
    out = list(dict.fromkeys(out))
    return out if len(out) <= MAX_WINDOWS // 2 else []


def slides(text: str, words: int = WINDOW_WORDS) -> list[str]:
    """Every run of SLIDE_WORDS words of a text of more than `words` words, overlapping by half,
    whatever its punctuation: abuse whose sentence has no end runs into the next one. At most
    MAX_WINDOWS / 2 of them: in a text of over ~900 words the runs grow with it."""
    w = text.split()
    if len(w) <= words:
        return []
    step = max(SLIDE_WORDS // 2, -(-len(w) // (MAX_WINDOWS // 2)))
    return [" ".join(w[i : i + 2 * step]) for i in range(0, max(1, len(w) - step), step)]


class ContextModelMissingError(RuntimeError):
    pass


class ContextModel:
    """Scores normalized texts: {category: probability} for the six CATEGORIES."""

    def __init__(self, nlp: Any, combined: dict):
        self.nlp = nlp
        self.rule: str = combined["rule"]
        self.thresholds: dict[str, float] = combined["thresholds"]
        self.linear_sha256: str = combined["linear_sha256"]
        self.uses_encoder = self.rule in USES_ENCODER
        self.encoder_gate: float = (combined.get("encoder") or {}).get("gate", 0.0)

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
        from interceptors.common.spacy_zone import MemoryZone, tokenizable

        # a long text is read in pieces, and a category scores its highest piece
        pieces = [[t[i : i + PIECE] for i in range(0, len(t), PIECE)] or [""] for t in normalized]
        out = []
        # a long-running service sees new words all day: the zone forgets each call's strings
        with MemoryZone(self.nlp):
            docs = iter(self.nlp.pipe(tokenizable(p) for ps in pieces for p in ps))
            for ps in pieces:
                scored = [doc.cats for doc in islice(docs, len(ps))]
                out.append({c: float(max(cats[c] for cats in scored)) for c in CATEGORIES})
        return out


# How one category's scores are combined: linear (w, for words), context (x) and, for the rules
# that use it, the sentence encoder's heads (s). train_context.py chooses one, out-of-author.
RULES = {
    "max": lambda w, x, s: max(w, x),
    "mean": lambda w, x, s: (w + x) / 2,
    "min": lambda w, x, s: min(w, x),
    # both word models must agree, and the encoder, which reads meaning, has half the say
    "min, then mean with encoder": lambda w, x, s: (min(w, x) + s) / 2,
    "mean of three": lambda w, x, s: (w + x + s) / 3,
}
USES_ENCODER = ("min, then mean with encoder", "mean of three")


def needs_encoder(linear: np.ndarray, context: np.ndarray, gate: float) -> np.ndarray:
    """Per row (text): does some category score at least `gate` with both word models?"""
    return np.minimum(linear, context).max(axis=-1) >= gate


def gated(linear: np.ndarray, context: np.ndarray, encoder: np.ndarray, gate: float) -> np.ndarray:
    """The encoder's scores where it runs, 0 where the word models both say no to every category."""
    return np.where(needs_encoder(linear, context, gate)[:, None], encoder, 0.0)


def combine(rule: str, linear: float, context: float, encoder: float | None = None) -> float:
    """One category's combined score."""
    if rule not in RULES:
        raise ValueError(f"unknown combination rule {rule!r}")
    if rule in USES_ENCODER and encoder is None:
        raise ValueError(f"rule {rule!r} needs the encoder's score")
    return RULES[rule](linear, context, encoder)
