"""Markup residue in scraped or exported text (entities that lost their "&", HTML tags, web addresses) makes no topic."""

from __future__ import annotations

import pytest
from sklearn.metrics import normalized_mutual_info_score

import helpers
from helpers.text import strip_markup
from test_topics import theme_corpus

RESIDUE = {"quot", "lt", "gt", "amp", "href", "http", "www", "com", "nbsp"}


@pytest.mark.parametrize("raw, clean", [
    ("Google #39;s shares rose", "Google 's shares rose"),
    ("he said quot;never quot; twice", 'he said "never " twice'),
    ("lt;b gt;Update lt;/b gt; on talks", " Update   on talks"),
    ("Procter &amp; Gamble &#39;s results", "Procter & Gamble 's results"),
    ('&lt;A HREF="http://www.example.com/q.aspx?t=X"&gt;X.O&lt;/A&gt; fell', " X.O  fell"),
    ("details at www.example.org/page or https://example.org/a?b=1 today", "details at   or   today"),
])
def test_strip_markup_decodes_entities_and_drops_tags_and_addresses(raw, clean) -> None:
    assert strip_markup(raw) == clean


@pytest.mark.parametrize("text", ["AT&T and R&D rose", "<Chrysler Corp> said", "<A.H. Belo Corp> and <B and B Corp>",
                                  "a plain sentence; no markup", ""])
def test_strip_markup_leaves_text_without_markup_alone(text) -> None:
    assert strip_markup(text) == text


def dirty(text: str, i: int) -> str:
    """Every other text of every theme carries the residue a news feed export leaves."""
    if i % 2:
        return text
    return f'lt;b gt;Update lt;/b gt; quot;{text} quot; &lt;a href="http://www.example.com/quote?t=X"&gt;more&lt;/a&gt;'


def test_markup_residue_neither_splits_topics_nor_names_them() -> None:
    texts, truth = theme_corpus(per_theme=15, seed=3)
    noisy = helpers.cluster_topics([dirty(t, i) for i, t in enumerate(texts)])
    assert normalized_mutual_info_score(truth, noisy.assignments["topic"]) == pytest.approx(1.0)
    assert not RESIDUE & {w for terms in noisy.topics["top_terms"] for term in terms for w in term.split()}
