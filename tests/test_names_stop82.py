"""Stop 82 of name merging (issue 12): a town written as the town beside the club or firm named after it, a titled
surname whose word is mostly a place, a noun for firms glued to a shop's name, a firm owning its plant, a sentence that
opens after a quotation's full stop, shops and brands after a full name, and pantomimes titled with a character's name.
Sentences and names written for these tests."""

from __future__ import annotations

from test_names_stop43 import merged_corpus
from test_names_stop74 import label_of
from test_names_stop76 import canonical_of as canonicals

from helpers.entities import context


def test_a_town_that_is_the_subject_of_a_settlement_noun_is_the_town_beside_its_club() -> None:
    text = ("Hull is the only place in Britain where BT does not own the lines. Hull City, the local football club, said "
            "it would stream highlights.")
    got = merged_corpus({"a": (text, [("Hull", "ORG"), ("Britain", "GPE"), ("BT", "ORG"), ("Hull City", "ORG")])})
    assert canonicals(got, "Hull") == ["Hull"]
    assert label_of(got, "Hull") == ["GPE"]


def test_a_town_before_one_of_its_people_is_the_town_beside_its_club() -> None:
    text = ("The wireless network will reach Carrow Road, home of Norwich City. Norwich student Amy Tallis said she would use "
            "it every day.")
    got = merged_corpus({"a": (text, [("Carrow Road", "FAC"), ("Norwich City", "ORG"), ("Norwich", "PERSON"),
                                      ("Amy Tallis", "PERSON")])})
    assert canonicals(got, "Norwich") == ["Norwich"]
    assert label_of(got, "Norwich") == ["GPE"]


def test_a_town_listed_with_other_towns_is_the_town_beside_a_firm_named_after_it() -> None:
    text = ("Lincoln Leisure already runs arcades in Skegness. Most visitors come from Lincoln, Nottingham and Leicester, "
            "its director said.")
    got = merged_corpus({"a": (text, [("Lincoln Leisure", "ORG"), ("Skegness", "GPE"), ("Lincoln", "ORG"),
                                      ("Nottingham", "GPE"), ("Leicester", "GPE")])})
    assert canonicals(got, "Lincoln") == ["Lincoln"]


def test_a_town_listed_with_other_towns_beside_its_club_is_left_to_the_club_rules() -> None:
    assert not context.town_reading("rivals ", "Leeds", ", Bolton and Derby are all", club=True)
    assert context.town_reading("visitors from ", "Leeds", ", Bolton and Derby came", club=False)


def test_a_word_that_is_no_listed_town_is_never_read_as_one() -> None:
    assert not context.town_reading("", "Gateshore", " is the only place in", club=False)


def test_a_town_before_a_diocese_is_no_person_of_its_name() -> None:
    text = ("Coxswain Brian Ludlow said his crew had been called out 40 times. Mr Ludlow has served for 19 years. "
            "The Ludlow diocese has held special services for the crews.")
    got = merged_corpus({"a": (text, [("Brian Ludlow", "PERSON"), ("Ludlow", "PERSON"), ("Ludlow", "ORG")])})
    assert canonicals(got, "Ludlow") == ["Brian Ludlow", "Ludlow"]


def test_a_titled_surname_that_is_mostly_a_place_takes_the_corpus_s_one_bearer() -> None:
    place = "Shoppers in London spent more this year. London stores stayed open late, and London hotels were full."
    full = "Somerset cheesemaker David London said his website had brought orders from as far away as Shetland."
    titled = "Cheesemaker Mr London, who sells a cloth-bound cheddar, has signed a deal with a New York importer."
    got = merged_corpus({
        "a": (place, [("London", "GPE"), ("London", "GPE"), ("London", "GPE")]),
        "b": (full, [("Somerset", "GPE"), ("David London", "PERSON"), ("Shetland", "GPE")]),
        "c": (titled, [("London", "PERSON"), ("New York", "GPE")]),
    })
    assert [(d, c, lab) for d, t, c, lab in got if t == "London" and d == "c"] == [("c", "David London", "PERSON")]
    assert [c for d, t, c, _ in got if t == "London" and d == "a"] == ["London"] * 3


def test_a_noun_for_firms_opening_a_sentence_is_cut_from_a_shop_s_name() -> None:
    text = "Retailer Brackleys said it would stock the phone in its larger stores. Analyst Ann Lowe said it would sell well."
    got = merged_corpus({"a": (text, [("Retailer Brackleys", "PERSON"), ("Ann Lowe", "PERSON")])})
    assert [(t, lab) for _, t, _, lab in got if "Brackleys" in t] == [("Brackleys", "ORG")]


