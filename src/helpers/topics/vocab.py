"""TF-IDF of unigrams + bigrams whose memory follows the kept vocabulary, not every bigram ever seen.

scikit-learn's `TfidfVectorizer` holds a Python dict of every distinct n-gram of the corpus, and a
count matrix over all of them, before `min_df` prunes it: on 80,000 articles that is tens of millions
of bigram strings and most of a 5 GB peak (bench_topics --profile). Here each text is tokenised once
into word ids (int32); n-grams are 64-bit integer codes (word id pairs) whose document and corpus
frequencies are counted chunk by chunk with NumPy; only the n-grams that pass the document-frequency
bounds become strings. The selection repeats scikit-learn's rules exactly (min_df, max_df, then the
`max_features` most frequent, ties broken by the same sort on the alphabetical vocabulary), and the
counts go through scikit-learn's `TfidfTransformer`, so the matrix has the same values (tested).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

SHIFT = np.int64(1 << 32)  # code of a bigram (a, b): (a + 1) * SHIFT + (b + 1); of a unigram a: (a + 1) * SHIFT
CHUNK = 4000  # texts whose n-gram codes are counted together before they join the running totals


def word_ids(texts: list[str], analyzer) -> tuple[list[np.ndarray], list[str]]:
    """Each text as an int32 array of word ids (stop words removed, in order) and the words by id."""
    index: dict[str, int] = {}
    docs = []
    for text in texts:
        docs.append(np.fromiter((index.setdefault(w, len(index)) for w in analyzer(text)), dtype=np.int32))
    return docs, list(index)


def gram_codes(ids: np.ndarray, bigrams: bool) -> np.ndarray:
    """The n-gram codes of one text, one per occurrence: unigrams, then bigrams of neighbouring words."""
    a = (ids.astype(np.int64) + 1) * SHIFT
    return np.concatenate([a, a[:-1] + ids[1:] + 1]) if bigrams and len(ids) > 1 else a


def _merge(codes: np.ndarray, df: np.ndarray, tf: np.ndarray, more: tuple) -> tuple:
    """Running (codes, document frequency, term frequency) totals joined with one chunk's."""
    allc = np.concatenate([codes, more[0]])
    uniq, inv = np.unique(allc, return_inverse=True)
    return (uniq, np.bincount(inv, np.concatenate([df, more[1]])).astype(np.int64),
            np.bincount(inv, np.concatenate([tf, more[2]])).astype(np.int64))


def gram_frequencies(docs: list[np.ndarray], bigrams: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted distinct n-gram codes with their document and total frequencies, counted chunk by chunk."""
    totals = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64))
    for start in range(0, len(docs), CHUNK):
        every = [gram_codes(d, bigrams) for d in docs[start:start + CHUNK]]
        occurrences = np.concatenate(every) if every else np.zeros(0, np.int64)
        per_doc = np.concatenate([np.unique(c) for c in every]) if every else occurrences
        c_tf, n_tf = np.unique(occurrences, return_counts=True)
        c_df, n_df = np.unique(per_doc, return_counts=True)  # same distinct codes as c_tf
        totals = _merge(*totals, (c_tf, n_df, n_tf)) if len(totals[0]) else (c_tf, n_df.astype(np.int64), n_tf.astype(np.int64))
        del every, occurrences, per_doc
    return totals


def gram_text(code: int, words: list[str]) -> str:
    """The n-gram a code stands for ('word' or 'word word')."""
    a, b = divmod(int(code), int(SHIFT))
    return words[a - 1] if b == 0 else f"{words[a - 1]} {words[b - 1]}"


def select(codes, df, tf, words, n_docs: int, min_df: int, max_df: float, max_features: int) -> tuple[np.ndarray, list[str]]:
    """Kept codes and their terms in alphabetical (column) order, by scikit-learn's min_df/max_df/max_features rules."""
    keep = (df >= min_df) & (df <= max_df * n_docs)
    codes, tf = codes[keep], tf[keep]
    terms = [gram_text(c, words) for c in codes]
    order = sorted(range(len(terms)), key=terms.__getitem__)
    codes, tf, terms = codes[order], tf[order], [terms[i] for i in order]
    if len(codes) > max_features:
        best = np.sort((-tf.astype(np.float32)).argsort()[:max_features])  # scikit-learn's tie-break, same array
        codes, terms = codes[best], [terms[i] for i in best]
    return codes, terms


def count_matrix(docs: list[np.ndarray], codes: np.ndarray, bigrams: bool) -> sparse.csr_matrix:
    """Text x kept-n-gram counts (float32, columns in the order of `codes`)."""
    by_code = np.argsort(codes, kind="stable")
    sorted_codes = codes[by_code]
    indptr, indices, data = [0], [], []
    for d in docs:
        c = gram_codes(d, bigrams)
        pos = np.searchsorted(sorted_codes, c)
        hit = pos < len(sorted_codes)
        hit[hit] = sorted_codes[pos[hit]] == c[hit]
        cols, counts = np.unique(by_code[pos[hit]], return_counts=True)
        indices.append(cols.astype(np.int32))
        data.append(counts.astype(np.float32))
        indptr.append(indptr[-1] + len(cols))
    shape = (len(docs), len(codes))
    if not indices:
        return sparse.csr_matrix(shape, dtype=np.float32)
    return sparse.csr_matrix((np.concatenate(data), np.concatenate(indices), np.array(indptr, dtype=np.int64)), shape=shape)


def lean_tfidf(texts: list[str], vectorizer: TfidfVectorizer) -> tuple[sparse.csr_matrix, np.ndarray]:
    """What `vectorizer.fit_transform(texts)` gives (word n-grams up to 2, int min_df), in memory that scales
    with the kept vocabulary; ValueError when no term is left, like scikit-learn."""
    p = vectorizer.get_params()
    bigrams = p["ngram_range"][1] >= 2
    analyzer = TfidfVectorizer(**{**p, "ngram_range": (1, 1), "min_df": 1, "max_df": 1.0, "max_features": None}).build_analyzer()
    docs, words = word_ids(texts, analyzer)
    codes, terms = select(*gram_frequencies(docs, bigrams), words, len(texts), p["min_df"], p["max_df"],
                          p["max_features"] or np.iinfo(np.int64).max)
    if not terms:
        raise ValueError("no terms remain after pruning")
    counts = count_matrix(docs, codes, bigrams)
    del docs
    tfidf = TfidfTransformer(norm=p["norm"], use_idf=p["use_idf"], smooth_idf=p["smooth_idf"], sublinear_tf=p["sublinear_tf"])
    return tfidf.fit_transform(counts).tocsr(), np.array(terms, dtype=object)
