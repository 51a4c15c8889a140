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
    """The shortest chain, as (subject, relation, object) IRIs.

    Breadth first from both ends at once (always the smaller frontier, a whole level
    at a time): a chain through a hub meets in the middle instead of visiting every
    neighbour of the hub's neighbours. The chain returned is the one a search from
    ``start`` alone would find, visiting each level in IRI order: walking back from
    ``end``, each step goes to the least IRI one step nearer ``start`` on a shortest
    chain, by the least relation name (stated direction first).
    """
    if start == end:
        return []
    search = _Search(store, q, start, end)
    length = search.run(limit)
    node, steps = end, []
    for k in range(length, 0, -1):
        previous = min(w for w in search.neighbours(node) if search.on_chain(w, k - 1))
        steps.append(search.step(previous, node))
        node = previous
    return steps[::-1]


class _Search:
    """Two breadth-first searches, one from each end, and what they learnt."""

    def __init__(self, store: Any, q: Question, start: str, end: str) -> None:
        self.store, self.q = store, q
        self.dist: tuple[dict[str, int], dict[str, int]] = ({start: 0}, {end: 0})
        self.frontier: tuple[list[str], list[str]] = ([start], [end])
        self.radius = [0, 0]
        self.rows: dict[str, list[dict[str, Any]]] = {}  # each expanded node's facts
        self.length = 0
        self.near_end: set[str] = set()  # end-side nodes on a shortest chain

    def run(self, limit: int) -> int:
        """The length of the shortest chain; raises if there is none within ``limit``."""
        while sum(self.radius) < limit:
            side = 0 if len(self.frontier[0]) <= len(self.frontier[1]) else 1
            self._expand(side)
            met = [n for n in self.frontier[side] if n in self.dist[1 - side]]
            if met:
                self.length = sum(self.radius)
                self._mark_near_end()
                return self.length
            if not self.frontier[side]:
                break
        raise QueryError(f"no chain of at most {limit} facts links the two entities")

    def _expand(self, side: int) -> None:
        dist, depth = self.dist[side], self.radius[side] + 1
        following: list[str] = []
        for node, rows in _neighbourhoods(self.store, self.q, self.frontier[side]):
            self.rows[node] = rows
            for row in rows:
                if row["neighbor"] not in dist:
                    dist[row["neighbor"]] = depth
                    following.append(row["neighbor"])
            if len(self.dist[0]) + len(self.dist[1]) > MAX_NODES:
                raise QueryError(
                    f"no path found after looking at {MAX_NODES} entities; "
                    "ask about entities that are closer, or lower --max-steps"
                )
        self.frontier[side][:] = sorted(following)
        self.radius[side] = depth

    def _mark_near_end(self) -> None:
        """End-side nodes on a shortest chain: from where the searches met, layer by
        layer towards ``end`` (a node is on one if it neighbours one a layer out)."""
        from_start, from_end = self.dist
        outer = self.radius[1]
        layer = {
            n for n, d in from_end.items() if d == outer and from_start.get(n) == self.radius[0]
        }
        self.near_end |= layer
        for depth in range(outer - 1, -1, -1):
            layer = {
                n
                for n, d in from_end.items()
                if d == depth and any(w in layer for w in self.neighbours(n))
            }
            self.near_end |= layer

    def neighbours(self, node: str) -> set[str]:
        if node not in self.rows:
            self.rows[node] = next(_neighbourhoods(self.store, self.q, [node]))[1]
        return {row["neighbor"] for row in self.rows[node]}

    def on_chain(self, node: str, steps_from_start: int) -> bool:
        """Whether ``node`` is ``steps_from_start`` from ``start`` on a shortest chain
        (asked only of neighbours of a node one step further on one)."""
        known = self.dist[0].get(node)
        if known is not None and known <= self.radius[0]:
            return known == steps_from_start
        return node in self.near_end and self.length - self.dist[1][node] == steps_from_start

    def step(self, previous: str, node: str) -> Step:
        """The fact between two neighbours, as the search from ``previous`` sees it."""
        if previous in self.rows:
            seen = [(relation_name(r["relation"]), not r["forward"], r["relation"])
                    for r in self.rows[previous] if r["neighbor"] == node]  # fmt: skip
        else:
            seen = [(relation_name(r["relation"]), bool(r["forward"]), r["relation"])
                    for r in self.rows[node] if r["neighbor"] == previous]  # fmt: skip
        _, backwards, relation = min(seen)
        return (node, str(relation), previous) if backwards else (previous, str(relation), node)


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
