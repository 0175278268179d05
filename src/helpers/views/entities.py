"""Tables and figures of notebook 02 (who is covered); each says so plainly when there is nothing to show."""

from __future__ import annotations

import html
from typing import Iterable

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import seaborn as sns
from IPython.display import HTML, Markdown

from helpers.entities import extract as mentions
from helpers.entities.extract import ACTOR_LABELS, top_entities
from helpers.views.output import finding
from helpers.views.periods import period_labels

LABEL_COLOURS = {"PERSON": "#d95f02", "ORG": "#1b9e77", "GPE": "#7570b3", "NORP": "#e7298a"}


def summary(articles: pd.DataFrame, found: pd.DataFrame) -> str:
    """One sentence on what extraction found."""
    if len(articles) == 0:
        return "The corpus holds no usable article (see notebook 01's problems table): there is nothing to extract."
    if found.empty:
        return f"No named entity was found in the {len(articles):,} article(s), so there is no actor to chart."
    entities = len(found[["canonical", "label"]].drop_duplicates())  # as the entity table counts them: a name of two labels is two
    return (f"{len(found):,} mentions of {entities:,} entities in "
            f"{found['doc_id'].nunique():,} of {len(articles):,} article(s).") + case_caveat(articles)


def case_caveat(articles: pd.DataFrame, share: float = 0.1) -> str:
    """A warning when at least `share` of the texts are in one case: the model finds names by their capitals."""
    text = articles["text"].fillna("").astype(str) if "text" in articles else pd.Series(dtype=str)
    lettered = text[text.str.contains(r"[A-Za-z]{2}", regex=True)]
    if lettered.empty:
        return ""
    upper = int((~lettered.str.contains("[a-z]", regex=True)).sum())
    lower = int((~lettered.str.contains("[A-Z]", regex=True)).sum())
    if (upper + lower) / len(lettered) < share:
        return ""
    cases = " and ".join(p for p in (f"{upper:,} in capitals only" if upper else "",
                                     f"{lower:,} in lower case only" if lower else "") if p)
    return (f" **Read the names with care:** {cases} of the {len(lettered):,} texts; the English model finds "
            "names by their capital letters, so in those texts it misses names and takes ordinary words for them.")


def cache_check(articles: pd.DataFrame, model: str | None) -> str:
    """Extract again and report whether every article came from the on-disk cache."""
    if len(articles) == 0:
        return "No article, so no annotation was cached."
    again = mentions.extract_entities(articles, model=model)
    parsed = again.attrs.get("n_parsed", 0)
    if parsed == 0:
        return "A second extraction parsed no article: every annotation was read from the cache."
    return f"A second extraction parsed {parsed} article(s) again: the cache folder is not writable."


def heatmap(matrix: pd.DataFrame, title: str):
    """A seaborn heatmap of mention counts (actors x columns), or None when empty."""
    if matrix.empty:
        return "No actor was mentioned, so there is no heatmap."
    names = max((len(str(v)) for v in matrix.index), default=0)  # the row labels need room on the left
    wide = matrix.shape[1] > 12  # many columns: narrower cells and smaller numbers keep the page readable
    width = max(4.0, 0.09 * len(title), 0.6 + 0.075 * names + (0.5 if wide else 0.9) * matrix.shape[1])
    fig, ax = plt.subplots(figsize=(width, 1.2 + 0.42 * matrix.shape[0]))
    sns.heatmap(matrix, annot=True, fmt="d", cmap="Blues", cbar=False, linewidths=0.5, ax=ax,
                annot_kws={"fontsize": 7 if wide else 10})
    ax.set(title=title, xlabel="", ylabel="")
    ax.tick_params(axis="x", rotation=30)
    plt.setp(ax.get_xticklabels(), ha="right")
    fig.tight_layout()
    return fig


def as_long(matrix: pd.DataFrame, column: str) -> pd.DataFrame:
    """The heatmap's data as a tidy table: canonical, column value, mentions."""
    if matrix.empty:
        return pd.DataFrame(columns=["canonical", column, "mentions"])
    return matrix.rename_axis(index="canonical", columns=column).stack().rename("mentions").reset_index()


