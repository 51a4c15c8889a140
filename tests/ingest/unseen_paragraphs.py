# ruff: noqa: E501  -- each paragraph stays on one line, as a scraped article would
"""Short news paragraphs, written for these tests, with what a careful reader takes from them.

The paragraphs retell real deals in fresh words (none copied from any corpus)
or invent companies that no list knows, in the styles news uses: renter-first
and provider-first, passive voice, nominal forms, lists, appositives, epithets,
stakes with and without a share, completed and failed acquisitions, talks,
denials, reported claims, former names and boilerplate.

Each case: ``must`` triples (subject, relation, object, status) a reader takes
as stated; ``optional`` triples a reader could take or leave (plans, talks);
``forbidden`` triples a careless extractor would wrongly produce. A name in a
triple may list alternatives with ``|`` ("Google Cloud|Google").
"""

from __future__ import annotations

Triple = tuple[str, str, str, str]

CASES: list[dict[str, object]] = [
    {
        "id": "nebius-microsoft",
        "text": "Nebius Group, the Amsterdam-based cloud company, will supply Microsoft with GPU capacity from a new data centre in Vineland, New Jersey, under a five-year agreement worth up to $19.4 billion. Nebius shares jumped almost 50% in after-hours trading. The company, which spun out of the Russian search group Yandex, said the contract would fund its expansion.",
        "must": [("Nebius Group", "rents-capacity-to", "Microsoft", "asserted")],
        "forbidden": [("Microsoft", "rents-capacity-to", "Nebius Group", "asserted")],
    },
    {
        "id": "nvidia-coreweave",
        "text": "Nvidia, which holds a stake of roughly 7% in CoreWeave, has also agreed to rent the cloud provider's unused capacity through 2032. The chipmaker will pay CoreWeave about $6.3 billion for any computing power its other customers do not buy.",
        "must": [
            ("Nvidia", "owns", "CoreWeave", "asserted"),
            ("CoreWeave", "rents-capacity-to", "Nvidia", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "CoreWeave", "asserted")],
    },
    {
        "id": "amazon-anthropic",
        "text": "Amazon has finished putting $8 billion into Anthropic, the San Francisco start-up behind the Claude chatbot. The lab trains its largest models on Trainium chips in data centres run by Amazon Web Services. Google, a rival backer, also holds a minority stake in Anthropic.",
        "must": [
            ("Amazon", "owns", "Anthropic", "asserted"),
            ("Amazon Web Services", "rents-capacity-to", "Anthropic", "asserted"),
            ("Google", "owns", "Anthropic", "asserted"),
        ],
    },
    {
        "id": "meta-scale",
        "text": "Meta Platforms agreed to buy a 49% stake in Scale AI for about $14.3 billion, and Scale's founder Alexandr Wang is joining the social media giant to lead a new superintelligence group. Several of Scale's customers, including OpenAI, said they would wind down their work with the data-labelling company.",
        "must": [("Meta", "owns", "Scale AI", "asserted")],
        "forbidden": [("OpenAI", "owns", "Scale AI", "asserted")],
    },
    {
        "id": "oracle-openai-abilene",
        "text": "The first two buildings of the Abilene, Texas campus are already running OpenAI workloads. Crusoe developed the site and leases it to Oracle, which in turn sells the computing capacity to OpenAI as part of the Stargate project.",
        "must": [
            ("Oracle", "rents-capacity-to", "OpenAI", "asserted"),
            ("Crusoe", "rents-capacity-to", "Oracle", "asserted"),
        ],
        "forbidden": [("OpenAI", "rents-capacity-to", "Oracle", "asserted")],
    },
    {
        "id": "softbank-ampere",
        "text": "SoftBank Group has closed its $6.5 billion takeover of Ampere Computing, the Santa Clara chip designer founded by former Intel executive Renee James. Oracle, which had owned about 29% of Ampere, sold its holding as part of the transaction. Ampere now operates as a wholly owned subsidiary of SoftBank.",
        "must": [("SoftBank", "owns", "Ampere", "asserted")],
        "optional": [("Oracle", "owns", "Ampere", "asserted")],
    },
    {
        "id": "mistral-fluidstack",
        "text": "French model developer Mistral AI will train its next models on a cluster operated by Fluidstack, the London-based GPU cloud, at a campus south of Paris. Fluidstack will run the 18,000-chip system and rent it to Mistral under a multi-year contract.",
        "must": [("Fluidstack", "rents-capacity-to", "Mistral AI", "asserted")],
        "forbidden": [("Mistral AI", "rents-capacity-to", "Fluidstack", "asserted")],
    },
    {
        "id": "xai-colossus",
        "text": "Elon Musk's xAI built Colossus, a supercomputer in Memphis, Tennessee, in just 122 days. The company now trains its Grok models on the cluster, which it owns outright.",
        "must": [
            ("Elon Musk", "owns", "xAI", "asserted"),
            ("xAI", "owns", "Colossus", "asserted"),
        ],
    },
    {
        "id": "google-character",
        "text": "Google did not buy Character.AI. Instead, the search giant paid about $2.7 billion to license the start-up's technology and hired its founders, Noam Shazeer and Daniel De Freitas. Character.AI remains independent, and Google holds no equity in it.",
        "must": [],
        "forbidden": [("Google", "owns", "Character.AI", "asserted")],
    },
    {
        "id": "microsoft-inflection",
        "text": "Microsoft paid Inflection AI about $650 million to license its models and recruited most of its staff, including co-founder Mustafa Suleyman, who now leads a consumer unit called Microsoft AI. Inflection, which competes with OpenAI and Anthropic, kept its company intact and pivoted to selling to businesses.",
        "must": [
            ("Inflection AI", "competes-with", "OpenAI", "asserted"),
            ("Inflection AI", "competes-with", "Anthropic", "asserted"),
        ],
        "optional": [("Microsoft", "owns", "Microsoft AI", "asserted")],
        "forbidden": [("Microsoft", "owns", "Inflection AI", "asserted")],
    },
    {
        "id": "lambda-nvidia",
        "text": "Lambda, the GPU cloud start-up, has signed a $1.5 billion lease under which Nvidia will rent back 18,000 of its own chips from Lambda over four years. Nvidia is also an investor in Lambda.",
        "must": [
            ("Lambda", "rents-capacity-to", "Nvidia", "asserted"),
            ("Nvidia", "owns", "Lambda", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "Lambda", "asserted")],
    },
    {
        "id": "together-round",
        "text": "Together AI, which rents out clusters of Nvidia chips to developers of open models, raised $305 million in a round led by General Catalyst and Prosperity7. Pika Labs, a video-generation start-up, is one of its customers.",
        "must": [
            ("General Catalyst", "owns", "Together AI", "asserted"),
            ("Prosperity7", "owns", "Together AI", "asserted"),
            ("Together AI", "rents-capacity-to", "Pika Labs", "asserted"),
        ],
    },
    {
        "id": "coreweave-core-scientific",
        "text": "CoreWeave had long been Core Scientific's biggest tenant, leasing some 200 megawatts of the miner's power capacity. Its plan to acquire the bitcoin miner in an all-stock deal collapsed after Core Scientific shareholders voted it down.",
        "must": [("Core Scientific", "rents-capacity-to", "CoreWeave", "asserted")],
        "forbidden": [("CoreWeave", "owns", "Core Scientific", "asserted")],
    },
    {
        "id": "nscale-microsoft",
        "text": "Microsoft has agreed to rent about 200,000 Nvidia GPUs from Nscale, a British neocloud, across sites in Texas, Portugal and Norway. The London start-up counts Nvidia and Aker among its investors.",
        "must": [
            ("Nscale", "rents-capacity-to", "Microsoft", "asserted"),
            ("Nvidia", "owns", "Nscale", "asserted"),
            ("Aker", "owns", "Nscale", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "Microsoft", "asserted")],
    },
    {
        "id": "twitter-x-xai",
        "text": "Elon Musk bought Twitter in 2022 and renamed it X the following year. In March he folded X into xAI, his artificial intelligence company, in an all-stock transaction.",
        "must": [
            ("Twitter", "rebrands-as", "X", "asserted"),
            ("xAI", "owns", "X", "asserted"),
        ],
        "optional": [
            ("Elon Musk", "owns", "Twitter|X", "asserted"),
            ("Elon Musk", "owns", "xAI", "asserted"),
        ],
    },
    {
        "id": "bard-gemini",
        "text": "Google retired the Bard name in February, rebranding the chatbot as Gemini to match the family of models underneath it.",
        "must": [("Bard", "rebrands-as", "Gemini", "asserted")],
        "forbidden": [("Gemini", "rebrands-as", "Bard", "asserted")],
    },
    {
        "id": "facebook-meta",
        "text": "When Facebook changed its corporate name to Meta in 2021, Mark Zuckerberg said the company would be judged on the metaverse. Three years on, Meta is spending most of its capital on AI data centres such as Hyperion, a Louisiana campus it owns.",
        "must": [
            ("Facebook", "rebrands-as", "Meta", "asserted"),
            ("Meta", "owns", "Hyperion", "asserted"),
        ],
    },
    {
        "id": "servicenow-element",
        "text": "ServiceNow bought Element AI, the Montreal lab co-founded by Yoshua Bengio, in 2020. The purchase ended the start-up's run as one of Canada's best-funded AI companies.",
        "must": [("ServiceNow", "owns", "Element AI", "asserted")],
    },
    {
        "id": "velmora-kestrel",
        "text": "Velmora Labs, a two-year-old model developer in Toronto, is renting thousands of GPUs from Kestrel Compute under a three-year agreement, according to people familiar with the matter. Kestrel Compute also hosts workloads for Ardent AI, another model developer.",
        "must": [
            ("Kestrel Compute", "rents-capacity-to", "Velmora Labs", "reported"),
            ("Kestrel Compute", "rents-capacity-to", "Ardent AI", "asserted"),
        ],
    },
    {
        "id": "passive-hosted",
        "text": "Training for Orbisense's next model will be hosted by Tallow Cloud, a Norwegian data-centre operator, the companies said on Tuesday.",
        "must": [("Tallow Cloud", "rents-capacity-to", "Orbisense", "asserted")],
    },
    {
        "id": "deal-between",
        "text": "The multibillion-dollar capacity deal between Quorra AI and Haldane Cloud is the largest yet for the Oslo provider, which will dedicate a whole hall of Nvidia servers to the lab.",
        "must": [("Haldane Cloud", "rents-capacity-to", "Quorra AI", "asserted")],
        "forbidden": [("Quorra AI", "rents-capacity-to", "Haldane Cloud", "asserted")],
    },
    {
        "id": "rival-list",
        "text": "Brightwell Robotics competes with Figure AI, Agility Robotics and Apptronik in the race to put humanoid robots in warehouses.",
        "must": [
            ("Brightwell Robotics", "competes-with", "Figure AI", "asserted"),
            ("Brightwell Robotics", "competes-with", "Agility Robotics", "asserted"),
            ("Brightwell Robotics", "competes-with", "Apptronik", "asserted"),
        ],
    },
    {
        "id": "stake-no-share",
        "text": "Halcyon Capital has taken a minority stake in Pellucid, a Berlin start-up that designs inference chips. Pellucid's other backers include Nordlys Ventures.",
        "must": [
            ("Halcyon Capital", "owns", "Pellucid", "asserted"),
            ("Nordlys Ventures", "owns", "Pellucid", "asserted"),
        ],
    },
    {
        "id": "epithet-acquirer",
        "text": "Marrow Systems sells storage software to banks. The Austin company last year acquired Tinsel, a small database maker, and it now plans to buy Quarry Data as well.",
        "must": [("Marrow Systems", "owns", "Tinsel", "asserted")],
        "optional": [("Marrow Systems", "owns", "Quarry Data", "planned")],
    },
    {
        "id": "now-part-of",
        "text": "Drumlin, now part of Cassiar Group, used to design chips for carmakers. Its former rival Pikestaff Semiconductor, now owned by Larkspur Holdings, makes power modules.",
        "must": [
            ("Cassiar Group", "owns", "Drumlin", "asserted"),
            ("Larkspur Holdings", "owns", "Pikestaff Semiconductor", "asserted"),
        ],
        "optional": [("Drumlin", "competes-with", "Pikestaff Semiconductor", "asserted")],
    },
    {
        "id": "plural-possessive-arm",
        "text": "Tessel Cloud, Larkspur Holdings' cloud arm, will provide compute to Quorra AI from next spring.",
        "must": [
            ("Larkspur Holdings", "owns", "Tessel Cloud", "asserted"),
            ("Tessel Cloud", "rents-capacity-to", "Quorra AI", "asserted"),
        ],
    },
    {
        "id": "possessive-unknown",
        "text": "Orrin Group's Vantor Labs has begun selling its robotics models to logistics firms, the conglomerate said.",
        "must": [("Orrin Group", "owns", "Vantor Labs", "asserted")],
    },
    {
        "id": "denial",
        "text": 'Zephyrine AI denied a report that it had sold a stake to Gantry Capital. "We are not raising money right now," a spokesperson said.',
        "must": [],
        "forbidden": [("Gantry Capital", "owns", "Zephyrine AI", "asserted")],
    },
    {
        "id": "talks",
        "text": "Ostrava Cloud is in talks to buy Lumen Forge, a Prague-based GPU host, for about $400 million, Bloomberg reported.",
        "must": [],
        "optional": [("Ostrava Cloud", "owns", "Lumen Forge", "planned")],
    },
    {
        "id": "failed-merger",
        "text": "Tarn Holdings' planned purchase of Brisa Networks fell apart last month after regulators objected to the price.",
        "must": [],
        "forbidden": [("Tarn Holdings", "owns", "Brisa Networks", "asserted")],
    },
    {
        "id": "boilerplate",
        "text": "Advertisement\n\nRead more: The GPU crunch, explained\n\nSolvane, a Lisbon AI lab, has signed a five-year agreement to rent compute from Meridian Grid, the companies said.\n\nSign up for our newsletter\n\nRelated: Velmora Labs buys Solvane",
        "must": [("Meridian Grid", "rents-capacity-to", "Solvane", "asserted")],
        "forbidden": [("Velmora Labs", "owns", "Solvane", "asserted")],
    },
    {
        "id": "subsidiary-forms",
        "text": "Fennec Digital is a wholly owned subsidiary of Ravel Partners. Bastion AI, a research unit of Korvo Group, said it would stay in Helsinki.",
        "must": [
            ("Ravel Partners", "owns", "Fennec Digital", "asserted"),
            ("Korvo Group", "owns", "Bastion AI", "asserted"),
        ],
    },
    {
        "id": "completed-acquisition",
        "text": "Quillmark completed its acquisition of Sable Networks on Friday, three months after it first announced the deal.",
        "must": [("Quillmark", "owns", "Sable Networks", "asserted")],
    },
    {
        "id": "formerly-known-as",
        "text": "Aurelian Compute, formerly known as Hashfield Mining, has turned its bitcoin sites into AI data centres and now leases them to Quorra AI.",
        "must": [
            ("Hashfield Mining", "rebrands-as", "Aurelian Compute", "asserted"),
            ("Aurelian Compute", "rents-capacity-to", "Quorra AI", "asserted"),
        ],
        "forbidden": [("Hashfield Mining", "rents-capacity-to", "Quorra AI", "asserted")],
    },
    {
        "id": "anchor-tenant",
        "text": "Ironbark Cloud has signed up Nimbus Health as the anchor tenant of its new campus in Ohio, where the hospital-software maker will train diagnostic models.",
        "must": [("Ironbark Cloud", "rents-capacity-to", "Nimbus Health", "asserted")],
    },
    {
        "id": "reported-google-openai",
        "text": "OpenAI has agreed to pay Google Cloud for additional computing capacity, Reuters reported, making the search giant's cloud unit one of the ChatGPT maker's suppliers despite the rivalry between the two companies.",
        "must": [("Google Cloud|Google", "rents-capacity-to", "OpenAI", "reported")],
        "optional": [
            ("OpenAI", "competes-with", "Google", "asserted"),
            ("Google", "owns", "Google Cloud", "asserted"),
        ],
    },
    {
        "id": "openai-coreweave-stock",
        "text": "OpenAI signed an $11.9 billion contract with CoreWeave for cloud capacity and received $350 million of CoreWeave stock as part of the agreement.",
        "must": [
            ("CoreWeave", "rents-capacity-to", "OpenAI", "asserted"),
            ("OpenAI", "owns", "CoreWeave", "asserted"),
        ],
    },
    {
        "id": "person-runs-both",
        "text": "Dana Whitfield, who founded and runs both Corvid Energy and the data-centre developer Ashgrove, said the two companies would share a site in Wyoming.",
        "must": [
            ("Dana Whitfield", "owns", "Corvid Energy", "asserted"),
            ("Dana Whitfield", "owns", "Ashgrove", "asserted"),
        ],
    },
    {
        "id": "appositive-provider-renter",
        "text": "Corbel, a cloud provider based in Dallas, has become the main compute supplier to Wrenfield AI, which competes with Mistral AI and Cohere in enterprise chatbots.",
        "must": [
            ("Corbel", "rents-capacity-to", "Wrenfield AI", "asserted"),
            ("Wrenfield AI", "competes-with", "Mistral AI", "asserted"),
            ("Wrenfield AI", "competes-with", "Cohere", "asserted"),
        ],
    },
    {
        "id": "pronoun-renter",
        "text": "Harrow Labs has grown quickly since its chatbot went viral. It now rents most of its compute from Stellan Cloud, and it is a customer of Oracle as well.",
        "must": [
            ("Stellan Cloud", "rents-capacity-to", "Harrow Labs", "asserted"),
            ("Oracle", "rents-capacity-to", "Harrow Labs", "asserted"),
        ],
    },
]

