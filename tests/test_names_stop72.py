"""Stop 72 of name merging (issue 12), rules read from the first runs of blind sets GM-GO and from the place folds left in
older sets. A team sheet after a result ("England 4-0 Wales: Robson, G Nevin, ...") is a sheet of players on its own, so
"A Brandle" is the Brandle whose given name opens with A. "Mr Cambell" is never the article's Sir Menzies Cambell. A
surname listed only with firms before the article names its bearer ("Tangerine and O2 are launching ... said John
Tangerine") is the firm. A name right after a noun for a firm ("Pub chain JB Wetherall", "Estate agents Knight Farrant")
is the firm, and so is the founder's name alone beside such an initialled firm, unless titled ("a Mr Wetherall"); a lone
surname beside a firm named after its founder is the firm ("Travel firm Thomas Crook ... Crook has a strong brand"). A
listed island is the place beside another story's namesake, also after "said ... had"; "The Fringe" is the article's
Kelso Festival Fringe; "Mark Sainsworth, who runs a start-up" is no Lord Sainsworth, and "Sainsworth's itself" is the
firm; an organisation spelled out before its bracketed acronym is one even tagged a work; "Bishop Knowlton", tagged a
firm, is the article's Graeme Knowlton; a town the article calls a settlement in apposition, or that owns a tourist
office, or follows "regions contested, including", is a place; so is a word whose use the sentence before is tagged a
place ("competing with Parrin, Madrid ... Parrin is seen as the favourite"), unless it speaks. Sentences, people, places and firms written for these
tests."""

from __future__ import annotations

from test_names_short_forms import repaired
from test_names_stop43 import merged_corpus


def test_a_sheet_after_a_result_line_names_players_by_initial() -> None:
    report = ("England eased to victory at Old Trafford. Joe Brandle opened the scoring before half-time and Owen Pike added "
              "a second.\n\nEngland 4-0 Wales: Robson, G Nevin, Ferris, Tarrant, A Brandle, Beckett, Lambert, Garrard, "
              "J Brandle, Pike, Rooke.")
    profile = "Arsenal defender Ashley Brandle has signed a new deal. Brandle said he was delighted."
    got = merged_corpus({"a": (report, [("Joe Brandle", "PERSON"), ("Owen Pike", "PERSON"), ("England", "GPE"), ("Wales", "GPE"),
                                        ("Brandle", "PERSON"), ("Brandle", "PERSON")]),
                         "b": (profile, [("Ashley Brandle", "PERSON"), ("Brandle", "PERSON")])})
    sheet = {t: c for d, t, c, _ in got if d == "a" and t in ("A Brandle", "J Brandle")}
    assert sheet == {"A Brandle": "Ashley Brandle", "J Brandle": "Joe Brandle"}


def test_mr_and_a_surname_is_never_the_knight_of_that_surname() -> None:
    text = ("Alastair Cambell, the former communications chief, is back at party headquarters. The foreign affairs spokesman, "
            "Sir Menzies Cambell, is touring marginal seats.\n\nMr Cambell, who left Downing Street in 2003, is advising on strategy.")
    got = merged_corpus({"a": (text, [("Alastair Cambell", "PERSON"), ("Menzies Cambell", "PERSON"), ("Cambell", "PERSON")])})
    assert [c for _, t, c, _ in got if t == "Cambell"] == ["Alastair Cambell"]


def test_sir_and_a_first_name_stays_the_knight() -> None:
    text = ("Sir Menzies Cambell, the party's deputy leader, will lead the campaign. Sir Menzies said the launch would go ahead.\n\n"
            "Alastair Cambell said the plan was sound.")
    got = merged_corpus({"a": (text, [("Menzies Cambell", "PERSON"), ("Menzies", "PERSON"), ("Alastair Cambell", "PERSON")])})
    assert [c for _, t, c, _ in got if t == "Menzies"] == ["Menzies Cambell"]


