"""Corpus-level merging of organisations: company short forms into the company, acronyms into their long form.

Company rule: an ORG folds into the one longer ORG of its article that starts with it and ends like a
company ("Chrysler" -> "Chrysler Corp"), or whose initials it is ("ECB" -> "European Central Bank").
An acronym also folds into the ORG its article writes right before it in brackets when its letters fit
("Singapore International Monetary Exchange (SIMEX)"), or right after it in brackets ("the PSC (Public Service
Commission)"); the letters may also be the initials in another order, a foreign name's acronym beside its English
name ("Mexican Coffee Institute (IMC)", "National Statistics Institute (INSEE)"), or leave out a leading place
("Georgia Public Service Commission (PSC)"); after a name of three words or more the bracket's word is its short form
whatever its letters ("Federal Criminal Office (BKA)", "Den Norske Stats Oljeselskap A/S (Statoil)"), also where the
model tags that word a person ("Farma's chief executive" after "... Retail and Markets Association (Farma)").
A one-word name in commas right after a company with a company ending (its ticker aside) is its short name
("Schweizerische Aluminium AG <ALUZ.Z>, Alusuisse, plans").
A club word alone ("United", `data/club_suffixes.txt`) folds into the article's one ORG ending with it ("Manchester United").
Any other one ORG name folds into the article's one longer ORG named before it that opens or ends with it ("Rover" of "MG
Rover", "Hutchison" of "Hutchison Whampoa"), unless the corpus reads it as an acronym ("Opec") or the longer name is a unit,
branch or person (`part_for`: "BBC One", "Texaco Canada", "Hal Roach"), or the article names three or more organisations
opening with it, each with its own second word: then it is their group ("Virgin" beside Virgin Galactic, Virgin Atlantic
and Virgin Cola). An acronym also folds into a hyphenated name whose parts it initials ("HP" of "Hewlett-Packard").
An ampersand short form ("M&S") folds, in any article, into the corpus's one ORG of two parts joined by "&" or "and"
whose initials it is ("Marks & Spencer").
A curated short form (`data/org_short_forms.csv`: "Ofcom", "the Fed", "the Lions", "Queen's", "Tories") takes the long form
the corpus spells out (as an organisation or a party), the first of its listed spellings the corpus has, unless a rule of its
article already named it in full, and not in an article that writes it as a building's site (`short_forms`).
A lone club word ("City's goal") is the article's one club ending with it, whatever label the model gave the club
("Manchester City" tagged a place), unless "the" opens it ("the City" beside "New York City").
A firm's regional branch ("Rockstar North") is no long form of its parent's name; a unit word that also ends own names
(Radio, Foundation) opens to the corpus's sole long form of a one-word name ("Capital" of "Capital Radio", not "Virgin"
beside Virgin Trains); a model's span over a sentence's words ("Arsenal against United", "Putney, Labour") is no long form.
A body's name of two words or more ending in a head word ("Showmen's Guild", `context.body_heads`) takes the corpus's one
organisation that is that name, "of" and a country, region or large city ("Showmen's Guild of Great Britain"), where its
article names it no longer (`context.placed_long_forms`).
Acronym rule: the long forms a corpus spells an acronym out as are grouped by organisation (the same
words, each at most one letter apart: "Organisation", "Organization", a typo "Organiaation"); each
group keeps one name, its spelling in the most articles, and every spelling of it takes that name;
an acronym takes, in every article without a long form of its own, the group spelled out in ten times
as many articles as any other, so one organisation keeps ONE name across the corpus ("OPEC").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd

from helpers.entities.context import (ADDRESS_BEFORE, CAMEL_NAME, FOUNDER_INITIALS, SCORE_AFTER, SHARES_IN, VENUE_AFTER, club_for, club_spellings, institution_for, listed_places, long_club_names, nickname_club, other_club, placed_long_forms,
                                      patterns, place_here, team_use, town_reading, word_lists)

SMALL_WORDS = {"of", "and", "the", "for", "de", "&", "du", "la"}
LINK_WORDS = {"a", "an", "on", "in", "to", "at"}  # "General Agreement of/on Tariffs and Trade" name one body
PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")
INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?\.?$|^[A-Z]$")
PREFIXED = re.compile(r"[A-Z]{2,4} \S+")  # a name after a short capitals prefix: "MG Rover" (not "First Connecticut")
SAYS = re.compile(r"(?:'s)?,?\s+(?:also\s+)?(?:said|says|told|added|reported|announced)\b")
PLACED = re.compile(r"\b(?:in|at|near|from|into|outside|around|throughout|across|based)\s+$")
CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
SPELLED_OUT = re.compile(r">?\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")  # "Singapore International Monetary Exchange (SIMEX)"
BRACKET_AFTER = re.compile(r">?(?:,?\s+(?:S\.A\.?|SA|S\.p\.A\.?|SpA|N\.V\.?|NV|A/S|AG|AB|Inc\.?|Ltd\.?|plc|PLC|Corp\.?))?"
                           r"(?:\s*<[^<>\s]{1,12}>)?\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")  # also past the wire's ticker: "Nationale
# Nederlanden NV <NTTN.AS> (NatNed)", and past a legal form the name was cut before ("Petroleos De Venezuela, S.A.(PDVSA)")
ACRONYM_APPOSED = re.compile(r"(?<![\w&'’.-])([A-Z][A-Za-z0-9&]{1,7}),\s+(?:the\s+|or\s+)$")  # "Apacs, the " before "Association for ..."
ACRONYM_FIRST = re.compile(r"(?<![\w.])([A-Z]{2,8})\s+\((?:the\s+)?$")  # "INSEE (" before "National Statistics Institute)"
GLUED = re.compile(r"(?<![.!?]\s)(?<![.!?]\s\s)\b(?!(?:The|A|An)\s)[A-Z][\w-]*\s$")  # a capitalised word right before a mention, not one opening a sentence
TRAVEL_TO = re.compile(r"\b(?:fly|flies|flew|flown|flying|flights?|travel(?:s|led|ling)?|drive|drove|driving|sail(?:s|ed|ing)?|"
                       r"commut(?:e|es|ed|ing))\s+(?:back\s+|home\s+|direct\s+)?(?:to|from|into)\s+$")  # a journey's end is a place
# (not context.PLACE_OF's verbs: its "drives" would read "disk drives to Unisys" as a journey)
SECURITY = re.compile(r"(?:['’]s)?\s+(?:common|preferred|shares|stock|stockholders|shareholders)\b")  # "into Ogden common stock",
# "Abbey's shareholders": the company
ACTS = re.compile(r"\s+(?:did|does|was|is|has|had|will|would|expects|plans|agreed)\b")  # "Phoenix was forced"
HEADED = re.compile(r"(?:['’]s)?\s+(?:president|chairman|chairwoman|spokesman|spokeswoman|chief executive|managing director|"
                    r"finance director|head of [a-z]+),?\s+[A-Z]")  # "Clinton president F. Daniel Ryan", "Provident's chief executive
# John Harnett", "Britannia's head of mortgages, Carol Whitby": the company's officer
STATE_AFTER = re.compile(r",\s+[A-Z][a-z]*\.?(?:\s|$)")  # "Hartford, Conn."
APPOSED = re.compile(r"((?:[A-Z][\w.&'-]*\s+){1,5}?[A-Z][\w.]*)(?:\s+<[^<>]{1,12}>)?,\s+$")  # "... Aluminium AG <ALUZ.Z>, "
APPOSITION_END = re.compile(r",\s+[a-z]")  # "Alusuisse, plans": no list of names
APPOSED_LABELS = frozenset(PLACE_LABELS + ("ORG",))
CIVIC_WORDS = frozenset({"Council", "University", "Airport", "Police", "Hospital", "Cathedral", "Festival"})  # "Leeds University": the town's
TOWN_BODIES = frozenset({"Council", "Festival"})  # what a town names and is never called by alone
COMPASS = frozenset({"North", "South", "East", "West"})  # a firm's regional branch or studio: "Rockstar North"
DOMINANT_ARTICLES, DOMINANT_RATIO = 10, 10  # a corpus candidate this widespread wins a lone surname over its namesakes


def dominant(cands: list[str], spread: dict[str, set[str]], least: int = DOMINANT_ARTICLES) -> list[str]:
    """The one candidate `spread` over `least` articles and DOMINANT_RATIO times as many as any other, else all."""
    if len(cands) < 2:
        return cands
    ranked = sorted(cands, key=lambda c: (-len(spread[c]), c))
    top, runner_up = len(spread[ranked[0]]), len(spread[ranked[1]])
    return ranked[:1] if top >= least and top >= DOMINANT_RATIO * runner_up else cands


def initials(name: str) -> str:
    """Capital initials of a name's significant words ("European Central Bank" -> "ECB")."""
    return "".join(w[0] for w in name.split() if w.lower() not in SMALL_WORDS and w[:1].isupper())


