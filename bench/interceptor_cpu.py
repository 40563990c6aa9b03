"""CPU per request of each process of the default chain (toxicity, PII, cache), side by side for
one or more checkouts of this repository, and optionally a py-spy profile of one service.

    python -m bench.interceptor_cpu                       (this checkout)
    python -m bench.interceptor_cpu --roots ../before .   (two checkouts, both stacks up at once)
    python -m bench.interceptor_cpu --profile toxicity-blocker --profile-dir /tmp/prof

Every checkout gets a stack of its own (demo model, the bench's stream model, the three services
under the lean runtime unless `--runtime sdk`, the gateway, Redis), all up at the same time; they
are loaded in turn, in the order A B B A per pair of rounds, so the machine's drift falls on both
alike. Each load is `--seconds` at `--concurrency` of one workload:

* `blocking`: the gateway_overhead request (a 20-word prompt, `Cache-Control: no-cache`);
* `stream`: a streamed answer of `--chunks` small chunks (the bench's stream model).

For each process the user+system CPU it used during the load (from /proc) is divided by the
requests answered: ms of CPU per request, the median of the rounds. Latency moves ±40% on a shared
machine; CPU per request moves much less.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

from devstack.services import GATEWAY, SERVICES, Service
from devstack.stack import Stack

CHAIN = ("toxicity-blocker", "pii-anonymizer", "response-cache")
KEY = "bench-key"
HEADERS = {"api-key": KEY, "content-type": "application/json", "cache-control": "no-cache"}
BLOCKING = json.dumps({"messages": [{"role": "user", "content": "benchmark " * 20}]}).encode()
TICK = os.sysconf("SC_CLK_TCK")


class RootStack(Stack):
    """A stack whose services run from another checkout (its code, its PYTHONPATH)."""

    def __init__(self, root: Path, **kwargs):
        super().__init__(**kwargs)
        self.root = root

    def env_for(self, s: Service) -> dict[str, str]:
        env = super().env_for(s)
        env["PYTHONPATH"] = str(self.root)
        return env

    def start_service(self, s: Service) -> None:
        with open(self.log_dir / f"{s.name}.log", "ab") as log:
            self.procs[s.name] = subprocess.Popen(
                [sys.executable, *s.command],
                env=self.env_for(s),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.root,
            )


def services(runtime: str) -> tuple[Service, ...]:
    by_name = {s.name: s for s in SERVICES}
    chain = [by_name[n] for n in CHAIN]
    if runtime != "lean":
        chain = [
            Service(s.name, s.command, 0, s.url_env, env={**s.env, "INTERCEPTOR_RUNTIME": runtime})
            for s in chain
        ]
    raw = Service("raw-hop", ("-m", "bench.raw_hop"), 0, "RAW_HOP_URL")
    return (by_name["demo-model"], raw, *chain, GATEWAY)


def settings() -> dict:
    demo = "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions"
    stream = "${RAW_HOP_URL}/openai/deployments/stream/chat/completions"
    env = {
        "toxicity-blocker": "TOXICITY_BLOCKER_URL",
        "pii-anonymizer": "PII_ANONYMIZER_URL",
        "response-cache": "RESPONSE_CACHE_URL",
    }
    icpts = {n: {"endpoint": f"${{{env[n]}}}/openai/deployments/{n}/chat/completions"} for n in CHAIN}
    return {
        "interceptors": icpts,
        "models": {
            "default": {"endpoint": demo, "interceptors": list(CHAIN)},
            "default-stream": {"endpoint": stream, "interceptors": list(CHAIN)},
        },
        "keys": {KEY: {"project": "bench", "role": "default"}},
    }


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            todo.extend(int(c) for c in task.read_text().split())
    return out


def process_cpu(stack: Stack) -> dict[str, float]:
    """User+system seconds of each service, its worker processes (PII's analyzers) included."""
    out = {}
    for name, proc in stack.procs.items():
        total = 0.0
        for pid in descendants(proc.pid):
            with contextlib.suppress(FileNotFoundError):  # a process that just ended
                total += cpu_seconds(pid)
        out[name] = total
    return out


async def load(
    url: str, body: bytes, concurrency: int, seconds: float, stream: bool
) -> tuple[int, list[float]]:
    deadline = time.perf_counter() + seconds
    done, lat = 0, []
    conn = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=conn) as session:

        async def worker() -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                async with session.post(url, data=body, headers=HEADERS) as r:
                    data = await r.read()
                    assert r.status == 200, (r.status, data[:300])
                    if stream:
                        assert data.endswith(b"data: [DONE]\n\n"), data[-300:]
                lat.append((time.perf_counter() - t0) * 1000)
                done += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done, lat


