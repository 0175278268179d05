"""Shared fixtures: generated corpora for end-to-end runs, and the rendered bundled-corpus reports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.config import paths
from helpers.report import render as reports

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


@pytest.fixture(autouse=True)
def _own_corpus_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test reads and writes its own corpus cache, so no test sees another's cached table."""
    from helpers.load import cache

    monkeypatch.setattr(cache, "FOLDER", tmp_path_factory.mktemp("corpus-cache"))
IN_CI = bool(os.environ.get("CI"))

GOOD_ARTICLE = (
    "Talks resume in Doha\n\n"
    "DOHA (Reuters) -- Negotiators from Israel and Hamas resumed indirect talks in Doha on Monday, "
    "two officials said, as mediators from Qatar and Egypt pressed for a ceasefire deal.\n\n"
    "Prime Minister Benjamin Netanyahu said on Sunday that the delegation had clear instructions. "
    "US Secretary of State Antony Blinken will travel to the region next week, the State Department said.\n\n"
    "The first round ended without agreement last month, and the next round is expected on Thursday.\n"
)


def write_hostile_corpus(folder: Path) -> Path:
    """Write a corpus of every kind of bad input a scrape folder holds, plus two good articles."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (folder / "xss.txt").write_text(
        "Officials <script>alert('xss')</script> met\n\n"
        "The envoy <img src=x onerror=alert(1)> said on Tuesday that Hamas and Israel had agreed to extend the truce "
        "by two days, according to a statement from Qatar's foreign ministry.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\t\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(512))
    (folder / "cp1252.txt").write_bytes("Caf\u00e9 talks \u2013 \u201cno deal\u201d yet, said the envoy in Cairo on Friday.\n".encode("cp1252"))
    (folder / "utf16.txt").write_text("Seoul and Washington held alliance talks in Seoul on Wednesday.\n", encoding="utf-16")
    (folder / "nul.txt").write_bytes(b"Kim Jong Un\x00 met Moon Jae-in in Pyongyang.\r\n")
    (folder / "oneword.txt").write_text("Ceasefire\n", encoding="utf-8")
    (folder / "nodate.txt").write_text(
        "A quiet border\n\nThe border crossing stayed closed while aid trucks waited in long lines outside the town.\n",
        encoding="utf-8",
    )
    (folder / "huge.txt").write_text("word " * 2_000_000, encoding="utf-8")  # one 10 MB line
    (folder / "broken.html").write_text("<html><head><title>Half a page</title><body><p>Gaza talks <b>stall", encoding="utf-8")
    (folder / "malformed.csv").write_text(
        'title,text,date\n"Truce extended","Israel and Hamas agreed to extend the truce on Monday.",2023-11-27\n'
        '"broken row with "quotes","x\nonly,two\n',
        encoding="utf-8",
    )
    (folder / "bad.jsonl").write_text('{"title": "Alliance talks", "text": "Seoul and Washington met."}\n{not json\n', encoding="utf-8")
    dangling = folder / "dangling.txt"
    if not dangling.is_symlink():
        dangling.symlink_to(folder / "does-not-exist.txt")
    (folder / "metadata.csv").write_text("file,published\ngood.txt,not-a-date\nghost.txt,2023-01-01\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def bundled_reports() -> Path:
    """Render every notebook on the bundled corpus into reports/ (as `make report` does); return the folder."""
    built = reports.build(NOTEBOOKS, paths.RAW, paths.REPORTS)
    failed = [(r.notebook, r.error) for r in built if not r.ok]
    assert not failed, f"notebooks stopped early: {failed}"
    return paths.REPORTS
