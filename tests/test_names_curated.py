"""Stop 32 of name merging (issue 12): acronyms with digits or "&" in brackets, lower-case articles, ampersand names,
leading company words ("Banco"), club nicknames and royal styles. Sentences written for these tests."""

from __future__ import annotations

from helpers.entities import context, royals
from test_names import canon_rows
from test_names_short_forms import canonical, repaired


def test_an_acronym_with_a_digit_spelled_out_in_brackets_is_the_institution_and_so_are_its_later_uses() -> None:
    text = "Ms Orla runs the Wide World Weather Consortium (W3C), which sets rules. The W3C has 90 members."
    got = repaired(text, [("Orla", "PERSON"), ("the Wide World Weather Consortium", "EVENT")])
    assert got == [("Orla", "PERSON"), ("the Wide World Weather Consortium", "ORG"), ("W3C", "ORG"), ("W3C", "ORG")]


def test_an_ampersand_acronym_in_brackets_folds_into_the_union_it_follows() -> None:
    text = "A spokesman for the Haulage and General Drivers' Union (H&G) said talks failed. The H&G will ballot members."
    got = repaired(text, [("the Haulage and General Drivers' Union", "ORG"), ("H&G", "ORG"), ("H&G", "ORG")])
    rows = [("a", name, lab, text[: text.index(name)], text[text.index(name) + len(name):]) for name, lab in got]
    assert canonical(rows) == ["Haulage and General Drivers' Union"] * 3


def test_an_acronym_may_count_the_leading_the_of_the_name() -> None:
    text = "The vote was led by the Harbour Investment Fund (THI), a fund. THI owns 2%."
    got = repaired(text, [("the Harbour Investment Fund", "ORG"), ("THI", "ORG"), ("THI", "ORG")])
    rows = [("a", name, lab, text[: text.index(name)], text[text.index(name) + len(name):]) for name, lab in got]
    assert canonical(rows)[1:] == ["Harbour Investment Fund", "Harbour Investment Fund"]


def test_a_lower_case_article_opens_no_name() -> None:
    assert canonical([("a", "an International Grain Facility", "ORG"), ("a", "a Northern Ports Authority", "ORG")]) == [
        "International Grain Facility", "Northern Ports Authority"]


def test_a_word_written_with_an_ampersand_is_no_place() -> None:
    text = "Shares in B&Q fell, said analysts in Trinidad & Tobago."
    s = text.index("B&Q")
    assert context.context_label(text, s, s + 3, "GPE") == "ORG"
    t = text.index("Trinidad & Tobago")
    assert context.context_label(text, t, t + len("Trinidad & Tobago"), "GPE") == "GPE"


def test_a_bank_named_with_a_leading_banco_has_its_short_form() -> None:
    got = canonical([("a", "Banco Ferreira Atlantico", "ORG"), ("a", "Ferreira", "ORG", "said. ", " chairman Rui Lobo said")])
    assert got == ["Banco Ferreira Atlantico", "Banco Ferreira Atlantico"]


def test_a_club_nickname_is_the_club_its_sport_article_names() -> None:
    text = "Arsenal beat Bolton 2-0 in the league. The Gunners were two goals up at half-time, and the Trotters never recovered."
    got = repaired(text, [("Arsenal", "ORG"), ("Bolton", "GPE"), ("Trotters", "PERSON")])
    assert ("Gunners", "ORG") in got and ("Trotters", "ORG") in got
    rows = [("a", "Arsenal", "ORG"), ("a", "Bolton", "ORG"), ("a", "Gunners", "ORG"), ("a", "Trotters", "ORG")]
    assert canonical(rows) == ["Arsenal", "Bolton", "Arsenal", "Bolton"]


def test_a_nickname_of_two_named_clubs_or_outside_sport_stays_as_written() -> None:
    rows = [("a", "Liverpool", "ORG"), ("a", "Manchester United", "ORG"), ("a", "Reds", "ORG")]
    assert canonical(rows)[2] == "Reds"  # both clubs are "the Reds"
    text = "Arsenal shares rose. Investors called the Gunners a bargain."
    assert ("Gunners", "ORG") not in repaired(text, [("Arsenal", "ORG")])  # no sport word: a nickname is not read


