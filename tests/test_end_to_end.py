"""Every notebook runs to the end on hostile, single-article and empty corpora; raw input is never written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import nbformat
import pytest

from conftest import GOOD_ARTICLE, NOTEBOOKS, write_hostile_corpus
from helpers.report import render as reports
from test_reports import dangers_in

pytestmark = pytest.mark.slow


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Map each regular file under `folder` to (sha256, mtime_ns)."""
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def outputs_text(executed: Path) -> str:
    """All text a stored notebook shows: its stream and plain-text outputs."""
    nb = nbformat.read(executed, as_version=4)
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", "") or out.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def build_and_check(corpus: Path, out: Path) -> list[reports.Report]:
    """Build every report on `corpus`; assert each ran to the end and no page can execute corpus text."""
    before = fingerprint(corpus)
    built = reports.build(NOTEBOOKS, corpus, out)
    assert [(r.notebook, r.error) for r in built if not r.ok] == []
    assert fingerprint(corpus) == before, "the raw corpus was modified"
    for r in built:
        dangers, external = dangers_in((out / r.html).read_text(encoding="utf-8"))
        assert dangers == [] and external == [], r.notebook
    assert not list(out.rglob("*.tmp")), "a temporary file was left behind"
    return built


def test_hostile_corpus_runs_every_notebook(tmp_path: Path) -> None:
    corpus = write_hostile_corpus(tmp_path / "corpus")
    build_and_check(corpus, tmp_path / "out")
    shown = outputs_text(tmp_path / "out" / "executed" / NOTEBOOKS[0].name)
    assert "binary.txt" in shown and "empty.txt" in shown, "the problems table must name the skipped files"
    assert "alert(" in (tmp_path / "out" / f"{NOTEBOOKS[0].stem}.html").read_text(encoding="utf-8")


def test_single_article_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "only.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    build_and_check(corpus, tmp_path / "out")
    assert "<td>1</td>" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_corpus_without_a_usable_article(tmp_path: Path) -> None:
    corpus = tmp_path / "none"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    built = build_and_check(corpus, tmp_path / "out")
    assert "<td>0</td>" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for r in built:
        assert "Traceback" not in outputs_text(tmp_path / "out" / "executed" / r.notebook)
