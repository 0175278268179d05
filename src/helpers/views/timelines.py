"""Timeline figures of news coverage: articles per week by outlet, referenced dates, actors over time.

Each `plot_*` function returns `(fig, data)`: the matplotlib figure and the tidy table behind it, ready
for `helpers.views.save(fig, data, name, FIGURES)`. Empty inputs give a sentence saying why in place
of the figure and an empty table of the right columns, never an error.
"""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

from helpers.config.dates import DATE_DEFAULTS
from helpers.dates.resolve import to_anchor

COVERAGE_COLUMNS = ["week_start", "iso_week", "outlet", "articles"]
EVENT_COLUMNS = ["doc_id", "label", "published", "text", "value", "granularity", "start", "end", "lag_days"]
ACTOR_COLUMNS = ["published", "entity", "mentions"]
SPAN_GRANULARITIES = ("week", "weekend", "month", "quarter", "season", "year")


def _date_axis(ax) -> None:
    """Concise date ticks on the x axis, with vertical grid lines."""
    ax.xaxis.set_major_locator(AutoDateLocator())
    ax.xaxis.set_major_formatter(ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="x", alpha=0.3)


def coverage_by_week(articles: pd.DataFrame, outlet_col: str = "outlet") -> pd.DataFrame:
    """Articles per ISO week (Monday start) and outlet, weeks with articles only; undated articles left out."""
    if articles is None or len(articles) == 0 or "published" not in articles:
        return pd.DataFrame({c: [] for c in COVERAGE_COLUMNS})
    df = articles.loc[articles["published"].notna(), ["published"]].copy()
    df["outlet"] = articles.loc[df.index, outlet_col].fillna("(unknown)").astype(str) if outlet_col in articles else "(unknown)"
    day = pd.to_datetime(df["published"]).dt.normalize()
    df["week_start"] = (day - pd.to_timedelta(day.dt.day_of_week, unit="D")).astype("datetime64[ns]")
    iso = day.dt.isocalendar()
    df["iso_week"] = iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)
    out = df.groupby(["week_start", "iso_week", "outlet"], as_index=False).size().rename(columns={"size": "articles"})
    return out.sort_values(["week_start", "outlet"], kind="stable").reset_index(drop=True)[COVERAGE_COLUMNS]


def plot_coverage(articles: pd.DataFrame, outlet_col: str = "outlet"):
    """Articles per week by outlet as a dot per (week, outlet), sized by count, on a true time axis."""
    data = coverage_by_week(articles, outlet_col)
    if data.empty:
        return ("No dated articles to plot."), data
    outlets = sorted(data["outlet"].unique())
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(outlets) + 1.6))
    for k, outlet in enumerate(outlets):
        part = data[data["outlet"] == outlet]
        ax.scatter(part["week_start"], [k] * len(part), s=40 + 40 * part["articles"], zorder=3)
        for week, n, label in zip(part["week_start"], part["articles"], part["iso_week"]):
            ax.annotate(f"{label} ({n})", (week, k), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=7)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(-0.6, len(outlets) - 0.4)
    _date_axis(ax)
    ax.set_title("Articles per week by outlet (label: ISO week and count)")
    fig.tight_layout()
    return fig, data


def key_phrase(sentence: str, expression: str, n_words: int = 6) -> str:
    """The first `n_words` words of `sentence` once the date `expression` (and its preposition) is taken out."""
    k = sentence.find(expression)
    if k >= 0:
        before = re.sub(r"(?i)\b(?:on|at|in|since|during|by|from|until|of|early|late)\s+$", "", sentence[:k])
        sentence = before + " " + sentence[k + len(expression):]
    rest = re.sub(r"\s+", " ", sentence).strip(" ,.;:-—\"'“”")
    rest = re.sub(r"^[^()]{0,40}\([^)]{1,30}\)\s*--\s*", "", rest)  # dateline "JERUSALEM (Reuters) --"
    rest = re.sub(r"\s+([,.;:])", r"\1", rest).lstrip(",. ")
    tokens = rest.split()
    return " ".join(tokens[:n_words]) + (" …" if len(tokens) > n_words else "")


def event_table(mentions: pd.DataFrame, window_days: int = DATE_DEFAULTS.timeline_window_days) -> pd.DataFrame:
    """Resolved calendar references (no PAST/PRESENT/FUTURE_REF) within `window_days` of publication, one per (doc, value)."""
    need = {"doc_id", "published", "start", "end", "value", "granularity", "sentence", "text"}
    if mentions is None or len(mentions) == 0 or not need <= set(mentions.columns):
        return pd.DataFrame({c: [] for c in EVENT_COLUMNS})
    df = mentions[mentions["start"].notna() & mentions["end"].notna() & mentions["published"].notna()
                  & (mentions["granularity"] != "reference")].copy()
    mid = df["start"] + (df["end"] - df["start"]) / 2
    df["lag_days"] = (df["published"] - mid.dt.normalize()).dt.days.astype("int64")
    df = df[df["lag_days"].abs() <= window_days]
    df = df.drop_duplicates(["doc_id", "value"], keep="first")
    df["label"] = [key_phrase(s, t) for s, t in zip(df["sentence"], df["text"])]
    return df.sort_values(["doc_id", "start", "value"], kind="stable").reset_index(drop=True)[EVENT_COLUMNS]


