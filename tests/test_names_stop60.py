"""Stop 60 of name merging (issue 12): an untagged given name before a surname the article writes after Mr, Mrs, Ms or
Dr is a person even where both are English words ("Pub landlady Joy Bishop" beside "Ms Bishop"), and so are initials
before it ("Author P R Dunmore" beside "Ms Dunmore"); an owner's name right before the firm the model tagged is found
("Mr O'Hanlon's Skyjet"); a work that only ends in a titled name gives way to it ("Moon Aid with Mr Farrant"); "Constable"
opening a person's span is a rank; a firm's own arm is no long form of its short name ("its Pellows Healthcare
International arm"); a mixed-case acronym spells the organisation of its article ("MoCD" of the Ministry of Coastal
Defence); an age makes a person of a name holding a team's word ("Fan Peter Tigers, 52,"); a surname alone is the firm
its article introduces by a person's name ("Bookmakers Wilfred Marsh ... a spokesman for Marsh"). Sentences and names
written for these tests. Names listed after a plural noun for places are places ("two wards, Aston and Bordesley Green");
an apposition calling a name a firm makes it one ("Clifford Chance, the world's largest law firm"), never a person's trade
("a games retailer"); a cafe is no person."""

from __future__ import annotations

from test_names_stop38 import merged


def test_a_given_name_before_a_surname_written_after_ms_is_a_person_though_both_are_words() -> None:
    text = ('"It does not pay the bills," said Owen Bishop, a drinks analyst.\n\n'
            "Pub landlady Joy Bishop, who runs a pub in Richmond, said regulars would be upset.\n\n"
            "Ms Bishop is no relation to the analyst.")
    got = merged(text, [("Owen Bishop", "PERSON"), ("Richmond", "GPE"), ("Ms Bishop", "PERSON")])
    assert [(t, c) for t, c, lab in got if lab == "PERSON"] == [("Owen Bishop", "Owen Bishop"), ("Joy Bishop", "Joy Bishop"),
                                                                ("Ms Bishop", "Joy Bishop")]


def test_words_before_a_surname_written_after_a_title_need_a_given_name() -> None:
    text = "Ms Bishop runs the Mitre in Richmond.\n\nThe Grand Bishop ale sold well there."
    got = merged(text, [("Ms Bishop", "PERSON"), ("Richmond", "GPE")])
    assert not [t for t, _, _ in got if t.endswith(" Bishop") and t != "Ms Bishop"]


def test_initials_before_a_surname_written_after_a_title_are_a_person() -> None:
    text = "Author P R Dunmore has visited the set several times.\n\nMs Dunmore, who is writing a sixth book, said little."
    got = merged(text, [("Ms Dunmore", "PERSON")])
    assert [(t, c) for t, c, lab in got if lab == "PERSON"] == [("P R Dunmore", "P R Dunmore"), ("Ms Dunmore", "P R Dunmore")]


def test_an_owners_name_before_the_firm_the_model_tagged_is_found() -> None:
    text = "Virgin said that Mr O'Hanlon's Skyjet and its rivals had been treated more generously at regional airports."
    got = merged(text, [("Virgin", "ORG"), ("Skyjet", "ORG")])
    assert ("O'Hanlon", "O'Hanlon", "PERSON") in got and ("Skyjet", "Skyjet", "ORG") in got


def test_a_capitalised_run_before_a_tagged_surname_is_no_name_of_its_own() -> None:
    text = "Reality TV expert Dr Kate Trumper, of Goldsmiths College, said the show was a hit."
    got = merged(text, [("Trumper", "PERSON"), ("Goldsmiths College", "ORG")])
    assert not [t for t, _, _ in got if t == "Kate"]


def test_a_work_that_only_ends_in_a_titled_name_gives_way_to_it() -> None:
    text = ("Bob Farrant has announced free concerts.\n\n"
            "Midge Orr, who organised Moon Aid with Mr Farrant in 1985, is also helping.")
    got = merged(text, [("Bob Farrant", "PERSON"), ("Midge Orr", "PERSON"), ("Moon Aid with Mr Farrant", "WORK_OF_ART")])
    assert [(t, c) for t, c, lab in got if "Farrant" in t] == [("Bob Farrant", "Bob Farrant"), ("Farrant", "Bob Farrant")]


