"""The `toxicity-blocker` service: `python -m interceptors.toxicity_blocker.app` (port 5004)."""

from __future__ import annotations

import sys

from interceptors.common import InterceptorService, create_interceptor_app, run
from interceptors.toxicity_blocker.classifiers import ClassifierUnavailableError, load_classifier
from interceptors.toxicity_blocker.interceptor import BlockerContext, ToxicityBlockerInterceptor
from interceptors.toxicity_blocker.settings import BlockerSettings, override_schema


def build_service(settings: BlockerSettings | None = None) -> InterceptorService:
    settings = settings or BlockerSettings.from_env()
    classifier = load_classifier(
        settings.backend,
        checkpoint=settings.detoxify_checkpoint,
        config_dir=settings.detoxify_config,
        model_type=settings.detoxify_model,
    )
    unknown = set(settings.policy.thresholds or {}) - set(classifier.categories)
    if unknown:
        raise ClassifierUnavailableError(
            f"TOXICITY_POLICY names categories {sorted(unknown)}; the "
            f"{settings.backend} backend scores {list(classifier.categories)}."
        )
    interceptor = type(
        "ToxicityBlocker",
        (ToxicityBlockerInterceptor,),
        {"context": BlockerContext(settings, classifier), "schema": override_schema(classifier.categories)},
    )
    return InterceptorService(name="toxicity-blocker", chat_completions={"toxicity-blocker": interceptor})


def create_app(dial_url: str, settings: BlockerSettings | None = None):
    return create_interceptor_app(build_service(settings), dial_url)


if __name__ == "__main__":
    try:
        service = build_service()
    except ClassifierUnavailableError as exc:
        print(f"toxicity-blocker cannot start: {exc}", file=sys.stderr)
        sys.exit(2)
    run(service, default_port=5004)
