"""The typed hand-offs of the ingest pipeline: readers give Documents,
extractors give Claims.

A Claim is what one sentence of one article says about two entities. It keeps
its evidence (source, sentence, date) and how sure the extractor is, so the
graph never holds a fact it cannot justify.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ontology import Status, relation


class Document(BaseModel):
    """One article's main text, as a reader found it.

    Attributes:
        source: where it came from: a path, plus ``#id`` for a JSON-lines record.
        text: the main text only (no navigation, sidebars or footers), title first.
        title: the headline, when the format carries one.
        url: the article's address, when known.
        published: the publication date, when known.
    """

    model_config = ConfigDict(frozen=True)

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None

    @property
    def content_hash(self) -> str:
        """A stable identity for the article: the same text is the same article."""
        return hashlib.sha256(self.text.strip().encode("utf-8")).hexdigest()


class Entity(BaseModel):
    """An entity as the extractor resolved it: canonical name, class, other names."""

    model_config = ConfigDict(frozen=True)

    name: str
    type: str = "Organization"
    aliases: tuple[str, ...] = ()


class Claim(BaseModel):
    """One statement of one sentence: ``subject predicate object``, with evidence.

    ``subject`` and ``object`` are canonical entity names ("OpenAI", never "the
    ChatGPT maker"). ``stake`` and ``share`` only apply to ``owns``: a stake is
    ownership without control.
    """

    model_config = ConfigDict(frozen=True)

    subject: str
    predicate: str
    object: str
    status: Status = "asserted"
    confidence: float = Field(ge=0.0, le=1.0)
    source: str
    sentence: str
    sentence_index: int | None = None
    published: date | None = None
    stake: bool | None = None
    share: float | None = Field(default=None, ge=0.0, le=1.0)
    subject_type: str | None = None
    object_type: str | None = None
    extractor: str = "rules"

    @field_validator("predicate")
    @classmethod
    def _known_relation(cls, value: str) -> str:
        rel = relation(value)  # raises UnknownRelationError for misspellings
        if not rel.extracted:
            raise ValueError(f"{value!r} is derived by the graph and cannot be extracted")
        return value

    def to_json_record(self) -> dict[str, Any]:
        """The ``kg extract --format jsonl`` record: no nulls, dates as ISO text."""
        return self.model_dump(mode="json", exclude_none=True)
