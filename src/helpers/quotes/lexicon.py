"""The curated word lists of quote attribution, read once from `src/helpers/data/`."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import pandas as pd

from helpers.config import paths

FILES = ("reporting_verbs.csv", "cue_complements.txt", "speaker_nouns.csv", "speech_acts.txt", "speaker_types.csv")
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "organisation",
            "they": "organisation", "them": "organisation", "we": "organisation", "i": "person"}


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Every spelling of a reporting verb -> its lemma."""
    table = pd.read_csv(paths.PACKAGE_DATA / "reporting_verbs.csv", dtype=str, comment="#", keep_default_na=False)
    return {form: row.verb for row in table.itertuples() for form in row.forms.split()}


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern[str]:
    """A regex finding any reporting-verb form or 'according to' (the paragraphs worth parsing)."""
    forms = sorted(verb_forms(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r"|according to)\b", re.IGNORECASE)


def _lines(name: str) -> list[str]:
    """The non-comment lines of a curated text file."""
    lines = (paths.PACKAGE_DATA / name).read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


@lru_cache(maxsize=1)
def complements() -> tuple[str, ...]:
    """Fixed complements that extend a cue ('reporters', 'in a statement'), longest first."""
    return tuple(sorted(_lines("cue_complements.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def speech_acts() -> frozenset[str]:
    """Lemmas of speech-act verbs that report no clause ('accuse', 'urge')."""
    return frozenset(_lines("speech_acts.txt"))


def inflections(lemma: str) -> set[str]:
    """The regular English forms of a verb: 'deny' -> deny, denies, denied, denying."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


@lru_cache(maxsize=1)
def speech_act_forms() -> frozenset[str]:
    """Every form of the speech-act verbs, lower case (quotes are parsed without spaCy's lemmatizer)."""
    return frozenset(form for lemma in speech_acts() for form in inflections(lemma.lower()))


@lru_cache(maxsize=1)
def speaker_nouns() -> pd.DataFrame:
    """Head nouns of speaker descriptions with their class and voice type, indexed by noun."""
    table = pd.read_csv(paths.PACKAGE_DATA / "speaker_nouns.csv", dtype=str, comment="#", keep_default_na=False)
    return table.drop_duplicates("noun").set_index("noun")


def noun_class(noun: str) -> str:
    """Class of a speaker head noun: person, organisation, spokesperson, anonymous, document or ''."""
    table = speaker_nouns()
    noun = noun.lower()
    if noun in table.index:
        return str(table.at[noun, "class"])
    if noun.endswith("-old"):
        return "person"
    return ""


def fingerprint() -> str:
    """Hash of the curated files that change quote extraction (part of every cache key)."""
    digest = hashlib.sha256()
    for name in FILES[:4]:
        digest.update((paths.PACKAGE_DATA / name).read_bytes())
    return digest.hexdigest()[:16]
