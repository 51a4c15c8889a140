"""One test per hard construction, with sentences written for the test."""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from ingest.models import Claim, Document

EXTRACTOR = RuleExtractor()


def claims(body: str, title: str = "Industry news") -> list[Claim]:
    doc = Document(source="test.txt", text=f"{title}\n\n{body}")
    return list(EXTRACTOR.extract(doc).claims)


def triples(body: str, *, positive_only: bool = True) -> set[tuple[str, str, str]]:
    return {
        (c.subject, c.predicate, c.object)
        for c in claims(body)
        if not positive_only or c.status != "denied"
    }


def find(body: str, s: str, p: str, o: str) -> Claim:
    for c in claims(body):
        if (c.subject, c.predicate, c.object) == (s, p, o):
            return c
    raise AssertionError(
        f"no claim {s} {p} {o} in {[(c.subject, c.predicate, c.object) for c in claims(body)]}"
    )


# ------------------------------------------------------------------ rents-capacity-to


def test_renter_as_subject_taps_possessive_chips() -> None:
    got = triples("Cohere will tap Google's tensor processing units to train its next models.")
    assert ("Google Cloud", "rents-capacity-to", "Cohere") in got


def test_provider_as_subject_supplies_renter() -> None:
    got = triples("CoreWeave supplies Mistral AI with GPU capacity from a site in Texas.")
    assert ("CoreWeave", "rents-capacity-to", "Mistral AI") in got
    assert ("Mistral AI", "rents-capacity-to", "CoreWeave") not in got


def test_rent_from_with_hardware_in_between() -> None:
    got = triples("Perplexity has been renting Nvidia H100 servers from Lambda since last year.")
    assert ("Lambda", "rents-capacity-to", "Perplexity") in got
    assert all(t[0] != "Nvidia" for t in got)


def test_passive_leased_by_from() -> None:
    got = triples(
        "Two data halls are leased by Nebius from Applied Digital under a ten-year contract."
    )
    assert ("Applied Digital", "rents-capacity-to", "Nebius Group") in got


def test_nominal_deal_between_takes_direction_from_types() -> None:
    got = triples("Analysts praised the $4 billion compute agreement between Anthropic and Crusoe.")
    assert ("Crusoe", "rents-capacity-to", "Anthropic") in got


def test_customers_list_yields_one_claim_each() -> None:
    body = "Vultr counts Cohere, Mistral AI and Perplexity among its largest customers."
    got = triples(body)
    for renter in ("Cohere", "Mistral AI", "Perplexity"):
        assert ("Vultr", "rents-capacity-to", renter) in got


def test_primary_cloud_provider_role() -> None:
    got = triples("Oracle remains xAI's main cloud provider for inference.")
    assert ("Oracle", "rents-capacity-to", "xAI") in got


def test_pay_provider_for_access() -> None:
    got = triples("Meta will pay Nscale about $2 billion for access to GPU clusters in Norway.")
    assert ("Nscale", "rents-capacity-to", "Meta") in got


# ------------------------------------------------------------------ owns and stakes


def test_stake_with_share() -> None:
    c = find(
        "SoftBank holds an 11% stake in Graphcore, the British chip designer.",
        "SoftBank",
        "owns",
        "Graphcore",
    )
    assert c.stake is True
    assert c.share == 0.11


def test_invested_in_is_a_stake_without_share() -> None:
    c = find(
        "Nvidia invested $500 million in Reflection AI last month.",
        "Nvidia",
        "owns",
        "Reflection AI",
    )
    assert c.stake is True
    assert c.share is None


def test_acquisition_is_control() -> None:
    c = find("AMD acquired ZT Systems in a $4.9 billion deal.", "AMD", "owns", "ZT Systems")
    assert c.stake is False


def test_subsidiary_appositive_is_control() -> None:
    got = triples("The contract went to Alibaba Cloud, a subsidiary of Alibaba, after a tender.")
    assert ("Alibaba", "owns", "Alibaba Cloud") in got


def test_backers_list() -> None:
    body = "Magic Dev, whose backers include Sequoia Capital and Nvidia, is hiring."
    got = triples(body)
    assert ("Sequoia Capital", "owns", "Magic Dev") in got
    assert ("Nvidia", "owns", "Magic Dev") in got


def test_round_led_by_takes_the_company_from_context() -> None:
    body = "Poolside raised $500 million this spring. The round was led by Thrive Capital."
    c = find(body, "Thrive Capital", "owns", "Poolside")
    assert c.stake is True


