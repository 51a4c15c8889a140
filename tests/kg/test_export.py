"""Every export format, read back by an independent reader and compared with the store."""

import csv
import json
import shutil
import subprocess
from datetime import date

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from test_projection import sample_store

from kg.exports import ExportError, export, formats
from kg.exports.neo4j_csv import ARRAY_DELIMITER
from kg.projection import from_store
from ontology import FACT_STATUSES

NODES, EDGES = 6, 5


@pytest.fixture(scope="module")
def store():
    return sample_store()


@pytest.fixture(scope="module")
def projection(store):
    return from_store(store)


def by_name(graph):
    return {data["name"]: node for node, data in graph.nodes(data=True)}


def test_unknown_format_lists_the_known_ones(projection, tmp_path):
    with pytest.raises(ExportError, match="graphml, gexf"):
        export("svgz", projection, tmp_path / "x")


def test_every_format_is_known():
    assert set(formats()) >= {"graphml", "gexf", "cytoscape", "dot", "neo4j-csv", "turtle",
                              "jsonld", "nquads", "html", "png"}  # fmt: skip


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_keep_attributes(projection, tmp_path, fmt, reader):
    out = tmp_path / f"g.{fmt}"
    assert export(fmt, projection, out) == [out]
    graph = reader(out)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (NODES, EDGES)
    names = {data["name"]: data for _, data in graph.nodes(data=True)}
    assert names["Vela Labs"]["type"] == "AILab"
    assert names["Vela Labs"]["aliases"] == "the Vela maker"
    rents = next(d for _, _, d in graph.edges(data=True) if d["relation"] == "rents-capacity-to")
    assert rents["statuses"] == "asserted | reported"
    assert rents["confidence"] == pytest.approx(0.8)
    assert (rents["first_reported"], rents["last_reported"]) == ("2026-01-05", "2026-02-10")
    assert rents["articles"] == 2
    assert "Northwind Cloud rents GPUs to Vela Labs." in rents["sentences"]
    owns = {d.get("share"): d for _, _, d in graph.edges(data=True) if d["relation"] == "owns"}
    assert owns[0.4]["control"] is False and owns[0.4]["stake"] is True


def test_graphml_carries_yed_graphics_and_unique_ids(projection, tmp_path):
    import xml.etree.ElementTree as ET

    out = tmp_path / "g.graphml"
    export("graphml", projection, out)
    root = ET.parse(out).getroot()
    ids = [e.get("id") for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("key", "node", "edge")]
    assert len(ids) == len(set(ids))
    y = "{http://www.yworks.com/xml/graphml}"
    labels = {e.text for e in root.iter(f"{y}NodeLabel")}
    assert "Vela Labs" in labels and len(labels) == NODES
    assert sorted(e.text for e in root.iter(f"{y}EdgeLabel")).count("owns") == 2
    fills = {e.get("color") for e in root.iter(f"{y}Fill")}
    assert len(fills) == 5  # AILab, CloudProvider, ChipMaker, Investor, AIModel
    assert len(list(root.iter(f"{y}Geometry"))) == NODES


def test_gexf_colours_nodes_by_type(projection, tmp_path):
    out = tmp_path / "g.gexf"
    export("gexf", projection, out)
    nodes = {d["label"]: d for _, d in nx.read_gexf(out).nodes(data=True)}
    vela, orion = nodes["Vela Labs"]["viz"]["color"], nodes["Orion AI"]["viz"]["color"]
    assert vela == orion  # both AI labs
    assert vela != nodes["Northwind Cloud"]["viz"]["color"]


def test_cytoscape_json_keeps_lists_and_evidence(projection, tmp_path):
    out = tmp_path / "g.cyjs"
    export("cytoscape", projection, out)
    elements = json.loads(out.read_text())["elements"]
    assert (len(elements["nodes"]), len(elements["edges"])) == (NODES, EDGES)
    ids = {n["data"]["id"] for n in elements["nodes"]}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in elements["edges"])
    vela = next(n["data"] for n in elements["nodes"] if n["data"]["name"] == "Vela Labs")
    assert vela["aliases"] == ["the Vela maker"] and vela["type"] == "AILab"
    rents = next(e["data"] for e in elements["edges"] if e["data"]["name"] == "rents-capacity-to")
    assert rents["statuses"] == ["asserted", "reported"]
    assert rents["interaction"] == "rents-capacity-to"
    assert {e["published"] for e in rents["evidence"]} == {"2026-01-05", "2026-02-10"}


