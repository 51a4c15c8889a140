"""Organisation names no list knows, found and typed by general cues (issue 4, round 10).

A company the extractor never recognises loses every relation it is in, so these
cues matter more than any one reading. Every sentence is invented; precision cases
check that ordinary words opening a sentence stay no name.
"""

from __future__ import annotations

import pytest

from ingest.extract._entities import find_mentions
from ingest.extract.rules import RuleExtractor
from ingest.models import Document
from ingest.resolve import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return RuleExtractor().gaz


def _names(gaz: Gazetteer, sentence: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(gaz, sentence)}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # a name ending in an organisation's word is no person, whatever cue precedes it
        ("The filing said that Dovel Chips would buy 2,000 GPUs.", "Dovel Chips", "Company"),
        ("Analysts said Ostrava Microsystems missed its target.", "Ostrava Microsystems", None),
        ("Its founder said Pellick Data would expand.", "Pellick Data", None),
        # a place opens an investment board's name without being a mention itself
        (
            "The Ontario Teachers Investment Board took a minority stake.",
            "Ontario Teachers Investment Board",
            "Investor",
        ),
        # a one-word opener beside a known name, before a shared verb
        ("Glenmarsh and Lambda are both cutting prices.", "Glenmarsh", "Company"),
        # a lab's first word may end like an adjective ("-ary") when another name follows
        ("Tessary AI and Corvane Labs signed a deal.", "Tessary AI", "AILab"),
        # "the Dunrow facility": a site's own name, like "the Redwater campus"
        ("Halden Cloud owns the Dunrow facility in Ohio.", "Dunrow", "DataCenter"),
    ],
)
def test_unknown_name_is_found_and_typed(
    gaz: Gazetteer, sentence: str, name: str, kind: str | None
) -> None:
    names = _names(gaz, sentence)
    assert name in names
    assert names[name] != "Person"
    if kind is not None:
        assert names[name] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants and Lambda are both cutting prices.",  # a plural opener is a noun
        "Conversational AI raised concerns among regulators.",  # an adjective, then "AI"
        "Shares fell after the results.",
        "Analysts said the deal was large.",
        "Texas and Ohio are both courting data centres.",
    ],
)
def test_ordinary_opener_stays_no_company(gaz: Gazetteer, sentence: str) -> None:
    new = [m for m in find_mentions(gaz, sentence) if m.kind == "new"]
    assert new == []


def test_person_with_org_word_elsewhere_stays_person(gaz: Gazetteer) -> None:
    # the suffix test looks at the name's last word only
    names = _names(gaz, "Chief executive Mara Lindqvist said Dovel Chips would grow.")
    assert names.get("Mara Lindqvist") == "Person"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the opener vouched for in one sentence opens another as the same company
        (
            "Ferrow and Lambda are both cutting prices. ",
            {("Ferrow", "rents-capacity-to", "Corvane Labs")},
        ),
        # without that sentence the relation's verb after the opener makes it the subject
        # (an opener before no such verb stays no name: test_ordinary_opener_stays_no_company)
        ("", {("Ferrow", "rents-capacity-to", "Corvane Labs")}),
    ],
)
def test_vouched_opener_names_its_later_sentences(
    lead: str, expected: set[tuple[str, str, str]]
) -> None:
    text = "Headline\n\n" + lead + "Ferrow will rent 500 GPUs to Corvane Labs from June."
    claims = RuleExtractor().extract(Document(source="names.txt", text=text)).claims
    assert {(c.subject, c.predicate, c.object) for c in claims} == expected
