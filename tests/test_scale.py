"""The heavy stages on Dask (`helpers.scale`): the same tables as the in-process stages, at every scale."""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

import dask
import pandas as pd
import pytest

import helpers
from helpers.entities import comention_edges, entity_table
from helpers.load.clean.scrape import recurring_lines
from helpers.scale import load as scale_load
from helpers.scale import engine, load_parallel, process_corpus
from helpers.scale.load import file_partitions, page_text, recurring
from synthetic_news import write_corpus

from conftest import write_hostile_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A generated corpus of 24 stories (12 scraped pages, 12 JSONL rows) plus every kind of bad input."""
    folder = write_corpus(tmp_path_factory.mktemp("scale") / "corpus", 24, page_share=0.5, rows_per_file=5)
    write_hostile_corpus(folder / "hostile")
    page = (folder / "pages" / "page-0000003.txt").read_text(encoding="utf-8")
    (folder / "pages" / "copy-of-3.txt").write_text(page, encoding="utf-8")  # a story scraped twice
    (folder / "metadata.csv").write_text("file,outlet,published\npages/page-0000001.txt,Sidecar Times,2024-03-04\n",
                                         encoding="utf-8")
    return folder


@pytest.fixture()
def small_partitions(monkeypatch):
    """Partitions of three files, so the corpus-level passes really combine several partitions."""
    monkeypatch.setattr(scale_load, "PART_FILES", 3)


def test_recurring_lines_by_partition_equal_the_cleaners(corpus, small_partitions):
    """Candidate keys per partition, then exact counts, find the cleaner's corpus-wide recurring lines."""
    files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file())
    parts = [{f: f for f in part} for part in file_partitions(corpus, files, files)]
    assert len(parts) > 5
    texts = [t for t in (page_text(corpus, f, f) for f in files) if t is not None]
    expected = recurring_lines(texts)
    assert expected  # the generated pages share their navigation and advertisement lines
    assert recurring(corpus, parts, None, progress=False) == expected


def test_parallel_loading_equals_load_corpus(corpus, small_partitions):
    """Same article table, problems and removed lines as `load_corpus`, hostile files included."""
    expected = helpers.load_corpus(corpus)
    got = load_parallel(corpus, progress=False)
    pd.testing.assert_frame_equal(got, expected)
    for key in ("problems", "removed"):
        pd.testing.assert_frame_equal(got.attrs[key], expected.attrs[key])
    assert any("same story" in p for p in expected.attrs["problems"]["problem"])


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="corpus not found"):
        process_corpus(tmp_path / "nowhere", tmp_path / "out", progress=False)


