"""Fixtures for the Neo4j tests: the project's real server, started once per session.

Tests marked ``neo4j`` get a scratch server (``kg.neo4j.testing.session_server``)
before any of their fixtures run, so module fixtures that call ``load_settings()``
already reach it. A server that cannot start fails those tests with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from neo4j import Driver

from kg.config import Settings, load_settings
from kg.neo4j.testing import session_server, stop_session_server
from ontology.errors import KGError


def _server() -> None:
    try:
        session_server()
    except KGError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("neo4j") is not None:
        _server()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    stop_session_server()


@pytest.fixture(scope="session")
def neo4j_settings() -> Settings:
    """Settings that reach the session's Neo4j server (started on first use)."""
    _server()
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

    _server()  # back up if an earlier test stopped or killed it
    wipe(neo4j_driver, database=neo4j_settings.neo4j_database)
    return neo4j_driver
