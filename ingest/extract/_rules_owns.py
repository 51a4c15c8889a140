# ruff: noqa: E501  -- a table of regular expressions reads best one rule per line
"""Rules for owns: control (subsidiary, acquisition, own facility) and stakes."""

from __future__ import annotations

from ingest.extract._rulebase import (
    AP,
    BARE_SHARE,
    BOUGHT_IN_RELATIVE,
    CN,
    LS,
    NOT_COMPOUND,
    UNIT_HEAD,
    E,
    G,
    L,
    Rule,
    g,
    make_rule,
)

# "the Czech sovereign fund Narodni Fond", "Tavish Capital (lead)": one item of a list of backers
_DESCRIBED = rf"(?:the (?:[\w-]+ ){{0,3}})?{E}(?: \([^()]{{1,20}}\))?"

OWNS: tuple[Rule, ...] = (
    make_rule(
        # "A and B have formed a joint venture, C, ...": each partner holds part of C
        "formed-joint-venture",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:formed|form|forms|forming|created|create|set up|sets up|launched|launch|established|establish)\b (?:a |an |the )?(?:new )?(?:[\w$.-]+ ){{0,3}}?joint venture,? (?:called |named |known as )?(?P<o>{E})",
        0.75,
        stake=True,
        keys="joint venture",
    ),
    make_rule(
        # "C, a joint venture of A and B" / "C, a joint venture between A and B"
        "joint-venture-of",
        "owns",
        rf"(?P<o>{E}),? (?:is )?(?:a|an|the) (?:[\w$.-]+ ){{0,3}}?joint venture (?:(?:of|between|by|formed by|owned by) (?P<s>{L})|(?:that|which) (?P<s2>{L}) (?:own|jointly own|control|hold|formed|set up|created))\b",  # "..., a joint venture that A and B own in equal halves"
        0.75,
        stake=True,
        keys="joint venture",
    ),
    make_rule(
        "sold-to",
        "owns",
        rf"{E}{AP} {g}\b(?:sold|sells|agreed to sell|is selling) (?P<o>{E}) to (?P<s>{E})",
        0.8,
        stake=False,
        keys="sold|sell",
    ),
    make_rule(
        # "Prescot AI was sold to Caddon Labs for $500 million": the passive of sold-to ("would
        # be sold to" reports a rumour or a condition, not a sale)
        "was-sold-to",
        "owns",
        rf"(?P<o>{E}){AP} (?:was|were|has been|had been|will be|is being|is to be) (?:later |eventually |then |finally |quietly )?sold to (?P<s>{E})(?!'s)",
        0.8,
        stake=False,
        keys="sold to",
    ),
    make_rule(
        # "Corbell is not in talks to sell itself to Oracle": the buyer would own the seller
        "sell-itself-to",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:sold|sells|sell|selling) (?:itself|themselves) to (?P<s>{E})",
        0.8,
        stake=False,
        keys="itself|themselves",
    ),
    make_rule(
        # "Harrow Capital now controls 60% of Esker Labs": control of a share is a stake (a rule
        # of its own: holds-stake is tried on most sentences, and its verbs on every gap)
        "controls-share-of",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:controls|controlled|controlling)\b (?P<mid>(?:about |around |roughly |nearly |almost |just under |just over |more than )?(?:[\d.]+ ?%|[\d.]+ per ?cent|half|a third|a quarter|a fifth|a majority|a minority)) of (?P<o>{L})",
        0.8,
        stake=True,
        keys="control",
    ),
    make_rule(
        # "Orrel Capital took Sorrow Labs private": a buyout of all the shares
        "took-private",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:took|takes|taking|take|will take|agreed to take)\b (?P<o>{E}) private\b",
        0.8,
        stake=False,
        keys="private",
    ),
    make_rule(
        # "Telmar sold a minority stake to Brightwater": the buyer now holds part of the seller
        # ("sold its stake in X to Y" is sold-stake-to's: there the seller is a holder of X)
        "sold-own-stake-to",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:sold|sells|is selling|agreed to sell|will sell)\b (?P<mid>(?:a|an) (?:[\w$.,%-]+ ){{0,3}}?(?:stake|holding|interest))\b to (?P<s>{L})",
        0.75,
        stake=True,
        keys="sold|sell",
    ),
    make_rule(
        # "Meta is buying Rivos", "agreed to absorb Monolith": after "is"/"was" only the
        # participles read as passive ("is acquired by"), the -ing forms are the buyer's own;
        # "will absorb the Brain team" takes in people, not the company
        "acquire",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?<!\ban )(?<!\bthe )(?<!\ba )(?:(?<!was )(?<!were )(?<!been )(?<!being )(?<!\bbe )(?<!\bis )(?:acquired|acquires|acquire|bought|buys|buy|purchased|purchases|purchase|took over|takes over|take over|taken over|absorbed|absorbs|absorb|swallowed|swallows|swallow|snapped up|snaps up|snap up|scooped up|scoops up)|(?:acquiring|buying|purchasing|absorbing|snapping up))\b(?! into\b)(?P<mid> [^;\x00]{{0,40}}?)(?P<o>{E})(?P<tail> (?:shares|stock|stake|equity)\b)?(?!'s){NOT_COMPOUND}(?! (?:[\w-]+ ){{0,2}}{CN})(?! (?:team|teams|staff|engineers|researchers)\b)",
        0.8,
    ),
    make_rule(
        # "Corvane paid $900 million for Halden Labs", "Atlassian paid $610 million in cash for
        # The Browser Company", "agreed to pay EUR 400 million for": a price paid for a company
        # buys it (not "for Halden's patents", "for Nvidia chips", "for a licence to X", "for a
        # 49% stake": paid-for-share)
        "paid-for",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:paid|pays|pay|paying)\b (?:(?:about|around|roughly|nearly|almost|some|over|more than|less than|up to|just under|just over|an estimated|a reported|a total of) )?(?:(?:(?:us|c|a)?[$€£] ?|(?:eur|gbp|usd|chf) )[\d.,]+(?: ?(?:billion|million|bn|mn|m|b|trillion)\b)?|(?:[\d.,]+|a|one|half a) (?:billion|million) (?:dollars|euros|pounds)|an undisclosed (?:sum|amount|price))(?: (?:in|of) (?:cash|stock|shares|cash and (?:stock|shares)|equity))?(?: in total)? for (?:the )?(?P<o>{E})(?!'s){NOT_COMPOUND}(?! (?:[\w-]+ ){{0,2}}{CN})",
        0.8,
        stake=False,
        keys="paid|pays|paying| pay ",
    ),
    make_rule(
        "acquired-by",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:was|were|is|has been|had been|will be|is being|to be|being)\b (?:[\w-]+ )?(?:acquired|bought|purchased|folded into|absorbed into|absorbed by|merged into|taken over|snapped up|picked up|scooped up|swallowed(?: up)?|gobbled up|bought out)\b(?: by)? {g}(?P<s>{E})(?!'s)",
        0.8,
    ),
    make_rule(
        # "Fable Robotics, acquired by Dorrit Group in 2020, makes grippers": the participle
        # of acquired-by in an aside
        "appositive-acquired-by",
        "owns",
        # "Gimle has since been bought by Tverr Kraft": a perfect passive, with its adverb
        rf"(?P<o>{E}),? (?:which was |since |later |recently |subsequently |itself |now |(?:has|had|have) (?:since |now |recently |already |also )?been )?(?:acquired|bought|purchased|taken over|snapped up|swallowed) by (?P<s>{E})(?!'s)",
        0.8,
        stake=False,
        keys="acquired by|bought by|purchased by|taken over by|snapped up by|swallowed by",
    ),
    make_rule(
        # "Pellow Labs, a Hartwell Group company, ...", "Pellow is a Hartwell Group company"
        "a-y-company",
        "owns",
        rf"(?P<o>{E}){AP}(?:,| (?:is|was|became|has been|remains|is now)) (?:a|an) (?P<s>{E}) company\b",
        0.75,
        stake=False,
        keys=" company",
    ),
    make_rule(
        # "Ketterly agreed to a $2 billion takeover by Mavis Holdings": the bidder would own it
        "agreed-to-takeover-by",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:agreed to|agrees to|accepted|accepts|approved|approves|backed|backs|recommended) (?:a|an|the) (?:[\w$.,-]+ ){{0,4}}?(?:takeover|buyout|acquisition|purchase|sale)(?: offer| bid| deal)? (?:by|from|to) (?P<s>{E})(?!'s)",
        0.75,
        stake=False,
        keys="takeover by|takeover from|buyout by|buyout from|acquisition by|purchase by|sale to|offer from|bid from|deal from",
    ),
    make_rule(
        "acquisition-of",
        "owns",
        rf"(?P<s>{E})'s {g}\b(?:acquisition|purchase|takeover|buyout)\b of (?P<mid>(?:[\d.]+ ?%|[\w-]+ per ?cent) of )?(?:[\w-]+ )?(?P<o>{E})",
        0.75,
        keys="acquisition|purchase|takeover|buyout",
    ),
    make_rule(
        # "it had completed the acquisition of Kinesis"
        "completed-acquisition-of",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:completed|completes|closed|closes|finalised|finalized|announced|agreed|sealed)\b (?:the|a|an|{E}'s) (?:[\w$.-]+ ){{0,3}}?(?:(?:acquisition|purchase|takeover|buyout) of|deal for) (?P<o>{E})(?!'s){NOT_COMPOUND}(?! (?:[\w-]+ ){{0,2}}{CN})",
        0.8,
        stake=False,
        keys="complet|closed|closes|finalis|finaliz|sealed|announced the|agreed the",
    ),
    make_rule(
        # "Copperline, an AI lab spun out of a university, is backed by Ellery Capital"
        "is-backed-by",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|are|were|has been|had been|have been|is being|is also|was also)\b (?:[\w-]+ )?(?:backed|funded|financed) by (?:the )?(?:[\w-]+ ){{0,2}}?(?P<s>{L})",
        0.75,
        stake=True,
        keys="backed by|funded by|financed by",
    ),
    make_rule(
        # "Orrick AI received a $300 million investment from Pell Street Capital"; "Orrick
        # took outside money from Pell Street Capital" (money or capital taken is equity)
        "investment-from",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:received|receives|got|gets|secured|secures|landed|lands|accepted|took|takes|won)\b {g}\b(?:investment|funding|backing|financing|(?:outside|fresh|new|external|equity|growth|venture) (?:money|capital)) from (?P<s>{L})",
        0.75,
        stake=True,
        keys="investment from|funding from|backing from|financing from|money from|capital from",
    ),
    make_rule(
        # "Tessaly, a Greylock portfolio company"
        "portfolio-company",
        "owns",
        rf"(?P<o>{E}), (?:a|an|the|one of) (?P<s>{E})(?:'s)? portfolio compan(?:y|ies)\b",
        0.75,
        stake=True,
        keys="portfolio compan",
    ),
    make_rule(
        # "Orrin Group, through its venture arm Orrin Ventures, took a 5% stake in Brask Labs"
        "through-its-arm",
        "owns",
        rf"{E}, through (?:its|their|{E}'s) (?:[\w-]+ ){{0,2}}?(?:arm|unit|fund|subsidiary|vehicle) (?P<s>{E}), {g}\b(?:took|takes|bought|buys|acquired|acquires|holds|held|invested|invests|received)\b (?P<mid>[^;\x00]{{0,50}}?)\b(?:in|of) (?P<o>{E})",
        0.8,
        stake=True,
        keys="through",
    ),
    make_rule(
        # "About 15% of Wexley AI is held by Caradoc Cloud"
        "share-of-held-by",
        "owns",
        rf"(?P<o>(?:(?<=% of )|(?<=per cent of )|(?<=percent of )){E}) (?:is|was|are|were|will be|has been) (?:now |still )?(?:held|owned|controlled) by (?P<s>{L})",
        0.8,
        stake=True,
        keys="held by|owned by|controlled by",
    ),
    make_rule(
        "acquisition-of-by",
        "owns",
        rf"\b(?:acquisition|purchase|takeover) of (?P<o>{E}) by (?P<s>{E})",
        0.75,
        keys=" by ",
    ),
    make_rule(
        "subsidiary-of",
        "owns",
        rf"(?P<o>{E}), (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:subsidiary|unit|division|arm|affiliate|lab) of (?:the (?:[\w\x01-]+ ){{0,3}}?(?:fund|group|firm|company|conglomerate|investor|operator|utility|bank|manager|owner) )?(?P<s>{E})",
        0.85,
        keys="subsidiar|unit|division|arm|affiliate|lab",
    ),
    # "is a subsidiary of the Irish infrastructure fund X": the parent may come described
    make_rule(
        "is-subsidiary-of",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|became|becomes|become|remains|as|is now|has been|have been) (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:subsidiary|unit|division|arm|affiliate|lab|business) of (?:the (?:[\w\x01-]+ ){{0,3}}?(?:fund|group|firm|company|conglomerate|investor|operator|utility|bank|manager|owner) )?(?P<s>{E})",
        0.85,
        keys="subsidiar|unit|division|arm|affiliate|lab|business",
    ),
    make_rule(
        # "Caldera, which was spun out of ETH Zurich in 2019 and is now a subsidiary of Helvex":
        # a second predicate of the same subject, after names the first one mentions
        "and-is-subsidiary-of",
        "owns",
        rf"(?P<o>{E})(?:, which|, who)? (?:was|is|has|had)\b(?:(?!(?:which|who|that|whose)\b)[^;]){{1,100}}? and (?:is|was|has been|became|remains) (?:now )?(?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:subsidiary|unit|division|arm|affiliate) of (?P<s>{E})",
        0.75,
        keys="subsidiar|unit of|division of|arm of|affiliate of",
    ),
    make_rule(
        # "Cascade Tensor is a portfolio company of Blue Heron Equity"
        "portfolio-company-of",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|became|becomes|remains|is now|has been) (?:a |an |one )?(?:[\w-]+ )?portfolio (?:company|firm|business|holding|investment) of (?P<s>{L})",
        0.75,
        stake=True,
        keys="portfolio",
    ),
    make_rule(
        # "Elbe Automation's subsidiaries include A and the Dutch sensor maker B"
        "possessive-subsidiaries",
        "owns",
        rf"(?P<s>{E})'s (?:[\w-]+ )?(?:subsidiaries|units|divisions|brands|businesses|portfolio companies) (?:include|includes|included|are|were|comprise|span)(?: such as)? (?P<o>{_DESCRIBED}(?:(?:,? and|,) {_DESCRIBED})*)",
        0.75,
        stake=False,
        keys="subsidiaries|units|divisions|brands|businesses|portfolio companies",
    ),
    make_rule(
        # "Harrowgate Cloud, the data-centre arm of the shipping conglomerate Tolland Maritime"
        "appositive-unit-of",
        "owns",
        rf"(?P<o>{E}), (?:the |a |an )(?:[\w-]+ ){{0,2}}?(?:arm|unit|division|subsidiary|affiliate) of (?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?P<s>{E})(?!'s)",
        0.75,
        stake=False,
        keys=" of ",
    ),
    make_rule(
        "became-x-subsidiary",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|became|becomes|remains|is now) (?:a|an|the) (?:[\w-]+ )?(?P<s>{E}) (?:subsidiary|unit|division|affiliate)\b",
        0.8,
        keys="subsidiar|unit|division|affiliate",
    ),
    make_rule(
        # "Lysa Compute, a GPU cloud that is majority-owned by Tverr Kraft": the appositive's
        # relative clause gives the controlling owner
        "appositive-that-is-owned-by",
        "owns",
        rf"(?P<o>{E}), (?:a|an|the) (?:[\w-]+ ){{0,4}}?(?:that|which) (?:is|was|remains) (?:still |now |also )?(?:majority-|wholly-|wholly |majority |fully )?(?:owned|controlled) by (?P<s>{E})(?!'s)",
        0.8,
        stake=False,
        keys="owned by|controlled by",
    ),
    make_rule(
        "appositive-owned-by",
        "owns",
        rf"(?P<o>{E})(?: (?:campus|site|cluster|data cent(?:re|er)|facility|plant))?,? (?:a |an |the )?(?:[\w-]+ ){{0,5}}?(?:(?P<mid>[\d.]+ ?%|[\w-]+ per ?cent)[- ]|(?<!\bis )(?<!\bnow )(?<!\bwas )(?<!\bitself )(?<!\bbeen )(?<!\bare )(?:majority|minority|wholly|partly|jointly|fully)-)?(?:owned|controlled) (?:jointly |wholly |majority |partly )?by (?:the |a |an )?(?:\x01\d+ )?(?:(?!by\b)[\w-]+ ){{0,2}}?(?P<s>{L})",
        0.8,
        keys="owned by|controlled by",
    ),
    make_rule(
        "gives-stake",
        "owns",
        # "The deal gives Harlan 20% of Vessa": a bare share of the company as well
        rf"\bgives? (?P<s>{E}) (?P<mid>(?:a |an )?(?:[\w$.,%-]+ ){{0,4}}?(?:stake|interest|shares|holding)\b|{BARE_SHARE}) (?:in|of) (?P<o>{E})",
        0.8,
        stake=True,
        keys="give",
    ),
    make_rule(
        # "Wrenfield, in which Larchmont invested in 2021, ...": an investor holds a stake
        "in-which-invested",
        "owns",
        rf"(?P<o>{E}),? in which (?P<s>{L}) (?:has |had |also |later |first |then )?(?:invested|invests|has invested)\b",
        0.8,
        stake=True,
        keys="in which",
    ),
    make_rule(
        "in-which-holds",
        "owns",
        rf"(?P<o>{E}), in which (?P<s>{E}) (?:holds|owns|has|had|took|takes|acquired|bought|held) (?P<mid>(?:[\w$.,%-]+ ){{0,4}}?(?:stake|interest|shares|holding))",
        0.8,
        stake=True,
        keys="in which",
    ),
    make_rule(
        "the-x-subsidiary",
        "owns",
        rf"(?P<o>{E}), (?:the |its |a |an )?(?P<s>{E})(?:'s)? (?:[\w-]+ ){{0,2}}?(?:subsidiary|unit|division|arm|lab|affiliate|service|business)\b(?! (?:customers?|clients?|tenants?|partners?|rivals?|peers?|backers?|investors?|providers?)\b)",
        0.85,
        keys="subsidiar|unit|division|arm|affiliate|lab|service|business",
    ),
    make_rule(
        "x-subsidiary-y",
        "owns",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:subsidiary|unit|division|arm|affiliate|lab|business)[,:]? (?P<o>{E})",  # "its hosting unit: Y will ..."
        0.8,
        keys="subsidiar|unit|division|arm|affiliate|lab|business",
    ),
    make_rule(
        "formed-unit-called",
        "owns",
        rf"(?P<s>{L}){AP} {G}\b(?:form(?:s|ed)?|creat(?:es|ed|ing)|set up|sets up|launch(?:es|ed)|spun off|established|announced|unveiled|to form)\b {g}\b(?:unit|division|subsidiary|lab|company|venture|arm|cloud|entity|business)\b (?:called|named|dubbed) (?P<o>{E})",
        0.8,
        keys="called|named|dubbed",
        subject_only=True,
    ),
    make_rule(
        "possessive-owns",
        "owns",
        rf"(?<![\w'])(?P<s>{E})'s (?:(?:own|new|planned|flagship|former|parent|\d[\w.-]*|[\w-]+-gigawatt) )*(?P<o>{E})(?!'s)(?! (?:deal|contract|agreement|stake|shares|investment|partnership|chips?|gpus?|models?|customers?|rival))",
        0.6,
    ),
    make_rule(
        "owns-verb",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?<!'s )(?<!\bits )(?<!\btheir )(?<!\bhis )(?:owns|owned|own|controls|controlled|control|owning|controlling)\b (?:the )?(?:\x01\d+-based |(?:(?:[\w-]+|\x01\d+) ){{0,2}}?(?:unit|subsidiary|division|arm|business|maker|developer|operator|start-?up|lab|brand|platform) )?(?P<o>{L})(?!'s)",
        0.85,
        keys=" own| control",
    ),
    make_rule(
        "took-control-of",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:took|takes|take|taking|has taken|gained|gains|won|wins|assumed|assumes|seized|acquired|acquires|bought) (?:full |majority |a majority |effective |outright |sole )?(?:control|ownership) of (?P<o>{E})",
        0.85,
        stake=False,
        keys="control of|ship of",  # "ship of", not "ownership": "own" wakes on every "its own"
    ),
    make_rule(
        "portfolio-includes",
        "owns",
        rf"(?P<s>{E}),? (?:whose|{E}'s) (?:[\w-]+ )?portfolio (?:includes|included|contains|spans|counts) (?P<o>{L})",
        0.75,
        stake=True,
        keys="portfolio",
    ),
    make_rule(
        "owned-by",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|are|were|will be|remains|be) (?:itself |also |now |still )?(?:(?P<mid>[\d.]+ ?%|[\w-]+ per ?cent)[- ]|\w+[- ])?(?:owned|controlled|held)\b (?:\w+ )?by (?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?:{E}'s (?:[\w-]+ ){{0,2}}?(?:backer|investor|parent|owner|shareholder|founder)s?,? )?(?P<s>{L})(?!'s)",
        0.85,
        keys=" by ",
    ),
    make_rule(
        # "Drumlin, now part of Cassiar Group"; "X has since become part of Y"
        "now-part-of",
        "owns",
        rf"(?P<o>{E}){AP}(?:, |,? (?:which |that )?(?:(?:is |has )?(?:now|since become|became|become|has become)|is|was|has been|had been|remains|has since been|is now|has now been) (?:now )?)(?:a |an )?(?:wholly owned )?part of (?:the )?(?P<s>{E})(?!'s)(?! (?:consortium|project|venture|alliance|initiative|effort|programme|program|coalition|deal|round|group of)\b)",
        0.8,
        stake=False,
        keys="part of",
    ),
    make_rule(
        # "he folded X into xAI": the one folded in now belongs to the other
        "folded-into",
        "owns",
        rf"\b(?:folded|folds|folding|merged|merges|merging|absorbed|absorbs|rolled|rolls) (?P<o>{E}) into (?P<s>{E})(?!'s)",
        0.8,
        stake=False,
        keys="fold|merg|absorb|rolled into|rolls into",
    ),
    make_rule(
        # "Corvane folded Halden into its cloud division": what a company folds into its own
        # unit it owns (folded-into reads "into <name>"); the folder is the verb's own subject,
        # not a name a gap away ("it acquired X, an operator, and folded it into its ...")
        "folded-into-its",
        "owns",
        rf"(?P<s>{L}){AP} (?:has |had |have |then |later |also |quietly |will |plans to |is to )?(?:folded|folds|folding|merged|merges|merging|rolled|rolls|integrated|integrates) (?P<o>{E}) into (?:its|their|{E}'s) (?:own )?(?:[\w-]+ ){{0,3}}?(?:unit|division|arm|business|group|operations|subsidiary|segment|team|lab|cloud|platform)\b",
        0.8,
        stake=False,
        keys="fold|merg|rolled|rolls|integrat",
    ),
    make_rule(
        # "Dana Whitfield, who founded and runs both A and B": a person at the head of two firms
        "runs-both",
        "owns",
        rf"(?P<s>{E}),? (?:who |which )?(?:[\w-]+ and )?(?:runs|ran|controls|controlled|owns|owned|founded|co-founded|leads|heads)\b both (?P<o>{E}) and (?:the |its )?(?:[\w-]+ ){{0,3}}?(?P<o2>{E})",
        0.75,
        stake=False,
        keys="both",
    ),
    make_rule(
        "belongs-to",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:belongs?|belonged) to (?:the )?(?P<s>{E})(?!'s)",
        0.8,
        keys="belong",
    ),
    make_rule(
        "holds-stake",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:owns|owned|own|holds|held|hold|has(?! been\b)|had(?! been\b)|keeps?|kept|retains?|retained|took|takes|taking|acquired|bought|received|receives|receive|get|gets|got|keep|holding|owning|retaining|came in with|comes in with|coming in with)\b (?P<mid>[^;\x00]{{0,50}}?)\b(?:in|of) (?:[\w-]+ |the (?:(?!(?:with|from|to|by|for|and|or|of|in|on|at|than|new|same|former|combined|enlarged)\b)[a-z-]+ ){{1,3}}?)?(?P<o>{L})(?!'s (?:[\w-]+ )?(?:rivals?|competitors?|parent|owners?|customers?|suppliers?|partners?|subsidiar\w+|units?))",
        0.85,
    ),
    make_rule(
        # "A and B are its lead partners and each holds about 40% of it"
        "each-holds",
        "owns",
        rf"(?P<s>{L}) {g}\b(?:each|both|all|jointly|together) (?:holds?|held|owns?|owned|has|have|had|controls?)(?P<mid> (?:[\w$.,-]+ ){{0,4}}?(?:[\d.]+ ?%|[\d.]+ per ?cent|(?:[\w-]+ )?(?:stakes?|interests?|shares|holdings?|equity))) (?:of|in) (?P<o>{E})",
        0.8,
        keys="each hold|each ha|each control|both hold|both ha|all hold|jointly|together",
    ),
    make_rule(
        # "... 40% of C, with A and B, the Gulf fund, holding smaller stakes"
        "with-x-holding",
        "owns",
        rf"\b(?:of|in) (?P<o>{E}),? with (?P<s>{L})(?:,[^,;]{{1,60}},)? (?:holding|owning|keeping|retaining|taking) (?P<mid>(?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?:stakes?|shares|interests?|holdings?|rest|remainder|balance))\b",
        0.75,
        keys="holding|keeping|retaining|taking",
    ),
    make_rule(
        "possessive-holding",
        "owns",
        rf"(?P<s>{E})'s (?:[\w$.,-]+ ){{0,3}}?(?:holding|stake|shareholding|interest|investment|ownership) in (?:[\w-]+ )?(?P<o>{E})",
        0.8,
        stake=True,
        keys="holding|stake|interest|investment|ownership",
    ),
    make_rule(
        "invest-in",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:invest|invests|invested|investing|put|puts|putting|pour(?:s|ed)?|pump(?:s|ed)?|inject(?:s|ed)?|plow(?:s|ed)?|sank|sink)\b(?P<mid>[^;\x00]{{0,60}}?)\b(?:in|into) (?:[\w-]+ ){{0,2}}?(?P<o>{L})",
        0.8,
        stake=True,
    ),
    make_rule(
        # "Tallis will invest up to $5 billion in Orrick and Pell Street up to $2 billion": the
        # verb is gapped in the second clause, whose subject stands before its own amount
        "gapped-invest-in",
        "owns",
        rf"\b(?:invest|invests|invested|investing|put|puts|putting|pour(?:s|ed)?|commit(?:s|ted)?)\b[^;\x00]{{0,60}}?\b(?:in|into) (?P<o>{E}),? and (?P<s>{E}) (?:up to |about |around |roughly |another |a further |nearly |almost |some |as much as )?(?:\$|€|£|(?:eur|gbp|usd) ?\d|\d)",
        0.75,
        stake=True,
        keys="invest| put | puts | pour|commit",
    ),
    make_rule(
        "investor-in",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:was|were|is|are|has been|had been|became|becomes|remains)\b (?:one of |among )?(?:the |its |an? )?(?:[\w-]+ ){{0,2}}?(?:investors?|backers?|shareholders?|participants?) in {G}(?:{E}'s )?(?P<o>{L})",
        0.75,
        stake=True,
        keys="investor|backer|shareholder|participant",
    ),
    make_rule(
        # "Lightspeed led the round, and Nvidia joined it"; "..., with A and B participating"
        "led-round-joined-by",
        "owns",
        rf"(?P<s>{E}) (?:led|co-led|anchored)\b {g}\b(?:round|financing|fundraise|raise|funding)\b,? (?:(?:and|with|while) (?P<s2>{L}) (?:also )?(?:joined|join|joining|participated|participating|took part|taking part|invested|investing|chipped in|followed)\b|(?:alongside|together with|along with) (?P<s3>{L})(?=[.,;]|$))",
        0.6,
        stake=True,
        keys="round|financing|fundraise|raise|funding",
    ),
    make_rule(
        "led-round",
        "owns",
        rf"(?P<s>{E}) (?:led|co-led|joined|participated in|took part in|anchored)\b {g}\b(?:round|financing|fundraise|raise|funding|series [a-h])\b",
        0.6,
        stake=True,
        keys="round|financing|fundraise|raise|funding|series",
    ),
    make_rule(
        # "..., with Nvidia and Samsung also taking part": the raising company's backers too
        "also-taking-part",
        "owns",
        rf"\braised\b{G}, with (?P<s>{LS}) (?:also )?(?:taking part|participating|joining in|investing)\b",
        0.6,
        stake=True,
        keys="taking part|participating|joining in|investing",
    ),
    make_rule(
        # "Quenby Partners is the majority owner of Ashdown Data"; "X is best known as the owner of Y"
        "principal-owner-of",
        "owns",
        rf"(?P<s>{L}){AP} {g}\b(?:is|was|are|were|became|becomes|remains|has been) (?:now |still |also )?(?:(?:best |widely |perhaps best |mostly )?known as )?(?:the |its |an? )?(?:(?:majority|controlling|sole|largest|biggest|main|principal|single largest) (?:owner|shareholder|stakeholder|investor)|owner) (?:of|in) (?P<o>{E})",
        0.75,
        keys="owner|shareholder|stakeholder|investor",
    ),
    make_rule(
        # "X no longer owns any part of Y after selling its remaining shares to Z"
        "sold-its-shares-to",
        "owns",
        rf"\b(?:of|in) (?P<o>{E}) {g}\b(?:sold|sells|sell|selling|offloaded|transferred) (?:all of |half of |part of |some of )?(?:its|their|his|her|{E}'s) (?:[\w-]+ ){{0,2}}?(?:shares|stake|holding|interest|equity) to (?P<s>{E})",
        0.7,
        stake=True,
        keys="sold|sell|offloaded|transferred",
    ),
    make_rule(
        # "The round was led by Lux Capital; Toyota Ventures and a university fund also took part"
        "round-others-took-part",
        "owns",
        rf"\b(?:round|financing|funding|fundraise|raise)\b{G}[;,] (?P<s>{LS})(?: and (?:the |its |a |an )?(?:[\w'-]+ ){{0,4}}?(?:fund|funds|investors?|backers?))? (?:also |too )?(?:took part|participated|joined in|co-invested|chipped in)\b",
        0.6,
        stake=True,
        keys="took part|participated|joined in|co-invested|chipped in",
    ),
    make_rule(
        # "Harwell Partners, the Leeds venture firm that led Quorra's first two rounds";
        # "Harwell's second fund, which led Quorra's $90 million round": a lead investor
        "that-led-its-round",
        "owns",
        rf"(?P<s>{E}),? (?:(?:the|a|an) [^,;]{{1,60}}? )?(?:that|which|who) (?:also |first |previously )?(?:co-)?led (?P<o>{E})'s (?:[\w$.,-]+ ){{0,4}}?(?:rounds?|funding|financing|fundraising|raise|series [a-h])\b",
        0.7,
        stake=True,
        keys="led",
    ),
    make_rule(
        "round-led-by",
        "owns",
        rf"\b(?:round|financing|funding|investment|series [a-h]\d?|seed)s?(?: (?:in|on|last|this|earlier) [^,;\x00]{{1,20}}?,)? (?:was |were |is )?(?:led|co-led|anchored) by (?P<s>{L}){AP}(?:,? ?with (?P<s2>{LS}) (?:also )?(?:joining|participating|taking part|investing|following|chipping in|writing (?:cheques|checks)|putting (?:in )?money))?",
        0.6,
        stake=True,
        keys="led by|anchored by",
    ),
    make_rule(
        # "Brisby raised $60 million in a round that Tamsin Ventures led": round-led-by's
        # relative clause (the company that raised is the context's)
        "round-that-x-led",
        "owns",
        rf"\b(?:round|financing|funding|investment)s? (?:that|which) (?P<s>{L}) (?:led|co-led|anchored)\b",
        0.6,
        stake=True,
        keys="round that|round which|financing that|financing which|funding that|funding which|investment that|investment which",
    ),
    make_rule(
        "raised-from",
        "owns",
        rf"(?P<o>{E}){AP} {g}\braised\b(?:(?! (?:rent|leas|buy|bought|purchas|sourc|gets|got))[^;]){{0,110}}?\bfrom (?:(?:a group of |a )?(?:[\w-]+ ){{0,2}}?(?:investors|backers|funds|firms) (?:led by|including|such as) |(?:a |an )?(?:group|consortium|syndicate)(?: of (?:[\w-]+ )?investors)? (?:that|which) (?:includes?|included) )?(?P<s>{L})",
        0.7,
        stake=True,
        keys="raised",
    ),
    make_rule(
        "counts-backers",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:counts|counted|lists|listed|names|named|includes|included)\b (?P<s>{L}) (?:among|as) (?:its|their|{E}'s) (?:[\w-]+ )?(?:backers|investors|shareholders|owners)",
        0.8,
        stake=True,
        keys="backer|investor|shareholder|owner",
    ),
    make_rule(
        "possessive-backers",
        "owns",
        # "Its only outside investor is Samsung": one backer, named with a copula, is a stake too
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:backers|investors|shareholders|owners|(?:backer|investor|shareholder)(?= is| was)) (?:include|included|are|were|is|was|such as) (?:the )?(?:[\w-]+ ){{0,3}}?(?P<s>{L})",
        0.8,
        stake=True,
        keys="backer|investor|shareholder|owners",
    ),
    make_rule(
        # "Ostrava AI's backers: Tavish Capital (lead), Nvidia and the sovereign fund Narodni Fond"
        "possessive-backers-colon",
        "owns",
        rf"(?P<o>{E})'s (?:[\w-]+ )?(?:backers|investors|shareholders|owners): (?P<s>{_DESCRIBED}(?:(?:,? and|,) {_DESCRIBED})*)",
        0.75,
        stake=True,
        keys="backers:|investors:|shareholders:|owners:",
    ),
    make_rule(
        "whose-backers",
        "owns",
        rf"(?P<o>{E}){AP},? (?:whose|{E}'s) (?:[\w-]+ )?(?:backers?|investors?|shareholders?|owners?) (?:include|included|are|were|is|was) (?:the )?(?:[\w-]+ ){{0,3}}?(?P<s>{L})",
        0.8,
        stake=True,
        keys="backer|investor|shareholder|owner",
    ),
    make_rule(
        "among-its-backers",
        "owns",
        rf"(?P<s>{L}) (?:are|is|were|was|remain|remains) (?:also )?(?:among|one of) (?:the )?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:backers|investors|shareholders|owners)",
        0.8,
        stake=True,
        keys="backers|investors|shareholders|owners",
    ),
    make_rule(
        "backed-by",
        "owns",
        # (not "Y, which until May traded as X, is backed by Z": the aside closes before "is")
        rf"(?P<o>{E}),? (?:a |an |the )?(?:[\w-]+ |\x01[\w-]+ ){{0,5}}?(?<!, is )(?<!, was )(?<!, are )(?<!, were )(?:backed|funded|financed) by (?P<s>{L})",
        0.75,
        stake=True,
        keys="backed by|funded by|financed by",
    ),
    make_rule(
        # "Langflow therefore passes to IBM as well", "control of Esker will pass to Harrow":
        # a company handed on with the one that held it goes to the buyer
        "passes-to",
        "owns",
        rf"(?P<o>{E}){AP} (?:(?:therefore|thus|also|now|then|so) )?(?:passes|passed|will pass|would pass|is to pass) (?:in(?:to)? the hands of |to )(?P<s>{E})(?!'s)",
        0.7,
        stake=False,
        keys=" pass",
    ),
    make_rule(
        # "the Osric Data Centres business Vellichor bought in the spring", "the lab that
        # Harrow acquired last year": a relative clause without a comma, its object the head
        "the-x-unit-y-bought",
        "owns",
        rf"(?:\bthe|\bits|{E}'s) (?P<o>{E}) {UNIT_HEAD} (?:that |which )?(?P<s>{E}) {BOUGHT_IN_RELATIVE}",
        0.75,
        stake=False,
        keys="bought|acquired|purchased|took over|snapped up",
    ),
    make_rule(
        "which-x-owns",
        "owns",
        rf"(?P<o>{E})(?: [\w-]+){{0,3}}?(?: (?:in|near) {E})?, (?:which|that) (?P<s>{E}) (?:owns|controls|operates|runs|built|is building|has built|acquired|bought)\b",
        0.75,
        stake=False,
        keys="which|that",
    ),
    make_rule(
        # "DeepMind, the London lab Google bought in 2014"
        "the-x-it-bought",
        "owns",
        rf"(?P<o>{E}), (?:the|a|an) (?:[\w-]+ |\x01\d+ ){{0,3}}?(?:lab|company|startup|start-up|firm|business|maker|developer|designer|operator|network|platform) (?:that |which )?(?P<s>{E}) (?:bought|acquired|purchased|took over|has bought|has acquired|had bought|had acquired)\b",
        0.75,
        stake=False,
        keys="bought|acquired|purchased|took over",
    ),
    make_rule(
        # "Prism Cloud, which Santoro Group set up in 2021 as its AI infrastructure unit"
        "which-x-set-up-as-unit",
        "owns",
        rf"(?P<o>{E}), (?:which|that) (?P<s>{E}) (?:set up|sets up|created|creates|formed|forms|founded|launched|spun up|established|built)\b {g}\bas (?:its|their|a|an|the|{E}'s) (?:[\w-]+ ){{0,3}}?(?:unit|division|arm|subsidiary|business|venture)\b",
        0.8,
        stake=False,
        keys="set up|sets up|created|creates|formed|forms|founded|launched|spun up|established|built",
    ),
    make_rule(
        # "Backed by Nvidia and Salesforce Ventures, Corrie AI builds ..."
        "fronted-backed-by",
        "owns",
        # fronted only: in "The landlord, which is backed by B, also hosts C" B backs the landlord
        rf"(?:^|(?<=^newly )|(?<=^also )|(?<=^now ))(?:backed|funded|financed) by (?P<s>{L}), (?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?P<o>{E})",
        0.7,
        stake=True,
        keys="backed by|funded by|financed by",
    ),
    make_rule(
        # "Fenwick Partners sold its 15% stake in Ossian AI to Larch Capital": the buyer holds it now
        "sold-stake-to",
        "owns",
        rf"\b(?:sold|sells|selling|agreed to sell|is selling|will sell) (?:its|their|his|her|a|the|{E}'s) (?P<mid>(?:[\w$.,%-]+ ){{0,4}}?(?:stake|shares|holding|interest))\b in (?:the )?(?P<o>{E})(?: (?:facility|site|campus|data cent(?:re|er)|business|unit))?(?: (?:in|near) \x01\d+)? to (?P<s>{E})",
        0.8,
        stake=True,
        keys="sold|sell",
    ),
    make_rule(
        "appositive-hyphen-backed",
        "owns",
        rf"(?P<o>{E}), (?:a|an|the) (?P<s>{E})-(?:backed|funded|financed)\b",
        0.75,
        stake=True,
        keys="-backed|-funded|-financed",
    ),
    make_rule(
        "hyphen-owned",
        "owns",
        rf"(?P<s>{E})-(?:owned|controlled) (?:[\w-]+ )?(?P<o>{E})",
        0.75,
        stake=False,
        keys="-owned|-controlled",
    ),
    make_rule(
        "parent-of",
        "owns",
        rf"(?P<s>{E}), (?:the |its )?(?:parent|owner|parent company|holding company) of (?P<o>{E})",
        0.8,
        stake=False,
        keys="parent|owner|holding",
    ),
    make_rule(
        "possessive-parent",
        "owns",
        rf"(?P<o>{E})(?:'s|,? whose) (?:(?:majority|controlling|ultimate|sole|new) )?(?:parent|owner|parent company|holding company|controlling shareholder),? (?:is |was |remains )?(?:(?:the|a|an) (?:[\w-]+ ){{0,3}}?)?(?P<s>{E})",
        0.8,
        stake=False,
        keys="parent|owner|holding|controlling shareholder",
    ),
    make_rule(
        # "the last payment will leave Harrow with roughly 11% of Quorra": what it then holds
        "leaves-it-with-share-of",
        "owns",
        rf"\b(?:leave|leaves|left|leaving) (?P<s>{E}) (?:holding |owning )?with (?P<mid>(?:about |around |roughly |nearly |almost |some |just under |just over |more than )?(?:[\d.]+ ?%|[\d.]+ per ?cent)) of (?P<o>{E})",
        0.7,
        stake=True,
        keys="leave|left",
    ),
    make_rule(
        # "Kinsey Networks is wholly ours now" (an answer's "ours"), "Kinsey is now entirely Harlow's"
        "is-wholly-theirs",
        "owns",
        rf"(?P<o>{E}) (?:is|are) (?:now )?(?:wholly|entirely|fully|100%) (?P<s>{E})(?:'s)?(?![\w'-])",
        0.75,
        stake=False,
        keys="wholly|entirely|fully|100%",
    ),
    make_rule(
        # "Krutrim, the AI company that Ola built and still controls"
        "epithet-that-x-controls",
        "owns",
        rf"(?P<o>{E}), (?:the|a|an) [^,;]{{1,60}}? (?:that|which) (?P<s>{E}) (?:[a-z]+ and )?(?:still |now |also )?(?:controls|owns|wholly owns)\b",
        0.75,
        stake=False,
        keys="controls|still owns|also owns|now owns|and owns|wholly owns",
    ),
    make_rule(
        # "Harrow also runs a GPU rental business, Harrow Cloud, ...": a business a company
        # runs, named in apposition, is its own
        "runs-a-business-named",
        "owns",
        rf"(?P<s>{E}) (?:also |now |still |already )?(?:runs|operates|owns|has|set up|sets up|launched) (?:a|an|its) [^,;\x00]{{1,50}}? (?:business|unit|arm|division|subsidiary|operation|venture), (?P<o>{E})",
        0.7,
        stake=False,
        keys="business|unit|arm|division|subsidiary|operation|venture",
    ),
    make_rule(
        # "Corvale, the Bristol chip designer that Harrow bought in 2024": what the relative
        # clause's buyer bought is the name the description stands beside (whose head may be
        # a token: "the Bristol <chip designer>", read as that name's reference)
        "epithet-that-x-bought",
        "owns",
        rf"(?P<o>{E}), (?:the|a|an) [^,;]{{1,60}}? (?:that|which) (?P<s>{E}) (?:later |eventually |finally |then )?(?:bought|acquired|took over|purchased|snapped up)\b(?! (?:a |an |the )?(?:stake|shares|holding|interest|minority)\b)",
        0.75,
        stake=False,
        keys="bought|acquired|took over|purchased|snapped up",
    ),
    make_rule(
        # "..., making Corsley a consolidated subsidiary of the investment firm"
        "made-subsidiary-of",
        "owns",
        rf"\b(?:making|makes|made|make|turning|turned|turns) (?P<o>{E}) (?:a|an) (?:[\w-]+ ){{0,2}}?(?:subsidiary|unit|division) of (?P<s>{E})",
        0.75,
        stake=False,
        keys="subsidiary of|division of|unit of",
    ),
    make_rule(
        "counts-as-investor",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:counts|counted|lists|listed|names|named)\b (?P<s>{L}) as (?:an? |its |their )?(?:[\w$.-]+ ){{0,3}}?(?:backer|investor|shareholder)s?\b",  # "as a $1.5 billion minority investor"
        0.75,
        stake=True,
        keys="backer|investor|shareholder",
    ),
    make_rule(
        "backed-by-hyphen",
        "owns",
        rf"(?P<s>{E})-(?:backed|funded) (?:[\w-]+ )?(?P<o>{E})",
        0.75,
        stake=True,
        keys="-backed|-funded",
    ),
    make_rule(
        "backs",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:backs|backed|funds|funded|financed)\b (?P<o>{E})",
        0.7,
        stake=True,
        keys="back|fund|financ",
    ),
    make_rule(
        "it-has-backed",
        "owns",
        rf"(?P<o>{E}) (?:that |which )?(?P<s>{E}) (?:has |had |have )?(?:backed|funded|invested in)\b",
        0.7,
        stake=True,
        keys="back|fund|invest",
    ),
    make_rule(
        "is-shareholder",
        "owns",
        rf"(?P<s>{E}){AP} (?:(?! and )[^;\x00]|\x00\d+'s ){{0,50}}?\b(?:is|was|has been|had been|became|becomes|becoming|remains|as)\b (?:a |an |the |one of )?(?:[\w-]+ ){{0,2}}?(?P<o>{E})(?:'s)? (?:[\w-]+ ){{0,2}}?(?:shareholders?|investors?|backers?|stakeholders?)\b",
        0.75,
        stake=True,
        keys="shareholder|investor|backer|stakeholder",
    ),
    make_rule(
        "appositive-shareholder",
        "owns",
        rf"(?P<s>{E}), (?:the |its |a |an )?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:shareholders?|investors?|backers?)\b",
        0.8,
        stake=True,
        keys="shareholder|investor|backer",
    ),
    make_rule(
        "appositive-parent",
        "owns",
        rf"(?P<s>{E}), (?:the |its )?(?P<o>{E})'s (?!(?:former|previous|prior|old|erstwhile|one-time|ex-)\b)(?:[\w-]+ ){{0,2}}?(?:owner|parent|parent company)\b",
        0.8,
        stake=False,
        keys="owner|parent",
    ),
    make_rule(
        # "Amazon, another large investor in Anthropic, says ...", "Stourby, an early backer of
        # Noventa, ..."; not "a former investor in", "a would-be backer of"
        "appositive-investor-in",
        "owns",
        rf"(?P<s>{E}), (?:a|an|another|the|its|one of the|an early|a big) (?:(?!(?:former|onetime|one-time|ex|prospective|potential|would-be|possible|likely)\b)[\w-]+ ){{0,2}}?(?:investor|backer|shareholder|funder)s? (?:in|of) (?P<o>{E})(?!'s)",
        0.75,
        stake=True,
        keys="investor|backer|shareholder|funder",
    ),
    make_rule(
        # "Boden One, its liquid-cooled campus in Sweden": the site the possessor owns
        "appositive-facility",
        "owns",
        rf"(?P<o>{E}), (?:the |a |an )?(?P<s>{E})'s (?:[\w-]+ ){{0,3}}?(?:campus|data cent(?:re|er)|site|facility|supercomputer|cluster)\b",
        0.75,
        stake=False,
        keys="campus|data cent|site|facilit|supercomput|cluster",
    ),
    make_rule(
        # "the Thomson Reuters product CoCounsel": the maker's own product line
        "the-x-product-y",
        "owns",
        rf"(?P<s>(?<=\bthe ){E}) (?:product|chatbot|assistant|app|tool|service|brand) (?P<o>{E})",
        0.7,
        stake=False,
        keys=" product | chatbot | assistant | app | tool | service | brand ",
    ),
    make_rule(
        "is-investor-bare",
        "owns",
        rf"(?P<s>{E}) (?:is|was|remains|became|is also) (?:a |an |the )?(?:minority |major |strategic |early |largest |biggest |key )*(?:investor|shareholder|backer)\b(?! (?:in|of)\b)",
        0.5,
        stake=True,
        keys="investor|shareholder|backer",
    ),
    make_rule(
        "paid-for-share",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:paid|pays|pay|paying|spent|invested)\b {g}\bfor (?:a )?(?P<mid>[\d.]+ ?%|[\w-]+ per ?cent) (?:stake )?(?:of|in) (?P<o>{E})",
        0.85,
        stake=True,
        keys="%|per cent|percent",
    ),
    make_rule(
        # "Tarrow has become one of the largest outside shareholders in Velmi"; "G42, the group
        # that is also one of its shareholders": a holder among several holds a stake
        "one-of-shareholders",
        "owns",
        rf"(?P<s>{E}){AP}(?:,? [^;\x00]{{0,50}}?)? (?:is|was|are|were|became|becomes|has become|have become|had become|remains|remained) (?:(?:now|also|still|already|long) )*(?:one of|among) (?:the |(?P<o2>{E})(?:'s)? )?(?:(?:largest|biggest|main|early|earliest|first|outside|external|minority|strategic|key|few) )*(?:shareholders|investors|backers|owners|stakeholders)\b(?: (?:in|of) (?P<o>{E}))?",
        0.7,
        stake=True,
        keys="shareholders|investors|backers|owners|stakeholders",  # rarer than "one of"
    ),
    make_rule(
        "received-stock",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:received|receives|got|gets|holds|held|owns|bought|acquired|took)\b {g}\bof (?P<o>{E}) (?:stock|shares|equity)",
        0.8,
        stake=True,
        keys="stock|shares|equity",
    ),
    make_rule(
        "facility-it-builds",
        "owns",
        # "the X campus in Yorkshire, a site Y owns": the aside is about the campus, not
        # the place it stands in
        rf"(?<! in )(?P<o>{E})(?: in {E})?, (?:a |an |the )?(?:\x01\d+ )?(?:[\w-]+ ){{0,3}}?(?:campus|cluster|data[- ]cent(?:re|er)|facility|site|supercomputer|cloud)\b (?:that |which )?(?P<s>{E}) (?:is |was |has |had )?(?:been )?(?:(?:plans|planned|intends|intended|aims|aimed|is going|wants|hopes) to |will |would )?(?:building|developing|constructing|operating|running|owns|built|developed|operates|runs|build|develop|construct|operate|run|own)\b",
        0.75,
        stake=False,
    ),
    make_rule(
        "built-its-facility",
        "owns",
        rf"(?P<s>{E}){AP} {g}\b(?:built|builds|building|operates|operating|runs|launched|launches|opened|completed|constructed)\b (?:its |their |{E}'s )?(?:own )?(?:[\w-]+ )?(?P<o>{E})(?!'s)",
        0.7,
        stake=False,
    ),
    make_rule(
        # "Rainier, a cluster of Trainium chips operated in Indiana by AWS"
        "facility-operated-by",
        "owns",
        rf"(?P<o>{E}), (?:a|an|the) (?:[\w-]+ ){{0,3}}?(?:campus|cluster|data[- ]cent(?:re|er)|facility|site|supercomputer)\b(?: of (?:[\w-]+ ){{0,3}}?[\w-]+)? (?:owned|operated|run|built and run|owned and operated)(?: (?:in|near|outside) \x01\d+)? by (?P<s>{E})",
        0.7,
        stake=False,
        keys=" by ",
    ),
    make_rule(
        "facility-built-by",
        "owns",
        rf"(?P<o>{E}){AP} (?:was|were|is|has been|had been|is being) (?:[\w-]+ )?(?:built|developed|constructed|designed and built) by (?P<s>{E})",
        0.7,
        stake=False,
        keys=" by ",
    ),
    make_rule(
        "its-own-facility",
        "owns",
        rf"(?P<o>{E}), (?P<s>{E})'s own (?:[\w-]+ ){{0,3}}?(?:cloud|campus|cluster|data[- ]cent(?:re|er)|supercomputer|facility)",
        0.8,
        stake=False,
        keys="own",
    ),
    make_rule(
        # "Tolland Cloud counts the Oregon pension fund among its shareholders"
        "counts-among-shareholders",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:counts?|counted|names?|named|lists?|listed|includes?|included)\b (?:(?:the|a|an) (?:[\w-]+ ){{0,3}}?)?(?P<s>{L}) among (?:its|the|{E}'s) (?:[\w-]+ ){{0,2}}?(?:shareholders|investors|backers|owners)\b",
        0.75,
        stake=True,
        keys="among",
    ),
    make_rule(
        # "Brisa AI's main investor, the venture firm Holm Capital, says ..."
        "possessive-investor-appositive",
        "owns",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:investor|backer|shareholder), (?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?P<s>{E})(?=,| \u200b| is| was| has| had| will| owns| holds| said| says)",
        0.75,
        stake=True,
        keys="investor|backer|shareholder",
    ),
    make_rule(
        # "Brisa AI's parent, the Osaka conglomerate Hoshiro, says ..." (not its former owner)
        "possessive-parent-appositive",
        "owns",
        rf"(?P<o>{E})'s (?!(?:former|previous|prior|old|erstwhile|one-time|ex-)\b)(?:[\w-]+ ){{0,2}}?(?:owner|parent|parent company), (?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?P<s>{E})(?=,| \u200b| is| was| has| had| will| owns| holds| said| says)",
        0.75,
        stake=False,
        keys="owner|parent",
    ),
    make_rule(
        # "X is 60% owned by A, with the remaining 40% held by B": B holds the rest
        "with-rest-held-by",
        "owns",
        rf"(?P<o>{E}){AP} {g}\b(?:owned|held|controlled)\b{G}\bwith (?P<mid>the (?:remaining|other|rest|balance|remainder)\b[^;\x00]{{0,30}}?)\b(?:held|owned|controlled) by (?:the )?(?:[\w-]+ ){{0,3}}?(?P<s>{L})",
        0.75,
        stake=True,
        keys="the remaining|the other|the rest|the balance|the remainder",
    ),
)
