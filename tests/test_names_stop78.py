"""Stop 78 of name merging (issue 12), rules read from the failures of the British sets HE and HF: an acronym that one
article of a corpus spells out in brackets is an organisation wherever another article leaves it untagged, and takes the
long form; "his Sedgefield constituency" is a seat; "Team Bath" is no person; a label written alone is its "Records"; a
word listed with firms before its namesake is introduced is the firm; a club a manager joined from is a club; a club the
club list names apart is not folded into a longer club of its town. Sentences, bodies and names written for these tests."""

from __future__ import annotations

import pandas as pd

from helpers.entities import context, extract, names, recover
from test_names_stop38 import raw_frame
from test_names_stop43 import merged_corpus
from test_names_stop74 import label_of
from test_names_stop76 import canonical_of

SPELLED = "The Guild of Master Glaziers (GMG) said on Monday that prices would rise. The GMG has 400 members."
LATER = "Builders welcomed the plan. The GMG had called for the rules to be scrapped, its spokesman said."


def corpus_rows(texts: dict[str, str], spans: dict[str, list[tuple[str, str]]]) -> pd.DataFrame:
    """Mentions of a corpus after the corpus-level recovery (surnames and acronyms) and the name merge."""
    articles = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    raw = raw_frame(articles, spans)
    known = recover.corpus_surnames(raw["text"], raw["spacy_label"], raw["doc_id"])
    known |= recover.spelled_acronyms(raw["text"], raw["spacy_label"], raw["before"], raw["after"])
    return names.canonicalise(extract.with_corpus_surnames(articles, raw, known))


def test_an_acronym_spelled_out_in_another_article_is_found_untagged_and_takes_the_long_form() -> None:
    got = corpus_rows({"a": SPELLED, "b": LATER}, {"a": [("Guild of Master Glaziers", "ORG"), ("GMG", "ORG")], "b": []})
    later = got[got["doc_id"] == "b"]
    assert list(zip(later["text"], later["label"], later["canonical"])) == [("GMG", "ORG", "Guild of Master Glaziers")]


def test_capitals_in_brackets_that_do_not_fit_the_name_before_them_are_no_acronym() -> None:
    text = SPELLED.replace("(GMG)", "(KLX)").replace("The GMG", "The KLX")
    assert recover.spelled_acronyms(["KLX"], ["ORG"], ["Guild of Master Glaziers ("], [") said on"]) == frozenset()
    got = corpus_rows({"a": text, "b": LATER.replace("GMG", "KLX")}, {"a": [("Guild of Master Glaziers", "ORG"), ("KLX", "ORG")], "b": []})
    assert got[got["doc_id"] == "b"].empty


def test_capitals_no_article_spells_out_stay_untagged() -> None:
    got = corpus_rows({"a": "The Guild of Master Glaziers said prices would rise.", "b": LATER},
                      {"a": [("Guild of Master Glaziers", "ORG")], "b": []})
    assert got[got["doc_id"] == "b"].empty


def test_a_spelled_out_acronym_tagged_a_place_elsewhere_is_never_made_a_person() -> None:
    text = "Builders welcomed the plan. GMG members met in York, where the GMG spokesman spoke."
    got = corpus_rows({"a": SPELLED, "b": text}, {"a": [("Guild of Master Glaziers", "ORG"), ("GMG", "ORG")],
                                                 "b": [("GMG", "GPE"), ("York", "GPE")]})
    assert "PERSON" not in set(got["label"])


def test_a_surname_between_his_and_constituency_is_his_seat_not_the_voter_named_later() -> None:
    text = ('"I know the war divided us," he told supporters in his Ashcombe constituency. Voter Jean Ashcombe, 58, said '
            'she voted Labour "with a heavy heart", said Mrs Ashcombe.')
    got = merged_corpus({"a": (text, [("Ashcombe", "PERSON"), ("Jean Ashcombe", "PERSON"), ("Mrs Ashcombe", "PERSON")])})
    assert label_of(got, "Ashcombe") == ["GPE"]
    assert canonical_of(got, "Mrs Ashcombe") == ["Jean Ashcombe"]


def test_a_surname_owning_a_constituency_stays_the_person() -> None:
    text = "Tom Ashcombe is standing down. Ashcombe's constituency party will choose a successor in June."
    got = merged_corpus({"a": (text, [("Tom Ashcombe", "PERSON"), ("Ashcombe", "PERSON")])})
    assert canonical_of(got, "Ashcombe") == ["Tom Ashcombe"]


def test_a_team_name_tagged_a_person_is_an_organisation() -> None:
    text = "The 21-year-old, who plays her club netball for Team Kestrel, was named player of the match."
    got = merged_corpus({"a": (text, [("Team Kestrel", "PERSON")])})
    assert label_of(got, "Team Kestrel") == ["ORG"]


