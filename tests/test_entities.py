"""Entity extraction: canonical names, label corrections, cache behaviour, and the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.entities import extract as mentions
from helpers.entities import names, network
from helpers.views import write_tables
from helpers.config import paths


def raw(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Raw mentions (doc_id, text, spaCy label) as `names.canonicalise` expects them."""
    return pd.DataFrame(rows, columns=["doc_id", "text", "spacy_label"])


def canon(rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    out = names.canonicalise(raw(rows))
    return list(zip(out["canonical"], out["label"]))


@pytest.mark.parametrize("text", ["US", "U.S.", "the United States", "The United States", "America", "USA", "US."])
def test_united_states_variants_fold(text: str) -> None:
    assert names.base_canonical(text, "GPE")[0] == "United States"


@pytest.mark.parametrize("text", ["South Korea's", "South Korea", "S. Korea", "ROK", "the Republic of Korea"])
def test_south_korea_variants_fold(text: str) -> None:
    assert names.base_canonical(text, "GPE") == ("South Korea", "GPE")


@pytest.mark.parametrize("text,expected", [
    ("Netanyahu's", "Netanyahu"), ("Hamas'", "Hamas"), ("the Pentagon", "Pentagon"),
    ("Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"), ("Mr. Sullivan", "Sullivan"),
    ("President Moon Jae-in", "Moon Jae-in"),
])
def test_clean_name(text: str, expected: str) -> None:
    assert names.clean_name(text, "PERSON") == expected


def test_titles_are_only_stripped_from_people() -> None:
    assert names.clean_name("Prime Minister's Office", "ORG") == "Prime Minister's Office"
    assert names.clean_name("Prime Minister Benjamin Netanyahu", "PERSON") == "Benjamin Netanyahu"


def test_surname_merges_with_the_full_name_in_the_article() -> None:
    got = canon([("a", "Rachel Brandenburg", "PERSON"), ("a", "Brandenburg", "PERSON")])
    assert got == [("Rachel Brandenburg", "PERSON")] * 2


def test_two_people_sharing_a_surname_stay_apart() -> None:
    got = canon([
        ("a", "John Smith", "PERSON"), ("a", "Smith", "PERSON"),
        ("b", "Jane Smith", "PERSON"), ("b", "Smith", "PERSON"),
    ])
    assert got == [("John Smith", "PERSON")] * 2 + [("Jane Smith", "PERSON")] * 2


def test_ambiguous_surname_without_evidence_is_left_alone() -> None:
    got = canon([("a", "John Smith", "PERSON"), ("b", "Jane Smith", "PERSON"), ("c", "Smith", "PERSON")])
    assert got[2] == ("Smith", "PERSON")


def test_family_name_first_and_known_actor_break_a_tie() -> None:
    got = canon([("a", "Kim Jong Un", "PERSON"), ("a", "Kim Eui-kyeom", "PERSON"), ("a", "Kim", "PERSON")])
    assert got[2] == ("Kim Jong Un", "PERSON")


def test_person_tagged_org_is_corrected_to_person() -> None:
    got = canon([("a", "Rachel Brandenburg", "PERSON"), ("a", "Brandenburg", "ORG")])
    assert got[1] == ("Rachel Brandenburg", "PERSON")


def test_outlet_is_never_a_person() -> None:
    assert canon([("a", "Korea Herald", "PERSON")]) == [("The Korea Herald", "ORG")]


def test_demonym_stays_norp() -> None:
    assert canon([("a", "Israelis", "ORG"), ("b", "Palestinian", "NORP")]) == [("Israeli", "NORP"), ("Palestinian", "NORP")]


def test_majority_label_wins_for_unknown_names() -> None:
    got = canon([("a", "Ruritania", "GPE"), ("b", "Ruritania", "GPE"), ("c", "Ruritania", "ORG")])
    assert {lab for _, lab in got} == {"GPE"}


def test_user_alias_file_wins(monkeypatch) -> None:
    rules = names.load_rules()
    patched = names.NameRules({**rules.aliases, names.fold("Bibi"): ("Benjamin Netanyahu", "PERSON")}, rules.actors, rules.titles)
    monkeypatch.setattr(names, "load_rules", lambda: patched)
    assert names.base_canonical("Bibi", "ORG") == ("Benjamin Netanyahu", "PERSON")  # default rules come from load_rules


def test_chunks_cover_the_text_exactly() -> None:
    text = ("word " * 1000).strip()
    pieces = mentions.chunks(text, size=300)
    assert "".join(p for _, p in pieces) == text
    assert all(text[off:off + len(p)] == p for off, p in pieces)


def articles_of(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, "outlet": ["X"] * len(texts)})


