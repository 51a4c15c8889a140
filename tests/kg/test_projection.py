"""The networkx projection: one edge per fact, evidence aggregated, subgraphs by name."""

from datetime import date

import pytest

from ingest.extract.base import Extraction
from ingest.models import Claim, Document, Entity
from ingest.rdf import document_graph
from kg.projection import from_store
from kg.stores.embedded import EmbeddedStore
from ontology import UnknownEntityError

TYPES = {
    "Vela Labs": "AILab",
    "Orion AI": "AILab",
    "Northwind Cloud": "CloudProvider",
    "Kestrel Chips": "ChipMaker",
    "Halcyon Capital": "Investor",
    "Vela-2": "AIModel",
}


def article(text, published, *claims, entities=()):
    doc = Document(source=f"news/{text[:12]}.txt", text=text, title=text[:20], published=published)
    found = tuple(
        Claim(
            subject=s, predicate=p, object=o, status=status, confidence=conf, source=doc.source,
            sentence=sentence, sentence_index=i, published=published, subject_type=TYPES[s],
            object_type=TYPES[o], **extra,
        )
        for i, (s, p, o, status, conf, sentence, extra) in enumerate(claims)
    )  # fmt: skip
    return document_graph(doc, Extraction(claims=found, entities=tuple(entities)))


def sample_articles():
    return [
        article(
            "Northwind Cloud rents GPUs to Vela Labs. Vela Labs competes with Orion AI. "
            "Orion AI holds a 40% stake in Kestrel Chips.",
            date(2026, 1, 5),
            ("Northwind Cloud", "rents-capacity-to", "Vela Labs", "asserted", 0.8,
             "Northwind Cloud rents GPUs to Vela Labs.", {}),
            ("Vela Labs", "competes-with", "Orion AI", "asserted", 0.7,
             "Vela Labs competes with Orion AI.", {}),
            ("Orion AI", "owns", "Kestrel Chips", "asserted", 0.9,
             "Orion AI holds a 40% stake in Kestrel Chips.", {"stake": True, "share": 0.4}),
        ),
        article(
            "Vela Labs, the Vela maker, reportedly uses Northwind Cloud servers; Orion AI is its "
            "rival. Halcyon Capital owns Northwind Cloud. Vela Labs plans to rent from Orion AI.",
            date(2026, 2, 10),
            ("Northwind Cloud", "rents-capacity-to", "Vela Labs", "reported", 0.6,
             "Vela Labs, the Vela maker, reportedly uses Northwind Cloud servers; Orion AI is its "
             "rival.", {}),
            ("Orion AI", "competes-with", "Vela Labs", "asserted", 0.75,
             "Vela Labs, the Vela maker, reportedly uses Northwind Cloud servers; Orion AI is its "
             "rival.", {}),
            ("Halcyon Capital", "owns", "Northwind Cloud", "asserted", 0.95,
             "Halcyon Capital owns Northwind Cloud.", {}),
            ("Orion AI", "rents-capacity-to", "Vela Labs", "planned", 0.5,
             "Vela Labs plans to rent from Orion AI.", {}),
            entities=[Entity(name="Vela Labs", type="AILab", aliases=("the Vela maker",))],
        ),
        article(
            "Vela Labs develops Vela-2. Kestrel Chips denied selling capacity to Vela Labs.",
            None,
            ("Vela Labs", "develops", "Vela-2", "asserted", 0.85,
             "Vela Labs develops Vela-2.", {}),
            ("Kestrel Chips", "rents-capacity-to", "Vela Labs", "denied", 0.6,
             "Kestrel Chips denied selling capacity to Vela Labs.", {}),
        ),
    ]  # fmt: skip


def sample_store():
    store = EmbeddedStore.in_memory()
    store.add_articles(sample_articles())
    return store


@pytest.fixture(scope="module")
def projection():
    return from_store(sample_store())


def edge(projection, subject, relation, obj):
    graph = projection.graph
    return graph.edges[projection.find(subject), projection.find(obj), relation]


def test_nodes_are_entities_with_type_name_and_aliases(projection):
    graph = projection.graph
    assert graph.number_of_nodes() == 6
    vela = graph.nodes[projection.find("Vela Labs")]
    assert vela == {"name": "Vela Labs", "type": "AILab", "aliases": ["the Vela maker"]}


