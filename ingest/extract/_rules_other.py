# ruff: noqa: E501  -- a table of regular expressions reads best one rule per line
"""Rules for competes-with, rebrands-as, develops and located-in."""

from __future__ import annotations

from ingest.extract._rulebase import (
    AP,
    BOUGHT_IN_RELATIVE,
    LS,
    NOT_COMPOUND,
    UNIT_BOUGHT_BY,
    E,
    G,
    L,
    P,
    Rule,
    g,
    make_rule,
)

COMPETES: tuple[Rule, ...] = (
    make_rule(
        # "CoreWeave and Nebius, the two neoclouds it most often bids against"; "named A and B
        # as the operators X most often meets when bidding"; "A is the one we run into in every
        # tender": rivals described by a relative clause whose subject is the company
        "the-ones-it-bids-against",
        "competes-with",
        rf"(?P<o>{L})(?:,| as| is| are| were| was) (?:the|one of the) (?:two |three |four |few )?(?:[\w-]+ ){{0,2}}?(?:ones?|rivals?|operators?|compan(?:y|ies)|firms?|neoclouds?|providers?|clouds?|players?|competitors?|labs?|start-?ups?) (?:that |which |whom )?(?P<s>{E}) (?:most |most often |often |usually |regularly |typically |frequently |always )?(?:bids? against|bidding against|competes? (?:with|against)|(?:(?:meets?|faces?|runs? into|comes? up against|goes? up against)\b[^;\x00]{{0,40}}?\b(?:bid|bids|bidding|tenders?|contracts?|deals|pitches|customers|tenants)\b))",
        0.7,
        keys="against|meets|meet|faces|face|runs into|run into|ran into",
    ),
    make_rule(
        # "When we lose a deal it's usually to Ferrow or to Dunlin": the ones a company loses
        # business to are its rivals (the gap may hold "it's", a token; the list stops at a
        # comma, whose next clause may be a condition: ", sometimes to Quell if ...")
        "loses-deals-to",
        "competes-with",
        rf"(?P<s>{E}) (?:usually |often |sometimes |mostly |regularly )?(?:lose|loses|lost|losing) (?:a |the |most |some )?(?:deals?|bids?|contracts?|tenders?|customers?|business|tenants?|clients?|pitch(?:es)?)\b(?:[^;\x00]|\x00\d+'s ){{0,25}}? to (?P<o>{E})(?P<o2>(?: (?:or|and) (?:sometimes |occasionally |often |usually |mostly )?to {E}){{0,3}})",
        0.7,
        keys="lose|lost|losing",
    ),
    make_rule(
        # "We see Ferrow and Dunlin in every large bid"; "Tansy runs into Ferrow at most
        # tenders": the ones met bid after bid are rivals
        "sees-in-every-bid",
        "competes-with",
        rf"(?P<s>{E}){AP} (?:(?:also|still|now|usually|always|mostly|often|regularly) )?(?:sees?|saw|meets?|met|runs? into|ran into|faces?|faced|comes? up against|came up against|bumps? into|bumped into|encounters?|encountered) (?P<o>{L}) (?:in|at|on) (?:every|each|most|almost every|nearly every|virtually every) (?:[\w-]+ ){{0,2}}?(?:bids?|deals?|tenders?|pitch(?:es)?|contests?|competitions?|contracts?|procurements?|sales? calls?)\b",
        0.7,
        keys="every|each|most",
    ),
    make_rule(
        # "Ferrow is a big, respected cloud and one of the people we compete with"
        "one-of-those-it-competes-with",
        "competes-with",
        rf"(?P<o>{E}) (?:is|was|remains|has been)\b[^;\x00]{{0,60}}?\bone of the (?:[\w-]+ ){{0,2}}?(?:people|companies|firms|players|rivals|providers|clouds|names|ones|operators|labs) (?:that |whom? |which )?(?P<s>{E}) (?:most |often |usually )?(?:compete|competes|competed|competing) (?:with|against)\b",
        0.7,
        keys="compet",
    ),
    make_rule(
        # "Tansy Compute competes for the same contracts as Ferrow and Dunlin Cloud"; "Tansy,
        # whose chips chase the same buyers as Ferrow's", "targets the same banks as Ferrow",
        # "Idris woos many of the same customers as Halden": two that court one market are rivals
        "compete-for-same-as",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:(?:compete|competes|competed|competing|vie|vies|vying|bid|bids|bidding) for|chase|chases|chased|chasing|target|targets|targeted|targeting|court|courts|courted|courting|go after|goes after|went after|going after|pursue|pursues|pursued|pursuing|woos|wooed|wooing|(?:fights?|fought|fighting) (?:over|for)) (?:many of |most of |some of |much of )?(?:the )?same (?:[\w-]+ ){{0,4}}?as (?P<o>{L})",
        0.75,
        keys="same",
    ),
    make_rule(
        # "X is not alone. Nscale, Kao Data and several miners are all competing for the same
        # workloads": the paragraph's subject competes with the names listed
        "listed-competing-for-same",
        "competes-with",
        rf"^(?P<o>{E}(?:, {E})*(?:,? and {E})?)(?:,? and [^;,\x00]{{1,40}}?)? (?:are|were|have been) (?:all |also |now |already )?(?:competing|vying|bidding|fighting|chasing) for (?:the )?same\b",
        0.65,
        keys="for the same|for same",
    ),
    make_rule(
        # "Ostrel's chips compete with parts from Pylos and from Garnet": the makers compete
        "products-compete-with",
        "competes-with",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:products|chips|models|parts|services|offerings|tools|devices|systems|processors|modules|components|accelerators|sensors|platforms) (?:compete|competes|competed|competing) (?:directly |also |head-on )?(?:with|against) (?:(?:[\w-]+ ){{0,3}}?(?:from|by|made by|of) )?(?P<o>{L})",
        0.75,
        keys="s compet",
    ),
    make_rule(
        "compete-with",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:compete|competes|competed|competing)\b(?: [\w-]+){{0,3}}? (?:with|against) (?:(?:[\w-]+ ){{0,3}}?(?:labs|companies|rivals|firms|players|start-?ups|groups|chipmakers|providers|clouds|developers),? (?:including|such as|like|notably) )?(?P<o>{L})(?:(?: (?:in|on|for|over) [^;,\x00]{{1,60}})?,? (?:and|as well as|but also|plus) (?:(?:with |against )?(?:[\w-]+ ){{0,4}}?(?:such as|like|including) |(?:with|against) )(?P<o2>{L}))?",
        0.85,
        keys="compet",
    ),
    make_rule(
        # "Oakhurst's coding models, which compete with those from OpenAI and xAI"
        "products-compete-with",
        "competes-with",
        rf"(?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:models?|products?|chatbots?|chips|services|tools|assistants?|software|apps?)\b,? (?:which |that )?(?:also |now |still |directly )?(?:compete|competes|competed|competing)\b (?:directly |head-on )?(?:with|against) (?:(?:those|the ones|models|products|offerings) (?:from|of|made by|built by|sold by) )?(?P<o>{L})",
        0.75,
        keys="compet",
    ),
    make_rule(
        # "Cipher is not alone. Rivals including IREN and Hut 8 have signed ...": the
        # paragraph's subject competes with the rivals it lists
        "rivals-including",
        "competes-with",
        rf"^(?:(?:its|their|other|some|several) )?(?:[\w-]+ )?(?:rivals|competitors|peers) (?:including|such as|like|among them) (?P<o>{LS})",
        0.65,
        keys="rivals|competitors|peers",
    ),
    make_rule(
        # "Pell Labs leads the market for coding agents. Others include A, B and C.": the
        # others in that market are the paragraph subject's rivals (the extractor takes them
        # only after a sentence that named that one company and no customers or backers)
        "others-include",
        "competes-with",
        rf"^(?:and |but )?(?:others|other (?:players|contenders|entrants|challengers|names|vendors|makers|developers|start-?ups|labs|firms|companies)) (?:[^\x00;,]{{1,30}} )?(?:include|including)[:,]? (?P<o>{LS})",
        0.6,
        keys="include|including",
    ),
    make_rule(
        "faces-competition-from",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:faces?|faced|facing|sees|saw) (?:[\w-]+ ){{0,2}}?(?:competition|rivalry|challenges?) from (?P<o>{L})",
        0.8,
        keys="competition from|rivalry from|challenge from|challenges from",
    ),
    make_rule(
        "x-and-y-compete",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}) (?:[\w-]+ )?(?:compete|competed|(?:are|were|remain|have been|had been|have long been|became|have become) (?:[\w-]+ )?(?:rivals|competitors)|(?:are|were|remain|have long been) (?:each other's|one another's) (?:[\w-]+ )?(?:rivals?|competitors?)|fight|fought|vie|battle|clash|square off|squared off|(?:are|were|have been|keep|kept) (?:[\w-]+ )?(?:fighting|vying|battling|clashing|competing|jostling|sparring|squaring off))\b",
        0.85,
    ),
    make_rule(
        "x-and-y-which-compete",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}),? (?:which|who) (?:[\w-]+ )?(?:compete|are rivals|are competitors)\b",
        0.8,
        keys="compet|rival",
    ),
    make_rule(
        "rivalry-between",
        "competes-with",
        rf"\b(?:competition|rivalry|battle|race|fight) between (?P<s>{E}) and (?P<o>{E})",
        0.75,
        keys="between",
    ),
    make_rule(
        "x-and-y-they-compete",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}) [^;\x00]{{0,80}}?\b(?:they|both) (?:[\w-]+ )?(?:compete|are rivals|are competitors|vie)\b",
        0.7,
        keys="compet|rival|vie",
    ),
    make_rule(
        "racing",
        "competes-with",
        rf"(?P<s>{E}){AP} [^;,\x00]{{0,40}}?\b(?:is racing|races|raced|racing|rivals|rivaled|rivalled|takes on|took on|taking on|takes aim at|took aim at|goes up against|going up against|went up against|pitched against|pitching against|pitches against|pitted against|positioned against|challenges|challenging|battles|battled|battling|vies with|(?:going|goes|go|went|gone) toe[- ]to[- ]toe (?:with|against)|fights|fighting|is up against|sells against|selling against|sell against|(?:squares|squared|squaring|square) off (?:against|with)|(?:going|goes|go|went|gone) head[- ]to[- ]head (?:with|against)|(?:has |have |had )?(?:taken|took|takes|taking|take|won|wins|winning|win|gained|gains|gaining|gain|grabbed|grabs|grab|stolen|stole|steals|steal) (?:market |some |more )?share from)\b (?P<o>{L})",
        0.75,
    ),
    make_rule(
        # "That puts the young company up against OpenAI and Anthropic"; "pits X against Y"
        "puts-up-against",
        "competes-with",
        rf"\b(?:puts?|putting|pits?|pitted|pitting|sets?|setting) (?P<s>{E}) (?:squarely |directly |firmly |head-to-head )?(?:up )?against (?P<o>{L})",
        0.7,
        keys="against",
    ),
    make_rule(
        # "rivals such as DeepSeek and Moonshot AI, which it now competes with directly": the
        # relative clause's subject competes with the names it refers back to
        "which-it-competes-with",
        "competes-with",
        rf"(?P<o>{L}),? (?:which|whom|who) (?P<s>{E}) (?:now |also |already |still |increasingly )?(?:competes|compete|competed|is competing) (?:directly |head-on |hard )?(?:with|against)\b(?! \x00)",
        0.7,
        keys="competes with|compete with|competed with|competing with|competes against|compete against|competed against|competing against",
    ),
    make_rule(
        # "the deal lets Ospry take on Halberd": the bare verb right after its subject (in
        # "X closes the Y deal to take on Z" the one taking on Z is X, not the name before)
        "take-on",
        "competes-with",
        rf"(?P<s>{E}){AP} (?:(?:will|would|can|could|to|must|may|might|should|help|helps|helped) )?take on (?P<o>{L})",
        0.75,
        keys="take on",
    ),
    make_rule(
        # "Tarn Robotics is in a race with Brewster Automation"; "is locked in a battle with"
        "in-a-race-with",
        "competes-with",
        rf"(?P<s>{E}){AP} (?:(?:is|are|was|were|remains?|finds? itself|found itself) (?:now |locked |already |still )*)?in an? (?:[\w-]+ )?(?:race|battle|fight|war|contest|duel|rivalry) (?:with|against) (?P<o>{L})",
        0.75,
        keys="race with|race against|battle with|battle against|fight with|fight against|war with|war against|contest with|duel with|rivalry with|rivalry against",
    ),
    make_rule(
        "possessive-rivals",
        "competes-with",
        rf"(?P<s>{E})(?:'s|,? whose) (?:[\w-]+ ){{0,3}}?(?:rivals?|competitors?|challengers?)(?: (?:there|here|locally|now|today|at home|in \x01\d+|in the (?:region|market|country|sector|segment|field)))?[,:]?(?: such as| including| like| are| include| is| was| remains)? (?P<o>{L})",
        0.75,
        keys="rival|competitor|challenger",
    ),
    make_rule(
        # "X faces rivals such as A and B"; "X has competitors including A"
        "faces-rivals-such-as",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:faces?|faced|facing|has|had|have) (?:[\w-]+ ){{0,2}}?(?:rivals|competitors|challengers) (?:such as|like|including) (?P<o>{L})",
        0.75,
        keys="rivals|competitors|challengers",
    ),
    make_rule(
        # "Unlike rivals A and B, X sells only to banks": the fronted rivals are the subject's
        "fronted-rivals",
        "competes-with",
        rf"^(?:unlike|like|as with|just like|alongside|besides) (?:its |their )?(?:[\w-]+ )?(?:rivals|competitors|rival|competitor) (?P<o>{L}), (?:the (?:[\w-]+ ){{0,3}}?)?(?P<s>{E})",
        0.75,
        keys="rival|competitor",
    ),
    make_rule(
        "listed-competitors",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:listed|lists|named|names|counts|counted|considers|sees|saw)\b (?P<o>{L}) (?:(?:among|as) (?:its|their|{E}'s|the) (?:[\w-]+ ){{0,2}}?(?:rivals|competitors)|(?:as )?(?:its|their|{E}'s|a|an|the) (?:[\w-]+ ){{0,2}}?(?:rival|competitor)s?\b)",
        0.8,
        keys="rival|competitor",
    ),
    make_rule(
        # "Reyes named Pallor and Quint as Thornbury's main competitors": whoever
        # names them, the possessor of "competitors" competes with the list
        "named-as-possessors-competitors",
        "competes-with",
        rf"\b(?:listed|lists|list|named|names|name|counts|count|counted)\b (?P<o>{L}) (?:among|as) (?P<s>{E})'s (?:[\w-]+ ){{0,2}}?(?:rivals|competitors)\b",
        0.75,
        keys="s rivals|s competitors",
    ),
    make_rule(
        # "Pallor and Quint have spent two decades as rivals"
        "pair-as-rivals",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}) (?:have |had |has )?(?:spent|been|remained|grown up|operated|started out|existed) [^;,\x00]{{0,40}}?\bas (?:[\w-]+ )?(?:rivals|competitors)\b",
        0.7,
        keys="as rivals|as competitors",
    ),
    make_rule(
        "appositive-rival",
        "competes-with",
        rf"(?P<s>{E}), (?:a|an|the|another|itself a) (?:[\w-]+ ){{0,2}}?(?:rival|competitor|challenger)s? (?:to|of) (?:the [a-z-]+ (?=\x00))?(?P<o>{L})",  # "to the Dallas <provider>"
        0.75,
        keys="rival|competitor|challenger",
    ),
    make_rule(
        "partner-and-rival",
        "competes-with",
        rf"(?P<o>{E}), (?P<s>{E})'s (?:[\w-]+,? (?:and )?){{0,3}}?(?:rival|competitor|(?:closest|nearest|direct|natural) (?:[\w-]+ )?peer)\b",
        0.7,
        keys="rival|competitor|peer",
    ),
    make_rule(
        "describes-as-rival",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:describ\w+|call\w*|names?|named|list\w*|sees?|saw|seen|consider\w*|regard\w*|view\w*|label\w*|classif\w+) (?P<o>{L}) as (?:a |an |its |their |one of its |one of their )?(?:[\w-]+ )?(?:competitor|rival|challenger)s?\b",
        0.8,
        keys="competitor|rival|challenger",
    ),
    make_rule(
        "rival-to",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:rival|competitor|challenger)s? (?:to|of) (?P<o>{L})",
        0.7,
        keys="rival|competitor|challenger",
    ),
    make_rule(
        # "it is Sable versus Cohere"; "Vantor vs. Keel: the race for edge chips"
        "a-versus-b",
        "competes-with",
        rf"(?P<s>{E}) (?:versus|vs\.?) (?P<o>{E})",
        0.7,
        keys="versus| vs",
    ),
    make_rule(
        # "Halcyon AI is up against a crowded field - OpenAI, Mistral AI and Cohere among them"
        "up-against",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:is|are|was|were|goes|go|went|going|finds itself|comes|came|run|runs|ran|running) (?:now |already |also |increasingly )?up against\b[^;\x00]{{0,40}}?(?P<o>{L})",
        0.7,
        keys="up against",
    ),
    make_rule(
        # "Saltmarsh, whose warehouse robots compete with those of Locus Robotics"
        "whose-products-compete",
        "competes-with",
        rf"(?P<s>{E})(?:,? whose|'s) (?:[\w-]+ ){{0,3}}?(?:compete|competes|competed|competing|vie|vies) (?:directly |head-on |head to head )?(?:with|against) (?:those|that|the ones|the products|the models) (?:of|from|made by|built by) (?P<o>{L})",
        0.75,
        keys="compet| vie",
    ),
    make_rule(
        # "Google, of course, is OpenAI's most dangerous rival in search"
        "is-possessive-rival",
        "competes-with",
        rf"(?P<s>{E}){AP} (?:is|was|are|were|remains|remained|has become|had become|became|is now|will be) (?:also |now |still |already )?(?:one of |among )?(?P<o>{E})'s (?:[\w-]+ ){{0,3}}?(?:rivals?|competitors?|challengers?)\b",
        0.8,
        keys="rival|competitor|challenger",
    ),
    make_rule(
        "taps-rival",
        "competes-with",
        rf"(?P<s>{E}) {g}\b(?:rival|competitor)s? (?P<o>{E})",
        0.7,
        keys="rival|competitor",
    ),
    make_rule(
        "and-competitors-such-as",
        "competes-with",
        rf"(?P<s>{E}),? and (?:its |their |{E}'s )?(?:competitors|rivals) (?:such as|like|including) (?P<o>{L})",
        0.7,
        keys="competitors|rivals",
    ),
    make_rule(
        # "Quillon positions itself as an alternative to OpenAI and Anthropic"
        "alternative-to",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:is|was|as|positions itself as|positioned itself as|pitches itself as|pitched itself as|markets itself as|bills itself as|billed as|pitched as)\b (?:an? |the )?(?:[\w-]+ )?alternative to (?P<o>{L})",
        0.7,
        keys="alternative to",
    ),
    make_rule(
        "win-away-from",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\bwin {G}\baway from (?P<o>{L})",
        0.7,
        keys="away from",
    ),
    make_rule(
        "in-competition-with",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\bin (?:[\w-]+ ){{0,2}}?competition with (?P<o>{L})",
        0.7,
        keys="competition",
    ),
    make_rule(
        # "Brisket and Pellam chase the same bank customers"
        "x-and-y-chase-the-same",
        "competes-with",
        rf"(?P<s>{E}) and (?P<o>{E}),? (?:both |often |still |now |increasingly |also )?(?:chase|chased|target|targeted|court|courted|go after|went after|pursue|pursued|woo|wooed|(?:fight|fought|compete|competed|vie|vied|bid|bidding) (?:over|for)|are (?:chasing|targeting|courting|pursuing|wooing|fighting over|fighting for|competing for|vying for|bidding for)) (?:many of |most of |some of )?the same (?:[\w-]+ ){{0,3}}?(?:customers|clients|buyers|users|accounts|contracts|deals|tenants|market|business)\b",
        0.75,
        keys="the same",
    ),
    make_rule(
        # "Tibbet is going after Morrow's customers": one courts a rival's customers
        "goes-after-its-customers",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:goes after|going after|went after|go after|poach(?:es|ed|ing)?|lur(?:es|ed|ing)|steal(?:s|ing)|stole|court(?:s|ed|ing)?|target(?:s|ed|ing)?|woo(?:s|ed|ing)?) (?P<o>{E})'s (?:[\w-]+ )?(?:customers|clients|users|tenants|accounts|market share)\b",
        0.75,
        keys="goes after|going after|went after|go after|poach|lure|luring|steal|stole|court|target|woo",
    ),
    make_rule(
        # "Tibbet lost the bank contract to Morrow": the two bid for it
        "lost-contract-to",
        "competes-with",
        rf"(?P<s>{E}){AP} {g}\b(?:lost|loses|losing|lose) (?:a|an|the|its|{E}'s) (?:[\w$.,-]+ ){{0,3}}?(?:contract|deal|bid|tender|customer|account|order|auction|pitch)s? to (?:its |a )?(?:[\w-]+ )?(?:rival |competitor )?(?P<o>{E})(?!'s)",
        0.75,
        keys="lost|loses|losing|lose ",
    ),
    make_rule(
        "makes-rival",
        "competes-with",
        rf"\bmakes? (?P<o>{E}) (?:both )?(?P<s>{E})'s {G}\b(?:rival|competitor)\b",
        0.7,
        keys="rival|competitor",
    ),
)

