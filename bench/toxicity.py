"""The toxicity blocker: quality per backend and category on the labelled set, and the latency it
adds per prompt and per streamed chunk.

    python -m bench.toxicity [--requests 300] [--no-gateway] [--thresholds JSON]
        [--split tune|heldout|fresh|fresh_b|...|both|all]   (every split of bench.toxicity_eval.generate)

With --thresholds (a chain entry's `thresholds`, e.g. '{"toxicity": 0.46, "threat": 0.45}') the
default backend is measured at those thresholds, as a chain entry that sets them is judged.

1. Side by side, every backend that can load here, at its default thresholds, on
   bench/data/toxicity_set.jsonl (bench/toxicity_eval: seeded templates written for this project,
   a tune split, a held-out split nobody tuned on, and a fresh split by a later, independent author,
   also never tuned on): the share of abusive prompts blocked per kind of abuse, the share of benign
   prompts blocked, and the classifier's p50 time per prompt. Misses and false positives are printed
   for the tune split only.
2. In process: the default backend's answer guard time per streamed chunk.
3. Through the gateway, side by side in one run: the demo model behind a no-op interceptor and
   behind the blocker. The difference is the blocker's own work.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp

from bench._load import latencies, pct
from bench.toxicity_eval.generate import SPLITS
from devstack.services import GATEWAY, SERVICES
from devstack.stack import Stack
from interceptors.toxicity_blocker.classifiers import (
    DEFAULT_BACKEND,
    ClassifierUnavailableError,
    Layered,
    load_classifier,
)
from interceptors.toxicity_blocker.context import CATEGORIES
from interceptors.toxicity_blocker.guard import AnswerGuard
from interceptors.toxicity_blocker.settings import Policy

DATA = Path(__file__).parent / "data" / "toxicity_set.jsonl"
KINDS = ("threat", "identity_attack", "harassment", "self_harm", "sexual")
KEY = "bench-key"


def labelled(split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in DATA.read_text().splitlines()]
    return [r for r in rows if split is None or r["split"] == split]


def blocked(classifier, texts: list[str], thresholds: dict[str, float] | None = None) -> list[bool]:
    thresholds = thresholds or classifier.default_thresholds
    return [any(s >= thresholds.get(c, 2.0) for c, s in scores.items()) for scores in classifier.score(texts)]


def quality(classifier, rows: list[dict]) -> dict[str, float]:
    """Share blocked per kind of abuse, and "benign" (the false-positive rate)."""
    hits = blocked(classifier, [r["text"] for r in rows])
    out = {}
    for kind in (*KINDS, "benign"):
        mine = [
            h
            for r, h in zip(rows, hits, strict=True)
            if (r["category"] == kind if kind != "benign" else not r["toxic"])
        ]
        out[kind] = sum(mine) / len(mine)
    return out


def per_prompt_ms(classifier, texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        t = time.perf_counter()
        classifier.score([text])
        out.append((time.perf_counter() - t) * 1000)
    return out


def candidates() -> dict:
    out = {}
    for name, make in (
        ("profanity-check", lambda: load_classifier("profanity-check")),
        ("hatesonar", lambda: load_classifier("hatesonar")),
        ("detoxify", lambda: load_classifier("detoxify", **detoxify_files())),
        ("linear (ours)", lambda: load_classifier("linear")),
        ("layered-linear", lambda: load_classifier("layered-linear")),
        ("layered (default)", lambda: load_classifier(DEFAULT_BACKEND)),
        ("layered + prof.-check", lambda: Layered(profanity=True)),
    ):
        try:
            out[name] = make()
        except ClassifierUnavailableError as exc:
            print(f"{name}: not measured ({str(exc).split('. ')[0]})")
    return out


def detoxify_files() -> dict:
    import os

    return {
        "checkpoint": os.environ.get("TOXICITY_DETOXIFY_CHECKPOINT"),
        "config_dir": os.environ.get("TOXICITY_DETOXIFY_CONFIG"),
        "model_type": os.environ.get("TOXICITY_DETOXIFY_MODEL", "unbiased"),
    }


def benign_by_topic(classifier, rows: list[dict]) -> dict[str, tuple[int, int]]:
    """Benign topic -> (blocked, rows): the 2% bar holds per topic too."""
    rows = [r for r in rows if not r["toxic"]]
    out: dict[str, tuple[int, int]] = {}
    for r, hit in zip(rows, blocked(classifier, [r["text"] for r in rows]), strict=True):
        b, n = out.get(r["category"], (0, 0))
        out[r["category"]] = (b + hit, n + 1)
    return out


def print_table(backends: dict, splits: tuple[str, ...] = ("tune", "heldout")) -> None:
    head = " ".join(f"{k[:9]:>9}" for k in KINDS)
    print(f"\n{'backend':20} {'split':8} {head} {'benign FP':>9} {'p50 ms':>7} {'benign':>7} {'abusive':>7}")
    for name, classifier in backends.items():
        for split in splits:
            rows = labelled(split)
            q = quality(classifier, rows)
            ms = per_prompt_ms(classifier, [r["text"] for r in rows])
            # the sentence encoder reads only what the word models find some sign of: abusive prompts
            # cost more than benign ones, and real traffic is mostly benign
            benign = statistics.median(m for m, r in zip(ms, rows, strict=True) if not r["toxic"])
            abusive = statistics.median(m for m, r in zip(ms, rows, strict=True) if r["toxic"])
            cells = " ".join(f"{q[k] * 100:8.1f}%" for k in KINDS)
            print(
                f"{name:20} {split:8} {cells} {q['benign'] * 100:8.1f}% {statistics.median(ms):7.2f} "
                f"{benign:7.2f} {abusive:7.2f}"
            )


def long_texts(split: str, n: int = 120) -> tuple[list[str], list[str]]:
    """Long benign texts (five of the split's benign prompts, one after another) and abuse buried in
    one (one of its abusive prompts among four benign ones, at a random place), seeded."""
    rng = random.Random(f"long/{split}")
    rows = labelled(split)
    benign = [r["text"] for r in rows if not r["toxic"]]
    abusive = [r["text"] for r in rows if r["toxic"]]
    long_benign = [" ".join(rng.sample(benign, 5)) for _ in range(n)]
    buried = []
    for _ in range(n):
        texts = rng.sample(benign, 4)
        texts.insert(rng.randrange(5), rng.choice(abusive))
        buried.append(" ".join(texts))
    return long_benign, buried


class AtThresholds:
    """A classifier judged at a chain entry's thresholds: merged over its own, as the service does;
    its scores are unchanged."""

    def __init__(self, classifier, thresholds: dict[str, float]):
        self.classifier = classifier
        self.default_thresholds = {**classifier.default_thresholds, **thresholds}

    def __getattr__(self, name: str):
        return getattr(self.classifier, name)


def print_long_texts(splits: tuple[str, ...], thresholds: dict[str, float] | None = None) -> None:
    """The default reading a long text whole only, and a few sentences at a time as well
    (context.windows), side by side: whole -> windows."""
    whole, windowed = Layered(windows=False), load_classifier(DEFAULT_BACKEND)
    if thresholds:
        whole, windowed = AtThresholds(whole, thresholds), AtThresholds(windowed, thresholds)
    print("\nlong texts, five prompts each (whole -> also a few sentences at a time):")
    print(f"{'split':9} {'abuse buried, blocked':>22} {'benign, blocked':>16} {'p50 ms, benign':>16}")
    for split in splits:
        long_benign, buried = long_texts(split)
        out = []
        for classifier in (whole, windowed):
            out.append(
                (
                    sum(blocked(classifier, buried)) / len(buried) * 100,
                    sum(blocked(classifier, long_benign)) / len(long_benign) * 100,
                    statistics.median(per_prompt_ms(classifier, long_benign[:40])),
                )
            )
        (a0, b0, m0), (a1, b1, m1) = out
        print(f"{split:9} {a0:8.1f}% -> {a1:5.1f}% {b0:6.1f}% -> {b1:4.1f}% {m0:6.1f} -> {m1:5.1f}")


def print_tune_errors(classifier) -> None:
    rows = labelled("tune")
    for r, hit in zip(rows, blocked(classifier, [r["text"] for r in rows]), strict=True):
        if hit != r["toxic"]:
            print(f"  tune {'missed' if r['toxic'] else 'false positive'} ({r['category']}): {r['text']}")


def per_chunk_us(classifier) -> tuple[list[float], list[float]]:
    """Guard time per chunk, and a plain pass-through (string concatenation) per chunk. The guard's
    check runs inline here (the service runs it on its scoring thread)."""
    sentence = (
        "The quarterly report shows steady growth in every region. Costs fell while revenue "
        "rose, and the team expects the trend to continue next year! "
    )
    words = sentence.split() * 15
    th = classifier.default_thresholds

    async def check(t: str) -> dict[str, float]:
        return {k: v for k, v in classifier.score([t])[0].items() if v >= th.get(k, 2.0)}

    async def run() -> tuple[list[float], list[float]]:
        guard = AnswerGuard(check, Policy().window_chars)
        ours, plain, sink = [], [], []
        for w in words:
            t = time.perf_counter()
            await guard.feed(w + " ")
            ours.append((time.perf_counter() - t) * 1e6)
            t = time.perf_counter()
            sink.append(w + " ")
            plain.append((time.perf_counter() - t) * 1e6)
        return ours, plain

    return asyncio.run(run())


async def http_rows(stack: Stack, requests: int, texts: list[str]) -> list[tuple[str, float, float]]:
    headers = {"api-key": KEY, "content-type": "application/json"}
    rows = []
    async with aiohttp.ClientSession() as session:
        for name, model in (
            ("demo behind no-op interceptor", "behind-noop"),
            ("demo behind toxicity-blocker", "behind-blocker"),
        ):
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
    parser.add_argument("--no-gateway", action="store_true", help="skip the through-the-gateway rows")
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "both", "all"),
        default="both",
        help="tune while developing; the held-out and fresh splits are measured once, at the end "
        "(both: tune and held-out; all: every split)",
    )
    parser.add_argument(
        "--thresholds",
        type=json.loads,
        help="measure the default backend only, at a chain entry's thresholds (JSON: category -> score)",
    )
    args = parser.parse_args()
    splits = {"both": ("tune", "heldout"), "all": SPLITS}.get(args.split, (args.split,))
    if args.thresholds is not None:
        given = args.thresholds
        if not (
            isinstance(given, dict)
            and given
            and set(given) <= set(CATEGORIES)
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in given.values())
        ):
            parser.error(f"--thresholds: a JSON object of category -> number, categories of {CATEGORIES}")
        if not args.no_gateway:
            parser.error("--thresholds measures in process only: add --no-gateway")
        name = "layered, given thr."
        backends = {name: AtThresholds(load_classifier(DEFAULT_BACKEND), args.thresholds)}
        print(f"{name}: {backends[name].default_thresholds}")
    else:
        backends = candidates()
        name = "layered (default)"
    print_table(backends, splits)
    classifier = backends[name]
    for split in splits:
        topics = benign_by_topic(classifier, labelled(split))
        print(
            f"{DEFAULT_BACKEND}, benign blocked per topic ({split}): "
            + ", ".join(f"{t} {b}/{n}" for t, (b, n) in sorted(topics.items()))
        )
    print_long_texts(splits, args.thresholds)
    print(f"\n{DEFAULT_BACKEND} on the tune split, what it gets wrong:")
    print_tune_errors(classifier)
    ours, plain = per_chunk_us(classifier)
    print(
        f"answer guard per streamed chunk: mean {statistics.mean(ours):.0f} us, "
        f"p50 {statistics.median(ours):.0f} us, p99 {pct(ours, 99):.0f} us "
        f"(plain pass-through: mean {statistics.mean(plain):.1f} us)"
    )
    if args.no_gateway:
        return
    rows = [r for r in labelled() if not r["toxic"]]
    passing = [
        r["text"]
        for r, hit in zip(rows, blocked(classifier, [r["text"] for r in rows]), strict=True)
        if not hit
    ]  # the gateway rows time prompts that go through
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        demo = "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions"
        path.write_text(
            json.dumps(
                {
                    "interceptors": {
                        "noop": {"endpoint": "${NOOP_URL}/openai/deployments/noop/chat/completions"},
                        "blocker": {
                            "endpoint": "${TOXICITY_BLOCKER_URL}/openai/deployments/toxicity-blocker/"
                            "chat/completions"
                        },
                    },
                    "models": {
                        "behind-noop": {"endpoint": demo, "interceptors": ["noop"]},
                        "behind-blocker": {"endpoint": demo, "interceptors": ["blocker"]},
                    },
                    "keys": {KEY: {"project": "bench", "role": "default"}},
                }
            )
        )
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
