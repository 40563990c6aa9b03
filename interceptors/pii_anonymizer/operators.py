"""One-way replacements (mask, redact, replace, hash, fake) for entities that need no restoring.

`hash` and the seed of `fake` are HMACs under the service's key (`use_key`): a plain hash of a phone
number is reversed by hashing every number, and a plain-seeded fake by faking every candidate.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from interceptors.pii_anonymizer.settings import Operator

_key = secrets.token_bytes(32)  # until the service sets its own: stable only within this process


def use_key(secret: str) -> None:
    global _key
    _key = hashlib.sha256(b"pii-one-way:" + secret.encode()).digest()


def _mac(value: str) -> bytes:
    return hmac.new(_key, value.encode(), hashlib.sha256).digest()


_FAKERS = {
    "PERSON": "name",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone_number",
    "LOCATION": "city",
    "CREDIT_CARD": "credit_card_number",
    "IBAN_CODE": "iban",
    "IP_ADDRESS": "ipv4",
    "US_SSN": "ssn",
    "URL": "url",
}


def one_way(op: Operator, entity: str, value: str) -> str:
    if op.type == "mask":
        return "*" * len(value)
    if op.type == "redact":
        return ""
    if op.type == "replace":
        return op.value if op.value is not None else f"<{entity}>"
    if op.type == "hash":
        return _mac(value).hex()[:16]
    if op.type == "fake":
        return _fake(entity, value)
    raise ValueError(f"{op.type} is not a one-way operator")


def _fake(entity: str, value: str) -> str:
    from faker import Faker

    fake = Faker()
    fake.seed_instance(int.from_bytes(_mac(value)[:8], "big"))
    return str(getattr(fake, _FAKERS.get(entity, "word"))())
