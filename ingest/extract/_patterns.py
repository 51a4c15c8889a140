# ruff: noqa: E501  -- a table of regular expressions reads best one rule per line
"""Relation patterns over a sentence template.

A sentence is first turned into a template where every mention is a token: a
private-use mark (U+E000) and the mention's index, written ``<i>`` here
("Anthropic will tap Google's TPUs" -> "<0> will tap <1>'s TPUs"). The mark
never occurs in text, so gaps between names are plain character classes. Each
rule is a regular expression over the template with named groups: ``s`` and
``o`` (subject and object of the relation as the ontology orients it; either
may be a list such as "<1>, <2> and <3>"), ``a``/``b`` for nominal forms whose
direction is decided by entity types ("a compute deal between A and B"), and
optional ``share``/``mid`` groups for stakes. A rule without an ``o`` (or
``s``) group takes the missing side from the context ("The round was led by
X": the company that raised it).

Confidence is the rule's own: explicit verbs score higher than possessives,
type-directed nominal forms and context-filled roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

E = r"\ue000\d+"  # a mention token: a private-use mark and its index
P = r"\ue001\d+"  # a place token: places take part only in located-in
# "Anthropic rival", "Nvidia customer": a name used as a modifier of another noun.
_NOT_COMPOUND = r"(?! (?:rival|competitor|challenger|customer|client|supplier|partner|backer|investor|start-?up|unit|peer)s?\b)"
_ITEM = rf"(?:{E}'s )?{E}{_NOT_COMPOUND}"
# A later list item followed by a verb starts a new clause ("..., and Microsoft has ...").
_NEXT_ITEM = rf"{_ITEM}(?!'s)(?! (?:has|have|had|is|are|was|were|will|would|could|can|said|says|did|does|also)\b)"
L = rf"{_ITEM}(?:(?:,? and(?: with| to)?|,|,? or|,? as well as|,? plus) {_NEXT_ITEM})*"
# A list that opens a pattern is a subject: its last item is followed by the verb.
LS = rf"{_ITEM}(?:(?:,? and|,|,? or|,? as well as|,? plus) {_ITEM})*"
g = r"(?:[^;\ue000]|\ue000\d+'s ){0,50}?"  # may cross a possessive ("most of its compute")
G = r"[^;]{0,110}?"
AP = r"(?:,(?:[^,;]|(?<=\d),(?=\d)){1,120},)?(?:,(?= (?:which|who|that|whose)\b))?"
CN = (
    r"(?:capacity|compute|computing(?: power| capacity)?|gpus?|chips?|processors?|servers?|tpus?|"
    r"tensor processing units|cloud|infrastructure|data[- ]cent(?:re|er)s?|clusters?|supercomput\w+|"
    r"accelerators?|hardware|power|services|platform|workloads|machines|sites?|buildings|campus|"
    r"facilit(?:y|ies)|space|megawatts|gigawatts?)"
)
_PROVIDER_ROLE = r"(?:cloud|compute|computing|infrastructure|training|hosting|gpu|capacity)(?: [\w-]+)? (?:provider|partner|supplier|landlord|host|vendor)s?"
_MONEY = r"(?:\$|€|£|eur\b|usd\b|c\$|billion|million|bn\b)"


@dataclass(frozen=True)
class Rule:
    """One pattern: the relation it finds, its regex and how much to trust it."""

    name: str
    relation: str
    regex: re.Pattern[str]
    confidence: float
    stake: bool | None = None
    usage: bool = False  # direction inferred from use of a provider: needs a cloud or compute cue
    typed: bool = False  # a/b groups: direction by entity type
    keys: frozenset[str] | None = None
    subject_only: bool = False  # s must be the sentence's first organisation
    anchored: bool = False  # the pattern starts at a mention token
    verbal: bool = False  # the first group is the subject of a verb that follows it


# Cheap substring tests that a sentence must pass before a rule's regex runs.
_TRIGGERS = {
    "buy-compute-from": " buy| bought| purchas| take| took| taking| get| gets| got| getting| sourc| secur| access| run| runs| ran | running",
    "supply-to": " rent| leas| suppl| provid| sell| sold| offer| deliver| deploy| host| run| ran | build| built| operat",
    "buy-of-provider": "buy|bought|purchas|spend|spent|commit|contract|reserv",
    "buy-provider-capacity": " buy| bought| purchas| use| uses| used| using| tap| access| rent| leas",
    "run-on": " run| runs| ran | running| train| serve| serving| served| scale| scaling| host| relies| relied| rely| relying| depend| tap| use| uses| used| using| expand| deploy| move| moving| moved| migrat",
    "use-provider": " use| uses| used| using| tap| chose| chosen| picked| selected| relies| relied| rely| depend| switched| sign| hired",
    "contract-for-capacity-on": "contract|deal|agreement| pact|commitment",
    "contract-with": "contract|deal|agreement| pact",
    "x-and-y-compete": "compet|rival|fight|fought|vie|battle|clash",
    "racing": "rac|rival|take|took|against|challeng|battl|vies|fight",
    "acquire": "acqui|bought|buy|purchas|took over|take over|takes over|absorb|swallow",
    "acquired-by": "acquired|bought|purchased|folded|absorbed|merged|taken over",
    "possessive-owns": "'s",
    "possessive-contract-with": "contract|deal|agreement",
    "facility-it-builds": "building|developing|constructing|operating|running|owns|built|developed|operates|runs",
    "holds-stake": "stake|interest|shares|holding|equity|%|per cent|percent|part of|piece|portion",
    "invest-in": "invest|put|pour|pump|inject|plow|sank|sink",
    "builds-product": "buil|develop|make|made|launch|releas|unveil|sell|sold|creat",
    "product-the-x-built": "built|developed|makes|made|launched|created",
    "possessive-product": "'s",
    "facility-in": " in | near ",
    "built-its-facility": "built|build|operat|runs|launch|opened|complet|construct",
}


def _rule(
    name: str,
    relation: str,
    pattern: str,
    confidence: float,
    *,
    stake: bool | None = None,
    usage: bool = False,
    typed: bool = False,
    keys: str = "",
    subject_only: bool = False,
) -> Rule:
    # A mention token counts as a word inside noun phrases ("X's <Claude> models").
    pattern = pattern.replace(r"[\w-]", r"[\w\ue000-]").replace(r"[\w$.,-]", r"[\w$.,\ue000-]")
    for role in "so":
        if pattern.startswith(f"(?P<{role}>{L})"):
            pattern = f"(?P<{role}>{LS})" + pattern[len(f"(?P<{role}>{L})") :]
    anchored = pattern.startswith(
        ("(?P<s>", "(?P<o>", "(?P<a>", "(?<![\\w'])(?P<s>", "{E}", "\ue000")
    )
    # Anchored rules are tried at each mention token; the others scan with a lookahead so
    # that overlapping matches are all found.
    compiled = re.compile(rf"({pattern})" if anchored else rf"(?=({pattern}))", re.I)
    keys = keys or _TRIGGERS.get(name, "")
    keys_t = frozenset(keys.lower().split("|")) if keys else None
    verbal = pattern.startswith(tuple(f"(?P<{r}>{x}){AP} " for r in "so" for x in (E, LS)))
    return Rule(
        name,
        relation,
        compiled,
        confidence,
        stake,
        usage,
        typed,
        keys_t,
        subject_only,
        anchored,
        verbal,
    )


RULES: tuple[Rule, ...] = (
    # ----------------------------------------------------------- rents-capacity-to (s supplies o)
    _rule(
        "rent-from",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:rent|rents|rented|renting|lease|leases|leased|leasing)\b{G}\b(?:from|on|through|via) (?:the )?(?P<s>{L})",
        0.85,
        keys="rent|leas",
    ),
    _rule(
        "buy-compute-from",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|take|takes|took|taking|get|gets|got|getting|source[sd]?|sourcing|secure[sd]?|securing|access|accessing|run|runs|running)\b{g}\b{CN}\b{g}\b(?:from|on|through|via) (?P<s>{L})",
        0.8,
    ),
    _rule(
        "supply-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:rents?|rented|renting|leases?|leased|leasing|suppl(?:y|ies|ied|ying)|provides?|provided|providing|(?:sells?|sold|selling|offers?|offered)(?= (?:[\w$.,-]+ ){{0,4}}?(?:capacity|compute|computing|cloud|access))|deliver(?:s|ed|ing)?|deploy(?:s|ed|ing)?|host(?:s|ed|ing)?|runs?|running|ran|build(?:s|ing)?|built|operat(?:e|es|ed|ing))\b[^;\ue000]{{0,90}}?\b{CN}\b{g}\b(?:to|for) (?P<o>{L})",
        0.8,
    ),
    _rule(
        "supply-with",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:suppl(?:y|ies|ied|ying)|provides?|provided|providing|furnish\w*|equip\w*)\b (?P<o>{L}) with {g}\b{CN}",
        0.8,
        keys="suppl|provid|furnish|equip",
    ),
    _rule(
        "leased-by-from",
        "rents-capacity-to",
        rf"\b(?:leased|rented|bought|purchased|contracted|taken) by (?P<o>{E}) from (?P<s>{E})",
        0.85,
        keys=" by ",
    ),
    _rule(
        "pay-for-compute",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:pay|pays|paid|paying)\b (?P<s>{E}){G}\bfor {g}\b{CN}",
        0.8,
        keys=" pay| paid",
    ),
    _rule(
        "buy-of-provider",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|spend\w*|spent|commit\w*|contract\w*|reserv\w*)\b{G}\b(?:of|on|to) (?P<s>{E}) (?:[\w-]+ ){{0,2}}?{CN}",
        0.8,
    ),
    _rule(
        "buy-provider-capacity",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|use|uses|used|using|tap|taps|tapped|tapping|access|accessing|rent|rents|rented|renting|lease|leases|leased|leasing)\b (?:[\w$.,-]+ ){{0,6}}?(?P<s>{E})(?:'s)? (?:[\w-]+ ){{0,2}}?{CN}",
        0.7,
        usage=True,
    ),
    _rule(
        "run-on",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:run|runs|ran|running|train|trains|trained|training|serve|serves|served|serving|scale|scales|scaling|host|hosts|hosted|rel(?:y|ies|ied|ying)|depend\w*|tap|taps|tapped|tapping|use|uses|used|using|expand\w*|deploy\w*|move[sd]?|moving|migrat\w+|trained)\b{G}\b(?:on|onto|through|via|use of|with) (?P<s>{E})",
        0.7,
        usage=True,
    ),
    _rule(
        "use-provider",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:use|uses|used|using|tap|taps|tapped|tapping|chose|chosen|picked|selected|rel(?:y|ies|ied) on|depends on|switched to|signs? up|signed up|signing up|hired)\b (?P<s>{L})",
        0.7,
        usage=True,
    ),
    _rule(
        "contract-for-capacity-on",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:signed|signs|agreed|struck|inked|reached|secured|has|have|announced)\b{G}\b(?:contract|deal|agreement|pact|commitment)\b{G}\b(?:for|of) {CN} (?:on|from|at|with) (?P<s>{E})",
        0.8,
    ),
    _rule(
        "contract-with",
        "rents-capacity-to",
        rf"(?P<o>{L}){AP} {g}\b(?:signed|signs|agreed|agrees|struck|inked|reached|committed|secured|has|had|announced)\b{g}\b(?:contracts?|deals?|agreements?|pacts?)\b{g}\bwith (?P<s>{L})",
        0.65,
        usage=True,
    ),
    _rule(
        "possessive-contract-with",
        "rents-capacity-to",
        rf"(?P<o>{E})'s {g}\b(?:contracts?|deals?|agreements?)\b with (?P<s>{E})",
        0.6,
        usage=True,
    ),
    _rule(
        "deal-between",
        "rents-capacity-to",
        rf"\b(?:{CN}|cloud|compute)\w* (?:contract|deal|agreement|partnership|pact)s?\b{g}\bbetween (?P<a>{E}) and (?P<b>{E})",
        0.6,
        typed=True,
        keys="between",
    ),
    _rule(
        "capacity-supplied-by",
        "rents-capacity-to",
        rf"\b(?:capacity|compute|computing power|servers|gpus|chips|infrastructure) (?:will be|is|are|was|were|would be|to be|has been|have been) (?:[\w-]+ )?(?:supplied|provided|delivered|hosted|operated) by (?P<s>{E})",
        0.65,
        keys=" by ",
    ),
    _rule(
        "customer-of",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|are|were|becomes|became|remains|as) (?:also )?(?:a |an |the |one of the |one of )?(?:[\w-]+ ){{0,2}}?(?:customers?|clients?|tenants?) (?:of|at) (?P<s>{E})",
        0.75,
        keys="customer|client|tenant",
    ),
    _rule(
        "customers-include",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:customers|clients|tenants) (?:include|included|are|were|such as|like) (?P<o>{L})",
        0.75,
        keys="customers|clients|tenants",
    ),
    _rule(
        "lease-it-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:leases?|leased|leasing|rents?|rented|renting|sublets?|sublease[sd]?)\b (?:{E}|them|the (?:[\w-]+ )?(?:site|campus|facility|facilities|buildings?|halls?|data cent(?:re|er)s?|capacity|space)) (?:back )?to (?P<o>{L})",
        0.8,
        keys="leas|rent|sublet|sublease",
    ),
    _rule(
        "suppliers-include",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:suppliers|providers|landlords|hosts) (?:include|included|are|were)(?: such as)? (?P<s>{L})",
        0.7,
        keys="suppliers|providers|landlords|hosts",
    ),
    _rule(
        "supplier-of-compute-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:suppliers?|providers?) of (?:[\w-]+ )?(?:compute|capacity|computing(?: power| capacity)?|cloud [\w-]+|gpus|servers) (?:to|for) (?P<o>{L})",
        0.75,
        keys="supplier|provider",
    ),
    _rule(
        "customers-among",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:counts?|counted|names?|named|lists?|listed|includes?|included)\b (?P<o>{L}) among (?:its|the|{E}'s) {g}\b(?:customers|clients|tenants)",
        0.75,
        keys="among",
    ),
    _rule(
        "signed-with-among",
        "rents-capacity-to",
        rf"(?P<o>{L}) among {g}\b(?:that|which|who) (?:have |had )?(?:signed|inked|struck|agreed)\b{g}\b(?:{CN}|cloud|compute)\b{g}\b(?:contracts?|deals?|agreements?) with (?P<s>{E})",
        0.75,
        keys="among",
    ),
    _rule(
        "is-customer",
        "rents-capacity-to",
        rf"(?P<o>{E}) (?:is|was|becomes|became|remains|remained) (?:also )?(?:a |an |the |one of )?(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:customer|client|tenant)s?\b",
        0.75,
        keys="customer|client|tenant",
    ),
    _rule(
        "making-customer",
        "rents-capacity-to",
        rf"\b(?:making|makes|made|make) (?P<o>{E}) (?:a |an |the |one of )?(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:customer|client|tenant)s?\b",
        0.75,
        keys="customer|client|tenant",
    ),
    _rule(
        "is-provider",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:is|remains|remained|was|as|becomes|became|will be|would be|to be|makes)\b (?:also |now |still )?(?:the |a |an |one of )?(?P<o>{E})'s (?:[\w-]+ ){{0,3}}?{_PROVIDER_ROLE}",
        0.8,
        keys="provider|partner|supplier|landlord|host|vendor",
    ),
    _rule(
        "appositive-provider",
        "rents-capacity-to",
        rf"(?P<s>{E}), (?:the |a |an |its |their )?(?P<o>{E})'s (?:[\w-]+ ){{0,3}}?{_PROVIDER_ROLE}",
        0.8,
        keys="provider|partner|supplier|landlord|host|vendor",
    ),
    _rule(
        "calls-provider",
        "rents-capacity-to",
        rf"(?P<s>{E}),{G}\b(?:that|which|whom|what) (?P<o>{E}) (?:calls|called|describes as|considers|named) (?:{E} )?(?:its|their|{E}'s) (?:[\w-]+ ){{0,3}}?{_PROVIDER_ROLE}",
        0.8,
        keys="call|describ|consider|named",
    ),
    _rule(
        "named-provider",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:named|names|name|chose|chosen|picked|selected|made|makes|designated|calls?|called|added|has used|have used|uses|used|using)\b (?P<s>{E}) (?:as )?(?:its|their|{E}'s|the|a|an) (?:[\w-]+ ){{0,3}}?{_PROVIDER_ROLE}",
        0.8,
        keys="provider|partner|supplier|landlord|host|vendor",
    ),
    _rule(
        "landlord-tenant",
        "rents-capacity-to",
        rf"(?P<s>{E}) (?:is|was|will be|acts as) the landlord(?: and|,| while) (?P<o>{E}) (?:is|was|will be) the tenant",
        0.85,
        keys="landlord",
    ),
    _rule(
        "landlord-for",
        "rents-capacity-to",
        rf"(?P<s>{E}) (?:is|was|remains|will be|acts as|became) (?:the |a |an )?(?:[\w-]+ )?landlord (?:for|to|of) (?P<o>{L})",
        0.8,
        keys="landlord",
    ),
    _rule(
        "tenant-of",
        "rents-capacity-to",
        rf"(?P<o>{E}) (?:is|was|will be|became) (?:a |an |the )?(?:[\w-]+ )?tenant (?:of|at) (?P<s>{E})",
        0.75,
        keys="tenant",
    ),
    _rule(
        "added-supplier",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\badd(?:s|ed|ing)? (?P<s>{L}) to {G}\b(?:suppl|provid)\w+ {g}{CN}",
        0.8,
        keys="add",
    ),
    _rule(
        "hosted-by",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:built|builds|has|had|have|uses|used|using|runs|ran|trains|trained|operates|relies on|relied on|signed|rents|rented|leases|leased)\b {g}\b(?:cluster|capacity|servers|gpus|compute|infrastructure|supercomputer|data cent(?:re|er))\w* (?:hosted|operated|supplied|provided|run|managed) by (?P<s>{E})",
        0.65,
        keys=" by ",
    ),
    _rule(
        "capacity-at-operated-by",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|rent\w*|leas\w*|use[sd]?|using|taking|takes)\b {g}{CN}{G}\b(?:operated|run|owned|built|managed) by (?P<s>{E})",
        0.7,
        keys=" by ",
    ),
    _rule(
        "supplies-their-compute",
        "rents-capacity-to",
        rf"(?P<s>{L}){AP} {g}\b(?:suppl(?:y|ies|ied|ying)|provides?|provided|power(?:s|ed)?|deliver(?:s|ed)?)\b {g}(?P<o>{E})'s {g}\b(?:compute|computing|capacity|infrastructure|training|workloads)",
        0.75,
        keys="suppl|provid|power|deliver",
    ),
    _rule(
        "operated-by-supply",
        "rents-capacity-to",
        rf"\b(?:operated|run|owned) by (?P<s>{E}) {g}\bsuppl(?:y|ies|ied)\b {g}(?P<o>{E})'s {g}\b(?:compute|computing|capacity)",
        0.75,
        keys="suppl",
    ),
    _rule(
        "supplied-power-to-train",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:suppl(?:y|ies|ied|ying)|provides?|provided)\b (?:the |its |much of the |most of the )?(?:computing power|compute|capacity|infrastructure|gpus|chips|servers)\b{g}\b(?:used |needed )?(?:to|for) {g}(?P<o>{E})",
        0.75,
        keys="suppl|provid",
    ),
    _rule(
        "hosting-models",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\bhost(?:s|ed|ing)? (?P<o>{E})'s (?:[\w-]+ )?(?:models|workloads|services|training|chatbot)",
        0.75,
        keys="host",
    ),
    # ----------------------------------------------------------- competes-with
    _rule(
        "compete-with",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:compete|competes|competed|competing)\b(?: [\w-]+){{0,2}}? (?:with|against) (?P<o>{L})(?: and (?:with )?(?:[\w-]+ ){{0,4}}?(?:such as|like|including) (?P<o2>{L}))?",
        0.85,
        keys="compet",
    ),
    _rule(
        "x-and-y-compete",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}) (?:[\w-]+ )?(?:compete|competed|are rivals|were rivals|are competitors|fight|fought|vie|battle|clash)\b",
        0.85,
    ),
    _rule(
        "x-and-y-which-compete",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}),? (?:which|who) (?:[\w-]+ )?(?:compete|are rivals|are competitors)\b",
        0.8,
        keys="compet|rival",
    ),
    _rule(
        "rivalry-between",
        "competes-with",
        rf"\b(?:competition|rivalry|battle|race|fight) between (?P<s>{E}) and (?P<o>{E})",
        0.75,
        keys="between",
    ),
    _rule(
        "x-and-y-they-compete",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}) [^;\ue000]{{0,80}}?\b(?:they|both) (?:[\w-]+ )?(?:compete|are rivals|are competitors|vie)\b",
        0.7,
        keys="compet|rival|vie",
    ),
    _rule(
        "racing",
        "competes-with",
        rf"(?P<s>{E}){AP} [^;,\ue000]{{0,40}}?\b(?:is racing|races|raced|racing|rivals|rivaled|rivalled|takes on|took on|taking on|takes aim at|took aim at|goes up against|going up against|went up against|challenges|challenging|battles|battling|vies with|fights|fighting|is up against)\b (?P<o>{L})",
        0.75,
    ),
    _rule(
        "possessive-rivals",
        "competes-with",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:rivals?|competitors?|challengers?),?(?: such as| including| like| are| include)? (?P<o>{L})",
        0.75,
        keys="rival|competitor|challenger",
    ),
    _rule(
        "listed-competitors",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:listed|lists|named|names|counts|counted|considers|sees|saw)\b (?P<o>{L}) (?:among|as) (?:its|their|{E}'s|the) (?:[\w-]+ ){{0,2}}?(?:rivals|competitors)",
        0.8,
        keys="rival|competitor",
    ),
    _rule(
        "appositive-rival",
        "competes-with",
        rf"(?P<s>{E}), (?:a|an|the|another|itself a) (?:[\w-]+ ){{0,2}}?(?:rival|competitor|challenger)s? (?:to|of) (?P<o>{L})",
        0.75,
        keys="rival|competitor|challenger",
    ),
    _rule(
        "partner-and-rival",
        "competes-with",
        rf"(?P<o>{E}), (?P<s>{E})'s (?:[\w-]+,? (?:and )?){{0,3}}?(?:rival|competitor)\b",
        0.7,
        keys="rival|competitor",
    ),
    _rule(
        "describes-as-rival",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:describ\w+|call\w*|names?|named|list\w*|sees?|saw|seen|consider\w*|regard\w*|view\w*|label\w*|classif\w+) (?P<o>{L}) as (?:a |an |its |their |one of its |one of their )?(?:[\w-]+ )?(?:competitor|rival|challenger)s?\b",
        0.8,
        keys="competitor|rival|challenger",
    ),
    _rule(
        "rival-to",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:rival|competitor|challenger)s? (?:to|of) (?P<o>{L})",
        0.7,
        keys="rival|competitor|challenger",
    ),
    _rule(
        "taps-rival",
        "competes-with",
        rf"(?P<s>{E}) {g}\b(?:rival|competitor)s? (?P<o>{E})",
        0.7,
        keys="rival|competitor",
    ),
    _rule(
        "and-competitors-such-as",
        "competes-with",
        rf"(?P<s>{E}),? and (?:its |their |{E}'s )?(?:competitors|rivals) (?:such as|like|including) (?P<o>{L})",
        0.7,
        keys="competitors|rivals",
    ),
    _rule(
        "win-away-from",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\bwin {G}\baway from (?P<o>{L})",
        0.7,
        keys="away from",
    ),
    _rule(
        "in-competition-with",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\bin (?:direct |head-on )?competition with (?P<o>{L})",
        0.7,
        keys="competition",
    ),
    _rule(
        "makes-rival",
        "competes-with",
        rf"\bmakes? (?P<o>{E}) (?:both )?(?P<s>{E})'s {G}\b(?:rival|competitor)\b",
        0.7,
        keys="rival|competitor",
    ),
    # ----------------------------------------------------------- owns (s owns o)
    _rule(
        "sold-to",
        "owns",
        rf"{E}{AP} {g}\b(?:sold|sells|agreed to sell|is selling) (?P<o>{E}) to (?P<s>{E})",
        0.8,
        stake=False,
        keys="sold|sell",
    ),
    _rule(
        "acquire",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?<!\ban )(?<!\bthe )(?<!\ba )(?<!was )(?<!were )(?<!been )(?<!being )(?<!\bbe )(?<!\bis )(?:acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|took over|takes over|take over|absorbed|absorbs|swallowed)\b(?P<mid> [^;\ue000]{{0,40}}?)(?P<o>{E})(?P<tail> (?:shares|stock|stake|equity)\b)?(?!'s){_NOT_COMPOUND}(?! (?:[\w-]+ ){{0,2}}{CN})",
        0.8,
    ),
    _rule(
        "acquired-by",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:was|were|is|has been|had been|will be|is being|to be|being)\b (?:[\w-]+ )?(?:acquired|bought|purchased|folded into|absorbed into|absorbed by|merged into|taken over)\b(?: by)? {g}(?P<s>{E})",
        0.8,
    ),
    _rule(
        "acquisition-of",
        "owns",
        rf"(?P<s>{E})'s {g}\b(?:acquisition|purchase|takeover|buyout)\b of (?P<mid>(?:[\d.]+ ?%|[\w-]+ per ?cent) of )?(?:[\w-]+ )?(?P<o>{E})",
        0.75,
        keys="acquisition|purchase|takeover|buyout",
    ),
    _rule(
        "acquisition-of-by",
        "owns",
        rf"\b(?:acquisition|purchase|takeover) of (?P<o>{E}) by (?P<s>{E})",
        0.75,
        keys=" by ",
    ),
    _rule(
        "subsidiary-of",
        "owns",
        rf"(?P<o>{E}), (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:subsidiary|unit|division|arm|affiliate|lab) of (?P<s>{E})",
        0.85,
        keys="subsidiar|unit|division|arm|affiliate|lab",
    ),
    _rule(
        "is-subsidiary-of",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|became|becomes|remains|as|is now) (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:subsidiary|unit|division|arm|affiliate|lab|business) of (?P<s>{E})",
        0.85,
        keys="subsidiar|unit|division|arm|affiliate|lab|business",
    ),
    _rule(
        "became-x-subsidiary",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|became|becomes|remains|is now) (?:a|an|the) (?:[\w-]+ )?(?P<s>{E}) (?:subsidiary|unit|division|affiliate)\b",
        0.8,
        keys="subsidiar|unit|division|affiliate",
    ),
    _rule(
        "appositive-owned-by",
        "owns",
        rf"(?P<o>{E}),? (?:a |an |the )?(?:[\w-]+ ){{0,5}}?(?:owned|controlled) (?:jointly |wholly |majority |partly )?by (?P<s>{L})",
        0.8,
        keys="owned by|controlled by",
    ),
    _rule(
        "gives-stake",
        "owns",
        rf"\bgives? (?P<s>{E}) (?P<mid>(?:a |an )?(?:[\w$.,%-]+ ){{0,4}}?(?:stake|interest|shares|holding))\b (?:in|of) (?P<o>{E})",
        0.8,
        stake=True,
        keys="give",
    ),
    _rule(
        "in-which-holds",
        "owns",
        rf"(?P<o>{E}), in which (?P<s>{E}) (?:holds|owns|has|had|took|takes|acquired|bought|held) (?P<mid>(?:[\w$.,%-]+ ){{0,4}}?(?:stake|interest|shares|holding))",
        0.8,
        stake=True,
        keys="in which",
    ),
    _rule(
        "the-x-subsidiary",
        "owns",
        rf"(?P<o>{E}), (?:the |its |a |an )?(?P<s>{E})(?:'s)? (?:[\w-]+ ){{0,2}}?(?:subsidiary|unit|division|arm|lab|affiliate)\b",
        0.85,
        keys="subsidiar|unit|division|arm|affiliate|lab",
    ),
    _rule(
        "x-subsidiary-y",
        "owns",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:subsidiary|unit|division|arm|affiliate|lab),? (?P<o>{E})",
        0.8,
        keys="subsidiar|unit|division|arm|affiliate|lab",
    ),
    _rule(
        "formed-unit-called",
        "owns",
        rf"(?P<s>{L}){AP} {G}\b(?:form(?:s|ed)?|creat(?:es|ed|ing)|set up|sets up|launch(?:es|ed)|spun off|established|announced|unveiled|to form)\b {g}\b(?:unit|division|subsidiary|lab|company|venture|arm|cloud|entity|business)\b (?:called|named|dubbed) (?P<o>{E})",
        0.8,
        keys="called|named|dubbed",
        subject_only=True,
    ),
    _rule(
        "possessive-owns",
        "owns",
        rf"(?<![\w'])(?P<s>{E})'s (?:(?:own|new|planned|flagship|former|parent|\d[\w.-]*|[\w-]+-gigawatt) )*(?P<o>{E})(?!'s)(?! (?:deal|contract|agreement|stake|shares|investment|partnership|chips?|gpus?|models?|customers?|rival))",
        0.6,
    ),
    _rule(
        "owns-verb",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?<!'s )(?<!\bits )(?<!\btheir )(?<!\bhis )(?:owns|owned|own|controls|controlled|control|owning|controlling)\b (?P<o>{E})",
        0.85,
        keys=" own| control",
    ),
    _rule(
        "owned-by",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|are|were|will be|remains|be) (?:\w+[- ])?(?:owned|controlled|held)\b (?:\w+ )?by (?P<s>{L})",
        0.85,
        keys=" by ",
    ),
    _rule("belongs-to", "owns", rf"(?P<o>{E}){AP} {g}\bbelongs? to (?P<s>{E})", 0.8, keys="belong"),
    _rule(
        "holds-stake",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:owns|owned|own|holds|held|hold|has|had|keeps?|kept|retains?|retained|took|takes|taking|acquired|bought|received|receives|gets|got|keep|holding|owning|retaining)\b (?P<mid>[^;\ue000]{{0,50}}?)\b(?:in|of) (?:[\w-]+ )?(?P<o>{L})(?!'s (?:[\w-]+ )?(?:rivals?|competitors?|parent|owners?|customers?|suppliers?|partners?|subsidiar\w+|units?))",
        0.85,
    ),
    _rule(
        "possessive-holding",
        "owns",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:holding|stake|shareholding|interest|investment|ownership) in (?:[\w-]+ )?(?P<o>{E})",
        0.8,
        stake=True,
        keys="holding|stake|interest|investment|ownership",
    ),
    _rule(
        "invest-in",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:invest|invests|invested|investing|put|puts|putting|pour(?:s|ed)?|pump(?:s|ed)?|inject(?:s|ed)?|plow(?:s|ed)?|sank|sink)\b(?P<mid>[^;\ue000]{{0,60}}?)\b(?:in|into) (?:[\w-]+ )?(?P<o>{L})",
        0.8,
        stake=True,
    ),
    _rule(
        "investor-in",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:was|were|is|are|has been|had been|became|becomes|remains)\b (?:one of |among )?(?:the |its |an? )?(?:[\w-]+ ){{0,2}}?(?:investors?|backers?|shareholders?|participants?) in {G}(?:{E}'s )?(?P<o>{E})",
        0.75,
        stake=True,
        keys="investor|backer|shareholder|participant",
    ),
    _rule(
        "led-round",
        "owns",
        rf"(?P<s>{E}) (?:led|co-led|joined|participated in|took part in|anchored)\b {g}\b(?:round|financing|fundraise|raise|funding|series [a-h])\b",
        0.6,
        stake=True,
        keys="round|financing|fundraise|raise|funding|series",
    ),
    _rule(
        "round-led-by",
        "owns",
        rf"\b(?:round|financing|funding|investment)s? (?:was |were |is )?(?:led|co-led|anchored) by (?P<s>{L})",
        0.6,
        stake=True,
        keys="led by|anchored by",
    ),
    _rule(
        "raised-from",
        "owns",
        rf"(?P<o>{E}){AP} {g}\braised\b{G}\bfrom (?P<s>{L})",
        0.7,
        stake=True,
        keys="raised",
    ),
    _rule(
        "counts-backers",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:counts|counted|lists|listed|names|named|includes|included)\b (?P<s>{L}) (?:among|as) (?:its|their|{E}'s) (?:[\w-]+ )?(?:backers|investors|shareholders|owners)",
        0.8,
        stake=True,
        keys="backer|investor|shareholder|owner",
    ),
    _rule(
        "whose-backers",
        "owns",
        rf"(?P<o>{E}){AP},? (?:whose|{E}'s) (?:[\w-]+ )?(?:backers?|investors?|shareholders?|owners?) (?:include|included|are|were|is|was) (?:the )?(?:[\w-]+ ){{0,3}}?(?P<s>{L})",
        0.8,
        stake=True,
        keys="backer|investor|shareholder|owner",
    ),
    _rule(
        "among-its-backers",
        "owns",
        rf"(?P<s>{L}) (?:are|is|were|was|remain|remains) (?:also )?(?:among|one of) (?:the )?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:backers|investors|shareholders|owners)",
        0.8,
        stake=True,
        keys="backers|investors|shareholders|owners",
    ),
    _rule(
        "backed-by",
        "owns",
        rf"(?P<o>{E}),? (?:a |an |the )?(?:[\w-]+ ){{0,5}}?(?:backed|funded|financed) by (?P<s>{L})",
        0.75,
        stake=True,
        keys="backed by|funded by|financed by",
    ),
    _rule(
        "which-x-owns",
        "owns",
        rf"(?P<o>{E})(?: [\w-]+){{0,3}}?(?: (?:in|near) {E})?, (?:which|that) (?P<s>{E}) (?:owns|controls|operates|runs|built|is building|has built|acquired|bought)\b",
        0.75,
        stake=False,
        keys="which|that",
    ),
    _rule(
        "appositive-hyphen-backed",
        "owns",
        rf"(?P<o>{E}), (?:a|an|the) (?P<s>{E})-(?:backed|funded|financed)\b",
        0.75,
        stake=True,
        keys="-backed|-funded|-financed",
    ),
    _rule(
        "hyphen-owned",
        "owns",
        rf"(?P<s>{E})-(?:owned|controlled) (?:[\w-]+ )?(?P<o>{E})",
        0.75,
        stake=False,
        keys="-owned|-controlled",
    ),
    _rule(
        "parent-of",
        "owns",
        rf"(?P<s>{E}), (?:the |its )?(?:parent|owner|parent company|holding company) of (?P<o>{E})",
        0.8,
        stake=False,
        keys="parent|owner|holding",
    ),
    _rule(
        "possessive-parent",
        "owns",
        rf"(?P<o>{E})'s (?:parent|owner|parent company|holding company),? (?P<s>{E})",
        0.8,
        stake=False,
        keys="parent|owner|holding",
    ),
    _rule(
        "counts-as-investor",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:counts|counted|lists|listed|names|named)\b (?P<s>{L}) as (?:an? |its |their )?(?:[\w-]+ )?(?:backer|investor|shareholder)s?\b",
        0.75,
        stake=True,
        keys="backer|investor|shareholder",
    ),
    _rule(
        "backed-by-hyphen",
        "owns",
        rf"(?P<s>{E})-(?:backed|funded) (?:[\w-]+ )?(?P<o>{E})",
        0.75,
        stake=True,
        keys="-backed|-funded",
    ),
    _rule(
        "backs",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:backs|backed|funds|funded|financed)\b (?P<o>{E})",
        0.7,
        stake=True,
        keys="back|fund|financ",
    ),
    _rule(
        "it-has-backed",
        "owns",
        rf"(?P<o>{E}) (?:that |which )?(?P<s>{E}) (?:has |had |have )?(?:backed|funded|invested in)\b",
        0.7,
        stake=True,
        keys="back|fund|invest",
    ),
    _rule(
        "is-shareholder",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:is|was|has been|had been|became|becomes|becoming|remains|as)\b (?:a |an |the |one of )?(?:[\w-]+ ){{0,2}}?(?P<o>{E})(?:'s)? (?:[\w-]+ ){{0,2}}?(?:shareholders?|investors?|backers?|stakeholders?)\b",
        0.75,
        stake=True,
        keys="shareholder|investor|backer|stakeholder",
    ),
    _rule(
        "appositive-shareholder",
        "owns",
        rf"(?P<s>{E}), (?:the |its |a |an )?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:shareholders?|investors?|backers?)\b",
        0.8,
        stake=True,
        keys="shareholder|investor|backer",
    ),
    _rule(
        "appositive-parent",
        "owns",
        rf"(?P<s>{E}), (?:the |its )?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:owner|parent|parent company)\b",
        0.8,
        stake=False,
        keys="owner|parent",
    ),
    _rule(
        "is-investor-bare",
        "owns",
        rf"(?P<s>{E}) (?:is|was|remains|became|is also) (?:a |an |the )?(?:minority |major |strategic |early |largest |biggest |key )*(?:investor|shareholder|backer)\b(?! (?:in|of)\b)",
        0.5,
        stake=True,
        keys="investor|shareholder|backer",
    ),
    _rule(
        "paid-for-share",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:paid|pays|pay|paying|spent|invested)\b {g}\bfor (?:a )?(?P<mid>[\d.]+ ?%|[\w-]+ per ?cent) (?:stake )?(?:of|in) (?P<o>{E})",
        0.85,
        stake=True,
        keys="%|per cent|percent",
    ),
    _rule(
        "received-stock",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:received|receives|got|gets|holds|held|owns|bought|acquired|took)\b {g}\bof (?P<o>{E}) (?:stock|shares|equity)",
        0.8,
        stake=True,
        keys="stock|shares|equity",
    ),
    _rule(
        "facility-it-builds",
        "owns",
        rf"(?P<o>{E}), (?:a |an |the )?(?:[\w-]+ ){{0,3}}?(?:campus|cluster|data[- ]cent(?:re|er)|facility|site|supercomputer)\b (?:that |which )?(?P<s>{E}) (?:is |was |has |had )?(?:been )?(?:building|developing|constructing|operating|running|owns|built|developed|operates|runs)\b",
        0.75,
        stake=False,
    ),
    _rule(
        "built-its-facility",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:built|builds|building|operates|operating|runs|launched|launches|opened|completed|constructed)\b (?:its |their |{E}'s )?(?:own )?(?:[\w-]+ )?(?P<o>{E})(?!'s)",
        0.7,
        stake=False,
    ),
    _rule(
        "facility-built-by",
        "owns",
        rf"(?P<o>{E}){AP} (?:was|were|is|has been|had been|is being) (?:[\w-]+ )?(?:built|developed|constructed|designed and built) by (?P<s>{E})",
        0.7,
        stake=False,
        keys=" by ",
    ),
    _rule(
        "its-own-facility",
        "owns",
        rf"(?P<o>{E}), (?P<s>{E})'s own (?:[\w-]+ ){{0,3}}?(?:cloud|campus|cluster|data[- ]cent(?:re|er)|supercomputer|facility)",
        0.8,
        stake=False,
        keys="own",
    ),
    # ----------------------------------------------------------- rebrands-as (s old name, o new)
    _rule(
        "formerly",
        "rebrands-as",
        rf"(?P<o>{E}),? \(?(?:formerly|previously|once|earlier|née) (?:known as |called |named )?(?P<s>{E})",
        0.9,
        keys="formerly|previously|once|earlier|née",
    ),
    _rule(
        "changed-name-from",
        "rebrands-as",
        rf"(?P<o>{E}){AP} {g}\b(?:changed|changes|changing|change) (?:its|their|{E}'s|the company's) name from (?P<s>{E})",
        0.9,
        keys="name from",
    ),
    _rule(
        "was-renamed",
        "rebrands-as",
        rf"(?P<s>{E}){AP} (?:was|has been|had been|is being|will be|is to be|would be|were|is|be) (?:formally |officially )?(?:renamed|rebranded|rechristened)(?: as| to)? (?P<o>{E})",
        0.9,
        keys="rename|rebrand|rechristen",
    ),
    _rule(
        "renamed-x-as-y",
        "rebrands-as",
        rf"{E}{AP} {g}\b(?:renamed|renames|rebranded|rebrands)\b (?P<s>{E}){AP},? (?:as|to) (?P<o>{E})",
        0.9,
        keys="rename|rebrand",
    ),
    _rule(
        "renamed-itself-from",
        "rebrands-as",
        rf"\b(?:renamed|rebranded|renames|rebrands) (?:itself|themselves) from (?P<s>{E}) to (?P<o>{E})",
        0.9,
        keys="itself|themselves",
    ),
    _rule(
        "rebranded-as",
        "rebrands-as",
        rf"(?P<s>{E}){AP} {g}\b(?:rebranded|rebrands|rebranding|renamed itself|was rebranded|has rebranded|changed (?:its|their|{E}'s) name|changes (?:its|their|{E}'s) name) (?:as|to) (?P<o>{E})",
        0.85,
        keys="rebrand|renamed itself|name to|name as",
    ),
    _rule(
        "renamed-itself",
        "rebrands-as",
        rf"(?P<s>{E}){AP} {g}\b(?:renamed|rebranded|renames|rebrands|renaming|rebranding) (?:itself|themselves) (?:as |to )?(?P<o>{E})",
        0.85,
        keys="itself|themselves",
    ),
    _rule(
        "arrow",
        "rebrands-as",
        rf"(?P<s>{E}) (?:\u2192|->|=>|\u27f6) (?P<o>{E})",
        0.9,
        keys="\u2192|->|=>|\u27f6",
    ),
    _rule(
        "called-until",
        "rebrands-as",
        rf"(?P<o>{E}){AP} (?:was|had been) (?:called|known as|named) (?P<s>{E}) until",
        0.85,
        keys="until",
    ),
    _rule(
        "began-life-as",
        "rebrands-as",
        rf"(?P<o>{E}){AP} {g}\b(?:began|begun|started) (?:life|out)\b{g}\bas (?P<s>{E})",
        0.85,
        keys="began|begun|started",
    ),
    _rule(
        "dropped-in-favour",
        "rebrands-as",
        rf"{E}{AP} {g}\b(?:dropped|drops|retired|retires|ditched|ditches)\b (?:the )?(?P<s>{E})(?: name| brand)?{G}\b(?:in favou?r of|under) (?:a |an |the )?(?:single |new )?(?P<o>{E})",
        0.8,
        keys="favour|favor|under",
    ),
    _rule(
        "now-named",
        "rebrands-as",
        rf"(?P<s>{E}),? \(?now (?:called |known as |named |renamed |branded as )?(?P<o>{E})",
        0.85,
        keys="now",
    ),
    _rule(
        "now-called",
        "rebrands-as",
        rf"(?P<s>{E}) (?:is|are) now (?:called|known as|named|branded as|branded) (?P<o>{E})",
        0.85,
        keys="now",
    ),
    # ----------------------------------------------------------- develops (s makes o)
    _rule(
        "builds-product",
        "develops",
        rf"(?P<s>{E}){AP} {g}\b(?:builds|built|develops|developed|makes|made|launched|launches|released|releases|unveiled|unveils|sells|created|creates)\b (?:the |its |a |an |{E}'s )?(?:[\w-]+ )?(?P<o>{E})",
        0.75,
        subject_only=True,
    ),
    _rule(
        "product-the-x-built",
        "develops",
        rf"(?P<o>{E}), the (?:[\w-]+ ){{0,2}}?(?:chatbot|model|assistant|tool|editor|product|agent|app) (?P<s>{E}) (?:built|developed|makes|made|launched|created)",
        0.8,
    ),
    _rule(
        "maker-of",
        "develops",
        rf"(?P<s>{E}), (?:the )?(?:maker|developer|creator) of (?:the )?(?:[\w-]+ ){{0,3}}?(?P<o>{E})",
        0.85,
        keys="maker|developer|creator",
    ),
    _rule(
        "sold-by",
        "develops",
        rf"(?P<o>{E}), the (?:[\w-]+ ){{0,3}}?(?:sold|made|built|developed) by (?:{E}'s )?(?P<s>{E})",
        0.8,
        keys=" by ",
    ),
    _rule("possessive-product", "develops", rf"(?<![\w'])(?P<s>{E})'s (?:[\w-]+ )?(?P<o>{E})", 0.6),
    # ----------------------------------------------------------- located-in (s in place o)
    _rule(
        "facility-in",
        "located-in",
        rf"(?P<s>{E}) (?:[\w-]+ )?(?:campus |cluster |supercomputer |data cent(?:re|er) )?(?:in|near) (?P<o>{P})",
        0.6,
    ),
    _rule(
        "based-in",
        "located-in",
        rf"(?P<s>{E}){AP} {g}\b(?:based|headquartered) in (?P<o>{P})",
        0.8,
        keys="based|headquartered",
    ),
    _rule(
        "x-based",
        "located-in",
        rf"(?P<o>{P})-based (?:[\w-]+ ){{0,2}}?(?P<s>{E})",
        0.8,
        keys="-based",
    ),
)


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
_ALWAYS = tuple(n for n, rule in enumerate(RULES) if rule.keys is None)


def rules_for(lowered: str) -> list[tuple[Rule, int]]:
    """The rules worth trying on a lower-cased template, in table order, each with a limit.

    The limit is the last place one of the rule's triggers occurs: a rule that
    starts at a name and needs a trigger after it cannot start beyond that.
    """
    limits: dict[int, int] = dict.fromkeys(_ALWAYS, len(lowered))
    for probe in _PROBES:
        at = lowered.rfind(probe)
        if at >= 0:
            for number in _WOKEN[probe]:
                if limits.get(number, -1) < at:
                    limits[number] = at
    return [(RULES[n], limits[n]) for n in sorted(limits)]


def triggers_in(lowered: str) -> frozenset[str]:
    """The rule triggers that occur in a lower-cased sentence template."""
    return frozenset(k for k in _ALL_KEYS if k in lowered)
