"""The scrape cleaner's scoring weights and thresholds, in one place (`clean_scrape(..., params=...)`).

Pass a changed copy to try another setting: `dataclasses.replace(CleanerParams(), damp_after_end=0.2)`.
The defaults are the ones `benchmarks/bench_cleaning.py` reports on (fixture sets dev, heldout,
independent, blind2, blind3; clean Reuters-21578 bodies for "words removed from clean articles").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanerParams:
    """Weights and thresholds of `helpers.load.clean.scrape`; the defaults are the tuned behaviour.

    "(dev)" marks a value inherited from the cleaner before issue #13, tuned on the dev pages (d01-d24) as
    tests/fixtures/cleaning/README.md records; the dev figure is a weight's only recorded justification.
    """

    # --- line scores: the body is the run of lines with the highest total score (Kadane) ---
    # points per word of a prose line (unit: score per word); 1.0 makes a paragraph worth its length,
    # the scale every other weight is measured against (dev set)
    prose_per_word: float = 1.0
    # share of that for a line that ends like a sentence but is not prose (unit: fraction); short
    # sentences ("He declined to comment.") count, but half, so a run of them cannot outweigh prose (dev)
    sentence_share: float = 0.5
    # cost of a labelled junk line (unit: score): base, per word and the word cap; -6 outweighs a
    # 5-word sentence so one label splits two runs unless real prose sits on both sides (dev)
    junk_base: float = 6.0
    junk_per_word: float = 0.2
    junk_word_cap: int = 40
    # cost of an unlabelled non-sentence line (headline, menu, list item): base, per word, cap (dev)
    other_base: float = 2.0
    other_per_word: float = 0.5
    other_word_cap: int = 20
    # cost of a line that ends the page ("Related Articles", a copyright footer) (unit: score);
    # large enough that no body spans it (dev)
    barrier_cost: float = 1000.0
    # once an end-of-body heading follows this much prose (unit: words), later prose is multiplied by
    # `damp_after_end` (unit: fraction): teasers and comments below rarely outweigh the article (dev, heldout h01)
    damp_min_prose: int = 15
    damp_after_end: float = 0.1

    # prose above the article's header (a byline or stamp line under a headline, prose within
    # `header_reach` lines (unit: lines) below) is multiplied by `damp_before_header` (unit: fraction):
    # a cookie notice or a standfirst above the headline is not the article (blind2 b08; dev d03 and
    # independent i07 rose with it). `header_reach` is also how far above the first paragraph a stamp,
    # byline or menu line makes a file a scrape rather than a clean article (Reuters: a stamp heading
    # a figures table six lines above the note under it is data)
    header_reach: int = 5
    damp_before_header: float = 0.1

    # --- a "Related" heading inside an article (the body resumes after it; dev, heldout h01, blind2 b19) ---
    # prose must resume within this many lines (unit: lines) with a first paragraph of at least
    # `resume_first_words` and, over the stretch, `resume_total_words` words averaging
    # `resume_mean_words` words a paragraph (unit: words); the total was 80 until the teaser-share
    # test below took over telling a teaser section from a resumed article (blind2 b21: 79 words resume)
    resume_within: int = 5
    resume_first_words: int = 20
    resume_total_words: int = 40
    resume_mean_words: float = 20.0
    # at most this share of the resumed paragraphs may be teasers (a headline line right above a
    # summary line) (unit: fraction; blind2 b19: 2 teaser-shaped of 7 paragraphs is an article)
    resume_max_teaser_share: float = 0.5

    # --- a rule ("-----") the page draws again and again between parts (a live blog's updates) ---
    # the rules separate entries of the body, not the end of it, only when the prose before the first rule is
    # at most this many times the prose of the largest part (unit: ratio of words). An article outweighs the
    # comments a rule sets under it many times over; a live blog's first update, printed before the first rule
    # when rules stand only between updates, is about as long as the others (blind3 k20, whose rules ended
    # the body at its first update: recall 0.267 -> 1.000; unit tests in tests/test_cleaning_generalise.py)
    series_lead_ratio: float = 2.0

    # --- a short heading after the article opening a section of furniture written in full sentences ---
    # the heading ends the body when the section below it (to the next end-of-body line) holds more than this
    # many times as many words of labelled prose (promotion, prompt, footer...) as of unlabelled prose (unit: ratio
    # of words). blind3 k08: a "Legal notice" heading, 158 labelled words against a 64-word company notice (2.5),
    # F1 0.776 -> 1.000; 2.0 keeps an article's last subsection when one long reader appeal follows it (unit test)
    section_junk_ratio: float = 2.0

    # --- pages holding several articles, each announced by a headline printed twice ---
    # prose under a repeated headline needed to start an article there (unit: words; dev d12)
    article_min_words: int = 50

    # --- already-clean files (no furniture evidence): kept whole (blind2 b14-b18, b22-b24; Reuters) ---
    # a file whose lines carry no furniture evidence is an article already: every line is kept but a
    # leading headline (unit: switch; off, 5.2% of the words of 2,000 Reuters articles go, seed-0 sample)
    keep_clean_files: bool = True
    # a prose paragraph printed twice, word for word, in an already-clean file (unit: switch). Off, so a
    # clean file is kept whole: a repeat there may be the article's own (a quoted statement restated), and
    # the cleaner cannot tell. On all 19,043 Reuters bodies, True drops 1,477 words of second copies
    # (0.055% of words) besides the 0.010% other removals; False removes 0.010% (benchmarks/bench_cleaning.py).
    # Repeats in scraped pages (not clean files) are always printed once.
    drop_repeats_in_clean_files: bool = False

    # --- captions ---
    # a line just above a bare photo credit is its caption when at most this long (unit: words; heldout)
    caption_max_words: int = 60
