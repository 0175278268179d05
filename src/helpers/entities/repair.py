"""Span and label repair for the small model's typical errors, applied to each article's raw entities.

Runs after the annotation cache is read (the cache keeps the model's own output), before names are
merged. Each rule fixes one kind of error:
- a score splits or ends a span ("Argentina 3-0 Mexico" -> "Argentina", "Mexico"; "Sevilla 2-0");
- lower-case words and party or nationality words glued in front of a person ("marry Mrs Simpson",
  "Tories Ken Clarke") are cut off; a role noun ending a "person" ("Labour MPs") leaves the party;
- a "person" followed by a company ending ("Moss Lawson and Co") is the company (ORG);
- a "person" holding a club word ("Atletico Madrid") is a club (ORG);
- a person name must look like one: no digits, not an acronym;
- a name title that is part of the name ("Prince", "Lord") joins the person span;
- a surname of a person named in the article, left untagged by the model, becomes a PERSON mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.text import data_lines, data_records

SCORE = re.compile(r"\s*\b\d+\s*[-–]\s*\d+\b\s*")
NAME_PARTICLES = {"de", "da", "di", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "y"}


@dataclass(frozen=True)
class RepairRules:
    """Curated word lists of the repair rules (editable files in `data/`)."""

    prefixes: dict[str, str]
    role_nouns: frozenset[str]
    org_suffixes: frozenset[str]
    team_words: frozenset[str]
    name_titles: tuple[str, ...]
    person_titles: frozenset[str]


@lru_cache(maxsize=1)
def load_repair_rules() -> RepairRules:
    """Load the repair word lists once per process."""
    table = pd.DataFrame(data_records("name_prefixes.csv"))
    titles = data_lines("person_titles.txt") + data_lines("female_titles.txt") + data_lines("male_titles.txt")
    return RepairRules(
        dict(zip(table["word"], table["label"])), frozenset(data_lines("role_nouns.txt")),
        frozenset(w.rstrip(".") for w in data_lines("org_suffixes.txt")), frozenset(data_lines("team_words.txt")),
        tuple(sorted(data_lines("name_titles.txt"), key=len, reverse=True)), frozenset(titles),
    )


def org_tail(text: str, end: int, rules: RepairRules) -> int:
    """End of a company ending right after `end` (" and Co", " Inc", " and Rubber Co"), else `end`."""
    m = re.match(r"(?:,?\s+(?:and|&)(?:\s+[A-Z][\w.]*){0,3}?)?\s+([A-Z][\w.]*)", text[end : end + 60])
    return end + m.end() if m and m.group(1).rstrip(".") in rules.org_suffixes else end


def split_scores(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a span left when scores ("3-0") are cut out."""
    parts, pos = [], start
    for m in SCORE.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]


def trim_person(text: str, start: int, end: int, rules: RepairRules) -> tuple[int, int, str]:
    """Cut lower-case, party and nationality words from the front of a person span and role nouns from its end."""
    label = "PERSON"
    m = re.search(r"\s+(\S+)$", text[start:end])
    if m and (m.group(1) in rules.role_nouns or m.group(1).islower()):
        end = start + m.start()
        label = rules.prefixes.get(text[start:end], "NORP" if re.search(r"(?:an|ian|ese|ish|i)$", text[start:end]) else "ORG")
    while label == "PERSON":
        m = re.match(r"(\S+)\s+", text[start:end])
        glued = next((p for p in rules.prefixes if " " in p and text.startswith(p + " ", start)), None)
        if glued and text[start + len(glued) + 1 : end].strip():
            start += len(glued) + 1
            continue
        if not m or not (m.group(1)[0].islower() and m.group(1) not in NAME_PARTICLES or m.group(1) in rules.prefixes):
            break
        start += m.end()
    if text[start:end] in rules.prefixes:
        label = rules.prefixes[text[start:end]]
    return start, end, label


def person_label(name: str, rules: RepairRules) -> str | None:
    """The label a PERSON span really has: ORG for clubs, companies and acronyms, None when it is no name."""
    words = name.split()
    if any(ch.isdigit() for ch in name):
        return None
    if len(words) > 1 and (set(words) & rules.team_words or words[-1].rstrip(".") in rules.org_suffixes):
        return "ORG"
    if name in rules.team_words:
        return "ORG"
    if re.fullmatch(r"[A-Z&.\-]{2,}", name.strip("<>()")):
        return "ORG"
    return "PERSON"