# A second batch, written after the first round of fixes and measured before any further
# change, to check that the fixes were general rather than fitted to the first batch.
CASES += [
    {
        "id": "b2-microsoft-openai-stake",
        "text": "Under the restructuring, Microsoft holds about 27% of OpenAI Group PBC, a stake valued at roughly $135 billion. OpenAI, in turn, committed to buy an additional $250 billion of Azure cloud services.",
        "must": [
            ("Microsoft", "owns", "OpenAI", "asserted"),
            ("Microsoft", "rents-capacity-to", "OpenAI", "asserted"),
        ],
    },
    {
        "id": "b2-aws-openai",
        "text": "OpenAI will pay Amazon Web Services $38 billion over seven years for access to hundreds of thousands of Nvidia chips, the first contract between the ChatGPT developer and the largest cloud provider.",
        "must": [("Amazon Web Services", "rents-capacity-to", "OpenAI", "asserted")],
        "forbidden": [("Nvidia", "rents-capacity-to", "OpenAI", "asserted")],
    },
    {
        "id": "b2-meta-coreweave",
        "text": "CoreWeave disclosed a $14.2 billion agreement to supply computing power to Meta through 2031, deepening its reliance on a handful of big tech customers.",
        "must": [("CoreWeave", "rents-capacity-to", "Meta", "asserted")],
    },
    {
        "id": "b2-nvidia-intel",
        "text": "Nvidia will invest $5 billion in Intel, taking roughly a 4% stake in its long-time rival, and the two chipmakers will jointly develop data-centre processors.",
        "must": [
            ("Nvidia", "owns", "Intel", "asserted"),
            ("Nvidia", "competes-with", "Intel", "asserted"),
        ],
    },
    {
        "id": "b2-amd-zt",
        "text": "AMD has completed its purchase of server builder ZT Systems, and plans to sell the manufacturing arm to Sanmina while keeping the design teams.",
        "must": [("AMD", "owns", "ZT Systems", "asserted")],
        "optional": [("Sanmina", "owns", "ZT Systems", "planned")],
    },
    {
        "id": "b2-invented-lease",
        "text": "Under the terms of the lease, Pallas Datacenters will provide 150 megawatts of capacity at its Ohio campus to Serif Labs, an AI research company backed by Thornbury Ventures.",
        "must": [
            ("Pallas Datacenters", "rents-capacity-to", "Serif Labs", "asserted"),
            ("Thornbury Ventures", "owns", "Serif Labs", "asserted"),
        ],
    },
    {
        "id": "b2-invented-renamed",
        "text": "Mosswood Mining has renamed itself Mosswood Compute as it swaps bitcoin rigs for GPUs. Its first AI customer is Hollin AI, which signed a two-year contract for capacity at the company's Texas site.",
        "must": [
            ("Mosswood Mining", "rebrands-as", "Mosswood Compute", "asserted"),
            ("Mosswood Compute", "rents-capacity-to", "Hollin AI", "asserted"),
        ],
    },
    {
        "id": "b2-invented-rivals",
        "text": "Greyhaven AI, a challenger to OpenAI and Anthropic, has been valued at $4 billion after a round led by Sequoia Capital.",
        "must": [
            ("Greyhaven AI", "competes-with", "OpenAI", "asserted"),
            ("Greyhaven AI", "competes-with", "Anthropic", "asserted"),
            ("Sequoia Capital", "owns", "Greyhaven AI", "asserted"),
        ],
    },
    {
        "id": "b2-invented-acquired-passive",
        "text": "Cobalt Ridge, a maker of liquid-cooling systems, was acquired by Vantage Data Centers last year for an undisclosed sum.",
        "must": [("Vantage Data Centers", "owns", "Cobalt Ridge", "asserted")],
    },
    {
        "id": "b2-invented-denied-rental",
        "text": "Sorrel AI does not rent any capacity from Ironbark Cloud, a company spokesperson said, contradicting an earlier report. The lab runs its models on Microsoft Azure.",
        "must": [("Microsoft", "rents-capacity-to", "Sorrel AI", "asserted")],
        "forbidden": [("Ironbark Cloud", "rents-capacity-to", "Sorrel AI", "asserted")],
    },
    {
        "id": "b2-invented-majority",
        "text": "Kelpie Holdings bought a 60% stake in Tamsin Networks, giving it control of the fibre operator.",
        "must": [("Kelpie Holdings", "owns", "Tamsin Networks", "asserted")],
    },
    {
        "id": "b2-invented-subsidiary-possessive",
        "text": "Wexford Group's cloud subsidiary, Arden Cloud, said it would lease GPUs to Tullis AI from a site in Iceland.",
        "must": [
            ("Wexford Group", "owns", "Arden Cloud", "asserted"),
            ("Arden Cloud", "rents-capacity-to", "Tullis AI", "asserted"),
        ],
    },
    {
        "id": "b2-invented-talks-failed",
        "text": "Talks for Brannock Capital to take over Delphine Compute broke down in June, people familiar with the matter said. Delphine Compute still rents servers to Quorra AI.",
        "must": [("Delphine Compute", "rents-capacity-to", "Quorra AI", "asserted")],
        "forbidden": [("Brannock Capital", "owns", "Delphine Compute", "asserted")],
    },
    {
        "id": "b2-invented-provider-list",
        "text": "Lindqvist AI buys compute from several providers, including CoreWeave, Lambda and Crusoe, its chief executive said.",
        "must": [
            ("CoreWeave", "rents-capacity-to", "Lindqvist AI", "asserted"),
            ("Lambda", "rents-capacity-to", "Lindqvist AI", "asserted"),
            ("Crusoe", "rents-capacity-to", "Lindqvist AI", "asserted"),
        ],
    },
    {
        "id": "b2-google-deepmind",
        "text": "DeepMind, the London lab Google bought in 2014, merged with the Google Brain team in 2023 to form Google DeepMind.",
        "must": [("Google", "owns", "Google DeepMind", "asserted")],
        "optional": [
            ("DeepMind", "rebrands-as", "Google DeepMind", "asserted"),
            ("Google", "owns", "Google Brain", "asserted"),  # the Brain team was Google's unit
        ],
    },
]

# A third batch, written after the second round of fixes and measured before any further change.
CASES += [
    {
        "id": "b3-agreed-to-acquire",
        "text": "In a filing on Monday, Cirrus Harbor disclosed that it had agreed to acquire Ledgerline, a payments start-up, for $1.2 billion in cash.",
        "must": [("Cirrus Harbor", "owns", "Ledgerline", "asserted")],
    },
    {
        "id": "b3-quote-renter",
        "text": '"We are thrilled to work with Oakhurst Cloud," said Mina Patel, chief executive of Fable AI, which will train its next models on Oakhurst\'s H200 clusters.',
        "must": [("Oakhurst Cloud", "rents-capacity-to", "Fable AI", "asserted")],
    },
    {
        "id": "b3-epithet-customers",
        "text": "Glacier Grid runs three data centres in Iceland. Customers of the Reykjavik operator include Halden AI, Brisk Robotics and the Dutch lab Voskuil.",
        "must": [
            ("Glacier Grid", "rents-capacity-to", "Halden AI", "asserted"),
            ("Glacier Grid", "rents-capacity-to", "Brisk Robotics", "asserted"),
            ("Glacier Grid", "rents-capacity-to", "Voskuil", "asserted"),
        ],
    },
    {
        "id": "b3-majority-owned",
        "text": "Tamber Energy, which is majority-owned by Orsolo Capital, sells power to data centres in Virginia.",
        "must": [("Orsolo Capital", "owns", "Tamber Energy", "asserted")],
    },
    {
        "id": "b3-sold-stake-to",
        "text": "Fenwick Partners sold its 15% stake in Ossian AI to Larch Capital last week.",
        "must": [("Larch Capital", "owns", "Ossian AI", "asserted")],
        "forbidden": [("Fenwick Partners", "owns", "Ossian AI", "asserted")],
    },
    {
        "id": "b3-vies-with",
        "text": "In inference chips, Tirra Forge vies with Groq and Cerebras for the same customers.",
        "must": [
            ("Tirra Forge", "competes-with", "Groq", "asserted"),
            ("Tirra Forge", "competes-with", "Cerebras", "asserted"),
        ],
    },
    {
        "id": "b3-said-to-be",
        "text": "Bramble AI is said to be renting 20,000 GPUs from Lambda, according to The Information.",
        "must": [("Lambda", "rents-capacity-to", "Bramble AI", "reported")],
    },
    {
        "id": "b3-hypothetical",
        "text": "If Solent Cloud wins the tender, it would lease the site to Yarrow AI, officials said.",
        "must": [],
        "forbidden": [("Solent Cloud", "rents-capacity-to", "Yarrow AI", "asserted")],
    },
    {
        "id": "b3-anchor-customers",
        "text": "Xylo Cloud counts Parrine AI and Odessa Labs as anchor customers of its Arizona campus.",
        "must": [
            ("Xylo Cloud", "rents-capacity-to", "Parrine AI", "asserted"),
            ("Xylo Cloud", "rents-capacity-to", "Odessa Labs", "asserted"),
        ],
    },
    {
        "id": "b3-fronted-backed",
        "text": "Backed by Nvidia and Salesforce Ventures, Corrie AI builds voice agents for call centres.",
        "must": [
            ("Nvidia", "owns", "Corrie AI", "asserted"),
            ("Salesforce Ventures", "owns", "Corrie AI", "asserted"),
        ],
    },
    {
        "id": "b3-epithet-backers",
        "text": "Moonshot AI has raised money at a $4 billion valuation. The Beijing lab's backers include Alibaba and Tencent.",
        "must": [
            ("Alibaba", "owns", "Moonshot AI", "asserted"),
            ("Tencent", "owns", "Moonshot AI", "asserted"),
        ],
    },
    {
        "id": "b3-have-been-rivals",
        "text": "Pellion Robotics and Kestrel Robotics have been rivals since both were spun out of the same university lab.",
        "must": [("Pellion Robotics", "competes-with", "Kestrel Robotics", "asserted")],
    },
    {
        "id": "b3-agreed-to-be-acquired",
        "text": "Lumora agreed to be acquired by Cascade Systems for $700 million, the companies said.",
        "must": [("Cascade Systems", "owns", "Lumora", "asserted")],
    },
    {
        "id": "b3-no-stake",
        "text": "Asked whether Nvidia owns part of Tirra Forge, a spokesperson said the chipmaker has no stake in the company.",
        "must": [],
        "forbidden": [("Nvidia", "owns", "Tirra Forge", "asserted")],
    },
    {
        "id": "b3-known-until",
        "text": "Halvard Digital, known until last year as Halvard Mining, now leases its halls to AI developers.",
        "must": [("Halvard Mining", "rebrands-as", "Halvard Digital", "asserted")],
    },
    {
        "id": "b3-set-up-as-unit",
        "text": "Prism Cloud, which Santoro Group set up in 2021 as its AI infrastructure unit, now rents GPUs to Ferrow AI.",
        "must": [
            ("Santoro Group", "owns", "Prism Cloud", "asserted"),
            ("Prism Cloud", "rents-capacity-to", "Ferrow AI", "asserted"),
        ],
    },
    {
        "id": "b3-primary-provider-for",
        "text": "AWS will remain the primary cloud provider for Anthropic even as the lab adds capacity elsewhere.",
        "must": [("Amazon Web Services", "rents-capacity-to", "Anthropic", "asserted")],
    },
    {
        "id": "b3-expand-use-of-tpus",
        "text": "Anthropic plans to expand its use of Google's TPUs sharply, in a deal the companies valued at tens of billions of dollars.",
        "must": [("Google Cloud|Google", "rents-capacity-to", "Anthropic", "planned")],
    },
    {
        "id": "b3-capacity-supplied-by",
        "text": "Mistral AI will be the sole tenant of the new Essonne campus. Capacity there will be supplied by Fluidstack.",
        "must": [("Fluidstack", "rents-capacity-to", "Mistral AI", "asserted")],
    },
    {
        "id": "b3-lease-by-provider-first",
        "text": "Verdant Hosting has leased its entire Quebec facility to Aubrey AI for ten years, in the largest such deal in Canada.",
        "must": [("Verdant Hosting", "rents-capacity-to", "Aubrey AI", "asserted")],
    },
]

# A fourth batch: whole short articles with titles, bylines and boilerplate, written after
# the third round of fixes and measured before any further change.
CASES += [
    {
        "id": "b4-article-neocloud",
        "text": """Vesper Cloud lands second hyperscaler deal
By Ana Ruiz | Updated 14 May 2026
Share this article

OSLO - Vesper Cloud, the Norwegian GPU operator that listed in Oslo last year, has signed a five-year contract to provide Nvidia GB300 capacity to Microsoft, the company said on Wednesday.

The agreement follows a smaller deal with Meta in January. Vesper, which is 30%-owned by the shipping group Brunvoll Holding, runs two hydro-powered campuses near Bergen.

"Demand is far ahead of supply," chief executive Lars Eide said. Analysts said the contract could be worth $6 billion.

Vesper competes with Nscale and Nebius for European contracts.

Read more: Why the Nordics are winning the data-centre race
Advertisement""",
        "must": [
            ("Vesper Cloud", "rents-capacity-to", "Microsoft", "asserted"),
            ("Vesper Cloud", "rents-capacity-to", "Meta", "asserted"),
            ("Brunvoll Holding", "owns", "Vesper Cloud", "asserted"),
            ("Vesper Cloud", "competes-with", "Nscale", "asserted"),
            ("Vesper Cloud", "competes-with", "Nebius Group", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "Microsoft", "asserted")],
    },
    {
        "id": "b4-article-acquisition",
        "text": """Harbinger buys robotics-software firm Kinesis for $2.1bn
The deal is the largest in the sector this year

Harbinger Technologies said on Thursday it had completed the acquisition of Kinesis, a Pittsburgh company whose software guides warehouse robots. Kinesis will become a unit of Harbinger's industrial division.

Kinesis had been backed by Redwood Peak Ventures, which invested in 2021, and by the chipmaker Qualcomm. Both sold their shares in the deal.

Harbinger's rivals, including Siemens and Rockwell Automation, have also been buying software companies. Harbinger had earlier held talks to buy Motiv Labs, but those talks ended without an agreement.

Sign up for our daily newsletter""",
        "must": [
            ("Harbinger Technologies", "owns", "Kinesis", "asserted"),
            ("Harbinger Technologies", "competes-with", "Siemens", "asserted"),
            ("Harbinger Technologies", "competes-with", "Rockwell Automation", "asserted"),
        ],
        "optional": [
            ("Redwood Peak Ventures", "owns", "Kinesis", "asserted"),
            ("Qualcomm", "owns", "Kinesis", "asserted"),
        ],
        "forbidden": [("Harbinger Technologies", "owns", "Motiv Labs", "asserted")],
    },
    {
        "id": "b4-article-lab-compute",
        "text": """Inside Calder AI's compute bet
Analysis

Calder AI, the coding-assistant start-up, does not own a single data centre. Instead it rents: most of its training runs on Google Cloud TPUs, while inference is served from GPUs leased from Crusoe and from Lambda.

Google is also an investor. It bought a 10% stake in Calder last year, and the lab's other shareholders include Index Ventures.

That makes Google both a supplier and a part-owner of a company whose products compete with its own Gemini Code Assist. Calder also competes with Anysphere and Cognition.""",
        "must": [
            ("Google Cloud|Google", "rents-capacity-to", "Calder AI", "asserted"),
            ("Crusoe", "rents-capacity-to", "Calder AI", "asserted"),
            ("Lambda", "rents-capacity-to", "Calder AI", "asserted"),
            ("Google", "owns", "Calder AI", "asserted"),
            ("Index Ventures", "owns", "Calder AI", "asserted"),
            ("Calder AI", "competes-with", "Anysphere", "asserted"),
            ("Calder AI", "competes-with", "Cognition", "asserted"),
        ],
        "optional": [("Calder AI", "competes-with", "Google", "asserted")],
    },
    {
        "id": "b4-article-rebrand",
        "text": """Miner turned AI landlord changes name
Corrections appended

Northfield Mining Corp. will now be known as Northfield AI Infrastructure, the company said, as it completes its shift from bitcoin to AI hosting.

The renamed company leases its Kentucky site to Copperline Labs under a 12-year agreement and is in talks with a second tenant. Copperline, an AI lab spun out of a university, is backed by Ellery Capital.

This article has been updated to correct the length of the lease.""",
        "must": [
            ("Northfield Mining", "rebrands-as", "Northfield AI Infrastructure", "asserted"),
            ("Northfield AI Infrastructure", "rents-capacity-to", "Copperline Labs", "asserted"),
            ("Ellery Capital", "owns", "Copperline Labs", "asserted"),
        ],
    },
]

# A fifth batch, written after the fourth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b5-partnership-under-which",
        "text": "Orla AI and Keswick Cloud announced a partnership under which Keswick will host Orla's models in its Montana data centres.",
        "must": [("Keswick Cloud", "rents-capacity-to", "Orla AI", "asserted")],
        "forbidden": [("Orla AI", "rents-capacity-to", "Keswick Cloud", "asserted")],
    },
    {
        "id": "b5-tapped-for",
        "text": "Sable Mind has tapped CoreWeave for the compute behind its next frontier model, the start-up said on Tuesday.",
        "must": [("CoreWeave", "rents-capacity-to", "Sable Mind", "asserted")],
    },
    {
        "id": "b5-power-next-model",
        "text": "Crusoe's data centres in Wyoming will power Rivulet AI's next model under a contract signed this week.",
        "must": [("Crusoe", "rents-capacity-to", "Rivulet AI", "asserted")],
    },
    {
        "id": "b5-renting-from-two",
        "text": "To train its video model, Pennant Labs is renting Nvidia H200 chips from both Lambda and Together AI.",
        "must": [
            ("Lambda", "rents-capacity-to", "Pennant Labs", "asserted"),
            ("Together AI", "rents-capacity-to", "Pennant Labs", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "Pennant Labs", "asserted")],
    },
    {
        "id": "b5-full-ownership",
        "text": "Dunmore Holdings took full ownership of Calloway Data after buying out its remaining partners.",
        "must": [("Dunmore Holdings", "owns", "Calloway Data", "asserted")],
    },
    {
        "id": "b5-raised-stake",
        "text": "Yarrow Capital has raised its stake in Fennick AI to 35%, making it the start-up's largest shareholder.",
        "must": [("Yarrow Capital", "owns", "Fennick AI", "asserted")],
    },
    {
        "id": "b5-largest-shareholder",
        "text": "SoftBank is OpenAI's largest outside shareholder after a $22.5 billion investment.",
        "must": [("SoftBank", "owns", "OpenAI", "asserted")],
    },
    {
        "id": "b5-controlled-by",
        "text": "The lab, which is controlled by Marlowe Group, builds speech models. Marlowe Group also owns Tidewater Cloud, a small GPU host.",
        "must": [("Marlowe Group", "owns", "Tidewater Cloud", "asserted")],
        "optional": [("Marlowe Group", "owns", "the lab", "asserted")],
    },
    {
        "id": "b5-new-name",
        "text": "Brightmoor Systems unveiled its new name, Kelda, at a developer conference on Monday.",
        "must": [("Brightmoor Systems", "rebrands-as", "Kelda", "asserted")],
    },
    {
        "id": "b5-main-competitor",
        "text": "Fable AI's main competitor is Ardent AI, which also sells coding agents to banks.",
        "must": [("Fable AI", "competes-with", "Ardent AI", "asserted")],
    },
    {
        "id": "b5-head-to-head",
        "text": "Larkin Robotics is going head to head with Figure AI and Tesla in humanoid robots.",
        "must": [
            ("Larkin Robotics", "competes-with", "Figure AI", "asserted"),
            ("Larkin Robotics", "competes-with", "Tesla", "asserted"),
        ],
    },
    {
        "id": "b5-no-longer",
        "text": "Quorra AI no longer rents capacity from Haldane Cloud. It moved its training to Google Cloud in March.",
        "must": [("Google Cloud", "rents-capacity-to", "Quorra AI", "asserted")],
        "forbidden": [("Haldane Cloud", "rents-capacity-to", "Quorra AI", "asserted")],
    },
    {
        "id": "b5-used-to-lease",
        "text": "Velmora Labs used to lease GPUs from Vultr before moving its workloads to Nebius last year.",
        "must": [("Nebius Group", "rents-capacity-to", "Velmora Labs", "asserted")],
        "optional": [("Vultr", "rents-capacity-to", "Velmora Labs", "asserted")],
    },
    {
        "id": "b5-wholly-owned-appositive",
        "text": "Perrin Compute, a wholly owned subsidiary of Astley Energy, signed a 200-megawatt lease with Mirror Labs.",
        "must": [
            ("Astley Energy", "owns", "Perrin Compute", "asserted"),
            ("Perrin Compute", "rents-capacity-to", "Mirror Labs", "asserted"),
        ],
    },
    {
        "id": "b5-passive-acquired-announcement",
        "text": "Hollis Networks is being acquired by Brenner Group in a deal valued at $1.8 billion, the companies announced.",
        "must": [("Brenner Group", "owns", "Hollis Networks", "asserted")],
    },
]

