"""Read and clean a corpus folder in parallel, file by file, with the same result as `helpers.load_corpus`.

Two things in loading are corpus-wide, so they are done in passes:
1. lines recurring across the plain-text pages (the cleaner's `recurring_lines`): each partition of
   files reports the line keys that reach the share threshold among its own pages (a key that
   reaches it in the corpus reaches it in at least one partition), then a second pass counts those
   candidates everywhere;
2. reading and cleaning each file with that set (the heavy part, in parallel);
3. in this process: sidecar metadata, ids, word counts and duplicate stories, over light rows.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pandas as pd

from helpers.config import paths
from helpers.load import corpus as C
from helpers.load import readers, sidecar
from helpers.load.clean.lineshape import is_prose, line_key, normalise
from helpers.scale.engine import run_tasks

# `recurring_lines` defaults, which `load_corpus` uses (tests check both give the same set).
MIN_FILES, MIN_SHARE, PROSE_MIN_FILES = 3, 0.5, 10
MAX_LINES, MAX_LINE_CHARS = 20000, 2000
PART_BYTES = 16 * 2**20  # a partition of files holds about this many bytes...
PART_FILES = 200  # ...and at most this many files


def file_partitions(base: Path, files: list[str]) -> list[list[str]]:
    """Split the sorted file list into runs of at most PART_FILES files and about PART_BYTES bytes."""
    parts: list[list[str]] = [[]]
    size = 0
    for f in files:
        try:
            n = (base / f).stat().st_size
        except OSError:
            n = 0
        if parts[-1] and (len(parts[-1]) >= PART_FILES or size + n > PART_BYTES):
            parts.append([])
            size = 0
        parts[-1].append(f)
        size += n
    return [p for p in parts if p]


def page_text(base: Path, file: str) -> str | None:
    """The decoded text of a plain-text page (None for other formats, unreadable files and HTML saved as .txt)."""
    if C.FORMATS.get(Path(file).suffix.lower()) != "txt":
        return None
    data, _ = C.read_bytes(base / file)
    if data is None:
        return None
    try:
        text = readers.decode_bytes(data).text
    except Exception:  # read_all reports this file; here it simply holds no lines
        return None
    return None if text is None or C.looks_like_html(text) else text


def page_keys(text: str) -> tuple[set[str], set[str]]:
    """The distinct line keys of one page and those of its prose-shaped lines (as `recurring_lines` counts them)."""
    seen: set[str] = set()
    prose: set[str] = set()
    for raw in str(text).splitlines()[:MAX_LINES]:
        line = normalise(raw[:MAX_LINE_CHARS])
        key = line_key(line)
        if key and key not in seen:
            seen.add(key)
            if is_prose(line):
                prose.add(key)
    return seen, prose


def candidate_keys(base: str, files: list[str]) -> tuple[int, set[str]]:
    """Pages in this partition, and the keys found on at least MIN_SHARE of them."""
    counts: Counter[str] = Counter()
    n = 0
    with readers.quiet():
        for f in files:
            text = page_text(Path(base), f)
            if text is not None:
                n += 1
                counts.update(page_keys(text)[0])
    return n, {k for k, c in counts.items() if c >= MIN_SHARE * n}


def count_keys(base: str, files: list[str], keys: frozenset[str]) -> tuple[Counter, set[str]]:
    """How many pages of this partition hold each of `keys`, and which of them are prose-shaped here."""
    counts: Counter[str] = Counter()
    prose: set[str] = set()
    with readers.quiet():
        for f in files:
            text = page_text(Path(base), f)
            if text is not None:
                seen, shaped = page_keys(text)
                counts.update(seen & keys)
                prose |= shaped & keys
    return counts, prose


def recurring(base: Path, parts: list[list[str]], client, progress: bool = True) -> frozenset[str]:
    """The corpus's recurring line keys, as `recurring_lines` finds them over every plain-text page."""
    found = run_tasks(candidate_keys, [(str(base), p) for p in parts], client, desc="recurring lines", progress=progress)
    n_pages = sum(n for n, _ in found)
    keys = frozenset().union(*(k for _, k in found)) if found else frozenset()
    if not keys:
        return frozenset()
    counted = run_tasks(count_keys, [(str(base), p, keys) for p in parts], client, desc="recurring counts", progress=progress)
    counts = sum((c for c, _ in counted), Counter())
    prose = set().union(*(p for _, p in counted))
    needed = max(MIN_FILES, MIN_SHARE * n_pages)
    return frozenset(k for k, c in sorted(counts.items()) if c >= needed and (k not in prose or n_pages >= PROSE_MIN_FILES))


