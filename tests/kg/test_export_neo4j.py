"""The Neo4j CSV export, loaded by the real ``neo4j-admin database import`` and read back.

Everything happens in a scratch Neo4j home under the test's temporary folder
(never the project's server, which other tests may be using), with the jars
``kg neo4j start`` fetched: the import, then a short-lived server on a free
port to read the graph back through Bolt. Missing jars fail and say why.
"""

import csv
import re
import subprocess

import pytest
from test_projection import sample_store

from kg.config import load_settings
from kg.exports import export
from kg.exports.neo4j_csv import import_command
from kg.projection import from_store

pytestmark = pytest.mark.neo4j


def rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    from kg.neo4j.jars import NEO4J_VERSION, jar_dir, jars_ready
    from kg.neo4j.runtime import find_java
    from kg.neo4j.server import ADMIN_TOOL

    home = load_settings().neo4j_home
    if not jars_ready(home):
        pytest.fail(f"no Neo4j jars in {home}: run `kg neo4j start` (or `kg neo4j fetch`) once")
    scratch = tmp_path_factory.mktemp("neo4j-home")
    (scratch / "lib").mkdir()
    (scratch / "lib" / NEO4J_VERSION).symlink_to(jar_dir(home))  # share the jars, not the data
    (scratch / "conf").mkdir()
    (scratch / "conf" / "neo4j.conf").write_text(
        f"server.directories.data={scratch / 'data'}\n"
        f"server.directories.logs={scratch / 'logs'}\n"
        "server.memory.pagecache.size=32m\n"
    )
    folder = scratch / "csv"
    export("neo4j-csv", from_store(sample_store()), folder)
    arguments = import_command(folder)[1:]  # "neo4j-admin" is the AdminTool class here
    env = {"NEO4J_HOME": str(scratch), "NEO4J_CONF": str(scratch / "conf"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [str(find_java()), "-Xmx512m", "-cp", f"{jar_dir(home)}/*", ADMIN_TOOL, *arguments],
        env=env, cwd=scratch, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    report = done.stdout + done.stderr
    assert done.returncode == 0, report[-3000:]
    return scratch, folder, report


def test_neo4j_admin_imports_every_node_and_relationship(imported):
    _, folder, report = imported
    nodes = int(re.search(r"(\d+) nodes", report).group(1))
    relationships = int(re.search(r"(\d+) relationships", report).group(1))
    assert nodes == sum(rows(folder / f) for f in ("entities.csv", "articles.csv", "claims.csv"))
    assert relationships == rows(folder / "facts.csv") + rows(folder / "claim_links.csv")
    # 9 claims, 2 of them no facts (Claim nodes with 3 edges); competes-with both ways: 2
    assert (nodes, relationships) == (6 + 3 + 2, 7 + 3 * 2)


def test_imported_graph_reads_back_typed(imported):
    from neo4j import GraphDatabase

    from kg.neo4j.server import read_password, start_server, stop_server
    from kg.neo4j.testing import free_port

    scratch, _, _ = imported
    port = free_port()
    try:
        start_server(scratch, port, heap="512m", pagecache="32m")
        uri, auth = f"bolt://127.0.0.1:{port}", ("neo4j", read_password(scratch))
        with GraphDatabase.driver(uri, auth=auth) as driver:

            def one(query):
                records, _, _ = driver.execute_query(query)
                return [r.data() for r in records]

            vela = one("MATCH (e:Entity {name: 'Vela Labs'}) RETURN labels(e) AS l, e.aliases AS a")
            assert sorted(vela[0]["l"]) == ["AILab", "Company", "Entity", "Organization"]
            assert vela[0]["a"] == ["the Vela maker"]
            rents = one(
                "MATCH (:Entity {name: 'Northwind Cloud'})-[r:RENTS_CAPACITY_TO]->() "
                "RETURN r.sentences AS s, r.statuses AS st, r.first_reported AS f, r.articles AS n"
            )[0]
            assert len(rents["s"]) == 2 and any(";" in s for s in rents["s"])
            assert rents["st"] == ["asserted", "reported"] and rents["n"] == 2
            assert rents["f"].iso_format() == "2026-01-05"
            controls = one("MATCH (a)-[:CONTROLS]->(b) RETURN a.name AS a, b.name AS b")
            assert controls == [{"a": "Halcyon Capital", "b": "Northwind Cloud"}]
            stake = one("MATCH ()-[r:OWNS {stake: true}]->(b) RETURN b.name AS b, r.share AS s")
            assert stake == [{"b": "Kestrel Chips", "s": 0.4}]
            claims = one("MATCH (c:Claim)-[:IN_ARTICLE]->(:Article) RETURN count(c) AS n")
            assert claims == [{"n": 2}]  # the claims that are no facts (denied, planned)
    finally:
        stop_server(scratch)
