"""Building blocks of `helpers.topics`: canonical order, TF-IDF, topic-count choice and labels."""

from __future__ import annotations

import hashlib
import warnings

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import silhouette_samples, silhouette_score
from sklearn.preprocessing import normalize

from helpers.config.topics import TopicParams
from helpers.topics.vocab import lean_tfidf
from helpers.text import data_lines, squash, strip_markup

TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"  # words of two or more letters; numbers never make topics
DEFAULTS = TopicParams()
NO_TEXT = -1  # topic and theme of empty / term-less texts


def normalise_text(text: object) -> str:
    """The text topics are built from: markup residue removed ("Google #39;s", tags, web addresses), whitespace squashed."""
    return squash(strip_markup(squash(text)))


def content_key(text: str) -> str:
    """Stable hash of a normalised text: the canonical sort key that makes results order-free."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def stop_words(extra: tuple[str, ...] | list[str] | None = None) -> list[str]:
    """scikit-learn's English stop words + the editable news list + `extra`, sorted."""
    words = set(ENGLISH_STOP_WORDS) | frozenset(w.lower() for w in data_lines("news_stopwords.txt")) | {w.lower() for w in extra or ()}
    return sorted(words)


def document_frequency_bounds(n_docs: int) -> tuple[int, float]:
    """min_df / max_df adapted to corpus size: keep every word in tiny corpora, drop rare/ubiquitous ones in big."""
    if n_docs < 50:
        return 1, 1.0
    if n_docs < 2000:
        return 2, 0.5
    return max(3, n_docs // 4000), 0.5


def vectorise(texts: list[str], extra_stop_words=None) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Sparse L2-normalised TF-IDF (sublinear tf, uni+bigrams) and its vocabulary; empty if no terms."""
    min_df, max_df = document_frequency_bounds(len(texts))
    vec = TfidfVectorizer(
        lowercase=True, strip_accents="unicode", token_pattern=TOKEN_PATTERN, stop_words=stop_words(extra_stop_words),
        ngram_range=(1, 2), min_df=min_df, max_df=max_df, sublinear_tf=True, max_features=100_000, dtype=np.float32,
    )
    try:
        return lean_tfidf(texts, vec)  # what vec.fit_transform(texts) gives, without every bigram in memory
    except ValueError:  # no document holds a single usable term
        return sparse.csr_matrix((len(texts), 0), dtype=np.float32), np.array([], dtype=object)


def clustering_matrix(X: sparse.csr_matrix, vocab: np.ndarray, params: TopicParams = DEFAULTS) -> sparse.csr_matrix:
    """The TF-IDF rows k-means sees: single words only (re-normalised) unless `params.cluster_bigrams`."""
    if params.cluster_bigrams:
        return X
    words = np.flatnonzero([" " not in t for t in vocab])
    return normalize(X[:, words]) if len(words) else X


def lsa_dims(n_docs: int, n_terms: int, params: TopicParams = DEFAULTS, median_words: float | None = None) -> int:
    """LSA dimensions: about one per `docs_per_dim` texts and one per `words_per_dim` words of the median text
    (at least `short_lsa_dims`), between 5 and `lsa_dims`, fewer than texts and terms."""
    by_length = params.lsa_dims if median_words is None else max(params.short_lsa_dims, int(median_words) // params.words_per_dim)
    return int(min(params.lsa_dims, by_length, max(5, n_docs // params.docs_per_dim), n_docs - 1, n_terms - 1))


def median_words(texts: list[str]) -> float:
    """Median number of whitespace-separated words per text (0 for no text)."""
    return float(np.median([t.count(" ") + 1 for t in texts])) if texts else 0.0


def embed(X: sparse.csr_matrix, random_state: int, params: TopicParams = DEFAULTS, words: float | None = None) -> sparse.csr_matrix | np.ndarray:
    """The space k-means runs in: L2-normalised LSA (TruncatedSVD) of the TF-IDF; TF-IDF itself when tiny."""
    dims = lsa_dims(*X.shape, params, words)
    if X.shape[0] < params.lsa_from or dims < 2:
        return X
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=7, random_state=random_state)
    Z = _fix_signs(svd.fit_transform(X), svd.components_)
    return normalize(Z).astype(np.float64)


def _fix_signs(Z: np.ndarray, components: np.ndarray) -> np.ndarray:
    """Flip each SVD axis so its largest loading is positive (a canonical sign)."""
    signs = np.sign(components[np.arange(components.shape[0]), np.abs(components).argmax(axis=1)])
    signs[signs == 0] = 1
    return Z * signs


def run_kmeans(Z, k: int, random_state: int, n_init: int) -> np.ndarray:
    """Labels of k-means (k-means++ init, fixed seed) on rows of `Z`."""
    if k == 1:
        return np.zeros(Z.shape[0], dtype=int)
    km = KMeans(n_clusters=k, init="k-means++", n_init=n_init, random_state=random_state, max_iter=300)
    with warnings.catch_warnings():  # identical vectors can leave fewer distinct clusters than k
        warnings.simplefilter("ignore", ConvergenceWarning)
        return km.fit_predict(Z)


def n_init_for(n_docs: int) -> int:
    """More restarts where they are cheap (small corpora), fewer on big ones."""
    return 10 if n_docs <= 5000 else 4


def candidate_ks(n_docs: int, max_topics: int | None = None, params: TopicParams = DEFAULTS) -> list[int]:
    """Topic counts tried by the automatic choice: min_topics..min(max_topics, n-1, ~sqrt(2n)+1), from 2 at least."""
    cap = max_topics or params.max_topics
    upper = min(cap, n_docs - 1, int(np.sqrt(2 * n_docs)) + 1)
    return list(range(max(2, min(params.min_topics, upper)), upper + 1))


def silhouette(Z, labels: np.ndarray, how: str = DEFAULTS.silhouette_mean) -> float:
    """Mean cosine silhouette of a partition: over texts ("texts") or the mean of each topic's mean ("topics")."""
    if how == "texts":
        return float(silhouette_score(Z, labels, metric="cosine"))
    values = silhouette_samples(Z, labels, metric="cosine")
    return float(pd.Series(values).groupby(labels).mean().mean())


def score_ks(Z, ks: list[int], random_state: int, params: TopicParams = DEFAULTS) -> pd.DataFrame:
    """Silhouette (cosine distance) of the k-means partition for each k, on a fixed-seed sample."""
    n, cap = Z.shape[0], params.silhouette_sample
    rng = np.random.default_rng(random_state)
    sample = np.sort(rng.choice(n, size=cap, replace=False)) if n > cap else np.arange(n)
    rows = []
    for k in ks:
        labels = run_kmeans(Z, k, random_state, n_init_for(n))
        sub = labels[sample]
        score = silhouette(Z[sample], sub, params.silhouette_mean) if 1 < len(np.unique(sub)) < len(sample) else np.nan
        rows.append({"k": k, "silhouette": float(score), "labels": labels})
    return pd.DataFrame(rows)


def pick_k(scores: pd.DataFrame, tolerance: float = DEFAULTS.k_tolerance) -> int:
    """The smallest k whose silhouette is within `tolerance` (relative) of the best; 1 if none is positive."""
    valid = scores.dropna(subset=["silhouette"])
    if valid.empty or valid["silhouette"].max() <= 0:
        return 1
    best = valid["silhouette"].max()
    return int(valid.loc[valid["silhouette"] >= best * (1 - tolerance), "k"].min())


def term_scores(X: sparse.csr_matrix, labels: np.ndarray, k: int) -> np.ndarray:
    """Per-topic term scores: mean TF-IDF in the topic times the topic's share of that term's mass."""
    members = sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(k, len(labels)))
    sums = np.asarray((members @ X).todense(), dtype=np.float64)
    sizes = np.asarray(members.sum(axis=1)).ravel()
    centroids = sums / np.maximum(sizes, 1)[:, None]
    total = centroids.sum(axis=0, keepdims=True)
    share = np.divide(centroids, total, out=np.zeros_like(centroids), where=total > 0)
    return centroids * share


