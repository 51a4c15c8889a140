"""``path``: the shortest chain of facts between two entities.

Neither store's own shortest-path search breaks ties the same way as the
other's, so the search runs here, breadth first, one neighbourhood query per
node (on Neo4j one per step, for the whole frontier), in IRI order: both stores
give the same chain. Each step then gets its evidence from a lookup query.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ontology import QueryError
from queries._question import Question, query_text
from queries._resolve import entity_param, relation_param
from queries._results import PathStep
from queries._shape import evidence as row_evidence
from queries._shape import relation_name, sorted_evidence

MAX_NODES = 50_000  # a search that explores more than this is not a "chain" any more


def run_path(store: Any, q: Question, bound: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows describing the path: one row per claim of each step, with ``step``."""
    start, end = str(bound["start"]), str(bound["end"])
    limit = int(bound.get("max_steps") or 6)
    steps = _search(store, q, start, end, limit)
    rows: list[dict[str, Any]] = []
    lookup = query_text("lookups/fact-evidence", store.query_language)
    for number, (subject, relation, obj) in enumerate(steps, start=1):
        params = {
            "subject": entity_param(store, subject),
            "relation": relation_param(store, relation_name(relation)),
            "object": entity_param(store, obj),
        }
        for row in store.run(lookup, params):
            rows.append({**row, "step": number, "relation": relation_name(relation)})
    return rows


Step = tuple[str, str, str]


def _search(store: Any, q: Question, start: str, end: str, limit: int) -> list[Step]:
    """Breadth-first search; returns the steps as (subject, relation, object) IRIs."""
    if start == end:
        return []
    parent: dict[str, tuple[str, str, str]] = {}  # node -> (previous node, relation, subject)
    seen = {start}
    frontier = [start]
    for _ in range(limit):
        following: list[str] = []
        for node, rows in _neighbourhoods(store, q, frontier):
            rows.sort(key=lambda r: (r["neighbor"], relation_name(r["relation"]), not r["forward"]))
            for row in rows:
                neighbor = row["neighbor"]
                if neighbor in seen:
                    continue
                seen.add(neighbor)
                subject = node if row["forward"] else neighbor
                parent[neighbor] = (node, str(row["relation"]), subject)
                if neighbor == end:
                    return _steps(parent, start, end)
                following.append(neighbor)
            if len(seen) > MAX_NODES:
                raise QueryError(
                    f"no path found after looking at {MAX_NODES} entities; "
                    "ask about entities that are closer, or lower --max-steps"
                )
        frontier = sorted(following)
        if not frontier:
            break
    raise QueryError(f"no chain of at most {limit} facts links the two entities")


def _neighbourhoods(
    store: Any, q: Question, frontier: list[str]
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each frontier node's facts, in frontier order. Neo4j answers the whole frontier in
    one query (``$nodes``: round trips are its cost); the embedded store, in-process,
    answers node by node, so that a search that ends early asks no more."""
    text = q.text(store.query_language)
    if store.query_language == "sparql":
        for node in frontier:
            yield node, store.run(text, {"node": entity_param(store, node)})
        return
    by_node: dict[str, list[dict[str, Any]]] = {node: [] for node in frontier}
    for row in store.run(text, {"nodes": frontier}):
        by_node[row["node"]].append(row)
    yield from by_node.items()


def _steps(
    parent: dict[str, tuple[str, str, str]], start: str, end: str
) -> list[tuple[str, str, str]]:
    steps: list[tuple[str, str, str]] = []
    node = end
    while node != start:
        previous, relation, subject = parent[node]
        obj = node if subject == previous else previous
        steps.append((subject, relation, obj))
        node = previous
    return steps[::-1]


def shape_path(rows: list[dict[str, Any]]) -> list[PathStep]:
    """One result per step, in order, with its evidence."""
    by_step: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_step.setdefault(row["step"], []).append(row)
    steps = []
    for number in sorted(by_step):
        group = by_step[number]
        first = group[0]
        found = [item for item in map(row_evidence, group) if item is not None]
        steps.append(
            PathStep(
                step=number,
                subject=first["subject_name"],
                relation=first["relation"],
                object=first["object_name"],
                evidence=sorted_evidence(found),
            )
        )
    return steps
