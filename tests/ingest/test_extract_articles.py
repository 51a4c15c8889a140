# ruff: noqa: E501  -- the test articles keep their paragraphs on one line each
"""Whole short articles, written for these tests, about deals the dev corpus does not cover.

Each checks what a careful reader takes from the article and what a careless
extractor would wrongly add (boilerplate, related headlines, reversed
directions, denied deals).
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from ingest.models import Claim, Document

EXTRACTOR = RuleExtractor()


def run(text: str) -> list[Claim]:
    return list(EXTRACTOR.extract(Document(source="article.txt", text=text)).claims)


def positive(claims: list[Claim]) -> set[tuple[str, str, str]]:
    return {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}


PERPLEXITY = """Amazon deepens bet on Anthropic rival as cloud race heats up
March 3, 2026
SEATTLE - Amazon Web Services has agreed to supply Perplexity with tens of thousands of Trainium chips, the companies said on Monday, in a deal that analysts valued at about $2 billion over four years.
The search startup, which competes with Google and OpenAI, previously ran most of its workloads on Microsoft Azure. It will keep some capacity there, a spokesperson said.
Amazon also took a minority stake in Perplexity last year. Nvidia and SoftBank are among its other backers.
Related stories
Apple acquires Perplexity for $14 billion
"""


def test_perplexity_article() -> None:
    got = positive(run(PERPLEXITY))
    assert ("Amazon Web Services", "rents-capacity-to", "Perplexity") in got
    assert ("Microsoft", "rents-capacity-to", "Perplexity") in got
    assert ("Perplexity", "competes-with", "Google") in got
    assert ("Perplexity", "competes-with", "OpenAI") in got
    for backer in ("Amazon", "Nvidia", "SoftBank"):
        assert (backer, "owns", "Perplexity") in got
    assert ("Apple", "owns", "Perplexity") not in got  # a related headline, not the story
    assert ("Perplexity", "rents-capacity-to", "Amazon Web Services") not in got


NSCALE = """Neocloud Nscale lands Microsoft contract
LONDON - Nscale, a British GPU cloud provider backed by Nvidia, will provide Microsoft with about 200,000 Nvidia GPUs across sites in Norway, Portugal and Texas, the companies said.
The contract, worth up to $24 billion, makes Microsoft Nscale's largest customer.
Microsoft, which also buys capacity from CoreWeave and Lambda, competes with Amazon Web Services and Google Cloud for AI workloads.
About Nscale
Nscale is a vertically integrated AI cloud that owns Stratus Campus in Europe.
"""


def test_nscale_article() -> None:
    claims = run(NSCALE)
    got = positive(claims)
    assert ("Nscale", "rents-capacity-to", "Microsoft") in got
    assert ("CoreWeave", "rents-capacity-to", "Microsoft") in got
    assert ("Lambda", "rents-capacity-to", "Microsoft") in got
    assert ("Nvidia", "owns", "Nscale") in got
    assert ("Microsoft", "competes-with", "Amazon Web Services") in got
    assert ("Nvidia", "rents-capacity-to", "Microsoft") not in got  # Nvidia only backs Nscale
    assert ("Lambda", "competes-with", "Amazon Web Services") not in got
    assert all("Stratus" not in c.object for c in claims)  # "About" boilerplate
    stake = next(c for c in claims if (c.subject, c.object) == ("Nvidia", "Nscale"))
    assert stake.stake is True


XAI = """xAI in talks to raise money from Saudi fund; Tesla shareholders reject investment
xAI is in talks with Saudi Arabia's Public Investment Fund about a $10 billion investment, people familiar with the matter said.
Tesla shareholders voted down a proposal for the carmaker to invest in xAI last month. Tesla does not own shares of xAI.
Meanwhile the startup's Colossus 2 supercomputer in Memphis, which xAI owns and operates, is being expanded. xAI also leases capacity from Oracle.
"""


def test_xai_article_denials_and_facilities() -> None:
    claims = run(XAI)
    got = positive(claims)
    assert ("Tesla", "owns", "xAI") not in got
    assert any(c.status == "denied" and (c.subject, c.object) == ("Tesla", "xAI") for c in claims)
    assert ("xAI", "owns", "Colossus 2") in got
    assert ("Tesla", "owns", "Colossus 2") not in got
    assert ("Oracle", "rents-capacity-to", "xAI") in got


NAMES = """From Codeium to Windsurf, and from Facebook to Meta: a naming history
Facebook renamed itself Meta Platforms in 2021.
Google's cloud unit signed a deal to host Anthropic's Claude models, while Google itself owns about 14% of the lab, according to court filings.
Salesforce Ventures has invested in Anthropic, Cohere and Hugging Face.
"""


def test_names_and_units_article() -> None:
    claims = run(NAMES)
    got = positive(claims)
    assert ("Facebook", "rebrands-as", "Meta") in got
    assert ("Google", "owns", "Google Cloud") in got
    assert ("Google Cloud", "rents-capacity-to", "Anthropic") in got
    for company in ("Anthropic", "Cohere", "Hugging Face"):
        assert ("Salesforce Ventures", "owns", company) in got
    google = next(
        c for c in claims if (c.subject, c.predicate, c.object) == ("Google", "owns", "Anthropic")
    )
    assert google.status == "reported"
    assert google.share == 0.14


WIRE = """Exclusive: Mistral AI nears deal for capacity in Sweden
By Anna Lindqvist
STOCKHOLM, Jan 12 (Reuters) - Mistral AI is close to signing a multiyear agreement to rent capacity at a data centre in Borlange operated by EcoDataCenter, two people familiar with the matter said.
The French startup, whose investors include Microsoft and ASML, already trains some models on Azure.
EcoDataCenter, which is majority-owned by Areim, declined to comment.
(Reporting by Anna Lindqvist; Editing by Mark Potter)
"""


def test_wire_story_hedges_and_ownership() -> None:
    claims = run(WIRE)
    near = next(c for c in claims if (c.subject, c.object) == ("EcoDataCenter", "Mistral AI"))
    assert near.status == "planned"
    got = positive(claims)
    assert ("Microsoft", "rents-capacity-to", "Mistral AI") in got
    assert {("Microsoft", "owns", "Mistral AI"), ("ASML", "owns", "Mistral AI")} <= got
    areim = next(c for c in claims if (c.subject, c.object) == ("Areim", "EcoDataCenter"))
    assert areim.stake is False
    assert all("Lindqvist" not in (c.subject, c.object) for c in claims)


OPINION = """Opinion: Why Apple should buy Mistral
It should buy Mistral AI, argues our columnist. Such a purchase would give Apple a European foothold.
Apple competes with Samsung in smartphones.
Trending
1. Nvidia buys Intel stake
"""


def test_opinion_recommendations_and_trending_lists_state_no_deal() -> None:
    got = positive(run(OPINION))
    assert ("Apple", "owns", "Mistral AI") not in got
    assert ("Nvidia", "owns", "Intel") not in got
    assert ("Apple", "competes-with", "Samsung") in got


RECAP = """Earnings recap: Nebius doubles revenue as Microsoft deal ramps

