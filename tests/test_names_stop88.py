"""Stop 88 of name merging (issue 12): a nickname given as "known as The Power" (after the person or opening the
sentence) is that person, but not the namesake of a place it follows ("from Stoke, known as"); a name followed by
", home of the ..." is a place; a name between an owner's possessive and "group" is a firm; "the" and
lower-case words end no name; a firm's first word standing alone is its short form also when the model spanned
"the" with the firm; a lone first name opening a listed work its article names is the title character ("Vera" beside the
film Vera Drake). Read in the failures of the blind sets IQ and IR and of older read sets; sentences and names written
for these tests."""

from __future__ import annotations

from helpers.entities import context
from test_names_stop86 import merged


def test_a_nickname_after_known_as_the_is_the_person_named_before_it() -> None:
    text = ("Dave Harker has won the world darts title. Harker, known as The Hammer, beat Tony Rudd 7-4 in the final.\n\n"
            "\"Tony played brilliantly,\" Harker said.")
    got = merged(text, [("Dave Harker", "PERSON"), ("Harker", "PERSON"), ("The Hammer", "ORG"), ("Tony Rudd", "PERSON"),
                        ("Harker", "PERSON")])
    assert ("The Hammer", "Dave Harker", "PERSON") in got


def test_a_sentence_opening_with_known_as_gives_the_nickname_of_the_person_after_it() -> None:
    text = ("Dave Harker won his ninth world title on Sunday.\n\nKnown as The Hammer, Harker has dominated the game since 1995. "
            "Fan Steve Hammer, 38, travelled from Hull to watch.")
    got = merged(text, [("Dave Harker", "PERSON"), ("The Hammer", "ORG"), ("Harker", "PERSON"), ("Steve Hammer", "PERSON")])
    assert ("The Hammer", "Dave Harker", "PERSON") in got
    assert ("Steve Hammer", "Steve Hammer", "PERSON") in got


def test_known_as_after_a_place_is_not_its_namesakes_nickname() -> None:
    text = ("Dave Harker has won the world title. The 44-year-old from Stoke, known as The Hammer, averaged 100.\n\n"
            "Pub landlord Ray Stoke watched the final at home.")
    got = merged(text, [("Dave Harker", "PERSON"), ("Stoke", "GPE"), ("The Hammer", "ORG"), ("Ray Stoke", "PERSON")])
    assert got[2][1] != "Ray Stoke"


def test_known_as_after_a_firm_gives_no_person() -> None:
    text = "Dave Harker runs the shop. The chain, known as The Hammer, has 40 branches."
    got = merged(text, [("Dave Harker", "PERSON"), ("The Hammer", "ORG")])
    assert got[-1][2] != "PERSON"


def test_a_name_that_is_home_of_something_is_a_place_not_the_articles_namesake() -> None:
    text = ("Owner Graham Ashby, who built the karting track on farmland, said trade was good. \"People ask if I own the other "
            "place as well,\" Mr Ashby said.\n\nThe real Ashby, home of the county show, is about 30 miles away. Mr Ashby said "
            "he kept prices low.")
    got = merged(text, [("Graham Ashby", "PERSON"), ("Ashby", "PERSON"), ("Ashby", "GPE"), ("Ashby", "PERSON")])
    assert got[2] == ("Ashby", "Ashby", "GPE")
    assert got[3][1] == "Graham Ashby"


def test_a_one_word_person_before_home_of_is_relabelled_a_place() -> None:
    text = "The real Ashby, home of the county show, is about 30 miles away."
    at = text.index("Ashby")
    assert context.context_label(text, at, at + len("Ashby"), "PERSON") == "GPE"
    text = "Ashby, who was at home with his family, said nothing."
    assert context.context_label(text, 0, len("Ashby"), "PERSON") == "PERSON"


def test_a_name_between_an_owners_possessive_and_group_is_a_firm() -> None:
    text = "The flight was sponsored by Sir Richard Trent's Halcyon group."
    at = text.index("Halcyon")
    assert context.context_label(text, at, at + len("Halcyon"), "PERSON") == "ORG"


def test_a_firms_first_word_alone_is_its_short_form_when_the_model_spanned_the() -> None:
    text = ("The figures came a day after the Thornbury Building Society reported a small rise in prices. Thornbury said prices "
            "rose 0.4% in January.")
    got = merged(text, [("the Thornbury Building Society", "ORG")])
    assert ("Thornbury", "Thornbury Building Society", "ORG") in got


def test_the_and_lower_case_words_end_no_name() -> None:
    text = ("Imelda Staunton won the award for her role in Mike Leigh's new film.\n\nThe film also won Leigh the prize for "
            "best director.")
    got = merged(text, [("Imelda Staunton", "PERSON"), ("Mike Leigh's", "PERSON"), ("Leigh the prize", "ORG")])
    assert got[-1] == ("Leigh", "Mike Leigh", "PERSON")



def test_a_first_name_opening_a_listed_work_the_article_names_is_its_title_character() -> None:
    text = ("Imelda Staunton won best actress for the British drama Vera Drake on Sunday.\n\n"
            "\"Vera is a woman who did what she thought was right,\" she said.")
    got = merged(text, [("Imelda Staunton", "PERSON"), ("Sunday", "DATE"), ("Vera", "PERSON")])
    assert got[-1] == ("Vera", "Vera Drake", "PERSON")


def test_a_first_name_stays_the_articles_person_of_that_name_beside_a_listed_work() -> None:
    text = ("Dame Vera Lynn watched the British drama Vera Drake on Sunday.\n\n\"Vera is a fine singer,\" her friend said.")
    got = merged(text, [("Vera Lynn", "PERSON"), ("Sunday", "DATE"), ("Vera", "PERSON")])
    assert got[-1][1] != "Vera Drake"
