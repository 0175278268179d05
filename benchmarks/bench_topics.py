"""Benchmark of helpers.cluster_topics: the topic hierarchy's automatic coarse level, and 80,000-document memory.

Accuracy: normalised mutual information (NMI) between the automatic THEMES (coarse level) and the
known classes, the count of themes chosen against the true count, and NMI of the fine TOPICS.
- Reuters-21578 (real news, not part of the project: pass its path, default
  `../shared/dev-corpora/reuters21578.jsonl` from the project root; skipped politely when absent):
  articles with exactly one topic code among the most frequent categories, whole articles as units,
  a fixed-seed sample of `--docs` of them; and Reuters headlines only (the `title` field) of the 4 most
  frequent categories, a realistic short-item check.
  Also balanced samples (300 items per category, fixed seeds) of five categories as whole articles
  (`reuters-sections5*`: sections of about equal size, as on a news site) and of four categories as
  short items (`reuters-short4*`: title and the first 30 words, the length of a news-feed item).
- Generated corpora with known nesting (fixed seeds): themes that contain sub-topics, as long
  articles (5 themes x 3 sub-topics) and as short items (4 themes x 3 sub-topics, ~35 words).
The fine level is the automatic k of before the hierarchy (unchanged), so `fine_topics` and `nmi_topics`
are also the "before" figures on the same data.
Scale: peak resident memory (ru_maxrss of a child process) and wall time of one automatic run on
`--scale-docs` generated articles (one or more sizes; default 80,000; target under 3 GB); `--profile`
adds resident memory and seconds per stage (benchmarks/topics_profile.py); `--theme-rule stability` measures
the opt-in stability rule for the theme count instead of the gap rule.

    .venv/bin/python benchmarks/bench_topics.py                       # everything
    .venv/bin/python benchmarks/bench_topics.py --skip-scale --docs 2000 --seeds 1
    .venv/bin/python benchmarks/bench_topics.py --skip-accuracy --profile --scale-docs 10000 20000 40000
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing as mp
import resource
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import normalized_mutual_info_score as nmi

from helpers import cluster_topics
from helpers.config import paths
from helpers.config.topics import TopicParams

REUTERS = paths.ROOT.parent / "shared" / "dev-corpora" / "reuters21578.jsonl"
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


def make_nested(n_docs: int, n_themes: int = 5, n_subs: int = 3, seed: int = 0, median_words: int = 250,
                theme_share: float = 0.06, sub_share: float = 0.04, theme_weights: tuple[float, ...] | None = None) -> pd.DataFrame:
    """A labelled news-like corpus with known nesting: Zipfian shared vocabulary, a vocabulary per theme
    (partly borrowed from a neighbour theme), a vocabulary per sub-topic, recurring stories, log-normal lengths;
    themes equally likely, or drawn with `theme_weights` (unequal theme sizes)."""
    rng = np.random.default_rng(seed)
    taken: set[str] = set()
    background = pseudo_words(4000, rng, taken)
    themes = [pseudo_words(300, rng, taken) for _ in range(n_themes)]
    subs = [[pseudo_words(120, rng, taken) for _ in range(n_subs)] for _ in range(n_themes)]
    stories = [[[pseudo_words(8, rng, taken) for _ in range(10)] for _ in range(n_subs)] for _ in range(n_themes)]
    pb, pt, ps = zipf(len(background)), zipf(300), zipf(120)
    rows = []
    for _ in range(n_docs):
        th = int(rng.integers(n_themes)) if theme_weights is None else int(rng.choice(n_themes, p=_unit(theme_weights)))
        sb = int(rng.integers(n_subs))
        length = int(np.clip(rng.lognormal(np.log(median_words), 0.5), 12, 2000))
        n_theme = rng.binomial(length, float(np.clip(rng.normal(theme_share, theme_share / 3), 0.01, 0.6)))
        n_nei = rng.binomial(n_theme, 0.25)
        n_sub = rng.binomial(length, float(np.clip(rng.normal(sub_share, sub_share / 3), 0.01, 0.6)))
        n_story = rng.binomial(length, 0.02)
        words = list(rng.choice(background, size=max(length - n_theme - n_sub - n_story, 0), p=pb))
        words += list(rng.choice(themes[th], size=n_theme - n_nei, p=pt))
        words += list(rng.choice(themes[(th + 1) % n_themes], size=n_nei, p=pt))
        words += list(rng.choice(subs[th][sb], size=n_sub, p=ps))
        words += list(rng.choice(stories[th][sb][int(rng.integers(10))], size=n_story))
        rng.shuffle(words)
        rows.append({"text": " ".join(words), "label": f"theme{th}", "sub": f"theme{th}.{sb}"})
    return pd.DataFrame(rows)


def _unit(weights: tuple[float, ...]) -> np.ndarray:
    """`weights` scaled to sum to one."""
    w = np.asarray(weights, dtype=np.float64)
    return w / w.sum()


def reuters(path: Path, n_docs: int, n_classes: int = 6, seed: int = 0) -> pd.DataFrame | None:
    """Reuters-21578 articles with exactly one topic code among the `n_classes` most frequent, sampled."""
    if not Path(path).is_file():
        return None
    df = pd.read_json(path, lines=True)
    df = df[(df["topics"].map(len) == 1) & (df["text"].fillna("").str.split().map(len) >= 10)]
    df = df.assign(label=df["topics"].map(lambda t: t[0]))
    top = df["label"].value_counts().index[:n_classes]
    df = df[df["label"].isin(top)]
    if len(df) > n_docs:
        df = df.sample(n=n_docs, random_state=seed)
    return df[["text", "label"]].reset_index(drop=True)


def reuters_titles(path: Path, n_docs: int, n_classes: int = 4, seed: int = 0) -> pd.DataFrame | None:
    """Reuters-21578 headlines only (the `title` field) of items with one topic code among the `n_classes` most frequent."""
    if not Path(path).is_file():
        return None
    df = pd.read_json(path, lines=True)
    df = df[(df["topics"].map(len) == 1) & (df["title"].fillna("").astype(str).str.split().map(len) >= 2)]
    df = df.assign(label=df["topics"].map(lambda t: t[0]), text=df["title"].fillna("").astype(str))
    top = df["label"].value_counts().index[:n_classes]
    df = df[df["label"].isin(top)]
    if len(df) > n_docs:
        df = df.sample(n=n_docs, random_state=seed)
    return df[["text", "label"]].reset_index(drop=True)


BALANCED = {  # Reuters categories as sections of about equal size, like a news site's sections
    "reuters-sections5": (("earn", "acq", "crude", "trade", "money-fx"), False),
    "reuters-sections5b": (("crude", "trade", "money-fx", "ship", "sugar"), False),
    "reuters-short4": (("crude", "trade", "money-fx", "earn"), True),
    "reuters-short4b": (("acq", "crude", "ship", "sugar"), True),
}


@functools.lru_cache(maxsize=2)
def _single_topic(path: str) -> pd.DataFrame:
    """Every single-topic Reuters item with a body of 20+ words (read once per path)."""
    df = pd.read_json(path, lines=True)
    df = df[(df["topics"].map(len) == 1) & (df["text"].fillna("").str.split().map(len) >= 20)]
    return df.assign(label=df["topics"].map(lambda t: t[0]))


def _single_topic_items(path: Path, classes: tuple[str, ...], short: bool) -> pd.DataFrame:
    """Single-topic Reuters items (body of 20+ words) of `classes`; `short`: title + first 30 words of the body."""
    df = _single_topic(str(path))
    df = df[df["label"].isin(classes)]
    if short:
        df = df.assign(text=df["title"].fillna("") + ". " + df["text"].map(lambda t: " ".join(t.split()[:30])))
    return df


def reuters_balanced(path: Path, classes: tuple[str, ...], per_class: int = 300, seed: int = 0,
                     short: bool = False) -> pd.DataFrame | None:
    """Up to `per_class` single-topic Reuters items of each of `classes`; `short`: title + first 30 words of the body."""
    if not Path(path).is_file():
        return None
    df = _single_topic_items(path, classes, short)
    df = pd.concat([g.sample(n=min(per_class, len(g)), random_state=seed) for _, g in df.groupby("label")])
    return df[["text", "label"]].reset_index(drop=True)


def reuters_natural(path: Path, classes: tuple[str, ...], n_docs: int = 2500, seed: int = 0,
                    short: bool = False) -> pd.DataFrame | None:
    """At most `n_docs` single-topic Reuters items of `classes` drawn at random, so classes keep their natural
    (unbalanced) proportions; `short`: title + first 30 words of the body."""
    if not Path(path).is_file():
        return None
    df = _single_topic_items(path, classes, short)
    if len(df) > n_docs:
        df = df.sample(n=n_docs, random_state=seed)
    return df[["text", "label"]].reset_index(drop=True)


def labelled_corpora(path: Path, n_docs: int, seeds: int = 2) -> list[tuple[str, pd.DataFrame]]:
    """Every labelled corpus of the benchmark: Reuters (when present) and the generated nested ones."""
    out = []
    real = reuters(path, n_docs)
    if real is None:
        print(f"Reuters-21578 not found at {path}: skipping the real-news check.")
    else:
        out.append((f"reuters-top6 ({real['label'].nunique()} classes)", real))
        titles = reuters_titles(path, n_docs)
        out.append((f"reuters-titles-top4 ({titles['label'].nunique()} classes)", titles))
        for seed in range(seeds):
            for name, (classes, short) in BALANCED.items():
                out.append((f"{name} seed{seed}", reuters_balanced(path, classes, seed=seed, short=short)))
    for seed in range(seeds):
        out.append((f"nested articles 5x3 seed{seed}", make_nested(n_docs, 5, 3, seed=seed)))
        out.append((f"nested short 4x3 seed{seed}", make_nested(n_docs, 4, 3, seed=seed + 10, median_words=35,
                                                               theme_share=0.10, sub_share=0.06)))
    return out


def accuracy(name: str, df: pd.DataFrame) -> dict:
    """NMI of the automatic coarse level and of the fine level, and the theme count against the truth."""
    t0 = time.perf_counter()
    res = cluster_topics(df["text"].tolist())
    seconds = time.perf_counter() - t0
    a = res.assignments
    row = {"corpus": name, "docs": len(df), "true_themes": df["label"].nunique(), "auto_themes": res.n_themes,
           "nmi_themes": nmi(df["label"], a["theme"]), "fine_topics": res.n_topics,
           "nmi_topics": nmi(df["label"], a["topic"])}
    if "sub" in df:
        row |= {"true_subs": df["sub"].nunique(), "nmi_topics_vs_subs": nmi(df["sub"], a["topic"])}
    return row | {"seconds": round(seconds, 1)}


def _accuracy_child(name: str, df: pd.DataFrame, queue) -> None:
    """`accuracy` in a fresh process, with the peak resident memory of that process."""
    queue.put(accuracy(name, df) | {"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})


def accuracy_apart(name: str, df: pd.DataFrame) -> dict:
    """`accuracy` run in its own process, so peak memory is that corpus's alone."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_accuracy_child, args=(name, df, queue))
    proc.start()
    out = queue.get()
    proc.join()
    return out


