"""Recovery of names the small model left untagged or glued to other words, within one article.

- a surname or first name of a person named in the article, left untagged (also after a possessive, "Kodak's Giles", a
  capitalised word and a comma, "In Quebec, Peladeau said", a sentence opener, "Nevertheless Mason thinks", or a month,
  "In October King cut", and, though the word is also written in lower case, before "is/was/has/says/will" where the
  article names or addresses its bearer first: "Page is in charge", '"Jobs is betting' beside "Mr Jobs", or before "and"
  and another lone name of the article's people: "Page and Brin remain in charge", or a partner of them named in full:
  "Page and fellow co-founder Sergey Brin"), becomes a PERSON mention, unless it comes before the person's full name and the article names a place or organisation with the
  word ("Orange and Vodafone ..." before "Emma Orange", beside the firm "Orange"; a headline "Okafor wins" is the person);
- a short form of one of the article's companies, left untagged ("Ionic" of "Ionic Industries Inc", "ConAgra", "APL", also
  of a firm ending in a trade word of `data/org_heads.txt`: "Lionhead" of "Lionhead Studios", "Pure" of "Pure Digital",
  "Willis Faber" of "Willis Faber Plc", "Heck's" of "Heck's Inc"), becomes an ORG mention, unless the word is also written in lower case or is a first name, title, institution word or place;
  so does the first word of the article's one two- or three-word company of any kind (a "the" spanned with it aside: "the
  Nationwide Building Society"), when no list word (given name,
  town, nationality, place) and written alone before a verb or a comma ("Nationwide has fought off" of "Nationwide
  Building Society"; not "Federal funds");
- an owner's possessive glued in front of such a surname ("Greenwell's Brown", also in a work-of-art span) is cut off;
- a peerage title and a name left untagged ("Lord Plumb, European Parliament President") become a PERSON mention;
- an acronym the article spells out in brackets after an ORG ("... Corporation (IFC)"), left untagged, becomes an ORG mention;
- an ORG span listing names whose last is such a surname ("Nickles, Symms") is split;
- an ORG span that names a person is PERSON: a first name, a middle initial and a surname ("Russell T Davies"), a full
  name whose first name the article gives after Sir or Dame ("Philip Green" beside "Sir Philip"), or a given name and a
  surname the article calls Mr, makes speak or describes with "who" or "whose" ("Lennox Lewis" beside "Lewis, who
  watched"; not a club's nickname, "Palace, who"), also after initials ("JP McManus" beside "McManus, whose"); a DATE span that is a surname of the article's people is that person ("Merton, a
  regular"), never a month or a day;
- an ORG span of a listed given name and a surname joined by "and" to a person named in full is a person ("Cristiano
  Ronaldo and Quinton Fortune on target"), unless either is owned or owns, a name follows it, its surname is an
  organisation or team word, or the article tags it an organisation elsewhere;
- a curated organisation alias left untagged ("Man Utd", "Lib Dems", `data/name_aliases.csv`) becomes an ORG mention, and so
  does a curated long form left untagged or tagged only in part ("Evening Standard", "British and [Irish Lions]",
  `data/org_short_forms.csv`);
- a press nickname ("Wazza", "Big Sam", `data/press_nicknames.csv`) where the article names a person of the surname it
  stands for in full is a PERSON mention, tagged or not;
- a curated short form (`data/org_short_forms.csv`) left untagged is an ORG mention where its article spells out its long
  form ("Queen's will be followed by Wimbledon" beside Queen's Club), never inside a longer name, and a possessive one
  only where it owns nothing (`missed_short_forms`).
Across a corpus (`corpus_surnames`, `corpus_surname_spans`): an untagged use of a surname that other articles give a person
in full is that person, unless other labels hold the word in at least a quarter as many articles (`HELD_RATIO`: "Morgan"
beside Morgan Stanley stays a word; one story tagging "Geldof" a firm no longer hides him); `surname_evidence` counts
articles per part of a corpus, and the parts add up. A one-word mention of such a surname that the model tagged a firm, a
place, a building or a nationality, in an article that names no one of it, is that person too (`corpus_surname_labels`:
"Lampard scored the fourth", tagged ORG, where thirty other stories name Frank Lampard), unless the article reads the word
as a firm, a shop, a ground, a place or part of a longer name. An acronym of three to six capitals that some article tags
an organisation and spells out in brackets after the name it initials is an ORG mention wherever another article leaves
it untagged (`spelled_acronyms`: "The OFT had called for", where another story wrote "Office of Fair Trading (OFT)").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from helpers.entities.repair import RepairRules

from helpers.entities import context
from helpers.entities.context import VENUE_AFTER
from helpers.entities.companies import CAPITALS_NAME, SPELLED_OUT, VERB_AFTER, bracket_fits, camel_initials, ending_free, initials
from helpers.entities.people import ADDRESSED, CALENDAR, OWNED_END, openers, opens_sentence, written_lower  # CALENDAR: months and days
from helpers.entities.untagged import replace
from helpers.text import data_lines, data_records

OTHER_NAME_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
KNIGHT = re.compile(r"(?<![\w-])(?:Sir|Dame) ([A-Z][a-z]+)(?![\w-])")  # "Sir Philip": a knight called by the first name
INITIALLED = re.compile(r"([A-Z][a-z]+) [A-Z]\.? [A-Z][a-z][\w'-]+")  # "Russell T Davies"
WHO = re.compile(r"(?<![\w.&'-])([A-Z][a-z][\w'-]+)(?:,? who(?:se)?\b|, \d{1,3},(?=\s)|,? (?:better|also) known as\b"
                 r"|, the (?:former |ex-)?(?:[a-z]+ )?(?:singer|star|actor|actress|model|presenter|player|captain|champion|minister)\b)")
# "Ferdinand, who has been linked", "Price, 26,", "Price, better known as Jordan", "Piper, the former pop singer": a person
FIRM_LIKE_NOUNS = frozenset({"owner", "founder", "rival", "rivals", "investor", "investors", "producer", "publisher", "agent", "broker",
                             "trader", "shareholder", "shareholders", "driver", "lock", "wing", "centre", "critics", "fans", "supporters",
                             "residents", "campaigners", "analysts", "brothers", "sisters", "cousins", "twins", "editor", "boss",
                             "organiser", "organizer", "promoter", "breeder", "star", "champion", "victim", "survivor", "newcomer"})
# nouns of `data/person_nouns.txt` that also describe a firm, a team or a thing ("Penguin, the publisher", "Chelsea, the champions")


@lru_cache(maxsize=1)
def apposed_person() -> re.Pattern:
    """A capitalised word followed by ", the" and a noun only people are (`data/person_nouns.txt` but FIRM_LIKE_NOUNS):
    "Jenkins, the prop from Pontypridd", "Harris, the former jockey"."""
    nouns = sorted(context.word_lists()["person_nouns"] - FIRM_LIKE_NOUNS, key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w.&'-])([A-Z][a-z][\w'-]+), the (?:former |ex-)?(?:[a-z]+ )?(?:" + "|".join(map(re.escape, nouns)) + r")\b")


STARRING = re.compile(r"\b(?:starring|co-starring|played by|voiced by|directed by|named after)\s+"
                      r"(?:[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?(?:and|,)\s+)?$")
SAYS_PERSON = re.compile(r",? (?:said|says|added|admitted) (?:he|she)\b|,? who\b")  # "Christie said he", "Christie, who": no firm
HE_NEXT = re.compile(r" [a-z][^.!?\"“”]*[.!?]\s+(?:He|She)\s")  # "Saatchi paid £50,000 for the shark. He made his fortune": a person
SPEAKING = re.compile(r"(?<![\w.&'-])([A-Z][a-z][\w'-]+)(?=,? (?:said|says|told|added|admitted)\b)")  # "Mourinho said"
AFTER_CAPITAL = re.compile(r"[A-Z][\w'-]* $")  # the end of a capitalised word and a space: "Clarence " of "Clarence House said"
POSSESSIVE = OWNED_END  # a possessive ending a span: "Eriksson's", "Jones'"
NAME_WORD = re.compile(r"[\w'’-]+")  # a word of a mention, as `corpus_surnames` reads it
SUBJECT_VERB = re.compile(r"\s+(?:is|was|has|says|will)\b")  # "Page is in charge": the name is a sentence's subject
BARE_PAIR = re.compile(r"(?<![\w.&'-])([A-Z]{2})(?![\w&'-])(?!\s+[A-Z])")  # "BT" alone, not "JP McManus"
CAPITALS = re.compile(r"(?<![\w.&-])[A-Z]{3,6}(?![\w&-])")  # a bare acronym: "NFU president"
LISTED_PLACE_LABELS = ("GPE", "NORP", "LOC")  # a place or a nationality (repair: what a one-word "person" listed beside one becomes)
TOKEN = re.compile(r"(?<![\w-])[\w-]+")
STANDS_ALONE = (r"(?=['’]s\b|[,.;:]|\s+(?:has|had|have|is|was|were|are|said|says|will|would|could|can|may|also|agreed|reported|"
                r"announced|plans|shares|chief|chairman)\b)")  # "Nationwide has", "Farmers, with": a name; not "Federal funds"
ALONE_WORD = re.compile(r"(?<![\w-])([A-Z][\w'’&-]*)(?![\w-])" + STANDS_ALONE)
SHORT_WORD = re.compile(r"[A-Z][a-z]+['’]s|[A-Z][a-z]{2,}|[A-Z][a-z]+(?:[A-Z][a-z]+|-[A-Z][a-z]+)+|[A-Z]{2,5}|[A-Z]{2,4}[a-rt-z]")  # "Ionic", "ConAgra", "Kent-Moore", "APL", "SCi"


def surnames(text: str, ents: list[list], rules: RepairRules | None = None) -> set[str]:
    """Last words of the multi-word person names of one article ("Ben Love" -> "Love")."""
    out = set()
    for s, e, lab in ents:
        words = [w for w in POSSESSIVE.sub("", text[s:e]).split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
        if lab == "PERSON" and len(words) > 1 and re.fullmatch(r"(?:[A-Z][a-z]|[A-Z]['’][A-Z])[\w'’-]+", words[-1]) and "of" not in words:
            out.add(words[-1])  # also "O'Leary"; not the see of "Archbishop of Canterbury", a style
    return out


PET_FORM = re.compile(r"(?<![\w'’&.-])([A-Z][a-z]{3,})(?:ie|y|o|a)(?![\w'’-])")  # "Straussy", "Goughie", "Monty"


def pet_spans(text: str, ents: list[list], names: set[str]) -> list[list]:
    """PERSON spans for untagged pet forms of the article's surnames (`names`): its first four letters or more and -ie, -y,
    -o or -a ("Straussy" of Strauss, "Monty" of Montgomerie), when exactly one surname fits and the word is never written
    in lower case in the article."""
    if not names:
        return []
    taken = [(s, e) for s, e, _ in ents]
    out = []
    for m in PET_FORM.finditer(text):
        fits = [n for n in names if n.startswith(m.group(1)) and n != m.group(0)]
        if len(fits) == 1 and not any(a < m.end() and m.start() < b for a, b in taken) and m.group(0).lower() not in text:
            out.append([m.start(), m.end(), "PERSON"])
    return out


def surname_evidence(texts: Iterable[str], labels: Iterable[str], docs: Iterable[str] | None = None) -> tuple[Counter, set[str], Counter]:
    """(surnames, full names, other words) of some mentions: the last words of person names of two or more words, with the
    number of articles naming such a person; those names; and the words of mentions of another label, with the number of
    articles holding them, except a one-word organisation of an article (`docs`) that names a person with that surname
    ("Geldof" tagged ORG beside Bob Geldof is the man misread, not a firm; "English" tagged a nationality stays a word), a
    one-word building, product, work or event (the model's guesses at a surname: "Mourinho" tagged FAC), and a name of
    another label that is some person's full name in the same mentions or another part's ("Roman Abramovich" tagged
    ORG): `other words` keeps those as "name\x1fwords" for `corpus_surnames` to check. An article lies in one part of a
    corpus, so the parts' counts add up."""
    full, names, bearers, others = set(), set(), defaultdict(set), []
    for text, label, doc in zip(texts, labels, docs if docs is not None else itertools.count()):  # no articles: each mention its own
        words = POSSESSIVE.sub("", text).split()
        if label == "PERSON" and len(words) > 1 and re.fullmatch(r"(?:[A-Z][a-z]|[A-Z]['’][A-Z])[\w'’-]+", words[-1]) and re.search(
                r"[aeiouy]", words[-1], re.I) and "of" not in words:  # not "Dlr" of "H.K. Dlr", a dollar, nor a style's see
            full.add(words[-1])
            names.add(" ".join(words))
            bearers[doc].add(words[-1])
        elif label != "PERSON":
            others.append((doc, label, NAME_WORD.findall(text), " ".join(words)))
    other: dict[str, set] = defaultdict(set)
    for doc, label, found, name in others:
        if len(found) == 1 and (label == "ORG" and found[0] in bearers[doc] or label in GUESSED_LABELS):
            continue
        for key in ({f"{name}\x1f{w}" for w in found} if len(found) > 1 else set(found)):
            other[key].add(doc)
    borne = Counter(w for held in bearers.values() for w in held)
    return Counter({w: borne[w] for w in full}), names, Counter({key: len(held) for key, held in other.items()})


GUESSED_LABELS = ("FAC", "PRODUCT", "WORK_OF_ART", "EVENT")  # labels the model gives a surname it does not know as a person's
HELD_RATIO = 4  # a surname stays unknown when other labels hold it in a quarter as many articles as name a person of it, or more


def corpus_surnames(texts: Iterable[str], labels: Iterable[str], docs: Iterable[str] | None = None) -> frozenset[str]:
    """Last words of a corpus's person names of two or more words that mentions of another label rarely hold ("Geldof" of
    "Bob Geldof"; not "Morgan" beside "Morgan Stanley"; a one-word mention beside its bearer aside, `surname_evidence`):
    the surnames `corpus_surname_spans` looks for."""
    return known_surnames(*surname_evidence(texts, labels, docs))


def known_surnames(full: Counter, names: set[str], other: Counter) -> frozenset[str]:
    """The surnames of `surname_evidence` (summed over parts) that words of another label hold in fewer than a
    `HELD_RATIO`th as many articles as name a person of them, a person's full name tagged otherwise aside: one article
    that tags "Geldof" a firm, of 3,000, no longer hides the Geldof ten others name in full."""
    held: Counter = Counter()
    for key, n in other.items():
        if "\x1f" not in key or key.split("\x1f")[0] not in names:
            held[key.split("\x1f")[-1]] += n
    return frozenset(w for w, n in full.items() if HELD_RATIO * held[w] < n)


def corpus_surname_spans(text: str, ents: list[list], rules: RepairRules, known: frozenset[str]) -> list[list]:
    """Spans for the untagged uses of surnames the corpus gives a person in full elsewhere (`corpus_surnames`), in an
    article that never names that person in full ("Geldof, who is organising the concerts"), with the guards of
    `missed_surnames`; never a given name ("Rose" of Justin Rose), a nationality ("English"), a word after "the" ("the King")
    nor one listed with a name of another label that is no such surname ("O2, Orange and T-Mobile" beside a Paul Orange);
    one before a match score is a team (ORG: "Arsenal beat Charlton 3-1", `team_score`). `known` may also hold the corpus's
    spelled-out acronyms (`spelled_acronyms`, all capitals, never a surname): their untagged uses are ORG spans."""
    nations = context.word_lists()["nationalities"] | {"English"}  # "speak fluent English" is no Tom English of another story
    # ("English" is no prefix of `data/name_prefixes.csv`, for Glenn English, but a language and a nationality all the same)
    present = {w for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]+", text) if w in known and w not in rules.given_names and w not in nations}
    shorts = acronym_spans(text, ents, known) if any(CAPITALS.fullmatch(w) for w in present) else []  # "OFT": an acronym
    present = {w for w in present if not CAPITALS.fullmatch(w)}
    found = missed_surnames(text, ents, rules, present - surnames(text, ents, rules)) if present else []
    found = [span for span in found if not re.search(r"\b(?:the|The)\s+$", text[max(0, span[0] - 5) : span[0]])]
    found = [[s, e, "ORG" if team_score(text, e) else lab] for s, e, lab in found]  # "Arsenal beat Charlton 3-1": the team
    if not found:
        return shorts
    listed = listed_with(text, ents + found, [lab != "PERSON" and text[s:e] not in known for s, e, lab in ents] + [False] * len(found))
    return [span for span, other in zip(found, listed[len(ents):]) if not other] + shorts


def spelled_acronyms(texts: Iterable[str], labels: Iterable[str], befores: Iterable[str], afters: Iterable[str]) -> frozenset[str]:
    """Acronyms of three to six capitals that some article of a corpus tags an organisation and spells out in brackets
    right after the name they initial ("the Office of Fair Trading (OFT)"): `corpus_surname_spans` finds their untagged
    uses in every article ("The OFT had called for", in a story that never spells it out). A set, so parts add up."""
    found = set()
    for text, label, before, after in zip(texts, labels, befores, afters):
        if label == "ORG" and CAPITALS.fullmatch(text) and before.endswith("(") and after.startswith(")"):
            words = before[:-1].split()
            if any(bracket_fits(text, " ".join(words[-n:])) for n in range(1, min(len(words), 8) + 1)):
                found.add(text)
    return frozenset(found)


def acronym_spans(text: str, ents: list[list], known: frozenset[str]) -> list[list]:
    """ORG spans for the untagged uses of the corpus's spelled-out acronyms (`spelled_acronyms`) in an article."""
    return [[m.start(), m.end(), "ORG"] for m in CAPITALS.finditer(text)
            if m.group() in known and not any(s < m.end() and m.start() < e for s, e, _ in ents)]


RELABELLED = ("ORG", "GPE", "LOC", "FAC", "NORP")  # labels the model gives a surname it does not know (`corpus_surname_labels`)


def corpus_surname_labels(text: str, ents: list[list], rules: RepairRules, known: frozenset[str]) -> list[list]:
    """`ents` with a one-word mention of another label relabelled PERSON when it is a surname the corpus gives a person in
    full (`corpus_surnames`) and the article names no one of it ("Lampard scored the fourth" tagged ORG, "such as Rooney"
    tagged GPE); never a possessive ("Sainsbury's"), a given name, a nationality, a founder's firm, a word of the article's
    longer names of another label ("Ford" beside "Ford Motor"), a word after "the", one used as a place or read as a firm,
    one before a match score (`team_score`: "Arsenal beat Charlton 3-1" beside a scrum-half Hall Charlton), nor one listed
    with a name of another label that is no such surname ("Topshop, Burton, Evans and Wallis": chains)."""
    if not known:
        return ents
    w = context.word_lists()
    firms = founder_firms()
    longer = {x for s, e, lab in ents if lab != "PERSON" and " " in text[s:e].strip() for x in NAME_WORD.findall(text[s:e])}
    bearers = surnames(text, ents, rules)
    firm_words = context.patterns()
    glued = {text[s:e] for s, e, lab in ents if lab in RELABELLED and text[s:e] in known and inside_name(text, text[s:e], rules)}
    cands = []
    for s, e, lab in ents:
        word = text[s:e]
        cands.append(lab in RELABELLED and word in known and not CAPITALS.fullmatch(word) and word not in bearers and word not in longer and word not in rules.person_titles
                     and word not in glued and not context.OWNED_BEFORE.search(text, max(0, s - 16), s) and not BELONGS_AFTER.match(text, e)
                     and not given(word, rules) and word not in w["nationalities"] and word not in firms and not OWNS.match(text, e)
                     and not re.search(r"\b(?:the|The)\s+$", text[max(0, s - 5) : s]) and not NEXT_CAPITAL.match(text, e)
                     and not context.place_use(text, s, e) and not context.named_area(text, s, e) and not team_score(text, e)
                     and not firm_words["company_before"].search(text, max(0, s - 30), s) and not firm_words["company_after"].match(text, e)
                     and not context.company_reading(text[e : e + 60]) and not context.shop_reading(text[max(0, s - 40) : s], text[e : e + 40]))
    not_people = listed_with(text, ents, [lab != "PERSON" and not cand for (_, _, lab), cand in zip(ents, cands)])
    return [[s, e, "PERSON" if cand and not listed else lab] for (s, e, lab), cand, listed in zip(ents, cands, not_people)]


ONE_SCORE = re.compile(r"\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\b(?![-–])(?!,?\s+\(?\d{1,2}\s*[-–]\s*\d)")  # "3-1", not "6-4 6-3"


def team_score(text: str, end: int) -> bool:
    """True when one match score follows a name ("Arsenal beat Charlton 3-1"): a team, which a tennis player's sets
    ("beat Federer 6-4 6-3", "won 7-5") are not."""
    m = ONE_SCORE.match(text, end)
    return m is not None and max(int(m.group(1)), int(m.group(2))) not in (6, 7)


OWNS = re.compile(r"['’]s?(?![\w'’])")  # a possessive right after a name: "Lord's", "O'Neill's" (a ground, a pub chain)
BELONGS_AFTER = re.compile(r"\s+belongs\s+to\b")  # "Bentley belongs to Volkswagen"
LIST_JOIN = re.compile(rf"(?:{context.LIST_GAP.pattern})(?:[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*(?:{context.LIST_GAP.pattern}))*"
                       r"(?:[A-Z][\w'’&-]*\s+)?")  # what joins two items of a list (`context.LIST_GAP`), also around an
# untagged item or word ("Dorothy Perkins, Miss [Selfridge] and Evans")
NAME_GOES_ON = re.compile(r" (?:\d+|[A-Z][a-z]+)(?![\w'’-])")  # a number or a capitalised word right after: "Halo 2"
NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*|\d+(?:st|nd|rd|th))(?: of)? $")  # "20th Century ", "A Spoonful of "


