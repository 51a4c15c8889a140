"""Read the Turtle ontology once into typed, immutable registries.

The Turtle file is the single source of truth: a relation's kebab-case name,
IRI, Neo4j type and symmetry are all read from it, so adding a relation means
editing ``kg.ttl`` and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ontology.errors import UnknownClassError, UnknownRelationError

ONTOLOGY_FILE = Path(__file__).with_name("kg.ttl")
SHAPES_FILE = Path(__file__).with_name("shapes.ttl")

KG = Namespace("https://w3id.org/aikg/ontology#")
ENTITY = Namespace("https://w3id.org/aikg/entity/")
ARTICLE = Namespace("https://w3id.org/aikg/article/")
CLAIM = Namespace("https://w3id.org/aikg/claim/")


@dataclass(frozen=True)
class Relation:
    """One relation of the ontology.

    Attributes:
        name: kebab-case name used in JSON, on the command line and in queries.
        iri: the RDF property.
        neo4j_type: the Neo4j relationship type.
        symmetric: ``A r B`` means ``B r A`` (competes-with).
        extracted: an extractor may emit it; derived relations are computed.
        description: the ontology's comment, for help texts and LLM prompts.
    """

    name: str
    iri: str
    neo4j_type: str
    symmetric: bool
    extracted: bool
    description: str


@dataclass(frozen=True)
class EntityClass:
    """One entity class, with its direct parent (None for the root)."""

    name: str
    iri: str
    parent: str | None
    description: str


@cache
def ontology_graph() -> Graph:
    """The parsed ontology (cached: it is read once per process)."""
    graph = Graph()
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph


@cache
def relations() -> dict[str, Relation]:
    """All relations, by kebab-case name, in name order."""
    graph = ontology_graph()
    found: dict[str, Relation] = {}
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        name = graph.value(prop, KG.name)
        if name is None:
            continue  # structural properties such as kg:article
        extracted = graph.value(prop, KG.extracted)
        found[str(name)] = Relation(
            name=str(name),
            iri=str(prop),
            neo4j_type=str(graph.value(prop, KG.neo4jType)),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            extracted=bool(isinstance(extracted, Literal) and extracted.toPython()),
            description=str(graph.value(prop, RDFS.comment) or ""),
        )
    return dict(sorted(found.items()))


@cache
def entity_classes() -> dict[str, EntityClass]:
    """Entity classes (kg:Entity and its subclasses), by local name."""
    graph = ontology_graph()
    root = KG.Entity
    found: dict[str, EntityClass] = {}
    for cls in graph.subjects(RDF.type, OWL.Class):
        if not isinstance(cls, URIRef) or not _is_entity_class(graph, cls, root):
            continue
        parent = graph.value(cls, RDFS.subClassOf)
        found[_local(cls)] = EntityClass(
            name=_local(cls),
            iri=str(cls),
            parent=_local(parent) if parent is not None else None,
            description=str(graph.value(cls, RDFS.comment) or ""),
        )
    return dict(sorted(found.items()))


def _is_entity_class(graph: Graph, cls: URIRef, root: URIRef) -> bool:
    seen: set[URIRef] = set()
    while cls not in seen:
        if cls == root:
            return True
        seen.add(cls)
        parent = graph.value(cls, RDFS.subClassOf)
        if not isinstance(parent, URIRef):
            return False
        cls = parent
    return False


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


def relation(name: str) -> Relation:
    """The relation called ``name``; a misspelt name is an error, never a new IRI.

    >>> relation("rents-capacity-to").neo4j_type
    'RENTS_CAPACITY_TO'
    """
    known = relations()
    try:
        return known[name]
    except KeyError:
        close = get_close_matches(name, known, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise UnknownRelationError(
            f"unknown relation {name!r}{hint}; known relations: {', '.join(known)}"
        ) from None


def relation_by_iri(iri: str) -> Relation:
    """The relation whose property IRI is ``iri``."""
    for rel in relations().values():
        if rel.iri == iri:
            return rel
    raise UnknownRelationError(f"no relation has the IRI {iri!r}")


def relation_by_neo4j_type(neo4j_type: str) -> Relation:
    """The relation whose Neo4j relationship type is ``neo4j_type``."""
    for rel in relations().values():
        if rel.neo4j_type == neo4j_type:
            return rel
    raise UnknownRelationError(f"no relation has the Neo4j type {neo4j_type!r}")


def entity_class(name: str) -> EntityClass:
    """The entity class called ``name`` (e.g. ``AILab``); unknown names are errors."""
    known = entity_classes()
    try:
        return known[name]
    except KeyError:
        raise UnknownClassError(
            f"unknown entity class {name!r}; known classes: {', '.join(known)}"
        ) from None


def class_ancestors(name: str) -> list[str]:
    """``name`` and its superclasses up to Entity, nearest first (for Neo4j labels)."""
    chain = [entity_class(name).name]
    while (parent := entity_classes()[chain[-1]].parent) is not None:
        chain.append(parent)
    return chain


def most_specific_class(names: Iterable[str]) -> str | None:
    """The deepest of these class names (ties: the least name); ``None`` if none is a class.

    Articles may type one entity differently ("Company" here, "CloudProvider" there);
    the deepest class says the most. Names that are not entity classes are ignored.
    """
    known = entity_classes()
    found = [n for n in set(names) if n in known]
    return max(found, key=lambda n: (len(class_ancestors(n)), n)) if found else None
