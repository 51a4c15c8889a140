"""Names the extractor used to drop and clauses it used to misread (issue 4, round 7).

Every sentence is about invented companies, so a rule that passes here cannot
lean on any list of names.
"""

from __future__ import annotations

import pytest
from extracted import positive_in, status_in  # beside this file


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a one-word name opening its sentence, vouched for by a stake it takes or sells
        (
            "Quastel has taken a 9% stake in Morrow Kinetics, a drone maker.",
            ("Quastel", "owns", "Morrow Kinetics"),
        ),
        ("Brevik holds 30% of Tamsworth Labs.", ("Brevik", "owns", "Tamsworth Labs")),
        # a name that ends in a word that is no name alone ("GPU", like "AI")
        (
            "Ossory GPU will lease 800 accelerators to Kettle AI from June.",
            ("Ossory GPU", "rents-capacity-to", "Kettle AI"),
        ),
        # an operator of many sites is a company, not a site
        (
            "Wendle Data Centres leases two halls to Corrib AI.",
            ("Wendle Data Centres", "rents-capacity-to", "Corrib AI"),
        ),
    ],
)
def test_names_that_open_or_end_a_sentence_oddly(text, triple):
    assert triple in positive_in(text)


def test_a_name_ending_in_gpu_keeps_a_product_out():
    got = positive_in("Ossory GPU rents racks of Blackwell GPU servers to Kettle AI.")
    assert ("Ossory GPU", "rents-capacity-to", "Kettle AI") in got
    assert not any("Blackwell GPU" in (s, o) for s, _, o in got)


def test_a_plain_word_before_took_is_no_name():
    got = positive_in("Demand took off after Ossory Cloud cut prices for Kettle AI.")
    assert not any("Demand" in (s, o) for s, _, o in got)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Wendle Cloud leases a hall in Frankfurt to Corrib AI.",
            ("Wendle Cloud", "rents-capacity-to", "Corrib AI"),
        ),
        (
            "Wendle Cloud rents its racks to three start-ups, Corrib AI, Esker Labs and Kesh AI.",
            ("Wendle Cloud", "rents-capacity-to", "Esker Labs"),
        ),
        (
            "Kesh AI has signed on with Wendle Cloud for 2,000 GPUs.",
            ("Wendle Cloud", "rents-capacity-to", "Kesh AI"),
        ),
    ],
)
def test_leases_with_a_place_a_counted_list_or_signed_on_with(text, triple):
    assert triple in positive_in(text)


def test_signed_with_a_person_is_no_rental():
    got = positive_in("Kesh AI signed with Esker Labs' former chief as its adviser.")
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


def test_chips_built_for_a_possessive_product_are_no_rental():
    got = positive_in("Esker Labs now builds the chips for Corrib Systems' routers.")
    assert ("Esker Labs", "rents-capacity-to", "Corrib Systems") not in got


def test_capacity_for_a_possessive_lab_team_is_still_a_rental():
    got = positive_in("Wendle Cloud provides GPUs to Corrib Systems' research team.")
    assert ("Wendle Cloud", "rents-capacity-to", "Corrib Systems") in got


def test_sold_a_stake_to_makes_the_buyer_a_holder_of_the_seller():
    got = positive_in("Esker Labs sold a 20% stake to Harrow Capital in March.")
    assert ("Harrow Capital", "owns", "Esker Labs") in got
    assert ("Esker Labs", "owns", "Harrow Capital") not in got


def test_sold_its_stake_in_x_to_y_keeps_x_as_the_held_one():
    got = positive_in("Harrow Capital sold its stake in Esker Labs to Brede Partners.")
    assert ("Brede Partners", "owns", "Esker Labs") in got
    assert ("Brede Partners", "owns", "Harrow Capital") not in got


def test_majority_owned_by_a_described_owner_in_an_appositive():
    got = positive_in(
        "Wendle Cloud, a GPU host majority-owned by the Oslo shipping group Tarne Holdings, "
        "rents capacity to Corrib AI.",
    )
    assert ("Tarne Holdings", "owns", "Wendle Cloud") in got


def test_is_majority_owned_does_not_read_an_earlier_name_as_an_appositive():
    got = positive_in(
        "Esker Labs, a robotics firm from Galway, is now majority-owned by Brede Partners.",
    )
    assert ("Brede Partners", "owns", "Esker Labs") in got
    assert ("Brede Partners", "owns", "Galway") not in got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Norrow Mining now trades as Norrow Compute.",
            ("Norrow Mining", "rebrands-as", "Norrow Compute"),
        ),
        (
            "Norrow Mining, which now operates as Norrow Compute, hosts Kesh AI.",
            ("Norrow Mining", "rebrands-as", "Norrow Compute"),
        ),
    ],
)
def test_trades_as_names_the_new_name(text, triple):
    assert triple in positive_in(text)


