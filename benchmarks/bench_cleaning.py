"""Benchmark the plain-text scrape cleaner: F1 on every fixture set, and harm done to clean articles.

Run: .venv/bin/python benchmarks/bench_cleaning.py [--reuters PATH] [--sample N] [--pages-only]

1. Fixture sets (every folder of tests/fixtures/cleaning holding NAME.txt + NAME.gold.txt pages):
   dev (tuned on), heldout (never tuned on directly), independent and blind2 (written by people who
   never saw the cleaner), blind3 (dev since its first score) and blind4 (held out). Word 4-gram precision/recall/F1 against the gold
   body; a page's prediction is the bodies of all articles the cleaner finds on it, in page order.
   "lost>half" lists pages whose recall is below 0.5 (more than half of the body lost).
2. Clean articles: every Reuters-21578 `text` is an already-clean article, so whatever the cleaner
   drops from it is harm. Prints the share of words removed (multiset difference of word tokens),
   how many of them are second copies of a paragraph the article prints twice (the documented
   repeated-paragraph rule), and the number of removed lines of 15 words or more (copies aside). Targets: at most 0.05% of
   words and no such line. Skipped politely when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from helpers.config import paths
from helpers.load.clean.scrape import clean_scrape
from scoring import score_folder

FIXTURES = paths.TESTS / "fixtures" / "cleaning"
REUTERS = paths.ROOT / ".." / "shared" / "dev-corpora" / "reuters21578.jsonl"
SPLIT_ORDER = ("dev", "heldout", "independent", "blind2", "blind3", "blind4")


def passthrough(text: str) -> str:
    """Baseline: every line of the page kept."""
    return text


def ours(text: str) -> str:
    """Our cleaner: the bodies of every article found on the page."""
    return "\n\n".join(a.text for a in clean_scrape(text))


def fixture_splits() -> list[Path]:
    """Every fixture folder holding gold pages, the known sets first."""
    folders = [p for p in FIXTURES.iterdir() if p.is_dir() and any(p.glob("*.gold.txt"))]
    return sorted(folders, key=lambda p: (SPLIT_ORDER.index(p.name) if p.name in SPLIT_ORDER else 99, p.name))


def bench_fixtures() -> None:
    """Print macro-averaged and per-file scores for every fixture set."""
    pd.set_option("display.width", 120)
    for folder in fixture_splits():
        base = score_folder(folder, passthrough)
        ours_scores = score_folder(folder, ours)
        table = ours_scores.merge(base[["file", "f1"]].rename(columns={"f1": "passthrough_f1"}), on="file")
        lost = table.loc[table.recall < 0.5, "file"].tolist()
        print(f"== {folder.name}: {len(table)} pages")
        print(table.round(3).to_string(index=False))
        print(
            f"macro F1  pass-through {base.f1.mean():.3f}  ours {ours_scores.f1.mean():.3f}  "
            f"(ours P {ours_scores.precision.mean():.3f} R {ours_scores.recall.mean():.3f})  "
            f"min F1 {ours_scores.f1.min():.3f}  lost>half {lost or 'none'}\n"
        )


def word_tokens(text: str) -> list[str]:
    """Word tokens compared between a clean article and what the cleaner kept of it."""
    return re.findall(r"\w+", text.lower())


def clean_article_harm(text: str) -> tuple[int, int, int, list[str]]:
    """(words in the article, words the cleaner removed, of them second copies of a repeated paragraph,
    removed lines of 15+ words other than such copies)."""
    arts = clean_scrape(text)
    kept = Counter(word_tokens("\n".join(a.text for a in arts)))
    before = Counter(word_tokens(text))
    removed_words = sum((before - kept).values())
    copies = sum(len(word_tokens(line)) for a in arts for line, why in a.removed if why == "repeated_paragraph")
    long_lines = [line for a in arts for line, why in a.removed if len(word_tokens(line)) >= 15 and why != "repeated_paragraph"]
    return sum(before.values()), removed_words, copies, long_lines


def bench_clean_articles(path: Path, sample: int) -> None:
    """Print words and long prose lines the cleaner removes from already-clean Reuters articles."""
    if not path.is_file():
        print(f"clean articles: {path} not found, skipped (pass --reuters PATH)")
        return
    with path.open(encoding="utf-8") as fh:
        texts = [t for t in (json.loads(row).get("text") or "" for row in fh) if t.strip()]
    label = f"all {len(texts)}"
    if 0 < sample < len(texts):
        texts = random.Random(0).sample(texts, sample)
        label = f"a fixed sample of {sample} (seed 0) of {label}"
    start = time.perf_counter()
    total = removed = copies = 0
    long_lines: list[str] = []
    hit_articles = 0
    for text in texts:
        n, r, c, lines = clean_article_harm(text)
        total, removed, copies = total + n, removed + r, copies + c
        hit_articles += r > 0
        long_lines.extend(lines)
    took = time.perf_counter() - start
    print(f"== clean articles: Reuters-21578 bodies, {label}, {took:.0f} s")
    print(f"words removed {removed} of {total} ({100 * removed / max(total, 1):.3f}%; target <= 0.05%), "
          f"articles touched {hit_articles}; lines of 15+ words removed {len(long_lines)} (target 0)")
    other = removed - copies
    print(f"  of the words removed, {copies} are second copies of a paragraph printed twice in the article (dropped by "
          f"the repeated-paragraph rule); the rest: {other} ({100 * other / max(total, 1):.3f}%)")
    for line in long_lines[:10]:
        print(f"  removed: {line[:160]}")


def main() -> None:
    """Run the fixture scores and the clean-article harm measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", type=Path, default=REUTERS, help="Reuters-21578 JSONL (default ../shared/dev-corpora/)")
    parser.add_argument("--sample", type=int, default=0, help="score a fixed random sample of this many bodies (0: all)")
    parser.add_argument("--pages-only", action="store_true", help="skip the clean-article measure")
    args = parser.parse_args()
    bench_fixtures()
    if not args.pages_only:
        bench_clean_articles(args.reuters.resolve(), args.sample)


if __name__ == "__main__":
    main()
