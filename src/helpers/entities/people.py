"""People the small model left untagged in full, recovered from the article's own evidence.

- an untagged run of capitalised words ending in two to four name words after a person title ("Finance Minister Barend du
  Plessis said", "Bank of Japan Governor Satoshi Sumita told", "Judge Joyce Hens Green of") is a PERSON from the first
  name on: the title words are those of `data/person_titles.txt`, the name words no company, club or institution word
  (an Irish "O'" or "D'" surname is a name word: "Mr O'Leary said");
- an untagged name of two to four words whose last word the article also tags alone or calls Mr, Mrs, Ms or Dr
  ("Fairbanks said" beside "Shannon Fairbanks, executive chief of staff"; "Mrs Barclay" beside "Margaret Barclay, 71")
  is a PERSON when it opens with a listed given name, a role describes it, an age follows it, or it speaks ("said
  Thom Brown", "Thom Brown of Butcher and Singer said"); a noun for people opening the sentence is no part of it
  ("Goalkeeper Paul Robinson made", `data/person_nouns.txt`; also an agent noun that is no given name nor title: "Author
  J K Rowling has"); where the article writes the surname after Mr, Mrs, Ms or Dr, a listed given name before it makes
  a name of English words ("Pub landlady Sue Bishop" beside "Ms Bishop"), and initials before it do too ("J K Rowling");
- an untagged name of two to four words followed by an age is a PERSON without more ("Joss Stone, 17, from Devon");
- an untagged given name and surname right after a one-word nationality is a PERSON when the article uses the surname
  alone elsewhere ("a win over American Taylor Dent ... Dent, who has one of the fastest serves");
- an untagged given name and surname is a PERSON where the article later writes the surname alone as a person acts, with
  a possessive, "who" or a verb of saying or being ("Chelsea and Ashley Cole were fined ... Cole's agent"); never a
  surname that is a curated first name or the last word of a place's name ("Grace Street");
- a sentence opener glued to the name after it ("Nevertheless Mason thinks", "Besides Benjamin and", tagged as one
  person or organisation; `data/sentence_openers.txt`) is cut off, and so is an "-ing" word ("Assisting Bower") when
  the rest is the surname of a person the article names in full, and a company noun opening a sentence and an
  organisation's span ("Carmaker MG Rover has", `data/company_nouns.txt`), and an agent noun ("-er", "-or", "-ist" ...)
  that is no given name before a given name opening a person span of three or more words at the start of a sentence
  ("Qualifier Shaun Murphy", "Lawyer David Steel", not "Justo Marin Ludena");
- an untagged word right after a person span that the article tags alone elsewhere ends that person's name ("Judge
  Joyce Hens" + "Green" beside "Green's reasons"; "defender [[Ashley]] Cole" beside "Cole, 24, said"), the longer span
  replacing the person.
A name the model tagged as a work or a product counts as untagged here, and an organisation span of the same name with a
possessive gives way to the person ("Sven-Goran Eriksson's England squad", tagged ORG, beside "Eriksson said"). A run of
capitalised words starts again after a word of four letters or more that ends a sentence ("Cardiff. Publican Huw Morgan",
the town untagged), never after a title's or an initial's full stop ("Mrs. Ann", "St. John"). All run before the lone
surnames are recovered and merged, so the lone name then finds its person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from helpers.entities.context import ADDRESS_TITLES, SENTENCE_START, place_ends, word_lists
from helpers.text import data_lines

if TYPE_CHECKING:
    from helpers.entities.repair import RepairRules

PARTICLES = r"(?:du|de|da|di|del|der|den|van|von|le|la|al|el|bin|ibn)"
NAME_RUN = re.compile(rf"(?<![\w.&'’-])[A-Z][\w'’-]*\.?(?: (?:[A-Z][\w'’-]*\.?|{PARTICLES}(?= [A-Z])))+(?![\w&'’-])")
NAME_CAPITALS = r"(?:[A-Z][a-z]|[OD]['’][A-Z][a-z])[\w'’-]*"  # "Blair", also "O'Leary", "D'Arcy"
NAME_WORD = re.compile(NAME_CAPITALS + r"|[A-Z]\.?|[A-Z][a-z]*-[A-Z][\w'’-]*|" + PARTICLES)  # an initial with or without its
# full stop: "Russell T Davies" (only inside a name: first and last words are `NAME_CAPITALS`)
SPEAKS = re.compile(r"(?:,\s+)?(?:said|says|told|added)\b|(?: of (?:[A-Z][\w.&'-]*(?: (?:and|&))? ?){1,4})?,? said\b")
SAID_BEFORE = re.compile(r"\b(?:said|says|according to)\s+$")
CALENDAR = frozenset("January February March April May June July August September October November December Monday Tuesday "
                     "Wednesday Thursday Friday Saturday Sunday".split())  # months and days: never a surname
NEXT_WORD = re.compile(r" ([A-Z][a-z][\w'’-]+)(?![\w'’-])")  # the word right after a span
AGED = re.compile(r",\s+\d{1,3},")  # "Margaret Barclay, 71, from Dundee"
INITIALS = re.compile(r"(?![AI]\b)[A-Z]\.?(?: [A-Z]\.?){0,2}")  # "J K" of "J K Rowling"; not the word "A" or "I"
ADDRESSED_WORD = r"[A-Z][a-z][\w'’-]+"  # a surname after a title of address
ADDRESSED = re.compile(rf"(?<![\w-])(?:{ADDRESS_TITLES})\.? ({ADDRESSED_WORD})")  # "Mrs Barclay said"
ADDRESSED_PAIR = re.compile(rf"(?<![\w-])(?:{ADDRESS_TITLES})\.? ({ADDRESSED_WORD} {ADDRESSED_WORD})")  # "Mr Duncan Smith said"
ADDRESS = re.compile(rf"(?!Miss)(?:{ADDRESS_TITLES})\.?")  # a title before an untagged surname, not "Miss": "Hit or Miss Shops"
OWNED_END = re.compile(r"['’]s?$")  # a possessive ending a span: "Eriksson's"
POSSESSIVE_END = re.compile(r"['’]s?\s+$")  # a possessive and the space after it: "O'Leary's "
SENTENCE_END_IN_RUN = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]{3,}\. ")  # a word of four letters or more ending a sentence in a run
# of capitalised words ("Cardiff. Publican"), never a title's or an initial's full stop ("Mrs. Ann", "St. John", "J. Smith")
TRAILING = re.compile(r"(?:(?<![\s.][A-Z])\.|['’]s?)$")  # a full stop, not an initial's; a possessive
OPENER = re.compile(r"([A-Z][a-z]+) (?=[A-Z])")
GERUND = re.compile(r"(?:[A-Z][a-z]{2,}|Be|Do|Go|Us|Dy|Ly)ing")  # "Backing", "Finding", "Being": a verb, never a given name
PERSON_AFTER = re.compile(r",\s+\d{1,3},|,?\s+(?:said|says|told|added|spoke|who|whose)\b")  # what follows only a person
AGENT_NOUN = re.compile(r"[a-z](?:er|or|ist|man|woman|ant|ent|ian)$")  # "Qualifier", "Seller", "Lawyer": a noun for a person
WORKS = ("WORK_OF_ART", "PRODUCT")  # names the model often gives a person it does not know ("Shannon Fairbanks")
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")
NAME_NOUNS = frozenset({"group", "company", "studio", "label", "band", "chain", "carrier", "operator", "maker", "developer", "firm", "club"})  # "Studio Ghibli", "Club Med"


def reads_as_name(words: list[str], rules: RepairRules, named: frozenset[str] = frozenset()) -> bool:
    """True for two to four words that read as one person's name: first and last capitalised, no title, company or
    institution word, no common English word, except words the article shows are names (`named`: "Sue Bishop")."""
    if not 2 <= len(words) <= 4 or not all(NAME_WORD.fullmatch(w) for w in words):
        return False
    if not re.fullmatch(NAME_CAPITALS, words[0]) or not re.fullmatch(NAME_CAPITALS, words[-1]):
        return False
    bad = non_name_words(rules)
    return not any((w in bad or w.lower() in rules.common_words) and w not in named for w in words)


_NON_NAMES: dict[int, tuple[RepairRules, frozenset[str]]] = {}


def non_name_words(rules: RepairRules) -> frozenset[str]:
    """Title, company, club, institution and party or nationality words: none is part of a person's name (once per rules)."""
    known = _NON_NAMES.get(id(rules))
    if known is None or known[0] is not rules:
        known = _NON_NAMES[id(rules)] = (rules, rules.person_titles | rules.org_words | rules.org_suffixes | rules.team_words | set(rules.prefixes))
    return known[1]


