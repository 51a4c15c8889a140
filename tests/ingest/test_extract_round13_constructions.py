"""Constructions round 13's articles (a wire story, an explainer, an analyst note, a feature,
a digest, an earnings call, an interview, a column) left unread or misread, one test each.

Each is a general reading of news English: an amount written with a currency code
("GBP90 million") or a name opened by a count ("Two Seas Capital") or by a role noun
("Chipmaker X"); money taken from an investor; a second investor in a gapped clause ("A
will invest $5bn in B and C up to $10bn"); old names in an epithet's relative clause and
"changed its own name to"; rivals in "a rivalry with", "sells against", "X's rivals in the
region", "we see X in every bid" and an interviewer's "Who do you lose deals to?";
hardware "rented out to, among others"; backers who "put money into the round"; a list
whose first item carries a relative clause; and a deal a later sentence says "never
closed". Every sentence is made up for the test (invented companies), in words other
than the round's articles.
"""

from __future__ import annotations

from extracted import competes_in, denied_in, positive_in  # beside this file

from ingest.extract.rules import RuleExtractor
from ingest.models import Document

# ------------------------------------------------------------------ names


def test_an_amount_with_a_currency_code_names_nothing() -> None:
    found = positive_in(
        "Larkfield Systems signed a GBP40 million, two-year hosting agreement with Dunmere"
        " Cloud for its test workloads."
    )
    assert ("Dunmere Cloud", "rents-capacity-to", "Larkfield Systems") in found


def test_a_count_may_open_a_firms_name() -> None:
    found = positive_in("Three Rivers Capital holds 9% of Pellin Robotics, a gripper maker.")
    assert ("Three Rivers Capital", "owns", "Pellin Robotics") in found


def test_a_count_before_a_kind_stays_a_count() -> None:
    names = {
        n
        for s, _, o in positive_in(
            "Three AI labs, including Orvel Labs, rent GPUs from Brisby Cloud."
        )
        for n in (s, o)
    }
    assert not any(n.startswith("Three") for n in names)


def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    found = positive_in("Chipmaker Brannoch Silicon now holds 7% of Tavy Cloud.")
    assert ("Brannoch Silicon", "owns", "Tavy Cloud") in found


# ------------------------------------------------------------------ owners and stakes


def test_controlling_its_own_supply_owns_no_parent() -> None:
    found = positive_in(
        "Harlin Data is a subsidiary of the utility Oskar Energi, so it controls its own"
        " power supply."
    )
    assert ("Oskar Energi", "owns", "Harlin Data") in found
    assert ("Harlin Data", "owns", "Oskar Energi") not in found


def test_outside_money_taken_from_an_investor_is_a_stake() -> None:
    found = positive_in("Pellin Robotics took outside money from Garrow Ventures in March.")
    assert ("Garrow Ventures", "owns", "Pellin Robotics") in found


def test_a_gapped_second_investor_backs_the_same_company() -> None:
    found = positive_in(
        "Tallis Group will invest up to $3 billion in Orrick AI and Fenmore Chips up to $1 billion."
    )
    assert ("Tallis Group", "owns", "Orrick AI") in found
    assert ("Fenmore Chips", "owns", "Orrick AI") in found
    assert ("Tallis Group", "owns", "Fenmore Chips") not in found


def test_backers_who_put_money_into_the_round_hold_stakes_in_its_company() -> None:
    found = positive_in(
        "Pellam AI raised $200 million in a round led by Tallis Capital, which took a 10%"
        " stake.\n\nThe money will pay for hiring.\n\nExisting backers Orvel Ventures, Brisk"
        " Capital and Hanway Partners all put money into the round, as did Kestel Global."
    )
    for backer in ("Orvel Ventures", "Brisk Capital", "Hanway Partners", "Kestel Global"):
        assert (backer, "owns", "Pellam AI") in found, backer


def test_a_relative_clause_inside_a_list_keeps_the_list() -> None:
    found = positive_in(
        "Harcourt Group owns Pellin Robotics, which builds warehouse arms, and Tarrow Schools,"
        " an online academy."
    )
    assert ("Harcourt Group", "owns", "Pellin Robotics") in found
    assert ("Harcourt Group", "owns", "Tarrow Schools") in found