def test_constable_opening_a_persons_span_is_a_rank() -> None:
    text = ("Chief Constable Hugh Tallis said the police were confident.\n\n"
            "Sir Hugh said his officers had not named anyone.")
    got = merged(text, [("Constable Hugh Tallis", "PERSON"), ("Hugh", "PERSON")])
    assert [c for _, c, lab in got if lab == "PERSON"] == ["Hugh Tallis", "Hugh Tallis"]


def test_a_painter_called_constable_keeps_his_name() -> None:
    text = "The gallery bought a landscape by John Constable. Constable painted it in 1821."
    got = merged(text, [("John Constable", "PERSON"), ("Constable", "PERSON")])
    assert [c for _, c, _ in got] == ["John Constable", "John Constable"]


def test_a_firms_own_arm_is_no_long_form_of_its_short_name() -> None:
    text = ("Pellows, the chemist chain, is to cut 850 jobs.\n\n"
            "The firm will sell its Pellows Healthcare International arm, which makes cough sweets.\n\n"
            'Pellows was founded in 1849. "Pellows has a terrific brand," he said.')
    got = merged(text, [("Pellows", "ORG"), ("Pellows Healthcare International", "ORG"), ("Pellows", "ORG"), ("Pellows", "ORG")])
    assert [c for t, c, _ in got if t == "Pellows"] == ["Pellows"] * 3


def test_a_long_form_ending_in_international_still_names_its_firm() -> None:
    text = "Shares in Harlow International fell. Harlow said it would sell its newspapers."
    got = merged(text, [("Harlow International", "ORG"), ("Harlow", "ORG")])
    assert got[-1] == ("Harlow", "Harlow International", "ORG")


def test_a_mixed_case_acronym_spells_the_organisation_of_its_article() -> None:
    text = ("The Ministry of Coastal Defence has been criticised by MPs.\n\n"
            '"The MoCD has been reforming itself for years," Mr Hale said.')
    got = merged(text, [("The Ministry of Coastal Defence", "ORG"), ("MoCD", "GPE"), ("Hale", "PERSON")])
    assert ("MoCD", "Ministry of Coastal Defence", "ORG") in got


def test_a_mixed_case_acronym_keeps_small_words_in_small_letters() -> None:
    text = "The Department for Rural Skills and Training opened. The DfRST said places were full."
    got = merged(text, [("The Department for Rural Skills and Training", "ORG"), ("DfRST", "ORG")])
    assert got[-1] == ("DfRST", "Department for Rural Skills and Training", "ORG")


def test_a_mixed_case_name_that_spells_nothing_stays() -> None:
    text = "The Ministry of Coastal Defence met. McDonagh said the MoCF was wrong."
    got = merged(text, [("The Ministry of Coastal Defence", "ORG"), ("McDonagh", "PERSON"), ("MoCF", "ORG")])
    assert got[-1] == ("MoCF", "MoCF", "ORG")


def test_an_arm_written_with_a_company_ending_is_still_the_long_form_of_its_name() -> None:
    text = ("Hartwell said its Dunmore-Lane Inc unit named a new chief executive. "
            "Mr Hand was named chief executive of the Dunmore-Lane, which makes suits.")
    got = merged(text, [("Hartwell", "ORG"), ("Dunmore-Lane Inc", "ORG"), ("Hand", "PERSON"), ("the Dunmore-Lane", "ORG")])
    assert got[-1][1:] == ("Dunmore-Lane Inc", "ORG")


def test_an_age_makes_a_person_of_a_name_that_holds_a_teams_word() -> None:
    text = ("Hull have won promotion under manager Peter Taylor.\n\n"
            'Fan Peter Tigers, 52, said he had been teased about his name all his life.')
    got = merged(text, [("Hull", "ORG"), ("Peter Taylor", "PERSON"), ("Peter Tigers", "PERSON")])
    assert ("Peter Tigers", "Peter Tigers", "PERSON") in got


