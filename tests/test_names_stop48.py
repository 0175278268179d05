"""Stop 48 of name merging (issue 12): a club's town the model tags alone before an untagged "City" or beside a
"County" club, a firm the model tags a place that its own article shows acting as a company ("X's chief executive",
"X's shareholders"), a "person" span ending in an institution word ("X National"), and a possessive short form of a
"X's of Y" firm. Sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop38 import merged

CUP = ("Hartwell won the final after beating Kelbrook City 2-0 at the national stadium. It was a second defeat in a row "
       "for Kelbrook, who lost to Morley last year. Kelbrook manager Owen Price said his players were hurt.")


def test_a_town_tagged_an_organisation_before_an_untagged_city_and_a_score_is_the_club() -> None:
    got = merged(CUP, [("Hartwell", "ORG"), ("Kelbrook", "ORG"), ("Kelbrook", "ORG"), ("Morley", "GPE"),
                       ("Kelbrook", "ORG"), ("Owen Price", "PERSON")])
    assert ("Kelbrook City", "Kelbrook City", "ORG") in got
    assert [c for t, c, _ in got if t == "Kelbrook"] == ["Kelbrook City"] * 2


def test_a_town_tagged_an_organisation_before_city_without_a_score_or_a_teams_verb_is_left_alone() -> None:
    text = "Fans of Kelbrook City Hall concerts and the Kelbrook City walk met on Friday. Kelbrook said no more."
    got = merged(text, [("Kelbrook", "ORG"), ("Kelbrook", "ORG"), ("Kelbrook", "ORG")])
    assert "Kelbrook City" not in [t for t, _, _ in got]


def test_a_town_tagged_an_organisation_beside_its_county_club_is_that_club() -> None:
    text = ("Kelbrook 1-3 Hartwell. Kelbrook County were beaten at home by Hartwell on Saturday. Kelbrook manager Owen "
            "Price said his side had been poor, and Kelbrook now sit fourth in the league.")
    got = merged(text, [("Kelbrook", "ORG"), ("Hartwell", "ORG"), ("Kelbrook County", "ORG"), ("Hartwell", "ORG"),
                        ("Kelbrook", "ORG"), ("Owen Price", "PERSON"), ("Kelbrook", "ORG")])
    assert [c for t, c, _ in got if t == "Kelbrook"] == ["Kelbrook County"] * 3


THORNLEY = ("Doorstep lenders face an inquiry. The biggest, Thornley Financial, said it would co-operate. Thornley's chief "
            "executive Ann Pike said customers were treated fairly.")


def test_a_firm_tagged_a_place_whose_chief_executive_speaks_is_the_firm_its_article_names() -> None:
    got = merged(THORNLEY, [("Thornley Financial", "ORG"), ("Thornley", "GPE"), ("Ann Pike", "PERSON")])
    assert [(c, lab) for t, c, lab in got if t == "Thornley"] == [("Thornley Financial", "ORG")]


def test_a_town_tagged_a_place_stays_one_when_its_article_also_uses_it_as_a_place() -> None:
    text = THORNLEY + " The firm employs 900 people in Thornley."
    got = merged(text, [("Thornley Financial", "ORG"), ("Thornley", "GPE"), ("Ann Pike", "PERSON"), ("Thornley", "GPE")])
    assert [c for t, c, _ in got if t == "Thornley"] == ["Thornley"] * 2


def test_a_person_span_ending_in_national_is_an_organisation_and_its_first_word_its_short_form() -> None:
    text = ("Kestrel National has backed a takeover by a Spanish bank. Kestrel's shareholders will vote next month, "
            "and Kestrel chief executive Rob Dane said the deal was good for savers.")
    got = merged(text, [("Kestrel National", "PERSON"), ("Kestrel", "GPE"), ("Kestrel", "GPE"), ("Rob Dane", "PERSON")])
    assert ("Kestrel National", "Kestrel National", "ORG") in got
    assert [(c, lab) for t, c, lab in got if t == "Kestrel"] == [("Kestrel National", "ORG")] * 2


def test_a_possessive_short_form_of_a_firm_of_a_place_is_that_firm() -> None:
    text = ("The Brent's of Chester insurance market reported lower profits. Brent's chairman Lord Pell said the market "
            "had coped well. Brent's is made up of many syndicates.")
    got = merged(text, [("Brent's of Chester", "ORG"), ("Brent's", "ORG"), ("Lord Pell", "PERSON"), ("Brent's", "ORG")])
    assert [c for t, c, _ in got if t == "Brent's"] == ["Brent's of Chester"] * 2


def test_a_surname_before_of_and_a_place_in_a_persons_name_is_no_firm_short_form() -> None:
    text = "Lord Pell of Chester spoke in the debate. Pell said the market had coped well."
    got = merged(text, [("Lord Pell of Chester", "PERSON"), ("Pell", "PERSON")])
    assert [lab for t, _, lab in got if t == "Pell"] == ["PERSON"]


def test_a_given_name_and_an_institution_word_stays_a_person() -> None:
    text = "Fiona Bank, a teacher from Leeds, won the prize. Ms Bank said she was delighted."
    got = merged(text, [("Fiona Bank", "PERSON"), ("Leeds", "GPE"), ("Ms Bank", "PERSON")])
    assert ("Fiona Bank", "Fiona Bank", "PERSON") in got