def untagged_runs(text: str, ents: list[list]) -> list[tuple[int, int]]:
    """Spans of runs of capitalised words, from the end of any entity inside them on ("Japan Governor Satoshi Sumita"
    after "Bank of Japan" -> "Governor Satoshi Sumita"), that overlap no entity; also an owner's name of two or more words
    before an entity inside a run ("Mr O'Leary" of "Mr O'Leary's Ryanair")."""
    spans = sorted((s, e) for s, e, lab in ents if lab not in WORKS)
    firsts = [s for s, _ in spans]
    out = []
    for m in NAME_RUN.finditer(text):
        cuts = [m.start()] + [c.end() for c in SENTENCE_END_IN_RUN.finditer(text, m.start(), m.end())]  # "Cardiff. Publican Huw
        for start, end in zip(cuts, cuts[1:] + [m.end()]):  # Morgan": two sentences, the place's and the name's
            end = start + len(text[start:end].rstrip())
            trailing = TRAILING.search(text, start, end)
            end -= len(trailing.group()) if trailing else 0  # "Sumita." ending a sentence, "Sumita's"
            if " " not in text[start:end]:
                continue
            i = bisect.bisect_left(firsts, end)
            inside = [e for _, e in spans[max(0, i - 8) : i] if e > start]  # entities are short: the last few before the run's end
            first = min((s for s, e in spans[max(0, i - 8) : i] if e > start and s > start), default=None)
            if first is not None and POSSESSIVE_END.search(text[start:first]) and " " in (head := TRAILING.sub("", text[start:first].rstrip())):
                out.append((start, start + len(head)))  # the owner's name before it: "Mr O'Leary" of "Mr O'Leary's Ryanair"
            if inside:  # from the next word on: "Act. Otis Ferry" after "the Parliament Act"
                start = max(inside) + len(re.match(r"[.\s]*", text[max(inside) : end]).group())
            if end - start > 3 and re.match(r"[A-Z]", text[start]):
                out.append((start, end))
    return out


