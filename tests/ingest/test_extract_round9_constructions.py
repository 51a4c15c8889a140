"""Constructions met in the ninth round of unseen articles (i01-i08), one test each.

Each is a general reading of news English: a name inside an appositive's relative
clause is not the main verb's subject, warrants never exercised are no stake, a habit
that ended ("used to rent"), a transcript's "we" is the company holding the call, and
renamings told with an epithet or a date. Every sentence is made up for the test
(invented companies), in words other than the articles' own.
"""

from __future__ import annotations

from extracted import EXTRACTOR, claims_in, competes_in, positive_in, status_in  # beside this file

from ingest.models import Document

# ------------------------------------------------------------------ subjects and owners


def test_a_name_in_the_relative_clause_of_an_appositive_is_not_the_verbs_subject() -> None:
    text = (
        "Pallor Cloud, the Oslo hosting company that was spun out of the miner Quintel Energy "
        "in 2023, has agreed to supply Drayfield Systems with 5,000 GPUs."
    )
    found = positive_in(text)
    assert ("Pallor Cloud", "rents-capacity-to", "Drayfield Systems") in found
    assert ("Quintel Energy", "rents-capacity-to", "Drayfield Systems") not in found


def test_a_countrys_plural_possessive_is_no_owner() -> None:
    text = "The obvious comparison is with the Bahamas' Kestrel Labs."
    assert not any(p == "owns" for _, p, _ in positive_in(text))


def test_counting_a_firm_as_a_sized_minority_investor_is_a_stake() -> None:
    text = "Drayfield Systems counts Pallor Capital as a $300 million minority investor."
    stakes = [c for c in claims_in(text) if c.predicate == "owns"]
    assert [(c.subject, c.object, c.stake) for c in stakes] == [
        ("Pallor Capital", "Drayfield Systems", True)
    ]


def test_warrants_not_exercised_are_no_stake() -> None:
    text = (
        "Under the lease, Quintel Labs received warrants for 4% of Pallor Cloud; "
        "it has not exercised them."
    )
    assert status_in(text, ("Quintel Labs", "owns", "Pallor Cloud")) == "denied"


def test_warrants_received_are_still_read() -> None:
    text = "Under the lease, Quintel Labs received warrants for 4% of Pallor Cloud."
    assert ("Quintel Labs", "owns", "Pallor Cloud") in positive_in(text)


# ------------------------------------------------------------------ a habit that ended


def test_used_to_rent_is_a_relation_that_ended() -> None:
    text = "Drayfield Systems used to rent GPUs from Pallor Cloud."
    assert status_in(text, ("Pallor Cloud", "rents-capacity-to", "Drayfield Systems")) == "denied"


def test_gpus_used_to_train_are_no_habit() -> None:
    text = "Drayfield Systems rents the GPUs used to train its models from Pallor Cloud."
    assert ("Pallor Cloud", "rents-capacity-to", "Drayfield Systems") in positive_in(text)


# ------------------------------------------------------------------ transcripts


def test_in_an_earnings_call_transcript_we_is_the_company_holding_the_call() -> None:
    text = (
        "[Transcript: Pallor Cloud fourth-quarter earnings call, March 3, 2026.]\n\n"
        "ANALYST ONE: Is Quintel Labs the new customer? Quintel Labs keeps coming up.\n\n"
        "JO ROE, CHIEF EXECUTIVE: Yes. Quintel Labs signed with us. "
        "Harwell Partners owns about 20% of us.\n\n"
        "AL DOE, CHIEF FINANCIAL OFFICER: We lease our halls from Brisa Realty."
    )
    found = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    triples = {(c.subject, c.predicate, c.object) for c in found if c.status != "denied"}
    assert ("Harwell Partners", "owns", "Pallor Cloud") in triples
    assert ("Harwell Partners", "owns", "Quintel Labs") not in triples
    assert ("Brisa Realty", "rents-capacity-to", "Pallor Cloud") in triples


# ------------------------------------------------------------------ rebrands-as


def test_an_epithet_whose_relative_clause_gives_the_new_name() -> None:
    text = (
        "The deal adds Brisa, the storage specialist that Harwell bought in 2019 and that "
        "has since been renamed Harwell Brisa Storage."
    )
    assert ("Brisa", "rebrands-as", "Harwell Brisa Storage") in positive_in(text)


def test_an_epithet_that_traded_under_the_old_name_until_a_date() -> None:
    text = (
        "Pallor Data, the Utah operator that traded as Pallor Mining until May, "
        "reported higher revenue."
    )
    assert ("Pallor Mining", "rebrands-as", "Pallor Data") in positive_in(text)


