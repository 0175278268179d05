"""House style of the notebooks, checked like code (after Bayes Impact's notebook lint tests)."""

import ast
import json
import re
from pathlib import Path

import pytest

from helpers.config import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _imports(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return bool(re.search(r"^\s*(import|from)\s+\S+", source, re.M))
    return any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, "no notebooks found"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_file_name(path: Path) -> None:
    assert re.fullmatch(r"\d\d-[a-z]+(-[a-z0-9]+)+\.ipynb", path.name), "name must be NN-verb-topic.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_first_cell_is_markdown_title(path: Path) -> None:
    first = _load(path)["cells"][0]
    assert first["cell_type"] == "markdown"
    assert "".join(first["source"]).lstrip().startswith("# ")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_imports_only_in_first_code_cell(path: Path) -> None:
    later = _code_cells(_load(path))[1:]
    offenders = [i + 2 for i, c in enumerate(later) if _imports("".join(c["source"]))]
    assert not offenders, f"imports in code cells {offenders}; move them to the first code cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell(path: Path) -> None:
    tagged = [c for c in _load(path)["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_executed_in_order(path: Path) -> None:
    counts = [c["execution_count"] for c in _code_cells(_load(path))]
    assert counts == list(range(1, len(counts) + 1)), "restart the kernel and run all (make notebooks)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_empty_cells_and_no_errors(path: Path) -> None:
    nb = _load(path)
    assert all("".join(c["source"]).strip() for c in nb["cells"]), "remove empty cells"
    errors = [o for c in _code_cells(nb) for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors, "a stored output is an error"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_kernel_is_python3(path: Path) -> None:
    assert _load(path)["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_path_tricks(path: Path) -> None:
    source = "\n".join("".join(c["source"]) for c in _code_cells(_load(path)))
    assert "sys.path" not in source and "../data" not in source
