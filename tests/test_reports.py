"""Report rendering: self-contained pages, a table of contents, untrusted text never executable."""

from html.parser import HTMLParser

import nbformat
import pytest

from helpers.report import render as reports


class _Markup(HTMLParser):
    """Collect what could execute in a page: script tags, on* handlers, javascript: URLs, external loads."""

    def __init__(self) -> None:
        super().__init__()
        self.dangers: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "iframe", "object", "embed"}:
            self.dangers.append(f"<{tag}>")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.lower().startswith("on"):
                self.dangers.append(f"{tag}[{name}]")
            if value.startswith("javascript:"):
                self.dangers.append(f"{tag}[{name}=javascript:]")
            if name in {"src", "href"} and value.startswith(("http:", "https:", "//")) and tag != "a":
                self.external.append(value)


def dangers_in(page: str) -> tuple[list[str], list[str]]:
    """Return (executable markup, external resources) found in an HTML page."""
    parser = _Markup()
    parser.feed(page)
    return parser.dangers, parser.external


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)><a href='javascript:alert(3)'>x</a>"


def _notebook_with_hostile_outputs() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 99 · Hostile\n\nA page whose outputs carry untrusted article text.\n"),
        nbformat.v4.new_markdown_cell("## What did the scraper keep?"),
        nbformat.v4.new_code_cell(
            "x",
            outputs=[
                nbformat.v4.new_output("display_data", data={"text/html": HOSTILE, "text/plain": HOSTILE}),
                nbformat.v4.new_output("stream", name="stdout", text=HOSTILE),
                nbformat.v4.new_output("execute_result", data={"text/markdown": HOSTILE}, execution_count=1),
            ],
        ),
        nbformat.v4.new_markdown_cell("### And then?\n\nMarkdown cells are written by us; outputs carry corpus text."),
    ]
    return nb


def test_untrusted_outputs_are_not_executable() -> None:
    page = reports.render_html(_notebook_with_hostile_outputs())
    dangers, external = dangers_in(page)
    assert dangers == [] and external == []
    assert "alert(1)" in page, "the text itself is kept, as inert text"


def test_report_has_no_cdn_scripts_and_forbids_scripts() -> None:
    page = reports.render_html(_notebook_with_hostile_outputs())
    assert "cdnjs" not in page and "require.min.js" not in page
    assert "Content-Security-Policy" in page


def test_table_of_contents_links_headings() -> None:
    page = reports.render_html(_notebook_with_hostile_outputs())
    assert '<nav class="report-toc">' in page
    assert 'href="#What-did-the-scraper-keep?"' in page
    assert page.index("report-toc") < page.index('id="What-did-the-scraper-keep?"')


def test_describe_takes_title_and_first_sentence() -> None:
    title, summary = reports.describe(_notebook_with_hostile_outputs())
    assert title == "99 · Hostile"
    assert summary.startswith("A page whose outputs")


def test_parameters_are_injected_after_the_tagged_cell() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import x"), nbformat.v4.new_code_cell("CORPUS = 1", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print(CORPUS)")]
    reports.inject_parameters(nb, {"CORPUS": "/tmp/a b"})
    assert nb.cells[2].source.endswith('CORPUS = "/tmp/a b"\n')
    assert nb.cells[3].source == "print(CORPUS)"


def test_index_escapes_titles_and_lists_corpus() -> None:
    items = [reports.Report("01-a-b.ipynb", "01-a-b.html", "<b>T</b>", "s", ok=True),
             reports.Report("02-a-b.ipynb", "02-a-b.html", "U", "s2", ok=False, error="boom")]
    page = reports.render_index(items, {"path": "data/raw", "articles": "8", "dates": "2018-09-11 to 2025-07-11"})
    assert "&lt;b&gt;T&lt;/b&gt;" in page and "stopped early: boom" in page
    assert page.index("01-a-b.html") < page.index("02-a-b.html")
    assert "2018-09-11 to 2025-07-11" in page


def test_missing_corpus_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="corpus not found"):
        reports.build([], tmp_path / "nope", tmp_path / "out")


def test_missing_notebook_is_a_clear_error_before_any_work(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with pytest.raises(FileNotFoundError, match="notebook.*not found: .*01_typo"):
        reports.build([tmp_path / "01_typo"], corpus, tmp_path / "out")
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.build-*"))
