"""Who is covered: named-entity mentions from spaCy, corrected, merged and cached on disk.

The pipeline runs only what mentions need: a rule-based sentencizer, an entity ruler fed by
`data/known_actors.csv` (placed before the statistical NER, so curated names are fixed first and
the model predicts around them) and the NER itself. Annotations are cached as JSON files keyed by
a hash of the text, the model's content (its config and weights, not its name-version: every `spacy train` output is
`pipeline-0.0.0`), the actor file and this module's CACHE_VERSION: a rerun reads them instead of
parsing, and an edited article is parsed again. An entry that does not fit its text (offsets
outside it, labels the model does not know, the wrong shape) is parsed again.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd
import spacy
from spacy.language import Language
from spacy.pipeline import TrainablePipe

from helpers import progress, storage
from helpers.entities import names, recover, repair
from helpers.config import paths
from helpers.nlp import default_model
from helpers.text import data_records, sentence_spans

CACHE_VERSION = "2"
LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
AFTER = 32  # characters of text kept after each mention: enough for an apposition ("Mr Clarke, the home secretary,")
COLUMNS = ["doc_id", "start_char", "end_char", "text", "label", "canonical", "spacy_label", "sentence", "sentence_text"]
NOT_NEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
MAX_CHARS = 200_000  # longer texts are parsed in pieces (spaCy's limit is 1,000,000 characters)


def actor_patterns() -> list[dict]:
    """Entity-ruler patterns (exact spelling -> label) from the known-actor file."""
    rows = sorted(data_records("known_actors.csv"), key=lambda r: r["name"])
    return [{"label": r["label"], "pattern": r["name"]} for r in rows if r["kind"] != "ignore"]


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
    payload = "\x1f".join([CACHE_VERSION, model_fingerprint(nlp), rules_fingerprint(), text])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def cache_path(key: str, cache_dir: Path) -> Path:
    """Where the annotation of `key` is stored: `cache_dir/ab/abcdef....json`."""
    return cache_dir / key[:2] / f"{key}.json"


_FINGERPRINTS: dict[int, tuple[Language, str]] = {}


def model_fingerprint(nlp: Language) -> str:
    """Hash of a pipeline's content: its config, meta and the bytes of its weights (once per pipeline)."""
    known = _FINGERPRINTS.get(id(nlp))
    if known is not None and known[0] is nlp:
        return known[1]
    digest = hashlib.sha256(nlp.config.to_str().encode("utf-8"))
    digest.update(json.dumps(nlp.meta, sort_keys=True, default=str).encode("utf-8"))
    folder = Path(nlp.path) if getattr(nlp, "path", None) else None
    if folder is not None and folder.is_dir():
        for file in sorted(f for f in folder.rglob("*") if f.is_file()):
            digest.update(file.relative_to(folder).as_posix().encode("utf-8"))
            with open(file, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
    for name, pipe in nlp.pipeline:  # weights not on disk (a pipeline built in memory); rule-based ones are in the config
        if isinstance(pipe, TrainablePipe) and (folder is None or not (folder / name).exists()):
            digest.update(name.encode("utf-8") + pipe.to_bytes())
    _FINGERPRINTS[id(nlp)] = (nlp, digest.hexdigest()[:32])
    return _FINGERPRINTS[id(nlp)][1]


def entity_labels(nlp: Language) -> frozenset[str]:
    """Every label the pipeline's entity components can give."""
    return frozenset(label for name, pipe in nlp.pipeline if "doc.ents" in nlp.get_pipe_meta(name).assigns
                     for label in getattr(pipe, "labels", ()))


def fits(data: object, text: str, labels: frozenset[str] | None = None) -> bool:
    """True when a cached annotation fits `text`: [start, end(, label)] spans inside it, sentences in order, known labels."""
    if not isinstance(data, dict) or not isinstance(data.get("ents"), list) or not isinstance(data.get("sents"), list):
        return False

    def span(item: object, size: int) -> bool:
        return (isinstance(item, list) and len(item) == size and all(type(v) is int for v in item[:2])
                and 0 <= item[0] < item[1] <= len(text))

    ents, sents = data["ents"], data["sents"]
    if not all(span(e, 3) and isinstance(e[2], str) and (labels is None or e[2] in labels) for e in ents):
        return False
    if not all(span(s, 2) for s in sents) or (text.strip() and not sents):
        return False
    return all(a[1] <= b[0] for a, b in zip(sents, sents[1:]))


def read_cached(path: Path, text: str | None = None, labels: frozenset[str] | None = None) -> dict | None:
    """The cached annotation at `path`, or None when it is missing, unreadable or does not fit `text` (then it is rebuilt)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if text is None:
        return data if isinstance(data, dict) and {"ents", "sents"} <= set(data) else None
    return data if fits(data, text, labels) else None


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


def annotate(texts: list[str], nlp: Language, batch_size: int = 128) -> list[dict]:
    """Entities and sentence spans (character offsets) of each text, parsed with `nlp.pipe`."""
    pieces = [(i, off, piece) for i, text in enumerate(texts) for off, piece in chunks(text)]
    results = [{"ents": [], "sents": []} for _ in texts]
    docs = nlp.pipe((p for _, _, p in pieces), batch_size=batch_size)
    for (i, off, _), doc in zip(pieces, progress.bar(docs, total=len(pieces), desc="entities: parsing")):
        results[i]["ents"] += [[e.start_char + off, e.end_char + off, e.label_] for e in doc.ents]
        results[i]["sents"] += [[s.start_char + off, s.end_char + off] for s in doc.sents]
    return results


def annotate_with(texts: list[str], model: str | None) -> list[dict]:
    """Annotations of `texts` with the pipeline of `model` (loaded once per process, so once per Dask worker)."""
    return annotate(texts, entity_pipeline(model))


def parse(texts: list[str], model: str | None) -> list[dict]:
    """Annotations of `texts`: in this process, or on the Dask scheduler ($DASK_SCHEDULER) for a large batch."""
    from helpers.scale.engine import map_parts  # helpers.scale imports this module

    return map_parts(annotate_with, texts, model, desc="entities: parsing")


def annotations(texts: list[str], model: str | None = None, cache_dir: Path | None = None) -> tuple[list[dict], int]:
    """Annotations of `texts`, read from the cache where present; returns them and how many were parsed."""
    nlp = entity_pipeline(model)
    cache_dir = Path(cache_dir) if cache_dir is not None else paths.CACHE / "entities"
    keys = [cache_key(t, nlp) for t in texts]
    labels = entity_labels(nlp)
    found = [read_cached(cache_path(k, cache_dir), t, labels) for k, t in zip(keys, texts)]
    return storage.fill_json_cache(keys, texts, found, lambda todo: parse(todo, model), cache_dir)


def sentence_of(start: int, firsts: list[int]) -> int:
    """Index of the sentence holding character `start`, given each sentence's first character."""
    return max(bisect.bisect_right(firsts, start) - 1, 0)


RAW_COLUMNS = ["doc_id", "start_char", "end_char", "text", "spacy_label", "sentence", "sentence_text", "before", "after"]


def mention_rows(doc_id: str, text: str, spans: Iterable[list]) -> list[tuple]:
    """Raw mention rows (RAW_COLUMNS) of one article's spans of the kept labels, with sentence and surrounding text."""
    sents = sentence_spans(text) or [(0, len(text))]
    firsts = [a for a, _ in sents]
    rows = []
    for start, end, label in spans:
        if label not in LABELS:
            continue
        k = sentence_of(start, firsts)
        s, e = sents[k]
        rows.append((doc_id, start, end, text[start:end], label, k, text[s:e].strip(), text[max(s, start - 40) : start], text[end : end + AFTER]))
    return rows


def raw_mentions(articles: pd.DataFrame, results: Iterable[dict]) -> pd.DataFrame:
    """One row per entity span of the kept labels (after span repair), with its sentence (numbered by
    `helpers.text.sentence_spans`) and the text around it."""
    rows = []
    for doc_id, text, ann in zip(articles["doc_id"], articles["text"], results):
        rows += mention_rows(doc_id, text, repair.repair_entities(text, ann["ents"], LABELS))
    return pd.DataFrame(rows, columns=RAW_COLUMNS)


def with_corpus_surnames(articles: pd.DataFrame, raw: pd.DataFrame, known: frozenset[str]) -> pd.DataFrame:
    """Raw mentions plus the untagged uses of the corpus's surnames (`recover.corpus_surnames`, from every part of a
    corpus) and of its spelled-out acronyms (`recover.spelled_acronyms`) in these articles, each article's rows in order
    of position, and its one-word mentions of another label that are such a surname relabelled PERSON
    (`recover.corpus_surname_labels`). Returns `raw` itself when nothing changes."""
    if not known or raw.empty:
        return raw
    rules = repair.load_repair_rules()
    spans: dict[str, list[list]] = {}
    for doc_id, start, end, label in zip(raw["doc_id"].tolist(), raw["start_char"].tolist(), raw["end_char"].tolist(), raw["spacy_label"].tolist()):
        spans.setdefault(doc_id, []).append([start, end, label])
    rows, relabelled = [], {}
    suspects = set(raw.loc[raw["spacy_label"].isin(recover.RELABELLED) & raw["text"].isin(known), "doc_id"])
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        found = recover.corpus_surname_spans(text, spans.get(doc_id, []), rules, known)
        rows += mention_rows(doc_id, text, found) if found else []
        if doc_id in suspects:
            for (s, e, lab), (_, _, new) in zip(spans[doc_id], recover.corpus_surname_labels(text, spans[doc_id], rules, known)):
                if new != lab:
                    relabelled[(doc_id, s, e)] = new
    if relabelled:
        keys = zip(raw["doc_id"].tolist(), raw["start_char"].tolist(), raw["end_char"].tolist())
        raw = raw.assign(spacy_label=[relabelled.get(k, lab) for k, lab in zip(keys, raw["spacy_label"].tolist())])
    if not rows:
        return raw
    out = pd.concat([raw, pd.DataFrame(rows, columns=RAW_COLUMNS).astype(raw.dtypes.to_dict())], ignore_index=True)
    order = {d: i for i, d in enumerate(pd.unique(pd.concat([articles["doc_id"], raw["doc_id"]], ignore_index=True)))}
    key = out["doc_id"].map(order)
    return out.assign(_doc=key).sort_values(["_doc", "start_char", "end_char"], kind="stable").drop(columns="_doc").reset_index(drop=True)


@lru_cache(maxsize=1)
def merge_fingerprint() -> str:
    """Hash of the code and curated lists that turn annotations into mentions (span repair, name merging)."""
    sources = sorted(paths.PACKAGE.joinpath("entities").glob("*.py")) + [paths.PACKAGE / "text.py"]
    sources += sorted(f for f in paths.PACKAGE_DATA.iterdir() if f.is_file())
    return storage.source_fingerprint(sources, CACHE_VERSION, root=paths.PACKAGE)


def corpus_entry(doc_ids: Iterable[str], keys: Iterable[str], cache_dir: Path) -> Path:
    """Where the merged mentions of one whole corpus are kept: keyed by every (doc_id, text key) and the merging code."""
    digest = hashlib.sha256(merge_fingerprint().encode())
    for doc_id, key in zip(doc_ids, keys):
        digest.update(f"{doc_id}\x1f{key}\x1e".encode("utf-8", "surrogatepass"))
    return cache_dir / "corpus" / f"{digest.hexdigest()}.parquet"


def read_corpus_entry(path: Path) -> pd.DataFrame | None:
    """The cached mentions of a whole corpus, or None when missing or unreadable (then they are rebuilt)."""
    try:
        found = pd.read_parquet(path)
    except (OSError, ValueError, ImportError):
        return None
    return found if list(found.columns) == COLUMNS else None


def article_days(articles: pd.DataFrame) -> dict[str, str]:
    """Article -> its publication day (ISO), from `published` where the corpus has one; unparsable dates are left out."""
    if "published" not in articles:
        return {}
    published = pd.to_datetime(articles["published"], errors="coerce", utc=True, format="mixed")
    return {str(d): t.strftime("%Y-%m-%d") for d, t in zip(articles["doc_id"], published) if not pd.isna(t)}


def extract_entities(articles: pd.DataFrame, model: str | None = None, cache_dir: Path | None = None) -> pd.DataFrame:
    """One row per entity mention: offsets into `text`, the label after corrections and the merged name
    (an article's `published` day, where given, tells which holder a royal style such as "Prince of Wales" means).

    The merged mentions of a whole corpus are cached too (a report's notebooks extract the same corpus
    several times): a second call on the same articles reads them back and parses nothing.
    """
    if articles is None or len(articles) == 0:
        return pd.DataFrame(columns=COLUMNS)
    articles = articles.loc[articles["text"].fillna("").str.strip().astype(bool)]
    texts = articles["text"].astype(str).tolist()
    cache_dir = Path(cache_dir) if cache_dir is not None else paths.CACHE / "entities"
    nlp = entity_pipeline(model)
    days = article_days(articles)
    keys = (cache_key(t, nlp) + (f"@{days[d]}" if d in days else "") for d, t in zip(articles["doc_id"].astype(str), texts))
    entry = corpus_entry(articles["doc_id"].astype(str), keys, cache_dir)  # a date changes a royal style's holder
    mentions = read_corpus_entry(entry)
    if mentions is not None:
        mentions.attrs["n_parsed"] = 0
        return mentions
    results, n_parsed = annotations(texts, model=model, cache_dir=cache_dir)
    raw = raw_mentions(articles, results)
    known = recover.corpus_surnames(raw["text"], raw["spacy_label"], raw["doc_id"])
    raw = with_corpus_surnames(articles, raw, known | recover.spelled_acronyms(raw["text"], raw["spacy_label"], raw["before"], raw["after"]))
    mentions = names.canonicalise(raw, days)
    mentions = mentions.reindex(columns=COLUMNS).sort_values(["doc_id", "start_char", "end_char"], kind="stable")
    mentions = mentions.reset_index(drop=True)
    try:
        storage.write_parquet(mentions, entry)
    except OSError:  # a read-only cache folder only costs speed
        pass
    mentions.attrs["n_parsed"] = n_parsed
    return mentions


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical entity: label, mentions, articles and the spellings merged into it."""
    cols = ["canonical", "label", "n_mentions", "n_articles", "variants"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    keys = ["canonical", "label"]
    grouped = mentions.groupby(keys, sort=True)
    table = pd.DataFrame({"n_mentions": grouped.size(), "n_articles": grouped["doc_id"].nunique()})
    spellings = mentions[keys + ["text"]].drop_duplicates().sort_values("text", kind="stable")
    table["variants"] = spellings.groupby(keys, sort=True)["text"].agg(list)
    return table.reset_index().sort_values(["n_mentions", "canonical"], ascending=[False, True], kind="stable")[cols].reset_index(drop=True)


def top_entities(mentions: pd.DataFrame, n: int = 10, labels: Iterable[str] = ("PERSON",)) -> pd.DataFrame:
    """The `n` most mentioned canonical entities of the given labels."""
    return entity_table(mentions[mentions["label"].isin(list(labels))]).head(n).reset_index(drop=True)
