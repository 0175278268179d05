"""Royal styles used as names: "the Prince of Wales", "the Duchess of Cornwall", and archbishops' styles written the same
way, "the Archbishop of Canterbury" (`data/royal_styles.csv`).

A bishop's style of any see ("the Bishop of Worcester") is recovered the same way, and any style followed by an
apposition naming one of the article's people ("The Bishop of Oxford, Richard Harries, said") is that person.
The small model leaves such a style untagged, tags its place ("Wales" GPE) or calls it an organisation, so the
style is recovered as one PERSON span (`style_spans`), not when it opens a longer name ("the Prince of Wales
Hospital", "the Prince of Wales's Trust"). A style is a person at one time and another person later (Prince
Charles, then Prince William), so it is never aliased to a fixed name: a style held by one person only takes that
person's name when its article names them (`styled_names`: "Duchess of Cornwall" -> "Camilla Parker Bowles"); a style
several people have held takes the one who held it on the article's date (a 2005 "Prince of Wales" is Prince Charles, a
2024 one Prince William), and stays as written in an undated article, where nothing tells which is meant (an article
naming Prince William beside "the Prince of Wales" may mean his father).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.text import data_records, spelling_groups


@lru_cache(maxsize=1)
def royal_styles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Style -> the people who have held it, each as the spellings an article may name them by."""
    return spelling_groups("royal_styles.csv", "style")


@lru_cache(maxsize=1)
def style_pattern() -> re.Pattern:
    """A style written as a name: not opening a longer name, with or without a possessive ("the Prince of Wales Trust")."""
    styles = "|".join(map(re.escape, sorted(royal_styles(), key=lambda s: (-len(s), s))))
    return re.compile(rf"(?<![\w-])({styles}|{CHURCH_STYLE})(?!\w)(?!(?:['’]s)? [A-Z0-9])")


CHURCH_STYLE = r"(?:Archbishop|Bishop) of (?:St |Bath and )?[A-Z][a-z]+"  # "the Bishop of Oxford": a style of any see, listed or not
APPOSED_NAME = re.compile(r",\s+(?:the\s+)?(?:(?:Rt|Most|Very)\s+Rev(?:d)?\.?\s+|Dr\.?\s+|Sir\s+)*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s*[,.]")
# ", Richard Harries,", ", the Rt Rev Peter Selby,": the holder a style's apposition names


def style_spans(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each royal style as one PERSON span; spans inside it (and a leading "the") are dropped."""
    found = [[m.start(1), m.end(1), "PERSON"] for m in style_pattern().finditer(text)] if " of " in text or "Royal" in text else []
    if not found:
        return ents
    kept = [ent for ent in ents if not any(s - 4 <= ent[0] and ent[1] <= e for s, e, _ in found)]  # "the Prince of Wales" ORG
    return kept + [span for span in found if not any(s < span[1] and span[0] < e for s, e, _ in kept)]


@lru_cache(maxsize=1)
def tenures() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Style -> (holder's first spelling, first day, last day) of each holder with dates (ISO; "" for open)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in data_records("royal_styles.csv"):
        if row.get("from") or row.get("to"):
            out.setdefault(row["style"], []).append((row["spellings"].split("|")[0], row.get("from", ""), row.get("to", "")))
    return {style: tuple(held) for style, held in out.items()}


def holder_on(style: str, day: str) -> str | None:
    """The one person who held a style on an ISO day ("Prince of Wales", "2005-04-09" -> "Prince Charles"), else None."""
    found = [name for name, start, end in tenures().get(style, ()) if (not start or start <= day) and (not end or day <= end)]
    return found[0] if len(found) == 1 else None


def styled_names(mentions: pd.DataFrame, dates: dict[str, str] | None = None) -> list[str]:
    """Canonical names with each royal style PERSON mention named after its one holder when its article names that
    person (as a PERSON canonical, in the spelling listed first): "Duchess of Cornwall" -> "Camilla Parker Bowles"; a
    style of several holders after the one who held it on its article's day (`dates`: article -> ISO day); any style
    (a bishop's of any see too) after the person its apposition names ("The Bishop of Oxford, Richard Harries,"). A rank alone
    ("the Duchess") is the article's one style of that rank ("the Duchess of Cornwall"); a holder's listed spelling names
    the holder whatever the model tagged it."""
    names = mentions["canonical"].tolist()
    styles = royal_styles()
    if not any(n in styles or " of " in n for n in names):
        return names
    dates = dates or {}
    spellings = {s for held in styles.values() for holder in held for s in holder}
    people: dict[str, set[str]] = {}
    styled: dict[str, set[str]] = {}  # article -> the styles it names
    for doc, name, label in zip(mentions["doc_id"], names, mentions["label"]):
        if label == "PERSON" or name in spellings:  # "Camilla Parker Bowles", tagged an organisation, is still she
            people.setdefault(doc, set()).add(name)
        if label == "PERSON" and name in styles:
            styled.setdefault(doc, set()).add(name)
    out = []
    afters = mentions["after"].fillna("").tolist() if "after" in mentions else [""] * len(names)
    for doc, name, label, after in zip(mentions["doc_id"], names, mentions["label"], afters):
        apposed = APPOSED_NAME.match(after) if label == "PERSON" and " of " in name else None
        if apposed and apposed.group(1) in people.get(doc, ()):  # "The Bishop of Oxford, Richard Harries, said"
            out.append(apposed.group(1))
            continue
        rank = [s for s in styled.get(doc, ()) if s.startswith(name + " of ")] if label == "PERSON" and " " not in name else []
        name = rank[0] if len(rank) == 1 else name  # "the Duchess" after "the Duchess of Cornwall" in the article
        holders = styles.get(name, ()) if label == "PERSON" else ()
        held = [s for s in (holders[0] if len(holders) == 1 else ()) if s in people.get(doc, ())]
        day = dates.get(str(doc)) if len(holders) > 1 else None  # article ids keyed as text, whatever their type
        dated = holder_on(name, day) if day else None  # "Prince of Wales" in 2005
        out.append(held[0] if held else dated or name)
    return out
