"""Constructions of capacity rentals and ownership that whole articles use, one test each.

Written for the sixth round of unseen articles (wire reports, features, regional
papers, trade press, explainers): each test uses its own invented companies and
sentences, never the articles' wording, so a rule that fits one article fails here.
"""

from __future__ import annotations

from extracted import EXTRACTOR, claims_in, positive_in  # beside this file

from ingest.models import Document

# ------------------------------------------------------------------ names


def test_a_short_form_with_a_comma_still_opens_its_sentence() -> None:
    got = positive_in(
        "Brannock AI has hired a new finance chief. Brannock, which was founded in 2021, "
        "trains its vision models on Azure."
    )
    assert ("Microsoft", "rents-capacity-to", "Brannock AI") in got


def test_a_name_with_accented_letters_is_one_person() -> None:
    got = positive_in(
        'Veyrier Labs makes weather models. "Salcombe Cloud took our call," says co-founder '
        "Zoé Marchetti-Lefèvre. In June the start-up bought Quenta, a small tooling firm."
    )
    assert ("Veyrier Labs", "owns", "Quenta") in got
    assert not any("Lef" in s or "Zo" in s for s, _, _ in got)


def test_a_place_that_opens_an_institution_s_name_is_part_of_it() -> None:
    got = positive_in(
        "Dravo Compute hosts servers for Kansas State University. The Oregon Teachers "
        "Retirement Fund holds a 6% stake in Dravo Compute."
    )
    assert ("Oregon Teachers Retirement Fund", "owns", "Dravo Compute") in got


def test_a_one_word_town_before_a_facility_is_no_company() -> None:
    got = positive_in(
        "Garnet Data's new Kearney facility is full. The Kearney building hosts the servers of "
        "Pevensey AI. Garnet Data's older Lincoln facility also hosts the servers of Brisa AI."
    )
    assert ("Garnet Data", "rents-capacity-to", "Brisa AI") in got
    assert not any({"Kearney", "Lincoln"} & {s, o} for s, _, o in got)


def test_a_colocation_provider_s_capacity_agreement_sells_its_capacity() -> None:
    got = positive_in(
        "The colocation provider Wexcombe has signed a 12MW capacity agreement with Ostrel AI."
    )
    assert ("Wexcombe", "rents-capacity-to", "Ostrel AI") in got


# ------------------------------------------------------------------ rents-capacity-to


def test_training_on_chips_at_a_provider_s_campus() -> None:
    got = positive_in(
        "Ostrel AI will train its next model on 6,000 H200 chips at Borrowdale Cloud's Utah campus."
    )
    assert ("Borrowdale Cloud", "rents-capacity-to", "Ostrel AI") in got


def test_capacity_at_a_provider_s_site_leased_to_a_tenant() -> None:
    got = positive_in(
        "Most of the 24 megawatts at Garnet Data's second building have been leased to Pevensey AI."
    )
    assert ("Garnet Data", "rents-capacity-to", "Pevensey AI") in got


def test_a_renter_s_servers_housed_in_a_provider_s_data_centres() -> None:
    got = positive_in("Pevensey AI's servers are housed in Marrow Colo's data centres in Ohio.")
    assert ("Marrow Colo", "rents-capacity-to", "Pevensey AI") in got


def test_a_provider_named_as_the_renter_s_landlord() -> None:
    got = positive_in("Marrow Colo is, in practice, Pevensey AI's landlord.")
    assert ("Marrow Colo", "rents-capacity-to", "Pevensey AI") in got


def test_a_broker_places_chips_with_a_client() -> None:
    got = positive_in("The broker Tansy Compute has placed 3,000 GPUs with Ostrel AI for a year.")
    assert ("Tansy Compute", "rents-capacity-to", "Ostrel AI") in got


def test_tenants_at_a_site_include_a_list() -> None:
    got = positive_in("Garnet Data's tenants at its Omaha site include Ostrel AI and Pevensey AI.")
    assert ("Garnet Data", "rents-capacity-to", "Ostrel AI") in got
    assert ("Garnet Data", "rents-capacity-to", "Pevensey AI") in got


# ------------------------------------------------------------------ owns


def _stakes(text: str) -> dict[tuple[str, str, str], bool | None]:
    return {
        (c.subject, c.predicate, c.object): c.stake
        for c in claims_in(text)
        if c.predicate == "owns" and c.status != "denied"
    }


def test_counted_among_shareholders_holds_a_stake() -> None:
    got = _stakes("Garnet Data counts Holm Ventures among its largest shareholders.")
    assert got == {("Holm Ventures", "owns", "Garnet Data"): True}


def test_an_investor_or_a_parent_in_apposition() -> None:
    got = _stakes(
        "Ostrel AI's biggest backer, the venture firm Holm Ventures, declined to comment. "
        "Garnet Data's parent, the utility group Ebbing Holdings, reported higher profits."
    )
    assert got[("Holm Ventures", "owns", "Ostrel AI")] is True
    assert got[("Ebbing Holdings", "owns", "Garnet Data")] is False


def test_the_rest_held_by_a_second_owner_is_a_stake() -> None:
    got = _stakes(
        "Tansy Compute is 70% owned by Ebbing Holdings, with the other 30% held by Holm Ventures."
    )
    assert got[("Ebbing Holdings", "owns", "Tansy Compute")] is False
    assert got[("Holm Ventures", "owns", "Tansy Compute")] is True


def test_buying_into_a_company_is_no_takeover() -> None:
    got = _stakes("Holm Ventures bought into Tansy Compute in 2022.")
    assert got.get(("Holm Ventures", "owns", "Tansy Compute")) is not False


