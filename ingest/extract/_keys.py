"""Which rules cannot match without one of their trigger words: read off the regex itself.

A rule's triggers wake it, but a trigger need not be needed: " own" wakes a rule
that also matches "(owns", and rule selection scans for shorter probes shared
by many rules. Where every string some required part of a pattern can match
contains a trigger ("(?:counts|names|lists)" and the trigger "count|name|list"),
no match is possible in a sentence without one, so such a rule may wait for its
own triggers and, starting at a name, may stop at the last of them. This module
proves that from the parsed pattern; a part it cannot spell out in full (a
character class, an open repeat, a lookaround) proves nothing, so it errs only
towards "not proven".
"""

from __future__ import annotations

import re
from re import _constants as _c
from re import _parser as _p  # the parser re itself uses: the tree re will run
from typing import Any

_MAX_SPELLINGS = 400  # a part with more spellings than this is not spelled out
_MAX_SPAN = 6  # consecutive parts tried together ("for " + "(?:gpus|chips)")
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
    text = pattern.pattern
    for block in sorted(opaque, key=len, reverse=True):
        text = text.replace(block, "(?:\ue002*)")
    try:
        tree = _p.parse(text, pattern.flags)
    except Exception:  # a parser from another Python version: prove nothing
        return False
    return _required(list(tree), keys)


def _required(items: list[Any], keys: frozenset[str]) -> bool:
    """Some run of required parts, or a required group, can only match text with a key."""
    spelled = _spellings_of_parts(items)
    for first in range(len(spelled)):
        run: set[str] | None = {""}
        for part in spelled[first : first + _MAX_SPAN]:
            if part is None or run is None:
                break
            run = _joined(run, part)
            if run is not None and all(any(k in s for k in keys) for s in run):
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
