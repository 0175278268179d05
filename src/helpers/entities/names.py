"""Canonical names: fold the spellings of one actor ("U.S.", "the United States", "America") into one.

Rules, in the order they apply to a mention:
1. the user's alias file (`data/name_aliases.csv`) wins over everything automatic, except that a title keeps a person
   a person ("Ms Britain" is no United Kingdom);
2. the known-actor file (`data/known_actors.csv`) gives canonical names and fixed labels (a titled person's surname keeps
   its person there too); neither file takes a one-word name that spells its entry only with the space closed up
   ("Whitehouse" is a surname, not the White House);
3. automatic clean-up: possessives, a leading "the", person titles ("President", "Mr."),
   all-capital datelines ("JERUSALEM" -> "Jerusalem"); a person's full name spelt with other
   hyphens, spaces or capitals ("Lee Jae-myung", "Lee Jae Myung") takes its most common spelling;
4. within a corpus, a lone surname or family name ("Netanyahu", "Kim") becomes the full name it
   stands for, only among persons and only with evidence (see `merging`): the article names
   exactly one such person (titles such as Mrs or Sen. narrow the choice), or else the corpus does
   and the name has no other reading; first names alone never merge across articles; places and
   nationalities are never folded into a person; company short forms fold into the article's
   full company name.
Spans and labels are repaired before this (see `repair`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from helpers.entities import companies, context, merging, places, recover, royals, rows
from helpers.entities.companies import SPELLED_OUT
from helpers.entities.context import ADDRESS_BEFORE, word_lists
from helpers.text import data_lines, data_records

LABEL_ORDER = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT")
POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
DATELINE_AFTER = re.compile(r"(?:,[^.\n]{0,30}?)?(?:\s*\([^)\n]{0,20}\))?\s+(?:--?|[–—])(?:\s|$)")  # "LONDON, March 3 -", "PARIS (Reuters) --"
MERGE_COLUMNS = ["doc_id", "start_char", "text", "spacy_label", "before", "after"]  # the raw mention columns the merge reads
SHARED_COLUMNS = ["doc_id", "text", "spacy_label", "before", "after"]  # held as shared strings while merging


@dataclass(frozen=True)
class NameRules:
    """Curated name data: alias rules, known actors, person titles and the lists the merging rules use."""

    aliases: dict[str, tuple[str, str | None]]
    actors: dict[str, tuple[str, str, str]]  # fold key -> (canonical, label, kind)
    titles: tuple[str, ...]
    name_titles: tuple[str, ...] = ()
    female_titles: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()
    first_names: dict[str, str] = field(default_factory=dict)  # first name -> "m" | "f"
    org_suffixes: frozenset[str] = frozenset()
    team_words: frozenset[str] = frozenset()
    nicknames: dict[str, frozenset[str]] = field(default_factory=dict)  # short given name -> formal ones ("Bill" -> {"William"})
    sexes: dict[str, str] = field(default_factory=dict)  # given name -> "m" | "f", a wider list read only for a title's sex
    press_nicknames: dict[str, frozenset[str]] = field(default_factory=dict)  # "Freddie" -> {"Flintoff"}, within an article
    founder_firms: dict[str, frozenset[str]] = field(default_factory=dict)  # "Dell" -> {"Michael Dell"}: the firm, not him
    org_short_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Ofcom" -> ("Office of Communications",)
    either_sex: frozenset[str] = frozenset()  # given names of men and women alike ("Jamie", "Sam"): they never decide a title


def fold(name: str) -> str:
    """Comparison key of a name: lower case, without dots, spaces or hyphens ("U.S." == "US")."""
    return re.sub(r"[.\s\-‐–]", "", name.lower())


def _read_csv(name: str) -> pd.DataFrame:
    """Read an editable CSV of `data/`, every cell as text, blanks as ''."""
    return pd.DataFrame(data_records(name))


@lru_cache(maxsize=1)
def load_rules() -> NameRules:
    """Load the alias, actor and title files once per process."""
    aliases = {fold(r.alias): (r.canonical, r.label or None) for r in _read_csv("name_aliases.csv").itertuples()}
    actors = {fold(r.name): (r.canonical, r.label, r.kind) for r in _read_csv("known_actors.csv").itertuples()}
    titles = tuple(sorted(set(data_lines("person_titles.txt")), key=len, reverse=True))
    first = {r.name: r.sex for r in _read_csv("first_names.csv").itertuples()}
    given = _read_csv("given_name_sexes.csv")
    sexes = {r.name: r.sex for r in given.itertuples() if r.sex in ("m", "f")} | first
    nicknames: dict[str, set[str]] = defaultdict(set)
    for r in _read_csv("nicknames.csv").itertuples():
        nicknames[r.short].add(r.full)
    return NameRules(
        aliases, actors, titles, tuple(data_lines("name_titles.txt")), frozenset(data_lines("female_titles.txt")),
        frozenset(data_lines("male_titles.txt")), first, frozenset(w.rstrip(".") for w in data_lines("org_suffixes.txt")),
        frozenset(data_lines("team_words.txt")), {k: frozenset(v) for k, v in nicknames.items()}, sexes,
        recover.press_nicknames(), recover.founder_firms(),
        {r.short: tuple(r.long.split("|")) for r in _read_csv("org_short_forms.csv").itertuples()},
        frozenset(given.loc[given["sex"] == "u", "name"]) - set(first),
    )


def strip_titles(name: str, titles: tuple[str, ...]) -> str:
    """Remove person titles from the start of a name ("Prime Minister Benjamin Netanyahu"), never from a style they open
    ("Archbishop of Canterbury")."""
    changed = True
    while changed:
        changed = False
        for title in titles:
            if name.lower().startswith(title.lower() + " ") and len(name) > len(title) + 1 and not name.startswith("of ", len(title) + 1):
                name, changed = name[len(title) + 1 :].lstrip(), True
                break
    return name


def clean_name(text: str, label: str, rules: NameRules | None = None) -> str:
    """A mention's surface form without possessive, leading article or (for people) titles."""
    rules = rules or load_rules()
    name = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" \t\n,;:\"'()[]<>")
    name = POSSESSIVE.sub("", name).strip(" <>")  # "<Seiko Epson Corp>'s": the wire's bracket before a possessive
    name = re.sub(r"^(?:the|The|THE|an|a)\s+", "", name)  # "an International Finance Facility": a lower-case article opens no name
    if label == "PERSON":
        name = merging.NICKNAME.sub(" ", strip_titles(name, rules.titles))  # 'John "Bud" Frazier' -> "John Frazier"
        words = name.split()
        if len(words) > 2 and words[0] == "Lady" and words[1] in word_lists()["given_names"]:
            name = name[5:]  # "Lady Sylvia Hermon": a courtesy title before a given name, not a peer's style ("Lady Hermon")
    if name.endswith(".") and not re.search(r"\.\w+\.$|^\w\.$", name) and "." not in name[:-1]:
        name = name[:-1]
    return name or text.strip()


