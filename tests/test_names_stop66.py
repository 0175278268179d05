"""Stop 66 of name merging (issue 12): a titled surname used before the article names anyone of that surname in full
("Mr Dunmore told MPs") means someone the reader already knows, not a namesake the article introduces later with a post
or role ("Former minister Keith Dunmore", "Technology writer Keith Dunmore", "Keith Dunmore, chief economist at ...",
"His son, Keith Dunmore"); a later full name written bare ("Keith Dunmore said") or with an office title ("Chancellor
Keith Dunmore") is still the same man. Sentences and names written for these tests."""

from __future__ import annotations

import pytest

from test_names_stop38 import merged

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