def inside_name(text: str, word: str, rules: RepairRules) -> bool:
    """True when the article writes `word` after a capitalised word (not a title, a given name or a sentence's first word)
    or a capitalised word and "of", or before a number or a capitalised word: part of a longer name ("20th Century Fox",
    "A Spoonful of Sugar", "the Lib Dems", "Halo 2")."""
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text):
        if NAME_GOES_ON.match(text, m.end()):
            return True  # "Halo 2", "Ferguson Shipbuilders"
        prev = NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if prev is None:
            continue
        first = prev.group(1)
        opener = opens_sentence(text, prev.start(1)) and " " not in prev.group(0).strip()  # "Earlier, Trescothick", "The"
        if first not in rules.person_titles and not given(first, rules) and not opener and first.lower() not in rules.common_words:
            return True
    return False


def listed_with(text: str, ents: list[list], marked: list[bool]) -> list[bool]:
    """For each mention, True when it stands in one list with a `marked` one (mentions joined by commas, "and" or "or": in
    "Topshop, Burton, Dorothy Perkins, Evans and Wallis", beside the chains Topshop and Burton, Evans is a chain)."""
    order = sorted(range(len(ents)), key=lambda i: (ents[i][0], ents[i][1]))
    out = [False] * len(ents)
    run: list[int] = []
    for i in order + [None]:
        if i is not None and run and LIST_JOIN.fullmatch(text, ents[run[-1]][1], ents[i][0]):
            run.append(i)
            continue
        if any(marked[k] for k in run):
            for k in run:
                out[k] = True
        run = [i] if i is not None else []
    return out


