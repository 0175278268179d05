"""Stop 81 of name merging (issue 12): a word of a listed work named like a person, before a noun for a work ("the
third Potter film", "a new Potter book"), is the work and no use of the character's name, so the listed work stays the
work in that article. Sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop43 import merged_corpus
from test_names_stop74 import label_of


def test_a_listed_work_s_word_before_a_noun_for_a_work_is_the_work() -> None:
    text = ("Harry Potter star Rupert Grint has bought a house in Hertfordshire. Grint is filming the fifth Potter film "
            "this summer.")
    got = merged_corpus({"a": (text, [("Harry Potter", "PERSON"), ("Rupert Grint", "PERSON"), ("Hertfordshire", "GPE"),
                                      ("Grint", "PERSON"), ("Potter", "PERSON")])})
    assert label_of(got, "Harry Potter") == []  # a work leaves the table of actors
    assert label_of(got, "Potter") == []


def test_a_listed_work_s_word_used_alone_for_the_character_keeps_the_character() -> None:
    text = ("Harry Potter star Rupert Grint has bought a house in Hertfordshire. In the books, Potter is an orphan "
            "raised by his aunt.")
    got = merged_corpus({"a": (text, [("Harry Potter", "PERSON"), ("Rupert Grint", "PERSON"), ("Hertfordshire", "GPE"),
                                      ("Potter", "PERSON")])})
    assert label_of(got, "Harry Potter") == ["PERSON"]


def test_a_surname_before_a_noun_for_a_work_that_no_listed_work_bears_stays_the_person() -> None:
    text = "Author Jo Hensby has signed a deal for three novels. The first Hensby book will be out in May."
    got = merged_corpus({"a": (text, [("Jo Hensby", "PERSON"), ("Hensby", "PERSON")])})
    assert label_of(got, "Hensby") == ["PERSON"]


def test_a_full_name_after_a_noun_only_for_firms_is_the_firm() -> None:
    text = ("Sales were flat at department store Harold Penfold, which has 30 branches. Shopper Ann Lowe said prices had "
            "risen.")
    got = merged_corpus({"a": (text, [("Harold Penfold", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Harold Penfold") == ["ORG"]


def test_a_full_name_that_founded_the_firm_before_it_stays_the_person() -> None:
    text = "The department store Harold Penfold founded in 1921 has 30 branches. Shopper Ann Lowe said prices had risen."
    got = merged_corpus({"a": (text, [("Harold Penfold", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Harold Penfold") == ["PERSON"]


def test_a_full_name_after_a_noun_that_also_names_a_trade_stays_the_person() -> None:
    text = "Publisher Harold Penfold said sales had doubled. Shopper Ann Lowe said prices had risen."
    got = merged_corpus({"a": (text, [("Harold Penfold", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Harold Penfold") == ["PERSON"]
