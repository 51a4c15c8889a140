"""Graphviz DOT: nodes filled by entity type, edges labelled with their relation.

Written by hand (no pygraphviz needed); every identifier and value is a quoted
DOT string. Attributes Graphviz does not know (``type``, ``confidence``...)
are kept on the elements: Graphviz ignores them, other DOT readers keep them.

Example:
    kg export --format dot -o graph.dot && dot -Tsvg graph.dot > graph.svg
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.exports._base import colour, flat
from kg.projection import Projection

SUFFIX = ".dot"
DESCRIPTION = "Graphviz DOT (render with dot -Tsvg)"


def quote(value: Any) -> str:
    """``value`` as a DOT double-quoted string."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\r", " ").replace("\n", "\\n") + '"'


def _attributes(attrs: dict[str, Any]) -> str:
    pairs = (f"{k}={quote(v)}" for k, v in attrs.items() if v is not None and v != "")
    return "[" + ", ".join(pairs) + "]"


def render(projection: Projection) -> str:
    """The DOT text of the graph."""
    lines = [
        "digraph kg {",
        '  graph [rankdir="LR", overlap="false", fontname="Helvetica"];',
        '  node [shape="box", style="rounded,filled", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize="10"];',
    ]
    for node, data in projection.graph.nodes(data=True):
        attrs = {
            "label": data.get("name", node),
            "fillcolor": colour(data.get("type", "Entity")),
            "type": data.get("type"),
            "aliases": flat(data.get("aliases", [])),
        }
        lines.append(f"  {quote(node)} {_attributes(attrs)};")
    for subject, obj, key, data in projection.graph.edges(keys=True, data=True):
        attrs = {k: flat(v) for k, v in data.items() if k != "evidence"}
        attrs["label"] = key
        attrs["style"] = "dashed" if data.get("statuses") == ["reported"] else "solid"
        if data.get("control") is False:
            attrs["arrowhead"] = "odiamond"  # a stake: ownership without control
        lines.append(f"  {quote(subject)} -> {quote(obj)} {_attributes(attrs)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the graph as DOT to ``out``."""
    out.write_text(render(projection), encoding="utf-8")
    return [out]