def test_in_process_outputs_equal_the_stage_functions(corpus, tmp_path):
    """Partitioned mentions, dates and aggregates equal the in-process stages on the whole corpus."""
    out = tmp_path / "out"
    summary = process_corpus(corpus, out, cache_dir=tmp_path / "cache", partition_size=4, progress=False)
    articles = helpers.load_corpus(corpus)
    assert summary["partitions"] == -(-len(articles) // 4)
    pd.testing.assert_frame_equal(pd.read_parquet(out / "articles"), articles.assign())
    mentions = helpers.extract_entities(articles, cache_dir=tmp_path / "cache-ref")
    got = pd.read_parquet(out / "mentions")
    assert len(got) == summary["mentions"] > 100
    pd.testing.assert_frame_equal(got, mentions)
    pd.testing.assert_frame_equal(pd.read_parquet(out / "date_mentions"), helpers.date_mentions(articles))
    pd.testing.assert_frame_equal(pd.read_parquet(out / "entities.parquet"), entity_table(mentions))
    pd.testing.assert_frame_equal(pd.read_parquet(out / "comention_edges.parquet"), comention_edges(mentions))
    from helpers.views.timelines import coverage_by_week

    pd.testing.assert_frame_equal(pd.read_parquet(out / "coverage_by_week.parquet"), coverage_by_week(articles))
    weekly = pd.read_parquet(out / "mentions_by_week.parquet")
    assert weekly["mentions"].sum() == mentions.merge(articles[["doc_id", "published"]])["published"].notna().sum()


def same_files(a: Path, b: Path) -> list[str]:
    """Relative paths of files that differ (or exist on one side only) between two output folders."""
    names = sorted({p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
                   | {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()})
    return [n for n in names if not ((a / n).is_file() and (b / n).is_file() and filecmp.cmp(a / n, b / n, shallow=False))]


def test_three_scales_write_byte_identical_outputs(corpus, tmp_path):
    """In-process, and a 2-worker LocalCluster (processes) reached by its address, write the same bytes."""
    pytest.importorskip("distributed")
    sync, remote = tmp_path / "sync", tmp_path / "remote"
    process_corpus(corpus, sync, cache_dir=tmp_path / "c0", partition_size=10, progress=False)
    with engine.connect("local", workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        trims = client.run(lambda: os.environ.get(engine.NO_TRIM))  # glibc's default trimming, as in one process
        assert list(trims.values()) == [os.environ.get(engine.NO_TRIM)] * 2
        assert engine.NO_TRIM in dask.config.get(engine.SPAWN_ENVIRON)  # Dask's own setting is left as it was
        profilers = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
        assert list(profilers.values()) == [False, False]  # no dashboard, so no profiler taking the GIL from the parse
        assert dask.config.get("distributed.worker.profile.enabled")  # this process's config is left as it was
        os.environ[engine.ENV_SCHEDULER] = client.scheduler.address  # the way a cluster job is pointed at it
        try:
            summary = process_corpus(corpus, remote, cache_dir=tmp_path / "c1", partition_size=10, progress=False)
        finally:
            del os.environ[engine.ENV_SCHEDULER]
    assert len(summary["worker_peak_mb"]) == 2  # both workers parsed
    assert len(list((remote / "mentions").glob("part-*.parquet"))) >= 4
    assert same_files(sync, remote) == []


def test_rerun_with_fewer_partitions_leaves_no_stale_parts(corpus, tmp_path):
    out = tmp_path / "out"
    process_corpus(corpus, out, cache_dir=tmp_path / "cache", partition_size=20, progress=False)
    process_corpus(corpus, out, cache_dir=tmp_path / "cache", partition_size=100, progress=False)
    for name in ("articles", "docs", "mentions_raw", "mentions", "date_mentions"):
        assert len(list((out / name).glob("part-*.parquet"))) == 1


TEXTS = ["Joe Biden called Emir Tamim in Doha.", "Kim Jong Un met Donald Trump in Hanoi, officials said.",
         "Hamas freed two hostages, the Red Cross said.", "No names here.", "Seoul and Washington met in Geneva.",
         "\"We will not stop,\" Benjamin Netanyahu said on Sunday."]


def test_map_parts_below_the_threshold_never_contacts_the_scheduler():
    from helpers.entities.extract import annotate_with

    got = engine.map_parts(annotate_with, TEXTS, None, scheduler="tcp://127.0.0.1:9", min_items=100)
    assert got == annotate_with(TEXTS, None)


@pytest.mark.slow
def test_report_parses_on_a_local_cluster_give_the_in_process_results():
    from helpers.entities.extract import annotate_with
    from helpers.quotes.extract import parse_with

    for fn in (annotate_with, parse_with):
        on_cluster = engine.map_parts(fn, TEXTS, None, scheduler="local", min_items=1, part_size=2)
        assert on_cluster == fn(TEXTS, None)


@pytest.mark.slow
def test_a_cluster_that_closes_too_slowly_keeps_the_gathered_results(monkeypatch, capsys):
    """A starved machine once timed out while the workers shut down, after 26 minutes of parsing were done."""
    import distributed

    opened = distributed.LocalCluster.close

    def slow_close(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        raise TimeoutError()

    monkeypatch.setattr(distributed.LocalCluster, "close", slow_close)
    got = engine.map_parts(sorted, list(range(12)), scheduler="local", min_items=1, part_size=3)
    assert got == list(range(12))
    assert "did not close cleanly (TimeoutError)" in capsys.readouterr().err


def test_map_parts_inside_a_worker_runs_in_that_worker(monkeypatch):
    from helpers.entities.extract import annotate_with

    monkeypatch.setattr(engine, "worker_id", lambda: "tcp://10.0.0.7:4000")
    got = engine.map_parts(annotate_with, TEXTS, None, scheduler="tcp://127.0.0.1:9", min_items=1)
    assert got == annotate_with(TEXTS, None)


def test_memory_light_rows_read_like_to_dict_records():
    """`rows.records` and `rows.compact` (the name merge's tables at scale) give the values pandas gives."""
    import numpy as np

    from helpers.entities import rows

    frame = pd.DataFrame({"doc_id": ["a-1", "a-1", "b-2", None], "start_char": [0, 5, 9, 12],
                          "shouted": [True, False, False, True], "text": ["Joe Biden", "Doha", "Joe Biden", "Doha"]})
    expected = frame.to_dict("records")
    got = rows.records(frame)
    for row, want in zip(got, expected):
        for key, value in want.items():
            assert row[key] == value or (pd.isna(value) and pd.isna(row[key]))
            assert type(row[key]) is type(value)
        assert row.get("after", "") == "" and row.get("text") == want["text"]
    assert got[0]["text"] is got[2]["text"]  # one object per distinct string
    shared = rows.compact(frame, ["doc_id", "text", "not_there"])
    assert shared["text"].dtype == object and shared["text"].tolist() == frame["text"].tolist()
    assert np.array_equal(shared["doc_id"].isna(), frame["doc_id"].isna())


def test_merged_names_per_part_equal_canonicalise_on_all_parts(tmp_path):
    """The name merge over parts (one of them empty) gives each part the rows `canonicalise` keeps, with local positions."""
    from helpers.entities import names
    from helpers.scale import pipeline

    raw = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d2", "d2", "d3"], "start_char": [0, 20, 40, 0, 30, 0],
                        "end_char": [9, 26, 45, 16, 36, 5], "text": ["Joe Biden", "Biden", "Doha", "Benjamin Netanyahu", "Biden", "Hamas"],
                        "spacy_label": ["PERSON", "PERSON", "GPE", "PERSON", "PERSON", "ORG"], "sentence": [0, 0, 1, 0, 1, 0],
                        "sentence_text": ["s"] * 6, "before": ["", "said ", "in ", "", "and ", ""], "after": [" met", " said", ".", " said", ".", " said"]})
    cuts = [(0, 3), (3, 3), (3, 6)]
    paths = [pipeline.write_part(raw.iloc[a:b].reset_index(drop=True), pipeline.part_path(tmp_path, i)) for i, (a, b) in enumerate(cuts)]
    whole = names.canonicalise(raw)
    got = pipeline.merged_names(paths)
    assert [len(g) for g in got] == [3, 0, 3]
    for (a, b), part in zip(cuts, got):
        want = whole.loc[(whole.index >= a) & (whole.index < b), ["canonical", "label"]]
        assert part.index.tolist() == [i - a for i in want.index]
        assert part["canonical"].tolist() == want["canonical"].tolist() and part["label"].tolist() == want["label"].tolist()
