"""Benchmark name merging against hand-judged decisions on Reuters-21578 (`gold/name_merges.csv`).

Run: .venv/bin/python benchmarks/bench_names.py [--corpus PATH] [--context 3000] [--show dev] [--only dev]
(`--only dev` prints the dev half's figures alone, to work on the rules without seeing the held-out half.)
British-news sets (our own texts, `gold/README.md`): --corpus benchmarks/gold/uknews_a.jsonl --gold
benchmarks/gold/name_merges_uk_a.csv --context 0 (set B likewise; it is held out as a whole: read its `all` column only).
`--uk-each` scores every British set as its own corpus (rows pooled, a line per set), `--uk-all` runs every British set as ONE corpus (209 sets, 12,500 stories at stop 76), scored on all their gold rows: as on a real
site's thousands of stories, a lone name then meets every namesake of every set ("Bono" and a student called Martin Bono,
"Shell" and a pensioner called Doris Shell). Its figures sit below the pooled per-set ones partly because the sets'
writers chose different canonical forms for the same firm or party ("Sainsbury's" kept in one set, "J Sainsbury" in
another), which one corpus cannot both satisfy.

`--sets dc dd de` limits either to those sets; `--rows FILE.csv` writes every scored row with the pipeline's answer
(compare two such files to see which rows a change mended or broke).

The corpus is the gold's articles plus, for corpus context (a lone surname may only be resolved by
a full name given in another article), the first `--context` other articles with a body, by
numeric id. The sample is therefore deterministic and the same for every run. `extract_entities`
runs on it with an empty cache (so the words/s figure includes parsing), then again with the warm
cache (what the merging rules alone cost). Wall and CPU time are both printed: on a shared machine
compare CPU time. Each gold row (id, mention) is mapped to the canonical
name and label the pipeline gave to that string in that article (the occurrences where it stands
alone as a name, titles and possessives aside); a mention the pipeline did not find is a miss.

Printed for dev (odd ids), held-out (even ids) and all rows:
- merge precision = correct merges / merges made (a merge: the mention folded into a different name);
- merge recall = correct merges / gold merges;
- keeps broken: gold `keep` rows the pipeline folded into another name;
- cross-type folds: a gold GPE/NORP/ORG mention that ended as a PERSON (of which GPE/NORP).
Canonical names are compared ignoring case, punctuation, "the", a trailing "Jr" and middle initials.
A gold merge that only drops an honorific ("Sir Geoffrey Howe" -> "Geoffrey Howe", gold set 2's convention)
counts as made when the pipeline gives that name. A mention is found where the gold's own check finds it
(no letter or digit directly before or after: "to...Mr Akiman"). `--old-scoring` scores as before these two
changes and the added title word "Governor" (for comparison with earlier figures).
Gold set 3 (README_3) drops office titles after other capitalised words ("Trade and Industry Secretary Paul
Channon", "House Speaker Jim Wright", "UAE President Sheikh Zaid ...") and keeps "Sheikh" in names, which the
scorer drops on both sides as that README asks; `--old-scoring` also undoes these two. Gold set 4 (README_4) drops
office titles "even when long": an office with its "of ..." ("Secretary of State George Shultz") is dropped too.
Every gold set drops office titles from a person's canonical name, so a PERSON row "Title Name" whose title the
scorer does not list ("Ambassador Joerg Kastl", "Deputy Administrator William Bailey", "Mr Justice Millett") is found
by the name the pipeline tagged at that position, after the title (`titled_name`; `--old-scoring` undoes this too).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / ".." / "shared" / "dev-corpora" / "reuters21578.jsonl"
DEFAULT_GOLD = ROOT / "benchmarks" / "gold" / "name_merges.csv"
UK_GOLD = ROOT / "benchmarks" / "gold"  # the British sets: uknews_X.jsonl and name_merges_uk_X.csv
TITLE_WORDS = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Senator|Rep|Gov|Sir|President|Prime|Minister|Finance|Energy|Treasury|"
    r"USDA|Secretary|Vice|Chairman|Chancellor|Governor)\.?\s+)+"
)
OFFICE = re.compile(  # an office title after capitalised words ("Trade and Industry Secretary ", "UAE President "), gold set 3's convention
    r"^(?:(?:[A-Z][\w.'-]*|and|of)\s+){0,4}?(?:President|Minister|Secretary|Speaker|Judge|Chairman|Premier|Chancellor|Governor|"
    r"Representative|Director|Senator)\s+(?:of\s+(?:the\s+)?[A-Z][\w-]*\s+)?(?=[A-Z])"  # also "Secretary of State ", gold set 4's convention
)
HONORIFICS = {"sheikh"}  # gold set 3 keeps "Sheikh" in the name; its README asks a scorer that drops it to drop it on both sides
OLD_SCORING = False  # set by --old-scoring


def strict(name: str) -> str:
    """Comparison key: lower case, '&' as 'and', punctuation and 'the' / trailing 'jr' dropped."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and ").replace("'s", ""))
    words = [w for w in words if w != "the" and (OLD_SCORING or w not in HONORIFICS)]
    return " ".join(words[:-1] if words and words[-1] == "jr" else words)


