"""The `response-cache` interceptor: a complete answer is stored once and replayed to identical
requests, as a stream or not, whichever the new request asks for.

Entries are keyed by the request's answer-shaping fields, the deployment, the chain around the
cache (so a policy change never serves an old answer) and the scope (the caller's project by
default). Identical requests arriving together call the model once. Redis trouble costs a miss,
never an error.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import ClassVar

from aidial_interceptors_sdk.chat_completion.annotated_value import AnnotatedChunk, AnnotatedValue
from prometheus_client import Counter
from pydantic import BaseModel
from typing_extensions import override

from interceptors.common import contract
from interceptors.common.base import PolicyInterceptor
from interceptors.response_cache.entry import Recorder, replay
from interceptors.response_cache.keys import entry_key
from interceptors.response_cache.settings import CachePolicy, CacheSettings, PolicyOverride
from interceptors.response_cache.store import FailOpenStore

_log = logging.getLogger(__name__)
CACHE_HEADER = contract.CACHE
RESULTS = Counter(
    "response_cache_requests_total",
    "Requests by cache result: hit (coalesced: served from an identical request in flight), miss, bypass.",
    ["result"],
)
STORED = Counter("response_cache_stored_total", "Answers stored, or not stored and why.", ["outcome"])
SCOPE_HEADERS = {"project": contract.PROJECT, "key": contract.KEY_ID}  # present only when signed


@dataclass
class CacheContext:
    settings: CacheSettings
    store: FailOpenStore
    inflight: dict[str, asyncio.Future] = field(default_factory=dict)
    writes: set[asyncio.Task] = field(default_factory=set)


@dataclass(frozen=True)
class Plan:
    key: str
    read: bool
    write: bool
    policy: CachePolicy


class ResponseCacheInterceptor(PolicyInterceptor):
    context: ClassVar[CacheContext]
    schema: ClassVar[type[BaseModel]] = PolicyOverride

    def service_policy(self) -> CachePolicy:
        return self.context.settings.policy

    def _policy(self) -> CachePolicy:
        return self.merged_policy()

    def _plan(self, request: dict) -> Plan | None:
        policy = self._policy()
        directives = {
            d.strip().split("=")[0] for d in self.request.headers.get("cache-control", "").lower().split(",")
        }
        read = policy.mode in ("on", "read-only") and "no-cache" not in directives
        write = policy.mode in ("on", "write-only") and "no-store" not in directives
        if not (read or write):
            return None
        headers = self.request.headers
        scope = "global"
        if policy.scope != "global":
            value = headers.get(SCOPE_HEADERS[policy.scope])
            if not value:
                _log.warning(
                    "no %s header: cannot scope the cache by %s; request not cached",
                    SCOPE_HEADERS[policy.scope],
                    policy.scope,
                )
                return None
            scope = f"{policy.scope}:{value}"
        key = entry_key(
            request,
            deployment=headers.get(contract.DEPLOYMENT, ""),
            scope=scope,
            chain=headers.get(contract.CHAIN, ""),
        )
        return Plan(key, read, write, policy)

    @override
    async def call_upstreams(self, request, call_upstream) -> AsyncIterator[AnnotatedValue]:
        plan = self._plan(request)
        if plan is None:
            return await self._uncached(request, call_upstream, "BYPASS")
        ctx = self.context
        leader: asyncio.Future | None = None
        if plan.read and plan.key in ctx.inflight:  # an identical request is calling the model
            raw = await self._wait(ctx.inflight[plan.key])
            if raw is not None:
                return self._hit(raw, "coalesced")
        elif plan.read and plan.write:
            leader = asyncio.get_running_loop().create_future()
            ctx.inflight[plan.key] = leader
            task = asyncio.current_task()
            if task is not None:  # however the request ends, waiters are released
                task.add_done_callback(lambda _: self._release(plan.key, leader, None))
        if plan.read:
            raw = await ctx.store.get(plan.key)
            if raw is not None:
                self._release(plan.key, leader, raw)
                return self._hit(raw, "hit")
        upstream = await self._uncached(request, call_upstream, "MISS")
        if not plan.write:
            self._release(plan.key, leader, None)
            return upstream
        return self._record(upstream, plan, leader)

    async def _uncached(self, request, call_upstream, result: str) -> AsyncIterator[AnnotatedValue]:
        self.response.append_header(CACHE_HEADER, result)
        RESULTS.labels(result.lower()).inc()
        return await super().call_upstreams(request, call_upstream)

    def _hit(self, raw: bytes, result: str) -> AsyncIterator[AnnotatedValue]:
        self.response.append_header(CACHE_HEADER, "HIT")
        RESULTS.labels(result).inc()
        return _stream(replay(raw, bool(self.request.stream)))

    async def _wait(self, flight: asyncio.Future) -> bytes | None:
        try:
            return await asyncio.wait_for(asyncio.shield(flight), self.context.settings.coalesce_wait_seconds)
        except TimeoutError:
            return None

    def _release(self, key: str, leader: asyncio.Future | None, raw: bytes | None) -> None:
        if leader is None or leader.done():
            return
        leader.set_result(raw)
        if self.context.inflight.get(key) is leader:
            del self.context.inflight[key]

    async def _record(
        self, upstream: AsyncIterator[AnnotatedValue], plan: Plan, leader: asyncio.Future | None
    ) -> AsyncIterator[AnnotatedValue]:
        recorder = Recorder(plan.policy.max_entry_bytes)
        finished = False
        try:
            async for value in upstream:
                if isinstance(value, AnnotatedChunk):
                    recorder.add(value.chunk)
                else:  # an error from upstream: the answer is not complete
                    recorder.spoiled = True
                    self._release(plan.key, leader, None)
                yield value
            finished = True
        finally:
            raw = recorder.entry() if finished else None
            self._release(plan.key, leader, raw)
            if raw is not None:
                self._store(plan, raw)
            else:
                STORED.labels(
                    "too_large" if recorder.size > plan.policy.max_entry_bytes else "incomplete"
                ).inc()

    def _store(self, plan: Plan, raw: bytes) -> None:
        """Written after the answer went out: the client does not wait for Redis."""
        ctx = self.context

        async def write() -> None:
            ok = await ctx.store.set(plan.key, raw, plan.policy.ttl_seconds)
            STORED.labels("stored" if ok else "store_failed").inc()

        task = asyncio.get_running_loop().create_task(write())
        ctx.writes.add(task)
        task.add_done_callback(ctx.writes.discard)


async def _stream(chunks: list[dict]) -> AsyncIterator[AnnotatedValue]:
    for chunk in chunks:
        yield AnnotatedChunk(chunk=chunk, annotation=None)
