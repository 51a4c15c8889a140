"""A CheckList-style matrix of the verb frames English news uses for each relation.

Why: fixes made for one round of articles did not transfer to the next, because each
was a reading of that round's sentences. This matrix enumerates the frames instead (from
a thesaurus-style sweep of English, written before looking at the extraction rules), and
gives each frame a handful of variants: active, passive where English allows it, with a
time adverb or an amount, after a dateline, inside a longer sentence. Every company name
is invented; ``{A}``, ``{B}`` and ``{C}`` are filled from ``NAMES`` so that no frame
leans on one name.

The expected triple is always (A, relation, B): A owns or holds a stake in B, A rents
capacity to B (A supplies, B uses), A competes with B, the name A becomes the name B.
``TRAPS`` are sentences that use the same words but state no fact (negated, planned,
tried, sold, a product bought rather than a company): the triple named must not be read
as asserted or reported.
"""

from __future__ import annotations

from dataclasses import dataclass

NAMES = (
    "Corvane Systems",
    "Halden Labs",
    "Tessaro AI",
    "Quillon Data",
    "Marrow Cloud",
    "Brisket Compute",
    "Oakhurst Robotics",
    "Velmont Software",
    "Pellam AI",
    "Sorrel Health",
    "Drayhill Capital",
    "Kestrel Ventures",
    "Ambrel Networks",
    "Nyssa Labs",
    "Fennick Cloud",
    "Larchmont Semiconductor",
    "Ossory AI",
    "Tamsin Group",
    "Wrenfield Data",
    "Caddon Labs",
    "Yarrow Compute",
    "Belmire Holdings",
    "Prescot AI",
    "Gildas Systems",
    "Hollin Cloud",
    "Merriden Partners",
    "Stourby AI",
    "Calloway Chips",
    "Idris Labs",
    "Noventa Software",
)

# Who supplies capacity is read partly from what the company is (a cloud, a data centre
# operator): the suppliers of the capacity frames come from here, as they would in news.
SUPPLIERS = (
    "Marrow Cloud",
    "Brisket Compute",
    "Fennick Cloud",
    "Yarrow Compute",
    "Hollin Cloud",
    "Wrenfield Data",
    "Quillon Data",
    "Ambrel Networks",
)


@dataclass(frozen=True)
class Frame:
    """One way English states a relation, and sentences that use it.

    ``common`` ranks how often news uses the frame (1 most often, 3 rarely), to fill
    gaps in that order.
    """

    relation: str
    name: str
    common: int
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    """One sentence of the matrix with its names filled in and the triple it states."""

    relation: str
    frame: str
    index: int
    text: str
    triple: tuple[str, str, str]


OWNS = "owns"
RENTS = "rents-capacity-to"
COMPETES = "competes-with"
REBRANDS = "rebrands-as"

