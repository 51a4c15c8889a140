"""``kg ask <question>`` (one subcommand per question, generated) and ``kg sparql``.

The subcommands are made from the question definitions in ``queries``: their
arguments, options and help come from there, so a new question needs no CLI code.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from kg.cli.app import app
from kg.cli.output import OutputFormat, emit
from kg.config import load_settings
from kg.stores import backend_names, open_backend
from kg.stores.embedded import EmbeddedStore, Iri
from ontology import QueryError
from queries import Question, ask, questions

Backend = Enum("Backend", {name: name for name in backend_names()}, type=str)  # type: ignore[misc]

ask_app = typer.Typer(
    name="ask",
    help=(
        "Ask the graph a named question.\n\n"
        "Example: kg ask competitor-compute --lab Anthropic --format json"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(ask_app)

_COMMON = [
    inspect.Parameter(
        "backend",
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(backend_names()[0], "--backend", "-b", help="Which store answers."),
        annotation=Backend,
    ),
    inspect.Parameter(
        "store",
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(
            None,
            "--store",
            help="Folder of the embedded graph store (env KG_STORE; default ./kg-data).",
        ),
        annotation=Path | None,
    ),
    inspect.Parameter(
        "fmt",
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(OutputFormat.table, "--format", "-f", help="table, json or csv."),
        annotation=OutputFormat,
    ),
]


def _command(q: Question) -> Callable[..., None]:
    """A typer command for ``q`` whose signature is built from its parameters."""

    def command(**kwargs: Any) -> None:
        backend, store, fmt = kwargs.pop("backend"), kwargs.pop("store"), kwargs.pop("fmt")
        args = {name: _plain(value) for name, value in kwargs.items() if value is not None}
        settings = load_settings(store=store)
        graph = open_backend(Backend(backend).value, settings)
        try:
            answers = ask(q.name, graph, **args)
        finally:
            graph.close()
        emit(answers, fmt)

    params = []
    for param in q.params:
        annotation: Any = datetime if param.kind == "date" else param.python_type
        extra: dict[str, Any] = {"formats": ["%Y-%m-%d"]} if param.kind == "date" else {}
        if param.required:
            default: Any = typer.Argument(..., help=param.help, show_default=False, **extra)
        else:
            annotation = annotation | None
            flag = f"--{param.name.replace('_', '-')}"
            default = typer.Option(param.default, flag, help=param.help, **extra)
        params.append(
            inspect.Parameter(
                param.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
            )
        )
    command.__signature__ = inspect.Signature(params + _COMMON)  # type: ignore[attr-defined]
    command.__doc__ = f"{q.description}\n\nExample: {q.example}"
    command.__name__ = q.name.replace("-", "_")
    return command


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, Enum):
        return value.value
    return value


for _question in questions().values():
    ask_app.command(name=_question.name)(_command(_question))


_QUERY_ARGUMENT = typer.Argument(..., help="A SPARQL SELECT query (text, or @file.rq).")
_PARAM_OPTION = typer.Option(
    [], "--param", "-p", help="name=value binds ?name to a string; name=<iri> to an IRI."
)


@app.command()
def sparql(
    query: str = _QUERY_ARGUMENT,
    param: list[str] = _PARAM_OPTION,
    store: Path | None = _COMMON[1].default,
    fmt: OutputFormat = _COMMON[2].default,
) -> None:
    """Run a SPARQL SELECT query on the embedded store (all articles as one graph).

    Values given with --param are bound as RDF terms, never pasted into the text.

    Example: kg sparql 'SELECT ?s WHERE { ?s a <https://w3id.org/aikg/ontology#AILab> }'
    """
    text = Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
    bound = dict(_sparql_param(p) for p in param)
    settings = load_settings(store=store)
    with EmbeddedStore.open(settings.store, read_only=True) as graph:
        emit(graph.run(text, bound), fmt)


def _sparql_param(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise QueryError(f"--param {text!r}: write it as name=value")
    if value.startswith("<") and value.endswith(">"):
        return name, Iri(value[1:-1])
    return name, value


__all__ = ["ask_app", "sparql"]
