"""Warm the caches a report's notebooks read, once and on every core, before the notebooks run.

Each notebook of `make report` is a fresh kernel: without this step notebook 02 starts a Dask cluster
to parse every text for entities, notebook 05 starts another for the quote parse, and each kernel
loads the spaCy models on its workers again. `warm_caches` loads (cleans) the corpus, extracts its
entities and parses its quotes with the same calls the notebooks make, on one cluster, so every
result lands in the content-keyed caches; the notebooks then read them back. What a report shows
is therefore exactly what its notebooks compute on their own, only sooner.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from helpers import progress
from helpers.scale import engine
from helpers.scale.engine import environment

if TYPE_CHECKING:
    import pandas as pd


def say(message: str) -> None:
    """One line on the terminal."""
    print(message, file=sys.stderr, flush=True)


def load(corpus: Path) -> "pd.DataFrame":
    """Load and clean `corpus` through the corpus cache (what every notebook's first step then reads)."""
    from helpers.load import load_corpus

    with environment(**{progress.ENV: "terminal"}):
        say("preparing: loading and cleaning the corpus ...")
        return load_corpus(corpus)


def parse(articles: "pd.DataFrame", model: str | None = None, scheduler: str | None = None) -> dict[str, float]:
    """Extract the entity mentions and the quotes of `articles` once (caches filled); return seconds per step.

    scheduler: as for `helpers.scale.engine.connect` ('local' by default); below
    `engine.PARALLEL_MIN` texts, or on a one-core machine, everything runs in this process.
    """
    import dask

    from helpers.entities.extract import annotations, extract_entities
    from helpers.quotes.extract import unresolved

    seconds: dict[str, float] = {}
    texts = articles["text"].fillna("").astype(str)
    texts = texts[texts.str.strip().astype(bool)].tolist()
    chosen = engine.scheduler_from_env(scheduler) or engine.LOCAL
    parallel = len(texts) >= engine.PARALLEL_MIN and not (chosen == engine.LOCAL and (os.cpu_count() or 1) < 2)
    with environment(**{progress.ENV: "terminal"}), engine.connect(chosen if parallel else None) as client:
        address = {engine.ENV_SCHEDULER: client.scheduler.address} if client is not None else {}
        with environment(**address):  # every parse below reuses this one cluster and its loaded models
            t = time.perf_counter()
            say(f"preparing: entities of {len(texts):,} texts ...")
            annotations(texts, model=model)
            seconds["entities"] = time.perf_counter() - t
            t = time.perf_counter()
            say("preparing: quotes, while the names are merged ...")  # the merge is one core's work: the workers parse
            steps = [dask.delayed(extract_entities, pure=False)(articles, model=model),
                     dask.delayed(unresolved, pure=False)(texts, model=model)]
            dask.compute(*steps, scheduler="threads" if client is not None else "synchronous", num_workers=2)
            seconds["quotes"] = time.perf_counter() - t

    say("preparing: entities and quotes done in {0:.1f} s (entity parse {entities:.1f}, quotes and name merge {quotes:.1f})".format(
        sum(seconds.values()), **seconds))
    return seconds


def warm_caches(corpus: Path, model: str | None = None, scheduler: str | None = None) -> dict[str, float]:
    """Load `corpus`, extract its entity mentions and its quotes once (caches filled); return seconds per step."""
    started = time.perf_counter()
    articles = load(corpus)
    seconds = {"load": time.perf_counter() - started, **parse(articles, model, scheduler)}
    seconds["total"] = time.perf_counter() - started
    return seconds
