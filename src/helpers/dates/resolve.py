"""Resolve the dates a news text talks about, the way a reader of the article resolves them.

`resolve_dates(text, anchor)` finds date expressions (patterns in `helpers.date_patterns`, words in
`helpers/data/date_words.csv`) and resolves each against `anchor`, the publication date, into a
TIMEX3 value (`2023-11-29`, `2023-11`, `2023`, `2023-W48`, `2023-Q4`, `2023-SU`, `197`,
`1950/1953`, `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`) with the first and last day of the period
(`start`, `end`: both inclusive, midnight Timestamps). `date_mentions(articles)` does the same for a
corpus, one row per expression with its doc_id and sentence.

Rules a reader applies, and this module follows:
- a weekday is the publication day itself, else the most recent one before it, unless a future
  cue ("will", "due to", "scheduled", "next"...) sits near it: then the next one (or the same day);
- a month or month-day without a year takes the publication year, or the adjacent year when the
  tense says so (a December article about plans in "January") or when the month is far away;
- relative expressions ("last week", "earlier this month", "six days ago") count from the anchor;
- durations ("for six days", "a 60-day truce") are not dates: left out unless asked for
  (`include_durations=True`, kind "duration", no value).
Without an anchor (unknown publication date) absolute dates still resolve; relative ones get no
value and `resolved=False`.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from helpers.config.dates import DATE_DEFAULTS, DateParams
from helpers.dates import periods as P
from helpers.dates.patterns import Candidate, find_candidates, month_number, words
from helpers.text import sentence_spans

COLUMNS = ["start_char", "end_char", "text", "value", "start", "end", "granularity", "kind", "rule", "resolved"]
MENTION_COLUMNS = ["doc_id", "published", "sentence_id", "sentence"] + COLUMNS
# the after-window stops at a comma or a new clause: "..., officials said" is attribution, not tense
CLAUSE_END = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|although|as)\b")
PASSIVE = frozenset("be been being to must can could will would may might".split())  # "be struck" is not past
TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")


def to_anchor(anchor) -> dt.date | None:
    """The anchor as a date, or None when it is missing or unreadable."""
    if anchor is None:
        return None
    try:
        ts = pd.Timestamp(anchor)
    except (TypeError, ValueError):
        return None
    return None if pd.isna(ts) else ts.date()


def cue_tense(sentence: str, start: int, end: int, params: DateParams = DATE_DEFAULTS) -> str | None:
    """'future' or 'past' from the nearest tense cue around [start, end) in `sentence`, else None."""
    w = words()
    future, past = set(w.get("future_cue", {})), set(w.get("past_cue", {}))
    before = [t.lower() for t in TOKEN.findall(re.split(r"[;:]", sentence[max(0, start - 300):start])[-1])][-params.cue_words_before:]
    after = [t.lower() for t in TOKEN.findall(CLAUSE_END.split(sentence[end:end + 300])[0])][:params.cue_words_after]
    before = [t if t not in past or k == 0 or before[k - 1] not in PASSIVE else "" for k, t in enumerate(before)]
    best: tuple[float, str] | None = None
    for dist, tokens in [(len(before) - k, before[k:k + 2]) for k in range(len(before))] + \
                        [(k + 1.5, after[k:k + 2]) for k in range(len(after))]:
        one, two = tokens[0], " ".join(tokens)
        tense = "future" if (one in future or two in future) else "past" if (one in past or two in past) else None
        if tense and (best is None or dist < best[0]):
            best = (dist, tense)
    return best[1] if best else None


def year_for_month(m: int, d: int | None, anchor: dt.date, tense: str | None, flip_days: int = DATE_DEFAULTS.future_flip_days) -> int:
    """The year a month (or month-day) without a year refers to, from the anchor and the tense.

    Past tense and a date later in the year -> the previous year; future tense and a date more than
    `flip_days` before the anchor -> the next year; no cue -> the nearest year (a month 8+
    months after the anchor's month is last year's, 10+ months before it is next year's).
    """
    same = dt.date(anchor.year, m, min(d or 15, P.last_day(anchor.year, m).day))
    ahead = (m, d or 15) > (anchor.month, anchor.day if d else 15) and not (d is None and m == anchor.month)
    if tense == "past" and ahead:
        return anchor.year - 1
    if tense == "future" and (anchor - same).days > flip_days and not (d is None and m == anchor.month):
        return anchor.year + 1
    gap = m - anchor.month
    if tense is None and gap >= 8:
        return anchor.year - 1
    if tense is None and gap <= -10:
        return anchor.year + 1
    return anchor.year


def weekday_date(iso_day: int, anchor: dt.date, rel: str, tense: str | None) -> dt.date:
    """The date of a weekday named in an article published on `anchor`."""
    back = (anchor.isoweekday() - iso_day) % 7
    if rel == "last":
        return anchor - dt.timedelta(days=back or 7)
    if rel == "next":
        return anchor + dt.timedelta(days=(iso_day - anchor.isoweekday()) % 7 or 7)
    if rel == "this":
        return dt.date.fromisocalendar(*anchor.isocalendar()[:2], iso_day)
    if tense == "future":
        return anchor + dt.timedelta(days=(iso_day - anchor.isoweekday()) % 7)
    return anchor - dt.timedelta(days=back)


def count(n: str) -> int:
    """A spelled or written number ('six', 'a', '12') as an int."""
    return int(n) if n.isdigit() else int(words().get("number", {})[n.lower()])


def shift_unit(anchor: dt.date, unit: str, n: int) -> P.Period:
    """The period `n` units (day/week/month/year) from the anchor, at the unit's granularity."""
    if unit in ("minute", "hour"):
        return P.day(anchor)
    if unit == "day":
        return P.day(anchor + dt.timedelta(days=n))
    if unit == "week":
        return P.iso_week(anchor, n)
    if unit == "month":
        return P.month(*P.add_months(anchor.year, anchor.month, n))
    if unit == "quarter":
        y, m = P.add_months(anchor.year, anchor.month, 3 * n)
        return P.quarter(y, (m - 1) // 3 + 1)
    return P.year(anchor.year + n)


def season_year(code: str, anchor: dt.date, rel: str, tense: str | None) -> int:
    """The year of a season named without one ('last summer', 'in the spring')."""
    here = anchor.year - (1 if code == "WI" and anchor.month <= 2 else 0)
    current = P.season(here, code)
    if rel == "last" or (rel != "this" and tense == "past"):
        return here if current.end < anchor else here - 1
    if rel == "next" or (rel != "this" and tense == "future"):
        return here if current.end >= anchor else here + 1
    return here


def resolve_absolute(c: Candidate, g: dict) -> P.Period | None:
    """Periods that need no anchor: full dates, month-year, years, ranges, decades, quarter codes."""
    r = c.rule
    if r == "iso_day":
        return P.day(dt.date(int(g["y"]), int(g["m"]), int(g["d"])))
    if r == "numeric_day":
        a, b = int(g["a"]), int(g["b"])
        d, m = (b, a) if g["sep"] == "/" and a <= 12 else (a, b)
        return P.day(dt.date(int(g["y"]), m, d))
    if r in ("month_day_year", "day_month_year"):
        return P.day(dt.date(int(g["y"]), month_number(g["month"]), int(re.sub(r"\D", "", g["d"]))))
    if r == "month_year":
        return P.month(int(g["y"]), month_number(g["month"]))
    if r == "year":
        return P.year(int(g["y"]))
    if r == "year_range":
        a, b = int(g["y1"]), g["y2"]
        b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        if b <= a:
            return P.month(a, int(g["y2"])) if len(g["y2"]) == 2 and 1 <= int(g["y2"]) <= 12 else None
        return P.year_span(a, b)
    if r == "decade":
        if g["short"]:
            return P.decade(1900 + int(g["short"]) * 10)
        return P.decade(int(g["cent"]) * 100 + int(g["dec"]) * 10)
    if r == "quarter":
        q = 4 if g["ord"].lower() == "last" else int(words()["ordinal"][g["ord"].lower()])
        return P.quarter(int(g["y"]), q)
    if r == "quarter_code":
        return P.quarter(int(g["y"]), int(g["q"]))
    if r == "season" and g["y"]:
        return P.season(int(g["y"]), words()["season"][g["season"].lower()])
    return None


def resolve_relative(c: Candidate, g: dict, anchor: dt.date, tense: str | None,
                     params: DateParams = DATE_DEFAULTS) -> P.Period | None:
    """Periods counted from the anchor: weekdays, months without a year, 'last week', 'six days ago'..."""
    r = c.rule
    rel = (g.get("rel") or "").lower()
    if r in ("month_day", "day_month"):
        m, d = month_number(g["month"]), int(re.sub(r"\D", "", g["d"]))
        y = year_for_month(m, d, anchor, tense, params.future_flip_days)
        return P.day(dt.date(y, m, d)) if d <= P.last_day(y, m).day else None
    if r in ("month", "ambiguous_month"):
        m = month_number(g["month"])
        return P.month(year_for_month(m, None, anchor, tense, params.future_flip_days), m)
    if r == "month_rel_year":
        y = anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
        if g.get("d"):
            return P.day(dt.date(y, month_number(g["month"]), int(re.sub(r"\D", "", g["d"]))))
        return P.month(y, month_number(g["month"]))
    if r == "weekday":
        iso = int(words()["weekday"][g["wd"]])
        return P.day(weekday_date(iso, anchor, rel if rel in ("last", "next", "this") else "", tense))
    if r == "relative_day":
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}[g["word"].lower()]
        return P.day(anchor + dt.timedelta(days=shift))
    if r == "earlier_later":
        return shift_unit(anchor, g["unit"].lower(), 0)
    if r in ("relative_unit", "weekend"):
        unit = (g.get("unit") or "weekend").lower()
        n = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "the past": -1,
             "next": 1, "the following": 1, "the coming": 1}.get(rel, 0)
        if unit == "weekend":
            if rel == "the":
                n = 0 if tense == "future" else -1
            on_weekend = anchor.isoweekday() >= 6
            if on_weekend and rel == "the" and tense != "future":
                n = 0
            if on_weekend and rel in ("next", "the coming") or (rel == "the" and tense == "future" and anchor.isoweekday() == 7):
                n = 1
            return P.weekend(anchor, n)
        return shift_unit(anchor, unit, n)
    if r == "ago":
        return shift_unit(anchor, g["unit"].lower(), -count(g["n"]))
    if r == "quarter_this_year":
        return P.quarter(anchor.year, int(words()["ordinal"][g["ord"].lower()]))
    if r == "season":
        code = words()["season"][g["season"].lower()]
        return P.season(season_year(code, anchor, rel, tense), code)
    return None


