"""Stop 62 of name merging (issue 12): a name where a person just named works or lives is a firm or a place ("said Tamsin
Orrell, of Quarrie Lendle"; "an analyst at Hobbs Fenwick"); a word that opens three or more of an article's firms is their
group, none of them ("Halcyon" beside Halcyon Air, Halcyon Rail and Halcyon Cola); a name listed after "services such
as" is a firm; "bank" introduces a firm; "Mr Coombs' son Ellis" takes the family name; a county side's short form is the
side ("Notts"); a title keeps a person whose surname is a listed place ("Ms Britain"); "the club Prosser supports" leaves
Prosser a person; "Licensee" and an owner's possessive ("The Greens' Dr Loxley") are no part of a name. Sentences and
names written for these tests."""

from __future__ import annotations

from test_names_stop38 import merged


def test_a_name_after_a_quoted_persons_of_is_where_the_person_works() -> None:
    text = '"Advertising will slow this year," said Tamsin Orrell, of Quarrie Lendle.'
    got = merged(text, [("Tamsin Orrell", "PERSON"), ("Quarrie Lendle", "PERSON")])
    assert ("Tamsin Orrell", "Tamsin Orrell", "PERSON") in got
    assert [lab for t, _, lab in got if t == "Quarrie Lendle"] == ["ORG"]


def test_a_listed_town_after_a_persons_of_is_a_place() -> None:
    text = '"We were flooded twice," said Gail Mossop, of Bolton.'
    got = merged(text, [("Gail Mossop", "PERSON"), ("Bolton", "PERSON")])
    assert ("Bolton", "Bolton", "GPE") in got


def test_a_name_after_an_analyst_at_is_the_firm() -> None:
    text = "Sales should recover, said Rhodri Vane, an analyst at Hobbs Fenwick. Mr Vane expects a dividend."
    got = merged(text, [("Rhodri Vane", "PERSON"), ("Hobbs Fenwick", "PERSON"), ("Mr Vane", "PERSON")])
    assert [lab for t, _, lab in got if t == "Hobbs Fenwick"] == ["ORG"]
    assert ("Mr Vane", "Rhodri Vane", "PERSON") in got


def test_an_economist_at_the_bank_names_the_bank() -> None:
    text = "The rise was a surprise, said Owen Tarrant, an economist at the bank Laidley Hume."
    got = merged(text, [("Owen Tarrant", "PERSON"), ("Laidley Hume", "PERSON")])
    assert [lab for t, _, lab in got if t == "Laidley Hume"] == ["ORG"]


def test_a_name_owning_something_after_of_stays_a_person() -> None:
    text = "The plan was drafted by Ruth Keeley, of Gordon Parrish's policy unit. Mr Parrish said it was sound."
    got = merged(text, [("Ruth Keeley", "PERSON"), ("Gordon Parrish", "PERSON"), ("Mr Parrish", "PERSON")])
    assert [lab for t, _, lab in got if t == "Gordon Parrish"] == ["PERSON"]
    assert ("Mr Parrish", "Gordon Parrish", "PERSON") in got


def test_a_word_opening_three_of_an_articles_firms_is_their_group() -> None:
    text = ("Halcyon Air will fly to Boston next year. Halcyon said the route would pay.\n\n"
            "The group also owns Halcyon Rail and Halcyon Cola, and Halcyon plans more.")
    got = merged(text, [("Halcyon Air", "ORG"), ("Halcyon", "ORG"), ("Halcyon Rail", "ORG"), ("Halcyon Cola", "ORG"), ("Halcyon", "ORG")])
    assert [c for t, c, _ in got if t == "Halcyon"] == ["Halcyon", "Halcyon"]


def test_a_word_opening_one_firm_is_still_its_short_form() -> None:
    text = "Halcyon Air will fly to Boston next year. Halcyon said the route would pay."
    got = merged(text, [("Halcyon Air", "ORG"), ("Halcyon", "ORG")])
    assert [c for t, c, _ in got if t == "Halcyon"] == ["Halcyon Air"]


def test_a_name_listed_after_services_such_as_is_a_firm() -> None:
    text = "Legal download services such as Dray Lomas have grown fast this year."
    got = merged(text, [("Dray Lomas", "PERSON")])
    assert [lab for t, _, lab in got if t == "Dray Lomas"] == ["ORG"]


