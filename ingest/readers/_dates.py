"""Finding an article's publication date in its first lines.

Plain regular expressions rather than ``dateparser``: the formats news pages use
near the top are few ("October 28, 2025", "Sept. 9, 2025", "20 November 2025",
"2025-01-22"), and a fixed pattern is fast, deterministic and never reads
"yesterday" relative to the machine's clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS = (
    re.compile(rf"\b{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
)

# A line longer than this is a paragraph, whose dates are about events, not the article.
_MAX_DATELINE = 200


def parse_date(text: str) -> date | None:
    """The first full date (day, month and year) written in ``text``, if any.

    Example:
        >>> parse_date("Published Sept. 9, 2025 - 4 min read")
        datetime.date(2025, 9, 9)
    """
    found: list[tuple[int, date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"][:3].lower()]
            try:
                found.append((match.start(), date(int(parts["year"]), month, int(parts["day"]))))
            except ValueError:
                continue  # "February 30, 2025" is not a date
            break
    return min(found)[1] if found else None


def find_published(lines: Iterable[str], *, limit: int = 8) -> date | None:
    """The publication date from a dateline among the first ``limit`` non-empty lines."""
    seen = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > limit:
            break
        found = parse_date(line) if len(line) <= _MAX_DATELINE else _press_dateline(line)
        if found is not None:
            return found
    return None


def _press_dateline(paragraph: str) -> date | None:
    """The date of a wire-style opening, ``CITY - November 18, 2025 - Company today...``."""
    segments = re.split(r"\s+[-\u2013\u2014]+\s+", paragraph[:_MAX_DATELINE])
    for segment in segments[1:3]:
        if len(segment) <= 40:
            found = parse_date(segment)
            if found is not None:
                return found
    return None
