"""Corpus tables the notebooks need, summed from per-partition partial tables (never all mentions at once).

Partitions hold disjoint articles, so counts of mentions and of articles add up across them:
each task reads one part of `mentions/` and `docs/` and returns small partial tables (the stage
functions' own `entity_table` and `comention_edges` on that part); this process only adds them up.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.scale.engine import run_tasks
from helpers.scale.pipeline import parts_of

COVERAGE_COLUMNS = ["week_start", "iso_week", "outlet", "articles"]
WEEKLY_COLUMNS = ["week_start", "iso_week", "outlet", "canonical", "label", "mentions", "n_articles"]


def weeks(published: pd.Series) -> pd.DataFrame:
    """Monday of the ISO week (`week_start`) and its name (`iso_week`, '2023-W48') of each date."""
    day = pd.to_datetime(published).dt.normalize()
    iso = day.dt.isocalendar()
    return pd.DataFrame({"week_start": (day - pd.to_timedelta(day.dt.day_of_week, unit="D")).astype("datetime64[ns]"),
                         "iso_week": iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)}, index=published.index)


def dated(docs: pd.DataFrame) -> pd.DataFrame:
    """Dated articles with their week and outlet ('(unknown)' when missing)."""
    docs = docs.loc[docs["published"].notna()]
    out = weeks(docs["published"])
    out["outlet"] = docs["outlet"].fillna("(unknown)").astype(str)
    out["doc_id"] = docs["doc_id"]
    return out


def partials(mentions: str, docs: str, labels: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """Partial tables of one partition: entities, co-mention edges, articles and actor mentions per week and outlet."""
    from helpers.entities import comention_edges, entity_table

    found = pd.read_parquet(mentions, columns=["doc_id", "text", "label", "canonical", "sentence"])
    when = dated(pd.read_parquet(docs, columns=["doc_id", "published", "outlet"]))
    actors = found.loc[found["label"].isin(list(labels))].merge(when, on="doc_id", how="inner")
    weekly = actors.groupby(WEEKLY_COLUMNS[:5], sort=True).agg(mentions=("doc_id", "size"), n_articles=("doc_id", "nunique"))
    coverage = when.groupby(COVERAGE_COLUMNS[:3], sort=True).size().rename("articles")
    return {"entities": entity_table(found), "comention_edges": comention_edges(found, labels),
            "coverage_by_week": coverage.reset_index(), "mentions_by_week": weekly.reset_index()}


def combine_entities(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """`entity_table` of the whole corpus from its per-partition tables."""
    cols = ["canonical", "label", "n_mentions", "n_articles", "variants"]
    df = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else None
    if df is None:
        return pd.DataFrame(columns=cols)
    grouped = df.groupby(["canonical", "label"], sort=True)
    table = grouped.agg(n_mentions=("n_mentions", "sum"), n_articles=("n_articles", "sum"),
                        variants=("variants", lambda s: sorted({v for vs in s for v in vs})))
    table = table.reset_index().sort_values(["n_mentions", "canonical"], ascending=[False, True], kind="stable")
    return table[cols].reset_index(drop=True)


def combine_sums(parts: list[pd.DataFrame], keys: list[str], sums: list[str], order: list[str],
                 ascending: list[bool] | bool = True) -> pd.DataFrame:
    """Add up the `sums` columns of partial tables by `keys`, sorted by `order`."""
    df = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else None
    if df is None:
        return pd.DataFrame(columns=keys + sums)
    out = df.groupby(keys, sort=True)[sums].sum().reset_index()
    return out.sort_values(order, ascending=ascending, kind="stable").reset_index(drop=True)[keys + sums]


def aggregate(out: str | Path, client=None, labels: tuple[str, ...] | None = None, progress: bool = True) -> dict[str, pd.DataFrame]:
    """Entities, co-mention edges, articles and actor mentions per week and outlet, from the parts in `out`."""
    from helpers.entities import ACTOR_LABELS

    out = Path(out)
    labels = tuple(labels or ACTOR_LABELS)
    args = [(str(m), str(d), labels) for m, d in zip(parts_of(out / "mentions"), parts_of(out / "docs"))]
    found = run_tasks(partials, args, client, desc="aggregating", progress=progress)
    pick = lambda name: [f[name] for f in found]  # noqa: E731
    return {
        "entities": combine_entities(pick("entities")),
        "comention_edges": combine_sums(pick("comention_edges"), ["source", "target"], ["weight", "n_articles"],
                                        ["weight", "source", "target"], [False, True, True]),
        "coverage_by_week": combine_sums(pick("coverage_by_week"), COVERAGE_COLUMNS[:3], ["articles"], ["week_start", "outlet"]),
        "mentions_by_week": combine_sums(pick("mentions_by_week"), WEEKLY_COLUMNS[:5], ["mentions", "n_articles"],
                                         ["week_start", "outlet", "mentions", "canonical"], [True, True, False, True]),
    }