CONTROL_FRAMES = (
    Frame(
        OWNS,
        "acquire",
        1,
        (
            "{A} acquired {B}.",
            "{A} has acquired {B} for $1.2 billion.",
            "LONDON, March 3 (Newswire) - {A} said on Monday it had acquired {B}, a maker of "
            "speech software.",
            "{B} was acquired by {A} in 2022.",
            "Last year {A} acquired {B}, which designs chips for cars, to widen its range.",
        ),
    ),
    Frame(
        OWNS,
        "buy",
        1,
        (
            "{A} bought {B}.",
            "In May {A} bought {B} for $300 million.",
            "{B} was bought by {A} last year.",
            "{A}, the Dutch chip designer, bought {B} in a deal worth $80 million.",
        ),
    ),
    Frame(
        OWNS,
        "purchase",
        2,
        (
            "{A} purchased {B} in 2021.",
            "{B} was purchased by {A} for $75 million.",
            "AUSTIN, Texas - {A} has purchased {B}, the two companies said.",
        ),
    ),
    Frame(
        OWNS,
        "take over",
        1,
        (
            "{A} took over {B} in 2020.",
            "{A} has taken over {B}, its biggest supplier.",
            "{B} was taken over by {A} last spring.",
        ),
    ),
    Frame(
        OWNS,
        "snap up",
        2,
        (
            "{A} snapped up {B} for $45 million.",
            "{B} was snapped up by {A} in 2019.",
            "Earlier this year {A} snapped up {B}, a start-up with twelve staff.",
        ),
    ),
    Frame(
        OWNS,
        "pay $X for",
        1,
        (
            "{A} paid $900 million for {B}.",
            "{A} paid about $2 billion in cash for {B} last year.",
            "In 2023 {A} paid $140 million for {B}, a maker of inference chips.",
        ),
    ),
    Frame(
        OWNS,
        "swallow",
        3,
        (
            "{A} swallowed {B} in 2018.",
            "{B} was swallowed by {A} two years ago.",
        ),
    ),
    Frame(
        OWNS,
        "absorb",
        2,
        (
            "{A} absorbed {B} in 2021.",
            "{B} was absorbed by {A} last year.",
            "{B} was absorbed into {A} after the merger.",
        ),
    ),
    Frame(
        OWNS,
        "fold into",
        2,
        (
            "{A} folded {B} into its cloud division.",
            "{B} was folded into {A} after the 2022 deal.",
        ),
    ),
    Frame(
        OWNS,
        "take control of",
        2,
        (
            "{A} took control of {B} in March.",
            "{A} has taken control of {B} after buying out its founders.",
        ),
    ),
    Frame(
        OWNS,
        "complete the acquisition of",
        1,
        (
            "{A} completed its acquisition of {B} on Tuesday.",
            "{A} closed its takeover of {B} in June.",
            "{A} completed the purchase of {B} for $1.1 billion.",
            "{A} has finalised its acquisition of {B}.",
        ),
    ),
    Frame(
        OWNS,
        "close its deal for",
        2,
        (
            "{A} closed its deal for {B} last week.",
            "{A} closed its $600 million deal to buy {B} on Friday.",
        ),
    ),
    Frame(
        OWNS,
        "merge X into",
        2,
        (
            "{A} merged {B} into its robotics arm.",
            "{B} was merged into {A} in 2020.",
        ),
    ),
    Frame(
        OWNS,
        "spin off (parent keeps)",
        3,
        (
            "{A} spun off {B} last year and still owns 70% of it.",
            "{A} spun off {B} in 2022 but kept a majority stake in it.",
        ),
    ),
    Frame(
        OWNS,
        "be a unit/division/arm/subsidiary of",
        1,
        (
            "{B} is a unit of {A}.",
            "{B}, a subsidiary of {A}, makes server racks.",
            "{B} is the cloud arm of {A}.",
            "{B}, a division of {A}, sells sensors to carmakers.",
            "{B} became a wholly owned subsidiary of {A} in 2021.",
        ),
    ),
    Frame(
        OWNS,
        "X's unit/subsidiary Y",
        1,
        (
            "{A}'s subsidiary {B} makes server racks.",
            "{A}'s cloud unit, {B}, grew 40% last year.",
            "{B}, {A}'s robotics arm, opened a plant in Ohio.",
        ),
    ),
    Frame(
        OWNS,
        "belong to",
        2,
        (
            "{B} belongs to {A}.",
            "{B}, which belongs to {A}, makes cooling systems.",
            "Since 2019 {B} has belonged to {A}.",
        ),
    ),
    Frame(
        OWNS,
        "be owned by",
        1,
        (
            "{B} is owned by {A}.",
            "{B} is wholly owned by {A}.",
            "{B}, owned by {A}, runs three data centres.",
        ),
    ),
    Frame(
        OWNS,
        "be part of",
        2,
        (
            "{B} is part of {A}.",
            "{B} has been part of {A} since 2019.",
            "{B}, part of {A}, makes design software.",
        ),
    ),
    Frame(
        OWNS,
        "parent/owner of",
        1,
        (
            "{A}, the parent of {B}, reported higher sales.",
            "{B}'s parent company, {A}, reported higher sales.",
            "{A} is the owner of {B}.",
            "{B}'s owner, {A}, declined to comment.",
        ),
    ),
    Frame(
        OWNS,
        "own",
        1,
        (
            "{A} owns {B}.",
            "{A} also owns the chip designer {B}.",
        ),
    ),
    Frame(
        OWNS,
        "X's acquisition of Y",
        1,
        (
            "{A}'s acquisition of {B} closed in May.",
            "{A}'s $2 billion purchase of {B} was approved by regulators.",
            "{A}'s takeover of {B} was completed last year.",
        ),
    ),
    Frame(
        OWNS,
        "sell Y to X",
        1,
        (
            "{C} sold {B} to {A} in 2021.",
            "{B} was sold to {A} for $500 million.",
            "{C} has agreed to sell {B} to {A}.",
        ),
    ),
    Frame(
        OWNS,
        "agree to buy",
        1,
        (
            "{A} agreed to buy {B} for $3 billion.",
            "{A} has agreed to acquire {B}.",
            "{A} struck a deal to buy {B} on Thursday.",
        ),
    ),
)

