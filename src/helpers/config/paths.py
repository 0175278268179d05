"""Every path the project uses, anchored on the project root (never on the working directory).

The root is `PROJ_ROOT` when that environment variable is set; else the source checkout that
holds this package (an editable install); else the nearest folder above the working directory
that holds `notebooks/` and `data/` (a non-editable install run from inside a clone); else the
working directory. The caches (parsed annotations, cleaned corpora) live in `data/cache`, or in
`HELPERS_CACHE` when that is set (e.g. a fast scratch disk on a cluster, or a fresh cache for a benchmark).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE: Path = Path(__file__).resolve().parents[1]


def project_root() -> Path:
    """Return the project root: `PROJ_ROOT`, else the checkout holding the package, else one found from the cwd."""
    env = os.environ.get("PROJ_ROOT")
    if env:
        return Path(env).expanduser().resolve()
    checkout = PACKAGE.parents[1]
    if (checkout / "pyproject.toml").is_file() and (checkout / "src" / "helpers").is_dir():
        return checkout
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        if (folder / "notebooks").is_dir() and (folder / "data").is_dir():
            return folder
    return cwd


ROOT: Path = project_root()
DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
PROCESSED: Path = DATA / "processed"
CACHE: Path = Path(os.environ["HELPERS_CACHE"]).expanduser().resolve() if os.environ.get("HELPERS_CACHE") else DATA / "cache"
NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = ROOT / "reports"
FIGURES: Path = REPORTS / "figures"
TESTS: Path = ROOT / "tests"
# Curated, user-editable lists (boilerplate phrases, actors, aliases) ship inside the package.
PACKAGE_DATA: Path = PACKAGE / "data"


def resolve(path: str | os.PathLike[str], base: Path = ROOT) -> Path:
    """Return `path` as an absolute path, reading relative paths from `base` (the project root)."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (base / p).resolve()