def titled_name(text: str, start: int, end: int, rules: RepairRules) -> int | None:
    """The start of the name after the last person title inside a run of capitalised words, when two to four name words
    follow it, or one after Mr, Mrs, Ms or Dr ("met Mr Blair at Downing Street"), or a given name after Sir or Dame ("Sir
    Bob has urged")."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    cut = max((i for i, (_, w) in enumerate(words) if w in rules.person_titles), default=None)
    if cut is None:
        return None
    rest = [w for _, w in words[cut + 1 :]]
    addressed = len(rest) == 1 and (ADDRESS.fullmatch(words[cut][1]) and reads_as_name(rest * 2, rules)
                                    or words[cut][1] in ("Sir", "Dame") and rest[0] in rules.given_names)
    if not addressed and not reads_as_name(rest, rules):
        return None
    return start + words[cut + 1][0]


def evidenced_name(text: str, start: int, end: int, lone: set[str], rules: RepairRules, addressed: frozenset[str] = frozenset()) -> bool:
    """True when an untagged name ends in a word the article tags alone and reads as a person's (see the module's docstring);
    a listed given name before a surname the article writes after Mr, Mrs, Ms or Dr (`addressed`) is a name even where both
    are English words ("Pub landlady Sue Bishop" beside "Ms Bishop"), and so are initials before it ("Author J K Rowling"
    beside "Ms Rowling")."""
    words = text[start:end].split()
    if words[-1] in addressed and INITIALS.fullmatch(" ".join(words[:-1])) and re.fullmatch(NAME_CAPITALS, words[-1]):
        return True
    named = frozenset({words[0], words[-1]}) if words[0] in rules.given_names and words[-1] in addressed else frozenset()
    if words[-1] not in lone or not reads_as_name(words, rules, named) or company_noun(words[0]):
        return False  # "Publishers Bloomsbury said": a company noun, not a first name
    from helpers.entities.repair import in_apposition  # repair imports this module

    return (words[0] in rules.given_names or in_apposition(text, end, rules.roles) or SPEAKS.match(text, end) is not None
            or SAID_BEFORE.search(text[max(0, start - 20) : start]) is not None or AGED.match(text, end) is not None)


def surname_alone(surname: str, then: str = "") -> re.Pattern:
    """A surname written alone, neither inside a longer word nor before a capitalised one ("Dent, who"; not "Dent Smith"),
    followed by what `then` matches."""
    return re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])(?! [A-Z]){then}")


SURNAME_ACTS = re.compile(r"['’]s\b|,? (?:who|said|says|told|added|has|had|was|is|will|would)\b")  # "Cole's agent", "Mourinho, who"


def surname_acts_later(text: str, start: int, end: int, rules: RepairRules) -> bool:
    """True when an untagged given name and surname is followed in the article by the surname alone as a person acts
    ("Ashley Cole £100,000 ... Cole's agent", "Cole said"): both untagged, the name is still a person's."""
    words = text[start:end].split()
    if (len(words) != 2 or not reads_as_name(words, rules) or words[0] not in rules.given_names or words[1] in rules.first_names
            or words[1] in place_ends()):
        return False  # not "Grace Street", "Victoria Square": a place's last word
    return surname_alone(words[1], f"(?={SURNAME_ACTS.pattern})").search(text[end:]) is not None


