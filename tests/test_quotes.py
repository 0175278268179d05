"""Quote attribution: quotation marks, cues, kinds, speakers resolved to named actors, voices and views."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import helpers
from helpers.config import paths
from helpers.quotes import extract_quotes, voice_types
from helpers.quotes.marks import quotations
from helpers.views import quotes as qviews

API_COLUMNS = ["doc_id", "start_char", "end_char", "kind", "cue", "speaker", "speaker_start", "speaker_end"]
GOLD = paths.TESTS / "fixtures" / "quotes"


@pytest.fixture()
def run(tmp_path):
    """extract_quotes on {doc_id: text} with caches in a temporary folder."""
    def _run(texts: dict[str, str]) -> pd.DataFrame:
        arts = pd.DataFrame(list(texts.items()), columns=["doc_id", "text"])
        return extract_quotes(arts, cache_dir=tmp_path / "quotes", entity_cache_dir=tmp_path / "entities")
    return _run


def quoted(text: str, row) -> str:
    """The quote's text."""
    return text[row.start_char:row.end_char]


def test_public_api_columns(run):
    out = run({"a": 'Benjamin Netanyahu said on Sunday that Israel would keep fighting.'})
    assert list(out.columns[:8]) == API_COLUMNS
    assert helpers.extract_quotes is extract_quotes


def test_direct_quote_after_and_before_the_cue(run):
    text = ('"We will win this war," Benjamin Netanyahu said.\n\n'
            'Donald Trump told reporters: "I think we are close to a deal."')
    out = run({"a": text})
    assert [quoted(text, r) for r in out.itertuples()] == ["We will win this war,", "I think we are close to a deal."]
    assert list(out["kind"]) == ["direct", "direct"]
    assert list(out["speaker"]) == ["Benjamin Netanyahu", "Donald Trump"]
    assert list(out["cue"]) == ["said", "told reporters"]


def test_indirect_quote_excludes_that_and_the_period(run):
    text = "Hamas said on Monday that it would release two hostages."
    row = next(run({"a": text}).itertuples())
    assert (quoted(text, row), row.kind, row.speaker) == ("it would release two hostages", "indirect", "Hamas")
    assert text[row.speaker_start:row.speaker_end] == "Hamas"


def test_according_to_and_clause_before_the_cue(run):
    text = ("The talks will resume in Doha next week, according to the White House.\n\n"
            "The gaps have narrowed, Antony Blinken said.")
    out = run({"a": text})
    assert [quoted(text, r) for r in out.itertuples()] == ["The talks will resume in Doha next week",
                                                         "The gaps have narrowed"]
    assert list(out["cue"]) == ["according to", "said"]
    assert list(out["speaker"].str.replace("^the ", "", regex=True)) == ["White House", "Antony Blinken"]


def test_mixed_quote_keeps_the_fragment_and_scare_quotes_are_not_quotes(run):
    text = ('Israeli troops hold the so-called "Philadelphi corridor" along the border.\n\n'
            'Donald Trump said the agreement was "a great deal" for American workers.')
    out = run({"a": text})
    assert len(out) == 1
    row = out.iloc[0]
    assert row.kind == "mixed" and quoted(text, row) == 'the agreement was "a great deal" for American workers'


def test_pronouns_and_descriptions_resolve_to_the_named_actor(run):
    text = ('Benjamin Netanyahu opened the cabinet meeting on Sunday. "We are negotiating under fire," he said.\n\n'
            'Hamas accused Israel of stalling. "The occupation is playing for time," the group said in a statement.')
    out = run({"a": text})
    assert list(out["speaker"]) == ["Benjamin Netanyahu", "Hamas"]
    assert [text[r.speaker_start:r.speaker_end] for r in out.itertuples()] == ["he", "the group"]
    assert list(out["cue"]) == ["said", "said in a statement"]


def test_follow_on_quote_inherits_and_anonymous_source_has_no_speaker(run):
    text = ('"The talks are close," Antony Blinken said. "We are hopeful."\n\n'
            "A senior official said the gaps had narrowed over the weekend.")
    out = run({"a": text})
    assert list(out["kind"]) == ["direct", "direct", "indirect"]
    assert list(out["speaker"].iloc[:2]) == ["Antony Blinken", "Antony Blinken"]
    assert pd.isna(out["speaker"].iloc[2])
    assert text[out["speaker_start"].iloc[2]:out["speaker_end"].iloc[2]] == "A senior official"


def test_quotation_marks_continue_across_paragraphs_and_unclosed_ones_stop_at_the_paragraph():
    text = ('"First part of the quote.\n\n"Second part," she said.\n\n'
            "\u201cThis one is never closed.\n\nThe next paragraph is the reporter's.")
    found = quotations(text)
    assert [text[q.start:q.end] for q in found] == ['First part of the quote.\n\n"Second part,',
                                                   "This one is never closed."]
    assert [q.closed for q in found] == [True, False]


@pytest.mark.parametrize("text", ['"', '\u201d\u201c', 'He said "', '""', '\u201c\u201c\u201d\u201d said X.', "\n\n\n",
                                  'said that', "according to", '"' * 50, "x said \u201c" + "word " * 3000])
def test_odd_marks_and_fragments_never_crash(run, text):
    out = run({"a": text})
    assert list(out.columns[:8]) == API_COLUMNS
    assert all(0 <= s <= e <= len(text) for s, e in zip(out["start_char"], out["end_char"]))


def test_empty_and_missing_text():
    assert list(extract_quotes(pd.DataFrame(columns=["doc_id", "text"])).columns[:8]) == API_COLUMNS
    out = extract_quotes(pd.DataFrame({"doc_id": ["a", "b"], "text": [None, "   "]}))
    assert out.empty


def test_same_input_same_output_and_cache(run, tmp_path):
    text = '"We will win," Benjamin Netanyahu said. Hamas said it was ready for a deal.'
    first = run({"a": text, "b": text.replace("win", "prevail")})
    assert any((tmp_path / "quotes").rglob("*.json"))
    second = run({"a": text, "b": text.replace("win", "prevail")})
    pd.testing.assert_frame_equal(first, second)


def test_voice_types():
    quotes = pd.DataFrame({"speaker": ["Hamas", None, None, "Benjamin Netanyahu", "Jane Roe"],
                           "speaker_text": ["the group", "a senior official", "someone", "he", "Jane Roe"]})
    mentions = pd.DataFrame({"canonical": ["Jane Roe"], "label": ["PERSON"]})
    assert list(voice_types(quotes, mentions)) == ["armed group", "official", "unknown", "official", "other person"]


def test_views_say_so_when_there_is_nothing():
    empty = pd.DataFrame(columns=API_COLUMNS + ["voice", "outlet", "published"])
    for view in (qviews.top_speakers, qviews.by_outlet, qviews.over_time, qviews.voice_shares, qviews.kinds_by_outlet):
        fig, data = view(empty)
        assert isinstance(fig, str) and data.empty
    assert "no" in qviews.summary(pd.DataFrame({"doc_id": ["a"]}), empty).data.lower()


def test_gold_fixtures(tmp_path):
    """Blind gold (tests/fixtures/quotes): quote F1 at 30% overlap and speaker accuracy stay high."""
    from bench_quotes import fixture_articles, fixture_gold, score

    pred = extract_quotes(fixture_articles("all"), cache_dir=tmp_path / "q", entity_cache_dir=tmp_path / "e")
    result = score(pred, fixture_gold("all"))
    assert result["f1"] >= 0.95
    assert result["speaker_accuracy"] >= 0.85
    assert json.loads((GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])["doc_id"] == "q01"
