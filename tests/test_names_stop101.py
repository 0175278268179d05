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
