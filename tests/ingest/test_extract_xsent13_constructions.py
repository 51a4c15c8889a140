# ruff: noqa: E501  -- probe texts read best one per line
"""Facts that need another sentence (branch xsent13), one probe each.

Each probe is a short text of two to four sentences about invented companies: an
interview's "we" (the interviewee's company, named in the headline or standfirst, not the
supplier its answers name most), "it", "the company", "the group", "the lab", "the firm",
epithets ("the Cinder maker", "the chip designer", "the search giant" learned from an
appositive, "the Redmond giant" from a place), "its rival", "its parent", "its backer",
"both companies" and "the pair" after a sentence naming two parties, the lists after "X is
not alone" and "Others include", "Other customers include" after a rental, a deal named in
one sentence and its terms in the next, and a question answered in the next line. Traps
put a wrong antecedent nearest, or read a relation the text does not state. ``must``
triples must be read as holding, ``forbidden`` ones must not.

Before the branch the extractor read 28 of the first 41 probes (written first), 15 of the
next 27 (written after the first fixes, to test that they carry) and 2 of the last 9
(written from misses of the project's unseen articles, in other words); now all 77.
"""

from __future__ import annotations

import pytest
from extracted import EXTRACTOR  # beside this file

from ingest.models import Document

Triple = tuple[str, str, str]
H = "Deal news\n\n"  # a headline: the first paragraph of a document is its title

