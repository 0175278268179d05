"""Who gets to speak: every quote of every article, with its cue and its speaker resolved to a named actor.

Only sentences holding a reporting verb are parsed (spaCy tagger + dependency parser; the coarse
part of speech is set by `helpers.quotes.pos` from the model's own rules, without its slower ruler). The quotes
of each text before speaker resolution are cached as JSON keyed by a hash of the text, the model,
the curated word lists and CACHE_VERSION; speakers are then resolved against the (separately
cached) entity mentions of `extract_entities`, so a change in name merging needs no new parse.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
from spacy.language import Language

from helpers import progress, storage
from helpers.config import paths
from helpers.entities import extract_entities
from helpers.entities.extract import cache_path, model_fingerprint
from helpers.nlp import load_nlp
from helpers.quotes import lexicon, pos
from helpers.quotes.combine import article_quotes
from helpers.quotes.marks import paragraphs
from helpers.quotes.parse import Cue, cues
from helpers.quotes.speakers import resolve_article

CACHE_VERSION = "1"
COLUMNS = ["doc_id", "start_char", "end_char", "kind", "cue", "speaker", "speaker_start", "speaker_end",
           "speaker_text", "quote"]
DISABLED = ("ner", "lemmatizer", pos.RULER)  # entities come from extract_entities, POS from `pos.set_pos`
MAX_PARAGRAPH = 20_000  # longer paragraphs (tables, run-on scrapes) are not parsed
# a sentence ends after a word of two lower-case letters or more (not "U.S." or "Mr.") and its punctuation
SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2}[.!?])[\"\u201d\u2019]?\s+(?=[A-Z\"\u201c])|(?<=[0-9][.!?])\s+(?=[A-Z])")
DATELINE = re.compile(r"(?:[A-Z][A-Za-z .,'/-]{1,40}\([A-Za-z .]{2,20}\)|[A-Z][A-Z .,'/-]{2,40})\s*(?:--|\u2014|\u2013|-)\s+")


def quote_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline quotes need: tagger and parser (no NER, which `extract_entities` runs; no lemmas).

    POS comes from `pos.set_pos`; a model whose ruler it cannot apply exactly keeps its own ruler.
    """
    nlp = load_nlp(model, disable=DISABLED)
    return nlp if pos.pos_rules(nlp) is not None else load_nlp(model, disable=DISABLED[:2])


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the quote extractor's own source: a new version of the rules never reads an old entry."""
    return storage.source_fingerprint(sorted(Path(__file__).resolve().parent.glob("*.py")))[:16]


def cache_tag(nlp: Language) -> str:
    """The model, word-list and code part of every cache key (computed once per call)."""
    return f"{model_fingerprint(nlp)}\x1f{lexicon.fingerprint()}\x1f{code_fingerprint()}"


