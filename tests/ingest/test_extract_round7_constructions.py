"""Constructions met in the seventh round of unseen articles (g01-g10), one test each.

Each is a general reading of news English: a report denied in the passive, a short
name that follows a company's rename, a lease of megawatts at a named site, a round
"led by" an investor, a name that ends in a digit. Every sentence is made up for the
test (invented companies), in words other than the articles' own.
"""

from __future__ import annotations

from extracted import claims_in, denied_in, positive_in  # beside this file

# ------------------------------------------------------------------ denials


def test_a_report_denied_in_the_passive_is_denied() -> None:
    text = "A report that Harwick Capital had bought a stake in Lumo Robotics was denied by Lumo."
    assert ("Harwick Capital", "owns", "Lumo Robotics") in denied_in(text)
    assert ("Harwick Capital", "owns", "Lumo Robotics") not in positive_in(text)


def test_a_plain_sale_is_not_denied_by_a_later_denial_of_something_else() -> None:
    text = "Harwick Capital bought Lumo Robotics, and the chief executive denied everything else."
    assert ("Harwick Capital", "owns", "Lumo Robotics") in positive_in(text)


def test_a_story_that_had_it_backwards_is_taken_back() -> None:
    text = (
        "A story on Monday said Teller AI was leasing GPUs to Ostrom Cloud. "
        "That story had it backwards."
    )
    assert ("Teller AI", "rents-capacity-to", "Ostrom Cloud") not in positive_in(text)


def test_not_in_talks_to_sell_itself_denies_the_reported_interest() -> None:
    text = (
        "Gannet Cloud grew again. Asked about a report that Pallot Systems was interested in "
        "buying the company, its chief said Gannet Cloud was not in talks to sell itself to "
        "Pallot Systems."
    )
    assert ("Pallot Systems", "owns", "Gannet Cloud") not in positive_in(text)
    assert ("Pallot Systems", "owns", "Gannet Cloud") in denied_in(text)


def test_agreeing_to_sell_itself_names_the_buyer() -> None:
    got = positive_in("Wexley Labs agreed to sell itself to Orrin Group for $2 billion.")
    assert ("Orrin Group", "owns", "Wexley Labs") in got


# ------------------------------------------------------------------ rebrands and names


def test_a_short_name_after_a_rename_is_the_new_name() -> None:
    got = positive_in(
        "Brindle Mining, now called Brindle Compute, has found its first tenant. "
        "Quarry Labs rents GPUs from Brindle under a two-year deal."
    )
    assert ("Brindle Mining", "rebrands-as", "Brindle Compute") in got
    assert ("Brindle Compute", "rents-capacity-to", "Quarry Labs") in got
    assert ("Brindle Mining", "rents-capacity-to", "Quarry Labs") not in got


def test_a_name_that_became_another_is_a_rebrand() -> None:
    got = positive_in("Tolland Hashing, which became Tolland Cloud in May, signed a lab.")
    assert ("Tolland Hashing", "rebrands-as", "Tolland Cloud") in got


def test_becoming_a_companys_customer_is_no_rebrand() -> None:
    got = positive_in("Tolland Labs became Vesper Cloud's largest customer in May.")
    assert not any(p == "rebrands-as" for _, p, _ in got)


def test_a_name_may_end_in_a_digit() -> None:
    got = positive_in(
        "Marden Grid owns Harbor Forge 2, the company's campus in Ohio, and is building a "
        "third nearby. It also owns the Harbor Forge 1 campus."
    )
    assert ("Marden Grid", "owns", "Harbor Forge 2") in got
    assert ("Marden Grid", "owns", "Harbor Forge 1") in got


def test_a_digit_after_a_name_that_counts_is_no_part_of_it() -> None:
    mentions = {c.object for c in claims_in("Marden Grid bought Pell AI 2 years ago.")}
    assert "Pell AI" in mentions


def test_asset_management_ends_an_investors_name() -> None:
    got = positive_in("Tarwick Asset Management put $400 million into Corran AI.")
    assert ("Tarwick Asset Management", "owns", "Corran AI") in got


