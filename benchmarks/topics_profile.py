"""Where the memory and time of one `cluster_topics` run go: resident memory sampled per stage.

A thread reads this process's resident set size (/proc/self/statm) every 20 ms; the stages of
`helpers.topics` (vectorising, LSA, the k search, topic tables, 2-D map, themes) are wrapped so
each sample is charged to the innermost stage running. Used by `bench_topics.py --profile`.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from contextlib import contextmanager

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """Current resident set size of this process in MB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE / 2**20


def peak_mb() -> float:
    """Peak resident set size of this process so far in MB (ru_maxrss)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StageMemory:
    """Peak RSS and wall time per named stage, sampled by a background thread."""

    def __init__(self, interval: float = 0.02) -> None:
        self.stack: list[str] = ["outside"]
        self.peak: dict[str, float] = {}
        self.start: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            stage = self.stack[-1]  # read before the sample, so a stage ending meanwhile keeps its own peak
            self._charge(stage, rss_mb())
            time.sleep(self.interval)

    def _charge(self, stage: str, mb: float) -> None:
        self.peak[stage] = max(self.peak.get(stage, 0.0), mb)

    @contextmanager
    def stage(self, name: str):
        """Charge samples taken while the block runs to `name`."""
        self.stack.append(name)
        self.start[name] = rss_mb()
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self._charge(name, rss_mb())
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0
            self.stack.pop()

    def wrap(self, module, attr: str, name: str) -> None:
        """Replace `module.attr` by a wrapper that runs it as stage `name`."""
        fn = getattr(module, attr)

        def wrapped(*args, **kwargs):
            with self.stage(name):
                return fn(*args, **kwargs)

        setattr(module, attr, wrapped)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def table(self) -> list[dict]:
        """One row per stage: RSS at entry, peak during, seconds."""
        return [{"stage": s, "rss_at_start_mb": round(self.start.get(s, 0.0)), "peak_mb": round(p),
                 "seconds": round(self.seconds.get(s, 0.0), 1)} for s, p in self.peak.items()]


def instrument(prof: StageMemory) -> None:
    """Wrap the stages of helpers.topics so `prof` charges memory to them."""
    from helpers.topics import cluster, select, themes

    prof.wrap(select, "vectorise", "vectorise (TF-IDF)")
    prof.wrap(select, "embed", "LSA (SVD)")
    prof.wrap(select, "score_ks", "k search (k-means + silhouette)")
    prof.wrap(cluster, "_assemble", "topic tables")
    prof.wrap(cluster, "_coords", "2-D map (SVD)")
    prof.wrap(themes, "add_themes", "themes")
