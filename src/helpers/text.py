"""Shared text primitives: whitespace, comparison keys, truncation, dates, sentences, curated lists.

Every stage uses these one definitions, so that two stages never disagree on where a sentence ends
or what a date cell means. In particular `sentence_spans` is the one sentence segmentation of the
project: entity mentions (`sentence`) and date mentions (`sentence_id`) both number sentences with
it, so the two tables join on `(doc_id, sentence)`.
"""

from __future__ import annotations

import csv
import html
import math
import re
import unicodedata
from datetime import datetime
from functools import lru_cache

import pandas as pd

from helpers.config import paths

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col maj sgt capt prof no vs etc inc corp co ltd jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.n u.k e.u a.m p.m d.c i.e e.g approx".split()
)
STOP_WORD = re.compile(r"[A-Za-z][a-z]{2,}\.")  # a word of three letters or more and a full stop


def ends_sentence(word: str) -> bool:
    """True when a word's full stop ends a sentence: a word of three letters or more that is no abbreviation ("Wyatt.",
    not "Corp.", "Co." or an initial)."""
    return STOP_WORD.fullmatch(word) is not None and word[:-1].lower() not in ABBREVIATIONS


_SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"(\S+)\.$")


def squash(text: object) -> str:
    """`text` as a str with runs of whitespace collapsed to one space and trimmed; None/NaN become ''."""
    if text is None or text is pd.NA or (isinstance(text, float) and math.isnan(text)):
        return ""
    return re.sub(r"\s+", " ", str(text)).strip()


# Markup a scrape or an export leaves in text: entities whose "&" was lost ("Google #39;s", "quot;Yes quot;", "lt;b gt;"),
# HTML tags (only common tag names, so Reuters' "<Chrysler Corp>" company notation stays) and web addresses.
BARE_ENTITY = re.compile(r"(?<![\w&#])(quot|amp|lt|gt|apos|nbsp|#\d{1,6}|#[xX][0-9a-fA-F]{1,5});")
HTML_TAG = re.compile(r"</?(?:a|b|i|u|p|br|em|strong|span|div|font|img|sup|sub)(?:\s+[\w-]+\s*=[^<>]*)?\s*/?>", re.IGNORECASE)
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def strip_markup(text: str) -> str:
    """`text` with HTML entities decoded (also those that lost their "&"), common HTML tags and web addresses removed."""
    if "&" not in text and ";" not in text and "<" not in text and "://" not in text and "www." not in text.lower():
        return text
    text = html.unescape(BARE_ENTITY.sub(r"&\1;", text))
    return WEB_ADDRESS.sub(" ", HTML_TAG.sub(" ", text))


def line_key(line: object, limit: int | None = 2000) -> str:
    """Comparison key of a line (its first `limit` characters): NFKC lower case, digits as 0, letters and digits only."""
    key = unicodedata.normalize("NFKC", str(line)[:limit]).lower()
    return re.sub(r"[\W_]+", " ", re.sub(r"\d", "0", key)).strip()


def truncate(text: object, width: int) -> str:
    """One line of at most `width` characters, whitespace collapsed, cut with an ellipsis."""
    text = squash(text)
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def parse_date(value: object) -> pd.Timestamp | None:
    """A tz-naive Timestamp from a date cell (ISO, RFC 2822, GDELT 20231129T120000Z, epoch), or None.

    Times with an offset are converted to UTC, then the offset is dropped; years outside 1800-2200 are refused.
    """
    if isinstance(value, (pd.Timestamp, datetime)):
        ts = pd.Timestamp(value)
    else:
        text = squash(value)
        if not text or len(text) > 64:
            return None
        ts = None
        m = re.fullmatch(r"(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)Z?)?", text)
        try:
            if m:
                ts = pd.Timestamp(datetime(*[int(p) for p in m.groups() if p is not None]))
            elif re.fullmatch(r"\d{9,10}(\.\d+)?|\d{12,13}", text):
                ts = pd.Timestamp(float(text), unit="s" if len(text.split(".")[0]) <= 10 else "ms")
            elif re.search(r"\d", text):
                ts = pd.Timestamp(text)
        except (ValueError, OverflowError, TypeError, OSError):
            return None
    if ts is None or ts is pd.NaT or pd.isna(ts):
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts if 1800 <= ts.year <= 2200 else None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at line breaks and at . ! ? before a capital, skipping abbreviations."""
    spans, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        if not m.group().startswith("\n"):
            word = _LAST_WORD.search(text[start:m.start()].rstrip("\"'”’)"))
            token = word.group(1).lower().lstrip("(\"'“‘") if word else ""
            if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
                continue
        end = m.start() + len(m.group()) - len(m.group().lstrip("\"'”’)"))
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in spans]


@lru_cache(maxsize=32)
def data_lines(name: str) -> tuple[str, ...]:
    """The non-blank lines of a curated list in `helpers/data/`, without `#` comment lines, stripped."""
    rows = (paths.PACKAGE_DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(r.strip() for r in rows if r.strip() and not r.lstrip().startswith("#"))


def data_records(name: str) -> list[dict[str, str]]:
    """The rows of a curated CSV in `helpers/data/` as dicts of stripped strings (blank cells are '')."""
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
            for row in csv.DictReader(data_lines(name))]


def spelling_groups(name: str, key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A curated CSV of (`key`, spellings) rows as `key` -> one tuple of "|"-separated spellings per row, in file order
    (`club_nicknames.csv`: a nickname and the clubs it may mean; `royal_styles.csv`: a style and its holders)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in data_records(name):
        out.setdefault(row[key], []).append(tuple(s for s in row["spellings"].split("|") if s))
    return {k: tuple(groups) for k, groups in out.items()}