def test_offsets_point_into_the_text(tmp_path: Path) -> None:
    arts = articles_of(["Prime Minister Benjamin Netanyahu met Antony Blinken in Jerusalem on Monday."])
    got = mentions.extract_entities(arts, cache_dir=tmp_path)
    assert not got.empty
    for row in got.itertuples():
        assert arts.text[0][row.start_char:row.end_char] == row.text


def test_rerun_reads_the_cache_and_an_edit_is_parsed_again(tmp_path: Path) -> None:
    arts = articles_of(["Donald Trump spoke to Kim Jong Un.", "Hamas freed hostages in Gaza."])
    first = mentions.extract_entities(arts, cache_dir=tmp_path)
    again = mentions.extract_entities(arts, cache_dir=tmp_path)
    assert first.attrs["n_parsed"] == 2 and again.attrs["n_parsed"] == 0
    pd.testing.assert_frame_equal(first, again)
    arts.loc[1, "text"] = "Hamas freed more hostages in Gaza on Friday."
    assert mentions.extract_entities(arts, cache_dir=tmp_path).attrs["n_parsed"] == 1


def forget_corpus_entries(cache_dir: Path) -> None:
    """Remove the whole-corpus entries, so the next extraction goes back to the per-text annotations."""
    for f in cache_dir.glob("corpus/*.parquet"):
        f.unlink()


def test_corrupt_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    arts = articles_of(["Joe Biden called Qatar."])
    mentions.extract_entities(arts, cache_dir=tmp_path)
    forget_corpus_entries(tmp_path)
    for f in tmp_path.rglob("*.json"):
        f.write_text("{not json", encoding="utf-8")
    assert mentions.extract_entities(arts, cache_dir=tmp_path).attrs["n_parsed"] == 1


def test_corrupt_corpus_entry_is_rebuilt_from_the_annotations(tmp_path: Path) -> None:
    arts = articles_of(["Joe Biden called Qatar.", "Kim Jong Un met Donald Trump in Hanoi."])
    first = mentions.extract_entities(arts, cache_dir=tmp_path)
    entries = list(tmp_path.glob("corpus/*.parquet"))
    assert len(entries) == 1
    entries[0].write_bytes(b"PAR1 not a parquet file")
    again = mentions.extract_entities(arts, cache_dir=tmp_path)
    assert again.attrs["n_parsed"] == 0  # the per-text annotations were still good
    pd.testing.assert_frame_equal(first, again)


def test_a_different_corpus_gets_its_own_entry(tmp_path: Path) -> None:
    mentions.extract_entities(articles_of(["Joe Biden called Qatar."]), cache_dir=tmp_path)
    other = mentions.extract_entities(articles_of(["Joe Biden called Qatar.", "Seoul and Washington met."]), cache_dir=tmp_path)
    assert other.attrs["n_parsed"] == 1 and len(list(tmp_path.glob("corpus/*.parquet"))) == 2
    renamed = articles_of(["Joe Biden called Qatar."]).assign(doc_id=["z9"])
    assert set(mentions.extract_entities(renamed, cache_dir=tmp_path)["doc_id"]) == {"z9"}


def test_cache_is_json_not_pickle(tmp_path: Path) -> None:
    mentions.extract_entities(articles_of(["Seoul and Washington met."]), cache_dir=tmp_path)
    files = [f for f in tmp_path.rglob("*") if f.is_file()]
    assert files and all(f.suffix == ".json" or f.parent.name == "corpus" and f.suffix == ".parquet" for f in files)


