"""Stop 99 of name merging (issue 12): the first word of an organisation named like a person, tagged an organisation
itself, is that organisation's short form ("Anton" of the band Anton Lewis); a surname that is also a word, opening a
sentence before "and fellow co-founder" and a person named in full, is the person; a one-word "person" the article
writes before "chief executive" and a name is a firm; of two namesakes, a lone surname is the one the article named
beside another person of its sentence ("Pell died in 1996 and Harlan in 2001"); an untagged club word in a boxing story
is the club it names in full; a listed work after an adaptation's noun is the work even where its title character is
named alone, and a listed work's surname alone (or its first name tagged a place) is the title character. Read in the
failures of the blind sets KI and KJ and of earlier read sets; sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop86 import merged


def test_the_first_word_of_a_band_named_like_a_person_tagged_an_organisation_is_the_band() -> None:
    text = ("Glasgow band Anton Lewis won best British group at the awards. Their album has sold a million copies. "
            "\"We came from Dundee just to see Anton,\" said one fan.")
    got = merged(text, [("Glasgow", "GPE"), ("Anton Lewis", "ORG"), ("Dundee", "GPE"), ("Anton", "ORG")])
    assert got[-1][1:] == ("Anton Lewis", "ORG")


def test_a_first_word_opening_two_organisations_named_like_people_folds_into_neither() -> None:
    text = ("Glasgow bands Anton Lewis and Anton Grace shared the prizes. \"We came from Dundee just to see Anton,\" said "
            "one fan.")
    got = merged(text, [("Glasgow", "GPE"), ("Anton Lewis", "ORG"), ("Anton Grace", "ORG"), ("Dundee", "GPE"), ("Anton", "ORG")])
    assert got[-1][1] == "Anton"


def test_a_surname_that_is_also_a_word_opening_a_sentence_beside_a_partner_named_in_full_is_the_person() -> None:
    text = ("Co-founder Larry Page said the firm had kept its home page plain. \"Our users love it,\" Mr Page said.\n\n"
            "Page and fellow co-founder Sergey Brin set up the company in 1998.")
    got = merged(text, [("Larry Page", "PERSON"), ("Page", "PERSON"), ("Sergey Brin", "PERSON")])
    assert ("Page", "Larry Page", "PERSON") == got[2]


def test_a_word_opening_a_sentence_before_and_a_stranger_stays_a_word() -> None:
    text = ("Co-founder Larry Page said the firm had kept its home page plain.\n\nPage and fellow reader Tom Hale agreed.")
    got = merged(text, [("Larry Page", "PERSON"), ("Tom Hale", "PERSON")])
    assert len(got) == 2


def test_a_one_word_person_the_article_writes_before_a_chief_executive_is_a_firm() -> None:
    text = "The voyage was backed by Harkmoor. Harkmoor chief executive Gerry Dane said the record was a triumph."
    got = merged(text, [("Harkmoor", "PERSON"), ("Gerry Dane", "PERSON")])
    assert got[0][2] == "ORG"


def test_the_end_of_a_longer_name_before_a_chief_executive_is_no_firm_of_its_own() -> None:
    text = ("The site's butler is named after Harkmoor, the valet of the comic novels. Ask Harkmoor chief executive Gerry "
            "Dane said the deal was a good one.")
    got = merged(text, [("Harkmoor", "PERSON"), ("Ask Harkmoor", "ORG"), ("Gerry Dane", "PERSON")])
    assert got[0][2] == "PERSON"


def test_a_lone_surname_of_two_namesakes_is_the_one_named_beside_the_person_of_its_sentence() -> None:
    text = ("The merger was opposed by Walter Harlan, son of co-founder Bill Harlan. Mr Harlan lost the vote. The firm was "
            "founded in 1939 by Bill Harlan and David Pell. Pell died in 1996 and Harlan in 2001.")
    got = merged(text, [("Walter Harlan", "PERSON"), ("Bill Harlan", "PERSON"), ("Harlan", "PERSON"), ("Bill Harlan", "PERSON"),
                        ("David Pell", "PERSON"), ("Pell", "PERSON"), ("Harlan", "PERSON")])
    assert got[-1][1:] == ("Bill Harlan", "PERSON")


def test_a_lone_surname_whose_partner_was_named_beside_both_namesakes_is_left_to_the_earlier_rules() -> None:
    text = ("Walter Harlan and David Pell met. Bill Harlan and David Pell founded the firm in 1939. Pell died in 1996 and "
            "Harlan in 2001.")
    got = merged(text, [("Walter Harlan", "PERSON"), ("David Pell", "PERSON"), ("Bill Harlan", "PERSON"), ("David Pell", "PERSON"),
                        ("Pell", "PERSON"), ("Harlan", "PERSON")])
    assert got[-1][1] == "Walter Harlan"  # the first named, as before: Pell stood beside both


def test_a_club_word_left_untagged_in_a_boxing_story_is_the_club_it_names_in_full() -> None:
    text = ("Ricky Dane took the light-welterweight title in Sheffield. Dane is a keen Manchester City fan, and several City "
            "players were at ringside.")
    got = merged(text, [("Ricky Dane", "PERSON"), ("Sheffield", "GPE"), ("Dane", "PERSON"), ("Manchester City", "ORG")])
    assert ("City", "Manchester City", "ORG") in got


def test_a_club_word_in_a_story_about_no_sport_stays_a_word() -> None:
    text = "Baker Ricky Dane is a keen Manchester City fan, and several City traders buy his pies."
    got = merged(text, [("Ricky Dane", "PERSON"), ("Manchester City", "ORG")])
    assert not any(t == "City" for t, _, _ in got)


def test_a_listed_work_after_an_adaptation_noun_is_the_work_beside_its_title_character_named_alone() -> None:
    text = "The stage version of Billy Elliot has opened in the West End.\n\nThe part of Billy is shared by three boys."
    got = merged(text, [("Billy Elliot", "PERSON"), ("West End", "LOC"), ("Billy", "PERSON")])
    assert not any(t == "Billy Elliot" for t, _, _ in got)  # the show: a work, no entity of the table
    assert ("Billy", "Billy Elliot", "PERSON") in got


def test_the_last_word_of_a_listed_work_alone_is_its_title_character() -> None:
    text = ("The stage version of Mary Poppins has opened in the West End.\n\nLaura Kell plays the nanny. Poppins arrives "
            "on the east wind.")
    got = merged(text, [("Mary Poppins", "PERSON"), ("West End", "LOC"), ("Laura Kell", "PERSON"), ("Poppins", "PERSON")])
    assert ("Poppins", "Mary Poppins", "PERSON") in got


def test_a_title_characters_first_name_tagged_a_place_is_the_character() -> None:
    text = ("The stage version of Billy Elliot has opened in the West End.\n\nThree boys share the role of Billy. Critics "
            "praised the boys.")
    got = merged(text, [("Billy Elliot", "PERSON"), ("West End", "LOC"), ("Billy", "GPE")])
    assert ("Billy", "Billy Elliot", "PERSON") in got


def test_the_last_word_of_a_listed_work_borne_by_a_person_of_the_article_is_that_person() -> None:
    text = ("The stage version of Mary Poppins has opened in the West End.\n\nProducer Tom Poppins said the show was a hit. "
            "Poppins has spent ten years on it.")
    got = merged(text, [("Mary Poppins", "PERSON"), ("West End", "LOC"), ("Tom Poppins", "PERSON"), ("Poppins", "PERSON")])
    assert got[-1][1] == "Tom Poppins"


def test_the_last_word_of_a_listed_film_alone_is_its_title_character() -> None:
    text = "Disney is to reissue the film Mary Poppins on DVD.\n\nIn one scene Poppins arrives on the east wind."
    got = merged(text, [("Disney", "ORG"), ("Mary Poppins", "PERSON"), ("Poppins", "PERSON")])
    assert ("Poppins", "Mary Poppins", "PERSON") in got
