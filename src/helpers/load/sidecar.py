"""The `metadata.csv` sidecar: read it tolerantly, check it against the corpus, merge it into articles.

Columns (see data/raw/README.md): file, article (blank = every article of the file, N = the N-th),
site, outlet, wire, published, notes; optional title, url, place and retrieved (the date the page
was scraped, used to resolve relative stamps such as "6 days ago"). Values here win over inferred ones.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pandas as pd

from helpers.load.readers import decode_bytes, read_delimited, sniff_delimiter
from helpers.load.tabular import clean_value
from helpers.text import parse_date

VALUE_COLUMNS = ("title", "site", "outlet", "wire", "place", "url", "published", "retrieved")
KNOWN_COLUMNS = {"file", "article", "notes", *VALUE_COLUMNS}
ALIASES = {"filename": "file", "file_name": "file", "path": "file", "date": "published"}

Problem = tuple[str, str, str]  # (file, problem, action)


def read_sidecar(source: Path | pd.DataFrame, label: str) -> tuple[pd.DataFrame, list[Problem]]:
    """The sidecar as a frame of strings with lower-case column names, and the problems met reading it."""
    if isinstance(source, pd.DataFrame):
        frame, notes = source.astype(object).copy(), []
    else:
        try:
            with open(source, "rb") as fh:
                data = fh.read()
        except OSError as err:
            return pd.DataFrame(), [(label, f"metadata file unreadable ({err.strerror or type(err).__name__})", "ignored")]
        decoded = decode_bytes(data)
        if decoded.text is None:
            return pd.DataFrame(), [(label, f"metadata file: {p}", "ignored") for p, _ in decoded.notes]
        frame, notes = read_delimited(decoded.text, sniff_delimiter(decoded.text, ","))
        notes = decoded.notes + notes
    problems = [(label, f"metadata file: {p}", a) for p, a in notes]
    frame.columns = [ALIASES.get(str(c).strip().lower(), str(c).strip().lower()) for c in frame.columns]
    unknown = sorted(set(frame.columns) - KNOWN_COLUMNS)
    if unknown:
        problems.append((label, f"metadata file: unknown column(s) {', '.join(unknown)}", "ignored those columns"))
    if "file" not in frame.columns:
        problems.append((label, "metadata file has no 'file' column", "ignored the metadata file"))
        return pd.DataFrame(), problems
    return frame, problems


def match_file(name: str, folder: str, files: set[str], by_name: dict[str, list[str]]) -> str | None:
    """The corpus file (relative POSIX path) a sidecar row names, by path from its folder or by unique file name."""
    rel = PurePosixPath(folder, name.replace("\\", "/")).as_posix() if folder not in ("", ".") else name.replace("\\", "/")
    rel = os.path.normpath(rel).replace(os.sep, "/")
    if rel in files:
        return rel
    hits = by_name.get(PurePosixPath(name.replace("\\", "/")).name, [])
    return hits[0] if len(hits) == 1 else None


def sidecar_rows(frame: pd.DataFrame, label: str, folder: str, files: set[str], report_unknown: bool) -> tuple[dict, list[Problem]]:
    """{(file, article or None): {column: value}} from one sidecar, checking files, article numbers and dates."""
    by_name: dict[str, list[str]] = {}
    for f in sorted(files):
        by_name.setdefault(PurePosixPath(f).name, []).append(f)
    rows: dict[tuple[str, int | None], dict] = {}
    problems: list[Problem] = []
    for n, row in enumerate(frame.to_dict("records"), start=2):
        name = clean_value(row.get("file"))
        if name is None:
            problems.append((label, f"metadata row {n}: no file name", "row ignored"))
            continue
        target = match_file(name, folder, files, by_name)
        if target is None:
            if report_unknown:
                problems.append((label, f"metadata row {n}: names {name}, which is not a file of the corpus", "row ignored"))
            continue
        article = clean_value(row.get("article"))
        number = None
        if article is not None:
            try:
                number = int(float(article))
                if number < 1:
                    raise ValueError
            except (ValueError, OverflowError):
                problems.append((label, f"metadata row {n}: article '{article}' is not a positive number", "row ignored"))
                continue
        values: dict = {}
        for col in VALUE_COLUMNS:
            value = clean_value(row.get(col))
            if value is None:
                continue
            if col in ("published", "retrieved"):
                ts = parse_date(value)
                if ts is None:
                    problems.append((label, f"metadata row {n}: {col} '{value[:40]}' is not a date", f"{col} ignored for {name}"))
                    continue
                value = ts
            values[col] = value
        key = (target, number)
        if key in rows:
            problems.append((label, f"metadata row {n}: repeats {name}" + (f" article {number}" if number else ""), "first row kept"))
            continue
        rows[key] = values
    return rows, problems


def find_sidecars(base: Path, files: list[str]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Every `metadata.csv` in the folders holding the corpus files, with its folder relative to the base;
    one that is a link leading outside the base is not read (a problem instead)."""
    folders = sorted({PurePosixPath(f).parent.as_posix() for f in files} | {"."})
    found, problems = [], []
    top = base.resolve()
    for folder in folders:
        for candidate in sorted((base / folder).glob("*")):
            if candidate.name.lower() == "metadata.csv" and candidate.is_file():
                if candidate.is_symlink() and not candidate.resolve().is_relative_to(top):
                    problems.append((candidate.relative_to(base).as_posix(), "metadata file is a symbolic link to a file outside the corpus", "not followed"))
                    continue
                found.append((candidate, folder))
    return found, problems


def collect(metadata, base: Path, files: list[str], single: bool) -> tuple[dict, list[Problem]]:
    """All sidecar rows for the corpus: discovered beside the files (None), a given path or frame, or none (False)."""
    if metadata is False:
        return {}, []
    sources: list[tuple[Path | pd.DataFrame, str, str]] = []
    problems: list[Problem] = []
    if metadata is None:
        found, problems = find_sidecars(base, files)
        sources = [(p, p.relative_to(base).as_posix(), folder) for p, folder in found]
    elif isinstance(metadata, pd.DataFrame):
        sources = [(metadata, "metadata (DataFrame)", ".")]
    else:
        path = Path(metadata)
        if not path.is_file():
            raise FileNotFoundError(f"metadata file not found: {metadata}")
        sources = [(path, path.name, ".")]
    rows: dict = {}
    for source, label, folder in sources:
        frame, found = read_sidecar(source, label)
        problems += found
        if len(frame):
            part, found = sidecar_rows(frame, label, folder, set(files), report_unknown=not single)
            problems += found
            for key, values in part.items():
                rows.setdefault(key, values)
    return rows, problems


def apply(article: dict, rows: dict) -> None:
    """Overwrite an article's fields with its sidecar values (file-wide row first, then its own row)."""
    for key in ((article["source_file"], None), (article["source_file"], article["article_in_file"])):
        for col, value in rows.get(key, {}).items():
            if col == "retrieved":
                continue
            article[col] = value
            if col == "published":
                article["published_source"] = "metadata"


def retrieved_for(rows: dict, file: str) -> pd.Timestamp | None:
    """The retrieval date the sidecar gives for a whole file, if any."""
    return rows.get((file, None), {}).get("retrieved")


def unmatched_articles(rows: dict, counts: dict[str, int]) -> list[Problem]:
    """Sidecar rows naming an article number beyond the articles found in their file."""
    return [
        (file, f"metadata names article {n}, but only {counts.get(file, 0)} article(s) were found in the file", "row ignored")
        for (file, n) in sorted(rows, key=lambda k: (k[0], k[1] or 0))
        if n is not None and n > counts.get(file, 0)
    ]
