"""Load a folder of scraped news (or one file) into a tidy table: one row per article.

`load_corpus(path)` reads plain-text scrapes (.txt, cleaned by `helpers.cleaning`), HTML pages
(.html/.htm, through trafilatura) and tabular exports (.csv/.tsv/.json/.jsonl/.parquet, one article
per row), merges the `metadata.csv` sidecar, drops stories scraped twice, and never writes an input.

What could not be used, or was repaired, is listed in `df.attrs["problems"]`; what cleaning removed
from the pages is in `df.attrs["removed"]`. pandas carries `attrs` through copies, slices and
`assign`, but drops them in `groupby`, `merge` with another frame and `concat` with other frames,
and `DataFrame.to_parquet` cannot store them: read them right after loading
(`problems = articles.attrs["problems"]`) and write tables with `helpers.io.write_table`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from helpers.load.clean import scrape as cleaning
from helpers import progress
from helpers.load import duplicates
from helpers.load import hygiene
from helpers.load.files import Problem, list_files, read_bytes, read_input, scan_files
from helpers.config import paths
from helpers.load import readers
from helpers.load import sidecar
from helpers.load import tabular as tables
from helpers.text import parse_date

COLUMNS = [
    "doc_id", "source_file", "title", "outlet", "wire", "place", "url", "published", "published_source",
    "text", "n_words", "article_in_file", "format", "duplicate_of", "site",
]
STRING_COLUMNS = ["doc_id", "source_file", "title", "outlet", "wire", "place", "url", "published_source", "text",
                  "format", "duplicate_of", "site"]
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
           ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
TABLE_FORMATS = {"csv", "tsv", "json", "jsonl", "parquet"}
MAX_REMOVED_CHARS = 1000  # a removed line is shown up to this length in attrs["removed"]
MAX_LINE_CHARS = 100_000  # a longer line of a text page is cut (a 200 MB one-line file must not hang the cleaner)


__all__ = ["COLUMNS", "FORMATS", "list_files", "load_corpus", "read_bytes"]


class FrozenTable(pd.DataFrame):
    """A DataFrame stored in `attrs`: copying the parent keeps it as is, so pandas' attrs checks in
    `concat`/`merge` of two copies compare it by identity instead of failing on DataFrame truth values."""

    @property
    def _constructor(self):
        return pd.DataFrame

    def __deepcopy__(self, memo=None):
        return self


def doc_bases(files: list[str]) -> dict[str, str]:
    """A unique id stem per file: its relative path without extension, '/' as '__' (extension kept on clashes)."""
    stems = {f: hygiene.id_safe(re.sub(r"\.[^./]*$", "", f).replace("/", "__")) for f in files}
    counts: dict[str, int] = {}
    for s in stems.values():
        counts[s] = counts.get(s, 0) + 1
    return {f: (s if counts[s] == 1 else hygiene.id_safe(f.replace("/", "__").replace(".", "_"))) for f, s in stems.items()}


def article_record(meta: dict, file: str, fmt: str, n: int, **values) -> dict:
    """One article row with every column present."""
    rec = {c: None for c in COLUMNS}
    rec.update(source_file=file, format=fmt, article_in_file=n, published_source="unknown")
    rec.update({k: v for k, v in values.items() if k in rec})
    rec.update(meta)
    return rec


def from_cleaned(arts: list, file: str, fmt: str) -> tuple[list[dict], list[tuple[int, str, str]]]:
    """Article rows and removed lines from the cleaner's CleanedArticle list."""
    rows, removed = [], []
    for n, art in enumerate(arts, start=1):
        published = art.published if art.published is not None and not pd.isna(art.published) else None
        rows.append(article_record({}, file, fmt, n, title=art.title, text=art.text, outlet=art.outlet, wire=art.wire,
                                   place=art.place, published=published,
                                   published_source=art.published_source if published is not None else "unknown"))
        removed += [(n, line, reason) for line, reason in art.removed]
    return rows, removed


