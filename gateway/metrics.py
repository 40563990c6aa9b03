"""The gateway's Prometheus metrics, served at GET /metrics.

Labels are deployments, interceptors and statuses: names from the settings, never callers' data.
"""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)

REQUESTS = Counter(
    "gateway_requests_total",
    "Client requests by deployment and status.",
    ["deployment", "status"],
    registry=REGISTRY,
)
ERRORS = Counter(
    "gateway_errors_total",
    "Client requests that ended with a status >= 400.",
    ["deployment", "status"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "gateway_request_duration_seconds",
    "Whole request, first byte in to last byte out.",
    ["deployment"],
    buckets=BUCKETS,
    registry=REGISTRY,
)
FIRST_BYTE = Histogram(
    "gateway_time_to_first_byte_seconds",
    "Until the first byte of the answer (the first token of a stream).",
    ["deployment"],
    buckets=BUCKETS,
    registry=REGISTRY,
)
HOP = Histogram(
    "gateway_hop_duration_seconds",
    "One hop, including everything after it: an interceptor (hop=<name>) or the model (hop=model).",
    ["deployment", "hop"],
    buckets=BUCKETS,
    registry=REGISTRY,
)
TOKENS = Counter(
    "gateway_tokens_total", "Tokens the models reported.", ["deployment", "kind"], registry=REGISTRY
)
COST = Counter(
    "gateway_cost_total", "Cost of the tokens, from each model's pricing.", ["deployment"], registry=REGISTRY
)
RATE_LIMITED = Counter(
    "gateway_rate_limited_total", "Requests refused by a quota.", ["deployment", "window"], registry=REGISTRY
)
REPORTED = Counter(
    "gateway_interceptor_reports_total",
    "What interceptors reported in their answers' headers (X-Cache: HIT/MISS/BYPASS, X-Toxicity-Flagged).",
    ["header", "value"],
    registry=REGISTRY,
)

REPORTED_BY_DEPLOYMENT = Counter(
    "gateway_reported_by_deployment_total",
    "What interceptors reported in their answers' headers, by deployment (the console's cache hit rate).",
    ["deployment", "header", "value"],
    registry=REGISTRY,
)


def render() -> tuple[bytes, bytes]:
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST.encode()
