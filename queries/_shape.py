"""From raw rows to result models: the part every question shares.

Both stores answer with the same columns; these helpers even out what differs
(Neo4j dates, relation spelled as IRI, kebab name or Neo4j type) and group the
one-row-per-claim answers of a query into one result per answer with its
evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from ontology import relation_by_iri, relation_by_neo4j_type, relations
from queries._results import Evidence


def plain(value: Any) -> Any:
    """A store value as plain Python (Neo4j's ``Date`` becomes ``datetime.date``)."""
    to_native = getattr(value, "to_native", None)
    if callable(to_native):
        return to_native()
    return value


def relation_name(value: str) -> str:
    """The kebab-case relation name, from a name, an IRI or a Neo4j type."""
    if value in relations():
        return value
    if value.startswith(("http://", "https://")):
        return relation_by_iri(value).name
    return relation_by_neo4j_type(value).name


def evidence(row: dict[str, Any]) -> Evidence | None:
    """The evidence a row carries in its ``source``/``sentence``/... columns, if any."""
    if row.get("sentence") is None:
        return None
    published = plain(row.get("published"))
    return Evidence(
        relation=relation_name(row["relation"]) if row.get("relation") else None,
        source=row["source"],
        sentence=row["sentence"],
        published=published if isinstance(published, date) else None,
        status=row.get("status"),
    )


def evidence_key(item: Evidence) -> tuple[str, str, str, str]:
    """Evidence order: by relation, oldest article first, then source and sentence."""
    return (
        item.relation or "",
        item.published.isoformat() if item.published else "9999",
        item.source,
        item.sentence,
    )


def sorted_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    """Distinct evidence in :func:`evidence_key` order."""
    return sorted(set(items), key=evidence_key)


def grouped(
    rows: Sequence[dict[str, Any]],
    key: Sequence[str],
    make: Callable[[list[dict[str, Any]], list[Evidence]], Any],
    order: Callable[[Any], Any],
) -> list[Any]:
    """One result per distinct ``key`` columns, with the evidence of all its rows.

    Args:
        rows: raw rows, one per claim (or one per answer without evidence).
        key: the columns that identify one answer.
        make: builds the result from the group's rows and its evidence.
        order: sort key of the results.
    """
    groups: dict[tuple[Any, ...], tuple[list[dict[str, Any]], list[Evidence]]] = {}
    for row in rows:
        ident = tuple(plain(row.get(column)) for column in key)
        members, found = groups.setdefault(ident, ([], []))
        members.append(row)
        item = evidence(row)
        if item is not None:
            found.append(item)
    return sorted(
        (make(members, sorted_evidence(found)) for members, found in groups.values()), key=order
    )
