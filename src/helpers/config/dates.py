"""Tuning defaults of the date stage, each with its unit, its reason and the benchmark that tuned it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateParams:
    """Windows and thresholds of date resolution (`helpers.resolve_dates`) and of the event timeline."""

    # words: how far before an expression a tense cue ("will", "said", "next") is looked for. Eight
    # words reach back over a short subject ("the talks, which resumed, will ... on Monday"); wider
    # windows picked up the tense of the previous clause. Tuned on the dev set of benchmarks/bench_dates.py.
    cue_words_before: int = 8
    # words: how far after an expression a tense cue is looked for, stopping at a comma or a new
    # clause ("..., officials said" is attribution, not tense). Tuned with the same benchmark.
    cue_words_after: int = 5
    # days: a future cue moves a month-day with no year to next year only when this year's date is
    # this far behind the publication date ("talks will resume on Jan. 3", written Dec. 28, is next
    # year; written Feb. 10, "will report on Jan. 30" is a late reference to this year). Dev set.
    future_flip_days: int = 90
    # days: referenced dates farther than this from publication are left off the event timeline
    # (history such as "the 1950-53 war" would stretch the axis over decades). Chosen by reading
    # notebook 04 on the bundled corpus; it changes only the chart, never date_mentions.
    timeline_window_days: int = 400


DATE_DEFAULTS = DateParams()
