"""Stop 35 of name merging (issue 12): party nicknames, places and shows beside namesakes, given-name forms, club words.
Sentences and names written for these tests."""

from __future__ import annotations

from test_names import canon_rows
from test_names_short_forms import repaired


def test_the_tories_take_the_party_name_the_corpus_spells_out_first_listed_first() -> None:
    got = canon_rows([("a", "the Conservative Party", "ORG"), ("b", "Conservatives", "NORP", "the ", " said"),
                      ("c", "Tories", "NORP", "the ", " said")])
    assert got[-1] == ("Conservative Party", "ORG")
    got = canon_rows([("b", "Conservatives", "NORP", "the ", " said"), ("c", "Tories", "NORP", "the ", " said")])
    assert got[-1] == ("Conservatives", "ORG")


def test_the_tories_stay_as_written_where_the_corpus_never_names_the_party() -> None:
    assert canon_rows([("c", "Tories", "NORP", "the ", " said")]) == [("Tories", "NORP")]


def test_a_lone_surname_tagged_an_organisation_after_in_is_the_place_not_the_articles_person() -> None:
    rows = [("a", "Maria Felsham", "PERSON", "shop owner ", ", 52,"),
            ("a", "Felsham", "ORG", "Her nearest large supermarket is in ", ", 25 miles")]
    assert canon_rows(rows)[1][0] == "Felsham"


def test_the_first_part_of_a_double_barrelled_surname_is_the_person_even_tagged_a_place() -> None:
    rows = [("a", "Gareth Pryce-Lomax", "PERSON", "Former presenter "), ("a", "Pryce-Lomax", "PERSON", "Mr ", " said"),
            ("a", "Pryce", "GPE", "divided between UKIP and ", ", none of")]
    assert canon_rows(rows)[2] == ("Gareth Pryce-Lomax", "PERSON")


def test_a_show_named_after_its_host_and_tagged_a_place_is_the_show() -> None:
    text = "Gareth Pryce-Lomax hosted the BBC talk show Pryce for years."
    assert repaired(text, [("Gareth Pryce-Lomax", "PERSON"), ("Pryce", "GPE")])[1] == ("Pryce", "WORK_OF_ART")


def test_a_formal_given_name_alone_is_the_person_the_article_names_by_its_short_form() -> None:
    rows = [("a", "Pete Lomond", "PERSON", "singer "), ("a", "Peter", "PERSON", 'His manager said: "', " is fine")]
    assert canon_rows(rows)[1] == ("Pete Lomond", "PERSON")


def test_a_plural_noun_for_people_opening_a_sentence_is_cut_from_the_name() -> None:
    text = "The show won two awards.\n\nStars Matt Quillan and Davina Roe shared the prize."
    got = repaired(text, [("Stars Matt Quillan", "PERSON"), ("Davina Roe", "PERSON")])
    assert got == [("Matt Quillan", "PERSON"), ("Davina Roe", "PERSON")]


def test_a_lower_case_collective_noun_ending_an_organisation_is_cut() -> None:
    text = "The Bexley United board, which rejected the bid, met on Monday. The Wales Tourist Board said nothing."
    got = repaired(text, [("The Bexley United board", "ORG"), ("The Wales Tourist Board", "ORG")])
    assert got == [("The Bexley United", "ORG"), ("The Wales Tourist Board", "ORG")]


def test_a_lone_club_word_is_the_articles_club_even_when_the_club_was_tagged_a_place() -> None:
    rows = [("a", "Bexley City", "GPE", "Arsenal beat ", " 3-1 at home"), ("a", "City", "ORG", "while ", "'s goal came")]
    assert canon_rows(rows)[1] == ("Bexley City", "ORG")
    rows = [("a", "Mexico City", "GPE", "flew to "), ("a", "City", "ORG", "bankers in the ", " said")]
    assert canon_rows(rows)[1][0] == "City"