STAKE_FRAMES = (
    Frame(
        OWNS,
        "invest in",
        1,
        (
            "{A} invested $50 million in {B}.",
            "{A} has invested in {B}.",
            "Last year {A} invested in {B}, a maker of robot arms.",
            "{B}, in which {A} invested in 2021, makes robot arms.",
        ),
    ),
    Frame(
        OWNS,
        "back",
        1,
        (
            "{B} is backed by {A}.",
            "{A} backed {B} in 2021.",
            "{B}, which is backed by {A}, makes robot arms.",
            "The {A}-backed start-up {B} raised new money.",
        ),
    ),
    Frame(
        OWNS,
        "fund",
        2,
        (
            "{B} is funded by {A}.",
            "{A} funded {B} in 2020.",
        ),
    ),
    Frame(
        OWNS,
        "pour/put money into",
        2,
        (
            "{A} poured $200 million into {B}.",
            "{A} has put money into {B}.",
            "In 2022 {A} put $30 million into {B}.",
        ),
    ),
    Frame(
        OWNS,
        "lead/co-lead/join a round in",
        1,
        (
            "{A} led a $40 million round in {B}.",
            "{B} raised $40 million in a round led by {A}.",
            "{A} co-led {B}'s Series B round.",
            "{A} joined {B}'s latest funding round.",
            "{A} led the funding round for {B}.",
        ),
    ),
    Frame(
        OWNS,
        "take/hold a stake in",
        1,
        (
            "{A} took a 10% stake in {B}.",
            "{A} bought a stake in {B}.",
            "{A} holds a 15% stake in {B}.",
            "{A} owns a minority stake in {B}.",
            "{A} acquired a 20% share in {B}.",
            "{A} has a holding in {B}.",
        ),
    ),
    Frame(
        OWNS,
        "be a shareholder/investor/backer in",
        1,
        (
            "{A} is a shareholder in {B}.",
            "{A} is an investor in {B}.",
            "{A}, an early backer of {B}, declined to comment.",
            "{B}'s investors include {A}.",
            "{A} is {B}'s largest shareholder.",
        ),
    ),
    Frame(
        OWNS,
        "own X% of",
        1,
        (
            "{A} owns 30% of {B}.",
            "{A} holds about 12% of {B}.",
        ),
    ),
    Frame(
        OWNS,
        "raise from",
        1,
        (
            "{B} raised $100 million from {A}.",
            "{B} has raised $25 million from {A} and others.",
        ),
    ),
    Frame(
        OWNS,
        "X's investment in Y",
        1,
        (
            "{A}'s $1 billion investment in {B} closed in May.",
            "{A}'s investment in {B} has tripled in value.",
        ),
    ),
)

RENT_FRAMES = (
    Frame(
        RENTS,
        "rent/lease from",
        1,
        (
            "{B} rents capacity from {A}.",
            "{B} leases GPUs from {A}.",
            "{B} rents servers from {A}.",
            "Since 2023 {B} has leased data centre space from {A}.",
        ),
    ),
    Frame(
        RENTS,
        "buy capacity/compute from",
        1,
        (
            "{B} buys compute from {A}.",
            "{B} bought $300 million of cloud capacity from {A}.",
        ),
    ),
    Frame(
        RENTS,
        "sign a deal with X for compute",
        1,
        (
            "{B} signed a $2 billion deal with {A} for computing capacity.",
            "{B} inked a five-year contract with {A} for GPU capacity.",
            "{B} has struck a deal with {A} to use its data centres.",
        ),
    ),
    Frame(
        RENTS,
        "tap",
        2,
        (
            "{B} tapped {A} for extra compute.",
            "{B} has tapped {A} to supply GPU capacity.",
        ),
    ),
    Frame(
        RENTS,
        "use X's cloud",
        1,
        (
            "{B} uses {A}'s cloud.",
            "{B} uses {A}'s GPUs to train its models.",
            "{B} relies on {A}'s data centres.",
        ),
    ),
    Frame(
        RENTS,
        "run/train on X's chips/cloud",
        1,
        (
            "{B} trains its models on {A}'s cloud.",
            "{B} runs its chatbot on {A}'s servers.",
            "{B} trains on {A}'s GPU cluster.",
        ),
    ),
    Frame(
        RENTS,
        "host",
        2,
        (
            "{A} hosts {B}'s models.",
            "{A} hosts the servers of {B}.",
            "{B}'s models are hosted by {A}.",
        ),
    ),
    Frame(
        RENTS,
        "supply/provide/sell compute to",
        1,
        (
            "{A} supplies computing power to {B}.",
            "{A} provides GPU capacity to {B}.",
            "{A} sells compute to {B}.",
            "{A} provides {B} with cloud capacity.",
            "{A} will deliver 200 megawatts of compute to {B}.",
        ),
    ),
    Frame(
        RENTS,
        "be X's supplier/provider/landlord",
        1,
        (
            "{A} is {B}'s cloud provider.",
            "{A}, {B}'s main compute supplier, raised its prices.",
            "{A} is the landlord for {B}'s servers.",
        ),
    ),
    Frame(
        RENTS,
        "X's customers include Y",
        1,
        (
            "{A}'s customers include {B}.",
            "{A} counts {B} among its cloud customers.",
            "{B} is a customer of {A}'s cloud.",
        ),
    ),
    Frame(
        RENTS,
        "serve X from its data centres",
        3,
        (
            "{A} serves {B} from its data centres in Ohio.",
            "{B}'s chatbot runs in {A}'s data centres.",
        ),
    ),
)

