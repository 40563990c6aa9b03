"""The gateway's lean Redis client (gateway.resp) against a real redis-server: replies, a password
and a database from the URL, commands of concurrent requests sharing the connection, and what a
Redis that is down, comes back or stalls does to the commands."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import time

import pytest
import redis
import redis.exceptions

from devstack.stack import free_port
from gateway.resp import RespClient, encode, supports

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server")


class Server:
    def __init__(self, *args: str):
        self.port, self.args = free_port(), args
        self.proc: subprocess.Popen | None = None

    def start(self) -> Server:
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", *self.args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis(port=self.port, password=self._password()).ping()
                return self
            except redis.exceptions.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _password(self) -> str | None:
        return self.args[self.args.index("--requirepass") + 1] if "--requirepass" in self.args else None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def server():
    s = Server().start()
    yield s
    s.stop()


def test_only_plain_urls_are_opened_by_the_lean_client():
    assert supports("redis://127.0.0.1:6379/0")
    assert supports("redis://:pw@host:1/2?db=2")
    assert supports("unix:///run/redis.sock?db=1")
    assert not supports("rediss://host:6379/0")  # TLS: redis-py
    assert not supports("redis://host:6379/0?socket_timeout=1")
    assert not supports("redis+sentinel://host/0")


def test_commands_are_encoded_as_resp_arrays():
    want = b"*5\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n$2\r\nPX\r\n$1\r\n5\r\n"
    assert encode(("SET", "k", b"v", "PX", 5)) == want


async def test_replies_of_each_kind(server):
    client = RespClient(f"redis://127.0.0.1:{server.port}/0")
    try:
        assert await client.command("SET", "k", b"a\r\nb", "PX", 60000, "NX") == b"OK"
        assert await client.command("SET", "k", b"x", "NX") is None  # nil
        assert await client.command("GET", "k") == b"a\r\nb"
        assert await client.command("EXISTS", "k", "nope") == 1
        assert await client.command("LRANGE", "nope", 0, -1) == []
        ok, err, got = await client.execute(("SET", "n", "1"), ("LPUSH", "n", "x"), ("GET", "n"))
        assert ok == b"OK" and isinstance(err, redis.exceptions.ResponseError) and got == b"1"
        with pytest.raises(redis.exceptions.ResponseError):
            await client.command("NOSUCHCOMMAND")
        assert await client.command("GET", "n") == b"1"  # the connection is still in step
    finally:
        await client.close()


async def test_a_password_and_a_database_from_the_url():
    server = Server("--requirepass", "s3cret").start()
    try:
        client = RespClient(f"redis://:s3cret@127.0.0.1:{server.port}/3")
        await client.command("SET", "where", b"db3")
        await client.close()
        assert redis.Redis(port=server.port, password="s3cret", db=3).get("where") == b"db3"
        assert redis.Redis(port=server.port, password="s3cret", db=0).get("where") is None
        wrong = RespClient(f"redis://:wrong@127.0.0.1:{server.port}/0")
        with pytest.raises(redis.exceptions.ConnectionError) as err:
            await wrong.command("GET", "where")
        assert "wrong" not in str(err.value) and "s3cret" not in str(err.value)
        await wrong.close()
    finally:
        server.stop()


async def test_concurrent_requests_share_one_connection_in_order(server):
    client = RespClient(f"redis://127.0.0.1:{server.port}/0")
    try:

        async def one(i: int) -> bytes:
            await client.command("SET", f"c{i}", str(i))
            return await client.command("GET", f"c{i}")

        got = await asyncio.gather(*(one(i) for i in range(500)))
        assert got == [str(i).encode() for i in range(500)]
        clients = redis.Redis(port=server.port).client_list()
        assert len(clients) == 2  # ours and the one listing them
    finally:
        await client.close()


async def test_redis_down_fails_the_command_and_its_return_is_picked_up(server):
    client = RespClient(f"redis://127.0.0.1:{server.port}/0", connect_timeout=1)
    try:
        await client.command("SET", "a", "1")
        server.stop()
        with pytest.raises(redis.exceptions.ConnectionError):
            await client.command("GET", "a")
        with pytest.raises(redis.exceptions.ConnectionError):
            await client.command("GET", "a")  # still down: connecting fails
        server.start()
        assert await client.command("SET", "a", "2") == b"OK"
    finally:
        await client.close()


async def test_a_stalled_redis_times_out_every_waiting_command(server):
    client = RespClient(f"redis://127.0.0.1:{server.port}/0", timeout=0.6)
    try:
        await client.command("SET", "a", "1")
        assert server.proc is not None
        os.kill(server.proc.pid, signal.SIGSTOP)
        started = time.monotonic()
        try:
            results = await asyncio.gather(
                *(client.command("GET", "a") for _ in range(3)), return_exceptions=True
            )
        finally:
            os.kill(server.proc.pid, signal.SIGCONT)
        assert all(isinstance(r, redis.exceptions.TimeoutError) for r in results)
        assert time.monotonic() - started < 3
        assert await client.command("GET", "a") == b"1"  # a fresh connection
    finally:
        await client.close()


async def test_a_cancelled_command_does_not_shift_the_replies(server):
    client = RespClient(f"redis://127.0.0.1:{server.port}/0")
    try:
        await client.command("SET", "x", "1")
        task = asyncio.ensure_future(client.command("GET", "x"))
        await asyncio.sleep(0)
        task.cancel()
        assert await client.command("SET", "y", "2") == b"OK"
        assert await client.command("GET", "y") == b"2"
    finally:
        await client.close()
