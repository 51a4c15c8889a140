"""Constructions round 12a's articles left unread or misread, one test each.

Each is a general reading of news English: an interview's "we" is the firm its
introduction names even when the answers name a supplier more often; a subject named
only by a description keeps its relative clause's names from being taken for it; a
fronted "Founded by ..." phrase is not the sentence's subject; the first word of a
known name ending in "-ic" is that name's short form. Every sentence is made up for
the test (invented companies), in words other than the round's articles.
"""

from __future__ import annotations

from extracted import positive_in  # beside this file

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
