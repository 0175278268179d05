"""Span and label repair for the small model's typical errors, applied to each article's raw entities.

Runs after the annotation cache is read (the cache keeps the model's own output), before names are
merged; the rules that recover untagged surnames and company short forms live in `recover`. Each rule fixes one kind of error:
- a span that swallowed the start of the acronym its bracket spells out ("Organization (ICO") ends before the bracket;
- modifiers and a title glued before a name ("Federal Judge Cecil Miller"), a suffixed name tagged ORG ("B.C. McCabe Sr."),
  a nationality word cut from the ORG its bracket spells out ("American" + "Petroleum Institute (API)"): see `glued`;
- both ends of a route are places ("the Alice Springs to Darwin gas pipeline", see `places`);
- a score splits or ends a span ("Argentina 3-0 Mexico" -> "Argentina", "Mexico"; "Sevilla 2-0"), also a name and its match
  score the model calls a work ("Taylor Dent 6-4 6-7 7-5" is the player);
- a full name glued to what the person made is cut before the possessive ("Tony Christie's Amarillo" -> "Tony Christie");
- a surname glued to its speech verb and called a work ("Adams told") loses the verb, and two of the article's people joined by
  "and" and called a work ("Stelios and O'Leary"), or two of their surnames called an organisation ("Hewlett and Packard
  are credited"), are the two people;
- a one-word person span takes the first name the article tags alone right before it ("Avram [[Glazer]] said" after
  "his sons, Joel, Avram and Bryan");
- military ranks are titles ("Col Oliver North"), but a lower-case rank makes no person ("colonel US Army");
- a "person" with no capital letter ("bush fires"), a role word alone ("Chairwoman"), an amount's currency ("U.S. Dlrs")
  or a wire's table word ("mln Btu", `data/non_names.txt`) is no name;
- lower-case words and party or nationality words glued in front of a person ("marry Mrs Simpson",
  "Tories Ken Clarke") are cut off; a role noun ending a "person" ("Labour MPs") leaves the party;
- a count glued to a club before what it counts ("United 11" points behind) and a fan after it ("United fan") are cut off;
- a person span in a list of names with an organisation is a firm when it opens with no given name ("Emirates, Singapore
  Airlines and Virgin Atlantic"; one-word spans: "Sony, Creative and Dell");
- a "person" followed by a company ending ("Moss Lawson and Co") is the company (ORG), and an "organisation" opened by a
  nationality noun and a name is that person and the nationality ("Dane Janus Friis": NORP "Dane", PERSON "Janus Friis"),
  as is one right after "his wife", "her brother" ...;
- a "person" whose name opens one of the article's organisations is that organisation ("Crazy Eddie" beside "Crazy Eddie
  Inc"), unless a relative introduces it ("his wife Melinda Gates" beside the Melinda Gates Foundation);
- a lower-case collective noun ends no organisation ("The United board" -> "The United"), nor do "the" and lower-case
  words ("also won Leigh the prize" -> "Leigh");
- a person span cut at a hyphen runs on to the double-barrelled surname the article gives a person ("Wright-Phillips");
- a "person" holding a club word ("Atletico Madrid") is a club (ORG);
- a person name must look like one: no digits, not an acronym, no institution's word after no given name or title
  ("Santander Central Hispano", `data/org_words.txt`);
- a name title that is part of the name ("Prince", "Lord") joins the person span;
- a surname of a person named in the article, left untagged by the model (also after a possessive:
  "Kodak's Giles") or tagged as a product or a work, becomes a PERSON mention, and so does one glued to "later" or
  "earlier" in a date ("[[Keane later]] said"); a span of another kind that glues a place to the nickname a person is
  known by there ("known at [[Westminster as Ming]]") is cut into the place and the nickname (PERSON);
- an untagged peer ("Lord Belstead, a junior minister") becomes a PERSON mention, and so does a peer whose name alone the
  model tagged a firm or a place ("Lord MacLaurin", "MacLaurin" tagged ORG);
- unit abbreviations and table labels ("cts", "dlrs", "Revs") are never entities;
- a company ending right after an ORG joins it ("Boesky and Co" + " L.P.");
- a name-like ORG right after a person title ("Vice-President Sennen Lazo") is a person;
- a place glued after a person of the article ("told Funaro Brazil had ...") is cut off;
- a one-word "person" before a comma and a state abbreviation ("at Chester, N.Y.") is a place;
- a name the model tags as a company or a place is a person when a role noun describes it in an
  apposition ("Rod Canion, president of Compaq") or a title or role noun, in any case, precedes it
  ("TRW chairman Ruben Mettler", "special counsel Leo Melamed"); a one-word place or company right after an untagged first name takes it along
  ("Gilberto Arango, president of ..." tagged only "Arango" as a place);
- an owner's possessive glued in front of a surname of the article's person ("Greenwell's Brown") is cut off, and so is one
  in front of a titled person ("The Lib Dems' Dr Cable", "UKIP's Mr Farage");
- a "person" naming two people ("Reagan and Nancy Reagan") is two persons;
- a company named "X and Y" that the model tagged from Y on joins its untagged X ("Tate and Lyle PLC", then "Tate and Lyle");
- untagged or cut organisation names (long forms of a bracketed acronym, partnerships, "X Y Corp"): see `untagged`;
- a sentence's first hyphenated adjective is cut from a name ("Non-league Exeter City"; not "Dai-ichi Kangyo Bank");
- a given name and surname tagged a building or a place and described as someone (", who travelled", ", 41,") is a person;
- a team sheet ("Arsenal: Almunia, Lauren, ...") names players, also a rugby sheet with semicolons and one squad alone
  ("Squad: Vaughan (capt), Trescothick, ..."); an untagged pet form of the article's surname ("Straussy") is a person;
- a one-word "person" listed with "and"/"or" beside a place or nationality is one too ("Florence and Venice");
- a two-word name tagged an organisation or a place that opens with a given name is a person where the article writes the
  given name alone before a person's verb ("Carly Fiorina" beside '"Carly was a great saleswoman'), and a work ending
  in " and " and a person ("The White Stripes and Kylie Minogue") is cut into the list's head and the person;
- a one-word product or work right after a surname title is a person ("Mr Flight's old seat"); a place glued before a
  full name opened by a given name is cut off it ("candidate for Taunton Jeremy Browne"); a full name followed by
  "senior" takes the word, so the father stays apart from his namesake son ("Frank Lampard senior");
- a body cut before "of" and a country is one ORG ("The Showmen's Guild" + "of Great Britain", see `glued`); a two-word
  "person" whose first word is no given name, written whole twice or more and each time where a place stands, is a place
  ("at Chaddesley Corbett on Monday ... Chaddesley Corbett, in Worcestershire, is"); a full name that opens an organisation
  of its article stays a person where the article titles its surname (the statue "Alison Lapper Pregnant" beside "Ms
  Lapper"); in a report about sport, a one-word name used as a team ("beat Charlton 2-1") is the team where the model
  calls it a person (`context.teams_throughout`); a name after "the designers", "the brokers" or "the design house" is a
  firm, unless a list of people follows (`context.context_label`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.entities import context, glued, people, places, royals, untagged
from helpers.entities.companies import COMPASS, institution_of  # COMPASS: also surnames, "North and Poindexter"
from helpers.entities.context import ADDRESS_BEFORE, ONE_NAME  # ONE_NAME: one capitalised word, no possessive
from helpers.entities.recover import (CALENDAR, KNIGHTED, LISTED_PLACE_LABELS, OTHER_NAME_LABELS, cut_owner, given_names, missed_acronyms,
                                     missed_aliases, missed_long_forms, missed_peers, missed_short_forms, missed_surnames, nickname_spans,
                                     paired_people, people_of_orgs, people_tagged_as_orgs, pet_spans, press_nickname_spans, short_forms, split_listed,
                                     surnames, tagged_peers, territorial_peers, team_short_forms, town_clubs)
from helpers.text import data_lines, data_records, ends_sentence

APPOSED_SETTLEMENT = re.compile(r"(?<![\w'’-])([A-Z][a-z]+),\s+the\s+(?:[\w-]+\s+){0,2}?" + context.SETTLEMENT)  # "Amarillo, the Texas city"
CLERIC = re.compile(r"(?:Bishop|Archbishop|Cardinal|Canon|Rabbi|Imam|Reverend|Rev\.?) ([A-Z][\w'’-]+)")  # "Bishop Knowles"
COUPLE = re.compile(r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?) (?:and|&) ([A-Z][\w.'-]* [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)")
STATE = re.compile(r"(?!U\.[SKN]\.)(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)")  # "N.Y.", "Calif.", not "U.S."
POSSESSIVE_END = context.POSSESSIVE_END  # a possessive ending a name
FOUNDER_BEFORE = re.compile(r"\b(?:founded|set up|started|established|created|named after)\s+(?:by\s+)?(?:the\s+late\s+)?$"
                            r"|\bfounder,?\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}$")  # "its founder, the former tennis player David Lloyd"
NAME_AND_SCORES = re.compile(r"([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2})(?:\s+\d{1,2}\s*[-–]\s*\d{1,2})+")  # "Taylor Dent 6-4 7-5"
SCORE = re.compile(r"\s*\b\d+\s*[-–]\s*\d+\b\s*")
AMBIGUOUS_TITLES = {"General", "Gen.", "Premier", "Director",  # also open company names ("General Motors")
                    "Brigadier", "Colonel", "Col", "Lieutenant Colonel", "Lt Col", "Field Marshal", "Air Chief Marshal", "Air Marshal",
                    "Admiral", "Corporal", "Lance Corporal", "Cpl", "Gen", "Maj", "Capt", "Lt", "Brig"}  # ranks stripped from names, but "colonel US Army" is no person
AMBIGUOUS = frozenset(AMBIGUOUS_TITLES)
TAIL = re.compile(r"(?:\s*[(\[]|\s+(?:of|and|the|for|in|at|to|board|fans?|supporters?|squad|players|shareholders|directors|boss|season|"
                  r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))+$")  # "BankAmerica Co of",
# "... Agriculture (", "The United board" (a name's own words are capitalised: "Wales Tourist Board")
LOWER_AFTER_THE = re.compile(r"\s+the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}$")  # "won [Leigh the prize] for best director"
COUNT_END = re.compile(r"\s+\d{1,3}$")  # "United 11" points behind: a count, not part of the name ("Apollo 11", "Channel 4")
COUNTED_AFTER = re.compile(r"\s+(?:points?|goals?|runs?|wickets?|places?|shots?|games?|matches|seconds|minutes|strokes|lengths|yards|metres)\b")
ACRONYM_TAIL = re.compile(r"\s*\(\s*[A-Z][A-Za-z]{1,7}$")  # "... Organization (ICO" when the model stops before ")"
NOUN_INSIDE = re.compile(r"([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}) ([a-z]+(?:-[a-z]+)?) ([A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]+){1,2})")  # "Blues fan
# Derek Saunders": a club, a lower-case noun for people (`data/person_nouns.txt`) and a person's given name and surname
DEMONYM_OPENS = re.compile(r"(?:[Tt]he )?(?:Dane|Swede|Scot|Scotsman|Briton|Finn|Pole|Spaniard|Welshman|Irishman|Englishman|Frenchman|Dutchman) "
                           r"([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){1,2})")  # "(the) Dane Janus Friis", tagged ORG
NATIONAL_OPENS = re.compile(r"(?:[Tt]he )?([A-Z][a-z]+) ([A-Z][a-z][\w'-]* [A-Z][a-z][\w'-]*)")  # "the German Berti Vogts", tagged ORG
RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|former|younger|older|elder|twin|[A-Z][a-z]+)\s+)?(?:wife|husband|son|"
                        r"daughter|brother|sister|mother|father|partner|widow|fiancee?|girlfriend|boyfriend),?\s+$")  # "his wife Melinda Gates"
HYPHENED = re.compile(r"-[A-Z][a-z][\w']*")  # the rest of a double-barrelled surname
SURNAME_HEAD = re.compile(r"([A-Z][\w'’-]+) (?:at|of|in|for|with|and) [A-Z][\w'’ -]*")  # "Henry at Arsenal", a work: a name and more
SURNAME_THEN = re.compile(r"([A-Z][\w'’-]+) (?:later|earlier|afterwards|then|yesterday|today|tonight)")  # "Keane later", a date
PLACE_AS_NAME = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) as ([A-Z][\w'’-]+)")  # "Westminster as Ming"
KNOWN_BEFORE = re.compile(r"\bknown\s+" + context.KNOWN_AT + r"\s+(?:the\s+)?$")  # "known at " before it
QUOTE_END = re.compile(r"[\"“”]+[.,;:!?]*$")  # a closing quotation mark (and the stop after it) at a span's end
FULL_STOP_END = re.compile(r"(?<=[a-z]{2})\.$")  # a sentence's full stop inside a name span ("Fry."; not "Jr.", "St.")
AGE_AFTER = re.compile(r",\s+\d{2},(?!\d)")  # ", 41,": an age, not "Sri Lanka, 28,000"
AGE_OR_WHO_AFTER = re.compile(AGE_AFTER.pattern + "|" + context.WHO_AFTER.pattern)  # ", 41," or ", who travelled": a person
GIVEN_AND_SURNAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z][\w'-]+")
NEWSPAPER = re.compile(r"(?:[Tt]he )?" + untagged.PAPER_WORDS)  # "The Daily Telegraph", tagged a work
HYPHENED_LEAD = re.compile(r"[A-Z][a-z]+(?:-[a-z]{5,})+ (?=[A-Z])")  # "Non-league ", "Second-placed ": no name's word is so written
LEAGUE_LEAD = re.compile(r"(?:(?:First|Second|Third) Division|Division (?:One|Two|Three)|Premiership|Premier League) "
                         r"(?=[A-Z])(?!(?:Rugby|Football|Cup|Trophy|Table|Title|Season|Club|Clubs|Champions|Leaders|Side)\b)")  # "First Division Clyde": the league a club plays in
GIVEN_ALONE = r"(?:^|(?<=[.!?\"“‘'(]\s)|(?<=[\"“‘'(])|(?<=\n))({})(?= (?:was|is|has|had|wants|wanted|said|says|told|divorced|married|hoping|will|would)\b)"
LISTED_PERSON_END = re.compile(r"(.+?),? and ([A-Z][a-z]+ [A-Z][a-z][\w'’-]+)")  # "The White Stripes and Kylie Minogue"
LIST_GOES_ON = re.compile(r",? (?:and|or) |, (?=[A-Z])")  # a list of three or more: "Glasgow, Manchester and ..."
PATRONYMIC = {"bin", "ibn", "bint"}  # "Abdullah bin Abdul Aziz": the model may split the name before them
NAME_PARTICLES = {"de", "da", "di", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "y", "ter", "ten", "dos", "das", "della"}


@dataclass(frozen=True)
class RepairRules:
    """Curated word lists of the repair rules (editable files in `data/`)."""

    prefixes: dict[str, str]
    role_nouns: frozenset[str]
    org_suffixes: frozenset[str]
    team_words: frozenset[str]
    name_titles: tuple[str, ...]
    person_titles: frozenset[str]
    non_names: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    peers: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # the wider given-name list (`data/given_name_sexes.csv`, with first_names.csv)
    org_heads: frozenset[str] = frozenset()  # words that end an organisation's name and no person's ("Studios", `data/org_heads.txt`)


@lru_cache(maxsize=1)
def load_repair_rules() -> RepairRules:
    """Load the repair word lists once per process."""
    table = pd.DataFrame(data_records("name_prefixes.csv"))
    titles = data_lines("person_titles.txt") + data_lines("female_titles.txt") + data_lines("male_titles.txt")
    return RepairRules(
        dict(zip(table["word"], table["label"])), frozenset(data_lines("role_nouns.txt")),
        frozenset(w.rstrip(".") for w in data_lines("org_suffixes.txt")), frozenset(data_lines("team_words.txt")),
        tuple(sorted(data_lines("name_titles.txt"), key=len, reverse=True)), frozenset(titles),
        frozenset(data_lines("non_names.txt")), frozenset(data_lines("org_words.txt")), frozenset(data_lines("person_roles.txt")),
        frozenset(r["name"] for r in data_records("first_names.csv")), frozenset(data_lines("stopwords_en.txt")),
        frozenset(data_lines("peer_titles.txt")),
        context.word_lists()["given_names"], frozenset(data_lines("org_heads.txt")),
    )


def org_tail(text: str, end: int, rules: RepairRules) -> int:
    """End of the company endings right after `end` (" and Co", " Inc", " and Rubber Co L.P."), else `end`."""
    while True:  # endings can follow each other: " and Co L.P.", " Co Inc"
        m = re.match(r"(?:,?\s+(?:and|&)(?:\s+[A-Z][\w.]*){0,3}?)?\s+([A-Z][\w.]*)(?![\w-])", text[end : end + 60])
        if not (m and m.group(1).rstrip(".") in rules.org_suffixes):
            return end
        end += m.end()


def split_scores(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a span left when scores ("3-0") are cut out."""
    parts, pos = [], start
    for m in SCORE.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return [(s, e) for s, e in parts if text[s:e].strip()]


