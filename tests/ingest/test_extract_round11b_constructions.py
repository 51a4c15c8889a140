"""Constructions round 11b's long articles left unread or misread, one test each.

Each is a general reading of news English: an interview whose later questions do not
say "you", a price paid for a company, an old name given by "until ... was a ... called"
or "traded under the name", and readings that must not be made. Every sentence is made
up for the test (invented companies), in words other than the round's articles.
"""

from __future__ import annotations

from extracted import competes_in, denied_in, positive_in  # beside this file

# ------------------------------------------------------------------ interviews


def test_an_interviews_later_questions_are_put_to_the_same_person() -> None:
    text = (
        "Pellworth Cloud rents GPUs to AI labs. We spoke to its founder, Ana Ruiz.\n\n"
        "Do you sell to banks?\n\nNot yet.\n\n"
        "Who is the largest customer?\n\n"
        "Orla Robotics trains its models on our cluster in Ohio."
    )
    assert ("Pellworth Cloud", "rents-capacity-to", "Orla Robotics") in positive_in(text)


def test_an_explainers_questions_give_no_we_to_the_topic() -> None:
    text = (
        "Pellworth Cloud rents GPUs to AI labs.\n\n"
        "Who is the largest customer?\n\n"
        "Orla Robotics trains its models on our cluster in Ohio."
    )
    assert ("Pellworth Cloud", "rents-capacity-to", "Orla Robotics") not in positive_in(text)


# ------------------------------------------------------------------ a price paid


def test_a_price_paid_for_a_company_is_its_purchase() -> None:
    for sentence in (
        "Tarvin Systems paid $610 million in cash for Brodin Labs.",
        "Tarvin Systems, the Danish payroll group, agreed to pay about $1 billion for Brodin Labs.",
        "Tarvin Systems paid a reported €250 million for the Brodin Labs team and its code.",
    ):
        assert ("Tarvin Systems", "owns", "Brodin Labs") in positive_in(sentence), sentence


def test_a_price_paid_for_a_licence_or_capacity_buys_no_company() -> None:
    for sentence in (
        "Tarvin Systems paid $2 billion for a licence to Brodin Labs' chip designs.",
        "Tarvin Systems paid $900 million for Brodin Labs' technology.",
        "Tarvin Systems will pay $3 billion for Brodin Labs capacity over five years.",
    ):
        assert ("Tarvin Systems", "owns", "Brodin Labs") not in positive_in(sentence), sentence


# ------------------------------------------------------------------ old names


def test_until_then_it_was_a_firm_called_gives_the_old_name() -> None:
    text = (
        "Hexley Compute runs 8,000 GPUs in Iowa. "
        "Until 2024 it was a wind-farm developer called Hexley Renewables."
    )
    assert ("Hexley Renewables", "rebrands-as", "Hexley Compute") in positive_in(text)


def test_an_expletive_it_was_a_blow_names_nobody() -> None:
    text = "Hexley Compute lost its tenant in May. It was a blow, its chief said."
    assert not positive_in(text)


def test_which_until_then_traded_under_the_name() -> None:
    text = "Its arm, Hexley Cloud, which until May traded under the name Hexley Hosting, grew."
    assert ("Hexley Hosting", "rebrands-as", "Hexley Cloud") in positive_in(text)


# ------------------------------------------------------------------ who "the group" and heads are


def test_a_head_before_a_name_introduces_that_name_even_past_an_unread_word() -> None:
    text = (
        "Lunder AI opened a site. It runs a cluster alongside Petrova Digital, the technology "
        "arm of the state energy company Saudi Petrova."
    )
    assert ("Lunder AI", "owns", "Petrova Digital") not in positive_in(text)


def test_the_group_is_the_one_called_a_group_not_the_lab_named_last() -> None:
    text = (
        "Brenmoor Group posted record profit, mostly from its stake in Orla AI. "
        "Orla AI raised money in May at a higher valuation. "
        "The group also trimmed its holding in Tamber Vision, raising $2 billion."
    )
    got = positive_in(text)
    assert ("Brenmoor Group", "owns", "Tamber Vision") in got
    assert ("Orla AI", "owns", "Tamber Vision") not in got


# ------------------------------------------------------------------ rivals


