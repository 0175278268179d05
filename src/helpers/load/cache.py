"""Load a corpus once: the cleaned article table cached on disk, keyed by the corpus's content.

`make report` runs five notebooks and each loads the corpus; cleaning thousands of scrapes five
times is the slowest part of a report. The key is a SHA-256 of every input file's relative path
and bytes (the sidecar included), the loader's options, the source of the loading code and its
curated lists: an edited article, a new file, an edited boilerplate list or a new version of the
cleaner gives a new key, so a stale table is never read. Entries are written atomically; an
unreadable entry is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers import storage
from helpers.config import paths
from helpers.load import corpus

CACHE_VERSION = "1"
CURATED = ("boilerplate_phrases.txt", "column_names.csv", "reporting_verbs.csv", "stopwords_en.txt", "wire_services.csv")
FOLDER: Path | None = None  # where entries go when `cache=True`; None: data/cache/corpus (tests point it elsewhere)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the loading code and the curated lists it reads: a change to either invalidates the cache."""
    sources = sorted((paths.PACKAGE / "load").rglob("*.py")) + [paths.PACKAGE / "text.py"]
    code = storage.source_fingerprint(sources, CACHE_VERSION, root=paths.PACKAGE)
    return storage.source_fingerprint([paths.PACKAGE_DATA / name for name in CURATED], code)


def _file_digest(path: Path) -> bytes:
    """SHA-256 of a file's bytes, or of why it cannot be read (a broken file still gets a stable key)."""
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").digest()
    except OSError as err:
        return f"unreadable:{err.errno}".encode()


def corpus_key(path: str | os.PathLike[str], metadata: object, options: dict) -> str | None:
    """Content key of loading `path` with these options, or None when it cannot be cached (a DataFrame sidecar)."""
    if isinstance(metadata, pd.DataFrame):
        return None
    root = paths.resolve(path)
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(json.dumps({"metadata": str(metadata), **options}, sort_keys=True, default=str).encode())
    if root.is_dir():
        members = sorted(p for p in root.rglob("*") if p.is_file() or p.is_symlink())
    else:
        members = [root]
    if metadata not in (None, False, True):
        members.append(paths.resolve(metadata))
    for member in members:
        name = member.relative_to(root).as_posix() if root.is_dir() and member.is_relative_to(root) else str(member)
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + _file_digest(member))
    return digest.hexdigest()


def _read(folder: Path) -> pd.DataFrame | None:
    """The cached table with its attrs, or None when the entry is missing or unreadable."""
    try:
        df = pd.read_parquet(folder / "articles.parquet")
        problems = pd.read_parquet(folder / "problems.parquet")
        removed = pd.read_parquet(folder / "removed.parquet")
    except (OSError, ValueError, ImportError):
        return None
    if list(df.columns) != corpus.COLUMNS:
        return None
    df.attrs["problems"] = corpus.FrozenTable(problems)
    df.attrs["removed"] = corpus.FrozenTable(removed)
    return df


def _write(df: pd.DataFrame, folder: Path) -> None:
    """Store the table and its attrs as three Parquet files, each written atomically."""
    for name, table in (("problems", df.attrs["problems"]), ("removed", df.attrs["removed"]), ("articles", df)):
        storage.write_parquet(pd.DataFrame(table), folder / f"{name}.parquet")


def load_corpus(path: str | os.PathLike[str], metadata: str | os.PathLike[str] | pd.DataFrame | bool | None = None, *,
                columns: dict[str, str] | None = None, drop_duplicates: bool = True, min_containment: float = 0.8,
                cache: bool | str | os.PathLike[str] = True) -> pd.DataFrame:
    """`helpers.load.corpus.load_corpus`, read from a content-keyed cache when the same corpus was loaded before.

    cache: True uses `data/cache/corpus/`, a path uses that folder, False always loads afresh.
    """
    options = {"columns": columns, "drop_duplicates": drop_duplicates, "min_containment": min_containment}
    key = corpus_key(path, metadata, options) if cache is not False else None
    if key is None:
        return corpus.load_corpus(path, metadata, **options)
    folder = (FOLDER or paths.CACHE / "corpus" if cache is True else Path(cache)) / key[:2] / key
    found = _read(folder)
    if found is not None:
        return found
    df = corpus.load_corpus(path, metadata, **options)
    try:
        _write(df, folder)
    except OSError:
        pass  # a read-only cache folder only costs speed
    return df
