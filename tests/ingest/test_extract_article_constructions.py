"""Constructions that whole news articles use and paragraph tests missed, one test each.

Every sentence is made up for the test (invented companies), so a rule that fits
only one corpus's wording fails here.
"""

from __future__ import annotations

from extracted import positive_in, status_in  # beside this file

# ------------------------------------------------------------------ names


def test_a_short_form_is_the_first_full_name_and_never_a_nationality() -> None:
    got = positive_in(
        "Harlow Semiconductor has completed its takeover of Penn Optics. Harlow, which was "
        "known as Harlow Microdevices until a 2019 rebrand, bought the packaging firm Ketter "
        "Assembly in 2021. The Welsh Development Fund backed Penn Optics, which will keep its "
        "Welsh headquarters."
    )
    assert ("Harlow Microdevices", "rebrands-as", "Harlow Semiconductor") in got
    assert ("Harlow Semiconductor", "owns", "Ketter Assembly") in got
    assert not any(
        "Welsh" in s or "Welsh" in o
        for s, _, o in got
        if (s, o) != ("Welsh Development Fund", "Penn Optics")
    )


def test_a_university_keeps_of_in_its_name() -> None:
    got = positive_in(
        "Pict AI is a start-up spun out of the University of Bergen in 2022. "
        "The university still owns a minority share of the company."
    )
    assert ("University of Bergen", "owns", "Pict AI") in got


def test_a_surname_alone_is_the_person_and_their_quote_speaks_for_their_firm() -> None:
    got = positive_in(
        "Pict AI's chief executive Jo Tarrant spoke at a conference in Oslo. "
        '"Every model we ship was trained on GPUs we rent from Kelso Cloud," Tarrant said.'
    )
    assert ("Kelso Cloud", "rents-capacity-to", "Pict AI") in got
    assert not any("Tarrant" in s or "Tarrant" in o for s, _, o in got)


def test_the_start_up_after_a_quote_is_not_the_company_quoted() -> None:
    got = positive_in(
        "More on Quarrel Vision. We asked founder Ada Moss whether she would stay. "
        '"Vexa Group came to us, not the other way round," she told us. '
        "The start-up will move its model training onto Kelso Cloud's cluster in Lyon."
    )
    assert ("Kelso Cloud", "rents-capacity-to", "Quarrel Vision") in got
    assert ("Kelso Cloud", "rents-capacity-to", "Vexa Group") not in got


# ------------------------------------------------------------------ modality


def test_a_dropped_plan_ended_talks_and_would_have_are_denied() -> None:
    assert (
        status_in(
            "Brenna Cloud has dropped its plan to take over Osk Compute, the Czech GPU host.",
            ("Brenna Cloud", "owns", "Osk Compute"),
        )
        == "denied"
    )
    assert (
        status_in(
            "Halvor Systems and Pict AI have ended merger talks. The all-share deal would have "
            "folded Pict AI into Halvor Systems.",
            ("Halvor Systems", "owns", "Pict AI"),
        )
        == "denied"
    )


def test_a_rejected_suggestion_denies_what_follows_however_far() -> None:
    triple = ("Vexa Group", "owns", "Dunmore Labs")
    text = (
        "Dunmore Labs rejected a suggestion, made by a rival founder on a podcast, that it was "
        "in talks to be acquired by Vexa Group."
    )
    assert status_in(text, triple) in {None, "denied"}
    assert triple not in positive_in(text)


def test_declined_to_say_how_much_presupposes_the_rest() -> None:
    got = positive_in("He declined to say how much of Pict AI's existing work runs on Kelso Cloud.")
    assert ("Kelso Cloud", "rents-capacity-to", "Pict AI") in got


def test_investors_bought_out_hold_nothing() -> None:
    got = positive_in(
        "Penn Optics had raised money from Ovid Partners and from Mardale Ventures, both of "
        "which were bought out at completion."
    )
    assert ("Ovid Partners", "owns", "Penn Optics") not in got


# ------------------------------------------------------------------ owns


def test_an_owner_named_with_its_description() -> None:
    got = positive_in(
        "Kelso Cloud's majority owner is the regional utility Tarn Energi. "
        "Brisa Compute is itself majority-owned by the pension fund Rask Pensjon."
    )
    assert ("Tarn Energi", "owns", "Kelso Cloud") in got
    assert ("Rask Pensjon", "owns", "Brisa Compute") in got


