# ruff: noqa: E501  -- regular expressions read best one per line
"""Building blocks of the relation rules: mention tokens, gaps, lists and the Rule type.

A sentence is first turned into a template where every mention is a token: a
control character (NUL, U+0000) and the mention's index, written ``<i>`` here
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
from functools import cached_property

from ingest.extract._case import lower_case_twin

E = r"\x00\d+"  # a mention token: a NUL mark and its index
P = r"\x01\d+"  # a place token: places take part only in located-in
# "Anthropic rival", "Nvidia customer": a name used as a modifier of another noun.
NOT_COMPOUND = r"(?! (?:rival|competitor|challenger|customer|client|supplier|partner|backer|investor|start-?up|unit|peer)s?\b)"
_ITEM = rf"(?:{E}'s )?{E}{NOT_COMPOUND}"
# A later list item followed by a verb starts a new clause ("..., and Microsoft has ...",
# "X keeps 60% of A, and the fund B bought the rest").
_NEXT_ITEM = rf"{_ITEM}(?!'s)(?! (?:has|have|had|is|are|was|were|will|would|could|can|said|says|did|does|also|bought|buys|took|takes|holds|held|owns|owned|acquired|acquires|sold|sells|keeps|kept|signed|signs|agreed|agrees|invested|invests|paid|pays|announced)\b| (?:up to |as much as )?[$€£]\d)"
# A list may open with "both" or "either" ("leases capacity to both A and B").
# An item may follow a short aside: "A, B and, a distant third, C"; "and, since May, the lab C".
# (no "[\w-]" here: make_rule rewrites that class, and a rewritten L no longer opens as LS)
_ITEM_ASIDE = r"(?:, [^,;\x00]{1,30},(?: the(?: [a-z0-9-]+){1,3})?)?"
# A later item may carry its own description: "A and with the Norwegian operator B".
_ITEM_ROLE = r"(?:the (?:[a-z-]+ ){0,2}?(?:operator|provider|lab|start-?up|company|firm|group|chipmaker|developer|neocloud|host|bank|fund|investor|insurer|utility|maker) )?"
# "A and from B", "A and, increasingly, with B": the preposition repeats for the next item.
L = rf"(?:both |either )?{_ITEM}(?:(?:,? and(?: with| to| from| against)?|,|,? or|,? as well as|,? plus){_ITEM_ASIDE} (?:(?<=, )(?:with|to|from|against) )?{_ITEM_ROLE}{_NEXT_ITEM})*"
# A list that opens a pattern is a subject: its last item is followed by the verb.
LS = rf"{_ITEM}(?:(?:,? and|,|,? or|,? as well as|,? plus) {_ITEM})*"
g = r"(?:[^;\x00]|\x00\d+'s ){0,50}?"  # may cross a possessive ("most of its compute")
# g where no possessive token can occur: one character class, which re repeats far faster
# than a group of alternatives. It finds what g finds in any text without POSSESSIVE_TOKEN.
G_PLAIN = r"[^;\x00]{0,50}?"
POSSESSIVE_TOKEN = re.compile(r"\x00\d+'s ")
# g's alternatives with any bounds a rule gives them ("{0,90}?"): each reads as G_PLAIN does
_ANY_G = re.compile(re.escape(g[: g.index("{")]) + r"(\{\d+,\d+\}\??)")
G = r"[^;]{0,110}?"
# An aside after a name: ", the Oslo provider,", " (formerly Brisa Mining)" or " — which ... —".
_ASIDES = r"(?: [\u2014\u2013-] [^\u2014\u2013;]{1,160}? [\u2014\u2013-](?= ))?(?: \([^()]{1,60}\))?(?:,(?:[^,;]|(?<=\d),(?=\d)){1,120},)?(?:,(?= (?:which|who|that|whose)\b))?"
# Each aside opens with "," or " " and a dash or bracket; elsewhere _ASIDES can only match
# nothing, so the lookahead lets re skip its four optional groups (the empty alternative
# repeats the empty match _ASIDES would end with: the same matches, tried in the same order).
AP = rf"(?:(?=,| [\u2014\u2013(-]){_ASIDES}|)"
CN = (
    r"(?:capacity|compute|computing(?: power| capacity)?|gpus?|chips?|processors?|servers?|tpus?|"
    r"tensor processing units|cloud|infrastructure|data[- ]cent(?:re|er)s?|clusters?|supercomput\w+|"
    r"accelerators?|hardware|power|services|platform|workloads|machines|sites?|buildings|campus|"
    r"facilit(?:y|ies)|space|megawatts|gigawatts?)"
)
# The capacity nouns that also name real estate: what is bought when a "purchase of" it is made
# "about 12%", "a third", "half": a share of a company named by its size alone
BARE_SHARE = r"(?:(?:about|around|roughly|nearly|almost|some|just under|just over|more than|less than|close to|a further|another) )?(?:[\d.]+ ?%|[\d.]+ per ?cent|(?:a|one|two) (?:third|quarter|fifth|tenth)s?|half)"
PROPERTY = r"(?:campus|sites?|buildings|facilit(?:y|ies))\b"
# "to two labs, Perrin AI and Yarrow Labs": a count of the kind of party the list names
COUNTED = r"(?:(?:two|three|four|five|six|several|a few|a handful of) (?:[a-z-]+ )?(?:labs|developers|builders|makers|customers|clients|start-?ups|companies|firms|tenants|groups)[,:]? (?=\x00))?"
# "builds the chips for Marlow's routers": a possessive party is a renter only when what is
# its own is work that runs on compute ("for Marlow's models", "for Marlow's <Claude>")
FOR_ITS_WORK = r"(?!'s (?!\x00|(?:[a-z-]+ ){0,2}?(?:models?|training|inference|workloads?|research|ai|chatbots?|agents?|apps?|services|users|customers|teams?|labs?|researchers|engineers|developers|products?|platform|cloud)\b))"
PROVIDER_ROLE = r"(?:cloud|compute|computing|infrastructure|training|hosting|gpu|capacity)(?: [\w-]+)? (?:provider|partner|supplier|landlord|host|vendor)s?"
# "the Osric business Vellichor bought in May": a buyer in a relative clause whose object is
# the head before it (the verb has no object of its own: a time, a price, the main clause's
# verb or the clause's end follows it)
BOUGHT_IN_RELATIVE = (
    r"(?:had |has |recently |once )?(?:bought|acquired|purchased|took over|snapped up)"
    r"(?= (?:in|on|last|this|earlier|for|from|at|back|two|three|several|years|months|is|was|"
    r"has|had|will|would|now|still|runs|operates|employs|makes)\b|[,.;)]|$)"
)
# The head nouns such a relative clause hangs on: "the Osric Data Centres business ..."
UNIT_HEAD = (
    r"(?:[\w-]+ )?(?:business|unit|division|arm|subsidiary|company|start-?up|lab|firm|operator|"
    r"maker|developer|chain|network|brand)"
)
# "business Vellichor bought in May" after a name: that relative clause, head noun first
UNIT_BOUGHT_BY = rf"{UNIT_HEAD} (?:that |which )?{E} {BOUGHT_IN_RELATIVE}"
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
    # The regex without re.I, for lower-cased templates where that is exact (see _case).
    lower_case: re.Pattern[str] | None = None

    @cached_property
    def plain_gaps(self) -> re.Pattern[str] | None:
        """lower_case with G_PLAIN for g (and for g with other bounds), for lower-cased
        templates without POSSESSIVE_TOKEN (None when the rule has no such gap). Compiled
        when first wanted: import stays quick."""
        if self.lower_case is None:
            return None
        plain = _ANY_G.sub(lambda gap: r"[^;\x00]" + gap[1], self.lower_case.pattern)
        if plain == self.lower_case.pattern:
            return None
        return re.compile(plain, self.lower_case.flags)


# Cheap substring tests that a sentence must pass before a rule's regex runs.
_TRIGGERS = {
    "buy-compute-from": " buy| bought| purchas| take| took| taking| get| gets| got| getting| sourc| secur| access| run| runs| ran | running",
    "supply-to": " rent| leas| suppl| provid| sell| sold| offer| deliver| deploy| host| run| ran | build| built| operat| reserv| earmark| set aside| sets aside| setting aside",
    "buy-of-provider": "buy|bought|purchas|spend|spent|commit|contract|reserv",
    "buy-provider-capacity": " buy| bought| purchas| use| uses| used| using| tap| access| rent| leas| book| reserv",
    "run-on": " run| runs| ran | running| train| serve| serving| served| scale| scaling| host| relies| relied| rely| relying| lean| depend| tap| use| uses| used| using| expand| deploy| move| moving| moved| migrat",
    "use-provider": " use| uses| used| using| tap| chose| chosen| picked| selected| relies| relied| rely| depend| switched| sign| hired",
    "contract-for-capacity-on": "contract|deal|agreement| pact|commitment",
    "contract-with": "contract|deal|agreement| pact",
    "x-and-y-compete": "compet|rival|fight|fought|vie|vying|battl|clash|jostl|sparr|squar",
    "racing": "rac|rival|take|took|taking on|taking aim|against|challeng|battl|vies|fight|head|share from|squar",
    "acquire": "acqui|bought|buy|purchas|took over|take over|takes over|taken over|absorb|swallow|snapped up|snaps up|snap up|snapping up|scooped up|scoops up",
    "acquired-by": "acquired|bought|purchased|folded|absorbed|merged|taken over|snapped up|picked up|scooped up|swallowed|gobbled up",
    "possessive-owns": "'s",
    "possessive-contract-with": "contract|deal|agreement",
    "facility-it-builds": "build|built|develop|construct|operat| run|runs|running|own",
    "holds-stake": "stake|interest|shares|share of|minority|holding|equity|%|per cent|percent|part of|piece|chunk|slice|portion|half|third|quarter|fifth|tenth",
    "invest-in": "invest|put|pour|pump|inject|plow|sank|sink",
    "builds-product": "buil|develop|make|made|launch|releas|unveil|sell|sold|creat",
    "product-the-x-built": "built|developed|makes|made|launched|created",
    "possessive-product": "'s",
    "facility-in": " in | near ",
    "built-its-facility": "built|build|operat|runs|launch|opened|complet|construct",
}


def make_rule(
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
    pattern = pattern.replace(r"[\w-]", r"[\w\x00-]").replace(r"[\w$.,-]", r"[\w$.,\x00-]")
    for role in "so":
        if pattern.startswith(f"(?P<{role}>{L})"):
            pattern = f"(?P<{role}>{LS})" + pattern[len(f"(?P<{role}>{L})") :]
    anchored = pattern.startswith(
        ("(?P<s>", "(?P<o>", "(?P<a>", "(?<![\\w'])(?P<s>", "{E}", "\x00")
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
        lower_case_twin(compiled),
    )
