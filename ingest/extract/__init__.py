"""Extractors by name: ``rules`` (offline default) and ``llm`` (an OpenAI-compatible endpoint).

Example:
    >>> extractor = get_extractor("rules")
    >>> extractor.name
    'rules'
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ingest.extract.base import Extraction, Extractor
from ontology.errors import ExtractionError

# name -> (module, class); modules are imported only when first asked for.
_REGISTRY: dict[str, tuple[str, str]] = {
    "rules": ("ingest.extract.rules", "RuleExtractor"),
    "llm": ("ingest.extract.llm", "LLMExtractor"),
}


def extractor_names() -> list[str]:
    """The names ``get_extractor`` knows, sorted."""
    return sorted(_REGISTRY)


def get_extractor(name: str = "rules", **options: Any) -> Extractor:
    """A new extractor called ``name``, built with ``options``.

    Raises:
        ExtractionError: the name is unknown (the message lists the known ones).
    """
    try:
        module_name, class_name = _REGISTRY[name]
    except KeyError:
        raise ExtractionError(
            f"unknown extractor {name!r}; known extractors: {', '.join(extractor_names())}"
        ) from None
    cls = getattr(import_module(module_name), class_name)
    extractor: Extractor = cls(**options)
    return extractor


__all__ = ["Extraction", "Extractor", "extractor_names", "get_extractor"]
