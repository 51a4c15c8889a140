"""Plain-text articles: the first line is the headline, a dateline follows near the top."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.models import Document
from ingest.readers._cleanup import drop_furniture
from ingest.readers._dates import find_published
from ingest.readers._decode import decode_utf8
from ontology.errors import InputError

# "PRESS RELEASE", "TECHNOLOGY": a section label printed above the headline.
_KICKER = re.compile(r"^[A-Z0-9&/' -]+$")
_MAX_TITLE = 250


def _is_kicker(line: str) -> bool:
    return bool(_KICKER.match(line)) and len(line.split()) <= 4


def split_title(text: str) -> tuple[str | None, str]:
    """The headline of cleaned plain text, and the text with that headline first.

    Section labels above the headline are dropped; a first line too long to be a
    headline means the text has none.
    """
    lines = text.split("\n")
    while lines and (not lines[0].strip() or _is_kicker(lines[0].strip())):
        lines.pop(0)
    if not lines:  # only labels: keep them rather than return nothing
        return None, text
    first = lines[0].strip()
    title = first if len(first) <= _MAX_TITLE else None
    return title, "\n".join(lines).strip()


def document_from_text(text: str, source: str) -> Document:
    """A Document from plain text already decoded: furniture dropped, title and date found.

    Raises:
        InputError: nothing but page furniture was left.
    """
    cleaned = drop_furniture(text)
    if not cleaned:
        raise InputError(source, "no article text left after removing navigation lines")
    title, body = split_title(cleaned)
    return Document(
        source=source,
        text=body,
        title=title,
        published=find_published(body.split("\n")),
    )


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    """Read one ``.txt`` article."""
    yield document_from_text(decode_utf8(data, source), source)
