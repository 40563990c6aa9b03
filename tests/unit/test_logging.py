"""Interceptor services' logging: audit records are written whatever LOG_LEVEL says."""

from __future__ import annotations

import logging

from interceptors.common import audit_logger
from interceptors.common.service import AUDIT_LOGGER, configure_logging


def test_audit_records_are_kept_at_the_default_level_and_chatter_is_not():
    names = ("interceptors", AUDIT_LOGGER)
    saved = {n: logging.getLogger(n).level for n in names}
    try:
        configure_logging("warning")
        assert audit_logger("pii_anonymizer").isEnabledFor(logging.INFO)
        assert not logging.getLogger("interceptors.pii_anonymizer.interceptor").isEnabledFor(logging.INFO)
        configure_logging("debug")
        assert logging.getLogger("interceptors.pii_anonymizer.interceptor").isEnabledFor(logging.DEBUG)
    finally:
        for n, level in saved.items():
            logging.getLogger(n).setLevel(level)
