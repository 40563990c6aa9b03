"""Non-PII filler drawn from the fixed vocabularies: medication lines, exam findings, chit-chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bench.pii_eval import vocab

if TYPE_CHECKING:
    from bench.pii_eval.values import Gen


def med(g: Gen) -> str:
    return f"{g.pick(vocab.DRUGS)} {g.pick(vocab.DOSES)} {g.pick(vocab.ROUTES)} {g.pick(vocab.FREQS)}"


def meds(g: Gen, n: int, bullet: str = "- ") -> str:
    return "".join(f"{bullet}{med(g)}\n" for _ in range(n))


def conditions(g: Gen, n: int) -> list[str]:
    return g.rng.sample(vocab.CONDITIONS, n)


def findings(g: Gen, n: int, sep: str = ". ") -> str:
    return sep.join(g.rng.sample(vocab.FINDINGS, n))


def history_year(g: Gen) -> str:
    """A bare year is not a span: "appendectomy in 2009"."""
    event = g.pick(("appendectomy", "cholecystectomy", "MI", "TKR", "CVA", "hernia repair"))
    return f"{event} in {g.rng.randrange(1975, 2022)}"


def weekday(g: Gen) -> str:
    return g.pick(vocab.WEEKDAYS)


def issue(g: Gen) -> str:
    return g.pick(vocab.ISSUES)


def product(g: Gen) -> str:
    return g.pick(vocab.PRODUCTS)