def _scale_child(n_docs: int, queue, theme_rule: str = "gap") -> None:
    """Run one automatic clustering of `n_docs` generated articles and report time, counts and peak RSS."""
    texts = make_nested(n_docs, 8, 3, seed=1, median_words=200)["text"].tolist()
    t0 = time.perf_counter()
    res = cluster_topics(texts, params=TopicParams(theme_rule=theme_rule))
    queue.put({"docs": n_docs, "topics": res.n_topics, "themes": res.n_themes,
               "seconds": round(time.perf_counter() - t0, 1),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})


def _profile_child(n_docs: int, queue) -> None:
    """Like `_scale_child`, with resident memory and time charged to each stage of the topic pipeline."""
    from topics_profile import StageMemory, instrument, peak_mb

    with StageMemory() as prof:
        instrument(prof)
        with prof.stage("generate corpus"):
            texts = make_nested(n_docs, 8, 3, seed=1, median_words=200)["text"].tolist()
        t0 = time.perf_counter()
        with prof.stage("cluster_topics (rest)"):
            res = cluster_topics(texts)
    queue.put({"docs": n_docs, "topics": res.n_topics, "themes": res.n_themes,
               "seconds": round(time.perf_counter() - t0, 1), "peak_rss_mb": round(peak_mb(), 1), "stages": prof.table()})


