"""Small views for notebook 01: what the raw files look like, what cleaning removed, a page before and after."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from helpers.config import paths
from helpers.load import readers
from helpers.load.corpus import FORMATS, list_files, read_bytes
from helpers.text import line_key, truncate

WIDTH = 90  # characters shown per line in before/after views


def short(text: object, width: int = WIDTH) -> str:
    """One line of at most `width` characters."""
    return truncate(text, width)


def summarise_files(path: str | os.PathLike[str]) -> pd.DataFrame:
    """One row per input file: format, bytes, lines, characters, longest line, and whether it decodes as text."""
    root = paths.resolve(path)
    base, files = (root.parent, [root.name]) if root.is_file() else (root, list_files(root)[0])
    rows = []
    for file in files:
        data, why = read_bytes(base / file)
        fmt = FORMATS.get(Path(file).suffix.lower(), "unsupported")
        decoded = readers.decode_bytes(data) if data is not None and fmt != "parquet" else None
        text = decoded.text if decoded is not None else None
        lines = text.split("\n") if text else []
        rows.append({
            "file": file, "format": fmt, "bytes": len(data) if data is not None else 0,
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
    """A horizontal bar chart of lines removed per reason."""
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
    data, _ = read_bytes(root / file if root.is_dir() else root)
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
        rows.append({"line": number, "raw page": short(raw, 70), "after cleaning": fate})
        if len(rows) == n:
            break
    return pd.DataFrame(rows, columns=columns)


def article_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """The article table as a researcher reads it first: id, short title, outlet, wire, date and its source, length."""
    cols = ["doc_id", "title", "outlet", "wire", "published", "published_source", "n_words"]
    view = articles[cols].copy()
    view["title"] = view["title"].map(lambda t: short(t, 60) if isinstance(t, str) else t)
    view["published"] = view["published"].dt.strftime("%Y-%m-%d")
    return view


def corpus_sentence(articles: pd.DataFrame, problems: pd.DataFrame) -> str:
    """A plain sentence: how many articles from how many files, and how many files had problems."""
    if articles.empty:
        return (f"No article could be loaded from this corpus; {problems['file'].nunique()} file(s) are listed "
                "in the problems table below with the reason.")
    dated = int(articles["published"].notna().sum())
    return (f"{len(articles)} article(s) from {articles['source_file'].nunique()} file(s); {dated} with a publication "
            f"date; {problems['file'].nunique()} file(s) with a problem listed below.")
