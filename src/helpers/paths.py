"""Every path the project uses, anchored on the project root (never on the working directory)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT: Path = Path(__file__).resolve().parents[2]
DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
PROCESSED: Path = DATA / "processed"
CACHE: Path = DATA / "cache"
NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = ROOT / "reports"
FIGURES: Path = REPORTS / "figures"
TESTS: Path = ROOT / "tests"
# Curated, user-editable lists (boilerplate phrases, actors, aliases) ship inside the package.
PACKAGE_DATA: Path = Path(__file__).resolve().parent / "data"


def resolve(path: str | os.PathLike[str], base: Path = ROOT) -> Path:
    """Return `path` as an absolute path, reading relative paths from `base` (the project root)."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (base / p).resolve()
