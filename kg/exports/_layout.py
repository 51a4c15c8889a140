"""A seeded, readable layout shared by the PNG picture and the yEd graphics in GraphML."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

SPRING_LIMIT = 500


def layout(graph: nx.DiGraph) -> dict[Any, tuple[float, float]]:
    """Seeded spring layout per connected component, components packed in rows.

    One spring layout of the whole graph flings small components to the edges
    and squeezes the big one into the middle; laying them out one by one keeps
    every part readable.
    """
    if graph.number_of_nodes() == 0:
        return {}
    undirected = nx.Graph(graph.to_undirected())
    parts = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(c)))
    placed: list[tuple[float, dict[Any, Any]]] = []
    for part in parts:
        radius = 0.8 * math.sqrt(len(part))
        if len(part) == 1:
            local = {next(iter(part)): (0.0, 0.0)}
        else:
            sub = undirected.subgraph(part)
            # networkx's spring layout needs scipy from 500 nodes on: a circle will do there
            small = len(part) < SPRING_LIMIT
            spring = (
                nx.spring_layout(sub, k=2.5 / math.sqrt(len(part)), iterations=300, seed=7)
                if small
                else nx.circular_layout(sub)
            )
            spread = max(abs(c) for xy in spring.values() for c in xy) or 1.0
            local = {
                node: (x * radius / spread, y * radius / spread) for node, (x, y) in spring.items()
            }
        placed.append((radius, local))
    total = sum((2 * r + 1) ** 2 for r, _ in placed)
    row_width = max(max(2 * r + 1 for r, _ in placed), 1.4 * math.sqrt(total))
    positions: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for radius, local in placed:
        size = 2 * radius + 1
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (dx, dy) in local.items():
            positions[node] = (x + size / 2 + dx, y - size / 2 + dy)
        x += size
        row_height = max(row_height, size)
    return positions