def test_chasing_the_same_business_as_a_firms_chips_is_competing_with_it() -> None:
    for sentence in (
        "Tarvin Cloud chases the same low-latency business as Brodin Labs.",
        "Tarvin Cloud, whose wafer chips chase the same business as Brodin Labs' NPUs, grew.",
        "Ines Varga, chief executive of Tarvin Cloud, whose chips target the same banks as "
        "Brodin Labs, spoke on Monday.",
    ):
        assert frozenset(("Tarvin Cloud", "Brodin Labs")) in competes_in(sentence), sentence


def test_using_the_same_chips_as_a_firm_is_no_rivalry() -> None:
    assert not competes_in("Tarvin Cloud uses the same chips as Brodin Labs.")


def test_not_alone_then_a_list_competing_for_the_same_work_names_its_rivals() -> None:
    text = (
        "Quarrell Data is not alone in the region. Tarvin Cloud, Brodin Labs and a handful "
        "of former miners are all competing for the same AI workloads."
    )
    found = competes_in(text)
    assert frozenset(("Quarrell Data", "Tarvin Cloud")) in found
    assert frozenset(("Quarrell Data", "Brodin Labs")) in found


def test_a_pair_competing_for_the_same_tenants_are_each_others_rivals_only() -> None:
    text = (
        "Quarrell Data signed a tenant in Ohio. Tarvin Cloud and Brodin Labs are now "
        "competing for the same Western tenants."
    )
    found = competes_in(text)
    assert frozenset(("Tarvin Cloud", "Brodin Labs")) in found
    assert frozenset(("Quarrell Data", "Tarvin Cloud")) not in found


# ------------------------------------------------------------------ takeovers in relative clauses


def test_the_firm_that_a_buyer_bought_is_the_name_it_describes() -> None:
    text = "Tarvin joins Corvale Labs, the Bristol chip firm that Harrow Capital bought in 2024."
    assert ("Harrow Capital", "owns", "Corvale Labs") in positive_in(text)


def test_a_failure_in_a_clause_after_the_takeover_is_not_the_takeovers() -> None:
    text = (
        "Tarvin joins Corvale Labs, the Bristol chip designer that Harrow Capital bought in "
        "2024 after years in which it had tried and failed to compete with Brodin Labs."
    )
    assert ("Harrow Capital", "owns", "Corvale Labs") in positive_in(text)
    assert ("Corvale Labs", "competes-with", "Brodin Labs") in denied_in(text)


def test_bought_then_a_new_clause_does_not_buy_the_clauses_subject() -> None:
    text = (
        "Tarvin Cloud grew fast. Brodin Labs, a chip designer that Harrow Capital bought in "
        "2024 after years in which Tarvin Cloud had courted it, makes switches."
    )
    assert ("Harrow Capital", "owns", "Tarvin Cloud") not in positive_in(text)


# ------------------------------------------------------------------ investors and units


def test_co_investors_after_a_described_lead_also_writing_cheques() -> None:
    text = (
        "Quorra AI makes chips. In May it raised $90 million in a round led by Harwell "
        "Partners, the Leeds growth investor, with Tessing Capital and Brodin Group also "
        "writing cheques."
    )
    got = positive_in(text)
    for backer in ("Harwell Partners", "Tessing Capital", "Brodin Group"):
        assert (backer, "owns", "Quorra AI") in got, backer


def test_the_firm_that_led_a_companys_rounds_holds_part_of_it() -> None:
    text = (
        "Harwell Partners, the Leeds venture firm that led Quorra AI's first two rounds, "
        "declined to comment."
    )
    assert ("Harwell Partners", "owns", "Quorra AI") in positive_in(text)


def test_a_business_a_company_runs_named_in_apposition_is_its_own() -> None:
    text = "Brenmoor Group also runs a GPU rental business, Brenmoor Cloud, from Leeds."
    assert ("Brenmoor Group", "owns", "Brenmoor Cloud") in positive_in(text)
    customer = "Brenmoor Group runs its models on a GPU rental business, Tessing Cloud, in Leeds."
    assert ("Brenmoor Group", "owns", "Tessing Cloud") not in positive_in(customer)


def test_launched_as_one_name_and_renamed_another() -> None:
    text = "Tarvin's assistant, launched as Quillo, was renamed Quillmate in 2024."
    assert ("Quillo", "rebrands-as", "Quillmate") in positive_in(text)


