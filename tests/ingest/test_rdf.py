"""Claims become RDF with their evidence; only asserted and reported claims become facts."""

from datetime import date

import pyshacl
import pytest
from rdflib import RDF, Graph, URIRef

from ingest.extract.base import Extraction
from ingest.models import Claim, Document
from ingest.rdf import document_graph, entity_iri
from ontology import KG, SHAPES_FILE, UnknownRelationError, ontology_graph, relation

DOC = Document(
    source="notes/deal.txt",
    text="Northwind Cloud leases its Reno hall to Vela Labs.",
    published=date(2026, 3, 1),
)


def claim(subject, predicate, obj, status="asserted", **extra):
    return Claim(
        subject=subject,
        predicate=predicate,
        object=obj,
        status=status,
        confidence=0.8,
        source=DOC.source,
        sentence=DOC.text,
        sentence_index=0,
        **extra,
    )


def fact(graph: Graph, s: str, predicate: str, o: str) -> bool:
    return (entity_iri(s), URIRef(relation(predicate).iri), entity_iri(o)) in graph


def test_asserted_and_reported_claims_become_facts():
    _, graph = document_graph(
        DOC,
        Extraction(
            claims=(
                claim("Northwind Cloud", "rents-capacity-to", "Vela Labs"),
                claim("Vela Labs", "competes-with", "Orion AI", status="reported"),
            )
        ),
    )
    assert fact(graph, "Northwind Cloud", "rents-capacity-to", "Vela Labs")
    assert fact(graph, "Vela Labs", "competes-with", "Orion AI")


@pytest.mark.parametrize("status", ["planned", "denied"])
def test_planned_and_denied_claims_stay_claims(status):
    _, graph = document_graph(
        DOC,
        Extraction(
            claims=(claim("Northwind Cloud", "rents-capacity-to", "Vela Labs", status=status),)
        ),
    )
    assert not fact(graph, "Northwind Cloud", "rents-capacity-to", "Vela Labs")
    claims = list(graph.subjects(RDF.type, KG.Claim))
    assert len(claims) == 1
    assert str(graph.value(claims[0], KG.status)) == status


def test_control_is_derived_only_from_non_stake_ownership():
    _, graph = document_graph(
        DOC,
        Extraction(
            claims=(
                claim("Halden Group", "owns", "Northwind Cloud", stake=False),
                claim("Pike Ventures", "owns", "Vela Labs", stake=True, share=0.14),
            )
        ),
    )
    assert fact(graph, "Halden Group", "controls", "Northwind Cloud")
    assert fact(graph, "Pike Ventures", "owns", "Vela Labs")
    assert not fact(graph, "Pike Ventures", "controls", "Vela Labs")


def test_every_claim_keeps_its_evidence_and_passes_the_shapes():
    article, graph = document_graph(
        DOC,
        Extraction(claims=(claim("Pike Ventures", "owns", "Vela Labs", stake=True, share=0.14),)),
    )
    node = next(graph.subjects(RDF.type, KG.Claim))
    assert graph.value(node, KG.article) == article
    assert str(graph.value(node, KG.sentence)) == DOC.text
    assert graph.value(article, KG.published).toPython() == date(2026, 3, 1)
    assert float(graph.value(node, KG.share)) == pytest.approx(0.14)
    conforms, _, report = pyshacl.validate(
        graph, shacl_graph=Graph().parse(SHAPES_FILE), ont_graph=ontology_graph(), inference="rdfs"
    )
    assert conforms, report


def test_same_article_same_iris():
    first, _ = document_graph(DOC, Extraction())
    second, _ = document_graph(DOC.model_copy(update={"source": "elsewhere.txt"}), Extraction())
    assert first == second


def test_misspelt_predicate_is_refused():
    with pytest.raises(UnknownRelationError):
        claim("A", "rent-to", "B")


def test_derived_relation_cannot_be_extracted():
    with pytest.raises(ValueError, match="derived"):
        claim("A", "controls", "B")
