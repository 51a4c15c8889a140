"""Derived data: the closures and whole-graph rows of kg.stores.derived, and how the
embedded store keeps them (its own graph, recomputed after new articles)."""

from datetime import date

import pytest

from ingest.extract.base import Extraction
from ingest.models import Claim, Document
from ingest.rdf import document_graph
from kg.stores.derived import Facts, derive
from kg.stores.embedded import DERIVED_GRAPH, EmbeddedStore
from ontology import StoreError


def test_names_follow_rebrands_both_ways_and_current_goes_forward() -> None:
    d = derive(Facts(nodes={"old": "AILab", "mid": "AILab", "new": "AILab", "x": None},
                     rebrands={("old", "mid"), ("mid", "new")}))  # fmt: skip
    assert d.same["mid"] == ("mid", "new", "old")
    assert d.current["old"] == d.current["mid"] == d.current["new"] == ("new",)
    assert d.same["x"] == d.current["x"] == ("x",)


def test_a_rebrand_circle_keeps_each_node_its_own_current_name() -> None:
    d = derive(Facts(nodes={"a": None, "b": None}, rebrands={("a", "b"), ("b", "a")}))
    assert d.current == {"a": ("a",), "b": ("b",)}


def test_control_chain_climbs_owners_under_any_name_and_skips_nothing_else() -> None:
    d = derive(
        Facts(
            nodes={"hall": "DataCenter", "cloud": "CloudProvider", "hold": "Company"},
            rebrands={("holding-old", "hold")},
            controls={("cloud", "hall"), ("holding-old", "cloud")},
        )
    )
    assert d.chain["hall"] == ("cloud", "hall", "hold", "holding-old")
    assert d.chain["hold"] == ("hold", "holding-old")  # nothing controls the top


def test_renting_from_a_rivals_subsidiary_is_a_rival_rental_but_not_through_yourself() -> None:
    facts = Facts(
        nodes={"lab": "AILab", "rival": "AILab", "cloud": "CloudProvider", "own": "Company"},
        controls={("rival", "cloud"), ("lab", "own"), ("rival", "lab")},
        rentals={("cloud", "lab"), ("own", "lab")},
        rivalries={("lab", "rival")},
    )
    # cloud is the rival's; "own" is the lab's own subsidiary, and the chain from it to
    # the rival passes through the lab itself.
    assert derive(facts).rival_rentals == [("cloud", "lab", "rival", "lab")]


def test_sole_suppliers_and_lab_counts_count_names_after_rebrands() -> None:
    facts = Facts(
        nodes={"old": "AILab", "new": "AILab", "two": "AILab", "co": "Company",
               "c1": "CloudProvider", "c2": "CloudProvider"},
        rebrands={("old", "new")},
        rentals={("c1", "old"), ("c1", "new"), ("c1", "two"), ("c2", "two"), ("c2", "co")},
    )  # fmt: skip
    d = derive(facts)
    assert d.sole_suppliers == [("new", "c1", "c1", "new"), ("new", "c1", "c1", "old")]
    assert d.lab_counts == {"c1": 2, "c2": 1}  # "co" is no lab


def _article(text: str, *claims: tuple[str, str, str]):
    doc = Document(source=f"{text[:12]}.txt", text=text, published=date(2026, 2, 3))
    found = tuple(
        Claim(subject=s, predicate=p, object=o, confidence=0.9, source=doc.source, sentence=text)
        for s, p, o in claims
    )
    return document_graph(doc, Extraction(claims=found))


def test_the_embedded_store_recomputes_its_derived_graph_after_new_articles(tmp_path) -> None:
    rename = _article("Quill Labs is now Quillmind.", ("Quill Labs", "rebrands-as", "Quillmind"))
    lookup = (
        "PREFIX kg: <https://w3id.org/aikg/ontology#> "
        "SELECT ?node ?current WHERE { ?node kg:currentEntity ?current }"
    )
    with EmbeddedStore.open(tmp_path / "s") as store:
        rental = ("Ember Cloud", "rents-capacity-to", "Quill Labs")
        store.add_articles([_article("Quill Labs rents from Ember Cloud.", rental)])
        before = {r["node"].rsplit("/", 1)[1]: r["current"] for r in store.run(lookup)}
        assert before["quill-labs"].endswith("/quill-labs")
        store.add_articles([rename])
        after = {r["node"].rsplit("/", 1)[1]: r["current"] for r in store.run(lookup)}
        assert after["quill-labs"].endswith("/quillmind")
        assert all(q.graph_name != DERIVED_GRAPH for q in store.dataset())  # never exported


def test_a_store_without_derived_data_asks_for_an_ingest_when_read_only(tmp_path) -> None:
    with EmbeddedStore.open(tmp_path / "s") as store:
        store.add_articles(
            [_article("Vela competes with Orion.", ("Vela", "competes-with", "Orion"))]
        )
        store._store.remove_graph(DERIVED_GRAPH)  # as a store written by older code
        store._derived_stale = False
    with pytest.raises(StoreError, match="kg ingest"):
        EmbeddedStore.open(tmp_path / "s", read_only=True)
    EmbeddedStore.open(tmp_path / "s").close()  # a writable open recomputes it
    with EmbeddedStore.open(tmp_path / "s", read_only=True) as store:
        assert store.run("SELECT ?s WHERE { GRAPH <https://w3id.org/aikg/derived> { ?s ?p ?o } }")
