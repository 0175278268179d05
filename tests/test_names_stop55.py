"""Stop 55 of name merging (issue 12): "Ms" and a lone surname beside the article's one bearer of it, whose first name
reads as a man's. Sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop43 import merged


def test_ms_and_a_surname_is_the_articles_one_bearer_whatever_her_first_name() -> None:
    text = ('The charity\'s director, Dale Penrose, said gifts had doubled. "People want to help," Ms Penrose said.')
    got = merged(text, [("Dale Penrose", "PERSON"), ("Penrose", "PERSON")])
    assert got[-1][1:] == ("Dale Penrose", "PERSON")


def test_mrs_and_a_surname_beside_a_man_of_that_surname_is_someone_else() -> None:
    text = ('The charity\'s director, Dale Penrose, said gifts had doubled. "People want to help," Mrs Penrose said.')
    got = merged(text, [("Dale Penrose", "PERSON"), ("Penrose", "PERSON")])
    assert got[-1][1] != "Dale Penrose"


def test_ms_is_not_the_bearer_the_article_already_called_mr() -> None:
    text = ("Dale Penrose, the charity's director, said gifts had doubled. Mr Penrose thanked donors. Ms Penrose, who runs "
            "the shop, agreed.")
    got = merged(text, [("Dale Penrose", "PERSON"), ("Penrose", "PERSON"), ("Penrose", "PERSON")])
    assert got[-1][1] != "Dale Penrose"


def test_ms_does_not_reach_back_to_a_man_named_only_later() -> None:
    text = "Ms Penrose said gifts had doubled. The chairman, Dale Penrose, thanked donors."
    got = merged(text, [("Penrose", "PERSON"), ("Dale Penrose", "PERSON")])
    assert got[0][1] != "Dale Penrose"
