"""Speaker phrases resolved to the canonical actor names of `extract_entities`, within one article.

A name takes the canonical name of the person mention it holds, else of the organisation it names
(in its running-prose form when the entity mention covers only part of it: "Russia's Defense
Ministry"). An unnamed spokesperson speaks for the organisation named in the phrase; other unnamed
sources stay unknown (''). A pronoun goes to the later of the last speaker of its kind and the
last actor of that kind opening a sentence; a description ("the prime minister", "the group") to
the preceding actor whose name or surrounding words carry the description's words, else as a
pronoun would. A short name ("Okafor") takes the article's longer name ending with it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from helpers.quotes import lexicon

WINDOW_BEFORE, WINDOW_AFTER = 60, 80  # characters around a mention searched for a description's words
DETERMINERS = {"the", "a", "an", "this", "that"}
WORD = re.compile(r"[\w.'\u2019-]+")
PERSON, ORG = ("PERSON",), ("ORG",)
PLACE_NOUNS = {"government", "country", "state", "administration", "nation"}
NAME_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][\w'\u2019.-]*)(?:\s[A-Z][\w'\u2019.-]*){0,3})$")
APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+([^,.;]{0,60})")
POST_HEAD = re.compile(r"\s+(?:in|at|on|with|from|based)\s.*$", re.DOTALL)


class Mention(NamedTuple):
    """An entity mention of the article (from extract_entities)."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    sentence: int


@dataclass
class Heard:
    """A speaker already resolved in the article."""

    pos: int
    end: int
    name: str
    kind: str  # person | organisation | group
    head: str


def _words(text: str) -> list[str]:
    """Lower-case words of a phrase, without determiners."""
    return [w for w in WORD.findall(text.lower()) if w not in DETERMINERS]


def as_mentions(table: pd.DataFrame) -> list[Mention]:
    """The entity mentions of one article as plain tuples, in text order (pandas filters are slow per quote)."""
    if table is None or len(table) == 0:
        return []
    sentence = table["sentence"] if "sentence" in table else pd.Series(-1, index=table.index)
    rows = zip(table["start_char"], table["end_char"], table["text"], table["label"], table["canonical"], sentence)
    return sorted(Mention(int(a), int(b), str(t), str(lab), str(c), int(k) if pd.notna(k) else -1)
                  for a, b, t, lab, c, k in rows)


def _overlapping(mentions: list[Mention], start: int, end: int, labels: tuple[str, ...]) -> list[Mention]:
    """Mentions of `labels` overlapping [start, end)."""
    return [m for m in mentions if m.start < end and m.end > start and m.label in labels]


def _longer(name: str, mentions: list[Mention], labels: tuple[str, ...]) -> str:
    """The article's longest canonical name of `labels` that ends with or contains `name` ('Okafor' -> 'Sandra Okafor')."""
    pool = {m.canonical for m in mentions if m.label in labels}
    low = name.lower()
    if labels == PERSON:
        longer = [c for c in pool if c.lower().endswith(" " + low)]
    else:
        longer = [c for c in pool if re.search(r"\b" + re.escape(low) + r"\b", c.lower()) and c.lower() != low]
    return max(sorted(longer), key=len) if longer else name


def _last_of_sentence(mentions: list[Mention], before: int, labels: tuple[str, ...]) -> tuple[int, str]:
    """Start and canonical name of the last actor of `labels` that is the first such actor of its sentence."""
    firsts: dict[int, Mention] = {}
    for m in mentions:
        if m.end <= before and m.label in labels:
            firsts.setdefault(m.sentence, m)
    last = max(firsts.values(), default=None)
    return (last.start, last.canonical) if last is not None else (-1, "")


