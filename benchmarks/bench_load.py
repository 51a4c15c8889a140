"""Load throughput into the project's Neo4j: our loader against rdflib-neo4j.

For each size N, a generated graph of N facts (N distinct subject-relation-object
triples, each with one asserted claim) is loaded into a fresh database of a
scratch server (``kg.neo4j.testing``) three ways: by ``load_rows`` (transactional
Cypher, the whole Neo4j model: entities with class labels, articles, fact
relationships holding their claims' evidence as parallel lists; Claim nodes only
for claims that are not facts, none here), by
``bulk_load`` (``kg load --full``: CSV, ``neo4j-admin database import``, server
restart, constraints; timed cold, with the restart), and, as plain triples
(each entity's type and label, and the N fact triples), through rdflib-neo4j
(Neo4j Labs' RDFLib store; it needs no server plugin, only the uniqueness
constraint it creates itself). Figures are medians over --repeats.

Run:
    python benchmarks/bench_load.py --sizes 100000 --repeats 3
    python benchmarks/bench_load.py --sizes 1000000 --repeats 1 --json out.json
    python benchmarks/bench_load.py --sizes 1000000 --paths bulk,rdflib
    python benchmarks/bench_load.py --sizes 100000 --paths bulk,apoc,loadcsv,rdflib

Issue 3's idea, tried 2026-12-01 (branch load8) and left: load into the RUNNING server,
with no restart, through APOC Core 5.26.1 (``apoc.import.csv`` of the bulk CSV; it runs on
5.26.28 once the server has ``plugins/*`` on its class path) or through ``LOAD CSV ... CALL
(row) { CREATE } IN TRANSACTIONS`` (no plugin), both in ``in_place_loads.py`` (``--paths
apoc,loadcsv``). Both are slower than the bulk path at both sizes, because writing through
transactions costs the server several times neo4j-admin's CPU: at 100k, apoc.import.csv
took 18-20 s of server CPU and LOAD CSV 24-27 s, against ~5.6 s for neo4j-admin plus ~6 s
for the restart; at 1M, 65 s and 113 s (one run of a scratch A/B script, load ~6: bulk
47.6 s, apoc 127.8 s, LOAD CSV 227.6 s). Neither writes the model exactly either: APOC
keeps each relationship's CSV type as a ``__csv_type`` property and empty arrays and
strings as ``[""]`` / ``""``; the fix-ups are not timed. The machine was loaded by other
helpers' work (load average 6-9), so only the same-run ratios mean much:

``--sizes 100000 --repeats 3 --paths bulk,apoc,loadcsv,rdflib`` (03:06-03:19 UTC, load
6.8 -> 9.3; runs: bulk 31.7 / 36.5 / 37.0 s, apoc 31.8 / 43.6 / 39.4 s, LOAD CSV 44.0 /
46.1 / 41.1 s, rdflib-neo4j 35.6 / 37.6 / 37.7 s), medians:

    facts     bulk s   apoc s  loadcsv s  rdflib s  bulk x  apoc x  loadcsv x
    100000      36.5     39.4       44.0      37.6    1.03    0.96       0.86

``--sizes 1000000 --repeats 1 --paths bulk,apoc,rdflib`` (03:19-03:30 UTC, load 8 -> 5.2;
bulk 8,836 facts/s, APOC 4,607, rdflib-neo4j 6,354):

    1000000    113.2    217.1          -     157.4    1.39    0.73          -

Latest, 2026-12-01 01:42-01:48 UTC, quiet machine (load average 0.7-2.4), main
after the load7 changes below (100k: medians of 3 of ``--sizes 100000 --repeats 3``;
1M: one run of ``--sizes 1000000 --repeats 1 --paths bulk,rdflib``):

    facts     cypher s  cypher f/s   bulk s  bulk f/s   rdflib s  rdflib f/s  cypher x  bulk x
    100000        13.1        7609     10.5      9541       11.3        8879      0.86    1.07
    1000000          -           -     30.6     32678       83.8       11935         -    2.74

The goal (3x rdflib-neo4j, 50k facts/s) is still not met: at 100k the restart, at 1M
neo4j-admin's ~20 s.

Before that, 2026-12-01 00:39-01:03 UTC, branch load7, on a machine loaded by other
helpers' work (load average 8-15; every figure inflated, use the ratios), after two
changes: an entity without aliases has no ``aliases`` property in either path (the
bulk path's Cypher pass that set ``[]`` after the restart is gone: 4.9 s in the 1M
run of the old code below), and the bulk files separate fields by U+001E and quote by
U+001D, so a fact of one claim is one f-string instead of a tuple through csv.writer
(writing 1M facts in one process: 14-16 s -> 5-6 s at load ~5; CPU of the whole
forked CSV step at 1M: parent 9.7 + child 10.2 s before, 7.2 + 8.7 s after).

``--sizes 100000 --repeats 3`` (00:39-00:51, load 10-11), medians of 3 (runs: Cypher
42.3 / 72.7 / 45.3 s, bulk 22.1 / 34.4 / 29.1 s, rdflib-neo4j 34.9 / 51.2 / 34.5 s):

    facts     cypher s  cypher f/s   bulk s  bulk f/s   rdflib s  rdflib f/s  cypher x  bulk x
    100000        45.3        2207     29.1      3435       34.9        2866      0.77    1.20

``--sizes 1000000 --repeats 1 --paths bulk,rdflib`` (00:52-00:55, load 10 -> 3.7):

    1000000          -           -     45.9     21782      122.8        8145         -    2.67

Phase times of one 1M bulk load (``bulk_load`` with each step timed; new, old, new
again, 00:58-01:03 UTC, load 9, 11.6, 15): CSV 23.6 / 31.6 / 15.7 s, import 26.5 /
23.8 / 23.7 s (neo4j-admin's own report at load ~9: nodes 3.4 s, relationships 9.9
s, linking 1.7 s, post-processing 2.8 s, the rest its JVM's start), server start 8.8 /
9.0 / 5.4 s, constraints 2.6 / 2.8 / 2.8 s, empty aliases - / 4.9 / - s, indexes and
counts 1.4 / 1.4 / 1.5 s; totals 63.6 / 73.9 / 49.6 s. What was tried and left:
Community 5.26 refuses ``STOP DATABASE neo4j`` on the system database
(``Neo.ClientError.Statement.UnsupportedAdministrationCommand: Unsupported
administration command: STOP DATABASE neo4j``; START likewise), so the restart stays:
of a 10 s restart at load 9 the ``neo4j`` database itself took 0.3 s, the JVM, the
server's modules and the system database the rest. neo4j-admin with a 3 GB heap or
the parallel collector, and with integer node ids (``--id-type=integer``, on the same
files rewritten), was no faster within the noise (load 8-14). The goal (3x
rdflib-neo4j, 50k facts/s) is met at neither size under this load; a quiet-machine
re-run should give the figures to quote. After these figures the forked child's share
of the facts went from two fifths to one (kg/stores/neo4j_csv.py, ``_CHILD_FIFTHS``):
with fact lines cheap, deriving made the child the longer of the two (CPU after the
fork at 1M, load ~14: parent 6.1-6.7 s, child 8.8-9.0 s; with one fifth 7.4-7.8 and
7.1-7.5 s), so about 1.3 s less on a machine with a core free for each. With it,
01:16-01:23 UTC, load 4-7 falling to 3.7: ``--sizes 1000000 --repeats 1 --paths
bulk,rdflib`` bulk 59.4 s, rdflib-neo4j 139.1 s (2.34x); ``--sizes 100000 --repeats 3
--paths bulk,rdflib`` bulk 15.5 / 14.1 / 9.8 s, rdflib-neo4j 18.1 / 10.1 / 9.7 s
(medians 14.1 / 10.1 s, 0.72x; pair by pair 1.17x, 0.72x, 0.99x as the load fell).
At 100k the ratio moves with the load more than with this session's changes: the
restart (JVM start, ~5 s quiet, 9-13 s at load 7-9) stays the largest part.

Before that, 2026-11-30 23:40-23:46 UTC, quiet machine (load average 1.7-2.4), after the
load6 changes below (100k: medians of 3 of ``--sizes 100000 --repeats 3``; 1M: one
run of ``--sizes 1000000 --repeats 1 --paths bulk,rdflib``):

    facts     cypher s  cypher f/s   bulk s  bulk f/s   rdflib s  rdflib f/s  cypher x  bulk x
    100000        12.2        8189     10.6      9459       10.7        9310      0.88    1.02
    1000000          -           -     34.3     29130       86.8       11518         -    2.53

The quiet-machine A/B the load6 notes below asked for (1M, ``--paths bulk``, one
run each, 23:27-23:33 UTC, load ~4-5): forked child 49.6 s, the same code with the
child's work done in the parent 56.1 s, the code before load6 58.1 s; at 100k the
fork made no difference (fork 17.1 / 16.5 s, one process 16.2 / 17.3 s, load ~3).
So the fork stays. The goal (3x rdflib-neo4j, 50k facts/s) is not met.

Before that, 2026-11-30 22:31-23:12 UTC, branch load6, on a machine loaded by other
helpers' work (load average 4-22; all figures inflated, rdflib-neo4j's too). What
changed: the bulk import writes the derived data itself (``derived.csv``, the
entities' ``ai_labs``) instead of Cypher after the restart, computed by a forked
child that also writes two fifths of the facts (kg/stores/forked.py); imports
under 500k facts run neo4j-admin on the JVM's C1 compiler alone (100k: 10.2 ->
5.6 s of import CPU; 1M: 22.5 s with C2, 28.3 s without, so C2 stays there);
grouping and single-claim CSV rows cheaper; neo4j-rust-ext is a main dependency
(it was in use: 0.4 s vs 5.9 s of CPU to pack 100k fact rows).

``--sizes 100000 --repeats 3`` (22:31-22:47, load average 15-19), medians of 3:

    facts     cypher s  cypher f/s   bulk s  bulk f/s   rdflib s  rdflib f/s  cypher x  bulk x
    100000        70.6        1416     41.1      2431       60.9        1642      0.86    1.48

the old code (main), ``--paths bulk`` right after (22:47-22:53, load 18-22): 83.2 s
(runs 83.2 / 80.0 / 85.2; new: 41.1 / 40.3 / 71.3). At 1M one run each of
``--sizes 1000000 --repeats 1 --paths bulk,rdflib`` gave bulk 222.2 s (load ~21)
and rdflib-neo4j 163.5 s (load 14-16): 0.74x, meaningless at that load. Pairs of
1M bulk runs under the same load disagree: 65.0 s new vs 43.8 s old (23:06-23:09,
load 8 -> 6.6), then 49.0 s new vs 56.4 s old (23:10-23:12, load ~4.5, with phase
times, old -> new): CSV 15.5 -> 18.8 s (the forked child competes with other work
for the second core: on a loaded machine the two halves run no faster than one),
import 23.4 -> 17.9 s (no derived-data thread beside it), start 4.8 -> 4.9 s,
constraints 2.0 -> 2.1 s, empty aliases 4.3 -> 4.2 s (neo4j-admin skips empty
arrays: ``CsvInputParser.isEmptyArray``), derived rows 5.8 -> 0.7 s. A third pair
(23:13-23:15, load 5-8): new 47.2 s, old 43.3 s; CSV 18.7 vs 16.2 s. After the fork
the parent groups and writes its three fifths of the facts no faster per fact than
the old code wrote all of them: likely copy-on-write (CPython's reference counts
write to every shared page the two processes touch) on top of the contention. So
at 1M the fork is not a measured gain; a quiet-machine A/B should decide whether to
keep it or to compute only the derived data in the child. The goal (3x
rdflib-neo4j, 50k facts/s) is still not met: at 1M the CSV and the import are 37 s
of 49 s, and at 100k the restart alone (start ~5 s at load 4.5) is half of
rdflib-neo4j's whole load. A quiet-machine re-run is needed for figures to quote.

Earlier, 2026-11-30 21:11-21:19 UTC, quiet machine (load average ~2), after the
slimmer model and the bulk path's fixed-cost cuts (100k: medians of 3 of
``--sizes 100000 --repeats 3``; 1M: one run of ``--sizes 1000000 --repeats 1
--paths bulk,rdflib``):

    facts     cypher s  cypher f/s   bulk s  bulk f/s   rdflib s  rdflib f/s  cypher x  bulk x
    100000        12.8        7842     14.4      6940       10.8        9245      0.85    0.75
    1000000          -           -     47.4     21116       85.1       11753         -    1.80

The goal (3x rdflib-neo4j, 50k facts/s) is not met. The history below explains the
earlier figures and where the time goes.

Measured 2026-11-30 on the shared 2-core machine, Neo4j 5.26.28, heap 4g, page
cache 2g, batch 10000, neo4j-rust-ext installed; load average 4.5-9 from other
work during the runs (single runs varied 2-3x: Cypher 86.6 / 29.5 / 63.6 s at
100k), so the figures are rough:

    facts     cypher s  cypher f/s   bulk s  bulk f/s   rdflib s  rdflib f/s  cypher x  bulk x
    100000        63.6        1571     58.0      1724       27.6        3627      0.43    0.48
    1000000      368.1        2717    108.6      9208      123.6        8090      0.34    1.14

(100k: medians of 3, load average 4.5/7.0/9.0; 1M: one run, load average 5.1/6.2/7.4.)

Re-run 2026-11-30 18:55 UTC on a quiet machine (load average 1.8/1.9/3.1), with the
derived-data refresh at the end of every load and one-step rebrands in the generator,
medians of 3 (``--sizes 100000 --repeats 3``):

    100000        20.8        4810     25.0      4005       10.1        9870      0.49    0.41

Where the time went before the slimmer model (100k, load average ~4): the Cypher
path spent ~28 s of server CPU, mostly creating nodes and relationships with their
properties (100k bare claim nodes alone cost 6-9 s); Python (rows, grouping, driver)
~5 s. The bulk path: CSV 4.9 s, neo4j-admin import 19.1 s, server stop 10.6 s and
start 14.0 s (the stop now overlaps the import), constraints 3.5 s, the empty
lists the import cannot write 2.4 s.

After it (Claim nodes and their three edges only for claims that are not facts;
first load: ends by element id, next batch grouped in a thread while one is
written, derived data from the facts written instead of read back), 2026-11-30
20:20-20:33 UTC, the machine overloaded by other work (load average 13.6/12.3/11.0;
single runs: Cypher 91.9 / 53.0 / 55.8 s, rdflib-neo4j 48.0 / 44.6 / 48.5 s), medians
of 3 (``--sizes 100000 --repeats 3 --paths cypher,rdflib``):

    100000        55.8        1793        nan        nan       48.0        2083      0.86        nan
    1000000      596.4        1677        nan        nan      221.0        4524      0.37        nan

(1M: one run, ``--sizes 1000000 --repeats 1 --paths cypher,rdflib``, 20:34-20:53 UTC;
load average ~10-14 during the Cypher run, 6.7/8.6/10.0 at the end, so rdflib-neo4j ran
on a less crowded machine. At 1M the Cypher path falls behind (0.34x before, 0.37x
now); where its time goes at that size was not measured.)

The ratio to rdflib-neo4j rose from 0.49 to 0.86, but 0.49 was measured on a quiet
machine and 0.86 under load 13, where the two loaders may suffer differently from
contention: it wants a quiet re-run (absolute figures under that load mean little).
Phases at 100k before the thread and the ids (load average ~12): entities 3.4 s,
claims 33.9 s, derived data 2.2 s (11.9 s when it read the facts back). The next
limit is the server creating relationships through Cypher: 100k relationships with
no properties at all, found by element id, took 7-8 s (by the iri index 9-11 s),
with the evidence lists 14-20 s (load average ~8; a one-off experiment, not in the
repository). rdflib-neo4j writes bare relationships; the evidence the issue asks for
roughly doubles the server's work per fact, so 3x rdflib-neo4j (and 50k facts/s) is
out of reach for a transactional load on 2 cores; only the bulk path (neo4j-admin)
can approach it, once its fixed restart cost is paid back.

Bulk path after its fixed costs were cut (2026-11-30 20:17-20:45 UTC, branch
neo4j-bulk, with other helpers' work keeping the load average at 10-13, about
five times the machine's two cores, so every figure is inflated, rdflib-neo4j's
most of all: 44-59 s for what took 10.1 s on the quiet machine):

    facts     bulk s  bulk f/s   rdflib s  rdflib f/s  bulk x   load average
    100000      70.9      1411       49.8        2010    0.70   10.8/10.6/10.0
    1000000    280.3      3567      278.4        3591    0.99    8.8/10.6/11.1

(``--sizes 100000 --repeats 3 --paths bulk,rdflib``, medians; 1M: one run of
``--sizes 1000000 --repeats 1 --paths bulk,rdflib``.) What changed, and the phase
times of one 100k bulk load at load average ~9.6 (before -> after): the server
stop 10.6 -> 0.9 s (Bolt waited 5 s for its thread pool and 5 s of Netty quiet
period with no connection left; ``neo4j.conf.txt`` cuts both); the server start
~18 -> ~12 s (medians of 4 restarts each, A/B in one script at load ~6.7: the
JVM maps a class-data-sharing archive its first run wrote, kg/neo4j/class_cache.py;
the import JVM too); the CSV 8.0 -> 5.6 s (the cycle collector paused while rows
are grouped and written: it walked every live row each few hundred objects); the
derived data 11-18 -> 4.8 s (computed in Python from the imported facts while the
import runs, instead of reading every entity and fact back from a cold server).
What is left at 100k: import 25 s, start 13 s, constraints 5 s, the empty lists
4 s, the derived rows' writes 5 s, all on a server started seconds before (cold
JIT). neo4j-admin's ``--schema`` would build the constraints during the import
but Community's record format refuses it ("does not support schema changes");
C1-only JIT (``-XX:TieredStopAtLevel=1``) saves a third of the import's CPU at
100k but makes it twice as slow at 1M; the 5.26 Community server has no
STOP/START DATABASE, so the restart stays. One 1M bulk load at load average ~9
(177 s): CSV 66 s, import 72 s (the stop, 1.9 s, and the derived data's Python
overlap it), start 9 s, constraints 11 s, empty lists 6 s, derived rows' writes
11 s: at 1M the CSV writer (grouping facts, csv.writer) and neo4j-admin are the
limits; the neo4j-model branch's smaller graph shrinks both.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from in_place_loads import apoc_import, install_apoc, load_csv, readable_by_server
from neo4j import Driver, GraphDatabase
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.config import load_settings
from kg.neo4j.testing import reset_session_database, session_server, stop_session_server
from kg.stores.neo4j_bulk import bulk_load
from kg.stores.neo4j_csv import write_csv
from kg.stores.neo4j_load import load_rows, wipe
from kg.stores.neo4j_store import connection
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow
from ontology import KG, entity_class, relations

_TYPES = ("AILab", "CloudProvider", "Company", "ChipMaker", "DataCenter", "AIModel")


Rows = tuple[list[EntityRow], list[ArticleRow], list[ClaimRow]]
_LOADERS = ("cypher", "bulk", "apoc", "loadcsv", "rdflib")  # rdflib-neo4j last: the baseline


def generate(n_facts: int, seed: int = 1, tag: str = "bench") -> Rows:
    """N distinct facts over N/10 entities and N/1000 articles, one asserted claim each.

    ``owns`` claims are stakes, so no CONTROLS is derived and facts == claims. An
    entity is renamed at most once and a new name is never renamed again, as in the
    news: random rebrands would chain most entities into one "same entity" group,
    which no real graph has and which the loader's derived data would pay for.
    """
    rng = random.Random(seed)
    n_entities, n_articles = max(100, n_facts // 10), max(10, n_facts // 1000)
    entities = [
        EntityRow(
            iri=f"https://w3id.org/aikg/entity/{tag}-{i}",
            name=f"Bench entity {i}",
            type=_TYPES[i % len(_TYPES)],
        )
        for i in range(n_entities)
    ]
    articles = [
        ArticleRow(
            iri=f"https://w3id.org/aikg/article/{tag}-{i}",
            source=f"bench/a{i}.txt",
            published=date(2024, 1, 1) + timedelta(days=i % 700),
        )
        for i in range(n_articles)
    ]
    names = [r.name for r in relations().values() if r.extracted]
    seen: set[tuple[int, str, int]] = set()
    renamed: set[int] = set()  # entities that already are an old or a new name
    claims: list[ClaimRow] = []
    while len(claims) < n_facts:
        s, o, p = rng.randrange(n_entities), rng.randrange(n_entities), rng.choice(names)
        if s == o or (s, p, o) in seen:
            continue
        if p == "rebrands-as":
            if s in renamed or o in renamed:
                continue
            renamed.update((s, o))
        seen.add((s, p, o))
        i = len(claims)
        claims.append(
            ClaimRow(
                iri=f"https://w3id.org/aikg/claim/{tag}-{i}",
                subject=entities[s].iri,
                predicate=p,
                object=entities[o].iri,
                status="asserted",
                confidence=0.9,
                sentence=f"Bench entity {s} and bench entity {o}, generated sentence {i}.",
                article=articles[i % n_articles].iri,
                sentence_index=i % 50,
                stake=True if p == "owns" else None,
            )
        )
    return entities, articles, claims


def triples(entities: list[EntityRow], claims: list[ClaimRow]) -> Iterator[tuple[Any, Any, Any]]:
    """The same graph as plain RDF: entity types and labels, then one triple per fact."""
    for e in entities:
        yield URIRef(e.iri), RDF.type, URIRef(entity_class(e.type).iri)
        yield URIRef(e.iri), RDFS.label, Literal(e.name)
    iri = {name: URIRef(rel.iri) for name, rel in relations().items()}
    for c in claims:
        yield URIRef(c.subject), iri[c.predicate], URIRef(c.object)


def run_ours(driver: Driver, rows: tuple[Any, ...], batch_size: int) -> float:
    started = time.perf_counter()
    summary = load_rows(driver, *rows, batch_size=batch_size)
    elapsed = time.perf_counter() - started
    assert summary.claims_new == len(rows[2]), summary
    return elapsed


def run_bulk(rows: tuple[Any, ...]) -> float:
    """``kg load --full``'s path: CSV, neo4j-admin import, swap, restart, constraints."""
    started = time.perf_counter()
    summary = bulk_load(load_settings(), *rows)
    elapsed = time.perf_counter() - started
    assert summary.claims_new == len(rows[2]), summary
    return elapsed