def possessive_names(mentions: pd.DataFrame) -> pd.Series:
    """Canonical names, keeping the possessive of a full name tagged ORG whose "'s" owns nothing ("Ronnie Scott's, the Soho
    club"): the club, shop or brand stays apart from its founder (`context.OWNS_NOTHING`)."""
    if "after" not in mentions:
        return mentions["canonical"]
    keep = [lab == "ORG" and t.endswith(("'s", "’s")) and isinstance(a, str) and context.named_possessive(c + "'s", a)
            for c, lab, t, a in zip(mentions["canonical"], mentions["label"], mentions["text"], mentions["after"])]
    if not any(keep):
        return mentions["canonical"]
    return pd.Series([c + "'s" if k else c for c, k in zip(mentions["canonical"], keep)], index=mentions.index)


def closed_up(name: str, key: str, rules: NameRules) -> bool:
    """True when a one-word name matches a curated name only by closing up its space ("Whitehouse" and "White House")."""
    if key != fold(name) or not re.fullmatch(r"[A-Z][a-z]+", name):
        return False  # "U.S.", "TfL", "Al-Qaeda": dots, capitals and hyphens are what folding is for
    curated = rules.aliases.get(key, rules.actors.get(key))
    return curated is not None and " " in curated[0] and fold(curated[0]) == key


