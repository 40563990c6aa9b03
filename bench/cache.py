"""The response cache, side by side in one run (`make bench`):

1. the full default chain (toxicity-blocker -> pii-anonymizer -> response-cache -> demo model):
   a cache hit against the same request with the cache off;
2. the cache alone in front of the model: a hit against the model behind the gateway with no
   interceptor at all;
3. the cost of a miss: new prompts with the cache on (lookup, record, write) against the same
   prompts with the cache off, both through a chain of the cache alone.

Requests alternate between the two sides of each row so that drift on the machine hits both.
Redis is a real local redis-server, used by the cache and the PII vault; the gateway keeps its
per-request keys in memory, as a single replica does (`--gateway-redis`: in Redis too). The demo
model answers in about a millisecond; a real model takes seconds, which a hit saves whole.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

import aiohttp

from bench._load import pct
from devstack.services import GATEWAY, SERVICES
from devstack.stack import Stack

KEY = "bench-key"
FRONT = ["toxicity-blocker", "pii-anonymizer"]  # the default chain before the cache
PROMPT = "Hi, I am John Smith, my email is john.smith@example.com. Please summarise our last meeting."


def settings() -> dict:
    demo = "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions"
    cache = "${RESPONSE_CACHE_URL}/openai/deployments/response-cache/chat/completions"
    off = {"custom_fields": {"interceptor_configuration": {"mode": "off"}}}
    return {
        "interceptors": {
            "toxicity-blocker": {
                "endpoint": "${TOXICITY_BLOCKER_URL}/openai/deployments/toxicity-blocker/chat/completions"
            },
            "pii-anonymizer": {
                "endpoint": "${PII_ANONYMIZER_URL}/openai/deployments/pii-anonymizer/chat/completions"
            },
            "cache": {"endpoint": cache},
            "cache-off": {"endpoint": cache, "defaults": off},
        },
        "models": {
            "chain-cache": {"endpoint": demo, "interceptors": [*FRONT, "cache"]},
            "chain-off": {"endpoint": demo, "interceptors": [*FRONT, "cache-off"]},
            "cache": {"endpoint": demo, "interceptors": ["cache"]},
            "cache-off": {"endpoint": demo, "interceptors": ["cache-off"]},
            "plain": {"endpoint": demo},
        },
        "keys": {KEY: {"project": "bench", "role": "default"}},
    }


async def side_by_side(
    gateway: str, a: str, b: str, n: int, fresh: bool, stream: bool = False
) -> tuple[list[float], list[float], dict]:
    headers = {"api-key": KEY, "content-type": "application/json"}
    seen: dict[str, int] = {}
    out: dict[str, list[float]] = {a: [], b: []}
    async with aiohttp.ClientSession() as session:

        async def one(model: str, text: str, record: bool) -> None:
            body = json.dumps({"messages": [{"role": "user", "content": text}], "stream": stream}).encode()
            t0 = time.perf_counter()
            async with session.post(
                f"{gateway}/openai/deployments/{model}/chat/completions", data=body, headers=headers
            ) as r:
                await r.read()
                assert r.status == 200, r.status
                tag = f"{model}:{r.headers.get('x-cache')}"
            if record:
                out[model].append((time.perf_counter() - t0) * 1000)
                seen[tag] = seen.get(tag, 0) + 1

        for model in (a, b):  # warm up; for hits, also fills the entry
            for _ in range(20):
                await one(model, PROMPT, False)
        for i in range(n):
            text = f"{PROMPT} ({uuid.uuid4().hex})" if fresh else PROMPT
            first, second = (a, b) if i % 2 else (b, a)
            await one(first, text, True)
            await one(second, text, True)
    return out[a], out[b], seen


def row(name: str, ours: list[float], base: list[float]) -> str:
    return (
        f"{name:44} {pct(ours, 50):8.2f} {pct(base, 50):8.2f} {pct(ours, 50) - pct(base, 50):+8.2f} "
        f"{pct(ours, 99):8.2f} {pct(base, 99):8.2f} {pct(base, 50) / pct(ours, 50):7.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument(
        "--gateway-redis",
        action="store_true",
        help="keep the gateway's per-request keys in Redis too (as replicas do)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        path.write_text(json.dumps(settings()))
        env = {"GATEWAY_CONFIG": str(path), "LOG_LEVEL": "warning", "GATEWAY_CONFIG_POLL_SECONDS": "0"}
        names = {"demo-model", "toxicity-blocker", "pii-anonymizer", "response-cache"}
        gateway = GATEWAY if args.gateway_redis else replace(GATEWAY, env={"REDIS_URL": ""})
        services = (*(s for s in SERVICES if s.name in names), gateway)
        with Stack(env=env, random_ports=True, services=services, log_dir=Path(tmp)) as stack:
            n, gw = args.requests, stack.gateway_url
            cases = [
                ("default chain: hit vs cache off", "chain-cache", "chain-off", False, False),
                ("default chain, streamed: hit vs cache off", "chain-cache", "chain-off", False, True),
                ("cache alone: hit vs no interceptor", "cache", "plain", False, False),
                ("miss (new prompts): cache on vs off", "cache", "cache-off", True, False),
            ]
            rows = [
                (name, *asyncio.run(side_by_side(gw, a, b, n, fresh, stream)))
                for name, a, b, fresh, stream in cases
            ]
    print(
        f"\n{'through the gateway, ms':44} {'p50':>8} {'base p50':>8} {'diff':>8} {'p99':>8} "
        f"{'base p99':>8} {'speedup':>8}"
    )
    for name, ours, base, seen in rows:
        print(row(name, ours, base), " ", ", ".join(f"{k}={v}" for k, v in sorted(seen.items())))


if __name__ == "__main__":
    main()
