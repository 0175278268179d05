"""Stop 91 of name merging (issue 12): a lone surname said to be "no relation to the prop" is not the namesake the
article calls the prop; a lone name after "a" that opens one of the article's firms, with no person so named, is the
firm's make ('simply "a Hargreaves"'); a name after "a branch of" is a chain; a lone name after "the" in apposition with
a lagoon, a river or a hill is that place, not the article's namesake; a surname glued to "later" in a date span is
the person; a "person" right after "nearby" is a place; a word of capitals before a firm's one-word name ("TR Vantage",
tagged a product) is one firm with it; a nickname a person is "known at Holyrood as" is that person, also where the
model glues the place to it. Read in the failures of the blind sets JC and JD; sentences and names written
for these tests."""

from __future__ import annotations

from test_names_stop86 import merged


def test_a_surname_said_to_be_no_relation_to_the_prop_is_the_other_namesake() -> None:
    text = ("Tries from prop Owain Pritchard and wing Dai Hopkins sealed the win. Soprano Bethan Pritchard sang the anthem "
            "before kick-off. Pritchard, no relation to the prop, said she had been in tears.")
    got = merged(text, [("Owain Pritchard", "PERSON"), ("Dai Hopkins", "PERSON"), ("Bethan Pritchard", "PERSON"),
                        ("Pritchard", "PERSON")])
    assert got[-1][1] == "Bethan Pritchard"


def test_no_relation_to_an_office_no_namesake_holds_leaves_the_surname_to_the_other_rules() -> None:
    text = ("Soprano Bethan Pritchard sang the anthem. Pritchard, no relation to the coach, said she had been in tears.")
    got = merged(text, [("Bethan Pritchard", "PERSON"), ("Pritchard", "PERSON")])
    assert got[-1][1] == "Bethan Pritchard"


def test_a_name_after_a_that_opens_a_firm_is_the_firm() -> None:
    text = ("Hargreaves Fenton, the tractor brand owned by US group Agrico, said it had taken more orders at the show. Its UK "
            'sales manager, Owen Pryce, said older customers often refer to any tractor of a certain age simply as "a Hargreaves".')
    got = merged(text, [("Hargreaves Fenton", "PERSON"), ("US", "GPE"), ("Agrico", "ORG"), ("UK", "GPE"), ("Owen Pryce", "PERSON")])
    assert got[-1] == ("Hargreaves", "Hargreaves Fenton", "ORG")  # the model tagged the firm a person; its lone word is recovered


def test_a_titled_name_after_a_stays_a_person() -> None:
    text = "Hargreaves Tillage said orders had doubled. A Mr Hargreaves rang the firm to complain."
    got = merged(text, [("Hargreaves Tillage", "ORG"), ("Mr Hargreaves", "PERSON")])
    assert got[-1][2] == "PERSON"


def test_a_name_after_a_branch_of_is_the_chain() -> None:
    text = "Sales of games rose by a fifth. At a branch of Zest in central Leeds, more than 300 people queued in the rain."
    got = merged(text, [("Zest", "LOC"), ("Leeds", "GPE")])
    assert got == [("Zest", "Zest", "ORG"), ("Leeds", "Leeds", "GPE")]


def test_a_surname_after_the_in_apposition_with_a_river_is_the_river() -> None:
    text = ('Club secretary Linda Tarrant said the club had bought 20 new canoes. "We have forty children on the water," '
            'Ms Tarrant said. Beginners learn on the Tarrant, the shallow river behind the village, before moving on.')
    got = merged(text, [("Linda Tarrant", "PERSON"), ("Ms Tarrant", "PERSON"), ("Tarrant", "PERSON")])
    assert got[-1][1] == "Tarrant" and got[-1][2] != "PERSON"
    assert got[1][1] == "Linda Tarrant"


def test_a_surname_in_apposition_with_an_office_stays_the_person() -> None:
    text = "Club secretary Linda Tarrant said the club had bought canoes. Tarrant, the club secretary, said the river was high."
    got = merged(text, [("Linda Tarrant", "PERSON"), ("Tarrant", "PERSON")])
    assert got[-1][1:] == ("Linda Tarrant", "PERSON")


def test_a_surname_glued_to_later_in_a_date_span_is_the_person() -> None:
    text = ("United captain Roy Hodgkiss was seen confronting the referee in the tunnel. Hodgkiss later said he had been "
            "protecting a team-mate.")
    got = merged(text, [("Roy Hodgkiss", "PERSON"), ("Hodgkiss later", "DATE")])
    assert ("Hodgkiss", "Roy Hodgkiss", "PERSON") in got


def test_a_date_span_opened_by_no_name_of_the_article_is_left_alone() -> None:
    text = "United captain Roy Hodgkiss was booked. Weeks later the club appealed."
    got = merged(text, [("Roy Hodgkiss", "PERSON"), ("Weeks later", "DATE")])
    assert [t for t, _, _ in got] == ["Roy Hodgkiss"]


def test_a_person_right_after_nearby_is_a_place() -> None:
    text = "Leck Fell has some of Britain's longest caves. Nearby Gaskell Pot is part of the same system."
    got = merged(text, [("Gaskell Pot", "PERSON")])
    assert got[0][2] == "GPE"


def test_a_person_after_nearby_and_a_noun_stays_a_person() -> None:
    text = "Nearby resident Tom Gaskell said the cave rescue team had been called out twice."
    got = merged(text, [("Tom Gaskell", "PERSON")])
    assert got[0][2] == "PERSON"


def test_capitals_before_a_firms_one_word_name_are_one_firm() -> None:
    text = ("Jobs at firms supplying TR Vantage are at risk after the carmaker called in administrators. About 5,000 "
            "people work directly for Vantage.")
    got = merged(text, [("TR Vantage", "PRODUCT"), ("Vantage", "ORG")])
    assert got == [("TR Vantage", "TR Vantage", "ORG"), ("Vantage", "TR Vantage", "ORG")]


def test_a_listed_place_before_a_firms_name_is_not_part_of_it() -> None:
    text = "Vantage said sales rose. The UK Vantage plant will close, said Vantage."
    got = merged(text, [("Vantage", "ORG"), ("Vantage", "ORG"), ("Vantage", "ORG")])  # "UK" left untagged
    assert [t for t, _, _ in got] == ["Vantage"] * 3


def test_a_nickname_known_at_a_place_is_the_person() -> None:
    text = ("Deputy leader Sir Alasdair Dunmore took over the campaign. Sir Alasdair, 58, known at Holyrood as Ally, said the "
            "manifesto would follow. Ally is expected to lead the party.")
    got = merged(text, [("Sir Alasdair Dunmore", "PERSON"), ("Sir Alasdair", "PERSON"), ("Holyrood as Ally", "FAC"), ("Ally", "PERSON")])
    person = got[0][1]
    assert [(t, c) for t, c, _ in got if t == "Ally"] == [("Ally", person), ("Ally", person)]
    assert ("Holyrood", "Holyrood", "FAC") in got


def test_a_place_as_a_name_with_no_known_before_is_left_whole() -> None:
    text = "The firm moved from Leeds to Bradford. It opened its Bradford as Usual campaign."
    got = merged(text, [("Leeds", "GPE"), ("Bradford", "GPE"), ("Bradford as Usual", "WORK_OF_ART")])
    assert "Usual" not in [t for t, _, _ in got]
