"""The result models of the questions: what ``ask`` returns and ``--format json`` prints.

Entities are named by their current name (after every rebrand); every answer
that rests on facts carries the evidence behind them.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True)


class Evidence(_Result):
    """One claim behind a fact: the article it came from and the sentence that says it."""

    relation: str | None = None
    source: str
    sentence: str
    published: date | None = None
    status: str | None = None


class CompetitorCompute(_Result):
    """A lab that rents compute from a provider that a rival of the lab is or controls."""

    lab: str
    provider: str
    competitor: str
    evidence: list[Evidence]
