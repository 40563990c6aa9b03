"""Latency the gateway adds over calling the demo model directly, with 0 and 3 no-op interceptors.

    make bench            (or: python -m bench.gateway_overhead --requests 500 --seconds 5)

Rows: the demo model called directly; through the gateway with no interceptor; through three
pass-through hops written without the SDKs (the gateway's own cost per hop: per-request key, lookup,
routing); through three no-op interceptors on aidial-interceptors-sdk (adds the SDK's cost).
Everything runs on this machine: the demo model, the no-op interceptor service, the gateway and
this load generator share the cores, so compare the rows with each other, not with other machines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from pathlib import Path

import aiohttp

from bench._load import latencies, pct, throughput
from devstack.services import GATEWAY, SERVICES, Service
from devstack.stack import Stack

BODY = json.dumps({"messages": [{"role": "user", "content": "benchmark " * 20}]}).encode()
KEY = "bench-key"


def settings() -> dict:
    demo = "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions"
    noop = "${NOOP_URL}/openai/deployments/noop/chat/completions"
    raw = "${RAW_HOP_URL}/openai/deployments/raw/chat/completions"
    return {"interceptors": {**{f"noop{i}": {"endpoint": noop} for i in (1, 2, 3)},
                             **{f"raw{i}": {"endpoint": raw} for i in (1, 2, 3)}},
            "models": {"demo0": {"endpoint": demo},
                       "demo3": {"endpoint": demo, "interceptors": ["noop1", "noop2", "noop3"]},
                       "raw3": {"endpoint": demo, "interceptors": ["raw1", "raw2", "raw3"]}},
            "keys": {KEY: {"project": "bench", "role": "default"}}}


async def run(stack: Stack, requests: int, seconds: float, concurrency: int) -> None:
    targets = {
        "demo model, direct": f"{stack.url('demo-model')}/openai/deployments/demo/chat/completions",
        "gateway, no interceptor": f"{stack.gateway_url}/openai/deployments/demo0/chat/completions",
        "gateway + 3 raw pass-through hops": f"{stack.gateway_url}/openai/deployments/raw3/chat/completions",
        "gateway + 3 no-op interceptors": f"{stack.gateway_url}/openai/deployments/demo3/chat/completions",
    }
    headers = {"api-key": KEY, "content-type": "application/json"}
    conn = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=conn) as session:
        for url in targets.values():  # warm up every path
            await latencies(session, url, headers, BODY, 50)
        rows = []
        for name, url in targets.items():
            lat = await latencies(session, url, headers, BODY, requests)
            rps = await throughput(session, url, headers, BODY, concurrency, seconds)
            rows.append((name, pct(lat, 50), pct(lat, 99), rps))
    base50, base99 = rows[0][1], rows[0][2]
    print(f"\n{'path':34} {'p50 ms':>8} {'p99 ms':>8} {'+p50 ms':>8} {'+p99 ms':>8} "
          f"{'req/s c=' + str(concurrency):>12}")
    for name, p50, p99, rps in rows:
        print(f"{name:34} {p50:8.2f} {p99:8.2f} {p50 - base50:8.2f} {p99 - base99:8.2f} {rps:12.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=500, help="sequential requests per path")
    parser.add_argument("--seconds", type=float, default=5.0, help="throughput run per path")
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        path.write_text(json.dumps(settings()))
        env = {"GATEWAY_CONFIG": str(path), "LOG_LEVEL": "warning", "GATEWAY_CONFIG_POLL_SECONDS": "0"}
        raw = Service("raw-hop", ("-m", "bench.raw_hop"), 0, "RAW_HOP_URL")
        services = (*(s for s in SERVICES if s is not GATEWAY), raw, GATEWAY)
        with Stack(env=env, random_ports=True, redis=False, services=services,
                   log_dir=Path(tmp)) as stack:
            asyncio.run(run(stack, args.requests, args.seconds, args.concurrency))


if __name__ == "__main__":
    main()
