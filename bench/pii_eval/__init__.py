"""A seeded PII de-identification evaluation set with exact gold spans, and its scorer.

    from bench.pii_eval import generate, score
    docs = generate(1200, seed=7, split="tune")       # or "heldout" / "fresh" / "all"
    report = score(docs, predictions)                 # predictions: per doc, [(start, end), ...]

Documents come from templates of six shapes; the templates are split in three: `templates_tune.py`
(read and tune on these), `templates_heldout.py` and `templates_fresh.py` (never read or tune on
these; `fresh` and, later, `fresh_b`, `fresh_c`, `fresh_d` and `fresh_e` were each written by an
independent author after the detector). Every split draws its values from the same generators
(values.py, places.py, ids.py).

`split` is one split, "all" (the three), or splits joined by "+". The default, "tune+heldout", is
the set the detector's recorded figures and tests were measured on; ask for "fresh" or "all" to add
the third split.
"""

from __future__ import annotations

from bench.pii_eval.core import ENTITIES, Builder, Doc, Span
from bench.pii_eval.scoring import Leak, Report, restore_rate, score
from bench.pii_eval.values import Gen

SHAPES = ("clinical_note", "support_email", "chat_transcript", "hr_record", "form_invoice", "intl_contacts")
SPLITS = ("tune", "heldout", "fresh", "fresh_b", "fresh_c", "fresh_d", "fresh_e")
DEFAULT_SPLIT = "tune+heldout"

__all__ = [
    "DEFAULT_SPLIT",
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


def _selected(split: str) -> set[str]:
    chosen = set(SPLITS) if split == "all" else set(split.split("+"))
    if not chosen or not chosen <= set(SPLITS):
        raise ValueError(f"split must be 'all' or some of {', '.join(SPLITS)} joined by '+', not {split!r}")
    return chosen


def templates(split: str = "all") -> dict[str, list[tuple[str, str, object]]]:
    """shape -> [(template name, split, function)], tune templates first, then heldout, then fresh."""
    from bench.pii_eval import templates_fresh, templates_heldout, templates_tune

    chosen = _selected(split)
    out: dict[str, list] = {shape: [] for shape in SHAPES}
    for name, made in (
        ("tune", templates_tune.templates),
        ("heldout", templates_heldout.templates),
        ("fresh", lambda: templates_fresh.templates("fresh")),
        ("fresh_b", lambda: templates_fresh.templates("fresh_b")),
        ("fresh_c", lambda: templates_fresh.templates("fresh_c")),
        ("fresh_d", lambda: templates_fresh.templates("fresh_d")),
        ("fresh_e", lambda: templates_fresh.templates("fresh_e")),
    ):
        if name in chosen:
            for shape, fns in made().items():
                out[shape] += [(fn.__name__, name, fn) for fn in fns]
    return out


def generate(n: int, seed: int = 7, split: str = DEFAULT_SPLIT) -> list[Doc]:
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
