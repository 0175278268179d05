"""Benchmark `make report`: wall time and peak memory of building every report on a real corpus.

Run: .venv/bin/python benchmarks/bench_report.py [--corpus PATH] [--sample N ...]
Default corpus: ../shared/dev-corpora/reuters21578.jsonl (Reuters-21578, Distribution 1.0), beside the
project; skipped politely when absent. For each size (default: a 2,000-article sample and the whole
corpus) the articles with a body are written to a temporary JSONL, and `python -m helpers.report
build` runs on it in a child process with fresh caches (HELPERS_CACHE points every kernel at an empty
folder); wall time, the peak resident memory of all its processes together and of the largest one
(the builder, a notebook kernel or a Dask worker), the preparing step's and each notebook's time are printed. `--as-is` runs on the corpus path
itself (any format `load_corpus` reads, e.g. a TSV of headlines) instead of samples of it.
The report's own default applies: parses of 1,000 texts or more run on a LocalCluster of every core
(set DASK_SCHEDULER=sync to time one process).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from bench_scale import sampled_run
from helpers.config import paths

DEFAULT = paths.ROOT.parent / "shared" / "dev-corpora" / "reuters21578.jsonl"


def write_sample(source: Path, n: int | None, target: Path) -> int:
    """Write the first `n` items with a body (all when None) as JSONL; return how many were written."""
    count = 0
    with open(source, encoding="utf-8") as src, open(target, "w", encoding="utf-8") as out:
        for line in src:
            item = json.loads(line)
            if not (item.get("text") or "").strip():
                continue
            out.write(json.dumps({k: item.get(k) for k in ("id", "title", "text", "date", "dateline")}) + "\n")
            count += 1
            if n is not None and count >= n:
                break
    return count


def run(corpus: Path, out: Path, cache: Path) -> tuple[float, float, float, str]:
    """Build every report on `corpus`; return wall seconds, the peak memory (GB) of the whole process tree
    and of its largest process (the builder, a notebook kernel or a Dask worker), and the builder's log."""
    notebooks = sorted(str(p) for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env["HELPERS_CACHE"] = str(cache)
    script = "import sys; from helpers.report.render import main; sys.exit(main(sys.argv[2:]))"
    started = time.monotonic()
    _, log, tree, largest = sampled_run([sys.executable, "-c", script, str(cache), "build", "--corpus", str(corpus),
                                         "--out", str(out), *notebooks], env)
    return time.monotonic() - started, tree / 2**30, largest / 2**30, log


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--sample", type=int, nargs="*", default=[2000, 0], help="sizes to run; 0 means the whole corpus")
    parser.add_argument("--as-is", action="store_true", help="run on the corpus path itself, not on JSONL samples of it")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found (the development corpora live beside the project)")
        return 0
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"DASK_SCHEDULER={os.environ.get('DASK_SCHEDULER') or '(report default: local)'}")
    if args.as_is:
        with tempfile.TemporaryDirectory() as tmp:
            report(args.corpus.name, *run(args.corpus.resolve(), Path(tmp) / "out", Path(tmp) / "cache"))
        return 0
    for n in args.sample:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            size = write_sample(args.corpus, n or None, tmp / "corpus.jsonl")
            report(f"{size:,} articles", *run(tmp / "corpus.jsonl", tmp / "out", tmp / "cache"))
    return 0


def report(what: str, wall: float, tree: float, largest: float, log: str) -> None:
    """Print the total, the peak memory, the preparing step's and each notebook's time from the builder's log."""
    log = log.replace("\r", "\n")  # progress bars share lines with the builder's messages
    times = re.findall(r"(\d\d-[\w-]+): (done|stopped early) in ([\d.]+) s", log)
    prepared = re.search(r"preparing: [^\n]*done in [^\n]*", log)
    print(f"{what}: make report {wall / 60:.1f} min, peak memory {tree:.2f} GB for all processes together "
          f"({largest:.2f} GB the largest one), load average after {os.getloadavg()[0]:.1f}", flush=True)
    print(f"    {prepared.group(0) if prepared else 'preparing: (no line in the log)'}", flush=True)
    for name, status, secs in sorted(times):
        print(f"    {name:24s} {float(secs):7.1f} s  {status}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
