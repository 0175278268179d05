"""Unit tests of the knee rule for the theme count (L-method on the Ward merge costs, helpers.topics.themes)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import normalized_mutual_info_score

import helpers
from helpers.config.topics import TopicParams
from helpers.topics import themes as th

LETTERS = "bcdfghjklmnpqrstvwz"


def word(i: int) -> str:
    """A made-up word of letters only (the tokeniser drops digits), distinct for every `i`."""
    out = ""
    for _ in range(3):
        i, r = divmod(i, len(LETTERS))
        out += LETTERS[r] + "a"
    return "zo" + out


def sections_corpus(themes: int = 4, subs: int = 3, per_sub: int = 25, seed: int = 0) -> tuple[list[str], list[str]]:
    """Short texts in `themes` sections of `subs` stories each: section words, story words and shared filler."""
    rng = np.random.default_rng(seed)
    filler = [word(9000 + i) for i in range(30)]
    texts, truth = [], []
    for t in range(themes):
        common = [word(100 * t + i) for i in range(12)]
        for s in range(subs):
            story = [word(5000 + 100 * t + 10 * s + i) for i in range(10)]
            for _ in range(per_sub):
                body = list(rng.choice(common, 6)) + list(rng.choice(story, 6)) + list(rng.choice(filler, 4))
                rng.shuffle(body)
                texts.append(" ".join(body))
                truth.append(f"section{t}")
    return texts, truth


def tree_of_costs(costs: list[float]) -> np.ndarray:
    """A merge tree whose merges cost `costs`, first merge first (only the heights matter to the knee)."""
    return np.array([[0, 0, np.sqrt(2 * c), 2] for c in costs], dtype=np.float64)


def test_the_knee_is_where_slow_merges_meet_fast_ones() -> None:
    """Twelve topics: merges inside four themes cost about 1 and grow slowly, the three merges between them
    cost 6, 9 and 12. The two lines meet at four themes."""
    tree = tree_of_costs([1.0, 1.05, 1.1, 1.1, 1.2, 1.25, 1.3, 1.35, 6.0, 9.0, 12.0])
    knees = th.knee_scores(tree, 3)
    assert knees["themes"].tolist() == list(range(4, 10))  # each line spans at least three merges
    assert th.pick_knee(knees, 8) == 4
    assert th.choose(tree, 12, None, TopicParams())[0] == 4
    assert th.pick_knee(knees, 3) == 3  # never more than max_themes


def test_a_smooth_rise_with_no_clear_jump_still_has_a_knee() -> None:
    """No merge costs 1.5 times the median of the three before it, so the gap rule finds no clear jump and
    cuts at its largest ratio (here 2 themes); the knee still sees where the slope changes."""
    costs = [1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.92, 2.3, 2.76, 3.32]  # the last four grow 1.2-fold each
    tree = tree_of_costs(costs)
    gap = TopicParams(theme_rule="gap")
    assert th.gap_scores(tree, gap.max_themes, gap.gap_window)["gap"].max() < gap.min_gap
    assert th.choose(tree, 12, None, gap)[0] == 2
    assert th.choose(tree, 12, None, TopicParams())[0] == 5


def test_two_point_lines_are_not_knees() -> None:
    """A line through two merges fits exactly: with `knee_min_merges` = 2 the curve's ends become candidates."""
    tree = tree_of_costs([1.0, 1.05, 1.1, 1.1, 1.2, 1.25, 1.3, 1.35, 6.0, 9.0, 12.0])
    assert th.knee_scores(tree, 2)["themes"].min() == 3 and th.knee_scores(tree, 3)["themes"].min() == 4


def test_the_knee_is_never_below_four_themes() -> None:
    """A known limit: with lines of three merges the smallest knee is 4, even when the top merge dominates."""
    tree = tree_of_costs([1.0, 1.0, 1.05, 1.1, 1.1, 1.15, 1.2, 1.2, 1.25, 1.3, 20.0])
    assert th.knee_scores(tree, 3)["themes"].min() == 4 and th.choose(tree, 12, None, TopicParams())[0] >= 4


def test_few_topics_fall_back_to_the_gap_rule() -> None:
    """Six topics hold five merges, too few for two lines of three: the gap rule decides."""
    tree = tree_of_costs([1.0, 1.0, 1.1, 5.0, 6.0])
    assert th.knee_scores(tree, 3).empty
    count, scores, how = th.choose(tree, 6, None, TopicParams())
    assert "Ward merge" in how and "knee_error" not in scores.columns and count == 3


def test_few_topics_merge_only_over_one_level_of_sub_topics() -> None:
    """Six topics whose three lower merges rise as a ramp (as on news samples of a few hundred stories) are six themes,
    however large the jump above them; a plateau below the same jump is one level of sub-topics, cut into three."""
    ramp = tree_of_costs([4.88, 7.90, 10.70, 17.01, 17.45])  # jump 17.01 / 7.90 = 2.15; costliest below / cheapest 2.19
    count, _, how = th.choose(ramp, 6, None, TopicParams())
    assert count == 6 and "its own theme" in how
    assert th.choose(ramp, 6, None, TopicParams(small_level_spread=3.0))[0] == 3
    plateau = tree_of_costs([12.35, 12.36, 12.51, 25.40, 25.45])
    assert th.level_spread(plateau, 3) == pytest.approx(12.51 / 12.35)
    assert th.choose(plateau, 6, None, TopicParams())[0] == 3


