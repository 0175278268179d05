"""Tables and figures of notebook 03: topics of the coverage, per article, outlet, map and month."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers.topics.cluster import NO_TEXT, TopicResult, topic_shares

META = ["title", "outlet", "published"]


def describe(articles: pd.DataFrame, texts: pd.DataFrame, unit: str) -> str:
    """One plain sentence about what will be clustered (or why nothing can be)."""
    if len(texts) == 0:
        return f"The corpus has {len(articles)} usable article(s) and no {unit} with text: no topics can be built."
    return f"Clustering {len(texts)} {unit}(s) from {texts['doc_id'].nunique()} article(s)."


def topic_table(result: TopicResult, texts: pd.DataFrame, width: int | None = None) -> pd.DataFrame:
    """The topic table: top terms joined by ' · ', representative as doc_id + paragraph, text cut to `width`."""
    out = result.topics.copy()
    out["top_terms"] = out["top_terms"].map(" · ".join).astype("str")
    where = texts.reset_index(drop=True)
    out.insert(6, "representative_doc_id", where["doc_id"].reindex(out["representative"]).to_numpy())
    out.insert(7, "representative_paragraph", where["paragraph"].reindex(out["representative"]).to_numpy())
    out = out.drop(columns="representative").astype({"representative_paragraph": "int64"})
    if width:
        out["representative_text"] = out["representative_text"].map(lambda t: t if len(t) <= width else t[: width - 1] + "…")
    return out


def assignment_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The tidy per-text output: doc_id, paragraph, topic, label, weight, x, y."""
    return rows[["doc_id", "paragraph", "topic", "label", "weight", "x", "y"]]


def assignments(texts: pd.DataFrame, articles: pd.DataFrame, result: TopicResult) -> pd.DataFrame:
    """One row per clustered text: doc_id, paragraph, topic, label, weight, x, y, title, outlet, published."""
    rows = pd.concat([texts[["doc_id", "paragraph"]].reset_index(drop=True), result.assignments], axis=1)
    meta = articles[["doc_id", *[c for c in META if c in articles.columns]]] if len(articles) else articles
    return rows.merge(meta, on="doc_id", how="left") if len(meta.columns) > 1 else rows


def article_topics(rows: pd.DataFrame) -> pd.DataFrame:
    """Each article's topic mix: doc_id, topic, label, n (paragraphs), share."""
    return topic_shares(rows, by="doc_id")


def _topic_names(rows: pd.DataFrame) -> list[str]:
    """'N · label' names of the topics present, in topic order."""
    pairs = rows.loc[rows["topic"] != NO_TEXT, ["topic", "label"]].drop_duplicates().sort_values("topic")
    return [f"{t}: {lab}" for t, lab in zip(pairs["topic"], pairs["label"])]


def _colours(n: int) -> list:
    """One fixed colour per topic id."""
    cmap = plt.get_cmap("tab10" if n <= 10 else "tab20")
    return [cmap(i % cmap.N) for i in range(n)]


def _nothing(what: str) -> tuple[str, pd.DataFrame]:
    """No figure: the sentence saying why, and an empty table."""
    return f"No {what}: there are no topics to show.", pd.DataFrame()


def k_chart(result: TopicResult):
    """Line chart of the silhouette of each candidate topic count, the chosen one marked."""
    scores = result.k_scores
    if len(scores) == 0:
        return f"The topic count was not chosen by silhouette ({result.method or 'no topics'}).", scores
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.plot(scores["k"], scores["silhouette"], marker="o", color="0.3")
    ax.axvline(result.n_topics, color="tab:red", linestyle="--", label=f"chosen: {result.n_topics}")
    ax.set(xlabel="number of topics k", ylabel="mean silhouette (cosine)", title="How many topics?")
    ax.legend(frameon=False)
    return fig, scores.assign(chosen=scores["k"] == result.n_topics)


