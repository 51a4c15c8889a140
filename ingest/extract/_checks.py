"""Which entity classes each relation accepts, and when a cloud is really rented.

Types keep rules honest: a chipmaker selling chips is not renting out capacity,
a place is never a party to a deal, and "X uses Y" means renting only when Y
is a cloud (or "Y's GPUs" are named).
"""

from __future__ import annotations

import re

from ingest.extract._case import lower_case_twin, lowered
from ingest.extract._coref import MARK
from ingest.extract._discourse import ORG, PRODUCT
from ingest.extract._entities import Mention
from ingest.extract._patterns import CN, Rule

_ENT = re.compile(r"[\x00\x01](\d+)")
_LIST_PREFIX = re.compile(r"\x00\d+'s (?=\x00)")
_COMPUTE = re.compile(CN, re.I)
_COMPUTE_LOWER = lower_case_twin(_COMPUTE)  # for lowered text: re.I is ten times slower
_MODEL_WORK = re.compile(
    r"\b(?:models?|training|inference|work|workloads?|traffic|simulations?|experiments)\b", re.I
)
# Rules that set two named parties against each other in so many words.
# Rules that read "X's customer Y" or "Y's supplier, X": a renter only when X sells compute.
_CLOUD_CUSTOMERS = frozenset(
    {
        "customers-such-as",
        "possessive-customer-appositive",
        "possessive-supplier-appositive",
        "is-cloud-supplier",
        "cloud-hosts",
        "capacity-to-serve",
        "compound-customer",
    }
)
_NAMED_RIVALRY = frozenset({"rivalry-between", "a-versus-b"})
_CLOUD_SURFACE = re.compile(r"\b(?:Azure|AWS|Cloud|Web Services|Compute|OCI)\b")
_POSSESSIVE_COMPUTE = re.compile(rf"^'s (?:[\w\x00\x01-]+ ){{0,3}}?{CN}\b", re.I)


def indices(text: str | None) -> list[int]:
    """Mention indices in a matched group; in "<1>'s <2>" only the owned <2> counts."""
    if not text:
        return []
    if "'s \x00" in text:  # most groups hold no possessive: no need to run the pattern
        text = _LIST_PREFIX.sub("", text)
    return [int(i) for i in _ENT.findall(text)]


def typed_direction(
    groups: dict[str, str | None], mentions: list[Mention], *, capacity_named: bool = False
) -> tuple[int, int] | None:
    """(provider, renter) of "a compute deal between A and B": the one cloud supplies."""
    a, b = indices(groups.get("a")), indices(groups.get("b"))
    if not a or not b:
        return None
    ta, tb = mentions[a[0]].type, mentions[b[0]].type
    if ta == "CloudProvider" and tb != "CloudProvider":
        return a[0], b[0]
    if tb == "CloudProvider" and ta != "CloudProvider":
        return b[0], a[0]
    # "a capacity agreement between Ridgeback Data and Solent AI": without a cloud, a lab
    # is the one renting and a company (not an investor or chipmaker) the one supplying;
    # only when the deal is said to be for capacity ("a deal with" alone may sell software)
    if not capacity_named:
        return None
    if ta == "AILab" and tb == "Company":
        return b[0], a[0]
    if tb == "AILab" and ta == "Company":
        return a[0], b[0]
    return None


def usage_ok(provider: Mention | None, s_type: str, template: str, mentions: list[Mention]) -> bool:
    if provider is None or s_type == "ChipMaker":
        return False
    folded = lowered(template)
    if (
        not (_COMPUTE.search(template) if folded is None else _COMPUTE_LOWER.search(folded))
        and not _MODEL_WORK.search(template)
        and not (s_type == "CloudProvider" and _CLOUD_SURFACE.search(provider.surface))
        # "the data-centre operator" is one mention: its words are the cue
        and not any(m.kind == "coref" and _COMPUTE.search(m.surface) for m in mentions)
    ):
        return False  # "relies on Azure" names the compute in the provider's own name
    if s_type == "CloudProvider":
        return True
    token = f"{MARK}{next(i for i, m in enumerate(mentions) if m is provider)}"
    at = template.find(token)
    after = template[at + len(token) :] if at >= 0 else ""
    return bool(_POSSESSIVE_COMPUTE.match(after)) and s_type in ORG


def types_fit(
    rule: Rule, relation: str, s_type: str, o_type: str, sm: Mention | None, template: str
) -> bool:
    if relation == "rents-capacity-to":
        if rule.name in _CLOUD_CUSTOMERS and s_type != "CloudProvider":
            return False  # "Nvidia sells to customers such as X" is no rental
        if rule.name == "cloud-rents-someone-goods" and (
            s_type != "CloudProvider" or o_type == "CloudProvider"
        ):
            return False
        if s_type == "ChipMaker" and "customer" in rule.name:
            return False  # a chipmaker's customers buy parts: "X is Marlow's largest customer"
        return s_type in ORG and (o_type in ORG or o_type in PRODUCT)
    if relation == "owns":
        if s_type not in ORG and s_type != "Person":
            return False
        if rule.name == "built-its-facility":
            return o_type == "DataCenter" or (o_type == "CloudProvider" and " own " in template)
        return o_type in ORG or o_type == "DataCenter"
    if relation == "competes-with":
        if rule.name in _NAMED_RIVALRY and (s_type in ORG) != (o_type in ORG):
            # "competition between Tarrow Labs and Cursor": a product sold as a company's
            # whole business is a rival when the sentence sets the two against each other
            return (s_type in ORG or s_type in PRODUCT) and (o_type in ORG or o_type in PRODUCT)
        return (s_type in ORG and o_type in ORG) or (s_type in PRODUCT and o_type in PRODUCT)
    if relation == "rebrands-as":
        bad = {"Person", "Place"}
        return s_type not in bad and o_type not in bad
    if relation == "develops":
        return s_type in ORG and o_type in PRODUCT
    if relation == "located-in":
        if o_type != "Place":
            return False
        if rule.name == "facility-in":
            return s_type == "DataCenter"
        return s_type in ORG or s_type == "DataCenter"
    return False
