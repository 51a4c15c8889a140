"""The contract with the LLM: the prompt, built from the ontology, and the answer's models.

The relation names, their meanings, the entity classes and the statuses are read
from ``ontology`` every time, so a relation added to ``kg.ttl`` reaches the model
without touching this file. Only what the ontology cannot say lives here: what
each status means in news prose, which way the asymmetric relations point, and
the shape of the JSON answer, which ``LLMClaim`` and ``claim_items`` check: the
prompt and its validators sit together so they cannot disagree.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ingest.models import Document
from ontology import (
    STATUSES,
    ExtractionError,
    Status,
    UnknownRelationError,
    entity_classes,
    relation,
    relations,
)

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")

# What each status means in a news article; the names themselves come from ontology.STATUSES.
_STATUS_HINTS = {
    "asserted": "the article states it as a fact",
    "reported": "the article attributes it to others (sources, reports, people familiar)",
    "planned": "announced, agreed, in talks, expected or intended, but not yet in effect",
    "denied": "the article says it is not so, or a party denies it",
}


def _direction_rules() -> list[str]:
    # relation(...) raises on a misspelt name, so these rules cannot drift from kg.ttl.
    rents, owns, rebrands = relation("rents-capacity-to"), relation("owns"), relation("rebrands-as")
    return [
        f'"{rents.name}": subject = the provider of the compute (cloud, data centre, GPUs), '
        "object = the renter that uses it. "
        'Example: "Acme Labs will run its models on Nimbus Cloud servers" gives '
        f"Nimbus Cloud {rents.name} Acme Labs.",
        f'"{owns.name}": subject = the owner or investor, object = what is owned. Set "stake" to '
        "true for a minority or unquantified stake (an investment), false for control "
        '(parent, acquisition, subsidiary); set "share" to the stated fraction as a number from '
        "0 to 1 (27% -> 0.27), otherwise null.",
        f'"{rebrands.name}": subject = the old name, object = the new name.',
    ]


@cache
def system_prompt() -> str:
    """The instructions for the model: the ontology, the rules and the answer format.

    Cached because it depends on the ontology only, which is read once per process.
    """
    extracted = [rel for rel in relations().values() if rel.extracted]
    lines = [
        "You extract a knowledge graph about the AI industry from one news article.",
        "Report every relation the article states between two named entities, using only the",
        "relations below. Do not use outside knowledge; skip anything the text does not say.",
        "",
        "Relations (use the name exactly as written):",
        *(f"- {rel.name}: {rel.description}" for rel in extracted),
        "",
        "Direction rules:",
        *(f"- {rule}" for rule in _direction_rules()),
        "",
        "Entity classes (for subject_type and object_type; use the most specific one):",
        *(
            f"- {cls.name}" + (f": {cls.description}" if cls.description else "")
            for cls in entity_classes().values()
        ),
        "",
        "Statuses:",
        *(f"- {status}: {_STATUS_HINTS.get(status, 'see the ontology')}" for status in STATUSES),
        "",
        "Names: give each entity its canonical name, the proper name a company uses for itself",
        '("Acme Labs", not "the chatbot maker", "it" or "the company"), without "Inc." or "Corp.".',
        'Evidence: "sentence" must be the one sentence of the article that states the relation,',
        "copied character for character, not shortened or paraphrased.",
        "Confidence: a number from 0 to 1, how clearly the sentence states the relation.",
        "",
        "Answer with one JSON object and nothing else, in this form:",
        '{"claims": [{"subject": "...", "predicate": "...", "object": "...", "status": "...",',
        '  "confidence": 0.9, "sentence": "...", "stake": null, "share": null,',
        '  "subject_type": "...", "object_type": "..."}]}',
        'If the article states none of these relations, answer {"claims": []}.',
    ]
    return "\n".join(lines)


def build_messages(document: Document) -> list[dict[str, str]]:
    """The chat messages for one article: the system prompt, then the article itself.

    The article (its text starts with the title) goes in its own message so the
    instructions stay identical, and cacheable on the server, across articles.
    """
    return [
        {"role": "system", "content": system_prompt()},
        {"role": "user", "content": f"Article:\n\n{document.text}"},
    ]


class LLMClaim(BaseModel):
    """One claim as the model wrote it, before it is tied to the article.

    Lenient about spelling the model cannot be blamed for (``RENTS_CAPACITY_TO``,
    ``Reported``, ``27`` for 27%), strict about meaning: unknown relations and
    classes are rejected, never turned into new vocabulary.
    """

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    subject: str = Field(min_length=1)
    predicate: str
    object: str = Field(min_length=1)
    status: Status
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    sentence: str = Field(min_length=1)
    stake: bool | None = None
    share: float | None = Field(default=None, ge=0.0, le=1.0)
    subject_type: str | None = None
    object_type: str | None = None

    @field_validator("predicate")
    @classmethod
    def _extracted_relation(cls, value: str) -> str:
        try:
            rel = relation(value.lower().replace("_", "-").replace(" ", "-"))
        except UnknownRelationError as err:  # a KeyError, which pydantic would not catch
            raise ValueError(str(err)) from None
        if not rel.extracted:
            raise ValueError(f"{rel.name!r} is derived by the graph and cannot be extracted")
        return rel.name

    @field_validator("status", mode="before")
    @classmethod
    def _lower_status(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("share", mode="before")
    @classmethod
    def _percent_to_fraction(cls, value: Any) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool) and 1 < value <= 100:
            return value / 100
        return value

    @field_validator("subject_type", "object_type")
    @classmethod
    def _known_class(cls, value: str | None) -> str | None:
        if not value:
            return None
        by_folded = {name.casefold(): name for name in entity_classes()}
        if value.casefold() not in by_folded:
            raise ValueError(
                f"unknown entity class {value!r}; known: {', '.join(entity_classes())}"
            )
        return by_folded[value.casefold()]

    @model_validator(mode="after")
    def _consistent(self) -> LLMClaim:
        if self.subject.casefold() == self.object.casefold():
            raise ValueError(f"subject and object are the same entity ({self.subject!r})")
        if self.predicate != "owns":  # stake and share only mean something on ownership
            self.stake = self.share = None
        return self


class LLMResponse(BaseModel):
    """The whole answer: the claims that passed validation."""

    claims: list[LLMClaim]


def claim_items(content: str, source: str) -> list[Any]:
    """The raw claim objects of an answer; anything but `{"claims": [...]}` is an error."""
    try:
        data = json.loads(_FENCE.sub("", content))  # some models fence JSON even in JSON mode
    except json.JSONDecodeError as err:
        raise ExtractionError(
            f"{source}: the LLM answered with invalid JSON ({err.msg} at character {err.pos}): "
            f"{content[:200]!r}"
        ) from err
    if isinstance(data, dict) and isinstance(data.get("claims"), list):
        return list(data["claims"])
    raise ExtractionError(
        f'{source}: the LLM answer is not a JSON object with a "claims" list: {content[:200]!r}'
    )
