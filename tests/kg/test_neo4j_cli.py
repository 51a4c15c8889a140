"""``kg ingest`` then ``kg load`` and ``kg cypher``, through the real CLI and server."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from kg.cli.app import app
from kg.stores.embedded import EmbeddedStore
from ontology.errors import StoreError

pytestmark = pytest.mark.neo4j

ARTICLES = {
    "one.txt": "Title: Lumen Cloud signs a deal with Quill Labs\nPublished: 2025-02-03\n\n"
    "Lumen Cloud will rent GPU capacity to Quill Labs, the AI lab said on Monday. "
    "Quill Labs competes with Brightmind AI.\n",
    "two.txt": "Title: Brightmind AI buys Lumen Cloud\nPublished: 2025-04-09\n\n"
    "Brightmind AI acquired Lumen Cloud last year. "
    "Lumen Cloud rents compute capacity to Quill Labs.\n",
}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "kg")])
    assert result.exit_code == 0, result.output
    return tmp_path / "kg"


EVERY_CLAIM = """
CALL () { MATCH (c:Claim) RETURN count(c) AS nodes }
CALL () { MATCH ()-[f]->() WHERE type(f) <> 'CONTROLS' RETURN sum(size(f.claims)) AS listed }
RETURN nodes + listed AS n
"""


def _json(output: str) -> list[dict[str, object]]:
    parsed = json.loads(output[output.index("[") :])
    assert isinstance(parsed, list)
    return parsed


def test_load_then_cypher_counts_match_the_store(store: Path, empty_neo4j: Driver) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["load", "--store", str(store)])
    assert first.exit_code == 0, first.output
    with EmbeddedStore.open(store, read_only=True) as source:
        stats = source.stats()
    expected = stats["facts"].get("rents-capacity-to", 0)
    assert expected >= 1
    query = "MATCH (a)-[r:RENTS_CAPACITY_TO]->(b) RETURN count(r) AS n"
    counted = runner.invoke(app, ["cypher", query, "--format", "json"])
    assert counted.exit_code == 0, counted.output
    assert _json(counted.output) == [{"n": expected}]
    # every claim is in the graph once: a Claim node, or an item of its fact's claims list
    claims = runner.invoke(app, ["cypher", EVERY_CLAIM, "-f", "json"])
    assert _json(claims.output) == [{"n": stats["claims"]}]

    again = runner.invoke(app, ["load", "--store", str(store)])
    assert again.exit_code == 0, again.output
    assert "Loaded 0 new claim(s)" in again.output
    checksum = re.compile(r"checksum of all labels and properties: (\w+)")
    first_sum, again_sum = checksum.search(first.output), checksum.search(again.output)
    assert first_sum and again_sum and first_sum.group(1) == again_sum.group(1)


def test_cypher_takes_values_as_parameters(store: Path, empty_neo4j: Driver) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["load", "--store", str(store)]).exit_code == 0
    query = "MATCH (e:Entity {name: $name}) RETURN e.name AS name, $limit + 1 AS next"
    result = runner.invoke(
        app, ["cypher", query, "--param", "name=Quill Labs", "--param", "limit=2", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name,next", "Quill Labs,3"]


def test_cypher_reports_a_bad_query_as_a_store_error(empty_neo4j: Driver) -> None:
    result = CliRunner().invoke(app, ["cypher", "MATCH (n RETURN n"])
    assert result.exit_code != 0
    assert isinstance(result.exception, StoreError)
    assert "Neo4j rejected the query" in str(result.exception)


CHECKSUM = re.compile(r"checksum of all labels and properties: (\w+)")


@pytest.mark.slow
def test_full_load_is_a_bulk_import_giving_the_cypher_graph(
    store: Path, empty_neo4j: Driver
) -> None:
    runner = CliRunner()
    cypher = runner.invoke(app, ["load", "--store", str(store)])
    bulk = runner.invoke(app, ["load", "--full", "--store", str(store)])
    assert bulk.exit_code == 0, bulk.output
    assert "(bulk import)" in bulk.output and "(Cypher)" in cypher.output
    first, second = CHECKSUM.search(cypher.output), CHECKSUM.search(bulk.output)
    assert first and second and first.group(1) == second.group(1)


def test_full_load_into_another_server_goes_through_cypher_and_says_so(
    store: Path, empty_neo4j: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.config import load_settings
    from kg.stores.neo4j_store import connection

    uri, _, password = connection(load_settings())
    monkeypatch.setenv("NEO4J_URI", uri)  # the same server, but reached as any other one
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    result = CliRunner().invoke(app, ["load", "--full", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "no bulk import (NEO4J_URI points at" in result.output
    assert "(Cypher)" in result.output
