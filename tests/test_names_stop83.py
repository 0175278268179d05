"""Stop 83 of name merging (issue 12): a short form in brackets whose letters do not fit the name before it (a foreign
acronym beside the English name, a contracted name) and a name the model cut on its way to such a bracket, a capital
that is a named person's initial, a zoo and a cabbie, curated short forms (Holyrood only where it is no building's
site), a club after a fixture verb, a market quoted a price, a mixed-case acronym, and a woman's title between a
woman's given name and one of no known sex. Sentences and names written for these tests."""

from __future__ import annotations

from test_names_short_forms import repaired as spans
from test_names_stop43 import merged_corpus
from test_names_stop76 import canonical_of as canonicals

from helpers.entities import companies, context, merging, names


def test_a_foreign_acronym_in_brackets_folds_into_the_english_name_before_it() -> None:
    text = ("The Danish Maritime Safety Board (SOFS) ordered the ferry back to port. SOFS inspectors found the bow doors "
            "had not been sealed.")
    got = merged_corpus({"a": (text, [("The Danish Maritime Safety Board", "ORG"), ("SOFS", "ORG"), ("SOFS", "ORG")])})
    assert canonicals(got, "SOFS") == ["Danish Maritime Safety Board"] * 2


def test_a_contracted_name_in_brackets_folds_into_the_long_name_before_it() -> None:
    text = ("Shares in Compagnie Generale des Eaux Minerales (Vittelia) rose after the takeover talks. Vittelia said "
            "it had hired advisers.")
    got = merged_corpus({"a": (text, [("Compagnie Generale des Eaux Minerales", "ORG"), ("Vittelia", "ORG"),
                                      ("Vittelia", "ORG")])})
    assert canonicals(got, "Vittelia") == ["Compagnie Generale des Eaux Minerales"] * 2


def test_a_short_form_past_the_wire_s_ticker_folds_into_the_name_before_it() -> None:
    text = "Koninklijke Brouwerij Hendriks NV <KBH.AS> (Brohen) said profits rose. Brohen will pay a higher dividend."
    got = merged_corpus({"a": (text, [("Koninklijke Brouwerij Hendriks NV", "ORG"), ("Brohen", "ORG"), ("Brohen", "ORG")])})
    assert canonicals(got, "Brohen") == ["Koninklijke Brouwerij Hendriks NV"] * 2


def test_a_place_or_a_two_word_name_before_a_bracket_is_no_long_form_of_a_word_that_does_not_fit() -> None:
    assert not companies.foreign_short_form("UK", "Imperial Tobacco Group")
    assert not companies.foreign_short_form("Bristol", "Imperial Tobacco Group")
    assert not companies.foreign_short_form("ITGX", "Imperial Tobacco")
    assert not companies.foreign_short_form("Brohen", "le Developpement des Entreprises")
    assert companies.foreign_short_form("Brohen", "Koninklijke Brouwerij Hendriks NV")


def test_a_name_cut_before_for_runs_on_to_its_bracket() -> None:
    text = "They said a Coordinating Council for the Grain Trade (CCG) would meet in June."
    got = spans(text, [("a Coordinating Council", "ORG"), ("the Grain Trade", "ORG"), ("CCG", "ORG")])
    assert ("a Coordinating Council for the Grain Trade", "ORG") in got
    assert ("the Grain Trade", "ORG") not in got


def test_a_name_before_of_with_no_bracket_after_keeps_its_end() -> None:
    text = "Talks between the Coordinating Council and the Grain Board of Ghana ended on Monday."
    got = spans(text, [("the Coordinating Council", "ORG"), ("the Grain Board of Ghana", "ORG")])
    assert ("the Coordinating Council", "ORG") in got


def test_an_initial_before_a_surname_in_a_team_sheet_picks_the_brother_it_opens() -> None:
    text = ("Both brothers started, with Carl Hensby in defence and Paul Hensby in midfield. Rovers: Price, C Hensby, Doyle, "
            "Akins, P Hensby, Mills.")
    got = merged_corpus({"a": (text, [("Carl Hensby", "PERSON"), ("Paul Hensby", "PERSON"), ("Rovers", "ORG"), ("Price", "PERSON"),
                                      ("Hensby", "GPE"), ("Doyle", "PERSON"), ("Akins", "PERSON"), ("Hensby", "GPE"), ("Mills", "PERSON")])})
    assert canonicals(got, "C Hensby") == ["Carl Hensby"]
    assert canonicals(got, "P Hensby") == ["Paul Hensby"]


def test_a_capital_before_a_surname_no_full_name_opens_is_left_alone() -> None:
    text = "Rovers: Price, C Hensby, Doyle, Akins, Mills. Paul Hensby was rested."
    got = spans(text, [("Rovers", "ORG"), ("Price", "PERSON"), ("Hensby", "PERSON"), ("Doyle", "PERSON"), ("Akins", "PERSON"),
                       ("Mills", "PERSON"), ("Paul Hensby", "PERSON")])
    assert ("Hensby", "PERSON") in got and ("C Hensby", "PERSON") not in got


def test_a_zoo_is_no_person() -> None:
    text = "Visitor numbers at Dudley Zoo rose by a fifth last year, its keepers said."
    assert ("Dudley Zoo", "ORG") in spans(text, [("Dudley Zoo", "PERSON")])