def mix_chart(shares: pd.DataFrame, rows: pd.DataFrame):
    """Stacked horizontal bars: each article's share of paragraphs per topic."""
    if len(shares) == 0:
        return _nothing("topic mix")
    names = _topic_names(rows)
    wide = shares.pivot_table(index="doc_id", columns="topic", values="share", fill_value=0).sort_index()
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(wide) + 1.5))
    left = np.zeros(len(wide))
    colours = _colours(len(names))
    for t in wide.columns:
        ax.barh(wide.index, wide[t], left=left, color=colours[t], label=names[t])
        left += wide[t].to_numpy()
    ax.invert_yaxis()
    ax.set(xlabel="share of the article's paragraphs", title="Topic mix of each article", xlim=(0, 1))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    return fig, shares


def outlet_heatmap(rows: pd.DataFrame):
    """Heatmap: share of each outlet's paragraphs per topic."""
    have = rows[rows["topic"] != NO_TEXT] if len(rows) else rows
    if len(have) == 0:
        return _nothing("outlet heatmap")
    have = have.assign(outlet=have["outlet"].fillna("(unknown)") if "outlet" in have else "(unknown)")
    data = topic_shares(have, by="outlet")
    wide = data.pivot_table(index="outlet", columns="topic", values="share", fill_value=0).sort_index()
    names = _topic_names(rows)
    fig, ax = plt.subplots(figsize=(1.3 * wide.shape[1] + 3, 0.5 * len(wide) + 1.5))
    im = ax.imshow(wide.to_numpy(), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(wide.shape[1]), [names[t] for t in wide.columns], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(len(wide)), wide.index)
    for (i, j), v in np.ndenumerate(wide.to_numpy()):
        ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=8, color="white" if v > 0.6 else "black")
    fig.colorbar(im, ax=ax, label="share of the outlet's paragraphs")
    ax.set_title("Topics by outlet")
    return fig, data


def map_chart(rows: pd.DataFrame):
    """Scatter of the texts on the first two SVD axes of their TF-IDF, coloured by topic."""
    have = rows[rows["topic"] != NO_TEXT] if len(rows) else rows
    if len(have) == 0:
        return _nothing("map")
    names, colours = _topic_names(rows), _colours(len(_topic_names(rows)))
    fig, ax = plt.subplots(figsize=(7, 5))
    for t, group in have.groupby("topic", sort=True):
        ax.scatter(group["x"], group["y"], s=28, color=colours[t], label=names[t], alpha=0.85)
    ax.set(xlabel="SVD axis 1", ylabel="SVD axis 2", title="Texts on a 2-D map (TF-IDF, TruncatedSVD)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    cols = [c for c in ["doc_id", "paragraph", "topic", "label", "x", "y"] if c in have]
    return fig, have[cols]


def time_chart(rows: pd.DataFrame, freq: str = "M"):
    """Stacked bars: share of each month's paragraphs per topic (texts without a date left out)."""
    have = rows[(rows["topic"] != NO_TEXT)] if len(rows) else rows
    if len(have) == 0:
        return _nothing("topic shares over time")
    if "published" in have:
        have = have[have["published"].notna()]
    if len(have) == 0 or "published" not in have:
        return "No topic shares over time: no clustered text has a publication date.", pd.DataFrame()
    have = have.assign(period=pd.to_datetime(have["published"]).dt.to_period(freq).astype("str"))
    data = topic_shares(have, by="period")
    wide = data.pivot_table(index="period", columns="topic", values="share", fill_value=0).sort_index()
    names, colours = _topic_names(rows), _colours(len(_topic_names(rows)))
    fig, ax = plt.subplots(figsize=(8, 3.5))
    bottom = np.zeros(len(wide))
    for t in wide.columns:
        ax.bar(wide.index, wide[t], bottom=bottom, color=colours[t], label=names[t])
        bottom += wide[t].to_numpy()
    ax.set(xlabel="month of publication", ylabel="share of paragraphs", title="Topic shares over time", ylim=(0, 1))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    return fig, data
