"""The plain-text scrape cleaner: line shapes, the article body, multi-article pages, text metadata."""

from helpers.load.clean.scrape import CleanedArticle, clean_scrape, recurring_lines

__all__ = ["CleanedArticle", "clean_scrape", "recurring_lines"]
