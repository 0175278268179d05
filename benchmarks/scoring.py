"""Score a cleaner against gold article bodies by word n-gram precision, recall and F1."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd


def word_ngrams(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of lower-cased word n-grams of a text (the whole text as one sequence)."""
    toks = re.findall(r"\w+", text.lower())
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def ngram_prf(predicted: str, gold: str, n: int = 4) -> tuple[float, float, float]:
    """(precision, recall, F1) of the predicted text's word n-grams against the gold text's."""
    p_grams, g_grams = word_ngrams(predicted, n), word_ngrams(gold, n)
    overlap = sum((p_grams & g_grams).values())
    precision = overlap / sum(p_grams.values()) if p_grams else float(not g_grams)
    recall = overlap / sum(g_grams.values()) if g_grams else float(not p_grams)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_folder(folder: Path, cleaner: Callable[[str], str], n: int = 4) -> pd.DataFrame:
    """Score `cleaner` (page text -> body text) on every `NAME.txt` with a `NAME.gold.txt` in `folder`."""
    rows = []
    for page in sorted(Path(folder).glob("*.txt")):
        if page.name.endswith(".gold.txt"):
            continue
        gold = page.with_name(page.stem + ".gold.txt").read_text(encoding="utf-8")
        p, r, f = ngram_prf(cleaner(page.read_text(encoding="utf-8")), gold, n)
        rows.append({"file": page.stem, "precision": p, "recall": r, "f1": f})
    return pd.DataFrame(rows, columns=["file", "precision", "recall", "f1"])
