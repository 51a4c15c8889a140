"""CSV files for ``neo4j-admin database import full``, in the project's Neo4j model.

``out`` is a folder. It gets node files (``entities.csv``, ``articles.csv``,
``claims.csv`` with the claims that are not facts) and relationship files
(``facts.csv`` with one relationship per fact plus the derived ``CONTROLS``,
each holding its claims in parallel lists, and ``claim_links.csv`` with
``SUBJECT``, ``OBJECT`` and ``IN_ARTICLE`` of the Claim nodes), each with its
header in its first line, and ``IMPORT.txt`` with the command that loads them.

The files are written by :mod:`kg.stores.neo4j_csv`, the same writer ``kg load
--full`` imports from, so they hold the graph ``kg load`` gives (but for one list
the import cannot write: a ``published`` of one unknown date; an empty ``aliases``
is left out, as ``kg load`` leaves it). Arrays (and the ``:LABEL`` column) use the delimiter
:data:`ARRAY_DELIMITER` (U+001F, never found in text), so sentences keep their
semicolons; the import command says so with ``--array-delimiter``.
"""

from __future__ import annotations

from pathlib import Path

from kg.exports._base import ExportError
from kg.projection import Projection
from kg.stores.neo4j_csv import ARRAY_DELIMITER, FILES, CsvFolder, write_csv
from kg.stores.rows import EntityRow

SUFFIX = ""
DESCRIPTION = "CSV folder for neo4j-admin database import"

__all__ = ["ARRAY_DELIMITER", "DESCRIPTION", "FILES", "SUFFIX", "import_command", "write"]


def import_command(folder: Path, database: str = "neo4j") -> list[str]:
    """The ``neo4j-admin`` arguments that import ``folder`` into ``database``."""
    return ["neo4j-admin", *CsvFolder(folder, multiline=True).import_arguments(database)]


def write(projection: Projection, out: Path) -> list[Path]:
    """Write the CSV files into the folder ``out`` (made if missing)."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file; neo4j-csv writes a folder of CSV files: pass -o DIR")
    # A claim about an entity with no row of its own keeps a plain node, as in the projection.
    known = {e.iri for e in projection.entities}
    ends = {end for c in projection.claims for end in (c.subject, c.object)} - known
    placeholders = [EntityRow(iri=e, name=e.rsplit("/", 1)[-1], type="Entity") for e in ends]
    write_csv(out, [*projection.entities, *sorted(placeholders, key=lambda e: e.iri)],
              projection.articles, projection.claims)  # fmt: skip
    command = import_command(out)
    (out / "IMPORT.txt").write_text(
        "Load these files into a stopped Neo4j 5 server's database with:\n\n  "
        + " ".join(command[:5])
        + "".join(f" \\\n    {arg}" for arg in command[5:])
        + "\n",
        encoding="utf-8",
    )
    return [out / name for name in FILES]
