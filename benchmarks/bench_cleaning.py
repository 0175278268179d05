"""Benchmark the plain-text scrape cleaner: word 4-gram precision/recall/F1 against gold bodies.

Run: .venv/bin/python benchmarks/bench_cleaning.py
Fixtures: tests/fixtures/cleaning/dev (used while tuning) and tests/fixtures/cleaning/heldout
(written before tuning and never tuned on) and tests/fixtures/cleaning/independent (written by
someone who never saw the cleaner or the other pages). Each page NAME.txt has its true body in NAME.gold.txt.
A page's prediction is the bodies of all articles the cleaner finds on it, in page order.
"""

from __future__ import annotations

import pandas as pd

from helpers.config import paths
from helpers.load.clean.scrape import clean_scrape
from scoring import score_folder

FIXTURES = paths.TESTS / "fixtures" / "cleaning"


def passthrough(text: str) -> str:
    """Baseline: every line of the page kept."""
    return text


def ours(text: str) -> str:
    """Our cleaner: the bodies of every article found on the page."""
    return "\n\n".join(a.text for a in clean_scrape(text))


def main() -> None:
    """Print macro-averaged and per-file scores for both fixture sets."""
    pd.set_option("display.width", 120)
    for split in ("dev", "heldout", "independent"):
        if not (FIXTURES / split).is_dir():
            continue
        base = score_folder(FIXTURES / split, passthrough)
        ours_scores = score_folder(FIXTURES / split, ours)
        table = ours_scores.merge(base[["file", "f1"]].rename(columns={"f1": "passthrough_f1"}), on="file")
        print(f"== {split}: {len(table)} pages")
        print(table.round(3).to_string(index=False))
        print(
            f"macro F1  pass-through {base.f1.mean():.3f}  ours {ours_scores.f1.mean():.3f}  "
            f"(ours P {ours_scores.precision.mean():.3f} R {ours_scores.recall.mean():.3f})\n"
        )


if __name__ == "__main__":
    main()