def _season_is_date(g: dict) -> bool:
    """A season word counts as a date only with a year or a determiner ('the fall', 'last summer')."""
    return bool(g.get("y") or g.get("rel"))


def _row(c: Candidate, text: str, period: P.Period | None, kind: str, resolved: bool) -> dict:
    """One output row."""
    ts = lambda d: pd.Timestamp(d) if d is not None else pd.NaT  # noqa: E731
    return {"start_char": c.start, "end_char": c.end, "text": text[c.start:c.end],
            "value": period.value if period else None, "start": ts(period.start) if period else pd.NaT,
            "end": ts(period.end) if period else pd.NaT,
            "granularity": period.granularity if period else None, "kind": kind, "rule": c.rule, "resolved": resolved}


def empty_dates(columns: list[str] = COLUMNS) -> pd.DataFrame:
    """An empty result with the right columns and dtypes."""
    return typed(pd.DataFrame({c: [] for c in columns}))


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """Fix column dtypes: ints for offsets, datetimes for start/end, strings for text columns."""
    for col in ("start_char", "end_char", "sentence_id"):
        if col in df:
            df[col] = df[col].astype("int64")
    for col in ("start", "end", "published"):
        if col in df:
            df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
    for col in ("doc_id", "sentence", "text", "value", "granularity", "kind", "rule"):
        if col in df:
            df[col] = df[col].astype("str")
    if "resolved" in df:
        df["resolved"] = df["resolved"].astype("bool")
    return df