def test_until_a_year_it_was_called_gives_the_old_name() -> None:
    text = "Pallor Compute runs two halls in Bergen. Until 2023 it was called Pallor Hosting."
    assert ("Pallor Hosting", "rebrands-as", "Pallor Compute") in positive_in(text)


def test_from_a_date_a_company_will_be_a_new_name() -> None:
    text = "From March, Pallor Compute will be Pallor AI Cloud; its ticker stays the same."
    assert ("Pallor Compute", "rebrands-as", "Pallor AI Cloud") in positive_in(text)


def test_from_a_date_a_company_will_be_anothers_customer_is_no_rename() -> None:
    text = "From March, Pallor Compute will be Quintel Labs' largest customer."
    assert not any(p == "rebrands-as" for _, p, _ in positive_in(text))


# ------------------------------------------------------------------ interviews and states


def test_answers_to_questions_put_to_you_speak_for_the_interviews_company() -> None:
    text = (
        "Pallor Labs builds models for lawyers. Its founder spoke to us.\n\n"
        "Where do you rent your GPUs?\n"
        "Pallor Labs rents most of them from Brisa Cloud. Harwell Capital owns 15% of us."
    )
    assert ("Harwell Capital", "owns", "Pallor Labs") in positive_in(text)


def test_not_a_customer_today_ends_an_earlier_trial() -> None:
    text = (
        "Pallor Labs ran a pilot on Brisa Cloud GPUs last year. It went nowhere, and "
        "Pallor Labs is not a Brisa Cloud customer today."
    )
    assert ("Brisa Cloud", "rents-capacity-to", "Pallor Labs") not in positive_in(text)


def test_a_joint_venture_that_two_companies_own_is_held_by_both() -> None:
    text = (
        "Capacity comes through Brisa-Pallor, a joint venture that Brisa and Pallor Cloud "
        "own in equal halves."
    )
    stakes = {(c.subject, c.object, c.stake) for c in claims_in(text) if c.predicate == "owns"}
    assert ("Brisa", "Brisa-Pallor", True) in stakes
    assert ("Pallor Cloud", "Brisa-Pallor", True) in stakes


def test_a_round_with_its_date_before_led_by() -> None:
    text = (
        "Pallor Cloud closed a $400 million Series C in May, led by Quintel Capital, "
        "with Harwell and Dunmore among the other backers."
    )
    found = positive_in(text)
    for backer in ("Quintel Capital", "Harwell", "Dunmore"):
        assert (backer, "owns", "Pallor Cloud") in found


def test_rivals_described_as_the_ones_a_company_bids_against() -> None:
    text = (
        "The deal puts Pallor Cloud level with Quintel Cloud and Brisa Cloud, "
        "the two neoclouds it most often bids against."
    )
    found = competes_in(text)
    assert frozenset(("Pallor Cloud", "Quintel Cloud")) in found
    assert frozenset(("Pallor Cloud", "Brisa Cloud")) in found


def test_firms_a_company_meets_outside_bidding_are_no_rivals() -> None:
    text = (
        "Quintel Hosting and Brisa Data are the firms Pallor Data meets every year at a golf day."
    )
    assert not competes_in(text)


def test_a_landlords_tenants_section_lists_its_renters() -> None:
    text = (
        "Pallor Data reported higher revenue on Tuesday.\n\n"
        "TENANTS\n"
        "- Quintel Labs: the lab occupies all 90 MW of the Ogden campus under a long lease.\n"
        "- Brisa AI: 20 MW at a second site."
    )
    found = positive_in(text)
    assert ("Pallor Data", "rents-capacity-to", "Quintel Labs") in found
    assert ("Pallor Data", "rents-capacity-to", "Brisa AI") in found


# ------------------------------------------------------------------ stakes and control


def test_a_stake_named_without_its_company_is_in_the_one_just_bought() -> None:
    text = (
        "Harwell Partners bought Pallor Data in 2024. "
        "Quintel Pension came in with a minority stake."
    )
    found = positive_in(text)
    assert ("Quintel Pension", "owns", "Pallor Data") in found
    assert ("Quintel Pension", "owns", "Harwell Partners") not in found


def test_a_bare_minority_percentage_is_a_stake_in_the_paragraphs_company() -> None:
    text = "Brisa Group holds 60% of Pallor Labs; Heron Ventures owns 25% and staff hold the rest."
    stakes = {(c.subject, c.object, c.stake) for c in claims_in(text) if c.predicate == "owns"}
    assert ("Heron Ventures", "Pallor Labs", True) in stakes


def test_a_percentage_of_margins_is_no_stake() -> None:
    text = "Pallor Labs grew fast. Quintel Cloud has 25% margins."
    assert not any(p == "owns" for _, p, _ in positive_in(text))


