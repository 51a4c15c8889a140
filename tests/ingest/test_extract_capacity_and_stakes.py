"""Constructions of capacity rentals and ownership that whole articles use, one test each.

Written for the sixth round of unseen articles (wire reports, features, regional
papers, trade press, explainers): each test uses its own invented companies and
sentences, never the articles' wording, so a rule that fits one article fails here.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from ingest.models import Claim, Document

EXTRACTOR = RuleExtractor()


def _claims(text: str) -> list[Claim]:
    return list(EXTRACTOR.extract(Document(source="t.txt", text="Deal news\n\n" + text)).claims)


def _positive(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.predicate, c.object) for c in _claims(text) if c.status != "denied"}


# ------------------------------------------------------------------ names


def test_a_short_form_with_a_comma_still_opens_its_sentence() -> None:
    got = _positive(
        "Brannock AI has hired a new finance chief. Brannock, which was founded in 2021, "
        "trains its vision models on Azure."
    )
    assert ("Microsoft", "rents-capacity-to", "Brannock AI") in got


def test_a_name_with_accented_letters_is_one_person() -> None:
    got = _positive(
        'Veyrier Labs makes weather models. "Salcombe Cloud took our call," says co-founder '
        "Zoé Marchetti-Lefèvre. In June the start-up bought Quenta, a small tooling firm."
    )
    assert ("Veyrier Labs", "owns", "Quenta") in got
    assert not any("Lef" in s or "Zo" in s for s, _, _ in got)


def test_a_place_that_opens_an_institution_s_name_is_part_of_it() -> None:
    got = _positive(
        "Dravo Compute hosts servers for Kansas State University. The Oregon Teachers "
        "Retirement Fund holds a 6% stake in Dravo Compute."
    )
    assert ("Oregon Teachers Retirement Fund", "owns", "Dravo Compute") in got
