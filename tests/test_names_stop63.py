"""Stop 63 of name merging (issue 12): a club's nickname of the lower leagues is the club the sport article names ("the
Saddlers" beside Walsall, "County" beside Notts County); a wider given name before a surname the model tagged an
organisation is that person when an apposition calls them a kind of person ("Emrys Penhallow, a retired miner"); a
"person" that opens or ends a venue the article names is the venue ("Kestrel Palace box office manager" beside the Kestrel
Palace Theatre); an acronym and the long form an apposition spells it out as are one organisation ("Sefra, the Scottish
Estuary Fishing Regional Association,"); a listed club followed as a team is ("Barnet have won promotion") is the club
whatever person of that surname the corpus holds. Sentences and names written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import merging, names
from test_names_stop38 import merged, raw_frame


def test_a_lower_league_nickname_is_the_club_the_sport_article_names() -> None:
    text = ("Walsall beat Bury 2-0 in League One on Saturday.\n\n"
            "The Saddlers scored twice after the break, and the Saddlers' manager praised his strikers.")
    got = merged(text, [("Walsall", "ORG"), ("Bury", "GPE"), ("League One", "ORG"), ("Saddlers", "ORG"), ("Saddlers", "ORG")])
    assert [(c, lab) for t, c, lab in got if t == "Saddlers"] == [("Walsall", "ORG")] * 2


def test_county_is_the_one_county_club_the_match_report_names() -> None:
    text = "Notts County drew 1-1 with Lincoln City in League Two. County had led until a late goal."
    got = merged(text, [("Notts County", "ORG"), ("Lincoln City", "ORG"), ("League Two", "ORG"), ("County", "GPE")])
    assert ("County", "Notts County", "ORG") in got


def test_a_nickname_stays_as_written_when_the_article_names_none_of_its_clubs() -> None:
    text = "The Stags were beaten 3-0 at home on Saturday, and the manager said the league season was not over."
    got = merged(text, [("Stags", "ORG")])
    assert [c for t, c, _ in got if t == "Stags"] == ["Stags"]


def test_a_given_name_before_a_surname_tagged_a_firm_is_a_person_an_apposition_describes() -> None:
    text = ("First Minister Rhodri Penhallow defended the waiting lists.\n\n"
            "Emrys Penhallow, a retired miner from Tredegar who has waited a year, said the figures meant little.")
    got = merged(text, [("Rhodri Penhallow", "PERSON"), ("Penhallow", "ORG")])
    assert ("Emrys Penhallow", "Emrys Penhallow", "PERSON") in got
    assert [c for t, c, _ in got if t == "Penhallow"] == []


def test_a_given_name_before_a_firm_an_apposition_calls_a_firm_is_no_person() -> None:
    text = "Shares in the builder rose.\n\nEmrys Penhallow, the Cardiff building firm, said orders had doubled."
    got = merged(text, [("Penhallow", "ORG")])
    assert [t for t, _, lab in got if lab == "PERSON"] == []


def test_a_person_that_opens_a_venue_the_article_names_is_the_venue() -> None:
    text = ("The musical opened at the Kestrel Palace Theatre in London on Tuesday.\n\n"
            "Kestrel Palace box office manager Dennis Hurd said bookings were the highest the theatre had known.")
    got = merged(text, [("the Kestrel Palace Theatre", "ORG"), ("Kestrel Palace", "PERSON"), ("Dennis Hurd", "PERSON")])
    assert ("Kestrel Palace", "Kestrel Palace Theatre", "ORG") in got
    assert ("Dennis Hurd", "Dennis Hurd", "PERSON") in got


def test_a_person_that_opens_a_foundation_named_after_them_stays_a_person() -> None:
    text = ("The Terence Moss Foundation gave the hospital £2m.\n\n"
            "Terence Moss, who set it up after his illness, said he was delighted.")
    got = merged(text, [("The Terence Moss Foundation", "ORG"), ("Terence Moss", "PERSON")])
    assert ("Terence Moss", "Terence Moss", "PERSON") in got


def test_an_acronym_and_the_long_form_its_apposition_spells_out_are_one_organisation() -> None:
    text = ("Sefra, the Scottish Estuary Fishing Regional Association, said catches had fallen by a third.\n\n"
            "Sefra spokesman Ian Rudd said the quota cut would close boats.")
    got = merged(text, [("Sefra", "PERSON"), ("Sefra", "PERSON"), ("Ian Rudd", "PERSON")])
    assert [(c, lab) for t, c, lab in got if t == "Sefra"] == [("Scottish Estuary Fishing Regional Association", "ORG")] * 2
    assert ("Ian Rudd", "Ian Rudd", "PERSON") in got


def test_an_apposition_whose_words_do_not_fit_the_acronym_spells_nothing_out() -> None:
    text = "Sefra, the Highland Boat Owners Group, said catches had fallen."
    got = merged(text, [("Sefra", "ORG"), ("Highland Boat Owners Group", "ORG")])
    assert ("Sefra", "Sefra", "ORG") in got


def test_the_last_word_of_a_longer_name_spells_out_no_list_after_it() -> None:
    text = ("The group, which owns the Daily Mail, the Mail on Sunday and the London Evening Standard, said profits rose. "
            "Editors said the Mail held its readers.")
    got = merged(text, [("the Daily Mail", "ORG"), ("Mail", "ORG")])
    assert [c for t, c, _ in got if t == "Mail"] == ["Daily Mail"]
    assert not [t for t, _, _ in got if t.startswith("Mail on Sunday")]


def test_an_untagged_short_spelling_of_the_nicknamed_club_is_the_club() -> None:
    text = ("Coventry City have appointed a new manager after a poor run in the league.\n\n"
            "The Sky Blues sacked their manager last week. Coventry have won only five league games this season.")
    got = merged(text, [("Coventry City", "ORG"), ("Sky Blues", "ORG")])
    assert [(c, lab) for t, c, lab in got if t == "Coventry"] == [("Coventry City", "ORG")]


def test_a_listed_club_followed_as_a_team_is_the_team_in_any_sentence() -> None:
    sentence = "Barnet have won promotion back to the Football League after a 2-0 win at home."
    assert merging.team_here("Barnet", "", sentence[len("Barnet"):], sentence)
    assert not merging.team_here("Barnet", "", " said the results were the best yet.", "Barnet said the results were the best yet.")


def test_a_listed_club_in_a_sentence_about_sport_is_no_corpus_person_of_that_name() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [
        "Kate Barnet, a teacher from Leeds, said the school would reopen on Monday. Ms Barnet thanked the parents.",
        "Supporter Derek Hereford, who has followed Barnet since the 1960s, said the club's fans had been through hard times.",
        "The head teacher, Kate Barnet, said pupils had done well. Barnet said the results were the best yet.",
        "Inspectors praised Kate Barnet for her work. Barnet said staff deserved the credit."]})
    spans = {"a": [("Kate Barnet", "PERSON"), ("Leeds", "GPE"), ("Ms Barnet", "PERSON")], "b": [("Derek Hereford", "PERSON"), ("Barnet", "ORG")],
             "c": [("Kate Barnet", "PERSON"), ("Barnet", "PERSON")], "d": [("Kate Barnet", "PERSON"), ("Barnet", "PERSON")]}
    got = names.canonicalise(raw_frame(articles, spans))
    assert [(c, lab) for d, t, c, lab in zip(got["doc_id"], got["text"], got["canonical"], got["label"]) if d == "b" and t == "Barnet"] == [("Barnet", "ORG")]