def test_the_bank_before_a_name_makes_it_a_firm() -> None:
    text = "The investment bank Marrow Quist said profits rose."
    got = merged(text, [("Marrow Quist", "PERSON")])
    assert [lab for t, _, lab in got if t == "Marrow Quist"] == ["ORG"]


def test_a_firm_its_institute_and_a_foundation_are_no_group_of_three() -> None:
    text = ("Carrow Microsystems, the Leeds chip firm, doubled its sales. Carrow takes its name from the Carrow Microsystems "
            "Institute, which was funded by the Carrow Foundation.")
    got = merged(text, [("Carrow Microsystems", "ORG"), ("Carrow", "ORG"), ("Carrow Microsystems Institute", "ORG"), ("Carrow Foundation", "ORG")])
    assert [c for t, c, _ in got if t == "Carrow"] == ["Carrow Microsystems"]


def test_a_first_name_after_a_possessive_in_s_apostrophe_and_a_relative_takes_the_family_name() -> None:
    text = "Derek Coombs stood against the minister at the election.\n\nMr Coombs' son Ellis, a soldier, was killed in 2003."
    got = merged(text, [("Derek Coombs", "PERSON"), ("Mr Coombs'", "PERSON"), ("Ellis", "PERSON")])
    assert ("Ellis", "Ellis Coombs", "PERSON") in got


def test_a_county_sides_short_form_is_the_county_named_in_a_cricket_report() -> None:
    text = ("Nottinghamshire beat Kent by six wickets at Trent Bridge to go top of the table.\n\n"
            "Notts needed 212 to win and got there with ten overs to spare.")
    got = merged(text, [("Nottinghamshire", "ORG"), ("Kent", "GPE"), ("Trent Bridge", "FAC"), ("Notts", "ORG")])
    assert [c for t, c, _ in got if t == "Notts"] == ["Nottinghamshire"]


def test_a_title_keeps_a_person_whose_surname_is_a_listed_place() -> None:
    text = "Comedy producer Jane Britain said the station was a training ground.\n\nMs Britain told the BBC a pilot cost little."
    got = merged(text, [("Jane Britain", "PERSON"), ("Ms Britain", "PERSON")])
    assert ("Ms Britain", "Jane Britain", "PERSON") in got


def test_the_club_a_person_supports_leaves_the_person_a_person() -> None:
    text = ("Dale Prosser won the world title on Saturday. Dale Prosser's fans sang all night.\n\n"
            "Among the crowd were players from Stockport, the club Prosser supports. Prosser said he would rest.")
    got = merged(text, [("Dale Prosser", "PERSON"), ("Dale Prosser", "PERSON"), ("Stockport", "GPE"), ("Prosser", "ORG"), ("Prosser", "PERSON")])
    assert [(c, lab) for t, c, lab in got if t == "Prosser"] == [("Dale Prosser", "PERSON")] * 2


def test_a_noun_for_a_person_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = "Licensee Morag Tulloch, who runs a bar in Paisley, said trade would suffer. Ms Tulloch has run it for years."
    got = merged(text, [("Licensee Morag Tulloch", "PERSON"), ("Ms Tulloch", "PERSON")])
    assert ("Morag Tulloch", "Morag Tulloch", "PERSON") in got
    assert ("Ms Tulloch", "Morag Tulloch", "PERSON") in got


def test_an_owners_possessive_before_a_titled_person_is_no_part_of_the_name() -> None:
    text = "Vernon Loxley is the party's Treasury spokesman. The Greens' Dr Loxley said the refund was a gimmick."
    got = merged(text, [("Vernon Loxley", "PERSON"), ("The Greens' Dr Loxley", "PERSON")])
    assert ("Dr Loxley", "Vernon Loxley", "PERSON") in got


def test_a_name_after_of_the_stockbrokers_is_the_firm() -> None:
    text = "Retail analyst Fiona Dunmere, of the stockbrokers Carrow Webley, said the group had a long way to go."
    got = merged(text, [("Fiona Dunmere", "PERSON"), ("Carrow Webley", "PERSON")])
    assert [lab for t, _, lab in got if t == "Carrow Webley"] == ["ORG"]
