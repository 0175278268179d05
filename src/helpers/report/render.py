"""Execute notebooks: refresh their stored outputs in place, or render them as HTML reports.

Usage (the Makefile calls both):
  python -m helpers.report refresh NB...
  python -m helpers.report build --corpus DIR --out DIR NB...
"""

from __future__ import annotations

import argparse
import fcntl
import html
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter
from nbconvert.preprocessors.sanitize import SanitizeHTML
from tqdm import tqdm

from helpers import progress, storage
from helpers.config import paths
from helpers.report import prepare
from helpers.scale.engine import ENV_SCHEDULER, LOCAL

if TYPE_CHECKING:
    import pandas as pd

KERNEL = "python3"
PARSING_CALLS = ("extract_entities", "extract_quotes", "quotes_with_voices")  # what `prepare.parse` caches
ENV_LANES = "REPORT_LANES"  # notebooks executed at once by `make report` (default 2 on two cores or more)
TIMEOUT_S = 1800
BUNDLED_ONLY = "bundled-only"  # cell tag: commentary that only the bundled corpus deserves
TEMPLATES = Path(__file__).resolve().parent / "templates"
TERMINAL_CODES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
BUILT_NAMES = re.compile(r"^(index\.html|\d\d-[^/]*\.html|executed|figures|processed)$")  # what a build writes in REPORTS
HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)<a class="anchor-link"', re.S)
STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.S | re.I)
# Markup that tables (pandas), entity displays (displaCy) and text need; anything else is escaped.
OUTPUT_TAGS = [
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "div", "em", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "li", "mark", "ol", "p", "pre", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]
OUTPUT_ATTRIBUTES = {
    "*": ["class", "id", "title", "style", "colspan", "rowspan", "border", "halign", "valign", "dir"],
    "a": ["href", "title"],
}
OUTPUT_STYLES = [
    "background", "background-color", "border", "border-radius", "color", "direction", "display",
    "font-size", "font-weight", "line-height", "margin", "margin-left", "margin-right", "padding",
    "text-align", "text-transform", "vertical-align", "white-space",
]


class OutputSanitizer(SanitizeHTML):
    """Escape executable markup in cell outputs (article text is untrusted); leave authored markdown alone."""

    def preprocess_cell(self, cell, resources, cell_index):
        """Sanitize the outputs of code cells and raw cells; markdown cells are written by us."""
        if cell.cell_type == "markdown":
            return cell, resources
        if cell.cell_type == "code":
            for output in cell.outputs:
                html_out = output.get("data", {}).get("text/html")
                if html_out is not None:
                    output["data"]["text/html"] = STYLE_BLOCK.sub("", "".join(html_out))
        return super().preprocess_cell(cell, resources, cell_index)


@dataclass(frozen=True)
class Report:
    """One rendered notebook: where it is, what it says it does, whether it ran to the end."""

    notebook: str
    html: str
    title: str
    summary: str
    ok: bool
    error: str = ""


def execute(nb: nbformat.NotebookNode, cwd: Path, label: str | None = None,
            kernel_bars: bool = True) -> nbformat.NotebookNode:
    """Run every cell of `nb` in a fresh python3 kernel started in `cwd`; return it with outputs.

    With a `label`, a bar on this process's stderr (the terminal) follows the code cells, and the
    kernel is told (HELPERS_PROGRESS=terminal) to draw its own long steps there too, not in the notebook
    (`kernel_bars=False`: nowhere, when several notebooks share the terminal).
    Its large parses run on every core (DASK_SCHEDULER=local unless the caller chose a scheduler;
    `helpers.scale.engine.map_parts` keeps small corpora in the kernel, and the results are the same).
    """
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=TIMEOUT_S, resources={"metadata": {"path": str(cwd)}})
    # the kernel's start-up warnings (e.g. "running over TCP without encryption", on localhost) are noise in a terminal
    client.extra_arguments = [*client.extra_arguments, "--IPKernelApp.log_level=ERROR"]
    if label is None:
        client.execute()
        return nb
    cells = tqdm(total=sum(c.cell_type == "code" for c in nb.cells), desc=label, unit="cell", file=sys.stderr,
                 ncols=90, mininterval=0.5)
    client.on_cell_executed = lambda **_: cells.update(1)
    # the kernel's own stderr (fd 2) is this terminal; without this flag ipykernel forwards it to the notebook
    client.extra_arguments = [*client.extra_arguments, "--IPKernelApp.capture_fd_output=False"]
    try:
        scheduler = os.environ.get(ENV_SCHEDULER, "").strip() or LOCAL
        bars = "terminal" if kernel_bars else "off"
        client.execute(env={**os.environ, progress.ENV: bars, ENV_SCHEDULER: scheduler})
    finally:
        cells.close()
    return nb


