"""Open every HTML report in headless Chromium, as a reader would, and check that it is complete."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import IN_CI, NOTEBOOKS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync", "--disable-quic",
]

if not CHROMIUM and not IN_CI:
    pytest.skip("headless Chromium is not installed (apt-get install chromium); CI installs it", allow_module_level=True)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "Chromium must be installed in CI (.ci/run installs it)"
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield chromium
        chromium.close()


def open_page(browser, page_path: Path, screenshot: Path) -> dict:
    """Load `page_path` from disk; return failed requests, console errors and undecoded images."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    failed: list[str] = []
    errors: list[str] = []
    page.on("requestfailed", lambda req: failed.append(req.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(page_path.as_uri(), wait_until="load")
    images = page.evaluate(
        "Array.from(document.images).map(i => ({src: i.src.slice(0, 40), ok: i.complete && i.naturalWidth > 0}))"
    )
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    return {"failed": failed, "errors": errors, "images": images}


def test_index_links_every_report_and_links_resolve(bundled_reports: Path, browser) -> None:
    index = bundled_reports / "index.html"
    parser = _Links()
    parser.feed(index.read_text(encoding="utf-8"))
    assert parser.hrefs == [f"{nb.stem}.html" for nb in NOTEBOOKS]
    assert all((bundled_reports / href).is_file() for href in parser.hrefs)
    result = open_page(browser, index, bundled_reports / "screenshots" / "index.png")
    assert result["failed"] == [] and result["errors"] == []


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_report_loads_offline_with_every_figure(bundled_reports: Path, browser, notebook: Path) -> None:
    page = bundled_reports / f"{notebook.stem}.html"
    result = open_page(browser, page, bundled_reports / "screenshots" / f"{notebook.stem}.png")
    assert result["failed"] == [], f"network requests failed: {result['failed']}"
    assert result["errors"] == [], f"console errors: {result['errors']}"
    assert result["images"], "a report without a single figure"
    assert all(img["ok"] for img in result["images"]), f"undecoded images: {result['images']}"
