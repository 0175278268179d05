"""Readable time axes: the finest calendar period (day, week, month, quarter, year) giving at most 40 labels."""

from __future__ import annotations

import pandas as pd

MAX_PERIODS = 40  # a time axis gets at most this many periods (day, week, month... whichever fits)
PERIODS = (("D", "day", "%Y-%m-%d"), ("W-SUN", "week", "%Y-%m-%d"), ("M", "month", "%Y-%m"),
           ("Q", "quarter", ""), ("Y", "year", "%Y"))  # pandas code, name, label format ("": pandas' own, 2023Q4)


def period_for(dates: pd.Series, max_periods: int = MAX_PERIODS, finest: str = "day", span: bool = False) -> tuple[str, str]:
    """The finest period from `finest` up (pandas code, name) giving at most `max_periods` periods.

    span=False counts the periods that hold a date (right for a date axis, where gaps show as gaps);
    span=True counts every period from the first date to the last (right for categorical labels).
    """
    dates = pd.to_datetime(dates, errors="coerce").dropna()
    names = [n for _, n, _ in PERIODS]
    for code, name, _ in PERIODS[names.index(finest):]:
        periods = dates.dt.to_period(code)
        count = periods.max().ordinal - periods.min().ordinal + 1 if span and len(periods) else periods.nunique()
        if count <= max_periods:
            return code, name
    return "Y", "year"


def period_labels(dates: pd.Series, max_periods: int = MAX_PERIODS, finest: str = "week",
                  span: bool = False) -> tuple[pd.Series, str]:
    """Dates as labels of the period `period_for` picks (a week by its Monday); missing dates stay missing."""
    dates = pd.to_datetime(dates, errors="coerce")
    code, name = period_for(dates, max_periods, finest, span)
    fmt = dict((c, f) for c, _, f in PERIODS)[code]
    periods = dates.dt.to_period(code)
    labels = periods.dt.start_time.dt.strftime(fmt) if fmt else periods.astype("str")
    years = dates.dt.year.dropna()
    if code == "Y" and len(years) and years.max() - years.min() + 1 > max_periods:  # centuries of dates: spans of k years
        k = -(-int(years.max() - years.min() + 1) // max_periods)
        first = (dates.dt.year // k) * k
        labels = first.astype("Int64").astype(str) + "-" + (first + k - 1).astype("Int64").astype(str)
        name = f"{k}-year span"
    return labels.where(dates.notna()), name