def cache_key(text: str, tag: str) -> str:
    """Content hash identifying one text's quotes under one model and word lists (`tag`, see `cache_tag`)."""
    payload = "\x1f".join([CACHE_VERSION, tag, text])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _read(path: Path) -> list[dict] | None:
    """Cached quotes at `path`, or None when missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, list) else None
    except (OSError, ValueError):
        return None


def _no_dateline(text: str):
    """A function moving a paragraph's start past a dateline ("JERUSALEM (Reuters) --"), which misleads the parser."""
    def move(span: tuple[int, int]) -> tuple[int, int]:
        m = DATELINE.match(text, span[0], span[1])
        return (m.end(), span[1]) if m else span
    return move


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Rough sentence spans of text[start:end] (a cheap split, so only sentences with a cue are parsed)."""
    cuts = [m.end() for m in SENTENCE_BREAK.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def parse_quotes(texts: list[str], nlp: Language) -> list[list[dict]]:
    """Unresolved quotes of each text: the paragraphs with a cue word are parsed in one `nlp.pipe`."""
    pattern = lexicon.cue_pattern()
    pieces = [(i, a, text[a:b]) for i, text in enumerate(texts) for s, e in map(_no_dateline(text), paragraphs(text))
              if e - s <= MAX_PARAGRAPH for a, b in sentences(text, s, e) if pattern.search(text, a, b)]
    found: list[list[Cue]] = [[] for _ in texts]
    rules = pos.pos_rules(nlp) if pos.RULER not in nlp.pipe_names else None
    docs = nlp.pipe((p for _, _, p in pieces), batch_size=64)
    docs = (pos.set_pos(doc, rules) for doc in docs) if rules is not None else docs
    for (i, start, _), doc in zip(pieces, progress.bar(docs, total=len(pieces), desc="quotes: parsing")):
        found[i] += cues(doc, start)
    return [article_quotes(text, c) for text, c in zip(texts, found)]


def parse_with(texts: list[str], model: str | None) -> list[list[dict]]:
    """Unresolved quotes of `texts` with the pipeline of `model` (loaded once per process, so once per Dask worker)."""
    return parse_quotes(texts, quote_pipeline(model))


def parse_all(texts: list[str], model: str | None) -> list[list[dict]]:
    """Unresolved quotes of `texts`: in this process, or on the Dask scheduler ($DASK_SCHEDULER) for a large batch."""
    from helpers.scale.engine import map_parts  # helpers.scale imports the entity stage

    return map_parts(parse_with, texts, model, desc="quotes: parsing")


def unresolved(texts: list[str], model: str | None = None, cache_dir: Path | None = None) -> list[list[dict]]:
    """Unresolved quotes of each text, from the cache where present."""
    nlp = quote_pipeline(model)
    cache_dir = Path(cache_dir) if cache_dir is not None else paths.CACHE / "quotes"
    tag = cache_tag(nlp)
    keys = [cache_key(t, tag) for t in texts]
    found = [_read(cache_path(k, cache_dir)) for k in keys]
    return storage.fill_json_cache(keys, texts, found, lambda todo: parse_all(todo, model), cache_dir)[0]


def extract_quotes(articles: pd.DataFrame, model: str | None = None, cache_dir: Path | None = None,
                   entity_cache_dir: Path | None = None, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per quote: offsets of the quoted content, kind, cue, and the speaker's canonical name and span."""
    if articles is None or len(articles) == 0 or "text" not in articles:
        return pd.DataFrame(columns=COLUMNS).astype({"start_char": "int64", "end_char": "int64"})
    articles = articles.loc[articles["text"].fillna("").astype(str).str.strip().astype(bool), ["doc_id", "text"]]
    texts = articles["text"].astype(str).tolist()
    found = unresolved(texts, model=model, cache_dir=cache_dir)
    if mentions is None and any(found):  # the whole corpus's names, so a speaker joins the entity tables of notebook 02
        mentions = extract_entities(articles, model=model, cache_dir=entity_cache_dir)
    by_doc = dict(tuple(mentions.groupby("doc_id"))) if mentions is not None and len(mentions) else {}
    empty = pd.DataFrame(columns=["start_char", "end_char", "text", "label", "canonical", "sentence"])
    records = []
    for doc_id, text, rows in zip(articles["doc_id"], texts, found):
        names = resolve_article(text, rows, by_doc.get(doc_id, empty))
        for row, name in zip(rows, names):
            ss, se = row["speaker_start"], row["speaker_end"]
            records.append({"doc_id": doc_id, "start_char": row["start_char"], "end_char": row["end_char"],
                            "kind": row["kind"], "cue": row["cue"], "speaker": name or None,
                            "speaker_start": ss if ss >= 0 else None, "speaker_end": se if se >= 0 else None,
                            "speaker_text": text[ss:se] if ss >= 0 else None,
                            "quote": text[row["start_char"]:row["end_char"]]})
    table = pd.DataFrame(records, columns=COLUMNS)
    table = table.astype({"start_char": "int64", "end_char": "int64", "speaker_start": "Int64", "speaker_end": "Int64"})
    return table.sort_values(["doc_id", "start_char", "end_char"], kind="stable").reset_index(drop=True)
