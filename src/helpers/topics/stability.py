"""The theme count by stability over half-samples: the count whose grouping the texts reproduce best.

Why stability. A number of themes is real when the themes come out the same from different halves of
the corpus: split in its true sections, any half of the texts gives nearly the same sections; split
finer or coarser, the extra border (or the forced merge) falls differently in each half. So for each
candidate count t, k-means with t clusters (k-means++, fixed seeds, `stability_restarts` restarts) is fitted
on `stability_resamples` random halves of a fixed evaluation sample of the texts (at most
`silhouette_sample`, drawn with the fixed seed, so 80,000 documents cost what 4,000 do), each fit labels
the whole evaluation sample, and the stability of t is the mean adjusted Rand index (ARI, 0 = chance,
1 = the same partition) over every pair of fits. ARI is corrected for chance, so counts compare fairly.
How the count is chosen. Among t >= 3, the smallest t whose stability is within `stability_tolerance`
of the best (near-ties go to fewer themes, a parsimony rule); two themes only if two is more stable than
every larger count by at least `two_theme_margin`. Why the margin: stability is known to favour two
clusters whenever one group stands apart from the rest (Ben-David, von Luxburg and Pal, 2006), e.g.
company takeovers among short economic items: two then wins on stability while splitting the corpus
poorly; so two must win clearly. Candidates: 2 .. min(`max_themes`, topics); fewer than
`stability_from` texts fall back to the gap rule (`helpers.topics.themes`), since halves of a few dozen
texts are too noisy to compare. The constants were set on the 42 development samples of issue 15 and
scored once on the held-out family of `benchmarks/bench_topics_heldout.py`: more counts within 2 of the
truth than the gap rule (28 of 30 against 26) but fewer exact (10 against 13) and a lower mean coarse NMI
(0.690 against 0.701), with two themes picked on most 4-class short-item samples; so it is an option
(`TopicParams(theme_rule="stability")`), not the default.
Deterministic and order-independent: the texts arrive in canonical order and every draw has a fixed seed.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import adjusted_rand_score

from helpers.config.topics import TopicParams


def evaluation_sample(n: int, cap: int, random_state: int) -> np.ndarray:
    """Sorted row numbers of at most `cap` of `n` texts, drawn with the fixed seed (all when n <= cap)."""
    if n <= cap:
        return np.arange(n)
    return np.sort(np.random.default_rng(random_state).choice(n, size=cap, replace=False))


def half_sample_partitions(Z, t: int, halves: list[np.ndarray], restarts: int) -> list[np.ndarray]:
    """For each half (rows of `Z`), the labels k-means with `t` clusters fitted on it gives every row of `Z`."""
    out = []
    for seed, rows in enumerate(halves):
        km = KMeans(n_clusters=t, init="k-means++", n_init=restarts, random_state=seed, max_iter=300)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            out.append(km.fit(Z[rows]).predict(Z))
    return out


def mean_pairwise_ari(parts: list[np.ndarray]) -> float:
    """Mean adjusted Rand index over every pair of partitions (1.0 for fewer than two)."""
    pairs = [(i, j) for i in range(len(parts)) for j in range(i + 1, len(parts))]
    return float(np.mean([adjusted_rand_score(parts[i], parts[j]) for i, j in pairs])) if pairs else 1.0


def stability_scores(Z, ts: list[int], params: TopicParams, random_state: int) -> pd.DataFrame:
    """Stability (mean pairwise ARI of k-means fits on random halves) of each theme count in `ts`."""
    rng = np.random.default_rng(random_state)
    sample = evaluation_sample(Z.shape[0], params.silhouette_sample, random_state)
    ZE = Z[sample]
    size = len(sample) // 2
    halves = [np.sort(rng.choice(len(sample), size=size, replace=False)) for _ in range(params.stability_resamples)]
    rows = [{"themes": t, "stability": round(mean_pairwise_ari(half_sample_partitions(ZE, t, halves, params.stability_restarts)), 9)}
            for t in ts if t <= size]
    return pd.DataFrame(rows, columns=["themes", "stability"]).astype({"themes": "int64", "stability": "float64"})


def pick_stable(scores: pd.DataFrame, params: TopicParams) -> int:
    """Smallest count >= 3 within `stability_tolerance` of the best; 2 only if it beats them by `two_theme_margin`."""
    stab = dict(zip(scores["themes"].tolist(), scores["stability"].tolist()))
    rest = {t: s for t, s in stab.items() if t >= 3}
    if not rest or stab.get(2, -np.inf) >= max(rest.values()) + params.two_theme_margin:
        return 2 if 2 in stab or not rest else min(rest)
    best = max(rest.values())
    return min(t for t, s in rest.items() if s >= best - params.stability_tolerance)
