"""The co-mention network: actors named in the same sentence, as an edge list and a networkx graph."""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

import networkx as nx
import pandas as pd

from helpers.entities.extract import ACTOR_LABELS, entity_table


def comention_edges(mentions: pd.DataFrame, labels: Iterable[str] = ACTOR_LABELS) -> pd.DataFrame:
    """Pairs of actors named in the same sentence: source, target, sentences (weight), articles."""
    cols = ["source", "target", "weight", "n_articles"]
    actors = mentions[mentions["label"].isin(list(labels))]
    pairs = []
    for (doc_id, _), group in actors.groupby(["doc_id", "sentence"], sort=True):
        for a, b in combinations(sorted(set(group["canonical"])), 2):
            pairs.append((a, b, doc_id))
    if not pairs:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame(pairs, columns=["source", "target", "doc_id"])
    edges = df.groupby(["source", "target"], sort=True).agg(weight=("doc_id", "size"), n_articles=("doc_id", "nunique"))
    return edges.reset_index().sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


def comention_graph(mentions: pd.DataFrame, edges: pd.DataFrame) -> nx.Graph:
    """A networkx graph of actors (node attributes: label, mentions) joined by co-mention weight."""
    graph = nx.Graph()
    table = entity_table(mentions)
    used = set(edges["source"]) | set(edges["target"])
    for row in table[table["canonical"].isin(used)].itertuples():
        graph.add_node(row.canonical, label=row.label, mentions=int(row.n_mentions))
    for row in edges.itertuples():
        graph.add_edge(row.source, row.target, weight=int(row.weight), articles=int(row.n_articles))
    return graph
