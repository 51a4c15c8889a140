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


class ComputeSupplier(_Result):
    """A provider that rents capacity to the entity, or to an owner or subsidiary of it.

    ``via`` says who receives it: ``itself``, an ``owner`` or a ``subsidiary``
    (named in ``recipient``); ``facilities`` are the data centres the supplier is
    or controls.
    """

    entity: str
    supplier: str
    recipient: str
    via: str
    facilities: list[str]
    evidence: list[Evidence]


class Customer(_Result):
    """Someone who rents capacity from the entity or from something it controls."""

    entity: str
    customer: str
    provider: str
    evidence: list[Evidence]


class OwnershipLink(_Result):
    """One owns fact around the entity.

    ``side`` is ``up`` (the chain of owners above the entity) or ``down`` (what
    the entity and its subsidiaries own); ``depth`` counts ownership steps from
    the entity. ``stake`` is true when no article states control.
    """

    entity: str
    side: str
    depth: int
    owner: str
    owned: str
    owned_type: str | None
    stake: bool
    share: float | None
    evidence: list[Evidence]


class Competitor(_Result):
    """A stated rival of the entity."""

    entity: str
    competitor: str
    evidence: list[Evidence]


class Name(_Result):
    """One name of the entity: ``current``, ``former`` (renamed to ``renamed_to``) or ``alias``."""

    name: str
    kind: str
    renamed_to: str | None = None
    evidence: list[Evidence] = []


class SingleSupplier(_Result):
    """An AI lab with exactly one known compute supplier."""

    lab: str
    supplier: str
    evidence: list[Evidence]


class SupplierConcentration(_Result):
    """A compute provider and how many AI labs rent from it (rank 1 = the most)."""

    rank: int
    provider: str
    labs: int


class PathStep(_Result):
    """One fact of the shortest chain linking two entities."""

    step: int
    subject: str
    relation: str
    object: str
    evidence: list[Evidence]


class ClaimEvidence(_Result):
    """One claim behind a fact, whatever its status."""

    subject: str
    relation: str
    object: str
    status: str
    confidence: float
    source: str
    sentence: str
    published: date | None = None


class TimelineEntry(_Result):
    """A fact as one article reported it."""

    published: date | None
    source: str
    subject: str
    relation: str
    object: str
    status: str
    sentence: str


class EntityFact(_Result):
    """A fact of an entity profile: ``out`` (entity relation other) or ``in``."""

    direction: str
    other: str
    stake: bool | None = None
    evidence: list[Evidence]


class EntityProfile(_Result):
    """Everything the graph holds about one entity."""

    name: str
    type: str | None
    names: list[str]
    facts: dict[str, list[EntityFact]]
