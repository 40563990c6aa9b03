"""The interceptor chain (dial-protocol.md §4) and the final hop to the deployment (§5).

The next hop is found only from the state stored under the caller's per-request key, so an
interceptor can neither skip nor reorder the chain, and a client cannot reach a model around it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import secrets
import time
from dataclasses import replace
from typing import Any

import orjson

from gateway import metrics
from gateway.auth import Identity
from gateway.balancer import RETRIABLE, Balancer
from gateway.config import (
    RESERVED_DEPLOYMENT,
    Application,
    Config,
    Deployment,
    Interceptor,
    Model,
    Upstream,
)
from gateway.context import Call
from gateway.errors import BadRequestError, ForbiddenError, NotFoundError, ServiceUnavailableError
from gateway.events import Results
from gateway.forward import Attempt, HopClient, Outcome
from gateway.http import REPORTED_HEADERS, Request, forward_headers
from gateway.keys import HopKey, KeyStore, new_key
from gateway.limits import Quotas
from interceptors.common import contract

_log = logging.getLogger(__name__)

KEPT_HEADERS = contract.KEPT
# Fields only DIAL services understand; an OpenAI-compatible upstream would reject them.
DIAL_ONLY_FIELDS = ("custom_fields", "max_prompt_tokens", "addons")
CONFIG_FIELD = contract.CONFIG_FIELD
HOP_MARGIN = 5.0  # seconds each interceptor hop may wait beyond the hops after it
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


class Chain:
    def __init__(
        self,
        store: KeyStore,
        client: HopClient,
        balancer: Balancer,
        quotas: Quotas,
        results: Results,
        secret: bytes,
    ):
        self.store, self.client, self.balancer, self.quotas = store, client, balancer, quotas
        self.secret = secret
        self._retries: set[asyncio.Task] = set()  # deletions of keys Redis refused, until it is back
        self.results = results
        # Headers inner hops reported for the client (X-Cache...), by request id, until the root
        # response starts: an interceptor SDK does not pass its upstream's headers on.
        self.reports: dict[str, list[tuple[bytes, bytes]]] = {}
        self._ids: tuple[Config | None, dict[tuple[tuple[str, ...], int], str]] = (None, {})

    async def enter(self, call: Call) -> Outcome:
        """A call to a deployment: start its chain, or call it if it has none."""
        caller, name = call.caller, call.deployment
        if name == RESERVED_DEPLOYMENT:
            return await self._continue(call)
        dep = find_deployment(call.config, name, caller.identity)
        if caller.hop is not None:
            if caller.hop.is_interceptor and name == caller.hop.deployment:
                raise ForbiddenError(
                    f"An interceptor cannot call '{name}' around its chain; "
                    f"continue through the '{RESERVED_DEPLOYMENT}' deployment."
                )
            if not dep.features.accessible_by_per_request_key:
                raise ForbiddenError(f"Deployment '{name}' is not accessible by a per-request key.")
        headers = call.req.headers
        kept = {h: headers[h] for h in KEPT_HEADERS if h in headers}
        chain = tuple(call.config.chain(name))
        hop = HopKey(caller.identity, name, call.api, chain, 0, kept, call.request_id, call.trace)
        if chain:
            return await self._interceptor(call, hop)
        return await self._deployment(call, hop, dep)

    async def _continue(self, call: Call) -> Outcome:
        caller, config = call.caller, call.config
        if caller.hop is None or not caller.hop.is_interceptor:
            raise ForbiddenError(
                f"The '{RESERVED_DEPLOYMENT}' deployment is reserved for interceptors calling back "
                "with the per-request key they were given."
            )
        hop = caller.hop  # the state stored under the caller's key (gateway.auth read it)
        if call.api != hop.api:
            raise BadRequestError(f"This chain serves '{hop.api}', not '{call.api}'.")
        index = hop.index + 1
        nxt = replace(hop, index=index if index < len(hop.chain) else -1)
        if nxt.is_interceptor:
            dep = None
            _configured(config, nxt.chain[index])
        else:
            dep = find_deployment(config, hop.deployment, hop.identity)
        # The caller's key is consumed and the next hop's key stored in one step (one round trip).
        # An OpenAI-compatible upstream cannot call back: it gets no per-request key.
        key = None if isinstance(dep, Model) and dep.direct else new_key()
        try:
            advanced = await self.store.advance(caller.hop_key or "", key, nxt)
        except Exception:
            if key is not None:  # a Redis that stalled may still run the write once it is back
                self._delete_later(key)
            raise
        if not advanced:
            raise ForbiddenError("This per-request key was already used to continue its chain.")
        if dep is None:
            return await self._interceptor(call, nxt, key)
        return await self._deployment(call, nxt, dep, key)

    async def _interceptor(self, call: Call, hop: HopKey, key: str | None = None) -> Outcome:
        name = hop.chain[hop.index]
        icpt = _configured(call.config, name)
        body, changed = _with_interceptor_config(call.body, icpt.defaults)
        headers = self._headers(call.req, icpt, hop)
        headers[contract.DEPLOYMENT] = hop.deployment
        # Interceptors that keep per-tenant state (the PII vault, the cache) scope it by these,
        # signed by us (in `_hop`, with the hop's key): a service trusts them only then.
        headers[contract.PROJECT] = hop.identity.project
        headers[contract.KEY_ID] = hop.identity.key_id
        # What else shapes the answer this interceptor sees: a cache keys its entries by it.
        headers[contract.CHAIN] = self._chain_identity(call.config, hop.chain, hop.index)
        headers[contract.REQUEST_ID] = hop.request_id
        payload = orjson.dumps(body) if changed else call.raw
        return await self._hop(
            call,
            hop,
            [Attempt(_url(icpt.endpoint, call.req.query), headers, payload)],
            f"Interceptor '{name}'",
            stream=bool(body.get("stream")),
            retriable=frozenset(),
            key=key,
        )

    async def _deployment(
        self, call: Call, hop: HopKey, dep: Model | Application, key: str | None = None
    ) -> Outcome:
        config = call.config
        final = hop if hop.index == -1 else replace(hop, index=-1)
        model = dep if isinstance(dep, Model) else None
        # Only models are limited, against the root caller, once the chain has run (§9).
        try:
            limited = model is not None and await self.quotas.check(config, hop.identity, hop.deployment, dep)
        except BaseException:
            if key is not None:  # stored by the continuation: refused before its hop began
                await self._drop(key)
            raise
        body, changed = _fill_defaults(call.body, dep.defaults)
        if model is not None and model.override_name and body.get("model") != model.override_name:
            body, changed = {**body, "model": model.override_name}, True
        strip_usage = False
        if model is not None and model.direct:
            # Ask an OpenAI-compatible upstream for the usage of a stream; if the client did not
            # ask for it too, its usage-only event is taken out again on the way back.
            options = body.get("stream_options")
            if body.get("stream") and not (isinstance(options, dict) and options.get("include_usage")):
                body = {**body, "stream_options": {**(options or {}), "include_usage": True}}
                strip_usage = True
            attempts = self._direct(final, model, body)
        else:
            payload = orjson.dumps(body) if changed else call.raw
            attempts = self._adapter(call.req, final, dep, payload)
        retriable = RETRIABLE | frozenset(config.retriable_error_codes)
        out = await self._hop(
            call,
            final,
            attempts,
            f"Deployment '{hop.deployment}'",
            stream=bool(body.get("stream")),
            retriable=retriable,
            count_usage=True,
            strip_usage=strip_usage,
            key=key,
        )
        if limited and out.status == 200 and out.usage:
            await self.quotas.add_tokens(hop.identity, hop.deployment, _total_tokens(out.usage))
        await self.results.put(
            hop.request_id, {"usage": out.usage, "attempts": out.attempts, "status": out.status}
        )
        return out

    def _adapter(self, req: Request, hop: HopKey, dep: Model | Application, payload: bytes) -> list[Attempt]:
        url = _url(dep.endpoint or "", req.query)
        base = self._headers(req, dep, hop)
        if isinstance(dep, Model) and dep.override_name:
            base[contract.OVERRIDE_NAME] = dep.override_name
        ups = dep.upstreams if isinstance(dep, Model) else []
        if not ups:
            return [Attempt(url, base, payload)]
        limit = dep.max_retry_attempts  # type: ignore[union-attr]
        return [
            Attempt(url, {**base, **_upstream_headers(u)}, payload, self._feedback(hop, u))
            for u in self.balancer.order(hop.deployment, ups, limit)
        ]

    def _direct(self, hop: HopKey, model: Model, body: dict) -> list[Attempt]:
        body = {k: v for k, v in body.items() if k not in DIAL_ONLY_FIELDS}
        body.setdefault("model", hop.deployment)
        payload = orjson.dumps(body)
        out = []
        for u in self.balancer.order(hop.deployment, model.upstreams, model.max_retry_attempts):
            headers = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
            if hop.trace:
                headers["traceparent"] = traceparent(hop.trace)
            if u.key:
                headers["authorization"] = f"Bearer {u.key}"
                headers["api-key"] = u.key  # Azure OpenAI
            out.append(Attempt(u.endpoint, headers, payload, self._feedback(hop, u), hop_key=False))
        return out

    def _feedback(self, hop: HopKey, up: Upstream):
        return lambda status, retry_after: self.balancer.report(hop.deployment, up, status, retry_after)

    def _headers(self, req: Request, dep: Deployment, hop: HopKey) -> dict[str, str]:
        headers = forward_headers(req.headers, dep.forward_auth_token)
        for k, v in hop.headers.items():
            headers.setdefault(k, v)
        if hop.trace:
            headers["traceparent"] = traceparent(hop.trace)
        return headers

    def _chain_identity(self, config: Config, chain: tuple[str, ...], index: int) -> str:
        """chain_identity, computed once per chain entry of the settings in force."""
        if self._ids[0] is not config:
            self._ids = (config, {})
        ids = self._ids[1]
        found = ids.get((chain, index))
        if found is None:
            found = ids[(chain, index)] = chain_identity(config, chain, index)
        return found

    async def _drop(self, key: str) -> None:
        """Delete a hop's key now; on Redis trouble, again once it is back."""
        try:  # shielded: a request cancelled twice (client gone, then shutdown) still deletes it
            await asyncio.shield(self.store.delete(key))
        except Exception as exc:
            _log.warning("could not delete a per-request key (%s); retrying", type(exc).__name__)
            self._delete_later(key)

    def _delete_later(self, key: str) -> None:
        task = asyncio.get_running_loop().create_task(self._delete_when_back(key))
        self._retries.add(task)
        task.add_done_callback(self._retries.discard)

    async def _delete_when_back(self, key: str, attempts: int = 60) -> None:
        """Every second for a minute (a stalled write may land late: the first success is not the
        end); after that the key expires (GATEWAY_HOP_KEY_TTL)."""
        deleted = 0
        for _ in range(attempts):
            await asyncio.sleep(1.0)
            try:
                await self.store.delete(key)
                deleted += 1
            except Exception:
                continue
            if deleted >= 3:
                return

    def _on_headers(self, hop: HopKey, root: bool):
        """For the root hop: the headers to add to the client's response. For inner hops: keep
        the headers they report for the client."""
        rid = hop.request_id
        if root:

            def extra(headers) -> list[tuple[bytes, bytes]]:
                reported = [(k, v) for k, v in self.reports.pop(rid, ()) if k.decode() not in headers]
                own = [(k.lower(), v) for k, v in headers.items() if k.lower() in REPORTED_HEADERS]
                for k, v in [*own, *((k.decode(), v.decode("latin-1")) for k, v in reported)]:
                    if k != "retry-after":
                        metrics.REPORTED.labels(k, v).inc()
                        metrics.REPORTED_BY_DEPLOYMENT.labels(hop.deployment, k, v).inc()
                return [(contract.REQUEST_ID.encode(), rid.encode()), *reported]

            return extra

        def keep(headers) -> list[tuple[bytes, bytes]]:
            # Kept only while the root request is served here: a replica that serves another's
            # callbacks would otherwise keep them forever (its root pops them, not ours).
            if rid not in self.results.live:
                return []
            found = [
                (k.lower().encode("latin-1"), v.encode("latin-1"))
                for k, v in headers.items()
                if k.lower() in REPORTED_HEADERS
            ]
            if found:
                self.reports.setdefault(rid, []).extend(found)
            return []

        return keep

    async def _hop(
        self,
        call: Call,
        hop: HopKey,
        attempts: list[Attempt],
        label: str,
        *,
        stream: bool,
        retriable: frozenset[int],
        count_usage: bool = False,
        strip_usage: bool = False,
        key: str | None = None,
    ) -> Outcome:
        """Call the hop under a fresh per-request key (`key`, if the continuation stored it) and
        relay its answer; the key is deleted when the hop ends."""
        if key is None and any(att.hop_key for att in attempts):
            key = new_key()
            try:
                await self.store.put(key, hop)
            except Exception:
                # A Redis that stalled may still run the write once it is back: delete it then too.
                self._delete_later(key)
                raise
        for att in attempts:
            if key is not None and att.hop_key:
                att.headers["api-key"] = key
                if hop.is_interceptor:
                    parts = contract.hop_parts(att.headers, key)
                    att.headers[contract.SIGNATURE] = contract.sign(self.secret, parts)
        started = time.perf_counter()
        out = None
        name = hop.chain[hop.index] if hop.is_interceptor else "model"
        try:
            # Each hop may stay silent a little longer than the hops after it, so when something
            # hangs, the hop nearest to it times out first and the error names it.
            later = len(hop.chain) - hop.index if hop.is_interceptor else 0
            read_timeout = (self.client.timeout.sock_read or 0.0) + HOP_MARGIN * later
            out = await self.client.relay(
                call.req,
                attempts,
                hop=label,
                stream=stream,
                read_timeout=read_timeout,
                retriable=retriable,
                count_usage=count_usage,
                on_headers=self._on_headers(hop, call.root),
                strip_usage=strip_usage,
            )
        finally:
            metrics.HOP.labels(hop.deployment, name).observe(time.perf_counter() - started)
            if key is not None:
                await self._drop(key)
            if call.root:
                self.reports.pop(hop.request_id, None)
            if count_usage and _log.isEnabledFor(logging.INFO):
                usage = (out.usage if out else None) or {}
                _log.info(
                    "request id=%s project=%s key=%s deployment=%s status=%s attempts=%s ms=%.1f "
                    "prompt_tokens=%s completion_tokens=%s",
                    hop.request_id,
                    hop.identity.project,
                    hop.identity.key_id,
                    hop.deployment,
                    out.status if out else "error",
                    out.attempts if out else "-",
                    (time.perf_counter() - started) * 1000,
                    usage.get("prompt_tokens"),
                    usage.get("completion_tokens"),
                )
        return out


