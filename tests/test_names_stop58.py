"""Stop 58 of name merging (issue 12): a peer whose name alone the model tagged a firm or a place is a person ("Lord
Maclaren", "Maclaren" tagged ORG), and the article's two people of the peer's surname named in full are neither of them
the peer; a one-word "person" counted by an ordinal after its owner ("Murray's first Wimbledon") or followed by "itself"
is no person; an untagged surname the corpus gives a person elsewhere is no person where it is listed with firms ("O2,
Tangerine and T-Mobile"); a web firm without its domain is the firm ("Lastminute" of "Lastminute.com"); a knight after
"his twin brother" takes the family name; a surname described with a noun only people are ("Jenkins, the prop") makes
its place-tagged full name a person; "Marks and Spencer" is "Marks & Spencer"; a curated country tagged a place beside
"Mr France" stays the country; "English ale" is no Tom English; a "person" holding an institution word and opening
with no given name is an organisation ("Santander Central Hispano"). Sentences and names written for these tests."""

from __future__ import annotations

from helpers.entities import repair
from helpers.entities.recover import corpus_surname_spans
from test_names_stop38 import located, merged


def test_a_peer_whose_name_alone_is_tagged_a_firm_is_the_peer() -> None:
    text = "Phonecall chairman Lord Maclaren said the board backed Mr Sarwar. Lord Maclaren, a former grocer, was calm."
    got = merged(text, [("Phonecall", "ORG"), ("Maclaren", "ORG"), ("Sarwar", "PERSON"), ("Maclaren", "ORG")])
    assert [(t, c, lab) for t, c, lab in got if "Maclaren" in t] == [("Lord Maclaren", "Lord Maclaren", "PERSON")] * 2


def test_a_peer_whose_name_alone_is_tagged_a_place_is_the_peer() -> None:
    text = "The paper was founded by Harold Hartley and his brother Alfred, later Lord Northwick, in 1896."
    got = merged(text, [("Harold Hartley", "PERSON"), ("Alfred", "PERSON"), ("Northwick", "GPE")])
    assert got[-1] == ("Lord Northwick", "Lord Northwick", "PERSON")


def test_an_office_after_lord_stays_untouched() -> None:
    text = "The Lord Mayor opened the fair in Leeds."
    spans = repair.repair_entities(text, located(text, [("Leeds", "GPE")]), ("PERSON", "ORG", "GPE"))
    assert [(text[s:e], lab) for s, e, lab in spans] == [("Leeds", "GPE")]


def test_two_brothers_named_in_full_are_neither_the_peer() -> None:
    text = ("Lord Santori, who founded the agency with his brother Carlo, is party chairman. Mauro Santori said the campaign "
            "would be disciplined. Carlo Santori, an art collector, has taken no part.")
    got = merged(text, [("Lord Santori", "PERSON"), ("Carlo", "PERSON"), ("Mauro Santori", "PERSON"), ("Carlo Santori", "PERSON")])
    assert [(t, c) for t, c, _ in got if " " in t and not t.startswith("Lord")] == [("Mauro Santori", "Mauro Santori"),
                                                                                     ("Carlo Santori", "Carlo Santori")]


def test_a_short_and_a_formal_given_name_are_one_person_so_the_peer_still_takes_them() -> None:
    text = "Lord Crane opened the games. Sebastian Crane, who won gold in 1980, said London was ready. Seb Crane smiled."
    got = merged(text, [("Lord Crane", "PERSON"), ("Sebastian Crane", "PERSON"), ("Seb Crane", "PERSON")])
    assert [c for _, c, _ in got] == ["Lord Crane"] * 3


def test_a_name_counted_by_an_ordinal_after_its_owner_is_no_person() -> None:
    text = ("Andy Murray's first Wimbleton ended in the third round. Wimbleton itself has enjoyed record crowds. "
            '"We have found a new hero," said one spectator, Jane Wimbleton, 42.')
    got = merged(text, [("Andy Murray", "PERSON"), ("Wimbleton", "PERSON"), ("Wimbleton", "PERSON"), ("Jane Wimbleton", "PERSON")])
    assert [(c, lab == "PERSON") for t, c, lab in got if t == "Wimbleton"] == [("Wimbleton", False)] * 2


def test_a_person_counted_by_an_ordinal_without_an_owner_stays_a_person() -> None:
    text = "The first Kessling to play for England was his grandfather. Tom Kessling said he was proud."
    got = merged(text, [("Kessling", "PERSON"), ("Tom Kessling", "PERSON")])
    assert got[0][2] == "PERSON"


def test_an_untagged_surname_listed_with_firms_is_no_person() -> None:
    text = "Phonecall faces competition from O2, Tangerine and T-Mobile, as well as from 3."
    ents = located(text, [("Phonecall", "ORG"), ("O2", "GPE"), ("T-Mobile", "ORG")])
    assert corpus_surname_spans(text, ents, repair.load_repair_rules(), frozenset({"Tangerine"})) == []


