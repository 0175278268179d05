"""Clean a plain-text scrape: keep the article prose, drop what the page wrapped around it.

Evidence, from the most general to the most specific:
1. line shape: prose is long, ends in sentence punctuation and is dense in function words (or, in
   any language, mostly lower-case words);
   menus, tickers, stamps, link lists and prompts are short, title-cased or digit-heavy;
2. position: the body is the highest-scoring run of lines (a maximum-sum segment), so what sits
   before the headline or after the last paragraph falls away without being listed anywhere;
   section headings such as "Related Articles" or "Most read" end a body;
3. recurrence: lines that recur across many files of a corpus (`recurring_lines`);
4. curated, editable phrase patterns in `data/boilerplate_phrases.txt`.
A page holding several articles, each announced by a headline printed twice, is split into several.

Reasons reported in `CleanedArticle.removed`: navigation, advertisement, promotion, prompt, related,
link, ticker, caption, credit, byline, footer, separator, dateline_stamp, recurring, repeated_title,
repeated_paragraph, short_fragment (the phrase-file sections supply most of them), and outside_body for
a paragraph of prose that lies outside the article found (a cookie notice, a teaser's summary).
A file with no furniture evidence is an article already and is kept whole (see `body.is_clean_page`).
Weights and thresholds: `helpers.config.cleaning.CleanerParams`, passed as `params=`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from helpers.config.cleaning import CleanerParams
from helpers.load.clean import textmeta
from helpers.load.clean.body import (
    INLINE_AD,
    Line,
    best_block,
    end_furniture_sections,
    find_title,
    is_clean_page,
    keep_in_body,
    non_sentence_runs,
    removal_reason,
    soften_barriers,
    soften_rules,
)
from helpers.load.clean.lineshape import (
    TERMINAL,
    ends_sentence,
    is_author_bio,
    is_prose,
    is_ticker,
    is_title_shaped,
    normalise,
    shape_reason,
    stopwords,
    words,
)
from helpers.text import line_key

WRAP_MIN, WRAP_MAX = 55, 100  # line widths of a hard-wrapped (fixed-width) text
WRAP_SLACK = 3  # characters a wrapped line may run past the 90th percentile of mid-sentence widths (k20: 77 vs 78)
WRAP_NARROW_MIN, WRAP_NARROW_LINES = 25, 5  # a narrower wrap: its shortest width, and the lines that must show it
TICKER_MARK = "\x00ticker\x00"  # internal tag: the raw line had the wide gaps of a headline ticker


@dataclass
class CleanedArticle:
    """One article recovered from a page, with what the text says about it and what was removed.

    `text` holds the body, paragraphs separated by a blank line; `outlet` is the site named by the
    text ("Published in X", "X6 days ago", a copyright line); `wire` the credited wire service or
    network; `place` the dateline place; `published` a day (see `helpers.textmeta` for the rules)
    with `published_source` "text", "relative" or "unknown"; `removed` the (line, reason) pairs dropped.
    """

    title: str | None
    text: str
    outlet: str | None = None
    wire: str | None = None
    place: str | None = None
    published: pd.Timestamp | None = None
    published_source: str = "unknown"
    removed: list[tuple[str, str]] = field(default_factory=list)


def classify(line: str, recurring: frozenset[str]) -> tuple[str | None, bool]:
    """Why a line is not body text (reason, ends-the-body), or (None, False) when it may be."""
    if line.startswith(TICKER_MARK):
        return "ticker", False
    n = len(words(line))
    if n == 0:
        return ("footer", True) if re.fullmatch(r"-{2,}\s*|_{3,}|={3,}", line) else ("short_fragment", False)
    if line_key(line) in recurring:
        return "recurring", False
    return shape_reason(line) if len(line) <= 3000 else (None, False)


def join_broken(lines: list[str], width: int = 0) -> list[str]:
    """Join a sentence broken across lines: the next line starts in lower case, or this one ends on a
    function word, comma or open quote, or (on a hard-wrapped page of that `width`) fills the width."""
    out: list[str] = []
    last_lines: list[str] = [""]  # the last physical line of each joined paragraph
    for line in lines:
        if out and line and not ends_sentence(out[-1]):
            prev = out[-1]
            toks = words(prev)
            open_quote = prev.count('"') % 2 == 1 or prev.count("\u201c") > prev.count("\u201d")
            dangling = len(toks) >= 3 and (toks[-1].lower() in stopwords() or prev.endswith((",", ";")))
            closes = len(toks) >= 6 and open_quote and line.rstrip().endswith(('"', "\u201d"))
            full_width = bool(width) and width - 12 <= len(last_lines[-1]) <= width and line[:1].isalnum()
            if dangling or closes or full_width or (line[:1].islower() and toks):
                out[-1] = f"{prev} {line}"
                last_lines[-1] = line
                continue
        out.append(line)
        last_lines.append(line)
    return out


def wrap_width(raw_lines: list[str]) -> int:
    """The fixed width a page's text was wrapped at (0 when it was not): many 55-100 character lines stop mid-sentence,
    or (`narrow_wrap_width`) nearly every shorter line that stops mid-sentence had no room for the next word."""
    widths = [len(ln.rstrip()) for ln in raw_lines]
    mid = [w for w, ln in zip(widths, raw_lines) if WRAP_MIN <= w <= WRAP_MAX and not ends_sentence(ln.rstrip())]
    if len(mid) < 3 or sum(w > WRAP_MAX for w in widths) > len(mid):
        return narrow_wrap_width(raw_lines)
    p90 = sorted(mid)[int(0.9 * (len(mid) - 1))]
    return max(w for w in mid if w <= p90 + WRAP_SLACK)


def narrow_wrap_width(raw_lines: list[str]) -> int:
    """The width of a text wrapped narrower than `WRAP_MIN` (0 when it was not): at least `WRAP_NARROW_LINES` lines
    stop mid-sentence inside a paragraph that ends a sentence (table rows and menus never do), within 12 characters
    of the width, and nearly all of them (a greedy wrap) had no room for the next line's first word."""
    if sum(WRAP_NARROW_MIN <= len(ln) < WRAP_MIN + 2 for ln in raw_lines) < WRAP_NARROW_LINES:
        return 0  # too few lines of a narrow width (a trailing space or two at most)
    pairs: list[tuple[int, int]] = []
    block: list[str] = []
    for raw in [*raw_lines, ""]:
        if raw.strip():
            block.append(raw.rstrip())
            continue
        if block and ends_sentence(block[-1]):
            pairs += [(len(a), len(b.split()[0])) for a, b in zip(block, block[1:])
                      if WRAP_NARROW_MIN <= len(a) < WRAP_MIN and not ends_sentence(a)]
        block = []
    if len(pairs) < WRAP_NARROW_LINES:
        return 0
    p90 = sorted(w for w, _ in pairs)[int(0.9 * (len(pairs) - 1))]
    width = max(w for w, _ in pairs if w <= p90 + WRAP_SLACK)
    near = [(w, nxt) for w, nxt in pairs if width - 12 <= w <= width]
    longer = sum(len(ln.rstrip()) > width + WRAP_SLACK for ln in raw_lines)
    greedy = sum(w + 1 + nxt > width for w, nxt in near)
    return width if len(near) >= WRAP_NARROW_LINES and greedy >= 0.9 * len(pairs) and longer <= len(pairs) else 0


