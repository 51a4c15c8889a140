"""Cleaning scraped text: boilerplate is dropped, sentences are split sensibly."""

from __future__ import annotations

from ingest.extract._text import segments, split_sentences


def test_abbreviations_do_not_split_sentences() -> None:
    text = "Globex Corp. signed a deal with Initech Inc. on Monday. Shares rose 3%."
    assert split_sentences(text) == [
        "Globex Corp. signed a deal with Initech Inc. on Monday.",
        "Shares rose 3%.",
    ]


def test_navigation_bylines_and_related_lists_are_dropped() -> None:
    text = "\n".join(
        [
            "Menu",
            "Home | Markets | Tech",
            "Volta Labs raises money from Quanta Capital",
            "By Jane Reporter",
            "Volta Labs said on Monday that it had raised $40 million.",
            "Advertisement",
            "Related",
            "Quanta Capital buys Initech for $2 billion",
        ]
    )
    texts = [s.text for s in segments(text)]
    assert "Menu" not in texts
    assert all("Jane Reporter" not in t for t in texts)
    assert all("buys Initech" not in t for t in texts)
    assert "Volta Labs said on Monday that it had raised $40 million." in texts


def test_about_boilerplate_is_dropped_and_headers_are_marked() -> None:
    text = "\n".join(
        [
            "Orbital AI picks a new cloud",
            "",
            "Orbital AI will train its models on Nimbus Cloud.",
            "",
            "CUSTOMERS",
            "Orbital AI is growing.",
            "",
            "About Nimbus Cloud",
            "Nimbus Cloud owns Stratus Systems and rents GPUs to everyone.",
        ]
    )
    segs = segments(text)
    assert all("Stratus" not in s.text for s in segs)
    headers = [s.text for s in segs if s.header]
    assert headers == ["CUSTOMERS"]


def test_odd_input_never_breaks_the_extractor() -> None:
    from ingest.extract.rules import RuleExtractor
    from ingest.models import Document

    extractor = RuleExtractor()
    for text in ("", "Title only", "\n\n\n", "Über AG kauft Anteile. 日本語。", "x " * 3000):
        assert extractor.extract(Document(source="odd.txt", text=text)).claims == ()
    marked = "News\n\nOpenAI rents GPUs\x01 from CoreWeave.\x00"
    claims = extractor.extract(Document(source="odd.txt", text=marked)).claims
    assert [(c.subject, c.object) for c in claims] == [("CoreWeave", "OpenAI")]


def test_abbreviation_at_the_end_of_a_long_sentence_keeps_it_whole() -> None:
    text = (
        "After a long and public search for a partner, the lab signed with Initech Corp. "
        "Its rival stayed with a small supplier based in the U.S. Shares rose. Nothing else."
    )
    assert split_sentences(text) == [
        "After a long and public search for a partner, the lab signed with Initech Corp. "
        "Its rival stayed with a small supplier based in the U.S. Shares rose.",
        "Nothing else.",
    ]
