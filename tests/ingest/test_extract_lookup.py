"""The extractor's fast paths agree with the plain forms they replace.

Rule selection, patterns reordered so that re can skip ahead, and lower-case
twins of re.I patterns were introduced for speed; gazetteer lookup is pinned
too. Each test compares with the plain form on text written for the test.
"""

from __future__ import annotations

import re

import pytest

from ingest.extract import _case, _checks, _coref, _entities, _modality, _rulebase, _text
from ingest.extract import rules as _rules
from ingest.extract._keys import needs_a_key, required_words
from ingest.extract._letters import CueKinds, WordCues, letter_first
from ingest.extract._patterns import (
    _ALSO_REQUIRED,
    _ALWAYS,
    _NEEDS_KEY,
    _PROBES,
    _REQUIRED,
    _SPELLED_OUT,
    _WOKEN,
    RULES,
    Rule,
    rules_for,
)
from ingest.resolve.gazetteer import _ASCII_NAME_STARTS, Gazetteer, GazetteerEntry

MARK = "\x00"


_ASIDE_TEMPLATES = [
    f"{MARK}0 \u2014 the cloud firm {MARK}1 backs \u2014 signed a deal with {MARK}2 for capacity.",
    f"{MARK}0 (formerly {MARK}1) rents gpus from {MARK}2, its 1,000-gpu host, and {MARK}3.",
    f"{MARK}0, which paid $1,200 million, agreed to buy {MARK}1; {MARK}2 - a rival - owns {MARK}3.",
    f"{MARK}0, {MARK}1 and, a distant third, {MARK}2 compete with {MARK}3, which {MARK}4 owns.",
    f"{MARK}0 leases capacity to {MARK}1 - and - {MARK}2 invested in {MARK}3 (a fund), it said.",
]


def _rules_by_plain_scan(lowered: str, exact: bool) -> list[tuple[Rule, int]]:
    """The reference: substring tests, the last occurrence as the limit where a rule stops."""
    limits = dict.fromkeys(_ALWAYS, len(lowered))
    for probe in _PROBES:
        if probe in lowered:
            at = lowered.rfind(probe)
            for number in _WOKEN[probe]:
                if not (exact and _NEEDS_KEY[number]):
                    limits[number] = max(limits.get(number, -1), at)
    for number, rule in enumerate(RULES):
        if exact and _NEEDS_KEY[number] and rule.keys:
            for key in rule.keys:
                if key in lowered:
                    limits[number] = max(limits.get(number, -1), lowered.rfind(key))
    stops = [
        rule.anchored and ((exact and needed) or (rule.verbal and rule.keys is not None))
        for rule, needed in zip(RULES, _NEEDS_KEY, strict=True)
    ]
    return [
        (RULES[n], limits[n] if stops[n] else len(lowered))
        for n in sorted(limits)
        if not exact
        or all(any(w in lowered for w in words) for words in (_REQUIRED[n], _ALSO_REQUIRED[n]))
    ]


_WAKING = [
    f"{MARK}0 rents GPUs from {MARK}1 and leases more from {MARK}2.",
    f"{MARK}0 bought a 12% stake in {MARK}1, its rival, per cent of the contract.",
    f"{MARK}0's racing contract with {MARK}1 was acquired by {MARK}2's parent.",
    f"{MARK}0 competes with {MARK}1 in {MARK}2 near the campus it runs for {MARK}3.",
    f"{MARK}0 invested in {MARK}1, whose owners and backers include {MARK}2.",
    "nothing here wakes a rule",
    "",
]


@pytest.mark.parametrize("exact", [False, True])
@pytest.mark.parametrize("template", _WAKING)
def test_rules_for_matches_a_plain_substring_scan(template: str, exact: bool) -> None:
    lowered = template.lower()
    assert rules_for(lowered, exact) == _rules_by_plain_scan(lowered, exact)


def test_rules_for_limit_is_the_last_trigger() -> None:
    lowered = f"{MARK}0 acquired {MARK}1, and later acquired {MARK}2 as well.".lower()
    limits = {rule.name: limit for rule, limit in rules_for(lowered)}
    assert limits["acquire"] == lowered.rfind("acqui")


