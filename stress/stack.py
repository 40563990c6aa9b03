"""The stack under stress: devstack's runner with the test doubles, its own redis-server, on 127.0.0.1."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
from pathlib import Path

import redis

from devstack.services import GATEWAY, Service
from devstack.stack import Stack, free_port

KEYS = {"a": "stress-key-a", "a2": "stress-key-a2", "b": "stress-key-b"}
MODEL_SERVICE = "doubles"
SERVICES = (
    # Records every request it receives (GET /calls): what reached the model.
    Service("doubles", ("-m", "tests.apps.doubles"), 0, "DOUBLES_URL"),
    Service("pii", ("-m", "interceptors.pii_anonymizer.app"), 0, "PII_URL"),
    Service("toxicity", ("-m", "interceptors.toxicity_blocker.app"), 0, "TOXICITY_URL"),
    Service("cache", ("-m", "interceptors.response_cache.app"), 0, "CACHE_URL"),
    GATEWAY,
)
# Each interceptor service and the deployment id it serves, for direct calls.
INTERCEPTORS = {"pii": "pii-anonymizer", "toxicity": "toxicity-blocker", "cache": "response-cache"}


def _entry(url_var: str, deployment: str) -> dict:
    return {"endpoint": "${" + url_var + "}/openai/deployments/" + deployment + "/chat/completions"}


def settings() -> dict:
    model = "${DOUBLES_URL}/openai/deployments/%s/chat/completions"
    return {
        "interceptors": {
            "tox": _entry("TOXICITY_URL", "toxicity-blocker"),
            "pii": _entry("PII_URL", "pii-anonymizer"),
            "cache": _entry("CACHE_URL", "response-cache"),
        },
        "models": {
            # The default chain of core_config, in front of a model that records what it got.
            "private": {"endpoint": model % "echo", "interceptors": ["tox", "pii", "cache"]},
            "hang": {"endpoint": model % "slow", "interceptors": ["pii"]},
            "dies": {"endpoint": model % "midstream", "interceptors": ["pii"]},
            "stalls": {"endpoint": model % "gated", "interceptors": ["pii"]},
            # No chain: what a rerouted request would reach.
            "plain": {"endpoint": model % "echo"},
        },
        "keys": {
            KEYS["a"]: {"project": "proj-a", "role": "default"},
            KEYS["a2"]: {"project": "proj-a", "role": "default"},
            KEYS["b"]: {"project": "proj-b", "role": "default"},
        },
        "roles": {"default": {}},
    }


class StressStack:
    def __init__(self, work: Path, read_timeout: float):
        self.work = work
        self.log_dir = work / "logs"
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.settings_path = work / "settings.json"
        self.settings_path.write_text(json.dumps(settings(), indent=2))
        self.redis_port = free_port()
        self.redis_url = f"redis://127.0.0.1:{self.redis_port}/0"
        self.redis_proc: subprocess.Popen | None = None
        env = {
            "GATEWAY_CONFIG": str(self.settings_path),
            "REDIS_URL": self.redis_url,
            "GATEWAY_READ_TIMEOUT": str(read_timeout),
            "GATEWAY_CONNECT_TIMEOUT": "3",
            "SLOW_SECONDS": str(read_timeout * 4),
            "LOG_LEVEL": "info",
            "PII_VAULT_KEY": secrets.token_urlsafe(32),
            "GATEWAY_EVENTS_FILE": str(self.log_dir / "events.jsonl"),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        self.stack = Stack(env=env, random_ports=True, services=SERVICES, log_dir=self.log_dir)
        # As in docker-compose.yml: audit events with personal data masked, in a Redis stream.
        self.stack.base_env["GATEWAY_AUDIT"] = json.dumps(
            {
                "anonymizer_url": self.stack.url("pii"),
                "rule_lists": {
                    "masked": {
                        "PERSON": "mask",
                        "EMAIL_ADDRESS": {"type": "text", "value": "<EMAIL>"},
                        "PHONE_NUMBER": "hash",
                        "*": "text",
                    }
                },
            }
        )
        self.client = redis.Redis(port=self.redis_port, socket_timeout=5)
        self.killed: set[str] = set()  # on purpose: not crashes

    def url(self, name: str) -> str:
        return self.stack.url(name)

    def start(self, timeout: float = 180) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed (make test installs it)")
        self.redis_proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.work),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.stack.start(timeout)

    def stop(self) -> None:
        self.stack.stop()
        if self.redis_proc is not None:
            self.redis_proc.send_signal(signal.SIGCONT)
            self.redis_proc.terminate()
            self.redis_proc.wait(10)
        self.client.close()

    # Faults.
    def kill(self, name: str) -> None:
        self.killed.add(name)
        proc = self.stack.procs[name]
        proc.kill()
        proc.wait()

    def restart(self, name: str, timeout: float = 120) -> None:
        service = next(s for s in SERVICES if s.name == name)
        self.stack.start_service(service)
        self.stack.wait_healthy(name, timeout)

    def pause_redis(self) -> None:
        assert self.redis_proc is not None
        self.redis_proc.send_signal(signal.SIGSTOP)

    def resume_redis(self) -> None:
        assert self.redis_proc is not None
        self.redis_proc.send_signal(signal.SIGCONT)

    # Readings.
    def pids(self) -> dict[str, int]:
        out = {name: p.pid for name, p in self.stack.procs.items() if p.poll() is None}
        if self.redis_proc is not None:
            out["redis"] = self.redis_proc.pid
        return out

    def dead(self) -> list[tuple[str, int]]:
        return [(n, p.returncode) for n, p in self.stack.procs.items() if p.poll() is not None]

    def rss(self) -> dict[str, int]:
        """Resident memory of each service with its child processes, in bytes."""
        children: dict[int, list[int]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    stat = Path(f"/proc/{d}/stat").read_text()
                except OSError:
                    continue
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))

        def tree(pid: int) -> int:
            total = 0
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total = int(line.split()[1]) * 1024
            except OSError:
                return 0
            return total + sum(tree(c) for c in children.get(pid, ()))

        return {name: tree(pid) for name, pid in self.pids().items()}

    def log_files(self) -> list[Path]:
        return sorted(self.log_dir.glob("*"))

    def log_sizes(self) -> dict[Path, int]:
        return {p: p.stat().st_size for p in self.log_files()}
