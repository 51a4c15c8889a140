"""The questions: one definition each, with the function that shapes its rows.

The query text is in ``queries/<name>.rq`` and ``queries/<name>.cypher``; both
return the same columns, so one shaper serves both stores.
"""

from __future__ import annotations

from collections import defaultdict, deque
from typing import Any

from queries._evidence import run_compute_suppliers, run_evidence
from queries._path import run_path, shape_path
from queries._profile import most_specific, run_entity, shape_entity, shape_names
from queries._question import Param, Question
from queries._results import (
    ClaimEvidence,
    Competitor,
    CompetitorCompute,
    ComputeSupplier,
    Customer,
    EntityProfile,
    Evidence,
    Name,
    OwnershipLink,
    PathStep,
    SingleSupplier,
    SupplierConcentration,
    TimelineEntry,
)
from queries._shape import evidence, evidence_key, grouped, plain, relation_name

Rows = list[dict[str, Any]]

DEFAULT_LIMIT = 100
"""How many answers a question that could list the whole graph gives unless told."""


def _competitor_compute(rows: Rows) -> list[CompetitorCompute]:
    def make(group: Rows, evidence: list[Evidence]) -> CompetitorCompute:
        row = group[0]
        return CompetitorCompute(
            lab=row["lab_name"],
            provider=row["provider_name"],
            competitor=row["competitor_name"],
            evidence=evidence,
        )

    return grouped(
        rows, ("lab", "provider", "competitor"), make, lambda r: (r.lab, r.provider, r.competitor)
    )


_VIA_ORDER = {"itself": 0, "owner": 1, "subsidiary": 2}


def _compute_suppliers(rows: Rows) -> list[ComputeSupplier]:
    def make(group: Rows, evidence: list[Evidence]) -> ComputeSupplier:
        row = min(group, key=lambda r: _VIA_ORDER.get(r["via"], 9))
        return ComputeSupplier(
            entity=row["entity_name"],
            supplier=row["supplier_name"],
            recipient=row["recipient_name"],
            via=row["via"],
            facilities=sorted({r["facility_name"] for r in group if r.get("facility_name")}),
            evidence=evidence,
        )

    return grouped(
        rows,
        ("supplier", "recipient"),
        make,
        lambda r: (_VIA_ORDER.get(r.via, 9), r.supplier, r.recipient),
    )


def _customers(rows: Rows) -> list[Customer]:
    def make(group: Rows, evidence: list[Evidence]) -> Customer:
        row = group[0]
        return Customer(
            entity=row["entity_name"],
            customer=row["customer_name"],
            provider=row["provider_name"],
            evidence=evidence,
        )

    return grouped(rows, ("customer", "provider"), make, lambda r: (r.customer, r.provider))


def _ownership(rows: Rows) -> list[OwnershipLink]:
    if not rows:
        return []
    entity = rows[0]["entity"]
    links: dict[tuple[str, str, str], Rows] = defaultdict(list)
    for row in rows:
        if row["owner"] == row["owned"]:
            continue  # a rebrand seen as ownership of itself
        if row["owner" if row["side"] == "up" else "owned"] == entity:
            continue  # a cycle that leads back to the entity itself
        links[(row["side"], row["owner"], row["owned"])].append(row)
    depth = {("up", entity): 0, ("down", entity): 0}
    for side in ("up", "down"):
        queue = deque([entity])
        while queue:
            node = queue.popleft()
            for s, owner, owned in links:
                here, there = (owned, owner) if side == "up" else (owner, owned)
                if s == side and here == node and (side, there) not in depth:
                    depth[(side, there)] = depth[(side, node)] + 1
                    queue.append(there)
    results = []
    for (side, owner, owned), group in links.items():
        far = owner if side == "up" else owned
        found = [e for e in map(evidence, group) if e is not None]
        shares = [plain(r["share"]) for r in group if r.get("share") is not None]
        results.append(
            OwnershipLink(
                entity=group[0]["entity_name"],
                side=side,
                depth=depth.get((side, far), 0),
                owner=group[0]["owner_name"],
                owned=group[0]["owned_name"],
                owned_type=most_specific({r["owned_type"] for r in group if r.get("owned_type")}),
                stake=not any(plain(r["controls"]) for r in group),
                share=max(shares) if shares else None,
                evidence=sorted(set(found), key=evidence_key),
            )
        )
    return sorted(results, key=lambda r: (r.side != "up", r.depth, r.owner, r.owned))