NAMES_AND_PLACES: tuple[Rule, ...] = (
    make_rule(
        # "Aruba, the wireless firm HPE bought in 2015 and that has since been renamed HPE
        # Aruba": the old name, then an epithet whose relative clause gives the new one
        "epithet-since-renamed",
        "rebrands-as",
        rf"(?P<s>{E}), (?:the|an?) [^,;]{{1,80}}? (?:that|which) (?:has since been|has been|was since|was later|was|is now) (?:renamed|rebranded)(?: as| to)? (?P<o>{E})",
        0.8,
        keys="renamed|rebranded",
    ),
    make_rule(
        # "Corsley Data, the Nevada operator that traded as Corsley Mining until March"
        "epithet-called-until",
        "rebrands-as",
        rf"(?P<o>{E}), (?:the|an?) (?:[^\s,;]+ ){{0,4}}?(?:that|which|who) (?:traded|operated|went|was known|was called|was named) as (?P<s>{E}) until\b",
        0.8,
        keys="traded as|operated as|went as|known as|called as|named as",
    ),
    make_rule(
        # "Until 2024 it was called Tollan Hosting": the old name, with the year it ended;
        # "Until last year it was a power developer called Tollan Energy"
        "until-was-called",
        "rebrands-as",
        rf"^until [^,;\x00]{{1,25}}?,? (?P<o>{E}) (?:was|had been) (?:(?:a|an) (?:[\w-]+ ){{0,4}}?)?(?:called|known as|named) (?P<s>{E})",
        0.8,
        keys="until",
    ),
    make_rule(
        # "We were Pellmore Legal until March": the old name, with the time it ended
        "was-name-until",
        "rebrands-as",
        rf"(?P<o>{E}) (?:was|were) (?:(?:called|named|known as) )?(?P<s>{E})(?!'s) until\b",
        0.75,
        keys="until",
    ),
    make_rule(
        # "From January we will be Harlow AI Cloud; the ticker stays": a new name from a date
        "from-date-will-be",
        "rebrands-as",
        rf"\bfrom (?:[a-z]+|next [a-z]+|\d{{4}})(?: \d{{1,2}}| \d{{4}})?,? (?P<s>{E}) will be (?:known as |called )?(?P<o>{E})(?!'s)(?=[;.,]|$)",
        0.75,
        keys="from january|from february|from march|from april|from may|from june|from july|from august|from september|from october|from november|from december|from next",
    ),
    make_rule(
        # "Its coding assistant, launched as Quill, was renamed Quill Pro in 2024"
        "launched-as-renamed",
        "rebrands-as",
        rf"\b(?:launched|introduced|founded|started|released|created|set up) as (?P<s>{E}),? (?:was|has been|had been|is being|will be|is to be) (?:renamed|rebranded|rechristened)(?: as| to)? (?P<o>{E})",
        0.8,
        keys="renamed|rebranded|rechristened",
    ),
    make_rule(
        # "dropping the name Quill for its assistant and relaunching it as Quill Pro"
        "dropped-name-relaunched-as",
        "rebrands-as",
        rf"\bdrop(?:ped|ping|s)? the (?:name|brand) (?P<s>{E})\b[^;\x00]{{0,40}}?,? and (?:relaunch|rebrand|renam|reintroduc|re-launch)\w* (?:it|them|{E}|the [\w-]+) (?:as|to) (?P<o>{E})",
        0.8,
        keys="the name|the brand",
    ),
    make_rule(
        # "In 2024 it dropped the mining from its name and became Halvard Data"
        "dropped-from-name-became",
        "rebrands-as",
        rf"(?P<s>{E}) (?:[\w,-]+ ){{0,3}}?(?:dropped|drops|dropping|removed|removes|shed|sheds) [^;\x00]{{1,30}}? from (?:its|their|{E}'s) name,? and (?:became|is now|now trades as|renamed itself|re-emerged as) (?P<o>{E})",
        0.75,
        keys="name and|name, and",
    ),
    make_rule(
        "formerly",
        "rebrands-as",
        rf"(?P<o>{E}),? \(?(?:(?:which |that )?(?:was|is|had been|has been) )?(?:formerly|previously|once|earlier|née) (?:known as |called |named )?(?P<s>{E})",
        0.9,
        keys="formerly|previously|once|earlier|née",
    ),
    make_rule(
        # "Loxley Mining will become Loxley Digital next month": a name taking another's place
        "will-become",
        "rebrands-as",
        rf"(?P<s>{E}){AP} (?:will|is to|is set to|is due to|would|is going to) (?:soon |officially |formally )?become (?P<o>{E})(?!'s){NOT_COMPOUND}",
        0.7,
        keys="become",
    ),
    make_rule(
        # "Formerly known as Quarry Labs, Ostrand AI competes ...": the old name fronted
        "formerly-fronted",
        "rebrands-as",
        rf"^(?:formerly|previously|once) (?:known as|called|named) (?P<s>{E}), (?:the |an? )?(?:[\w-]+ ){{0,3}}?(?P<o>{E})",
        0.85,
        keys="formerly|previously|once",
    ),
    make_rule(
        # "Halvard Digital, known until last year as Halvard Mining"; "Halvard Digital, which
        # until May traded under the name Halvard Mining"
        "known-until-as",
        "rebrands-as",
        rf"(?P<o>{E}),? (?:(?:which was |who was )?(?:known|called|named) until (?:[\w-]+ ){{1,4}}?|(?:(?:the|an?) (?:[^\s,;]+ ){{0,4}}?)?(?:which|that) until (?:[\w-]+ ){{1,3}}?(?:operated|traded|did business|went by|was known|was called)(?: as)? )(?:as|under the name|under the brand(?: name)?) (?P<s>{E})",
        0.85,
        keys="until",
    ),
    make_rule(
        # "Brightmoor Systems unveiled its new name, Kelda"
        "unveiled-new-name",
        "rebrands-as",
        rf"(?P<s>{E}){AP} {g}\b(?:unveiled|unveils|announced|announces|adopted|adopts|revealed|reveals|took|takes|chose|chooses)\b (?:its|their|{E}'s|a) new (?:corporate )?name,? (?P<o>{E})",
        0.85,
        keys="new name",
    ),
    make_rule(
        # "Effective Monday, Ostrander Mining is Ostrander Digital"
        "effective-is",
        "rebrands-as",
        rf"\b(?:effective|as of|starting) [^,;\x00]{{1,30}}, (?P<s>{E}) (?:is|becomes|will be|is now) (?P<o>{E})\b(?!'s)",
        0.8,
        keys="effective|as of|starting",
    ),
    make_rule(
        # "Hexa Grid now trades as Pylon Cloud"; "X, which now operates as Y": the name in use
        "trades-as",
        "rebrands-as",
        rf"(?P<s>{E}){AP} (?:which |that )?(?:(?:now |today |has since |since then )?(?:trades|is trading|has traded|does business) (?:as|under the name)|(?:now|today) (?:operates|reports) (?:as|under the name)|(?:now|today) goes by(?: the name)?) (?P<o>{E})(?!'s){NOT_COMPOUND}",
        0.8,
        keys="trades as|trades under|trading as|trading under|traded as|traded under|business as|"
        "business under|now operates|today operates|now reports|today reports|now goes by|today goes by",
    ),
    make_rule(
        # "Pellam dropped the name Quillon for Oakhurst": the name given up, and the one taken
        "dropped-the-name-for",
        "rebrands-as",
        rf"{E}{AP} {g}\b(?:dropped|drops|dropping|ditched|ditches|ditching|retired|retires|abandoned|abandons|shed|sheds|scrapped|scraps) (?:the (?:name|brand) (?P<s>{E})|(?:the |its |{E}'s )(?P<s2>{E}) (?:name|brand)) (?:for|in favou?r of) (?P<o>{E})(?!'s)",
        0.75,
        keys="the name|name for|name in|brand for|brand in",
    ),
    make_rule(
        # "Noventa's new name is Tessaro": the name it goes by from now on
        "new-name-is",
        "rebrands-as",
        rf"(?P<s>{E})'s (?:new|future|official new) (?:corporate |company |legal |trading )?name (?:is|will be|becomes|would be|is to be) (?P<o>{E})(?!'s)",
        0.8,
        keys="new name|future name",
    ),
    make_rule(
        "changed-name-from",
        "rebrands-as",
        rf"(?P<o>{E}){AP} {g}\b(?:changed|changes|changing|change) (?:its|their|{E}'s|the company's) name from (?P<s>{E})",
        0.9,
        keys="name from",
    ),
    make_rule(
        "was-renamed",
        "rebrands-as",
        rf"(?P<s>{E}){AP} (?:(?:was|has been|had been|is being|will be|is to be|would be|were|is|be) (?:formally |officially )?(?:renamed|rebranded|rechristened)(?: as| to)?|(?:will|would|is to|is going to|shall) (?:now |soon |formally |officially )?be (?:called|known as|named)|(?:is|are) now (?:called|known as|named)) (?:the )?(?P<o>{E})",
        0.9,
        keys="rename|rebrand|rechristen|be called|be kno|be named|now call|now kno|now named",
    ),
    make_rule(
        # "the campus, known until now as Quarry 2, will be renamed Oxbow Park": the old
        # name sits in an aside before the renaming
        "known-until-now-as-renamed",
        "rebrands-as",
        rf"\bknown (?:until now |until recently |so far |previously |formerly |for now )?as (?P<s>{E}),? (?:(?:will|is to|would|is going to) be|is being|has been|was) (?:formally |officially )?(?:renamed|rebranded|rechristened)(?: as| to)? (?P<o>{E})",
        0.85,
        keys="known until|known so far|known previously|known formerly|known for now",
    ),
    make_rule(
        # "Fenwick Robotics - soon to be renamed Fenwick Dynamics -"; "X, recently rebranded as Y,"
        "appositive-renamed",
        "rebrands-as",
        rf"(?P<s>{E})(?:,| [-\u2013\u2014]| \() (?:which is |which will be |now |recently |soon |shortly |since )?(?:soon |shortly |about |set |due )?(?:to be |being )?(?:renamed|rebranded|rechristened)(?: as| to)? (?P<o>{E})",
        0.8,
        keys="renamed|rebranded|rechristened",
    ),
    make_rule(
        # "Elbe Automation will adopt the name Elbe Robotics"
        # ("the X business Y bought in May will trade under the name Z": X takes it, not Y)
        "adopt-the-name",
        "rebrands-as",
        rf"(?P<s>{E}){AP} (?:{UNIT_BOUGHT_BY} )?(?!{BOUGHT_IN_RELATIVE}){g}\b(?:(?:adopt|adopts|adopted|adopting|take|takes|took|taking|assume|assumes|assumed|assuming)(?: on)?|(?:will|would|is to|now) (?:operate|trade|do business) under) the (?:(?:new )?name (?P<o>{E})|(?:new )?(?P<o2>{E}) (?:name|brand)\b)",
        0.8,
        keys="the name|the new name|brand|name",
    ),
    make_rule(
        "renamed-x-as-y",
        "rebrands-as",
        # "X will rename its hosting arm, Y, as Z": the unit named in apposition is renamed
        rf"{E}{AP} {g}\b(?:rename|renamed|renames|renaming|rebrand|rebranded|rebrands|rebranding|re-?launch|re-?launched|re-?launches|re-?launching)\b (?:(?:{E}'s |the |its |their )(?:[\w-]+ ){{0,3}}?(?:arm|unit|division|business|subsidiary), )?(?:the |its |their |{E}'s )?(?P<s>{E})(?: (?:[\w-]+ )?(?:assistant|chatbot|model|app|product|service|platform|brand|tool|software|agent|browser|search engine|cloud|unit|division|arm|business|subsidiary|line))?{AP},? (?:as|to) (?P<o>{E})",
        0.9,
        keys="rename|rebrand|relaunch|re-launch",
    ),
    make_rule(
        # "bought Twitter and renamed it X"
        "renamed-x-y",
        "rebrands-as",
        rf"\b(?:renamed|renames|renaming|rechristened|rechristens)\b (?:{E}'s |the )?(?P<s>{E})(?: (?:[\w-]+ )?(?:assistant|chatbot|model|app|product|service|platform|brand|tool|software|agent|browser|search engine|cloud|unit|division|arm|business|subsidiary|line))? (?P<o>{E})(?!'s)",
        0.85,
        keys="rename|rechristen",
    ),
    make_rule(
        "renamed-itself-from",
        "rebrands-as",
        rf"\b(?:renamed|rebranded|renames|rebrands) (?:itself|themselves) from (?P<s>{E}) to (?P<o>{E})",
        0.9,
        keys="itself|themselves",
    ),
    make_rule(
        "rebranded-as",
        "rebrands-as",
        rf"(?P<s>{E}){AP} {g}\b(?:rebranded|rebrands|rebranding|renamed itself|was rebranded|has rebranded|re-?launched|re-?launches|(?:changed|changes|change|changing) (?:its|their|{E}'s) (?:own )?(?:corporate |legal |company |official )?name(?: again| once more| once again)?,?|(?:will|would|is to) (?:henceforth |now )?(?:operate|trade|be known)|(?:will|would|is to) (?:begin|start) (?:operating|trading)) (?:as|to) (?P<o>{E})",
        0.85,
        keys="rebrand|renamed itself|name to|name as|operate as|trade as|be kno|operating as|trading as|launched as|launches as",
    ),
    make_rule(
        "renamed-itself",
        "rebrands-as",
        rf"(?P<s>{E}){AP} {g}\b(?:renamed|rebranded|renames|rebrands|renaming|rebranding) (?:itself|themselves) (?:as |to )?(?P<o>{E})",
        0.85,
        keys="itself|themselves",
    ),
    make_rule(
        "arrow",
        "rebrands-as",
        rf"(?P<s>{E}) (?:\u2192|->|=>|\u27f6) (?P<o>{E})",
        0.9,
        keys="\u2192|->|=>|\u27f6",
    ),
    make_rule(
        "called-until",
        "rebrands-as",
        rf"(?P<o>{E}){AP} (?:(?:which |who )?(?:was|had been) (?:called|known as|named)|(?:traded|operated|went) as) (?P<s>{E}) until",
        0.85,
        keys="until",
    ),
    make_rule(
        "began-life-as",
        "rebrands-as",
        rf"(?P<o>{E}){AP} {g}\b(?:(?:began|begun|started) (?:life|out)\b{g}\b|(?:was|were) (?:founded|established|incorporated|set up|started|launched)(?: in (?:\d{{4}}|[\w-]+ \d{{4}}))? )as (?P<s>{E})",
        0.85,
        keys="began|begun|started|founded|established|incorporated|set up|launched",
    ),
    make_rule(
        "dropped-in-favour",
        "rebrands-as",
        rf"{E}{AP} {g}\b(?:dropped|drops|retired|retires|ditched|ditches)\b (?:the )?(?P<s>{E})(?: name| brand)?{G}\b(?:in favou?r of|under) (?:a |an |the )?(?:single |new )?(?P<o>{E})",
        0.8,
        keys="favour|favor|under",
    ),
    make_rule(
        "now-named",
        "rebrands-as",
        rf"(?P<s>{E}),? \(?now (?:called |known as |named |renamed |branded as |trading as |operating as )?(?P<o>{E})",
        0.85,
        keys="now",
    ),
    make_rule(
        # "Galloway Hashing, which became Galloway Compute in January": one name for another;
        # "X is now Y." too, when nothing follows the new name but the clause's end or a date
        # (\u200b: the comma that closed a named appositive, "Its workspace, X, is now Y")
        "became-name",
        "rebrands-as",
        rf"(?P<s>{E}),? \u200b?(?:which |who )?(?:(?:later|since|then|eventually) )?(?:became|is now) (?P<o>{E})(?!'s)(?= (?:in|on|last|this|after|when|from|back|earlier|officially|formally|effective)\b|[,.;)]|$)",
        0.75,
        keys="became|is now",
    ),
    make_rule(
        # "Shares of Kessel Hosting will trade as Marrow Cloud from Monday": the listing's new name
        "shares-trade-as",
        "rebrands-as",
        rf"\b(?:shares|stock) (?:of|in) (?P<s>{E}) (?:will |would |are to |are set to |now |have )?(?:begin |start |began |started |begun )?(?:to )?(?:trade|trading|traded) (?:as|under the name) (?P<o>{E})(?!'s)",
        0.75,
        keys="trade as|trading as|traded as|trade under|trading under|traded under",
    ),
    make_rule(
        "now-called",
        "rebrands-as",
        rf"(?P<s>{E}) (?:is|are) now (?:called|known as|named|branded as|branded|trading as|trades as|operating as|doing business as) (?P<o>{E})",
        0.85,
        keys="now",
    ),
    make_rule(
        "builds-product",
        "develops",
        rf"(?P<s>{E}){AP} {g}\b(?:builds|built|develops|developed|makes|made|launched|launches|released|releases|unveiled|unveils|sells|created|creates)\b (?:the |its |a |an |{E}'s )?(?:[\w-]+ )?(?P<o>{E})",
        0.75,
        subject_only=True,
    ),
    make_rule(
        "product-the-x-built",
        "develops",
        rf"(?P<o>{E}), the (?:[\w-]+ ){{0,2}}?(?:chatbot|model|assistant|tool|editor|product|agent|app) (?P<s>{E}) (?:built|developed|makes|made|launched|created)",
        0.8,
    ),
    make_rule(
        "maker-of",
        "develops",
        rf"(?P<s>{E}), (?:the )?(?:maker|developer|creator) of (?:the )?(?:[\w-]+ ){{0,3}}?(?P<o>{E})",
        0.85,
        keys="maker|developer|creator",
    ),
    make_rule(
        "sold-by",
        "develops",
        rf"(?P<o>{E}), the (?:[\w-]+ ){{0,3}}?(?:sold|made|built|developed) by (?:{E}'s )?(?P<s>{E})",
        0.8,
        keys=" by ",
    ),
    make_rule(
        "possessive-product", "develops", rf"(?<![\w'])(?P<s>{E})'s (?:[\w-]+ )?(?P<o>{E})", 0.6
    ),
    make_rule(
        "facility-in",
        "located-in",
        rf"(?P<s>{E}) (?:[\w-]+ )?(?:campus |cluster |supercomputer |data cent(?:re|er) )?(?:in|near) (?P<o>{P})",
        0.6,
    ),
    make_rule(
        "based-in",
        "located-in",
        rf"(?P<s>{E}){AP} {g}\b(?:based|headquartered) in (?P<o>{P})",
        0.8,
        keys="based|headquartered",
    ),
    make_rule(
        "x-based",
        "located-in",
        rf"(?P<o>{P})-based (?:[\w-]+ ){{0,2}}?(?P<s>{E})",
        0.8,
        keys="-based",
    ),
)
