"""Calendar periods as TIMEX3 values with inclusive start and end days (day, week, month, season...).

Every function returns a `Period`: `value` (TIMEX3 string), `start` and `end` (the first and the
last calendar day of the period, both inclusive, as dates) and `granularity`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass(frozen=True)
class Period:
    """A resolved period: TIMEX3 value, first and last day (inclusive) and granularity."""

    value: str
    start: dt.date | None
    end: dt.date | None
    granularity: str


def last_day(year: int, month: int) -> dt.date:
    """The last calendar day of a month."""
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) `n` months after (negative: before) the given month."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def day(d: dt.date) -> Period:
    """The single day `d`."""
    return Period(d.isoformat(), d, d, "day")


def month(year: int, m: int) -> Period:
    """A calendar month."""
    return Period(f"{year:04d}-{m:02d}", dt.date(year, m, 1), last_day(year, m), "month")


def year(y: int) -> Period:
    """A calendar year."""
    return Period(f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def iso_week(d: dt.date, shift: int = 0) -> Period:
    """The ISO week (Monday to Sunday) holding `d`, moved by `shift` weeks."""
    d = d + dt.timedelta(weeks=shift)
    y, w, _ = d.isocalendar()
    monday = dt.date.fromisocalendar(y, w, 1)
    return Period(f"{y:04d}-W{w:02d}", monday, monday + dt.timedelta(days=6), "week")


def weekend(d: dt.date, shift: int = 0) -> Period:
    """The Saturday-Sunday weekend of the ISO week holding `d`, moved by `shift` weeks."""
    week = iso_week(d, shift)
    return Period(week.value + "-WE", week.start + dt.timedelta(days=5), week.end, "weekend")


def quarter(y: int, q: int) -> Period:
    """A calendar quarter (1-4)."""
    first = 3 * (q - 1) + 1
    return Period(f"{y:04d}-Q{q}", dt.date(y, first, 1), last_day(y, first + 2), "quarter")


def season(y: int, code: str) -> Period:
    """A meteorological season of year `y` (winter WI runs from December of `y` to February)."""
    a, b = SEASON_MONTHS[code]
    end_year = y + 1 if code == "WI" else y
    return Period(f"{y:04d}-{code}", dt.date(y, a, 1), last_day(end_year, b), "season")


def decade(first_year: int) -> Period:
    """A decade such as the 1970s (value '197')."""
    return Period(f"{first_year // 10:03d}", dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade")


def year_span(a: int, b: int) -> Period:
    """A range of whole years, value 'a/b'."""
    return Period(f"{a:04d}/{b:04d}", dt.date(a, 1, 1), dt.date(b, 12, 31), "year")


def reference(value: str, anchor: dt.date | None) -> Period:
    """PRESENT_REF (the anchor day), PAST_REF (open start, ends at the anchor), FUTURE_REF (starts at the anchor)."""
    start = anchor if value in ("PRESENT_REF", "FUTURE_REF") else None
    end = anchor if value in ("PRESENT_REF", "PAST_REF") else None
    return Period(value, start, end, "reference")
