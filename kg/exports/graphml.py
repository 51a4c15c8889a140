"""GraphML, for yEd and Gephi: one file, attributes typed, lists joined with `` | ``."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.exports._base import flat_graph
from kg.projection import Projection

SUFFIX = ".graphml"
DESCRIPTION = "GraphML for yEd and Gephi"


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the graph as GraphML to ``out``."""
    nx.write_graphml(flat_graph(projection.graph), out, named_key_ids=True)
    return [out]
