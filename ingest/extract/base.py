"""The extractor interface: one Document in, its Claims and Entities out.

Extractors are looked up by name (``rules``, the offline default, or ``llm``)
so the CLI and the pipeline never import a concrete one directly.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict

from ingest.models import Claim, Document, Entity


class Extraction(BaseModel):
    """What an extractor found in one document."""

    model_config = ConfigDict(frozen=True)

    claims: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = ()


class Extractor(Protocol):
    """Anything that turns a Document into an Extraction."""

    name: str

    def extract(self, document: Document) -> Extraction:
        """Find the claims of one document. Must be deterministic for ``rules``."""
        ...