def test_dot_renders_with_graphviz(projection, tmp_path):
    dot = shutil.which("dot")
    assert dot, "Graphviz `dot` is not installed: apt-get install -y graphviz"
    out = tmp_path / "g.dot"
    export("dot", projection, out)
    svg = subprocess.run([dot, "-Tsvg", str(out)], capture_output=True, text=True, check=True)
    assert svg.stderr == ""
    assert svg.stdout.count('class="node"') == NODES
    assert svg.stdout.count('class="edge"') == EDGES
    assert ">Vela Labs<" in svg.stdout and ">rents&#45;capacity&#45;to<" in svg.stdout


def test_dot_quotes_awkward_names(tmp_path):
    from kg.exports.dot import quote

    assert quote('say "hi"\\n') == '"say \\"hi\\"\\\\n"'


def distinct_triples(store):
    return {q.triple for q in store.dataset()}


def test_turtle_holds_every_distinct_triple(store, projection, tmp_path):
    out = tmp_path / "g.ttl"
    export("turtle", projection, out)
    assert len(Graph().parse(out, format="turtle")) == len(distinct_triples(store))


@pytest.mark.parametrize("fmt, parser", [("nquads", "nquads"), ("jsonld", "json-ld")])
def test_quad_formats_keep_one_named_graph_per_article(store, projection, tmp_path, fmt, parser):
    out = tmp_path / f"g.{fmt}"
    export(fmt, projection, out)
    dataset = Dataset()
    dataset.parse(out, format=parser)
    quads = list(dataset.quads((None, None, None, None)))
    assert len(quads) == len(list(store.dataset()))
    graphs = {str(g) for *_, g in quads}
    assert graphs == {a.iri for a in projection.articles}


def test_rdf_of_a_subgraph_leaves_the_rest_out(projection, tmp_path):
    out = tmp_path / "part.nq"
    export("nquads", projection.ego("Halcyon Capital", hops=1), out)
    text = out.read_text()
    assert "halcyon-capital" in text and "northwind-cloud" in text
    assert "vela-labs" not in text


