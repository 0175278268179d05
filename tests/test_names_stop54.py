"""Stop 54 of name merging (issue 12): capitals tagged a place that are the initials of the article's organisation, an
acronym ending in a number word, a word after "the" that opens the article's venue, a titled surname among namesakes only
some of whom the corpus calls by a title, and a surname tagged ORG that speaks as a person in its own articles.
Sentences and names written for these tests."""

from __future__ import annotations

from helpers.entities import context
from test_names_short_forms import repaired
from test_names_stop43 import merged, merged_corpus


def test_capitals_tagged_a_nationality_are_the_articles_organisation_with_those_initials() -> None:
    text = 'Sir Ralph Denning has long attacked Northern Airways. "NA still behaves as if it owns the airport," he said.'
    got = merged(text, [("Ralph Denning", "PERSON"), ("Northern Airways", "ORG"), ("NA", "NORP")])
    assert got[-1][1:] == ("Northern Airways", "ORG")


def test_capitals_tagged_a_place_stay_a_place_without_an_organisation_of_those_initials() -> None:
    text = "Sir Ralph Denning flew to the US on Monday. Northern Rail said fares would rise."
    got = merged(text, [("Ralph Denning", "PERSON"), ("US", "GPE"), ("Northern Rail", "ORG")])
    assert got[1][2] == "GPE"


def test_an_acronym_ending_in_a_number_folds_into_the_group_it_counts() -> None:
    text = "Ministers of the Group of Eight (G8) met in London. G8 leaders will meet again in July."
    got = merged(text, [("the Group of Eight", "ORG"), ("G8", "ORG"), ("London", "GPE"), ("G8", "ORG")])
    assert [c for t, c, _ in got if t == "G8"] == ["Group of Eight"] * 2


def test_a_word_after_the_opening_the_articles_venue_is_that_venue() -> None:
    text = ("Eliza Hartwell bought the Lantern Theatre in 1931. The Lantern's motto became famous in the war. Old locals "
            "still talk about the Lantern.")
    got = repaired(text, [("Eliza Hartwell", "PERSON"), ("the Lantern Theatre", "ORG"), ("Lantern", "PERSON"), ("Lantern", "PERSON")])
    assert [lab for t, lab in got if t == "Lantern"] == ["ORG", "ORG"]


def test_a_given_name_after_the_is_not_taken_for_a_venue() -> None:
    text = "Fans packed the Daniel Stadium on Saturday. The Daniel we knew had gone, said his mother Ruth Cole."
    got = repaired(text, [("the Daniel Stadium", "FAC"), ("Daniel", "PERSON"), ("Ruth Cole", "PERSON")])
    assert got[1] == ("Daniel", "PERSON")


def filler(n: int = 10) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """`n` articles about other things, so that names the test articles share are rare in the corpus."""
    return {f"z{k}": (f"Analyst Jo Marsh{k} of Bank{k} said shares in Firm{k} rose in Leeds.",
                      [(f"Jo Marsh{k}", "PERSON"), (f"Bank{k}", "ORG"), (f"Firm{k}", "ORG"), ("Leeds", "GPE")]) for k in range(n)}


def test_a_surname_tagged_org_that_speaks_in_its_articles_is_the_corpus_person() -> None:
    got = merged_corpus(filler() | {
        "a": ("Rocker Rob Fennimore announced the Hope Concerts in Edinburgh with the Make Debt History campaign and Oxfam. "
              "Fennimore said the G8 must act.", [("Rob Fennimore", "PERSON"), ("Hope Concerts", "EVENT"), ("Edinburgh", "GPE"),
                                                   ("Make Debt History", "ORG"), ("Oxfam", "ORG"), ("Fennimore", "ORG"), ("G8", "ORG")]),
        "b": ('Fennimore has announced the Hope Concerts in Edinburgh, backed by Make Debt History and Oxfam. "This is about '
              'justice," Fennimore said.', [("Fennimore", "ORG"), ("Hope Concerts", "EVENT"), ("Edinburgh", "GPE"),
                                            ("Make Debt History", "ORG"), ("Oxfam", "ORG"), ("Fennimore", "ORG")]),
        "c": ("The commission, which includes Fennimore, met Oxfam and Make Debt History in Edinburgh. Fennimore, who proposed it, "
              "spoke first.", [("Fennimore", "ORG"), ("Oxfam", "ORG"), ("Make Debt History", "ORG"), ("Edinburgh", "GPE"),
                               ("Fennimore", "ORG")]),
    })
    assert [(doc, c) for doc, t, c, _ in got if t == "Fennimore" and doc != "a"] == [("b", "Rob Fennimore")] * 2 + [("c", "Rob Fennimore")] * 2


def test_a_surname_tagged_org_that_never_speaks_stays_the_bands() -> None:
    got = merged_corpus(filler() | {
        "a": ("Rocker Rob Fennimore played in Edinburgh for Oxfam and Make Debt History. Fennimore said the G8 must act.",
              [("Rob Fennimore", "PERSON"), ("Edinburgh", "GPE"), ("Oxfam", "ORG"), ("Make Debt History", "ORG"), ("Fennimore", "PERSON"),
               ("G8", "ORG")]),
        "b": ("Indie band Fennimore topped the album chart in Edinburgh, ahead of Oxfam's charity record and Make Debt History.",
              [("Fennimore", "ORG"), ("Edinburgh", "GPE"), ("Oxfam", "ORG"), ("Make Debt History", "ORG")]),
        "c": ("Fennimore's new album sold 90,000 copies. The album by Fennimore was produced in Edinburgh.",
              [("Fennimore", "ORG"), ("Fennimore", "ORG"), ("Edinburgh", "GPE")]),
    })
    assert [c for doc, t, c, _ in got if t == "Fennimore" and doc == "c"] == ["Fennimore"] * 2


