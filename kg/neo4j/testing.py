"""Test support: a scratch Neo4j server for a test session, and made-up rows.

Test suites (and benchmarks) start the project's own server through
:func:`session_server` once per process, in a scratch folder on a free port,
sharing the jar cache of the user's ``settings.neo4j_home``. It then points
``KG_NEO4J_HOME`` at the scratch server and clears ``NEO4J_URI`` and friends,
so ``load_settings()`` anywhere in the process reaches it, never the user's own
database. A conftest calls it from ``pytest_runtest_setup`` for tests marked
``neo4j`` and turns its error into a failure (nothing is skipped).
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import tempfile
from datetime import date, timedelta
from pathlib import Path

from kg.config import load_settings
from kg.neo4j.jars import fetch_jars
from kg.neo4j.server import ServerError, ServerInfo, server_status, start_server, stop_server
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import STATUSES, relations
from ontology.errors import KGError

_ENV = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
_state: dict[str, object] = {}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def session_server(heap: str = "1g", pagecache: str = "256m") -> ServerInfo:
    """Start the scratch server on first use, or again after a test stopped or killed it.

    Raises:
        ServerError: the server could not start (the same error on every later call).
    """
    if "error" in _state:
        raise ServerError(str(_state["error"]))
    _state.setdefault("heap", heap)
    _state.setdefault("pagecache", pagecache)
    home = _state.get("home")
    if isinstance(home, Path):
        info = server_status(home)
        if info.running:
            return info
        return start_server(
            home, info.port, heap=str(_state["heap"]), pagecache=str(_state["pagecache"])
        )
    try:
        cache = load_settings().neo4j_home.expanduser().resolve()
        fetch_jars(cache)  # the first run downloads them through Maven: minutes
        home = Path(tempfile.mkdtemp(prefix="aikg-neo4j-test-"))
        (home / "lib").symlink_to(cache / "lib")
        _state["home"] = home
        info = start_server(home, free_port(), heap=heap, pagecache=pagecache)
    except KGError as exc:
        _state["error"] = f"the project's Neo4j server did not start for the tests: {exc}"
        raise ServerError(str(_state["error"])) from exc
    os.environ["KG_NEO4J_HOME"] = str(home)
    for name in _ENV:
        os.environ.pop(name, None)
    return info


def stop_session_server() -> None:
    """Stop the scratch server, if one was started, and remove its folder."""
    home = _state.pop("home", None)
    if isinstance(home, Path):
        stop_server(home)
        shutil.rmtree(home, ignore_errors=True)


# ---------------------------------------------------------------- made-up rows

_NAMES = ("Aster", "Bolide", "Cobalt", "Dune", "Ember", "Fjord", "Garnet", "Heron")
_TYPES = ("AILab", "CloudProvider", "Company", "ChipMaker")


def entity_rows(count: int) -> list[EntityRow]:
    """``count`` entities with made-up names, cycling through a few classes."""
    return [
        EntityRow(
            iri=f"https://w3id.org/aikg/entity/test-{i}",
            name=f"{_NAMES[i % len(_NAMES)]} {i}",
            type=_TYPES[i % len(_TYPES)],
            aliases=(f"the {_NAMES[i % len(_NAMES)].lower()} group {i}",) if i % 3 == 0 else (),
        )
        for i in range(count)
    ]


def article_rows(count: int) -> list[ArticleRow]:
    """``count`` articles, every fifth with no publication date."""
    start = date(2025, 1, 1)
    return [
        ArticleRow(
            iri=f"https://w3id.org/aikg/article/test-{i}",
            source=f"tests/articles/a{i}.txt",
            title=f"Made-up article number {i}",
            published=None if i % 5 == 4 else start + timedelta(days=i),
            url=None if i % 2 else f"https://example.org/news/{i}",
        )
        for i in range(count)
    ]


def claim_rows(
    count: int, entities: list[EntityRow], articles: list[ArticleRow], seed: int = 11
) -> list[ClaimRow]:
    """``count`` claims between random entities, with every relation and status.

    Pairs are drawn from a small pool so that many facts have several claims.
    """
    rng = random.Random(seed)
    names = [r.name for r in relations().values() if r.extracted]
    pool = [(rng.choice(entities), rng.choice(entities)) for _ in range(max(2, count // 3))]
    rows = []
    for i in range(count):
        subject, obj = rng.choice(pool)
        predicate = rng.choice(names)
        rows.append(
            ClaimRow(
                iri=f"https://w3id.org/aikg/claim/test-{i}",
                subject=subject.iri,
                predicate=predicate,
                object=obj.iri,
                status=rng.choice((*STATUSES, "asserted", "asserted")),
                confidence=round(rng.uniform(0.5, 1.0), 2),
                sentence=f"{subject.name} and {obj.name} were linked in made-up sentence {i}.",
                article=rng.choice(articles).iri,
                sentence_index=i % 40,
                stake=(i % 2 == 0) if predicate == "owns" else None,
                share=round(rng.uniform(0.01, 0.6), 2) if predicate == "owns" and i % 3 else None,
                extractor="rules",
            )
        )
    return rows


def reset_session_database() -> ServerInfo:
    """Stop the scratch server, delete its graph database (files), start it again.

    Much faster than deleting millions of nodes in Cypher; for benchmarks.
    """
    home = _state.get("home")
    if not isinstance(home, Path):
        return session_server()
    info = server_status(home)
    stop_server(home)
    for folder in ("databases", "transactions"):
        shutil.rmtree(home / "data" / folder / "neo4j", ignore_errors=True)
    return start_server(
        home, info.port, heap=str(_state["heap"]), pagecache=str(_state["pagecache"])
    )