def page_lines(text: str, recurring: frozenset[str], params: CleanerParams = CleanerParams()) -> list[Line]:
    """Normalise a page into labelled non-blank lines, with broken sentences joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    width = wrap_width(text.split("\n", 5000)[:5000])
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = normalise(raw)
        if line:
            blocks[-1].append(TICKER_MARK + line if is_ticker(raw) else line)
        elif blocks[-1]:
            blocks.append([])
    out: list[Line] = []
    for block in blocks:
        labelled = [(ln.removeprefix(TICKER_MARK), classify(ln, recurring)) for ln in block]
        run: list[str] = []
        for ln, (reason, barrier) in labelled + [("", (None, False))]:
            if reason is None and ln:
                run.append(ln)
                continue
            if ln and run and re.fullmatch(r"[.,;:!?)\]\"\u201d\u2019]{1,3}", ln):
                run[-1] += ln  # a lone "." or "," left where a link ended
                continue
            out.extend(Line(j, line_key(j)) for j in join_broken(run, width))
            run = []
            if ln:
                out.append(Line(ln, line_key(ln), reason, barrier))
    mark_captions(out, params.caption_max_words)
    soften_rules(out, params)
    return out


def mark_captions(lines: list[Line], max_words: int = 60) -> None:
    """Label as captions the text under a caption heading ("Image caption,"), the text just above a bare photo
    credit (unless a caption heading follows the credit), and copies of a caption without its credit."""
    caption_keys = [ln.key for ln in lines if ln.reason == "caption" and len(ln.key) >= 30]
    for i, ln in enumerate(lines):
        if ln.reason is not None:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        heading_above = i > 0 and lines[i - 1].reason == "caption" and lines[i - 1].text.endswith((",", ":"))
        if heading_above and len(words(ln.text)) <= max_words:
            ln.reason = "caption"  # "Image caption," then the caption's text
            continue
        heading_below = i + 2 < len(lines) and lines[i + 2].reason == "caption" and lines[i + 2].text.endswith((",", ":"))
        credit_below = nxt is not None and nxt.reason == "caption" and len(words(nxt.text)) <= 8 and not heading_below
        copy = len(ln.key) >= 30 and any(k != ln.key and (k.startswith(ln.key) or k.endswith(ln.key)) for k in caption_keys)
        if (credit_below and len(words(ln.text)) <= max_words) or copy:
            ln.reason = "caption"


KEY_LINES, KEY_CHARS = 20000, 2000  # lines of a page, and characters of a line, that count for recurrence


def page_keys(text: str) -> tuple[set[str], set[str]]:
    """The distinct line keys of one page, and those of its prose-shaped lines (what `recurring_lines` counts)."""
    seen: set[str] = set()
    prose: set[str] = set()
    for raw in str(text).splitlines()[:KEY_LINES]:
        line = normalise(raw[:KEY_CHARS])
        key = line_key(line)
        if key and key not in seen:
            seen.add(key)
            if is_prose(line):
                prose.add(key)
    return seen, prose


def recurring_lines(texts: Iterable[str], min_files: int = 3, min_share: float = 0.5) -> frozenset[str]:
    """Keys of lines found in at least `min_files` files and `min_share` of a corpus's files.

    Prose-shaped lines count only in corpora of 10 files or more, so a story syndicated to a few
    files of a small corpus never makes its own sentences boilerplate.
    """
    counts: Counter[str] = Counter()
    prose: set[str] = set()
    n_files = 0
    for text in texts:
        n_files += 1
        seen, shaped = page_keys(text)
        prose |= shaped
        counts.update(seen)
    needed = max(min_files, min_share * n_files)
    return frozenset(
        k for k, c in sorted(counts.items()) if c >= needed and (k not in prose or n_files >= 10)
    )


def article_starts(lines: list[Line], min_words: int = 50) -> list[int]:
    """Indices of headlines that announce an article: title-shaped lines printed at least twice, followed by prose."""
    counts = Counter(ln.key for ln in lines if ln.reason is None and is_title_shaped(ln.text))
    starts: list[int] = []
    for i, ln in enumerate(lines):
        if ln.reason is None and counts.get(ln.key, 0) >= 2 and ln.key not in {lines[s].key for s in starts}:
            if len(words(ln.text)) >= 4:
                starts.append(i)
    good: list[int] = []
    for j, s in enumerate(starts):
        end = starts[j + 1] if j + 1 < len(starts) else len(lines)
        prose_words = sum(len(words(ln.text)) for ln in lines[s:end] if ln.reason is None and is_prose(ln.text))
        if prose_words >= min_words:
            good.append(s)
    return good if len(good) >= 2 else []


def pull_quote_key(paragraph: str) -> str | None:
    """The key of the quotation a short paragraph repeats ('"The truth is ..." - Jane Doe'), or None."""
    m = re.fullmatch(r"[\"\u201c\u00ab](?P<q>[^\"\u201c\u201d\u00ab\u00bb]{20,400})[\"\u201d\u00bb]\s*(?:[-\u2013\u2014].{0,80})?", paragraph)
    return line_key(m["q"]) if m and len(words(m["q"])) >= 6 else None


def dedupe(paragraphs: list[str], title: str | None, removed: list[tuple[str, str]]) -> list[str]:
    """Drop paragraphs repeated verbatim, pull-quotes repeating a sentence of another paragraph, and lines repeating the title."""
    title_key = line_key(title) if title else None
    seen: set[str] = set()
    out = []
    for para in paragraphs:
        key, quote = line_key(para), pull_quote_key(para)
        if key == title_key:
            removed.append((para, "repeated_title"))
        elif key in seen and len(key.split()) >= 3:
            removed.append((para, "repeated_paragraph"))
        elif quote and any(quote in line_key(other) for other in paragraphs if other is not para):
            removed.append((para, "repeated_paragraph"))
        else:
            seen.add(key)
            out.append(para)
    return out


def strip_credit(paragraph: str) -> tuple[str, str | None]:
    """Strip a trailing wire credit such as ' (Yonhap)' or ' (AP)' from the last paragraph."""
    m = re.search(r"\s*\((?P<w>[A-Za-z][A-Za-z .&'-]{0,30})\)\s*$", paragraph)
    if m and m.start() > 0 and paragraph[: m.start()].rstrip().endswith(TERMINAL):
        wire = textmeta.canonical_wire(m["w"])
        if wire:
            return paragraph[: m.start()].rstrip(), wire
    return paragraph, None


def clean_body(lines: list[Line], drop_repeats: bool = True) -> tuple[int | None, list[str], list[tuple[str, str]]]:
    """(title index, body, removed) of a page that is an article already: every line kept but a leading headline,
    lines recurring across the corpus, verbatim copies of a prose paragraph or of the headline, and an author note at the end."""
    first = lines[0].text
    title_at = 0 if (len(lines) > 1 and len(words(first)) <= 20 and first[:1].isupper() and not ends_sentence(first)
                     and not is_prose(first) and not first.endswith((":", "-", "\u2013", "\u2014")) and is_prose(lines[1].text)) else None
    removed: list[tuple[str, str]] = []
    body: list[str] = []
    for ln in lines[0 if title_at is None else 1 :]:
        if ln.reason == "recurring":
            removed.append((ln.text, ln.reason))
        elif title_at is not None and ln.text == first:
            removed.append((ln.text, "repeated_title"))
        elif drop_repeats and ln.text in body and is_prose(ln.text):  # exact copies only: table rows differ in figures
            removed.append((ln.text, "repeated_paragraph"))
        else:
            body.append(ln.text)
    while len(body) > 1 and is_author_bio(body[-1]):
        removed.append((body.pop(), "byline"))
    return title_at, body, removed


def body_of(lines: list[Line], title_at: int | None, params: CleanerParams) -> tuple[int | None, list[str], list[tuple[str, str]]]:
    """Find (title index, body paragraphs, removed lines) of one article segment."""
    soften_barriers(lines, params)
    end_furniture_sections(lines, params)
    offset = 0 if title_at is None else title_at + 1
    title_key = lines[title_at].key if title_at is not None else None
    span = best_block(lines[offset:], title_key, params)
    if span is None:
        return title_at, [], [(ln.text, ln.reason or "short_fragment") for ln in lines]
    start, end = span[0] + offset, span[1] + offset
    title_at = title_at if title_at is not None else find_title(lines, start)
    removed: list[tuple[str, str]] = []
    body: list[str] = []
    runs = non_sentence_runs(lines, start, end)
    for i, ln in enumerate(lines):
        if i == title_at:
            continue
        if ln.reason:
            removed.append((ln.text, ln.reason))
        elif title_at is not None and ln.key == lines[title_at].key:
            removed.append((ln.text, "repeated_title"))
        elif start <= i < end and keep_in_body(lines, i, start, runs):
            body.append(ln.text)
        else:
            removed.append((ln.text, removal_reason(lines, i, start, end)))
    body = [INLINE_AD.sub(" ", para) for para in body]
    while body and is_author_bio(body[-1]):
        removed.append((body.pop(), "byline"))
    title = lines[title_at].text if title_at is not None else None
    return title_at, dedupe(body, title, removed), removed


def build_article(
    lines: list[Line], title_at: int | None, retrieved: pd.Timestamp | None, page_dates: list[pd.Timestamp],
    params: CleanerParams, clean: bool = False,
) -> CleanedArticle | None:
    """Turn one segment of a page into an article, or None when it holds no body."""
    title_at, body, removed = clean_body(lines, params.drop_repeats_in_clean_files) if clean else body_of(lines, title_at, params)
    if not body:
        return None
    body[-1], credit = strip_credit(body[-1])
    if credit:
        removed.append((f"({credit})", "credit"))
    meta = textmeta.article_meta([(ln.text, ln.reason) for ln in lines], body, retrieved, page_dates)
    title = lines[title_at].text if title_at is not None else None
    return CleanedArticle(title=title, text="\n\n".join(body), removed=removed, **{**meta, "wire": credit or meta["wire"]})


def clean_scrape(
    text: str, *, recurring: frozenset[str] = frozenset(), retrieved: pd.Timestamp | None = None,
    params: CleanerParams = CleanerParams(),
) -> list[CleanedArticle]:
    """Split a scraped page into its articles, each with a title, a clean body and what the text says of it."""
    if not isinstance(text, str) or not text.strip():
        return []
    lines = page_lines(text, recurring, params)
    page_dates = textmeta.full_dates("\n".join(ln.text[:500] for ln in lines[:2000]))
    if params.keep_clean_files and is_clean_page(lines, params.header_reach):
        art = build_article(lines, None, retrieved, page_dates, params, clean=True)
        return [art] if art is not None else []
    starts = article_starts(lines, params.article_min_words)
    bounds = ([0] if not starts else starts) + [len(lines)]
    articles: list[CleanedArticle] = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        seg_start = 0 if k == 0 else a
        title_at = (a - seg_start) if starts else None
        art = build_article(lines[seg_start:b], title_at, retrieved, page_dates, params)
        if art is not None:
            if articles and art.outlet is None:
                art.outlet = articles[0].outlet
            articles.append(art)
    return articles