# A sixth batch, written after the fifth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b6-deal-gives-stake",
        "text": "As part of the arrangement, Hexley Compute will receive warrants for a 10% stake in Orrick AI, which has committed to spend $2 billion on Hexley's servers.",
        "must": [
            ("Hexley Compute", "owns", "Orrick AI", "asserted"),
            ("Hexley Compute", "rents-capacity-to", "Orrick AI", "asserted"),
        ],
    },
    {
        "id": "b6-colon-list-customers",
        "text": "Lambda's biggest customers are Microsoft and Amazon, according to its filing for a stock-market listing.",
        "must": [
            ("Lambda", "rents-capacity-to", "Microsoft", "reported"),
            ("Lambda", "rents-capacity-to", "Amazon", "reported"),
        ],
    },
    {
        "id": "b6-spun-off-keeping-stake",
        "text": "Garrow Industries spun off its data-centre business as Linnet Cloud in March and kept a 19% stake in the new company.",
        "must": [("Garrow Industries", "owns", "Linnet Cloud", "asserted")],
    },
    {
        "id": "b6-both-rent",
        "text": "Both Orrick AI and Tansy Labs rent their training clusters from Halloran Cloud, which is owned by the Danish pension fund Solvang.",
        "must": [
            ("Halloran Cloud", "rents-capacity-to", "Orrick AI", "asserted"),
            ("Halloran Cloud", "rents-capacity-to", "Tansy Labs", "asserted"),
            ("Solvang", "owns", "Halloran Cloud", "asserted"),
        ],
    },
    {
        "id": "b6-oracle-meta-reported",
        "text": "Oracle is in advanced talks with Meta over a cloud computing deal worth about $20 billion, people familiar with the matter said.",
        "must": [],
        "optional": [("Oracle", "rents-capacity-to", "Meta", "planned")],
    },
    {
        "id": "b6-whose-parent",
        "text": "Tansy Labs, whose parent company is Brightwater Holdings, trains small language models for hospitals.",
        "must": [("Brightwater Holdings", "owns", "Tansy Labs", "asserted")],
    },
    {
        "id": "b6-compete-for-same",
        "text": "Halloran Cloud and Hexley Compute compete for the same AI start-ups, offering discounts on older Nvidia chips.",
        "must": [("Halloran Cloud", "competes-with", "Hexley Compute", "asserted")],
    },
    {
        "id": "b6-investment-from",
        "text": "Orrick AI received a $300 million investment from Pell Street Capital last month.",
        "must": [("Pell Street Capital", "owns", "Orrick AI", "asserted")],
    },
    {
        "id": "b6-acquirer-appositive",
        "text": "Brightwater Holdings, which bought Calloway Data in 2023, is now shopping for a second data-centre operator.",
        "must": [("Brightwater Holdings", "owns", "Calloway Data", "asserted")],
    },
    {
        "id": "b6-rebrand-effective",
        "text": "Effective Monday, Ostrander Mining is Ostrander Digital, the company said in a statement.",
        "must": [("Ostrander Mining", "rebrands-as", "Ostrander Digital", "asserted")],
    },
    {
        "id": "b6-runs-inference-for",
        "text": "Hexley Compute runs inference for Pellam AI's chatbot from a site in Finland.",
        "must": [("Hexley Compute", "rents-capacity-to", "Pellam AI", "asserted")],
    },
    {
        "id": "b6-not-a-customer",
        "text": "Contrary to earlier reports, Pellam AI is not a customer of Halloran Cloud; it rents capacity only from Hexley Compute.",
        "must": [("Hexley Compute", "rents-capacity-to", "Pellam AI", "asserted")],
        "forbidden": [("Halloran Cloud", "rents-capacity-to", "Pellam AI", "asserted")],
    },
]

# A seventh batch, written after the sixth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b7-exclusive-talks",
        "text": "EXCLUSIVE: Aldrin AI in talks to rent Blackwell chips from Oracle\n\nAldrin AI is in talks to rent Nvidia Blackwell chips from Oracle, two people said. The lab currently runs its models on Microsoft Azure.",
        "must": [("Microsoft", "rents-capacity-to", "Aldrin AI", "asserted")],
        "optional": [("Oracle", "rents-capacity-to", "Aldrin AI", "planned")],
    },
    {
        "id": "b7-portfolio-company",
        "text": "Tessaly, a Greylock portfolio company, builds retrieval tools for lawyers.",
        "must": [("Greylock", "owns", "Tessaly", "asserted")],
    },
    {
        "id": "b7-largest-tenant",
        "text": "Brenmoor Data said Tarrow AI had become its largest tenant after the start-up doubled its reserved capacity.",
        "must": [("Brenmoor Data", "rents-capacity-to", "Tarrow AI", "asserted")],
    },
    {
        "id": "b7-supply-with",
        "text": "Under a deal announced on Monday, Ferric Cloud will supply Tarrow AI with 50,000 GPUs over three years.",
        "must": [("Ferric Cloud", "rents-capacity-to", "Tarrow AI", "asserted")],
    },
    {
        "id": "b7-majority-stake",
        "text": "Orrin Group acquired a majority stake in Brask Labs for $400 million.",
        "must": [("Orrin Group", "owns", "Brask Labs", "asserted")],
    },
    {
        "id": "b7-bought-out",
        "text": "Last year Kestrel Holdings bought out Tamsin Networks, ending its run as an independent company.",
        "must": [("Kestrel Holdings", "owns", "Tamsin Networks", "asserted")],
    },
    {
        "id": "b7-alternative-to",
        "text": "Quillon positions itself as an alternative to OpenAI and Anthropic for European governments.",
        "must": [
            ("Quillon", "competes-with", "OpenAI", "asserted"),
            ("Quillon", "competes-with", "Anthropic", "asserted"),
        ],
    },
    {
        "id": "b7-and-its-rival",
        "text": "Both Anysphere and its rival Cognition have raised money this year.",
        "must": [("Anysphere", "competes-with", "Cognition", "asserted")],
    },
    {
        "id": "b7-which-changed-name",
        "text": "Halvard Robotics, which changed its name to Halvard in 2024, sells warehouse arms.",
        "must": [("Halvard Robotics", "rebrands-as", "Halvard", "asserted")],
    },
    {
        "id": "b7-venture-arm",
        "text": "Orrin Group, through its venture arm Orrin Ventures, took a 5% stake in Brask Labs.",
        "must": [("Orrin Ventures", "owns", "Brask Labs", "asserted")],
        "optional": [
            ("Orrin Group", "owns", "Orrin Ventures", "asserted"),
            ("Orrin Group", "owns", "Brask Labs", "asserted"),
        ],
    },
    {
        "id": "b7-reportedly-close",
        "text": "Tarrow AI is reportedly close to signing a deal to rent capacity from Brenmoor Data.",
        "must": [],
        "optional": [("Brenmoor Data", "rents-capacity-to", "Tarrow AI", "planned")],
    },
    {
        "id": "b7-multiyear-gpu-deal",
        "text": "Tarrow AI has signed a multiyear GPU deal with Ferric Cloud, its second such agreement this year.",
        "must": [("Ferric Cloud", "rents-capacity-to", "Tarrow AI", "asserted")],
    },
]

# An eighth batch, written after the seventh round of fixes: the figure it scored before any
# change is the latest estimate of how the rules read fresh text.
CASES += [
    {
        "id": "b8-long-provider-first",
        "text": "In one of the largest infrastructure contracts signed by a European company, Caradoc Cloud said on Thursday that it would provide up to 1.2 gigawatts of computing capacity to Wexley AI over the next decade, starting with a campus outside Madrid.",
        "must": [("Caradoc Cloud", "rents-capacity-to", "Wexley AI", "asserted")],
    },
    {
        "id": "b8-quote-attribution",
        "text": '"Most of our training runs on Azure," said Priya Nair, the chief technology officer of Lumen Ridge, adding that the start-up was also testing chips from AMD.',
        "must": [("Microsoft", "rents-capacity-to", "Lumen Ridge", "asserted")],
        "forbidden": [("AMD", "rents-capacity-to", "Lumen Ridge", "asserted")],
    },
    {
        "id": "b8-acquirer-passive-completed",
        "text": "The takeover of Pembrook Systems by Aldine Group was completed in May after regulators in Brussels approved it.",
        "must": [("Aldine Group", "owns", "Pembrook Systems", "asserted")],
    },
    {
        "id": "b8-stake-percentage-passive",
        "text": "About 15% of Wexley AI is held by Caradoc Cloud, which also supplies most of the lab's compute.",
        "must": [
            ("Caradoc Cloud", "owns", "Wexley AI", "asserted"),
            ("Caradoc Cloud", "rents-capacity-to", "Wexley AI", "asserted"),
        ],
    },
    {
        "id": "b8-rivals-sentence",
        "text": "Among Wexley AI's rivals are Mistral AI, Aleph Alpha and a handful of newer labs.",
        "must": [
            ("Wexley AI", "competes-with", "Mistral AI", "asserted"),
            ("Wexley AI", "competes-with", "Aleph Alpha", "asserted"),
        ],
    },
    {
        "id": "b8-formerly-parenthesis",
        "text": "Brisa Compute (formerly Brisa Mining) has agreed to lease a second hall to Lumen Ridge.",
        "must": [
            ("Brisa Mining", "rebrands-as", "Brisa Compute", "asserted"),
            ("Brisa Compute", "rents-capacity-to", "Lumen Ridge", "asserted"),
        ],
    },
    {
        "id": "b8-denied-acquisition",
        "text": "Aldine Group has no plans to buy Lumen Ridge, its chief executive said, dismissing a newspaper report.",
        "must": [],
        "forbidden": [("Aldine Group", "owns", "Lumen Ridge", "asserted")],
    },
    {
        "id": "b8-owned-subsidiary-list",
        "text": "Aldine Group owns Pembrook Systems, Carrow Data and the chip designer Velin.",
        "must": [
            ("Aldine Group", "owns", "Pembrook Systems", "asserted"),
            ("Aldine Group", "owns", "Carrow Data", "asserted"),
        ],
        "optional": [("Aldine Group", "owns", "Velin", "asserted")],
    },
    {
        "id": "b8-capacity-from-hyperscalers",
        "text": "Lumen Ridge gets its compute from Google Cloud and Oracle, according to people familiar with its finances.",
        "must": [
            ("Google Cloud", "rents-capacity-to", "Lumen Ridge", "reported"),
            ("Oracle", "rents-capacity-to", "Lumen Ridge", "reported"),
        ],
    },
    {
        "id": "b8-merger-created",
        "text": "Carrow Data was created when Aldine Group merged its two hosting subsidiaries last year.",
        "must": [],
        "optional": [("Aldine Group", "owns", "Carrow Data", "asserted")],
    },
]

# A ninth batch, written after the eighth round of fixes: the figure it scored before any
# change is the latest estimate of how the rules read fresh text.
CASES += [
    {
        "id": "b9-joint-venture",
        "text": "Halvard Energy and Quillon Cloud have formed a joint venture, Northspire Compute, to build and run a 300-megawatt campus in Alberta. Halvard will own 60% of the venture and Quillon the rest. The first customer is Tessaly AI, which has signed up to rent capacity from Northspire from next year.",
        "must": [
            ("Halvard Energy", "owns", "Northspire Compute", "asserted"),
            ("Quillon Cloud", "owns", "Northspire Compute", "asserted"),
            ("Northspire Compute", "rents-capacity-to", "Tessaly AI", "asserted"),
        ],
        "forbidden": [("Tessaly AI", "rents-capacity-to", "Northspire Compute", "asserted")],
    },
    {
        "id": "b9-quote-speaker-renter",
        "text": '"We rent nearly all of our GPUs from Corvane Cloud, and that will not change this year," said Mira Holt, co-founder of Astrel Labs. The start-up raised $120 million in March.',
        "must": [("Corvane Cloud", "rents-capacity-to", "Astrel Labs", "asserted")],
        "forbidden": [("Astrel Labs", "rents-capacity-to", "Corvane Cloud", "asserted")],
    },
    {
        "id": "b9-spinoff-keeps-stake",
        "text": "Marlow Industries completed the spin-off of its data-centre arm, Brightwater Digital, on Monday. Marlow keeps a 19.9% stake in the new company, whose shares began trading in New York.",
        "must": [("Marlow Industries", "owns", "Brightwater Digital", "asserted")],
    },
    {
        "id": "b9-headline-smaller-deal",
        "text": "Kestrel Cloud lands $4bn OpenAI contract\n\nKestrel Cloud, a GPU provider based in Texas, will supply OpenAI with Nvidia chips over five years, the company said on Tuesday. It signed a smaller deal with Meta last month.",
        "must": [
            ("Kestrel Cloud", "rents-capacity-to", "OpenAI", "asserted"),
            ("Kestrel Cloud", "rents-capacity-to", "Meta", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "OpenAI", "asserted")],
    },
    {
        "id": "b9-bare-new-name-opens",
        "text": "Pellmore said on Wednesday that it had agreed to provide Nimbus AI with 20,000 GPUs across two sites in Norway. Financial terms were not disclosed.",
        "must": [("Pellmore", "rents-capacity-to", "Nimbus AI", "asserted")],
        "forbidden": [("Nimbus AI", "rents-capacity-to", "Pellmore", "asserted")],
    },
    {
        "id": "b9-put-into-the-company",
        "text": "Sarnia Labs is one of the fastest-growing model developers in Asia. Hollis Capital, which has put $2 billion into the company since 2023, also holds a seat on its board.",
        "must": [("Hollis Capital", "owns", "Sarnia Labs", "asserted")],
        "forbidden": [("Sarnia Labs", "owns", "Hollis Capital", "asserted")],
    },
    {
        "id": "b9-analyst-list",
        "text": "We see two clear winners from the build-out. First, Corbel Networks, which leases capacity to both Anthropic and Cohere; second, Nvidia, whose chips sit in nearly every rack Corbel runs.",
        "must": [
            ("Corbel Networks", "rents-capacity-to", "Anthropic", "asserted"),
            ("Corbel Networks", "rents-capacity-to", "Cohere", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "Anthropic", "asserted")],
    },
    {
        "id": "b9-dash-aside-owned-by",
        "text": "Dunmore Robotics — which, as recently as 2022, was still selling warehouse arms to grocery chains — is now owned by Hartfield Group, after a $900 million deal that closed in March and that few analysts had seen coming.",
        "must": [("Hartfield Group", "owns", "Dunmore Robotics", "asserted")],
    },
    {
        "id": "b9-formerly-opening-rivals",
        "text": "Formerly known as Quarry Labs, Ostrand AI competes with Mistral AI and Cohere for enterprise customers in Europe.",
        "must": [
            ("Quarry Labs", "rebrands-as", "Ostrand AI", "asserted"),
            ("Ostrand AI", "competes-with", "Mistral AI", "asserted"),
            ("Ostrand AI", "competes-with", "Cohere", "asserted"),
        ],
    },
    {
        "id": "b9-failed-bid-existing-stake",
        "text": "Rovena Cloud's attempt to buy Fenwick Data collapsed in June after the two sides failed to agree on price. Rovena already owns 8% of Fenwick and said it would keep the holding.",
        "must": [("Rovena Cloud", "owns", "Fenwick Data", "asserted")],
    },
]

# A tenth batch, written after the ninth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b10-wire-provider-first",
        "text": "OSLO, June 3 (Reuters) - Fjellnett Data will host 12,000 Nvidia GPUs for Brenna AI at its hydro-powered site near Bergen, the two companies said on Tuesday. Fjellnett did not say how much the deal was worth.",
        "must": [("Fjellnett Data", "rents-capacity-to", "Brenna AI", "asserted")],
        "forbidden": [("Nvidia", "rents-capacity-to", "Brenna AI", "asserted")],
    },
    {
        "id": "b10-jv-between",
        "text": "Caspian Compute, a joint venture between Orrell Power and Tanager Capital, switched on its first 100 megawatts in Kansas this spring.",
        "must": [
            ("Orrell Power", "owns", "Caspian Compute", "asserted"),
            ("Tanager Capital", "owns", "Caspian Compute", "asserted"),
        ],
    },
    {
        "id": "b10-renter-nominal",
        "text": "Brenna AI's new compute agreement with Halden Cloud covers three years and roughly 8,000 accelerators. Halden already counts two other European labs among its customers.",
        "must": [("Halden Cloud", "rents-capacity-to", "Brenna AI", "asserted")],
        "forbidden": [("Brenna AI", "rents-capacity-to", "Halden Cloud", "asserted")],
    },
    {
        "id": "b10-denied-takeover",
        "text": "Tanager Capital denied reports that it was about to buy Orrell Power outright. The fund does, however, hold a 30% stake in the utility, according to filings.",
        "must": [("Tanager Capital", "owns", "Orrell Power", "asserted")],
    },
    {
        "id": "b10-rival-apposition",
        "text": "Brenna AI, a Norwegian rival to Mistral AI, has hired 40 researchers this year.",
        "must": [("Brenna AI", "competes-with", "Mistral AI", "asserted")],
    },
    {
        "id": "b10-subsidiary-colon",
        "text": "Three things to know about Ardent Holdings: it owns Pelham Networks outright, it took a 12% stake in Sorrel AI last year, and its chairman sits on the board of Oracle.",
        "must": [
            ("Ardent Holdings", "owns", "Pelham Networks", "asserted"),
            ("Ardent Holdings", "owns", "Sorrel AI", "asserted"),
        ],
        "forbidden": [("Ardent Holdings", "owns", "Oracle", "asserted")],
    },
    {
        "id": "b10-rename-will-become",
        "text": "Loxley Mining will become Loxley Digital next month, a change meant to reflect that most of its revenue now comes from renting GPU capacity to AI developers such as Sorrel AI.",
        "must": [
            ("Loxley Mining", "rebrands-as", "Loxley Digital", "asserted"),
            ("Loxley Digital|Loxley Mining", "rents-capacity-to", "Sorrel AI", "asserted"),
        ],
    },
    {
        "id": "b10-runs-on-passive",
        "text": "Much of Sorrel AI's model training is done on servers leased from Pelham Networks, a person familiar with the matter said.",
        "must": [("Pelham Networks", "rents-capacity-to", "Sorrel AI", "asserted")],
        "forbidden": [("Sorrel AI", "rents-capacity-to", "Pelham Networks", "asserted")],
    },
]

