"""The Neo4j model as CSV files for ``neo4j-admin database import full``.

One writer for two users: the neo4j-csv export (``kg export neo4j-csv``) and
the bulk path of ``kg load --full`` (:mod:`kg.stores.neo4j_bulk`). Facts come
from :func:`kg.stores.neo4j_facts.group_facts`, like in the transactional
loader, so an import gives the same graph as ``kg load``.

Files: node files ``entities.csv``, ``articles.csv``, ``claims.csv`` (claims
that are not facts; a fact's claims are in its lists) and relationship files
``facts.csv`` (one relationship per fact, derived ``CONTROLS`` included) and
``claim_links.csv`` (``SUBJECT``, ``OBJECT``, ``IN_ARTICLE`` of those claims),
each with its header in its first line.

Arrays (and the ``:LABEL`` column) use the delimiter :data:`ARRAY_DELIMITER`
(U+001F, never found in text), so sentences keep their semicolons; an item
holding it would be split, so it becomes a space there. Numbers are ``long``
and ``double``, like the values Cypher parameters give.
"""

from __future__ import annotations

import csv
import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.stores.neo4j_facts import ArticleInfo, Fact, group_facts, is_fact
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import class_ancestors
from ontology.errors import StoreError

ARRAY_DELIMITER = "\x1f"
FILES = ("entities.csv", "articles.csv", "claims.csv", "facts.csv", "claim_links.csv")
NODE_FILES, RELATIONSHIP_FILES = FILES[:3], FILES[3:]

ENTITY_HEADER = ("iri:ID", "name", "type", "aliases:string[]", ":LABEL")
ARTICLE_HEADER = ("iri:ID", "source", "title", "published:date", "url", ":LABEL")
CLAIM_HEADER = (
    "iri:ID", "predicate", "status", "confidence:double", "sentence", "sentence_index:long",
    "stake:boolean", "share:double", "subject", "object", ":LABEL",
)  # fmt: skip
FACT_HEADER = (
    ":START_ID", ":END_ID", ":TYPE", "claims:string[]", "sources:string[]",
    "sentences:string[]", "published:string[]", "statuses:string[]", "confidences:double[]",
    "sentence_indexes:long[]", "confidence:double",
    "first_reported:date", "last_reported:date", "articles:long", "stake:boolean",
    "share:double",
)  # fmt: skip
LINK_HEADER = (":START_ID", ":END_ID", ":TYPE")


@dataclass(frozen=True)
class CsvFolder:
    """A folder of written CSV files, what they hold, and whether some text holds a line break."""

    folder: Path
    multiline: bool
    entities: int = 0
    articles: int = 0
    claims: int = 0
    claims_seen: int = 0
    facts_by_type: dict[str, int] = field(default_factory=dict)
    undated: list[tuple[str, str, str]] = field(default_factory=list)
    """(type, subject, object) of facts whose ``published`` must be set to ``[""]``."""
    fact_ends: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """(subject, object) of every fact, by relationship type: what the derived data needs,"""
    entity_types: dict[str, str] = field(default_factory=dict)
    """with each entity's class."""

    def import_arguments(self, database: str = "neo4j") -> list[str]:
        """The arguments of ``neo4j-admin`` (after its name) that import this folder."""
        arguments = [
            "database", "import", "full", database, "--overwrite-destination=true",
            "--array-delimiter=U+001F", f"--multiline-fields={str(self.multiline).lower()}",
        ]  # fmt: skip
        arguments += [f"--nodes={self.folder / name}" for name in NODE_FILES]
        arguments += [f"--relationships={self.folder / name}" for name in RELATIONSHIP_FILES]
        return arguments


