"""Stop 40 of name merging (issue 12): given names the model calls an organisation, a place or a product, a full name
left untagged in a title, courtesy titles, and a clause glued to a person span. Sentences and names written for these
tests."""

from __future__ import annotations

import re

import pandas as pd

from helpers.entities import extract, names, repair
from test_names_stop38 import located, merged, raw_frame


def test_a_clause_glued_to_a_person_span_is_cut_with_its_dash_and_the_person_stays_a_person() -> None:
    text = ("TK Lorry, the haulage group, has called in administrators.\n\nParts supplier Jim Lorry - who says he has heard "
            "every joke about his name - is owed money. \"We may never see it,\" Mr Lorry said.")
    got = merged(text, [("TK Lorry", "ORG"), ("Jim Lorry - who", "PERSON"), ("Lorry", "PERSON")])
    assert got == [("TK Lorry", "TK Lorry", "ORG"), ("Jim Lorry", "Jim Lorry", "PERSON"), ("Lorry", "Jim Lorry", "PERSON")]


def test_an_initialled_firm_is_no_person_when_the_lone_surname_belongs_to_the_articles_full_name() -> None:
    text = "TK Lorry has collapsed. Supplier Jim Lorry is owed money. Mr Lorry said he was worried."
    got = merged(text, [("TK Lorry", "ORG"), ("Jim Lorry", "PERSON"), ("Lorry", "PERSON")])
    assert got[0] == ("TK Lorry", "TK Lorry", "ORG")


def test_a_full_name_tagged_as_an_organisation_is_still_a_person_beside_a_namesake_of_the_article() -> None:
    text = ("The nanny worked for Harriet Vane. Mrs Vane, who edits a magazine, is married to Stephen Vane. "
            "Mr Vane has stood by his wife.")
    got = merged(text, [("Harriet Vane", "ORG"), ("Vane", "PERSON"), ("Stephen Vane", "PERSON"), ("Vane", "PERSON")])
    assert got[0][2] == "PERSON"
    assert got[1][1] == "Harriet Vane"


