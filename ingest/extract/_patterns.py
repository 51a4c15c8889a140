"""Relation patterns over a sentence template: the rule table and how to pick rules.

The rules live in ``_rules_rents``, ``_rules_owns`` and ``_rules_other``; their
building blocks (mention tokens, gaps, list shapes) in ``_rulebase``. This
module puts them in one table and decides cheaply which rules a sentence can
wake: one scan finds every trigger; a rule whose regex provably needs one of
its own triggers (``_keys``) waits for those, the others wake on shorter probes
that many rules share; a woken rule is still passed over when the sentence lacks
words its regex needs (" with " for "deals with <name>"). The same scan (an
Aho-Corasick automaton over triggers and needed words) finds both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from ingest.extract._keys import implies, needs_a_key, required_words
from ingest.extract._rulebase import AP, CN, LS, G, L, P, Rule, g
from ingest.extract._rules_implicit import IMPLICIT
from ingest.extract._rules_other import COMPETES, NAMES_AND_PLACES
from ingest.extract._rules_owns import OWNS
from ingest.extract._rules_rents import RENTS

RULES: tuple[Rule, ...] = (*RENTS, *COMPETES, *OWNS, *NAMES_AND_PLACES, *IMPLICIT)

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


_PROBES, _WOKEN = _probe_index()
# Building blocks with open repeats: a proof never rests on them (see _keys). A mention
# token is spelled out, so that " with \x00" may be a word a rule needs.
_OPAQUE = (L, LS, AP, g, G, P)


def _before_token(*words: str, mark: str = "\x00") -> tuple[str, ...]:
    """Each word followed by a space and a token's mark: "on" -> "on \\x00"."""
    return tuple(f"{word} {mark}" for word in words)


# Words a rule's regex needs that _keys cannot read from it, because a mention or place
# token ends them (its gaps and lookaheads are opaque to _keys). Read by hand from the
# rule: every word that can stand right before its object's token, with that token's
# mark. A sentence with none of them cannot match, so the rule is not tried there
# (tests/ingest/test_extract_lookup.py holds a sentence per rule).
_SPELLED_OUT: dict[str, tuple[str, ...]] = {
    # "... runs on|onto|through|via|use of|with <E>", "in(to) <E>'s campus",
    # "at (the) <E> campus", "on 8,000 GPUs at|in|inside <E>'s site"
    "run-on": _before_token(
        "on", "onto", "through", "via", "use of", "with", "in", "into", "at", "at the", "inside"
    ),
    "facility-in": _before_token("in", "near", mark="\x01"),  # "<E> campus in|near <place>"
    "buy-of-provider": _before_token("of", "on", "to"),  # "spent $2bn on <E>('s) compute"
    # each of its verb phrases' last word before the object list (L opens "both|either <E>")
    "racing": _before_token(
        "both",
        "either",
        "racing",
        "races",
        "raced",
        "rivals",
        "rivaled",
        "rivalled",
        "on",
        "at",
        "against",
        "challenges",
        "challenging",
        "battles",
        "battled",
        "battling",
        "with",
        "fights",
        "fighting",
        "from",
    ),
    # "<work> is served by|on|...|with <L>", "... by a cluster that|which|run by <L>"
    "work-served-by": _before_token(
        "by", "on", "in", "at", "inside", "from", "with", "that", "which", "both", "either"
    ),
    # "owns|controls (the) (Oslo-based|... unit|lab|...) <L>": what stands right before L
    "owns-verb": _before_token(
        "owns",
        "owned",
        "own",
        "controls",
        "controlled",
        "control",
        "owning",
        "controlling",
        "the",
        "based",
        "unit",
        "subsidiary",
        "division",
        "arm",
        "business",
        "maker",
        "developer",
        "operator",
        "startup",
        "start-up",
        "lab",
        "brand",
        "platform",
        "both",
        "either",
    ),
    "rebranded-as": _before_token("as", "to"),  # "... rebranded as|to <E>"
    # "was renamed (as|to|the) <E>", "will be called|known as|named <E>"
    "was-renamed": _before_token(
        "renamed", "rebranded", "rechristened", "as", "to", "called", "named", "the"
    ),
    "contract-with": _before_token("with", "with the", "both", "either"),  # "a deal with <L>"
    # "from|on|through|via (providers, including) <L>"
    "buy-compute-from": _before_token(
        "from",
        "on",
        "through",
        "via",
        "including",
        "as",
        "like",
        "notably",
        "them",
        "both",
        "either",
    ),
}