def initial_forms(name: str) -> set[str]:
    """Initials of a name, also counting each part of a hyphenated word ("Inter-American Development Bank" -> IDB, IADB)."""
    parts = [p for p in re.split(r"[\s-]+", name) if p and p.lower() not in SMALL_WORDS and p[:1].isalpha()]
    return {initials(name), "".join(p[0].upper() for p in parts)}


MIXED_ACRONYM = re.compile(r"(?=[A-Z]+[a-z])(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}")  # "MoD", "DfES": capitals and small letters


WORD_ACRONYM = re.compile(r"[A-Z][a-z]{2,4}")  # "Soca": an acronym written as a word (tagged an organisation, the
# corpus's acronym readings decide it: "Opec")


BLEND_NAME = re.compile(r"[A-Z][a-z]{4,11}")  # "Postcomm": the first letters of two words of a body's name run together


def blended(short: str, org: str) -> bool:
    """True when a one-word name runs together the first letters of an organisation's first and a later significant word,
    two or more of the first and three or more of the later ("Postcomm" of "Postal Services Commission", "Ofcom" of
    "Office of Communications", "Natwest" of "National Westminster Bank")."""
    words = [w for w in org.split() if w.lower() not in SMALL_WORDS and w[:1].isupper()]
    if not BLEND_NAME.fullmatch(short) or len(words) < 2:
        return False
    low, first = short.lower(), words[0].lower()
    return any(first.startswith(low[:k]) and later.lower().startswith(low[k:])
               for k in range(2, len(low) - 2) for later in words[1:]) and not org.lower().startswith(low)  # "Texaco" is not
    # "Tex(as Supreme) Co(urt)": the second piece has three letters or more


def mixed_initials(short: str, org: str) -> bool:
    """True when a mixed-case acronym spells a name with the initials of its small words in small letters ("MoD" of
    "Ministry of Defence", "DfES" of "Department for Education and Skills")."""
    if not MIXED_ACRONYM.fullmatch(short):
        return False
    parts = []
    for w in org.split():
        if w.lower() in SMALL_WORDS:
            parts.append(f"(?:{re.escape(w[0].lower())})?")
        elif w[:1].isupper():
            parts.append(re.escape(w[0]))
        else:
            return False
    return re.fullmatch("".join(parts), short) is not None


def bare(word: str) -> str:
    """A name word without a comma or possessive after it ("Pope," -> "Pope", "Heck's" -> "Heck")."""
    return re.sub(r"(?:['’]s)?,?$", "", word) if word.endswith((",", "s")) else word


def ending_free(words: list[str], rules, keep: int = 1) -> list[str]:
    """A company name's words without its trailing endings and "and"/"&", never fewer than `keep` words."""
    words = list(words)
    while len(words) > keep and (words[-1].rstrip(".") in rules.org_suffixes or words[-1] in ("and", "&")):
        words.pop()
    return words


def without_endings(name: str, rules) -> str:
    """A company name without its company endings ("British Petroleum Co plc" -> "British Petroleum")."""
    return " ".join(ending_free(name.split(), rules))


def partnership(name: str) -> bool:
    """True for a company named after partners ("Welsh, Carson, Anderson and Stowe IV")."""
    return re.match(r"[A-Z][\w'-]*(?:, [A-Z][\w'-]*)+,? (?:and|&) [A-Z]", name) is not None


WEB_DOMAIN = re.compile(r"\.(?:com|net|org|co\.uk|org\.uk)", re.IGNORECASE)  # what a web firm's name ends with ("Lastminute.com")
PLACE_WORD = re.compile(r"[A-Z][\w'-]*")  # the one capitalised word of "Lloyd's of London" after "of"
FIRM_ENDINGS = frozenset({"International"})  # a long form's last word that makes it a firm here only, no company ending elsewhere
# ("Hollinger" of "Hollinger International"; as an ending it would glue "the World Bank and International Monetary Fund")
CAMPAIGN_WORDS = frozenset({"Members", "Action", "Supporters", "Shareholders", "Policyholders", "Pensioners", "Campaign", "Fans",
                            "Customers", "Victims", "Savers"})  # words of a group of people about a firm, never of the firm itself
CLUB_ENDINGS = frozenset({"County", "Town", "Argyle"})  # "Derby" of the two-word "Derby County" (not of "Vista Bank of Marion
# County"); not "Villa": Aston is a place, Villa the club


def ended_by(name: str, orgs: set[str], given: frozenset[str]) -> str | None:
    """The one two-word organisation of an article that a one-word name ends, opened by no given name ("Caffe Nero" of
    "Nero", "Royal Doulton" of "Doulton"; not "Harry Ramsden's" of "Ramsden"), nor by another organisation of the article
    (not "Sony Ericsson" of "Ericsson" beside Sony: a joint venture of two firms); also one whose two words before "of"
    it ends ("Showmen's Guild of Great Britain" of "Guild")."""
    ends = [o for o in orgs if (w := o.split(" of ", 1)[0].split()) and len(w) == 2 and w[1] == name and w[0] not in given
            and w[0][:1].isupper() and w[0] not in orgs]
    return ends[0] if len(ends) == 1 else None


