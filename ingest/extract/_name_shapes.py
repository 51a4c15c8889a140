"""Name shapes a run of capitals misses, and the party slots that vouch for a name.

``_entities`` finds names as runs of capitalised words and drops the words that are
no name alone ("Street", "House", "Times", "For", a sentence's first word). Some
company names are made of just such words: "Copper Street", "Harbor House",
"Foundry for Open Models", "Halden For AI", a shouted "VOLTA" or a plain word
("Lantern") opening a sentence. This module reads those shapes from the words
around them: a tail word after a name, a connector inside an organisation's name
followed by what companies do, and a relation verb right after a sentence's
first word (the subject slot of "<X> will rent capacity to <Y>").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extract._patterns import word_triggers

# Words that are no name alone but end many ("Copper Street", "Harbor House",
# "Tallow Times", "Kestrel Financial"): kept after a word that is a name itself.
NAME_TAILS = frozenset(["Street", "House", "Times", "Store", "Press", "Wire", "Financial"])


def ends_in_tail(words: list[str], not_names: frozenset[str]) -> bool:
    """ "Copper Street": a tail word after a name word is the name's own last word.

    "Wall Street" and "White House" stay places: the word before the tail is no name.
    """
    return (
        len(words) > 1
        and words[-1] in NAME_TAILS
        and words[-2] not in not_names
        and words[-2][:1].isupper()
    )


# Words that open many phrases and so are no name alone, but open a company's name when
# an organisation's head ends the run: "First Light Capital", "Generative Systems",
# "Frontier Compute" (and never "Generative AI", "Big Tech" or "Frontier models").
_NAME_OPENERS = frozenset(
    """
    Big First Second Third Next Frontier Generative Information Financial Store Round Press
    Wire Hopper Bitcoin Ethereum News Dispatch Watch Sources People Products Wall
    """.split()  # noqa: SIM905
)
_STRONG_HEADS = frozenset(
    """
    Capital Systems Networks Energy Power Labs Group Holdings Technologies Robotics Dynamics
    Partners Ventures Compute Semiconductor Solar Fund Industries Instruments
    """.split()  # noqa: SIM905
)


def opens_org_name(words: list[str]) -> bool:
    """ "First Light Capital": an opener word stays the first word of an organisation's name."""
    return len(words) > 1 and words[0] in _NAME_OPENERS and words[-1] in _STRONG_HEADS


# "Halden For AI", "Bank of Marrow", "Foundry for Open Models": a connector between
# capitalised words. The first part is one to three words, the second one to three.
_CONNECTORS = (" of ", " for ", " Of ", " For ")
_WORD = re.compile(r"[A-Z][\w&-]*")
_SECOND_PART = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}")
# Heads that take a connector in their own name: "Institute for Machine Ethics",
# "Alliance for Open Compute", "Bank of Marrow".
_CONNECTED_HEADS = frozenset(
    """
    Institute Foundation Alliance Centre Center Society Council Association Coalition Consortium
    Initiative Laboratory Laboratories Bank Fund Trust Foundry Company
    """.split()  # noqa: SIM905
)
# A second part never opens with these: "Chief Executive of The Firm" is a title's phrase
_NOT_SECOND = frozenset(["The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our"])


def connected_names(
    sentence: str, not_names: frozenset[str], is_company_next: Callable[[str, int], bool]
) -> list[tuple[int, int, str]]:
    """Spans of "X for Y" / "X Of Y" names in ``sentence``: (start, end, text).

    A capitalised connector ("Halden For AI") marks a name wherever it stands: running
    text writes "for" small. A small one marks a name after an organisation's head
    ("Institute for Machine Ethics"), or after a single unknown word when what follows
    is what a company does or is ("Foundry for Open Models, a nonprofit lab";
    ``is_company_next(sentence, end)`` says so). The connectors are found as strings:
    most sentences hold "of" or "for", few between two capitals.
    """
    found: list[tuple[int, int, str]] = []
    for connector in _CONNECTORS:
        at = sentence.find(connector)
        while at > 0:
            span = _connected_at(sentence, at, connector, not_names, is_company_next)
            if span is not None:
                found.append(span)
            at = sentence.find(connector, at + 1)
    return found


