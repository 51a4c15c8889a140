"""Relation patterns over a sentence template: the rule table and how to pick rules.

The rules live in ``_rules_rents``, ``_rules_owns`` and ``_rules_other``; their
building blocks (mention tokens, gaps, list shapes) in ``_rulebase``. This
module puts them in one table and decides cheaply which rules a sentence can
wake.
"""

from __future__ import annotations

import re

from ingest.extract._rulebase import CN, Rule
from ingest.extract._rules_other import COMPETES, NAMES_AND_PLACES
from ingest.extract._rules_owns import OWNS
from ingest.extract._rules_rents import RENTS

RULES: tuple[Rule, ...] = (*RENTS, *COMPETES, *OWNS, *NAMES_AND_PLACES)

__all__ = ["CN", "RULES", "Rule", "rules_for", "triggers_in"]


_ALL_KEYS = tuple(sorted({k for rule in RULES if rule.keys for k in rule.keys}))


def _probe_index() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """Short probes that cover every trigger, and which rules each probe may wake.

    A trigger that contains a shorter one ("acquired" contains "acqui") is found
    whenever it occurs by probing for the shorter one alone, so fewer substring
    tests decide which rules to try (a rule may be tried needlessly, never missed).
    """
    probes: list[str] = []
    for key in sorted(_ALL_KEYS, key=len):
        if not any(p in key for p in probes):
            probes.append(key)
    woken: dict[str, list[int]] = {p: [] for p in probes}
    for number, rule in enumerate(RULES):
        for probe in probes:
            if rule.keys is None or any(probe in key for key in rule.keys):
                woken[probe].append(number)
    return tuple(probes), {p: tuple(rules) for p, rules in woken.items()}


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: tuple[str, ...]) -> str:
    """One regular expression for many literal words, shaped as a trie.

    ``re`` tries the branches of a flat alternation one by one at each
    position; factoring common prefixes lets it drop most of them at the first
    character, so one scan finds every probe about three times faster than a
    substring test per probe.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        alternatives = [re.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


_PROBES, _WOKEN = _probe_index()
# No probe contains another, so at most one starts at any position: searching again one
# character after each hit finds every occurrence of every probe.
_PROBE_RE = re.compile(_trie_pattern(_PROBES))
_ALWAYS = tuple(n for n, rule in enumerate(RULES) if rule.keys is None)


def rules_for(lowered: str) -> list[tuple[Rule, int]]:
    """The rules worth trying on a lower-cased template, in table order, each with a limit.

    The limit is the last place one of the rule's triggers occurs: a rule that
    starts at a name and needs a trigger after it cannot start beyond that.
    """
    limits: dict[int, int] = {}
    search = _PROBE_RE.search
    hit = search(lowered)
    while hit is not None:  # hits come left to right: a later place overwrites an earlier one
        at = hit.start()
        limits.update(dict.fromkeys(_WOKEN[hit.group()], at))
        hit = search(lowered, at + 1)
    limits.update(dict.fromkeys(_ALWAYS, len(lowered)))  # rules without triggers may go anywhere
    return [(RULES[n], limits[n]) for n in sorted(limits)]


def triggers_in(lowered: str) -> frozenset[str]:
    """The rule triggers that occur in a lower-cased sentence template."""
    return frozenset(k for k in _ALL_KEYS if k in lowered)
