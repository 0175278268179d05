"""Stop 34 of name merging (issue 12): curated organisation short forms that take the long form the corpus spells out
(`data/org_short_forms.csv`). Sentences written for these tests."""

from __future__ import annotations

from test_names import canon_rows


def test_a_short_form_takes_the_long_form_another_article_spells_out() -> None:
    got = canon_rows([("a", "the Office of Communications", "ORG"), ("b", "Ofcom", "ORG", "regulator ", " said on Monday")])
    assert got == [("Office of Communications", "ORG"), ("Office of Communications", "ORG")]


def test_a_short_form_stays_as_written_when_the_corpus_never_spells_it_out() -> None:
    got = canon_rows([("a", "Ofcom", "ORG", "regulator ", " said"), ("b", "the Fed", "ORG", "", " raised rates")])
    assert got == [("Ofcom", "ORG"), ("Fed", "ORG")]


def test_of_several_long_spellings_the_one_most_articles_use_wins() -> None:
    got = canon_rows([("a", "US Federal Reserve", "ORG"), ("b", "US Federal Reserve", "ORG"), ("c", "Federal Reserve", "ORG"),
                      ("d", "Fed", "ORG", "the ", " held rates")])
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
