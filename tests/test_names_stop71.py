"""Stop 71 of name merging (issue 12), rules read from the place folds left in the British sets and from the first runs
of blind sets GI-GL. A place even beside a namesake: a constituency after "MP for" or before "'s Labour MP"; a name
joined by "and" to a place ("raided homes in Lincoln and Pennock"); an island opening a sentence ("On Skerray itself,");
a name before "beach" or "airport". A one-word "person" before a noun for local people and a full name ("Hexford worker Gareth
Morgan") or before "'s workers" is the place they live or work in; "the Kelbrook market", "opposite the Stanbridge
circuit" and "this end of Marlow" are no namesake of the article; a town the corpus mostly calls a place is its club
beside the club's full name ("involving Kelbury, Carlisle United" beside Kelbury Rovers); a bare word an article used as a
place and never for a person is that place, not the namesake of another story; a name apposed to "the ... service" or
"launching its own" service is a firm, and one that spells the initials of an organisation of the article ("Soca") is
that organisation; a "person" ending in a trade word stays a firm in the possessive ("Phonebox Warehouse's figures").
Sentences, people, places and firms written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import names
from test_names_stop38 import merged, raw_frame
from test_names_stop70 import labels_of


def canonicals_of(text: str, ents: list[tuple[str, str]], word: str) -> list[tuple[str, str]]:
    """(canonical, label) of the article's mentions of `word`."""
    return [(c, lab) for t, c, lab in merged(text, ents) if t == word]


def test_a_seat_after_mp_for_is_the_place_beside_its_namesake() -> None:
    text = ("Party leader Ian Caldmoor said the result was a triumph. \"The people have spoken,\" Mr Caldmoor said.\n\n"
            "Elsewhere, Douglas Fenwick was returned as MP for Caldmoor with a larger majority.")
    got = canonicals_of(text, [("Ian Caldmoor", "PERSON"), ("Caldmoor", "PERSON"), ("Douglas Fenwick", "PERSON"), ("Caldmoor", "GPE")],
                        "Caldmoor")
    assert got[-1] == ("Caldmoor", "GPE")


def test_a_name_joined_to_a_place_by_and_is_a_place() -> None:
    text = "Officers from the crime unit raided homes in Lincoln and Pennock on Wednesday and seized computers."
    assert labels_of(text, [("Pennock", "PERSON")], "Pennock") == ["GPE"]


def test_two_people_joined_by_and_stay_people() -> None:
    text = "The minister said he had faith in Hartley and Pennock to deliver the reforms."
    assert labels_of(text, [("Hartley", "PERSON"), ("Pennock", "PERSON")], "Pennock") == ["PERSON"]


def test_an_island_opening_a_sentence_is_a_place_beside_its_namesake() -> None:
    text = ("Shop owner Mary Skerray said the new line had changed her business.\n\n"
            "On Skerray itself, fisherman Dave Cole said the signal was still poor.")
    got = canonicals_of(text, [("Mary Skerray", "PERSON"), ("Skerray", "GPE"), ("Dave Cole", "PERSON")], "Skerray")
    assert got == [("Skerray", "GPE")]


def test_a_name_before_a_local_worker_is_a_place() -> None:
    text = ("The wings are built at the plant. Hexford worker Gareth Morgan, 34, said the jobs were safe. "
            "The First Minister said Hexford's workers should be proud.")
    assert labels_of(text, [("Hexford", "PERSON"), ("Gareth Morgan", "PERSON"), ("Hexford", "PERSON")], "Hexford") == ["GPE", "GPE"]


def test_a_relative_after_a_possessive_leaves_the_person() -> None:
    text = "Striker Wayne Hexford scored twice. Hexford's mother Jeanette watched from the stand."
    got = canonicals_of(text, [("Wayne Hexford", "PERSON"), ("Hexford", "PERSON"), ("Jeanette", "PERSON")], "Hexford")
    assert got == [("Wayne Hexford", "PERSON")]


