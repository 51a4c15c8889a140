"""A heading that names one company, and the subjectless items under it.

Fact boxes and explainers name the company once, in a heading ("Kestrel Robotics: the
essentials", "Company profile: Garnet AI"), and then state its relations in lines that
have no subject of their own: "- Backed by Amberly Capital", "- Runs its models on
Ironleaf Cloud". Such a line is read as if the heading's company opened it, so every
rule that reads "X is backed by Y" or "X runs its models on Y" reads it too.
"""

from __future__ import annotations

import re

from ingest.extract._coref import template_of
from ingest.extract._discourse import INLINE_LABEL, ORG
from ingest.extract._entities import Mention

# A line that opens on a verb needs a subject; one that opens on a participle does too,
# unless a subject follows its phrase ("Backed by A, X rents ..." is X's sentence).
_FRAGMENT = re.compile(
    # (no verb that is also a noun opening a sentence: "Shares in X rose", "Sources said")
    r"(?:(?:Runs|Rents|Leases|Owns|Holds|Trains|Relies|Buys|Supplies|Provides|Hosts|Operates|"
    r"Competes|Sells|Controls|Has|Is|Took|Bought|Acquired|Raised|Signed|Moved|Switched) "
    r"|(Backed|Owned|Majority-owned|Part-owned|Wholly owned|Funded|Acquired|Bought|"
    r"Controlled|Hosted|Powered|Supplied|Spun out|Formerly|Previously|Renamed|Rebranded) "
    r"(?![^,;]*, (?:[A-Z]|the |it |its |they )))"
)
_LABEL = re.compile(r"^[\w -]{1,30}: ")
# The words _FRAGMENT opens on: one prefix test passes over most lines (see with_subject)
FRAGMENT_OPENERS = (
    *("Runs ", "Rents ", "Leases ", "Owns ", "Holds ", "Trains ", "Relies ", "Buys "),
    *("Supplies ", "Provides ", "Hosts ", "Operates ", "Competes ", "Sells ", "Controls "),
    *("Has ", "Is ", "Took ", "Bought ", "Acquired ", "Raised ", "Signed ", "Moved "),
    *("Switched ", "Backed ", "Owned ", "Majority-owned ", "Part-owned ", "Wholly owned "),
    *("Funded ", "Controlled ", "Hosted ", "Powered ", "Supplied ", "Spun out "),
    *("Formerly ", "Previously ", "Renamed ", "Rebranded "),
)


def heading_company(text: str, names: list[Mention], before: str | None) -> str | None:
    """The company a heading line is about: the one organisation it names.

    A label line ("Founded: 2020") names the company's facts, not another subject, so
    the heading before it stays; any other heading without one organisation ends it.
    """
    if text.startswith(FRAGMENT_OPENERS) or text.startswith(_FACT_OPENERS):
        return before  # "- Founded 2022 in Malmo": one of the heading's own items
    orgs = {m.name for m in names if m.type in ORG}
    if len(orgs) == 1:
        # the heading opens on the name, or a label does ("Company profile: X"); a name
        # further on ("13:20 GMT", "Why Orrin Labs bet on Oslo") heads no fact box, and
        # a label that says how the name stands to the company ("Owner: X") is a fact
        first = next(m for m in names if m.type in ORG)
        if first.start == 0:
            return orgs.pop()
        if text.endswith(": ", 0, first.start):
            return before if INLINE_LABEL.match(template_of(text, names)) else orgs.pop()
        return None
    if not orgs and _LABEL.match(text):
        return before
    return None


_FACT_OPENERS = ("Founded ", "Based ", "Headquartered ", "Launched ", "Started ", "Employs ")


def with_subject(text: str, heading: str) -> str | None:
    """The line with the heading's company as its subject, when it has none of its own:
    "Runs its models on X" -> "<heading> runs its models on X", "Majority-owned by Y" ->
    "<heading> is majority-owned by Y". The caller has seen one of FRAGMENT_OPENERS."""
    fragment = _FRAGMENT.match(text)
    if fragment is None:
        return None
    if fragment.group(1) is None:
        return f"{heading} {text[0].lower()}{text[1:]}"
    if fragment.group(1) in {"Formerly", "Previously"}:
        return f"{heading}, {text[0].lower()}{text[1:]}"
    return f"{heading} is {text[0].lower()}{text[1:]}"