def test_a_given_name_tagged_as_an_organisation_is_the_articles_person_even_when_the_word_also_ends_names() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "The drama was written by Rufus T Hale. \"Rufus knows what viewers want,\" the producer said.",
        "Fans of the band queued to see Marion Rufus sign copies."]})
    spans = {"a": [("Rufus T Hale", "PERSON"), ("Rufus", "ORG")], "b": [("Marion Rufus", "PERSON")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["doc_id"] == "a", "canonical"].tolist() == ["Rufus T Hale", "Rufus T Hale"]


def test_a_given_name_tagged_as_a_nationality_after_of_is_the_articles_person() -> None:
    text = "Imogen Harcourt-Pryce will marry in April. Many still dislike the prospect of Imogen becoming a duchess."
    got = merged(text, [("Imogen Harcourt-Pryce", "PERSON"), ("Imogen", "NORP")])
    assert got[-1] == ("Imogen", "Imogen Harcourt-Pryce", "PERSON")


def test_a_relative_named_by_a_possessive_is_found_again_by_the_given_name_alone() -> None:
    text = ("Odette Marsh is through to the last eight. Marsh's sister Mabel, the fifth seed, also won. "
            "Mabel has reached two finals. Keller will play Mabel on Monday.")
    got = merged(text, [("Odette Marsh", "PERSON"), ("Marsh", "PERSON"), ("Mabel", "PERSON"), ("Mabel", "ORG"), ("Keller", "PERSON"),
                        ("Mabel", "ORG")])
    assert [c for t, c, _ in got if t == "Mabel"] == ["Mabel Marsh"] * 3


def test_a_short_given_name_tagged_as_an_organisation_is_the_articles_formal_name() -> None:
    text = "The quiz is hosted by Anthony Pugh. Ant joked that the set was smaller than his kitchen."
    got = merged(text, [("Anthony Pugh", "PERSON"), ("Ant", "ORG")])
    assert got[-1] == ("Ant", "Anthony Pugh", "PERSON")


def test_a_courtesy_title_before_a_given_name_leaves_the_name_and_the_titled_surname_takes_her() -> None:
    text = ("The seat is held by Lady Imelda Crane. Lady Crane, whose husband Sir Gerald Crane sat on the bench, "
            "said she would stand again.")
    got = merged(text, [("Lady Imelda Crane", "PERSON"), ("Lady Crane", "PERSON"), ("Sir Gerald Crane", "PERSON")])
    assert [c for _, c, _ in got] == ["Imelda Crane", "Imelda Crane", "Gerald Crane"]


def test_a_peer_keeps_the_title_without_a_given_name_after_it() -> None:
    text = "Lady Crane said the bill would pass."
    got = merged(text, [("Lady Crane", "PERSON")])
    assert got == [("Lady Crane", "Lady Crane", "PERSON")]


def test_a_given_name_the_model_calls_a_product_is_the_articles_person_of_that_name() -> None:
    text = ("Hamish Carver, the explorer of the Deepwater games, has sold millions. \"Hamish has carried this studio for ten "
            "years,\" an analyst said.")
    spans = repair.repair_entities(text, located(text, [("Hamish Carver", "PERSON"), ("Deepwater", "WORK_OF_ART"), ("Hamish", "PRODUCT")]),
                                   extract.LABELS)
    assert [text[s:e] for s, e, lab in spans if lab == "PERSON"] == ["Hamish Carver", "Hamish"]


def test_a_given_name_alone_takes_the_full_name_the_article_writes_untagged_in_a_title() -> None:
    text = ("Mabel Tench: The Long Summer has topped the box office.\n\nThe actress said she had grown fond of Mabel. "
            "\"Mabel is braver than me,\" she said.")
    lone = [[m.start(), m.end(), lab] for m, lab in zip(re.finditer(r"Mabel(?! Tench)", text), ("GPE", "ORG"))]
    spans = repair.repair_entities(text, lone, extract.LABELS)
    out = names.canonicalise(pd.DataFrame(extract.mention_rows("a", text, spans), columns=extract.RAW_COLUMNS))
    got = list(zip(out["text"], out["canonical"], out["label"]))
    assert [(t, c) for t, c, lab in got if lab == "PERSON"] == [("Mabel Tench", "Mabel Tench"), ("Mabel", "Mabel Tench"), ("Mabel", "Mabel Tench")]


def test_no_untagged_full_name_is_made_before_a_third_name_word_a_figure_or_with_a_club_word() -> None:
    assert repair.untagged_full_names("Jordan Grand Prix was sold. Jordan said the deal was done.",
                                      [[28, 34, "PERSON"]], repair.load_repair_rules()) == []
    table = "Lou Gulf 1.73 -- 5.05\nLou 2.10"
    assert repair.untagged_full_names(table, [[22, 25, "PERSON"]], repair.load_repair_rules()) == []
    assert repair.untagged_full_names("Derby County won. Derby said so.", [[18, 23, "PERSON"]], repair.load_repair_rules()) == []


def test_a_person_span_ending_in_a_trade_word_is_an_organisation() -> None:
    text = "The chip designer Quillfield Microelectronics has raised its forecast. Quillfield said demand was strong."
    got = merged(text, [("Quillfield Microelectronics", "PERSON"), ("Quillfield", "PERSON")])
    assert got == [("Quillfield Microelectronics", "Quillfield Microelectronics", "ORG"), ("Quillfield", "Quillfield Microelectronics", "ORG")]


def test_a_person_whose_surname_is_a_word_stays_a_person() -> None:
    text = "The Liberal leader David Steel said the vote was close. Mr Steel said he would stay."
    got = merged(text, [("David Steel", "PERSON"), ("Steel", "PERSON")])
    assert [lab for _, _, lab in got] == ["PERSON", "PERSON"]


def test_a_surname_span_takes_the_given_name_that_opens_its_sentence() -> None:
    text = ("Party leader Dafydd Wyn Price said the plan did not go far enough. Mr Price said so twice. Councils fear power "
            "will drift towards Cardiff. Gwen Price, a councillor in Powys, said villages were overlooked. Ms Price said so.")
    got = merged(text, [("Dafydd Wyn Price", "PERSON"), ("Price", "PERSON"), ("Price", "PERSON"), ("Ms Price", "ORG")])
    assert [(t, c) for t, c, _ in got][2:] == [("Gwen Price", "Gwen Price"), ("Ms Price", "Gwen Price")]


def test_a_name_cut_inside_its_particles_is_joined_and_the_titled_particle_surname_takes_it() -> None:
    text = "Brewer chairman Joost van der Brink said sales rose. Mr van der Brink said the board was pleased."
    got = merged(text, [("Joost van", "PERSON"), ("Brink", "ORG"), ("van der Brink", "PERSON")])
    assert got == [("Joost van der Brink", "Joost van der Brink", "PERSON"), ("van der Brink", "Joost van der Brink", "PERSON")]


def test_a_given_name_before_the_royal_title_and_name_is_the_royal() -> None:
    text = "The couple will marry in April. If Edmund becomes king, she will be known as princess consort. Prince Edmund, 56, said he was happy."
    got = merged(text, [("Edmund", "PERSON"), ("Prince Edmund", "PERSON")])
    assert [c for _, c, _ in got] == ["Prince Edmund", "Prince Edmund"]


def test_a_given_name_takes_the_corpus_name_the_articles_lone_surname_took() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Marta Okonjo won the London Marathon in record time.",
        "Marta Okonjo will run in Helsinki.",
        "Okonjo said she had recovered well. The performance director said Marta was in the form of her life. "
        "Marta, a 16-year-old from Hull, queued for an autograph."]})
    spans = {"a": [("Marta Okonjo", "PERSON")], "b": [("Marta Okonjo", "PERSON")],
             "c": [("Okonjo", "PERSON"), ("Marta", "PERSON"), ("Marta", "PERSON")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["doc_id"] == "c", "canonical"].tolist() == ["Marta Okonjo", "Marta Okonjo", "Marta"]


def test_a_site_the_model_tags_a_place_once_is_that_place_wherever_it_calls_it_a_person() -> None:
    text = "The last van has left the Fenners Row depot in Derby. Fenners Row will keep a small museum."
    got = merged(text, [("the Fenners Row", "FAC"), ("Derby", "GPE"), ("Fenners Row", "PERSON")])
    assert [lab for t, _, lab in got if "Fenners" in t] == ["FAC", "FAC"]


def test_a_county_is_a_place_not_a_person_and_not_the_articles_namesake() -> None:
    text = "The campaign was led by Neil Tyrone. Mr Tyrone said it was a victory. Support was weakest across Fermanagh and County Tyrone."
    got = merged(text, [("Neil Tyrone", "PERSON"), ("Tyrone", "PERSON"), ("Fermanagh", "GPE"), ("County Tyrone", "PERSON")])
    assert got[-1] == ("County Tyrone", "County Tyrone", "GPE")


def test_a_regional_demonym_stays_a_nationality_word() -> None:
    text = "Geordie Armstrong watched the show. It is hosted by the Geordie pair, and Ant said the Geordie accent was a help."
    got = merged(text, [("Geordie Armstrong", "PERSON"), ("Geordie", "NORP"), ("Ant", "PERSON"), ("Geordie", "NORP")])
    assert [lab for t, _, lab in got if t == "Geordie"] == ["NORP", "NORP"]


def test_a_one_word_person_inside_a_comma_list_of_towns_is_a_town() -> None:
    text = "The band will play Glasgow, Harrogate and at the Albert Hall in May."
    spans = repair.repair_entities(text, located(text, [("Glasgow", "GPE"), ("Harrogate", "PERSON")]), extract.LABELS)
    assert [lab for _, _, lab in spans] == ["GPE", "GPE"]


def test_a_comma_alone_or_a_nationality_word_makes_no_list_of_places() -> None:
    text = "In Quebec, Brandt said the deal was done. It was managed by Welsh, Carson, Anderson and Stowe."
    spans = repair.repair_entities(text, located(text, [("Quebec", "GPE"), ("Brandt", "PERSON"), ("Welsh", "NORP"), ("Carson", "PERSON")]),
                                   extract.LABELS)
    assert [(text[s:e], lab) for s, e, lab in spans if lab == "PERSON"] == [("Brandt", "PERSON"), ("Carson", "PERSON")]


def test_a_british_town_the_model_calls_a_person_is_the_town() -> None:
    text = "Awards went to Amir Khan, the 17-year-old boxer from Bolton, and to Kay, the Bolton comedian."
    got = merged(text, [("Amir Khan", "PERSON"), ("Bolton", "PERSON"), ("Kay", "PERSON"), ("Bolton", "PERSON")])
    assert [lab for t, _, lab in got if t == "Bolton"] == ["GPE", "GPE"]


def test_a_town_name_that_a_person_of_the_article_bears_or_that_speaks_stays_a_person() -> None:
    text = "The dye was found by inspector Helen Worcester. Worcester said the batch had been recalled."
    got = merged(text, [("Helen Worcester", "PERSON"), ("Worcester", "PERSON")])
    assert got[-1] == ("Worcester", "Helen Worcester", "PERSON")
    text = "Chris Kentish runs the shop. Kent said the council had been slow."
    assert merged(text, [("Chris Kentish", "PERSON"), ("Kent", "PERSON")])[-1][2] == "PERSON"


def test_a_full_name_said_to_be_no_relation_is_not_folded_into_the_peer() -> None:
    text = ("Former chairman Lord Tesselby holds his shares in a blind trust. In Camden, newsagent Ravi Tesselby - no relation "
            "to the family - said he was often teased.")
    got = merged(text, [("Lord Tesselby", "PERSON"), ("Ravi Tesselby", "PERSON")])
    assert got[-1] == ("Ravi Tesselby", "Ravi Tesselby", "PERSON")


def test_a_given_name_the_model_calls_an_organisation_before_and_a_full_name_shares_its_surname() -> None:
    text = "Belgian film-makers Jean-Pierre and Luc Dardenne have won the prize. Luc Dardenne said they were happy."
    got = merged(text, [("Jean-Pierre", "ORG"), ("Luc Dardenne", "PERSON"), ("Luc Dardenne", "PERSON")])
    assert got[0] == ("Jean-Pierre", "Jean-Pierre Dardenne", "PERSON")


def test_a_given_name_ending_a_list_of_performers_keeps_its_own_name() -> None:
    text = "Performers will include Sir Elton John, Madonna and Robbie Williams."
    got = merged(text, [("Elton John", "PERSON"), ("Madonna", "PERSON"), ("Robbie Williams", "PERSON")])
    assert got[1][1] == "Madonna"


def test_a_lone_surname_tagged_a_place_takes_the_corpus_namesake_whose_articles_share_its_names() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Broadcaster Terrence Wogle will host the Eurovision coverage on BBC One from Kyiv with Lynsey Hart and Ruth Dale.",
        "The Eurovision coverage on BBC One, with Lynsey Hart and Ruth Dale, drew eight million viewers in Kyiv. Wogle made fun "
        "of the voting again."]})
    spans = {"a": [("Terrence Wogle", "PERSON"), ("Eurovision", "EVENT"), ("BBC One", "ORG"), ("Kyiv", "GPE"), ("Lynsey Hart", "PERSON"),
                   ("Ruth Dale", "PERSON")],
             "b": [("Eurovision", "EVENT"), ("BBC One", "ORG"), ("Lynsey Hart", "PERSON"), ("Ruth Dale", "PERSON"), ("Kyiv", "GPE"),
                   ("Wogle", "GPE")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["text"] == "Wogle", ["canonical", "label"]].values.tolist() == [["Terrence Wogle", "PERSON"]]


def test_a_town_before_a_state_abbreviation_keeps_its_place_label() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Chrysler chairman Robert Warrenby said Chrysler Motors plants in Detroit would add shifts, the UAW and Ford said.",
        "Chrysler Motors plants at Newark, Del., Warrenby, Mich., and Detroit will work overtime, the UAW and Ford said."]})
    spans = {"a": [("Chrysler", "ORG"), ("Robert Warrenby", "PERSON"), ("Chrysler Motors", "ORG"), ("Detroit", "GPE"), ("UAW", "ORG"),
                   ("Ford", "ORG")],
             "b": [("Chrysler Motors", "ORG"), ("Newark", "GPE"), ("Warrenby", "GPE"), ("Detroit", "GPE"), ("UAW", "ORG"), ("Ford", "ORG")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["text"] == "Warrenby", ["canonical", "label"]].values.tolist() == [["Warrenby", "GPE"]]


def test_a_titled_surname_takes_the_namesake_called_so_that_most_articles_name() -> None:
    docs = {"a": "Chancellor Gordon Bramble raised stamp duty. Mr Bramble told MPs growth was strong.",
            "b": "Chancellor Gordon Bramble will stand in a new seat. Mr Bramble is running the campaign.",
            "c": "Chancellor Gordon Bramble welcomed the concerts for Africa.",
            "d": "Among the rebels was former minister Nick Bramble. Mr Bramble said he had doubts.",
            "e": "Mr Bramble is expected to address pensions in his pre-Budget report."}
    articles = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    spans = {"a": [("Gordon Bramble", "PERSON"), ("Bramble", "PERSON")], "b": [("Gordon Bramble", "PERSON"), ("Bramble", "PERSON")],
             "c": [("Gordon Bramble", "PERSON")], "d": [("Nick Bramble", "PERSON"), ("Bramble", "PERSON")], "e": [("Bramble", "PERSON")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["doc_id"] == "e", "canonical"].tolist() == ["Gordon Bramble"]
    out = names.canonicalise(raw_frame(articles[articles["doc_id"] != "c"], {k: v for k, v in spans.items() if k != "c"}))
    assert out.loc[out["doc_id"] == "e", "canonical"].tolist() == ["Bramble"]  # two articles against one: no clear lead


def test_a_lone_surname_tagged_an_organisation_once_takes_the_corpus_namesake_on_clear_evidence() -> None:
    shared = "at Old Trafford with Manchester United, Roy Kenley, Gary Nevin and the Premiership in Salford"
    docs = {"a": f"Sir Alec Fergal was in charge {shared}.", "b": f"Stud owners fell out with Fergal {shared}."}
    docs |= {f"x{k}": f"Shares in Fabrikat {k} rose in Zurich." for k in range(8)}  # other news: the shared names are rare
    articles = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    names_of = [("Old Trafford", "FAC"), ("Manchester United", "ORG"), ("Roy Kenley", "PERSON"), ("Gary Nevin", "PERSON"),
                ("Premiership", "ORG"), ("Salford", "GPE")]
    spans = {"a": [("Alec Fergal", "PERSON")] + names_of, "b": [("Fergal", "ORG")] + names_of}
    spans |= {f"x{k}": [(f"Fabrikat {k}", "ORG"), ("Zurich", "GPE")] for k in range(8)}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["text"] == "Fergal", ["canonical", "label"]].values.tolist() == [["Alec Fergal", "PERSON"]]


def test_a_relative_after_a_given_name_takes_the_family_of_the_person_so_called_so_far() -> None:
    text = ("Andy Marrow has won his first match on the tour. Andy's older brother Jamie, a doubles player, also won. "
            "Andy Rodwell is also in the draw.")
    got = merged(text, [("Andy Marrow", "PERSON"), ("Andy", "PERSON"), ("Jamie", "PERSON"), ("Andy Rodwell", "PERSON")])
    assert got[2] == ("Jamie", "Jamie Marrow", "PERSON")


def test_a_relative_after_a_surname_the_article_uses_alone_takes_that_family_name() -> None:
    text = "Fans say Mr Glazner has borrowed heavily. Glazner's son Joel, who is expected to become a director, has not commented."
    got = merged(text, [("Glazner", "PERSON"), ("Glazner", "PERSON"), ("Joel", "PERSON")])
    assert got[-1] == ("Joel", "Joel Glazner", "PERSON")


def test_a_spouse_named_by_first_name_takes_the_family_of_the_person_the_corpus_resolved() -> None:
    docs = {"a": "President Ronald Reaver met Congress leaders.", "b": "Ronald Reaver signed the bill.",
            "c": "Reaver said rates could fall, as he left to visit his wife Nancy at Bethesda Naval Hospital."}
    articles = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    spans = {"a": [("Ronald Reaver", "PERSON")], "b": [("Ronald Reaver", "PERSON")], "c": [("Reaver", "PERSON"), ("Nancy", "PERSON")]}
    out = names.canonicalise(raw_frame(articles, spans))
    assert out.loc[out["doc_id"] == "c", "canonical"].tolist() == ["Ronald Reaver", "Nancy Reaver"]
