"""Progress bars where a person looks: the terminal during `make report`, never a flood in a notebook.

`make report` sets HELPERS_PROGRESS=terminal for the kernels it starts: long steps then draw their bar
on the kernel's own stderr, which is the terminal the command runs in, and nothing reaches the
notebook or its HTML report. In an interactive session a bar is drawn in the notebook only for long
inputs; HELPERS_PROGRESS=off silences every bar.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")
ENV = "HELPERS_PROGRESS"
MIN_ITEMS = 500  # inputs shorter than this get no bar in a notebook (nor in the stored outputs nbval compares)


def bar(items: Iterable[T], total: int | None = None, desc: str = "", min_items: int = MIN_ITEMS) -> Iterator[T]:
    """`items`, with a progress bar on the terminal (report builds), in the notebook (long inputs) or none."""
    mode = os.environ.get(ENV, "notebook")
    total = total if total is not None else (len(items) if hasattr(items, "__len__") else None)
    if mode == "off" or (mode != "terminal" and (total is None or total < min_items)):
        return iter(items)
    stream = sys.__stderr__ if mode == "terminal" else sys.stderr
    return iter(tqdm(items, total=total, desc=desc, file=stream, mininterval=2.0 if mode == "terminal" else 1.0,
                     leave=mode != "terminal", dynamic_ncols=False, ncols=90))
