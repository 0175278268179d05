"""Unit tests of helpers.topics: determinism, order independence, tiny inputs, automatic topic count."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import normalized_mutual_info_score

import helpers
from helpers.config import paths
from helpers.topics.cluster import NO_TEXT, paragraphs, topic_shares
from helpers.topics.select import make_label, stop_words

THEMES = {
    "hostages": "hostages ceasefire hamas gaza truce release prisoners qatar mediators captivity exchange negotiators",
    "alliance": "alliance seoul washington troops opcon defense spending forces command pentagon posture allies",
    "markets": "stocks bonds investors inflation shares rally earnings currency yields traders index central",
    "storms": "hurricane flooding rainfall evacuation winds coast storm shelters damage forecasters emergency landfall",
}
FILLER = "government week public plan issue local group country region support move meeting".split()


def theme_corpus(per_theme: int = 12, seed: int = 0) -> tuple[list[str], list[str]]:
    """Short documents drawn from four clearly separated vocabularies plus shared filler words."""
    rng = np.random.default_rng(seed)
    texts, truth = [], []
    for theme, vocab in THEMES.items():
        words = vocab.split()
        for _ in range(per_theme):
            body = list(rng.choice(words, size=10)) + list(rng.choice(FILLER, size=6))
            rng.shuffle(body)
            texts.append(" ".join(body).capitalize() + ".")
            truth.append(theme)
    return texts, truth


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], list[str]]:
    return theme_corpus()


@pytest.fixture(scope="module")
def result(corpus):
    return helpers.cluster_topics(corpus[0])


def test_result_shape(result, corpus) -> None:
    texts = corpus[0]
    assert list(result.assignments.columns[:3]) == ["topic", "label", "weight"]
    assert len(result.assignments) == len(texts)
    assert {"topic", "label", "top_terms", "size", "representative"} <= set(result.topics.columns)
    assert result.topics["topic"].tolist() == list(range(result.n_topics))
    assert result.topics["size"].sum() == len(texts)
    assert result.topics["size"].is_monotonic_decreasing
    assert result.assignments["weight"].between(0, 1.000001).all()


def test_automatic_topic_count_finds_four_themes(result, corpus) -> None:
    assert result.n_topics == 4
    assert normalized_mutual_info_score(corpus[1], result.assignments["topic"]) == pytest.approx(1.0)
    assert len(result.k_scores) >= 3 and result.k_scores["silhouette"].notna().all()


def test_labels_are_readable_and_topical(result) -> None:
    for label, terms in zip(result.topics["label"], result.topics["top_terms"]):
        assert label.count(" · ") == 2
        assert any(w in THEMES[t].split() for t in THEMES for w in label.replace(" · ", " ").split())
        assert len(terms) == 10 and not {"said", "reuters", "monday"} & set(terms)


def test_representative_is_a_member(result, corpus) -> None:
    for row in result.topics.itertuples():
        assert corpus[0][row.representative] == row.representative_text
        assert result.assignments.loc[row.representative, "topic"] == row.topic


def test_two_runs_are_identical(corpus) -> None:
    a, b = helpers.cluster_topics(corpus[0]), helpers.cluster_topics(corpus[0])
    pd.testing.assert_frame_equal(a.assignments, b.assignments)
    pd.testing.assert_frame_equal(a.topics, b.topics)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_order_does_not_matter(result, corpus, seed) -> None:
    texts = corpus[0]
    order = np.random.default_rng(seed).permutation(len(texts))
    shuffled = helpers.cluster_topics([texts[i] for i in order])
    back = shuffled.assignments.iloc[np.argsort(order)].reset_index(drop=True)
    pd.testing.assert_frame_equal(back, result.assignments)
    cols = [c for c in result.topics.columns if c != "representative"]
    pd.testing.assert_frame_equal(shuffled.topics[cols], result.topics[cols])


def test_order_does_not_matter_on_a_larger_corpus() -> None:
    texts, _ = theme_corpus(per_theme=80, seed=5)  # > 300 texts: the LSA path with its random SVD
    a = helpers.cluster_topics(texts)
    order = np.random.default_rng(0).permutation(len(texts))
    b = helpers.cluster_topics([texts[i] for i in order])
    pd.testing.assert_frame_equal(b.assignments.iloc[np.argsort(order)].reset_index(drop=True), a.assignments)
    assert a.n_topics == 4


def test_given_topic_count_is_honoured(corpus) -> None:
    assert helpers.cluster_topics(corpus[0], n_topics=2).n_topics == 2
    assert helpers.cluster_topics(corpus[0], n_topics=6).topics["size"].sum() == len(corpus[0])


def test_one_document_is_one_topic() -> None:
    res = helpers.cluster_topics(["Hamas and Israel agreed to extend the truce in Gaza."])
    assert res.n_topics == 1 and res.assignments["topic"].tolist() == [0]
    assert res.topics.loc[0, "size"] == 1 and res.topics.loc[0, "representative"] == 0


def test_two_documents_are_one_topic() -> None:
    res = helpers.cluster_topics(["Hostages freed in Gaza truce.", "Seoul and Washington discuss alliance troops."])
    assert res.n_topics == 1 and res.assignments["topic"].tolist() == [0, 0]


def test_three_documents_give_a_sensible_result() -> None:
    texts = ["Hostages freed in Gaza truce deal.", "Gaza truce deal frees more hostages.",
             "Seoul and Washington discuss alliance troops."]
    res = helpers.cluster_topics(texts)
    assert res.n_topics in (1, 2) and len(res.assignments) == 3
    topics = res.assignments["topic"].tolist()
    assert topics[0] == topics[1]
    assert helpers.cluster_topics(texts, n_topics=3).assignments["topic"].nunique() == 3


def test_empty_strings_get_no_text_topic(corpus) -> None:
    texts = ["", *corpus[0][:20], "   ", None, "said Monday 2023", *corpus[0][20:]]
    res = helpers.cluster_topics(texts)
    rows = res.assignments
    assert rows.loc[[0, 21, 22, 23], "topic"].tolist() == [NO_TEXT] * 4
    assert (rows.loc[[0, 21, 22, 23], "label"] == "(no text)").all()
    assert (rows.loc[[0, 21, 22, 23], "weight"] == 0).all()
    assert res.n_topics == 4 and res.topics["size"].sum() == len(corpus[0])


@pytest.mark.parametrize("texts", [[], [""], ["", "  ", "\n"], ["the of and", "said on Monday"]])
def test_no_usable_text_gives_empty_topics(texts) -> None:
    res = helpers.cluster_topics(texts)
    assert res.n_topics == 0 and len(res.topics) == 0
    assert list(res.topics.columns) == [
        "topic", "label", "top_terms", "size", "share", "representative", "representative_text", "theme"]
    assert len(res.assignments) == len(texts) and (res.assignments["topic"] == NO_TEXT).all()
    assert (res.assignments["theme"] == NO_TEXT).all() and res.n_themes == 0 and len(res.themes) == 0
    assert list(res.themes.columns) == ["theme", "label", "size", "share", "topics"]


def test_duplicates_share_a_topic_and_count_in_size(corpus) -> None:
    texts = corpus[0] + corpus[0][:5]
    res = helpers.cluster_topics(texts)
    a = res.assignments["topic"]
    assert a.iloc[-5:].tolist() == a.iloc[:5].tolist()
    assert res.topics["size"].sum() == len(texts)
    assert helpers.cluster_topics(["Same text here."] * 4).n_topics == 1


@pytest.mark.parametrize("bad", [0, -2, 2.5, "3", True])
def test_bad_topic_count_is_a_clear_error(corpus, bad) -> None:
    with pytest.raises(ValueError, match="n_topics must be a positive integer"):
        helpers.cluster_topics(corpus[0], n_topics=bad)


def test_too_many_topics_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at most 2 topics"):
        helpers.cluster_topics(["Gaza truce holds.", "Seoul alliance talks.", "Gaza truce holds."], n_topics=3)


def test_a_single_string_is_refused() -> None:
    with pytest.raises(TypeError, match="list"):
        helpers.cluster_topics("one long string")


def test_news_stop_words_come_from_the_data_file() -> None:
    words = set(stop_words())
    assert {"said", "told", "monday", "reuters", "yonhap", "cnn", "according", "reporters", "the"} <= words
    assert (paths.PACKAGE_DATA / "news_stopwords.txt").is_file()


def test_make_label_skips_repeated_words() -> None:
    assert make_label(["korea", "nuclear", "north korea", "south korea"]) == "nuclear · north korea · south korea"
    assert make_label(["gaza", "gaza ceasefire", "hostages", "ceasefire"]) == "gaza ceasefire · hostages"
    assert make_label(["agreed", "agreed extend", "extend", "extend truce", "hamas agreed", "truce"]) == (
        "agreed extend · truce"
    )
    assert make_label([]) == "(no terms)"


def test_paragraphs_split_on_blank_lines() -> None:
    articles = pd.DataFrame({
        "doc_id": ["a", "b", "c"],
        "text": ["First paragraph has enough words to count here.\n\nSecond paragraph also has enough words in it.",
                 "One line only.", None],
    })
    out = paragraphs(articles)
    assert out.columns.tolist() == ["doc_id", "paragraph", "text"]
    assert out["doc_id"].tolist() == ["a", "a"] and out["paragraph"].tolist() == [0, 1]
    assert len(paragraphs(articles, min_words=1)) == 3


def test_paragraphs_of_nothing_and_bad_columns() -> None:
    empty = paragraphs(pd.DataFrame(columns=["doc_id", "text"]))
    assert empty.columns.tolist() == ["doc_id", "paragraph", "text"] and len(empty) == 0
    with pytest.raises(ValueError, match="needs columns"):
        paragraphs(pd.DataFrame({"body": ["x"]}))


def test_topic_shares_sum_to_one(result) -> None:
    rows = result.assignments.assign(doc_id=[f"d{i % 5}" for i in range(len(result.assignments))])
    shares = topic_shares(rows)
    assert np.allclose(shares.groupby("doc_id")["share"].sum(), 1, atol=1e-5)
    assert topic_shares(rows.iloc[:0]).columns.tolist() == ["doc_id", "topic", "label", "n", "share"]


@pytest.mark.parametrize("level", ["topic", "theme"])
def test_bundled_corpus_separates_israel_from_korea(level) -> None:
    articles = helpers.load_corpus(paths.RAW)
    para = paragraphs(articles)
    first = helpers.cluster_topics(para["text"])
    para["topic"] = first.assignments[level].to_numpy()
    korea = para["text"].str.contains("Korea|Seoul|Pyongyang|Kim Jong")
    israel = para["text"].str.contains("Israel|Hamas|Gaza|hostage")
    side = pd.Series(np.where(korea & ~israel, "korea", np.where(israel & ~korea, "israel", "")), index=para.index)
    sided = para[side != ""].assign(side=side[side != ""])
    majority = sided.groupby("topic")["side"].agg(lambda s: s.value_counts().index[0])
    wrong = (sided["side"] != sided["topic"].map(majority)).mean()
    assert set(majority) == {"korea", "israel"} and wrong <= 0.05
    mixed = para["text"].sample(frac=1, random_state=7)
    shuffled = helpers.cluster_topics(mixed)
    back = pd.Series(shuffled.assignments[level].to_numpy(), index=mixed.index).sort_index()
    assert back.tolist() == first.assignments[level].tolist()
    if level == "theme":  # the coarse level is exactly the two stories
        assert first.n_themes == 2 and set(majority) == {"korea", "israel"} and len(majority) == 2


def test_texts_with_identical_terms_do_not_break_a_fixed_count() -> None:
    texts = ["Gaza truce holds.", "Gaza truce holds!", "gaza TRUCE holds?", "Seoul alliance talks."]
    res = helpers.cluster_topics(texts, n_topics=3)
    assert res.assignments["topic"].tolist() == [0, 0, 0, 1]


def test_bad_topic_count_is_refused_even_without_text() -> None:
    with pytest.raises(ValueError, match="positive integer"):
        helpers.cluster_topics([], n_topics="x")


# ---- the topic hierarchy: fine topics merged into themes -------------------------------------------

NESTED = {  # three themes, each with two sub-topics that share the theme's words
    "gaza": ("hamas gaza israel ceasefire truce mediators qatar egypt negotiators",
             ["hostages captivity release freed families tunnels", "aid trucks rafah crossing famine hospitals"]),
    "korea": ("pyongyang seoul kim korea peninsula washington summit talks envoy",
              ["missile launch warhead nuclear enrichment test", "troops alliance opcon defense cost sharing"]),
    "markets": ("stocks investors shares traders index bonds yields market fund",
                ["inflation rates central bank hike policy", "earnings profit quarter revenue outlook guidance"]),
}


def nested_corpus(per_sub: int = 20, seed: int = 0) -> tuple[list[str], list[str], list[str]]:
    """Short documents with known nesting: words of a theme, of one of its sub-topics, and shared filler."""
    rng = np.random.default_rng(seed)
    texts, themes, subs = [], [], []
    for theme, (common, sub_vocabs) in NESTED.items():
        for j, sub in enumerate(sub_vocabs):
            for _ in range(per_sub):
                body = list(rng.choice(common.split(), 7)) + list(rng.choice(sub.split(), 7)) + list(rng.choice(FILLER, 4))
                rng.shuffle(body)
                texts.append(" ".join(body).capitalize() + ".")
                themes.append(theme)
                subs.append(f"{theme}.{j}")
    return texts, themes, subs


@pytest.fixture(scope="module")
def nested():
    texts, themes, subs = nested_corpus()
    return texts, themes, subs, helpers.cluster_topics(texts)


def test_nested_corpus_gives_both_levels(nested) -> None:
    texts, themes, subs, res = nested
    assert res.n_topics == 6 and res.n_themes == 3
    assert normalized_mutual_info_score(subs, res.assignments["topic"]) == pytest.approx(1.0)
    assert normalized_mutual_info_score(themes, res.assignments["theme"]) == pytest.approx(1.0)


def test_theme_tables_are_consistent(nested) -> None:
    texts, _, _, res = nested
    assert list(res.themes.columns) == ["theme", "label", "size", "share", "topics"]
    assert res.themes["theme"].tolist() == list(range(res.n_themes))
    assert res.themes["size"].sum() == len(texts) and res.themes["size"].is_monotonic_decreasing
    assert sorted(t for ts in res.themes["topics"] for t in ts) == list(range(res.n_topics))
    for row in res.themes.itertuples():
        assert set(res.topics.loc[res.topics["theme"] == row.theme, "topic"]) == set(row.topics)
    merged = res.assignments.merge(res.topics[["topic", "theme"]], on="topic", suffixes=("", "_of_topic"))
    assert (merged["theme"] == merged["theme_of_topic"]).all()
    assert res.tree.shape == (res.n_topics - 1, 4) and np.all(np.diff(res.tree[:, 2]) >= 0)
    assert res.themes["label"].is_unique and "theme(s)" in res.method


def test_themes_do_not_depend_on_order(nested) -> None:
    texts, _, _, res = nested
    order = np.random.default_rng(3).permutation(len(texts))
    b = helpers.cluster_topics([texts[i] for i in order])
    pd.testing.assert_frame_equal(b.assignments.iloc[np.argsort(order)].reset_index(drop=True), res.assignments)
    pd.testing.assert_frame_equal(b.themes, res.themes)


def test_given_theme_count_is_honoured(nested) -> None:
    texts = nested[0]
    assert helpers.cluster_topics(texts, n_themes=2).n_themes == 2
    res = helpers.cluster_topics(texts, n_topics=4, n_themes=9)  # more themes than topics: one per topic
    assert res.n_themes == 4 and "more than the 4 topics" in res.method
    with pytest.raises(ValueError, match="n_themes must be a positive integer"):
        helpers.cluster_topics(texts, n_themes=0)


def test_clearly_separate_topics_stay_separate_themes(result) -> None:
    assert result.n_themes == result.n_topics == 4  # no gap in the merge costs: nothing to merge


def test_one_topic_is_one_theme() -> None:
    res = helpers.cluster_topics(["Hamas and Israel agreed to extend the truce in Gaza."])
    assert res.n_themes == 1 and res.assignments["theme"].tolist() == [0] and res.themes.loc[0, "topics"] == [0]


def test_params_are_one_frozen_dataclass(nested) -> None:
    import dataclasses
    from helpers.config.topics import TopicParams
    params = TopicParams()
    with pytest.raises(dataclasses.FrozenInstanceError):
        params.max_topics = 3  # type: ignore[misc]
    res = helpers.cluster_topics(nested[0], params=TopicParams(max_topics=3))
    assert res.n_topics <= 3 and res.k_scores["k"].max() <= 3


# ---- memory: TF-IDF counted on integer n-gram codes --------------------------------------------------

@pytest.mark.parametrize("min_df,max_df,max_features", [(1, 1.0, None), (2, 0.5, None), (2, 0.5, 25), (3, 0.9, 7)])
def test_lean_tfidf_equals_scikit_learn(min_df, max_df, max_features) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from helpers.topics.vocab import lean_tfidf
    texts = nested_corpus(per_sub=6, seed=4)[0] + ["", "the and of", "Gaza gaza GAZA truce, truce."]

    def make():
        return TfidfVectorizer(lowercase=True, strip_accents="unicode", token_pattern=r"(?u)\b[^\W\d_]{2,}\b",
                               stop_words=stop_words(), ngram_range=(1, 2), min_df=min_df, max_df=max_df,
                               max_features=max_features, sublinear_tf=True, dtype=np.float32)
    vec = make()
    expected = vec.fit_transform(texts).tocsr()
    got, vocab = lean_tfidf(texts, make())
    assert vocab.tolist() == vec.get_feature_names_out().tolist()
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert abs(got - expected).max() == 0


def test_lean_tfidf_refuses_texts_without_terms() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from helpers.topics.vocab import lean_tfidf
    with pytest.raises(ValueError):
        lean_tfidf(["the", "and of", ""], TfidfVectorizer(stop_words=stop_words()))


# ---- short texts: single-word clustering space, LSA dimensions by text length -------------------------

def test_lsa_dimensions_follow_corpus_size_and_text_length() -> None:
    from helpers.topics.select import lsa_dims, median_words
    assert lsa_dims(89, 448, median_words=35) == 5  # small corpus: one dimension per 20 texts, at least 5
    assert lsa_dims(3000, 9000, median_words=7) == 10  # headlines: the fewest the length term allows
    assert lsa_dims(3000, 9000, median_words=35) == 17  # one per two words of the median text
    assert lsa_dims(3000, 9000, median_words=250) == 30  # long articles: the cap
    assert lsa_dims(3000, 9000) == 30 and lsa_dims(12, 4, median_words=300) == 3
    assert median_words(["a b c", "a", "a b c d e"]) == 3 and median_words([]) == 0


def test_clustering_space_is_single_words() -> None:
    from scipy import sparse
    from helpers.config.topics import TopicParams
    from helpers.topics.select import clustering_matrix
    X = sparse.csr_matrix(np.array([[0.6, 0.8, 0.0], [0.0, 0.6, 0.8]], dtype=np.float32))
    vocab = np.array(["gaza", "gaza truce", "truce"], dtype=object)
    U = clustering_matrix(X, vocab).toarray()
    assert U.shape == (2, 2) and np.allclose(U, [[1, 0], [0, 1]])
    assert clustering_matrix(X, vocab, TopicParams(cluster_bigrams=True)) is X


def test_headline_length_corpus_gets_its_four_themes() -> None:
    """Headline-length items of four themes sharing most of their words: the coarse level finds the four."""
    rng = np.random.default_rng(2)
    shared = [f"w{chr(97 + i)}{chr(97 + j)}" for i in range(20) for j in range(10)]
    themes = {t: [f"{t}{chr(97 + i)}{chr(97 + j)}" for i in range(4) for j in range(10)] for t in ("qa", "qb", "qc", "qd")}
    texts, truth = [], []
    for theme, words in themes.items():
        for _ in range(150):
            body = list(rng.choice(words, 3)) + list(rng.choice(shared, 6))
            rng.shuffle(body)
            texts.append(" ".join(body))
            truth.append(theme)
    res = helpers.cluster_topics(texts)
    assert abs(res.n_themes - 4) <= 1
    assert normalized_mutual_info_score(truth, res.assignments["theme"]) >= 0.5


def _tree_of_costs(costs: list[float]) -> np.ndarray:
    """A merge tree whose merges cost `costs` (only the heights matter to the gap scores)."""
    return np.array([[0, 0, np.sqrt(2 * c), 2] for c in costs], dtype=np.float64)


def test_one_spurious_ratio_at_the_fine_end_does_not_pick_the_themes() -> None:
    """Ten topics in three themes: the 8 -> 7 merge costs 1.4 times the one before it (a near-tie among
    sub-topics), the 3 -> 2 merge twice the three merges before it. The coarse level is 3 themes."""
    from helpers.config.topics import TopicParams
    from helpers.topics import themes as th

    tree = _tree_of_costs([1.0, 1.0, 1.4, 1.45, 1.5, 1.5, 1.55, 3.0, 3.2])
    params = TopicParams(theme_rule="gap")
    assert th.choose(tree, 10, None, params)[0] == 3
    single = TopicParams(theme_rule="gap", min_gap=1.35, gap_window=1)  # the rule before: one merge against the one before it
    assert th.choose(tree, 10, None, single)[0] == 8
    scores = th.gap_scores(tree, params.max_themes, params.gap_window)
    assert scores["themes"].max() == 10 - params.gap_window  # only cuts with three merges before them


def test_texts_move_to_their_nearest_theme_and_topics_stay_nested() -> None:
    """A fine topic straddling two themes: its texts of the other theme move there, to that theme's topic."""
    from helpers.topics import themes as th

    Z = np.array([[1.0, 0.0], [0.98, 0.2], [0.95, 0.3], [0.1, 0.99], [0.15, 0.99], [0.0, 1.0], [0.2, 0.98]])
    labels = np.array([0, 0, 1, 1, 1, 2, 2])  # topic 1 holds a text of the first side, two of the second
    group = np.array([0, 0, 1, 1, 1, 1, 1])  # the cut put topic 1 with topic 2
    fine, theme = th.refine(Z, labels, group, 2, random_state=0)
    assert theme.tolist() == [0, 0, 0, 1, 1, 1, 1]  # the third text moved to the first theme...
    assert fine[2] == fine[0] and fine[3] == fine[4] != fine[0]  # ...and took that theme's topic
    for t in set(fine.tolist()):  # every topic lies inside one theme
        assert len(set(theme[fine == t].tolist())) == 1
