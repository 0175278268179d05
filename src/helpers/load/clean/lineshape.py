"""Line-shape evidence for the scrape cleaner: is a line prose, a headline, a stamp, a byline, boilerplate?

Every test here looks at one line on its own; `helpers.cleaning` combines them with position and
cross-file recurrence. Curated phrase patterns live in `data/boilerplate_phrases.txt`, function
words in `data/stopwords_en.txt`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from helpers.config import paths
from helpers.load.clean import textmeta
from helpers.text import data_lines, data_records

TERMINAL = tuple(".!?\"'\u201d\u2019)\u2026\u00bb\u201c")  # \u201c closes a German quotation
SIGN_OFF = re.compile(r"[a-z0-9]{2}[.!?\"\u201d]\s+[A-Z]{2,12}\.?$")  # an all-caps sign-off after the last sentence
LONG_PROSE_WORDS = 15  # a prose line this long is removed by a phrase of these reasons only where a sentence starts with it
PROSE_SAFE = frozenset({"navigation", "promotion", "prompt", "related", "link", "footer"})
MAX_CHARS = 200_000  # shape tests read at most this much of a line (a 10 MB one-line file must not hang)
STAMP_WORDS = frozenset("am pm at on by in of updated published posted last modified first min mins read ago gmt utc et".split())
MAX_PATTERN_WORDS = 60  # phrase patterns only judge lines up to this many words
YOU = re.compile(r"\byou(?:r|rs|'re|'ve|'ll)?\b", re.I)  # the reader's words and the page's own, for a quick first test
WE = re.compile(r"\b(?:we|our|ours|us|we're|we've|we'll)\b", re.I)
APOSTROPHE_QUOTE = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')  # a straight quote mark between two letters


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words from `data/stopwords_en.txt`."""
    return frozenset(data_lines("stopwords_en.txt"))


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Inflected forms of the reporting verbs in `data/reporting_verbs.csv` (the quote stage's list): "said", "tells";
    not the base form, which is also the imperative ("Tell us what you think"), nor the -ing form."""
    return frozenset(form for row in data_records("reporting_verbs.csv") for form in row["forms"].split()
                     if form != row["verb"] and not form.endswith("ing"))


def own_words(line: str) -> str:
    """What a line says in its own voice: quotations and reported speech (what follows a reporting verb with a
    subject before it: "The envoy told reporters that ...") set aside."""
    if '"' in line:
        line = APOSTROPHE_QUOTE.sub("'", line)  # 'don"t' is an apostrophe typed as a quote mark, not a quotation's end
    line = re.sub(r"[\"\u201c][^\"\u201c\u201d]{0,400}[\"\u201d]|\u2018[^\u2018]{0,400}\u2019(?!\w)", " ", line)
    line = re.sub(r"[\"\u201c\u2018][^\"\u201d\u2019]*$", " ", line)  # a quotation running on to the next paragraph
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", line):
        toks = sentence.split()
        cut = next((k for k, t in enumerate(toks) if k >= 1 and t.lower().strip(",:") in reporting_verbs()), None)
        kept.append(" ".join(toks if cut is None else toks[: cut + 1]))
    return " ".join(kept)


@lru_cache(maxsize=1)
def phrase_rules() -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    """(reason, ends-the-body, regex) rules from `data/boilerplate_phrases.txt`; a bad pattern names its line."""
    rules, reason, barrier = [], "boilerplate", False
    path = paths.PACKAGE_DATA / "boilerplate_phrases.txt"
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        row = row.strip()
        section = re.fullmatch(r"\[(\w+)( end)?\]", row)
        if section:
            reason, barrier = section[1], bool(section[2])
        elif row and not row.startswith("#"):
            try:
                rules.append((reason, barrier, re.compile(row, re.I)))
            except re.error as err:
                raise ValueError(f"{path.name} line {number}: not a valid regular expression ({err}): {row}") from err
    return tuple(rules)


def normalise(line: str) -> str:
    """Drop control and zero-width characters, collapse whitespace, strip bullets."""
    if not line.isprintable():
        line = "".join(ch for ch in line if unicodedata.category(ch)[0] != "C" or ch == "\t")
    return re.sub(r"\s+", " ", line).strip(" \u2022\u00b7\u25aa\u25cf*")


def words(line: str) -> list[str]:
    """Word tokens of a line."""
    return re.findall(r"\w[\w'\u2019.-]*", line[:MAX_CHARS])


def stopword_share(line: str) -> float:
    """Share of a line's words that are function words."""
    toks = [w.lower().strip(".'\u2019") for w in words(line)[:400]]
    return sum(t in stopwords() for t in toks) / len(toks) if toks else 0.0


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence or a quotation, or with a wire sign-off after one ('... 1997. REUTER')."""
    line = line.rstrip()
    if line.endswith(("\u00bb", "\u201c")):  # French and German closing quotes close a sentence only after its stop
        return bool(re.search(r"[.!?\u2026]\s*[\u00bb\u201c]$", line))
    return line.endswith(TERMINAL) or bool(SIGN_OFF.search(line[-40:]))


def lower_share(line: str) -> float:
    """Share of a line's alphabetic words that start in lower case (any language; menus and headlines score low)."""
    toks = [w for w in words(line)[:400] if w[0].isalpha()]
    return sum(w[0].islower() for w in toks) / len(toks) if toks else 0.0


def is_prose(line: str) -> bool:
    """True for running text: enough words, a sentence ending (or great length), and English function words
    or, in any language, mostly lower-case words."""
    n = len(words(line))
    return n >= 7 and (ends_sentence(line) or n >= 25) and (stopword_share(line) >= 0.15 or lower_share(line) >= 0.4)


def capital_share(line: str) -> float:
    """Share of words (longer than 3 letters) that start with a capital letter."""
    toks = [w for w in words(line) if len(w) > 3 and w[0].isalpha()]
    return sum(w[0].isupper() for w in toks) / len(toks) if toks else 0.0


def is_title_shaped(line: str) -> bool:
    """True for a headline: 3-30 words, no closing full stop, starts with a capital, digit or quote."""
    n = len(words(line))
    return 3 <= n <= 30 and len(line) <= 250 and not line.endswith((".", ":", ",", ";")) and bool(
        re.match(r"^[\"'\u2018\u201c]?[A-Z0-9\u00C0-\u024F]", line)
    )


def is_ticker(line: str) -> bool:
    """True for a headline ticker: several headlines glued on one line by wide gaps or bars."""
    parts = [p for p in re.split(r"\s{3,}|\s+[|\u2022\u00b7]\s+", line.strip()[:20000]) if p.strip()]
    if len(parts) < 3:
        return False
    headline_like = sum(not p.rstrip().endswith(".") and 2 <= len(words(p)) <= 25 for p in parts)
    return headline_like / len(parts) >= 0.7


def is_byline(line: str) -> bool:
    """True for bylines: 'By Jane Doe', 'Jane Doe (according to CNN)', 'Jane Doe | Reuters'."""
    n = len(words(line))
    if n > 14 or line.endswith("."):
        return False
    if re.match(r"^(?i:by|written by|words by|story by|posted by|published by|reported by|reporting by)\s+[A-Z\u00C0-\u024F]", line):
        return True
    return bool(re.match(r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}\s*(?:\(according to [^)]+\)|\|\s*[A-Z][\w .]+)$", line))


def addresses_reader(line: str) -> bool:
    """True for text speaking to the reader ("If you value our reporting, please support us"), quotations and
    reported speech aside (`own_words`)."""
    if not (YOU.search(line[:3000]) and WE.search(line[:3000])):
        return False  # setting quotations aside only removes words
    toks = [w.lower() for w in words(own_words(line[:3000]))]
    you = sum(t in {"you", "your", "yours", "you're", "you've", "you'll"} for t in toks)
    we = sum(t in {"we", "our", "ours", "us", "we're", "we've", "we'll"} for t in toks)
    return you >= 1 and we >= 1 and (you + we) / len(toks) >= 0.06


def is_name(line: str) -> bool:
    """True for a bare name or outlet: 1-4 capitalised words, no digits."""
    toks = line.split()
    return 1 <= len(toks) <= 4 and not re.search(r"\d", line) and all(t[:1].isupper() for t in toks)


def is_stamp(line: str) -> bool:
    """True for date/time stamps, relative stamps and 'Published in X on date' lines."""
    if textmeta.relative_stamp(line) or textmeta.published_in(line):
        return True
    n = len(words(line))
    if n > 16 or ends_sentence(line) and n >= 4:
        return False
    if re.search(r"\b(?:19|20)\d\d\b", line) and re.search(r"\b\d{1,2}[:h]\d\d\b", line) and not line.endswith(","):
        return True  # a year and a clock time, in any language ("Publié le 3 juillet 2024 à 06h30")
    if n > 14 or line.endswith(",") or sum(w.islower() and w.isalpha() and w not in STAMP_WORDS for w in words(line)) >= 2:
        return False  # a sentence or list item that mentions a date, not a stamp
    has_time = re.search(r"\b\d{1,2}:\d\d\b|\b(am|pm|a\.m\.|p\.m\.|gmt|utc|et|est|edt|bst|cet)\b", line, re.I)
    return bool(textmeta.full_dates(line) or (has_time and re.search(r"\d", line) and n <= 10))


def starts_sentence(line: str, at: int) -> bool:
    """True when position `at` of the line begins a sentence (furniture speaks in imperatives: "Download the app")."""
    return not line[:at].strip() or bool(re.search(r"[.!?\"\u201d]\s+$", line[:at]))


@lru_cache(maxsize=65536)
def shape_reason(line: str) -> tuple[str | None, bool]:
    """Phrase-list, stamp, reader-address and byline verdicts for one line (cached: pages repeat lines)."""
    n = len(words(line))
    if n <= MAX_PATTERN_WORDS and len(line) <= 1000:
        long_prose = n >= LONG_PROSE_WORDS and is_prose(line)
        for reason, barrier, pattern in phrase_rules():
            m = pattern.search(line)
            if m and (barrier or not long_prose or reason not in PROSE_SAFE or starts_sentence(line, m.start())):
                return reason, barrier
    if n <= 14 and is_stamp(line):
        return "dateline_stamp", False
    if n <= 150 and addresses_reader(line):
        return "promotion", False
    if is_byline(line):
        return "byline", False
    return None, False


def is_author_bio(line: str) -> bool:
    """True for an author note: 'Jane Doe is a reporter for X based in Amman.'"""
    return len(words(line)) <= 45 and bool(re.match(
        r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3} (?:is|was|has been) (?:a|an|the|our)(?: [^ .]+){0,5}? "
        r"(?:correspondent|reporter|writer|journalist|editor|fellow|professor|analyst|columnist|contributor|"
        r"researcher|director|monitor|producer|author|lecturer|student|freelance\w*)\b",
        line,
    ))
