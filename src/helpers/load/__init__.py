"""Stage 1, loading: read a corpus folder of scrapes, HTML pages and exports into one article table."""

from helpers.load.clean import clean_scrape, recurring_lines
from helpers.load.corpus import COLUMNS, FORMATS, load_corpus

__all__ = ["COLUMNS", "FORMATS", "clean_scrape", "load_corpus", "recurring_lines"]
