"""Anonymizing the texts of one request: detect, give each value its conversation token, replace.

Besides Presidio's findings, every value already in the conversation's vault is matched exactly
(so a value restored in an earlier answer gets its old token back even if the model-side NER would
miss it now), and text shaped like one of our tokens is itself tokenized as LITERAL, so that it can
never be confused with a real token when the answer is restored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interceptors.pii_anonymizer.detector import Detector, Finding, policy_key
from interceptors.pii_anonymizer.names import propagate
from interceptors.pii_anonymizer.operators import one_way
from interceptors.pii_anonymizer.settings import Policy
from interceptors.pii_anonymizer.spans import Disjoint
from interceptors.pii_anonymizer.tokens import TOKEN_RE
from interceptors.pii_anonymizer.vault import Scope, Vault

LITERAL = "LITERAL"


@dataclass
class Result:
    texts: list[str]
    values: dict[str, str]  # ENTITY_N -> value: what restoring the answer needs


class Anonymizer:
    def __init__(self, detector: Detector | None, vault: Vault):
        """`detector` None: analysis runs elsewhere (the service's worker pool); `detect` is then
        not used, only the vault and the tokens."""
        self.detector, self.vault = detector, vault

    def detect(
        self,
        texts: list[str],
        policy: Policy,
        known: dict[str, str] | None = None,
        deadline: float | None = None,
    ) -> list[list[Finding]]:
        """CPU work, run by an analysis worker. Every other mention of a found value (and of a
        name's parts), here or among the conversation's `known` values, is masked too."""
        if self.detector is None:
            raise RuntimeError("this Anonymizer has no detector: analysis runs in the worker pool")
        return second_pass(texts, self.detector.analyze(texts, policy, policy_key(policy), deadline), known)

    async def apply(
        self,
        texts: list[str],
        findings: list[list[Finding]],
        policy: Policy,
        scope: Scope,
        known: dict[str, str],
    ) -> Result:
        known_re = _known_values_re(known)
        spans = [_spans(t, f, known_re) for t, f in zip(texts, findings, strict=True)]
        wanted = list(
            dict.fromkeys(
                (e, t[a:b])
                for t, s in zip(texts, spans, strict=True)
                for a, b, e in s
                if policy.operator(e).type == "token" or e == LITERAL
            )
        )
        names = dict(zip(wanted, await self.vault.assign(scope, wanted), strict=True))
        out = [_replace(t, s, names, policy) for t, s in zip(texts, spans, strict=True)]
        values = {**known, **{n: v for (_, v), n in names.items()}}
        return Result(out, values)


def second_pass(
    texts: list[str], found: list[list[Finding]], known: dict[str, str] | None
) -> list[list[Finding]]:
    """Every other mention of a found value, and of the conversation's `known` values."""
    earlier = {v: n.rsplit("_", 1)[0] for n, v in (known or {}).items() if not n.startswith(LITERAL)}
    return propagate(texts, found, earlier, lambda a, b, e: Finding(a, b, e, 0.5))


def _known_values_re(known: dict[str, str]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for all of the conversation's values (longest first), and value -> entity."""
    entity_of = {
        v: n.rsplit("_", 1)[0] for n, v in known.items() if len(v) > 1 and not n.startswith(LITERAL + "_")
    }
    if not entity_of:
        return None
    alternatives = sorted(entity_of, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives))), entity_of


def _spans(
    text: str, findings: list[Finding], known_re: tuple[re.Pattern[str], dict[str, str]] | None
) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    if known_re is not None:
        pattern, entity_of = known_re
        spans += [(m.start(), m.end(), entity_of[m.group(0)]) for m in pattern.finditer(text)]
    spans += [(f.start, f.end, f.entity) for f in findings]
    taken = Disjoint()
    for a, b, e in spans:  # known values win over fresh findings; an empty span masks nothing
        if a < b and not taken.overlapping(a, b):
            taken.add(a, b, e)
    for m in TOKEN_RE.finditer(text):
        # Token-shaped text is tokenized itself (LITERAL), so it is never taken for a real token;
        # touching a value it becomes part of it: "John Smith_1" is no way around detection.
        a, b = m.span()
        hit = taken.overlapping(a, b)
        if hit:
            taken.remove(a, b)
            entity = min(hit, key=lambda t: t[3])[2]  # the one taken first
            taken.add(min(a, hit[0][0]), max(b, hit[-1][1]), entity)
        else:
            taken.add(a, b, LITERAL)
    return taken.spans()


def _replace(text: str, spans: list[tuple[int, int, str]], names: dict, policy: Policy) -> str:
    out, pos = [], 0
    for a, b, e in spans:
        value = text[a:b]
        op = policy.operator(e)
        repl = f"[{names[(e, value)]}]" if (e, value) in names else one_way(op, e, value)
        out += [text[pos:a], repl]
        pos = b
    out.append(text[pos:])
    return "".join(out)
