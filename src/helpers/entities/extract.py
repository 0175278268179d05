"""Who is covered: named-entity mentions from spaCy, corrected, merged and cached on disk.

The pipeline runs only what mentions need: a rule-based sentencizer, an entity ruler fed by
`data/known_actors.csv` (placed before the statistical NER, so curated names are fixed first and
the model predicts around them) and the NER itself. Annotations are cached as JSON files keyed by
a hash of the text, the model and its version, the actor file and this module's CACHE_VERSION:
a rerun reads them instead of parsing, and an edited article is parsed again.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd
import spacy
from spacy.language import Language
from tqdm import tqdm

from helpers import storage
from helpers.entities import names, repair
from helpers.config import paths
from helpers.nlp import default_model, model_id

CACHE_VERSION = "1"
LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
COLUMNS = ["doc_id", "start_char", "end_char", "text", "label", "canonical", "spacy_label", "sentence", "sentence_text"]
NOT_NEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
MAX_CHARS = 200_000  # longer texts are parsed in pieces (spaCy's limit is 1,000,000 characters)
PROGRESS_MIN_DOCS = 50


def actor_patterns() -> list[dict]:
    """Entity-ruler patterns (exact spelling -> label) from the known-actor file."""
    table = pd.read_csv(paths.PACKAGE_DATA / "known_actors.csv", dtype=str, comment="#", keep_default_na=False)
    return [{"label": r.label, "pattern": r.name} for r in table.sort_values("name").itertuples() if r.kind != "ignore"]


def rules_fingerprint() -> str:
    """Hash of the curated files that change annotations (part of every cache key)."""
    digest = hashlib.sha256()
    digest.update((paths.PACKAGE_DATA / "known_actors.csv").read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=4)
def entity_pipeline(model: str | None = None) -> Language:
    """Load `model` with only the components mentions need, plus the curated entity ruler, once per process."""
    name = model or default_model()
    try:
        nlp = spacy.load(name, exclude=NOT_NEEDED)
    except OSError as err:
        raise RuntimeError(f"spaCy model {name!r} is not installed; install it with pip or choose another MODEL.") from err
    nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(actor_patterns())
    return nlp


def cache_key(text: str, nlp: Language) -> str:
    """Content hash identifying one text's annotations under one model and one set of rules."""
    payload = "\x1f".join([CACHE_VERSION, model_id(nlp), nlp.meta.get("version", ""), rules_fingerprint(), text])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def cache_path(key: str, cache_dir: Path) -> Path:
    """Where the annotation of `key` is stored: `cache_dir/ab/abcdef....json`."""
    return cache_dir / key[:2] / f"{key}.json"