def _competitors(rows: Rows) -> list[Competitor]:
    def make(group: Rows, evidence: list[Evidence]) -> Competitor:
        row = group[0]
        return Competitor(
            entity=row["entity_name"], competitor=row["competitor_name"], evidence=evidence
        )

    return grouped(rows, ("competitor",), make, lambda r: r.competitor)


def _single_supplier(rows: Rows) -> list[SingleSupplier]:
    def make(group: Rows, evidence: list[Evidence]) -> SingleSupplier:
        row = group[0]
        return SingleSupplier(lab=row["lab_name"], supplier=row["supplier_name"], evidence=evidence)

    return grouped(rows, ("lab",), make, lambda r: (r.lab, r.supplier))


def _supplier_concentration(rows: Rows) -> list[SupplierConcentration]:
    ordered = sorted(rows, key=lambda r: (-int(r["labs"]), r["provider_name"], r["provider"]))
    results = []
    rank, previous = 0, None
    for row in ordered:
        if row["labs"] != previous:
            rank, previous = rank + 1, row["labs"]
        results.append(
            SupplierConcentration(rank=rank, provider=row["provider_name"], labs=int(row["labs"]))
        )
    return results


def _evidence_rows(rows: Rows) -> list[ClaimEvidence]:
    found = {
        (r["claim"], r["subject_name"], r["object_name"]): ClaimEvidence(
            subject=r["subject_name"],
            relation=relation_name(r["relation"]),
            object=r["object_name"],
            status=r["status"],
            confidence=float(r["confidence"]),
            source=r["source"],
            sentence=r["sentence"],
            published=plain(r.get("published")),
        )
        for r in rows
    }
    return sorted(
        set(found.values()),
        key=lambda e: (e.published.isoformat() if e.published else "9999", e.source, e.sentence),
    )


def _timeline(rows: Rows) -> list[TimelineEntry]:
    entries = {}
    for r in rows:
        published = plain(r.get("published"))
        entries[r["claim"]] = (
            (
                published.isoformat() if published else "9999",
                r["source"],
                r.get("sentence_index") if r.get("sentence_index") is not None else 10**9,
                r["sentence"],
                r["subject_name"],
                relation_name(r["relation"]),
                r["object_name"],
            ),
            TimelineEntry(
                published=published,
                source=r["source"],
                subject=r["subject_name"],
                relation=relation_name(r["relation"]),
                object=r["object_name"],
                status=r["status"],
                sentence=r["sentence"],
            ),
        )
    return [entry for _, entry in sorted(entries.values(), key=lambda item: item[0])]


_ENTITY_HELP = "Any of the entity's names: current, former or alias."

