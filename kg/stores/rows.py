"""Plain rows that every store reads and writes: the graph as four tables.

The embedded store gives these out (``EmbeddedStore.entities()`` and friends);
the Neo4j loader, the exporters and the benchmarks' generators take them in, so
a million generated facts never have to pass through RDF to be loaded.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class EntityRow(BaseModel):
    """An entity: its IRI, canonical name, class (an ontology class name) and other names."""

    model_config = ConfigDict(frozen=True)

    iri: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()


class ArticleRow(BaseModel):
    """An article the graph was built from."""

    model_config = ConfigDict(frozen=True)

    iri: str
    source: str
    title: str | None = None
    published: date | None = None
    url: str | None = None


class ClaimRow(BaseModel):
    """One claim with its evidence; ``predicate`` is the relation's kebab-case name.

    Claims whose status is asserted or reported are facts; the stores derive the
    fact edges (and ``controls`` for non-stake ``owns``) from these rows.
    """

    model_config = ConfigDict(frozen=True)

    iri: str
    subject: str  # entity IRI
    predicate: str
    object: str  # entity IRI
    status: str
    confidence: float
    sentence: str
    article: str  # article IRI
    sentence_index: int | None = None
    stake: bool | None = None
    share: float | None = None
    extractor: str | None = None
