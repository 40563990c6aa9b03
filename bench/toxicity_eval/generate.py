"""Render the labelled set: every template several times with seeded slot values and surface forms.

    python -m bench.toxicity_eval.generate     # rewrites bench/data/toxicity_set.jsonl

A row is {"text", "toxic", "category", "split", "template"}; `category` is the kind of abuse
(threat, identity_attack, harassment, self_harm, sexual) or, for benign rows, its topic. Surface
forms: as written, lower case without final punctuation (chat style), and obfuscated spellings of
the strong words (leetspeak, inserted symbols, spaced or stretched letters), benign rows included so
that de-obfuscation cannot buy recall with false positives.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bench.toxicity_eval import (
    author_j,
    author_k,
    author_m,
    fresh,
    fresh_b,
    fresh_c,
    fresh_d,
    heldout,
    tune,
    tune_b,
    tune_c,
    tune_d,
    tune_e,
    tune_f,
    tune_g,
    tune_h,
    tune_i,
    tune_l,
    tune_n,
)
from bench.toxicity_eval.vocab import OBFUSCATABLE, SLOTS

OUT = Path(__file__).resolve().parent.parent / "data" / "toxicity_set.jsonl"
SEED = 14
VARIANTS = 4
_SLOT = re.compile(r"\{(\w+)\}")
# tune: developed against; heldout: measured once per round; fresh: a later, independent author's
# templates (fresh.py), measured, never tuned on.
# (split, source, templates): the tune split has eleven authors (tune.py, then independent authors B:
# chat and comments, C: letters and e-mails, D: varied wordings of the categories a word model
# generalises worst, E: hard benign prompts and their abusive twins, F: many registers and sentence
# shapes of the categories that generalised worst to new authors, G: threats and identity attacks
# without profanity against benign prompts sharing their words, H: identity attacks without slurs,
# implicit and conditional threats, and hard benign prompts: idioms, sport, news, advocacy, I: threats
# and identity attacks that never swear against benign prompts borrowing their words: idioms, devops,
# military history, news about extremism, quoted abuse, pest control, names that look like words, L:
# conversations with an assistant, both sides: short follow-ups, feedback, assistant answers, refusals
# and safety text, and abusive turns of the same shapes, N: support around self-harm and suicide, from
# assistants, friends, pharmacists and forums, against encouragement of it in the same words);
# held-out, fresh, fresh_b (written later still, after fresh had been measured), fresh_c (a third
# independent author's) and fresh_d (a fourth independent author's, written without reading the
# blocker or the other templates) are each one author's, never tuned on; author_k (a tenth author's,
# written as a tune author, kept out of training: it found affectionate and everyday false positives);
# author_j (an eleventh author's, written as a tune author against those false positives with abusive
# twins; training on it cost 15-35 points of recall on the fresh splits, so it measures instead);
# author_m (a twelfth author's, written as a measurement split only: conversations with an assistant,
# both sides; short follow-ups, assistant answers, and abusive turns of the same shapes).
SOURCES = (
    ("tune", "tune", tune),
    ("tune", "tune_b", tune_b),
    ("tune", "tune_c", tune_c),
    ("tune", "tune_d", tune_d),
    ("tune", "tune_e", tune_e),
    ("tune", "tune_f", tune_f),
    ("tune", "tune_g", tune_g),
    ("tune", "tune_h", tune_h),
    ("tune", "tune_i", tune_i),
    ("tune", "tune_l", tune_l),
    ("tune", "tune_n", tune_n),
    ("heldout", "heldout", heldout),
    ("fresh", "fresh", fresh),
    ("fresh_b", "fresh_b", fresh_b),
    ("fresh_c", "fresh_c", fresh_c),
    ("fresh_d", "fresh_d", fresh_d),
    ("author_k", "author_k", author_k),
    ("author_j", "author_j", author_j),
    ("author_m", "author_m", author_m),
)
SPLITS = tuple(dict.fromkeys(split for split, _, _ in SOURCES))
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}


def fill(template: str, rng: random.Random, slots: dict[str, tuple[str, ...]] = SLOTS) -> str:
    text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)
    return text[0].upper() + text[1:]


def obfuscate_word(word: str, rng: random.Random) -> str:
    how = rng.randrange(4)
    if how == 0:  # leetspeak
        return "".join(_LEET.get(c, c) if rng.random() < 0.7 else c for c in word)
    if how == 1:  # a vowel starred out
        vowels = [i for i, c in enumerate(word) if c in "aeiou"]
        i = rng.choice(vowels) if vowels else len(word) // 2
        return word[:i] + "*" + word[i + 1 :]
    if how == 2:  # letters spaced or dotted
        return rng.choice((" ", ".", "-")).join(word)
    i = rng.randrange(len(word))  # a stretched letter
    return word[:i] + word[i] * rng.randint(3, 5) + word[i + 1 :]


def obfuscate(text: str, rng: random.Random) -> str:
    words = re.split(r"(\W+)", text)
    strong = [i for i, w in enumerate(words) if w.lower() in OBFUSCATABLE]
    if not strong:
        return text
    for i in rng.sample(strong, k=max(1, len(strong) // 2)):
        words[i] = obfuscate_word(words[i], rng)
    return "".join(words)


def surface(text: str, form: int, rng: random.Random) -> str:
    if form == 1:
        return text.lower().rstrip(".!?")
    if form == 2:
        return obfuscate(text, rng)
    return text


def render(
    split: str,
    source: str,
    toxic: bool,
    by_category: dict[str, list[str]],
    rng: random.Random,
    slots: dict[str, tuple[str, ...]] = SLOTS,
) -> list[dict]:
    rows = []
    for category, templates in by_category.items():
        for t_idx, template in enumerate(templates):
            seen = set()
            for v in range(VARIANTS):
                text = surface(fill(template, rng, slots), v % 3 if v < 3 else rng.randrange(3), rng)
                if text not in seen:
                    seen.add(text)
                    rows.append(
                        {
                            "text": text,
                            "toxic": toxic,
                            "category": category,
                            "split": split,
                            "template": f"{source}/{category}/{t_idx}",
                        }
                    )
    return rows


def build() -> list[dict]:
    rows = []
    for split, source, module in SOURCES:
        rng = random.Random(f"{SEED}/{source}")  # each source renders the same whatever the others hold
        slots = {**SLOTS, **getattr(module, "EXTRA_SLOTS", {})}
        rows += render(split, source, True, module.ABUSIVE, rng, slots)
        rows += render(split, source, False, module.BENIGN, rng, slots)
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    for split in SPLITS:
        part = [r for r in rows if r["split"] == split]
        print(f"{split}: {sum(r['toxic'] for r in part)} abusive, {sum(not r['toxic'] for r in part)} benign")


if __name__ == "__main__":
    main()
