"""Graph stores by name: ``embedded`` (pyoxigraph, the default) and ``neo4j``.

Both answer ``run(query_text, params) -> list[dict]`` in their own query
language (``store.query_language`` is ``"sparql"`` or ``"cypher"``), so the
question library can run one question on either. Store classes are imported
when first used, so the embedded store never needs the Neo4j driver.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Protocol

from kg.config import Settings
from ontology import StoreError

_BACKENDS: dict[str, str] = {
    "embedded": "kg.stores.embedded:EmbeddedStore",
    "neo4j": "kg.stores.neo4j_store:Neo4jStore",
}


class QueryableStore(Protocol):
    """What the question library needs of a store."""

    name: str
    query_language: str

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run query text with parameters; rows as plain dicts."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...


def backend_names() -> list[str]:
    """The names ``--backend`` accepts."""
    return list(_BACKENDS)


def open_backend(name: str, settings: Settings, *, read_only: bool = True) -> QueryableStore:
    """Open the store called ``name`` with ``settings``.

    Raises:
        StoreError: unknown backend name, or the store cannot be opened.
    """
    try:
        target = _BACKENDS[name]
    except KeyError:
        raise StoreError(
            f"unknown backend {name!r}; choose one of: {', '.join(_BACKENDS)}"
        ) from None
    module_name, class_name = target.split(":")
    cls = getattr(import_module(module_name), class_name)
    if name == "embedded":
        store: QueryableStore = cls.open(settings.store, read_only=read_only)
    else:
        store = cls.from_settings(settings)
    return store
