"""Constructions of article genres the rules had not met, one test each.

Press releases, research notes with bullets, interviews in questions and
answers, live blogs with timestamps, newsletter roundups, earnings-call write-ups,
opinion columns and corrections appended to a story. Every sentence is made up
for the test (invented companies), in words other than the articles' own.
"""

from __future__ import annotations

from ingest.extract._text import segments
from ingest.extract.rules import RuleExtractor
from ingest.models import Claim, Document

EXTRACTOR = RuleExtractor()


def _claims(text: str) -> list[Claim]:
    return list(EXTRACTOR.extract(Document(source="t.txt", text="Deal news\n\n" + text)).claims)


def _positive(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.predicate, c.object) for c in _claims(text) if c.status != "denied"}


# ------------------------------------------------------------------ readers


def test_a_live_blog_entry_opening_more_from_is_not_a_related_list() -> None:
    text = (
        "Chip stocks live\n\n10:05 BST\n\nQuarrel Micro has closed its deal.\n\n10:40 BST\n\n"
        "More from the filing: Quarrel Micro now owns Dunlin Optics outright.\n\n"
        "More from Markets\n\nBrisk Labs buys Tern Data"
    )
    texts = [s.text for s in segments(text)]
    assert "More from the filing: Quarrel Micro now owns Dunlin Optics outright." in texts
    assert "Brisk Labs buys Tern Data" not in texts  # the list after "More from Markets"
    assert {s.text for s in segments(text) if s.header} >= {"10:05 BST", "10:40 BST"}


# ------------------------------------------------------------------ names


def test_a_name_ending_in_ian_has_a_short_form() -> None:
    got = _positive(
        "Obsidian Photonics reported a loss. Analysts said the purchase lets Obsidian take on "
        "Kallisto Chips in optical links."
    )
    assert ("Obsidian Photonics", "competes-with", "Kallisto Chips") in got


# ------------------------------------------------------------------ competes-with


def test_taking_on_and_take_on_name_a_rival() -> None:
    got = _positive(
        "Tarn Robotics is taking on Brewster Automation in warehouse picking. "
        "A new fund lets Ospry Cloud take on Halberd Compute for inference work."
    )
    assert ("Tarn Robotics", "competes-with", "Brewster Automation") in got
    assert ("Ospry Cloud", "competes-with", "Halberd Compute") in got
