"""load_corpus: the bundled corpus, every input format, the metadata sidecar, ids, duplicates, attrs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers import storage
from helpers.config import paths
from helpers.load.corpus import COLUMNS

FIXTURES = paths.TESTS / "fixtures" / "loading"
BODY = (
    "Negotiators from Israel and Hamas resumed indirect talks in Doha on Monday, two officials said, as mediators "
    "from Qatar and Egypt pressed for a ceasefire deal that would free more hostages held in Gaza.\n\n"
    "Prime Minister Benjamin Netanyahu said on Sunday that the delegation had clear instructions, and US Secretary "
    "of State Antony Blinken will travel to the region next week, the State Department said in a statement.\n"
)
OTHER = (
    "Egyptian officials hosted a second round of talks in Cairo on Friday, where envoys discussed the release "
    "of prisoners and the entry of fuel trucks through the Rafah crossing, according to state media.\n\n"
    "A senior diplomat said that the sides remained far apart on the length of any pause in the fighting, "
    "but that a written proposal would be exchanged before the end of the week.\n"
)


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    return helpers.load_corpus(paths.RAW)


def test_bundled_corpus_has_eight_articles_with_metadata_dates(bundled: pd.DataFrame) -> None:
    assert list(bundled.columns[: len(COLUMNS)]) == COLUMNS
    assert len(bundled) == 8 and bundled["doc_id"].is_unique
    assert (bundled["source_file"] == "000_8f75919b000310d5.txt").sum() == 4
    assert bundled["doc_id"].tolist()[:5] == [f"000_8f75919b000310d5-{n}" for n in range(1, 5)] + ["001_ac21ed3f2fa6be03"]
    assert (bundled["published_source"] == "metadata").all() and bundled["published"].notna().all()
    assert bundled.loc[bundled.doc_id == "003_41923d0410d12d71", "published"].item() == pd.Timestamp("2018-09-11")
    assert bundled["wire"].tolist()[:4] == ["Reuters", "Yonhap", "AP", "The Korea Herald"]
    assert bundled.attrs["problems"].empty
    assert {"doc_id", "file", "line", "reason"} == set(bundled.attrs["removed"].columns)
    assert str(bundled["published"].dtype) == "datetime64[ns]" and bundled["text"].str.len().gt(500).all()


def test_bundled_corpus_is_stable_across_runs(bundled: pd.DataFrame) -> None:
    again = helpers.load_corpus(str(paths.RAW.relative_to(paths.ROOT)))
    pd.testing.assert_frame_equal(bundled, again)
    pd.testing.assert_frame_equal(bundled.attrs["removed"], again.attrs["removed"])


def test_without_sidecar_dates_come_from_the_text(tmp_path: Path) -> None:
    for f in paths.RAW.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    df = helpers.load_corpus(tmp_path)
    row = df.set_index("doc_id").loc["003_41923d0410d12d71"]
    assert row["published"] == pd.Timestamp("2018-09-11") and row["published_source"] == "text"
    assert "metadata" not in set(df["published_source"])
    assert helpers.load_corpus(paths.RAW, metadata=False)["published_source"].tolist() == df["published_source"].tolist()


def test_every_table_format(tmp_path: Path) -> None:
    df = helpers.load_corpus(FIXTURES)
    by = df.set_index("doc_id")
    assert set(df["format"]) == {"csv", "tsv", "json", "jsonl", "html"}
    assert by.loc["mediacloud-1", "outlet"] == "Example Tribune"
    assert by.loc["mediacloud-1", "published"] == pd.Timestamp("2023-11-29 14:05:00")
    assert by.loc["mediacloud-1", "text"].count("\n\n") == 1 and "   " not in by.loc["mediacloud-1", "text"]
    assert by.loc["gdelt_artlist-1", "published"] == pd.Timestamp("2025-07-11 06:30:00")
    assert by.loc["gdelt_artlist-1", "text"] == by.loc["gdelt_artlist-1", "title"] == "Seoul and Washington open alliance talks"
    assert by.loc["gdelt_artlist-2", "outlet"] == "news.example.net"
    assert by.loc["newsapi-1", "outlet"] == "Example Post" and not by.loc["newsapi-1", "text"].endswith("chars]")
    assert by.loc["newsapi-2", "text"] == "Negotiators resumed talks."
    assert by.loc["newsplease-1", "outlet"] == "www.example-news.com"
    assert by.loc["newsplease-2", "text"] == "Only a headline here"
    assert by.loc["export-1", "title"] == "Truce extended by two days" and by.loc["export-1", "outlet"] == "Example Wire"
    assert by.loc["article", "title"] == "Alliance talks open in Seoul" and by.loc["article", "format"] == "html"
    assert by.loc["article", "published_source"] == "text"
    assert (df.loc[df.format != "html", "published_source"].isin(["metadata", "unknown"])).all()
    pq = tmp_path / "export.parquet"
    pd.DataFrame({"headline": ["A headline"], "body": ["A body of text."], "seendate": ["20231129T120000Z"]}).to_parquet(pq)
    one = helpers.load_corpus(pq)
    assert one[["doc_id", "source_file", "format", "text"]].values.tolist() == [["export-1", "export.parquet", "parquet", "A body of text."]]
    assert one["published"].item() == pd.Timestamp("2023-11-29 12:00:00")


def test_explicit_column_mapping(tmp_path: Path) -> None:
    (tmp_path / "odd.csv").write_text("story,when,who\nTalks resumed in Doha.,2023-11-10,Example FM\n", encoding="utf-8")
    assert helpers.load_corpus(tmp_path).empty
    df = helpers.load_corpus(tmp_path, columns={"text": "story", "published": "when", "outlet": "who"})
    assert df[["text", "outlet"]].values.tolist() == [["Talks resumed in Doha.", "Example FM"]]
    wrong = helpers.load_corpus(tmp_path, columns={"text": "stroy"})
    assert wrong.empty and "columns= names 'stroy'" in wrong.attrs["problems"]["problem"][0]


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "article.html", tmp_path / "page.txt")
    df = helpers.load_corpus(tmp_path)
    assert df[["format", "title"]].values.tolist() == [["html", "Alliance talks open in Seoul"]]
    assert df.attrs["problems"].values.tolist() == [["page.txt", "HTML page saved as .txt", "read as HTML"]]


def test_single_file_and_missing_path(tmp_path: Path) -> None:
    df = helpers.load_corpus(paths.RAW / "004_1f3c182f131c2ae8.txt")
    assert df["source_file"].tolist() == ["004_1f3c182f131c2ae8.txt"] and df["published_source"].item() == "metadata"
    assert df.attrs["problems"].empty, "sidecar rows of other files are not problems for a single file"
    with pytest.raises(FileNotFoundError, match="corpus not found"):
        helpers.load_corpus(tmp_path / "nope")


def test_ids_unique_across_folders_and_extensions(tmp_path: Path) -> None:
    for rel in ["a/story.txt", "b/story.txt", "b/story.html", "story.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"Title {rel}\n\n{BODY.replace('Monday', rel)}", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "README.md").write_text("about", encoding="utf-8")
    df = helpers.load_corpus(tmp_path, drop_duplicates=False)
    assert df["source_file"].tolist() == ["a/story.txt", "b/story.html", "b/story.txt", "story.txt"]
    assert df["doc_id"].tolist() == ["a__story", "b__story_html", "b__story_txt", "story"]


def test_duplicates_are_dropped_and_listed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks resume in Doha\n\n" + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Home | World | Sport\n\nTalks resume in Doha\n\n" + BODY + "\nShare this article\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Another story\n\n" + BODY.replace("Doha", "Cairo").replace("Monday", "Friday")[:200] +
                                    " A different ending about a separate meeting of envoys in Cairo on Friday evening.\n", encoding="utf-8")
    df = helpers.load_corpus(tmp_path)
    assert df["doc_id"].tolist() == ["a", "c"]
    probs = df.attrs["problems"]
    assert probs.values.tolist() == [["b.txt", "same story as a (b)", "dropped duplicate of a"]]
    kept = helpers.load_corpus(tmp_path, drop_duplicates=False)
    assert kept["duplicate_of"].tolist()[1] == "a" and kept["duplicate_of"].isna().sum() == 2


def test_metadata_sidecar_rules(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Talks resume in Doha\n\n" + BODY, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Truce talks in Cairo\n\n" + OTHER, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,article,outlet,wire,published,extra\n"
        "a.txt,,Example FM,Reuters,2023-11-10,x\n"
        "a.txt,5,,,2023-11-11,\n"
        "ghost.txt,,X,,2023-01-01,\n"
        "b.txt,,Cairo Daily,,31/31/2023,\n"
        "a.txt,zero,,,,\n", encoding="utf-8")
    df = helpers.load_corpus(tmp_path)
    by = df.set_index("doc_id")
    assert by.loc["a", ["outlet", "wire", "published_source"]].tolist() == ["Example FM", "Reuters", "metadata"]
    assert by.loc["a", "published"] == pd.Timestamp("2023-11-10")
    assert by.loc["sub__b", "outlet"] == "Cairo Daily", "a unique file name matches a file in a sub-folder"
    assert by.loc["sub__b", "published_source"] != "metadata"
    problems = " / ".join(df.attrs["problems"]["problem"])
    for part in ["unknown column(s) extra", "ghost.txt", "'31/31/2023' is not a date", "'zero' is not a positive number",
                 "metadata names article 5"]:
        assert part in problems
    (tmp_path / "sub" / "metadata.csv").write_text("file,outlet\nb.txt,Sub Daily\n", encoding="utf-8")
    assert helpers.load_corpus(tmp_path).set_index("doc_id").loc["sub__b", "outlet"] == "Cairo Daily", "the top sidecar wins"
    (tmp_path / "metadata.csv").unlink()
    assert helpers.load_corpus(tmp_path).set_index("doc_id").loc["sub__b", "outlet"] == "Sub Daily"
    frame = pd.DataFrame({"file": ["a.txt"], "published": ["2020-01-02"]})
    assert helpers.load_corpus(tmp_path, metadata=frame).set_index("doc_id").loc["a", "published"] == pd.Timestamp("2020-01-02")
    assert helpers.load_corpus(tmp_path, metadata=False).set_index("doc_id").loc["a", "published_source"] != "metadata"


def test_sidecar_article_rows_and_retrieved(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("Talks resume in Doha\n\n6 days ago\n\n" + BODY, encoding="utf-8")
    (tmp_path / "meta.csv").write_text("file,retrieved\np.txt,2023-11-16\n", encoding="utf-8")
    df = helpers.load_corpus(tmp_path / "p.txt", metadata=tmp_path / "meta.csv")
    assert df["published_source"].item() == "relative"
    assert df["published"].item() == pd.Timestamp("2023-11-10")
    with pytest.raises(FileNotFoundError):
        helpers.load_corpus(tmp_path, metadata=tmp_path / "none.csv")


def test_empty_folder_gives_typed_empty_table(tmp_path: Path) -> None:
    df = helpers.load_corpus(tmp_path)
    assert df.empty and list(df.columns) == COLUMNS and str(df["published"].dtype) == "datetime64[ns]"
    assert df.attrs["problems"]["problem"].str.contains("no article files").any()
    assert list(df.attrs["removed"].columns) == ["doc_id", "file", "line", "reason"]


def test_attrs_survive_copies_and_do_not_break_concat_or_merge(bundled: pd.DataFrame) -> None:
    copy = bundled.copy()
    assert len(pd.concat([bundled, copy])) == 16
    assert len(copy.merge(bundled[["doc_id"]], on="doc_id")) == 8
    assert copy.attrs["problems"] is bundled.attrs["problems"]
    assert isinstance(bundled.attrs["problems"].sort_values("file"), pd.DataFrame)


def test_tables_write_with_io(bundled: pd.DataFrame, tmp_path: Path) -> None:
    written = storage.write_table(bundled, tmp_path, "articles")
    back = pd.read_parquet(written["parquet"])
    assert back["doc_id"].tolist() == bundled["doc_id"].tolist()


def test_views_on_bundled_and_empty(bundled: pd.DataFrame, tmp_path: Path) -> None:
    from helpers.views import corpus as views
    from helpers.views import write_tables

    files = views.summarise_files(paths.RAW)
    assert files["file"].tolist() == sorted(p.name for p in paths.RAW.glob("*.txt")) and (files["text"] == "yes").all()
    counts = views.removed_by_reason(bundled.attrs["removed"])
    assert counts["lines"].sum() == len(bundled.attrs["removed"]) and counts["lines"].is_monotonic_decreasing
    page = views.busiest_page(bundled, bundled.attrs["removed"])
    table = views.before_after(paths.RAW, bundled, bundled.attrs["removed"], page, 25)
    assert len(table) == 25 and table["after cleaning"].str.startswith(("kept", "title", "removed")).all()
    assert table["after cleaning"].str.startswith("kept").any() and table["after cleaning"].str.startswith("removed").any()
    assert list(views.article_overview(bundled).columns) == ["doc_id", "title", "outlet", "wire", "published", "published_source", "n_words"]
    empty = helpers.load_corpus(tmp_path)
    assert views.removed_by_reason(empty.attrs["removed"]).empty
    assert views.busiest_page(empty, empty.attrs["removed"]) is None
    assert views.before_after(tmp_path, empty, empty.attrs["removed"], None).empty
    assert views.corpus_sentence(empty, empty.attrs["problems"]).startswith("No article could be loaded")
    out = write_tables({"articles": empty, "problems": empty.attrs["problems"]}, tmp_path / "out")
    assert out["rows"].tolist() == [0, 1] and (tmp_path / "out" / "articles.parquet").exists()


def test_find_copies_rules() -> None:
    from helpers.load.duplicates import find_copies

    long_a = " ".join(f"word{i}" for i in range(200))
    near = long_a.replace("word150", "changed") + " Share this story"
    other = " ".join(f"term{i}" for i in range(200))
    assert find_copies([long_a, other, near, "Short text", "short  TEXT!", ""]) == [None, None, 0, None, 3, None]
    assert find_copies([long_a[:400], long_a]) == [None, 0], "a body contained in a longer one is a copy"
    assert find_copies([long_a, near], min_containment=0.999) == [None, None]


def test_cached_load_equals_a_fresh_load_and_sees_every_edit(tmp_path: Path) -> None:
    from helpers.load import cache, corpus

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Talks resume\n\n{BODY}", encoding="utf-8")
    first = helpers.load_corpus(folder, cache=tmp_path / "c")
    again = helpers.load_corpus(folder, cache=tmp_path / "c")
    fresh = corpus.load_corpus(folder)
    pd.testing.assert_frame_equal(again, fresh)
    pd.testing.assert_frame_equal(pd.DataFrame(again.attrs["removed"]), pd.DataFrame(fresh.attrs["removed"]))
    assert len(list((tmp_path / "c").rglob("articles.parquet"))) == 1, "the second load read the cache"
    (folder / "a.txt").write_text(f"Talks resume\n\n{BODY.replace('Doha', 'Cairo')}", encoding="utf-8")
    edited = helpers.load_corpus(folder, cache=tmp_path / "c")
    assert "Cairo" in edited["text"].iloc[0] and "Cairo" not in first["text"].iloc[0]
    assert len(list((tmp_path / "c").rglob("articles.parquet"))) == 2
    assert cache.corpus_key(folder, None, {}) != cache.corpus_key(folder, False, {})


def test_a_broken_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Talks resume\n\n{BODY}", encoding="utf-8")
    helpers.load_corpus(folder, cache=tmp_path / "c")
    for entry in (tmp_path / "c").rglob("articles.parquet"):
        entry.write_bytes(b"not parquet")
    assert len(helpers.load_corpus(folder, cache=tmp_path / "c")) == 1
