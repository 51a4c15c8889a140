"""Hand-built graphs for the question tests: ``claim`` and ``article``.

Imported by the tests as a plain module (``tests/`` is not a package, and
``queries`` is taken by the library).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ingest.extract.base import Extraction
from ingest.models import Claim, Document, Entity
from kg.stores.embedded import EmbeddedStore

VERBS = {
    "owns": "owns",
    "rents-capacity-to": "rents computing capacity to",
    "competes-with": "competes with",
    "rebrands-as": "is renaming itself",
    "develops": "develops",
    "located-in": "is located in",
}


def claim(
    subject: str,
    predicate: str,
    obj: str,
    *,
    status: str = "asserted",
    stake: bool | None = None,
    share: float | None = None,
    sentence: str | None = None,
    subject_type: str | None = None,
    object_type: str | None = None,
) -> dict[str, Any]:
    """One claim, with a sentence made up for the test unless one is given."""
    return {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "status": status,
        "stake": stake,
        "share": share,
        "sentence": sentence or f"{subject} {VERBS[predicate]} {obj}.",
        "subject_type": subject_type,
        "object_type": object_type,
    }


def article(
    source: str,
    *claims: dict[str, Any],
    published: date | None = None,
    entities: tuple[Entity, ...] = (),
) -> tuple[Document, Extraction]:
    """One article holding ``claims``; its text is their sentences."""
    text = " ".join(c["sentence"] for c in claims) or source
    document = Document(source=source, text=text, published=published, title=source)
    built = tuple(
        Claim(
            confidence=0.9,
            source=source,
            sentence_index=index,
            published=published,
            **{k: v for k, v in c.items() if v is not None},
        )
        for index, c in enumerate(claims)
    )
    return document, Extraction(claims=built, entities=entities)


StoreMaker = Callable[..., EmbeddedStore]