def write_csv(
    out: Path,
    entities: Iterable[EntityRow],
    articles: Iterable[ArticleRow],
    claims: Iterable[ClaimRow],
) -> CsvFolder:
    """Write the five CSV files into the folder ``out`` (made if missing).

    Like the transactional loader, a repeated entity or article keeps its last
    values and a repeated claim its first; claims must cite given articles.
    """
    with _cyclic_gc_paused():
        return _write_all(out, entities, articles, claims)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while millions of small objects are made.

    Nothing here makes reference cycles (reference counting frees it all), but each
    few hundred new objects start a collection that walks every live object, the
    caller's rows included: that was two thirds of the time of grouping the facts.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_all(
    out: Path,
    entities: Iterable[EntityRow],
    articles: Iterable[ArticleRow],
    claims: Iterable[ClaimRow],
) -> CsvFolder:
    out.mkdir(parents=True, exist_ok=True)
    entity_rows = {e.iri: e for e in entities}
    article_rows = {a.iri: a for a in articles}
    claim_rows: dict[str, ClaimRow] = {}
    claims_seen = 0
    for claims_seen, claim in enumerate(claims, start=1):  # noqa: B007 (the total)
        claim_rows.setdefault(claim.iri, claim)
    info: ArticleInfo = {a.iri: (a.source, a.published) for a in article_rows.values()}
    _check_ends(claim_rows.values(), set(entity_rows), info)
    # No aliases is an empty field, which the import leaves out (quoted or not): the
    # bulk loader sets those to [] afterwards.
    labels = {t: _array(class_ancestors(t)[::-1]) for t in {e.type for e in entity_rows.values()}}
    multiline = _write(
        out / "entities.csv",
        ENTITY_HEADER,
        ((e.iri, e.name, e.type, _array(e.aliases), labels[e.type]) for e in entity_rows.values()),
    )
    multiline |= _write(
        out / "articles.csv",
        ARTICLE_HEADER,
        ((a.iri, a.source, a.title, a.published, a.url, "Article") for a in article_rows.values()),
    )
    claim_nodes = [c for c in claim_rows.values() if not is_fact(c)]
    multiline |= _write(out / "claims.csv", CLAIM_HEADER, map(_claim, claim_nodes))
    facts = group_facts(claim_rows.values(), info)
    # A list holding one "" is an empty field to the import, which leaves it out: such
    # facts are listed for the bulk loader to set afterwards.
    undated = [(f.neo4j_type, f.subject, f.object) for f in facts if f.published == [""]]
    multiline |= _write(out / "facts.csv", FACT_HEADER, map(_fact, facts))
    links: list[tuple[str, str, str]] = []
    for c in claim_nodes:
        links += [(c.iri, c.subject, "SUBJECT"), (c.iri, c.object, "OBJECT")]
        links.append((c.iri, c.article, "IN_ARTICLE"))
    _write(out / "claim_links.csv", LINK_HEADER, links)
    fact_ends: dict[str, list[tuple[str, str]]] = {}
    for f in facts:
        fact_ends.setdefault(f.neo4j_type, []).append((f.subject, f.object))
    by_type = {neo4j_type: len(ends) for neo4j_type, ends in fact_ends.items()}
    return CsvFolder(
        out, multiline, len(entity_rows), len(article_rows), len(claim_rows), claims_seen,
        by_type, undated, fact_ends, {iri: e.type for iri, e in entity_rows.items()},
    )  # fmt: skip


def _check_ends(claims: Iterable[ClaimRow], entities: set[str], articles: ArticleInfo) -> None:
    """A claim must name given entities and cite a given article: the import would fail later."""
    missing_articles = {c.article for c in claims if c.article not in articles}
    if missing_articles:
        raise StoreError(
            f"{len(missing_articles)} claim(s) cite articles that were not loaded, "
            f"e.g. {min(missing_articles)}"
        )
    missing = {e for c in claims for e in (c.subject, c.object) if e not in entities}
    if missing:
        raise StoreError(
            f"claims name {len(missing)} entit(y/ies) that are not among the entities, "
            f"e.g. {min(missing)}; ingest or resolve them first"
        )


def _claim(c: ClaimRow) -> tuple[Any, ...]:
    return (c.iri, c.predicate, c.status, c.confidence, c.sentence, c.sentence_index,
            _bool(c.stake), c.share, c.subject, c.object, "Claim")  # fmt: skip


def _fact(f: Fact) -> tuple[Any, ...]:
    return (f.subject, f.object, f.neo4j_type, _array(f.claims), _array(f.sources),
            _array(f.sentences), _array(f.published), _array(f.statuses),
            _array([str(c) for c in f.confidences]),
            _array([str(i) for i in f.sentence_indexes]), f.confidence,
            f.first, f.last, len(set(f.sources)), _bool(f.stake), f.share)  # fmt: skip


def _array(values: Sequence[str]) -> str:
    joined = ARRAY_DELIMITER.join(values)
    if joined.count(ARRAY_DELIMITER) < len(values):  # no item holds the delimiter
        return joined
    return ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, " ") for v in values)


def _bool(value: bool | None) -> str | None:
    return None if value is None else "true" if value else "false"


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bool:
    """Write one file; True when a value holds a line break (the import must be told)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        written = list(rows)
        writer.writerows(written)
        count = len(written)
    # One line per row unless a quoted value holds a line break.
    with path.open("rb") as handle:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return lines != count + 1