def company_for(name: str, orgs: set[str], rules, lead: str | None = None, owners: bool = True) -> str | None:
    """The one longer company name of an article that `name` is the short form or the initials of (also the first part
    or the initials of the parts of a one-word name joined in capitals: "Glaxo", "GSK" of "GlaxoSmithKline"; or a web firm's
    name without its domain: "Lastminute" of "Lastminute.com", or its "and" spelling: "Marks and Spencer" of "Marks &
    Spencer"); among several,
    `lead`, the article's first-named organisation, when it is one ("Oakwood" of "Oakwood Homes Corp said ..." beside
    its unit "Oakwood Acceptance Corp"), and a surname that ends that lead firm when it is named after a man ("Hill's chief
    executive" after "William Hill said"). Without `owners`, a possessive is no short form ("Icahn" of "Icahn's Transworld ...").
    A group of people about a firm is none of its long forms ("Equitable Members Action Group", `CAMPAIGN_WORDS`)."""
    words, forms = name.split(), word_lists()["leading_org_forms"]
    if any(other_club(name, org) for org in orgs):
        return None  # "Dundee" beside Dundee United (and Dundee FC): a club of its own, or the city (`data/club_nicknames.csv`)
    cands = []
    for org in orgs:
        if words and words[0] not in org:  # cheap test first: a long form holds the short form's first word
            continue
        if glued_span(org, rules):  # "Arsenal against United", "Bono of U2, Dido": a model's span over a sentence
            continue
        if len(words) == 1 and institution_of(name, org) and name in listed_places():
            continue  # "Dundee has more games talent" beside Dundee City Council: the city, not the council
        org_words, long_form, initialled = org.split(), False, False
        if "-" in org_words[0] and "-" not in name:  # "Daimler" of "Daimler-Benz AG"
            org_words = org_words[0].split("-", 1) + org_words[1:]
        while org_words and not long_form:  # "G.H. Bass and Co" and "Ivan Boesky and Co" are long forms of "Bass", "Boesky and Co"
            key = bare if owners else (lambda w: w.rstrip(","))
            long_form = (len(org_words) > len(words) or len(org_words) < len(org.split())
                         and org.split()[0] in forms) and tuple(map(key, org_words[: len(words)])) == tuple(map(key, words))
            ending = org_words[1 + len(words) :]  # "Walt Disney Co": one word, then the short form and company endings
            named = tuple(org_words[1 : 1 + len(words)]) == tuple(words) and ending and ending[-1].rstrip(".") in rules.org_suffixes and all(
                w.rstrip(".") in rules.org_suffixes or w in ("and", "&") for w in ending)  # also "Eli Lilly and Co"
            skip = INITIALS.match(org_words[0]) or org_words[0] in rules.first_names or named or org_words[0] in forms or (
                org_words[0] in ("and", "&") and len(org_words) > 2 and INITIALS.match(org_words[1]))  # "S. and W. Berisford PLC"
            initialled = initialled or FOUNDER_INITIALS.fullmatch(org_words[0]) is not None and org_words[1:] == words and (
                org_words[0] not in word_lists()["place_aliases"])  # "J Sainsbury", "WH Smith"; not "U.S. Army"
            initialled = initialled or org_words[0] in rules.first_names and org_words[1:] == words and len(words) > 1 and (
                words[-1].rstrip(".") in rules.org_suffixes)  # "Wood Group" of "John Wood Group"
            org_words = org_words[1:] if skip else []
        club = bool(words) and words[-1] in word_lists()["club_suffixes"] and any(  # "Leeds United" is no short form of its
            w.endswith(("'", "’", "'s", "’s")) or w in word_lists()["institution_nouns"]  # "Leeds United Supporters' Trust", nor
            for w in org.split()[len(words):])  # "Hull City" of "Hull City Council"
        if any(w.rstrip("'’") in CAMPAIGN_WORDS for w in org.split()[len(words):]):
            continue  # "Equitable" is no short form of the Equitable Members Action Group, nor "Rover" of the Rover Shareholders' Group
        if initialled or long_form and not club and (org.split()[-1].rstrip(".") in rules.org_suffixes | FIRM_ENDINGS or set(org.split()) & rules.team_words
                                        or org.count(" ") == 1 and org.split()[-1] in CLUB_ENDINGS
                                        or partnership(org) or org.split()[0] in forms):  # "Philips" of "NV Philips Gloeilampenfabrieken"
            cands.append(org)
    for org in orgs if not cands else ():
        parts = CAMEL_PARTS.findall(org) if CAMEL_NAME.fullmatch(org) else []
        if parts and (name == parts[0] or len(parts) > 2 and name == "".join(p[0] for p in parts)):
            cands.append(org)  # "Glaxo" and "GSK" of "GlaxoSmithKline", "Astra" of "AstraZeneca"
    if not cands and " " not in name:  # "Lloyd's" of "Lloyd's of London"
        cands = [o for o in orgs if o.startswith((name + "'s of ", name + "’s of ")) and PLACE_WORD.fullmatch(o, len(name) + 6)]
    if not cands and " and " in name:  # "Marks and Spencer" of "Marks & Spencer": one name, two spellings
        cands = [o for o in orgs if o == name.replace(" and ", " & ")]
    if not cands and " " not in name:  # "Lastminute has grown" of "Lastminute.com": a web firm without its domain
        cands = [o for o in orgs if o.startswith(name) and WEB_DOMAIN.fullmatch(o, len(name))]
    if not cands and lead and lead.count(" ") == 1 and lead.split()[1] == name and lead.split()[0] in rules.first_names:
        return lead  # "Hill's chief executive" after the article opened on the bookmaker "William Hill": a firm named after a man
    cands = ampersand_only(cands)
    starts = bool(cands)  # a lead company settles only a short form that opens it, never initials ("EC")
    if not cands and CAPITALS_NAME.fullmatch(name):
        cands = [o for o in orgs if (len(o.split()) > 1 or "-" in o) and name not in o.split() and (  # "HP" of "Hewlett-Packard"; not "EC Commission"
            initials(o) == name or initials(without_endings(o, rules)) == name or "-" in o and name in initial_forms(o))  # "BP" of "British Petroleum Co plc"
            and not (o.split()[0] in rules.first_names and not {w.rstrip(".") for w in o.split()} & set(rules.org_suffixes))]
        # never a person's name the model tagged ORG: "JCB, the digger maker named after Joseph Cyril Bamford"
    cands.sort(key=len)
    plain = [c for c in cands if c.startswith(name + " ") and all(w.rstrip(".") in rules.org_suffixes for w in c[len(name):].split())]
    if len(plain) == 1:  # "Williams Cos" beside "Williams Pipeline Co" and "Williams Natural Gas Co"
        return plain[0]
    if cands and all(c.startswith(cands[0]) for c in cands):  # "Hanson" -> "Hanson Trust" -> "Hanson Trust PLC"
        return company_for(cands[0], set(cands[1:]), rules) or cands[0]
    if not cands and re.fullmatch(r"[A-Z][a-z]+[^s]s", name):  # a shop's name: "Morrisons" of "Wm Morrison Supermarkets"
        founded = [o for o in orgs if FOUNDER_INITIALS.fullmatch(o.split()[0]) and o.split()[1:2] == [name[:-1]]]
        return founded[0] if len(founded) == 1 else None
    return lead if starts and lead in cands else None


SUBUNITS = frozenset({"Committee", "Subcommittee", "Division", "Unit", "Branch", "Office", "One", "Two", "Three", "Four", "Radio",
                      "News", "Online", "Sport", "Worldwide", "International", "Foundation", "Trust", "Records", "TV", "Television",
                      "Agreement", "Act", "Law", "Bill", "Conference", "Equipment", "Capital", "Markets",
                      "Prize", "Prizes", "Award", "Awards", "Book", "Trophy"})  # "Whitbread Book (of the Year)": its sponsor's prize
BODIES = frozenset({"House", "Government", "Administration", "Budget", "Fed"})  # "the House" is no "White House"; see also institution_for
# unit words that also end an organisation's own name: "Capital" of "Capital Radio", "Domino" of "Domino Records", when the corpus gives it no other
OWN_NAMES = frozenset({"Radio", "Foundation", "Records"})


def sole_long_form(name: str, org: str, families: dict[str, set[str]]) -> bool:
    """True when `org` ends with a unit word that also ends own names (OWN_NAMES) and is the only longer organisation the
    corpus opens with `name`, one word in lower case too: "Capital" of "Capital Radio", "Mozilla" of "Mozilla Foundation";
    not "Virgin" of "Virgin Radio" beside Virgin Trains, an acronym ("BBC"), nor "Melinda Gates" of her foundation."""
    return (" " not in name and org.split()[-1] in OWN_NAMES and any(c.islower() for c in name)
            and {o for o in families.get(name.split()[0], ()) if o.startswith(name + " ")} == {org})


GROUP_AFTER = re.compile(r"\s+group\b")  # "his Virgin group": a lower-case "group" after a firm's word names the whole group
UMBRELLA_UNITS = 3  # this many of an article's organisations opening with one word, each with its own second word: that word alone is
# their group, none of them (not "Wolfson" beside Wolfson Microelectronics, its Institute and the Wolfson Foundation)


NAME_SMALL_WORDS = SMALL_WORDS | {"on", "upon", "des", "del", "der", "den", "di", "da", "do", "dos", "das", "le", "les", "und", "et", "y",
                                   "e", "van", "von", "al", "el"}  # "Bank of England", "Regie Nationale des Usines Renault"


def glued_span(org: str, rules) -> bool:
    """True for a model's span over a sentence's words rather than one name: it holds a word in lower case that no name
    holds (`sentence_word`), or a comma between names with no "&" or "and" and no company ending after it ("Bono of U2,
    Dido", "Putney, Labour"; not "Merrill Lynch, Pierce, Fenner & Smith", "Sears, Roebuck and Co")."""
    words = org.split()
    if any(sentence_word(w, rules) for w in words):
        return True
    return ", " in org and "&" not in org and " and " not in org and words[-1].rstrip(".") not in rules.org_suffixes


def sentence_word(word: str, rules) -> bool:
    """True for a word in lower case that no organisation's name holds, so a model's span over it glued a sentence's names
    ("Arsenal against United", "Vieira put Arsenal"): not a name's small word, nor a company ending in any case ("Lai Sun
    Garment Co ltd", "Norton co Pty Ltd")."""
    return (word[:1].islower() and word not in NAME_SMALL_WORDS and word.rstrip(".").title() not in rules.org_suffixes
            and not re.match(r"[a-z]{1,3}-[A-Z]", word))  # "el-Sayed", "al-Fayed": a name's particle


NO_LINK = re.compile(r"\bno (?:connection|relation|link)s? (?:with|to)\b[^.]*$")  # "no connection with the jam maker Hartley's"
OWN_BEFORE = re.compile(r"\b(?:its|their)\s+$")  # "its " right before a name
ARM_AFTER = re.compile(r"\s+(?:arm|division|unit|subsidiary|offshoot)\b")  # "its Boots Healthcare International arm": a part of the firm
FAMILY_ENDING = re.compile(r"\s+(?:&|and)\s+Sons?$")  # "William Grant & Sons", "Walter Heywood and Sons": a family firm


