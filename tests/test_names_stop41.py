"""Stop 41 of name merging (issue 12): peers introduced by their own name, stage names, a lone surname the model calls a
place beside its bearer, and given names listed before a full name. Sentences and names written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import names
from test_names_stop38 import merged, raw_frame


def test_a_peer_title_written_after_the_full_name_folds_into_that_name() -> None:
    text = ("Quentin Ashdale, the banker who was made a life peer last year, becomes trade minister. Lord Ashdale's appointment "
            "was criticised. Ashdale said he would give up his directorships.")
    got = merged(text, [("Quentin Ashdale", "PERSON"), ("Lord Ashdale", "PERSON"), ("Ashdale", "PERSON")])
    assert [c for _, c, _ in got] == ["Quentin Ashdale"] * 3


def test_a_peer_named_first_keeps_the_title_and_takes_the_full_name_written_later() -> None:
    text = "Lord Ashdale said the bill was flawed. Quentin Ashdale has sat in the Lords since 2003."
    got = merged(text, [("Lord Ashdale", "PERSON"), ("Quentin Ashdale", "PERSON")])
    assert [c for _, c, _ in got] == ["Lord Ashdale"] * 2


def test_a_peer_named_as_a_relative_of_the_full_name_stays_apart() -> None:
    text = "Chief executive Rupert Ashdale said trading was hard. His father, Lord Ashdale, is the group's chairman."
    got = merged(text, [("Rupert Ashdale", "PERSON"), ("Lord Ashdale", "PERSON")])
    assert [c for _, c, _ in got] == ["Rupert Ashdale", "Lord Ashdale"]


def test_a_baroness_does_not_fold_into_a_man_of_her_surname() -> None:
    text = "Trade minister Quentin Ashdale spoke first. Baroness Ashdale, the health spokeswoman, replied for the opposition."
    got = merged(text, [("Quentin Ashdale", "PERSON"), ("Baroness Ashdale", "PERSON")])
    assert got[1][1] == "Baroness Ashdale"


def test_a_given_name_in_a_list_of_names_does_not_take_the_surname_of_the_full_name_after_it() -> None:
    text = "The squad is full of stars such as Okafor, David and Liam Prentice. Prentice, the captain, praised the young striker."
    got = merged(text, [("Okafor", "PERSON"), ("David", "PERSON"), ("Liam Prentice", "PERSON"), ("Prentice", "PERSON")])
    assert dict((t, c) for t, c, _ in got)["David"] == "David"
    assert got[-1][1] == "Liam Prentice"


def test_a_couple_named_by_given_names_before_one_surname_still_share_it() -> None:
    text = "The prize went to Edith and Hugo Marchbanks for their bakery. Marchbanks said the award was a surprise."
    got = merged(text, [("Edith", "PERSON"), ("Hugo Marchbanks", "PERSON")])
    assert got[0][1] == "Edith Marchbanks"


def test_a_lone_surname_tagged_as_a_place_but_described_by_an_age_is_the_articles_person() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Terrence Wogle's breakfast show is the most popular on radio. Wogle, 66, said he was delighted.",
        "Rival stations struggle to compete with Wogle on weekday mornings."]})
    spans = {"a": [("Terrence Wogle", "PERSON"), ("Wogle", "GPE")], "b": [("Wogle", "GPE")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["doc_id"] == "a", ["canonical", "label"]].values.tolist() == [["Terrence Wogle", "PERSON"]] * 2


def test_a_lone_surname_tagged_a_place_also_beside_its_bearer_takes_the_corpus_namesake() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Broadcaster Terrence Wogle will host the Eurovision coverage on BBC One with Lynsey Hart and Ruth Dale. Wogle joked "
        "about the voting.",
        "The Eurovision coverage on BBC One, with Lynsey Hart and Ruth Dale, drew eight million viewers. Wogle made fun "
        "of the voting again."]})
    spans = {"a": [("Terrence Wogle", "PERSON"), ("Eurovision", "EVENT"), ("BBC One", "ORG"), ("Lynsey Hart", "PERSON"),
                   ("Ruth Dale", "PERSON"), ("Wogle", "GPE")],
             "b": [("Eurovision", "EVENT"), ("BBC One", "ORG"), ("Lynsey Hart", "PERSON"), ("Ruth Dale", "PERSON"), ("Wogle", "GPE")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[(out["doc_id"] == "b") & (out["text"] == "Wogle"), ["canonical", "label"]].values.tolist() == [["Terrence Wogle", "PERSON"]]


def test_a_lone_name_tagged_a_place_that_speaks_of_herself_is_not_the_corpus_man_of_that_name() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Team boss Eddie Marlow watched the Monaco race with Lynsey Hart and Ruth Dale on BBC One.",
        "Lynsey Hart and Ruth Dale joined the show on BBC One. Marlow said she had never been happier."]})
    spans = {"a": [("Eddie Marlow", "PERSON"), ("Monaco", "GPE"), ("Lynsey Hart", "PERSON"), ("Ruth Dale", "PERSON"), ("BBC One", "ORG")],
             "b": [("Lynsey Hart", "PERSON"), ("Ruth Dale", "PERSON"), ("BBC One", "ORG"), ("Marlow", "GPE")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["text"] == "Marlow", "canonical"].tolist() == ["Marlow"]


def test_a_stage_name_whose_real_name_is_given_folds_into_the_real_name() -> None:
    text = ("Model Saffron, whose real name is Karen Pollitt, left the show early. Saffron said she had no regrets.")
    got = merged(text, [("Saffron", "PERSON"), ("Karen Pollitt", "PERSON"), ("Saffron", "PERSON")])
    assert [c for t, c, _ in got if t == "Saffron"] == ["Karen Pollitt"] * 2


def test_a_surname_of_a_stage_name_given_in_full_keeps_that_name_beside_the_birth_name() -> None:
    text = "Singer Tony Marlow is back in the charts. Marlow, born Anthony Fitzroy, first had a hit in 1971."
    got = merged(text, [("Tony Marlow", "PERSON"), ("Marlow", "PERSON"), ("Anthony Fitzroy", "PERSON")])
    assert got[1][1] == "Tony Marlow"


def test_a_full_name_tagged_as_a_place_is_a_person_beside_a_peer_of_that_surname() -> None:
    text = "The series began with Simon Ashdale's arts programme. Lord Ashdale said he was delighted. Ashdale's show returns in May."
    got = merged(text, [("Simon Ashdale's", "GPE"), ("Lord Ashdale", "PERSON"), ("Ashdale", "PERSON")])
    assert got[0][1:] == ("Simon Ashdale", "PERSON")
    assert [c for _, c, _ in got] == ["Simon Ashdale"] * 3


def test_a_pet_form_with_a_doubled_consonant_or_a_short_whole_surname_is_the_articles_player() -> None:
    text = ("Wasps spoiled the farewell of Martin Jobson and Neil Buck. \"We won't see the likes of Jobbo and Bucky again,\" "
            "one fan said.")
    got = merged(text, [("Martin Jobson", "PERSON"), ("Neil Buck", "PERSON"), ("Jobbo", "PERSON"), ("Bucky", "PERSON")])
    assert [c for _, c, _ in got] == ["Martin Jobson", "Neil Buck", "Martin Jobson", "Neil Buck"]


def test_a_given_name_of_four_letters_is_no_pet_form_of_a_surname_of_four() -> None:
    text = "Analyst Peter Sand said sales were weak. Sandy, a shopper in Leeds, said prices were too high."
    got = merged(text, [("Peter Sand", "PERSON"), ("Sandy", "PERSON")])
    assert got[-1][1] == "Sandy"


def test_a_full_name_with_a_newly_listed_given_name_tagged_as_a_location_is_a_person() -> None:
    text = "The cast includes Haydn Ashgrove as the ballet teacher. Ashgrove said working with the children was a joy."
    got = merged(text, [("Haydn Ashgrove", "LOC"), ("Ashgrove", "PERSON")])
    assert got == [("Haydn Ashgrove", "Haydn Ashgrove", "PERSON"), ("Ashgrove", "Haydn Ashgrove", "PERSON")]


def test_a_nationality_word_before_a_company_noun_is_no_person_of_that_surname() -> None:
    text = ("A German-owned maker of car parts will close its plant. Welsh Liberal Democrat leader Hugh German called for "
            "a task force. Mr German said workers needed help. The German company said the plant was no longer competitive.")
    got = merged(text, [("German", "NORP"), ("Welsh", "NORP"), ("Liberal Democrat", "NORP"), ("Hugh German", "PERSON"), ("German", "PERSON"),
                        ("German", "NORP")])
    assert got[-1] == ("German", "German", "NORP")


def test_a_town_before_a_site_noun_is_no_analyst_of_that_surname() -> None:
    text = ("A depot near Goole is under review. Paula Goole, an analyst at Redfern, said investors were caught out. "
            "Ms Goole said the chain must cut costs. Unions will seek talks over the future of the Goole site.")
    got = merged(text, [("Goole", "GPE"), ("Paula Goole", "PERSON"), ("Goole", "PERSON"), ("Goole", "PERSON")])
    assert got[-1][1:] == ("Goole", "GPE")


def test_the_cricket_ground_lords_is_no_peer_beside_a_lord_of_the_article() -> None:
    text = "Lord Ashdale led the inspectors. The team also visited Wimbledon, Lord's and Horse Guards Parade."
    got = merged(text, [("Lord Ashdale", "PERSON"), ("Wimbledon", "GPE"), ("Lord", "PERSON"), ("Horse Guards Parade", "FAC")])
    assert got[2] == ("Lord", "Lord", "FAC")


def test_a_royal_title_ending_a_full_name_is_no_surname_for_the_queen() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "The exhibition on Mary Queen of Scots opened at Holyrood on Monday.",
        "The Queen opened the new wing on Monday. The Queen said she was delighted."]})
    spans = {"a": [("Mary Queen", "PERSON"), ("Holyrood", "GPE")], "b": [("Queen", "PERSON"), ("Queen", "PERSON")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert "Mary Queen" not in out.loc[out["doc_id"] == "b", "canonical"].tolist()


def test_a_given_name_tagged_a_place_in_several_articles_each_naming_its_bearer_is_the_person_in_each() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Singer Tallulah Fenn stars in the new drama. Tallulah, who had a hit at 15, said she loved the part.",
        "Tallulah Fenn has won the award. Tallulah, who left pop for acting, thanked the cast."]})
    spans = {"a": [("Tallulah Fenn", "PERSON"), ("Tallulah", "GPE")], "b": [("Tallulah Fenn", "PERSON"), ("Tallulah", "GPE")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["text"] == "Tallulah", "canonical"].tolist() == ["Tallulah Fenn"] * 2


def test_initials_tagged_a_place_in_several_articles_each_naming_the_player_are_the_player() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Kevin Pemberton hit a century. \"KP was superb,\" the captain said.",
        "Kevin Pemberton made 98. \"KP is the best young batsman I have seen,\" the coach said."]})
    spans = {"a": [("Kevin Pemberton", "PERSON"), ("KP", "GPE")], "b": [("Kevin Pemberton", "PERSON"), ("KP", "GPE")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["text"] == "KP", "canonical"].tolist() == ["Kevin Pemberton"] * 2
