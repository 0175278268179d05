"""Stop 75 of name merging (issue 12), rules read from the place folds left in the one-corpus run of the British sets:
three one-word names listed as a seat ("the MP for Ross, Skye and Lochaber") are places, even those that are given names;
a two-word name ending in "Hall" is a site like one ending in "Green" or "Lane" where the article uses it as one ("at
Birmingham's Symphony Hall"); and so is a name before "ward" or "wards" ("the Aston and Bordesley Green wards"). Sentences,
people and places written for these tests."""

from __future__ import annotations

from test_names_stop43 import merged_corpus
from test_names_stop74 import label_of


def test_three_names_of_a_seat_are_places_even_given_names() -> None:
    text = ("Ms Jane Corrie, the MP for Ardmore, Kelly and Tarvin, said the new road would help. She has held the seat "
            "since 1997.")
    got = merged_corpus({"a": (text, [("Jane Corrie", "PERSON"), ("Ardmore", "PERSON"), ("Kelly", "PERSON"), ("Tarvin", "PERSON")])})
    assert label_of(got, "Ardmore") == ["GPE"]
    assert label_of(got, "Kelly") == ["GPE"]
    assert label_of(got, "Tarvin") == ["GPE"]


def test_a_seat_of_three_named_in_a_possessive_is_a_place_and_outvotes_the_model_elsewhere() -> None:
    seat = "Mr Ian Dorran, who is standing in the new seat of Ardmore, Kelly and Tarvin, spent the day on the campaign trail."
    owned = "Voters in Mr Dorran's Ardmore, Kelly and Tarvin constituency said they would back him again."
    got = merged_corpus({
        "a": (seat, [("Ian Dorran", "PERSON"), ("Ardmore", "PERSON"), ("Kelly", "PERSON"), ("Tarvin", "PERSON")]),
        "b": (owned, [("Dorran", "PERSON"), ("Ardmore", "PERSON"), ("Kelly", "PERSON"), ("Tarvin", "PERSON")]),
    })
    assert label_of(got, "Ardmore") == ["GPE", "GPE"]
    assert label_of(got, "Tarvin") == ["GPE", "GPE"]


def test_three_people_thanked_in_a_list_stay_people() -> None:
    text = "The coach thanked Ross, Kelly and Ryan for their work over the season."
    got = merged_corpus({"a": (text, [("Ross", "PERSON"), ("Kelly", "PERSON"), ("Ryan", "PERSON")])})
    assert label_of(got, "Kelly") == ["PERSON"]


def test_a_hall_at_which_concerts_are_held_is_a_site_across_the_corpus() -> None:
    got = merged_corpus({
        "a": ("The orchestra will play two concerts at Birmingham's Concord Hall next month.", [("Concord Hall", "PERSON")]),
        "b": ("The tour opens at the city's Concord Hall in May.", [("Concord Hall", "PERSON")]),
        "c": ("Tickets for Concord Hall sold out within an hour, the promoter said.", [("Concord Hall", "PERSON")]),
    })
    assert "PERSON" not in label_of(got, "Concord Hall")


def test_a_person_with_a_given_name_and_the_surname_hall_stays_a_person() -> None:
    text = "Fans waited at Birmingham's arena for Jerry Hall, who arrived late. Ms Hall said she was sorry."
    got = merged_corpus({"a": (text, [("Jerry Hall", "PERSON"), ("Ms Hall", "PERSON")])})
    assert label_of(got, "Jerry Hall") == ["PERSON"]


def test_names_of_wards_are_places_across_the_corpus() -> None:
    got = merged_corpus({
        "a": ("The judge overturned the results in the Aston and Marley Green wards after a fraud inquiry.", [("Aston", "GPE"), ("Marley Green", "PERSON")]),
        "b": ("Votes cast in the Marley Green ward were counted again on Monday.", [("Marley Green", "PERSON")]),
        "c": ("Six councillors elected in Aston and Marley Green were removed from office.", [("Aston", "GPE"), ("Marley Green", "PERSON")]),
    })
    assert "PERSON" not in label_of(got, "Marley Green")


def test_a_club_described_as_one_the_owner_also_controls_is_no_person() -> None:
    got = merged_corpus({
        "a": ("Players may arrive from KSB Vilmara, the Latvian club also owned by Mr Petrov.", [("KSB Vilmara", "PERSON"), ("Petrov", "PERSON")]),
        "b": ("Fans fear the team could become a feeder side for KSB Vilmara, the Latvian club he also controls.", [("KSB Vilmara", "PERSON")]),
        "c": ("Mr Petrov also owns KSB Vilmara, the Latvian champions, and a bank.", [("Petrov", "PERSON"), ("KSB Vilmara", "PERSON")]),
    })
    assert label_of(got, "KSB Vilmara") == ["ORG", "ORG", "ORG"]


def test_a_person_who_joined_the_club_is_still_a_person() -> None:
    text = "Tom Harker, the club's captain, said the side had been unlucky. Harker scored twice."
    got = merged_corpus({"a": (text, [("Tom Harker", "PERSON"), ("Harker", "PERSON")])})
    assert label_of(got, "Tom Harker") == ["PERSON"]


def test_a_town_tagged_org_among_towns_is_a_town_not_the_articles_namesake() -> None:
    text = ("Arcade owner Dennis Harlow said trade was good. Mr Harlow said most visitors came from Harlow, Luton and "
            "Bedford on day trips.")
    got = merged_corpus({"a": (text, [("Dennis Harlow", "PERSON"), ("Harlow", "PERSON"), ("Harlow", "ORG"), ("Luton", "GPE"),
                                      ("Bedford", "GPE")])})
    assert [(t, c, lab) for _, t, c, lab in got if t == "Harlow"] == [("Harlow", "Dennis Harlow", "PERSON"), ("Harlow", "Harlow", "GPE")]


def test_a_club_tagged_org_among_towns_in_sport_stays_a_club() -> None:
    text = "Rovers have beaten Harlow, Luton and Bedford in the league this season, scoring ten goals."
    got = merged_corpus({"a": (text, [("Rovers", "ORG"), ("Harlow", "ORG"), ("Luton", "GPE"), ("Bedford", "GPE")])})
    assert label_of(got, "Harlow") == ["ORG"]


def test_a_firm_founded_in_a_year_by_a_person_is_a_firm() -> None:
    text = ("Harlow Amusements, founded in 1972 by Dennis Harlow's father, runs four arcades. Mr Harlow said the pier "
            "would reopen in May.")
    got = merged_corpus({"a": (text, [("Harlow Amusements", "PERSON"), ("Dennis Harlow's", "PERSON"), ("Harlow", "PERSON")])})
    assert label_of(got, "Harlow Amusements") == ["ORG"]


def test_firms_listed_after_a_comma_and_including_are_firms() -> None:
    text = "Several casino companies, including Garrick's and Fortune Leisure, have bid for the licence."
    got = merged_corpus({"a": (text, [("Garrick's", "PERSON"), ("Fortune Leisure", "ORG")])})
    assert label_of(got, "Garrick's") == ["ORG"]


def test_a_full_name_placed_in_a_place_stays_a_person() -> None:
    text = "Our correspondent Orla Brennan in Jerusalem said the talks had stalled."
    got = merged_corpus({"a": (text, [("Orla Brennan", "PERSON"), ("Jerusalem", "GPE")])})
    assert label_of(got, "Orla Brennan") == ["PERSON"]
