"""Name merging rules of round k (issue 12): partners of a company name cut at "and", a lone surname set apart from the
full name it is coordinated with, a club's last word, ampersand short forms. Sentences written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import names
from test_names import canon_rows, repaired


def test_company_cut_at_and_is_one_company_when_its_first_word_never_stands_alone() -> None:
    text = "A Hobb and Lantern spokesman said profits grew. Shares of Hobb and Lantern Plc rose."
    got = repaired(text, [("Hobb", "ORG"), ("Lantern", "ORG"), ("Hobb", "ORG"), ("Lantern Plc", "ORG")])
    assert got == [("Hobb and Lantern", "ORG"), ("Hobb and Lantern Plc", "ORG")]


def test_longer_span_ending_in_a_bound_partner_is_cut_to_it() -> None:
    text = "Critics of Hobb and Lantern were loud. The row over the U.K. Firm Hobb and Lantern Plc's stake grew."
    got = repaired(text, [("Hobb", "ORG"), ("Lantern", "ORG"), ("U.K. Firm Hobb", "ORG"), ("Lantern Plc's", "ORG")])
    assert got == [("Hobb and Lantern", "ORG"), ("Hobb and Lantern Plc's", "ORG")]


def test_two_companies_joined_by_and_stay_apart_when_the_first_stands_alone() -> None:
    text = "Hobb and Lantern Plc agreed a deal. Hobb said it would pay cash."
    got = repaired(text, [("Hobb", "ORG"), ("Lantern Plc", "ORG"), ("Hobb", "ORG")])
    assert got == [("Hobb", "ORG"), ("Lantern Plc", "ORG"), ("Hobb", "ORG")]


def test_lone_surname_coordinated_with_a_full_name_of_that_surname_is_another_person() -> None:
    after = [" spoke on Monday.", " and Joan Brisk will visit Oslo.", " will visit Oslo.", " will go home."]
    frame = pd.DataFrame({"doc_id": ["a", "b", "b", "b"], "start_char": [8, 0, 10, 40],
                          "text": ["Walter Brisk", "Brisk", "Joan Brisk", "Brisk"], "spacy_label": ["PERSON"] * 4,
                          "before": ["Senator ", "", "Brisk and ", "Later "], "after": after})
    out = names.canonicalise(frame)
    assert list(out["canonical"]) == ["Walter Brisk", "Walter Brisk", "Joan Brisk", "Walter Brisk"]


def test_club_word_alone_is_the_one_club_of_the_article_ending_with_it() -> None:
    assert canon_rows([("a", "Harlow United", "ORG"), ("a", "United", "ORG")]) == [("Harlow United", "ORG")] * 2
    two = canon_rows([("a", "Harlow United", "ORG"), ("a", "Dunmore United", "ORG"), ("a", "United", "ORG")])
    assert two[2] == ("United", "ORG")


def test_ampersand_short_form_is_the_corpus_company_of_those_initials() -> None:
    got = canon_rows([("a", "Hale & Dunmore", "ORG"), ("b", "H&D", "ORG")])
    assert got == [("Hale & Dunmore", "ORG"), ("Hale & Dunmore", "ORG")]


def test_one_word_person_between_the_and_a_noun_for_land_is_a_place() -> None:
    text = "The mine lies in the Carrow area of the province. Carrow said output would rise."
    assert repaired(text, [("Carrow", "PERSON"), ("Carrow", "PERSON")]) == [("Carrow", "GPE"), ("Carrow", "PERSON")]
