"""Stop 59 of name merging (issue 12): an untagged given name and surname right after a one-word nationality is a
person when the article uses the surname alone ("a win over Swedish Carla Brint ... Brint, who"); an untagged name
after a title that ends a paragraph is still found ("under Mr Quaile."); a given name after a comma opens the surname
the model tagged alone ("The founder of Flyaway, Stelios [[Kourakis-Lane]]"); a shop's name before a modal verb is the
firm ("Harwood's can win back"); a place after "places such as" is no person of that first name; "The mayor of London
said" makes no firm of London; a surname tagged a nationality after "of" is the article's person; capitals the article
tags a firm are that firm where tagged a place ("in KT exchanges"); a bracketed acronym that leaves out one word of
the long form before it spells that long form out; "Laura Pennick of Open Rights Watch", tagged one organisation beside
"Ms Pennick", is the person and the organisation; "Northern Westland Bank, known as NorWest," makes NorWest that bank;
a short form is the firm, not a group of its members ("Prudentia Members Action Group"), and the firm whose name ends
in "International"; a name after "named after", tagged a firm, is a person, and no acronym of the firm ("KWD, the
crane maker named after Keith William Dorley"); a lone name whose article says it was founded by its namesake is the
firm, unless titled; a name after "stores such as" is a firm, not the article's spokeswoman of that surname. Sentences
and names written for these tests."""

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


def test_a_shop_name_before_a_modal_verb_is_the_firm_not_its_peer() -> None:
    text = ("J Harwood has reported a fall in profits. Lord Harwood of Ely, a former chairman, has no role.\n\n"
            '"The question is whether Harwood\'s can win back its customers," said an analyst.')
    got = merged(text, [("J Harwood", "ORG"), ("Lord Harwood of Ely", "PERSON"), ("Harwood", "PERSON")])
    assert got[-1] == ("Harwood", "J Harwood", "ORG")


def test_a_place_after_places_such_as_is_no_person_of_that_first_name() -> None:
    text = ("Chelsea Barker, who runs a newsagent in Leyton, said takings had fallen.\n\n"
            "Shops in places such as Chelsea and Islington were already closing.")
    got = merged(text, [("Chelsea Barker", "PERSON"), ("Chelsea", "ORG"), ("Islington", "ORG")])
    assert [(t, c) for t, c, _ in got if t == "Chelsea"] == [("Chelsea", "Chelsea")]


def test_the_mayor_of_a_city_speaking_does_not_make_the_city_a_firm() -> None:
    text = ("The mayor of London said the charge had cut traffic. Members of the London Assembly called it a tax.\n\n"
            "Traffic in central London fell by a fifth.")
    got = merged(text, [("London", "GPE"), ("the London Assembly", "ORG"), ("London", "GPE")])
    assert [(t, c, lab) for t, c, lab in got if t == "London"] == [("London", "London", "GPE")] * 2


def test_a_surname_tagged_a_nationality_after_of_is_the_person() -> None:
    text = ("Former adviser Andrew Kestos has been made a schools minister. Mr Kestos, who headed the unit, is popular.\n\n"
            "Teachers' leaders criticised the appointment of Kestos.")
    got = merged(text, [("Andrew Kestos", "PERSON"), ("Kestos", "PERSON"), ("Kestos", "NORP")])
    assert got[-1] == ("Kestos", "Andrew Kestos", "PERSON")


def test_capitals_the_article_tags_a_firm_are_the_firm_where_tagged_a_place() -> None:
    text = ("KT is to double the speed of its broadband, the consumer arm of KT Group said.\n\n"
            "Rivals have installed equipment in KT exchanges in Leeds. Ofcom is reviewing whether KT should be split up.")
    got = merged(text, [("KT", "GPE"), ("KT Group", "ORG"), ("KT", "GPE"), ("Leeds", "GPE"), ("Ofcom", "ORG"), ("KT", "ORG")])
    assert [(c, lab) for t, c, lab in got if t == "KT"] == [("KT Group", "ORG")] * 3


def test_a_bracketed_acronym_that_leaves_out_one_word_spells_out_the_long_form() -> None:
    text = ("The regulator, the National Committee for the Oversight of Standards of Ferry Services (NCOFS), had complaints.\n\n"
            "NCOFS said it would look at the fares.")
    got = merged(text, [("the National Committee", "ORG"), ("NCOFS", "ORG"), ("NCOFS", "ORG")])
    long = "National Committee for the Oversight of Standards of Ferry Services"
    assert [(t, c) for t, c, _ in got] == [(long, long), ("NCOFS", long), ("NCOFS", long)]


