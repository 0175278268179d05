"""Stop 42 of name merging (issue 12): the pronoun, the title or the noun before a lone name that tells which person it
is, surnames the model leaves untagged or glues to other words, firms named with a trade word, and the scorer's reading of
a bare surname beside a titled one. Sentences and names written for these tests."""

from __future__ import annotations

import pandas as pd

from bench_names import matched_rows
from helpers.entities import names
from test_names_short_forms import repaired
from test_names_stop38 import merged, raw_frame


def test_a_pronoun_after_a_lone_surname_picks_the_namesake_of_that_sex() -> None:
    text = ("The group is owned by Sir Philip Greenhalgh. The shares are held by his wife, Tina Greenhalgh, who lives in Monaco. "
            "Mrs Greenhalgh will receive a dividend. Greenhalgh, who was knighted last year for services to retail, said he was proud.")
    got = merged(text, [("Philip Greenhalgh", "PERSON"), ("Tina Greenhalgh", "PERSON"), ("Mrs Greenhalgh", "PERSON"), ("Greenhalgh", "PERSON")])
    assert [c for _, c, _ in got] == ["Philip Greenhalgh", "Tina Greenhalgh", "Tina Greenhalgh", "Philip Greenhalgh"]


def test_she_after_a_lone_surname_sets_aside_the_man_of_that_name() -> None:
    text = ("The series was marked by rows between the presenter and Jackie Marcello, mother of the actor Sylvester Marcello. "
            "Marcello, 83, was voted out after a week and said she felt sorry for the others.")
    got = merged(text, [("Jackie Marcello", "PERSON"), ("Sylvester Marcello", "PERSON"), ("Marcello", "PERSON")])
    assert got[-1][1] == "Jackie Marcello"


def test_a_pronoun_after_a_relative_does_not_choose() -> None:
    text = ("Arnold Penhallow and his daughter, Stella Penhallow, opened the show. Penhallow's son said he was proud of them.")
    got = merged(text, [("Arnold Penhallow", "PERSON"), ("Stella Penhallow", "PERSON"), ("Penhallow", "PERSON")])
    assert got[-1][1] != "Stella Penhallow"


def test_dr_before_a_shared_surname_is_the_namesake_introduced_as_a_doctor() -> None:
    text = ("Scottish Secretary Alistair Darnley said the change was fair. Mr Darnley said voters would adapt. Dr Fiona Darnley, "
            "a politics lecturer and no relation of the minister, said many voters would be confused. Dr Darnley said.")
    got = merged(text, [("Alistair Darnley", "PERSON"), ("Mr Darnley", "PERSON"), ("Fiona Darnley", "PERSON"), ("Dr Darnley", "PERSON")])
    assert [c for _, c, lab in got if lab == "PERSON"] == ["Alistair Darnley", "Alistair Darnley", "Fiona Darnley", "Fiona Darnley"]


def warren_in_third_article(third: str) -> list[str]:
    """What "Warren" of a third article becomes beside two articles naming Chris Warren of the band Coldchain."""
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "The line-up includes Chris Warren of Coldchain, Dido and Joss Stone. The single will be released by Mercury Records.",
        "Coldchain's new album is out. Singer Chris Warren said the band were old-fashioned about Mercury Records.", third]})
    spans = {"a": [("Chris Warren", "PERSON"), ("Coldchain", "ORG"), ("Dido", "PERSON"), ("Joss Stone", "PERSON"), ("Mercury Records", "ORG")],
             "b": [("Coldchain", "ORG"), ("Chris Warren", "PERSON"), ("Mercury Records", "ORG")],
             "c": [("Coldchain", "ORG"), ("Warren", "PERSON"), ("Mercury Records", "ORG")]}
    out = names.canonicalise(raw_frame(articles, spans))
    return out.loc[(out["doc_id"] == "c") & (out["text"] == "Warren"), "canonical"].tolist()


def test_a_given_name_after_a_person_noun_is_a_surname_and_may_take_the_corpus_person() -> None:
    assert warren_in_third_article("Coldchain singer Warren joked on radio that he had lost to a frog, and Mercury Records agreed.") == ["Chris Warren"]


def test_a_given_name_alone_without_a_person_noun_takes_no_full_name_of_another_article() -> None:
    assert warren_in_third_article("Coldchain fans queued all night, and Warren said Mercury Records had agreed.") == ["Warren"]


def test_a_surname_the_model_calls_a_product_is_the_person_once_the_first_name_joins_the_span() -> None:
    text = "The manager was critical of Swedish referee Anders Pellqvist after the match. He was charged over his comments about Pellqvist."
    got = repaired(text, [("Pellqvist", "PERSON"), ("Pellqvist", "PRODUCT")])
    assert got == [("Anders Pellqvist", "PERSON"), ("Pellqvist", "PERSON")]


