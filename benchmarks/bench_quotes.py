"""Score quote attribution on the gold fixtures and measure its speed on a Reuters sample.

Run: .venv/bin/python benchmarks/bench_quotes.py [--split dev|heldout|all] [--errors] [--sample N] [--corpus PATH]
Quality (tests/fixtures/quotes, written blind): a predicted quote matches a gold quote of the same
article when their character overlap is at least 30% of the longer span (one-to-one, largest
overlaps first). Quote P/R/F1 count matches; speaker accuracy is over matched quotes, comparing
canonical names case-insensitively and ignoring a leading "the" (empty == empty).
q01-q16 are the development split, q17-q24 the held-out split.
Speed: words per second of `extract_quotes` on the first N articles of the Reuters-21578 JSONL
(default ../shared/dev-corpora/reuters21578.jsonl; skipped politely when absent), cold and warm cache.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path

import pandas as pd

from helpers.config import paths

FIXTURES = paths.TESTS / "fixtures" / "quotes"
DEFAULT_CORPUS = paths.ROOT.parent / "shared" / "dev-corpora" / "reuters21578.jsonl"
SPLITS = {"dev": [f"q{i:02d}" for i in range(1, 17)], "heldout": [f"q{i:02d}" for i in range(17, 25)]}
SPLITS["all"] = SPLITS["dev"] + SPLITS["heldout"]
MIN_OVERLAP = 0.3


def fixture_articles(split: str = "all") -> pd.DataFrame:
    """The fixture articles of one split."""
    rows = [json.loads(x) for x in (FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    return pd.DataFrame([r for r in rows if r["doc_id"] in SPLITS[split]], columns=["doc_id", "text"])


def fixture_gold(split: str = "all") -> pd.DataFrame:
    """The gold quotes of one split."""
    rows = [json.loads(x) for x in (FIXTURES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    return pd.DataFrame([r for r in rows if r["doc_id"] in SPLITS[split]])


def norm_speaker(name: object) -> str:
    """Speaker name for comparison: lower case, no leading 'the', straight apostrophes; missing is ''."""
    text = "" if name is None or (isinstance(name, float) and name != name) or name is pd.NA else str(name)
    text = text.replace("\u2019", "'").strip().lower()
    return re.sub(r"^the\s+", "", text)


def loose_speaker(name: object) -> str:
    """Speaker name compared also ignoring hyphens ('Lee Jae-myung' == 'Lee Jae Myung', the curated canonical)."""
    return norm_speaker(name).replace("-", " ")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character overlap of two spans as a share of the longer one."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0], 1)
    return max(inter, 0) / longer


def match(pred: pd.DataFrame, gold: pd.DataFrame, threshold: float = MIN_OVERLAP) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs of the same article overlapping >= threshold, best first."""
    pairs = []
    for doc_id, g in gold.groupby("doc_id"):
        p = pred[pred["doc_id"] == doc_id]
        for gi, gr in g.iterrows():
            for pi, pr in p.iterrows():
                ov = overlap((pr.start_char, pr.end_char), (gr.start_char, gr.end_char))
                if ov >= threshold:
                    pairs.append((-ov, pi, gi))
    used_p, used_g, out = set(), set(), []
    for _, pi, gi in sorted(pairs):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi))
    return out


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Quote precision, recall, F1 and speaker accuracy on matched quotes."""
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match(pred, gold)
    tp = len(pairs)
    p = tp / len(pred) if len(pred) else 0.0
    r = tp / len(gold) if len(gold) else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    right = sum(norm_speaker(pred.loc[pi, "speaker"]) == norm_speaker(gold.loc[gi, "speaker"]) for pi, gi in pairs)
    loose = sum(loose_speaker(pred.loc[pi, "speaker"]) == loose_speaker(gold.loc[gi, "speaker"]) for pi, gi in pairs)
    kind = sum(pred.loc[pi, "kind"] == gold.loc[gi, "kind"] for pi, gi in pairs)
    return {"predicted": len(pred), "gold": len(gold), "matched": tp, "precision": p, "recall": r, "f1": f1,
            "speaker_accuracy": right / tp if tp else 0.0, "speaker_accuracy_loose": loose / tp if tp else 0.0, "kind_accuracy": kind / tp if tp else 0.0}


def errors(pred: pd.DataFrame, gold: pd.DataFrame, articles: pd.DataFrame) -> list[str]:
    """Readable lines for every missed, spurious and wrongly attributed quote."""
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    texts = dict(zip(articles["doc_id"], articles["text"]))
    pairs = match(pred, gold)
    mp, mg = {p for p, _ in pairs}, {g for _, g in pairs}
    out = []
    for gi, g in gold.iterrows():
        if gi not in mg:
            out.append(f"MISSED   {g.doc_id} [{g.kind}] {g.quote[:90]!r} <- {g.speaker_text!r}={g.speaker!r}")
    for pi, p in pred.iterrows():
        if pi not in mp:
            out.append(f"SPURIOUS {p.doc_id} [{p.kind}] {texts[p.doc_id][p.start_char:p.end_char][:90]!r} <- {p.speaker!r}")
    for pi, gi in pairs:
        p, g = pred.loc[pi], gold.loc[gi]
        if norm_speaker(p.speaker) != norm_speaker(g.speaker):
            said = texts[p.doc_id][int(p.speaker_start):int(p.speaker_end)] if pd.notna(p.speaker_start) else ""
            out.append(f"SPEAKER  {g.doc_id} {g.quote[:60]!r}: got {said!r}={p.speaker!r}, gold {g.speaker_text!r}={g.speaker!r}")
    return out


def reuters_sample(path: Path, n: int) -> pd.DataFrame | None:
    """The first `n` Reuters articles with text, or None when the corpus is absent."""
    if not path.is_file():
        return None
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if str(rec.get("text", "")).strip():
                rows.append((str(rec["id"]), rec["text"]))
            if len(rows) >= n:
                break
    return pd.DataFrame(rows, columns=["doc_id", "text"])


def speed(path: Path, n: int) -> None:
    """Print words/s (wall clock and CPU) of each stage of extract_quotes on a Reuters sample, cold then warm."""
    from helpers.entities import extract_entities
    from helpers.quotes import extract_quotes
    from helpers.quotes.extract import unresolved

    arts = reuters_sample(path, n)
    if arts is None:
        print(f"speed: {path} not found; skipped (pass --corpus PATH)")
        return
    words = int(arts["text"].str.split().str.len().sum())
    print(f"speed on {len(arts)} Reuters articles, {words:,} words (wall clock is shared with other jobs; CPU is this process):")
    with tempfile.TemporaryDirectory() as tmp:
        cache_q, cache_e = Path(tmp) / "quotes", Path(tmp) / "entities"
        stages = [("parse and find quotes, cold cache", lambda: unresolved(arts["text"].tolist(), cache_dir=cache_q)),
                  ("entity mentions (extract_entities), cold cache", lambda: extract_entities(arts, cache_dir=cache_e)),
                  ("extract_quotes end to end, warm caches",
                   lambda: extract_quotes(arts, cache_dir=cache_q, entity_cache_dir=cache_e))]
        for label, stage in stages:
            wall, cpu = time.perf_counter(), time.process_time()
            out = stage()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            extra = f", {len(out)} quotes" if isinstance(out, pd.DataFrame) and "kind" in out else ""
            print(f"  {label:<48} {wall:7.1f} s wall {words / wall:>9,.0f} words/s | "
                  f"{cpu:7.1f} s CPU {words / cpu:>9,.0f} words/s{extra}")


def main() -> None:
    """Print quote P/R/F1 and speaker accuracy per split, then speed."""
    from helpers.quotes import extract_quotes

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=["dev", "heldout", "all", "both"], default="both")
    parser.add_argument("--errors", action="store_true", help="list failures (dev split unless --split says otherwise)")
    parser.add_argument("--sample", type=int, default=1000, help="Reuters articles for the speed figure (0: skip)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    splits = ["dev", "heldout", "all"] if args.split == "both" else [args.split]
    with tempfile.TemporaryDirectory() as tmp:
        for split in splits:
            arts, gold = fixture_articles(split), fixture_gold(split)
            pred = extract_quotes(arts, cache_dir=Path(tmp) / "q", entity_cache_dir=Path(tmp) / "e")
            s = score(pred, gold)
            print(f"{split:<8} quotes P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                  f"({s['matched']}/{s['predicted']} predicted, {s['gold']} gold)  "
                  f"speaker accuracy {s['speaker_accuracy']:.3f} (hyphens ignored {s['speaker_accuracy_loose']:.3f})  "
                  f"kind accuracy {s['kind_accuracy']:.3f}")
            if args.errors and (split == "dev" or args.split != "both"):
                print("\n".join(errors(pred, gold, arts)))
    if args.sample:
        speed(args.corpus, args.sample)


if __name__ == "__main__":
    main()