def test_acquired_by_passive() -> None:
    got = triples("Run:ai was acquired by Nvidia in December after a long review.")
    assert ("Nvidia", "owns", "Run:ai") in got or ("Nvidia", "owns", "Run") not in got


def test_company_and_its_facility() -> None:
    body = (
        "Stargate UAE is a 1-gigawatt cluster. "
        "Fairwater, the data centre that Microsoft is building in Wisconsin, opens next year."
    )
    got = triples(body)
    assert ("Microsoft", "owns", "Fairwater") in got


# ------------------------------------------------------------------ competes-with


def test_competes_with_list() -> None:
    got = triples("DeepSeek competes with OpenAI, Anthropic and Google in reasoning models.")
    for rival in ("OpenAI", "Anthropic", "Google"):
        assert ("DeepSeek", "competes-with", rival) in got


def test_x_and_y_compete() -> None:
    got = triples("AMD and Nvidia compete fiercely for data-centre orders.")
    assert ("AMD", "competes-with", "Nvidia") in got


def test_stake_in_a_possessive_phrase_is_not_a_stake_in_the_possessor() -> None:
    got = triples("SoftBank holds a stake in Arm's biggest customer.")
    assert ("SoftBank", "owns", "Arm") not in got


def test_rival_possessive() -> None:
    got = triples("Intel has lost ground to its rival AMD in server chips.")
    assert ("Intel", "competes-with", "AMD") in got


# ------------------------------------------------------------------ rebrands-as


def test_formerly() -> None:
    got = triples("Nebius, formerly Yandex N.V., signed a new deal on Friday.")
    assert ("Yandex N.V.", "rebrands-as", "Nebius Group") in got


def test_changed_its_name_from() -> None:
    got = triples("Wave Compute, which changed its name from Ripple Hosting in 2023, rents GPUs.")
    assert ("Ripple Hosting", "rebrands-as", "Wave Compute") in got


def test_was_renamed() -> None:
    got = triples("Bard was renamed Gemini in February.")
    assert ("Bard", "rebrands-as", "Gemini") in got


# ------------------------------------------------------------------ modality


def test_denied_stake() -> None:
    c = find(
        "Apple holds no stake in Anthropic, a spokesperson said.", "Apple", "owns", "Anthropic"
    )
    assert c.status == "denied"


def test_failed_acquisition_is_denied() -> None:
    body = "Qualcomm's planned purchase of Arm fell apart after regulators objected."
    c = find(body, "Qualcomm", "owns", "Arm")
    assert c.status == "denied"


def test_talks_are_planned() -> None:
    body = "Amazon is in talks to invest $4 billion in Mistral AI, the companies confirmed."
    c = find(body, "Amazon", "owns", "Mistral AI")
    assert c.status == "planned"


def test_reportedly_is_reported() -> None:
    body = "Meta reportedly rents TPU capacity from Google Cloud for its ads models."
    c = find(body, "Google Cloud", "rents-capacity-to", "Meta")
    assert c.status == "reported"


def test_plain_statement_is_asserted_with_higher_confidence_than_possessive() -> None:
    body = "Microsoft owns GitHub. Separately, Alphabet's Waymo expanded to Austin."
    strong = find(body, "Microsoft", "owns", "GitHub")
    weak = find(body, "Alphabet", "owns", "Waymo")
    assert strong.status == "asserted"
    assert strong.confidence > weak.confidence


# ------------------------------------------------------------------ coreference


def test_pronoun_resolves_to_previous_subject() -> None:
    body = "Groq opened a new office. It also rents capacity from Equinix in Finland."
    assert ("Equinix", "rents-capacity-to", "Groq") in triples(body)


def test_epithet_from_gazetteer_product_maker() -> None:
    body = "CoreWeave has begun supplying GPU capacity to the Claude developer."
    assert ("CoreWeave", "rents-capacity-to", "Anthropic") in triples(body)


def test_epithet_learned_from_the_article() -> None:
    body = (
        "Helix Robotics, the maker of the Atlas arm, raised money. "
        "Lambda now supplies the Atlas maker with GPU capacity."
    )
    assert ("Lambda", "rents-capacity-to", "Helix Robotics") in triples(body)


def test_unknown_company_found_by_cue() -> None:
    body = "The startup Quillon signed a deal to rent GPUs from CoreWeave."
    got = triples(body)
    assert ("CoreWeave", "rents-capacity-to", "Quillon") in got


# ------------------------------------------------------------------ output contract


