# ruff: noqa: E501  -- a table of regular expressions reads best one rule per line
"""Rules for rents-capacity-to: the subject supplies compute, the object uses it."""

from __future__ import annotations

from ingest.extract._rulebase import (
    AP,
    CN,
    COUNTED,
    FOR_ITS_WORK,
    PROPERTY,
    PROVIDER_ROLE,
    E,
    G,
    L,
    Rule,
    g,
    make_rule,
)

RENTS: tuple[Rule, ...] = (
    make_rule(
        "rent-from",
        "rents-capacity-to",
        # (not "X, which rents out racks, raised money from Y": renting out is supplying)
        rf"(?P<o>{L}){AP} {g}\b(?:rent|rents|rented|renting|lease|leases|leased|leasing)\b(?! out\b){G}\b(?:from|on|through|via) (?:the |both |either )?(?:(?:[\w-]+ ){{0,3}}?(?:providers|clouds|suppliers|companies|operators|firms|neoclouds),? (?:including|such as|like|notably|among them) )?(?P<s>{L})",
        0.85,
        keys="rent|leas",
    ),
    make_rule(
        "buy-compute-from",
        "rents-capacity-to",
        # (not "buys the servers from Delmar": hardware bought outright is not rented)
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|take|takes|took|taking|get|gets|got|getting|source[sd]?|sourcing|secure[sd]?|securing|access|accessing|run|runs|running)\b(?! (?:the |its |their |new )?(?:servers|hardware|machines|racks|chips) from\b){g}\b{CN}\b{g}\b(?:from|on|through|via) (?:(?:[\w-]+ ){{0,3}}?(?:providers|clouds|suppliers|companies|operators|firms|neoclouds),? (?:including|such as|like|notably|among them) )?(?P<s>{L})",
        0.8,
    ),
    make_rule(
        "supply-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:rents?|rented|renting|leases?|leased|leasing|suppl(?:y|ies|ied|ying)|provides?|provided|providing|(?:sells?|sold|selling|offers?|offered)(?= (?:[\w$.,-]+ ){{0,4}}?(?:capacity|compute|computing|cloud|access))|deliver(?:s|ed|ing)?|deploy(?:s|ed|ing)?|host(?:s|ed|ing)?|(?:runs?|running|ran)(?! (?:short|out|low|into)\b)|build(?:s|ing)?|built|operat(?:e|es|ed|ing)|reserv(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set(?:s|ting)? aside)\b[^;\x00]{{0,90}}?\b{CN}\b{g}\b(?:to|for) (?:(?:[\w-]+ ){{0,3}}?(?:developers|labs|companies|customers|clients|start-?ups|firms|groups|teams|businesses|institutions),? (?:such as|like|including|notably) |the (?=\x00)|{COUNTED})?(?P<o>{L}){FOR_ITS_WORK}",
        0.8,
    ),
    make_rule(
        "supply-with",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:suppl(?:y|ies|ied|ying)|provides?|provided|providing|furnish\w*|equip\w*)\b (?P<o>{L}) with {g}\b{CN}",
        0.8,
        keys="suppl|provid|furnish|equip",
    ),
    make_rule(
        "leased-by-from",
        "rents-capacity-to",
        rf"\b(?:leased|rented|bought|purchased|contracted|taken) by (?P<o>{E}) from (?P<s>{E})",
        0.85,
        keys=" by ",
    ),
    make_rule(
        # "the provision of inference capacity to Loxham by Oster began in July"
        "nominal-provision-to-by",
        "rents-capacity-to",
        rf"\b(?:provision|supply|lease|leasing|rental|renting|delivery|hosting) of (?:[\w-]+ ){{0,3}}?{CN} to (?P<o>{E}) by (?P<s>{E})",
        0.8,
        keys="provision of|supply of|lease of|leasing of|rental of|renting of|delivery of|hosting of",
    ),
    make_rule(
        # "At weekends we sublet part of our reservation to Ankur Bio": a renter letting on
        "sublet-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:sublets?|subletting|subleases?|subleased|subleasing|sub-lets?)\b{g} to (?P<o>{E})",
        0.75,
        keys="sublet|sublease|sub-let",
    ),
    make_rule(
        # "they have 4,000 H200s set aside for us until 2027": chips held for a renter
        "chips-set-aside-for",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} (?:has|have|had|keeps|keep|kept|holds|hold|held) [^;\x00]{{0,30}}?(?:\b{CN}\b|\x00\d+) (?:set aside|reserved|earmarked) for (?P<o>{E})",  # a chip's name too: "H200s"
        0.75,
        keys="set aside for|reserved for|earmarked for",
    ),
    make_rule(
        # "xAI agreed to take 500 megawatts of capacity in Humain's data centres"
        "capacity-in-their-sites",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:take|takes|took|taking|rent|rents|rented|renting|lease|leases|leased|leasing|book|books|booked|reserve[sd]?|reserving|buy|buys|bought|use[sd]?|using)\b{g}\b{CN} in (?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:data[- ]cent(?:re|er)s?|campus(?:es)?|facilit(?:y|ies)|halls?|sites?)\b",
        0.75,
        keys="capacity in|compute in|computing in|gpus in|gpu in|chips in|servers in|tpus in|clusters in|cluster in|infrastructure in",
    ),
    make_rule(
        # "Hartwell, which rents them out to, among others, Brisling AI": hardware named in an
        # earlier clause, rented out by a pronoun ("them", "it") to the tenants listed
        "rents-them-out-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:rents?|rented|renting|leases?|leased|leasing|hires?|hired|hiring|lets?|letting) (?:them|it|those|these) out to,? (?:among others,? |including |notably |mainly )?(?:the (?:[\w-]+ ){{0,3}}?(?=\x00))?(?P<o>{L})",
        0.75,
        keys="out to",
    ),
    make_rule(
        # "More than 40,000 GPUs are being supplied to Poolside by CoreWeave": the passive
        "supplied-to-by",
        "rents-capacity-to",
        rf"\b{CN} (?:(?:are|is|were|was|will be|have been|has been|are being|is being|had been) )?(?:now )?(?:supplied|provided|leased|rented|delivered|hosted) (?:out )?to (?P<o>{E}) by (?P<s>{E})",
        0.8,
        keys="supplied to|provided to|leased to|rented to|delivered to|hosted to|out to",
    ),
    make_rule(
        "pay-for-compute",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:pay|pays|paid|paying)\b (?P<s>{E}){G}\bfor {g}\b{CN}",
        0.8,
        keys=" pay| paid",
    ),
    # "closes its purchase of the X campus" buys the property itself: that is an
    # acquisition, not capacity bought from X
    make_rule(
        "buy-of-provider",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|spend\w*|spent|commit\w*|contract\w*|reserv\w*)\b{G}\b(?:(?:of|on|to) (?P<s>{E})|on (?P<s2>{E})'s) (?:[\w-]+ ){{0,2}}?(?!{PROPERTY}){CN}",
        0.8,
    ),
    make_rule(
        # "Pellam AI will spend $4 billion on servers in the Amazon cloud unit's data centres"
        "spend-on-capacity-in",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:spend|spends|spent|commit|commits|committed) {G}\bon (?:[\w-]+ ){{0,2}}?{CN} (?:in|inside) (?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:data cent(?:re|er)s?|facilities|campus(?:es)?|clusters?)\b",
        0.75,
        keys="spend |spends |spent |commit |commits |committed ",
    ),
    make_rule(
        "buy-provider-capacity",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|use|uses|used|using|tap|taps|tapped|tapping|access(?<!controls access)(?<!control access)(?<!controlled access)(?<!controlling access)|accessing|rent|rents|rented|renting|lease|leases|leased|leasing|book|books|booked|booking|reserve[sd]?|reserving)\b (?:(?!which |who )[\w$.,-]+ ){{0,6}}?(?P<s>{E})(?:'s)? (?:[\w\x01-]+ ){{0,2}}?{CN}(?! (?:back )?to (?:the )?\x00)",  # not across a relative clause
        0.7,
        usage=True,
    ),
    make_rule(
        # "Lanterne is taking about 18,000 GPUs at Quayside's new campus": a counted batch of
        # chips taken at someone's site is capacity rented there ("took a stake" is no count)
        "takes-gpus-at",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:take|takes|took|taking|taken) (?:(?:about|some|up to|roughly|nearly|another|a further|more than) )?[\d.,]+ (?:[\w-]+ ){{0,2}}?(?:gpus|chips|accelerators|servers|racks) (?:at|in) (?P<s>{E})'s\b",
        0.65,
        usage=True,
        # the chip noun and the preposition after it, together: each alone is everywhere
        keys="gpus at|gpus in|chips at|chips in|accelerators at|accelerators in|servers at|servers in|racks at|racks in",
    ),
    make_rule(
        # "Most of Halcyon's training happens on Oracle Cloud Infrastructure"
        "work-happens-on",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:training|inference|workloads?|models?|compute|computing|experiments|research) (?:[\w-]+ ){{0,2}}?(?:happens?|takes? place|(?:is|are) (?:done|carried out|hosted)) (?:[\w-]+ ){{0,2}}?(?:on|in|at|with|inside) (?P<s>{E})",
        0.7,
        usage=True,
        keys="happen|takes place|take place|is done|are done|carried out|is hosted|are hosted",
    ),
    make_rule(
        # "how much of Velmora's existing work runs on AWS": the work's owner uses the cloud
        "work-runs-on",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:work|workloads?|training(?: runs)?|inference|models|experiments|services|products?) (?:still |now |mostly |largely |already )?(?:(?:have|has|had) )?(?:runs?|ran|running|lives?|sits?|is run|are run|is hosted|are hosted|is trained|are trained|(?:is|are) served) (?:in the cloud,? )?(?:on|in|at|inside) (?P<s>{E})",
        0.7,
        usage=True,
        keys=" runs | run | ran | running | lives | sits | is run | are run | is hosted| are hosted| is trained| are trained| is served| are served",
    ),
    make_rule(
        # '"Every training run we do happens on Stratocell's clusters," said the start-up's CTO'
        "work-it-does-happens-on",
        "rents-capacity-to",
        # anchored at the name: the noun before it is a fixed-width look back
        rf"(?P<o>(?:(?<=training )|(?<=inference )|(?<=workload )|(?<=workloads )|(?<=run )|(?<=runs )|(?<=experiments )|(?<=work )|(?<=computing )){E}) (?:do|does|did|run|runs|ran|carry out|carries out) (?:happens?|happened|takes? place|took place|runs? on|ran on|(?:is|are|was|were) (?:done|carried out|hosted)) (?:[\w-]+ ){{0,2}}?(?:(?:on|in|at|with|inside) )?(?P<s>{E})",
        0.7,
        usage=True,
        keys="happen|takes place|take place|took place|run on|runs on|ran on|is done|are done|carried out|is hosted|are hosted",
    ),
    make_rule(
        # "Rook Compute said it had signed Meta as a customer for its GPU cloud"
        "signed-as-customer",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:signed|signs|signing|won|wins|landed|lands|added|adds|secured|secures) (?:up )?(?P<o>{L}) as (?:a |an |its |{E}'s )?(?:[\w-]+ ){{0,2}}?(?:customer|client|tenant|anchor tenant)\b",
        0.7,
        usage=True,
        keys=" as a customer| as customer| as its customer| as a client| as a tenant| as an anchor tenant",
    ),
    make_rule(
        # "Lumo Labs has moved its training runs from Lambda to Corrib Compute"
        "moved-from-to",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:moved|moves|moving|shifted|shifts|shifting|switched|switches|switching|migrated|migrates|migrating|transferred)\b {g}\bfrom {E} to (?P<s>{E})",
        0.7,
        usage=True,
        keys=" move| shift| switch| migrat| transferred",
    ),
    make_rule(
        # "Corrib Compute gets most of its revenue from AI customers such as A and B"
        "customers-such-as",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} (?:[^;\x00]|\x00\d+'s ){{0,80}}?\b(?:customers|clients|tenants),? (?:such as|like|including) (?P<o>{L})",
        0.65,  # only a cloud's customers are renters (_checks)
        keys="customers|clients|tenants",
    ),
    make_rule(
        # "trains its models on a mix of AWS and CoreWeave capacity"
        "run-on-mix",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:run|runs|ran|running|train|trains|trained|training|serve|serves|served|serving|host|hosts|hosted|rel(?:y|ies|ied|ying))\b{G}\b(?:on|across|with) a (?:mix|combination|blend|patchwork) of (?P<s>{L})",
        0.7,
        usage=True,
        keys="mix of|combination of|blend of|patchwork of",
    ),
    make_rule(
        # also "Brisa AI trains on 8,000 GPUs at Tolland Cloud's Oregon campus"
        "run-on",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:run|runs|ran|running|train|trains|trained|training|serve|serves|served|serving|scale|scales|scaling|host|hosts|hosted|rel(?:y|ies|ied|ying)|lean|leans|leaned|leant|leaning|depend\w*|tap|taps|tapped|tapping|use|uses|used|using|expand\w*|deploy\w*|move[sd]?|moving|migrat\w+|trained)\b{G}\b(?:on|onto|through|via|use of|with|in(?:to)?(?= {E}'s (?:[\w\x01-]+ ){{0,2}}?(?:data cent|facilit|cluster|campus|server))|at(?: the)?(?= {E} (?:data cent|campus|facilit|cluster|site))|on (?:[\w$.,-]+ ){{0,4}}?{CN} (?:at|in|inside)(?= {E}'s (?:[\w-]+ |\x01\d+ ){{0,2}}?(?:campus|site|data cent|facilit|cloud|cluster|hall|building))) (?P<s>{E})",
        0.7,
        usage=True,
    ),
    make_rule(
        # "X trains its models on capacity rented from cloud providers, including Y"
        "on-capacity-rented-from",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:run|runs|ran|running|train|trains|trained|training|serve|serves|served|serving|rel(?:y|ies|ied|ying) on|depends? on|depended on)\b{g}\b(?:on|with|using) (?:[\w-]+ ){{0,2}}?{CN} (?:rented|leased|bought|purchased|sourced|hired) from (?:(?:[\w-]+ ){{0,3}}?(?:providers|clouds|suppliers|companies|operators|firms),? (?:including|such as|like|notably|among them) )?(?P<s>{L})",
        0.75,
        keys="rented from|leased from|bought from|purchased from|sourced from|hired from",
    ),
    make_rule(
        # "Until now Solent has trained on capacity from CoreWeave"
        "on-capacity-from",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:run|runs|ran|running|train|trains|trained|training|serve|serves|served|serving|rel(?:y|ies|ied|ying) on|depends? on|depended on)\b{g}\b(?:on|with|using) (?:[\w-]+ ){{0,2}}?{CN} from (?P<s>{L})",
        0.75,
        keys="capacity from|compute from|gpus from|chips from|servers from|infrastructure from|cloud from|power from",
    ),
    make_rule(
        # "inference is served from GPUs leased from Crusoe and from Lambda": the clause's renter
        "capacity-leased-from",
        "rents-capacity-to",
        rf"\b(?:leased|rented|hired|sourced) from (?P<s>{L})(?:,? and (?:also )?from (?P<s2>{L}))?",
        0.7,
        keys="leased from|rented from|hired from|sourced from",
    ),
    make_rule(
        # "Crusoe's data centres in Wyoming will power Rivulet AI's next model"
        "capacity-will-power",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?{CN}\b{g}\b(?:will |would |now |also |to )?(?:power|powers|powered|powering|host|hosts|hosted|run|runs)\b (?:(?:most|much|all|part|some) of )?(?P<o>{E})",
        0.75,
        keys="power|host| run",
    ),
    make_rule(
        # "Perrin Compute ... signed a 200-megawatt lease with Mirror Labs": the cloud is the lessor
        "lease-with",
        "rents-capacity-to",
        rf"(?P<a>{E}){AP} {g}\b(?:signed|signs|inked|struck|agreed|reached|announced)\b{g}\b(?:lease|leasing (?:deal|agreement|contract))\b{g}\bwith (?P<b>{E})",
        0.7,
        typed=True,
        keys="lease|leasing",
    ),
    make_rule(
        # "Hexley Compute runs inference for Pellam AI's chatbot"
        "runs-work-for",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:runs?|ran|running|hosts?|hosted|hosting|handles?|handled|serves?|served|powers?|powered)\b (?:(?:all|most|much|some|part) of )?(?:the )?(?:[\w-]+ )?(?:inference|training|workloads?|computing|compute|models)\b (?:work )?for (?P<o>{E})",
        0.7,
        usage=True,
        keys="inference for|training for|workload for|workloads for|computing for|compute for|models for",
    ),
    make_rule(
        "move-to",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:move[sd]?|moving|migrat\w+|shift\w*|switch\w*|transfer\w*)\b {g}\bto (?:(?:[\w-]+ ){{0,2}}?{CN} (?:in|on|at|from|with) |(?:a |an |the )?(?:[\w-]+ ){{0,2}}?{CN}\b[^;\x00]{{0,40}}? (?:called|named|known as|dubbed) )?(?P<s>{E})",
        0.65,
        usage=True,
        keys="mov|migrat|shift|switch|transfer",
    ),
    make_rule(
        "use-provider",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:use|uses|used|using|tap|taps|tapped|tapping|chose|chosen|picked|selected|rel(?:y|ies|ied) on|depends on|switched to|(?:signs?|signed|signing) up(?: for| with)?|hired)\b (?P<s>{L})",
        0.7,
        usage=True,
    ),
    make_rule(
        # "Kesh AI turned to Wendle Cloud", "has signed on with Crusoe for GPUs" (a rule of its
        # own: use-provider is tried on most sentences, and its verbs on every gap)
        "turned-to-provider",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:turn(?:s|ed|ing)? to|(?:signs?|signed|signing) (?:up |on )?with)\b (?P<s>{L})",
        0.7,
        usage=True,
        keys="turn|sign with|signs with|signed with|signing with|sign on|signs on|signed on|signing on|sign up|signs up|signed up|signing up",
    ),
    make_rule(
        "contract-for-capacity-on",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:signed|signs|agreed|struck|inked|reached|secured|has|have|announced)\b{G}\b(?:contract|deal|agreement|pact|commitment)\b{G}\b(?:for|of) {CN} (?:on|from|at|with) (?P<s>{E})",
        0.8,
    ),
    make_rule(
        "contract-with",
        "rents-capacity-to",
        rf"(?P<o>{L}){AP} {g}\b(?:signed|signs|agreed|agrees|struck|inked|reached|committed|secured|has|had|announced)\b{g}\b(?:contracts?|deals?|agreements?|pacts?)\b{g}\bwith (?:the )?(?P<s>{L})",
        0.65,
        usage=True,
    ),
    make_rule(
        # "Kestrel Cloud signed a smaller deal with Meta": a cloud's deals sell its capacity
        "provider-deal-with",
        "rents-capacity-to",
        rf"(?P<a>{E}){AP} {g}\b(?:signed|signs|struck|strikes|inked|inks|reached|agreed|announced|landed|lands|won|wins)\b {g}\b(?:contracts?|deals?|agreements?|pacts?)\b with (?P<b>{E})",
        0.6,
        typed=True,
        keys="contract|deal|agreement| pact",
    ),
    make_rule(
        "possessive-contract-with",
        "rents-capacity-to",
        rf"(?P<o>{E})'s {g}\b(?:contracts?|deals?|agreements?)\b with (?P<s>{E})",
        0.6,
        usage=True,
    ),
    make_rule(
        "deal-between",
        "rents-capacity-to",
        rf"\b(?:{CN}|cloud|compute)\w* (?:contract|deal|agreement|partnership|pact)s?\b{g}\bbetween (?P<a>{E}) and (?P<b>{E})",
        0.6,
        typed=True,
        keys="between",
    ),
    make_rule(
        # "Kesh AI is a Wendle Cloud customer", "Kesh AI, a longtime Wendle tenant,": a cloud's
        # customer rents from it (_checks: only when the named one is a cloud)
        "compound-customer",
        "rents-capacity-to",
        rf"(?P<o>{E})(?:,| is| was| has been| became| remains| is also| is now| (?:is|are|was|were) not| is no longer| isn't) (?:a|an|another|one) (?:[\w-]+ ){{0,2}}?(?P<s>{E}) (?:customer|client|tenant)\b",
        0.7,
        keys="customer|client|tenant",
    ),
    make_rule(
        # "Hollin opened a hall. Brannock took all of it under a ten-year lease": the taker
        # rents what the one named (or referred to) offers, when a lease or contract says so
        "took-all-of-under-lease",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:took|takes|has taken|have taken|will take|is taking|leased|rented|booked|reserved|snapped up)\b (?:all|most|half|much|the rest|the whole|part) of (?P<s>{E})(?!'s) (?:under|on|in|for|through|with) (?:a|an|the|its) (?:[\w$.,-]+ ){{0,3}}?(?:lease|contract|deal|agreement|term)\b",
        0.65,
        keys="all of|most of|half of|much of|the rest of|the whole of|part of",
    ),
    make_rule(
        # "Kesh AI is supplied with GPUs by Wendle Cloud": the passive of "supply X with"
        "supplied-with-by",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} (?:is|are|was|were|will be|has been|have been|had been|is being|would be) (?:now |also |still |already )?(?:supplied|provided|furnished|equipped) with {g}\b{CN}\b{g}\bby (?P<s>{L})",
        0.75,
        keys="supplied with|provided with|furnished with|equipped with",
    ),
    make_rule(
        # "its racks sit in a data centre operated by Equinix": the site's operator hosts them
        "hardware-in-site-operated-by",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ )?(?:racks|servers|gpus|chips|machines|clusters?|hardware|systems) (?:sit|sits|are housed|are hosted|are located|live|are installed|are kept) in (?:a|an|the) (?:[\w-]+ ){{0,2}}?(?:data cent(?:re|er)|facility|campus|site|building|hall) (?:operated|run|owned|managed) by (?P<s>{E})",
        0.7,
        keys="operated by|run by|owned by|managed by",
    ),
    make_rule(
        "capacity-supplied-by",
        "rents-capacity-to",
        rf"\b(?:capacity|compute|computing power|servers|gpus|chips|infrastructure)(?: there| here)? (?:will be|is|are|was|were|would be|to be|has been|have been) (?:[\w-]+ )?(?:supplied|provided|delivered|hosted|operated) by (?P<s>{E})",
        0.65,
        keys=" by ",
    ),
    make_rule(
        # "part of X's AI computing will be hosted by Y"; "X's workloads are also run by Y, ..., and by Z"
        "workloads-run-by",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,3}}?(?:computing|compute|workloads?|training|capacity|models|infrastructure|inference|clusters?|servers)\b{g}\b(?:will be|is|are|was|were|would be|has been|have been|to be)(?: \w+ly| also| now| still| already){{0,2}} (?:hosted|run|supplied|provided|handled|served|powered|delivered) by (?P<s>{L})(?:,[^,;]{{1,60}},)?(?:,? and (?:also )?by (?P<s2>{L}))?",
        0.75,
        keys=" by ",
    ),
    make_rule(
        "customer-of",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:is|was|are|were|becomes|became|remains|as) (?:also )?(?:a |an |the |one of the |one of )?(?:[\w-]+ ){{0,2}}?(?:customers?|clients?|tenants?) (?:of|at) (?P<s>{E})",
        0.75,
        keys="customer|client|tenant",
    ),
    make_rule(
        "counts-as-customer",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:counts?|counted|names?|named|lists?|listed)\b (?P<o>{L}) as (?:its |their |{E}'s |a |an |one of its )?(?:[\w-]+ ){{0,2}}?(?:customer|client|tenant)s?\b",
        0.75,
        keys="customer|client|tenant",
    ),
    make_rule(
        # "Customers of the Reykjavik operator include A, B and C"
        "customers-of-include",
        "rents-capacity-to",
        rf"\b(?:customers|clients|tenants) of (?:the )?(?:[\w-]+ ){{0,2}}?(?P<s>{E}) (?:include|included|includes|are|were|have included) (?P<o>{L})",
        0.75,
        keys="customers of|clients of|tenants of",
    ),
    make_rule(
        # a fact list: "Pellow Compute by the numbers: 3 sites; customers including A and B"
        "listed-customers",
        "rents-capacity-to",
        rf"(?P<s>{E})[^\x00]{{0,80}}?[;:] (?:[\w-]+ ){{0,2}}?(?:customers|clients|tenants),? (?:including|include|includes|such as|like|:) (?P<o>{L})",
        0.7,
        keys="customers|clients|tenants",
    ),
    make_rule(
        # "Quill AI, its third lab customer," / "Quill AI, Tamsin's largest tenant"
        "appositive-customer",
        "rents-capacity-to",
        rf"(?P<o>{E}), (?:now |already )?(?P<s>{E})'s (?:[\w-]+ ){{0,3}}?(?:customer|client|tenant)\b",
        0.7,
        keys="customer|client|tenant",
    ),
    make_rule(
        # "Tamsin signed Quill AI to a four-year GPU lease": the landlord signs its tenant
        "signed-to-lease",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\bsign(?:s|ed|ing)? (?P<o>{E}){AP} (?:to|for) (?:a |an |its )?(?:[\w$.,-]+ ){{0,4}}?(?:lease|rental|(?:capacity|compute|gpu|hosting|cloud) (?:deal|contract|agreement))\b",
        0.75,
        keys=" sign",
    ),
    make_rule(
        # "Key customers of Morrow Grid: - A (since 2023) - B - the lab C"
        "customers-of-colon",
        "rents-capacity-to",
        rf"\b(?:customers|clients|tenants) (?:of|at) (?:the )?(?:[\w-]+ ){{0,2}}?(?P<s>{E}): (?:[-\u2022*\u2013] )?(?P<o>(?:the [\w-]+ )?{E}(?:(?: \([^()]{{1,30}}\))?,? (?:[-\u2022*\u2013]|and) (?:the [\w-]+ )?{E})*)",
        0.7,
        keys="customers|clients|tenants",
    ),
    make_rule(
        # "Harrowgate's newest capacity deal - 4,000 GPUs for Corvel Health -"
        "possessive-deal-capacity-for",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,3}}?(?:capacity|compute|computing|cloud|gpu|hosting) (?:deal|contract|agreement)\b[^;\x00]{{0,40}}?\b{CN} for (?P<o>{E})",
        0.7,
        keys="deal|contract|agreement",
    ),
    make_rule(
        # "it will keep using its existing supplier, Amazon Web Services,": a cloud (_checks)
        "possessive-supplier-appositive",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:supplier|provider|landlord|host)(?:, (?:the |a |an )?(?:[\w-]+ ){{0,3}}?| )(?P<s>{E})(?=,| is| was| has| had| will| remains| \u200b|\.|$)",
        0.65,
        keys="supplier|provider|landlord|host",
    ),
    make_rule(
        # "Sable's biggest customer, the coding-assistant maker Fennick, is unaffected"
        "possessive-customer-appositive",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:customer|client|tenant)(?:, (?:the |a |an )?(?:[\w-]+ ){{0,3}}?| )(?P<o>{E})(?=,| is| was| has| had| will| remains| \u200b)",
        0.65,  # only a cloud's customers are renters (_checks); \u200b: APPOSITIVE_END
        keys="customer|client|tenant",
    ),
    make_rule(
        "customers-include",
        "rents-capacity-to",
        rf"(?P<s>{E})(?:'s|,? whose) (?:[\w-]+ ){{0,2}}?(?:customers?|clients?|tenants?)(?: list| base| roster)?(?: (?:at|in) (?:the |its |{E}'s )?(?:[\w-]+ |\x01\d+ ){{0,2}}?(?:\x01\d+|campus|site|sites|facility|facilities))?(?: now| already| also| still)? (?:include|includes|included|are|were|is|was|such as|like) (?P<o>{L})",
        0.75,
        keys="customer|client|tenant",
    ),
    make_rule(
        # "CoreWeave signed leases for 400 megawatts at Polaris Forge 1": the tenant takes space
        # at a site; the site's owner (once known) is the landlord (_site_owners)
        "megawatts-at-site",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:take|takes|took|taking|lease|leases|leased|leasing|rent|rents|rented|renting|(?:signed|signs|signing) (?:a |an )?(?:[\w-]+ )?leases? for)\b (?:(?:a further|another|an additional|about|some|up to|roughly|nearly|the first|all) )?[\d.,]+ ?(?:megawatts|mw|gigawatts?|gw)\b[^;\x00]{{0,40}}?\b(?:at|in) (?:the )?(?P<s>{E})(?:'s (?:[\w-]+ ){{0,2}}?(?:campus|site|data cent(?:re|er)|facility|cluster|halls?|buildings?)\b)?(?!'s)",
        0.7,
        keys="megawatt|gigawatt| mw| gw",
    ),
    make_rule(
        "lease-it-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} (?:[^;\x00]|\x00\d+'s ){{0,90}}?\b(?:leases?|leased|leasing|rents?|rented|renting|sublets?|sublease[sd]?)\b (?:(?:all|most|much|part|some|half) of )?(?:{E}(?: (?:site|campus|facility|data cent(?:re|er)|cluster))?|them|(?:the|its|their|a|an|{E}'s|two|three|four|five|six|several|[\d,]+) (?:[\w-]+ |\x01\d+ ){{0,3}}?(?:site|campus|facility|facilities|buildings?|halls?|data cent(?:re|er)s?|capacity|space|clusters?|supercomputers?|racks|cages|suites))(?: (?:in|at|near|outside) \x01\d+(?:, \x01\d+)?)? (?:back )?to {COUNTED}(?P<o>{L})",
        0.8,
        keys="leas|rent|sublet|sublease",
    ),
    make_rule(
        # "X will rent the entire capacity of D, the data centre it owns in M, to Y"
        "rent-capacity-of-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:leases?|leased|leasing|rents?|rented|renting|sublets?|sublease[sd]?)(?: out)? (?:(?:all|most|much|part|some|half|the (?:entire|whole|full|spare)(?: (?:[\w-]+ )?{CN})?|(?:its |the )?(?:spare |excess |idle )?(?:(?:about |some |up to |roughly |nearly )?[\d.,]+ )?{CN}) (?:of|at|in) (?:the |its |{E}'s )?(?:[\w-]+ ){{0,2}}?{E}(?: (?:site|campus|facility|data cent(?:re|er)|cluster))?|(?:its|their|the|{E}'s) (?:[\w-]+ ){{0,2}}?{E})(?: (?:in|near|outside) \x01\d+(?:, \x01\d+)?)?(?:,(?:[^,;]|(?<=\d),(?=\d)){{1,100}},)? (?:back )?to (?P<o>{L})",
        0.8,
        keys="leas|rent|sublet|sublease",
    ),
    make_rule(
        # "D will be leased to Y by X"
        "leased-to-by",
        "rents-capacity-to",
        rf"\b(?:leased|rented|let|sublet|subleased)(?: out)? to (?P<o>{E})(?: [^;\x00]{{0,40}}?)? by (?P<s>{E})",
        0.8,
        keys=" by ",
    ),
    make_rule(
        # "Most of X's compute comes from Y"
        "compute-comes-from",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:compute|computing(?: power)?|capacity|gpus|chips|infrastructure|servers|sites|buildings|campuses|data cent(?:re|er)s|facilities|halls)\b{g}\b(?:comes?|came|will come|is coming|(?:is|are|was|were|will be|has been|have been) (?:sourced|bought|purchased|rented|leased|obtained|procured)) from (?P<s>{L})",
        0.75,
        keys="come from|comes from|came from|coming from|sourced from|bought from|purchased from|rented from|leased from|obtained from|procured from",
    ),
    make_rule(
        # "Capacity for X will come from Y": the party the compute is for follows it
        "capacity-for-comes-from",
        "rents-capacity-to",
        rf"(?<![\w-])(?:compute|computing(?: power)?|capacity|gpus|chips|infrastructure|servers) for (?P<o>{E})(?!'s){g}\b(?:comes?|came|will come|is coming) from (?P<s>{L})",
        0.75,
        keys="come from|comes from|came from|coming from",
    ),
    make_rule(
        "suppliers-include",
        "rents-capacity-to",
        # "X's suppliers include A", "X's roster of suppliers already includes A",
        # "X's cloud providers: A and B"
        rf"(?P<o>{E})'s (?:(?:[\w-]+ )?(?:roster|list|stable|line-?up|circle) of )?(?:[\w-]+ ){{0,2}}?(?:suppliers|providers|landlords|hosts)(?: (?:(?:already|now|also|still) )?(?:include|includes|included|are|were)(?: such as)?|:) (?P<s>{L})",
        0.7,
        keys="suppliers|providers|landlords|hosts",
    ),
    make_rule(
        "supplier-of-compute-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:suppliers?|providers?) of (?:[\w-]+ )?(?:compute|capacity|computing(?: power| capacity)?|cloud [\w-]+|gpus|servers) (?:to|for) (?P<o>{L})",
        0.75,
        keys="supplier|provider",
    ),
    make_rule(
        "customers-among",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:counts?|counted|names?|named|lists?|listed|includes?|included)\b (?:(?:the|a|an) (?:[\w-]+ ){{0,3}}?)?(?P<o>{L}) among (?:its|the|{E}'s) {g}\b(?:customers|clients|tenants)",
        0.75,
        keys="among",
    ),
    make_rule(
        # "Kairos AI, which Ferrum counts among its largest tenants"
        "which-counts-among-customers",
        "rents-capacity-to",
        rf"(?P<o>{E}),? (?:which|whom|who) (?P<s>{E}) (?:counts?|counted|names?|named|lists?|listed|considers?) (?:among|as) (?:its|their|{E}'s|one of its|a|an) (?:[\w-]+ ){{0,2}}?(?:customers?|clients?|tenants?)\b",
        0.75,
        keys="customer|client|tenant",
    ),
    make_rule(
        "signed-with-among",
        "rents-capacity-to",
        rf"(?P<o>{L}) among {g}\b(?:that|which|who) (?:have |had )?(?:signed|inked|struck|agreed)\b{g}\b(?:{CN}|cloud|compute)\b{g}\b(?:contracts?|deals?|agreements?) with (?P<s>{E})",
        0.75,
        keys="among",
    ),
    make_rule(
        "is-customer",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} (?:is|was|becomes|became|remains|remained|has become|has been|had become|will become|is now|was already) (?:also )?(?:a |an |the |one of )?(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:customer|client|tenant)s?\b",
        0.75,
        keys="customer|client|tenant",
    ),
    make_rule(
        "making-customer",
        "rents-capacity-to",
        rf"\b(?:making|makes|made|make) (?P<o>{E}) (?:a |an |the |one of )?(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:customer|client|tenant)s?\b",
        0.75,
        keys="customer|client|tenant",
    ),
    make_rule(
        "is-provider",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:is|remains|remained|was|as|becomes|became|will be|would be|to be|makes)\b (?:also |now |still )?(?:the |a |an |one of )?(?P<o>{E})'s (?:[\w-]+ ){{0,3}}?{PROVIDER_ROLE}",
        0.8,
        keys="provider|partner|supplier|landlord|host|vendor",
    ),
    make_rule(
        # "Corbel has become the main compute supplier to Wrenfield AI"
        "is-provider-to",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:is|was|remains|remained|became|becomes|has become|had become|will be|would be|will become|is now|acts as|serves as|will remain|would remain|stays|will stay)\b (?:also |now |still )?(?:the |a |an |one of the |its |their )?(?:[\w-]+ ){{0,2}}?{PROVIDER_ROLE} (?:to|for) (?P<o>{L})",
        0.8,
        keys="provider|partner|supplier|landlord|host|vendor",
    ),
    make_rule(
        # "Amazon, ..., remains what Anthropic calls its primary training partner"
        "what-calls-provider",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:is|was|remains|remained|became|has become|will be) what (?P<o>{E}) (?:calls|called|describes as|described as|considers) (?:its|their|{E}'s) (?:[\w-]+ ){{0,3}}?{PROVIDER_ROLE}",
        0.8,
        keys="what",
    ),
    make_rule(
        # "Training for Orbisense's next model will be hosted by Tallow Cloud"
        "work-for-run-by",
        "rents-capacity-to",
        rf"\b(?:training|inference|workloads?|compute|computing|capacity|gpus|chips|servers|clusters?|infrastructure)\b (?:for|of) (?P<o>{E}){g}\b(?:will be|is|are|was|were|would be|has been|have been|to be)(?: \w+ly| also| now| still| already){{0,2}} (?:hosted|run|supplied|provided|handled|served|powered|delivered) by (?P<s>{L})",
        0.75,
        keys=" by ",
    ),
    make_rule(
        "appositive-provider",
        "rents-capacity-to",
        rf"(?P<s>{E}), (?:the |a |an |its |their )?(?P<o>{E})'s (?:[\w-]+ ){{0,3}}?{PROVIDER_ROLE}",
        0.8,
        keys="provider|partner|supplier|landlord|host|vendor",
    ),
    make_rule(
        "calls-provider",
        "rents-capacity-to",
        rf"(?P<s>{E}),{G}\b(?:that|which|whom|what) (?P<o>{E}) (?:calls|called|describes as|considers|named) (?:{E} )?(?:its|their|{E}'s) (?:[\w-]+ ){{0,3}}?{PROVIDER_ROLE}",
        0.8,
        keys="call|describ|consider|named",
    ),
    make_rule(
        "named-provider",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:named|names|name|chose|chosen|picked|selected|made|makes|designated|calls?|called|added|has used|have used|uses|used|using)\b (?P<s>{E}) (?:as )?(?:its|their|{E}'s|the|a|an) (?:[\w-]+ ){{0,3}}?{PROVIDER_ROLE}",
        0.8,
        keys="provider|partner|supplier|landlord|host|vendor",
    ),
    make_rule(
        "landlord-tenant",
        "rents-capacity-to",
        rf"(?P<s>{E}) (?:is|was|will be|acts as) the landlord(?: and|,| while) (?P<o>{E}) (?:is|was|will be) the tenant",
        0.85,
        keys="landlord",
    ),
    make_rule(
        "landlord-for",
        "rents-capacity-to",
        rf"(?P<s>{E}) (?:is|was|remains|will be|acts as|became) (?:the |a |an )?(?:[\w-]+ )?landlord (?:for|to|of) (?P<o>{L})",
        0.8,
        keys="landlord",
    ),
    make_rule(
        "tenant-of",
        "rents-capacity-to",
        rf"(?P<o>{E}) (?:is|was|will be|became) (?:a |an |the )?(?:[\w-]+ )?tenant (?:of|at) (?P<s>{E})",
        0.75,
        keys="tenant",
    ),
    make_rule(
        "added-supplier",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\badd(?:s|ed|ing)? (?P<s>{L}) to {G}\b(?:suppl|provid)\w+ {g}{CN}",
        0.8,
        keys="add",
    ),
    make_rule(
        "hosted-by",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:built|builds|has|had|have|uses|used|using|runs|ran|trains|trained|operates|relies on|relied on|signed|rents|rented|leases|leased)\b {g}\b(?:cluster|capacity|servers|gpus|compute|infrastructure|supercomputer|data cent(?:re|er))\w* (?:hosted|operated|supplied|provided|run|managed) by (?P<s>{E})",
        0.65,
        keys=" by ",
    ),
    make_rule(
        # "A trains on GPUs at the Reno campus operated by B" (not "rents them from C, which
        # is owned by B": C is the landlord named, its owner is not)
        "capacity-at-operated-by",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:buy|buys|bought|buying|rent\w*|leas\w*|use[sd]?|using|taking|takes|run|runs|running|train|trains|trained|training|serve|serves|served|host|hosts|hosted)\b {g}{CN}(?:[^;f]|f(?!rom \x00)){{0,110}}?\b(?:operated|run|owned|built|managed) by (?P<s>{E})",
        0.7,
        keys=" by ",
    ),
    make_rule(
        "supplies-their-compute",
        "rents-capacity-to",
        rf"(?P<s>{L}){AP} {g}\b(?:suppl(?:y|ies|ied|ying)|provides?|provided|power(?:s|ed)?|deliver(?:s|ed)?)\b {g}(?P<o>{E})'s {g}\b(?:compute|computing|capacity|infrastructure|training|workloads)",
        0.75,
        keys="suppl|provid|power|deliver",
    ),
    make_rule(
        "operated-by-supply",
        "rents-capacity-to",
        rf"\b(?:operated|run|owned) by (?P<s>{E}) {g}\bsuppl(?:y|ies|ied)\b {g}(?P<o>{E})'s {g}\b(?:compute|computing|capacity)",
        0.75,
        keys="suppl",
    ),
    make_rule(
        "supplied-power-to-train",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:suppl(?:y|ies|ied|ying)|provides?|provided)\b (?:the |its |much of the |most of the )?(?:computing power|compute|capacity|infrastructure|gpus|chips|servers)\b{g}\b(?:used |needed )?(?:to|for) {g}(?P<o>{E})",
        0.75,
        keys="suppl|provid",
    ),
    make_rule(
        # "Calloway rents the lab several thousand GPUs": the renter before what is rented
        # (the verb right after its subject: no aside between, which would cost a scan each).
        # A quantity or determiner must follow: "rents Google Cloud capacity" names the landlord.
        "rents-someone-goods",
        "rents-capacity-to",
        rf"(?P<s>{E})(?:,? (?:which|that|who))? (?:(?:also|now|still|already|has|have|had|will|would|is|are|was|were|to) )*(?:rents?|rented|renting|leases?|leased|leasing) (?P<o>{E})(?!'s) (?:some|several|about|around|roughly|nearly|almost|over|more than|up to|an?|another|extra|additional|spare|dedicated|thousands of|hundreds of|\d[\d,.]*|[$\u00a3\u20ac]\d)\b[^;\x00]{{0,40}}?\b{CN}\b",
        0.75,
        keys="rent|leas",
    ),
    make_rule(
        # "Google Cloud, which rents us TPU capacity": only a cloud renting to a non-cloud
        # (_checks), since "Quill rents Ormsby Cloud capacity" names the landlord instead
        "cloud-rents-someone-goods",
        "rents-capacity-to",
        rf"(?P<s>{E})(?:,? (?:which|that|who))? (?:(?:also|now|still|already|has|have|had|will|would|is|are|was|were|to) )*(?:rents?|rented|renting|leases?|leased|leasing) (?P<o>{E})(?!'s) (?:[\w-]+ ){{0,2}}?{CN}\b",
        0.7,
        keys="rent|leas",
    ),
    make_rule(
        "hosting-models",
        "rents-capacity-to",
        rf"(?P<s>{L}){AP} {g}\b(?:host(?:s|ed|ing)?|which (?:still |now |also )?(?:runs|ran|handles|handled|powers|powered)) (?:(?:nearly |almost |about |roughly )?(?:most|much|all|part|some|half) of )?(?P<o>{E})'s (?:[\w-]+ )?(?:models|workloads|services|training|chatbot|inference|computing|compute)",
        0.75,
        keys="host|which runs|which ran|which handle|which power|which still|which now|which also",
    ),
    make_rule(
        # "Most of the 20 megawatts at Tolland Cloud's new site have been leased to Brisa AI"
        "capacity-at-leased-to",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ |\x01\d+ ){{0,3}}?(?:{CN}|halls?|buildings?|racks|cages|floors?)\b{g}\b(?:has|have|had|is|are|was|were|will|would)(?: be| been| being| now| also| already| all| fully| largely| mostly| almost){{0,3}} (?:leased|rented|let|sublet|allocated|reserved|contracted)(?: out)? to (?P<o>{L})",
        0.75,
        keys="leased|rented|let to|let out|sublet|allocated|reserved|contracted",
    ),
    make_rule(
        # "Tolland Cloud's Denver facility hosts servers for the university": its tenant
        "facility-hosts-for",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ |\x01\d+ ){{0,3}}?(?:facilit(?:y|ies)|campus(?:es)?|data cent(?:re|er)s?|sites?|buildings?|halls?) (?:also |now |already )?(?:hosts|hosted|houses|housed) (?:the )?(?:[\w-]+ ){{0,2}}?(?:servers|gpus|chips|systems|workloads|models|equipment|hardware|racks|computing|training|inference) (?:for|of) (?P<o>{L})",
        0.7,
        keys=" hosts| hosted| houses| housed",
    ),
    make_rule(
        # "Brisa AI's servers are housed in Tolland Cloud's data centres": the landlord's
        "housed-in-facilities",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:{CN}|racks|models|systems)\b (?:(?:are|is|were|was|will be)(?: \w+ly| also| now| still| already| all){{0,2}} (?:housed|hosted|located|installed|kept|placed|colocated|co-located) (?:in|at|inside)|(?:sit|sits|live|lives|reside|resides) (?:in|at|inside)) (?:the )?(?P<s>{E})(?:'s)? (?:[\w-]+ ){{0,2}}?(?:facilit|data cent|campus|site|hall|building|colocation)",
        0.7,
        keys="housed|hosted in|hosted at|located|installed|kept in|kept at|placed in|placed at|colocated|co-located|sit in|sit at|sits in|sits at|live in|live at|lives in|lives at|reside",
    ),
    make_rule(
        # "Tolland Cloud is Brisa AI's landlord"; "That makes Tolland, in effect, Brisa's landlord"
        "possessive-landlord",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP},? (?:(?:is|was|remains|remained|became|becomes|has become|will be|would be|stays)(?:, [^,;\x00]{{1,40}},)? )?(?:also |now |still |effectively |in effect )?(?:the |a |an )?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?landlords?\b",
        0.75,
        keys="landlord",
    ),
    make_rule(
        # "the broker placed 2,000 H200 chips with Brisa AI": a broker's capacity goes to its client
        "placed-capacity-with",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:placed|places|placing)\b (?:[\w$.,-]+ ){{0,4}}?{CN} with (?P<o>{L})",
        0.75,
        keys="placed|places|placing",
    ),
    make_rule(
        # "Tolland Cloud will give Brisa AI 40 megawatts of capacity"; '"X gave us a cluster"'
        "gives-capacity",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:gives?|gave|giving)\b (?P<o>{L}) (?:access to )?(?:[\w$.,-]+ ){{0,4}}?{CN}\b",
        0.7,
        keys="give|gave|giving",
    ),
    make_rule(
        # '"Microsoft's cloud gives us room to grow"': the provider's compute does for the renter
        "possessive-compute-gives",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?{CN} (?:now |also |still |simply )?(?:gives?|gave|lets?|helps?|helped|allows?|allowed)\b (?P<o>{E})(?!'s)",
        0.65,
        usage=True,
        keys="give|gave|let|help|allow",
    ),
    make_rule(
        # '"Oracle's cloud is where we train"', "Azure is what Kesh AI runs on"
        "compute-is-where",
        "rents-capacity-to",
        rf"(?P<s>{E})(?:'s (?:[\w-]+ ){{0,2}}?{CN})? (?:is|are|was|were|has been|have been|remains|remain|will be) (?:where|what) (?P<o>{E}) (?:now |still |mostly |also )?(?:trains?|trained|runs?|ran|hosts?|hosted|serves?|served|uses?|used|relies on|builds?|built)\b",
        0.65,
        usage=True,
        keys="where|what",
    ),
    make_rule(
        # '"Amazon's Trainium chips do nearly all of our training"', "X's GPUs power Y's models"
        "possessive-compute-does-work",
        "rents-capacity-to",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?{CN} (?:now |also |still )?(?:powers?|powered|runs?|ran|does|do|did|handles?|handled|serves?|served|hosts?|hosted|carr(?:y|ies|ied))\b (?:[\w$.,%-]+ ){{0,4}}?(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:training|inference|models?|workloads?|work|agents?|chatbots?|apps?)\b",
        0.65,
        usage=True,
        keys="power|run|ran |does|do |did|handle|serve|host|carr",
    ),
    make_rule(
        # "Velmont's chatbot runs in Yarrow's data centres": the work's owner rents the
        # compute of the one it runs on (run-on wants the owner itself as the verb's subject)
        "work-runs-on",
        "rents-capacity-to",
        rf"(?P<o>{E})'s (?:[\w-]+ ){{0,2}}?(?:models?|chatbots?|assistants?|apps?|services|workloads?|training|inference|agents?|products?|software) (?:now |also |still |mostly |largely )?(?:runs?|ran|is run|are run|trains?|is trained|are trained|was trained|were trained|is hosted|are hosted|was hosted|were hosted|lives?) (?:on|in|inside) (?P<s>{E})'s (?:[\w-]+ ){{0,2}}?{CN}",
        0.7,
        usage=True,
        keys="runs on|runs in|run on|run in|ran on|ran in|run inside|runs inside|trained on|trains on|train on|hosted on|hosted in|lives on|lives in|live on|live in",
    ),
    make_rule(
        # "Marrow Cloud hosts the servers of Pellam AI": the host's capacity, another's machines
        "hosts-the-servers-of",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:hosts?|hosted|hosting|houses?|housed|housing) (?:the |all the |most of the |some of the )?(?:[\w-]+ )?(?:servers|gpus|clusters?|models|workloads|machines|hardware|training runs?|racks) (?:of|for|belonging to|used by) (?P<o>{L})",
        0.75,
        keys="host|houses|housed|housing",
    ),
    make_rule(
        # "Oakhurst tapped Wrenfield to supply GPU capacity": the one tapped supplies it
        "tapped-to-supply",
        "rents-capacity-to",
        rf"(?P<o>{E}){AP} {g}\b(?:tapped|taps|tap|tapping|hired|hires|chose|chooses|picked|picks|selected|selects|enlisted|enlists|signed up|signs up) (?P<s>{L}) to (?:supply|provide|deliver|host|run|power|add|build out) (?:[\w$.,-]+ ){{0,4}}?{CN}\b",
        0.75,
        keys="tap|hire|chose|choose|pick|select|enlist|signed up|signs up",
    ),
    make_rule(
        # "Fennick Cloud serves Calloway from its data centres in Ohio": served from one's own
        # sites, the customer runs on one's capacity
        "serves-from-its-sites",
        "rents-capacity-to",
        rf"(?P<s>{E}){AP} {g}\b(?:serves|served|serving|serve) (?P<o>{L}) (?:from|out of) (?:its|their|{E}'s) (?:own )?(?:[\w-]+ |\x01\d+ ){{0,2}}?(?:data cent(?:re|er)s?|facilit(?:y|ies)|campus(?:es)?|clusters?|sites?|cloud|servers|gpus)\b",
        0.75,
        keys="serve",
    ),
)
