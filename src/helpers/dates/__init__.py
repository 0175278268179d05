"""Stage 4, dates: date expressions resolved to TIMEX3 values against the publication date."""

from helpers.dates.resolve import date_mentions, resolve_dates

__all__ = ["date_mentions", "resolve_dates"]
