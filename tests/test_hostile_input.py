"""Bad input never stops the corpus: each bad file gets a problems row, good files are kept, no byte is written."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import helpers
from conftest import GOOD_ARTICLE, write_hostile_corpus
from helpers.load.corpus import COLUMNS, FORMATS


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """(sha256, mtime_ns) of every regular file under `folder`."""
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    folder = write_hostile_corpus(tmp_path_factory.mktemp("hostile"))
    before = snapshot(folder)
    df = helpers.load_corpus(folder)
    assert snapshot(folder) == before, "an input file was modified"
    return df


def problem_of(df, name: str) -> str:
    probs = df.attrs["problems"]
    return " / ".join(probs.loc[probs["file"] == name, "problem"] + " -> " + probs.loc[probs["file"] == name, "action"])


@pytest.mark.parametrize("name,expected", [
    ("empty.txt", "empty"), ("blank.txt", "whitespace-only"), ("binary.txt", "binary"), ("image.txt", "PNG image"),
    ("cp1252.txt", "decoded as cp1252"), ("utf16.txt", "UTF-16"), ("nul.txt", "NUL byte"), ("nul.txt", "CRLF"),
    ("dangling.txt", "dangling symbolic link"), ("malformed.csv", "malformed row"), ("bad.jsonl", "not a JSON object"),
    ("metadata.csv", "not-a-date"), ("metadata.csv", "ghost.txt"), ("huge.txt", "over the limit of 5,000,000 bytes"), ("huge.txt", "longer than 100,000 characters"),
])
def test_each_bad_input_has_a_problem_row(hostile, name: str, expected: str) -> None:
    assert expected in problem_of(hostile, name)


def test_a_one_word_file_is_kept_as_it_is(hostile) -> None:
    assert hostile.set_index("doc_id").loc["oneword", "text"] == "Ceasefire"  # clean text is never thrown away


def test_good_files_are_all_kept(hostile) -> None:
    kept = set(hostile["source_file"])
    assert {"good.txt", "xss.txt", "cp1252.txt", "utf16.txt", "nul.txt", "nodate.txt", "broken.html"} <= kept
    assert {"malformed.csv", "bad.jsonl"} <= kept, "the good rows of a malformed table are kept"
    assert list(hostile.columns) == COLUMNS and hostile["doc_id"].is_unique
    by = hostile.set_index("source_file")
    assert "Caf\u00e9" in by.loc["cp1252.txt", "text"] and "\x00" not in by.loc["nul.txt", "text"]
    assert "\r" not in "".join(hostile["text"])
    assert by.loc["good.txt", "published_source"] == "unknown", "the bad date in metadata.csv is ignored"


def test_latin1_and_bom_files(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(("R\u00e9union \u00e0 S\u00e9oul\n\n" + GOOD_ARTICLE).encode("latin-1"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD_ARTICLE.replace("Doha", "Cairo").encode("utf-8"))
    df = helpers.load_corpus(tmp_path, drop_duplicates=False)
    assert len(df) == 2 and not df["text"].str.contains("\ufeff").any()
    assert "byte-order mark" in problem_of(df, "bom.txt") and "not valid UTF-8" in problem_of(df, "latin.txt")


def test_a_ten_megabyte_line_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text("Talks went on. " * 700_000, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    start = time.perf_counter()
    df = helpers.load_corpus(tmp_path)
    assert time.perf_counter() - start < 60
    assert "good.txt" in set(df["source_file"])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        df = helpers.load_corpus(tmp_path)
    finally:
        locked.chmod(0o644)
    assert "unreadable" in problem_of(df, "locked.txt") and len(df) == 1


def test_unreadable_file_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers.load import files as loading  # read_bytes lives there

    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(GOOD_ARTICLE.replace("Doha", "Cairo"), encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    real_open = open

    def fake_open(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(loading, "open", fake_open, raising=False)
    df = helpers.load_corpus(tmp_path)
    assert df["source_file"].tolist() == ["good.txt"]
    assert problem_of(df, "locked.txt") == "unreadable file (Permission denied) -> skipped"


@pytest.mark.parametrize("sidecar", [
    b"\x89PNG\r\n\x1a\n" + bytes(64), b"", b"name,date\nx,y\n", b'file,published\n"good.txt,2023\n',
    b"file;published\ngood.txt;2023-11-10\n", "file,published\ngood.txt,10 novembre 2023\n".encode("utf-16"),
])
def test_malformed_metadata_never_stops_the_corpus(tmp_path: Path, sidecar: bytes) -> None:
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_bytes(sidecar)
    df = helpers.load_corpus(tmp_path)
    assert df["source_file"].tolist() == ["good.txt"]


def test_unsupported_and_odd_files(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "notes").write_text("x", encoding="utf-8")
    (tmp_path / "binary.parquet").write_bytes(b"not parquet")
    (tmp_path / "page.html").write_bytes(b"\xff\xd8\xff\xe0" + bytes(50))
    df = helpers.load_corpus(tmp_path)
    assert df["source_file"].tolist() == ["good.txt"]
    for name in ["scan.pdf", "notes", "binary.parquet", "page.html"]:
        assert problem_of(df, name)


TEXTY = st.text(alphabet=st.sampled_from(list('abc ,;\t\n\r"{}[]:<>/=-0123456789\x00\u00e9\ufeff')), max_size=600)


@pytest.mark.parametrize("ext", sorted(FORMATS))
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=3000), st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      TEXTY.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_loader_never_raises_on_arbitrary_bytes(tmp_path_factory: pytest.TempPathFactory, ext: str, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    target = folder / f"input{ext}"
    target.write_bytes(data)
    (folder / "metadata.csv").write_bytes(data[:200])
    df = helpers.load_corpus(folder)
    assert list(df.columns) == COLUMNS
    assert target.read_bytes() == data
    assert set(df.attrs["problems"].columns) == {"file", "problem", "action"}
    df1 = helpers.load_corpus(target, metadata=False)
    assert list(df1.columns) == COLUMNS
