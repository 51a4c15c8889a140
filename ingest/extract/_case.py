"""Case-insensitive patterns, run as lower-case patterns on lower-cased text when exact.

``re.I`` makes every literal a case-folding comparison and stops ``re`` from
skipping ahead to the characters a pattern can start with. A pattern written in
lower case finds the same spans, with the same groups, in ``text.lower()`` as
the ``re.I`` pattern in ``text`` whenever lower() changes only ASCII letters:
lengths, word boundaries and character classes stay as they were. ``lowered``
says when that holds; callers fall back to the ``re.I`` pattern otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_GROUP_SYNTAX = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
# Characters lower() leaves alone that re.I still matches with an ASCII letter: dotless i, long s.
FOLDS_TO_ASCII = frozenset("\u0131\u017f")


def lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without re.I, for lower-cased text; it must be written in lower case."""
    # escapes such as \b and \S, and group names, are not letters the text must hold
    letters = _GROUP_SYNTAX.sub("", re.sub(r"\\.", "", pattern.pattern))
    if letters != letters.lower():
        raise ValueError(
            "a pattern with capital letters cannot run on lower-cased text; "
            f"write it in lower case (re.I is on): {pattern.pattern[:60]}"
        )
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


@lru_cache(maxsize=2)  # a template is asked about by rule matching and by status cues
def lowered(text: str) -> str | None:
    """``text.lower()`` when lower-case twins match it exactly as the re.I patterns match
    ``text``; None when they might not (a capital letter outside ASCII, dotless i, long s)."""
    # mention marks are ASCII control characters, which lower() leaves alone
    if not text.isascii():
        for ch in set(_NON_ASCII.findall(text)):
            if ch.lower() != ch or ch in FOLDS_TO_ASCII:
                return None
    return text.lower()


class Recased:
    """A match of a lower-case twin, read in the letters of the text it was lowered from.

    The twin's match has the same spans and groups as the ``re.I`` pattern's in the
    original text (see above), so slicing the original at those spans gives what that
    match would hold, without running the slower ``re.I`` pattern again.
    """

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match = match
        self._text = text

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def group(self, group: int | str = 0) -> str | Any:  # as re.Match: None when unmatched
        start, end = self._match.span(group)
        return None if start < 0 else self._text[start:end]

    def groupdict(self) -> dict[str, str | None]:
        # every span at once (``regs``): one call, not one per named group
        text, spans = self._text, self._match.regs
        return {
            name: None if spans[number][0] < 0 else text[spans[number][0] : spans[number][1]]
            for name, number in self._match.re.groupindex.items()
        }
