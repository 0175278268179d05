"""Heavy stages on Dask: loading, entities and dates by partition, in-process, on every core or on a cluster.

The names below are imported on first use, so `helpers.scale.engine` (the scheduler choice, which the
entity and quote stages and the report builder use) loads without the stages themselves.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "aggregate": "helpers.scale.aggregate",
    "connect": "helpers.scale.engine",
    "run_tasks": "helpers.scale.engine",
    "load_parallel": "helpers.scale.load",
    "parts_of": "helpers.scale.pipeline",
    "process_corpus": "helpers.scale.process",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    """Import a stage on first use of one of its public names."""
    if name not in _LAZY:
        raise AttributeError(f"module 'helpers.scale' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
