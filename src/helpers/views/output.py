"""The one way notebooks save what they show: figures with their data, and tables, atomically."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from IPython.display import Markdown, display

from helpers import storage
from helpers.config import paths


def finding(text: str) -> Markdown:
    """A sentence (Markdown) that a notebook shows as prose under its result."""
    return Markdown(text)


def save(fig: Any, data: pd.DataFrame, name: str, folder: str | os.PathLike[str] = paths.FIGURES) -> None:
    """Save `fig` as `name.png` with `data` as `name.csv`, show it once and close it; a sentence in its place is shown."""
    if fig is None:
        return
    if isinstance(fig, str):
        display(finding(fig))
        return
    storage.save_figure(fig, data, paths.resolve(folder), name)
    display(fig)
    plt.close(fig)


def _shown(path: Path, folder: Path) -> str:
    """A written file's name as the notebook shows it: relative to the project, else folder/name."""
    try:
        return path.relative_to(paths.ROOT).as_posix()
    except ValueError:
        return f"{folder.name}/{path.name}"


def write_tables(tables: dict[str, pd.DataFrame | nx.Graph], folder: str | os.PathLike[str] = paths.PROCESSED) -> pd.DataFrame:
    """Write each table as Parquet + CSV (a graph as GEXF), atomically; return name, rows, columns and files."""
    folder = paths.resolve(folder)
    rows = []
    for name, table in tables.items():
        if isinstance(table, nx.Graph):
            written = {"gexf": storage.write_graph(table, folder / f"{name}.gexf")}
            size, width = table.number_of_nodes(), 0
        else:
            written = storage.write_table(table, folder, name)
            size, width = len(table), len(table.columns)
        rows.append({"table": name, "rows": size, "columns": width,
                     "files": ", ".join(_shown(p, folder) for p in written.values())})
    return pd.DataFrame(rows, columns=["table", "rows", "columns", "files"])
