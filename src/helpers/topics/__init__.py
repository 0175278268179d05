"""Stage 3, topics: order-independent TF-IDF + LSA + k-means topics of paragraphs or articles, merged into themes."""

from helpers.config.topics import TopicParams
from helpers.topics.cluster import NO_TEXT, TopicResult, cluster_topics, paragraphs, topic_shares
from helpers.topics.themes import clear_gap
from helpers.topics.units import UNITS, fit_topics, units

__all__ = [
    "NO_TEXT", "UNITS", "TopicParams", "TopicResult", "clear_gap", "cluster_topics", "fit_topics", "paragraphs", "topic_shares",
    "units",
]
