"""competitor-compute on hand-built graphs: each rule of the question has a case."""

from __future__ import annotations

from datetime import date

import pytest
from question_graphs import StoreMaker, article, claim

from ingest.models import Entity
from ontology import UnknownEntityError
from queries import CompetitorCompute, ask


def pairs(answers: list[CompetitorCompute]) -> set[tuple[str, str, str]]:
    return {(a.lab, a.provider, a.competitor) for a in answers}


def test_a_rival_that_is_the_provider(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Teal Compute", "rents-capacity-to", "Nimbus Labs"),
            claim("Nimbus Labs", "competes-with", "Corvid Cloud"),
            published=date(2025, 3, 1),
        )
    )
    answers = ask("competitor-compute", store)
    assert pairs(answers) == {("Nimbus Labs", "Corvid Cloud", "Corvid Cloud")}


def test_rivalry_is_read_both_ways(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Corvid Cloud", "competes-with", "Nimbus Labs"),
        )
    )
    assert pairs(ask("competitor-compute", store)) == {
        ("Nimbus Labs", "Corvid Cloud", "Corvid Cloud")
    }


def test_a_rival_two_owners_up(make_store: StoreMaker) -> None:
    store = make_store(
        article("a1.txt", claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs")),
        article(
            "a2.txt",
            claim("Helix Holdings", "owns", "Corvid Cloud"),
            claim("Orbital Group", "owns", "Helix Holdings"),
        ),
        article("a3.txt", claim("Orbital Group", "competes-with", "Nimbus Labs")),
    )
    assert pairs(ask("competitor-compute", store)) == {
        ("Nimbus Labs", "Corvid Cloud", "Orbital Group")
    }


def test_a_stake_confers_no_control(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Orbital Group", "owns", "Corvid Cloud", stake=True, share=0.14),
            claim("Orbital Group", "competes-with", "Nimbus Labs"),
        )
    )
    assert ask("competitor-compute", store) == []


def test_one_non_stake_statement_is_enough_for_control(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Orbital Group", "owns", "Corvid Cloud", stake=True),
            claim("Orbital Group", "competes-with", "Nimbus Labs"),
        ),
        article("a2.txt", claim("Orbital Group", "owns", "Corvid Cloud")),
    )
    assert pairs(ask("competitor-compute", store)) == {
        ("Nimbus Labs", "Corvid Cloud", "Orbital Group")
    }


def test_the_climb_stops_at_the_lab_itself(make_store: StoreMaker) -> None:
    # Nimbus rents from its own subsidiary; Nimbus's parent competes with Nimbus
    # (odd, but it would be found if the climb went on past the lab).
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Nimbus Labs", "owns", "Corvid Cloud"),
            claim("Orbital Group", "owns", "Nimbus Labs"),
            claim("Orbital Group", "competes-with", "Nimbus Labs"),
        )
    )
    assert ask("competitor-compute", store) == []


def test_renting_from_yourself_is_not_renting_from_a_rival(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Nimbus Labs", "rents-capacity-to", "Nimbus Labs"),
            claim("Nimbus Labs", "competes-with", "Corvid Cloud"),
        )
    )
    assert ask("competitor-compute", store) == []


def test_planned_and_denied_claims_do_not_count(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs", status="planned"),
            claim("Teal Compute", "rents-capacity-to", "Nimbus Labs"),
            claim("Teal Compute", "competes-with", "Nimbus Labs", status="denied"),
            claim("Corvid Cloud", "competes-with", "Nimbus Labs"),
            claim("Orbital Group", "owns", "Teal Compute", status="planned"),
            claim("Orbital Group", "competes-with", "Nimbus Labs"),
        )
    )
    assert ask("competitor-compute", store) == []


def test_reported_claims_count(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs", status="reported"),
            claim("Corvid Cloud", "competes-with", "Nimbus Labs"),
        )
    )
    (answer,) = ask("competitor-compute", store)
    assert answer.evidence[-1].status == "reported"


def test_a_rebranded_provider_is_named_by_its_current_name(make_store: StoreMaker) -> None:
    store = make_store(
        article("a1.txt", claim("Old Corvid", "rents-capacity-to", "Nimbus Labs")),
        article("a2.txt", claim("Old Corvid", "rebrands-as", "Corvid Cloud")),
        article("a3.txt", claim("Orbital Group", "owns", "Corvid Cloud")),
        article("a4.txt", claim("Orbital Group", "competes-with", "Nimbus Labs")),
    )
    assert pairs(ask("competitor-compute", store)) == {
        ("Nimbus Labs", "Corvid Cloud", "Orbital Group")
    }