# An eleventh batch, written after the tenth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b11-headline-colon",
        "text": "Exclusive: Tarrow Labs in talks to rent Ivory Cloud GPUs\n\nTarrow Labs, the coding-assistant start-up, is negotiating a deal to rent several thousand GPUs from Ivory Cloud, two people briefed on the talks said. Tarrow already runs its production traffic on Google Cloud.",
        "must": [("Google Cloud|Google", "rents-capacity-to", "Tarrow Labs", "asserted")],
        "optional": [("Ivory Cloud", "rents-capacity-to", "Tarrow Labs", "asserted")],
        "forbidden": [("Tarrow Labs", "rents-capacity-to", "Ivory Cloud", "asserted")],
    },
    {
        "id": "b11-majority-owner",
        "text": "Quenby Partners is the majority owner of Ashdown Data, having bought 70% of the operator from its founders in 2024.",
        "must": [("Quenby Partners", "owns", "Ashdown Data", "asserted")],
    },
    {
        "id": "b11-list-customers",
        "text": "Ashdown Data's customers include Tarrow Labs, Perrin AI and, since last month, the robotics developer Kell Dynamics.",
        "must": [
            ("Ashdown Data", "rents-capacity-to", "Tarrow Labs", "asserted"),
            ("Ashdown Data", "rents-capacity-to", "Perrin AI", "asserted"),
            ("Ashdown Data", "rents-capacity-to", "Kell Dynamics", "asserted"),
        ],
    },
    {
        "id": "b11-quote-provider",
        "text": '"Perrin AI is now our largest tenant," said Ola Brandt, chief executive of Ivory Cloud, which opened its second Danish site in May.',
        "must": [("Ivory Cloud", "rents-capacity-to", "Perrin AI", "asserted")],
        "forbidden": [("Perrin AI", "rents-capacity-to", "Ivory Cloud", "asserted")],
    },
    {
        "id": "b11-merger",
        "text": "Kell Dynamics and Stourton Robotics agreed to merge in an all-stock deal; the combined company will be called Kellstour and will compete with Figure AI.",
        "must": [("Kellstour", "competes-with", "Figure AI", "asserted")],
        "optional": [
            ("Kell Dynamics", "rebrands-as", "Kellstour", "asserted"),
            ("Stourton Robotics", "rebrands-as", "Kellstour", "asserted"),
        ],
    },
    {
        "id": "b11-invested-backer-list",
        "text": "Perrin AI has raised $300 million from investors led by Larch Ventures, with Nvidia and Samsung also taking part.",
        "must": [
            ("Larch Ventures", "owns", "Perrin AI", "asserted"),
            ("Nvidia", "owns", "Perrin AI", "asserted"),
            ("Samsung", "owns", "Perrin AI", "asserted"),
        ],
    },
    {
        "id": "b11-no-longer-owns",
        "text": "Harlow Group no longer owns any part of Ivory Cloud after selling its remaining shares to Quenby Partners in April.",
        "must": [("Quenby Partners", "owns", "Ivory Cloud", "asserted")],
        "forbidden": [("Harlow Group", "owns", "Ivory Cloud", "asserted")],
    },
    {
        "id": "b11-competes-nominal",
        "text": "Competition between Tarrow Labs and Cursor has intensified since both released agents that write whole pull requests.",
        "must": [("Tarrow Labs", "competes-with", "Cursor", "asserted")],
    },
]

# A twelfth batch, written after the eleventh round of fixes and measured before any further change.
CASES += [
    {
        "id": "b12-analyst-note",
        "text": "Analyst note (Brisk Securities): We see Tamsin Cloud's backlog rising to $4bn after it signed Quill AI, its third lab customer, to a four-year GPU lease. Tamsin, 60%-owned by the utility Arden Power, trades at a discount to CoreWeave, its closest listed peer.",
        "must": [
            ("Tamsin Cloud", "rents-capacity-to", "Quill AI", "asserted"),
            ("Arden Power", "owns", "Tamsin Cloud", "asserted"),
            ("Tamsin Cloud", "competes-with", "CoreWeave", "asserted"),
        ],
        "forbidden": [("Quill AI", "rents-capacity-to", "Tamsin Cloud", "asserted")],
    },
    {
        "id": "b12-headline-lede-acquire",
        "text": "Holm Systems snaps up Vantor Labs\n\nHolm Systems has completed its purchase of Vantor Labs, a maker of inference chips, for an undisclosed sum. Vantor will keep its brand and operate as a unit of Holm's semiconductor division.",
        "must": [("Holm Systems", "owns", "Vantor Labs", "asserted")],
    },
    {
        "id": "b12-long-aside-renter",
        "text": "Quill AI, which until this spring had relied almost entirely on credits from Microsoft Azure (an arrangement its founders describe, somewhat ruefully, as 'training on borrowed time'), now runs most of its experiments on machines it rents from Pellow Compute.",
        "must": [("Pellow Compute", "rents-capacity-to", "Quill AI", "asserted")],
        "optional": [("Microsoft Azure|Microsoft", "rents-capacity-to", "Quill AI", "asserted")],
        "forbidden": [("Quill AI", "rents-capacity-to", "Pellow Compute", "asserted")],
    },
    {
        "id": "b12-quote-rival",
        "text": '"Our real competitor is Anthropic, not the other start-ups," said Mira Dale, co-founder of Sable Intelligence. Sable is backed by the venture firm Corvin Capital, which led its $90 million seed round.',
        "must": [
            ("Sable Intelligence", "competes-with", "Anthropic", "asserted"),
            ("Corvin Capital", "owns", "Sable Intelligence", "asserted"),
        ],
    },
    {
        "id": "b12-list-numbers",
        "text": "Pellow Compute by the numbers: 3 data centres; 41,000 GPUs; customers including Sable Intelligence and Orvin Robotics; owner: Glass Lake Partners, which bought the company in 2023.",
        "must": [
            ("Pellow Compute", "rents-capacity-to", "Sable Intelligence", "asserted"),
            ("Pellow Compute", "rents-capacity-to", "Orvin Robotics", "asserted"),
            ("Glass Lake Partners", "owns", "Pellow Compute", "asserted"),
        ],
    },
    {
        "id": "b12-formerly-known",
        "text": "Marlow Analytics, formerly known as Marlow Mining, said on Thursday it had agreed to supply 5,000 H100 chips' worth of cloud capacity to Dunmore AI starting in the fourth quarter.",
        "must": [
            ("Marlow Mining", "rebrands-as", "Marlow Analytics", "asserted"),
            ("Marlow Analytics", "rents-capacity-to", "Dunmore AI", "asserted"),
        ],
        "forbidden": [("Dunmore AI", "rents-capacity-to", "Marlow Analytics", "asserted")],
    },
    {
        "id": "b12-failed-deal",
        "text": "Orvin Robotics walked away from its planned acquisition of Keel Motion after regulators objected. Orvin instead took a 15% stake in its smaller rival, according to a statement.",
        "must": [
            ("Orvin Robotics", "owns", "Keel Motion", "asserted"),
            ("Orvin Robotics", "competes-with", "Keel Motion", "asserted"),
        ],
    },
    {
        "id": "b12-boilerplate",
        "text": "About Dunmore AI: Dunmore AI builds language models for insurers. The company is a subsidiary of Brackley Holdings and trains its models on Google Cloud TPUs. For media inquiries, contact press@dunmore.example.",
        "must": [
            ("Brackley Holdings", "owns", "Dunmore AI", "asserted"),
            ("Google Cloud|Google", "rents-capacity-to", "Dunmore AI", "asserted"),
        ],
    },
    {
        "id": "b12-passive-provider",
        "text": "The 200-megawatt Redwater campus, owned by Glass Lake Partners, is being leased in full to Sable Intelligence under a 15-year contract, filings show.",
        "must": [
            ("Glass Lake Partners", "owns", "Redwater", "asserted"),
            ("Glass Lake Partners|Redwater", "rents-capacity-to", "Sable Intelligence", "asserted"),
        ],
    },
    {
        "id": "b12-versus-and-sold",
        "text": "In the race for enterprise chatbots it is Sable Intelligence versus Cohere. Meanwhile Corvin Capital has sold half of its Sable shares to Nordvik Fund, which now owns 8% of the company.",
        "must": [
            ("Sable Intelligence", "competes-with", "Cohere", "asserted"),
            ("Nordvik Fund", "owns", "Sable Intelligence", "asserted"),
        ],
        "optional": [("Corvin Capital", "owns", "Sable Intelligence", "asserted")],
    },
]

# A thirteenth batch, written after the twelfth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b13-wire-takeover",
        "text": "FRANKFURT, March 12 - Industrial group Steinach AG said on Wednesday it would take full control of Rhenwerk Cloud by buying the 45% it does not already own from co-founder Lena Vogt. The deal values the GPU host at 2.1 billion euros.",
        "must": [("Steinach AG|Steinach", "owns", "Rhenwerk Cloud", "asserted")],
    },
    {
        "id": "b13-renter-depends",
        "text": "Without the 9,000 GPUs it leases from Rhenwerk Cloud, Alder Minds would have no way to train its next model, chief executive Tomas Reyes told investors on a call.",
        "must": [("Rhenwerk Cloud", "rents-capacity-to", "Alder Minds", "asserted")],
        "forbidden": [("Alder Minds", "rents-capacity-to", "Rhenwerk Cloud", "asserted")],
    },
    {
        "id": "b13-quote-backer",
        "text": '"We were the first institutional money in," said Priya Nand, a partner at Kestle Ventures, which owns roughly a tenth of Alder Minds and sits on its board.',
        "must": [("Kestle Ventures", "owns", "Alder Minds", "asserted")],
    },
    {
        "id": "b13-bullets",
        "text": "Key customers of Morrow Grid: - Alder Minds (since 2023) - Fenwick Robotics - the lab Halcyon AI, which signed in January.",
        "must": [
            ("Morrow Grid", "rents-capacity-to", "Alder Minds", "asserted"),
            ("Morrow Grid", "rents-capacity-to", "Fenwick Robotics", "asserted"),
            ("Morrow Grid", "rents-capacity-to", "Halcyon AI", "asserted"),
        ],
    },
    {
        "id": "b13-rename-dash",
        "text": "Fenwick Robotics - soon to be renamed Fenwick Dynamics - competes head-on with Figure AI and Apptronik in humanoid robots.",
        "must": [
            ("Fenwick Robotics", "rebrands-as", "Fenwick Dynamics", "asserted"),
            ("Fenwick Robotics|Fenwick Dynamics", "competes-with", "Figure AI", "asserted"),
            ("Fenwick Robotics|Fenwick Dynamics", "competes-with", "Apptronik", "asserted"),
        ],
    },
    {
        "id": "b13-parent-spin",
        "text": "Halcyon AI was carved out of Brennock Group in 2022, and Brennock still controls the lab through a 58% holding. Most of Halcyon's training happens on Oracle Cloud Infrastructure.",
        "must": [
            ("Brennock Group", "owns", "Halcyon AI", "asserted"),
            ("Oracle Cloud Infrastructure|Oracle", "rents-capacity-to", "Halcyon AI", "asserted"),
        ],
    },
    {
        "id": "b13-talks-denied",
        "text": "Morrow Grid said it was not in talks to sell itself to Steinach AG, calling a newspaper report 'pure speculation'. Morrow is owned by the pension fund Tollard Capital.",
        "must": [("Tollard Capital", "owns", "Morrow Grid", "asserted")],
        "forbidden": [("Steinach AG", "owns", "Morrow Grid", "asserted")],
    },
    {
        "id": "b13-deal-nominal",
        "text": "The Fenwick-Morrow agreement, under which Morrow Grid reserves 2,000 accelerators for Fenwick Robotics through 2027, is the robot maker's biggest infrastructure commitment yet.",
        "must": [("Morrow Grid", "rents-capacity-to", "Fenwick Robotics", "asserted")],
        "forbidden": [("Fenwick Robotics", "rents-capacity-to", "Morrow Grid", "asserted")],
    },
    {
        "id": "b13-rival-list",
        "text": "Halcyon AI is up against a crowded field - OpenAI, Mistral AI and Cohere among them - in selling models to banks.",
        "must": [
            ("Halcyon AI", "competes-with", "OpenAI", "asserted"),
            ("Halcyon AI", "competes-with", "Mistral AI", "asserted"),
            ("Halcyon AI", "competes-with", "Cohere", "asserted"),
        ],
    },
]

# A fourteenth batch, written after the thirteenth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b14-headline-verb",
        "text": "Corrib Compute lands Ostrava AI as anchor tenant\n\nIrish GPU operator Corrib Compute has signed Czech model maker Ostrava AI as the first tenant of its Athlone facility, it said on Monday.",
        "must": [("Corrib Compute", "rents-capacity-to", "Ostrava AI", "asserted")],
        "forbidden": [("Ostrava AI", "rents-capacity-to", "Corrib Compute", "asserted")],
    },
    {
        "id": "b14-backers-colon",
        "text": "Ostrava AI's backers: Tavish Capital (lead), Nvidia and the Czech sovereign fund Narodni Fond. The company was valued at $1.2 billion in its latest round.",
        "must": [
            ("Tavish Capital", "owns", "Ostrava AI", "asserted"),
            ("Nvidia", "owns", "Ostrava AI", "asserted"),
            ("Narodni Fond", "owns", "Ostrava AI", "asserted"),
        ],
    },
    {
        "id": "b14-acquired-passive-by",
        "text": "Lettermore Systems, which makes liquid-cooling racks, has been snapped up by Corrib Compute's parent, Shannon Infrastructure Partners, for an undisclosed amount.",
        "must": [
            ("Shannon Infrastructure Partners", "owns", "Lettermore Systems", "asserted"),
            ("Shannon Infrastructure Partners", "owns", "Corrib Compute", "asserted"),
        ],
    },
    {
        "id": "b14-analyst-rivals",
        "text": "In our view Ostrava AI and Lumo Labs are fighting over the same European enterprise buyers, while both trail Mistral AI by a wide margin.",
        "must": [
            ("Ostrava AI", "competes-with", "Lumo Labs", "asserted"),
        ],
        "optional": [
            ("Ostrava AI", "competes-with", "Mistral AI", "asserted"),
            ("Lumo Labs", "competes-with", "Mistral AI", "asserted"),
        ],
    },
    {
        "id": "b14-switched-provider",
        "text": "Lumo Labs has moved its training runs from Lambda to Corrib Compute, according to two people with knowledge of the switch.",
        "must": [("Corrib Compute", "rents-capacity-to", "Lumo Labs", "asserted")],
        "optional": [("Lambda", "rents-capacity-to", "Lumo Labs", "asserted")],
        "forbidden": [("Lumo Labs", "rents-capacity-to", "Corrib Compute", "asserted")],
    },
    {
        "id": "b14-stake-verb-noun",
        "text": "Tavish Capital upped its stake in Lumo Labs to 22% last quarter, a filing showed. The fund first invested in the Helsinki company in 2023.",
        "must": [("Tavish Capital", "owns", "Lumo Labs", "asserted")],
    },
    {
        "id": "b14-cancelled-lease",
        "text": "Brigid Data Centres cancelled a planned lease with Lumo Labs in May. Brigid is a wholly owned subsidiary of Shannon Infrastructure Partners.",
        "must": [("Shannon Infrastructure Partners", "owns", "Brigid Data Centres", "asserted")],
        "forbidden": [("Brigid Data Centres", "rents-capacity-to", "Lumo Labs", "asserted")],
    },
    {
        "id": "b14-former-name-brackets",
        "text": "Corrib Compute (previously Midlands Bitcoin Mining) now gets most of its revenue from AI customers such as Lumo Labs and Ostrava AI.",
        "must": [
            ("Midlands Bitcoin Mining", "rebrands-as", "Corrib Compute", "asserted"),
            ("Corrib Compute", "rents-capacity-to", "Lumo Labs", "asserted"),
            ("Corrib Compute", "rents-capacity-to", "Ostrava AI", "asserted"),
        ],
    },
]

