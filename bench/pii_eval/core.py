"""Gold spans by construction: templates append plain text and `Ent` values to a `Builder`, which
records each value's exact character span as it writes it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DIRECT = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "STREET_ADDRESS",
        "CITY",
        "ZIP_CODE",
        "ID",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
    }
)
IGNORED = frozenset({"STATE_OR_COUNTRY", "ORGANIZATION"})
ENTITIES = tuple(sorted(DIRECT | IGNORED | {"DATE", "AGE", "URL"}))


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    entity: str
    tier: str  # "direct", "phi" or "ignore"
    value: str = field(default="", compare=False)  # the inserted value (== text[start:end])


@dataclass
class Doc:
    text: str
    spans: list[Span]
    shape: str
    template: str
    split: str  # "tune", "heldout" or "fresh"
    locale: str


def tier_of(entity: str, text: str, dob: bool = False) -> str:
    if entity in DIRECT:
        return "direct"
    if entity in IGNORED:
        return "ignore"
    if entity == "DATE":
        return "direct" if dob else "phi"
    if entity == "AGE":
        digits = re.sub(r"\D", "", text)
        return "phi" if digits and int(digits) > 89 else "ignore"
    if entity == "URL":
        return "phi"
    raise ValueError(f"unknown entity {entity!r}")


@dataclass(frozen=True, slots=True)
class Ent:
    """A value with its gold label. Text around it (titles, labels) goes in separate plain pieces."""

    text: str
    entity: str
    tier: str

    def upper(self) -> Ent:
        return Ent(self.text.upper(), self.entity, self.tier)

    def lower(self) -> Ent:
        return Ent(self.text.lower(), self.entity, self.tier)


def ent(text: str, entity: str, dob: bool = False) -> Ent:
    return Ent(text, entity, tier_of(entity, text, dob))


# A piece of a document: plain text, a labelled value, or a sequence of pieces.
Piece = str | Ent | tuple | list


def piece_text(piece: Piece) -> str:
    if isinstance(piece, str):
        return piece
    if isinstance(piece, Ent):
        return piece.text
    return "".join(piece_text(p) for p in piece)


def upper(piece: Piece) -> Piece:
    """The piece in capitals, labels kept (for ALL-CAPS headers and address lines)."""
    if isinstance(piece, str | Ent):
        return piece.upper()
    return tuple(upper(p) for p in piece)


def lower(piece: Piece) -> Piece:
    if isinstance(piece, str | Ent):
        return piece.lower()
    return tuple(lower(p) for p in piece)


class Builder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._spans: list[Span] = []
        self._pos = 0

    def __call__(self, *pieces: Piece) -> Builder:
        for p in pieces:
            self._put(p)
        return self

    def _put(self, piece: Piece) -> None:
        if isinstance(piece, str):
            self._parts.append(piece)
            self._pos += len(piece)
        elif isinstance(piece, Ent):
            value = piece.text
            if not value or value != value.strip():
                raise ValueError(f"bad value {value!r} for {piece.entity}")
            self._spans.append(Span(self._pos, self._pos + len(value), piece.entity, piece.tier, value))
            self._parts.append(value)
            self._pos += len(value)
        else:
            for p in piece:
                self._put(p)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def spans(self) -> list[Span]:
        return list(self._spans)


class Registry:
    """Templates of one split, by shape, in definition order: `@TEMPLATES("clinical_note")`."""

    def __init__(self) -> None:
        self.by_shape: dict[str, list] = {}

    def __call__(self, shape: str):
        def add(fn):
            self.by_shape.setdefault(shape, []).append(fn)
            return fn

        return add
