"""Constructions met in round 11a of unseen articles (k01-k08), one test each.

Each is a general reading of news English: a stake sold in full however it is worded, a
holder introduced by what it had held, an interviewer's paraphrase that the guest
corrects, the object of a deal verb that cannot be its own subject, and a name ending in
"s" that the article has already used mid-sentence. Every sentence is made up for the
test (invented companies), in words other than the articles' own.
"""

from __future__ import annotations

from extracted import competes_in, denied_in, positive_in  # beside this file


def test_selling_an_entire_remaining_stake_ends_the_holding() -> None:
    text = "To fund its buildout, Corvel Group sold its entire remaining stake in Brisant Chips."
    assert ("Corvel Group", "owns", "Brisant Chips") not in positive_in(text)


def test_selling_part_of_a_stake_is_no_exit() -> None:
    # selling "a 51% stake" to someone else leaves the seller the rest
    text = (
        "Corvel Group spun out its chip unit Brisant Chips: it sold a 51% stake to Amhurst "
        "Partners earlier this year and keeps the remaining 49%."
    )
    assert ("Corvel Group", "owns", "Brisant Chips") in positive_in(text)


def test_a_holder_named_by_what_it_had_owned_is_a_former_holder() -> None:
    text = "Corvel Group, which had owned a third of Brisant Chips, booked a gain on the sale."
    assert ("Corvel Group", "owns", "Brisant Chips") not in positive_in(text)


def test_a_holder_that_has_owned_a_stake_since_a_year_still_holds_it() -> None:
    text = "Corvel Group, which has owned a third of Brisant Chips since 2021, booked a profit."
    assert ("Corvel Group", "owns", "Brisant Chips") in positive_in(text)


def test_an_interviewers_paraphrase_the_guest_corrects_is_no_fact() -> None:
    text = (
        "HOST: Tell me about Ostry and Lumenfold.\n\n"
        "GUEST: Ostry licensed Lumenfold's compiler and hired its founders.\n\n"
        "HOST: So Ostry bought Lumenfold.\n\n"
        "GUEST: People keep saying that. Ostry did not buy Lumenfold. It stays independent."
    )
    assert ("Ostry", "owns", "Lumenfold") not in positive_in(text)
    assert ("Ostry", "owns", "Lumenfold") in denied_in(text)


def test_an_interviewers_statement_the_guest_confirms_stands() -> None:
    text = (
        "HOST: So Ostry bought Lumenfold.\n\n"
        "GUEST: It did, in March, for about $400 million in cash."
    )
    assert ("Ostry", "owns", "Lumenfold") in positive_in(text)


def test_the_object_of_a_deal_verb_is_not_its_own_subject() -> None:
    # the story is mostly about Ostry Silicon, yet "the company" it did not buy is Lumenfold
    text = (
        "Ostry Silicon makes inference chips. Ostry Silicon sells them to clouds. Ostry Silicon "
        "licensed designs from Lumenfold Labs last year. Ostry Silicon did not buy the company."
    )
    assert ("Ostry Silicon", "owns", "Lumenfold Labs") in denied_in(text)


def test_a_name_ending_in_s_opens_a_later_sentence() -> None:
    # "into Vexis." vouches for "Vexis" as a name when it opens the next sentence
    text = (
        "Ostry Silicon put $300 million into Vexis. Vexis stays independent, and it still "
        "fights Brevard for every design customer."
    )
    assert frozenset(("Vexis", "Brevard")) in competes_in(text)
    assert frozenset(("Ostry Silicon", "Brevard")) not in competes_in(text)


def test_a_round_leader_backs_the_company_asked_about_not_a_later_clauses_name() -> None:
    text = (
        "Who owns Brisket Labs?\n\n"
        "The founders still hold a majority. Orwell Capital led the last round and has a "
        "board seat; Kestrel Fund, Ostry Silicon's venture arm, put in a smaller amount."
    )
    assert ("Orwell Capital", "owns", "Brisket Labs") in positive_in(text)
    assert ("Orwell Capital", "owns", "Ostry Silicon") not in positive_in(text)


def test_money_put_in_answers_who_owns_the_company() -> None:
    text = (
        "Who owns Brisket Labs?\n\n"
        "The founders hold most of it. Kestrel Fund put in $20 million last spring, and so "
        "did Harwood Partners."
    )
    assert ("Kestrel Fund", "owns", "Brisket Labs") in positive_in(text)
    assert ("Harwood Partners", "owns", "Brisket Labs") in positive_in(text)


def test_who_the_interviewee_sees_as_competition_names_its_rivals() -> None:
    text = (
        "Brisket Labs, the Leeds voice start-up, raised money last year. We spoke to its "
        "chief executive.\n\n"
        "Who else do you see as competition?\n\n"
        "Mistral AI, whenever a bank wants a European supplier."
    )
    assert frozenset(("Brisket Labs", "Mistral AI")) in competes_in(text)