def request_id(req: Request, parent: HopKey | None) -> str:
    """The id of the root request: the parent's, the client's X-Request-Id if well formed, or new."""
    if parent is not None and parent.request_id:
        return parent.request_id
    given = req.headers.get(contract.REQUEST_ID, "")
    return given if _REQUEST_ID.match(given) else secrets.token_hex(12)


_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")


def trace_of(req: Request, parent: HopKey | None) -> str:
    """The W3C trace this request belongs to: its parent's, the client's `traceparent`, or new."""
    if parent is not None and parent.trace:
        return parent.trace
    m = _TRACEPARENT.match(req.headers.get("traceparent", "").strip().lower())
    if m and m.group(1) != "0" * 32 and m.group(2) != "0" * 16:
        return f"{m.group(1)}-{m.group(3)}"
    return f"{secrets.token_hex(16)}-01"


def traceparent(trace: str) -> str:
    """A new span of the trace for one hop."""
    trace_id, flags = trace.split("-")
    return f"00-{trace_id}-{secrets.token_hex(8)}-{flags}"


def chain_identity(config: Config, chain: tuple[str, ...], index: int) -> str:
    """A hash of every other entry of the chain (name, endpoint, defaults) and this one's place:
    a cache keyed by it never serves an answer produced under one policy to a chain with another."""
    entries = []
    for i, name in enumerate(chain):
        icpt = config.interceptors.get(name)
        entries.append(
            "self" if i == index else [name, icpt.endpoint if icpt else None, icpt.defaults if icpt else None]
        )
    return hashlib.sha256(orjson.dumps(entries, option=orjson.OPT_SORT_KEYS)).hexdigest()[:32]