def test_backed_by_after_a_place_based_description() -> None:
    got = _stakes("Ostrel AI, a Lyon-based lab backed by Holm Ventures, trains speech models.")
    assert got[("Holm Ventures", "owns", "Ostrel AI")] is True


def test_money_raised_is_not_capacity_rented_from_a_cloud() -> None:
    got = _stakes("Ostrel AI, which has raised $80 million, also rents GPUs from Borrowdale Cloud.")
    assert ("Borrowdale Cloud", "owns", "Ostrel AI") not in got


def test_the_only_shareholder_after_setting_a_lab_up_is_its_parent() -> None:
    got = _stakes(
        "Ebbing Holdings founded Ostrel AI, the Kyoto AI research company, in 2023. "
        "The lab is a unit of Ebbing Holdings. Ebbing set Ostrel up in 2023 and remains its "
        "only shareholder."
    )
    assert ("Ebbing Holdings", "owns", "Ostrel AI") in got
    assert ("Ostrel AI", "owns", "Ebbing Holdings") not in got


def test_a_cloud_which_runs_most_of_a_lab_s_training() -> None:
    got = positive_in(
        "Ostrel AI looked at other sites but stayed with Borrowdale Cloud, which still runs "
        "almost all of Ostrel AI's training."
    )
    assert ("Borrowdale Cloud", "rents-capacity-to", "Ostrel AI") in got


# ------------------------------------------------------------------ competes-with


def test_competing_for_the_same_contracts_as_others() -> None:
    got = positive_in(
        "Tansy Compute bids for the same enterprise contracts as Ferrow Cloud and Dunlin."
    )
    assert ("Tansy Compute", "competes-with", "Ferrow Cloud") in got
    assert ("Tansy Compute", "competes-with", "Dunlin") in got


def test_products_that_compete_with_parts_from_other_makers() -> None:
    got = positive_in(
        "Ostrel Photonics's modules compete with parts from Garnet Micro and from Brede."
    )
    assert ("Ostrel Photonics", "competes-with", "Garnet Micro") in got
    assert ("Ostrel Photonics", "competes-with", "Brede") in got


# ------------------------------------------------------------------ explainers


def test_an_explainer_answers_in_sentences_after_its_question() -> None:
    text = (
        "Borrowdale Cloud explained\n\n"
        "Borrowdale Cloud rents out GPUs in Utah. Who owns it? Majority control rests with "
        "Ferrow Partners, a buyout fund. Ebbing Ventures holds roughly 15 percent, bought in "
        "2024. Who are Borrowdale Cloud's customers? Ostrel AI is the largest. Pevensey AI and "
        "Garnet Robotics are also tenants. Who does it compete with? Mainly with the other GPU "
        "landlords: Tansy Compute and Dunlin Cloud come up most often."
    )
    claims = {
        (c.subject, c.predicate, c.object): c.stake
        for c in EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    }
    assert claims[("Ferrow Partners", "owns", "Borrowdale Cloud")] is False
    assert claims[("Ebbing Ventures", "owns", "Borrowdale Cloud")] is True
    assert ("Borrowdale Cloud", "rents-capacity-to", "Pevensey AI") in claims
    assert ("Borrowdale Cloud", "rents-capacity-to", "Garnet Robotics") in claims
    assert ("Borrowdale Cloud", "competes-with", "Tansy Compute") in claims
    assert ("Borrowdale Cloud", "competes-with", "Dunlin Cloud") in claims


# ------------------------------------------------------------------ references across sentences


def test_a_site_named_after_its_operator_and_its_tenant() -> None:
    got = positive_in(
        "Stellan Ridge Energy drills for gas. Today the old yard is the Brackley campus. "
        "The campus belongs to Brackley Data Compute, an Amarillo company founded in 2022. "
        "Stellan Ridge Energy, the driller whose land it sits on, owns 75 percent of it. "
        "A local family office, Dorne Holdings, holds the rest. "
        "Its only tenant is Pevensey AI, a lab in Boston."
    )
    assert ("Stellan Ridge Energy", "owns", "Brackley Data Compute") in got
    assert ("Brackley Data Compute", "rents-capacity-to", "Pevensey AI") in got
    assert ("Dorne Holdings", "rents-capacity-to", "Pevensey AI") not in got
    assert ("Dorne Holdings", "owns", "Brackley Data Compute") in got
    assert not any("Amarillo" in (s, o) for s, _, o in got)


def test_the_rest_after_a_share_named_in_the_last_sentence() -> None:
    claims = claims_in(
        "Ebbing Holdings owns 65% of Tansy Compute. Holm Ventures holds the remainder."
    )
    rest = [c for c in claims if c.subject == "Holm Ventures"]
    assert [(c.object, c.stake, c.share) for c in rest] == [("Tansy Compute", True, 0.35)]


def test_a_provider_gives_a_renter_capacity() -> None:
    got = positive_in(
        "Under the deal Tolland Cloud will give Brisa AI 40 megawatts of capacity in Utah."
    )
    assert ("Tolland Cloud", "rents-capacity-to", "Brisa AI") in got


def test_a_quotation_that_goes_on_in_the_next_sentence_keeps_its_speaker() -> None:
    got = positive_in(
        '"Our training runs have doubled," said Jo Amberley, chief executive of Brisa AI. '
        '"Tolland Cloud gives us 2,000 GPUs whenever we ask."'
    )
    assert ("Tolland Cloud", "rents-capacity-to", "Brisa AI") in got
    got = positive_in(
        '"Our training runs have doubled," said Jo Amberley, chief executive of Brisa AI. '
        "Analysts were unconvinced. "
        '"Tolland Cloud gives us 2,000 GPUs whenever we ask."'
    )
    assert ("Tolland Cloud", "rents-capacity-to", "Brisa AI") not in got
