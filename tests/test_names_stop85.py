"""Stop 85 of name merging (issue 12): firms the model cuts into two names at "and" (a listed partnership, one surname
twice), a name after a Romance "of" that ends a bank's or firm's name, a place right before "-based", listed firms
opening a longer name, and wire words tagged a person. Read in the people table of the whole Reuters dev corpus;
sentences and most names written for these tests."""

from __future__ import annotations

from test_names_short_forms import repaired as spans
from test_names_stop43 import merged_corpus


def test_one_surname_twice_joined_by_and_is_the_firm() -> None:
    text = "Pemberton and Pemberton said the regulator had not yet approved its new sleeping pill."
    assert spans(text, [("Pemberton", "PERSON"), ("Pemberton", "PERSON")]) == [("Pemberton and Pemberton", "ORG")]


def test_one_surname_twice_joined_by_an_ampersand_is_the_firm_even_untagged() -> None:
    text = "Shares in Pemberton & Pemberton rose 3 pct after the ruling."
    assert spans(text, []) == [("Pemberton & Pemberton", "ORG")]


def test_two_surnames_joined_by_and_stay_two_people() -> None:
    text = "Senator Walter Hargreave met Governor Ellen Tobin. Hargreave and Tobin agreed on the budget."
    got = spans(text, [("Walter Hargreave", "PERSON"), ("Ellen Tobin", "PERSON"), ("Hargreave", "PERSON"), ("Tobin", "PERSON")])
    assert got[2:] == [("Hargreave", "PERSON"), ("Tobin", "PERSON")]


def test_a_listed_partnership_cut_at_and_is_one_firm() -> None:
    text = "Economist Harriet Doyle of Phillips and Drew said the figures were weaker than expected."
    got = spans(text, [("Harriet Doyle", "PERSON"), ("Phillips", "PERSON"), ("Drew", "PERSON")])
    assert got == [("Harriet Doyle", "PERSON"), ("Phillips and Drew", "ORG")]


def test_a_listed_partnership_with_only_its_second_partner_tagged_is_one_firm() -> None:
    text = "Pratt and Whitney, a unit of United Technologies Corp, said it had won the engine order."
    got = spans(text, [("Whitney", "ORG"), ("United Technologies Corp", "ORG")])
    assert got[0] == ("Pratt and Whitney", "ORG")


def test_a_listed_partnership_inside_a_longer_span_is_left_whole() -> None:
    text = "The order went to Pratt and Whitney Canada Inc, the engine maker said."
    assert spans(text, [("Pratt and Whitney Canada Inc", "ORG")]) == [("Pratt and Whitney Canada Inc", "ORG")]


def test_a_name_after_banco_do_is_the_bank() -> None:
    text = "The Saudis will accept Banco do Brasil credit guarantees, the oil company said."
    got = spans(text, [("Saudis", "NORP"), ("Brasil", "PERSON")])
    assert got == [("Saudis", "NORP"), ("Banco do Brasil", "ORG")]


def test_a_place_after_banque_de_is_the_bank() -> None:
    text = "The Banque de France left its intervention rate unchanged on Monday."
    assert spans(text, [("France", "GPE")]) == [("Banque de France", "ORG")]


def test_a_place_after_a_firm_and_a_portuguese_do_ends_the_firm_s_unit() -> None:
    text = "Sales at Volkswagen do Brasil rose 12 pct in March, the unit said."
    assert spans(text, [("Volkswagen", "ORG"), ("Brasil", "PERSON")]) == [("Volkswagen do Brasil", "ORG")]


def test_a_lower_case_particle_in_a_person_s_name_is_no_firm() -> None:
    text = "Finance Minister Ramiro da Costa said the plan would be ready in May."
    assert ("Ramiro da Costa", "PERSON") in spans(text, [("Ramiro da Costa", "PERSON")])