def test_empty_inputs_give_empty_tables(tmp_path: Path) -> None:
    assert list(mentions.extract_entities(articles_of([]), cache_dir=tmp_path).columns) == mentions.COLUMNS
    assert mentions.extract_entities(articles_of(["", "   "]), cache_dir=tmp_path).empty
    assert mentions.entity_table(mentions.extract_entities(articles_of(["no names here at all."]), cache_dir=tmp_path)).empty


def test_long_text_is_parsed_in_pieces_with_exact_offsets(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(mentions, "MAX_CHARS", 400)  # stands in for spaCy's 1,000,000-character limit
    text = "Donald Trump met Kim Jong Un in Hanoi. " * 100
    got = mentions.extract_entities(articles_of([text]), cache_dir=tmp_path)
    assert (got["canonical"] == "Donald Trump").sum() == 100
    assert all(text[r.start_char:r.end_char] == r.text for r in got.itertuples())


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> tuple[pd.DataFrame, pd.DataFrame]:
    arts = helpers.load_corpus(paths.RAW)
    return arts, mentions.extract_entities(arts, cache_dir=tmp_path_factory.mktemp("cache"))


def test_bundled_no_person_is_org_and_no_outlet_is_person(bundled) -> None:
    _, m = bundled
    people = set(m.loc[m.label == "PERSON", "canonical"])
    assert m.loc[m.label != "PERSON", "canonical"].isin(people).sum() == 0
    outlets = {"Reuters", "CNN", "UPI", "Yonhap", "The Korea Herald", "AP", "MSNBC"}
    assert not m.loc[m.label == "PERSON", "canonical"].isin(outlets).any()


def test_bundled_no_possessive_survives(bundled) -> None:
    _, m = bundled
    assert not m["canonical"].str.contains(r"['’]s\b|['’]$").any()


@pytest.mark.parametrize("group,canonical", [
    ({"US", "U.S.", "the United States"}, "United States"),
    ({"South Korea", "South Korea's"}, "South Korea"),
    ({"Netanyahu", "Benjamin Netanyahu"}, "Benjamin Netanyahu"),
    ({"Trump", "Donald Trump"}, "Donald Trump"),
])
def test_bundled_groups_map_to_one_name(bundled, group, canonical) -> None:
    _, m = bundled
    assert set(m.loc[m["text"].isin(group), "canonical"]) == {canonical}


def test_bundled_top_persons_read_right(bundled) -> None:
    _, m = bundled
    top = list(mentions.top_entities(m, 8, ("PERSON",))["canonical"])
    assert top[:2] == ["Donald Trump", "Benjamin Netanyahu"]
    assert {"Kim Jong Un", "Moon Jae-in", "Antony Blinken", "Joe Biden"} <= set(top)


def test_comention_network_and_exports(bundled, tmp_path: Path) -> None:
    _, m = bundled
    edges = network.comention_edges(m)
    assert (edges["source"] < edges["target"]).all() and (edges["weight"] >= 1).all()
    graph = network.comention_graph(m, edges)
    written = write_tables({"comention": graph, "comention_edges": edges}, tmp_path)
    assert (tmp_path / "comention.gexf").read_text(encoding="utf-8").startswith("<?xml")
    assert list(written["rows"]) == [graph.number_of_nodes(), len(edges)]
    assert graph.has_edge("Benjamin Netanyahu", "Donald Trump")


def test_ignored_names_are_dropped() -> None:
    out = names.canonicalise(raw([("a", "State", "ORG"), ("a", "Hamas", "ORG")]))
    assert list(out["canonical"]) == ["Hamas"]


def test_shouted_dateline_is_a_place_and_joins_its_ordinary_spelling() -> None:
    rows = pd.DataFrame({"doc_id": ["a", "a", "b"], "text": ["DOHA", "Doha", "NATO"], "spacy_label": ["PERSON", "GPE", "ORG"],
                         "start_char": [0, 50, 10]})
    out = names.canonicalise(rows)
    assert list(zip(out["canonical"], out["label"])) == [("Doha", "GPE"), ("Doha", "GPE"), ("NATO", "ORG")]


def test_shouted_name_inside_text_takes_the_label_of_its_ordinary_spelling() -> None:
    rows = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["GAZA", "Gaza", "Gaza"], "spacy_label": ["ORG", "GPE", "GPE"],
                         "start_char": [40, 5, 5]})
    assert set(names.canonicalise(rows)["label"]) == {"GPE"}