def test_a_team_name_without_an_age_stays_a_team() -> None:
    text = "Leicester Tigers beat Bath on Saturday."
    got = merged(text, [("Leicester Tigers", "PERSON"), ("Bath", "GPE")])
    assert got[0] == ("Leicester Tigers", "Leicester Tigers", "ORG")


def test_a_firms_surname_alone_is_the_firm_the_article_introduces_by_a_persons_name() -> None:
    text = 'Bookmakers Wilfred Marsh said Owen was favourite. A spokesman for Marsh said: "We have taken a lot of money."'
    got = merged(text, [("Wilfred Marsh", "ORG"), ("Owen", "PERSON"), ("Marsh", "ORG")])
    assert got[-1] == ("Marsh", "Wilfred Marsh", "ORG")


def test_a_surname_beside_a_person_tagged_a_firm_is_not_that_firm() -> None:
    text = ("The company was founded by Bill Hewson and David Pickard. Pickard's son, Walter Pickard, led the opposition.")
    got = merged(text, [("Bill Hewson", "PERSON"), ("David Pickard", "PERSON"), ("Pickard", "ORG"), ("Walter Pickard", "ORG")])
    assert [c for t, c, _ in got if t == "Pickard"] != ["Walter Pickard"]


def test_names_listed_after_a_plural_noun_for_places_are_places() -> None:
    text = ("The judge overturned the results in two wards, Ashby and Carnforth Green, where Labour had won.\n\n"
            "Shopkeeper Ali Rahman, who lives in Carnforth Green, was angry.")
    got = merged(text, [("Ashby", "PERSON"), ("Carnforth Green", "PERSON"), ("Ali Rahman", "PERSON"), ("Carnforth Green", "ORG")])
    assert got[0] == ("Ashby", "Ashby", "GPE") and not [t for t, _, lab in got if t == "Carnforth Green" and lab == "PERSON"]


def test_a_name_in_a_list_after_a_noun_for_people_is_not_a_place() -> None:
    text = "The club signed two wingers, Ashby Collins and Tom Reed, on Friday."
    got = merged(text, [("Ashby Collins", "PERSON"), ("Tom Reed", "PERSON")])
    assert [lab for _, _, lab in got] == ["PERSON", "PERSON"]


def test_an_apposition_calling_a_name_a_firm_makes_it_one_beside_a_person_of_its_surname() -> None:
    text = ("Clifford Dance, the world's largest law firm by revenue, saw profits recover.\n\n"
            'Recruitment consultant Emma Dance said rivals were hiring. "There is a war for talent," Ms Dance said.')
    got = merged(text, [("Clifford Dance", "PERSON"), ("Emma Dance", "PERSON"), ("Ms Dance", "PERSON")])
    assert got[0] == ("Clifford Dance", "Clifford Dance", "ORG")
    assert [c for t, c, _ in got if t == "Ms Dance"] == ["Emma Dance"]


def test_a_persons_trade_in_apposition_is_no_firm() -> None:
    text = "Freeman Boyd, a games retailer in Glasgow, joked about the hero. Kim Cole, the publisher of The Review, laughed."
    got = merged(text, [("Freeman Boyd", "PERSON"), ("Glasgow", "GPE"), ("Kim Cole", "PERSON"), ("The Review", "ORG")])
    assert [lab for t, _, lab in got if t in ("Freeman Boyd", "Kim Cole")] == ["PERSON", "PERSON"]


def test_a_cafe_named_after_its_owner_is_no_person() -> None:
    text = "Jenny Hale, who runs the Hale Cafe near the station, said she had taken out half of her computers."
    got = merged(text, [("Jenny Hale", "PERSON"), ("Hale Cafe", "PERSON")])
    assert ("Hale Cafe", "Hale Cafe", "ORG") in got
