"""Neo4j as a store: one driver from the settings, Cypher in, plain rows out.

Connection settings come from :class:`kg.config.Settings` (flags or
``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``). When no
URI is set, the project's own server is used: its port from ``server.json`` and
its password from the file ``kg neo4j start`` wrote.

Example:
    >>> with Neo4jStore(load_settings()) as neo:                 # doctest: +SKIP
    ...     neo.run("MATCH (e:Entity) RETURN count(e) AS n", {})
    [{'n': 42}]
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from neo4j import Driver, GraphDatabase
from neo4j import time as neo4j_time
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath

from kg.config import Settings
from kg.neo4j.server import read_password, server_status
from ontology.errors import StoreError, StoreUnavailableError

CYPHER_DIR = Path(__file__).parents[1] / "neo4j" / "cypher"


def cypher_file(name: str) -> str:
    """The text of ``kg/neo4j/cypher/<name>.cypher``."""
    return (CYPHER_DIR / f"{name}.cypher").read_text()


def connection(settings: Settings) -> tuple[str, str, str]:
    """``(uri, user, password)``: the settings', or the project's own server's."""
    if settings.neo4j_uri:
        if settings.neo4j_password is None:
            raise StoreUnavailableError(
                f"NEO4J_URI is set ({settings.neo4j_uri}) but NEO4J_PASSWORD is not; set it too"
            )
        return settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password
    home = settings.neo4j_home.expanduser().resolve()
    info = server_status(home)
    password = settings.neo4j_password or read_password(home)
    return info.uri, info.user, password


def connect(settings: Settings) -> Driver:
    """A driver whose connection has been checked; errors say how to get a server."""
    uri, user, password = connection(settings)
    driver = GraphDatabase.driver(uri, auth=(user, password))
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise StoreUnavailableError(
            f"Neo4j at {uri} refused user {user!r}: {exc.message}; check NEO4J_USER/NEO4J_PASSWORD"
        ) from exc
    except (ServiceUnavailable, OSError) as exc:
        driver.close()
        hint = (
            "check NEO4J_URI"
            if settings.neo4j_uri
            else "start the project's server with `kg neo4j start` (or set NEO4J_URI)"
        )
        raise StoreUnavailableError(f"Neo4j at {uri} is not reachable ({exc}); {hint}") from exc
    return driver


class Neo4jStore:
    """A Neo4j database behind the question library's ``run(text, params)``."""

    name = "neo4j"
    query_language = "cypher"

    def __init__(self, settings: Settings) -> None:
        self.database = settings.neo4j_database
        self.driver = connect(settings)

    @classmethod
    def from_settings(cls, settings: Settings) -> Neo4jStore:
        return cls(settings)

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.driver.close()

    def run(self, cypher_text: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run Cypher with ``params``; rows as dicts of plain Python values.

        Dates come back as :class:`datetime.date`, nodes and relationships as
        dicts of their properties (plus ``_labels`` / ``_type``).
        """
        return run_cypher(self.driver, cypher_text, params or {}, database=self.database)


def run_cypher(
    driver: Driver, cypher_text: str, params: dict[str, Any], *, database: str
) -> list[dict[str, Any]]:
    """Run one query in an auto-commit transaction; Neo4j errors become StoreError."""
    try:
        with driver.session(database=database) as session:
            result = session.run(cypher_text, params)
            keys = result.keys()
            return [dict(zip(keys, map(plain, record.values()), strict=True)) for record in result]
    except ClientError as exc:
        raise StoreError(f"Neo4j rejected the query: {exc.message} ({exc.code})") from exc
    except ServiceUnavailable as exc:
        raise StoreUnavailableError(f"Neo4j went away while running the query: {exc}") from exc
    except Neo4jError as exc:
        raise StoreError(f"Neo4j query failed: {exc.message} ({exc.code})") from exc


@dataclass(frozen=True)
class GraphDigest:
    """Counts and a checksum of every label and property, to compare two graphs."""

    nodes: int
    relationships: int
    checksum: str


def graph_snapshot(driver: Driver, *, database: str = "neo4j") -> tuple[list[str], list[str]]:
    """Every node and relationship as a canonical JSON line (labels and lists in order).

    Two graphs with the same sorted lines have the same nodes, relationships and
    properties; duplicates show up as repeated lines.
    """
    nodes = [
        json.dumps([sorted(row["labels"]), row["properties"]], sort_keys=True, default=str)
        for row in run_cypher(driver, cypher_file("snapshot_nodes"), {}, database=database)
    ]
    relationships = [
        json.dumps(
            [row["start"], row["type"], row["end"], row["properties"]], sort_keys=True, default=str
        )
        for row in run_cypher(driver, cypher_file("snapshot_relationships"), {}, database=database)
    ]
    return sorted(nodes), sorted(relationships)


def graph_digest(driver: Driver, *, database: str = "neo4j") -> GraphDigest:
    """A :class:`GraphDigest` of the database (reads the whole graph: for small graphs)."""
    nodes, relationships = graph_snapshot(driver, database=database)
    digest = hashlib.sha256()
    for line in [*nodes, "--", *relationships]:
        digest.update(line.encode() + b"\n")
    return GraphDigest(len(nodes), len(relationships), digest.hexdigest()[:16])


def plain(value: Any) -> Any:
    """A driver value as plain Python: temporal types native, graph objects as dicts."""
    if isinstance(value, neo4j_time.Date | neo4j_time.DateTime | neo4j_time.Time):
        return value.to_native()
    if isinstance(value, neo4j_time.Duration):
        return str(value)
    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, GraphPath):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
