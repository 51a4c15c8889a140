"""The fact relationships of the Neo4j model, grouped from claims in Python.

One fact per (relationship type, subject, object) of asserted/reported claims,
plus the derived ``CONTROLS`` of every ``owns`` claim that is not a stake. The
evidence lists are parallel (one item per claim, in the order the claims came)
and the summaries (confidence, first/last reported, stake, share, articles)
are those docs/architecture.md describes. A fact's lists are the whole record of
its claims (there is no Claim node for a claim that is a fact): claim IRI,
source and date of the article, sentence, status, confidence and sentence
index. Both load paths (transactional and bulk) and the neo4j-csv export write
these rows, so they give the same graph. The Cypher writers also share the
template of one relationship type (:func:`fact_statement`), the check that
claims cite loaded articles, and the rows of Claim nodes.

Example:
    >>> facts = group_facts(claims, article_info)                 # doctest: +SKIP
    >>> facts[0].neo4j_type, facts[0].row()["claims"]      # doctest: +SKIP
    ('OWNS', ['https://w3id.org/aikg/claim/c4'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, TypeVar

from kg.stores.neo4j_store import cypher_file
from kg.stores.rows import ClaimRow
from ontology import FACT_STATUSES, relation, relation_by_neo4j_type, relations
from ontology.errors import StoreError

ArticleInfo = dict[str, tuple[str, date | None]]
"""Article IRI -> (source, published): what a fact's evidence needs of its article."""

NO_SENTENCE_INDEX = -1
"""``sentence_indexes`` item of a claim without one (Neo4j lists hold no nulls)."""

_TYPE_SLOT = "__REL_TYPE__"
_TYPE_SHAPE = re.compile(r"[A-Z][A-Z0-9_]*")

T = TypeVar("T")
U = TypeVar("U")


@dataclass
class Fact:
    """One fact relationship and the evidence of the claims behind it (so far)."""

    neo4j_type: str
    subject: str
    object: str
    claims: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    sentence_indexes: list[int] = field(default_factory=list)
    confidence: float = 0.0
    first: date | None = None
    last: date | None = None
    stake: bool | None = None
    share: float | None = None

    def row(self) -> dict[str, Any]:
        """The row ``create_fact.cypher`` creates a relationship from (when the batch holds
        the fact's whole evidence) or ``merge_fact.cypher`` adds to one (``articles`` is
        then counted again over the merged sources).

        Dates travel as ISO strings (``date()`` in Cypher): the driver turns a Python
        date into its own type one by one, which cost a first load seconds.
        """
        return {
            "subject": self.subject, "object": self.object, "claims": self.claims,
            "sources": self.sources, "sentences": self.sentences, "published": self.published,
            "statuses": self.statuses, "confidences": self.confidences,
            "sentence_indexes": self.sentence_indexes, "confidence": self.confidence,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "articles": len(set(self.sources)), "stake": self.stake, "share": self.share,
        }  # fmt: skip


@cache
def _targets() -> dict[str, tuple[str, ...]]:
    """Predicate -> fact types a non-stake claim of it feeds (``owns`` also feeds CONTROLS)."""
    owns, controls = relation("owns"), relation("controls")
    return {
        name: (rel.neo4j_type, controls.neo4j_type) if name == owns.name else (rel.neo4j_type,)
        for name, rel in relations().items()
    }


def group_facts(claims: Iterable[ClaimRow], article_info: ArticleInfo) -> list[Fact]:
    """The facts of ``claims`` (each claim's article must be in ``article_info``)."""
    targets = _targets()
    owns_type = relation("owns").neo4j_type
    facts: dict[tuple[str, str, str], Fact] = {}
    days: dict[date | None, str] = {None: ""}  # Neo4j lists hold no nulls
    for claim in claims:
        if claim.status not in FACT_STATUSES:  # is_fact, inlined: once per claim
            continue
        types = targets[claim.predicate]
        if claim.stake is True:
            types = types[:1]
        source, published = article_info[claim.article]
        day = days.get(published)
        if day is None:
            day = days[published] = published.isoformat()  # type: ignore[union-attr]
        index = claim.sentence_index
        if index is None:
            index = NO_SENTENCE_INDEX
        confidence = claim.confidence
        for neo4j_type in types:
            key = (neo4j_type, claim.subject, claim.object)
            fact = facts.get(key)
            if fact is None:  # most facts have one claim: made whole, in one call
                owns = neo4j_type == owns_type
                facts[key] = Fact(
                    neo4j_type, claim.subject, claim.object, [claim.iri], [source],
                    [claim.sentence], [day], [claim.status], [confidence], [index],
                    confidence, published, published,
                    (claim.stake is True) if owns else None, claim.share if owns else None,
                )  # fmt: skip
                continue
            fact.claims.append(claim.iri)
            fact.sources.append(source)
            fact.sentences.append(claim.sentence)
            fact.published.append(day)
            fact.statuses.append(claim.status)
            fact.confidences.append(confidence)
            fact.sentence_indexes.append(index)
            if confidence > fact.confidence:
                fact.confidence = confidence
            if published is not None:
                if fact.first is None or published < fact.first:
                    fact.first = published
                if fact.last is None or published > fact.last:
                    fact.last = published
            if neo4j_type == owns_type:
                is_stake = claim.stake is True
                fact.stake = is_stake if fact.stake is None else fact.stake and is_stake
                if claim.share is not None and (fact.share is None or claim.share > fact.share):
                    fact.share = claim.share
    return list(facts.values())


