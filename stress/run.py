"""The scenarios, the scans after them, the table and the checks."""

from __future__ import annotations

import asyncio
import random
import secrets
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import orjson

from stress import corpus
from stress.client import Result, call, http_request, raw
from stress.pii import Bank
from stress.stack import INTERCEPTORS, KEYS, StressStack

HOP_KEYS = "gw:hop:*"  # per-request keys (and their `:used` marks)
RESULT_KEYS = "gw:result:*"  # a hop's usage, left for the replica that emits the event
SETTLE = 2.0  # seconds after a scenario's last client before its leftover keys are counted


@dataclass
class Options:
    fast: bool = False
    seed: int = 12
    work: Path | None = None  # logs, settings and Redis' directory; a temporary one if None
    read_timeout: float | None = None

    @property
    def sizes(self) -> dict:
        if self.fast:
            return {
                "c64": 64,
                "c256": 256,
                "fault_c": 8,
                "pause": 3.0,
                "hang": 4,
                "leave": 8,
                "names": 2500,
                "small": 6,
                "read_timeout": 6.0,
                "kill": "cache",
            }
        return {
            "c64": 1500,
            "c256": 3000,
            "fault_c": 16,
            "pause": 10.0,
            "hang": 16,
            "leave": 32,
            "names": 2500,
            "small": 16,
            "read_timeout": 15.0,
            "kill": "pii",
        }


@dataclass
class Row:
    name: str
    allowed_5xx: frozenset[int] = frozenset()  # what this fault may answer; any other 5xx fails
    results: list[Result] = field(default_factory=list)
    keys_left: int | None = None
    tracebacks: int = 0
    seconds: float = 0.0

    def statuses(self) -> Counter:
        return Counter(r.status if r.status is not None else r.outcome for r in self.results)

    def bad_5xx(self) -> list[Result]:
        return [
            r
            for r in self.results
            if r.status is not None and r.status >= 500 and r.status not in self.allowed_5xx
        ]


@dataclass
class Check:
    name: str
    evidence: list[str] = field(default_factory=list)
    asserted: bool = True  # part of the bar; the rest is reported only

    @property
    def ok(self) -> bool:
        return not self.evidence


