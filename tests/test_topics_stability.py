"""Unit tests of the stability rule for the theme count (helpers.topics.stability)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import normalized_mutual_info_score

import helpers
from helpers.config.topics import TopicParams
from helpers.topics import stability as stb
from test_topics import nested_corpus

STABLE = TopicParams(theme_rule="stability")


def blobs(sizes: tuple[int, ...], seed: int = 0, spread: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Unit-length points around orthogonal centres (one blob per size), and the blob of each point."""
    rng = np.random.default_rng(seed)
    truth = np.repeat(np.arange(len(sizes)), sizes)
    Z = np.eye(8)[truth] + rng.normal(0, spread, (len(truth), 8))
    return Z / np.linalg.norm(Z, axis=1, keepdims=True), truth


def scores(stab: dict[int, float]) -> pd.DataFrame:
    return pd.DataFrame({"themes": list(stab), "stability": list(stab.values())})


def test_the_most_stable_count_wins_and_near_ties_go_to_fewer() -> None:
    assert stb.pick_stable(scores({2: 0.80, 3: 0.70, 4: 0.97, 5: 0.90}), STABLE) == 4
    assert stb.pick_stable(scores({2: 0.80, 3: 0.95, 4: 0.97, 5: 0.90}), STABLE) == 3  # within 0.05 of the best
    assert stb.pick_stable(scores({2: 0.80, 3: 0.91, 4: 0.97, 5: 0.97}), STABLE) == 4


def test_two_themes_must_win_clearly() -> None:
    assert stb.pick_stable(scores({2: 0.99, 3: 0.85, 4: 0.95}), STABLE) == 4  # two more stable, not by 0.1
    assert stb.pick_stable(scores({2: 0.99, 3: 0.70, 4: 0.80}), STABLE) == 2
    assert stb.pick_stable(scores({2: 0.5}), STABLE) == 2  # two topics only


def test_four_separate_groups_are_most_stable_at_four() -> None:
    Z, truth = blobs((60, 60, 60, 60))
    table = stb.stability_scores(Z, [2, 3, 4, 5, 6], STABLE, random_state=0)
    stab = dict(zip(table["themes"], table["stability"]))
    assert stab[4] == pytest.approx(1.0) and stab[4] > max(stab[3], stab[5]) + 0.1
    assert stb.pick_stable(table, STABLE) == 4


def test_stability_scores_are_deterministic_and_skip_counts_above_half() -> None:
    Z, _ = blobs((10, 10, 10))
    a = stb.stability_scores(Z, [2, 3, 4, 20], STABLE, random_state=0)
    b = stb.stability_scores(Z, [2, 3, 4, 20], STABLE, random_state=0)
    pd.testing.assert_frame_equal(a, b)
    assert a["themes"].tolist() == [2, 3, 4]  # 20 clusters do not fit in a half of 30 texts
    assert stb.evaluation_sample(10, 4, 0).tolist() == stb.evaluation_sample(10, 4, 0).tolist()
    assert len(stb.evaluation_sample(10, 4, 0)) == 4 and stb.evaluation_sample(3, 4, 0).tolist() == [0, 1, 2]


@pytest.fixture(scope="module")
def nested_big():
    texts, themes, subs = nested_corpus(per_sub=25, seed=5)  # 150 texts: above `stability_from`
    return texts, themes, helpers.cluster_topics(texts, params=STABLE)


def test_stability_rule_finds_the_nested_themes(nested_big) -> None:
    texts, themes, res = nested_big
    assert res.n_themes == 3 and "stable" in res.method
    assert normalized_mutual_info_score(themes, res.assignments["theme"]) == pytest.approx(1.0)
    assert "stability" in res.theme_scores.columns and res.theme_scores["stability"].notna().all()


def test_stability_rule_does_not_depend_on_order(nested_big) -> None:
    texts, _, res = nested_big
    order = np.random.default_rng(11).permutation(len(texts))
    b = helpers.cluster_topics([texts[i] for i in order], params=STABLE)
    pd.testing.assert_frame_equal(b.assignments.iloc[np.argsort(order)].reset_index(drop=True), res.assignments)
    pd.testing.assert_frame_equal(b.themes, res.themes)
    pd.testing.assert_frame_equal(b.theme_scores, res.theme_scores)


def test_given_counts_still_win_under_the_stability_rule(nested_big) -> None:
    texts = nested_big[0]
    assert helpers.cluster_topics(texts, n_topics=5, params=STABLE).n_topics == 5
    assert helpers.cluster_topics(texts, n_themes=2, params=STABLE).n_themes == 2


def test_small_corpora_fall_back_to_the_gap_rule() -> None:
    texts = nested_corpus(per_sub=10, seed=1)[0]  # 60 texts: below `stability_from`
    res = helpers.cluster_topics(texts, params=STABLE)
    assert "Ward merge" in res.method and "stability" not in res.theme_scores.columns


def test_the_stability_rule_is_opt_in(nested_big) -> None:
    """Issue 15's held-out check kept the gap rule over stability (round i then made the knee the default,
    which hands corpora of fewer than seven fine topics, like this one, to the gap rule)."""
    assert TopicParams().theme_rule != "stability"
    res = helpers.cluster_topics(nested_big[0])
    assert "Ward merge" in res.method and "stability" not in res.theme_scores.columns


def test_views_describe_the_stability_choice(nested_big) -> None:
    from helpers.views import topics as views

    res = nested_big[2]
    text = views.choice_finding(res).data
    assert "3 themes reproduce across half-samples" in text and "times the median" not in text
    fig, data = views.choice_chart(res)
    assert "stability" in fig.axes[1].get_ylabel() and len(fig.axes[1].patches) == len(res.theme_scores)