QUESTIONS: dict[str, Question] = {
    q.name: q
    for q in (
        Question(
            name="competitor-compute",
            description=(
                "Labs that rent compute from a competitor: the provider is a stated rival of "
                "the lab, or is controlled (through any chain of non-stake owners) by one.\n\n"
                "A chain that reaches the lab itself stops there (renting from your own "
                "subsidiary is your own compute); rebranded entities count as one."
            ),
            example="kg ask competitor-compute --lab Anthropic",
            params=(Param("lab", "entity", "Only this lab (any of its names).", required=False),),
            result=CompetitorCompute,
            shape=_competitor_compute,
            evidence=(
                ("provider_node", "rents-capacity-to", "lab_node"),
                ("rival_node", "competes-with", "rival_of"),
            ),
        ),
        Question(
            name="compute-suppliers",
            description=(
                "Who supplies compute to an entity: directly, or to its owners or its "
                "subsidiaries, with the data centres the supplier is or controls."
            ),
            example="kg ask compute-suppliers OpenAI",
            params=(Param("entity", "entity", _ENTITY_HELP),),
            result=ComputeSupplier,
            shape=_compute_suppliers,
            runner=run_compute_suppliers,
            evidence=(("supplier_node", "rents-capacity-to", "recipient_node"),),
        ),
        Question(
            name="customers",
            description="Who rents compute capacity from an entity or from its subsidiaries.",
            example="kg ask customers Oracle",
            params=(Param("entity", "entity", _ENTITY_HELP),),
            result=Customer,
            shape=_customers,
            evidence=(("provider_node", "rents-capacity-to", "customer_node"),),
        ),
        Question(
            name="ownership",
            description=(
                "The chain of owners above an entity up to its ultimate parent, and what it "
                "owns below it (subsidiaries, facilities, products, stakes), with shares."
            ),
            example="kg ask ownership DeepMind",
            params=(Param("entity", "entity", _ENTITY_HELP),),
            result=OwnershipLink,
            shape=_ownership,
            evidence=(("owner_node", "owns", "owned_node"),),
        ),
        Question(
            name="competitors",
            description="The stated rivals of an entity, with the sentences that say so.",
            example="kg ask competitors Anthropic",
            params=(Param("entity", "entity", _ENTITY_HELP),),
            result=Competitor,
            shape=_competitors,
            evidence=(("node", "competes-with", "rival_node"),),
        ),
        Question(
            name="names",
            description=(
                "An entity's name history through rebrands: current name first, then former "
                "names from the newest back, then aliases."
            ),
            example="kg ask names 'Facebook'",
            params=(Param("entity", "entity", _ENTITY_HELP),),
            result=Name,
            shape=shape_names,
            evidence=(("node", "rebrands-as", "newer"),),
        ),
        Question(
            name="single-supplier",
            description=(
                "AI labs with exactly one known compute supplier, in name order "
                f"(the first {DEFAULT_LIMIT} unless --limit says otherwise)."
            ),
            example="kg ask single-supplier --limit 500 --format csv",
            params=(
                Param(
                    "limit",
                    "int",
                    f"How many labs, in name order (default {DEFAULT_LIMIT}).",
                    required=False,
                    default=DEFAULT_LIMIT,
                ),
            ),
            result=SingleSupplier,
            shape=_single_supplier,
            evidence=(("supplier_node", "rents-capacity-to", "lab_node"),),
        ),
        Question(
            name="supplier-concentration",
            description=(
                "Compute providers ranked by how many AI labs rent capacity from them "
                f"(the top {DEFAULT_LIMIT} unless --limit says otherwise)."
            ),
            example="kg ask supplier-concentration --limit 10",
            params=(
                Param(
                    "limit",
                    "int",
                    f"How many providers, most labs first (default {DEFAULT_LIMIT}).",
                    required=False,
                    default=DEFAULT_LIMIT,
                ),
            ),
            result=SupplierConcentration,
            shape=_supplier_concentration,
        ),
        Question(
            name="path",
            description=(
                "The shortest chain of facts linking two entities, each step with its evidence."
            ),
            example="kg ask path Anthropic Amazon",
            params=(
                Param("start", "entity", "Where the chain starts (any name)."),
                Param("end", "entity", "Where it ends (any name)."),
                Param("max_steps", "int", "Longest chain to look for.", required=False, default=6),
            ),
            result=PathStep,
            shape=shape_path,
            runner=run_path,
        ),
        Question(
            name="evidence",
            description=(
                "Every article and sentence behind a fact, whatever the claim's status "
                "(asserted, reported, planned, denied), with dates."
            ),
            example="kg ask evidence Oracle rents-capacity-to OpenAI",
            params=(
                Param("subject", "entity", "The fact's subject (any name)."),
                Param("relation", "relation", "A relation name, e.g. rents-capacity-to."),
                Param("object", "entity", "The fact's object (any name)."),
            ),
            result=ClaimEvidence,
            shape=_evidence_rows,
            runner=run_evidence,
        ),
        Question(
            name="timeline",
            description="Facts in the order of the articles that reported them.",
            example="kg ask timeline --since 2025-01-01 --entity OpenAI",
            params=(
                Param(
                    "since",
                    "date",
                    "Only articles published on or after (YYYY-MM-DD).",
                    required=False,
                ),
                Param("entity", "entity", "Only facts about this entity.", required=False),
            ),
            result=TimelineEntry,
            shape=_timeline,
        ),
        Question(
            name="entity",
            description=(
                "A profile of an entity: its type, its names, and every fact into or out of "
                "it, grouped by relation, with evidence."
            ),
            example="kg ask entity xAI --format json",
            params=(Param("entity", "entity", _ENTITY_HELP),),
            result=EntityProfile,
            shape=shape_entity,
            runner=run_entity,
            evidence=(("claim_subject", "*", "claim_object"),),
        ),
    )
}