def test_initials_and_a_surname_tagged_an_organisation_are_a_person_the_article_describes() -> None:
    text = "Leading owner JP Carrick also had a winner. Carrick, whose colours are among the best known in racing, won twice."
    assert repaired(text, [("JP Carrick", "ORG")]) == [("JP Carrick", "PERSON"), ("Carrick", "PERSON")]


def test_initials_written_alone_elsewhere_are_an_acronym_not_a_first_name() -> None:
    text = "BT Cellnet said sales rose. Cellnet, whose network is the largest, will be renamed. BT said the name was old."
    assert ("BT Cellnet", "ORG") in repaired(text, [("BT Cellnet", "ORG"), ("BT", "ORG")])


def test_a_surname_after_a_month_is_found() -> None:
    text = "Chief executive Justin Kingsley said shoppers noticed the changes. In October Kingsley cut the dividend."
    assert repaired(text, [("Justin Kingsley", "PERSON")]) == [("Justin Kingsley", "PERSON"), ("Kingsley", "PERSON")]


def test_a_surname_that_is_also_a_word_opening_a_sentence_is_found_when_a_verb_follows() -> None:
    text = ("The firm was founded by Harold Page, who met his partner at university. Each web page is ranked by links. "
            "Page is in charge of products.")
    assert ("Page", "PERSON") in repaired(text, [("Harold Page", "PERSON")])
    text = "Mr Jobs showed off the player. \"Jobs is betting that the player will bring people in,\" an analyst said. Jobs were cut, and 200 jobs went."
    found = repaired(text, [("Mr Jobs", "PERSON")])
    assert found.count(("Jobs", "PERSON")) == 1  # "Jobs is betting", not "Jobs were cut"


def test_a_firm_named_with_a_trade_word_is_also_found_by_its_first_word() -> None:
    text = "Peter Molyneaux, founder of Surrey-based Brackenhurst Studios, spoke. Brackenhurst made Fable, a role-playing game."
    got = merged(text, [("Peter Molyneaux", "PERSON"), ("Brackenhurst Studios", "ORG")])
    assert ("Brackenhurst", "Brackenhurst Studios", "ORG") in got


def test_a_name_after_his_nationality_and_partner_is_a_person_whatever_the_model_tagged() -> None:
    text = "The service was set up by Niklas Zennberg and his Danish partner Jonas Frellsen. Frellsen said there were no plans to float."
    got = repaired(text, [("Niklas Zennberg", "PERSON"), ("Jonas Frellsen", "ORG")])
    assert got == [("Niklas Zennberg", "PERSON"), ("Jonas Frellsen", "PERSON"), ("Frellsen", "PERSON")]


def test_a_full_stop_inside_a_person_span_is_cut_so_the_surname_is_found_alone() -> None:
    text = "The ceremony was hosted by Stephen Frayling. Frayling joked that it was an Oscars with better weather."
    assert repaired(text, [("Stephen Frayling.", "PERSON")]) == [("Stephen Frayling", "PERSON"), ("Frayling", "PERSON")]
    assert repaired("The deal was signed by Ivo Hart Jr. and his son.", [("Ivo Hart Jr.", "PERSON")]) == [("Ivo Hart Jr.", "PERSON")]


def test_a_surname_glued_to_a_preposition_and_a_club_in_a_work_span_is_the_person() -> None:
    text = "The coach insulted striker Thierry Henriot. Reyes plays alongside Henriot at Arsenal."
    got = repaired(text, [("Thierry Henriot", "PERSON"), ("Reyes", "PERSON"), ("Henriot at Arsenal", "WORK_OF_ART")])
    assert ("Henriot", "PERSON") in got


def test_scorer_leaves_a_titled_use_to_the_gold_row_of_the_titled_mention() -> None:
    text = "Tina Green owns it. Mrs Green is rich. Green, the knight, said he was proud."
    starts = [0, text.index("Mrs Green"), text.index("Green,")]
    doc = pd.DataFrame({"start_char": starts, "end_char": [starts[0] + 10, starts[1] + 9, starts[2] + 5], "text": ["Tina Green", "Mrs Green", "Green"],
                        "canonical": ["Tina Green", "Tina Green", "Philip Green"]})
    assert matched_rows(doc, text, "Green", person=True, longer=("Mrs Green",))["canonical"].tolist() == ["Philip Green"]
    assert matched_rows(doc, text, "Green", person=True)["canonical"].tolist() == ["Tina Green", "Philip Green"]


