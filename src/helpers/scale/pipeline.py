"""The heavy stages over partitions, disk to disk: entity mentions and date mentions as partitioned Parquet.

Layout of an output folder `out/` (every part is `part-NNNNN.parquet`, in order):

    articles/        the article table, in `load_corpus` order
    docs/            doc_id, published, outlet, text: the articles in doc_id order (what the tasks read)
    mentions_raw/    spaCy's mentions before names are merged (one part per docs/ part)
    mentions/        the final mentions, equal to `extract_entities(load_corpus(...))` read in order
    date_mentions/   equal to `date_mentions(load_corpus(...))` read in order
    problems, removed_lines, entities, comention_edges, coverage_by_week, mentions_by_week (.parquet + .csv)

Entity extraction runs in two passes: the parse (the heavy part) per partition on the workers, with the
untagged uses of surnames the corpus names in full elsewhere added to each part once every part is parsed, then
the corpus-level name merge (`canonicalise`, which needs every mention's name) once in the main
process, over the raw mentions' columns it reads (each distinct string held once: 1.1 GB at 1.3 million
mentions), whose result each partition then applies to its own rows.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import storage
from helpers.scale.engine import peak_rss_mb, run_tasks, worker_id

DOC_COLUMNS = ["doc_id", "published", "outlet", "text"]
PARTITION_SIZE = 500  # articles per partition: outputs depend on it, never on the number of workers


def part_path(folder: Path, i: int) -> Path:
    """The path of part `i` of a partitioned table."""
    return folder / f"part-{i:05d}.parquet"


def parts_of(folder: Path) -> list[Path]:
    """The parts of a partitioned table, in order."""
    return sorted(Path(folder).glob("part-*.parquet"))


def write_part(df: pd.DataFrame, target: Path) -> Path:
    """Write one part atomically, without attrs."""
    storage.write_parquet(df, target)
    return target


def write_parts(df: pd.DataFrame, folder: Path, size: int) -> list[Path]:
    """Write `df` as parts of `size` rows in `folder`, removing the parts of an earlier run first."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in parts_of(folder):
        old.unlink()
    return [write_part(df.iloc[i : i + size], part_path(folder, k)) for k, i in enumerate(range(0, max(len(df), 1), size))]


def task_stats(start: float, **counts) -> dict:
    """What a task reports: its worker, seconds, CPU seconds of the worker so far, its peak memory, and counts."""
    return {"worker": worker_id(), "seconds": time.perf_counter() - start, "cpu": time.process_time(),
            "peak_mb": peak_rss_mb(), **counts}


def parse_part(docs: str, raw: str, model: str | None, cache_dir: str | None) -> dict:
    """Parse one partition of articles and write its raw mentions (the model is loaded once per worker)."""
    from helpers.entities import extract

    start = time.perf_counter()
    articles = pd.read_parquet(docs)
    articles = articles.loc[articles["text"].fillna("").str.strip().astype(bool)]
    texts = articles["text"].astype(str).tolist()
    results, n_parsed = extract.annotations(texts, model=model, cache_dir=Path(cache_dir) if cache_dir else None)
    found = extract.raw_mentions(articles, results)
    write_part(found, Path(raw))
    return task_stats(start, docs=len(texts), words=sum(len(t.split()) for t in texts), parsed=n_parsed, mentions=len(found))


def corpus_surnames(raws: list[Path]) -> frozenset[str]:
    """The corpus's surnames (`recover.corpus_surnames`) and spelled-out acronyms (`recover.spelled_acronyms`) from every
    part of raw mentions, read a part at a time: an article lies in one part, so each part's evidence
    (`recover.surname_evidence`) is exact and the parts' evidence adds up."""
    from helpers.entities import recover

    full: Counter = Counter()
    names: set[str] = set()
    other: Counter = Counter()
    acronyms: set[str] = set()
    for raw in raws:
        part = pd.read_parquet(raw, columns=["doc_id", "text", "spacy_label", "before", "after"])
        surnames, people, others = recover.surname_evidence(part["text"].tolist(), part["spacy_label"].tolist(), part["doc_id"].tolist())
        full.update(surnames)
        names |= people
        other.update(others)
        acronyms |= recover.spelled_acronyms(part["text"], part["spacy_label"], part["before"], part["after"])
    return recover.known_surnames(full, names, other) | acronyms


def surname_part(docs: str, raw: str, known: frozenset[str]) -> dict:
    """Add to one part of raw mentions the untagged uses of the corpus's surnames in its articles, and relabel its one-word
    mentions of them tagged otherwise (`extract.with_corpus_surnames`; the part is rewritten in place when anything changed)."""
    from helpers.entities import extract

    start = time.perf_counter()
    articles = pd.read_parquet(docs, columns=["doc_id", "text"])
    articles = articles.loc[articles["text"].fillna("").str.strip().astype(bool)]
    found = pd.read_parquet(raw)
    out = extract.with_corpus_surnames(articles, found, known)
    if out is not found:  # new mentions, or mentions relabelled
        write_part(out, Path(raw))
    return task_stats(start, mentions=len(out) - len(found))


