"""Names a package imports on first use (PEP 562), so a slow stage loads only when it is needed."""

from __future__ import annotations

import importlib
from typing import Any, Callable


def attach(package: str, table: dict[str, str], namespace: dict[str, Any]) -> tuple[Callable, Callable]:
    """The `__getattr__` and `__dir__` of `package`: a name of `table` (name -> module) is imported on first use."""

    def __getattr__(name: str) -> Any:
        if name not in table:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(table[name]), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(namespace.get("__all__", ())))

    return __getattr__, __dir__
