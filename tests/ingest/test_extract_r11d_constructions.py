"""Relations read across sentences (issue 4), one test per construction.

A company named in one sentence and a relation stated in the next through "we" in a
quote, a Q&A answer, a list completed sentence by sentence, a heading over bullets, a
plural "they" or "the two companies". Every sentence is made up for the test (invented
companies), in words other than the r11d- probe paragraphs'.
"""

from __future__ import annotations

from extracted import positive_in  # beside this file

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