def _proven(rule: Rule) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """Whether the rule's regex cannot match without one of its own triggers (see _keys),
    and two sets of words of which a sentence must hold one each for the rule to be worth
    trying.

    Of the sets its regex needs (_keys.required_words), the words are the most specific
    set that its own triggers do not already stand for, and the next set of at most three
    words: a test or two per rule pay for themselves, where a test for every set costs
    about as much as the regexes it spares. ("",) where no set qualifies: every text
    holds the empty word.
    """
    if rule.lower_case is None:
        return False, ("",), ("",)
    needed = rule.keys is not None and needs_a_key(rule.lower_case, rule.keys, _OPAQUE)
    sets = required_words(rule.lower_case, _OPAQUE)  # the same parse: _keys keeps the last
    if needed and rule.keys:
        sets = tuple(words for words in sets if not implies(rule.keys, words))
    first = tuple(sorted(sets[0])) if sets else ("",)
    few = [words for words in sets[1:] if len(words) <= 3]
    if rule.name in _SPELLED_OUT:  # the hand-read set says more than the parse's second
        return needed, first, tuple(sorted(_SPELLED_OUT[rule.name]))
    return needed, first, tuple(sorted(few[0])) if few else ("",)


_PROOFS = tuple(_proven(rule) for rule in RULES)
_NEEDS_KEY = tuple(needed for needed, _, _ in _PROOFS)
_REQUIRED = tuple(words for _, words, _ in _PROOFS)
_ALSO_REQUIRED = tuple(words for _, _, words in _PROOFS)

# Anchored rules start at a name, and a trigger holds no name: a rule that needs its own
# trigger (or a verb's subject that needs a trigger after it) cannot start at or after
# the last one.
_STOPS = tuple(
    rule.anchored and (needed or (rule.verbal and rule.keys is not None))
    for rule, needed in zip(RULES, _NEEDS_KEY, strict=True)
)


def _bits(numbers: Iterable[int]) -> int:
    """Rule numbers as one integer whose bit n stands for rule n."""
    return sum(1 << n for n in set(numbers))


def _own_wake(exact: bool) -> dict[str, int]:
    """For each trigger, the rules its occurrence wakes, as bits.

    The triggers that start at a place are the longest one there and those it starts
    with: a probe wakes its rules (but where ``exact``, not the rules that need a
    trigger of their own), and where ``exact`` a trigger wakes the rules that need
    it. A rule's limit is the last place a trigger that wakes it starts.
    """
    wake: dict[str, set[int]] = {key: set() for key in _ALL_KEYS}
    for probe in _PROBES:
        wake[probe].update(n for n in _WOKEN[probe] if not (exact and _NEEDS_KEY[n]))
    for n, rule in enumerate(RULES):
        if exact and _NEEDS_KEY[n] and rule.keys:
            for key in rule.keys:
                wake[key].add(n)
    return {key: _bits(numbers) for key, numbers in wake.items()}


def _needing(sets: tuple[frozenset[str] | None, ...]) -> tuple[int, dict[str, int]]:
    """The rules that need no word of a set, and for each word the rules it satisfies."""
    free = _bits(n for n, words in enumerate(sets) if words is None)
    by_word: dict[str, set[int]] = {}
    for n, words in enumerate(sets):
        for word in words or ():
            by_word.setdefault(word, set()).add(n)
    return free, {word: _bits(numbers) for word, numbers in by_word.items()}


