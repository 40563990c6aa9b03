"""Overlap questions about character spans, asked once per finding or mention: a long text has
thousands of them, and comparing each with every other took time quadratic in their number (64 KB of
short names: 12 s)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from itertools import accumulate


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether [a, b) overlaps any of `spans` (in any order, overlapping each other or not)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end among the first k

    def overlaps(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b)  # the spans that start before b
        return k > 0 and reach[k - 1] > a

    return overlaps


class Disjoint:
    """Non-empty spans that do not overlap, in order, each with a label and the order it came in."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._items: list[tuple[int, int, str, int]] = []  # (start, end, label, arrival)
        self._arrivals = 0

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, str, int]]:
        return self._items[bisect.bisect_right(self._ends, a) : bisect.bisect_left(self._starts, b)]

    def add(self, a: int, b: int, label: str) -> None:
        """Add [a, b) (not empty, overlapping none of the spans)."""
        i = bisect.bisect_left(self._starts, a)
        self._starts.insert(i, a)
        self._ends.insert(i, b)
        self._items.insert(i, (a, b, label, self._arrivals))
        self._arrivals += 1

    def remove(self, a: int, b: int) -> None:
        """Remove the spans that overlap [a, b)."""
        i, j = bisect.bisect_right(self._ends, a), bisect.bisect_left(self._starts, b)
        del self._starts[i:j], self._ends[i:j], self._items[i:j]

    def spans(self) -> list[tuple[int, int, str]]:
        return [(a, b, label) for a, b, label, _ in self._items]