@lru_cache(maxsize=1)
def founder_firms() -> dict[str, frozenset[str]]:
    """Firms and teams named after a founder, with the founders' full names (`data/founder_firms.csv`: "Dell" -> Michael Dell)."""
    founders: dict[str, set[str]] = defaultdict(set)
    for r in data_records("founder_firms.csv"):
        founders[r["firm"]].add(r["founder"])
    return {k: frozenset(v) for k, v in founders.items()}


KNIGHTED = frozenset({"Sir", "Dame"})  # titles written with the given name alone ("Sir Alex", "Dame Cicely")


def given_names(text: str, ents: list[list], rules: RepairRules) -> set[str]:
    """First words of the article's two- and three-word person names ("Rose" of "Rose Tyler", "Sven" of "Sven-Goran
    Eriksson", "Cicely" of "Dame Cicely Saunders"), unless a title, a common word, an organisation word or a word of one of its other names ("Chelsea")."""
    others = {w for s, e, lab in ents if lab != "PERSON" for w in re.findall(r"[\w'-]+", text[s:e])}
    out = set()
    for s, e, lab in ents:
        words = POSSESSIVE.sub("", text[s:e]).split()
        words = words[1:] if len(words) == 3 and words[0] in KNIGHTED else words  # "Cicely" of "Dame Cicely Saunders"
        if lab == "PERSON" and len(words) in (2, 3) and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", words[0]):
            first = words[0].split("-")[0]
            if not (first in rules.person_titles or first.lower() in rules.common_words or first in rules.org_words or first in others):
                out.add(first)
    return out