def test_a_surname_listed_among_firms_before_its_bearer_is_named_is_the_firm() -> None:
    text = ("Vodafone has launched its 3G service. Tangerine and O2 are also preparing to launch handsets.\n\n"
            "\"Video calling has been a flop,\" said John Tangerine, an analyst. Mr Tangerine said games would sell.")
    got = merged_corpus({"a": (text, [("Vodafone", "ORG"), ("Tangerine", "PERSON"), ("O2", "ORG"), ("John Tangerine", "PERSON"),
                                      ("Tangerine", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Tangerine"] == [("Tangerine", "ORG"), ("John Tangerine", "PERSON")]


def test_a_surname_listed_with_a_club_after_its_bearer_is_named_stays_the_person() -> None:
    text = ("Steven Garrick scored twice. \"Garrick and Liverpool have come a long way,\" said the manager.")
    got = merged_corpus({"a": (text, [("Steven Garrick", "PERSON"), ("Garrick", "PERSON"), ("Liverpool", "ORG")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Garrick"] == [("Steven Garrick", "PERSON")]


def test_a_name_right_after_a_noun_for_a_firm_is_the_firm() -> None:
    text = ("Pub chain JB Wetherall has warned that a smoking ban would hit profits. Wetherall said it would ban smoking "
            "in all its pubs. Estate agents Knight Farrant said prices were flat.\n\nThe chain was named after a teacher, "
            "a Mr Wetherall, who said the founder would never succeed. Shares in Wetherall fell 2%.")
    got = merged_corpus({"a": (text, [("JB Wetherall", "PERSON"), ("Wetherall", "PERSON"), ("Knight Farrant", "PERSON"),
                                      ("Wetherall", "PERSON"), ("Wetherall", "GPE")])})
    assert [(c, lab) for _, _, c, lab in got] == [("JB Wetherall", "ORG"), ("JB Wetherall", "ORG"), ("Knight Farrant", "ORG"),
                                                  ("Wetherall", "PERSON"), ("JB Wetherall", "ORG")]


def test_a_name_after_a_trade_a_person_may_have_stays_a_person() -> None:
    text = "Retailer Philip Greaves has made a bid for the chain. Mr Greaves said the offer was fair."
    got = merged_corpus({"a": (text, [("Philip Greaves", "PERSON"), ("Greaves", "PERSON")])})
    assert {lab for _, _, _, lab in got} == {"PERSON"}


def test_a_listed_island_is_the_place_beside_another_story_s_namesake() -> None:
    island = ("Guernsey's most senior politician has defended the island's finance industry. Frank Walden, the island's chief "
              "minister, said Guernsey had \"nothing to hide\".\n\n\"Guernsey is a well-regulated place,\" Mr Walden said.")
    worker = "In St Peter Port, warehouse worker Natalie Guernsey, 23, said she had heard all the jokes. Ms Guernsey packs CDs."
    got = merged_corpus({"a": (island, [("Guernsey", "PERSON"), ("Frank Walden", "PERSON"), ("Guernsey", "PERSON"), ("Guernsey", "PERSON"),
                                        ("Walden", "PERSON")]),
                         "b": (worker, [("St Peter Port", "GPE"), ("Natalie Guernsey", "PERSON"), ("Guernsey", "PERSON")])})
    assert [(c, lab) for d, t, c, lab in got if d == "a" and t == "Guernsey"] == [("Guernsey", "GPE")] * 3
    assert [c for d, t, c, _ in got if d == "b" and t == "Guernsey"] == ["Natalie Guernsey"]


def test_the_last_word_of_a_festival_after_the_is_the_festival() -> None:
    text = ("The Kelso Festival Fringe has launched its biggest programme. \"The Fringe has always been open to anyone,\" "
            "said director Paul Gudgin. The Fringe runs from 7 to 29 August.")
    got = merged_corpus({"a": (text, [("The Kelso Festival Fringe", "ORG"), ("Fringe", "PERSON"), ("Paul Gudgin", "PERSON"),
                                      ("Fringe", "PERSON")])})
    assert {(c, lab) for _, t, c, lab in got if "Fringe" in t} == {("Kelso Festival Fringe", "ORG")}


def test_a_person_span_holding_festival_inside_is_an_organisation() -> None:
    text = "The Kelso Festival Fringe has launched its biggest programme, with more than 1,800 shows."
    got = merged_corpus({"a": (text, [("The Kelso Festival Fringe", "PERSON")])})
    assert [lab for _, _, _, lab in got] == ["ORG"]


def test_a_full_name_introduced_as_running_something_is_not_the_article_s_lord() -> None:
    text = ("Science minister Lord Sainsworth has announced funding for research into radio tags. Lord Sainsworth said most "
            "trials were small.\n\nSmall firms are also getting involved. Mark Sainsworth, who runs a software start-up in "
            "Reading, said his business was growing.")
    got = merged_corpus({"a": (text, [("Lord Sainsworth", "PERSON"), ("Lord Sainsworth", "PERSON"), ("Mark Sainsworth", "PERSON")])})
    assert [c for _, t, c, _ in got if t == "Mark Sainsworth"] == ["Mark Sainsworth"]


def test_a_full_name_written_after_the_article_s_lord_is_the_lord() -> None:
    text = "Lord Coake has opened the new stadium. Sebastian Coake said the games would leave a legacy."
    got = merged_corpus({"a": (text, [("Lord Coake", "PERSON"), ("Sebastian Coake", "PERSON")])})
    assert [c for _, t, c, _ in got if t == "Sebastian Coake"] == ["Lord Coake"]


def test_a_possessive_firm_followed_by_itself_is_the_firm_not_the_lord() -> None:
    text = ("Lord Sainsworth, a former chairman of the supermarket chain which bears his family's name, backed the plan. "
            "Sainsworth's itself is one of several retailers that have run trials.")
    got = merged_corpus({"a": (text, [("Lord Sainsworth", "PERSON"), ("Sainsworth", "PERSON")])})
    assert [lab for _, t, _, lab in got if t == "Sainsworth"] == ["ORG"]


def test_an_organisation_spelled_out_before_its_bracketed_acronym_is_one_even_tagged_a_work() -> None:
    text = ("Deborah Arnell, director of the pressure group Action on Smoking and Hearts (Ash), said staff were at risk. "
            "Ash called the plan absurd.")
    got = merged_corpus({"a": (text, [("Deborah Arnell", "PERSON"), ("Action on Smoking and Hearts (Ash", "WORK_OF_ART"), ("Ash", "PERSON")])})
    assert {(c, lab) for _, t, c, lab in got if t == "Ash"} == {("Action on Smoking and Hearts", "ORG")}


def test_a_town_the_article_calls_a_settlement_in_apposition_is_a_place_wherever_it_stands() -> None:
    text = ("Comedian Peter Kay's version of the song has raised more than £1m.\n\nTarrillo, the town in Texas that inspired "
            "the song, has made the singer an honorary citizen. Its mayor said the song had put Tarrillo \"on the map\".")
    got = merged_corpus({"a": (text, [("Peter Kay", "PERSON"), ("Texas", "GPE"), ("Tarrillo", "PERSON")])})  # the model saw only the last
    assert [lab for _, t, _, lab in got if t == "Tarrillo"] == ["GPE"]


def test_a_possessive_owning_a_mayor_or_tourist_office_is_a_place() -> None:
    text = "The song tells of a man travelling to find his girlfriend. Tarrillo's tourist office has had calls from British fans."
    got = merged_corpus({"a": (text, [("Tarrillo", "PERSON")])})
    assert [lab for _, t, _, lab in got if t == "Tarrillo"] == ["GPE"]


def test_a_lone_surname_beside_a_firm_named_after_its_founder_is_the_firm() -> None:
    text = ("Travel firm Thomas Crook is to close more of its high street shops. Manny Fontes, chief executive of Thomas Crook UK "
            "and Ireland, said the shops were in the wrong places.\n\nCrook has a strong brand but too many shops.")
    got = merged_corpus({"a": (text, [("Thomas Crook", "ORG"), ("Manny Fontes", "PERSON"), ("Thomas Crook UK", "PERSON"), ("Crook", "PERSON")])})
    assert {(t, c, lab) for _, t, c, lab in got if "Crook" in t} == {("Thomas Crook", "Thomas Crook", "ORG"), ("Thomas Crook UK", "Thomas Crook UK", "ORG"),
                                                                  ("Crook", "Thomas Crook", "ORG")}


def test_a_city_beside_its_club_opened_by_a_club_prefix_is_no_founder_s_name() -> None:
    text = "Shares in JB Wetherall fell. Wetherall said trade was slow. The striker left AC Milan. He lives in Milan."
    got = repaired(text, [("JB Wetherall", "ORG"), ("Wetherall", "GPE"), ("AC Milan", "ORG"), ("Milan", "GPE")])
    assert got == [("JB Wetherall", "ORG"), ("Wetherall", "ORG"), ("AC Milan", "ORG"), ("Milan", "GPE")]


def test_a_name_after_regions_contested_including_is_a_region() -> None:
    text = "The centre-left opposition won 11 of the 13 regions contested, including Marenza, around Rome, and Puglia in the south."
    assert repaired(text, [("Marenza", "PERSON"), ("Rome", "GPE"), ("Puglia", "GPE")])[0] == ("Marenza", "GPE")


def test_a_cleric_s_title_and_surname_tagged_a_firm_is_the_article_s_person() -> None:
    text = ("The Bishop of Sodor and Man, the Right Reverend Graeme Knowlton, said he was disappointed. Bishop Knowlton said "
            "Sunday had been a day of rest for centuries.")
    got = merged_corpus({"a": (text, [("Graeme Knowlton", "PERSON"), ("Bishop Knowlton", "ORG")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Bishop Knowlton"] == [("Graeme Knowlton", "PERSON")]


CITIES = ("Lord Coake said the visit of the evaluation team would be crucial. London is competing with Parrin, Madrid, New "
          "York and Moscow. Parrin is seen as the favourite.")
ANALYST = "James Parrin, an analyst at a City bank, said the bid was strong. Mr Parrin said costs were under control."


def test_a_word_the_sentence_before_named_as_a_place_is_that_place_beside_a_namesake() -> None:
    for tag in ("GPE", "PERSON"):
        got = merged_corpus({"a": (CITIES, [("Lord Coake", "PERSON"), ("London", "GPE"), ("Parrin", "GPE"), ("Madrid", "GPE"),
                                            ("Parrin", tag)]),
                             "b": (ANALYST, [("James Parrin", "PERSON"), ("Parrin", "PERSON")])})
        assert [(c, lab) for d, t, c, lab in got if d == "a" and t == "Parrin"] == [("Parrin", "GPE")] * 2, tag


def test_a_word_after_a_place_of_that_name_that_speaks_is_the_person() -> None:
    text = "Tom Jardan, the envoy, flew to Amman. Talks were held in Jardan on Monday. Jardan said the talks had gone well."
    got = merged_corpus({"a": (text, [("Tom Jardan", "PERSON"), ("Amman", "GPE"), ("Jardan", "GPE"), ("Jardan", "PERSON")])})
    assert [c for _, t, c, _ in got if t == "Jardan"] == ["Jardan", "Tom Jardan"]
