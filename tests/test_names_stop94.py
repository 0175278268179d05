"""Stop 94 of name merging (issue 12): a one-word name its own words call a club or a firm ("a Chelsea supporters' club",
"a supporter of Chelsea", "The Varden hotel group said") is not the article's person who bears it as a first name or a
surname, though the model tags it a person; where the words say nothing of the kind, the bare name is still the person.
Read in the failures of the blind sets JO and JP; sentences and names written for these tests."""

from __future__ import annotations

from helpers.entities import context
from test_names_stop43 import merged_corpus
from test_names_stop86 import merged


def label_in(text: str, word: str) -> str:
    """The label the context of `word`'s first use gives it, read as if tagged a person."""
    at = text.index(word)
    return context.context_label(text, at, at + len(word), "PERSON")


def test_a_listed_club_after_a_supporter_of_is_the_club() -> None:
    assert label_in("Miss Tarrant, a supporter of Chelsea, said the jokes had stopped.", "Chelsea") == "ORG"
    assert label_in("He has been a fan of the Arsenal since boyhood.", "Arsenal") == "ORG"


def test_a_name_after_a_supporter_of_that_is_no_listed_club_is_left_to_the_model() -> None:
    assert label_in("Mr Okafor, a supporter of Kendrick, said the campaign was fair.", "Kendrick") == "PERSON"


def test_a_club_whose_fans_a_story_names_is_not_the_person_who_has_its_name_as_a_first_name() -> None:
    text = ("Chelsea Marlowe set up Quick Ferrets two years ago with six animals. She has also been asked to run races for "
            "a Chelsea supporters' club in west London. Ms Marlowe said the animals loved the crowds.")
    got = merged(text, [("Chelsea Marlowe", "PERSON"), ("Chelsea", "PERSON"), ("Ms Marlowe", "PERSON")])
    assert got[1] == ("Chelsea", "Chelsea", "ORG")
    assert got[2][1] == "Chelsea Marlowe"


def test_a_club_someone_supports_is_not_the_supporter_with_its_name() -> None:
    text = ("The egg-throwing title went to Chelsea Tarrant, 19, and her father. Miss Tarrant, a supporter of Chelsea, said "
            "she was used to jokes about her name.")
    got = merged(text, [("Chelsea Tarrant", "PERSON"), ("Miss Tarrant", "PERSON"), ("Chelsea", "PERSON")])
    assert got[-1] == ("Chelsea", "Chelsea", "ORG")


def test_a_bare_first_name_that_speaks_is_still_the_person_beside_a_listed_club() -> None:
    text = ("The egg-throwing title went to Chelsea Tarrant, 19, and her father. \"We practised all winter,\" Chelsea said "
            "after the final.")
    got = merged(text, [("Chelsea Tarrant", "PERSON"), ("Chelsea", "PERSON")])
    assert got[-1][1] == "Chelsea Tarrant"


def test_a_surname_before_a_trade_and_group_after_the_is_the_firm_not_the_person() -> None:
    text = ("Socialite Tilly Varden has had her phone hacked. Ms Varden, the great-granddaughter of hotel founder Conrad "
            "Varden, used a Sidekick phone. The Varden hotel group said it had no connection with the incident. Ms Varden "
            "said she was upset.")
    got = merged(text, [("Tilly Varden", "PERSON"), ("Ms Varden", "PERSON"), ("Conrad Varden", "PERSON"),
                        ("Varden", "PERSON"), ("Ms Varden", "PERSON")])
    assert got[3] == ("Varden", "Varden", "ORG")
    assert got[1][1] == "Tilly Varden"


def test_a_surname_tagged_a_place_before_a_trade_and_group_is_the_firm() -> None:
    text = "Ms Varden, the great-granddaughter of hotel founder Conrad Varden, used a phone. The Varden hotel group said so."
    got = merged(text, [("Ms Varden", "PERSON"), ("Conrad Varden", "PERSON"), ("Varden", "GPE")])
    assert got[-1] == ("Varden", "Varden", "ORG")


def test_an_investor_group_called_by_its_leader_is_still_the_leader() -> None:
    text = ("Robert M. Hallam, who controls 25 pct of the stock, wants a sale. Analysts said the Hallam group has been "
            "increasing its stake. He said Hallam pushed for the sale of the stations.")
    got = merged(text, [("Robert M. Hallam", "PERSON"), ("Hallam", "ORG"), ("Hallam", "PERSON")])
    assert [c for _, c, _ in got] == ["Robert M. Hallam"] * 3


def test_a_firm_named_before_group_is_still_one_and_a_bare_surname_that_speaks_is_still_the_person() -> None:
    assert label_in("The store is part of the Kestrel group, which owns 300 shops.", "Kestrel") == "ORG"
    text = ("Socialite Tilly Varden has had her phone hacked. Varden said she would change her password.")
    got = merged(text, [("Tilly Varden", "PERSON"), ("Varden", "PERSON")])
    assert got[-1][1] == "Tilly Varden"


