"""Stop 37 of name merging (issue 12): nouns before names, surname readings after Mr, particles and apostrophes in
surnames, brothers joined by "and". Sentences and names written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import names
from test_names import canon_rows
from test_names_short_forms import repaired


def test_an_organisation_span_of_a_person_noun_and_a_full_name_is_the_person() -> None:
    text = "Rain fell at Aintree.\n\nTrainer Henrietta Knoll said she was heartbroken."
    assert repaired(text, [("Aintree", "GPE"), ("Trainer Henrietta Knoll", "ORG")])[1] == ("Henrietta Knoll", "PERSON")


def test_an_organisation_span_opening_with_a_person_noun_but_no_given_name_stays() -> None:
    text = "Shares rose.\n\nDriver Logistics said profits doubled."
    assert repaired(text, [("Driver Logistics", "ORG")]) == [("Driver Logistics", "ORG")]


def test_model_opening_a_sentence_is_cut_from_the_name() -> None:
    text = "The band played on.\n\nModel Kate Mossop, his girlfriend, watched from the side."
    assert repaired(text, [("Model Kate Mossop", "PERSON")]) == [("Kate Mossop", "PERSON")]


def test_mr_and_a_word_is_the_surname_the_corpus_knows_not_a_first_name_of_the_article() -> None:
    rows = [("a", "Rupert Murdstone", "PERSON"), ("b", "Murdstone MacLennan", "PERSON"),
            ("b", "Murdstone", "PERSON", "similar cuts at Mr ", "'s Times")]
    assert canon_rows(rows)[2] == ("Rupert Murdstone", "PERSON")


def test_mr_and_a_family_name_written_first_still_takes_the_articles_person() -> None:
    rows = [("a", "Yang Yuanqing", "PERSON"), ("a", "Yang", "PERSON", "Mr ", " said")]
    assert canon_rows(rows)[1] == ("Yang Yuanqing", "PERSON")


def test_a_knight_named_by_first_name_before_his_brother_shares_the_surname() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "a", "a"], "text": ["David", "Frederick Barclow", "David"],
                          "spacy_label": ["PERSON"] * 3, "start_char": [40, 54, 96],
                          "before": ["bought by Sir ", "Sir David and Sir ", "brothers. Sir "],
                          "after": [" and Sir Frederick Barclow, the twins", ", the twins", "'s son said"]})
    assert list(names.canonicalise(frame)["canonical"]) == ["David Barclow", "Frederick Barclow", "David Barclow"]


def test_a_particle_surname_takes_the_full_name_of_another_article() -> None:
    rows = [("a", "Raymond van Barnhorst", "PERSON"), ("a", "Phil Tailor", "PERSON"),
            ("b", "Tailor", "PERSON"), ("b", "Van Barnhorst", "PERSON", "take on the Dutchman ", ", who is")]
    assert canon_rows(rows)[3] == ("Raymond van Barnhorst", "PERSON")


def test_a_name_opening_with_a_particle_that_no_longer_name_ends_in_stays_a_full_name() -> None:
    rows = [("a", "Van Morrisey", "PERSON"), ("a", "Morrisey", "PERSON", "Belfast. ", " said")]
    assert [name for name, _ in canon_rows(rows)] == ["Van Morrisey", "Van Morrisey"]


def test_mr_before_an_irish_surname_with_an_apostrophe_is_a_person() -> None:
    text = "Fares fell again.\n\nMr O'Learny said: \"We will charge them for it.\""
    assert ("O'Learny", "PERSON") in repaired(text, [])


def test_a_full_name_tagged_an_organisation_is_the_person_its_article_describes_with_who() -> None:
    text = "Boxing has waited since Lennox Lewbury retired.\n\nLewbury, who watched from the crowd, said it was a fine fight."
    got = repaired(text, [("Boxing", "ORG"), ("Lennox Lewbury", "ORG")])
    assert ("Lennox Lewbury", "PERSON") in got and ("Lewbury", "PERSON") in got


def test_a_club_described_with_who_stays_the_club() -> None:
    text = "Crystal Palace lost at home.\n\nPalace, who were without their captain, slipped to 18th."
    assert repaired(text, [("Crystal Palace", "ORG")])[0] == ("Crystal Palace", "ORG")


def test_a_lower_case_particle_surname_takes_the_articles_full_name() -> None:
    rows = [("a", "Jan de Vrieling", "PERSON"), ("a", "de Vrieling", "PERSON", "economist ", " said")]
    assert canon_rows(rows)[1] == ("Jan de Vrieling", "PERSON")