def _configured(config: Config, name: str) -> Interceptor:
    icpt = config.interceptors.get(name)
    if icpt is None:
        raise ServiceUnavailableError(f"Interceptor '{name}' of this chain is not configured.")
    return icpt


def find_deployment(config: Config, name: str, who: Identity) -> Model | Application:
    dep = config.deployment(name)
    if dep is None:
        raise NotFoundError(f"Deployment '{name}' is not defined.")
    if not can_use(dep, who):
        raise ForbiddenError(f"Forbidden deployment: '{name}' is not available to your roles.")
    return dep


def can_use(dep: Deployment, who: Identity) -> bool:
    return dep.user_roles is None or bool(dep.user_roles & who.roles)


def _url(endpoint: str, query: str) -> str:
    if not query:
        return endpoint
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def _upstream_headers(u: Upstream) -> dict[str, str]:
    out = {contract.UPSTREAM_ENDPOINT: u.endpoint}
    if u.key:
        out[contract.UPSTREAM_KEY] = u.key
    if u.extra_data is not None:
        out[contract.UPSTREAM_EXTRA_DATA] = (
            u.extra_data if isinstance(u.extra_data, str) else orjson.dumps(u.extra_data).decode()
        )
    return out


def _total_tokens(usage: dict) -> int:
    total = usage.get("total_tokens")
    if not isinstance(total, int):
        total = sum(v for k in ("prompt_tokens", "completion_tokens") if isinstance(v := usage.get(k), int))
    return total


