"""Named questions about the graph, answered the same way by both stores.

Each question is one definition (name, parameters, result model) beside its
query text in ``<name>.rq`` and ``<name>.cypher``; ``kg ask`` is generated from
the same definitions.

Example:
    >>> from kg.stores.embedded import EmbeddedStore
    >>> from queries import ask
    >>> with EmbeddedStore.open("kg-data", read_only=True) as store:  # doctest: +SKIP
    ...     for answer in ask("competitor-compute", store):
    ...         print(answer.lab, "rents from", answer.provider)
"""

from queries._ask import ask, bind, question, questions
from queries._question import Param, Question
from queries._resolve import ResolvedEntity, resolve
from queries._results import CompetitorCompute, Evidence

__all__ = [
    "CompetitorCompute",
    "Evidence",
    "Param",
    "Question",
    "ResolvedEntity",
    "ask",
    "bind",
    "question",
    "questions",
    "resolve",
]
