"""Stage 1, loading: read a corpus folder of scrapes, HTML pages and exports into one article table.

`load_corpus` reads through a content-keyed cache (`helpers.load.cache`), so the notebooks of one
report clean a corpus once; `helpers.load.corpus.load_corpus` always loads afresh.
"""

from helpers.load.cache import load_corpus
from helpers.load.clean import clean_scrape, recurring_lines
from helpers.load.corpus import COLUMNS, FORMATS

__all__ = ["COLUMNS", "FORMATS", "clean_scrape", "load_corpus", "recurring_lines"]
