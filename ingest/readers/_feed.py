"""RSS and Atom feeds: every entry is an article, its HTML reduced to lines of text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from ingest.models import Document
from ingest.readers._cleanup import html_to_lines
from ingest.readers._dates import find_published
from ontology.errors import InputError

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]")
_PROLOG = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s+", re.DOTALL)


def looks_like_feed(data: bytes) -> bool:
    """Whether an XML document's root element is an RSS, Atom or RDF feed."""
    head = data[:4096]
    while (prolog := _PROLOG.match(head)) is not None:
        head = head[prolog.end() :]
    return _FEED_ROOT.match(head) is not None


def _entry_text(entry: Any) -> str:
    for part in entry.get("content") or []:
        text = html_to_lines(part.get("value", ""))
        if text:
            return text
    return html_to_lines(entry.get("summary", ""))


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    """Read every entry of one feed; an entry without text yields an InputError."""
    if not looks_like_feed(data):
        raise InputError(source, "XML that is not an RSS or Atom feed; give a feed or a .txt file")
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise InputError(source, f"not a readable feed ({feed.bozo_exception})")
    if not feed.entries:
        raise InputError(source, "the feed has no entries")
    for number, entry in enumerate(feed.entries, start=1):
        ident = entry.get("id") or entry.get("link") or str(number)
        entry_source = f"{source}#{ident}"
        title = html_to_lines(entry.get("title", "")).replace("\n", " ") or None
        body = _entry_text(entry)
        if not body:
            yield InputError(entry_source, "feed entry has no content or summary text")
            continue
        text = body if title is None or body.startswith(title) else f"{title}\n{body}"
        yield Document(
            source=entry_source,
            text=text,
            title=title,
            url=entry.get("link") or None,
            published=_entry_date(entry) or find_published(text.split("\n")),
        )