@pytest.mark.parametrize("template", _WAKING + _ASIDE_TEMPLATES)
def test_rules_that_wait_for_their_own_triggers_find_the_same_matches(template: str) -> None:
    text = template.lower()
    starts = [i for i, ch in enumerate(text) if ch == MARK]

    def found(exact: bool) -> list[tuple[str, object]]:
        hits: list[tuple[str, object]] = []
        for rule, limit in rules_for(text, exact):
            assert rule.lower_case is not None
            if not rule.anchored:
                hits += [(rule.name, m.regs) for m in rule.lower_case.finditer(text)]
                continue
            for pos in starts:
                if pos >= limit:
                    break
                if hit := rule.lower_case.match(text, pos):
                    hits.append((rule.name, hit.regs))
        return hits

    assert found(exact=True) == found(exact=False)


# One made-up sentence per rule whose needed words are read by hand (_SPELLED_OUT): the
# rule matches it; with the object token swapped for a word it is passed over.
_SPELLED_TEMPLATES = [
    ("run-on", f"{MARK}0 trains its models on {MARK}1 these days."),
    ("facility-in", f"{MARK}0 campus in \x011 opened this spring."),
    ("buy-of-provider", f"{MARK}0 spent $2bn on {MARK}1 gpus last year."),
    ("racing", f"{MARK}0 rivals {MARK}1 in coding tools."),
    ("work-served-by", f"{MARK}0's training is served by {MARK}1 for now."),
    ("owns-verb", f"{MARK}0 owns the {MARK}1 outright."),
    ("rebranded-as", f"{MARK}0 rebranded as {MARK}1 last year."),
    ("was-renamed", f"{MARK}0 was renamed {MARK}1 in may."),
    ("contract-with", f"{MARK}0 signed a deal with {MARK}1 on tuesday."),
    ("buy-compute-from", f"{MARK}0 buys gpu capacity from {MARK}1 each month."),
]


def test_every_hand_read_rule_has_a_sentence() -> None:
    assert {name for name, _ in _SPELLED_TEMPLATES} == set(_SPELLED_OUT)


@pytest.mark.parametrize(("name", "template"), _SPELLED_TEMPLATES)
def test_hand_read_words_keep_a_matching_rule_and_drop_it_without_them(
    name: str, template: str
) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert rule.lower_case is not None
    assert any(rule.lower_case.search(template, pos) for pos in range(len(template)))
    assert name in {r.name for r, _ in rules_for(template)}
    token = "\x011" if name == "facility-in" else f"{MARK}1"
    without = template.replace(token, "them")
    assert not any(rule.lower_case.search(without, pos) for pos in range(len(without)))
    assert name not in {r.name for r, _ in rules_for(without)}


@pytest.mark.parametrize(
    ("pattern", "keys", "needed"),
    [
        (r"\x00\d+ (?:counts|names|lists) \x00\d+", "count|name|list", True),
        (r"\x00\d+ (?:counts|names|lists) \x00\d+", "count|name", False),
        (r"\x00\d+ (?:is |was )?(?:the )?owner of \x00\d+", "owner", True),
        (r"\x00\d+ [a-z]+\b(?:owns|owned) \x00\d+", " own", False),  # "(owns" too
        (r"\x00\d+ (?:(?:holds|has) a stake|invests) in", "stake|invest", True),
        (r"\x00\d+ (?:holds|has)? ?a? stake", "hold|has", False),
        (r"\x00\d+ (?=.*deal)signed", "deal", False),  # a lookahead consumes nothing
        (r"\x00\d+ (?:takes|took) on \x00\d+", "taking|took", False),
        (r"\x00\d+ (?:takes|took) on \x00\d+", "take|took", True),
        (r"(?i)\x00\d+ owns", "owns", False),  # re.I: the lower-case twin is the one to ask
    ],
)
def test_needs_a_key_reads_the_pattern(pattern: str, keys: str, needed: bool) -> None:
    assert needs_a_key(re.compile(pattern), frozenset(keys.split("|"))) is needed


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        # runs of parts spelled in full, mention marks included; "\w+" ends a run
        (
            r"\x00\d+ (?:signed|inked) \w+ (?:deals?|pacts?) with \x00\d+",
            [
                " deal with \x00| deals with \x00| pact with \x00| pacts with \x00",
                " inked | signed ",
            ],
        ),
        # a word that holds another of its set is left out (" back to" holds " to")
        (r"\x00\d+ (?:rents|leases) (?:to|back to)", [" to", " rents | leases "]),
        # an unanchored rule is one lookahead, and a lookahead's text must be there
        (r"(?=(\x00\d+ (?:acquired|bought) \x00\d+))", [" acquired \x00| bought \x00"]),
        (r"\x00\d+ (?=.*deal)signed", [" signed", "deal"]),
        (r"\x00\d+ \w+ \x00\d+", []),  # nothing of three letters or more
    ],
)
def test_required_words_reads_the_pattern(pattern: str, sets: list[str]) -> None:
    found = [frozenset(words) for words in required_words(re.compile(pattern))]
    for words in sets:
        assert frozenset(words.split("|")) in found
    assert bool(found) == bool(sets)


