"""Namesakes told apart: in one article by what a lone name refers back to, across articles by the company they keep.

In one article (`antecedents`), a lone name takes the namesake already named before it, as a reader takes it; of several,
an untitled surname takes the lead, the one named most often so far (the writer names the lesser namesake in full). A
titled name that attributes a quote ('"It's Amir's decision," Mr Khan said') takes the namesake named last outside
quotation marks (`quoted`): a name inside the quote is whom the speaker talks about, not the speaker.

A lone titled surname with namesakes only in other articles ("Mr Brown": Gordon, Nick or Wes Brown) takes the one that
other articles, naming him in full, call by a title of the same sex, when it clearly leads (`titled_choice`): footballers
are seldom "Mr", politicians often; one such article is enough when every other namesake is only ever a bare surname.

A knight or dame is called by the first name (`knight`): "Sir Alex" is the one person named Alex whom the article, else
the corpus, calls Sir (Alex Ferguson), else the article's one person named Alex, else the corpus's ("Sir Bob" where only
another article names Bob Geldof, and never with the title).

Across articles, a lone surname with several full-name candidates elsewhere in the corpus ("Brown": Gordon Brown the Chancellor,
Wes Brown the defender) is read as a reader would: the candidate whose own articles name the same organisations,
places and people as this article ("Treasury", "Labour" against "Manchester United", "Old Trafford"). Shared names
are weighted by rarity (inverse document frequency), so "BBC" or "UK" count for little. A candidate is picked only
when its evidence is clear: `MIN_SHARED` names or more, weighing at least `MIN_EVIDENCE` and `MARGIN` times the
runner-up's. Only a candidate's articles that name no rival count (an article naming both Gordon and Nick Brown says
nothing about a lone "Brown"). Contexts are read from at most `SAMPLE` articles per candidate (the first by article
id), so a person named in 50,000 articles costs no more than one named in 200.

The same contexts veto a lone untitled surname's only candidate from other articles when the two share nothing: an
article naming `MIN_HELD` or more organisations, places or people, none of which the candidate's articles name, is
about something else (the band "Keane" at the Brit Awards is not Roy Keane of the sport pages).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

MIN_EVIDENCE, MIN_SHARED = 5.0, 2  # at least two shared names, one of them rare (6.0 missed "Terry Griffiths" + "BBC" in 60 articles)
MIN_HELD = 5  # an article naming this many others, none of them in a person's articles, is about something else
COMMON_SHARE, COMMON_DOCS = 0.05, 50  # a name held by this share of the articles, and this many, is too common to tie an
# article to a person's (in a site's sixty stories "Liverpool" still ties a lone "Gerrard" to Steven Gerrard)
MARGIN = 2.0
SAMPLE = 200
MIN_CLOSENESS = 1.0  # `other_reading`: one rare name (weight about 5) held by one article in five of the other reading's
TITLED_ARTICLES, TITLED_RATIO = 2, 3  # "Mr Brown" elsewhere: the namesake other articles' "Mr Brown" went to, clearly most often


KNIGHTED = re.compile(r"\b(?:Sir|Dame)\s+$")  # "Sir Philip": a knight is called by the first name


def called_sir(before: str, text: str) -> bool:
    """True when a mention is written right after Sir or Dame, or opens with it."""
    return KNIGHTED.search(before[-6:]) is not None or text.startswith(("Sir ", "Dame "))


def knight(first: str, in_article: list[str], knighted: set[str], in_corpus: Iterable[str] = (), before: Iterable[str] = ()) -> str | None:
    """The person "Sir/Dame <first>" is the one full name with that first name among: the article's people titled Sir or
    Dame, else the article's people just named before it (`before`: "founded by Alan Sugar ... Sir Alan said", not the
    corpus's Sir Alan Budd), else the corpus's people titled so, else the article's people ("Sir Alex" before "Exeter
    manager Alex Inglethorpe" is still Sir Alex Ferguson), else the corpus's people ("Sir Bob" where only another article
    names Bob Geldof); None when the first pool holding the name holds several."""
    earlier = set(before)
    for pool in ([f for f in in_article if f in knighted], [f for f in in_article if f in earlier], knighted, in_article, in_corpus):
        found = sorted({f for f in pool if f.split()[0] == first})
        if found:
            return found[0] if len(found) == 1 else None
    return None


def titled_choice(people: list[str], sex: str, sexed: dict[tuple[str, str], str]) -> str | None:
    """The namesake other articles call by the same kind of title ("Mr Brown" in `TITLED_ARTICLES` or more articles that
    name Gordon Brown, against `TITLED_RATIO` times fewer for every other Brown), or in one article when no other
    namesake is ever called by a title (Wes and Jon Brown, a footballer and a runner, are "Brown"; Nick Brown is named in
    full once), else None."""
    counts = Counter(person for (_, person), s in sexed.items() if s == sex and person in people)
    ranked = sorted(people, key=lambda c: (-counts[c], c))
    top, runner_up = counts[ranked[0]], counts[ranked[1]] if len(ranked) > 1 else 0
    titled = {person for _, person in sexed}
    if top >= 1 and runner_up == 0 and all(c not in titled for c in ranked[1:]):
        return ranked[0]
    return ranked[0] if top >= TITLED_ARTICLES and top >= TITLED_RATIO * runner_up else None


class Company:
    """The names each article holds, and each candidate's context, built once per corpus and on demand."""

    def __init__(self, docs: list[str], names: list[str], labels: list[str], named_in: dict[str, set[str]]) -> None:
        self.held: dict[str, set[str]] = defaultdict(set)
        for doc, name, label in zip(docs, names, labels):
            if label != "PERSON" or " " in name:  # a lone surname is what is being resolved: no evidence
                self.held[doc].add(name)
        df = Counter(name for held in self.held.values() for name in held)
        n = max(len(self.held), 1)
        self.weight = {name: math.log(n / k) for name, k in df.items()}
        self.named_in = named_in
        self.contexts: dict[tuple[str, tuple[str, ...]], Counter] = {}
        self.holding: dict[str, set[str]] | None = None  # name -> articles holding it, built on demand
        self.groups: dict[tuple[str, str], tuple] = {}  # (word, person) -> (articles, count, names held) of each reading, `other_reading`

    def context(self, person: str, rivals: tuple[str, ...]) -> Counter:
        """How many of the person's articles (at most SAMPLE) that name none of `rivals` hold each name: an article
        naming both Gordon and Nick Brown tells nothing about which of them a lone "Brown" is."""
        key = (person, rivals)
        if key not in self.contexts:
            others = set().union(*(self.named_in.get(r, set()) for r in rivals)) if rivals else set()
            docs = sorted(self.named_in.get(person, set()) - others)[:SAMPLE]
            self.contexts[key] = Counter(name for doc in docs for name in self.held.get(doc, ()) if name != person)
        return self.contexts[key]

    def evidence(self, person: str, doc: str, rivals: tuple[str, ...] = ()) -> float:
        """The rarity-weighted names that `doc` shares with the person's own articles (those naming no rival); 0 unless
        it shares at least MIN_SHARED names (one shared "Federal Reserve Board" is chance in a wire corpus)."""
        context = self.context(person, rivals)
        shared = [self.weight[name] for name in self.held.get(doc, ()) if name in context and name != person]
        return sum(shared) if len(shared) >= MIN_SHARED else 0.0

    def related(self, person: str, doc: str) -> bool:
        """False when `doc` names MIN_HELD or more other things and the person's articles name none of them but names too
        common to tell (`COMMON_SHARE` of the articles and `COMMON_DOCS` at least): the lone "Keane" of a story about the
        Brit Awards is not the footballer of the sport pages, nor the "Bach" of a concert review that shares only "BBC"
        and "London" with Robbie Bach of Microsoft."""
        held = self.held.get(doc, set()) - {person}
        common = math.log(len(self.held) / max(COMMON_SHARE * len(self.held), COMMON_DOCS))  # "BBC", "London" tie nothing
        return len(held) < MIN_HELD or any(name in self.context(person, ()) and self.weight[name] > common for name in held)

    def other_reading(self, word: str, person: str, doc: str, read_as_person: set[str] = frozenset()) -> bool:
        """True when `doc` is clearly closer to the other articles that hold `word` as no person (the band "Keane", tagged ORG
        in other reports of the Brit Awards) than to the person's own articles: closeness is the rarity-weighted share of
        each group's articles holding each name of `doc`, so a person named in many articles gains nothing from their number.
        Articles in `read_as_person` (where the word was resolved to a person: "Geldof" tagged ORG beside Live Aid) do not count."""
        if self.holding is None:
            self.holding = defaultdict(set)
            for d, held in self.held.items():
                for name in held:
                    self.holding[name].add(d)
        key = (word, person)
        if key not in self.groups:  # each group's names counted once per pair, whatever article asks
            named = self.named_in.get(person, set())
            others = sorted(self.holding.get(word, set()) - named - read_as_person)[:SAMPLE]
            own = sorted(named - self.holding.get(word, set()))[:SAMPLE]
            self.groups[key] = tuple((set(docs), len(docs), Counter(n for d in docs for n in self.held.get(d, ()) if n not in key))
                                     for docs in (others, own))
        (other_docs, n_other, _), _ = self.groups[key]
        if n_other - (doc in other_docs) < MIN_SHARED:
            return False
        other, mine = (self.closeness(group, doc, key) for group in self.groups[key])
        return other >= MIN_CLOSENESS and other > MARGIN * mine

    def closeness(self, group: tuple[set[str], int, Counter], doc: str, skip: tuple[str, ...]) -> float:
        """The rarity-weighted share of a group's articles (but `doc`) holding each name `doc` holds (but `skip`)."""
        docs, n, counts = group
        own = doc in docs  # the article itself never counts as its own evidence
        if n - own <= 0:
            return 0.0
        return sum(self.weight[name] * (counts[name] - own) for name in self.held.get(doc, ()) if name not in skip and counts[name] > own) / (n - own)

    def pick(self, cands: list[str], doc: str) -> list[str]:
        """The one candidate `doc` clearly shares the most names with, else all."""
        if len(cands) < 2:
            return cands
        scored = sorted(((self.evidence(c, doc, tuple(sorted(set(cands) - {c}))), c) for c in cands), key=lambda sc: (-sc[0], sc[1]))
        (best, top), (second, _) = scored[0], scored[1]
        return [top] if best >= MIN_EVIDENCE and best >= MARGIN * second else cands


