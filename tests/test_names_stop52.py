"""Stop 52 of name merging (issue 12): a family name written first ("Yang" of Yang Yuanqing) is the surname of its
article's full name even when another article names someone with that surname last; a titled double-barrelled surname
takes the one corpus name it ends; a listed town after "X said" opens a reported clause, not a speaker; a saint's
possessive is a site. Sentences and names written for these tests."""

from __future__ import annotations

from test_names import canon_rows
from test_names_short_forms import repaired
from test_names_stop43 import merged_corpus


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


def test_a_listed_town_after_someone_said_is_the_place() -> None:
    got = merged_corpus({"a": ("Party leader Mark Dunmore held the seat. Mr Dunmore said Derry had voted for change.",
                               [("Mark Dunmore", "PERSON"), ("Dunmore", "PERSON"), ("Derry", "PERSON")])})
    assert got[2][3] == "GPE"


def test_a_listed_town_after_a_quote_and_said_is_the_speaker() -> None:
    got = merged_corpus({"a": ('"We will fight on," said Derby, a shop owner in the town.', [("Derby", "PERSON")])})
    assert got[0][3] == "PERSON"


def test_a_saints_possessive_is_a_site_not_a_person() -> None:
    text = "The deal took the striker Colin Morrow to St Andrew's, where he scored twice."
    assert repaired(text, [("Colin Morrow", "PERSON"), ("St Andrew's", "PERSON")])[1][1] == "GPE"


def test_a_film_title_that_reads_as_a_name_before_has_and_a_verb_is_the_work() -> None:
    text = "The stage version of the film Tommy Bellamy has opened in the West End to rave reviews."
    assert ("Tommy Bellamy", "PERSON") not in repaired(text, [("Tommy Bellamy", "PERSON"), ("West End", "LOC")])


def test_a_name_after_a_work_noun_that_has_made_it_is_the_maker() -> None:
    text = "Critics praised the film Ray Winsome has made about boxing."
    assert repaired(text, [("Ray Winsome", "PERSON")]) == [("Ray Winsome", "PERSON")]


def test_a_lone_surname_after_a_work_noun_and_had_is_the_person_of_a_relative_clause() -> None:
    text = "His coffin left to the sound of Teenage Kicks, a song Peebles had often called his favourite."
    assert repaired(text, [("Peebles", "PERSON")]) == [("Peebles", "PERSON")]


def test_an_untagged_full_name_ending_in_a_titled_double_barrelled_surname_is_the_person() -> None:
    got = merged_corpus({"a": ("Mr Fergus Brown was ousted in 2003. The party had chosen Iain Fergus Brown in 2001.",
                               [("Fergus Brown", "PERSON")])})
    assert [(t, c) for _, t, c, lab in got if lab == "PERSON"] == [("Fergus Brown", "Iain Fergus Brown"), ("Iain Fergus Brown", "Iain Fergus Brown")]


def test_a_town_opening_a_listed_three_word_club_of_its_article_is_that_club() -> None:
    got = merged_corpus({"a": ("Preston beat Derby 2-0 in the Championship. Preston manager Billy Davies was delighted. "
                               "Derby sit two points ahead of Preston North End.",
                               [("Preston", "GPE"), ("Derby", "GPE"), ("Preston", "GPE"), ("Billy Davies", "PERSON"),
                                ("Derby", "GPE"), ("Preston North End", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got if t.startswith("Preston")] == [("Preston North End", "ORG")] * 3


def test_a_listed_city_tagged_an_organisation_is_not_its_council() -> None:
    got = canon_rows([("a", "Dundee", "ORG", "", " has more games talent than anywhere"), ("a", "Dundee City Council", "ORG", "The ", " has backed plans")])
    assert got[0][0] == "Dundee"


def test_a_firm_named_after_a_town_still_takes_its_short_form() -> None:
    got = canon_rows([("a", "Dundee Cake Company", "ORG"), ("a", "Dundee", "ORG", "", " said profits rose")])
    assert got[1][0] == "Dundee Cake Company"


def test_a_family_name_written_first_takes_its_full_name_across_articles() -> None:
    rows = [("a", "Wang Lifeng", "PERSON"), ("a", "Wang", "PERSON", "Mr ", " said"),
            ("b", "Wang", "PERSON", "the chairman, Mr ", ", told analysts")]
    assert canon_rows(rows)[2] == ("Wang Lifeng", "PERSON")


def test_articles_that_name_the_person_in_full_do_not_count_as_lone_uses_elsewhere() -> None:
    rows = [("a", "Viktor Yanovsky", "PERSON"), ("a", "Yanovsky", "PERSON", "Mr ", " said"),
            ("b", "Yanovsky", "PERSON", "His opponent, Mr ", ", did not attend"),
            ("c", "Yanovsky", "PERSON", "Supporters of Mr ", " set up websites")]
    got = canon_rows(rows)
    assert got[2] == ("Viktor Yanovsky", "PERSON") and got[3] == ("Viktor Yanovsky", "PERSON")


def test_a_listed_racecourse_after_at_is_the_place_beside_a_namesake_punter() -> None:
    got = merged_corpus({"a": ("Hedgehunter won the Grand National at Aintree by 14 lengths. Punter Kevin Aintree, 33, said he had backed the winner.",
                               [("Hedgehunter", "PERSON"), ("Aintree", "PERSON"), ("Kevin Aintree", "PERSON")])})
    assert [(t, lab) for _, t, _, lab in got if "Aintree" in t] == [("Aintree", "GPE"), ("Kevin Aintree", "PERSON")]


def test_a_listed_town_after_a_swipe_at_keeps_the_person_reading() -> None:
    got = merged_corpus({"a": ("Labour MP Joan Ascot spoke. Rivals took a swipe at Ascot over the plan.",
                               [("Joan Ascot", "PERSON"), ("Ascot", "PERSON")])})
    assert got[1][2:] == ("Joan Ascot", "PERSON")


def test_an_untagged_town_before_a_club_role_is_the_club_the_article_names() -> None:
    got = merged_corpus({"a": ("Gretford won the match 7-1 over Elgin City at Raydale Park, and their striker scored four goals. Elgin manager David Robbins admitted his side were outclassed.",
                               [("Gretford", "ORG"), ("Elgin City", "GPE"), ("Raydale Park", "FAC"), ("David Robbins", "PERSON")])})
    assert [(t, c, lab) for _, t, c, lab in got if t.startswith("Elgin")] == [("Elgin City", "Elgin City", "ORG"), ("Elgin", "Elgin City", "ORG")]
