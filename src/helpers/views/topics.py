"""Tables, figures and findings of notebook 03: themes and the fine topics inside them, at any corpus size."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from scipy.cluster.hierarchy import dendrogram

from helpers.topics.cluster import NO_TEXT, TopicResult, topic_shares
from helpers.views.output import finding
from helpers.views.periods import period_labels

META = ["title", "outlet", "published"]
MAX_LABELS = 40  # at most this many labels on an axis
FEW_TEXTS = 30  # a period with fewer texts than this has theme shares that swing by chance


def describe(articles: pd.DataFrame, texts: pd.DataFrame, unit: str):
    """One sentence (Markdown) about what will be clustered, or why nothing can be."""
    if len(texts) == 0:
        return finding(f"The corpus has {len(articles)} usable article(s) and no {unit} with text: no topics can be built.")
    return finding(f"Clustering {len(texts):,} {unit}(s) from {texts['doc_id'].nunique():,} article(s).")


def topic_table(result: TopicResult, texts: pd.DataFrame, width: int | None = None) -> pd.DataFrame:
    """The topic table: theme, top terms joined by ' · ', representative as doc_id + paragraph, text cut to `width`."""
    out = result.topics.copy()
    out["top_terms"] = out["top_terms"].map(" · ".join).astype("str")
    where = texts.reset_index(drop=True)
    out.insert(6, "representative_doc_id", where["doc_id"].reindex(out["representative"]).to_numpy())
    out.insert(7, "representative_paragraph", where["paragraph"].reindex(out["representative"]).to_numpy())
    out = out.drop(columns="representative").astype({"representative_paragraph": "int64"})
    if width:
        out["representative_text"] = out["representative_text"].map(lambda t: t if len(t) <= width else t[: width - 1] + "…")
    return out


def theme_table(result: TopicResult) -> pd.DataFrame:
    """The theme table with its topics as 'id: label' names joined by ' | ' (a flat, CSV-friendly column)."""
    names = dict(zip(result.topics["topic"], result.topics["label"]))
    out = result.themes.copy()
    out["topics"] = out["topics"].map(lambda ts: " | ".join(f"{t}: {names[t]}" for t in ts)).astype("str")
    return out


def assignment_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The tidy per-text output: doc_id, paragraph, topic, label, theme, weight, x, y."""
    return rows[["doc_id", "paragraph", "topic", "label", "theme", "weight", "x", "y"]]


def assignments(texts: pd.DataFrame, articles: pd.DataFrame, result: TopicResult) -> pd.DataFrame:
    """One row per clustered text: doc_id, paragraph, topic, label, weight, x, y, theme, theme_label and metadata."""
    rows = pd.concat([texts[["doc_id", "paragraph"]].reset_index(drop=True), result.assignments], axis=1)
    names = dict(zip(result.themes["theme"], result.themes["label"])) | {NO_TEXT: "(no text)"}
    rows["theme_label"] = rows["theme"].map(names).astype("str")
    meta = articles[["doc_id", *[c for c in META if c in articles.columns]]] if len(articles) else articles
    return rows.merge(meta, on="doc_id", how="left") if len(meta.columns) > 1 else rows


def article_topics(rows: pd.DataFrame) -> pd.DataFrame:
    """Each article's topic mix: doc_id, topic, label, n (paragraphs), share."""
    return topic_shares(rows, by="doc_id")