def resolve_candidate(c: Candidate, sentence: str, day0: dt.date | None, include_durations: bool,
                      params: DateParams = DATE_DEFAULTS) -> dict | None:
    """The output row for one matched expression in `sentence`, or None when it is not a date to report."""
    g = c.groups
    if c.rule == "duration":
        return _row(c, sentence, None, "duration", False) if include_durations else None
    if c.rule == "season" and not _season_is_date(g):
        return None
    if c.rule == "reference":
        value = words()["reference"][re.sub(r"\s+", " ", g["phrase"].lower())]
        return _row(c, sentence, P.reference(value, day0), "reference", day0 is not None)
    try:
        period = resolve_absolute(c, g)
        if period is None and day0 is not None:
            period = resolve_relative(c, g, day0, cue_tense(sentence, c.start, c.end, params), params)
    except (ValueError, KeyError):
        period = None  # an impossible date such as "Feb. 30, 2023"
    if period is None and c.rule in ("year_range", "iso_day", "numeric_day", "month_day_year", "day_month_year"):
        return None
    return _row(c, sentence, period, "date", period is not None)


def date_rows(text: str, day0: dt.date | None, include_durations: bool = False,
              params: DateParams = DATE_DEFAULTS) -> list[dict]:
    """Every date expression in `text` as a plain row (COLUMNS plus its sentence_id and sentence), resolved against `day0`."""
    rows = []
    for k, (a, b) in enumerate(sentence_spans(text)):
        sentence = text[a:b]
        for c in find_candidates(sentence):
            row = resolve_candidate(c, sentence, day0, include_durations, params)
            if row is not None:
                row.update(start_char=a + c.start, end_char=a + c.end, sentence_id=k, sentence=sentence)
                rows.append(row)
    return rows


