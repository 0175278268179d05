"""Benchmark the Dask stages (`helpers.scale`): speed-up on a LocalCluster, memory per worker, a 100,000-article run.

Run: .venv/bin/python benchmarks/bench_scale.py [--corpus PATH] [--workers 2] [--sizes 5000,10000,19043] [--repeat 1]
     .venv/bin/python benchmarks/bench_scale.py --big 100000     # generated corpus through `python -m helpers.scale`
PATH defaults to ../shared/dev-corpora/reuters21578.jsonl beside the project (skipped politely when
absent: it is never part of the project). Printed:
- entity extraction on the whole corpus, one process (`extract_entities`, empty cache) against the
  Dask entity stage on a LocalCluster of `--workers` processes (empty cache), in words per second,
  with the load average of the machine (it is shared: read the speed-up against it); with --repeat R,
  R such pairs run one after the other and the median speed-up is printed (this VM's speed drifts);
- the peak memory of each worker when the corpus is cut to each of `--sizes` articles (it should
  stay flat: a worker holds one partition at a time);
- with --big N: a generated N-article corpus (benchmarks/synthetic_news.py) through the same
  command `make process` runs, with the peak memory of the whole process tree (sampled every 0.5 s);
- with --merge OUT: the corpus-level name merge alone (`pipeline.merged_names`) on OUT/mentions_raw of
  an earlier run, in this fresh process: its seconds and this process's peak memory; --save FILE
  pickles its result, --against FILE checks it equals an earlier pickle, --finals DIR writes the
  final mentions parts with it (then compare them with `cmp` to OUT/mentions).
Entity caches go to a temporary folder under /tmp, never to data/cache.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from helpers.config import paths

DEFAULT_CORPUS = "../shared/dev-corpora/reuters21578.jsonl"


def load_avg() -> str:
    """The 1-, 5- and 15-minute load averages."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def write_docs(articles, out: Path, partition_size: int) -> None:
    """Write the articles as the docs/ parts the entity stage reads."""
    from helpers.scale import pipeline

    docs = articles.sort_values("doc_id", kind="stable")[pipeline.DOC_COLUMNS]
    pipeline.write_parts(docs, out / "docs", partition_size)


def cluster_run(articles, workers: int, partition_size: int) -> tuple[float, float, dict, dict]:
    """Seconds of the entity stage on a fresh LocalCluster (and with start-up), each worker's peak MB and CPU seconds."""
    from helpers.scale import engine, pipeline
    from helpers.scale.process import worker_peaks

    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        out = Path(tmp)
        write_docs(articles, out, partition_size)
        t0 = time.perf_counter()
        with engine.connect("local", workers=workers) as client:
            t1 = time.perf_counter()
            stats = pipeline.entity_stage(out, client, cache_dir=str(out / "cache"), progress=False)
            t2 = time.perf_counter()
    cpu: dict[str, float] = {}
    for s in stats:  # process CPU time is cumulative: a worker's last report holds its total
        cpu[s["worker"]] = max(cpu.get(s["worker"], 0.0), s["cpu"])
    return t2 - t1, t2 - t0, worker_peaks(stats), cpu


def single_run(articles) -> tuple[float, float]:
    """Seconds and CPU seconds of `extract_entities` in this process with an empty cache."""
    import helpers

    from helpers.entities.extract import entity_pipeline

    entity_pipeline()  # the workers load the model before their clocks start too
    with tempfile.TemporaryDirectory(dir="/tmp") as cache:
        t, c = time.perf_counter(), time.process_time()
        helpers.extract_entities(articles, cache_dir=Path(cache))
        return time.perf_counter() - t, time.process_time() - c


def speed_and_memory(corpus: Path, workers: int, sizes: list[int], partition_size: int, limit: int = 0,
                     repeat: int = 1) -> None:
    """Print the LocalCluster and single-process rates (`repeat` pairs, run in turn), then the per-worker peak memory at each size."""
    import helpers

    articles = helpers.load_corpus(corpus)
    articles = articles.loc[articles["text"].str.strip().astype(bool)].reset_index(drop=True)
    articles = articles.iloc[:limit] if limit else articles
    words = int(articles["n_words"].sum())
    print(f"{len(articles):,} articles, {words:,} words; {os.cpu_count()} cores; load average before: {load_avg()}")
    ratios, cpu_ratios = [], []
    for _ in range(repeat):  # a shared VM's speed drifts by a third: pairs run back to back, then their median
        secs, with_start, peaks, cpu = cluster_run(articles, workers, partition_size)
        print(f"LocalCluster, {workers} workers: {secs:7.1f} s  {words / secs:9,.0f} words/s "
              f"({with_start:.1f} s with cluster start-up); load average {load_avg()}")
        print(f"  CPU seconds per worker (model load included): {json.dumps({k[-5:]: round(v, 1) for k, v in cpu.items()})}")
        one, one_cpu = single_run(articles)
        print(f"single process:        {one:7.1f} s  {words / one:9,.0f} words/s ({one_cpu:.1f} CPU s); load average {load_avg()}")
        ratios.append(one / secs)
        cpu_ratios.append(one_cpu / max(cpu.values()))
        print(f"speed-up: {ratios[-1]:.2f}x (stage only), {one / with_start:.2f}x (with start-up); "
              f"on idle cores (single CPU s / busiest worker's CPU s): {cpu_ratios[-1]:.2f}x")
    if repeat > 1:
        print(f"median of {repeat} pairs: speed-up {statistics.median(ratios):.2f}x (range {min(ratios):.2f}-{max(ratios):.2f}); "
              f"on idle cores {statistics.median(cpu_ratios):.2f}x")
    print(f"peak MB per worker at {len(articles):,} articles: {json.dumps({k[-5:]: round(v) for k, v in peaks.items()})}")
    for n in sorted(s for s in sizes if s < len(articles)):
        _, _, peaks, _ = cluster_run(articles.iloc[:n], workers, partition_size)
        print(f"peak MB per worker at {n:,} articles: {json.dumps({k[-5:]: round(v) for k, v in peaks.items()})}")


