"""Find a corpus's files and read their bytes, bounded and without leaving the corpus folder.

File links leading outside the corpus are not followed (folder links never are); names that are
not UTF-8 are listed decoded as cp1252; a page is read up to MAX_PAGE_BYTES and an oversized
tabular export is skipped, each with a problem row.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from helpers.load import hygiene

SKIP_NAMES = re.compile(r"^(metadata\.csv|readme.*|sha256sums.*|md5sums.*|license.*|\.)", re.I)
MAX_PAGE_BYTES = 5_000_000  # only this much of a .txt/.html page is read (news pages are far smaller)
MAX_FILE_BYTES = 1_000_000_000  # larger tabular exports are skipped
PAGE_FORMATS = {"txt", "html"}
Problem = tuple[str, str, str]  # (file, problem, action)


def scan_files(root: Path) -> tuple[dict[str, str], list[Problem]]:
    """{listed name: real relative path} of candidate files under `root` (hidden and sidecar files left out), and problems.

    The listed name is valid UTF-8 (a Latin-1 name is decoded as cp1252); a file link that leads
    outside `root` is not followed, like a folder link.
    """
    real: dict[str, str] = {}
    problems: list[Problem] = []
    top = root.resolve()
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        for d in sorted(dirs):
            if not d.startswith(".") and (here / d).is_symlink():
                problems.append((hygiene.shown_name((here / d).relative_to(root).as_posix())[0], "symbolic link to a folder", "not followed"))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(names):
            if SKIP_NAMES.match(name):
                continue
            rel = (here / name).relative_to(root).as_posix()
            shown, notes = hygiene.shown_name(rel)
            if shown in real:  # a cp1252 reading that clashes with a real UTF-8 name
                shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            if (here / name).is_symlink() and not inside(here / name, top):
                problems.append((shown, "symbolic link to a file outside the corpus", "not followed"))
                continue
            real[shown] = rel
            problems += [(shown, p, a) for p, a in notes]
    return real, problems


def inside(path: Path, top: Path) -> bool:
    """True when `path`, its links followed, lies inside the folder `top` (already resolved)."""
    try:
        return path.resolve().is_relative_to(top)
    except (OSError, RuntimeError):  # a link loop
        return False


def list_files(root: Path) -> tuple[list[str], list[Problem]]:
    """Listed names (sorted, valid UTF-8) of candidate files under `root`, and problems."""
    real, problems = scan_files(root)
    return sorted(real), problems


def read_bytes(path: Path, limit: int | None = None) -> tuple[bytes | None, str | None]:
    """The file's bytes (opened read-only; at most `limit` + 1 when given), or None and why it could not be read."""
    if path.is_symlink() and not path.exists():
        return None, "dangling symbolic link (its target does not exist)"
    if not path.is_file():
        return None, "not a regular file"
    try:
        with open(path, "rb") as fh:
            return (fh.read() if limit is None else fh.read(limit + 1)), None
    except OSError as err:
        return None, f"unreadable file ({err.strerror or type(err).__name__})"


def cut_whole(data: bytes, limit: int) -> bytes:
    """The first `limit` bytes or a little fewer, never cutting a UTF-8 or UTF-16/32 character in two."""
    cut = limit - limit % 4
    if b"\x00" not in data[:cut]:
        while cut > 0 and 0x80 <= data[cut] < 0xC0:  # data[cut] would be a UTF-8 continuation byte
            cut -= 1
    return data[:cut]


def read_input(path: Path, fmt: str) -> tuple[bytes | None, list[tuple[str, str]]]:
    """A file's bytes bounded by its kind (pages are cut, oversized tables skipped), with notes."""
    limit = MAX_PAGE_BYTES if fmt in PAGE_FORMATS else MAX_FILE_BYTES
    data, why = read_bytes(path, limit)
    if data is None:
        return None, [(why, "skipped")]
    if len(data) <= limit:
        return data, []
    size = f"{path.stat().st_size:,} bytes"
    if fmt not in PAGE_FORMATS:
        return None, [(f"file of {size}, over the limit of {limit:,} bytes", "skipped")]
    return cut_whole(data, limit), [(f"page of {size}, over the limit of {limit:,} bytes", f"read the first {limit:,} bytes only")]
