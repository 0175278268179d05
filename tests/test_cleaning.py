"""Unit tests of the plain-text scrape cleaner: one per cleaning and inference rule, the bundled corpus, robustness."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.config import paths
from helpers.load.clean.scrape import CleanedArticle, clean_scrape, recurring_lines
from scoring import ngram_prf, score_folder
from helpers.load.clean.textmeta import full_dates, parse_dateline, relative_stamp, year_for

RETRIEVED = pd.Timestamp("2025-07-13")
P1 = "Negotiators from Israel and Hamas resumed indirect talks in Doha on Monday, two officials said, as mediators pressed for a deal."
P2 = "The first round ended without agreement last month, and the next round is expected on Thursday, the officials added."
P3 = "Aid agencies said the pause must be long enough to allow fuel and medicine to reach hospitals across the territory."
FIXTURES = paths.TESTS / "fixtures" / "cleaning"


def page(*lines: str) -> str:
    """A scraped page made of the given lines."""
    return "\n".join(lines) + "\n"


def one(text: str, **kw) -> CleanedArticle:
    """The single article of a page."""
    arts = clean_scrape(text, **kw)
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


def reasons(art: CleanedArticle) -> dict[str, str]:
    """Removed line -> reason."""
    return {line: reason for line, reason in art.removed}


# ---------------------------------------------------------------- the bundled corpus


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[CleanedArticle]]:
    """Every bundled page cleaned, with corpus-wide recurring lines and a retrieval date."""
    files = sorted(paths.RAW.glob("*.txt"))
    texts = {f.name[:3]: f.read_text(encoding="utf-8") for f in files}
    rec = recurring_lines(texts.values())
    return {k: clean_scrape(t, recurring=rec, retrieved=RETRIEVED) for k, t in texts.items()}


def test_corpus_has_eight_articles_with_right_titles(corpus):
    titles = {k: [a.title for a in arts] for k, arts in corpus.items()}
    assert sum(len(v) for v in titles.values()) == 8
    assert titles["000"] == [
        "Netanyahu believes Trump can help seal ceasefire",
        "S. Korea, US continue joint efforts to 'make progress' toward OPCON transition: Pentagon official",
        "As Trump seeks to be a peacemaker, Netanyahu leaves Washington without breakthrough on Gaza deal",
        "S. Korea, US open drive to \u2018modernize' alliance in full-fledged talks",
    ]
    assert titles["001"] == ["Hostage negotiators discussing days-long fighting pause between Israel and Hamas in exchange for freeing large group"]
    assert titles["002"] == [None]  # the page has no headline: its first line is a full-sentence lede
    assert titles["003"] == ["North Korea's Kim asks Trump for another meeting in \u2018very warm' letter"]
    assert titles["004"] == ["Antony Blinken heads to Middle East amid last-minute truce extension negotiations"]


@pytest.mark.parametrize(
    "junk",
    ["logo", "Orange background", "Try Our AI Features", "Comments", "No comments yet", "Related Articles",
     "Korea Herald6", "time19", "\u2022", "days ago", "hours ago", "DOWNLOAD THE APP", "Ready to dive", "Daily8", "app-store", "mins read", "views",
     "Read the full article here", "Leave a Reply", "Your email address", "Previous Story", "Next Story",
     "D.R. Horton", "DoubleDown", "Latest from", "Nguyen Quang Minh", "(according to CNN)", "Comment (0)",
     "Thank you for reporting", "automatically disabled", "Published in Amwal", "Clic here", "AOI, Dassault",
     "Advertisement", "1 of 3", "Photo by", "Latest Headlines"],
)
def test_corpus_bodies_hold_no_boilerplate(corpus, junk):
    for arts in corpus.values():
        for art in arts:
            assert junk not in art.text, (art.title, junk)
            assert "Korea Herald" not in art.text.split("\n\n")


def test_corpus_bodies_never_repeat_a_title_or_paragraph(corpus):
    for arts in corpus.values():
        for art in arts:
            paras = art.text.split("\n\n")
            assert len(paras) == len(set(paras))
            assert art.title is None or art.title not in art.text


def test_corpus_keeps_every_body_sentence(corpus):
    raw = {f.name[:3]: f.read_text(encoding="utf-8") for f in sorted(paths.RAW.glob("*.txt"))}
    must_keep = {
        "000": ["JERUSALEM (Reuters) -- Israel's Prime Minister", "the Israeli military has also recovered some.", "under the framework of the SMA",
                "Trilateral Chiefs of Defense meeting.", "we will achieve it in other ways"],
        "001": ["The parties involved in the ongoing negotiations", "CNN reporters witnessed a heavy bombardment",
                "drawing from sources in the Hamas-controlled territory."],
        "002": ["US officials are now focused on trying to find a way", "many are skeptical about Hamas's seriousness"],
        "003": ["U.S. President Donald Trump received a", "there are reasons for optimism"],
        "004": ["Nov. 29 (UPI) -- U.S. Secretary of State", "\"We can't do that.\""],
    }
    for key, snippets in must_keep.items():
        text = "\n\n".join(a.text for a in corpus[key])
        for snippet in snippets:
            assert snippet in raw[key] and snippet in text, snippet
    # every prose line of the main Reuters story survives
    for line in raw["000"].splitlines()[6:21]:
        assert line in corpus["000"][0].text


def test_corpus_page_003_repeats_once_and_joins_broken_quote(corpus):
    art = corpus["003"][0]
    assert art.text.count("The likely timing of a second Trump-Kim meeting was unclear.") == 1
    assert '"North Korea should abolish its nuclear programs, and the United States foster such conditions with corresponding action."' in art.text
    assert "ticker" in {r for _, r in art.removed}
    assert "Egypt unveils" not in art.text


def test_corpus_page_004_drops_captions(corpus):
    art = corpus["004"][0]
    assert "Olivier Matthys" not in art.text
    assert sum(r == "caption" for _, r in art.removed) == 2


def test_corpus_metadata_from_text(corpus):
    main = corpus["000"][0]
    assert (main.outlet, main.wire, main.place) == ("Korea Herald", "Reuters", "JERUSALEM")
    assert (main.published, main.published_source) == (pd.Timestamp("2025-07-07"), "relative")
    assert [a.wire for a in corpus["000"][1:]] == ["Yonhap", "AP", None]
    assert all(a.outlet == "Korea Herald" for a in corpus["000"])
    assert corpus["001"][0].wire == "CNN"
    assert corpus["002"][0].wire == "CNN"
    amwal = corpus["003"][0]
    assert (amwal.outlet, amwal.published, amwal.published_source) == ("Amwal Al Ghad", pd.Timestamp("2018-09-11"), "text")
    upi = corpus["004"][0]
    assert (upi.wire, upi.published, upi.published_source) == ("UPI", None, "unknown")  # no year stated on the page


def test_corpus_relative_dates_need_a_retrieval_date():
    text = (paths.RAW / "000_8f75919b000310d5.txt").read_text(encoding="utf-8")
    arts = clean_scrape(text)
    assert all(a.published is None and a.published_source == "unknown" for a in arts)


# ---------------------------------------------------------------- cleaning rules, one test each


def test_navigation_before_title_is_removed():
    art = one(page("Home", "World", "Middle East", "Home > World > Middle East", "Talks resume in Doha", P1, P2))
    assert art.title == "Talks resume in Doha"
    assert art.text == f"{P1}\n\n{P2}"
    assert reasons(art)["Home > World > Middle East"] == "navigation"


def test_advertisement_lines_are_removed():
    art = one(page("Talks resume in Doha", P1, "Advertisement", P2, "ADVERTISEMENT", P3))
    assert art.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert reasons(art)["Advertisement"] == "advertisement"


def test_app_promotion_is_removed():
    art = one(page("Talks resume in Doha", P1, P2, "DOWNLOAD THE APP", "Get it on Google Play and the App Store"))
    assert "App" not in art.text and reasons(art)["DOWNLOAD THE APP"] == "promotion"


def test_reader_appeals_are_removed_even_when_they_read_like_prose():
    appeal = "If you value our reporting, please consider supporting us with a monthly contribution so that we can keep it free for everyone."
    art = one(page("Talks resume in Doha", P1, P2, appeal, P3))
    assert appeal not in art.text and P3 in art.text


def test_quoted_speech_is_not_a_reader_appeal():
    quote = '"We will not stop until you are home," the brother of one captive said as the march began on Tuesday.'
    assert quote in one(page("March begins", P1, quote, P2)).text


def test_share_and_comment_prompts_are_removed():
    art = one(page("Talks resume in Doha", "Share", "Tweet", P1, P2, "Leave a Reply", "Your email address will not be published."))
    assert art.text == f"{P1}\n\n{P2}"
    assert reasons(art)["Share"] == "prompt"


def test_related_block_ends_the_body():
    teaser = "Oil exporters weigh output cuts. Ministers will meet next week in Vienna to discuss the market."
    art = one(page("Talks resume in Doha", P1, P2, "Related Articles", "Gulf stocks mixed after rate decisions", teaser))
    assert art.text == f"{P1}\n\n{P2}"


def test_related_heading_inside_an_article_does_not_cut_it():
    long = " ".join([P3] * 3)
    art = one(page("Talks resume in Doha", P1, P2, "Related Topics", "Israel-Gaza war", long, P1.replace("Monday", "Friday"), P2))
    assert long in art.text and "Israel-Gaza war" not in art.text


def test_inline_read_more_links_are_removed():
    art = one(page("Talks resume in Doha", P1, "READ MORE: Qatar hosts new round of talks", P2))
    assert art.text == f"{P1}\n\n{P2}" and reasons(art)["READ MORE: Qatar hosts new round of talks"] == "link"


def test_headline_ticker_is_removed():
    ticker = "Egypt signs gas deal    Markets rally on rate hopes    Storm hits coast    Minister resigns over row"
    art = one(page(ticker, "Talks resume in Doha", P1, P2))
    assert reasons(art)[ticker.replace("    ", " ")] == "ticker"
    assert art.title == "Talks resume in Doha"


def test_photo_captions_and_credits_are_removed():
    cap = "A man walks past a damaged building in Khan Younis on Monday. Photo by Ahmed Saleh/AFP"
    art = one(page("Talks resume in Doha", cap, f"1 of 3 | {cap}", "Image source, Getty Images", P1, P2))
    assert art.text == f"{P1}\n\n{P2}"
    assert reasons(art)[cap] == "caption"


def test_caption_above_a_bare_credit_is_removed():
    cap = "A worker checks valves at an oil field near Erbil in March. The exports have been halted for months."
    art = one(page("Oil exports halted", cap, "REUTERS/Azad Lashkari", P1, P2))
    assert cap not in art.text


def test_bylines_stamps_and_reading_times_are_removed():
    art = one(page("Talks resume in Doha", "By Jane Doe and John Roe, Reuters", "Updated: Nov. 29, 2023 10:15 GMT", "3 min read", P1, P2))
    assert art.text == f"{P1}\n\n{P2}"
    assert reasons(art)["By Jane Doe and John Roe, Reuters"] == "byline"
    assert reasons(art)["3 min read"] == "dateline_stamp"


def test_author_bio_at_the_end_is_removed():
    bio = "Jane Doe is a foreign correspondent covering the Middle East."
    assert bio not in one(page("Talks resume in Doha", P1, P2, bio)).text


def test_footer_is_removed():
    art = one(page("Talks resume in Doha", P1, P2, "\u00a9 2023 The Daily Star. All rights reserved.", "Privacy Policy | Terms of Use"))
    assert art.text == f"{P1}\n\n{P2}" and art.outlet == "The Daily Star"


def test_repeated_title_is_removed():
    art = one(page("Talks resume in Doha", "", "Talks resume in Doha", P1, "Talks resume in Doha", P2))
    assert art.title == "Talks resume in Doha" and art.text == f"{P1}\n\n{P2}"
    assert ("Talks resume in Doha", "repeated_title") in art.removed


def test_repeated_paragraph_appears_once():
    # a page with furniture is a scrape: its repeated paragraphs are scraper copies
    art = one(page("Talks resume in Doha", "Advertisement", P1, P2, P1, P2, P3, "Share this article"))
    assert art.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert (P1, "repeated_paragraph") in art.removed


def test_sentence_broken_across_lines_is_joined():
    art = one(page("Talks resume in Doha", P1, '"We want a deal that holds, and the', 'hostages home before winter," the minister said.', P2))
    assert '"We want a deal that holds, and the hostages home before winter," the minister said.' in art.text


def test_hard_wrapped_paragraphs_are_joined():
    art = one(page("Talks resume", "", "Negotiators from Israel and Hamas resumed indirect talks in", "Doha on Monday, two officials said, as mediators from",
                   "Qatar and Egypt pressed for a deal.", "", P2))
    assert art.text.startswith("Negotiators from Israel and Hamas resumed indirect talks in Doha on Monday,")


def test_fixed_width_text_is_unwrapped():
    lines = ["Commission to meet", "The presidents of the two countries agreed at a meeting in St Vincent",
             "that neither country would use force in their dispute over the region,",
             "according to a joint declaration issued after the talks on Thursday.",
             "The declaration said the two sides would set up a joint commission of",
             "ministers and technical experts to address the matters agreed between them."]
    art = one(page(*lines))
    assert art.title == "Commission to meet"
    assert art.text.split("\n\n") == [" ".join(lines[1:4]), " ".join(lines[4:6])]


def test_link_fragments_and_inline_ads_are_mended():
    art = one(page("Ships collide", "A coast guard ship and a supply boat collided near the shoal on Sunday, in the disputed waters of the",
                   "South China Sea", ".", f"{P1} Advertisement {P2}", P3))
    assert "waters of the South China Sea." in art.text and f"{P1} {P2}" in art.text


def test_teaser_section_after_a_short_article_stays_out():
    teaser = " ".join([P3, P1.replace("Doha", "Cairo"), P2])
    art = one(page("Checkpoint attacked", "Gunmen attacked an army checkpoint in northern Mali on Monday, killing four soldiers, sources said.",
                   "Related Articles", "Junta extends transition", teaser, "Thousands flee fighting", teaser.replace("Cairo", "Gao")))
    assert art.text == "Gunmen attacked an army checkpoint in northern Mali on Monday, killing four soldiers, sources said."


def test_phrase_file_is_valid():
    from helpers.load.clean.lineshape import phrase_rules

    rules = phrase_rules()
    assert len(rules) > 50
    assert {r for r, _, _ in rules} <= {"advertisement", "promotion", "prompt", "related", "link", "navigation",
                                        "caption", "credit", "footer", "dateline_stamp"}
    assert {r for r, end, _ in rules if end} == {"advertisement", "prompt", "related", "footer"}


def test_subheading_inside_the_body_stays():
    assert "WINDOW OF OPPORTUNITY" in one(page("Talks resume", P1, P2, "WINDOW OF OPPORTUNITY", P3, P1.replace("Doha", "Cairo"))).text


def test_page_with_several_articles_is_split():
    a, b = "Talks resume in Doha", "Truce extended by two days"
    long = " ".join([P1, P2, P3, P1.replace("Doha", "Cairo")])
    arts = clean_scrape(page(a, a, P1, P2, P3, "Related Articles", b, b, "Korea Herald", "timea day ago", b, long + " (AP)"))
    assert [x.title for x in arts] == [a, b]
    assert arts[1].text == long and arts[1].wire == "AP"


def test_one_repeated_headline_does_not_split_a_page():
    assert len(clean_scrape(page("Talks resume in Doha", "Talks resume in Doha", P1, P2, P3))) == 1


def test_recurring_lines_need_several_files_and_skip_shared_prose():
    pages = [page("Site menu", "Talks resume", P1), page("Site menu", "Truce holds", P1), page("Site menu", "Aid arrives", P1),
             page("Other", "Storm", P2), page("Other", "Vote", P3)]
    rec = recurring_lines(pages)
    assert "site menu" in rec and not any("negotiators" in k for k in rec)
    assert recurring_lines(pages[:2]) == frozenset()  # two files are never enough
    art = one(page("Site menu", "Talks resume", P1, P2), recurring=rec)
    assert reasons(art)["Site menu"] == "recurring"


def test_empty_and_junk_pages_give_no_articles():
    assert clean_scrape("") == [] and clean_scrape("   \n\t\n") == []
    assert clean_scrape(page("Home", "Menu", "Advertisement", "Share")) == []


# ---------------------------------------------------------------- inference rules, one test each


def test_wire_dateline_gives_place_and_wire():
    art = one(page("Talks resume", f"JERUSALEM (Reuters) -- {P1}", P2))
    assert (art.place, art.wire) == ("JERUSALEM", "Reuters")
    dl = parse_dateline("BEIRUT, Lebanon (AP) \u2014 Israeli strikes hit the south.")
    assert (dl.place, dl.wire) == ("BEIRUT, Lebanon", "AP")


def test_dateline_without_year_leaves_date_unknown():
    art = one(page("Blinken heads to region", f"Nov. 29 (UPI) -- {P1}", P2))
    assert (art.wire, art.published, art.published_source) == ("UPI", None, "unknown")


def test_dateline_year_supported_by_a_full_date_on_the_page():
    art = one(page("Blinken heads to region", "Updated Nov. 29, 2023 at 9:15 AM", f"Nov. 29 (UPI) -- {P1}", P2))
    assert (art.published, art.published_source) == (pd.Timestamp("2023-11-29"), "text")
    assert year_for(11, 29, [pd.Timestamp("2023-11-20")]) == 2023
    assert year_for(11, 29, [pd.Timestamp("2021-03-01")]) is None


def test_published_in_line_gives_outlet_and_day_first_date():
    art = one(page("Kim asks for meeting", "Published in Amwal Al Ghad on 11 - 09 - 2018", P1, P2))
    assert (art.outlet, art.published, art.published_source) == ("Amwal Al Ghad", pd.Timestamp("2018-09-11"), "text")


def test_numeric_dates_read_day_first_with_dashes_and_month_first_with_slashes():
    assert full_dates("11 - 09 - 2018") == [pd.Timestamp("2018-09-11")]
    assert full_dates("11/09/2018") == [pd.Timestamp("2018-11-09")]
    assert full_dates("25/08/2023") == [pd.Timestamp("2023-08-25")]  # only day-first is valid


def test_relative_stamp_gives_outlet_and_date_from_retrieval():
    art = one(page("Talks resume", "Korea Herald6 days ago", P1, P2), retrieved=RETRIEVED)
    assert (art.outlet, art.published, art.published_source) == ("Korea Herald", pd.Timestamp("2025-07-07"), "relative")
    assert relative_stamp("time19 hours ago")[0] is None
    assert relative_stamp("timea day ago")[1] == pd.Timedelta(days=1)


def test_stamp_line_gives_the_date():
    art = one(page("Talks resume", "Updated 10:32 AM EST, Mon November 6, 2023", P1, P2))
    assert (art.published, art.published_source) == (pd.Timestamp("2023-11-06"), "text")


def test_credits_give_the_wire():
    assert one(page("Talks", P1, P2, "Nguyen Quang Minh (according to CNN)")).wire == "CNN"
    assert one(page("Talks", P1, P2, "CNN\u2019s Paul LeBlanc contributed to this report.")).wire == "CNN"
    art = one(page("Talks", P1, P2 + " (Yonhap)"))
    assert art.wire == "Yonhap" and art.text.endswith("the officials added.")


# ---------------------------------------------------------------- robustness and evaluation


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_scrape_never_raises_and_is_deterministic(text):
    first = clean_scrape(text)
    assert first == clean_scrape(text)
    for art in first:
        assert art.text and art.published_source in {"text", "relative", "unknown"}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Advertisement", "Talks resume in Doha", P1, P2, "", "Share", "1 of 3 | x", '"Open quote and the'])).map("\n".join))
def test_clean_scrape_never_raises_on_scrape_like_pages(text):
    clean_scrape(text, retrieved=RETRIEVED)


def test_ngram_metric():
    assert ngram_prf("a b c d e", "a b c d e") == (1.0, 1.0, 1.0)
    p, r, f = ngram_prf("a b c d x y z w", "a b c d e")
    assert (p, r) == (0.2, 0.5)


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_cleaner_beats_passthrough_on_fixtures(split):
    ours = score_folder(FIXTURES / split, lambda t: "\n\n".join(a.text for a in clean_scrape(t)))
    base = score_folder(FIXTURES / split, lambda t: t)
    assert len(ours) >= 12
    assert ours.f1.mean() >= 0.90 > base.f1.mean()

