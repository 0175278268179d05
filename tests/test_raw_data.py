"""The bundled corpus in data/raw is immutable: its bytes must match the checksum manifest."""

import hashlib

import pandas as pd
import pytest

from helpers.config import paths

MANIFEST = paths.RAW / "SHA256SUMS"


def _manifest() -> dict[str, str]:
    rows = [line.split() for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {name: digest for digest, name in rows}


@pytest.mark.parametrize("name", sorted(_manifest()))
def test_raw_file_unchanged(name: str) -> None:
    digest = hashlib.sha256((paths.RAW / name).read_bytes()).hexdigest()
    assert digest == _manifest()[name], f"data/raw/{name} was modified; raw data must never change"


def test_every_scrape_is_in_the_manifest() -> None:
    on_disk = {p.name for p in paths.RAW.glob("*.txt")}
    assert on_disk == set(_manifest()), "add new raw files to data/raw/SHA256SUMS"


def test_metadata_names_only_files_that_exist() -> None:
    meta = pd.read_csv(paths.RAW / "metadata.csv", dtype=str)
    assert set(meta["file"]) <= {p.name for p in paths.RAW.iterdir()}
    assert pd.to_datetime(meta["published"], format="%Y-%m-%d").notna().all()