def read_cached(path: Path) -> dict | None:
    """The cached annotation at `path`, or None when it is missing or unreadable (then it is rebuilt)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) and {"ents", "sents"} <= set(data) else None
    except (OSError, ValueError):
        return None


def chunks(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """Split a long text at a paragraph, sentence or space boundary into (offset, piece) pairs of at most `size`."""
    size = size or MAX_CHARS
    out, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = next((c for c in (text.rfind(sep, start, end) for sep in ("\n", ". ", " ")) if c > start), -1)
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out or [(0, "")]


def annotate(texts: list[str], nlp: Language, batch_size: int = 32) -> list[dict]:
    """Entities and sentence spans (character offsets) of each text, parsed with `nlp.pipe`."""
    pieces = [(i, off, piece) for i, text in enumerate(texts) for off, piece in chunks(text)]
    results = [{"ents": [], "sents": []} for _ in texts]
    docs = nlp.pipe((p for _, _, p in pieces), batch_size=batch_size)
    bar = tqdm(docs, total=len(pieces), desc="parsing", file=sys.stderr, disable=len(pieces) < PROGRESS_MIN_DOCS)
    for (i, off, _), doc in zip(pieces, bar):
        results[i]["ents"] += [[e.start_char + off, e.end_char + off, e.label_] for e in doc.ents]
        results[i]["sents"] += [[s.start_char + off, s.end_char + off] for s in doc.sents]
    return results


def annotations(texts: list[str], model: str | None = None, cache_dir: Path | None = None) -> tuple[list[dict], int]:
    """Annotations of `texts`, read from the cache where present; returns them and how many were parsed."""
    nlp = entity_pipeline(model)
    cache_dir = Path(cache_dir) if cache_dir is not None else paths.CACHE / "entities"
    keys = [cache_key(t, nlp) for t in texts]
    found = [read_cached(cache_path(k, cache_dir)) for k in keys]
    todo = sorted({k: t for k, t, f in zip(keys, texts, found) if f is None}.items())
    parsed = dict(zip([k for k, _ in todo], annotate([t for _, t in todo], nlp))) if todo else {}
    for key, data in parsed.items():
        try:
            storage.write_text(json.dumps(data, separators=(",", ":")), cache_path(key, cache_dir))
        except OSError:
            pass  # a read-only cache folder only costs speed
    return [f if f is not None else parsed[k] for k, f in zip(keys, found)], len(parsed)


def sentence_of(start: int, sents: list[list[int]]) -> int:
    """Index of the sentence holding character `start` (sentences are sorted and disjoint)."""
    for i, (s, e) in enumerate(sents):
        if s <= start < e:
            return i
    return max(len(sents) - 1, 0)


def raw_mentions(articles: pd.DataFrame, results: Iterable[dict]) -> pd.DataFrame:
    """One row per entity span of the kept labels (after span repair), with its sentence and the text around it."""
    rows = []
    for doc_id, text, ann in zip(articles["doc_id"], articles["text"], results):
        sents = ann["sents"]
        for start, end, label in repair.repair_entities(text, ann["ents"], LABELS):
            if label not in LABELS:
                continue
            k = sentence_of(start, sents)
            s, e = sents[k] if sents else (0, len(text))
            rows.append((doc_id, start, end, text[start:end], label, k, text[s:e].strip(), text[max(s, start - 40) : start], text[end : end + 16]))
    columns = ["doc_id", "start_char", "end_char", "text", "spacy_label", "sentence", "sentence_text", "before", "after"]
    return pd.DataFrame(rows, columns=columns)


def extract_entities(articles: pd.DataFrame, model: str | None = None, cache_dir: Path | None = None) -> pd.DataFrame:
    """One row per entity mention: offsets into `text`, the label after corrections and the merged name."""
    if articles is None or len(articles) == 0:
        return pd.DataFrame(columns=COLUMNS)
    articles = articles.loc[articles["text"].fillna("").str.strip().astype(bool)]
    texts = articles["text"].astype(str).tolist()
    results, n_parsed = annotations(texts, model=model, cache_dir=cache_dir)
    mentions = names.canonicalise(raw_mentions(articles, results))
    mentions = mentions.reindex(columns=COLUMNS).sort_values(["doc_id", "start_char", "end_char"], kind="stable")
    mentions = mentions.reset_index(drop=True)
    mentions.attrs["n_parsed"] = n_parsed
    return mentions


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical entity: label, mentions, articles and the spellings merged into it."""
    cols = ["canonical", "label", "n_mentions", "n_articles", "variants"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    grouped = mentions.groupby(["canonical", "label"], sort=True)
    table = grouped.agg(n_mentions=("text", "size"), n_articles=("doc_id", "nunique"),
                        variants=("text", lambda s: sorted(set(s))))
    return table.reset_index().sort_values(["n_mentions", "canonical"], ascending=[False, True], kind="stable")[cols].reset_index(drop=True)


def top_entities(mentions: pd.DataFrame, n: int = 10, labels: Iterable[str] = ("PERSON",)) -> pd.DataFrame:
    """The `n` most mentioned canonical entities of the given labels."""
    table = entity_table(mentions)
    return table[table["label"].isin(list(labels))].head(n).reset_index(drop=True)
