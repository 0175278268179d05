"""Stop 34 of name merging (issue 12): curated organisation short forms that take the long form the corpus spells out
(`data/org_short_forms.csv`). Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
from test_names import canon_rows

from helpers.entities import extract, names
from test_names_short_forms import repaired


def test_a_short_form_takes_the_long_form_another_article_spells_out() -> None:
    got = canon_rows([("a", "the Office of Communications", "ORG"), ("b", "Ofcom", "ORG", "regulator ", " said on Monday")])
    assert got == [("Office of Communications", "ORG"), ("Office of Communications", "ORG")]


def test_a_short_form_stays_as_written_when_the_corpus_never_spells_it_out() -> None:
    got = canon_rows([("a", "Ofcom", "ORG", "regulator ", " said"), ("b", "the Fed", "ORG", "", " raised rates")])
    assert got == [("Ofcom", "ORG"), ("Fed", "ORG")]


def test_of_several_long_spellings_the_first_listed_the_corpus_has_wins() -> None:
    got = canon_rows([("a", "US Federal Reserve", "ORG"), ("b", "US Federal Reserve", "ORG"), ("c", "Federal Reserve", "ORG"),
                      ("d", "Fed", "ORG", "the ", " held rates")])
    assert got[-1] == ("Federal Reserve", "ORG")
    got = canon_rows([("a", "US Federal Reserve", "ORG"), ("d", "Fed", "ORG", "the ", " held rates")])
    assert got[-1] == ("US Federal Reserve", "ORG")


def test_a_possessive_short_form_counts_only_where_it_owns_nothing() -> None:
    rows = [("a", "Queen's Club", "ORG"), ("b", "Queen", "PERSON", "Henman lost at ", "'s this week."),
            ("c", "Queen", "PERSON", "He read the ", "'s speech to MPs.")]
    got = canon_rows(rows)
    assert got[1] == ("Queen's Club", "ORG")
    assert got[2] != ("Queen's Club", "ORG")


def test_a_titled_person_is_never_a_short_form() -> None:
    got = canon_rows([("a", "Evening Standard", "ORG"), ("b", "Standard", "PERSON", "said Mr ", " on Tuesday")])
    assert got[1][1] == "PERSON"


def test_a_first_name_in_a_list_of_relatives_takes_the_family_name() -> None:
    rows = [  # "Mr Tolland's sons, Rufus and Caspar, have led the talks."
("a", "Oswin Tolland", "PERSON"), ("a", "Tolland", "PERSON", "Mr ", "'s sons, Rufus and"),
            ("a", "Caspar", "ORG", "Mr Tolland's sons, Rufus and ", ", have led")]
    assert canon_rows(rows)[2] == ("Caspar Tolland", "PERSON")


def test_a_relative_of_a_person_named_by_first_name_takes_that_persons_surname() -> None:
    rows = [("a", "Corin Maddox", "PERSON"), ("a", "Tobin", "PERSON", "Corin's older brother ", ", a doubles player")]
    assert canon_rows(rows)[1] == ("Tobin Maddox", "PERSON")


def test_his_relative_skips_a_woman_named_last_for_the_man_before_her() -> None:
    rows = [("a", "Corin Maddox", "PERSON", "", " won the match.", 0),  # "Corin Maddox won the match. His mother, Judith
            ("a", "Judith Maddox", "PERSON", "His mother, ", ", was there.", 1),  # Maddox, was there. His older brother, Tobin, ..."
            ("a", "Tobin", "PERSON", "Judith Maddox, was there. His older brother, ", ", also plays", 2)]
    frame = pd.DataFrame(rows, columns=["doc_id", "text", "spacy_label", "before", "after", "sentence"])
    assert names.canonicalise(frame)["canonical"].tolist()[2] == "Tobin Maddox"


def test_a_surname_owning_relatives_is_none_of_them() -> None:
    rows = [("a", "Hollis Vane", "PERSON", "", " bid for the club."), ("b", "Vane", "PERSON", "", "'s sons, Joel, Avram and Bryan,"),
            ("b", "Avram Vane", "PERSON", "and Bryan, joined the board. ", " said")]
    got = canon_rows(rows)
    assert got[1] == ("Hollis Vane", "PERSON")
    assert got[2] == ("Avram Vane", "PERSON")


def test_two_surnames_of_the_articles_people_joined_by_and_are_two_people_not_a_firm() -> None:
    text = "The firm was founded by Ada Quill and Ross Fenner. Quill and Fenner are credited with its culture."
    got = repaired(text, [("Ada Quill", "PERSON"), ("Ross Fenner", "PERSON"), ("Quill and Fenner", "ORG")])
    assert got[2:] == [("Quill", "PERSON"), ("Fenner", "PERSON")]


def test_a_firm_of_two_words_joined_by_and_stays_a_firm() -> None:
    text = "Shares in Marks and Spencer rose. Stuart Rose said sales were up."
    got = repaired(text, [("Marks and Spencer", "ORG"), ("Stuart Rose", "PERSON")])
    assert got[0] == ("Marks and Spencer", "ORG")


def test_a_first_name_the_article_tags_alone_joins_the_surname_after_it() -> None:
    text = "His sons, Joel, Avram and Bryan, joined the board. Avram Glazer said the family would stay."
    got = repaired(text, [("Joel", "PERSON"), ("Avram", "PERSON"), ("Bryan", "PERSON"), ("Glazer", "PERSON")])
    assert got[-1] == ("Avram Glazer", "PERSON")


def test_a_sport_role_opening_a_sentence_is_cut_from_the_name() -> None:
    text = "The tour went well.\n\nOpener Andrew Strauss, who has scored three centuries, was the find of the winter."
    assert repaired(text, [("Opener Andrew Strauss", "PERSON")]) == [("Andrew Strauss", "PERSON")]


def test_a_military_rank_is_a_title_but_a_lower_case_rank_makes_no_person() -> None:
    assert canon_rows([("a", "Col Oliver North", "PERSON")]) == [("Oliver North", "PERSON")]
    text = "She is a retired lieutenant colonel US Army officer."
    assert repaired(text, [("US Army", "ORG")]) == [("US Army", "ORG")]


def test_an_office_written_before_a_lone_titled_surname_picks_the_namesake_other_articles_give_it() -> None:
    rows = [("a", "Gordon Vane", "PERSON", "Chancellor ", " set out his budget."),
            ("b", "Justin Vane", "PERSON", "Shop chain chief executive ", " said sales rose."),
            ("c", "Vane", "PERSON", "The Chancellor, Mr ", ", said growth was strong."),
            ("d", "Vane", "PERSON", "chief executive Mr ", " said stores were full.")]
    got = [name for name, _ in canon_rows(rows)]
    assert got[2:] == ["Gordon Vane", "Justin Vane"]


def test_a_name_after_place_based_is_a_firm() -> None:
    text = "The game, made by Leeds-based Corbin North, sold well. Corbin Tate said so."
    got = repaired(text, [("Corbin North", "PERSON"), ("Corbin Tate", "PERSON")])
    assert got == [("Corbin North", "ORG"), ("Corbin Tate", "PERSON")]


def test_a_regional_studio_is_no_long_form_of_its_parent() -> None:
    rows = [("a", "Vexbyte North", "ORG", "made by "), ("a", "Vexbyte", "ORG", "another ", " game")]
    assert [name for name, _ in canon_rows(rows)] == ["Vexbyte North", "Vexbyte"]


def test_a_royal_style_of_several_holders_is_the_one_who_held_it_on_the_articles_day() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["Prince of Wales"] * 3, "spacy_label": ["PERSON"] * 3,
                          "before": ["The "] * 3, "after": [" visited Cardiff."] * 3})
    got = names.canonicalise(frame, {"a": "2005-04-09", "b": "2024-03-01"})["canonical"].tolist()
    assert got == ["Prince Charles", "Prince William", "Prince of Wales"]  # "c" has no date: nothing tells which


def test_article_days_reads_published_and_leaves_out_what_is_no_date() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": ["2005-04-09T10:00:00", "not a date", None]})
    assert extract.article_days(articles) == {"a": "2005-04-09"}
    assert extract.article_days(articles.drop(columns="published")) == {}


def test_a_royal_style_is_dated_whatever_the_type_of_the_article_ids() -> None:
    frame = pd.DataFrame({"doc_id": [1, 2], "text": ["Prince of Wales"] * 2, "spacy_label": ["PERSON"] * 2,
                          "before": ["The "] * 2, "after": [" visited Cardiff."] * 2})
    got = names.canonicalise(frame, extract.article_days(frame.assign(published=["2005-04-09", "2024-03-01"])))
    assert got["canonical"].tolist() == ["Prince Charles", "Prince William"]