def test_a_given_name_and_a_surname_tagged_a_place_is_a_person_and_its_bare_surname_follows() -> None:
    text = "Brown could partner Gethin Marwood in the centre of defence. Marwood has recently been in talks about a contract."
    got = merged(text, [("Brown", "PERSON"), ("Gethin Marwood", "GPE"), ("Marwood", "GPE")])
    assert got[1:] == [("Gethin Marwood", "Gethin Marwood", "PERSON"), ("Marwood", "Gethin Marwood", "PERSON")]


def test_a_place_opened_by_a_given_name_stays_a_place() -> None:
    text = "Crowds filled Barry Island and Don Valley, and traders in Brent East were busy. Miners Rio Tinto said profits rose."
    got = merged(text, [("Barry Island", "GPE"), ("Don Valley", "LOC"), ("Brent East", "GPE"), ("Rio Tinto", "GPE")])
    assert [lab for _, _, lab in got] == ["GPE", "LOC", "GPE", "GPE"]


def test_a_given_name_and_a_surname_tagged_a_place_after_a_possessive_is_a_person() -> None:
    text = "England's Gethin Marwood charged down a kick. Wales' Bryn Tallis scored. Marwood and Tallis were booked."
    got = merged(text, [("England", "GPE"), ("Gethin Marwood", "GPE"), ("Wales", "GPE"), ("Bryn Tallis", "LOC")])
    assert [lab for _, _, lab in got] == ["GPE", "PERSON", "GPE", "PERSON"]


def test_a_place_named_like_a_person_whose_last_word_is_never_written_alone_stays_a_place() -> None:
    text = "Grain prices rose at Des Morven, the exchange said. Farmers near Des Morven expect a good harvest."
    got = merged(text, [("Des Morven", "GPE"), ("Des Morven", "GPE")])
    assert [lab for _, _, lab in got] == ["GPE", "GPE"]


def test_names_listed_after_a_plural_noun_for_firms_are_firms() -> None:
    text = "Her clients include pubs owned by regional brewers such as Sam Pellow's and Timothy Garside. Trade is down."
    assert label_in(text, "Timothy Garside") == "ORG"
    assert label_in("Sales at chains such as Dunmore and Waverley fell.", "Waverley") == "ORG"
    assert label_in("Singers such as Timothy Garside backed the appeal.", "Timothy Garside") == "PERSON"


def test_a_place_word_in_apposition_to_a_noun_for_a_person_is_the_person_of_that_surname() -> None:
    story = ("Founder Tom Wales said the site was popular. \"We want everyone to use it,\" Mr Wales said. Wales, a former "
             "options trader from Alabama, set up the project in 2001.")
    got = merged_corpus({"a": (story, [("Tom Wales", "PERSON"), ("Mr Wales", "PERSON"), ("Wales", "GPE")]),
                         "b": ("Wales beat England in Cardiff. Wales won the title. Fans in Wales cheered.",
                               [("Wales", "GPE"), ("England", "GPE"), ("Cardiff", "GPE"), ("Wales", "GPE"), ("Wales", "GPE")]),
                         "c": ("Rain fell across Wales. Wales had floods.", [("Wales", "GPE"), ("Wales", "GPE")])})
    assert got[2][2:] == ("Tom Wales", "PERSON")
    assert {lab for doc, _, _, lab in got if doc != "a"} == {"GPE"}


def test_a_make_named_before_a_noun_for_a_made_thing_is_not_the_person_with_its_name() -> None:
    text = ("Gamer Tom Vashti, 24, said he would buy the machine. \"I just hope there's a new Vashti game at launch,\" "
            "Mr Vashti said. Club secretary Janet Pellow said members still ride old Pellow machines.")
    got = merged(text, [("Tom Vashti", "PERSON"), ("Vashti", "ORG"), ("Mr Vashti", "PERSON"), ("Janet Pellow", "PERSON"),
                        ("Pellow", "ORG")])
    assert [(t, c, lab) for t, c, lab in got if t in ("Vashti", "Pellow")] == [("Vashti", "Vashti", "ORG"),
                                                                              ("Pellow", "Pellow", "ORG")]
    assert got[2][1] == "Tom Vashti"


def test_a_surname_tagged_a_firm_that_speaks_is_still_the_person() -> None:
    text = "Gamer Tom Vashti, 24, queued all night. Vashti said he would buy the machine the day it comes out."
    got = merged(text, [("Tom Vashti", "PERSON"), ("Vashti", "ORG")])
    assert got[-1][1:] == ("Tom Vashti", "PERSON")
