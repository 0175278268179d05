"""Quotes of one article from its quotation marks and its reporting cues: direct, indirect and mixed.

A reported clause holding a quoted fragment is `mixed`; a quotation that stands on its own (after a
colon, a comma or a sentence end, or ending with punctuation) is `direct` and takes the cue right
after it (`"...," she said`), else the cue right before it (`he said: "..."`), else the cue of the
quote it follows. Short quoted phrases in running prose that no cue reports are scare quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from helpers.quotes.marks import QUOTE_END, Quoted, paragraphs, quotations
from helpers.quotes.parse import Cue

SENTENCE_END = ".?!"
AFTER_WINDOW = 80  # characters between a closing mark and its cue ("," the group said)
CONNECTIVE = re.compile(r"(?:[\s,;\u2014-]|\b(?:while|as|and|but|after|because|when|even as)\b)+$")
MIN_CLAUSE_WORDS = 4
MIN_FREE_WORDS = 6  # a quotation this long, or ending with punctuation, can stand alone


def _para_of(pos: int, paras: list[tuple[int, int]]) -> int:
    """Index of the paragraph holding offset `pos` (the one before it when `pos` falls between two)."""
    return max(bisect_right(paras, (pos, len(paras) and paras[-1][1] + 1)) - 1, 0)


def _prev_char(text: str, i: int) -> str:
    """The first non-space character before offset `i` ('' at the start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return text[j] if j >= 0 else ""


def quote_like(text: str, q: Quoted) -> bool:
    """Whether the quotation reads as speech: ends with punctuation, or is long."""
    body = text[q.start:q.end].rstrip()
    return (not q.closed) or body.endswith(QUOTE_END) or len(body.split()) >= MIN_FREE_WORDS


def free_standing(text: str, q: Quoted, cue_before: bool) -> bool:
    """Whether the quotation stands on its own rather than inside a sentence of the reporter."""
    before = _prev_char(text, q.open_at)
    if before in ("", "\n") or before in SENTENCE_END + ":" or cue_before:
        return True
    return before == "," and quote_like(text, q) or quote_like(text, q) and text[q.start:q.start + 1].isupper()


def cue_after(text: str, q: Quoted, cues: list[Cue], starts: list[int], limit: int) -> Cue | None:
    """The cue right after the closing mark, in the same sentence ("...," she said); `starts`: the cues' starts."""
    if not q.closed or text[q.start:q.end].rstrip().endswith("."):
        return None
    for c in cues[bisect_right(starts, q.close_at):bisect_right(starts, min(limit, q.close_at + AFTER_WINDOW))]:
        between = text[q.close_at + 1:c.cue_start]
        if not any(ch in SENTENCE_END for ch in between) and '"' not in between and "\u201c" not in between:
            return c
    return None


def cue_before(text: str, q: Quoted, cues: list[Cue], starts: list[int], floor: int) -> Cue | None:
    """The cue right before the opening mark, in the same sentence (he said: "..."); `starts`: the cues' starts."""
    window = cues[bisect_left(starts, floor):bisect_left(starts, q.open_at)]
    if _prev_char(text, q.open_at) not in (":", ",", "") and not any(c.cue_end >= q.open_at - 2 for c in window[-3:]):
        return None
    found = None
    for c in window:
        between = text[c.cue_end:q.open_at]
        if not any(ch in SENTENCE_END for ch in between):
            found = c
    return found


def _quoted_at(pos: int, quotes: list[Quoted], opens: list[int]) -> bool:
    """Whether offset `pos` lies inside a quotation (`opens`: the sorted opening offsets)."""
    k = bisect_right(opens, pos) - 1
    return k >= 0 and quotes[k].open_at < pos < max(quotes[k].close_at, quotes[k].end)


def _outside(text: str, q: Quoted, cue: Cue | None, quotes: list[Quoted], opens: list[int]) -> Cue | None:
    """`cue`, with its speaker replaced by the words between the closing mark and the verb when the parser
    took a speaker from inside a quotation ("..., the responsibility ...," Biegun told Lee)."""
    if cue is None or cue.speaker_start < 0 or not _quoted_at(cue.speaker_start, quotes, opens):
        return cue
    if not q.close_at < cue.cue_start:
        return replace(cue, speaker_start=-1, speaker_end=-1, head="", head_pos="")
    words = text[q.close_at + 1:cue.cue_start]
    a = q.close_at + 1 + len(words) - len(words.lstrip(" ,\u2014-"))
    b = q.close_at + 1 + len(words.rstrip())
    if b <= a:
        return replace(cue, speaker_start=-1, speaker_end=-1, head="", head_pos="")
    last = text[a:b].split()[-1]
    return replace(cue, speaker_start=a, speaker_end=b, head=last.lower(), head_pos="PROPN" if last[:1].isupper() else "NOUN")


def _row(start: int, end: int, kind: str, cue: Cue | None) -> dict:
    """One quote row before speaker resolution."""
    none = {"cue": "", "speaker_start": -1, "speaker_end": -1, "head": "", "head_pos": ""}
    src = none if cue is None else {"cue": cue.cue, "speaker_start": cue.speaker_start,
                                    "speaker_end": cue.speaker_end, "head": cue.head, "head_pos": cue.head_pos}
    return {"start_char": start, "end_char": end, "kind": kind, **src}


def _covered(q: Quoted, c0: int, c1: int) -> float:
    """Share of the clause [c0, c1) taken by quotation `q` with its marks."""
    inter = min(c1, q.close_at + 1) - max(c0, q.open_at)
    return max(inter, 0) / max(c1 - c0, 1)


def _before_nested(text: str, c: Cue, cues: list[Cue], end: int) -> int:
    """End of clause `c` cut before a second attribution inside it ("..., as Trump predicted ...")."""
    for other in cues:
        if other is not c and c.clause_start < other.speaker_start < end and other.cue_start < end:
            head = text[c.clause_start:other.speaker_start]
            cut = CONNECTIVE.sub("", head)
            if len(cut.split()) >= MIN_CLAUSE_WORDS:
                return c.clause_start + len(cut)
    return end


def article_quotes(text: str, cues: list[Cue]) -> list[dict]:
    """Every quote of one article, in text order, before speakers are resolved to names."""
    paras = paragraphs(text)
    quotes = quotations(text)
    opens, ends = [q.open_at for q in quotes], [q.end for q in quotes]
    cues = sorted((c for c in cues if not _quoted_at(c.cue_start, quotes, opens)), key=lambda c: c.cue_start)
    starts = [c.cue_start for c in cues]
    absorbed: set[int] = set()
    rows: list[dict] = []
    direct_cue: dict[int, Cue] = {}
    for c in cues:
        if c.clause_start < 0 or c.clause_end <= c.clause_start:
            continue
        inside = [k for k in range(bisect_right(ends, c.clause_start), bisect_left(opens, c.clause_end))
                  if quotes[k].start < c.clause_end and quotes[k].end > c.clause_start]
        whole = [k for k in inside if quotes[k].open_at < c.clause_start
                 or quotes[k].open_at == c.clause_start and _covered(quotes[k], c.clause_start, c.clause_end) >= 0.5]
        if whole:
            direct_cue.setdefault(whole[0], c)
            continue
        frags = [k for k in inside if c.clause_start <= quotes[k].open_at < c.clause_end]
        end = c.clause_end
        for k in frags:
            absorbed.add(k)
            end = max(end, quotes[k].close_at + 1 if quotes[k].closed else quotes[k].end)
        end = _before_nested(text, c, cues, end)
        rows.append(_row(c.clause_start, end, "mixed" if any(quotes[k].close_at < end for k in frags) else "indirect", c))
    direct: list[dict] = []
    reported = sorted((r for r in rows if r["cue"]), key=lambda r: r["end_char"])
    reported_ends = [r["end_char"] for r in reported]
    last_direct: dict | None = None
    for k, q in enumerate(quotes):
        prev_close = quotes[k - 1].close_at + 1 if k and quotes[k - 1].close_at >= paras[_para_of(q.open_at, paras)][0] else 0
        if k in absorbed:
            continue
        para = paras[_para_of(q.open_at, paras)]
        limit = min(quotes[k + 1].open_at if k + 1 < len(quotes) else len(text), paras[_para_of(q.end, paras)][1])
        before = cue_before(text, q, cues, starts, max(prev_close, para[0]))
        cue = direct_cue.get(k) or cue_after(text, q, cues, starts, limit) or before
        if _prev_char(text, q.open_at) == ":" and before is not None:
            cue = before
        cue = _outside(text, q, cue, quotes, opens)
        if not free_standing(text, q, before is not None):
            continue
        i = bisect_right(reported_ends, q.open_at)
        candidates = ([reported[i - 1]] if i else []) + ([last_direct] if last_direct is not None else [])
        previous = max(candidates, key=lambda r: r["end_char"]) if candidates else None
        if cue is None and previous is not None and _para_of(previous["end_char"], paras) >= _para_of(q.open_at, paras) - 1:
            row = dict(previous, start_char=q.start, end_char=q.end, kind="direct")
        elif cue is None and not quote_like(text, q):
            continue
        else:
            row = _row(q.start, q.end, "direct", cue)
        direct.append(row)
        last_direct = row if row["cue"] else last_direct
    return sorted(rows + direct, key=lambda r: (r["start_char"], r["end_char"]))