def scale(n_docs: int, profile: bool = False, theme_rule: str = "gap") -> dict:
    """Peak resident memory of a fresh process that generates `n_docs` texts and clusters them."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_profile_child, args=(n_docs, queue)) if profile else \
        ctx.Process(target=_scale_child, args=(n_docs, queue, theme_rule))
    proc.start()
    out = queue.get()
    proc.join()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuters", default=str(REUTERS), help="path of reuters21578.jsonl")
    parser.add_argument("--docs", type=int, default=3000, help="documents per labelled corpus")
    parser.add_argument("--seeds", type=int, default=2, help="generated corpora (seeds) of each kind")
    parser.add_argument("--scale-docs", type=int, nargs="+", default=[80_000], help="document counts for the memory check")
    parser.add_argument("--profile", action="store_true", help="charge memory and time to each stage (scale runs)")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--theme-rule", choices=["gap", "stability"], default="gap",
                        help="theme-count rule of the scale run (TopicParams.theme_rule)")
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()
    if not args.skip_accuracy:
        rows = []
        for name, df in labelled_corpora(Path(args.reuters), args.docs, args.seeds):
            rows.append(accuracy_apart(name, df))
            print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in rows[-1].items()}), flush=True)
        print(pd.DataFrame(rows).round(3).to_string(index=False))
    if not args.skip_scale:
        for n_docs in args.scale_docs:
            print(f"\nScale (automatic topics and themes, {n_docs} generated articles):", flush=True)
            out = scale(n_docs, args.profile, args.theme_rule)
            stages = out.pop("stages", None)
            print(json.dumps(out), flush=True)
            if stages:
                print(pd.DataFrame(stages).to_string(index=False), flush=True)


if __name__ == "__main__":
    main()