@dataclass
class Report:
    rows: list[Row]
    checks: list[Check]
    rss_before: dict[str, int]
    rss_after: dict[str, int]
    pii: dict[str, list[str]]  # where -> evidence lines
    keys_final: dict[str, int]
    seconds: float
    fast: bool

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.name == name)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks if c.asserted)

    def table(self) -> str:
        total = sum(len(r.results) for r in self.rows)
        out = [f"make stress{' --fast' if self.fast else ''}: {total} requests in {self.seconds:.0f} s", ""]
        head = (
            "scenario",
            "seconds",
            "requests",
            "status codes",
            "5xx",
            "bad 5xx",
            "hangs",
            "dropped",
            "new keys left",
            "tracebacks",
        )
        lines = [head]
        for r in self.rows:
            st = r.statuses()
            codes = " ".join(f"{k}:{v}" for k, v in sorted(st.items(), key=lambda kv: str(kv[0])))
            lines.append(
                (
                    r.name,
                    f"{r.seconds:.0f}",
                    str(len(r.results)),
                    codes,
                    str(sum(v for k, v in st.items() if isinstance(k, int) and k >= 500)),
                    str(len(r.bad_5xx())),
                    str(st.get("hang", 0)),
                    str(st.get("conn-error", 0) + st.get("broken", 0)),
                    "-" if r.keys_left is None else str(r.keys_left),
                    str(r.tracebacks),
                )
            )
        widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
        for i, line in enumerate(lines):
            out.append("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
            if i == 0:
                out.append("  ".join("-" * w for w in widths))
        out += [
            "",
            "PII values in clear: " + ", ".join(f"{k}: {len(v)}" for k, v in self.pii.items()),
            "per-request keys left at the end: " + ", ".join(f"{k} {v}" for k, v in self.keys_final.items()),
            "memory (RSS before -> after): "
            + ", ".join(
                f"{n} {self.rss_before[n] / 2**20:.0f}->{self.rss_after.get(n, 0) / 2**20:.0f} MB"
                for n in self.rss_before
            ),
            "",
        ]
        for c in self.checks:
            mark = "PASS" if c.ok else ("FAIL" if c.asserted else "NOTE")
            out.append(f"[{mark}] {c.name}" + ("" if c.ok else f": {len(c.evidence)}"))
            for e in c.evidence[:12]:
                out.append(f"         {e}")
            if len(c.evidence) > 12:
                out.append(f"         ... and {len(c.evidence) - 12} more")
        return "\n".join(out)


class Suite:
    def __init__(self, opts: Options, stack: StressStack):
        self.opts, self.s, self.stack = opts, opts.sizes, stack
        self.bank = Bank(opts.seed)
        self.rng = random.Random(opts.seed)
        self.rows: list[Row] = []
        self.crashes: list[str] = []
        self.probes: list[str] = []  # forgeries that were accepted
        self.blame: list[str] = []  # timeouts that named the wrong hop
        self.unexpected: list[str] = []  # corpus answers outside the expected statuses
        self.gw = stack.url("gateway")
        self.session: aiohttp.ClientSession | None = None
        self.keys_seen = 0

    # Helpers.
    def _headers(self, key: str = KEYS["a"], **extra) -> dict:
        return {"Api-Key": key, "Content-Type": "application/json", **extra}

    def _chat(self, deployment: str) -> str:
        return f"{self.gw}/openai/deployments/{deployment}/chat/completions"

    async def _pii_call(
        self,
        scenario: str,
        ref: str,
        deployment: str = "private",
        *,
        stream: bool = False,
        leave_first: bool = False,
        leave_after: float | None = None,
        timeout: float = 120.0,
    ) -> Result:
        prompt, _ = self.bank.prompt(ref)
        body = orjson.dumps({"messages": [{"role": "user", "content": prompt}], "stream": stream})
        return await call(
            self.session,
            scenario,
            ref,
            self._chat(deployment),
            body=body,
            headers=self._headers(),
            timeout=timeout,
            leave_after_first_chunk=leave_first,
            leave_after=leave_after,
        )

    async def _pool(self, concurrency: int, jobs) -> list[Result]:
        queue: asyncio.Queue = asyncio.Queue()
        for j in jobs:
            queue.put_nowait(j)
        out: list[Result] = []

        async def worker() -> None:
            while not queue.empty():
                out.append(await queue.get_nowait()())

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return out

    async def _keys_left(self, wait: float = SETTLE) -> int:
        deadline = time.monotonic() + wait
        while True:
            n = sum(1 for _ in self.stack.client.scan_iter(HOP_KEYS, count=1000))
            if n == 0 or time.monotonic() > deadline:
                return n
            await asyncio.sleep(0.2)

    def _tracebacks(self, before: dict[Path, int]) -> int:
        n = 0
        for path in self.stack.log_files():
            with open(path, "rb") as f:
                f.seek(before.get(path, 0))
                n += f.read().count(b"Traceback (most recent call last)")
        return n

    async def _group(self, rows_and_coros: list[tuple[Row, object]]) -> None:
        """Run scenarios side by side; count leftover keys once all of their clients are done."""
        logs = self.stack.log_sizes()
        started = time.perf_counter()
        await asyncio.gather(*(c for _, c in rows_and_coros))
        rows = [r for r, _ in rows_and_coros]
        for r in rows:
            r.seconds = time.perf_counter() - started
        now = await self._keys_left()
        rows[-1].keys_left = max(0, now - self.keys_seen)  # new ones: older leftovers live on (TTL)
        self.keys_seen = now
        rows[-1].tracebacks = self._tracebacks(logs)
        self.rows.extend(rows)
        for name, code in self.stack.dead():
            if name not in self.stack.killed:
                self.crashes.append(f"{name} exited with {code} during '{rows[-1].name}'")
                self.stack.restart(name)

    # Scenarios.
    async def load(self, row: Row, concurrency: int, total: int) -> None:
        jobs = []
        for i in range(total):
            ref = f"{row.name.split()[0]}{concurrency}-{i:05d}"
            stream = self.rng.random() < 0.5
            leave = stream and self.rng.random() < 0.15
            jobs.append(
                lambda ref=ref, stream=stream, leave=leave: self._pii_call(
                    row.name, ref, stream=stream, leave_first=leave
                )
            )
        row.results = await self._pool(concurrency, jobs)

    async def _traffic(self, row: Row, stop: asyncio.Event, phase) -> list[tuple[str, Result]]:
        """Steady requests until `stop`; each tagged with the phase it started in."""
        out: list[tuple[str, Result]] = []
        counter = iter(range(1_000_000))

        async def worker() -> None:
            while not stop.is_set():
                ph = phase()
                i = next(counter)
                res = await self._pii_call(
                    row.name,
                    f"{row.name.split()[0]}-{i:05d}",
                    stream=i % 2 == 1,
                    timeout=self.s["read_timeout"] * 3 + 10,
                )
                out.append((ph, res))
                if res.status != 200:
                    await asyncio.sleep(0.2)  # as a client would before trying again

        await asyncio.gather(*(worker() for _ in range(self.s["fault_c"])))
        return out

    async def kill_interceptor(self, during: Row, after: Row, name: str) -> None:
        stop, state = asyncio.Event(), {"phase": "during"}
        traffic = asyncio.create_task(self._traffic(during, stop, lambda: state["phase"]))
        await asyncio.sleep(1.0)
        self.stack.kill(name)
        await asyncio.sleep(2.0)
        await asyncio.to_thread(self.stack.restart, name)
        self.stack.killed.discard(name)
        state["phase"] = "after"
        await asyncio.sleep(3.0)
        stop.set()
        for ph, res in await traffic:
            (after if ph == "after" else during).results.append(res)

    async def pause_redis(self, during: Row, after: Row) -> None:
        stop, state = asyncio.Event(), {"phase": "during"}
        traffic = asyncio.create_task(self._traffic(during, stop, lambda: state["phase"]))
        await asyncio.sleep(1.0)
        self.stack.pause_redis()
        try:
            await asyncio.sleep(self.s["pause"])
        finally:
            self.stack.resume_redis()
        await asyncio.sleep(1.0)
        state["phase"] = "after"
        await asyncio.sleep(3.0)
        stop.set()
        for ph, res in await traffic:
            (after if ph == "after" else during).results.append(res)

    async def hang(self, row: Row) -> None:
        """A model that never answers: each client gets a 504 that names the model, in bounded time."""
        n = self.s["hang"]
        row.results = await asyncio.gather(
            *(
                self._pii_call(
                    row.name,
                    f"hang-{i:03d}",
                    "hang",
                    stream=i % 2 == 1,
                    timeout=self.s["read_timeout"] * 3 + 10,
                )
                for i in range(n)
            )
        )
        for r in row.results:
            if r.status == 504 and "hang" not in r.message and "model" not in r.message.lower():
                self.blame.append(f"{r.ref}: 504 '{r.message}' (the model 'hang' is the hop that timed out)")

    async def dies(self, row: Row) -> None:
        n = self.s["hang"]
        row.results = await asyncio.gather(
            *(self._pii_call(row.name, f"dies-{i:03d}", "dies", stream=i % 2 == 1) for i in range(n))
        )

    async def leave(self, row: Row) -> None:
        """Clients that leave a model that is slow: nothing of theirs may stay behind."""
        n = self.s["leave"]
        stalls = [
            self._pii_call(row.name, f"leave-s-{i:03d}", "stalls", stream=True, leave_first=True)
            for i in range(n // 2)
        ]
        waits = [
            self._pii_call(row.name, f"leave-h-{i:03d}", "hang", leave_after=1.5) for i in range(n - n // 2)
        ]
        row.results = list(await asyncio.gather(*stalls, *waits))

    async def stall(self, row: Row, big_row: Row) -> None:
        """One request of thousands of messages with unique names beside small ones (defect 4)."""
        messages = [
            {
                "role": "user",
                "content": f"Note {i}: {self.bank.person(f'names-{i:05d}').name} called about the invoice.",
            }
            for i in range(self.s["names"])
        ]
        big = call(
            self.session,
            row.name,
            "names-big",
            self._chat("private"),
            headers=self._headers(),
            body=orjson.dumps({"messages": messages}),
            timeout=self.s["read_timeout"] * 3 + 30,
        )
        big_task = asyncio.create_task(big)
        await asyncio.sleep(0.5)
        small = await asyncio.gather(
            *(
                self._pii_call(row.name, f"names-small-{i:03d}", timeout=self.s["read_timeout"] * 3 + 10)
                for i in range(self.s["small"])
            )
        )
        big_row.results = [await big_task]
        row.results = list(small)

    async def corpus(self, row: Row) -> None:
        port = int(self.gw.rsplit(":", 1)[1])
        cases = corpus.gateway_cases(self.bank, "private", KEYS["a"])
        results = []
        for name, request, expected in cases:
            res = await raw(row.name, name, port, request, timeout=self.s["read_timeout"] * 3 + 10)
            results.append(res)
            self._expect(f"gateway {name}", res, expected)
        row.results = results

    async def corpus_service(self, row: Row, service: str) -> None:
        port = int(self.stack.url(service).rsplit(":", 1)[1])
        results = []
        for name, request, expected in corpus.service_cases(INTERCEPTORS[service]):
            res = await raw(row.name, name, port, request, timeout=self.s["read_timeout"] * 3 + 10)
            results.append(res)
            self._expect(f"{service} {name}", res, expected)
        row.results = results

    def _expect(self, where: str, res: Result, expected: set[int]) -> None:
        if res.status not in expected or res.error_type == "non-json":
            got = res.status if res.status is not None else res.outcome
            shape = " (error body not our JSON)" if res.error_type == "non-json" else ""
            self.unexpected.append(f"{where}: {got}{shape}, expected {sorted(expected)}")

    async def forgeries(self, row: Row) -> None:
        """Forged keys and identity headers must be refused (defects 2, 4, 9)."""
        results: list[Result] = []
        # A teammate's key, the same conversation id: the first key's values must not come back.
        conv = f"stress-conv-{self.opts.seed}"
        prompt, person = self.bank.prompt("forge-vault")
        body = orjson.dumps({"messages": [{"role": "user", "content": prompt}]})
        results.append(
            await call(
                self.session,
                row.name,
                "forge-vault-owner",
                self._chat("private"),
                body=body,
                headers=self._headers(**{"X-Conversation-Id": conv}),
            )
        )
        # Typed tokens are neutralized; a model can still be told to write one ("SPELL" in the double).
        ask = orjson.dumps(
            {
                "messages": [
                    {
                        "role": "user",
                        "content": (
                            "SPELL [PERSON underscore 1] / [EMAIL underscore ADDRESS underscore 1] / "
                            "[PHONE underscore NUMBER underscore 1]"
                        ),
                    }
                ]
            }
        )
        res = await call(
            self.session,
            row.name,
            "forge-vault-teammate",
            self._chat("private"),
            body=ask,
            headers=self._headers(KEYS["a2"], **{"X-Conversation-Id": conv}),
            keep_body=True,
        )
        results.append(res)
        got = {kind for kind, p in self.bank.find(res.body.decode("utf-8", "replace")) if p is person}
        if got:
            self.probes.append(
                f"vault across keys: a second key of the project sent the first key's "
                f"conversation id and got its {'/'.join(sorted(got))} back "
                f"(status {res.status})"
            )
        # A direct call to the cache with a forged project reads that project's answer.
        text = f"cache probe {secrets.token_hex(4)}"
        body = orjson.dumps({"messages": [{"role": "user", "content": text}]})
        results.append(
            await call(
                self.session,
                row.name,
                "forge-cache-fill",
                self._chat("private"),
                body=body,
                headers=self._headers(),
            )
        )
        chain = _chain_identity(self.stack, "private", "cache")
        for _ in range(5 if chain is not None else 0):  # the entry is written after the answer
            await asyncio.sleep(0.3)
            res = await call(
                self.session,
                row.name,
                "forge-cache-read",
                f"{self.stack.url('cache')}/openai/deployments/response-cache/chat/completions",
                body=body,
                keep_body=True,
                headers={
                    "Api-Key": secrets.token_urlsafe(24),
                    "Content-Type": "application/json",
                    "X-Gateway-Project": "proj-a",
                    "X-Gateway-Key-Id": "forged",
                    "X-Dial-Deployment-Id": "private",
                    "X-Gateway-Chain": chain,
                },
            )
            if res.status == 200 and text.encode() in res.body:
                self.probes.append(
                    "cache: a direct call with a forged X-Gateway-Project (and a random key) "
                    "got proj-a's cached answer (200)"
                )
                break
        if chain is not None:
            results.append(res)
        # The audit endpoint of the anonymizer, with no key at all.
        payload = orjson.dumps({"texts": ["Hello, I am someone."], "rule_lists": {"x": {"*": "text"}}})
        res = await raw(
            row.name,
            "forge-audit-open",
            int(self.stack.url("pii").rsplit(":", 1)[1]),
            http_request("POST", "/v1/audit/anonymize", {"Content-Type": "application/json"}, payload),
        )
        results.append(res)
        if res.status == 200:
            self.probes.append("pii /v1/audit/anonymize answered 200 to a caller with no key")
        row.results = results

    async def run(self) -> None:
        timeout = aiohttp.ClientTimeout(total=None)
        connector = aiohttp.TCPConnector(limit=0, force_close=False)
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as self.session:
            warm = Row("warm-up")
            await self._group([(warm, self.load(warm, 4, 8))])
            self.rss_before = self.stack.rss()
            r64, r256 = Row("load c=64"), Row("load c=256")
            await self._group([(r64, self.load(r64, 64, self.s["c64"]))])
            await self._group([(r256, self.load(r256, 256, self.s["c256"]))])
            victim = self.s["kill"]
            kd, ka = Row(f"{victim} killed", frozenset({502, 503, 504})), Row(f"{victim} restarted")
            await self._group([(kd, self.kill_interceptor(kd, ka, victim)), (ka, asyncio.sleep(0))])
            pd, pa = Row("redis paused", frozenset({502, 503, 504})), Row("redis resumed")
            await self._group([(pd, self.pause_redis(pd, pa)), (pa, asyncio.sleep(0))])
            lv = Row("clients leave slow model")
            await self._group([(lv, self.leave(lv))])
            hg, ds = Row("model hangs", frozenset({504})), Row("model dies mid-stream", frozenset({502}))
            bad = Row("bad input -> gateway")
            svc = {name: Row(f"bad input -> {name}") for name in INTERCEPTORS}
            await self._group([(hg, self.hang(hg)), (ds, self.dies(ds))])
            await self._group(
                [(bad, self.corpus(bad)), *((r, self.corpus_service(r, n)) for n, r in svc.items())]
            )
            fg = Row("forged keys/headers")
            await self._group([(fg, self.forgeries(fg))])
            # The large request may be refused when its analysis budget runs out (504 pii_timeout):
            # the budget stopping the work is the fix. The small ones beside it must all pass.
            st, big = Row("2,500 names: small ones"), Row("2,500 names: the large one", frozenset({504}))
            await self._group([(st, self.stall(st, big)), (big, asyncio.sleep(0))])
            self.rss_after = self.stack.rss()


def _grouped(items) -> list[str]:
    """(row, status, what, ref) -> one line per (row, status, what) with a count and the first refs."""
    groups: dict[tuple, list[str]] = {}
    for row, status, what, ref in items:
        groups.setdefault((row, status, what), []).append(ref)
    return [
        f"{row}: {len(refs)} x {status} ({what}), e.g. {', '.join(sorted(refs)[:3])}"
        for (row, status, what), refs in groups.items()
    ]


def _chain_identity(stack: StressStack, deployment: str, interceptor: str) -> str | None:
    """The X-Gateway-Chain the gateway sends `interceptor` for `deployment` (an insider's computation;
    an attacker can get it the same way from the settings, or from any request the service logged)."""
    try:
        from gateway.chain import chain_identity
        from gateway.config.loader import load_config

        env = {
            **stack.stack.base_env,
            **{s.url_env: stack.url(s.name) for s in stack.stack.services if s.url_env},
        }
        config = load_config([stack.settings_path], env)
        chain = tuple(config.chain(deployment))
        return chain_identity(config, chain, chain.index(interceptor))
    except Exception:
        return None


def _scan_redis(stack: StressStack, bank: Bank) -> list[str]:
    found = []
    r = stack.client
    for key in r.scan_iter(count=1000):
        kind = r.type(key).decode()
        if kind == "string":
            parts = [r.get(key) or b""]
        elif kind == "hash":
            parts = [b" ".join(kv) for kv in r.hgetall(key).items()]
        elif kind == "list":
            parts = r.lrange(key, 0, -1)
        elif kind in ("set", "zset"):
            parts = list(r.smembers(key)) if kind == "set" else r.zrange(key, 0, -1)
        elif kind == "stream":
            parts = [b" ".join(b" ".join(kv) for kv in fields.items()) for _, fields in r.xrange(key)]
        else:
            continue
        text = " ".join(p.decode("utf-8", "replace") for p in parts)
        for what, p in bank.find(text):
            name = key.decode(errors="replace")[:40]
            found.append(f"{what} of request {p.ref} in Redis key {name} ({kind})")
    return found


def _scan_logs(stack: StressStack, bank: Bank) -> list[str]:
    found = []
    for path in stack.log_files():
        text = path.read_text(errors="replace")
        hits = Counter((what, p.ref) for what, p in bank.find(text))
        found += [f"{what} of request {ref} in {path.name} ({n}x)" for (what, ref), n in sorted(hits.items())]
    return found


async def _scan_model(stack: StressStack, bank: Bank) -> list[str]:
    async with aiohttp.ClientSession() as s, s.get(f"{stack.url('doubles')}/calls") as r:
        calls = await r.json()
    found = []
    for c in calls:
        # JSON escapes (\u200b, \uff10) are what the model decodes: scan the decoded strings.
        text = " ".join(_strings(c.get("body")))
        for what, p in bank.find(text):
            found.append(f"{what} of request {p.ref} reached the model")
    return sorted(set(found))


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


async def _run(opts: Options, work: Path) -> Report:
    started = time.perf_counter()
    sizes = opts.sizes
    stack = StressStack(work, opts.read_timeout or sizes["read_timeout"])
    await asyncio.to_thread(stack.start)
    suite = Suite(opts, stack)
    try:
        await suite.run()
        # Let what the gateway does after a request (usage, audit) finish before the scans.
        await asyncio.sleep(1.0)
        pii = {
            "model": await _scan_model(stack, suite.bank),
            "logs": _scan_logs(stack, suite.bank),
            "redis": _scan_redis(stack, suite.bank),
        }
        keys_final = {
            "gw:hop:*": await suite._keys_left(0),
            "gw:result:*": sum(1 for _ in stack.client.scan_iter(RESULT_KEYS, count=1000)),
        }
        for name, code in stack.dead():
            suite.crashes.append(f"{name} exited with {code} by the end of the run")
    finally:
        stack.stop()
    rows = suite.rows
    checks = [
        Check(
            "no 5xx but the faults' own (502/503/504 while a service is down, 504 from a hanging model)",
            _grouped(
                (r.name, x.status, f"{x.error_type}: {x.message[:90]}", x.ref)
                for r in rows
                for x in r.bad_5xx()
            ),
        ),
        Check(
            "no hangs (every client answered within its deadline)",
            [
                f"{r.name}: {x.ref} had no answer after {x.elapsed:.0f} s"
                for r in rows
                for x in r.results
                if x.outcome == "hang"
            ],
        ),
        Check(
            "no dropped connections or cut bodies (bad-input rows excepted: malformed HTTP may be closed)",
            [
                f"{r.name}: {x.ref} {x.outcome} (status {x.status})"
                for r in rows
                for x in r.results
                if x.outcome in ("conn-error", "broken") and not r.name.startswith("bad input")
            ],
        ),
        Check("no crashes", suite.crashes),
        Check("no PII value reached the model", pii["model"]),
        Check("no PII value in the services' logs", pii["logs"]),
        Check("no PII value in Redis in clear", pii["redis"]),
        Check(
            "no per-request keys left behind",
            [
                f"{r.name}: {r.keys_left} new gw:hop:* keys {SETTLE:.0f} s after its last client"
                for r in rows
                if r.keys_left
            ]
            + [f"end of run: {n} {k} keys" for k, n in keys_final.items() if n],
        ),
        Check("forged keys and identity headers refused", suite.probes),
        Check("timeouts name the hop that timed out", suite.blame),
        Check(
            "bad input answered as expected (4xx in our JSON error shape)", suite.unexpected, asserted=False
        ),
        Check(
            "no tracebacks in the logs",
            [f"{r.name}: {r.tracebacks} tracebacks" for r in rows if r.tracebacks],
            asserted=False,
        ),
    ]
    return Report(
        rows,
        checks,
        suite.rss_before,
        suite.rss_after,
        pii,
        keys_final,
        time.perf_counter() - started,
        opts.fast,
    )


def run(opts: Options) -> Report:
    if opts.work is not None:
        opts.work.mkdir(parents=True, exist_ok=True)
        return asyncio.run(_run(opts, opts.work))
    with tempfile.TemporaryDirectory(prefix="stress-") as tmp:
        return asyncio.run(_run(opts, Path(tmp)))
