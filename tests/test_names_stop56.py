"""Stop 56 of name merging (issue 12): a one-word mention the model tags a firm or a place, in an article that names no one
of that word, is the person the corpus names in full elsewhere, unless the word reads as a firm, a shop, a ground, a place
or part of a longer name there; an untagged name with a bare middle initial; a one-word long form of a bracketed acronym
and one with "in" between its words; a knight's first name followed by "born" and a birth name; "Dr" and a given name
before a surname span; a curated one-word name beside a namesake the article names; "X shares rose"; namesakes only ever
named together; a curated party alias the model tags as a work. Sentences and names written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import extract, names, recover, repair
from test_names_short_forms import repaired
from test_names_stop38 import located, merged, raw_frame
from test_names_stop43 import merged_corpus

FULL = [f"Midfielder Frank Lampion scored twice in match {i}. Lampion said the team was ready." for i in range(10)]


def corpus(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(surface, canonical, label) of the last article's mentions, after ten articles that name Frank Lampion in full."""
    articles = pd.DataFrame({"doc_id": [f"a{i}" for i in range(10)] + ["b"], "text": FULL + [text]})
    spans = {f"a{i}": [("Frank Lampion", "PERSON"), ("Lampion", "PERSON")] for i in range(10)} | {"b": ents}
    raw = raw_frame(articles, spans)
    known = recover.corpus_surnames(raw["text"], raw["spacy_label"], raw["doc_id"])
    got = names.canonicalise(extract.with_corpus_surnames(articles, raw, known))
    return [(t, c, lab) for d, t, c, lab in zip(got["doc_id"], got["text"], got["canonical"], got["label"]) if d == "b"]


def test_a_surname_the_model_tags_a_firm_is_the_corpus_person_of_that_surname() -> None:
    got = corpus("England beat Wales 3-0. Lampion scored the third from 20 yards.", [("England", "GPE"), ("Wales", "GPE"), ("Lampion", "ORG")])
    assert got[-1] == ("Lampion", "Frank Lampion", "PERSON")


def test_a_surname_the_model_tags_a_place_in_a_list_of_players_is_the_person() -> None:
    got = corpus("Fans fear the club cannot keep young stars such as Lampion.", [("Lampion", "GPE")])
    assert got[-1] == ("Lampion", "Frank Lampion", "PERSON")


def test_the_word_stays_a_firm_after_a_noun_for_a_firm_or_in_a_list_of_chains() -> None:
    assert corpus("Cadbury bought the gum maker Lampion in 2003.", [("Cadbury", "ORG"), ("Lampion", "ORG")])[-1][2] == "ORG"
    got = corpus("Its chains include Topshop, Burton, Lampion and Wallis.", [("Topshop", "ORG"), ("Burton", "ORG"), ("Lampion", "ORG"), ("Wallis", "ORG")])
    assert [lab for t, _, lab in got if t == "Lampion"] == ["ORG"]


def test_the_word_stays_a_place_or_a_ground_where_the_text_says_so() -> None:
    assert corpus("The festival is held in Lampion every June.", [("Lampion", "GPE")])[-1][2] == "GPE"
    assert corpus("The Test begins at Lampion's next week.", [("Lampion", "FAC")])[-1][2] == "FAC"


def test_the_word_stays_a_firm_beside_a_longer_name_holding_it_or_after_the() -> None:
    got = corpus("Lampion Motors cut 300 jobs. Lampion said sales fell.", [("Lampion Motors", "ORG"), ("Lampion", "ORG")])
    assert got[-1][2] == "ORG"
    assert corpus("Shares rose at the Lampion group.", [("Lampion", "ORG")])[-1][2] == "ORG"


