"""Constructions met in round 9c of unseen articles (j01-j05), one test each.

Each is a general reading of time and modality in news English: a supply that has
ended, a relation that held "until" a past year, a correction column quoting its own
earlier story, an option left to lapse. Every sentence is made up for the test
(invented companies), in words other than the articles' own.
"""

from __future__ import annotations

from extracted import positive_in  # beside this file


def test_a_contract_that_ended_is_no_rental() -> None:
    text = "Mossline AI ran its training on Quarro Cloud, but the contract ended in May."
    assert ("Quarro Cloud", "rents-capacity-to", "Mossline AI") not in positive_in(text)


def test_a_renter_that_ended_the_agreement_no_longer_rents() -> None:
    text = "Mossline AI ended its agreement with Quarro Cloud in March after repeated outages."
    assert ("Quarro Cloud", "rents-capacity-to", "Mossline AI") not in positive_in(text)


def test_ending_one_contract_and_now_renting_elsewhere_keeps_the_new_rental() -> None:
    text = "Mossline AI ended that contract last month and now rents GPUs from Tervo Compute."
    assert ("Tervo Compute", "rents-capacity-to", "Mossline AI") in positive_in(text)


def test_a_rental_until_a_past_year_is_over() -> None:
    text = "Until 2023 Mossline AI trained its models on Quarro Cloud."
    assert ("Quarro Cloud", "rents-capacity-to", "Mossline AI") not in positive_in(text)


def test_a_rental_until_a_year_still_to_come_stands() -> None:
    text = "Quarro Cloud rents GPUs to Mossline AI under a contract that runs until 2029."
    assert ("Quarro Cloud", "rents-capacity-to", "Mossline AI") in positive_in(text)


def test_an_old_name_known_until_last_year_is_still_a_rename() -> None:
    text = "Pelham Digital, known until last year as Pelham Mining, now leases halls to AI labs."
    assert ("Pelham Mining", "rebrands-as", "Pelham Digital") in positive_in(text)


def test_a_correction_quoting_what_we_wrote_takes_it_back() -> None:
    text = "We wrote that Brackley Partners had bought Mossline AI. That was wrong."
    assert ("Brackley Partners", "owns", "Mossline AI") not in positive_in(text)


def test_what_we_reported_as_before_is_not_taken_back() -> None:
    text = "As we reported that week, Brackley Partners owns Mossline AI."
    assert ("Brackley Partners", "owns", "Mossline AI") in positive_in(text)


def test_an_option_left_to_lapse_gives_no_lease() -> None:
    text = "Mossline AI let its option to lease from Quarro Cloud lapse without exercising it."
    assert ("Quarro Cloud", "rents-capacity-to", "Mossline AI") not in positive_in(text)


def test_the_purchase_of_a_campus_is_no_rental_from_it() -> None:
    text = "Tarnby Data closed its purchase of Brisk Hollow campus from Ostley Power."
    found = positive_in(text)
    assert not any(p == "rents-capacity-to" for _, p, _ in found), found
    assert ("Tarnby Data", "owns", "Brisk Hollow") in found


def test_buying_capacity_of_a_provider_is_still_a_rental() -> None:
    text = "Mossline AI bought $300 million of Quarro Cloud capacity."
    assert ("Quarro Cloud", "rents-capacity-to", "Mossline AI") in positive_in(text)


def test_a_site_aside_after_a_place_is_not_the_place() -> None:
    text = (
        "Mossline AI runs on the Fellgate campus of Quarro Cloud in Cumbria, a site "
        "Quarro Cloud owns outright."
    )
    found = positive_in(text)
    assert not any(o == "Cumbria" for _, p, o in found if p == "owns"), found


def test_a_subsidiary_of_a_described_parent_is_owned_by_it() -> None:
    text = "Tarnby Data is a subsidiary of the Danish pension fund Holmvik Capital."
    assert ("Holmvik Capital", "owns", "Tarnby Data") in positive_in(text)
