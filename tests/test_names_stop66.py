"""Stop 66 of name merging (issue 12): a titled surname used before the article names anyone of that surname in full
("Mr Dunmore told MPs") means someone the reader already knows, not a namesake the article introduces later with a post
or role ("Former minister Keith Dunmore", "Technology writer Keith Dunmore", "Keith Dunmore, chief economist at ...",
"His son, Keith Dunmore"); a later full name written bare ("Keith Dunmore said") or with an office title ("Chancellor
Keith Dunmore") is still the same man. From the first run of blind set FU: a two-word "person" whose first word is no
given name, and whose last word the article writes alone only where a place stands ('took Barnfield Weston from the Tories
... "In Weston we have"'), is a constituency or district, a place; a place preposition after an opening quotation mark
reads as one. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import context, extract, repair
from test_names_stop38 import located, merged

OPENING = "Mr Dunmore told MPs the economy was strong and that borrowing would fall next year. "


@pytest.mark.parametrize("later", [
    "Former minister Keith Dunmore said the Budget would play well on the doorstep.",
    "The former chief whip Keith Dunmore said the Budget would play well.",
    "Technology writer Keith Dunmore said the plans were sound.",
    "Keith Dunmore, chief economist at a Leeds fund manager, said the figures did not add up.",
    "His son, Keith Dunmore, runs the family firm in Leeds.",
])
def test_a_titled_surname_is_not_a_namesake_introduced_later_with_a_role(later: str) -> None:
    got = merged(OPENING + later, [("Dunmore", "PERSON"), ("Keith Dunmore", "PERSON")])
    assert got[0][1] != "Keith Dunmore"


@pytest.mark.parametrize("later", [
    "Keith Dunmore said the party would reach people who never vote.",
    "Chancellor Keith Dunmore said the party would reach people who never vote.",
])
def test_a_titled_surname_is_the_same_man_named_later_without_an_introduction(later: str) -> None:
    got = merged(OPENING + later, [("Dunmore", "PERSON"), ("Keith Dunmore", "PERSON")])
    assert got[0][1] == "Keith Dunmore"


def test_a_two_word_person_without_a_given_name_whose_last_word_stands_alone_as_a_place_is_a_place() -> None:
    text = ("When Harriet Cole took Barnfield Weston from the Tories in 1997, her win was a surprise. "
            "Ms Cole said: \"In Weston we have new schools and shorter waiting lists.\" Pollsters say seats like Barnfield "
            "Weston will decide the election.")
    spans = repair.repair_entities(text, located(text, [("Harriet Cole", "PERSON"), ("Barnfield Weston", "PERSON"), ("Tories", "NORP"),
                                                        ("Cole", "PERSON"), ("Weston", "PERSON"), ("Barnfield Weston", "PERSON")]), extract.LABELS)
    labels = {(text[s:e], lab) for s, e, lab in spans}
    assert ("Barnfield Weston", "PERSON") not in labels and ("Weston", "PERSON") not in labels
    assert ("Harriet Cole", "PERSON") in labels


def test_a_two_word_person_whose_last_word_speaks_alone_stays_a_person() -> None:
    text = ("Barnfield Weston has run the shop in Leeds for twenty years. Weston said trade was slow. "
            "\"In Leeds we have seen nothing like it,\" he added.")
    spans = repair.repair_entities(text, located(text, [("Barnfield Weston", "PERSON"), ("Leeds", "GPE"), ("Weston", "PERSON"),
                                                        ("Leeds", "GPE")]), extract.LABELS)
    assert [lab for s, e, lab in spans if text[s:e] == "Barnfield Weston"] == ["PERSON"]


def test_a_place_preposition_after_an_opening_quotation_mark_reads_as_a_place() -> None:
    text = 'The MP said: "In Weston we have new schools."'
    start = text.index("Weston")
    assert context.place_use(text, start, start + len("Weston"))
    assert not context.place_use("They have faith in Weston.", 17, 23)
