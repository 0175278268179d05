"""Heavy stages on Dask: loading, entities and dates by partition, in-process, on every core or on a cluster.

The names below are imported on first use, so `helpers.scale.engine` (the scheduler choice, which the
entity and quote stages and the report builder use) loads without the stages themselves.
"""

from __future__ import annotations

from helpers import lazy

_LAZY = {
    "aggregate": "helpers.scale.aggregate",
    "connect": "helpers.scale.engine",
    "run_tasks": "helpers.scale.engine",
    "load_parallel": "helpers.scale.load",
    "parts_of": "helpers.scale.pipeline",
    "process_corpus": "helpers.scale.process",
}
__all__ = sorted(_LAZY)


__getattr__, __dir__ = lazy.attach(__name__, _LAZY, globals())
