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

import re
from collections.abc import Iterator
from dataclasses import dataclass


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


_LITERAL = re.compile(r"[a-z0-9_ ,'-]*")  # characters that stand for themselves here
_WORD_CHARS = re.compile(r"[a-z0-9_]+")


@dataclass(frozen=True)
class WordCues:
    """Where the words of ``letter_first(alternatives, unbounded) + r"\\b"`` may occur at all.

    A match of a bounded alternative starts a word (the letter's lookbehind) and opens with
    the alternative's literal head: "fell apart" can match only where "fell" is a whole word
    of the text and "fell apart" occurs. Most sentences hold no such word, so a set
    intersection with the sentence's words rules most alternatives out before ``re``
    tries the pattern at every letter. A head that may go on inside its word
    ("negotiat\\w+") and the unbounded alternatives are looked for as plain substrings.
    """

    alternatives: str
    unbounded: str
    whole: dict[str, tuple[str, ...]]  # a head's whole first word -> the heads it opens
    whole_words: frozenset[str]
    within: tuple[str, ...]  # heads whose first word may go on

    @classmethod
    def of(cls, alternatives: str, unbounded: str = "") -> WordCues:
        whole: dict[str, list[str]] = {}
        within: list[str] = []
        for alt in _spread(alternatives):
            for head, closed in _heads(alt):
                word = _WORD_CHARS.match(head)
                if word is None:
                    raise ValueError(f"a word alternative must open with a letter: {alt!r}")
                if closed or len(word.group()) < len(head):  # the first word ends there
                    whole.setdefault(word.group(), []).append(head)
                else:
                    within.append(head)
        for alt in _split(unbounded) if unbounded else []:
            within.append(_LITERAL.match(alt).group())  # type: ignore[union-attr]
        if "" in within:
            raise ValueError("every alternative needs a literal head to look for")
        heads = {w: tuple(h) for w, h in whole.items()}
        return cls(alternatives, unbounded, heads, frozenset(heads), tuple(within))

    @property
    def pattern(self) -> str:
        """The pattern these cues stand for: whole words, so ``\\b`` closes it."""
        return letter_first(self.alternatives, self.unbounded) + r"\b"

    def may_occur(self, text: str, words: set[str]) -> bool:
        """False when no alternative can match ``text``; ``words`` holds its runs of ASCII
        letters, digits and underscores (or its ``\\w+`` runs)."""
        for word in words & self.whole_words:
            for head in self.whole[word]:
                if head in text:
                    return True
        return any(head in text for head in self.within)


@dataclass(frozen=True)
class CueKinds:
    """Several named WordCues asked at once: which kinds may occur in a text.

    Each kind's ``may_occur`` intersects the text's words with its own first words;
    one intersection with all kinds' first words, and one look at each head found,
    answers for every kind with the same result.
    """

    whole: dict[str, tuple[tuple[str, str], ...]]  # a first word -> (kind, head) it opens
    whole_words: frozenset[str]
    within: tuple[tuple[str, str], ...]  # (kind, head) for heads whose first word may go on

    @classmethod
    def of(cls, kinds: dict[str, WordCues]) -> CueKinds:
        whole: dict[str, list[tuple[str, str]]] = {}
        within: list[tuple[str, str]] = []
        for kind, cues in kinds.items():
            for word, heads in cues.whole.items():
                whole.setdefault(word, []).extend((kind, head) for head in heads)
            within.extend((kind, head) for head in cues.within)
        by_word = {word: tuple(pairs) for word, pairs in whole.items()}
        return cls(by_word, frozenset(by_word), tuple(within))

    def may_occur(self, text: str, words: set[str]) -> set[str]:
        """The kinds whose ``WordCues.may_occur`` holds for ``text`` and its ``words``."""
        kinds: set[str] = set()
        for word in words & self.whole_words:
            for kind, head in self.whole[word]:
                if kind not in kinds and head in text:
                    kinds.add(kind)
        for kind, head in self.within:
            if kind not in kinds and head in text:
                kinds.add(kind)
        return kinds


def _heads(alt: str) -> list[tuple[str, bool]]:
    """The literal text each spelling of ``alt`` opens with, and whether that is all of it.

    "talks?" opens "talks" or "talk", and is then over; "could(?!-)" is "could" (a
    lookahead consumes nothing); "negotiat\\w+" opens "negotiat" and goes on.
    """
    head = _LITERAL.match(alt).group()  # type: ignore[union-attr]
    rest = alt[len(head) :]
    if rest.startswith("?") and head:  # the last letter may be missing: both spellings
        return _heads(head + rest[1:]) + _heads(head[:-1] + rest[1:])
    if rest.startswith(("(?!", "(?=")):
        after = rest[_closing(rest) + 1 :]
        if not after:
            return [(head, True)]
        if after[:1] not in {"?", "*", "+", "{"}:
            return [(head + more, closed) for more, closed in _heads(after)]
        return [(head, False)]
    if rest[:1] in {"*", "+", "{"}:
        return [(head[:-1], False)]  # the last letter may repeat
    return [(head, rest == "")]
