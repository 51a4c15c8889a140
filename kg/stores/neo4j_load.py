"""Load rows (entities, articles, claims) into Neo4j, following the Neo4j model.

Every write is a batched ``UNWIND $rows ... MERGE`` run through managed
transactions (``session.execute_write``), so the driver retries a batch on a
transient error. A claim is loaded whole in one transaction (its node, its
three edges and its share of the fact relationships' evidence lists), and a
claim already in the graph is skipped: loading twice changes nothing, loading
after more ingest adds only what is new, and a load cut short (even by a killed
server) is finished by running it again.

Example:
    >>> with connect(settings) as driver:                          # doctest: +SKIP
    ...     load_rows(driver, store.entities(), store.articles(), store.claims())
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, TypeVar

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from kg.stores.neo4j_derive import derive_neo4j
from kg.stores.neo4j_store import cypher_file
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import FACT_STATUSES, class_ancestors, relation, relations
from ontology.errors import StoreError, StoreUnavailableError

Progress = Callable[[str, int], None]
"""Called as ``progress(stage, rows_done_in_this_step)``; stage is entities, articles or claims."""

_TYPE_SLOT = "__REL_TYPE__"
_TYPE_SHAPE = re.compile(r"[A-Z][A-Z0-9_]*")
T = TypeVar("T")


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
def fact_statement(neo4j_type: str) -> str:
    """``merge_fact.cypher`` for one relationship type, which must be in the registry."""
    known = {rel.neo4j_type for rel in relations().values()}
    if neo4j_type not in known or not _TYPE_SHAPE.fullmatch(neo4j_type):
        raise StoreError(f"{neo4j_type!r} is not a relationship type of the ontology")
    text = cypher_file("merge_fact")
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
    try:
        ensure_schema(driver, database=database)
        if full:
            wipe(driver, database=database)
        with driver.session(database=database) as session:
            # Into a graph without claims, every claim is new: skip the per-batch lookup
            # (a set keeps claims repeated across batches from being created twice).
            first_load = not session.run(cypher_file("has_claims")).single(strict=True)["loaded"]
            seen: set[str] = set()
            for batch in _batches(entities, batch_size):
                rows = [_entity_params(e) for e in batch]
                session.execute_write(_run, cypher_file("merge_entities"), rows)
                summary.entities += len(rows)
                tick("entities", len(rows))
            article_info: dict[str, tuple[str, date | None]] = {}
            for article_batch in _batches(articles, batch_size):
                rows = [a.model_dump() for a in article_batch]
                session.execute_write(_run, cypher_file("merge_articles"), rows)
                article_info.update((a.iri, (a.source, a.published)) for a in article_batch)
                summary.articles += len(rows)
                tick("articles", len(rows))
            for claim_batch in _batches(claims, batch_size):
                unique = list({c.iri: c for c in claim_batch if c.iri not in seen}.values())
                if first_load:
                    seen.update(c.iri for c in unique)
                new, by_type = session.execute_write(
                    _write_claims, unique, article_info, check=not first_load
                )
                summary.claims_seen += len(claim_batch)
                summary.claims_new += new
                for neo4j_type, count in by_type.items():
                    summary.facts_by_type[neo4j_type] = summary.facts_by_type.get(neo4j_type, 0)
                    summary.facts_by_type[neo4j_type] += count
                    summary.fact_updates += count
                tick("claims", len(claim_batch))
        summary.nodes, summary.relationships = graph_counts(driver, database=database)
        derive_neo4j(driver, database=database)
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
    summary.seconds = time.perf_counter() - started
    return summary


def _run(tx: ManagedTransaction, statement: str, rows: list[dict[str, Any]]) -> None:
    tx.run(statement, rows=rows).consume()


def _write_claims(
    tx: ManagedTransaction,
    batch: list[ClaimRow],
    article_info: dict[str, tuple[str, date | None]],
    *,
    check: bool = True,
) -> tuple[int, dict[str, int]]:
    """One transaction: create the batch's new claims and add them to their facts."""
    fresh = batch
    if check:
        result = tx.run(cypher_file("new_claims"), iris=[c.iri for c in batch])
        new_iris = {record["iri"] for record in result}
        fresh = [c for c in batch if c.iri in new_iris]
    if not fresh:
        return 0, {}
    missing = {c.article for c in fresh if c.article not in article_info}
    if missing:
        raise StoreError(
            f"{len(missing)} claim(s) cite articles that were not loaded, e.g. {min(missing)}"
        )
    claim_rows = [_claim_params(c) for c in fresh]
    tx.run(cypher_file("create_claims"), rows=claim_rows).consume()
    by_type = _fact_rows(fresh, article_info)
    for neo4j_type, rows in by_type.items():
        tx.run(fact_statement(neo4j_type), rows=rows).consume()
    return len(fresh), {t: len(rows) for t, rows in by_type.items()}


def _fact_rows(
    claims: list[ClaimRow], article_info: dict[str, tuple[str, date | None]]
) -> dict[str, list[dict[str, Any]]]:
    """Group fact claims by (type, subject, object): one row of parallel lists per fact."""
    owns, controls = relation("owns"), relation("controls")
    facts: dict[tuple[str, str, str], dict[str, Any]] = {}
    for claim in claims:
        if claim.status not in FACT_STATUSES:
            continue
        rel = relation(claim.predicate)
        targets = [rel.neo4j_type]
        if rel.name == owns.name and claim.stake is not True:
            targets.append(controls.neo4j_type)
        source, published = article_info[claim.article]
        for neo4j_type in targets:
            key = (neo4j_type, claim.subject, claim.object)
            fact = facts.get(key)
            if fact is None:
                fact = facts[key] = {
                    "subject": claim.subject, "object": claim.object, "claims": [],
                    "sources": [], "sentences": [], "published": [], "statuses": [],
                    "confidence": claim.confidence, "first": None, "last": None,
                    "stake": None, "share": None,
                }  # fmt: skip
            _add_evidence(fact, claim, source, published, stake_share=neo4j_type == owns.neo4j_type)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for (neo4j_type, _, _), fact in facts.items():
        grouped.setdefault(neo4j_type, []).append(fact)
    return grouped


def _add_evidence(
    fact: dict[str, Any], claim: ClaimRow, source: str, published: date | None, *, stake_share: bool
) -> None:
    fact["claims"].append(claim.iri)
    fact["sources"].append(source)
    fact["sentences"].append(claim.sentence)
    # Neo4j lists hold no nulls: an unknown date is "" so the lists stay parallel.
    fact["published"].append(published.isoformat() if published else "")
    fact["statuses"].append(claim.status)
    fact["confidence"] = max(fact["confidence"], claim.confidence)
    if published is not None:
        fact["first"] = published if fact["first"] is None else min(fact["first"], published)
        fact["last"] = published if fact["last"] is None else max(fact["last"], published)
    if stake_share:
        is_stake = claim.stake is True
        fact["stake"] = is_stake if fact["stake"] is None else fact["stake"] and is_stake
        if claim.share is not None:
            fact["share"] = (
                claim.share if fact["share"] is None else max(fact["share"], claim.share)
            )


def _entity_params(entity: EntityRow) -> dict[str, Any]:
    return {
        "iri": entity.iri,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "labels": class_ancestors(entity.type),
    }


def _claim_params(claim: ClaimRow) -> dict[str, Any]:
    return claim.model_dump(exclude={"extractor"})


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
