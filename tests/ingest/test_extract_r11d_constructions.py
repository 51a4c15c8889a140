"""Relations read across sentences (issue 4), one test per construction.

A company named in one sentence and a relation stated in the next through "we" in a
quote, a Q&A answer, a list completed sentence by sentence, a heading over bullets, a
plural "they" or "the two companies". Every sentence is made up for the test (invented
companies), in words other than the r11d- probe paragraphs'.
"""

from __future__ import annotations

from extracted import claims_in, competes_in, positive_in, status_in  # beside this file

# ---------------------------------------------------------------- a speaker's company


def test_a_quote_after_a_speaker_named_with_a_possessive_role() -> None:
    text = (
        "Prices keep rising, said Mirela Dobos, Vantry AI's head of infrastructure. "
        '"We rent all of our training capacity from Cobbold Cloud."'
    )
    got = positive_in(text)
    assert ("Cobbold Cloud", "rents-capacity-to", "Vantry AI") in got
    assert ("Vantry AI", "rents-capacity-to", "Cobbold Cloud") not in got


def test_an_unknown_first_name_with_a_possessive_role_is_a_person() -> None:
    text = (
        "Tarquin Velde, Ostley Robotics' chief executive, opened the meeting. "
        '"We lease our clusters from Harn Compute," he said.'
    )
    got = positive_in(text)
    assert ("Harn Compute", "rents-capacity-to", "Ostley Robotics") in got
    assert not any("Tarquin Velde" in (s, o) for s, _, o in got)


def test_a_rival_executive_speaks_for_his_own_firm() -> None:
    text = (
        "Brisbane Labs trains on Orlo Cloud. "
        '"We buy our compute from Fenner Grid," said Tom Hale, chief executive of rival '
        "Pascoe AI."
    )
    got = positive_in(text)
    assert ("Fenner Grid", "rents-capacity-to", "Pascoe AI") in got
    assert ("Fenner Grid", "rents-capacity-to", "Brisbane Labs") not in got


def test_a_co_founder_appositive_names_the_speakers_company() -> None:
    text = (
        "Jane Abbot, co-founder of Quillby AI, described the company's set-up. "
        '"We rent racks from Dorran Data and run inference on Sable Cloud," she said.'
    )
    got = positive_in(text)
    assert ("Dorran Data", "rents-capacity-to", "Quillby AI") in got
    assert ("Sable Cloud", "rents-capacity-to", "Quillby AI") in got
    assert ("Sable Cloud", "rents-capacity-to", "Dorran Data") not in got


def test_a_founder_speaks_for_the_company_he_founded() -> None:
    text = (
        "David Mercer founded Halse AI after a decade in banking. "
        '"Our GPUs come from Rook Compute," he said.'
    )
    assert ("Rook Compute", "rents-capacity-to", "Halse AI") in positive_in(text)


def test_an_adviser_to_another_firm_is_not_the_storys_speaker() -> None:
    text = (
        "Vantry AI rents from Cobbold Cloud. "
        '"We lease from Harn Compute," said Ana Ruiz, who advises Pelto Labs.'
    )
    assert ("Harn Compute", "rents-capacity-to", "Vantry AI") not in positive_in(text)


# ---------------------------------------------------------------- questions and answers


def test_an_answer_in_the_questions_line_names_the_clouds_asked_about() -> None:
    text = (
        "Q: Who hosts Tarrow AI's inference servers? "
        "A: Chiefly Brask Cloud, and a regional operator, Denholm Data."
    )
    got = positive_in(text)
    assert ("Brask Cloud", "rents-capacity-to", "Tarrow AI") in got
    assert ("Denholm Data", "rents-capacity-to", "Tarrow AI") in got


def test_which_clouds_a_lab_rents_from_answered_by_a_list() -> None:
    text = "Q: Which clouds does Quent AI rent from? A: Two: Brask Cloud and Denholm Compute."
    got = positive_in(text)
    assert ("Brask Cloud", "rents-capacity-to", "Quent AI") in got
    assert ("Denholm Compute", "rents-capacity-to", "Quent AI") in got


def test_a_no_before_the_answers_sentence_does_not_deny_it() -> None:
    text = "Q: Does Ferro AI own its servers? A: No. We rent them from Oskar Cloud."
    assert ("Oskar Cloud", "rents-capacity-to", "Ferro AI") in positive_in(text)


def test_a_chipmaker_answering_where_gpus_come_from_rents_nothing() -> None:
    text = "Q: Who supplies Quent AI with GPUs? A: Nvidia, like everyone else."
    assert not any(s == "Nvidia" for s, p, _ in positive_in(text) if p == "rents-capacity-to")


# ---------------------------------------------------------------- a set, then its members


def test_providers_counted_then_named_one_by_one() -> None:
    text = (
        "Ostra AI rents its GPUs from three providers. One is Cobb Cloud, another is Varn "
        "Compute, and the third is the Belgian operator Belden Data."
    )
    got = positive_in(text)
    for provider in ("Cobb Cloud", "Varn Compute", "Belden Data"):
        assert (provider, "rents-capacity-to", "Ostra AI") in got