COMPETE_FRAMES = (
    Frame(
        COMPETES,
        "compete with",
        1,
        (
            "{A} competes with {B}.",
            "{A} competes with {B} for bank contracts.",
            "{A} and {B} compete in speech software.",
            "{A} competes head-to-head with {B}.",
        ),
    ),
    Frame(
        COMPETES,
        "rival (verb)",
        2,
        (
            "{A} rivals {B} in chip design.",
            "{A} now rivals {B} for hospital contracts.",
        ),
    ),
    Frame(
        COMPETES,
        "vie with",
        2,
        (
            "{A} vies with {B} for cloud customers.",
            "{A} and {B} vie for the same customers.",
        ),
    ),
    Frame(
        COMPETES,
        "go up against",
        2,
        (
            "{A} goes up against {B} in the cloud market.",
            "{A} is going up against {B} for hospital contracts.",
        ),
    ),
    Frame(
        COMPETES,
        "take on",
        2,
        (
            "{A} is taking on {B} in search.",
            "{A} takes on {B} with a cheaper model.",
        ),
    ),
    Frame(
        COMPETES,
        "fight",
        2,
        (
            "{A} still fights {B} for every bank contract.",
            "{A} is fighting {B} for hospital customers.",
        ),
    ),
    Frame(
        COMPETES,
        "chase the same customers as",
        3,
        (
            "{A} chases the same customers as {B}.",
            "{A} and {B} chase the same bank customers.",
        ),
    ),
    Frame(
        COMPETES,
        "challenge",
        2,
        (
            "{A} challenges {B} in the market for coding tools.",
            "{A} is challenging {B} for retail customers.",
        ),
    ),
    Frame(
        COMPETES,
        "square off against",
        3,
        (
            "{A} squares off against {B} in the chip market.",
            "{A} and {B} square off in cloud gaming.",
        ),
    ),
    Frame(
        COMPETES,
        "battle",
        2,
        (
            "{A} battles {B} for cloud customers.",
            "{A} and {B} are battling for bank contracts.",
        ),
    ),
    Frame(
        COMPETES,
        "be a rival/competitor/challenger to",
        1,
        (
            "{A} is a rival to {B}.",
            "{A} is a competitor of {B}.",
            "{A}, a challenger to {B}, raised new money.",
            "{A} is one of {B}'s biggest rivals.",
            "{B}'s rival {A} cut its prices.",
            "{A} and its rival {B} both cut prices.",
        ),
    ),
    Frame(
        COMPETES,
        "X's competitors include Y",
        1,
        (
            "{A}'s competitors include {B}.",
            "{A}'s rivals include {B}.",
        ),
    ),
)

REBRAND_FRAMES = (
    Frame(
        REBRANDS,
        "rename",
        1,
        (
            "{A} was renamed {B}.",
            "{A} renamed itself {B}.",
            "{A} was renamed {B} in March.",
            "In May {C} renamed {A} as {B}.",
        ),
    ),
    Frame(
        REBRANDS,
        "rebrand as",
        1,
        (
            "{A} rebranded as {B}.",
            "{A} has rebranded itself as {B}.",
            "{A} was rebranded {B} in 2023.",
            "{A} was rebranded as {B} last year.",
        ),
    ),
    Frame(
        REBRANDS,
        "become",
        2,
        (
            "{A} became {B}.",
            "{A} became {B} in March.",
        ),
    ),
    Frame(
        REBRANDS,
        "change its name to",
        1,
        (
            "{A} changed its name to {B}.",
            "{A} changed its name to {B} last year.",
            "{A} will change its name to {B}.",
        ),
    ),
    Frame(
        REBRANDS,
        "now called/known as",
        1,
        (
            "{A}, now called {B}, makes chips.",
            "{A}, now known as {B}, makes chips.",
            "{A} is now known as {B}.",
            "{A} is now called {B}.",
        ),
    ),
    Frame(
        REBRANDS,
        "relaunch as",
        2,
        (
            "{A} was relaunched as {B}.",
            "{A} relaunched as {B} in June.",
        ),
    ),
    Frame(
        REBRANDS,
        "drop the name X for Y",
        3,
        (
            "{C} dropped the name {A} for {B}.",
            "{C} dropped the {A} name in favour of {B}.",
        ),
    ),
    Frame(
        REBRANDS,
        "trade as",
        3,
        (
            "{A} now trades as {B}.",
            "{A} now operates as {B}.",
        ),
    ),
    Frame(
        REBRANDS,
        "formerly X",
        1,
        (
            "{B}, formerly {A}, makes chips.",
            "{B} (formerly {A}) makes chips.",
            "{B}, formerly known as {A}, makes chips.",
            "{B}, previously called {A}, makes chips.",
        ),
    ),
    Frame(
        REBRANDS,
        "new name",
        2,
        (
            "{A}'s new name is {B}.",
            "{A} is to be renamed {B}.",
            "{A} will be known as {B} from January.",
            "{A} takes the name {B}.",
        ),
    ),
)