def top_terms(scores: np.ndarray, vocab: np.ndarray, n: int = 10) -> list[list[str]]:
    """The `n` best terms per topic (ties broken alphabetically, which is vocabulary order)."""
    out = []
    for row in scores:
        order = np.lexsort((np.arange(len(row)), -row))
        out.append([str(vocab[i]) for i in order if row[i] > 0][:n])
    return out


def dedupe_names(names: list[str]) -> list[str]:
    """Make labels unique by appending ' (2)', ' (3)'… to repeats, in order."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _chains(term: str, chosen: list[str]) -> bool:
    """True if bigram `term` continues or precedes a chosen bigram ('agreed extend' + 'extend truce')."""
    words = term.split()
    return len(words) == 2 and any(
        len(c.split()) == 2 and (words[0] == c.split()[1] or words[1] == c.split()[0]) for c in chosen
    )


def make_label(terms: list[str], n: int = 3) -> str:
    """A readable label from the first `n` distinct terms: no repeated words, a bigram replaces its unigram."""
    chosen: list[str] = []
    for term in terms:
        words = set(term.split())
        shown = {w for c in chosen for w in c.split()}
        if words <= shown or _chains(term, chosen):
            continue
        chosen = [c for c in chosen if c not in words]  # a bigram absorbs the single word it contains
        chosen.append(term)
        if len(chosen) == n:
            break
    return " · ".join(chosen) if chosen else "(no terms)"
