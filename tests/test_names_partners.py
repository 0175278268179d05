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


def test_person_span_going_on_with_of_and_a_name_is_cut_before_of_unless_a_title_opens_it() -> None:
    text = "In Norland, talks led by Oren Valdt of Norland stalled. Lord Harrow of Kelby spoke."
    got = repaired(text, [("Norland", "GPE"), ("Oren Valdt of Norland", "PERSON"), ("Lord Harrow of Kelby", "PERSON")])
    assert got[:3] == [("Norland", "GPE"), ("Oren Valdt", "PERSON"), ("Norland", "GPE")]
    assert ("Oren Valdt of Norland", "PERSON") not in got and got[-1][1] == "PERSON" and "of Kelby" in got[-1][0]


def test_one_word_name_in_commas_after_a_company_is_its_short_name_but_not_in_a_list() -> None:
    got = canon_rows([("a", "Vereinigte Kesselwerke AG", "ORG"), ("a", "Verkessel", "GPE", "Vereinigte Kesselwerke AG <VKW.F>, ", ", plans to"),
                      ("a", "Verkessel", "ORG", "said. ", " lost money"), ("b", "Harlan Corp", "ORG"), ("b", "Tolvey", "ORG", "Harlan Corp, ", ", Dunmore")])
    assert got[:3] == [("Vereinigte Kesselwerke AG", "ORG")] * 3 and got[4] == ("Tolvey", "ORG")


def test_short_form_leaves_out_a_legal_form_written_before_the_name() -> None:
    got = canon_rows([("a", "NV Brandel Lampenwerken", "ORG"), ("a", "Brandel", "ORG"), ("b", "AB Torvik", "ORG"), ("b", "Torvik", "ORG")])
    assert got == [("NV Brandel Lampenwerken", "ORG")] * 2 + [("AB Torvik", "ORG")] * 2
    text = "Shares of NV Brandel Lampenwerken rose."
    assert repaired(text, [("NV Brandel", "ORG"), ("Lampenwerken", "PERSON")]) == [("NV Brandel Lampenwerken", "ORG")]


def test_words_before_an_acronym_in_brackets_are_its_long_form_when_the_model_cut_it() -> None:
    text = "A bond for the Banque d'Appui des Villes Riveraines (BAVR) was sold. BAVR said so."
    got = repaired(text, [("Banque", "ORG"), ("Villes Riveraines", "PERSON"), ("BAVR", "ORG"), ("BAVR", "ORG")])
    assert got[0] == ("Banque d'Appui des Villes Riveraines", "ORG") and len(got) == 3
    text = "Talks with Norway's Statens Fiskeri Direktorat (SFD) began."
    assert repaired(text, [("Norway", "GPE"), ("Statens", "ORG"), ("SFD", "ORG")])[:2] == [("Norway", "GPE"), ("Statens Fiskeri Direktorat", "ORG")]


def test_person_span_opening_with_a_legal_form_is_a_company() -> None:
    assert repaired("Shares in NV Brandel Lampenwerken rose.", [("NV Brandel Lampenwerken", "PERSON")]) == [("NV Brandel Lampenwerken", "ORG")]
