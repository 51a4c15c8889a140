"""Constructions met in the eighth round of unseen articles (h01-h06), one test each.

Each is a general reading of news English: rivals named by a speaker who is not a
company, two companies that "spent years as rivals". Every sentence is made up for
the test (invented companies), in words other than the articles' own.
"""

from __future__ import annotations

from extracted import EXTRACTOR, competes_in, positive_in  # beside this file

from ingest.models import Document

# ------------------------------------------------------------------ competes-with


def test_a_speaker_naming_a_companys_competitors_gives_competes() -> None:
    text = (
        "Asked about pricing, Maria Olsen named Pallor Cloud and Quintel Compute "
        "as Drayfield Systems' main competitors."
    )
    found = competes_in(text)
    assert frozenset(("Drayfield Systems", "Pallor Cloud")) in found
    assert frozenset(("Drayfield Systems", "Quintel Compute")) in found


def test_analysts_counting_firms_among_a_companys_rivals_gives_competes() -> None:
    text = "Analysts count Pallor Cloud among Drayfield Systems's rivals in Europe."
    assert frozenset(("Drayfield Systems", "Pallor Cloud")) in competes_in(text)


def test_two_companies_that_spent_years_as_rivals_compete() -> None:
    text = "Pallor Cloud and Quintel Compute have spent a decade as rivals in hosting."
    assert frozenset(("Pallor Cloud", "Quintel Compute")) in competes_in(text)


def test_two_companies_that_spent_years_as_partners_do_not_compete() -> None:
    text = "Pallor Cloud and Quintel Compute have spent a decade as partners in hosting."
    assert frozenset(("Pallor Cloud", "Quintel Compute")) not in competes_in(text)


# ------------------------------------------------------------------ names


def test_a_fiscal_quarter_after_a_name_in_a_headline_is_not_part_of_the_name() -> None:
    text = (
        "Drayfield Systems Q3: backlog climbs, Verrin unit sold\n"
        "Drayfield Systems said its backlog rose. Drayfield competes with Pallor Cloud."
    )
    found = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    claims = {(c.subject, c.predicate, c.object) for c in found}
    assert ("Drayfield Systems", "competes-with", "Pallor Cloud") in claims
    assert not any("Q3" in s or "Q3" in o for s, _, o in claims)


# ------------------------------------------------------------------ rebrands-as


def test_an_old_name_in_an_aside_before_the_renaming_is_rebranded() -> None:
    text = (
        "Drayfield Systems runs GPUs in Ohio. Its Ohio campus, known until now as Quarry 2, "
        "will be renamed Oxbow Park."
    )
    assert ("Quarry 2", "rebrands-as", "Oxbow Park") in positive_in(text)


def test_a_name_known_as_without_a_renaming_is_no_rebrand() -> None:
    text = "The Ohio campus, known until now as Quarry 2, will be expanded by Oxbow Park."
    assert ("Quarry 2", "rebrands-as", "Oxbow Park") not in positive_in(text)


# ------------------------------------------------------------------ owns


def test_a_buyer_after_and_starts_a_new_clause_not_a_list_item() -> None:
    text = (
        "Drayfield Systems spun out Verrin Data. Drayfield Systems keeps 60% of Verrin Data, "
        "and the buyout firm Calloway Rock bought the remaining 40%."
    )
    claims = positive_in(text)
    assert ("Drayfield Systems", "owns", "Verrin Data") in claims
    assert ("Drayfield Systems", "owns", "Calloway Rock") not in claims


# ------------------------------------------------------------------ rents-capacity-to


def test_servers_bought_from_a_vendor_are_not_rented_from_it() -> None:
    text = "Drayfield Systems is buying the servers from Delmar Technologies for $2 billion."
    assert ("Delmar Technologies", "rents-capacity-to", "Drayfield Systems") not in positive_in(
        text
    )


def test_capacity_bought_from_a_cloud_is_still_rented() -> None:
    text = "Drayfield Systems is buying GPU capacity from Pallor Cloud for three years."
    assert ("Pallor Cloud", "rents-capacity-to", "Drayfield Systems") in positive_in(text)


def test_a_nominalised_provision_to_by_is_a_rent() -> None:
    text = (
        "Pallor Cloud runs GPUs in Iceland. The provision of inference capacity to "
        "Quintel Labs by Pallor Cloud began in May."
    )
    assert ("Pallor Cloud", "rents-capacity-to", "Quintel Labs") in positive_in(text)


def test_a_previous_owner_in_an_aside_does_not_own() -> None:
    text = (
        "Calloway Rock bought Verrin Data. Verrin Data's previous owner, the utility group "
        "Dunmere Power, sold out entirely."
    )
    claims = positive_in(text)
    assert ("Calloway Rock", "owns", "Verrin Data") in claims
    assert ("Dunmere Power", "owns", "Verrin Data") not in claims


def test_a_present_parent_in_an_aside_still_owns() -> None:
    text = "Verrin Data's parent, the utility group Dunmere Power, said it would invest more."
    assert ("Dunmere Power", "owns", "Verrin Data") in positive_in(text)
