"""How firmly a sentence states a relation: asserted, reported, planned or denied.

Denied: negation near the relation's verb ("holds no stake", "did not buy"),
or a deal that failed ("fell apart", "voted down", "expired"). Planned: talks,
intentions, conditionals and letters of intent. Reported: attribution to
reports or unnamed sources. Everything else is asserted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract._case import lower_case_twin, lowered
from ingest.extract._letters import CueKinds, WordCues, letter_first

_NEGATION_WORDS = WordCues.of(
    # "without the GPUs it leases from X" presupposes the lease: the clause is the object's
    r"not|never|no|none|neither|nor|"
    r"without(?! (?:the|its|their|all|those) (?:[\w,-]+ ){0,3}?(?:it|they|\x00\d+) )|"
    r"instead of|rather than|no longer|cannot|"
    r"denied|denies|deny|denying|refused to|"
    # "declined to say how much of its work runs on X" presupposes the work runs there
    r"declined to(?! (?:say|comment|disclose|reveal|specify|discuss) (?:how|what|which|when))|"
    r"gives up|gave up|give up|stopped|"
    r"stops",
    unbounded="n't",  # "n't" with or without a letter before it ("didn't", "n't")
)
_NEGATION = re.compile(_NEGATION_WORDS.pattern, re.I)
# "the contract ended": one fixed-width look back per noun (re allows no other); "ended "
# with its space is a whole first word, which a set of the sentence's words rules out
_AFTER_DEAL_NOUN = "|".join(
    f"(?<={noun} {{0}})"
    for noun in ("contract", "agreement", "deal", "lease", "arrangement", "partnership")
)
_FAILED_WORDS = WordCues.of(
    r"fell apart|falls apart|fell through|falls through|fallen through|collapsed|collapses|"
    r"failed|fails|called off|abandoned|scrapped|"
    r"terminated|walked away|dropped out|voted down|rejected|blocked|expired|cancell?ed|"
    r"turned (?:\w+ )?down|pulled out|unwound|ended without|broke down|came to nothing|"
    r"was not completed|never closed|decided against|decided not to|opted not to|chose not to|"
    r"backed out|backed away|divest\w*|exited|offloaded|sold off|"
    # warrants or options never used to buy the shares: no stake is held
    r"unexercised|not (?:yet )?exercised|never exercised|"
    # a supply or lease that has run its course, or an option left unused; each opens with
    # its rare verb and looks back for its noun, so that "deal" or "lease" alone wakes nothing
    r"ended (?:" + _AFTER_DEAL_NOUN.format("ended ") + r")|"
    r"lapsed(?:" + _AFTER_DEAL_NOUN.format("lapsed") + r")|"
    r"lapse(?:(?<=let it lapse)|(?<=option lapse))|exercising(?<=without exercising)|"
    r"ended (?:that|the|this|its|their|\x00\d+'s) "
    r"(?:contract|agreement|deal|lease|arrangement|partnership)|"
    # "sold its entire remaining stake in X": a few words may stand before a holder's noun
    # (round 11b: or one word with digits, "its 2019 holdings"); "sold a 51% stake to Y"
    # may keep the rest, and "its entire 18 percent holding" is read by the rules of its
    # own clause
    r"sold (?:its|their|his|her|the|\S+'s) (?:(?:[a-z-]+ ){0,3}?|[\w-]+ )"
    r"(?:stakes?|shares|holdings?|interests?)|"
    r"sold a (?:[\w-]+ )?(?:stakes?|shares|holdings?|interests?)|"
    # a plan given up, talks ended, and what "would have" happened did not
    r"(?:dropped|drops|withdrew|withdrawn|withdraws|shelved|shelves) "
    r"(?:its|their|the|a|an|\x00\d+'s) "
    r"(?:[\w-]+ )?(?:plans?|bid|offer|pursuit|approach|proposal)|"
    r"(?:ended|ends|end|ending|broken off|broke off|breaks off) (?:[\w-]+ ){0,2}?talks|"
    r"(?:was|were|been|being) bought out|"
    r"would(?: have|'ve) (?:been|[a-z]+ed|[a-z]+en|bought|made|held|kept|sold|won|built|put)"
)
_FAILED = re.compile(_FAILED_WORDS.pattern, re.I)
# A relation that held once and holds no more: "Until 2024 it rented from X". (Not
# "known until 2024 as X" or "until 2024 it was called X": those name an old name.
# "previously rented from X" is still read as a fact: the unseen paragraphs take it so.)
_ENDED_WORDS = WordCues.of(
    # "Oracle, which had owned 29% of Ampere, ...": a holder named by what it had held is a
    # former one (news tells a holding that goes on in the present or present perfect)
    # (each opens with its rarer participle and looks back for "which had": "which" is common)
    r"owned(?<=which had owned)|held(?<=which had held)|controlled(?<=which had controlled)|"
    r"owned(?<=who had owned)|held(?<=who had held)|"
    r"until(?<!known until) (?:(?:19|20)\d\d\b(?![^,;.]{0,60}\bwill\b)|last year|earlier this year)"
    # "Until 2023 it was called X" tells an old name, which the rename keeps
    r"(?![^,;.]{0,40}\b(?:called|named|known as|trad(?:ed|ing) as|went by)\b)"
)
_ENDED = re.compile(_ENDED_WORDS.pattern, re.I)
_PLANNED_WORDS = WordCues.of(
    r"talks?|negotiat\w+|in discussions?|discussing|discussed|considering|considered|"
    r"consider|could(?!-)|would(?!-)|"
    r"might|may(?! \d)(?![.;:)])(?<!in may)(?<!since may)(?<!until may)(?<!early may)"
    r"(?<!late may)(?<!mid-may)(?<!last may)(?<!this may)(?<!next may)(?<!of may)"
    r"(?<!from may)(?<!during may)(?<!through may)(?<!till may)(?<!by may)(?<!on may)|"  # the month
    r"plans?|planned|planning|intends?|intended|intention|letter of intent|proposal|"
    r"proposed|proposes|expects? to|expected to|aims? to|seeking|seeks|exploring|explores|"
    r"weighing|"
    r"potential|possible|hopes? to|wants? to|tried to|tries to|try to|attempt\w*|option to|"
    r"preliminary|non-binding|memorandum of understanding|mou|close to|nears|nearing|poised to|"
    r"on the verge of|set to|in line to|exploring|interested in"
)
_PLANNED = re.compile(_PLANNED_WORDS.pattern, re.I)
# Conditions and open questions state no relation at all: such matches are dropped.
_HYPOTHETICAL_WORDS = WordCues.of(
    r"if|whether|might|hypothetical\w*|unless|in theory|should|ought to|must|"
    # "X could simply buy Y": a suggestion floated, not a plan anyone has
    r"could simply|could just|could always|could easily|"
    # "X would have owned Y outright": a counterfactual says it did not happen
    r"(?:would|could) have (?:\w+ )?(?:\w+ed|owned|bought|sold|held|taken|given|run|won|become)"
)
_HYPOTHETICAL = re.compile(_HYPOTHETICAL_WORDS.pattern, re.I)
# "It used to rent from X": a habit that has ended (not "the GPUs used to train", whose
# "used" follows a noun). Unless the clause goes on to the switch ("used to lease from X
# before moving to Y"), where what follows is the present one.
_HABIT_WORDS = WordCues.of(
    r"used(?:(?<=\bit used)|(?<=\bthey used)|(?<=\bwe used)|(?<=\bwhich used)|"
    r"(?<=\bwho used)|(?<=\x00\d used)|(?<=\x00\d\d used)) to (?:rent|lease|buy|own|hold|"
    r"host|supply|compete|be|train|run on|use)"
)
_HABIT = re.compile(_HABIT_WORDS.pattern, re.I)
_SWITCH = re.compile(r"\b(?:before|until|then|after|instead|switch\w*|mov(?:ed|ing))\b")
_REPORTED_WORDS = WordCues.of(
    r"reportedly|according to|reported (?:that|on|earlier|last|in|by)|"
    r"(?:was|were|been|as|first) reported|(?:media|press|news|earlier|recent) reports|"
    r"reports (?:say|said|suggest\w*)|people familiar|familiar with|"
    r"sources (?:said|say|told|familiar)|"
    r"said to be|is said|are said|rumou?red|the information|wall street journal|bloomberg|"
    r"reuters|financial times|citing|court filings|filings"
)
_REPORTED = re.compile(_REPORTED_WORDS.pattern, re.I)
# "rejected a suggestion, made on social media, that it was in talks to ...": all that
# follows in the clause is what the speaker denies, however far from the verb.
_DISCLAIMING = (
    r"denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|played down|"
    r"plays down|knocked down|refuted|refutes"
)
# Each verb above is a whole word followed by a space, so a sentence whose words include
# none of their first words holds no disclaimer: the set test spares the search.
_DISCLAIMING_FIRST_WORDS = frozenset(verb.split(" ", 1)[0] for verb in _DISCLAIMING.split("|"))
_DISCLAIMED = re.compile(
    letter_first(_DISCLAIMING)
    + r" (?:an? |the |earlier |recent |media |press |those |these )*(?:[\w-]+ )?"
    r"(?:reports?|suggestions?|claims?|speculation|rumou?rs?|talk|stories|story|idea)\b",
    re.I,
)
# "A report that X had agreed to buy Y was denied by Y": the report's claim, denied after it
# in the passive. The cue is the rare verb; "was" before it is checked only where it occurs.
_DENIED_AFTER_WORDS = WordCues.of(r"denied|dismissed|refuted")
_DENIED_AFTER = re.compile(_DENIED_AFTER_WORDS.pattern, re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)(?: \w+ly)? $", re.I)
_REPORT_THAT = re.compile(
    letter_first(
        "report|reports|suggestion|suggestions|claim|claims|rumour|rumours|rumor|rumors|"
        "story|stories|speculation|headline|headlines"
    )
    + r"\b(?: [\w-]+){0,4}? that\b",
    re.I,
)
# "said reports that it rents from X were false": what the disputed report said is denied.
# The closing words are looked for first: most sentences with a relation call nothing false.
_DISPUTED_CLOSERS = frozenset(
    ("false", "untrue", "inaccurate", "incorrect", "baseless", "unfounded", "wrong")
)
_DISPUTED = re.compile(
    r"\b(?:reports?|claims?|suggestions?|rumou?rs?|speculation|stories|story) that "
    r"[^;]{1,160}? (?:was|were|is|are) (?:completely |entirely |simply |totally )?"
    r"(?:false|untrue|inaccurate|incorrect|baseless|unfounded|wrong)\b",
    re.I,
)
# A correction takes back what the story said before: "An earlier version of this article
# said that ...", "a report wrongly stated that ...". The rest of the clause is denied.
_RETRACTED_WORDS = WordCues.of(
    r"(?:earlier|previous|prior|original) (?:version|draft|edition) of "
    r"(?:this|the) (?:article|story|report|piece|post|item)(?: [\w-]+){0,2}? "
    r"(?:said|stated|reported|described|gave|misstated|suggested|referred)|"
    # a correction column quoting its own earlier story: "We wrote that X owns Y."
    r"wrote that(?<=we wrote that)(?<!as we wrote that)|"
    r"stated that(?<=we stated that)(?<!as we stated that)|"
    r"(?:incorrectly|wrongly|mistakenly|erroneously|falsely) "
    r"(?:said|stated|reported|claimed|suggested|described|identified|referred)"
)
_RETRACTED = re.compile(_RETRACTED_WORDS.pattern, re.I)
# "..., which turned its mines into data centres when bitcoin prices collapsed": a failure
# in a clause of its own (when, as, after ...) about something that is no deal.
_SUBORDINATE_END = re.compile(
    letter_first("when|as|after|once|because|since|while|until") + r" [^,;]{1,50}$", re.I
)
_DEAL_WORD = re.compile(
    letter_first(
        "deal|talks|agreement|contract|bid|offer|merger|takeover|acquisition|purchase|sale|"
        "plans?|lease|partnership|investment"
    )
    + r"\b",
    re.I,
)
# Where the extractor took out the comma that closed a named appositive ("Its rival,
# Quarrow, rents ..."): for a hedge it still ends the clause before it.
APPOSITIVE_END = "\u200b"
_RELATIVE_TAIL = re.compile(r"\b(?:that|which|who)\b")
_RELATIVE = re.compile(r", (?:which|who|whose) ")
# the last alternative is "\bbut\b" with its letter first, so that re can skip to ";", "," or "b"
_CLAUSE_END = re.compile(
    r";|, but\b|, while\b|, although\b|, though\b|, and (?=\x00|it\b|they\b)|b(?<!\wb)ut\b"
    # "that contract lapsed last year, when X moved its work to Y": the when-clause's own
    r"|, when (?=\x00)"
    # "X denied a report that ..., saying it still trains on Y": the speaker's own statement
    r"|, (?:saying|adding|insisting|stressing) (?=(?:that )?(?:it|they|\x00))"
    r"| and (?=(?:is|are|was|were|has|have|had|will|would|plans?|said|says|now)\b)"
)


def status_of(template: str, start: int, end: int) -> str:
    """The status of a relation found at ``template[start:end]``.

    Besides the four claim statuses it may answer ``hypothetical`` ("if X bought
    Y"): the caller drops such matches, since a condition asserts nothing.

    The window is the clause around the match: a little before it (for "did not
    acquire", "talks to buy") and the rest of its clause after it (for "..., but
    the deal collapsed" the failure is read up to the sentence end).
    """
    cues = _cues(template)
    lo = max(0, start - 60)
    for _, boundary in cues["clause"]:
        if lo < boundary <= start:
            lo = boundary
    for b, e in cues["relative"]:
        if start <= b < end:
            lo = start  # "X did not buy Y, which uses Z": the negation is the main clause's
        elif lo <= b and e <= start:
            lo = e
    tail_end = next((b for b, _ in cues["clause"] if b >= end), len(template))
    comma = template.find(",", end, tail_end)
    if APPOSITIVE_END in template:
        aside = template.find(APPOSITIVE_END, end, tail_end)
        comma = aside if comma < 0 or 0 <= aside < comma else comma
    relative = _RELATIVE_TAIL.search(template, end, tail_end)
    planned_end = min(
        comma if comma >= 0 else tail_end, relative.start() if relative else tail_end, end + 80
    )
    # most sentences hold no cue of most kinds: an empty kind is passed over without a call
    failed = _own_failures(template, cues["failed"], start) if cues["failed"] else ()
    # a failure in a clause the relation's verb comes after is not the relation's:
    # "X ended that contract and now rents from Y"
    if failed and any(
        lo <= b and not any(e <= c < end for c, _ in cues["clause"]) for b, e in failed
    ):
        return "denied"
    if cues["negation"] and _within(cues["negation"], max(lo, start - 40), end):
        return "denied"
    for b, e in cues["habit"]:
        if max(lo, start - 40) <= b and e <= end and not _SWITCH.search(template, e, end):
            return "denied"
    if cues["ended"] and _within(cues["ended"], max(lo, start - 40), end):
        return "denied"
    if any(b <= start and end <= e for b, e in cues["disputed"]):
        return "denied"
    for _, e in cues["disclaimed"] + cues["retracted"]:
        if e <= start and not any(e <= b < start for b, _ in cues["clause"]):
            return "denied"
    for b, _ in cues["denied_after"]:
        if b >= end and _reported_then_denied(template, lo, start, end, b, cues["clause"]):
            return "denied"
    if cues["hypothetical"] and _within(cues["hypothetical"], lo, planned_end):
        return "hypothetical"
    if cues["planned"] and _within(cues["planned"], lo, planned_end):
        return "planned"
    if cues["reported"] and _within(cues["reported"], 0, tail_end):
        return "reported"
    return "asserted"


def _reported_then_denied(
    template: str, lo: int, start: int, end: int, denial: int, clauses: tuple[tuple[int, int], ...]
) -> bool:
    """Whether the match sits inside "a report that ..." whose verb, after it, is "was denied"."""
    if not _PASSIVE_BEFORE.search(template, max(0, denial - 25), denial):
        return False
    report = _REPORT_THAT.search(template, max(0, lo - 40), start)
    return report is not None and not any(end <= b < denial for b, _ in clauses)


@lru_cache(maxsize=2)
def _own_failures(
    template: str, spans: tuple[tuple[int, int], ...], start: int
) -> tuple[tuple[int, int], ...]:
    """The failure cues that are not about something else in a clause of their own: in
    "..., when coin prices collapsed" the clause from "when" names no deal; but one about
    the relation found at ``start``, inside that clause, is ("after years in which it
    tried and failed to compete with X")."""
    kept = []
    for s, e in spans:
        clause = _SUBORDINATE_END.search(template, max(0, s - 60), s)
        if (
            clause is None
            or clause.start() <= start
            or _DEAL_WORD.search(template, clause.start(), s)
        ):
            kept.append((s, e))
    return tuple(kept)


def is_failure(sentence: str) -> bool:
    """Whether a sentence says a deal failed, ended or was called off."""
    folded = lowered(sentence)  # re.I stops re skipping ahead: many times slower
    if folded is None:
        return _FAILED.search(sentence) is not None
    return _LOWER_CASE_CUES["failed"].search(folded) is not None


def _within(spans: tuple[tuple[int, int], ...], lo: int, hi: int) -> bool:
    return any(lo <= s and e <= hi for s, e in spans)


_CUE_PATTERNS = (
    ("failed", _FAILED),
    ("negation", _NEGATION),
    ("ended", _ENDED),
    ("planned", _PLANNED),
    ("reported", _REPORTED),
    ("clause", _CLAUSE_END),
    ("relative", _RELATIVE),
    ("hypothetical", _HYPOTHETICAL),
    ("habit", _HABIT),
    ("disclaimed", _DISCLAIMED),
    ("retracted", _RETRACTED),
    ("denied_after", _DENIED_AFTER),
    ("disputed", _DISPUTED),
)


_WORD_CUES = {
    "failed": _FAILED_WORDS,
    "negation": _NEGATION_WORDS,
    "ended": _ENDED_WORDS,
    "planned": _PLANNED_WORDS,
    "reported": _REPORTED_WORDS,
    "hypothetical": _HYPOTHETICAL_WORDS,
    "habit": _HABIT_WORDS,
    "retracted": _RETRACTED_WORDS,
    "denied_after": _DENIED_AFTER_WORDS,
}
_CUE_KINDS = CueKinds.of(_WORD_CUES)
# ASCII runs (faster than \w+): a cue's first word is ASCII, and where it is a whole \w+ run
# it is a whole ASCII run too (the characters around it are not word characters at all).
_WORD = re.compile(r"[a-z0-9_]+")
_LOWER_CASE_CUES = {
    name: lower_case_twin(pattern) for name, pattern in _CUE_PATTERNS if pattern.flags & re.I
}


@lru_cache(maxsize=1)
def _cues(template: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Where each kind of cue occurs in a template (computed once per sentence).

    One entry is enough: every call for a sentence comes while it is read. A
    larger cache would only let identical templates from other articles hit,
    which flatters a benchmark built from a few sentence shapes.
    """
    lower = lowered(template)
    # the kinds whose words are there (WordCues), for all kinds at once (CueKinds)
    words = set(_WORD.findall(lower)) if lower is not None else set()
    possible = _CUE_KINDS.may_occur(lower, words) if lower is not None else set()
    found: dict[str, tuple[tuple[int, int], ...]] = {}
    for name, pattern in _CUE_PATTERNS:
        text = template
        if lower is not None and name in _LOWER_CASE_CUES:
            text, pattern = lower, _LOWER_CASE_CUES[name]
            if name in _WORD_CUES and name not in possible:
                found[name] = ()  # none of its words is there
                continue
            if name == "disputed" and not words & _DISPUTED_CLOSERS:
                found[name] = ()  # nothing is called false: no report is disputed
                continue
            if name == "disclaimed" and words.isdisjoint(_DISCLAIMING_FIRST_WORDS):
                found[name] = ()  # no "denied", "rejected", "played (down)" ...
                continue
        found[name] = tuple(m.span() for m in pattern.finditer(text))
    return found


_STATUS_FACTOR = {
    "asserted": 1.0,
    "reported": 0.9,
    "planned": 0.6,
    "denied": 0.9,
    "hypothetical": 0.0,
}


def scaled_confidence(base: float, status: str, *, coref: bool, new_name: bool) -> float:
    """A rule's confidence, lowered for hedges and for participants found indirectly."""
    value = base * _STATUS_FACTOR[status]
    if coref:
        value *= 0.9
    if new_name:
        value *= 0.85
    return round(min(max(value, 0.05), 0.99), 3)


_PERCENT = re.compile(
    r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)|\b(one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-nine|fifty|sixty|seventy|eighty|"
    r"ninety)\s(?:per ?cent|percent)",
    re.I,
)
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-nine": 49,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def share_in(text: str) -> float | None:
    """The first percentage stated in ``text`` as a 0..1 share ("27%" -> 0.27)."""
    match = _PERCENT.search(text)
    if not match:
        return None
    value = float(match.group(1)) if match.group(1) else float(_WORDS[match.group(2).lower()])
    return round(value / 100, 4) if 0 < value <= 100 else None


_STAKE_WORDS = re.compile(
    r"\b(?:stake|stakes|shares?|holding|interest|equity|minority|percent|per ?cent|piece|"
    r"chunk|slice|portion|part|half|(?:a|one|two) (?:third|quarter|fifth|tenth)s?)\b|%",
    re.I,
)


def is_stake_phrase(text: str) -> bool:
    """True when the words between owner and owned describe part ownership."""
    return bool(_STAKE_WORDS.search(text))
