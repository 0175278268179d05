"""Atomic writes of tables, text and figures, so an interrupted run never leaves a half file."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it over `target` only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)


def write_text(text: str, target: str | os.PathLike[str]) -> Path:
    """Write UTF-8 text to `target` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def _for_csv(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose list-like cells are joined with ' | ' so a CSV reader sees plain text."""
    out = df.copy()
    for col in out.columns:
        if any(isinstance(v, (list, tuple)) for v in out[col]):
            out[col] = out[col].map(lambda v: " | ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def write_table(df: pd.DataFrame, folder: str | os.PathLike[str], name: str) -> dict[str, Path]:
    """Write `df` as `name.parquet` and `name.csv` in `folder`, atomically; return both paths."""
    folder = Path(folder)
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    clean = df.copy()
    clean.attrs = {}
    with atomic_path(parquet) as tmp:
        clean.to_parquet(tmp, index=False)
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


def write_graph(graph, target: str | os.PathLike[str]) -> Path:
    """Write a networkx graph as GEXF (for Gephi) to `target`, atomically."""
    import networkx as nx

    with atomic_path(target) as tmp:
        nx.write_gexf(graph, tmp)
    return Path(target)
