"""Stop 73 of name merging (issue 12), rules read from the place folds left in older sets and from the first runs of
blind sets GP-GR. A word tagged a place after its article used it as one ("On Portmoor itself ... for Weymouth and
Portmoor") stays the place beside a namesake, unless it speaks. A council or festival named after a listed town ("Derby
City Council", "The Bradford Film Festival") is no firm or club of that name: "Mr Derby" stays a person, and the town's
name alone is the town, not another story's namesake nor the festival. "Mrs Kellard" after the article called Ruth
Kellard "Ms" is the other Kellard; "Mr Turnbull" is never the firm Turnbull & Newell. A full name before "chief
executive" or after "Jeremy Batley of" is a firm, so is a name ending in "Online" or in apposition with a shop; "a Tony
award" is no person. "Better known as" after "by the ..." gives the organisation's short form. A birth name folds into
the one stage name ending with the surname ("Vane was born John Pettigrew" beside "Vane Sessions"). Prince Albert beside
the Prince Albert Theatre is the prince. Sentences, people, places and firms written for these tests."""

from __future__ import annotations

from test_names_stop43 import merged_corpus

ISLAND = ("Sandra Portmoor, who runs a guest house on the seafront, said she was undecided. On Portmoor itself, fisherman "
          "Dave Cole said the visit had helped.\n\nThe MP insists he is confident. \"People know what we have done for "
          "Weymouth and Portmoor,\" he said.")