def test_a_word_other_labels_hold_often_is_no_corpus_surname_to_relabel() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Singer Tom Orchard said the tour was over.", "Orchard posted record sales.", "Orchard cut prices."]})
    raw = raw_frame(articles, {"a": [("Tom Orchard", "PERSON")], "b": [("Orchard", "ORG")], "c": [("Orchard", "ORG")]})
    known = recover.corpus_surnames(raw["text"], raw["spacy_label"], raw["doc_id"])
    got = extract.with_corpus_surnames(articles, raw, known)
    assert "Orchard" not in known and got is raw


def test_an_untagged_name_with_a_bare_middle_initial_is_a_person_its_surname_refers_to() -> None:
    text = ("The series returns in March.\n\nRussell T Dawkes, the writer who revived it, said he was sorry to lose the star. "
            '"It was a joy," Dawkes said. Names mentioned include Alan Dawkes.')
    spans = [[text.index("Dawkes said"), text.index("Dawkes said") + 6, "PERSON"], [text.index("Alan"), len(text) - 1, "PERSON"]]
    out = names.canonicalise(pd.DataFrame(extract.mention_rows("a", text, repair.repair_entities(text, spans, extract.LABELS)),
                                          columns=extract.RAW_COLUMNS))
    got = list(zip(out["text"], out["canonical"], out["label"]))
    assert got[:2] == [("Russell T Dawkes", "Russell T Dawkes", "PERSON"), ("Dawkes", "Russell T Dawkes", "PERSON")]


def test_a_one_word_long_form_whose_capitals_spell_the_bracketed_acronym_is_the_organisation() -> None:
    text = "Ask Jeeves is to be bought by InterMediaCorp (IMC), the US group. IMC, which owns Expedia, said the deal was good."
    got = merged(text, [("IMC", "ORG"), ("IMC", "ORG"), ("Expedia", "ORG")])
    assert got[:3] == [("InterMediaCorp", "InterMediaCorp", "ORG"), ("IMC", "InterMediaCorp", "ORG"), ("IMC", "InterMediaCorp", "ORG")]


def test_a_long_form_with_in_between_its_words_spells_the_bracketed_acronym() -> None:
    text = "Spending rose, according to the Online Media in Retail Group (OMRG). OMRG chief executive Jo Pike said so."
    got = merged(text, [("Retail Group", "ORG"), ("OMRG", "ORG"), ("OMRG", "ORG"), ("Jo Pike", "PERSON")])
    assert [c for t, c, _ in got if t == "OMRG"] == ["Online Media in Retail Group"] * 2


def test_a_knight_by_first_name_born_someone_else_is_the_full_stage_name_and_so_is_the_birth_name() -> None:
    text = ("Sir Elvin Jonas has said he will marry his partner. \"Elvin is one of the most famous men alive,\" said a friend. "
            "Sir Elvin, born Reginald Dewey in Pinner, has sold millions of records.")
    got = merged(text, [("Sir Elvin Jonas", "PERSON"), ("Elvin", "PERSON"), ("Sir Elvin", "PERSON"), ("Reginald Dewey", "PERSON"),
                        ("Pinner", "GPE")])
    assert [c for _, c, lab in got if lab == "PERSON"] == ["Elvin Jonas"] * 4


def test_a_lone_name_whose_real_name_the_article_gives_still_folds_into_it() -> None:
    text = "Model Saffy, whose real name is Karen Pollard, left the show early. Saffy said she had no regrets."
    got = merged(text, [("Saffy", "PERSON"), ("Karen Pollard", "PERSON"), ("Saffy", "PERSON")])
    assert [c for t, c, _ in got if t == "Saffy"] == ["Karen Pollard"] * 2


