"""Stop 86 of name merging (issue 12): surnames with a particle the model leaves untagged or glues to a firm, company names
the model cuts in two, a person's name glued to the end of an office's organisation, and a ticker's bracket inside a
company span. Read in the failures of the Reuters gold sets 6, 8 and 9; sentences and names written for these tests."""

from __future__ import annotations

from test_names_short_forms import repaired as spans
from test_names_stop43 import merged_corpus


def merged(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(surface, canonical, label) of one article's mentions after span repair and merging."""
    return [(t, c, lab) for _, t, c, lab in merged_corpus({"a": (text, ents)})]


def test_an_untagged_surname_opening_with_a_capitalised_particle_is_the_person() -> None:
    text = ("Finance Minister Pieter van Wyngaard said the rand would hold.\n\nVan Wyngaard in announcing the plan said "
            "reserves were adequate.")
    got = merged(text, [("Pieter van Wyngaard", "PERSON")])
    assert ("Van Wyngaard", "Pieter van Wyngaard", "PERSON") in got


def test_a_full_name_with_a_particle_tagged_a_firm_is_the_person_its_capitalised_surname_is() -> None:
    text = ("Deputy Minister Ramon de la Fuente said inflation would ease.\n\nDe la Fuente said food prices had pushed the "
            "index up.")
    got = merged(text, [("Ramon de la Fuente", "ORG")])
    assert got == [("Ramon de la Fuente", "Ramon de la Fuente", "PERSON"), ("De la Fuente", "Ramon de la Fuente", "PERSON")]


def test_a_capitalised_particle_name_with_no_person_so_named_is_left_alone() -> None:
    text = "De Beers said diamond sales rose. Analysts at La Salle Street firms were surprised."
    assert ("De Beers", "PERSON") not in spans(text, [("De Beers", "ORG")])


def test_a_particle_and_surname_glued_to_the_end_of_a_firm_is_the_person() -> None:
    text = ("Tarvex Corp said it appointed Helmut von Brandis as president.\n\nBefore joining Tarvex von Brandis had run a "
            "packaging group.")
    got = spans(text, [("Tarvex Corp", "ORG"), ("Helmut von Brandis", "PERSON"), ("Tarvex von Brandis", "ORG")])
    assert got[2:] == [("Tarvex", "ORG"), ("von Brandis", "PERSON")]


def test_a_firm_cut_before_its_last_name_and_ending_is_one_firm() -> None:
    text = "Lowther Pyne Halvorsen Inc officials declined comment. Lowther said it would fight the bid."
    got = merged(text, [("Lowther Pyne", "ORG"), ("Halvorsen Inc", "ORG"), ("Lowther", "ORG")])
    assert got == [("Lowther Pyne Halvorsen Inc", "Lowther Pyne Halvorsen Inc", "ORG"), ("Lowther", "Lowther Pyne Halvorsen Inc", "ORG")]


def test_a_firm_cut_at_and_before_a_trade_word_and_its_ending_is_one_firm() -> None:
    text = "Brandt Valve and Rubber Co said it would sell its oil unit. Brandt said profit would rise."
    got = merged(text, [("Brandt Valve", "ORG"), ("Rubber Co", "ORG"), ("Brandt", "ORG")])
    assert [c for _, c, _ in got] == ["Brandt Valve and Rubber Co"] * 2


def test_two_firms_joined_by_and_stay_two() -> None:
    text = "Armley Inc and Trading Co agreed to merge. Kessler Brothers and Banking Corp advised them, as did Kessler Brothers alone."
    got = spans(text, [("Armley Inc", "ORG"), ("Trading Co", "ORG"), ("Kessler Brothers", "ORG"), ("Banking Corp", "ORG"),
                       ("Kessler Brothers", "ORG")])
    assert got[:4] == [("Armley Inc", "ORG"), ("Trading Co", "ORG"), ("Kessler Brothers", "ORG"), ("Banking Corp", "ORG")]


def test_two_initials_joined_by_and_open_the_firm_and_its_surname_folds_into_it() -> None:
    text = "Grayson Co will combine its cocoa units with those of R. and T. Hollings PLC. Hollings would contribute two plants."
    got = merged(text, [("Grayson Co", "ORG"), ("R.", "ORG"), ("T. Hollings PLC", "ORG"), ("Hollings", "ORG")])
    assert got[1:] == [("R. and T. Hollings PLC", "R. and T. Hollings PLC", "ORG"), ("Hollings", "R. and T. Hollings PLC", "ORG")]


def test_a_person_glued_to_the_end_of_an_office_organisation_is_the_person() -> None:
    text = ("Brazil's Minister of Trade and Industry Jose Marques told reporters the deal was private. \"It is a matter for "
            "companies,\" Marques said.")
    got = merged(text, [("Brazil", "GPE"), ("Trade and Industry Jose Marques", "ORG"), ("Marques", "PERSON")])
    assert got[1:] == [("Trade and Industry", "Trade and Industry", "ORG"), ("Jose Marques", "Jose Marques", "PERSON"),
                       ("Marques", "Jose Marques", "PERSON")]


def test_a_firm_whose_last_word_is_a_surname_is_not_cut() -> None:
    text = "Cie des Machines Moreau said sales rose. Moreau said it would hire."
    assert spans(text, [("Cie des Machines Moreau", "ORG"), ("Moreau", "PERSON")])[0] == ("Cie des Machines Moreau", "ORG")


def test_a_tickers_open_bracket_is_cut_from_the_company() -> None:
    text = "Westvaal Mining Holdings Ltd (WVMH.J) chairman Piet Botha said output fell. Westvaal Mining said gold sales rose."
    got = merged(text, [("Westvaal Mining Holdings Ltd (WVMH.J", "ORG"), ("Piet Botha", "PERSON"), ("Westvaal Mining", "ORG")])
    assert got[0][:2] == ("Westvaal Mining Holdings Ltd", "Westvaal Mining Holdings Ltd")
    assert got[-1][1] == "Westvaal Mining Holdings Ltd"


def test_a_full_name_tagged_a_firm_keeps_its_given_names_and_a_partner_list_is_not_cut() -> None:
    text = ("The firm takes its name from its founder Joseph Cyril Bamber. Mr Bamber died in 2001. It was founded by "
            "Bamber and David Packwood in a shed, and Bamber said little.")
    got = spans(text, [("Joseph Cyril Bamber", "ORG"), ("Bamber", "PERSON"), ("Bamber and David Packwood", "ORG"), ("Bamber", "PERSON")])
    assert ("Joseph Cyril Bamber", "PERSON") in got or ("Joseph Cyril Bamber", "ORG") in got
    assert ("Cyril Bamber", "PERSON") not in got and ("Bamber and", "ORG") not in got


# Read in the failures of sets II and IJ (first run), with names changed.

def test_a_surname_of_the_article_and_a_full_name_joined_by_and_are_two_people() -> None:
    text = ("Co-founder Larry Pagett said the service would grow. The company, which was founded by Pagett and Sergey Brinkley "
            "in 1998, has grown quickly.")
    got = merged(text, [("Larry Pagett", "PERSON"), ("Pagett and Sergey Brinkley", "ORG")])
    assert got[1:] == [("Pagett", "Larry Pagett", "PERSON"), ("Sergey Brinkley", "Sergey Brinkley", "PERSON")]


def test_a_listed_town_after_a_district_and_a_comma_is_the_town_beside_a_namesake() -> None:
    text = ("He spoke during a visit to a garden project in Easterhouse, Glasgow. Volunteer Agnes Glasgow said the scheme "
            "had changed lives. \"The kids love it,\" Mrs Glasgow said.")
    got = merged(text, [("Glasgow", "PERSON"), ("Agnes Glasgow", "PERSON"), ("Glasgow", "PERSON")])
    assert got[0] == ("Glasgow", "Glasgow", "GPE") and got[-1][1] == "Agnes Glasgow"


def test_a_one_word_name_in_apposition_with_her_publisher_is_the_firm() -> None:
    text = "Rowling will publish the book in July. Bloomsbury, her UK publisher, said it would print a record first run."
    assert ("Bloomsbury", "ORG") in spans(text, [("Rowling", "PERSON"), ("Bloomsbury", "PERSON")])


def test_a_club_after_a_ground_and_a_comma_that_goes_on_with_a_verb_is_not_made_the_town() -> None:
    text = "Palace drew 2-2 at Charlton, Norwich were beaten 6-0 at Fulham and Southampton lost at home."
    assert ("Norwich", "GPE") not in spans(text, [("Palace", "ORG"), ("Charlton", "ORG"), ("Norwich", "PERSON"), ("Fulham", "ORG")])


def test_a_wife_named_after_his_takes_the_lone_surname_of_the_man_the_pronoun_means() -> None:
    text = ("President Harlow said the budget would pass. As Harlow boarded the helicopter to visit his wife Nancy at the "
            "hospital, he spoke to reporters.")
    got = merged(text, [("Harlow", "PERSON"), ("Harlow", "PERSON"), ("Nancy", "PERSON")])
    assert got[-1] == ("Nancy", "Nancy Harlow", "PERSON")


def test_a_sister_named_after_her_takes_no_lone_first_name_as_a_family_name() -> None:
    text = "Kylie said she was well. Her sister Dannii flew in from London."
    assert merged(text, [("Kylie", "PERSON"), ("Dannii", "PERSON"), ("London", "GPE")])[1][1] == "Dannii"


def test_a_namesakes_town_tagged_a_firm_in_a_list_of_towns_is_the_town() -> None:
    text = ("Pete Lindholm, who runs a charter boat out of Weymouth, said bookings were down. \"My customers come from "
            "Birmingham, Lindholm or London for a day out,\" he said. Mr Lindholm said his boat made 60 trips a year.")
    got = merged(text, [("Pete Lindholm", "PERSON"), ("Weymouth", "GPE"), ("Birmingham", "GPE"), ("Lindholm", "ORG"), ("London", "GPE"),
                        ("Lindholm", "PERSON")])
    assert got[3] == ("Lindholm", "Lindholm", "GPE") and got[-1][1] == "Pete Lindholm"


def test_a_club_in_a_list_of_towns_in_a_sentence_about_sport_keeps_its_label() -> None:
    text = "Leeds, Everton and Liverpool all won on Saturday, and the title race goes on."
    assert spans(text, [("Leeds", "GPE"), ("Everton", "ORG"), ("Liverpool", "GPE")])[1] == ("Everton", "ORG")


def test_where_a_route_from_the_city_centre_ends_is_a_place_beside_a_namesake() -> None:
    text = ("The tram scheme would have run three lines from the city centre to Harewood. Cafe owner Tom Harewood, who trades "
            "on the planned route, said the delay hurt. Mr Harewood said so.")
    got = merged(text, [("Harewood", "PERSON"), ("Tom Harewood", "PERSON"), ("Harewood", "PERSON")])
    assert got[0] == ("Harewood", "Harewood", "GPE") and got[-1][1] == "Tom Harewood"