def test_a_name_right_before_based_is_a_place() -> None:
    text = "A group led by Tortola-based Harbour Capital Ltd said it holds 9.8 pct of the shares."
    got = merged_corpus({"a": (text, [("Tortola", "PERSON"), ("Harbour Capital Ltd", "ORG")])})
    assert [(t, lab) for _, t, _, lab in got][0] == ("Tortola", "GPE")


def test_a_listed_firm_opening_a_longer_name_tagged_a_person_is_a_firm() -> None:
    text = "Morgan Stanley International will lead the 100 mln dlr issue, the borrower said."
    got = merged_corpus({"a": (text, [("Morgan Stanley International", "PERSON")])})
    assert got[0][3] == "ORG"


def test_a_bank_ending_in_na_tagged_a_person_is_a_bank() -> None:
    text = "William Fong, head of treasury at Harbourside Bank NA, said liquidity was ample."
    got = spans(text, [("William Fong", "PERSON"), ("Harbourside Bank NA", "PERSON")])
    assert got[1] == ("Harbourside Bank NA", "ORG")


def test_an_exchange_called_a_bourse_tagged_a_person_is_no_person() -> None:
    text = "Shares in Lyon fell as the Lyon Bourse reopened after the strike."
    got = merged_corpus({"a": (text, [("Lyon", "GPE"), ("Lyon Bourse", "PERSON")])})
    assert [lab for _, t, _, lab in got if t == "Lyon Bourse"] == ["ORG"]


def test_wire_words_opening_a_sentence_tagged_a_person_are_no_name() -> None:
    text = "Available seat miles rose 13.5 pct in February. Shipments to Asia fell to 33,957 units."
    assert spans(text, [("Available", "PERSON"), ("Shipments", "PERSON"), ("Asia", "LOC")]) == [("Asia", "LOC")]


def test_one_word_between_the_and_an_accord_is_no_person() -> None:
    text = "Ministers noted the progress made in carrying out the Versailles accord, and the Versailles meeting was praised."
    got = merged_corpus({"a": (text, [("Versailles", "PERSON"), ("Versailles", "PERSON")])})
    assert [lab for _, _, _, lab in got] == ["EVENT", "EVENT"]


def test_a_surname_before_summit_stays_the_person_the_article_names() -> None:
    text = "President Harold Quimby flew to Geneva. Aides said the Quimby summit would last two days."
    got = merged_corpus({"a": (text, [("Harold Quimby", "PERSON"), ("Geneva", "GPE"), ("Quimby", "PERSON")])})
    assert got[-1][2:] == ("Harold Quimby", "PERSON")


