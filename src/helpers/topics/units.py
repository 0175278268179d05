"""What is clustered (paragraphs or whole articles) and the notebook's entry point to clustering."""

from __future__ import annotations

import dataclasses

import pandas as pd

from helpers.config.topics import TopicParams
from helpers.topics.cluster import TopicResult, cluster_topics, paragraphs

UNITS = ("paragraph", "article")


def units(articles: pd.DataFrame, unit: str = "paragraph") -> pd.DataFrame:
    """The texts to cluster: one row per paragraph (doc_id, paragraph, text) or per article (paragraph 0)."""
    if unit not in UNITS:
        raise ValueError(f"UNIT must be one of {UNITS}, got {unit!r}")
    if unit == "paragraph" or len(articles) == 0:
        return paragraphs(articles)
    return pd.DataFrame({"doc_id": articles["doc_id"], "paragraph": 0, "text": articles["text"].astype("str")})


def fit_topics(
    texts: pd.DataFrame, n_topics: int | None = None, random_state: int = 0, n_themes: int | None = None,
    params: TopicParams = TopicParams(),
) -> TopicResult:
    """Cluster the `text` column into topics and themes; a fixed count above the distinct texts falls back to automatic."""
    distinct = texts["text"].nunique()
    fit = dict(random_state=random_state, n_themes=n_themes, params=params)
    if n_topics is None or n_topics <= distinct:
        return cluster_topics(texts["text"].tolist(), n_topics=n_topics, **fit)
    result = cluster_topics(texts["text"].tolist(), n_topics=None, **fit)
    note = f"N_TOPICS={n_topics} is more than the {distinct} distinct texts, so the count was chosen automatically; "
    return dataclasses.replace(result, method=note + result.method)
