"""The relation registry is read from the Turtle file and refuses unknown names."""

import pytest
from rdflib import Graph

from ontology import (
    ONTOLOGY_FILE,
    UnknownClassError,
    UnknownRelationError,
    class_ancestors,
    entity_class,
    most_specific_class,
    relation,
    relation_by_iri,
    relation_by_neo4j_type,
    relations,
)

REQUIRED = {"owns", "rents-capacity-to", "competes-with", "rebrands-as", "develops", "located-in"}
REQUIRED_CLASSES = {
    "Organization",
    "AILab",
    "CloudProvider",
    "ChipMaker",
    "Investor",
    "DataCenter",
    "AIModel",
    "Product",
    "Person",
    "Place",
}


def test_every_required_relation_is_defined_and_extractable():
    assert {name for name, rel in relations().items() if rel.extracted} >= REQUIRED


def test_required_classes_exist_under_entity():
    for name in REQUIRED_CLASSES:
        assert class_ancestors(name)[-1] == "Entity"


def test_competes_with_is_the_only_symmetric_relation():
    assert [r.name for r in relations().values() if r.symmetric] == ["competes-with"]


def test_names_iris_and_neo4j_types_round_trip():
    for rel in relations().values():
        assert relation_by_iri(rel.iri) == rel
        assert relation_by_neo4j_type(rel.neo4j_type) == rel
        assert rel.neo4j_type == rel.name.upper().replace("-", "_")


def test_misspelt_relation_is_an_error_with_a_suggestion():
    with pytest.raises(UnknownRelationError, match="did you mean rents-capacity-to"):
        relation("rent-capacity-to")


def test_unknown_class_is_an_error():
    with pytest.raises(UnknownClassError, match="known classes"):
        entity_class("Startup")


def test_controls_is_derived_and_refines_owns():
    controls = relation("controls")
    assert not controls.extracted
    graph = Graph().parse(ONTOLOGY_FILE)
    from rdflib import RDFS, URIRef

    assert (URIRef(controls.iri), RDFS.subPropertyOf, URIRef(relation("owns").iri)) in graph


def test_relation_names_are_spelled_only_in_the_ontology():
    """No Python module outside ontology/ spells a relation IRI's local name."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    local_names = {rel.iri.rsplit("#", 1)[1] for rel in relations().values()}
    offenders = []
    for path in root.glob("*/**/*.py"):
        if path.parts[len(root.parts)] in {"ontology", "tests", "benchmarks"}:
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path}: {name}" for name in local_names if f"#{name}" in text]
    assert offenders == []


def test_most_specific_class_is_the_deepest_known_one():
    assert most_specific_class({"Company", "CloudProvider", "Organization"}) == "CloudProvider"
    assert most_specific_class({"Company", "NotAClass"}) == "Company"
    assert most_specific_class({"NotAClass"}) is None
    assert most_specific_class(()) is None
