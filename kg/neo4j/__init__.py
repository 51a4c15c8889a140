"""The project's own Neo4j server: jars from Maven Central, started in the background.

Example:
    >>> from kg.neo4j import start_server, stop_server          # doctest: +SKIP
    >>> info = start_server(Path("~/.cache/aikg/neo4j"))        # doctest: +SKIP
    >>> info.uri                                                # doctest: +SKIP
    'bolt://127.0.0.1:7687'
"""

from kg.neo4j.jars import NEO4J_VERSION, JarFetchError, fetch_jars, jars_ready
from kg.neo4j.runtime import ToolMissingError, find_java, find_maven
from kg.neo4j.server import (
    DEFAULT_PORT,
    ServerError,
    ServerInfo,
    log_tail,
    read_password,
    server_status,
    start_server,
    stop_server,
)

__all__ = [
    "DEFAULT_PORT",
    "NEO4J_VERSION",
    "JarFetchError",
    "ServerError",
    "ServerInfo",
    "ToolMissingError",
    "fetch_jars",
    "find_java",
    "find_maven",
    "jars_ready",
    "log_tail",
    "read_password",
    "server_status",
    "start_server",
    "stop_server",
]