def base_canonical(text: str, label: str, rules: NameRules | None = None) -> tuple[str, str]:
    """Canonical name and label of one mention before corpus-level merging: aliases, actors, clean-up."""
    rules = rules or load_rules()
    name = clean_name(text, label, rules)
    key = fold(name)
    titled = fold(clean_name(text, "", rules)) if label == "PERSON" else key
    key = titled if titled in rules.aliases else key  # a character known by title and surname: "Mr Darcy" is not Mark Darcy
    addressed = titled != key  # "Ms Britain": a title makes a person, never the place or firm its surname also names
    if closed_up(name, key, rules):
        return name, label  # "Whitehouse" (Paul Whitehouse) is not the "White House" it spells without its space
    if key in rules.aliases and not (addressed and rules.aliases[key][1] not in (None, "PERSON")):
        canonical, forced = rules.aliases[key]
        return canonical, forced or label
    if key in rules.actors and not (addressed and rules.actors[key][1] != "PERSON"):
        canonical, actor_label, _ = rules.actors[key]
        return canonical, actor_label
    return name, label


ORG_MAJORITY = 4  # a full name tagged ORG over four times as often as PERSON is an organisation ("Goodyear Tire")


def institution_end(name: str, rules: NameRules) -> bool:
    """True when a name's last word is an institution word or a company ending ("Norwich Union", "Kingfisher Group")."""
    last = name.split()[-1].rstrip(".")
    return last in word_lists()["org_words"] or last in rules.org_suffixes or last in rules.team_words


def given_opened(name: str) -> bool:
    """True when a name opens with an initial or holds a curated given name ("J. R. Ewing", "Tony Blair", "Virgin Mary"),
    as persons' names do and "Bordesley Green" or "Symphony Hall" do not."""
    words = name.split()
    return any(w in word_lists()["given_names"] for w in words) or re.fullmatch(r"(?:[A-Z]\.?){1,3}", words[0]) is not None


def told_orgs(uses: list[tuple[str, str]]) -> int:
    """How many of a name's uses tagged an organisation (surface, sentence) their own sentence calls one, read as if tagged
    a person ("Glasgow band Franz Ferdinand", "Vera Drake, Mike Leigh's drama"): what the context says outweighs the
    model's guesses elsewhere."""
    told = 0
    for text, sentence in uses:
        at = sentence.find(text)
        told += at >= 0 and context.context_label(sentence, at, at + len(text), "PERSON") != "PERSON"
    return told


