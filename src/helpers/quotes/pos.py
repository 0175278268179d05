"""Coarse part-of-speech tags (`pos_`) from the model's own attribute-ruler rules, applied in plain Python.

spaCy's attribute ruler (a Matcher over some 180 patterns that also writes morphology) and the
lemmatizer after it cost about a third of the quote parse, and quote attribution reads only `pos_`
(its one lemma test reads `lexicon.speech_act_forms`). `pos_rules` keeps the ruler's patterns that set POS,
in the ruler's order, and `set_pos` applies them as the ruler does: every match sets its token and a
later pattern wins. A model whose POS patterns test anything else returns None: keep its ruler then.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

RULER = "attribute_ruler"
TESTS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


@dataclass(frozen=True)
class PosRule:
    """One ruler pattern that sets POS: per pattern token a tuple of (token attribute, values, True for IN / False for NOT_IN)."""

    order: int
    tokens: tuple[tuple[tuple[str, frozenset, bool], ...], ...]
    index: int
    pos: str


@dataclass(frozen=True)
class PosRules:
    """The rules in the form `set_pos` reads fast: the last tag-only rule per tag, the rest by the target's lower form."""

    by_tag: dict[str, tuple[int, str]]
    by_lower: dict[str, tuple[PosRule, ...]]
    general: tuple[PosRule, ...]


def _allowed(value: Any) -> tuple[frozenset, bool] | None:
    """The values a pattern token tests and whether it wants them (one value or IN) or not (NOT_IN); None otherwise."""
    if isinstance(value, (str, bool)):
        return frozenset([value]), True
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
        op, values = next(iter(value.items()))
        return frozenset(values), op == "IN"
    return None


def compile_rule(order: int, pattern: list[dict], index: int, pos: str) -> PosRule | None:
    """One pattern as a PosRule, or None when it tests an attribute or operator `set_pos` does not know."""
    tokens = []
    for spec in pattern:
        tests = []
        for attr, value in spec.items():
            allowed = _allowed(value)
            if attr not in TESTS or allowed is None:
                return None
            tests.append((TESTS[attr], *allowed))
        tokens.append(tuple(tests))
    return PosRule(order, tuple(tokens), index if index >= 0 else len(pattern) + index, pos)


@lru_cache(maxsize=8)
def pos_rules(nlp: Language) -> PosRules | None:
    """The POS rules of `nlp`'s attribute ruler (enabled or not), or None when it has none we can apply exactly."""
    if RULER not in nlp.component_names:
        return None
    by_tag: dict[str, tuple[int, str]] = {}
    by_lower: dict[str, list[PosRule]] = {}
    general: list[PosRule] = []
    for order, entry in enumerate(nlp.get_pipe(RULER).patterns):
        if "POS" not in entry["attrs"]:
            continue
        for pattern in entry["patterns"]:
            rule = compile_rule(order, pattern, entry.get("index", 0), entry["attrs"]["POS"])
            if rule is None:
                return None
            target = {a: v for a, v, wanted in rule.tokens[rule.index] if wanted} if rule.index < len(rule.tokens) else {}
            if len(rule.tokens) == 1 and len(rule.tokens[0]) == 1 and set(target) == {"tag_"}:
                for tag in target["tag_"]:
                    by_tag[tag] = (order, rule.pos)
            elif "lower_" in target:
                for lower in target["lower_"]:
                    by_lower.setdefault(lower, []).append(rule)
            else:
                general.append(rule)
    return PosRules(by_tag, {k: tuple(v) for k, v in by_lower.items()}, tuple(general))


def _matches(doc: Doc, i: int, rule: PosRule) -> bool:
    """Whether `rule`'s pattern matches with its target token at position i of `doc`."""
    start = i - rule.index
    if start < 0 or start + len(rule.tokens) > len(doc):
        return False
    return all((getattr(doc[start + k], attr) in values) == wanted
               for k, tests in enumerate(rule.tokens) for attr, values, wanted in tests)


def token_pos(doc: Doc, tok: Token, rules: PosRules) -> str | None:
    """The POS the ruler would give `tok`: its last matching rule's, or None when no rule matches."""
    best = rules.by_tag.get(tok.tag_, (-1, None))
    for rule in (*rules.by_lower.get(tok.lower_, ()), *rules.general):
        if rule.order > best[0] and _matches(doc, tok.i, rule):
            best = (rule.order, rule.pos)
    return best[1]


def set_pos(doc: Doc, rules: PosRules) -> Doc:
    """Set `pos_` on every token of `doc` (after the tagger and parser) as the model's attribute ruler would."""
    for tok in doc:
        pos = token_pos(doc, tok, rules)
        if pos is not None:
            tok.pos_ = pos
    return doc