def test_a_person_of_an_organisation_tagged_as_one_organisation_is_split() -> None:
    text = ('Laura Pennick of Open Rights Watch said drivers would be "tracked everywhere".\n\n'
            "Ms Pennick said she feared the data would be shared.")
    got = merged(text, [("Laura Pennick of Open Rights Watch", "ORG"), ("Pennick", "PERSON")])
    assert got == [("Laura Pennick", "Laura Pennick", "PERSON"), ("Open Rights Watch", "Open Rights Watch", "ORG"),
                   ("Pennick", "Laura Pennick", "PERSON")]


def test_a_firm_named_of_a_place_stays_one_firm() -> None:
    text = "Shares in Bank of Scotland rose after Bank of Scotland said profits were up."
    got = merged(text, [("Bank of Scotland", "ORG"), ("Bank of Scotland", "ORG")])
    assert [(t, lab) for t, _, lab in got] == [("Bank of Scotland", "ORG")] * 2


def test_a_name_an_organisation_is_known_as_is_that_organisation() -> None:
    text = ("Banks such as Harbourside and NorWest were targeted. Northern Westland Bank, known as NorWest, said it had "
            "written to all its customers.")
    got = merged(text, [("Harbourside", "ORG"), ("NorWest", "ORG"), ("Northern Westland Bank", "ORG"), ("NorWest", "ORG")])
    assert [c for t, c, _ in got if t == "NorWest"] == ["Northern Westland Bank"] * 2


def test_what_is_known_as_after_a_preposition_is_not_the_organisation() -> None:
    text = "Fans on the hill outside Centre Court, known as Murray Mound, cheered. Centre Court was full."
    got = merged(text, [("Centre Court", "ORG"), ("Murray Mound", "FAC"), ("Centre Court", "ORG")])
    assert [(t, c) for t, c, _ in got if t == "Murray Mound"] == [("Murray Mound", "Murray Mound")]


def test_a_short_form_is_the_firm_not_a_group_of_its_members() -> None:
    text = ("The report into Prudentia Life blamed its managers. Prudentia, the oldest mutual insurer, closed in 2000.\n\n"
            "Paul Braid of the Prudentia Members Action Group said the report was a history lesson.")
    got = merged(text, [("Prudentia Life", "ORG"), ("Prudentia", "ORG"), ("Paul Braid", "PERSON"),
                        ("the Prudentia Members Action Group", "ORG")])
    assert ("Prudentia", "Prudentia Life", "ORG") in got


def test_a_short_form_is_its_firm_ending_in_international() -> None:
    text = "Lord Brack was forced out of Halloran International. He took money from Halloran, which he denies."
    got = merged(text, [("Lord Brack", "PERSON"), ("Halloran International", "ORG"), ("Halloran", "ORG")])
    assert got[-1] == ("Halloran", "Halloran International", "ORG")


def test_a_firm_named_after_its_founder_is_no_acronym_of_his_name() -> None:
    text = "South of the border, KWD, the crane maker named after Keith William Dorley, is chaired by his son Sir Ian Dorley."
    got = merged(text, [("KWD", "ORG"), ("Keith William Dorley", "ORG"), ("Ian Dorley", "PERSON")])
    assert got[:2] == [("KWD", "KWD", "ORG"), ("Keith William Dorley", "Keith William Dorley", "PERSON")]


def test_a_firm_founded_by_its_namesake_is_the_firm_where_alone() -> None:
    text = ("Garraway has reported a 7% rise in profits. Garraway was founded in 1856 by Thomas Garraway, a draper.\n\n"
            "Garraway is now fully independent.")
    got = merged(text, [("Garraway", "PERSON"), ("Garraway", "PERSON"), ("Thomas Garraway", "PERSON"), ("Garraway", "PERSON")])
    assert [(c, lab) for t, c, lab in got if t == "Garraway"] == [("Garraway", "ORG")] * 3


def test_the_founder_named_alone_with_a_title_stays_the_founder() -> None:
    text = "Garraway was founded in 1856 by Thomas Garraway. Mr Garraway died in 1901."
    got = merged(text, [("Garraway", "PERSON"), ("Thomas Garraway", "PERSON"), ("Garraway", "PERSON")])
    assert got[-1] == ("Garraway", "Thomas Garraway", "PERSON")


def test_a_name_after_stores_such_as_is_a_firm_not_the_spokeswoman() -> None:
    text = ('"Sales were strong," said spokeswoman Clare Ferrick. Ms Ferrick said robots sold out.\n\n'
            "Department stores such as Ferrick and Harrods said shoppers had left it late.")
    got = merged(text, [("Clare Ferrick", "PERSON"), ("Ferrick", "PERSON"), ("Ferrick", "PERSON"), ("Harrods", "ORG")])
    assert got[2] == ("Ferrick", "Ferrick", "ORG")
