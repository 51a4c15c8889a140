"""The vocabulary of the graph: classes, relations and shapes, read from Turtle.

Every other layer asks this package for relation names, IRIs and Neo4j types;
nothing else spells them.

Example:
    >>> from ontology import relation
    >>> relation("competes-with").symmetric
    True
"""

from ontology._registry import (
    ARTICLE,
    CLAIM,
    ENTITY,
    KG,
    ONTOLOGY_FILE,
    SHAPES_FILE,
    EntityClass,
    Relation,
    class_ancestors,
    entity_class,
    entity_classes,
    most_specific_class,
    ontology_graph,
    relation,
    relation_by_iri,
    relation_by_neo4j_type,
    relations,
)
from ontology.errors import (
    ExtractionError,
    InputError,
    KGError,
    QueryError,
    StoreError,
    StoreUnavailableError,
    UnknownClassError,
    UnknownEntityError,
    UnknownRelationError,
)
from ontology.status import FACT_STATUSES, STATUSES, Status

__all__ = [
    "ARTICLE",
    "CLAIM",
    "ENTITY",
    "FACT_STATUSES",
    "KG",
    "ONTOLOGY_FILE",
    "SHAPES_FILE",
    "STATUSES",
    "EntityClass",
    "ExtractionError",
    "InputError",
    "KGError",
    "QueryError",
    "Relation",
    "Status",
    "StoreError",
    "StoreUnavailableError",
    "UnknownClassError",
    "UnknownEntityError",
    "UnknownRelationError",
    "class_ancestors",
    "entity_class",
    "entity_classes",
    "most_specific_class",
    "ontology_graph",
    "relation",
    "relation_by_iri",
    "relation_by_neo4j_type",
    "relations",
]