def test_a_rebranded_lab_is_one_lab(make_store: StoreMaker) -> None:
    store = make_store(
        article("a1.txt", claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs")),
        article("a2.txt", claim("Nimbus Labs", "rebrands-as", "Nimbus AI")),
        article("a3.txt", claim("Corvid Cloud", "competes-with", "Nimbus AI")),
    )
    assert pairs(ask("competitor-compute", store)) == {
        ("Nimbus AI", "Corvid Cloud", "Corvid Cloud")
    }
    # The lab may be named by its former name; the answer uses the current one.
    assert pairs(ask("competitor-compute", store, lab="Nimbus Labs")) == {
        ("Nimbus AI", "Corvid Cloud", "Corvid Cloud")
    }


def test_a_rebranded_rival_is_one_rival(make_store: StoreMaker) -> None:
    store = make_store(
        article("a1.txt", claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs")),
        article("a2.txt", claim("Orbital Group", "competes-with", "Nimbus Labs")),
        article("a3.txt", claim("Orbital Group", "rebrands-as", "Orbital Holdings")),
        article("a4.txt", claim("Orbital Holdings", "owns", "Corvid Cloud")),
    )
    assert pairs(ask("competitor-compute", store)) == {
        ("Nimbus Labs", "Corvid Cloud", "Orbital Holdings")
    }


def test_the_stop_rule_sees_through_a_rebranded_lab(make_store: StoreMaker) -> None:
    store = make_store(
        article("a1.txt", claim("Corvid Cloud", "rents-capacity-to", "Nimbus AI")),
        article("a2.txt", claim("Nimbus Labs", "rebrands-as", "Nimbus AI")),
        article("a3.txt", claim("Nimbus Labs", "owns", "Corvid Cloud")),
        article("a4.txt", claim("Orbital Group", "owns", "Nimbus AI")),
        article("a5.txt", claim("Orbital Group", "competes-with", "Nimbus AI")),
    )
    assert ask("competitor-compute", store) == []


def test_evidence_names_articles_sentences_and_dates(make_store: StoreMaker) -> None:
    rent = "Corvid Cloud will host the models of Nimbus Labs in its Texas halls."
    rivalry = "Nimbus Labs and Corvid Cloud fight over the same enterprise buyers."
    store = make_store(
        article(
            "news/rent.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs", sentence=rent),
            published=date(2025, 2, 3),
        ),
        article(
            "news/rivals.txt",
            claim("Nimbus Labs", "competes-with", "Corvid Cloud", sentence=rivalry),
            published=date(2025, 1, 9),
        ),
    )
    (answer,) = ask("competitor-compute", store)
    assert [(e.relation, e.source, e.sentence, e.published, e.status) for e in answer.evidence] == [
        ("competes-with", "news/rivals.txt", rivalry, date(2025, 1, 9), "asserted"),
        ("rents-capacity-to", "news/rent.txt", rent, date(2025, 2, 3), "asserted"),
    ]


def test_lab_filter_accepts_an_alias(make_store: StoreMaker) -> None:
    store = make_store(
        article(
            "a1.txt",
            claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs"),
            claim("Corvid Cloud", "rents-capacity-to", "Pebble AI"),
            claim("Corvid Cloud", "competes-with", "Nimbus Labs"),
            claim("Corvid Cloud", "competes-with", "Pebble AI"),
            entities=(Entity(name="Nimbus Labs", type="AILab", aliases=("the cloud-poet lab",)),),
        )
    )
    assert pairs(ask("competitor-compute", store, lab="the cloud-poet lab")) == {
        ("Nimbus Labs", "Corvid Cloud", "Corvid Cloud")
    }
    assert len(ask("competitor-compute", store)) == 2


def test_an_unknown_lab_suggests_close_names(make_store: StoreMaker) -> None:
    store = make_store(article("a1.txt", claim("Corvid Cloud", "rents-capacity-to", "Nimbus Labs")))
    with pytest.raises(UnknownEntityError) as caught:
        ask("competitor-compute", store, lab="Nimbus Lab")
    assert caught.value.suggestions[0] == "Nimbus Labs"
    assert "Nimbus Labs" in str(caught.value)
