"""Shared fixtures: a real Redis server and the whole stack running as local processes."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import httpx
import openai
import pytest
import redis
from hypothesis import settings

from devstack.services import GATEWAY, Service
from devstack.stack import Stack, free_port

# Property tests draw the same examples on every run (and keep no example database between runs):
# a test that could fail by chance would one day block a landing.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "test-key"
ADMIN_KEY = "admin-key"
TEAMMATE_KEY = "teammate-key"  # another key of API_KEY's project
SECURED_KEY = "secured-key"  # a key whose prompts and answers are never recorded
# A Redis the tests stop and start again: the cache in front of it must keep serving.
VOLATILE_REDIS_PORT = free_port()


def pytest_addoption(parser):
    parser.addoption("--redis-url", default=None, help="use this Redis instead of starting one")


@pytest.fixture(scope="session")
def redis_url(request, tmp_path_factory) -> str:
    url = request.config.getoption("--redis-url")
    proc = None
    if url is None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail(
                "redis-server is not installed: run `make test` (it installs it) or pass "
                "--redis-url redis://host:port"
            )
        port = free_port()
        proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp_path_factory.mktemp("redis")),
            ],
            stdout=subprocess.DEVNULL,
        )
        url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                pytest.fail(f"cannot reach Redis at {url}")
            time.sleep(0.05)
    yield url
    client.close()
    if proc is not None:
        proc.terminate()
        proc.wait(10)


TEST_SERVICES = (
    Service("demo-model", ("-m", "demo_model.app"), 0, "DEMO_MODEL_URL"),
    Service("noop", ("-m", "interceptors.noop.app"), 0, "NOOP_URL"),
    Service("doubles", ("-m", "tests.apps.doubles"), 0, "DOUBLES_URL"),
    Service("tag", ("-m", "tests.apps.tag_interceptor"), 0, "TAG_URL"),
    Service("pii", ("-m", "interceptors.pii_anonymizer.app"), 0, "PII_URL"),
    Service("toxicity", ("-m", "interceptors.toxicity_blocker.app"), 0, "TOXICITY_URL"),
    # The same service with its vault on a Redis that is not there: it must fail closed.
    Service(
        "pii-no-redis",
        ("-m", "interceptors.pii_anonymizer.app"),
        0,
        "PII_NO_REDIS_URL",
        env={"REDIS_URL": "redis://127.0.0.1:1/0", "PII_WORKERS": "0"},
    ),  # analysis in-process
    Service("cache", ("-m", "interceptors.response_cache.app"), 0, "CACHE_URL"),
    Service(
        "cache-volatile",
        ("-m", "interceptors.response_cache.app"),
        0,
        "CACHE_VOLATILE_URL",
        env={"REDIS_URL": f"redis://127.0.0.1:{VOLATILE_REDIS_PORT}/0", "CACHE_REDIS_RETRY_SECONDS": "0.5"},
    ),
    GATEWAY,
)


def _entry(url_var: str, deployment: str, configuration: dict | None = None) -> dict:
    """A chain entry for an interceptor service, with its `interceptor_configuration`, if any."""
    entry = {"endpoint": "${" + url_var + "}/openai/deployments/" + deployment + "/chat/completions"}
    if configuration:
        entry["defaults"] = {"custom_fields": {"interceptor_configuration": configuration}}
    return entry


def _tag(name: str) -> dict:
    return _entry("TAG_URL", "tag", {"tag": name})


def _pii(defaults: dict | None = None, url: str = "PII_URL") -> dict:
    return _entry(url, "pii-anonymizer", defaults)


def _tox(defaults: dict | None = None) -> dict:
    return _entry("TOXICITY_URL", "toxicity-blocker", defaults)


def _cache(defaults: dict | None = None, url: str = "CACHE_URL") -> dict:
    return _entry(url, "response-cache", defaults)


def e2e_settings() -> dict:
    echo = "${DOUBLES_URL}/openai/deployments/echo/chat/completions"
    noop = "${NOOP_URL}/openai/deployments/noop/chat/completions"
    return {
        "interceptors": {
            "noop1": {"endpoint": noop},
            "noop2": {"endpoint": noop},
            "noop3": {"endpoint": noop},
            "tag-a": _tag("A"),
            "tag-b": _tag("B"),
            "tag-c": _tag("C"),
            "evil": {"endpoint": "${DOUBLES_URL}/openai/deployments/evil/chat/completions"},
            "slow": {"endpoint": "${DOUBLES_URL}/openai/deployments/slow/chat/completions"},
            "pii": _pii(),
            "pii-block": _pii({"mode": "block"}),
            "pii-phi": _pii({"preset": "phi"}),
            "pii-detect": _pii({"mode": "detect"}),
            # No analyzer is loaded for this language: every analysis fails.
            "pii-broken": _pii({"language": "xx"}),
            "pii-bad-config": _pii({"custom_recognizers": [{"entity": "X", "patterns": ["(open"]}]}),
            "pii-employee": _pii(
                {
                    "custom_recognizers": [{"entity": "EMPLOYEE_ID", "patterns": [r"\bEMP-\d{5}\b"]}],
                    "operators": {"LOCATION": {"type": "replace"}},
                }
            ),
            "pii-no-redis": _pii(url="PII_NO_REDIS_URL"),
            "noop-emb": {"endpoint": "${NOOP_URL}/openai/deployments/noop-embeddings/embeddings"},
            "tox": _tox(),
            "tox-answers": _tox({"direction": "answer", "window_chars": 60}),
            "tox-flag": _tox({"mode": "flag"}),
            "tox-shadow": _tox({"mode": "shadow"}),
            "tox-all-turns": _tox({"check": "all", "message": "Please keep it civil."}),
            "tox-bad-config": _tox({"thresholds": {"threat": 0.5}}),
            "cache": _cache(),
            "cache-read-only": _cache({"mode": "read-only"}),
            "cache-write-only": _cache({"mode": "write-only"}),
            "cache-off": _cache({"mode": "off"}),
            "cache-by-key": _cache({"scope": "key"}),
            "cache-global": _cache({"scope": "global"}),
            "cache-small": _cache({"max_entry_bytes": 1024}),
            "cache-bad-config": _cache({"ttl": 60}),
            "cache-volatile": _cache(url="CACHE_VOLATILE_URL"),
            # In no chain (readiness ignores it): the console marks it unreachable.
            "unreachable": {"endpoint": "http://127.0.0.1:1/openai/deployments/x/chat/completions"},
        },
        "models": {
            "demo": {
                "endpoint": "${DEMO_MODEL_URL}/openai/deployments/demo/chat/completions",
                "interceptors": ["noop1", "noop2", "noop3"],
            },
            "demo-embedding": {
                "type": "embedding",
                "interceptors": ["noop-emb"],
                "endpoint": "${DEMO_MODEL_URL}/openai/deployments/demo-embedding/embeddings",
            },
            "private": {"endpoint": echo, "interceptors": ["pii"]},
            "private-chain": {"endpoint": echo, "interceptors": ["noop1", "pii", "noop2"]},
            "private-block": {"endpoint": echo, "interceptors": ["pii-block"]},
            "private-phi": {"endpoint": echo, "interceptors": ["pii-phi"]},
            "private-detect": {"endpoint": echo, "interceptors": ["pii-detect"]},
            "private-broken": {"endpoint": echo, "interceptors": ["pii-broken"]},
            "private-bad-config": {"endpoint": echo, "interceptors": ["pii-bad-config"]},
            "private-employee": {"endpoint": echo, "interceptors": ["pii-employee"]},
            "private-no-redis": {"endpoint": echo, "interceptors": ["pii-no-redis"]},
            "guarded": {"endpoint": echo, "interceptors": ["tox", "pii"]},
            "guarded-answers": {"endpoint": echo, "interceptors": ["tox-answers"]},
            "guarded-flag": {"endpoint": echo, "interceptors": ["tox-flag"]},
            "guarded-flag-second": {"endpoint": echo, "interceptors": ["noop1", "tox-flag"]},
            "guarded-shadow": {"endpoint": echo, "interceptors": ["tox-shadow"]},
            "guarded-all-turns": {"endpoint": echo, "interceptors": ["tox-all-turns"]},
            "guarded-bad-config": {"endpoint": echo, "interceptors": ["tox-bad-config"]},
            "chain3": {"endpoint": echo, "interceptors": ["noop1", "noop2", "noop3"]},
            "tagged": {"endpoint": echo, "interceptors": ["tag-a", "tag-b"]},
            "plain": {"endpoint": echo},
            "restricted": {"endpoint": echo, "userRoles": ["admin"]},
            "with-defaults": {
                "endpoint": echo,
                "defaults": {"temperature": 0.25},
                "overrideName": "real-model",
            },
            "adapter": {
                "endpoint": echo,
                "upstreams": [
                    {
                        "endpoint": "https://region-a.example/v1",
                        "key": "upstream-secret-a",
                        "extraData": {"region": "a"},
                    }
                ],
            },
            "failover": {
                "upstreams": [
                    {"endpoint": "${DOUBLES_URL}/up/fail503/v1/chat/completions", "key": "k1", "tier": 0},
                    {"endpoint": "${DOUBLES_URL}/up/echo/v1/chat/completions", "key": "k2", "tier": 1},
                ]
            },
            "evil-chain": {"endpoint": echo, "interceptors": ["evil"]},
            "slow-chain": {"endpoint": echo, "interceptors": ["slow"]},
            "hung": {
                "endpoint": "${DOUBLES_URL}/openai/deployments/hang/chat/completions",
                "interceptors": ["noop1", "noop2"],
            },
            "gated": {
                "endpoint": "${DOUBLES_URL}/openai/deployments/gated/chat/completions",
                "interceptors": ["noop1"],
            },
            "midstream": {"endpoint": "${DOUBLES_URL}/openai/deployments/midstream/chat/completions"},
            "cached": {"endpoint": echo, "interceptors": ["cache"]},
            "cached-read-only": {"endpoint": echo, "interceptors": ["cache-read-only"]},
            "cached-write-only": {"endpoint": echo, "interceptors": ["cache-write-only"]},
            "cached-off": {"endpoint": echo, "interceptors": ["cache-off"]},
            "cached-by-key": {"endpoint": echo, "interceptors": ["cache-by-key"]},
            "cached-global": {"endpoint": echo, "interceptors": ["cache-global"]},
            "cached-small": {"endpoint": echo, "interceptors": ["cache-small"]},
            "cached-bad-config": {"endpoint": echo, "interceptors": ["cache-bad-config"]},
            "cached-volatile": {"endpoint": echo, "interceptors": ["cache-volatile"]},
            "cached-midstream": {
                "endpoint": "${DOUBLES_URL}/openai/deployments/midstream/chat/completions",
                "interceptors": ["cache"],
            },
            "cached-gated": {
                "endpoint": "${DOUBLES_URL}/openai/deployments/gated/chat/completions",
                "interceptors": ["cache"],
            },
            # The default chain's order, and a post-interceptor behind the cache that may cut answers.
            "private-cached": {"endpoint": echo, "interceptors": ["tox", "pii", "cache"]},
            "cached-then-checked": {"endpoint": echo, "interceptors": ["cache", "tox-answers"]},
            "limited-requests": {"endpoint": echo},
            "priced": {
                "upstreams": [{"endpoint": "${DOUBLES_URL}/up/echo/v1/chat/completions", "key": "k"}],
                "pricing": {"unit": "token", "prompt": "0.000002", "completion": "0.000008"},
            },
            "limited-tokens": {"endpoint": echo, "interceptors": ["noop1"]},
            "limited-shared": {"endpoint": echo, "interceptors": ["noop1"]},
            "limited-by-role": {"endpoint": echo},
            "denied": {"endpoint": echo},
        },
        "keys": {
            API_KEY: {"project": "proj-a", "role": "default"},
            SECURED_KEY: {"project": "proj-a", "role": "default", "secured": True},
            TEAMMATE_KEY: {"project": "proj-a", "role": "default"},
            ADMIN_KEY: {"project": "proj-b", "roles": ["admin", "default"]},
        },
        "roles": {
            "default": {
                "limits": {
                    "limited-requests": {"requestHour": 2},
                    "limited-tokens": {"minute": "10", "day": 1000},
                    "limited-shared": {"requestDay": 3},
                    "limited-by-role": {"requestHour": 1},
                    "denied": {"minute": 0},
                }
            },
            # A role with its own limit: the larger of the caller's roles' limits applies.
            "admin": {"limits": {"limited-by-role": {"requestHour": 3}}, "consoleAdmin": True},
        },
    }


@pytest.fixture(scope="session")
def settings_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("settings") / "settings.json"
    path.write_text(json.dumps(e2e_settings(), indent=2))
    return path


@pytest.fixture(scope="session")
def stack(settings_file, redis_url, tmp_path_factory):
    env = {
        "GATEWAY_CONFIG": str(settings_file),
        "GATEWAY_CONFIG_POLL_SECONDS": "0.2",
        "GATEWAY_READ_TIMEOUT": "3",
        "REDIS_URL": redis_url,
        "SLOW_SECONDS": "10",
        "LOG_LEVEL": "debug",  # the most talkative level: logs must still hold no content
        "PII_VAULT_KEY": "test-vault-secret",
        # A loaded 2-core CI machine can take more than the default 3 s on a long note; the budget's
        # refusal is tested on the pool itself (tests/unit/pii/test_workers.py).
        "PII_TIME_BUDGET_MS": "30000",
    }
    log_dir = tmp_path_factory.mktemp("logs")
    env["GATEWAY_EVENTS_FILE"] = str(log_dir / "events.jsonl")
    # The settings file the console writes chain edits to (merged after GATEWAY_CONFIG).
    env["GATEWAY_CONSOLE_FILE"] = str(tmp_path_factory.mktemp("console") / "console.json")
    s = Stack(env=env, random_ports=True, services=TEST_SERVICES, log_dir=log_dir)
    s.base_env["GATEWAY_AUDIT"] = json.dumps(
        {
            "anonymizer_url": s.url("pii"),
            "rule_lists": {
                "masked": {
                    "PERSON": "mask",
                    "EMAIL_ADDRESS": {"type": "text", "value": "<EMAIL>"},
                    "PHONE_NUMBER": "hash",
                    "*": "text",
                },
                "fake-names": {"PERSON": "faker", "*": "text"},
            },
        }
    )
    with s:
        yield s


@pytest.fixture
def settings(settings_file):
    """The live settings file; edits are undone after the test."""
    yield settings_file
    settings_file.write_text(json.dumps(e2e_settings()))
    time.sleep(0.6)


def eventually(check, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.1)


@pytest.fixture
def second_gateway(stack):
    """Another gateway replica on the same settings and Redis; the interceptors call back to the
    first one, so a chain entered here continues there."""
    service = Service("gateway-b", GATEWAY.command, 0)
    stack.ports[service.name] = free_port()
    stack.start_service(replace(service, env={"GATEWAY_PORT": str(stack.ports[service.name])}))
    stack.wait_healthy(service.name)
    yield stack.url(service.name)
    stack.stop_service(service.name)


@pytest.fixture
def gateway(stack) -> str:
    return stack.gateway_url


@pytest.fixture
def client(gateway) -> openai.OpenAI:
    """The OpenAI client with only `base_url` changed, as a user would point it at the gateway."""
    return openai.OpenAI(base_url=f"{gateway}/v1", api_key=API_KEY, max_retries=0)


@pytest.fixture
def model_bodies(stack):
    """The request bodies the echo model received since the test began."""
    url = f"{stack.url('doubles')}/calls"
    httpx.delete(url)
    return lambda: [c["body"] for c in httpx.get(url).json()]
