"""Organisation names the small model left untagged or cut in pieces, recovered from the article's own evidence.

- an acronym and the long form an apposition spells it out as ("Apacs, the Association for Payment Clearing Services,")
  are ORG mentions, whatever the model tagged them;
- a long form the article spells an acronym out as, right before it in brackets, left untagged ("the Association of
  South-east Asian Nations (ASEAN)", "the Interactive Media in Retail Group (IMRG)", "The Royal Society for the
  Prevention of Cruelty to Animals (RSPCA)", which the model cut after "Society"), becomes an ORG mention when the
  acronym is its initials (hyphenated words count each part: "Inter-American Development Bank (IADB)"), one word's
  capitals ("InterActiveCorp (IAC)"), or, for four capitals or more, its initials with one word's left out;
- a company named after partners ("Pope, Evans and Robbins Inc", "<Welsh, Carson, Anderson and Stowe IV>"), that
  the model cut at the commas, is one ORG when the article also uses its short form, the first two partners
  ("Pope Evans", "Scott, Foresman"), or the wire's company brackets enclose it; that short form is an ORG mention;
- an untagged run of capitalised words that spells out an acronym of three to six letters the article tags as an
  organisation is that organisation ("BAR, which stands for British American Racing");
- an ORG span naming two companies, each with its ending ("Sears, Roebuck and Co and Kellwood Co"), is two ORGs;
- capitalised words ending in a company ending ("Clinton American Corp"), left untagged or tagged in pieces that
  are no organisation, are one ORG mention;
- a newspaper's title after "the" ("the Daily Telegraph", "the Evening Standard"), left untagged, is an ORG mention;
- the "X and Y" spelling of the article's organisation "X & Y", tagged in pieces or not at all, is one ORG mention
  ("Shares in Marks and Spencer rose" beside Marks & Spencer);
- untagged capitalised words right after a lower-case noun for firms are an ORG mention ("Games publisher SCi
  Entertainment has agreed"), unless a given name, a common word or a title opens them;
- a club `data/club_nicknames.csv` spells in two words or more, left untagged or called a date ("Southend United",
  "Sheffield Wednesday"), is an ORG mention, and so is a one-word spelling of the same club the article leaves untagged
  where a word of football follows it ("Southend manager Steve Tilson", "Southend won"; not "Mr Mandelson, who held
  Hartlepool" beside Hartlepool United, the town's club);
- a word of two to four capitals before a firm's one-word name the article tags ORG elsewhere, the two left untagged or
  tagged together a product ("firms supplying MG Rover" beside "work for Rover"), is one ORG mention with it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from helpers.entities.repair import RepairRules

from helpers.entities import context
from helpers.entities.companies import bracket_fits, camel_initials, initial_forms, initials
from helpers.text import ends_sentence

BRACKETED = re.compile(r" \(([A-Z][A-Za-z0-9&]{1,7})\)")  # " (ASEAN)", " (W3C)", " (T&G)"
LONG_WORD = re.compile(r"[A-Z][\w'&.-]*|of|and|the|for|to|on|in|de|du|des|la")
PARTNERS = re.compile(r"\b(?<![.&'-])([A-Z][a-z][\w'-]*), ([A-Z][a-z][\w'-]*)((?:, [A-Z][a-z][\w'-]*)*),? (?:and|&) "
                      r"([A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)")
PAIR = re.compile(r"(.+? [A-Z][\w.]*),? and ([A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)+)")  # "X and Co" + " and " + "Y Co"
ACRONYM = re.compile(r"[A-Z]{3,6}")  # "BAR", "GNER"; not "UK"
CAPITAL_RUN = re.compile(r"(?<![\w.&'’-])[A-Z][\w'’&-]*(?: (?:(?:and|of|for|&) )?[A-Z][\w'’&-]*)+(?![\w&'’-])")  # "British American Racing"
PAPER_WORDS = r"(?:Daily|Sunday|Evening|Financial) [A-Z][a-z]+"  # a newspaper's title: "Daily Telegraph", "Financial Times"
PAPER_TITLE = re.compile(r"(?<=\b[Tt]he )" + PAPER_WORDS + r"(?![\w'’&-])(?!\s+[A-Z])")  # "the Daily Telegraph", untagged
CAPITALISED_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")  # one capitalised word: "Rover"
NO_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})  # "Sheffield Wednesday", a date
CLUB_CUE_AFTER = re.compile(r"(?:['’]s)?\s+(?:manager|boss|chairman|coach|striker|defender|midfielder|goalkeeper|keeper|captain|fans|"
                            r"supporters|won|beat|lost|drew|scored|travel|hosted?|faced?)\b")  # "Southend manager", "Southend won"
NAME_WORDS = re.compile(r"(?<![\w.&'-])(?:[A-Z][\w'&.-]* ){1,4}$")  # up to four capitalised words right before it


def overlaps(span: list, spans: list[list]) -> bool:
    """True when `span` shares a character with one of `spans`."""
    return any(s < span[1] and span[0] < e for s, e, *_ in spans)


def replace(ents: list[list], new: list[list]) -> list[list]:
    """`ents` without those overlapping a span of `new`, plus `new`."""
    return [ent for ent in ents if not overlaps(ent, new)] + new if new else ents


def missed_long_forms(text: str, ents: list[list]) -> list[list]:
    """ORG spans for untagged long forms right before a bracketed acronym that is their initials ("... Nations (ASEAN)"),
    or, failing that, the initials of the longest such run of capitalised words but one ("the Independent Committee for
    the Supervision of Standards of Telephone Information Services (ICSTIS)", "Standards" left out)."""
    out = []
    for m in BRACKETED.finditer(text):
        head = text[max(0, m.start() - 120) : m.start()]
        words = list(re.finditer(r"\S+", head))
        longest, found = "", ""
        for k in range(len(words) - 1, -1, -1):
            if not LONG_WORD.fullmatch(words[k].group()):
                break
            phrase = head[words[k].start() :]
            longest = phrase if words[k].group()[:1].isupper() else longest
            if words[k].group()[:1].isupper() and (" " in phrase and m.group(1) in initial_forms(phrase)
                                                     or " " not in phrase and camel_initials(m.group(1), phrase)):  # "InterActiveCorp (IAC)"
                found = phrase
                break
        found = found or (longest if one_initial_dropped(m.group(1), longest) else "")
        if found:
            span = [m.start() - len(found), m.start(), "ORG"]
            if not any(s <= span[0] and span[1] <= e and lab == "ORG" for s, e, lab in ents):
                out.append(span)
    return out


def one_initial_dropped(short: str, phrase: str) -> bool:
    """True when capitals `short` of four letters or more are the initials of `phrase` with one word's left out, the first
    kept ("ICSTIS" of "Independent Committee for the Supervision of Standards of Telephone Information Services")."""
    heads = initials(phrase)
    return (len(short) >= 4 and short.isupper() and len(heads) == len(short) + 1 and heads[0] == short[0]
            and any(heads[:i] + heads[i + 1 :] == short for i in range(1, len(heads))))


def spelled_acronyms(text: str, ents: list[list]) -> list[list]:
    """ORG spans for runs of capitalised words that spell out an acronym of three to six letters the article tags as an
    organisation, untagged, tagged only in pieces or tagged as something else ("BAR, which stands for [British] [American]
    Racing", "the [American] [Petroleum Institute] said ... API", "[The Great North Eastern Railway]" tagged FAC beside
    "GNER")."""
    acronyms = {text[s:e] for s, e, lab in ents if lab == "ORG" and ACRONYM.fullmatch(text[s:e])}
    out = []
    for m in CAPITAL_RUN.finditer(text) if acronyms else ():
        inside = [ent for ent in ents if overlaps(ent, [[m.start(), m.end()]])]
        if " " in m.group() and initials(m.group().replace("-", " ")) in acronyms and all(  # capitals only: not "Intel-based Macs"
                m.start() <= s and e <= m.end() and (e - s < m.end() - m.start() or lab != "ORG") for s, e, lab in inside):
            out.append([m.start() + (4 if m.group().startswith("The ") else 0), m.end(), "ORG"])  # not "The" opening a sentence
    return out


def bracket_acronyms(text: str, ents: list[list]) -> list[list]:
    """ORG spans for an untagged acronym in brackets right after an ORG span whose letters it fits ("The Association for
    Payment Clearing Services (Apacs)"), and for its later uses in the article that no other span covers; the ORG span is
    trimmed when the model ran it into the bracket ("The Office of Fair Trading (").
    (`recover.missed_acronyms`, later in repair, adds the untagged uses of an acronym whose bracket the model did tag.)"""
    out = []
    for m in BRACKETED.finditer(text):
        long = [ent for ent in ents if ent[2] == "ORG" and ent[0] < m.start() <= ent[1] <= m.start(1)]
        others = [ent for ent in ents if long and ent is not long[0]]
        if len(long) != 1 or overlaps([m.start(1), m.end(1)], others):
            continue
        if not bracket_fits(m.group(1), re.sub(r"^[Tt]he ", "", text[long[0][0] : m.start()])):
            continue
        out += [[long[0][0], m.start(), "ORG"], [m.start(1), m.end(1), "ORG"]]
        later = re.compile(r"(?<![\w-])" + re.escape(m.group(1)) + r"(?![\w-])").finditer(text, m.end())
        out += [[u.start(), u.end(), "ORG"] for u in later if not overlaps([u.start(), u.end()], [e for e in others if e[:2] != [u.start(), u.end()]])]
    return out


APPOSED_LONG = re.compile(r"(?<![\w&'’.-])([A-Z][A-Za-z0-9&]{1,7}), (?:the |or )([A-Z][\w'’&-]*(?: (?:(?:and|of|for|on|in|the|&) )*[A-Z][\w'’&-]*)+)(?=[,.;:])")


def apposed_long_forms(text: str, ents: list[list]) -> list[list]:
    """ORG spans for an acronym and the long form an apposition right after it spells out, whose letters fit it ("Apacs,
    the Association for Payment Clearing Services, said", "OD2, or On Demand Distribution,"), in place of the spans the
    model gave either (the acronym often tagged a person), and for its other uses that no longer span covers ("Apacs
    spokeswoman Sandra Quinn", the acronym tagged a person); never the last word of a longer name, nor a long form it
    opens ("the Daily Mail, the Mail on Sunday and the Evening Standard")."""
    out = []
    for m in APPOSED_LONG.finditer(text):
        glued = re.search(r"[A-Z][\w'’&-]* $", text[max(0, m.start(1) - 30) : m.start(1)])  # "the Daily Mail, the Mail on Sunday"
        if " " in m.group(2) and not glued and m.group(2).split()[0] != m.group(1) and bracket_fits(m.group(1), m.group(2)):
            out += [[m.start(1), m.end(1), "ORG"], [m.start(2), m.end(2), "ORG"]]
            uses = re.finditer(r"(?<![\w&'’-])" + re.escape(m.group(1)) + r"(?![\w&'’-])", text)
            out += [[u.start(), u.end(), "ORG"] for u in uses if u.start() != m.start(1)
                    and not any(s < u.end() and u.start() < e and [s, e] != [u.start(), u.end()] for s, e, _ in ents)]
    return replace(ents, out)


def partnerships(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """ORG spans for companies named after partners and for their short forms (the first two partners), as the module says."""
    out = []
    for m in PARTNERS.finditer(text):
        first, second, tail = m.group(1), m.group(2), m.group(4).split()
        end = m.end()
        while tail and not (tail[-1].rstrip(".") in rules.org_suffixes or text.startswith(">", end)):
            end -= len(tail.pop()) + 1  # "... and Co last year": the name ends at its company ending
        short = re.compile(r"(?<![\w.&'-])" + re.escape(first) + r",? " + re.escape(second) + r"(?!\w)(?!,? (?:and|&) )(?!, [A-Z])")
        uses = [[s.start(), s.end(), "ORG"] for s in short.finditer(text) if not m.start() <= s.start() < end]
        if tail and (uses or text[m.start() - 1 : m.start()] == "<" and text.startswith(">", end)):
            out += [[m.start(), end, "ORG"]] + uses
    return out


@lru_cache(maxsize=4)
def endings(suffixes: frozenset[str]) -> re.Pattern:
    """One regex matching a company ending of `suffixes` (with or without a final dot) as a whole word."""
    words = sorted(suffixes, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\.?(?![\w-])")


def missed_companies(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """ORG spans for capitalised words ending in a company ending that no ORG span touches ("Clinton American Corp")."""
    orgs = [ent for ent in ents if ent[2] == "ORG"]
    out = []
    for m in endings(rules.org_suffixes).finditer(text):
        head = NAME_WORDS.search(text[max(0, m.start() - 80) : m.start()]) if re.match(r"[\w.] ", text[m.start() - 2 : m.start()]) else None
        words = head.group().split() if head else []
        stops = [i for i, w in enumerate(words) if ends_sentence(w)]
        words = words[stops[-1] + 1 :] if stops else words  # "Petronella Wyatt. Party sources": the sentence before ends
        while words and (words[0].lower() in rules.common_words or words[0].rstrip(".") in rules.org_suffixes):
            words.pop(0)  # "The", "In", "Inc" of an earlier name
        dot = m.group().endswith(".") and "." not in m.group()[:-1]  # "Corp." ending a sentence, not "L.P."
        span = [m.start() - len(" ".join(words)) - 1, m.end() - dot, "ORG"]
        if words and not overlaps(span, orgs) and not overlaps(span, [e for e in ents if e[2] not in ("PERSON", "GPE", "NORP", "LOC")]):
            out.append(span)
    return out


def headed_long_forms(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """ORG spans for an untagged long form that a one-word organisation of the article opens, followed by a word that ends
    organisations' names and no person's (`data/org_heads.txt`), or tagged a product: "The Guildford-based Criterion
    Games" beside "bought Criterion", "the Glastonbury Festival" beside "Glastonbury, in Somerset,"."""
    words = {text[s:e] for s, e, lab in ents if lab == "ORG" and context.ONE_NAME.fullmatch(text, s, e)}
    out = []
    for word in sorted(words):
        for m in re.finditer(rf"(?<![\w&'’-]){re.escape(word)} ([A-Z][a-z]+)(?![\w&'’-])", text):
            span = [m.start(), m.end(), "ORG"]
            opener = [m.start(), m.start(1) - 1]  # the opening word, whose own span may be tagged
            if m.group(1) in rules.org_heads and all(opener[0] <= e[0] and e[1] <= opener[1] or tuple(e) == (span[0], span[1], "PRODUCT")
                                                     for e in ents if overlaps(e, [span])):
                out.append(span)
    return out


def recover_orgs(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """The article's entities with the organisation names above recovered (spans they cover are replaced)."""
    ents = apposed_long_forms(text, replace(ents, missed_long_forms(text, ents)))
    ents = replace(ents, bracket_acronyms(text, ents))
    ents = replace(ents, spelled_acronyms(text, ents))
    ents = replace(ents, partnerships(text, ents, rules))
    ents = replace(ents, and_spellings(text, ents))
    ents += [[m.start(), m.end(), "ORG"] for m in PAPER_TITLE.finditer(text) if not overlaps([m.start(), m.end()], ents)]
    ents = replace(split_pairs(text, ents, rules), missed_companies(text, ents, rules))
    ents = replace(ents, missed_clubs(text, ents))
    ents = replace(ents, headed_long_forms(text, ents, rules))
    ents = replace(ents, capitals_before_firms(text, ents))
    return ents + introduced_firms(text, ents, rules)


def capitals_before_firms(text: str, ents: list[list]) -> list[list]:
    """ORG spans for a firm's one-word name that the article tags ORG elsewhere, written after a word of two to four
    capitals that names no place nor people ("UK", `data/name_aliases.csv`), the two left untagged or tagged together a
    product, a building or a work ("firms supplying MG Rover", a product, beside "work for Rover"): one name, "MG Rover",
    whose short form the other uses are."""
    firms = {text[s:e] for s, e, lab in ents if lab == "ORG" and CAPITALISED_WORD.fullmatch(text, s, e)}
    if not firms:
        return []
    barred = context.listed_places() | context.word_lists()["nationalities"] | context.word_lists()["place_aliases"]
    pattern = re.compile(r"(?<![\w&'’.-])([A-Z]{2,4}) (" + "|".join(map(re.escape, sorted(firms))) + r")(?![\w&'’-])")
    out = []
    for m in pattern.finditer(text):
        held = [ent for ent in ents if ent[0] < m.end() and m.start() < ent[1]]
        if m.group(1) not in barred and all(ent[:2] == [m.start(2), m.end(2)] and ent[2] == "ORG" or ent[:2] == [m.start(), m.end()]
                                            and ent[2] in ("PRODUCT", "FAC", "WORK_OF_ART") for ent in held):
            out.append([m.start(), m.end(), "ORG"])
    return out


@lru_cache(maxsize=1)
def listed_clubs() -> tuple[tuple[str, ...], ...]:
    """Each club of `data/club_nicknames.csv` as its spellings, the fullest first, the clubs with two-word spellings only."""
    clubs = {club for groups in context.club_nicknames().values() for club in groups}
    return tuple(sorted(club for club in clubs if any(" " in spelling for spelling in club)))


def missed_clubs(text: str, ents: list[list]) -> list[list]:
    """ORG spans for listed clubs the model left untagged or called a date or a number (see the module docstring)."""
    named = [ent for ent in ents if ent[2] not in NO_NAME_LABELS]
    out: list[list] = []
    for club in listed_clubs():
        found = [[m.start(), m.end(), "ORG"] for spelling in club if " " in spelling and spelling in text  # a cheap test first
                 for m in re.finditer(r"(?<![\w'’-])" + re.escape(spelling) + r"(?![\w'’-])", text)]
        if not any(text[s:e] in club for s, e, lab in named if lab == "ORG") and not found:
            continue
        out += [span for span in found if not overlaps(span, named + out)]
        out += [[m.start(), m.end(), "ORG"] for spelling in club if " " not in spelling
                for m in re.finditer(r"(?<![\w'’-])" + re.escape(spelling) + r"(?![\w'’-])(?! [A-Z])", text)
                if not overlaps([m.start(), m.end()], named + out) and CLUB_CUE_AFTER.match(text, m.end())]
    return out


@lru_cache(maxsize=1)
def firm_introduced() -> re.Pattern:
    """Capitalised words right after a lower-case noun for firms (`data/company_nouns.txt`): "publisher SCi Entertainment"."""
    nouns = sorted(context.word_lists()["company_nouns"], key=lambda n: (-len(n), n))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, nouns))}) ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){{0,2}})(?![\w&'’-])")


def introduced_firms(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """ORG spans for untagged capitalised words right after a lower-case noun for firms ("Games publisher SCi Entertainment
    has agreed a deal"), opening with no given name, common word nor title ("Rock band Queen", read as the monarch)."""
    out = []
    for m in firm_introduced().finditer(text):
        first = m.group(1).split()[0]
        if not overlaps([m.start(1), m.end(1)], ents) and first not in rules.given_names and first.lower() not in rules.common_words and (
                first not in rules.person_titles and first not in rules.name_titles):  # not "Rock band Queen", whom a corpus reads as the monarch
            out.append([m.start(1), m.end(1), "ORG"])
    return out


def and_spellings(text: str, ents: list[list]) -> list[list]:
    """ORG spans for the article's "X and Y" spellings of its organisations named "X & Y" ("Shares in Marks and Spencer rose"
    beside Marks & Spencer, tagged "Marks" alone), where no one entity already covers them."""
    names = {text[s:e] for s, e, lab in ents if lab == "ORG" and " & " in text[s:e]}
    found = []
    for name in sorted(names):
        spelled = name.replace(" & ", " and ")
        for m in re.finditer(r"(?<![\w&'-])" + re.escape(spelled) + r"(?![\w&-])", text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in ents):
                found.append([m.start(), m.end(), "ORG"])
    return found


def split_pairs(text: str, ents: list[list], rules: RepairRules) -> list[list]:
    """ORG spans naming two companies, each with its ending, cut in two ("Sears, Roebuck and Co and Kellwood Co")."""
    out = []
    for s, e, lab in ents:
        m = PAIR.fullmatch(text, s, e) if lab == "ORG" and " and " in text[s:e] else None
        first = m and m.group(1).split()[-1].rstrip(".") in rules.org_suffixes and m.group(2).split()[0] not in rules.org_suffixes
        if first and m.group(2).split()[-1].rstrip(".") in rules.org_suffixes:
            out += [[s, m.end(1), "ORG"], [m.start(2), e, "ORG"]]
        else:
            out.append([s, e, lab])
    return out
