"""Unit tests of the fine-level and tree knobs tried on unbalanced corpora (issue 15, round c)."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.config.topics import TopicParams
from helpers.topics import select as sel
from helpers.topics import themes as th
from test_topics_stability import blobs


def test_candidate_topic_counts_start_at_min_topics_within_the_cap() -> None:
    assert sel.candidate_ks(1000) == list(range(2, 21))  # the default: 2 .. max_topics
    assert sel.candidate_ks(1000, params=TopicParams(min_topics=11)) == list(range(11, 21))
    assert sel.candidate_ks(30, params=TopicParams(min_topics=11)) == [8]  # sqrt(2n)+1 = 8 caps the floor
    assert sel.candidate_ks(3, params=TopicParams(min_topics=11)) == [2]


def test_silhouette_over_topics_weighs_a_small_topic_like_a_large_one() -> None:
    Z, truth = blobs((200, 10), spread=0.05)
    labels = truth.copy()
    labels[:5] = 1  # five texts of the large blob put in the small topic: a poor small topic
    per_text = sel.silhouette(Z, labels, "texts")
    per_topic = sel.silhouette(Z, labels, "topics")
    assert per_topic < per_text  # the small topic's poor silhouette counts for half, not for 15 of 210 texts
    assert sel.silhouette(Z, truth, "topics") == pytest.approx(sel.silhouette(Z, truth, "texts"), abs=0.05)


def test_ward_weight_topics_counts_each_topic_once() -> None:
    sizes = np.array([500, 20, 3])
    assert th.merge_weights(sizes, TopicParams()).tolist() == [500, 20, 3]
    assert th.merge_weights(sizes, TopicParams(ward_weight="topics")).tolist() == [1, 1, 1]
    centroids = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0]])
    by_texts = th.ward_tree(centroids, np.array([500, 500, 3]))  # the tiny distant topic merges first
    by_topics = th.ward_tree(centroids, np.ones(3))  # one per topic: the two close topics merge first
    assert set(by_texts[0, :2].astype(int)) != {0, 1} and set(by_topics[0, :2].astype(int)) == {0, 1}