OPENERS = "“"
QUOTE_MARK = re.compile(r'["“”]')
ATTRIBUTED = re.compile(r'[,.?!…]?["”]\s*(?:\w+\s+){0,2}$')  # '...support him," Mr ': a title right after a closing quote


def opens(sentence: str, at: int) -> bool:
    """Whether the quotation mark at `at` opens a quote: a curly opener, or a straight one at the start or after a space."""
    mark = sentence[at]
    return mark in OPENERS or mark == '"' and (at == 0 or sentence[at - 1] in " \t\n([—–-")


def mention_start(sentence: str, before: str, text: str) -> int:
    """Where a mention (its `text`, the `before` text leading to it) starts in its sentence, -1 when the sentence does not
    show it."""
    tail = before[-25:] + text
    at = sentence.find(tail)
    return at + len(tail) - len(text) if at >= 0 else -1


def quoted(sentence: str, before: str, text: str) -> bool:
    """Whether a mention (its `text`, the `before` text leading to it) stands inside double quotation marks of its sentence:
    the last mark before it opens a quote, or none is before it and the first after it closes one."""
    at = mention_start(sentence, before, text)
    at = at if at >= 0 else sentence.find(text)
    if at < 0:
        return False
    marks = [m.start() for m in QUOTE_MARK.finditer(sentence)]
    earlier = [k for k in marks if k < at]
    if earlier:
        return opens(sentence, earlier[-1])
    later = [k for k in marks if k >= at + len(text)]
    return bool(later) and not opens(sentence, later[0])


