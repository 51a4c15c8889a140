"""N-Quads: every quad of the selection, each article its own named graph (provenance)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.exports._rdf import quads
from kg.projection import Projection

NEEDS_RDF = True  # the CLI reads the store's quads only for formats that say so
SUFFIX = ".nq"
DESCRIPTION = "RDF N-Quads, one named graph per article"


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the selection as N-Quads to ``out``."""
    ox.serialize(sorted(quads(projection), key=str), str(out), ox.RdfFormat.N_QUADS)
    return [out]
