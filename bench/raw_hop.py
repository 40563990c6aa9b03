"""A pass-through interceptor without the SDKs: forwards the body to the gateway's `interceptor`
deployment with its per-request key and relays the answer. It isolates the gateway's own cost per
hop (key creation, lookup, routing) from the interceptor SDK's cost in the benchmark."""

from __future__ import annotations

import os

import aiohttp
from aiohttp import web


async def handle(request: web.Request) -> web.StreamResponse:
    session: aiohttp.ClientSession = request.app["session"]
    url = f"{request.app['dial_url']}/openai/deployments/interceptor/chat/completions"
    headers = {"api-key": request.headers["api-key"], "content-type": "application/json"}
    async with session.post(url, data=await request.read(), headers=headers) as upstream:
        body = await upstream.read()
        return web.Response(body=body, status=upstream.status,
                            content_type=upstream.content_type)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def _session(app: web.Application):
    app["session"] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
    yield
    await app["session"].close()


def create_app(dial_url: str) -> web.Application:
    app = web.Application()
    app["dial_url"] = dial_url
    app.cleanup_ctx.append(_session)
    app.router.add_post("/openai/deployments/raw/chat/completions", handle)
    app.router.add_get("/health", health)
    return app


if __name__ == "__main__":
    web.run_app(create_app(os.environ["DIAL_URL"]), host="127.0.0.1", port=int(os.environ["PORT"]),
                print=None, access_log=None)
