"""Names and strings made safe to show and store: file names that are not UTF-8 or hide direction
controls, and text holding lone surrogates or Unicode non-characters (which no UTF-8 or XML writer accepts)."""

from __future__ import annotations

import os
import re

SURROGATES = re.compile("[\ud800-\udfff]")
NONCHARACTERS = re.compile("[\ufdd0-\ufdef\ufffe\uffff" + "".join(
    chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17)) + "]")
# C0 controls and the characters that silently reorder or hide text (RLO, LRI...): never part of an id.
INVISIBLE = re.compile("[\x00-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

Note = tuple[str, str]  # (problem, action)


def shown_name(rel: str) -> tuple[str, list[Note]]:
    """The valid-UTF-8 name a corpus file is listed under, and notes on what was wrong with its real name."""
    notes: list[Note] = []
    name = rel
    if SURROGATES.search(rel):  # os.walk keeps undecodable bytes as lone surrogates
        name = os.fsencode(rel).decode("cp1252", errors="replace")
        notes.append(("file name is not valid UTF-8 (a Latin-1/cp1252 name, as Windows zips leave them)",
                      "read; listed under the name decoded as cp1252"))
    hidden = sorted(set(INVISIBLE.findall(name)))
    if hidden:
        codes = ", ".join(f"U+{ord(c):04X}" for c in hidden)
        notes.append((f"file name holds invisible control or text-direction character(s) {codes}", "removed from doc_id"))
    return name, notes


def id_safe(stem: str) -> str:
    """An id stem without control or text-direction characters."""
    return INVISIBLE.sub("", stem)


def valid_text(value: str) -> str:
    """`value` with lone surrogates replaced by U+FFFD and non-characters (U+FFFE, U+FFFF...) removed."""
    return value if value.isascii() else NONCHARACTERS.sub("", SURROGATES.sub("\ufffd", value))


def repair_strings(records: list[dict]) -> list[Note]:
    """Make every string of `records` valid Unicode in place; notes say what was repaired."""
    surrogates = nonchars = 0
    for record in records:
        for key, value in record.items():
            if isinstance(value, str) and not value.isascii() and (SURROGATES.search(value) or NONCHARACTERS.search(value)):
                surrogates += len(SURROGATES.findall(value))
                nonchars += len(NONCHARACTERS.findall(value))
                record[key] = valid_text(value)
    notes = []
    if surrogates:
        notes.append((f"{surrogates} lone surrogate(s) (invalid Unicode escapes such as \\ud800)", "replaced with U+FFFD"))
    if nonchars:
        notes.append((f"{nonchars} Unicode non-character(s) (U+FFFE, U+FFFF...)", "removed"))
    return notes
