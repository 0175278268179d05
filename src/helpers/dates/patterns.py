"""Regular expressions that find date expressions in news text, built from the editable word list.

The words (months, weekdays, seasons, spelled numbers, tense cues, reference phrases) live in
`helpers/data/date_words.csv`; this module turns them into one compiled pattern per rule.
`find_candidates(text)` returns every non-overlapping match, longest first.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.config import paths

WORDS_FILE = "date_words.csv"


@dataclass(frozen=True)
class Candidate:
    """One matched expression: its rule name, character span and named groups."""

    rule: str
    start: int
    end: int
    groups: dict

    @property
    def length(self) -> int:
        """Number of characters the match covers."""
        return self.end - self.start


@lru_cache(maxsize=1)
def words() -> dict[str, dict[str, str]]:
    """The word list as {kind: {word: value}} (read once from the package data file)."""
    table: dict[str, dict[str, str]] = {}
    with open(paths.PACKAGE_DATA / WORDS_FILE, encoding="utf-8", newline="") as fh:
        rows = csv.reader(line for line in fh if line.strip() and not line.startswith("#"))
        for row in rows:
            kind, word, value = (row + ["", "", ""])[:3]
            table.setdefault(kind.strip(), {})[word.strip()] = value.strip()
    return table


def _alt(items) -> str:
    """A regex alternation of `items`, longest first so 'Sept' wins over 'Sep'."""
    return "|".join(re.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


def month_number(name: str) -> int:
    """Month number of a month name or abbreviation ('Oct.' -> 10)."""
    w = words()
    key = name.rstrip(".")
    return int(w.get("month", {}).get(key) or w.get("ambiguous_month", {})[key])


@lru_cache(maxsize=1)
def month_patterns() -> tuple[str, str]:
    """Regexes of a month name (abbreviations with an optional dot), with and without the ambiguous ones ('May')."""
    w = words()
    months = w.get("month", {})
    full = [m for m in months if len(m) > 4 or m in ("June", "July")]
    abbr = [m for m in months if m not in full]
    month = rf"(?:{_alt(full + list(w.get('ambiguous_month', {})))}|(?:{_alt(abbr)})\.?)(?![\w])"
    safe_month = rf"(?:{_alt(full)}|(?:{_alt(abbr)})\.?)(?![\w])"
    return month, safe_month


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern]]:
    """(rule, compiled pattern) pairs, in priority order for equally long matches."""
    w = words()
    month, safe_month = month_patterns()
    weekday = rf"(?:{_alt(w.get('weekday', {}))})"
    season = rf"(?:{_alt(w.get('season', {}))})"
    num = rf"(?:\d{{1,3}}|{_alt(w.get('number', {}))})"
    ordinal = rf"(?:{_alt(w.get('ordinal', {}))})"
    year = r"(?:1[89]\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    refs = w.get("reference", {})
    i = "(?i:{})".format
    ampm = r"(?i:[ap]\.?m\.?)"
    rules = [
        ("iso_day", rf"\b(?P<y>{year})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
        ("numeric_day", rf"\b(?P<a>\d{{1,2}})\s?(?P<sep>[-./])\s?(?P<b>\d{{1,2}})\s?(?P=sep)\s?(?P<y>{year})\b"),
        ("month_day_year", rf"\b(?P<month>{month})\s+(?P<d>{day}),?\s+(?P<y>{year})\b"),
        ("day_month_year", rf"\b(?P<d>{day})\s+(?:of\s+)?(?P<month>{month}),?\s+(?P<y>{year})\b"),
        ("month_day", rf"\b(?P<month>{month})\s+(?P<d>{day})\b(?!\s*,?\s*{year}\b)(?![\d:])"),
        ("day_month", rf"\b(?P<d>{day})\s+(?:of\s+)?(?P<month>{month})"),
        ("month_year", rf"\b(?:(?P<mod>{i('early|mid|late')})[\s-]+)?(?P<month>{month}),?\s+(?:of\s+)?(?P<y>{year})\b"),
        ("month_rel_year", rf"\b(?P<month>{month})\s+(?:(?P<d>{day}),?\s+)?(?P<rel>{i('last|this|next')})\s+{i('year')}\b"),
        ("month", rf"(?:\b(?P<mod>{i('early|mid|late|the end of|the beginning of|the start of')})[\s-]+)?\b(?P<month>{safe_month})"),
        ("ambiguous_month", rf"\b(?P<cue>{i('in|since|until|till|by|from|of|early|mid|late|through|before|after|during|last|next|this')})"
                            rf"[\s-]+(?P<month>{_alt(w.get('ambiguous_month', {}))})\b"),
        ("weekday", rf"(?:\b(?P<rel>{i('last|next|this|early on|late on|early|late')})\s+)?"
                    rf"(?:\b(?P<time>\d{{1,2}}(?::\d\d)?\s*{ampm})\s+)?\b(?P<wd>{weekday})\b(?:'s)?"
                    rf"(?:\s+(?P<part>{i('morning|afternoon|evening|night')})\b)?"),
        ("relative_day", rf"\b(?P<word>{i('the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow')})\b"),
        ("earlier_later", rf"\b(?P<when>{i('earlier|later')})\s+{i('this')}\s+(?P<unit>{i('week|month|year')})\b"),
        ("relative_unit", rf"\b(?P<rel>{i('this|last|next|the previous|the following|the coming|the current|the past')})\s+"
                          rf"(?P<unit>{i('weekend|week|month|year|quarter')})\b"),
        ("weekend", rf"\b(?P<rel>{i('the')})\s+{i('weekend')}\b"),
        ("ago", rf"\b(?:(?P<approx>{i('nearly|almost|about|around|some|more than|over|just|only|roughly')})\s+)?"
                rf"(?P<n>{i(num)})\s+(?P<unit>{i('minute|hour|day|week|month|year')})s?\s+{i('ago')}\b"),
        ("year_range", rf"(?<![\w$£€.,/-])(?P<y1>{year})\s?[-–/]\s?(?P<y2>\d{{4}}|\d{{2}})\b(?![-–/]\d)"),
        ("decade", rf"(?:\b(?P<the>{i('the')})\s+)?(?:(?P<mod>{i('early|mid|late')})[\s-]+)?(?:(?P<cent>1[89]|20)(?P<dec>\d)0|'(?P<short>\d)0)s\b"),
        ("quarter", rf"\b(?:{i('the')}\s+)?(?P<ord>{i(ordinal + '|last')})\s+{i('quarter')}\s+{i('of')}\s+(?P<y>{year})\b"),
        ("quarter_this_year", rf"\b{i('the')}\s+(?P<ord>{i(ordinal)})\s+{i('quarter')}\b"),
        ("quarter_code", rf"\b[Qq](?P<q>[1-4])(?:\s*|\s*-\s*)(?P<y>{year})\b"),
        ("season", rf"\b(?:(?P<rel>{i('this|last|next|early|late|the')})\s+)?(?P<season>{i(season)})(?:\s+(?:{i('of')}\s+)?(?P<y>{year})(?:[-–/](?:\d{{4}}|\d\d))?)?\b"),
        ("year", rf"(?:\b(?P<mod>{i('early|mid|late|the end of|the beginning of|the start of')})[\s-]+)?(?<![\w$£€.,'/-])(?P<y>{year})\b"
                 rf"(?![-–/]\d|[.,]\d|%|\s?(?i:percent|per cent|people|troops|soldiers|civilians|hostages|km|miles|tons|dollars|euros))"),
        ("reference", rf"(?<!as )\b(?P<phrase>{i(_alt(refs))})\b(?! (?:as|after)\b)"),
        ("duration", rf"\b(?:(?P<prep>{i('for|within|over|during|in')})\s+)?(?:{i('the')}\s+)?(?:{i('past|last|next|first')}\s+)?"
                     rf"(?P<n>{i(num + '|several|few|many')})[\s-]+(?P<unit>{i('minute|hour|day|week|month|year')})s?(?:-{i('long|old')})?\b"),
    ]
    return [(name, re.compile(rx)) for name, rx in rules]


@lru_cache(maxsize=1)
def trigger() -> re.Pattern:
    """One fast pattern that any text holding a date expression must match (digits or a date word)."""
    w = words()
    vocab = set()
    for kind in ("month", "ambiguous_month", "weekday", "season"):
        vocab |= set(w.get(kind, {}))
    for phrase in w.get("reference", {}):
        vocab |= {t for t in phrase.split() if len(t) >= 3 and t not in ("the", "for") and t not in ("past", "these", "coming", "ahead", "recent", "several")}
    vocab |= {"today", "tonight", "yesterday", "tomorrow", "week", "month", "year", "weekend", "quarter", "ago", "recent", "coming", "past"}
    return re.compile(rf"\d|(?i:\b(?:{_alt(vocab)}))")


@lru_cache(maxsize=1)
def gates() -> dict[str, re.Pattern]:
    """For each rule, a cheap pattern that must match somewhere in a text for the rule to match in it.

    Each gate is a part every match of its rule contains (a month name, a weekday, a digit, a unit
    word...), so skipping a rule whose gate fails never loses a match; it only spares the slow rules
    with optional prefixes a scan of every sentence.
    """
    w = words()
    month = re.compile(month_patterns()[0])
    digit = re.compile(r"\d")
    unit = re.compile(r"(?i:minute|hour|day|week|month|year|quarter)")
    by_rule = {rule: month for rule in ("month_day_year", "day_month_year", "month_day", "day_month", "month_year",
                                        "month_rel_year", "month", "ambiguous_month")}
    by_rule |= {rule: digit for rule in ("iso_day", "numeric_day", "year_range", "decade", "quarter_code", "year")}
    by_rule |= {rule: unit for rule in ("earlier_later", "relative_unit", "weekend", "ago", "duration")}
    by_rule |= {"quarter": re.compile(r"(?i:quarter)"), "quarter_this_year": re.compile(r"(?i:quarter)"),
                "weekday": re.compile(rf"(?:{_alt(w.get('weekday', {}))})"),
                "season": re.compile(rf"(?i:{_alt(w.get('season', {}))})"),
                "relative_day": re.compile(r"(?i:today|tonight|yesterday|tomorrow)"),
                "reference": re.compile(rf"(?i:{_alt(w.get('reference', {}))})")}
    return by_rule


def find_candidates(text: str) -> list[Candidate]:
    """Non-overlapping matches in `text`: longest match first, then rule priority, then position."""
    if not trigger().search(text):
        return []
    found = []
    passed: dict[re.Pattern, bool] = {}
    for priority, (rule, rx) in enumerate(patterns()):
        gate = gates().get(rule)
        if gate is not None:
            if gate not in passed:
                passed[gate] = gate.search(text) is not None
            if not passed[gate]:
                continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((-(m.end() - m.start()), priority, m.start(), Candidate(rule, m.start(), m.end(), m.groupdict())))
    starts: list[int] = []  # taken spans, sorted by start (they never overlap, so ends are sorted too)
    ends: list[int] = []
    taken: list[Candidate] = []
    for _, _, _, cand in sorted(found, key=lambda t: t[:3]):
        k = bisect.bisect_right(starts, cand.start)
        if (k and ends[k - 1] > cand.start) or (k < len(starts) and starts[k] < cand.end):
            continue
        starts.insert(k, cand.start)
        ends.insert(k, cand.end)
        taken.append(cand)
    return sorted(taken, key=lambda c: (c.start, c.end))