def _described(text: str, mentions: list[Mention], heard: list[Heard], before: int, words: list[str],
               labels: tuple[str, ...], kind: str) -> str:
    """The preceding actor whose name or nearby words share most of `words` ('' when none shares any)."""
    best, best_score = "", 0
    for m in mentions:
        if m.end > before or m.label not in labels:
            continue
        around = text[max(0, m.start - WINDOW_BEFORE):m.end + WINDOW_AFTER].lower()
        score = sum(1 for w in words if w in around or w in m.canonical.lower())
        if score >= best_score and score > 0:  # ties go to the most recent mention
            best, best_score = m.canonical, score
    for h in heard:
        around = text[max(0, h.pos - WINDOW_BEFORE):h.end + WINDOW_AFTER].lower()
        score = sum(1 for w in words if w in around or w in h.name.lower())
        if h.kind == kind and h.name and score >= best_score and score > 0:
            best, best_score = h.name, score
    return best


def _antecedent(mentions: list[Mention], heard: list[Heard], start: int, kinds: tuple[str, ...],
                labels: tuple[str, ...]) -> str:
    """The later of the last speaker of `kinds` and the last sentence-opening actor of `labels`."""
    last = next((h for h in reversed(heard) if h.kind in kinds), None)
    pos, name = _last_of_sentence(mentions, start, labels)
    if last is not None and last.pos >= pos:
        return last.name
    return name


def _org_name(text: str, phrase: str, head: str, start: int, mentions: list[Mention]) -> str:
    """The running-prose name of an organisation phrase, or the entity's canonical name when it covers the phrase."""
    name = POST_HEAD.sub("", re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE))
    for m in _overlapping(mentions, start, start + len(phrase), ORG + ("GPE",)):
        written = re.sub(r"^(?:the|a|an)\s+", "", m.text, flags=re.IGNORECASE)
        prefix = re.sub(r"^(?:the|a|an)\s+", "", text[start:m.start], flags=re.IGNORECASE).split()
        owned = bool(prefix) and prefix[-1][:1].isupper()  # "Russia's Defense Ministry" stays whole
        if written == name or head and head in written.lower().split() and not owned:
            return m.canonical
    return name


def _named_before(text: str, mentions: list[Mention], start: int) -> str:
    """The person named right before a description set off by commas ("Lee Do-hoon, South Korea's negotiator")."""
    if text[max(0, start - 2):start] != ", ":
        return ""
    hit = [m for m in mentions if m.end == start - 2 and m.label in PERSON]
    if hit:
        return hit[-1].canonical
    m = NAME_BEFORE.search(text, max(0, start - 80), start - 2)
    return _longer(m.group(1), mentions, PERSON) if m and m.end() == start - 2 else ""


def _appositive_kind(text: str, end: int) -> str:
    """'person' or 'organisation' when the words after a name describe one (", a 34-year-old sergeant"), else ''."""
    m = APPOSITIVE.match(text, end)
    for w in _words(m.group(1)) if m else []:
        cls = "person" if w.endswith("-old") else lexicon.noun_class(w)
        if cls in ("person", "organisation"):
            return cls
    return ""


