"""General constructions of business news the rule extractor must read.

Every sentence here is about invented companies (Quillon, Brask Labs, Tervo
Cloud...), so a rule that passes cannot lean on the names of any corpus.
"""

from __future__ import annotations

import pytest

from ingest.extract._text import split_sentences
from ingest.extract.rules import RuleExtractor
from ingest.models import Document


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def _triples(extractor: RuleExtractor, text: str) -> set[tuple[str, str, str]]:
    doc = Document(source="gen.txt", text="Headline\n\n" + text)
    return {
        (c.subject, c.predicate, c.object)
        for c in extractor.extract(doc).claims
        if c.status != "denied"
    }


def test_rent_the_capacity_of_a_named_site_with_an_appositive_to(extractor):
    got = _triples(
        extractor,
        "Brask Labs will rent the entire capacity of Halvard Campus, the data centre it owns "
        "in Oslo, to Quillon Labs, the companies said.",
    )
    assert ("Brask Labs", "rents-capacity-to", "Quillon Labs") in got
    assert ("Brask Labs", "owns", "Halvard Campus") in got


def test_relative_clause_of_taking_control(extractor):
    got = _triples(
        extractor,
        "Orrin Group, which took control of Brask Labs in 2023, said profits rose.",
    )
    assert ("Orrin Group", "owns", "Brask Labs") in got


def test_future_naming_after_a_sentence_that_opens_with_a_camel_case_name(extractor):
    got = _triples(
        extractor,
        "Orrin Group said it was renaming the lab. Brask Labs will be called Orrin Labs from May.",
    )
    assert ("Brask Labs", "rebrands-as", "Orrin Labs") in got


def test_a_sentence_may_open_with_a_camel_case_name():
    assert split_sentences("Orrin said it was renaming the lab. qBrask will be renamed.") == [
        "Orrin said it was renaming the lab.",
        "qBrask will be renamed.",
    ]


def test_was_called_is_not_a_rebrand(extractor):
    got = _triples(extractor, "Tervo Cloud was called Quillon Labs by one analyst on Monday.")
    assert not any(p == "rebrands-as" for _, p, _ in got)


def test_fronted_besides_is_not_the_antecedent_of_its(extractor):
    got = _triples(
        extractor,
        "Nimbra, a cloud provider, and Vestal, another cloud provider, are growing fast. "
        "Quillon Labs has committed $4 billion to computing. Besides Tervo, its suppliers "
        "include Nimbra and Vestal.",
    )
    assert ("Nimbra", "rents-capacity-to", "Quillon Labs") in got
    assert ("Nimbra", "rents-capacity-to", "Tervo") not in got


def test_renamed_to_a_name_the_old_one_is_an_alias_of(extractor):
    # "DeepMind" is known as an alias of "Google DeepMind": the surface keeps the old name
    got = _triples(
        extractor, "DeepMind, the lab Orrin bought in 2019, will be renamed Google DeepMind."
    )
    assert ("DeepMind", "rebrands-as", "Google DeepMind") in got


def test_a_cloud_it_plans_to_build_is_a_planned_holding(extractor):
    doc = Document(
        source="gen.txt",
        text="Headline\n\nIn May, Brask Labs announced Brask Compute, an AI cloud it plans "
        "to build.",
    )
    claims = [c for c in extractor.extract(doc).claims if c.predicate == "owns"]
    assert [(c.subject, c.object, c.status) for c in claims] == [
        ("Brask Labs", "Brask Compute", "planned")
    ]


def test_trains_on_capacity_rented_from_providers_including(extractor):
    got = _triples(
        extractor,
        "Brask Labs trains its models on capacity rented from cloud providers, including Tervo "
        "and Nimbra.",
    )
    assert ("Tervo", "rents-capacity-to", "Brask Labs") in got
    assert ("Nimbra", "rents-capacity-to", "Brask Labs") in got


def test_competes_with_a_list_then_with_a_second_group(extractor):
    got = _triples(
        extractor,
        "Brask Labs competes with Tervo and Nimbra in selling chatbots to banks, and with "
        "smaller labs such as Quillon Labs.",
    )
    rivals = {o for s, p, o in got if s == "Brask Labs" and p == "competes-with"}
    assert rivals == {"Tervo", "Nimbra", "Quillon Labs"}


def test_a_renters_workloads_hosted_or_run_by_providers(extractor):
    got = _triples(
        extractor,
        "Under the deal, part of Brask Labs's AI computing will be hosted by Tervo, a cloud "
        "provider. Brask Labs's workloads are also run by Nimbra, the specialist GPU cloud, and "
        "by Microsoft's Azure.",
    )
    assert ("Tervo", "rents-capacity-to", "Brask Labs") in got
    assert ("Nimbra", "rents-capacity-to", "Brask Labs") in got
    assert ("Microsoft", "rents-capacity-to", "Brask Labs") in got


