"""Load rows (entities, articles, claims) into Neo4j, following the Neo4j model.

Every write is a batched ``UNWIND $rows ...`` run through managed transactions
(``session.execute_write``), so the driver retries a batch on a transient
error. A claim is loaded whole in one transaction (its share of its fact
relationships' evidence lists, or, for a claim that is not a fact, its Claim
node and three edges), and a claim already in the graph is skipped: loading
twice changes nothing, loading after more ingest adds only what is new, and a
load cut short (even by a killed server) is finished by running it again.

Into a graph without claims (the first load, or ``full``) the loader does less:
no lookup of which claims are new, and batches that hold every claim of an
entity pair (:func:`kg.stores.neo4j_facts.pair_batches`), so each fact is
created once with its whole evidence instead of being merged and its lists
concatenated batch after batch (:mod:`kg.stores.neo4j_first_load`). ``kg load
--full`` into the project's own server goes faster still, through
``neo4j-admin`` (:mod:`kg.stores.neo4j_bulk`).

Example:
    >>> with connect(settings) as driver:                          # doctest: +SKIP
    ...     load_rows(driver, store.entities(), store.articles(), store.claims())
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from kg.stores.derived import Derived, Facts, derive
from kg.stores.neo4j_derive import derive_neo4j
from kg.stores.neo4j_facts import (
    ArticleInfo,
    batches,
    cited,
    claim_node_rows,
    fact_statement,
    group_facts,
)
from kg.stores.neo4j_first_load import create_whole_facts, knows_every_end, remember
from kg.stores.neo4j_store import cypher_file
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import class_ancestors
from ontology.errors import StoreError, StoreUnavailableError

Progress = Callable[[str, int], None]
"""Called as ``progress(stage, rows_done_in_this_step)``; stage is entities, articles or claims."""


@dataclass
class LoadSummary:
    """What one load did, and the graph's size after it."""

    entities: int = 0
    articles: int = 0
    claims_seen: int = 0
    claims_new: int = 0
    fact_updates: int = 0
    nodes: int = 0
    relationships: int = 0
    seconds: float = 0.0
    facts_by_type: dict[str, int] = field(default_factory=dict)


def ensure_schema(driver: Driver, *, database: str = "neo4j") -> None:
    """Create the uniqueness constraints (idempotent); done before any write."""
    statements = [s.strip() for s in cypher_file("schema").split("\n;\n")]
    with driver.session(database=database) as session:
        for statement in statements:
            session.run(statement).consume()


def wipe(driver: Driver, *, database: str = "neo4j") -> None:
    """Delete the whole graph (``kg load --full``); constraints stay."""
    with driver.session(database=database) as session:
        session.run(cypher_file("wipe")).consume()


def graph_counts(driver: Driver, *, database: str = "neo4j") -> tuple[int, int]:
    """``(nodes, relationships)`` in the database."""
    with driver.session(database=database) as session:
        record = session.run(cypher_file("graph_counts")).single(strict=True)
        return int(record["nodes"]), int(record["relationships"])


def load_rows(
    driver: Driver,
    entities: Iterable[EntityRow],
    articles: Iterable[ArticleRow],
    claims: Iterable[ClaimRow],
    *,
    database: str = "neo4j",
    batch_size: int = 5000,
    full: bool = False,
    progress: Progress | None = None,
) -> LoadSummary:
    """Load the rows; ``full`` wipes the graph first. Raises StoreError on any failure."""
    started = time.perf_counter()
    summary = LoadSummary()
    tick = progress or (lambda stage, n: None)
    with load_errors():
        ensure_schema(driver, database=database)
        if full:
            wipe(driver, database=database)
        with driver.session(database=database) as session:
            first_load = not session.run(cypher_file("has_claims")).single(strict=True)["loaded"]
            entity_types: dict[str, str | None] = {}
            node_ids: dict[str, str] = {}  # entity IRI -> element id, for a first load
            for batch in batches(entities, batch_size):
                rows = [_entity_params(e) for e in batch]
                entity_types.update((e.iri, e.type) for e in batch)
                node_ids.update(session.execute_write(_merge_entities, rows))
                summary.entities += len(rows)
                tick("entities", len(rows))
            article_info: ArticleInfo = {}
            for article_batch in batches(articles, batch_size):
                rows = [a.model_dump() for a in article_batch]
                session.execute_write(_run, cypher_file("merge_articles"), rows)
                article_info.update((a.iri, (a.source, a.published)) for a in article_batch)
                summary.articles += len(rows)
                tick("articles", len(rows))
            # Into a graph without claims each fact is created once, whole, and the facts
            # written are all the graph's, so the derived data needs not read them back
            # (kg/stores/neo4j_first_load.py). Otherwise each batch looks up which
            # claims are new and merges them into their facts.
            known: Facts | None = None
            if first_load:
                known = Facts(nodes=entity_types)
                written = create_whole_facts(
                    driver, session, database, list(claims), article_info, node_ids, batch_size
                )
                for done in written:
                    _count(summary, done.claims, done.claims, done.counts())
                    remember(known, done)
                    tick("claims", done.claims)
                if not knows_every_end(known):
                    known = None  # facts between entities loaded earlier: read the graph
            else:
                for claim_batch in batches(claims, batch_size):
                    new, by_type = session.execute_write(_add_claims, claim_batch, article_info)
                    _count(summary, len(claim_batch), new, by_type)
                    tick("claims", len(claim_batch))
        derived = derive(known) if known is not None else None
        finish_load(driver, summary, database=database, derived=derived)
    summary.seconds = time.perf_counter() - started
    return summary