def nationality_name(text: str, start: int, end: int, nationals: set[int], rules: RepairRules) -> bool:
    """True when an untagged given name and surname follows a one-word nationality (whose ends are `nationals`) and the
    article writes the surname alone elsewhere ("American Taylor Dent" beside "Dent, who")."""
    words = text[start:end].split()
    if start - 1 not in nationals or text[start - 1] != " " or len(words) != 2 or not reads_as_name(words, rules):
        return False
    if words[0] not in rules.given_names or words[1] in rules.given_names:
        return False
    return surname_alone(words[1]).search(text[:start] + text[end:]) is not None


def aged_name(text: str, start: int, end: int, rules: RepairRules) -> bool:
    """True when an untagged name is followed by an age ("Joss Stone, 17, from Devon")."""
    return AGED.match(text, end) is not None and reads_as_name(text[start:end].split(), rules)


@lru_cache(maxsize=1)
def openers() -> frozenset[str]:
    """Curated sentence openers (`data/sentence_openers.txt`)."""
    return frozenset(data_lines("sentence_openers.txt"))


def singular(word: str) -> str:
    """A word in lower case without a plural "s" ("Publishers" -> "publisher")."""
    return re.sub(r"s$", "", word.lower())


def company_noun(word: str) -> bool:
    """True for a curated company noun, singular or plural ("Carmaker", "Publishers"; `data/company_nouns.txt`)."""
    return singular(word) in word_lists()["company_nouns"]


def written_lower(name: str, text: str, seen: dict[str, bool]) -> bool:
    """True when `text` also writes `name` in lower case as a word (remembered in `seen`)."""
    if name not in seen:
        seen[name] = re.search(r"\b" + re.escape(name.lower()) + r"\b", text) is not None
    return seen[name]


def opens_sentence(text: str, at: int) -> bool:
    """True when the character at `at` opens the text or a sentence (after ".", "!", "?", a line break or a quote)."""
    return SENTENCE_START.search(text[max(0, at - 3) : at]) is not None


