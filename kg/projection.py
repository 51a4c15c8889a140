"""The graph as networkx sees it: entities as nodes, facts as edges.

Every exporter starts from a :class:`Projection`: a ``networkx.MultiDiGraph``
whose nodes are entities (keyed by IRI) and whose edges are facts, one per
(subject, relation, object), aggregated from the asserted and reported claims
behind them. The rows the graph was built from travel with it, so exporters
that need claims or articles (Neo4j CSV, RDF) see exactly the same selection.

Derived ``controls`` facts are not separate edges here: an ``owns`` edge says
``control=True`` when at least one of its claims is not a stake.

Example:
    >>> with EmbeddedStore.open("kg-data", read_only=True) as store:  # doctest: +SKIP
    ...     view = from_store(store).ego("OpenAI", hops=1)
    ...     view.graph.number_of_nodes()
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from difflib import get_close_matches
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.stores.embedded import EmbeddedStore
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import ARTICLE, CLAIM, ENTITY, FACT_STATUSES, UnknownEntityError, relation

_OURS = (str(ENTITY), str(CLAIM), str(ARTICLE))


@dataclass(frozen=True)
class Projection:
    """A (sub)graph ready to export: the networkx graph and the rows behind it.

    Attributes:
        graph: nodes are entity IRIs, edges are facts keyed by relation name.
        entities: the entities of the selection.
        articles: the articles any selected claim comes from.
        claims: every claim (whatever its status) whose two ends are selected.
        quads: the RDF of the selection, one named graph per article.
        title: what the selection is, for pictures and pages.
    """

    graph: nx.MultiDiGraph
    entities: tuple[EntityRow, ...]
    articles: tuple[ArticleRow, ...]
    claims: tuple[ClaimRow, ...]
    quads: tuple[ox.Quad, ...] = field(default=(), repr=False)
    title: str = "AI industry knowledge graph"

    def find(self, name: str) -> str:
        """The IRI of the entity called ``name`` (canonical name or alias, any case).

        Raises:
            UnknownEntityError: no entity carries the name; close names are suggested.
        """
        wanted = name.casefold().strip()
        names: dict[str, str] = {e.name: e.iri for e in self.entities}  # canonical names first
        for entity in self.entities:
            for alias in entity.aliases:
                names.setdefault(alias, entity.iri)
        for known, iri in names.items():
            if known.casefold() == wanted:
                return iri
        close = get_close_matches(name, list(names), n=3, cutoff=0.6)
        if not close:
            folded = {known.casefold(): known for known in names}
            close = [folded[c] for c in get_close_matches(wanted, list(folded), n=3, cutoff=0.6)]
        raise UnknownEntityError(name, close)

    def ego(self, name: str, hops: int = 1) -> Projection:
        """The entities within ``hops`` facts of ``name``, following edges either way."""
        centre = self.find(name)
        reach = nx.single_source_shortest_path_length(
            self.graph.to_undirected(as_view=True), centre, cutoff=max(hops, 0)
        )
        name = self.graph.nodes[centre].get("name", name)
        steps = "fact" if hops == 1 else "facts"
        return self.select(reach, title=f"{name} and what lies within {hops} {steps} of it")

    def select(self, iris: Iterable[str], *, title: str | None = None) -> Projection:
        """The part of the graph among the entities ``iris`` (unknown IRIs are ignored)."""
        keep = set(iris) & set(self.graph.nodes)
        entities = tuple(e for e in self.entities if e.iri in keep)
        claims = tuple(c for c in self.claims if c.subject in keep and c.object in keep)
        touching = {c.article for c in self.claims if c.subject in keep or c.object in keep}
        articles = tuple(a for a in self.articles if a.iri in touching)
        kept = keep | {c.iri for c in claims} | {a.iri for a in articles}
        quads = tuple(q for q in self.quads if _quad_kept(q, kept))
        return Projection(
            graph=nx.MultiDiGraph(self.graph.subgraph(keep)),
            entities=entities,
            articles=articles,
            claims=claims,
            quads=quads,
            title=title or self.title,
        )


def _quad_kept(quad: ox.Quad, kept: set[str]) -> bool:
    """Keep a quad when its graph, subject and (if one of ours) object are all selected."""
    if not isinstance(quad.graph_name, ox.NamedNode) or quad.graph_name.value not in kept:
        return False
    if not isinstance(quad.subject, ox.NamedNode) or quad.subject.value not in kept:
        return False
    obj = quad.object
    return not (isinstance(obj, ox.NamedNode) and obj.value.startswith(_OURS)) or obj.value in kept


def from_store(store: EmbeddedStore, *, rdf: bool = True) -> Projection:
    """The whole graph of an embedded store; ``rdf=False`` leaves the quads unread."""
    quads = store.dataset() if rdf else ()
    return project(store.entities(), store.articles(), store.claims(), quads=quads)


def project(
    entities: Iterable[EntityRow],
    articles: Iterable[ArticleRow],
    claims: Iterable[ClaimRow],
    *,
    quads: Iterable[ox.Quad] = (),
) -> Projection:
    """Build the projection from rows (the RDF ``quads`` are carried along untouched)."""
    entity_rows = tuple(entities)
    article_rows = tuple(articles)
    claim_rows = tuple(claims)
    graph = nx.MultiDiGraph()
    for entity in entity_rows:
        graph.add_node(entity.iri, name=entity.name, type=entity.type, aliases=list(entity.aliases))
    by_article = {a.iri: a for a in article_rows}
    grouped: dict[tuple[str, str, str], list[ClaimRow]] = {}
    for claim in claim_rows:
        if claim.status in FACT_STATUSES:
            grouped.setdefault(_fact_key(claim), []).append(claim)
    for (subject, name, obj), group in sorted(grouped.items()):
        for end in (subject, obj):
            if end not in graph:  # a claim about an entity with no label: keep it visible
                graph.add_node(end, name=end.rsplit("/", 1)[-1], type="Entity", aliases=[])
        graph.add_edge(subject, obj, key=name, **_fact(name, group, by_article))
    return Projection(graph, entity_rows, article_rows, claim_rows, tuple(quads))


def _fact_key(claim: ClaimRow) -> tuple[str, str, str]:
    """Symmetric relations hold one edge per pair, whichever way the sentence put it."""
    subject, obj = claim.subject, claim.object
    if relation(claim.predicate).symmetric and obj < subject:
        subject, obj = obj, subject
    return subject, claim.predicate, obj


def _fact(name: str, claims: list[ClaimRow], articles: dict[str, ArticleRow]) -> dict[str, Any]:
    evidence: list[dict[str, Any]] = []
    for claim in sorted(claims, key=lambda c: (c.article, c.sentence_index or 0, c.iri)):
        article = articles.get(claim.article)
        evidence.append(
            {
                "claim": claim.iri,
                "article": claim.article,
                "source": article.source if article else None,
                "title": article.title if article else None,
                "published": article.published if article else None,
                "sentence": claim.sentence,
                "status": claim.status,
                "confidence": claim.confidence,
            }
        )
    dates: list[date] = sorted(
        a.published for c in claims if (a := articles.get(c.article)) and a.published
    )
    attributes: dict[str, Any] = {
        "relation": name,
        "neo4j_type": relation(name).neo4j_type,
        "statuses": sorted({c.status for c in claims}),
        "confidence": max(c.confidence for c in claims),
        "first_reported": dates[0] if dates else None,
        "last_reported": dates[-1] if dates else None,
        "articles": len({c.article for c in claims}),
        "evidence": evidence,
    }
    if name == "owns":
        shares = [c.share for c in claims if c.share is not None]
        attributes["stake"] = all(c.stake for c in claims)
        attributes["control"] = not attributes["stake"]
        attributes["share"] = max(shares) if shares else None
    return attributes
