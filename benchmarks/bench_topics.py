"""Benchmark of helpers.cluster_topics: accuracy of the automatic topic count, and time/memory at 10,000 docs.

Accuracy: normalised mutual information (NMI) between topics and known sections, for the automatic
topic count and for k-means told the true count. By default on a SYNTHETIC labelled news-like corpus
generated here (no public data set ships with the project); pass `--corpus file.csv` (columns
`text` and `section`) to measure on a real labelled corpus you have locally.

    .venv/bin/python benchmarks/bench_topics.py                  # NMI on synthetic 3,000 docs + 10k timing
    .venv/bin/python benchmarks/bench_topics.py --corpus news.csv --skip-scale
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import normalized_mutual_info_score

from helpers import cluster_topics

SYLLABLES = [a + b for a in "bcdfghjklmnprstvwz" for b in ["a", "e", "i", "o", "u", "ar", "en", "or", "il", "an"]]


def pseudo_words(n: int, rng: np.random.Generator, taken: set[str]) -> list[str]:
    """`n` new pronounceable pseudo-words of 2-4 syllables, none in `taken`."""
    out = []
    while len(out) < n:
        w = "".join(rng.choice(SYLLABLES, size=rng.integers(2, 5)))
        if w not in taken:
            taken.add(w)
            out.append(w)
    return out


def zipf(n: int, s: float = 1.07) -> np.ndarray:
    """Zipf weights for `n` ranked words."""
    w = 1.0 / np.arange(1, n + 1) ** s
    return w / w.sum()


def make_corpus(n_docs: int, n_sections: int = 8, seed: int = 0, topical: float = 0.07) -> pd.DataFrame:
    """A news-like labelled corpus: Zipfian shared vocabulary, section vocabularies overlapping with a
    neighbour section, recurring stories (named entities) within sections, log-normal lengths."""
    rng = np.random.default_rng(seed)
    taken: set[str] = set()
    background = pseudo_words(4000, rng, taken)
    sections = [pseudo_words(400, rng, taken) for _ in range(n_sections)]
    stories = [[pseudo_words(12, rng, taken) for _ in range(30)] for _ in range(n_sections)]
    pb, ps = zipf(len(background)), zipf(400)
    rows = []
    for i in range(n_docs):
        sec = int(rng.integers(n_sections))
        length = int(np.clip(rng.lognormal(np.log(220), 0.6), 40, 1500))
        share = float(np.clip(rng.normal(topical, topical / 3), 0.02, 0.6))
        n_top = rng.binomial(length, share)
        n_nei = rng.binomial(n_top, 0.3)  # part of the topical words borrowed from the neighbour section
        n_story = rng.binomial(length, 0.03)
        words = list(rng.choice(background, size=length - n_top - n_story, p=pb))
        words += list(rng.choice(sections[sec], size=n_top - n_nei, p=ps))
        words += list(rng.choice(sections[(sec + 1) % n_sections], size=n_nei, p=ps))
        words += list(rng.choice(stories[sec][int(rng.integers(30))], size=n_story))
        rng.shuffle(words)
        rows.append({"text": " ".join(words), "section": f"section{sec}"})
    return pd.DataFrame(rows)


def baseline(texts: pd.Series, k: int, random_state: int = 0) -> np.ndarray:
    """Plain TF-IDF (English stop words) + k-means told the true k: the issue's reference method."""
    X = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2, max_df=0.5).fit_transform(texts)
    return KMeans(n_clusters=k, n_init=10, random_state=random_state).fit_predict(X)


def accuracy(df: pd.DataFrame, random_state: int = 0) -> dict:
    """NMI against the sections: automatic k, our pipeline told the true k, and the plain baseline."""
    truth = df["section"].to_numpy()
    k_true = len(set(truth))
    auto = cluster_topics(df["text"], random_state=random_state)
    told = cluster_topics(df["text"], n_topics=k_true, random_state=random_state)
    return {
        "docs": len(df), "true_k": k_true, "auto_k": auto.n_topics,
        "nmi_auto": normalized_mutual_info_score(truth, auto.assignments["topic"]),
        "nmi_true_k": normalized_mutual_info_score(truth, told.assignments["topic"]),
        "nmi_baseline_true_k": normalized_mutual_info_score(truth, baseline(df["text"], k_true, random_state)),
        "method": auto.method,
    }


def scale(n_docs: int, n_topics: int | None) -> dict:
    """Wall time of one cluster_topics call on `n_docs` synthetic docs, then its peak memory in a traced rerun."""
    texts = make_corpus(n_docs, seed=1)["text"]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    res = cluster_topics(texts, n_topics=n_topics)
    elapsed = time.perf_counter() - t0
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()  # a second, traced run: tracing slows allocation, so it is not timed
    cluster_topics(texts, n_topics=n_topics)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"docs": n_docs, "n_topics": res.n_topics, "seconds": round(elapsed, 1),
            "tracemalloc_peak_mb": round(peak / 2**20, 1), "max_rss_mb": round(rss_after, 1),
            "max_rss_before_mb": round(rss_before, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="CSV with columns text, section (a real labelled corpus)")
    parser.add_argument("--docs", type=int, default=3000, help="synthetic corpus size for the NMI check")
    parser.add_argument("--seeds", type=int, default=3, help="synthetic corpora (seeds) per section count")
    parser.add_argument("--sections", type=int, nargs="+", default=[8, 5, 12], help="section counts to generate")
    parser.add_argument("--scale-docs", type=int, default=10_000, help="documents for the time/memory check")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()
    if not args.skip_accuracy:
        if args.corpus:
            print(pd.DataFrame([accuracy(pd.read_csv(args.corpus))]).to_string(index=False))
        else:
            print(f"SYNTHETIC labelled news-like corpora, {args.docs} docs each (not a real corpus):")
            rows = [accuracy(make_corpus(args.docs, n_sections=k, seed=s)) | {"seed": s}
                    for k in args.sections for s in range(args.seeds)]
            table = pd.DataFrame(rows)
            print(table.drop(columns="method").round(3).to_string(index=False))
            print(f"mean NMI: automatic k {table.nmi_auto.mean():.3f}, true k {table.nmi_true_k.mean():.3f}, "
                  f"plain TF-IDF + k-means with true k {table.nmi_baseline_true_k.mean():.3f}; "
                  f"auto k == true k in {(table.auto_k == table.true_k).sum()}/{len(table)}; {table.method.iloc[0]}")
    if not args.skip_scale:
        print(f"\nScale (automatic k, synthetic {args.scale_docs} docs):")
        print(pd.DataFrame([scale(args.scale_docs, None)]).to_string(index=False))


if __name__ == "__main__":
    main()