def test_a_town_tagged_an_organisation_that_the_article_calls_a_town_is_no_firm_of_a_namesake() -> None:
    text = ('"Stockley is a canal town," said the hire boat operator Dennis Stockley. Mr Bream has been MP for Stockley '
            "since 1997.")
    got = merged_corpus({"a": (text, [("Stockley", "ORG"), ("Dennis Stockley", "PERSON"), ("Bream", "PERSON"), ("Stockley", "ORG")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Stockley"] == [("Stockley", "GPE"), ("Stockley", "GPE")]


def test_a_name_in_apposition_with_the_constituency_is_the_seat() -> None:
    text = ("Its spokesman, Graham Fernhill, said voters had seen through the plans. Fernhill, the constituency next door, is "
            "held by Labour.")
    got = merged_corpus({"a": (text, [("Graham Fernhill", "PERSON"), ("Fernhill", "PERSON"), ("Labour", "ORG")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Fernhill"] == [("Fernhill", "GPE")]


def test_a_churchwarden_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = "Churchwarden Margaret Hollins, who led the project, said it took 18 months. Mrs Hollins thanked the parish."
    got = merged_corpus({"a": (text, [("Churchwarden Margaret Hollins", "PERSON"), ("Mrs Hollins", "PERSON")])})
    assert [c for _, _, c, _ in got] == ["Margaret Hollins", "Margaret Hollins"]


def test_a_firm_tagged_twice_around_and_stays_two_uses_of_the_firm() -> None:
    text = '"Selly Oak has been Marbury and Marbury has been Selly Oak for as long as I remember," he said of Marbury Motors.'
    got = spans(text, [("Selly Oak", "GPE"), ("Marbury", "ORG"), ("Marbury", "ORG"), ("Selly Oak", "GPE"), ("Marbury Motors", "ORG")])
    assert [t for t, _ in got].count("Marbury") == 2


def test_a_surname_before_administration_is_the_namesake_who_is_president() -> None:
    got = merged_corpus({
        "a": ("President Ronald Halvorsen said the budget would pass. Halvorsen spoke in Ohio.",
              [("Ronald Halvorsen", "PERSON"), ("Halvorsen", "PERSON"), ("Ohio", "GPE")]),
        "b": ("First lady Nancy Halvorsen opened the hospital wing.", [("Nancy Halvorsen", "PERSON")]),
        "c": ("The Halvorsen administration proposed new tariffs on Monday.", [("Halvorsen", "PERSON")])})
    assert got[-1][2] == "Ronald Halvorsen"


def test_a_surname_before_an_agency_s_administration_of_is_no_office() -> None:
    got = merged_corpus({
        "a": ("President Ronald Halvorsen said the budget would pass.", [("Ronald Halvorsen", "PERSON")]),
        "b": ("First lady Nancy Halvorsen opened the hospital wing.", [("Nancy Halvorsen", "PERSON")]),
        "c": ("Critics attacked the Halvorsen administration of the trust fund.", [("Halvorsen", "PERSON")])})
    assert got[-1][2] == "Halvorsen"


def test_a_name_the_article_tags_an_organisation_once_is_one_where_tagged_a_person_beside_a_namesake() -> None:
    text = ("The group wants to build a port called Harwood Gateway. Steve Harwood, a crane driver, backs it. Rivals argue "
            'that Harwood Gateway would draw traffic away. "We need the work," said Mr Harwood.')
    got = spans(text, [("Harwood Gateway", "ORG"), ("Steve Harwood", "PERSON"), ("Harwood Gateway", "PERSON"), ("Harwood", "PERSON")])
    assert got[:3] == [("Harwood Gateway", "ORG"), ("Steve Harwood", "PERSON"), ("Harwood Gateway", "ORG")]


def test_a_full_name_tagged_an_organisation_once_stays_a_person_beside_a_namesake_of_the_article() -> None:
    text = ("Pop star Kylie Brennick has cancelled her tour. Her sister, singer Dannii Brennick, flew home. Dannii Brennick "
            "said the family was grateful.")
    got = spans(text, [("Kylie Brennick", "PERSON"), ("Dannii Brennick", "PERSON"), ("Dannii Brennick", "ORG")])
    assert got[1] == ("Dannii Brennick", "PERSON")


def test_a_place_tagged_so_and_called_a_constituency_stays_the_place_beside_the_article_s_namesake() -> None:
    text = ('Its spokesman, Graham Fernhill, said voters had seen through the plans. "Nobody wants it," Mr Fernhill said. '
            "Fernhill, the constituency next door to Durham, is represented by the prime minister himself.")
    got = merged_corpus({"a": (text, [("Graham Fernhill", "PERSON"), ("Fernhill", "PERSON"), ("Fernhill", "GPE"), ("Durham", "GPE")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Fernhill"] == [("Graham Fernhill", "PERSON"), ("Fernhill", "GPE")]


def test_a_surname_described_as_a_constituency_mp_is_no_place() -> None:
    text = ('Party leader Michael Harbury sacked Howard Fenn. "Fenn is a good constituency MP, and he has been treated badly," '
            "a colleague said.")
    got = merged_corpus({"a": (text, [("Michael Harbury", "PERSON"), ("Howard Fenn", "PERSON"), ("Fenn", "GPE")])})
    assert got[-1][2:] == ("Howard Fenn", "PERSON")
