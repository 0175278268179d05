"""Stop 57 of name merging (issue 12): a firm's last word stays its short form when one of the firm's other words is
tagged a place somewhere in the corpus but is mostly something else ("Royal" of "Royal Dutch Shell"); a knight or a
relative of the article's peer is not the peer ("Lord Sainsbury ... his cousin Sir Tim Sainsbury"); "Hearts" is Heart of
Midlothian where the article names the club in full; a place-tagged word after its article's firm of that name, never
used there as a place, is the firm ("Phoenix" of Phoenix Venture Holdings) though other stories name the town; an
unresolved "Lord X" keeps its title, and so does "Sir" and a given name; a journey's end tagged a firm is the place ("fly
to Manchester"); an untagged surname after a hyphenated position opening the sentence ("Fly-half Jones"). Sentences and
names written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import extract, names
from test_names_stop38 import located, merged
from test_names_stop43 import merged_corpus

OIL = ("Royal Dutch Lamp has cut its reserves again. Lamp said the change would not touch its profits.",
       [("Royal Dutch Lamp", "ORG"), ("Lamp", "ORG")])


def test_a_firms_last_word_is_its_short_form() -> None:
    got = merged_corpus({"a": OIL})
    assert [c for _, t, c, _ in got if t == "Lamp"] == ["Royal Dutch Lamp"]


def test_one_place_tag_of_a_word_elsewhere_does_not_make_the_firm_a_branch() -> None:
    others = {f"r{i}": (f"Royal said letters were late in week {i}.", [("Royal", "ORG")]) for i in range(3)}
    stray = {"x": ("Crowds gathered outside Royal yesterday.", [("Royal", "GPE")])}
    got = merged_corpus(others | stray | {"a": OIL})
    assert [c for d, t, c, _ in got if d == "a" and t == "Lamp"] == ["Royal Dutch Lamp"]


def test_a_place_word_after_the_name_still_makes_a_branch() -> None:
    text = "Texlo Canada posted a loss. Texlo said the parent would help."
    got = merged_corpus({"a": (text, [("Texlo Canada", "ORG"), ("Texlo", "ORG")]),
                         "b": ("Canada won the vote.", [("Canada", "GPE")])})
    assert [c for _, t, c, _ in got if t == "Texlo"] == ["Texlo"]


def test_a_knighted_cousin_of_the_peer_is_not_the_peer() -> None:
    text = ("The Sainsworth family still owns a third of the chain. Its best-known member, Lord Sainsworth, is a minister. "
            "His cousin Sir Tim Sainsworth is a former MP.")
    got = merged(text, [("Sainsworth", "ORG"), ("Lord Sainsworth", "PERSON"), ("Tim Sainsworth", "PERSON")])
    assert got[-1][:2] == ("Tim Sainsworth", "Tim Sainsworth")


def test_the_full_name_after_the_peer_is_still_the_peer() -> None:
    text = "Lord Crane opened the games. Simon Crane, who won gold in 1980, said London was ready."
    got = merged(text, [("Lord Crane", "PERSON"), ("Simon Crane", "PERSON")])
    assert got[-1][:2] == ("Simon Crane", "Lord Crane")


def test_hearts_is_heart_of_midlothian_where_the_article_names_the_club() -> None:
    text = "Heart of Midlothian beat Motherwell 2-0. Hearts scored twice in the second half at Tynecastle."
    got = merged(text, [("Heart of Midlothian", "ORG"), ("Motherwell", "ORG"), ("Hearts", "ORG"), ("Tynecastle", "FAC")])
    assert [c for t, c, _ in got if t == "Hearts"] == ["Heart of Midlothian"]


ROVER = ("MG Rover was bought in 2000 by Phaeton Venture Holdings. Unions said Phaeton had questions to answer.",
         [("MG Rover", "ORG"), ("Phaeton Venture Holdings", "ORG"), ("Phaeton", "GPE")])
CITY = {f"c{i}": (f"The team flew to Phaeton for game {i}.", [("Phaeton", "GPE")]) for i in range(5)}


def test_a_place_tagged_short_form_after_its_firm_is_the_firm_though_other_stories_name_the_town() -> None:
    got = merged_corpus(CITY | {"a": ROVER})
    assert [(c, lab) for d, t, c, lab in got if d == "a" and t == "Phaeton"] == [("Phaeton Venture Holdings", "ORG")]


def test_the_town_stays_a_town_where_the_article_uses_it_as_one() -> None:
    text = ROVER[0] + " Workers in Phaeton feared for their jobs."
    got = merged_corpus(CITY | {"a": (text, ROVER[1] + [("Phaeton", "GPE")])})
    assert {c for d, t, c, _ in got if d == "a" and t == "Phaeton"} == {"Phaeton"}


def test_a_nationality_or_a_title_of_a_place_keeps_its_own_reading() -> None:
    wales = ("The Welsh Assembly met. Welsh farmers protested.", [("The Welsh Assembly", "ORG"), ("Welsh", "NORP")])
    duke = ("The Beaufort Hunt met at dawn. The Duke of Beaufort rode out.", [("The Beaufort Hunt", "ORG"), ("Beaufort", "GPE")])
    got = merged_corpus(CITY | {"w": wales, "d": duke})
    assert [(t, c) for d, t, c, _ in got if d in "wd" and len(t.split()) == 1] == [("Welsh", "Welsh"), ("Beaufort", "Beaufort")]


def test_an_unresolved_lord_keeps_the_title_not_the_bare_surname_of_two_brothers() -> None:
    text = ("Lord Vantage, who founded the agency with his brother Carl, chairs the party. Morris Vantage said the campaign "
            "would be disciplined. Carl Vantage has taken no part.")
    spans = located(text, [("Vantage", "PERSON"), ("Carl", "PERSON"), ("Morris Vantage", "PERSON"), ("Carl Vantage", "PERSON")])
    got = names.canonicalise(pd.DataFrame(extract.mention_rows("a", text, spans), columns=extract.RAW_COLUMNS))  # the model's spans
    assert list(got[["text", "canonical"]].iloc[0]) == ["Vantage", "Lord Vantage"]


def test_sir_and_a_given_name_of_several_knights_keeps_the_title() -> None:
    got = merged_corpus({"a": ("Sir Alan Sugmore fired two more apprentices.", [("Alan Sugmore", "PERSON")]),
                         "b": ("Sir Alan Budley warned on interest rates.", [("Alan Budley", "PERSON")]),
                         "c": ("Sir Alan said the show would return in the spring.", [("Alan", "PERSON")])})
    assert [c for d, _, c, _ in got if d == "c"] == ["Sir Alan"]


def test_a_journeys_end_tagged_a_firm_is_the_place() -> None:
    text = "Glazbrook won control of Westford United. His son is expected to fly to Westford next week to meet the board."
    got = merged(text, [("Glazbrook", "PERSON"), ("Westford United", "ORG"), ("Westford", "ORG")])
    assert got[-1] == ("Westford", "Westford", "GPE")


def test_a_club_that_travels_is_still_the_club() -> None:
    text = "Westford United beat Eastley 2-0. Westford travel to Eastley again next month."
    got = merged(text, [("Westford United", "ORG"), ("Eastley", "ORG"), ("Westford", "ORG"), ("Eastley", "ORG")])
    assert [c for t, c, _ in got if t == "Westford"] == ["Westford United"]


def test_an_untagged_surname_after_a_hyphenated_position_opening_the_sentence_is_the_player() -> None:
    text = "Wales beat Ireland 32-20. Stephen Jonah was man of the match. Fly-half Jonah kicked 17 points."
    got = merged(text, [("Wales", "GPE"), ("Ireland", "GPE"), ("Stephen Jonah", "PERSON")])
    assert got[-1][:2] == ("Jonah", "Stephen Jonah")
