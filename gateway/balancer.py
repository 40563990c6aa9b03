"""Upstream choice and failover (dial-protocol.md §5.3): tiers in order, weighted inside a tier.

An upstream that answered 429 rests for its Retry-After (default 30 s); three 5xx in a row make it
rest with exponential back-off (1 s * 2^n, at most 5 min); a success resets it. Resting upstreams
are still tried last, when nothing else is left (a deliberate difference from DIAL's 502 "No route").
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from gateway.config import Upstream

RETRIABLE = frozenset({429, 502, 503, 504})
DEFAULT_RETRY_AFTER = 30.0


@dataclass(slots=True)
class _State:
    current: float = 0.0  # smooth weighted round robin (nginx)
    errors: int = 0
    rest_until: float = 0.0


class Balancer:
    def __init__(self) -> None:
        self._states: dict[tuple[str, str, str | None], _State] = defaultdict(_State)

    def _state(self, deployment: str, up: Upstream) -> _State:
        return self._states[(deployment, up.endpoint, up.key)]

    def order(self, deployment: str, upstreams: list[Upstream], limit: int) -> list[Upstream]:
        now = time.monotonic()
        active = [u for u in upstreams if u.weight > 0]
        ready = [u for u in active if self._state(deployment, u).rest_until <= now]
        resting = [u for u in active if u not in ready]
        out: list[Upstream] = []
        for tier in sorted({u.tier for u in ready}):
            out += self._weighted([u for u in ready if u.tier == tier], deployment)
        return (out + sorted(resting, key=lambda u: u.tier))[:limit]

    def _weighted(self, group: list[Upstream], deployment: str) -> list[Upstream]:
        if len(group) == 1:
            return group
        states = [self._state(deployment, u) for u in group]
        total = sum(u.weight for u in group)
        for u, s in zip(group, states, strict=True):
            s.current += u.weight
        ranked = sorted(zip(group, states, strict=True), key=lambda p: -p[1].current)
        ranked[0][1].current -= total
        return [u for u, _ in ranked]

    def report(self, deployment: str, up: Upstream, status: int, retry_after: str | None = None) -> None:
        s = self._state(deployment, up)
        now = time.monotonic()
        if status < 400:
            s.errors, s.rest_until = 0, 0.0
        elif status == 429:
            s.rest_until = now + _seconds(retry_after)
        elif status >= 500:
            s.errors += 1
            if s.errors >= 3:
                s.rest_until = now + min(2.0**s.errors, 300.0)


def _seconds(retry_after: str | None) -> float:
    try:
        return max(0.0, float(retry_after)) if retry_after else DEFAULT_RETRY_AFTER
    except ValueError:
        return DEFAULT_RETRY_AFTER
