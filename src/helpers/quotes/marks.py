"""Quotation marks: every double-quoted stretch of a text, across paragraphs, never crashing on odd marks.

Curly marks pair by direction; straight marks alternate within a paragraph. A quotation still open
at the end of a paragraph continues when the next paragraph opens with a mark (news style), else it
ends with its paragraph. Single marks are left alone: they nest inside quotes or are apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "\u201c", "\u201d", '"'
OPENERS = (OPEN_CURLY, STRAIGHT, "\u201e", "\u00ab")
PARAGRAPH = re.compile(r"\n\s*\n")
QUOTE_END = (",", ".", "?", "!", ";", ":", "\u2026", "-", "\u2014")


@dataclass
class Quoted:
    """One quotation: content offsets (inside the marks), mark offsets, and its paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int  # offset of the closing mark; == end when the quotation was never closed
    paragraph: int
    closed: bool = True


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` (blocks separated by blank lines)."""
    out, start = [], 0
    for m in PARAGRAPH.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _first_char(text: str, start: int, end: int) -> int:
    """Offset of the first non-space character in text[start:end] (end when none)."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _rstrip(text: str, start: int, end: int) -> int:
    """End offset of text[start:end] without trailing spaces."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens(text: str, i: int, kind: str) -> bool:
    """Whether the mark at `i` opens a quotation (curly: by shape; straight: not right after a word)."""
    if kind != STRAIGHT:
        return text[i] != CLOSE_CURLY
    before = text[i - 1] if i > 0 else " "
    return not (before.isalnum() or before in QUOTE_END)


def quotations(text: str) -> list[Quoted]:
    """Every double-quoted stretch of `text`, in order, with continuation across paragraphs."""
    paras = paragraphs(text)
    out: list[Quoted] = []
    open_at, kind, start, para0 = -1, "", -1, -1
    for k, (ps, pe) in enumerate(paras):
        i = ps
        if open_at >= 0:  # a quotation left open by the previous paragraph
            first = _first_char(text, ps, pe)
            if first < pe and text[first] in OPENERS:
                i = first + 1
            else:
                prev_end = _rstrip(text, paras[k - 1][0], paras[k - 1][1])
                out.append(Quoted(start, prev_end, open_at, prev_end, para0, closed=False))
                open_at = -1
        while i < pe:
            ch = text[i]
            if ch in (OPEN_CURLY, CLOSE_CURLY, STRAIGHT, "\u201e"):
                mark = STRAIGHT if ch == STRAIGHT else OPEN_CURLY
                if open_at < 0 and (mark != STRAIGHT or _opens(text, i, mark)) and ch != CLOSE_CURLY:
                    open_at, kind, start, para0 = i, mark, i + 1, k
                elif open_at >= 0 and mark == kind and (ch in (CLOSE_CURLY, STRAIGHT)):
                    out.append(Quoted(start, i, open_at, i, para0))
                    open_at = -1
                elif open_at >= 0 and mark == kind and ch == OPEN_CURLY:
                    open_at, start, para0 = i, i + 1, k  # a second opening mark: restart from it
            i += 1
    if open_at >= 0 and paras:
        end = _rstrip(text, paras[-1][0], paras[-1][1])
        out.append(Quoted(start, end, open_at, end, para0, closed=False))
    return [q for q in out if text[q.start:q.end].strip()]
