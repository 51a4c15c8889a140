"""The extractor registry: lookup by name, lazy import, helpful errors."""

from __future__ import annotations

import pytest

from ingest.extract import extractor_names, get_extractor
from ingest.extract.rules import RuleExtractor
from ontology.errors import ExtractionError


def test_default_is_the_rule_extractor() -> None:
    extractor = get_extractor()
    assert isinstance(extractor, RuleExtractor)
    assert extractor.name == "rules"


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ExtractionError) as info:
        get_extractor("magic")
    message = str(info.value)
    assert "'magic'" in message
    for name in extractor_names():
        assert name in message


def test_names_are_sorted_and_include_rules() -> None:
    names = extractor_names()
    assert names == sorted(names)
    assert "rules" in names