def test_a_market_named_after_a_town_is_no_namesake() -> None:
    text = ("UKIP's candidate, retired teacher Robert Kelbrook, says he is standing on Europe. Mr Kelbrook lives nearby. "
            "A farmer who runs a stall at the Kelbrook market said she was undecided.")
    got = canonicals_of(text, [("Robert Kelbrook", "PERSON"), ("Kelbrook", "PERSON"), ("Kelbrook", "NORP")], "Kelbrook")
    assert got[-1][0] == "Kelbrook" and got[-1][1] != "PERSON"


def test_a_circuit_named_after_a_place_is_no_namesake() -> None:
    text = ("Commentator Richard Stanbridge said the new owners had a plan. The team's base remains opposite the "
            "Stanbridge circuit.")
    got = canonicals_of(text, [("Richard Stanbridge", "PERSON"), ("Stanbridge", "ORG")], "Stanbridge")
    assert got == [("Stanbridge", "ORG")]


def test_an_end_of_a_district_is_a_place() -> None:
    text = ("The gallery will move to a barracks in Marlow, its director Anne Marlow said. \"It will bring visitors to this end "
            "of Marlow,\" Ms Marlow said.")
    got = canonicals_of(text, [("Marlow", "GPE"), ("Anne Marlow", "PERSON"), ("Marlow", "ORG"), ("Marlow", "PERSON")], "Marlow")
    assert [c for c, _ in got[:2]] == ["Marlow", "Marlow"] and "PERSON" not in {lab for _, lab in got[:2]}


def test_a_word_an_article_used_as_a_place_is_not_another_story_s_namesake() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "The candidate said his priority was jobs in Ashworth, where the mills have closed. \"Ashworth has been forgotten,\" he said.",
        "Director Mike Ashworth has won three awards. Ashworth thanked the cast."]})
    spans = {"a": [("Ashworth", "GPE"), ("Ashworth", "PERSON")], "b": [("Mike Ashworth", "PERSON"), ("Ashworth", "PERSON")]}
    out = names.canonicalise(raw_frame(articles, spans))
    got = out.loc[out["doc_id"] == "a", ["canonical", "label"]].apply(tuple, axis=1).tolist()
    assert got == [("Ashworth", "GPE")] * 2


def beside_town_stories(match: str, spans: list[tuple[str, str]], towns: int) -> list[tuple[str, str]]:
    """(canonical, label) of the lone "Kelbury" of story "a", beside `towns` stories that tag Kelbury a place twice."""
    others = [f"t{n}" for n in range(towns)]
    text = "Flooding closed roads in Kelbury on {}. Residents of Kelbury were told to stay home."
    articles = pd.DataFrame({"doc_id": ["a", *others], "text": [match] + [text.format(d) for d in others]})
    out = names.canonicalise(raw_frame(articles, {"a": spans, **{d: [("Kelbury", "GPE"), ("Kelbury", "GPE")] for d in others}}))
    return out.loc[(out["doc_id"] == "a") & (out["text"] == "Kelbury"), ["canonical", "label"]].apply(tuple, axis=1).tolist()


def test_a_town_the_corpus_calls_a_place_is_its_club_beside_the_club_s_full_name() -> None:
    match = ("The last promotion place will be decided by the play-offs, involving Kelbury, Carlisle United and Stevenage. "
             "Kelbury Rovers finished second in the league.")
    spans = [("Kelbury", "PERSON"), ("Carlisle United", "ORG"), ("Stevenage", "GPE"), ("Kelbury Rovers", "ORG")]
    assert beside_town_stories(match, spans, 3) == [("Kelbury Rovers", "ORG")]


def test_a_seat_owning_an_mp_is_the_place_beside_its_namesake() -> None:
    text = ("Graham Pennock has run the post office in the village for 17 years. \"It is a lifeline,\" Mr Pennock said.\n\n"
            "Pennock's Labour MP Gillian Merron has backed the campaign.")
    got = canonicals_of(text, [("Graham Pennock", "PERSON"), ("Pennock", "PERSON"), ("Pennock", "ORG"), ("Gillian Merron", "PERSON")],
                        "Pennock")
    assert got[-1][0] == "Pennock" and got[-1][1] != "PERSON"


