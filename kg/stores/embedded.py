"""The embedded graph store: pyoxigraph on disk, no server.

One named graph per article (named by the article's IRI), plus the ontology in
its own graph so that class hierarchies can be queried, plus the derived graph
(``kg/stores/derived.py``: names across rebrands, chains of control, the rows of
whole-graph questions), recomputed after new articles, before the next query or
on close. Adding a batch of articles is one transaction: the store never holds
half an article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral

from kg.stores.derived import Derived, Facts, derive
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import (
    KG,
    ONTOLOGY_FILE,
    StoreError,
    most_specific_class,
    relation_by_iri,
)

SPARQL_DIR = Path(__file__).with_name("sparql")
ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/aikg/ontology")
DERIVED_GRAPH = ox.NamedNode("https://w3id.org/aikg/derived")
DERIVED_VERSION = 4  # raise when the derived graph's layout changes: older stores refresh
_VERSION_MARKER = (
    DERIVED_GRAPH,
    ox.NamedNode(KG.derivedVersion),
    ox.Literal(
        str(DERIVED_VERSION), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    ),
    DERIVED_GRAPH,
)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class Iri(str):
    """Marks a query parameter as an IRI rather than a plain string literal."""


def sparql_file(name: str) -> str:
    """The text of ``kg/stores/sparql/<name>.rq``."""
    return (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")


class EmbeddedStore:
    """A pyoxigraph store in a folder.

    Example:
        >>> with EmbeddedStore.open("kg-data") as store:  # doctest: +SKIP
        ...     store.stats()
    """

    name = "embedded"
    query_language = "sparql"

    def __init__(self, store: ox.Store, path: Path | None, read_only: bool) -> None:
        self._store = store
        self.path = path
        self.read_only = read_only
        self._derived_stale = False

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> EmbeddedStore:
        """Open (or create) the store in ``path``.

        Raises:
            StoreError: the folder is not a store, is locked by another process, or
                (read-only) does not exist yet.
        """
        folder = Path(path)
        try:
            if read_only:
                if not folder.exists():
                    raise StoreError(
                        f"no graph store at {folder}: run `kg ingest PATH --store {folder}` first"
                    )
                store = ox.Store.read_only(str(folder))
            else:
                folder.mkdir(parents=True, exist_ok=True)
                store = ox.Store(str(folder))
        except OSError as exc:
            raise StoreError(
                f"cannot open the graph store at {folder}: {exc}. Is another `kg` command "
                "using it? Wait for it to finish, or pass another --store."
            ) from exc
        opened = cls(store, folder, read_only)
        if not read_only:
            opened._ensure_ontology()
            if not opened._derived_is_current():
                opened.refresh_derived()
        elif not opened._derived_is_current():
            raise StoreError(
                f"the graph store at {folder} was written by an older version of kg and "
                f"lacks its derived data: run `kg ingest PATH --store {folder}` once (any "
                "PATH, even articles already stored) to add it"
            )
        return opened

    @classmethod
    def in_memory(cls) -> EmbeddedStore:
        """A throw-away store, for tests and one-off pipelines."""
        opened = cls(ox.Store(), None, read_only=False)
        opened._ensure_ontology()
        return opened

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Bring the derived graph up to date, flush and release the store's lock."""
        if not self.read_only:
            self._refresh_if_stale()
            self._store.flush()
        del self._store

    # ------------------------------------------------------------------ writing

    def _ensure_ontology(self) -> None:
        ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
        quads = [_quad(triple, ONTOLOGY_GRAPH) for triple in ontology]
        current = set(self._store.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH))
        if current != set(quads):
            if self._store.contains_named_graph(ONTOLOGY_GRAPH):
                self._store.remove_graph(ONTOLOGY_GRAPH)
            self._store.extend(quads)

    def _derived_is_current(self) -> bool:
        if any(True for _ in self._store.quads_for_pattern(*_VERSION_MARKER)):
            return True
        articles = self._store.quads_for_pattern(
            None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(KG.Article), None
        )
        return not any(True for _ in articles)

    def refresh_derived(self) -> None:
        """Recompute the derived graph from the articles' facts (kg/stores/derived.py).

        Besides the lookups of :func:`~kg.stores.derived.derive`, every entity gets its
        labels and aliases once each (articles restate them) and one name to show, the
        least of its labels.
        """
        names: dict[str, set[str]] = defaultdict(set)
        aliases: dict[str, set[str]] = defaultdict(set)
        types: dict[str, set[str]] = defaultdict(set)
        for row in self.select_file("derive_names"):
            if row["name"] is not None:
                names[row["iri"]].add(row["name"])
            elif row["alias"] is not None:
                aliases[row["iri"]].add(row["alias"])
            elif row["type"].startswith(str(KG)):
                types[row["iri"]].add(row["type"].rsplit("#", 1)[-1])
        edges: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for row in self.select_file("derive_edges"):
            edges[relation_by_iri(row["predicate"]).name].add((row["subject"], row["object"]))
        nodes = {iri: most_specific_class(types.get(iri, ())) for iri in names}
        derived = derive(Facts.from_edges(nodes, edges))
        if self._store.contains_named_graph(DERIVED_GRAPH):
            self._store.remove_graph(DERIVED_GRAPH)
        self._store.extend(_derived_quads(derived, names, aliases))

    def has_article(self, iri: str) -> bool:
        """Whether the article with this IRI is already stored."""
        return bool(self._store.contains_named_graph(ox.NamedNode(iri)))

    def add_articles(self, graphs: Iterable[tuple[URIRef, Graph]]) -> int:
        """Add article graphs in one transaction; articles already stored are skipped.

        Returns:
            How many articles were new.
        """
        quads: list[ox.Quad] = []
        added: set[str] = set()
        for iri, graph in graphs:
            if str(iri) in added or self.has_article(str(iri)):
                continue
            added.add(str(iri))
            name = ox.NamedNode(str(iri))
            quads.extend(_quad(triple, name) for triple in graph)
        if quads:
            try:
                self._store.extend(quads)  # atomic: all of the batch or none of it
            except OSError as exc:
                raise StoreError(
                    f"could not write to the graph store at {self.path}: {exc}"
                ) from exc
            # The derived graph is recomputed once, before the next question or on close,
            # not per batch; until then, a store left behind (a killed process) has no
            # version marker, and the next writable open recomputes it.
            self._store.remove(ox.Quad(*_VERSION_MARKER))
            self._derived_stale = True
        return len(added)

    def _refresh_if_stale(self) -> None:
        if self._derived_stale:
            self._derived_stale = False
            self.refresh_derived()

    # ------------------------------------------------------------------ reading

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a SPARQL SELECT over all articles; ``params`` bind variables by name.

        Values are bound as RDF terms (never pasted into the text): ``str`` as a
        string literal, :class:`Iri` as an IRI, numbers, booleans and dates as typed
        literals. pyoxigraph binds them SEP-0007 style, which has two rules a query
        file must follow: every parameter appears in the SELECT clause, and an
        optional parameter is tested as ``FILTER(COALESCE(?x = ?param, true))``
        (``BOUND(?param)`` does not see a bound parameter).
        """
        self._refresh_if_stale()
        substitutions = {ox.Variable(k): _param(v) for k, v in (params or {}).items()}
        try:
            solutions = self._store.query(
                query, use_default_graph_as_union=True, substitutions=substitutions or None
            )
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
        except RuntimeError as exc:  # e.g. a parameter missing from the SELECT clause
            raise StoreError(f"SPARQL query failed: {exc}") from exc
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("run() takes SELECT queries only")
        names = [v.value for v in solutions.variables]
        return [{n: _to_python(row[n]) for n in names} for row in solutions]

    def select_file(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run ``kg/stores/sparql/<name>.rq``."""
        return self.run(sparql_file(name), params)

    def entities(self) -> Iterator[EntityRow]:
        """Every entity, most specific class first when an entity has several."""
        by_iri: dict[str, dict[str, Any]] = {}
        for row in self.select_file("entities"):
            entry = by_iri.setdefault(
                row["iri"], {"name": row["name"], "types": set(), "aliases": set()}
            )
            entry["types"].add(row["type"].rsplit("#", 1)[-1])
            if row["alias"]:
                entry["aliases"].add(row["alias"])
        for iri in sorted(by_iri):
            entry = by_iri[iri]
            kind = most_specific_class(entry["types"])
            if kind is None:
                found = ", ".join(sorted(entry["types"]))
                raise StoreError(
                    f"entity {iri} has no class of the ontology ({found}); "
                    "ingest its articles again with this version"
                )
            yield EntityRow(
                iri=iri,
                name=entry["name"],
                type=kind,
                aliases=tuple(sorted(entry["aliases"])),
            )

    def articles(self) -> Iterator[ArticleRow]:
        """Every article."""
        for row in sorted(self.select_file("articles"), key=lambda r: r["iri"]):
            yield ArticleRow(**row)

    def claims(self) -> Iterator[ClaimRow]:
        """Every claim, whatever its status, with the relation's kebab-case name."""
        for row in sorted(self.select_file("claims"), key=lambda r: r["iri"]):
            row["predicate"] = relation_by_iri(row["predicate"]).name
            yield ClaimRow(**row)

    def stats(self) -> dict[str, Any]:
        """Counts of entities, articles, claims and facts per relation."""
        counts = self.select_file("stats")[0]
        facts: dict[str, int] = defaultdict(int)
        for row in self.select_file("fact_counts"):
            facts[relation_by_iri(row["predicate"]).name] = row["facts"]
        return {
            "entities": counts["entities"],
            "articles": counts["articles"],
            "claims": counts["claims"],
            "facts": dict(sorted(facts.items())),
        }

    def nquads(self) -> bytes:
        """The articles' quads as N-Quads (one named graph per article), for exports."""
        return b"".join(f"{quad} .\n".encode() for quad in self.dataset())

    def dataset(self) -> Iterator[ox.Quad]:
        """Every quad of the articles (the ontology and derived graphs left out)."""
        for quad in self._store.quads_for_pattern(None, None, None, None):
            if quad.graph_name not in (ONTOLOGY_GRAPH, DERIVED_GRAPH):
                yield quad