def test_a_titled_surname_goes_to_the_namesakes_other_articles_call_by_a_title() -> None:
    rugby = [("Millennium Stadium", "FAC"), ("Italy", "GPE"), ("Six Nations", "EVENT"), ("Welsh Rugby Union", "ORG"), ("Scarlets", "ORG")]
    got = merged_corpus(filler() | {
        "a": ("First minister Owain Pryce of the Assembly Government faced Plaid Cymru in the Senedd. Mr Pryce said more was needed.",
              [("Owain Pryce", "PERSON"), ("Assembly Government", "ORG"), ("Plaid Cymru", "ORG"), ("Senedd", "ORG"), ("Pryce", "PERSON")]),
        "b": ("Owain Pryce opened a school. Mr Pryce praised its teachers.", [("Owain Pryce", "PERSON"), ("Pryce", "PERSON")]),
        "c": ("Editor Simon Pryce left the Daily Courier. Mr Pryce said he had no regrets about the Courier.",
              [("Simon Pryce", "PERSON"), ("Daily Courier", "ORG"), ("Pryce", "PERSON"), ("Courier", "ORG")]),
        "d": ("Wing Gethin Pryce scored twice for Wales in Cardiff at the Millennium Stadium against Italy in the Six Nations. The "
              "Welsh Rugby Union said the Scarlets man was in form.", [("Gethin Pryce", "PERSON"), ("Wales", "GPE"), ("Cardiff", "GPE")] + rugby),
        "e": ("In Wales, Mr Pryce's Assembly Government in Cardiff faces Plaid Cymru in the Senedd over the Millennium Stadium, "
              "where Italy play in the Six Nations; the Welsh Rugby Union and the Scarlets want help.",
              [("Wales", "GPE"), ("Pryce", "PERSON"), ("Assembly Government", "ORG"), ("Cardiff", "GPE"), ("Plaid Cymru", "ORG"),
               ("Senedd", "ORG")] + rugby),
    })
    assert [c for doc, t, c, _ in got if doc == "e" and t == "Pryce"] == ["Owain Pryce"]


def test_a_name_many_articles_use_alone_is_no_one_off_bearer_of_it() -> None:
    star = {f"s{k}": (f"Singer Zuno joined Band Aid 20 with Midge Ure in London. Zuno said the song{k} would raise millions.",
                      [("Zuno", "PERSON"), ("Band Aid 20", "ORG"), ("Midge Ure", "PERSON"), ("London", "GPE"), ("Zuno", "PERSON")])
            for k in range(8)}
    got = merged_corpus(filler(80) | star | {
        "a": ("Fans queued in London to see Band Aid 20 and Midge Ure. Student Martin Zuno, 19, said he loved the song.",
              [("London", "GPE"), ("Band Aid 20", "ORG"), ("Midge Ure", "PERSON"), ("Martin Zuno", "PERSON")]),
        "b": ("Music shop manager Jenny Zuno, of Bristol, said the charity record was selling fast.",
              [("Jenny Zuno", "PERSON"), ("Bristol", "GPE")]),
    })
    assert {c for doc, t, c, _ in got if t == "Zuno"} == {"Zuno"}


def test_a_family_after_the_is_no_venue() -> None:
    text = "Hollis Broadcasting Co did not comment. About 12 pct is owned by the Hollis and Ingram families."
    firm, family = [0, 22, "ORG"], [text.index("Hollis and"), text.index("Hollis and") + 6, "PERSON"]
    assert context.the_openers(text, [firm, family])[1][2] == "PERSON"
    shop = text.replace("the Hollis and Ingram families", "the Hollis itself")
    assert context.the_openers(shop, [firm, family])[1][2] == "ORG"


def test_a_band_who_are_signed_is_not_the_articles_person_of_that_surname() -> None:
    text = "Rough Trade, run by Geoff Tennick, did well. Scottish band Tennick, who are signed to Stillwater, release an album soon."
    got = merged(text, [("Rough Trade", "ORG"), ("Geoff Tennick", "PERSON"), ("Tennick", "ORG"), ("Stillwater", "ORG")])
    assert got[2][1:] == ("Tennick", "ORG")


def test_a_possessive_shop_name_before_said_does_not_speak() -> None:
    text = ("Science minister Lord Ashbury spoke on Monday. Lord Ashbury, a former chairman of the supermarket chain Ashbury's, "
            "said Britain had great scientists.")
    got = merged(text, [("Lord Ashbury", "PERSON"), ("Lord Ashbury", "PERSON"), ("Ashbury", "ORG")])
    assert got[2][2] == "ORG"


def test_a_country_tagged_org_is_not_the_articles_person_of_that_surname_without_a_title_or_verb() -> None:
    text = ("Founder Jimmy Chad said the site would grow. Asked whether he had any family links with Chad, Mr Chad laughed. "
            "Chad, who lives in Florida, said no.")
    got = merged(text, [("Jimmy Chad", "PERSON"), ("Chad", "ORG"), ("Chad", "PERSON"), ("Chad", "ORG"), ("Florida", "GPE")])
    assert [c for t, c, _ in got if t == "Chad"] == ["Chad", "Jimmy Chad", "Jimmy Chad"]


def test_the_and_a_nationality_noun_open_no_firm() -> None:
    text = "The firm was founded by the Swede Niklas Strand and the Dane Jonas Friisholm, who also built a file-sharing network."
    got = repaired(text, [("Swede Niklas Strand", "PERSON"), ("the Dane Jonas Friisholm", "ORG")])
    assert got[-2:] == [("Dane", "NORP"), ("Jonas Friisholm", "PERSON")]  # the nationality noun is a mention of its own (stop 67)