def test_much_of_a_renters_capacity_is_supplied_by(extractor):
    got = _triples(
        extractor,
        "Much of Brask Labs's training capacity outside Orrin's data centres is now supplied "
        "by Tervo, a cloud provider.",
    )
    assert ("Tervo", "rents-capacity-to", "Brask Labs") in got
    assert not any(o == "Orrin" or s == "Orrin" for s, _, o in got)


def test_a_list_item_ending_in_a_semicolon_is_read_as_a_sentence(extractor):
    doc = Document(
        source="gen.md",
        text="Brask Labs raises money\n\nExisting investors also took part, including:\n\n"
        "- Orrin Group, which has backed Brask Labs since 2022;\n- Tervo and Nimbra.\n",
    )
    got = {(c.subject, c.predicate, c.object) for c in extractor.extract(doc).claims}
    assert ("Orrin Group", "owns", "Brask Labs") in got


def test_each_holds_and_with_others_holding_smaller_stakes(extractor):
    doc = Document(
        source="gen.txt",
        text="Headline\n\nHalvard Group is a joint venture. Orrin Group and Tervo are its "
        "founding partners and each holds about 45% of it, with Nimbra and Vestal Capital, "
        "a Lisbon fund, holding smaller stakes.",
    )
    owners = {
        (c.subject, c.share)
        for c in extractor.extract(doc).claims
        if c.predicate == "owns" and c.object == "Halvard Group" and c.stake
    }
    assert owners == {
        ("Orrin Group", 0.45),
        ("Tervo", 0.45),
        ("Nimbra", None),
        ("Vestal Capital", None),
    }


def test_a_companys_own_facilities_listed_in_the_next_sentence(extractor):
    got = _triples(
        extractor,
        "Orrin Group will spend $9 billion this year, most of it on its own facilities. Those "
        "include Halvard Campus, a cluster near Oslo, and Vestby Data Center, a far larger site.",
    )
    assert ("Orrin Group", "owns", "Halvard Campus") in got
    assert ("Orrin Group", "owns", "Vestby Data Center") in got


def test_the_same_list_of_rivals_names_more(extractor):
    got = _triples(
        extractor,
        "Orrin Group added Tervo to the list of companies it competes with. The same list names "
        "Nimbra and Quillon Labs.",
    )
    rivals = {o for s, p, o in got if s == "Orrin Group" and p == "competes-with"}
    rivals |= {s for s, p, o in got if o == "Orrin Group" and p == "competes-with"}
    assert {"Nimbra", "Quillon Labs"} <= rivals


def test_a_list_without_a_set_before_it_says_nothing(extractor):
    got = _triples(extractor, "Orrin Group had a good year. Those include Nimbra and Tervo.")
    assert got == set()


def test_owned_by_a_possessive_name_and_the_unit_counts_customers(extractor):
    got = _triples(
        extractor,
        "Brask Labs will pay Tervo Cloud $2 billion. For Tervo Cloud, which is owned by Orrin's "
        "Nimbra Group, the contract adds to a backlog. The unit already counts Quillon Labs and "
        "Vestal among its customers.",
    )
    assert ("Nimbra Group", "owns", "Tervo Cloud") in got  # not "Orrin's Nimbra Group"
    assert ("Tervo Cloud", "rents-capacity-to", "Quillon Labs") in got
    assert ("Tervo Cloud", "rents-capacity-to", "Vestal") in got


def test_a_cluster_operated_somewhere_by_its_owner(extractor):
    got = _triples(
        extractor,
        "Brask Labs trains on Halvard Cluster, a cluster of custom chips operated in Norway by "
        "Tervo, a cloud provider.",
    )
    assert ("Tervo", "owns", "Halvard Cluster") in got


def test_competes_with_both_companies_named_as_a_pair_before(extractor):
    got = _triples(
        extractor,
        "Orrin Group and Nimbra have competed for years. Nimbra still sells its own chips, and "
        "Vestal competes with both companies in servers.",
    )
    assert ("Vestal", "competes-with", "Orrin Group") in got
    assert ("Vestal", "competes-with", "Nimbra") in got


def test_rent_out_the_whole_of_a_site_to(extractor):
    got = _triples(
        extractor,
        "Brask Labs will rent out the whole of Halvard Campus, its site near Oslo, to "
        "Quillon Labs.",
    )
    assert ("Brask Labs", "rents-capacity-to", "Quillon Labs") in got


