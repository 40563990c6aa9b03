"""FRESH HELD-OUT TEMPLATES: do not read or tune on this file (or on the fresh_*.py modules it imports).

Five more splits, each written after the detector by an independent author who read neither the
detector nor the other held-out templates, in document styles the `tune` templates do not use:
`fresh` (fresh_a.py), `fresh_b` (fresh_b.py, written later, after `fresh` had been measured),
`fresh_c` (fresh_c.py, a third author, written after `fresh_b`), `fresh_d` (fresh_d.py, a fourth
author, written after `fresh_c`) and `fresh_e` (fresh_e.py, a fifth author, written after `fresh_d`).
Like `heldout`, they exist to measure the detector on text nobody tuned it on: if you change the
detector because of what you saw here or in their documents, the fresh numbers stop meaning anything.
"""

from __future__ import annotations

from bench.pii_eval import fresh_a, fresh_b, fresh_c, fresh_d, fresh_e

MODULES = {
    "fresh": (fresh_a,),
    "fresh_b": (fresh_b,),
    "fresh_c": (fresh_c,),
    "fresh_d": (fresh_d,),
    "fresh_e": (fresh_e,),
}


def templates(split: str = "fresh") -> dict[str, list]:
    out: dict[str, list] = {}
    for module in MODULES[split]:
        for shape, fns in module.T.by_shape.items():
            out.setdefault(shape, []).extend(fns)
    return out
