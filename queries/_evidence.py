"""Claims behind facts, looked up one fact at a time (see ``Question.evidence``)."""

from __future__ import annotations

from typing import Any

from ontology import class_ancestors, relation, relation_by_iri
from queries._question import query_text
from queries._resolve import entity_param, relation_param
from queries._shape import relation_name

EVIDENCE_COLUMNS = ("source", "sentence", "published", "status", "share", "stake")


def with_evidence(
    store: Any, rows: list[dict[str, Any]], facts: tuple[tuple[str, str, str], ...]
) -> list[dict[str, Any]]:
    """Each row once per claim behind its facts (or once, bare, if none is found).

    Args:
        store: the store the rows came from.
        rows: the question's rows, holding the node IRIs named in ``facts``.
        facts: ``(subject column, relation name, object column)`` per fact; a
            symmetric relation is looked up both ways round; ``*`` takes the
            relation from the row's ``relation`` column and looks up that one
            directed fact only.
    """
    text = query_text("lookups/fact-evidence", store.query_language)
    cache: dict[tuple[str, str, str], list[dict[str, Any]]] = {}

    def claims(subject: str, name: str, obj: str) -> list[dict[str, Any]]:
        key = (subject, name, obj)
        if key not in cache:
            params = {
                "subject": entity_param(store, subject),
                "relation": relation_param(store, name),
                "object": entity_param(store, obj),
            }
            found = [r for r in store.run(text, params) if r.get("sentence") is not None]
            cache[key] = [
                {c: r.get(c) for c in EVIDENCE_COLUMNS} | {"relation": name} for r in found
            ]
        return cache[key]

    out: list[dict[str, Any]] = []
    for row in rows:
        found: list[dict[str, Any]] = []
        for subject_column, named, object_column in facts:
            subject, obj = row.get(subject_column), row.get(object_column)
            if subject is None or obj is None:
                continue
            name = relation_name(row["relation"]) if named == "*" else named
            found += claims(subject, name, obj)
            if named != "*" and relation(name).symmetric and subject != obj:
                found += claims(obj, name, subject)
        out.extend({**row, **item} for item in found) if found else out.append(row)
    return out


def run_evidence(store: Any, q: Any, bound: dict[str, Any]) -> list[dict[str, Any]]:
    """evidence: the claims behind a fact under any names of its two ends.

    The Cypher file does it all; on the embedded store the names come first
    (``lookups/same-entity.rq``), then ``evidence.rq`` runs once per pair of names,
    both ways round for a symmetric relation, with every value a constant.
    """
    text = q.text(store.query_language)
    if store.query_language != "sparql":
        rows: list[dict[str, Any]] = store.run(text, bound)
        return rows
    same = query_text("lookups/same-entity", store.query_language)

    def names(entity: Any) -> list[str]:
        return sorted(r["node"] for r in store.run(same, {"entity": entity}))

    pairs = [(s, o) for s in names(bound["subject"]) for o in names(bound["object"])]
    if relation_by_iri(str(bound["relation"])).symmetric:
        pairs += [(o, s) for s, o in pairs if s != o]
    out: list[dict[str, Any]] = []
    for subject, obj in pairs:
        params = {
            **bound,
            "claim_subject": entity_param(store, subject),
            "claim_object": entity_param(store, obj),
        }
        out.extend(store.run(text, params))
    return out


def run_compute_suppliers(store: Any, q: Any, bound: dict[str, Any]) -> list[dict[str, Any]]:
    """compute-suppliers: the rentals, then (embedded store) each supplier's facilities.

    The Cypher file finds the facilities itself; the SPARQL one leaves them to
    ``lookups/facilities.rq``, run once per supplier with the supplier as a constant.
    """
    rows: list[dict[str, Any]] = store.run(q.text(store.query_language), bound)
    if store.query_language != "sparql":
        return rows
    text = query_text("lookups/facilities", store.query_language)
    found: dict[str, list[dict[str, Any]]] = {}
    out: list[dict[str, Any]] = []
    for row in rows:
        supplier = row["supplier_node"]
        if supplier not in found:
            found[supplier] = _data_centres(
                store.run(text, {"supplier_node": entity_param(store, supplier)})
            )
        facilities = found[supplier] or [{"facility": None, "facility_name": None}]
        out.extend({**row, **f} for f in facilities)
    return out


def _data_centres(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows' entities whose most specific class is DataCenter (or below it), as the
    Neo4j labels have it."""
    from queries._profile import most_specific

    types: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for row in rows:
        types.setdefault(row["facility"], set()).add(row["facility_type"])
        if row.get("facility_name"):
            names[row["facility"]] = min(row["facility_name"], names.get(row["facility"], "~"))
    return [
        {"facility": iri, "facility_name": names.get(iri)}
        for iri, found in sorted(types.items())
        if (kind := most_specific(found)) is not None and "DataCenter" in class_ancestors(kind)
    ]
