"""Fine-tune the sentence encoder for our six categories (training only; needs torch, which the
service does not: `pip install torch==2.13.0`, in the `toxicity-backends` extra).

A logistic regression over the frozen encoder's vectors can only weigh what all-MiniLM-L6-v2 already
tells apart, and it was trained to tell topics apart, not warmth from menace: "I'll be there tonight,
don't worry" and "I'll be there tonight, you should worry" land close together. Here the encoder
itself learns. Each of its layers' four weight matrices gets a low-rank update (LoRA: W + A·B, A and
B of rank RANK, B starting at zero, so training starts from the published encoder) and its
LayerNorms are trained too; one logistic head per category reads the mean of the last layer, at unit
length, times SCALE. The embeddings stay as published.

What ships is the update, not a copy of the encoder (~0.6 MB in model/context/encoder_heads.npz):
encoder.Encoder adds A·B to the published weights when it loads, so the service runs the same
numpy forward as before, at the same cost. Deterministic: seeded, one order of batches, torch's
deterministic algorithms, the same number of threads.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from interceptors.toxicity_blocker.context import CATEGORIES
from interceptors.toxicity_blocker.encoder import ATTENTION_HEADS, Encoder

RANK = 8
EPOCHS = 3
LEARNING_RATE = 5e-4
WEIGHT_DECAY = 0.01
WARMUP = 50  # steps
BATCH = 32
SCALE = 20.0  # the heads read the unit vector times this: logits of a useful size from the start
SEED = 0
THREADS = 2
MATRICES = ("qkv", "out", "up", "down")  # the order of encoder.Encoder's layer tuples' weights
NORMS = ("norm1", "norm2")


class _Adapted(nn.Module):
    """x W + b + (x A) B, W and b frozen: the published weights ((in, out), as the forward multiplies)."""

    def __init__(self, w: np.ndarray, b: np.ndarray, rank: int):
        super().__init__()
        self.w = nn.Parameter(torch.tensor(w), requires_grad=False)
        self.b = nn.Parameter(torch.tensor(b), requires_grad=False)
        self.a = nn.Parameter(torch.randn(w.shape[0], rank) / math.sqrt(w.shape[0]))
        self.up = nn.Parameter(torch.zeros(rank, w.shape[1]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x @ self.w + self.b + (x @ self.a) @ self.up


def _norm(weight: np.ndarray, bias: np.ndarray, trained: bool) -> nn.LayerNorm:
    layer = nn.LayerNorm(len(weight), eps=1e-12)
    layer.weight.data, layer.bias.data = torch.tensor(weight.copy()), torch.tensor(bias.copy())
    layer.requires_grad_(trained)
    return layer


class _Block(nn.Module):
    def __init__(self, layer: tuple, rank: int) -> None:
        super().__init__()
        qkv, qkv_b, out_w, out_b, norm1, up_w, up_b, down_w, down_b, norm2 = layer
        self.qkv, self.out = _Adapted(qkv, qkv_b, rank), _Adapted(out_w, out_b, rank)
        self.up, self.down = _Adapted(up_w, up_b, rank), _Adapted(down_w, down_b, rank)
        self.norm1, self.norm2 = _norm(norm1[0], norm1[1], True), _norm(norm2[0], norm2[1], True)


class Network(nn.Module):
    """The encoder's layers as encoder.Encoder runs them, each adapted, and the heads."""

    def __init__(self, encoder: Encoder, rank: int) -> None:
        super().__init__()
        self.word = nn.Parameter(torch.tensor(encoder.word), requires_grad=False)
        self.position = nn.Parameter(torch.tensor(encoder.position), requires_grad=False)
        self.type0 = nn.Parameter(torch.tensor(encoder.type0), requires_grad=False)
        self.norm = _norm(*encoder.norm, trained=False)
        self.blocks = [_Block(layer, rank) for layer in encoder.layers]
        for i, block in enumerate(self.blocks):
            self.add_module(f"block{i}", block)
        self.head = nn.Linear(encoder.word.shape[1], len(CATEGORIES))

    def forward(self, tokens: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, n = tokens.shape
        d = self.word.shape[1]
        h = d // ATTENTION_HEADS
        x = self.norm(self.word[tokens] + self.position[:n] + self.type0)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for block in self.blocks:
            q, k, v = (
                t.reshape(b, n, ATTENTION_HEADS, h).transpose(1, 2) for t in block.qkv(x).chunk(3, dim=-1)
            )
            scores = q @ k.transpose(-1, -2) / math.sqrt(h) + bias
            context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
            x = block.norm1(x + block.out(context))
            x = block.norm2(x + block.down(nn.functional.gelu(block.up(x), approximate="tanh")))
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        pooled = pooled / pooled.norm(dim=1, keepdim=True).clamp_min(1e-12)
        return self.head(pooled * SCALE)


def _tensors(ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(len(t) for t in ids)
    tokens = torch.zeros(len(ids), n, dtype=torch.long)
    mask = torch.zeros(len(ids), n)
    for i, t in enumerate(ids):
        tokens[i, : len(t)] = torch.tensor(t)
        mask[i, : len(t)] = 1
    return tokens, mask


def _batches(ids: list[list[int]], rng: np.random.Generator) -> list[list[int]]:
    """Shuffled batches of texts of similar length (sorted within windows of 50 batches)."""
    order = [int(i) for i in rng.permutation(len(ids))]
    window = BATCH * 50
    out = []
    for start in range(0, len(order), window):
        part = sorted(order[start : start + window], key=lambda i: len(ids[i]))
        out += [part[j : j + BATCH] for j in range(0, len(part), BATCH)]
    return [out[i] for i in rng.permutation(len(out))]


def fit(encoder: Encoder, texts: list[str], y: np.ndarray, known: np.ndarray) -> dict[str, np.ndarray]:
    """Train on `texts` (labels y, one column per category; `known` marks the labels to learn from) and
    return what encoder.EncoderHeads.save ships: the heads and the encoder's update."""
    return export(train_network(encoder, texts, y, known))


def train_network(encoder: Encoder, texts: list[str], y: np.ndarray, known: np.ndarray) -> Network:
    torch.manual_seed(SEED)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)
    rng = np.random.default_rng(SEED)
    ids = [encoder.tokenizer.encode(t) for t in texts]
    network = Network(encoder, RANK)
    positive, negative = (y * known).sum(0), ((1 - y) * known).sum(0)
    balance = torch.tensor(negative / np.maximum(positive, 1), dtype=torch.float32)
    trained = [p for p in network.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trained, lr=LEARNING_RATE, weight_decay=WEIGHT_DECAY)
    steps = EPOCHS * math.ceil(len(ids) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / WARMUP) * max(0.0, 1 - s / steps)
    )
    y_t, known_t = torch.tensor(y, dtype=torch.float32), torch.tensor(known, dtype=torch.float32)
    for _ in range(EPOCHS):
        for batch in _batches(ids, rng):
            logits = network(*_tensors([ids[i] for i in batch]))
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, y_t[batch], pos_weight=balance, reduction="none"
            )
            loss = (loss * known_t[batch]).sum() / known_t[batch].sum().clamp_min(1)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
    return network


def probabilities(network: Network, encoder: Encoder, texts: list[str]) -> np.ndarray:
    """The trained network's own scores (tests compare them with the numpy encoder's)."""
    with torch.no_grad():
        logits = network.eval()(*_tensors([encoder.tokenizer.encode(t) for t in texts]))
    return torch.sigmoid(logits).numpy()


def export(network: Network) -> dict[str, np.ndarray]:
    out = {
        "coef": (network.head.weight.detach() * SCALE).numpy().astype(np.float32),
        "intercept": network.head.bias.detach().numpy().astype(np.float32),
    }
    for i, block in enumerate(network.blocks):
        for name in MATRICES:
            adapted = getattr(block, name)
            out[f"adapter.{i}.{name}.a"] = adapted.a.detach().numpy().copy()
            out[f"adapter.{i}.{name}.b"] = adapted.up.detach().numpy().copy()
        for name in NORMS:
            layer = getattr(block, name)
            out[f"adapter.{i}.{name}.weight"] = layer.weight.detach().numpy().copy()
            out[f"adapter.{i}.{name}.bias"] = layer.bias.detach().numpy().copy()
    return out
