"""Turn one article's extraction into RDF: the article, its entities, its
claims with their evidence, and the facts those claims support.

The shape is fixed in docs/architecture.md. Every fact triple has at least one
``kg:Claim`` beside it that names the article and sentence behind it; planned
and denied claims are written as claims only, never as facts.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from ingest.extract.base import Extraction
from ingest.models import Claim, Document, Entity
from ontology import ARTICLE, CLAIM, ENTITY, FACT_STATUSES, KG, entity_class, relation

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def entity_iri(name: str) -> URIRef:
    """The IRI of the entity with canonical name ``name``.

    >>> str(entity_iri("Amazon Web Services"))
    'https://w3id.org/aikg/entity/amazon-web-services'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")
    if not slug:  # a name with no ASCII letters still needs a stable IRI
        slug = "x" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    return ENTITY[slug]


def article_iri(document: Document) -> URIRef:
    """The article's IRI: the same text always gets the same IRI (ingest is idempotent)."""
    return ARTICLE[document.content_hash]


def claim_iri(article: URIRef, claim: Claim) -> URIRef:
    """A claim's IRI, stable for the same statement in the same sentence of the same article."""
    key = "\x1f".join(
        str(part)
        for part in (
            article,
            claim.sentence_index,
            claim.sentence,
            claim.subject,
            claim.predicate,
            claim.object,
            claim.status,
        )
    )
    return CLAIM[hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]]


def document_graph(document: Document, extraction: Extraction) -> tuple[URIRef, Graph]:
    """The RDF graph of one article, and the IRI that names it."""
    graph = Graph()
    article = article_iri(document)
    _add_article(graph, article, document)
    entities = _entities(extraction)
    for entity in entities.values():
        _add_entity(graph, entity)
    for claim in extraction.claims:
        _add_claim(graph, article, claim)
    return article, graph


def _add_article(graph: Graph, article: URIRef, document: Document) -> None:
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, KG.source, Literal(document.source)))
    graph.add((article, KG.contentHash, Literal(document.content_hash)))
    if document.title:
        graph.add((article, DCTERMS.title, Literal(document.title)))
    if document.published:
        graph.add((article, KG.published, Literal(document.published, datatype=XSD.date)))
    if document.url:
        graph.add((article, KG.url, Literal(document.url, datatype=XSD.anyURI)))


def _entities(extraction: Extraction) -> dict[str, Entity]:
    """Every entity the claims mention, typed by the extractor where it said so."""
    found: dict[str, Entity] = {entity.name: entity for entity in extraction.entities}
    for claim in extraction.claims:
        for name, type_ in ((claim.subject, claim.subject_type), (claim.object, claim.object_type)):
            if name not in found:
                found[name] = Entity(name=name, type=type_ or "Organization")
    return found


def _add_entity(graph: Graph, entity: Entity) -> None:
    node = entity_iri(entity.name)
    cls = entity_class(entity.type)  # an unknown class is an error, never a new IRI
    graph.add((node, RDF.type, URIRef(cls.iri)))
    graph.add((node, RDFS.label, Literal(entity.name)))
    for alias in entity.aliases:
        if alias != entity.name:
            graph.add((node, KG.alias, Literal(alias)))


def _add_claim(graph: Graph, article: URIRef, claim: Claim) -> None:
    node = claim_iri(article, claim)
    subject, obj = entity_iri(claim.subject), entity_iri(claim.object)
    predicate = URIRef(relation(claim.predicate).iri)
    graph.add((node, RDF.type, KG.Claim))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, KG.status, Literal(claim.status)))
    graph.add(
        (
            node,
            KG.confidence,
            Literal(Decimal(str(round(claim.confidence, 4))), datatype=XSD.decimal),
        )
    )
    graph.add((node, KG.sentence, Literal(claim.sentence)))
    graph.add((node, KG.article, article))
    graph.add((node, KG.extractor, Literal(claim.extractor)))
    if claim.sentence_index is not None:
        graph.add((node, KG.sentenceIndex, Literal(claim.sentence_index)))
    if claim.stake is not None:
        graph.add((node, KG.stake, Literal(claim.stake)))
    if claim.share is not None:
        graph.add(
            (node, KG.share, Literal(Decimal(str(round(claim.share, 4))), datatype=XSD.decimal))
        )
    if claim.status in FACT_STATUSES:
        graph.add((subject, predicate, obj))
        if claim.predicate == "owns" and not claim.stake:
            graph.add((subject, URIRef(relation("controls").iri), obj))


def graphs_for(items: Iterable[tuple[Document, Extraction]]) -> Iterable[tuple[URIRef, Graph]]:
    """``document_graph`` over many documents, lazily."""
    for document, extraction in items:
        yield document_graph(document, extraction)