def test_a_nickname_inside_a_longer_name_is_left_to_it() -> None:
    text = "The Leicester Tigers coach said the club beat Hull City 30-3."
    got = repaired(text, [("The Leicester Tigers", "ORG"), ("Hull City", "ORG")])
    assert [name for name, _ in got].count("Tigers") == 0


def test_a_royal_style_is_one_person_mention_not_a_place() -> None:
    text = "The Prince of Wales visited Cardiff. The Prince of Wales's Trust paid for it."
    got = repaired(text, [("Wales", "GPE"), ("Cardiff", "GPE"), ("The Prince of Wales's Trust", "ORG")])
    assert got == [("Prince of Wales", "PERSON"), ("Cardiff", "GPE"), ("The Prince of Wales's Trust", "ORG")]


def test_a_style_of_one_holder_takes_the_name_its_article_gives_and_a_style_of_several_stays() -> None:
    rows = [("a", "Camilla Parker Bowles", "PERSON"), ("a", "Duchess of Cornwall", "PERSON"),
            ("b", "Prince William", "PERSON"), ("b", "Prince of Wales", "PERSON"), ("c", "Duchess of Cornwall", "PERSON")]
    got = canon_rows(rows)
    assert [name for name, _ in got] == ["Camilla Parker Bowles", "Camilla Parker Bowles", "Prince William", "Prince of Wales",
                                         "Duchess of Cornwall"]
    assert len(royals.royal_styles()["Prince of Wales"]) > 1


def test_wm_before_a_surname_is_a_firm_and_its_shop_name_folds_into_it() -> None:
    text = "Supermarket group Wm Pellowe has issued a warning. Shares in Pellowes fell, and Sir Alan Pellowe said sorry."
    got = repaired(text, [("Pellowe", "PERSON"), ("Pellowes", "PERSON"), ("Alan Pellowe", "PERSON")])
    assert got == [("Wm Pellowe", "ORG"), ("Pellowes", "ORG"), ("Alan Pellowe", "PERSON")]
    rows = [("a", "Wm Pellowe", "ORG"), ("a", "Pellowes", "ORG", "Shares in ", " fell"), ("a", "Alan Pellowe", "PERSON"),
            ("a", "Pellowe", "PERSON", "Sir Alan ", "")]
    assert [name for name, _ in canon_rows(rows)][:3] == ["Wm Pellowe", "Wm Pellowe", "Alan Pellowe"]


def test_a_nickname_before_an_apostrophe_and_its_untagged_club_are_org_mentions() -> None:
    text = "Hull City beat Barnsley 2-0 in the league, and the Tykes' manager was angry."
    got = repaired(text, [("Hull City", "ORG")])
    assert got == [("Hull City", "ORG"), ("Barnsley", "ORG"), ("Tykes", "ORG")]


def test_a_town_and_the_untagged_club_word_after_it_are_one_club_and_the_lone_town_is_its_short_form() -> None:
    text = "Stockport County team-mates were sent off in the league game. Stockport are in trouble, fans in Stockport said."
    got = repaired(text, [("Stockport", "GPE"), ("Stockport", "GPE"), ("Stockport", "GPE")])
    assert got == [("Stockport County", "ORG"), ("Stockport", "ORG"), ("Stockport", "GPE")]
    council = "Fans of Stockport City Council met before the league game."
    assert repaired(council, [("Stockport", "GPE")])[0][0] == "Stockport"


def test_a_professor_is_a_titled_person_who_folds_into_the_full_name() -> None:
    text = "Professor Ruth Ollerby of Leeds said so. \"It is late,\" Prof Ollerby said."
    got = repaired(text, [("Ruth Ollerby", "PERSON"), ("Leeds", "GPE"), ("Prof Ollerby", "WORK_OF_ART")])
    assert got[-1] == ("Prof Ollerby", "PERSON")
    assert canonical([("a", "Ruth Ollerby", "PERSON"), ("a", "Prof Ollerby", "PERSON")]) == ["Ruth Ollerby", "Ruth Ollerby"]


