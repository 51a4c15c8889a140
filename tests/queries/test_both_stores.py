"""Every question gets the same answer from the embedded store and from Neo4j.

The graphs are loaded into the embedded store first, then copied to Neo4j with
the project's own loader (``kg.stores.neo4j_load.load_rows``), and every
question is asked of both with many different arguments. Marked ``neo4j``: the
conftest starts a scratch server for them (``kg.neo4j.testing``), whose database
each test wipes and reloads.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from question_graphs import StoreMaker, article, claim

from ingest.models import Entity
from kg.config import Settings, load_settings
from kg.stores.embedded import EmbeddedStore
from kg.stores.neo4j_load import load_rows
from kg.stores.neo4j_store import Neo4jStore, connect
from ontology import KGError
from queries import ask, questions

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def neo4j() -> Iterator[tuple[Driver, Settings]]:
    settings = load_settings()
    driver = connect(settings)
    yield driver, settings
    driver.close()


def copy_to_neo4j(store: EmbeddedStore, neo4j: tuple[Driver, Settings]) -> Neo4jStore:
    driver, settings = neo4j
    load_rows(
        driver,
        store.entities(),
        store.articles(),
        store.claims(),
        database=settings.neo4j_database,
        full=True,
    )
    return Neo4jStore(settings)


def answer(name: str, store: Any, params: dict[str, Any]) -> Any:
    try:
        return [r.model_dump() for r in ask(name, store, **params)]
    except KGError as exc:
        return (type(exc).__name__, str(exc))


def arguments(
    store: EmbeddedStore, seed: int = 7, limit: int = 25
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Arguments for every question, drawn from the graph itself."""
    rng = random.Random(seed)
    names = sorted(e.name for e in store.entities())
    picked = names if len(names) <= limit else rng.sample(names, limit)
    claims = list(store.claims())
    by_iri = {e.iri: e.name for e in store.entities()}
    for name, q in questions().items():
        kinds = [p.kind for p in q.params if p.required]
        if not kinds:
            yield name, {}
        if kinds == ["entity"]:
            for entity in picked:
                yield name, {q.params[0].name: entity}
    yield "competitor-compute", {"lab": picked[0]}
    for start, end in zip(picked, reversed(picked), strict=True):
        yield "path", {"start": start, "end": end}
    for c in rng.sample(claims, min(limit, len(claims))):
        yield (
            "evidence",
            {"subject": by_iri[c.subject], "relation": c.predicate, "object": by_iri[c.object]},
        )
    yield "timeline", {"since": date(2025, 2, 1)}
    yield "timeline", {"entity": picked[-1], "since": date(2024, 1, 1)}
    yield "customers", {"entity": "No Such Company Anywhere"}
    for limit in (1, 2, 3):  # cut between answers the same way (ties in count or name)
        yield "supplier-concentration", {"limit": limit}
        yield "single-supplier", {"limit": limit}


def assert_same(store: EmbeddedStore, neo: Neo4jStore) -> int:
    asked = 0
    for name, params in arguments(store):
        embedded_answer = answer(name, store, params)
        neo4j_answer = answer(name, neo, params)
        assert neo4j_answer == embedded_answer, (name, params)
        asked += 1
    return asked


def industry(make_store: StoreMaker) -> EmbeddedStore:
    return make_store(
        article(
            "wire/one.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Helix", "owns", "Corvid Cloud"),
            claim("Corvid Cloud", "owns", "Texas Hall", object_type="DataCenter"),
            claim("Orbital", "owns", "Helix", stake=True, share=0.2),
            claim("Titan", "owns", "Helix", share=0.6),
            claim("Titan", "competes-with", "Pebble"),
            claim("Titan", "owns", "Teal", status="planned"),
            published=date(2025, 1, 2),
            entities=(Entity(name="Nimbus Labs", type="AILab", aliases=("NL",)),),
        ),
        article(
            "wire/two.txt",
            claim("Helix", "competes-with", "Nimbus Labs"),
            claim("Nimbus Labs", "rebrands-as", "Nimbus AI"),
            claim("Nimbus AI", "owns", "Nimbus Cloud"),
            claim("Nimbus AI", "develops", "Cirrus", object_type="AIModel"),
            claim("Teal", "rents-capacity-to", "Nimbus Cloud"),
            claim("Teal", "rents-capacity-to", "Pebble", object_type="AILab"),
            claim("Teal", "owns", "Teal West", object_type="DataCenter"),
            claim("Corvid Cloud", "rents-capacity-to", "Pebble", status="denied"),
            claim("Nimbus Cloud", "rents-capacity-to", "Nimbus AI"),
            published=date(2025, 2, 2),
        ),
        article(
            "wire/three.txt",
            claim("Old Teal", "rebrands-as", "Teal"),
            claim("Old Teal", "rents-capacity-to", "Pebble", status="reported"),
            claim("Pebble", "competes-with", "Old Teal"),
            claim("Teal West", "located-in", "Ohio", object_type="Place"),
        ),
    )


def test_hand_built_graph(make_store: StoreMaker, neo4j: tuple[Driver, Settings]) -> None:
    store = industry(make_store)
    with copy_to_neo4j(store, neo4j) as neo:
        assert assert_same(store, neo) > 50


def test_sample_articles(make_store: StoreMaker, neo4j: tuple[Driver, Settings]) -> None:
    """The project's examples, through the real readers and the rules extractor."""
    from ingest.extract import get_extractor
    from ingest.pipeline import Problems, extract_paths
    from ingest.rdf import document_graph

    examples = Path(__file__).resolve().parents[2] / "examples" / "articles"
    problems = Problems()
    store = EmbeddedStore.in_memory()
    store.add_articles(
        document_graph(d, e)
        for d, e in extract_paths([str(examples)], get_extractor("rules"), problems)
    )
    try:
        assert store.stats()["claims"] > 10
        with copy_to_neo4j(store, neo4j) as neo:
            assert assert_same(store, neo) > 50
    finally:
        store.close()


def test_generated_graph(tmp_path: Path, neo4j: tuple[Driver, Settings]) -> None:
    """A generated industry (the benchmark's generator) of 3,000 facts."""
    bench = _bench_module()
    graph = bench.generate(3000, seed=5)
    store = bench.load_embedded(graph, tmp_path / "embedded")
    try:
        with copy_to_neo4j(store, neo4j) as neo:
            assert assert_same(store, neo) > 50
    finally:
        store.close()


def _bench_module() -> Any:
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_queries.py"
    spec = importlib.util.spec_from_file_location("bench_queries", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_queries"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
