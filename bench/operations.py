"""What quotas and usage events cost, side by side in one run (`make bench`).

Two gateway replicas on the same Redis and settings, each in front of the demo model:
- bare: usage events off, the model has no quota;
- ops: usage events written as JSON lines to a file and published to a Redis Stream, and the model
  has token (minute, day) and request (hour, day) quotas, counted in Redis.
Requests alternate between the two so that drift on the machine hits both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from dataclasses import replace
from pathlib import Path

import aiohttp

from bench._load import latencies, pct
from devstack.services import GATEWAY, SERVICES
from devstack.stack import Stack, free_port

KEY = "bench-key"
BODY = json.dumps({"messages": [{"role": "user", "content": "benchmark " * 20}]}).encode()
HUGE = "1000000000"


def settings() -> dict:
    demo = "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions"
    return {
        "models": {"free": {"endpoint": demo}, "limited": {"endpoint": demo}},
        "keys": {KEY: {"project": "bench", "role": "default"}},
        "roles": {
            "default": {
                "limits": {"limited": {"minute": HUGE, "day": HUGE, "requestHour": HUGE, "requestDay": HUGE}}
            }
        },
    }


async def run(bare: str, ops: str, n: int) -> None:
    headers = {"api-key": KEY, "content-type": "application/json"}
    a_url = f"{bare}/openai/deployments/free/chat/completions"
    b_url = f"{ops}/openai/deployments/limited/chat/completions"
    async with aiohttp.ClientSession() as session:
        for url in (a_url, b_url):
            await latencies(session, url, headers, BODY, 50)
        a, b = [], []
        for i in range(n):
            first, second = ((a_url, a), (b_url, b)) if i % 2 else ((b_url, b), (a_url, a))
            first[1].extend(await latencies(session, first[0], headers, BODY, 1))
            second[1].extend(await latencies(session, second[0], headers, BODY, 1))
    print(f"\n{'through the gateway to the demo model, ms':48} {'p50':>8} {'p99':>8}")
    print(f"{'bare: no quota, no usage events':48} {pct(a, 50):8.2f} {pct(a, 99):8.2f}")
    print(f"{'ops: quotas in Redis, events to file + stream':48} {pct(b, 50):8.2f} {pct(b, 99):8.2f}")
    print(
        f"{'added by quotas and usage events':48} {pct(b, 50) - pct(a, 50):+8.2f} "
        f"{pct(b, 99) - pct(a, 99):+8.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        path.write_text(json.dumps(settings()))
        env = {"GATEWAY_CONFIG": str(path), "LOG_LEVEL": "warning", "GATEWAY_CONFIG_POLL_SECONDS": "0"}
        ops_port = free_port()
        bare = replace(GATEWAY, env={"GATEWAY_EVENTS_FILE": "off", "GATEWAY_EVENTS_STREAM": "off"})
        events = str(Path(tmp) / "events.jsonl")
        ops = replace(
            GATEWAY, name="gateway-ops", env={"GATEWAY_PORT": str(ops_port), "GATEWAY_EVENTS_FILE": events}
        )
        services = (*(s for s in SERVICES if s.name == "demo-model"), bare, ops)
        stack = Stack(env=env, random_ports=True, services=services, log_dir=Path(tmp))
        stack.ports[ops.name] = ops_port
        with stack:
            asyncio.run(run(stack.gateway_url, stack.url(ops.name), args.requests))
            lines = (Path(tmp) / "events.jsonl").read_text().count("\n")
        print(f"(usage events written by the ops replica: {lines})")


if __name__ == "__main__":
    main()
