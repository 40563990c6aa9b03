"""Our own classifier: one logistic regression per category over word 1-2-grams, character 3-5-grams,
stems and word classes (tf-idf) of the normalized text. `train.py` fits it; this module only scores,
with numpy."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

MODEL = Path(__file__).parent / "model" / "linear.npz"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


# Word classes: a word of a class also counts as its class ("those <group> are rats", "i'll <harm>
# you"), so what the model learns about one group or one kind of violence carries over to the others,
# including groups and verbs no training row names.
def _words(text: str) -> list[str]:
    return text.split()


_CLASSES = {
    "<group>": _words("""
    immigrants immigrant migrants migrant refugees refugee foreigners foreigner asylum muslims muslim
    islam jews jew jewish christians christian catholics catholic protestants hindus hindu sikhs sikh
    buddhists atheists mormons arabs arab africans african blacks black whites asians asian chinese
    japanese koreans indians pakistanis pakis mexicans mexican latinos latinas latinx hispanics
    hispanic gypsies gypsy roma romani travellers gays gay lesbians lesbian homosexuals queers queer
    trans transgender transgenders bisexuals women woman females girls feminists disabled cripples
    autistics autistic poles romanians russians ukrainians germans irish scots americans nigerians
    somalis syrians afghans turks kurds iranians israelis palestinians filipinos vietnamese natives
    aboriginals aborigines indigenous minorities blacks latinos boomers zoomers leftists liberals
    conservatives
    """),
    "<harm>": _words("""
    kill murder stab shoot strangle choke beat punch hurt cut burn bury gut slit drown poison hang
    torture smash destroy rape attack bomb slaughter butcher execute lynch maim skin behead cripple
    break crush snap stomp bash batter knife gun shank"""),
    "<kin>": _words("""
    kids kid children child son sons daughter daughters wife husband mother mom mum father dad
    family sister brother baby girlfriend boyfriend parents"""),
    "<vermin>": _words("""
    rats rat vermin cockroaches roaches maggots leeches parasites termites lice insects animals
    animal apes ape monkeys dogs pigs swine filth scum trash garbage disease plague cancer virus
    infestation subhuman subhumans savages savage"""),
}
_CLASS_OF = {w: c for c, ws in _CLASSES.items() for w in ws}


def lemma(word: str) -> str:
    """A crude English stem ("killing", "killed" -> "kill"; "cockroaches" -> "cockroache"): the same
    stem for a word's inflections, so what is learnt about one form carries to the others."""
    if len(word) <= 4 or "'" in word:
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + replacement
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]  # "stabbed" -> "stab"
            return stem
    return word


_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ying", "y"),
    ("sses", "ss"),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
)

# Wider classes read per sentence: which classes meet in one sentence, whatever the words between
# ("<group> ... <vermin>", "<you> ... <cons>equence", "<excl>usion ... <group>").
_SENTENCE_CLASSES = {
    "<group>": _words("""
    poles bulgarians brazilians ghanaians ethiopians eritreans sudanese somalis tamils bangladeshis
    jamaicans moroccans albanians kurds travellers pensioners elderly boomers millennials teenagers men
    males wheelchair deaf blind schizophrenics autistic disabled foreigners outsiders newcomers illegals
    aliens invaders immigrants migrants muslims jews hindus sikhs christians catholics mormons atheists
    gays lesbians bisexuals trans women females girls arabs africans asians chinese indians pakistanis
    mexicans gypsies roma refugees nigerians filipinos vietnamese ukrainians romanians russians irish
    scots welsh english americans evangelicals buddhists protestants orthodox hasidic shia sunni
    quakers"""),
    "<them>": _words("them they their those these lot kind breed sort types"),
    "<vermin>": _words("""
    weed weeds mould mold rot livestock herd cattle stray dogs dog vermin tumour tumor infection germs
    bacteria pests pest swarm horde hordes invasion infestation animals beasts creatures rodents
    mongrels subhuman primitive savages barbarians parasites parasite leeches locusts cockroaches lice
    ticks fleas plague filth dirt garbage rubbish waste trash rats rat apes monkeys pigs swine maggots
    insects disease cancer virus scum goat goats vultures hyenas wolves pigeons rabbits"""),
    "<excl>": _words("""
    deport deported expel expelled remove removed ban banned barred exclude excluded segregate
    separate ship shipped kick kicked throw thrown sterilise sterilize sterilised register registered
    fingerprint fingerprinted lock locked rid purge cleanse eradicate exterminate wipe drown gas camps
    camp border borders fence wall send sent fire fired evict evicted"""),
    "<stereo>": _words("""
    lazy dirty filthy thieves thief criminals crooks liars cheats scammers rapists terrorists violent
    stupid thick dumb inbred smell stink smelly scroungers primitive backward inferior degenerate
    degenerates extremists savage greedy breeding breed"""),
    "<you>": _words("you your yourself u ya ur yours"),
    "<cons>": _words("""
    regret sorry shame pity accident accidents careful warning hospital grave funeral ambulance
    wheelchair stretcher missing disappear pain safe lucky lose last finished borrowed numbered"""),
    "<home>": _words("house home address door window car street flat garden doorstep"),
}
_SENTENCE_CLASS_OF = dict(_CLASS_OF)
for _c, _ws in _SENTENCE_CLASSES.items():
    for _w in _ws:
        _SENTENCE_CLASS_OF.setdefault(_w, _c)
        _SENTENCE_CLASS_OF.setdefault(lemma(_w), _c)
