"""Configuration: every path (`paths`) and the documented tuning defaults (`tuning`)."""

from helpers.config import paths

__all__ = ["paths"]
