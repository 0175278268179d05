"""The labelled corpora written for the topic benchmarks (benchmarks/corpora) stay well-formed: the benchmark and its
figures rely on every line parsing, unique ids and the stated sections."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "benchmarks" / "corpora"
SECTIONS = {"bbcstyle": {"business", "entertainment", "politics", "sport", "tech"}, "shortnews": {"world", "sports", "business", "scitech"}}


@pytest.mark.parametrize("path", sorted(CORPORA.glob("*.jsonl")), ids=lambda p: p.name)
def test_written_corpus_is_well_formed(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    kind = path.name.split("_")[0]
    assert rows and all(set(r) == {"id", "date", "title", "section", "text"} for r in rows)
    assert len({r["id"] for r in rows}) == len(rows) and all(r["id"].startswith(kind + "-") for r in rows)
    assert set(Counter(r["section"] for r in rows)) == SECTIONS[kind]
    assert all(r["text"].strip() and r["title"].strip() for r in rows)
    if kind == "shortnews":
        assert all(r["text"].startswith(r["title"]) for r in rows)


def test_written_corpora_ids_do_not_collide_across_files() -> None:
    ids = [json.loads(line)["id"] for p in CORPORA.glob("*.jsonl") for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 3500  # 1,020 articles and 2,480 short items
