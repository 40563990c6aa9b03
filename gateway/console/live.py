"""The console's live view: series computed from the gateway's own metrics (and the interceptor
services' /metrics for what only they count: PII entities by type, prompts they refused).

Samples are taken when a page asks (at most one a second) and kept in memory: counters and
histogram buckets only, labelled by model names, never callers' data.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from urllib.parse import urlsplit

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from gateway import metrics

SAMPLES = 120  # at 3 s a page refresh: six minutes of history


def gateway_snapshot() -> dict:
    models: dict[str, dict] = {}

    def m(name: str) -> dict:
        return models.setdefault(
            name,
            {
                "requests": 0.0,
                "errors": 0.0,
                "buckets": {},
                "count": 0.0,
                "sum": 0.0,
                "cache": {},
                "flagged": 0.0,
            },
        )

    for family in metrics.REGISTRY.collect():
        for s in family.samples:
            dep = s.labels.get("deployment")
            if dep is None:
                continue
            if s.name == "gateway_requests_total":
                m(dep)["requests"] += s.value
            elif s.name == "gateway_errors_total":
                m(dep)["errors"] += s.value
            elif s.name == "gateway_request_duration_seconds_bucket":
                m(dep)["buckets"][float(s.labels["le"])] = s.value
            elif s.name == "gateway_request_duration_seconds_count":
                m(dep)["count"] = s.value
            elif s.name == "gateway_reported_by_deployment_total":
                header, value = s.labels.get("header"), s.labels.get("value", "")
                if header == "x-cache":
                    cache = m(dep)["cache"]
                    cache[value.upper()] = cache.get(value.upper(), 0.0) + s.value
                elif header == "x-toxicity-flagged":
                    m(dep)["flagged"] += s.value
    return models


def quantile(q: float, buckets: dict[float, float]) -> float | None:
    """Prometheus' histogram_quantile over cumulative bucket counts (seconds)."""
    items = sorted(buckets.items())
    if not items or items[-1][1] <= 0:
        return None
    total = items[-1][1]
    rank = q * total
    prev_le, prev_count = 0.0, 0.0
    for le, count in items:
        if count >= rank:
            if math.isinf(le):
                return prev_le
            if count == prev_count:
                return le
            return prev_le + (le - prev_le) * (rank - prev_count) / (count - prev_count)
        prev_le, prev_count = le, count
    return prev_le


class Live:
    def __init__(self):
        self.samples: deque[tuple[float, dict]] = deque(maxlen=SAMPLES)
        self.services: dict = {}
        self._services_at = -1e9
        self._lock = asyncio.Lock()

    def sample(self) -> None:
        now = time.monotonic()
        if not self.samples or now - self.samples[-1][0] >= 1.0:
            self.samples.append((now, gateway_snapshot()))

    async def services_totals(self, session: aiohttp.ClientSession | None, config) -> dict:
        """Totals from the interceptor services' own /metrics (once every 2 s whoever asks)."""
        async with self._lock:
            if time.monotonic() - self._services_at < 2.0 or session is None:
                return self.services
            bases = sorted(
                {
                    f"{p.scheme}://{p.netloc}"
                    for p in (urlsplit(i.endpoint) for i in config.interceptors.values())
                }
            )
            texts = await asyncio.gather(*(_get(session, f"{b}/metrics") for b in bases))
            pii: dict[str, float] = {}
            blocked: dict[str, float] = {}
            for text in texts:
                if not text:
                    continue
                try:
                    families = list(text_string_to_metric_families(text))
                except ValueError:
                    continue
                for family in families:
                    for s in family.samples:
                        if s.name == "pii_entities_total":
                            key = s.labels.get("entity", "?")
                            pii[key] = pii.get(key, 0.0) + s.value
                        elif s.name == "pii_refused_total":
                            key = "pii: " + (s.labels.get("code") or "refused")
                            blocked[key] = blocked.get(key, 0.0) + s.value
                        elif (
                            s.name == "toxicity_violations_total"
                            and s.labels.get("direction") == "prompt"
                            and s.labels.get("action") == "block"
                        ):
                            blocked["toxicity"] = blocked.get("toxicity", 0.0) + s.value
            self.services = {
                "pii_entities": pii,
                "blocked": blocked,
                "services": len(bases),
                "answered": sum(1 for t in texts if t),
            }
            self._services_at = time.monotonic()
            return self.services

    def series(self) -> dict:
        """Per model, one point per pair of consecutive samples: rps, errors/s, p50/p99 (ms) of the
        requests that ended in between, cache hit rate; and the totals so far."""
        points = list(self.samples)
        out: dict[str, dict] = {}
        if not points:
            return out
        last = points[-1][1]
        for name, cur in last.items():
            out[name] = {
                "t": [],
                "rps": [],
                "errors": [],
                "p50": [],
                "p99": [],
                "hit_rate": [],
                "total": {
                    "requests": cur["requests"],
                    "errors": cur["errors"],
                    "p50": _ms(quantile(0.5, cur["buckets"])),
                    "p99": _ms(quantile(0.99, cur["buckets"])),
                    "hit_rate": _rate(cur["cache"]),
                    "flagged": cur["flagged"],
                },
            }
        t0 = points[0][0]
        for (ta, a), (tb, b) in zip(points, points[1:], strict=False):
            dt = max(tb - ta, 1e-6)
            for name, cur in b.items():
                prev = a.get(name) or {"requests": 0.0, "errors": 0.0, "buckets": {}, "cache": {}}
                s = out[name]
                s["t"].append(round(tb - t0, 1))
                s["rps"].append(round((cur["requests"] - prev["requests"]) / dt, 3))
                s["errors"].append(round((cur["errors"] - prev["errors"]) / dt, 3))
                delta = {le: c - prev["buckets"].get(le, 0.0) for le, c in cur["buckets"].items()}
                s["p50"].append(_ms(quantile(0.5, delta)))
                s["p99"].append(_ms(quantile(0.99, delta)))
                cache = {k: v - prev["cache"].get(k, 0.0) for k, v in cur["cache"].items()}
                s["hit_rate"].append(_rate(cache))
        return out


def _rate(cache: dict[str, float]) -> float | None:
    hits, misses = cache.get("HIT", 0.0), cache.get("MISS", 0.0)
    return round(hits / (hits + misses), 3) if hits + misses > 0 else None


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


async def _get(session: aiohttp.ClientSession, url: str) -> str | None:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=2)) as r:
            return await r.text() if r.status == 200 else None
    except (aiohttp.ClientError, TimeoutError):
        return None