def test_dr_and_a_given_name_before_a_surname_span_is_one_name_and_dr_alone_is_that_doctor() -> None:
    text = ("Tycoon Donald Trump fires a contestant each week. Expert Dr Kate Trump said the show was box office. "
            '"He could be a star," Dr Trump said.')
    got = merged(text, [("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "PERSON")])
    assert got[1][:2] == ("Kate Trump", "Kate Trump") and got[2][1] == "Kate Trump"


def test_a_curated_one_word_name_is_still_its_person_where_no_namesake_is_named() -> None:
    got = merged("Tycoon Donald Trump fires a contestant each week. Trump said he was pleased.", [("Donald Trump", "PERSON"), ("Trump", "PERSON")])
    assert got[-1][1] == "Donald Trump"


def test_a_word_before_shares_rose_is_the_firm_not_a_person_of_that_surname() -> None:
    text = ("Construction group Belfry Beattie has won a contract. Chief executive Ian Belfry said patients would benefit. "
            "Belfry Beattie was formed in 1909 by George Belfry. Belfry shares rose 5p to 310p.")
    got = merged(text, [("Belfry Beattie", "PERSON"), ("Ian Belfry", "PERSON"), ("Belfry Beattie", "PERSON"), ("George Belfry", "PERSON")])
    assert got[-1][0] == "Belfry" and got[-1][2] == "ORG"  # the untagged word, found as a surname, read as the firm


def test_a_lone_surname_of_two_corpus_namesakes_named_together_is_the_one_stories_call_by_it() -> None:
    got = merged_corpus({
        "a": ("Tim Henlow lost in the final. Henlow said he was tired. His mother Morag Henlow watched.",
              [("Tim Henlow", "PERSON"), ("Henlow", "PERSON"), ("Morag Henlow", "PERSON")]),
        "b": ("Murray won again at the tournament. Henlow was knocked out in the second round.", [("Murray", "PERSON"), ("Henlow", "PERSON")])})
    assert got[-1][1:3] == ("Henlow", "Tim Henlow")


def test_the_word_stays_where_it_ends_a_longer_name_or_a_firm_owns_it() -> None:
    assert corpus("The film's distributor, 20th Century Lampion, said it was pleased.", [("Lampion", "ORG")])[-1][2] == "ORG"
    assert corpus("Songs such as A Spoonful of Lampion are in the show.", [("Lampion", "GPE")])[-1][2] == "GPE"
    assert corpus("Rolls-Royce is owned by BMW, while Volkswagen owns Lampion.", [("BMW", "ORG"), ("Volkswagen", "ORG"), ("Lampion", "ORG")])[-1][2] == "ORG"
    got = corpus("Its chains include Topshop, Dorothy Perkins, Miss Selfridge and Lampion.", [("Topshop", "GPE"), ("Dorothy Perkins", "PERSON"), ("Lampion", "ORG")])
    assert got[-1][2] == "ORG"


def test_namesakes_with_stories_of_their_own_are_not_told_apart_by_who_is_called_by_the_surname() -> None:
    got = merged_corpus({
        "a": ("Robbie Wilmott sold out his tour. Wilmott said he was thrilled.", [("Robbie Wilmott", "PERSON"), ("Wilmott", "PERSON")]),
        "b": ("Serena Wilmott won the title in straight sets.", [("Serena Wilmott", "PERSON")]),
        "c": ("The team finished fourth. Wilmott will race again in May.", [("Wilmott", "PERSON")])})
    assert got[-1][2] == "Wilmott"


def test_a_curated_party_alias_the_model_tags_as_a_work_with_its_possessive_is_the_party() -> None:
    text = "Ministers met. The Lib Dems' home affairs spokesman Mark Oaten said he would oppose the bill."
    got = merged(text, [("The Lib Dems'", "WORK_OF_ART"), ("Mark Oaten", "PERSON")])
    assert got[0] == ("Lib Dems", "Liberal Democrats", "ORG")


def test_a_work_holding_more_than_an_alias_stays_a_work() -> None:
    got = repaired("He starred in The Lib Dems Go Wild last year.", [("The Lib Dems Go Wild", "WORK_OF_ART")])
    assert got == [("The Lib Dems Go Wild", "WORK_OF_ART")]


def styled(text: str, ents: list[tuple[str, str]], day: str | None) -> list[tuple[str, str, str]]:
    """(surface, canonical, label) of one article's mentions after span repair and merging, dated `day` when given."""
    raw = pd.DataFrame(extract.mention_rows("a", text, repair.repair_entities(text, located(text, ents), extract.LABELS)),
                       columns=extract.RAW_COLUMNS)
    out = names.canonicalise(raw, {"a": day} if day else {})
    return list(zip(out["text"], out["canonical"], out["label"]))


ARCHBISHOPS = ("The Archbishop of Canterbury has called on party leaders not to exploit fear. Dr Rowan Williams said in a statement "
               "issued with the Archbishop of York that debate was legitimate.")


def test_an_archbishops_style_is_one_person_span_named_after_its_holder_on_the_articles_day() -> None:
    got = styled(ARCHBISHOPS, [("Canterbury", "GPE"), ("Rowan Williams", "PERSON"), ("York", "GPE")], "2005-04-01")
    assert got == [("Archbishop of Canterbury", "Rowan Williams", "PERSON"), ("Rowan Williams", "Rowan Williams", "PERSON"),
                   ("Archbishop of York", "David Hope", "PERSON")]


def test_an_undated_archbishops_style_stays_as_written_and_keeps_its_title() -> None:
    got = styled(ARCHBISHOPS, [("Canterbury", "GPE"), ("Rowan Williams", "PERSON"), ("York", "GPE")], None)
    assert [c for _, c, _ in got] == ["Archbishop of Canterbury", "Rowan Williams", "Archbishop of York"]


def test_an_untagged_corpus_surname_after_a_noun_for_people_opening_its_sentence_is_that_person() -> None:
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "Chelsea owner Roman Abramovitz was delighted.", "Chelsea won the title. Owner Abramovitz, who has spent a fortune, watched."]})
    raw = raw_frame(articles, {"a": [("Chelsea", "ORG"), ("Roman Abramovitz", "PERSON")], "b": [("Chelsea", "ORG")]})
    known = recover.corpus_surnames(raw["text"], raw["spacy_label"], raw["doc_id"])
    got = names.canonicalise(extract.with_corpus_surnames(articles, raw, known))
    assert list(zip(got["doc_id"], got["text"], got["canonical"]))[-1] == ("b", "Abramovitz", "Roman Abramovitz")


