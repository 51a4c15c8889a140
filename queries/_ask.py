"""Run a question on a store: check the arguments, resolve names, bind, shape.

User values never touch query text: entity names are resolved to IRIs by a
lookup query, relations are checked against the ontology, and everything is
handed to the store as a parameter.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kg.stores import QueryableStore
from ontology import KGError, QueryError, relation
from queries._definitions import QUESTIONS
from queries._evidence import with_evidence
from queries._question import Param, Question
from queries._resolve import entity_param, relation_param, resolve


def questions() -> dict[str, Question]:
    """Every question, by name, in name order."""
    return dict(sorted(QUESTIONS.items()))


def question(name: str) -> Question:
    """The question called ``name``; an unknown name lists the known ones."""
    try:
        return QUESTIONS[name]
    except KeyError:
        raise QueryError(
            f"unknown question {name!r}; known questions: {', '.join(sorted(QUESTIONS))}"
        ) from None


def ask(name: str, store: QueryableStore, **params: Any) -> list[Any]:
    """Answer the question ``name`` on ``store``.

    Args:
        name: a question name, e.g. ``"competitor-compute"``.
        store: an open store (``kg.stores.open_backend`` or ``EmbeddedStore``).
        **params: the question's parameters by name; entities by any of their names.

    Returns:
        The question's result models, in a deterministic order.

    Example:
        >>> ask("competitor-compute", store, lab="Anthropic")  # doctest: +SKIP
        [CompetitorCompute(lab='Anthropic', provider='xAI', ...)]
    """
    q = question(name)
    bound = bind(q, store, params)
    if q.runner is not None:
        rows = q.runner(store, q, bound)
    else:
        rows = store.run(q.text(store.query_language), bound)
    if q.evidence and store.query_language == "sparql":
        rows = with_evidence(store, rows, q.evidence)
    return q.shape(rows)


def bind(q: Question, store: QueryableStore, given: dict[str, Any]) -> dict[str, Any]:
    """The store parameters for ``given`` arguments: checked, resolved and typed."""
    for extra in given:
        q.param(extra)  # raises for a parameter the question does not take
    bound: dict[str, Any] = {}
    for param in q.params:
        value = given.get(param.name, param.default)
        if value is None:
            if param.required:
                raise QueryError(f"question {q.name!r} needs a value for {param.name!r}")
            if store.query_language == "cypher":
                bound[param.name] = None  # SPARQL leaves the variable unbound instead
            continue
        bound[param.name] = _value(param, value, store)
    return bound


def _value(param: Param, value: Any, store: QueryableStore) -> Any:
    if param.kind == "entity":
        return entity_param(store, resolve(store, str(value)).iri)
    if param.kind == "relation":
        try:
            rel = relation(str(value))
        except KGError as exc:
            raise QueryError(f"{param.name}: {exc}") from exc
        if not rel.extracted:
            raise QueryError(
                f"{param.name}: {rel.name!r} is derived by the graph, not stated by articles; "
                "ask about 'owns' instead"
            )
        return relation_param(store, rel.name)
    if param.kind == "date":
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise QueryError(
                f"{param.name}: {value!r} is not a date; write it as YYYY-MM-DD"
            ) from None
    if param.kind == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise QueryError(f"{param.name}: {value!r} is not a whole number") from None
    return str(value)
