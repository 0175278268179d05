"""Generated files are written atomically: a failed write leaves the previous file and no debris."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import storage


def test_write_table_writes_parquet_and_csv(tmp_path: Path) -> None:
    df = pd.DataFrame({"a": [1, 2], "b": [["x", "y"], []]})
    out = storage.write_table(df, tmp_path, "t")
    assert pd.read_parquet(out["parquet"])["a"].tolist() == [1, 2]
    assert pd.read_csv(out["csv"])["b"].fillna("").tolist() == ["x | y", ""]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    storage.write_text("old", target)
    with pytest.raises(RuntimeError):
        with storage.atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


def test_unwritable_table_leaves_no_partial_parquet(tmp_path: Path) -> None:
    bad = pd.DataFrame({"a": [object()]})
    with pytest.raises(Exception):
        storage.write_table(bad, tmp_path, "bad")
    assert list(tmp_path.iterdir()) == []


def test_save_figure_writes_png_and_data(tmp_path: Path) -> None:
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    out = storage.save_figure(fig, pd.DataFrame({"x": [1, 2]}), tmp_path, "fig-00-test")
    plt.close(fig)
    assert out["png"].read_bytes()[:4] == b"\x89PNG" and out["csv"].read_text().startswith("x")


def test_save_figure_is_byte_reproducible(tmp_path: Path) -> None:
    def render(name: str) -> bytes:
        fig, ax = plt.subplots()
        ax.bar(["a", "b"], [1, 3])
        path = storage.save_figure(fig, pd.DataFrame({"v": [1, 3]}), tmp_path, name)["png"]
        plt.close(fig)
        return path.read_bytes()

    assert render("one") == render("two")


def test_empty_table_with_dates_is_written(tmp_path: Path) -> None:
    empty = pd.DataFrame({"week": pd.Series([], dtype="datetime64[ns]"), "n": pd.Series([], dtype="int64")})
    out = storage.write_table(empty, tmp_path, "empty")
    assert pd.read_csv(out["csv"]).columns.tolist() == ["week", "n"]
