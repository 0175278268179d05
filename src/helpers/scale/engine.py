"""Where the tasks run: in this process (default), on a LocalCluster of every core, or on a remote scheduler.

One code path for all three scales: a stage builds a list of `dask.delayed` tasks and hands it to
`run_tasks`, which computes them with Dask's synchronous scheduler when there is no client, or on
the client's cluster when there is one, with one progress bar in the terminal either way.
"""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence

import dask
from dask.callbacks import Callback
from tqdm import tqdm

ENV_SCHEDULER = "DASK_SCHEDULER"
LOCAL = "local"
PARALLEL_MIN = 1_000  # texts to parse before `map_parts` hands them to the scheduler (below, starting workers costs more)
PART_SIZE = 100  # texts per task of `map_parts`: small enough that the last tasks keep every worker busy
SPAWN_ENVIRON = "distributed.nanny.pre-spawn-environ"
# Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536 (memory back to the system early); a parse then
# spends about 15% of its CPU on page faults (4.3 s of 30 for 1,500 Reuters texts, against 1.8 s with
# glibc's own default, which the single process has), so the local workers keep glibc's default.
NO_TRIM = "MALLOC_TRIM_THRESHOLD_"
# Dask's statistical profiler feeds a dashboard, which local runs do not start, and takes the GIL from the parse every
# 10 ms: in 4 interleaved pairs on 2,000 Reuters texts, two workers used 49.5 CPU s on average without it against 58.0 with
# it (28.9 s against 36.0 s wall). A remote cluster keeps its own settings.
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def scheduler_from_env(scheduler: str | None = None) -> str | None:
    """The scheduler to use: the argument, else $DASK_SCHEDULER, else None (in-process)."""
    chosen = scheduler if scheduler is not None else os.environ.get(ENV_SCHEDULER, "").strip()
    return chosen or None


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """Yield a distributed Client for `scheduler` ('local' or 'tcp://host:port'), or None for in-process runs.

    'local' starts a LocalCluster of `workers` processes (default: every core), one thread each, so
    each worker loads the spaCy model once and parses on its own core; it is closed on exit.
    """
    scheduler = scheduler_from_env(scheduler)
    if scheduler is None or scheduler in ("sync", "synchronous", "none"):
        yield None
        return
    from distributed import Client, LocalCluster

    if scheduler == LOCAL:
        n = workers or os.cpu_count() or 1
        environ = {k: v for k, v in dask.config.get(SPAWN_ENVIRON, {}).items() if k != NO_TRIM}
        with dask.config.set({SPAWN_ENVIRON: environ, **LOCAL_WORKER_CONFIG}):  # read when the workers start
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
        client = Client(cluster)
        try:
            yield client
        finally:
            close_quietly(client, cluster)
        return
    client = Client(scheduler)
    try:
        yield client
    finally:
        close_quietly(client)


def close_quietly(*closables: Any) -> None:
    """Close a client and its cluster; a shutdown that times out (a busy machine) is said, never raised.

    By then every result has been gathered: a slow goodbye from the workers must not throw the work away.
    """
    for thing in closables:
        try:
            thing.close()
        except (TimeoutError, asyncio.TimeoutError, OSError) as err:
            print(f"note: the Dask {type(thing).__name__} did not close cleanly ({type(err).__name__}); "
                  "its results were already gathered", file=sys.stderr, flush=True)


class _Bar(Callback):
    """Advance a tqdm bar each time one of the named tasks finishes (synchronous scheduler)."""

    def __init__(self, bar: tqdm, keys: set) -> None:
        super().__init__()
        self.bar, self.keys = bar, keys

    def _posttask(self, key, result, dsk, state, worker_id) -> None:
        if key in self.keys:
            self.bar.update(1)


def run_tasks(fn: Callable, args: Sequence[tuple], client: Any = None, desc: str = "tasks",
              progress: bool = True) -> list:
    """Run fn(*a) for each tuple of `args` as Dask tasks; return the results in the order of `args`."""
    tasks = [dask.delayed(fn, pure=False)(*a) for a in args]
    with tqdm(total=len(tasks), desc=desc, file=sys.stderr, disable=not progress or not tasks, unit="part") as bar:
        if client is None:
            with _Bar(bar, {t.key for t in tasks}):
                return list(dask.compute(*tasks, scheduler="synchronous"))
        from distributed import as_completed

        futures = client.compute(tasks)
        for _ in as_completed(futures):
            bar.update(1)
        return client.gather(futures)


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """Set environment variables for the block and restore them after it."""
    before = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def quietly(fn: Callable, *args: Any) -> Any:
    """fn(*args) with progress bars off: a worker's bars would interleave with the caller's one bar."""
    from helpers import progress

    with environment(**{progress.ENV: "off"}):
        return fn(*args)


def map_parts(fn: Callable, items: list, *args: Any, desc: str = "parts", scheduler: str | None = None,
              min_items: int = PARALLEL_MIN, part_size: int = PART_SIZE) -> list:
    """fn(part, *args) over consecutive parts of `items`, results joined in order: on the scheduler given
    (or $DASK_SCHEDULER) when there are at least `min_items` items, else one call in this process.

    `fn` returns one result per item and must not depend on how the items are split (a parse does not),
    so the output is the same at every scale.
    """
    chosen = scheduler_from_env(scheduler)
    one_core = chosen == LOCAL and (os.cpu_count() or 1) < 2
    if chosen is None or chosen in ("sync", "synchronous", "none") or one_core or len(items) < min_items:
        return fn(items, *args)
    if worker_id() != "main":  # already a task of a cluster (`make process`): never start a cluster inside a worker
        return fn(items, *args)
    from distributed import as_completed

    from helpers import progress

    parts = [items[i:i + part_size] for i in range(0, len(items), part_size)]
    with connect(chosen) as client:
        futures = [client.submit(quietly, fn, part, *args, pure=False) for part in parts]
        for _ in progress.bar(as_completed(futures), total=len(futures), desc=desc, min_items=1):
            pass
        results = client.gather(futures)
    return [r for part in results for r in part]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM, which starts afresh in a new program; `ru_maxrss` (the fallback elsewhere) keeps
    the parent's size across fork and exec, so a worker started by a big process would report that.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> None:
    """Start this process's peak memory afresh (Linux: VmHWM), so each stage's peak can be read; elsewhere nothing."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        pass


def worker_id() -> str:
    """A name for the process running the current task: the Dask worker's address, else 'main'."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return "main"
