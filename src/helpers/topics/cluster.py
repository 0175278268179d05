"""Topic clustering of news texts that works on eight paragraphs and on eighty thousand articles.

Method (scikit-learn): TF-IDF with news-aware stop words (`data/news_stopwords.txt`), sublinear tf,
unigrams + bigrams, document-frequency bounds that adapt to corpus size, counted on integer n-gram
codes (`helpers.topics.vocab`: the same matrix as `TfidfVectorizer`, in memory that follows the kept
vocabulary); k-means (k-means++ init, fixed seed, 10 restarts) on an L2-normalised LSA projection
(TruncatedSVD) of the single-word columns of the TF-IDF rows (bigrams repeat their words, so they
would weigh each word two or three times; they name and weight topics), with about one dimension per
20 distinct texts and one per 2 words of the median text, at least 10 (5 for under 200 texts), at most 30:
few dimensions smooth short texts (headlines) into the themes they share. Fewer than 10 distinct
texts are clustered on the TF-IDF rows themselves.

Number of topics (`n_topics=None`): every k from 2 to min(20, n-1, sqrt(2n)+1) is fitted and the k
is scored by the mean silhouette coefficient (cosine distance) of its k-means partition, computed
on at most 4,000 documents drawn with the fixed seed. The smallest k whose silhouette is within 5%
of the best one wins (a parsimony rule: near-ties go to fewer topics). If no k has a positive
silhouette, or there are fewer than three distinct texts, everything is one topic.

Markup residue that scrapes and feed exports leave is no topic word (`helpers.text.strip_markup`): entities, also
those that lost their "&" ("Google #39;s", "quot;", "lt;b gt;"), are decoded, and common HTML tags and web
addresses dropped, so "quot", "href" or "www" never make or name a topic. Measured (issue 15, stop 51; mean coarse NMI):
the written feed items with AG-style residue injected (`benchmarks/bench_topics_written.py` samples, 4 draws)
0.753 -> 0.833; the written items as they are (66 of 2,480 carry residue, 39 of them stock-quote links of business
items) 0.776 -> 0.722 over 12 draws (presumably the links' words had helped tell business apart).

Determinism: texts are de-duplicated and sorted by a SHA-256 of their normalised
content before anything is fitted, so the same collection of texts gives the same topics in any
order; topic ids are then renumbered by size (largest first), then label.

Small and odd inputs:
- empty or term-less texts (blank, None, only stop words or numbers) get topic -1, label "(no text)",
  weight 0; they are left out of topic sizes and shares;
- no usable text at all (including an empty list) gives every row topic -1 and an empty topic table
  with the usual columns (n_topics == 0);
- one or two distinct texts make one topic; three or more are scored from k = 2;
- duplicate texts are fitted once and share a topic, but count in `size`;
- `n_topics` larger than the number of distinct texts, or not a positive integer, is a ValueError
  that says what to pass instead; texts with identical terms may yield fewer topics than asked.

Themes (the coarse level, `helpers.topics.themes`): the fine topics are merged by Ward's criterion
on their LSA centroids and the tree is cut at the knee of its merge-cost curve (L-method; with fewer than
seven fine topics, below the first clear jump in merge costs); `n_themes=` fixes the count,
`TopicParams(theme_rule="gap")` or `"stability"` picks it another way; see that module. Every tuning constant is a field of `TopicParams`
(`helpers.config.topics`), passed as `params=`.

Result: `assignments` (one row per input, input order, RangeIndex): topic, label, weight (cosine
similarity to the topic's mean TF-IDF vector, 0-1), x, y (2-D TruncatedSVD map of the TF-IDF), theme;
`topics`: topic, label (three distinct top terms joined by " · "), top_terms (list of 10), size
(texts), share (of texts with a topic), representative (input position of the text nearest the
topic's centre; first position among duplicates), representative_text, theme;
`themes`: theme (0 = largest), label, size, share, topics (list of topic ids); `tree`: the merge
tree of the topics in SciPy linkage format (leaf i = topic i); `theme_scores`: the gap of each cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

from helpers.config.topics import TopicParams
from helpers.topics import select as sel
from helpers.topics.select import NO_TEXT
from helpers.topics import themes as th

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True, eq=False)
class TopicResult:
    """Result of `cluster_topics`: per-text assignments, the topic table and how k was chosen."""

    assignments: pd.DataFrame  # one row per input text, input order: topic, label, weight, x, y
    topics: pd.DataFrame  # one row per topic: topic, label, top_terms, size, share, representative, representative_text
    n_topics: int
    k_scores: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["k", "silhouette"]))
    method: str = ""
    themes: pd.DataFrame = field(default_factory=lambda: th.theme_table_frame([]))  # theme, label, size, share, topics
    n_themes: int = 0
    theme_scores: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["themes", "next_merge_cost", "gap"]))
    tree: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))  # SciPy linkage of the topics into themes


def _empty_result(n: int, method: str) -> TopicResult:
    """Every text without terms: all rows topic -1 and an empty topic table of the right shape."""
    assignments = pd.DataFrame({
        "topic": np.full(n, NO_TEXT, dtype=np.int64), "label": pd.Series(["(no text)"] * n, dtype="str"),
        "weight": np.zeros(n), "x": np.zeros(n), "y": np.zeros(n), "theme": np.full(n, NO_TEXT, dtype=np.int64),
    })
    return TopicResult(assignments, _topic_table_frame([]), 0, method=method)


def _topic_table_frame(rows: list[dict]) -> pd.DataFrame:
    """The topic table with fixed columns and dtypes, even when empty."""
    cols = ["topic", "label", "top_terms", "size", "share", "representative", "representative_text", "theme"]
    df = pd.DataFrame(rows, columns=cols)
    types = {"topic": "int64", "size": "int64", "share": "float64", "representative": "int64", "theme": "int64"}
    return df.astype(types)


def _coords(X) -> np.ndarray:
    """Deterministic 2-D map of documents: TruncatedSVD of the TF-IDF rows (zeros when too few terms)."""
    n, v = X.shape
    if n < 3 or v < 3:
        return np.zeros((n, 2))
    svd = TruncatedSVD(n_components=2, algorithm="arpack" if min(n, v) < 500 else "randomized", random_state=0)
    return sel._fix_signs(svd.fit_transform(X), svd.components_)


def _check_type(n_topics: int | None, name: str = "n_topics") -> None:
    """Raise a ValueError unless `n_topics` is None or a positive integer."""
    if n_topics is None:
        return
    if not isinstance(n_topics, (int, np.integer)) or isinstance(n_topics, bool) or n_topics < 1:
        raise ValueError(f"{name} must be a positive integer or None (automatic), got {n_topics!r}")


def _check_n_topics(n_topics: int | None, n_unique: int) -> None:
    """Raise a ValueError that says what to do when a requested topic count cannot be honoured."""
    if n_topics is not None and n_topics > n_unique:
        raise ValueError(
            f"n_topics={n_topics} is more than the {n_unique} distinct non-empty texts; "
            f"ask for at most {n_unique} topics or pass n_topics=None to choose automatically"
        )


def cluster_topics(
    texts: Iterable[str],
    n_topics: int | None = None,
    random_state: int = 0,
    *,
    max_topics: int | None = None,
    n_terms: int = 10,
    extra_stop_words: Iterable[str] | None = None,
    n_themes: int | None = None,
    params: TopicParams = TopicParams(),
) -> TopicResult:
    """Cluster `texts` into fine topics merged into themes (counts automatic when None); see module doc."""
    if isinstance(texts, str):
        raise TypeError("cluster_topics expects a list (or Series) of texts, not a single string")
    _check_type(n_topics)
    _check_type(n_themes, "n_themes")
    raw = [sel.normalise_text(t) for t in texts]
    unique = sorted({t for t in raw if t}, key=sel.content_key)
    X, vocab = sel.vectorise(unique, tuple(extra_stop_words or ()))
    has_terms = np.asarray(X.getnnz(axis=1) > 0) if X.shape[1] else np.zeros(len(unique), dtype=bool)
    keep = [t for t, ok in zip(unique, has_terms) if ok]
    if not keep:
        return _empty_result(len(raw), "no text with usable terms")
    X = X[np.flatnonzero(has_terms)]
    _check_n_topics(n_topics, len(keep))

    Z = sel.embed(sel.clustering_matrix(X, vocab, params), random_state, params, sel.median_words(keep))
    space = "TF-IDF" if sel.sparse.issparse(Z) else f"LSA-{Z.shape[1]}"
    k_scores = pd.DataFrame(columns=["k", "silhouette"])
    if n_topics is not None:
        k, labels, how = int(n_topics), sel.run_kmeans(Z, int(n_topics), random_state, sel.n_init_for(len(keep))), "given"
    elif len(keep) <= 2:
        k, labels, how = 1, np.zeros(len(keep), dtype=int), "one topic (fewer than 3 distinct texts)"
    else:
        scored = sel.score_ks(Z, sel.candidate_ks(len(keep), max_topics, params), random_state, params)
        k = sel.pick_k(scored, params.k_tolerance)
        labels = scored.loc[scored["k"] == k, "labels"].iloc[0] if k > 1 else np.zeros(len(keep), dtype=int)
        k_scores = scored[["k", "silhouette"]].reset_index(drop=True)
        how = "chosen automatically (smallest k within 5% of the best cosine silhouette)"
    fine, group, choice = th.hierarchy(Z, labels, k, n_themes, params, random_state)
    result, fine = _assemble(raw, keep, X, vocab, fine, k, n_terms, k_scores, f"k-means on {space}; k {how}")
    return th.add_themes(result, Z, X, vocab, fine, group, choice, params)


def _assemble(raw, keep, X, vocab, labels, k, n_terms, k_scores, method) -> tuple[TopicResult, np.ndarray]:
    """Renumber topics canonically, weight each text, and build both tables in input order; also the
    renumbered topic of each distinct text in fitting order (no pandas index of the texts: at 20,000 articles
    one cost a gigabyte)."""
    labels = np.asarray(labels)
    k = int(labels.max()) + 1 if len(labels) else k
    scores = sel.term_scores(X, labels, k)
    terms = sel.top_terms(scores, vocab, n_terms)
    names = [sel.make_label(t) for t in terms]
    sizes_unique = np.bincount(labels, minlength=k)
    index_of = {t: i for i, t in enumerate(keep)}
    pos = np.fromiter((index_of.get(t, -1) for t in raw), dtype=np.int64, count=len(raw))
    has = pos >= 0
    idx = pos[has]
    doc_labels = labels[idx]
    sizes = np.bincount(doc_labels, minlength=k)
    order = sorted(range(k), key=lambda c: (-sizes[c], names[c], -sizes_unique[c], c))
    renumber = np.empty(k, dtype=int)
    renumber[order] = np.arange(k)
    labels = renumber[labels]
    terms = [terms[c] for c in order]
    names = sel.dedupe_names([names[c] for c in order])

    centroids = normalize(_sparse_centroids(X, labels, k))
    weight = np.asarray(X @ centroids.T)[np.arange(len(labels)), labels]
    xy = _coords(X).astype(np.float64)

    n = len(raw)
    topic = np.full(n, NO_TEXT, dtype=np.int64)
    topic[has] = labels[idx]
    w = np.zeros(n)
    w[has] = np.round(weight[idx], 6)
    x, y = np.zeros(n), np.zeros(n)
    x[has], y[has] = np.round(xy[idx, 0], 6), np.round(xy[idx, 1], 6)
    label_col = np.array(["(no text)"] + names, dtype=object)[topic + 1]
    assignments = pd.DataFrame({"topic": topic, "label": pd.Series(label_col, dtype="str"), "weight": w, "x": x, "y": y})

    first_pos = {}
    for i, t in enumerate(raw):
        first_pos.setdefault(t, i)
    rows = []
    for c in range(k):
        members = np.flatnonzero(labels == c)
        best = members[np.lexsort((members, -np.round(weight[members], 9)))[0]]
        size = int((topic == c).sum())
        rows.append({
            "topic": c, "label": names[c], "top_terms": terms[c], "size": size, "share": round(size / int(has.sum()), 6),
            "representative": first_pos[keep[best]], "representative_text": keep[best], "theme": NO_TEXT,
        })
    return TopicResult(assignments, _topic_table_frame(rows), k, k_scores, method), labels


def _sparse_centroids(X, labels: np.ndarray, k: int) -> np.ndarray:
    """Mean TF-IDF row per topic, computed sparsely (large corpora)."""
    members = sel.sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(k, len(labels)))
    return np.asarray((members @ X).todense())


def paragraphs(articles: pd.DataFrame, text: str = "text", doc_id: str = "doc_id", min_words: int = 8) -> pd.DataFrame:
    """Split each article on blank lines (on line breaks if it has none) into doc_id, paragraph, text rows."""
    cols = {"doc_id": pd.Series(dtype=articles[doc_id].dtype if doc_id in articles else "str"),
            "paragraph": pd.Series(dtype="int64"), "text": pd.Series(dtype="str")}
    if articles is None or len(articles) == 0:
        return pd.DataFrame(cols)
    missing = [c for c in (text, doc_id) if c not in articles.columns]
    if missing:
        raise ValueError(f"paragraphs() needs columns {missing}; the table has {list(articles.columns)}")
    rows = []
    for did, body in zip(articles[doc_id], articles[text]):
        body = "" if body is None or (isinstance(body, float) and np.isnan(body)) else str(body).replace("\r\n", "\n")
        chunks = _BLANK_LINES.split(body.strip())
        if len(chunks) == 1:
            chunks = body.strip().split("\n")
        kept = [sel.normalise_text(c) for c in chunks]
        kept = [c for c in kept if len(c.split()) >= min_words]
        rows += [{"doc_id": did, "paragraph": i, "text": c} for i, c in enumerate(kept)]
    if not rows:
        return pd.DataFrame(cols)
    out = pd.DataFrame(rows)
    return out.astype({"paragraph": "int64", "text": "str"})


def topic_shares(assignments: pd.DataFrame, by: str = "doc_id") -> pd.DataFrame:
    """Share of each group's texts per topic (tidy: by, topic, label, n, share), texts without topic left out."""
    cols = [by, "topic", "label", "n", "share"]
    have = assignments[assignments["topic"] != NO_TEXT] if len(assignments) else assignments
    if len(have) == 0:
        return pd.DataFrame(columns=cols)
    counts = have.groupby([by, "topic", "label"], observed=True).size().rename("n").reset_index()
    counts["share"] = (counts["n"] / counts.groupby(by)["n"].transform("sum")).round(6)
    return counts.sort_values([by, "topic"], kind="stable").reset_index(drop=True)[cols]
