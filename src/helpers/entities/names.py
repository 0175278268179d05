"""Canonical names: fold the spellings of one actor ("U.S.", "the United States", "America") into one.

Rules, in the order they apply to a mention:
1. the user's alias file (`data/name_aliases.csv`) wins over everything automatic;
2. the known-actor file (`data/known_actors.csv`) gives canonical names and fixed labels;
3. automatic clean-up: possessives, a leading "the", person titles ("President", "Mr."),
   all-capital datelines ("JERUSALEM" -> "Jerusalem");
4. within a corpus, a lone surname or family name ("Netanyahu", "Kim") becomes the full name it
   stands for, when the article (or else the corpus) names exactly one such person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.text import data_lines, data_records

LABEL_ORDER = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


@dataclass(frozen=True)
class NameRules:
    """Curated name data: alias rules, known actors and person titles."""

    aliases: dict[str, tuple[str, str | None]]
    actors: dict[str, tuple[str, str, str]]  # fold key -> (canonical, label, kind)
    titles: tuple[str, ...]


def fold(name: str) -> str:
    """Comparison key of a name: lower case, without dots, spaces or hyphens ("U.S." == "US")."""
    return re.sub(r"[.\s\-‐–]", "", name.lower())


def _read_csv(name: str) -> pd.DataFrame:
    """Read an editable CSV of `data/`, every cell as text, blanks as ''."""
    return pd.DataFrame(data_records(name))


@lru_cache(maxsize=1)
def load_rules() -> NameRules:
    """Load the alias, actor and title files once per process."""
    aliases = {fold(r.alias): (r.canonical, r.label or None) for r in _read_csv("name_aliases.csv").itertuples()}
    actors = {fold(r.name): (r.canonical, r.label, r.kind) for r in _read_csv("known_actors.csv").itertuples()}
    titles = tuple(sorted(set(data_lines("person_titles.txt")), key=len, reverse=True))
    return NameRules(aliases, actors, titles)


def strip_titles(name: str, titles: tuple[str, ...]) -> str:
    """Remove person titles from the start of a name ("Prime Minister Benjamin Netanyahu")."""
    changed = True
    while changed:
        changed = False
        for title in titles:
            if name.lower().startswith(title.lower() + " ") and len(name) > len(title) + 1:
                name, changed = name[len(title) + 1 :].lstrip(), True
                break
    return name


def clean_name(text: str, label: str, rules: NameRules | None = None) -> str:
    """A mention's surface form without possessive, leading article or (for people) titles."""
    rules = rules or load_rules()
    name = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" \t\n,;:\"'()[]")
    name = POSSESSIVE.sub("", name).strip()
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    if label == "PERSON":
        name = strip_titles(name, rules.titles)
    if name.endswith(".") and not re.search(r"\.\w+\.$|^\w\.$", name) and "." not in name[:-1]:
        name = name[:-1]
    return name or text.strip()


def base_canonical(text: str, label: str, rules: NameRules | None = None) -> tuple[str, str]:
    """Canonical name and label of one mention before corpus-level merging: aliases, actors, clean-up."""
    rules = rules or load_rules()
    name = clean_name(text, label, rules)
    key = fold(name)
    if key in rules.aliases:
        canonical, forced = rules.aliases[key]
        return canonical, forced or label
    if key in rules.actors:
        canonical, actor_label, _ = rules.actors[key]
        return canonical, actor_label
    return name, label


def is_single_name(name: str) -> bool:
    """True for a one-word personal name that may stand for a full name ("Netanyahu", "Kim")."""
    return bool(re.fullmatch(r"[A-Z][\w'-]+", name))


def full_name_index(mentions: pd.DataFrame) -> dict[str, list[str]]:
    """Map each name part (first or last word) of multi-word PERSON names to those full names."""
    index: dict[str, set[str]] = defaultdict(set)
    people = mentions.loc[(mentions["label"] == "PERSON") & mentions["canonical"].str.contains(" "), "canonical"]
    for full in people.unique():
        parts = full.split()
        index[parts[-1]].add(full)
        index[parts[0]].add(full)  # Korean and Chinese names put the family name first
    return {part: sorted(names) for part, names in index.items()}


def resolve_short_name(part: str, doc_full: Counter, corpus_full: Counter, known: set[str], candidates: list[str]) -> str | None:
    """The full name a lone name stands for: the one in the article, else the corpus's, else a known actor."""
    in_doc = [c for c in candidates if doc_full[c]]
    if len(in_doc) == 1:
        return in_doc[0]
    pool = in_doc or candidates
    if len(pool) == 1:
        return pool[0]
    known_pool = [c for c in pool if c in known]
    if len(known_pool) == 1:
        return known_pool[0]
    ranked = sorted(pool, key=lambda c: (-corpus_full[c], c))
    if corpus_full[ranked[0]] >= 2 * max(corpus_full[ranked[1]], 1):
        return ranked[0]
    return None


