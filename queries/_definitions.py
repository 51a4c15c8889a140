"""The questions: one definition each, with the function that shapes its rows.

The query text is in ``queries/<name>.rq`` and ``queries/<name>.cypher``; both
return the same columns, so one shaper serves both stores.
"""

from __future__ import annotations

from typing import Any

from queries._question import Param, Question
from queries._results import CompetitorCompute, Evidence
from queries._shape import grouped


def _competitor_compute(rows: list[dict[str, Any]]) -> list[CompetitorCompute]:
    def make(row: dict[str, Any], evidence: list[Evidence]) -> CompetitorCompute:
        return CompetitorCompute(
            lab=row["lab_name"],
            provider=row["provider_name"],
            competitor=row["competitor_name"],
            evidence=evidence,
        )

    return grouped(
        rows,
        ("lab", "provider", "competitor"),
        make,
        lambda r: (r.lab, r.provider, r.competitor),
    )


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
        ),
    )
}
