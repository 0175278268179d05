"""Execute notebooks: refresh their stored outputs in place, or render them as HTML reports.

Usage: `python -m helpers.reports refresh NB...` and
`python -m helpers.reports build --corpus DIR --out DIR NB...` (the Makefile calls both).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from helpers import io, paths

KERNEL = "python3"
TIMEOUT_S = 1800


def execute(nb: nbformat.NotebookNode, cwd: Path) -> nbformat.NotebookNode:
    """Run every cell of `nb` in a fresh python3 kernel started in `cwd`; return it with outputs."""
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=TIMEOUT_S, resources={"metadata": {"path": str(cwd)}})
    client.execute()
    return nb


def refresh(path: Path) -> None:
    """Re-execute the notebook at `path` top to bottom and store its outputs in place."""
    nb = nbformat.read(path, as_version=4)
    execute(nb, path.parent)
    io.write_text(nbformat.writes(nb) + "\n", path)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m helpers.reports", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ref = sub.add_parser("refresh", help="re-execute notebooks in place")
    ref.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "refresh":
        for nb_path in args.notebooks:
            print(f"executing {nb_path} ...", flush=True)
            refresh(paths.resolve(nb_path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
