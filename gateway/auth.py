"""Who is calling: a project API key, or a per-request key handed to a hop (dial-protocol.md §2.1, §3)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from gateway.config import Config
from gateway.errors import AuthenticationError, BadRequestError
from gateway.keys import HopKey, KeyStore
from interceptors.common.contract import keyed_hash


@dataclass(frozen=True, slots=True)
class Identity:
    """The root caller. Per-request keys inherit the identity of the request that created them."""

    project: str
    key_id: str  # a keyed hash (HMAC) of the API key: safe to log, never the key itself
    roles: frozenset[str]
    secured: bool = False

    def to_json(self) -> dict:
        return {
            "project": self.project,
            "key_id": self.key_id,
            "roles": sorted(self.roles),
            "secured": self.secured,
        }

    @classmethod
    def from_json(cls, d: dict) -> Identity:
        return cls(d["project"], d["key_id"], frozenset(d["roles"]), d.get("secured", False))


@dataclass(frozen=True, slots=True)
class Caller:
    identity: Identity
    hop: HopKey | None = None  # set when the call carries a per-request key
    hop_key: str | None = None


@lru_cache(maxsize=4096)
def key_id(secret: bytes, api_key: str) -> str:
    """An HMAC, not a plain hash: a short or guessable key cannot be found by trying candidates.
    Cached: only the keys of the settings reach it (per-request keys are never hashed)."""
    return keyed_hash(secret, "key-id", api_key, 12)


async def authenticate(
    api_key: str | None, authorization: str | None, config: Config, store: KeyStore, secret: bytes
) -> Caller:
    bearer = _bearer(authorization)
    if not api_key and not authorization:
        raise AuthenticationError(
            "Provide an API key: the `Api-Key` header or `Authorization: Bearer <key>`."
        )
    if not api_key:
        if not bearer:
            raise AuthenticationError("The Authorization header must be `Bearer <api key>`.")
        api_key, bearer = bearer, None
    elif bearer == api_key:
        bearer = None
    project_key = config.keys.get(api_key)
    if project_key is not None:
        if authorization and bearer:
            raise BadRequestError(
                "Send either the Api-Key header or the Authorization header, not two different keys."
            )
        return Caller(
            Identity(project_key.project, key_id(secret, api_key), project_key.all_roles, project_key.secured)
        )
    hop = await store.get(api_key)
    if hop is None:
        raise AuthenticationError("Unknown API key (or a per-request key that has expired).")
    return Caller(hop.identity, hop, api_key)


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