def _fill_defaults(body: dict, defaults: dict[str, Any]) -> tuple[dict, bool]:
    missing = {k: v for k, v in defaults.items() if k not in body}
    return ({**body, **missing}, True) if missing else (body, False)


def _with_interceptor_config(body: dict, defaults: dict[str, Any]) -> tuple[dict, bool]:
    """Interceptor defaults fill absent fields (one level into `custom_fields`), but
    `custom_fields.interceptor_configuration` always comes from the chain entry: a client must not
    be able to set or weaken an interceptor's policy."""
    default_fields = dict(defaults.get("custom_fields") or {})
    wanted = default_fields.pop(CONFIG_FIELD, None)
    body, changed = _fill_defaults(body, {k: v for k, v in defaults.items() if k != "custom_fields"})
    fields = body.get("custom_fields")
    fields = dict(fields) if isinstance(fields, dict) else {}
    before = dict(fields)
    fields.pop(CONFIG_FIELD, None)
    if wanted is not None:
        fields[CONFIG_FIELD] = wanted
    for k, v in default_fields.items():
        fields.setdefault(k, v)
    if fields == before and ("custom_fields" in body or not fields):
        return body, changed
    rest = {k: v for k, v in body.items() if k != "custom_fields"}
    return ({**rest, "custom_fields": fields} if fields else rest), True