# (id, text, must, forbidden)
PROBES: list[tuple[str, str, list[Triple], list[Triple]]] = [
    (
        "interview-we-supplier-named-more",
        "Q&A: Talvern AI's chief on compute\n\nMira Osk runs Talvern AI, a Lisbon model developer.\n\nQ: Where do you train?\n\nA: We rent all our GPUs from Brightwell Cloud. Brightwell Cloud has been good to us, and Brightwell Cloud is cheap.\n\nQ: Who are you up against?\n\nA: Mostly Corvane Labs.",
        [
            ("Brightwell Cloud", "rents-capacity-to", "Talvern AI"),
            ("Talvern AI", "competes-with", "Corvane Labs"),
        ],
        [("Brightwell Cloud", "competes-with", "Corvane Labs")],
    ),
    (
        "interview-our-standfirst",
        "The founder of Ostrel Labs on renting\n\nOstrel Labs builds speech models. Its founder, Jan Pike, spoke to us.\n\nQ: What does your compute look like?\n\nA: Our training runs on Hexley Compute. Hexley Compute also hosts Quorra AI.",
        [("Hexley Compute", "rents-capacity-to", "Ostrel Labs")],
        [],
    ),
    (
        "interview-headline-names-supplier-second",
        "Talvern AI chief: why Brightwell Cloud won our business\n\nQ: Why Brightwell Cloud?\n\nA: We moved our training to Brightwell Cloud in May because it had spare GPUs.",
        [("Brightwell Cloud", "rents-capacity-to", "Talvern AI")],
        [("Talvern AI", "rents-capacity-to", "Brightwell Cloud")],
    ),
    (
        "it-subject-not-object",
        H + "Vessa AI rents GPUs from Pellmark Cloud. It also bought Dorran Robotics in March.",
        [
            ("Pellmark Cloud", "rents-capacity-to", "Vessa AI"),
            ("Vessa AI", "owns", "Dorran Robotics"),
        ],
        [("Pellmark Cloud", "owns", "Dorran Robotics")],
    ),
    (
        "the-company-next-sentence",
        H
        + "Varrow Labs trains its models in Ohio. The company rents the GPUs from Pellmark Cloud.",
        [("Pellmark Cloud", "rents-capacity-to", "Varrow Labs")],
        [],
    ),
    (
        "the-lab-not-investor",
        H
        + "Quillon AI took money from Ardent Capital last year. The lab rents its chips from Sorrel Compute.",
        [("Sorrel Compute", "rents-capacity-to", "Quillon AI")],
        [("Sorrel Compute", "rents-capacity-to", "Ardent Capital")],
    ),
    (
        "the-group-not-nearest",
        H + "Harlan Group bought a stake in Vessa AI. The group also owns Tarrow Hosting outright.",
        [("Harlan Group", "owns", "Tarrow Hosting")],
        [("Vessa AI", "owns", "Tarrow Hosting")],
    ),
    (
        "the-firm-subject",
        H
        + "Brisco Analytics signed a data deal with Norwell Media. The firm acquired Pindar Data in March.",
        [("Brisco Analytics", "owns", "Pindar Data")],
        [("Norwell Media", "owns", "Pindar Data")],
    ),
    (
        "product-maker-epithet",
        H
        + "Pell Labs develops Cinder, a coding assistant. The Cinder maker rents GPUs from Aldous Cloud.",
        [("Aldous Cloud", "rents-capacity-to", "Pell Labs")],
        [],
    ),
    (
        "product-maker-epithet-later",
        H
        + "Cinder is developed by Pell Labs. Tessin AI sells a rival tool. The Cinder maker rents its GPUs from Aldous Cloud.",
        [("Aldous Cloud", "rents-capacity-to", "Pell Labs")],
        [("Aldous Cloud", "rents-capacity-to", "Tessin AI")],
    ),
    (
        "chip-designer-by-type",
        H
        + "Rydal AI buys accelerators from Novex Semiconductor. The chip designer also acquired Tessa Robotics last year.",
        [("Novex Semiconductor", "owns", "Tessa Robotics")],
        [("Rydal AI", "owns", "Tessa Robotics")],
    ),
    (
        "place-giant",
        H
        + "Calder Software, a software company in Redmond, sells office tools. Marro AI makes chatbots. The Redmond giant bought Fenn AI last week.",
        [("Calder Software", "owns", "Fenn AI")],
        [("Marro AI", "owns", "Fenn AI")],
    ),
    (
        "appositive-epithet-reused",
        H
        + "Torvik Systems, the search giant, runs data centres in Norway. Lumen AI makes chatbots. The search giant rents capacity to Lumen AI.",
        [("Torvik Systems", "rents-capacity-to", "Lumen AI")],
        [],
    ),
    (
        "its-rival",
        H
        + "Harnel AI rents capacity from Orbin Cloud. Its rival, Kessin Labs, rents GPUs from Tamber Cloud.",
        [
            ("Harnel AI", "competes-with", "Kessin Labs"),
            ("Tamber Cloud", "rents-capacity-to", "Kessin Labs"),
        ],
        [("Orbin Cloud", "competes-with", "Kessin Labs")],
    ),
    (
        "its-rival-after-supplier",
        H
        + "Corvane Labs buys chips from Novex Semiconductor. Its rival Pell Labs rents them from Aldous Cloud.",
        [("Corvane Labs", "competes-with", "Pell Labs")],
        [("Novex Semiconductor", "competes-with", "Pell Labs")],
    ),
    (
        "its-parent",
        H
        + "Tarrow Hosting runs three data centres in Texas. Its parent, Harlan Group, bought it in 2021.",
        [("Harlan Group", "owns", "Tarrow Hosting")],
        [],
    ),
    (
        "its-parent-not-customer",
        H
        + "Tarrow Hosting leases space to Vessa AI. Its parent company, Harlan Group, is based in Dallas.",
        [
            ("Harlan Group", "owns", "Tarrow Hosting"),
            ("Tarrow Hosting", "rents-capacity-to", "Vessa AI"),
        ],
        [("Harlan Group", "owns", "Vessa AI")],
    ),
    (
        "its-backer",
        H + "Quillon AI trains on Sorrel Compute. Its backer, Ardent Capital, holds 15%.",
        [("Ardent Capital", "owns", "Quillon AI")],
        [("Ardent Capital", "owns", "Sorrel Compute")],
    ),
    (
        "its-backer-subject",
        H + "Quillon AI competes with Kestin AI. Its biggest backer is Ardent Capital.",
        [("Ardent Capital", "owns", "Quillon AI"), ("Quillon AI", "competes-with", "Kestin AI")],
        [("Ardent Capital", "owns", "Kestin AI")],
    ),
    (
        "the-two-compete",
        H
        + "Pell Labs and Corvane Labs both sell coding tools. The two compete for the same customers.",
        [("Pell Labs", "competes-with", "Corvane Labs")],
        [],
    ),
    (
        "the-two-after-deal-sentence",
        H
        + "Pell Labs signed a licensing deal with Corvane Labs. The two are also rivals in code review.",
        [("Pell Labs", "competes-with", "Corvane Labs")],
        [],
    ),
    (
        "the-two-partners-trap",
        H
        + "Pell Labs signed a licensing deal with Corvane Labs. The two have worked together since 2020.",
        [],
        [("Pell Labs", "competes-with", "Corvane Labs")],
    ),
    (
        "both-companies-rent",
        H
        + "Pell Labs signed a deal with Corvane Labs in May. Both companies rent capacity from Aldous Cloud.",
        [
            ("Aldous Cloud", "rents-capacity-to", "Pell Labs"),
            ("Aldous Cloud", "rents-capacity-to", "Corvane Labs"),
        ],
        [],
    ),
    (
        "the-pair-rivals",
        H + "Mervin AI and Tolland AI spent years as partners. Now the pair are rivals.",
        [("Mervin AI", "competes-with", "Tolland AI")],
        [],
    ),
    (
        "the-pair-rent",
        H
        + "Mervin AI and Tolland AI are backed by Ardent Capital. The pair rent their GPUs from Sorrel Compute.",
        [
            ("Sorrel Compute", "rents-capacity-to", "Mervin AI"),
            ("Sorrel Compute", "rents-capacity-to", "Tolland AI"),
            ("Ardent Capital", "owns", "Mervin AI"),
        ],
        [("Sorrel Compute", "rents-capacity-to", "Ardent Capital")],
    ),
    (
        "not-alone-colon",
        H
        + "Pell Labs sells a coding agent. It is not alone: Corvane Labs and Tessin AI sell them too.",
        [
            ("Pell Labs", "competes-with", "Corvane Labs"),
            ("Pell Labs", "competes-with", "Tessin AI"),
        ],
        [],
    ),
    (
        "not-alone-next",
        H
        + "Pell Labs sells coding agents to banks. Pell Labs is not alone. Corvane Labs, Tessin AI and Marro AI chase the same banks.",
        [
            ("Pell Labs", "competes-with", "Corvane Labs"),
            ("Pell Labs", "competes-with", "Tessin AI"),
            ("Pell Labs", "competes-with", "Marro AI"),
        ],
        [],
    ),
    (
        "others-include",
        H
        + "Pell Labs leads the market for coding agents. Others include Corvane Labs, Tessin AI and Marro AI.",
        [
            ("Pell Labs", "competes-with", "Corvane Labs"),
            ("Pell Labs", "competes-with", "Tessin AI"),
            ("Pell Labs", "competes-with", "Marro AI"),
        ],
        [],
    ),
    (
        "others-include-one-of",
        H
        + "Pell Labs is one of several firms selling coding agents. Others include Corvane Labs and Tessin AI.",
        [
            ("Pell Labs", "competes-with", "Corvane Labs"),
            ("Pell Labs", "competes-with", "Tessin AI"),
        ],
        [],
    ),
    (
        "others-include-customers-trap",
        H
        + "Aldous Cloud rents GPUs to Pell Labs. Other customers include Corvane Labs and Tessin AI.",
        [
            ("Aldous Cloud", "rents-capacity-to", "Corvane Labs"),
            ("Aldous Cloud", "rents-capacity-to", "Tessin AI"),
        ],
        [
            ("Aldous Cloud", "competes-with", "Corvane Labs"),
            ("Pell Labs", "competes-with", "Corvane Labs"),
        ],
    ),
    (
        "deal-gives-terms",
        H
        + "Harlan Group struck an investment deal with Vessa AI on Monday. The deal gives Harlan Group 20% of the start-up.",
        [("Harlan Group", "owns", "Vessa AI")],
        [],
    ),
    (
        "deal-gives-it",
        H + "Harlan Group agreed an investment in Vessa AI. The deal gives it a 20% stake.",
        [("Harlan Group", "owns", "Vessa AI")],
        [("Vessa AI", "owns", "Vessa AI")],
    ),
    (
        "under-the-deal-takes",
        H
        + "Orvel Data signed an agreement with Caskett Labs on Friday. Under the deal, Orvel Data takes a 30% stake.",
        [("Orvel Data", "owns", "Caskett Labs")],
        [],
    ),
    (
        "deal-terms-rent",
        H
        + "Pellmark Cloud signed a five-year contract with Varrow Labs. Under it, Pellmark Cloud will rent 20,000 GPUs to the lab.",
        [("Pellmark Cloud", "rents-capacity-to", "Varrow Labs")],
        [("Pellmark Cloud", "rents-capacity-to", "Pellmark Cloud")],
    ),
    (
        "deal-called-off-trap",
        H
        + "Harlan Group agreed an investment in Vessa AI. The deal would have given it a 20% stake, but it collapsed.",
        [],
        [("Harlan Group", "owns", "Vessa AI")],
    ),
    (
        "question-owner",
        H + "Who owns Tarrow Hosting? Harlan Group, since 2021.",
        [("Harlan Group", "owns", "Tarrow Hosting")],
        [],
    ),
    (
        "question-supplier",
        H + "Where does Quillon AI get its chips? Mostly from Sorrel Compute.",
        [("Sorrel Compute", "rents-capacity-to", "Quillon AI")],
        [],
    ),
    (
        "question-rivals",
        H + "Who does Pell Labs compete with? Corvane Labs and Tessin AI, chiefly.",
        [
            ("Pell Labs", "competes-with", "Corvane Labs"),
            ("Pell Labs", "competes-with", "Tessin AI"),
        ],
        [],
    ),
    (
        "question-backers-answer-sentence",
        H + "Who backs Quillon AI? Ardent Capital led its first round.",
        [("Ardent Capital", "owns", "Quillon AI")],
        [],
    ),
    (
        "the-startup-after-investors",
        H
        + "Ardent Capital and Morrow Ventures put $40 million into Quillon AI. The start-up rents GPUs from Sorrel Compute.",
        [("Sorrel Compute", "rents-capacity-to", "Quillon AI")],
        [("Sorrel Compute", "rents-capacity-to", "Ardent Capital")],
    ),
    (
        "its-parent-epithet-trap-nearest",
        H
        + "Kessin Labs rents servers from Orbin Cloud. The cloud's parent, Harlan Group, bought it in 2019.",
        [("Harlan Group", "owns", "Orbin Cloud")],
        [("Harlan Group", "owns", "Kessin Labs")],
    ),
    (
        "interview-our-supplier-in-standfirst",
        "Inside Dorran Robotics: the compute question\n\nDorran Robotics, a Turin start-up, trains arm-control models. We asked its chief how.\n\nQ: Who supplies your GPUs?\n\nA: Kelso Cloud. Kelso Cloud gives us a good price, and Kelso Cloud answers the phone.",
        [("Kelso Cloud", "rents-capacity-to", "Dorran Robotics")],
        [],
    ),
    (
        "interview-us-rival",
        "Q&A with the head of Fenwick AI\n\nFenwick AI sells legal chatbots.\n\nQ: Who do you compete with?\n\nA: Mostly Harlow Legal, and sometimes Brisk Counsel.",
        [
            ("Fenwick AI", "competes-with", "Harlow Legal"),
            ("Fenwick AI", "competes-with", "Brisk Counsel"),
        ],
        [],
    ),
    (
        "the-firm-after-investor",
        H
        + "Morrow Ventures led a $30 million round in Pendle Labs. The firm rents its GPUs from Kelso Cloud.",
        [("Kelso Cloud", "rents-capacity-to", "Pendle Labs")],
        [("Kelso Cloud", "rents-capacity-to", "Morrow Ventures")],
    ),
    (
        "the-startup-after-supplier",
        H
        + "Kelso Cloud has signed Pendle Labs as a customer. The start-up also bought Orrin Vision in May.",
        [
            ("Kelso Cloud", "rents-capacity-to", "Pendle Labs"),
            ("Pendle Labs", "owns", "Orrin Vision"),
        ],
        [("Kelso Cloud", "owns", "Orrin Vision")],
    ),
    (
        "it-after-acquisition",
        H + "Brackley Systems bought Orrin Vision in 2023. It now rents capacity from Kelso Cloud.",
        [
            ("Brackley Systems", "owns", "Orrin Vision"),
            ("Kelso Cloud", "rents-capacity-to", "Brackley Systems"),
        ],
        [("Kelso Cloud", "rents-capacity-to", "Orrin Vision")],
    ),
    (
        "product-maker-builds",
        H
        + "Quell AI builds Lantern, a search assistant. The Lantern developer rents chips from Kelso Cloud.",
        [("Kelso Cloud", "rents-capacity-to", "Quell AI")],
        [],
    ),
    (
        "product-maker-made-by",
        H + "Lantern is made by Quell AI. Kelso Cloud hosts the Lantern maker.",
        [("Kelso Cloud", "rents-capacity-to", "Quell AI")],
        [],
    ),
    (
        "the-chipmaker",
        H
        + "Pendle Labs signed a supply pact with Orvath Semiconductor. The chipmaker also owns Tavis Systems.",
        [("Orvath Semiconductor", "owns", "Tavis Systems")],
        [("Pendle Labs", "owns", "Tavis Systems")],
    ),
    (
        "its-investor-next",
        H + "Pendle Labs rents its GPUs from Kelso Cloud. Its largest investor is Morrow Ventures.",
        [("Morrow Ventures", "owns", "Pendle Labs")],
        [("Morrow Ventures", "owns", "Kelso Cloud")],
    ),
    (
        "both-firms-backed",
        H
        + "Pendle Labs struck a research pact with Quell AI. Both firms are backed by Morrow Ventures.",
        [("Morrow Ventures", "owns", "Pendle Labs"), ("Morrow Ventures", "owns", "Quell AI")],
        [],
    ),
    (
        "the-two-companies-rent",
        H
        + "Brackley Systems sued Quell AI over a patent in March. The two companies rent capacity from Kelso Cloud.",
        [
            ("Kelso Cloud", "rents-capacity-to", "Brackley Systems"),
            ("Kelso Cloud", "rents-capacity-to", "Quell AI"),
        ],
        [],
    ),
    (
        "both-deals-trap",
        H + "Kelso Cloud signed two deals with Pendle Labs. Both run until 2028.",
        [],
        [("Pendle Labs", "rents-capacity-to", "Kelso Cloud")],
    ),
    (
        "the-pair-denied",
        H + "Brackley Systems and Quell AI share an office. The pair do not compete.",
        [],
        [("Brackley Systems", "competes-with", "Quell AI")],
    ),
    (
        "others-include-rivals-market",
        H
        + "Quell AI sells search assistants to law firms. Others in the niche include Harlow Legal and Brisk Counsel.",
        [
            ("Quell AI", "competes-with", "Harlow Legal"),
            ("Quell AI", "competes-with", "Brisk Counsel"),
        ],
        [],
    ),
    (
        "others-include-investors-trap",
        H
        + "Morrow Ventures invested in Quell AI in 2024. Others include Tamsin Capital and Oaken Partners.",
        [],
        [
            ("Quell AI", "competes-with", "Tamsin Capital"),
            ("Morrow Ventures", "competes-with", "Tamsin Capital"),
        ],
    ),
    (
        "other-backers-include",
        H
        + "Morrow Ventures holds a 10% stake in Quell AI. Other backers include Tamsin Capital and Oaken Partners.",
        [
            ("Morrow Ventures", "owns", "Quell AI"),
            ("Tamsin Capital", "owns", "Quell AI"),
            ("Oaken Partners", "owns", "Quell AI"),
        ],
        [],
    ),
    (
        "other-tenants-include",
        H + "Kelso Cloud leases a hall to Pendle Labs. Other tenants include Quell AI.",
        [
            ("Kelso Cloud", "rents-capacity-to", "Pendle Labs"),
            ("Kelso Cloud", "rents-capacity-to", "Quell AI"),
        ],
        [],
    ),
    (
        "not-only-one",
        H
        + "Quell AI isn't the only one: Harlow Legal and Brisk Counsel sell search assistants too.",
        [
            ("Quell AI", "competes-with", "Harlow Legal"),
            ("Quell AI", "competes-with", "Brisk Counsel"),
        ],
        [],
    ),
    (
        "not-alone-in-trap",
        H + "Quell AI is not alone in renting from Kelso Cloud. Pendle Labs does too.",
        [],
        [("Quell AI", "competes-with", "Pendle Labs")],
    ),
    (
        "not-alone-said-trap",
        H + "Quell AI is not alone. Harlow Legal said on Monday that the market is growing.",
        [],
        [("Quell AI", "competes-with", "Harlow Legal")],
    ),
    (
        "deal-agreement-gives",
        H
        + "Oaken Partners signed an agreement with Pendle Labs. The agreement gives Oaken Partners a quarter of the start-up.",
        [("Oaken Partners", "owns", "Pendle Labs")],
        [("Oaken Partners", "owns", "Oaken Partners")],
    ),
    (
        "deal-terms-stake-investor",
        H
        + "Tamsin Capital closed an investment in Quell AI on Friday. Under the terms, Tamsin Capital holds 12%.",
        [("Tamsin Capital", "owns", "Quell AI")],
        [],
    ),
    (
        "chip-deal-stake-trap",
        H
        + "Quell AI signed a chip deal with Orvath Semiconductor. Quell AI took a 3% stake last year.",
        [],
        [("Quell AI", "owns", "Orvath Semiconductor")],
    ),
    (
        "question-who-owns-answer",
        H + "So who owns Orrin Vision now? Brackley Systems, which paid $90 million for it.",
        [("Brackley Systems", "owns", "Orrin Vision")],
        [],
    ),
    (
        "question-customers",
        H + "Who are Kelso Cloud's customers? Pendle Labs and Quell AI, mainly.",
        [
            ("Kelso Cloud", "rents-capacity-to", "Pendle Labs"),
            ("Kelso Cloud", "rents-capacity-to", "Quell AI"),
        ],
        [],
    ),
    (
        "appositive-epithet-type",
        H
        + "Orvath Semiconductor, the chip designer, sells to Pendle Labs. Quell AI rents from Kelso Cloud. The chip designer bought Tavis Systems.",
        [("Orvath Semiconductor", "owns", "Tavis Systems")],
        [("Quell AI", "owns", "Tavis Systems"), ("Kelso Cloud", "owns", "Tavis Systems")],
    ),
    (
        "its-parent-next-sentence",
        H + "Kelso Cloud rents GPUs to Pendle Labs. Its parent is Brackley Systems.",
        [("Brackley Systems", "owns", "Kelso Cloud")],
        [("Brackley Systems", "owns", "Pendle Labs")],
    ),
    (
        "interview-where-do-you-train",
        "Sorrel Labs on its compute\n\nSorrel Labs, a Bristol start-up, builds vision models. We spoke to its founder.\n\nWhere do you train your models?\n\nMost of it happens on Varden Cloud now. The rest runs on our own servers.",
        [("Varden Cloud", "rents-capacity-to", "Sorrel Labs")],
        [],
    ),
    (
        "first-customer-after-letting-out",
        H
        + "Tessa Data bought 2,400 GPUs and rents them by the hour. The first large customer for those machines is Kilnmoor Labs, a robotics outfit.",
        [("Tessa Data", "rents-capacity-to", "Kilnmoor Labs")],
        [],
    ),
    (
        "first-customer-after-renting-in-trap",
        H
        + "Orrin AI trains its models on servers it bought last year. The first customer for its chatbot is Pellham Bank.",
        [],
        [("Orrin AI", "rents-capacity-to", "Pellham Bank")],
    ),
    (
        "stake-alongside-holder",
        H
        + "Harlan Group bought 62% of Tessa Data in March. Harlan Group runs Tessa Data as a portfolio company. A second investor, Orrin Partners, took a minority stake of about 15% alongside it.",
        [("Orrin Partners", "owns", "Tessa Data")],
        [("Orrin Partners", "owns", "Harlan Group")],
    ),
    (
        "minority-interest-no-object",
        H
        + "Drumlin Data is majority-owned by Quenby Capital. Halvard Pension, a Danish fund, holds a minority interest alongside management.",
        [("Halvard Pension", "owns", "Drumlin Data"), ("Quenby Capital", "owns", "Drumlin Data")],
        [],
    ),
    (
        "an-interest-in-a-field-trap",
        H + "Drumlin Data sells chips. Orrin AI has an interest in robotics.",
        [],
        [("Orrin AI", "owns", "Drumlin Data")],
    ),
    (
        "led-its-series-b",
        H
        + "Loxley Labs builds coding tools. Who owns Loxley Labs? Harwick Ventures led its Series B and holds about 12%, and the chipmaker Penrose Micro took a minority stake in September.",
        [("Harwick Ventures", "owns", "Loxley Labs"), ("Penrose Micro", "owns", "Loxley Labs")],
        [("Harwick Ventures", "owns", "Penrose Micro")],
    ),
    (
        "appositive-subject-irregular-past",
        H + "Tessa Data makes robot arms. A rival, Orrin Robotics, bought Kestle Motion in May.",
        [("Orrin Robotics", "owns", "Kestle Motion")],
        [("Tessa Data", "owns", "Kestle Motion")],
    ),
    (
        "it-after-preposition-not-subject",
        H + "Kelso Cloud opened a site in Ohio. Pendle Labs signed a lease with it in June.",
        [("Kelso Cloud", "rents-capacity-to", "Pendle Labs")],
        [],
    ),
]


def _read(text: str) -> set[Triple]:
    """The triples read as holding, rivals in one order (competes-with is symmetric)."""
    claims = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    return {_order((c.subject, c.predicate, c.object)) for c in claims if c.status != "denied"}


def _order(triple: Triple) -> Triple:
    s, p, o = triple
    return (min(s, o), p, max(s, o)) if p == "competes-with" else triple


@pytest.mark.parametrize(
    ("text", "must", "forbidden"), [p[1:] for p in PROBES], ids=[p[0] for p in PROBES]
)
def test_a_fact_across_sentences(text: str, must: list[Triple], forbidden: list[Triple]) -> None:
    read = _read(text)
    assert [t for t in must if _order(t) not in read] == [], read
    assert [t for t in forbidden if _order(t) in read] == [], read
