"""The gateway console: /console (a static page) and /console/api/* (JSON, admin keys only).

Admins are keys with a role whose settings say `"consoleAdmin": true`. The page sends the admin's
key in the `Api-Key` header of each API call (it keeps it in the tab's sessionStorage); no cookie,
so another site cannot make the browser act for the admin. Nothing here ever returns an API key
or an upstream's key.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
import tempfile
import time
from collections import deque
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import orjson

from gateway.auth import Caller, authenticate
from gateway.chain import trace_of
from gateway.config import ConfigError, Model, load_config
from gateway.console.live import Live
from gateway.console.trace import Boundary, Trace, answer_text
from gateway.context import Call
from gateway.errors import (
    BadRequestError,
    ForbiddenError,
    GatewayError,
    MethodNotAllowedError,
    NotFoundError,
)
from gateway.events import now_iso
from gateway.http import Request

_log = logging.getLogger(__name__)

STATIC = {
    "index.html": b"text/html; charset=utf-8",
    "console.css": b"text/css; charset=utf-8",
    "console.js": b"text/javascript; charset=utf-8",
    "favicon.svg": b"image/svg+xml",
}
PAGE_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; "
        b"img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
        b"base-uri 'none'; form-action 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]
_CHAIN = re.compile(r"^/console/api/chains/(models|applications)/([^/]+)$")
AUDIT_STREAM = "gw:audit:console"
MAX_PROMPT = 32 * 1024


class ConflictError(GatewayError):
    status, kind = 409, "conflict_error"


class InvalidSettingsError(GatewayError):
    status, kind = 422, "invalid_request_error"


class Console:
    def __init__(self, app):
        self.app = app  # the GatewayApp: its settings watcher, chain, HTTP session, events
        self.file: Path | None = app.settings.console_file
        self.audit_file = self.file.with_name(self.file.name + ".audit.jsonl") if self.file else None
        self.traces: dict[str, Trace] = {}
        self.live = Live()
        self._lock = asyncio.Lock()
        self._health: tuple[float, dict] | None = None
        self._recent: deque[dict] = deque(maxlen=50)

    # -- routing ------------------------------------------------------------------------------------

    async def handle(self, req: Request, method: str, path: str) -> None:
        if path in ("/console", "/console/"):
            if path == "/console":
                return await req.respond(308, b"", b"text/plain", [(b"location", b"/console/")])
            return await self._static(req, "index.html")
        if path.startswith("/console/static/"):
            return await self._static(req, path.removeprefix("/console/static/"))
        if not path.startswith("/console/api/"):
            raise NotFoundError(f"No route for {method} {path}.")
        caller = await self._admin(req)
        route = path.removeprefix("/console/api/")
        if route == "whoami" and method == "GET":
            return await self._json(
                req,
                200,
                {
                    "project": caller.identity.project,
                    "key_id": caller.identity.key_id,
                    "admin": True,
                    "editable": self.file is not None,
                },
            )
        if route == "chains" and method == "GET":
            return await self._json(req, 200, await self.chains())
        if m := _CHAIN.match(path):
            if method == "PUT":
                return await self._json(req, 200, await self.edit(req, caller, m.group(1), m.group(2)))
            if method == "DELETE":
                return await self._json(req, 200, await self.revert(caller, m.group(1), m.group(2)))
            raise MethodNotAllowedError("Use PUT or DELETE.", headers={"Allow": "PUT, DELETE"})
        if route == "audit" and method == "GET":
            return await self._json(req, 200, {"events": self.audit_events()})
        if route == "live" and method == "GET":
            self.live.sample()
            services = await self.live.services_totals(self.app.client.session, self.app.watcher.current)
            return await self._json(req, 200, {"models": self.live.series(), "services": services})
        if route == "playground" and method == "POST":
            return await self.playground(req, caller)
        raise NotFoundError(f"No console route for {method} {path}.")

    async def _admin(self, req: Request) -> Caller:
        config = self.app.watcher.current
        caller = await authenticate(
            req.headers.get("api-key"),
            req.headers.get("authorization"),
            config,
            self.app.store,
            self.app.secret,
        )
        if caller.hop is not None:  # a per-request key carries its root caller's roles: never an admin
            raise ForbiddenError("The console is not for per-request keys.")
        if not config.is_console_admin(caller.identity.roles):
            raise ForbiddenError(
                "The console is for keys with an admin role (a role with "
                '"consoleAdmin": true in the settings).'
            )
        return caller

    async def _static(self, req: Request, name: str) -> None:
        if name not in STATIC:
            raise NotFoundError("No such console file.")
        body = files("gateway.console").joinpath("static", name).read_bytes()
        await req.respond(200, body, STATIC[name], PAGE_HEADERS)

    @staticmethod
    async def _json(req: Request, status: int, data) -> None:
        await req.respond(status, orjson.dumps(data), headers=[(b"cache-control", b"no-store")])

    # -- models and chains --------------------------------------------------------------------------

    async def chains(self) -> dict:
        config = self.app.watcher.current
        health = await self._probe(config)
        overrides = self._read_file()
        interceptors = {
            name: {
                "description": i.description,
                "endpoint": _display_url(i.endpoint),
                "settings": i.defaults or None,
                "health": health.get(_base(i.endpoint), "unknown"),
            }
            for name, i in config.interceptors.items()
        }
        deployments = []
        for section in ("models", "applications"):
            for name, dep in getattr(config, section).items():
                entry = {
                    "section": section,
                    "name": name,
                    "display_name": dep.display_name,
                    "description": dep.description,
                    "type": getattr(dep, "type", "application"),
                    "global": list(config.global_interceptors),
                    "interceptors": list(dep.interceptors),
                    "edited": name in (overrides.get(section) or {}),
                    "unknown": [n for n in config.chain(name) if n not in config.interceptors],
                }
                if isinstance(dep, Model) and dep.direct:
                    entry["endpoint"] = None
                    entry["health"] = "external (not probed)"
                else:
                    entry["endpoint"] = _display_url(dep.endpoint or "")
                    entry["health"] = health.get(_base(dep.endpoint or ""), "unknown")
                if isinstance(dep, Model):  # where and how, never the upstream's key
                    entry["upstreams"] = [
                        {"endpoint": _display_url(u.endpoint), "tier": u.tier, "weight": u.weight}
                        for u in dep.upstreams
                    ]
                deployments.append(entry)
        return {
            "deployments": deployments,
            "interceptors": interceptors,
            "global": list(config.global_interceptors),
            "editable": self.file is not None,
        }

    async def _probe(self, config) -> dict[str, str]:
        """Each service's /health, by base URL (at most once every 2 s)."""
        now = time.monotonic()
        if self._health and now - self._health[0] < 2.0:
            return self._health[1]
        bases = {_base(i.endpoint) for i in config.interceptors.values()}
        for dep in [*config.models.values(), *config.applications.values()]:
            if dep.endpoint:
                bases.add(_base(dep.endpoint))
        session = self.app.client.session

        async def probe(base: str) -> str:
            if session is None:
                return "unknown"
            try:
                async with session.get(f"{base}/health", timeout=aiohttp.ClientTimeout(total=2)) as r:
                    return "ok" if r.status == 200 else f"unhealthy ({r.status})"
            except (aiohttp.ClientError, TimeoutError, ValueError):
                return "unreachable"

        ordered = sorted(bases)
        result = dict(zip(ordered, await asyncio.gather(*(probe(b) for b in ordered)), strict=True))
        self._health = (now, result)
        return result

    # -- edits --------------------------------------------------------------------------------------

    def _read_file(self) -> dict:
        if self.file is None:
            return {}
        try:
            doc = orjson.loads(self.file.read_bytes())
        except (FileNotFoundError, orjson.JSONDecodeError):
            return {}
        return doc if isinstance(doc, dict) else {}

    async def edit(self, req: Request, caller: Caller, section: str, name: str) -> dict:
        raw = await req.body(64 * 1024)
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise BadRequestError(
                'The body must be JSON: {"interceptors": [names], "before": [...]}.'
            ) from None
        chain = body.get("interceptors") if isinstance(body, dict) else None
        if not isinstance(chain, list) or not all(isinstance(n, str) for n in chain):
            raise BadRequestError("`interceptors` must be a list of interceptor names.")
        return await self._change(caller, section, name, chain, body.get("before"))

    async def revert(self, caller: Caller, section: str, name: str) -> dict:
        return await self._change(caller, section, name, None, None)

    async def _change(
        self, caller: Caller, section: str, name: str, chain: list[str] | None, expected
    ) -> dict:
        if self.file is None:
            raise ConflictError(
                "Chain edits are off: set GATEWAY_CONSOLE_FILE to a writable path "
                "(the settings file the console owns)."
            )
        async with self._lock:
            watcher = self.app.watcher
            watcher.reload_if_changed()  # another replica (or a hand edit) may have changed it
            config = watcher.current
            dep = getattr(config, section).get(name)
            if dep is None:
                raise NotFoundError(f"No {section[:-1]} '{name}' in the settings.")
            before = list(dep.interceptors)
            if expected is not None and expected != before:
                raise ConflictError(
                    f"The chain of '{name}' changed meanwhile (it is now {before}); reload and edit again."
                )
            doc = self._read_file()
            entries = dict(doc.get(section) or {})
            if chain is None:
                entries.pop(name, None)
            else:
                entries[name] = {"interceptors": chain}
            doc = {k: v for k, v in {**doc, section: entries}.items() if v}
            try:  # the loader of the settings files decides, with the other files as they are now
                new = await asyncio.to_thread(load_config, watcher.paths, None, self.file, doc)
            except ConfigError as exc:
                raise InvalidSettingsError(str(exc)) from None
            after = list(getattr(new, section)[name].interceptors)
            await asyncio.to_thread(_write_atomically, self.file, doc)
            watcher.reload_if_changed()  # the normal reload, now rather than at the next poll
            event = {
                "event": "console.chain",
                "time": now_iso(),
                "who": {"project": caller.identity.project, "key_id": caller.identity.key_id},
                "deployment": name,
                "section": section,
                "before": before,
                "after": after,
                "action": "revert" if chain is None else "edit",
            }
            self._audit(event)
            return {
                "deployment": name,
                "before": before,
                "after": after,
                "active": list(getattr(watcher.current, section)[name].interceptors),
                "audit": event,
            }

    def _audit(self, event: dict) -> None:
        self._recent.append(event)
        _log.info(
            "console: %s %s/%s by project=%s key=%s: %s -> %s",
            event["action"],
            event["section"],
            event["deployment"],
            event["who"]["project"],
            event["who"]["key_id"],
            event["before"],
            event["after"],
        )
        if self.app.events.enabled:
            self.app.events.emit(event, stream=AUDIT_STREAM)
        if self.audit_file is not None:
            try:
                with open(self.audit_file, "ab") as f:
                    f.write(orjson.dumps(event) + b"\n")
            except OSError as exc:
                _log.warning("console audit file not written (%s)", type(exc).__name__)

    def audit_events(self) -> list[dict]:
        if self.audit_file is not None and self.audit_file.exists():
            lines = self.audit_file.read_bytes().splitlines()[-50:]
            out = []
            for line in lines:
                try:
                    out.append(orjson.loads(line))
                except orjson.JSONDecodeError:
                    continue
            return out[::-1]
        return list(self._recent)[::-1]

    # -- playground ---------------------------------------------------------------------------------

    async def playground(self, req: Request, caller: Caller) -> None:
        from gateway.app import _cancel_on_disconnect  # the gateway's own cancel, for this request

        try:
            body = orjson.loads(await req.body(MAX_PROMPT * 2))
        except orjson.JSONDecodeError:
            raise BadRequestError("The body must be JSON.") from None
        if not isinstance(body, dict):
            raise BadRequestError("The body must be a JSON object.")
        model, prompt = body.get("model"), body.get("prompt")
        conversation = body.get("conversation_id")
        if not isinstance(model, str) or not isinstance(prompt, str) or not prompt:
            raise BadRequestError("Give `model` and a non-empty `prompt`.")
        if len(prompt) > MAX_PROMPT:
            raise BadRequestError(f"The prompt is longer than {MAX_PROMPT} characters.")
        config = self.app.watcher.current
        dep = config.deployment(model)
        if dep is None:
            raise NotFoundError(f"Deployment '{model}' is not defined.")
        if isinstance(dep, Model) and dep.type != "chat":
            raise BadRequestError(f"'{model}' is not a chat model.")
        chat = {"messages": [{"role": "user", "content": prompt}], "stream": True}
        raw = orjson.dumps(chat)
        headers = [(b"content-type", b"application/json")]
        if isinstance(conversation, str) and conversation:
            headers.append((b"x-conversation-id", conversation[:128].encode("utf-8", "replace")))
        rid = secrets.token_hex(16)  # ours alone: the trace is found by it, a client cannot set it
        trace = self.traces[rid] = Trace(model, config.chain(model))
        trace.boundaries[-1] = root = Boundary(chat)
        stream = _Stream(req)
        inner = Request(
            {
                "type": "http",
                "method": "POST",
                "path": req.scope["path"],
                "headers": headers,
                "query_string": b"",
                "client": req.scope.get("client"),
            },
            req.receive,
            _tee(root, stream.on_message),
        )
        inner.root, inner.request_id = True, rid
        req.root, req.request_id = True, rid
        app = self.app
        app.results.live.add(rid)
        watcher = _cancel_on_disconnect(req, app._cancel_chain)
        status = 500
        try:
            await stream.begin()
            try:
                trace_id = trace_of(inner, None)
                call = Call(inner, config, caller, model, "chat/completions", chat, raw, rid, trace_id)
                out = await app.chain.enter(call)
                status = out.status
            except GatewayError as exc:
                status = exc.status_code
                root.on_message({"type": "http.response.start", "status": status, "headers": []})
                root.on_message({"type": "http.response.body", "body": exc.body()})
                await stream.event("error", {"status": status, "message": answer_text(exc.body())["error"]})
            root.ended = root.ended or time.perf_counter()
            await stream.event(
                "trace",
                {
                    "model": model,
                    "status": status,
                    "hops": trace.report(),
                    "answer": answer_text(root.answer),
                    "x_cache": root.headers.get("x-cache"),
                    "x_toxicity_flagged": root.headers.get("x-toxicity-flagged"),
                    "ms": round((root.ended - root.started) * 1000, 1),
                },
            )
            await stream.end()
        finally:
            watcher.cancel()
            self.traces.pop(rid, None)
            app.results.live.discard(rid)
            app.results.local.pop(rid, None)
            app.chain.reports.pop(rid, None)

    def tap(self, rid: str, index: int, req: Request, body: dict):
        """Called by the gateway for each call back it serves: records it if it belongs to a
        playground request (and only then)."""
        trace = self.traces.get(rid)
        if trace is None:
            return None
        return trace.tap(index, req, body)