def read_for_merge(raw: str) -> pd.DataFrame:
    """The columns of one part of raw mentions that the name merge reads (never the sentences)."""
    import pyarrow.parquet as pq

    from helpers.entities.names import MERGE_COLUMNS

    present = set(pq.read_schema(raw).names)
    return pd.read_parquet(raw, columns=[c for c in MERGE_COLUMNS if c in present])


def merged_names(raws: list[Path]) -> list[pd.DataFrame]:
    """Run the corpus-level name merge once; return, per part, the kept rows' local index, canonical and label."""
    from helpers.entities import names, rows

    frames = [rows.compact(read_for_merge(str(p)), names.SHARED_COLUMNS) for p in raws]  # never the whole corpus as Arrow text
    sizes = [len(f) for f in frames]
    if not sum(sizes):
        return [pd.DataFrame({"canonical": [], "label": []}) for _ in sizes]
    mentions = pd.concat(frames, ignore_index=True)
    del frames
    merged = names.canonicalise(mentions)[["canonical", "label"]]
    del mentions
    ends = np.cumsum(sizes)
    bounds = np.searchsorted(merged.index.to_numpy(), np.concatenate([[0], ends]))  # kept rows stay in order
    return [compact_names(merged.iloc[a:b], end - n) for a, b, end, n in zip(bounds[:-1], bounds[1:], ends, sizes)]


def compact_names(names: pd.DataFrame, offset: int) -> pd.DataFrame:
    """One part's merged names as small as they travel to its task: local int32 positions, categorical names."""
    index = pd.Index((names.index - offset).astype(np.int32))
    return pd.DataFrame({c: pd.Categorical(names[c]) for c in ("canonical", "label")}, index=index)


def finish_part(raw: str, target: str, names: pd.DataFrame) -> dict:
    """Apply the merged names to one part of raw mentions and write its final mentions."""
    from helpers.entities.extract import COLUMNS

    start = time.perf_counter()
    found = pd.read_parquet(raw).loc[names.index]
    for col in ("canonical", "label"):
        found[col] = names[col].astype(found["text"].dtype)  # the text dtype the raw mentions have
    found = found.reindex(columns=COLUMNS).sort_values(["doc_id", "start_char", "end_char"], kind="stable")
    write_part(found.reset_index(drop=True), Path(target))
    return task_stats(start, mentions=len(found))


def dates_part(docs: str, target: str) -> dict:
    """Resolve the date expressions of one partition of articles and write them."""
    from helpers.dates import date_mentions

    start = time.perf_counter()
    found = date_mentions(pd.read_parquet(docs, columns=["doc_id", "published", "text"]))
    write_part(found, Path(target))
    return task_stats(start, dates=len(found))


def entity_stage(out: Path, client, model: str | None = None, cache_dir: str | None = None, progress: bool = True) -> list[dict]:
    """Raw mentions per partition in parallel, then the corpus's surnames added to them in parallel, the name merge once,
    final mentions per partition in parallel."""
    docs = parts_of(out / "docs")
    raws = [part_path(out / "mentions_raw", i) for i in range(len(docs))]
    finals = [part_path(out / "mentions", i) for i in range(len(docs))]
    for folder in (out / "mentions_raw", out / "mentions"):
        folder.mkdir(parents=True, exist_ok=True)
        for old in parts_of(folder)[len(docs):]:
            old.unlink()
    stats = run_tasks(parse_part, [(str(d), str(r), model, cache_dir) for d, r in zip(docs, raws)], client, desc="entities", progress=progress)
    known = corpus_surnames(raws)
    stats += run_tasks(surname_part, [(str(d), str(r), known) for d, r in zip(docs, raws)], client, desc="surnames", progress=progress)
    names = merged_names(raws)
    stats += run_tasks(finish_part, [(str(r), str(f), n) for r, f, n in zip(raws, finals, names)], client, desc="merging names", progress=progress)
    return stats


def date_stage(out: Path, client, progress: bool = True) -> list[dict]:
    """Date mentions per partition in parallel."""
    docs = parts_of(out / "docs")
    folder = out / "date_mentions"
    folder.mkdir(parents=True, exist_ok=True)
    for old in parts_of(folder)[len(docs):]:
        old.unlink()
    return run_tasks(dates_part, [(str(d), str(part_path(folder, i))) for i, d in enumerate(docs)], client, desc="dates", progress=progress)
