"""Read what a scraped page says about itself: outlet, wire service, dateline place and date.

Rules (documented for researchers):
- A date is taken from the text only where the text states it: a "Published in X on DD - MM - YYYY"
  line, a short stamp line ("Updated: Nov. 29, 2023", "2023-11-29 10:00"), or a dateline with a
  year ("WASHINGTON, Nov. 29, 2023 (UPI) --"). Numeric dates with "-" or "." are read day first,
  with "/" month first, unless only the other order is a valid date.
- A dateline without a year ("Nov. 29 (UPI) --") gets a year only when a full date elsewhere on the
  page supports it: that date falls on the same day or within the 31 days before it. Otherwise
  the date stays unknown: we never guess the year from the retrieval date.
- A relative stamp ("6 days ago", "a day ago", "19 hours ago") gives the day of retrieved - delta, and
  only when the retrieval date is known ("relative"); without it the date stays unknown.
- All dates are days (midnight, no time zone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.text import data_records

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DASH = r"\s*(?:--|[-\u2013\u2014])\s*"
UNITS = {"second": "s", "sec": "s", "minute": "min", "min": "min", "m": "min", "hour": "h", "hr": "h", "h": "h",
         "day": "D", "d": "D", "week": "W", "w": "W"}
# all-caps lead-ins that are labels, not dateline places ("UPDATE: ...")
NOT_PLACES = {"UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE",
              "VIDEO", "PHOTOS", "NOTE", "EDITOR'S NOTE", "CORRECTION", "READ MORE", "ALSO READ", "RELATED", "Q", "A"}
STAMP_WORDS = {"time", "updated", "published", "posted", "by", "last", "modified", "first", "on", "at"}


@dataclass
class Dateline:
    """What a dateline at the start of a paragraph states."""

    place: str | None
    wire: str | None
    month: int | None
    day: int | None
    year: int | None
    length: int  # characters of the dateline prefix


@lru_cache(maxsize=1)
def wire_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, canonical name) pairs from `data/wire_services.csv`, longest alias first."""
    pairs = [(alias.strip(), row["name"]) for row in data_records("wire_services.csv") for alias in row["aliases"].split("|")]
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def canonical_wire(name: str) -> str | None:
    """The canonical wire name for a credited name ("Associated Press" -> "AP"), or None."""
    name = name.strip(" .,:;()")
    for alias, canon in wire_aliases():
        if name == alias or (len(alias) > 3 and name.lower() == alias.lower()):
            return canon
    return None


def safe_date(year: int | None, month: int | None, day: int | None) -> pd.Timestamp | None:
    """A Timestamp for the day, or None when the parts do not make a valid date."""
    if year is None or month is None or day is None or not 1800 <= year <= 2200:
        return None
    try:
        return pd.Timestamp(year=year, month=month, day=day)
    except (ValueError, OverflowError):
        return None


def numeric_date(a: str, b: str, y: str, sep: str) -> pd.Timestamp | None:
    """Read D-M-Y ("-" or ".") or M/D/Y ("/"), falling back to the other order when only it is valid."""
    first, second, year = int(a), int(b), int(y)
    year += 2000 if year < 100 else 0
    orders = [(second, first), (first, second)] if sep in "-." else [(first, second), (second, first)]
    for month, day in orders:
        ts = safe_date(year, month, day)
        if ts is not None:
            return ts
    return None


