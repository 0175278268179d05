"""`make report` prepares a corpus once (`helpers.report.prepare.warm_caches`): the notebooks then parse nothing."""

from __future__ import annotations

import json
import os
import time

import pandas as pd
import pytest

from conftest import NOTEBOOKS

from helpers.config import paths
from helpers.entities import extract
from helpers.load import load_corpus
from helpers.quotes import extract as quote_extract
from helpers.report import render
from helpers.report.prepare import environment, warm_caches

STORIES = [
    "Foreign Minister Lena Fischer said on Monday that the talks in Lisbon would resume. \"We are close,\" she told reporters.",
    "Amara Okafor, the envoy of the African Union, met officials in Nairobi, her office said in a statement.",
    "Negotiators from Qatar and Egypt pressed for a deal, according to two diplomats briefed on the talks.",
]


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    """A three-article JSONL corpus, with the package caches moved into the test's folder."""
    monkeypatch.setattr(paths, "CACHE", tmp_path / "cache")
    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = [{"title": f"Story {i}", "text": text} for i, text in enumerate(STORIES)]
    (folder / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def test_after_warming_the_notebooks_calls_parse_nothing(corpus, monkeypatch):
    seconds = warm_caches(corpus)
    assert set(seconds) == {"load", "entities", "quotes", "total"}

    def no_parse(*_):
        raise AssertionError("parsed again")

    monkeypatch.setattr(extract, "parse", no_parse)
    monkeypatch.setattr(quote_extract, "parse_all", no_parse)
    articles = load_corpus(corpus)
    mentions = extract.extract_entities(articles)
    assert mentions.attrs["n_parsed"] == 0 and "Lena Fischer" in set(mentions["canonical"])
    quotes = quote_extract.extract_quotes(articles, mentions=mentions)
    assert len(quotes) >= 2


def test_environment_is_restored(monkeypatch):
    monkeypatch.setenv("HELPERS_TEST_A", "before")
    monkeypatch.delenv("HELPERS_TEST_B", raising=False)
    with environment(HELPERS_TEST_A="during", HELPERS_TEST_B="set"):
        assert os.environ["HELPERS_TEST_A"] == "during"
    assert os.environ["HELPERS_TEST_A"] == "before" and "HELPERS_TEST_B" not in os.environ


def test_notebooks_that_parse_wait_for_the_parse_and_reports_keep_reading_order(tmp_path, monkeypatch):
    events: list[str] = []

    def parse(articles):
        events.append("parse")
        time.sleep(0.3)

    def fake_build(path, out_dir, params, **_):
        events.append(path.stem)
        return render.Report(path.name, f"{path.stem}.html", "T", "s", ok=True)

    monkeypatch.setattr(render.prepare, "parse", parse)
    monkeypatch.setattr(render, "build_one", fake_build)
    monkeypatch.setenv(render.ENV_LANES, "2")
    done = render.run_all(NOTEBOOKS, tmp_path, tmp_path, {}, tmp_path, False, articles=pd.DataFrame({"text": ["x"]}))
    assert [r.notebook for r in done] == [p.name for p in NOTEBOOKS]
    waiting = [p.stem for p in NOTEBOOKS if render.parses(p)]
    assert waiting and len(waiting) < len(NOTEBOOKS), "some notebooks parse, some do not"
    assert all(events.index(stem) > events.index("parse") for stem in waiting)
    assert sorted(events) == sorted(["parse", *(p.stem for p in NOTEBOOKS)])


def test_lanes_follow_the_environment(monkeypatch):
    monkeypatch.setenv(render.ENV_LANES, "3")
    assert render.lanes(5) == 3 and render.lanes(2) == 2
    monkeypatch.setenv(render.ENV_LANES, "nonsense")
    assert render.lanes(5) in (1, 2)