def finish_load(
    driver: Driver,
    summary: LoadSummary,
    *,
    database: str = "neo4j",
    derived: Derived | None = None,
    fresh: bool = False,
    imported: bool = False,
) -> None:
    """The end of every load, transactional or bulk: refresh the derived data, count the graph.

    The derived rows (kg/stores/neo4j_derive.py) depend on the whole graph, so they
    are recomputed after any load, by both paths, before ``summary`` reads the size.
    Rows ``derived`` from facts the caller knows save reading the graph back
    (:func:`kg.stores.neo4j_derive.derive_neo4j`); ``imported``: the bulk import
    wrote them already.
    """
    derive_neo4j(driver, database=database, derived=derived, fresh=fresh, imported=imported)
    summary.nodes, summary.relationships = graph_counts(driver, database=database)


@contextmanager
def load_errors() -> Iterator[None]:
    """Turn the driver's errors during a load into StoreError, saying that a rerun finishes it."""
    try:
        yield
    except Neo4jError as exc:
        raise StoreError(
            f"loading into Neo4j failed: {exc.message} ({exc.code}); batches already "
            "committed stay, and running the load again finishes it"
        ) from exc
    except DriverError as exc:
        raise StoreUnavailableError(
            f"lost the connection to Neo4j while loading ({exc}); batches already committed "
            "stay: once the server is back (`kg neo4j start`), run the load again to finish it"
        ) from exc


def _run(tx: ManagedTransaction, statement: str, rows: list[dict[str, Any]]) -> None:
    tx.run(statement, rows=rows).consume()


def _merge_entities(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Merge a batch of entities; their element ids by IRI."""
    result = tx.run(cypher_file("merge_entities"), rows=rows)
    return {record["iri"]: record["id"] for record in result}


def _count(summary: LoadSummary, seen: int, new: int, by_type: dict[str, int]) -> None:
    summary.claims_seen += seen
    summary.claims_new += new
    for neo4j_type, count in by_type.items():
        summary.facts_by_type[neo4j_type] = summary.facts_by_type.get(neo4j_type, 0) + count
        summary.fact_updates += count


def _add_claims(
    tx: ManagedTransaction, batch: list[ClaimRow], article_info: ArticleInfo
) -> tuple[int, dict[str, int]]:
    """One transaction: create the batch's new claims and add them to their facts."""
    unique = list({c.iri: c for c in batch}.values())
    ends = [{"iri": c.iri, "subject": c.subject, "object": c.object} for c in unique]
    new_iris = {record["iri"] for record in tx.run(cypher_file("new_claims"), rows=ends)}
    fresh = cited([c for c in unique if c.iri in new_iris], article_info)
    if not fresh:
        return 0, {}
    nodes = claim_node_rows(fresh)
    if nodes:
        tx.run(cypher_file("create_claims"), rows=nodes).consume()
    by_type: dict[str, list[dict[str, Any]]] = {}
    for fact in group_facts(fresh, article_info):
        by_type.setdefault(fact.neo4j_type, []).append(fact.row())
    for neo4j_type, rows in by_type.items():
        tx.run(fact_statement(neo4j_type), rows=rows).consume()
    return len(fresh), {t: len(rows) for t, rows in by_type.items()}


def _entity_params(entity: EntityRow) -> dict[str, Any]:
    return {
        "iri": entity.iri,
        "name": entity.name,
        "type": entity.type,
        # None, not []: no property, as neo4j-admin writes an entity without aliases
        "aliases": list(entity.aliases) or None,
        "labels": class_ancestors(entity.type),
    }
