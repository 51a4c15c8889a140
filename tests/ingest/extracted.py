"""What the rule extractor reads from a few sentences: the one way construction tests ask.

Every construction test feeds the extractor a short text of its own, under a headline
(the first paragraph of a document is its title), and looks at the triples it reads, the
ones it denies, the rivals it pairs, or one triple's status. Kept beside the tests (like
``corpus_scoring``) so that each test file says only what it checks.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from ingest.models import Claim, Document

Triple = tuple[str, str, str]
EXTRACTOR = RuleExtractor()


def claims_in(text: str) -> list[Claim]:
    """Every claim read from ``text`` set under a headline, as an article's body."""
    return list(EXTRACTOR.extract(Document(source="t.txt", text="Deal news\n\n" + text)).claims)


def positive_in(text: str) -> set[Triple]:
    """The triples read as holding (asserted, reported or planned): not the denied ones."""
    return {(c.subject, c.predicate, c.object) for c in claims_in(text) if c.status != "denied"}


def denied_in(text: str) -> set[Triple]:
    """The triples read and marked denied: what the text says did not or does not hold."""
    return {(c.subject, c.predicate, c.object) for c in claims_in(text) if c.status == "denied"}


def competes_in(text: str) -> set[frozenset[str]]:
    """Rival pairs read as holding, unordered (competes-with is symmetric)."""
    return {frozenset((s, o)) for s, p, o in positive_in(text) if p == "competes-with"}


def status_in(text: str, triple: Triple) -> str | None:
    """The status of the first claim of ``triple``, or None when it is not read at all."""
    found = (c for c in claims_in(text) if (c.subject, c.predicate, c.object) == triple)
    return next((c.status for c in found), None)