# A fifteenth batch, written after the fourteenth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b15-press-release",
        "text": "SEATTLE--(BUSINESS WIRE)--Cascade Tensor, Inc., a provider of GPU infrastructure for AI developers, today announced a multi-year agreement to deliver dedicated H200 clusters to Wren Intelligence. Cascade Tensor is a portfolio company of Blue Heron Equity.",
        "must": [
            ("Cascade Tensor", "rents-capacity-to", "Wren Intelligence", "asserted"),
            ("Blue Heron Equity", "owns", "Cascade Tensor", "asserted"),
        ],
        "forbidden": [("Wren Intelligence", "rents-capacity-to", "Cascade Tensor", "asserted")],
    },
    {
        "id": "b15-interview",
        "text": 'Asked who supplies its compute, Wren Intelligence\'s chief technology officer, Dara Okafor, was blunt: "Mostly Cascade Tensor, plus a little Google Cloud for inference."',
        "must": [
            ("Cascade Tensor", "rents-capacity-to", "Wren Intelligence", "asserted"),
            ("Google Cloud|Google", "rents-capacity-to", "Wren Intelligence", "asserted"),
        ],
    },
    {
        "id": "b15-takeover-closed",
        "text": "The takeover of Saltmarsh Robotics by Elbe Automation closed on Friday, ending six months of regulatory review. Saltmarsh, whose warehouse robots compete with those of Locus Robotics, will keep its Bristol headquarters.",
        "must": [
            ("Elbe Automation", "owns", "Saltmarsh Robotics", "asserted"),
            ("Saltmarsh Robotics", "competes-with", "Locus Robotics", "asserted"),
        ],
    },
    {
        "id": "b15-long-aside-stake",
        "text": "Blue Heron Equity - the Boston firm that, somewhat unusually for a buyout shop, also makes early-stage bets - holds about 30 per cent of Wren Intelligence, according to people familiar with the cap table.",
        "must": [("Blue Heron Equity", "owns", "Wren Intelligence", "asserted")],
    },
    {
        "id": "b15-ranked-rivals",
        "text": "Ranked by revenue, Wren Intelligence's main rivals are Writer, Jasper and, a distant third, Copy.ai.",
        "must": [
            ("Wren Intelligence", "competes-with", "Writer", "asserted"),
            ("Wren Intelligence", "competes-with", "Jasper", "asserted"),
            ("Wren Intelligence", "competes-with", "Copy.ai", "asserted"),
        ],
    },
    {
        "id": "b15-capacity-from-two",
        "text": "Saltmarsh Robotics trains its navigation models on a mix of AWS and CoreWeave capacity, a spokeswoman said.",
        "must": [
            ("Amazon Web Services|AWS", "rents-capacity-to", "Saltmarsh Robotics", "asserted"),
            ("CoreWeave", "rents-capacity-to", "Saltmarsh Robotics", "asserted"),
        ],
    },
    {
        "id": "b15-rebrand-adopts",
        "text": "Elbe Automation will adopt the name Elbe Robotics from January 1, the company said, to reflect its growing robotics business.",
        "must": [("Elbe Automation", "rebrands-as", "Elbe Robotics", "asserted")],
    },
    {
        "id": "b15-denied-rent",
        "text": "Contrary to earlier reports, Wren Intelligence does not rent any capacity from Oracle, the company said. Its only suppliers are Cascade Tensor and Google Cloud.",
        "must": [
            ("Cascade Tensor", "rents-capacity-to", "Wren Intelligence", "asserted"),
            ("Google Cloud|Google", "rents-capacity-to", "Wren Intelligence", "asserted"),
        ],
        "forbidden": [("Oracle", "rents-capacity-to", "Wren Intelligence", "asserted")],
    },
    {
        "id": "b15-subsidiary-list",
        "text": "Elbe Automation's subsidiaries include Saltmarsh Robotics, the Dutch sensor maker Veluwe Optics and a small software house in Lyon.",
        "must": [
            ("Elbe Automation", "owns", "Saltmarsh Robotics", "asserted"),
            ("Elbe Automation", "owns", "Veluwe Optics", "asserted"),
        ],
    },
]

