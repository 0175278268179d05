"""Places the small model calls persons or companies where the context says they are places.

- both ends of a route are places: "the Alice Springs to Darwin gas pipeline", "from Lagos to Kano railway",
  "the Rotterdam-to-Basle road" (the route nouns are `data/route_nouns.txt`), "the flight between Westray and Papa
  Westray" (also a ferry, a crossing, a journey or a service between two names);
- a town named in full with its river or sea ("Stoke-on-Trent", "Newcastle upon Tyne") is a place, and so is the town's
  first word written alone in the same article, where the article names no organisation opening with it ("jobs in
  Stoke", "Stratford businesses"); the lone word then merges into the full name (`town_long_forms`,
  `town_short_forms`);
- the label a corpus votes for a name never turns a one-word mention the model or the rules call a place or
  nationality into a person (`keep_places`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.entities import context
from helpers.entities.companies import PLACE_LABELS
from helpers.entities.recover import surnames
from helpers.text import data_lines

TO_NAME = re.compile(r"[ -]to[ -][A-Z]")
END = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"  # one to three capitalised words: "Alice Springs", "St. Louis"


@lru_cache(maxsize=1)
def route_pattern() -> re.Pattern:
    """Regex of "X to Y [up to three lower-case words] <route noun>", X and Y as groups."""
    nouns = sorted(data_lines("route_nouns.txt"), key=lambda w: (-len(w), w))
    return re.compile(rf"(?<![\w.'-])({END})(?: |-)to(?: |-)({END})((?: [a-z][\w-]*){{0,3}}) (?:{'|'.join(map(re.escape, nouns))})s?\b")


TRIP_NOUNS = ("ferry", "ferries", "crossing", "crossings", "journey", "journeys", "trip", "trips", "hop", "hops", "sailing", "sailings", "service", "services")
FIGURATIVE = frozenset({"line", "link"})  # route nouns also said of people: "the line between", "the link between"
SETTLEMENTS_OF = r"(?:the (?:[A-Z][\w-]* )?(?:islands|towns|cities|villages|ports|counties) of )?"  # "between the Orkney islands of"


@lru_cache(maxsize=1)
def between_pattern() -> re.Pattern:
    """Regex of "<route or trip noun> between X and Y" ("the flight between Westray and Papa Westray", "the short hop
    between the Orkney islands of Westray and Papa Westray"), X and Y as groups."""
    routes = set(data_lines("route_nouns.txt")) - FIGURATIVE  # "the link between Blair and Brown" joins no places
    nouns = sorted({f"{n}s" for n in routes} | routes | set(TRIP_NOUNS), key=lambda w: (-len(w), w))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))}) between {SETTLEMENTS_OF}(?:the )?({END}) and (?:the )?({END})(?![\w'’-])")


def route_end(text: str, start: int, end: int) -> bool:
    """True when the name at start:end is an end of a route written around it ("flight between Westray and Papa Westray")."""
    lo, hi = max(0, start - 120), min(len(text), end + 120)
    for pattern in (route_pattern(), between_pattern()):
        for m in pattern.finditer(text, lo, hi):
            if (m.start(1) <= start and end == m.end(1)) or (start == m.start(2) and end <= m.end(2)):
                return True
    return False


def route_ends(text: str, ents: list[list]) -> list[list]:
    """Entities with a person or company span that is a whole end of a route ("Alice Springs to Darwin pipeline", "the
    flight between Westray and Papa Westray") labelled GPE."""
    between = " between " in text
    if not TO_NAME.search(text) and not between:  # most articles: no "to" before a capitalised word, nothing to scan
        return ents
    froms, tos = {}, {}  # end of a route's first place -> its start; start of its second place -> its end
    for pattern in (route_pattern(), between_pattern()) if between else (route_pattern(),):
        for m in pattern.finditer(text):
            froms[m.end(1)], tos[m.start(2)] = m.start(1), m.end(2)
    if not froms:
        return ents
    at_end = lambda s, e: e in froms and s >= froms[e] and (s == froms[e] or text[s - 1] == " ")  # "Moomba" of "Santos Moomba to ..."
    at_start = lambda s, e: s in tos and e <= tos[s] and (e == tos[s] or text[e] == " ")
    return [[s, e, "GPE" if lab in ("PERSON", "ORG") and (at_end(s, e) or at_start(s, e)) else lab] for s, e, lab in ents]


def keep_places(names: list[str], own: list[str], voted: list[str]) -> list[str]:
    """The voted labels, except that a one-word name labelled a place or nationality keeps its label where the vote says
    PERSON ("Darwin" in "the Alice Springs to Darwin pipeline"; a longer name mostly tagged PERSON is a person the model
    mistook once, "Helmut Kohl")."""
    return [o if v == "PERSON" and o in PLACE_LABELS and " " not in n else v for n, o, v in zip(names, own, voted)]


LONG_TOWN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)(-(?:on|upon|under|in|le|by|super)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?| upon [A-Z][a-z]+)(?![\w'’-])")
# "Stoke-on-Trent", "Newcastle upon Tyne": a town named with its river or sea; not "... Spa", which in business news is
# mostly the Italian legal form ("Montedison Spa", "Pirelli Spa"), not Leamington Spa
ATTRIBUTE_VERB = re.compile(r"\s+[a-z]+(?:ed|ing)\b")  # "Stratford denied": a verb, not a noun the name describes
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|near|to|around|outside)\s+$")  # "jobs in Stoke", "at Hopton"


def town_long_forms(text: str, ents: list[list]) -> list[list]:
    """The article's entities with a town it names in full with its river or sea ("Stoke-on-Trent", "Hay-on-Wye",
    "Weston-super-Mare") a place (GPE), also where the model left it untagged or tagged only words inside it ("Trent"), and
    each lone use of the town's first word a place too: tagged a building, a nationality or a place already, or tagged an
    organisation right after "in", "at", "from", "of" and the like ("the new posts will be in Stoke"); never where the
    article names an organisation that opens with that word ("Stoke City"), which such a use may be.
    `town_short_forms` then merges the lone uses into the full name."""
    towns = list(LONG_TOWN.finditer(text))
    if not towns:
        return ents
    orgs = {text[s:e].split()[0] for s, e, lab in ents if lab == "ORG" and " " in text[s:e]}
    out = [list(ent) for ent in ents]
    shorts = set()
    for m in towns:
        if m.group(1) in orgs:
            continue
        shorts.add(m.group(1))
        within = [m.start() <= s and e <= m.end() for s, e, _ in out]
        if any(s < m.end() and m.start() < e and not inside for (s, e, _), inside in zip(out, within)):
            continue  # "Stoke-on-Trent North", a constituency: the longer name stands
        out = [ent for ent, inside in zip(out, within) if not inside] + [[m.start(), m.end(), "GPE"]]  # "Trent" tagged
        # alone, or the whole tagged a building: the town
    borne = surnames(text, out)
    for ent in out:
        s, e, lab = ent
        if text[s:e] not in shorts:
            continue
        placed = PLACE_PREPOSITION_BEFORE.search(text, max(0, s - 10), s) is not None
        if (lab in ("GPE", "LOC", "FAC", "NORP") or lab == "ORG" and placed or lab == "PERSON" and text[s:e] not in borne and (
                placed or context.ATTRIBUTIVE.match(text, e) and not ATTRIBUTE_VERB.match(text, e))):
            ent[2] = "GPE"  # also "Stratford businesses welcomed the news", tagged a person, where no person bears the name
    return sorted(out)


def town_short_forms(mentions: pd.DataFrame) -> list[str]:
    """Canonical names, a one-word place (GPE) merged into the town of its article named in full with its river or
    sea (`LONG_TOWN`: "Stoke" -> "Stoke-on-Trent", "Hay" -> "Hay-on-Wye", "Newcastle" -> "Newcastle upon Tyne")."""
    canon = mentions["canonical"].tolist()
    towns: dict[tuple[str, str], set[str]] = {}
    for doc, c, lab in zip(mentions["doc_id"], canon, mentions["label"]):
        if lab == "GPE" and (m := LONG_TOWN.fullmatch(c)):
            towns.setdefault((doc, m.group(1)), set()).add(c)
    if not towns:
        return canon
    for i, (doc, c, lab) in enumerate(zip(mentions["doc_id"], canon, mentions["label"])):
        if lab == "GPE" and len(full := towns.get((doc, c), ())) == 1:
            canon[i] = next(iter(full))
    return canon
