"""Cytoscape JSON (``.cyjs``): the elements format Cytoscape.js and Cytoscape desktop read.

Unlike GraphML, JSON keeps lists as lists: aliases, statuses and the evidence
of every fact (source, sentence, published date, status) stay structured.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.exports._base import colour, evidence_json, flat
from kg.projection import Projection

SUFFIX = ".cyjs"
DESCRIPTION = "Cytoscape.js / Cytoscape desktop JSON"


def elements(projection: Projection) -> dict[str, list[dict[str, Any]]]:
    """The graph as Cytoscape elements: ``{"nodes": [...], "edges": [...]}``."""
    nodes = [
        {
            "data": {
                "id": node,
                "name": data.get("name", node),
                "type": data.get("type"),
                "aliases": list(data.get("aliases", [])),
                "colour": colour(data.get("type", "Entity")),
            }
        }
        for node, data in projection.graph.nodes(data=True)
    ]
    edges = []
    for number, (subject, obj, key, data) in enumerate(
        projection.graph.edges(keys=True, data=True)
    ):
        item: dict[str, Any] = {
            k: flat(v) for k, v in data.items() if k not in ("evidence", "statuses")
        }
        item.update(
            id=f"e{number}",
            source=subject,
            target=obj,
            name=key,
            interaction=key,  # Cytoscape desktop's column for the kind of edge
            statuses=list(data.get("statuses", [])),
            evidence=evidence_json(data.get("evidence", [])),
        )
        edges.append({"data": item})
    return {"nodes": nodes, "edges": edges}


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the graph as Cytoscape JSON to ``out``."""
    document = {
        "format_version": "1.0",
        "generated_by": "aikg",
        "target_cytoscapejs_version": "~3",
        "data": {"name": "AI industry knowledge graph"},
        "elements": elements(projection),
    }
    out.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    return [out]