def vote_labels(mentions: pd.DataFrame, rules: NameRules | None = None) -> pd.Series:
    """One label per canonical name: the curated one (also ORG for a club's spelling of two words or more, from
    `data/club_nicknames.csv`), ORG for a name opened by a legal form ("Banco Santander"), PERSON for people (unless
    mostly tagged a place, or more often tagged ORG and ending in an institution word or company ending: "Norwich
    Union"), else the majority
    (a one-word tie: not PERSON); a one-word mention labelled a place or nationality keeps that label rather than PERSON,
    and a one-word person of a team sheet ("Man Utd: Howard, ..., Keane, ...") stays a person whatever its namesakes are
    (the band Keane of other articles)."""
    rules = rules or load_rules()
    curated = {c: lab for c, lab, _ in rules.actors.values()}
    curated.update({c: lab for c, lab in rules.aliases.values() if lab})
    curated.update({s: "ORG" for clubs in context.club_nicknames().values() for club in clubs for s in club
                    if " " in s and s not in curated})  # "Aston Villa", "Crystal Palace": the clubs, never people
    names, labels = mentions["canonical"].tolist(), mentions["label"].tolist()
    shouted = mentions["shouted"].tolist() if "shouted" in mentions else [False] * len(names)
    heard: dict[str, Counter] = defaultdict(Counter)
    loud: dict[str, Counter] = defaultdict(Counter)
    for name, label, shout in zip(names, labels, shouted):
        (loud if shout else heard)[name][label] += 1
    org_uses: dict[str, list[tuple[str, str]]] = defaultdict(list)  # canonical -> (surface, sentence) of its uses tagged ORG
    for name, label, text, sentence in zip(names, labels, mentions["text"] if "text" in mentions else names,
                                           mentions["sentence_text"].fillna("") if "sentence_text" in mentions else [""] * len(names)):
        if label == "ORG" and " " in name and context.POSSESSIVE_END.sub("", text).removeprefix("the ").removeprefix("The ") == name:
            org_uses[name].append((text, sentence))  # the full name as written, not a short form folded into it
    rank = {lab: i for i, lab in enumerate(LABEL_ORDER)}
    place_rank = {**rank, "PERSON": len(LABEL_ORDER)}
    chosen: dict[str, str] = {}
    for name in set(names):
        counts = heard[name] or loud[name]  # a shouted spelling's label counts only when it is the only one
        if name in curated:
            chosen[name] = curated[name]
        elif " " in name and name.split()[0] in word_lists()["leading_org_forms"]:
            chosen[name] = "ORG"  # "Banco Santander", whose short form "Santander" the model calls a person
        elif (" " in name and counts["PERSON"] and counts["PERSON"] >= sum(counts[lab] for lab in merging.PLACE_LABELS)
              + (not given_opened(name))  # "Bordesley Green", "Symphony Hall": no given name opens them, a tie is the place
              and ORG_MAJORITY * counts["PERSON"] >= counts["ORG"]
              and not (counts["ORG"] > counts["PERSON"] and institution_end(name, rules))  # "Norwich Union": an insurer
              and not (counts["ORG"] and told_orgs(org_uses[name]) >= counts["PERSON"])):  # "Glasgow band Franz Ferdinand"
            chosen[name] = "PERSON"  # a person is often tagged ORG; a name mostly tagged a place stays one ("Hong Kong")
        else:
            order = place_rank if " " not in name or not given_opened(name) else rank  # a one-word name as often a place as a
            # person is the place, and so is a longer one that no given name opens
            chosen[name] = min(counts, key=lambda lab: (-counts[lab], order.get(lab, 99), lab))
    voted = places.keep_places(names, labels, [chosen[n] for n in names])  # a place never ends a person
    sentences = mentions["sentence_text"].tolist() if "sentence_text" in mentions else [""] * len(names)
    texts = mentions["text"].tolist() if "text" in mentions else names
    return pd.Series([label if label == "PERSON" and " " not in name and sheet_item(text, sentence or "") else v
                      for name, text, label, v, sentence in zip(names, texts, labels, voted, sentences)], index=mentions.index)


def sheet_item(text: str, sentence: str) -> bool:
    """True when `text` is one of the players a team sheet lists, not its team ("Man Utd: Howard, ..., Keane")."""
    team = merging.sheet_team(sentence)
    return team is not None and not team.endswith(text) and text in sentence[len(team):]


def is_shouted(text: str, rules: NameRules) -> bool:
    """True for an all-capital word that is not a known acronym ("JERUSALEM", "DOHA"; not "NATO")."""
    key = fold(text)
    return bool(re.fullmatch(r"[A-Z][A-Z'-]{2,}", text)) and key not in rules.aliases and key not in rules.actors


def fold_shouted(mentions: pd.DataFrame, rules: NameRules) -> pd.DataFrame:
    """Spell a shouted name like its ordinary twin in the corpus (not one its article spells out in brackets: an acronym); a shouted name
    opening an article before a dash ("LONDON, March 3 -") is its dateline place."""
    out = mentions.copy()
    shouted = pd.Series([is_shouted(t, rules) for t in out["text"]], index=out.index, dtype=bool)
    if not shouted.any():
        return out
    spoken = set(out.loc[~shouted, "canonical"])
    titled = out["text"].str.title()
    acronyms = {(d, m.group(1)) for d, a in zip(out["doc_id"], out.get("after", pd.Series("", index=out.index)).fillna(""))
                for m in [SPELLED_OUT.match(a)] if m}
    used = pd.Series([(d, t) in acronyms for d, t in zip(out["doc_id"], out["text"])], index=out.index, dtype=bool)
    twin = shouted & titled.isin(spoken) & ~used  # "LIFFE" that its article spells out in brackets is an acronym there, whatever its tag
    after = out["after"].fillna("") if "after" in out else pd.Series("", index=out.index)
    opening = pd.Series([DATELINE_AFTER.match(a) is not None for a in after], index=out.index, dtype=bool)
    dateline = shouted & (out["start_char"] <= 2) & opening if "start_char" in out else shouted & False  # not "JCB, the family firm"
    out.loc[twin | dateline, "canonical"] = titled[twin | dateline]
    out.loc[dateline, "label"] = "GPE"
    out["shouted"] = twin & ~dateline
    return out


