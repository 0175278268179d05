"""Helpers for studying news coverage of conflict and diplomacy, one subpackage per stage.

    load      read and clean a corpus folder (scrapes, HTML, CSV/JSON/Parquet exports)
    entities  people, organisations and places, with names merged
    quotes    who gets to speak: quotes with their speaker resolved to a named actor
    topics    reproducible topic clusters
    dates     date expressions resolved against the publication date
    views     the figures and tables each notebook shows (one module per notebook)
    report    execute the notebooks and render HTML reports
    scale     the heavy stages on Dask, by partition: in-process, on every core or on a cluster
    config    paths and tuning defaults; text: shared text primitives; storage: atomic writes
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from helpers import lazy
from helpers.config import paths
from helpers.dates import date_mentions, resolve_dates
from helpers.load import clean_scrape, load_corpus, recurring_lines

if TYPE_CHECKING:
    from helpers.entities import entity_table, extract_entities, top_entities
    from helpers.quotes import extract_quotes
    from helpers.scale import process_corpus
    from helpers.topics import cluster_topics, paragraphs, topic_shares
    from helpers.views import plot_actors, plot_coverage, plot_event_timeline

# Stages whose libraries are slow to import load on first use. Measured on the 2-core dev machine:
# importing everything eagerly took 5.2 s (scikit-learn 3.3 s, spaCy 1.7 s, matplotlib 0.9 s)
# against about 1.5 s for loading alone, which a Dask worker or a loading-only notebook pays.
_LAZY: dict[str, str] = {
    "entity_table": "helpers.entities",
    "extract_entities": "helpers.entities",
    "extract_quotes": "helpers.quotes",
    "top_entities": "helpers.entities",
    "cluster_topics": "helpers.topics",
    "paragraphs": "helpers.topics",
    "topic_shares": "helpers.topics",
    "plot_actors": "helpers.views",
    "plot_coverage": "helpers.views",
    "plot_event_timeline": "helpers.views",
    "process_corpus": "helpers.scale",
}

__version__ = "0.2.0"

__all__ = [
    "clean_scrape",
    "cluster_topics",
    "date_mentions",
    "entity_table",
    "extract_entities",
    "extract_quotes",
    "load_corpus",
    "paragraphs",
    "paths",
    "plot_actors",
    "plot_coverage",
    "plot_event_timeline",
    "process_corpus",
    "recurring_lines",
    "resolve_dates",
    "top_entities",
    "topic_shares",
]


__getattr__, __dir__ = lazy.attach(__name__, _LAZY, globals())
