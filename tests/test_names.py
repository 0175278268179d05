"""Name merging on whole texts: the 40 blind unit cases and one test per merging or repair rule."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from bench_names import matched_rows, strict
from helpers.entities import extract, names, repair

CASES_FILE = Path(__file__).parent / "fixtures" / "entities" / "merge_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
KNOWN_FAILURES: dict[str, str] = {  # blind cases the rules do not meet, and why
    "lone_surname_ambiguous_across_corpus": "the model tags the lone 'Neville' ORG; a lone ORG that only speaks "
    "('Neville said') and takes no one person of the corpus stays an organisation, as a firm that speaks does",
    "washington_place_vs_denzel_washington": "the model tags 'Denzel Washington' ORG and the article gives no "
    "evidence that it is a person",
    "party_word_glued_tories": "name_aliases.csv folds 'Britain' into 'United Kingdom' on purpose; the rest passes",
    "nationality_not_country": "the model tags 'Lyon' ORG and no rule knows it is a city; the rest passes",
    "paris_hilton_vs_paris": "the model tags 'Paris Hilton' ORG and the article gives no evidence that it is a person",
    "prince_harry_vs_harry_potter": "Prince Harry stays apart, the case's point; but the case types the book series 'Harry "
    "Potter' a person, while the British name gold types it a work in 44 rows by many writers, and data/named_works.txt "
    "follows them (the series leaves the table of actors)",
}


def extracted(docs: list[str], cache: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """Mentions of `docs` (ids d0, d1, ...) and the texts by id."""
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(docs))], "text": docs})
    return extract.extract_entities(arts, cache_dir=cache), dict(zip(arts["doc_id"], arts["text"]))


def named(mentions: pd.DataFrame, texts: dict[str, str], doc: str, mention: str) -> tuple[str | None, str | None]:
    """The canonical name and label the pipeline gave `mention` where it stands alone in `doc`."""
    rows = matched_rows(mentions[mentions["doc_id"] == doc], texts[doc], mention)
    if rows.empty:
        return None, None
    canonical = Counter(rows["canonical"]).most_common(1)[0][0]
    return canonical, rows.loc[rows["canonical"] == canonical, "label"].iloc[0]


def case_params(cases: list[dict], known_failures: dict[str, str]) -> list:
    """One pytest param per blind case; known failures are xfail with their reason."""
    marks = lambda c: [pytest.mark.xfail(reason=known_failures[c], strict=True)] if c in known_failures else []
    return [pytest.param(case, id=case["case"], marks=marks(case["case"])) for case in cases]


def check_case(case: dict, tmp_path: Path) -> None:
    """Assert that every expectation of one blind case holds: each mention's canonical name (spelling-tolerant) and label."""
    mentions, texts = extracted(case["docs"], tmp_path)
    got = [(e["mention"], *named(mentions, texts, f"d{e['doc']}", e["mention"])) for e in case["expect"]]
    want = [(e["mention"], e["canonical"], e["type"]) for e in case["expect"]]
    assert [(m, strict(c or ""), lab) for m, c, lab in got] == [(m, strict(c), lab) for m, c, lab in want], case["why"]


@pytest.mark.parametrize("case", case_params(CASES, KNOWN_FAILURES))
def test_blind_merge_case(case: dict, tmp_path: Path) -> None:
    check_case(case, tmp_path)


# One test per rule, with sentences written for these tests. Repair rules run on hand-made raw
# entities (no model), so they test the rule and not what the model happens to tag.

