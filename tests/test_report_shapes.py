"""Reports on corpora of other shapes: every finding is computed from that corpus, and views stay bounded.

Corpora are generated here: 300 undated articles (JSONL), 3,000 dated headline rows (TSV) and a few
HTML pages. The bundled corpus's commentary (cells tagged `bundled-only`) must not appear in them, the
numbers the prose states must equal the tables written, each chart keeps at most 40 labels per axis,
and no progress bar reaches a report.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from conftest import NOTEBOOKS
from helpers.report import render as reports

pytestmark = pytest.mark.slow

PEOPLE = ["Amara Okafor", "Lena Fischer", "Tomas Rivera", "Yuki Sato", "Omar Haddad", "Priya Nair", "Jonas Berg"]
PLACES = ["Nairobi", "Lisbon", "Jakarta", "Montreal", "Accra", "Tbilisi", "Manila", "Quito"]
ORGS = ["the World Health Organization", "the European Union", "the African Union", "Amnesty International"]
OUTLETS = [f"Outlet {chr(65 + i)}" for i in range(30)]  # more outlets than a chart may label
VERBS = ["met", "criticised", "praised", "called", "visited", "warned"]


def sentence(rng: random.Random) -> str:
    """One generated news sentence naming a person, a place and an organisation."""
    return (f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} officials of {rng.choice(ORGS)} in {rng.choice(PLACES)} "
            f"about {rng.choice(['water', 'trade', 'elections', 'refugees', 'vaccines'])} and the talks ahead.")


def undated_articles(folder: Path, n: int = 300) -> Path:
    """`n` generated articles with titles and outlets but no dates, as one JSONL export."""
    rng = random.Random(1)
    folder.mkdir(parents=True)
    with open(folder / "export.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            text = "\n\n".join(" ".join(sentence(rng) for _ in range(3)) for _ in range(3))
            fh.write(json.dumps({"title": f"Story {i}", "text": text, "source": rng.choice(OUTLETS)}) + "\n")
    return folder


def dated_headlines(folder: Path, n: int = 3000) -> Path:
    """`n` dated headline rows over two years from thirty outlets, as one TSV."""
    rng = random.Random(2)
    folder.mkdir(parents=True)
    start = pd.Timestamp("2022-01-03")
    rows = ["title\tdate\toutlet\ttext"]
    for i in range(n):
        day = start + pd.Timedelta(days=rng.randrange(730))
        head = sentence(rng).rstrip(".")
        rows.append(f"Headline {i}\t{day:%Y-%m-%d}\t{rng.choice(OUTLETS)}\t{head} on Monday, officials said last week.")
    (folder / "headlines.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def html_pages(folder: Path, n: int = 4) -> Path:
    """A few HTML article pages with navigation around the body."""
    rng = random.Random(3)
    folder.mkdir(parents=True)
    for i in range(n):
        body = "".join(f"<p>{' '.join(sentence(rng) for _ in range(3))}</p>" for _ in range(4))
        (folder / f"page{i}.html").write_text(
            f"<html><head><title>Report {i}</title><meta property='article:published_time' content='2024-03-0{i + 1}'>"
            f"</head><body><nav>Home | World | Sport</nav><article><h1>Report {i}</h1>{body}</article>"
            f"<footer>Copyright Outlet</footer></body></html>", encoding="utf-8")
    return folder


SHAPES = {"undated-300": undated_articles, "headlines-3000": dated_headlines, "html-pages": html_pages}


@pytest.fixture(scope="module", params=sorted(SHAPES))
def built(request, tmp_path_factory) -> tuple[str, Path]:
    """Build every report on one generated corpus; return its shape and the output folder."""
    root = tmp_path_factory.mktemp(request.param)
    corpus = SHAPES[request.param](root / "corpus")
    out = root / "out"
    done = reports.build(NOTEBOOKS, corpus, out)
    assert [(r.notebook, r.error) for r in done if not r.ok] == []
    return request.param, out


def bundled_only_sentences() -> list[str]:
    """The opening words of every commentary cell that only the bundled corpus deserves."""
    found = []
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if "bundled-only" in cell.metadata.get("tags", []):
                text = re.sub(r"[*_`]", "", " ".join(cell.source.split()))
                found.append(text.replace("On the bundled example corpus: ", "")[:60])
    return found


def shown(executed: Path) -> str:
    """Every text and markdown output of an executed notebook, joined."""
    parts = []
    for cell in nbformat.read(executed, as_version=4).cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", "") if isinstance(out.get("text", ""), str) else "")
            data = out.get("data", {})
            parts.append(data.get("text/markdown", "") + data.get("text/plain", ""))
    return "\n".join(parts)


def number_after(text: str, pattern: str) -> int:
    """The integer (with thousands separators) captured by `pattern` in `text`."""
    m = re.search(pattern, text)
    assert m, f"no match for {pattern!r}"
    return int(m.group(1).replace(",", ""))


def test_no_bundled_commentary_reaches_another_corpus(built) -> None:
    _, out = built
    sentences = bundled_only_sentences()
    assert sentences, "the notebooks should keep their bundled-corpus commentary in tagged cells"
    for page in out.glob("*.html"):
        text = " ".join(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")).split())
        assert not [s for s in sentences if s in text], page.name


def test_stated_numbers_equal_the_tables(built) -> None:
    _, out = built
    tables = out / "processed"
    articles = pd.read_parquet(tables / "articles.parquet")
    one = shown(out / "executed" / "01-load-and-clean.ipynb")
    assert number_after(one, r"([\d,]+) article\(s\) from") == len(articles)
    mentions = pd.read_parquet(tables / "mentions.parquet")
    two = shown(out / "executed" / "02-extract-entities.ipynb")
    assert number_after(two, r"([\d,]+) mentions of") == len(mentions)
    assert number_after(two, r"mentions of ([\d,]+) entities") == len(pd.read_parquet(tables / "entities.parquet"))
    dates = pd.read_parquet(tables / "date_mentions.parquet")
    four = shown(out / "executed" / "04-plot-timelines.ipynb")
    if len(dates):
        assert number_after(four, r"([\d,]+) date expressions in") == len(dates)
    dated = int(articles["published"].notna().sum())
    if dated:
        assert number_after(four, r"([\d,]+) of [\d,]+ articles have a publication date") == dated
    else:
        assert "has a publication date, so coverage over time cannot be drawn" in four


def test_every_chart_keeps_at_most_forty_labels_per_axis(built) -> None:
    _, out = built
    figures = out / "figures"
    axes = {"fig-02-mentions-by-outlet": "outlet", "fig-04-actors-over-time": "published",
            "fig-04-coverage-over-time": "period_start"}
    for name, column in axes.items():
        if (figures / f"{name}.csv").exists():
            data = pd.read_csv(figures / f"{name}.csv")
            if column in data:
                assert data[column].nunique() <= 40, name
    spread = figures / "fig-02-mentions-over-corpus.csv"
    if spread.exists():
        data = pd.read_csv(spread)
        assert data.iloc[:, 1].nunique() <= 40 and data["canonical"].nunique() <= 40
    for csv in figures.glob("fig-02-mentions-*.csv"):
        assert pd.read_csv(csv)["canonical"].nunique() <= 40, csv.name


def test_no_progress_bar_reaches_a_report(built) -> None:
    _, out = built
    for executed in (out / "executed").glob("*.ipynb"):
        streams = [o.get("text", "") for c in nbformat.read(executed, as_version=4).cells
                   for o in c.get("outputs", []) if o.get("output_type") == "stream"]
        assert not [s for s in streams if "it/s" in s or "%|" in s], executed.name
