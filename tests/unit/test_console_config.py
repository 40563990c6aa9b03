"""The console's settings file: merged last, its chains replace the files' chains, chains only."""

from __future__ import annotations

import json

import pytest

from gateway.config import ConfigError, load_config
from gateway.console.live import quantile
from gateway.console.trace import answer_text

BASE = {
    "interceptors": {"a": {"endpoint": "http://a/x"}, "b": {"endpoint": "http://b/x"}},
    "models": {"m": {"endpoint": "http://m/x", "interceptors": ["a", "b"]}},
    "keys": {"k-admin": {"project": "ops", "role": "admin"}, "k-user": {"project": "p", "role": "user"}},
    "roles": {"admin": {"consoleAdmin": True}, "user": {}},
}


@pytest.fixture
def base(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(BASE))
    return path


def test_console_chain_replaces_the_files_chain(base, tmp_path):
    console = tmp_path / "console.json"
    console.write_text(json.dumps({"models": {"m": {"interceptors": ["b", "a"]}}}))
    assert load_config([base], env={}, console=console).models["m"].interceptors == ["b", "a"]


def test_a_missing_console_file_is_no_edit(base, tmp_path):
    config = load_config([base], env={}, console=tmp_path / "absent.json")
    assert config.models["m"].interceptors == ["a", "b"]


def test_a_deployment_the_files_dropped_is_ignored(base, tmp_path):
    console = tmp_path / "console.json"
    console.write_text(json.dumps({"models": {"gone": {"interceptors": ["a"]}}}))
    assert "gone" not in load_config([base], env={}, console=console).models


@pytest.mark.parametrize(
    "doc",
    [
        {"keys": {"x": {"project": "p", "role": "admin"}}},
        {"roles": {"user": {"consoleAdmin": True}}},
        {"models": {"m": {"interceptors": ["a"], "endpoint": "http://evil/"}}},
        {"models": {"m": {"interceptors": "a"}}},
    ],
)
def test_the_console_file_holds_chains_only(base, tmp_path, doc):
    with pytest.raises(ConfigError, match="console"):
        load_config([base], env={}, console_doc=doc)


def test_undefined_interceptor_is_refused_naming_the_console_file(base, tmp_path):
    console = tmp_path / "console.json"
    with pytest.raises(ConfigError) as exc:
        load_config([base], env={}, console=console, console_doc={"models": {"m": {"interceptors": ["zz"]}}})
    assert str(console) in str(exc.value) and "undefined interceptor(s) ['zz']" in str(exc.value)


def test_admin_roles(base):
    config = load_config([base], env={})
    assert config.is_console_admin(config.keys["k-admin"].all_roles)
    assert not config.is_console_admin(config.keys["k-user"].all_roles)
    assert not config.is_console_admin({"no-such-role"})


def test_quantile_and_answer_text():
    buckets = {0.1: 50.0, 0.5: 100.0, float("inf"): 100.0}
    assert quantile(0.5, buckets) == pytest.approx(0.1)
    assert quantile(0.99, buckets) == pytest.approx(0.492)
    assert quantile(0.5, {}) is None
    sse = (
        b'data: {"choices": [{"index": 0, "delta": {"content": "he"}}]}\n\n'
        b'data: {"choices": [{"index": 0, "delta": {"content": "llo"}}]}\n\ndata: [DONE]\n\n'
    )
    assert answer_text(sse) == {"text": "hello", "error": None}
    assert answer_text(b'{"error": {"message": "blocked"}}')["error"] == "blocked"


def test_the_default_settings_have_no_admin_key_unless_one_is_set():
    from pathlib import Path

    files = [Path("core_config/config.json"), Path("core_config/keys.json")]
    env = {
        "DEMO_MODEL_URL": "http://demo",
        "PII_URL": "http://pii",
        "TOXICITY_URL": "http://tox",
        "CACHE_URL": "http://cache",
    }
    unset = load_config(files, env=env)
    assert not [k for k, v in unset.keys.items() if unset.is_console_admin(v.roles or [v.role])]
    assert "" not in unset.keys
    chosen = load_config(files, env={**env, "GATEWAY_ADMIN_KEY": "s3cret-admin"})
    assert chosen.is_console_admin(chosen.keys["s3cret-admin"].roles)