def clean_text_page(text: str, file: str, fmt: str, recurring: frozenset[str], retrieved) -> tuple[list[dict], list, list]:
    """Clean one plain-text page into article rows, removed lines and problems."""
    problems = []
    lines = text.split("\n")
    long = [len(ln) for ln in lines if len(ln) > MAX_LINE_CHARS]
    if long:
        text = "\n".join(ln[:MAX_LINE_CHARS] for ln in lines)
        problems.append((f"{len(long)} line(s) longer than {MAX_LINE_CHARS:,} characters (longest {max(long):,})",
                         f"cut to {MAX_LINE_CHARS:,} characters"))
    rows, removed = from_cleaned(cleaning.clean_scrape(text, recurring=recurring, retrieved=retrieved), file, fmt)
    if not rows:
        problems.append(("no article text found after cleaning", "skipped"))
        removed = [(None, line, reason) for line, reason in removed]
    return rows, removed, problems


def read_html_page(text: str, file: str) -> tuple[list[dict], list, list]:
    """One article from an HTML page through trafilatura, falling back to cleaning its visible text."""
    found = readers.read_html(text)
    if found is None:
        plain = readers.html_fallback_text(text)
        rows, removed, problems = clean_text_page(plain, file, "html", frozenset(), None) if plain.strip() else ([], [], [("no text", "skipped")])
        if rows:
            problems.insert(0, ("trafilatura found no main text (broken or very short HTML)", "used the cleaned visible text"))
        return rows, removed, problems
    published = parse_date(found.pop("published"))
    return [article_record({}, file, "html", 1, published=published,
                           published_source="text" if published is not None else "unknown", **found)], [], []


def read_table(data: bytes, fmt: str, file: str, columns: dict | None) -> tuple[list[dict], list, list]:
    """Article rows from a tabular export."""
    notes: list[tuple[str, str]] = []
    if fmt == "parquet":
        frame, found = readers.read_parquet(data)
    else:
        decoded = readers.decode_bytes(data)
        notes += decoded.notes
        if decoded.text is None:
            return [], [], notes
        if fmt == "jsonl":
            frame, found = readers.read_jsonl(decoded.text)
        elif fmt == "json":
            frame, found = readers.read_json(decoded.text)
        else:
            frame, found = readers.read_delimited(decoded.text, readers.sniff_delimiter(decoded.text, "\t" if fmt == "tsv" else ","))
    notes += found
    if frame.empty:
        if not any(a.startswith("skipped") and "rows" not in a and "lines" not in a for _, a in notes):
            notes.append(("no rows", "skipped"))
        return [], [], notes
    arts, found, removed = tables.rows_to_articles(frame, columns)
    rows = [article_record({}, file, fmt, a.pop("article_in_file"), **a) for a in arts]
    return rows, removed, notes + found


def empty_frame() -> pd.DataFrame:
    """The article table with no rows and every column typed."""
    return typed(pd.DataFrame({c: [] for c in COLUMNS}))


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """Give every column its dtype: strings as `str`, published as datetime64[ns], counts as int64."""
    df = df[COLUMNS].copy()
    for col in STRING_COLUMNS:
        df[col] = df[col].astype("str")
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
    df["n_words"] = df["n_words"].astype("int64")
    df["article_in_file"] = df["article_in_file"].astype("int64")
    return df


def load_corpus(path: str | os.PathLike[str], metadata: str | os.PathLike[str] | pd.DataFrame | bool | None = None, *,
                columns: dict[str, str] | None = None, drop_duplicates: bool = True,
                min_containment: float = 0.8) -> pd.DataFrame:
    """Load a folder of scrapes (recursively) or one file into one row per article.

    path: a folder (hidden files, metadata.csv, README*, SHA256SUMS are not articles) or one file; a
    relative path is read from the project root. metadata: None finds `metadata.csv` beside the files,
    a path or DataFrame gives it, False ignores it. columns: {our field: column name} for tables whose
    names the crosswalk `data/column_names.csv` does not know. drop_duplicates: drop later copies of a
    story (listed in problems) or keep them with `duplicate_of` set. Raises FileNotFoundError only when
    `path` (or a given metadata path) does not exist; every other problem is a row of attrs["problems"].
    """
    base, real, problems, single = scan(path)
    rows_meta, found = sidecar.collect(metadata, base, sorted(real), single)
    problems += found
    with readers.quiet():
        articles, removed, file_problems = read_all(base, real, rows_meta, columns)
    return finish(articles, removed, problems + file_problems, sorted(real), rows_meta, drop_duplicates, min_containment)