def part_for(name: str, opened: set[str], places: set[str], rules, families: dict[str, set[str]] | None = None) -> str | None:
    """The one ORG of `opened` (those named before the article first writes `name`) that opens or ends with `name`, split at
    spaces and slashes, also hyphens for its opening ("Rover" of "MG Rover", "Hutchison" of "Hutchison Whampoa", "BAR" of
    "BAR-Honda"), else None. Never a unit, a prize or a branch (a last word of SUBUNITS: "BBC One", "Senate Finance
    Committee", "Whitbread Book" of the Year; a
    place or nationality among the words after it, with none but places and company endings after it ("Texaco Canada",
    not "Garden" of "Pennington Garden Centres"), or opening the words before it, "European Vantaspace";
    but "Shell" of "Royal Dutch Shell"), a name that reads as a person's and ends with `name` ("Roach" of "Hal Roach";
    one that opens it is its short form, as the mention is tagged an organisation: "Franz" of the band Franz Ferdinand),
    a span with a possessive or a ticker, nor for a body (BODIES), nor a model's span over a sentence's words (`glued_span`: "Arsenal against United",
    "Putney, Labour"). A unit word that also ends own names opens to the corpus's sole long form of `name`
    (`sole_long_form`, with `families`: the corpus's organisations by first word). A family firm's name ends before
    "& Sons", and its founder's given name there is no sign of a person ("Grant's" of "William Grant & Sons")."""
    words = name.split()
    if name in BODIES or name in word_lists()["institution_nouns"]:
        return None
    found, nationals = [], word_lists()["nationalities"]  # "European Vantaspace": the firm's European arm
    endings = rules.org_suffixes | word_lists()["org_heads"]  # after the place of a branch, only places and these
    for org in opened:
        core = FAMILY_ENDING.sub("", org)  # "William Grant" of "William Grant & Sons", whose short form is "Grant's"
        parts, ends = re.split(r"[\s/-]+", org), re.split(r"[\s/]+", core)  # "Honda" does not end "BAR-Honda": its engine maker
        if len(parts) <= len(words) or name not in org or re.search(r"[<>]|['’]s\b", org) or other_club(name, org):
            continue  # not "Dundee" of "Dundee United": two clubs
        opens = parts[: len(words)] == words
        if opens and parts[-1] in TOWN_BODIES and name in listed_places():
            continue  # "news about Bradford" beside the Bradford Film Festival: the city, not its festival or council (but
            # "at Oxford" may be Oxford University)
        rest = parts[len(words):] if opens else ends[: -len(words)] if ends[-len(words):] == words else None
        local = [(p in places or p in nationals or p in COMPASS) and p not in word_lists()["org_heads"] for p in rest or ()]  # also
        # "Rockstar North", a studio of Rockstar; not "Virgin Atlantic", a trade's name the corpus also tags as the ocean
        branch = (any(here and all(local[j] or rest[j].rstrip(".") in endings for j in range(k + 1, len(rest))) for k, here in enumerate(local))
                  if opens else bool(local) and all(local) and parts[-1] not in word_lists()["team_words"])
        # "Texaco Canada", "European Vantaspace"; not "Royal Dutch Shell", nor a club's "Scarlets" of "Llanelli Scarlets", nor
        # "Fringe" of "Edinburgh Festival Fringe", where a word no place stands between the place and the short form, nor
        # "Garden" of "Pennington Garden Centres", a word tagged a place elsewhere before a trade's word
        unit = parts[-1] in SUBUNITS and not (opens and sole_long_form(name, org, families or {}))
        if (rest and not branch and not unit and (core != org or opens or not any(p in rules.first_names for p in rest))  # "Franz"
                # of the band "Franz Ferdinand", tagged ORG, whose second word is also a given name
                and any(p[:1].isupper() for p in rest) and not re.search(r"[A-Z]\.[A-Z]", org)
                and not glued_span(org, rules)):  # not "Arsenal against United"; "Sachs AG" of "Fichtel und Sachs AG"
            found.append(org)
    found = ampersand_only(found)
    return found[0] if len(found) == 1 else None


def ampersand_only(names: list[str]) -> list[str]:
    """`names` without the "and" spelling of a name also there with "&" ("Marks and Spencer" beside "Marks & Spencer")."""
    return [n for n in names if " and " not in n or n.replace(" and ", " & ") not in names]


def spelled_letters(short: str) -> str:
    """An acronym's letters as its long form holds them: a digit repeats the letter before it, "&" stands for "and"
    ("W3C" -> "wwwc" of "World Wide Web Consortium", "T&G" -> "tg" of "Transport and General Workers' Union")."""
    return re.sub(r"([a-z])([2-9])", lambda m: m.group(1) * int(m.group(2)), short.lower()).replace("&", "")


def abbreviates(short: str, long: str) -> bool:
    """True when `short` opens like `long` and its letters occur in `long` in order ("SIMEX" of "Singapore International Monetary Exchange")."""
    letters, rest = spelled_letters(short), iter(re.sub(r"[^a-z]", "", long.lower()))
    if not letters.isalpha():
        return False
    return long[:1] == short[:1] and all(ch in rest for ch in letters)


def reordered(short: str, long: str) -> bool:
    """True when the capitals `short` hold every initial of `long`'s words in another order, with at most two letters more:
    a foreign name's acronym beside its English name ("IMC" of "Mexican Coffee Institute", "INSEE" of "National Statistics Institute")."""
    heads, letters = Counter(initials(long)), Counter(short)
    return short.isupper() and len(short) >= 3 and sum(heads.values()) >= 2 and not heads - letters and len(short) - sum(heads.values()) <= 2


def camel_initials(short: str, name: str) -> bool:
    """True when a one-word name's two or more capitals are an acronym's capitals ("PwC" of "PricewaterhouseCoopers")."""
    capitals = re.sub(r"[^A-Z]", "", name)
    return len(capitals) >= 2 and capitals == re.sub(r"[^A-Z]", "", short) and short[:1] == name[:1]


