"""Stage 3, topics: order-independent TF-IDF + LSA + k-means clusters of paragraphs or articles."""

from helpers.topics.cluster import NO_TEXT, TopicResult, cluster_topics, paragraphs, topic_shares
from helpers.topics.units import UNITS, fit_topics, units

__all__ = ["NO_TEXT", "UNITS", "TopicResult", "cluster_topics", "fit_topics", "paragraphs", "topic_shares", "units"]