def test_a_cabbie_glued_to_a_name_opening_a_sentence_is_cut_from_it() -> None:
    text = "Cabbie Ron Tulley, who has driven a taxi for 30 years, said the meters were a mistake."
    assert ("Ron Tulley", "PERSON") in spans(text, [("Cabbie Ron Tulley", "PERSON")])


def test_holyrood_tagged_an_organisation_is_the_scottish_parliament_its_corpus_names() -> None:
    text = ("The Scottish Parliament will vote on the smoking ban in March. Ministers hope to steer the bill through Holyrood "
            "before the summer recess.")
    got = merged_corpus({"a": (text, [("The Scottish Parliament", "ORG"), ("Holyrood", "ORG")])})
    assert canonicals(got, "Holyrood") == ["Scottish Parliament"]


def test_an_untagged_defra_opening_a_sentence_is_the_department_its_article_spells_out() -> None:
    text = ("The rules were drawn up by the Department for Environment, Food and Rural Affairs. Defra says it has had more "
            "than 2,000 replies.")
    got = merged_corpus({"a": (text, [("the Department for Environment, Food and Rural Affairs", "ORG")])})
    assert canonicals(got, "Defra") == ["Department for Environment, Food and Rural Affairs"]


def test_holyrood_in_an_article_about_the_building_at_holyrood_stays_the_place() -> None:
    text = ("The Scottish Parliament building at Holyrood cost ten times its first estimate. The SNP is the main opposition "
            "party at Holyrood.")
    got = merged_corpus({"a": (text, [("The Scottish Parliament", "ORG"), ("Holyrood", "ORG"), ("SNP", "ORG"), ("Holyrood", "ORG")])})
    assert canonicals(got, "Holyrood") == ["Holyrood"] * 2


def test_a_listed_club_after_a_fixture_verb_in_an_article_about_sport_is_the_club() -> None:
    text = ("Chelsea clinched the Premiership title on Saturday. They face Charlton at Stamford Bridge next weekend, when "
            "they will be presented with the trophy.")
    got = merged_corpus({"a": (text, [("Chelsea", "ORG"), ("Premiership", "ORG"), ("Charlton", "PERSON"), ("Stamford Bridge", "FAC")])})
    assert [lab for _, t, _, lab in got if t == "Charlton"] == ["ORG"]


def test_a_listed_club_word_after_face_outside_sport_keeps_its_tag() -> None:
    text = "Pensioner Edna Charlton, 81, said she would face Charlton in court again if she had to."
    assert context_label_of(text, "Charlton", 1) == "PERSON"


def context_label_of(text: str, word: str, nth: int) -> str:
    """The label `context.context_label` gives the `nth` use (from 0) of a word tagged PERSON."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return context.context_label(text, start, start + len(word), "PERSON")


def test_a_one_word_name_quoted_a_price_beside_a_place_quoted_one_is_a_market() -> None:
    text = ("Spring wheat was steady at 3.10 dlrs for Minneapolis and 3.25 dlrs Fargoville. Other quotes were unchanged with "
            "Fargoville oats at 1.60 dlrs.")
    got = spans(text, [("Minneapolis", "GPE"), ("Fargoville", "PERSON"), ("Fargoville", "PERSON")])
    assert got == [("Minneapolis", "GPE"), ("Fargoville", "GPE"), ("Fargoville", "GPE")]


def test_a_name_quoted_a_price_with_no_place_quoted_one_keeps_its_tag() -> None:
    text = "Analyst Joe Brandt said Hartwell paid 3.25 dlrs for Brandt's shares in the mill."
    got = spans(text, [("Joe Brandt", "PERSON"), ("Hartwell", "PERSON"), ("Brandt", "PERSON")])
    assert ("Brandt", "PERSON") in got


def test_a_mixed_case_acronym_tagged_a_person_is_an_organisation() -> None:
    text = "More journeys are paid for with smartcards, Transport for London has said. TfL says boarding is faster."
    got = merged_corpus({"a": (text, [("Transport for London", "ORG"), ("TfL", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got if t == "TfL"] == [("Transport for London", "ORG")]


def test_a_woman_s_title_takes_the_namesake_whose_given_name_is_a_woman_s_over_one_of_no_known_sex() -> None:
    text = ("The judge, Maureen Tolliver, watched with her husband, the drummer Zak Tolliver. Mrs Tolliver clashed with the "
            "producers twice.")
    got = merged_corpus({"a": (text, [("Maureen Tolliver", "PERSON"), ("Zak Tolliver", "PERSON"), ("Mrs Tolliver", "PERSON")])})
    assert canonicals(got, "Mrs Tolliver") == ["Maureen Tolliver"]



def test_a_man_s_title_is_not_narrowed_to_the_namesake_whose_given_name_is_a_man_s() -> None:
    rules = names.load_rules()
    assert merging.by_sex(["Dennis Tolliver", "Zak Tolliver"], "m", rules) == ["Dennis Tolliver", "Zak Tolliver"]
    assert merging.by_sex(["Maureen Tolliver", "Zak Tolliver"], "f", rules) == ["Maureen Tolliver"]


def test_initials_tell_no_sex_so_a_woman_s_reading_does_not_drop_them() -> None:
    rules = names.load_rules()
    assert merging.by_sex(["Judith Tolliver", "JK Tolliver"], "f", rules) == ["Judith Tolliver", "JK Tolliver"]


def test_a_currency_tagged_a_person_is_no_name() -> None:
    text = "Taiwan's reserves rose to 50 billion U.S. Dlrs at the end of January, the central bank said."
    assert spans(text, [("U.S. Dlrs", "PERSON")]) == []