def _derived_quads(
    derived: Derived, names: dict[str, set[str]], aliases: dict[str, set[str]]
) -> list[ox.Quad]:
    """The derived graph's quads: the layout docs/architecture.md describes."""
    g = DERIVED_GRAPH

    def term(local: str) -> ox.NamedNode:
        return ox.NamedNode(KG[local])

    quads = [ox.Quad(*_VERSION_MARKER)]
    for iri, found in names.items():
        node = ox.NamedNode(iri)
        quads.append(ox.Quad(node, term("displayName"), ox.Literal(min(found)), g))
        quads.extend(ox.Quad(node, term("knownName"), ox.Literal(n), g) for n in found)
    for iri, found in aliases.items():
        node = ox.NamedNode(iri)
        quads.extend(ox.Quad(node, term("knownAlias"), ox.Literal(n), g) for n in found)
    for lookup, table in (
        ("sameEntityAs", derived.same),
        ("currentEntity", derived.current),
        ("controlChain", derived.chain),
    ):
        predicate = term(lookup)
        for iri, targets in table.items():
            node = ox.NamedNode(iri)
            quads.extend(ox.Quad(node, predicate, ox.NamedNode(t), g) for t in targets)
    layouts = (
        (("providerNode", "labNode", "rivalNode", "rivalOf"), derived.rival_rentals),
        (("soleSupplierOf", "soleSupplier", "providerNode", "labNode"), derived.sole_suppliers),
    )
    for properties, rows in layouts:
        for row in rows:
            row_node = ox.BlankNode()
            quads.extend(
                ox.Quad(row_node, term(p), ox.NamedNode(v), g)
                for p, v in zip(properties, row, strict=True)
            )
    quads.extend(
        ox.Quad(ox.NamedNode(iri), term("aiLabCount"), _param(count), g)
        for iri, count in derived.lab_counts.items()
    )
    # Positions in each limited question's order, so that its first N answers are read
    # by a filter on one pattern (SPARQL's ORDER BY sorts by the terms' text: seconds).
    shown = {iri: min(found) for iri, found in names.items()}
    counts = derived.lab_counts
    by_count = sorted(counts, key=lambda iri: (-counts[iri], shown.get(iri, ""), iri))
    quads.extend(
        ox.Quad(ox.NamedNode(iri), term("aiLabRank"), _param(position), g)
        for position, iri in enumerate(by_count, start=1)
    )
    sole = {lab: supplier for lab, supplier, _, _ in derived.sole_suppliers}
    by_name = sorted(sole, key=lambda lab: (shown.get(lab, ""), shown.get(sole[lab], ""), lab))
    quads.extend(
        ox.Quad(ox.NamedNode(lab), term("soleSupplierRank"), _param(position), g)
        for position, lab in enumerate(by_name, start=1)
    )
    return quads


def _to_ox(term: Any) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, RdfLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store RDF term {term!r}")


def _param(value: Any) -> Any:
    if isinstance(value, Iri):
        return ox.NamedNode(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    return ox.Literal(str(value))


def _to_python(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        text = term.value
        if datatype in (_XSD + "integer", _XSD + "int", _XSD + "long"):
            return int(text)
        if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
            return float(Decimal(text))
        if datatype == _XSD + "boolean":
            return text == "true"
        if datatype == _XSD + "date":
            return date.fromisoformat(text)
        return text
    return str(term)


def _quad(triple: tuple[Any, Any, Any], graph: ox.NamedNode) -> ox.Quad:
    """One rdflib triple as an Oxigraph quad in ``graph``."""
    subject, predicate, obj = triple
    return ox.Quad(_to_ox(subject), _to_ox(predicate), _to_ox(obj), graph)