def spelled_out(mentions: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(article, acronym) -> the ORG name right before it in brackets there ("... Exchange (SIMEX)"), or right after it
    in brackets ("INSEE (National Statistics Institute)"), or that an apposition right after it spells it out as ("Apacs,
    the Association for Payment Clearing Services,"), when its letters fit (`bracket_fits`, and for an apposition
    `holds_initials`; a one-word name's capitals, `camel_initials`: "PricewaterhouseCoopers (PwC)"); a bracket right
    after a name of three words or more, also past the wire's ticker, whatever its letters (`foreign_short_form`:
    "Federal Criminal Office (BKA)", "Nationale Nederlanden NV <NTTN.AS> (NatNed)")."""
    out = {}
    empty = [""] * len(mentions)
    for doc, name, label, before, after in zip(mentions["doc_id"], mentions["canonical"], mentions["label"],
                                               mentions.get("before", empty), mentions.get("after", empty)):
        if label != "ORG":
            continue
        apposed = ACRONYM_APPOSED.search(before or "") if (after or "")[:1] in (",", ".", ";", ":") else None
        bracket = BRACKET_AFTER.match(after or "")
        for m in (bracket, ACRONYM_FIRST.search(before or "") if (after or "").startswith(")") else None, apposed):
            if m and (bracket_fits(m.group(1), name) and (m is not apposed or holds_initials(m.group(1), name)) if " " in name
                      else camel_initials(m.group(1), name)):  # a list can open like an apposition: "Keane, the Kaiser Chiefs and ..."
                out.setdefault((doc, m.group(1)), name)
        if bracket and foreign_short_form(bracket.group(1), name):
            out.setdefault((doc, bracket.group(1)), name)
    return out


def foreign_short_form(short: str, long: str) -> bool:
    """True when a word in brackets right after a name of three words or more is its short form though its letters do not
    fit: a foreign acronym beside the English name ("Federal Criminal Office (BKA)") or a contracted name ("Den Norske
    Stats Oljeselskap A/S (Statoil)"), not a place ("(UK)") nor a nationality."""
    lists = word_lists()
    contracted = short.isupper() and len(short) >= 3 or re.fullmatch(r"[A-Z][A-Za-z]{3,7}", short) is not None
    placed = any(short in lists[n] for n in ("place_names", "towns", "major_places", "place_aliases", "nationalities"))
    return contracted and len(long.split()) >= 3 and long[:1].isupper() and not placed


def holds_initials(short: str, long: str) -> bool:
    """True when a short form is in capitals, or its small letters hold the initials of the long name's significant words
    in order, one at most left out of four or more ("Apacs" of "Association for Payment Clearing Services", "Apig" of "All Party
    Parliamentary Internet Group"), not a band listed before others ("Keane, the Kaiser Chiefs and Joss Stone")."""
    if short.isupper():
        return True
    heads, letters, found = initials(long).lower(), short.lower(), 0
    for head in heads:
        at = letters.find(head)
        if at >= 0:
            found, letters = found + 1, letters[at + 1 :]
    return found >= len(heads) - (len(heads) >= 4)  # a long name of four initials or more may drop one ("Apig")


NUMBER_WORDS = {"seven": "7", "eight": "8", "ten": "10", "twenty": "20"}  # "Group of Seven (G7)", "Group of Twenty (G20)"
NUMBERED = re.compile(r"([A-Z]+)(\d{1,2})")


def numbered(short: str, long: str) -> bool:
    """True when an acronym ending in a number is a name ending in that number's word ("G7" of "Group of Seven")."""
    m, words = NUMBERED.fullmatch(short), long.split()
    return bool(m and len(words) > 1 and NUMBER_WORDS.get(words[-1].lower()) == m.group(2)
                and abbreviates(m.group(1), " ".join(words[:-1])))


def bracket_fits(short: str, long: str) -> bool:
    """True when an acronym written in brackets beside a name is that name's: its letters in order (also with "The"
    leading: "the Children's Investment Fund (TCI)"), `reordered`, `numbered`, or the initials of all words but a leading
    place ("PSC" of "Georgia Public Service Commission")."""
    rest = long.split()[1:]
    return (abbreviates(short, long) or short[:1] == "T" and abbreviates(short, "The " + long) or reordered(short, long)
            or numbered(short, long) or len(rest) > 1 and initials(" ".join(rest)) == short)


def acronym(text: str, name: str) -> str | None:
    """The capitals a mention is written in when it is an acronym ("OPEC", also when its canonical name is "Opec")."""
    for form in (text.strip(), name):
        if CAPITALS_NAME.fullmatch(form):
            return form
    return name.upper() if re.fullmatch(r"[A-Z][a-z]{1,5}", name) and text.strip().upper() == name.upper() else None


def org_capitals(rows: list[tuple]) -> set[tuple[str, str]]:
    """(article, name) of names in capitals, no curated place alias ("US"), that the article tags as an organisation at
    least once: their uses tagged a place are the organisation too ("in BT exchanges", "BT is to double", beside "BT
    should be split up")."""
    aliases = word_lists()["place_aliases"]
    return {(doc, name) for doc, name, label, _ in rows if label == "ORG" and CAPITALS_NAME.fullmatch(name) and name not in aliases}


CAPITALS_NAME = re.compile(r"[A-Z]{2,6}")  # a name in capitals: "BA", "BT", "NFU"


def place_like_companies(rows: list[tuple], orgs: dict[str, set[str]]) -> set[str]:
    """Names the model tags as places that, at least ten times in eleven, stand in an article naming a company that starts
    with them ("Ashland") or that is them after a short capitals prefix ("Rover" of "MG Rover"); an organisation named after
    its town ("Coventry City Council", "Bradford City") makes no company."""
    owned, placed = Counter(), Counter()
    for doc, name, label, _ in rows:
        if label in PLACE_LABELS:
            named = any(opens_firm(name, o) or PREFIXED.fullmatch(o) and o.endswith(" " + name) for o in orgs[doc])  # also "Rover" of "MG Rover"
            (owned if named else placed)[name] += 1
    return {name for name, n in owned.items() if n >= 10 * placed[name]}


def placed_here(before: str, after: str) -> bool:
    """True when a name stands where a place does: after a place preposition ("in Hartford") or before a state ("Hartford, Conn.")."""
    return bool(PLACED.search(before[-20:]) or STATE_AFTER.match(after))


def speaking_companies(mentions: pd.DataFrame, orgs: dict[str, set[str]], lead: dict[str, str]) -> set[tuple[str, str]]:
    """(article, name) of place-tagged names that speak (or name the company's stock: "Hartford common") in an article
    naming a company that starts with them and are never used there as a place ("Hartford said" beside "Hartford
    Insurance Group", no "in Hartford"), or act as the subject or owner of its article's first-named company
    ("Phoenix was forced to close" after "Phoenix Steel Corp said"), or name an officer of any ("Clinton president F. Daniel Ryan");
    never after "of" ("The mayor of London said")."""
    said, placed = set(), set()
    for doc, name, label, before, after in zip(mentions["doc_id"], mentions["canonical"], mentions["label"],
                                               mentions.get("before", [""] * len(mentions)), mentions.get("after", [""] * len(mentions))):
        if label in ("GPE", "LOC", "FAC") and any(o.startswith(name + " ") and not institution_of(name, o) for o in orgs[doc]):
            # "West Ham are" beside West Ham United; not "Dundee has" beside Dundee City Council
            if SECURITY.match(after or ""):  # "convertible into Hartford common stock" is no place use
                said.add((doc, name))
            elif placed_here(before or "", after or ""):
                placed.add((doc, name))
            elif OF_BEFORE.search((before or "")[-6:]):
                continue  # "The mayor of London said" beside the London Assembly: the mayor speaks, not a firm
            elif SAYS.match(after or "") or HEADED.match(after or "") or ACTS.match(after or "") and lead.get(doc, "").startswith(name + " "):
                said.add((doc, name))
    return said - placed


OF_BEFORE = re.compile(r"\bof\s+$")  # a name after "of" is a noun's complement, never the subject that speaks
STATE_INITIALS = re.compile(r",\s+(?:[A-Z]\.){2}")  # "Providence, R.I."
FIRM_WORDS = re.compile(r"[A-Z][\w'’.]*(?:\s+(?:[A-Z0-9][\w'’.]*|&))+")  # capitalised words only: "Phoenix Venture Holdings"


def firm_places(mentions: pd.DataFrame) -> set[tuple[str, str]]:
    """(article, name) of place-tagged names, no curated place, written after the article names a company that starts
    with them, where the article never uses them as a place ("Unions said Phoenix had questions to answer" after Phoenix
    Venture Holdings): the corpus-wide ratio of `place_like_companies` misses them where other stories name the town."""
    named, found, placed = defaultdict(set), set(), set()
    w = word_lists()
    curated, teams = listed_places() | w["nationalities"], w["team_words"] | w["club_suffixes"]
    for doc, name, label, before, after in zip(mentions["doc_id"], mentions["canonical"], mentions["label"],
                                               mentions.get("before", [""] * len(mentions)), mentions.get("after", [""] * len(mentions))):
        if label == "ORG":
            named[doc].add(name)
        elif label in ("GPE", "LOC", "FAC") and name not in curated and " " not in name:  # not "Hong Kong" of Hong Kong Hilton Hotel
            if placed_here(before or "", after or "") or STATE_INITIALS.match(after or "") or (before or "").endswith(" of "):
                placed.add((doc, name))  # also "a Providence, R.I. brokerage", "the Duke of Beaufort"
            elif any(opens_firm(name, o) and o.split()[-1] not in teams and FIRM_WORDS.fullmatch(o) for o in named[doc]):
                # not "Llanelli" of Llanelli Scarlets, nor "Orange" of a model's span "Orange Prize for Fiction for We Need"
                found.add((doc, name))
    return found - placed


def opens_firm(name: str, org: str) -> bool:
    """True when `name` opens the organisation `org` and the next word makes no town's club or institution ("Ashland" of
    "Ashland Oil Inc"; not "Coventry" of "Coventry City Council")."""
    return org.startswith(name + " ") and org[len(name) + 1 :].split()[0] not in civic_words()


def institution_of(name: str, org: str) -> bool:
    """True when `org` is an institution named after the place `name` ("Dundee City Council", "Bangor University")."""
    return org.startswith(name + " ") and bool(CIVIC_WORDS & set(org.split()[1:]))


@lru_cache(maxsize=1)
def civic_words() -> frozenset[str]:
    """Words after a town that make its club or institution, not a firm named after it ("City", "Council")."""
    return word_lists()["club_suffixes"] | CIVIC_WORDS


def opened_firm(name: str, orgs: set[str]) -> str | None:
    """The article's one organisation `name` opens as a firm's short form ("Provident" of "Provident Financial" when
    "Provident's chief executive" speaks for it), else None."""
    found = ampersand_only([o for o in orgs if opens_firm(name, o)])
    return found[0] if len(found) == 1 else None


def merge_companies(mentions: pd.DataFrame, rules, protected: set[str]) -> tuple[list[str], list[str]]:
    """Canonical names after company short forms and acronyms are folded into the article's full company name
    (also a short form tagged as a place that is rarely a place elsewhere: "Ashland" -> "Ashland Oil Inc", or that
    speaks and is no place in its article: "Hartford said", or follows the firm there: "Phoenix had questions", `firm_places`;
    never a journey's end: "to fly to Manchester"; never a part the article calls the firm's own: "its Boots Healthcare
    International arm"); a mixed-case acronym of any label takes the one organisation of its article it spells ("MoD");
    a surname alone, tagged ORG, takes the one firm of that surname its article introduces by a given name after a noun for
    firms or "shares in" ("Bookmakers William Hill said ... A spokesman for Hill", "Wimpey ... Shares in George Wimpey"), or
    names between a given name and a company ending ("Wiseman" of Robert Wiseman Dairies);
    an acronym takes, in every article, the long form the corpus spells it out as in ten times as many
    articles as any other ("EC" -> "European Community"). Returns the names and the labels (a folded place is ORG)."""
    orgs: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple[int, str]] = {}  # article -> (offset, name) of its first-named organisation
    starts = mentions["start_char"] if "start_char" in mentions else range(len(mentions))
    for doc, name, label, start in zip(mentions["doc_id"], mentions["canonical"], mentions["label"], starts):
        if label == "ORG":
            orgs[doc].add(name)
            first[doc] = min(first.get(doc, (start, name)), (start, name))
    lead = {doc: name for doc, (_, name) in first.items()}
    befores = mentions["before"].fillna("").tolist() if "before" in mentions else [""] * len(mentions)
    afters = mentions["after"].fillna("").tolist() if "after" in mentions else [""] * len(mentions)
    arms = {(doc, name) for doc, name, label, b, a in zip(mentions["doc_id"], mentions["canonical"], mentions["label"], befores, afters)
            if label == "ORG" and OWN_BEFORE.search(b[-8:]) and ARM_AFTER.match(a)}  # a firm's part is no long form of its short name
    person_named = {(doc, name) for doc, name, label, b, text in zip(mentions["doc_id"], mentions["canonical"], mentions["label"], befores, mentions["text"])
                    if label in ("ORG", "PERSON") and name.count(" ") == 1 and name.split()[0] in rules.first_names
                    and not re.search(r"['’]s?$", text)  # not "shares in Rupert Murdoch's News Corp"
                    and (label == "ORG" and patterns()["company_before"].search(b[-30:]) or SHARES_IN.search(b[-20:]))}
    # "Bookmakers William Hill", "Shares in George Wimpey" (also tagged a person; not "Broadcaster Chris Evans"): a firm with a person's name
    founders: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, surname) -> its firms named after a person
    for doc, name in person_named:
        founders[(doc, name.split()[1])].add(name)  # "Bookmakers William Hill said" ... "A spokesman for Hill"
    for doc, held in orgs.items():
        for org in held:
            words = org.split()
            if len(words) == 3 and words[0] in rules.first_names and words[2].rstrip(".") in rules.org_suffixes | word_lists()["org_heads"]:
                founders[(doc, words[1])].add(org)  # "Wiseman, which supplies" beside Robert Wiseman Dairies
    out, spelled = [], defaultdict(lambda: defaultdict(set))  # acronym -> long form -> articles
    rows = list(zip(mentions["doc_id"], mentions["canonical"], mentions["label"], mentions["text"]))
    companies = place_like_companies(rows, orgs)
    local = speaking_companies(mentions, orgs, lead) | firm_places(mentions)
    capitals = org_capitals(rows)
    brackets = spelled_out(mentions)
    labels = [label for _, _, label, _ in rows]
    glued = [bool(GLUED.search(b or "")) for b in befores]  # "American Hoechst": part of another name
    short_names = known_as_names(rows, befores, afters) | apposed_names([r[:3] + (b,) for r, b in zip(rows, befores)], afters, orgs, rules)
    earlier: dict[str, set[str]] = defaultdict(set)  # article -> organisations named so far (rows are in text order)
    first_row: dict[tuple[str, str], int] = {}  # (article, name) -> its first row; as ORG: its first ORG row
    first_org: dict[tuple[str, str], int] = {}
    org_uses: Counter = Counter()  # (article, name) -> its ORG rows
    for i, (doc, name, label, _) in enumerate(rows):
        first_row.setdefault((doc, name), i)
        if label == "ORG":
            first_org.setdefault((doc, name), i)
            org_uses[(doc, name)] += 1
    places = {name for _, name, label, _ in rows if label in PLACE_LABELS}
    tags = Counter((name, label in PLACE_LABELS) for _, name, label, _ in rows)
    mostly_places = {name for name in places if tags[(name, True)] >= tags[(name, False)] or name in listed_places()}
    # a firm's words read as a place by `part_for`: not "Royal" of "Royal Dutch Shell", tagged a place once in seven
    in_article: dict[str, set[str]] = defaultdict(set)  # article -> every name it holds, of any label (a club may be tagged a place)
    for doc, name, _, _ in rows:
        in_article[doc].add(name)
    parts: dict[int, str | None] = {}  # row -> the longer name of its article it opens or ends (`part_for`)
    families: dict[str, set[str]] = defaultdict(set)  # first word -> the corpus's organisations of several words opening with it
    for names in orgs.values():
        for o in names:
            if " " in o:
                families[o.split()[0]].add(o)
    town_clubs, sporty = corpus_clubs(orgs)
    shared_towns = {c for clubs in town_clubs.values() if len(clubs) > 1 for c in clubs}  # "Newcastle United", "Newcastle Falcons"
    club_company: dict[str, set[str]] = defaultdict(set)  # such a club -> the organisations its articles name
    for names in orgs.values():
        for c in names & shared_towns:
            club_company[c] |= names
    for (doc, name, label, text), after_name in zip(rows, glued):
        if label == "ORG":
            earlier[doc].add(name)
        if label in PLACE_LABELS + ("ORG",) and (doc, name) not in capitals and town_in_org(name, befores[len(out)] or "", afters[len(out)], orgs[doc],
                                                            rules.org_suffixes - NOT_FIRM_ENDINGS):
            labels[len(out)] = "GPE" if label == "ORG" else label  # "a priest in Lincoln" beside Lincoln Cathedral: the town
            out.append(name)
            continue
        if label in PLACE_LABELS + ("ORG",) and " " not in name and TRAVEL_TO.search((befores[len(out)] or "")[-40:]):
            labels[len(out)] = "GPE" if label == "ORG" else label  # "to fly to Manchester next week", tagged ORG beside
            out.append(name)  # Manchester United: the city; "flying to Sydney" beside Sydney & Partners
            continue
        named_so = short_names.get((doc, name)) if label in PLACE_LABELS + ("ORG",) else None
        if named_so and name not in protected:  # "Schweizerische Aluminium AG <ALUZ.Z>, Alusuisse, plans"
            labels[len(out)] = "ORG"
            out.append(named_so)
            continue
        club = (closest_club(own_clubs(name, town_clubs.get(name, set())), orgs[doc] - {name}, club_company)
                if name not in protected and label in ("ORG",) + PLACE_LABELS and doc in sporty
                and not any(o.startswith(name + " ") or o.endswith(" " + name) for o in orgs[doc])  # nor "Albion" beside Burton Albion
                and (team_use(befores[len(out)] or "", afters[len(out)]) or SCORE_AFTER.match(afters[len(out)])) else None)
        if club:
            labels[len(out)] = "ORG"  # "beat Newcastle 2-1" in a report about sport: the corpus's Newcastle United
            out.append(club)
            continue
        spelt = ([o for o in orgs[doc] if mixed_initials(name, o)]
                 if label in PLACE_LABELS + ("ORG",) and MIXED_ACRONYM.fullmatch(name) and name not in protected else
                 [o for o in orgs[doc] if " " in o and initials(o) == name.upper()]
                 if label in ("PERSON",) + PLACE_LABELS and WORD_ACRONYM.fullmatch(name) and name not in protected
                 and name not in word_lists()["given_names"] and not (label != "PERSON" and name in listed_places()) else [])
        # not "Tom" beside a Trust for Open Meadows; "the Bafta awards", tagged a place, beside the British Academy of Film and Television Arts
        spelt = spelt or ([o for o in orgs[doc] if blended(name, o)] if label in ("PERSON", "ORG") and name not in protected
                          and name not in word_lists()["given_names"] else [])  # "Postcomm" beside the Postal Services Commission
        if not spelt and label == "PERSON" and " " not in name and (doc, name) in brackets and name not in protected:
            spelt = [brackets[(doc, name)]]  # "Farma's chief executive", tagged a person, after "... Markets Association (Farma)"
        if len(spelt) == 1:  # "The MoD has been reforming itself", tagged a place, beside the Ministry of Defence; "said Soca
            # would", tagged a person, beside the Serious Organised Crime Agency: an acronym written as a word
            labels[len(out)] = "ORG"
            out.append(spelt[0])
            continue
        if name in protected or not (label == "ORG" or label in PLACE_LABELS and (name in companies or (doc, name) in local or (doc, name) in capitals)):
            out.append(name)
            continue
        if NO_LINK.search((befores[len(out)] or "")[-80:]):
            out.append(name)  # "Hartley and Sons has no connection with the jam maker Hartley's": another firm
            continue
        short = acronym(text, name) if label == "ORG" else None
        bracketed = (brackets.get((doc, short or "")), brackets.get((doc, name)))  # also a mixed-case form: "Minpeco", "WestLB"
        firms = {o for o in orgs[doc] if (doc, o) not in arms or o.startswith(name + " ") and set(ending_free(o.split(), rules)) <= set(name.split())} - {name}
        # an arm keeps the name its firm is known by only with a company ending ("its USAir Inc unit" beside "USAir")
        full = company_for(name, firms, rules, None if after_name else lead.get(doc)) or (
            company_for(short, firms, rules) if short and short != name else None) or bracketed[0] or bracketed[1] or (
            opened_firm(name, orgs[doc]) if (doc, name) in local else None) or (
            club_for(name, orgs[doc] | club_names(name, in_article[doc], befores[len(out)]), places, lambda o: org_uses[(doc, o)])
            or institution_for(name, orgs[doc])
            or institution_for(name, earlier[doc] - {name}) or nickname_club(name, in_article[doc].__contains__)
            or (min(founders[(doc, name)]) if len(founders.get((doc, name), ())) == 1 else None)
            if label == "ORG" else None)  # "United", "the Bank" (of two banks, the one named before it), "the Gunners", "Hill"
        if not full and (label == "ORG" or name in companies):  # "Rover" of "MG Rover", unless the corpus reads it as an acronym ("Opec")
            opened = {o for o in orgs[doc] if first_org[(doc, o)] < first_row[(doc, name)] and o != name}
            units = {o.split()[1] for o in orgs[doc] if o.startswith(name + " ")}  # "Virgin" beside Virgin Galactic, Virgin Atlantic, Virgin Cola
            umbrella = len(units) >= UMBRELLA_UNITS or bool(GROUP_AFTER.match(afters[len(out)] or "")) and any(
                w not in word_lists()["org_words"] and w.rstrip(".") not in rules.org_suffixes for w in units)
            # "whose Virgin group owns a stake in Virgin Mobile": the group, not its arm; "the Mozilla group" is the Mozilla Foundation
            parts[len(out)] = None if umbrella else part_for(name, opened, mostly_places, rules, families)
        if full and (short and initials(full) == short or full in bracketed):
            spelled[short or name][full].add(doc)  # also a bracket's foreign acronym: "Petroleos de Venezuela (PDVSA)"
        if full:
            labels[len(out)] = "ORG"
        out.append(full or name)
    named: dict[str, set[str]] = defaultdict(set)  # ORG name -> articles
    for (doc, _, _, _), name, label in zip(rows, out, labels):
        if label == "ORG":
            named[name].add(doc)
    respell, reading = acronym_readings(spelled, named, Counter(n for n, lab in zip(out, labels) if lab == "ORG"))
    joined = ampersand_forms(named, rules)
    placed = placed_long_forms(named, word_lists()["major_places"])  # "the Showmen's Guild" where others write "... of Great Britain"
    votes = Counter((name, label == "ORG") for _, name, label, _ in rows)
    for i, (doc, name, label, text) in enumerate(rows):
        as_org = label == "ORG" or label in PLACE_LABELS and votes[(name, True)] > votes[(name, False)]  # "Opec" tagged GPE once
        if name in protected or not as_org:
            continue
        short = (acronym(text, name) or name) if out[i] == name else None
        if short in reading and len(reading[short]) == 1:
            out[i], labels[i] = reading[short][0], "ORG"
        out[i] = respell.get(out[i], out[i])
        long = dominant(sorted(joined.get(name, ())), named, least=1)  # of several, the one far more articles name ("Cable &
        if out[i] == name and len(long) == 1:  # Wireless", not a glued "Chester and Wrexham"); "M&S" of "Marks & Spencer"
            out[i], labels[i] = long[0], "ORG"
        if out[i] == name and parts.get(i):
            out[i] = respell.get(parts[i], parts[i])
        if out[i] == name and name in placed:
            out[i], labels[i] = placed[name], "ORG"
    return spelled_endings(mentions["doc_id"].tolist(), out, labels), labels