def test_shareholders_counted_then_the_larger_and_the_other() -> None:
    text = (
        "Two funds own Tesk Robotics. The bigger, Harl Capital, holds 40%; the other is Omsk Fund."
    )
    claims = {(c.subject, c.predicate, c.object): c for c in claims_in(text)}
    assert claims[("Harl Capital", "owns", "Tesk Robotics")].share == 0.4
    assert ("Omsk Fund", "owns", "Tesk Robotics") in claims


def test_a_clouds_customers_counted_then_named() -> None:
    text = "Orla Cloud has two big customers. One is Fenn AI; the other is Vask Labs."
    got = positive_in(text)
    assert ("Orla Cloud", "rents-capacity-to", "Fenn AI") in got
    assert ("Orla Cloud", "rents-capacity-to", "Vask Labs") in got


def test_rivals_counted_then_named() -> None:
    text = "Pellin AI faces two rivals in Europe. The larger is Dask Labs."
    assert frozenset(("Pellin AI", "Dask Labs")) in competes_in(text)


def test_a_chip_supplier_in_a_counted_set_rents_nothing() -> None:
    text = "Two suppliers sell Ostra AI its chips. One is Nvidia; the other is Marrow Silicon."
    got = positive_in(text)
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


def test_a_non_clouds_customers_are_no_tenants() -> None:
    text = "Vesk Labs has two customers. One is Dorm Bank."
    assert ("Vesk Labs", "rents-capacity-to", "Dorm Bank") not in positive_in(text)


def test_investors_being_courted_are_not_yet_owners() -> None:
    text = "Varo AI is in talks with two investors. One is Kell Capital."
    assert status_in(text, ("Kell Capital", "owns", "Varo AI")) in {None, "planned"}


def test_a_member_sentence_without_a_counted_set_says_nothing() -> None:
    text = "Ostra AI opened an office in Lyon. One is Cobb Cloud."
    assert ("Cobb Cloud", "rents-capacity-to", "Ostra AI") not in positive_in(text)


# ---------------------------------------------------------------- a heading over its items


def test_bullets_under_a_heading_are_the_headings_companys() -> None:
    text = (
        "Tessel Cloud at a glance\n"
        "- Owned by Harrow Group since 2021\n"
        "- Rents GPUs to Quin AI and Mopp Labs\n"
        "- Founded in Cardiff"
    )
    got = positive_in(text)
    assert ("Harrow Group", "owns", "Tessel Cloud") in got
    assert ("Tessel Cloud", "rents-capacity-to", "Quin AI") in got
    assert ("Tessel Cloud", "rents-capacity-to", "Mopp Labs") in got


def test_a_fact_boxs_label_lines_list_several_names() -> None:
    text = (
        "Profile: Dunmore Labs\n"
        "Headquarters: Leeds\n"
        "Backers: Firth Capital and Elm Fund\n"
        "Cloud provider: Ostler Compute\n"
        "Chip supplier: Nvidia"
    )
    got = positive_in(text)
    assert ("Firth Capital", "owns", "Dunmore Labs") in got
    assert ("Elm Fund", "owns", "Dunmore Labs") in got
    assert ("Ostler Compute", "rents-capacity-to", "Dunmore Labs") in got
    assert ("Nvidia", "rents-capacity-to", "Dunmore Labs") not in got


def test_a_heading_naming_two_companies_gives_its_items_no_subject() -> None:
    text = "Quin AI and Mopp Labs: what we know\n- Rents GPUs from Ostler Compute"
    got = positive_in(text)
    assert not any(p == "rents-capacity-to" for _, p, _ in got)


def test_a_participle_phrase_with_its_own_subject_is_not_the_headings() -> None:
    text = "Tessel Cloud: the facts\nBacked by Harrow Group, Quin AI rents GPUs from Tessel Cloud."
    got = positive_in(text)
    assert ("Harrow Group", "owns", "Tessel Cloud") not in got
    assert ("Tessel Cloud", "rents-capacity-to", "Quin AI") in got


# ---------------------------------------------------------------- a pair, then "they"


def test_they_after_a_pair_is_both_of_them() -> None:
    text = "Quin AI and Mopp Labs were founded in Oslo. They both rent GPUs from Ostler Compute."
    got = positive_in(text)
    assert ("Ostler Compute", "rents-capacity-to", "Quin AI") in got
    assert ("Ostler Compute", "rents-capacity-to", "Mopp Labs") in got


def test_a_pair_that_shares_an_investor() -> None:
    text = "Quin AI and Mopp Labs make speech models and have the same investor, Firth Capital."
    got = positive_in(text)
    assert ("Firth Capital", "owns", "Quin AI") in got
    assert ("Firth Capital", "owns", "Mopp Labs") in got


def test_they_that_says_or_thinks_is_people_not_the_pair() -> None:
    text = (
        "Harl Securities and Omsk Partners follow Quin AI closely. "
        "They expect to rent GPUs from Ostler Compute for their own models, analysts said."
    )
    got = positive_in(text)
    assert ("Ostler Compute", "rents-capacity-to", "Harl Securities") not in got
    assert ("Ostler Compute", "rents-capacity-to", "Omsk Partners") not in got


