"""Issue 15, stop 56: too few fine topics for a knee. The gap rule decides then, but needs a jump of `small_min_gap` (2.0),
not `min_gap` (1.5), before it merges topics into themes; else each fine topic is its own theme. Trees written for these
tests (SciPy linkage rows whose heights give the Ward merge costs, cost = height**2 / 2)."""

from __future__ import annotations

import numpy as np

from helpers.topics import TopicParams, clear_gap
from helpers.topics import themes


def tree(costs: list[float]) -> np.ndarray:
    """A linkage of len(costs) + 1 leaves: leaves 0 and 1 merge first, then each next leaf joins the group, at the given costs."""
    k = len(costs) + 1
    rows = [[0 if step == 0 else k + step - 1, step + 1, np.sqrt(2 * cost), step + 2] for step, cost in enumerate(costs)]
    return np.array(rows, dtype=float)


def test_five_topics_with_a_modest_last_jump_stay_five_themes() -> None:
    count, _, how = themes.choose(tree([1.0, 1.0, 1.0, 1.7]), 5, None, TopicParams())
    assert count == 5 and "at least 2 times" in how


def test_five_topics_with_a_clear_last_jump_are_two_themes() -> None:
    count, _, _ = themes.choose(tree([1.0, 1.0, 1.0, 2.2]), 5, None, TopicParams())
    assert count == 2


def test_the_gap_rule_itself_keeps_its_own_threshold() -> None:
    params = TopicParams(theme_rule="gap")
    assert clear_gap(params) == params.min_gap == 1.5
    assert themes.choose(tree([1.0, 1.0, 1.0, 1.7]), 5, None, params)[0] == 2
    assert clear_gap(TopicParams()) == 2.0