def network_figure(graph: nx.Graph, top_n: int = 25, seed: int = 0):
    """Draw the `top_n` most mentioned actors and their co-mentions, labelled, with a fixed layout seed."""
    if graph.number_of_edges() == 0:
        return "No two actors share a sentence, so there is no network to draw."
    keep = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["mentions"], n))[:top_n]
    chosen = set(keep)
    sub = nx.Graph()  # built in a fixed order: networkx subgraph views iterate a set (hash-seed dependent)
    sub.add_nodes_from((n, graph.nodes[n]) for n in keep)
    sub.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if u in chosen and v in chosen)
    sub.remove_nodes_from([n for n in list(sub.nodes) if sub.degree(n) == 0])
    pos = nx.spring_layout(sub, seed=seed, k=1.4 / max(len(sub), 1) ** 0.5, weight="weight", iterations=200)
    fig, ax = plt.subplots(figsize=(11, 8))
    widths = [0.6 + 0.5 * sub.edges[e]["weight"] for e in sub.edges]
    nx.draw_networkx_edges(sub, pos, width=widths, alpha=0.35, edge_color="#555555", ax=ax)
    colours = [LABEL_COLOURS.get(sub.nodes[n]["label"], "#999999") for n in sub.nodes]
    sizes = [60 + 18 * sub.nodes[n]["mentions"] for n in sub.nodes]
    nx.draw_networkx_nodes(sub, pos, node_color=colours, node_size=sizes, alpha=0.9, ax=ax)
    nx.draw_networkx_labels(sub, pos, font_size=9, ax=ax,
                            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 0.5})
    for label, colour in LABEL_COLOURS.items():
        ax.scatter([], [], color=colour, label=label)
    ax.legend(loc="lower left", frameon=False, title="label")
    ax.set_title(f"Actors named in the same sentence (top {len(sub)} by mentions; edge width = sentences)")
    ax.axis("off")
    fig.tight_layout()
    return fig


def show_article(articles: pd.DataFrame, found: pd.DataFrame, doc_id: str | None, max_chars: int = 1800):
    """displaCy view of one article's entities (the first article when `doc_id` is None)."""
    if found.empty:
        return finding("There is no entity to show.")
    doc_id = doc_id if doc_id in set(found["doc_id"]) else found["doc_id"].iloc[0]
    return HTML(f"<p>Article {html.escape(doc_id)}, first {max_chars} characters:</p>"
                + displacy_html(articles, found, doc_id, max_chars))


def top_by_label(mentions: pd.DataFrame, n: int = 8, labels: Iterable[str] = ACTOR_LABELS) -> pd.DataFrame:
    """The top `n` entities of each label side by side: one column per label, 'Name (mentions)'."""
    cols = {}
    for label in labels:
        top = top_entities(mentions, n, (label,))
        cols[label] = [f"{c} ({k})" for c, k in zip(top["canonical"], top["n_mentions"])]
    width = max((len(v) for v in cols.values()), default=0)
    return pd.DataFrame({k: v + [""] * (width - len(v)) for k, v in cols.items()}, index=pd.RangeIndex(1, width + 1, name="rank"))


MAX_COLUMNS = 40  # a heatmap gets at most this many columns (outlets, articles or periods)


def mention_matrix(mentions: pd.DataFrame, articles: pd.DataFrame, by: str = "outlet", n: int = 12,
                   max_columns: int = MAX_COLUMNS) -> pd.DataFrame:
    """Mentions of the top `n` actors (rows) per value of `by` (columns); past `max_columns` values, the
    values naming the top actors most are kept and the rest summed into one '(N others)' column."""
    top = top_entities(mentions, n, ACTOR_LABELS)["canonical"]
    if top.empty:
        return pd.DataFrame()
    chosen = mentions[mentions["canonical"].isin(top)]
    if by == "doc_id":
        columns = chosen["doc_id"]
    else:
        lookup = articles.set_index("doc_id")[by]
        lookup = lookup.dt.strftime("%Y-%m-%d") if hasattr(lookup, "dt") else lookup
        columns = chosen["doc_id"].map(lookup.fillna("(unknown)").astype(str)).fillna("(unknown)").rename(by)
    table = pd.crosstab(chosen["canonical"], columns).reindex(index=list(top)).fillna(0).astype(int)
    if table.shape[1] > max_columns:
        totals = table.sum()
        keep = sorted(table.columns, key=lambda c: (-totals[c], str(c)))[: max_columns - 1]
        rest = [c for c in table.columns if c not in set(keep)]
        table = table[sorted(keep, key=str)].assign(**{f"({len(rest)} others)": table[rest].sum(axis=1)})
    return table


