"""`process_corpus`: load, extract entities and resolve dates on a corpus of any size, partition by partition.

    helpers.process_corpus("path/to/corpus", "data/processed/partitioned")              # in this process
    helpers.process_corpus(corpus, out, scheduler="local")                           # every core
    helpers.process_corpus(corpus, out, scheduler="tcp://10.0.0.5:8786")             # a cluster

The outputs are byte-identical at the three scales; see `helpers.scale.pipeline` for the layout.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from typing import Iterator

from helpers import storage
from helpers.config import paths
from helpers.scale.aggregate import aggregate
from helpers.scale import pipeline
from helpers.scale.engine import connect, peak_rss_mb, reset_peak_rss
from helpers.scale.load import load_parallel


def worker_peaks(stats: list[dict]) -> dict[str, float]:
    """The highest peak memory (MB) each worker reported."""
    peaks: dict[str, float] = {}
    for s in stats:
        peaks[s["worker"]] = max(peaks.get(s["worker"], 0.0), s["peak_mb"])
    return dict(sorted(peaks.items()))


def process_corpus(corpus: str | os.PathLike[str], out: str | os.PathLike[str], *, scheduler: str | None = None,
                   workers: int | None = None, model: str | None = None, cache_dir: str | os.PathLike[str] | None = None,
                   partition_size: int = pipeline.PARTITION_SIZE, metadata=None, progress: bool = True) -> dict:
    """Run loading, entity extraction, date resolution and the aggregations on `corpus`; write them to `out`.

    scheduler: None ($DASK_SCHEDULER, else in-process), 'local' (a LocalCluster of `workers`
    processes, default every core) or a scheduler address 'tcp://host:port' (the workers must see
    `out` and the corpus at the same paths). Returns a summary: counts, seconds per stage, peak memory.
    """
    out = paths.resolve(out)
    out.mkdir(parents=True, exist_ok=True)
    cache = str(paths.resolve(cache_dir)) if cache_dir is not None else None
    times: dict[str, float] = {}
    peaks: dict[str, float] = {"start": peak_rss_mb()}
    with connect(scheduler, workers) as client:
        with stage("load", times, peaks):
            articles = load_parallel(corpus, client, metadata, progress=progress)
            storage.write_table(articles.attrs["problems"], out, "problems")
            storage.write_table(articles.attrs["removed"], out, "removed_lines")
            pipeline.write_parts(articles, out / "articles", partition_size)
            docs = articles.sort_values("doc_id", kind="stable")[pipeline.DOC_COLUMNS]
            pipeline.write_parts(docs, out / "docs", partition_size)
            n_articles, n_words = len(articles), int(articles["n_words"].sum())
            del articles, docs
        with stage("entities", times, peaks):
            stats = pipeline.entity_stage(out, client, model=model, cache_dir=cache, progress=progress)
        with stage("dates", times, peaks):
            stats += pipeline.date_stage(out, client, progress=progress)
        with stage("aggregate", times, peaks):
            for name, table in aggregate(out, client, progress=progress).items():
                storage.write_table(table, out, name)
    return {"articles": n_articles, "words": n_words, "partitions": len(pipeline.parts_of(out / "docs")),
            "mentions": sum(s["mentions"] for s in stats if "mentions" in s and "docs" not in s),
            "dates": sum(s.get("dates", 0) for s in stats), "seconds": times,
            "worker_peak_mb": worker_peaks(stats), "main_peak_mb": max(peaks.values()),
            "main_peak_mb_by_stage": {k: v for k, v in peaks.items() if k != "start"}, "out": str(out)}


@contextmanager
def stage(name: str, times: dict[str, float], peaks: dict[str, float]) -> Iterator[None]:
    """Record the seconds and this process's peak memory (MB) of one stage under `name`."""
    reset_peak_rss()
    t = time.perf_counter()
    yield
    times[name] = time.perf_counter() - t
    peaks[name] = peak_rss_mb()
