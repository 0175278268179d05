"""Stop 81 of name merging (issue 12): a word of a listed work named like a person, before a noun for a work ("the
third Potter film", "a new Potter book"), is the work and no use of the character's name, so the listed work stays the
work in that article. Sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop43 import merged_corpus
from test_names_stop74 import label_of
from test_names_stop76 import canonical_of as canonicals


def test_a_listed_work_s_word_before_a_noun_for_a_work_is_the_work() -> None:
    text = ("Harry Potter star Rupert Grint has bought a house in Hertfordshire. Grint is filming the fifth Potter film "
            "this summer.")
    got = merged_corpus({"a": (text, [("Harry Potter", "PERSON"), ("Rupert Grint", "PERSON"), ("Hertfordshire", "GPE"),
                                      ("Grint", "PERSON"), ("Potter", "PERSON")])})
    assert label_of(got, "Harry Potter") == []  # a work leaves the table of actors
    assert label_of(got, "Potter") == []


def test_a_listed_work_s_word_used_alone_for_the_character_keeps_the_character() -> None:
    text = ("Harry Potter star Rupert Grint has bought a house in Hertfordshire. In the books, Potter is an orphan "
            "raised by his aunt.")
    got = merged_corpus({"a": (text, [("Harry Potter", "PERSON"), ("Rupert Grint", "PERSON"), ("Hertfordshire", "GPE"),
                                      ("Potter", "PERSON")])})
    assert label_of(got, "Harry Potter") == ["PERSON"]


def test_a_surname_before_a_noun_for_a_work_that_no_listed_work_bears_stays_the_person() -> None:
    text = "Author Jo Hensby has signed a deal for three novels. The first Hensby book will be out in May."
    got = merged_corpus({"a": (text, [("Jo Hensby", "PERSON"), ("Hensby", "PERSON")])})
    assert label_of(got, "Hensby") == ["PERSON"]


def test_a_full_name_after_a_noun_only_for_firms_is_the_firm() -> None:
    text = ("Sales were flat at department store Harold Penfold, which has 30 branches. Shopper Ann Lowe said prices had "
            "risen.")
    got = merged_corpus({"a": (text, [("Harold Penfold", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Harold Penfold") == ["ORG"]


def test_a_full_name_that_founded_the_firm_before_it_stays_the_person() -> None:
    text = "The department store Harold Penfold founded in 1921 has 30 branches. Shopper Ann Lowe said prices had risen."
    got = merged_corpus({"a": (text, [("Harold Penfold", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Harold Penfold") == ["PERSON"]


def test_a_full_name_after_a_noun_that_also_names_a_trade_stays_the_person() -> None:
    text = "Publisher Harold Penfold said sales had doubled. Shopper Ann Lowe said prices had risen."
    got = merged_corpus({"a": (text, [("Harold Penfold", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Harold Penfold") == ["PERSON"]


def test_a_lone_name_that_ends_a_firm_of_its_article_is_the_firm() -> None:
    text = ("The pottery maker Royal Brunello reported higher profits. Brunello now has 140 shops, said analyst Ann Lowe.")
    got = merged_corpus({"a": (text, [("Royal Brunello", "ORG"), ("Brunello", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert canonicals(got, "Brunello") == ["Royal Brunello"]
    assert label_of(got, "Royal Brunello") == ["ORG"]
    assert label_of(got, "Brunello") == ["ORG"]


def test_a_lone_name_that_ends_a_firm_stays_the_person_the_article_names() -> None:
    text = ("Caffo Brunello reported higher profits. Its founder, Marco Brunello, said Brunello would not sell.")
    got = merged_corpus({"a": (text, [("Caffo Brunello", "ORG"), ("Marco Brunello", "PERSON"), ("Brunello", "PERSON")])})
    assert canonicals(got, "Brunello") == ["Marco Brunello"]


def test_a_lone_name_that_ends_a_firm_named_after_a_given_name_is_left_to_the_other_rules() -> None:
    text = ("Harry Brunello reported higher profits. Brunello said he was pleased, said analyst Ann Lowe.")
    got = merged_corpus({"a": (text, [("Harry Brunello", "ORG"), ("Brunello", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Brunello") == ["PERSON"]


def test_a_long_form_with_to_before_its_bracketed_acronym_is_the_organisation() -> None:
    text = ("The Society for the Protection of Ponies to Retirement (SPPR) has called for new rules. A SPPR spokesman said "
            "owners needed advice.")
    got = merged_corpus({"a": (text, [("The Society", "ORG"), ("SPPR", "ORG"), ("SPPR", "ORG")])})
    assert canonicals(got, "SPPR") == ["Society for the Protection of Ponies to Retirement"] * 2


def test_a_lone_name_that_ends_a_joint_venture_of_two_firms_is_not_folded_into_it() -> None:
    text = "Sonto Brevik, the joint venture between Sonto and Brevik, had a good year, said analyst Ann Lowe."
    got = merged_corpus({"a": (text, [("Sonto Brevik", "ORG"), ("Sonto", "ORG"), ("Brevik", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert canonicals(got, "Brevik") == ["Brevik"]



def test_a_lone_surname_speaking_with_its_affiliation_is_the_namesake_named_just_before() -> None:
    text = ("Search firm co-founder Larry Vane said the company would keep hiring. Mr Vane said profits were up. Sales "
            "in Europe doubled. Web analyst Tom Vane, no relation, said rivals were struggling. Vane, of research firm "
            "Netcount, said advertisers had followed the users.")
    got = merged_corpus({"a": (text, [("Larry Vane", "PERSON"), ("Mr Vane", "PERSON"), ("Europe", "LOC"),
                                      ("Tom Vane", "PERSON"), ("Vane", "PERSON"), ("Netcount", "ORG")])})
    assert canonicals(got, "Vane") == ["Tom Vane"]


def test_a_name_after_a_capitalised_plural_for_firms_and_including_is_a_firm() -> None:
    text = ("Science minister Lord Tannock visited the farm. Supermarkets including Tannock's and the Co-op have asked "
            "growers to plant wild flowers. Tannock, who left the family firm in 1998, praised the plan.")
    got = merged_corpus({"a": (text, [("Lord Tannock", "PERSON"), ("Tannock", "PERSON"), ("Co-op", "ORG"),
                                      ("Tannock", "PERSON")])})
    assert label_of(got, "Tannock") == ["ORG", "PERSON"]


def test_a_full_name_s_possessive_owning_nothing_is_the_club_not_its_founder() -> None:
    text = ("Dickie Marsh's, the Soho jazz club, has been sold. The club was founded in 1961 by the drummer Dickie Marsh. "
            "Marsh died in 1998.")
    got = merged_corpus({"a": (text, [("Dickie Marsh's", "PERSON"), ("Soho", "GPE"), ("Dickie Marsh", "PERSON"),
                                      ("Marsh", "PERSON")])})
    assert canonicals(got, "Dickie Marsh's") == ["Dickie Marsh's"]
    assert label_of(got, "Dickie Marsh's") == ["ORG"]
    assert canonicals(got, "Marsh") == ["Dickie Marsh"]


def test_a_full_name_s_possessive_after_a_verb_to_be_stays_the_person() -> None:
    text = "Dickie Marsh said the club would stay open. The final choice was Dickie Marsh's, his partner said."
    got = merged_corpus({"a": (text, [("Dickie Marsh", "PERSON"), ("Dickie Marsh's", "PERSON")])})
    assert label_of(got, "Dickie Marsh's") == ["PERSON"]
    assert canonicals(got, "Dickie Marsh's") == ["Dickie Marsh"]


def test_an_untagged_given_name_before_a_surname_tagged_a_place_makes_the_person() -> None:
    text = ("Nell Brackley, from Hillsborough, won the part of the princess. Brackley, who has never acted outside "
            "school, rehearsed for six weeks.")
    got = merged_corpus({"a": (text, [("Brackley", "GPE"), ("Hillsborough", "GPE"), ("Brackley", "PERSON")])})
    assert canonicals(got, "Brackley") == ["Nell Brackley"]
    assert label_of(got, "Nell Brackley") == ["PERSON"]


def test_an_untagged_given_name_before_a_place_stays_apart_when_no_person_bears_the_place() -> None:
    text = "Fans travelled to see Nell Brackley play. The club said Brackley was a fine town for a festival."
    got = merged_corpus({"a": (text, [("Brackley", "GPE"), ("Brackley", "GPE")])})
    assert label_of(got, "Brackley") == ["GPE", "GPE"]