def trim_person(text: str, start: int, end: int, rules: RepairRules) -> tuple[int, int, str]:
    """Cut lower-case, party and nationality words from the front of a person span, role nouns from its front when two
    words follow ("MP Richard Allan") and from its end."""
    label = "PERSON"
    m = re.search(r"\s+(\S+)$", text[start:end])
    if m and m.group(1) in rules.common_words:  # "Jim Rover - who says": the clause's first word, the name before it
        end = start + len(text[start : start + m.start()].rstrip(" -–—,"))
    elif m and (m.group(1) in rules.role_nouns or m.group(1).islower() and m.group(1) not in NAME_PARTICLES):  # "Jeroen van" + "der Veer"
        end = start + m.start()
        label = rules.prefixes.get(text[start:end], "NORP" if re.search(r"(?:an|ian|ese|ish|i)$", text[start:end]) else "ORG")
    while label == "PERSON":
        m = re.match(r"(\S+)\s+", text[start:end])
        glued = next((p for p in rules.prefixes if " " in p and text.startswith(p + " ", start)), None)
        if glued and text[start + len(glued) + 1 : end].strip():
            start += len(glued) + 1
            continue
        role = m is not None and m.group(1) in rules.role_nouns and len(text[start + m.end() : end].split()) >= 2  # "Lib Dem MP Richard Allan"
        if not m or not (m.group(1)[0].islower() and m.group(1) not in NAME_PARTICLES or m.group(1) in rules.prefixes or role):
            break
        start += m.end()
    if text[start:end] in rules.prefixes:
        label = rules.prefixes[text[start:end]]
    return start, end, label


JOINING = frozenset({"of", "and", "the", "do", "e", "en", "et", "und"})  # inside a name: "Lord Sainsbury of Turville", "Heldring en Pierson"


def lower_cut(text: str, start: int, end: int, rules: RepairRules) -> list[tuple[int, int, str]]:
    """A person span cut at lower-case words inside it ("Exeter fan Trevor Blundell", "Leeds at Elland Road"): the last
    piece stays the person when it opens with a given name, the other pieces are SPLIT; a span with no such word, or
    only name particles and joining words (JOINING: "Lord Sainsbury of Turville", "Sheikh Saad al-Abdulla"), or with a
    digit, is left whole."""
    words = list(re.finditer(r"\S+", text[start:end]))
    inner = [w for w in words[1:-1] if re.fullmatch(r"[a-z]+", w.group()) and w.group() not in NAME_PARTICLES | JOINING]
    if not inner or re.search(r"\d", text[start:end]):
        return [(start, end, "PERSON")]
    runs = list(re.finditer(r"[A-Z][^\s]*(?:\s+[A-Z][^\s]*)*", text[start:end]))
    if not runs:
        return [(start, end, "PERSON")]  # no capitalised word to cut at: the span as the model gave it
    last = runs[-1].group().split()[0] in rules.given_names and runs[-1].group().count(" ") >= 1
    return [(start + m.start(), start + m.end(), "PERSON" if m is runs[-1] and last else "SPLIT") for m in runs]


NAMED_RANKS = frozenset({"King", "Queen"})  # ranks that end firms' and people's names ("Greene King", "Burger King", "Ellery Queen")


SURNAME_HEADS = frozenset({"Press", "Mills"})  # trade words that end firms' names and are surnames too (not in org_heads.txt)


def person_label(name: str, rules: RepairRules) -> str | None:
    """The label a PERSON span really has: ORG for clubs, companies and acronyms, None when it is no name."""
    words = name.split()
    if any(ch.isdigit() for ch in name):
        return None
    if len(words) > 1 and (set(words) & rules.team_words or POSSESSIVE_END.sub("", words[-1]).rstrip(".") in rules.org_suffixes | rules.org_heads
                           or words[-1] in ("UK", "International")):
        return "ORG"  # "Elixir Studios", "Leeds Rhinos", "Moss Lawson Inc", "Abbey National", "Carphone Warehouse's figures",
        # "Thomas Cook UK" (a firm's arm in a country), "Kerzner International" (not a short form's long name: "ConAgra
        # International" is a unit of ConAgra Inc)
    if len(words) == 2 and words[-1] in SURNAME_HEADS and words[0] not in rules.given_names | rules.person_titles:
        return "ORG"  # "Johnston Press", "Saltaire Mills": a surname-like trade word after no given name ends a firm's name (not "Bill Press")
    if "&" in name:
        return "ORG"  # "M&C Saatchi", "Procter & Gamble": no person's name holds an ampersand
    if (len(words) > 1 and set(words) & rules.org_words or len(words) > 2 and set(words[1:-1]) & rules.org_heads) and words[0] not in rules.given_names | rules.person_titles:
        return "ORG"  # "Santander Central Hispano", "Halifax Bank": a name that opens with no given name or title and holds an
        # institution's word is no person's (not "Colin Exchange", "Mr Exchange"); nor one with such a head inside ("The
        # Edinburgh Festival Fringe")
    if name in rules.team_words:
        return "ORG"
    if len(words) > 2 and words[0] == "The" and "of" not in words and not set(words) & (rules.person_titles | set(rules.name_titles)):
        return "ORG"  # "The Da Vinci Code", "The Bootleg Beatles": no person's name of three words opens with "The" (not "The
        # Rev Ian Paisley", "The Prince of Wales")
    if len(words) > 1 and words[-1] in rules.name_titles and words[-1] not in NAMED_RANKS and words[0] not in rules.given_names:
        return None  # "the senior Law Lord, Lord Bingham": an office ending in a rank, no name
    if re.fullmatch(r"[A-Z&.\-]{2,}", name.strip("<>()")) or re.search(r"^<|>$", name):  # wires mark companies "<Matra>"
        return "ORG"
    return "PERSON"


def repair_span(text: str, start: int, end: int, label: str, rules: RepairRules) -> list[list]:
    """The repaired span(s) of one raw entity, as [start, end, label]; pieces cut by a score are marked SPLIT."""
    lead = HYPHENED_LEAD.match(text, start, end) if context.SENTENCE_END_BEFORE.search(text, max(0, start - 3), start) else None  # not "Dai-ichi"
    start = lead.end() if lead else start  # "Non-league Exeter City": a sentence's first adjective is no part of the name
    league = LEAGUE_LEAD.match(text, start, end) if label == "ORG" else None
    start = league.end() if league else start  # "First Division Clyde pulled off a shock": the club, not its league
    parts = split_scores(text, start, trim_tail(text, start, end))
    labelled = [(s, e, label if len(parts) == 1 else ("SPLIT" if label == "PERSON" else label)) for s, e in parts]
    out = []
    for s, e, lab in [piece for s, e, lab in labelled for piece in (lower_cut(text, s, e, rules) if lab == "PERSON" else [(s, e, lab)])]:
        s, lab = glued.titled_name(text, s, e, lab, (rules.person_titles, AMBIGUOUS), rules.org_words)
        lab = glued.generational(text, s, e, lab)
        if lab == "PERSON":
            e = owner_end(text, s, e, rules)
            s, e, lab = trim_person(text, s, e, rules)
            tail = org_tail(text, e, rules)
            if tail > e:
                e, lab = tail, "ORG"
            elif lab == "PERSON":
                lab = person_label(text[s:e], rules)
                if lab == "ORG" and AGE_AFTER.match(text, e) and given_and_surname(text, s, e):
                    lab = "PERSON"  # "Fan Peter Tigers, 52, said": an age makes a person of a name that holds a team's word
                before = text[max(0, s - 20) : s]
                title = next((t for t in rules.name_titles if before.endswith(t + " ")), None)
                if title and lab == "PERSON":
                    s -= len(title) + 1
                head = next((t.rpartition(" ")[0] for t in rules.name_titles if " " in t and text.startswith(t.rpartition(" ")[2] + " ", s)
                             and text[max(0, s - 20) : s].endswith(t.rpartition(" ")[0] + " ")), None)
                s -= len(head) + 1 if head and lab == "PERSON" else 0  # "Crown " before "Prince Abdullah"
        elif lab == "ORG":
            e = org_tail(text, e, rules)
            lab = "PERSON" if after_title(text, s, e, rules) or described(text, s, e, rules) or kin_named(text, s, e, rules) or who_named(text, s, e, rules) else lab
            s, e, lab = context.noun_named_person(text, [s, e, lab])  # "Trainer Henrietta Knight": early, so "Knight" alone is found
            m = DEMONYM_OPENS.fullmatch(text, s, e)
            if m and lab == "ORG":
                demonym = re.match(r"(?:[Tt]he )?(\w+)", text[s:e])
                out.append([s + demonym.start(1), s + demonym.end(1), "NORP"])  # the nationality noun is a mention of its own
                s, lab = m.start(1), "PERSON"  # "Swede Niklas Zennstrom and Dane Janus Friis": a nationality noun opens no firm's name
            m = NATIONAL_OPENS.fullmatch(text, s, e) if lab == "ORG" else None
            if (m and m.group(1) in context.word_lists()["nationalities"] and m.group(2).split()[0] in rules.given_names
                    and name_like(m.group(2), rules)):
                out.append([m.start(1), m.end(1), "NORP"])
                s, lab = m.start(2), "PERSON"  # "replacing the German Berti Vogts": a nationality and a given name and surname, tagged ORG
            m = NOUN_INSIDE.fullmatch(text, s, e) if lab == "ORG" else None
            if (m and m.group(2) in context.word_lists()["person_nouns"] and m.group(3).split()[0] in rules.given_names
                    and name_like(m.group(3), rules) and (m.group(1) in context.club_names() or m.group(1) in context.club_nicknames())):
                # a club or its nickname ("Blues"), not "Local fan Bryn Davis", a sentence's first word
                out.append([s, m.end(1), "ORG"])  # "Blues fan Derek Saunders, who travelled", tagged ORG: the club, then the fan
                s, lab = m.start(3), "PERSON"
        if lab in ("GPE", "NORP", "LOC") and (described(text, s, e, rules) or after_title(text, s, e, rules)):
            lab = "PERSON"
        if lab in ("FAC", "GPE", "LOC") and AGE_OR_WHO_AFTER.match(text, e) and given_and_surname(text, s, e):
            lab = "PERSON"  # "England fan Rachel Holland, who travelled", tagged a building
        if lab in ("FAC", "GPE", "LOC", "NORP") and given_and_surname(text, s, e) and context.person_noun_before(text, s):
            lab = "PERSON"  # "Prop Gethin Jenkins scored", "Leeds fan Rachel Holland", tagged a place
        if lab in ("ORG", "GPE", "NORP", "LOC"):
            s, lab = with_first_name(text, s, e, lab, rules)
        club = re.search(r"([A-Z]\w+) $", text[max(0, s - 12) : s])
        if lab in ("GPE", "PERSON") and club and club.group(1) in rules.team_words:
            s, lab = s - len(club.group(1)) - 1, "ORG"  # "Real Madrid": the model saw only the city
        if lab:
            out.append([s, e, lab])
    return out


