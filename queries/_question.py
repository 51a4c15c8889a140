"""What a question is: a name, parameters, a result model, and query text in files.

One :class:`Question` holds everything the Python API and the CLI need, so
neither spells a question out twice. The query text lives beside this module in
``<name>.rq`` (SPARQL, embedded store) and ``<name>.cypher`` (Neo4j); values
reach it only as parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from ontology import QueryError

QUERY_DIR = Path(__file__).parent
LANGUAGE_SUFFIX = {"sparql": ".rq", "cypher": ".cypher"}

ParamKind = Literal["entity", "relation", "date", "text", "int"]
Shaper = Callable[[list[dict[str, Any]]], list[Any]]
Runner = Callable[[Any, "Question", dict[str, Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Param:
    """One parameter of a question.

    Attributes:
        name: the Python keyword and the query parameter (``$name`` / ``?name``).
        kind: ``entity`` (any current or former name or alias; bound as the entity's
            current IRI), ``relation`` (a relation name), ``date``, ``text`` or ``int``.
        help: one line for ``--help``.
        required: required parameters are CLI arguments, the others ``--options``.
        default: the value of an optional parameter that is not given.
    """

    name: str
    kind: ParamKind
    help: str
    required: bool = True
    default: Any = None

    @property
    def python_type(self) -> type:
        """The type the CLI parses the value into."""
        return {"date": date, "int": int}.get(self.kind, str)


@dataclass(frozen=True)
class Question:
    """One named question.

    Attributes:
        name: kebab-case, as on the command line (``kg ask competitor-compute``).
        description: what it answers; the first line is the CLI's short help.
        example: a command line that shows it in use.
        params: its parameters, in CLI order.
        result: the pydantic model of one answer.
        shape: turns the store's raw rows (the same columns from both stores)
            into result models, in a deterministic order.
        query: the base name of the query files, when not ``name``.
        runner: for questions that take more than one query (``path``, ``entity``):
            ``runner(store, question, bound_params) -> rows``; by default the
            question's query is run once.
        evidence: facts whose claims the embedded store looks up row by row, as
            ``(subject column, relation name, object column)``: oxigraph joins a
            claim lookup with constants in milliseconds but plans the same join
            inside a larger query badly. The Cypher files find the claims themselves.
    """

    name: str
    description: str
    example: str
    params: tuple[Param, ...]
    result: type[BaseModel]
    shape: Shaper
    query: str = ""
    runner: Runner | None = None
    evidence: tuple[tuple[str, str, str], ...] = ()

    def text(self, language: str) -> str:
        """The query text for a store speaking ``language`` (``sparql`` or ``cypher``)."""
        return query_text(self.query or self.name, language)

    def param(self, name: str) -> Param:
        """The parameter called ``name``."""
        for param in self.params:
            if param.name == name:
                return param
        raise QueryError(
            f"question {self.name!r} has no parameter {name!r}; "
            f"it takes: {', '.join(p.name for p in self.params) or 'no parameters'}"
        )


@cache
def query_text(base: str, language: str) -> str:
    """The text of ``queries/<base>.rq`` or ``queries/<base>.cypher``."""
    try:
        suffix = LANGUAGE_SUFFIX[language]
    except KeyError:
        raise QueryError(
            f"no questions are written in {language!r}; known: {', '.join(LANGUAGE_SUFFIX)}"
        ) from None
    path = QUERY_DIR / f"{base}{suffix}"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{base!r} has no {language} version ({path.name} is missing)") from None


def query_files() -> Sequence[Path]:
    """Every query file of the library (for tests that check them all)."""
    return sorted(
        p for p in QUERY_DIR.rglob("*") if p.suffix in LANGUAGE_SUFFIX.values() and p.is_file()
    )