def test_no_probe_contains_another() -> None:
    # the one-scan search relies on it: at most one probe starts at any position
    assert not [(a, b) for a in _PROBES for b in _PROBES if a != b and a in b]


def _cues_with_ignorecase(template: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The reference: every cue pattern as written (re.I) on the template itself."""
    return {
        name: tuple(m.span() for m in pattern.finditer(template))
        for name, pattern in _modality._CUE_PATTERNS
    }


@pytest.mark.parametrize(
    "template",
    [
        f"{MARK}0 Did Not buy {MARK}1, But Talks COLLAPSED, Reportedly.",
        f"{MARK}0 said it PLANS to rent capacity, according to People Familiar.",
        f"\u201cWe won\u2019t\u201d, {MARK}0 said \u2014 if {MARK}1 Declined to bid; NEVER.",
        f"{MARK}0 \u0130s \u0131n talks; the deal was cancelled \u017fince {MARK}1 left.",
        f"\u00c9lan {MARK}0 might buy a 20% stake \u2013 which {MARK}1 denied.",
    ],
)
def test_cues_on_lowered_text_match_ignorecase_cues(template: str) -> None:
    _modality._cues.cache_clear()
    assert _modality._cues(template) == _cues_with_ignorecase(template)


def test_only_dotless_i_and_long_s_fold_onto_ascii_unchanged_by_lower() -> None:
    # lowered() trusts lower() for every other character it leaves alone
    folding = [
        ch
        for ch in map(chr, range(0x80, 0x110000))
        if ch.lower() == ch and len(ch.upper()) == 1 and ch.upper().isascii()
    ]
    assert set(folding) == _case.FOLDS_TO_ASCII


_SENTENCES = [
    "The startup said its cloud unit, the chipmaker's rival, and The Lab would grow.",
    "Its backers include it-savvy funds; IT spending rose as it did, Italy's too.",
    "Atheist companies: the company behind the search giant, then The firm.",
    "\u201cThe startup\u201d \u2014 the cloud provider \u2014 said Chief Executive Ada Lind.",
    "Rumours, then Acme and Baxo; later, Corvid Labs and the \u0130stanbul lab.",
    "tHE developer, which its parent backs, hired CEO John Smith and Researcher Jo Tan.",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
@pytest.mark.parametrize(
    ("fast", "written"),
    [
        (_coref._PRONOUN, r"\b(?:[Ii]ts|[Ii]t)\b(?!-)"),
        (_entities._MID_CAPITAL, r"(?<=[a-z,;] )[A-Z][\w.&-]+"),
    ],
)
def test_patterns_reordered_for_speed_match_as_written(
    sentence: str, fast: re.Pattern[str], written: str
) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in pattern.finditer(sentence)]

    assert found(fast) == found(re.compile(written))


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_heads_read_from_he_match_as_written_from_the(sentence: str) -> None:
    written = re.compile(
        _coref._HEAD_RE.pattern.replace(r"he (?<=(?<!\w)[Tt]he )", r"\b[Tt]he ", 1)
    )
    assert written.pattern != _coref._HEAD_RE.pattern
    fast = [(m.start() - 1, m.end(), m.groups()) for m in _coref._HEAD_RE.finditer(sentence)]
    assert fast == [(m.start(), m.end(), m.groups()) for m in written.finditer(sentence)]


@pytest.mark.parametrize("sentence", [*_SENTENCES, "IT and ItS; Its it-based iT, it, its."])
def test_pronouns_on_the_lowered_sentence_match_as_written(sentence: str) -> None:
    folded = _case.lowered(sentence)
    if folded is None:
        return
    fast = [
        m.span()
        for m in _coref._PRONOUN_LOWER.finditer(folded)
        if sentence[m.start() + 1 : m.end()] == folded[m.start() + 1 : m.end()]
    ]
    assert fast == [m.span() for m in _coref._PRONOUN.finditer(sentence)]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Acme Corp. rents GPUs. "It works." Then Baxo left!) And xAI? "Why?" eBay said. 3 more.',
        "It fell?! Yes. e.g. Foo. bar. Baz \u201cQuoted.\u201d Next one.  Two spaces. end",
        "No stop at all",
    ],
)
def test_sentence_split_on_matched_stops_matches_the_lookbehind_split(paragraph: str) -> None:
    lookbehind = re.compile(
        r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?(?:[A-Z0-9$]|[a-z]{1,3}[A-Z]))"
    )
    pieces = _text._SPLIT_RE.split(paragraph)
    joined = [pieces[i] + pieces[i + 1] for i in range(0, len(pieces) - 1, 2)] + pieces[-1:]
    assert joined == lookbehind.split(paragraph)


@pytest.mark.parametrize(
    "line", ["Done.", "Done. \t", "Title", 'He said "no"', "(c) x)", "", "Why?\n", "x:\u00a0"]
)
def test_sentence_end_test_matches_its_pattern(line: str) -> None:
    written = re.compile(r"[.!?:\"'\u201d\u2019)]\s*$")
    assert _text._terminal(line) == bool(written.search(line))


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_lower_case_twins_agree_with_ignorecase(sentence: str) -> None:
    for end in range(0, len(sentence) + 1, 7):
        window = sentence[max(0, end - 40) : end]
        assert _entities._person_cue_before(window) == bool(_entities._PERSON_CUE.search(window))
    folded = _case.lowered(sentence)
    if folded is not None:
        assert bool(_coref._ROLE_WORD_LOWER.search(folded)) == bool(
            _coref._ROLE_WORD.search(sentence)
        )
        assert bool(_checks._COMPUTE_LOWER.search(folded)) == bool(
            _checks._COMPUTE.search(sentence)
        )
        assert _modality.is_failure(sentence) == bool(_modality._FAILED.search(sentence))
        for end in range(len(sentence) + 1):
            assert _rules._preposition_before(sentence, end) == bool(
                _rules._PREPOSITION_BEFORE.search(sentence[:end])
            )


@pytest.mark.parametrize(
    "sentence",
    [
        *_SENTENCES,
        "AT&T and Volta-Labs' X.AI unit, OpenAI's ABCdef and the Nvidia-backed Brask Labs & Co.",
        "e.g. Acme, .NET and -Zeta; IBM's R&D, AMD-owned Xilinx and Q.",
    ],
)
def test_name_runs_with_capital_first_match_as_written(sentence: str) -> None:
    def runs(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(sentence)]

    assert runs(_entities._NAME_RUN_FAST) == runs(_entities._NAME_RUN)


@pytest.mark.parametrize(
    "template",
    [
        f"{MARK}0 Rents GPU Capacity From {MARK}1, Its Cloud Provider, And Leases More To {MARK}2.",
        f"{MARK}0 ACQUIRED A 40% Stake In {MARK}1; {MARK}2 Competes With {MARK}3.",
        f"{MARK}0, Formerly Known As {MARK}1, Was Renamed {MARK}2 After {MARK}3 Bought It.",
        f"{MARK}0's Backers Include {MARK}1 And {MARK}2, Which Invested In {MARK}3's Round.",
    ],
)
def test_rules_find_the_same_matches_on_the_lower_cased_template(template: str) -> None:
    folded = _case.lowered(template)
    assert folded is not None
    starts = [i for i, ch in enumerate(template) if ch == MARK]
    hits = 0
    for rule in RULES:
        assert rule.lower_case is not None
        for pos in starts:
            written, twin = rule.regex.match(template, pos), rule.lower_case.match(folded, pos)
            assert (written and written.regs) == (twin and twin.regs), rule.name
            hits += written is not None
    assert hits  # the sentences exercise some rules


def _made_up_gazetteer() -> Gazetteer:
    entries = [
        GazetteerEntry("Nimbus", "CloudProvider", epithets=("the cloud landlord",)),
        GazetteerEntry("Nimbus Cloud Works", "CloudProvider", aliases=("NCW",)),
        GazetteerEntry(
            "Quanta Labs", "AILab", aliases=("QL Group", "Quanta"), epithets=("the lab",)
        ),
        GazetteerEntry("Initech Corp.", "Company"),
    ]
    return Gazetteer(entries={e.name: e for e in entries}, places=frozenset({"Austin"}))


def test_gazetteer_finds_the_longest_name_at_each_place() -> None:
    gaz = _made_up_gazetteer()
    text = "Nimbus Cloud Works rents racks to Quanta Labs, not to Nimbus itself."
    assert gaz.find(text) == [
        (0, 18, "Nimbus Cloud Works"),
        (34, 45, "Quanta Labs"),
        (54, 60, "Nimbus"),
    ]


def test_gazetteer_finds_aliases_dotted_and_hyphenated_names_and_places() -> None:
    gaz = _made_up_gazetteer()
    text = "QL Group and Initech Corp. met NCW in Austin; a Nimbus-backed fund and QUANTA LABS."
    found = gaz.find(text)
    assert [surface for _, _, surface in found] == [
        "QL Group",
        "Initech Corp.",
        "NCW",
        "Austin",
        "Nimbus",
        "QUANTA LABS",
    ]
    assert all(text[start:end] == surface for start, end, surface in found)
    assert [gaz.surfaces[s] for _, _, s in found] == [
        "Quanta Labs",
        "Initech Corp.",
        "Nimbus Cloud Works",
        "Austin",
        "Nimbus",
        "Quanta Labs",
    ]


def test_gazetteer_finds_names_that_open_small_or_after_punctuation() -> None:
    entries = [
        GazetteerEntry("zeroLab", "AILab"),
        GazetteerEntry("kappa-Net Systems", "Company"),
        GazetteerEntry("Nimbus", "CloudProvider"),
    ]
    gaz = Gazetteer(entries={e.name: e for e in entries}, places=frozenset())
    text = (
        "zeroLab and kappa-Net Systems, not kappa-Net or azeroLab; -Nimbus, (Nimbus) "
        "and a zeroLab-backed fund, but no Nimbus.cloud or zeroLabs."
    )
    found = gaz.find(text)
    assert [(text[start:end], surface) for start, end, surface in found] == [
        ("zeroLab", "zeroLab"),
        ("kappa-Net Systems", "kappa-Net Systems"),
        ("Nimbus", "Nimbus"),
        ("Nimbus", "Nimbus"),
        ("zeroLab", "zeroLab"),
    ]


def test_gazetteer_epithets_are_tried_longest_first() -> None:
    assert _made_up_gazetteer().epithet_phrases == ("the cloud landlord", "the lab")


@pytest.mark.parametrize(
    ("fast", "written"),
    [
        (
            _modality._CLAUSE_END,
            r";|, but\b|, while\b|, although\b|, though\b|, and (?=\x00|it\b|they\b)|\bbut\b",
        ),
        (
            _rules._RIVAL_SET,
            r"\blist of (?:[\w-]+ )?(?:companies|rivals|competitors|firms|businesses) "
            r"(?:that |which )?\x00(\d+) (?:competes|compete|competed|is competing|considers)\b",
        ),
    ],
)
def test_template_patterns_reordered_for_speed_match_as_written(
    fast: re.Pattern[str], written: str
) -> None:
    templates = [
        f"{MARK}0 said so, but {MARK}1 disagreed; butter, rebut, but-for, but not {MARK}2",
        f"but the list of rivals that {MARK}0 competes with, a shortlist of firms {MARK}1 names",
        f"Blacklist of companies {MARK}2 compete with, and it rose though {MARK}3 fell, while ...",
    ]
    for template in templates:
        assert [(m.span(), m.groups()) for m in fast.finditer(template)] == [
            (m.span(), m.groups()) for m in re.compile(written).finditer(template)
        ]


@pytest.mark.parametrize(
    "phrases",
    [
        ("the search giant", "the search", "the lab", "tiny lab", "a lab", "lab"),
        ("the lab", "the search giant", "the search"),  # order decides, not length
        ("x", "the 'quoted' firm", "\u00e9lan maker"),
        ("'s unit", "the lab"),  # a phrase that opens with no letter: the plain pattern
    ],
)
def test_phrase_pattern_finds_what_the_plain_alternation_finds(phrases: tuple[str, ...]) -> None:
    plain = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    texts = [
        "the search giant and the search, then the lab; athe lab, the labs, tiny lab.",
        "x marks the 'quoted' firm; \u00e9lan maker, d\u00e9lan maker, boxx x.\nthe lab",
        "the lab's 's unit, a lab, alab, lab-x, the search\ngiant",
    ]
    for text in texts:
        assert [m.span() for m in _coref._phrase_pattern(phrases).finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Acme didn't buy Zeta; the talks were REPORTEDLY off, media reports said.",
        "Notably, no one knew whether Brask was reported to be weighing a bid, if any.",
        "n't isn't an ifthen: Unless Zeta says otherwise, nothing was reported.",
    ],
)
def test_letter_first_matches_where_word_boundary_does(text: str) -> None:
    words = r"not|no|none|(?:was|were) reported|media reports|if|unless|whether"
    plain = re.compile(rf"\b(?:{words})\b", re.I)
    fast = re.compile(letter_first(words) + r"\b", re.I)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_letter_first_refuses_an_alternative_without_a_letter_first() -> None:
    with pytest.raises(ValueError, match="open with a letter"):
        letter_first(r"not|\$\d+")


def test_recased_match_reads_the_original_letters() -> None:
    pattern = re.compile(r"(?P<s>\w+) (?:buys|bought) (?P<o>\w+)(?P<tail> now)?", re.I)
    text = "Then Acme BOUGHT Zeta"
    expected = pattern.search(text)
    lowered_hit = _case.lower_case_twin(pattern).search(text.lower())
    assert expected is not None and lowered_hit is not None
    recased = _case.Recased(lowered_hit, text)
    assert recased.groupdict() == expected.groupdict() == {"s": "Acme", "o": "Zeta", "tail": None}
    assert (recased.start("o"), recased.end("s")) == (
        expected.start("o"),
        expected.end("s"),
    )
    assert recased.group() == expected.group() == "Acme BOUGHT Zeta"


def _all_matches(pattern: re.Pattern[str], rule: Rule, text: str) -> list[object]:
    if rule.anchored:
        return [(pos, m.regs) for pos in range(len(text)) if (m := pattern.match(text, pos))]
    return [m.regs for m in pattern.finditer(text)]


@pytest.mark.parametrize("template", _ASIDE_TEMPLATES)
def test_guarded_asides_match_as_the_plain_asides(template: str) -> None:
    # AP only adds a lookahead that skips _ASIDES where no aside can open
    text = template.lower()
    for rule in RULES:
        assert rule.lower_case is not None
        if _rulebase.AP not in rule.lower_case.pattern:
            continue
        written = re.compile(rule.lower_case.pattern.replace(_rulebase.AP, _rulebase._ASIDES))
        assert _all_matches(rule.lower_case, rule, text) == _all_matches(written, rule, text)


@pytest.mark.parametrize("template", _ASIDE_TEMPLATES)
def test_plain_gaps_match_as_gaps_where_no_possessive_token_is(template: str) -> None:
    text = template.lower()
    assert _rulebase.POSSESSIVE_TOKEN.search(text) is None
    checked = 0
    for rule in RULES:
        if rule.plain_gaps is not None:
            assert rule.lower_case is not None
            found = _all_matches(rule.lower_case, rule, text)
            assert _all_matches(rule.plain_gaps, rule, text) == found, rule.name
            checked += bool(found)
    assert checked  # the sentences exercise some rules


@pytest.mark.parametrize(
    "text",
    [
        "acme didn't buy zeta; talks collapsed and the deal was cancelled, it said.",
        "zeta is in discussions about a bid, the information reported; rumored, not rumoured.",
        "acme could-be buyer? it expects to sign, hypothetically, unless zeta walked away.",
        "the x-talks were preliminary; attempts to negotiate failed; it divested. n't",
        "nothing in this sentence is hedged at all, except this clause of no cue.",
        "acme sold alpha's 20% stake; zeta, without the gpus it leases from beta, wouldn't.",
        "caf\u00e9failed, na\u00efve not, \u00e9might reported\u00e9, if\u00df plans\u00e9 talks",
    ],
)
def test_word_cues_never_rule_out_a_cue_that_matches(text: str) -> None:
    words = set(_modality._WORD.findall(text))
    for name, cues in _modality._WORD_CUES.items():
        pattern = _modality._LOWER_CASE_CUES[name]
        if pattern.search(text):
            assert cues.may_occur(text, words), name
        assert cues.pattern == pattern.pattern  # the cues stand for the pattern that runs


def test_word_cues_rule_out_a_sentence_without_their_words() -> None:
    text = "acme rents capacity from zeta in ohio."
    words = set(re.findall(r"\w+", text))
    assert not any(c.may_occur(text, words) for c in _modality._WORD_CUES.values())


def test_word_cue_heads_spell_optional_letters_and_skip_lookaheads() -> None:
    cues = WordCues.of(r"talks?|cancell?ed|could(?!-)|negotiat\w+|expects? to", unbounded="n't")
    assert cues.whole == {
        "talks": ("talks",),
        "talk": ("talk",),
        "cancelled": ("cancelled",),
        "canceled": ("canceled",),
        "could": ("could",),
        "expects": ("expects to",),
        "expect": ("expect to",),
    }
    assert cues.within == ("negotiat", "n't")


@pytest.mark.parametrize(
    "text",
    [
        "the talks fell apart, and it did not renegotiate; reportedly it wouldn't.",
        "an earlier version of this article said the deal expired unless renewed.",
        "nothing here hedges a thing",
        "negotiations, negotiated; fell-apart is not fell apart",
    ],
)
def test_cue_kinds_answer_as_each_kind_alone(text: str) -> None:
    kinds = {
        "failed": WordCues.of("fell apart|expired|collapsed"),
        "negation": WordCues.of("not|never|no longer", unbounded="n't"),
        "planned": WordCues.of(r"talks?|negotiat\w+|would(?!-)"),
        "retracted": WordCues.of("earlier version of this article said"),
        "hypothetical": WordCues.of("if|unless"),
    }
    words = set(re.findall(r"[a-z0-9_]+", text))
    expected = {kind for kind, cues in kinds.items() if cues.may_occur(text, words)}
    assert CueKinds.of(kinds).may_occur(text, words) == expected


@pytest.mark.parametrize(
    "text",
    [
        *_SENTENCES,
        "Nimbus and .Nimbus, a.Nimbus, (-:Nimbus) and x-Nimbus; U.S. 3.5 +Nimbus ...Quanta.",
        "zeroLab and kappa-Net rent from Nimbus",  # names that open small: the general scan
        "\u00c9toile Compute and Nimbus",  # not ASCII: the general scan
        ".Q",
        "",
    ],
)
def test_gazetteer_name_starts_in_ascii_text_match_the_general_scan(text: str) -> None:
    entries = [
        GazetteerEntry("zeroLab", "AILab"),
        GazetteerEntry("Nimbus", "CloudProvider"),
        GazetteerEntry("Quanta", "AILab"),
    ]
    gaz = Gazetteer(entries={e.name: e for e in entries}, places=frozenset())
    general = [m.end() for m in gaz.name_starts.finditer(text)]
    if text.isascii() and not any(w in text for w in gaz.small_openers):
        assert [m.end() - 1 for m in _ASCII_NAME_STARTS.finditer(text)] == general
    else:  # find() takes the general scan here
        assert gaz.small_openers == ("zeroLab",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex Corp.",
        "It grew in the U.S.",
        "Made by Acme Inc.",
        "Foo.Inc.",
        "xInc.",
        "approx.",
        "e.g.",
        "He left.",
        "Tabs, i.e.",
        "Bros.",
        "No.",
        "Sept.",
        "A.",
        "ab.C.",
        "U.S.A.B.",
        "",
    ],
)
def test_abbreviation_test_read_backwards_matches_its_pattern(sentence: str) -> None:
    assert _text._ends_in_abbreviation(sentence) == bool(
        _text._ABBREV_RE.search(sentence, max(0, len(sentence) - 16))
    )
