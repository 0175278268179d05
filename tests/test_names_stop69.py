"""Stop 69 of name merging (issue 12), rules read from the first runs of blind sets GC, GD and GE: a titled surname
with an office before it ("Home Secretary Mr Carwell") takes the namesake whom other articles say holds that office in a
clause ("Charles Carwell, who became home secretary", "Charles Carwell remains home secretary"), not the one another
office goes with; a firm's word followed by "group" ("whose Vestal group owns a stake in Vestal Mobile") is the whole
group, never folded into one of its arms; an assembly member's "AM" before a name is no part of it; a closing quotation
mark ends a name ('as "Sir Charles".'); a one-word "person" the corpus writes capitalised only at a sentence's start and
in lower case elsewhere ("Turnout rose", "the turnout was") is a common word, not a person; the curated aliases keep
the Premiership and firms named like people (Grant Thornton) organisations. Sentences, people and firms written for these
tests; the curated names are the list's."""

from __future__ import annotations

import pandas as pd

from helpers.entities import names
from test_names_stop38 import merged, raw_frame
from test_names_stop68 import spans_of

VOTE = "The deadlock was broken when Home Secretary Mr Carwell offered MPs a vote on the law."
FORMER = "Former chancellor Kenneth Carwell said the party had to change its leader."


def lone_carwell(held: str) -> list[str]:
    """The names the office story's "Mr Carwell" takes, beside a story saying `held` and one naming the former chancellor."""
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [VOTE, held, FORMER]})
    raw = raw_frame(articles, {"a": [("Carwell", "PERSON")], "b": [("Charles Carwell", "PERSON")], "c": [("Kenneth Carwell", "PERSON")]})
    out = names.canonicalise(raw)
    return out.loc[out["doc_id"] == "a", "canonical"].tolist()


def test_an_office_said_in_a_relative_clause_is_held_by_that_namesake() -> None:
    assert lone_carwell("The vote was the first test for Charles Carwell, who became home secretary last week.") == ["Charles Carwell"]


def test_an_office_said_to_remain_is_held_by_that_namesake() -> None:
    assert lone_carwell("Ruth Kelly stays at education and Charles Carwell remains home secretary, aides said.") == ["Charles Carwell"]


def test_a_clause_without_an_office_tells_no_namesake_apart() -> None:
    assert lone_carwell("The vote was the first test for Charles Carwell, who became a father last week.") != ["Charles Carwell"]


def test_a_firm_s_word_before_group_is_the_whole_group_not_its_arm() -> None:
    text = ("Operators include Orange and Vestal Mobile.\n\n"
            "Sir Richard Bramson, whose Vestal group owns a stake in Vestal Mobile, said the scheme was a good one.")
    got = merged(text, [("Orange", "ORG"), ("Vestal Mobile", "ORG"), ("Richard Bramson", "PERSON"), ("Vestal", "ORG"), ("Vestal Mobile", "ORG")])
    assert [c for t, c, _ in got if t == "Vestal"] == ["Vestal"]


def test_a_firm_s_word_alone_still_names_the_arm_the_article_opened_with() -> None:
    text = "Operators include Orange and Vestal Mobile.\n\nVestal said its customers had given more than a million pounds."
    got = merged(text, [("Orange", "ORG"), ("Vestal Mobile", "ORG"), ("Vestal", "ORG")])
    assert [c for t, c, _ in got if t == "Vestal"] == ["Vestal Mobile"]


def test_an_assembly_member_s_letters_are_no_part_of_the_name() -> None:
    text = "Lib Dem AM Peter Blackmore said the Welsh plan was a fudge. Lib Dem MSP Robert Brannock agreed."
    am, msp = text.index("AM "), text.index("MSP ")
    spans = spans_of(text, [[am, am + 18, "PERSON"], [msp, msp + 19, "PERSON"]])
    assert [s for s, lab in spans if lab == "PERSON"] == ["Peter Blackmore", "Robert Brannock"]


def test_a_closing_quotation_mark_ends_a_name() -> None:
    text = 'Older players still refer to the founder as "Sir Charles". The orchestra plays tonight.'
    start = text.index("Charles")
    assert spans_of(text, [[start, start + 9, "PERSON"]]) == [("Charles", "PERSON")]


def people_of(texts: list[str], spans: list[list[tuple[str, str]]]) -> list[str]:
    """The canonical names labelled PERSON after merging hand-made entities of one corpus."""
    articles = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    out = names.canonicalise(raw_frame(articles, dict(zip(articles["doc_id"], spans))))
    return sorted(out.loc[out["label"] == "PERSON", "canonical"])


def test_a_common_word_capitalised_only_at_a_sentence_start_is_no_person() -> None:
    texts = ["Labour won the seat easily.\n\nTurnout rose slightly to 61%.", "The turnout was low in Hullbridge, where Ann Fell won."]
    assert people_of(texts, [[("Turnout", "PERSON")], [("Ann Fell", "PERSON")]]) == ["Ann Fell"]


def test_a_surname_of_the_corpus_at_a_sentence_start_stays_a_person() -> None:
    texts = ["The party's Vince Cable spoke first.", "Cable said the budget was wrong.\n\nThe cable snapped in the storm."]
    assert people_of(texts, [[("Vince Cable", "PERSON")], [("Cable", "PERSON")]]) == ["Vince Cable", "Vince Cable"]


def test_a_word_also_capitalised_inside_a_sentence_stays_a_person() -> None:
    texts = ["Pardew said the side had played well. The pardew was unknown.", "The fans sang for Pardew all night."]
    assert people_of(texts, [[("Pardew", "PERSON")], [("Pardew", "PERSON")]]) == ["Pardew", "Pardew"]


def test_a_first_name_a_relation_explains_is_the_person_not_a_work() -> None:
    text = 'Pelling joked that he would "give the award to Stephen", his writing partner Stephen Marchant.'
    first, full = text.index("Stephen"), text.index("Stephen Marchant")
    assert spans_of(text, [[first, first + 8, "PERSON"], [full, full + 16, "PERSON"]]) == [("Stephen", "PERSON"), ("Stephen Marchant", "PERSON")]


def test_a_first_name_beside_its_full_name_is_still_a_work_named_after_its_subject() -> None:
    text = "He won best actor for Ray, in which he plays Ray Charlton."
    ray, full = text.index("Ray,"), text.index("Ray Charlton")
    assert spans_of(text, [[ray, ray + 3, "PERSON"], [full, full + 12, "PERSON"]])[0] == ("Ray", "WORK_OF_ART")


def test_the_league_and_a_firm_named_like_a_person_are_organisations_however_the_model_tags_them() -> None:
    text = "Chelsea have won the Premiership title. Jo Fenn, a partner at the accountants Grant Thornton, said fees rose."
    got = merged(text, [("Premiership", "PERSON"), ("Jo Fenn", "PERSON"), ("Grant Thornton", "PERSON")])
    assert [(t, lab) for t, _, lab in got] == [("Premiership", "ORG"), ("Jo Fenn", "PERSON"), ("Grant Thornton", "ORG")]
