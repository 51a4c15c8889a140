"""``names`` and ``entity``: what an entity is called, and everything about it."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ontology import most_specific_class
from queries._question import Question, query_text
from queries._results import EntityFact, EntityProfile, Evidence, Name
from queries._shape import evidence as row_evidence
from queries._shape import plain, relation_name, sorted_evidence


def most_specific(types: set[str]) -> str | None:
    """The deepest of an entity's classes, given as IRIs or names (articles may differ)."""
    return most_specific_class(t.rsplit("#", 1)[-1] for t in types if t)


def shape_names(rows: list[dict[str, Any]]) -> list[Name]:
    """Current name first, then former names from the newest back, then aliases."""
    labels: dict[str, str] = {}
    newer: dict[str, set[str]] = defaultdict(set)
    aliases: set[str] = set()
    found: dict[str, list[Evidence]] = defaultdict(list)
    for row in rows:
        labels[row["node"]] = min(row["name"], labels.get(row["node"], row["name"]))
        if row.get("alias"):
            aliases.add(row["alias"])
        if row.get("newer"):
            newer[row["node"]].add(row["newer"])
            item = row_evidence(row)
            if item is not None:
                found[row["node"]].append(item)
    current = sorted(n for n in labels if not newer.get(n))
    # Distance from the current name, walking rebrands backwards.
    distance = {n: 0 for n in current}
    changed = True
    while changed:
        changed = False
        for node, targets in newer.items():
            known = [distance[t] for t in targets if t in distance]
            if known and distance.get(node, 10**9) > min(known) + 1:
                distance[node] = min(known) + 1
                changed = True
    results: list[Name] = []
    for node in sorted(labels, key=lambda n: (distance.get(n, 10**9), labels[n])):
        if node in current:
            results.append(Name(name=labels[node], kind="current"))
        else:
            renamed = sorted(labels.get(t, t) for t in newer[node])
            results.append(
                Name(
                    name=labels[node],
                    kind="former",
                    renamed_to=renamed[0],
                    evidence=sorted_evidence(found[node]),
                )
            )
    taken = {r.name for r in results}
    results.extend(Name(name=a, kind="alias") for a in sorted(aliases - taken))
    return results


def run_entity(store: Any, q: Question, bound: dict[str, Any]) -> list[dict[str, Any]]:
    """The profile's facts, then its names (tagged ``_names``)."""
    rows: list[dict[str, Any]] = store.run(q.text(store.query_language), bound)
    names = store.run(query_text("names", store.query_language), {"entity": bound["entity"]})
    return rows + [{**row, "_names": True} for row in names]


def shape_entity(rows: list[dict[str, Any]]) -> list[EntityProfile]:
    """One profile: type, names, and facts grouped by relation."""
    fact_rows = [r for r in rows if not r.get("_names")]
    if not fact_rows:
        return []
    name = min(r["entity_name"] for r in fact_rows)
    types = {r["type"] for r in fact_rows if r.get("type")}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in fact_rows:
        if row.get("relation"):
            key = (relation_name(row["relation"]), row["direction"], row["other"])
            groups[key].append(row)
    facts: dict[str, list[EntityFact]] = defaultdict(list)
    for (relation, direction, _), members in sorted(
        groups.items(), key=lambda item: (item[0][0], item[0][1], item[1][0]["other_name"])
    ):
        found = [e for e in map(row_evidence, members) if e is not None]
        stake = None
        if relation == "owns":
            stake = all(plain(m.get("stake")) is True for m in members)
        facts[relation].append(
            EntityFact(
                direction=direction,
                other=members[0]["other_name"],
                stake=stake,
                evidence=sorted_evidence(found),
            )
        )
    names = [n.name for n in shape_names([r for r in rows if r.get("_names")])]
    return [
        EntityProfile(
            name=name,
            type=most_specific(types),
            names=names or [name],
            facts=dict(sorted(facts.items())),
        )
    ]
