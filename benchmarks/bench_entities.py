"""Benchmark entity extraction: words per second of `extract_entities` next to bare `nlp.pipe`.

Run: .venv/bin/python benchmarks/bench_entities.py [--copies N]
The texts are the bundled corpus's articles, each repeated N times with a distinct suffix (so the
cache cannot serve one copy for another). Printed in one run, on the same texts:
- bare `nlp.pipe` of the full default pipeline (what a notebook calling spaCy naively runs);
- bare `nlp.pipe` of the lean pipeline we use (sentencizer + entity ruler + NER);
- `extract_entities` with an empty cache (parse + corrections + canonical names + cache writes);
- `extract_entities` again, reading every annotation from the cache.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd
import spacy

import helpers
from helpers.entities import extract as mentions
from helpers.config import paths
from helpers.nlp import default_model


def corpus(copies: int) -> pd.DataFrame:
    """The bundled articles repeated `copies` times, each copy made distinct."""
    arts = helpers.load_corpus(paths.RAW)
    rows = [(f"{d}-{k}", f"{t}\n\nCopy {k}.") for k in range(copies) for d, t in zip(arts.doc_id, arts.text)]
    return pd.DataFrame(rows, columns=["doc_id", "text"])


def timed(fn) -> float:
    """Seconds taken by fn()."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    """Print words per second of each way of extracting entities."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=12)
    args = parser.parse_args()
    arts = corpus(args.copies)
    texts = arts["text"].tolist()
    n_words = sum(len(t.split()) for t in texts)
    full = spacy.load(default_model())
    lean = mentions.entity_pipeline()
    rows = [
        ("bare nlp.pipe, full default pipeline", timed(lambda: list(full.pipe(texts, batch_size=32)))),
        ("bare nlp.pipe, lean pipeline (ours)", timed(lambda: list(lean.pipe(texts, batch_size=32)))),
    ]
    with tempfile.TemporaryDirectory() as cache:
        rows.append(("extract_entities, empty cache", timed(lambda: mentions.extract_entities(arts, cache_dir=Path(cache)))))
        rows.append(("extract_entities, warm cache", timed(lambda: mentions.extract_entities(arts, cache_dir=Path(cache)))))
    print(f"{len(texts)} texts, {n_words:,} words, model {default_model()}, spaCy {spacy.__version__}")
    for name, secs in rows:
        print(f"{name:<40} {secs:7.2f} s  {n_words / secs:>10,.0f} words/s")


if __name__ == "__main__":
    main()
