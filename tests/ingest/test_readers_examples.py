"""The project's own sample articles read cleanly: the demo depends on them."""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_documents

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def test_every_sample_article_reads_with_title_and_date() -> None:
    report = read_documents([EXAMPLES])
    assert report.errors == []
    assert len(report.documents) >= 10
    for doc in report.documents:
        assert doc.title, doc.source
        assert doc.published is not None, doc.source
        assert doc.text.split("\n")[0] == doc.title, doc.source


def test_sample_pages_lose_their_navigation_and_sidebars() -> None:
    pages = read_documents(sorted(EXAMPLES.glob("*.html"))).documents
    assert len(pages) >= 2
    for doc in pages:
        for noise in ("Trending", "Related stories", "Most read", "Advertisement", "Privacy",
                      "Sign in", "Subscribe", "All rights reserved", "cookies"):  # fmt: skip
            assert noise not in doc.text, (doc.source, noise)


def test_the_headline_story_is_there() -> None:
    [doc] = read_documents([EXAMPLES / "xai-rents-colossus-2-to-anthropic.txt"]).documents
    assert "rent the entire capacity of Colossus 2" in doc.text
    assert "will be called SpaceX AI" in doc.text
    assert "xAI competes with Anthropic" in doc.text
