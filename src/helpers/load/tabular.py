"""Tabular exports (Media Cloud, GDELT, NewsAPI, news-please...): find the columns, turn rows into articles.

Column names are matched through the editable crosswalk `data/column_names.csv`; a `columns=`
mapping {our field: their column} overrides it. Body text from tables is whitespace-normalised
(one paragraph per line) but not line-cleaned: exporters already hold the article body.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from functools import lru_cache

import pandas as pd

from helpers.load.readers import paragraphs
from helpers.text import data_records, parse_date

FIELDS = ("title", "text", "published", "outlet", "wire", "place", "url")
MAX_CELL_CHARS = 200_000  # a longer cell (a 50 MB body) is cut to this many characters (news bodies are far shorter)
TRUNCATION = re.compile(r"\s*(?:\u2026|\.\.\.)?\s*\[\+\d+ chars\]\s*$")  # NewsAPI's cut-off content marker


def name_key(name: object) -> str:
    """Compare column names ignoring case, spaces, dots, dashes and underscores."""
    return re.sub(r"[\s._\-]+", "", str(name)).casefold()


@lru_cache(maxsize=1)
def crosswalk() -> tuple[tuple[str, str], ...]:
    """(field, exporter column key) pairs from `data/column_names.csv`, in priority order."""
    rows = data_records("column_names.csv")
    return tuple((row["field"], name_key(row["name"])) for row in rows if row["field"] in FIELDS)


def detect_columns(names: list[str], columns: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Map each of our fields to the table's columns that may hold it, best first."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(name_key(name), name)
    found: dict[str, list[str]] = {f: [] for f in FIELDS}
    for field_name, key in crosswalk():
        if key in by_key and by_key[key] not in found[field_name]:
            found[field_name].append(by_key[key])
    for field_name, name in (columns or {}).items():
        if field_name in found and name in names:
            found[field_name] = [name]
    used = {c for f in ("text", "title") for c in found[f]}
    found["outlet"] = [c for c in found["outlet"] if c not in used]
    return found


def clean_value(value: object) -> str | None:
    """A cell as stripped text, or None for blanks, NaN and None; lists are joined with ', '."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("id")
    elif isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if v is not None)
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def first_value(row: dict, names: list[str]) -> str | None:
    """The first non-blank value among `names` in a row."""
    for name in names:
        value = clean_value(row.get(name))
        if value is not None:
            return value
    return None


def rows_to_articles(frame: pd.DataFrame, columns: dict[str, str] | None = None) -> tuple[list[dict], list[tuple[str, str]], list[tuple[int, str, str]]]:
    """Articles from a table's rows, the problems met, and (row, line, reason) of what was removed."""
    names = [str(c) for c in frame.columns]
    frame = frame.set_axis(names, axis=1)
    found = detect_columns(names, columns)
    missing = [(f"columns= names '{c}' for {f}, but the file has no such column", "detected from the names instead")
               for f, c in sorted((columns or {}).items()) if c not in names or f not in FIELDS]
    if not found["text"] and not found["title"]:
        shown = ", ".join(names[:12]) + (" ..." if len(names) > 12 else "")
        return [], missing + [(f"no text or title column found (columns: {shown or 'none'})", "skipped; pass columns={'text': ...}")], []
    articles, removed, empty, long = [], [], 0, []
    for n, row in enumerate(frame.to_dict("records"), start=1):
        values = {f: first_value(row, found[f]) for f in FIELDS}
        for f, value in values.items():
            if value is not None and len(value) > MAX_CELL_CHARS:
                long.append(len(value))
                values[f] = value[:MAX_CELL_CHARS]
        text = values["text"]
        if text and text.endswith("chars]") and TRUNCATION.search(text[-200:]):  # the tail only: a regex over 50 MB is slow
            marker = TRUNCATION.search(text[-200:]).group(0)
            text = text[:-len(marker)]
            removed.append((n, marker.strip(), "truncation_marker"))
        body = paragraphs(text) if text else ""
        title = re.sub(r"\s+", " ", values["title"]) if values["title"] else None
        if not body and not title:
            empty += 1
            continue
        published = parse_date(values["published"])
        articles.append({
            "article_in_file": n, "title": title, "text": body or title, "outlet": values["outlet"],
            "wire": values["wire"], "place": values["place"], "url": values["url"], "published": published,
            "published_source": "metadata" if published is not None else "unknown",
        })
    problems = missing + ([(f"{empty} row(s) with neither title nor text", "skipped those rows")] if empty else [])
    if long:
        problems.append((f"{len(long)} cell(s) longer than {MAX_CELL_CHARS:,} characters (longest {max(long):,})",
                         f"cut to {MAX_CELL_CHARS:,} characters"))
    return articles, problems, removed
