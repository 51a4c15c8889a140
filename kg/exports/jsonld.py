"""JSON-LD: every quad of the selection, each article a named graph (``@graph``)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.exports._rdf import PREFIXES, quads
from kg.projection import Projection

NEEDS_RDF = True  # the CLI reads the store's quads only for formats that say so
SUFFIX = ".jsonld"
DESCRIPTION = "RDF JSON-LD, one named graph per article"


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the selection as JSON-LD to ``out``."""
    ox.serialize(
        sorted(quads(projection), key=str), str(out), ox.RdfFormat.JSON_LD, prefixes=PREFIXES
    )
    return [out]