def test_competes_with_a_list_as_well_as_with_a_group_such_as(extractor):
    got = _triples(
        extractor,
        "Quillon Labs competes with Tervo and Nimbra, as well as with smaller labs such as "
        "Vestal Labs.",
    )
    assert ("Quillon Labs", "competes-with", "Vestal Labs") in got


def test_a_fronted_apart_from_is_no_party(extractor):
    got = _triples(
        extractor, "Apart from Orrin Group, Brask Labs's backers include Vestal Capital."
    )
    assert got == {("Vestal Capital", "owns", "Brask Labs")}


def test_each_has_offices_in_is_no_stake(extractor):
    got = _triples(extractor, "Orrin Group and Nimbra Labs each have offices in Vestal Tower.")
    assert not any(p == "owns" for _, p, _ in got)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Quillon Labs will run its models on servers in data centres owned by Nimbra Cloud, "
            "a cloud provider.",
            ("Nimbra Cloud", "rents-capacity-to", "Quillon Labs"),
        ),
        (
            "Quillon Labs has become one of Tervo Cloud's largest customers.",
            ("Tervo Cloud", "rents-capacity-to", "Quillon Labs"),
        ),
        (
            "Tervo Cloud, a cloud provider, counts Quillon Labs as its biggest customer.",
            ("Tervo Cloud", "rents-capacity-to", "Quillon Labs"),
        ),
        (
            "Brask Labs and Quillon Labs are fierce rivals in the market for chatbots.",
            ("Brask Labs", "competes-with", "Quillon Labs"),
        ),
        (
            "Quillon Labs faces competition from Brask Labs and Nimbra Labs.",
            ("Quillon Labs", "competes-with", "Nimbra Labs"),
        ),
        (
            "Among Brask Labs's competitors are Quillon Labs and Nimbra Labs.",
            ("Brask Labs", "competes-with", "Quillon Labs"),
        ),
        (
            "Orrin Labs is now called Brask Labs.",
            ("Orrin Labs", "rebrands-as", "Brask Labs"),
        ),
    ],
)
def test_paraphrases_of_common_deal_sentences(extractor, text, triple):
    assert triple in _triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Brask Labs, a Vestal Capital-backed startup, said sales doubled.",
            ("Vestal Capital", "owns", "Brask Labs"),
        ),
        ("The Orrin Group-backed Brask Labs grew fast.", ("Orrin Group", "owns", "Brask Labs")),
        (
            "Brask Labs, the startup formerly known as Halvard AI, released a model.",
            ("Halvard AI", "rebrands-as", "Brask Labs"),
        ),
    ],
)
def test_new_names_around_hyphenated_backers_and_ai_labs(extractor, text, triple):
    assert triple in _triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Brask Labs will rent its Halvard Campus in Texas to Quillon Labs for five years.",
            ("Brask Labs", "rents-capacity-to", "Quillon Labs"),
        ),
        (
            "The Halvard Campus will be leased to Quillon Labs by Brask Labs.",
            ("Brask Labs", "rents-capacity-to", "Quillon Labs"),
        ),
        (
            "Vestal Capital, whose portfolio includes Brask Labs, raised a new fund.",
            ("Vestal Capital", "owns", "Brask Labs"),
        ),
        (
            "Tervo Cloud, a cloud provider, now hosts most of Quillon Labs's training.",
            ("Tervo Cloud", "rents-capacity-to", "Quillon Labs"),
        ),
        (
            "Most of Quillon Labs's compute comes from Tervo Cloud, a cloud provider.",
            ("Tervo Cloud", "rents-capacity-to", "Quillon Labs"),
        ),
        (
            "Brask Labs will henceforth operate as Orrin Labs.",
            ("Brask Labs", "rebrands-as", "Orrin Labs"),
        ),
        (
            "Brask Labs will change its name to Orrin Labs next month.",
            ("Brask Labs", "rebrands-as", "Orrin Labs"),
        ),
        (
            "Brask Labs considers Quillon Labs its main rival.",
            ("Brask Labs", "competes-with", "Quillon Labs"),
        ),
    ],
)
def test_more_paraphrases_of_deal_sentences(extractor, text, triple):
    assert triple in _triples(extractor, text)


def test_own_facilities_listed_by_new_names_with_a_site_appositive(extractor):
    got = _triples(
        extractor,
        "Orrin Group will spend $9 billion, most of it on its own facilities. Those include "
        "Aurora, a cluster in Texas, and Boreal, a campus near Oslo.",
    )
    assert {("Orrin Group", "owns", "Aurora"), ("Orrin Group", "owns", "Boreal")} <= got
