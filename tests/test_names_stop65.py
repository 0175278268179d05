"""Stop 65 of name merging (issue 12), rules read from the first runs of blind sets FQ-FS: a name after a work noun that
the name then judges ("the Undertones song Peel called his favourite record") is the person, not a work, so the article's
other "Peel"s stay him; a surname whose full name becomes a person only late in span repair ("Bryn Terfel", tagged a place,
beside '"Bryn has the voice'") is still looked for alone ("Terfel will sing"); a full name's possessive owning nothing after "at"
("At Ronnie Scott's in Soho") is a club or shop, not the man; a one-word name before one match score ("Arsenal beat
Charlton 3-1") stays a team though the corpus names a player of that surname, while a tennis player's sets do not make
one. Sentences and names written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import extract, names, recover, repair
from test_names_stop38 import located, merged, raw_frame


def test_a_surname_after_a_work_noun_that_judges_the_work_is_the_person() -> None:
    text = ("Radio presenter Jim Haddow has died aged 70.\n\nHaddow, who joined the station in 1972, championed new bands. "
            "His listeners played the Shambles song Haddow called his favourite record.\n\nHaddow's widow thanked them.")
    got = merged(text, [("Jim Haddow", "PERSON"), ("Haddow", "PERSON"), ("Shambles", "ORG"), ("Haddow", "PERSON"), ("Haddow", "PERSON")])
    assert [(c, lab) for t, c, lab in got if t.startswith("Haddow")] == [("Jim Haddow", "PERSON")] * 3


def test_a_name_after_a_work_noun_that_does_not_judge_it_is_still_the_work() -> None:
    text = "The singer has recorded a new version of the song Haddow, which topped the charts in 1981."
    spans = repair.repair_entities(text, located(text, [("Haddow", "PERSON")]), extract.LABELS)
    assert [lab for s, e, lab in spans if text[s:e] == "Haddow"] == ["WORK_OF_ART"]


def test_a_surname_whose_full_name_becomes_a_person_late_is_found_alone() -> None:
    text = ("Welsh bass-baritone Bryn Morvah is to return to the opera house next year.\n\nMorvah will sing the lead role in "
            "the new staging.\n\n\"Bryn has the voice for it,\" the director said.\n\nMorvah also runs a festival near Bangor.")
    spans = repair.repair_entities(text, located(text, [("Bryn Morvah", "GPE"), ("Bryn", "ORG"), ("Bangor", "GPE")]), extract.LABELS)
    found = [(text[s:e], lab) for s, e, lab in spans]
    assert ("Bryn Morvah", "PERSON") in found
    assert found.count(("Morvah", "PERSON")) == 2


def test_a_full_names_possessive_owning_nothing_after_at_is_a_club() -> None:
    text = "Jazz clubs say the audience is younger. At Danny Welham's in Soho, the manager said sales had doubled."
    spans = repair.repair_entities(text, located(text, [("Danny Welham's", "PERSON"), ("Soho", "GPE")]), extract.LABELS)
    assert [lab for s, e, lab in spans if text[s:e].startswith("Danny")] != ["PERSON"]


def test_a_full_names_possessive_that_owns_something_stays_the_person() -> None:
    text = "The band played at Danny Welham's birthday party in Soho last week."
    spans = repair.repair_entities(text, located(text, [("Danny Welham's", "PERSON"), ("Soho", "GPE")]), extract.LABELS)
    assert [lab for s, e, lab in spans if text[s:e].startswith("Danny")] == ["PERSON"]


PLAYER = "The Falcons will be without scrum-half Hall Kestrell, who has a shoulder problem, the coach said."


def kestrell_in_last(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(canonical, label) of "Kestrell" in `text`, the last of six articles, after five that name scrum-half Hall Kestrell."""
    articles = pd.DataFrame({"doc_id": list("abcdef"), "text": [PLAYER] * 5 + [text]})
    raw = raw_frame(articles, {**{d: [("Falcons", "ORG"), ("Hall Kestrell", "PERSON")] for d in "abcde"}, "f": tagged})
    got = names.canonicalise(extract.with_corpus_surnames(articles, raw, recover.corpus_surnames(raw["text"], raw["spacy_label"], raw["doc_id"])))
    return [(c, lab) for d, t, c, lab in zip(got["doc_id"], got["text"], got["canonical"], got["label"]) if d == "f" and t == "Kestrell"]


def test_a_one_word_team_before_a_match_score_is_no_player_of_that_surname() -> None:
    text = "Arsenal beat Kestrell 3-1 on Saturday, with Henry scoring twice."
    assert kestrell_in_last(text, [("Arsenal", "ORG"), ("Kestrell", "ORG"), ("Henry", "PERSON")]) == [("Kestrell", "ORG")]


def test_an_untagged_team_before_a_match_score_is_found_as_the_team() -> None:
    text = "Arsenal beat Kestrell 3-1 on Saturday, with Henry scoring twice."
    assert kestrell_in_last(text, [("Arsenal", "ORG"), ("Henry", "PERSON")]) == [("Kestrell", "ORG")]


def test_a_one_word_name_the_corpus_names_in_full_is_still_that_person_without_a_score() -> None:
    text = "Arsenal signed Kestrell on Saturday, with Henry watching."
    assert kestrell_in_last(text, [("Arsenal", "ORG"), ("Kestrell", "ORG"), ("Henry", "PERSON")]) == [("Hall Kestrell", "PERSON")]


def test_a_tennis_players_sets_do_not_make_a_team() -> None:
    assert recover.team_score("beat Kestrell 3-1 on Saturday", 13)
    assert not recover.team_score("beat Kestrell 6-4 6-3 in the final", 13)
    assert not recover.team_score("beat Kestrell 7-5, 6-2", 13)
    assert not recover.team_score("beat Kestrell on Saturday", 13)
