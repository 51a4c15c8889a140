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

The export writes CSV proper (commas, ``"`` quotes, through :mod:`csv`). The bulk
load's files, which only neo4j-admin reads, separate fields by
:data:`FIELD_DELIMITER` (U+001E) and quote by :data:`QUOTE` (U+001D), two more
characters never found in text (they become spaces there): a fact's line is then
one f-string, with no field to quote unless it holds a line break. Python's csv
writer and the calls that made its rows took half of a 1M-fact load's CSV time.
"""

from __future__ import annotations

import csv
import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from kg.stores.derived import Facts, derive
from kg.stores.forked import in_child
from kg.stores.neo4j_facts import ArticleInfo, Fact, fact_pairs, group_facts, is_fact
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import class_ancestors
from ontology.errors import StoreError

ARRAY_DELIMITER = "\x1f"
FIELD_DELIMITER = "\x1e"
"""Between the fields of the bulk load's files (the export's files use commas)."""
QUOTE = "\x1d"
"""Quotes a field of the bulk load's files that holds a line break; ``"`` is plain text there."""
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
DERIVED_FILE = "derived.csv"
DERIVED_HEADER = (":START_ID", ":END_ID", ":TYPE", "rival", "rival_of", "lab", "supplier")


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
    fact_files: tuple[str, ...] = ("facts.csv",)
    """The facts, the header in the first file (one file, or the two halves of a bulk load)."""
    derived: bool = False
    """Whether the folder holds the derived data (``derived.csv``, the entities' ``ai_labs``).

    Such a folder is a bulk load's, written with :data:`FIELD_DELIMITER` and :data:`QUOTE`."""

    def import_arguments(self, database: str = "neo4j") -> list[str]:
        """The arguments of ``neo4j-admin`` (after its name) that import this folder."""
        arguments = [
            "database", "import", "full", database, "--overwrite-destination=true",
            "--array-delimiter=U+001F", f"--multiline-fields={str(self.multiline).lower()}",
        ]  # fmt: skip
        if self.derived:
            arguments += ["--delimiter=U+001E", "--quote=U+001D"]
        arguments += [f"--nodes={self.folder / name}" for name in NODE_FILES]
        facts = ",".join(str(self.folder / name) for name in self.fact_files)
        arguments += [f"--relationships={facts}", f"--relationships={self.folder / FILES[4]}"]
        if self.derived:
            arguments.append(f"--relationships={self.folder / DERIVED_FILE}")
        return arguments


def write_csv(
    out: Path,
    entities: Iterable[EntityRow],
    articles: Iterable[ArticleRow],
    claims: Iterable[ClaimRow],
    *,
    bulk: bool = False,
) -> CsvFolder:
    """Write the CSV files into the folder ``out`` (made if missing).

    Like the transactional loader, a repeated entity or article keeps its last
    values and a repeated claim its first; claims must cite given articles.

    ``bulk`` (``kg load --full``; an export leaves it off): the folder also holds
    the derived data (:func:`kg.stores.derived.derive` of the facts), as
    ``derived.csv`` (``RIVAL_RENTAL`` and ``SOLE_SUPPLIER``) and the entities'
    ``ai_labs``, so that the import writes it instead of Cypher afterwards; and
    the work is shared with a forked child (:mod:`kg.stores.forked`), which
    computes the derived data, writes ``entities.csv``, ``derived.csv`` and the
    facts of some subjects (``facts-2.csv``, no header) while this process writes
    the rest, on the machine's second core.
    """
    with _cyclic_gc_paused():
        return _write_all(out, entities, articles, claims, bulk)


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


@dataclass(frozen=True)
class _FactFile:
    """What one file of facts holds, for the summary and the bulk loader."""

    by_type: dict[str, int]
    undated: list[tuple[str, str, str]]
    multiline: bool


