"""Constructions round 12a's articles left unread or misread, one test each.

Each is a general reading of news English: an interview's "we" is the firm its
introduction names even when the answers name a supplier more often; a subject named
only by a description keeps its relative clause's names from being taken for it; a
fronted "Founded by ..." phrase is not the sentence's subject; the first word of a
known name ending in "-ic" is that name's short form. Every sentence is made up for
the test (invented companies), in words other than the round's articles.
"""

from __future__ import annotations

from extracted import denied_in, positive_in  # beside this file

# ------------------------------------------------------------------ interviews


def test_an_interviews_we_is_the_firm_its_introduction_names() -> None:
    text = (
        "Varrow Legal's founder on chips and rivals\n\n"
        "Varrow Legal builds contract-review models. We asked its founder, Ola Berg, "
        "about compute.\n\n"
        "Q: Where do you train?\n\n"
        "A: We train on Tamsley Cloud's cluster in Leeds. Tamsley Cloud has been good.\n\n"
        "Q: Is Tamsley Cloud an investor?\n\n"
        "A: No. Our largest investor is Ormond Capital, which holds 12 percent.\n\n"
        "Q: Does Tamsley Cloud serve others?\n\n"
        "A: Yes. And we bought Pellow, a parsing team, in May."
    )
    found = positive_in(text)
    assert ("Tamsley Cloud", "rents-capacity-to", "Varrow Legal") in found
    assert ("Ormond Capital", "owns", "Varrow Legal") in found
    assert ("Varrow Legal", "owns", "Pellow") in found
    assert ("Tamsley Cloud", "owns", "Pellow") not in found
    assert ("Ormond Capital", "owns", "Tamsley Cloud") not in found


# ------------------------------------------------------------------ described subjects


def test_a_described_subjects_relative_clause_names_are_not_the_round_raiser() -> None:
    text = (
        "Hollis AI - $80 million. The inference platform, which serves models to clients "
        "including Dunmore Legal, closed a Series B at a $900 million valuation. "
        "The round was led by Carrick Ventures and Ansty Partners."
    )
    found = positive_in(text)
    assert ("Carrick Ventures", "owns", "Hollis AI") in found
    assert ("Ansty Partners", "owns", "Hollis AI") in found
    assert ("Carrick Ventures", "owns", "Dunmore Legal") not in found


def test_a_fronted_founded_by_phrase_is_not_the_subject() -> None:
    text = (
        "Set up by a former Brackley Labs engineer to automate chemistry, Quarrel AI "
        "emerged from stealth with a seed round led by Tennant Ventures."
    )
    found = positive_in(text)
    assert ("Tennant Ventures", "owns", "Quarrel AI") in found
    assert ("Tennant Ventures", "owns", "Brackley Labs") not in found


# ------------------------------------------------------------------ short forms


def test_a_known_names_first_word_ending_in_ic_is_its_short_form() -> None:
    text = (
        "Periodic Labs - $300 million.\n\n"
        "Set up by a former OpenAI researcher, Periodic raised a round led by Tennant Ventures."
    )
    found = positive_in(text)
    assert ("Tennant Ventures", "owns", "Periodic Labs") in found


def test_a_demonym_still_names_no_short_form() -> None:
    text = (
        "Nordic Power Holdings bought a stake in Fenn AI. "
        "Its Nordic headquarters are in Oslo, and Fenn AI rents GPUs from Lysa Cloud."
    )
    found = positive_in(text)
    assert ("Nordic Power Holdings", "owns", "Fenn AI") in found
    assert not any(s == "Nordic" or o == "Nordic" for s, _, o in found)


# ------------------------------------------------------------------ stakes and purchases


def test_backers_who_put_money_in_hold_stakes_in_the_round_raiser() -> None:
    text = (
        "Quarrel AI has closed a $90 million round. Tennant Ventures led the financing. "
        "Halvard Capital, Nettle Ventures and the family office Brook Partners also put "
        "money in, according to a filing."
    )
    found = positive_in(text)
    for backer in ("Tennant Ventures", "Halvard Capital", "Nettle Ventures", "Brook Partners"):
        assert (backer, "owns", "Quarrel AI") in found


def test_a_price_in_words_paid_for_a_company_buys_it() -> None:
    text = "Marrick Data paid more than a billion dollars for Ostler, a query-engine start-up."
    assert ("Marrick Data", "owns", "Ostler") in positive_in(text)


def test_a_description_before_an_owner_or_backer_is_the_names() -> None:
    found = positive_in(
        "Fennel AI is backed by the Bergen investment firm Harsk Invest, which holds 20%."
    )
    assert ("Harsk Invest", "owns", "Fennel AI") in found
    found = positive_in(
        "The largest is Tolva Compute, a GPU cloud that is majority-owned by the "
        "hydropower group Brenna Kraft."
    )
    assert ("Brenna Kraft", "owns", "Tolva Compute") in found


def test_a_perfect_passive_purchase_with_an_adverb() -> None:
    text = "Gisle Cloud has since been bought by Brenna Kraft, which now runs it."
    assert ("Brenna Kraft", "owns", "Gisle Cloud") in positive_in(text)


def test_an_aside_that_gives_an_old_name_is_not_what_is_backed() -> None:
    text = (
        "Kettle Data, which until May operated as Harl Hosting, is backed by the "
        "infrastructure investor Ommer Capital."
    )
    found = positive_in(text)
    assert ("Ommer Capital", "owns", "Kettle Data") in found
    assert ("Ommer Capital", "owns", "Harl Hosting") not in found


