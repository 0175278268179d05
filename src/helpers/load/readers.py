"""Read one input file without ever writing it: decode bytes, extract HTML, read tabular exports.

Every reader returns what it could read plus a list of notes (problems repaired or rows skipped);
none of them raises on bad input, so one broken file never stops a corpus.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pandas as pd

MAGIC = {  # leading bytes of common binary formats a scraper may save under a text name
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (or .docx/.xlsx)", b"\x1f\x8b": "gzip archive", b"RIFF": "RIFF media (WebP/WAV)",
    b"BM": "BMP image", b"\x00\x00\x01\x00": "icon", b"\xd0\xcf\x11\xe0": "old MS Office document",
}
BOMS = [  # longest first: the UTF-32 LE mark starts like the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_BAD_ROWS = 1000  # stop listing malformed rows of one table after this many
MAX_TABLE_ROWS = 2_000_000  # a Parquet file is read up to this many rows (a real export of a large collection fits)
MAX_TABLE_BYTES = 4_000_000_000  # ... and up to this much decompressed data
MAX_EXPANSION = 50  # ... or this many times its own size once past 20 MB (text compresses 3-10x; bombs 10,000x)
PARQUET_BATCH = 10_000
WIDE = (("utf-32-le", "UTF-32", 4), ("utf-32-be", "UTF-32", 4), ("utf-16-le", "UTF-16", 2), ("utf-16-be", "UTF-16", 2))


@dataclass
class Decoded:
    """Text decoded from a file's bytes, with the repairs made; text is None when the file is unusable."""

    text: str | None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (problem, action)
    encoding: str = "utf-8"


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of `data` ("PNG image"...) or None when it may be text."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic) and not (magic == b"BM" and data[:64].isascii() and b"\x00" not in data[:64]):
            return kind
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit in every other position, as in BOM-less UTF-16 text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def wide_without_bom(data: bytes) -> tuple[str, str] | None:
    """(codec, label) of BOM-less UTF-32 or UTF-16 text in any script, judged on a sample; None otherwise.

    Only bytes holding NULs are tried (UTF-8 and single-byte text never do): a codec is accepted when
    the sample decodes to text with line breaks or spaces and no control characters.
    """
    if b"\x00" not in data[:20_000]:
        return None
    for codec, label, width in WIDE:
        sample = data[:20_000 - 20_000 % width]
        sample = sample[:len(sample) - len(sample) % width]
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            if len(sample) == len(data):
                continue
            text = sample[:-width * 2].decode(codec, errors="ignore") if len(sample) > width * 2 else ""
        if not text or CONTROL.search(text) or "\x00" in text or "\ufffd" in text:
            continue
        breaks = sum(text.count(c) for c in " \n\u3000")
        letters = sum(c.isalpha() for c in text)
        if breaks >= max(1, len(text) // 200) and letters >= 0.5 * len(text.replace(" ", "").replace("\n", "")):
            return codec, label
    return None


def decode_mixed(data: bytes) -> tuple[str, list[tuple[str, str]]] | None:
    """Decode a file mixing UTF-8 lines with cp1252 ones line by line; None when no line is non-ASCII UTF-8."""
    lines = data.split(b"\n")
    utf8 = other = 0
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            other += 1
    if not utf8:
        return None
    return "\n".join(out), [(f"mixed encodings: {utf8} line(s) in UTF-8, {other} not", "decoded line by line (UTF-8, else cp1252)")]


def guess_single_byte(data: bytes) -> str:
    """The encoding of non-UTF-8 bytes: cp1252 for Western text, else charset-normalizer's best guess."""
    western = {"cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman", "iso8859_2", "ascii"}
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        guess = best.encoding if best is not None else None
    except Exception:  # charset-normalizer is only advice
        guess = None
    if guess and guess not in western:
        try:
            data.decode(guess)
            return guess
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode_bytes(data: bytes) -> Decoded:
    """Decode a text file's bytes robustly (BOM, UTF-8, then cp1252 or a guess), recording each repair."""
    notes: list[tuple[str, str]] = []
    if not data.strip():
        return Decoded(None, [("empty or whitespace-only file", "skipped")])
    kind = binary_kind(data)
    if kind:
        return Decoded(None, [(f"binary file ({kind}), not text", "skipped")])
    encoding = None
    for bom, enc, label in BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], enc
            notes.append((f"{label} byte-order mark", "removed; decoded as " + label))
            break
    if encoding is None and (wide := wide_without_bom(data)):
        encoding = wide[0]
        notes.append((f"{wide[1]} text without byte-order mark", f"decoded as {wide[1]}"))
    if encoding is None and (enc := utf16_without_bom(data)):
        encoding = enc
        notes.append(("UTF-16 text without byte-order mark", "decoded as UTF-16"))
    if encoding is None:
        nul = data.count(0)
        if nul > 0.1 * len(data):
            return Decoded(None, [(f"binary file ({nul} NUL bytes), not text", "skipped")])
        if nul:
            data = data.replace(b"\x00", b"")
            notes.append((f"{nul} NUL byte(s)", "removed"))
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            mixed = decode_mixed(data)
            if mixed is not None:
                text, encoding = mixed[0], "mixed"
                notes += mixed[1]
            else:
                encoding = guess_single_byte(data)
                notes.append(("not valid UTF-8", f"decoded as {encoding}"))
                text = data.decode(encoding, errors="replace")
    else:
        text = data.decode(encoding, errors="replace")
        if "\x00" in text:
            notes.append((f"{text.count(chr(0))} NUL character(s)", "removed"))
            text = text.replace("\x00", "")
    if "\ufeff" in text[:1]:
        text = text[1:]
    controls = len(CONTROL.findall(text[:100_000]))
    if controls > 0.05 * min(len(text), 100_000) or text.count("\ufffd") > 0.2 * len(text):
        return Decoded(None, [("binary content (control characters), not text", "skipped")])
    if "\r" in text:
        crlf = "\r\n" in text
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append(("CRLF line endings" if crlf else "CR line endings", "normalised to LF"))
    if not text.strip():
        return Decoded(None, notes + [("no text after decoding", "skipped")])
    return Decoded(text, notes, encoding)