_ALWAYS = tuple(n for n, rule in enumerate(RULES) if rule.keys is None)
# The sets of needed words (None: the empty word, which every text holds)
_REQUIRED_SETS = tuple(None if "" in words else frozenset(words) for words in _REQUIRED)
_ALSO_REQUIRED_SETS = tuple(None if "" in words else frozenset(words) for words in _ALSO_REQUIRED)
# Sets of rules are integers, a bit per rule: the scan ORs in what each word it finds wakes
# and satisfies, where a test per woken rule and needed-word set (each a set intersection
# with the dozen or so words the scan saw) cost three times as many instructions.
_FREE, _SATISFIES = _needing(_REQUIRED_SETS)
_ALSO_FREE, _ALSO_SATISFIES = _needing(_ALSO_REQUIRED_SETS)
_ALWAYS_BITS = _bits(_ALWAYS)
# Rules that stop at their last trigger, when the template shows every trigger exactly
# (_STOPS) and when it may not (a verb's subject, whose verb holds a trigger)
_STOP_BITS = _bits(n for n, stops in enumerate(_STOPS) if stops)
_STOP_VERBAL_BITS = _bits(
    n for n, rule in enumerate(RULES) if rule.anchored and rule.verbal and rule.keys is not None
)


def _word_scanner() -> ahocorasick.Automaton:
    """One automaton for every trigger and every needed word.

    It reads the template once and reports each occurrence of each word, where one
    ``re`` search per trigger place (a trie-shaped pattern tried at nearly every
    letter and space) and a substring test per needed word cost about twice as much.
    Each word carries its length less one and, as bits, the rules it wakes (where the
    template is exact, and where it may not be) and the rules whose first and second
    sets of needed words it belongs to.
    """
    keys = frozenset(_ALL_KEYS)
    needed = {w for words in (*_REQUIRED, *_ALSO_REQUIRED) for w in words if w}
    exact, probed = _own_wake(exact=True), _own_wake(exact=False)
    automaton = ahocorasick.Automaton()
    for word in sorted(keys | needed):
        automaton.add_word(
            word,
            (
                len(word) - 1,
                exact.get(word, 0),
                probed.get(word, 0),
                _SATISFIES.get(word, 0),
                _ALSO_SATISFIES.get(word, 0),
            ),
        )
    automaton.make_automaton()
    return automaton


_SCANNER = _word_scanner()


def rules_for(lowered: str, exact: bool = True) -> list[tuple[Rule, int]]:
    """The rules worth trying on a lower-cased template, in table order, each with a limit.

    An anchored rule need not be tried at a name at or beyond its limit: the last
    place one of its triggers occurs, when it needs one after the name it starts
    at; otherwise the limit is the template's end. ``exact`` lets rules that need
    their own triggers wait for them; it holds when the template is ``lowered``
    exactly (_case), so that a trigger the regex needs shows in ``lowered``; then
    a rule is also passed over when ``lowered`` lacks every word of one of the two
    sets of needed words it is tested for (_proven).
    """
    woken, satisfied, also = _ALWAYS_BITS, _FREE, _ALSO_FREE
    places: list[tuple[int, int]] = []  # where each trigger starts, and the rules it wakes
    for last, (length, wakes_exactly, wakes_by_probe, needs, also_needs) in _SCANNER.iter(lowered):
        satisfied |= needs
        also |= also_needs
        wakes = wakes_exactly if exact else wakes_by_probe
        if wakes:
            woken |= wakes
            places.append((last - length, wakes))
    chosen = woken & satisfied & also if exact else woken
    # the last place a trigger woke each chosen rule that stops there
    limits: dict[int, int] = {}
    stopping = chosen & (_STOP_BITS if exact else _STOP_VERBAL_BITS)
    for at, wakes in places if stopping else ():
        here = wakes & stopping
        while here:
            bit = here & -here
            here ^= bit
            n = bit.bit_length() - 1
            if limits.get(n, -1) < at:
                limits[n] = at
    end = len(lowered)
    picked: list[tuple[Rule, int]] = []
    while chosen:  # in table order: lowest bit first
        bit = chosen & -chosen
        chosen ^= bit
        n = bit.bit_length() - 1
        picked.append((RULES[n], limits.get(n, end)))
    return picked


def triggers_in(lowered: str) -> frozenset[str]:
    """The rule triggers that occur in a lower-cased sentence template."""
    return frozenset(k for k in _ALL_KEYS if k in lowered)


def word_triggers() -> frozenset[str]:
    """The triggers that open a word (" rent", " reserv", " bought"), without the space.

    A word that starts with one after a sentence's first word is a relation's verb
    whose subject that first word is (``_name_shapes``).
    """
    return frozenset(k[1:] for k in _ALL_KEYS if _WORD_TRIGGER.fullmatch(k))


_WORD_TRIGGER = re.compile(r" [a-z]{3,}")
