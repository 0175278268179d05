"""Reports: execute the notebooks on a corpus and render self-contained HTML pages and an index."""

from helpers.report.render import build, refresh

__all__ = ["build", "refresh"]
