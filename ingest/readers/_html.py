"""HTML news pages: the article's main text only, headline first, with its metadata.

trafilatura (``favor_precision=True``) does the hard part: it finds the article
and leaves navigation, sidebars, "related" boxes and footers behind. Precision
mode can also drop a short body paragraph, so the paragraphs it kept are used to
locate the article's container in the page; if any other paragraph of that
container is missing from its output, the text is rebuilt from the container's
own blocks instead, skipping elements whose tag or class marks them as furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import lxml.html
import trafilatura
from lxml.html import HtmlElement

from ingest.models import Document
from ingest.readers._cleanup import drop_furniture
from ingest.readers._dates import find_published, parse_date
from ingest.readers._decode import decode_utf8
from ontology.errors import InputError

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_FURNITURE_TAGS = frozenset(
    {"aside", "nav", "footer", "header", "figure", "form", "script", "style", "noscript", "button"}
)
_FURNITURE_WORDS = frozenset(
    {
        "nav", "navbar", "menu", "sidebar", "side", "rail", "related", "trending", "promo",
        "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "share", "social",
        "byline", "author", "dateline", "date", "meta", "kicker", "label", "tools", "newsletter",
        "subscribe", "comment", "comments", "footer", "foot", "caption", "credit", "breadcrumb",
        "breadcrumbs", "tags", "disclaimer", "widget", "ticker", "masthead", "logo", "cookie",
    }
)  # fmt: skip
_STANDFIRST_WORDS = frozenset(
    {"standfirst", "dek", "deck", "subhead", "subheadline", "subtitle", "strapline", "teaser"}
)
_TEXT_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td")
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publication_date", "dc.date", "dc.date.issued", "parsely-pub-date",
)  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(text.split())


def _class_words(element: HtmlElement) -> set[str]:
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return {part for name in names.split() for part in re.split(r"[-_]", name) if part}


def _is_furniture(
    element: HtmlElement, stop: HtmlElement | None = None, tags: frozenset[str] = _FURNITURE_TAGS
) -> bool:
    """Whether the element, or an ancestor below ``stop``, is page furniture."""
    node: HtmlElement | None = element
    while node is not None and node is not stop:
        if node.tag in tags or _class_words(node) & _FURNITURE_WORDS:
            return True
        node = node.getparent()
    return False


def _decode(data: bytes, source: str) -> str:
    """UTF-8, or the charset the page declares when it is not UTF-8."""
    try:
        return decode_utf8(data, source)
    except InputError:
        declared = _CHARSET.search(data[:4096])
        if declared is None or declared[1].lower().replace(b"_", b"-") in (b"utf-8", b"utf8"):
            raise
        try:
            return data.decode(declared[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(
                source,
                f"not valid {declared[1].decode('ascii')} text as the page declares; "
                "re-save it as UTF-8",
            ) from exc


def _meta(tree: HtmlElement, *names: str) -> str | None:
    wanted = set(names)
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        if key.lower() in wanted and element.get("content", "").strip():
            return str(element.get("content")).strip()
    return None


def _published(tree: HtmlElement, extracted: Any) -> date | None:
    value = _meta(tree, *_DATE_META)
    if value is None:
        for element in tree.xpath("//*[@itemprop='datePublished'][@datetime]|//time[@datetime]"):
            value = element.get("datetime")
            break
    found = parse_date(value) if value else None
    if found is None and extracted is not None and extracted.date:
        found = parse_date(str(extracted.date))
    return found


def _url(tree: HtmlElement, extracted: Any) -> str | None:
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        if str(href).startswith(("http://", "https://")):
            return str(href)
    value = _meta(tree, "og:url")
    if value and value.startswith(("http://", "https://")):
        return value
    url = getattr(extracted, "url", None)
    return str(url) if url else None


def _headline(tree: HtmlElement, meta_title: str | None) -> str | None:
    """The page's h1 that best matches its metadata title, else that title."""
    candidates = [_norm(h1.text_content()) for h1 in tree.iter("h1")]
    candidates = [text for text in candidates if text]
    if not candidates:
        return meta_title
    if meta_title is None:
        return candidates[0]
    title_words = set(meta_title.lower().split())
    return max(candidates, key=lambda text: len(title_words & set(text.lower().split())))


def _standfirst(tree: HtmlElement) -> str | None:
    for element in tree.iter("p", "h2", "div"):
        # a standfirst usually sits in the article's <header>, beside the headline
        parent = element.getparent()
        if _class_words(element) & _STANDFIRST_WORDS and not _is_furniture(
            parent, tags=_FURNITURE_TAGS - {"header"}
        ):
            text = _norm(element.text_content())
            if len(text) >= 20:
                return text
    return None


def _container(tree: HtmlElement, kept: list[HtmlElement]) -> HtmlElement:
    """The nearest common ancestor of the kept paragraphs, or the likeliest article element."""
    if kept:
        chains = [list(p.iterancestors()) for p in kept]
        common = set.intersection(*(set(map(id, chain)) for chain in chains))
        for ancestor in chains[0]:
            if id(ancestor) in common:
                return ancestor
    for xpath in ("//article", "//*[@itemprop='articleBody']", "//main", "//body"):
        found = tree.xpath(xpath)
        if found:
            return found[0]
    return tree


def _container_text(container: HtmlElement) -> str:
    lines: list[str] = []
    for element in container.iter(*_TEXT_BLOCKS):
        if element.xpath(".//" + "|.//".join(_TEXT_BLOCKS)):
            continue  # only innermost blocks, so no text is repeated
        if _is_furniture(element, stop=container):
            continue
        text = _norm(element.text_content())
        if text:
            lines.append(f"- {text}" if element.tag == "li" else text)
    return "\n".join(lines)


def _main_text(tree: HtmlElement, extracted_text: str) -> str:
    flat = _norm(extracted_text)
    paragraphs = [p for p in tree.iter("p") if _norm(p.text_content())]
    kept = [p for p in paragraphs if _norm(p.text_content()) in flat]
    container = _container(tree, kept)
    body = [
        p
        for p in container.iter("p")
        if _norm(p.text_content()) and not _is_furniture(p, container)
    ]
    if flat and all(_norm(p.text_content()) in flat for p in body):
        return extracted_text
    return _container_text(container)


def _assemble(headline: str | None, standfirst: str | None, body: str) -> str:
    """Headline first (labels above it dropped), then the standfirst, then the body."""
    lines = [line for line in body.split("\n") if line.strip()]
    if headline:
        top = [_norm(line) for line in lines[:3]]
        if headline in top:
            lines = lines[top.index(headline) + 1 :]
    flat = _norm(" ".join(lines))
    head = [text for text in (headline, standfirst) if text and text not in flat]
    return "\n".join(head + lines)


def read(data: bytes, source: str) -> Iterator[Document | InputError]:
    """Read one ``.html`` page."""
    html = _decode(data, source)
    try:
        tree = lxml.html.document_fromstring(
            html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
        )
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(source, f"not a readable HTML page ({exc})") from exc
    extracted = trafilatura.bare_extraction(
        html,
        favor_precision=True,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    meta_title = _meta(tree, "og:title", "twitter:title") or getattr(extracted, "title", None)
    body = drop_furniture(_main_text(tree, getattr(extracted, "text", None) or ""))
    if not body:
        raise InputError(source, "no article text found in the HTML page")
    headline = _headline(tree, meta_title)
    text = _assemble(headline, _standfirst(tree), body)
    yield Document(
        source=source,
        text=text,
        title=headline,
        url=_url(tree, extracted),
        published=_published(tree, extracted) or find_published(text.split("\n")),
    )
