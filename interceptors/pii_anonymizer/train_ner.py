"""Train the small learned NER (interceptors/pii_anonymizer/model/ner/) offline, on generated documents.

    PYTHONPATH=. python -m interceptors.pii_anonymizer.train_ner [--docs 2400 --epochs 12 --out DIR]

The documents come from the TUNE split of bench/pii_eval only (`generate(n, seed, split="tune")`),
never from the held-out or fresh splits, which stay the measure of whether the model generalises.
Some are lower-cased (chat), and some get short chat lines of our own built from Faker's names in
several locales (ner_model's labels in new wording). Gold ORGANIZATION, STATE_OR_COUNTRY and other
spans of the "ignore" tier are left unannotated (neither entity nor outside): the scorer does not
count them either way.

The pipeline is spaCy's blank English with a small hash-embedding CNN and a transition-based
entity recognizer, no vectors, trained on the CPU with fixed seeds: the same command gives the same
model. Nothing is downloaded. Needs the bench package (the repository checkout), spaCy and Faker.
"""

from __future__ import annotations

import argparse
import random
import shutil
import time
from pathlib import Path

from interceptors.pii_anonymizer.ner_model import MODEL_DIR

SEED = 1729
_GOLD = {"PERSON": "PERSON", "STREET_ADDRESS": "STREET_ADDRESS", "CITY": "CITY", "ID": "ID"}


def _tok2vec(width: int, depth: int, rows: int) -> dict:
    return {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": width,
        "depth": depth,
        "embed_size": rows,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    }


LABELS = ("PERSON", "STREET_ADDRESS", "CITY", "ID")


def blank_pipeline(labels, width: int = 64, depth: int = 4, rows: int = 2000, hidden: int = 64):
    import spacy

    nlp = spacy.blank("en")
    model = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": hidden,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": _tok2vec(width, depth, rows),
    }
    ner = nlp.add_pipe("ner", config={"model": model})
    for label in labels:
        ner.add_label(label)  # type: ignore[attr-defined]
    return nlp


# Short chat lines of our own (not from any split's templates): a name in everyday wording.
_LINES = [
    "{a}: hey {b}, are you around?",
    "{a}: thanks {b}!",
    "{a}: ok {b} will do",
    "{a}: morning all",
    "{a}: cc {full}",
    "{a}: {b} said she'd send it tonight",
    "{a}: did {full} reply yet?",
    "{a}: ask {b}, she knows",
    "{a}: my name is {full}",
    "{a}: it's {full} here",
    "{a}: this is {b} from accounts",
    "{a}: talked to {b} yesterday",
    "{a}: lol",
    "{a}: sure, one sec",
    "{a}: can you loop in {full}?",
    "{a}: @{b} see above",
    "{a}: sending to {b} now",
    "{a}: {b} and {c} are on leave",
    "{a}: sounds good, {b}",
    "{a}: bye!",
    "[{t}] {a}: {b}, you there?",
    "[{t}] {a}: yes",
    "{t} {a}: meeting moved to friday",
    "<{a}> {b}: the invoice went out",
    "{a} ({t}): hi {b}",
]


