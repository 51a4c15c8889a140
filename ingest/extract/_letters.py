"""Word alternations written so that ``re`` can skip ahead to the letters they start with.

``re`` searches fast when it knows the characters a match can start with: it
then jumps from one such character to the next instead of trying the whole
pattern at every position. It works that out only when every alternative opens
with a plain letter, so ``\\b(?:not|never|...)`` (a word boundary first) makes it
try every position. ``c(?<!\\wc)`` says the same as ``\\bc`` for a word letter c,
with the letter first: ``letter_first("not|never")`` gives
``(?:n(?<!\\wn)ot|n(?<!\\wn)ever)``, which matches exactly where
``\\b(?:not|never)`` does, trying the alternatives in the same order.
"""

from __future__ import annotations

from collections.abc import Iterator


def letter_first(alternatives: str, unbounded: str = "") -> str:
    """``\\b(?:alternatives)`` as a group whose alternatives each open with their letter.

    ``unbounded`` alternatives come last and need no word boundary before them;
    they too must open with a plain letter for ``re`` to skip ahead.

    An alternative that opens with a group of alternatives ("(?:was|were) reported")
    is spread into one alternative per member, in order. Anything else an
    alternative opens with is a mistake in the caller's pattern: ValueError says so.
    """
    by_letter: dict[str, list[str]] = {}
    for alt in _spread(alternatives):
        first = alt[:1]
        if not (first.isascii() and first.isalpha()):
            raise ValueError(f"a word alternative must open with a letter: {alt!r}")
        by_letter.setdefault(first, []).append(alt[1:])
    # alternatives with different first letters never match at the same place, so grouping
    # them by letter keeps the order in which those that can match are tried
    opened = [rf"{c}(?<!\w{c})(?:{'|'.join(rests)})" for c, rests in by_letter.items()]
    return "(?:" + "|".join([*opened, *_split(unbounded)] if unbounded else opened) + ")"


def _spread(alternatives: str) -> list[str]:
    spread: list[str] = []
    for alt in _split(alternatives):
        if alt.startswith("(?:"):
            close = _closing(alt)
            rest = alt[close + 1 :]
            if rest[:1] in {"?", "*", "+", "{"}:
                raise ValueError(f"an optional group cannot open a word alternative: {alt!r}")
            spread.extend(inner + rest for inner in _spread(alt[3:close]))
        else:
            spread.append(alt)
    return spread


def _split(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (escapes and character classes respected)."""
    parts, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str) -> int:
    """Where the group that opens ``pattern`` closes."""
    for i, ch, depth in _structure(pattern):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced group: {pattern!r}")


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each ``(``, ``)`` and ``|`` outside escapes and character classes, with its position
    and the group depth outside it (so a group's ``(`` and ``)`` share a depth)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a member
        elif ch == "(":
            yield i, ch, depth
            depth += 1
        elif ch == ")":
            depth -= 1
            yield i, ch, depth
        elif ch == "|":
            yield i, ch, depth
        i += 1
