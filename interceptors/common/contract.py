"""The contract between the gateway and the interceptor services, written once (docs/protocol.md).

Standard library only: the gateway and every service import it.

* Header names the gateway sets for a hop, and the reserved families a client may never send: the
  gateway drops them at the edge, so nothing a client sends chooses a route or an identity.
* The signature over the identity headers: an HMAC with the secret the gateway and the services
  share (`GATEWAY_SECRET`), bound to the hop's per-request key and a timestamp, so a direct call
  with forged `X-Gateway-*` headers is refused.
* Keyed hashes (HMAC) for anything derived from a secret or personal value that ends up in logs,
  events or headers: an unsalted hash of a phone number or an API key can be reversed by trying
  every candidate.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Mapping, Sequence

SECRET_ENV = "GATEWAY_SECRET"

# Set by the gateway on each interceptor hop.
DEPLOYMENT = "x-dial-deployment-id"  # the deployment the client asked for (DIAL Core sets it too)
PROJECT = "x-gateway-project"  # the caller's project
KEY_ID = "x-gateway-key-id"  # a keyed hash of the caller's API key
CHAIN = "x-gateway-chain"  # what else in the chain shapes the answer (a cache keys by it)
REQUEST_ID = "x-request-id"  # the root request's id
SIGNATURE = "x-gateway-signature"  # t=<unix seconds>,v1=<hex HMAC> over SIGNED and the api-key
SIGNED = (DEPLOYMENT, PROJECT, KEY_ID, CHAIN, REQUEST_ID)
IDENTITY = (PROJECT, KEY_ID, CHAIN)  # trusted by a service only with a valid signature

# Header families only the gateway may set. A client's copies are dropped before anything reads
# them: `X-UPSTREAMS` makes the interceptor SDK call another deployment, `X-UPSTREAM-*` carry a
# model's endpoint and key, `X-DIAL-*` name deployments and applications, `X-Gateway-*` identity.
RESERVED_PREFIXES = ("x-gateway-", "x-upstream", "x-dial-")


def is_reserved(name: str) -> bool:
    """True for a (lower-case) header name a client may not send."""
    return name.startswith(RESERVED_PREFIXES)


# Response headers a hop may report for the client; the gateway copies them to the client's answer.
CACHE = "x-cache"  # HIT / MISS / BYPASS, from the response cache
TOXICITY_FLAGGED = "x-toxicity-flagged"  # prompt / answer, from the toxicity blocker in `flag` mode
RETRY_AFTER = "retry-after"
REPORTED = frozenset({CACHE, TOXICITY_FLAGGED, RETRY_AFTER})
# Client headers the gateway keeps for the model across the chain, even if an interceptor drops them.
KEPT = ("x-conversation-id", "x-job-title", "cache-control")
# Set by the gateway on the call to a model's DIAL adapter (with `upstreams`), and on its answer.
UPSTREAM_ENDPOINT = "x-upstream-endpoint"
UPSTREAM_KEY = "x-upstream-key"
UPSTREAM_EXTRA_DATA = "x-upstream-extra-data"
OVERRIDE_NAME = "x-dial-override-name"
UPSTREAM_ATTEMPTS = "x-upstream-attempts"  # on the answer: how many upstreams were tried
# The request field that carries an interceptor's settings from its chain entry.
CONFIG_FIELD = "interceptor_configuration"
AUDIT_PATH = "/v1/audit/anonymize"  # the PII service's route for audit events (gateway only)
# Idle keep-alive: a server keeps a connection longer than its clients do, so a client never sends
# on a connection the server has just closed (uvicorn's default, 5 s, is shorter than aiohttp's).
SERVER_KEEPALIVE_SECONDS = 75
CLIENT_KEEPALIVE_SECONDS = 60
SIGNATURE_MAX_AGE = 300  # seconds a signature stays valid: longer than any hop may wait to start


def secret_from_env(env: Mapping[str, str] | None = None) -> bytes | None:
    value = (os.environ if env is None else env).get(SECRET_ENV, "")
    return value.encode() if value else None


def keyed_hash(secret: bytes, purpose: str, value: str, length: int = 16) -> str:
    """An HMAC-SHA256 of `value` under a key derived from `secret` for one `purpose`, in hex."""
    key = hmac.new(secret, purpose.encode(), hashlib.sha256).digest()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:length]


def _mac(secret: bytes, stamp: str, parts: Sequence[str]) -> str:
    msg = "\n".join([stamp, *parts]).encode("utf-8", "surrogatepass")
    return hmac.new(secret, msg, hashlib.sha256).hexdigest()


def sign(secret: bytes, parts: Sequence[str], now: float | None = None) -> str:
    stamp = str(int(time.time() if now is None else now))
    return f"t={stamp},v1={_mac(secret, stamp, parts)}"


def verify(
    secret: bytes,
    signature: str,
    parts: Sequence[str],
    now: float | None = None,
    max_age: float = SIGNATURE_MAX_AGE,
) -> bool:
    fields = dict(p.split("=", 1) for p in signature.split(",") if "=" in p)
    stamp, mac = fields.get("t", ""), fields.get("v1", "")
    if not stamp.isdigit() or not mac:
        return False
    if abs((time.time() if now is None else now) - int(stamp)) > max_age:
        return False
    return hmac.compare_digest(mac, _mac(secret, stamp, parts))


def body_parts(path: str, body: bytes) -> list[str]:
    """What the signature of a gateway call to a service's own route covers: the route and body."""
    return [path, hashlib.sha256(body).hexdigest()]


def hop_parts(headers: Mapping[str, str], api_key: str) -> list[str]:
    """What a hop's signature covers: its per-request key and the identity headers."""
    return [api_key, *(headers.get(h, "") for h in SIGNED)]


def message_text(message: object) -> str:
    """A chat message's text as the model reads it: string content, or its text parts joined."""
    content = message.get("content") if isinstance(message, dict) else None
    if isinstance(content, list):
        content = "".join(str(p.get("text") or "") for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""