BUILDING_AT = re.compile(r"\b(?:building|buildings|site|offices|headquarters)\s+at\s+$")  # a site's name, not its body's


def short_forms(mentions: pd.DataFrame, rules, protected: set[str]) -> tuple[list[str], list[str]]:
    """Canonical names and labels after curated short forms take the long form the corpus spells out
    (`data/org_short_forms.csv`: "Ofcom" -> "Office of Communications" when some article names it so, as an
    organisation or a party: "Tories" -> "Conservatives"), the first of its listed spellings the corpus has; only while
    no rule of its article named it in full, a person-tagged form only where no title addresses it ("Morrisons", not "Mr Standard"), a possessive one only where it owns nothing
    ("at Queen's this week", "won at Queen's four times", "Queen's has been", not "the Queen's speech"); none in an
    article that writes it as a building's site ("the Scottish Parliament building at Holyrood": the place there)."""
    names, labels = mentions["canonical"].tolist(), mentions["label"].tolist()
    forms = rules.org_short_forms
    if not forms:
        return names, labels
    longs = {s.lower(): s for spellings in forms.values() for s in spellings}
    spelled = {longs[n.lower()] for n, lab in zip(names, labels) if lab in ("ORG", "NORP") and n.lower() in longs}  # named in full
    if not spelled:
        return names, labels
    befores = mentions["before"].fillna("").tolist() if "before" in mentions else [""] * len(names)
    afters = mentions["after"].fillna("").tolist() if "after" in mentions else [""] * len(names)
    docs = mentions["doc_id"].tolist()
    sited = {(doc, text.strip()) for doc, text, before in zip(docs, mentions["text"].tolist(), befores)
             if BUILDING_AT.search(before[-30:])}  # "the Scottish Parliament building at Holyrood": there, the site
    for i, text in enumerate(mentions["text"].tolist()):
        if (docs[i], text.strip()) in sited:
            continue
        surface = re.sub(r"^(?:the|The)\s+", "", text.strip())
        bare = surface.removesuffix("'s").removesuffix("’s")
        owned = bare != surface or afters[i].startswith(("'s", "’s"))
        key = surface if surface in forms else (bare + "'s" if owned else surface)
        if key not in forms or names[i] in protected or names[i] != key.removesuffix("'s"):
            continue  # a rule of the article already named it in full ("HP" of "Hewlett Packard Co")
        tail = afters[i][2:] if afters[i][:2] in ("'s", "’s") else afters[i]  # the text after the possessive
        if key.endswith("'s") and not VENUE_AFTER.match("'s" + tail) and not VERB_AFTER.match(tail) and not AT_BEFORE.search(befores[i]):
            continue  # "the Queen's speech": the possessive owns a noun; not "at Queen's four times", "Queen's has been"
        if labels[i] not in ("ORG", "NORP") + PLACE_LABELS and not (labels[i] == "PERSON" and not ADDRESS_BEFORE.search(befores[i][-6:])):
            continue
        found = [s for s in forms[key] if s in spelled]
        if found:
            names[i], labels[i] = found[0], "ORG"
    return names, labels


