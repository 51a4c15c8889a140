"""Names to entities: every question accepts any current or former name or alias.

A name is looked up by a parameterised query (never pasted into query text),
first exactly (an index lookup: canonical names, then aliases), and only on a miss
ignoring case, spacing and a trailing "Inc."/"Corp."/"Ltd." (which reads every name);
the answer is the entity's *current* IRI, after following rebrands forward. A
name nobody carries raises :class:`~ontology.UnknownEntityError` with the closest
known names.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from typing import Any

from pydantic import BaseModel, ConfigDict

from kg.stores import QueryableStore
from kg.stores.embedded import Iri
from ontology import QueryError, UnknownEntityError, relation
from queries._question import query_text

_SUFFIX = re.compile(r"[,\s]+(inc|corp|corporation|ltd|llc|plc|co)\.?$", re.IGNORECASE)


class ResolvedEntity(BaseModel):
    """The entity a name stands for, under its current name."""

    model_config = ConfigDict(frozen=True)

    iri: str
    name: str


def normalise(name: str) -> str:
    """A name for loose comparison: case, spacing and company suffixes ignored."""
    return _SUFFIX.sub("", " ".join(name.split()).casefold()).strip()


def resolve(store: QueryableStore, name: str) -> ResolvedEntity:
    """The current entity called ``name`` (canonical name, alias or former name).

    Raises:
        UnknownEntityError: no entity carries the name; lists the closest names.
        QueryError: the name belongs to several different entities.
    """
    rows = _lookup(store, name)
    if not rows:
        known = _all_names(store)
        loose = {n for n in known if normalise(n) == normalise(name)}
        for candidate in sorted(loose):
            rows.extend(_lookup(store, candidate))
        if not rows:
            folded = {n.casefold(): n for n in sorted(known)}
            close = get_close_matches(name.casefold(), list(folded), n=5, cutoff=0.6)
            raise UnknownEntityError(name, [folded[c] for c in close])
    # An entity's own name beats another entity's alias that happens to match.
    labelled = [r for r in rows if r["by_label"]]
    chosen = labelled or rows
    current = {(r["current"] or r["iri"], r["current_name"] or r["name"]) for r in chosen}
    if len({iri for iri, _ in current}) > 1:
        names = sorted({n for _, n in current})
        raise QueryError(
            f"the name {name!r} belongs to {len(names)} entities ({', '.join(names)}); "
            "ask again with one of those names"
        )
    iri, current_name = min(current)
    return ResolvedEntity(iri=iri, name=current_name)


def _lookup(store: QueryableStore, name: str) -> list[dict[str, Any]]:
    """Entities called ``name``; only if there are none, those with it as an alias (an
    entity's own name beats another entity's alias, and aliases are slower to search)."""
    language = store.query_language
    rows = store.run(query_text("lookups/resolve", language), {"name": name})
    return rows or store.run(query_text("lookups/resolve-alias", language), {"name": name})


def _all_names(store: QueryableStore) -> set[str]:
    rows = store.run(query_text("lookups/names", store.query_language), {})
    return {row["name"] for row in rows if row["name"]}


def entity_param(store: QueryableStore, iri: str) -> Any:
    """An entity IRI as the store wants it bound: an IRI term in SPARQL, text in Cypher."""
    return Iri(iri) if store.query_language == "sparql" else iri


def relation_param(store: QueryableStore, name: str) -> Any:
    """A relation as the store wants it bound: its property IRI in SPARQL; in Cypher a
    map of its name, Neo4j type and symmetry (``$relation.name`` ...)."""
    rel = relation(name)
    if store.query_language == "sparql":
        return Iri(rel.iri)
    return {"name": rel.name, "type": rel.neo4j_type, "symmetric": rel.symmetric}
