"""Configuration: every path (`paths`) and the documented tuning defaults of each stage.

Tuning defaults are frozen dataclasses, one per stage (`DateParams`, ...), passed into the stage's
entry point scikit-learn style (`resolve_dates(text, anchor, params=DateParams(cue_words_before=6))`).
Each field says its unit, why it has its value and which benchmark tuned it.
"""

from helpers.config import paths
from helpers.config.dates import DATE_DEFAULTS, DateParams

__all__ = ["DATE_DEFAULTS", "DateParams", "paths"]