def refresh(path: Path) -> None:
    """Re-execute the notebook at `path` top to bottom and store its outputs in place."""
    nb = nbformat.read(path, as_version=4)
    execute(nb, path.parent)
    for cell in nb.cells:  # execution timestamps would make every refresh a diff
        cell.metadata.pop("execution", None)
    storage.write_text(nbformat.writes(nb) + "\n", path)


def inject_parameters(nb: nbformat.NotebookNode, params: dict[str, str]) -> nbformat.NotebookNode:
    """Insert a cell overriding `params` right after the cell tagged `parameters` (as papermill does)."""
    source = "# Parameters injected by `make report`\n" + "".join(
        f"{name} = {json.dumps(value)}\n" for name, value in params.items()
    )
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    nb.cells.insert(tagged[0] + 1 if tagged else 0, cell)
    return nb


def describe(nb: nbformat.NotebookNode) -> tuple[str, str]:
    """Return the notebook's title and its one-line summary (the question), from its first markdown cell."""
    first = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", first) if b.strip()]
    title = blocks[0].splitlines()[0].lstrip("# ").strip() if blocks else "Untitled"
    rest = [b for b in (blocks[0].splitlines()[1:] and ["\n".join(blocks[0].splitlines()[1:])]) + blocks[1:]
            if not b.lstrip().startswith(("#", "-", "|", ">"))]
    text = " ".join(rest[0].split()) if rest else ""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*[^*]*:\*\*\s*|[*_`]", "", text).strip()
    return title, (text[:1].upper() + text[1:]) if text else ""


def add_toc(page: str) -> str:
    """Insert a table of contents, built from the page's h2/h3 headings, before the first h2."""
    items = [
        f'<li class="toc-h{level}"><a href="#{anchor}">{text.strip()}</a></li>'
        for level, anchor, text in HEADING.findall(page)
    ]
    if not items:
        return page
    nav = '<nav class="report-toc"><div class="toc-title">Contents</div><ol>' + "".join(items) + "</ol></nav>"
    first = HEADING.search(page)
    cell_start = page.rfind('<div class="jp-Cell ', 0, first.start())
    at = cell_start if cell_start >= 0 else first.start()
    return page[:at] + nav + page[at:]


def render_html(nb: nbformat.NotebookNode) -> str:
    """Render `nb` as one self-contained HTML page: code hidden, figures embedded, output sanitised."""
    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    exporter.register_preprocessor(
        OutputSanitizer(tags=OUTPUT_TAGS, attributes=OUTPUT_ATTRIBUTES, styles=OUTPUT_STYLES), enabled=True
    )
    page, _ = exporter.from_notebook_node(nb)
    return add_toc(page)


def drop_bundled_only(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove the cells tagged `bundled-only`: commentary true of the bundled corpus and of no other."""
    nb.cells = [c for c in nb.cells if BUNDLED_ONLY not in c.get("metadata", {}).get("tags", [])]
    return nb


def plain_error(message: str) -> str:
    """An error message without terminal colour codes, control or direction-override characters."""
    return INVISIBLE.sub("", TERMINAL_CODES.sub("", message)).strip()


def relabel_outputs(nb: nbformat.NotebookNode, old: str, new: str) -> None:
    """Show the final folder name instead of the temporary build folder's in every text output and the injected parameters."""
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell.source = cell.source.replace(old, new)
        for output in cell.get("outputs", []):
            if "text" in output:
                output["text"] = "".join(output["text"]).replace(old, new)
            for mime, value in output.get("data", {}).items():
                if mime.startswith("text/") and isinstance(value, (str, list)):
                    output["data"][mime] = "".join(value).replace(old, new)


def build_one(path: Path, out: Path, params: dict[str, str], shown_as: Path | None = None,
              bundled: bool = True, kernel_bars: bool = True) -> Report:
    """Execute one notebook with `params` into `out`, render it to HTML and return its Report.

    shown_as: the folder `out` will become (its name replaces the temporary one in outputs).
    """
    nb = inject_parameters(nbformat.read(path, as_version=4), params)
    if not bundled:
        nb = drop_bundled_only(nb)
    title, summary = describe(nb)
    error = ""
    started = time.monotonic()
    try:
        execute(nb, path.parent, label=path.stem, kernel_bars=kernel_bars)
    except CellExecutionError as err:
        error = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
    except Exception as err:  # a dead kernel or timeout must not stop the other reports
        error = f"{type(err).__name__}: {err}"
    if shown_as is not None:
        relabel_outputs(nb, out.name, shown_as.name)
    error = plain_error(error)
    storage.write_text(nbformat.writes(nb) + "\n", out / "executed" / path.name)
    target = out / f"{path.stem}.html"
    storage.write_text(render_html(nb), target)
    print(f"{path.stem}: {'done' if not error else 'stopped early'} in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
    return Report(path.name, target.name, title, summary, ok=not error, error=error)


def corpus_summary(corpus: Path) -> dict[str, str]:
    """Describe the corpus the reports ran on: path, article count and publication date range."""
    from helpers.load import load_corpus  # the cached load: the notebooks have just loaded this corpus

    try:
        articles = load_corpus(corpus)
    except Exception as err:  # the index must still be written
        return {"path": str(corpus), "articles": f"could not be loaded ({type(err).__name__}: {err})", "dates": "-"}
    dates = articles["published"].dropna() if "published" in articles else []
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no known dates"
    return {"path": display_path(corpus), "articles": str(len(articles)), "dates": span}


def display_path(path: Path) -> str:
    """Show `path` relative to the project root when it is inside it."""
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(path)


def render_index(reports: list[Report], corpus: dict[str, str]) -> str:
    """Return the HTML of the index page linking every report in reading order."""
    e = html.escape
    rows = "".join(
        f'<li><a href="{e(r.html)}">{e(r.title)}</a>'
        + (f' <span class="failed">(stopped early: {e(plain_error(r.error))})</span>' if not r.ok else "")
        + f"<br><span class=\"summary\">{e(r.summary)}</span></li>"
        for r in reports
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>News coverage reports</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 860px; margin: 2em auto; line-height: 1.5; color: #222; }}
li {{ margin-bottom: 1em; }} .summary {{ color: #555; }} .failed {{ color: #a00; }}
table {{ border-collapse: collapse; }} td, th {{ text-align: left; padding: 0.2em 1em 0.2em 0; }}
</style></head>
<body>
<h1>News coverage reports</h1>
<table>
<tr><th>Corpus</th><td>{e(corpus["path"])}</td></tr>
<tr><th>Articles</th><td>{e(corpus["articles"])}</td></tr>
<tr><th>Published</th><td>{e(corpus["dates"])}</td></tr>
</table>
<h2>Notebooks, in reading order</h2>
<ol>{rows}</ol>
</body></html>
"""


def check_apart(corpus: Path, out: Path) -> None:
    """Refuse a reports folder equal to, inside or holding the corpus (raise ValueError saying why)."""
    c, o = corpus.resolve(), out.resolve()
    if c == o or c in o.parents or o in c.parents:
        where = "is" if c == o else ("is inside" if c in o.parents else "holds")
        raise ValueError(f"the reports folder {out} {where} the corpus folder {corpus}: reports would overwrite "
                         "scraped files and be read back as articles. Choose REPORTS outside the corpus.")


def remove_stale_builds(out: Path) -> None:
    """Remove temporary build folders beside `out` left by runs that were killed (their process is gone)."""
    for folder in out.parent.glob(f".{out.name}.build-*"):
        match = re.match(rf"\.{re.escape(out.name)}\.build-(\d+)-", folder.name)
        if match and folder.is_dir() and not folder.is_symlink() and not process_alive(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)


def process_alive(pid: int) -> bool:
    """True when process `pid` exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap_in(work: Path, out: Path) -> None:
    """Move every file and folder built in `work` into `out`, under a lock so two runs never interleave;
    what an earlier build made and this one did not (another notebook's page, `processed/`) goes too."""
    out.mkdir(parents=True, exist_ok=True)
    lock = os.open(out.parent, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built = {entry.name for entry in work.iterdir()}
        for old in sorted(out.iterdir()):
            if old.name not in built and BUILT_NAMES.match(old.name):
                os.rename(old, work / f".old-{old.name}")
        for name in sorted(built):
            target = out / name
            if target.is_dir() and not target.is_symlink():
                os.rename(target, work / f".old-{name}")
            os.replace(work / name, target)
    finally:
        os.close(lock)  # closing the descriptor releases the lock


def lanes(n_notebooks: int) -> int:
    """How many notebooks run at once: $REPORT_LANES, else 2 on a machine with two cores or more, else 1."""
    chosen = os.environ.get(ENV_LANES, "").strip()
    wanted = int(chosen) if chosen.isdigit() and int(chosen) > 0 else (2 if (os.cpu_count() or 1) >= 2 else 1)
    return max(1, min(wanted, n_notebooks))


def parses(path: Path) -> bool:
    """Whether a notebook extracts entities or quotes (so it waits for `prepare.parse` to fill the caches)."""
    try:
        cells = nbformat.read(path, as_version=4).cells
    except (OSError, ValueError):  # `build_one` reports an unreadable notebook
        return False
    return any(call in cell.source for cell in cells if cell.cell_type == "code" for call in PARSING_CALLS)


def run_all(notebooks: list[Path], corpus: Path, work: Path, params: dict[str, str], out: Path, bundled: bool,
            articles: "pd.DataFrame | None" = None) -> list[Report]:
    """Parse `articles` once (`prepare.parse`), execute and render every notebook; return their Reports in order.

    With `lanes()` > 1 this runs on Dask's threads: the notebooks that parse nothing (01, 03) run one
    after another beside the parse, the others when it is done, `lanes()` kernels at a time. A kernel
    mostly draws charts on one core, so two keep a two-core machine busy; each notebook still runs
    alone in its own kernel, so its outputs are the same in any order.
    """
    n = lanes(len(notebooks))

    def parse_once() -> None:
        try:
            if articles is not None:
                prepare.parse(articles)
        except Exception as err:  # the notebooks then parse (and report any error) themselves
            prepare.say(f"preparing stopped ({type(err).__name__}: {err}); the notebooks parse on their own")

    def one(nb_path: Path, _after: object = None) -> Report:
        print(f"executing {display_path(nb_path)} on {display_path(corpus)} ...", file=sys.stderr, flush=True)
        return build_one(paths.resolve(nb_path), work, params, shown_as=out, bundled=bundled, kernel_bars=n == 1)

    if n == 1:
        if any(parses(paths.resolve(nb_path)) for nb_path in notebooks):
            parse_once()
        return [one(nb_path) for nb_path in notebooks]
    import dask

    parsed = dask.delayed(parse_once, pure=False)(dask_key_name="prepare")
    tasks, previous, last = [], None, len(notebooks) - 1
    for i, nb_path in enumerate(notebooks):  # the ones that parse nothing run one after another beside the parse
        waits = parses(paths.resolve(nb_path))
        # keys count down: Dask's threaded scheduler then starts the ready notebooks in reading order
        task = dask.delayed(one, pure=False)(nb_path, parsed if waits else previous, dask_key_name=f"notebook-{last - i:04d}")
        previous = previous if waits else task
        tasks.append(task)
    return list(dask.compute(*tasks, scheduler="threads", num_workers=n))


def build(notebooks: list[Path], corpus: Path, out: Path) -> list[Report]:
    """Execute `notebooks` on `corpus`, write their HTML and `index.html` into `out`.

    The corpus is loaded once and its entities and quotes computed once on every core (`prepare`), so
    the notebooks read them from the caches. Everything is built in a temporary folder beside `out` and
    moved in at the end, so an interrupted run leaves the previous reports whole and two concurrent
    runs never mix their outputs.
    """
    corpus, out = paths.resolve(corpus), paths.resolve(out)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    missing = [str(nb) for nb in notebooks if not Path(nb).is_file()]
    if missing:  # before the corpus is prepared, which takes minutes on a large one
        raise FileNotFoundError(f"notebook(s) not found: {', '.join(missing)}")
    check_apart(corpus, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(out)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-{os.getpid()}-", dir=out.parent))
    try:
        storage.honour_umask(work, directory=True)
        default = corpus == paths.RAW.resolve()
        params = {
            "CORPUS": str(corpus),
            "PROCESSED": str(paths.PROCESSED if default else work / "processed"),
            "FIGURES": str(work / "figures"),
        }
        articles = None
        try:
            articles = prepare.load(corpus) if notebooks else None
        except Exception as err:  # each notebook then loads (and reports any error) itself
            prepare.say(f"preparing stopped ({type(err).__name__}: {err}); the notebooks load the corpus on their own")
        reports = run_all(notebooks, corpus, work, params, out, default, articles)
        storage.write_text(render_index(reports, corpus_summary(corpus)), work / "index.html")
        swap_in(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return reports


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    ref = sub.add_parser("refresh", help="re-execute notebooks in place")
    ref.add_argument("notebooks", nargs="+", type=Path)
    bld = sub.add_parser("build", help="execute notebooks on a corpus and render HTML reports")
    bld.add_argument("--corpus", type=Path, default=paths.RAW)
    bld.add_argument("--out", type=Path, default=paths.REPORTS)
    bld.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "refresh":
        for nb_path in args.notebooks:
            print(f"executing {nb_path} ...", flush=True)
            refresh(paths.resolve(nb_path))
        return 0
    try:
        reports = build(args.notebooks, args.corpus, args.out)
    except (FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    index = paths.resolve(args.out) / "index.html"
    print(f"\nReports written: {display_path(index)}  (open it in a browser)")
    failed = [r for r in reports if not r.ok]
    for r in failed:
        print(f"  {r.notebook} stopped early: {r.error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
