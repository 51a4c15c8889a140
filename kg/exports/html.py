"""One self-contained HTML page to explore the graph in a browser, offline.

The page inlines everything it needs: the vis-network library (read at export
time from the ``pyvis`` package, which ships it; dual Apache-2.0/MIT licence,
its header kept), the styles and the graph as JSON. Opening it fetches
nothing. It colours entities by type, labels facts with their relation, and has
a search box, filters by relation and by date reported, and a panel showing the
evidence sentences of a clicked fact.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from html import escape
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from kg.exports._base import ExportError, colour, evidence_json, flat, relation_colour
from kg.projection import Projection
from ontology import relation

SUFFIX = ".html"
DESCRIPTION = "self-contained interactive HTML page (vis-network)"

TEMPLATE = Path(__file__).with_name("graph.html")


@cache
def vis_network_js() -> str:
    """The minified vis-network library that ships inside the ``pyvis`` package.

    The package is found without being imported (importing pyvis pulls in IPython).
    """
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ExportError(
            "the html export needs the vis-network library from the pyvis package: "
            "pip install pyvis"
        )
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(folder.rglob("vis-network.min.js"), key=lambda path: path.parent.name)
    if not found:
        raise ExportError(f"pyvis in {folder} ships no vis-network.min.js: pip install -U pyvis")
    return found[-1].read_text(encoding="utf-8")  # vis-9.1.2 sorts after vis-9.0.4


def page_data(projection: Projection) -> dict[str, Any]:
    """What the page's script reads: nodes, edges with evidence, relations, types, date range."""
    graph = projection.graph
    nodes = [
        {
            "id": node,
            "label": data.get("name", node),
            "type": data.get("type", "Entity"),
            "aliases": list(data.get("aliases", [])),
            "colour": colour(data.get("type", "Entity")),
            "degree": graph.degree(node),
        }
        for node, data in graph.nodes(data=True)
    ]
    bends: Counter[frozenset[str]] = Counter()
    edges = []
    for number, (subject, obj, key, data) in enumerate(graph.edges(keys=True, data=True)):
        pair = frozenset((subject, obj))
        item: dict[str, Any] = {
            k: flat(v) for k, v in data.items() if k not in ("evidence", "statuses")
        }
        item.update(
            id=f"e{number}",
            statuses=list(data.get("statuses", [])),
            evidence=evidence_json(data.get("evidence", [])),
            symmetric=relation(key).symmetric,
            colour=relation_colour(key),
            bend=bends[pair],
        )
        item["from"], item["to"] = subject, obj
        bends[pair] += 1
        edges.append(item)
    dates = sorted(d for e in edges for d in (e.get("first_reported"), e.get("last_reported")) if d)
    return {
        "nodes": nodes,
        "edges": edges,
        "relations": sorted({e["relation"] for e in edges}),
        "types": {n["type"]: n["colour"] for n in nodes},
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
    }


def render(projection: Projection, title: str | None = None) -> str:
    """The page's HTML text."""
    title = title or projection.title
    # "<" escaped so that no string in the data can close the <script> element
    data = json.dumps(page_data(projection), ensure_ascii=False).replace("<", "\\u003c")
    script = vis_network_js().replace("</script", "<\\/script")
    page = TEMPLATE.read_text(encoding="utf-8").replace("__TITLE__", escape(title))
    return page.replace("__DATA__", data).replace("__VIS_JS__", script)


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the page to ``out``."""
    out.write_text(render(projection), encoding="utf-8")
    return [out]
