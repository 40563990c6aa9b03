"""Our own small learned NER (model/ner/, made by train_ner.py), as one more recognizer.

It was trained offline on generated documents of bench/pii_eval's tune split and Faker's names, and
is shipped in the package: it is loaded from the directory beside this file, never downloaded.
`build_analyzer(..., learned_ner=...)` switches it on or off; ENABLED is the default.
"""

from __future__ import annotations

import threading
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult

from interceptors.pii_anonymizer import names
from interceptors.pii_anonymizer.structure import result

MODEL_DIR = Path(__file__).parent / "model" / "ner"
# Off: on bench/pii_leak.py (ours-ner) it lowers leak on every fresh split with over-masking at most
# 7%, but it finds names and IDs in 11 ordinary texts the unit tests want left alone ("ID: 42",
# "the market said prices rose") and cuts a street's town short ("Via Leopardi 83, Lirone").
ENABLED = False
SCORE = 0.6  # below spaCy's 0.85 and most rules: in a conflict their span wins
# The model's labels (bench/pii_eval's) -> the detector's entities.
ENTITY_OF = {"PERSON": "PERSON", "STREET_ADDRESS": "STREET_ADDRESS", "CITY": "LOCATION", "ID": "ID_NUMBER"}


class LearnedNerUnavailableError(RuntimeError):
    """The model's files are missing: the message says how to make them."""


def load_model(path: Path = MODEL_DIR):
    import spacy

    if not (path / "meta.json").is_file() or not (path / "ner").is_dir():
        raise LearnedNerUnavailableError(
            f"the learned NER model is missing from {path}: it ships in the repository; rebuild it "
            "offline with `python -m interceptors.pii_anonymizer.train_ner`, or build the analyzer "
            "with learned_ner=False. It is never downloaded."
        )
    return spacy.load(path)


class LearnedNerRecognizer(EntityRecognizer):
    ENTITIES = sorted(set(ENTITY_OF.values()))

    def __init__(self, language: str = "en", path: Path | None = None, score: float | None = None):
        self._path = MODEL_DIR if path is None else path
        self._score = SCORE if score is None else score
        self._lock = threading.Lock()
        super().__init__(
            supported_entities=list(self.ENTITIES), name="LearnedNerRecognizer", supported_language=language
        )

    def load(self) -> None:
        self.nlp = load_model(self._path)
        self.labels = {label: ENTITY_OF[label] for label in self.nlp.get_pipe("ner").labels}

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        wanted = {label for label, entity in self.labels.items() if entity in entities}
        if not wanted or not text.strip():
            return []
        with self._lock:  # one pipeline, perhaps several analyzing threads
            doc = self.nlp(text)
        out = []
        for span in doc.ents:
            if span.label_ not in wanted:
                continue
            entity = self.labels[span.label_]
            for part in names.line_parts(span):  # a name never runs over a line break
                value = part.text
                if not value.strip():
                    continue
                # the same test as spaCy's names and places get: no name made of ordinary words
                if entity in ("PERSON", "LOCATION") and names.is_false_name(value, entity):
                    continue
                out.append(result(self, entity, part.start_char, part.end_char, self._score))
        return out