def measure(stack: Stack, workload: str, args) -> dict:
    if workload == "blocking":
        url, body, conc = (
            f"{stack.gateway_url}/openai/deployments/default/chat/completions",
            BLOCKING,
            args.concurrency,
        )
    else:
        body = json.dumps(
            {
                "messages": [{"role": "user", "content": "benchmark " * 20}],
                "stream": True,
                "max_tokens": args.chunks,
            }
        ).encode()
        url, conc = (
            f"{stack.gateway_url}/openai/deployments/default-stream/chat/completions",
            args.stream_concurrency,
        )
    asyncio.run(load(url, body, conc, 1.0, workload == "stream"))  # warm
    before = process_cpu(stack)
    t0 = time.perf_counter()
    done, lat = asyncio.run(load(url, body, conc, args.seconds, workload == "stream"))
    wall = time.perf_counter() - t0
    after = process_cpu(stack)
    return {
        "rps": done / wall,
        "p50": statistics.median(lat),
        "cpu": {name: (after[name] - before[name]) * 1000 / done for name in after},
    }


def profile(stack: Stack, service: str, workload: str, args, out: Path) -> None:
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    pid = stack.procs[service].pid
    target = out / f"{service}-{workload}.txt"
    rec = subprocess.Popen(
        [
            spy,
            "record",
            "--pid",
            str(pid),
            "--format",
            "raw",
            "--rate",
            "200",
            "--nonblocking",
            "--duration",
            str(int(args.seconds)),
            "--output",
            str(target),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    measure(stack, workload, args)
    rec.wait()
    print(f"profile of {service} ({workload}): {target}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--roots", nargs="+", default=[str(Path(__file__).resolve().parent.parent)])
    parser.add_argument("--runtime", default="lean", choices=("lean", "sdk"))
    parser.add_argument("--rounds", type=int, default=3, help="loads per checkout and workload")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=32, help="of the blocking workload")
    parser.add_argument("--stream-concurrency", type=int, default=4)
    parser.add_argument("--chunks", type=int, default=200, help="chunks of the streamed answer")
    parser.add_argument(
        "--workloads", nargs="+", default=["blocking", "stream"], choices=("blocking", "stream")
    )
    parser.add_argument("--profile", help="a service to profile with py-spy (then no CPU table)")
    parser.add_argument("--profile-dir", default=".run/profiles")
    args = parser.parse_args()
    roots = [Path(r).resolve() for r in args.roots]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        path.write_text(json.dumps(settings()))
        env = {
            "GATEWAY_CONFIG": str(path),
            "LOG_LEVEL": "warning",
            "GATEWAY_CONFIG_POLL_SECONDS": "0",
            "PII_WORKERS": "1",
        }
        stacks = []
        try:
            for i, root in enumerate(roots):
                log_dir = Path(tmp) / f"stack{i}"
                stack = RootStack(
                    root,
                    env=env,
                    random_ports=True,
                    redis=True,
                    services=services(args.runtime),
                    log_dir=log_dir,
                )
                stacks.append(stack)
                stack.start()
            if args.profile:
                out = Path(args.profile_dir)
                out.mkdir(parents=True, exist_ok=True)
                for workload in args.workloads:
                    profile(stacks[0], args.profile, workload, args, out)
                return
            results: dict = {(i, w): [] for i in range(len(roots)) for w in args.workloads}
            for r in range(args.rounds):
                order = list(range(len(roots)))
                if r % 2:
                    order.reverse()
                for i in order:
                    for w in args.workloads:
                        results[(i, w)].append(measure(stacks[i], w, args))
        finally:
            for stack in stacks:
                stack.stop()
    names = ("gateway", *CHAIN, "redis")
    for w in args.workloads:
        unit = "request" if w == "blocking" else f"{args.chunks}-chunk stream"
        print(f"\n{w}: ms of CPU per {unit}, median of {args.rounds} rounds")
        print(f"{'checkout':24} {'req/s':>7} {'p50 ms':>8} " + " ".join(f"{n[:10]:>10}" for n in names))
        for i, root in enumerate(roots):
            runs = results[(i, w)]
            rps = statistics.median(x["rps"] for x in runs)
            p50 = statistics.median(x["p50"] for x in runs)
            cpu = [statistics.median(x["cpu"].get(n, 0.0) for x in runs) for n in names]
            print(f"{root.name[:24]:24} {rps:7.1f} {p50:8.1f} " + " ".join(f"{c:10.2f}" for c in cpu))


if __name__ == "__main__":
    main()