November 12, 2025

Nebius Group said third-quarter revenue more than doubled, helped by its contract with Microsoft.

CUSTOMERS
- Microsoft: the $17.4 billion agreement signed in September runs through 2031.
- Meta: a five-year deal worth about $3 billion, announced this week.

OWNERSHIP
Nebius still holds a 28% stake in ClickHouse and owns Toloka, a data-labelling business.
"""


def test_customer_list_items_and_coordinated_verbs() -> None:
    got = positive(run(RECAP))
    assert ("Nebius Group", "rents-capacity-to", "Microsoft") in got
    assert ("Nebius Group", "rents-capacity-to", "Meta") in got
    assert ("Nebius Group", "owns", "ClickHouse") in got
    assert ("Nebius Group", "owns", "Toloka") in got
    assert ("ClickHouse", "owns", "Toloka") not in got


TRANSCRIPT = """Podcast transcript: the chip wars

HOST: So who actually rents from whom?
GUEST: Take Anthropic. It trains on Amazon's Trainium chips through AWS, and it uses Google's TPUs too.
GUEST: Microsoft is the landlord for OpenAI, mostly. But OpenAI also buys capacity from Oracle and CoreWeave.
GUEST: Nvidia has stakes in CoreWeave and xAI. It does not own OpenAI.
GUEST: AMD is the obvious challenger to Nvidia, and Google's TPUs compete with Nvidia's GPUs.
"""


def test_transcript_pronouns_lists_and_roles() -> None:
    claims = run(TRANSCRIPT)
    got = positive(claims)
    assert ("Amazon Web Services", "rents-capacity-to", "Anthropic") in got
    assert ("Google Cloud", "rents-capacity-to", "Anthropic") in got
    assert ("Google Cloud", "rents-capacity-to", "Amazon") not in got
    assert ("Microsoft", "rents-capacity-to", "OpenAI") in got
    assert {
        ("Oracle", "rents-capacity-to", "OpenAI"),
        ("CoreWeave", "rents-capacity-to", "OpenAI"),
    } <= got
    assert {("Nvidia", "owns", "CoreWeave"), ("Nvidia", "owns", "xAI")} <= got
    assert ("Nvidia", "owns", "OpenAI") not in got
    assert ("AMD", "competes-with", "Nvidia") in got
    assert ("AMD", "competes-with", "Google") not in got


LISTICLE = """Five facts about SoftBank's AI empire

1. Arm
SoftBank owns about 90% of the chip designer, which it bought in 2016.

2. Graphcore
The British chip startup became a SoftBank subsidiary in 2024.
"""


def test_listicle_headers_feed_epithets() -> None:
    claims = run(LISTICLE)
    arm = next(
        c for c in claims if (c.subject, c.predicate, c.object) == ("SoftBank", "owns", "Arm")
    )
    assert (arm.stake, arm.share) == (False, 0.9)
    assert ("SoftBank", "owns", "Graphcore") in positive(claims)


EXPLAINER = """Q&A: Who is behind Lumen Labs?

What is Lumen Labs?
A start-up that builds coding agents.

Who does Lumen Labs compete with?
Mainly Anysphere, the company behind the Cursor editor, and Cognition.

Who are Lumen Labs's biggest backers?
Nvidia and Sequoia Capital.

Did Google buy it?
No. Google holds no stake in Lumen Labs.
"""


def test_explainer_questions_frame_short_answers() -> None:
    claims = run(EXPLAINER)
    got = positive(claims)
    assert ("Lumen Labs", "competes-with", "Anysphere") in got
    assert ("Lumen Labs", "competes-with", "Cognition") in got
    assert ("Lumen Labs", "competes-with", "Cursor") not in got
    assert {("Nvidia", "owns", "Lumen Labs"), ("Sequoia Capital", "owns", "Lumen Labs")} <= got
    assert ("Google", "owns", "Lumen Labs") not in got
