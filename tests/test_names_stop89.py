"""Stop 89 of name merging (issue 12): a title right after an opening quote mark still tells the person's sex ('"Mr Pelling
and ...'); a word the article spells out in brackets after an organisation is that organisation also where the model
tags it a person ("Ruralink's chairman"); a listed band in an article about a concert is the band; a full name tagged an
organisation is a person when its first name and its surname each stand alone as one in its article, even beside a
museum named after it; a street word after the surname of a person named in full makes a site
("packed Pellow Hill"); a lone surname of several bearers is the one named in articles of their own, not a namesake only
ever named beside them; an acronym written as a word and tagged a place is the organisation of the article whose
initials it is ("the Bemta awards"). Read in the failures of the blind sets IU and IV; sentences and names written for
these tests."""

from __future__ import annotations

from helpers.entities import merging, names
from test_names_stop43 import merged_corpus
from test_names_stop86 import merged


def test_a_title_after_an_opening_quote_mark_tells_the_sex() -> None:
    rules = names.load_rules()
    assert merging.title_slot('One voter said: "Mr ', "Pelling") == ["Mr", "Pelling"]
    assert merging.title_sex('One voter said: "Mr ', "Pelling", rules) == "m"
    assert merging.title_sex("(Mrs ", "Pelling", rules) == "f"


def test_mr_after_a_quote_mark_is_the_man_not_his_wife_named_beside_him() -> None:
    got = merged_corpus({
        "a": ("Prime Minister Neil Pelling visited Leeds with his wife Joan Pelling. Mrs Pelling opened a school in Bramley.",
              [("Neil Pelling", "PERSON"), ("Joan Pelling", "PERSON"), ("Mrs Pelling", "PERSON"), ("Bramley", "GPE")]),
        "b": ("Neil Pelling told Labour activists in Bramley that the Tories had no plan for Yorkshire.",
              [("Neil Pelling", "PERSON"), ("Labour", "ORG"), ("Bramley", "GPE"), ("Tories", "NORP"), ("Yorkshire", "GPE")]),
        "c": ("Labour activists in Bramley say the web is changing politics in Yorkshire. \"Mr Pelling never takes questions from "
              "the public,\" said blogger Tom Pitt.",
              [("Labour", "ORG"), ("Bramley", "GPE"), ("Yorkshire", "GPE"), ("Pelling", "PERSON"), ("Tom Pitt", "PERSON")]),
    })
    assert [c for d, t, c, _ in got if d == "c" and t == "Pelling"] == ["Neil Pelling"]


def test_a_word_spelled_out_in_brackets_after_an_organisation_is_it_though_tagged_a_person() -> None:
    text = ("The Village Shops and Rural Traders' Association (Ruralink) says sales rose by 8% last year.\n\nRuralink's "
            "chairman said shoppers would pay for quality.")
    got = merged(text, [("The Village Shops and Rural Traders' Association", "ORG"), ("Ruralink", "PERSON")])
    assert got[-1] == ("Ruralink", "Village Shops and Rural Traders' Association", "ORG")


def test_a_listed_band_in_a_report_of_a_concert_is_the_band() -> None:
    text = "The free concert in Hyde Park will feature Coldplay, Madonna and a reunited Pink Floyd."
    got = merged(text, [("Hyde Park", "FAC"), ("Coldplay", "ORG"), ("Madonna", "PERSON"), ("Pink Floyd", "PERSON")])
    assert got[-1] == ("Pink Floyd", "Pink Floyd", "ORG")


def test_a_full_name_tagged_a_firm_is_a_person_whose_first_name_and_surname_stand_alone() -> None:
    text = ("A museum celebrating the life of Osric Marsh has opened in the village where the poet lived. The Osric Marsh "
            "Museum houses his letters.\n\nMarsh's widow, Clara Marsh, led the project. \"Osric would have loved it,\" "
            "Mrs Marsh said.")
    got = merged(text, [("Osric Marsh", "PERSON"), ("The Osric Marsh Museum", "ORG"), ("Marsh", "PERSON"), ("Clara Marsh", "PERSON"),
                        ("Osric", "PERSON"), ("Mrs Marsh", "PERSON")])
    assert got[0] == ("Osric Marsh", "Osric Marsh", "PERSON")  # the museum named after him made it a firm
    assert ("Osric", "Osric Marsh", "PERSON") in got
    assert ("Mrs Marsh", "Clara Marsh", "PERSON") in got


