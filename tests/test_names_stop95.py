"""Stop 95 of name merging (issue 12): a one-word name the model tags an organisation, right after the article used that
word for a place in the same sentence or the one before, is that place, not the article's person who has it as a surname
("born in the cathedral city of Wells ... 'Wells has its cathedral'" beside the town crier Mr Wells); a listed club the
article named first stays the club in a clause opened by "who" ("Chelsea, who also won the Carling Cup", beside the
publican Dave Chelsea), as British English writes of teams. Read in the failures of the blind set JS; sentences and
names written for these tests."""

from __future__ import annotations

from test_names_stop86 import merged


def test_a_word_tagged_a_firm_right_after_its_place_use_is_the_place_not_the_namesake() -> None:
    text = ("The town crier Alan Wells kept his job after a vote. He was born in the cathedral city of Wells, which he calls "
            "fate. \"Wells has its cathedral and I have my bell,\" he said. Mr Wells will ring on Sunday.")
    got = merged(text, [("Alan Wells", "PERSON"), ("Wells", "GPE"), ("Wells", "ORG"), ("Mr Wells", "PERSON")])
    assert got[2] == ("Wells", "Wells", "GPE")
    assert got[3][1] == "Alan Wells"


def test_a_word_tagged_a_firm_far_from_its_place_use_is_still_the_namesake() -> None:
    text = ("The town crier Alan Wells kept his job after a vote. He was born in the cathedral city of Wells, which he calls "
            "fate. The council met for two hours on Tuesday. Nine councillors backed the post and four opposed it. "
            "Wells said he was delighted.")
    got = merged(text, [("Alan Wells", "PERSON"), ("Wells", "GPE"), ("Wells", "ORG")])
    assert got[2][1:] == ("Alan Wells", "PERSON")


def test_a_firm_named_right_after_a_place_of_that_name_with_no_namesake_stays_a_firm() -> None:
    text = "Output rose at the plant in Halford. Halford said its profits would grow."
    got = merged(text, [("Halford", "GPE"), ("Halford", "ORG")])
    assert got[1][2] == "ORG"


def test_a_person_speaking_right_after_a_place_of_that_name_is_the_person() -> None:
    text = ("The crier Alan Wells was born in the city of Wells. Wells said he would ring the bell at noon.")
    got = merged(text, [("Alan Wells", "PERSON"), ("Wells", "GPE"), ("Wells", "ORG")])
    assert got[2][1:] == ("Alan Wells", "PERSON")


def test_a_club_the_story_named_first_is_still_the_club_in_a_clause_opened_by_who() -> None:
    text = ("Chelsea won the title on Saturday. Chelsea have lost only once all season. Publican Dave Chelsea said the "
            "name had been a curse. Chelsea, who also won the Carling Cup, will lift the trophy next week.")
    got = merged(text, [("Chelsea", "ORG"), ("Chelsea", "ORG"), ("Dave Chelsea", "PERSON"), ("Chelsea", "PERSON")])
    assert got[3] == ("Chelsea", "Chelsea", "ORG")


def test_a_first_name_in_a_clause_opened_by_who_is_the_person_when_no_club_came_first() -> None:
    text = ("Publican Chelsea Dawes said the name had been a curse. Chelsea, who is 34, runs the Crown in Putney.")
    got = merged(text, [("Chelsea Dawes", "PERSON"), ("Chelsea", "PERSON")])
    assert got[1][1:] == ("Chelsea Dawes", "PERSON")


def test_a_name_that_is_no_listed_club_keeps_who_as_the_sign_of_a_person() -> None:
    text = ("Kendrick won the title on Saturday. Kendrick have lost only once. Publican Dave Kendrick said the name had been "
            "a curse. Kendrick, who also won the cup, will lift the trophy.")
    got = merged(text, [("Kendrick", "ORG"), ("Kendrick", "ORG"), ("Dave Kendrick", "PERSON"), ("Kendrick", "PERSON")])
    assert got[3][1:] == ("Dave Kendrick", "PERSON")