def _write_all(
    out: Path,
    entities: Iterable[EntityRow],
    articles: Iterable[ArticleRow],
    claims: Iterable[ClaimRow],
    bulk: bool,
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
    fact_claims = [c for c in claim_rows.values() if is_fact(c)]
    if not bulk:
        multiline = _write_entities(out, entity_rows.values(), None)
        parts = [_own_part(out, article_rows, claim_rows, fact_claims, info, multiline, False)]
    else:
        # All claims between two entities go to the same process (a fact's claims
        # have one subject); the child also derives, so it gets fewer facts.
        theirs = [c for c in fact_claims if hash(c.subject) % 5 < _CHILD_FIFTHS]
        child = in_child(partial(_child_part, out, entity_rows, fact_claims, theirs, info))
        mine = [c for c in fact_claims if hash(c.subject) % 5 >= _CHILD_FIFTHS]
        try:
            parts = [_own_part(out, article_rows, claim_rows, mine, info, False, True)]
        except BaseException:
            with suppress(StoreError):  # reap the child; this process's error is the one
                child()
            raise
        parts.append(child())
    by_type: dict[str, int] = {}
    for part in parts:
        for neo4j_type, count in part.by_type.items():
            by_type[neo4j_type] = by_type.get(neo4j_type, 0) + count
    return CsvFolder(
        out, any(part.multiline for part in parts), len(entity_rows),
        len(article_rows), len(claim_rows), claims_seen, by_type,
        [fact for part in parts for fact in part.undated],
        ("facts.csv", "facts-2.csv") if bulk else ("facts.csv",), bulk,
    )  # fmt: skip


_CHILD_FIFTHS = 1
"""The child's share of the facts (in fifths): it also computes the derived data.

One fifth balances the two at 1M facts since a fact line is one f-string (CPU after
the fork, measured: two fifths gave parent 6.1-6.7 s, child 8.8-9.0 s; one fifth
7.4-7.8 s and 7.1-7.5 s)."""


def _own_part(
    out: Path,
    article_rows: dict[str, ArticleRow],
    claim_rows: dict[str, ClaimRow],
    fact_claims: list[ClaimRow],
    info: ArticleInfo,
    multiline: bool,
    bulk: bool,
) -> _FactFile:
    """Articles, Claim nodes and their links, and ``facts.csv`` (``multiline``: so far)."""
    multiline |= _write(
        out / "articles.csv",
        ARTICLE_HEADER,
        ((a.iri, a.source, a.title, a.published, a.url, "Article") for a in article_rows.values()),
        bulk,
    )
    claim_nodes = [c for c in claim_rows.values() if not is_fact(c)]
    multiline |= _write(out / "claims.csv", CLAIM_HEADER, map(_claim, claim_nodes), bulk)
    links: list[tuple[str, str, str]] = []
    for c in claim_nodes:
        links += [(c.iri, c.subject, "SUBJECT"), (c.iri, c.object, "OBJECT")]
        links.append((c.iri, c.article, "IN_ARTICLE"))
    _write(out / "claim_links.csv", LINK_HEADER, links, bulk)
    part = _write_facts(out / "facts.csv", FACT_HEADER, fact_claims, info, bulk)
    return _FactFile(part.by_type, part.undated, part.multiline or multiline)


def _child_part(
    out: Path,
    entity_rows: dict[str, EntityRow],
    fact_claims: list[ClaimRow],
    theirs: list[ClaimRow],
    info: ArticleInfo,
) -> _FactFile:
    """The forked child's share of a bulk load's files (see :func:`write_csv`)."""
    types: dict[str, str | None] = {iri: e.type for iri, e in entity_rows.items()}
    derived = derive(Facts.from_edges(types, fact_pairs(fact_claims)))
    multiline = _write_entities(out, entity_rows.values(), derived.lab_counts)
    rows: list[tuple[str | None, ...]] = [
        (p, lab, "RIVAL_RENTAL", rival, rival_of, None, None)
        for p, lab, rival, rival_of in derived.rival_rentals
    ]
    rows += [
        (p, lab, "SOLE_SUPPLIER", None, None, lab_name, supplier)
        for lab_name, supplier, p, lab in derived.sole_suppliers
    ]
    _write(out / DERIVED_FILE, DERIVED_HEADER, rows, True)
    part = _write_facts(out / "facts-2.csv", None, theirs, info, True)
    return _FactFile(part.by_type, part.undated, part.multiline or multiline)


def _write_entities(
    out: Path, entities: Iterable[EntityRow], lab_counts: dict[str, int] | None
) -> bool:
    """``entities.csv``; with ``lab_counts`` (a bulk load) also each provider's ``ai_labs``.

    No aliases is an empty field, which the import leaves out (quoted or not): no
    ``aliases`` property, as the Cypher load leaves it too.
    """
    labels: dict[str, str] = {}
    for e in entities:
        if e.type not in labels:
            labels[e.type] = _array(class_ancestors(e.type)[::-1])
    if lab_counts is None:
        rows: Iterable[tuple[Any, ...]] = (
            (e.iri, e.name, e.type, _array(e.aliases), labels[e.type]) for e in entities
        )
        return _write(out / "entities.csv", ENTITY_HEADER, rows, False)
    rows = (
        (e.iri, e.name, e.type, _array(e.aliases), labels[e.type], lab_counts.get(e.iri))
        for e in entities
    )
    return _write(out / "entities.csv", (*ENTITY_HEADER, "ai_labs:long"), rows, True)


def _write_facts(
    path: Path,
    header: Sequence[str] | None,
    claims: list[ClaimRow],
    info: ArticleInfo,
    bulk: bool,
) -> _FactFile:
    facts = group_facts(claims, info)
    # A list holding one "" is an empty field to the import, which leaves it out: such
    # facts are listed for the bulk loader to set afterwards.
    undated = [(f.neo4j_type, f.subject, f.object) for f in facts if f.published == [""]]
    if bulk:
        multiline = _write_fact_lines(path, header, facts)
    else:
        multiline = _write(path, header, map(_fact, facts), False)
    by_type: dict[str, int] = {}
    for f in facts:
        by_type[f.neo4j_type] = by_type.get(f.neo4j_type, 0) + 1
    return _FactFile(by_type, undated, multiline)


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
    if len(f.claims) == 1:  # most facts: no lists to join
        return (f.subject, f.object, f.neo4j_type, _one(f.claims[0]), _one(f.sources[0]),
                _one(f.sentences[0]), _one(f.published[0]), _one(f.statuses[0]),
                f.confidences[0], f.sentence_indexes[0], f.confidence,
                f.first, f.last, 1, _bool(f.stake), f.share)  # fmt: skip
    return (f.subject, f.object, f.neo4j_type, _array(f.claims), _array(f.sources),
            _array(f.sentences), _array(f.published), _array(f.statuses),
            ARRAY_DELIMITER.join(map(str, f.confidences)),
            ARRAY_DELIMITER.join(map(str, f.sentence_indexes)), f.confidence,
            f.first, f.last, len(set(f.sources)), _bool(f.stake), f.share)  # fmt: skip


def _one(value: str) -> str:
    """The array field of one item (which must not hold the delimiter)."""
    return value if ARRAY_DELIMITER not in value else value.replace(ARRAY_DELIMITER, " ")


def _array(values: Sequence[str]) -> str:
    joined = ARRAY_DELIMITER.join(values)
    if joined.count(ARRAY_DELIMITER) < len(values):  # no item holds the delimiter
        return joined
    return ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, " ") for v in values)


