"""Tables and figures of notebook 05 (who gets to speak); each says so in a sentence when there is nothing to show."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown

from helpers.views.entities import as_long, heatmap
from helpers.views.output import finding
from helpers.views.periods import period_labels

KIND_COLOURS = {"direct": "#1b9e77", "mixed": "#7570b3", "indirect": "#d95f02"}
VOICE_COLOURS = {"official": "#1f77b4", "armed group": "#d62728", "civilian": "#2ca02c",
                 "international organisation": "#9467bd", "expert": "#8c564b", "media": "#e377c2",
                 "business": "#bcbd22", "organisation": "#17becf", "other person": "#ff7f0e",
                 "other organisation": "#aec7e8", "unknown": "#c7c7c7"}
VOICE_ORDER = list(VOICE_COLOURS)
MAX_LABELS = 40  # at most this many labels on an axis
SENTENCE_ITEMS = 8  # a finding names at most this many outlets; the chart shows the rest
NO_SPEAKER = "(no named speaker)"
TABLE_COLUMNS = ["doc_id", "outlet", "published", "speaker", "voice", "kind", "cue", "speaker_text", "quote"]


def _pct(part: float, whole: float) -> str:
    """`part` as a whole-number percentage of `whole`."""
    return f"{100 * part / whole:.0f}%" if whole else "0%"


def with_articles(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Quotes with their article's outlet and publication date (missing outlet: 'unknown outlet')."""
    cols = [c for c in ("doc_id", "outlet", "published") if c in articles]
    out = quotes.merge(articles[cols], on="doc_id", how="left")
    out["outlet"] = out["outlet"].fillna("unknown outlet") if "outlet" in out else "unknown outlet"
    if "published" not in out:
        out["published"] = pd.NaT
    return out


def summary(articles: pd.DataFrame, quotes: pd.DataFrame) -> Markdown:
    """One sentence on how many quotes were found and how many have a named speaker."""
    if len(articles) == 0:
        return finding("The corpus holds no usable article, so there is no quote to attribute.")
    if quotes.empty:
        return finding(f"No quote was found in the {len(articles):,} article(s): no reporting verb introduces a "
                       "statement and no quotation stands on its own.")
    named = int(quotes["speaker"].notna().sum())
    kinds = quotes["kind"].value_counts()
    return finding(
        f"{len(quotes):,} quotes in {quotes['doc_id'].nunique():,} of {len(articles):,} article(s): "
        f"{kinds.get('direct', 0):,} direct, {kinds.get('indirect', 0):,} indirect (paraphrased) and "
        f"{kinds.get('mixed', 0):,} mixed. {named:,} ({_pct(named, len(quotes))}) are attributed to a named actor, "
        f"{quotes['speaker'].nunique():,} different ones; the rest come from unnamed sources.")


def top_speakers(quotes: pd.DataFrame, top: int = 15):
    """Bar chart of the most quoted named speakers, split by quote kind; with its data, or a sentence."""
    named = quotes.dropna(subset=["speaker"])
    if named.empty:
        return "No quote has a named speaker, so there is no ranking of voices.", pd.DataFrame()
    counts = named.pivot_table(index="speaker", columns="kind", values="start_char", aggfunc="size", fill_value=0)
    counts = counts.reindex(columns=[k for k in KIND_COLOURS if k in counts.columns])
    counts["total"] = counts.sum(axis=1)
    counts = counts.sort_values(["total"], ascending=False, kind="stable").head(min(top, MAX_LABELS))
    data = counts.reset_index()
    fig, ax = plt.subplots(figsize=(8, 1 + 0.38 * len(counts)))
    counts.drop(columns="total").iloc[::-1].plot.barh(stacked=True, ax=ax, width=0.75,
                                                      color=[KIND_COLOURS[k] for k in counts.columns if k != "total"])
    ax.set(xlabel="quotes", ylabel="", title=f"Most quoted speakers (top {len(counts)})")
    ax.legend(title="kind", loc="lower right")
    fig.tight_layout()
    return fig, data


