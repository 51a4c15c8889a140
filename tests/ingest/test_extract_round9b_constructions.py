"""Constructions earlier rounds left unread or misread (recall round 9b), one test each.

Each is a general reading of news English: "competes with both", an answer's "its",
a cloud unit named by its owner, a lease decided by whose campus it is at, renames,
stakes whose company is the previous sentence's, completed takeovers, sites named by
their town; and readings that must not be made (place words as companies, servers
"operated by" someone, moving another firm's services). Every sentence is made up for
the test (invented companies), in words other than the paragraph cases' own.
"""

from __future__ import annotations

from extracted import claims_in, competes_in, positive_in  # beside this file

# ------------------------------------------------------------------ pronouns and "both"


def test_competes_with_both_takes_the_two_companies_just_named() -> None:
    text = (
        "Hospitals mostly buy scheduling software from Lindqvist Labs and Parrow AI. "
        "Ostwick AI, which competes with both, signed its first hospital last week."
    )
    found = competes_in(text)
    assert frozenset(("Ostwick AI", "Lindqvist Labs")) in found
    assert frozenset(("Ostwick AI", "Parrow AI")) in found


def test_a_rival_to_both_and_one_that_rivals_both() -> None:
    for aside in ("a rival to both", "which rivals both", "which takes on both"):
        text = (
            "Lindqvist Labs and Parrow AI sell most hospital chatbots. "
            f"Ostwick AI, {aside}, opened an office in Leeds."
        )
        found = competes_in(text)
        assert frozenset(("Ostwick AI", "Lindqvist Labs")) in found, aside
        assert frozenset(("Ostwick AI", "Parrow AI")) in found, aside
    customer = "Lindqvist Labs and Parrow AI sell chatbots. Ostwick AI, a customer of both, grew."
    assert not competes_in(customer)


def test_its_in_an_aside_after_a_name_is_not_that_names() -> None:
    got = positive_in(
        "Ostwick AI raised money in June. Brenner Capital, its largest backer, put in $40 million."
    )
    assert ("Brenner Capital", "owns", "Ostwick AI") in got


def test_an_answers_its_is_the_company_the_question_asked_about() -> None:
    text = (
        "Q: What does Ostwick AI do? A: A developer that competes with Parrow AI. "
        "Its training runs on GPUs rented from Tamsford Cloud."
    )
    got = positive_in(text)
    assert frozenset(("Ostwick AI", "Parrow AI")) in competes_in(text)
    assert ("Tamsford Cloud", "rents-capacity-to", "Ostwick AI") in got
    assert ("Tamsford Cloud", "rents-capacity-to", "Parrow AI") not in got


def test_co_investors_alongside_a_rounds_lead_back_the_company_not_the_lead() -> None:
    text = "Ostwick AI raised $80 million. Brenner Capital led the round, alongside Kallis Group."
    got = positive_in(text)
    assert ("Brenner Capital", "owns", "Ostwick AI") in got
    assert ("Kallis Group", "owns", "Ostwick AI") in got
    assert ("Brenner Capital", "owns", "Kallis Group") not in got


def test_a_maker_epithet_goes_to_the_company_that_makes_that_product() -> None:
    text = (
        "Lindqvist Labs makes Ferro, a translation app used by airlines. Parrow AI, a "
        "chatbot developer, hired a new chief. The translation-app maker rents its "
        "servers from Tamsford Cloud."
    )
    got = positive_in(text)
    assert ("Tamsford Cloud", "rents-capacity-to", "Lindqvist Labs") in got
    assert ("Tamsford Cloud", "rents-capacity-to", "Parrow AI") not in got


# ------------------------------------------------------------------ cloud units and leases


def test_the_owner_cloud_unit_in_attributive_form_is_the_owners_cloud() -> None:
    got = positive_in(
        "Parrow AI will spend $2 billion on GPUs in the Google cloud unit's data centres."
    )
    assert ("Google Cloud", "rents-capacity-to", "Parrow AI") in got


def test_a_lease_at_its_campus_is_leased_out_by_the_subject() -> None:
    got = positive_in(
        "Garwick Utilities signed a lease with Parrow AI for 90 MW at its Velden campus."
    )
    assert ("Garwick Utilities", "rents-capacity-to", "Parrow AI") in got
    assert ("Parrow AI", "rents-capacity-to", "Garwick Utilities") not in got


def test_a_lease_at_a_site_named_earlier_goes_by_the_sites_owner() -> None:
    got = positive_in(
        "Garwick Utilities owns the Velden campus. Ostwick Robotics signed a lease with "
        "Garwick for 40 MW at the Velden campus."
    )
    assert ("Garwick Utilities", "rents-capacity-to", "Ostwick Robotics") in got


# ------------------------------------------------------------------ renames, stakes, deals