def owner_end(text: str, start: int, end: int, rules: RepairRules) -> int:
    """The end of a person span glued to what the person owns or made, cut before the possessive ("Tony Christie's Amarillo"
    -> "Tony Christie"): the owner is a full name opened by a given name, the rest opens with no given name."""
    m = re.fullmatch(r"((\S+)(?: \S+)+?)['’]s (\S+)(?: \S+){0,2}", text[start:end])
    if not m or m.group(2) not in rules.given_names or m.group(3) in rules.given_names:
        return end
    return start + m.end(1)


def trim_tail(text: str, start: int, end: int) -> int:
    """The span's end without a trailing opening bracket, small joining word, lower-case collective noun or "the" and
    lower-case words ("BankAmerica Co of", "won Leigh the prize",
    "the Department of Agriculture (", "The United board", "United nine" or "United 11" points behind, "United fan", "a United season ticket"),
    or the acronym its bracket spells out ("International Coffee Organization (ICO" + ")")."""
    m = ACRONYM_TAIL.search(text, start, end) if text.startswith(")", end) else None
    m = m or TAIL.search(text, start, end) or LOWER_AFTER_THE.search(text, start, end) or (
        COUNTED_AFTER.match(text, end) and COUNT_END.search(text, start, end))
    return m.start() if m and m.start() > start else end


def join_particles(text: str, ents: list[list]) -> list[list]:
    """Two person spans one space apart, the second opening with a patronymic particle, as one person
    ("Prince Abdul Aziz Ibn Salman" + "Ibn Abdul Aziz"); also a person span ending in a name particle and the one-word span
    after it, with particles between ("[[Jeroen van]] der [[Veer]]")."""
    out: list[list] = []
    for s, e, lab in sorted(ents):
        gap = text[out[-1][1] : s] if out else ""
        if out and lab == out[-1][2] == "PERSON" and gap == " " and text[s:e].split()[0].lower() in PATRONYMIC:
            out[-1] = [out[-1][0], e, "PERSON"]
        elif (out and out[-1][2] == "PERSON" and text[out[-1][0] : out[-1][1]].split()[-1] in NAME_PARTICLES and " " in text[out[-1][0] : out[-1][1]]
              and all(w in NAME_PARTICLES for w in gap.split()) and gap[:1] == gap[-1:] == " " and ONE_NAME.fullmatch(text, s, e)):
            out[-1] = [out[-1][0], e, "PERSON"]
        else:
            out.append([s, e, lab])
    return out


def split_couple(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A 'person' naming two people ("Reagan and Nancy Reagan") as two spans; any other span as it is."""
    m = COUPLE.fullmatch(text, start, end)
    return [(start, start + len(m.group(1))), (end - len(m.group(2)), end)] if m else [(start, end)]


def split_labels(text: str, ents: list[list]) -> list[list]:
    """Label the pieces a score cut from a 'person': as the same name elsewhere in the article, else GPE."""
    seen = {text[s:e]: lab for s, e, lab in ents if lab not in ("SPLIT", "PERSON")}
    return [[s, e, seen.get(text[s:e], "GPE")] if lab == "SPLIT" else [s, e, lab] for s, e, lab in ents]


CURRENCY_UNITS = frozenset({"dlrs", "dlr"})  # the wire's dollars, also capitalised in a title ("U.S. Dlrs", "H.K. Dlrs")


def role_or_lower(span: str, rules: RepairRules) -> bool:
    """True for a "person" span with no capital letter ("bush fires of conflict") or made of one role word alone ("Takako
    Doi, Chairwoman of the Japan Socialist Party"): no name."""
    return not any(ch.isupper() for ch in span) or span.lower() in rules.roles or span in rules.role_nouns


def trim_non_names(text: str, start: int, end: int, words: frozenset[str]) -> tuple[int, int] | None:
    """A span holding a unit word without its leading or trailing unit words and figures ("Revs 38.0 mln"), None when nothing is
    left or when it ends in a currency ("U.S. Dlrs")."""
    last = text[start:end].split()[-1:]
    if last and last[0].strip(".,;:'()").lower() in CURRENCY_UNITS:
        return None  # "50 billion U.S. Dlrs", tagged a person: an amount's currency, no name
    if not any(w.strip(".,;:'()") in words for w in text[start:end].split()):
        return start, end
    tokens = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    junk = lambda w: w.strip(".,;:'()") in words or not re.search(r"[^\W\d_]", w)
    while tokens and junk(tokens[0][2]):
        tokens.pop(0)
    while tokens and junk(tokens[-1][2]):
        tokens.pop()
    keep = tokens and any(ch.isupper() for _, _, w in tokens for ch in w)  # "Revs 3.1 mln vs 2.9 mln" leaves "vs"
    return (tokens[0][0], tokens[-1][1]) if keep else None


def name_like(name: str, rules: RepairRules) -> bool:
    """True for one to three capitalised words that could be a person's name (no company, club or institution word)."""
    words = name.split()
    if not re.fullmatch(r"(?:[A-Z][\w'.-]* ){0,2}[A-Z][a-z][\w'-]*", " ".join(words)):
        return False
    return not set(words) & (rules.team_words | rules.org_suffixes | rules.org_words)


def after_title(text: str, start: int, end: int, rules: RepairRules) -> bool:
    """True when a name-like span follows a person title, capitalised or not ("Vice-President ", "TRW chairman ")."""
    if not name_like(text[start:end], rules):
        return False
    before = re.sub(r"(?<=\w)-(?=[A-Z])", " ", text[max(0, start - 40) : start])
    return title_pattern(rules.person_titles, rules.roles).search(before) is not None


@lru_cache(maxsize=4)
def title_pattern(titles: frozenset[str], roles: frozenset[str] = frozenset()) -> re.Pattern:
    """One regex matching any unambiguous title of `titles` (or its lower-case form) or role noun as whole words at the end of a text, then one space."""
    plain = titles - AMBIGUOUS_TITLES
    words = sorted(plain | roles | {t.lower() for t in plain} - {t.lower() for t in AMBIGUOUS_TITLES}, key=lambda t: (-len(t), t))
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(t) for t in words) + r") $")


def in_apposition(text: str, end: int, roles: frozenset[str]) -> bool:
    """True when a role noun describes the name ending at `end` (", president and chief executive of ..."), not someone it introduces."""
    m = re.match(r",\s+((?:[a-z][\w'-]*[ \t]+){1,4})(\S*)", text[end : end + 80])
    if not m:
        return False
    words = m.group(1).split() + [m.group(2)]
    for i, word in enumerate(words[:-1]):
        if word in roles:
            while i + 1 < len(words) - 1 and (words[i + 1] in roles or words[i + 1] in ("and", "vice", "general")):
                i += 1
            return not words[i + 1][:1].isupper()  # "Texaco, chief executive James Kinnear" introduces him
    return False


def kin_named(text: str, start: int, end: int, rules: RepairRules) -> bool:
    """True when a name-like span of two or three words, or a listed given name, follows "his wife", "her brother" ...
    ("accompanied by his wife Melinda Gates", tagged ORG; "his wife, Melinda," beside the Bill and Melinda Gates
    Foundation): a relative is a person."""
    name = text[start:end]
    return (" " in name and name_like(name, rules) or name in rules.given_names) and RELATIVE_BEFORE.search(text, max(0, start - 40), start) is not None


def described(text: str, start: int, end: int, rules: RepairRules) -> bool:
    """True when a two- or three-word name-like span is described by a role in an apposition ("Rod Canion, president of Compaq")."""
    name = text[start:end]
    return " " in name and name_like(name, rules) and in_apposition(text, end, rules.roles)


def who_named(text: str, start: int, end: int, rules: RepairRules) -> bool:
    """True when a two-word name-like span is followed by ", who" and a verb and its last word stands alone elsewhere in the
    article ("Janus Friis, who earlier set up Kazaa ... Friis, a Dane, said"), outside a sport sentence (a club: "Aston Villa, who beat")."""
    words = text[start:end].split()
    if AGE_OR_WHO_AFTER.match(text, end) is None or len(words) != 2 or not all(re.fullmatch(r"[A-Z][a-z][\w'-]*", w) for w in words):
        return False
    alone = re.compile(r"(?<![\w'-])" + re.escape(words[1]) + r"(?![\w'-])(?!\s+[A-Z])")
    return (name_like(text[start:end], rules) and (alone.search(text, 0, start) is not None or alone.search(text, end) is not None)
            and not context.sport_sentence(text, start, end))


NOUN_APPOSED = re.compile(r",\s+(?:a|an|the)\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*)")  # ", a retired miner from"
APPOSITION_END = frozenset({"from", "of", "at", "in", "for", "with", "who", "whose", "and", "on", "to"})


def with_first_name(text: str, start: int, end: int, label: str, rules: RepairRules) -> tuple[int, str]:
    """A one-word company or place right after an untagged first name is that person, from the first name on,
    when the first name is curated or a role describes the name ("Gilberto Arango, president of ..."), or it is a wider given
    name and an apposition calls it a person ("Aled Morgan, a retired miner", tagged ORG at "Morgan") or it owns a relative
    or a colleague ("Cecil Sharp's colleague"); else unchanged."""
    before = ("\n" if start <= 40 else "") + text[max(0, start - 40) : start]
    m = re.search(r"(?:[\n.;:\"(]\s*|[\s,][a-z]\w*\s+)([A-Z][a-z]+) $", before)
    if not m or " " in text[start:end] or not name_like(text[start:end], rules):
        return start, label
    first = m.group(1)
    if first.lower() in rules.common_words or first in rules.person_titles or first in rules.prefixes:
        return start, label
    if first in rules.first_names or in_apposition(text, end, rules.roles) or first in rules.given_names and (
            person_apposed(text, end) or PEOPLE_OWNED.match(text, end)):  # "Cecil Sharp's colleague", tagged ORG at "Sharp"
        return start - len(first) - 1, "PERSON"
    return start, label


PEOPLE_OWNED = re.compile(r"['’]s\s+(?:late\s+|former\s+|elder\s+|younger\s+)?(?:wife|husband|widow|widower|son|sons|daughter|daughters|"
                          r"brother|sister|mother|father|colleague|colleagues|partner|girlfriend|boyfriend|friend|biographer|grandson|"
                          r"granddaughter|nephew|niece)\b")  # a possessive owning a relative or a colleague: a person's


def person_apposed(text: str, end: int) -> bool:
    """True when an apposition calls the name ending at `end` a kind of person (", a retired miner from Merthyr Tydfil", ", the
    club's former goalkeeper"; `data/person_nouns.txt`) or a relative, an age or ", who" describes it (`context.PERSON_APPOSED`)."""
    m, nouns = NOUN_APPOSED.match(text, end), context.word_lists()["person_nouns"]
    words = m.group(1).split() if m else []
    head = words[: next((i for i, w in enumerate(words) if w in APPOSITION_END), len(words))]  # the noun phrase before "from", "who" ...
    return bool(head) and head[-1] in nouns or context.PERSON_APPOSED.match(text, end) is not None


SURNAME_GLUED = re.compile(r"([A-Z][\w'’-]+) (?:on|in|at|with) [A-Z]")  # "Tennant on Casanova", one span


def surname_glued_orgs(text: str, ents: list[list]) -> list[list]:
    """An organisation span that is the surname of a person named in full in the article, a preposition and a name
    ("worked with Tennant on Casanova" beside David Tennant, one span tagged ORG) is that person's surname only."""
    people = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and len(text[s:e].split()) > 1}
    out = []
    for s, e, lab in ents:
        m = SURNAME_GLUED.match(text, s, e) if lab == "ORG" else None
        out.append([s, s + len(m.group(1)), "PERSON"] if m and m.group(1) in people else [s, e, lab])
    return out


def split_glued_place(text: str, ents: list[list]) -> list[list]:
    """Cut a place that ends a two-word 'person' when the first word is the surname of a person named in full
    in the article and the place is tagged GPE/NORP elsewhere in it ("told Funaro Brazil had" -> "Funaro", "Brazil"), unless
    the first word is a given name: a person ("Victoria Beckham" beside Simon Victoria, "Terry Bolton" beside John Terry)."""
    places = {text[s:e]: lab for s, e, lab in ents if lab in ("GPE", "NORP")}
    people = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and len(text[s:e].split()) > 1}
    out = []
    for s, e, lab in ents:
        words = text[s:e].split()
        if (lab == "PERSON" and len(words) == 2 and words[-1] in places and words[0] in people - {words[-1]}
                and words[0] not in context.word_lists()["given_names"]):
            cut = s + text[s:e].rindex(words[-1])
            out += [[s, s + len(text[s:cut].rstrip()), "PERSON"], [cut, e, places[words[-1]]]]
        else:
            out.append([s, e, lab])
    return out


