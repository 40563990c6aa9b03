"""One-way replacements (mask, redact, replace, hash, fake) for entities that need no restoring."""

from __future__ import annotations

import hashlib

from interceptors.pii_anonymizer.settings import Operator

_FAKERS = {"PERSON": "name", "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone_number",
           "LOCATION": "city", "CREDIT_CARD": "credit_card_number", "IBAN_CODE": "iban",
           "IP_ADDRESS": "ipv4", "US_SSN": "ssn", "URL": "url"}


def one_way(op: Operator, entity: str, value: str) -> str:
    if op.type == "mask":
        return "*" * len(value)
    if op.type == "redact":
        return ""
    if op.type == "replace":
        return op.value if op.value is not None else f"<{entity}>"
    if op.type == "hash":
        return hashlib.sha256(value.encode()).hexdigest()[:16]
    if op.type == "fake":
        return _fake(entity, value)
    raise ValueError(f"{op.type} is not a one-way operator")


def _fake(entity: str, value: str) -> str:
    from faker import Faker

    fake = Faker()
    fake.seed_instance(int.from_bytes(hashlib.sha256(value.encode()).digest()[:8], "big"))
    return str(getattr(fake, _FAKERS.get(entity, "word"))())