def test_a_sentence_opening_with_or_without_is_no_part_of_the_name() -> None:
    text = "Arsenal played without Thierry Vance. \"Without Vance we are a different team,\" the manager said."
    got = repaired(text, [("Arsenal", "ORG"), ("Thierry Vance", "PERSON"), ("Without Vance", "PERSON")])
    assert got[-1] == ("Vance", "PERSON")


def test_a_surname_opening_a_line_after_a_score_line_is_recovered() -> None:
    text = "Two goals from Frank Lannet won it.\n\nBolton 0-2 Chelsea\n\nLannet broke the deadlock early on."
    got = repaired(text, [("Frank Lannet", "PERSON"), ("Bolton", "ORG"), ("Chelsea", "ORG")])
    assert ("Lannet", "PERSON") in got


def test_a_place_tagged_name_after_a_capitals_prefix_is_that_company() -> None:
    got = canonical([("a", "MG Kestrel", "ORG"), ("a", "Kestrel", "GPE", "separated from ", " in 2000")])
    assert got == ["MG Kestrel", "MG Kestrel"]
    kept = canonical([("a", "First Carrow Corp", "ORG"), ("a", "First Carrow", "ORG"), ("a", "Carrow", "GPE", "based in ", ".")])
    assert kept[2] == "Carrow"


def test_a_given_name_tagged_a_place_nowhere_else_is_the_one_person_of_its_article_with_that_first_name() -> None:
    rows = [("a", "Lleyton Garrow", "PERSON"), ("a", "Lleyton", "GPE", "\"I think ", " played well\""),
            ("b", "Paris", "GPE", "flew to ", "."), ("c", "Paris Ollard", "PERSON"), ("c", "Paris", "GPE", "said ", " was best")]
    got = canonical(rows)
    assert got[1] == "Lleyton Garrow" and got[4] == "Paris"  # Paris is a place in article b


def test_two_capitals_are_the_initials_of_the_one_person_of_the_article_so_named() -> None:
    rows = [("a", "Kieran Pellow", "PERSON"), ("a", "KP", "GPE", "\"", " is a special player,\" he said"),
            ("b", "Kieran Pellow", "PERSON"), ("b", "Kestrel Partners", "ORG"), ("b", "KP", "ORG", "shares in ", " fell")]
    got = canonical(rows)
    assert got[1] == "Kieran Pellow" and got[4] != "Kieran Pellow"  # article b has a firm with those initials


def test_a_lone_name_tagged_person_is_the_firm_its_article_introduced_unless_it_reads_as_a_person() -> None:
    rows = [("a", "Pellin", "ORG", "Computer maker ", " has reported a rise"), ("a", "Michael Pellin", "PERSON"),
            ("a", "Pellin", "PERSON", "who started ", " from his room"), ("a", "Pellin", "PERSON", "rose. ", " said he was pleased")]
    got = canon_rows(rows)
    assert got[2] == ("Pellin", "ORG") and got[3] == ("Michael Pellin", "PERSON")
    plain = canon_rows([("b", "Hodgkins", "ORG", "against ", "."), ("b", "Charlie Hodgkins", "PERSON"),
                        ("b", "Hodgkins", "PERSON", "kick from ", " sealed it")])
    assert plain[2] == ("Charlie Hodgkins", "PERSON")  # an ORG tag with no firm's reading makes no firm


def test_a_street_or_site_tagged_person_is_a_place_where_the_article_uses_it_so() -> None:
    text = "Jobs will go at the Mill Lane plant. \"Mill Lane built this town,\" a worker said. Fans sat on Damon Hill's lap."
    got = context.context_labels(text, [[text.index("Mill Lane"), text.index("Mill Lane") + 9, "PERSON"],
                                        [text.index("\"Mill") + 1, text.index("\"Mill") + 10, "PERSON"],
                                        [text.index("Damon Hill"), text.index("Damon Hill") + 10, "PERSON"]])
    assert [lab for _, _, lab in got[:3]] == ["FAC", "FAC", "PERSON"]  # Damon is a given name
    county = "She grew up in County Kerrow, a miner's daughter."
    s = county.index("County Kerrow")
    assert context.context_labels(county, [[s, s + 13, "PERSON"]])[0][2] == "GPE"
