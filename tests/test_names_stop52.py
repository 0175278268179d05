"""Stop 52 of name merging (issue 12): a family name written first ("Yang" of Yang Yuanqing) is the surname of its
article's full name even when another article names someone with that surname last. Names written for these tests."""

from __future__ import annotations

from test_names import canon_rows


def test_mr_and_a_family_name_written_first_takes_the_articles_person_beside_a_western_namesake() -> None:
    rows = [("a", "Jerry Wang", "PERSON"), ("a", "Wang", "PERSON", "Mr ", " founded the site"),
            ("b", "Wang Lifeng", "PERSON"), ("b", "Wang", "PERSON", "the chairman, Mr ", ", said")]
    got = canon_rows(rows)
    assert got[1] == ("Jerry Wang", "PERSON") and got[3] == ("Wang Lifeng", "PERSON")


def test_mr_and_an_unlisted_word_keeps_the_corpus_surname_reading() -> None:
    rows = [("a", "Rupert Murdstone", "PERSON"), ("b", "Murdstone MacLennan", "PERSON"),
            ("b", "Murdstone", "PERSON", "similar cuts at Mr ", "'s Times")]
    assert canon_rows(rows)[2] == ("Rupert Murdstone", "PERSON")


def test_mr_and_a_double_barrelled_surname_takes_the_one_corpus_name_it_ends() -> None:
    rows = [("a", "Alasdair Fergus Brown", "PERSON"), ("b", "Fergus Brown", "PERSON", "the former leader, Mr ", ", said"),
            ("c", "Fergus Brown", "PERSON", "Mrs ", " said")]
    got = canon_rows(rows)
    assert got[1] == ("Alasdair Fergus Brown", "PERSON") and got[2] == ("Fergus Brown", "PERSON")


def test_an_untitled_two_word_name_is_its_own_person_not_the_tail_of_a_longer_one() -> None:
    rows = [("a", "Alasdair Fergus Brown", "PERSON"), ("b", "Fergus Brown", "PERSON", "striker ", " scored")]
    assert canon_rows(rows)[1] == ("Fergus Brown", "PERSON")
