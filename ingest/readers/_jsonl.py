"""JSON-lines files: one article per line, so one bad line costs only that line.

Each line is an object with ``text`` (required) and optional ``id``, ``title``,
``url`` and ``published``. A record's source is ``path#id``, or ``path#<line>``
when it has no id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from ingest.models import Document
from ingest.readers._dates import parse_date
from ingest.readers._decode import decode_utf8
from ontology.errors import InputError


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _published(record: dict[str, Any]) -> date | None:
    value = _optional_text(record, "published")
    if value is None:
        return None
    found = parse_date(value)
    if found is None:
        raise ValueError(f"'published' is not a date ({value!r}); write it as YYYY-MM-DD")
    return found


def _document(line: str, number: int, path: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise ValueError(f"a JSON object is expected, not {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no 'text' (a non-empty string is required)")
    ident = record.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise ValueError(f"'id' must be a string or a number, not {type(ident).__name__}")
    title = _optional_text(record, "title")
    body = text.strip()
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    return Document(
        source=f"{path}#{ident if ident not in (None, '') else number}",
        text=body,
        title=title,
        url=_optional_text(record, "url"),
        published=_published(record),
    )


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    """Read every record of one ``.jsonl`` file; a bad line yields an InputError for that line."""
    text = decode_utf8(data, source)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _document(line, number, source)
        except ValueError as exc:
            yield InputError(source, f"line {number}: {exc}; fix or remove that line")