@pytest.fixture(scope="module")
def sections():
    texts, truth = sections_corpus()
    return texts, truth, helpers.cluster_topics(texts)


def test_the_knee_finds_sections_made_of_stories(sections) -> None:
    texts, truth, res = sections
    assert res.n_topics >= 7 and "knee" in res.method
    assert res.n_themes == 4
    assert normalized_mutual_info_score(truth, res.assignments["theme"]) == pytest.approx(1.0)
    assert "knee_error" in res.theme_scores.columns and len(res.theme_scores) == len(th.gap_scores(res.tree, 8, 3))


def test_the_knee_rule_does_not_depend_on_order(sections) -> None:
    texts, _, res = sections
    order = np.random.default_rng(3).permutation(len(texts))
    b = helpers.cluster_topics([texts[i] for i in order])
    pd.testing.assert_frame_equal(b.assignments.iloc[np.argsort(order)].reset_index(drop=True), res.assignments)
    pd.testing.assert_frame_equal(b.themes, res.themes)
    pd.testing.assert_frame_equal(b.theme_scores, res.theme_scores)
    again = helpers.cluster_topics(texts)
    pd.testing.assert_frame_equal(again.assignments, res.assignments)


@pytest.mark.xfail(strict=True, reason="known limit of the knee rule (issue 15): never fewer than 4 themes once there "
                   "are 7+ fine topics; round j's fix (the gap rule's count below the floor) lost on held-out samples")
def test_two_clear_themes_of_many_stories_get_two_themes() -> None:
    """Two sections of six stories each (like Israel-Hamas vs Korea coverage, each made of many stories) should get
    2 themes; with 11 fine topics the knee decides and picks 4 (its floor). Strict: passes once the limit is fixed."""
    texts, truth = sections_corpus(themes=2, subs=6, per_sub=20)
    res = helpers.cluster_topics(texts)
    assert res.n_topics >= 7
    assert res.n_themes == 2 and normalized_mutual_info_score(truth, res.assignments["theme"]) == pytest.approx(1.0)


def test_given_counts_still_win_under_the_knee_rule(sections) -> None:
    texts = sections[0]
    assert helpers.cluster_topics(texts, n_themes=2).n_themes == 2
    assert helpers.cluster_topics(texts, n_topics=8).n_topics == 8


def test_the_knee_rule_is_the_default() -> None:
    """Issue 15's round i: the knee replaced the gap rule as the default (gap and stability stay options)."""
    assert TopicParams().theme_rule == "knee" and TopicParams().knee_min_merges == 3


def test_views_describe_the_knee_choice(sections) -> None:
    """The finding names the bend and says the floor needs a hand-set count; the chart draws the merge-cost curve."""
    from helpers.views import topics as views

    res = sections[2]
    text = views.choice_finding(res).data
    assert "bend at 4 themes" in text and "times the median" not in text
    assert "cannot fall below 4 themes" in text  # 4 is the knee's floor here: the reader is told to fix the count if fewer
    fig, data = views.choice_chart(res)
    assert fig.axes[1].get_ylabel() == "cost of the next Ward merge" and not fig.axes[1].patches
    assert list(fig.axes[1].lines[0].get_ydata()) == list(res.theme_scores["next_merge_cost"])
    plt.close(fig)


def test_near_tied_knees_go_to_fewer_themes() -> None:
    """Knees within `knee_tolerance` of the smallest L-method error are near-ties; the fewest themes win."""
    knees = pd.DataFrame({"themes": [4, 5, 6, 7], "knee_error": [2.0, 1.06, 0.9, 1.1]})
    assert th.pick_knee(knees, 8) == 6 and th.pick_knee(knees, 8, 0.2) == 5 and th.pick_knee(knees, 8, 1.5) == 4
    assert th.pick_knee(knees, 8, 0.1) == 6  # 1.06 is 18% above 0.9: not a near-tie at 10%


def test_views_say_when_the_knee_was_a_near_tie(sections) -> None:
    """When fewer themes won a near-tie, the finding gives the best fit's count and how far the chosen one is from it."""
    import dataclasses

    from helpers.views import topics as views

    res = sections[2]
    scores = res.theme_scores.copy()
    errors = scores["knee_error"].notna()
    scores.loc[errors, "knee_error"] = 2.0
    scores.loc[scores["themes"] == res.n_themes, "knee_error"] = 1.2
    scores.loc[scores["themes"] == res.n_themes + 1, "knee_error"] = 1.0
    text = views.choice_finding(dataclasses.replace(res, theme_scores=scores)).data
    assert f"within 20% of the best fit (at {res.n_themes + 1} themes)" in text and "fit the curve best" not in text
    assert "fit the curve best" in views.choice_finding(res).data
