"""Stop 92 of name merging (issue 12): a body's name that the model cut before "of" and a country ("The Drovers'
Guild" + "of Great Britain") is one organisation, which "the Guild" of its article and the shorter name of other articles
fold into; the first given name of a list that relatives open shares the surname the list ends with ("Brothers Huw, Rhys
and Owain Bevan"), also when the sentence opens with the relatives; a two-word "person" the article writes only where
places stand is a place; a name after "the designers" or "the brokers" is a firm; "Sir Alan" is the Alan the article
has just named, before a knight of another article;
a surname "whose brother" the article names is a person, and not that brother; in a report about sport, a name the
article uses as a team ("beat Harwood 2-1") is that team where the model calls it a person; a full name that opens a
work named after her ("Alison Trent Pregnant") stays a person where the article titles her surname ("Ms Trent").
Read in the failures of the blind sets JG and JH and of older read sets; sentences and names written for these tests."""

from __future__ import annotations

from helpers.entities import context
from test_names_stop43 import merged_corpus
from test_names_stop86 import merged


def test_a_body_cut_before_of_and_a_country_is_one_organisation() -> None:
    text = ("The Drovers' Guild of Great Britain, which speaks for 900 cattle hauliers, said fuel costs had doubled. The Guild "
            "wants a rebate.")
    got = merged(text, [("The Drovers' Guild", "ORG"), ("Great Britain", "GPE"), ("Guild", "PERSON")])
    assert got[0][1:] == ("Drovers' Guild of Great Britain", "ORG")
    assert got[-1][1:] == ("Drovers' Guild of Great Britain", "ORG")
    assert all(label != "GPE" for _, _, label in got)


def test_a_firm_before_of_and_a_place_that_is_no_body_stays_apart() -> None:
    text = "Shares in Harland Holdings of Belfast rose 4p."
    got = merged(text, [("Harland Holdings", "ORG"), ("Belfast", "GPE")])
    assert got == [("Harland Holdings", "Harland Holdings", "ORG"), ("Belfast", "Belfast", "GPE")]


def test_the_shorter_name_of_a_body_takes_the_one_long_form_the_corpus_writes() -> None:
    got = merged_corpus({
        "a": ("The Drovers' Guild of Great Britain said fuel costs had doubled.",
              [("The Drovers' Guild of Great Britain", "ORG")]),
        "b": ("Hauliers met the Drovers' Guild in York on Monday.", [("the Drovers' Guild", "ORG"), ("York", "GPE")]),
    })
    assert got[1][2:] == ("Drovers' Guild of Great Britain", "ORG")


def test_a_shorter_name_of_two_bodies_named_of_places_is_left_alone() -> None:
    got = merged_corpus({
        "a": ("The Law Society of Scotland said the fees were fair.", [("The Law Society of Scotland", "ORG")]),
        "b": ("The Law Society of Ireland disagreed.", [("The Law Society of Ireland", "ORG")]),
        "c": ("Solicitors wrote to the Law Society in London.", [("the Law Society", "ORG"), ("London", "GPE")]),
    })
    assert got[2][2] == "Law Society"


def test_the_first_of_a_list_of_brothers_takes_the_surname_the_list_ends_with() -> None:
    text = ("Brothers Huw, Rhys and Owain Bevan and their cousin Dylan Bevan were picked for the squad. Owain Bevan, 29, will "
            "captain the side.")
    got = merged(text, [("Huw", "PERSON"), ("Rhys", "PERSON"), ("Owain Bevan", "PERSON"), ("Dylan Bevan", "PERSON"),
                        ("Owain Bevan", "PERSON")])
    assert got[0][1] == "Huw Bevan"
    assert got[1][1] == "Rhys Bevan"


def test_a_list_of_players_ending_in_a_full_name_keeps_its_given_names() -> None:
    text = "Goals from Huw, Rhys and Owain Bevan sealed the win."
    got = merged(text, [("Huw", "PERSON"), ("Rhys", "PERSON"), ("Owain Bevan", "PERSON")])
    assert got[0][1] == "Huw" and got[1][1] == "Rhys"


