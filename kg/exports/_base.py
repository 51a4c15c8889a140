"""What the exporters share: their error, flat attribute values, colours by type."""

from __future__ import annotations

from datetime import date
from typing import Any

import networkx as nx

from ontology import KGError, class_ancestors, relations

LIST_SEPARATOR = " | "

# One colour per class; a class without its own takes its nearest ancestor's.
_COLOURS = {
    "AILab": "#e45756",
    "CloudProvider": "#4c78a8",
    "ChipMaker": "#f58518",
    "Company": "#72b7b2",
    "Investor": "#b279a2",
    "Organization": "#9d755d",
    "DataCenter": "#54a24b",
    "Person": "#eeca3b",
    "Place": "#bab0ac",
    "AIModel": "#ff9da6",
    "Product": "#d67195",
    "Entity": "#8c8c8c",
}


_RELATION_COLOURS = ["#4c78a8", "#e45756", "#54a24b", "#b279a2", "#f58518", "#9d755d", "#72b7b2"]


class ExportError(KGError):
    """An export that cannot be written: unknown format, bad target, missing tool."""


def colour(entity_type: str) -> str:
    """The fill colour for an entity of class ``entity_type``."""
    try:
        chain = class_ancestors(entity_type)
    except KGError:
        chain = ["Entity"]
    return next((_COLOURS[c] for c in chain if c in _COLOURS), _COLOURS["Entity"])


def relation_colour(name: str) -> str:
    """A stable colour per relation, in the ontology's order."""
    names = list(relations())
    index = names.index(name) if name in names else len(names)
    return _RELATION_COLOURS[index % len(_RELATION_COLOURS)]


def flat(value: Any) -> str | int | float | bool | None:
    """A value formats without lists can hold: lists joined, dates as ISO text."""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(flat(v)) for v in value if v is not None)
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars, for GraphML and GEXF.

    Evidence becomes parallel joined columns (``sources``, ``sentences``,
    ``published``); ``None`` values are left out, since neither format has null.
    """
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {k: flat(v) for k, v in data.items()}
        attrs["label"] = data.get("name", node)
        out.add_node(node, **{k: v for k, v in attrs.items() if v is not None})
    for subject, obj, key, data in graph.edges(keys=True, data=True):
        attrs = {k: flat(v) for k, v in data.items() if k != "evidence"}
        evidence = data.get("evidence", [])
        attrs["label"] = data.get("relation", key)
        attrs["sources"] = flat([e["source"] for e in evidence])
        attrs["sentences"] = flat([e["sentence"] for e in evidence])
        attrs["published"] = flat([e["published"] for e in evidence])
        out.add_edge(subject, obj, key=key, **{k: v for k, v in attrs.items() if v is not None})
    return out


def evidence_json(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence items with dates as ISO text, ready for JSON."""
    return [{k: flat(v) for k, v in item.items()} for item in evidence]
