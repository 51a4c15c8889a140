"""The query files: every question has both, and they only name things the ontology defines.

Query text cannot ask the registry for names, so this test is what keeps a
misspelt relation in a .rq or .cypher file from silently matching nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import URIRef

from ontology import KG, entity_classes, ontology_graph, relations
from queries import questions
from queries._question import query_files

STRUCTURAL_TYPES = {"SUBJECT", "OBJECT", "IN_ARTICLE", "RIVAL_RENTAL", "SOLE_SUPPLIER"}
NODE_LABELS = {"Entity", "Claim", "Article"} | set(entity_classes())
CYPHER_FILES = [p for p in query_files() if p.suffix == ".cypher"]
SPARQL_FILES = [p for p in query_files() if p.suffix == ".rq"]


@pytest.mark.parametrize("name", list(questions()))
def test_every_question_has_both_query_files(name: str) -> None:
    q = questions()[name]
    assert q.text("sparql").strip()
    assert q.text("cypher").strip()


@pytest.mark.parametrize("path", SPARQL_FILES, ids=lambda p: p.name)
def test_sparql_files_use_only_ontology_terms(path: Path) -> None:
    graph = ontology_graph()
    text = _without_comments(path.read_text(encoding="utf-8"), "#")
    for term in set(re.findall(r"\bkg:(\w+)", text)):
        assert (URIRef(KG[term]), None, None) in graph, f"kg:{term} is not in the ontology"


@pytest.mark.parametrize("path", CYPHER_FILES, ids=lambda p: p.name)
def test_cypher_files_use_only_known_types_labels_and_names(path: Path) -> None:
    text = _without_comments(path.read_text(encoding="utf-8"), "//")
    known_types = {r.neo4j_type for r in relations().values()} | STRUCTURAL_TYPES
    for group in re.findall(r"\[\w*:([A-Z_|]+)[\]*\s]", text):
        for rel_type in group.split("|"):
            assert rel_type in known_types, f"{rel_type} is not a relationship type"
    for quoted in re.findall(r"type\(\w+\) <?>?=? '([A-Z_]+)'", text):
        assert quoted in known_types
    for label in re.findall(r"\(\w*:([A-Z]\w*)", text):
        assert label in NODE_LABELS, f":{label} is not a node label"
    for name in re.findall(r"predicate = '([a-z-]+)'", text):
        assert name in relations(), f"{name!r} is not a relation name"


def test_no_query_file_is_left_over() -> None:
    used = {q.query or q.name for q in questions().values()} | {
        "lookups/resolve",
        "lookups/resolve-alias",
        "lookups/names",
        "lookups/fact-evidence",
        "lookups/facilities",
        "lookups/same-entity",
    }
    for path in query_files():
        base = path.relative_to(path.parents[1] if path.parent.name == "lookups" else path.parent)
        assert str(base.with_suffix("")) in used, f"{path.name} belongs to no question"


def _without_comments(text: str, marker: str) -> str:
    return "\n".join(
        line.split(marker, 1)[0] if line.lstrip().startswith(marker) else line
        for line in text.splitlines()
    )
