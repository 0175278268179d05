"""Find the article body among a page's labelled lines: line scores, the best run, end-of-body headings.

The body is the run of lines with the highest total score (a maximum-sum segment): prose counts its
words, junk costs. Furniture inside an article (teasers, "Loading", captions, ads) costs less than the
prose around it, so a body of several runs separated by furniture stays one body; only a heading that
really ends the page ("Related Articles" followed by teasers, a copyright line) is a barrier. A page with
no furniture evidence at all is an article already and is kept whole (`is_clean_page`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from helpers.config.cleaning import CleanerParams
from helpers.load.clean.lineshape import LONG_PROSE_WORDS, addresses_reader, capital_share, ends_sentence, is_name, is_prose, is_title_shaped, words

HEADER_REASONS = ("byline", "dateline_stamp")
RULE = re.compile(r"-{2,}|_{3,}|={3,}")  # a ruled line drawn across the page ("-----", "=====")
# an advertisement marker glued between two sentences of a paragraph
INLINE_AD = re.compile(
    r"(?<=[.!?\"\u201d])\s+(?:Advertisement|ADVERTISEMENT|Story continues below(?: advertisement)?)\s+(?=[A-Z\"\u201c])"
)


@dataclass
class Line:
    """A non-blank page line, its comparison key and why it is not body text (None: it may be)."""

    text: str
    key: str
    reason: str | None = None
    barrier: bool = False


def is_teaser_at(lines: list[Line], k: int) -> bool:
    """True when line k is a summary under a headline: the line above is an unlabelled headline, not prose."""
    above = lines[k - 1] if k > 0 else None
    return above is not None and above.reason is None and not is_prose(above.text) and is_title_shaped(above.text)


def soften_barriers(lines: list[Line], params: CleanerParams) -> None:
    """Let a "Related" heading inside an article stand as a plain junk line when the article's prose resumes after it.

    It applies only right after a paragraph, when long paragraphs follow within a few lines, and when
    they are not headline + summary pairs (the shape of a related-stories section).
    """
    prose_before = 0
    for i, ln in enumerate(lines):
        if ln.reason is None and is_prose(ln.text):
            prose_before += len(words(ln.text))
        if not ln.barrier or ln.reason != "related" or prose_before < params.damp_min_prose:
            continue
        if i == 0 or lines[i - 1].reason or not ends_sentence(lines[i - 1].text):
            continue  # inside an article the heading interrupts its prose; after a newsletter box the page goes on
        stretch = list(itertools.takewhile(lambda x: not x.barrier, lines[i + 1 :]))
        prose = [k for k, x in enumerate(stretch) if x.reason is None and is_prose(x.text)]
        sizes = [len(words(stretch[k].text)) for k in prose]
        if (not prose or prose[0] > params.resume_within or sizes[0] < params.resume_first_words
                or sum(sizes) < params.resume_total_words or sum(sizes) / len(sizes) < params.resume_mean_words):
            continue
        teasers = sum(is_teaser_at(stretch, k) for k in prose[1:]) + 0.5  # the first resumed paragraph follows the links
        if teasers / len(prose) <= params.resume_max_teaser_share:
            ln.barrier = False
            for link in stretch[: prose[0]]:
                link.reason = link.reason or "related"


def part_kind(lines: list[Line], k: int) -> str:
    """The shape of the line that opens a page part: its removal reason, "prose", "line", or "end" past the page."""
    if k >= len(lines):
        return "end"
    ln = lines[k]
    return ln.reason or ("prose" if is_prose(ln.text) else "line")


def prose_words(lines: list[Line]) -> int:
    """Words of the unlabelled prose lines among `lines`."""
    return sum(len(words(x.text)) for x in lines if x.reason is None and is_prose(x.text))


def soften_rules(lines: list[Line], params: CleanerParams) -> None:
    """Let rules the page draws between a series of parts stand as plain separators instead of ends of the body.

    A rule drawn once ends the body (a signature's "--", a rule above the footer). When the same rule divides
    the page into two or more parts that hold prose and open with the same kind of line (a live blog's
    updates, each under a time stamp), and the prose before the first rule is no more than `series_lead_ratio`
    times the largest part (the series is the body, not comments under an article), every rule of the series separates
    entries; the last one still ends the body unless the part after it opens like the others.
    """
    groups: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.barrier and RULE.fullmatch(ln.text):
            groups.setdefault(ln.text[0], []).append(i)
    for at in groups.values():
        parts = [list(itertools.takewhile(lambda x: not x.barrier, lines[i + 1 :])) for i in at]
        sizes = [prose_words(part) for part in parts]
        kinds = [part_kind(lines, i + 1) if n else None for i, n in zip(at, sizes)]
        usual = Counter(k for k in kinds if k is not None).most_common(1)
        if len(at) < 2 or not usual or usual[0][1] < 2:
            continue
        before = list(itertools.takewhile(lambda x: not x.barrier, reversed(lines[: at[0]])))
        if prose_words(before) > params.series_lead_ratio * max(sizes):
            continue
        for i in at[:-1] + ([at[-1]] if kinds[-1] == usual[0][0] else []):
            lines[i].reason, lines[i].barrier = "separator", False


def end_furniture_sections(lines: list[Line], params: CleanerParams) -> None:
    """Make a short heading after the article's prose end the body when the section it opens holds `section_junk_ratio`
    times more prose labelled as furniture (a legal or consent notice in full sentences) than unlabelled prose."""
    prose_before = 0
    for i, ln in enumerate(lines):
        n = len(words(ln.text))
        if ln.reason is None and is_prose(ln.text):
            prose_before += n
            continue
        if ln.reason or ln.barrier or not 1 <= n <= 6 or ends_sentence(ln.text) or prose_before < params.damp_min_prose:
            continue
        section = list(itertools.takewhile(lambda x: not x.barrier, lines[i + 1 :]))
        labelled = sum(len(words(x.text)) for x in section if x.reason and is_prose(x.text))
        if labelled > params.section_junk_ratio * prose_words(section):
            ln.reason, ln.barrier = "footer", True
            return


def line_score(ln: Line, title_key: str | None, params: CleanerParams) -> float:
    """How much a line argues for being inside the article body."""
    n = len(words(ln.text))
    if ln.barrier:
        return -params.barrier_cost
    if ln.reason or ln.key == title_key:
        return -params.junk_base - params.junk_per_word * min(n, params.junk_word_cap)
    if is_prose(ln.text):
        return params.prose_per_word * n
    if ends_sentence(ln.text) and n >= 3:
        return params.sentence_share * params.prose_per_word * n
    return -(params.other_base + params.other_per_word * min(n, params.other_word_cap))


def header_at(lines: list[Line], params: CleanerParams) -> int:
    """Index of the article's header (a byline or stamp under a headline, with prose just below), or 0 when there is none.

    Position evidence in any language: what stands above the headline and its byline (a cookie notice,
    a standfirst, a previous story's teaser) is not the article.
    """
    for i, ln in enumerate(lines):
        if ln.barrier:
            return 0
        if ln.reason not in HEADER_REASONS:
            continue
        above = lines[max(0, i - params.header_reach) : i]
        below = list(itertools.takewhile(lambda x: not x.barrier, lines[i + 1 : i + 1 + params.header_reach]))
        headline = any(x.reason is None and is_title_shaped(x.text) and not is_prose(x.text) for x in above)
        if headline and any(x.reason is None and is_prose(x.text) for x in below):
            return i
        return 0  # only the first byline or stamp of the page can head the article
    return 0


def best_block(lines: list[Line], title_key: str | None, params: CleanerParams) -> tuple[int, int] | None:
    """The [start, end) run of lines with the highest total score (Kadane), or None if none is positive.

    Prose above the article's header counts `damp_before_header`; once a body-ending heading
    ("Related", "Comments") follows a prose paragraph, later prose counts `damp_after_end`:
    teasers and comments below an article rarely outweigh the article itself.
    """
    best, span, total, start = 0.0, None, 0.0, 0
    prose_seen, header = 0.0, header_at(lines, params)
    damp = params.damp_before_header if header else 1.0
    for i, ln in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        score = line_score(ln, title_key, params)
        if i == header:
            damp = 1.0
        if ln.barrier and prose_seen >= params.damp_min_prose:
            damp = params.damp_after_end
        prose_seen += max(score, 0.0)
        total += score * damp if score > 0 else score
        if total > best:
            best, span = total, (start, i + 1)
    return span


def find_title(lines: list[Line], start: int) -> int | None:
    """Index of the headline: the nearest headline-shaped line before the body, preferring one a byline or stamp follows."""
    candidates: list[tuple[float, int]] = []
    for i in range(start - 1, max(-1, start - 12), -1):
        ln = lines[i]
        if ln.barrier:
            break
        if ln.reason is None and is_title_shaped(ln.text) and not is_name(ln.text):
            below = [x.reason for x in lines[i + 1 : min(i + 4, start)]]
            bonus = 3.0 if any(r in HEADER_REASONS for r in below) else 0.0
            candidates.append((bonus - 0.5 * len(candidates), i))
    return max(candidates)[1] if candidates else None


def is_sentence_like(text: str) -> bool:
    """True for prose or a line that ends like a sentence (what an article body is made of)."""
    return is_prose(text) or ends_sentence(text)


def is_list_run(run: list[str], intro: str) -> bool:
    """True for a list inside an article: introduced by a line ending in ':' or made of parallel items
    (most carry a digit, or most a colon), as award winners, results and figure tables are."""
    if intro.rstrip().endswith(":"):
        return True
    if len(run) < 3:
        return False
    return max(sum(bool(re.search(p, t)) for t in run) for p in (r"\d", r":\s")) >= 0.8 * len(run)


def non_sentence_runs(lines: list[Line], start: int, end: int) -> dict[int, tuple[int, int]]:
    """For each line of [start, end) that is not sentence-like, the [a, b) run of such lines it belongs to."""
    runs: dict[int, tuple[int, int]] = {}
    i = start
    while i < end:
        if is_sentence_like(lines[i].text):
            i += 1
            continue
        j = i
        while j < end and not is_sentence_like(lines[j].text):
            j += 1
        runs.update((k, (i, j)) for k in range(i, j))
        i = j
    return runs


def keep_in_body(lines: list[Line], i: int, start: int = 0, runs: dict[int, tuple[int, int]] | None = None) -> bool:
    """Decide for an unlabelled line inside the body block: prose, lists and lone subheads stay; links, a lone
    word ("Publicidad"), "Label: headline" teasers and runs of furniture lines go (`runs`: `non_sentence_runs`)."""
    text = lines[i].text
    if is_sentence_like(text):
        return True
    n = len(words(text))
    if re.search(r"https?://|www\.|\s[>\u00bb\u203a|]\s", text):
        return False
    a, b = (runs or {}).get(i, (i, i + 1))
    if b - a >= 2:  # several non-sentence lines in a row: a list, or a block of furniture
        heading = lines[a].text if lines[a].text.endswith(":") else ""
        if any(ln.reason for ln in lines[a + bool(heading) : b]):
            return False  # a list holds no "Loading..." or "Advertisement" line
        run = [ln.text for ln in lines[a:b] if ln.reason is None]
        return is_list_run(run, heading or (lines[a - 1].text if a > start else ""))
    if n <= 1 or re.match(r"^[^:]{1,25}:\s+\S", text) and n <= 20:
        return False  # a lone word, or a "Read also: headline" teaser
    return not (n >= 5 and capital_share(text) >= 0.6)


def removal_reason(lines: list[Line], i: int, start: int, end: int) -> str:
    """Reason for dropping an unlabelled line by its position."""
    text = lines[i].text
    if is_name(text):
        return "byline"
    if start <= i < end:
        return "link"
    if is_prose(text) and len(words(text)) >= LONG_PROSE_WORDS:
        return "outside_body"  # prose is never called navigation or footer: it lies outside the article found
    return "navigation" if i < start else "footer"


def is_link_shaped(text: str) -> bool:
    """True for a line shaped like a link, a breadcrumb or a share bar, in any language."""
    return bool(re.search(r"https?://|www\.|\s[>\u00bb\u203a|/]\s|\s{3,}", text[:3000]))


def is_menu_shaped(text: str) -> bool:
    """True for a menu: five or more capitalised words, not all in capitals, with no digit and no punctuation
    at all (list items and table rows carry some; an all-capitals line is as often a table heading)."""
    if len(text) > 3000:
        return False  # furniture is short; a long line is read no further (a 10 MB line must not crawl)
    toks = words(text)
    capitalised = sum(w[:1].isupper() for w in toks if len(w) > 3)
    return (len(toks) >= 5 and capitalised >= 4 and not text.isupper() and capital_share(text) >= 0.8
            and not re.search(r"[\d,.;:!?()\"'\u201c\u201d\u00ab\u00bb-]", text))


def furniture_evidence(ln: Line) -> int:
    """How strongly a line shows its page is a scrape: 0 not at all (a list's "Results:" heading, a rule, a line
    recurring across the corpus such as a wire sign-off), 1 weakly (a stamp, a byline or a menu-shaped line:
    wire tables hold such lines too), 2 strongly (a phrase-list label, an end-of-page heading, a link, an inline ad).
    A long prose line is at most weak evidence unless it ends the page, carries an inline ad or speaks to the reader
    in its own voice ("If you value our reporting, ..."): a phrase or a web address can sit in a clean article's sentence."""
    if ln.reason == "recurring" or (ln.reason == "related" and not ln.barrier and ln.text.endswith(":")):
        return 0
    if not words(ln.text):
        return 0  # a rule ("---") separates a page's parts, whether scraped or a wire digest
    if ln.barrier or INLINE_AD.search(ln.text[:20000]):
        return 2
    if (ln.reason and ln.reason not in HEADER_REASONS) or is_link_shaped(ln.text):
        long_prose = len(words(ln.text)) >= LONG_PROSE_WORDS and is_prose(ln.text)
        return 1 if long_prose and not addresses_reader(ln.text) else 2
    return int(ln.reason in HEADER_REASONS or is_menu_shaped(ln.text))


def is_clean_page(lines: list[Line], reach: int = 5) -> bool:
    """True when the page is an article already: no strong furniture evidence, and no stamp, byline or menu
    within `reach` lines above its first paragraph (in a wire table such lines sit among the figures)."""
    if not any(words(ln.text) for ln in lines):
        return False
    copies = [i for i, ln in enumerate(lines) if ln.text == lines[0].text]
    if len(copies) > 1 and any(i + 1 < len(lines) and is_prose(lines[i + 1].text) for i in copies):
        return False  # a headline printed twice (a table's first row may recur, but no prose follows it)
    first_prose = next((i for i, ln in enumerate(lines) if is_prose(ln.text)), 0)
    levels = [furniture_evidence(ln) for ln in lines]
    return max(levels, default=0) < 2 and not any(levels[max(0, first_prose - reach) : first_prose])
