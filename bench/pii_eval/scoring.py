"""Scoring masks against gold spans, character by character over letters and digits.

A gold span of the scored tiers LEAKS when fewer than half of its letters and digits are covered by
predicted spans. Over-masking is the share of letters and digits outside every gold span (of any
tier, "ignore" included) that predicted spans cover.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bench.pii_eval.core import Doc

_ALNUM = re.compile(r"[^\W_]")
ALL = "ALL"


@dataclass(frozen=True)
class Leak:
    shape: str
    entity: str
    value: str
    context: str  # a few characters either side, the value in «»
    template: str
    split: str
    doc: int  # index in the scored list


@dataclass
class Report:
    tiers: tuple[str, ...]
    gold: Counter = field(default_factory=Counter)  # shape or ALL -> scored gold spans
    leaked: Counter = field(default_factory=Counter)
    gold_by_entity: Counter = field(default_factory=Counter)
    leaked_by_entity: Counter = field(default_factory=Counter)
    outside: Counter = field(default_factory=Counter)  # shape or ALL -> alnum chars outside gold
    overmasked: Counter = field(default_factory=Counter)
    leaks: list[Leak] = field(default_factory=list)

    def leak_rate(self, shape: str = ALL) -> float:
        return self.leaked[shape] / self.gold[shape] if self.gold[shape] else 0.0

    def entity_leak_rate(self, entity: str) -> float:
        n = self.gold_by_entity[entity]
        return self.leaked_by_entity[entity] / n if n else 0.0

    def overmask(self, shape: str = ALL) -> float:
        return self.overmasked[shape] / self.outside[shape] if self.outside[shape] else 0.0

    @property
    def leak_by_shape(self) -> dict[str, float]:
        return {s: self.leak_rate(s) for s in self.gold if s != ALL} | {ALL: self.leak_rate()}

    @property
    def leak_by_entity(self) -> dict[str, float]:
        return {e: self.entity_leak_rate(e) for e in sorted(self.gold_by_entity)}

    @property
    def overmask_by_shape(self) -> dict[str, float]:
        return {s: self.overmask(s) for s in self.outside if s != ALL} | {ALL: self.overmask()}


def _covered(n: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    out = bytearray(n)
    for start, end in spans:
        start, end = max(0, start), min(n, end)
        if end > start:
            out[start:end] = b"\x01" * (end - start)
    return out


def _context(text: str, start: int, end: int, width: int = 18) -> str:
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return f"{before}«{text[start:end]}»{after}".replace("\n", " ⏎ ").replace("\t", " ")


def score(
    docs: Sequence[Doc], predictions: Sequence[Sequence[tuple[int, int]]], tiers: Iterable[str] = ("direct",)
) -> Report:
    """predictions: per doc, the (start, end) character spans the system masked."""
    if len(docs) != len(predictions):
        raise ValueError(f"{len(docs)} docs but {len(predictions)} prediction lists")
    report = Report(tuple(tiers))
    for i, (doc, pred) in enumerate(zip(docs, predictions, strict=True)):
        text, shape = doc.text, doc.shape
        masked = _covered(len(text), ((int(a), int(b)) for a, b, *_ in pred))
        gold = _covered(len(text), ((s.start, s.end) for s in doc.spans))
        alnum = [m.start() for m in _ALNUM.finditer(text)]
        outside = [j for j in alnum if not gold[j]]
        over = sum(masked[j] for j in outside)
        for key in (shape, ALL):
            report.outside[key] += len(outside)
            report.overmasked[key] += over
        for s in doc.spans:
            if s.tier not in report.tiers:
                continue
            chars = [m.start() for m in _ALNUM.finditer(text, s.start, s.end)]
            if not chars:
                continue
            hit = sum(masked[j] for j in chars)
            leaked = 2 * hit < len(chars)
            for key in (shape, ALL):
                report.gold[key] += 1
                report.leaked[key] += leaked
            report.gold_by_entity[s.entity] += 1
            report.leaked_by_entity[s.entity] += leaked
            if leaked:
                report.leaks.append(
                    Leak(
                        shape,
                        s.entity,
                        text[s.start : s.end],
                        _context(text, s.start, s.end),
                        doc.template,
                        doc.split,
                        i,
                    )
                )
    return report


def restore_rate(originals: Sequence[str], restored: Sequence[str]) -> float:
    """Share of texts restored exactly."""
    if len(originals) != len(restored):
        raise ValueError("originals and restored differ in length")
    if not originals:
        return 0.0
    return sum(a == b for a, b in zip(originals, restored, strict=True)) / len(originals)
