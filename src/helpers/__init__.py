"""Helpers for studying news coverage of conflict and diplomacy: load, clean, extract, cluster, date.

Public functions are imported lazily, so `import helpers` stays fast and a notebook that only
loads a corpus never pays for loading spaCy.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "paths": "helpers.paths",
    "load_corpus": "helpers.loading",
    "clean_scrape": "helpers.cleaning",
    "recurring_lines": "helpers.cleaning",
    "extract_entities": "helpers.mentions",
    "entity_table": "helpers.mentions",
    "top_entities": "helpers.mentions",
    "cluster_topics": "helpers.topics",
    "paragraphs": "helpers.topics",
    "topic_shares": "helpers.topics",
    "resolve_dates": "helpers.dates",
    "date_mentions": "helpers.dates",
    "plot_coverage": "helpers.timelines",
    "plot_event_timeline": "helpers.timelines",
    "plot_actors": "helpers.timelines",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import the module behind a public name on first use."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    module = importlib.import_module(_EXPORTS[name])
    value = module if module.__name__ == f"helpers.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