def town_before_state(text: str, ents: list[list]) -> list[list]:
    """A one-word 'person' right before a comma and a place abbreviation the model tags GPE is a place ("at Chester, N.Y.")."""
    states = {s for s, e, lab in ents if lab == "GPE" and STATE.fullmatch(text[s:e])}
    out = []
    for s, e, lab in ents:
        comma = re.match(r",\s+", text[e : e + 4]) if lab == "PERSON" and " " not in text[s:e] else None
        out.append([s, e, "GPE" if comma and e + comma.end() in states else lab])
    return out


def opened_by_org(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a person span of two or three words that opens with a one-word organisation of the
    article, no given name nor title, made that organisation's longer name: "Sony Ericsson, the joint venture between Sony
    and Ericsson", "Virgin Mobile" beside "Virgin"; so is one the article tags an organisation elsewhere ("a port called
    London Gateway ... London Gateway would draw traffic"); not a span that speaks or that an apposition gives a person's
    role."""
    single = {text[s:e] for s, e, lab in ents if lab == "ORG" and ONE_NAME_WORD.fullmatch(text, s, e)}
    full_names = {text[s:e] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]}
    whole = {name for s, e, lab in ents if lab == "ORG" and " " in (name := text[s:e])  # "London Gateway", tagged ORG once; not
             and not any(p != name and p.split()[-1] == name.split()[-1] for p in full_names)}  # "Dannii Minogue" beside Kylie Minogue
    out = []
    for s, e, lab in ents:
        words = text[s:e].split() if lab == "PERSON" and (single or whole) else []
        opened = (1 < len(words) <= 3 and (words[0] in single or text[s:e] in whole) and words[0] not in rules.given_names
                  and words[0] not in rules.person_titles
                  and not people.PERSON_AFTER.match(text, e) and not people.SAID_BEFORE.search(text[max(0, s - 20) : s])
                  and not in_apposition(text, e, rules.roles))
        out.append([s, e, "ORG" if opened else lab])  # not "said Freeman Doyle, a games retailer" beside the hero "Freeman", nor
        # "Wang Chao-Ming, vice-chairman of the council" beside a "Wang" the model tags ORG
    return out


ONE_NAME_WORD = re.compile(r"[A-Z][\w&'’-]+")  # a one-word name: "Sony", "Virgin"


def opens_org(name: str, orgs: set[str]) -> bool:
    """True when an organisation of `orgs` opens with `name` and is no institution of a listed town of that name ("Crazy
    Eddie Inc", "Robin Hood Airport"; not "Coventry City Council", `town_of`)."""
    return any(o.startswith(name + " ") for o in orgs) and not town_of(name, orgs)


def town_of(name: str, orgs: set[str]) -> bool:
    """True when `name` is a listed town and an organisation of `orgs` is its institution ("Coventry City Council")."""
    return name in context.listed_places() and any(institution_of(name, o) for o in orgs)


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def longest_piece(start: int, end: int, cuts: list[tuple[int, int]]) -> tuple[int, int]:
    """The longest piece of the span start..end left between the (start, end) `cuts` in it (the last of equal ones)."""
    bounds = [start] + [b for cut in cuts for b in cut] + [end]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return max(reversed(pieces), key=lambda p: p[1] - p[0])


def one_paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """A span cut to its longest piece between blank lines: no name runs across a paragraph ("REUTER\n\nBank of China")."""
    return longest_piece(start, end, [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text, start, end)])


SENTENCE_STOP = re.compile(r"\b([A-Za-z]\w*\.)\s+(?=[A-Z])")  # "Petronella Wyatt. Party sources said": a word, then a sentence


def one_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """A span cut to its longest piece between sentences: no name runs over a full stop after a word ("Wyatt. Party"),
    while one after an abbreviation or an initial stays ("Corp. unit", "Co. Ltd")."""
    return longest_piece(start, end, [(m.end(1) - 1, m.end()) for m in SENTENCE_STOP.finditer(text, start, end) if ends_sentence(m.group(1))])


def strip_dashes(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without dashes at its ends ("Aston Martin -" of "... Volvo and Aston Martin - had a mixed year")."""
    m = re.fullmatch(r"(?:[-–—]+\s+)?(.*?)(?:\s+[-–—]+)?", text[start:end], re.S)
    return (start + m.start(1), start + m.end(1)) if m and m.group(1) else (start, end)


LAST_WORD = re.compile(r"\s+(\S+)$")
DASHED_NAME = re.compile(r"([A-Z][^-–—]*?)\s+[-–—]\s+([A-Z][\w'’-]* [A-Z][\w'’-]*)")  # "Phoenix Four - John Towers"


def without_post_nominals(text: str, start: int, end: int) -> int:
    """The end of a person span of two words or more before the letters after the name ("Richard Mawrey QC",
    "Kelly Holmes MBE" end at the surname; `data/post_nominals.txt`)."""
    span, letters = text[start:end], context.word_lists()["post_nominals"]
    while (last := LAST_WORD.search(span)) and last.group(1) in letters and len(span[: last.start()].split()) > 1:
        span = span[: last.start()]
    return start + len(span)


OWNED_LABELS = frozenset(OTHER_NAME_LABELS) | {"ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}  # what a titled owner's span may be tagged
TITLE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{context.ADDRESS_TITLES}|Sir|Dame|Lord|Lady)\.? $")  # "Mr " right before a span
POSSESSIVE_OPENING = re.compile(r"[A-Z][\w'’-]+['’]s\s+[A-Z]")  # "Turner's Pensions Commission": an owner opens the span
TITLED_OWNER = re.compile(rf"((?:{context.ADDRESS_TITLES}|Sir|Dame|Lord|Lady)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?['’]s)\s+(\S.*)")


def titled_owners(text: str, ents: list[list]) -> list[list]:
    """A span the model tags as what a titled person owns ("Mr Brown's Budget", ORG) as that person's, and the owned name
    with its label when it is two or more capitalised words ("Mr Murdoch's News Corporation"), also when the title stands
    outside the span ("Mr [[Turner's Pensions Commission]]")."""
    out = []
    for s, e, lab in ents:
        title = TITLE_BEFORE.search(text, max(0, s - 12), s) if lab in OWNED_LABELS and POSSESSIVE_OPENING.match(text, s, e) else None
        s = title.start() if title else s  # "Mr [[Turner's Pensions Commission]]": the title the model left out opens the owner
        m = TITLED_OWNER.fullmatch(text, s, e) if lab in OWNED_LABELS else None
        if not m:
            out.append([s, e, lab])
            continue
        out.append([s, m.end(1), "PERSON"])
        if len(owned := m.group(2).split()) > 1 and all(w[:1].isupper() for w in owned):
            out.append([m.start(2), e, lab])
    return out


OWNED_TITLED = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*(?:['’]s|s['’])\s+((?:{context.ADDRESS_TITLES}|Sir|Dame|Lord|Lady)\.? [A-Z][\w'’-]+)")


def owned_titled(text: str, ents: list[list]) -> list[list]:
    """A person span opened by an owner's possessive ("The Lib Dems' Dr Cable", "UKIP's Mr Farage") as the titled
    person alone: the party, club or firm is no part of the name."""
    return [[m.start(1), e, lab] if lab == "PERSON" and (m := OWNED_TITLED.fullmatch(text, s, e)) else [s, e, lab] for s, e, lab in ents]


def repair_entities(text: str, ents: list[list], labels: tuple[str, ...]) -> list[list]:
    """The article's entities after span and label repair, sorted by position."""
    rules = load_repair_rules()
    out = []
    for start, end, label in ents:
        start, end = strip_dashes(text, *one_sentence(text, *one_paragraph(text, start, end)))
        start += len(text[start:end]) - len(text[start:end].lstrip("\"“”' "))  # '" Mrs Price', a work: the quotation mark is no part of it
        closing = QUOTE_END.search(text, start, end)
        end = closing.start() if closing else end  # 'the founder as "Sir [[Charles".]]': the closing quotation mark ends the name
        if start >= end:
            continue  # a span of quotation marks only names nothing
        end -= 1 if FULL_STOP_END.search(text, start, end) and (label == "PERSON" or text[start:end - 1].split()[-1] not in rules.org_suffixes) else 0
        # "hosted by [[Stephen Fry.]]", "running [[United.]]"; not "Acme Corp."
        end = without_post_nominals(text, start, end) if label == "PERSON" else end  # "Richard Mawrey QC"
        scored = NAME_AND_SCORES.fullmatch(text, start, end) if label in OTHER_NAME_LABELS else None
        end, label = (start + len(scored.group(1)), "PERSON") if scored else (end, label)  # "Taylor Dent 6-4 6-7 7-5", a "work"
        label = "ORG" if label == "WORK_OF_ART" and NEWSPAPER.fullmatch(text, start, end) else label  # '"The Daily Telegraph has
        # been exposed"', tagged a work: the paper, so "the Telegraph" folds into it
        dashed = DASHED_NAME.fullmatch(text, start, end) if label in labels else None
        if dashed and dashed.group(2).split()[0] in rules.given_names and name_like(dashed.group(2), rules):
            out += repair_span(text, start, start + len(dashed.group(1)), label, rules) + repair_span(text, end - len(dashed.group(2)), end, "PERSON", rules)
            continue  # "the so-called Phoenix Four - John Towers, ...": a group, then its first member
        if label in OTHER_NAME_LABELS and text.startswith(")", end) and (tail := ACRONYM_TAIL.search(text, start, end)) and tail.start() > start:
            label = "ORG"  # "Action on Smoking and Health (Ash", tagged a work: a name its bracket spells out is an organisation's
        if label == "PERSON" and role_or_lower(text[start:end], rules):
            continue
        bracket = text.find(" (", start, end)
        if bracket > start and ")" not in text[bracket:end] and text[start:bracket].split()[-1].rstrip(".") in rules.org_suffixes:
            end = bracket  # "Standard Bank Investment Corp Ltd (SPRJ.J", the ticker's bracket: the company ends before it
        span = trim_non_names(text, start, end, rules.non_names) if label in labels else (start, end)
        pieces = split_couple(text, *span) if span is not None and label == "PERSON" else [span]
        for piece in pieces if span is not None else []:
            out += repair_span(text, *piece, label, rules) if label in labels else [[start, end, label]]
    out = with_senior(text, place_then_person(text, titled_works(text, out), rules))
    out = language_surnames(text, titled_owners(text, owned_titled(text, out)), rules)  # "Julia English", tagged ORG + LANGUAGE
    out = join_partners(text, town_before_state(text, split_glued_place(text, split_labels(text, join_particles(text, out)))), rules)
    out = glued.named_partners(text, glued.romance_firms(text, out))  # "Pratt" + "and Whitney", "Banco do" + "Brasil"
    out = untagged.recover_orgs(text, join_initial(text, out), rules)
    out = glued.join_place_of_body(text, glued.join_company_words(text, glued.join_spelled_out(text, out), rules.org_suffixes))
    out = places.route_ends(text, glued.join_nicknames(text, out))  # "The Showmen's Guild" + " of " + "Great Britain": one body
    out = places.town_long_forms(text, out)  # "Stoke-on-Trent", and "Stoke" alone beside it
    out = glued.trailing_person(text, out, rules.given_names, rules.org_words | rules.org_heads, rules.person_titles)  # "... Industry Hajime Tamura"
    out = glued.surname_and_person(text, out, surnames(text, out, rules), rules.given_names)  # "Page and Sergey Brin", tagged ORG
    out = glued.particle_people(text, glued.particle_tails(text, glued.particle_spans(text, out)), rules.common_words | {w.lower() for w in rules.org_words | rules.person_titles})
    orgs = {text[s:e] for s, e, lab in out if lab == "ORG"}
    titled = {m.group(1) for m in TITLE_AND_NAME.finditer(text)}  # "Ms Lapper": a person of the article
    bearers = Counter(name.split()[-1] for name in {text[s:e] for s, e, lab in out if lab == "PERSON" and " " in text[s:e]
                                                    and not TITLE_AND_NAME.match(text, s)})  # full names: "Joanne Hood", not "Ms Hood"
    trading = {w + "s" for o in orgs for w in o.split()[1:2] if re.match(r"(?:[A-Z]\.?){1,2}$|Wm$", o.split()[0]) and w[-1:] != "s"}
    out = [[s, e, "ORG" if lab == "PERSON" and (opens_org(POSSESSIVE_END.sub("", text[s:e]), orgs) or text[s:e] in trading)
            and not kin_named(text, s, e, rules) and not FOUNDER_BEFORE.search(text, max(0, s - 60), s)
            and not (" " in text[s:e] and text[s:e].split()[-1] in titled and bearers[text[s:e].split()[-1]] == 1)
            else "GPE" if lab == "PERSON" and town_of(POSSESSIVE_END.sub("", text[s:e]), orgs) and not context.TITLED.search(text[max(0, s - 12) : e])
            else lab]
           # not "his wife Melinda Gates" beside the Melinda Gates Foundation, nor "founded by Robert Wiseman" beside his dairies;
           # "Glasgow has taken more asylum seekers" beside Glasgow City Council is the city ("Mr Coventry" stays a person);
           # not "artist Alison Lapper" beside the statue "Alison Lapper Pregnant" and "Ms Lapper" (but "Robin Hood" beside
           # Robin Hood Airport, Joanne Hood and "Ms Hood" is the airport)
           for s, e, lab in out]  # also "Crazy Eddie's" beside "Crazy Eddie Inc's", "Morrisons" beside "Wm Morrison Supermarkets"
    out += [[m.start(), m.end(), "ORG"] for name in sorted(trading) for m in re.finditer(r"(?<![\w'-])" + re.escape(name) + r"(?![\w'-])", text)
            if not any(s < m.end() and m.start() < e for s, e, _ in out)]  # untagged "Morrisons bought Safeway"
    out = opened_by_org(text, out, rules)
    out = people.cut_openers(text, out, rules)
    out = surname_glued_orgs(text, out)
    out = people.missed_people(text, out, rules)
    out = paired_people(text, people_tagged_as_orgs(text, people_of_orgs(text, out, rules), rules), rules)  # "Ronaldo and Quinton Fortune"
    out = territorial_peers(text, tagged_peers(text, out, rules), rules)
    out += missed_peers(text, out, rules)
    out = [[s, speech_cut(text, s, e) if lab in OTHER_NAME_LABELS else e, lab] for s, e, lab in out]
    out = [[s, e, "PERSON" if lab in ("GPE", "LOC") and context.person_like_place(text, s, e) else lab] for s, e, lab in out]
    # "Steven Gerrard", tagged a place, is a person before his lone surname is looked for ("Gerrard, the Liverpool captain")
    names = surnames(text, out, rules)  # a surname the model calls a product, a work or a date ("Lyng", "Merton") is the person
    firsts = opening_given_names(text, out, rules)  # so is a given name ('"Lara was an icon."' beside Lara Croft)
    knighted = knighted_given_names(text, out)  # and a knight's or a dame's given name after the title ("Dame Cicely")
    if names or firsts or knighted:
        out = [[s, e, "PERSON" if surname_span(text, s, e, lab, names | firsts) or titled_surname(text, s, e, lab, names, rules, knighted)
                or placed_given_name(text, s, e, lab, firsts) else lab] for s, e, lab in out]
        out = [[s, s + len(head.group(1)), "PERSON"] if (lab in OTHER_NAME_LABELS and (head := SURNAME_HEAD.fullmatch(text, s, e))
                                                         or lab == "DATE" and (head := SURNAME_THEN.fullmatch(text, s, e))) and head.group(1) in names
               else [s, e, lab] for s, e, lab in out]  # "alongside [[Henry at Arsenal]]", tagged a work, "[[Keane later]] said", tagged
        # a date: the surname
    if names:
        out = split_listed(text, cut_owner(text, out, names), names)
    out = split_pair(text, out, names | first_words(text, out), names)  # "Stelios and O'Leary", tagged a work
    out = listed_firms(text, out, names, rules.given_names)
    out = join_hyphened(text, join_first_names(text, people.joined_surnames(text, out, names, rules.common_words), rules))
    joined = surnames(text, out, rules) - names if any(lab in OTHER_NAME_LABELS or lab == "DATE" for _, _, lab in out) else set()
    if joined:  # "Anders Frisk", whole only now: "about [[Frisk]]", tagged a product, is him
        out = [[s, e, "PERSON" if surname_span(text, s, e, lab, joined) else lab] for s, e, lab in out]
    out = nickname_glued(text, out)  # "known at [[Westminster as Ming]]", tagged a building
    out += glued.particle_spans(text, missed_surnames(text, out, rules, names), out)  # "de Vries" of "Jan de Vries"
    given_before = given_names(text, out, rules)
    out += missed_surnames(text, out, rules, given_before, owned=False)  # "Stelios, who owns a stake"
    out += pet_spans(text, out, surnames(text, out, rules))  # "Straussy has been superb", untagged
    out = press_nickname_spans(text, out)  # "Big Sam said", untagged, beside Sam Allardyce
    out = people_by_first_name(text, listed_person_end(text, out, rules), rules)  # "Carly Fiorina" tagged ORG beside '"Carly was ...'
    out += untagged_full_names(text, out, rules)  # "Bridget Jones: The Edge of Reason" beside "fond of Bridget"
    out += missed_surnames(text, out, rules, given_names(text, out, rules) - given_before, owned=False)
    late = surnames(text, out, rules) - names  # people whole or relabelled only by now: "Bryn Terfel", tagged a place,
    out += missed_surnames(text, out, rules, late) if late else []  # a person beside "proud of Bryn"; then "Terfel will sing"
    forms = short_forms(text, out, rules)  # a company's short form the model calls a product or a work ("ConAgra") is the company
    out = [[s, e, "ORG" if lab in OTHER_NAME_LABELS and POSSESSIVE_END.sub("", text[s:e]) in forms else lab] for s, e, lab in out]
    out += missed_surnames(text, out, rules, forms, "ORG")
    out = missed_acronyms(text, out)
    out = missed_aliases(text, out)
    out = missed_long_forms(text, out)
    out = missed_short_forms(text, out)
    out = couple_named_orgs(text, couple_given_names(text, out, rules), rules)  # "Bill and [[Melinda Gates Foundation]]"
    out = [[s, e, "GPE" if lab == "PRODUCT" and text[s:e] in context.listed_places()
                     and text[s:e] not in context.word_lists()["given_names"] and context.sport_sentence(text, s, e) else lab]
           for s, e, lab in out]  # "as Leeds came from behind to win", tagged a product: in sport, a town's team
    grouped = group_names(text, nickname_spans(text, team_short_forms(text, town_clubs(text, out))))
    out = line_ups(text, grouped)
    if out != grouped:  # a team sheet's players, now people, make "Rio Ferdinand", tagged a place, a person too
        out = people_tagged_as_orgs(text, out, rules)
    out = titled_clerics(text, royals.style_spans(text, out))
    out = full_names_tagged_as_places(text, disjoint(context.context_labels(text, out)))
    out = near_places(text, apposed_places(text, coordinated_places(text, places_tagged_as_people(text, people_tagged_as_places(text, out, rules), rules))))
    return glued.join_cut_firm(text, out, rules.org_suffixes, rules.org_heads)  # "Harcourt Brace" + "Jovanovich Inc", last: "Rubber
    # Co" of "Goodyear Tire and Rubber Co" is recovered untagged only late


GIVEN_AND = re.compile(r"(?<![\w'’&.-])([A-Z][a-z]+) and $")  # "June and " before "Derek Pickering"


def nickname_glued(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a name span of another kind that glues where a person is known to the nickname he is
    known by there ("Sir Menzies, 63, known at Westminster as Ming", "Westminster as Ming" tagged a building) cut into
    that place (its label kept) and the nickname (PERSON)."""
    out = []
    for s, e, lab in ents:
        m = PLACE_AS_NAME.fullmatch(text, s, e) if lab != "PERSON" and KNOWN_BEFORE.search(text, max(0, s - 12), s) else None
        out += [[s, m.end(1), lab], [m.start(2), e, "PERSON"]] if m else [[s, e, lab]]
    return out


def couple_given_names(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a given name right before "and" and a person's given name and surname ("June and Derek
    Pickering", "Bill and Melinda Gates"), left untagged or tagged a date, a work or a product, as a PERSON span: one of
    a couple or of siblings, whom the merge gives the shared surname; only where the article writes the surname after
    something else too ("Mrs Pickering said")."""
    out = [list(ent) for ent in ents]
    for s, e, lab in ents:
        words = text[s:e].split()
        m = GIVEN_AND.search(text, max(0, s - 30), s) if lab == "PERSON" and len(words) == 2 and words[0] in rules.given_names else None
        if (m is None or m.group(1) not in rules.given_names or text[max(0, m.start() - 2) : m.start()].strip() == ","
                or not re.search(rf"(?<!{re.escape(words[0])} )(?<![\w'’-]){re.escape(words[1])}(?![\w-])", text)):
            continue  # not "Ronaldo, Raul and David Beckham", a list, nor "Carmen and Don Giovanni always sell", where the
            # surname is written nowhere but after the same given name
        a, b = m.span(1)
        held = [ent for ent in out if ent[0] < b and a < ent[1]]
        if not held:
            out.append([a, b, "PERSON"])
        elif len(held) == 1 and held[0][:2] == [a, b] and (held[0][2] == "DATE" or held[0][2] in OTHER_NAME_LABELS):
            held[0][2] = "PERSON"
    return sorted(out, key=lambda x: (x[0], x[1]))


def couple_named_orgs(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with an organisation named after a couple ("Bill and Melinda Gates Foundation", where the
    model tags "Melinda Gates Foundation" and "Bill" apart) as one ORG span: a given name, "and", then an organisation of
    three words or more that opens with a given name and ends in an organisation's word (`data/org_words.txt`); not a
    list ("Ronaldo, Raul and ...")."""
    out, grown = [list(ent) for ent in ents], []
    for ent in out:
        s, e, lab = ent
        words = text[s:e].split()
        m = GIVEN_AND.search(text, max(0, s - 30), s) if lab == "ORG" and len(words) > 2 and words[0] in rules.given_names else None
        if (m is not None and m.group(1) in rules.given_names and words[-1] in rules.org_words
                and text[max(0, m.start() - 2) : m.start()].strip() != ","):
            ent[0] = m.start(1)
            grown.append(ent)
    return sorted((ent for ent in out if not any(g is not ent and g[0] <= ent[0] and ent[1] <= g[1] for g in grown)),
                  key=lambda x: (x[0], x[1]))


def titled_clerics(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a cleric's title and a surname of one of its people, tagged a firm, as a person ("the
    Right Reverend Graeme Knowles ... Bishop Knowles said", "Bishop Knowles" tagged ORG)."""
    borne = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]}
    return [[s, e, "PERSON" if lab == "ORG" and (m := CLERIC.fullmatch(text, s, e)) and m.group(1) in borne else lab] for s, e, lab in ents]


def titled_works(text: str, ents: list[list]) -> list[list]:
    """A one-word span the model calls a product or a work right after a surname title is a person ("Mr Flight's old seat")."""
    return [[s, e, "PERSON" if lab in OTHER_NAME_LABELS and CAPITALISED.fullmatch(text, s, e) and SURNAME_TITLE_BEFORE.search(text, max(0, s - 6), s)
             else lab] for s, e, lab in ents]


def with_senior(text: str, ents: list[list]) -> list[list]:
    """A full name followed by "senior" takes the word: the father, never his namesake son ("Frank Lampard senior" beside
    Frank Lampard), as "Bill Gates Sr." is never Bill Gates."""
    return [[s, m.end() if lab == "PERSON" and " " in text[s:e] and (m := SENIOR_AFTER.match(text, e)) else e, lab] for s, e, lab in ents]


def place_then_person(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """A place glued before a full name is cut off it ("candidate for Taunton Jeremy Browne", one span tagged GPE): the place
    with the label the article gives it alone (GPE for a listed town), then the person, opened by a given name. A span the
    model calls a person is cut only before a place the article also tags alone."""
    alone = {text[s:e]: lab for s, e, lab in ents if lab in ("GPE", "LOC")}
    w = context.word_lists()
    out = []
    for s, e, lab in ents:
        m = PLACE_AND_PERSON.fullmatch(text, s, e) if lab in ("GPE", "LOC", "ORG", "PERSON") else None
        place = m and (alone.get(m.group(1)) or ("GPE" if lab != "PERSON" and m.group(1) in w["towns"] | w["major_places"] else None))
        if place and m.group(2).split()[0] in rules.given_names and name_like(m.group(2), rules):
            out += [[s, m.end(1), place], [m.start(2), e, "PERSON"]]
        else:
            out.append([s, e, lab])
    return out


def full_names_tagged_as_places(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a two-word span the model calls a place (GPE, LOC) relabelled PERSON where its second
    word is a person in the article: tagged PERSON alone, written with a person title, or speaking or described alone
    ("Rio Ferdinand", tagged GPE, beside "Ferdinand said"); never a listed place, a place's opening word ("Port Talbot"
    beside Mr Talbot), a place, street, club or trade word at its end, nor where a use of it reads as a place; so is a
    one-word place span with the untagged given name before it ("Ellie Hallam", only "Hallam" tagged GPE, beside
    "Hallam, who has never acted"), which then takes that given name."""
    w = context.word_lists()
    taken = [(s, e) for s, e, _ in ents]
    widened = {(s, e): given.start(1) for s, e, lab in ents if lab in ("GPE", "LOC") and ONE_NAME.fullmatch(text[s:e])
               and (given := GIVEN_BEFORE.search(text, max(0, s - 20), s)) and given.group(1) in w["given_names"]
               and not any(a < s and given.start(1) < b for a, b in taken)}  # the given name itself untagged
    spans = {text[s:e] for s, e, lab in ents if lab in ("GPE", "LOC") and TWO_NAMES.fullmatch(text, s, e)}
    spans |= {text[g:e] for (s, e), g in widened.items() if TWO_NAMES.fullmatch(text, g, e)}
    spans = {n for n in spans if n not in w["place_names"] and not set(n.split()) & (w["towns"] | w["major_places"] | PLACE_OPENERS)
             and n.split()[1] not in context.GEO_WORDS | w["street_words"] | w["team_words"] | w["club_suffixes"] | w["org_words"] | w["place_endings"]}
    if not spans:
        return ents
    people = {text[s:e] for s, e, lab in ents if lab == "PERSON" and " " not in text[s:e]} | {m.group(1) for m in TITLE_AND_NAME.finditer(text)}
    people |= {m.group(0) for m in CAPITALISED.finditer(text) if (BORN_OR_WHO_AFTER.match(text, m.end()) or AGE_OR_WHO_AFTER.match(text, m.end()))
               and not NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())}  # "Ferdinand said", "Ferdinand, 26,"; not "Hong Kong said"
    spans = {n for n in spans if n.split()[1] in people and not any(
        no_person_here(text, m.start(), m.end()) for m in re.finditer(r"(?<![\w'’-])" + re.escape(n) + r"(?![\w-])", text))}
    return [[widened[(s, e)], e, "PERSON"] if (s, e) in widened and text[widened[(s, e)] : e] in spans
            else [s, e, "PERSON" if lab in ("GPE", "LOC") and text[s:e] in spans else lab] for s, e, lab in ents]


GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")  # an untagged given name right before a span: "Ellie " of "Ellie Hallam"
PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]ff|[Oo]utside|[Aa]cross|[Tt]hrough|[Vv]ia|[Ii]nto|[Aa]round|[Tt]owards)\s+$")  # "through Kendrew"
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")  # a capitalised word
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]* $")  # a capitalised word right before a word: it is no name alone
TWO_NAMES = re.compile(r"[A-Z][a-z]+ [A-Z][a-z][\w'’-]*")  # "Rio Ferdinand"
PLACE_OPENERS = frozenset({"County", "Mid", "New", "North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "Port", "Fort", "Mount", "Lake",
                           "Cape", "Castle", "St", "Saint", "San", "Santa", "Los", "Las", "El", "Glen", "Kings", "Market", "Old", "Royal",
                           "Isle", "Bishops", "Long", "Church", "Chipping", "Sutton", "Newton", "Stoke", "Upton", "Norton"})  # "Port Talbot"
NOUN_AFTER = re.compile(r" [a-z]{3,}\b(?<!\bsaid)(?<!\bsays)(?<!\bhas)(?<!\bhad)(?<!\bwas)")  # "the Phoenix consortium": a name used as a modifier
SURNAME_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?:Mr|Mrs|Ms|Miss|Dr)\.? $")  # "Mr " right before a span
SENIOR_AFTER = re.compile(r" senior(?![\w'’-])(?! (?:vice|executive|manager|director|officer|partner|analyst|lecturer|economist|editor|"
                          r"advis[eo]r|minister|civil|management|staff|figures|officials|citizens|school|team|level|players?)\b)")  # not "senior vice-president"
PLACE_AND_PERSON = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) ([A-Z][a-z][\w'’-]* [A-Z][\w'’-]+)")  # "Taunton Jeremy Browne"
TITLE_AND_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.? ([A-Z][\w'’-]+)")  # "Mrs Orange"


def no_person_here(text: str, start: int, end: int) -> bool:
    """True when a use of a name reads as no person where it stands: its context gives it another label
    (`context.context_label`: "the village of Button") or a place preposition comes before it ("through Button"), or it
    ends a route ("the flight between Westray and Papa Westray")."""
    return (context.context_label(text, start, end, "PERSON") != "PERSON" or PLACE_PREPOSITION.search(text, max(0, start - 12), start) is not None
            or places.route_end(text, start, end))


def people_tagged_as_places(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a one-word span the model calls a place or a nationality (GPE, LOC, NORP) that is the
    surname, or the listed given name, of one of the article's multi-word people relabelled PERSON ("Button", tagged GPE,
    beside Jenson Button; "Scorsese", tagged NORP, beside Martin Scorsese), where:
    - the word is no listed place (`data/towns.txt`, `data/major_places.txt`) or nationality (`data/name_prefixes.csv`:
      "German" beside Mike German);
    - no use of it reads as anything but a person (`context.context_label`, a place preposition before it, a place or an
      organisation listed or in commas beside it, a lower-case noun after it: "in Button", "the village of Button", "off
      Button, France", "Vodafone, Button and T-Mobile", "the Button consortium");
    - the article never writes it with a person title (the bearer of "Mrs Orange" leaves the bare word to something
      else), or this use of it speaks or is described as only a person is ("Zennstrom said", "Bates, 73,"; not "Orange
      said its profits")."""
    names = surnames(text, ents, rules) | opening_given_names(text, ents, rules)
    w = context.word_lists()
    candidates = {text[s:e] for s, e, lab in ents if lab in LISTED_PLACE_LABELS and text[s:e] in names} - w["towns"] - w["major_places"] - w["nationalities"]
    if not candidates:
        return ents
    inside = [(s, e) for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]]
    others = [(s, e) for s, e, lab in ents if lab in ("ORG", "GPE", "LOC", "FAC") and text[s:e] not in candidates]

    def elsewhere(m: re.Match) -> bool:
        """True when this use of a candidate reads as something other than a person."""
        s, e = m.span()
        if any(a <= s and e <= b for a, b in inside):
            return False  # the surname inside its bearer's full name
        beside = any(0 <= s - b <= 5 and LIST_GAP.fullmatch(text, b, s) or 0 <= a - e <= 5 and LIST_GAP.fullmatch(text, e, a) for a, b in others)
        return no_person_here(text, s, e) or beside or NOUN_AFTER.match(text, e) is not None and text[max(0, s - 4) : s].lower() == "the "

    titled = {m.group(1) for m in TITLE_AND_NAME.finditer(text)}
    placed = {m.group(0) for m in re.finditer(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(candidates))) + r")(?![\w-])", text)
              if elsewhere(m)}
    return [[s, e, "PERSON" if lab in LISTED_PLACE_LABELS and text[s:e] in candidates - placed and (
        text[s:e] not in titled or (BORN_OR_WHO_AFTER.match(text, e) or AGE_OR_WHO_AFTER.match(text, e)) and not context.IT_AFTER.match(text, e)) else lab]
            for s, e, lab in ents]  # a titled bearer's bare word too where it speaks or is described: "Zennstrom said", "Bates, 73,"


