"""Reporting cues from spaCy's dependency parse: the verb, its reported clause and its speaker phrase.

Only sentences holding a reporting-verb form or "according to" are parsed. A cue is a reporting
verb with a clausal complement (`ccomp`), a reporting verb next to a quotation, or "according to X".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from helpers.quotes import lexicon

SPEAKER_DROP = {"appos", "relcl", "punct", "advcl", "parataxis", "cc", "conj", "case"}
TAIL_DEPS = {"advcl", "acl", "xcomp", "npadvmod", "appos", "conj"}
QUOTE_CHARS = "\u201c\u201d\"\u201e\u00ab\u00bb"
MAX_GAP = 8  # tokens between a verb and its 'that', or between a comma and the verb it attributes


@dataclass
class Cue:
    """A reporting expression: its text and offsets, reported clause (or -1s) and speaker phrase."""

    cue: str
    cue_start: int
    cue_end: int
    clause_start: int
    clause_end: int
    speaker_start: int
    speaker_end: int
    head: str  # the speaker phrase's head word, lower case ('' when no speaker)
    head_pos: str  # PRON, PROPN or NOUN


def is_cue_verb(tok: Token) -> bool:
    """Whether `tok` is a reporting-verb form used as a verb."""
    return tok.lower_ in lexicon.verb_forms() and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"))


def cue_text(tok: Token, doc: Doc) -> tuple[str, int, int]:
    """The cue phrase of verb `tok`: the verb plus a fixed complement right after it ('told reporters')."""
    text, start, end = doc.text, tok.idx, tok.idx + len(tok)
    after = text[end:end + 40]
    for comp in lexicon.complements():
        if after.startswith(" " + comp) and not after[len(comp) + 1:len(comp) + 2].isalnum():
            end += len(comp) + 1
            break
    quoting = [a for a in list(tok.ancestors)[:3] if a.lower_.startswith("quot") and a.i < tok.i]
    if tok.lower_ in ("saying", "say") and quoting:
        start = quoting[0].idx
    return text[start:end], start, end


def _possessor(tok: Token) -> Token | None:
    """The owner of a document noun: 'the company' in "the company's statement", or 'X' in 'a statement from X'."""
    for child in tok.children:
        if child.dep_ == "poss":
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _kept(tok: Token) -> list[int]:
    """Indices of the speaker phrase under `tok`, leaving out appositives, relative clauses and the like."""
    out = [tok.i]
    for child in tok.children:
        adjacent_name = child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == tok.i + 1
        if (child.dep_ not in SPEAKER_DROP or adjacent_name) and not (child.i > tok.i and child.nbor(-1).text == ","):
            out += _kept(child)
    return out


def speaker_span(tok: Token) -> tuple[int, int, Token]:
    """Offsets of the speaker phrase headed by `tok` (titles kept; appositives and relative clauses dropped)."""
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok), tok
    if lexicon.noun_class(tok.lower_) == "document":
        owner = _possessor(tok)
        if owner is not None:
            return speaker_span(owner)
    if tok.pos_ != "PROPN":
        for child in tok.children:
            if child.dep_ == "appos" and any(t.pos_ == "PROPN" for t in child.subtree):
                return speaker_span(child)
    kept = _kept(tok)
    left, right = min(kept), max(kept)
    doc = tok.doc
    comma = next((i for i in range(tok.i + 1, right + 1) if doc[i].text == ","), None)
    right = comma - 1 if comma is not None else right
    while right > left and (doc[right].is_punct or doc[right].lower_ in ("'s", "\u2019s", "'")):
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right]), tok


def _coordinated(verb: Token) -> bool:
    """Whether a conjoined verb follows 'and'/'but' (sharing the subject), not ', X said'."""
    i = verb.i - 1
    while i > 0 and verb.doc[i].pos_ == "ADV":
        i -= 1
    return verb.doc[i].pos_ == "CCONJ"


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker token of reporting verb `verb`: its subject, else the subject of the verb it hangs from."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    if depth > 3:
        return None
    for anc in list(verb.ancestors)[:3]:  # "X quoted him as saying": the speaker is 'him'
        objs = [c for c in anc.children if c.dep_ == "dobj"]
        if anc.lower_.startswith("quot") and objs:
            return objs[0]
    head = verb.head
    if verb.dep_ == "conj" and not _coordinated(verb):
        return None
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":  # "..., while noting that": the reporting verb's subject
        cue = next((a for a in list(verb.ancestors)[:3] if is_cue_verb(a)), None)
        if cue is not None:
            return subject_of(cue, depth + 1)
    if verb.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep") and head is not verb:
        return subject_of(head, depth + 1)
    return None


def _trim(doc: Doc, left: int, right: int) -> tuple[int, int] | None:
    """Token range of a reported clause without a leading 'that' and trailing punctuation or tails."""
    while left <= right and (doc[left].lower_ == "that" and doc[left].dep_ == "mark" or doc[left].is_space
                             or doc[left].text in (",", ":", "\u2014")):
        left += 1
    for i in range(left + 1, right):
        nxt = doc[i + 1]
        if doc[i].lower_ in ("and", ",") and nxt.dep_ == "conj" and nxt.lower_ in lexicon.speech_act_forms():
            right = i - 1
            break
        if doc[i].text in (":", ";"):
            right = i - 1
            break
        if nxt.lower_ in ("while", "before", "after") and i + 2 <= right:
            nxt = doc[i + 2]
        if doc[i].text == "," and (nxt.tag_ == "VBG" and nxt.dep_ in TAIL_DEPS
                                   or nxt.dep_ == "appos" or nxt.dep_ == "det" and nxt.head.dep_ == "appos"):
            right = i - 1
            break
    while right >= left and (doc[right].is_punct and doc[right].text not in QUOTE_CHARS or doc[right].is_space):
        right -= 1
    return (left, right) if right >= left else None


def _that_clause(verb: Token) -> tuple[int, int] | None:
    """The clause after 'that' when the parser hung it on a noun ("said in a statement that ...")."""
    doc, end = verb.doc, verb.sent.end
    for t in doc[verb.i + 1:min(end, verb.i + MAX_GAP + 2)]:
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.text in QUOTE_CHARS:
            return None
        if t.lower_ == "that" and t.dep_ == "mark":
            return _trim(doc, t.i + 1, end - 1)
    return None


def tail_attribution(verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For "CLAUSE, soldiers and commanders said (this week).": the clause and the speaker token range."""
    doc, sent = verb.doc, verb.sent
    after = [t for t in doc[verb.i + 1:sent.end] if not t.is_punct and not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in after) or len(after) > 4:
        return None
    commas = [t.i for t in doc[sent.start:verb.i] if t.text == ","]
    if not commas or commas[-1] <= sent.start or verb.i - commas[-1] - 1 > MAX_GAP:
        return None
    k = commas[-1]
    if k + 1 >= verb.i or any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:verb.i]):
        return None
    clause = _trim(doc, sent.start, k - 1)
    return (clause, (k + 1, verb.i - 1)) if clause else None