def test_an_untagged_surname_listed_with_people_is_still_found() -> None:
    text = "The squad includes Tom Brady, Tangerine and Jim Hollis."
    ents = located(text, [("Tom Brady", "PERSON"), ("Jim Hollis", "PERSON")])
    got = corpus_surname_spans(text, ents, repair.load_repair_rules(), frozenset({"Tangerine"}))
    assert [(text[s:e], lab) for s, e, lab in got] == [("Tangerine", "PERSON")]


def test_a_web_firm_without_its_domain_is_the_firm() -> None:
    text = "Sabre agreed to buy Lastsecond.com for 577m. \"It has taken five years, but Lastsecond has grown up,\" said an analyst."
    got = merged(text, [("Sabre", "ORG"), ("Lastsecond.com", "ORG"), ("Lastsecond", "ORG")])
    assert got[-1][:2] == ("Lastsecond", "Lastsecond.com")


def test_a_knighted_relative_takes_the_family_name() -> None:
    text = "Sir David Barclow and his twin brother Sir Frederick bought the paper last year."
    got = merged(text, [("David Barclow", "PERSON"), ("Frederick", "PERSON")])
    assert got[-1][:2] == ("Frederick", "Frederick Barclow")


def test_a_place_tagged_full_name_whose_surname_is_described_as_a_player_is_the_player() -> None:
    text = "Gethin Jonkins charged down a kick to score. Jonkins, the prop from Pontypridd, said the team was inspired."
    got = merged(text, [("Gethin Jonkins", "GPE"), ("Pontypridd", "GPE")])
    assert [(t, c, lab) for t, c, lab in got if "Jonkins" in t] == [("Gethin Jonkins", "Gethin Jonkins", "PERSON"),
                                                                   ("Jonkins", "Gethin Jonkins", "PERSON")]


def test_a_firm_described_as_a_publisher_is_no_person() -> None:
    text = "Ravi Penwick bought shares. Penwick, the publisher, said sales rose."
    got = merged(text, [("Ravi Penwick", "GPE"), ("Penwick", "ORG")])
    assert got[0][2] != "PERSON"


def test_the_and_spelling_of_an_ampersand_firm_is_the_firm() -> None:
    text = ("Parks & Spender reported a fall in profits. Mr Rose began his career at Parks and Spender in 1971. "
            '"Parks is still the place people buy socks," said an analyst.')
    got = merged(text, [("Parks & Spender", "ORG"), ("Rose", "PERSON"), ("Parks", "ORG"), ("Parks", "ORG")])
    assert [(t, c) for t, c, _ in got if t.startswith("Parks")] == [("Parks & Spender", "Parks & Spender"),
                                                                    ("Parks and Spender", "Parks & Spender"), ("Parks", "Parks & Spender")]


def test_a_country_beside_a_mr_of_its_name_stays_the_country() -> None:
    text = ("France's economy grew by 0.2%. \"The voters are angry,\" said Richard France, an economist. Mr France said the "
            'vote would not cause a crisis. "France rejecting the treaty would be a shock," he said. Mr Chirac warned that '
            "France would lose influence.")
    got = merged(text, [("France", "GPE"), ("Richard France", "PERSON"), ("France", "PERSON"), ("France", "GPE"),
                        ("Chirac", "PERSON"), ("France", "GPE")])
    assert [(c, lab) for t, c, lab in got if t == "France"] == [("France", "GPE"), ("Richard France", "PERSON"),
                                                                ("France", "GPE"), ("France", "GPE")]


def test_a_nationality_before_the_noun_it_describes_is_no_surname() -> None:
    text = ("Drinkers are turning to traditional English ale. Tom English set up the brewery in 1998, and Mr English plans "
            "to double output. There is real pride in English hops again.")
    got = merged(text, [("English", "LANGUAGE"), ("Tom English", "PERSON"), ("English", "PERSON"), ("English", "LANGUAGE")])
    assert [(t, c) for t, c, lab in got if lab == "PERSON"] == [("Tom English", "Tom English"), ("English", "Tom English")]


def test_a_person_span_holding_an_institution_word_is_an_organisation() -> None:
    text = "Shares in Valencia Central Hispano rose 2% after the bid. Colin Exchange, a trader, said it was cheap."
    spans = repair.repair_entities(text, located(text, [("Valencia Central Hispano", "PERSON"), ("Colin Exchange", "PERSON")]),
                                   ("PERSON", "ORG", "GPE"))
    assert [(text[s:e], lab) for s, e, lab in spans] == [("Valencia Central Hispano", "ORG"), ("Colin Exchange", "PERSON")]


def test_a_surname_named_first_as_a_person_stays_the_person_though_it_is_a_big_city() -> None:
    text = ("Marketing manager Deogracias Madrid told reporters the claims were partly correct. Madrid declined to give more "
            "details about the shipments.")
    got = merged(text, [("Deogracias Madrid", "PERSON"), ("Madrid", "GPE")])
    assert got[-1][1:] == ("Deogracias Madrid", "PERSON")