def test_stakes_in_described_companies_and_in_both_of_two() -> None:
    got = positive_in(
        "Halvor Systems bought the Dutch packaging firm Ketter Assembly in 2023 and last year "
        "took a 20% stake in the Taiwanese substrate maker Yuen Materials. "
        "Ovid Partners is a shareholder in both Kelso Cloud and Brisa Compute. "
        "Mardale Capital, another large investor in Pict AI, declined to comment. "
        "Tarn Energi owns a large chunk of Orrin Labs."
    )
    assert ("Halvor Systems", "owns", "Yuen Materials") in got
    assert ("Ketter Assembly", "owns", "Yuen Materials") not in got
    assert ("Ovid Partners", "owns", "Brisa Compute") in got
    assert ("Mardale Capital", "owns", "Pict AI") in got
    assert ("Tarn Energi", "owns", "Orrin Labs") in got


def test_owned_units_with_a_description_before_the_name() -> None:
    got = positive_in(
        "Sarn Group, for its part, still owns the data-labelling unit Tolvo. "
        "Tarn Energi already owns Bergen-based Fjell Racks. "
        "Tarn Energi also owns the Stavanger colocation business Nordby Racks, which it "
        "bought two years ago."
    )
    assert ("Sarn Group", "owns", "Tolvo") in got
    assert ("Tarn Energi", "owns", "Fjell Racks") in got
    assert ("Tarn Energi", "owns", "Nordby Racks") in got


def test_a_site_in_apposition_and_a_product_named_with_its_maker() -> None:
    got = positive_in(
        "Kelso Cloud has energised Boden Two, its liquid-cooled campus in Sweden. "
        "Pict AI competes with the Sarn Group product Lexo."
    )
    assert ("Kelso Cloud", "owns", "Boden Two") in got
    assert ("Sarn Group", "owns", "Lexo") in got


def test_backers_of_a_round_and_not_of_each_other() -> None:
    got = positive_in(
        "Pict AI raised $90 million. The round was led by Ovid Ventures, with Mardale Ventures "
        "joining."
    )
    assert ("Ovid Ventures", "owns", "Pict AI") in got
    assert ("Mardale Ventures", "owns", "Pict AI") in got
    assert ("Ovid Ventures", "owns", "Mardale Ventures") not in got
    later = positive_in(
        "Orrin Labs has raised $210 million. The round was led by Ovid Ventures; Rask Ventures "
        "and the university's own venture fund also took part."
    )
    assert ("Rask Ventures", "owns", "Orrin Labs") in later


def test_a_coordinated_verb_after_a_possessive_is_not_the_possessors() -> None:
    got = positive_in(
        "Imperial Forge's spin-out Fennro Robotics was bought outright by the industrial group "
        "Kestner last autumn, and now trains on Kestner's in-house cluster."
    )
    assert ("Kestner", "owns", "Fennro Robotics") in got
    assert ("Kestner", "rents-capacity-to", "Imperial Forge") not in got


# ------------------------------------------------------------------ rents-capacity-to


def test_customer_lists_and_appositive_customers() -> None:
    got = positive_in(
        "Kelso Cloud's customer list now includes Pict AI and Orrin Labs. "
        "Brisa Compute's biggest customer, the coding-assistant maker Fennro, is unaffected. "
        "Dunmore Labs, which Brisa Compute counts among its largest tenants, took 30MW more."
    )
    assert ("Kelso Cloud", "rents-capacity-to", "Pict AI") in got
    assert ("Kelso Cloud", "rents-capacity-to", "Orrin Labs") in got
    assert ("Brisa Compute", "rents-capacity-to", "Fennro") in got
    assert ("Brisa Compute", "rents-capacity-to", "Dunmore Labs") in got


def test_a_chipmakers_customer_rents_nothing() -> None:
    got = positive_in(
        "Teign Semiconductor said Vantor Robotics was also Teign Semiconductor's largest "
        "customer for memory controllers."
    )
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


def test_a_renamed_cloud_still_has_customers() -> None:
    got = positive_in(
        "Sable Compute will be known as Sable Cloud from June. Its biggest customer, the "
        "coding-assistant maker Fennro, is unaffected."
    )
    assert any(
        s in {"Sable Compute", "Sable Cloud"} and p == "rents-capacity-to" and o == "Fennro"
        for s, p, o in got
    )


def test_capacity_bought_from_and_trained_on_capacity_from() -> None:
    got = positive_in(
        "Almost all of Lyrra's training capacity is bought from Pinewold Cloud. "
        "Until now Solen AI has trained on capacity from Brisa Compute."
    )
    assert ("Pinewold Cloud", "rents-capacity-to", "Lyrra") in got
    assert ("Brisa Compute", "rents-capacity-to", "Solen AI") in got