# ------------------------------------------------------------------ rentals and names


def test_capacity_leased_to_a_counted_list_after_a_colon() -> None:
    text = (
        "Tolva leases capacity to three model builders: Sunna AI, Hovden Labs and, "
        "since June, the German lab Arbach AI."
    )
    found = positive_in(text)
    for tenant in ("Sunna AI", "Hovden Labs", "Arbach AI"):
        assert ("Tolva", "rents-capacity-to", tenant) in found


def test_a_when_clause_after_an_ended_contract_states_its_own_move() -> None:
    text = (
        "Arbach AI used to rent servers from Gisle Cloud; that contract lapsed last year, "
        "when Arbach AI moved its work to Tolva Compute."
    )
    found = positive_in(text)
    assert ("Tolva Compute", "rents-capacity-to", "Arbach AI") in found
    assert ("Gisle Cloud", "rents-capacity-to", "Arbach AI") not in found


def test_the_owner_of_a_named_landlord_rents_nothing() -> None:
    text = (
        "Both Orrel AI and Tamsy Labs rent their training clusters from Hallow Cloud, "
        "which is owned by the pension fund Solby."
    )
    found = positive_in(text)
    assert ("Hallow Cloud", "rents-capacity-to", "Tamsy Labs") in found
    assert ("Solby", "rents-capacity-to", "Tamsy Labs") not in found


def test_we_were_an_old_name_until_a_date() -> None:
    text = (
        "Calder Legal's founder on a new name\n\n"
        "Calder Legal writes contract software. We spoke to its founder.\n\n"
        "Q: Why the new name?\n\n"
        "A: We were Pembry Law until March, and people thought we were a law firm."
    )
    assert ("Pembry Law", "rebrands-as", "Calder Legal") in positive_in(text)


# ------------------------------------------------------------------ rivals


def test_rivals_battled_and_run_up_against() -> None:
    text = (
        "Quayle Data has long battled Ormsby DB for developers, and over the past two "
        "years it has also run up against search specialists such as Vantry."
    )
    found = positive_in(text)
    assert ("Quayle Data", "competes-with", "Ormsby DB") in found
    assert ("Quayle Data", "competes-with", "Vantry") in found
    assert ("Ormsby DB", "competes-with", "Vantry") not in found


def test_puts_a_company_up_against_rivals() -> None:
    text = (
        "Harl Labs hired forty researchers this year. That puts the young company up "
        "against Brisk AI and Tamber Labs in the contest for talent."
    )
    found = positive_in(text)
    assert ("Harl Labs", "competes-with", "Brisk AI") in found
    assert ("Harl Labs", "competes-with", "Tamber Labs") in found


def test_rivals_which_it_competes_with() -> None:
    text = (
        "Ostry AI pitches itself as an alternative to labs such as Penna AI and Corlo "
        "Labs, which it now competes with directly."
    )
    found = positive_in(text)
    assert ("Ostry AI", "competes-with", "Penna AI") in found
    assert ("Ostry AI", "competes-with", "Corlo Labs") in found
    assert ("Penna AI", "competes-with", "Corlo Labs") not in found


def test_each_others_main_rival() -> None:
    text = "Quarry Data and Tenby Cloud are each other's main rival."
    assert ("Quarry Data", "competes-with", "Tenby Cloud") in positive_in(text)


def test_toe_to_toe_with_both_of_the_two_named_before() -> None:
    text = (
        "Who loses? Harrow Security and Kettle Systems, mostly. Brinsley Cloud goes toe to toe "
        "with both of them in cloud security."
    )
    found = positive_in(text)
    assert ("Brinsley Cloud", "competes-with", "Harrow Security") in found
    assert ("Brinsley Cloud", "competes-with", "Kettle Systems") in found


def test_an_interviews_rivals_question_answered_with_its_frame_first() -> None:
    text = (
        "Varrow Legal's founder on rivals\n\n"
        "Varrow Legal builds contract-review models. We asked its founder about rivals.\n\n"
        "Q: Where do you train?\n\n"
        "A: We train on Tamsley Cloud's cluster. Tamsley Cloud is fast. Tamsley Cloud is cheap.\n\n"
        "Q: Who do you see as your main competitors?\n\n"
        "A: In contract review it's mostly Quenby AI. And Brisk AI, because Brisk AI now "
        "sells to law firms, so we find ourselves pitching against it too."
    )
    found = positive_in(text)
    assert ("Varrow Legal", "competes-with", "Quenby AI") in found
    assert ("Varrow Legal", "competes-with", "Brisk AI") in found
    assert ("Tamsley Cloud", "competes-with", "Quenby AI") not in found


# ------------------------------------------------------------------ readings not to make


def test_a_round_whose_term_sheet_fell_through_is_no_stake() -> None:
    text = (
        "Dorran Robotics had been expected to announce a round led by Ommer Capital this "
        "week, but the term sheet fell through."
    )
    assert ("Ommer Capital", "owns", "Dorran Robotics") not in positive_in(text)
    assert ("Ommer Capital", "owns", "Dorran Robotics") in denied_in(text)


def test_renting_out_racks_is_not_renting_from_the_next_name() -> None:
    text = (
        "Harrow Grid - $40 million. The Leeds company, which rents out racks of GPUs, "
        "raised a Series A from Ommer Capital, which led the round."
    )
    found = positive_in(text)
    assert ("Ommer Capital", "owns", "Harrow Grid") in found
    assert ("Ommer Capital", "rents-capacity-to", "Harrow Grid") not in found
