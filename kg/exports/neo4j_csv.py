"""CSV files for ``neo4j-admin database import full``, in the project's Neo4j model.

``out`` is a folder. It gets node files (``entities.csv``, ``articles.csv``,
``claims.csv``) and relationship files (``facts.csv`` with one relationship per
fact plus the derived ``CONTROLS``, and ``claim_links.csv`` with ``SUBJECT``,
``OBJECT`` and ``IN_ARTICLE``), each with its header in its first line, and
``IMPORT.txt`` with the command that loads them.

Arrays (and the ``:LABEL`` column) use the delimiter :data:`ARRAY_DELIMITER`
(U+001F, never found in text), so sentences keep their semicolons; the import
command must say so with ``--array-delimiter``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.exports._base import ExportError
from kg.projection import Projection
from kg.stores.rows import ClaimRow
from ontology import class_ancestors, relation

SUFFIX = ""
DESCRIPTION = "CSV folder for neo4j-admin database import"

ARRAY_DELIMITER = "\x1f"
FILES = ("entities.csv", "articles.csv", "claims.csv", "facts.csv", "claim_links.csv")

ENTITY_HEADER = ("iri:ID", "name", "type", "aliases:string[]", ":LABEL")
ARTICLE_HEADER = ("iri:ID", "source", "title", "published:date", "url", ":LABEL")
CLAIM_HEADER = (
    "iri:ID", "predicate", "status", "confidence:float", "sentence", "stake:boolean",
    "share:float", "subject", "object", ":LABEL",
)  # fmt: skip
FACT_HEADER = (
    ":START_ID", ":END_ID", ":TYPE", "claims:string[]", "sources:string[]",
    "sentences:string[]", "published:string[]", "statuses:string[]", "confidence:float",
    "first_reported:date", "last_reported:date", "articles:int", "stake:boolean", "share:float",
)  # fmt: skip
LINK_HEADER = (":START_ID", ":END_ID", ":TYPE")


def import_command(folder: Path, database: str = "neo4j") -> list[str]:
    """The ``neo4j-admin`` arguments that import ``folder`` into ``database``."""
    return [
        "neo4j-admin", "database", "import", "full", database, "--overwrite-destination=true",
        "--array-delimiter=U+001F", "--multiline-fields=true",
        f"--nodes={folder / 'entities.csv'}", f"--nodes={folder / 'articles.csv'}",
        f"--nodes={folder / 'claims.csv'}", f"--relationships={folder / 'facts.csv'}",
        f"--relationships={folder / 'claim_links.csv'}",
    ]  # fmt: skip


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ARRAY_DELIMITER.join(_cell(v).replace(ARRAY_DELIMITER, " ") for v in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).replace(ARRAY_DELIMITER, " ")


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([_cell(v) for v in row] for row in rows)


def _labels(entity_type: str) -> list[str]:
    """``:Entity:Organization:Company:AILab``; the import splits labels on the array delimiter."""
    return list(reversed(class_ancestors(entity_type)))


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the CSV files into the folder ``out`` (made if missing)."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file; neo4j-csv writes a folder of CSV files: pass -o DIR")
    out.mkdir(parents=True, exist_ok=True)
    graph = projection.graph
    _write(
        out / "entities.csv",
        ENTITY_HEADER,
        (
            (node, data["name"], data["type"], data.get("aliases", []), _labels(data["type"]))
            for node, data in graph.nodes(data=True)
        ),
    )
    _write(
        out / "articles.csv",
        ARTICLE_HEADER,
        ((a.iri, a.source, a.title, a.published, a.url, "Article") for a in projection.articles),
    )
    _write(out / "claims.csv", CLAIM_HEADER, (_claim(c) for c in projection.claims))
    _write(out / "facts.csv", FACT_HEADER, _facts(projection))
    links = []
    for c in projection.claims:
        links += [(c.iri, c.subject, "SUBJECT"), (c.iri, c.object, "OBJECT")]
        links.append((c.iri, c.article, "IN_ARTICLE"))
    _write(out / "claim_links.csv", LINK_HEADER, links)
    (out / "IMPORT.txt").write_text(
        "Load these files into a stopped Neo4j 5 server's database with:\n\n  "
        + " ".join(import_command(out)[:5])
        + "".join(f" \\\n    {arg}" for arg in import_command(out)[5:])
        + "\n",
        encoding="utf-8",
    )
    return [out / name for name in FILES]


def _claim(c: ClaimRow) -> tuple[Any, ...]:
    return (c.iri, c.predicate, c.status, c.confidence, c.sentence, c.stake, c.share, c.subject,
            c.object, "Claim")  # fmt: skip


def _facts(projection: Projection) -> Iterable[tuple[Any, ...]]:
    controls = relation("controls").neo4j_type
    for subject, obj, _, data in projection.graph.edges(keys=True, data=True):
        evidence = data["evidence"]
        row = [
            subject,
            obj,
            data["neo4j_type"],
            [e["claim"] for e in evidence],
            [e["source"] or "" for e in evidence],
            [e["sentence"] for e in evidence],
            [e["published"] or "" for e in evidence],
            [e["status"] for e in evidence],
            data["confidence"],
            data["first_reported"],
            data["last_reported"],
            data["articles"],
            data.get("stake"),
            data.get("share"),
        ]
        yield tuple(row)
        if data.get("control"):
            yield (subject, obj, controls, *row[3:12], None, None)