def top_speakers_finding(data: pd.DataFrame, quotes: pd.DataFrame) -> Markdown:
    """Who is quoted most, as a sentence computed from the ranking."""
    if data.empty:
        return finding("No speaker could be named, so nobody leads the ranking.")
    first = data.iloc[0]
    named = int(quotes["speaker"].notna().sum())
    text = (f"**{first['speaker']}** is quoted most: {int(first['total']):,} of the {named:,} quotes with a named speaker "
            f"({_pct(first['total'], named)}), {int(first.get('direct', 0)):,} of them direct.")
    if len(data) > 1:
        second = data.iloc[1]
        text += f" Next comes **{second['speaker']}** with {int(second['total']):,}."
    return finding(text)


def _readable(fig, min_width: float = 6.5):
    """A heatmap widened so that speaker names and the title fit when there are only a few columns."""
    if not isinstance(fig, str) and fig.get_figwidth() < min_width:
        fig.set_figwidth(min_width)
        fig.tight_layout()
    return fig


def _tidy(matrix: pd.DataFrame, column: str) -> pd.DataFrame:
    """A speaker x column count matrix as a tidy table: speaker, column value, quotes."""
    return as_long(matrix, column).rename(columns={"canonical": "speaker", "mentions": "quotes"})


def by_outlet(quotes: pd.DataFrame, top: int = 12):
    """Heatmap of quotes per top speaker (rows) and outlet (columns); with its tidy data, or a sentence."""
    named = quotes.dropna(subset=["speaker"])
    if named.empty:
        return "No quote has a named speaker, so there is nothing to compare across outlets.", pd.DataFrame()
    speakers = named["speaker"].value_counts().head(min(top, MAX_LABELS)).index
    outlets = named["outlet"].value_counts().head(MAX_LABELS).index
    matrix = pd.crosstab(named["speaker"], named["outlet"]).reindex(index=speakers, columns=sorted(outlets))
    matrix = matrix.fillna(0).astype(int)
    return _readable(heatmap(matrix, "Quotes by speaker and outlet")), _tidy(matrix, "outlet")


def outlet_finding(quotes: pd.DataFrame) -> Markdown:
    """Each outlet's most quoted speaker, as a sentence."""
    named = quotes.dropna(subset=["speaker"])
    if named.empty:
        return finding("No outlet quotes a named speaker.")
    top = named.groupby(["outlet", "speaker"]).size().reset_index(name="n")
    top = top.sort_values(["outlet", "n", "speaker"], ascending=[True, False, True]).drop_duplicates("outlet")
    sizes = named.groupby("outlet").size()
    order = sorted(top["outlet"], key=lambda o: (-sizes[o], str(o)))[:SENTENCE_ITEMS]
    top = top.set_index("outlet").loc[order]
    parts = [f"{o}: {r.speaker} ({r.n})" for o, r in top.iterrows()]
    more = f" ({len(sizes) - len(order):,} smaller outlets are in the chart.)" if len(sizes) > len(order) else ""
    heading = "Most quoted speaker per outlet" if len(sizes) <= SENTENCE_ITEMS else \
        f"Most quoted speaker in the {len(order)} outlets quoting named speakers most"
    return finding(f"{heading} — " + "; ".join(parts) + "." + more)


def period_of(dates: pd.Series) -> tuple[pd.Series, str]:
    """Publication dates as period labels, weeks, months, quarters or years so that at most MAX_LABELS occur."""
    return period_labels(dates, MAX_LABELS, finest="week")


def over_time(quotes: pd.DataFrame, top: int = 8):
    """Heatmap of quotes per top speaker and publication period; with its tidy data, or a sentence."""
    named = quotes.dropna(subset=["speaker"])
    dated = named[pd.to_datetime(named["published"], errors="coerce").notna()] if len(named) else named
    if dated.empty:
        return "No quote with a named speaker comes from a dated article, so there is no timeline of voices.", pd.DataFrame()
    periods, unit = period_of(dated["published"])
    speakers = dated["speaker"].value_counts().head(min(top, MAX_LABELS)).index
    matrix = pd.crosstab(dated["speaker"], periods).reindex(index=speakers).fillna(0).astype(int)
    return _readable(heatmap(matrix, f"Quotes by speaker and {unit} of publication")), _tidy(matrix, unit)