def repaired(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Run span repair on entities given as (surface, label), located by their first occurrence."""
    raw, seen = [], Counter()
    for surface, lab in ents:
        start = -1
        for _ in range(seen[surface] + 1):
            start = text.index(surface, start + 1)
        seen[surface] += 1
        raw.append([start, start + len(surface), lab])
    return [(text[s:e], lab) for s, e, lab in repair.repair_entities(text, raw, extract.LABELS)]


def test_score_splits_a_span_and_pieces_take_their_label_in_the_article() -> None:
    text = "Brazil 2-1 Peru was a fair result. Brazil play again on Sunday."
    got = repaired(text, [("Brazil 2-1 Peru", "PERSON")])
    assert ("Brazil", "GPE") in got and ("Peru", "GPE") in got and all(lab != "PERSON" for _, lab in got)


def test_trailing_score_is_cut_from_a_club() -> None:
    assert repaired("They lost to Valencia 3-1 at home.", [("Valencia 3-1", "ORG")]) == [("Valencia", "ORG")]


def test_party_and_nationality_words_are_cut_from_the_front_of_a_person() -> None:
    text = "Veteran Conservatives Anna Lindgren and Saudi Arabian Omar Haddad spoke first."
    got = repaired(text, [("Conservatives Anna Lindgren", "PERSON"), ("Saudi Arabian Omar Haddad", "PERSON")])
    assert got == [("Anna Lindgren", "PERSON"), ("Omar Haddad", "PERSON")]


def test_lower_case_words_are_cut_from_the_front_of_a_person() -> None:
    assert repaired("He hoped to meet Mrs Dunmore soon.", [("meet Mrs Dunmore", "PERSON")]) == [("Mrs Dunmore", "PERSON")]


def test_role_noun_after_a_party_is_the_party_not_a_person() -> None:
    got = repaired("Forty Labour MPs and three Democrat senators signed.", [("Labour MPs", "PERSON"), ("Democrat senators", "PERSON")])
    assert got == [("Labour", "ORG"), ("Democrat", "NORP")]


def test_person_followed_by_a_company_ending_is_the_company() -> None:
    text = "Shares of Hollis Brandt and Co fell, and Marlow Keene Inc rose."
    got = repaired(text, [("Hollis Brandt", "PERSON"), ("Marlow Keene", "PERSON")])
    assert got == [("Hollis Brandt and Co", "ORG"), ("Marlow Keene Inc", "ORG")]


def test_person_that_starts_a_company_name_in_the_article_is_the_company() -> None:
    text = "Dunlop Hale said demand was weak, a day after Dunlop Hale Corp cut jobs."
    assert repaired(text, [("Dunlop Hale", "PERSON"), ("Dunlop Hale Corp", "ORG")])[0] == ("Dunlop Hale", "ORG")
    assert repaired("Dunlop Hale said demand was weak.", [("Dunlop Hale", "PERSON")]) == [("Dunlop Hale", "PERSON")]


def test_club_word_makes_a_club_and_a_city_after_it_joins_the_club() -> None:
    text = "Sporting Braga beat Real Betis at home."
    assert repaired(text, [("Sporting Braga", "PERSON"), ("Betis", "GPE")]) == [("Sporting Braga", "ORG"), ("Real Betis", "ORG")]


def test_a_person_name_has_no_digits_and_is_no_acronym() -> None:
    assert repaired("The 1987 Plan and the IMF agreed.", [("1987 Plan", "PERSON"), ("IMF", "PERSON")]) == [("IMF", "ORG")]


def test_a_name_in_ticker_brackets_is_a_company() -> None:
    assert repaired("It bought <Corvella> shares.", [("Corvella>", "PERSON")]) == [("Corvella>", "ORG")]


def test_name_title_joins_the_person_span() -> None:
    assert repaired("Lord Ashcombe opened the debate.", [("Ashcombe", "PERSON")]) == [("Lord Ashcombe", "PERSON")]


def test_untagged_surname_of_a_person_in_the_article_is_recovered() -> None:
    text = "Finance chief Oskar Brennecke resigned. Analysts said Brennecke had been under pressure."
    assert repaired(text, [("Oskar Brennecke", "PERSON")]) == [("Oskar Brennecke", "PERSON"), ("Brennecke", "PERSON")]


def test_surname_after_a_possessive_or_tagged_as_a_product_is_recovered() -> None:
    text = "Analyst Mara Quennell spoke. Brightline's Quennell said sales fell, and Quennell expects more."
    got = repaired(text, [("Mara Quennell", "PERSON"), ("Quennell", "PRODUCT")])
    assert got == [("Mara Quennell", "PERSON"), ("Quennell", "PERSON"), ("Quennell", "PERSON")]


def test_surname_that_opens_a_sentence_as_a_common_word_is_not_recovered() -> None:
    text = "Trade minister Alan Young spoke. Young farmers protested; young workers joined them."
    assert repaired(text, [("Alan Young", "PERSON")]) == [("Alan Young", "PERSON")]


def test_unit_abbreviations_and_table_labels_are_never_entities() -> None:
    text = "The dividend rose 12 cts to 1.40 dlrs. Revs 38.0 mln vs 31.2 mln. Shr Norbury Mills Inc rose."
    got = repaired(text, [("cts", "ORG"), ("dlrs", "ORG"), ("Revs 38.0 mln", "ORG"), ("Shr Norbury Mills Inc", "ORG")])
    assert got == [("Norbury Mills Inc", "ORG")]


def test_company_endings_after_a_name_all_join_the_company() -> None:
    text = "Creditors of Ansel Whitby and Co L.P. met, and Carrow Tabb and Co said no."
    got = repaired(text, [("Ansel Whitby", "PERSON"), ("Co L.P.", "ORG"), ("Carrow Tabb", "ORG"), ("Co", "ORG")])
    assert got == [("Ansel Whitby and Co L.P.", "ORG"), ("Carrow Tabb and Co", "ORG")]


def test_name_like_org_right_after_a_person_title_is_a_person() -> None:
    text = "Vice-President Tomas Arriaga told reporters that President Walt Holdings Corp and Chairman Fenwick Bank were fine."
    got = repaired(text, [("Tomas Arriaga", "ORG"), ("Walt Holdings Corp", "ORG"), ("Fenwick Bank", "ORG")])
    assert got == [("Tomas Arriaga", "PERSON"), ("Walt Holdings Corp", "ORG"), ("Fenwick Bank", "ORG")]


def test_place_glued_after_a_person_of_the_article_is_cut_off() -> None:
    text = "Omar Velasco met Chile's bankers. He told Velasco Chile must pay, and thanked Ines Chile."
    got = repaired(text, [("Omar Velasco", "PERSON"), ("Chile", "GPE"), ("Velasco Chile", "PERSON"), ("Ines Chile", "PERSON")])
    assert got == [("Omar Velasco", "PERSON"), ("Chile", "GPE"), ("Velasco", "PERSON"), ("Chile", "GPE"), ("Ines Chile", "PERSON")]


def canon_rows(rows: list[tuple]) -> list[tuple[str, str]]:
    """Canonical names and labels of raw mentions given as (doc, text, label[, text before it[, text after it]])."""
    frame = pd.DataFrame([r + ("",) * (5 - len(r)) for r in rows], columns=["doc_id", "text", "spacy_label", "before", "after"])
    out = names.canonicalise(frame)
    return list(zip(out["canonical"], out["label"]))


def test_place_is_never_folded_into_a_person_across_articles() -> None:
    got = canon_rows([("a", "Helen Chester", "PERSON"), ("b", "Chester", "GPE"), ("c", "Chester", "GPE"), ("d", "Sloane", "NORP"),
                      ("e", "Eva Sloane", "PERSON")])
    assert got[1:4] == [("Chester", "GPE"), ("Chester", "GPE"), ("Sloane", "NORP")]


def test_place_tagged_surname_folds_only_when_its_article_shows_a_person() -> None:
    frame = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c"], "text": ["Ruth Derby", "Derby", "Ruth Derby", "Derby", "Derby"],
                          "spacy_label": ["PERSON", "GPE", "PERSON", "GPE", "GPE"], "after": ["", " said on", "", " is a city", ""]})
    out = names.canonicalise(frame)  # "Derby" is a place in article c, which names no Derby
    assert list(out["canonical"]) == ["Ruth Derby", "Ruth Derby", "Ruth Derby", "Derby", "Derby"]


def test_place_tagged_surname_that_is_no_place_elsewhere_is_the_person_of_its_article() -> None:
    rows = [("a", "Iris Tavora", "PERSON"), ("a", "Tavora", "GPE", "said. ", " announced a plan"), ("a", "Tavora", "GPE", "farms in ", ""),
            ("b", "Jerry Welsh", "PERSON"), ("b", "Welsh", "NORP", "The company said ", " was previously"),
            ("b", "Welsh", "NORP", "hired ", " farmers")]
    got = canon_rows(rows)
    assert got[1] == ("Iris Tavora", "PERSON") and got[2][0] == "Tavora" and got[4] == ("Jerry Welsh", "PERSON") and got[5][0] == "Welsh"
    other = canon_rows(rows[3:5] + [("c", "Welsh", "NORP", "", " voters")])  # a nationality in article c stays one
    assert other[1] == ("Jerry Welsh", "PERSON") and other[2] == ("Welsh", "NORP")  # b's "Welsh was previously" is the subject of a verb


def test_lone_surname_across_articles_needs_a_single_candidate_and_no_other_reading() -> None:
    got = canon_rows([("a", "Ingrid Solberg", "PERSON"), ("b", "Solberg", "PERSON"),
                      ("c", "Mark Castle", "PERSON"), ("d", "Castle", "PERSON"), ("e", "Castle", "GPE"), ("f", "Castle", "GPE")])
    assert got[1] == ("Ingrid Solberg", "PERSON") and got[3][0] == "Castle"


def test_first_name_alone_never_merges_across_articles() -> None:
    assert canon_rows([("a", "Oliver Grant", "PERSON"), ("b", "Oliver", "PERSON")])[1] == ("Oliver", "PERSON")


def test_womans_title_skips_a_man_and_keeps_the_title_when_nobody_fits() -> None:
    got = canon_rows([("a", "Peter Lindqvist", "PERSON"), ("a", "Karin Lindqvist", "PERSON"), ("a", "Lindqvist", "PERSON", "said Mrs "),
                      ("b", "Harold Voss", "PERSON"), ("c", "Mrs Voss", "PERSON")])
    assert got[2] == ("Karin Lindqvist", "PERSON") and got[4] == ("Mrs Voss", "PERSON")


def test_title_words_pick_the_namesake_named_with_that_title() -> None:
    got = canon_rows([("a", "Paul Hendry", "PERSON", "Defence Secretary "), ("a", "Colin Hendry", "PERSON", "club captain "),
                      ("a", "Hendry", "PERSON", "the Defence Secretary ")])
    assert got[2] == ("Paul Hendry", "PERSON")


def test_royal_or_peer_title_stays_in_the_name_and_blocks_surname_merging() -> None:
    got = canon_rows([("a", "Prince Albert", "PERSON"), ("b", "Albert", "PERSON"), ("c", "Lord Ashdown", "PERSON"), ("d", "Simon Ashdown", "PERSON")])
    assert got == [("Prince Albert", "PERSON"), ("Albert", "PERSON"), ("Lord Ashdown", "PERSON"), ("Simon Ashdown", "PERSON")]


def test_end_of_a_longer_name_in_the_article_folds_into_it() -> None:
    got = canon_rows([("a", "Maria Elena Ruiz Soto", "PERSON"), ("a", "Ruiz Soto", "PERSON")])
    assert got[1] == ("Maria Elena Ruiz Soto", "PERSON")


def test_company_short_form_and_acronym_fold_into_the_company_of_the_article() -> None:
    got = canon_rows([("a", "Halvorsen Shipping Co", "ORG"), ("a", "Halvorsen", "ORG"), ("a", "Nordic Freight Council", "ORG"),
                      ("a", "NFC", "ORG"), ("b", "Halvorsen", "ORG")])
    assert [c for c, _ in got] == ["Halvorsen Shipping Co", "Halvorsen Shipping Co", "Nordic Freight Council", "Nordic Freight Council", "Halvorsen"]


def test_org_tagged_surname_is_not_a_person_when_its_article_names_the_company() -> None:
    got = canon_rows([("a", "Tom Garrick", "PERSON"), ("a", "Garrick Holdings", "ORG"), ("a", "Garrick", "ORG")])
    assert got[2][1] == "ORG"


def test_repaired_spans_never_overlap() -> None:
    text = "Ministers met Prince Hamid Al Rashed at Real Oviedo."
    got = repaired(text, [("Prince", "ORG"), ("Hamid Al Rashed", "PERSON"), ("Real", "ORG"), ("Oviedo", "GPE")])
    spans = sorted((text.index(s), text.index(s) + len(s)) for s, _ in got)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_org_tagged_surname_that_speaks_or_has_a_title_is_the_person_despite_a_company() -> None:
    got = canon_rows([("a", "Ruth Calloway", "PERSON"), ("a", "Calloway Partners", "ORG"), ("a", "Calloway", "ORG", "prices, ", " said. Then"),
                      ("a", "Calloway", "ORG", "shares of ", " rose"), ("a", "Calloway", "ORG", "", " said it would"),
                      ("a", "Calloway", "ORG", "asked Mrs. ", "")])
    assert [lab for _, lab in got[2:]] == ["PERSON", "ORG", "ORG", "PERSON"] and got[2][0] == got[5][0] == "Ruth Calloway"


def test_word_opening_one_odd_full_name_is_still_a_surname() -> None:
    got = canon_rows([("a", "Walter Brisbane", "PERSON"), ("b", "Walter Brisbane", "PERSON"), ("c", "Brisbane Administration", "PERSON"),
                      ("d", "Brisbane", "PERSON", "President ")])
    assert got[3] == ("Walter Brisbane", "PERSON")


def test_first_name_reading_wins_when_a_word_mostly_opens_names() -> None:
    got = canon_rows([("a", "Dexter Hale", "PERSON"), ("b", "Dexter Moss", "PERSON"), ("c", "Anna Dexter", "PERSON"), ("d", "Dexter", "PERSON")])
    assert got[3] == ("Dexter", "PERSON")


def test_the_namesake_sharing_most_title_words_wins() -> None:
    got = canon_rows([("a", "Carl Penrose", "PERSON", "Board Vice Chairman "), ("b", "Ian Penrose", "PERSON", "company Chairman "),
                      ("c", "Penrose", "PERSON", "Noting Vice Chairman "), ("d", "Penrose", "PERSON", "Industry Chairman ")])
    assert got[2] == ("Carl Penrose", "PERSON") and got[3][0] == "Penrose"


def test_title_resolves_an_org_tagged_name_and_the_article_follows_it() -> None:
    got = canon_rows([("a", "Harlan Quist", "PERSON", "former President "), ("a", "Quist Group Inc", "ORG"),
                      ("b", "Quist", "ORG", "under President "), ("b", "Quist", "ORG", "during ", "'s term"),
                      ("c", "Quist", "ORG", "shares of ")])
    assert got[2:] == [("Harlan Quist", "PERSON"), ("Harlan Quist", "PERSON"), ("Quist", "ORG")]


def test_womans_title_does_not_pass_her_name_to_the_bare_surname() -> None:
    got = canon_rows([("a", "Ruth Oakes", "PERSON"), ("b", "Oakes", "PERSON", "met Mrs "), ("b", "Oakes", "PERSON", "said "),
                      ("c", "Tom Oakes", "PERSON")])
    assert got[1] == ("Ruth Oakes", "PERSON") and got[2][0] == "Oakes"


def test_spelling_variants_of_a_full_name_become_one() -> None:
    got = canon_rows([("a", "Park Ji-hoon", "PERSON"), ("b", "Park Ji Hoon", "PERSON"), ("c", "Park Ji-hoon", "PERSON")])
    assert {c for c, _ in got} == {"Park Ji-hoon"}


def test_company_named_after_a_person_takes_its_short_form_without_the_first_name() -> None:
    got = canon_rows([("a", "Carl Marchetti and Co L.P.", "ORG"), ("a", "Marchetti and Co", "ORG")])
    assert got[1][0] == "Carl Marchetti and Co L.P."


def test_full_name_the_corpus_mostly_calls_a_person_is_a_person_in_every_article() -> None:
    got = canon_rows([("a", "Leon Ostrow", "PERSON"), ("b", "Leon Ostrow", "PERSON"), ("c", "Leon Ostrow", "ORG"), ("c", "Ostrow", "ORG", "", " rose."),
                      ("d", "Arden", "ORG"), ("d", "Arden Mills", "ORG"), ("e", "Arden Mills", "ORG"), ("f", "Arden Mills", "PERSON")])
    assert got[2:4] == [("Leon Ostrow", "PERSON"), ("Leon Ostrow", "PERSON")] and got[4] == ("Arden", "ORG")


# Third round: rules for the misses of gold set 2's dev half, with sentences written for these tests.

def test_name_described_by_a_role_in_an_apposition_is_a_person() -> None:
    text = "Sales rose, Elmer Vantongeren, president and chief executive of Corlex, said. Halbrook Dane, chairman Peter Kell said, gained."
    got = repaired(text, [("Elmer Vantongeren", "ORG"), ("Corlex", "ORG"), ("Halbrook Dane", "ORG"), ("Peter Kell", "PERSON")])
    assert got == [("Elmer Vantongeren", "PERSON"), ("Corlex", "ORG"), ("Halbrook Dane", "ORG"), ("Peter Kell", "PERSON")]


def test_name_after_a_lower_case_title_is_a_person() -> None:
    text = "Corlex chairman Ruben Talmadge said costs fell; its general Motors unit did not."
    got = repaired(text, [("Corlex", "ORG"), ("Ruben Talmadge", "ORG"), ("Motors", "ORG")])
    assert got == [("Corlex", "ORG"), ("Ruben Talmadge", "PERSON"), ("Motors", "ORG")]


def test_place_after_an_untagged_first_name_is_that_person() -> None:
    text = "Gilberto Arango, head of the growers' group, spoke. In Salvora, head office staff left. Trade with Lisbon rose."
    got = repaired(text, [("Arango", "GPE"), ("Salvora", "GPE"), ("Lisbon", "GPE")])
    assert got == [("Gilberto Arango", "PERSON"), ("Salvora", "GPE"), ("Lisbon", "GPE")]


def test_owner_possessive_glued_to_a_surname_of_the_article_is_cut_off() -> None:
    text = "Analyst Keith Marlowe spoke. Halloway's Marlowe said banks lost money, and Halloway's Bank Fund rose."
    got = repaired(text, [("Keith Marlowe", "PERSON"), ("Halloway's Marlowe", "ORG"), ("Halloway's Bank Fund", "ORG")])
    assert got == [("Keith Marlowe", "PERSON"), ("Marlowe", "PERSON"), ("Halloway's Bank Fund", "ORG")]


def test_lone_surname_goes_to_the_namesake_the_corpus_names_ten_times_as_often() -> None:
    wide = [(f"p{i}", "Edwin Harrow", "PERSON") for i in range(12)]
    got = canon_rows(wide + [("x", "Athough Harrow", "PERSON"), ("y", "Nora Harrow", "PERSON"), ("z", "Harrow", "PERSON", "this move Mr. ")])
    assert got[-1] == ("Edwin Harrow", "PERSON")
    few = [(f"p{i}", "Edwin Harrow", "PERSON") for i in range(4)]
    assert canon_rows(few + [("y", "Nora Harrow", "PERSON"), ("z", "Harrow", "PERSON", "said ")])[-1] == ("Harrow", "PERSON")


def test_short_form_goes_to_the_company_it_names_with_only_an_ending() -> None:
    got = canon_rows([("a", "Corvin Cos", "ORG"), ("a", "Corvin Pipeline Co", "ORG"), ("a", "Corvin Natural Gas Co", "ORG"), ("a", "Corvin", "ORG")])
    assert got[-1] == ("Corvin Cos", "ORG")


def test_acronym_the_corpus_spells_out_one_way_takes_that_name_everywhere() -> None:
    got = canon_rows([("a", "Nordic Freight Council", "ORG"), ("a", "NFC", "ORG"), ("b", "NFC", "ORG"),
                      ("c", "Baltic Ports Authority", "ORG"), ("c", "BPA", "ORG"), ("d", "Bay Power Agency", "ORG"),
                      ("d", "BPA", "ORG"), ("e", "BPA", "ORG")])
    assert [c for c, _ in got] == ["Nordic Freight Council"] * 3 + ["Baltic Ports Authority"] * 2 + ["Bay Power Agency"] * 2 + ["BPA"]
    many = [row for i in range(10) for row in ((f"p{i}", "Pacific Trade Board", "ORG"), (f"p{i}", "PTB", "ORG"))]
    got = canon_rows(many + [("q", "PTB Committee", "ORG"), ("q", "PTB", "ORG"), ("r", "Port Tax Bureau", "ORG"), ("r", "PTB", "ORG"), ("s", "PTB", "ORG")])
    assert [c for c, _ in got[-4::2]] == ["Pacific Trade Board", "Port Tax Bureau"] and got[-1][0] == "Pacific Trade Board"


def test_acronym_written_in_capitals_finds_its_long_form_when_its_canonical_spelling_is_not() -> None:
    got = canon_rows([("a", "Opec", "ORG"), ("b", "the Organization of Petroleum Exporting Countries", "ORG"), ("b", "OPEC", "ORG")])
    assert got[0] == got[2] == ("Organization of Petroleum Exporting Countries", "ORG")


def test_name_after_a_role_noun_is_a_person() -> None:
    text = "The exchange's special counsel Leo Marhoefer said trading was orderly."
    assert repaired(text, [("Leo Marhoefer", "ORG")]) == [("Leo Marhoefer", "PERSON")]


def test_surname_opening_with_a_lower_case_particle_merges() -> None:
    got = canon_rows([("a", "Refaat el-Nadim", "PERSON"), ("a", "el-Nadim", "ORG", "a loan to ", " in its results")])
    assert got[1] == ("Refaat el-Nadim", "PERSON")


def test_company_short_form_tagged_as_a_place_folds_when_it_is_rarely_a_place_elsewhere() -> None:
    rows = [("a", "Ashmore Oil Inc", "ORG"), ("a", "Ashmore", "GPE", "", " said"), ("b", "Ashmore Oil Inc", "ORG"), ("b", "Ashmore", "GPE"),
            ("c", "Dunmoor Power Co", "ORG"), ("c", "Dunmoor", "GPE", "customers in "), ("d", "Dunmoor", "GPE"), ("e", "Dunmoor", "GPE")]
    got = canon_rows(rows)
    assert got[1] == got[3] == ("Ashmore Oil Inc", "ORG") and got[5] == ("Dunmoor", "GPE")


def test_place_tagged_short_form_of_a_company_never_becomes_a_person() -> None:
    got = canon_rows([("a", "Barron Hadley", "PERSON"), ("a", "Hadley Hotels Corp", "ORG"), ("a", "Hadley", "GPE", "according to ", " attorneys")])
    assert got[2] == ("Hadley Hotels Corp", "ORG")


def test_company_named_x_and_y_joins_its_untagged_first_partner() -> None:
    text = "Hale and Corvo is seeking approval, unlike Bexley and Ford. It works with Hale and Corvo PLC on the sweetener."
    got = repaired(text, [("Corvo", "ORG"), ("Ford", "ORG"), ("Corvo PLC", "ORG")])
    assert got == [("Hale and Corvo", "ORG"), ("Ford", "ORG"), ("Hale and Corvo PLC", "ORG")]


def test_short_form_of_a_company_opening_with_a_first_name_folds_into_it() -> None:
    got = canon_rows([("a", "Wendel Marrick Co", "ORG"), ("a", "Marrick", "ORG", "", " said"), ("a", "Wendel Marrick World", "ORG")])
    assert got[1] == ("Wendel Marrick Co", "ORG")


def test_person_span_naming_two_people_is_split() -> None:
    text = "Guests included Harlow and Nancy Harlow, and Johnson and Johnson staff."
    got = repaired(text, [("Harlow and Nancy Harlow", "PERSON"), ("Johnson and Johnson", "PERSON")])
    assert got == [("Harlow", "PERSON"), ("Nancy Harlow", "PERSON"), ("Johnson and Johnson", "ORG")]  # one surname twice: the firm


def test_company_keeps_its_label_when_place_tagged_short_forms_outnumber_it() -> None:
    got = canon_rows([("a", "Ashmore Oil Inc", "ORG"), ("a", "Ashmore", "GPE"), ("a", "Ashmore", "GPE"), ("a", "Ashmore", "GPE")])
    assert set(got) == {("Ashmore Oil Inc", "ORG")}


def test_lead_manager_bank_is_not_a_person() -> None:
    text = "The bonds were priced at par, lead manager Corvane Generale said."
    assert repaired(text, [("Corvane Generale", "ORG")]) == [("Corvane Generale", "ORG")]


def test_a_curated_organisation_tagged_as_a_person_is_no_namesake_to_win() -> None:
    wide = [row for i in range(12) for row in ((f"p{i}", "White House", "ORG"), (f"p{i}", "House", "PERSON"))]
    got = canon_rows(wide + [("x", "Len House", "PERSON"), ("x", "Len House", "PERSON"), ("y", "House", "PERSON", "the chief ")])
    assert got[-1][0] == "House"  # guard: the corpus-dominance rule must not pick the curated "White House"


def test_acronym_keeps_one_name_and_each_articles_spelling_of_the_same_body_folds_into_it() -> None:
    spelled = [("a", "the Organization of Grain Exporting States", "ORG"), ("a", "OGES", "ORG"),
               ("b", "Organization of Grain Exporting States", "ORG"), ("b", "OGES", "ORG"),
               ("c", "the Organisation of Grain Exporting States", "ORG"), ("c", "OGES", "ORG"),
               ("d", "Organizaton of Grain Exporting States", "ORG"), ("d", "OGES", "ORG")]  # a typo is a spelling too
    alone = [(f"p{i}", "OGES", "ORG") for i in range(30)] + [("q", "Oges", "ORG")]
    got = canon_rows(spelled + alone + [("r", "Organisation of Grain Exporting States", "ORG")])
    assert {c for c, _ in got} == {"Organization of Grain Exporting States"}
    other = canon_rows(spelled + [("s", "Ontario Grain Elevator Society", "ORG"), ("s", "OGES", "ORG"), ("t", "OGES", "ORG")])
    assert [c for c, _ in other[-3:]] == ["Ontario Grain Elevator Society"] * 2 + ["OGES"]  # another body: no reading wins


# Fourth round (issue 12, dev misses and corpus checks): sentences written for these tests.

def test_surname_of_a_person_named_with_a_possessive_is_recovered() -> None:
    text = "The panel cut Senator Lena Marsh's plan. Aides to Marsh would not comment."
    assert repaired(text, [("Lena Marsh's", "PERSON")])[-1] == ("Marsh", "PERSON")


def test_surname_after_a_capitalised_word_and_a_comma_is_recovered() -> None:
    text = "Ivo Brandt runs the mill. In Quebec, Brandt said no. Chez Brandt is a cafe."
    assert repaired(text, [("Ivo Brandt", "PERSON"), ("Quebec", "GPE")]) == [("Ivo Brandt", "PERSON"), ("Quebec", "GPE"), ("Brandt", "PERSON")]


def test_surname_the_model_calls_a_location_or_an_event_is_the_person_of_its_article() -> None:
    got = canon_rows([("a", "Nils Ostrander", "PERSON"), ("a", "Ostrander", "LOC", "talks, ", " said"),
                      ("a", "Ostrander", "EVENT", "both ", " and the bankers"), ("b", "Ostrander", "LOC", "in ", "")])
    assert got[1:] == [("Nils Ostrander", "PERSON"), ("Nils Ostrander", "PERSON"), ("Ostrander", "LOC")]


def test_org_span_listing_surnames_of_the_article_is_split_into_persons() -> None:
    text = "Tom Harlow and Ada Fenwick spoke. Harlow, Fenwick and others objected. Vane-Orr, Fenwick said."
    got = repaired(text, [("Tom Harlow", "PERSON"), ("Ada Fenwick", "PERSON"), ("Harlow, Fenwick", "ORG"), ("Vane-Orr, Fenwick", "ORG")])
    assert got[2:] == [("Harlow", "PERSON"), ("Fenwick", "PERSON"), ("Vane-Orr", "ORG"), ("Fenwick", "PERSON")]


def test_company_x_and_y_joins_a_first_partner_the_model_tagged_as_a_person() -> None:
    text = "Bexley and Corvo agreed. Bexley and Corvo PLC makes sugar. Ann Moss and Corvo PLC met."
    got = repaired(text, [("Bexley", "PERSON"), ("Corvo", "PERSON"), ("Bexley", "PERSON"), ("Corvo PLC", "ORG"), ("Ann Moss", "PERSON"), ("Corvo PLC", "ORG")])
    assert got == [("Bexley and Corvo", "ORG"), ("Bexley and Corvo PLC", "ORG"), ("Ann Moss", "PERSON"), ("Corvo PLC", "ORG")]


def test_untagged_short_form_of_a_company_of_the_article_is_recovered() -> None:
    text = ("Corvane Industries Inc will buy Belmar Corp. Corvane holders get 74 pct. Ionic Holdings said so. "
            "Belmar, a chip maker, agreed. Delta Air Inc flies to the delta. Delta said no.")
    got = repaired(text, [("Corvane Industries Inc", "ORG"), ("Belmar Corp", "ORG"), ("Ionic Holdings", "ORG"), ("Delta Air Inc", "ORG")])
    assert got == [("Corvane Industries Inc", "ORG"), ("Belmar Corp", "ORG"), ("Corvane", "ORG"), ("Ionic Holdings", "ORG"), ("Belmar", "ORG"),
                   ("Delta Air Inc", "ORG")]  # "delta" is also a word here
    rows = canon_rows([("a", "Corvane Industries Inc", "ORG"), ("a", "Corvane", "ORG")])
    assert rows[1] == ("Corvane Industries Inc", "ORG")


def test_place_tagged_short_form_that_speaks_and_is_no_place_in_its_article_is_the_company() -> None:
    got = canon_rows([("a", "Brockton Insurance Group", "ORG"), ("a", "Brockton", "GPE", "year, ", " said it expects"),
                      ("a", "Brockton", "GPE", "shares of ", ""), ("b", "Brockton Insurance Group", "ORG"),
                      ("b", "Brockton", "GPE", "", " said it expects"), ("b", "Brockton", "GPE", "based in ", ""),
                      ("c", "Brockton", "GPE", "", " said")])
    assert [c for c, _ in got] == ["Brockton Insurance Group"] * 4 + ["Brockton"] * 3


def test_surname_glued_to_an_owner_in_a_work_of_art_span_or_opening_a_sentence_to_speak_is_recovered() -> None:
    text = "Ada Rose of Kemble said prices rose. Rose estimated more. Rose prices fell. Kemble's Rose said no."
    got = repaired(text, [("Ada Rose", "PERSON"), ("Kemble's Rose", "WORK_OF_ART")])
    assert got == [("Ada Rose", "PERSON"), ("Rose", "PERSON"), ("Rose", "PERSON")]  # "Rose estimated", "Rose said"; not "Rose prices"


def test_lone_surname_merges_when_its_candidates_are_one_name_written_short_and_long() -> None:
    got = canon_rows([("a", "H. Orson Tully", "PERSON"), ("a", "Orson Tully", "PERSON"), ("a", "Tully", "PERSON"),
                      ("b", "Tully", "PERSON"), ("b", "Ann Tully", "PERSON"), ("b", "Mark Tully", "PERSON")])
    assert got[1:3] == [("H. Orson Tully", "PERSON")] * 2 and got[3] == ("Tully", "PERSON")  # two namesakes, both named after it


def test_short_given_name_folds_into_the_formal_name_of_its_article() -> None:
    got = canon_rows([("a", "Robert Hallam", "PERSON"), ("a", "Bob Hallam", "PERSON"), ("a", "Hallam", "PERSON"),
                      ("b", "Rachel Hallam", "PERSON"), ("b", "Bob Hallam", "PERSON"), ("c", "Bob Hallam", "PERSON")])
    assert got == [("Robert Hallam", "PERSON")] * 3 + [("Rachel Hallam", "PERSON"), ("Bob Hallam", "PERSON"), ("Bob Hallam", "PERSON")]


def test_nationality_word_as_the_subject_of_a_verb_is_the_person_of_its_article() -> None:
    got = canon_rows([("a", "Ron English", "PERSON"), ("a", "English", "NORP", "The board said ", " was previously its treasurer"),
                      ("a", "English", "NORP", "many ", " farmers"), ("b", "English", "NORP", "", " farmers"),
                      ("c", "English", "NORP", "said the ", " were tired")])
    assert got[1] == ("Ron English", "PERSON") and got[2:] == [("English", "NORP")] * 3


def test_acronym_in_brackets_after_an_org_folds_into_it_when_its_letters_fit() -> None:
    got = canon_rows([("a", "Baltic Grain Trading Exchange", "ORG", "the ", " (BAGREX) said"), ("a", "BAGREX", "ORG"),
                      ("b", "Timber Board", "ORG", "", " (WQZ) today"), ("b", "WQZ", "ORG")])
    assert [c for c, _ in got] == ["Baltic Grain Trading Exchange"] * 2 + ["Timber Board", "WQZ"]  # a name of three words or
    # more also takes a short form that does not fit: `companies.foreign_short_form`


def test_person_span_ending_in_a_foreign_company_ending_is_the_company() -> None:
    got = repaired("Talleres Navales del Sur S.A. and Perak Timur Bhd signed.",
                   [("Talleres Navales del Sur S.A.", "PERSON"), ("Perak Timur Bhd", "PERSON")])
    assert got == [("Talleres Navales del Sur S.A.", "ORG"), ("Perak Timur Bhd", "ORG")]


def test_possessive_person_that_starts_a_company_of_the_article_is_the_company() -> None:
    text = "Lucky Mabel Inc's shares rose. Analysts cited Lucky Mabel's profit."
    assert repaired(text, [("Lucky Mabel Inc's", "ORG"), ("Lucky Mabel's", "PERSON")])[1] == ("Lucky Mabel's", "ORG")


def test_place_tagged_short_form_that_also_says_folds_into_the_company() -> None:
    got = canon_rows([("a", "Hadley Corp", "ORG"), ("a", "Hadley", "GPE", "", " also said it would"), ("b", "Hadley", "GPE", "in ", "")])
    assert got[1] == ("Hadley Corp", "ORG") and got[2] == ("Hadley", "GPE")


def test_one_word_person_before_a_state_abbreviation_is_a_place() -> None:
    text = "It will build a plant at Thornbury, Pa. and asked Lindell, U.S. officials said, and Marsh, Jr. agreed."
    got = repaired(text, [("Thornbury", "PERSON"), ("Pa.", "GPE"), ("Lindell", "PERSON"), ("U.S.", "GPE"), ("Marsh", "PERSON")])
    assert got == [("Thornbury", "GPE"), ("Pa.", "GPE"), ("Lindell", "PERSON"), ("U.S.", "GPE"), ("Marsh", "PERSON")]


def test_untagged_peer_is_recovered_but_not_an_office() -> None:
    text = "Lord Ashcombe, a junior minister, spoke after the Lord Mayor of Leeds and Lady Fenwick."
    assert repaired(text, []) == [("Lord Ashcombe", "PERSON"), ("Lady Fenwick", "PERSON")]


def test_one_word_name_as_often_a_place_as_a_person_is_the_place() -> None:
    got = canon_rows([("a", "Thornbury", "GPE"), ("a", "Thornbury", "PERSON"), ("b", "Ravel", "PERSON")])
    assert got == [("Thornbury", "GPE"), ("Thornbury", "GPE"), ("Ravel", "PERSON")]


def test_ministry_portfolio_word_is_cut_from_the_front_of_a_person() -> None:
    text = "He met the Minister of Mines and Energy Rahmat Sudirjo and Finance Ayu Lestari."
    got = repaired(text, [("Energy Rahmat Sudirjo", "PERSON"), ("Finance Ayu Lestari", "PERSON")])
    assert got == [("Rahmat Sudirjo", "PERSON"), ("Ayu Lestari", "PERSON")]


def test_untagged_acronym_spelled_out_in_brackets_is_recovered_and_folds() -> None:
    text = "The Nordic Salmon Council (NOSAC) met. NOSAC will cut quotas, and the NSX said nothing."
    assert repaired(text, [("Nordic Salmon Council", "ORG")]) == [("Nordic Salmon Council", "ORG"), ("NOSAC", "ORG"), ("NOSAC", "ORG")]


# Fifth round (issue 12, gold set 4's dev half): sentences written for these tests.

def test_company_short_forms_of_other_shapes_are_recovered_also_when_tagged_as_a_product() -> None:
    text = ("MedAlta Inc and Rand-Hollis Group agreed. TRX Corp and Harlan Voss Plc said nothing. MedAlta, based in Ohio, "
            "will pay. \"Rand-Hollis will grow,\" it said. TRX said so. Harlan Voss has 20 pct.")
    got = repaired(text, [("MedAlta Inc", "ORG"), ("Rand-Hollis Group", "ORG"), ("TRX Corp", "ORG"), ("Harlan Voss Plc", "ORG"),
                          ("MedAlta", "PRODUCT")])
    assert got[4:] == [("MedAlta", "ORG"), ("Rand-Hollis", "ORG"), ("TRX", "ORG"), ("Harlan Voss", "ORG")]


def test_trailing_bracket_or_joining_word_is_cut_from_a_span() -> None:
    text = "It bought Corvane Co of Ohio. The Nordic Fisheries Board (NFB) met."
    got = repaired(text, [("Corvane Co of", "ORG"), ("The Nordic Fisheries Board (", "ORG")])
    assert got[:2] == [("Corvane Co", "ORG"), ("The Nordic Fisheries Board", "ORG")]


def test_org_named_like_a_person_stays_the_company_its_article_names() -> None:
    got = canon_rows([("a", "Dana Whitcombe Associates Inc", "ORG"), ("a", "Dana Whitcombe", "ORG", "", " reported a loss"),
                      ("a", "Dana Whitcombe Jr", "PERSON"), ("a", "Whitcombe", "PERSON", "", " said"),
                      ("b", "Gil Marten", "ORG"), ("b", "Marten", "PERSON", "", " said")])
    assert got[1] == ("Dana Whitcombe Associates Inc", "ORG") and got[3] == ("Dana Whitcombe Jr", "PERSON")
    assert got[4:] == [("Gil Marten", "PERSON")] * 2  # no company of that name in its article: the person


def test_office_abbreviation_without_a_full_stop_is_a_title() -> None:
    got = canon_rows([("a", "Sen Dora Pike", "PERSON"), ("a", "Pike", "PERSON", "", " asked"), ("b", "Rep Ivo Lund", "PERSON")])
    assert got == [("Dora Pike", "PERSON"), ("Dora Pike", "PERSON"), ("Ivo Lund", "PERSON")]


def test_crown_prince_stays_in_the_name_and_joins_the_span() -> None:
    text = "The Saudi Crown Prince Faisal bin Tariq met the envoy."
    assert repaired(text, [("Prince Faisal bin Tariq", "PERSON")]) == [("Crown Prince Faisal bin Tariq", "PERSON")]
    assert names.clean_name("Crown Prince Faisal bin Tariq", "PERSON") == "Crown Prince Faisal bin Tariq"


def test_person_split_before_a_patronymic_particle_is_one_person() -> None:
    text = "Prince Nayef Ibn Fahd Ibn Saud spoke, and Omar Ali bin Salim replied."
    got = repaired(text, [("Prince Nayef Ibn Fahd", "PERSON"), ("Ibn Saud", "PERSON"), ("Omar Ali", "PERSON"), ("bin Salim", "PERSON")])
    assert got == [("Prince Nayef Ibn Fahd Ibn Saud", "PERSON"), ("Omar Ali bin Salim", "PERSON")]


def test_short_form_shared_by_two_companies_goes_to_the_first_named_one_but_initials_do_not() -> None:
    frame = pd.DataFrame([("a", 0, "Larchmont Homes Corp", "ORG", ""), ("a", 50, "Larchmont Credit Corp", "ORG", ""),
                          ("a", 90, "Larchmont", "ORG", "sales. "), ("a", 120, "Larchmont", "ORG", "formerly of Western "),
                          ("b", 0, "Baltic Trade Council", "ORG", ""), ("b", 40, "Baltic Transport Commission", "ORG", ""), ("b", 90, "BTC", "ORG", "")],
                         columns=["doc_id", "start_char", "text", "spacy_label", "before"])
    got = names.canonicalise(frame.assign(after=""))["canonical"].tolist()
    assert got[2:4] == ["Larchmont Homes Corp", "Larchmont"] and got[6] == "BTC"  # "Western Larchmont" is another name


def test_scorer_drops_an_office_with_its_of_and_a_jr_is_no_use_of_the_fathers_name() -> None:
    import bench_names

    assert bench_names.untitled("Secretary of State Ada Lind") == "Ada Lind"
    text = "Ivo Hart Inc said Ivo Hart Jr will run it."
    doc = pd.DataFrame({"start_char": [0, 18], "end_char": [11, 29], "text": ["Ivo Hart Inc", "Ivo Hart Jr"], "canonical": ["Ivo Hart Inc", "Ivo Hart Jr"]})
    assert matched_rows(doc, text, "Ivo Hart").empty


def test_place_tagged_short_form_naming_the_company_stock_folds_into_the_company() -> None:
    got = canon_rows([("a", "Brantley Corp", "ORG"), ("a", "Brantley", "GPE", "convertible into ", " common stock at"),
                      ("b", "Brantley Corp", "ORG"), ("b", "Brantley", "GPE", "a plant in ", " and"), ("b", "Brantley", "GPE", "into ", " common"),
                      ("c", "Brantley", "GPE", "into ", " shares")])
    assert [c for c, _ in got] == ["Brantley Corp"] * 3 + ["Brantley"] * 3  # b also uses it as a place; c names no company


def test_no_name_runs_across_a_blank_line() -> None:
    from helpers.entities.repair import repair_entities

    text = "Prices rose. REUTER\n\nBank of China said on Monday it would lend more."
    start = text.index("REUTER")
    got = repair_entities(text, [[start, text.index(" said"), "ORG"]], ("PERSON", "ORG", "GPE", "NORP"))
    assert [text[s:e] for s, e, _ in got] == ["Bank of China"]


def test_a_name_mostly_tagged_a_place_is_not_made_a_person_by_one_person_tag() -> None:
    rows = [("Hong Kong", "GPE")] * 5 + [("Hong Kong", "PERSON")] + [("Leo Melamed", "ORG")] * 3 + [("Leo Melamed", "PERSON")]
    mentions = pd.DataFrame(rows, columns=["canonical", "label"])
    voted = names.vote_labels(mentions)
    assert set(voted[mentions["canonical"] == "Hong Kong"]) == {"GPE"}
    assert set(voted[mentions["canonical"] == "Leo Melamed"]) == {"PERSON"}  # a person is often tagged ORG


def test_scorer_finds_a_title_and_name_by_the_name_tagged_after_an_unlisted_title() -> None:
    text = "Ambassador Ola Brenn met Mr Justice Vary. Union Dorset France grew."
    doc = pd.DataFrame({"start_char": [11, 36, 60], "end_char": [20, 40, 66], "text": ["Ola Brenn", "Vary", "France"],
                        "canonical": ["Ola Brenn", "Vary", "France"]})
    assert matched_rows(doc, text, "Ambassador Ola Brenn", person=True)["text"].tolist() == ["Ola Brenn"]
    assert matched_rows(doc, text, "Mr Justice Vary", person=True)["text"].tolist() == ["Vary"]
    assert matched_rows(doc, text, "Ambassador Ola Brenn").empty  # only a gold person row drops a title
    assert matched_rows(doc, text, "Union Dorset France").empty


def test_scorer_finds_a_name_after_an_office_written_with_for_or_the() -> None:
    text = "Comptroller of the Currency Ada Lind and Secretary for Trade Ivo Hart spoke."
    doc = pd.DataFrame({"start_char": [28, 61], "end_char": [36, 69], "text": ["Ada Lind", "Ivo Hart"], "canonical": ["Ada Lind", "Ivo Hart"]})
    assert matched_rows(doc, text, "Comptroller of the Currency Ada Lind", person=True)["text"].tolist() == ["Ada Lind"]
    assert matched_rows(doc, text, "Secretary for Trade Ivo Hart", person=True)["text"].tolist() == ["Ivo Hart"]


# Round h (issue 12, dev misses grouped by cause): organisation names the model leaves untagged or cuts in pieces.

def test_untagged_long_form_before_its_bracketed_acronym_is_recovered_and_takes_the_acronym() -> None:
    text = ("Delegates of the Union of North-west Fishing Cooperatives (UNWFC) met. The UNWFC said quotas fell. "
            "Loans from the Inter-Andean Credit Fund (IACF) grew, but a Bank Holiday (BXH) passed.")
    got = repaired(text, [("UNWFC", "ORG"), ("UNWFC", "ORG")])
    assert ("Union of North-west Fishing Cooperatives", "ORG") in got and ("Inter-Andean Credit Fund", "ORG") in got
    assert not any(t.startswith(("Delegates", "Bank Holiday")) for t, _ in got)
    rows = canon_rows([("a", "Union of North-west Fishing Cooperatives", "ORG", "", " (UNWFC) met"), ("a", "UNWFC", "ORG")])
    assert rows[1] == ("Union of North-west Fishing Cooperatives", "ORG")


def test_company_named_after_partners_is_one_org_and_its_two_partner_short_form_folds_into_it() -> None:
    text = ("Hale, Merrow and Pike Inc said it sold a unit. Buyers owe Hale Merrow 3 mln dlrs. "
            "Ships, Trucks and Rail Corp rose.")
    got = repaired(text, [("Hale", "PERSON"), ("Merrow", "PERSON"), ("Pike Inc", "ORG"), ("Hale Merrow", "PERSON"),
                          ("Ships", "ORG"), ("Trucks", "ORG"), ("Rail Corp", "ORG")])
    assert got[:2] == [("Hale, Merrow and Pike Inc", "ORG"), ("Hale Merrow", "ORG")]
    assert ("Rail Corp", "ORG") in got  # a list of words with no short form elsewhere stays as the model cut it
    text = "It will merge into <Dunn, Welsh, Orr and Hague III> for cash. Dunn, Welsh, a fund, said it agreed."
    got = repaired(text, [("Dunn", "PERSON"), ("Welsh", "NORP"), ("Orr", "PERSON"), ("Hague III>", "ORG"), ("Dunn", "PERSON")])
    assert got == [("Dunn, Welsh, Orr and Hague III", "ORG"), ("Dunn, Welsh", "ORG")]
    text = "Kay, Dorn and Co was sold. Kay, Dorn, a broker, grew. Rita Dorn runs it."  # Dorn is also a person here
    got = repaired(text, [("Kay", "ORG"), ("Dorn and Co", "ORG"), ("Kay, Dorn", "ORG"), ("Rita Dorn", "PERSON")])
    assert got == [("Kay, Dorn and Co", "ORG"), ("Kay, Dorn", "ORG"), ("Rita Dorn", "PERSON")]
    rows = canon_rows([("a", "Hale, Merrow and Pike Inc", "ORG"), ("a", "Hale Merrow", "ORG"),
                       ("b", "Dunn, Welsh, Orr and Hague III", "ORG"), ("b", "Dunn, Welsh", "ORG")])
    assert [c for c, _ in rows] == ["Hale, Merrow and Pike Inc"] * 2 + ["Dunn, Welsh, Orr and Hague III"] * 2


def test_untagged_company_name_ending_in_a_company_ending_is_recovered() -> None:
    text = "Tarn Corp agreed to buy closely held Ridley Atlantic Corp. In Leeds Ridley staff cheered."
    got = repaired(text, [("Tarn Corp", "ORG"), ("Atlantic", "NORP"), ("Leeds", "GPE")])
    assert got == [("Tarn Corp", "ORG"), ("Ridley Atlantic Corp", "ORG"), ("Leeds", "GPE")]


def test_possessive_company_short_form_is_recovered_and_folds_into_the_company() -> None:
    text = "Marrow's Inc filed for bankruptcy. Marrow's said its banks balked. A marrow is a vegetable."
    assert repaired(text, [("Marrow's Inc", "ORG")]) == [("Marrow's Inc", "ORG"), ("Marrow's", "ORG")]
    assert canon_rows([("a", "Marrow's Inc", "ORG"), ("a", "Marrow's", "ORG")])[1] == ("Marrow's Inc", "ORG")


def test_an_owners_possessive_before_a_company_is_no_short_form_of_it() -> None:
    rows = canon_rows([("a", "Vera Oakes", "PERSON"), ("a", "Oakes's Northway Freight Inc", "ORG"), ("a", "Oakes", "ORG", "said ", " would"),
                       ("b", "Lund's Inc", "ORG"), ("b", "Lund's", "ORG", "", " said")])
    assert rows[2] == ("Vera Oakes", "PERSON") and rows[4] == ("Lund's Inc", "ORG")


def test_long_forms_differing_in_a_linking_word_are_one_body_and_keep_the_acronym_whole() -> None:
    rows = [("a", "Pact on Grain and Seed", "ORG", "", " (PGS) met"), ("a", "PGS", "ORG"), ("b", "Pact of Grain and Seed", "ORG", "", " (PGS)"),
            ("b", "PGS", "ORG"), ("c", "Pact on Grain and Seed", "ORG", "", " (PGS)"), ("c", "PGS", "ORG"), ("d", "PGS", "ORG")]
    got = canon_rows(rows)
    assert len({c for c, _ in got}) == 1 and got[-1] == ("Pact on Grain and Seed", "ORG")