def run_in_place(driver: Driver, rows: tuple[Any, ...], how: str) -> dict[str, float]:
    """The bulk CSV files loaded into the running server, by APOC or LOAD CSV; seconds per phase.

    No restart; timed cold, like the bulk path (in_place_loads.py says what is left out).
    """
    started = time.perf_counter()
    out = load_settings().neo4j_home / "import" / "bench"
    shutil.rmtree(out, ignore_errors=True)
    written = write_csv(out, *rows, bulk=True)
    readable_by_server(written)
    wrote = time.perf_counter()
    (apoc_import if how == "apoc" else load_csv)(driver, written, "file:///bench")
    loaded = time.perf_counter()
    shutil.rmtree(out, ignore_errors=True)
    return {"csv": wrote - started, "load": loaded - wrote, "total": loaded - started}


def run_rdflib_neo4j(uri: str, user: str, password: str, rows: tuple[Any, ...]) -> float:
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

    config = Neo4jStoreConfig(
        auth_data={"uri": uri, "database": "neo4j", "user": user, "pwd": password},
        custom_prefixes={"kg": str(KG)},
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE,
        batching=True,
        batch_size=5000,
    )
    started = time.perf_counter()
    graph = Graph(store=Neo4jStore(config=config))
    for triple in triples(rows[0], rows[2]):
        graph.add(triple)
    graph.close(True)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated fact counts")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size and loader")
    parser.add_argument("--batch-size", type=int, default=10000)
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--pagecache", default="2g")
    parser.add_argument(
        "--paths",
        default="cypher,bulk,rdflib",
        help="which loads to time (comma-separated; also apoc, loadcsv: in_place_loads.py)",
    )
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    paths = set(args.paths.split(","))
    info = session_server(heap=args.heap, pagecache=args.pagecache)
    if "apoc" in paths:  # in the scratch server's plugins, used from its next (re)start
        install_apoc(info.home, info.home / "lib" / "apoc")
    results: list[dict[str, Any]] = []
    warm = generate(min(20000, max(sizes)), seed=2, tag="warm-up")
    try:
        for n in sizes:
            rows = generate(n)
            timings: dict[str, list[float]] = {name: [] for name in _LOADERS}
            for _ in range(args.repeats):
                # Each loader gets a fresh database on a restarted server; the Cypher
                # loaders are warmed up by a small load of other rows (compiles their
                # queries) that is then deleted. The bulk path runs cold, as `kg load
                # --full` would.
                uri, user, password = connection(load_settings())
                if "cypher" in paths:
                    reset_session_database()
                    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
                        run_ours(driver, warm, args.batch_size)
                        wipe(driver)
                        timings["cypher"].append(run_ours(driver, rows, args.batch_size))
                    print(f"{n:>9} facts  ours, Cypher  {timings['cypher'][-1]:8.1f} s", flush=True)
                if "bulk" in paths:
                    reset_session_database()
                    timings["bulk"].append(run_bulk(rows))
                    print(f"{n:>9} facts  ours, bulk    {timings['bulk'][-1]:8.1f} s", flush=True)
                for how in ("apoc", "loadcsv"):
                    if how in paths:
                        reset_session_database()
                        with GraphDatabase.driver(uri, auth=(user, password)) as driver:
                            phases = run_in_place(driver, rows, how)
                        timings[how].append(phases["total"])
                        spent = "  ".join(f"{k} {v:.1f}" for k, v in phases.items())
                        line = f"{n:>9} facts  {how:<13} {phases['total']:8.1f} s  ({spent})"
                        print(line, flush=True)
                if "rdflib" in paths:
                    reset_session_database()
                    run_rdflib_neo4j(uri, user, password, warm)
                    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
                        wipe(driver)
                    timings["rdflib"].append(run_rdflib_neo4j(uri, user, password, rows))
                    print(f"{n:>9} facts  rdflib-neo4j  {timings['rdflib'][-1]:8.1f} s", flush=True)
            row: dict[str, Any] = {"facts": n, "load_average": os.getloadavg()}
            for name, runs in timings.items():
                if runs:
                    row[f"{name}_s"] = statistics.median(runs)
                    row[f"{name}_runs"] = runs
                    row[f"{name}_facts_per_s"] = n / row[f"{name}_s"]
            for name in _LOADERS[:-1]:
                if timings["rdflib"] and timings[name]:
                    row[f"{name}_ratio"] = row["rdflib_s"] / row[f"{name}_s"]
            results.append(row)
    finally:
        stop_session_server()
    print(f"\nmedians of {args.repeats} run(s), batch {args.batch_size}, {platform.node()}:")
    shown = [name for name in _LOADERS if any(r.get(f"{name}_s") for r in results)]
    header = ["facts"] + [f"{name} {unit}" for name in shown for unit in ("s", "f/s")]
    header += [f"{name} x" for name in shown if name != "rdflib"]
    print(" ".join(f"{h:>10}" for h in (*header, "load avg")))
    nan = float("nan")
    for r in results:
        cells = [f"{r['facts']:>10}"]
        for name in shown:
            cells += [
                f"{r.get(name + '_s', nan):>10.1f}",
                f"{r.get(name + '_facts_per_s', nan):>10.0f}",
            ]
        cells += [f"{r.get(name + '_ratio', nan):>10.2f}" for name in shown if name != "rdflib"]
        cells.append(f"{'/'.join(f'{x:.1f}' for x in r['load_average']):>10}")
        print(" ".join(cells))
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"repeats": args.repeats, "results": results}, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
