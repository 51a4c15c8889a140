"""Markdown articles: front matter for title and date, the first heading as headline.

The Markdown is rendered with markdown-it (CommonMark, already installed with
``rich``) and the HTML turned back into one line per block, which strips
emphasis, links and images more reliably than regular expressions would.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date

from markdown_it import MarkdownIt

from ingest.models import Document
from ingest.readers._cleanup import html_to_lines
from ingest.readers._dates import find_published, parse_date
from ingest.readers._decode import decode_utf8
from ontology.errors import InputError

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` fields of a YAML front-matter block, and the text after it.

    Only flat scalar fields are read (title, date, url); that is all an article
    needs, and it spares a YAML dependency.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in match["body"].split("\n"):
        field = _FIELD.match(line)
        if field and field["value"]:
            fields[field["key"].lower()] = field["value"].strip("'\"")
    return fields, text[match.end() :]


def _published(fields: dict[str, str], source: str) -> date | None:
    value = fields.get("date") or fields.get("published")
    if value is None:
        return None
    found = parse_date(value)
    if found is None:
        raise InputError(
            source, f"front matter date {value!r} is not a date; write it as YYYY-MM-DD"
        )
    return found


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    """Read one ``.md`` article."""
    fields, body = front_matter(decode_utf8(data, source))
    renderer = MarkdownIt("commonmark").enable("table")
    text = html_to_lines(renderer.render(body))
    if not text:
        raise InputError(source, "no article text in the Markdown file")
    title = fields.get("title") or _first_heading(renderer, body)
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    yield Document(
        source=source,
        text=text,
        title=title,
        url=fields.get("url"),
        published=_published(fields, source) or find_published(text.split("\n")),
    )


def _first_heading(renderer: MarkdownIt, body: str) -> str | None:
    """The text of the first heading of any level, ATX (``#``) or setext (``===``)."""
    tokens = renderer.parse(body)
    for opening, inline in itertools.pairwise(tokens):
        if opening.type == "heading_open" and inline.type == "inline":
            return html_to_lines(renderer.renderInline(inline.content)) or None
    return None