def test_a_noun_for_firms_before_a_given_name_and_a_surname_is_left_to_the_person() -> None:
    text = "Retailer Philip Sandon said he would open ten more shops. Analyst Ann Lowe said it would sell well."
    assert context.firm_noun_opened(text, [0, 22, "PERSON"]) == [0, 22, "PERSON"]


def test_a_one_word_firm_owning_a_plant_is_not_the_namesake_of_its_article() -> None:
    text = ("Peter Marlow opened his butcher's shop after 20 years on the line at Marlow's Dagenham plant. Mr Marlow said he "
            "had always wanted to work with his hands.")
    got = merged_corpus({"a": (text, [("Peter Marlow", "PERSON"), ("Marlow", "ORG"), ("Marlow", "PERSON")])})
    assert canonicals(got, "Marlow") == ["Marlow", "Peter Marlow"]


def test_a_sentence_opens_after_a_full_stop_inside_a_closing_quote() -> None:
    text = 'His daughter Kit Fairley said: "We wanted new bands." Kit said the tickets had sold out.'
    start = text.index("Kit said")
    first, last = context.sentence_bounds(text, start, start + 3)
    assert text[first:last].strip().rstrip(".") == "Kit said the tickets had sold out"
    got = merged_corpus({"a": (text, [("Kit Fairley", "PERSON"), ("Kit", "PERSON")])})
    assert canonicals(got, "Kit") == ["Kit Fairley"]


def test_a_shop_listed_after_booksellers_including_is_a_firm() -> None:
    text = "Booksellers including Pellow's and WH Smith said they would open at midnight. Shopper Ann Lowe queued."
    got = merged_corpus({"a": (text, [("Pellow", "PERSON"), ("WH Smith", "ORG"), ("Ann Lowe", "PERSON")])})
    assert label_of(got, "Pellow") == ["ORG"]


def test_a_full_name_before_its_department_stores_is_the_firm_in_all_its_uses() -> None:
    text = ("The partnership owns 26 Harold Penfold department stores. Analyst Carl Meacher said Harold Penfold had done well "
            "at the top end of the market.")
    got = merged_corpus({"a": (text, [("Harold Penfold", "ORG"), ("Carl Meacher", "PERSON"), ("Harold Penfold", "ORG")])})
    assert label_of(got, "Harold Penfold") == ["ORG", "ORG"]


def test_a_titled_full_name_before_shops_stays_the_person() -> None:
    text = "Sir Harold Penfold shops were busy. Sir Harold said he was pleased."
    assert context.context_label(text, 4, 18, "PERSON") == "PERSON"


def test_a_pantomime_titled_with_a_character_s_name_is_the_work() -> None:
    text = ("Ticket sales for Dick Whittington in Bristol were strong this winter, said producer Ann Lowe. Cinderella in "
            "Cardiff also sold well.")
    got = merged_corpus({"a": (text, [("Dick Whittington", "PERSON"), ("Bristol", "GPE"), ("Ann Lowe", "PERSON"),
                                      ("Cinderella", "PERSON"), ("Cardiff", "GPE")])})
    assert label_of(got, "Dick Whittington") == []  # a work leaves the table of actors
    assert label_of(got, "Cinderella") == []


def test_a_lone_surname_tagged_org_is_the_person_its_article_makes_of_the_word_elsewhere() -> None:
    full = "Midfielder Frank Dallow signed a new contract with the club on Friday."
    match = ("An own goal and a late strike from Dallow completed the scoring. Gerrard and Dallow were once again paired in "
             "midfield.")
    got = merged_corpus({"a": (full, [("Frank Dallow", "PERSON")]),
                         "b": (match, [("Dallow", "ORG"), ("Gerrard", "PERSON"), ("Dallow", "PERSON")])})
    assert [(c, lab) for d, t, c, lab in got if d == "b" and t == "Dallow"] == [("Frank Dallow", "PERSON")] * 2


def test_a_lone_surname_tagged_org_that_speaks_as_a_firm_stays_the_firm() -> None:
    full = "Midfielder Frank Dallow signed a new contract with the club on Friday."
    firm = "Dallow said its profits had doubled. Gerrard and Dallow were once again paired in midfield."
    got = merged_corpus({"a": (full, [("Frank Dallow", "PERSON")]),
                         "b": (firm, [("Dallow", "ORG"), ("Gerrard", "PERSON"), ("Dallow", "PERSON")])})
    assert [(c, lab) for d, t, c, lab in got if d == "b" and t == "Dallow"][0] == ("Dallow", "ORG")


