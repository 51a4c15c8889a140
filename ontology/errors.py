"""The project's one exception tree.

Every layer raises these, so the CLI can turn any of them into one line::

    KGError
    ├── UnknownRelationError     a relation name the ontology does not define
    ├── UnknownClassError        a class name the ontology does not define
    ├── InputError               an article that cannot be read (names the file)
    ├── ExtractionError          an extractor that failed or answered nonsense
    ├── StoreError               the graph store cannot be opened or written
    │   └── StoreUnavailableError   a server store (Neo4j) is not reachable
    ├── UnknownEntityError       a name no entity in the graph carries
    └── QueryError               an unknown question or bad question arguments

They live in ``ontology/`` because it is the one package every layer may import.
"""

from __future__ import annotations


class KGError(Exception):
    """Root of every error this project raises on purpose."""


class UnknownRelationError(KGError, KeyError):
    """A relation name that the ontology does not define."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class UnknownClassError(KGError, KeyError):
    """A class name that the ontology does not define."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class InputError(KGError):
    """An article that could not be read; the message names the file."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ExtractionError(KGError):
    """An extractor failed, or answered with output that does not validate."""


class StoreError(KGError):
    """The graph store cannot be opened, read or written."""


class StoreUnavailableError(StoreError):
    """A server-backed store (Neo4j) is not reachable."""


class UnknownEntityError(KGError):
    """No entity in the graph carries the given name."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no entity called {name!r} in the graph{hint}")
        self.name = name
        self.suggestions = suggestions or []


class QueryError(KGError):
    """An unknown question, or arguments that do not fit it."""