def _theme_shares(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Share of each group's texts per theme (tidy: by, theme, label, n, share)."""
    renamed = rows.drop(columns=["topic", "label"]).rename(columns={"theme": "topic", "theme_label": "label"})
    return topic_shares(renamed, by=by).rename(columns={"topic": "theme"})


def _names(rows: pd.DataFrame, level: str) -> dict[int, str]:
    """'N: label' name of each topic or theme present."""
    label = "label" if level == "topic" else "theme_label"
    pairs = rows.loc[rows[level] != NO_TEXT, [level, label]].drop_duplicates().sort_values(level)
    return {int(t): f"{t}: {lab}" for t, lab in zip(pairs[level], pairs[label])}


def _colour(i: int, n: int):
    """A fixed colour per id (tab10 up to ten ids, tab20 beyond)."""
    cmap = plt.get_cmap("tab10" if n <= 10 else "tab20")
    return cmap(i % cmap.N)


def _clustered(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows that have a topic."""
    return rows[rows["topic"] != NO_TEXT] if len(rows) else rows


def _nothing(what: str) -> tuple[str, pd.DataFrame]:
    """No figure: the sentence saying why, and an empty table."""
    return f"No {what}: there are no topics to show.", pd.DataFrame()


def _top_groups(values: pd.Series, n: int = MAX_LABELS, other: str = "(other)") -> pd.Series:
    """`values` with all but the `n - 1` most frequent replaced by `other` when there are more than `n`."""
    counts = values.value_counts()
    if len(counts) <= n:
        return values
    keep = set(counts.sort_index().sort_values(ascending=False, kind="stable").index[: n - 1])
    return values.where(values.isin(keep), other)


def tree_chart(result: TopicResult):
    """Dendrogram of the fine topics merged into themes, leaves coloured by theme, the cut drawn."""
    if result.n_topics < 2:
        return "No tree: there are fewer than two topics to merge.", pd.DataFrame()
    topics = result.topics
    leaves = [f"{t}: {lab} ({s:,})" for t, lab, s in zip(topics["topic"], topics["label"], topics["size"])]
    theme_of = topics["theme"].to_numpy()
    fig, ax = plt.subplots(figsize=(9, 0.38 * result.n_topics + 1.6))
    heights = result.tree[:, 2]
    cut = heights[result.n_topics - result.n_themes - 1] if result.n_themes < result.n_topics else 0.0
    nxt = heights[result.n_topics - result.n_themes] if result.n_themes > 1 else heights[-1] * 1.05
    dendrogram(result.tree, orientation="right", labels=leaves, ax=ax, color_threshold=0, above_threshold_color="0.45")
    for tick in ax.get_yticklabels():
        leaf = int(tick.get_text().split(":")[0])
        tick.set_color(_colour(theme_of[leaf], result.n_themes))
        tick.set_fontsize(8)
    ax.axvline((cut + nxt) / 2, color="tab:red", linestyle="--", label=f"cut: {result.n_themes} theme(s)")
    ax.set(xlabel="Ward merge height", title="How fine topics merge into themes (label colour = theme)")
    ax.legend(frameon=False, loc="lower right")
    data = topics[["topic", "label", "size", "theme"]]
    return fig, data


def choice_chart(result: TopicResult, min_gap: float | None = None):
    """Two panels: silhouette of each candidate topic count, and the gap of each cut of the tree (`min_gap` drawn)."""
    if len(result.k_scores) == 0 and len(result.theme_scores) == 0:
        return f"The counts were not chosen automatically ({result.method or 'no topics'}).", pd.DataFrame()
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 3))
    k, t = result.k_scores, result.theme_scores
    a.plot(k["k"], k["silhouette"], marker="o", color="0.3")
    a.axvline(result.n_topics, color="tab:red", linestyle="--", label=f"topics: {result.n_topics}")
    a.set(xlabel="number of fine topics k", ylabel="mean silhouette (cosine)", title="How many topics?")
    stable = "stability" in t.columns  # TopicParams(theme_rule="stability") chose the count
    if _by_knee(result):  # the knee rule: the curve itself shows the bend
        b.plot(t["themes"], t["next_merge_cost"], marker="o", color="0.3")
    else:
        b.bar(t["themes"], t["stability" if stable else "gap"], color="0.6")
    b.axvline(result.n_themes, color="tab:red", linestyle="--", label=f"themes: {result.n_themes}")
    if min_gap and not stable and not _by_knee(result):
        b.axhline(min_gap, color="0.2", linestyle=":", label=f"clear gap: {min_gap:g}")
    ylabel = ("cost of the next Ward merge" if _by_knee(result) else
              "stability over half-samples (mean ARI)" if stable else "next merge cost / median of merges before")
    b.set(xlabel="number of themes t", title="How many themes?", ylabel=ylabel)
    for ax, col in ((a, k["k"]), (b, t["themes"])):
        ax.xaxis.get_major_locator().set_params(integer=True)
    for ax in (a, b):
        ax.legend(frameon=False)
    data = pd.concat([k.assign(level="topics"), t.assign(level="themes")], ignore_index=True)
    return fig, data


def _by_knee(result: TopicResult) -> bool:
    """Whether the theme count is the knee of the merge-cost curve (the default rule on seven or more fine topics)."""
    return "knee_error" in result.theme_scores.columns and "knee of the Ward" in result.method


def within_chart(result: TopicResult):
    """Horizontal bars: the size of each fine topic, grouped and coloured by its theme."""
    if result.n_topics == 0:
        return _nothing("topics within themes")
    data = result.topics.sort_values(["theme", "size"], ascending=[True, False], kind="stable")
    fig, ax = plt.subplots(figsize=(8, 0.32 * len(data) + 1.4))
    names = dict(zip(result.themes["theme"], result.themes["label"]))
    ypos = np.arange(len(data))
    ax.barh(ypos, data["size"], color=[_colour(t, result.n_themes) for t in data["theme"]])
    ax.set_yticks(ypos, [f"{t}: {lab}" for t, lab in zip(data["topic"], data["label"])], fontsize=8)
    ax.invert_yaxis()
    handles = [Patch(color=_colour(th, result.n_themes), label=f"{th}: {names[th]}") for th in sorted(names)]
    ax.set(xlabel="texts", title="Fine topics within each theme")
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8, title="theme")
    return fig, data[["theme", "topic", "label", "size", "share"]]


def _stacked(ax, wide: pd.DataFrame, names: dict[int, str], n: int, horizontal: bool = False) -> None:
    """Draw `wide` (rows = groups, columns = ids, values = shares) as stacked bars coloured by id."""
    base = np.zeros(len(wide))
    pos = np.arange(len(wide))
    for c in wide.columns:
        values = wide[c].to_numpy()
        if horizontal:
            ax.barh(pos, values, left=base, color=_colour(c, n), label=names.get(c, str(c)))
        else:
            ax.bar(pos, values, bottom=base, color=_colour(c, n), label=names.get(c, str(c)))
        base += values
    ticks = [str(i) for i in wide.index]
    if horizontal:
        ax.set_yticks(pos, ticks, fontsize=8)
        ax.invert_yaxis()
    else:
        ax.set_xticks(pos, ticks, rotation=60 if len(ticks) > 8 else 0, ha="right" if len(ticks) > 8 else "center", fontsize=8)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)


def mix_chart(rows: pd.DataFrame, n: int = MAX_LABELS):
    """Stacked bars: the topic mix of each article (the `n` articles with most texts when there are more)."""
    have = _clustered(rows)
    if len(have) == 0:
        return _nothing("topic mix")
    counts = have.groupby("doc_id").size()
    top = counts.sort_index().sort_values(ascending=False, kind="stable").index[:n]
    shares = topic_shares(have[have["doc_id"].isin(top)], by="doc_id")
    wide = shares.pivot_table(index="doc_id", columns="topic", values="share", fill_value=0).sort_index()
    fig, ax = plt.subplots(figsize=(9, 0.3 * len(wide) + 1.6))
    _stacked(ax, wide, _names(rows, "topic"), rows["topic"].max() + 1, horizontal=True)
    shown = f"{len(wide)} of {len(counts):,} articles with the most texts" if len(counts) > n else "each article"
    ax.set(xlabel="share of the article's texts", title=f"Topic mix of {shown}", xlim=(0, 1))
    return fig, shares


def outlet_chart(rows: pd.DataFrame, n: int = MAX_LABELS):
    """Heatmap: share of each outlet's texts per theme (the `n - 1` largest outlets, the rest pooled)."""
    have = _clustered(rows)
    if len(have) == 0:
        return _nothing("themes by outlet")
    outlets = have["outlet"].fillna("(unknown)") if "outlet" in have else pd.Series("(unknown)", index=have.index)
    data = _theme_shares(have.assign(outlet=_top_groups(outlets.astype("str"), n, "(other outlets)")), "outlet")
    wide = data.pivot_table(index="outlet", columns="theme", values="share", fill_value=0).sort_index()
    names = _names(rows, "theme")
    fig, ax = plt.subplots(figsize=(1.1 * wide.shape[1] + 4, 0.32 * len(wide) + 2))
    im = ax.imshow(wide.to_numpy(), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(wide.shape[1]), [names[t] for t in wide.columns], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(len(wide)), wide.index, fontsize=8)
    if wide.size <= 200:
        for (i, j), v in np.ndenumerate(wide.to_numpy()):
            ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7, color="white" if v > 0.6 else "black")
    fig.colorbar(im, ax=ax, label="share of the outlet's texts")
    ax.set_title("Themes by outlet")
    return fig, data


def _periods(dates: pd.Series, n: int = MAX_LABELS) -> pd.Series:
    """Dates as week, month, quarter or year labels: the finest with at most `n` periods from first to last."""
    return period_labels(dates, n, finest="week", span=True)[0]


def time_chart(rows: pd.DataFrame):
    """Stacked bars: share of each period's texts per theme (month, quarter or year; undated texts left out)."""
    have = _clustered(rows)
    if len(have) == 0:
        return _nothing("theme shares over time")
    have = have[have["published"].notna()] if "published" in have else have.iloc[:0]
    if len(have) == 0:
        return "No theme shares over time: no clustered text has a publication date.", pd.DataFrame()
    data = _theme_shares(have.assign(period=_periods(have["published"])), "period")
    wide = data.pivot_table(index="period", columns="theme", values="share", fill_value=0).sort_index()
    fig, ax = plt.subplots(figsize=(10, 3.8))
    _stacked(ax, wide, _names(rows, "theme"), rows["theme"].max() + 1)
    ax.set(xlabel="period of publication", ylabel="share of texts", title="Theme shares over time", ylim=(0, 1))
    return fig, data.merge(have.assign(period=_periods(have["published"])).groupby("period").size().rename("texts"),
                           left_on="period", right_index=True)


def map_chart(rows: pd.DataFrame, n: int = 3000, random_state: int = 0):
    """Scatter of the texts on the first two SVD axes, coloured by theme (a fixed-seed sample of `n` past that)."""
    have = _clustered(rows)
    if len(have) == 0:
        return _nothing("map")
    shown = have.sample(n=n, random_state=random_state).sort_index() if len(have) > n else have
    names, k = _names(rows, "theme"), rows["theme"].max() + 1
    fig, ax = plt.subplots(figsize=(7.5, 5))
    size = 28 if len(shown) < 300 else 6
    for t, group in shown.groupby("theme", sort=True):
        ax.scatter(group["x"], group["y"], s=size, color=_colour(t, k), label=names[t], alpha=0.8, linewidths=0)
    sample = f" (random {len(shown):,} of {len(have):,})" if len(shown) < len(have) else ""
    ax.set(xlabel="SVD axis 1", ylabel="SVD axis 2", title=f"Texts on a 2-D map, coloured by theme{sample}")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    cols = [c for c in ["doc_id", "paragraph", "topic", "theme", "x", "y"] if c in shown]
    return fig, shown[cols]


def _pct(x: float) -> str:
    """A share as a whole percentage."""
    return f"{x:.0%}"


def themes_finding(result: TopicResult, unit: str = "paragraph"):
    """The themes in one paragraph: how many, and each theme's share and number of fine topics (largest first)."""
    if result.n_topics == 0:
        return finding("No themes: no text has usable terms.")
    parts = [f"**{r.label}** ({_pct(r.share)} of the {unit}s, {len(r.topics)} topic{'s' * (len(r.topics) > 1)})"
             for r in result.themes.head(8).itertuples()]
    more = f", and {result.n_themes - 8} smaller ones" if result.n_themes > 8 else ""
    return finding(f"The {result.n_topics} fine topic(s) group into {result.n_themes} theme(s): " + "; ".join(parts) + more + ".")


def choice_finding(result: TopicResult):
    """How both counts were chosen, with the numbers behind each choice."""
    k, t = result.k_scores.dropna(), result.theme_scores
    text = f"Method: {result.method}."
    if len(k):
        best = k.loc[k["silhouette"].idxmax()]
        text += (f" The best silhouette is {best['silhouette']:.2f} at k = {int(best['k'])}; "
                 f"k = {result.n_topics} is the smallest count within tolerance of it.")
    if "stability" in t.columns and len(t.dropna(subset=["stability"])):
        stab = t.dropna(subset=["stability"]).set_index("themes")["stability"]
        text += (f" {result.n_themes} themes reproduce across half-samples with a mean ARI of "
                 f"{stab.get(result.n_themes, float('nan')):.2f} (the most stable count, {stab.idxmax()}, scores {stab.max():.2f}).")
    elif _by_knee(result):
        errors = t.dropna(subset=["knee_error"]).set_index("themes")["knee_error"]
        best = int(errors.idxmin())
        fit = ("fit the curve best." if best == result.n_themes or result.n_themes not in errors.index else
               f"fit the curve within {errors[result.n_themes] / errors.min() - 1:.0%} of the best fit (at {best} themes), "
               "and near-ties go to fewer themes.")
        text += (f" The Ward merge costs bend at {result.n_themes} themes: with more themes than that, each merge joins "
                 "stories of one theme and costs little more than the last; with fewer, merges join themes and cost much "
                 f"more; two straight lines fitted on either side of that count {fit}")
        floor = int(t.dropna(subset=["knee_error"])["themes"].min())  # each fitted line spans a few merges
        if result.n_themes == floor:
            text += (f" The knee cannot fall below {floor} themes: if the corpus holds fewer broad "
                     "subjects than that, set the number of themes by hand.")
    elif len(t.dropna(subset=["gap"])):
        gaps = t.dropna(subset=["gap"]).set_index("themes")["gap"]
        if result.n_themes in gaps.index:
            text += (f" Cut into {result.n_themes} themes, the tree's next merge would cost "
                     f"{gaps[result.n_themes]:.2f} times the median of the merges that led to it (the largest ratio is {gaps.max():.2f}).")
        else:
            text += f" No cut of the tree shows a clear jump in merge costs (largest ratio {gaps.max():.2f})."
    return finding(text)


def outlet_finding(rows: pd.DataFrame, n: int = 6):
    """Each of the `n` largest outlets with the theme that takes most of its texts, and that share."""
    have = _clustered(rows)
    if len(have) == 0 or "outlet" not in have or have["outlet"].isna().all():
        return finding("No outlet is known for the clustered texts.")
    data = _theme_shares(have[have["outlet"].notna()], "outlet")
    sizes = have.groupby("outlet").size().sort_index().sort_values(ascending=False, kind="stable")
    top = data.sort_values(["outlet", "share", "theme"], ascending=[True, False, True]).drop_duplicates("outlet")
    top = top.set_index("outlet").loc[sizes.index[:n]]
    parts = [f"{o}: {_pct(r.share)} in *{r.label}*" for o, r in top.iterrows()]
    return finding("Main theme of the largest outlets (share of the outlet's texts): " + "; ".join(parts) + ".")


def time_finding(rows: pd.DataFrame):
    """For each theme, the period in which it took its largest share of the coverage."""
    have = _clustered(rows)
    have = have[have["published"].notna()] if "published" in have and len(have) else have.iloc[:0]
    if len(have) == 0:
        return finding("No clustered text has a publication date, so themes cannot be followed over time.")
    labels, unit = period_labels(have["published"], MAX_LABELS, finest="week", span=True)
    have = have.assign(period=labels)
    data = _theme_shares(have, "period")
    when = "the week of " if unit == "week" else ""
    if data["period"].nunique() < 2:
        return finding(f"Every dated text falls in one period ({data['period'].iloc[0]}): there is no trend to read.")
    peak = data.sort_values(["theme", "share", "period"], ascending=[True, False, True]).drop_duplicates("theme")
    parts = [f"*{r.label}* peaks in {when}{r.period} ({_pct(r.share)} of that period's texts)" for r in peak.head(8).itertuples()]
    sizes = have.groupby("period").size()
    small = sizes[sizes < FEW_TEXTS]
    caveat = (f" {len(small)} of the {len(sizes)} periods hold fewer than {FEW_TEXTS} texts; their shares swing widely."
              if len(small) else "")
    return finding("; ".join(parts) + f" ({len(have):,} dated texts in {len(sizes)} periods)." + caveat)


def shown(table: pd.DataFrame, what: str):
    """`table` to display, or one sentence (Markdown) saying there is no `what` when it is empty."""
    return table if len(table) else finding(f"No {what}: no text has usable terms.")