def test_a_woman_s_title_takes_the_wife_the_article_names_only_as_a_relative() -> None:
    text = ("The theatre was founded by the puppeteer John Tarrant and his wife Lyndie in a derelict hall. Mr Tarrant died "
            "in 2001. Mrs Tarrant still designs the puppets.")
    got = merged_corpus({"a": (text, [("John Tarrant", "PERSON"), ("Lyndie", "PERSON"), ("Tarrant", "PERSON"),
                                      ("Mrs Tarrant", "PERSON")])})
    assert canonicals(got, "Mrs Tarrant") == ["Lyndie Tarrant"]
    assert canonicals(got, "Tarrant") == ["John Tarrant"]


def test_a_woman_named_in_full_keeps_her_title_before_a_relative_named_by_first_name() -> None:
    text = ("Giffords Circus was set up by Nell Gifford and her husband Toti. Mrs Gifford said the company had kept prices "
            "low.")
    got = merged_corpus({"a": (text, [("Nell Gifford", "PERSON"), ("Toti", "PERSON"), ("Mrs Gifford", "PERSON")])})
    assert canonicals(got, "Mrs Gifford") == ["Nell Gifford"]


def test_a_listed_press_nickname_is_the_person_of_its_surname_the_article_names() -> None:
    text = "Singer Javine beat Katie Price, the model also known as Jordan, in the selection show."
    got = merged_corpus({"a": (text, [("Javine", "PERSON"), ("Katie Price", "PERSON"), ("Jordan", "GPE")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Jordan"] == [("Katie Price", "PERSON")]


def test_an_untagged_curated_short_form_is_the_organisation_its_article_spells_out() -> None:
    text = ("Tim Dawes reached the third round at Queen's Club on Tuesday. Queen's will be followed by Wimbledon, which "
            "starts in a fortnight.")
    got = merged_corpus({"a": (text, [("Tim Dawes", "PERSON"), ("Wimbledon", "EVENT")])})  # the club left untagged
    assert [(c, lab) for _, t, c, lab in got if t == "Queen's"] == [("Queen's Club", "ORG")]


def test_a_curated_possessive_short_form_that_owns_something_is_left_untagged() -> None:
    text = "Tim Dawes played at Queen's Club last year. Queen's lawns are the best in the land, he said."
    got = merged_corpus({"a": (text, [("Tim Dawes", "PERSON"), ("Queen's Club", "ORG")])})
    assert [t for _, t, _, _ in got] == ["Tim Dawes", "Queen's Club"]


def test_a_curated_short_form_inside_a_longer_name_or_without_its_long_form_is_left_alone() -> None:
    inside = "Peers in the House of Lords voted against the bill on Monday."
    alone = "The Lords voted against the bill on Monday."
    got = merged_corpus({"a": (inside, [("the House of Lords", "ORG")]), "b": (alone, [])})
    assert [t for _, t, _, _ in got] == ["the House of Lords"]


def test_a_given_name_before_and_and_a_full_name_shares_its_surname() -> None:
    text = ("June and Derek Pellow, from Sheffield, bought a caravan in 1999. \"It felt like being robbed,\" Mrs Pellow said. "
            "Mr Pellow said they had written to their MP.")
    got = merged_corpus({"a": (text, [("June", "DATE"), ("Derek Pellow", "PERSON"), ("Sheffield", "GPE"),
                                      ("Mrs Pellow", "PERSON"), ("Pellow", "PERSON")])})
    assert canonicals(got, "June") == ["June Pellow"]
    assert canonicals(got, "Mrs Pellow") == ["June Pellow"]
    assert canonicals(got, "Pellow") == ["Derek Pellow"]


def test_a_word_before_and_and_a_full_name_that_is_no_given_name_stays_apart() -> None:
    text = "Sales at Harrods and Derek Pellow's shop rose in June."
    got = merged_corpus({"a": (text, [("Harrods", "ORG"), ("Derek Pellow", "PERSON"), ("June", "DATE")])})
    assert canonicals(got, "Harrods") == ["Harrods"]


def test_an_untagged_given_name_before_a_work_named_like_a_person_stays_untagged() -> None:
    text = "The season brings Mozart's Don Giovanni back. \"Carmen and Don Giovanni always sell,\" a critic said."
    got = merged_corpus({"a": (text, [("Mozart", "PERSON"), ("Don Giovanni", "PERSON"), ("Don Giovanni", "PERSON")])})
    assert canonicals(got, "Carmen") == []
