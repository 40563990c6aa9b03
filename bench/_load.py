"""A tiny load generator: latency percentiles at c=1 and throughput at a given concurrency."""

from __future__ import annotations

import asyncio
import statistics
import time

import aiohttp


async def latencies(
    session: aiohttp.ClientSession, url: str, headers: dict, body: bytes, n: int
) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        async with session.post(url, data=body, headers=headers) as r:
            await r.read()
            assert r.status == 200, r.status
        out.append((time.perf_counter() - t0) * 1000)
    return out


async def throughput(
    session: aiohttp.ClientSession, url: str, headers: dict, body: bytes, concurrency: int, seconds: float
) -> float:
    deadline = time.perf_counter() + seconds
    done = 0

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            async with session.post(url, data=body, headers=headers) as r:
                await r.read()
                assert r.status == 200, r.status
            done += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.perf_counter() - t0)


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]
