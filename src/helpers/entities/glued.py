"""Person and company spans the small model glues to, or cuts from, the words around them, within one article.

- modifier words and a person title glued in front of a name ("Federal Judge Cecil Miller", "Chief Judge
  Ann Roe", tagged ORG or PERSON) leave the name, a PERSON;
- a name ending in a generational suffix ("B.C. McCabe Sr.", tagged ORG) is a person: companies have no "Sr.";
- a nationality word and the ORG right after it that the article spells out together in brackets ("American" +
  "Petroleum Institute (API)") are one ORG;
- a nationality word or company name and the ORG one space after it are one ORG when the article names a company
  opening with both ("American" + "Hoechst" beside "American Hoechst Corp", "Hoechst" + "Celanese" beside "Hoechst
  Celanese Corp"), and a lone nationality word glued to a company name ("with American" + "Hoechst Corp") is part of it;
  so are the untagged capitalised words after such a span that open a company name of the article ("American" +
  "Express" beside "American Express Co");
- a surname opening with a capitalised particle ("Du Plessis", tagged ORG) is a PERSON when the article writes it after
  a first name with the particle in lower case ("Barend du Plessis", no other entity's span), and that full name, left untagged, is a PERSON;
- so is such a surname left untagged ("Du Plessis in disclosing"), and then a full name tagged as a whole with another
  label ("Guillermo de la Dehesa", tagged ORG, beside "De la Dehesa said");
- an ORG span ending in a given name and a surname the article tags a person alone, after two words or more whose last is
  capitalised and no given name, is cut there, the name a PERSON ("International Trade and Industry Hajime Tamura" beside
  "Tamura said");
- an ORG span of a surname of the article's people, "and", and a given name and surname is two people ("founded by Page
  and Sergey Brin" beside Larry Page);
- a span of another label ending in a lower-case particle and the surname of a person the article names with them is cut
  there, the tail a PERSON ("San/Bar von Urff", tagged ORG, beside Charles von Urff);
- a person span right after surname particles the model left out ("de" + "Vries", "Van der" + "Klugt") takes them in;
- a one-word span of another label right after a company opening with a legal form written first ("NV Philips" +
  "Gloeilampenfabrieken", `data/leading_org_forms.txt`) is part of it;
- a company name the model cut at "and" ("Cable" + "Wireless Plc"): an ORG span right before " and " whose last word
  the article never writes apart from the next word is that company's first partner (`bound_partners`, joined by
  `repair.join_partners`);
- the words before an acronym in brackets that no ORG there spells out are one ORG when their letters hold it: a
  foreign long form the model cut ("Caisse d'Aide a l'Equipement des Collectivites Locales (CAECL)");
- an ORG span the model ended before "of", "for" or "on" runs on through the capitalised words after it up to a short form
  in brackets ("Coordinating Commission" + "for the Securities Trade (CCE)"), and one the model cut at a comma of its
  name's list runs on to the bracket when the bracket spells out the whole ("The Department for Culture" + ", Media and
  Sport (DCMS)");
- an ORG span ending in an institution's head word, " of " and a GPE span ending in a country, region or large city are
  one ORG ("The Showmen's Guild" + " of " + "Great Britain": the body's whole name; not "... Association of Warrenton");
- a first name and the rest of a name the model cut at a quoted nickname ("Burkhard" + "Bobby\" Junger") are one
  PERSON; the nickname itself is no part of the canonical name (`names.clean_name`);
- a company name the model cut in two ORG spans, the second ending in a company ending, is one ORG: parted by one space
  ("Harcourt Brace" + "Jovanovich Inc") or by " and " before one trade word and the ending ("Goodyear Tire" + " and " +
  "Rubber Co", `data/org_heads.txt`), never after a first span with an ending of its own;
- a firm named after two partners that the model cut at "and" or "&" into two names is one ORG: a curated one ("Phillips"
  + "Drew", `data/person_named_firms.txt`) or one surname twice ("Johnson and Johnson"), tagged a person or untagged;
- a name after a Romance "of" ("do", "de", "del" ...) ends the firm that a legal form or institution word written first
  opens ("Banco do" + "Brasil", tagged a person; "Banque de" + "France", `data/leading_org_forms.txt`), or the ORG span
  right before a Portuguese "do" or "da" ("Volkswagen" + " do " + "Brasil").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from helpers.entities.companies import SPELLED_OUT, abbreviates, bracket_fits, initials
from helpers.entities.context import THE, body_heads, word_lists

GENERATIONAL = re.compile(r"(?:[A-Z][\w.'-]* ){1,3}(?:Jr|Sr|II|III|IV)\.?")  # "B.C. McCabe Sr."
NICKNAME_REST = re.compile(r'[A-Z][\w.\'-]*"\s+(?=[A-Z])')  # 'Bobby" ' opening the rest of 'Burkhard "Bobby" Junger'
FOREIGN_BRACKET = re.compile(r"(?<=[a-z>]) \(([A-Z][A-Za-z]{2,7})\)")  # "... Locales (CAECL)", "<Banco do Estado de Sao Paulo> (Banespa)"
TOKEN = r"(?:[A-Z][\w-]*(?!['’]s\b)(?:['’][A-Z][\w-]*)?|[dlDL]['’][A-Z][\w-]*|a|de|des|du|do|dos|da|das|la|le|les|et|y|del|di|of|and|for)"
LONG_FORM_RUN = re.compile(rf"(?<![\w'’-]){TOKEN}(?:\s+{TOKEN})*$")  # capitalised words and small particles up to the bracket
LONG_FORM_WORD = re.compile(rf"(?<![\w'’-]){TOKEN}(?![\w'’-])")
PARTICLE_SURNAME = re.compile(r"(Du|De|Da|Di|Del|Della|Dos|Das|Van|Von|Le|La|Ter|Ten)((?: (?:[Dd]er|[Dd]en|[Ll]a))? [A-Z][a-z][\w'-]*)")
PARTICLES_BEFORE = re.compile(r"(?:(?<=[\s\"'(])|^)(?:(?:[Dd](?:e|a|i|u|os|as|el|er|en)|[Vv]an|[Vv]on|[Tt]er|[Tt]en|la|le) ){1,2}$")  # "de ", "Van der "
LOWER_PARTICLE = r"(?:d[aeiu]|de[lr]|della|dos|das|van|von|ter|ten|la|le)"  # a surname's particle written in lower case
PERSON_PARTICLE_NAME = re.compile(rf"[A-Z][a-z]+ (?:{LOWER_PARTICLE} ){{1,2}}[A-Z][a-z][\w'-]*")  # "Charles von Urff"
PARTICLE_TAIL = re.compile(rf"(?<= )((?:{LOWER_PARTICLE} ){{1,2}}[A-Z][a-z][\w'-]*)")  # " von Urff" ending a span
SURNAME_AND_NAME = re.compile(r"([A-Z][a-z][\w'-]*) and ([A-Z][a-z]+) [A-Z][a-z][\w'-]*")  # "Page and Sergey Brin"
TRAILING_NAME = re.compile(r"(?<= )([A-Z][a-z]+) ([A-Z][a-z][\w'-]*)$")  # " Hajime Tamura" ending an ORG span
FOLLOWING_WORDS = re.compile(r"(?: [A-Z][\w&'-]*){1,3}")  # " Express" after "American"
NAME = re.compile(r"(?:[A-Z][\w'.-]* ){1,2}[A-Z][a-z][\w'-]*")  # "Cecil Miller", "Clarence A. Brimmer"


@lru_cache(maxsize=4)
def glued_title(titles: frozenset[str], ambiguous: frozenset[str]) -> re.Pattern:
    """Regex of one to three capitalised modifier words and one of `titles` but the `ambiguous` ones, then a space, opening a span."""
    words = sorted(titles - ambiguous, key=lambda t: (-len(t), t))
    return re.compile(r"(?:[A-Z][\w.'-]*\s+){1,3}?(?:" + "|".join(map(re.escape, words)) + r")\s+(?=[A-Z])")


def titled_name(text: str, start: int, end: int, label: str, titles: tuple[frozenset[str], frozenset[str]],
                org_words: frozenset[str]) -> tuple[int, str]:
    """Start and label of a span that opens with modifiers and a person title (of `titles`: all, ambiguous) before a
    two- or three-word name ("Federal Judge Cecil Miller" -> "Cecil Miller", PERSON); else unchanged."""
    if label not in ("PERSON", "ORG", "GPE", "NORP") or end - start < 12:
        return start, label
    m = glued_title(*titles).match(text, start, end)
    name = text[m.end() : end] if m else ""
    if not (m and NAME.fullmatch(name) and not set(name.split()) & org_words):
        return start, label
    return m.end(), "PERSON"


def generational(text: str, start: int, end: int, label: str) -> str:
    """PERSON for an ORG span that is a name with a generational suffix ("B.C. McCabe Sr."), else `label`."""
    return "PERSON" if label == "ORG" and GENERATIONAL.fullmatch(text, start, end) else label


AMPERSAND_TAIL = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")  # "Scottish Railway" after "English Welsh &"


def ampersand_tails(text: str, ents: list[list]) -> list[list]:
    """An ORG span the model ended on "&" runs on through the capitalised words after it, and the spans inside them are
    dropped ("English Welsh &" + "Scottish Railway (EWS)" is English Welsh & Scottish Railway)."""
    return run_on(ents, lambda s, e, lab: AMPERSAND_TAIL.match(text, e) if lab == "ORG" and text[s:e].endswith("&") else None)


BRACKETED_TAIL = re.compile(r"(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+[A-Z][\w-]*)+)+(?=\s+\([A-Z][A-Za-z0-9&]{1,7}\))")  # " for the
# Securities Trade" before "(CCE)"


LISTED_TAIL = re.compile(r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                         r"(?=\s+\(([A-Z][A-Za-z0-9&]{1,7})\))")  # ", Media and Sport" before "(DCMS)"


def bracketed_tails(text: str, ents: list[list]) -> list[list]:
    """An ORG span the model ended before "of", "for" or "on" runs on through the capitalised words after it up to a
    short form in brackets, and the spans inside them are dropped ("Coordinating Commission" + " for the Securities
    Trade (CCE)", "National Military Office" + " for Strategic Industries (OMNIS)"); so does one the model ended at a
    comma of its name's list when the bracket spells out the whole ("The Department for Culture" + ", Media and Sport
    (DCMS)")."""
    def tail(s: int, e: int, lab: str) -> re.Match | None:
        if lab != "ORG":
            return None
        listed = LISTED_TAIL.match(text, e)
        if listed and initials(text[s : listed.end()]) == listed.group(1):  # "The" counts no letter
            return listed
        return BRACKETED_TAIL.match(text, e)
    return run_on(ents, tail)


def run_on(ents: list[list], tail_of: Callable[[int, int, str], re.Match | None]) -> list[list]:
    """Spans, each run on to the end of the tail `tail_of` finds right after it (a match, or None), and the spans inside a
    run-on dropped."""
    out: list[list] = []
    until = -1  # where the last run-on span ends
    for s, e, lab in ents:
        if s < until:
            continue  # a span inside the run-on
        tail = tail_of(s, e, lab)
        until = tail.end() if tail else until
        out.append([s, tail.end() if tail else e, lab])
    return out


def join_spelled_out(text: str, ents: list[list]) -> list[list]:
    """A NORP span and the ORG one space after it as one ORG when the bracket after the ORG spells out both
    ("American" + "Petroleum Institute (API)"), not the ORG alone; first, ORG spans ended on "&" (`ampersand_tails`) and
    foreign long forms the model cut (`foreign_long_forms`)."""
    out: list[list] = []
    for s, e, lab in foreign_long_forms(text, bracketed_tails(text, ampersand_tails(text, ents))):
        m = SPELLED_OUT.match(text, e) if lab == "ORG" and out and out[-1][2] == "NORP" and text[out[-1][1] : s] == " " else None
        if m and abbreviates(m.group(1), text[out[-1][0] : e]) and not abbreviates(m.group(1), text[s:e]):
            out[-1] = [out[-1][0], e, "ORG"]
        else:
            out.append([s, e, lab])
    return out


def foreign_long_forms(text: str, ents: list[list]) -> list[list]:
    """Entities with, for each acronym in brackets ("(CAECL)") with no ORG ending right before it, the capitalised
    words and small particles before the bracket (back to the farthest word opening with its first letter whose letters
    hold it in order; never over "the", a possessive or punctuation) as one ORG: a foreign long form the model cut
    ("Caisse" of "Caisse d'Aide a l'Equipement des Collectivites Locales (CAECL)"); the short form tagged as a person or place
    elsewhere in the article is that ORG too."""
    out = ents
    for m in FOREIGN_BRACKET.finditer(text) if " (" in text else ():
        short, end = m.group(1), m.start() - (text[m.start() - 1] == ">")  # the wire's company brackets are no part of the name
        if any(e == end and lab == "ORG" and bracket_fits(short, THE.sub("", text[s:e])) for s, e, lab in out):  # the model's own long form
            continue  # ("Georgia Public Service Commission"), not one it cut ("Estado de Sao Paulo (Banespa)")
        base = max(0, end - 150)
        run = LONG_FORM_RUN.search(text, base, end)
        starts = [base + w.start() for w in LONG_FORM_WORD.finditer(text[base:end], run.start() - base)] if run else []
        fits = [st for st in starts if text[st] == short[0] and abbreviates(short, text[st:end])]
        if fits and len(re.findall(r"(?<![\w'])[A-Z]", text[min(fits) : end])) >= 2:
            start = min(fits)
            out = [ent for ent in out if ent[1] <= start or ent[0] >= end] + [[start, end, "ORG"]]
            out = [[s, e, "ORG" if lab in ("PERSON", "GPE") and text[s:e] == short else lab] for s, e, lab in out]  # "Banespa workers"
    return sorted(out)


def join_nicknames(text: str, ents: list[list]) -> list[list]:
    """A PERSON span and the PERSON span after it as one when a quoted nickname joins them: "Burkhard" + ' "' +
    'Bobby" Junger' -> 'Burkhard "Bobby" Junger'."""
    out: list[list] = []
    for s, e, lab in ents:
        if lab == "PERSON" and out and out[-1][2] == "PERSON" and text[out[-1][1] : s] == ' "' and NICKNAME_REST.match(text, s, e):
            out[-1] = [out[-1][0], e, "PERSON"]
        else:
            out.append([s, e, lab])
    return out


def join_company_words(text: str, ents: list[list], suffixes: frozenset[str]) -> list[list]:
    """A one-word nationality span, not after "the", and the company name one space after it ending with one of
    `suffixes` as one ORG ("with American" + "Hoechst Corp"); then an ORG or NORP span and the ORG or NORP span one
    space after it as one ORG when the joined words open a company name of the article ("Hoechst" + "Celanese" beside
    "Hoechst Celanese Corp", "American" + "Hoechst" beside "American Hoechst Corp")."""
    def glued_norp(prev: list, s: int, e: int, lab: str) -> bool:
        return prev[2] == "NORP" and lab == "ORG" and " " not in text[prev[0] : prev[1]] and text[prev[0]].isupper() and (
            text[s:e].split()[-1].rstrip(".>") in suffixes and not re.search(r"\b(?:the|The|a|an)\s+$", text[max(0, prev[0] - 6) : prev[0]]))

    out = join_adjacent(text, ents, glued_norp)
    orgs = [text[s:e] for s, e, lab in out if lab == "ORG"]
    out = join_adjacent(text, out, lambda prev, s, e, lab: lab in ("ORG", "NORP") and "ORG" in (lab, prev[2]) and any(
        o.startswith(text[prev[0] : e] + " ") for o in orgs) or lab != "ORG" and prev[2] == "ORG" and " " not in text[s:e]
        and text[prev[0] : prev[1]].split()[0] in word_lists()["leading_org_forms"] and text[s : s + 1].isupper())  # "NV Philips" + "Gloeilampenfabrieken"
    return [extend_untagged(text, ent, out, orgs) for ent in out]


def join_place_of_body(text: str, ents: list[list]) -> list[list]:
    """An ORG span ending in an institution's head word, then " of " and a GPE span ending in a country, region or large
    city (`data/major_places.txt`), as one ORG: the body's whole name, which the model cut before "of" ("The Showmen's
    Guild" + " of " + "Great Britain", "the Law Society" + " of " + "Scotland"; not a firm's town: "Jefferson Savings and
    Loan Association" + " of " + "Warrenton")."""
    heads = body_heads()
    out: list[list] = []
    for s, e, lab in ents:
        prev = out[-1] if out else None
        if (lab == "GPE" and prev and prev[2] == "ORG" and text[prev[1] : s] == " of " and text[prev[0] : prev[1]].split()[-1] in heads
                and text[s:e].split()[-1] in word_lists()["major_places"]):  # a country or region, not a firm's town ("of Warrenton")
            out[-1] = [prev[0], e, "ORG"]
        else:
            out.append([s, e, lab])
    return out


def extend_untagged(text: str, ent: list, ents: list[list], orgs: list[str]) -> list:
    """An ORG, NORP or place span extended over the untagged capitalised words after it, as one ORG, when they
    open a company name of the article ("American" + "Express" beside "American Express Co"); else unchanged."""
    m = FOLLOWING_WORDS.match(text, ent[1]) if ent[2] in ("ORG", "NORP", "GPE", "LOC") else None
    if not m or any(ent[1] <= s < m.end() for s, _, _ in ents):
        return ent
    words, end = m.group().split(), None
    for k in range(len(words), 0, -1):
        joined = text[ent[0] : ent[1]] + " " + " ".join(words[:k])
        if any(o.startswith(joined + " ") for o in orgs):
            end = ent[1] + len(" " + " ".join(words[:k]))
            break
    return [ent[0], end, "ORG"] if end else ent


def join_cut_firm(text: str, ents: list[list], suffixes: frozenset[str], trades: frozenset[str]) -> list[list]:
    """Entities with a company name the model cut in two ORG spans joined into one ORG: the second ends in a company
    ending, the first does not, and either one space parts them and one or two words come before the ending ("Harcourt
    Brace" + "Jovanovich Inc"), or " and " parts them, one of the `trades` words comes before the ending and the first
    span's last word never stands apart from " and " and that word ("Goodyear Tire" + " and " + "Rubber Co"; not "Armco
    Inc and Rubber Co", not "Salomon Brothers and Lazard Co")."""
    out: list[list] = []
    for s, e, lab in ents:
        prev = out[-1] if out and out[-1][2] == "ORG" and lab == "ORG" else None
        words = text[s:e].split()
        head = words[:-1]
        while head and head[-1].rstrip(".>") in suffixes:
            head = head[:-1]
        first = text[prev[0] : prev[1]].split() if prev else []
        gap = text[prev[1] : s] if prev else ""
        cut = bool(first) and words[-1].rstrip(".>") in suffixes and first[-1].rstrip(".>") not in suffixes and re.fullmatch(
            r"[A-Z][\w-]*", first[-1]) is not None and head and (
            gap == " " and len(head) <= 2 or gap == " and " and len(head) == 1 and len(first) > 1
            and head[0] in trades and not written_apart(text, first[-1], head[0]))
        if cut:
            out[-1] = [prev[0], e, "ORG"]
        else:
            out.append([s, e, lab])
    return out


def join_adjacent(text: str, ents: list[list], test) -> list[list]:
    """Entities with each ORG or NORP span and the span one space after it joined into one ORG where `test(prev, s, e, label)`."""
    out: list[list] = []
    for s, e, lab in ents:
        if out and out[-1][2] in ("ORG", "NORP") and text[out[-1][1] : s] == " " and test(out[-1], s, e, lab):
            out[-1] = [out[-1][0], e, "ORG"]
        else:
            out.append([s, e, lab])
    return out


def particle_people(text: str, ents: list[list], stop: frozenset[str]) -> list[list]:
    """Entities with each span that is a surname opening with a capitalised particle ("Du Plessis") a PERSON when the
    article writes it after a first name, with the particle in lower case ("Barend du Plessis"; a first word of `stop`,
    such as "Banque" or "Minister", is no first name); such a full name that no span touches is added as a PERSON.
    The same holds for such a surname the model left untagged ("Du Plessis in disclosing"), and then also for a full
    name tagged as a whole with another label ("Guillermo de la Dehesa", tagged ORG, beside "De la Dehesa said")."""
    out, added = [list(ent) for ent in ents], []
    untagged = [[m.start(), m.end(), "PERSON"] for m in PARTICLE_SURNAME.finditer(text)
                if not any(s < m.end() and m.start() < e for s, e, _ in ents) and not re.match(r"[\w'-]", text[m.end() : m.end() + 1])]
    for ent in out + untagged:
        m = PARTICLE_SURNAME.fullmatch(text, ent[0], ent[1]) if ent[2] in ("ORG", "GPE", "NORP", "PERSON") else None
        full = re.compile(r"(?<![\w.-])([A-Z][a-z]+) " + m.group(1).lower() + re.escape(m.group(2)) + r"(?![\w-])") if m else None
        whole = [other for f in full.finditer(text) for other in out if other[2] != "PERSON" and other[:2] == [f.start(), f.end()]
                 and f.group(1).lower() not in stop] if full and ent in untagged else []  # "Guillermo de la Dehesa", tagged ORG
        uses = [f for f in full.finditer(text) if f.group(1).lower() not in stop and not any(
            s < f.end() and f.start() < e and lab != "PERSON" and [s, e, lab] not in whole for s, e, lab in ents)] if full else []  # not "Banque de France" tagged ORG
        if uses:
            ent[2] = "PERSON"
            for other in whole:
                other[2] = "PERSON"
            added += [ent] if ent in untagged else []
            added += [[f.start(), f.end(), "PERSON"] for f in uses if not any(s < f.end() and f.start() < e for s, e, _ in out + added)]
    return sorted(out + added)


def trailing_person(text: str, ents: list[list], given: frozenset[str], org_words: frozenset[str], titles: frozenset[str]) -> list[list]:
    """Entities with an ORG span that ends in a given name and a surname the article tags a person alone, after two words
    or more of which the last is capitalised and no given name, cut into its head and that PERSON ("International Trade
    and Industry Hajime Tamura" beside "Tamura said", "the FCA Frank Naylor"; not "Cie des Machines Bull", "Joseph Cyril
    Bamford" nor "Hewlett and David Packard", and not after a person's title: "Councillor Mavis Trent" is left to the
    title rules)."""
    lone = {text[s:e] for s, e, lab in ents if lab == "PERSON" and re.fullmatch(r"[A-Z][a-z][\w'-]*", text[s:e])}
    out = []
    for s, e, lab in ents:
        m = TRAILING_NAME.search(text, s, e) if lab == "ORG" and lone else None
        head = text[s : m.start()].split() if m else []
        if m and len(head) >= 2 and head[-1][:1].isupper() and head[-1] not in given and m.group(2) in lone and (
                m.group(1) in given and m.group(1) not in org_words) and not titles.intersection(text[s : m.start()].split()):
            out += [[s, m.start() - 1, lab], [m.start(), e, "PERSON"]]
        else:
            out.append([s, e, lab])
    return out


def surname_and_person(text: str, ents: list[list], names: set[str], given: frozenset[str]) -> list[list]:
    """Entities with an ORG span of a surname of the article's people, "and", a given name and a surname cut into two
    PERSON spans ("founded by Page and Sergey Brin", tagged ORG, beside Larry Page)."""
    out = []
    for s, e, lab in ents:
        m = SURNAME_AND_NAME.fullmatch(text, s, e) if lab == "ORG" and names else None
        if m and m.group(1) in names and m.group(2) in given:
            out += [[s, m.end(1), "PERSON"], [m.start(2), e, "PERSON"]]
        else:
            out.append([s, e, lab])
    return out


def particle_tails(text: str, ents: list[list]) -> list[list]:
    """Entities with a span of another label that ends in a lower-case particle and a surname of one of the article's people
    named with them ("San/Bar von Urff", tagged ORG, beside "Charles von Urff") cut into its head and that PERSON."""
    tails = {text[s:e].split(" ", 1)[1] for s, e, lab in ents if lab == "PERSON" and PERSON_PARTICLE_NAME.fullmatch(text, s, e)}
    out = []
    for s, e, lab in ents:
        m = PARTICLE_TAIL.search(text, s, e) if tails and lab != "PERSON" else None
        if m and m.end() == e and m.group(1) in tails and m.start() > s:
            out += [[s, m.start() - 1, lab], [m.start(), e, "PERSON"]]
        else:
            out.append([s, e, lab])
    return out


def particle_spans(text: str, ents: list[list], people: list[list] | None = None) -> list[list]:
    """Entities with each PERSON span that follows one or two surname particles outside any span stretched over them:
    capitalised ones always ("Van der Klugt" tagged "Klugt"), lower-case ones when a person of the article (`people`,
    else `ents`) is named with them ("de Vries" beside "Jan de Vries"; never "dos" + "Santos" beside the port); a
    one-word span right before lower-case particles ("Cor", tagged ORG, of "Cor van der Klugt") is the first name."""
    taken = [(s, e) for s, e, _ in ents]
    named = [text[s:e] for s, e, lab in (ents if people is None else people) if lab == "PERSON"]
    out: list[list] = []
    for s, e, lab in sorted(ents):
        m = PARTICLES_BEFORE.search(text, max(0, s - 12), s) if lab == "PERSON" and text[s : s + 1].isupper() else None
        evidence = m is not None and (text[m.start()].isupper() or any(n.endswith(" " + text[m.start() : e]) for n in named)
                                      or bool(out) and text[out[-1][1] : m.start()] == " ")  # "Cor" + "van der Klugt"
        if evidence and not any(a < s and m.start() < b for a, b in taken):
            s = m.start()
        first = out[-1] if out and lab == "PERSON" and text[s : s + 1].islower() else None
        if first and text[first[1] : s] == " " and re.fullmatch(r"[A-Z][a-z]+", text[first[0] : first[1]]):
            out[-1] = [first[0], e, "PERSON"]
        else:
            out.append([s, e, lab])
    return out


def bound_partners(text: str, ents: list[list]) -> tuple[list[list], set[tuple[int, int]]]:
    """(start, end) of ORG spans ending in a word right before " and " or " & " that the article never writes apart from
    the word after it, not after a comma (a list: "Ships, Trucks and Rail Corp"): the first partner of a company name
    the model cut at "and" ("Cable" of "Cable and Wireless Plc");
    with the entities, where a longer span ending so ("the U.K. Firm Cable") is cut to that word when the article
    also writes the pair with the word as its own span."""
    found, pairs = {}, set()
    for s, e, lab in ents:
        last = re.search(r"[A-Z][a-z][\w'-]*$", text[s:e]) if lab == "ORG" and not text[max(0, s - 2) : s] == ", " else None  # not a list
        m = re.match(r" (?:and|&) ([A-Z][\w'-]*)", text[e : e + 40]) if last else None
        if m and not written_apart(text, last.group(), m.group(1)):
            found[(s, e)] = e - len(last.group())
            pairs.update([(last.group(), m.group(1))] if found[(s, e)] == s else [])
    bound = {(s, e) for (s, e), at in found.items() if at == s or (text[at:e], text[e:].split()[1]) in pairs}
    out = [[found[(s, e)], e, lab] if (s, e) in bound else [s, e, lab] for s, e, lab in ents]
    return out, {(found[span], span[1]) for span in bound}


def written_apart(text: str, word: str, partner: str) -> bool:
    """True when `text` writes `word` as a whole word once without " and " or " & " and `partner` after it."""
    joined = (f" and {partner}", f" & {partner}")
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'-")) and not (end < len(text) and (text[end].isalnum() or text[end] in "_'-"))
        if whole and not any(text.startswith(j, end) and not text[end + len(j) : end + len(j) + 1].isalnum() for j in joined):
            return True
        at = text.find(word, at + 1)
    return False


def uncovered(ents: list[list], spans: set[tuple[int, int]]) -> list[list]:
    """Entities without those of `spans` that a longer entity now covers ("Cable" inside "Cable and Wireless Plc")."""
    return [ent for ent in ents if (ent[0], ent[1]) not in spans or not any(
        a <= ent[0] and ent[1] <= b and b - a > ent[1] - ent[0] for a, b, _ in ents)]


DOUBLED_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'-]*) (?:and|&) \1(?![\w-])")  # "Johnson and Johnson", "Johnson & Johnson"


def named_partners(text: str, ents: list[list]) -> list[list]:
    """Entities with a firm named after two partners, that the model cut at "and" or "&" into two names ("Pratt" + "Whitney",
    "Johnson" + "Johnson"), as one ORG: a listed one (`data/person_named_firms.txt`, with either joining word) or one
    surname twice, tagged a person or untagged; never where a tagged span runs past it ("Pratt and Whitney Canada
    Inc" stays whole)."""
    doubled = [(m.start(), m.end()) for m in DOUBLED_NAME.finditer(text)]
    found = [(fs, fe) for fs, fe in doubled if all(lab == "PERSON" for s, e, lab in ents if s < fe and fs < e)]  # not "has been
    # Rover and Rover has been Longbridge", the firm tagged twice
    found += [(m.start(), m.end()) for m in listed_partnerships().finditer(text)]
    for fs, fe in sorted(set(found)):
        inside = [ent for ent in ents if ent[0] < fe and fs < ent[1]]
        if all(fs <= s and e <= fe for s, e, _ in inside) and [[fs, fe, "ORG"]] != inside:
            ents = sorted([ent for ent in ents if ent not in inside] + [[fs, fe, "ORG"]])
    return ents


@lru_cache(maxsize=1)
def listed_partnerships() -> re.Pattern:
    """Regex of the curated firms named after two partners (`data/person_named_firms.txt`), joined by "and" or "&"."""
    pairs = [re.split(r" (?:and|&) ", f, maxsplit=1) for f in sorted(word_lists()["person_named_firms"]) if " and " in f or " & " in f]
    return re.compile(r"(?<![\w'’.-])(?:" + "|".join(rf"{re.escape(a)} (?:and|&) {re.escape(b)}" for a, b in pairs) + r")(?![\w-])")


ROMANCE_OF = r"(?:do|da|dos|das|de|del|della|di|du|des)"  # "of the" in Portuguese, Spanish, Italian and French firm names


@lru_cache(maxsize=1)
def romance_opening() -> re.Pattern:
    """Regex of a legal form or institution word written first (`data/leading_org_forms.txt`), up to three capitalised
    words and a Romance "of", ending right before a span ("Banco do ", "Banco Central do ")."""
    forms = "|".join(map(re.escape, sorted(word_lists()["leading_org_forms"], key=lambda x: (-len(x), x))))
    return re.compile(rf"(?<![\w'’.-])(?:{forms})(?: [A-Z][\w'-]*){{0,3}} {ROMANCE_OF} $")


def romance_firms(text: str, ents: list[list]) -> list[list]:
    """Entities with a name after a Romance "of" taken into the firm it ends, as one ORG: after a legal form or institution
    word written first ("Banco do" + "Brasil", tagged a person; "Banque de" + "France"), or after an ORG span and a
    Portuguese "do" or "da" ("GM" + " do " + "Brasil")."""
    out: list[list] = []
    for s, e, lab in sorted(ents):
        if lab not in ("PERSON", "GPE", "LOC", "NORP", "ORG") or not text[s : s + 1].isupper():
            out.append([s, e, lab])
            continue
        head = romance_opening().search(text, max(0, s - 60), s)
        if head and not any(a < head.start() < b for a, b, _ in out):  # no span runs into "Banco do" from before it
            out = [ent for ent in out if ent[1] <= head.start()] + [[head.start(), e, "ORG"]]
        elif out and out[-1][2] == "ORG" and re.fullmatch(r" d[oa]s? ", text[out[-1][1] : s]) and " " not in text[s:e]:
            out[-1] = [out[-1][0], e, "ORG"]  # "Volkswagen do Brasil"
        else:
            out.append([s, e, lab])
    return out

