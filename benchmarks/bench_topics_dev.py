"""Development samples of the automatic theme count (issue 15): the family knobs are chosen on, replayed fast.

The 42 development samples the theme-count rule was set on (listed in `bench_topics_heldout.py`'s
docstring; written out here in issue 15's round c, since they were not in the repository): Reuters-21578
categories balanced at 300 items per class, seeds 0-3, as whole articles {earn acq crude trade money-fx}
{crude trade money-fx ship sugar} {earn acq crude trade money-fx interest} {crude grain money-fx}
{crude acq} {earn acq crude trade money-fx ship sugar} and as short items (title + first 30 words)
{crude trade money-fx earn} {acq crude ship sugar} {earn crude trade}; generated nested corpora 5x3
articles (seeds 0-1), 4x3 short items (seeds 10-11), 3x4 articles (seed 20), 6x2 articles (seed 21).
Plus six UNBALANCED development samples (`--unbalanced`; development combinations and seeds 0-3 only,
natural class proportions): bench_topics' Reuters top-6 articles and top-4 headlines, {earn acq crude trade
money-fx} articles, {crude trade money-fx earn} short items, {earn acq crude trade money-fx interest}
articles, and a nested 5x3 corpus with unequal theme sizes.
The nested corpora's sizes and shapes and bench_topics' own samples are not recorded for the original 42,
so this set is a reconstruction: the defaults score count exact 23, within +-2 33, mean coarse NMI 0.739
on it (round c), where the original replay recorded 26 / 37 / 0.774 (`TopicParams.min_gap`).
Round i made the knee rule the default (`TopicParams.theme_rule`): 15 / 33 / 0.747 here (unbalanced six: 2 / 5 /
0.520, gap 1 / 3 / 0.459); `--set theme_rule=gap` replays the earlier default exactly.

`--heldout 1` / `--heldout 2` replay a held-out family (`bench_topics_heldout.py`, `bench_topics_heldout2.py`)
the same way, with its own `--cache` (round c: the defaults replayed give exactly the figures those files print),
and each candidate is scored on them once, after it was chosen here.
Replay: the expensive part of `cluster_topics` (TF-IDF, LSA, k-means for every k up to `--kmax`, with
silhouettes) is computed once per sample and cached in `--cache`; each candidate TopicParams (`--set`)
then only re-picks k and rebuilds the themes, as `cluster_topics` does (same functions), so dozens of
candidates cost minutes. Knobs that change the LSA space or the k-means fits (lsa_*, silhouette_sample)
need a fresh cache directory.

    .venv/bin/python benchmarks/bench_topics_dev.py --cache /tmp/topics-dev [--unbalanced] [--set knob=value ...]
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import normalized_mutual_info_score as nmi

from bench_topics import REUTERS, make_nested, reuters, reuters_balanced, reuters_natural, reuters_titles
from bench_topics_heldout import ARTICLES, SHORT, heldout_corpora, params_from, report, summary
from bench_topics_heldout2 import heldout2_corpora
from helpers.config.topics import TopicParams
from helpers.topics import select as sel
from helpers.topics import themes as th

DEV_REUTERS = {  # name: (categories, short items?)
    "art5": (("earn", "acq", "crude", "trade", "money-fx"), False),
    "art5b": (("crude", "trade", "money-fx", "ship", "sugar"), False),
    "art6": (("earn", "acq", "crude", "trade", "money-fx", "interest"), False),
    "art3": (("crude", "grain", "money-fx"), False),
    "art2": (("crude", "acq"), False),
    "art7": (("earn", "acq", "crude", "trade", "money-fx", "ship", "sugar"), False),
    "short4": (("crude", "trade", "money-fx", "earn"), True),
    "short4b": (("acq", "crude", "ship", "sugar"), True),
    "short3": (("earn", "crude", "trade"), True),
}
DEV_NESTED = {  # name: (texts, themes, sub-topics, seed, median words, shares)
    "nested art 5x3": [(3000, 5, 3, s, 250, ARTICLES) for s in (0, 1)],
    "nested short 4x3": [(3000, 4, 3, s, 35, SHORT) for s in (10, 11)],
    "nested art 3x4": [(2400, 3, 4, 20, 220, ARTICLES)],
    "nested art 6x2": [(2400, 6, 2, 21, 220, ARTICLES)],
}


def development_corpora(path: Path) -> list[tuple[str, pd.DataFrame]]:
    """The 42 development samples (Reuters ones only when the file is present)."""
    out = []
    if Path(path).is_file():
        for name, (classes, short) in DEV_REUTERS.items():
            out += [(f"reuters {name} seed{s}", reuters_balanced(path, classes, 300, s, short)) for s in range(4)]
    for name, shapes in DEV_NESTED.items():
        for n, themes, subs, seed, words, shares in shapes:
            out.append((f"{name} seed{seed}", make_nested(n, themes, subs, seed=seed, median_words=words, **shares)))
    return out


def unbalanced_corpora(path: Path) -> list[tuple[str, pd.DataFrame]]:
    """Six unbalanced development samples (natural class proportions; development combinations and seeds)."""
    out = []
    if Path(path).is_file():
        out += [("reuters u-top6 seed0", reuters(path, 3000)), ("reuters u-titles4 seed0", reuters_titles(path, 3000))]
        for name, seed in (("art5", 1), ("short4", 2), ("art6", 3)):
            classes, short = DEV_REUTERS[name]
            out.append((f"reuters u-{name} seed{seed}", reuters_natural(path, classes, 2500, seed, short)))
    out.append(("nested u-art 5x3 seed3", make_nested(2500, 5, 3, seed=3, median_words=250,
                                                      theme_weights=(0.4, 0.25, 0.15, 0.12, 0.08), **ARTICLES)))
    return out


def fit(df: pd.DataFrame, kmax: int, params: TopicParams) -> dict:
    """The cached part of `cluster_topics`: LSA space and k-means labels + silhouette for k = 2..kmax."""
    raw = [sel.normalise_text(t) for t in df["text"]]
    unique = sorted({t for t in raw if t}, key=sel.content_key)
    X, vocab = sel.vectorise(unique)
    ok = np.asarray(X.getnnz(axis=1) > 0)
    keep = [t for t, o in zip(unique, ok) if o]
    Z = sel.embed(sel.clustering_matrix(X[np.flatnonzero(ok)], vocab, params), 0, params, sel.median_words(keep))
    ks = [k for k in range(2, kmax + 1) if k < len(keep)]
    index = {t: i for i, t in enumerate(keep)}
    return {"Z": Z, "scores": sel.score_ks(Z, ks, 0, params), "pos": np.array([index.get(t, -1) for t in raw]),
            "truth": df["label"].to_numpy()}


def replay(name: str, cached: dict, params: TopicParams) -> dict:
    """Theme count and coarse NMI that `cluster_topics(params=params)` gives, from the cached fits."""
    Z, scores, pos = cached["Z"], cached["scores"], cached["pos"]
    if params.silhouette_mean != "texts":  # Z holds at most 4,000 rows here: the silhouette sample is all of it
        scores = scores.assign(silhouette=[sel.silhouette(Z, lab, params.silhouette_mean) for lab in scores["labels"]])
    allowed = set(sel.candidate_ks(Z.shape[0], None, params))
    if max(allowed, default=0) > scores["k"].max():
        raise ValueError(f"{name}: the cache holds k up to {scores['k'].max()}; refit it with a larger --kmax")
    k = sel.pick_k(scores[scores["k"].isin(allowed)], params.k_tolerance)
    labels = scores.loc[scores["k"] == k, "labels"].iloc[0] if k > 1 else np.zeros(Z.shape[0], dtype=int)
    _, group, (t, _, _) = th.hierarchy(Z, labels, k, None, params, 0)
    theme = np.where(pos >= 0, group[np.maximum(pos, 0)], -1)
    return {"corpus": name, "docs": len(pos), "true": int(pd.Series(cached["truth"]).nunique()), "auto": int(group.max()) + 1,
            "nmi_themes": round(nmi(cached["truth"], theme), 3), "fine_topics": k,
            "nmi_topics": round(nmi(cached["truth"], np.where(pos >= 0, labels[np.maximum(pos, 0)], -1)), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuters", default=str(REUTERS), help="path of reuters21578.jsonl")
    parser.add_argument("--cache", required=True, help="directory of the cached fits (created)")
    parser.add_argument("--kmax", type=int, default=20, help="largest k fitted into the cache")
    parser.add_argument("--unbalanced", action="store_true", help="also the six unbalanced development samples")
    parser.add_argument("--set", nargs="*", default=[], metavar="KNOB=VALUE", help="TopicParams fields to change")
    parser.add_argument("--quiet", action="store_true", help="summaries only")
    parser.add_argument("--heldout", choices=["", "1", "2"], default="",
                        help="replay a HELD-OUT family instead (bench_topics_heldout[2]); score each candidate once")
    args = parser.parse_args()
    params = params_from(args.set)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    rows = []
    if args.heldout:
        family = heldout_corpora if args.heldout == "1" else heldout2_corpora
        samples = [(f"heldout{args.heldout}", s) for s in family(Path(args.reuters))]
    else:
        samples = [("dev", s) for s in development_corpora(Path(args.reuters))]
        samples += [("unbalanced", s) for s in unbalanced_corpora(Path(args.reuters))] if args.unbalanced else []
    for family, (name, df) in samples:
        file = cache / (name.replace(" ", "_") + ".pkl")
        if not file.is_file():
            file.write_bytes(pickle.dumps(fit(df, args.kmax, params)))
        rows.append(replay(name, pickle.loads(file.read_bytes()), params) | {"family": family})
        if not args.quiet:
            print(json.dumps(rows[-1]), flush=True)
    table = pd.DataFrame(rows)
    print(f"params: {params}")
    if not args.quiet:
        report(table.drop(columns="family"))
    for family, part in table.groupby("family", sort=False):
        print(family, json.dumps(summary_of(part)))


def summary_of(rows: pd.DataFrame) -> dict:
    """`bench_topics_heldout.summary` plus the mean fine count."""
    return summary(rows) | {"mean_fine": round(float(rows["fine_topics"].mean()), 1)}


if __name__ == "__main__":
    main()
