"""Turtle: every triple of the selection, the articles' named graphs merged into one.

Turtle has no named graphs, so which article said what is kept by the
``kg:Claim`` resources (``kg:article``), not by graph names; use ``nquads`` or
``jsonld`` to keep the graphs themselves.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.exports._rdf import PREFIXES, quads
from kg.projection import Projection

NEEDS_RDF = True  # the CLI reads the store's quads only for formats that say so
SUFFIX = ".ttl"
DESCRIPTION = "RDF Turtle (articles merged into one graph)"


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the selection's distinct triples as Turtle to ``out``."""
    triples = sorted({q.triple for q in quads(projection)}, key=str)
    ox.serialize(triples, str(out), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return [out]