def test_claims_carry_evidence_and_are_deterministic() -> None:
    body = "Oracle rents GPU capacity to OpenAI. AMD competes with Nvidia."
    first = claims(body)
    second = claims(body)
    assert first == second
    c = first[0]
    assert c.source == "test.txt"
    assert c.sentence.startswith("Oracle rents")
    assert c.extractor == "rules"
    assert c.subject_type == "CloudProvider"
    assert c.object_type == "AILab"


# ------------------------------------------------------------------ more wordings


def test_passive_capacity_supplied_by_takes_renter_from_sentence() -> None:
    got = triples("The capacity will be supplied by Oracle, OpenAI said on Friday.")
    assert ("Oracle", "rents-capacity-to", "OpenAI") in got


def test_tap_possessive_tpus_goes_to_the_cloud_unit() -> None:
    got = triples("Anthropic will tap up to one million of Google's TPUs.")
    assert ("Google Cloud", "rents-capacity-to", "Anthropic") in got


def test_customer_of_and_customers_include() -> None:
    assert ("CoreWeave", "rents-capacity-to", "OpenAI") in triples(
        "OpenAI is a major customer of CoreWeave."
    )
    got = triples("Nebius's customers include Microsoft, Meta and Cohere.")
    for renter in ("Microsoft", "Meta", "Cohere"):
        assert ("Nebius Group", "rents-capacity-to", renter) in got


def test_chipmaker_selling_chips_is_not_renting() -> None:
    got = triples("Nvidia sells most of its GPUs to Microsoft and Meta.")
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


def test_gives_stake_and_in_which_holds() -> None:
    c = find("The deal gives Amazon a 20% stake in Hugging Face.", "Amazon", "owns", "Hugging Face")
    assert (c.stake, c.share) == (True, 0.2)
    c = find(
        "Groq, in which Samsung holds a 30% stake, raised more money.", "Samsung", "owns", "Groq"
    )
    assert (c.stake, c.share) == (True, 0.3)


def test_subsidiary_and_joint_venture_owners() -> None:
    assert ("Microsoft", "owns", "GitHub") in triples(
        "GitHub is a wholly owned subsidiary of Microsoft."
    )
    got = triples("Stargate, the joint venture owned by OpenAI and SoftBank, plans more sites.")
    assert {("OpenAI", "owns", "Stargate"), ("SoftBank", "owns", "Stargate")} <= got


def test_appositive_rival_and_rebranded_as() -> None:
    assert ("Cerebras", "competes-with", "Nvidia") in triples(
        "Cerebras, a rival of Nvidia, filed for an IPO."
    )
    assert ("Codeium", "rebrands-as", "Windsurf") in triples(
        "Codeium rebranded as Windsurf in April."
    )


def test_hypotheticals_state_nothing() -> None:
    assert (
        triples(
            "If Microsoft bought Nebius, it would own a large European cloud.", positive_only=False
        )
        == set()
    )


def test_decided_against_and_sold_stake_are_denied() -> None:
    c = find(
        "Microsoft considered buying a stake in Anthropic but decided against it.",
        "Microsoft",
        "owns",
        "Anthropic",
    )
    assert c.status == "denied"
    c = find("Microsoft sold its stake in Uber years ago.", "Microsoft", "owns", "Uber")
    assert c.status == "denied"


def test_selling_servers_is_not_renting_capacity() -> None:
    got = triples("Dell sells servers to CoreWeave every quarter.")
    assert ("Dell", "rents-capacity-to", "CoreWeave") not in got


def test_new_provider_keeps_the_type_its_first_cue_gave() -> None:
    body = (
        "Skyforge, a neocloud based in Oslo, opened a new site. "
        "Later, Cohere said it will run its models on Skyforge."
    )
    assert ("Skyforge", "rents-capacity-to", "Cohere") in triples(body)


def test_funding_round_forms() -> None:
    assert ("Nvidia", "owns", "Mistral AI") in triples(
        "Nvidia participated in Mistral AI's Series C."
    )
    got = triples("Oracle, OpenAI and SoftBank own Stargate jointly.")
    assert {("Oracle", "owns", "Stargate"), ("SoftBank", "owns", "Stargate")} <= got


def test_spending_on_a_cloud_is_renting_from_it() -> None:
    got = triples("Meta will spend $10 billion on Google Cloud servers over six years.")
    assert ("Google Cloud", "rents-capacity-to", "Meta") in got


