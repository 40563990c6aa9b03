"""The cache's settings: the service's defaults, and per-chain-entry overrides of the policy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from interceptors.common.settings import env_values, overrides_of

Mode = Literal["on", "off", "read-only", "write-only"]
ScopeKind = Literal["project", "key", "global"]
DAY = 24 * 3600


class CachePolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: Mode = Field(
        "on",
        description="on: look up and store; read-only: look up, never store; "
        "write-only: store, never serve; off: neither.",
    )
    scope: ScopeKind = Field(
        "project",
        description="Who shares entries: the caller's project, the "
        "same API key, or everyone (global: only for prompts without tenant data).",
    )
    ttl_seconds: int = Field(3600, ge=1, le=30 * DAY, description="How long an entry is served.")
    max_entry_bytes: int = Field(
        1 << 20, ge=1024, le=64 << 20, description="Larger answers are passed through, not stored."
    )


PolicyOverride = overrides_of(CachePolicy)


class CacheSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    policy: CachePolicy = Field(default_factory=CachePolicy)
    redis_url: str | None = Field(
        None,
        description="REDIS_URL: keep entries in Redis (shared by replicas); "
        "unset: an in-memory LRU per process.",
    )
    redis_timeout_seconds: float = Field(
        0.25,
        gt=0,
        description="CACHE_REDIS_TIMEOUT_SECONDS: a slower "
        "Redis call counts as a failure; the request goes on uncached.",
    )
    redis_retry_seconds: float = Field(
        5.0, ge=0, description="CACHE_REDIS_RETRY_SECONDS: after a failure, Redis is left alone this long."
    )
    memory_entries: int = Field(1000, ge=1, description="CACHE_MEMORY_ENTRIES: the in-memory LRU's size.")
    coalesce_wait_seconds: float = Field(
        300.0,
        ge=0,
        description="CACHE_COALESCE_WAIT_SECONDS: how long "
        "an identical request waits for the one already calling the model.",
    )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> CacheSettings:
        policy = env_values(
            {
                "mode": "CACHE_MODE",
                "scope": "CACHE_SCOPE",
                "ttl_seconds": "CACHE_TTL_SECONDS",
                "max_entry_bytes": "CACHE_MAX_ENTRY_BYTES",
            },
            env=env,
        )
        return cls(
            policy=CachePolicy(**policy),
            **env_values(
                {
                    "redis_url": "REDIS_URL",
                    "redis_timeout_seconds": "CACHE_REDIS_TIMEOUT_SECONDS",
                    "redis_retry_seconds": "CACHE_REDIS_RETRY_SECONDS",
                    "memory_entries": "CACHE_MEMORY_ENTRIES",
                    "coalesce_wait_seconds": "CACHE_COALESCE_WAIT_SECONDS",
                },
                env=env,
            ),
        )