def test_a_deal_that_never_closed_is_denied() -> None:
    text = (
        "Halvard AI agreed to buy Pellin Robotics for $800 million last spring, people familiar"
        " with the talks said. It would have been Halvard's biggest deal. It never closed."
    )
    assert ("Halvard AI", "owns", "Pellin Robotics") in denied_in(text)
    assert ("Halvard AI", "owns", "Pellin Robotics") not in positive_in(text)


def test_it_never_closed_an_office_undoes_no_purchase() -> None:
    found = positive_in("Orvel Data bought Caskett Labs in 2021. It never closed its Leeds office.")
    assert ("Orvel Data", "owns", "Caskett Labs") in found


# ------------------------------------------------------------------ names old and new


def test_an_epithets_relative_clause_gives_the_old_name() -> None:
    found = positive_in(
        "Kessock Cloud, the Texas GPU host that until 2023 traded as Brindle Mining, reported"
        " record sales."
    )
    assert ("Brindle Mining", "rebrands-as", "Kessock Cloud") in found


def test_changing_its_own_name_to_a_new_one() -> None:
    found = positive_in("Ostley Networks said it would change its own name to Carrack AI in May.")
    assert ("Ostley Networks", "rebrands-as", "Carrack AI") in found


def test_changing_its_name_again_to_a_new_one() -> None:
    found = positive_in("In 2024 Brindle Labs changed its name again, to Quarto, after a merger.")
    assert ("Brindle Labs", "rebrands-as", "Quarto") in found


# ------------------------------------------------------------------ rivals


def test_locked_in_a_rivalry_with() -> None:
    pairs = competes_in(
        "Pylos Design, which sells layout tools, is locked in a bitter rivalry with Garnet EDA."
    )
    assert frozenset(("Pylos Design", "Garnet EDA")) in pairs


def test_sells_against_and_against_again() -> None:
    pairs = competes_in("Hexmoor Cloud sells against Brackley Compute and against Ostrava GPU.")
    assert frozenset(("Hexmoor Cloud", "Brackley Compute")) in pairs
    assert frozenset(("Hexmoor Cloud", "Ostrava GPU")) in pairs


def test_a_companys_rivals_in_the_region() -> None:
    pairs = competes_in("Tavy Cloud's rivals in the region are Orvel Data and Quarto Hosting.")
    assert frozenset(("Tavy Cloud", "Orvel Data")) in pairs
    assert frozenset(("Tavy Cloud", "Quarto Hosting")) in pairs


def test_the_ones_met_in_every_bid_are_rivals() -> None:
    pairs = competes_in(
        "Brisby Cloud reported higher sales on Tuesday, chief executive Ana Lund said.\n\n"
        '"We see Quarto Hosting and Orvel Data in almost every large bid," she said.'
    )
    assert frozenset(("Brisby Cloud", "Quarto Hosting")) in pairs
    assert frozenset(("Brisby Cloud", "Orvel Data")) in pairs


def test_who_do_you_lose_deals_to_frames_the_answer() -> None:
    text = (
        "Q&A: Ana Lund of Orvale Labs on rivals\n\nOrvale Labs, the Porto developer of small"
        " models, raised money this year. Its chief executive spoke to us.\n\nWho do you lose"
        " deals to?\n\nPellmark AI, honestly, in most of Europe."
    )
    claims = RuleExtractor().extract(Document(source="t.txt", text=text)).claims
    pairs = {frozenset((c.subject, c.object)) for c in claims if c.predicate == "competes-with"}
    assert frozenset(("Orvale Labs", "Pellmark AI")) in pairs


def test_the_former_parent_of_a_named_firm_is_the_storys_company() -> None:
    text = (
        "Brisby Cloud rents GPUs to Orvel Labs from its Oslo site.\n\nBrisby Cloud said sales"
        " rose.\n\nOrvel Labs signed a deal for more.\n\nThe former Tamsin parent now finds"
        " itself in a crowded field. It sells against Quarto Hosting."
    )
    assert frozenset(("Brisby Cloud", "Quarto Hosting")) in competes_in(text)
    assert frozenset(("Orvel Labs", "Quarto Hosting")) not in competes_in(text)