def cut_openers(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a sentence opener cut from the front of a person or organisation span; also an agent
    noun that is no given name, title or particle before a listed given name opening a person span of three or more words
    at the start of a sentence ("Qualifier Shaun Murphy beat", "Seller Anne Dixon said"), or an organisation span of three
    such words ("Musician Pete Doherty has", tagged ORG), which is then a person. A person span of two words opening
    with an "-ing" word that is no given name, and not cut, is no person ("Backing Blair", "Finding Neverland"): ORG, unless
    what follows reads as a person's ("Manning Quist spoke", ", 39,", ", who")."""
    given = rules.given_names
    out = []
    full = {(s, e): w[-1] for s, e, lab in ents if lab == "PERSON" for w in [text[s:e].split()] if len(w) > 1}
    for s, e, lab in ents:
        m = OPENER.match(text, s, e) if lab in ("PERSON", "ORG") else None
        opens = opens_sentence(text, s)
        listed = m is not None and m.group(1).lower() in openers()
        noun = (m is not None and lab == "ORG" and opens and company_noun(m.group(1))
                and singular(m.group(1)) not in NAME_NOUNS)  # "Carmaker MG Rover has", "Publishers Bloomsbury said"
        ing = m is not None and m.group(1).endswith("ing") and text[m.end() : e] in {last for span, last in full.items() if span != (s, e)}
        words = text[s:e].split() if m is not None and lab in ("PERSON", "ORG") and opens else []
        role = ((len(words) == 3 if lab == "ORG" else len(words) >= 3) and words[1] in given and AGENT_NOUN.search(words[0])
                and words[0] not in given and words[0] not in rules.person_titles and words[0] not in rules.prefixes
                and words[1].lower() not in rules.common_words)  # "Qualifier Shaun Murphy"; "Musician Pete Doherty", tagged ORG
        if (listed or ing) and (opens or listed and lab == "PERSON") or noun or role:  # an opener never opens a person's name, anywhere
            s, lab = m.end(), "PERSON" if role else lab
        elif (m is not None and lab == "PERSON" and GERUND.fullmatch(m.group(1)) and m.group(1) not in given and text[m.end() : e].count(" ") == 0
              and not PERSON_AFTER.match(text, e)):  # "Manning Quist spoke": a person after all
            lab = "ORG"  # "Backing Blair", "Finding Neverland", "Kicking King": a campaign, a film, a horse; no person opens with a verb
        out.append([s, e, lab])
    return out


def missed_people(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities plus PERSON spans for its untagged full names after a person title or beside the surname
    it tags alone (also a given name before a two-word surname it writes after a title: "Iain Duncan Smith" beside "Mr
    Duncan Smith"); a span the model called a work or a product gives way to such a name."""
    runs = untagged_runs(text, ents)
    lone = {text[s:e] for s, e, lab in ents if lab in ACTOR_LABELS and " " not in text[s:e]} | set(ADDRESSED.findall(text))
    ends = {e: s for s, e, lab in ents if lab == "PERSON"}
    addressed = frozenset(ADDRESSED.findall(text))
    pairs = set(ADDRESSED_PAIR.findall(text))
    nationals = {e for s, e, lab in ents if lab == "NORP" and " " not in text[s:e]}
    out = []
    nouns = word_lists()["person_nouns"]
    for s, e in runs:
        m = OPENER.match(text, s, e)
        if m and (m.group(1).lower() in nouns or AGENT_NOUN.search(m.group(1)) and m.group(1) not in rules.given_names | rules.person_titles) and (
                opens_sentence(text, s)):
            s = m.end()  # "Goalkeeper Paul Robinson made ...": the noun opening the sentence is no part of the name
        name_start = titled_name(text, s, e, rules)
        if text[s:e] in lone and s - 1 in ends and text[s - 1] == " ":  # "Joyce Hens" + "Green", the article's lone "Green"
            out.append([ends[s - 1], e, "PERSON"])
        elif name_start is not None and (" " in text[name_start:e] or not any(a < e and s < b and not (lab in WORKS and a < s)
                                                                           for a, b, lab in ents)):
            out.append([name_start, e, "PERSON"])  # "Mr Blair" only where the model tagged nothing, not its work "Ms Orange";
            # a work that only ends in it gives way ("Live Aid with Mr Geldof")
        elif (words := text[s:e].split()) and len(words) == 3 and words[0] in rules.given_names and " ".join(words[1:]) in pairs:
            out.append([s, e, "PERSON"])  # "second to Iain Duncan Smith", untagged, beside "Mr Duncan Smith": a double-barrelled surname
        elif (evidenced_name(text, s, e, lone, rules, addressed) or aged_name(text, s, e, rules) or nationality_name(text, s, e, nationals, rules)
              or surname_acts_later(text, s, e, rules)):
            out.append([s, e, "PERSON"])
    kept = [ent for ent in ents if ent[2] not in WORKS or not any(s < ent[1] and ent[0] < e for s, e, _ in out)]
    owners = {(s, e) for s, e, _ in out}  # "Sven-Goran Eriksson's England squad", the owner tagged ORG with the possessive: the person
    kept = [ent for ent in kept if not (ent[2] == "ORG" and (ent[0], ent[0] + len(OWNED_END.sub("", text[ent[0] : ent[1]]))) in owners)]
    return kept + out


def joined_surnames(text: str, ents: list[list], surnames: set[str], common: frozenset[str] = frozenset()) -> list[list]:
    """The article's entities with a one-word person span ended by the untagged word right after it when the article tags
    that word alone as a person elsewhere or it is the surname of one of its people (`surnames`): "defender [[Ashley]]
    Cole" beside "Cole, 24, said" is Ashley Cole; or when the span is the first of several uses of that name alone and the
    word is a name (never written in lower case, not a `common` word, a month, a day or a team's word): "[[Midge]] Ure"
    before "Midge didn't want to", not "[[Wigan]] Warriors" before "Wigan chairman"."""
    alone = {text[s:e] for s, e, lab in ents if lab == "PERSON" and re.fullmatch(r"[A-Z][a-z][\w'’-]+", text[s:e])}
    uses = Counter(text[s:e] for s, e, lab in ents if lab == "PERSON")
    first = {}
    for s, e, lab in sorted(ents):
        first.setdefault(text[s:e], s)
    starts = {s for s, _, _ in ents}
    known, lower = alone | surnames, {}  # lower: word -> the article also writes it in lower case
    out = []
    for s, e, lab in ents:
        name = text[s:e]
        m = NEXT_WORD.match(text, e) if lab == "PERSON" and name in alone and e + 1 not in starts else None
        word = m.group(1) if m else ""
        if m and word != name and (word in known or first[name] == s and uses[name] > 1 and word.lower() not in common
                                   and word not in CALENDAR and word not in word_lists()["team_words"] and not written_lower(word, text, lower)):
            e = m.end(1)
        out.append([s, e, lab])
    return out