def test_acronyms_keep_their_capitals() -> None:
    rows = pd.DataFrame({"doc_id": ["a"], "text": ["SMA"], "spacy_label": ["ORG"], "start_char": [30]})
    assert list(names.canonicalise(rows)["canonical"]) == ["SMA"]


def test_network_figure_is_byte_reproducible(bundled) -> None:
    import io as _io

    from helpers.views import entities as entity_views

    _, m = bundled
    edges = network.comention_edges(m)
    graph = network.comention_graph(m, edges)
    renders = []
    for _ in range(2):
        fig = entity_views.network_figure(graph, 20)
        buf = _io.BytesIO()
        fig.savefig(buf, format="png", metadata={"Software": None})
        renders.append(buf.getvalue())
    assert renders[0] == renders[1]


def test_matrix_finding_with_one_outlet_compares_actors_not_outlets() -> None:
    """A corpus of one outlet: the finding names the outlet's leading actor, not 'the most outlets (1 of 1)'."""
    from helpers.views import entities as entity_views

    matrix = pd.DataFrame({"Daily Record": [12, 30, 5]}, index=["Ann Lee", "Bo Chan", "Cy Dunn"])
    text = entity_views.matrix_finding(matrix, "outlet").data
    assert "1 of 1" not in text and "**Bo Chan** leads it" in text and "(47 mentions" in text
    two = matrix.assign(**{"Evening Post": [0, 2, 1]})
    assert "(2 of 2)" in entity_views.matrix_finding(two, "outlet").data