def test_shares_that_will_trade_under_a_new_name_rename_the_company() -> None:
    got = positive_in("Shares of Brisby Mining will trade as Brisby Digital from Tuesday.")
    assert ("Brisby Mining", "rebrands-as", "Brisby Digital") in got


def test_taking_on_a_name_and_beginning_to_trade_as_one_rename_the_company() -> None:
    got = positive_in(
        "Tollan Hosting took on the name Tollan AI in May. "
        "Merrow Mining will begin trading as Merrow Compute on Friday."
    )
    assert ("Tollan Hosting", "rebrands-as", "Tollan AI") in got
    assert ("Merrow Mining", "rebrands-as", "Merrow Compute") in got


def test_a_share_with_no_object_is_in_the_previous_sentences_company() -> None:
    claims = claims_in(
        "Ostwick AI has raised $200 million since 2023. Brenner Capital holds about 15%, and "
        "Kallis Group owns roughly a quarter."
    )
    stakes = {(c.subject, c.object): c for c in claims if c.predicate == "owns"}
    assert stakes[("Brenner Capital", "Ostwick AI")].share == 0.15
    assert stakes[("Brenner Capital", "Ostwick AI")].stake is True
    assert ("Kallis Group", "Ostwick AI") in stakes


def test_a_share_of_a_market_is_no_stake() -> None:
    got = positive_in("Ostwick AI sells chatbots. Brenner Capital holds about 15% of the market.")
    assert not any(p == "owns" for _, p, _ in got)
    # a chipmaker's share with no object is its share of the market the paragraph is about
    got = positive_in("Ferrow Semiconductor leads in AI chips. Dunmore Micro holds about 9%.")
    assert not any(p == "owns" for _, p, _ in got)


def test_a_proposed_takeover_that_closed_is_asserted() -> None:
    claims = claims_in("Garwick Utilities' proposed takeover of Velden Power closed in April.")
    owns = [c for c in claims if c.predicate == "owns" and c.object == "Velden Power"]
    assert owns and owns[0].status == "asserted"


# ------------------------------------------------------------------ sites named by a town


def test_a_site_named_by_its_town_is_owned_by_the_possessor() -> None:
    got = positive_in("Tamsford Cloud said its Amarillo campus would open next spring.")
    assert ("Tamsford Cloud", "owns", "Amarillo campus") in got


def test_a_site_named_by_its_town_and_state_is_the_towns() -> None:
    got = positive_in("Tamsford Cloud will double its Amarillo, Texas, campus next year.")
    assert ("Tamsford Cloud", "owns", "Amarillo campus") in got


def test_a_campus_in_a_state_names_no_site() -> None:
    got = positive_in("Tamsford Cloud said its Nevada campus would open next spring.")
    assert not any(p == "owns" for _, p, _ in got)


# ------------------------------------------------------------------ readings to stop


def test_servers_operated_by_someone_are_no_rental() -> None:
    got = positive_in("Ostwick AI's servers are operated by Kallis Systems under contract.")
    assert ("Kallis Systems", "rents-capacity-to", "Ostwick AI") not in got


def test_controlling_access_to_a_clouds_chips_is_no_rental() -> None:
    got = positive_in("Brenner Holdings controls access to Tamsford Cloud's GPUs.")
    assert ("Tamsford Cloud", "rents-capacity-to", "Brenner Holdings") not in got


def test_moving_another_firms_services_onto_a_cloud_makes_that_firm_the_renter() -> None:
    got = positive_in("Brenner Holdings is moving Ostwick AI's workloads onto Azure.")
    assert ("Microsoft", "rents-capacity-to", "Ostwick AI") in got
    assert ("Microsoft", "rents-capacity-to", "Brenner Holdings") not in got


def test_a_place_word_is_no_company() -> None:
    got = positive_in("Keflavik hosts servers for Ostwick AI.")
    assert not any(s == "Keflavik" for s, _, _ in got)


def test_a_one_word_name_the_article_places_a_site_in_is_a_town() -> None:
    got = positive_in(
        "Tamsford Cloud opened a hall near Brekka last spring. Brekka hosts servers for Ostwick AI."
    )
    assert not any("Brekka" in (s, o) for s, _, o in got)
    # "in Brekka's campus" and "in Brekka Data" place nothing in a town called Brekka
    got = positive_in(
        "Ostwick AI rents a hall in Brekka's campus. Brekka rents GPUs to Ostwick AI."
    )
    assert ("Brekka", "rents-capacity-to", "Ostwick AI") in got
    # a one-word firm with no such sentence stays a firm
    got = positive_in("Ostwick AI rents GPUs from Brekka. Brekka opened a campus in Norway.")
    assert ("Brekka", "rents-capacity-to", "Ostwick AI") in got