def test_a_label_written_alone_is_the_record_label_the_article_names() -> None:
    text = ("Independent label Plover Records has signed the band. Plover's founder Dan Reece said the band liked the "
            'label. "Plover has a reputation for letting artists grow," he said.')
    got = merged_corpus({"a": (text, [("Plover Records", "ORG"), ("Plover", "ORG"), ("Dan Reece", "PERSON"), ("Plover", "ORG")])})
    assert canonical_of(got, "Plover") == ["Plover Records", "Plover Records"]


def test_a_major_s_label_stays_apart_when_the_corpus_gives_the_firm_another_long_form() -> None:
    got = merged_corpus({"a": ("Plover Group made a loss. Its label Plover Records signed the band. Plover said sales fell.",
                               [("Plover Group", "ORG"), ("Plover Records", "ORG"), ("Plover", "ORG")])})
    assert canonical_of(got, "Plover") != ["Plover Records"]


def test_a_surname_listed_with_a_firm_before_its_namesake_is_introduced_is_the_firm() -> None:
    text = ("Bookmaker Hillcrest said profits rose. Rivals Ladbrook and Coralie have also installed the machines. Analyst "
            'Rachel Coralie, of Numis, said the figures were good. "It was a strong year," said Ms Coralie.')
    got = merged_corpus({"a": (text, [("Hillcrest", "ORG"), ("Ladbrook", "ORG"), ("Coralie", "PERSON"), ("Rachel Coralie", "PERSON"),
                                      ("Numis", "ORG"), ("Ms Coralie", "PERSON")])})
    assert label_of(got, "Coralie") == ["ORG"]
    assert canonical_of(got, "Ms Coralie") == ["Rachel Coralie"]


def test_a_surname_in_a_list_of_firms_before_its_namesake_is_introduced_is_the_firm() -> None:
    text = ("Kestrel Mobile has signed its millionth customer. It faces competition from the big networks, Vodafone, O2, "
            "Plumtree and T-Mobile. \"Kestrel has done "
            'well," said telecoms analyst Peter Plumtree, of Pilgrim Research. Mr Plumtree said prices were falling.')
    got = merged_corpus({"a": (text, [("Kestrel Mobile", "ORG"), ("Vodafone", "ORG"), ("O2", "GPE"), ("Plumtree", "PERSON"),
                                      ("T-Mobile", "ORG"), ("Kestrel", "ORG"), ("Peter Plumtree", "PERSON"),
                                      ("Pilgrim Research", "ORG"), ("Mr Plumtree", "PERSON")])})
    assert label_of(got, "Plumtree") == ["ORG"]
    assert canonical_of(got, "Mr Plumtree") == ["Peter Plumtree"]


def test_a_club_a_manager_joined_from_is_an_organisation_in_an_article_about_sport() -> None:
    text = ("Liverpool won the European Cup on penalties after a 3-3 draw. The Spaniard joined from Valdoria last summer. "
            "Manager Rafael Benitez, in charge at Valdoria until June, said the fans had won the final.")
    got = merged_corpus({"a": (text, [("Liverpool", "ORG"), ("European Cup", "EVENT"), ("Valdoria", "PERSON"), ("Rafael Benitez", "PERSON"),
                                      ("Valdoria", "PERSON")])})
    assert label_of(got, "Valdoria") == ["ORG", "ORG"]


def test_joined_from_a_person_named_in_no_sport_article_keeps_the_model_s_label() -> None:
    text = "The singer joined from Valdoria's old band last year. Valdoria said the album was finished."
    got = merged_corpus({"a": (text, [("Valdoria", "PERSON"), ("Valdoria", "PERSON")])})
    assert label_of(got, "Valdoria") == ["PERSON", "PERSON"]


def test_a_club_the_club_list_gives_apart_does_not_fold_into_a_longer_club_of_its_town() -> None:
    text = ("Rangers won the league. Novo, signed from Dundee last summer, said it was why he came. Celtic still have the "
            "Scottish Cup final against Dundee United on Saturday.")
    got = merged_corpus({"a": (text, [("Rangers", "ORG"), ("Novo", "PERSON"), ("Dundee", "ORG"), ("Celtic", "ORG"),
                                      ("Dundee United", "ORG")])})
    assert canonical_of(got, "Dundee") == ["Dundee"]
    assert context.other_club("Dundee", "Dundee United") and not context.other_club("Shrewsbury", "Shrewsbury Town")
    assert not context.other_club("Leicester", "Leicester Tigers")  # a short spelling of Leicester City, also the rugby club's town
