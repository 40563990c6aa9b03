"""Latency the gateway adds over calling the demo model directly, with 0 and 3 interceptor hops,
under both interceptor runtimes, side by side in one run (issue 13).

    make bench            (or: python -m bench.gateway_overhead --requests 500 --seconds 5)

Rows: the demo model called directly; through the gateway with no interceptor; through three
pass-through hops written without the SDKs (the floor: the gateway's own cost per hop, per-request
key, lookup, routing); through three no-op interceptors under the SDK's own adapter
(`INTERCEPTOR_RUNTIME=sdk`, before) and under our lean runtime (after); the default chain
(toxicity, PII, cache with `Cache-Control: no-cache`) under both. Then a stream of 1,000 small
chunks through the gateway alone, three raw hops, three no-op hops and the default chain under
both runtimes.
Everything runs on this machine and shares its cores, so compare the rows with each other, not
with other machines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import aiohttp

from bench._load import latencies, pct, throughput
from devstack.services import GATEWAY, SERVICES, Service
from devstack.stack import Stack

BODY = json.dumps({"messages": [{"role": "user", "content": "benchmark " * 20}]}).encode()
STREAM_BODY = json.dumps(
    {"messages": [{"role": "user", "content": "go"}], "stream": True, "max_tokens": 1000}
).encode()
# Through the default chain: a prompt the toxicity blocker passes (it checks prompt and answer).
CHAIN_STREAM_BODY = json.dumps(
    {"messages": [{"role": "user", "content": "benchmark " * 20}], "stream": True, "max_tokens": 1000}
).encode()
KEY = "bench-key"
SDK = {"INTERCEPTOR_RUNTIME": "sdk"}
DEFAULT_CHAIN = ("toxicity-blocker", "pii-anonymizer", "response-cache")


def _twin(s: Service) -> Service:
    """The same service under the SDK's adapter."""
    return Service(f"{s.name}-sdk", s.command, 0, f"{s.url_env}_SDK", env={**s.env, **SDK})


def services(default_chain: bool) -> tuple[Service, ...]:
    by_name = {s.name: s for s in SERVICES}
    names = ("demo-model", "noop", *(DEFAULT_CHAIN if default_chain else ()))
    ours = [by_name[n] for n in names]
    twins = [_twin(s) for s in ours if s.name != "demo-model"]
    raw = Service("raw-hop", ("-m", "bench.raw_hop"), 0, "RAW_HOP_URL")
    return (*ours, *twins, raw, GATEWAY)


def settings(default_chain: bool) -> dict:
    demo = "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions"
    stream = "${RAW_HOP_URL}/openai/deployments/stream/chat/completions"
    raw = "${RAW_HOP_URL}/openai/deployments/raw/chat/completions"
    icpts: dict = {f"raw{i}": {"endpoint": raw} for i in (1, 2, 3)}
    for i in (1, 2, 3):
        icpts[f"noop{i}"] = {"endpoint": "${NOOP_URL}/openai/deployments/noop/chat/completions"}
        icpts[f"noop-sdk{i}"] = {"endpoint": "${NOOP_URL_SDK}/openai/deployments/noop/chat/completions"}
    models = {
        "demo0": {"endpoint": demo},
        "raw3": {"endpoint": demo, "interceptors": ["raw1", "raw2", "raw3"]},
        "sdk3": {"endpoint": demo, "interceptors": ["noop-sdk1", "noop-sdk2", "noop-sdk3"]},
        "lean3": {"endpoint": demo, "interceptors": ["noop1", "noop2", "noop3"]},
        "stream0": {"endpoint": stream},
        "stream-raw3": {"endpoint": stream, "interceptors": ["raw1", "raw2", "raw3"]},
        "stream-sdk3": {"endpoint": stream, "interceptors": ["noop-sdk1", "noop-sdk2", "noop-sdk3"]},
        "stream-lean3": {"endpoint": stream, "interceptors": ["noop1", "noop2", "noop3"]},
    }
    if default_chain:
        env = {
            "toxicity-blocker": "TOXICITY_BLOCKER_URL",
            "pii-anonymizer": "PII_ANONYMIZER_URL",
            "response-cache": "RESPONSE_CACHE_URL",
        }
        for name in DEFAULT_CHAIN:
            path = f"/openai/deployments/{name}/chat/completions"
            icpts[name] = {"endpoint": f"${{{env[name]}}}{path}"}
            icpts[f"{name}-sdk"] = {"endpoint": f"${{{env[name]}_SDK}}{path}"}
        models["default-sdk"] = {"endpoint": demo, "interceptors": [f"{n}-sdk" for n in DEFAULT_CHAIN]}
        models["default-lean"] = {"endpoint": demo, "interceptors": list(DEFAULT_CHAIN)}
        models["stream-default-sdk"] = {**models["default-sdk"], "endpoint": stream}
        models["stream-default-lean"] = {**models["default-lean"], "endpoint": stream}
    return {"interceptors": icpts, "models": models, "keys": {KEY: {"project": "bench", "role": "default"}}}


