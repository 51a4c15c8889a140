"""Company names recognised by their shape and their place in the sentence, not by a list.

Every sentence is made up for the test (invented companies), so a rule that fits
only one corpus's wording fails here.
"""

from __future__ import annotations

from extracted import competes_in, positive_in  # beside this file

# ------------------------------------------------------------------ tail words


def test_a_tail_word_that_is_no_name_alone_ends_a_name() -> None:
    assert ("Harbor House", "rents-capacity-to", "Brinley AI") in positive_in(
        "Brinley AI will rent capacity from Harbor House for three years."
    )
    assert ("Morrow Street", "owns", "Brinley AI") in positive_in(
        "Brinley AI was acquired by Morrow Street in 2023."
    )


def test_a_tail_named_firm_may_open_a_sentence() -> None:
    assert ("Tallow Times", "owns", "Brinley AI") in positive_in(
        "Tallow Times acquired Brinley AI last year."
    )


def test_a_first_name_before_a_tail_word_names_a_firm_not_a_person() -> None:
    assert ("Jane Street", "owns", "Brinley AI") in positive_in(
        "The trading firm Jane Street invested in Brinley AI."
    )


def test_places_ending_in_a_tail_word_stay_out() -> None:
    got = positive_in(
        "Brinley AI rents GPUs from Kestrel Cloud, the White House said. Wall Street cheered."
    )
    assert got == {("Kestrel Cloud", "rents-capacity-to", "Brinley AI")}


# ------------------------------------------------------------------ connectors


def test_a_capital_connector_keeps_a_name_whole() -> None:
    assert ("Halden For AI", "rebrands-as", "Halden Research") in positive_in(
        "Halden For AI, the nonprofit lab set up by Halden, is now called Halden Research."
    )


def test_a_small_connector_after_an_organisations_head() -> None:
    assert ("Institute for Machine Ethics", "rebrands-as", "Marrow Labs") in positive_in(
        "Institute for Machine Ethics rebranded as Marrow Labs in June."
    )


def test_a_small_connector_before_a_company_appositive() -> None:
    assert ("Foundry for Open Models", "owns", "Brinley AI") in positive_in(
        "Brinley AI was bought by Foundry for Open Models, a nonprofit lab."
    )


def test_a_connector_between_two_parties_stays_a_connector() -> None:
    got = positive_in(
        "Brinley AI rents GPUs from Kestrel Cloud for Ostrow Labs, a startup it backs."
    )
    assert ("Kestrel Cloud", "rents-capacity-to", "Brinley AI") in got
    assert not any("for Ostrow" in s or "for Ostrow" in o for s, _, o in got)


# ------------------------------------------------------------------ heads and openers


def test_a_place_before_a_companys_head_names_the_company() -> None:
    assert ("Oslo Networks", "owns", "Brinley AI") in positive_in(
        "Oslo Networks acquired Brinley AI."
    )
    assert ("Nevada Power", "rents-capacity-to", "Brinley AI") in positive_in(
        "Brinley AI rents GPUs from Nevada Power."
    )


def test_an_opener_word_starts_an_organisations_name_before_a_strong_head() -> None:
    assert ("First Light Capital", "owns", "Brinley AI") in positive_in(
        "Brinley AI was bought by First Light Capital."
    )
    assert ("Generative Systems", "owns", "Brinley AI") in positive_in(
        "Generative Systems acquired Brinley AI."
    )
    assert ("Frontier Compute", "rents-capacity-to", "Brinley AI") in positive_in(
        "Brinley AI rents GPUs from Frontier Compute, a neocloud."
    )


# ------------------------------------------------------------------ subject slot


def test_a_shouted_opener_is_the_subject_of_a_relation_verb() -> None:
    assert ("VOLTA", "rents-capacity-to", "Brinley AI") in positive_in(
        "VOLTA rents GPUs to Brinley AI."
    )
    assert frozenset(("ACME", "Brinley AI")) in competes_in(
        "ACME and Brinley AI compete for the same buyers."
    )


def test_a_long_shouted_word_is_a_name_in_a_partys_slot_only() -> None:
    assert ("KORVEX", "rents-capacity-to", "Brinley AI") in positive_in(
        "Brinley AI rents GPUs from KORVEX, a neocloud."
    )
    assert ("HALDEX", "owns", "Brinley AI") in positive_in(
        "Brinley AI was bought by HALDEX in May."
    )
    got = positive_in("MARKETS: Kestrel Cloud rents GPUs to Brinley AI, according to REUTERS.")
    assert got == {("Kestrel Cloud", "rents-capacity-to", "Brinley AI")}


def test_a_plain_word_opening_a_sentence_fills_the_subject_slot() -> None:
    assert ("Lantern", "rents-capacity-to", "Brinley AI") in positive_in(
        "Lantern will rent capacity to Brinley AI."
    )


def test_a_past_tense_trigger_verb_makes_the_opener_its_subject() -> None:
    assert ("Ferrow", "rents-capacity-to", "Corvane Labs") in positive_in(
        "Ferrow reserved 500 GPUs for Corvane Labs in June."
    )


def test_a_verb_that_is_also_a_plural_noun_needs_its_object() -> None:
    got = positive_in("Higher rents squeezed Brinley AI. Kestrel Cloud rents GPUs to Brinley AI.")
    assert got == {("Kestrel Cloud", "rents-capacity-to", "Brinley AI")}


def test_a_subject_slot_keeps_its_modality_and_skips_common_subjects() -> None:
    assert not positive_in("Lantern will not rent capacity to Brinley AI.")
    assert not positive_in("Government will own 10% of Brinley AI.")


def test_an_ambiguous_known_opener_is_a_name_when_the_article_uses_it_so() -> None:
    got = positive_in(
        "Scale will rent capacity to Brinley AI. Brinley AI chose Scale for its prices."
    )
    assert ("Scale AI", "rents-capacity-to", "Brinley AI") in got


# ------------------------------------------------------------------ small brands


def test_a_brand_written_small_in_a_party_slot() -> None:
    assert ("nimbus", "rents-capacity-to", "Brinley AI") in positive_in(
        "Brinley AI rents GPUs from nimbus, a Swedish neocloud."
    )
    assert ("tessel.ai", "owns", "Brinley AI") in positive_in(
        "Brinley AI was acquired by tessel.ai last year."
    )
    assert not positive_in("Brinley AI competes with it, a company spokesperson said.")