def resolve_one(text: str, row: dict, mentions: list[Mention], heard: list[Heard]) -> tuple[str, str]:
    """Canonical name and kind of one speaker phrase."""
    start, end = row["speaker_start"], row["speaker_end"]
    phrase, head, head_pos = text[start:end], row["head"], row["head_pos"]
    cls = lexicon.noun_class(head)
    words = _words(phrase)
    definite = phrase.lower().split()[:1] in (["the"], ["this"], ["that"])
    capitalised = any(w[:1].isupper() for w in phrase.split()[1:]) or phrase[:1].isupper() and not definite and len(words) > 0
    if (head_pos == "PRON" or phrase.lower() in lexicon.PRONOUNS) and cls != "anonymous":
        kind = lexicon.PRONOUNS.get(phrase.lower(), "person")
        kinds = ("person", "anonymous") if kind == "person" else ("organisation", "group", "anonymous")
        return _antecedent(mentions, heard, start, kinds, PERSON if kind == "person" else ORG), kind
    people = _overlapping(mentions, start, end, PERSON)
    people = [m for m in people if head in m.text.lower().split() or head_pos == "PROPN"]
    if people and cls not in ("organisation",):
        return _longer(people[-1].canonical, mentions, PERSON), "person"
    named = _named_before(text, mentions, start)
    if named and cls not in ("organisation", "spokesperson", "document"):
        return named, "person"
    if cls == "document":
        return "", "anonymous"
    if cls == "spokesperson":  # speaks for the person or organisation named in the phrase
        owners = _overlapping(mentions, start, end, PERSON)
        if owners:
            return _longer(owners[-1].canonical, mentions, PERSON), "person"
        orgs = _overlapping(mentions, start, end, ORG + ("GPE", "NORP"))
        if not orgs and words[:1] in (["his"], ["her"]):
            return _antecedent(mentions, heard, start, ("person",), PERSON), "person"
        if not orgs and words[:1] in (["its"], ["their"]):
            return _antecedent(mentions, heard, start, ("organisation",), ORG), "organisation"
        name = orgs[-1].canonical if orgs else " ".join(w for w in phrase.split() if w[:1].isupper() and w.lower() not in DETERMINERS)
        return (_longer(name, mentions, ORG) if name else ""), "organisation"
    if cls == "anonymous":
        plural = head.endswith("s")
        if definite:
            same = next((h for h in reversed(heard) if h.head == head), None)
            return (same.name if same else ""), same.kind if same else "anonymous"
        return "", "group" if plural else "anonymous"
    bare = " ".join(w for w in phrase.split() if w[:1].isupper() and w.lower() not in DETERMINERS)
    described = _appositive_kind(text, end)
    if bare and not definite and cls == "" and _longer(bare, mentions, PERSON) != bare:
        return _longer(bare, mentions, PERSON), "person"
    if head_pos == "PROPN" and not definite and cls == "" and not bare.isupper() and described != "organisation" and (
            not _overlapping(mentions, start, end, ORG + ("GPE",)) or described == "person"
            or _longer(bare, mentions, PERSON) != bare):
        return _longer(bare, mentions, PERSON), "person"
    if cls in ("organisation", "") and (capitalised or head_pos == "PROPN") and not (definite and not capitalised):
        name = _org_name(text, phrase, head, start, mentions)
        return _longer(name, mentions, ORG), "organisation"
    kind = "organisation" if cls == "organisation" else "person"
    labels = PERSON if kind == "person" else (ORG + ("GPE",) if head in PLACE_NOUNS else ORG)
    found = _described(text, mentions, heard, start, words, labels, kind)
    if found:
        return found, kind
    return _antecedent(mentions, heard, start, (kind,) if kind == "person" else ("organisation",), labels), kind


def _inside(m: Mention, quoted: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether mention `m` overlaps one of the sorted, disjoint spans `quoted` (`starts`: their starts)."""
    k = bisect_left(starts, m.end) - 1
    return k >= 0 and quoted[k][1] > m.start


def resolve_article(text: str, rows: list[dict], table: pd.DataFrame) -> list[str]:
    """Canonical speaker of each quote row of one article ('' when unknown); rows share resolved spans."""
    heard: list[Heard] = []
    done: dict[tuple[int, int], str] = {}
    quoted = sorted((r["start_char"], r["end_char"]) for r in rows if r["kind"] == "direct")
    starts = [a for a, _ in quoted]
    # actors named inside direct quotes are not antecedents of the reporter's pronouns
    mentions = [m for m in as_mentions(table) if not _inside(m, quoted, starts)]
    for row in sorted(rows, key=lambda r: r["speaker_start"]):
        span = (row["speaker_start"], row["speaker_end"])
        if span in done or span[0] < 0:
            continue
        name, kind = resolve_one(text, row, mentions, heard)
        done[span] = name
        heard.append(Heard(span[0], span[1], name, kind, row["head"]))
    return [done.get((row["speaker_start"], row["speaker_end"]), "") for row in rows]
