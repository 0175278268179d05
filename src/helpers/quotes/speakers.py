"""Speaker phrases resolved to the canonical actor names of `extract_entities`, within one article.

A name takes the canonical name of the entity mention it holds (a person first). An unnamed
spokesperson speaks for the organisation named in the phrase; other unnamed sources stay unknown.
A pronoun goes to the last speaker of its kind (person or organisation), else to the nearest
preceding mention of that kind; a description ("the prime minister", "the group") to the preceding
actor whose name or surrounding words carry the description's words, else as a pronoun would.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.quotes import lexicon

WINDOW_BEFORE, WINDOW_AFTER = 60, 80  # characters around a mention searched for a description's words
DETERMINERS = {"the", "a", "an", "this", "that"}
WORD = re.compile(r"[\w.'\u2019-]+")
PERSON_LABELS, ORG_LABELS = ("PERSON",), ("ORG", "GPE")
RECENT_PARAGRAPHS = 3  # a pronoun prefers the last speaker of its kind when it spoke this recently


def _words(text: str) -> list[str]:
    """Lower-case words of a phrase, without determiners."""
    return [w for w in WORD.findall(text.lower()) if w not in DETERMINERS]


def _mention_at(mentions: pd.DataFrame, start: int, end: int, labels: tuple[str, ...]) -> str:
    """Canonical name of the mention of `labels` overlapping [start, end) (the last one), or ''."""
    hit = mentions[(mentions.start_char < end) & (mentions.end_char > start) & mentions.label.isin(labels)]
    return str(hit.iloc[-1]["canonical"]) if len(hit) else ""


def _described(text: str, mentions: pd.DataFrame, before: int, words: list[str], labels: tuple[str, ...]) -> str:
    """The preceding actor of `labels` whose name or nearby words share most of `words` ('' if none share any)."""
    best, best_score = "", 0
    for m in mentions[(mentions.end_char <= before) & mentions.label.isin(labels)].itertuples():
        around = text[max(0, m.start_char - WINDOW_BEFORE):m.end_char + WINDOW_AFTER].lower()
        score = sum(1 for w in words if w in around or w in str(m.canonical).lower())
        if score >= best_score and score > 0:  # ties go to the most recent mention
            best, best_score = str(m.canonical), score
    return best


def _nearest(mentions: pd.DataFrame, before: int, labels: tuple[str, ...]) -> str:
    """Canonical name of the last mention of `labels` before offset `before`, or ''."""
    hit = mentions[(mentions.end_char <= before) & mentions.label.isin(labels)]
    return str(hit.iloc[-1]["canonical"]) if len(hit) else ""


def _last_speaker(history: list[tuple[int, str, str]], kind: str, since: int) -> str | None:
    """The last resolved speaker of `kind` whose phrase starts after `since`, or None."""
    for pos, name, k in reversed(history):
        if k == kind and pos >= since:
            return name
    return None


def resolve_article(text: str, rows: list[dict], mentions: pd.DataFrame) -> list[str]:
    """Canonical speaker of each quote row of one article ('' when unknown), rows in text order."""
    history: list[tuple[int, str, str]] = []  # (speaker start, canonical, person|organisation|anonymous)
    done: dict[tuple[int, int], str] = {}
    paras = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    out = []
    for row in sorted(rows, key=lambda r: r["speaker_start"]):
        span = (row["speaker_start"], row["speaker_end"])
        if span in done or span[0] < 0:
            continue
        name, kind = resolve_one(text, row, mentions, history, paras)
        done[span] = name
        history.append((span[0], name, kind))
    for row in rows:
        out.append(done.get((row["speaker_start"], row["speaker_end"]), ""))
    return out


def resolve_one(text: str, row: dict, mentions: pd.DataFrame, history: list, paras: list[int]) -> tuple[str, str]:
    """Canonical name and kind of one speaker phrase."""
    start, end = row["speaker_start"], row["speaker_end"]
    phrase = text[start:end]
    head = row["head"]
    cls = lexicon.noun_class(head)
    recent = _recent(paras, start)
    if row["head_pos"] == "PRON" or phrase.lower() in lexicon.PRONOUNS:
        kind = lexicon.PRONOUNS.get(phrase.lower(), "person")
        labels = PERSON_LABELS if kind == "person" else ORG_LABELS
        last = _last_speaker(history, kind, recent)
        return (last if last is not None else _nearest(mentions, start, labels)), kind
    person = _mention_at(mentions, start, end, PERSON_LABELS)
    if person:
        return person, "person"
    org = _mention_at(mentions, start, end, ORG_LABELS + ("NORP",) if cls == "spokesperson" else ORG_LABELS)
    if org and cls != "anonymous":
        return org, "organisation"
    definite = phrase.lower().split()[:1] in (["the"], ["this"], ["that"])
    if cls == "anonymous":
        return "", "anonymous"
    if row["head_pos"] == "PROPN" and not definite:
        return _name_from_phrase(phrase), "person"
    words = [w for w in _words(phrase) if w]
    kind = "organisation" if cls == "organisation" else "person"
    labels = ORG_LABELS if kind == "organisation" else PERSON_LABELS
    found = _described(text, mentions, start, words, labels)
    if found:
        return found, kind
    last = _last_speaker(history, kind, recent)
    return (last if last is not None else _nearest(mentions, start, labels)), kind


def _recent(paras: list[int], start: int) -> int:
    """Offset from which a speaker counts as recent: the start of the paragraph RECENT_PARAGRAPHS back."""
    before = [p for p in paras if p < start]
    return before[-RECENT_PARAGRAPHS] if len(before) >= RECENT_PARAGRAPHS else 0


def _name_from_phrase(phrase: str) -> str:
    """A name for a speaker phrase no entity covers: its capitalised words after any determiner."""
    words = [w for w in phrase.split() if w[:1].isupper() and w.lower() not in DETERMINERS]
    return " ".join(words)
