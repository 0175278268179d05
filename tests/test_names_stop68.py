"""Stop 68 of name merging (issue 12), rules read from the first runs of blind sets FZ, GA and GB: a surname title
before a word the corpus writes as a surname or a listed first name ("Mr Howard") is never the article's person of that
first name (Howard Penrith); a one-word span the model calls a product or a work right after a surname title ("Mr
Kestle's old seat") is a person; a place glued before a full name ("candidate for Taunford Jeremy Brewne") is cut off
it; a full name followed by "senior" is the father, never his namesake son; a listed club the model left untagged or
called a date ("Southend United", "Sheffield Wednesday") is an organisation, and so is its one-word spelling in the same
article before a word of football ("Southend manager"), never the town elsewhere ("who held Hartlepool"); "Atlantic"
ends an organisation's name, never a person's ("Rival Kestrel Atlantic said"); a surname alone tagged ORG is the firm a
given name and a company ending wrap it in ("Kellaway" of Arthur Kellaway Dairies); given names after "Princes" are each
a prince ("Princes Edmund and Albert"). Sentences and people written for these tests; the clubs are the curated list's."""

from __future__ import annotations

import pandas as pd

from helpers.entities import extract, names, repair
from test_names_stop38 import located, merged, raw_frame
from test_names_stop67 import canonical_of


def spans_of(text: str, ents: list[list]) -> list[tuple[str, str]]:
    """(surface, label) of each span after repair."""
    return [(text[s:e], lab) for s, e, lab in repair.repair_entities(text, ents, extract.LABELS)]


SACKED = "Party deputy chairman Howard Penrith has been sacked. Mr Howard said he had no choice, the party leader said."


def test_a_surname_title_before_the_first_name_of_the_article_s_person_is_not_that_person() -> None:
    for tag in ("PERSON", "ORG"):
        got = merged(SACKED, [("Howard Penrith", "PERSON"), ("Howard", tag)])
        assert canonical_of(got, "Howard") != [("Howard Penrith", "PERSON")], tag


def test_a_surname_title_before_a_corpus_surname_is_the_person_the_corpus_names_so() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [SACKED, "Party leader Alan Howard will stand down after the election."]})
    for tag in ("PERSON", "ORG"):
        raw = raw_frame(articles, {"a": [("Howard Penrith", "PERSON"), ("Howard", tag)], "b": [("Alan Howard", "PERSON")]})
        out = names.canonicalise(raw)
        assert out.loc[(out["doc_id"] == "a") & (out["text"] == "Howard"), "canonical"].tolist() == ["Alan Howard"], tag


def test_a_first_name_alone_without_a_title_is_still_the_article_s_person() -> None:
    text = "Party deputy chairman Howard Penrith has been sacked. \"Howard is a hard-working man,\" a friend said."
    got = merged(text, [("Howard Penrith", "PERSON"), ("Howard", "PERSON")])
    assert canonical_of(got, "Howard") == [("Howard Penrith", "PERSON")]


def test_a_product_right_after_a_surname_title_is_a_person() -> None:
    text = "Sir Malcolm Dunsford is expected to stand.\n\nMr Kestle's old seat was held comfortably by the party."
    assert ("Kestle", "PERSON") in spans_of(text, located(text, [("Malcolm Dunsford", "PERSON"), ("Kestle", "PRODUCT")]))


def test_a_product_without_a_title_stays_a_product() -> None:
    text = "He drove a Kestle to work every day."
    assert spans_of(text, located(text, [("Kestle", "PRODUCT")])) == [("Kestle", "PRODUCT")]


def test_a_place_glued_before_a_full_name_is_cut_off_it() -> None:
    text = "Liberal Democrat candidate for Taunford Jeremy Brewne said the case was unfair. Taunford is a market town."
    for tag in ("GPE", "ORG", "PERSON"):
        got = spans_of(text, located(text, [("Taunford Jeremy Brewne", tag), ("Taunford", "GPE")]))
        assert got[:2] == [("Taunford", "GPE"), ("Jeremy Brewne", "PERSON")], tag


def test_a_person_whose_first_word_is_no_place_of_the_article_keeps_the_whole_name() -> None:
    text = "Lincoln Alexander Burrows, a retired teacher, said the plan was unfair."
    assert spans_of(text, located(text, [("Lincoln Alexander Burrows", "PERSON")])) == [("Lincoln Alexander Burrows", "PERSON")]


