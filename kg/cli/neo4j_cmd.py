"""``kg neo4j start|stop|status|fetch``, ``kg load`` and ``kg cypher``.

``neo4j_app`` is a typer sub-app; ``load_command`` and ``cypher_command`` are
plain command functions that ``kg.cli.app`` registers with ``app.command``.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.cli.output import OutputFormat, emit
from kg.config import Settings, load_settings
from kg.neo4j import (
    DEFAULT_PORT,
    fetch_jars,
    server_status,
    start_server,
    stop_server,
)

neo4j_app = typer.Typer(
    name="neo4j",
    help=(
        "Run the project's own Neo4j server (Community 5.26, loopback only, password in a file)."
        "\n\n"
        "Example: kg neo4j start && kg load && kg neo4j status"
    ),
    no_args_is_help=True,
)
_console = Console(stderr=True)


def _home(settings: Settings) -> Path:
    return settings.neo4j_home.expanduser().resolve()


@neo4j_app.command("start")
def start_command(
    port: int | None = typer.Option(
        None, "--port", help=f"Bolt port on 127.0.0.1 (default {DEFAULT_PORT}, or the last one)."
    ),
    heap: str = typer.Option("2g", "--heap", help="Java heap size, e.g. 1g or 4g."),
    pagecache: str = typer.Option("1g", "--pagecache", help="Neo4j page cache size."),
    timeout: float = typer.Option(300.0, "--timeout", help="Seconds to wait for Bolt."),
) -> None:
    """Start the server in the background and wait until it answers.

    The first start fetches the Neo4j jars with Maven (a few minutes).

    Example: kg neo4j start --port 7687
    """
    home = _home(load_settings())
    already = server_status(home).running
    with _console.status("Starting Neo4j (the first start fetches its jars with Maven)..."):
        info = start_server(home, port, heap=heap, pagecache=pagecache, timeout=timeout)
    word = "already running" if already else "started"
    typer.echo(f"Neo4j {info.version} {word} (pid {info.pid}).")
    typer.echo(f"  URI:      {info.uri}")
    typer.echo(f"  user:     {info.user}")
    typer.echo(f"  password: in {info.password_file} (readable by you alone)")
    typer.echo("  example:  kg cypher 'MATCH (n) RETURN count(n) AS nodes'")


@neo4j_app.command("stop")
def stop_command(
    timeout: float = typer.Option(120.0, "--timeout", help="Seconds to wait for a clean stop."),
) -> None:
    """Shut the server down cleanly.

    Example: kg neo4j stop
    """
    home = _home(load_settings())
    with _console.status("Stopping Neo4j..."):
        info = stop_server(home, timeout=timeout)
    typer.echo("Neo4j was not running." if info is None else f"Neo4j stopped (pid {info.pid}).")


@neo4j_app.command("status")
def status_command() -> None:
    """Show version, port, process and folders of the project's server.

    Example: kg neo4j status
    """
    info = server_status(_home(load_settings()))
    state = f"running (pid {info.pid})" if info.running else "stopped"
    typer.echo(f"Neo4j {info.version}: {state}")
    typer.echo(f"  URI:      {info.uri}")
    typer.echo(f"  user:     {info.user}")
    typer.echo(f"  password: {info.password_file}")
    typer.echo(f"  data:     {info.data_dir}")
    typer.echo(f"  log:      {info.log_file}")


@neo4j_app.command("fetch")
def fetch_command() -> None:
    """Fetch the Neo4j jars from Maven Central now (start does it when needed).

    Example: kg neo4j fetch
    """
    with _console.status("Fetching the Neo4j jars with Maven..."):
        folder = fetch_jars(_home(load_settings()))
    typer.echo(f"Neo4j jars ready in {folder}")


def load_command(
    full: bool = typer.Option(
        False, "--full", help="Replace the Neo4j graph (bulk import into the project's server)."
    ),
    store: Path | None = typer.Option(None, "--store", help="The embedded store's folder."),
    uri: str | None = typer.Option(None, "--uri", help="Bolt URI (default: NEO4J_URI or ours)."),
    user: str | None = typer.Option(None, "--user", help="Neo4j user (default: NEO4J_USER)."),
    database: str | None = typer.Option(None, "--database", help="Neo4j database."),
    batch_size: int = typer.Option(5000, "--batch-size", help="Rows per transaction."),
    checksum: bool = typer.Option(
        True, "--checksum/--no-checksum", help="Print a checksum of the graph after loading."
    ),
) -> None:
    """Put the embedded store's graph into Neo4j; only what is new unless --full.

    --full into the project's own server replaces the graph through neo4j-admin's
    bulk import (the server restarts); into another server it wipes and reloads.

    Example: kg load  (then: kg cypher 'MATCH ()-[r]->() RETURN type(r), count(r)')
    """
    from kg.stores.embedded import EmbeddedStore
    from kg.stores.neo4j_bulk import BulkLoadUnavailable, bulk_load, own_server_home
    from kg.stores.neo4j_load import load_rows
    from kg.stores.neo4j_store import connect, graph_digest

    settings = load_settings(store=store, neo4j_uri=uri, neo4j_user=user, neo4j_database=database)
    with EmbeddedStore.open(settings.store, read_only=True) as source:
        entities, articles = list(source.entities()), list(source.articles())
        claims = list(source.claims())
    bulk = full
    if full:
        try:
            own_server_home(settings)
        except BulkLoadUnavailable as exc:
            bulk = False
            _console.print(f"--full: no bulk import ({exc}); wiping and loading through Cypher.")
    with _load_progress() as progress:
        tasks = {
            "entities": progress.add_task("entities", total=len(entities)),
            "articles": progress.add_task("articles", total=len(articles)),
            "claims": progress.add_task("claims", total=len(claims)),
        }

        def advance(stage: str, n: int) -> None:
            progress.advance(tasks[stage], n)

        if bulk:
            summary = bulk_load(settings, entities, articles, claims, progress=advance)
        else:
            with connect(settings) as driver:
                summary = load_rows(
                    driver, entities, articles, claims, database=settings.neo4j_database,
                    batch_size=batch_size, full=full, progress=advance,
                )  # fmt: skip
    digest = None
    if checksum:
        with connect(settings) as driver:
            digest = graph_digest(driver, database=settings.neo4j_database)
    how = "bulk import" if bulk else "Cypher"
    facts = ", ".join(f"{t} {n}" for t, n in sorted(summary.facts_by_type.items())) or "none"
    typer.echo(
        f"Loaded {summary.claims_new} new claim(s) of {summary.claims_seen} "
        f"({summary.entities} entities, {summary.articles} articles) in {summary.seconds:.1f} s "
        f"({how})."
    )
    typer.echo(f"  fact updates: {facts}")
    typer.echo(f"  graph now: {summary.nodes} nodes, {summary.relationships} relationships")
    if digest is not None:
        typer.echo(f"  checksum of all labels and properties: {digest.checksum}")


def _load_progress() -> Progress:
    return Progress(
        TextColumn("{task.description:>9}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=_console, transient=False,
    )  # fmt: skip


def cypher_command(
    query: str = typer.Argument(..., help="Cypher text (values as $name parameters)."),
    param: list[str] = typer.Option(
        [], "--param", "-p", help="A parameter as name=value; value parsed as JSON if it can be."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
    uri: str | None = typer.Option(None, "--uri", help="Bolt URI (default: NEO4J_URI or ours)."),
    user: str | None = typer.Option(None, "--user", help="Neo4j user (default: NEO4J_USER)."),
    database: str | None = typer.Option(None, "--database", help="Neo4j database."),
) -> None:
    """Run ad-hoc Cypher against Neo4j and print the rows.

    Example: kg cypher 'MATCH (e:Entity {name: $name}) RETURN e.iri' --param name=OpenAI
    """
    from kg.stores.neo4j_store import Neo4jStore

    settings = load_settings(neo4j_uri=uri, neo4j_user=user, neo4j_database=database)
    params = dict(_parse_param(item) for item in param)
    with Neo4jStore(settings) as neo:
        rows = neo.run(query, params)
    emit(rows, fmt)


def _parse_param(item: str) -> tuple[str, object]:
    name, sep, raw = item.partition("=")
    if not sep or not name:
        raise typer.BadParameter(f"--param {item!r}: write it as name=value")
    try:
        return name, json.loads(raw)
    except json.JSONDecodeError:
        return name, raw