def read_csv(path):
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_neo4j_csv_has_admin_import_headers_and_rows(projection, tmp_path):
    folder = tmp_path / "csv"
    files = export("neo4j-csv", projection, folder)
    assert all(f.exists() for f in files)
    header, entities = read_csv(folder / "entities.csv")
    assert header == ["iri:ID", "name", "type", "aliases:string[]", ":LABEL"]
    vela = next(e for e in entities if e["name"] == "Vela Labs")
    assert vela[":LABEL"].split(ARRAY_DELIMITER) == ["Entity", "Organization", "Company", "AILab"]
    assert vela["aliases:string[]"] == "the Vela maker"
    header, facts = read_csv(folder / "facts.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "confidence:double" in header and "first_reported:date" in header
    types = sorted(f[":TYPE"] for f in facts)
    # The Neo4j model as `kg load` writes it: a symmetric relation stated both ways is
    # two relationships (the projection's graph keeps one edge).
    assert types == [
        "COMPETES_WITH", "COMPETES_WITH", "CONTROLS", "DEVELOPS", "OWNS", "OWNS",
        "RENTS_CAPACITY_TO",
    ]  # fmt: skip
    rents = next(f for f in facts if f[":TYPE"] == "RENTS_CAPACITY_TO")
    claims = rents["claims:string[]"].split(ARRAY_DELIMITER)
    sentences = rents["sentences:string[]"].split(ARRAY_DELIMITER)
    assert len(claims) == len(sentences) == 2
    assert any(";" in s for s in sentences)  # sentences keep their semicolons
    assert rents["first_reported:date"] == date(2026, 1, 5).isoformat()
    _, claim_rows = read_csv(folder / "claims.csv")
    assert rents["confidences:double[]"].count(ARRAY_DELIMITER) == 1  # one item per claim
    # Claim nodes only for the claims that are no facts; a fact's claims are in its lists
    not_facts = [c for c in projection.claims if c.status not in FACT_STATUSES]
    assert len(projection.claims) == 9 and len(not_facts) == 2
    assert {r["iri:ID"] for r in claim_rows} == {c.iri for c in not_facts}
    _, links = read_csv(folder / "claim_links.csv")
    assert len(links) == 3 * len(claim_rows)
    node_ids = {e["iri:ID"] for e in entities}
    node_ids |= {r["iri:ID"] for r in claim_rows}
    node_ids |= {r["iri:ID"] for r in read_csv(folder / "articles.csv")[1]}
    assert all(r[":START_ID"] in node_ids and r[":END_ID"] in node_ids for r in facts + links)


def test_neo4j_csv_refuses_a_file_target(projection, tmp_path):
    target = tmp_path / "file.csv"
    target.write_text("x")
    with pytest.raises(ExportError, match="folder"):
        export("neo4j-csv", projection, target)


def test_subgraph_export(projection, tmp_path):
    out = tmp_path / "ego.graphml"
    export("graphml", projection.ego("Kestrel Chips", hops=1), out)
    graph = nx.read_graphml(out)
    assert sorted(by_name(graph)) == ["Kestrel Chips", "Orion AI"]
    assert graph.number_of_edges() == 1


def test_png_is_a_real_picture(projection, tmp_path):
    from PIL import Image

    out = tmp_path / "g.png"
    export("png", projection, out)
    with Image.open(out) as picture:
        assert picture.format == "PNG"
        assert picture.width >= 600 and picture.height >= 400
        colours = picture.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # drawn, not a blank canvas


def test_png_of_a_big_graph_shows_the_best_connected_part(tmp_path):
    import networkx as nx

    from kg.exports import png
    from kg.projection import Projection

    graph = nx.MultiDiGraph()
    for i in range(png.MAX_NODES + 30):
        graph.add_node(f"n{i}", name=f"Entity {i}", type="Company", aliases=[])
        graph.add_edge("n0", f"n{i}", key="owns")
    shown = png._shown(graph)
    assert shown.number_of_nodes() == png.MAX_NODES and "n0" in shown
    out = tmp_path / "big.png"
    png.write(Projection(graph, (), (), ()), out)
    assert out.stat().st_size > 10_000


def test_rdf_needs_a_projection_read_with_its_quads(store, tmp_path):
    with pytest.raises(ExportError, match="carries no RDF"):
        export("turtle", from_store(store, rdf=False), tmp_path / "g.ttl")


@pytest.mark.parametrize("fmt", formats())
def test_an_empty_graph_exports_in_every_format(fmt, tmp_path):
    from kg.stores.embedded import EmbeddedStore

    files = export(fmt, from_store(EmbeddedStore.in_memory()), tmp_path / f"empty.{fmt}")
    assert files and all(f.exists() for f in files)


AWKWARD = 'Zürich "Quantum" Labs; <Ltd> & \\co'


@pytest.fixture(scope="module")
def awkward():
    from kg.projection import project
    from kg.stores.rows import ArticleRow, ClaimRow, EntityRow

    a, b = "https://w3id.org/aikg/entity/zq", "https://w3id.org/aikg/entity/nw"
    art = "https://w3id.org/aikg/article/x"
    return project(
        [EntityRow(iri=a, name=AWKWARD, type="AILab", aliases=("ZQ; the lab", "«ZQL»")),
         EntityRow(iri=b, name="Northwind", type="CloudProvider")],
        [ArticleRow(iri=art, source="a,b.txt", published=date(2026, 1, 2))],
        [ClaimRow(iri="https://w3id.org/aikg/claim/1", subject=b, predicate="rents-capacity-to",
                  object=a, status="asserted", confidence=0.9, article=art,
                  sentence=f'Northwind said: "we rent to {AWKWARD}"\nand more.')],
    )  # fmt: skip


def test_awkward_names_survive_graphml_and_gexf(awkward, tmp_path):
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"a.{fmt}"
        export(fmt, awkward, out)
        assert AWKWARD in {d["name"] for _, d in reader(out).nodes(data=True)}


def test_awkward_names_survive_dot(awkward, tmp_path):
    dot = shutil.which("dot")
    assert dot, "Graphviz `dot` is not installed: apt-get install -y graphviz"
    out = tmp_path / "a.dot"
    export("dot", awkward, out)
    svg = subprocess.run([dot, "-Tsvg", str(out)], capture_output=True, text=True, check=True)
    assert "Zürich &quot;Quantum&quot; Labs; &lt;Ltd&gt; &amp; \\co" in svg.stdout


def test_awkward_names_survive_neo4j_csv(awkward, tmp_path):
    export("neo4j-csv", awkward, tmp_path / "csv")
    _, entities = read_csv(tmp_path / "csv" / "entities.csv")
    zq = next(e for e in entities if e["name"] == AWKWARD)
    assert zq["aliases:string[]"].split(ARRAY_DELIMITER) == ["ZQ; the lab", "«ZQL»"]
    _, facts = read_csv(tmp_path / "csv" / "facts.csv")
    assert facts[0]["sentences:string[]"].startswith('Northwind said: "we rent to Zürich')


def test_public_names_are_all():
    import kg.exports

    public = {
        name
        for name, value in vars(kg.exports).items()
        if not name.startswith("_")
        and str(getattr(value, "__module__", "")).startswith("kg.exports")
    }
    assert sorted(kg.exports.__all__) == kg.exports.__all__
    assert set(kg.exports.__all__) == public