def test_a_two_word_person_written_only_where_places_stand_is_a_place() -> None:
    text = ("Amy Shaw rode a double at Kingsley Mallet on Monday to take the title. Kingsley Mallet, in Shropshire, is one of "
            "the best-attended courses in the country.")
    got = merged(text, [("Amy Shaw", "PERSON"), ("Kingsley Mallet", "PERSON"), ("Kingsley Mallet", "PERSON")])
    assert [label for t, _, label in got if t == "Kingsley Mallet"] == ["GPE", "GPE"]


def test_a_two_word_person_who_speaks_stays_a_person() -> None:
    text = ("Amy Shaw beat Penhale Quarles at Ludlow on Monday. Penhale Quarles, in Shropshire for the week, said he was tired. "
            "At Penhale Quarles's yard the mood was low.")
    got = merged(text, [("Amy Shaw", "PERSON"), ("Penhale Quarles", "PERSON"), ("Ludlow", "GPE"), ("Penhale Quarles", "PERSON"),
                        ("Penhale Quarles", "PERSON")])
    assert all(label == "PERSON" for t, _, label in got if t.startswith("Penhale"))


def test_a_name_after_the_designers_is_a_firm() -> None:
    text = "The bride wore a silk gown by the designers Harrow Fenwick. Guests arrived from noon."
    got = merged(text, [("Harrow Fenwick", "PERSON")])
    assert got[0][2] == "ORG"


def test_a_list_of_people_after_the_designers_stays_people() -> None:
    text = "Gowns came from the designers Harrow Fenwick and Amy Shaw. Both said they were thrilled."
    got = merged(text, [("Harrow Fenwick", "PERSON"), ("Amy Shaw", "PERSON")])
    assert [label for _, _, label in got] == ["PERSON", "PERSON"]


def test_a_knights_given_name_is_the_articles_person_before_another_articles_knight() -> None:
    got = merged_corpus({
        "a": ("Sir Alan Budd said rates would rise.", [("Sir Alan Budd", "PERSON")]),
        "b": ("Amstrad was founded by Alan Quarmby in 1968. Sir Alan said he was proud of it.",
              [("Amstrad", "ORG"), ("Alan Quarmby", "PERSON"), ("Alan", "PERSON")]),
    })
    assert got[-1][2] == "Alan Quarmby"


def test_a_knights_given_name_with_no_such_person_in_its_article_is_the_corpus_knight() -> None:
    got = merged_corpus({
        "a": ("Sir Alan Budd said rates would rise.", [("Sir Alan Budd", "PERSON")]),
        "b": ("Amstrad was founded in 1968. Sir Alan said rates were too high.", [("Amstrad", "ORG"), ("Alan", "PERSON")]),
    })
    assert got[-1][2] == "Alan Budd"


def test_a_founders_firm_name_whose_brother_is_named_is_the_other_bearer() -> None:
    text = ('Kevin Ford won the opening round of the season at Belle Vue. "The car was brilliant," said Ford, whose brother '
            "Neil Ford also races. Neil Ford failed to finish.")
    got = merged(text, [("Kevin Ford", "PERSON"), ("Belle Vue", "FAC"), ("Ford", "ORG"), ("Neil Ford", "PERSON"), ("Neil Ford", "PERSON")])
    assert got[2][1:] == ("Kevin Ford", "PERSON")


def test_a_surname_whose_brother_is_named_is_not_that_brother() -> None:
    text = ('Neil Ford and Kevin Ford both raced at Belle Vue. "The car was brilliant," said Ford, whose brother Neil Ford '
            "failed to finish.")
    got = merged(text, [("Neil Ford", "PERSON"), ("Kevin Ford", "PERSON"), ("Belle Vue", "FAC"), ("Ford", "PERSON"), ("Neil Ford", "PERSON")])
    assert got[3][1] == "Kevin Ford"


def test_a_firm_whose_chairman_is_named_stays_the_firm() -> None:
    text = "Tony Ford sells cars in Leeds. Ford, whose chairman Bill Ford spoke on Monday, will cut jobs."
    got = merged(text, [("Tony Ford", "PERSON"), ("Leeds", "GPE"), ("Ford", "ORG"), ("Bill Ford", "PERSON")])
    assert got[2][1:] == ("Ford", "ORG")


