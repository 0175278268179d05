"""Small views for notebook 01: what the raw files look like, what cleaning removed, a page before and after."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown

from helpers.config import paths
from helpers.load import readers
from helpers.load.corpus import FORMATS
from helpers.load.files import read_input, scan_files
from helpers.text import line_key, truncate
from helpers.views.output import finding


def summarise_files(path: str | os.PathLike[str]) -> pd.DataFrame:
    """One row per input file: format, bytes, lines, characters, longest line, and whether it decodes as text.

    Files are read as the loader reads them (links out of the corpus not followed, pages cut at the
    loader's size limit), so this view never reads more than loading does.
    """
    root = paths.resolve(path)
    base, real = (root.parent, {root.name: root.name}) if root.is_file() else (root, scan_files(root)[0])
    rows = []
    for file, rel in sorted(real.items()):
        fmt = FORMATS.get(Path(file).suffix.lower(), "unsupported")
        data, _ = read_input(base / rel, fmt)
        decoded = readers.decode_bytes(data) if data is not None and fmt != "parquet" else None
        text = decoded.text if decoded is not None else None
        lines = text.split("\n") if text else []
        size = (base / rel).stat().st_size if (base / rel).is_file() else 0
        rows.append({
            "file": file, "format": fmt, "bytes": size,
            "lines": len(lines), "blank_lines": sum(not ln.strip() for ln in lines),
            "chars": len(text or ""), "longest_line": max((len(ln) for ln in lines), default=0),
            "text": "yes" if text else ("binary table" if fmt == "parquet" and data else "no"),
        })
    return pd.DataFrame(rows, columns=["file", "format", "bytes", "lines", "blank_lines", "chars", "longest_line", "text"])


def removed_by_reason(removed: pd.DataFrame) -> pd.DataFrame:
    """Lines and words removed by cleaning, per reason, most frequent first."""
    if removed.empty:
        return pd.DataFrame({"reason": pd.Series([], dtype="str"), "lines": pd.Series([], dtype="int64"),
                             "words": pd.Series([], dtype="int64")})
    words = removed["line"].str.split().str.len().fillna(0).astype("int64")
    out = removed.assign(words=words).groupby("reason", sort=True).agg(lines=("line", "size"), words=("words", "sum"))
    return out.reset_index().sort_values(["lines", "reason"], ascending=[False, True], kind="stable").reset_index(drop=True)


def plot_removed(counts: pd.DataFrame):
    """A horizontal bar chart of lines removed per reason (a sentence when nothing was removed)."""
    if counts.empty:
        return None  # nothing to draw; removed_finding says so
    fig, ax = plt.subplots(figsize=(6, 0.3 * max(len(counts), 3) + 1))
    ax.barh(counts["reason"][::-1], counts["lines"][::-1], color="#4c72b0")
    ax.set_xlabel("lines removed")
    ax.set_title("What cleaning removed from the pages")
    fig.tight_layout()
    return fig


def busiest_page(articles: pd.DataFrame, removed: pd.DataFrame) -> str | None:
    """The plain-text file from which cleaning removed the most lines (ties: first by name), or None."""
    txt = set(articles.loc[articles["format"] == "txt", "source_file"])
    counts = removed[removed["file"].isin(txt)]["file"].value_counts()
    if counts.empty:
        return min(txt) if txt else None
    return sorted(counts.index, key=lambda f: (-counts[f], f))[0]


def before_after(path: str | os.PathLike[str], articles: pd.DataFrame, removed: pd.DataFrame, file: str | None,
                 n: int = 25) -> pd.DataFrame:
    """The first `n` non-blank lines of a raw page, each with what cleaning made of it (kept, title, or why removed)."""
    columns = ["line", "raw page", "after cleaning"]
    if file is None:
        return pd.DataFrame(columns=columns)
    root = paths.resolve(path)
    real = scan_files(root)[0] if root.is_dir() else {file: root.name}
    where = (root if root.is_dir() else root.parent) / real.get(file, file)
    data, _ = read_input(where, FORMATS.get(where.suffix.lower(), "txt"))
    text = readers.decode_bytes(data or b"").text or ""
    page = articles[articles["source_file"] == file]
    reasons = {line_key(r.line): r.reason for r in removed[removed["file"] == file].itertuples()}
    titles = {line_key(t): d for t, d in zip(page["title"], page["doc_id"]) if isinstance(t, str)}
    bodies = [(d, f" {line_key(t, None)} ") for t, d in zip(page["text"], page["doc_id"])]
    rows = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        key = line_key(raw)
        kept = next((d for d, b in bodies if key and f" {key} " in b), None)
        if key in titles:
            fate = f"title of {titles[key]}"
        elif kept and (len(key) >= 25 or key not in reasons):
            fate = f"kept in {kept}"
        elif key in reasons:
            fate = f"removed: {reasons[key]}"
        else:
            fate = "removed (joined, split or cut)"
        rows.append({"line": number, "raw page": truncate(raw, 70), "after cleaning": fate})
        if len(rows) == n:
            break
    return pd.DataFrame(rows, columns=columns)


def article_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """The article table as a researcher reads it first: id, short title, outlet, wire, date and its source, length."""
    cols = ["doc_id", "title", "outlet", "wire", "published", "published_source", "n_words"]
    view = articles[cols].copy()
    view["title"] = view["title"].map(lambda t: truncate(t, 60) if isinstance(t, str) else t)
    view["published"] = view["published"].dt.strftime("%Y-%m-%d")
    return view


def corpus_sentence(articles: pd.DataFrame, problems: pd.DataFrame) -> str:
    """A plain sentence: how many articles from how many files, and how many files had problems."""
    if articles.empty:
        return (f"No article could be loaded from this corpus; {problems['file'].nunique()} file(s) are listed "
                "in the problems table below with the reason.")
    dated = int(articles["published"].notna().sum())
    return (f"{len(articles):,} article(s) from {articles['source_file'].nunique():,} file(s); {dated:,} with a publication "
            f"date; {problems['file'].nunique():,} file(s) with a problem listed below.")


def _n(count: int, noun: str, plural: str | None = None) -> str:
    """'1 file' / '3 files' / '12,345 files'."""
    return f"{count:,} {noun if count == 1 else (plural or noun + 's')}"


def _top(counts: pd.Series, n: int = 3) -> str:
    """'a (5), b (3) and c (1)': the `n` largest counts, ties by name."""
    items = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]
    parts = [f"{k} ({v:,})" for k, v in items]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def files_overview(files: pd.DataFrame, max_rows: int = 30) -> pd.DataFrame:
    """The per-file table when there are few files; one row per format (files, bytes, lines) when many."""
    if len(files) <= max_rows:
        return files
    grouped = files.groupby("format", sort=True).agg(files=("file", "size"), bytes=("bytes", "sum"),
                                                     lines=("lines", "sum"), longest_line=("longest_line", "max"))
    return grouped.reset_index().sort_values(["files", "format"], ascending=[False, True], kind="stable").reset_index(drop=True)


def files_finding(files: pd.DataFrame) -> Markdown:
    """What the raw files are: how many, which formats, sizes and the longest line."""
    if files.empty:
        return finding("The corpus folder holds no file to read.")
    formats = files["format"].value_counts()
    kb = files["bytes"] / 1000
    longest = files.loc[files["longest_line"].idxmax()]
    kinds = f"all {formats.index[0]}" if len(formats) == 1 else "by format: " + _top(formats, 4)
    size = (f"of {kb.iloc[0]:,.1f} kB" if len(files) == 1
            else f"of {kb.min():,.1f} to {kb.max():,.1f} kB, {kb.sum():,.1f} kB in all")
    text = (f"The corpus holds {_n(len(files), 'file')} ({kinds}) {size}. The longest line has "
            f"{int(longest['longest_line']):,} characters (`{longest['file']}`)")
    undecodable = int((files["text"] == "no").sum())
    tail = f"; {_n(undecodable, 'file')} could not be read as text." if undecodable else "."
    return finding(text + tail)


def corpus_finding(articles: pd.DataFrame, problems: pd.DataFrame) -> Markdown:
    """How many articles from how many files, how many dated, how many files with a problem."""
    return finding(corpus_sentence(articles, problems))


def removed_finding(counts: pd.DataFrame, articles: pd.DataFrame) -> Markdown:
    """How much cleaning removed, from how many pages, and the most frequent reasons."""
    if counts.empty:
        return finding("Cleaning removed no line: the corpus holds no plain-text page with page furniture.")
    pages = int((articles["format"] == "txt").groupby(articles["source_file"]).any().sum()) if len(articles) else 0
    by_lines = counts.set_index("reason")["lines"]
    by_words = counts.set_index("reason")["words"]
    return finding(f"Cleaning removed {_n(int(by_lines.sum()), 'line')} ({_n(int(by_words.sum()), 'word')}) from "
                   f"{_n(pages, 'plain-text page')}. The most frequent reasons are {_top(by_lines)} lines; "
                   f"by words removed, {_top(by_words)}.")


def page_finding(table: pd.DataFrame, page: str | None) -> Markdown:
    """What happened to the first lines of the page followed."""
    if page is None or table.empty:
        return finding("There is no plain-text page to follow.")
    fate = table["after cleaning"].str.extract(r"^(kept|title|removed)")[0].value_counts()
    reasons = table["after cleaning"].str.extract(r"^removed: (.+)$")[0].dropna().value_counts()
    why = f"; the most frequent reasons: {_top(reasons)}" if len(reasons) else ""
    return finding(f"Page followed: `{page}`. Of its first {_n(len(table), 'non-blank line')}, {fate.get('kept', 0)} "
                   f"went into an article body, {fate.get('title', 0)} became a title and {fate.get('removed', 0)} were "
                   f"removed{why}.")


def overview_finding(articles: pd.DataFrame) -> Markdown:
    """Outlets, titles, lengths and publication dates of the articles."""
    if articles.empty:
        return finding("There is no article to describe.")
    outlets = articles["outlet"].dropna().value_counts()
    words = articles["n_words"]
    dated = articles["published"].dropna()
    undated = len(articles) - len(dated)
    when = f"published from {dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}" if len(dated) else "none has a publication date"
    if len(dated) and undated:
        when += f" ({_n(undated, 'article')} undated)"
    untitled = _n(int(articles["title"].isna().sum()), "article")
    lengths = f"{int(words.min()):,} to {int(words.max()):,} words (median {int(words.median()):,})"
    return finding(f"{_outlets_sentence(outlets)} Articles run from {lengths}; {when}; {untitled} without a title.")


def _outlets_sentence(outlets: pd.Series) -> str:
    """How many outlets and the largest, from article counts per outlet."""
    if outlets.empty:
        return "No article names its outlet."
    if len(outlets) == 1:
        return f"One outlet, {outlets.index[0]} ({outlets.iloc[0]:,} articles)."
    return f"{_n(len(outlets), 'outlet')}; the largest are {_top(outlets)}."


def problems_finding(problems: pd.DataFrame) -> Markdown:
    """How many files were skipped, repaired or flagged, by what was done."""
    if problems.empty:
        return finding("No file was skipped, repaired or flagged.")
    actions = problems["action"].str.replace(r" of .*| \(.*", "", regex=True).value_counts()
    return finding(f"{_n(problems['file'].nunique(), 'file')} in the problems table ({_n(len(problems), 'row')}): "
                   f"{_top(actions, 4)}. Each row says what was wrong and what was done.")
