"""Session-wide test set-up: the real Neo4j server for tests marked ``neo4j``.

See ``conftest_neo4j`` for how the server is started and found. The server
starts before the first marked test's fixtures, so module fixtures that call
``load_settings()`` already reach it; it is stopped when the session ends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest_neo4j import session_server, stop_test_server
from neo4j import Driver

from kg.config import Settings, load_settings


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("neo4j") is not None:
        session_server()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    stop_test_server()


@pytest.fixture(scope="session")
def neo4j_settings() -> Settings:
    """Settings that reach the session's Neo4j server (started on first use)."""
    session_server()
    return load_settings()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Settings) -> Iterator[Driver]:
    """One driver for the session's server."""
    from kg.stores.neo4j_store import connect

    driver = connect(neo4j_settings)
    yield driver
    driver.close()


@pytest.fixture
def empty_neo4j(neo4j_driver: Driver, neo4j_settings: Settings) -> Driver:
    """The session's server with its graph wiped (constraints kept)."""
    from kg.stores.neo4j_load import wipe

    session_server()  # back up if an earlier test stopped or killed it
    wipe(neo4j_driver, database=neo4j_settings.neo4j_database)
    return neo4j_driver