def places_tagged_as_people(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a two-word "person" whose first word is no given name relabelled a place (GPE), with
    its second word's lone uses, where the article writes that second word alone only where a place stands ("took Enfield
    Southgate from Michael Portillo ... In Southgate we have"): a constituency or district, as a person is never "in";
    so is one the article writes whole twice or more, each time after a place preposition or where `context.place_use`
    reads a place, once at least so ("at Chaddesley Corbett on Monday", "Chaddesley Corbett, in Worcestershire, is");
    never where the word is titled, speaks or is described as a person ("Mr Southgate", "Southgate said", "Southgate, 34,")."""
    pairs = {text[s:e] for s, e, lab in ents if lab == "PERSON" and TWO_NAMES.fullmatch(text, s, e)}
    pairs = {n for n in pairs if all(n.split()[0] not in words for words in (rules.given_names, rules.person_titles, rules.name_titles))}
    if not pairs:
        return ents
    titled = {m.group(1) for m in TITLE_AND_NAME.finditer(text)}
    places = set()
    for n in sorted(pairs):
        last = n.split()[1]
        alone = [m for m in re.finditer(r"(?<![\w'’-])" + re.escape(last) + r"(?![\w'’-])", text)
                 if not text[max(0, m.start() - len(n) + len(last)) : m.end()] == n]  # not inside the full name
        if alone and last not in titled and all(context.place_use(text, m.start(), m.end()) and not BORN_OR_WHO_AFTER.match(text, m.end())
                                                and not AGE_OR_WHO_AFTER.match(text, m.end()) for m in alone):
            places |= {n, last}
        whole = list(re.finditer(r"(?<![\w'’-])" + re.escape(n) + r"(?![\w'’-])", text))
        if len(whole) > 1 and any(context.place_use(text, m.start(), m.end()) for m in whole) and all(
                (context.place_use(text, m.start(), m.end()) or PLACE_PREPOSITION.search(text, max(0, m.start() - 12), m.start()))
                and not BORN_OR_WHO_AFTER.match(text, m.end()) and not AGE_OR_WHO_AFTER.match(text, m.end()) for m in whole):
            places.add(n)  # "a double at Chaddesley Corbett on Monday ... Chaddesley Corbett, in Worcestershire, is": a village
    return [[s, e, "GPE" if lab in ("PERSON", "GPE", "LOC") and text[s:e] in places else lab] for s, e, lab in ents]


def given_and_surname(text: str, start: int, end: int) -> bool:
    """True when a span is two capitalised words, a listed given name and a surname ("Rachel Holland", "Carly Fiorina")."""
    return GIVEN_AND_SURNAME.fullmatch(text, start, end) is not None and text[start:end].split()[0] in context.word_lists()["given_names"]


def listed_person_end(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a work or an organisation that ends with " and " and a given name and a surname ("The
    White Stripes and Kylie Minogue will headline", tagged a work) cut into that list's head and a PERSON span, when
    the article writes the given name or the surname alone; never a company word ("Marks and Spencer Group")."""
    given = context.word_lists()["given_names"]
    out = []
    for s, e, lab in ents:
        m = LISTED_PERSON_END.fullmatch(text, s, e) if lab in OTHER_NAME_LABELS or lab == "ORG" else None
        first, last = m.group(2).split() if m else ("", "")
        if m and first in given and last not in rules.org_words | rules.org_suffixes | rules.team_words and re.search(rf"(?<![\w'’-])(?:{first}|{last})(?! [A-Z])(?![\w'’-])", text[:s] + " " * (e - s) + text[e:]):
            out += [[s, m.end(1), lab], [m.start(2), m.end(2), "PERSON"]]
        else:
            out.append([s, e, lab])
    return out


def people_by_first_name(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with a two-word name tagged an organisation or a place that opens with a listed given name
    ("Carly Fiorina", "Rio Ferdinand") as a person, when the article also writes that given name alone opening a
    sentence or a quote before a person's verb ('"Carly was a great saleswoman', "Rio wants to stay"); never one whose
    second word is a company or club word or is written in lower case in the article ("Stuart Pharmaceuticals")."""
    found = {}
    for k, (s, e, lab) in enumerate(ents):
        words = text[s:e].split()
        if (lab in ("ORG", "GPE", "LOC", "FAC") and given_and_surname(text, s, e)
                and words[1] not in rules.org_words | rules.org_suffixes | rules.team_words and words[1].lower() not in text):
            found.setdefault(words[0], []).append(k)
    if not found:
        return ents
    alone = re.compile(GIVEN_ALONE.format("|".join(map(re.escape, sorted(found)))), re.M)
    spoken = {m.group(1) for m in alone.finditer(text)}
    out = [list(ent) for ent in ents]
    for first in spoken:
        for k in found[first]:
            out[k][2] = "PERSON"
    return out


def person_openers(text: str, ents: list[list]) -> dict[str, set[str]]:
    """First word of each of the article's multi-word person names -> the rest of the names it opens ("Lara" -> {"Croft"})."""
    found: dict[str, set[str]] = {}
    for s, e, lab in ents:
        words = POSSESSIVE_END.sub("", text[s:e]).split()
        words = words[1:] if len(words) > 2 and words[0] in KNIGHTED else words  # "Cicely" opens "Dame Cicely Saunders"
        if lab == "PERSON" and len(words) > 1:
            found.setdefault(words[0], set()).add(" ".join(words[1:]))
    return found


def knighted_given_names(text: str, ents: list[list]) -> set[str]:
    """Given names written after "Sir" or "Dame" in the article's three-word person names ("Cicely" of "Dame Cicely
    Saunders"), listed or not: the word a knight or a dame is then called by ("Dame Cicely")."""
    return {words[1] for s, e, lab in ents if lab == "PERSON" and len(words := POSSESSIVE_END.sub("", text[s:e]).split()) == 3
            and words[0] in KNIGHTED and words[1][:1].isupper()}


def opening_given_names(text: str, ents: list[list], rules: RepairRules) -> set[str]:
    """Listed given names that open exactly one of the article's multi-word person names ("Lara" of Lara Croft)."""
    return {first for first, rest in person_openers(text, ents).items()
            if len(rest) == 1 and first in rules.given_names and first.lower() not in rules.common_words}


def untagged_full_names(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """PERSON spans for the one given name and surname the article writes untagged ("Bridget Jones" of the film title
    "Bridget Jones: The Edge of Reason") where it uses the given name alone as an entity and names no other person with that
    given name but that one; never inside another entity, before a third capitalised word ("Jordan Grand Prix") or a figure
    (a price table's "Lou Gulf 1.73"), or with a second word that is a common, company or club word."""
    opened = person_openers(text, ents)  # given name -> surnames of the article's persons it opens
    alone = {text[s:e] for s, e, lab in ents if ONE_NAME.fullmatch(text[s:e]) and text[s:e] in rules.given_names
             and text[s:e].lower() not in rules.common_words}
    out = []
    for first in sorted(alone):
        uses = [m for m in re.finditer(rf"(?<![\w'’&.-]){first} ([A-Z][a-z][\w'’-]*?)(?:['’]s)?(?![\w'’-])(?! [A-Z])(?!\s*[\d(])", text)
                if not any(s < m.end() and m.start() < e for s, e, _ in ents)]
        second = {m.group(1) for m in uses}
        if len(second) == 1 and opened.get(first, second) == second and not second & (rules.org_words | rules.org_suffixes | rules.team_words | rules.given_names) and next(
                iter(second)).lower() not in rules.common_words | {w.lower() for w in rules.person_titles}:
            out += [[m.start(), m.start() + len(first) + 1 + len(m.group(1)), "PERSON"] for m in uses]
    return out


def apposed_places(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each one-word "person" that the article elsewhere calls a settlement in apposition
    ("Amarillo, the town in Texas that inspired the song", tagged or not) relabelled GPE, when no person of the article
    bears the word as a surname and no title goes before it ("where Amarillo is", "put Amarillo on the map")."""
    lone = {text[s:e] for s, e, lab in ents if lab == "PERSON" and ONE_NAME.fullmatch(text, s, e)}
    if not lone:
        return ents
    borne = {w for s, e, lab in ents if lab == "PERSON" for w in text[s:e].split()[1:]}
    called = {m.group(1) for m in APPOSED_SETTLEMENT.finditer(text) if m.group(1) in lone - borne}
    titled = {text[s:e] for s, e, lab in ents if text[s:e] in called and context.ADDRESS_BEFORE.search(text, max(0, s - 6), s)}
    return [[s, e, "GPE" if lab == "PERSON" and text[s:e] in called - titled else lab] for s, e, lab in ents]


NEAR_AFTER = re.compile(r",\s+near\s+(?:the\s+)?[A-Z]")  # "in Askham Bryan, near York": a place beside a bigger one


def near_places(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each "person" the article places near a capitalised name ("the organ of St Oswald's
    Church in Askham Bryan, near York", "production moves to Castle Bromwich, near Birmingham") relabelled GPE, with its
    other untitled uses: a person is not written "near" a town."""
    near = {text[s:e] for s, e, lab in ents if lab == "PERSON" and NEAR_AFTER.match(text, e)}
    if not near:
        return ents
    return [[s, e, "GPE" if lab == "PERSON" and text[s:e] in near and not context.ADDRESS_BEFORE.search(text, max(0, s - 6), s) else lab]
            for s, e, lab in ents]


def coordinated_places(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a one-word person joined in a list to a place or nationality as that place's label
    ("events on Florence and Venice", "Welsh and Scottish fans"; with a comma only inside a longer list: "in Glasgow,
    Manchester and at Earls Court"), and so a listed town or a surname of the article's people tagged ORG between two
    places outside sport ("from Birmingham, Lincoln or London" beside Pete Lincoln): a list holds one kind of thing; not
    when the place is itself a surname of the article's people or a compass word ("North and Poindexter", "Rosenberg and West"). Entities
    in position order (`disjoint`)."""
    if not any(lab == "PERSON" for _, _, lab in ents):
        return ents
    people = {w for s, e, lab in ents if lab == "PERSON" for w in text[s:e].split()[1:]}
    out = [list(ent) for ent in ents]

    def place(ent: list | None, start: int, end: int, listing: bool = False) -> bool:
        joined = context.AND_OR.fullmatch(text, start, end) is not None or (  # by a comma only beside a town or a land, not
            listing and text[start:end] == ", " and ent is not None and ent[2] != "NORP")  # "Welsh, Carson, Anderson and Stowe"
        return (ent is not None and ent[2] in LISTED_PLACE_LABELS and ONE_NAME.fullmatch(text, ent[0], ent[1]) is not None
                and text[ent[0] : ent[1]] not in people | COMPASS and joined)

    for k, (s, e, lab) in enumerate(ents):
        if lab not in ("PERSON", "ORG") or not ONE_NAME.fullmatch(text, s, e):
            continue
        after, before = (ents[k + 1] if k + 1 < len(ents) else None), (ents[k - 1] if k else None)
        if lab == "ORG":  # "coming from Birmingham, Lincoln or London", tagged ORG beside Pete Lincoln: a listed town or a
            # surname of the article's people between two places, outside sport (where "Leeds, Everton and Liverpool" are clubs)
            if ((text[s:e] in context.listed_places() or text[s:e] in people) and place(before, before[1] if before else s, s, True)
                    and place(after, e, after[0] if after else e) and not context.sport_sentence(text, s, e)):
                out[k][2] = before[2]
            continue
        if place(after, e, after[0] if after else e, LIST_GOES_ON.match(text, after[1]) is not None if after else False):
            out[k][2] = after[2]
        elif place(before, before[1] if before else s, s, LIST_GOES_ON.match(text, e) is not None):
            out[k][2] = before[2]  # "shows in Glasgow, Manchester and at Earls Court"; not "In Quebec, Brandt said"
    return out


def speech_cut(text: str, start: int, end: int) -> int:
    """The end of a span without a speech verb glued to it ("Adams told" -> "Adams")."""
    m = SPEECH_END.search(text, start, end)
    return m.start() if m else end


def first_words(text: str, ents: list[list]) -> set[str]:
    """The first words of the article's person names of two or more words ("Stelios" of "Stelios Haji-Ioannou")."""
    return {text[s:e].split()[0] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e].strip()}


def split_pair(text: str, ents: list[list], names: set[str], family: set[str] = frozenset()) -> list[list]:
    """A span the model calls a product or a work that is two of the article's people's names joined by "and" ("Stelios and
    O'Leary"), or an organisation that is two of their surnames (`family`: "Hewlett and Packard are credited" after Bill
    Hewlett and David Packard), as those two PERSON spans."""
    out = []
    for s, e, lab in ents:
        m = PAIR.fullmatch(text, s, e) if lab in OTHER_NAME_LABELS or lab == "ORG" else None
        pair = {m.group(1), m.group(2)} if m else set()
        if m and pair <= (names if lab != "ORG" else family):
            out += [[m.start(1), m.end(1), "PERSON"], [m.start(2), m.end(2), "PERSON"]]
        else:
            out.append([s, e, lab])
    return out


LIST_GAP = re.compile(r",\s+|,?\s+(?:and|or)\s+")  # what separates the items of a list of names


INITIALLED = re.compile(r"[A-Z] [A-Z][\w'’-]+")  # "G Neville": a given name's initial and a surname


def listed_firms(text: str, ents: list[list], names: set[str], given: frozenset[str] = frozenset()) -> list[list]:
    """One-word person spans in a list of three or more names that holds an organisation and no full person name ("Rivals
    including Sony, Creative and Dell") are organisations, unless the word is a surname of the article's people (`names`)
    or follows a title; a surname of the article's people listed with firms only ("Orange and O2") is a firm too when the
    article names that person in full only later (the analyst John Orange); so are longer person spans opening with no
    given name (of `given`) in such a list ("Emirates, Singapore Airlines and Virgin Atlantic")."""
    spans = sorted(ents)
    groups, group = [], spans[:1]
    for prev, ent in zip(spans, spans[1:]):
        if LIST_GAP.fullmatch(text, prev[1], ent[0]):
            group.append(ent)
        else:
            groups.append(group)
            group = [ent]
    groups.append(group)
    firms = set()
    named_at: dict[str, int] = {}  # surname -> where the article first names its bearer in full
    for s, e, lab in spans:
        if lab == "PERSON" and " " in text[s:e]:
            named_at.setdefault(text[s:e].split()[-1], s)
    for group in groups:
        firms |= {s for s, e, lab in group if lab == "PERSON" and text[s:e] in names and s < named_at.get(text[s:e], -1)
                  and all(lab2 == "ORG" for s2, _, lab2 in group if s2 != s) and len(group) > 1 and not ADDRESS_BEFORE.search(text, max(0, s - 6), s)}
        # "Orange and O2 are launching ... said John Orange": among firms, before its namesake is named, the firm
        if len(group) < 3 or not any(lab == "ORG" for _, _, lab in group):
            continue
        full = [(s, e) for s, e, lab in group if lab == "PERSON" and " " in text[s:e]]
        if full and (not given or any(text[s:e].split()[0] in given for s, e in full)):
            continue
        firms |= {s for s, e, lab in group if lab == "PERSON" and text[s:e] not in names and not ADDRESS_BEFORE.search(text, max(0, s - 6), s)
                  and not INITIALLED.fullmatch(text, s, e)}  # "Howard, G Neville, Ferdinand" beside Gary Neville: a team sheet
    return [[s, e, "ORG" if s in firms else lab] for s, e, lab in ents] if firms else ents


SUBJECT_START = re.compile(r"(?:^|[.!?\n]\s*|[.!?]\s*[\"'‘“]|[\"'‘“])$")  # a name opening its sentence (or a quote) is its subject


def group_names(text: str, ents: list[list]) -> list[list]:
    """Person spans the article calls a band ("Glasgow band Franz Ferdinand", "Sussex trio Keane", "Keane, the piano-led
    trio") or follows with a plural verb as the subject opening its sentence ("Pink Floyd are to play", "Keane, from Battle
    in East Sussex, were named"; not "Ant and Dec are", "all directors except Jack Manning have resigned"), names a
    member names ("Keane singer Tom Chaplin", "Franz Ferdinand's singer, Alex Kapranos") and one-word names a person named
    in full belongs to (`context.owned_person`: "Keane's Tom Chaplin said") are organisations, at every use in the article, possessives too
    ("Franz Ferdinand's")."""
    given = context.word_lists()["given_names"]
    groups = {POSSESSIVE_END.sub("", text[s:e]) for s, e, lab in ents if lab == "PERSON" and (
        context.ENSEMBLE.search(text, max(0, s - 12), s) and not context.MADE_BY.match(text, e) or context.GROUP_APPOSED.match(text, e)
        or context.ENSEMBLE_APPOSED.match(text, e)
        or (context.PLURAL_VERB.match(text, e) or context.APPOSED_PLURAL_VERB.match(text, e)) and SUBJECT_START.search(text, max(0, s - 4), s)
        or text[s:e] not in context.listed_places() and (context.MEMBER_AFTER.match(text, e) or " " not in text[s:e] and context.owned_person(text, e, given)))}
    return [[s, e, "ORG" if lab == "PERSON" and POSSESSIVE_END.sub("", text[s:e]) in groups else lab] for s, e, lab in ents] if groups else ents


SQUAD = re.compile(r"\b(?:[Ss]quad|[Tt]eam)$")  # "Squad: Vaughan (capt), Trescothick, ...": one sheet is enough
PLAYER = re.compile(rf"(?:[A-Z]\.? )?[A-Z][\w'’-]+(?: (?:{people.PARTICLES}|[A-Z][\w'’-]+))*")  # "G Neville", "Paulo Ferreira", "Van Persie"
LINE_UP_ITEM = re.compile(rf"({PLAYER.pattern})(?: \(({PLAYER.pattern})(?: \d+)?\)| \((?:capt|c|wk|vc|vice-capt|captain)\.?\))?")  # "Fletcher (Saha 80)", "Vaughan (capt)"
LINE_UP_GAP = re.compile(r"[,;] ")  # a rugby sheet parts its units with semicolons: "G Thomas; Rees, Shanklin, ..."
TEAM_SIZE = 10  # a team sheet lists ten or more players (a football XI, a rugby XV)
RESULT_LINE_UP = re.compile(r"^([A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*){0,2}) \d{1,2}\s*[-–]\s*\d{1,2} [A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*){0,2}: (.+)$", re.M)
# "England 4-0 Northern Ireland: Robinson, G Neville, ...": a result, then the first team's sheet; one such sheet is enough


SUBS_GAP = re.compile(r"\.\s+Subs(?: [Nn]ot [Uu]sed)?:\s+")  # "..., Saha. Subs: P Neville, Kleberson": the bench, on the same line
SHEET_GAP = re.compile(rf"{LINE_UP_GAP.pattern}|{SUBS_GAP.pattern}")  # what parts the items of a team sheet


def sheet_items(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The items of a team sheet's text between `start` and `end`, with their offsets: names parted by commas or
    semicolons, the bench after "Subs:" included."""
    body = text[start:end].rstrip(".")
    items, at = [], 0
    for gap in itertools.chain(SHEET_GAP.finditer(body), [None]):
        stop = gap.start() if gap else len(body)
        items.append((start + at, body[at:stop]))
        at = gap.end() if gap else at
    return items


def line_ups(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each player of a team sheet ("Arsenal: Almunia, Lauren, Toure, ..., Henry." with ten or
    more comma-separated names, substitutes in brackets) one PERSON span, in place of what the model tagged there; only
    where the article gives two such sheets (both teams) or the line is a squad ("England squad: ..."), never a line whose
    names the model mostly tags as places unless a tagged team opens it ("Man Utd: Howard, G Neville, Ferdinand, ...", read
    as places; not "Members: Algeria, Ecuador, ..."); the bench after "Subs:" on the same line is part of the sheet; rugby
    sheets part units with semicolons, a captain is marked "(capt)"."""
    if ": " not in text:
        return ents
    places = [(s, e) for s, e, lab in ents if lab in ("GPE", "NORP", "LOC")]
    found, squads = [], []
    named = [(s, e) for s, e, lab in ents if lab in ("ORG", "GPE")]
    results = {line.start() for line in RESULT_LINE_UP.finditer(text)}
    for line in sorted([*context.LINE_UP.finditer(text), *RESULT_LINE_UP.finditer(text)], key=lambda m: m.start()):
        items = sheet_items(text, line.start(2), line.end(2))
        if len(items) < TEAM_SIZE or not all(LINE_UP_ITEM.fullmatch(item) for _, item in items):
            continue
        team = line.start() in results or any(s <= line.start(1) and line.end(1) <= e for s, e in named)  # "Man Utd: ...", tagged; not "Members: ..."
        if 2 * sum(line.start(2) <= s < line.end(2) for s, _ in places) >= len(items) and not team:
            continue  # "Algeria, Ecuador, Gabon, ...": a list of places, not a team
        players = []
        for at, item in items:
            m = LINE_UP_ITEM.fullmatch(item)
            players += [[at + m.start(g), at + m.end(g), "PERSON"] for g in (1, 2) if m.group(g)]
        (squads if SQUAD.search(line.group(1)) or line.start() in results else found).append(players)
    found = found if len(found) >= 2 else []  # both teams' sheets, as a match report gives them
    found = [span for players in found + squads for span in players]
    return untagged.replace(ents, found)


def language_surnames(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """A one-word language span that is a surname: after a person title ("Ms [[English]] added") it is a PERSON span, and
    after a listed given name, tagged or not, it ends that person's span ("Julia English", tagged ORG + LANGUAGE)."""
    if not any(lab == "LANGUAGE" for _, _, lab in ents):
        return ents
    ends = {e: k for k, (_, e, _) in enumerate(ents)}
    out, dropped = [list(ent) for ent in ents], set()
    for k, (s, e, lab) in enumerate(ents):
        if lab != "LANGUAGE" or " " in text[s:e]:
            continue
        word = FIRST_BEFORE.search(text, max(0, s - 30), s)
        first = word.group(1) if word else ""
        if first in rules.person_titles:
            out[k][2] = "PERSON"
        elif first in rules.given_names and first not in CALENDAR:
            j = ends.get(s - 1)
            if j is not None and ents[j][0] == word.start(1):
                dropped.add(j)
            elif j is not None:
                continue
            out[k] = [word.start(1), e, "PERSON"]
    return [ent for k, ent in enumerate(out) if k not in dropped]


def join_first_names(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """A one-word person span right after an untagged capitalised word that the article tags alone as a person elsewhere
    and never as a surname ("Avram [[Glazer]] said" after "his sons, Joel, [[Avram]] and Bryan") starts at that word; so
    does one after a listed given name that follows a lower-case word, a comma ("The founder of easyJet, Stelios
    [[Haji-Ioannou]], has"), a noun for people opening a sentence ("Founder Stelios
    [[Haji-Ioannou]]"), a person title ("Dr Kate [[Trump]]") or opens a sentence itself and is no common word, the article
    never writing it in lower case ("Swedish referee Anders [[Frisk]]", "... towards Cardiff. Gwen [[Jones]], a councillor"); so does
    a one-word ORG span that the article addresses with a title and that ", who" describes ("Gwen [[Cadoxton]], who runs a cafe"
    beside "Ms Cadoxton"), and it becomes a person."""
    lone = {text[s:e] for s, e, lab in ents if lab == "PERSON" and re.fullmatch(r"[A-Z][a-z]+", text[s:e])}
    lone -= {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and " " in text[s:e]}
    taken = {e for _, e, _ in ents}
    lower: dict[str, bool] = {}
    addressed = set(people.ADDRESSED.findall(text))
    out = []
    for s, e, lab in ents:
        named = lab == "ORG" and text[s:e] in addressed and context.WHO_AFTER.match(text, e) is not None  # "Gwen Cadoxton, who runs a cafe" beside "Ms Cadoxton"
        m = FIRST_BEFORE.search(text, max(0, s - 30), s) if (lab == "PERSON" or named) and " " not in text[s:e] else None
        word = m.group(1) if m else ""
        listed = (word in rules.given_names and word.lower() not in rules.common_words
                  and word not in CALENDAR and (LOWER_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)) is not None
                                                or COMMA_BEFORE.search(text, max(0, m.start(1) - 3), m.start(1)) is not None  # "of easyJet, Stelios [[Haji-Ioannou]],"
                                                or context.SENTENCE_END_BEFORE.search(text, max(0, m.start(1) - 3), m.start(1)) is not None
                                                or context.person_noun_before(text, m.start(1))  # "Founder Stelios [[Haji-Ioannou]]"
                                                or title_before(text, m.start(1), rules))  # "expert Dr Kate [[Trump]]"
                  and not people.written_lower(word, text, lower))
        out.append([m.start(1), e, "PERSON"] if m and (word in lone or listed) and m.end(1) not in taken else [s, e, lab])
    return out


TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\.?\s+$")  # "Dr " or "Dr. " right before a name


def title_before(text: str, start: int, rules: RepairRules) -> bool:
    """True when a person title stands right before `start` ("Dr Kate", "Professor Jane")."""
    m = TITLE_WORD_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1) in rules.person_titles


def join_hyphened(text: str, ents: list[list]) -> list[list]:
    """A person span cut at a hyphen ("[[Wright]]-Phillips") runs on to the end of the double-barrelled surname when the
    article names a person with that surname (Shaun Wright-Phillips), not "the Blair-Brown feud"."""
    surnames = {text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and "-" in text[s:e]}
    if not surnames:
        return ents
    starts = {s for s, _, _ in ents}
    out = []
    for s, e, lab in ents:
        m = HYPHENED.match(text, e) if lab == "PERSON" else None
        if m and e + 1 not in starts and text[s:m.end()].split()[-1] in surnames:
            e = m.end()
        out.append([s, e, lab])
    return out


LANGUAGE_BEFORE = re.compile(r"\b(?:speaks?|spoke|speaking|spoken|fluent|learn(?:s|t|ed|ing)?|teach(?:es|ing)?|taught|in|into|"
                             r"native|broken|perfect|good|written|translated)\s+$")  # a word before a language used as one


DESCRIBING = re.compile(r"\b(?!(?:the|a|an)\b)[a-z]+\s+$")  # a lower-case word, no article, before a language word: "traditional "
VERB_FORM_AFTER = re.compile(r"\s+[a-z]+(?:ed|ing)\b")  # "English denied", "English allowing": the person acts


QUOTE_CLOSED = re.compile(r"[,.!?]['\"’”] $")  # a quotation closed right before a name: '... Fiji," '
SAID_AFTER = re.compile(r"\s+(?:said|says|told|added)\b")


def surname_span(text: str, s: int, e: int, label: str, names: set[str]) -> bool:
    """True when a span the model calls a product, a work, a language or a date is a surname of the article's people ("Lyng",
    "Merton"); a month or a day only right after Mr/Mrs/Ms/Miss/Dr ("Mrs [[May]]" beside Theresa May) or saying a quotation
    ('"... against Fiji," Friday said' beside Mike Friday), a language not where it is spoken ("speak fluent English" beside
    Julia English) nor before a noun it describes ("English ale" beside Tom English)."""
    calendar = text[s:e] in CALENDAR and not ADDRESS_BEFORE.search(text, max(0, s - 6), s) and not (
        QUOTE_CLOSED.search(text, max(0, s - 4), s) and SAID_AFTER.match(text, e))  # '"... against Fiji," Friday said.' of Mike Friday
    spoken = label == "LANGUAGE" and (LANGUAGE_BEFORE.search(text, max(0, s - 20), s) is not None  # "speak fluent English"
                                      or DESCRIBING.search(text, max(0, s - 20), s) is not None and context.ATTRIBUTIVE.match(text, e)
                                      is not None and not VERB_FORM_AFTER.match(text, e))  # "traditional English ale"; not "the
    # English bill" (Rep. English's), "by English allowing", "English denied"
    return (label in OTHER_NAME_LABELS and not spoken or label == "DATE" and not calendar) and text[s:e] in names


BORN_OR_WHO_AFTER = re.compile(r"\s+(?:was|is)\s+(?:born|told|married|pregnant)\b|\s+(?:said|says|told)\b|\s+(?:(?:is|was|has)\s+)?(?:himself|herself)\b|"
                               + context.WHO_AFTER.pattern)  # only a person: "was born", "said", "is himself", ", who"


def placed_given_name(text: str, s: int, e: int, label: str, firsts: set[str]) -> bool:
    """True when a span the model calls a place is the given name that opens one of the article's people and what follows
    fits only a person ("Charlotte was born in Llandaff" beside Charlotte Church; not "flights to Charlotte")."""
    return label in ("GPE", "LOC") and text[s:e] in firsts and BORN_OR_WHO_AFTER.match(text, e) is not None


def titled_surname(text: str, s: int, e: int, label: str, names: set[str], rules: RepairRules, firsts: set[str] = frozenset()) -> bool:
    """True when a span the model calls a work, a product or a date is a person title and a surname of the article's people
    ("Det Supt Deats said" beside Detective Superintendent Mick Deats), or "Sir" or "Dame" and the given name of one
    (`firsts`: "Dame Cicely, now 86," beside Dame Cicely Saunders, tagged a date)."""
    words = text[s:e].split()
    return ((label in OTHER_NAME_LABELS or label == "DATE") and len(words) > 1 and " ".join(words[:-1]) in rules.person_titles
            and (words[-1] in names or len(words) == 2 and words[0] in KNIGHTED and words[-1] in firsts))


PAIR = re.compile(r"([A-Z][\w'’-]+) and ([A-Z][\w'’-]+)")  # two names joined by "and"
FIRST_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")  # a capitalised word and one space right before a span
LOWER_BEFORE = re.compile(r"\b[a-z]+ $")  # a lower-case word and one space right before a word
COMMA_BEFORE = re.compile(r"\w, $")  # a comma after a word and one space right before a word
SPEECH_END = re.compile(r"(?<=\w) (?:said|says|told|added)$")  # "Adams told" tagged a work: the name without its verb
INITIAL_BEFORE = re.compile(r"(?<![\w.'’&-])([B-HJ-Z]|Wm) $")  # "J " of "J Sainsbury" (not "A", "I"), "Wm " of "Wm Morrison"
INITIALS_BEFORE = re.compile(r"(?<![\w.'’&-])([A-Z]{2,3}) $")  # "JM " of "JM Barrie", "JRR " of "JRR Tolkien"


def join_initial(text: str, ents: list[list]) -> list[list]:
    """ORG spans extended back over an untagged capital letter right before them: "J [[Sainsbury]]" is J Sainsbury; also
    ORG or PERSON spans over an untagged "Wm" (William, in a firm's name): "Wm [[Morrison]]" is the firm Wm Morrison; and
    a one-word PERSON span over two or three untagged capitals right before it that are a person's initials
    (`person_initials`): "JM [[Barrie]]" is JM Barrie; a one-word span of any name label over an untagged capital right
    before it that opens the given name of a person the article names in full with that surname is that person's initial:
    "G [[Neville]]" beside Gary Neville (and Phil Neville) is a PERSON."""
    ends = {e for _, e, _ in ents}
    named = {(words[0][0], words[-1]) for s, e, lab in ents if lab == "PERSON" and len(words := text[s:e].split()) >= 2}
    out = []
    for s, e, lab in ents:
        m = INITIAL_BEFORE.search(text, max(0, s - 4), s)
        free = m is not None and m.start(1) not in ends and not any(a <= m.start(1) < b for a, b, _ in ents)
        if free and (m.group(1), text[s:e]) in named:
            out.append([m.start(1), e, "PERSON"])
            continue
        m = m if lab == "ORG" or m and m.group(1) == "Wm" and lab == "PERSON" else None  # "Wm [[Morrison]]" is a firm
        free = free and m is not None
        if not free and lab == "PERSON" and " " not in text[s:e] and (caps := person_initials(text, s, ents)) is not None:
            out.append([caps, e, lab])
            continue
        out.append([m.start(1), e, "ORG"] if free else [s, e, lab])
    return out


def person_initials(text: str, start: int, ents: list[list]) -> int | None:
    """Where two or three untagged capitals right before a surname start, when they are a person's initials: no post-nominal,
    place alias or club prefix ("MP", "US", "AC"), and never written alone elsewhere in the article, as an acronym is."""
    m = INITIALS_BEFORE.search(text, max(0, start - 5), start)
    if m is None or any(a <= m.start(1) < b for a, b, _ in ents):
        return None
    caps, w = m.group(1), context.word_lists()
    if caps in w["post_nominals"] | w["place_aliases"] | w["club_prefixes"] or len(re.findall(rf"(?<![\w'’-]){caps}(?![\w'’-])", text)) > 1:
        return None
    return m.start(1)


def join_partners(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """ORG spans extended back over an untagged "X and " (also an initial, untagged or tagged alone: "S. and W. Berisford
    PLC") when the span ends with a company ending ("Tate and Lyle PLC")
    or the article names a company so ("Tate and Lyle" after "Tate and Lyle PLC")."""
    people = surnames(text, ents, rules)  # a lone word tagged PERSON before "and" may be the partner ("Tate and Lyle PLC")
    ents, bound = glued.bound_partners(text, ents)  # also a tagged "Cable" never apart from "and Wireless" ("Cable and Wireless Plc")
    taken = [(s, e) for s, e, lab in ents if not (lab == "PERSON" and re.fullmatch(r"[A-Z][\w'-]*", text[s:e]) and text[s:e] not in people)
             and not re.fullmatch(r"[A-Z]\.", text[s:e]) and (s, e) not in bound]  # an initial tagged alone: "S." of "S. and W. Berisford PLC"

    def partner(s: int) -> int | None:
        m = re.search(r"(?<![\w.&'-])([A-Z][\w'-]*|[A-Z]\.)\s+(?:and|&)\s+$", text[max(0, s - 40) : s])  # also "S. and W. Berisford PLC"
        start = s - len(m.group(0)) if m and m.group(1) not in rules.org_suffixes else None  # not "Sears, Roebuck and Co and Kellwood Co"
        return start if start is not None and not any(a < s and start < b for a, b in taken) else None

    out, joined = [], set()
    for s, e, lab in ents:
        start = partner(s) if lab == "ORG" and POSSESSIVE_END.sub("", text[s:e]).split()[-1].rstrip(".") in rules.org_suffixes else None
        if start is not None:  # also "Cable and Wireless Plc's"
            joined.add(" ".join(w for w in POSSESSIVE_END.sub("", text[start:e]).split() if w.rstrip(".") not in rules.org_suffixes))
        out.append([s if start is None else start, e, lab])
    for ent in out:  # the model may call the bare Y a person ("Tate and Lyle is seeking")
        start = partner(ent[0]) if ent[2] in ("ORG", "PERSON") and joined else None
        if start is not None and re.sub(r"\s+", " ", text[start : ent[1]]) in joined:
            ent[0], ent[2] = start, "ORG"
    return glued.uncovered(out, bound)


def disjoint(ents: list[list]) -> list[list]:
    """Entities sorted by position, dropping any that overlaps a longer one (an extended span wins); overlapping ORGs join."""
    kept: list[list] = []
    for ent in sorted(ents, key=lambda x: (x[0], x[0] - x[1])):
        if kept and ent[0] < kept[-1][1]:
            if ent[2] == kept[-1][2] == "ORG":  # "Simmons and Co" + "Co International"
                kept[-1] = [kept[-1][0], max(ent[1], kept[-1][1]), "ORG"]
            elif ent[1] - ent[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = ent
            continue
        kept.append(ent)
    return kept
