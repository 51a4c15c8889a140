"""Two loads into the RUNNING server that the bulk path was measured against (issue 3).

``kg load --full`` imports with ``neo4j-admin`` offline and restarts the server,
which costs ~5 s at any size. These two write the same bulk CSV files
(:func:`kg.stores.neo4j_csv.write_csv`) into the live database instead, with no
restart: APOC Core's ``apoc.import.csv`` (kernel writes in batches, the
neo4j-admin header format), and plain ``LOAD CSV ... CALL { CREATE } IN
TRANSACTIONS`` (no plugin). Both were slower than the bulk path end to end (see
``bench_load.py``), so neither is a load path of the project; they stay here so
that the comparison can be repeated.

They are timed generously: what they write is close to the Neo4j model but not
equal to it (APOC stores each relationship's CSV type as a ``__csv_type``
property and an empty array as ``[""]``; LOAD CSV leaves out the derived rows),
and the fix-ups that would make it equal are not run.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from neo4j import Driver

from kg.neo4j.runtime import find_maven
from kg.stores.neo4j_csv import (
    ARRAY_DELIMITER,
    DERIVED_FILE,
    FACT_HEADER,
    FIELD_DELIMITER,
    NODE_FILES,
    QUOTE,
    CsvFolder,
)
from kg.stores.neo4j_load import ensure_schema

APOC = "org.neo4j.procedure:apoc-core:5.26.1:jar:core"
"""The newest APOC Core 5.26 release the Maven mirror here serves; it runs on 5.26.28."""
_CYPHER = Path(__file__).with_name("cypher")


def install_apoc(home: Path, cache: Path) -> None:
    """Put APOC Core into ``home/plugins`` (fetched once into ``cache`` through Maven).

    The server puts ``plugins/*`` on its class path, as Neo4j's own launcher does:
    APOC's configuration is a kernel extension, found only there. Takes effect at
    the next start.
    """
    jar = cache / "apoc-core-5.26.1-core.jar"
    if not jar.exists():
        command = [
            str(find_maven()), "-q", "-B", "dependency:copy", f"-Dartifact={APOC}",
            f"-DoutputDirectory={cache}",
        ]  # fmt: skip
        subprocess.run(command, check=True, cwd=cache.parent)
    (home / "plugins").mkdir(parents=True, exist_ok=True)
    shutil.copy(jar, home / "plugins" / jar.name)
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "apoc.conf").write_text("apoc.import.file.enabled=true\n")


def readable_by_server(written: CsvFolder) -> None:
    """Give the second facts file its own header: APOC and LOAD CSV read files one by one."""
    second = written.folder / written.fact_files[1]
    body = second.read_text(encoding="utf-8")
    second.write_text(FIELD_DELIMITER.join(FACT_HEADER) + "\n" + body, encoding="utf-8")


def apoc_import(driver: Driver, written: CsvFolder, url: str) -> None:
    """``apoc.import.csv`` of the bulk files (``url``: their folder as the server sees it)."""
    nodes = [{"fileName": f"{url}/{name}", "labels": []} for name in NODE_FILES]
    files = [*written.fact_files, "claim_links.csv", DERIVED_FILE]
    relationships = [{"fileName": f"{url}/{name}", "type": "UNTYPED"} for name in files]
    config = {
        "delimiter": FIELD_DELIMITER,
        "arrayDelimiter": ARRAY_DELIMITER,
        "quotationCharacter": QUOTE,
        "batchSize": 2000,
        "stringIds": True,
    }
    with driver.session() as session:
        statement = (_CYPHER / "apoc_import.cypher").read_text()
        session.run(statement, nodes=nodes, relationships=relationships, config=config).consume()
    ensure_schema(driver)  # a constraint on existing nodes is built before it returns


def load_csv(driver: Driver, written: CsvFolder, url: str) -> None:
    """LOAD CSV of the bulk files' entities, articles and facts: CREATE in transactions."""
    ensure_schema(driver)  # the facts find their ends by the iri index
    steps = [("load_csv_entities", "entities.csv"), ("load_csv_articles", "articles.csv")]
    steps += [("load_csv_facts", name) for name in written.fact_files]
    with driver.session() as session:
        for cypher, name in steps:
            statement = (_CYPHER / f"{cypher}.cypher").read_text()
            session.run(statement, file=f"{url}/{name}").consume()