def test_the_two_companies_have_competed() -> None:
    text = "Quin AI sued Mopp Labs in 2024. The two companies have long competed for banks."
    assert frozenset(("Quin AI", "Mopp Labs")) in competes_in(text)


def test_the_rival_we_come_up_against_is_the_speakers_firms() -> None:
    text = (
        "David Marsh runs Wren Labs. "
        '"Corra AI is the lab we come up against in most tenders," he said.'
    )
    assert frozenset(("Wren Labs", "Corra AI")) in competes_in(text)


def test_a_founder_with_an_unlisted_first_name_speaks_for_her_firm() -> None:
    text = (
        "Marta Quell co-founded Vesk Robotics in 2019 after leaving Omsk AI. "
        '"We lease our GPUs from Brannock Cloud," she said.'
    )
    got = positive_in(text)
    assert ("Brannock Cloud", "rents-capacity-to", "Vesk Robotics") in got
    assert ("Brannock Cloud", "rents-capacity-to", "Omsk AI") not in got


def test_a_short_participle_line_under_a_heading_is_read() -> None:
    text = "Vesk Robotics in brief\n- Majority-owned by Omsk Group\n- Trains on Brannock Cloud"
    got = positive_in(text)
    assert ("Omsk Group", "owns", "Vesk Robotics") in got
    assert ("Brannock Cloud", "rents-capacity-to", "Vesk Robotics") in got


def test_an_owner_label_is_a_fact_and_no_new_heading() -> None:
    text = "Vesk Robotics: key facts\nOwner: Omsk Group\nCloud: Brannock Cloud\nRivals: Tarn AI"
    got = positive_in(text)
    assert ("Omsk Group", "owns", "Vesk Robotics") in got
    assert ("Brannock Cloud", "rents-capacity-to", "Vesk Robotics") in got
    assert frozenset(("Vesk Robotics", "Tarn AI")) in competes_in(text)
    assert ("Brannock Cloud", "competes-with", "Tarn AI") not in got


def test_who_invested_is_answered_by_the_backers() -> None:
    text = "Q: Who has invested in Vesk Robotics? A: Omsk Capital and Firth Ventures."
    got = positive_in(text)
    assert ("Omsk Capital", "owns", "Vesk Robotics") in got
    assert ("Firth Ventures", "owns", "Vesk Robotics") in got


def test_a_speaker_who_runs_a_firm_and_an_inverted_said() -> None:
    got = positive_in(
        "Anya Brisk, who runs Vesk Robotics, spoke first. "
        '"We rent GPUs from Brannock Cloud," she said.'
    )
    assert ("Brannock Cloud", "rents-capacity-to", "Vesk Robotics") in got
    got = positive_in(
        'Said Anya Brisk, Vesk Robotics\' chief executive: "We rent GPUs from Brannock Cloud."'
    )
    assert ("Brannock Cloud", "rents-capacity-to", "Vesk Robotics") in got


def test_a_short_founded_line_keeps_the_heading_for_the_lines_after_it() -> None:
    text = "Omsk Robotics at a glance\n- Founded 2020 in Turku\n- Backed by Firth Capital"
    assert ("Firth Capital", "owns", "Omsk Robotics") in positive_in(text)


def test_a_possessive_label_lists_rivals_and_providers() -> None:
    got = positive_in(
        "Omsk Robotics' rivals: Tarn AI and Vesk Labs. "
        "Omsk Robotics' cloud providers: Brannock Cloud and Harn Compute."
    )
    assert ("Omsk Robotics", "competes-with", "Tarn AI") in got
    assert ("Omsk Robotics", "competes-with", "Vesk Labs") in got
    assert ("Brannock Cloud", "rents-capacity-to", "Omsk Robotics") in got
    assert ("Harn Compute", "rents-capacity-to", "Omsk Robotics") in got


def test_a_cloud_counting_labs_as_tenants_then_naming_one() -> None:
    text = "Brannock Cloud counts three robotics labs as tenants. One is Omsk Robotics."
    assert ("Brannock Cloud", "rents-capacity-to", "Omsk Robotics") in positive_in(text)


def test_they_after_a_pair_that_are_sold_are_the_things_not_the_pair() -> None:
    text = "Tarn Chips and Vesk Silicon make GPUs. They are sold to Brannock Cloud by resellers."
    got = positive_in(text)
    assert ("Brannock Cloud", "owns", "Tarn Chips") not in got
    assert ("Brannock Cloud", "owns", "Vesk Silicon") not in got


def test_customers_that_left_are_no_counted_set() -> None:
    text = "Three customers have left Brannock Cloud this year. One is Omsk Robotics."
    assert ("Brannock Cloud", "rents-capacity-to", "Omsk Robotics") not in positive_in(text)


def test_both_before_a_noun_is_no_pair_subject() -> None:
    text = "Quin AI and Mopp Labs raised money in May. Both deals closed quickly."
    got = positive_in(text)
    assert not any(s in {"Quin AI", "Mopp Labs"} for s, _, _ in got)
