"""Stop 61 of name merging (issue 12): a band's possessive is the band too ("Dundee band Marla Quintin ... Marla Quintin's
second album"); "Fellow" and a nationality word opening a sentence are no part of the name after them ("Fellow Scot Ewan
Tarbet"); a titled person's possessive opening a span the model calls an organisation is that person ("Mr Darrow's
Budget"), with the owned name kept when it is a name of its own ("Mr Kestle's Pellam Holdings"); a name after "the centre
of" or before "in the north" is a place; a name after an adaptation's noun and "of" is a work ("The stage version of Polly
Marchbank"). Sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop38 import merged


def test_a_bands_possessive_is_the_band_too() -> None:
    text = ("Dundee band Marla Quintin won two awards at the ceremony.\n\n"
            "Marla Quintin's second album has sold more than a million copies.")
    got = merged(text, [("Marla Quintin", "PERSON"), ("Marla Quintin's", "PERSON")])
    assert [lab for t, _, lab in got if t.startswith("Marla Quintin")] == ["ORG", "ORG"]


def test_fellow_and_a_nationality_word_are_no_part_of_the_name_after_them() -> None:
    text = "Pryce took the bronze medal. Fellow Scot Ewan Tarbet finished ninth. Tarbet said he was pleased."
    got = merged(text, [("Pryce", "PERSON"), ("Fellow Scot Ewan Tarbet", "PERSON"), ("Tarbet", "PERSON")])
    assert [(t, c) for t, c, lab in got if "Tarbet" in t] == [("Ewan Tarbet", "Ewan Tarbet"), ("Tarbet", "Ewan Tarbet")]


def test_fellow_alone_opening_a_sentence_is_cut_from_the_name() -> None:
    text = "Pryce took the bronze medal. Fellow Ewan Tarbet finished ninth."
    got = merged(text, [("Pryce", "PERSON"), ("Fellow Ewan Tarbet", "PERSON")])
    assert ("Ewan Tarbet", "Ewan Tarbet", "PERSON") in got


def test_a_titled_possessive_opening_an_organisation_is_the_person() -> None:
    text = ("Gordon Darrow, the chancellor, will speak on Tuesday.\n\n"
            "Chip firms welcomed a move in Mr Darrow's Budget to extend research tax credits.")
    got = merged(text, [("Gordon Darrow", "PERSON"), ("Mr Darrow's Budget", "ORG")])
    assert [(t, c, lab) for t, c, lab in got if "Darrow" in t] == [("Gordon Darrow", "Gordon Darrow", "PERSON"),
                                                                  ("Mr Darrow's", "Gordon Darrow", "PERSON")]


def test_the_name_a_titled_person_owns_stays_when_it_is_a_name_of_its_own() -> None:
    text = "Mr Kestle's Pellam Holdings bought the station last year."
    got = merged(text, [("Mr Kestle's Pellam Holdings", "ORG")])
    assert ("Pellam Holdings", "Pellam Holdings", "ORG") in got
    assert [lab for t, _, lab in got if "Kestle" in t] == ["PERSON"]


def test_a_name_after_the_centre_of_is_a_place_beside_a_namesake() -> None:
    text = ("Joan Hebble, who runs a cafe in the centre of Hebble, said her rates had doubled.\n\n"
            '"I have never known it so hard," Mrs Hebble said.')
    got = merged(text, [("Joan Hebble", "PERSON"), ("Hebble", "PERSON"), ("Mrs Hebble", "PERSON")])
    assert ("Hebble", "Hebble", "GPE") in got
    assert ("Mrs Hebble", "Joan Hebble", "PERSON") in got


def test_a_name_before_in_the_north_is_a_place() -> None:
    text = "The ferries serve 22 islands, from Arran in the south to Tarsay in the north."
    got = merged(text, [("Arran", "GPE"), ("Tarsay", "PERSON")])
    assert ("Tarsay", "Tarsay", "GPE") in got


def test_a_name_before_a_compass_word_that_opens_a_name_stays_a_person() -> None:
    text = "Keeper Ollie Tarsay was outstanding. Tarsay in the north London derby saved two penalties."
    got = merged(text, [("Ollie Tarsay", "PERSON"), ("Tarsay", "PERSON")])
    assert [(t, lab) for t, _, lab in got if t == "Tarsay"] == [("Tarsay", "PERSON")]


def test_a_name_after_an_adaptations_noun_and_of_is_a_work() -> None:
    text = "The stage version of Polly Marchbank has opened in the West End to a standing ovation."
    got = merged(text, [("Polly Marchbank", "PERSON"), ("West End", "LOC")])
    assert not [t for t, _, lab in got if lab == "PERSON"]


def test_an_adaptation_whose_title_character_is_named_alone_stays_a_person() -> None:
    text = "The stage version of Polly Marchbank has opened in the West End.\n\nThe part of Polly is shared by three girls."
    got = merged(text, [("Polly Marchbank", "PERSON"), ("West End", "LOC"), ("Polly", "PERSON")])
    assert ("Polly", "Polly Marchbank", "PERSON") in got


def test_the_author_of_an_adapted_book_stays_a_person() -> None:
    text = "Tom Hanks will star in the film version of Dora Quell's best-selling novel The Tern Code."
    got = merged(text, [("Tom Hanks", "PERSON"), ("Dora Quell's", "PERSON"), ("The Tern Code", "WORK_OF_ART")])
    assert [lab for t, _, lab in got if t.startswith("Dora Quell")] == ["PERSON"]


def test_a_possessive_of_the_title_characters_name_keeps_the_adaptation_a_person() -> None:
    text = "The stage musical version of Polly Marchbank has opened.\n\nShe was nominated for her role as Polly's teacher."
    got = merged(text, [("Polly Marchbank", "PERSON"), ("Polly's", "PERSON")])
    assert [lab for t, _, lab in got if t == "Polly Marchbank"] == ["PERSON"]


def test_untagged_words_after_a_noun_for_firms_are_the_firm_and_its_short_form_too() -> None:
    text = ("Games publisher QXi Interactive has agreed to buy a rival.\n\n"
            "QXi chief executive Jane Orrell said the deal made sense. Ms Orrell co-founded QXi in 1988.")
    got = merged(text, [("Jane Orrell", "PERSON"), ("Ms Orrell", "PERSON")])
    assert [(t, c, lab) for t, c, lab in got if t.startswith("QXi")] == [("QXi Interactive", "QXi Interactive", "ORG")] + [
        ("QXi", "QXi Interactive", "ORG")] * 2


def test_words_after_a_noun_for_firms_that_open_with_a_given_name_are_not_made_a_firm() -> None:
    text = "The bank Martin chose was small."
    got = merged(text, [])
    assert not [t for t, _, lab in got if lab == "ORG"]


def test_a_day_that_is_the_surname_of_the_articles_person_saying_a_quotation_is_that_person() -> None:
    text = ('England coach Mike Sunday said his team had been beaten.\n\n'
            '"We made too many mistakes against Fiji," Sunday said.\n\nThe final is on Sunday.')
    got = merged(text, [("Mike Sunday", "PERSON"), ("Fiji", "GPE"), ("Sunday", "DATE"), ("Sunday", "DATE")])
    assert [(t, c) for t, c, lab in got if lab == "PERSON"] == [("Mike Sunday", "Mike Sunday"), ("Sunday", "Mike Sunday")]


def test_a_given_name_and_surname_tagged_org_after_a_noun_for_people_is_the_person() -> None:
    text = ("Rose fought off a bid from retail billionaire Philip Grene, the owner of Bhs, last July.\n\n"
            "Grene had argued that the chain was badly run.")
    got = merged(text, [("Rose", "PERSON"), ("Philip Grene", "ORG"), ("Bhs", "ORG")])
    assert ("Philip Grene", "Philip Grene", "PERSON") in got


def test_a_name_after_a_noun_for_people_that_follows_a_name_stays_a_firm() -> None:
    text = "The Daily Mirror ran the story. Mirror owner Trinity Holt said it had no comment on the book."
    got = merged(text, [("The Daily Mirror", "ORG"), ("Trinity Holt", "ORG")])
    assert ("Trinity Holt", "Trinity Holt", "ORG") in got


def test_a_title_after_a_noun_for_firms_is_not_made_a_firm() -> None:
    text = "Rock band Queen have started their first tour in almost 20 years."
    got = merged(text, [])
    assert not [t for t, _, _ in got if t == "Queen"]
