"""``kg extract``, ``kg ingest`` and ``kg stats``: articles in, graph out."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ingest.extract import get_extractor
from ingest.pipeline import Problems, extract_paths
from ingest.rdf import document_graph
from kg.cli.app import app
from kg.cli.output import OutputFormat, emit
from kg.config import load_settings
from kg.stores.embedded import EmbeddedStore

err = Console(stderr=True)

STORE_OPTION = typer.Option(
    None, "--store", help="Folder of the embedded graph store [env: KG_STORE; default: ./kg-data]."
)
EXTRACTOR_OPTION = typer.Option(
    "rules", "--extractor", help="Extractor: 'rules' (offline, default) or 'llm'."
)
BATCH = 200  # articles per store transaction


class ExtractFormat(StrEnum):
    """``kg extract --format`` choices."""

    table = "table"
    jsonl = "jsonl"


def _report(problems: Problems) -> None:
    for problem in problems.errors:
        err.print(f"[yellow]skipped[/yellow] {problem}", highlight=False, soft_wrap=True)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for standard input."),
    fmt: ExtractFormat = typer.Option(
        ExtractFormat.table, "--format", "-f", help="table or jsonl."
    ),
    min_confidence: float = typer.Option(
        0.0, "--min-confidence", min=0.0, max=1.0, help="Drop claims less sure than this."
    ),
    extractor: str = EXTRACTOR_OPTION,
) -> None:
    """Print the claims found in articles, storing nothing.

    One JSON object per claim with --format jsonl: subject, predicate, object,
    status, confidence, source, sentence (and stake/share for owns).

    Example: kg extract examples/articles --format jsonl > claims.jsonl
    """
    problems = Problems()
    claims = [
        claim
        for _, extraction in extract_paths(paths, get_extractor(extractor), problems)
        for claim in extraction.claims
        if claim.confidence >= min_confidence
    ]
    if fmt is ExtractFormat.jsonl:
        for claim in claims:
            sys.stdout.write(json.dumps(claim.to_json_record(), ensure_ascii=False) + "\n")
    else:
        columns = ("subject", "predicate", "object", "status", "confidence", "source")
        emit([{c: getattr(claim, c) for c in columns} for claim in claims], OutputFormat.table)
    _report(problems)
    if problems:
        raise typer.Exit(code=2)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for standard input."),
    store: Path | None = STORE_OPTION,
    extractor: str = EXTRACTOR_OPTION,
) -> None:
    """Add articles to the graph store (an article already stored is left as it is).

    Bad inputs are reported one line each and skipped; the others are still
    stored, and the exit status is 2 when anything was skipped.

    Example: kg ingest examples/articles --store kg-data
    """
    settings = load_settings(store=store)
    problems = Problems()
    read = added = claims = 0
    with EmbeddedStore.open(settings.store) as graph_store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        batch = []
        for document, extraction in extract_paths(paths, get_extractor(extractor), problems):
            read += 1
            claims += len(extraction.claims)
            batch.append(document_graph(document, extraction))
            progress.update(task, advance=1, description=Path(document.source).name[:40])
            if len(batch) >= BATCH:
                added += graph_store.add_articles(batch)
                batch = []
        added += graph_store.add_articles(batch)
        totals = graph_store.stats()
    _report(problems)
    err.print(
        f"{read} articles read, {added} new, {read - added} already stored, "
        f"{len(problems.errors)} skipped; {claims} claims found. Store {settings.store}: "
        f"{totals['entities']} entities, {sum(totals['facts'].values())} facts, "
        f"{totals['articles']} articles.",
        highlight=False,
    )
    if problems:
        raise typer.Exit(code=2)


@app.command()
def stats(
    store: Path | None = STORE_OPTION,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f"),
) -> None:
    """Count the entities, facts (per relation), claims and articles in the store.

    Example: kg stats --format json
    """
    settings = load_settings(store=store)
    with EmbeddedStore.open(settings.store, read_only=True) as graph_store:
        counts = graph_store.stats()
    rows = [
        {"what": "entities", "count": counts["entities"]},
        {"what": "articles", "count": counts["articles"]},
        {"what": "claims", "count": counts["claims"]},
        {"what": "facts", "count": sum(counts["facts"].values())},
    ] + [{"what": f"facts: {name}", "count": n} for name, n in counts["facts"].items()]
    emit(rows, fmt)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