def test_rivals_including_and_partner_and_rival() -> None:
    got = triples("Google's rivals, including Microsoft and Meta, are spending heavily.")
    assert {("Google", "competes-with", "Microsoft"), ("Google", "competes-with", "Meta")} <= got
    got = triples("Microsoft has invested heavily in OpenAI, its partner and rival.")
    assert ("Microsoft", "competes-with", "OpenAI") in got


def test_hyphenated_and_parent_forms() -> None:
    assert ("Nvidia", "owns", "CoreWeave") in triples(
        "CoreWeave, an Nvidia-backed cloud provider, raised debt."
    )
    assert ("Microsoft", "owns", "GitHub") in triples(
        "Microsoft-owned GitHub launched a new agent."
    )
    assert ("Alphabet", "owns", "Google") in triples(
        "Google's parent company Alphabet reported earnings."
    )
    assert ("Nvidia", "owns", "Cohere") in triples("Cohere counts Nvidia as an investor.")


def test_more_rivalry_and_rename_forms() -> None:
    assert ("Codeium", "rebrands-as", "Windsurf") in triples(
        "Codeium, now called Windsurf, was acquired."
    )
    got = triples("AMD and Intel, which compete in server chips, both fell.")
    assert ("AMD", "competes-with", "Intel") in got
    got = triples("The rivalry between OpenAI and Anthropic is intensifying.")
    assert ("OpenAI", "competes-with", "Anthropic") in got


def test_places_do_not_block_and_sites_leased_on() -> None:
    got = triples("Oracle will build a campus in Saline Township, Michigan, for OpenAI.")
    assert ("Oracle", "rents-capacity-to", "OpenAI") in got
    got = triples("The site was developed by Related Digital, which will lease it to Oracle.")
    assert ("Related Digital", "rents-capacity-to", "Oracle") in got


def test_suppliers_include_and_compound_names() -> None:
    got = triples("OpenAI's other suppliers include Microsoft, CoreWeave and Google Cloud.")
    for provider in ("Microsoft", "CoreWeave", "Google Cloud"):
        assert (provider, "rents-capacity-to", "OpenAI") in got
    assert ("Microsoft", "owns", "Anthropic") not in triples(
        "Microsoft takes stake in Anthropic rival."
    )


def test_bought_shares_is_a_stake() -> None:
    c = find("SoftBank bought $2 billion of Intel shares.", "SoftBank", "owns", "Intel")
    assert c.stake is True


def test_sold_to_whose_investor_supplier_of_and_they_compete() -> None:
    assert ("Silver Lake", "owns", "Altera") in triples(
        "Intel sold Altera to Silver Lake last year."
    )
    got = triples("OpenAI, whose largest investor is Microsoft, is restructuring.")
    assert ("Microsoft", "owns", "OpenAI") in got
    got = triples("The deal makes Oracle one of the largest suppliers of compute to OpenAI.")
    assert ("Oracle", "rents-capacity-to", "OpenAI") in got
    got = triples("Microsoft and OpenAI remain partners, though they increasingly compete.")
    assert ("Microsoft", "competes-with", "OpenAI") in got


def test_place_before_an_epithet_is_a_modifier() -> None:
    body = "Take Mistral AI. In 2024 Microsoft put EUR 15 million into the Paris startup."
    assert ("Microsoft", "owns", "Mistral AI") in triples(body)


def test_moving_workloads_to_a_cloud() -> None:
    got = triples("Pinterest moved most of its AI workloads to Google Cloud last year.")
    assert ("Google Cloud", "rents-capacity-to", "Pinterest") in got
    assert triples("Meta shifted its focus to Llama.") == set()


def test_reported_earnings_is_no_attribution() -> None:
    c = find("Google, which owns YouTube, reported earnings.", "Google", "owns", "YouTube")
    assert c.status == "asserted"


def test_possessive_backers_investment_and_shared_hosts() -> None:
    got = triples("Mistral AI's backers include Nvidia, Microsoft and Andreessen Horowitz.")
    for backer in ("Nvidia", "Microsoft", "Andreessen Horowitz"):
        assert (backer, "owns", "Mistral AI") in got
    assert ("Amazon", "owns", "Anthropic") in triples(
        "Amazon's $8 billion investment in Anthropic paid off."
    )
    got = triples("Google Cloud and Microsoft Azure both host Mistral's models.")
    assert {
        ("Google Cloud", "rents-capacity-to", "Mistral AI"),
        ("Microsoft", "rents-capacity-to", "Mistral AI"),
    } <= got