def lenient(name: str) -> str:
    """`strict` key without single-letter initials ("John D. Dingell" == "John Dingell")."""
    return " ".join(w for w in strict(name).split() if len(w) > 1)


def untitled(mention: str) -> str:
    """The mention without leading titles ("Treasury Secretary Baker" -> "Baker")."""
    if OLD_SCORING and mention.startswith("Governor "):
        return mention
    if OLD_SCORING:
        return TITLE_WORDS.sub("", mention) or mention
    bare = mention
    while (shorter := TITLE_WORDS.sub("", OFFICE.sub("", bare))) != bare:
        bare = shorter
    return bare or mention


def is_merge(canonical: str, mention: str) -> bool:
    """True when `canonical` is another name than `mention`, not the mention with words dropped ("King Fahd" -> "Fahd")."""
    words = strict(canonical).split()
    return bool(words) and not set(words) <= set(strict(mention).split())


def occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Character spans where `mention` occurs as a whole word, exact case."""
    before = r"(?<![\w.])" if OLD_SCORING else r"(?<![^\W_])(?<![^\W_]\.)"  # "U.S." holds no "S." but "to...Mr" holds "Mr"
    pattern = before + re.escape(mention) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


# Gold set 6 (README_6) drops a national or party adjective with the office after it, written in lower case or
# "to" a country: "Cuban president Fidel Castro", "Portuguese Ambassador to China Octavio Valerio".
LOWER_OFFICES = {"president", "minister", "premier", "ambassador", "secretary", "chairman", "governor", "senator", "leader"}


def titled_name(text: str, s: int, e: int, start: int, end: int, mention: str) -> bool:
    """True when the pipeline span `start:end` is the name ending a title + name occurrence `s:e` of `mention`
    ("Ambassador Joerg Kastl" tagged "Joerg Kastl"): it starts at a later word of it, ends where it ends, and
    capitalised words (or "of", "and", "to", "for", "the", a lower-case office) alone precede it ("Deputy Administrator ",
    "Mr Justice ", "Cuban president ", "Comptroller of the Currency ", "State Secretary for Foreign Affairs ")."""
    if OLD_SCORING or not s < start < e <= end <= e + 2 or not text[start - 1].isspace():
        return False
    head, name = text[s:start].split(), strict(text[start:e]).split()
    return bool(name) and strict(mention).split()[-len(name):] == name and all(
        w[:1].isupper() or w in ("of", "and", "to", "for", "the") or w in LOWER_OFFICES for w in head)


ADDRESS = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")


def matched_rows(doc: pd.DataFrame, text: str, mention: str, person: bool = False, longer: tuple[str, ...] = ()) -> pd.DataFrame:
    """Pipeline mentions of one article that stand for `mention` where it occurs alone as a name (for a `person`,
    also the name alone the pipeline tagged after the mention's title: `titled_name`; for any other, not where a
    person's title comes right before it: "Mr London" is no use of the place); not where it is part of a `longer`
    mention the gold gives a row of its own ("Green" inside "Mrs Green", which may be another person)."""
    keep = []
    core = strict(untitled(mention))
    own = [span for other in longer for span in occurrences(text, other)]
    for s, e in occurrences(text, mention):
        if any(a <= s and e <= b for a, b in own):
            continue
        if not person and not OLD_SCORING and ADDRESS.search(text[max(0, s - 8) : s]):
            continue  # "Mr London" is the person's occurrence, not one of the place "London"
        for i, m in doc.iterrows():
            if m.end_char <= s or m.start_char >= e:
                continue
            inside = m.start_char >= s and m.end_char <= e + 2 and (
                core in strict(m.text) or person and titled_name(text, s, e, m.start_char, m.end_char, mention))
            covering = m.start_char <= s and m.end_char >= e and strict(untitled(m.text)) == core and (
                OLD_SCORING or not re.search(r"\w{2}", text[e : m.end_char].replace("'s", "")))  # "Robert Halmi Jr" is no use of "Robert Halmi" (README_4)
            if inside or covering:
                keep.append(i)
    return doc.loc[sorted(set(keep))]


def number(doc_id: str) -> int:
    """The integer a gold file keys an article by: "reuters-854" and "uknews-1003" give 854 and 1003."""
    return int(doc_id.rsplit("-", 1)[1])


def predict(gold: pd.DataFrame, mentions: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Gold rows with the pipeline's canonical name and label for each (most common among occurrences)."""
    by_doc = {d: g for d, g in mentions.groupby("doc_id", sort=False)}
    doc_ids = {number(d): d for d in texts}
    empty = mentions.iloc[0:0]
    out = []
    rows_of = gold.groupby("id")["mention"].agg(tuple).to_dict()
    for row in gold.itertuples():
        doc_id = doc_ids.get(row.id, "")
        longer = tuple(m for m in rows_of[row.id] if m != row.mention and re.search(r"(?<!\w)" + re.escape(row.mention) + r"(?!\w)", m))
        rows = matched_rows(by_doc.get(doc_id, empty), texts.get(doc_id, ""), row.mention, row.type == "PERSON", longer)
        if rows.empty:
            out.append((None, None, False))
            continue
        canonical = Counter(rows["canonical"]).most_common(1)[0][0]
        label = Counter(rows.loc[rows["canonical"] == canonical, "label"]).most_common(1)[0][0]
        out.append((canonical, label, bool((rows["label"] == "PERSON").any())))
    pred = gold.copy()
    pred["pred_canonical"] = [c for c, _, _ in out]
    pred["pred_label"] = [lab for _, lab, _ in out]
    pred["any_person"] = [p for _, _, p in out]
    found = pred["pred_canonical"].notna()
    pred["merged"] = found & pd.Series([is_merge(str(c), m) for c, m in zip(pred["pred_canonical"], pred["mention"])], index=pred.index)
    pred["right_name"] = found & pd.Series([lenient(str(c)) == lenient(g) for c, g in zip(pred["pred_canonical"], pred["canonical"])], index=pred.index)
    if not OLD_SCORING:  # an honorific dropped as the gold asks is the merge it asks for
        renamed = pd.Series([strict(str(c)) != strict(m) for c, m in zip(pred["pred_canonical"], pred["mention"])], index=pred.index)
        pred["merged"] |= pred["right_name"] & renamed & (pred["decision"] == "merge")
    pred["correct_merge"] = pred["merged"] & pred["right_name"] & (pred["decision"] == "merge")
    pred["cross_type"] = (pred["type"] != "PERSON") & pred["any_person"]
    return pred


def summary(pred: pd.DataFrame) -> dict[str, float]:
    """Merge precision and recall, broken keeps, misses and cross-type folds of scored gold rows."""
    made, gold_merges = int(pred["merged"].sum()), int((pred["decision"] == "merge").sum())
    correct = int(pred["correct_merge"].sum())
    return {
        "rows": len(pred), "gold merges": gold_merges, "merges made": made, "correct merges": correct,
        "precision": correct / made if made else 1.0, "recall": correct / gold_merges if gold_merges else 1.0,
        "keeps broken": int((pred["merged"] & (pred["decision"] == "keep")).sum()),
        "keeps renamed": int((~pred["merged"] & ~pred["right_name"] & pred["pred_canonical"].notna() & (pred["decision"] == "keep")).sum()),
        "not found": int(pred["pred_canonical"].isna().sum()),
        "cross-type folds": int(pred["cross_type"].sum()),
        "place/nationality folds": int((pred["cross_type"] & pred["type"].isin(["GPE", "NORP"])).sum()),
    }


def load_sample(corpus: Path, gold_ids: set[int], context: int) -> pd.DataFrame:
    """The gold's articles plus the first `context` other articles with a body, by numeric id, with their dates."""
    rows = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if (item.get("text") or "").strip():
                rows.append((number(item["id"]), item["id"], item["text"], item.get("date")))
    rows.sort()
    others = [r for r in rows if r[0] not in gold_ids][:context]
    chosen = sorted([r for r in rows if r[0] in gold_ids] + others)
    return pd.DataFrame([(d, t, p) for _, d, t, p in chosen], columns=["doc_id", "text", "published"])  # the date names a royal style's holder


def timed(fn):
    """(result, (wall seconds, CPU seconds of this process)) of fn(); CPU time is steadier on a shared machine."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, (time.perf_counter() - start, time.process_time() - cpu)


def uk_sets(letters: list[str] | None) -> list[Path]:
    """The British sets' corpora in the order they were written (a ... z, aa ...), or only those of `letters`."""
    sets = sorted(UK_GOLD.glob("uknews_*.jsonl"), key=lambda f: (len(f.stem), f.stem))
    return [f for f in sets if letters is None or f.stem.split("_")[1] in letters]


def uk_gold(corpus: Path) -> pd.DataFrame:
    """The gold rows of one British set, with the set's letters in a `set` column."""
    letters = corpus.stem.split("_")[1]
    gold = pd.read_csv(UK_GOLD / f"name_merges_uk_{letters}.csv", dtype={"id": int, "mention": str}, keep_default_na=False)
    return gold.assign(set=letters)


def uk_each(args: argparse.Namespace) -> None:
    """Score every British set as its own corpus (as each was written: 60 stories), rows pooled, figures per set too."""
    from helpers.entities import extract

    preds = []
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in uk_sets(args.sets):
            gold = uk_gold(corpus)
            arts = load_sample(corpus, set(gold["id"]), 0)
            mentions = extract.extract_entities(arts, cache_dir=args.cache or Path(tmp))
            preds.append(predict(gold, mentions, dict(zip(arts["doc_id"], arts["text"]))))
    pred = pd.concat(preds, ignore_index=True)
    if args.rows:
        pred.to_csv(args.rows, index=False)
    table = pd.DataFrame({name: summary(part) for name, part in pred.groupby("set", sort=False)} | {"all": summary(pred)})
    print(table.T.to_string(formatters={c: "{:.3f}".format if c in ("precision", "recall") else "{:.0f}".format for c in table.index}))


def main() -> None:
    """Print merge precision and recall on dev and held-out gold rows, cross-type folds and throughput."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--context", type=int, default=3000, help="other articles added for corpus context")
    parser.add_argument("--cache", type=Path, default=None, help="reuse this annotation cache (skips the cold timing)")
    parser.add_argument("--show", choices=["none", "dev", "held-out", "all"], default="none", help="list wrong rows")
    parser.add_argument("--only", choices=["dev", "held-out"], default=None, help="print the figures of this half only (tune on dev without seeing held-out)")
    parser.add_argument("--old-scoring", action="store_true", help="score as before honorific merges and the gold's word boundaries")
    parser.add_argument("--uk-all", action="store_true", help="every British set as ONE corpus, scored on all their gold rows")
    parser.add_argument("--uk-each", action="store_true", help="every British set as its own corpus, rows pooled")
    parser.add_argument("--sets", nargs="*", default=None, metavar="LETTERS", help="with --uk-all / --uk-each: only these sets (e.g. dc dd de)")
    parser.add_argument("--rows", type=Path, default=None, help="write every scored gold row with the pipeline's answer to this CSV")
    args = parser.parse_args()
    global OLD_SCORING
    OLD_SCORING = args.old_scoring
    if not (args.uk_all or args.uk_each) and not args.corpus.exists():
        print(f"Reuters corpus not found at {args.corpus}; pass --corpus PATH. Skipping.")
        return
    from helpers.entities import extract

    if args.uk_each:
        return uk_each(args)
    if args.uk_all:  # one corpus of every British set, as a site's scrape of thousands of stories is one corpus
        sets = uk_sets(args.sets)
        gold = pd.concat([uk_gold(f) for f in sets], ignore_index=True)
        arts = pd.concat([load_sample(f, set(gold["id"]), 0) for f in sets], ignore_index=True)
    else:
        gold = pd.read_csv(args.gold, dtype={"id": int, "mention": str}, keep_default_na=False)
        arts = load_sample(args.corpus, set(gold["id"]), args.context)
    n_words = sum(len(t.split()) for t in arts["text"])
    texts = dict(zip(arts["doc_id"], arts["text"]))
    extract.entity_pipeline()  # model load is not part of the timing
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        mentions, cold = timed(lambda: extract.extract_entities(arts, cache_dir=cache))
        _, warm = timed(lambda: extract.extract_entities(arts, cache_dir=cache))
    print(f"{len(arts)} articles ({len(gold['id'].unique())} gold), {n_words:,} words, {len(mentions):,} mentions")
    label = "given cache" if args.cache else "empty cache"
    for name, (wall, cpu) in ((f"extract_entities, {label}", cold), ("extract_entities, warm cache", warm)):
        print(f"{name:<30} {wall:7.2f} s {n_words / wall:>9,.0f} words/s | CPU {cpu:7.2f} s {n_words / cpu:>9,.0f} words/s")
    pred = predict(gold, mentions, texts)
    if args.rows:
        pred.to_csv(args.rows, index=False)
    halves = {"dev": pred[pred["id"] % 2 == 1], "held-out": pred[pred["id"] % 2 == 0], "all": pred}
    shown = {args.only: halves[args.only]} if args.only else halves
    table = pd.DataFrame({name: summary(part) for name, part in shown.items()})
    print(table.to_string(float_format=lambda x: f"{x:.3f}"))
    if args.show != "none":
        part = halves[args.show]
        wrong = part[(part["merged"] != (part["decision"] == "merge")) | (part["merged"] & ~part["right_name"]) | part["cross_type"]]
        cols = ["id", "mention", "type", "canonical", "decision", "pred_canonical", "pred_label"]
        print(wrong[cols].to_string(index=False), file=sys.stdout)


if __name__ == "__main__":
    main()
