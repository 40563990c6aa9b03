"""FRESH HELD-OUT TEMPLATES: do not read or tune on this file (or on the fresh_*.py modules it imports).

A third split, written after the detector by an independent author who read neither the detector nor
the `heldout` templates, in document styles the `tune` templates do not use. Like `heldout`, it exists
to measure the detector on text nobody tuned it on: if you change the detector because of what you saw
here or in its documents, the fresh numbers stop meaning anything.
"""

from __future__ import annotations

from bench.pii_eval import fresh_a

MODULES = (fresh_a,)


def templates() -> dict[str, list]:
    out: dict[str, list] = {}
    for module in MODULES:
        for shape, fns in module.T.by_shape.items():
            out.setdefault(shape, []).extend(fns)
    return out
