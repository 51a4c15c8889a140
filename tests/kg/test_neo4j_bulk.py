"""``kg load --full`` through neo4j-admin: the same graph as the transactional load.

Runs on the session's scratch server (the project's own kind of server), which
the bulk load stops, swaps and starts again.
"""

from __future__ import annotations

from datetime import date

import pytest
from neo4j import Driver

from kg.config import Settings
from kg.neo4j import server_status
from kg.neo4j.testing import article_rows, claim_rows, entity_rows
from kg.stores.neo4j_bulk import BulkLoadUnavailable, bulk_load
from kg.stores.neo4j_load import load_rows
from kg.stores.neo4j_store import connect, graph_digest, graph_snapshot, run_cypher
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import FACT_STATUSES
from ontology.errors import StoreError

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def _rows() -> tuple[list[EntityRow], list[ArticleRow], list[ClaimRow]]:
    """Made-up rows plus the awkward cases: a sentence with a line break, quotes and a
    semicolon, an owns claim with an undated article (published == [""]), a fact of one
    claim whose sentence opens with a quote and holds commas; and three
    entities of their own whose facts give every kind of derived row: Sable controls
    Rook, which rents to Quarry (its only supplier), and Sable competes with Quarry
    (a rival rental)."""
    entities, articles = entity_rows(40), article_rows(12)
    claims = claim_rows(600, entities, articles, seed=17)
    undated = next(a for a in articles if a.published is None)
    claims.append(
        ClaimRow(
            iri="https://w3id.org/aikg/claim/test-odd", subject=entities[1].iri,
            predicate="owns", object=entities[2].iri, status="asserted", confidence=0.55,
            sentence='Aster "1" said;\nit owns Bolide 2, "mostly".', article=undated.iri,
        )
    )  # fmt: skip
    lab, cloud, parent = (
        EntityRow(iri=f"https://w3id.org/aikg/entity/test-{name.lower()}", name=name, type=kind)
        for name, kind in (("Quarry", "AILab"), ("Rook", "CloudProvider"), ("Sable", "Company"))
    )
    entities += [lab, cloud, parent]
    for i, (subject, predicate, obj) in enumerate(
        ((parent, "owns", cloud), (cloud, "rents-capacity-to", lab), (parent, "competes-with", lab))
    ):
        claims.append(
            ClaimRow(
                iri=f"https://w3id.org/aikg/claim/test-derived-{i}", subject=subject.iri,
                predicate=predicate, object=obj.iri, status="asserted", confidence=0.8,
                sentence=f"{subject.name} and {obj.name}, made-up sentence {i}.",
                article=articles[0].iri, stake=False if predicate == "owns" else None,
            )
        )  # fmt: skip
    claims.append(
        ClaimRow(
            iri="https://w3id.org/aikg/claim/test-quoted", subject=lab.iri, predicate="develops",
            object=cloud.iri, status="reported", confidence=0.6, article=articles[1].iri,
            sentence='"Quarry builds it, we rent it," Rook said.',
        )
    )  # fmt: skip
    return entities, articles, claims


Snapshot = tuple[list[str], list[str]]


def _both(driver: Driver, settings: Settings) -> tuple[Snapshot, Snapshot]:
    rows = _rows()
    load_rows(driver, *rows, full=True)
    transactional = graph_snapshot(driver)
    summary = bulk_load(settings, *rows)
    not_facts = sum(c.status not in FACT_STATUSES for c in rows[2])  # the only Claim nodes
    assert summary.claims_new == len(rows[2])
    assert summary.nodes == len(rows[0]) + len(rows[1]) + not_facts
    with connect(settings) as fresh:
        return transactional, graph_snapshot(fresh)


def test_bulk_load_gives_the_same_graph_as_the_transactional_load(
    empty_neo4j: Driver, neo4j_settings: Settings
) -> None:
    transactional, bulk = _both(empty_neo4j, neo4j_settings)
    assert bulk == transactional
    relationships = "\n".join(transactional[1])
    nodes = "\n".join(transactional[0])
    assert '"RIVAL_RENTAL"' in relationships and '"SOLE_SUPPLIER"' in relationships
    assert '"ai_labs"' in nodes
    with connect(neo4j_settings) as driver:
        names = {r["name"] for r in run_cypher(driver, "SHOW CONSTRAINTS", {}, database="neo4j")}
        assert {"entity_iri", "article_iri", "claim_iri"} <= names
        # an incremental load on top of the imported graph adds only what is new
        entities, articles, _ = _rows()
        extra = claim_rows(5, entities, articles, seed=99)
        extra = [c.model_copy(update={"iri": c.iri + "-extra"}) for c in extra]
        assert load_rows(driver, entities, articles, extra).claims_new == 5


def test_another_server_is_refused_before_anything_changes(
    empty_neo4j: Driver, neo4j_settings: Settings
) -> None:
    load_rows(empty_neo4j, *_rows())
    before, pid = graph_digest(empty_neo4j), server_status(neo4j_settings.neo4j_home).pid
    elsewhere = neo4j_settings.model_copy(
        update={"neo4j_uri": "bolt://db.example.test:7687", "neo4j_password": "x"}
    )
    with pytest.raises(BulkLoadUnavailable, match="not the project's own server"):
        bulk_load(elsewhere, *_rows())
    other_db = neo4j_settings.model_copy(update={"neo4j_database": "graphs"})
    with pytest.raises(BulkLoadUnavailable, match="'graphs'"):
        bulk_load(other_db, *_rows())
    assert server_status(neo4j_settings.neo4j_home).pid == pid
    assert graph_digest(empty_neo4j) == before


def test_a_failed_import_leaves_the_old_graph_serving(
    empty_neo4j: Driver, neo4j_settings: Settings
) -> None:
    entities, articles, claims = _rows()
    load_rows(empty_neo4j, entities, articles, claims)
    before = graph_digest(empty_neo4j)
    # An article whose IRI is also an entity's: fine for Cypher, a duplicate ID for the import.
    clash = ArticleRow(iri=entities[0].iri, source="clash.txt", published=date(2025, 6, 1))
    missing = claims[0].model_copy(update={"object": "https://w3id.org/aikg/entity/nobody"})
    pid = server_status(neo4j_settings.neo4j_home).pid
    with pytest.raises(StoreError, match="not among the entities"):
        bulk_load(neo4j_settings, entities, articles, [missing])
    assert server_status(neo4j_settings.neo4j_home).pid == pid  # refused before any stop
    with pytest.raises(StoreError, match="neo4j-admin could not import"):
        bulk_load(neo4j_settings, entities, [*articles, clash], claims)
    assert server_status(neo4j_settings.neo4j_home).pid != pid
    assert server_status(neo4j_settings.neo4j_home).running  # started again after the import
    with connect(neo4j_settings) as driver:
        assert graph_digest(driver) == before