def test_making_a_company_a_subsidiary_of_another_is_control() -> None:
    text = (
        "Rennick Capital lifted its holding to 51% in May, making Pallor Data a consolidated "
        "subsidiary of the investment firm."
    )
    owns = [c for c in claims_in(text) if c.predicate == "owns" and c.status != "denied"]
    assert [(c.subject, c.object, c.stake) for c in owns] == [
        ("Rennick Capital", "Pallor Data", False)
    ]


# ------------------------------------------------------------------ rents-capacity-to


def test_gpus_supplied_to_a_lab_by_a_cloud_in_the_passive() -> None:
    text = "More than 9,000 GPUs are being supplied to Pallor Labs by Quintel Cloud this year."
    assert ("Quintel Cloud", "rents-capacity-to", "Pallor Labs") in positive_in(text)


def test_chips_sold_to_a_lab_by_a_chipmaker_are_no_rental() -> None:
    text = "The chips were sold to Pallor Labs by Quintel Cloud."
    assert ("Quintel Cloud", "rents-capacity-to", "Pallor Labs") not in positive_in(text)


def test_taking_capacity_in_another_companys_data_centres() -> None:
    text = "Pallor Labs agreed to take 300 megawatts of capacity in Quintel Data's data centres."
    assert ("Quintel Data", "rents-capacity-to", "Pallor Labs") in positive_in(text)


# ------------------------------------------------------------------ questions and answers


def test_who_are_you_up_against_frames_the_interviews_rivals() -> None:
    text = (
        "Pallor Labs makes legal models. We spoke to its founder about Pallor Labs.\n\n"
        "Who are you up against?\n"
        "Quintel AI, mainly. Also Brisa Labs, the start-up that Harwell built and still controls."
    )
    found = positive_in(text)
    assert ("Pallor Labs", "competes-with", "Quintel AI") in found
    assert ("Pallor Labs", "competes-with", "Brisa Labs") in found
    assert ("Harwell", "owns", "Brisa Labs") in found
    assert ("Pallor Labs", "competes-with", "Harwell") not in found


def test_among_them_names_the_customers_a_question_asked_about() -> None:
    text = (
        "Does Pallor Compute have outside customers?\n"
        "Yes. Among them is Brisa Robotics, the Dutch start-up, which rents 500 GPUs there."
    )
    assert ("Pallor Compute", "rents-capacity-to", "Brisa Robotics") in positive_in(text)


def test_a_unit_that_is_wholly_ours_in_an_answer_belongs_to_the_speakers_company() -> None:
    text = (
        "[Transcript: Pallor Cloud first-quarter earnings call, May 5, 2026.]\n\n"
        "ANALYST: And the Brisa Networks acquisition?\n\n"
        "JO ROE: Closed in April. Brisa Networks is wholly ours now."
    )
    found = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    owns = {(c.subject, c.object, c.stake) for c in found if c.predicate == "owns"}
    assert ("Pallor Cloud", "Brisa Networks", False) in owns


def test_a_unit_that_is_now_entirely_another_firms() -> None:
    text = "Brisa Networks is now entirely Pallor Cloud's."
    assert ("Pallor Cloud", "owns", "Brisa Networks") in positive_in(text)


def test_the_enlarged_company_after_a_takeover_is_the_buyer() -> None:
    text = (
        "Pallor Systems has completed its takeover of Brisa Networks. "
        "The enlarged company will go head to head with Quintel Networks."
    )
    found = competes_in(text)
    assert frozenset(("Pallor Systems", "Quintel Networks")) in found
    assert frozenset(("Brisa Networks", "Quintel Networks")) not in found


def test_the_combined_company_of_a_merger_is_neither_party() -> None:
    text = (
        "Pallor Systems and Brisa Networks agreed to merge. "
        "The combined company will go head to head with Quintel Networks."
    )
    assert not any("Quintel Networks" in pair for pair in competes_in(text))


def test_subletting_part_of_a_reservation_rents_it_on() -> None:
    text = "Pallor Cloud sublets part of its Oslo reservation to Brisa Labs at weekends."
    assert ("Pallor Cloud", "rents-capacity-to", "Brisa Labs") in positive_in(text)


def test_chips_set_aside_for_a_lab_are_rented_to_it() -> None:
    text = "Quintel Data has 4,000 H200s set aside for Pallor Labs until 2027."
    assert ("Quintel Data", "rents-capacity-to", "Pallor Labs") in positive_in(text)


def test_money_set_aside_for_a_lab_is_no_rental() -> None:
    text = "Quintel Data has $2 billion set aside for Pallor Labs."
    assert not any(p == "rents-capacity-to" for _, p, _ in positive_in(text))
