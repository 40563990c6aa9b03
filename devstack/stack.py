"""Start and stop the stack's processes: Redis (when installed), each service, then the gateway."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from devstack.services import GATEWAY, SERVICES, Service

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


class Stack:
    """The whole chain on 127.0.0.1. Ports are the defaults unless taken or `random_ports`."""

    def __init__(
        self,
        *,
        env: Mapping[str, str] | None = None,
        random_ports: bool = False,
        redis: bool = True,
        log_dir: Path | None = None,
        services: tuple[Service, ...] = SERVICES,
    ):
        self.base_env = {**os.environ, **(env or {})}
        # The PII vault encrypts values in Redis; a local run gets a key of its own (Redis is ephemeral).
        self.base_env.setdefault("PII_VAULT_KEY", secrets.token_urlsafe(32))
        # Signs the identity headers the gateway gives each hop; the services check it.
        self.base_env.setdefault("GATEWAY_SECRET", secrets.token_urlsafe(32))
        self.log_dir = log_dir or ROOT / ".run"
        self.services = services
        self.ports = {s.name: self._port(s, random_ports) for s in services}
        self.procs: dict[str, subprocess.Popen] = {}
        self.redis_url: str | None = None
        self.want_redis = redis

    def _port(self, s: Service, random_ports: bool) -> int:
        if s is GATEWAY and self.base_env.get("GATEWAY_PORT"):
            return int(self.base_env["GATEWAY_PORT"])
        return free_port() if random_ports or not port_free(s.port) else s.port

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"

    @property
    def gateway_url(self) -> str:
        return self.url(GATEWAY.name)

    def env_for(self, s: Service) -> dict[str, str]:
        env = {
            **self.base_env,
            "HOST": "127.0.0.1",
            "PORT": str(self.ports[s.name]),
            "DIAL_URL": self.gateway_url,
            "GATEWAY_HOST": "127.0.0.1",
            "GATEWAY_PORT": str(self.ports[GATEWAY.name]),
            **s.env,
        }
        env.setdefault("LOG_LEVEL", "warning")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        for other in self.services:
            if other.url_env:
                env[other.url_env] = self.url(other.name)
        if self.redis_url:
            env.setdefault("REDIS_URL", self.redis_url)
        return env

    def start(self, timeout: float = 180.0) -> Stack:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        if self.want_redis and "REDIS_URL" not in self.base_env:
            self._start_redis()
        for s in self.services:
            self.start_service(s)
        for s in self.services:
            # The gateway is ready when its chains' services answer (/ready), not when it is up.
            self.wait_healthy(s.name, timeout, "/ready" if s is GATEWAY else "/health")
        return self

    def start_service(self, s: Service) -> None:
        with open(self.log_dir / f"{s.name}.log", "ab") as log:  # the child keeps its own copy
            self.procs[s.name] = subprocess.Popen(
                [sys.executable, *s.command],
                env=self.env_for(s),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )

    def _start_redis(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            return
        port = 6379 if port_free(6379) else free_port()
        self.procs["redis"] = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.redis_url = f"redis://127.0.0.1:{port}/0"
        _wait(lambda: not port_free(port), 10, "redis-server did not start")

    def wait_healthy(self, name: str, timeout: float = 180.0, path: str = "/health") -> None:
        proc = self.procs[name]

        def healthy() -> bool:
            if proc.poll() is not None:
                log = (self.log_dir / f"{name}.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"{name} exited with {proc.returncode}:\n{log}")
            try:
                with urllib.request.urlopen(f"{self.url(name)}{path}", timeout=3) as r:
                    return r.status == 200
            except OSError:
                return False

        _wait(healthy, timeout, f"{name} did not become healthy on {self.url(name)}")

    def stop_service(self, name: str) -> None:
        proc = self.procs.pop(name, None)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def stop(self) -> None:
        for name in reversed(list(self.procs)):
            self.stop_service(name)

    def __enter__(self) -> Stack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _wait(check, timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(message)