_SENTENCE = re.compile(r"[.!?;\n]+")


def grams(normalized: str) -> Counter:
    words = _WORD.findall(normalized)
    out = Counter(f"w:{w}" for w in words)
    out.update(f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    classed = [_CLASS_OF.get(w, w) for w in words]
    out.update(f"k:{w}" for w in classed if w in _CLASSES)
    out.update(
        f"k:{a} {b}" for a, b in zip(classed, classed[1:], strict=False) if a in _CLASSES or b in _CLASSES
    )
    out.update(
        f"k:{a} _ {c}"  # one word between: "<group> are <vermin>", "<harm> your <kin>"
        for a, c in zip(classed, classed[2:], strict=False)
        if a in _CLASSES and c in _CLASSES
    )
    for w in words:
        padded = f" {w} "
        out.update(f"c:{padded[i : i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1))
    for sentence in _SENTENCE.split(normalized):
        said = _WORD.findall(sentence)
        stems = [lemma(w) for w in said]
        out.update(f"l:{s}" for s, w in zip(stems, said, strict=True) if s != w)
        present = sorted(
            {
                c
                for w, s in zip(said, stems, strict=True)
                if (c := _SENTENCE_CLASS_OF.get(w, _SENTENCE_CLASS_OF.get(s)))
            }
        )
        out.update(f"s:{c}" for c in present)
        out.update(f"s:{a}+{b}" for i, a in enumerate(present) for b in present[i + 1 :])
    return out


class LinearModel:
    def __init__(
        self,
        vocabulary: list[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        categories: list[str],
        thresholds: dict[str, float],
    ):
        self.index = {g: i for i, g in enumerate(vocabulary)}
        self.idf, self.coef, self.intercept = idf, coef, intercept
        self.categories, self.thresholds = tuple(categories), thresholds

    def vector(self, normalized: str) -> tuple[np.ndarray, np.ndarray]:
        hits = [(self.index[g], 1.0 + math.log(n)) for g, n in grams(normalized).items() if g in self.index]
        if not hits:
            return np.zeros(0, dtype=int), np.zeros(0)
        idx = np.fromiter((i for i, _ in hits), dtype=int, count=len(hits))
        val = np.fromiter((v for _, v in hits), dtype=float, count=len(hits)) * self.idf[idx]
        return idx, val / np.linalg.norm(val)

    def score(self, normalized: str) -> dict[str, float]:
        idx, val = self.vector(normalized)
        z = self.coef[:, idx] @ val + self.intercept
        return dict(zip(self.categories, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.index, key=lambda word: self.index[word])
        np.savez_compressed(
            path,
            vocabulary=np.array(vocab),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept,
            categories=np.array(self.categories),
            thresholds=np.array([self.thresholds[c] for c in self.categories]),
        )

    @classmethod
    def load(cls, path: Path = MODEL) -> LinearModel:
        with np.load(path, allow_pickle=False) as f:
            categories = [str(c) for c in f["categories"]]
            thresholds = dict(zip(categories, f["thresholds"].tolist(), strict=True))
            return cls(
                [str(v) for v in f["vocabulary"]],
                f["idf"].astype(float),
                f["coef"].astype(float),
                f["intercept"],
                categories,
                thresholds,
            )