def antecedents(cands: list[str], first_at: dict[str, int], last_at: dict[str, int], uses: dict[str, int], at: int,
                bare: set[str] | None, lead: bool = False, sentence: dict[str, int] | None = None) -> list[str]:
    """Of several same-surname people in an article, the one a lone name at row `at` refers back to: the only one
    named before it ("Mr Clarke" after Charles Clarke, before Kenneth Clarke); for an untitled name the one the
    article's earlier untitled uses went to ("Murray" after Judy Murray is named, still Andrew Murray); after Mr/Mrs/Ms
    (`bare` None) the one named last ("Mr Campbell" right after Alastair Campbell, not Sir Menzies); else, when `lead`
    (an untitled name), the lead: the one named most often so far, the first named on a tie ("Minogue" after Kylie
    Minogue and her sister Dannii is Kylie: the writer names the lesser namesake in full), but no one when the tied were
    first named in one sentence (`sentence`: where each was first named); else all."""
    named = [c for c in cands if first_at[c] < at]
    if len(named) == 1:
        return named
    if bare is None:
        latest = sorted(named, key=lambda c: -last_at[c])
        return latest[:1] if len(latest) > 1 and last_at[latest[0]] > last_at[latest[1]] else cands
    earlier = [c for c in named if c in bare]
    if len(earlier) == 1:
        return earlier
    if lead and len(named) > 1:  # the article's lead namesake: most often named so far, else the first named
        ranked = sorted(named, key=lambda c: (-uses[c], first_at[c]))
        tied = [c for c in ranked if uses[c] == uses[ranked[0]]]
        if len({(sentence or {}).get(c) for c in tied}) == len(tied):  # unknown sentences count as one  # "Jake and Lewis Ashworth both scored": no lead
            return ranked[:1]
    return cands
