"""The templates engineers may read and tune on, by shape (one module per shape: tune_*.py)."""

from __future__ import annotations

from bench.pii_eval import (
    tune_chat,
    tune_clinical,
    tune_email,
    tune_forms,
    tune_hr,
    tune_intl,
    tune_more,
    tune_more2,
    tune_more3,
    tune_more4,
    tune_more5,
    tune_more6,
)

MODULES = (
    tune_clinical,
    tune_email,
    tune_chat,
    tune_hr,
    tune_forms,
    tune_intl,
    tune_more,
    tune_more2,
    tune_more3,
    tune_more4,
    tune_more5,
    tune_more6,
)


def templates() -> dict[str, list]:
    out: dict[str, list] = {}
    for module in MODULES:
        for shape, fns in module.T.by_shape.items():
            out.setdefault(shape, []).extend(fns)
    return out
