"""HELD-OUT TEMPLATES: do not read or tune on this file (or on the heldout_*.py modules it imports).

They exist to measure how the detector does on text nobody tuned it on. If you change the detector
because of what you saw here or in their documents, the held-out numbers stop meaning anything.
"""

from __future__ import annotations

from bench.pii_eval import heldout_a, heldout_b, heldout_c, heldout_d

MODULES = (heldout_a, heldout_b, heldout_c, heldout_d)


def templates() -> dict[str, list]:
    out: dict[str, list] = {}
    for module in MODULES:
        for shape, fns in module.T.by_shape.items():
            out.setdefault(shape, []).extend(fns)
    return out
