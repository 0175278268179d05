"""Count error or grouping error? Coarse NMI of the themes at the TRUE theme count (issue 15, round k).

What it measures. For every DEVELOPMENT sample (never a held-out one; there is no option for them), from the
cached fits of `bench_topics_dev.py` / `bench_topics_sections.py --half dev` (same file names, same `fit`):
- `knee`: coarse NMI of the default themes, at the count the knee picks (`knee_t`);
- `ward_T`: the default grouping (Ward tree of size-weighted fine-topic centroids, cut, texts refined to the
  nearest theme) with the true count given ("oracle count"); `knee` vs `ward_T` is the cost of the count;
- nested alternatives at the true count, each fine topic in exactly one theme, each also refined as the default
  is (`_ref`) and the plain cut (`_cut`): `ward` (the default tree, unrefined), `ward_l2` (Ward on L2-normalised
  centroids), `avg_cos` (average linkage, cosine distance, one vote per topic), `skm` (spherical k-means of the
  normalised centroids weighted by size, 10 restarts, seed 0); `ward_T` vs the best of these is the cost of
  the grouping;
- `ward_2k` / `ward_kmax`: the default grouping over a finer base (the cached k-means at twice the automatic fine
  count, at most `--kmax`, and at `--kmax`): does purer fine topics help?
- `km_T`: k-means of the texts at the true count (the cached fit; NOT nested), a ceiling of the space itself;
- `fine`: NMI of the fine topics themselves.
Then the same alternatives at the knee's count (`--at-knee`): does a different grouping help the automatic level?

Where t >= the fine count (nothing to group) every grouping is the default's, so all means are over all samples.
First run (round k, caches of rounds i/j; mean coarse NMI sections dev 13 / old dev 42 / unbalanced 6):
  knee (the default, automatic count)      0.692 / 0.747 / 0.520   (count exact 6 / 15 / 2)
  ward_T (default grouping, true count)    0.659 / 0.796 / 0.528
  ward_cut (same, texts not refined)       0.627 / 0.757 / 0.516
  ward_l2_ref                              0.653 / 0.788 / 0.543
  avg_cos_ref                              0.548 / 0.673 / 0.576
  skm_ref                                  0.668 / 0.794 / 0.516
  ward_2k (twice the fine topics)          0.656 / 0.794 / 0.570
  km_T (texts, true count, not nested)     0.654 / 0.784 / 0.561
  fine topics                              0.561 / 0.580 / 0.514
Reading: on the sections proxy the true count does NOT raise the NMI (the knee's 1-3 extra themes score higher),
no nested grouping gains more than 0.01 and direct k-means at the true count is no better: there the limit is
the LSA space, not the tree. On the old dev set the count costs 0.049, almost all on the 2-, 3- and 7-category
samples where the knee sits at its floor of 4 (2 categories: about 0.58 against 0.89); no grouping gains. At the
knee's count (`--at-knee`; default / ward_l2 / avg_cos / skm): sections 0.692 / 0.679 / 0.593 / 0.678, old dev
0.747 / 0.754 / 0.696 / 0.747, unbalanced 0.520 / 0.546 / 0.531 / 0.515. No grouping beats Ward on every family;
the default was kept (`helpers.topics.themes`, "Count or grouping?").

    .venv/bin/python benchmarks/bench_topics_oracle.py --family sections --cache /tmp/topics-sections [--at-knee]
    .venv/bin/python benchmarks/bench_topics_oracle.py --family dev --cache /tmp/topics-dev [--unbalanced]
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import KMeans
from sklearn.metrics import normalized_mutual_info_score as nmi
from sklearn.preprocessing import normalize

from bench_topics import REUTERS
from bench_topics_dev import development_corpora, fit, unbalanced_corpora
from bench_topics_sections import section_corpora
from helpers.config.topics import TopicParams
from helpers.topics import select as sel
from helpers.topics import themes as th

GROUPINGS = ("ward", "ward_l2", "avg_cos", "skm")


def leaf_groups(method: str, centroids: np.ndarray, sizes: np.ndarray, t: int) -> np.ndarray:
    """Theme of each fine topic (nested: one theme per topic) when `t` themes are made by `method`."""
    if method == "ward":
        return th.cut_tree(th.ward_tree(centroids, sizes), len(centroids), t)
    if method == "ward_l2":
        return th.cut_tree(th.ward_tree(normalize(centroids), sizes), len(centroids), t)
    if method == "avg_cos":
        return fcluster(linkage(normalize(centroids), "average", metric="cosine"), t, "maxclust") - 1
    if method == "skm":
        return KMeans(t, n_init=10, random_state=0).fit_predict(normalize(centroids), sample_weight=sizes)
    raise ValueError(f"unknown grouping {method!r}; use one of {GROUPINGS}")


def grouped(Z, labels: np.ndarray, k: int, t: int, method: str, refine: bool) -> np.ndarray:
    """Theme of each text: the fine topics grouped by `method`, then (if `refine`) texts moved as the default does."""
    centroids, sizes = th.topic_centroids(Z, labels, k)
    group = np.asarray(leaf_groups(method, centroids, sizes, t))[labels]
    made = len(np.unique(group))
    if refine and 1 < made < k:
        _, group = th.refine(Z, labels, group, made, 0)
    return group


def oracle_row(name: str, cached: dict, params: TopicParams, at_knee: bool) -> dict:
    """Coarse NMI of every grouping at the true count (or at the knee's count), from one cached sample."""
    Z, scores, pos, truth = cached["Z"], cached["scores"], cached["pos"], cached["truth"]

    def score(per_text: np.ndarray) -> float:
        return round(nmi(truth, np.where(pos >= 0, per_text[np.maximum(pos, 0)], -1)), 3)

    def fit_at(kk: int) -> np.ndarray:
        return scores.loc[scores["k"] == kk, "labels"].iloc[0]

    true = int(pd.Series(truth).nunique())
    k = sel.pick_k(scores[scores["k"].isin(set(sel.candidate_ks(Z.shape[0], None, params)))], params.k_tolerance)
    labels = fit_at(k)
    _, group, (knee_t, _, _) = th.hierarchy(Z, labels, k, None, params, 0)
    row = {"corpus": name, "true": true, "fine_k": k, "knee_t": knee_t, "fine": score(labels), "knee": score(group)}
    t = knee_t if at_knee else true
    _, group, _ = th.hierarchy(Z, labels, k, t, params, 0)
    row["ward_T" if not at_knee else "ward_ref"] = score(group)
    same = row["ward_ref" if at_knee else "ward_T"]  # t >= k: every grouping keeps each topic a theme of its own
    for method in GROUPINGS:
        if not at_knee:
            row[f"{method}_cut"] = score(grouped(Z, labels, k, t, method, False)) if 1 < t < k else same
        if method != "ward":
            row[f"{method}_ref"] = score(grouped(Z, labels, k, t, method, True)) if 1 < t < k else same
    if not at_knee:
        kmax = int(scores["k"].max())
        for kk, col in ((min(2 * k, kmax), "ward_2k"), (kmax, "ward_kmax")):
            if kk > t:
                row[col] = score(th.hierarchy(Z, fit_at(kk), kk, t, params, 0)[1])
        row["km_T"] = score(fit_at(t)) if t in set(scores["k"]) else np.nan
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuters", default=str(REUTERS), help="path of reuters21578.jsonl")
    parser.add_argument("--family", choices=["sections", "dev"], required=True,
                        help="sections: bench_topics_sections.py's development half; dev: bench_topics_dev.py's 42")
    parser.add_argument("--unbalanced", action="store_true", help="with --family dev: also the six unbalanced samples")
    parser.add_argument("--cache", required=True, help="directory of the cached fits (created; same files as the family's)")
    parser.add_argument("--kmax", type=int, default=20, help="largest k fitted into the cache")
    parser.add_argument("--at-knee", action="store_true", help="compare groupings at the knee's count, not the true one")
    args = parser.parse_args()
    params = TopicParams()
    path = Path(args.reuters)
    if args.family == "sections":
        samples = section_corpora(path, "dev")
    else:
        samples = development_corpora(path) + (unbalanced_corpora(path) if args.unbalanced else [])
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, df in samples:
        file = cache / (name.replace(" ", "_") + ".pkl")
        if not file.is_file():
            file.write_bytes(pickle.dumps(fit(df, args.kmax, params)))
        rows.append(oracle_row(name, pickle.loads(file.read_bytes()), params, args.at_knee))
        print(json.dumps(rows[-1]), flush=True)
    table = pd.DataFrame(rows)
    with pd.option_context("display.width", 250, "display.max_columns", 30):
        print(table.to_string(index=False))
    family = np.where(table["corpus"].str.contains(" u-"), "unbalanced", args.family)
    for name, part in table.groupby(family, sort=False):
        scores = part.drop(columns=["corpus", "true", "fine_k", "knee_t"])
        print(name, len(part), "samples, knee count exact", int((part["knee_t"] == part["true"]).sum()),
              "mean", json.dumps(scores.mean().round(3).to_dict()))


if __name__ == "__main__":
    main()