def _tee(boundary, on_message):
    async def send(message: dict) -> None:
        boundary.on_message(message)
        await on_message(message)

    return send


class _Stream:
    """The playground's answer to the page, as server-sent events: `delta` (the answer as it comes),
    `error`, then `trace` (every hop) and `done`."""

    def __init__(self, req: Request):
        self.req = req
        self.pending = b""

    async def begin(self) -> None:
        await self.req.start(
            200,
            [
                (b"content-type", b"text/event-stream"),
                (b"cache-control", b"no-store"),
                (b"x-accel-buffering", b"no"),
            ],
        )

    async def event(self, kind: str, data) -> None:
        await self.req.send(
            {
                "type": "http.response.body",
                "more_body": True,
                "body": f"event: {kind}\ndata: ".encode() + orjson.dumps(data) + b"\n\n",
            }
        )

    async def on_message(self, message: dict) -> None:
        if message["type"] != "http.response.body":
            return
        *events, self.pending = (self.pending + message.get("body", b"")).split(b"\n\n")
        if not message.get("more_body") and self.pending:
            events, self.pending = [*events, self.pending], b""
        for e in events:
            text = answer_text(e if e.startswith(b"data:") else e.strip())
            if text["text"]:
                await self.event("delta", {"content": text["text"]})
            if text["error"]:
                await self.event("error", {"message": text["error"]})

    async def end(self) -> None:
        await self.event("done", {})
        await self.req.send({"type": "http.response.body", "body": b""})


def _base(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


def _display_url(url: str) -> str:
    """Scheme, host and path: no query string (an API version, or someone's key) and no user info."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.hostname or ''}{f':{p.port}' if p.port else ''}{p.path}"


def _write_atomically(path: Path, doc: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