def _faker_names():
    from faker import Faker

    fakers = [Faker(loc) for loc in ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL")]
    fakers += [Faker(loc) for loc in ("pt_BR", "sv_SE", "tr_TR", "vi_VN", "en_IN", "fi_FI", "cs_CZ")]
    for i, f in enumerate(fakers):
        f.seed_instance(SEED + i)
    return fakers


def _chat_doc(rng: random.Random, fakers) -> tuple[str, list[tuple[int, int, str]]]:
    """A short chat of our own lines with Faker names and their spans."""
    people = []
    for _ in range(3):
        f = rng.choice(fakers)
        first, last = f.first_name(), f.last_name()
        people.append((first, f"{first} {last}"))
    lower = rng.random() < 0.3
    text, spans = "", []
    for _ in range(rng.randint(4, 9)):
        line = rng.choice(_LINES)
        a, b, c = rng.sample(people, 3)
        values = {
            "a": a[0] if rng.random() < 0.7 else a[1],
            "b": b[0],
            "c": c[0],
            "full": b[1],
            "t": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
        }
        pos = 0
        out = ""
        while pos < len(line):
            j = line.find("{", pos)
            if j < 0:
                out += line[pos:]
                break
            k = line.index("}", j)
            out += line[pos:j]
            key = line[j + 1 : k]
            value = values[key]
            if key != "t":
                spans.append((len(text) + len(out), len(text) + len(out) + len(value), "PERSON"))
            out += value
            pos = k + 1
        if lower and len(out.lower()) == len(out):
            out = out.lower()
        text += out + "\n"
    return text, spans


def _example(nlp, text: str, gold: list[tuple[int, int, str]], missing: list[tuple[int, int]]):
    from spacy.training import Example, offsets_to_biluo_tags

    doc = nlp.make_doc(text)
    ents = []
    for a, b, label in gold:
        span = doc.char_span(a, b, label=label, alignment_mode="expand")
        if span is not None:
            ents.append((span.start_char, span.end_char, label))
    ents.sort()
    kept, end = [], -1
    for a, b, label in ents:  # overlaps (a name inside an e-mail's expanded token): the first wins
        if a >= end:
            kept.append((a, b, label))
            end = b
    tags = offsets_to_biluo_tags(doc, kept)
    for a, b in missing:
        for tok in doc:
            if tok.idx < b and tok.idx + len(tok) > a and tags[tok.i] == "O":
                tags[tok.i] = "-"
    return Example.from_dict(doc, {"entities": tags})


def examples(nlp, labels, n: int, seed: int, extra_chats: int, lower_share: float) -> list:
    from bench.pii_eval import generate

    rng = random.Random(seed)
    out = []
    for d in generate(n, seed=seed, split="tune"):
        gold = [
            (s.start, s.end, _GOLD[s.entity]) for s in d.spans if s.tier == "direct" and s.entity in _GOLD
        ]
        gold = [g for g in gold if g[2] in labels]
        missing = [(s.start, s.end) for s in d.spans if s.tier == "ignore"]
        out.append(_example(nlp, d.text, gold, missing))
        chatty = d.shape == "chat_transcript"
        if rng.random() < (lower_share * 3 if chatty else lower_share):
            low = d.text.lower()
            if len(low) == len(d.text):
                out.append(_example(nlp, low, gold, missing))
    fakers = _faker_names()
    for _ in range(extra_chats):
        text, spans = _chat_doc(rng, fakers)
        out.append(_example(nlp, text, [s for s in spans if s[2] in labels], []))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2400, help="tune documents to train on")
    parser.add_argument("--extra-chats", type=int, default=400, help="short chats of our own lines")
    parser.add_argument("--lower", type=float, default=0.1, help="share of documents also lower-cased")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--labels", default=",".join(LABELS), help="of " + ", ".join(LABELS))
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()

    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps())
    fix_random_seed(SEED)
    labels = [x.strip() for x in args.labels.split(",") if x.strip()]
    nlp = blank_pipeline(labels, args.width, args.depth, args.rows)
    train = examples(nlp, labels, args.docs, SEED, args.extra_chats, args.lower)
    dev = examples(nlp, labels, 300, SEED + 1, 0, 0.0)
    print(f"{len(train)} training docs, {len(dev)} dev docs (tune split, other seed)")
    optimizer = nlp.initialize(lambda: train)
    rng = random.Random(SEED)
    for epoch in range(args.epochs):
        t = time.perf_counter()
        rng.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        scores = nlp.evaluate([Example(nlp.make_doc(e.reference.text), e.reference) for e in dev])
        per = {k: round(v["f"], 3) for k, v in (scores.get("ents_per_type") or {}).items()}
        print(
            f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f}, dev F {scores['ents_f']:.3f} {per}, "
            f"{time.perf_counter() - t:.0f}s",
            flush=True,
        )
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.meta.update(
        name="pii_ner",
        version="0.1.0",
        description="Small PII NER trained on bench/pii_eval's tune split (train_ner.py)",
    )
    nlp.to_disk(args.out)
    # The vocabulary's strings are the training documents' words (a megabyte of fake names): the
    # model reads hashes computed from the text itself, and keeps its labels elsewhere.
    (args.out / "vocab" / "strings.json").write_text("[]\n")
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"saved to {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