def test_now_runs_a_company_is_no_rename():
    got = positive_in("Norrow Mining now runs Norrow Compute as a separate unit.")
    assert not any(p == "rebrands-as" for _, p, _ in got)


def test_a_denial_ends_where_the_speaker_starts_saying_something_else():
    text = (
        "Kesh AI denied a report that it would rent GPUs from Wendle Cloud, saying it still "
        "trains on Ossory Cloud."
    )
    assert status_in(text, ("Wendle Cloud", "rents-capacity-to", "Kesh AI")) == "denied"
    assert status_in(text, ("Ossory Cloud", "rents-capacity-to", "Kesh AI")) == "asserted"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            '"Wendle Cloud\'s GPUs give us a head start," said Mara Voss, who runs Kesh AI.',
            ("Wendle Cloud", "rents-capacity-to", "Kesh AI"),
        ),
        (
            "Wendle Cloud's clusters now handle most of Kesh AI's inference.",
            ("Wendle Cloud", "rents-capacity-to", "Kesh AI"),
        ),
        (
            "Kesh AI ran short of GPUs in March and turned to Wendle Cloud.",
            ("Wendle Cloud", "rents-capacity-to", "Kesh AI"),
        ),
    ],
)
def test_a_provider_named_by_its_compute_or_turned_to(text, triple):
    assert triple in positive_in(text)


def test_a_chipmakers_gpus_powering_a_lab_are_no_rental():
    got = positive_in("Ossory Semiconductor's GPUs power most of Kesh AI's models.")
    assert ("Ossory Semiconductor", "rents-capacity-to", "Kesh AI") not in got


def test_turned_to_an_investor_is_no_rental():
    got = positive_in("Kesh AI turned to Harrow Capital for its next round.")
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Norrow Compute was formerly known as Norrow Mining.",
            ("Norrow Mining", "rebrands-as", "Norrow Compute"),
        ),
        (
            "Norrow Compute, which was once called Norrow Mining, hosts Kesh AI.",
            ("Norrow Mining", "rebrands-as", "Norrow Compute"),
        ),
        (
            "Quastel holds just under a fifth of Morrow Kinetics.",
            ("Quastel", "owns", "Morrow Kinetics"),
        ),
    ],
)
def test_was_formerly_known_as_and_a_fraction_held(text, triple):
    assert triple in positive_in(text)


def test_was_once_a_customer_is_no_rename():
    got = positive_in("Norrow Compute was once the biggest customer of Norrow Mining.")
    assert not any(p == "rebrands-as" for _, p, _ in got)


def test_capacity_for_a_party_comes_from_a_provider():
    got = positive_in("Capacity for Kesh AI will come from Wendle Cloud's Irish site.")
    assert ("Wendle Cloud", "rents-capacity-to", "Kesh AI") in got


def test_funding_for_a_party_comes_from_no_provider():
    got = positive_in("Funding for Kesh AI came from Harrow Capital.")
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


def test_has_been_a_subsidiary_of():
    got = positive_in("Esker Labs has been a subsidiary of Brede Group since 2021.")
    assert ("Brede Group", "owns", "Esker Labs") in got


@pytest.mark.parametrize(
    "text",
    [
        "Kesh AI is supplied with GPUs by Wendle Cloud.",
        "GPUs for Kesh AI are provided by Wendle Cloud under a two-year contract.",
        "Wendle Cloud, whose customers include Kesh AI, raised $40 million.",
    ],
)
def test_passive_and_relative_forms_of_supplying(text):
    assert ("Wendle Cloud", "rents-capacity-to", "Kesh AI") in positive_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kesh AI is supplied with cash by Harrow Capital.",
        "Ossory Semiconductor, whose customers include Kesh AI, raised prices.",
    ],
)
def test_money_and_a_chipmakers_customers_are_no_rental(text):
    assert not any(p == "rents-capacity-to" for _, p, _ in positive_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kesh AI is a Wendle Cloud customer.",
        "Kesh AI, a longtime Wendle Cloud tenant, raised $9 million.",
    ],
)
def test_a_clouds_customer_named_as_a_compound(text):
    assert ("Wendle Cloud", "rents-capacity-to", "Kesh AI") in positive_in(text)