def test_a_bishops_style_with_an_apposition_naming_him_is_that_person() -> None:
    text = "The Bishop of Oxbury, Richard Harland, said the church had a duty to speak up. Ministers disagreed."
    got = styled(text, [("Bishop", "ORG"), ("Oxbury", "GPE"), ("Richard Harland", "PERSON")], "2005-04-01")
    assert got[0] == ("Bishop of Oxbury", "Richard Harland", "PERSON")


def test_a_bishops_style_without_an_apposition_stays_a_style() -> None:
    got = styled("The Bishop of Oxbury said the church had a duty to speak up.", [("Oxbury", "GPE")], "2005-04-01")
    assert got == [("Bishop of Oxbury", "Bishop of Oxbury", "PERSON")]


def test_a_plural_noun_opening_the_sentence_names_no_person() -> None:
    text = ('"3G is finally taking off," said analyst Claire Orrell. Ms Orrell said price cuts hurt. Rivals Orrell and O2 have '
            "also launched services.")
    got = merged(text, [("Claire Orrell", "PERSON"), ("Orrell", "PERSON"), ("O2", "ORG")])
    assert [c for t, c, _ in got if t == "Orrell"] == ["Claire Orrell"]


def test_a_styles_see_is_no_surname_of_the_article_or_the_corpus() -> None:
    texts, labels = ["Archbishop of Canterbury"] * 6 + ["Canterbury"], ["PERSON"] * 6 + ["GPE"]
    assert "Canterbury" not in recover.corpus_surnames(texts, labels, [f"a{i}" for i in range(7)])
    text = "The Archbishop of Canterbury spoke. Kent beat Middlesex at Canterbury."
    assert recover.surnames(text, located(text, [("Archbishop of Canterbury", "PERSON")]), repair.load_repair_rules()) == set()
