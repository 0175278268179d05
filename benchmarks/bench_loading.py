"""Print loader timings: the bundled corpus, a 10 MB single-line page, and a 2,000-row CSV export.

Run: .venv/bin/python benchmarks/bench_loading.py
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import pandas as pd

import helpers
from helpers.config import paths


def timed(label: str, path: Path, **kwargs) -> pd.DataFrame:
    """Load `path`, print the wall time and the article count; return the table."""
    start = time.perf_counter()
    df = helpers.load_corpus(path, **kwargs)
    print(f"{label}: {time.perf_counter() - start:.2f} s, {len(df)} articles, {len(df.attrs['problems'])} problem rows")
    return df


def main() -> None:
    """Run the three timings."""
    helpers.load_corpus(paths.RAW)  # warm imports (trafilatura, charset-normalizer)
    timed("bundled corpus (5 pages, 8 articles)", paths.RAW)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "huge.txt").write_text("Talks went on in Doha. " * 450_000, encoding="utf-8")
        timed("one 10 MB line", tmp / "huge.txt")
        rng = random.Random(0)
        vocab = "the talks in Doha Cairo envoy said on Monday hostages truce Israel Hamas Qatar Egypt officials aid".split()
        rows = [{"title": f"Story {i}", "text": " ".join(rng.choice(vocab) for _ in range(400)), "publish_date": "2023-11-29"}
                for i in range(2000)]
        pd.DataFrame(rows).to_csv(tmp / "export.csv", index=False)
        timed("2,000-row CSV export (duplicate check included)", tmp / "export.csv")


if __name__ == "__main__":
    main()