def voice_shares(quotes: pd.DataFrame):
    """Stacked bars of the share of quotes per voice type, for all outlets and each outlet; with data, or a sentence."""
    if quotes.empty:
        return "No quote was found, so there are no voices to count.", pd.DataFrame()
    rows = pd.concat([quotes.assign(outlet="all outlets"), quotes])
    outlets = ["all outlets"] + list(quotes["outlet"].value_counts().head(MAX_LABELS - 1).index)
    counts = pd.crosstab(rows["outlet"], rows["voice"]).reindex(index=outlets).fillna(0)
    counts = counts.reindex(columns=[v for v in VOICE_ORDER if v in counts.columns] + sorted(set(counts.columns) - set(VOICE_ORDER)))
    shares = counts.div(counts.sum(axis=1), axis=0)
    fig, ax = plt.subplots(figsize=(9, max(1.4 + 0.45 * len(shares), 0.9 + 0.26 * shares.shape[1])))
    shares.iloc[::-1].plot.barh(stacked=True, ax=ax, width=0.75, color=[VOICE_COLOURS.get(v, "#7f7f7f") for v in shares.columns])
    ax.set(xlabel="share of quotes", ylabel="", xlim=(0, 1), title="Whose voices: quotes by type of speaker")
    ax.legend(title="voice", bbox_to_anchor=(1.01, 1), loc="upper left")
    fig.tight_layout()
    data = counts.astype(int).rename_axis(index="outlet", columns="voice").stack().rename("quotes").reset_index()
    data["share"] = data["quotes"] / data.groupby("outlet")["quotes"].transform("sum")
    return fig, data


def voice_finding(quotes: pd.DataFrame) -> Markdown:
    """The largest voice types and the unknown share, as a sentence."""
    if quotes.empty:
        return finding("No quote, so no voice type to report.")
    shares = quotes["voice"].value_counts()
    lead = [f"{v} {_pct(n, len(quotes))}" for v, n in shares.head(3).items()]
    unknown = int(shares.get("unknown", 0))
    return finding(f"Across all outlets the largest voices are: {', '.join(lead)} of {len(quotes):,} quotes; "
                   f"{unknown:,} ({_pct(unknown, len(quotes))}) have a speaker of unknown type.")


def kinds_by_outlet(quotes: pd.DataFrame):
    """Stacked bars of direct, mixed and indirect quotes per outlet; with data, or a sentence."""
    if quotes.empty:
        return "No quote was found, so there is no split of direct and paraphrased speech.", pd.DataFrame()
    outlets = list(quotes["outlet"].value_counts().head(MAX_LABELS).index)
    counts = pd.crosstab(quotes["outlet"], quotes["kind"]).reindex(index=outlets).fillna(0).astype(int)
    counts = counts.reindex(columns=[k for k in KIND_COLOURS if k in counts.columns])
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.45 * len(counts)))
    counts.iloc[::-1].plot.barh(stacked=True, ax=ax, width=0.75, color=[KIND_COLOURS[k] for k in counts.columns])
    ax.set(xlabel="quotes", ylabel="", title="Direct, mixed and indirect quotes by outlet")
    ax.legend(title="kind", loc="lower right")
    fig.tight_layout()
    return fig, counts.rename_axis(index="outlet", columns="kind").stack().rename("quotes").reset_index()


def kinds_finding(quotes: pd.DataFrame) -> Markdown:
    """The share of direct quotes overall and the outlet quoting most directly, as a sentence."""
    if quotes.empty:
        return finding("No quote, so no split of direct and indirect speech.")
    direct = quotes["kind"].isin(["direct", "mixed"])
    per = direct.groupby(quotes["outlet"]).mean().sort_values(ascending=False, kind="stable")
    text = (f"{_pct(int((quotes['kind'] == 'direct').sum()), len(quotes))} of quotes are direct and "
            f"{_pct(int((quotes['kind'] == 'mixed').sum()), len(quotes))} mixed (a paraphrase with quoted words).")
    if len(per) > 1:
        text += (f" {per.index[0]} gives the speakers' own words most often ({_pct(per.iloc[0], 1)} direct or mixed), "
                 f"{per.index[-1]} least ({_pct(per.iloc[-1], 1)}).")
    return finding(text)


def quote_table(quotes: pd.DataFrame, rows: int | None = None) -> pd.DataFrame | Markdown:
    """The first `rows` quotes (all: None) with speaker, outlet and date, in article order (a sentence when none)."""
    if quotes.empty:
        return finding("No quote was found, so the table of quotes is empty.")
    table = quotes.reindex(columns=TABLE_COLUMNS).copy()
    table["speaker"] = table["speaker"].fillna(NO_SPEAKER)
    return table.reset_index(drop=True).head(rows if rows is not None else len(table))