def merge_short_names(mentions: pd.DataFrame, rules: NameRules | None = None) -> pd.Series:
    """Canonical names after lone surnames are merged into the full names they stand for."""
    rules = rules or load_rules()
    index = full_name_index(mentions)
    is_person_full = (mentions["label"] == "PERSON") & mentions["canonical"].str.contains(" ")
    corpus_full = Counter(mentions.loc[is_person_full, "canonical"])
    doc_full = {d: Counter(g.loc[is_person_full.loc[g.index], "canonical"]) for d, g in mentions.groupby("doc_id", sort=True)}
    known = {c for c, lab, kind in rules.actors.values() if kind == "person"}
    protected = {c for c, lab, kind in rules.actors.values() if kind != "person"} | {c for c, _ in rules.aliases.values()}
    out = mentions["canonical"].copy()
    for i, row in mentions.iterrows():
        name = row["canonical"]
        if name in protected or not is_single_name(name) or name not in index:
            continue
        if row["label"] not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        full = resolve_short_name(name, doc_full.get(row["doc_id"], Counter()), corpus_full, known, index[name])
        if full:
            out.at[i] = full
    return out


def vote_labels(mentions: pd.DataFrame, rules: NameRules | None = None) -> pd.Series:
    """One label per canonical name: the curated one, PERSON for merged people, else the majority."""
    rules = rules or load_rules()
    curated = {c: lab for c, lab, _ in rules.actors.values()}
    curated.update({c: lab for c, lab in rules.aliases.values() if lab})
    people = set(mentions.loc[(mentions["label"] == "PERSON") & mentions["canonical"].str.contains(" "), "canonical"])
    chosen: dict[str, str] = {}
    shouted = mentions["shouted"] if "shouted" in mentions else pd.Series(False, index=mentions.index)
    for canonical, labels in mentions.groupby("canonical", sort=True)["label"]:
        heard = labels[~shouted.loc[labels.index]]
        labels = heard if len(heard) else labels  # a shouted spelling's label counts only when it is the only one
        if canonical in curated:
            chosen[canonical] = curated[canonical]
        elif canonical in people:
            chosen[canonical] = "PERSON"
        else:
            counts = Counter(labels)
            rank = {lab: i for i, lab in enumerate(LABEL_ORDER)}
            chosen[canonical] = min(counts, key=lambda lab: (-counts[lab], rank.get(lab, 99), lab))
    return mentions["canonical"].map(chosen)


def is_shouted(text: str, rules: NameRules) -> bool:
    """True for an all-capital word that is not a known acronym ("JERUSALEM", "DOHA"; not "NATO")."""
    key = fold(text)
    return bool(re.fullmatch(r"[A-Z][A-Z'-]{2,}", text)) and key not in rules.aliases and key not in rules.actors


def fold_shouted(mentions: pd.DataFrame, rules: NameRules) -> pd.DataFrame:
    """Spell a shouted name like its ordinary twin in the corpus; a shouted name opening an article is its dateline place."""
    out = mentions.copy()
    shouted = pd.Series([is_shouted(t, rules) for t in out["text"]], index=out.index, dtype=bool)
    if not shouted.any():
        return out
    spoken = set(out.loc[~shouted, "canonical"])
    titled = out["text"].str.title()
    twin = shouted & titled.isin(spoken)
    dateline = shouted & (out["start_char"] <= 2) if "start_char" in out else shouted & False
    out.loc[twin | dateline, "canonical"] = titled[twin | dateline]
    out.loc[dateline, "label"] = "GPE"
    out["shouted"] = twin & ~dateline
    return out


def canonicalise(mentions: pd.DataFrame) -> pd.DataFrame:
    """Add `canonical` and corrected `label` to raw mentions (`doc_id`, `text`, `spacy_label`); drop ignored names."""
    rules = load_rules()
    ignored = {key for key, (_, _, kind) in rules.actors.items() if kind == "ignore"}
    keep = [fold(clean_name(t, lab, rules)) not in ignored for t, lab in zip(mentions["text"], mentions["spacy_label"])]
    out = mentions.loc[pd.Series(keep, index=mentions.index, dtype=bool)].copy()
    base = [base_canonical(t, lab, rules) for t, lab in zip(out["text"], out["spacy_label"])]
    out["canonical"] = [c for c, _ in base]
    out["label"] = [lab for _, lab in base]
    if out.empty:
        return out
    out = fold_shouted(out, rules)
    out["canonical"] = merge_short_names(out, rules)
    out["label"] = vote_labels(out, rules)
    return out.drop(columns="shouted", errors="ignore")
