"""How sure an article is of a claim: the four statuses.

Only asserted and reported claims become facts in the graph; planned and
denied ones are kept as claims so that a reader can still see them.
"""

from __future__ import annotations

from typing import Literal

Status = Literal["asserted", "reported", "planned", "denied"]
STATUSES: tuple[str, ...] = ("asserted", "reported", "planned", "denied")
FACT_STATUSES: frozenset[str] = frozenset({"asserted", "reported"})
