"""The other questions, on one small made-up industry (see ``industry``)."""

from __future__ import annotations

from datetime import date

import pytest
from question_graphs import StoreMaker, article, claim

from ingest.models import Entity
from kg.stores.embedded import EmbeddedStore
from ontology import QueryError, UnknownEntityError
from queries import ask


@pytest.fixture
def industry(make_store: StoreMaker) -> EmbeddedStore:
    """Made-up companies:

    Titan controls Helix (60%), which controls Corvid Cloud, which owns the Texas Hall
    data centre; Orbital holds a 20% stake in Helix. Corvid rents to Nimbus Labs (since
    renamed Nimbus AI, alias "NL"); Teal rents to Nimbus Cloud (a Nimbus subsidiary) and
    to Pebble. Helix competes with Nimbus. Corvid's deal with Pebble was denied.
    """
    return make_store(
        article(
            "wire/one.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Helix", "owns", "Corvid Cloud"),
            claim("Corvid Cloud", "owns", "Texas Hall", object_type="DataCenter"),
            claim("Orbital", "owns", "Helix", stake=True, share=0.2),
            claim("Titan", "owns", "Helix", share=0.6),
            published=date(2025, 1, 2),
            entities=(Entity(name="Nimbus Labs", type="AILab", aliases=("NL",)),),
        ),
        article(
            "wire/two.txt",
            claim("Helix", "competes-with", "Nimbus Labs"),
            claim("Nimbus Labs", "rebrands-as", "Nimbus AI"),
            claim("Nimbus AI", "owns", "Nimbus Cloud"),
            claim("Teal", "rents-capacity-to", "Nimbus Cloud"),
            claim("Teal", "rents-capacity-to", "Pebble", object_type="AILab"),
            claim("Corvid Cloud", "rents-capacity-to", "Pebble", status="denied"),
            published=date(2025, 2, 2),
        ),
    )


def test_compute_suppliers_direct_and_through_a_subsidiary(industry: EmbeddedStore) -> None:
    answers = ask("compute-suppliers", industry, entity="Nimbus Labs")
    assert [(a.entity, a.supplier, a.recipient, a.via, a.facilities) for a in answers] == [
        ("Nimbus AI", "Corvid Cloud", "Nimbus AI", "itself", ["Texas Hall"]),
        ("Nimbus AI", "Teal", "Nimbus Cloud", "subsidiary", []),
    ]
    assert answers[0].evidence[0].source == "wire/one.txt"


def test_compute_suppliers_through_an_owner(industry: EmbeddedStore) -> None:
    answers = ask("compute-suppliers", industry, entity="Nimbus Cloud")
    assert {(a.supplier, a.recipient, a.via) for a in answers} == {
        ("Teal", "Nimbus Cloud", "itself"),
        ("Corvid Cloud", "Nimbus AI", "owner"),
    }


def test_customers_of_a_parent_include_its_subsidiaries_customers(
    industry: EmbeddedStore,
) -> None:
    answers = ask("customers", industry, entity="Titan")
    assert [(a.customer, a.provider) for a in answers] == [("Nimbus AI", "Corvid Cloud")]
    # The denied deal with Pebble is not a customer.
    assert [a.customer for a in ask("customers", industry, entity="Corvid Cloud")] == ["Nimbus AI"]


def test_ownership_up_and_down(industry: EmbeddedStore) -> None:
    answers = ask("ownership", industry, entity="Corvid Cloud")
    got = [(a.side, a.depth, a.owner, a.owned, a.stake, a.share) for a in answers]
    assert got == [
        ("up", 1, "Helix", "Corvid Cloud", False, None),
        ("up", 2, "Orbital", "Helix", True, 0.2),
        ("up", 2, "Titan", "Helix", False, 0.6),
        ("down", 1, "Corvid Cloud", "Texas Hall", False, None),
    ]
    assert answers[-1].owned_type == "DataCenter"