def _bool(value: bool | None) -> str | None:
    return None if value is None else "true" if value else "false"


def _write_fact_lines(path: Path, header: Sequence[str] | None, facts: list[Fact]) -> bool:
    """A bulk load's file of facts, a line per fact (see the module's docstring).

    True when a value holds a line break. A fact of one claim (most) is one
    f-string; one with several claims, or whose text holds one of the special
    characters, goes through :func:`_fact` and :func:`_bulk_line`.
    """
    sep, multiline = FIELD_DELIMITER, False
    lines: list[str] = []
    days: dict[date | None, str] = {None: ""}
    for f in facts:
        if len(f.claims) == 1:
            first, last = days.get(f.first), days.get(f.last)
            if first is None:
                first = days[f.first] = f.first.isoformat()  # type: ignore[union-attr]
            if last is None:
                last = days[f.last] = f.last.isoformat()  # type: ignore[union-attr]
            stake = "" if f.stake is None else "true" if f.stake else "false"
            share = "" if f.share is None else f.share
            line = (
                f"{f.subject}{sep}{f.object}{sep}{f.neo4j_type}{sep}{f.claims[0]}{sep}"
                f"{f.sources[0]}{sep}{f.sentences[0]}{sep}{f.published[0]}{sep}"
                f"{f.statuses[0]}{sep}{f.confidences[0]}{sep}{f.sentence_indexes[0]}{sep}"
                f"{f.confidence}{sep}{first}{sep}{last}{sep}1{sep}{stake}{sep}{share}\n"
            )
            if (
                line.count(sep) == _FACT_SEPARATORS
                and line.count("\n") == 1
                and ARRAY_DELIMITER not in line
                and QUOTE not in line
                and "\r" not in line
            ):
                lines.append(line)
                continue
        line, broken = _bulk_line(_fact(f))
        lines.append(line)
        multiline |= broken
    with path.open("w", encoding="utf-8", newline="") as handle:
        if header is not None:
            handle.write(sep.join(header) + "\n")
        handle.writelines(lines)
    return multiline


_FACT_SEPARATORS = len(FACT_HEADER) - 1


def _bulk_line(fields: Sequence[Any]) -> tuple[str, bool]:
    """One line of a bulk load's file, and whether a value holds a line break.

    The separator and the quote become spaces in text; a value with a line break
    is quoted.
    """
    cells: list[str] = []
    multiline = False
    for value in fields:
        if value is None:
            cells.append("")
            continue
        text = str(value)
        if FIELD_DELIMITER in text or QUOTE in text:
            text = text.replace(FIELD_DELIMITER, " ").replace(QUOTE, " ")
        if "\n" in text or "\r" in text:
            text, multiline = QUOTE + text + QUOTE, True
        cells.append(text)
    return FIELD_DELIMITER.join(cells) + "\n", multiline


def _write(
    path: Path, header: Sequence[str] | None, rows: Iterable[Sequence[Any]], bulk: bool
) -> bool:
    """Write one file (``header`` None: a later part of a file, no header line); ``bulk``:
    with :data:`FIELD_DELIMITER` and :data:`QUOTE` (the module's docstring says why).

    True when a value holds a line break (the import must be told).
    """
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(
            handle,
            lineterminator="\n",
            delimiter=FIELD_DELIMITER if bulk else ",",
            quotechar=QUOTE if bulk else '"',
        )
        if header is not None:
            writer.writerow(header)
        written = list(rows)
        writer.writerows(written)
        count = len(written) + (header is not None)
    # One line per row unless a quoted value holds a line break.
    with path.open("rb") as handle:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return lines != count
