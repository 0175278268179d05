"""Stop 101 of name merging (issue 12): "the King" is Elvis Presley in an article that names him in full (a press
nickname, `data/press_nicknames.csv`), and only there. Read in the failures of older read sets; sentences written for
these tests."""

from __future__ import annotations

from test_names_stop86 import merged


def test_the_king_is_elvis_in_an_article_that_names_him() -> None:
    text = ("Elvis Presley is back at number one with a reissued single. \"The King is still the King,\" said one fan who "
            "queued overnight. Sales show the enduring pull of the King among teenagers.")
    got = merged(text, [("Elvis Presley", "PERSON"), ("King", "LOC")])
    assert [(t, c, lab) for t, c, lab in got if t == "King"] == [("King", "Elvis Presley", "PERSON")] * 3


def test_the_king_stays_himself_where_no_presley_is_named() -> None:
    text = "Justin King said Sainsbury's had turned the corner. King has cut prices on 1,000 lines."
    got = merged(text, [("Justin King", "PERSON"), ("Sainsbury's", "ORG"), ("King", "PERSON")])
    assert ("King", "Justin King", "PERSON") in got


def test_the_elder_of_two_namesakes_is_the_one_named_as_the_father() -> None:
    text = ("Chief executive Tom Garside said the airline would add ten routes. Mr Garside, 33, was appointed in 2003 despite "
            "protests that his father, Walter Garside, is the largest shareholder. The elder Garside said he had full "
            "confidence in the board.")
    got = merged(text, [("Tom Garside", "PERSON"), ("Mr Garside", "PERSON"), ("Walter Garside", "PERSON"), ("Garside", "PERSON")])
    assert got[-1] == ("Garside", "Walter Garside", "PERSON")


def test_the_elder_is_the_other_one_beside_a_younger_brother() -> None:
    text = ("Gary Pellow captained the side. His younger brother Phil Pellow came on as a substitute. The manager praised "
            "the elder Pellow as the best defender in the league.")
    got = merged(text, [("Gary Pellow", "PERSON"), ("Phil Pellow", "PERSON"), ("Pellow", "PERSON")])
    assert got[-1] == ("Pellow", "Gary Pellow", "PERSON")


def test_the_younger_namesake_stays_the_son() -> None:
    text = ("Tom Garside runs the airline his father Walter Garside founded. The younger Garside said fares would fall.")
    got = merged(text, [("Tom Garside", "PERSON"), ("Walter Garside", "PERSON"), ("Garside", "PERSON")])
    assert got[-1] == ("Garside", "Tom Garside", "PERSON")


def test_a_town_written_alone_is_the_town_its_article_names_with_its_river() -> None:
    text = ("The firm will create 400 jobs at its headquarters in Melbury-on-Wold. About 300 of the new posts will be in "
            "Melbury, where it already employs 2,000 people. Melbury businesses welcomed the news.")
    got = merged(text, [("Wold", "LOC"), ("Melbury", "ORG"), ("Melbury", "PERSON")])
    assert [(t, c, lab) for t, c, lab in got if t.startswith("Melbury")] == [
        ("Melbury-on-Wold", "Melbury-on-Wold", "GPE"), ("Melbury", "Melbury-on-Wold", "GPE"), ("Melbury", "Melbury-on-Wold", "GPE")]


def test_a_town_word_that_opens_a_club_of_the_article_stays_as_written() -> None:
    text = "Melbury Rovers were beaten at home. The club has played in Melbury-on-Wold since 1901. Melbury lost 2-0."
    got = merged(text, [("Melbury Rovers", "ORG"), ("Melbury", "ORG")])
    assert [c for t, c, _ in got if t == "Melbury"] != ["Melbury-on-Wold"]


def test_a_person_of_the_towns_name_stays_a_person() -> None:
    text = "Joan Melbury runs a tea room in Melbury-on-Wold. Melbury said trade was good."
    got = merged(text, [("Joan Melbury", "PERSON"), ("Melbury", "PERSON")])
    assert ("Melbury", "Joan Melbury", "PERSON") in got
