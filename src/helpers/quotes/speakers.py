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
from dataclasses import dataclass

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


def _overlapping(mentions: pd.DataFrame, start: int, end: int, labels: tuple[str, ...]) -> pd.DataFrame:
    """Mentions of `labels` overlapping [start, end)."""
    return mentions[(mentions.start_char < end) & (mentions.end_char > start) & mentions.label.isin(labels)]


def _longer(name: str, mentions: pd.DataFrame, labels: tuple[str, ...]) -> str:
    """The article's longest canonical name of `labels` that ends with or contains `name` ('Okafor' -> 'Sandra Okafor')."""
    pool = {str(c) for c in mentions.loc[mentions.label.isin(labels), "canonical"]}
    low = name.lower()
    if labels == PERSON:
        longer = [c for c in pool if c.lower().endswith(" " + low)]
    else:
        longer = [c for c in pool if re.search(r"\b" + re.escape(low) + r"\b", c.lower()) and c.lower() != low]
    return max(sorted(longer), key=len) if longer else name


def _last_of_sentence(mentions: pd.DataFrame, before: int, labels: tuple[str, ...]) -> tuple[int, str]:
    """Start and canonical name of the last actor of `labels` that is the first such actor of its sentence."""
    hit = mentions[(mentions.end_char <= before) & mentions.label.isin(labels)]
    if "sentence" in hit:
        hit = hit.drop_duplicates("sentence")
    return (int(hit.iloc[-1]["start_char"]), str(hit.iloc[-1]["canonical"])) if len(hit) else (-1, "")


def _described(text: str, mentions: pd.DataFrame, heard: list[Heard], before: int, words: list[str],
               labels: tuple[str, ...], kind: str) -> str:
    """The preceding actor whose name or nearby words share most of `words` ('' when none shares any)."""
    best, best_score = "", 0
    for m in mentions[(mentions.end_char <= before) & mentions.label.isin(labels)].itertuples():
        around = text[max(0, m.start_char - WINDOW_BEFORE):m.end_char + WINDOW_AFTER].lower()
        score = sum(1 for w in words if w in around or w in str(m.canonical).lower())
        if score >= best_score and score > 0:  # ties go to the most recent mention
            best, best_score = str(m.canonical), score
    for h in heard:
        around = text[max(0, h.pos - WINDOW_BEFORE):h.end + WINDOW_AFTER].lower()
        score = sum(1 for w in words if w in around or w in h.name.lower())
        if h.kind == kind and h.name and score >= best_score and score > 0:
            best, best_score = h.name, score
    return best


def _antecedent(mentions: pd.DataFrame, heard: list[Heard], start: int, kinds: tuple[str, ...],
                labels: tuple[str, ...]) -> str:
    """The later of the last speaker of `kinds` and the last sentence-opening actor of `labels`."""
    last = next((h for h in reversed(heard) if h.kind in kinds), None)
    pos, name = _last_of_sentence(mentions, start, labels)
    if last is not None and last.pos >= pos:
        return last.name
    return name


def _org_name(text: str, phrase: str, head: str, start: int, mentions: pd.DataFrame) -> str:
    """The running-prose name of an organisation phrase, or the entity's canonical name when it covers the phrase."""
    name = POST_HEAD.sub("", re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE))
    for m in _overlapping(mentions, start, start + len(phrase), ORG + ("GPE",)).itertuples():
        written = re.sub(r"^(?:the|a|an)\s+", "", str(m.text), flags=re.IGNORECASE)
        prefix = re.sub(r"^(?:the|a|an)\s+", "", text[start:m.start_char], flags=re.IGNORECASE).split()
        owned = bool(prefix) and prefix[-1][:1].isupper()  # "Russia's Defense Ministry" stays whole
        if written == name or head and head in written.lower().split() and not owned:
            return str(m.canonical)
    return name


def _named_before(text: str, mentions: pd.DataFrame, start: int) -> str:
    """The person named right before a description set off by commas ("Lee Do-hoon, South Korea's negotiator")."""
    if text[max(0, start - 2):start] != ", ":
        return ""
    hit = mentions[(mentions.end_char == start - 2) & mentions.label.isin(PERSON)]
    if len(hit):
        return str(hit.iloc[-1]["canonical"])
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


def resolve_one(text: str, row: dict, mentions: pd.DataFrame, heard: list[Heard]) -> tuple[str, str]:
    """Canonical name and kind of one speaker phrase."""
    start, end = row["speaker_start"], row["speaker_end"]
    phrase, head, head_pos = text[start:end], row["head"], row["head_pos"]
    cls = lexicon.noun_class(head)
    words = _words(phrase)
    definite = phrase.lower().split()[:1] in (["the"], ["this"], ["that"])
    capitalised = any(w[:1].isupper() for w in phrase.split()[1:]) or phrase[:1].isupper() and not definite and len(words) > 0
    if head_pos == "PRON" or phrase.lower() in lexicon.PRONOUNS:
        kind = lexicon.PRONOUNS.get(phrase.lower(), "person")
        kinds = ("person", "anonymous") if kind == "person" else ("organisation", "group", "anonymous")
        return _antecedent(mentions, heard, start, kinds, PERSON if kind == "person" else ORG), kind
    people = _overlapping(mentions, start, end, PERSON)
    people = people[[head in str(t).lower().split() or head_pos == "PROPN" for t in people["text"]]]
    if len(people) and cls not in ("organisation",):
        return _longer(str(people.iloc[-1]["canonical"]), mentions, PERSON), "person"
    named = _named_before(text, mentions, start)
    if named and cls not in ("organisation", "spokesperson", "document"):
        return named, "person"
    if cls == "document":
        return "", "anonymous"
    if cls == "spokesperson":  # speaks for the person or organisation named in the phrase
        owners = _overlapping(mentions, start, end, PERSON)
        if len(owners):
            return _longer(str(owners.iloc[-1]["canonical"]), mentions, PERSON), "person"
        orgs = _overlapping(mentions, start, end, ORG + ("GPE", "NORP"))
        if not len(orgs) and words[:1] in (["his"], ["her"]):
            return _antecedent(mentions, heard, start, ("person",), PERSON), "person"
        if not len(orgs) and words[:1] in (["its"], ["their"]):
            return _antecedent(mentions, heard, start, ("organisation",), ORG), "organisation"
        name = str(orgs.iloc[-1]["canonical"]) if len(orgs) else " ".join(w for w in phrase.split() if w[:1].isupper() and w.lower() not in DETERMINERS)
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
            not _overlapping(mentions, start, end, ORG + ("GPE",)).shape[0] or described == "person"
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


def resolve_article(text: str, rows: list[dict], mentions: pd.DataFrame) -> list[str]:
    """Canonical speaker of each quote row of one article ('' when unknown); rows share resolved spans."""
    heard: list[Heard] = []
    done: dict[tuple[int, int], str] = {}
    for row in rows:  # actors named inside direct quotes are not antecedents of the reporter's pronouns
        if row["kind"] == "direct" and len(mentions):
            mentions = mentions[(mentions.end_char <= row["start_char"]) | (mentions.start_char >= row["end_char"])]
    for row in sorted(rows, key=lambda r: r["speaker_start"]):
        span = (row["speaker_start"], row["speaker_end"])
        if span in done or span[0] < 0:
            continue
        name, kind = resolve_one(text, row, mentions, heard)
        done[span] = name
        heard.append(Heard(span[0], span[1], name, kind, row["head"]))
    return [done.get((row["speaker_start"], row["speaker_end"]), "") for row in rows]