def test_others_that_took_part_hold_stakes_in_the_round_just_named() -> None:
    text = (
        "Brisket Labs has closed a $60 million Series A led by Orwell Capital. Kestrel Fund "
        "and the existing investor Harwood Partners also took part."
    )
    assert ("Kestrel Fund", "owns", "Brisket Labs") in positive_in(text)
    assert ("Harwood Partners", "owns", "Brisket Labs") in positive_in(text)


def test_taking_part_in_something_else_is_no_stake() -> None:
    text = "Brisket Labs held a developer day. Kestrel Fund and Harwood Partners took part."
    assert ("Kestrel Fund", "owns", "Brisket Labs") not in positive_in(text)


def test_the_company_after_a_sentence_of_investors_is_the_one_they_backed() -> None:
    text = (
        "Brisket Labs has closed a $60 million Series A led by Orwell Capital. Kestrel Fund "
        "and Harwood Partners also took part. The company trains on GPUs it rents from "
        "Tamsell Cloud."
    )
    assert ("Tamsell Cloud", "rents-capacity-to", "Brisket Labs") in positive_in(text)
    assert ("Tamsell Cloud", "rents-capacity-to", "Harwood Partners") not in positive_in(text)


def test_a_deal_someone_says_a_company_could_simply_do_is_no_plan() -> None:
    text = "Analysts have floated a fix: Corvel Group could simply buy Brisant Chips outright."
    assert ("Corvel Group", "owns", "Brisant Chips") not in positive_in(text)


def test_a_company_that_could_buy_another_is_still_a_possible_plan() -> None:
    text = "Corvel Group could buy Brisant Chips next year, people familiar with the talks said."
    assert ("Corvel Group", "owns", "Brisant Chips") in positive_in(text)


def test_a_roster_of_suppliers_that_already_includes_names_the_landlords() -> None:
    text = "Brisket AI's roster of suppliers already includes Tamsell Cloud and Orbison Cloud."
    assert ("Tamsell Cloud", "rents-capacity-to", "Brisket AI") in positive_in(text)
    assert ("Orbison Cloud", "rents-capacity-to", "Brisket AI") in positive_in(text)


def test_a_service_named_as_a_companys_own_belongs_to_it() -> None:
    text = (
        "Brevard Chips stays independent, and Brevard Cloud, its inference service, keeps "
        "running for customers."
    )
    assert ("Brevard Chips", "owns", "Brevard Cloud") in positive_in(text)


def test_the_price_paid_for_a_company_buys_it() -> None:
    text = "Orwell Systems paid $640 million for Brisant Chips, the optical start-up, in 2024."
    assert ("Orwell Systems", "owns", "Brisant Chips") in positive_in(text)


def test_the_price_paid_for_a_companys_patents_buys_only_them() -> None:
    text = "Orwell Systems paid $40 million for Brisant Chips' patents last year."
    assert ("Orwell Systems", "owns", "Brisant Chips") not in positive_in(text)


def test_one_of_the_largest_shareholders_in_a_company_holds_a_stake() -> None:
    text = "Tarrow Group has become one of the largest outside shareholders in Velmi AI."
    assert ("Tarrow Group", "owns", "Velmi AI") in positive_in(text)


def test_a_group_that_is_one_of_its_shareholders_holds_a_stake() -> None:
    text = (
        "Velmi AI depends on one customer. Tarrow Group, the Gulf technology group that is "
        "also one of its shareholders, accounted for most of its revenue."
    )
    assert ("Tarrow Group", "owns", "Velmi AI") in positive_in(text)


def test_a_counted_batch_of_gpus_taken_at_a_landlords_campus_is_rented() -> None:
    text = "Lumeni AI is taking about 9,000 GPUs at Quarrel Compute's new Groningen campus."
    assert ("Quarrel Compute", "rents-capacity-to", "Lumeni AI") in positive_in(text)


def test_chips_pitched_against_a_rivals_make_the_makers_rivals() -> None:
    text = "Veltra Chips, whose low-power parts are pitched against Brannock's, will be renamed."
    assert frozenset(("Veltra Chips", "Brannock")) in competes_in(text)


def test_a_new_word_before_a_products_alias_names_another_product() -> None:
    # "Copilot" alone is Microsoft's; "Tessel Copilot" is another company's assistant
    text = (
        "Brannock launched Tessel Copilot in March and, by June, had rebranded the assistant "
        "as Brannock Agent."
    )
    assert ("Tessel Copilot", "rebrands-as", "Brannock Agent") in positive_in(text)
    assert ("Microsoft Copilot", "rebrands-as", "Brannock Agent") not in positive_in(text)


def test_a_new_name_that_goes_on_past_a_known_name_is_not_that_name() -> None:
    text = (
        "Brannock's assistant for field crews was called Tessel Assist. In May Brannock "
        "renamed it Gemini for Field Teams."
    )
    assert not {t for t in positive_in(text) if t[1] == "rebrands-as" and t[2] == "Gemini"}


def test_a_rename_dated_by_a_month_after_the_new_name_stands() -> None:
    text = "Brannock Mining renamed itself Brannock Cloud in March, after its first AI lease."
    assert ("Brannock Mining", "rebrands-as", "Brannock Cloud") in positive_in(text)
