"""Stage 5, quotes: who gets to speak, with the speaker resolved to a named actor."""

from helpers.quotes.extract import COLUMNS, extract_quotes
from helpers.quotes.voices import quotes_with_voices, voice_types

__all__ = ["COLUMNS", "extract_quotes", "quotes_with_voices", "voice_types"]