# ------------------------------------------------------------------ rentals


def test_hardware_rented_out_to_among_others() -> None:
    found = positive_in(
        "The accelerators sit in the halls of Bramwell Cloud, which rents them out to, among"
        " others, the speech start-up Corrie AI."
    )
    assert ("Bramwell Cloud", "rents-capacity-to", "Corrie AI") in found


# ------------------------------------------------------------------ later readings


def test_a_second_with_after_competes_with_adds_rivals() -> None:
    pairs = competes_in(
        "Orvale Labs competes with Tamsin Labs and Quarto AI for bank contracts, and with"
        " Brisk Models and Pellmark among developers of open-weight models."
    )
    for rival in ("Tamsin Labs", "Quarto AI", "Brisk Models", "Pellmark"):
        assert frozenset(("Orvale Labs", rival)) in pairs, rival


def test_a_sentence_ending_on_a_firms_rivals_then_a_list_of_them() -> None:
    pairs = competes_in(
        "Pellin Data lost a big client this week. That is good news for Pellin Data's own"
        " competitors. Quarto AI, Tamsin Labs and Brisk Annotation all said they had heard"
        " from former Pellin clients."
    )
    for rival in ("Quarto AI", "Tamsin Labs", "Brisk Annotation"):
        assert frozenset(("Pellin Data", rival)) in pairs, rival


def test_it_renamed_right_after_a_purchase_is_the_company_bought() -> None:
    found = positive_in(
        "Orvel Data bought Caskett Labs in 2021. It was renamed Orvel Vision last year."
    )
    assert ("Caskett Labs", "rebrands-as", "Orvel Vision") in found
    assert ("Orvel Data", "rebrands-as", "Orvel Vision") not in found


def test_the_neocloud_is_the_cloud_named_before() -> None:
    found = positive_in(
        "Pellin Mining voted against its sale, and Brisby Cloud stays its largest tenant."
        "\n\nThe neocloud says it will keep buying elsewhere. In May it completed its purchase"
        " of Quarto Tools, a software maker."
    )
    assert ("Brisby Cloud", "owns", "Quarto Tools") in found
    assert ("Pellin Mining", "owns", "Quarto Tools") not in found


def test_a_further_share_after_an_owner_is_a_stake_in_the_same_company() -> None:
    found = positive_in(
        "Tavy Cloud is 60% owned by Brisk Capital, a pension fund. Orvel Silicon, the Korean"
        " memory maker, holds a further 8%, bought last year."
    )
    assert ("Orvel Silicon", "owns", "Tavy Cloud") in found


def test_a_renamed_it_after_began_life_as_is_the_first_name() -> None:
    found = positive_in(
        "Who is Tarrow?\n\nThe company began life in 2019 as Pellfield, which sold scheduling"
        " software. It was renamed Quillon Labs in 2021 when it pivoted to search. In 2024"
        " Quillon Labs changed its name again, to Tarrow."
    )
    assert ("Pellfield", "rebrands-as", "Quillon Labs") in found
    assert ("Tarrow", "rebrands-as", "Quillon Labs") not in found


def test_an_interview_answers_shares_are_in_the_interviewees_firm() -> None:
    text = (
        "Q&A: Orvale Labs' chief on owners\n\nOrvale Labs, the Porto model developer, raised"
        " money this year. Its chief executive spoke to us.\n\nWhere do you train?\n\nWe rent"
        " GPUs from Brisby Cloud, which is a subsidiary of the utility Tamsin Energi.\n\nYour"
        " round brought in new shareholders. Who owns what now?\n\nHanway Capital led it and"
        " holds about 15%. Garrow Silicon came in as a strategic investor and has 8%."
    )
    claims = RuleExtractor().extract(Document(source="t.txt", text=text)).claims
    found = {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}
    assert ("Hanway Capital", "owns", "Orvale Labs") in found
    assert ("Garrow Silicon", "owns", "Orvale Labs") in found
    assert ("Hanway Capital", "owns", "Brisby Cloud") not in found