def test_a_team_beaten_by_a_score_is_the_team_where_it_is_tagged_a_person() -> None:
    text = ("Andy Lowe scored twice as Palace beat Harwood 2-1 in the Premiership at Selhurst Park. Dean Fry pulled one back for "
            "Harwood, but Palace held on. Harwood remain in the top half of the table.")
    got = merged(text, [("Andy Lowe", "PERSON"), ("Palace", "ORG"), ("Harwood", "ORG"), ("Premiership", "ORG"), ("Selhurst Park", "FAC"),
                        ("Dean Fry", "PERSON"), ("Harwood", "PERSON"), ("Palace", "ORG"), ("Harwood", "PERSON")])
    assert [label for t, _, label in got if t == "Harwood"] == ["ORG", "ORG", "ORG"]


def test_a_team_word_that_a_player_of_the_article_bears_stays_open() -> None:
    text = ("Palace beat Harwood 2-1 in the Premiership. Striker Tom Harwood scored for Palace. Harwood said he was delighted.")
    got = merged(text, [("Palace", "ORG"), ("Harwood", "ORG"), ("Premiership", "ORG"), ("Tom Harwood", "PERSON"), ("Palace", "ORG"),
                        ("Harwood", "PERSON")])
    assert got[-1][1:] == ("Tom Harwood", "PERSON")


def test_a_knights_given_name_before_the_articles_namesake_is_the_corpus_knight() -> None:
    got = merged_corpus({
        "a": ("Sir Alex Ferguson named his side.", [("Sir Alex Ferguson", "PERSON")]),
        "b": ("Sir Alex started with a stronger side. Exeter manager Alex Pellow said his players gave everything.",
              [("Alex", "PERSON"), ("Exeter", "GPE"), ("Alex Pellow", "PERSON")]),
    })
    assert got[1][2] == "Alex Ferguson"


def test_a_full_name_opening_a_work_named_after_her_stays_the_titled_person() -> None:
    text = ("A statue of disabled artist Alison Trent, which will stand in the square, is finished. The work, entitled Alison "
            "Trent Pregnant, shows Ms Trent eight months pregnant. Ms Trent said she was proud.")
    got = merged(text, [("Alison Trent", "PERSON"), ("Alison Trent Pregnant", "ORG"), ("Ms Trent", "PERSON"), ("Ms Trent", "PERSON")])
    assert got[0][1:] == ("Alison Trent", "PERSON")
    assert got[2][1:] == ("Alison Trent", "PERSON")



def test_a_team_word_the_article_gives_a_he_is_no_team() -> None:
    text = "Tim Henman beat Murray 6-3 6-2 in the second round of the tournament. Murray said he was tired after a long season."
    first, second = text.index("Murray"), text.rindex("Murray")
    ents = [[first, first + 6, "ORG"], [second, second + 6, "PERSON"]]
    assert context.teams_throughout(text, ents)[1][2] == "PERSON"


def test_a_full_name_opening_a_firm_stays_the_firm_where_another_bearer_takes_the_title() -> None:
    text = ("The first flight has taken off from Robin Hood Airport near Doncaster. The chairman said Robin Hood would handle a "
            "million passengers. Joanne Hood, who runs a taxi firm, has taken on four drivers, Ms Hood said.")
    got = merged(text, [("Robin Hood Airport", "ORG"), ("Doncaster", "GPE"), ("Robin Hood", "PERSON"), ("Joanne Hood", "PERSON"),
                        ("Ms Hood", "PERSON")])
    assert got[2][1:] == ("Robin Hood Airport", "ORG")


def test_a_firm_named_of_its_town_keeps_its_own_name() -> None:
    text = "Jefferson Savings and Loan Association of Warrenton said it agreed to be acquired."
    got = merged(text, [("Jefferson Savings and Loan Association", "ORG"), ("Warrenton", "GPE")])
    assert got[0][1] == "Jefferson Savings and Loan Association"