def test_a_capacity_deal_between_a_lab_and_an_unlisted_company() -> None:
    got = positive_in(
        "A seven-year capacity agreement between Harrow Data and Solen AI will fill most of "
        "the Culpeper campus."
    )
    assert ("Harrow Data", "rents-capacity-to", "Solen AI") in got
    sale = positive_in("Harrow Data signed a deal with Solen AI to use its drug-discovery models.")
    assert ("Harrow Data", "rents-capacity-to", "Solen AI") not in sale


# ------------------------------------------------------------------ competes-with, rebrands-as


def test_rivalry_in_several_wordings() -> None:
    got = positive_in(
        "Kelso Cloud competes for AI tenants with Brisa Compute and with the Danish operator "
        "Holm Data. Brisa Compute has taken share from Vantor Cloud in training contracts. "
        "Pict AI, of course, is Dunmore Labs' most dangerous rival in search."
    )
    pairs = {frozenset((s, o)) for s, p, o in got if p == "competes-with"}
    assert frozenset(("Kelso Cloud", "Brisa Compute")) in pairs
    assert frozenset(("Kelso Cloud", "Holm Data")) in pairs
    assert frozenset(("Brisa Compute", "Vantor Cloud")) in pairs
    assert frozenset(("Pict AI", "Dunmore Labs")) in pairs


def test_the_two_compete_after_a_pair() -> None:
    got = positive_in(
        "Breaking: Halvor Systems and Pict AI have ended merger talks. Sources said regulators "
        "were uneasy because the two compete in warehouse software."
    )
    pairs = {frozenset((s, o)) for s, p, o in got if p == "competes-with"}
    assert frozenset(("Halvor Systems", "Pict AI")) in pairs


def test_former_names_in_three_wordings() -> None:
    got = positive_in(
        "Harrow Data, which until March operated as Piedmont Colo Partners, is growing. "
        "Brisa Compute was founded in 2019 as Brisa Mining and took its current name later. "
        "Kelso Cloud traded as Polar Hosting until last spring."
    )
    assert ("Piedmont Colo Partners", "rebrands-as", "Harrow Data") in got
    assert ("Brisa Mining", "rebrands-as", "Brisa Compute") in got
    assert ("Polar Hosting", "rebrands-as", "Kelso Cloud") in got


def test_list_items_that_repeat_their_preposition() -> None:
    got = positive_in(
        "Brennor Micro rents test capacity from Vantor Cloud and from Cirro Compute. "
        "Wrenly AI competes with Dunmore Labs and, increasingly, with Pict AI."
    )
    assert ("Cirro Compute", "rents-capacity-to", "Brennor Micro") in got
    pairs = {frozenset((s, o)) for s, p, o in got if p == "competes-with"}
    assert frozenset(("Wrenly AI", "Pict AI")) in pairs


def test_a_rival_named_after_whose_and_a_host_for_the_lab() -> None:
    got = positive_in(
        "The deal matters for Orbis Racks, whose smaller rival Tamsin Grid had also bid. "
        "Wrenly AI, the London lab, has a deal under which Orbis Racks will host 6,000 GPUs for "
        "the lab in Slough."
    )
    pairs = {frozenset((s, o)) for s, p, o in got if p == "competes-with"}
    assert frozenset(("Orbis Racks", "Tamsin Grid")) in pairs
    assert ("Orbis Racks", "rents-capacity-to", "Wrenly AI") in got


# ------------------------------------------------------------------ merged rules together


def test_a_byline_names_a_writer_who_is_never_the_lab() -> None:
    got = positive_in(
        "Tessaly AI adds Brindle Racks as a second supplier\n\n"
        "By Marten Oakes, infrastructure correspondent\n\n"
        "Tessaly AI, the Leeds start-up behind the Corra speech models, has agreed a deal "
        "under which Brindle Racks will host a cluster of 4,000 chips for the lab in Didcot."
    )
    assert ("Brindle Racks", "rents-capacity-to", "Tessaly AI") in got
    assert not any("Marten Oakes" in (s, o) for s, _, o in got)


def test_the_chatbot_maker_is_the_lab_not_the_story_s_cloud() -> None:
    got = positive_in(
        "Quillon Cloud's order book is lopsided. Vanta Labs takes most of its capacity, and "
        "the chatbot maker also holds equity in the provider after a shares-for-compute swap."
    )
    assert ("Vanta Labs", "owns", "Quillon Cloud") in got


def test_a_description_before_a_name_stays_when_the_name_opens_a_relative_clause() -> None:
    got = positive_in(
        "Torvik Systems now runs two chip teams: its own, and Pellora Logic, the Danish start-up "
        "Torvik Systems acquired in 2023. The deal went to the robotics start-up Quenby Labs."
    )
    assert ("Torvik Systems", "owns", "Pellora Logic") in got