def fact_pairs(claims: Iterable[ClaimRow]) -> dict[str, set[tuple[str, str]]]:
    """``(subject, object)`` of every fact of ``claims``, by relation name.

    What :func:`kg.stores.derived.derive` needs, without grouping the evidence;
    the same facts as :func:`group_facts` (derived ``controls`` included).
    """
    targets = _targets()
    pairs: dict[str, set[tuple[str, str]]] = {}
    for claim in claims:
        if claim.status not in FACT_STATUSES:
            continue
        types = targets[claim.predicate]
        for neo4j_type in types[:1] if claim.stake is True else types:
            pairs.setdefault(neo4j_type, set()).add((claim.subject, claim.object))
    return {relation_by_neo4j_type(t).name: ends for t, ends in pairs.items()}


def is_fact(claim: ClaimRow) -> bool:
    """Whether the claim is evidence of a fact (kept in its lists, no Claim node of its own)."""
    return claim.status in FACT_STATUSES


def pair_batches(claims: Iterable[ClaimRow], size: int) -> Iterator[list[ClaimRow]]:
    """Batches of about ``size`` claims in which all claims between two entities travel together.

    Every fact of a batch then holds its whole evidence, so a first load can
    CREATE each fact once instead of merging it batch after batch; a pair with
    more than ``size`` claims gets a batch of its own. Repeated claim IRIs are
    dropped (the first one counts); claims keep their order within a pair.
    """
    pairs: dict[tuple[str, str], list[ClaimRow]] = {}
    seen: set[str] = set()
    for claim in claims:
        if claim.iri in seen:
            continue
        seen.add(claim.iri)
        pairs.setdefault((claim.subject, claim.object), []).append(claim)
    batch: list[ClaimRow] = []
    for group in pairs.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def prepared_ahead(items: Iterable[T], prepare: Callable[[T], U]) -> Iterator[U]:
    """``prepare(item)`` for each item, the next one prepared in a thread meanwhile.

    While the caller sends one batch and waits for Neo4j (the driver releases the
    GIL while it waits), the next batch is grouped: on two cores the server and
    Python work at the same time instead of taking turns.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-prepare") as pool:
        pending: Future[U] | None = None
        for item in items:
            future = pool.submit(prepare, item)
            if pending is not None:
                yield pending.result()
            pending = future
        if pending is not None:
            yield pending.result()


@cache
def fact_statement(neo4j_type: str, template: str = "merge_fact") -> str:
    """``merge_fact.cypher`` (or ``create_fact``) for one relationship type of the registry."""
    known = {rel.neo4j_type for rel in relations().values()}
    if neo4j_type not in known or not _TYPE_SHAPE.fullmatch(neo4j_type):
        raise StoreError(f"{neo4j_type!r} is not a relationship type of the ontology")
    text = cypher_file(template)
    return text.replace(_TYPE_SLOT, neo4j_type)


def cited(claims: list[ClaimRow], article_info: ArticleInfo) -> list[ClaimRow]:
    """``claims``, after checking that each cites a loaded article (else StoreError)."""
    missing = {c.article for c in claims if c.article not in article_info}
    if missing:
        raise StoreError(
            f"{len(missing)} claim(s) cite articles that were not loaded, e.g. {min(missing)}"
        )
    return claims


def claim_node_rows(claims: list[ClaimRow]) -> list[dict[str, Any]]:
    """``create_claims.cypher`` rows: Claim nodes only for the claims that are not facts.

    Claims that are facts need no node: their fact relationship's lists hold them.
    """
    return [c.model_dump(exclude={"extractor"}) for c in claims if not is_fact(c)]