def repair_span(text: str, start: int, end: int, label: str, rules: RepairRules) -> list[list]:
    """The repaired span(s) of one raw entity, as [start, end, label]; pieces cut by a score are marked SPLIT."""
    parts = split_scores(text, start, end)
    out = []
    for s, e in parts:
        lab = label if len(parts) == 1 else ("SPLIT" if label == "PERSON" else label)
        if lab == "PERSON":
            s, e, lab = trim_person(text, s, e, rules)
            tail = org_tail(text, e, rules)
            if tail > e:
                e, lab = tail, "ORG"
            elif lab == "PERSON":
                lab = person_label(text[s:e], rules)
                before = text[max(0, s - 20) : s]
                title = next((t for t in rules.name_titles if before.endswith(t + " ")), None)
                if title and lab == "PERSON":
                    s -= len(title) + 1
        club = re.search(r"([A-Z]\w+) $", text[max(0, s - 12) : s])
        if lab in ("GPE", "PERSON") and club and club.group(1) in rules.team_words:
            s, lab = s - len(club.group(1)) - 1, "ORG"  # "Real Madrid": the model saw only the city
        if lab:
            out.append([s, e, lab])
    return out


def split_labels(text: str, ents: list[list]) -> list[list]:
    """Label the pieces a score cut from a 'person': as the same name elsewhere in the article, else GPE."""
    seen = {text[s:e]: lab for s, e, lab in ents if lab not in ("SPLIT", "PERSON")}
    return [[s, e, seen.get(text[s:e], "GPE")] if lab == "SPLIT" else [s, e, lab] for s, e, lab in ents]


def surnames(text: str, ents: list[list], rules: RepairRules) -> set[str]:
    """Last words of the multi-word person names of one article ("Ben Love" -> "Love")."""
    out = set()
    for s, e, lab in ents:
        words = [w for w in text[s:e].split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
        if lab == "PERSON" and len(words) > 1 and re.fullmatch(r"[A-Z][a-z][\w'-]+", words[-1]):
            out.add(words[-1])
    return out


def missed_surnames(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """PERSON spans for lone surnames of the article's people that the model left untagged."""
    taken = [(s, e) for s, e, _ in ents]
    out = []
    for name in sorted(surnames(text, ents, rules)):
        for m in re.finditer(r"(?<![\w.&'-])" + re.escape(name) + r"(?![\w&-])(?!\s+[A-Z])", text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            prev = re.search(r"(\S+)\s*$", text[max(0, s - 40) : s])
            at_start = prev is None or prev.group(1)[-1] in ".\n\"'"
            if prev and prev.group(1)[0].isupper() and not at_start and prev.group(1) not in rules.person_titles:
                continue
            if at_start and re.search(r"\b" + re.escape(name.lower()) + r"\b", text):
                continue  # "Young people ..." opens a sentence with a word, not a name
            out.append([s, e, "PERSON"])
    return out


def repair_entities(text: str, ents: list[list], labels: tuple[str, ...]) -> list[list]:
    """The article's entities after span and label repair, sorted by position."""
    rules = load_repair_rules()
    out = []
    for start, end, label in ents:
        out += repair_span(text, start, end, label, rules) if label in labels else [[start, end, label]]
    out = split_labels(text, out)
    orgs = {text[s:e] for s, e, lab in out if lab == "ORG"}
    out = [[s, e, "ORG" if lab == "PERSON" and any(o.startswith(text[s:e] + " ") for o in orgs) else lab] for s, e, lab in out]
    out += missed_surnames(text, out, rules)
    return disjoint(out)


def disjoint(ents: list[list]) -> list[list]:
    """Entities sorted by position, dropping any that overlaps a longer one (an extended span wins)."""
    kept: list[list] = []
    for ent in sorted(ents, key=lambda x: (x[0], x[0] - x[1])):
        if kept and ent[0] < kept[-1][1]:
            if ent[1] - ent[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = ent
            continue
        kept.append(ent)
    return kept
