"""Flag the same story scraped twice: identical word sequences, or one body almost contained in another.

Two bodies are copies when at least `min_containment` of the word 5-grams of the shorter one occur
in the longer one (short bodies of fewer than 5 words: when their words are identical). The first
copy in corpus order is kept. Shingles are CRC32 hashes, so results never depend on Python's hash seed.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter

K = 5
MAX_WORDS = 5000  # only the first words of a very long body are compared
MAX_POSTINGS = 200  # shingles shared by more bodies than this are too common to suggest a copy


def shingles(text: str) -> tuple[str, frozenset[int]]:
    """The normalised word sequence of a body and the CRC32 hashes of its word 5-grams."""
    toks = re.findall(r"\w+", text.casefold())[:MAX_WORDS]
    key = " ".join(toks)
    grams = frozenset(zlib.crc32(" ".join(toks[i : i + K]).encode("utf-8")) for i in range(len(toks) - K + 1))
    return key, grams


def find_copies(texts: list[str], min_containment: float = 0.8) -> list[int | None]:
    """For each body, the index of the earlier body it copies, or None when it is the first of its story."""
    exact: dict[str, int] = {}
    index: dict[int, list[int]] = {}
    sets: dict[int, frozenset[int]] = {}
    out: list[int | None] = []
    for i, text in enumerate(texts):
        key, grams = shingles(text)
        if not key:
            out.append(None)
            continue
        if key in exact:
            out.append(exact[key])
            continue
        best: tuple[float, int] | None = None
        if grams:
            sample = [g for g in grams if g % 4 == 0] or list(grams)
            votes = Counter(j for g in sample for j in index.get(g, ())[:MAX_POSTINGS])
            for j, shared in sorted(votes.items()):
                if shared < 0.5 * min_containment * len(sample) and shared < 0.5 * min_containment * len(sets[j]) // 4:
                    continue
                score = len(grams & sets[j]) / min(len(grams), len(sets[j]))
                if score >= min_containment and (best is None or score > best[0]):
                    best = (score, j)
        if best is not None:
            out.append(best[1])
            continue
        exact[key] = i
        sets[i] = grams
        for g in grams:
            index.setdefault(g, []).append(i)
        out.append(None)
    return out
