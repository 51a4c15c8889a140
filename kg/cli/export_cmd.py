"""``kg export``: the graph, or the part of it around an entity or a question, as a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from kg.cli.app import app
from kg.config import load_settings
from kg.exports import export as write_export
from kg.exports import formats, needs_rdf
from kg.projection import Projection, from_store
from kg.stores.embedded import EmbeddedStore
from ontology import QueryError

err = Console(stderr=True)

# A plain string checked by the exporter registry, so a wrong name is the registry's
# one-line error (listing the formats) like every other KGError.
_FORMAT = typer.Option(
    ..., "--format", "-f", help=f"Output format: {', '.join(formats())}.", show_default=False
)
_OUT = typer.Option(
    ..., "--output", "-o", help="File to write (a folder for neo4j-csv).", show_default=False
)
_STORE = typer.Option(
    None, "--store", help="Folder of the embedded graph store (env KG_STORE; default ./kg-data)."
)
_ENTITY = typer.Option(
    None,
    "--entity",
    "-e",
    help="Only the entities within --hops facts of this one (name or alias).",
)
_HOPS = typer.Option(1, "--hops", min=0, help="How far from --entity to go, either direction.")
_QUESTION = typer.Option(
    None, "--question", "-q", help="Only the entities the answer to this named question names."
)
_ARGS = typer.Argument(None, help="The question's arguments as name=value (with --question).")


@app.command(name="export")
def export_command(
    fmt: str = _FORMAT,
    output: Path = _OUT,
    store: Path | None = _STORE,
    entity: str | None = _ENTITY,
    hops: int = _HOPS,
    question: str | None = _QUESTION,
    args: list[str] | None = _ARGS,
) -> None:
    """Write the graph, or part of it, to a file: GraphML, DOT, Neo4j CSV, RDF, HTML, PNG...

    Formats: GraphML and GEXF (yEd, Gephi), Cytoscape JSON, Graphviz DOT, CSV
    for neo4j-admin import, Turtle, JSON-LD and N-Quads (one named graph per
    article), a self-contained interactive HTML page, or a PNG picture.

    Facts (asserted and reported claims) are the edges, each with its relation,
    statuses, confidence, first and last date reported, number of articles and
    evidence sentences; entities keep their type, name and aliases.

    Example: kg export --format html -o graph.html --entity OpenAI --hops 2

    Example: kg export -f png -o answer.png --question competitor-compute lab=Anthropic
    """
    rdf = needs_rdf(fmt)  # an unknown format fails here, before the store is read
    if args and not question:
        raise QueryError(f"arguments {' '.join(args)!r} given without --question NAME")
    settings = load_settings(store=store)
    with EmbeddedStore.open(settings.store, read_only=True) as graph_store:
        view = from_store(graph_store, rdf=rdf)
        if question:
            view = _answer_part(view, graph_store, question, _parse_args(question, args or []))
    if entity:
        view = view.ego(entity, hops)
    written = write_export(fmt, view, output)
    err.print(
        f"{view.graph.number_of_nodes()} entities and {view.graph.number_of_edges()} facts "
        f"written to {', '.join(map(str, written)) if len(written) < 3 else output}",
        highlight=False,
    )


def _parse_args(name: str, args: list[str]) -> dict[str, str]:
    """``name=value`` pairs; a bare value fills the question's next required parameter."""
    from queries import question

    required = [p.name for p in question(name).params if p.required]
    parsed: dict[str, str] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        if sep and key:
            parsed[key.replace("-", "_")] = value
            continue
        free = [p for p in required if p not in parsed]
        if not free:
            raise QueryError(
                f"question argument {arg!r} is not name=value and {name!r} has no parameter "
                "left for it; write name=value, e.g. entity=OpenAI"
            )
        parsed[free[0]] = arg
    return parsed


def _answer_part(
    view: Projection, graph_store: EmbeddedStore, name: str, params: dict[str, Any]
) -> Projection:
    """The entities the answer names (and the entities the question was asked about)."""
    from queries import ask, question

    answers = ask(name, graph_store, **params)
    by_name = {e.name: e.iri for e in view.entities}
    named = {by_name[v] for answer in answers for v in _names(answer.model_dump()) if v in by_name}
    for param in question(name).params:
        if param.kind == "entity" and param.name in params:
            named.add(view.find(params[param.name]))
    shown = " ".join(f"{k}={v}" for k, v in params.items())
    return view.select(named, title=f"Answer to {name}{' ' + shown if shown else ''}")


_NOT_NAMES = frozenset({"evidence", "sentence", "source", "relation", "status", "kind", "via"})


def _names(value: Any) -> list[str]:
    """Every text in an answer that could be an entity's name (evidence left out)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _NOT_NAMES for s in _names(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _names(v)]
    return []