def read_one(base: Path, file: str, rows_meta: dict, columns: dict | None, rec: frozenset[str]) -> tuple[list, list, list, bool]:
    """Article rows, removed lines and problems of one file, as `read_all` makes them; True when it was a cleaned page."""
    fmt = C.FORMATS.get(Path(file).suffix.lower())
    if fmt is None:
        return [], [], [(file, f"unsupported file type '{Path(file).suffix or '(none)'}'", "skipped")], False
    data, why = C.read_bytes(base / file)
    if data is None:
        return [], [], [(file, why, "skipped")], False
    cleaned = False
    try:
        if fmt in C.TABLE_FORMATS:
            rows, rem, notes = C.read_table(data, fmt, file, columns)
        else:
            decoded = readers.decode_bytes(data)
            notes, rows, rem = decoded.notes, [], []
            if decoded.text is not None and fmt == "txt" and C.looks_like_html(decoded.text):
                fmt, notes = "html", notes + [("HTML page saved as .txt", "read as HTML")]
            if decoded.text is not None and fmt == "html":
                rows, rem, more = C.read_html_page(decoded.text, file)
                notes = notes + more
            elif decoded.text is not None and fmt == "txt":
                cleaned = True
                try:
                    rows, rem, more = C.clean_text_page(decoded.text, file, "txt", rec, sidecar.retrieved_for(rows_meta, file))
                except Exception as err:  # a cleaner bug on one page must not stop the corpus
                    rows, rem, more = [], [], [(f"cleaning failed ({type(err).__name__}: {str(err)[:80]})", "skipped")]
                notes = notes + more
    except Exception as err:  # a reader bug on one file must not stop the corpus
        rows, rem, notes = [], [], [(f"could not be read ({type(err).__name__}: {str(err)[:80]})", "skipped")]
    removed = [(file, n, line, reason) for n, line, reason in rem]
    return rows, removed, [(file, p, a) for p, a in notes], cleaned


def meta_for(rows_meta: dict, files: list[str]) -> dict:
    """The sidecar rows of the given files only (what their task needs to see)."""
    wanted = set(files)
    return {k: v for k, v in rows_meta.items() if k[0] in wanted}


def read_part(base: str, files: list[str], rows_meta: dict, columns: dict | None, rec: frozenset[str]) -> list[tuple]:
    """`read_one` for each file of a partition."""
    with readers.quiet():
        return [read_one(Path(base), f, rows_meta, columns, rec) for f in files]


def load_parallel(path: str | os.PathLike[str], client=None, metadata=None, *, columns: dict[str, str] | None = None,
                  drop_duplicates: bool = True, min_containment: float = 0.8, progress: bool = True) -> pd.DataFrame:
    """`helpers.load_corpus(path, ...)` with files read and cleaned as Dask tasks; same table, same attrs."""
    root = paths.resolve(path)
    if not root.exists() and not root.is_symlink():
        raise FileNotFoundError(f"corpus not found: {path} (looked for {root}); give a folder of scrapes or one file")
    single = not root.is_dir()
    base = root.parent if single else root
    files, problems = ([root.name], []) if single else C.list_files(root)
    rows_meta, found = sidecar.collect(metadata, base, files, single)
    problems += found
    parts = file_partitions(base, files)
    rec = recurring(base, parts, client, progress)
    args = [(str(base), p, meta_for(rows_meta, p), columns, rec) for p in parts]
    done = [r for part in run_tasks(read_part, args, client, desc="reading files", progress=progress) for r in part]
    articles = [a for r in done for a in r[0]]
    # read_all lists what tables and HTML pages lost first, then what cleaning removed from text pages
    removed = [x for r in done if not r[3] for x in r[1]] + [x for r in done if r[3] for x in r[1]]
    problems += [p for r in done for p in r[2]]
    return finish(articles, removed, problems, files, rows_meta, drop_duplicates, min_containment)


def finish(articles: list[dict], removed: list, problems: list, files: list[str], rows_meta: dict,
           drop_duplicates: bool, min_containment: float) -> pd.DataFrame:
    """The corpus-level end of `load_corpus`: sidecar values, ids, word counts, duplicates, attrs."""
    counts: dict[str, int] = {}
    for a in articles:
        counts[a["source_file"]] = counts.get(a["source_file"], 0) + 1
        sidecar.apply(a, rows_meta)
    problems += sidecar.unmatched_articles(rows_meta, counts)
    C.assign_ids(articles, counts, C.doc_bases(files))
    for a in articles:
        a["n_words"] = len((a["text"] or "").split())
    ids = {(a["source_file"], a["article_in_file"]): a["doc_id"] for a in articles}
    removed_rows = [{"doc_id": ids.get((f, n)), "file": f, "line": str(line)[:C.MAX_REMOVED_CHARS], "reason": reason}
                    for f, n, line, reason in removed]
    articles, dropped = C.flag_duplicates(articles, drop_duplicates, min_containment)
    problems += [(a["source_file"], f"same story as {a['duplicate_of']} ({a['doc_id']})",
                  f"dropped duplicate of {a['duplicate_of']}" if drop_duplicates else f"flagged as duplicate of {a['duplicate_of']}")
                 for a in dropped]
    if not files or (not articles and not problems):
        problems.append((".", "no article files found (.txt, .html, .csv, .tsv, .json, .jsonl, .parquet)", "empty table returned"))
    df = C.typed(pd.DataFrame(articles, columns=C.COLUMNS)) if articles else C.empty_frame()
    df = df.sort_values(["source_file", "article_in_file"], kind="stable").reset_index(drop=True)
    gone = {a["doc_id"] for a in dropped} if drop_duplicates else set()
    df.attrs["problems"] = C.FrozenTable(C.problem_frame(problems))
    df.attrs["removed"] = C.FrozenTable(C.removed_frame([r for r in removed_rows if r["doc_id"] not in gone]))
    return df