def full_dates(text: str) -> list[pd.Timestamp]:
    """Every full date (with a year) written in `text`, in order of appearance."""
    found: list[tuple[int, pd.Timestamp]] = []
    patterns = [
        (rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", "mdy"),
        (rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<year>\d{{4}})\b", "dmy"),
        (r"\b(?P<year>\d{4})([-/.])(?P<mon>\d{1,2})\2(?P<day>\d{1,2})\b", "iso"),
        (r"\b(?P<a>\d{1,2})\s*(?P<sep>[-./])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4})\b", "num"),
    ]
    for pattern, kind in patterns:
        for m in re.finditer(pattern, text[:20000], re.I):
            if kind == "num":
                ts = numeric_date(m["a"], m["b"], m["year"], m["sep"])
            elif kind == "iso":
                ts = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
            else:
                ts = safe_date(int(m["year"]), MONTHS[m["mon"].lower()[:3]], int(m["day"]))
            if ts is not None:
                found.append((m.start(), ts))
    return [ts for _, ts in sorted(found, key=lambda p: (p[0], p[1]))]


def parse_dateline(paragraph: str) -> Dateline | None:
    """Read 'JERUSALEM (Reuters) --', 'Nov. 29 (UPI) --', 'BEIRUT, Lebanon, Nov 3 (AFP) -' at a paragraph start."""
    head = paragraph[:160]
    colon = re.match(r"^(?P<place>[A-Z][A-Z.'\- ]{2,30}):\s+(?=[A-Z\"\u201c])", head)
    if colon and colon["place"].strip() not in NOT_PLACES:
        return Dateline(colon["place"].strip(), None, None, None, None, colon.end())
    m = re.match(
        rf"^(?P<place>[A-Z][A-Z.'\- ]{{1,40}}?(?:,\s*[A-Z][A-Za-z.'\- ]{{1,30}}?)?)?,?\s*"
        rf"(?:{_MON}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?\s*)?"
        rf"(?:\((?P<wire>[A-Za-z][A-Za-z .&'-]{{0,40}})\))?{_DASH}(?=\S)",
        head,
        re.I,
    )
    if not m or not (m["wire"] or m["mon"] or (m["place"] and m["place"].split(",")[0].isupper())):
        return None
    place = m["place"].strip(" ,") if m["place"] else None
    if place and not place.split(",")[0].strip().isupper():
        place = None
    if place is None and m["mon"] is None and not m["wire"]:
        return None
    wire = canonical_wire(m["wire"]) if m["wire"] else None
    if m["wire"] and wire is None and m["mon"] is None and place is None:
        return None
    month = MONTHS[m["mon"].lower()[:3]] if m["mon"] else None
    return Dateline(place, wire or (m["wire"].strip() if m["wire"] else None), month,
                    int(m["day"]) if m["day"] else None, int(m["year"]) if m["year"] else None, m.end())


def year_for(month: int, day: int, page_dates: list[pd.Timestamp]) -> int | None:
    """A year for a month/day, supported by a full page date on that day or within the 31 days before."""
    for ts in page_dates:
        for year in (ts.year, ts.year + 1):
            candidate = safe_date(year, month, day)
            if candidate is not None and pd.Timedelta(0) <= candidate - ts <= pd.Timedelta(days=31):
                return year
    return None


def relative_stamp(line: str) -> tuple[str | None, pd.Timedelta | pd.DateOffset] | None:
    """Read '<Outlet>6 days ago' / 'time19 hours ago' / 'a day ago': (outlet prefix or None, delta)."""
    m = re.search(
        r"^(?P<pre>.{0,60}?)\s*[·•|-]?\s*(?P<n>\d{1,4}|an?|one)\s*(?P<unit>second|sec|minute|min|hour|hr|day|week|month|year|h|m|d|w)s?\s+ago\.?$",
        line.strip()[:200],
        re.I,
    )
    if not m:
        return None
    n = 1 if m["n"].lower() in ("a", "an", "one") else int(m["n"])
    unit = m["unit"].lower()
    if unit in ("month", "year"):
        delta: pd.Timedelta | pd.DateOffset = pd.DateOffset(months=n * (12 if unit == "year" else 1))
    else:
        delta = pd.Timedelta(n, unit=UNITS[unit])
    pre = m["pre"].strip(" ·•|-:")
    # the prefix names an outlet only when it is capitalised and not a stamp word ("time", "Updated")
    outlet = pre if pre[:1].isupper() and pre.lower() not in STAMP_WORDS and len(pre.split()) <= 6 else None
    if outlet and outlet.lower().startswith("time"):
        outlet = None
    return outlet, delta


def resolve_relative(delta: pd.Timedelta | pd.DateOffset, retrieved: pd.Timestamp | None) -> pd.Timestamp | None:
    """retrieved - delta, or None without a retrieval date."""
    if retrieved is None or pd.isna(retrieved):
        return None
    try:
        ts = pd.Timestamp(retrieved)
        ts = ts.tz_convert(None) if ts.tzinfo is not None else ts
        return (ts - delta).normalize()
    except (ValueError, OverflowError, TypeError):
        return None


def published_in(line: str) -> tuple[str, pd.Timestamp | None] | None:
    """Read 'Published in Amwal Al Ghad on 11 - 09 - 2018' -> (outlet, date)."""
    m = re.match(r"^(?:published|posted|first published|originally published)\s+(?:in|on|by)\s+(?P<outlet>.{2,60}?)\s+on\s+(?P<date>.{6,40})$", line.strip()[:200], re.I)
    if not m:
        return None
    dates = full_dates(m["date"])
    return m["outlet"].strip(), dates[0] if dates else None


def stamp_date(line: str) -> pd.Timestamp | None:
    """The date of a short stamp line ('Updated: 29 November 2023 10:15 GMT'), or None."""
    if len(line.split()) > 14:
        return None
    dates = full_dates(line)
    return dates[0] if dates else None


def copyright_outlet(line: str) -> str | None:
    """The outlet named in a copyright footer ('© 2023 The Daily Star. All rights reserved.')."""
    m = re.search(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*(?P<name>[A-Z][\w&'. -]{1,50}?)\s*(?:[.,|]|all rights|$)", line[:300], re.I)
    if not m:
        return None
    name = m["name"].strip(" .,")
    return name if name and name[0].isupper() and len(name.split()) <= 6 else None


def credited_wire(line: str) -> str | None:
    """The wire credited by '(according to CNN)', 'CNN's X contributed to this report', '- Reuters', '(AP)'."""
    tail = line.strip()[-200:]
    patterns = [
        r"\(according to (?P<w>[^)]{2,40})\)\.?$",
        r"^(?:source|via|credit)\s*:\s*(?P<w>[A-Za-z .&'-]{2,40})$",
        r"\((?P<w>[A-Za-z][A-Za-z .&'-]{0,30})\)\.?$",
        r"^[-\u2013\u2014]\s*(?P<w>[A-Za-z .&'-]{2,30})$",
        r"(?:^|[.!?\"\u201d]\s+)(?P<w>[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]+){0,3})['\u2019]s? [A-Z][\w.'\u2019 -]{2,60} contributed (?:reporting )?to this (?:report|story)\.?$",
    ]
    for pattern in patterns:
        m = re.search(pattern, tail)
        if m:
            wire = canonical_wire(m["w"])
            if wire:
                return wire
    return None


def empty_meta() -> dict:
    """Article facts with nothing known."""
    return {"outlet": None, "wire": None, "place": None, "published": None, "published_source": "unknown"}


def stamp_facts(lines: list[tuple[str, str | None]], meta: dict) -> pd.Timedelta | pd.DateOffset | None:
    """Fill outlet, wire and a stated date from a segment's (line, removal reason) pairs; return a relative stamp's delta."""
    relative = None
    for text, reason in lines:
        pub = published_in(text)
        if pub:
            meta["outlet"] = meta["outlet"] or pub[0]
            if pub[1] is not None and meta["published"] is None:
                meta["published"], meta["published_source"] = pub[1], "text"
            continue
        rel = relative_stamp(text) if len(text) <= 80 else None
        if rel:
            meta["outlet"] = meta["outlet"] or rel[0]
            relative = relative or rel[1]
        elif reason == "dateline_stamp" and meta["published"] is None:
            ts = stamp_date(text)
            if ts is not None:
                meta["published"], meta["published_source"] = ts, "text"
        if reason in ("footer", "credit", "byline") and len(text) <= 300:
            meta["outlet"] = meta["outlet"] or (copyright_outlet(text) if reason == "footer" else None)
            meta["wire"] = meta["wire"] or credited_wire(text)
    return relative


def dateline_facts(body: list[str], meta: dict, page_dates: list[pd.Timestamp]) -> None:
    """Fill place, wire and (when the year is supported) the date from the first paragraph's dateline."""
    dl = parse_dateline(body[0])
    if dl:
        meta["place"], meta["wire"] = dl.place, dl.wire or meta["wire"]
        if meta["published"] is None and dl.month and dl.day:
            ts = safe_date(dl.year or year_for(dl.month, dl.day, page_dates), dl.month, dl.day)
            if ts is not None:
                meta["published"], meta["published_source"] = ts, "text"
    meta["wire"] = meta["wire"] or credited_wire(body[-1][-300:])


def article_meta(
    lines: list[tuple[str, str | None]], body: list[str], retrieved: pd.Timestamp | None, page_dates: list[pd.Timestamp]
) -> dict:
    """Outlet, wire, place and date stated by an article's page lines and body (dates: stated > relative)."""
    meta = empty_meta()
    relative = stamp_facts(lines, meta)
    if body:
        dateline_facts(body, meta, page_dates)
    if meta["published"] is None and relative is not None:
        ts = resolve_relative(relative, retrieved)
        if ts is not None:
            meta["published"], meta["published_source"] = ts, "relative"
    return meta
