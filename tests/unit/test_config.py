"""Settings: merge order, ${VAR} expansion, aliases, and errors that name file, path and valid keys."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.config import ConfigError, deep_merge, load_config
from gateway.config.models import Config

ROOT = Path(__file__).resolve().parents[2]
FULL = {
    "interceptors": {"i": {"endpoint": "http://i", "features": {"rateEndpoint": "http://r"}}},
    "models": {
        "m": {
            "endpoint": "http://m",
            "interceptors": ["i"],
            "upstreams": [{"endpoint": "http://u", "key": "k"}],
            "limits": {"maxTotalTokens": 10},
            "pricing": {"prompt": "1"},
            "features": {"toolsSupported": True},
        }
    },
    "applications": {"a": {"endpoint": "http://a"}},
    "keys": {"k": {"project": "p", "role": "r"}},
    "roles": {"r": {"limits": {"m": {"minute": "100"}}}},
}


def write(tmp_path: Path, name: str, doc) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc))
    return path


def error_for(tmp_path: Path, *docs) -> str:
    paths = [write(tmp_path, f"f{i}.json", d) for i, d in enumerate(docs)]
    with pytest.raises(ConfigError) as exc:
        load_config(paths, env={})
    return str(exc.value)


def test_deep_merge_merges_objects_appends_arrays_and_later_scalars_win():
    a = {"m": {"x": 1, "l": [1], "keep": True}}
    b = {"m": {"x": 2, "l": [2]}, "n": 3}
    assert deep_merge(a, b) == {"m": {"x": 2, "l": [1, 2], "keep": True}, "n": 3}


def test_keys_in_a_second_file_are_merged_with_models_in_the_first(tmp_path):
    first = write(tmp_path, "a.json", {"models": FULL["models"], "interceptors": FULL["interceptors"]})
    second = write(tmp_path, "b.json", {"keys": FULL["keys"], "roles": FULL["roles"]})
    config = load_config([first, second], env={})
    assert config.keys["k"].project == "p" and config.chain("m") == ["i"]
    assert config.roles["r"].limits["m"].minute == 100


def test_env_variables_are_expanded_with_defaults(tmp_path):
    doc = {
        "models": {
            "m": {
                "endpoint": "${HOST:-http://localhost}/x",
                "upstreams": [{"endpoint": "http://u", "key": "${SECRET}"}],
            }
        }
    }
    config = load_config([write(tmp_path, "a.json", doc)], env={"SECRET": "s3"})
    assert config.models["m"].endpoint == "http://localhost/x"
    assert config.models["m"].upstreams[0].key == "s3"


def test_an_unset_variable_is_an_error_naming_it_and_where(tmp_path):
    doc = {"models": {"m": {"endpoint": "http://m", "upstreams": [{"endpoint": "u", "key": "${SECRET}"}]}}}
    msg = error_for(tmp_path, doc)
    assert "SECRET" in msg and "f0.json" in msg and "$.models.m.upstreams[0].key" in msg


def _paths(node, prefix=()):
    """Every JSON object in a document, as a path of keys."""
    if isinstance(node, dict):
        yield prefix
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


def _inject(doc, path):
    doc = json.loads(json.dumps(doc))
    node = doc
    for part in path:
        node = node[part]
    node["bogusKey"] = 1
    return doc


NAME_MAPS = {
    ("models",),
    ("interceptors",),
    ("applications",),
    ("keys",),
    ("roles",),
    ("roles", "r", "limits"),
}  # their keys are names, not fields


@pytest.mark.parametrize(
    "path", [p for p in _paths(FULL) if p not in NAME_MAPS], ids=lambda p: ".".join(map(str, p)) or "$"
)
def test_an_unknown_key_anywhere_is_an_error_naming_file_path_and_valid_keys(tmp_path, path):
    msg = error_for(tmp_path, _inject(FULL, path))
    shown = ["<key #1>" if path[:1] == ("keys",) and i == 1 else p for i, p in enumerate(path)]
    where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in shown) + ".bogusKey"
    assert "f0.json" in msg and where in msg, msg
    assert re.search(r"valid keys here: [a-zA-Z]+", msg), msg


def test_settings_errors_never_print_an_api_key(tmp_path):
    """An API key is a name under `keys`: errors name it by its place, whatever went wrong."""
    secret = "sk-live-SECRET-123"
    typo = {"keys": {"other-key": {"project": "p"}, secret: {"project": "p", "rol": "x"}}}
    msg = error_for(tmp_path, typo)
    assert secret not in msg and "$.keys.<key #2>.rol" in msg, msg
    unset = {"keys": {secret: {"project": "${UNSET_PROJECT}"}}}
    msg = error_for(tmp_path, unset)
    assert secret not in msg and "$.keys.<key #1>.project" in msg, msg
    wrong_type = {"keys": {secret: {"project": 5}}}
    assert secret not in error_for(tmp_path, wrong_type)


def test_snake_case_aliases_are_accepted(tmp_path):
    doc = {
        "models": {
            "m": {
                "endpoint": "e",
                "display_name": "M",
                "user_roles": ["x"],
                "override_name": "o",
                "forward_auth_token": True,
                "features": {"tools_supported": True},
            }
        },
        "global_interceptors": [],
    }
    m = load_config([write(tmp_path, "a.json", doc)], env={}).models["m"]
    assert (m.display_name, m.user_roles, m.override_name, m.forward_auth_token) == (
        "M",
        frozenset({"x"}),
        "o",
        True,
    )
    assert m.features.tools_supported


def test_an_undefined_interceptor_in_a_chain_is_an_error(tmp_path):
    msg = error_for(tmp_path, {"models": {"m": {"endpoint": "e", "interceptors": ["ghost"]}}})
    assert "ghost" in msg and "models.m.interceptors" in msg


def test_global_interceptors_run_before_the_models_own(tmp_path):
    doc = {
        **FULL,
        "globalInterceptors": ["g"],
        "interceptors": {**FULL["interceptors"], "g": {"endpoint": "http://g"}},
    }
    assert load_config([write(tmp_path, "a.json", doc)], env={}).chain("m") == ["g", "i"]


@pytest.mark.parametrize(
    "doc,words",
    [
        ({"models": {"m": {}}}, "endpoint"),
        ({"keys": {"k": {"project": "p"}}}, "role"),
        ({"models": {"interceptor": {"endpoint": "e"}}}, "reserved"),
        ({"models": {"m": {"endpoint": "e", "type": "video"}}}, "type"),
    ],
)
def test_invalid_entries_are_explained(tmp_path, doc, words):
    assert words in error_for(tmp_path, doc)


def test_invalid_json_names_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    with pytest.raises(ConfigError, match="bad.json: invalid JSON"):
        load_config([bad], env={})


def test_every_json_settings_file_in_the_repo_loads():
    files = sorted((ROOT / "core_config").rglob("*.json"))
    assert files
    base = [ROOT / "core_config/config.json", ROOT / "core_config/keys.json"]
    env = {"OPENAI_API_KEY": "sk-test"}
    for extra in files:
        config = load_config([*base, *([extra] if extra not in base else [])], env=env)
        assert isinstance(config, Config)


def test_the_default_chain_blocks_abuse_before_it_anonymizes_and_caches_only_tokens():
    config = load_config([ROOT / "core_config/config.json", ROOT / "core_config/keys.json"], env={})
    # The blocker sees the user's own words (tokens would hide insults aimed at a [PERSON_1]), and
    # nothing it refuses is ever stored in the PII vault. The cache comes after the anonymizer: it
    # only ever sees (and stores) tokenized text.
    assert config.models["demo"].interceptors == ["toxicity-blocker", "pii-anonymizer", "response-cache"]


def test_the_phi_entry_is_the_anonymizer_with_the_phi_preset_and_a_model_uses_it():
    from interceptors.pii_anonymizer.settings import PolicyOverride

    config = load_config([ROOT / "core_config/config.json", ROOT / "core_config/keys.json"], env={})
    plain, phi = config.interceptors["pii-anonymizer"], config.interceptors["pii-anonymizer-phi"]
    assert phi.endpoint == plain.endpoint
    override = PolicyOverride(**phi.defaults["custom_fields"]["interceptor_configuration"])
    assert override.preset == "phi"
    assert config.models["demo-clinical"].interceptors == [
        "toxicity-blocker",
        "pii-anonymizer-phi",
        "response-cache",
    ]


def test_check_config_prints_each_models_chain():
    out = subprocess.run(
        [sys.executable, "-m", "gateway", "check-config"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "model demo: client ->" in out and "-> demo" in out


def test_check_config_fails_on_a_broken_file(tmp_path):
    bad = write(tmp_path, "bad.json", {"models": {"m": {"endpoint": "e", "oops": 1}}})
    run = subprocess.run(
        [sys.executable, "-m", "gateway", "check-config", str(bad)], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 1 and "oops" in run.stderr and "valid keys" in run.stderr
