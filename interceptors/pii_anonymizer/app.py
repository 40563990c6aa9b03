"""The `pii-anonymizer` service: `python -m interceptors.pii_anonymizer.app` (port 5003)."""

from __future__ import annotations

import logging

from interceptors.common import InterceptorService, create_interceptor_app, run
from interceptors.pii_anonymizer import operators
from interceptors.pii_anonymizer.anonymizer import Anonymizer
from interceptors.pii_anonymizer.audit import audit_route
from interceptors.pii_anonymizer.detector import Detector, build_analyzer
from interceptors.pii_anonymizer.interceptor import AnonymizerContext, PiiAnonymizerInterceptor
from interceptors.pii_anonymizer.settings import AnonymizerSettings
from interceptors.pii_anonymizer.vault import create_vault
from interceptors.pii_anonymizer.workers import AnalysisPool

_log = logging.getLogger(__name__)


def build_service(settings: AnonymizerSettings | None = None) -> InterceptorService:
    settings = settings or AnonymizerSettings.from_env()
    hash_key = settings.hash_key or settings.vault_key
    if hash_key:
        operators.use_key(hash_key)
    vault = create_vault(settings.redis_url, settings.vault_key, settings.vault_ttl_seconds)
    local = None
    if settings.workers == 0:  # analysis in this process
        local = Detector(
            build_analyzer(settings.spacy_model, settings.policy.language), settings.cache_entries
        )
    analysis = AnalysisPool(
        settings.spacy_model, settings.policy.language, settings.workers, settings.cache_entries, local
    )
    analysis.warm()
    context = AnonymizerContext(settings, Anonymizer(local, vault), vault, analysis)
    interceptor = type("PiiAnonymizer", (PiiAnonymizerInterceptor,), {"context": context})
    return InterceptorService(
        name="pii-anonymizer",
        chat_completions={"pii-anonymizer": interceptor},
        routes={"/v1/audit/anonymize": audit_route(context)},
    )


def create_app(dial_url: str, settings: AnonymizerSettings | None = None):
    return create_interceptor_app(build_service(settings), dial_url)


if __name__ == "__main__":
    run(build_service(), default_port=5003)