def test_a_chipmakers_customer_named_as_a_compound_is_no_renter():
    got = positive_in("Kesh AI is a big Ossory Semiconductor customer.")
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Brede Group acquired Esker Labs in May.", "asserted"),
        ("Brede Group acquired Esker Labs on May 3.", "asserted"),
        ("In May, Brede Group acquired Esker Labs.", "asserted"),
        ("Brede Group may acquire Esker Labs.", "planned"),
    ],
)
def test_the_month_may_is_no_hedge(text, status):
    assert status_in(text, ("Brede Group", "owns", "Esker Labs")) == status


def test_took_all_of_it_under_a_lease_rents_from_the_one_before():
    got = positive_in(
        "Wendle Cloud opened a hall in Ohio in April. Quastel took all of it under a "
        "five-year lease.",
    )
    assert ("Wendle Cloud", "rents-capacity-to", "Quastel") in got
    assert ("Quastel", "rents-capacity-to", "Wendle Cloud") not in got


def test_said_it_still_points_at_the_speaker():
    got = positive_in("Kesh AI said it rents its GPUs from Wendle Cloud.")
    assert ("Wendle Cloud", "rents-capacity-to", "Kesh AI") in got


def test_took_all_of_the_credit_makes_no_name():
    got = positive_in("Quastel took all of the credit for Kesh AI's deal with Wendle Cloud.")
    assert not any("Quastel" in (s, o) for s, _, o in got)


def test_they_in_a_quote_is_the_other_party_not_the_speakers_firm():
    got = positive_in(
        'Kesh AI needed chips in a hurry and called Wendle Cloud. "They gave us a cluster in '
        'four days," said Mara Voss, who runs Kesh AI.',
    )
    assert ("Wendle Cloud", "rents-capacity-to", "Kesh AI") in got
    assert ("Kesh AI", "rents-capacity-to", "Wendle Cloud") not in got


def test_they_after_a_speaker_named_with_of():
    got = positive_in(
        'Asked about Wendle Cloud, Ilse Marr of Kesh AI said: "They have been our main GPU '
        'supplier for two years."',
    )
    assert ("Wendle Cloud", "rents-capacity-to", "Kesh AI") in got
    assert not any("Ilse Marr" in (s, o) for s, _, o in got)


def test_a_report_called_false_denies_what_it_said():
    text = "Kesh AI said reports that it rents GPUs from Wendle Cloud were false."
    assert status_in(text, ("Wendle Cloud", "rents-capacity-to", "Kesh AI")) == "denied"


def test_a_claim_called_wrong_leaves_the_clause_before_it():
    text = (
        "Kesh AI rents GPUs from Wendle Cloud; claims that it uses Ossory Cloud are wrong, it said."
    )
    assert status_in(text, ("Wendle Cloud", "rents-capacity-to", "Kesh AI")) == "asserted"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            '"Wendle Cloud\'s GPUs are where we train," said Mara Voss, who runs Kesh AI.',
            ("Wendle Cloud", "rents-capacity-to", "Kesh AI"),
        ),
        ("Wendle Cloud is what Kesh AI runs on.", ("Wendle Cloud", "rents-capacity-to", "Kesh AI")),
    ],
)
def test_a_provider_is_where_a_lab_trains(text, triple):
    assert triple in positive_in(text)


def test_an_adviser_is_what_a_lab_uses_is_no_rental():
    got = positive_in("Harrow Partners is what Kesh AI uses for advice.")
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kesh AI faces rivals such as Ossory AI and Brede Labs.",
        "Unlike rivals Ossory AI and Brede Labs, Kesh AI sells only to insurers.",
    ],
)
def test_rivals_named_as_a_list_after_faces_or_fronted(text):
    got = positive_in(text)
    assert ("Kesh AI", "competes-with", "Ossory AI") in got
    assert ("Kesh AI", "competes-with", "Brede Labs") in got


def test_a_fronted_aside_without_rivals_stays_out():
    got = positive_in("Besides Ossory AI, Kesh AI rents GPUs from Wendle Cloud.")
    assert not any("Ossory AI" in (s, o) for s, _, o in got)


@pytest.mark.parametrize(
    "text",
    [
        "Harrow Capital now controls 60% of Esker Labs.",
        "Harrow Capital took Esker Labs private last year.",
    ],
)
def test_control_of_a_share_and_a_take_private(text):
    assert ("Harrow Capital", "owns", "Esker Labs") in positive_in(text)
