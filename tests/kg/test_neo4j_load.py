"""``kg load``: rows into Neo4j following the Neo4j model, idempotent and incremental."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

import pytest
from neo4j import Driver

from kg.neo4j.testing import article_rows, claim_rows, entity_rows
from kg.stores.neo4j_load import fact_statement, load_rows
from kg.stores.neo4j_store import graph_digest, graph_snapshot
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import FACT_STATUSES, relation
from ontology.errors import StoreError

pytestmark = pytest.mark.neo4j

E = "https://w3id.org/aikg/entity/"
A = "https://w3id.org/aikg/article/"
C = "https://w3id.org/aikg/claim/"

ENTITIES = [
    EntityRow(iri=E + "openai", name="OpenAI", type="AILab", aliases=("the ChatGPT maker",)),
    EntityRow(iri=E + "oracle", name="Oracle", type="CloudProvider"),
    EntityRow(iri=E + "microsoft", name="Microsoft", type="Company"),
    EntityRow(iri=E + "stargate", name="Stargate", type="DataCenter"),
]
ARTICLES = [
    ArticleRow(iri=A + "a1", source="a1.txt", title="First", published=date(2025, 1, 10)),
    ArticleRow(iri=A + "a2", source="a2.txt", published=date(2025, 3, 1), url="https://x.test/2"),
    ArticleRow(iri=A + "a3", source="a3.txt"),
]


def _claim(
    n: int, s: str, p: str, o: str, status: str, conf: float, art: str, **kw: Any
) -> ClaimRow:
    return ClaimRow(
        iri=C + f"c{n}", subject=E + s, predicate=p, object=E + o, status=status,
        confidence=conf, sentence=f"Sentence {n} written for this test.", article=A + art,
        sentence_index=n, **kw,
    )  # fmt: skip


CLAIMS = [
    _claim(1, "oracle", "rents-capacity-to", "openai", "asserted", 0.8, "a1"),
    _claim(2, "oracle", "rents-capacity-to", "openai", "reported", 0.9, "a2"),
    _claim(3, "oracle", "rents-capacity-to", "openai", "denied", 0.95, "a2"),
    _claim(4, "microsoft", "owns", "openai", "asserted", 0.7, "a1", stake=True, share=0.27),
    _claim(5, "microsoft", "owns", "openai", "asserted", 0.6, "a2", stake=True, share=0.3),
    _claim(6, "openai", "owns", "stargate", "asserted", 0.75, "a3"),
    _claim(7, "openai", "competes-with", "microsoft", "planned", 0.5, "a1"),
]


def _graph(driver: Driver) -> tuple[list[dict[str, Any]], dict[tuple[str, str, str], list[Any]]]:
    nodes, rels = graph_snapshot(driver)
    parsed_nodes = [{"labels": set(n[0]), **n[1]} for n in map(json.loads, nodes)]
    by_key: dict[tuple[str, str, str], list[Any]] = {}
    for start, rel_type, end, props in map(json.loads, rels):
        by_key.setdefault((start, rel_type, end), []).append(props)
    return parsed_nodes, by_key


def test_load_follows_the_neo4j_model(empty_neo4j: Driver) -> None:
    summary = load_rows(empty_neo4j, ENTITIES, ARTICLES, CLAIMS, batch_size=3)
    assert (summary.claims_new, summary.entities, summary.articles) == (7, 4, 3)
    nodes, rels = _graph(empty_neo4j)
    openai = next(n for n in nodes if n.get("iri") == E + "openai")
    assert openai["labels"] == {"Entity", "Organization", "Company", "AILab"}
    assert openai["aliases"] == ["the ChatGPT maker"] and openai["type"] == "AILab"
    oracle = next(n for n in nodes if n.get("iri") == E + "oracle")
    assert "aliases" not in oracle  # no aliases, no property: as neo4j-admin imports it
    a2 = next(n for n in nodes if n.get("iri") == A + "a2")
    assert a2 == {
        "labels": {"Article"}, "iri": A + "a2", "source": "a2.txt",
        "published": "2025-03-01", "url": "https://x.test/2",
    }  # fmt: skip
    claims = [n for n in nodes if "Claim" in n["labels"]]
    assert {c["iri"] for c in claims} == {C + "c3", C + "c7"}  # only claims that are no facts
    c3 = next(n for n in claims if n["iri"] == C + "c3")
    assert (c3["predicate"], c3["status"]) == ("rents-capacity-to", "denied")
    assert c3["confidence"] == 0.95
    for claim in claims:
        for edge, end in (("SUBJECT", claim["subject"]), ("OBJECT", claim["object"])):
            assert len(rels[(claim["iri"], edge, end)]) == 1
        assert sum(k[0] == claim["iri"] and k[1] == "IN_ARTICLE" for k in rels) == 1
    assert sum(k[1] == "IN_ARTICLE" for k in rels) == 2

    [rents] = rels[(E + "oracle", relation("rents-capacity-to").neo4j_type, E + "openai")]
    assert rents["claims"] == [C + "c1", C + "c2"]  # the denied c3 is no evidence
    assert rents["sources"] == ["a1.txt", "a2.txt"]
    assert rents["published"] == ["2025-01-10", "2025-03-01"]
    assert rents["statuses"] == ["asserted", "reported"]
    assert rents["sentences"] == [f"Sentence {n} written for this test." for n in (1, 2)]
    assert rents["confidences"] == [0.8, 0.9] and rents["sentence_indexes"] == [1, 2]
    assert rents["confidence"] == 0.9 and rents["articles"] == 2
    assert (rents["first_reported"], rents["last_reported"]) == ("2025-01-10", "2025-03-01")
    assert "stake" not in rents and "share" not in rents

    owns, controls = relation("owns").neo4j_type, relation("controls").neo4j_type
    [stakes] = rels[(E + "microsoft", owns, E + "openai")]
    assert (stakes["stake"], stakes["share"], stakes["articles"]) == (True, 0.3, 2)
    assert stakes["claims"] == [C + "c4", C + "c5"] and stakes["confidences"] == [0.7, 0.6]
    assert (E + "microsoft", controls, E + "openai") not in rels  # stakes do not control
    [owned] = rels[(E + "openai", owns, E + "stargate")]
    assert owned["stake"] is False and "share" not in owned
    [derived] = rels[(E + "openai", controls, E + "stargate")]
    assert derived["claims"] == [C + "c6"] and derived["published"] == [""]
    assert "first_reported" not in derived
    assert not any(k[1] == relation("competes-with").neo4j_type for k in rels)  # planned only


def test_loading_twice_changes_nothing(empty_neo4j: Driver) -> None:
    entities, articles = entity_rows(40), article_rows(12)
    claims = claim_rows(500, entities, articles)
    first = load_rows(empty_neo4j, entities, articles, claims, batch_size=64)
    before = graph_digest(empty_neo4j)
    again = load_rows(empty_neo4j, entities, articles, claims, batch_size=64)
    assert first.claims_new == 500 and again.claims_new == 0 and again.fact_updates == 0
    assert graph_digest(empty_neo4j) == before
    not_facts = sum(c.status not in FACT_STATUSES for c in claims)
    assert 0 < not_facts < 500 and before.nodes == 40 + 12 + not_facts


def test_loading_in_parts_equals_loading_at_once(empty_neo4j: Driver) -> None:
    entities, articles = entity_rows(30), article_rows(10)
    claims = claim_rows(400, entities, articles, seed=5)
    load_rows(empty_neo4j, entities, articles, claims, batch_size=50)
    at_once = graph_snapshot(empty_neo4j)
    load_rows(empty_neo4j, entities, articles, claims[:170], batch_size=50, full=True)
    later = load_rows(empty_neo4j, entities, articles, claims, batch_size=50)
    assert later.claims_new == 230
    assert graph_snapshot(empty_neo4j) == at_once


def test_claims_about_entities_loaded_before_equal_loading_at_once(empty_neo4j: Driver) -> None:
    """A first load of claims whose entities came in an earlier load finds their ends in
    the graph (not among its own rows), and its derived data reads the graph back."""
    entities, articles = entity_rows(30), article_rows(10)
    claims = claim_rows(300, entities, articles, seed=8)
    load_rows(empty_neo4j, entities, articles, claims, batch_size=40)
    at_once = graph_snapshot(empty_neo4j)
    load_rows(empty_neo4j, entities, articles, [], full=True)
    later = load_rows(empty_neo4j, entities[:3], articles, claims, batch_size=40)
    assert later.claims_new == 300
    assert graph_snapshot(empty_neo4j) == at_once


def test_full_reload_wipes_and_gives_the_same_graph(empty_neo4j: Driver) -> None:
    entities, articles = entity_rows(20), article_rows(5)
    claims = claim_rows(200, entities, articles, seed=3)
    load_rows(empty_neo4j, entities, articles, claims)
    before = graph_digest(empty_neo4j)
    stray = [EntityRow(iri=E + "stray", name="Stray", type="Person")]
    load_rows(empty_neo4j, stray, [], [])
    assert graph_digest(empty_neo4j).nodes == before.nodes + 1
    reloaded = load_rows(empty_neo4j, entities, articles, claims, full=True)
    assert reloaded.claims_new == 200
    assert graph_digest(empty_neo4j) == before


def test_one_fact_per_subject_relation_object_with_parallel_lists(empty_neo4j: Driver) -> None:
    entities, articles = entity_rows(25), article_rows(8)
    claims = claim_rows(600, entities, articles, seed=9)
    load_rows(empty_neo4j, entities, articles, claims, batch_size=100)
    expected: Counter[tuple[str, str, str]] = Counter()
    for c in claims:
        if c.status in FACT_STATUSES:
            expected[(c.subject, relation(c.predicate).neo4j_type, c.object)] += 1
            if c.predicate == "owns" and not c.stake:
                expected[(c.subject, relation("controls").neo4j_type, c.object)] += 1
    _, rels = _graph(empty_neo4j)
    facts = {k: v for k, v in rels.items() if k[1] not in {"SUBJECT", "OBJECT", "IN_ARTICLE"}}
    assert set(facts) == set(expected)
    for key, [props] in facts.items():
        assert len(props["claims"]) == len(set(props["claims"])) == expected[key]
        for name in ("sources", "sentences", "published", "statuses"):
            assert len(props[name]) == expected[key]


def test_a_claim_citing_an_unloaded_article_fails_and_writes_nothing(empty_neo4j: Driver) -> None:
    stray = CLAIMS[0].model_copy(update={"article": A + "missing"})
    with pytest.raises(StoreError, match="not loaded"):
        load_rows(empty_neo4j, ENTITIES, ARTICLES, [stray])
    nodes, _ = _graph(empty_neo4j)
    assert not [n for n in nodes if "Claim" in n["labels"]]


def test_a_claim_naming_an_unloaded_entity_fails(empty_neo4j: Driver) -> None:
    stray = CLAIMS[0].model_copy(update={"object": E + "nobody"})
    with pytest.raises(StoreError, match="loading into Neo4j failed"):
        load_rows(empty_neo4j, ENTITIES, ARTICLES, [stray])


@pytest.mark.parametrize("bad", ["DROP", "OWNS]->() DETACH DELETE (n", "owns", ""])
def test_relationship_types_come_from_the_registry_only(bad: str) -> None:
    with pytest.raises(StoreError, match="not a relationship type of the ontology"):
        fact_statement(bad)
    assert "RENTS_CAPACITY_TO]->" in fact_statement(relation("rents-capacity-to").neo4j_type)
