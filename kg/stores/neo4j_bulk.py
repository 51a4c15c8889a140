"""``kg load --full`` into the project's own server, through ``neo4j-admin database import``.

Transactional Cypher writes a few thousand facts a second on a small machine;
the offline importer writes the store files directly, an order of magnitude
faster. It needs the server's files, so it only works on the project's own
server (``kg neo4j start``); anywhere else :class:`BulkLoadUnavailable` says
why and the caller loads through transactions instead.

Steps, none of which touches the live database until the import succeeded:

1. write the graph as CSV in the Neo4j model (:mod:`kg.stores.neo4j_csv`, the
   same facts as the transactional loader) into ``<home>/bulk/csv``, with the
   derived data (computed by a forked child that writes part of the files);
2. stop the server and, meanwhile, import into a fresh data folder,
   ``<home>/bulk/data`` (if the import fails, the server starts again on the
   untouched old graph);
3. move the old database folders aside and the new ones in, start the server
   (if it does not come up, the old folders go back and it starts on them),
   then create the constraints and finish like every load
   (:func:`kg.stores.neo4j_load.finish_load`).

A swap cut short (the process killed between two renames) is repaired at the
start of the next bulk load.

Example:
    >>> summary = bulk_load(load_settings(), entities, articles, claims)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from neo4j import Driver

from kg.config import Settings
from kg.neo4j.class_cache import archive_flags, keep_archive
from kg.neo4j.jars import jar_dir, jars_ready
from kg.neo4j.runtime import find_java
from kg.neo4j.server import (
    ADMIN_TOOL,
    ServerError,
    ServerInfo,
    server_status,
    start_server,
    stop_server,
)
from kg.stores.neo4j_csv import write_csv
from kg.stores.neo4j_facts import fact_statement
from kg.stores.neo4j_load import (
    LoadSummary,
    Progress,
    ensure_schema,
    finish_load,
    load_errors,
)
from kg.stores.neo4j_store import connect
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology.errors import KGError, StoreError

DATABASE = "neo4j"  # Community has one user database; the import writes it
_KINDS = ("databases", "transactions")  # the folders under data/ that hold one database


class BulkLoadUnavailable(StoreError):
    """The bulk path cannot be used here (not the project's own server); load through Cypher."""


def own_server_home(settings: Settings) -> Path:
    """The home of the project's own server, which ``settings`` must point at.

    Raises:
        BulkLoadUnavailable: NEO4J_URI points at another server, the database is
            not ``neo4j``, or the server's jars were never fetched.
    """
    if settings.neo4j_uri:
        raise BulkLoadUnavailable(
            f"NEO4J_URI points at {settings.neo4j_uri}, not the project's own server, whose "
            "files neo4j-admin would need"
        )
    if settings.neo4j_database != DATABASE:
        raise BulkLoadUnavailable(
            f"the bulk import writes the database {DATABASE!r}, not {settings.neo4j_database!r}"
        )
    home = settings.neo4j_home.expanduser().resolve()
    if not jars_ready(home):
        raise BulkLoadUnavailable(f"the Neo4j jars are not in {home}: run `kg neo4j start` once")
    return home


def bulk_load(
    settings: Settings,
    entities: Iterable[EntityRow],
    articles: Iterable[ArticleRow],
    claims: Iterable[ClaimRow],
    *,
    progress: Progress | None = None,
) -> LoadSummary:
    """Replace the graph of the project's own server with the rows, through neo4j-admin.

    The server is restarted (started, if it was not running); it serves the old
    graph while the CSV files are written, and nothing during the import. Raises
    BulkLoadUnavailable before touching anything when the server is not ours,
    StoreError when the rows or the import fail (the old graph stays as it was).
    """
    started = time.perf_counter()
    home = own_server_home(settings)
    staging = home / "bulk"
    _repair_swap(home, staging)
    shutil.rmtree(staging, ignore_errors=True)
    written = write_csv(staging / "csv", entities, articles, claims, bulk=True)
    info = server_status(home)
    # The server stops while the import runs. Any failure before the swap starts the
    # server again on the untouched old graph.
    with ThreadPoolExecutor(max_workers=1) as pool:
        stopping = pool.submit(stop_server, home)
        try:
            facts = sum(written.facts_by_type.values())
            _import(home, staging, written.import_arguments(DATABASE), facts)
        except Exception:
            stopping.result()
            start_server(home, info.port, heap=info.heap, pagecache=info.pagecache)
            raise
        stopping.result()
    _swap_and_start(home, staging, info)
    summary = LoadSummary(
        entities=written.entities,
        articles=written.articles,
        claims_seen=written.claims_seen,
        claims_new=written.claims,
        fact_updates=sum(written.facts_by_type.values()),
        facts_by_type=dict(written.facts_by_type),
    )
    with connect(settings) as driver, load_errors():
        ensure_schema(driver, database=DATABASE)
        _set_undated(driver, written.undated)
        finish_load(driver, summary, database=DATABASE, fresh=True, imported=True)
    shutil.rmtree(staging, ignore_errors=True)
    if progress is not None:
        for stage, count in (("entities", summary.entities), ("articles", summary.articles)):
            progress(stage, count)
        progress("claims", summary.claims_seen)
    summary.seconds = time.perf_counter() - started
    return summary


def _set_undated(driver: Driver, undated: list[tuple[str, str, str]]) -> None:
    """``published: [""]`` of facts whose one claim has no date, as the Cypher load has it.

    A list holding one "" is an empty CSV field, which the import leaves out. Idempotent.
    """
    by_type: dict[str, list[dict[str, str]]] = {}
    for neo4j_type, subject, obj in undated:
        by_type.setdefault(neo4j_type, []).append({"subject": subject, "object": obj})
    with driver.session(database=DATABASE) as session:
        for neo4j_type, rows in by_type.items():
            statement = fact_statement(neo4j_type, "set_undated")
            session.run(statement, rows=rows).consume()


_C1_ONLY_BELOW = 500_000
"""Imports of fewer facts run on the JVM's quick compiler alone (``TieredStopAtLevel=1``).

The optimising compiler's threads take a core of two for most of a short import
(measured: 100k facts took 10.2 s of CPU with it, 5.6 s without), while a long one
pays it back (1M facts: 22.5 s with it, 28.3 s without; the two meet near 500k).
"""


def _import(home: Path, staging: Path, arguments: list[str], facts: int) -> None:
    """Run ``neo4j-admin database import full`` with ``staging/data`` as its data folder."""
    conf = staging / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "neo4j.conf").write_text(
        f"server.directories.data={staging / 'data'}\nserver.directories.logs={staging / 'logs'}\n"
    )
    env = {**os.environ, "NEO4J_HOME": str(staging), "NEO4J_CONF": str(conf)}
    lib, java = jar_dir(home).resolve(), find_java()
    class_flags, class_dump = archive_flags(lib, "import", java)
    compiler = ["-XX:TieredStopAtLevel=1"] if facts < _C1_ONLY_BELOW else []
    command = [
        str(java), "-Xmx1g", "-XX:+UseG1GC", *compiler, *class_flags,
        "-cp", f"{lib}/*", ADMIN_TOOL, *arguments,
    ]  # fmt: skip
    done = subprocess.run(
        command, env=env, cwd=staging, capture_output=True, text=True, check=False, timeout=7200
    )
    keep_archive(class_dump, complete=done.returncode == 0)
    if done.returncode != 0:
        report = (done.stdout + done.stderr).strip().splitlines()
        raise StoreError(
            f"neo4j-admin could not import the graph (exit {done.returncode}); the graph in "
            "Neo4j is unchanged. Its last lines:\n" + "\n".join(report[-15:])
        )


