"""Stop 96 of name merging (issue 12): a place's name right after "he came from" (a person's pronoun, then "come from")
is where someone is from, the place, not the article's person who has it as a surname ("asked whether he came from
Wales" beside the encyclopedia's founder Mr Wales); an apposition whose noun for a person is written in capitals is a
person's as one in lower case is ("London, a former DJ, says he spent" beside the rink owner Gary London); a listed
club someone "supports" is the club, not the article's woman of that first name ("supports Chelsea" beside the cyclist
Chelsea Hughes); a one-word name whose servers, shareholders or subscribers the text names is a firm ("Steam's servers
were overloaded"). Read in the failures of the blind sets JW and JX; sentences and names written for these tests."""

from __future__ import annotations

from test_names_short_forms import repaired as spans
from test_names_stop86 import merged, merged_corpus

from helpers.entities import context, merging


def test_a_place_someone_came_from_is_the_place_beside_its_namesake() -> None:
    text = ("The web pioneer Tom Wales spoke in Cardiff on Monday. Mr Wales said the site would grow. He joked that he "
            "was often asked whether he came from Wales.")
    got = merged(text, [("Tom Wales", "PERSON"), ("Cardiff", "GPE"), ("Mr Wales", "PERSON"), ("Wales", "PERSON")])
    assert got[3] == ("Wales", "Wales", "GPE")
    assert got[2][1] == "Tom Wales"


def test_a_call_that_came_from_a_person_is_no_place() -> None:
    text = ("The web pioneer Tom Wales spoke in Cardiff on Monday. Mr Wales said the site would grow. The idea for the "
            "site came from Wales, the board said.")
    got = merged(text, [("Tom Wales", "PERSON"), ("Cardiff", "GPE"), ("Mr Wales", "PERSON"), ("Wales", "PERSON")])
    assert got[3][1:] == ("Tom Wales", "PERSON")


def test_come_from_after_a_persons_pronoun_is_a_place_cue_and_after_a_thing_is_not() -> None:
    def cue(text: str, word: str) -> bool:
        start = text.index(word)
        return context.place_cue(text, start, start + len(word))
    assert cue("She comes originally from Hull and moved south.", "Hull")
    assert cue("The singer, who hails from Derby, was there.", "Derby")
    assert not cue("The money came from Hull, the chairman.", "Hull")


def test_an_apposed_noun_for_a_person_in_capitals_is_a_persons() -> None:
    assert merging.apposed_person(", a former DJ, says he spent")
    assert merging.apposed_person(", a former options trader from Alabama,")
    assert not merging.apposed_person(", a former Roman port, has grown")


def test_a_place_word_apposed_to_a_person_noun_in_capitals_is_the_articles_person() -> None:
    rink = ("Gary London opened a roller rink in Sunderland in 2003. \"It went crazy,\" Mr London said. London, a former "
            "DJ, says he spent about £200,000 on the building.")
    city = "Rents rose in London again. Shops in London and flats across London cost more. Buses in London are late."
    got = merged_corpus({"a": (rink, [("Gary London", "PERSON"), ("Sunderland", "GPE"), ("Mr London", "PERSON"), ("London", "GPE")]),
                         "b": (city, [("London", "GPE")] * 4)})
    assert got[3][2:] == ("Gary London", "PERSON")
    assert {c for d, _, c, _ in got if d == "b"} == {"London"}


def test_a_club_someone_supports_is_the_club_beside_a_woman_of_that_first_name() -> None:
    text = ("The cyclist Chelsea Varney won three titles this year. Varney is a keen football fan and supports Chelsea. "
            "She hopes to see the club win the league.")
    got = merged(text, [("Chelsea Varney", "PERSON"), ("Varney", "PERSON"), ("Chelsea", "ORG")])
    assert got[2] == ("Chelsea", "Chelsea", "ORG")


def test_a_first_name_after_a_verb_of_support_that_is_no_listed_club_is_still_the_person() -> None:
    text = ("The cyclist Kendra Varney won three titles this year. The whole village supports Kendra, her coach said.")
    got = merged(text, [("Kendra Varney", "PERSON"), ("Kendra", "PERSON")])
    assert got[1][1:] == ("Kendra Varney", "PERSON")


def test_a_name_whose_servers_or_shareholders_are_written_of_is_a_firm() -> None:
    text = "Gamers complained that Vantor's servers were overloaded on launch day."
    assert context.context_label(text, text.index("Vantor"), text.index("Vantor") + len("Vantor"), "PERSON") == "ORG"
    text = "Vantor's shareholders will vote on the bid next week."
    assert context.context_label(text, text.index("Vantor"), text.index("Vantor") + len("Vantor"), "PERSON") == "ORG"


def test_a_name_whose_friends_are_written_of_stays_a_person() -> None:
    text = "Vantor's friends said he was overloaded with work."
    assert context.context_label(text, text.index("Vantor"), text.index("Vantor") + len("Vantor"), "PERSON") == "PERSON"


def test_a_pet_form_full_name_is_not_the_father_named_with_senior() -> None:
    text = ("The software founder Bill Varney was knighted on Friday. He was joined by his father, William Varney Sr, "
            "a retired lawyer. Mr Varney said he was honoured.")
    got = merged(text, [("Bill Varney", "PERSON"), ("William Varney Sr", "PERSON"), ("Mr Varney", "PERSON")])
    assert got[0][1] == "Bill Varney" and got[1][1] == "William Varney Sr"


def test_a_pet_form_full_name_still_folds_into_the_formal_name() -> None:
    text = "William Varney founded the firm in 1980. Friends call him Bill Varney."
    got = merged(text, [("William Varney", "PERSON"), ("Bill Varney", "PERSON")])
    assert got[1][1] == "William Varney"


def test_an_organisation_named_after_a_couple_is_one_span() -> None:
    text = "He gives most of his money through the Bill and Tessa Varney Foundation, which fights malaria."
    got = spans(text, [("Bill", "PERSON"), ("Tessa Varney Foundation", "ORG")])
    assert got == [("Bill and Tessa Varney Foundation", "ORG")]


def test_two_names_listed_before_an_organisation_stay_apart() -> None:
    text = "Guests included Ronaldo, Raul and Tessa Varney Foundation staff."
    got = spans(text, [("Ronaldo", "PERSON"), ("Raul", "PERSON"), ("Tessa Varney Foundation", "ORG")])
    assert "Raul" in [t for t, _ in got] and ("Tessa Varney Foundation", "ORG") in got


def test_a_wife_named_by_her_first_name_takes_the_surname_of_the_couples_foundation() -> None:
    text = ("The software founder Bill Varney spoke in London. \"Aid works,\" said the economist Jeffrey Stone. The Bill and "
            "Tessa Varney Foundation, which he runs with his wife Tessa, has given billions of dollars.")
    got = merged(text, [("Bill Varney", "PERSON"), ("London", "GPE"), ("Jeffrey Stone", "PERSON"), ("Bill", "PERSON"),
                        ("Tessa Varney Foundation", "ORG"), ("Tessa", "PERSON")])
    assert ("Bill and Tessa Varney Foundation", "Bill and Tessa Varney Foundation", "ORG") in got
    assert got[-1] == ("Tessa", "Tessa Varney", "PERSON")
