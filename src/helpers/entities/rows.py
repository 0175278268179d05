"""Memory-light mention tables for the corpus-level name merge (a million mentions and more).

The merge reads the same few strings (article ids, names, labels, contexts) over and over. Pandas'
Arrow-backed text columns and `to_dict("records")` turn every cell into its own Python string and
every row into a dict; here each distinct string is one object and a row is a small view over
column lists, with the same values.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd


def shared_strings(values: pd.Series) -> pd.Series:
    """`values` as an object column in which equal values are one Python object."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    pool = np.empty(len(uniques), dtype=object)
    pool[:] = list(uniques)
    return pd.Series(pool[codes], index=values.index, dtype=object, name=values.name)


def compact(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """A copy of `frame` with the text `columns` that it has held as shared strings."""
    out = frame.copy()
    for col in columns:
        if col in out:
            out[col] = shared_strings(out[col])
    return out


class Row:
    """One row of `records`: read like the dict `to_dict("records")` gives (`row["text"]`, `row.get("after", "")`)."""

    __slots__ = ("_columns", "_i")

    def __init__(self, columns: dict[str, list], i: int) -> None:
        """Row `i` of the table whose columns are `columns`."""
        self._columns, self._i = columns, i

    def __getitem__(self, key: str) -> Any:
        """The row's value in column `key` (KeyError when the table has no such column)."""
        return self._columns[key][self._i]

    def get(self, key: str, default: Any = None) -> Any:
        """The row's value in column `key`, or `default` when the table has no such column."""
        column = self._columns.get(key)
        return default if column is None else column[self._i]


def records(frame: pd.DataFrame) -> list[Row]:
    """The rows of `frame` as read-only `Row`s over its columns (values as `to_dict("records")` gives them)."""
    columns = {}
    for col in frame.columns:
        values = frame[col]
        text = values.dtype == object or pd.api.types.is_string_dtype(values.dtype)
        columns[col] = shared_strings(values).tolist() if text else values.tolist()
    return [Row(columns, i) for i in range(len(frame))]