FRAMES = CONTROL_FRAMES + STAKE_FRAMES + RENT_FRAMES + COMPETE_FRAMES + REBRAND_FRAMES

# Products renamed by their maker: the frames above, with product names rather than
# company names (the maker is named too, and must not take either name's place).
PRODUCT_REBRANDS = (
    Case(
        REBRANDS,
        "become (product)",
        0,
        "Brightwell Chat became Orrin Assist.",
        ("Brightwell Chat", REBRANDS, "Orrin Assist"),
    ),
    Case(
        REBRANDS,
        "rename its X Y",
        0,
        "In May Halden Labs renamed its Parlo assistant Halden Agent.",
        ("Parlo", REBRANDS, "Halden Agent"),
    ),
    Case(
        REBRANDS,
        "rename its X Y",
        1,
        "Corvane Systems renamed its Quill chatbot Corvane Write last year.",
        ("Quill", REBRANDS, "Corvane Write"),
    ),
    Case(
        REBRANDS,
        "relaunch X as Y",
        0,
        "Velmont Software relaunched its Brisa assistant as Velmont Pilot.",
        ("Brisa", REBRANDS, "Velmont Pilot"),
    ),
)


# A second sweep, written after the first round of fixes and read once before any fix for
# it (26 of 30 were read): other shapes of the same frames (participle asides, "the" before
# a name, a place inside a possessive phrase), with names written out.
_SECOND_SWEEP = (
    (
        "Brenford Labs said on Thursday it had taken over Quay Robotics.",
        ("Brenford Labs", OWNS, "Quay Robotics"),
    ),
    (
        "Ostrava Cloud, which snapped up Pelt AI in March, plans more deals.",
        ("Ostrava Cloud", OWNS, "Pelt AI"),
    ),
    (
        "Dunmore Systems has paid roughly $1.4 billion for Ketch Labs, according to filings.",
        ("Dunmore Systems", OWNS, "Ketch Labs"),
    ),
    (
        "The chipmaker Harlow Semiconductor paid $95 million in cash and stock for Vesper AI.",
        ("Harlow Semiconductor", OWNS, "Vesper AI"),
    ),
    (
        "Kelso Networks, part of Marlin Holdings since 2017, builds routers.",
        ("Marlin Holdings", OWNS, "Kelso Networks"),
    ),
    (
        "Since its sale in 2021, Tarn Labs has been part of Wexford Group.",
        ("Wexford Group", OWNS, "Tarn Labs"),
    ),
    ("Corbin AI was sold to Glenmore Capital last year.", ("Glenmore Capital", OWNS, "Corbin AI")),
    (
        "Merrow Labs later folded Pike Robotics into its automation unit.",
        ("Merrow Labs", OWNS, "Pike Robotics"),
    ),
    (
        "Ashby Data closed its long-awaited deal for Fenwick Systems on Monday.",
        ("Ashby Data", OWNS, "Fenwick Systems"),
    ),
    (
        "Rook Software, in which Halberd Ventures has invested, makes billing tools.",
        ("Halberd Ventures", OWNS, "Rook Software"),
    ),
    (
        "Calder Capital, an existing investor in Moss AI, led the round.",
        ("Calder Capital", OWNS, "Moss AI"),
    ),
    ("Helm Dynamics belongs to the Tavistock Group.", ("Tavistock Group", OWNS, "Helm Dynamics")),
    ("Lune AI's assistant runs on Garrow Cloud's GPUs.", ("Garrow Cloud", RENTS, "Lune AI")),
    (
        "Pexley Labs tapped Carrick Cloud to provide extra training capacity.",
        ("Carrick Cloud", RENTS, "Pexley Labs"),
    ),
    (
        "Norland Cloud hosts the training clusters of Bexley AI in Texas.",
        ("Norland Cloud", RENTS, "Bexley AI"),
    ),
    (
        "Stannard Compute serves Quorra AI out of its Nevada data centre.",
        ("Stannard Compute", RENTS, "Quorra AI"),
    ),
    (
        "Velo Robotics goes after the same warehouse customers as Brant Automation.",
        ("Velo Robotics", COMPETES, "Brant Automation"),
    ),
    (
        "Hesper AI and Kittering Labs court the same hospital buyers.",
        ("Hesper AI", COMPETES, "Kittering Labs"),
    ),
    (
        "Ardent Chips squared off against Morvel Semiconductor for the contract.",
        ("Ardent Chips", COMPETES, "Morvel Semiconductor"),
    ),
    (
        "Ridley Cloud now squares off with Tamber Compute in Europe.",
        ("Ridley Cloud", COMPETES, "Tamber Compute"),
    ),
    (
        "Pollard AI relaunched as Sentry Labs after the lawsuit.",
        ("Pollard AI", REBRANDS, "Sentry Labs"),
    ),
    (
        "Calloway Software has relaunched its Dart chatbot as Calloway Assist.",
        ("Dart", REBRANDS, "Calloway Assist"),
    ),
    ("Mimsy Labs renamed its Beacon app Mimsy Go in April.", ("Beacon", REBRANDS, "Mimsy Go")),
    ("Hadley Data's new name will be Orbis Compute.", ("Hadley Data", REBRANDS, "Orbis Compute")),
    (
        "Tarrant AI dropped the Quest name in favour of Tarrant Labs.",
        ("Quest", REBRANDS, "Tarrant Labs"),
    ),
    ("Lindon Cloud was relaunched as Arcway in May.", ("Lindon Cloud", REBRANDS, "Arcway")),
    (
        "Fable Robotics, acquired by Dorrit Group in 2020, makes grippers.",
        ("Dorrit Group", OWNS, "Fable Robotics"),
    ),
    (
        "Grendel Systems bought Ivy Labs and folded it into its research arm.",
        ("Grendel Systems", OWNS, "Ivy Labs"),
    ),
    (
        "Marsh AI spun off Pilot Robotics in 2023 but kept a 40% stake in it.",
        ("Marsh AI", OWNS, "Pilot Robotics"),
    ),
    (
        "Halsey Cloud supplies Orrin Labs with GPU capacity from its Oregon site.",
        ("Halsey Cloud", RENTS, "Orrin Labs"),
    ),
)
SECOND_SWEEP = tuple(
    Case(triple[1], "second sweep", index, text, triple)
    for index, (text, triple) in enumerate(_SECOND_SWEEP)
)
# A third sweep, of frames beyond the first list (a "Y company", a takeover agreed to, a
# round "that Y led", a contract lost to a rival, a brand adopted), written after the second
# sweep's fixes and read once before any fix for it: 12 of 25 were read. Market-position
# comparisons ("trails", "overtook", "neck and neck") and "the company formerly known as X
# now calls itself Y" stay unread (STILL_MISSED): "overtook Apple as the most valuable
# company" names no rival.
_THIRD_SWEEP = (
    (
        "Pellow Labs, a Hartwell Group company, makes sensors.",
        ("Hartwell Group", OWNS, "Pellow Labs"),
    ),
    ("Pellow Labs is a Hartwell Group company.", ("Hartwell Group", OWNS, "Pellow Labs")),
    (
        "Ormand Systems won control of Brisa Networks in 2021.",
        ("Ormand Systems", OWNS, "Brisa Networks"),
    ),
    (
        "Ketter AI agreed to a $2 billion takeover by Mavis Holdings.",
        ("Mavis Holdings", OWNS, "Ketter AI"),
    ),
    (
        "Dorran Capital increased its stake in Selby AI to 20%.",
        ("Dorran Capital", OWNS, "Selby AI"),
    ),
    ("Selby AI counts Dorran Capital as an investor.", ("Dorran Capital", OWNS, "Selby AI")),
    (
        "Carro Labs is one of Hyland Cloud's largest customers.",
        ("Hyland Cloud", RENTS, "Carro Labs"),
    ),
    ("Carro Labs became a Hyland Cloud customer in 2024.", ("Hyland Cloud", RENTS, "Carro Labs")),
    (
        "Carro Labs agreed to buy $5 billion of compute from Hyland Cloud.",
        ("Hyland Cloud", RENTS, "Carro Labs"),
    ),
    (
        "Carro Labs is moving its training workloads to Hyland Cloud.",
        ("Hyland Cloud", RENTS, "Carro Labs"),
    ),
    (
        "Hyland Cloud will supply Carro Labs with 100 megawatts of capacity.",
        ("Hyland Cloud", RENTS, "Carro Labs"),
    ),
    ("Carro Labs signed up for Hyland Cloud's GPU service.", ("Hyland Cloud", RENTS, "Carro Labs")),
    ("Tibbet AI is going after Morrow Labs's customers.", ("Tibbet AI", COMPETES, "Morrow Labs")),
    ("Tibbet AI lost the bank contract to Morrow Labs.", ("Tibbet AI", COMPETES, "Morrow Labs")),
    ("Tibbet AI trails Morrow Labs in speech software.", ("Tibbet AI", COMPETES, "Morrow Labs")),
    (
        "Tibbet AI and Morrow Labs are neck and neck in speech software.",
        ("Tibbet AI", COMPETES, "Morrow Labs"),
    ),
    (
        "Tibbet AI overtook Morrow Labs as the largest maker of speech software.",
        ("Tibbet AI", COMPETES, "Morrow Labs"),
    ),
    (
        "Sandal Data is changing its name to Arrow Compute.",
        ("Sandal Data", REBRANDS, "Arrow Compute"),
    ),
    (
        "Arrow Compute, which changed its name from Sandal Data last year, runs two sites.",
        ("Sandal Data", REBRANDS, "Arrow Compute"),
    ),
    ("Arrow Compute (now Vela Cloud) runs two sites.", ("Arrow Compute", REBRANDS, "Vela Cloud")),
    (
        "The company formerly known as Sandal Data now calls itself Arrow Compute.",
        ("Sandal Data", REBRANDS, "Arrow Compute"),
    ),
    (
        "Sandal Data will operate under the Arrow Compute brand.",
        ("Sandal Data", REBRANDS, "Arrow Compute"),
    ),
    (
        "Sandal Data adopted the Arrow Compute brand in June.",
        ("Sandal Data", REBRANDS, "Arrow Compute"),
    ),
    ("Halberd Group acquired a majority of Sefton Labs.", ("Halberd Group", OWNS, "Sefton Labs")),
    (
        "Brisby AI raised $60 million in a round that Tamsin Ventures led.",
        ("Tamsin Ventures", OWNS, "Brisby AI"),
    ),
)
THIRD_SWEEP = tuple(
    Case(triple[1], "third sweep", index, text, triple)
    for index, (text, triple) in enumerate(_THIRD_SWEEP)
)
# A one-word name that opens its sentence, known from nothing else in the text: the verb of
# the frame is what says it is a company.
ONE_WORD_OPENERS = tuple(
    Case(triple[1], "one-word opener", index, text, triple)
    for index, (text, triple) in enumerate(
        (
            ("Corvane paid $900 million for Halden Labs.", ("Corvane", OWNS, "Halden Labs")),
            (
                "Tessary still fights Quillon Data for every bank contract.",
                ("Tessary", COMPETES, "Quillon Data"),
            ),
            ("Marrick snapped up Bexley Labs for $30 million.", ("Marrick", OWNS, "Bexley Labs")),
            ("Quorvin rivals Pellam AI in speech software.", ("Quorvin", COMPETES, "Pellam AI")),
            ("Halvern rebranded as Orrin Systems.", ("Halvern", REBRANDS, "Orrin Systems")),
        )
    )
)
_SECOND_SWEEP_TRAPS = (
    (
        "Sandal Data rejected a takeover offer from Mavis Holdings.",
        ("Mavis Holdings", OWNS, "Sandal Data"),
    ),
    (
        "Ketter AI received a takeover bid from Mavis Holdings.",
        ("Mavis Holdings", OWNS, "Ketter AI"),
    ),
    (
        "Tibbet AI shares the same customers as its partner Morrow Labs.",
        ("Tibbet AI", COMPETES, "Morrow Labs"),
    ),
    ("Regulators took over Silvergate Bank.", ("Regulators", OWNS, "Silvergate Bank")),
    ("Investors paid $3 billion for Halden Labs.", ("Investors", OWNS, "Halden Labs")),
    (
        "Dunmore Systems refused to pay $1 billion for Ketch Labs.",
        ("Dunmore Systems", OWNS, "Ketch Labs"),
    ),
    (
        "Kelso Networks is part of a consortium led by Marlin Holdings.",
        ("Marlin Holdings", OWNS, "Kelso Networks"),
    ),
    (
        "Corbin AI would be sold to Glenmore Capital if talks succeed.",
        ("Glenmore Capital", OWNS, "Corbin AI"),
    ),
    (
        "Velo Robotics and Brant Automation use the same cloud provider.",
        ("Velo Robotics", COMPETES, "Brant Automation"),
    ),
    (
        "Calder Capital, a former investor in Moss AI, declined to comment.",
        ("Calder Capital", OWNS, "Moss AI"),
    ),
    ("Norland Cloud hosts the annual meeting of Bexley AI.", ("Norland Cloud", RENTS, "Bexley AI")),
    (
        "Tarrant AI dropped Quest Cloud for Orbis Compute as its supplier.",
        ("Quest Cloud", REBRANDS, "Orbis Compute"),
    ),
)


