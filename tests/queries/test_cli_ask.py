"""``kg ask`` and ``kg sparql``: generated from the definitions, thin over the library."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from question_graphs import article, claim
from typer.testing import CliRunner

from ingest.rdf import document_graph
from kg.cli.app import app
from kg.stores.embedded import EmbeddedStore
from queries import questions

runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    with EmbeddedStore.open(folder) as store:
        store.add_articles(
            document_graph(d, e)
            for d, e in [
                article(
                    "wire/deal.txt",
                    claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
                    claim("Nimbus Labs", "competes-with", "Corvid Cloud"),
                    published=date(2025, 4, 5),
                )
            ]
        )
    return folder


def test_every_question_is_a_command_with_an_example() -> None:
    listing = runner.invoke(app, ["ask", "--help"])
    assert listing.exit_code == 0
    for name in questions():
        assert name in listing.output
        result = runner.invoke(app, ["ask", name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example: kg ask " + name in " ".join(result.output.split())
        assert "--backend" in result.output


def test_competitor_compute_json(store_dir: Path) -> None:
    result = runner.invoke(
        app, ["ask", "competitor-compute", "--store", str(store_dir), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    (answer,) = json.loads(result.output)
    assert (answer["lab"], answer["provider"], answer["competitor"]) == (
        "Nimbus Labs",
        "Corvid Cloud",
        "Corvid Cloud",
    )
    assert {e["source"] for e in answer["evidence"]} == {"wire/deal.txt"}
    assert answer["evidence"][0]["published"] == "2025-04-05"


def test_arguments_and_dated_options(store_dir: Path) -> None:
    result = runner.invoke(
        app,
        [
            "ask",
            "timeline",
            "--since",
            "2025-04-01",
            "--entity",
            "Nimbus Labs",
            "--store",
            str(store_dir),
            "--format",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("published,source,subject,relation,object")
    assert len(lines) == 3
    customers = runner.invoke(
        app, ["ask", "customers", "Corvid Cloud", "--store", str(store_dir), "-f", "json"]
    )
    assert [r["customer"] for r in json.loads(customers.output)] == ["Nimbus Labs"]


def test_sparql_binds_parameters(store_dir: Path) -> None:
    query = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT DISTINCT ?e ?name WHERE { ?e rdfs:label ?name }"
    )
    result = runner.invoke(
        app,
        [
            "sparql",
            query,
            "--param",
            "name=Corvid Cloud",
            "--store",
            str(store_dir),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"e": "https://w3id.org/aikg/entity/corvid-cloud", "name": "Corvid Cloud"}
    ]


def test_an_unknown_name_is_one_line_and_exit_1(store_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "ask",
            "competitors",
            "Corvid Clod",
            "--store",
            str(store_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "kg: error: no entity called 'Corvid Clod' in the graph; did you mean 'Corvid Cloud'?"
    ]
