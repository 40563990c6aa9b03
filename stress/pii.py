"""Seeded fake personal data for prompts, and a scanner that finds those values in any text.

The scanner looks for shapes (e-mail addresses, digit runs, capitalized word pairs) and checks each
against the values handed out, after Unicode normalization (NFKC, format characters removed), so a
value split by zero-width characters or written in full-width digits still counts. What it reports
names the kind of value and the request that carried it, never the value.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGITS = re.compile(r"\+?\d[\d ().-]{8,}\d")
_NAME = re.compile(r"(?=\b([A-Z][a-z'-]+)[ \t]+([A-Z][a-z'-]+)\b)")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    phone: str
    ref: str  # the request that carried it

    def values(self) -> dict[str, str]:
        return {"PERSON": self.name, "EMAIL": self.email, "PHONE": self.phone}


@dataclass
class Bank:
    """Everyone the suite made up, by value."""

    seed: int
    faker: Faker = field(init=False)
    rng: random.Random = field(init=False)
    by_email: dict[str, Person] = field(default_factory=dict)
    by_phone: dict[str, Person] = field(default_factory=dict)
    by_name: dict[str, Person] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.faker = Faker("en_US")
        self.faker.seed_instance(self.seed)
        self.rng = random.Random(self.seed)

    def person(self, ref: str) -> Person:
        while True:
            first, last = self.faker.first_name(), self.faker.last_name()
            name = f"{first} {last}"
            if name not in self.by_name and "'" not in name and "-" not in name:
                break
        n = len(self.by_email)
        email = f"{first.lower()}.{last.lower()}{n}@{self.faker.free_email_domain()}"
        phone = f"({self.rng.randint(201, 989)}) {self.rng.randint(200, 989)}-{n % 10000:04d}"
        p = Person(name, email, phone, ref)
        self.by_name[name], self.by_email[email], self.by_phone[_digits(phone)] = p, p, p
        return p

    def prompt(self, ref: str) -> tuple[str, Person]:
        p = self.person(ref)
        template = self.rng.choice(_TEMPLATES)
        return template.format(name=p.name, email=p.email, phone=p.phone, ref=ref), p

    def find(self, text: str) -> list[tuple[str, Person]]:
        """(kind, person) of every made-up value in `text`."""
        text = normalize(text)
        found: list[tuple[str, Person]] = []
        for m in _EMAIL.finditer(text):
            if p := self.by_email.get(m.group(0).lower()):
                found.append(("EMAIL", p))
        for m in _DIGITS.finditer(text):
            d = _digits(m.group(0))
            if p := self.by_phone.get(d[-10:]):
                found.append(("PHONE", p))
        for m in _NAME.finditer(text.replace("_", " ")):  # a message `name` is First_Last
            if p := self.by_name.get(f"{m.group(1)} {m.group(2)}"):
                found.append(("PERSON", p))
        return found


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_TEMPLATES = (
    "Hello, my name is {name}. Please write to {email} or call {phone} about my order. (ref {ref})",
    "Summarise this note: {name} phoned from {phone} and asked us to reply to {email}. (ref {ref})",
    "Draft a polite reply to {name} <{email}>, phone {phone}, about the delayed refund. (ref {ref})",
    "Customer: {name}\nEmail: {email}\nPhone: {phone}\nQuestion: when does the store open? (ref {ref})",
)
