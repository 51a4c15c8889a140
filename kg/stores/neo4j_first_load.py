"""The first load into a graph without claims: each fact created once, whole.

Into a graph without claims every claim is new, so the loader
(:func:`kg.stores.neo4j_load.load_rows`) skips the lookup of which claims are new
and sends batches that hold every claim of an entity pair
(:func:`kg.stores.neo4j_facts.pair_batches`): each fact is then CREATEd once with
its whole evidence (``create_fact.cypher``) instead of being merged and its lists
concatenated batch after batch. Its ends are found by the element ids the entity
MERGE returned, the next batch is grouped in a thread while Neo4j writes one, and
the facts written are remembered for the derived data, which then needs not read
them back.

Example:
    >>> known = Facts(nodes=entity_types)                            # doctest: +SKIP
    >>> for batch in create_whole_facts(driver, session, "neo4j", claims, info, ids, 10000):
    ...     remember(known, batch)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from neo4j import Driver, ManagedTransaction, Session

from kg.stores.derived import Facts
from kg.stores.neo4j_facts import (
    ArticleInfo,
    cited,
    claim_node_rows,
    fact_statement,
    group_facts,
    pair_batches,
    prepared_ahead,
)
from kg.stores.neo4j_store import cypher_file
from kg.stores.rows import ClaimRow
from ontology import relation_by_neo4j_type


def create_whole_facts(
    driver: Driver,
    session: Session,
    database: str,
    claims: list[ClaimRow],
    article_info: ArticleInfo,
    node_ids: dict[str, str],
    batch_size: int,
) -> Iterator[FirstBatch]:
    """Write ``claims`` in pair batches, one transaction each; yields each batch once written.

    ``node_ids`` (entity IRI -> element id) holds the entities this load merged;
    the ends of facts between entities loaded earlier are looked up first.
    """
    node_ids.update(_element_ids(driver, database, _ends(claims) - set(node_ids)))
    prepare = partial(_prepare_first, article_info=article_info, node_ids=node_ids)
    for prepared in prepared_ahead(pair_batches(claims, batch_size), prepare):
        session.execute_write(_create_first, prepared)
        yield prepared


def remember(known: Facts, batch: FirstBatch) -> None:
    """Add a written batch's facts to what the derived data is computed from."""
    edges = {
        "rebrands-as": known.rebrands, "controls": known.controls,
        "rents-capacity-to": known.rentals, "competes-with": known.rivalries,
    }  # fmt: skip
    for neo4j_type, rows in batch.facts.items():
        pairs = edges.get(relation_by_neo4j_type(neo4j_type).name)
        if pairs is not None:
            pairs.update((row["subject"], row["object"]) for row in rows)


def knows_every_end(known: Facts) -> bool:
    """Whether every fact remembered is between entities of this load (else read the graph)."""
    facts = known.rebrands | known.controls | known.rentals | known.rivalries
    return all(e in known.nodes for pair in facts for e in pair)


@dataclass(frozen=True)
class FirstBatch:
    """One batch of a first load, grouped and ready to send."""

    claims: int
    claim_nodes: list[dict[str, Any]]
    facts: dict[str, list[dict[str, Any]]]
    """Neo4j type -> ``create_fact.cypher`` rows."""

    def counts(self) -> dict[str, int]:
        """Facts created, by relationship type."""
        return {neo4j_type: len(rows) for neo4j_type, rows in self.facts.items()}


def _prepare_first(
    batch: list[ClaimRow], article_info: ArticleInfo, node_ids: dict[str, str]
) -> FirstBatch:
    """Group a batch of a first load (in a thread, while the previous batch is written).

    Each fact row carries its ends' element ids (``sid``, ``oid``): Neo4j finds a
    node by id faster than by the ``iri`` index (a fifth of a first load's time).
    """
    by_type: dict[str, list[dict[str, Any]]] = {}
    for fact in group_facts(cited(batch, article_info), article_info):
        row = fact.row()
        row["sid"], row["oid"] = node_ids.get(fact.subject), node_ids.get(fact.object)
        by_type.setdefault(fact.neo4j_type, []).append(row)
    return FirstBatch(len(batch), claim_node_rows(batch), by_type)


def _create_first(tx: ManagedTransaction, batch: FirstBatch) -> None:
    """One transaction of a first load: the batch's Claim nodes, and its facts created whole."""
    if batch.claim_nodes:
        tx.run(cypher_file("create_claims"), rows=batch.claim_nodes).consume()
    for neo4j_type, rows in batch.facts.items():
        tx.run(fact_statement(neo4j_type, "create_fact"), rows=rows).consume()


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