def plot_event_timeline(mentions: pd.DataFrame, window_days: int = DATE_DEFAULTS.timeline_window_days, max_rows: int = 12):
    """One panel per article, one row per referenced date: days as dots, longer periods as bars, the
    publication date as a dashed line with a diamond, and a grey line from each reference to it (the lag)."""
    data = event_table(mentions, window_days)
    if data.empty:
        return ("No resolved dates near the publication dates to plot."), data
    docs = list(dict.fromkeys(data["doc_id"]))
    parts = [data[data["doc_id"] == d].head(max_rows).reset_index(drop=True) for d in docs]
    colors = plt.get_cmap("tab10")
    heights = [len(p) + 1.2 for p in parts]
    fig, axes = plt.subplots(len(docs), 1, figsize=(11, 0.27 * sum(heights) + 0.5 * len(docs)), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    for k, (part, ax) in enumerate(zip(parts, axes[:, 0])):
        color, pub = colors(k % 10), part["published"].iloc[0]
        for y, row in part.iterrows():
            if row["granularity"] in SPAN_GRANULARITIES:
                ax.plot([row["start"], row["end"] + pd.Timedelta(days=1)], [y, y], lw=5, color=color, alpha=0.6,
                        solid_capstyle="butt")
                x = row["start"] + (row["end"] - row["start"]) / 2
            else:
                x = row["start"]
                ax.plot([x], [y], "o", color=color, ms=5)
            ax.plot([x, pub], [y, y], color="grey", lw=0.7, alpha=0.7, zorder=0)
        ax.axvline(pub, color="black", lw=0.8, ls="--")
        ax.plot([pub], [-0.9], "D", color="black", ms=6, clip_on=False)
        labels = [f"{t} ({v}): {lab}" for t, v, lab in zip(part["text"], part["value"], part["label"])]
        ax.set_yticks(range(len(part)), labels, fontsize=7)
        ax.set_ylim(len(part) - 0.4, -1.2)
        lo = min(part["start"].min(), pub) - pd.Timedelta(days=2)
        hi = max(part["end"].max(), pub) + pd.Timedelta(days=3)
        ax.set_xlim(lo, hi)
        ax.xaxis.set_major_locator(AutoDateLocator(maxticks=8))
        ax.xaxis.set_major_formatter(ConciseDateFormatter(ax.xaxis.get_major_locator()))
        ax.tick_params(axis="x", labelsize=7)
        ax.set_title(f"{part['doc_id'].iloc[0]}: published {pub.date()} (◆, dashed line)", fontsize=8, loc="left")
        ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig, data


def actor_counts(entities: pd.DataFrame, articles: pd.DataFrame, top: list[str] | None = None,
                 entity_col: str = "entity", n_top: int = 8) -> pd.DataFrame:
    """Mentions per (publication date, entity) for the `top` entities (default: the `n_top` most mentioned)."""
    if entities is None or len(entities) == 0 or entity_col not in entities or articles is None or len(articles) == 0:
        return pd.DataFrame({c: [] for c in ACTOR_COLUMNS})
    df = entities[["doc_id", entity_col]].rename(columns={entity_col: "entity"}).merge(
        articles[["doc_id", "published"]], on="doc_id", how="inner")
    df = df[df["published"].notna()]
    if top is None:
        counts = df["entity"].value_counts()
        top = sorted(counts.index, key=lambda e: (-counts[e], e))[:n_top]
    df = df[df["entity"].isin(top)]
    out = df.groupby(["published", "entity"], as_index=False).size().rename(columns={"size": "mentions"})
    return out.sort_values(["published", "entity"], kind="stable").reset_index(drop=True)[ACTOR_COLUMNS]


def plot_actors(entities: pd.DataFrame, articles: pd.DataFrame, top: list[str] | None = None,
                entity_col: str = "entity", n_top: int = 8):
    """Dot chart: top entities (rows) by publication date (x), dot size = mentions that day."""
    data = actor_counts(entities, articles, top, entity_col, n_top)
    if data.empty:
        return ("No entity mentions in dated articles to plot."), data
    totals = data.groupby("entity")["mentions"].sum()
    order = sorted(totals.index, key=lambda e: (-totals[e], e))
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(order) + 1.4))
    ypos = {e: k for k, e in enumerate(order)}
    ax.scatter(data["published"], data["entity"].map(ypos), s=25 * data["mentions"], alpha=0.7, zorder=3)
    for d, e, n in zip(data["published"], data["entity"], data["mentions"]):
        ax.annotate(str(n), (d, ypos[e]), ha="center", va="center", fontsize=6)
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    _date_axis(ax)
    ax.set_title("Mentions of the most-mentioned entities by publication date")
    fig.tight_layout()
    return fig, data


def spot_check(mentions: pd.DataFrame) -> pd.DataFrame:
    """Every weekday, month and relative week/month expression with its resolution, anchor and sentence."""
    rules = {"weekday", "month", "ambiguous_month", "month_day", "day_month", "month_rel_year", "relative_unit",
             "earlier_later", "weekend", "relative_day", "ago"}
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame({c: [] for c in ["doc_id", "published", "text", "value", "rule", "sentence"]})
    df = mentions[mentions["rule"].isin(rules)].copy()
    df["published"] = df["published"].map(lambda t: to_anchor(t).isoformat() if to_anchor(t) else "unknown")
    return df[["doc_id", "published", "text", "value", "rule", "sentence"]].reset_index(drop=True)
