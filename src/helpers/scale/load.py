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

from helpers.load import corpus as C
from helpers.load import readers, sidecar
from helpers.load.clean.scrape import page_keys
from helpers.scale.engine import run_tasks

# `recurring_lines` defaults, which `load_corpus` uses (tests check both give the same set).
MIN_FILES, MIN_SHARE, PROSE_MIN_FILES = 3, 0.5, 10
PART_BYTES = 16 * 2**20  # a partition of files holds about this many bytes...
PART_FILES = 200  # ...and at most this many files


def file_partitions(base: Path, rels: list[str], files: list[str]) -> list[list[str]]:
    """Split the sorted files (listed names, with their real paths `rels`) into runs of at most
    PART_FILES files and about PART_BYTES bytes."""
    parts: list[list[str]] = [[]]
    size = 0
    for rel, f in zip(rels, files):
        try:
            n = (base / rel).stat().st_size
        except OSError:
            n = 0
        if parts[-1] and (len(parts[-1]) >= PART_FILES or size + n > PART_BYTES):
            parts.append([])
            size = 0
        parts[-1].append(f)
        size += n
    return [p for p in parts if p]


def page_text(base: Path, file: str, rel: str) -> str | None:
    """The decoded text of a plain-text page, read exactly as the loader reads it (None for other files)."""
    if C.FORMATS.get(Path(file).suffix.lower()) != "txt":
        return None
    return C.read_file(base, file, rel, None)[3]


def candidate_keys(base: str, files: dict[str, str]) -> tuple[int, set[str]]:
    """Pages in this partition ({listed name: real path}), and the keys found on at least MIN_SHARE of them."""
    counts: Counter[str] = Counter()
    n = 0
    with readers.quiet():
        for f, rel in files.items():
            text = page_text(Path(base), f, rel)
            if text is not None:
                n += 1
                counts.update(page_keys(text)[0])
    return n, {k for k, c in counts.items() if c >= MIN_SHARE * n}


def count_keys(base: str, files: dict[str, str], keys: frozenset[str]) -> tuple[Counter, set[str]]:
    """How many pages of this partition hold each of `keys`, and which of them are prose-shaped here."""
    counts: Counter[str] = Counter()
    prose: set[str] = set()
    with readers.quiet():
        for f, rel in files.items():
            text = page_text(Path(base), f, rel)
            if text is not None:
                seen, shaped = page_keys(text)
                counts.update(seen & keys)
                prose |= shaped & keys
    return counts, prose


def recurring(base: Path, parts: list[dict[str, str]], client, progress: bool = True) -> frozenset[str]:
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


def read_one(base: Path, file: str, rel: str, rows_meta: dict, columns: dict | None,
             rec: frozenset[str]) -> tuple[list, list, list, bool]:
    """Article rows, removed lines and problems of one file, by the loader's own steps; True when it was a cleaned page."""
    rows, removed, problems, text = C.read_file(base, file, rel, columns)
    if text is None:
        return rows, removed, problems, False
    rows, cleaned, notes = C.clean_page(file, text, rec, rows_meta)
    return rows, cleaned, problems + notes, True


def meta_for(rows_meta: dict, files: list[str]) -> dict:
    """The sidecar rows of the given files only (what their task needs to see)."""
    wanted = set(files)
    return {k: v for k, v in rows_meta.items() if k[0] in wanted}


def read_part(base: str, files: dict[str, str], rows_meta: dict, columns: dict | None, rec: frozenset[str]) -> list[tuple]:
    """`read_one` for each file of a partition ({listed name: real path})."""
    with readers.quiet():
        return [read_one(Path(base), f, rel, rows_meta, columns, rec) for f, rel in files.items()]


def load_parallel(path: str | os.PathLike[str], client=None, metadata=None, *, columns: dict[str, str] | None = None,
                  drop_duplicates: bool = True, min_containment: float = 0.8, progress: bool = True) -> pd.DataFrame:
    """`helpers.load_corpus(path, ...)` with files read and cleaned as Dask tasks; same table, same attrs."""
    base, real, problems, single = C.scan(path)
    files = sorted(real)
    rows_meta, found = sidecar.collect(metadata, base, files, single)
    problems += found
    parts = [{f: real[f] for f in part} for part in file_partitions(base, [real[f] for f in files], files)]
    rec = recurring(base, parts, client, progress)
    args = [(str(base), p, meta_for(rows_meta, p), columns, rec) for p in parts]
    done = [r for part in run_tasks(read_part, args, client, desc="reading files", progress=progress) for r in part]
    articles = [a for r in done for a in r[0]]
    # read_all lists what tables and HTML pages lost first, then what cleaning removed from text pages
    removed = [x for r in done if not r[3] for x in r[1]] + [x for r in done if r[3] for x in r[1]]
    problems += [p for r in done for p in r[2]]
    return C.finish(articles, removed, problems, files, rows_meta, drop_duplicates, min_containment)
