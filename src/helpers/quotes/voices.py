"""Voice types of quoted speakers (official, armed group, civilian, international organisation...)."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers.config import paths
from helpers.quotes import lexicon

UNKNOWN = "unknown"


@lru_cache(maxsize=1)
def curated_voices() -> dict[str, str]:
    """Canonical name -> voice type, from speaker_types.csv, plus outlets of known_actors.csv as media."""
    actors = pd.read_csv(paths.PACKAGE_DATA / "known_actors.csv", dtype=str, comment="#", keep_default_na=False)
    voices = {c: "media" for c in actors.loc[actors["kind"] == "outlet", "canonical"]}
    table = pd.read_csv(paths.PACKAGE_DATA / "speaker_types.csv", dtype=str, comment="#", keep_default_na=False)
    voices.update(zip(table["canonical"], table["voice"]))
    return {k.lower(): v for k, v in voices.items()}


def phrase_voice(phrase: str) -> str:
    """Voice type suggested by the nouns of a speaker phrase ('a senior official' -> official), or ''."""
    nouns = lexicon.speaker_nouns()
    for word in reversed(str(phrase).lower().replace("\u2019", "'").split()):
        word = word.strip(",.'\"").removesuffix("'s")
        if word in nouns.index and nouns.at[word, "voice"] not in ("", UNKNOWN):
            return str(nouns.at[word, "voice"])
    return ""


def voice_of(speaker: object, phrase: object, label: str = "") -> str:
    """Voice type of one quote from its canonical speaker, the speaker phrase and the speaker's entity label."""
    name = "" if speaker is None or pd.isna(speaker) else str(speaker)
    curated = curated_voices()
    key = name.lower().removeprefix("the ")
    if key in curated:
        return curated[key]
    by_phrase = phrase_voice("" if phrase is None or pd.isna(phrase) else str(phrase))
    if by_phrase:
        return by_phrase
    if not name:
        return UNKNOWN
    return "other person" if label == "PERSON" else "other organisation"


def voice_types(quotes: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.Series:
    """Voice type of every quote (index aligned with `quotes`); `mentions` (extract_entities) gives speaker labels."""
    labels: dict[str, str] = {}
    if mentions is not None and len(mentions):
        counts = mentions.groupby(["canonical", "label"]).size().reset_index(name="n")
        labels = dict(counts.sort_values("n", kind="stable").drop_duplicates("canonical", keep="last")[["canonical", "label"]].values)
    values = [voice_of(s, p, labels.get(s, "")) for s, p in zip(quotes.get("speaker", []), quotes.get("speaker_text", []))]
    return pd.Series(values, index=quotes.index, name="voice", dtype="object")


def quotes_with_voices(articles: pd.DataFrame, model: str | None = None) -> pd.DataFrame:
    """`extract_quotes` of the articles with a `voice` column (the entity mentions give the speakers' labels)."""
    from helpers.entities import extract_entities
    from helpers.quotes.extract import extract_quotes

    mentions = extract_entities(articles, model=model) if len(articles) else None
    quotes = extract_quotes(articles, model=model, mentions=mentions)
    return quotes.assign(voice=voice_types(quotes, mentions))