def test_a_name_before_beach_is_the_shore_beside_its_namesake() -> None:
    text = ("A hundred iron figures are to be set up on Kelsby beach on Merseyside. Local councillor Tony Kelsby said he had "
            "received many letters. \"Some love them,\" said Mr Kelsby.")
    got = canonicals_of(text, [("Kelsby", "PERSON"), ("Tony Kelsby", "PERSON"), ("Mr Kelsby", "PERSON")], "Kelsby")
    assert got == [("Kelsby", "GPE")]


def test_a_name_apposed_to_a_service_is_no_namesake() -> None:
    text = ("Freesat, the free-to-air digital service, now reaches four million homes. Media consultant Alice Freesat said "
            "viewers would still pay. \"I'm biased, given my name,\" Ms Freesat said.")
    got = canonicals_of(text, [("Freesat", "PERSON"), ("Alice Freesat", "PERSON"), ("Ms Freesat", "PERSON")], "Freesat")
    assert got == [("Freesat", "ORG")]


def test_a_name_launching_its_own_service_is_a_firm() -> None:
    text = ("Tangerine is launching its own 3G service in the spring. Student Jessica Tangerine, 20, said she would not switch.")
    got = canonicals_of(text, [("Tangerine", "PERSON"), ("Jessica Tangerine", "PERSON")], "Tangerine")
    assert got == [("Tangerine", "ORG")]


def test_a_town_s_club_playing_stays_the_club_beside_a_fan_of_that_surname() -> None:
    match = ("Kelbury Rovers have a new chairman. Fan Tony Kelbury said: \"I'm hardly going to give up on the club,\" said "
             "Mr Kelbury. Kelbury play Sheffield United at home on Saturday.")
    spans = [("Kelbury Rovers", "ORG"), ("Tony Kelbury", "PERSON"), ("Mr Kelbury", "PERSON"), ("Kelbury", "PERSON"),
             ("Sheffield United", "ORG")]
    assert beside_town_stories(match, spans, 6) == [("Kelbury Rovers", "ORG")]


def test_an_acronym_written_as_a_word_is_the_organisation_it_spells() -> None:
    text = ("Ministers have named the two men who will lead the new Serious Organised Crime Agency. Its chairman, a former "
            "detective, said Soca would use intelligence in new ways.")
    got = canonicals_of(text, [("Serious Organised Crime Agency", "ORG"), ("Soca", "PERSON")], "Soca")
    assert got == [("Serious Organised Crime Agency", "ORG")]


def test_a_short_given_name_is_no_acronym_of_an_unrelated_organisation() -> None:
    text = "The Trust for Open Meadows thanked Tom for his work."
    got = canonicals_of(text, [("Trust for Open Meadows", "ORG"), ("Tom", "PERSON")], "Tom")
    assert got == [("Tom", "PERSON")]


def test_a_name_before_airport_is_the_place_beside_its_namesake() -> None:
    text = ("Analyst Declan Kilrush of a Dublin broker said the figures were good. \"Kilrush airport has lost traffic, but the "
            "rest of the group is growing,\" Mr Kilrush said.")
    got = canonicals_of(text, [("Declan Kilrush", "PERSON"), ("Kilrush", "FAC"), ("Mr Kilrush", "PERSON")], "Kilrush")
    assert got[0][0] == "Kilrush" and got[0][1] != "PERSON"


def test_a_firm_ending_in_a_trade_word_stays_a_firm_in_the_possessive() -> None:
    text = "Phonebox Warehouse has reported higher sales. Analysts said Phonebox Warehouse's figures were strong."
    got = merged(text, [("Phonebox Warehouse", "ORG"), ("Phonebox Warehouse's", "PERSON")])
    assert {lab for _, _, lab in got} == {"ORG"}