def test_data_centers_in_the_plural_name_a_company_that_leases() -> None:
    got = positive_in(
        "Ferrow Cloud owns no buildings. Its largest halls are leased from Kelby Data Centers."
    )
    assert ("Kelby Data Centers", "rents-capacity-to", "Ferrow Cloud") in got


# ------------------------------------------------------------------ rents-capacity-to


def test_leasing_megawatts_at_a_named_site_to_a_tenant() -> None:
    got = positive_in("Voss Energy agreed to lease 90 megawatts at its Carrow site to Pennick AI.")
    assert ("Voss Energy", "rents-capacity-to", "Pennick AI") in got


def test_a_headline_lease_without_articles() -> None:
    got = positive_in("Voss Energy leases Carrow campus to Pennick AI in $1 billion deal")
    assert ("Voss Energy", "rents-capacity-to", "Pennick AI") in got


def test_leasing_a_campus_in_a_place_to_a_tenant() -> None:
    got = positive_in(
        "Analysts named Tamber Power, which leases its Ridley campus in Ohio to Quell Labs."
    )
    assert ("Tamber Power", "rents-capacity-to", "Quell Labs") in got


def test_whose_customers_include() -> None:
    got = positive_in("Hatter Cloud, whose customers include Mossel AI, raised prices.")
    assert ("Hatter Cloud", "rents-capacity-to", "Mossel AI") in got


def test_megawatts_taken_at_a_site_are_rented_from_its_owner() -> None:
    got = positive_in(
        "Brask Power owns the Tilney campus. Orla AI has signed leases for 80 megawatts "
        "across two halls at the Tilney campus."
    )
    assert ("Brask Power", "rents-capacity-to", "Orla AI") in got
    got = positive_in("Orla AI will take 50 megawatts at Brask Power's Tilney campus.")
    assert ("Brask Power", "rents-capacity-to", "Orla AI") in got


# ------------------------------------------------------------------ owns


def test_a_series_round_led_by_an_investor() -> None:
    got = positive_in(
        "Ostley AI builds models for insurers. It closed a $60 million Series A led by "
        "Carrow Partners, with Mintel Capital also investing."
    )
    assert ("Carrow Partners", "owns", "Ostley AI") in got
    assert ("Mintel Capital", "owns", "Ostley AI") in got


def test_a_stake_in_which_belongs_to_the_relative_not_the_last_subject() -> None:
    got = positive_in(
        "Reddle Grid is a landlord. Sorrow AI, in which Pym Ventures owns a 6% stake, grew."
    )
    assert ("Pym Ventures", "owns", "Sorrow AI") in got
    assert ("Pym Ventures", "owns", "Reddle Grid") not in got


def test_selling_an_interest_in_a_facility_to_a_buyer() -> None:
    got = positive_in(
        "Last year Quarrow Mining sold its 30% interest in the Hadley Hashworks facility in "
        "Texas to Benning Power."
    )
    assert ("Benning Power", "owns", "Hadley Hashworks") in got


def test_raised_from_a_group_that_includes() -> None:
    got = positive_in("Lintel Cloud raised $50 million from a group that includes Orvis Capital.")
    assert ("Orvis Capital", "owns", "Lintel Cloud") in got


# ------------------------------------------------------------------ competes-with


def test_products_that_compete_with_those_from_rivals() -> None:
    got = positive_in(
        "Heddon AI grew fast thanks to its legal models, which compete with those from "
        "Quill Labs and Sarto AI."
    )
    assert {
        ("Heddon AI", "competes-with", "Quill Labs"),
        ("Heddon AI", "competes-with", "Sarto AI"),
    } <= got


def test_rivals_including_opening_a_sentence() -> None:
    got = positive_in(
        "Pember Hashing is not the only miner turning landlord. Rivals such as Orvane Mining "
        "and Kettle Grid have signed hosting deals too."
    )
    assert ("Pember Hashing", "competes-with", "Orvane Mining") in got
    assert ("Pember Hashing", "competes-with", "Kettle Grid") in got


def test_an_answer_framed_by_a_market_names_the_rival() -> None:
    got = positive_in(
        "Q: Who does Sorrel Chips compete with?\n\nA: In inference accelerators, mainly "
        "Tarn Silicon, which sells most of them."
    )
    assert ("Sorrel Chips", "competes-with", "Tarn Silicon") in got
