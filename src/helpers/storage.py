"""Atomic writes of tables, text and figures, so an interrupted run never leaves a half file.

Files are created with the mode the umask allows (as `open` would), not mkstemp's private 0600.
CSV copies are made safe for spreadsheets: a text cell starting with = + - @, a tab or a carriage
return is prefixed with a single quote, so Excel or LibreOffice never runs it as a formula; the
Parquet copy keeps every value exactly (the CSV also writes a carriage return inside a cell as LF).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 forbids (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF) and other non-characters.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def current_umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def honour_umask(path: Path, directory: bool = False) -> None:
    """Give a file made by mkstemp/mkdtemp the mode `open`/`mkdir` would have given it."""
    os.chmod(path, (0o777 if directory else 0o666) & ~current_umask())


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it over `target` only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        honour_umask(tmp_path)
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


def write_text(text: str, target: str | os.PathLike[str]) -> Path:
    """Write UTF-8 text to `target` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def neutralise(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, prefixed with a single quote; anything else as is.

    Carriage returns become LF: the CSV writer (LF line ends) would leave a bare CR unquoted, splitting the row.
    """
    if not isinstance(value, str):
        return value
    value = "'" + value if value.startswith(FORMULA_START) else value
    return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value


def _for_csv(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose list-like cells are joined with ' | ' and whose formula-like text is neutralised."""
    out = df.copy()
    for col in out.columns:
        if any(isinstance(v, (list, tuple)) for v in out[col]):
            out[col] = out[col].map(lambda v: " | ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(object)
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def write_parquet(df: pd.DataFrame, target: str | os.PathLike[str]) -> pd.DataFrame:
    """Write `df` (without its index and attrs) to `target` as Parquet, atomically; return the copy written."""
    clean = df.copy()
    clean.attrs = {}
    with atomic_path(target) as tmp:
        clean.to_parquet(tmp, index=False)
    return clean


def write_table(df: pd.DataFrame, folder: str | os.PathLike[str], name: str) -> dict[str, Path]:
    """Write `df` as `name.parquet` and `name.csv` in `folder`, atomically; return both paths."""
    folder = Path(folder)
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    clean = write_parquet(df, parquet)
    with atomic_path(csv) as tmp:
        _for_csv(clean).to_csv(tmp, index=False, lineterminator="\n")
    return {"parquet": parquet, "csv": csv}


def save_figure(fig, data: pd.DataFrame, folder: str | os.PathLike[str], name: str) -> dict[str, Path]:
    """Save a matplotlib figure as `name.png` with the data behind it as `name.csv`, atomically."""
    folder = Path(folder)
    png, csv = folder / f"{name}.png", folder / f"{name}.csv"
    with atomic_path(png) as tmp:
        fig.savefig(tmp, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    with atomic_path(csv) as tmp:
        _for_csv(data).to_csv(tmp, index=False, lineterminator="\n")
    return {"png": png, "csv": csv}


def xml_safe(value: object) -> object:
    """A string without the characters XML 1.0 cannot hold; anything else as is."""
    return NOT_XML.sub("", value) if isinstance(value, str) else value


def write_graph(graph, target: str | os.PathLike[str]) -> Path:
    """Write a networkx graph as GEXF (for Gephi) to `target`, atomically, with XML-invalid characters removed."""
    import networkx as nx

    names = {n: xml_safe(n) for n in graph.nodes}
    safe = nx.relabel_nodes(graph, names, copy=True) if any(k != v for k, v in names.items()) else graph.copy()
    for _, attrs in safe.nodes(data=True):
        attrs.update({k: xml_safe(v) for k, v in attrs.items()})
    for _, _, attrs in safe.edges(data=True):
        attrs.update({k: xml_safe(v) for k, v in attrs.items()})
    with atomic_path(target) as tmp:
        nx.write_gexf(safe, tmp)
    return Path(target)


def write_entry(text: str, target: Path) -> None:
    """Write one small cache entry: a temporary file named for this process, then an atomic rename.

    Cheaper than `write_text` (no mkstemp, no chmod: `open` already honours the umask), which matters
    for tens of thousands of entries; a reader never sees half an entry.
    """
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        fh = open(tmp, "w", encoding="utf-8")
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        fh = open(tmp, "w", encoding="utf-8")
    try:
        with fh:
            fh.write(text)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def fill_json_cache(keys: list[str], texts: list[str], found: list, compute, folder: Path) -> tuple[list, int]:
    """Compute the entries a content-keyed JSON cache lacks (`found[i] is None`), store them, return all in order.

    `compute(texts)` returns one JSON-able entry per text; entries go to `folder/ab/abcdef....json`.
    Returns the entries and how many were computed. A read-only cache folder only costs speed.
    """
    todo = sorted({k: t for k, t, f in zip(keys, texts, found) if f is None}.items())
    computed = dict(zip([k for k, _ in todo], compute([t for _, t in todo]))) if todo else {}
    for key, data in computed.items():
        try:
            write_entry(json.dumps(data, separators=(",", ":")), Path(folder) / key[:2] / f"{key}.json")
        except OSError:
            pass
    return [f if f is not None else computed[k] for k, f in zip(keys, found)], len(computed)


def source_fingerprint(files: Iterable[Path], salt: str = "", root: Path | None = None) -> str:
    """SHA-256 of `salt` and each file's name (relative to `root`) and bytes: the code or data part of a cache key."""
    digest = hashlib.sha256(salt.encode("utf-8"))
    for file in files:
        name = file.relative_to(root).as_posix() if root is not None else file.name
        digest.update(name.encode("utf-8") + b"\0" + Path(file).read_bytes())
    return digest.hexdigest()
