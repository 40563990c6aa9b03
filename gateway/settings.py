"""Static settings of the gateway process, read once from the environment by `from_env`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from gateway.audit import AuditSettings

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parent.parent / "core_config"
DEFAULT_CONFIG_FILES = (DEFAULT_CONFIG_DIR / "config.json", DEFAULT_CONFIG_DIR / "keys.json")


class GatewaySettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    config_files: list[Path] = Field(
        default_factory=lambda: list(DEFAULT_CONFIG_FILES),
        description="GATEWAY_CONFIG: comma-separated settings files.",
    )
    host: str = Field("127.0.0.1", description="GATEWAY_HOST")
    port: int = Field(8080, description="GATEWAY_PORT")
    redis_url: str | None = Field(None, description="REDIS_URL: share per-request keys between replicas.")
    config_poll_seconds: float = Field(1.0, description="GATEWAY_CONFIG_POLL_SECONDS; 0 disables reload.")
    max_body_bytes: int = Field(16 * 1024 * 1024, description="GATEWAY_MAX_BODY_BYTES")
    connect_timeout: float = Field(10.0, description="GATEWAY_CONNECT_TIMEOUT, seconds.")
    read_timeout: float = Field(300.0, description="GATEWAY_READ_TIMEOUT: longest silence from a hop.")
    hop_key_ttl: float = Field(
        300.0,
        description="GATEWAY_HOP_KEY_TTL: seconds a per-request key lives if "
        "the gateway could not delete it when its hop ended (Redis trouble).",
    )
    events_file: str | None = Field(
        "-", description="GATEWAY_EVENTS_FILE: usage events as JSON lines; '-' = stdout, a path, or 'off'."
    )
    events_stream: str | None = Field(
        "gw:events:usage",
        description="GATEWAY_EVENTS_STREAM: the Redis "
        "Stream usage events are published to (with REDIS_URL); 'off'.",
    )
    events_maxlen: int = Field(100_000, description="GATEWAY_EVENTS_MAXLEN: entries a stream keeps.")
    secret: str | None = Field(
        None,
        repr=False,
        description="GATEWAY_SECRET: shared with the interceptor "
        "services; signs the identity headers of each hop and keys the hashes of "
        "API keys. Unset: a random one per process (services then refuse its calls).",
    )
    console_file: Path | None = Field(
        None,
        description="GATEWAY_CONSOLE_FILE: the settings file the "
        "console writes chain edits to (merged after GATEWAY_CONFIG); "
        "unset: the console shows chains but cannot edit them.",
    )
    audit: AuditSettings | None = Field(
        None,
        description="GATEWAY_AUDIT (JSON): audit events with the prompt and answer anonymized by rule lists.",
    )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> GatewaySettings:
        env = os.environ if env is None else env
        names = {
            "config_files": "GATEWAY_CONFIG",
            "host": "GATEWAY_HOST",
            "port": "GATEWAY_PORT",
            "redis_url": "REDIS_URL",
            "config_poll_seconds": "GATEWAY_CONFIG_POLL_SECONDS",
            "max_body_bytes": "GATEWAY_MAX_BODY_BYTES",
            "connect_timeout": "GATEWAY_CONNECT_TIMEOUT",
            "read_timeout": "GATEWAY_READ_TIMEOUT",
            "hop_key_ttl": "GATEWAY_HOP_KEY_TTL",
            "events_file": "GATEWAY_EVENTS_FILE",
            "events_stream": "GATEWAY_EVENTS_STREAM",
            "events_maxlen": "GATEWAY_EVENTS_MAXLEN",
            "secret": "GATEWAY_SECRET",
            "console_file": "GATEWAY_CONSOLE_FILE",
        }
        values: dict = {k: env[v] for k, v in names.items() if env.get(v)}
        if "config_files" in values:
            values["config_files"] = [p.strip() for p in values["config_files"].split(",") if p.strip()]
        if env.get("GATEWAY_AUDIT"):
            values["audit"] = AuditSettings.model_validate_json(env["GATEWAY_AUDIT"])
        for off in ("events_file", "events_stream"):
            if values.get(off) == "off":
                values[off] = None
        return cls(**values)
