"""Write a generated news corpus of any size: invented wire stories about talks, as scraped pages and JSONL exports.

Run: .venv/bin/python benchmarks/synthetic_news.py OUT_FOLDER --articles 100000
Every story is made from templates with a fixed seed (same arguments, same bytes): people named in
full and then by surname, organisations, places, outlets, publication dates over a year and
relative dates ("on Monday", "last month"). Plain-text pages carry scrape furniture (a navigation
line and an advertisement on every page) so the cleaner's corpus-level pass has work to do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

PEOPLE = [("Amara", "Okafor"), ("Lena", "Brandt"), ("Tomas", "Varga"), ("Mei", "Tanaka"), ("Rafael", "Ortiz"),
          ("Ingrid", "Holm"), ("Samir", "Haddad"), ("Clara", "Moreau"), ("Pavel", "Novak"), ("Ana", "Silva"),
          ("Kwame", "Mensah"), ("Yusuf", "Demir"), ("Elena", "Petrova"), ("David", "Cohen"), ("Hana", "Kim")]
ORGS = ["the United Nations", "the European Union", "NATO", "the African Union", "the Red Cross",
        "the World Bank", "the Arab League", "the International Atomic Energy Agency"]
PLACES = ["Geneva", "Doha", "Cairo", "Vienna", "Nairobi", "Oslo", "Ankara", "Seoul", "Brussels", "Amman"]
COUNTRIES = ["Israel", "Egypt", "Qatar", "Turkey", "Kenya", "Norway", "South Korea", "Jordan", "France", "Germany"]
OUTLETS = ["Daily Ledger", "Morning Wire", "Global Courier", "Harbour Times", "Evening Post"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "last month",
        "earlier this month", "next week", "on Oct. 7", "in March", "two days ago"]
SENTENCES = [
    "{p1} met {p2} in {place} {when} to discuss a ceasefire proposal backed by {org}.",
    "{s1} told reporters that {country} would not accept new conditions, according to two officials.",
    "Delegations from {country} and {country2} are expected to resume indirect talks {when}.",
    "A spokesperson for {org} said the humanitarian situation had worsened {when2}.",
    "{s2} said the agreement could be signed {when} if both sides honoured their commitments.",
    "Officials in {place} said {p1} had spoken by phone with leaders of {country2}.",
    "The talks, hosted by {country}, follow months of pressure from {org} and regional mediators.",
    "Analysts said {s1} faced growing criticism at home over the pace of the negotiations.",
]
FURNITURE = ["Home | World | Politics | Business | Opinion", "Advertisement", "Sign up for our newsletter"]


def story(rng: random.Random, day: dt.date) -> tuple[str, str, str]:
    """A headline, a body of four to eight sentences in paragraphs, and the outlet."""
    (f1, l1), (f2, l2) = rng.sample(PEOPLE, 2)
    c1, c2 = rng.sample(COUNTRIES, 2)
    fill = dict(p1=f"{f1} {l1}", p2=f"{f2} {l2}", s1=l1, s2=l2, place=rng.choice(PLACES), org=rng.choice(ORGS),
                country=c1, country2=c2, when=rng.choice(WHEN), when2=rng.choice(WHEN))
    picked = [SENTENCES[0]] + rng.sample(SENTENCES[1:], rng.randint(3, 7))
    sentences = [s.format(**fill) for s in picked]
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    place = fill["place"].upper()
    paragraphs[0] = f"{place} -- {paragraphs[0]}"
    title = f"{f1} {l1} and {f2} {l2} meet in {fill['place']} as {c1} weighs {rng.choice(['truce', 'deal', 'plan'])}"
    return title, "\n\n".join(paragraphs), rng.choice(OUTLETS)


def write_corpus(folder: str | Path, n_articles: int, *, seed: int = 0, page_share: float = 0.05,
                 rows_per_file: int = 1000) -> Path:
    """Write `n_articles` stories to `folder`: about `page_share` as scraped .txt pages, the rest as JSONL exports."""
    folder = Path(folder)
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    (folder / "exports").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    n_pages = int(n_articles * page_share)
    rows: list[dict] = []
    for i in range(n_articles):
        day = start + dt.timedelta(days=rng.randrange(366))
        title, body, outlet = story(rng, day)
        body = f"{body}\n\nStory {i}."  # every story distinct, so none is dropped as a duplicate
        if i < n_pages:
            page = [FURNITURE[0], "", title, "", f"{outlet} | {day:%B} {day.day}, {day.year}", "", body, "", FURNITURE[1], FURNITURE[2]]
            (folder / "pages" / f"page-{i:07d}.txt").write_text("\n".join(page) + "\n", encoding="utf-8")
        else:
            rows.append({"title": title, "text": body, "outlet": outlet, "date": day.isoformat()})
        if len(rows) == rows_per_file or (i == n_articles - 1 and rows):
            target = folder / "exports" / f"export-{i:07d}.jsonl"
            target.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
            rows = []
    return folder


def main() -> None:
    """Write a generated corpus of the requested size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(write_corpus(args.folder, args.articles, seed=args.seed))


if __name__ == "__main__":
    main()