def scan(path: str | os.PathLike[str]) -> tuple[Path, dict[str, str], list[Problem], bool]:
    """The corpus's base folder, its files ({listed name: real relative path}), problems found, and whether it is one file."""
    root = paths.resolve(path)
    if not root.exists() and not root.is_symlink():
        raise FileNotFoundError(f"corpus not found: {path} (looked for {root}); give a folder of scrapes or one file")
    if root.is_dir():
        real, problems = scan_files(root)
        return root, real, problems, False
    shown, notes = hygiene.shown_name(root.name)
    return root.parent, {shown: root.name}, [(shown, p, a) for p, a in notes], True


def read_file(base: Path, file: str, rel: str, columns: dict | None) -> tuple[list[dict], list, list, str | None]:
    """One file's article rows, removed lines and problems; for a plain-text page, its text (cleaned later,
    once the lines recurring across the corpus are known) instead of rows."""
    fmt = FORMATS.get(Path(file).suffix.lower())
    if fmt is None:
        return [], [], [(file, f"unsupported file type '{Path(file).suffix or '(none)'}'", "skipped")], None
    data, cut = read_input(base / rel, fmt)
    problems = [(file, p, a) for p, a in cut]
    if data is None:
        return [], [], problems, None
    text = None
    try:
        if fmt in TABLE_FORMATS:
            rows, rem, notes = read_table(data, fmt, file, columns)
        else:
            decoded = readers.decode_bytes(data)
            notes = decoded.notes
            if decoded.text is not None and fmt == "txt" and looks_like_html(decoded.text):
                fmt = "html"
                notes = notes + [("HTML page saved as .txt", "read as HTML")]
            if decoded.text is not None and fmt == "txt":
                text = decoded.text
            rows, rem = [], []
            if decoded.text is not None and fmt == "html":
                rows, rem, more = read_html_page(decoded.text, file)
                notes = notes + more
    except Exception as err:  # a reader bug on one file must not stop the corpus
        rows, rem, notes = [], [], [(f"could not be read ({type(err).__name__}: {str(err)[:80]})", "skipped")]
    return rows, [(file, n, line, reason) for n, line, reason in rem], problems + [(file, p, a) for p, a in notes], text


def clean_page(file: str, text: str, recurring: frozenset[str], rows_meta: dict) -> tuple[list[dict], list, list]:
    """The articles of one plain-text page, what cleaning removed from it, and its problems."""
    try:
        rows, rem, notes = clean_text_page(text, file, "txt", recurring, sidecar.retrieved_for(rows_meta, file))
    except Exception as err:  # a cleaner bug on one page must not stop the corpus
        rows, rem, notes = [], [], [(f"cleaning failed ({type(err).__name__}: {str(err)[:80]})", "skipped")]
    return rows, [(file, n, line, reason) for n, line, reason in rem], [(file, p, a) for p, a in notes]


def read_all(base: Path, real: dict[str, str], rows_meta: dict, columns: dict | None) -> tuple[list[dict], list, list]:
    """Read every file ({listed name: real relative path}): text pages are decoded first, so lines recurring across the corpus can be found."""
    articles: list[dict] = []
    removed: list[tuple] = []
    problems: list[tuple[str, str, str]] = []
    texts: dict[str, str] = {}
    for file in progress.bar(sorted(real), desc="loading: files"):
        rows, rem, notes, text = read_file(base, file, real[file], columns)
        articles.extend(rows)
        removed.extend(rem)
        problems.extend(notes)
        if text is not None:
            texts[file] = text
    recurring = cleaning.recurring_lines(texts[f] for f in sorted(texts))
    for file in sorted(texts):
        rows, rem, notes = clean_page(file, texts[file], recurring, rows_meta)
        articles.extend(rows)
        removed.extend(rem)
        problems.extend(notes)
    return articles, removed, problems