def _swap_and_start(home: Path, staging: Path, info: ServerInfo) -> None:
    """Put the imported database in place of the old one (server stopped), start the server."""
    live, new, old = home / "data", staging / "data", staging / "replaced"
    old.mkdir(parents=True, exist_ok=True)
    for kind in _KINDS:  # first both old folders aside, then both new ones in
        (live / kind).mkdir(parents=True, exist_ok=True)
        if (live / kind / DATABASE).exists():
            (live / kind / DATABASE).rename(old / kind)
    for kind in _KINDS:
        (new / kind / DATABASE).rename(live / kind / DATABASE)
    try:
        start_server(home, info.port, heap=info.heap, pagecache=info.pagecache)
    except KGError as exc:
        stop_server(home)
        for kind in _KINDS:
            shutil.rmtree(live / kind / DATABASE, ignore_errors=True)
        _repair_swap(home, staging)
        start_server(home, info.port, heap=info.heap, pagecache=info.pagecache)
        raise ServerError(
            f"Neo4j did not start on the imported graph ({exc}); it runs on the old graph again"
        ) from exc


def _repair_swap(home: Path, staging: Path) -> None:
    """Undo a swap cut short (the server is down): the old database folders go back.

    A swap is complete when both live folders exist; otherwise whatever new
    folder got in is dropped and the old ones set aside are put back.
    """
    old = staging / "replaced"
    targets = {kind: home / "data" / kind / DATABASE for kind in _KINDS}
    if all(target.exists() for target in targets.values()):
        return
    for kind, target in targets.items():
        if (old / kind).exists():
            shutil.rmtree(target, ignore_errors=True)
            (old / kind).rename(target)