def titled_characters(mentions: pd.DataFrame, rules: NameRules) -> pd.DataFrame:
    """Surnames tagged alone after Mr/Mrs/Ms/Miss/Dr whose titled form the curated aliases list as a name of its own
    ("Mr [[Darcy]]", the fictional character) take that name, which no rule merges further."""
    characters = {tuple(c.split()): (c, lab or "PERSON") for c, lab in rules.aliases.values() if merging.ADDRESSED_ONLY.fullmatch(c)}
    surnames = {words[1] for words in characters}
    if not surnames or "before" not in mentions:
        return mentions
    out = mentions.copy()
    for i in out.index[(out["label"] == "PERSON") & out["canonical"].isin(surnames)]:
        m = ADDRESS_BEFORE.search(out.at[i, "before"] or "")
        found = characters.get((m.group(1), out.at[i, "canonical"])) if m else None
        if found:
            out.at[i, "canonical"], out.at[i, "label"] = found
    return out


@lru_cache(maxsize=1)
def peer_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A peer's short title ("Lord Sainsbury") and one with a territorial designation ("Lord Sainsbury of Turville"),
    the peerages of `data/peer_titles.txt`."""
    titles = "|".join(map(re.escape, data_lines("peer_titles.txt")))
    return re.compile(rf"(?:{titles}) [A-Z][\w'-]+"), re.compile(rf"((?:{titles}) [A-Z][\w'-]+) of [A-Z][\w'-]+(?: [A-Z][\w'-]+)?")


def territorial_peers(mentions: pd.DataFrame) -> list[str]:
    """Canonical names with a peer's short title ("Lord Sainsbury") named after the one fuller title with a territorial
    designation ("Lord Sainsbury of Turville") that its article gives; not across articles, where readers (and our
    annotators) differ on whether the short title names the same peer."""
    names = mentions["canonical"].tolist()
    persons = mentions["label"].eq("PERSON").tolist()
    short, territorial = peer_patterns()
    fuller: dict[tuple[str, str], set[str]] = {}
    for doc, name, person in zip(mentions["doc_id"], names, persons):
        m = territorial.fullmatch(name) if person else None
        if m:
            fuller.setdefault((doc, m.group(1)), set()).add(name)
    if not fuller:
        return names
    out = []
    for doc, name, person in zip(mentions["doc_id"], names, persons):
        found = fuller.get((doc, name), set()) if person and short.fullmatch(name) else set()
        out.append(next(iter(found)) if len(found) == 1 else name)
    return out


def curated_namesakes(mentions: pd.DataFrame, rules: NameRules) -> list[str]:
    """Canonical names, a curated one-word person ("Trump" -> Donald Trump, `data/known_actors.csv`) given back to the
    merging in an article that names another person of that surname in full ("Dr Kate Trump ... Dr Trump said")."""
    canon = mentions["canonical"].tolist()
    curated = {key: c for key, (c, _, kind) in rules.actors.items() if kind == "person" and " " in c and " " not in key}
    if not curated:
        return canon
    texts, labels, docs = mentions["text"].tolist(), mentions["label"].tolist(), mentions["doc_id"].tolist()
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for d, c, lab in zip(docs, canon, labels):
        if lab == "PERSON" and " " in c:
            named[(d, fold(c.split()[-1]))].add(c)
    targets = set(curated.values())
    for i, (d, t, lab) in enumerate(zip(docs, texts, labels)):
        if lab != "PERSON" or canon[i] not in targets:  # most rows: no curated person at all
            continue
        own = clean_name(t, "PERSON", rules)
        if curated.get(fold(own)) == canon[i] and named.get((d, fold(own)), set()) - {canon[i]}:
            canon[i] = own
    return canon


def common_nouns(mentions: pd.DataFrame, known: set[str] = frozenset()) -> pd.Series:
    """True for the mentions of a one-word "person" the corpus only ever writes capitalised at a sentence's start and also
    writes in lower case ("Turnout rose to 61%", "Film critic Jo Pryce said", "Shoppers queued"): a common word the model
    read as a name, not a person. Never a given name, a word of a person's full name in the corpus or a curated person."""
    if "before" not in mentions or "sentence_text" not in mentions:
        return pd.Series(False, index=mentions.index)  # without the text around them no mention shows where it stands
    person = mentions["label"].eq("PERSON") & mentions["canonical"].eq(mentions["text"]) & mentions["text"].str.fullmatch(r"[A-Z][a-z]+")
    if not person.any():
        return pd.Series(False, index=mentions.index)
    opening = mentions["before"].fillna("").str.contains(context.SENTENCE_START)
    full = mentions.loc[mentions["label"].eq("PERSON") & mentions["canonical"].str.contains(" ", regex=False), "canonical"]
    named = {w for name in full.unique() for w in name.split()} | known | word_lists()["given_names"]
    only_opening = (opening | ~person).groupby(mentions["canonical"]).transform("all")
    words = set(mentions.loc[person & only_opening, "text"]) - named
    if not words:
        return pd.Series(False, index=mentions.index)
    lowered = re.compile(r"\b(" + "|".join(sorted(re.escape(w.lower()) for w in words)) + r")\b")
    written = {m for sentence in mentions["sentence_text"].drop_duplicates() for m in lowered.findall(sentence)}
    return person & only_opening & mentions["text"].str.lower().isin(written)


