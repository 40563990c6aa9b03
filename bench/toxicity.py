"""The toxicity blocker: quality on the labelled set, and the latency it adds per prompt and per
streamed chunk.

    python -m bench.toxicity [--requests 300]

1. Precision and recall of the default backend at the default threshold on
   bench/data/toxicity_labelled.jsonl (227 short texts written for this project, both classes).
2. In process: the classifier's time per prompt, and the answer guard's time per streamed chunk
   (a 300-word answer fed word by word; chunks that end a sentence pay for a classifier call).
3. Through the gateway, side by side in one run: the demo model behind a no-op interceptor and
   behind the blocker. The difference is the blocker's own work; the hop itself costs what a no-op
   SDK interceptor costs (bench.gateway_overhead).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp

from bench._load import latencies, pct
from devstack.services import GATEWAY, SERVICES
from devstack.stack import Stack
from interceptors.toxicity_blocker.classifiers import load_classifier
from interceptors.toxicity_blocker.guard import AnswerGuard
from interceptors.toxicity_blocker.settings import Policy

DATA = Path(__file__).parent / "data" / "toxicity_labelled.jsonl"
KEY = "bench-key"


def labelled() -> list[tuple[str, bool]]:
    return [(r["text"], r["toxic"]) for r in map(json.loads, DATA.read_text().splitlines())]


def quality(classifier, threshold: float, rows: list[tuple[str, bool]]) -> tuple[float, float, list[str]]:
    scores = [s["toxicity"] for s in classifier.score([t for t, _ in rows])]
    tp = sum(1 for (_, y), s in zip(rows, scores, strict=True) if y and s >= threshold)
    fp = sum(1 for (_, y), s in zip(rows, scores, strict=True) if not y and s >= threshold)
    fn = [t for (t, y), s in zip(rows, scores, strict=True) if y and s < threshold]
    return tp / (tp + fp), tp / (tp + len(fn)), fn


def per_prompt_ms(classifier, texts: list[str]) -> list[float]:
    out = []
    for text in texts * 3:
        t = time.perf_counter()
        classifier.score([text])
        out.append((time.perf_counter() - t) * 1000)
    return out


def per_chunk_us(classifier, threshold: float) -> tuple[list[float], list[float]]:
    """Guard time per chunk, and a plain pass-through (string concatenation) per chunk."""
    sentence = ("The quarterly report shows steady growth in every region. Costs fell while revenue "
                "rose, and the team expects the trend to continue next year! ")
    words = sentence.split() * 15
    guard = AnswerGuard(lambda t: {k: v for k, v in classifier.score([t])[0].items() if v >= threshold},
                        Policy().window_chars)
    ours, plain, sink = [], [], []
    for w in words:
        t = time.perf_counter()
        guard.feed(w + " ")
        ours.append((time.perf_counter() - t) * 1e6)
        t = time.perf_counter()
        sink.append(w + " ")
        plain.append((time.perf_counter() - t) * 1e6)
    return ours, plain


async def http_rows(stack: Stack, requests: int, texts: list[str]) -> list[tuple[str, float, float]]:
    headers = {"api-key": KEY, "content-type": "application/json"}
    rows = []
    async with aiohttp.ClientSession() as session:
        for name, model in (("demo behind no-op interceptor", "behind-noop"),
                            ("demo behind toxicity-blocker", "behind-blocker")):
            url = f"{stack.gateway_url}/openai/deployments/{model}/chat/completions"
            bodies = [json.dumps({"messages": [{"role": "user", "content": t}]}).encode() for t in texts]
            await latencies(session, url, headers, bodies[0], 30)  # warm up
            lat: list[float] = []
            for i in range(requests):
                lat += await latencies(session, url, headers, bodies[i % len(bodies)], 1)
            rows.append((name, pct(lat, 50), pct(lat, 99)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    policy = Policy()
    threshold = policy.thresholds["toxicity"]
    classifier = load_classifier("profanity-check")
    rows = labelled()
    precision, recall, missed = quality(classifier, threshold, rows)
    print(f"\nquality, profanity-check at {threshold}: {len(rows)} texts ({sum(y for _, y in rows)} toxic): "
          f"precision {precision:.3f}, recall {recall:.3f}")
    print("  missed:", "; ".join(missed))
    passing = [t for t, s in zip([t for t, _ in rows], classifier.score([t for t, _ in rows]), strict=True)
               if s["toxicity"] < threshold]  # the gateway rows time prompts that go through
    prompt = per_prompt_ms(classifier, [t for t, _ in rows])
    print(f"classifier per prompt: p50 {statistics.median(prompt):.2f} ms, p99 {pct(prompt, 99):.2f} ms")
    ours, plain = per_chunk_us(classifier, threshold)
    print(f"answer guard per streamed chunk: mean {statistics.mean(ours):.0f} us, "
          f"p50 {statistics.median(ours):.0f} us, p99 {pct(ours, 99):.0f} us "
          f"(plain pass-through: mean {statistics.mean(plain):.1f} us)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        demo = "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions"
        path.write_text(json.dumps({
            "interceptors": {
                "noop": {"endpoint": "${NOOP_URL}/openai/deployments/noop/chat/completions"},
                "blocker": {"endpoint": "${TOXICITY_BLOCKER_URL}/openai/deployments/toxicity-blocker/"
                                        "chat/completions"}},
            "models": {"behind-noop": {"endpoint": demo, "interceptors": ["noop"]},
                       "behind-blocker": {"endpoint": demo, "interceptors": ["blocker"]}},
            "keys": {KEY: {"project": "bench", "role": "default"}}}))
        env = {"GATEWAY_CONFIG": str(path), "LOG_LEVEL": "warning", "GATEWAY_CONFIG_POLL_SECONDS": "0"}
        names = {"demo-model", "noop", "toxicity-blocker"}
        services = (*(s for s in SERVICES if s.name in names), GATEWAY)
        with Stack(env=env, random_ports=True, redis=False, services=services, log_dir=Path(tmp)) as stack:
            http = asyncio.run(http_rows(stack, args.requests, passing))
    print(f"\n{'through the gateway (benign prompts)':38} {'p50 ms':>8} {'p99 ms':>8}")
    for name, p50, p99 in http:
        print(f"{name:38} {p50:8.2f} {p99:8.2f}")
    print(f"{'added by the blocker':38} {http[1][1] - http[0][1]:8.2f} {http[1][2] - http[0][2]:8.2f}")


if __name__ == "__main__":
    main()
