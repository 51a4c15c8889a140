"""What the RDF exporters share: the prefixes and the check that there is RDF to write."""

from __future__ import annotations

import pyoxigraph as ox

from kg.exports._base import ExportError
from kg.projection import Projection
from ontology import ARTICLE, CLAIM, ENTITY, KG

PREFIXES = {
    "kg": str(KG),
    "ent": str(ENTITY),
    "art": str(ARTICLE),
    "claim": str(CLAIM),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def quads(projection: Projection) -> tuple[ox.Quad, ...]:
    """The projection's RDF; an entity-only projection (built from rows) has none."""
    if projection.entities and not projection.quads:
        raise ExportError(
            "this graph carries no RDF (it was built from rows, not read from a store); "
            "export RDF from a store: kg export --format turtle --store DIR"
        )
    return projection.quads
