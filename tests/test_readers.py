"""Readers: decoding bytes, HTML through trafilatura, delimited and JSON exports, dates and columns."""

from __future__ import annotations

import codecs

import pandas as pd
import pytest

from helpers.load import readers
from helpers.load import tabular as tables

TEXT = "Caf\u00e9 talks \u2013 \u201cno deal\u201d yet, said the envoy.\n"


def test_utf8_plain() -> None:
    d = readers.decode_bytes(TEXT.encode("utf-8"))
    assert d.text == TEXT and d.notes == []


@pytest.mark.parametrize("bom,enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                     (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_byte_order_marks_are_removed(bom: bytes, enc: str) -> None:
    d = readers.decode_bytes(bom + TEXT.encode(enc))
    assert d.text == TEXT and "byte-order mark" in d.notes[0][0]


def test_utf16_without_bom() -> None:
    d = readers.decode_bytes(TEXT.encode("utf-16-le"))
    assert d.text == TEXT and "UTF-16" in d.notes[0][0]


def test_cp1252_and_latin1() -> None:
    d = readers.decode_bytes(TEXT.encode("cp1252"))
    assert d.text == TEXT and d.notes == [("not valid UTF-8", "decoded as cp1252")]
    latin = "S\u00e9oul: r\u00e9union des alli\u00e9s \u00e0 l'\u00e9t\u00e9, a d\u00e9clar\u00e9 le minist\u00e8re.\n"
    assert readers.decode_bytes(latin.encode("latin-1")).text == latin


def test_nul_bytes_and_crlf_are_repaired() -> None:
    d = readers.decode_bytes(b"Kim Jong Un\x00 met Moon Jae-in.\r\nThen he left.\r\n")
    assert d.text == "Kim Jong Un met Moon Jae-in.\nThen he left.\n"
    assert [p for p, _ in d.notes] == ["1 NUL byte(s)", "CRLF line endings"]


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100),
                                  bytes(range(256)) * 8, b"%PDF-1.7\n%\xe2\xe3"])
def test_unusable_bytes_give_no_text(data: bytes) -> None:
    d = readers.decode_bytes(data)
    assert d.text is None and d.notes[0][1] == "skipped"


def test_html_article_through_trafilatura() -> None:
    page = (readers_fixture("article.html")).decode("utf-8")
    got = readers.read_html(page)
    assert got["title"] == "Alliance talks open in Seoul"
    assert got["outlet"] == "Example Herald" and got["url"] == "https://herald.example.com/alliance-talks"
    assert got["text"].startswith("SEOUL -- South Korea") and "\n\n" in got["text"]
    assert "Advertisement" not in got["text"] and "Copyright" not in got["text"] and "Celebrity" not in got["text"]
    assert str(got["published"]).startswith("2025-07-1")


def test_broken_html_never_raises() -> None:
    readers.read_html("<html><body><p>Gaza talks <b>stall")
    assert "Gaza talks" in readers.html_fallback_text("<html><head><title>x</title><body><p>Gaza talks <b>stall")
    readers.html_fallback_text("<<<>>>\x00")


def test_delimited_skips_malformed_rows_with_line_numbers() -> None:
    frame, notes = readers.read_delimited('title,text\n"A","one"\n"B","two",extra\n"C","three"\n', ",")
    assert frame["title"].tolist() == ["A", "C"]
    assert notes and "line(s) 3" in notes[0][0]


def test_sniff_delimiter() -> None:
    assert readers.sniff_delimiter("a;b;c\n1;2;3", ",") == ";"
    assert readers.sniff_delimiter("a\tb\n", ",") == "\t"
    assert readers.sniff_delimiter("single\n", "\t") == "\t"


def test_jsonl_skips_bad_lines() -> None:
    frame, notes = readers.read_jsonl('{"title": "A"}\n{not json\n[1, 2]\n\n{"title": "B"}\n')
    assert frame["title"].tolist() == ["A", "B"] and "line(s) 2, 3" in notes[0][0]


@pytest.mark.parametrize("text,n", [('[{"title": "A"}, {"title": "B"}, 3]', 2), ('{"articles": [{"title": "A"}]}', 1),
                                    ('{"title": "A", "maintext": "x"}', 1), ("not json", 0), ('"just a string"', 0)])
def test_json_shapes(text: str, n: int) -> None:
    frame, _ = readers.read_json(text)
    assert len(frame) == n


def test_newsapi_source_object_keeps_its_name() -> None:
    frame, _ = readers.read_json('{"articles": [{"source": {"id": null, "name": "Example Post"}, "title": "T"}]}')
    assert frame.loc[0, "source"] == "Example Post"


@pytest.mark.parametrize("value,expected", [
    ("20231129T120000Z", "2023-11-29 12:00:00"), ("20231129", "2023-11-29 00:00:00"),
    ("2023-11-29T12:00:00Z", "2023-11-29 12:00:00"), ("2023-11-29T07:00:00-05:00", "2023-11-29 12:00:00"),
    ("Wed, 29 Nov 2023 12:00:00 GMT", "2023-11-29 12:00:00"), ("2023-11-29 14:05:00", "2023-11-29 14:05:00"),
    ("1701259200", "2023-11-29 12:00:00"), ("Nov 29, 2023", "2023-11-29 00:00:00"),
])
def test_parse_date(value: str, expected: str) -> None:
    assert str(tables.parse_date(value)) == expected


@pytest.mark.parametrize("value", ["not-a-date", "", None, float("nan"), "31/31/2023", "99999999", "x" * 500])
def test_parse_date_rejects(value) -> None:
    assert tables.parse_date(value) is None


def test_detect_columns_from_crosswalk_and_override() -> None:
    found = tables.detect_columns(["publishedAt", "Title", "content", "description", "source", "url"])
    assert found["published"] == ["publishedAt"] and found["title"] == ["Title"]
    assert found["text"] == ["content", "description"] and found["outlet"] == ["source"]
    assert tables.detect_columns(["story", "when"], {"text": "story", "published": "when"})["text"] == ["story"]


def test_rows_to_articles_headline_only_and_truncation_marker() -> None:
    frame = pd.DataFrame({"title": ["Only a headline", None, "T"], "content": [None, None, "Body text\u2026 [+2345 chars]"]})
    arts, problems, removed = tables.rows_to_articles(frame)
    assert [a["text"] for a in arts] == ["Only a headline", "Body text"]
    assert [a["article_in_file"] for a in arts] == [1, 3]
    assert problems == [("1 row(s) with neither title nor text", "skipped those rows")]
    assert removed[0][0] == 3 and removed[0][2] == "truncation_marker"


def test_table_without_text_or_title_column() -> None:
    arts, problems, _ = tables.rows_to_articles(pd.DataFrame({"foo": ["x"]}))
    assert arts == [] and "no text or title column" in problems[0][0]


def readers_fixture(name: str) -> bytes:
    """Bytes of a fixture file in tests/fixtures/loading."""
    from helpers.config import paths

    return (paths.TESTS / "fixtures" / "loading" / name).read_bytes()
