"""Name merging on whole texts: the second blind set (50 British-news cases) and one test per context rule (`entities.context`).

The set was written in issue 12's stop 25 by a helper who never saw the code. First run (code of round h, before
any rule was written for it): 22 of 50 cases, 112 of 155 expectations; after round j's context rules: 34 / 131.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_names import canon_rows, case_params, check_case, repaired

CASES_FILE = Path(__file__).parent / "fixtures" / "entities" / "merge_cases_2.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
KNOWN_FAILURES: dict[str, str] = {  # blind cases the rules do not meet, and why
    "ms_surname_labour_mp": "'Labour MP' glued to the name is cut off and leaves no 'Labour' mention; the rest passes",
    "hyphenated_surname": "the model tags 'Cardiff' LOC, not GPE; the rest passes",
    "nationality_welsh_vs_irvine_welsh": "the model does not find 'Cardiff'; 'Welsh' now stays NORP",
    "company_named_after_founder": "name_aliases.csv folds 'Britain' into 'United Kingdom' on purpose; 'Dyson' is now the company",
    "mr_surname_two_brothers": "an unresolved man's title is dropped from the name ('Rowbotham'); only a woman's title stays",
    "john_lewis_store_vs_martin_lewis": "the model tags the store 'John Lewis' PERSON; no rule tells it from a person",
    "lone_surname_context_rules_out_famous_name": "the lone 'Murray' of another article folds into the corpus's only Murray, and the "
    "model tags 'Fife' ORG (a place preposition changes only a 'person')",
    "first_name_alone_not_footballer": "the model misses the lone 'Dominic' and 'Ajax'",
    "score_glued_old_firm": "the model tags 'Glasgow' of 'the Glasgow derby' PERSON; only a list of places could fix it",
    "band_archduke_and_defender_ferdinand": "the corpus vote gives the band the archduke's PERSON label (and 'Franz' is a curated first "
    "name), the model tags 'Rio Ferdinand' GPE and 'Glasgow' PERSON",
    "ms_barclay_vs_barclays_bank": "the model misses 'Barclays' and tags 'Didcot' ORG; 'Ms Barclay' now is Fiona Barclay",
    "psg_acronym_club_with_city_name": "the model tags 'Paris St-Germain' FAC and misses 'PSG'",
}


@pytest.mark.parametrize("case", case_params(CASES, KNOWN_FAILURES))
def test_blind_merge_case(case: dict, tmp_path: Path) -> None:
    check_case(case, tmp_path)


# One test per context rule, with sentences written for these tests (hand-made raw entities, no model).

def test_one_word_person_after_a_place_preposition_is_a_place() -> None:
    text = "Crowds gathered in Ashworth and across Pellow. She kept faith in Ashworth, and in Pellow's view all was well."
    got = repaired(text, [("Ashworth", "PERSON"), ("Pellow", "PERSON"), ("Ashworth", "PERSON"), ("Pellow", "PERSON")])
    assert got == [("Ashworth", "GPE"), ("Pellow", "GPE"), ("Ashworth", "PERSON"), ("Pellow", "PERSON")]


def test_from_in_an_apposition_describing_someone_is_a_place() -> None:
    got = repaired("Mr Orrin, a retired farmer from Stroud, said the road was shut.", [("Mr Orrin", "PERSON"), ("Stroud", "PERSON")])
    assert got == [("Mr Orrin", "PERSON"), ("Stroud", "GPE")]


def test_nationality_word_before_a_lower_case_noun_is_a_nationality() -> None:
    text = "Fans of the Scottish team cheered. The firm said Scottish was previously its chairman."
    got = repaired(text, [("Scottish", "ORG"), ("Scottish", "ORG")])  # a "person" Scottish is NORP anyway (name_prefixes.csv)
    assert got == [("Scottish", "NORP"), ("Scottish", "ORG")]


def test_name_which_makes_things_is_a_company_and_never_folds_into_a_person() -> None:
    text = "Engineer Ruth Kelso spoke. Kelso, which makes garden tools, employs 300 people."
    assert ("Kelso", "ORG") in repaired(text, [("Ruth Kelso", "PERSON"), ("Kelso", "PERSON")])
    got = canon_rows([("a", "Ruth Kelso", "PERSON"), ("a", "Kelso", "ORG", "spoke. ", ", which makes garden")])
    assert got == [("Ruth Kelso", "PERSON"), ("Kelso", "ORG")]


def test_name_after_a_company_noun_is_the_company_unless_a_first_name_opens_it() -> None:
    text = "Shares in retailer Hallamby fell, said Australian brewer Alan Bond, who runs the group Tate founded."
    got = repaired(text, [("Hallamby", "PERSON"), ("Alan Bond", "PERSON"), ("Tate", "PERSON")])
    assert got == [("Hallamby", "ORG"), ("Alan Bond", "PERSON"), ("Tate", "PERSON")]


def test_town_with_a_club_word_is_a_club_in_a_sentence_about_sport() -> None:
    text = "The striker joined Hartley City last week. Wheat prices in Kansas City rose."
    got = repaired(text, [("Hartley City", "GPE"), ("Kansas City", "GPE")])
    assert got == [("Hartley City", "ORG"), ("Kansas City", "GPE")]


def test_one_word_person_before_a_score_or_beaten_in_sport_is_a_team() -> None:
    text = "They went top after beating Marsden 2-0. Brook beat Tolley as the striker scored twice. Voters beat Tolley."
    got = repaired(text, [("Marsden", "PERSON"), ("Tolley", "PERSON"), ("Tolley", "PERSON")])
    assert got == [("Marsden", "ORG"), ("Tolley", "ORG"), ("Tolley", "PERSON")]


def test_untagged_names_either_side_of_a_score_or_after_ex_in_sport_are_teams() -> None:
    got = repaired("Kelvin 3-1 Rovers: two goals from the striker settled it. Ex-Dunmore boss Al Reyes joined the club.", [])
    assert got == [("Kelvin", "ORG"), ("Rovers", "ORG"), ("Dunmore", "ORG")]
    assert repaired("The ex-Soviet states and ex-Dunmore staff met.", []) == []


def test_org_that_is_a_title_and_one_name_is_a_person() -> None:
    assert repaired("Ms Garside said the branch would close.", [("Ms Garside", "ORG")]) == [("Ms Garside", "PERSON")]


def test_untagged_nationality_opening_a_persons_title_is_a_nationality() -> None:
    got = repaired("Scottish Health Secretary Mary Quint said beds were short.", [("Mary Quint", "PERSON")])
    assert got == [("Scottish", "NORP"), ("Mary Quint", "PERSON")]


def test_noun_for_people_opening_a_sentence_is_cut_from_the_person() -> None:
    text = "Jockey Sydney Marchant fell. The jockey Ross Ellery won, and Striker Dean Ashby scored."
    got = repaired(text, [("Jockey Sydney Marchant", "PERSON"), ("Ross Ellery", "PERSON"), ("Striker Dean Ashby", "PERSON")])
    assert got == [("Sydney Marchant", "PERSON"), ("Ross Ellery", "PERSON"), ("Striker Dean Ashby", "PERSON")]


def test_titled_name_tagged_as_a_work_or_place_is_a_person() -> None:
    text = "Runner Kelly Ashdown won. Dame Kelly said it was hard. Lord Pellow spoke."
    got = repaired(text, [("Kelly Ashdown", "PERSON"), ("Dame Kelly", "WORK_OF_ART"), ("Lord Pellow", "GPE")])
    assert got == [("Kelly Ashdown", "PERSON"), ("Dame Kelly", "PERSON"), ("Lord Pellow", "PERSON")]
