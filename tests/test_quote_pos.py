"""The quote parse's part-of-speech shortcut (`helpers.quotes.pos`) gives the model's own attribute-ruler POS."""

from __future__ import annotations

import spacy

from helpers.nlp import default_model
from helpers.quotes import lexicon, pos
from helpers.quotes.extract import quote_pipeline

# Sentences written for the ruler's exceptions: "but" as an adverb, relative "that", indefinite
# pronouns tagged NN, auxiliaries, "'d", demonstratives, subordinating "that"/"whether", spaces.
SENTENCES = [
    "The envoy said that nothing had been agreed, but officials hoped something would change.",
    "She'd warned that the talks, which had stalled twice, could collapse  unless everyone returned.",
    "Those who were there said the plan was only but a first step; anybody could see that.",
    "Whether the ceasefire holds depends on what the mediators, who arrived on Monday, can offer.",
    "He has been accused of delaying the deal and denied it, telling reporters he'd been misquoted.",
]


def test_set_pos_equals_the_models_attribute_ruler():
    full = spacy.load(default_model(), exclude=["ner", "lemmatizer"])
    lite = spacy.load(default_model(), exclude=["ner", "lemmatizer"], disable=[pos.RULER])
    rules = pos.pos_rules(lite)
    assert rules is not None
    for expected, doc in zip(full.pipe(SENTENCES), lite.pipe(SENTENCES)):
        assert [t.pos_ for t in pos.set_pos(doc, rules)] == [t.pos_ for t in expected]


def test_quote_pipeline_runs_without_the_ruler_and_lemmatizer():
    names = quote_pipeline().pipe_names
    assert "parser" in names and pos.RULER not in names and "lemmatizer" not in names


def test_a_pipeline_without_a_ruler_or_with_unknown_patterns_has_no_rules():
    blank = spacy.blank("en")
    assert pos.pos_rules(blank) is None
    ruler = blank.add_pipe(pos.RULER)
    ruler.add([[{"TAG": "NN", "LENGTH": {">": 3}}]], {"POS": "NOUN"})
    assert pos.pos_rules(blank) is None


def test_speech_act_forms_cover_regular_inflections():
    assert lexicon.inflections("deny") >= {"deny", "denies", "denied", "denying"}
    assert lexicon.inflections("urge") >= {"urge", "urges", "urged", "urging"}
    assert {"accused", "criticised", "vowing", "calls"} <= lexicon.speech_act_forms()
    assert "said" not in lexicon.speech_act_forms()
