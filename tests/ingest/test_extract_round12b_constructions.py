"""Constructions round 12b's pages (digests, live blogs, wire briefs, analyst notes) left
unread or misread, one test each.

Each is a general reading of news English: a purchase told in the progressive ("is
buying"), the bare verb after "agreed to" ("agreed to absorb"), a new name given by "is
now", "now reports as", "became ... back in" or "was renamed the ...", share taken from a
rival after "trying to", and a rival named by the noun "rival" in a sentence whose deal
failed. Every sentence is made up for the test (invented companies), in words other than
the round's articles.
"""

from __future__ import annotations

from extracted import competes_in, denied_in, positive_in  # beside this file

# ------------------------------------------------------------------ purchases


def test_a_purchase_in_the_progressive_is_the_buyers() -> None:
    for sentence in (
        "Harrowgate Systems is buying Pellin Robotics, a gripper start-up, to fill out its line.",
        "Harrowgate Systems is acquiring Pellin Robotics for $200 million.",
        "Harrowgate Systems was buying Pellin Robotics when the market turned.",
    ):
        assert ("Harrowgate Systems", "owns", "Pellin Robotics") in positive_in(sentence), sentence


def test_the_passive_after_is_still_reads_the_other_way() -> None:
    found = positive_in("Pellin Robotics is acquired by Harrowgate Systems in a cash deal.")
    assert ("Harrowgate Systems", "owns", "Pellin Robotics") in found
    assert ("Pellin Robotics", "owns", "Harrowgate Systems") not in found


def test_buying_capacity_in_the_progressive_is_no_purchase_of_the_seller() -> None:
    found = positive_in("Harrowgate Systems is buying capacity from Dunmere Cloud this year.")
    assert ("Harrowgate Systems", "owns", "Dunmere Cloud") not in found


def test_agreed_to_absorb_is_a_purchase() -> None:
    found = positive_in("Orvel Data has agreed to absorb Caskett Labs, a Leeds start-up.")
    assert ("Orvel Data", "owns", "Caskett Labs") in found


def test_absorbing_a_team_is_no_purchase_of_the_company() -> None:
    found = positive_in("Orvel Data will absorb the Caskett Labs team from its old parent.")
    assert ("Orvel Data", "owns", "Caskett Labs") not in found


def test_a_denied_progressive_purchase_stays_denied() -> None:
    text = "Orvel Data has denied a report that it is buying Caskett Labs."
    assert ("Orvel Data", "owns", "Caskett Labs") in denied_in(text)
    assert ("Orvel Data", "owns", "Caskett Labs") not in positive_in(text)


# ------------------------------------------------------------------ new names


def test_is_now_gives_a_new_name_at_the_clauses_end() -> None:
    for sentence in (
        "Larchmont Hosting is now Larchmont Compute.",
        "The company's hosting arm, Larchmont Hosting, is now Larchmont Compute.",
    ):
        found = positive_in(sentence)
        assert ("Larchmont Hosting", "rebrands-as", "Larchmont Compute") in found, sentence


def test_is_now_before_a_possessive_is_no_new_name() -> None:
    found = positive_in("Larchmont Hosting is now Dunmere Cloud's largest customer.")
    assert not any(p == "rebrands-as" for _, p, _ in found)


def test_became_back_in_a_year_is_a_new_name() -> None:
    found = positive_in("Quarrel Mining became Quarrel Digital back in 2022.")
    assert ("Quarrel Mining", "rebrands-as", "Quarrel Digital") in found


def test_now_reports_as_is_the_name_in_use() -> None:
    found = positive_in("Tamsk Data Holdings now reports as Tamsk Group, a change dating from May.")
    assert ("Tamsk Data Holdings", "rebrands-as", "Tamsk Group") in found


def test_renamed_the_takes_the_new_name_after_its_article() -> None:
    found = positive_in("The Ferrow Cloud Service was renamed the Ferrow Compute Platform in June.")
    assert ("Ferrow Cloud Service", "rebrands-as", "Ferrow Compute Platform") in found


# ------------------------------------------------------------------ rivals


def test_trying_to_take_share_from_a_rival_competes() -> None:
    text = "Auberon Chips is trying to take share from Nvidia in low-power inference."
    assert frozenset(("Auberon Chips", "Nvidia")) in competes_in(text)


def test_a_rival_named_in_a_failed_merger_is_still_a_rival() -> None:
    text = "A planned merger between Selkirk Cloud and rival Maddox Compute was called off in May."
    assert frozenset(("Selkirk Cloud", "Maddox Compute")) in competes_in(text)
    assert ("Selkirk Cloud", "owns", "Maddox Compute") not in positive_in(text)


def test_a_former_rival_is_no_rival() -> None:
    text = "Last year Selkirk Cloud hired engineers from former rival Maddox Compute."
    assert frozenset(("Selkirk Cloud", "Maddox Compute")) not in competes_in(text)


# ------------------------------------------------------------------ names


def test_a_word_with_an_inner_capital_opens_a_sentence_as_a_name() -> None:
    text = (
        "Three start-ups were bought this year.\n\n"
        "QuillBase was the largest. Before it was sold, the Lisbon firm went up against "
        "Harlan Data every day."
    )
    assert frozenset(("QuillBase", "Harlan Data")) in competes_in(text)


# ------------------------------------------------------------------ relative clauses


def test_the_unit_a_buyer_bought_is_the_buyers() -> None:
    for sentence in (
        "The Corran Hosting business Tilde Compute bought in March has 40 staff.",
        "Its Corran Hosting unit that Tilde Compute acquired last year runs two halls.",
        "The Corran Hosting business Tilde Compute acquired runs two halls.",
    ):
        assert ("Tilde Compute", "owns", "Corran Hosting") in positive_in(sentence), sentence


def test_the_unit_a_buyer_bought_takes_the_new_name() -> None:
    text = (
        "The Corran Hosting business Tilde Compute bought in March will trade under the "
        "name Tilde Sites from June."
    )
    found = positive_in(text)
    assert ("Corran Hosting", "rebrands-as", "Tilde Sites") in found
    assert ("Tilde Compute", "rebrands-as", "Tilde Sites") not in found
    assert ("Tilde Compute", "owns", "Tilde Sites") not in found


def test_a_buyer_that_takes_a_name_after_its_purchase_still_does() -> None:
    text = "Tilde Compute bought Corran Hosting and will trade under the name Tilde Sites."
    assert ("Tilde Compute", "rebrands-as", "Tilde Sites") in positive_in(text)


# ------------------------------------------------------------------ epithets


def test_the_business_in_a_relative_clause_is_the_main_clauses_subject() -> None:
    text = (
        "Harwen Colo signed a lease with Orbis AI.\n\n"
        "Birchfield Cloud later took capacity from Stratos Colo instead.\n\n"
        "Harwen Colo is majority-owned by Tamsin Partners, which bought control of the "
        "business in 2022."
    )
    found = positive_in(text)
    assert ("Tamsin Partners", "owns", "Harwen Colo") in found
    assert ("Tamsin Partners", "owns", "Birchfield Cloud") not in found


def test_a_company_that_passes_to_a_buyer_is_the_buyers() -> None:
    text = "Orvel Data bought Tamber Labs. Tamber Labs therefore passes to Halloway as well."
    assert ("Halloway", "owns", "Tamber Labs") in positive_in(text)


def test_passing_to_a_company_without_a_name_before_is_nothing() -> None:
    text = "The decision passes to Halloway Group, which will vote in May."
    assert not any(p == "owns" for _, p, _ in positive_in(text))