# A sixteenth batch, written after the fifteenth round of fixes and measured before any further change.
CASES += [
    {
        "id": "b16-qa",
        "text": "Q: Where does Pinemoor AI get its GPUs?\nA: Almost all of them come from Harrowgate Cloud under a lease that runs to 2028; a small share is rented by the hour from Vast Data Systems.",
        "must": [
            ("Harrowgate Cloud", "rents-capacity-to", "Pinemoor AI", "asserted"),
            ("Vast Data Systems|Vast Data", "rents-capacity-to", "Pinemoor AI", "asserted"),
        ],
    },
    {
        "id": "b16-backed-hyphen",
        "text": "Samsung-backed Pinemoor AI, which sells a rival to GitHub Copilot, said on Tuesday it had hired a former Meta executive as finance chief.",
        "must": [
            ("Samsung", "owns", "Pinemoor AI", "asserted"),
        ],
        "optional": [("Pinemoor AI", "competes-with", "GitHub Copilot", "asserted")],
    },
    {
        "id": "b16-cloud-arm",
        "text": "Harrowgate Cloud, the data-centre arm of the shipping conglomerate Tolland Maritime, rents out about 20,000 GPUs, chiefly to European model developers such as Pinemoor AI and Brisa Labs.",
        "must": [
            ("Tolland Maritime", "owns", "Harrowgate Cloud", "asserted"),
            ("Harrowgate Cloud", "rents-capacity-to", "Pinemoor AI", "asserted"),
            ("Harrowgate Cloud", "rents-capacity-to", "Brisa Labs", "asserted"),
        ],
        "forbidden": [("Tolland Maritime", "rents-capacity-to", "Pinemoor AI", "asserted")],
    },
    {
        "id": "b16-merged",
        "text": "Brisa Labs merged with its former rival Tidewell AI last year; the enlarged group kept the Brisa Labs name and is majority-owned by Tidewell's old backer, Corran Capital.",
        "must": [("Corran Capital", "owns", "Brisa Labs", "asserted")],
        "optional": [
            ("Brisa Labs", "owns", "Tidewell AI", "asserted"),
            ("Brisa Labs", "competes-with", "Tidewell AI", "asserted"),
        ],
    },
    {
        "id": "b16-hypothetical",
        "text": "If Tolland Maritime were to sell Harrowgate Cloud, analysts say likely bidders would include Equinix and Digital Realty. For now the unit remains wholly owned.",
        "must": [("Tolland Maritime", "owns", "Harrowgate Cloud", "asserted")],
        "forbidden": [
            ("Equinix", "owns", "Harrowgate Cloud", "asserted"),
            ("Digital Realty", "owns", "Harrowgate Cloud", "asserted"),
        ],
    },
    {
        "id": "b16-spun-out",
        "text": "Tidewell AI was spun out of the University of Leeds robotics group in 2021 and is now a subsidiary of Brisa Labs. It runs its simulations on Microsoft Azure.",
        "must": [
            ("Brisa Labs", "owns", "Tidewell AI", "asserted"),
            ("Microsoft Azure|Microsoft", "rents-capacity-to", "Tidewell AI", "asserted"),
        ],
    },
    {
        "id": "b16-capacity-deal-noun",
        "text": "Harrowgate's newest capacity deal - 4,000 GPUs for Corvel Health over three years - is its first outside the AI-lab world.",
        "must": [("Harrowgate Cloud|Harrowgate", "rents-capacity-to", "Corvel Health", "asserted")],
        "forbidden": [
            ("Corvel Health", "rents-capacity-to", "Harrowgate Cloud|Harrowgate", "asserted")
        ],
    },
    {
        "id": "b16-head-to-head",
        "text": "Pinemoor AI now goes head to head with Brisa Labs for the same bank contracts, and both are chasing Cohere.",
        "must": [
            ("Pinemoor AI", "competes-with", "Brisa Labs", "asserted"),
        ],
        "optional": [
            ("Pinemoor AI", "competes-with", "Cohere", "asserted"),
            ("Brisa Labs", "competes-with", "Cohere", "asserted"),
        ],
    },
    # Batch r4-1: odd-shaped new names, references across quotes, modality.
    {
        "id": "r4-quoted-supplier",
        "text": "Lumora, a two-year-old start-up in Lisbon, does not own a single chip. \"Every training run we do happens on Stratocell's clusters in Norway,\" said Ana Prado, the start-up's technology chief.",
        "must": [("Stratocell", "rents-capacity-to", "Lumora", "asserted")],
        "forbidden": [("Lumora", "rents-capacity-to", "Stratocell", "asserted")],
    },
    {
        "id": "r4-smaller-rival",
        "text": "Brightwater AI has signed a $2 billion agreement to rent GPUs from Kestrel Cloud. Its smaller rival, Fennick AI, has leaned on Microsoft Azure since 2023.",
        "must": [
            ("Kestrel Cloud", "rents-capacity-to", "Brightwater AI", "asserted"),
            ("Brightwater AI", "competes-with", "Fennick AI", "asserted"),
            ("Microsoft Azure|Microsoft", "rents-capacity-to", "Fennick AI", "asserted"),
        ],
        "forbidden": [("Kestrel Cloud", "rents-capacity-to", "Fennick AI", "asserted")],
    },
    {
        "id": "r4-lowercase-first",
        "text": "zeroG Labs, a robotics lab set up by two former DeepMind researchers, will lease 2,000 H100 chips from Lambda. The agreement makes the lab one of Lambda's biggest customers.",
        "must": [("Lambda", "rents-capacity-to", "zeroG Labs", "asserted")],
        "forbidden": [("DeepMind", "owns", "zeroG Labs", "asserted")],
    },
    {
        "id": "r4-digits-allcaps",
        "text": "Cloud provider N3XT Compute has agreed to supply capacity to Orbel AI, a Paris start-up, for three years. N3XT is 40% owned by the utility Vandre Energie.",
        "must": [
            ("N3XT Compute|N3XT", "rents-capacity-to", "Orbel AI", "asserted"),
            ("Vandre Energie", "owns", "N3XT Compute|N3XT", "asserted"),
        ],
    },
    {
        "id": "r4-denied-report",
        "text": "Pellam Cloud denied a report that it had agreed to rent 10,000 GPUs to Harlow AI, saying no contract existed. Harlow AI buys its compute from Oracle instead.",
        "must": [("Oracle", "rents-capacity-to", "Harlow AI", "asserted")],
        "forbidden": [("Pellam Cloud", "rents-capacity-to", "Harlow AI", "asserted")],
    },
    {
        "id": "r4-called-off",
        "text": "Sundra Holdings called off its planned purchase of the chip designer Mivor Semiconductor in March after regulators in Brussels objected. Mivor stays independent and keeps competing with Arm.",
        "must": [("Mivor Semiconductor|Mivor", "competes-with", "Arm", "asserted")],
        "forbidden": [("Sundra Holdings", "owns", "Mivor Semiconductor|Mivor", "asserted")],
    },
    {
        "id": "r4-people-familiar",
        "text": "Ostrava AI is raising new money at a $5 billion valuation, with Nvidia putting in about $300 million, according to people familiar with the talks. Quill Ventures, the lab's earliest backer, owns roughly a fifth of the company.",
        "must": [("Quill Ventures", "owns", "Ostrava AI", "asserted")],
        "optional": [("Nvidia", "owns", "Ostrava AI", "reported")],
    },
    {
        "id": "r4-conditional-tender",
        "text": "Should Tarn Compute win the government tender, it would host the models of the state-backed lab Veridia AI at its Tampere site. For now Veridia rents all of its compute from Google Cloud.",
        "must": [("Google Cloud|Google", "rents-capacity-to", "Veridia AI", "asserted")],
        "optional": [("Tarn Compute", "owns", "Tampere site", "asserted")],
        "forbidden": [("Tarn Compute", "rents-capacity-to", "Veridia AI", "asserted")],
    },
    {
        "id": "r4-epithet-chatgpt",
        "text": "Kessler Networks will provide computing power to the ChatGPT maker from a new campus in Wyoming, the two companies said on Monday. Anthropic, OpenAI's closest rival, is not part of the arrangement.",
        "must": [
            ("Kessler Networks", "rents-capacity-to", "OpenAI", "asserted"),
            ("OpenAI", "competes-with", "Anthropic", "asserted"),
        ],
        "forbidden": [("Kessler Networks", "rents-capacity-to", "Anthropic", "asserted")],
    },
    {
        "id": "r4-startup-after-quote",
        "text": 'Hollin Robotics has signed a three-year contract to rent GPU capacity from CoreWeave. "We needed a partner who could move fast," said Mark Ilsley, Hollin\'s chief executive. The start-up also counts Samsung among its investors.',
        "must": [
            ("CoreWeave", "rents-capacity-to", "Hollin Robotics", "asserted"),
            ("Samsung", "owns", "Hollin Robotics", "asserted"),
        ],
        "forbidden": [("Samsung", "owns", "CoreWeave", "asserted")],
    },
    {
        "id": "r4-spinout-subsidiary",
        "text": "Caldera Quantum, which was spun out of ETH Zurich in 2019 and is now a subsidiary of Helvex Group, rents time on IBM's quantum computers for its chemistry simulations.",
        "must": [
            ("Helvex Group", "owns", "Caldera Quantum", "asserted"),
            ("IBM|IBM Cloud", "rents-capacity-to", "Caldera Quantum", "asserted"),
        ],
        "optional": [("ETH Zurich", "owns", "Caldera Quantum", "asserted")],
    },
    {
        "id": "r4-inc-datacentre",
        "text": "Vortiq Inc. runs its inference workloads in Brightline's data centre outside Reno, Nevada. Brightline, a colocation firm owned by the pension fund Maple Crest, plans to double the site's size.",
        "must": [
            ("Brightline", "rents-capacity-to", "Vortiq", "asserted"),
            ("Maple Crest", "owns", "Brightline", "asserted"),
        ],
    },
    # Batch r4-2: shouted and quoted names, references across paragraphs, walked-away talks.
    {
        "id": "r4b-allcaps-neocloud",
        "text": "VANTA, a Helsinki neocloud, counts the speech start-up Kuula AI among its biggest customers. VANTA's chief executive said the company would add 5,000 GPUs this year.",
        "must": [("VANTA", "rents-capacity-to", "Kuula AI", "asserted")],
        "forbidden": [("Kuula AI", "rents-capacity-to", "VANTA", "asserted")],
    },
    {
        "id": "r4b-quoted-name",
        "text": 'A start-up that calls itself "Moth" has agreed to take capacity from Crusoe for its robotics models. Moth is backed by Index Ventures, which led its $40 million seed round.',
        "must": [
            ("Crusoe", "rents-capacity-to", "Moth", "asserted"),
            ("Index Ventures", "owns", "Moth", "asserted"),
        ],
    },
    {
        "id": "r4b-claude-developer",
        "text": "Hexa Grid has begun renting a 300-megawatt site in Indiana to the Claude developer, according to a person briefed on the arrangement.",
        "must": [("Hexa Grid", "rents-capacity-to", "Anthropic", "reported")],
    },
    {
        "id": "r4b-paragraph-coref",
        "text": "Ardent Robotics, a warehouse-automation firm from Turin, is now majority-owned by Lucerne Partners.\n\nThe company trains its grasping models on GPUs leased from Genesis Cloud.",
        "must": [
            ("Lucerne Partners", "owns", "Ardent Robotics", "asserted"),
            ("Genesis Cloud", "rents-capacity-to", "Ardent Robotics", "asserted"),
        ],
        "forbidden": [("Genesis Cloud", "rents-capacity-to", "Lucerne Partners", "asserted")],
    },
    {
        "id": "r4b-walked-away",
        "text": "Orison Labs walked away from talks to rent capacity from Nimbus Forge last month. It later signed with CoreWeave instead, two people familiar with the matter said.",
        "must": [("CoreWeave", "rents-capacity-to", "Orison Labs", "reported")],
        "forbidden": [("Nimbus Forge", "rents-capacity-to", "Orison Labs", "asserted")],
    },
    {
        "id": "r4b-would-give",
        "text": "A tie-up with Quarry Compute would give Tessel AI access to 8,000 more chips, but no agreement has been reached, the lab's spokeswoman said. Tessel currently rents its compute from Lambda.",
        "must": [("Lambda", "rents-capacity-to", "Tessel AI", "asserted")],
        "forbidden": [("Quarry Compute", "rents-capacity-to", "Tessel AI", "asserted")],
    },
    {
        "id": "r4b-reportedly-bought",
        "text": "Halberd Systems has reportedly bought the Swedish inference start-up Fjell AI for about $600 million. Fjell's closest rival, Norrsken Labs, remains independent.",
        "must": [
            ("Halberd Systems", "owns", "Fjell AI", "reported"),
            ("Fjell AI", "competes-with", "Norrsken Labs", "asserted"),
        ],
        "forbidden": [("Halberd Systems", "owns", "Norrsken Labs", "asserted")],
    },
    {
        "id": "r4b-lowercase-rebrand",
        "text": "dataHive, formerly known as Apiary Compute, rents GPUs to research groups including Cobalt AI.",
        "must": [
            ("Apiary Compute", "rebrands-as", "dataHive", "asserted"),
            ("dataHive|Apiary Compute", "rents-capacity-to", "Cobalt AI", "asserted"),
        ],
    },
    {
        "id": "r4b-larger-rival-buys",
        "text": "Sable Vision has agreed to be bought by its larger rival, Orca Imaging, in an all-stock deal that closed on Friday.",
        "must": [
            ("Orca Imaging", "owns", "Sable Vision", "asserted"),
            ("Sable Vision", "competes-with", "Orca Imaging", "asserted"),
        ],
        "forbidden": [("Sable Vision", "owns", "Orca Imaging", "asserted")],
    },
    {
        "id": "r4b-denied-stake",
        "text": "Contrary to earlier reports, Griffin Capital does not hold a stake in Mirelle AI, the start-up said on Thursday. Its only outside investor is Samsung.",
        "must": [("Samsung", "owns", "Mirelle AI", "asserted")],
        "forbidden": [("Griffin Capital", "owns", "Mirelle AI", "asserted")],
    },
    {
        "id": "r4b-digit-name",
        "text": "The Abu Dhabi investor Falcon 9 Holdings owns 60% of Corvid7, a maker of AI inference servers based in Austin.",
        "must": [("Falcon 9 Holdings", "owns", "Corvid7", "asserted")],
    },
    {
        "id": "r4b-lab-after-quote",
        "text": 'Pallas Research has moved its training to TPUs in Google Cloud. "The economics simply made more sense," its co-founder Irene Vaz told reporters. The lab had previously rented Nvidia GPUs from Lambda.',
        "must": [
            ("Google Cloud|Google", "rents-capacity-to", "Pallas Research", "asserted"),
            ("Lambda", "rents-capacity-to", "Pallas Research", "asserted"),
        ],
        "forbidden": [("Nvidia", "rents-capacity-to", "Pallas Research", "asserted")],
    },
    # Batch r4-3: epithets, paragraph-spanning references, talks that fell through, hearsay.
    {
        "id": "r4c-grok-developer",
        "text": "Tallow Energy will host a 50,000-GPU cluster for the Grok developer in Saudi Arabia, the companies said on Tuesday.",
        "must": [("Tallow Energy", "rents-capacity-to", "xAI", "asserted")],
    },
    {
        "id": "r4c-search-giant",
        "text": "Brisco AI has chosen Alphabet's cloud arm for its training runs. The search giant also took a 10% stake in the start-up last year.",
        "must": [
            ("Google Cloud", "rents-capacity-to", "Brisco AI", "asserted"),
            ("Google|Alphabet", "owns", "Brisco AI", "asserted"),
        ],
        "optional": [("Alphabet", "owns", "Google Cloud", "asserted")],
    },
    {
        "id": "r4c-startup-cue",
        "text": "Investors poured $200 million into startup Quillon, whose agents write database code. Lightspeed Venture Partners led the round, and Nvidia joined it.",
        "must": [
            ("Lightspeed Venture Partners|Lightspeed", "owns", "Quillon", "asserted"),
            ("Nvidia", "owns", "Quillon", "asserted"),
        ],
    },
    {
        "id": "r4c-cloud-apposition",
        "text": "Morrow, a cloud provider spun out of a Norwegian utility, signed a three-year deal to supply GPUs to Halde AI.",
        "must": [("Morrow", "rents-capacity-to", "Halde AI", "asserted")],
        "forbidden": [("Halde AI", "rents-capacity-to", "Morrow", "asserted")],
    },
    {
        "id": "r4c-fell-through",
        "text": "Talks for Verity Compute to lease its Oregon campus to Pexel AI fell through in June, and Pexel has since signed a capacity contract with Oracle.",
        "must": [("Oracle", "rents-capacity-to", "Pexel AI", "asserted")],
        "forbidden": [("Verity Compute", "rents-capacity-to", "Pexel AI", "asserted")],
    },
    {
        "id": "r4c-said-to-be",
        "text": "Crane Labs is said to be renting about 3,000 GPUs from Fluxwell, a bitcoin miner turned AI host.",
        "must": [("Fluxwell", "rents-capacity-to", "Crane Labs", "reported")],
        "forbidden": [("Crane Labs", "rents-capacity-to", "Fluxwell", "asserted")],
    },
    {
        "id": "r4c-unless",
        "text": "Unless regulators step in, Orbit Holdings will complete its purchase of Lattice Robotics next quarter. Lattice already competes with Figure AI in humanoid robots.",
        "must": [("Lattice Robotics", "competes-with", "Figure AI", "asserted")],
        "optional": [("Orbit Holdings", "owns", "Lattice Robotics", "planned")],
        "forbidden": [("Orbit Holdings", "competes-with", "Figure AI", "asserted")],
    },
    {
        "id": "r4c-two-startups",
        "text": "Kinetic Labs and Oarsman AI both rent their GPUs from Lambda.\n\nThe two start-ups compete for the same warehouse-robotics customers.",
        "must": [
            ("Lambda", "rents-capacity-to", "Kinetic Labs", "asserted"),
            ("Lambda", "rents-capacity-to", "Oarsman AI", "asserted"),
            ("Kinetic Labs", "competes-with", "Oarsman AI", "asserted"),
        ],
    },
    {
        "id": "r4c-parent-appositive",
        "text": "Ferrous Compute's parent, the steel group Hallam Industries, plans to list the unit in London next year.",
        "must": [("Hallam Industries", "owns", "Ferrous Compute", "asserted")],
    },
    {
        "id": "r4c-dismissed-rumour",
        "text": "Nvidia is not buying the chip start-up Etched Lane, a spokesperson said, dismissing the rumour. Etched Lane competes with Groq.",
        "must": [("Etched Lane", "competes-with", "Groq", "asserted")],
        "forbidden": [("Nvidia", "owns", "Etched Lane", "asserted")],
    },
    {
        "id": "r4c-ex-google",
        "text": "Founded by ex-Google engineers, Tern Labs trains its models on Google Cloud TPUs, and Google has since invested in the company.",
        "must": [
            ("Google Cloud", "rents-capacity-to", "Tern Labs", "asserted"),
            ("Google", "owns", "Tern Labs", "asserted"),
        ],
    },
    {
        "id": "r4c-rival-next-paragraph",
        "text": "Pinecrest AI has raised $90 million from Sequoia Capital.\n\nIts main rival, Quarrow, rents GPUs from CoreWeave.",
        "must": [
            ("Sequoia Capital|Sequoia", "owns", "Pinecrest AI", "asserted"),
            ("Pinecrest AI", "competes-with", "Quarrow", "asserted"),
            ("CoreWeave", "rents-capacity-to", "Quarrow", "asserted"),
        ],
        "forbidden": [("CoreWeave", "rents-capacity-to", "Pinecrest AI", "asserted")],
    },
    # Batch r4-4: counterfactuals, rejected offers, talks beside facts, plural references.
    {
        "id": "r4d-had-gone-ahead",
        "text": "Had the merger gone ahead, Corbett AI would have owned Lumen Vale outright. Instead the two companies remain fierce rivals.",
        "must": [("Corbett AI", "competes-with", "Lumen Vale", "asserted")],
        "forbidden": [("Corbett AI", "owns", "Lumen Vale", "asserted")],
    },
    {
        "id": "r4d-rejected-offer",
        "text": "Tilbury Networks rejected a $2 billion takeover offer from Marchant Capital, its board said. Tilbury leases GPU capacity to the coding start-up Dovetail.",
        "must": [("Tilbury Networks|Tilbury", "rents-capacity-to", "Dovetail", "asserted")],
        "forbidden": [("Marchant Capital", "owns", "Tilbury Networks|Tilbury", "asserted")],
    },
    {
        "id": "r4d-close-to-signing",
        "text": "Stennis Compute is close to signing a deal to supply chips to Arbor Mind, sources told the newspaper. Arbor Mind currently runs on AWS.",
        "must": [("Amazon Web Services", "rents-capacity-to", "Arbor Mind", "asserted")],
        "optional": [("Stennis Compute", "rents-capacity-to", "Arbor Mind", "planned")],
    },
    {
        "id": "r4d-the-firm",
        "text": "Nettle Systems has spent two years building a data centre in Idaho. The firm now leases part of it to Caspian AI, a model developer backed by Salesforce Ventures.",
        "must": [
            ("Nettle Systems", "rents-capacity-to", "Caspian AI", "asserted"),
            ("Salesforce Ventures|Salesforce", "owns", "Caspian AI", "asserted"),
        ],
        "forbidden": [("Salesforce Ventures", "rents-capacity-to", "Caspian AI", "asserted")],
    },
    {
        "id": "r4d-which-both-rent",
        "text": "Wren Labs and Halcyon AI said they would pool the compute that both rent from Crusoe.",
        "must": [
            ("Crusoe", "rents-capacity-to", "Wren Labs", "asserted"),
            ("Crusoe", "rents-capacity-to", "Halcyon AI", "asserted"),
        ],
    },
    {
        "id": "r4d-gemini-maker-unit",
        "text": "The Gemini maker's cloud unit will supply TPUs to Eldon AI, a Swiss lab, under a multi-year contract.",
        "must": [("Google Cloud", "rents-capacity-to", "Eldon AI", "asserted")],
        "optional": [("Google", "owns", "Google Cloud", "asserted")],
    },
    {
        "id": "r4d-shares-rose",
        "text": "Shares of Rook Compute rose 9% after the company said it had signed Meta as a customer for its GPU cloud.",
        "must": [("Rook Compute", "rents-capacity-to", "Meta", "asserted")],
        "forbidden": [("Meta", "rents-capacity-to", "Rook Compute", "asserted")],
    },
    {
        "id": "r4d-corp-founded-by",
        "text": "Pallister Corp., founded in 2017 by former Intel engineers, sells inference capacity to Gantry AI and other start-ups.",
        "must": [("Pallister", "rents-capacity-to", "Gantry AI", "asserted")],
        "forbidden": [("Intel", "rents-capacity-to", "Gantry AI", "asserted")],
    },
    {
        "id": "r4d-no-plans-to-sell",
        "text": "Orca Cloud has no plans to sell itself to Juniper Holdings, its chief executive said on Monday. Juniper already owns Pike Data, a rival of Orca Cloud.",
        "must": [
            ("Juniper Holdings", "owns", "Pike Data", "asserted"),
            ("Pike Data", "competes-with", "Orca Cloud", "asserted"),
        ],
        "forbidden": [("Juniper Holdings", "owns", "Orca Cloud", "asserted")],
    },
    {
        "id": "r4d-hyphen-name",
        "text": "Nova-Kite, the Seoul-based AI lab, trains on a cluster it rents from Naver Cloud.",
        "must": [("Naver Cloud|Naver", "rents-capacity-to", "Nova-Kite", "asserted")],
    },
    # Batch r6: suppliers named only inside quotes, renters and stake objects left implicit,
    # "the operator" and epithets built from what the paragraph established, capacity rented
    # through a named site or cluster, a parent renaming its hosting unit, paragraph breaks.
    {
        "id": "r6-quote-hardware",
        "text": "Corvane AI has never bought a server. \"We're running every experiment on Lambda's hardware,\" the chief executive, Maya Lind, said in an interview.",
        "must": [("Lambda", "rents-capacity-to", "Corvane AI", "asserted")],
        "forbidden": [("Corvane AI", "rents-capacity-to", "Lambda", "asserted")],
    },
    {
        "id": "r6-quote-we-lease",
        "text": 'Speaking at a conference in Berlin, Tomas Reyes, co-founder of Quinta Labs, said: "Our models are trained on GPUs we lease from Nebius."',
        "must": [("Nebius Group", "rents-capacity-to", "Quinta Labs", "asserted")],
    },
    {
        "id": "r6-quote-our-supplier",
        "text": '"CoreWeave is our biggest supplier and will stay that way," said Priya Anand, who runs infrastructure at Halvard AI.',
        "must": [("CoreWeave", "rents-capacity-to", "Halvard AI", "asserted")],
    },
    {
        "id": "r6-quote-never-used",
        "text": '"We have never used Oracle\'s cloud," said Jonas Berg, chief executive of Skerry Labs. "Everything we train runs on Crusoe\'s machines."',
        "must": [("Crusoe", "rents-capacity-to", "Skerry Labs", "asserted")],
        "forbidden": [("Oracle", "rents-capacity-to", "Skerry Labs", "asserted")],
    },
    {
        "id": "r6-quote-provider-we",
        "text": '"We now host every model that Tamsin AI trains," said Ruth Okafor, chief executive of Brackwater Compute.',
        "must": [("Brackwater Compute", "rents-capacity-to", "Tamsin AI", "asserted")],
        "forbidden": [("Tamsin AI", "rents-capacity-to", "Brackwater Compute", "asserted")],
    },
    {
        "id": "r6-quote-cloud-after-speaker",
        "text": '"We are moving everything to TPUs," said Lena Fisk, head of research at Orbit Speech. "Google\'s cloud gives us the best price per token."',
        "must": [("Google Cloud|Google", "rents-capacity-to", "Orbit Speech", "asserted")],
    },
    {
        "id": "r6-share-of-workload",
        "text": "Pelion Robotics has grown fast since it was founded in Lyon in 2021. About 40% of the workload is served by Google Cloud, and the rest by Scaleway.",
        "must": [
            ("Google Cloud|Google", "rents-capacity-to", "Pelion Robotics", "asserted"),
            ("Scaleway", "rents-capacity-to", "Pelion Robotics", "asserted"),
        ],
    },
    {
        "id": "r6-training-run-happened",
        "text": "Marrow Labs released its third model on Tuesday. The training run happened on CoreWeave GPUs in New Jersey, the start-up said.",
        "must": [("CoreWeave", "rents-capacity-to", "Marrow Labs", "asserted")],
    },
    {
        "id": "r6-inference-handled-by",
        "text": "Ostrel, a Copenhagen start-up that makes voice agents, says demand has tripled this year. Inference is handled by Fluidstack, and training by Microsoft Azure.",
        "must": [
            ("Fluidstack", "rents-capacity-to", "Ostrel", "asserted"),
            ("Microsoft Azure|Microsoft", "rents-capacity-to", "Ostrel", "asserted"),
        ],
    },
    {
        "id": "r6-compute-comes-from",
        "text": "Tern Bio designs proteins with its own models. The compute comes from a cluster that AWS runs in Ohio.",
        "must": [("Amazon Web Services", "rents-capacity-to", "Tern Bio", "asserted")],
    },
    {
        "id": "r6-took-a-stake",
        "text": "Keld Robotics makes arms for warehouse picking. Tessaract took a 12% stake last year, and Samsung bought a smaller holding this spring.",
        "must": [
            ("Tessaract", "owns", "Keld Robotics", "asserted"),
            ("Samsung", "owns", "Keld Robotics", "asserted"),
        ],
    },
    {
        "id": "r6-holds-minority",
        "text": "Quorvin AI builds pricing models for insurers. Lindqvist Capital holds a minority stake, and the founders control the rest.",
        "must": [("Lindqvist Capital", "owns", "Quorvin AI", "asserted")],
    },
    {
        "id": "r6-stake-after-supplier",
        "text": "Vireo AI rents its GPUs from Crusoe. Sequoia Capital took a 15% stake in January.",
        "must": [
            ("Crusoe", "rents-capacity-to", "Vireo AI", "asserted"),
            ("Sequoia Capital|Sequoia", "owns", "Vireo AI", "asserted"),
        ],
        "forbidden": [("Sequoia Capital|Sequoia", "owns", "Crusoe", "asserted")],
    },
    {
        "id": "r6-stake-next-paragraph",
        "text": "Harrow Bio designs enzymes with machine learning.\n\nRoche bought a 9% stake in 2024, and the Wellcome Trust also holds shares.",
        "must": [
            ("Roche", "owns", "Harrow Bio", "asserted"),
            ("Wellcome Trust", "owns", "Harrow Bio", "asserted"),
        ],
    },
    {
        "id": "r6-the-operator",
        "text": "Norvik Data, which is owned by the utility Vattmark, runs three data centres in Sweden. Halde Labs has signed a contract with the operator for 2,000 GPUs.",
        "must": [
            ("Vattmark", "owns", "Norvik Data", "asserted"),
            ("Norvik Data", "rents-capacity-to", "Halde Labs", "asserted"),
        ],
        "forbidden": [("Vattmark", "rents-capacity-to", "Halde Labs", "asserted")],
    },
    {
        "id": "r6-the-landlord",
        "text": "Brisk Labs moved its training into Ridgeline Data's Phoenix campus in May. The landlord, which is backed by Blackstone, also hosts Orrin AI.",
        "must": [
            ("Ridgeline Data", "rents-capacity-to", "Brisk Labs", "asserted"),
            ("Ridgeline Data", "rents-capacity-to", "Orrin AI", "asserted"),
            ("Blackstone", "owns", "Ridgeline Data", "asserted"),
        ],
        "optional": [("Ridgeline Data", "owns", "Phoenix campus", "asserted")],
        "forbidden": [
            ("Blackstone", "rents-capacity-to", "Orrin AI", "asserted"),
            ("Brisk Labs", "rents-capacity-to", "Orrin AI", "asserted"),
        ],
    },
    {
        "id": "r6-facility-owner",
        "text": "Cobalt Path trains its models at the Lakeshore data centre in Quebec. The facility's owner, Hydrion Power, sells the lab both electricity and GPU time.",
        "must": [("Hydrion Power", "rents-capacity-to", "Cobalt Path", "asserted")],
        "optional": [("Hydrion Power", "owns", "Lakeshore", "asserted")],
    },
    {
        "id": "r6-in-the-cloud-whose",
        "text": "Tessel Health keeps patient records in its own racks. Its models, though, run in the cloud - on Google's, under a deal signed in January.",
        "must": [("Google Cloud|Google", "rents-capacity-to", "Tessel Health", "asserted")],
    },
    {
        "id": "r6-place-epithet",
        "text": "Sierra Vault, a data-centre operator based in Reno, Nevada, has raised $300 million from Carlyle. Three AI labs, including Mistral AI, already rent space from the Nevada data-centre operator.",
        "must": [
            ("Carlyle", "owns", "Sierra Vault", "asserted"),
            ("Sierra Vault", "rents-capacity-to", "Mistral AI", "asserted"),
        ],
        "forbidden": [("Carlyle", "rents-capacity-to", "Mistral AI", "asserted")],
    },
    {
        "id": "r6-nationality-epithet",
        "text": "Quillon Semiconductor, a chipmaker from Eindhoven, also runs a small GPU cloud. Vell AI rents 800 accelerators from the Dutch chipmaker.",
        "must": [("Quillon Semiconductor", "rents-capacity-to", "Vell AI", "asserted")],
    },
    {
        "id": "r6-former-miner",
        "text": "Hashfield, a bitcoin miner in Texas, has turned two of its sites over to AI. The former miner now hosts GPUs for Cohere.",
        "must": [("Hashfield", "rents-capacity-to", "Cohere", "asserted")],
    },
    {
        "id": "r6-whole-cluster",
        "text": "Nimbalt AI has booked the whole of Taiga Compute's Helsinki cluster until 2027.",
        "must": [("Taiga Compute", "rents-capacity-to", "Nimbalt AI", "asserted")],
        "forbidden": [("Nimbalt AI", "rents-capacity-to", "Taiga Compute", "asserted")],
    },
    {
        "id": "r6-named-campus-owner",
        "text": "Meta's Hyperion campus in Louisiana will draw up to 5 gigawatts when it is complete.",
        "must": [("Meta", "owns", "Hyperion", "asserted")],
    },
    {
        "id": "r6-named-cluster-tenant",
        "text": "Strandline operates Kepler, a 20,000-GPU cluster in Finland. Lumi Labs trains on Kepler under a two-year contract.",
        "must": [
            ("Strandline", "owns", "Kepler", "asserted"),
            ("Strandline", "rents-capacity-to", "Lumi Labs", "asserted"),
        ],
    },
    {
        "id": "r6-facility-owned-by",
        "text": "The Borealis data centre, owned by Fjordline Energy, started running workloads for Aleph Alpha in March.",
        "must": [
            ("Fjordline Energy", "owns", "Borealis", "asserted"),
            ("Fjordline Energy", "rents-capacity-to", "Aleph Alpha", "asserted"),
        ],
    },
    {
        "id": "r6-parent-renames-arm",
        "text": "Corvid Systems will rename its hosting arm, Corvid Cloud Services, as Ravenstack next month. The unit rents GPUs to Kaleido AI and Prism Labs.",
        "must": [
            ("Corvid Systems", "owns", "Corvid Cloud Services|Ravenstack", "asserted"),
            ("Corvid Cloud Services", "rebrands-as", "Ravenstack", "asserted"),
            ("Corvid Cloud Services|Ravenstack", "rents-capacity-to", "Kaleido AI", "asserted"),
            ("Corvid Cloud Services|Ravenstack", "rents-capacity-to", "Prism Labs", "asserted"),
        ],
        "forbidden": [
            ("Corvid Systems", "rebrands-as", "Ravenstack", "asserted"),
            ("Kaleido AI", "rents-capacity-to", "Prism Labs", "asserted"),
        ],
    },
    {
        "id": "r6-division-renamed",
        "text": "Tallis Group has renamed its data-centre division Tallis Compute. The division, previously called Tallis Facilities, supplies capacity to Runa AI.",
        "must": [
            ("Tallis Facilities", "rebrands-as", "Tallis Compute", "asserted"),
            ("Tallis Group", "owns", "Tallis Compute|Tallis Facilities", "asserted"),
            ("Tallis Compute|Tallis Facilities", "rents-capacity-to", "Runa AI", "asserted"),
        ],
        "forbidden": [("Tallis Group", "rebrands-as", "Tallis Compute", "asserted")],
    },
    {
        "id": "r6-renter-next-paragraph",
        "text": "Ember Labs, a Toronto lab building models for chemists, raised $90 million this week.\n\nMost of that money will go on compute. The start-up rents its GPUs from Denvr Dataworks, a Calgary provider, and plans to add a second supplier.",
        "must": [("Denvr Dataworks", "rents-capacity-to", "Ember Labs", "asserted")],
    },
    {
        "id": "r6-quote-next-paragraph",
        "text": 'Lyra Speech has signed a three-year contract with Vultr for cloud capacity.\n\n"We looked at five clouds," said the company\'s chief executive, Omar Haddad. "Vultr gave us the GPUs soonest."',
        "must": [("Vultr", "rents-capacity-to", "Lyra Speech", "asserted")],
        "forbidden": [("Lyra Speech", "rents-capacity-to", "Vultr", "asserted")],
    },
    {
        "id": "r6-quote-hypothetical",
        "text": '"If Nebius offered us a better price, we would move," said Kai Mertens, who runs Zephyr Labs. For now Zephyr rents its GPUs from Lambda.',
        "must": [("Lambda", "rents-capacity-to", "Zephyr Labs", "asserted")],
        "forbidden": [("Nebius Group", "rents-capacity-to", "Zephyr Labs", "asserted")],
    },
    {
        "id": "r6-cloud-giant-backer",
        "text": "Amazon has put $2 billion into Pelham AI, and the lab trains on the cloud giant's Trainium chips.",
        "must": [
            ("Amazon", "owns", "Pelham AI", "asserted"),
            ("Amazon Web Services|Amazon", "rents-capacity-to", "Pelham AI", "asserted"),
        ],
    },
    {
        "id": "r6-the-provider-two-names",
        "text": "Arden Cloud, a subsidiary of the telecoms group Norrtel, supplies GPUs to Kivu AI. The provider also counts Lumen Dx among its customers.",
        "must": [
            ("Norrtel", "owns", "Arden Cloud", "asserted"),
            ("Arden Cloud", "rents-capacity-to", "Kivu AI", "asserted"),
            ("Arden Cloud", "rents-capacity-to", "Lumen Dx", "asserted"),
        ],
        "forbidden": [
            ("Norrtel", "rents-capacity-to", "Lumen Dx", "asserted"),
            ("Kivu AI", "rents-capacity-to", "Lumen Dx", "asserted"),
        ],
    },
    {
        "id": "r7-one-word-took-all",
        "text": "Hollin Data Centers opened a 40-megawatt hall near Columbus, Ohio, in May. Brannock took all of it under a ten-year lease, and the coding-assistant maker moved its training there in June.",
        "must": [("Hollin Data Centers", "rents-capacity-to", "Brannock", "asserted")],
        "forbidden": [("Brannock", "rents-capacity-to", "Hollin Data Centers", "asserted")],
    },
    {
        "id": "r7-one-word-bought",
        "text": "Dalvick bought Lumen Forge, a Leeds chip-design start-up, for $40 million in March. The deal gives the Swedish company its first team in Britain.",
        "must": [("Dalvick", "owns", "Lumen Forge", "asserted")],
    },
    {
        "id": "r7-one-word-stake",
        "text": "Halvard has taken a 15% stake in Nimbic Labs, a maker of robot hands. Nimbic will use the money to open a factory in Poland.",
        "must": [("Halvard", "owns", "Nimbic Labs", "asserted")],
    },
    {
        "id": "r7-possessive-cloud-quote",
        "text": '"Microsoft\'s cloud gives us room to grow," said Ines Colby, chief executive of Tarn Analytics, which moved its models off its own servers last year.',
        "must": [("Microsoft|Azure", "rents-capacity-to", "Tarn Analytics", "asserted")],
    },
    {
        "id": "r7-possessive-chips-quote",
        "text": 'Quorrin AI trains its speech models in Virginia. "Amazon\'s Trainium chips do nearly all of our training now," said its founder, Raj Menon.',
        "must": [("Amazon Web Services|Amazon", "rents-capacity-to", "Quorrin AI", "asserted")],
    },
    {
        "id": "r7-name-ends-gpu",
        "text": "Brightline GPU, a Texas neocloud, will rent 2,000 H100 chips to Sarto AI for two years. Brightline GPU was founded by former bitcoin miners.",
        "must": [("Brightline GPU", "rents-capacity-to", "Sarto AI", "asserted")],
        "forbidden": [("Sarto AI", "rents-capacity-to", "Brightline GPU", "asserted")],
    },
    {
        "id": "r7-name-ends-compute-list",
        "text": "Corvane Compute rents its clusters to two labs, Perrin AI and Yarrow Labs, from a site in Quebec.",
        "must": [
            ("Corvane Compute", "rents-capacity-to", "Perrin AI", "asserted"),
            ("Corvane Compute", "rents-capacity-to", "Yarrow Labs", "asserted"),
        ],
        "forbidden": [("Perrin AI", "rents-capacity-to", "Yarrow Labs", "asserted")],
    },
    {
        "id": "r7-they-gave-us",
        "text": 'Pivot Robotics needed GPUs fast last spring, so it turned to Lambda. "They gave us a cluster within a week," said Dana Reyes, Pivot\'s co-founder.',
        "must": [("Lambda", "rents-capacity-to", "Pivot Robotics", "asserted")],
        "forbidden": [("Pivot Robotics", "rents-capacity-to", "Lambda", "asserted")],
    },
    {
        "id": "r7-they-have-been-our-supplier",
        "text": 'Asked about Jarrow Cloud, Pim Aldous of Fenwick AI said: "They have been our only GPU supplier since 2022, and we have no plans to change that."',
        "must": [("Jarrow Cloud", "rents-capacity-to", "Fenwick AI", "asserted")],
    },
    {
        "id": "r7-renter-first-tap",
        "text": "Orrin Labs will tap Oracle's GPU cloud to train its next model, the start-up said on Monday, in a deal worth about $300 million.",
        "must": [("Oracle", "rents-capacity-to", "Orrin Labs", "asserted")],
        "forbidden": [("Orrin Labs", "rents-capacity-to", "Oracle", "asserted")],
    },
    {
        "id": "r7-renter-first-runs-on",
        "text": "Calloway AI runs all of its inference on Vultr's GPUs in Chicago, its chief technology officer said.",
        "must": [("Vultr", "rents-capacity-to", "Calloway AI", "asserted")],
    },
    {
        "id": "r7-passive-will-be-supplied",
        "text": "Halden AI said capacity for its next model will be supplied by Nebius from a site in Finland.",
        "must": [("Nebius Group", "rents-capacity-to", "Halden AI", "asserted")],
        "forbidden": [("Halden AI", "rents-capacity-to", "Nebius Group", "asserted")],
    },
    {
        "id": "r7-passive-hosted-by",
        "text": "Merrow AI's models are hosted by Scaleway in Paris, which keeps customer data inside the European Union.",
        "must": [("Scaleway", "rents-capacity-to", "Merrow AI", "asserted")],
    },
    {
        "id": "r7-nominal-agreement-between",
        "text": "A $3 billion compute agreement between Coldstream Cloud and Irvane AI runs until 2031, the largest in the provider's short history.",
        "must": [("Coldstream Cloud", "rents-capacity-to", "Irvane AI", "asserted")],
        "forbidden": [("Irvane AI", "rents-capacity-to", "Coldstream Cloud", "asserted")],
    },
    {
        "id": "r7-rivals-among",
        "text": "Pellow Labs counts Cohere, Mistral AI and AI21 Labs among its rivals in selling models to banks.",
        "must": [
            ("Pellow Labs", "competes-with", "Cohere", "asserted"),
            ("Pellow Labs", "competes-with", "Mistral AI", "asserted"),
            ("Pellow Labs", "competes-with", "AI21 Labs", "asserted"),
        ],
        "forbidden": [("Cohere", "competes-with", "Mistral AI", "asserted")],
    },
    {
        "id": "r7-appositive-majority-owned",
        "text": "Ventra Cloud, a GPU provider majority-owned by the Singapore conglomerate Hallam Group, has signed Sorel AI as its largest customer.",
        "must": [
            ("Hallam Group", "owns", "Ventra Cloud", "asserted"),
            ("Ventra Cloud", "rents-capacity-to", "Sorel AI", "asserted"),
        ],
        "forbidden": [("Hallam Group", "rents-capacity-to", "Sorel AI", "asserted")],
    },
    {
        "id": "r7-epithet-windows-maker",
        "text": "Gannet Robotics builds arms for car plants. The Windows maker has taken a 10% stake in the company, Gannet said on Thursday.",
        "must": [("Microsoft", "owns", "Gannet Robotics", "asserted")],
    },
    {
        "id": "r7-holds-share-of",
        "text": "Samsung holds 14% of Pallion Semiconductor, according to a filing published on Wednesday.",
        "must": [("Samsung", "owns", "Pallion Semiconductor", "asserted")],
    },
    {
        "id": "r7-controls-through",
        "text": "Brenmoor Capital controls Ostrel Data Centres through a holding company in Luxembourg. Ostrel leases a hall in Frankfurt to Cohere.",
        "must": [
            ("Brenmoor Capital", "owns", "Ostrel Data Centres", "asserted"),
            ("Ostrel Data Centres", "rents-capacity-to", "Cohere", "asserted"),
        ],
        "forbidden": [("Brenmoor Capital", "rents-capacity-to", "Cohere", "asserted")],
    },
    {
        "id": "r7-completed-purchase",
        "text": "Marlow Systems completed its purchase of Finch Networks on Friday, three months after regulators cleared the deal.",
        "must": [("Marlow Systems", "owns", "Finch Networks", "asserted")],
    },
    {
        "id": "r7-bid-collapsed",
        "text": "Arvo Systems' bid for Telmar Labs collapsed after regulators in Brussels objected. Telmar instead sold a minority stake to Brightwater Partners.",
        "must": [("Brightwater Partners", "owns", "Telmar Labs", "asserted")],
        "forbidden": [("Arvo Systems", "owns", "Telmar Labs", "asserted")],
    },
    {
        "id": "r7-denied-renting",
        "text": "Quenby AI denied a report that it had agreed to rent chips from Oracle, saying it still trains on Google Cloud.",
        "must": [("Google Cloud|Google", "rents-capacity-to", "Quenby AI", "asserted")],
        "forbidden": [("Oracle", "rents-capacity-to", "Quenby AI", "asserted")],
    },
    {
        "id": "r7-talks-and-could",
        "text": "Nervo Cloud is in talks to supply GPUs to Pixelmoor, and the deal could grow to 20,000 chips. Nervo already rents a smaller cluster to Atwood Labs.",
        "must": [("Nervo Cloud", "rents-capacity-to", "Atwood Labs", "asserted")],
        "optional": [("Nervo Cloud", "rents-capacity-to", "Pixelmoor", "asserted")],
        "forbidden": [("Pixelmoor", "rents-capacity-to", "Atwood Labs", "asserted")],
    },
    {
        "id": "r7-reported-agreed",
        "text": "Grisham Cloud has agreed to provide capacity to Linnet AI, The Information reported, citing two people familiar with the matter.",
        "must": [("Grisham Cloud", "rents-capacity-to", "Linnet AI", "reported")],
    },
    {
        "id": "r7-rename-changed-name",
        "text": "Solent Data, which changed its name to Wyvern Compute in June, rents most of its capacity to Tamsin AI.",
        "must": [
            ("Solent Data", "rebrands-as", "Wyvern Compute", "asserted"),
            ("Solent Data|Wyvern Compute", "rents-capacity-to", "Tamsin AI", "asserted"),
        ],
    },
    {
        "id": "r7-rename-trades-as",
        "text": "Hexa Grid now trades as Pylon Cloud, after a rebrand meant to stress its move from crypto mining to AI hosting.",
        "must": [("Hexa Grid", "rebrands-as", "Pylon Cloud", "asserted")],
        "forbidden": [("Pylon Cloud", "rebrands-as", "Hexa Grid", "asserted")],
    },
    {
        "id": "r7-boilerplate-trademarks",
        "text": "About Fernhill Cloud: Fernhill Cloud provides GPU infrastructure to AI developers, and its customers include Ostara AI. Nvidia, Microsoft and Google are trademarks of their respective owners.",
        "must": [("Fernhill Cloud", "rents-capacity-to", "Ostara AI", "asserted")],
        "forbidden": [
            ("Nvidia", "competes-with", "Microsoft", "asserted"),
            ("Microsoft", "competes-with", "Google", "asserted"),
            ("Nvidia", "rents-capacity-to", "Ostara AI", "asserted"),
        ],
    },
    {
        "id": "r7-rival-appositive",
        "text": "Tidewell AI, a smaller rival of Cohere, rents its GPUs from CoreWeave.",
        "must": [
            ("Tidewell AI", "competes-with", "Cohere", "asserted"),
            ("CoreWeave", "rents-capacity-to", "Tidewell AI", "asserted"),
        ],
        "forbidden": [("CoreWeave", "rents-capacity-to", "Cohere", "asserted")],
    },
    {
        "id": "r7-which-it-bought",
        "text": "Pinecrest Labs, which Marlow Systems bought in 2023, now builds the chips for Marlow's routers.",
        "must": [("Marlow Systems", "owns", "Pinecrest Labs", "asserted")],
        "forbidden": [("Pinecrest Labs", "owns", "Marlow Systems", "asserted")],
    },
    {
        "id": "r7-signed-on-with",
        "text": "Sefton AI has signed on with Crusoe for 5,000 GPUs at the provider's Wyoming campus, the start-up's second compute deal this year.",
        "must": [("Crusoe", "rents-capacity-to", "Sefton AI", "asserted")],
        "forbidden": [("Sefton AI", "rents-capacity-to", "Crusoe", "asserted")],
    },
    {
        "id": "r9-both-named-pair",
        "text": "Banks buying coding agents mostly choose between Tessary AI and Quillon Labs. Brant AI, which competes with both, rents its GPUs from Halden Cloud.",
        "must": [
            ("Brant AI", "competes-with", "Tessary AI", "asserted"),
            ("Brant AI", "competes-with", "Quillon Labs", "asserted"),
            ("Halden Cloud", "rents-capacity-to", "Brant AI", "asserted"),
        ],
        "optional": [("Tessary AI", "competes-with", "Quillon Labs", "asserted")],
    },
    {
        "id": "r9-both-chip-rivals",
        "text": "Marrick Semiconductor and Dovel Semiconductor supply most of the accelerators sold in Asia. Fennick Silicon, which competes with both, said its new part would ship in June.",
        "must": [
            ("Fennick Silicon", "competes-with", "Marrick Semiconductor", "asserted"),
            ("Fennick Silicon", "competes-with", "Dovel Semiconductor", "asserted"),
        ],
        "optional": [("Marrick Semiconductor", "competes-with", "Dovel Semiconductor", "asserted")],
    },
    {
        "id": "r9-qa-its-asked-about",
        "text": "Q: What is Orrin Labs? A: A start-up that competes with Brant AI. Its models run on servers rented from Halden Cloud.",
        "must": [
            ("Orrin Labs", "competes-with", "Brant AI", "asserted"),
            ("Halden Cloud", "rents-capacity-to", "Orrin Labs", "asserted"),
        ],
        "forbidden": [("Halden Cloud", "rents-capacity-to", "Brant AI", "asserted")],
    },
    {
        "id": "r9-qa-its-backer",
        "text": "Q: Who pays for Pellam AI? A: Velmont Capital led the round, alongside Harwick Group. Its chips are rented from Corvane Cloud.",
        "must": [
            ("Velmont Capital", "owns", "Pellam AI", "asserted"),
            ("Harwick Group", "owns", "Pellam AI", "asserted"),
            ("Corvane Cloud", "rents-capacity-to", "Pellam AI", "asserted"),
        ],
        "forbidden": [("Corvane Cloud", "rents-capacity-to", "Harwick Group", "asserted")],
    },
    {
        "id": "r9-unit-epithet-data-centres",
        "text": "Pellam AI has agreed to spend $4 billion over five years on servers in the Amazon cloud unit's data centres.",
        "must": [("Amazon Web Services", "rents-capacity-to", "Pellam AI", "asserted")],
        "optional": [("Amazon", "owns", "Amazon Web Services", "asserted")],
        "forbidden": [("Pellam AI", "rents-capacity-to", "Amazon Web Services", "asserted")],
    },
    {
        "id": "r9-unit-epithet-arm",
        "text": "Orrin Labs will move its training to Google's cloud arm next year, ending a long reliance on its own servers.",
        "must": [("Google Cloud|Google", "rents-capacity-to", "Orrin Labs", "asserted")],
        "optional": [("Google", "owns", "Google Cloud", "asserted")],
    },
    {
        "id": "r9-lease-its-campus-subject",
        "text": "Harwick Power signed a lease with Orrin Labs for 200 MW at its Denton campus, the largest deal in the utility's history.",
        "must": [("Harwick Power", "rents-capacity-to", "Orrin Labs", "asserted")],
        "optional": [("Harwick Power", "owns", "Denton campus|Denton", "asserted")],
        "forbidden": [("Orrin Labs", "rents-capacity-to", "Harwick Power", "asserted")],
    },
    {
        "id": "r9-lease-named-campus-owner",
        "text": "Tarrow Energy owns the Denton campus in north Texas. Sable Robotics signed a lease with Tarrow for 120 MW at the Denton campus.",
        "must": [
            ("Tarrow Energy", "owns", "Denton campus|Denton", "asserted"),
            ("Tarrow Energy", "rents-capacity-to", "Sable Robotics", "asserted"),
        ],
        "forbidden": [("Sable Robotics", "rents-capacity-to", "Tarrow Energy", "asserted")],
    },
    {
        "id": "r9-rename-shares-trade-as",
        "text": "Shares of Kessel Hosting will trade as Marrow Cloud on the Nasdaq from Monday, after the miner finished turning its sites over to AI work.",
        "must": [("Kessel Hosting", "rebrands-as", "Marrow Cloud", "asserted")],
        "forbidden": [("Marrow Cloud", "rebrands-as", "Kessel Hosting", "asserted")],
    },
    {
        "id": "r9-rename-took-new-name",
        "text": "Corlan Data took the new name Veyra Compute in March. Veyra now rents 8,000 GPUs to Sable Robotics.",
        "must": [
            ("Corlan Data", "rebrands-as", "Veyra Compute", "asserted"),
            ("Veyra Compute|Corlan Data", "rents-capacity-to", "Sable Robotics", "asserted"),
        ],
    },
    {
        "id": "r9-rename-trades-under-name",
        "text": "Ostrel Systems, which now trades under the name Fenlow AI, sells software for call centres.",
        "must": [("Ostrel Systems", "rebrands-as", "Fenlow AI", "asserted")],
    },
    {
        "id": "r9-stake-topic-before",
        "text": "Pellam AI is one of the best-funded model developers in Europe. Velmont Capital holds about 12%, and Harwick Group owns roughly a fifth.",
        "must": [
            ("Velmont Capital", "owns", "Pellam AI", "asserted"),
            ("Harwick Group", "owns", "Pellam AI", "asserted"),
        ],
    },
    {
        "id": "r9-stake-topic-backer",
        "text": "Orrin Labs was spun out of a university lab in 2022. Tallis Holdings, its largest backer, owns roughly a fifth.",
        "must": [("Tallis Holdings", "owns", "Orrin Labs", "asserted")],
        "forbidden": [("Orrin Labs", "owns", "Tallis Holdings", "asserted")],
    },
    {
        "id": "r9-takeover-closed",
        "text": "Marlow Systems' takeover of Pinecrest Labs closed in May, giving the router maker its own chip team.",
        "must": [("Marlow Systems", "owns", "Pinecrest Labs", "asserted")],
        "forbidden": [("Pinecrest Labs", "owns", "Marlow Systems", "asserted")],
    },
    {
        "id": "r9-planned-takeover-closed",
        "text": "Halvard Group's proposed takeover of Kestrel Data, first announced in March, closed on Friday after regulators in Brussels cleared it.",
        "must": [("Halvard Group", "owns", "Kestrel Data", "asserted")],
        "forbidden": [("Kestrel Data", "owns", "Halvard Group", "asserted")],
    },
    {
        "id": "r9-purchase-completed-which",
        "text": "Tallis Holdings' purchase of Brume Cloud, which was completed last week, added 40,000 GPUs to its fleet.",
        "must": [("Tallis Holdings", "owns", "Brume Cloud", "asserted")],
        "forbidden": [("Brume Cloud", "rents-capacity-to", "Tallis Holdings", "asserted")],
    },
    {
        "id": "r9-site-one-word",
        "text": "Corvane Cloud said its Abilene site would be finished in June. The first tenant there will be Sable Robotics.",
        "must": [("Corvane Cloud", "owns", "Abilene site|Abilene", "asserted")],
        "optional": [("Corvane Cloud", "rents-capacity-to", "Sable Robotics", "asserted")],
    },
    {
        "id": "r9-site-campus-runs-for",
        "text": "Wendle Grid opened its Childress campus, a 200 MW facility, in June, and leases part of it to Orrin Labs.",
        "must": [
            ("Wendle Grid", "owns", "Childress campus|Childress", "asserted"),
            ("Wendle Grid", "rents-capacity-to", "Orrin Labs", "asserted"),
        ],
    },
    {
        "id": "r9-place-word-hosts",
        "text": "Keflavik hosts servers for Orrin Labs, which moved its training to Halden Cloud's Icelandic hall last year.",
        "must": [("Halden Cloud", "rents-capacity-to", "Orrin Labs", "asserted")],
        "forbidden": [("Keflavik", "rents-capacity-to", "Orrin Labs", "asserted")],
    },
    {
        "id": "r9-place-word-cluster",
        "text": "Orrin Labs will train on the Midlands GPU cluster run by Halden Cloud, a site in central England.",
        "must": [("Halden Cloud", "rents-capacity-to", "Orrin Labs", "asserted")],
        "forbidden": [("Midlands GPU", "rents-capacity-to", "Orrin Labs", "asserted")],
    },
    {
        "id": "r9-servers-operated-by",
        "text": "Pellam AI's servers are operated by Halden Systems, which also maintains the lab's network.",
        "forbidden": [("Halden Systems", "rents-capacity-to", "Pellam AI", "asserted")],
    },
    {
        "id": "r9-controls-access",
        "text": "Tallis Holdings controls access to Brume Cloud's chips through a board seat, rivals complained.",
        "forbidden": [("Brume Cloud", "rents-capacity-to", "Tallis Holdings", "asserted")],
    },
    {
        "id": "r9-moving-services-onto",
        "text": "Tallis Holdings, which owns Pellam AI, is moving Pellam's services onto Azure over the next year.",
        "must": [("Tallis Holdings", "owns", "Pellam AI", "asserted")],
        "optional": [("Microsoft|Microsoft Azure", "rents-capacity-to", "Pellam AI", "asserted")],
        "forbidden": [
            ("Microsoft|Microsoft Azure", "rents-capacity-to", "Tallis Holdings", "asserted")
        ],
    },
    {
        "id": "r9-epithet-maker-described",
        "text": "Orrin Labs makes Quill, a coding assistant used by banks. Brant AI, a chatbot developer, is backed by Velmont Capital. The coding-assistant maker rents its GPUs from Halden Cloud.",
        "must": [
            ("Velmont Capital", "owns", "Brant AI", "asserted"),
            ("Halden Cloud", "rents-capacity-to", "Orrin Labs", "asserted"),
        ],
        "forbidden": [("Halden Cloud", "rents-capacity-to", "Brant AI", "asserted")],
    },
    {
        "id": "r11d-it-after-founding",
        "text": "Marrowby AI was founded in Leeds in 2022 by two former bank quants. It rents most of its GPUs from Tessel Cloud.",
        "must": [("Tessel Cloud", "rents-capacity-to", "Marrowby AI", "asserted")],
    },
    {
        "id": "r11d-the-company-stake",
        "text": "Quillon Robotics makes arms for warehouses. Last month Harwick Ventures bought a 15% stake in the company.",
        "must": [("Harwick Ventures", "owns", "Quillon Robotics", "asserted")],
    },
    {
        "id": "r11d-start-up-trains-on",
        "text": "Saffra Labs, a two-year-old developer of protein models, raised $80 million on Tuesday. The start-up trains on chips leased from Corvant Compute.",
        "must": [("Corvant Compute", "rents-capacity-to", "Saffra Labs", "asserted")],
    },
    {
        "id": "r11d-the-saudi-group",
        "text": "Qamar Holdings is the Saudi group behind two of the Gulf's largest data-centre projects. The Saudi group has also taken a 20% stake in Vessa AI, a Paris model maker.",
        "must": [("Qamar Holdings", "owns", "Vessa AI", "asserted")],
    },
    {
        "id": "r11d-speaker-then-quote",
        "text": 'Demand is still outstripping supply, said Priya Nair, Ostrava AI\'s chief executive. "We lease every GPU we use from Halvard Cloud, and we still need more."',
        "must": [("Halvard Cloud", "rents-capacity-to", "Ostrava AI", "asserted")],
        "forbidden": [("Ostrava AI", "rents-capacity-to", "Halvard Cloud", "asserted")],
    },
    {
        "id": "r11d-qa-who-runs",
        "text": "Q: Who runs Pelion AI's training clusters? A: Mostly Microsoft, and a small Danish firm, Fjordline Compute.",
        "must": [
            ("Microsoft|Microsoft Azure", "rents-capacity-to", "Pelion AI", "asserted"),
            ("Fjordline Compute", "rents-capacity-to", "Pelion AI", "asserted"),
        ],
    },
    {
        "id": "r11d-list-one-the-other",
        "text": "Two providers supply Nemora Labs with GPUs. One is Cask Compute, a Texas operator. The other, Varda Cloud, came on board in March.",
        "must": [
            ("Cask Compute", "rents-capacity-to", "Nemora Labs", "asserted"),
            ("Varda Cloud", "rents-capacity-to", "Nemora Labs", "asserted"),
        ],
    },
    {
        "id": "r11d-heading-bullets",
        "text": "Kestrel Robotics: the essentials\n- Backed by Amberly Capital, which owns about 30%\n- Runs its models on Ironleaf Cloud\n- Founded in Lisbon in 2021",
        "must": [
            ("Amberly Capital", "owns", "Kestrel Robotics", "asserted"),
            ("Ironleaf Cloud", "rents-capacity-to", "Kestrel Robotics", "asserted"),
        ],
    },
    {
        "id": "r11d-fact-box",
        "text": "Company profile: Garnet AI\nFounded: 2020, Bristol\nInvestors: Halcyon Partners, Brookmere Fund\nCompute provider: Tamsin Cloud",
        "must": [
            ("Halcyon Partners", "owns", "Garnet AI", "asserted"),
            ("Brookmere Fund", "owns", "Garnet AI", "asserted"),
            ("Tamsin Cloud", "rents-capacity-to", "Garnet AI", "asserted"),
        ],
    },
    {
        "id": "r11d-rename-then-new-name",
        "text": "Kerrow Data rebranded as Sable Compute in April. Sable now leases capacity to Finch AI, a Berlin chatbot maker.",
        "must": [
            ("Kerrow Data", "rebrands-as", "Sable Compute", "asserted"),
            ("Sable Compute|Kerrow Data", "rents-capacity-to", "Finch AI", "asserted"),
        ],
    },
    {
        "id": "r11d-old-name-investor",
        "text": "Redhill Capital invested $40 million in Tavi Systems in 2022. The start-up has since renamed itself Ostara AI and moved to Toronto.",
        "must": [
            ("Redhill Capital", "owns", "Tavi Systems|Ostara AI", "asserted"),
            ("Tavi Systems", "rebrands-as", "Ostara AI", "asserted"),
        ],
    },
    {
        "id": "r11d-its-main-rival-is",
        "text": "Orbis Labs sells a coding assistant to banks. Its main rival is Tandem AI, which is backed by Gorse Capital.",
        "must": [
            ("Orbis Labs", "competes-with", "Tandem AI", "asserted"),
            ("Gorse Capital", "owns", "Tandem AI", "asserted"),
        ],
        "forbidden": [("Gorse Capital", "owns", "Orbis Labs", "asserted")],
    },
    {
        "id": "r11d-the-one-we-run-into",
        "text": 'Dana Whitlock founded Orbis Labs in 2021. "Tandem AI is the company we run into most often in bank deals," she said.',
        "must": [("Orbis Labs", "competes-with", "Tandem AI", "asserted")],
    },
    {
        "id": "r11d-subject-not-nearest",
        "text": "Vessel AI was started by three former engineers of Drayton Cloud. It rents its GPUs from Norrland Compute under a two-year contract.",
        "must": [("Norrland Compute", "rents-capacity-to", "Vessel AI", "asserted")],
        "forbidden": [("Norrland Compute", "rents-capacity-to", "Drayton Cloud", "asserted")],
    },
    {
        "id": "r11d-rival-executive-quote",
        "text": 'Selkie AI trains its models on Marlin Cloud\'s chips. "We lease ours from Orrin Compute instead," said Jon Pryce, chief executive of rival Teague Labs.',
        "must": [
            ("Marlin Cloud", "rents-capacity-to", "Selkie AI", "asserted"),
            ("Orrin Compute", "rents-capacity-to", "Teague Labs", "asserted"),
        ],
        "optional": [("Selkie AI", "competes-with", "Teague Labs", "asserted")],
        "forbidden": [("Orrin Compute", "rents-capacity-to", "Selkie AI", "asserted")],
    },
    {
        "id": "r11d-founder-left-another",
        "text": 'Elise Brandt set up Halden Speech in 2020 after six years at Oxley AI. "We rent our compute from Stratum Cloud, like almost everyone," she said.',
        "must": [("Stratum Cloud", "rents-capacity-to", "Halden Speech", "asserted")],
        "forbidden": [("Stratum Cloud", "rents-capacity-to", "Oxley AI", "asserted")],
    },
    {
        "id": "r11d-sidebar-other-news",
        "text": "Nadir AI rents its capacity from Corvant Compute. Elsewhere in the sector: Helix Bio raised $20 million from Kite Ventures, and Tamber Labs hired a new chief executive.",
        "must": [
            ("Corvant Compute", "rents-capacity-to", "Nadir AI", "asserted"),
            ("Kite Ventures", "owns", "Helix Bio", "asserted"),
        ],
        "forbidden": [
            ("Corvant Compute", "rents-capacity-to", "Helix Bio", "asserted"),
            ("Corvant Compute", "rents-capacity-to", "Tamber Labs", "asserted"),
        ],
    },
    {
        "id": "r11d-they-are-analysts",
        "text": "Orwell Grid supplies GPUs to Brook AI. Analysts at Tarn Securities, who cover both companies, say they expect Orwell to add Lantern Labs as a customer this year.",
        "must": [("Orwell Grid", "rents-capacity-to", "Brook AI", "asserted")],
        "optional": [("Orwell Grid", "rents-capacity-to", "Lantern Labs", "asserted")],
        "forbidden": [
            ("Orwell Grid", "rents-capacity-to", "Tarn Securities", "asserted"),
            ("Tarn Securities", "owns", "Brook AI", "asserted"),
        ],
    },
    {
        "id": "r11d-interview-our-and-we",
        "text": 'Maya Lindqvist, co-founder of Stellan AI, was asked where the company gets its compute. "Our training runs on Greywater Cloud, and we also lease a few racks from Pike Data," she said.',
        "must": [
            ("Greywater Cloud", "rents-capacity-to", "Stellan AI", "asserted"),
            ("Pike Data", "rents-capacity-to", "Stellan AI", "asserted"),
        ],
    },
    {
        "id": "r11d-it-holds-stakes",
        "text": "Corvid Capital is a Singapore fund with $4 billion under management. It holds stakes in Tessaly AI and Brann Robotics.",
        "must": [
            ("Corvid Capital", "owns", "Tessaly AI", "asserted"),
            ("Corvid Capital", "owns", "Brann Robotics", "asserted"),
        ],
    },
    {
        "id": "r11d-the-chipmaker-disclosed",
        "text": "Nortek Semiconductor reported record sales on Thursday. The chipmaker also disclosed a 9% stake in Alder AI, which designs inference software.",
        "must": [("Nortek Semiconductor", "owns", "Alder AI", "asserted")],
    },
    {
        "id": "r11d-the-providers-new-hall",
        "text": "Sunder Cloud opened a second data hall near Oslo this spring. Ravel AI has already moved its training to the provider's new hall.",
        "must": [("Sunder Cloud", "rents-capacity-to", "Ravel AI", "asserted")],
    },
    {
        "id": "r11d-acquired-it",
        "text": "Fallow Labs built a popular code-review tool. In March, Brightline Software acquired it for $300 million.",
        "must": [("Brightline Software", "owns", "Fallow Labs", "asserted")],
    },
    {
        "id": "r11d-later-it-was-bought",
        "text": "Tesk Robotics was founded in Munich in 2019. Two years later it was bought by Orrin Industrial, a maker of factory equipment.",
        "must": [("Orrin Industrial", "owns", "Tesk Robotics", "asserted")],
    },
    {
        "id": "r11d-shareholders-larger-other",
        "text": "Calyx AI has two outside shareholders. The larger is Moorfield Ventures, with 18%; the other is Sennet Capital.",
        "must": [
            ("Moorfield Ventures", "owns", "Calyx AI", "asserted"),
            ("Sennet Capital", "owns", "Calyx AI", "asserted"),
        ],
    },
    {
        "id": "r11d-it-competes-with-list",
        "text": "Marsh AI launched a translation model this week. It competes with Lexa Labs and Tundra AI for contracts with law firms.",
        "must": [
            ("Marsh AI", "competes-with", "Lexa Labs", "asserted"),
            ("Marsh AI", "competes-with", "Tundra AI", "asserted"),
        ],
    },
    {
        "id": "r11d-the-company-said-quote",
        "text": 'Nimbus Health uses AI to read hospital scans. "All of our models are trained on capacity we rent from Cobalt Grid," the company said in a statement.',
        "must": [("Cobalt Grid", "rents-capacity-to", "Nimbus Health", "asserted")],
    },
    {
        "id": "r11d-qa-we-rent-everything",
        "text": "Q: Does Larkspur AI own any of its chips? A: No. We rent everything from Dunmore Cloud and, for inference, from Keel Compute.",
        "must": [
            ("Dunmore Cloud", "rents-capacity-to", "Larkspur AI", "asserted"),
            ("Keel Compute", "rents-capacity-to", "Larkspur AI", "asserted"),
        ],
    },
    {
        "id": "r11d-it-is-a-unit-of",
        "text": "Osric Cloud is not an independent company. It is a unit of Bellmont Group, the Dutch telecoms operator.",
        "must": [("Bellmont Group", "owns", "Osric Cloud", "asserted")],
    },
    {
        "id": "r11d-its-parent-also-owns",
        "text": "Tessel Cloud supplies GPUs to Marrowby AI. Its parent, Calder Group, also owns Vint Semiconductor.",
        "must": [
            ("Tessel Cloud", "rents-capacity-to", "Marrowby AI", "asserted"),
            ("Calder Group", "owns", "Tessel Cloud", "asserted"),
            ("Calder Group", "owns", "Vint Semiconductor", "asserted"),
        ],
        "forbidden": [("Calder Group", "owns", "Marrowby AI", "asserted")],
    },
    {
        "id": "r11d-cto-possessive-then-quote",
        "text": 'Nuri Okafor, Pelham AI\'s chief technology officer, spoke at the conference on Friday. "We now rent from Coldharbour Compute, which gives us far more GPUs," he said.',
        "must": [("Coldharbour Compute", "rents-capacity-to", "Pelham AI", "asserted")],
    },
    {
        "id": "r11d-they-share-a-provider",
        "text": "Wren Labs and Corra AI are both backed by Bastion Ventures. They also share a cloud provider, Ember Grid.",
        "must": [
            ("Bastion Ventures", "owns", "Wren Labs", "asserted"),
            ("Bastion Ventures", "owns", "Corra AI", "asserted"),
            ("Ember Grid", "rents-capacity-to", "Wren Labs", "asserted"),
            ("Ember Grid", "rents-capacity-to", "Corra AI", "asserted"),
        ],
        "forbidden": [("Ember Grid", "rents-capacity-to", "Bastion Ventures", "asserted")],
    },
    {
        "id": "r11d-the-company-not-its-parent",
        "text": "Brisa Labs, a spin-off of Tavor Robotics, opened an office in Madrid. The company leases its GPUs from Cinder Compute.",
        "must": [("Cinder Compute", "rents-capacity-to", "Brisa Labs", "asserted")],
        "optional": [("Tavor Robotics", "owns", "Brisa Labs", "asserted")],
        "forbidden": [("Cinder Compute", "rents-capacity-to", "Tavor Robotics", "asserted")],
    },
    {
        "id": "r11d-two-companies-have-competed",
        "text": "Fenwick AI sued Harlow Labs over a patent in 2023. The two companies have competed for hospital contracts since 2021.",
        "must": [("Fenwick AI", "competes-with", "Harlow Labs", "asserted")],
    },
]
