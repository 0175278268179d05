"""Stop 78 of name merging (issue 12), rules read from the failures of the British sets: an acronym that one article of a
corpus spells out in brackets is an organisation wherever another article leaves it untagged, and takes the long form.
Sentences, bodies and acronyms written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import extract, names, recover
from test_names_stop38 import raw_frame

SPELLED = "The Guild of Master Glaziers (GMG) said on Monday that prices would rise. The GMG has 400 members."
LATER = "Builders welcomed the plan. The GMG had called for the rules to be scrapped, its spokesman said."


def corpus_rows(texts: dict[str, str], spans: dict[str, list[tuple[str, str]]]) -> pd.DataFrame:
    """Mentions of a corpus after the corpus-level recovery (surnames and acronyms) and the name merge."""
    articles = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    raw = raw_frame(articles, spans)
    known = recover.corpus_surnames(raw["text"], raw["spacy_label"], raw["doc_id"])
    known |= recover.spelled_acronyms(raw["text"], raw["spacy_label"], raw["before"], raw["after"])
    return names.canonicalise(extract.with_corpus_surnames(articles, raw, known))


def test_an_acronym_spelled_out_in_another_article_is_found_untagged_and_takes_the_long_form() -> None:
    got = corpus_rows({"a": SPELLED, "b": LATER}, {"a": [("Guild of Master Glaziers", "ORG"), ("GMG", "ORG")], "b": []})
    later = got[got["doc_id"] == "b"]
    assert list(zip(later["text"], later["label"], later["canonical"])) == [("GMG", "ORG", "Guild of Master Glaziers")]


def test_capitals_in_brackets_that_do_not_fit_the_name_before_them_are_no_acronym() -> None:
    text = SPELLED.replace("(GMG)", "(KLX)").replace("The GMG", "The KLX")
    assert recover.spelled_acronyms(["KLX"], ["ORG"], ["Guild of Master Glaziers ("], [") said on"]) == frozenset()
    got = corpus_rows({"a": text, "b": LATER.replace("GMG", "KLX")}, {"a": [("Guild of Master Glaziers", "ORG"), ("KLX", "ORG")], "b": []})
    assert got[got["doc_id"] == "b"].empty


def test_capitals_no_article_spells_out_stay_untagged() -> None:
    got = corpus_rows({"a": "The Guild of Master Glaziers said prices would rise.", "b": LATER},
                      {"a": [("Guild of Master Glaziers", "ORG")], "b": []})
    assert got[got["doc_id"] == "b"].empty


def test_a_spelled_out_acronym_tagged_a_place_elsewhere_is_never_made_a_person() -> None:
    text = "Builders welcomed the plan. GMG members met in York, where the GMG spokesman spoke."
    got = corpus_rows({"a": SPELLED, "b": text}, {"a": [("Guild of Master Glaziers", "ORG"), ("GMG", "ORG")],
                                                 "b": [("GMG", "GPE"), ("York", "GPE")]})
    assert "PERSON" not in set(got["label"])
