"""Fixtures for the question tests.

``make_store`` turns ``article(...)`` values (see ``question_graphs``) into an
in-memory embedded store, through the real RDF writer.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from question_graphs import StoreMaker

from ingest.extract.base import Extraction
from ingest.models import Document
from ingest.rdf import document_graph
from kg.stores.embedded import EmbeddedStore


@pytest.fixture
def make_store() -> Iterator[StoreMaker]:
    """Build an in-memory store from ``article(...)`` values."""
    opened: list[EmbeddedStore] = []

    def make(*articles: tuple[Document, Extraction]) -> EmbeddedStore:
        store = EmbeddedStore.in_memory()
        store.add_articles(document_graph(d, e) for d, e in articles)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Neo4j tests here use the session's scratch server, never the user's own database."""
    if item.get_closest_marker("neo4j") is None:
        return
    from kg.neo4j.testing import session_server
    from ontology.errors import KGError

    try:
        session_server()
    except KGError as exc:
        pytest.fail(str(exc), pytrace=False)
