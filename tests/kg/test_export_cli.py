"""``kg export`` end to end, through the real command."""

import subprocess
import sys
from datetime import date

import networkx as nx
import pytest
from test_projection import article, sample_articles

from kg.stores.embedded import EmbeddedStore


def kg(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)],
        cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    rival_supplier = article(
        "Orion AI rents spare TPU capacity to Vela Labs.",
        date(2026, 3, 1),
        ("Orion AI", "rents-capacity-to", "Vela Labs", "asserted", 0.9,
         "Orion AI rents spare TPU capacity to Vela Labs.", {}),
    )  # fmt: skip
    with EmbeddedStore.open(path) as graph_store:
        graph_store.add_articles([*sample_articles(), rival_supplier])
    return path


def names(path):
    return sorted(d["name"] for _, d in nx.read_graphml(path).nodes(data=True))


def test_whole_graph(store, tmp_path):
    out = tmp_path / "all.graphml"
    result = kg("export", "--format", "graphml", "-o", out, "--store", store, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(names(out)) == 6
    assert nx.read_graphml(out).number_of_edges() == 6
    assert "6 entities and 6 facts written" in result.stderr


def test_entity_by_alias_and_hops(store, tmp_path):
    out = tmp_path / "ego.graphml"
    result = kg("export", "-f", "graphml", "-o", out, "--store", store,
                "--entity", "the vela maker", "--hops", "1", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert names(out) == ["Northwind Cloud", "Orion AI", "Vela Labs", "Vela-2"]


def test_unknown_entity_is_one_line_with_suggestions(store, tmp_path):
    result = kg("export", "-f", "dot", "-o", tmp_path / "x.dot", "--store", store,
                "--entity", "Vella Labs", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "kg: error: no entity called 'Vella Labs' in the graph; did you mean 'Vela Labs'?"
    ]
    assert not (tmp_path / "x.dot").exists()


def test_unknown_format_lists_the_choices(store, tmp_path):
    result = kg("export", "-f", "svgz", "-o", tmp_path / "x", "--store", store, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: unknown export format 'svgz'; choose one of: ")
    assert "graphml" in result.stderr and "neo4j-csv" in result.stderr


def test_question_selects_the_entities_its_answer_names(store, tmp_path):
    out = tmp_path / "q.graphml"
    result = kg("export", "-f", "graphml", "-o", out, "--store", store,
                "--question", "competitor-compute", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert names(out) == ["Orion AI", "Vela Labs"]
    relations = sorted(d["relation"] for *_, d in nx.read_graphml(out).edges(data=True))
    assert relations == ["competes-with", "rents-capacity-to"]


def test_question_with_an_entity_argument(store, tmp_path):
    out = tmp_path / "q.graphml"
    result = kg("export", "-f", "graphml", "-o", out, "--store", store,
                "--question", "competitors", "the vela maker", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert names(out) == ["Orion AI", "Vela Labs"]


def test_question_arguments_beyond_its_parameters_are_refused(store, tmp_path):
    result = kg("export", "-f", "graphml", "-o", tmp_path / "q.graphml", "--store", store,
                "--question", "competitor-compute", "Anthropic", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert "is not name=value" in result.stderr


def test_arguments_without_question_are_refused(store, tmp_path):
    result = kg("export", "-f", "graphml", "-o", tmp_path / "q.graphml", "--store", store,
                "lab=Vela Labs", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert "without --question" in result.stderr


def test_rdf_formats_read_the_quads(store, tmp_path):
    from rdflib import Dataset

    out = tmp_path / "part.nq"
    result = kg("export", "-f", "nquads", "-o", out, "--store", store,
                "--entity", "Halcyon Capital", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    graphs = {str(g) for *_, g in dataset.quads((None, None, None, None))}
    assert len(graphs) == 2  # the two articles that mention Halcyon Capital or Northwind Cloud
    assert "halcyon-capital" in out.read_text()