def test_competitors_under_any_name(industry: EmbeddedStore) -> None:
    for name in ("Nimbus AI", "Nimbus Labs", "NL"):
        answers = ask("competitors", industry, entity=name)
        assert [(a.entity, a.competitor) for a in answers] == [("Nimbus AI", "Helix")]
    # competes-with is read both ways.
    assert [a.competitor for a in ask("competitors", industry, entity="Helix")] == ["Nimbus AI"]


def test_names_current_first_then_former_then_aliases(industry: EmbeddedStore) -> None:
    answers = ask("names", industry, entity="NL")
    assert [(a.name, a.kind, a.renamed_to) for a in answers] == [
        ("Nimbus AI", "current", None),
        ("Nimbus Labs", "former", "Nimbus AI"),
        ("NL", "alias", None),
    ]
    assert answers[1].evidence[0].sentence == "Nimbus Labs is renaming itself Nimbus AI."


def test_names_follow_a_chain_of_rebrands(make_store: StoreMaker) -> None:
    store = make_store(
        article("a.txt", claim("Alpha", "rebrands-as", "Beta")),
        article("b.txt", claim("Beta", "rebrands-as", "Gamma")),
    )
    assert [(a.name, a.kind) for a in ask("names", store, entity="Alpha")] == [
        ("Gamma", "current"),
        ("Beta", "former"),
        ("Alpha", "former"),
    ]


def test_single_supplier(industry: EmbeddedStore, make_store: StoreMaker) -> None:
    answers = ask("single-supplier", industry)
    assert [(a.lab, a.supplier) for a in answers] == [
        ("Nimbus AI", "Corvid Cloud"),
        ("Pebble", "Teal"),
    ]
    two = make_store(
        article(
            "a.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Pebble", object_type="AILab"),
            claim("Teal", "rents-capacity-to", "Pebble"),
        )
    )
    assert ask("single-supplier", two) == []
    assert [a.lab for a in ask("single-supplier", industry, limit=1)] == ["Nimbus AI"]


def test_supplier_concentration_ranks_by_labs(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a.txt",
            claim("Teal", "rents-capacity-to", "Pebble", object_type="AILab"),
            claim("Teal", "rents-capacity-to", "Nimbus", object_type="AILab"),
            claim("Corvid", "rents-capacity-to", "Pebble"),
            claim("Violet", "rents-capacity-to", "Nimbus"),
            claim("Violet", "rents-capacity-to", "Acme Bank", object_type="Company"),
        )
    )
    answers = ask("supplier-concentration", store)
    assert [(a.rank, a.provider, a.labs) for a in answers] == [
        (1, "Teal", 2),
        (2, "Corvid", 1),
        (2, "Violet", 1),
    ]
    top = ask("supplier-concentration", store, limit=2)
    assert [(a.rank, a.provider) for a in top] == [(1, "Teal"), (2, "Corvid")]


def test_path_is_the_shortest_chain_with_evidence(industry: EmbeddedStore) -> None:
    answers = ask("path", industry, start="Pebble", end="Helix")
    assert [(a.subject, a.relation, a.object) for a in answers] == [
        ("Teal", "rents-capacity-to", "Pebble"),
        ("Teal", "rents-capacity-to", "Nimbus Cloud"),
        ("Nimbus AI", "owns", "Nimbus Cloud"),
        ("Nimbus Labs", "rebrands-as", "Nimbus AI"),
        ("Helix", "competes-with", "Nimbus Labs"),
    ]
    assert all(step.evidence for step in answers)
    assert ask("path", industry, start="Helix", end="Helix") == []


def test_path_too_long_is_an_error(industry: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="at most 2 facts"):
        ask("path", industry, start="Pebble", end="Helix", max_steps=2)


def test_evidence_lists_every_status(industry: EmbeddedStore) -> None:
    answers = ask(
        "evidence", industry, subject="Corvid Cloud", relation="rents-capacity-to", object="Pebble"
    )
    assert [(a.status, a.source, a.published) for a in answers] == [
        ("denied", "wire/two.txt", date(2025, 2, 2))
    ]