def test_a_new_name_read_only_in_part_gives_no_rename() -> None:
    text = "Tarvin's assistant, launched as Quillo, was renamed Amazon Q Studio in 2024."
    assert not {t for t in positive_in(text) if t[1] == "rebrands-as"}


def test_dropped_a_word_from_its_name_and_became() -> None:
    text = (
        "Halvard Mining ran bitcoin rigs in Ohio. In 2024 it dropped the mining from its "
        "name and became Halvard Data."
    )
    assert ("Halvard Mining", "rebrands-as", "Halvard Data") in positive_in(text)


# ------------------------------------------------------------------ an interview's answers


_INTERVIEW = (
    "Pellworth Cloud rents GPUs to AI labs. We spoke to its founder, Ana Ruiz.\n\n"
    "You renamed the company last year.\n\nWhy?\n\n{answer}"
)


def test_an_interviewers_lead_in_to_you_makes_the_next_question_the_interviews() -> None:
    text = _INTERVIEW.format(answer="Orla Robotics trains its models on our cluster in Ohio.")
    assert ("Pellworth Cloud", "rents-capacity-to", "Orla Robotics") in positive_in(text)


def test_the_firms_a_company_loses_deals_to_are_its_rivals() -> None:
    text = _INTERVIEW.format(
        answer="When we lose a deal it's usually to Tessing Cloud or to Brodin Labs."
    )
    found = competes_in(text)
    assert frozenset(("Pellworth Cloud", "Tessing Cloud")) in found
    assert frozenset(("Pellworth Cloud", "Brodin Labs")) in found


def test_one_of_the_people_we_compete_with() -> None:
    text = _INTERVIEW.format(
        answer="Tessing Cloud is a big, respected provider and one of the people we compete with."
    )
    assert frozenset(("Pellworth Cloud", "Tessing Cloud")) in competes_in(text)


def test_came_in_with_a_stake_in_our_round() -> None:
    text = _INTERVIEW.format(answer="Harwell Partners came in with a stake in our Series B.")
    assert ("Harwell Partners", "owns", "Pellworth Cloud") in positive_in(text)


# ------------------------------------------------------------------ precision


def test_buying_a_division_of_a_company_does_not_buy_the_company() -> None:
    text = "Brenmoor Group agreed to buy the robotics division of Tessing, the Swiss maker."
    assert ("Brenmoor Group", "owns", "Tessing") not in positive_in(text)


def test_a_lone_generic_word_is_no_company_name() -> None:
    text = "Brenmoor Group agreed to buy io Products, a device start-up."
    assert ("Brenmoor Group", "owns", "Products") not in positive_in(text)


def test_taking_on_a_firms_product_line_is_competing_with_the_firm() -> None:
    text = "Tarvin Cloud sells server chips, where it takes on Brodin Labs' Kestra line."
    assert frozenset(("Tarvin Cloud", "Brodin Labs")) in competes_in(text)


def test_owners_who_sold_their_holdings_no_longer_own() -> None:
    text = (
        "Tarvin Cloud makes chips. Its previous owners, Harwell Partners and Tessing Capital, "
        "which had been its largest shareholder, sold their holdings in full."
    )
    assert ("Tessing Capital", "owns", "Tarvin Cloud") not in positive_in(text)


# ------------------------------------------------------------------ said once, indirectly


def test_its_only_serious_domestic_competitor_is() -> None:
    text = (
        "Tarvin AI builds models for clinics. Its only serious domestic competitor is "
        "Brodin Labs, which sells similar tools."
    )
    assert frozenset(("Tarvin AI", "Brodin Labs")) in competes_in(text)


def test_racks_that_sit_in_a_data_centre_operated_by_a_firm_are_hosted_by_it() -> None:
    text = (
        "Tarvin AI builds inference chips. In Norway it opened a site, where its racks sit "
        "in a data centre operated by Brodin Data."
    )
    assert ("Brodin Data", "rents-capacity-to", "Tarvin AI") in positive_in(text)


def test_a_payment_that_leaves_an_investor_with_a_share() -> None:
    text = (
        "Harwell Partners committed $3 billion to Quorra AI, and the last payment will leave "
        "it with roughly 11% of the company."
    )
    assert ("Harwell Partners", "owns", "Quorra AI") in positive_in(text)