def _connected_at(
    sentence: str,
    at: int,
    connector: str,
    not_names: frozenset[str],
    is_company_next: Callable[[str, int], bool],
) -> tuple[int, int, str] | None:
    """The "X for Y" name around the connector at ``at``, if it is one."""
    after = at + len(connector)
    second = _SECOND_PART.match(sentence, after) if sentence[after : after + 1].isupper() else None
    if second is None or second.group().split(" ", 1)[0] in _NOT_SECOND:
        return None
    x_words: list[str] = []
    for word in reversed(sentence[max(0, at - 60) : at].split(" ")[-3:]):
        if not _WORD.fullmatch(word):
            break
        x_words.insert(0, word)
    while x_words and x_words[0] in not_names:
        x_words.pop(0)  # "The Bank of Marrow": the article is no part of it
    if not x_words:
        return None
    start = at - len(" ".join(x_words))
    if start > 0 and sentence[start - 1] in ".-":
        return None
    end = second.end()
    if sentence[end - 2 : end] == "'s":
        end -= 2
    headed = x_words[-1] in _CONNECTED_HEADS
    if not (
        connector[1].isupper() or headed or (len(x_words) == 1 and is_company_next(sentence, end))
    ):
        return None
    return start, end, sentence[start:end]


# "VOLTA rents GPUs to ...", "Lantern will reserve GPUs for ...", "Harrow is buying ...":
# the subject slot of a relation, right after a sentence's first word. Its verb opens
# with a word trigger of the rules (_patterns), or is one of rivalry and renaming;
# triggers that open no verb, or a verb with no party for a subject, are left out.
_NOT_VERBS = frozenset(
    """
    company pact lean pass get gets getting got scale scaling expand move moved moving shift
    build built hired vie
    """.split()  # noqa: SIM905
)
_STEMS = "|".join(
    sorted(
        (word_triggers() - _NOT_VERBS)
        | {"acquir", "compet", "rival", "rebrand", "renam", "invest"},
        key=lambda stem: (-len(stem), stem),
    )
)
_ADVERB = r"(?:(?:also|now|still|then|later|recently|quietly|already|instead) )?"
_AUXILIARY = (
    r"(?:will|would|has|have|had|is|was|agreed to|plans to|is to|is set to|has agreed to)"
    r"(?: (?:also|now|still|then|later|recently|quietly|already|agreed to))? "
)
_SUBJECT_SLOT = re.compile(
    rf" {_ADVERB}(?:"
    # after an auxiliary any form is a verb: "Lantern will rent", "Crane has bought"
    rf"{_AUXILIARY}(?:{_STEMS})[a-z]*"
    # alone, a past tense or a form that is no noun: "Ferrow reserved", "Crane competes"
    rf"|(?:{_STEMS})[a-z]*(?:(?<=ed)|(?<=ght)|(?<=old)|(?<=ook)|(?<=ose)|(?<=sen))"
    r"|(?:acquires|buys|owns|competes|sells|invests|rebrands|renames|takes on|took over)"
    # or a form that is a noun too, before its object: "Crane rents GPUs", not "Higher rents"
    rf"|(?:{_STEMS})[a-z]*s"
    r"(?= (?:a|an|the|its|their|capacity|compute|space|servers|chips|GPUs|[A-Z0-9$]))"
    r")\b"
)


def fills_subject_slot(sentence: str, end: int) -> bool:
    """True when a relation verb follows the word ending at ``end`` as its subject."""
    return _SUBJECT_SLOT.match(sentence, end) is not None


# A brand written small in a party slot: "rents GPUs from nimbus, a Swedish neocloud",
# "backed by tessel.ai". A small word needs a company appositive after it, or a web
# domain's shape, and a preposition or "and" that takes a party before it.
_SMALL_BRAND = re.compile(
    r"\b(?:from|by|with|against|to|and) (?P<n>[a-z][a-z0-9]+(?:[.-][a-z0-9]+)?)"
    r"(?:(?=, (?:a|an) (?:[\w-]+ ){0,4}?(?:company|provider|start-?up|lab|firm|maker|developer|"
    r"operator|cloud|neocloud|designer|chipmaker|specialist|supplier|host)\b(?! (?:spokes|"
    r"official|executive|source|insider)))|(?<=\.ai|\.io)\b)"
)
# Small words that stand in such slots without naming anything ("with it, a move ...")
_NOT_SMALL_BRANDS = frozenset(
    """
    it them him her us you me this that these those which one ones others rivals customers
    partners investors scratch everyone all both each itself themselves there here
    """.split()  # noqa: SIM905
)


def small_brands(sentence: str) -> list[tuple[int, int, str]]:
    """Spans of brands written in small letters in a party slot: (start, end, text)."""
    return [
        (match.start("n"), match.end("n"), match.group("n"))
        for match in _SMALL_BRAND.finditer(sentence)
        if match.group("n") not in _NOT_SMALL_BRANDS
    ]
