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
concatenated batch after batch. ``kg load --full`` into the project's own
server goes faster still, through ``neo4j-admin`` (:mod:`kg.stores.neo4j_bulk`).

Example:
    >>> with connect(settings) as driver:                          # doctest: +SKIP
    ...     load_rows(driver, store.entities(), store.articles(), store.claims())
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from kg.stores.derived import Derived, Facts, derive
from kg.stores.neo4j_derive import derive_neo4j
from kg.stores.neo4j_facts import (
    ArticleInfo,
    batches,
    group_facts,
    is_fact,
    pair_batches,
    prepared_ahead,
)
from kg.stores.neo4j_store import cypher_file
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import class_ancestors, relation_by_neo4j_type, relations
from ontology.errors import StoreError, StoreUnavailableError

Progress = Callable[[str, int], None]
"""Called as ``progress(stage, rows_done_in_this_step)``; stage is entities, articles or claims."""

_TYPE_SLOT = "__REL_TYPE__"
_TYPE_SHAPE = re.compile(r"[A-Z][A-Z0-9_]*")


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


@cache
def fact_statement(neo4j_type: str, template: str = "merge_fact") -> str:
    """``merge_fact.cypher`` (or ``create_fact``) for one relationship type of the registry."""
    known = {rel.neo4j_type for rel in relations().values()}
    if neo4j_type not in known or not _TYPE_SHAPE.fullmatch(neo4j_type):
        raise StoreError(f"{neo4j_type!r} is not a relationship type of the ontology")
    text = cypher_file(template)
    return text.replace(_TYPE_SLOT, neo4j_type)


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
            # Into a graph without claims every claim is new, and batches that hold all
            # claims of an entity pair let each fact be created once, whole; the next
            # batch is grouped while this one is written, and the facts written are all
            # the graph's, so the derived data needs not read them back. Otherwise each
            # batch looks up which claims are new and merges them into their facts.
            known: Facts | None = None
            if first_load:
                known = Facts(nodes=entity_types)
                claims = list(claims)  # read twice: ends first, then in batches
                node_ids.update(_element_ids(driver, database, _ends(claims) - set(node_ids)))
                prepare = partial(_prepare_first, article_info=article_info, node_ids=node_ids)
                for prepared in prepared_ahead(pair_batches(claims, batch_size), prepare):
                    new, by_type = session.execute_write(_create_first, prepared)
                    _count(summary, prepared.claims, new, by_type)
                    _remember(known, prepared)
                    tick("claims", prepared.claims)
                if not all(e in known.nodes for pair in _pairs(known) for e in pair):
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


@dataclass(frozen=True)
class _FirstBatch:
    """One batch of a first load, grouped and ready to send."""

    claims: int
    claim_nodes: list[dict[str, Any]]
    facts: dict[str, list[dict[str, Any]]]
    """Neo4j type -> ``create_fact.cypher`` rows."""


def _prepare_first(
    batch: list[ClaimRow], article_info: ArticleInfo, node_ids: dict[str, str]
) -> _FirstBatch:
    """Group a batch of a first load (in a thread, while the previous batch is written).

    Each fact row carries its ends' element ids (``sid``, ``oid``): Neo4j finds a
    node by id faster than by the ``iri`` index (a fifth of a first load's time).
    """
    by_type: dict[str, list[dict[str, Any]]] = {}
    for fact in group_facts(_cited(batch, article_info), article_info):
        row = fact.row()
        row["sid"], row["oid"] = node_ids.get(fact.subject), node_ids.get(fact.object)
        by_type.setdefault(fact.neo4j_type, []).append(row)
    return _FirstBatch(len(batch), _claim_node_rows(batch), by_type)


def _create_first(tx: ManagedTransaction, batch: _FirstBatch) -> tuple[int, dict[str, int]]:
    """One transaction of a first load: the batch's Claim nodes, and its facts created whole."""
    if batch.claim_nodes:
        tx.run(cypher_file("create_claims"), rows=batch.claim_nodes).consume()
    for neo4j_type, rows in batch.facts.items():
        tx.run(fact_statement(neo4j_type, "create_fact"), rows=rows).consume()
    return batch.claims, {t: len(rows) for t, rows in batch.facts.items()}


def _merge_entities(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Merge a batch of entities; their element ids by IRI."""
    result = tx.run(cypher_file("merge_entities"), rows=rows)
    return {record["iri"]: record["id"] for record in result}


def _ends(claims: Iterable[ClaimRow]) -> set[str]:
    return {iri for c in claims for iri in (c.subject, c.object)}


def _element_ids(driver: Driver, database: str, iris: set[str]) -> dict[str, str]:
    """Element ids of entities loaded before (claims may name them); a missing one is absent."""
    if not iris:
        return {}
    records, _, _ = driver.execute_query(
        cypher_file("element_ids"), iris=sorted(iris), database_=database
    )
    return {record["iri"]: record["id"] for record in records}


def _remember(known: Facts, batch: _FirstBatch) -> None:
    """Add a first load's batch of facts to what the derived data is computed from."""
    edges = {
        "rebrands-as": known.rebrands, "controls": known.controls,
        "rents-capacity-to": known.rentals, "competes-with": known.rivalries,
    }  # fmt: skip
    for neo4j_type, rows in batch.facts.items():
        pairs = edges.get(relation_by_neo4j_type(neo4j_type).name)
        if pairs is not None:
            pairs.update((row["subject"], row["object"]) for row in rows)


def _pairs(known: Facts) -> Iterator[tuple[str, str]]:
    yield from known.rebrands | known.controls | known.rentals | known.rivalries


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
    fresh = _cited([c for c in unique if c.iri in new_iris], article_info)
    if not fresh:
        return 0, {}
    nodes = _claim_node_rows(fresh)
    if nodes:
        tx.run(cypher_file("create_claims"), rows=nodes).consume()
    by_type: dict[str, list[dict[str, Any]]] = {}
    for fact in group_facts(fresh, article_info):
        by_type.setdefault(fact.neo4j_type, []).append(fact.row())
    for neo4j_type, rows in by_type.items():
        tx.run(fact_statement(neo4j_type), rows=rows).consume()
    return len(fresh), {t: len(rows) for t, rows in by_type.items()}


def _cited(claims: list[ClaimRow], article_info: ArticleInfo) -> list[ClaimRow]:
    """``claims``, after checking that each cites a loaded article (else StoreError)."""
    missing = {c.article for c in claims if c.article not in article_info}
    if missing:
        raise StoreError(
            f"{len(missing)} claim(s) cite articles that were not loaded, e.g. {min(missing)}"
        )
    return claims


def _claim_node_rows(claims: list[ClaimRow]) -> list[dict[str, Any]]:
    """``create_claims.cypher`` rows: Claim nodes only for the claims that are not facts.

    Claims that are facts need no node: their fact relationship's lists hold them.
    """
    return [c.model_dump(exclude={"extractor"}) for c in claims if not is_fact(c)]


def _entity_params(entity: EntityRow) -> dict[str, Any]:
    return {
        "iri": entity.iri,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "labels": class_ancestors(entity.type),
    }