def test_a_word_tagged_a_place_after_its_article_used_it_as_one_stays_the_place() -> None:
    got = merged_corpus({"a": (ISLAND, [("Sandra Portmoor", "PERSON"), ("Portmoor", "GPE"), ("Dave Cole", "PERSON"),
                                        ("Weymouth", "PERSON"), ("Portmoor", "GPE")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Portmoor"] == [("Portmoor", "GPE")] * 2


def test_a_word_tagged_a_place_that_speaks_after_the_place_is_the_person() -> None:
    text = ISLAND + " Portmoor said she would vote on the day."
    got = merged_corpus({"a": (text, [("Sandra Portmoor", "PERSON"), ("Portmoor", "GPE"), ("Dave Cole", "PERSON"),
                                      ("Weymouth", "PERSON"), ("Portmoor", "GPE"), ("Portmoor", "GPE")])})
    assert [c for _, t, c, _ in got if t == "Portmoor"][-1] == "Sandra Portmoor"


def test_a_town_beside_its_council_and_a_namesake_is_the_town() -> None:
    text = ("The last car has rolled off the line at the plant in Derby. \"It's like a funeral,\" said Roger Derby, who "
            "has worked there for 31 years. Mr Derby, 58, is taking redundancy.\n\nDerby City Council leader Ken Taylor "
            "said the town would recover. \"Derby has been through this before with other firms, and it has found new "
            "jobs,\" he said.")
    got = merged_corpus({"a": (text, [("Derby", "GPE"), ("Roger Derby", "PERSON"), ("Derby", "PERSON"),
                                      ("Derby City Council", "ORG"), ("Ken Taylor", "PERSON"), ("Derby", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Derby"] == [("Derby", "GPE"), ("Roger Derby", "PERSON"),
                                                                       ("Derby", "GPE")]


def test_mrs_after_the_article_called_a_namesake_ms_is_the_other_woman() -> None:
    text = ("Education Secretary Ruth Kellard has promised money to improve school dinners. Ms Kellard said junk food would be "
            "banned.\n\nDinner lady Pat Kellard, who has served meals at a school in Hull for 20 years, welcomed the plan. \"We "
            "have just never had the money,\" Mrs Kellard said.")
    got = merged_corpus({"a": (text, [("Ruth Kellard", "PERSON"), ("Kellard", "PERSON"), ("Pat Kellard", "PERSON"),
                                      ("Kellard", "PERSON")])})
    assert [c for _, t, c, _ in got if t == "Kellard"] == ["Ruth Kellard", "Pat Kellard"]


def test_a_listed_town_alone_is_not_its_festival() -> None:
    text = ("The Bradford Film Festival has ended with a strong showing for new cinema. Councillor Imran Hussain said the "
            "festival was good for the city. \"For years the only news about Bradford was bad news,\" he said.")
    got = merged_corpus({"a": (text, [("The Bradford Film Festival", "ORG"), ("Imran Hussain", "PERSON"), ("Bradford", "ORG")])})
    assert [c for _, t, c, _ in got if t == "Bradford"] == ["Bradford"]


def test_a_full_name_before_a_chief_executive_is_a_firm() -> None:
    text = ("Builders' merchant Travis Pelham has agreed to buy a chain of DIY stores. Travis Pelham chief executive Geoff "
            "Cooper said the deal was a good one. Travis Pelham has 600 branches.")
    got = merged_corpus({"a": (text, [("Travis Pelham", "PERSON"), ("Travis Pelham", "PERSON"), ("Geoff Cooper", "PERSON"),
                                      ("Travis Pelham", "PERSON")])})
    assert {lab for _, t, _, lab in got if t == "Travis Pelham"} == {"ORG"}


def test_a_name_ending_in_online_is_a_firm() -> None:
    text = ("Harriet Lowick, who founded the Leeds-based reseller Lowick Online, said her margins had gone. Lowick Online has "
            "4,000 customers.")
    got = merged_corpus({"a": (text, [("Harriet Lowick", "PERSON"), ("Lowick Online", "PERSON"), ("Lowick Online", "PERSON")])})
    assert {lab for _, t, _, lab in got if t == "Lowick Online"} == {"ORG"}


def test_a_name_in_apposition_with_a_shop_is_a_firm() -> None:
    text = "An investment group is close to buying Hamblins, the London toy shop, in a deal worth 60m."
    got = merged_corpus({"a": (text, [("Hamblins", "PERSON")])})
    assert [lab for _, t, _, lab in got if t == "Hamblins"] == ["ORG"]


def test_mr_and_a_surname_beside_a_firm_of_that_name_is_a_person() -> None:
    pensions = ("The levy could push firms to close their schemes, including the engineering group Turnbull & Newell. "
                "Mr Turnbull, whose commission reports in the autumn, said the levy was fair.")
    profile = "Adrian Turnbull, who chairs the Pensions Commission, said savers were not putting enough aside."
    got = merged_corpus({"a": (pensions, [("Turnbull & Newell", "ORG"), ("Turnbull", "ORG")]),
                         "b": (profile, [("Adrian Turnbull", "PERSON")])})
    assert [(c, lab) for d, t, c, lab in got if d == "a" and t == "Turnbull"] == [("Adrian Turnbull", "PERSON")]


def test_better_known_as_after_by_names_the_organisation_s_short_form() -> None:
    text = ("A Danish group has agreed to buy the container line C&O Lines. C&O Lines is owned in part by the Caledonian and "
            "Oriental Steam Company, better known as C&O, which holds a quarter of the shares. C&O said it would accept.")
    got = merged_corpus({"a": (text, [("C&O Lines", "ORG"), ("C&O Lines", "ORG"), ("Caledonian and Oriental Steam Company", "ORG"),
                                      ("C&O", "ORG"), ("C&O", "ORG")])})
    assert {c for _, t, c, _ in got if t == "C&O"} == {"Caledonian and Oriental Steam Company"}


def test_a_birth_name_folds_into_the_one_stage_name_ending_with_the_surname() -> None:
    text = ("The BBC is planning a day in memory of DJ Johnny Vane. Many bands recorded Vane Sessions for his show. His widow, "
            "Sheila Pettigrew, said the family was delighted. Vane was born John Pettigrew in Heswall.")
    got = merged_corpus({"a": (text, [("Johnny Vane", "PERSON"), ("Vane Sessions", "PERSON"), ("Sheila Pettigrew", "PERSON"),
                                      ("Vane", "PERSON"), ("John Pettigrew", "PERSON")])})
    assert [c for _, t, c, _ in got if t in ("John Pettigrew", "Sheila Pettigrew")] == ["Sheila Pettigrew", "Johnny Vane"]


def test_a_full_name_after_a_person_and_of_is_a_firm() -> None:
    text = "Jeremy Batley of Charles Stanway said the results were solid rather than spectacular."
    got = merged_corpus({"a": (text, [("Jeremy Batley", "PERSON"), ("Charles Stanway", "PERSON")])})
    assert [(t, lab) for _, t, _, lab in got] == [("Jeremy Batley", "PERSON"), ("Charles Stanway", "ORG")]


def test_a_given_name_before_award_is_the_prize() -> None:
    text = "Critics praised Jane Krakow, who won a Tony award on Broadway in 2003. Tony Hodge directed the show."
    got = merged_corpus({"a": (text, [("Jane Krakow", "PERSON"), ("Tony", "PERSON"), ("Tony Hodge", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Tony"] == [("Tony", "ORG")]


def test_a_listed_town_tagged_a_person_beside_its_council_is_the_town_not_another_story_s_namesake() -> None:
    asylum = ("Derby has taken more asylum seekers than any other city in the region. Derby City Council leader Charlie Gordon "
              "said the city was proud of its record.")
    comedy = "One of the surprise hits was a young comedian, Stuart Derby. \"Everyone thinks I made it up,\" said Mr Derby."
    got = merged_corpus({"a": (asylum, [("Derby", "PERSON"), ("Derby City Council", "ORG"), ("Charlie Gordon", "PERSON")]),
                         "b": (comedy, [("Stuart Derby", "PERSON"), ("Derby", "PERSON")])})
    assert [(c, lab) for d, t, c, lab in got if d == "a" and t == "Derby"] == [("Derby", "GPE")]


def test_a_lone_surname_beside_a_founder_s_firm_with_a_chief_executive_is_the_firm() -> None:
    text = ("William Hillard said turnover rose by 8%. William Hillard chief executive David Harding said the law was fair. "
            "Analyst Helen Marsh said the outlook was good. \"Hillard and Ladbrokes are in very strong shape,\" she said.")
    got = merged_corpus({"a": (text, [("William Hillard", "PERSON"), ("William Hillard", "PERSON"), ("David Harding", "PERSON"),
                                      ("Helen Marsh", "PERSON"), ("Hillard", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Hillard"] == [("William Hillard", "ORG")]


def test_a_prince_beside_a_theatre_named_after_him_is_the_prince() -> None:
    text = ("The show at the Prince Albert Theatre opened last night. Prince Albert and the Countess of Wessex also attended the "
            "premiere.")
    got = merged_corpus({"a": (text, [("the Prince Albert Theatre", "ORG"), ("Prince Albert", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got if t == "Prince Albert"] == [("Prince Albert", "PERSON")]


def test_a_full_name_before_a_verb_and_its_is_a_firm_but_not_after_a_title_or_a_copula() -> None:
    text = ("Turkey maker Bernard Mathers has defended its product. Michael Dalby remains its chairman. Mr Dalby said its "
            "future was bright.")
    got = merged_corpus({"a": (text, [("Bernard Mathers", "PERSON"), ("Michael Dalby", "PERSON"), ("Dalby", "PERSON")])})
    assert [(t, lab) for _, t, _, lab in got] == [("Bernard Mathers", "ORG"), ("Michael Dalby", "PERSON"), ("Dalby", "PERSON")]


def test_a_lone_surname_after_its_firm_speaks_of_its_own_is_the_firm() -> None:
    text = ("Builders cut prices to attract buyers. George Wimden said its reservations were also lower. Wimden said it was "
            "not seeing any collapse.")
    got = merged_corpus({"a": (text, [("George Wimden", "PERSON"), ("Wimden", "PERSON")])})
    assert [(c, lab) for _, t, c, lab in got] == [("George Wimden", "ORG")] * 2