def test_edges_are_facts_only_one_per_triple(projection):
    relations = sorted(key for _, _, key in projection.graph.edges(keys=True))
    # planned and denied claims are not facts; two rents claims make one edge
    assert relations == ["competes-with", "develops", "owns", "owns", "rents-capacity-to"]


def test_fact_aggregates_its_claims(projection):
    rents = edge(projection, "Northwind Cloud", "rents-capacity-to", "Vela Labs")
    assert rents["statuses"] == ["asserted", "reported"]
    assert rents["confidence"] == pytest.approx(0.8)
    assert rents["first_reported"] == date(2026, 1, 5)
    assert rents["last_reported"] == date(2026, 2, 10)
    assert rents["articles"] == 2
    assert rents["neo4j_type"] == "RENTS_CAPACITY_TO"
    assert {e["status"] for e in rents["evidence"]} == {"asserted", "reported"}
    assert "Northwind Cloud rents GPUs to Vela Labs." in [e["sentence"] for e in rents["evidence"]]
    assert all(e["source"].startswith("news/") for e in rents["evidence"])


def test_symmetric_relation_is_one_edge_whichever_way_it_was_said(projection):
    competes = [d for _, _, k, d in projection.graph.edges(keys=True, data=True)
                if k == "competes-with"]  # fmt: skip
    assert len(competes) == 1
    assert competes[0]["articles"] == 2


def test_owns_says_stake_share_and_control(projection):
    stake = edge(projection, "Orion AI", "owns", "Kestrel Chips")
    assert (stake["stake"], stake["share"], stake["control"]) == (True, 0.4, False)
    parent = edge(projection, "Halcyon Capital", "owns", "Northwind Cloud")
    assert (parent["stake"], parent["share"], parent["control"]) == (False, None, True)


def test_undated_article_leaves_dates_empty(projection):
    develops = edge(projection, "Vela Labs", "develops", "Vela-2")
    assert develops["first_reported"] is None and develops["last_reported"] is None


def test_find_by_alias_any_case(projection):
    assert projection.find("THE VELA MAKER") == projection.find("Vela Labs")


def test_unknown_entity_suggests_close_names(projection):
    with pytest.raises(UnknownEntityError, match="Vela Labs"):
        projection.find("Vella Labs")


def test_ego_graph_follows_edges_either_way(projection):
    one = projection.ego("Kestrel Chips", hops=1)
    assert sorted(d["name"] for _, d in one.graph.nodes(data=True)) == ["Kestrel Chips", "Orion AI"]
    two = projection.ego("Kestrel Chips", hops=2)
    assert sorted(d["name"] for _, d in two.graph.nodes(data=True)) == [
        "Kestrel Chips", "Orion AI", "Vela Labs",
    ]  # fmt: skip
    assert two.graph.number_of_edges() == 2
    assert two.title == "Kestrel Chips and what lies within 2 facts of it"


def test_selection_keeps_claims_articles_and_quads_of_its_entities(projection):
    part = projection.ego("Halcyon Capital", hops=1)
    assert [c.predicate for c in part.claims] == ["owns"]
    # both articles that mention Northwind Cloud, but only what they say of the selection
    assert len(part.articles) == 2
    subjects = {q.subject.value for q in part.quads}
    assert projection.find("Vela Labs") not in subjects
    assert projection.find("Northwind Cloud") in subjects
    assert part.claims[0].iri in subjects


def test_zero_hops_is_the_entity_alone(projection):
    alone = projection.ego("Vela-2", hops=0)
    assert list(alone.graph.nodes) == [projection.find("Vela-2")]
    assert alone.graph.number_of_edges() == 0


def test_a_canonical_name_wins_over_another_entitys_alias():
    from kg.projection import project
    from kg.stores.rows import EntityRow

    rows = [
        EntityRow(iri="https://w3id.org/aikg/entity/a", name="Aster", type="AILab",
                  aliases=("Orion",)),
        EntityRow(iri="https://w3id.org/aikg/entity/b", name="Orion", type="AILab"),
    ]  # fmt: skip
    view = project(rows, [], [])
    assert view.find("orion") == "https://w3id.org/aikg/entity/b"
    assert view.find("Aster") == "https://w3id.org/aikg/entity/a"
