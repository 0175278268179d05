"""Score the date resolver on the gold fixtures: value and span P/R/F1, ours vs a naive baseline.

Run: .venv/bin/python benchmarks/bench_dates.py [--errors]
Baseline: spaCy DATE spans parsed by dateparser to a day (relative to the anchor).
An expression is correct when its span overlaps a gold span and its value equals the gold value.
"""

from __future__ import annotations

import json
import sys
import warnings

import pandas as pd

from helpers.config import paths
from helpers.dates.resolve import resolve_dates

GOLD = paths.TESTS / "fixtures" / "dates" / "gold.jsonl"


def load_gold() -> list[dict]:
    """The gold sentences with their anchor and expected TIMEX3 expressions."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def ours(text: str, anchor: str) -> list[tuple[int, int, str]]:
    """Our predictions as (start, end, value)."""
    df = resolve_dates(text, anchor)
    return [(int(a), int(b), str(v)) for a, b, v in zip(df["start_char"], df["end_char"], df["value"])]


def baseline(text: str, anchor: str) -> list[tuple[int, int, str]]:
    """spaCy DATE entities, each parsed by dateparser to a day."""
    import dateparser

    from helpers.nlp import load_nlp

    nlp = load_nlp()
    out = []
    for ent in nlp(text).ents:
        if ent.label_ == "DATE":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parsed = dateparser.parse(ent.text, settings={"RELATIVE_BASE": pd.Timestamp(anchor).to_pydatetime()})
            out.append((ent.start_char, ent.end_char, parsed.date().isoformat() if parsed else "None"))
    return out


def score(gold: list[dict], system) -> dict[str, float]:
    """Value and span precision/recall/F1 over all gold sentences."""
    tp = sp = n_pred = n_gold = 0
    errors = []
    for row in gold:
        pred = system(row["text"], row["anchor"])
        n_pred += len(pred)
        n_gold += len(row["timex"])
        for g in row["timex"]:
            hits = [p for p in pred if p[0] < g["end"] and g["start"] < p[1]]
            sp += bool(hits)
            ok = any(p[2] == g["value"] for p in hits)
            tp += ok
            if not ok:
                errors.append((row["id"], row["anchor"], g["text"], g["value"], [(row["text"][a:b], v) for a, b, v in hits]))
        for p in pred:
            if not any(p[0] < g["end"] and g["start"] < p[1] for g in row["timex"]):
                errors.append((row["id"], row["anchor"], row["text"][p[0]:p[1]], "(not a gold date)", [p[2]]))
    f = lambda t: (t / n_pred if n_pred else 0.0, t / n_gold if n_gold else 0.0)  # noqa: E731
    (vp, vr), (spp, spr) = f(tp), f(sp)
    f1 = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0  # noqa: E731
    return {"value_P": vp, "value_R": vr, "value_F1": f1(vp, vr), "span_P": spp, "span_R": spr, "span_F1": f1(spp, spr),
            "n_gold": n_gold, "n_pred": n_pred, "errors": errors}


def main() -> None:
    """Print the score table (and our errors with --errors)."""
    gold = load_gold()
    rows = []
    for split in ("dev", "heldout", "blind"):
        part = [g for g in gold if g["split"] == split]
        for name, system in (("ours", ours), ("baseline", baseline)):
            s = score(part, system)
            rows.append({"split": split, "system": name, **{k: v for k, v in s.items() if k != "errors"}})
            if name == "ours" and "--errors" in sys.argv:
                for e in s["errors"]:
                    print(split, *e)
    table = pd.DataFrame(rows)
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))


if __name__ == "__main__":
    main()