def introductions(text: str, ents: list[list]) -> dict[str, int]:
    """Where the article first names each surname's person in full (start of the first multi-word PERSON span ending in it)."""
    out: dict[str, int] = {}
    for s, e, lab in sorted(ents):
        words = POSSESSIVE.sub("", text[s:e]).split()
        if lab == "PERSON" and len(words) > 1:
            out.setdefault(words[-1], s)
    return out


CAPITALISED = re.compile(r"(?<![\w.&'-])[A-Z][\w'’&-]*")  # a capitalised word, with its possessive or hyphenated parts
NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
WORD_GOES_ON = re.compile(r"[\w&-]")


def name_uses(text: str, names: set[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each use of one of `names` as a whole word, not part of a hyphenated or longer capitalised
    name ("Smith" in "Smith's", not in "Smith-Jones" nor "Smith Barney"), in text order; one scan of the text for
    one-word names, a regex for longer ones."""
    single = {n for n in names if " " not in n}
    out = []
    for m in CAPITALISED.finditer(text):
        word = m.group()
        name = word if word in single else POSSESSIVE.sub("", word)
        if name in single:
            end = m.start() + len(name)
            if not NEXT_CAPITAL.match(text, end) and not WORD_GOES_ON.match(text, end):
                out.append((name, m.start(), end))
    longer = sorted((n for n in names if " " in n), key=lambda n: (-len(n), n))
    if longer:
        pattern = r"(?<![\w.&'-])(" + "|".join(map(re.escape, longer)) + r")(?![\w&-])(?!\s+[A-Z])"
        out += [(m.group(1), m.start(), m.end()) for m in re.finditer(pattern, text)]
    return sorted(out, key=lambda u: u[1])


def missed_surnames(text: str, ents: list[list], rules: RepairRules, names: set[str] | None = None, label: str = "PERSON",
                    owned: bool = True) -> list[list]:
    """`label` spans for lone surnames of the article's people (`names`, else found in `ents`) that the model left untagged
    (with label ORG: the companies' short forms, never where the word is also written in lower case); after an owner's
    possessive only when `owned` ("Kodak's Giles said", but not the first name of "Asda's George label"); never a possessive
    after "at" that owns nothing, a ground or a shop ("at Lord's on 21 July"); a surname that is the town of the article's club
    ("Coventry" beside Coventry City and Rob Coventry) is the town (GPE), which the context may make the club, unless it speaks;
    so is one used as a place ("the village of Hope" beside Margaret Hope, "expected in Chester")."""
    names = surnames(text, ents, rules) if names is None else names
    if not names:
        return []
    taken = [(s, e) for s, e, _ in ents]
    introduced = introductions(text, ents) if label == "PERSON" else {}
    elsewhere = {w for s, e, lab in ents if lab != "PERSON" for w in re.findall(r"[\w'-]+", text[s:e])}  # "Orange", "Windsor Castle"
    towns = {text[s:e].split()[0] for s, e, lab in ents if lab in ("ORG", "GPE") and text[s:e].count(" ") == 1
             and text[s:e].split()[-1] in context.word_lists()["club_suffixes"]}  # "Coventry" of "Coventry City"
    lower: dict[str, bool] = {}  # name -> the article also writes it in lower case
    out = []
    for name, s, e in name_uses(text, names):
        if any(a < e and s < b for a, b in taken):
            continue
        prev = re.search(r"(\S+)\s*$", text[max(0, s - 40) : s])
        if s < introduced.get(name, 0) and name in elsewhere and not (prev and prev.group(1) in rules.person_titles):
            continue  # "Orange and Vodafone ..." before the article introduces Emma Orange and beside the firm Orange
        at_start = prev is None or prev.group(1)[-1] in ".\n\"'" or "\n" in prev.group(0)  # also after a line: "Bolton 0-2 Chelsea\n\nLampard"
        owner = owned and prev is not None and prev.group(1).endswith(("'s", "’s"))  # "Kodak's Giles said"
        listed = prev is not None and prev.group(1)[-1] in ",;:"  # "In Quebec, Peladeau said"
        at = max(0, s - 40) + prev.start(1) if prev else 0  # where the word before the name starts
        opener = prev is not None and prev.group(1).lower() in openers() and opens_sentence(text, at)
        dated = prev is not None and prev.group(1) in CALENDAR and not opens_sentence(text, at)  # "In October King cut the dividend"
        if prev and prev.group(1)[0].isupper() and not (at_start or owner or listed or opener or dated) and prev.group(1) not in rules.person_titles and (
                not context.person_noun_before(text, s) or prev.group(1).endswith("s")):  # "Owner Abramovich, who": a noun
            # for one person opening the sentence (not "Rivals Orange and O2")
            continue
        if label == "PERSON" and prev and prev.group(1) == "at" and VENUE_AFTER.match(text, e):
            continue  # "begins at Lord's on 21 July", "queued at Sainsbury's.": a ground or a shop
        speaks = (label == "PERSON" and (re.match(r"\s+(?:said|says|told|added|estimated|noted)\b", text[e : e + 12])
                                         or context.WHO_AFTER.match(text, e) is not None)  # "Page, who is president"
                  and not PREPOSITION_BEFORE.search(text, max(0, s - 8), s))  # not "People in Ince told me": no subject follows "in"
        if label == "PERSON" and not speaks and (context.place_use(text, s, e) or context.named_area(text, s, e)):
            out.append([s, e, "GPE"])  # "the village of Hope" beside Margaret Hope, "took the Ince ward" beside Paul Ince: the place
            continue
        if label == "PERSON" and not speaks and SUBJECT_VERB.match(text, e) and (
                introduced.get(name, len(text)) < s or name in addressed_names(text)):
            speaks = True  # '"Jobs is betting' beside "Mr Jobs", "Page is in charge" after Larry Page: the person, though "jobs" is a word
        if label == "PERSON" and not speaks and ((pair := AND_NAME.match(text, e)) or (pair := AND_FULL_NAME.match(text, e))) and (
                pair.group(1) in names and pair.group(1) != name and introduced.get(name, len(text)) < s):
            speaks = True  # "Page and Brin remain in charge" after Larry Page and Sergey Brin: the pair, though "page" is a word
        if (at_start and not speaks or label == "ORG") and written_lower(name, text, lower):
            continue  # "Young people ..." opens a sentence with a word, not a name
        out.append([s, e, "GPE" if label == "PERSON" and name in towns and not speaks else label])  # the town or its club, not Rob Coventry
    return out


AND_NAME = re.compile(r"\s+and\s+([A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])")  # " and Brin": another lone name after the name
AND_FULL_NAME = re.compile(r"\s+and\s+(?:(?:fellow|co-founder|founder|partner|colleague)\s+){1,2}[A-Z][\w'’-]+\s+([A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])")
# " and fellow co-founder Sergey Brin": another of the article's people named in full after a noun for a partner
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|around|outside)\s+$")  # a place preposition right before a name


def addressed_names(text: str) -> set[str]:
    """Surnames the article writes after Mr, Mrs, Ms, Miss or Dr ("Mr Jobs")."""
    return set(ADDRESSED.findall(text))


def bare_pairs(text: str) -> set[str]:
    """Pairs of capitals the article writes alone, not before a capitalised word ("BT said"): acronyms, no initials."""
    return set(BARE_PAIR.findall(text))


def speakers(text: str) -> set[str]:
    """Capitalised words that say something alone ("Mourinho said"), not as the end of a longer name ("Clarence House said")."""
    return {m.group(1) for m in SPEAKING.finditer(text) if not AFTER_CAPITAL.search(text, max(0, m.start() - 30), m.start())}


def given(word: str, rules: RepairRules) -> bool:
    """True when `word`, or the first part of a hyphenated one ("Sven" of "Sven-Goran"), is a listed given name."""
    first = word.split("-")[0]
    return first in rules.first_names or first in rules.given_names


def people_tagged_as_orgs(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """ORG spans that name a person: a first name, a middle initial and a surname ("Russell T Davies", also tagged a work
    or a product when the first name is a listed given name), a full name whose
    first name the article gives after Sir or Dame ("Philip Green" beside "Sir Philip"), or a first name and a surname
    that the article calls Mr, Mrs, Ms or Dr, makes speak or describes ("Vincent Cable" beside "Mr Cable", "Jose Mourinho's"
    beside "Mourinho said", "Lennox Lewis" beside "Lewis, who", "Billie Piper" beside "Piper, the former pop singer" or
    "Price, 26,") or that follows "starring", "played by", "directed by" or "named after" ("starring Chiwetel Ejiofor",
    "named after Joseph Cyril Bamford") or a noun for people ("retail billionaire Philip Green", tagged ORG), when no person
    of the article has that surname (not "John Lewis" beside Martin Lewis), or that Sir or Dame opens ("Dame Yve Buckland"); a person's surname that speaks as one
    ("Christie said he", "Christie, who") beside no organisation holding the word, or that opens a sentence followed by one
    opening with "He" or "She" ("Saatchi paid £50,000 for the shark. He made his fortune"); also a two-word place span opening with a given name whose surname the article so addresses, describes (also with a noun for
    people: "Jenkins, the prop from Pontypridd", `apposed_person`) or tags alone as a person ("Rio Ferdinand" beside
    "Ferdinand, who", "Gethin Jenkins" beside "Jenkins charged down")."""
    knights = set(KNIGHT.findall(text))
    addressed = addressed_names(text) | speakers(text)
    described = (set(WHO.findall(text)) | set(apposed_person().findall(text))) - set(context.club_nicknames())  # not "Palace,
    # who" of Crystal Palace
    bearers = {POSSESSIVE.sub("", text[s:e]).split()[-1] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e].strip()
               and text[s:e].split()[0] not in rules.name_titles}  # "Lord Bragg" is no namesake of "Melvyn Bragg's", tagged GPE
    alone = {POSSESSIVE.sub("", text[s:e]) for s, e, lab in ents if lab == "PERSON" and " " not in text[s:e].strip()}
    out = []
    for s, e, lab in ents:
        name = text[s:e]
        words = POSSESSIVE.sub("", name).split()
        proper = all(re.fullmatch(r"[A-Z][a-z][\w'-]*", w) for w in words)
        initialled = INITIALLED.fullmatch(name)
        person = lab in OTHER_NAME_LABELS and initialled is not None and given(initialled.group(1), rules) or lab == "ORG" and (
            initialled is not None
            or len(words) == 2 and re.fullmatch(r"[A-Z]{2}", words[0]) and re.fullmatch(r"[A-Z][a-z][\w'-]*", words[1])
            and words[1] in addressed_names(text) | described and words[1] not in bearers and words[0] not in bare_pairs(text)  # "JP McManus" beside "McManus, whose"
            or len(words) in (2, 3) and words[0] in knights and proper
            or len(words) == 3 and words[0] in ("Sir", "Dame") and proper and words[-1] not in rules.org_heads  # "Its chairman, Dame
            and words[-1] not in context.word_lists()["institution_nouns"] and not re.match(r"\s+[A-Z]", text[e : e + 2])  # Yve Buckland, said"
            or len(words) in (2, 3) and given(words[0], rules) and proper and words[-1] in addressed | described and words[-1] not in bearers
            or len(words) in (2, 3) and proper and STARRING.search(text, max(0, s - 30), s) is not None  # "starring Chiwetel Ejiofor and"
            or len(words) in (2, 3) and given(words[0], rules) and proper and words[-1] not in bearers and person_noun_only(text, s, rules)
        ) or lab in ("GPE", "LOC") and len(words) == 2 and proper and given(words[0], rules) and (
            words[-1] in addressed or words[-1] in described or words[-1] in alone) and words[-1] not in bearers  # "Rio Ferdinand" beside "Ferdinand, who"
        person = person or lab == "ORG" and len(words) == 1 and name in bearers and SAYS_PERSON.match(text, e) is not None and not any(
            lab2 == "ORG" and " " in text[s2:e2] and name in text[s2:e2].split() for s2, e2, lab2 in ents)  # "Christie said he" beside Tony Christie
        person = person or (lab == "ORG" and len(words) == 1 and name == text[s:e] and name in bearers and opens_sentence(text, s)
                            and HE_NEXT.match(text, e) is not None)  # "Saatchi paid £50,000 for it. He made his fortune in advertising"
        person = person and not set(words) & (rules.org_suffixes | rules.org_words)
        out.append([s, e, "PERSON" if person else lab])
    return out


NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:([A-Z][\w'’&-]*) )?([A-Za-z]+) $")  # "retail billionaire ", "Mirror owner "


def person_noun_only(text: str, start: int, rules: RepairRules) -> bool:
    """True when a noun for people that is no noun for firms stands right before `start` ("retail billionaire Philip Green";
    not "publisher", which is both, nor a noun after a name: "Mirror owner Trinity Mirror")."""
    m = NOUN_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and context.person_noun_before(text, start) and m.group(2).lower() not in context.word_lists()["company_nouns"] and (
        m.group(1) is None or opens_sentence(text, m.start(1)) and m.group(1).lower() in rules.common_words)  # not "Mirror owner
    # Trinity Mirror": what a name owns is a firm's


PERSON_OF = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z][\w'’-]+) of (?:the )?(?=[A-Z])")  # "Simon Davies of Privacy International"


def people_of_orgs(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """An ORG span that opens with a given name, a surname and "of" ("Simon Davies of Privacy International") is that
    person and the organisation after "of" when the article calls the surname Mr, Mrs, Ms or Dr or makes it speak ("Mr
    Davies said"); never a surname that is an institution or company word."""
    addressed = addressed_names(text) | speakers(text)
    out = []
    for s, e, lab in ents:
        m = PERSON_OF.match(text, s, e) if lab == "ORG" else None
        if (m and m.end() < e and given(m.group(1), rules) and m.group(1).lower() not in rules.common_words
                and m.group(2) in addressed and m.group(2) not in rules.org_words | rules.org_suffixes):
            out += [[s, m.end(2), "PERSON"], [m.end(), e, "ORG"]]
        else:
            out.append([s, e, lab])
    return out


PAIRED = re.compile(r",?\s+and\s+")  # between the two names of a pair


def paired_people(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """An ORG span of a listed given name and a surname joined by "and" to a person named in full ("with Cristiano Ronaldo
    and Quinton Fortune on target") is a person too, unless its surname is a word of organisations or teams, a name goes
    on after it, also after a noun ("Stuart Rose and John Lewis boss Andy Street"), either is owned or owns ("Mike Leigh's
    Vera Drake and Martin Scorsese's The Aviator"), or the article tags it an organisation elsewhere."""
    spans = sorted(ents)
    org_elsewhere = Counter(text[s:e] for s, e, lab in spans if lab == "ORG")
    blocked = rules.org_words | rules.org_suffixes | rules.team_words | rules.org_heads
    people = set()
    for (s1, e1, l1), (s2, e2, l2) in zip(spans, spans[1:]):
        if not PAIRED.fullmatch(text, e1, s2) or {l1, l2} != {"PERSON", "ORG"}:
            continue
        (ps, pe), (os_, oe) = ((s1, e1), (s2, e2)) if l1 == "PERSON" else ((s2, e2), (s1, e1))
        person, org = text[ps:pe].split(), text[os_:oe].split()
        if (len(person) >= 2 and given(person[0], rules) and len(org) == 2 and given(org[0], rules)
                and all(re.fullmatch(r"[A-Z][a-z][\w'-]*", w) for w in org) and org[1] not in blocked
                and org_elsewhere[text[os_:oe]] == 1 and not re.search(r"['’]s?\s+$", text[max(0, os_ - 4) : os_])
                and not re.match(r"['’]", text[pe : pe + 1]) and not re.match(r"(?:['’]s?)?\s+(?!and\b|or\b)(?:[a-z]+\s+)?[A-Z]", text[oe : oe + 30])):
            people.add(os_)
    return [[s, e, "PERSON" if s in people else lab] for s, e, lab in ents] if people else ents


@lru_cache(maxsize=1)
def curated_orgs() -> tuple[str, ...]:
    """Curated organisation aliases that no other word spells ("Man Utd", "Lib Dems", "UKIP"; `data/name_aliases.csv`), longest first."""
    names = {r["alias"] for r in data_records("name_aliases.csv") if r.get("label") == "ORG"}
    return tuple(sorted((n for n in names if " " in n or n.isupper() and len(n) >= 3 or n[:1].isupper() and len(n) >= 5),
                        key=lambda n: (-len(n), n)))


def curated_spans(text: str, names: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Start and end of each use of the curated `names` in `text`, as a whole name (never part of a longer word)."""
    for name in names:
        if name in text:
            for m in re.finditer(r"(?<![\w.&'-])" + re.escape(name) + r"(?![\w&-])", text):
                yield m.span()


def missed_aliases(text: str, ents: list[list]) -> list[list]:
    """The article's entities plus ORG spans for the curated organisation aliases the model left untagged ("... says Man
    Utd", "the Lib Dems") or tagged as a work, product or event with no more than "The" and a possessive around them
    ("[The Lib Dems'] home affairs spokesman", "[The Lib Dems' Treasury] spokesman", tagged a work: the span gives way),
    or tagged only in part ("Man [Utd]")."""
    found = []
    for s, e in curated_spans(text, curated_orgs()):
        if not any(a < e and s < b for a, b, _ in found):
            found.append([s, e, "ORG"])
    wrapped = {i for i, (a, b, lab) in enumerate(ents) if lab in OTHER_NAME_LABELS
               and any(a <= s and e <= b and ALIAS_WRAP.fullmatch(text[a:s] + "|" + text[e:b]) for s, e, _ in found)
               or any(s <= a and b <= e and b - a < e - s for s, e, _ in found)}  # "Man [Utd]", its last word tagged a person
    kept = [ent for i, ent in enumerate(ents) if i not in wrapped]
    return kept + [span for span in found if not any(a < span[1] and span[0] < b for a, b, _ in kept)]


ALIAS_WRAP = re.compile(r"(?:[Tt]he )?\|(?:['’]s?(?: [A-Za-z][\w -]*)?)?")  # what a work span may hold around an alias: "The " before,
# "'" or "'s" after, and what the alias owns ("[The Lib Dems' Treasury] spokesman")


@lru_cache(maxsize=1)
def curated_short_forms() -> dict[str, tuple[str, ...]]:
    """Curated organisation short forms -> the spellings of their long form (`data/org_short_forms.csv`)."""
    return {r["short"]: tuple(r["long"].split("|")) for r in data_records("org_short_forms.csv")}


LONGER_NAME_BEFORE = re.compile(r"(?:\b(?!The\b)[A-Z][\w'’&-]*|\bof|\band|&)\s+$")  # "House of [Lords]", "Stella Artois [Queen's]"


def missed_short_forms(text: str, ents: list[list]) -> list[list]:
    """The article's entities plus ORG spans for the curated short forms (`data/org_short_forms.csv`) the model left
    untagged, in an article that spells out one of their long forms ("Queen's will be followed by Wimbledon" beside Queen's
    Club, "the Lords" beside the House of Lords); never inside a longer name, and a possessive short form only where it
    owns nothing ("Queen's" before "will", not "the Queen's speech")."""
    found = []
    for short, longs in curated_short_forms().items():
        if short not in text or not any(long in text for long in longs):
            continue
        for m in re.finditer(r"(?<![\w.&'’-])" + re.escape(short) + r"(?![\w&'’-])(?!\s+[A-Z])", text):
            s, e = m.span()
            if (any(a < e and s < b for a, b, _ in ents + found) or LONGER_NAME_BEFORE.search(text, max(0, s - 30), s)
                    or short.endswith(("'s", "’s")) and not (VENUE_AFTER.match(text, e - 2) or VERB_AFTER.match(text, e))):
                continue
            found.append([s, e, "ORG"])
    return sorted(ents + found, key=lambda x: (x[0], x[1])) if found else ents


@lru_cache(maxsize=1)
def curated_long_forms() -> tuple[str, ...]:
    """Long forms of two or more words, or of one word with capitals inside its lower case ("BSkyB"), of the curated
    organisation short forms (`data/org_short_forms.csv`), longest first."""
    names = {s for longs in curated_short_forms().values() for s in longs if " " in s or re.fullmatch(r"[A-Z]+[a-z]+[A-Z]\w*", s)}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def missed_long_forms(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each curated long form the model left untagged or tagged only in part ("Evening Standard
    journalist", "the British and [Irish Lions]") as one ORG span, the spans inside it dropped; one that a span crosses
    ("[the Office of Communications]") is left as the model tagged it."""
    found: list[list] = []
    for s, e in curated_spans(text, curated_long_forms()):
        if not any(a < e and s < b and not (s <= a and b <= e) for a, b, _ in ents) and not any(a < e and s < b for a, b, _ in found):
            found.append([s, e, "ORG"])
    if not found:
        return ents
    kept = [x for x in ents if not any(s <= x[0] and x[1] <= e for s, e, _ in found)]
    return sorted(kept + found, key=lambda x: (x[0], x[1]))


def label_uses(out: list[list], spans: dict[tuple[int, int], int], uses: Iterable[re.Match], label: str) -> None:
    """Each use as a `label` span of `out` (in place): a use that is a span of `out` (`spans`: its index) relabelled, an
    untagged one added, one overlapping another span left alone."""
    for m in uses:
        if (m.start(), m.end()) in spans:
            out[spans[(m.start(), m.end())]][2] = label
        elif not any(s < m.end() and m.start() < e for s, e, _ in out):
            out.append([m.start(), m.end(), label])


@lru_cache(maxsize=1)
def press_nicknames() -> dict[str, frozenset[str]]:
    """Press nickname -> the surnames it stands for (`data/press_nicknames.csv`: "Wazza" -> Rooney)."""
    found: dict[str, set[str]] = {}
    for r in data_records("press_nicknames.csv"):
        found.setdefault(r["nickname"], set()).add(r["surname"])
    return {nick: frozenset(names) for nick, names in found.items()}


def press_nickname_spans(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each use of a press nickname (`data/press_nicknames.csv`: "Wazza", "Big Sam") as a
    PERSON span, where the article names a person of the surname it stands for in full: untagged uses added, uses
    tagged a place or organisation relabelled ("Wazza" tagged a place); a use inside a longer name is left alone."""
    people = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and len(text[s:e].split()) > 1}
    out = [list(ent) for ent in ents]
    spans = {(s, e): i for i, (s, e, _) in enumerate(out)}
    for nick, names in press_nicknames().items():
        if nick not in text or not names & people:
            continue
        surname = "|".join(map(re.escape, sorted(names)))  # "Seb Coe", untagged: the nickname and the surname are one name
        label_uses(out, spans, re.finditer(r"(?<![\w&'-])" + re.escape(nick) + rf"(?: (?:{surname})(?![\w&'-]))?(?![\w&-])", text), "PERSON")
    return out


GLUED_WORD = re.compile(r"(?<![\w.'-])(?!The )[A-Z][\w.'-]* $")  # a capitalised word right before a nickname: "Leicester [Tigers]"


def nickname_spans(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each use of a club's nickname or short form (`context.nickname_club`: "the Gunners",
    "Spurs", "Palace") as an ORG span, in an article about sport naming exactly one of its clubs; the nickname's own
    span (also one with its "the", where the article names the club in full: "The Sky Blues", tagged a work, beside
    "Coventry City"; not "The Dark Blues" beside the crew "Oxford") is relabelled, an untagged use added, one inside a
    longer name ("Leicester Tigers") left alone. The club's own untagged uses become ORG spans too, in each of its
    spellings ("beat Middlesbrough 2-1" beside "Boro"); a town that is another spelling of the club only where it is
    used as a team ("Coventry have won" beside "Coventry City" and "the Sky Blues", not "the Steelers share Sheffield
    with"): the merge reads the club from them."""
    if not context.patterns()["sport"].search(text):
        return ents
    spans = {(s, e): i for i, (s, e, _) in enumerate(ents)}
    out = [list(ent) for ent in ents]
    uses = lambda name: re.finditer(r"(?<![\w&'-])" + re.escape(name) + r"(?![\w&-])(?!'[a-rt-z])", text)  # also "the Gunners' rivals"
    for name in context.club_nicknames():
        club = context.nickname_club(name, lambda c: next(uses(c), None) is not None) if name in text else None
        if not club:
            continue
        for m in uses(name):
            own = (m.start(), m.end()) if (m.start(), m.end()) in spans else (m.start() - 4, m.end())  # also "The Sky Blues", one span
            if own in spans and (own[0] == m.start() or text[own[0] : m.start()] in ("The ", "the ") and " " in club):
                out[spans[own]][2] = "ORG"
            elif not any(s < m.end() and m.start() < e for s, e, _ in out) and not GLUED_WORD.search(text, max(0, m.start() - 30), m.start()):
                out.append([m.start(), m.end(), "ORG"])
        spellings = next(group for group in context.club_nicknames()[name] if club in group)  # "Coventry City", "Coventry"
        out += [[m.start(), m.end(), "ORG"] for spelling in spellings for m in uses(spelling)
                if not any(s < m.end() and m.start() < e for s, e, _ in out)
                and (spelling == club or spelling not in context.sides() or context.team_use(text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 40]))]
    return out


def town_clubs(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a town span and the untagged club word right after it ("[[Newcastle]] United",
    `data/club_suffixes.txt`; also a town tagged as a person before a team's word, "[[Wigan]] Warriors",
    `data/team_words.txt`) joined as one ORG span, in an article about sport; not when a capitalised word follows
    ("Birmingham City Council"). An untagged capitalised word and team word is an ORG span too ("Coventry Blaze have won"),
    and a place span of a word and a club word is the club ("Exeter City's", tagged GPE; "City" only after a listed town,
    not "Mexico City")."""
    if not context.patterns()["sport"].search(text):
        return ents
    suffixes, teams = context.word_lists()["club_suffixes"], context.word_lists()["team_words"]
    starts = {s for s, _, _ in ents}
    out = []
    towns = context.word_lists()["towns"]
    for s, e, lab in ents:
        one_org = lab == "ORG" and context.ONE_WORD.fullmatch(text, s, e) is not None  # "beating [[Lincoln]] City 2-0"
        m = re.match(r" ([A-Z][a-z]+)(?![\w&-])(?! [A-Z])", text[e : e + 20]) if lab in ("GPE", "LOC", "PERSON") or one_org else None
        club = m is not None and (m.group(1) in teams or lab != "PERSON" and m.group(1) in suffixes) and (
            not one_org or m.group(1) != "City" or text[s:e] in towns or context.SCORE_AFTER.match(text, e + m.end()) is not None
            or context.TEAM_AFTER.match(text, e + m.end()) is not None)  # "Lincoln City 2-0", "Lincoln City are"
        words = re.sub(r"['’]s$", "", text[s:e]).split()
        named = lab in ("GPE", "LOC") and len(words) == 2 and words[1] in suffixes and (words[1] != "City" or words[0] in towns)
        out.append([s, e + m.end(), "ORG"] if club and e + 1 not in starts else [s, e, "ORG"] if named else [s, e, lab])
        # "Exeter City's" tagged a place is the club; "Mexico City" stays one
    named = context.patterns()["team_name"].finditer(text)
    return out + [[m.start(), m.end(), "ORG"] for m in named if not any(s < m.end() and m.start() < e for s, e, _ in out)
                  and m.group().split()[0] not in ("The", "A", "An")]


def team_short_forms(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each use of a team word that ends one of its two-word clubs (`data/team_words.txt`:
    "the Scarlets" beside "Llanelli Scarlets"), or a club word that ends one of them ("United" of one "X United"; a name
    opening with a word the article also writes in lower case is no club: "Shareholders United" beside "all
    shareholders"), as an ORG span, in an article about sport: an untagged use added, one tagged as something else
    relabelled; the club's own span and longer names left alone."""
    teams, suffixes = context.team_nicknames(), context.word_lists()["club_suffixes"]
    pairs = [(text[s:e].split()[-1], lab) for s, e, lab in ents if re.fullmatch(r"(?:[Tt]he )?[A-Z][a-z]+ [A-Z][a-z]+", text[s:e])]
    words = {w for w, lab in pairs if lab == "ORG" and w in teams}
    seen: dict[str, bool] = {}
    named = [(text[s:e].split()[-1], lab) for s, e, lab in ents if lab in ("ORG", "GPE", "LOC")
             and re.fullmatch(r"(?:[Tt]he )?[A-Z][a-z]+ [A-Z][a-z]+", text[s:e])
             and not written_lower(text[s:e].split()[-2], text, seen)]  # not a group named with a common word ("Shareholders United"
    # beside "all shareholders")
    clubs = Counter(w for w, _ in named if w in suffixes)  # "City" of one "X City", "United" of one "X United"
    words |= {w for w, n in clubs.items() if n == 1 and len({p for p in named if p[0] == w}) == 1}
    if not words or not context.sport_article(text):
        return ents
    spans = {(s, e): i for i, (s, e, _) in enumerate(ents)}
    out = [list(ent) for ent in ents]
    for word in sorted(words):
        label_uses(out, spans, re.finditer(r"(?<![\w&'-])" + re.escape(word) + r"(?![\w&-])(?! [A-Z])", text), "ORG")
    return out


@lru_cache(maxsize=4)
def peer_pattern(peers: frozenset[str]) -> re.Pattern:
    """A peerage title and the one capitalised name after it, no "of" or other name following ("Lord Belstead, a minister")."""
    return re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, sorted(peers))) + r") ([A-Z][a-z][\w'-]+)(?![\w-])(?! of\b)(?!\s+[A-Z])")


def missed_peers(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """PERSON spans for a peerage title and the name after it that the model left untagged ("Lord Belstead, a minister"),
    not an office ("Lord Mayor", "Lord Chancellor of ...")."""
    if not rules.peers or not any(p in text for p in rules.peers):
        return []
    taken = [(s, e) for s, e, _ in ents]
    return [[m.start(), m.end(), "PERSON"] for m in peer_pattern(rules.peers).finditer(text)
            if m.group(1) not in rules.person_titles and m.group(1) not in peer_offices()  # not "the Lord Mayor opened"
            and not any(a < m.end() and m.start() < b for a, b in taken)]


PEER_NAME_TAGS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"}) | OTHER_NAME_LABELS  # what the model calls a peer's name


def tagged_peers(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a peerage title and the one name after it that the model tagged alone as a firm, place or
    work as one PERSON span ("Vodafone chairman Lord MacLaurin", "MacLaurin" tagged ORG; "later Lord Northcliffe", GPE;
    "founded by Lord Saatchi", ORG beside M&C Saatchi): the title makes a person, as in `missed_peers`."""
    if not rules.peers or not any(p in text for p in rules.peers):
        return ents
    tagged = {(s, e): lab for s, e, lab in ents}
    found = [[m.start(), m.end(), "PERSON"] for m in peer_pattern(rules.peers).finditer(text)
             if tagged.get((m.start(1), m.end())) in PEER_NAME_TAGS and m.group(1) not in rules.person_titles | peer_offices()]
    return replace(ents, found)


@lru_cache(maxsize=1)
def peer_offices() -> frozenset[str]:
    """Words that make "Lord <word> of <place>" an office (`data/peer_offices.txt`)."""
    return frozenset(data_lines("peer_offices.txt"))


def territorial_peers(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a peer's title and territorial designation as one PERSON span ("Lord Sainsbury of
    Turville", where the model tagged "Turville" alone), not an office ("Lord Mayor of Belfast", `data/peer_offices.txt`)."""
    if not rules.peers or " of " not in text or not any(p in text for p in rules.peers):
        return ents
    pattern = (r"(?<![\w.-])(?:" + "|".join(map(re.escape, sorted(rules.peers))) + r") ([A-Z][a-z][\w'-]+) of [A-Z][a-z][\w'-]+"
               r"(?![\w-])(?!\s+[A-Z])")
    found = [[m.start(), m.end(), "PERSON"] for m in re.finditer(pattern, text)
             if m.group(1) not in peer_offices() and m.group(1) not in rules.person_titles]
    return replace(ents, found)


def missed_acronyms(text: str, ents: list[list]) -> list[list]:
    """The article's entities with every use of an acronym it spells out in brackets as an ORG span: untagged uses added,
    uses tagged as a person or place relabelled ("The Association of British Travel Agents (Abta) ... Abta warned", "The
    Ministry of Defence (MoD)" tagged a place); also a one-word name tagged as a person right before an acronym the
    article tags as an ORG ("PricewaterhouseCoopers (PwC)"), and untagged capitals that are the initials of an ORG the
    article names in full ("the National Farmers' Union said ... NFU president"); capitals tagged as a place or nationality
    that are the initials of an ORG of two words or more the article names are that ORG ("BA still behaves" beside
    British Airways, "BT" tagged a place beside British Telecommunications)."""
    found, owners = set(), set()
    for s, e, lab in ents:
        m = SPELLED_OUT.match(text[e : e + 12])
        if not m or not bracket_fits(m.group(1), re.sub(r"^(?:the|The) ", "", text[s:e])):
            continue
        if context.context_label(text, s, e, lab) == "ORG" and (" " in text[s:e] or camel_initials(m.group(1), text[s:e])):
            found.add(m.group(1))  # also "InterActiveCorp (IAC)", one word whose capitals spell it
        elif lab == "PERSON" and " " not in text[s:e] and any(text[a:b] == m.group(1) and x == "ORG" for a, b, x in ents):
            found.add(m.group(1))
            owners.add((s, e))
    full = {initials(text[s:e]) for s, e, lab in ents if lab == "ORG" and text[s:e].count(" ") >= 2}
    named = {initials(text[s:e]) for s, e, lab in ents if lab == "ORG" and " " in text[s:e]}
    taken = [(s, e) for s, e, _ in ents]
    out = [[s, e, "ORG" if (s, e) in owners or text[s:e] in found and lab != "ORG"
            or lab in LISTED_PLACE_LABELS and CAPITALS_NAME.fullmatch(text[s:e]) and text[s:e] in named else lab] for s, e, lab in ents]
    spelled = [[m.start(), m.end(), "ORG"] for short in sorted(found) for m in re.finditer(r"(?<![\w.-])" + re.escape(short) + r"(?![\w-])", text)]
    bare = [[m.start(), m.end(), "ORG"] for m in (CAPITALS.finditer(text) if full else ()) if m.group() in full]
    return out + [span for span in spelled + bare if not any(a < span[1] and span[0] < b for a, b in taken)]


INITIALLED_FIRM = re.compile(r"[A-Z]{2,3} [A-Z][a-z]{3,}")  # "MG Rover"


def short_forms(text: str, ents: list[list], rules: RepairRules) -> set[str]:
    """Short forms of the article's company names that open one company ("Ionic", "ConAgra", "Kent-Moore", "APL" of
    "APL Corp"; "Lucky" of "Lucky Stores Inc", also written "Lucky Stores") and are no common word, first name, title, institution word, place or word of a person's name in the
    article; also a company's whole name without its endings ("Willis Faber" of "Willis Faber Plc"), and the name after
    a firm's initials that the article never writes in lower case ("Rover" of "MG Rover")."""
    firsts: dict[str, set[str]] = {}
    plain: dict[str, set[str]] = {}  # first word -> the article's other two- or three-word companies it opens
    cores, other = set(), set()
    for s, e, lab in ents:
        words = text[s:e].strip("<>").split()
        words = words[1:] if len(words) > 1 and words[0] in ("the", "The") else words  # "the Nationwide Building Society"
        if lab == "ORG" and len(words) == 2 and INITIALLED_FIRM.fullmatch(text[s:e]) and words[1].lower() not in text:
            cores.add(words[1])  # "Rover has been losing market share" beside "MG Rover"
        if lab == "ORG" and len(words) > 1 and words[-1].rstrip(".") in rules.org_suffixes | rules.org_heads:  # also "Lionhead Studios"
            firsts.setdefault(words[0], set()).add(text[s:e])
            core = ending_free(words[:-1], rules, keep=2)
            if len(core) > 1 and all(SHORT_WORD.fullmatch(w) for w in core):
                cores.add(" ".join(core))
        elif lab == "ORG" and len(words) in (2, 3) and all(SHORT_WORD.fullmatch(w) for w in words):  # "Nationwide Building Society"
            plain.setdefault(words[0], set()).add(text[s:e])
        elif lab != "ORG" and lab not in OTHER_NAME_LABELS:  # the model may call a short form a product or a work
            other.update(words)
    banned = other | rules.org_words | rules.first_names | rules.person_titles | set(rules.prefixes)
    firsts_ok = {w for w, names in firsts.items() if (len(names) == 1 or len({" ".join(ending_free(n.split(), rules)) for n in names}) == 1)
                 and SHORT_WORD.fullmatch(w)
                 and w.lower() not in rules.common_words and w not in banned}
    lists = context.word_lists()
    plain_ok = {w for w, names in plain.items() if len(names) == 1 and w not in firsts and w.lower() not in rules.common_words
                and w not in banned and w not in rules.given_names and w not in lists["towns"] and w not in lists["nationalities"]
                and w not in lists["place_names"]}
    if plain_ok:  # never "nationwide" in lower case; written alone before a verb or a comma: "Nationwide has fought off"
        lower = {m.lower() for m in TOKEN.findall(text) if m.islower()}
        alone = set(ALONE_WORD.findall(text))
        plain_ok = {w for w in plain_ok if w.lower() not in lower and w in alone}
    return firsts_ok | plain_ok | {c for c in cores if not set(c.split()) & (other | rules.org_words) and c.lower() not in text}  # "nationwide"


def cut_owner(text: str, ents: list[list], names: set[str]) -> list[list]:
    """Spans that glue an owner's possessive to a surname of the article's person ("Greenwell's Brown") without the owner."""
    out = []
    for s, e, lab in ents:
        m = re.search(r"['’]s\s+(?=[A-Z])", text[s:e]) if lab in ("PERSON", "ORG") or lab in OTHER_NAME_LABELS else None
        tail = text[s + m.end() : e].split() if m else []
        out.append([s + m.end(), e, "PERSON"] if tail and tail[-1] in names and len(tail) <= 3 else [s, e, lab])
    return out


def split_listed(text: str, ents: list[list], names: set[str]) -> list[list]:
    """An ORG span listing names ("Nickles, Symms", "Baker-Hughes, Pace") with its last name a surname of the article's
    person, as the rest (a person when it too is such a surname, else ORG) and that PERSON; not the short form of a company the
    article names in full ("Scott, Foresman" of "Scott, Foresman and Co")."""
    out, orgs = [], [text[s:e] for s, e, lab in ents if lab == "ORG"]
    for s, e, lab in ents:
        m = re.fullmatch(r"(.+), ([A-Z][a-z][\w'-]+)", text[s:e]) if lab == "ORG" else None
        if m and m.group(2) in names and not any(o.startswith(m.group() + " ") for o in orgs) and re.fullmatch(r"[A-Z][\w'.&-]*(?:, [A-Z][\w'.&-]*)*", m.group(1)):
            out += [[s, s + len(m.group(1)), "PERSON" if m.group(1) in names else "ORG"], [e - len(m.group(2)), e, "PERSON"]]
        else:
            out.append([s, e, lab])
    return out