NOT_FIRM_ENDINGS = frozenset({"Group", "Association", "Trust", "Party"})  # endings a town's institutions take too ("Manchester Airports Group")


def corpus_clubs(orgs: dict[str, set[str]]) -> tuple[dict[str, set[str]], set[str]]:
    """The corpus's clubs by town ("Newcastle" -> {"Newcastle United"}: two words, the second a club word or a team's
    nickname) and the articles that name a club (reports about sport)."""
    clubby = word_lists()["club_suffixes"] | word_lists()["team_words"]
    by_town: dict[str, set[str]] = defaultdict(set)
    sporty = set()
    for doc, names in orgs.items():
        for o in names:
            words = o.split()
            if len(words) == 2 and words[1] in clubby and words[0][:1].isupper() or o in long_club_names():  # also "Preston North End"
                by_town[words[0]].add(o)
                sporty.add(doc)
    return by_town, sporty


def own_clubs(name: str, clubs: set[str]) -> set[str]:
    """The corpus's clubs of a town that `name` may name: for a listed club's own name, only its listed spellings ("Celtic"
    is never the corpus's Celtic Warriors; "Newcastle" may be Newcastle United or the Falcons; `data/club_nicknames.csv`)."""
    spellings = club_spellings().get(name)
    return clubs if spellings is None else clubs & spellings