def canonicalise(mentions: pd.DataFrame, dates: dict[str, str] | None = None) -> pd.DataFrame:
    """Add `canonical` and corrected `label` to raw mentions (`doc_id`, `text`, `spacy_label`); drop ignored names.
    `dates` (article -> ISO day) tells which holder a royal style of several holders means."""
    rules = load_rules()
    ignored = {key for key, (_, _, kind) in rules.actors.items() if kind == "ignore"}
    out = rows.compact(mentions, SHARED_COLUMNS)  # a million mentions hold far fewer distinct strings: one object each
    pairs = list(zip(out["text"], out["spacy_label"]))
    once = {pair: (fold(clean_name(*pair, rules)) not in ignored, base_canonical(*pair, rules)) for pair in set(pairs)}
    out = out.loc[pd.Series([once[p][0] for p in pairs], index=out.index, dtype=bool)].copy()
    base = [once[p][1] for p in pairs if once[p][0]]
    del pairs, once
    out["canonical"] = [c for c, _ in base]
    out["label"] = [lab for _, lab in base]
    del base
    out["canonical"] = curated_namesakes(out, rules)
    out["canonical"] = possessive_names(out)
    if out.empty:
        return out.astype({c: mentions[c].dtype for c in SHARED_COLUMNS if c in out})
    out = titled_characters(fold_shouted(out, rules), rules)
    known = {c for c, _, kind in rules.actors.values() if kind == "person"}
    protected = {c for c, _, kind in rules.actors.values() if kind != "person"} | {c for c, _ in rules.aliases.values()}
    labels = merging.person_like_orgs(out).mask(merging.introduced_firms(out), "ORG")
    labels = labels.mask(out["canonical"].isin(merging.alias_orgs(rules)), out["label"])  # "William Hill" beside "Hill" tagged PERSON: the
    # curated bookmaker stays one, as the alias file wins over every automatic rule
    turned = (labels == "PERSON") & (out["label"] != "PERSON")
    if turned.any():  # "Councillor Jim Steel" tagged ORG keeps its title only while it is an organisation
        out.loc[turned, "canonical"] = [base_canonical(t, "PERSON", rules)[0] for t in out.loc[turned, "text"]]
    out["label"] = labels
    out["canonical"] = merging.one_spelling(out, protected, fold)
    out["canonical"], out["label"] = merging.merge_people(out, rules, protected, known)
    out["canonical"], out["label"] = merging.merge_companies(out, rules, protected)
    out["canonical"], out["label"] = companies.short_forms(out, rules, protected)
    out["canonical"] = places.town_short_forms(out)
    out["canonical"] = royals.styled_names(out, dates)
    out["canonical"] = territorial_peers(out)
    out["label"] = vote_labels(out, rules)
    out = out.loc[~common_nouns(out, known)]
    out = out.drop(columns=["shouted", "before", "after"], errors="ignore")
    return out.astype({c: mentions[c].dtype for c in SHARED_COLUMNS if c in out})