def tree_rss(proc: psutil.Process) -> tuple[int, dict[int, int]]:
    """Resident bytes of a process and all its descendants, in total and per process."""
    each = {}
    for p in [proc, *proc.children(recursive=True)]:
        try:
            each[p.pid] = p.memory_info().rss
        except psutil.Error:
            pass
    return sum(each.values()), each


def sampled_run(cmd: list[str], env: dict[str, str]) -> tuple[int, str, int, int]:
    """Run `cmd`, sampling the memory of its process tree every 0.5 s; return its exit code, its output
    (stdout and stderr), the peak of the tree's total resident bytes and the largest single process's peak."""
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proc, peak, peak_each, done = psutil.Process(child.pid), 0, {}, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            total, each = tree_rss(proc)
            peak = max(peak, total)
            for pid, rss in each.items():
                peak_each[pid] = max(peak_each.get(pid, 0), rss)
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = child.communicate()
    done.set()
    sampler.join()
    return child.returncode, output, peak, max(peak_each.values(), default=0)


def big_run(n: int, workers: int, scheduler: str) -> None:
    """Generate an n-article corpus under /tmp and run `python -m helpers.scale` on it, sampling memory."""
    from synthetic_news import write_corpus

    base = Path(tempfile.gettempdir()) / f"bench-scale-{n}"
    corpus, out, cache = base / "corpus", base / "out", base / "cache"
    if not corpus.exists():
        t = time.perf_counter()
        write_corpus(corpus, n)
        print(f"generated {n:,} articles in {time.perf_counter() - t:.0f} s: {corpus}")
    env = dict(os.environ, PROCESS_CORPUS=str(corpus), PROCESS_OUT=str(out), ENTITY_CACHE=str(cache),
               DASK_SCHEDULER=scheduler, DASK_WORKERS=str(workers))
    t = time.perf_counter()
    returncode, output, peak, largest = sampled_run([sys.executable, "-m", "helpers.scale"], env)
    print(output)
    print(f"{n:,} generated articles, scheduler {scheduler or 'in-process'}: {time.perf_counter() - t:.0f} s, "
          f"exit {returncode}; peak memory of the process tree {peak / 2**30:.2f} GB "
          f"(largest process {largest / 2**30:.2f} GB); load average {load_avg()}")


def merge_alone(out: Path, save: str = "", against: str = "", finals: str = "") -> None:
    """Time the corpus-level name merge alone on `out`/mentions_raw and print this process's peak memory."""
    import pickle

    from helpers.scale import engine, pipeline

    raws = pipeline.parts_of(out / "mentions_raw")
    start_mb, t = engine.peak_rss_mb(), time.perf_counter()
    names = pipeline.merged_names(raws)
    secs, peak = time.perf_counter() - t, engine.peak_rss_mb()
    rows = sum(len(n) for n in names)
    print(f"merged_names on {len(raws)} parts ({rows:,} kept mentions): {secs:.1f} s; peak RSS of this process "
          f"{peak:,.0f} MB (before the merge {start_mb:,.0f} MB); load average {load_avg()}")
    if save:
        Path(save).write_bytes(pickle.dumps(names, protocol=5))
    if against:
        expected = pickle.loads(Path(against).read_bytes())
        same = len(expected) == len(names) and all(
            e.index.equals(n.index) and all(e[c].tolist() == n[c].tolist() for c in ("canonical", "label"))
            for e, n in zip(expected, names))
        print(f"same index, canonical and label as {against}: {same}")
    if finals:
        Path(finals).mkdir(parents=True, exist_ok=True)
        for i, (raw, n) in enumerate(zip(raws, names)):
            pipeline.finish_part(str(raw), str(pipeline.part_path(Path(finals), i)), n)
        print(f"final mentions written to {finals}")


def main() -> None:
    """Parse arguments and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="relative paths are read from the project root")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", default="5000,10000,19043")
    parser.add_argument("--partition-size", type=int, default=500)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles (a busy machine)")
    parser.add_argument("--repeat", type=int, default=1, help="pairs of cluster and single-process runs; their median is printed")
    parser.add_argument("--big", type=int, default=0, help="articles of a generated corpus for the end-to-end run")
    parser.add_argument("--scheduler", default="local", help="for --big: 'local' (default) or '' for in-process")
    parser.add_argument("--merge", default="", help="an output folder of an earlier run: time the name merge alone on it")
    parser.add_argument("--save", default="", help="with --merge: pickle the merge's result to this file")
    parser.add_argument("--against", default="", help="with --merge: compare the result with this pickle")
    parser.add_argument("--finals", default="", help="with --merge: write the final mentions parts to this folder")
    args = parser.parse_args()
    if args.merge:
        merge_alone(Path(args.merge), args.save, args.against, args.finals)
        return
    if args.big:
        big_run(args.big, args.workers, args.scheduler)
        return
    corpus = paths.resolve(args.corpus)
    if not corpus.exists():
        print(f"skipped: development corpus not found at {corpus} (pass --corpus PATH; it is not part of the project)")
        return
    speed_and_memory(corpus, args.workers, [int(s) for s in args.sizes.split(",") if s], args.partition_size, args.limit, args.repeat)


if __name__ == "__main__":
    main()