def test_a_surname_the_model_calls_a_firm_beside_its_bearer_is_still_a_corpus_surname() -> None:
    from helpers.entities import recover

    texts = ["Bob Geldorf", "Geldorf", "Morgan Stanley", "Ada Morgan", "Orange", "Emma Orange"]
    labels = ["PERSON", "ORG", "ORG", "PERSON", "ORG", "PERSON"]
    assert recover.corpus_surnames(texts, labels, ["a", "a", "b", "b", "c", "d"]) == frozenset({"Geldorf"})
    assert recover.corpus_surnames(texts, labels) == frozenset()  # without articles no tag is excused


def test_king_alone_is_a_surname_not_a_mans_title() -> None:
    text = ("Anti-war campaigner George Galway defeated sitting MP Oona King. Ms King said the campaign was bitter. "
            "King had held the seat since 1997.")
    got = merged(text, [("George Galway", "PERSON"), ("Oona King", "PERSON"), ("Ms King", "PERSON"), ("King", "PERSON")])
    assert [c for t, c, _ in got if "King" in t] == ["Oona King"] * 3


def test_a_person_noun_opening_the_sentence_also_reads_the_given_name_as_a_surname() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "The line-up includes Chris Warren of Coldchain and Joss Stone, with Mercury Records and Live Aid.",
        "Frontman Warren said Coldchain had lost to a cartoon frog, and Mercury Records and Live Aid agreed."]})
    spans = {"a": [("Chris Warren", "PERSON"), ("Coldchain", "ORG"), ("Joss Stone", "PERSON"), ("Mercury Records", "ORG"), ("Live Aid", "ORG")],
             "b": [("Warren", "PERSON"), ("Coldchain", "ORG"), ("Mercury Records", "ORG"), ("Live Aid", "ORG")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[(out["doc_id"] == "b") & (out["text"] == "Warren"), "canonical"].tolist() == ["Chris Warren"]


def test_a_firm_named_after_a_founder_stays_the_firm_beside_a_namesake_who_is_not_the_founder() -> None:
    text = ("Ford, which owns Jaguar, announced the closure of the plant. Jim Ford, who has worked there for 31 years, said it was "
            "the end of an era. Mr Ford said. Ford has struggled to make money from its premium brands.")
    got = merged(text, [("Ford", "ORG"), ("Jaguar", "ORG"), ("Jim Ford", "PERSON"), ("Mr Ford", "PERSON"), ("Ford", "ORG")])
    assert [(c, lab) for t, c, lab in got if t == "Ford"] == [("Ford", "ORG")] * 2
    assert [c for t, c, _ in got if t == "Mr Ford"] == ["Jim Ford"]


def test_a_first_name_written_before_the_full_name_it_opens_is_someone_else() -> None:
    text = ("The handheld console goes on sale today. Launch titles include an updated version of the company's most famous game, featuring its plumber hero Mario. "
            "Games shop owner Mario Rossetti, who runs a store in Glasgow, said queues had formed before opening.")
    got = merged(text, [("Mario", "PERSON"), ("Mario Rossetti", "PERSON")])
    assert got[0][1] == "Mario"


def test_a_first_name_after_a_relative_or_in_a_quote_may_still_take_the_full_name_written_later() -> None:
    text = ("Lord Saatchi, who founded the agency with his brother Charles, is co-chairman of the party. "
            "Charles Saatchi, who left advertising to collect art, has taken no part.")
    got = merged(text, [("Lord Saatchi", "PERSON"), ("Charles", "PERSON"), ("Charles Saatchi", "PERSON")])
    assert dict((t, c) for t, c, _ in got)["Charles"] == "Charles Saatchi"


def test_a_nationality_word_beside_a_namesake_still_keeps_its_surname_out_and_a_firm_written_two_ways_keeps_its_short_form() -> None:
    from helpers.entities import recover

    assert recover.corpus_surnames(["Tom English", "English"], ["PERSON", "NORP"], ["a", "a"]) == frozenset()
    text = "Lucky Stores Inc said sales rose. Lucky Stores runs 500 shops, and Lucky said it would open more."
    assert ("Lucky", "ORG") in repaired(text, [("Lucky Stores Inc", "ORG"), ("Lucky Stores", "ORG")])


def test_a_quotation_mark_opening_a_work_span_is_cut_and_the_titled_name_is_the_person() -> None:
    text = "Pensioner Megan Pryce, from Penarth, said her bill would rise.\n\n\"It is too much,\" Mrs Pryce said."
    assert ("Mrs Pryce", "PERSON") in repaired(text, [("Megan Pryce", "PERSON"), ("\" Mrs Pryce", "WORK_OF_ART")])


def test_a_titled_surname_beside_a_town_that_opens_with_it_is_no_work() -> None:
    text = ("Jim Meltham, a huntsman, said hunts would carry on. \"We will wait,\" said Mr Meltham, whose hunt near Meltham Mowbray "
            "has ridden for a century.")
    got = repaired(text, [("Jim Meltham", "PERSON"), ("Meltham", "PERSON"), ("Meltham Mowbray", "PERSON")])
    assert ("Meltham", "PERSON") in got


def test_a_two_word_name_tagged_a_firm_and_described_with_who_is_a_person_whose_surname_stands_alone() -> None:
    text = ("It was launched by Niklas Zennberg and Janus Frellsen, who earlier set up a file-sharing service. "
            "Frellsen, a Dane, said the company had no plans to float.")
    got = repaired(text, [("Niklas Zennberg", "PERSON"), ("Janus Frellsen", "ORG")])
    assert ("Janus Frellsen", "PERSON") in got
    text = "In the cup, Aston Villa, who beat Chelsea last week, scored twice. Villa play again on Saturday."
    assert ("Aston Villa", "ORG") in repaired(text, [("Aston Villa", "ORG"), ("Chelsea", "ORG")])


def test_a_pet_name_takes_the_longest_name_its_full_form_folds_into() -> None:
    text = ("Sir Peter Maxwell Davies, the Master of the Queen's Music, spoke out. Maxwell Davies, who lives on Orkney, was appointed "
            "last year. The composer, known to friends as Max, founded a festival.")
    got = merged(text, [("Peter Maxwell Davies", "PERSON"), ("Maxwell Davies", "PERSON"), ("Max", "PERSON")])
    assert [c for t, c, _ in got if t in ("Maxwell Davies", "Max")] == ["Peter Maxwell Davies"] * 2


def test_a_firm_named_as_one_stays_a_firm_beside_a_namesake_analyst() -> None:
    text = ("\"Prices will fall,\" said Mark Orrin, a telecoms analyst at Bellwood Securities. The mobile operator Orrin said it "
            "welcomed the review.")
    got = merged(text, [("Mark Orrin", "PERSON"), ("Bellwood Securities", "ORG"), ("Orrin", "ORG")])
    assert got[-1][1:] == ("Orrin", "ORG")
    text = ("Regulator chairman John Vickery said he had found no evidence. Separately, Vickery, the defence engineering firm now "
            "owned by Rolls-Royce, has no connection with him.")
    got = merged(text, [("John Vickery", "PERSON"), ("Vickery", "ORG"), ("Rolls-Royce", "ORG")])
    assert [c for t, c, _ in got if t == "Vickery"] == ["Vickery"]


def test_a_firm_in_a_list_of_firms_is_no_namesake_person() -> None:
    text = ("Broadcaster Chris Evanson left the station. The group, which also owns Burton, Dorothy Perkins and Evanson, said sales "
            "rose.")
    got = merged(text, [("Chris Evanson", "PERSON"), ("Burton", "ORG"), ("Dorothy Perkins", "ORG"), ("Evanson", "ORG")])
    assert got[-1][1:] == ("Evanson", "ORG")


def test_a_name_after_a_list_of_firms_closed_by_and_is_no_member_of_it() -> None:
    text = ("Senior vice-president Lars Thuesby of Privatbanken said the deal was priced. The co-leaders are Copenhagen "
            "Handelsbank, Den Danske Bank and Kredietbank Luxembourg, Thuesby added.")
    got = merged(text, [("Lars Thuesby", "PERSON"), ("Privatbanken", "ORG"), ("Copenhagen Handelsbank", "ORG"), ("Den Danske Bank", "ORG"),
                        ("Kredietbank Luxembourg", "ORG"), ("Thuesby", "ORG")])
    assert got[-1][1] == "Lars Thuesby"


def test_a_curated_first_name_the_corpus_writes_mostly_as_a_surname_reads_as_one_alone() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [
        "Tory leader Michael Howard attacked the Budget. Michael Howard said taxes would rise under Labour and the Treasury.",
        "Michael Howard launched the Tory manifesto. Michael Howard promised lower taxes, and the Treasury disagreed.",
        "The aviator Howard Hughes built the largest plane of his day.",
        "\"The danger for Howard is that small parties split the Tory vote,\" an analyst said of Labour and the Treasury."]})
    spans = {"a": [("Michael Howard", "PERSON"), ("Michael Howard", "PERSON"), ("Labour", "ORG"), ("Treasury", "ORG")],
             "b": [("Michael Howard", "PERSON"), ("Michael Howard", "PERSON"), ("Treasury", "ORG")],
             "c": [("Howard Hughes", "PERSON")],
             "d": [("Howard", "PERSON"), ("Labour", "ORG"), ("Treasury", "ORG")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["doc_id"] == "d", "canonical"].tolist()[0] == "Michael Howard"


def test_a_span_of_quotation_marks_only_is_dropped() -> None:
    text = 'He said "" and left. " Mr Blair spoke.'
    assert repaired(text, [('""', "WORK_OF_ART"), ('" Mr Blair', "WORK_OF_ART")]) == [("Mr Blair", "PERSON")]
