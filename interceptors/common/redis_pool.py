"""One way to open Redis for every service: a blocking connection pool.

redis-py's default async pool raises "Too many connections" the moment it is exhausted, so a burst
of concurrent requests turned into errors. A blocking pool makes a request wait for a free
connection, up to `wait_seconds`, and only then fails (callers turn that into a 503, or a cache
miss): load becomes latency, not errors.
"""

from __future__ import annotations

import os

MAX_CONNECTIONS = int(os.environ.get("REDIS_MAX_CONNECTIONS", "256"))
WAIT_SECONDS = float(os.environ.get("REDIS_POOL_WAIT_SECONDS", "5"))


def open_redis(
    url: str,
    *,
    socket_timeout: float = 5.0,
    connect_timeout: float = 2.0,
    max_connections: int = MAX_CONNECTIONS,
    wait_seconds: float = WAIT_SECONDS,
):
    import redis.asyncio as redis

    pool = redis.BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=wait_seconds,
        socket_timeout=socket_timeout,
        socket_connect_timeout=connect_timeout,
    )
    return redis.Redis(connection_pool=pool)