@contextmanager
def quiet() -> Iterator[None]:
    """Silence warnings and library log records (trafilatura, htmldate) while reading a file."""
    loggers = [logging.getLogger(n) for n in ("trafilatura", "htmldate", "courlan", "charset_normalizer")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def paragraphs(text: str) -> str:
    """Whitespace-normalise a body: one paragraph per non-blank line, joined by a blank line."""
    lines = (re.sub(r"[ \t\f\v\u00a0]+", " ", CONTROL.sub("", ln)).strip() for ln in str(text).splitlines())
    return "\n\n".join(ln for ln in lines if ln)


def read_html(text: str) -> dict | None:
    """Main text and metadata of an HTML page through trafilatura (no network), or None if it holds no text."""
    import trafilatura

    with quiet():
        try:
            doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
        except Exception:  # broken markup trafilatura cannot parse
            doc = None
    if doc is None or not (doc.text or "").strip():
        return None
    title = (doc.title or "").strip() or None
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    if title and lines and lines[0].casefold() == title.casefold():
        lines = lines[1:] or lines
    return {
        "title": title, "text": paragraphs("\n".join(lines)), "outlet": (doc.sitename or "").strip() or None,
        "url": (doc.url or "").strip() or None, "published": doc.date,
    }


def html_fallback_text(text: str) -> str:
    """All visible text of a page whose main text trafilatura could not find, one block per line."""
    from lxml import html as lxml_html

    with quiet():
        try:
            root = lxml_html.fromstring(text)
            for bad in root.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            return "\n".join(t.strip() for t in root.itertext() if t.strip())
        except Exception:
            return re.sub(r"<[^>]*>", "\n", text)


def sniff_delimiter(text: str, default: str) -> str:
    """The field delimiter of a delimited text: tab, semicolon or comma, judged on the header line."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: (counts[d], d == default))
    return best if counts[best] else default


def read_delimited(text: str, delimiter: str) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Rows of a CSV/TSV text as strings; rows with the wrong number of fields are skipped and listed."""
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    notes: list[tuple[str, str]] = []
    rows: list[list[str]] = []
    header: list[str] | None = None
    bad: list[int] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            bad.append(reader.line_num)
            if len(bad) > MAX_BAD_ROWS:
                notes.append((f"more than {MAX_BAD_ROWS} unreadable lines ({err})", "rest of the file skipped"))
                break
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [h.strip() for h in row]
            continue
        if len(row) != len(header):
            bad.append(reader.line_num)
            continue
        rows.append(row)
    if bad:
        shown = ", ".join(map(str, bad[:20])) + (" ..." if len(bad) > 20 else "")
        notes.append((f"{len(bad)} malformed row(s) (wrong number of fields) ending on line(s) {shown}", "skipped those rows"))
    if header is None:
        return pd.DataFrame(), notes
    names = unique_names(header)
    return pd.DataFrame(rows, columns=names, dtype=object), notes


def unique_names(header: list[str]) -> list[str]:
    """Column names made unique by suffixing repeats (blank names become 'column_N')."""
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(header):
        name = name or f"column_{i + 1}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def records_frame(records: list) -> pd.DataFrame:
    """A frame from JSON records; nested objects such as NewsAPI's source {"id", "name"} keep their name."""
    flat = []
    for rec in records:
        flat.append({str(k): (v.get("name") or v.get("id") if isinstance(v, dict) else v) for k, v in rec.items()})
    return pd.DataFrame(flat, dtype=object)


def read_jsonl(text: str) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """One JSON object per line; lines that are not a JSON object are skipped and listed."""
    records, bad = [], []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            obj = None
        if isinstance(obj, dict):
            records.append(obj)
        else:
            bad.append(n)
    notes = []
    if bad:
        shown = ", ".join(map(str, bad[:20])) + (" ..." if len(bad) > 20 else "")
        notes.append((f"{len(bad)} line(s) not a JSON object: line(s) {shown}", "skipped those lines"))
    return records_frame(records), notes


LIST_KEYS = ("articles", "results", "stories", "data", "items", "records", "docs", "documents")


def read_json(text: str) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """A JSON list of articles, an object holding one ('articles', 'results'...), or one article (news-please)."""
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as err:
        if "\n{" in text or text.lstrip().startswith("{"):
            frame, notes = read_jsonl(text)
            if len(frame):
                return frame, [("JSON Lines content in a .json file", "read line by line")] + notes
        return pd.DataFrame(), [(f"not valid JSON ({str(err)[:80]})", "skipped")]
    if isinstance(obj, dict):
        inner = next((obj[k] for k in LIST_KEYS if isinstance(obj.get(k), list)), None)
        obj = inner if inner is not None else [obj]
    if not isinstance(obj, list):
        return pd.DataFrame(), [("JSON holds no list of articles", "skipped")]
    records = [r for r in obj if isinstance(r, dict)]
    notes = []
    if len(records) < len(obj):
        notes.append((f"{len(obj) - len(records)} JSON item(s) not an object", "skipped those items"))
    return records_frame(records), notes


def read_parquet(data: bytes) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """A Parquet table read from bytes, batch by batch, stopping at MAX_TABLE_ROWS rows or MAX_TABLE_BYTES (or MAX_EXPANSION)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        source = pq.ParquetFile(io.BytesIO(data))
        total = source.metadata.num_rows
        budget = min(MAX_TABLE_BYTES, max(20_000_000, MAX_EXPANSION * len(data)))
        batches, rows, size = [], 0, 0
        for batch in source.iter_batches(batch_size=PARQUET_BATCH):
            batch = batch.slice(0, MAX_TABLE_ROWS - rows)
            batches.append(batch)
            rows, size = rows + batch.num_rows, size + batch.nbytes
            if rows >= MAX_TABLE_ROWS or size >= budget:
                break
        table = pa.Table.from_batches(batches, schema=source.schema_arrow)
        frame = table.to_pandas()
    except Exception as err:  # pyarrow raises many kinds of errors on broken files
        return pd.DataFrame(), [(f"not a readable Parquet file ({type(err).__name__})", "skipped")]
    notes = []
    if rows < total:
        notes.append((f"{total:,} rows ({size:,} bytes decompressed from a {len(data):,}-byte file for the first {rows:,}), "
                      f"over the limit of {MAX_TABLE_ROWS:,} rows or {budget:,} bytes", f"read the first {rows:,} rows only"))
    return frame.astype(object), notes