def test_evidence_reads_symmetric_relations_both_ways(industry: EmbeddedStore) -> None:
    answers = ask("evidence", industry, subject="NL", relation="competes-with", object="Helix")
    assert [a.sentence for a in answers] == ["Helix competes with Nimbus Labs."]


def test_evidence_rejects_an_unknown_relation(industry: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="rents-capacity-to"):
        ask("evidence", industry, subject="Teal", relation="rents-capacity", object="Pebble")


def test_timeline_in_article_order(industry: EmbeddedStore) -> None:
    answers = ask("timeline", industry)
    assert [a.published for a in answers] == [date(2025, 1, 2)] * 5 + [date(2025, 2, 2)] * 5
    assert "denied" not in {a.status for a in answers}


def test_timeline_since_and_entity(industry: EmbeddedStore) -> None:
    since = ask("timeline", industry, since=date(2025, 2, 1))
    assert {a.source for a in since} == {"wire/two.txt"}
    teal = ask("timeline", industry, entity="Teal", since="2025-01-01")
    assert [(a.subject, a.object) for a in teal] == [("Teal", "Nimbus Cloud"), ("Teal", "Pebble")]
    assert ask("timeline", industry, since=date(2026, 1, 1)) == []


def test_timeline_rejects_a_bad_date(industry: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        ask("timeline", industry, since="last week")


def test_entity_profile(industry: EmbeddedStore) -> None:
    (profile,) = ask("entity", industry, entity="Nimbus Labs")
    assert profile.name == "Nimbus AI"
    assert profile.type == "AILab"
    assert profile.names == ["Nimbus AI", "Nimbus Labs", "NL"]
    assert {
        rel: [(f.direction, f.other) for f in facts] for rel, facts in profile.facts.items()
    } == {
        "competes-with": [("in", "Helix")],
        "owns": [("out", "Nimbus Cloud")],
        "rents-capacity-to": [("in", "Corvid Cloud")],
    }


def test_entity_profile_marks_stakes(industry: EmbeddedStore) -> None:
    (profile,) = ask("entity", industry, entity="Helix")
    owners = {(f.direction, f.other, f.stake) for f in profile.facts["owns"]}
    assert owners == {
        ("in", "Orbital", True),
        ("in", "Titan", False),
        ("out", "Corvid Cloud", False),
    }


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("compute-suppliers", {"entity": "Nimbus Lbs"}),
        ("customers", {"entity": "Corvid Clod"}),
        ("path", {"start": "Pebble", "end": "Tital"}),
    ],
)
def test_unknown_names_are_errors_with_suggestions(
    industry: EmbeddedStore, name: str, params: dict[str, str]
) -> None:
    with pytest.raises(UnknownEntityError, match="did you mean"):
        ask(name, industry, **params)


def test_names_match_loosely(industry: EmbeddedStore) -> None:
    assert ask("competitors", industry, entity="  helix  inc.")[0].entity == "Helix"


def test_unknown_question_and_parameter(industry: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="known questions"):
        ask("who-wins", industry)
    with pytest.raises(QueryError, match="no parameter"):
        ask("customers", industry, entity="Teal", since="2025-01-01")
    with pytest.raises(QueryError, match="needs a value"):
        ask("customers", industry)


def test_ownership_survives_a_cycle(make_store: StoreMaker) -> None:
    # Extractors do produce cycles; the entity's own holding must not show up as an owner.
    store = make_store(
        article("a.txt", claim("Alpha", "owns", "Beta"), claim("Beta", "owns", "Alpha"))
    )
    answers = ask("ownership", store, entity="Alpha")
    assert [(a.side, a.depth, a.owner, a.owned) for a in answers] == [
        ("up", 1, "Beta", "Alpha"),
        ("down", 1, "Alpha", "Beta"),
    ]