def closest_club(clubs: set[str], here: set[str], company: dict[str, set[str]]) -> str | None:
    """Of the corpus's clubs of one town, the one (when one alone) whose articles name the most of this article's
    organisations (`here`; `company`: club -> the organisations its articles name): a rugby report's Newcastle Falcons,
    not Newcastle United. A town with one club gives that club."""
    if len(clubs) < 2:
        return next(iter(clubs), None)
    shared = {c: len(here & company[c] - {c}) for c in clubs}
    ranked = sorted(clubs, key=lambda c: (-shared[c], c))
    return ranked[0] if shared[ranked[0]] > shared[ranked[1]] else None


def town_in_org(name: str, before: str, after: str, orgs: set[str], firm_endings: frozenset[str] = frozenset()) -> bool:
    """True when a one-word name opens a longer organisation of its article and stands where a place does ("a priest in
    Lincoln" beside Lincoln Cathedral, "a company in Manchester" beside Manchester Airports Group): the town it is named
    after. No such organisation may end like a firm (`firm_endings`: "voting power in Resorts" beside Resorts
    International Inc, "ownership in Peabody" beside Peabody Holding Co Inc)."""
    longer = [o for o in orgs if o.startswith(name + " ")]
    return (" " not in name and bool(longer) and not any(o.split()[-1].rstrip(".") in firm_endings for o in longer)
            and (place_here(before, name, after) or town_reading(before, name, after, any(o in club_spellings() for o in longer))))


def club_names(word: str, names: set[str], before: str) -> set[str]:
    """The article's names, of any label, that end with the club word `word` when it stands without "the" ("City's goal"
    beside "Manchester City", tagged a place; not "the City" beside "New York City")."""
    if word not in word_lists()["club_suffixes"] or re.search(r"\bthe\s*$", before or "", re.I):
        return set()
    return {n for n in names if n.endswith(" " + word)}


AT_BEFORE = re.compile(r"(?<![\w-])at\s+$")  # "won at Queen's four times": a place, no "the" owning it
VERB_AFTER = re.compile(r"\s+(?:is|was|has|had|have|will|would|remains|became)\b")  # "Queen's has been a happy hunting ground"


ENDING_SPELLINGS = {"corp": "corporation", "co": "company", "inc": "incorporated", "ltd": "limited", "bros": "brothers", "intl": "international"}


@lru_cache(maxsize=1 << 16)
def ending_key(name: str) -> tuple[str, ...]:
    """A company name with its endings spelled out, in lower case ("News Corp" and "News Corporation" give one key)."""
    return tuple(ENDING_SPELLINGS.get(w, w) for w in (w.lower().rstrip(".,") for w in name.split()))


def spelled_endings(docs: list[str], names: list[str], labels: list[str]) -> list[str]:
    """ORG names that differ from another ORG name of their article only in an abbreviated ending take the form the
    article writes first ("News Corporation" ... "News Corp": News Corporation)."""
    first: dict[tuple[str, tuple[str, ...]], str] = {}
    for doc, name, label in zip(docs, names, labels):
        if label == "ORG":
            first.setdefault((doc, ending_key(name)), name)
    return [first.get((doc, ending_key(name)), name) if label == "ORG" else name for doc, name, label in zip(docs, names, labels)]


def ampersand_forms(named: dict[str, set[str]], rules) -> dict[str, set[str]]:
    """Short form with an ampersand ("M&S") -> the ORG names of two parts joined by "&" or "and" whose initials it is
    ("Marks & Spencer", "Marks and Spencer Plc")."""
    out: dict[str, set[str]] = defaultdict(set)
    for name in named:
        parts = re.split(r" (?:&|and) ", without_endings(name, rules))
        if len(parts) == 2 and all(parts):
            out[f"{initials(parts[0])}&{initials(parts[1])}"].add(name)
    return out


def apposed_company(name: str, before: str, after: str, orgs: set[str], rules) -> str | None:
    """The company with a company ending that a one-word name stands in commas right after, its ticker aside: the company's
    short name ("Schweizerische Aluminium AG <ALUZ.Z>, Alusuisse, plans" -> "Schweizerische Aluminium AG"), else None."""
    m = APPOSED.search(before[-80:]) if " " not in name and APPOSITION_END.match(after) else None  # not a list "Exxon Corp, Mobil, Texaco"
    org = m.group(1) if m else ""
    return org if org in orgs and org != name and org.split()[-1].rstrip(".") in rules.org_suffixes else None


def apposed_names(rows: list[tuple], afters: list, orgs: dict[str, set[str]], rules) -> dict[tuple[str, str], str]:
    """(article, name) -> the company a mention of that name stands in apposition to there (`apposed_company`), from
    `rows` of (article, name, label, before) and the text after each mention."""
    out = {}
    for (doc, name, label, before), after in zip(rows, afters):
        if after and after[:1] == "," and label in APPOSED_LABELS:
            org = apposed_company(name, before or "", after, orgs[doc], rules)
            if org:
                out[(doc, name)] = org
    return out


PREPOSITION_END = re.compile(r"\b(?:outside|inside|near|at|in|on|behind|beside|opposite|above|below)\s+(?:the\s+)?$")  # where
# something else stands ("the hill outside Centre Court, known as"); not "owned in part by the ... Company, better known as P&O"
KNOWN_AS = re.compile(r",?\s+(?:(?:also|better|widely|now)\s+)?known\s+as\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*)?)(?![\w&'’-])")


def known_as_names(rows: list[tuple], befores: list, afters: list) -> dict[tuple[str, str], str]:
    """(article, short name) -> the organisation of several words the article says is known by it ("National Westminster
    Bank, known as NatWest,"), from `rows` of (article, name, label, text) and the text before and after each mention;
    never one after a preposition, which some other thing is known as ("the hill outside Centre Court, known as Henman Hill")."""
    out = {}
    for (doc, name, label, _), before, after in zip(rows, befores, afters):
        m = KNOWN_AS.match(after or "") if label == "ORG" and " " in name and not PREPOSITION_END.search(before or "") else None
        if m and m.group(1) != name:
            out.setdefault((doc, m.group(1)), name)
    return out


def long_form_key(name: str) -> tuple[str, ...]:
    """Comparison words of a long form: lower case, without small and linking words ("the Organisation of ..." -> ("organisation", ...))."""
    return tuple(w for w in re.findall(r"[a-z]+", name.lower()) if w not in SMALL_WORDS and w not in LINK_WORDS)


def one_edit(a: str, b: str) -> bool:
    """True when two words of at least four letters differ by one letter replaced, added or dropped ("Organisation", "Organizaton")."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def same_body(a: str, b: str) -> bool:
    """True when two long forms are spellings of one organisation: the same words, each at most one letter apart."""
    wa, wb = long_form_key(a), long_form_key(b)
    return len(wa) == len(wb) > 0 and all(x == y or one_edit(x, y) for x, y in zip(wa, wb))


def acronym_readings(spelled: dict, named: dict[str, set[str]], mentions: Counter) -> tuple[dict, dict[str, list[str]]]:
    """Per acronym, its long forms (and the ORG names with their words) grouped by organisation, each group under
    its spelling in the most articles (then mentions); returns the respelling of every such name and, per acronym,
    the group names of which one is its reading everywhere when it spells it out in ten times the articles of any other."""
    by_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for name in named:
        if " " in name:
            by_key[long_form_key(name)].add(name)
    respell, reading = {}, {}
    for short, forms in spelled.items():
        names = set(forms).union(*(by_key.get(long_form_key(f), set()) for f in forms))
        groups: dict[str, set[str]] = {}
        for form in sorted(names, key=lambda f: (-len(named.get(f, ())), -mentions[f], f)):
            head = next((g for g in groups if same_body(g, form)), form)
            groups.setdefault(head, set()).update(forms.get(form, ()))
            respell[form] = head
        reading[short] = dominant(sorted(g for g in groups if groups[g]), groups, least=1)
    return respell, reading
