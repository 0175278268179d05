"""Places the small model calls persons or companies where the context says they are places.

- both ends of a route are places: "the Alice Springs to Darwin gas pipeline", "from Lagos to Kano railway",
  "the Rotterdam-to-Basle road" (the route nouns are `data/route_nouns.txt`), "the flight between Westray and Papa
  Westray" (also a ferry, a crossing, a journey or a service between two names);
- the label a corpus votes for a name never turns a one-word mention the model or the rules call a place or
  nationality into a person (`keep_places`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.entities.companies import PLACE_LABELS
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