def clause_of(verb: Token) -> tuple[int, int] | None:
    """Token range of the clause reported by `verb` (its ccomp subtrees, or the clause it follows)."""
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        left = min(c.left_edge.i for c in comps)
        right = max(c.right_edge.i for c in comps)
        if right < verb.i:  # "CLAUSE, X said." keeps what precedes the verb only
            right = min(right, verb.i - 1)
        return _trim(doc, left, right)
    head = verb.head
    first = verb.left_edge.i
    while first < verb.i and doc[first].is_punct:
        first += 1
    after_comma = first > 0 and doc[first - 1].text in (",", "\u2014")
    marked = any(c.dep_ == "mark" for c in verb.children)
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i < verb.i and not is_cue_verb(head) and after_comma and not marked:
        tokens = [t.i for t in head.subtree if t.i < verb.left_edge.i]
        if tokens and head.pos_ in ("VERB", "AUX"):
            return _trim(doc, min(tokens), max(tokens))
    return _that_clause(verb)


def according_to(tok: Token) -> tuple[Token, tuple[int, int] | None] | None:
    """For 'according' in 'according to X': the source X and the rest of its sentence as the clause."""
    to = [c for c in tok.children if c.lower_ == "to"]
    objs = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
    if not objs:
        return None
    sent: Span = tok.sent
    phrase = list(tok.subtree)
    a, b = phrase[0].i, phrase[-1].i
    before = (sent.start, a - 1) if a - 1 >= sent.start else None
    after = (b + 1, sent.end - 1) if b + 1 <= sent.end - 1 else None
    size = lambda r: 0 if r is None else r[1] - r[0] + 1  # noqa: E731
    best = before if size(before) >= size(after) else after
    return objs[0], (_trim(tok.doc, *best) if best else None)


def cues(doc: Doc, offset: int = 0) -> list[Cue]:
    """Every reporting cue of one parsed paragraph, offsets shifted by `offset`."""
    out = []
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            found = according_to(tok)
            if found is None:
                continue
            source, clause = found
            cue, cs, ce = doc.text[tok.idx:doc[tok.i + 1].idx + 2], tok.idx, doc[tok.i + 1].idx + 2
        elif is_cue_verb(tok):
            source = subject_of(tok)
            clause = clause_of(tok)
            cue, cs, ce = cue_text(tok, doc)
            tail = tail_attribution(tok) if clause is None else None
            if tail is not None:
                clause, (a, b) = tail
                if source is None or not a <= source.i <= b:
                    out.append(Cue(cue, cs + offset, ce + offset, doc[clause[0]].idx + offset,
                                   doc[clause[1]].idx + len(doc[clause[1]]) + offset, doc[a].idx + offset,
                                   doc[b].idx + len(doc[b]) + offset, doc[b].lower_, doc[b].pos_))
                    continue
        else:
            continue
        span = speaker_span(source) if source is not None else None
        c0, c1 = (doc[clause[0]].idx, doc[clause[1]].idx + len(doc[clause[1]])) if clause else (-1 - offset, -1 - offset)
        ss, se, head = span if span else (-1 - offset, -1 - offset, None)
        out.append(Cue(cue, cs + offset, ce + offset, c0 + offset, c1 + offset, ss + offset, se + offset,
                       head.lower_ if head is not None else "", head.pos_ if head is not None else ""))
    return out
