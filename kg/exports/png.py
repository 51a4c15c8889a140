"""A static picture (PNG) of the graph: nodes coloured by entity type, edges by relation.

Meant for a README or a slide, so readability wins over completeness: a graph
bigger than :data:`MAX_NODES` entities is cut to its best-connected ones, and
the title says how many are shown. The layout is seeded, so the same graph
gives the same picture.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kg.exports._base import colour, relation_colour
from kg.exports._layout import layout
from kg.projection import Projection
from ontology import relations

SUFFIX = ".png"
DESCRIPTION = "PNG picture (matplotlib)"

MAX_NODES = 120
MAX_EDGE_LABELS = 80


def _shown(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    if graph.number_of_nodes() <= MAX_NODES:
        return graph
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), graph.nodes[n].get("name", n)))
    return graph.subgraph(ranked[:MAX_NODES])


def _pairs(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """One drawn arrow per ordered pair, labelled with every relation between them."""
    pairs = nx.DiGraph()
    pairs.add_nodes_from(graph.nodes(data=True))
    for subject, obj, key in graph.edges(keys=True):
        if pairs.has_edge(subject, obj):
            pairs.edges[subject, obj]["relations"].append(key)
        else:
            pairs.add_edge(subject, obj, relations=[key])
    return pairs


def render(projection: Projection, out: Path, *, title: str | None = None) -> None:
    """Draw the graph into the PNG file ``out``."""
    full = projection.graph
    graph = _pairs(_shown(full))
    n = max(graph.number_of_nodes(), 1)
    side = min(max(8.0, 2.2 * math.sqrt(n)), 26.0)
    figure = Figure(figsize=(side * 1.3, side), dpi=120)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.set_axis_off()
    positions = layout(graph)
    types = {node: data.get("type", "Entity") for node, data in graph.nodes(data=True)}
    degree = dict(graph.degree())
    nx.draw_networkx_nodes(
        graph,
        positions,
        ax=ax,
        node_color=[colour(types[node]) for node in graph.nodes],
        node_size=[300 + 120 * min(degree[node], 12) for node in graph.nodes],
        edgecolors="#333333",
        linewidths=0.8,
    )
    symmetric = {name for name, rel in relations().items() if rel.symmetric}
    for arrows in (True, False):  # symmetric relations (competes-with) get no arrowhead
        edges = [
            (u, v, d)
            for u, v, d in graph.edges(data=True)
            if (set(d["relations"]) <= symmetric) != arrows
        ]
        if not edges:
            continue
        nx.draw_networkx_edges(
            graph,
            positions,
            ax=ax,
            edgelist=[(u, v) for u, v, _ in edges],
            edge_color=[relation_colour(d["relations"][0]) for _, _, d in edges],
            width=1.4,
            arrows=True,
            arrowstyle="-|>" if arrows else "-",
            arrowsize=14,
            node_size=900,
            connectionstyle="arc3,rad=0.08",
        )
    labels = {node: data.get("name", node) for node, data in graph.nodes(data=True)}
    below = {node: (x, y - 0.3) for node, (x, y) in positions.items()}
    nx.draw_networkx_labels(
        graph,
        below,
        labels=labels,
        ax=ax,
        font_size=9,
        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.75},
    )
    if graph.number_of_edges() <= MAX_EDGE_LABELS:
        nx.draw_networkx_edge_labels(
            graph,
            positions,
            ax=ax,
            edge_labels={(u, v): "\n".join(d["relations"]) for u, v, d in graph.edges(data=True)},
            font_size=7,
            font_color="#444444",
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6},
            connectionstyle="arc3,rad=0.08",
        )
    ax.legend(
        handles=_legend(graph, types),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=8,
        frameon=False,
    )
    shown = graph.number_of_nodes()
    heading = title or projection.title
    if shown < full.number_of_nodes():
        heading += f" ({shown} best-connected of {full.number_of_nodes()} entities)"
    ax.set_title(heading, fontsize=12)
    figure.savefig(out, format="png", bbox_inches="tight", facecolor="white")


def _legend(graph: nx.DiGraph, types: dict[Any, str]) -> list[Any]:
    handles: list[Any] = [
        Patch(facecolor=colour(t), edgecolor="#333333", label=t)
        for t in sorted(set(types.values()))
    ]
    used = sorted({r for _, _, d in graph.edges(data=True) for r in d["relations"]})
    handles += [Line2D([0], [0], color=relation_colour(r), lw=2, label=r) for r in used]
    return handles


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the picture to ``out``."""
    render(projection, out)
    return [out]
