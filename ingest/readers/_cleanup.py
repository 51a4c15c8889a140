"""Dropping the page furniture that scraped plain text carries, and HTML to lines.

Scraped ``.txt`` articles often keep a site's navigation, share buttons,
"Advertisement" slots, "Read more" links and "Related" lists. Sentences in them
are about other stories, so the extractor must not see them. The rules here are
deliberately narrow: a line goes only when it is furniture as a whole, never
because it contains a word.
"""

from __future__ import annotations

import re

import lxml.html

# Whole lines (compared lower-cased, without trailing punctuation) that are never article text.
_FURNITURE = frozenset(
    {
        "advertisement", "advert", "sponsored", "sponsored content", "skip to main content",
        "skip to content", "menu", "search", "sign in", "log in", "login", "subscribe",
        "sign in subscribe", "share", "share this article", "print", "email", "close",
        "back", "back to top", "top", "continue reading", "show comments", "comments",
        "load more", "home", "next article", "previous article", "story continues below",
        "story continues below advertisement", "all rights reserved",
    }
)  # fmt: skip

# Headings that open a list of links to other stories.
_LINK_LIST_HEADINGS = frozenset(
    {
        "related", "related stories", "related coverage", "related articles", "read more",
        "more on this story", "more from us", "trending", "trending now", "most read",
        "most popular", "recommended", "you may also like", "latest news", "see also",
    }
)  # fmt: skip

_LINK_LINE = re.compile(r"^(read more|related|see also|also read|more)\s*:\s+\S", re.IGNORECASE)
_COMMENTS = re.compile(r"^comments?\s*\(\d+\)$", re.IGNORECASE)
_NEWSLETTER = re.compile(
    r"^(sign up|subscribe)\b.{0,60}\bnewsletter\b|^enter your e-?mail( address)?\b", re.IGNORECASE
)
_SEPARATORS = re.compile(r"\s*(?:\||·|•|\u2022|/|\s{3,}|\t+)\s*")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def _key(line: str) -> str:
    return re.sub(r"[\s.:!>»]+$", "", " ".join(line.lower().split()))


def _is_menu(line: str) -> bool:
    """``Home | Markets | Tech`` or ``Share   Post   Email``: short items, no sentence."""
    items = [item for item in _SEPARATORS.split(line.strip()) if item]
    if len(items) < 3 or re.search(r"[.,;:?!]\s|[.?!]$", line):
        return False
    return all(len(item.split()) <= 3 for item in items)


def is_furniture(line: str) -> bool:
    """Whether one line of scraped text is page furniture rather than article text."""
    stripped = line.strip()
    return bool(
        _key(stripped) in _FURNITURE
        or _LINK_LINE.match(stripped)
        or _COMMENTS.match(stripped)
        or _NEWSLETTER.match(stripped)
        or _is_menu(stripped)
    )


def drop_furniture(text: str) -> str:
    """``text`` without furniture lines and without "Related" link lists.

    Example:
        >>> drop_furniture("Menu\\nHome | World | Tech\\n\\nA real sentence.")
        'A real sentence.'
    """
    lines = text.split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _key(line) in _LINK_LIST_HEADINGS:
            # skip the heading and the bullet lines (and blank lines) right after it
            index += 1
            while index < len(lines) and (not lines[index].strip() or _BULLET.match(lines[index])):
                index += 1
            continue
        if not is_furniture(line):
            kept.append(line.rstrip())
        index += 1
    return squeeze_blank_lines("\n".join(kept))


def squeeze_blank_lines(text: str) -> str:
    """At most one blank line in a row, none at either end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote",
        "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4",
        "h5", "h6", "figure", "figcaption", "hr", "br",
    }
)  # fmt: skip


def html_to_lines(fragment: str) -> str:
    """The text of an HTML fragment, one line per block, scripts and styles removed.

    Used for feed entries and rendered Markdown, whose HTML is the article itself
    (no page furniture), so every block is kept.
    """
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
