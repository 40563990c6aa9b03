"""The services of the stack: one list, read by the local runner and checked against compose."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Service:
    name: str  # also the docker-compose service name
    command: tuple[str, ...]  # python -m ...
    port: int  # local default port; in compose every Python service listens on this port too
    url_env: str | None = None  # the settings variable that holds this service's base URL
    env: dict[str, str] = field(default_factory=dict)


GATEWAY = Service("gateway", ("-m", "gateway", "serve"), 8080)
SERVICES: tuple[Service, ...] = (
    Service("demo-model", ("-m", "demo_model.app"), 5001, "DEMO_MODEL_URL"),
    Service("noop", ("-m", "interceptors.noop.app"), 5002, "NOOP_URL"),
    Service("pii-anonymizer", ("-m", "interceptors.pii_anonymizer.app"), 5003, "PII_ANONYMIZER_URL"),
    Service("toxicity-blocker", ("-m", "interceptors.toxicity_blocker.app"), 5004, "TOXICITY_BLOCKER_URL"),
    Service("response-cache", ("-m", "interceptors.response_cache.app"), 5005, "RESPONSE_CACHE_URL"),
    GATEWAY,
)
