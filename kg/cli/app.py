"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls the public API and formats the result;
``kg.cli.main`` turns any KGError into one line and exit status 1.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="kg",
    help=(
        "Turn news articles about the AI industry into a knowledge graph and ask it questions.\n\n"
        "Example: kg ingest examples/articles && kg ask competitor-compute"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
) -> None:
    """Turn news articles about the AI industry into a knowledge graph and ask it questions."""
    from kg.cli import state

    state.debug = debug


def _register() -> None:
    """Attach every command module; each adds its commands to ``app``."""
    from kg.cli import (
        ask_cmd,  # noqa: F401
        export_cmd,  # noqa: F401
        ingest_cmd,  # noqa: F401
    )
    from kg.cli.neo4j_cmd import cypher_command, load_command, neo4j_app

    app.add_typer(neo4j_app, name="neo4j")
    app.command("load")(load_command)
    app.command("cypher")(cypher_command)


_register()
