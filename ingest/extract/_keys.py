"""Which rules cannot match without one of their trigger words: read off the regex itself.

A rule's triggers wake it, but a trigger need not be needed: " own" wakes a rule
that also matches "(owns", and rule selection scans for shorter probes shared
by many rules. Where every string some required part of a pattern can match
contains a trigger ("(?:counts|names|lists)" and the trigger "count|name|list"),
no match is possible in a sentence without one, so such a rule may wait for its
own triggers and, starting at a name, may stop at the last of them. This module
proves that from the parsed pattern; a part it cannot spell out in full (a
character class, an open repeat, a lookaround) proves nothing, so it errs only
towards "not proven". The same reading lists words a rule needs whatever its
triggers (``required_words``: " with " in "deals with <name>"), which a
sentence can be tested for before the regex runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# the parser re itself uses (the tree re will run) and its opcodes; typeshed has no stubs
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

_MAX_SPELLINGS = 400  # a part with more spellings than this is not spelled out
_MAX_SPAN = 6  # consecutive parts tried together ("for " + "(?:gpus|chips)")
_MAX_WORDS = 12  # a set of more words needs too many tests to be worth testing
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def needs_a_key(
    pattern: re.Pattern[str], keys: frozenset[str], opaque: tuple[str, ...] = ()
) -> bool:
    """True when every match of ``pattern`` contains one of ``keys``.

    Only the text a match consumes counts (lookarounds are passed over), so a
    proven key also lies inside the match. ``pattern`` is matched as written:
    for a re.I pattern, call this with its lower-case twin and lower-case keys.
    ``opaque`` names building blocks that can never be spelled out (open
    repeats inside): they are read as one such part, which proves the same and
    spares ``re``'s parser most of a long pattern.
    """
    if not keys or pattern.flags & re.I:
        return False
    tree = _parse(pattern, opaque)
    return tree is not None and _required(list(tree), keys)


def required_words(
    pattern: re.Pattern[str], opaque: tuple[str, ...] = ()
) -> tuple[frozenset[str], ...]:
    """Sets of words the text must hold one of, each set, for ``pattern`` to match there.

    Every run of required parts spelled in full is such a set: a rule with
    "(?:deal|deals) with " matches no sentence without "deal with " or "deals with ",
    whatever its triggers. A positive lookahead's parts count as well (the text
    must hold them ahead of the match: an unanchored rule is one lookahead). One
    substring test per set is far cheaper than a regex that fails after trying its
    gaps at every name, so a rule may be passed over when a set is missing. Sets
    with a word shorter than three letters or more than a dozen words rule out
    too little for their tests; a set implied by another of no more words adds nothing.
    Most specific first (longest shortest word), as the first missing set decides.
    """
    if pattern.flags & re.I:
        return ()
    tree = _parse(pattern, opaque)
    if tree is None:
        return ()
    found: set[frozenset[str]] = set()
    _collect_words(list(tree), found)
    # a set may shrink below the limit once words that hold others are left out
    fewest = (_fewest(words) for words in found if len(words) <= 4 * _MAX_WORDS)
    kept = [words for words in fewest if len(words) <= _MAX_WORDS and min(map(len, words)) >= 3]
    kept = [
        words
        for words in kept
        if not any(
            other != words and len(other) <= len(words) and implies(other, words) for other in kept
        )
    ]
    return tuple(sorted(kept, key=lambda words: (-min(map(len, words)), sorted(words))))


def _fewest(words: frozenset[str]) -> frozenset[str]:
    """The set without words that hold another of its words (" back to " holds " to ")."""
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


def implies(stronger: frozenset[str], weaker: frozenset[str]) -> bool:
    """Each word of ``stronger`` holds a word of ``weaker``: where one shows, so does the other."""
    return all(any(w in s for w in weaker) for s in stronger)


def _collect_words(items: list[Any], found: set[frozenset[str]]) -> None:
    """Add every spelled run of required parts in ``items`` and in the groups they require."""
    found.update(frozenset(run) for run in _spelled_runs(items) if "" not in run)
    for op, av in items:
        if op is _c.SUBPATTERN:
            _collect_words(list(av[-1]), found)
        elif op is _c.ATOMIC_GROUP:
            _collect_words(list(av), found)
        elif op in _REPEATS and av[0] >= 1:
            _collect_words(list(av[2]), found)
        elif op is _c.ASSERT and av[0] == 1:  # a lookahead: the text holds it after this place
            _collect_words(list(av[1]), found)


@lru_cache(maxsize=1)  # needs_a_key and required_words read the same rule one after the other
def _parse(pattern: re.Pattern[str], opaque: tuple[str, ...]) -> Any:
    """re's own parse of ``pattern``, each ``opaque`` block read as one open repeat."""
    text = pattern.pattern
    for block in sorted(opaque, key=len, reverse=True):
        text = text.replace(block, "(?:\ue002*)")
    try:
        return _p.parse(text, pattern.flags)
    except Exception:  # a parser from another Python version: prove nothing
        return None


def _required(items: list[Any], keys: frozenset[str]) -> bool:
    """Some run of required parts, or a required group, can only match text with a key."""
    if any(all(any(k in s for k in keys) for s in run) for run in _spelled_runs(items)):
        return True
    for op, av in items:
        if op is _c.SUBPATTERN and _required(list(av[-1]), keys):
            return True
        if op is _c.ATOMIC_GROUP and _required(list(av), keys):
            return True
        if op in _REPEATS and av[0] >= 1 and _required(list(av[2]), keys):
            return True
        if op is _c.BRANCH and all(_required(list(alt), keys) for alt in av[1]):
            return True
    return False


def _spelled_runs(items: list[Any]) -> Iterator[set[str]]:
    """The spellings of each run of up to _MAX_SPAN consecutive parts that can be spelled."""
    spelled = _spellings_of_parts(items)
    for first in range(len(spelled)):
        run: set[str] | None = {""}
        for part in spelled[first : first + _MAX_SPAN]:
            if part is None or run is None:
                break
            run = _joined(run, part)
            if run is not None:
                yield run


def _spellings_of_parts(items: list[Any]) -> list[set[str] | None]:
    """Each part's spellings (None: too many to list), with runs of letters joined."""
    parts: list[set[str] | None] = []
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # consumes nothing
        part = _spellings(op, av)
        if op is _c.LITERAL and parts and parts[-1] is not None and len(parts[-1]) == 1:
            parts[-1] = {next(iter(parts[-1])) + chr(av)}
        else:
            parts.append(part)
    return parts


def _spellings(op: Any, av: Any) -> set[str] | None:
    """Every string one parsed part can consume, or None when there are too many."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}
    if op is _c.IN:
        if not all(o is _c.LITERAL for o, _ in av):
            return None
        return {chr(a) for _, a in av}
    if op is _c.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            spelled = _sequence(list(alt))
            if spelled is None:
                return None
            found |= spelled
        return found if len(found) <= _MAX_SPELLINGS else None
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _REPEATS:
        low, high, body = av
        inner = _sequence(list(body))
        if inner is None or high > 3:
            return None
        found, run = set(), {""}
        for count in range(high + 1):
            if count >= low:
                found |= run
            run = _joined(run, inner) or set()
            if not run or len(found) > _MAX_SPELLINGS:
                return None
        return found
    return None


def _sequence(items: list[Any]) -> set[str] | None:
    run: set[str] | None = {""}
    for op, av in items:
        part = _spellings(op, av)
        if part is None or run is None:
            return None
        run = _joined(run, part)
    return run


def _joined(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > _MAX_SPELLINGS:
        return None
    return {a + b for a in left for b in right}
