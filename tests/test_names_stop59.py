"""Stop 59 of name merging (issue 12): an untagged given name and surname right after a one-word nationality is a
person when the article uses the surname alone ("a win over Swedish Carla Brint ... Brint, who"); an untagged name
after a title that ends a paragraph is still found ("under Mr Quaile."); a given name after a comma opens the surname
the model tagged alone ("The founder of Flyaway, Stelios [[Kourakis-Lane]]"). Sentences and names written for these
tests."""

from __future__ import annotations

from test_names_stop38 import merged


def test_a_name_after_a_nationality_is_a_person_when_its_surname_stands_alone() -> None:
    text = ("Teenager Lucy Harrow reached the semi-finals with a win over Swedish Carla Brint.\n\n"
            "Brint, who beat the top seed last week, served eleven aces.")
    got = merged(text, [("Lucy Harrow", "PERSON"), ("Swedish", "NORP")])
    assert [(t, c, lab) for t, c, lab in got if "Brint" in t] == [("Carla Brint", "Carla Brint", "PERSON"),
                                                                  ("Brint", "Carla Brint", "PERSON")]


def test_a_name_after_a_nationality_needs_its_surname_alone() -> None:
    text = "The fund bought shares in Swedish Carla Brint last year and sold them in May."
    got = merged(text, [("Swedish", "NORP")])
    assert not [t for t, _, _ in got if "Brint" in t]


def test_a_firm_after_a_nationality_is_no_person() -> None:
    text = "Shares in British Land rose. Land said rents were firm."
    got = merged(text, [("British", "NORP")])
    assert not [t for t, _, lab in got if "Land" in t and lab == "PERSON"]


def test_an_untagged_name_after_a_title_at_the_end_of_a_paragraph_is_found() -> None:
    text = "Harwell's has hinted at its first rise in sales in a year under Mr Quaile.\n\nShares rose 2%."
    got = merged(text, [("Harwell's", "ORG")])
    assert ("Quaile", "Quaile", "PERSON") in got


def test_a_given_name_after_a_comma_opens_the_surname_the_model_tagged_alone() -> None:
    text = ("The founder of Flyaway, Stelios Kourakis-Lane, has criticised the board.\n\n"
            "Stelios, who owns a third of the airline, said it was ordering too many planes.")
    got = merged(text, [("Flyaway", "ORG"), ("Kourakis-Lane", "PERSON")])
    assert [(t, c) for t, c, lab in got if lab == "PERSON"] == [("Stelios Kourakis-Lane", "Stelios Kourakis-Lane"),
                                                                ("Stelios", "Stelios Kourakis-Lane")]
