"""GEXF, Gephi's own format: typed attributes, lists joined with `` | ``, nodes coloured by type."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.exports._base import colour, flat_graph
from kg.projection import Projection

SUFFIX = ".gexf"
DESCRIPTION = "GEXF for Gephi"


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the graph as GEXF 1.2 to ``out``."""
    graph = flat_graph(projection.graph)
    for _, data in graph.nodes(data=True):
        hex_colour = colour(str(data.get("type", "Entity"))).lstrip("#")
        red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
        data["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}
    nx.write_gexf(graph, out)
    return [out]
