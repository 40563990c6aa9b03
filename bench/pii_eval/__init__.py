"""A seeded PII de-identification evaluation set with exact gold spans, and its scorer.

    from bench.pii_eval import generate, score
    docs = generate(1200, seed=7, split="tune")       # or "heldout" / "all"
    report = score(docs, predictions)                 # predictions: per doc, [(start, end), ...]

Documents come from templates of six shapes; the templates are split in two: `templates_tune.py`
(read and tune on these) and `templates_heldout.py` (never read or tune on these). Both splits draw
their values from the same generators (values.py, places.py, ids.py).
"""

from __future__ import annotations

from bench.pii_eval.core import ENTITIES, Builder, Doc, Span
from bench.pii_eval.scoring import Leak, Report, restore_rate, score
from bench.pii_eval.values import Gen

SHAPES = ("clinical_note", "support_email", "chat_transcript", "hr_record", "form_invoice", "intl_contacts")
SPLITS = ("tune", "heldout")

__all__ = [
    "ENTITIES",
    "SHAPES",
    "SPLITS",
    "Doc",
    "Leak",
    "Report",
    "Span",
    "generate",
    "restore_rate",
    "score",
    "templates",
]


def templates(split: str = "all") -> dict[str, list[tuple[str, str, object]]]:
    """shape -> [(template name, split, function)], tune templates first."""
    from bench.pii_eval import templates_heldout, templates_tune

    if split not in ("all", *SPLITS):
        raise ValueError(f"split must be 'all', 'tune' or 'heldout', not {split!r}")
    out: dict[str, list] = {shape: [] for shape in SHAPES}
    for name, module in (("tune", templates_tune), ("heldout", templates_heldout)):
        if split in ("all", name):
            for shape, fns in module.templates().items():
                out[shape] += [(fn.__name__, name, fn) for fn in fns]
    return out


def generate(n: int, seed: int = 7, split: str = "all") -> list[Doc]:
    """n documents spread evenly over the shapes and, within a shape, over its templates of `split`.
    Deterministic for a seed; document i depends only on (seed, i, its template)."""
    table = templates(split)
    docs = []
    for i in range(n):
        shape = SHAPES[i % len(SHAPES)]
        name, which, fn = table[shape][(i // len(SHAPES)) % len(table[shape])]
        g = Gen(f"{seed}/{i}/{name}")
        b = Builder()
        fn(g, b)
        docs.append(Doc(b.text, b.spans, shape, name, which, "multi" if g.multi else g.locale))
    return docs
