"""How fast every question answers on generated graphs of growing size, on both stores.

    python benchmarks/bench_queries.py                       # 10k, 100k and 1M facts, both stores
    python benchmarks/bench_queries.py --sizes 10k --backends embedded --repeat 3

For each size a synthetic industry is generated (labs, clouds, data centres,
holding companies, investors; rents-capacity-to, control chains, stakes,
rivalries, products, places, rebrands), deterministically from ``--seed``. It
is bulk-loaded into an embedded store (N-Quads in the RDF model of
docs/architecture.md, then the store's derived graph) and, with the project's
loader (which writes Neo4j's derived data at its end), into a scratch Neo4j
server that the benchmark starts on a free port (``kg.neo4j.testing``; never
the user's own database). Each question is asked once to warm up, then
``--repeat`` times; the median is reported with its growth from the previous
size and the number of answers, since a question should grow no faster than
its answer. Goal: every question under 200 ms at 1M facts on Neo4j and under
1 s on the embedded store.

Last run (README, "Measuring": the table, the load average): at 1M facts every
question answers in under 210 ms on the embedded store and, but for ``path``
(230 ms), under 200 ms on Neo4j; none grows faster than its answer.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from ingest.rdf import entity_iri  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402
from kg.stores.rows import ArticleRow, ClaimRow, EntityRow  # noqa: E402
from ontology import ARTICLE, CLAIM, FACT_STATUSES, KG, entity_class, relation  # noqa: E402
from queries import ask, questions  # noqa: E402

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
CLAIMS_PER_ARTICLE = 10


# ---------------------------------------------------------------- the generated graph


@dataclass
class Generated:
    """A generated graph as rows, plus good arguments for each question."""

    facts: int
    entities: list[EntityRow]
    articles: list[ArticleRow]
    claims: list[ClaimRow]
    arguments: dict[str, dict[str, Any]] = field(default_factory=dict)


def generate(facts: int, seed: int = 1) -> Generated:
    """A synthetic industry with ``facts`` distinct facts (derived controls not counted).

    It has the shape of a real industry, which the questions' cost depends on:
    control (``owns`` without a stake) forms a forest, each entity having at most
    one controlling parent, while any number of investors may hold stakes in it;
    rebrand chains are one step long; a few big clouds rent to many labs. A random
    DAG of control, which no real industry has, makes every "controlled by, any
    depth" closure explode and measures that instead of the questions.
    """
    rng = random.Random(seed)
    scale = max(facts, 1000)
    pools = {
        "lab": ("AILab", "Lab", scale // 20),
        "cloud": ("CloudProvider", "Cloud", max(20, scale // 100)),
        "holding": ("Company", "Holding", max(20, scale // 50)),
        "investor": ("Investor", "Fund", max(20, scale // 100)),
        "dc": ("DataCenter", "Campus", scale // 25),
        "model": ("AIModel", "Model", scale // 20),
        "place": ("Place", "Region", max(50, scale // 1000)),
    }
    names: dict[str, list[str]] = {
        role: [f"{prefix} {i:07d}" for i in range(count)]
        for role, (_, prefix, count) in pools.items()
    }
    types = {name: pools[role][0] for role, group in names.items() for name in group}
    aliases: dict[str, tuple[str, ...]] = {
        name: (f"the {name.split()[1]} lab",) for name in names["lab"] if rng.random() < 0.1
    }
    old_names: dict[str, str] = {}  # current name -> former name
    for name in rng.sample(names["lab"], len(names["lab"]) // 50):
        old = name.replace("Lab", "Formerly", 1)
        old_names[name] = old
        types[old] = "AILab"
    # Control: a parent always comes earlier in this order, so there are no cycles.
    order = {
        n: i for i, n in enumerate(names["holding"] + names["cloud"] + names["lab"] + names["dc"])
    }
    clouds = names["cloud"]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(clouds))]  # a few big clouds
    cumulative = list(itertools.accumulate(weights))  # what choices() would sum per call

    def pick(role: str) -> str:
        return rng.choice(names[role])

    def maybe_old(name: str) -> str:
        return old_names.get(name, name) if rng.random() < 0.3 else name

    seen: set[tuple[str, str, str]] = set()
    controller: dict[str, str] = {}  # owned -> its one controlling owner (a forest)
    stated: list[tuple[str, str, str, bool | None, float | None]] = []
    for old, new in ((o, n) for n, o in old_names.items()):
        seen.add((old, "rebrands-as", new))
        stated.append((old, "rebrands-as", new, None, None))
    while len(seen) < facts:
        roll = rng.random()
        stake: bool | None = None
        share: float | None = None
        if roll < 0.30:
            big = rng.random() < 0.8
            provider = rng.choices(clouds, cum_weights=cumulative)[0] if big else pick("dc")
            fact = (provider, "rents-capacity-to", maybe_old(pick("lab")))
        elif roll < 0.40:
            child_role = rng.choice(("holding", "cloud", "lab", "dc", "dc"))
            child = pick(child_role)
            parent_role = {"holding": "holding", "cloud": "holding", "lab": "holding"}.get(
                child_role, rng.choice(("cloud", "lab"))
            )
            parent = pick(parent_role)
            if order[parent] >= order[child] or child in controller:
                continue
            controller[child] = parent
            fact = (parent, "owns", child)
            share = round(rng.uniform(0.5, 1.0), 2) if rng.random() < 0.3 else None
        elif roll < 0.50:
            fact = (pick("investor"), "owns", rng.choice((pick("lab"), pick("cloud"))))
            stake, share = True, round(rng.uniform(0.01, 0.3), 2)
        elif roll < 0.75:
            a, b = pick("lab"), rng.choice((pick("lab"), pick("lab"), pick("cloud")))
            if a == b:
                continue
            fact = (maybe_old(a), "competes-with", b)
        elif roll < 0.90:
            fact = (pick("lab"), "develops", pick("model"))
        else:
            fact = (pick("dc"), "located-in", pick("place"))
        if fact in seen or (fact[2], fact[1], fact[0]) in seen:
            continue
        seen.add(fact)
        stated.append((*fact, stake, share))

    entity_rows = [
        EntityRow(iri=str(entity_iri(n)), name=n, type=t, aliases=aliases.get(n, ()))
        for n, t in sorted(types.items())
    ]
    # Claims: one per fact, a second one for 10% of facts, planned/denied ones for 5%.
    claim_specs: list[tuple[str, str, str, str, bool | None, float | None]] = []
    for s, p, o, stake, share in stated:
        claim_specs.append((s, p, o, "asserted", stake, share))
        if rng.random() < 0.1:
            claim_specs.append((s, p, o, "reported", stake, share))
    for s, p, _o, _, _ in rng.sample(stated, len(stated) // 20):
        if p == "rents-capacity-to":
            claim_specs.append((s, p, pick("lab"), rng.choice(("planned", "denied")), None, None))
    rng.shuffle(claim_specs)
    articles: list[ArticleRow] = []
    claims: list[ClaimRow] = []
    start = date(2019, 1, 1)
    for index, (s, p, o, status, stake, share) in enumerate(claim_specs):
        if index % CLAIMS_PER_ARTICLE == 0:
            number = index // CLAIMS_PER_ARTICLE
            articles.append(
                ArticleRow(
                    iri=str(ARTICLE[f"bench-{seed}-{number:08d}"]),
                    source=f"bench/{number:08d}.txt",
                    title=f"Generated article {number}",
                    published=start + timedelta(days=rng.randrange(2500)),
                )
            )
        claims.append(
            ClaimRow(
                iri=str(CLAIM[f"bench-{seed}-{index:09d}"]),
                subject=str(entity_iri(s)),
                predicate=p,
                object=str(entity_iri(o)),
                status=status,
                confidence=0.9,
                sentence=f"{s} {p.replace('-', ' ')} {o} ({index}).",
                article=articles[-1].iri,
                sentence_index=index % CLAIMS_PER_ARTICLE,
                stake=stake,
                share=share,
                extractor="bench",
            )
        )
    graph = Generated(facts=len(seen), entities=entity_rows, articles=articles, claims=claims)
    graph.arguments = _arguments(rng, names, old_names, stated)
    return graph


def _arguments(
    rng: random.Random,
    names: dict[str, list[str]],
    old_names: dict[str, str],
    stated: list[tuple[str, str, str, bool | None, float | None]],
) -> dict[str, dict[str, Any]]:
    """Typical arguments: a lab, a cloud, a data centre, a rebranded lab, a known fact."""
    rents = [f for f in stated if f[1] == "rents-capacity-to"]
    lab = rents[len(rents) // 2][2]
    cloud = names["cloud"][len(names["cloud"]) // 3]
    dc = next(f[2] for f in stated if f[1] == "owns" and f[2].startswith("Campus"))
    renamed = sorted(old_names)[0] if old_names else lab
    fact = rents[len(rents) // 3]
    return {
        "competitor-compute": {},
        "compute-suppliers": {"entity": lab},
        "customers": {"entity": cloud},
        "ownership": {"entity": dc},
        "competitors": {"entity": lab},
        "names": {"entity": old_names.get(renamed, renamed)},
        "single-supplier": {},
        "supplier-concentration": {},
        "path": {"start": lab, "end": rng.choice(names["lab"])},
        "evidence": {"subject": fact[0], "relation": fact[1], "object": fact[2]},
        "timeline": {"entity": lab, "since": date(2022, 1, 1)},
        "entity": {"entity": cloud},
    }


# ---------------------------------------------------------------- loading


def _iri(value: str) -> str:
    return f"<{value}>"


def _text(value: str, datatype: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"' + (f"^^<{datatype}>" if datatype else "")


def nquads(graph: Generated) -> Iterator[str]:
    """The graph in the RDF model of ``ingest.rdf`` (one named graph per article)."""
    entities = {e.iri: e for e in graph.entities}
    by_article: dict[str, list[ClaimRow]] = {}
    for claim in graph.claims:
        by_article.setdefault(claim.article, []).append(claim)
    controls = relation("controls").iri
    for art in graph.articles:
        g = _iri(art.iri)
        a = _iri(art.iri)
        yield f"{a} <{RDF}type> <{KG.Article}> {g} .\n"
        yield f"{a} <{KG.source}> {_text(art.source)} {g} .\n"
        yield f"{a} <{KG.contentHash}> {_text(art.iri.rsplit('/', 1)[-1])} {g} .\n"
        if art.title:
            yield f"{a} <{DCT}title> {_text(art.title)} {g} .\n"
        if art.published:
            yield f"{a} <{KG.published}> {_text(art.published.isoformat(), XSD + 'date')} {g} .\n"
        mentioned = {c.subject for c in by_article[art.iri]} | {
            c.object for c in by_article[art.iri]
        }
        for iri in sorted(mentioned):
            e = entities[iri]
            yield f"{_iri(iri)} <{RDF}type> <{entity_class(e.type).iri}> {g} .\n"
            yield f"{_iri(iri)} <{RDFS}label> {_text(e.name)} {g} .\n"
            for alias in e.aliases:
                yield f"{_iri(iri)} <{KG.alias}> {_text(alias)} {g} .\n"
        for c in by_article[art.iri]:
            node = _iri(c.iri)
            predicate = relation(c.predicate).iri
            yield f"{node} <{RDF}type> <{KG.Claim}> {g} .\n"
            yield f"{node} <{RDF}subject> {_iri(c.subject)} {g} .\n"
            yield f"{node} <{RDF}predicate> <{predicate}> {g} .\n"
            yield f"{node} <{RDF}object> {_iri(c.object)} {g} .\n"
            yield f"{node} <{KG.status}> {_text(c.status)} {g} .\n"
            yield f"{node} <{KG.confidence}> {_text(str(c.confidence), XSD + 'decimal')} {g} .\n"
            yield f"{node} <{KG.sentence}> {_text(c.sentence)} {g} .\n"
            yield f"{node} <{KG.article}> {a} {g} .\n"
            yield f"{node} <{KG.extractor}> {_text(c.extractor or 'bench')} {g} .\n"
            if c.sentence_index is not None:
                index = _text(str(c.sentence_index), XSD + "integer")
                yield f"{node} <{KG.sentenceIndex}> {index} {g} .\n"
            if c.stake is not None:
                yield f"{node} <{KG.stake}> {_text(str(c.stake).lower(), XSD + 'boolean')} {g} .\n"
            if c.share is not None:
                yield f"{node} <{KG.share}> {_text(str(c.share), XSD + 'decimal')} {g} .\n"
            if c.status in FACT_STATUSES:
                yield f"{_iri(c.subject)} <{predicate}> {_iri(c.object)} {g} .\n"
                if c.predicate == "owns" and not c.stake:
                    yield f"{_iri(c.subject)} <{controls}> {_iri(c.object)} {g} .\n"


def load_embedded(graph: Generated, folder: Path) -> EmbeddedStore:
    """Bulk-load ``graph`` into a fresh embedded store in ``folder`` (reused if complete)."""
    done = folder / ".complete"
    if not done.exists():
        if folder.exists():
            import shutil

            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        dump = folder.with_suffix(".nq")
        with dump.open("w", encoding="utf-8") as out:
            out.writelines(nquads(graph))
        store = ox.Store(str(folder))
        store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        dump.unlink()
        done.write_text("ok\n")
    EmbeddedStore.open(folder).close()  # adds the ontology and (if not current) derived graphs
    return EmbeddedStore.open(folder, read_only=True)


def load_neo4j(graph: Generated) -> Any:
    """Load ``graph`` into a scratch Neo4j server, wiped first, with the project's loader."""
    from kg.config import load_settings
    from kg.neo4j.testing import session_server
    from kg.stores.neo4j_load import load_rows
    from kg.stores.neo4j_store import Neo4jStore, connect

    session_server(heap="2g", pagecache="1g")  # a scratch server: never the user's database
    settings = load_settings()
    driver = connect(settings)
    try:
        load_rows(
            driver,
            graph.entities,
            graph.articles,
            graph.claims,
            database=settings.neo4j_database,
            full=True,
        )
    finally:
        driver.close()
    return Neo4jStore.from_settings(settings)


