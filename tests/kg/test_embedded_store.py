"""The embedded store: idempotent, atomic per batch, and its graph passes the shapes."""

from datetime import date

import pyshacl
import pytest
from rdflib import Dataset, Graph

from ingest.extract.base import Extraction
from ingest.models import Claim, Document
from ingest.rdf import document_graph
from kg.stores.embedded import EmbeddedStore, Iri
from ontology import SHAPES_FILE, StoreError, ontology_graph


def article(text: str, *claims: tuple[str, str, str]):
    doc = Document(source=f"{text[:10]}.txt", text=text, published=date(2026, 1, 5))
    found = tuple(
        Claim(subject=s, predicate=p, object=o, confidence=0.9, source=doc.source, sentence=text)
        for s, p, o in claims
    )
    return document_graph(doc, Extraction(claims=found))


def test_ingesting_twice_changes_nothing(tmp_path):
    graphs = [
        article(
            "Northwind Cloud rents GPUs to Vela Labs.",
            ("Northwind Cloud", "rents-capacity-to", "Vela Labs"),
        )
    ]
    with EmbeddedStore.open(tmp_path / "s") as store:
        assert store.add_articles(graphs) == 1
        before = sorted(map(str, store.dataset()))
        assert store.add_articles(graphs) == 0
        assert sorted(map(str, store.dataset())) == before


def test_store_persists_across_opens(tmp_path):
    with EmbeddedStore.open(tmp_path / "s") as store:
        store.add_articles(
            [
                article(
                    "Vela Labs competes with Orion AI.", ("Vela Labs", "competes-with", "Orion AI")
                )
            ]
        )
    with EmbeddedStore.open(tmp_path / "s", read_only=True) as store:
        assert store.stats()["facts"] == {"competes-with": 1}
        assert [e.name for e in store.entities()] == ["Orion AI", "Vela Labs"]


def test_parameters_are_bound_not_pasted(tmp_path):
    store = EmbeddedStore.in_memory()
    store.add_articles(
        [article("Vela Labs competes with Orion AI.", ("Vela Labs", "competes-with", "Orion AI"))]
    )
    query = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?e ?name WHERE { ?e rdfs:label ?name }"
    )
    assert store.run(query, {"name": "Vela Labs"}) == [
        {"e": "https://w3id.org/aikg/entity/vela-labs", "name": "Vela Labs"}
    ]
    hostile = 'x" } ?e ?p ?o { "'
    assert store.run(query, {"name": hostile}) == []
    assert store.run(query, {"e": Iri("https://w3id.org/aikg/entity/orion-ai")}) == [
        {"e": "https://w3id.org/aikg/entity/orion-ai", "name": "Orion AI"}
    ]


def test_a_failed_batch_leaves_nothing_behind(tmp_path, monkeypatch):
    with EmbeddedStore.open(tmp_path / "s") as store:
        good = article(
            "Vela Labs competes with Orion AI.", ("Vela Labs", "competes-with", "Orion AI")
        )

        def broken():
            yield good
            raise RuntimeError("extractor crashed mid-batch")

        with pytest.raises(RuntimeError):
            store.add_articles(broken())
        assert store.stats()["articles"] == 0


def test_read_only_open_of_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="kg ingest"):
        EmbeddedStore.open(tmp_path / "nowhere", read_only=True)


def test_stored_graph_passes_the_shacl_shapes(tmp_path):
    store = EmbeddedStore.in_memory()
    store.add_articles(
        [
            article("Halden owns Northwind.", ("Halden Group", "owns", "Northwind Cloud")),
            article(
                "Northwind rents to Vela.", ("Northwind Cloud", "rents-capacity-to", "Vela Labs")
            ),
        ]
    )
    dataset = Dataset()
    dataset.parse(data=store.nquads(), format="nquads")
    union = Graph()
    for graph in dataset.graphs():
        for triple in graph:
            union.add(triple)
    conforms, _, report = pyshacl.validate(
        union, shacl_graph=Graph().parse(SHAPES_FILE), ont_graph=ontology_graph(), inference="rdfs"
    )
    assert conforms, report
    assert len(union) > 20
