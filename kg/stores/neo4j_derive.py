"""The derived data of the Neo4j model, written after every load.

The lookups come from :func:`kg.stores.derived.derive`, the same function the
embedded store uses, fed with the facts read back from Neo4j. What Neo4j keeps
(docs/architecture.md, "Derived data"): the rows of the whole-graph questions, as
``(provider)-[:RIVAL_RENTAL {rival, rival_of}]->(lab)`` (competitor-compute) and
``(supplier)-[:SOLE_SUPPLIER {lab, supplier}]->(lab)`` (single-supplier) between the
rental's own nodes, and ``ai_labs`` on providers (supplier-concentration); plus
indexes on the properties questions look entities up by. Questions anchored on an
entity walk rebrands and control chains themselves: from one node, Neo4j does that
in milliseconds.

Example:
    >>> derive_neo4j(driver, database="neo4j")  # doctest: +SKIP
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any

from neo4j import Driver

from kg.stores.derived import Derived, Facts, derive
from kg.stores.neo4j_store import cypher_file
from ontology import relation_by_neo4j_type

_BATCH = 10_000


@cache
def statements() -> dict[str, str]:
    """The blocks of ``derive.cypher``, by the name on their ``// name:`` line."""
    found = {}
    for block in cypher_file("derive").split("\n;\n"):
        lines = block.strip().splitlines()
        header = next(i for i, line in enumerate(lines) if line.startswith("// name:"))
        found[lines[header].split(":", 1)[1].strip()] = "\n".join(lines[header + 1 :])
    return found


def derive_neo4j(
    driver: Driver,
    *,
    database: str = "neo4j",
    derived: Derived | None = None,
    fresh: bool = False,
    imported: bool = False,
) -> Derived | None:
    """Recompute the derived data from the graph's facts and write it (idempotent).

    Reading every entity and fact back takes seconds at 100k facts, so a caller that
    knows every fact passes the rows ``derived`` from them (the first Cypher load from
    the facts it wrote, the bulk load from those it imported, computed while the
    import ran), and ``fresh`` when the graph holds no derived data yet (nothing to
    remove first, which saves two scans on a server that has just started).
    ``imported``: a bulk import wrote the rows (kg/stores/neo4j_csv.py), only the
    indexes are missing. Returns the rows written, if any.
    """
    text = statements()
    with driver.session(database=database) as session:
        for name in ("index_name", "index_ai_labs"):
            session.run(text[name]).consume()
        if imported:
            return None
        if derived is None:
            derived = derive(_read_facts(session, text))
        if not fresh:
            session.run(text["clear_rows"]).consume()
            session.run(text["clear_counts"]).consume()
        keys = ("provider", "lab", "rival", "rival_of")
        _write(session, text["write_rival_rentals"], keys, derived.rival_rentals)
        keys = ("lab", "supplier", "provider_node", "lab_node")
        _write(session, text["write_sole_suppliers"], keys, derived.sole_suppliers)
        _write(session, text["write_lab_counts"], ("provider", "labs"), derived.lab_counts.items())
    return derived


def _read_facts(session: Any, text: dict[str, str]) -> Facts:
    nodes = {r["iri"]: r["type"] for r in session.run(text["read_entities"])}
    edges: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in session.run(text["read_facts"]):
        edges[relation_by_neo4j_type(r["type"]).name].add((r["subject"], r["object"]))
    return Facts.from_edges(nodes, edges)


def _write(session: Any, statement: str, keys: tuple[str, ...], rows: Any) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(dict(zip(keys, row, strict=True)))
        if len(batch) >= _BATCH:
            session.execute_write(_run, statement, batch)
            batch = []
    if batch:
        session.execute_write(_run, statement, batch)


def _run(tx: Any, statement: str, rows: list[dict[str, Any]]) -> None:
    tx.run(statement, rows=rows).consume()
