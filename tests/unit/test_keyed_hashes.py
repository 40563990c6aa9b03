"""Hashes that reach logs, events and audit streams are keyed (HMAC): trying every candidate value
against them finds nothing without the secret (issue 12, defect 8)."""

from __future__ import annotations

import hashlib

from gateway.auth import key_id
from interceptors.common import contract
from interceptors.pii_anonymizer import operators
from interceptors.pii_anonymizer.settings import Operator


def test_a_key_id_is_not_a_plain_hash_of_the_key_and_depends_on_the_secret():
    plain = hashlib.sha256(b"dial_api_key").hexdigest()[:12]
    assert key_id(b"secret-a", "dial_api_key") != plain
    assert key_id(b"secret-a", "dial_api_key") != key_id(b"secret-b", "dial_api_key")
    assert key_id(b"secret-a", "dial_api_key") == key_id(b"secret-a", "dial_api_key")  # stable


def test_the_hash_operator_is_keyed():
    phone = "212-555-0143"
    operators.use_key("vault-secret-1")
    first = operators.one_way(Operator(type="hash"), "PHONE_NUMBER", phone)
    assert first != hashlib.sha256(phone.encode()).hexdigest()[:16]
    assert first == operators.one_way(Operator(type="hash"), "PHONE_NUMBER", phone)
    operators.use_key("vault-secret-2")
    assert operators.one_way(Operator(type="hash"), "PHONE_NUMBER", phone) != first


def test_signatures_bind_every_identity_header_and_the_hop_key():
    headers = {
        contract.PROJECT: "p",
        contract.KEY_ID: "k",
        contract.DEPLOYMENT: "d",
        contract.CHAIN: "c",
        contract.REQUEST_ID: "r",
    }
    sig = contract.sign(b"s", contract.hop_parts(headers, "hop-key"), now=1000)
    assert contract.verify(b"s", sig, contract.hop_parts(headers, "hop-key"), now=1000)
    for name in headers:
        assert not contract.verify(b"s", sig, contract.hop_parts({**headers, name: "x"}, "hop-key"), now=1000)
    assert not contract.verify(b"s", sig, contract.hop_parts(headers, "other-key"), now=1000)
    assert not contract.verify(b"t", sig, contract.hop_parts(headers, "hop-key"), now=1000)
    assert not contract.verify(b"s", sig, contract.hop_parts(headers, "hop-key"), now=1000 + 301)