# ---------------------------------------------------------------- measuring


def measure(store: Any, name: str, params: dict[str, Any], repeat: int) -> tuple[float, int]:
    """Median milliseconds over ``repeat`` runs after one warm-up, and the answer count."""
    answers = ask(name, store, **params)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        ask(name, store, **params)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), len(answers)


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="fact counts, e.g. 10k,100k,1M")
    parser.add_argument("--backends", default="embedded,neo4j", help="embedded, neo4j or both")
    parser.add_argument("--questions", default="", help="only these questions (comma list)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per question")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/kg-bench-queries"))
    parser.add_argument("--out", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",") if s]
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    wanted = [q for q in args.questions.split(",") if q] or list(questions())
    results: list[dict[str, Any]] = []
    for size in sizes:
        started = time.perf_counter()
        graph = generate(size, args.seed)
        print(
            f"# {size:,} facts: {len(graph.entities):,} entities, {len(graph.claims):,} claims, "
            f"{len(graph.articles):,} articles (generated in {time.perf_counter() - started:.1f}s)",
            flush=True,
        )
        for backend in backends:
            started = time.perf_counter()
            if backend == "embedded":
                store = load_embedded(graph, args.work_dir / f"embedded-{size}-{args.seed}")
            else:
                store = load_neo4j(graph)
            print(f"#   {backend} loaded in {time.perf_counter() - started:.1f}s", flush=True)
            try:
                for name in wanted:
                    ms, count = measure(store, name, graph.arguments[name], args.repeat)
                    results.append(
                        {
                            "question": name,
                            "backend": backend,
                            "facts": size,
                            "ms": ms,
                            "answers": count,
                        }
                    )
                    print(
                        f"{name:24s} {backend:9s} {size:>9,} {ms:9.1f} ms  {count:6d} answers",
                        flush=True,
                    )
            finally:
                store.close()
    if "neo4j" in backends:
        from kg.neo4j.testing import stop_session_server

        stop_session_server()
    _summary(results, sizes)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))
    return 0


def _summary(results: list[dict[str, Any]], sizes: list[int]) -> None:
    """Median ms per size, its growth from the previous size, and the answer count:
    a question should grow no faster than its answer."""
    print("\nmedian ms (growth from the previous size) [answers]")
    header = f"{'question':24s} {'backend':9s}" + "".join(f"{s:>28,}" for s in sizes)
    print(header)
    keys = sorted({(r["question"], r["backend"]) for r in results})
    for question, backend in keys:
        cells, previous = [], None
        for size in sizes:
            found = [
                r
                for r in results
                if (r["question"], r["backend"], r["facts"]) == (question, backend, size)
            ]
            if not found:
                cells.append(f"{'-':>28s}")
                continue
            ms, answers = found[0]["ms"], found[0]["answers"]
            growth = f" (x{ms / previous:.1f})" if previous else ""
            cells.append(f"{ms:>12.1f}{growth:>8s}{f'[{answers}]':>8s}")
            previous = ms
        print(f"{question:24s} {backend:9s}" + "".join(cells))


if __name__ == "__main__":
    sys.exit(main())