def test_a_full_name_followed_by_senior_is_the_father_not_his_namesake_son() -> None:
    text = "Ted Ashworth scored twice. His father, Ted Ashworth senior, watched from the stand. Ashworth said he was proud."
    got = merged(text, [("Ted Ashworth", "PERSON"), ("Ted Ashworth", "PERSON"), ("Ashworth", "PERSON")])
    assert [(t, c) for t, c, _ in got] == [("Ted Ashworth", "Ted Ashworth"), ("Ted Ashworth senior", "Ted Ashworth senior"),
                                           ("Ashworth", "Ted Ashworth")]


def test_senior_before_a_job_stays_out_of_the_name() -> None:
    text = "Ted Ashworth senior vice-president of the bank, said rates would rise."
    assert spans_of(text, located(text, [("Ted Ashworth", "PERSON")])) == [("Ted Ashworth", "PERSON")]


def test_a_listed_club_left_untagged_is_an_organisation_and_so_is_its_short_spelling() -> None:
    text = ("Southend United, Macclesfield and Lincoln City will contest the play-offs. "
            "Southend manager Steve Tilbury said his side were ready.")
    got = spans_of(text, located(text, [("Macclesfield", "GPE"), ("Lincoln City", "ORG"), ("Steve Tilbury", "PERSON")]))
    assert ("Southend United", "ORG") in got and ("Southend", "ORG") in got


def test_a_club_s_short_spelling_without_a_word_of_football_after_it_stays_untagged() -> None:
    text = ("The party came close to winning Hartlepool, where Mr Mandelson held Hartlepool for years. "
            "Hartlepool United, the town's football club, is in the play-offs.")
    got = spans_of(text, located(text, [("Mandelson", "PERSON")]))
    assert got == [("Mandelson", "PERSON"), ("Hartlepool United", "ORG")]


def test_a_listed_club_called_a_date_is_an_organisation() -> None:
    text = "Sheffield Wednesday won promotion to the Championship after a 4-2 win."
    got = spans_of(text, located(text, [("Wednesday", "DATE"), ("Championship", "ORG")]))
    assert ("Sheffield Wednesday", "ORG") in got and ("Wednesday", "DATE") not in got


def test_a_person_span_ending_in_atlantic_is_an_organisation() -> None:
    text = "Rival Kestrel Atlantic said it would keep its own surcharge under review."
    assert spans_of(text, located(text, [("Kestrel Atlantic", "PERSON")])) == [("Kestrel Atlantic", "ORG")]


def test_a_surname_alone_tagged_org_is_the_firm_a_given_name_and_a_company_ending_wrap_it_in() -> None:
    text = ("Protesters gathered outside depots run by Arthur Kellaway Dairies and Dairy Crest. "
            "Kellaway, which supplies several supermarket chains, said it paid a fair price.")
    got = merged(text, [("Arthur Kellaway Dairies", "ORG"), ("Dairy Crest", "ORG"), ("Kellaway", "ORG")])
    assert canonical_of(got, "Kellaway") == [("Arthur Kellaway Dairies", "ORG")]


def test_given_names_after_a_plural_royal_title_are_each_the_prince() -> None:
    text = "The Duchess of Wessex will join Princes Edmund and Albert at the service on Saturday."
    for tag in ("PERSON", "ORG"):
        got = merged(text, [("Edmund", "PERSON"), ("Albert", tag)])
        assert [(t, c, lab) for t, c, lab in got] == [("Edmund", "Prince Edmund", "PERSON"), ("Albert", "Prince Albert", "PERSON")], tag


def test_a_given_name_after_a_singular_title_and_a_name_is_not_made_a_prince() -> None:
    text = "Prince Edmund and Albert Hollis, his tutor, arrived on Saturday."
    got = merged(text, [("Prince Edmund", "PERSON"), ("Albert Hollis", "PERSON")])
    assert [c for _, c, _ in got] == ["Prince Edmund", "Albert Hollis"]


def test_a_short_form_folds_into_a_firm_ending_in_atlantic_where_the_corpus_also_calls_atlantic_a_place() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Rival Kestrel Atlantic said it would keep its surcharge under review. Sir Ralph Tolley, Kestrel's founder, disagreed.",
        "Storms in the Atlantic delayed the yachts. The Atlantic crossing took a week."]})
    raw = raw_frame(articles, {"a": [("Kestrel Atlantic", "ORG"), ("Ralph Tolley", "PERSON"), ("Kestrel", "ORG")],
                               "b": [("Atlantic", "LOC"), ("Atlantic", "LOC")]})
    out = names.canonicalise(raw)
    assert out.loc[(out["doc_id"] == "a") & (out["text"] == "Kestrel"), "canonical"].tolist() == ["Kestrel Atlantic"]
