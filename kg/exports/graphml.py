"""GraphML, for yEd and Gephi: one file, attributes typed, lists joined with `` | ``.

Besides the plain attributes (which Gephi and networkx read), every node and
edge carries yEd's own graphics (``y:ShapeNode``, ``y:PolyLineEdge``): yEd then
shows names, relation labels and colours by type at once, laid out in the same
way as the PNG picture (for graphs up to :data:`GEOMETRY_LIMIT` entities; yEd
can lay out bigger ones itself).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from kg.exports._base import colour, flat_graph, relation_colour
from kg.exports._layout import layout
from kg.projection import Projection
from ontology import relation, relations

SUFFIX = ".graphml"
DESCRIPTION = "GraphML for yEd and Gephi"

GEOMETRY_LIMIT = 2000
_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_Y = "http://www.yworks.com/xml/graphml"
_SCALE = 160.0  # layout units to yEd pixels
_SIZE = 30.0


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the graph as GraphML (with yEd graphics) to ``out``."""
    nx.write_graphml(flat_graph(projection.graph), out)
    _add_yed_graphics(projection, out)
    return [out]


def _q(namespace: str, tag: str) -> str:
    return f"{{{namespace}}}{tag}"


def _add_yed_graphics(projection: Projection, out: Path) -> None:
    ET.register_namespace("", _GRAPHML)
    ET.register_namespace("y", _Y)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    tree = ET.parse(out)
    root = tree.getroot()
    key_ids = {
        (key.get("for"), key.get("attr.name")): key.get("id")
        for key in root.findall(_q(_GRAPHML, "key"))
    }
    for index, kind in enumerate(("node", "edge")):
        attributes = {"for": kind, "id": f"yed_{kind}", "yfiles.type": f"{kind}graphics"}
        root.insert(index, ET.Element(_q(_GRAPHML, "key"), attributes))
    graph = projection.graph
    positions = layout(graph) if graph.number_of_nodes() <= GEOMETRY_LIMIT else {}
    for element in root.iter(_q(_GRAPHML, "node")):
        node = element.get("id")
        data = graph.nodes[node]
        shape = ET.SubElement(
            ET.SubElement(element, _q(_GRAPHML, "data"), {"key": "yed_node"}), _q(_Y, "ShapeNode")
        )
        if node in positions:
            x, y = positions[node]
            ET.SubElement(
                shape,
                _q(_Y, "Geometry"),
                {"x": f"{x * _SCALE:.1f}", "y": f"{-y * _SCALE:.1f}", "width": f"{_SIZE}",
                 "height": f"{_SIZE}"},
            )  # fmt: skip
        ET.SubElement(shape, _q(_Y, "Fill"), {"color": colour(data.get("type", "Entity"))})
        label = ET.SubElement(
            shape, _q(_Y, "NodeLabel"), {"modelName": "sides", "modelPosition": "s"}
        )
        label.text = str(data.get("name", node))
        ET.SubElement(shape, _q(_Y, "Shape"), {"type": "ellipse"})
    for number, element in enumerate(root.iter(_q(_GRAPHML, "edge"))):
        element.set("id", f"e{number}")  # networkx writes the key, which repeats
        relation_data = element.find(
            f"{_q(_GRAPHML, 'data')}[@key='{key_ids[('edge', 'relation')]}']"
        )
        name = relation_data.text or "" if relation_data is not None else ""
        polyline = ET.SubElement(
            ET.SubElement(element, _q(_GRAPHML, "data"), {"key": "yed_edge"}),
            _q(_Y, "PolyLineEdge"),
        )
        known = name in relations()
        ET.SubElement(
            polyline, _q(_Y, "LineStyle"), {"color": relation_colour(name) if known else "#555555"}
        )
        symmetric = known and relation(name).symmetric
        ET.SubElement(
            polyline,
            _q(_Y, "Arrows"),
            {"source": "none", "target": "none" if symmetric else "standard"},
        )
        ET.SubElement(polyline, _q(_Y, "EdgeLabel")).text = name
    tree.write(out, encoding="utf-8", xml_declaration=True)