def _names(i: int, relation: str = OWNS) -> dict[str, str]:
    """Three different names for the i-th sentence, spread over the pool."""
    investors = ("Capital", "Ventures", "Partners", "Holdings", "Group")
    users = [name for name in NAMES if name not in SUPPLIERS and not name.endswith(investors)]
    if relation == RENTS:
        return {"A": SUPPLIERS[i % len(SUPPLIERS)], "B": users[(7 * i) % len(users)], "C": ""}
    n = len(NAMES)
    return {"A": NAMES[(7 * i) % n], "B": NAMES[(7 * i + 3) % n], "C": NAMES[(7 * i + 5) % n]}


def _cases() -> tuple[Case, ...]:
    cases = []
    for frame in FRAMES:
        for index, variant in enumerate(frame.variants):
            names = _names(len(cases), frame.relation)
            triple = (names["A"], frame.relation, names["B"])
            text = variant.format(**names)
            cases.append(Case(frame.relation, frame.name, index, text, triple))
    return tuple(cases) + PRODUCT_REBRANDS + SECOND_SWEEP + THIRD_SWEEP + ONE_WORD_OPENERS


CASES = _cases()

# Sentences that use the frames' words but state no fact: the (A, relation, B) triple
# given must not be read as asserted or reported (denied or planned is fine).
_TRAPS = (
    ("{A} tried to buy {B} but walked away.", OWNS),
    ("{A} failed to acquire {B}.", OWNS),
    ("{A} abandoned its bid for {B}.", OWNS),
    ("{A} sold its stake in {B} last year.", OWNS),
    ("{A} sold {B} to {C} in 2020.", OWNS),
    ("{A} is considering buying {B}.", OWNS),
    ("{A} was in talks to buy {B}.", OWNS),
    ("{A} did not buy {B}.", OWNS),
    ("{A} denied that it would acquire {B}.", OWNS),
    ("{A} no longer owns {B}.", OWNS),
    ("{A} bought {B}'s chips.", OWNS),
    ("{A} bought servers from {B}.", OWNS),
    ("{B} fought off a takeover by {A}.", OWNS),
    ("{B} rejected a bid from {A}.", OWNS),
    ("{A} has no stake in {B}.", OWNS),
    ("{A} paid $20 million for {B}'s patents.", OWNS),
    ("{A} declined to invest in {B}.", OWNS),
    ("{B} stopped renting capacity from {A}.", RENTS),
    ("{B} no longer uses {A}'s cloud.", RENTS),
    ("{B} does not rent servers from {A}.", RENTS),
    ("{A} does not compete with {B}.", COMPETES),
    ("{A} partnered with {B} on a new chip.", COMPETES),
    ("{A} became {B}'s largest customer.", REBRANDS),
    ("{A} became a rival to {B}.", REBRANDS),
    ("{A} became {B}'s biggest shareholder.", REBRANDS),
    ("{A} denied that it would rebrand as {B}.", REBRANDS),
    ("{A} considered renaming itself {B} but kept its name.", REBRANDS),
    ("{A} declined to pay $500 million for {B}.", OWNS),
    ("{A} took over {B}'s lease in Ohio.", OWNS),
    ("{A} snapped up {B}'s used GPUs.", OWNS),
    ("{B} is part of the {A} consortium.", OWNS),
    ("{A}, a former backer of {B}, sold out in 2022.", OWNS),
    ("{B} was almost sold to {A} in 2020.", OWNS),
    ("{C} dropped {A} for {B} as its cloud supplier.", REBRANDS),
    ("{A} and {B} share the same investors.", COMPETES),
    ("{B}'s chatbot no longer runs on {A}'s servers.", RENTS),
)


def _traps() -> tuple[Case, ...]:
    cases = []
    for index, (variant, relation) in enumerate(_TRAPS):
        names = _names(index + 11, relation)
        triple = (names["A"], relation, names["B"])
        cases.append(Case(relation, "trap", index, variant.format(**names), triple))
    for index, (text, triple) in enumerate(_SECOND_SWEEP_TRAPS, start=len(cases)):
        cases.append(Case(triple[1], "trap", index, text, triple))
    return tuple(cases)


TRAPS = _traps()

# The variants the extractor does not read yet, listed rather than hidden: the test
# asserts that every other variant is read, and prints these. Shrink it as frames are
# filled; never grow it to make a change pass.
STILL_MISSED = frozenset(
    {("third sweep", 14), ("third sweep", 15), ("third sweep", 16), ("third sweep", 20)}
)

# Variants read the wrong way round (B, relation, A): a wrong fact, worse than a miss.
STILL_BACKWARDS = frozenset()