async def stream_time(
    session: aiohttp.ClientSession, url: str, headers: dict, n: int, body: bytes = STREAM_BODY
) -> float:
    """Mean milliseconds to read a whole 1,000-chunk stream."""
    total = 0.0
    for _ in range(n):
        t0 = time.perf_counter()
        async with session.post(url, data=body, headers=headers) as r:
            answer = await r.read()
            assert r.status == 200, (url, r.status, answer[:300])
        total += time.perf_counter() - t0
        assert answer.count(b"data:") >= 1000, (url, answer[-300:])
    return total / n * 1000


async def run(stack: Stack, args) -> None:
    gw = f"{stack.gateway_url}/openai/deployments"
    targets = {
        "demo model, direct": f"{stack.url('demo-model')}/openai/deployments/demo/chat/completions",
        "gateway, no interceptor": f"{gw}/demo0/chat/completions",
        "gateway + 3 raw hops (floor)": f"{gw}/raw3/chat/completions",
        "gateway + 3 no-op, SDK adapter": f"{gw}/sdk3/chat/completions",
        "gateway + 3 no-op, lean runtime": f"{gw}/lean3/chat/completions",
    }
    if args.default_chain:
        targets["default chain, SDK adapter"] = f"{gw}/default-sdk/chat/completions"
        targets["default chain, lean runtime"] = f"{gw}/default-lean/chat/completions"
    headers = {"api-key": KEY, "content-type": "application/json", "cache-control": "no-cache"}
    conn = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=conn) as session:
        for url in targets.values():  # warm up every path
            await latencies(session, url, headers, BODY, 50)
        rows = []
        for name, url in targets.items():
            lat = await latencies(session, url, headers, BODY, args.requests)
            rps = await throughput(session, url, headers, BODY, args.concurrency, args.seconds)
            rows.append((name, pct(lat, 50), pct(lat, 99), rps))
        streams = {
            "gateway, no interceptor": f"{gw}/stream0/chat/completions",
            "gateway + 3 raw hops (floor)": f"{gw}/stream-raw3/chat/completions",
            "gateway + 3 no-op, SDK adapter": f"{gw}/stream-sdk3/chat/completions",
            "gateway + 3 no-op, lean runtime": f"{gw}/stream-lean3/chat/completions",
        }
        if args.default_chain:
            streams["default chain, SDK adapter"] = f"{gw}/stream-default-sdk/chat/completions"
            streams["default chain, lean runtime"] = f"{gw}/stream-default-lean/chat/completions"
        bodies = {name: CHAIN_STREAM_BODY if name.startswith("default") else STREAM_BODY for name in streams}
        for name, url in streams.items():
            await stream_time(session, url, headers, 1, bodies[name])
        stream_rows = [
            (name, await stream_time(session, url, headers, args.streams, bodies[name]))
            for name, url in streams.items()
        ]
    base50, base99 = rows[0][1], rows[0][2]
    print(
        f"\n{'path':34} {'p50 ms':>8} {'p99 ms':>8} {'+p50 ms':>8} {'+p99 ms':>8} "
        f"{'req/s c=' + str(args.concurrency):>12}"
    )
    for name, p50, p99, rps in rows:
        print(f"{name:34} {p50:8.2f} {p99:8.2f} {p50 - base50:8.2f} {p99 - base99:8.2f} {rps:12.0f}")
    added = {name: p50 - base50 for name, p50, _, _ in rows}
    floor = added["gateway + 3 raw hops (floor)"]
    for name in ("gateway + 3 no-op, SDK adapter", "gateway + 3 no-op, lean runtime"):
        print(f"{name}: +p50 {added[name] / floor:.2f}x the raw-hop floor")
    print(f"\n{'1,000-chunk stream':34} {'ms':>8} {'us/chunk':>9} {'x gateway':>10}")
    alone = stream_rows[0][1]
    for name, ms in stream_rows:
        print(f"{name:34} {ms:8.1f} {ms:9.1f} {ms / alone:10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=500, help="sequential requests per path")
    parser.add_argument("--seconds", type=float, default=5.0, help="throughput run per path")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--streams", type=int, default=10, help="1,000-chunk streams per path")
    parser.add_argument(
        "--no-default-chain",
        dest="default_chain",
        action="store_false",
        help="skip the default chain rows (they start PII and toxicity twice)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        path.write_text(json.dumps(settings(args.default_chain)))
        env = {
            "GATEWAY_CONFIG": str(path),
            "LOG_LEVEL": "warning",
            "GATEWAY_CONFIG_POLL_SECONDS": "0",
            "PII_WORKERS": "1",
        }
        stack = Stack(
            env=env,
            random_ports=True,
            redis=args.default_chain,
            services=services(args.default_chain),
            log_dir=Path(tmp),
        )
        try:  # not `with`: a stack that fails to start is stopped too
            stack.start()
            asyncio.run(run(stack, args))
        finally:
            stack.stop()


if __name__ == "__main__":
    main()