def spans(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Span repair of entities given as (surface, label) at their first occurrence, as (surface, label)."""
    from helpers.entities import repair

    raw_ents = [[text.index(s), text.index(s) + len(s), lab] for s, lab in ents]
    return [(text[s:e], lab) for s, e, lab in repair.repair_entities(text, raw_ents, mentions.LABELS)]


def test_both_ends_of_a_route_are_places_whatever_the_model_tagged() -> None:
    text = "Work on the Marla Downs to Kellan gas pipeline starts in May. A new Orrin-to-Bisset railway opens."
    got = spans(text, [("Marla Downs", "PERSON"), ("Kellan", "PERSON"), ("Orrin", "ORG"), ("Bisset", "PERSON")])
    assert got == [("Marla Downs", "GPE"), ("Kellan", "GPE"), ("Orrin", "GPE"), ("Bisset", "GPE")]
    assert spans("Tom Kellan went to Ada Bisset to talk.", [("Tom Kellan", "PERSON"), ("Ada Bisset", "PERSON")])[1][1] == "PERSON"


def test_a_place_label_is_never_voted_into_a_person() -> None:
    got = canon([("a", "Kellan", "PERSON"), ("b", "Kellan", "PERSON"), ("c", "Kellan", "GPE")])
    assert got == [("Kellan", "PERSON"), ("Kellan", "PERSON"), ("Kellan", "GPE")]
    got = canon([("a", "Ada Kellan", "PERSON"), ("b", "Ada Kellan", "PERSON"), ("c", "Ada Kellan", "GPE")])
    assert [lab for _, lab in got] == ["PERSON"] * 3  # a full name mostly tagged PERSON is a person the model mistook once


def test_modifier_and_title_glued_before_a_name_leave_the_person() -> None:
    text = "Federal Judge Cora Delmont ruled. Chief Justice Amos Pell agreed with Trade Council Director Ivo Rask."
    got = spans(text, [("Federal Judge Cora Delmont", "ORG"), ("Chief Justice Amos Pell", "PERSON"), ("Trade Council Director Ivo Rask", "ORG")])
    assert got[:2] == [("Cora Delmont", "PERSON"), ("Amos Pell", "PERSON")]
    assert got[2] == ("Trade Council Director Ivo Rask", "ORG")  # "Director" also opens company names: not a title here
    assert spans("Federal Judge Reserve Bank Corp grew.", [("Federal Judge Reserve Bank Corp", "ORG")])[0][1] == "ORG"


def test_a_name_with_a_generational_suffix_is_a_person_and_its_surname_too() -> None:
    text = "It named Ray Tolliver to succeed K.D. Amberley Sr.\n\nAmberley, who founded it, retires."
    got = spans(text, [("Ray Tolliver", "PERSON"), ("K.D. Amberley Sr.", "ORG")])
    assert ("K.D. Amberley Sr.", "PERSON") in got and ("Amberley", "PERSON") in got


def test_an_acronym_bracket_the_span_swallowed_or_a_nationality_word_cut_off_is_repaired() -> None:
    text = "The Caspian Tin Council (CTC) said prices fell. The American Dental Guild (ADG) said so. ADG also said it."
    got = spans(text, [("The Caspian Tin Council (CTC", "ORG"), ("American", "NORP"), ("Dental Guild", "ORG")])
    assert got[0] == ("The Caspian Tin Council", "ORG") and ("American Dental Guild", "ORG") in got and ("ADG", "ORG") in got
    assert spans("Ten American Dental Guild (DG) members.", [("American", "NORP"), ("Dental Guild", "ORG")])[0] == ("American", "NORP")


def test_a_lone_suffixed_surname_takes_the_full_name_with_the_same_suffix() -> None:
    frame = raw([("a", "Lee R. Varden Jr.", "PERSON"), ("a", "Lee R. Varden III", "PERSON"), ("a", "Varden Jr.", "PERSON"),
                 ("a", "Varden III", "PERSON")])
    assert names.canonicalise(frame)["canonical"].tolist()[2:] == ["Lee R. Varden Jr.", "Lee R. Varden III"]


def test_a_person_tagged_word_opening_the_articles_company_is_the_company() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "text": ["The Juniper Stores Co", "Juniper", "The Juniper Stores Co", "Juniper"],
                          "spacy_label": ["ORG", "PERSON", "ORG", "PERSON"], "before": ["", "", "", "Mrs "], "after": ["", " said", "", " said"]})
    got = names.canonicalise(frame)
    assert list(zip(got["canonical"], got["label"]))[1] == ("Juniper Stores Co", "ORG")
    assert got["label"].tolist()[3] == "PERSON"  # a title says it is a person


def test_a_place_tagged_short_form_acting_as_the_lead_company_is_the_company() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "b", "c"], "text": ["Orrin Steel Corp", "Orrin", "Orrin Steel Corp", "Orrin", "Orrin", "Orrin"],
                          "spacy_label": ["ORG", "GPE", "ORG", "GPE", "GPE", "GPE"], "start_char": [0, 50, 0, 50, 90, 0],
                          "before": ["", "\n\n", "", "\n\n", "a mill in ", "in "], "after": [" said", " was forced to close", " said", " was hit", "", ""]})
    got = names.canonicalise(frame)  # b also uses it as a place; c names no company
    assert got["canonical"].tolist() == ["Orrin Steel Corp", "Orrin Steel Corp", "Orrin Steel Corp", "Orrin", "Orrin", "Orrin"]


def test_a_place_tagged_short_form_naming_the_companys_officer_is_the_company() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "text": ["Lanning Corp", "Orrin Homes Corp", "Orrin", "Orrin"],
                          "spacy_label": ["ORG", "ORG", "GPE", "GPE"], "start_char": [0, 40, 90, 0],
                          "before": ["", "privately held ", "The company said ", "in "], "after": [" said", " for", " president Ada Roe will", ""]})
    assert names.canonicalise(frame)["canonical"].tolist() == ["Lanning Corp", "Orrin Homes Corp", "Orrin Homes Corp", "Orrin"]