def spread_matrix(mentions: pd.DataFrame, articles: pd.DataFrame, n: int = 12,
                  max_columns: int = MAX_COLUMNS) -> tuple[pd.DataFrame, str]:
    """The top actors across the corpus: per article when there are few, else per publication period
    (week, month, quarter or year, whichever gives at most `max_columns` columns), else the busiest articles."""
    if len(articles) <= max_columns or articles["published"].isna().all():
        return mention_matrix(mentions, articles, "doc_id", n, max_columns), "article"
    labels, name = period_labels(articles["published"], max_columns, finest="week")
    return mention_matrix(mentions, articles.assign(period=labels), "period", n, max_columns), name


def matrix_finding(matrix: pd.DataFrame, unit: str) -> Markdown:
    """Which top actor is named in the most columns, and how concentrated the mentions are."""
    if matrix.empty:
        return finding("No actor was mentioned, so there is nothing to compare.")
    present = (matrix > 0).sum(axis=1)
    widest = sorted(present.index, key=lambda a: (-present[a], a))[0]
    busiest = matrix.sum().sort_values(ascending=False, kind="stable")
    columns = [c for c in matrix.columns if not str(c).endswith("others)")]
    if len(matrix.columns) == 1:  # one outlet or period: nothing to compare across columns
        return finding(f"All {len(matrix)} top actors are named in the one {unit} shown, **{busiest.index[0]}** "
                       f"({int(busiest.iloc[0]):,} mentions of them); **{matrix.iloc[:, 0].idxmax()}** leads it.")
    return finding(f"Of the {len(matrix)} top actors, **{widest}** is named in the most {unit}s shown "
                   f"({present[widest]:,} of {len(matrix.columns):,}); the {unit} naming the top actors most is "
                   f"**{busiest.index[0]}** ({int(busiest.iloc[0]):,} mentions). "
                   + (f"The chart shows {len(columns):,} {unit}s and sums the rest in one column." if len(columns) < len(matrix.columns) else ""))


def cache_finding(articles: pd.DataFrame, model: str | None) -> Markdown:
    """Whether a second extraction read every article from the on-disk cache, as prose."""
    return finding(cache_check(articles, model))


def summary_finding(articles: pd.DataFrame, found: pd.DataFrame) -> Markdown:
    """What extraction found, as prose."""
    return finding(summary(articles, found))


def top_finding(mentions: pd.DataFrame, labels: Iterable[str] = ACTOR_LABELS, n: int = 3) -> Markdown:
    """The most mentioned names of each type, with their counts."""
    if mentions.empty:
        return finding("No entity was found, so there are no top actors.")
    nouns = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "NORP": "groups (nationalities, religions, parties)"}
    parts = []
    for label in labels:
        top = top_entities(mentions, n, (label,))
        if len(top):
            names = [f"{c} ({k:,})" for c, k in zip(top["canonical"], top["n_mentions"])]
            parts.append(f"{nouns.get(label, label)}: {', '.join(names)}")
    return finding("The most mentioned " + "; ".join(parts) + " (mentions in brackets).")


def network_finding(edges: pd.DataFrame) -> Markdown:
    """The strongest co-mention ties and the best-connected actor."""
    if edges.empty:
        return finding("No two actors share a sentence, so there is no network.")
    ties = ", ".join(f"{s}–{t} ({w:,})" for s, t, w in edges[["source", "target", "weight"]].head(3).itertuples(index=False))
    degree = pd.concat([edges["source"], edges["target"]]).value_counts()
    hub = sorted(degree.index, key=lambda a: (-degree[a], a))[0]
    return finding(f"{len(edges):,} pairs of actors share at least one sentence. The strongest ties (sentences naming "
                   f"both) are {ties}; **{hub}** has the most partners ({degree[hub]:,}).")


def displacy_html(articles: pd.DataFrame, mentions: pd.DataFrame, doc_id: str, max_chars: int = 2500) -> str:
    """displaCy markup of one article's first `max_chars` characters with our corrected labels."""
    from spacy import displacy

    text = str(articles.loc[articles["doc_id"] == doc_id, "text"].iloc[0])[:max_chars]
    ents = [{"start": int(s), "end": int(e), "label": lab}
            for s, e, lab in mentions.loc[mentions["doc_id"] == doc_id, ["start_char", "end_char", "label"]].itertuples(index=False)
            if e <= len(text)]
    return displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, jupyter=False)
