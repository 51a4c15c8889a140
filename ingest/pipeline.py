"""Articles in, extractions out: the one path every command takes.

Readers yield Documents or InputErrors; a bad file never stops the run, it is
collected as a problem for the caller to report.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.extract import get_extractor
from ingest.extract.base import Extraction, Extractor
from ingest.models import Document
from ingest.readers import iter_documents
from ontology import InputError


@dataclass
class Problems:
    """The inputs a run had to skip, in the order met."""

    errors: list[InputError] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.errors)


def extract_paths(
    paths: Sequence[str | Path],
    extractor: Extractor | None = None,
    problems: Problems | None = None,
) -> Iterator[tuple[Document, Extraction]]:
    """Read every article under ``paths`` and extract its claims.

    Args:
        paths: files, folders, or ``-`` for standard input.
        extractor: defaults to the offline rule-based extractor.
        problems: collects the inputs that could not be read (the run goes on).
    """
    extractor = extractor or get_extractor("rules")
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            if problems is None:
                raise item
            problems.errors.append(item)
            continue
        yield item, extractor.extract(item)