def finish(articles: list[dict], removed: list, problems: list, files: list[str], rows_meta: dict,
           drop_duplicates: bool, min_containment: float) -> pd.DataFrame:
    """The corpus-level end of loading: text repairs, sidecar values, ids, word counts, duplicates, attrs."""
    by_file: dict[str, list[dict]] = {}
    for a in articles:
        by_file.setdefault(a["source_file"], []).append(a)
    problems += [(file, p, a) for file, recs in sorted(by_file.items()) for p, a in hygiene.repair_strings(recs)]
    counts: dict[str, int] = {}
    for a in articles:
        counts[a["source_file"]] = counts.get(a["source_file"], 0) + 1
        sidecar.apply(a, rows_meta)
    problems += sidecar.unmatched_articles(rows_meta, counts)
    assign_ids(articles, counts, doc_bases(files))
    for a in articles:
        a["n_words"] = len((a["text"] or "").split())
    ids = {(a["source_file"], a["article_in_file"]): a["doc_id"] for a in articles}
    removed_rows = [
        {"doc_id": ids.get((f, n)), "file": f, "line": str(line)[:MAX_REMOVED_CHARS], "reason": reason}
        for f, n, line, reason in removed
    ]
    articles, dropped = flag_duplicates(articles, drop_duplicates, min_containment)
    problems += [(a["source_file"], f"same story as {a['duplicate_of']} ({a['doc_id']})",
                  f"dropped duplicate of {a['duplicate_of']}" if drop_duplicates else f"flagged as duplicate of {a['duplicate_of']}")
                 for a in dropped]
    if not files or (not articles and not problems):
        problems.append((".", "no article files found (.txt, .html, .csv, .tsv, .json, .jsonl, .parquet)", "empty table returned"))
    df = typed(pd.DataFrame(articles, columns=COLUMNS)) if articles else empty_frame()
    df = df.sort_values(["source_file", "article_in_file"], kind="stable").reset_index(drop=True)
    gone = {a["doc_id"] for a in dropped} if drop_duplicates else set()
    df.attrs["problems"] = FrozenTable(problem_frame(problems))
    df.attrs["removed"] = FrozenTable(removed_frame([r for r in removed_rows if r["doc_id"] not in gone]))
    return df


def looks_like_html(text: str) -> bool:
    """True when a .txt file holds a whole HTML page (a scraper that saved the markup)."""
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)


def assign_ids(articles: list[dict], counts: dict[str, int], bases: dict[str, str]) -> None:
    """Set doc_id: the file's stem for a one-article page, stem-N for multi-article pages and table rows."""
    seen: set[str] = set()
    for a in sorted(articles, key=lambda r: (r["source_file"], r["article_in_file"])):
        stem = bases.get(a["source_file"], a["source_file"])
        one = counts[a["source_file"]] == 1 and a["format"] not in TABLE_FORMATS
        doc_id = stem if one else f"{stem}-{a['article_in_file']}"
        k = 2
        while doc_id in seen:
            doc_id, k = f"{stem}-{a['article_in_file']}~{k}", k + 1
        seen.add(doc_id)
        a["doc_id"] = doc_id


def flag_duplicates(articles: list[dict], drop: bool, min_containment: float) -> tuple[list[dict], list[dict]]:
    """Mark each later copy of a story with the doc_id of its first copy; return (kept rows, copies)."""
    ordered = sorted(articles, key=lambda r: (r["source_file"], r["article_in_file"]))
    copies = duplicates.find_copies([a["text"] or "" for a in ordered], min_containment)
    dropped = []
    for a, j in zip(ordered, copies):
        if j is not None:
            a["duplicate_of"] = ordered[j]["doc_id"]
            dropped.append(a)
    kept = [a for a in ordered if a["duplicate_of"] is None] if drop else ordered
    return kept, dropped


def problem_frame(problems: list[tuple[str, str, str]]) -> pd.DataFrame:
    """The problems table (file, problem, action), ordered by file, in the order found."""
    df = pd.DataFrame(problems, columns=["file", "problem", "action"]).astype("str").map(hygiene.valid_text)
    return df.sort_values("file", kind="stable").reset_index(drop=True)


def removed_frame(rows: list[dict]) -> pd.DataFrame:
    """What cleaning removed: doc_id (missing for pages that yielded no article), file, line, reason."""
    df = pd.DataFrame(rows, columns=["doc_id", "file", "line", "reason"])
    return df.astype("str").map(hygiene.valid_text)