def resolve_dates(text: str, anchor=None, *, include_durations: bool = False,
                  params: DateParams = DATE_DEFAULTS) -> pd.DataFrame:
    """Every date expression in `text`, resolved against `anchor` (the publication date; None if unknown)."""
    if not isinstance(text, str) or not text.strip():
        return empty_dates()
    rows = date_rows(text, to_anchor(anchor), include_durations, params)
    return typed(pd.DataFrame(rows, columns=COLUMNS)) if rows else empty_dates()


def date_mentions(articles: pd.DataFrame, *, text_col: str = "text", anchor_col: str = "published",
                  include_durations: bool = False, params: DateParams = DATE_DEFAULTS) -> pd.DataFrame:
    """One row per date expression in every article, anchored on its publication date, with its sentence."""
    if articles is None or len(articles) == 0 or text_col not in articles:
        return empty_dates(MENTION_COLUMNS)
    rows = []
    anchors = articles[anchor_col] if anchor_col in articles else [None] * len(articles)
    for doc_id, text, anchor in zip(articles["doc_id"], articles[text_col], anchors):
        if not isinstance(text, str) or not text.strip():
            continue
        day0 = to_anchor(anchor)
        for row in date_rows(text, day0, include_durations, params):
            row.update(doc_id=str(doc_id), published=day0)
            rows.append(row)
    if not rows:
        return empty_dates(MENTION_COLUMNS)
    out = typed(pd.DataFrame(rows, columns=MENTION_COLUMNS))
    return out.sort_values(["doc_id", "start_char"], kind="stable").reset_index(drop=True)
