"""Stop 83 of name merging (issue 12): a short form in brackets whose letters do not fit the name before it (a foreign
acronym beside the English name, a contracted name), and an organisation's name the model cut before "of", "for" or
"on" on its way to such a bracket. Sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop43 import merged_corpus
from test_names_stop76 import canonical_of as canonicals

from helpers.entities import companies, extract, repair


def spans(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(surface, label) of the spans left by span repair of the given (surface, label) entities."""
    raw, at = [], 0
    for surface, label in ents:
        start = text.index(surface, at)
        raw.append([start, start + len(surface), label])
        at = start + len(surface)
    return [(text[s:e], lab) for s, e, lab in repair.repair_entities(text, raw, extract.LABELS)]


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
