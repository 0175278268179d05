"""Royal styles used as names: "the Prince of Wales", "the Duchess of Cornwall" (`data/royal_styles.csv`).

The small model leaves such a style untagged, tags its place ("Wales" GPE) or calls it an organisation, so the
style is recovered as one PERSON span (`style_spans`), not when it opens a longer name ("the Prince of Wales
Hospital", "the Prince of Wales's Trust"). A style is a person at one time and another person later (Prince
Charles, then Prince William), so it is never aliased to a fixed name: a style held by one person only takes that
person's name when its article names them (`styled_names`: "Duchess of Cornwall" -> "Camilla Parker Bowles"); a style
several people have held stays as written, since only the article's date could tell which is meant (a 2005 story
names Prince William as the son of the Prince of Wales; a 2024 one names King Charles as his father).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.text import spelling_groups


@lru_cache(maxsize=1)
def royal_styles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Style -> the people who have held it, each as the spellings an article may name them by."""
    return spelling_groups("royal_styles.csv", "style")


@lru_cache(maxsize=1)
def style_pattern() -> re.Pattern:
    """A style written as a name: not opening a longer name, with or without a possessive ("the Prince of Wales Trust")."""
    styles = "|".join(map(re.escape, sorted(royal_styles(), key=lambda s: (-len(s), s))))
    return re.compile(rf"(?<![\w-])({styles})(?!\w)(?!(?:['’]s)? [A-Z0-9])")


def style_spans(text: str, ents: list[list]) -> list[list]:
    """The article's entities with each royal style as one PERSON span; spans inside it (and a leading "the") are dropped."""
    found = [[m.start(1), m.end(1), "PERSON"] for m in style_pattern().finditer(text)] if " of " in text or "Royal" in text else []
    if not found:
        return ents
    kept = [ent for ent in ents if not any(s - 4 <= ent[0] and ent[1] <= e for s, e, _ in found)]  # "the Prince of Wales" ORG
    return kept + [span for span in found if not any(s < span[1] and span[0] < e for s, e, _ in kept)]


def styled_names(mentions: pd.DataFrame) -> list[str]:
    """Canonical names with each royal style PERSON mention named after its one holder when its article names that
    person (as a PERSON canonical, in the spelling listed first): "Duchess of Cornwall" -> "Camilla Parker Bowles"."""
    names = mentions["canonical"].tolist()
    styles = royal_styles()
    if not any(n in styles for n in names):
        return names
    people: dict[str, set[str]] = {}
    for doc, name, label in zip(mentions["doc_id"], names, mentions["label"]):
        if label == "PERSON":
            people.setdefault(doc, set()).add(name)
    out = []
    for doc, name, label in zip(mentions["doc_id"], names, mentions["label"]):
        holders = styles.get(name, ()) if label == "PERSON" else ()
        held = [s for s in (holders[0] if len(holders) == 1 else ()) if s in people.get(doc, ())]
        out.append(held[0] if held else name)
    return out