def test_a_full_name_tagged_a_firm_stays_one_when_only_its_surname_stands_alone() -> None:
    text = "Osric Marsh reported higher profits. Marsh said orders were strong. Osric Marsh Ltd also bought a rival."
    got = merged(text, [("Osric Marsh", "ORG"), ("Marsh", "PERSON"), ("Osric Marsh Ltd", "ORG")])
    assert got[0][2] == "ORG"


def test_a_lone_surname_is_the_bearer_named_in_articles_of_their_own_not_the_one_only_named_beside_them() -> None:
    got = merged_corpus({
        "a": ("Prime Minister Neil Pelling visited Leeds with his wife Joan Pelling. She opened a school in Bramley.",
              [("Neil Pelling", "PERSON"), ("Leeds", "GPE"), ("Joan Pelling", "PERSON"), ("Bramley", "GPE")]),
        "b": ("Neil Pelling told Labour activists in Bramley that the Tories had no plan for Yorkshire.",
              [("Neil Pelling", "PERSON"), ("Labour", "ORG"), ("Bramley", "GPE"), ("Tories", "NORP"), ("Yorkshire", "GPE")]),
        "c": ("Labour has won a third term in Yorkshire. Pelling becomes the first leader to win three elections in Bramley.",
              [("Labour", "ORG"), ("Yorkshire", "GPE"), ("Pelling", "PERSON"), ("Bramley", "GPE")]),
    })
    assert [c for d, t, c, _ in got if d == "c" and t == "Pelling"] == ["Neil Pelling"]


def test_a_lone_surname_of_two_bearers_with_articles_of_their_own_stays_open() -> None:
    got = merged_corpus({
        "a": ("Neil Pelling told Labour activists in Bramley that the Tories had no plan for Yorkshire.",
              [("Neil Pelling", "PERSON"), ("Labour", "ORG"), ("Bramley", "GPE"), ("Tories", "NORP"), ("Yorkshire", "GPE")]),
        "b": ("Goalkeeper Joe Pelling kept a clean sheet as Leeds beat Hull in Yorkshire.",
              [("Joe Pelling", "PERSON"), ("Leeds", "ORG"), ("Hull", "ORG"), ("Yorkshire", "GPE")]),
        "c": ("Pelling said the result in Yorkshire was good news for the fans.",
              [("Pelling", "PERSON"), ("Yorkshire", "GPE")]),
    })
    assert [c for d, t, c, _ in got if d == "c" and t == "Pelling"] == ["Pelling"]


def test_an_acronym_written_as_a_word_and_tagged_a_place_is_the_organisation_whose_initials_it_is() -> None:
    text = ("Rock band Kelpie won two prizes at the Bemta awards in Glasgow. A spokesman for the British Electronic Music and "
            "Theatre Awards said the night was a success.")
    got = merged(text, [("Kelpie", "ORG"), ("Bemta", "GPE"), ("Glasgow", "GPE"), ("the British Electronic Music and Theatre Awards", "ORG")])
    assert got[1] == ("Bemta", "British Electronic Music and Theatre Awards", "ORG")
    assert got[2] == ("Glasgow", "Glasgow", "GPE")


def test_a_street_word_after_the_surname_of_a_person_named_in_full_is_a_site() -> None:
    text = ("Crowds cheered Tom Pellow on the big screens. Fans packed Pellow Hill to watch his second-round win.")
    got = merged(text, [("Tom Pellow", "PERSON"), ("Pellow Hill", "PERSON")])
    assert got[1][2] == "FAC"
    text = "Crowds cheered Tom Pellow. Fans of Damon Hill were there too."
    assert merged(text, [("Tom Pellow", "PERSON"), ("Damon Hill", "PERSON")])[1] == ("Damon Hill", "Damon Hill", "PERSON")


def test_a_lone_surname_stays_open_when_the_namesake_only_named_beside_the_other_is_of_the_same_sex() -> None:
    got = merged_corpus({
        "a": ("Full-back Andy Pelling and midfielder Joe Pelling both started for Chelsea at Highbury.",
              [("Andy Pelling", "PERSON"), ("Joe Pelling", "PERSON"), ("Chelsea", "ORG"), ("Highbury", "FAC")]),
        "b": ("Andy Pelling has signed a new deal with Chelsea, the club said at Highbury.",
              [("Andy Pelling", "PERSON"), ("Chelsea", "ORG"), ("Highbury", "FAC")]),
        "c": ("Pelling scored the winner for Chelsea at Highbury.",
              [("Pelling", "PERSON"), ("Chelsea", "ORG"), ("Highbury", "FAC")]),
    })
    assert [c for d, t, c, _ in got if d == "c" and t == "Pelling"] == ["Pelling"]
