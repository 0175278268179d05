"""Stage 5, quotes: who gets to speak, with the speaker resolved to a named actor."""

from helpers.quotes.extract import COLUMNS, extract_quotes

__all__ = ["COLUMNS", "extract_quotes"]
