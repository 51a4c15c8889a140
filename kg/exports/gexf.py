"""GEXF, Gephi's own format: one file, attributes typed, lists joined with `` | ``."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.exports._base import flat_graph
from kg.projection import Projection

SUFFIX = ".gexf"
DESCRIPTION = "GEXF for Gephi"


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the graph as GEXF 1.2 to ``out``."""
    nx.write_gexf(flat_graph(projection.graph), out)
    return [out]
