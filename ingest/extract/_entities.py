"""Find the names a sentence mentions: known ones from the gazetteer, new ones by cues.

A new name is a run of capitalised words that is not a place, not a sentence
opener and not a common capitalised word, typed by its cues: "startup X",
"X, a cloud provider", "X Capital", "X AI", "X campus". Suffixes such as
"Inc." are dropped from the canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.extract._case import lower_case_twin, lowered
from ingest.extract._name_shapes import (
    connected_names,
    ends_in_tail,
    fills_subject_slot,
    opens_org_name,
    small_brands,
)
from ingest.resolve import Gazetteer

# Letters after a capital include accented ones: "Anaïs Perrin", "Müller", "São Paulo".
_LETTERS = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_TOKEN = rf"(?:[A-Z][{_LETTERS}]*(?:[.'&-][{_LETTERS}]+)*|[A-Z]{{2,}}[a-z]*)"
# A run of names stops after a possessive or a backer: "Orrin's Brask Labs" and
# "Orrin Group-backed Brask Labs" are two names each.
# A short number may sit inside a name between capitalised words ("Falcon 9 Holdings").
# A single digit may end one too ("Polaris Forge 1", "Hut 8"), but not a count or a date.
_INNER = (
    rf"(?:{_TOKEN}|\d{{1,3}}(?=\s+[A-Z])|\d(?=[\s,;:)]|\.(?!\d)|$)"
    r"(?!\s+(?:billion|million|bn|per|percent|years?|months?|weeks?|days?|hours?|gigawatts?|"
    r"megawatts?|GW|MW|GPUs?|chips|sites|buildings|racks|servers|times|people|companies)\b))"
)
_NAME_RUN = re.compile(
    rf"(?<![\w.-]){_TOKEN}(?:(?<!'s)(?<!-backed)(?<!-owned)(?<!-funded)(?:\s+&\s+|\s+){_INNER})*"
)
# The same, with the first capital before the lookbehind so that re can skip to capitals.
_FIRST_TOKEN = rf"[A-Z](?<![\w.-][A-Z])(?:[{_LETTERS}]*(?:[.'&-][{_LETTERS}]+)*|[A-Z]+[a-z]*)"
_NAME_RUN_FAST = re.compile(
    rf"{_FIRST_TOKEN}(?:(?<!'s)(?<!-backed)(?<!-owned)(?<!-funded)(?:\s+&\s+|\s+){_INNER})*"
)
_SPACED_SUFFIX = re.compile(r" (?:Inc|Corp|Ltd|LLC|plc|GmbH)\.?(?=[\s,;:)]|$)")
_SUFFIX_INITIALS = frozenset("ICLpG")  # what _SPACED_SUFFIX can start with after its space
_DETACHED_SUFFIX = re.compile(r", (?:Inc|Corp|Ltd|LLC|plc|AG|GmbH)\.?(?=[\s,;:)])")
_SUFFIX = re.compile(r"[,\s]+(?:Inc|Corp|Corporation|Ltd|LLC|plc|Co|N\.V|S\.A|AG|GmbH|SE)\.?$")

# Capitalised words that are not names (sentence openers, titles, months, jargon, and the
# fiscal periods of an earnings headline: "Drayfield Q3: ..." names Drayfield).
_NOT_NAMES = frozenset(
    """
    A An The This That These Those It Its In On At By For From With Without Under Over After
    Before Since Until When While Where Why How What Who Whom Which Whose If But And Or Nor So
    Yet Then Than Both Each Every Either Neither Some Any All Most Many Much More Less Few
    Several Other Another As Also Still Even Only Just Not No Yes Meanwhile However Instead
    Earlier Later Last Next First Second Third Hours Days Weeks Months Years Today Tomorrow
    Yesterday Now Here There They Them Their He She His Her We Our You Your I My Me Us Q Right
    Wait Afterwards Increasingly Put Take Start Consider Imagine Picture Ask Look Monday
    Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Chief Executive Officer CEO CFO
    CTO President Chairman Chairwoman Founder Co-founder Director Head Vice Analysts Analyst
    Investors Regulators Shares Stock Revenue Customers Management Members Sources People Products
    Officials Executives Engineers Researchers Critics Reports Terms Debt Funding AI AGI GPU
    Mostly Mainly Chiefly Largely Primarily Partly Principally Solely
    GPUs TPU TPUs CPU CPUs LPU LPUs NPU NPUs DPU DPUs XPU XPUs IPO LLM LLMs API APIs PBC EUR
    USD GW MW US UK EU Big Tech Series
    Round Deal Deals Contract Agreement Press Release News Update Editor Note Analysis Opinion
    Explainer Feature Brief Listicle Transcript Recap Earnings Call Numbers Acquisitions Watch
    Court Filings Department Justice Commission Authority Parliament Congress Senate House White
    Wall Street Journal Bloomberg Reuters Information Times Financial Nasdaq NYSE Brussels Sept
    Hopper Trainium2 Megapack Megapacks Ethereum Bitcoin Generative Frontier GPT About Privacy
    Contact Ethics Twenty Thirty Forty Fifty Hundred Eighty Ninety Seventy Sixty Dispatch Wire
    Store American European Russian Canadian Chinese Japanese Korean Indian British French
    German Dutch Italian Spanish Swedish Norwegian Irish Israeli Emirati Saudi Taiwanese
    Australian Swiss Besides Unlike Alongside Beyond Among Amid Despite Including Like Inside
    Exclusive Explained Danish Finnish Belgian Austrian Polish Czech Portuguese Greek Turkish
    Brazilian Mexican Argentine Chilean Singaporean Malaysian Indonesian Thai Vietnamese Qatari
    Chipmaker Chipmakers Startup Neocloud Neoclouds Conglomerate Hyperscaler Hyperscalers
    Kuwaiti Egyptian Nigerian Kenyan Icelandic Estonian Hungarian Romanian Ukrainian
    Inc Corp Ltd LLC GmbH Should Would Could Can Did Does Do Had Has Have Were Was Is Are
    Nobody Everyone Everybody Everything Someone Something Nothing Anyone
    UPDATE UPDATED BREAKING EXCLUSIVE CORRECTION ANALYSIS OPINION WATCH LIVE
    Q1 Q2 Q3 Q4 H1 H2 FY
    """.split()  # noqa: SIM905
)
# "Three AI labs, including ...": a count opens no name (but "Boden Two" ends one)
_COUNTS = frozenset(
    ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds"]
)
# "GBP640 million", "EUR1.3 billion": a currency code glued to its amount names nothing
_CURRENCY_AMOUNT = re.compile(
    r"(?:GBP|EUR|USD|CHF|JPY|CNY|RMB|INR|CAD|AUD|SEK|NOK|DKK|HKD|SGD|KRW)\d"
)


def _counted_name(words: list[str]) -> bool:
    """ "Two Seas Capital", "Three Arrows Capital": a count opens a firm's name when two more
    words follow and the last is an organisation's head ("Three AI labs" stays a count)."""
    return len(words) >= 3 and _ORG_HEAD.search(" ".join(words)) is not None


_FIRST_NAMES = frozenset(
    """
    Adam Alex Alexandr Andrew Andy Anna Arthur Ben Bill Brad Brian Charles Chris Christopher Dan
    Daniel Dario David Demis Douglas Elon Emily Eric Gavin George Greg Ilya Jack James Jan Jane
    Jason Jeff Jensen Jennifer John Jon Jonathan Julia Karen Kevin Larry Lisa Marc Mark Martin
    Mary Masayoshi Matt Matthew Michael Mike Mira Mustafa Noam Nick Paul Peter Reid Richard
    Robert Safra Sam Sarah Satya Scott Sergey Stephen Steve Sundar Thomas Tim Tom Varun Will
    William Aidan Alice Amy Anne Bob Carl Carol Catherine Chen Claire Dana Diane Elena Emma Fei
    Frank Gary Hannah Helen Henry Isabel Jacob Jessica Joe Joseph Julie Kate Laura Linda Maria
    Max Michelle Nadia Natalie Olivia Patrick Rachel Raj Rebecca Renee Rob Ryan Sophie Susan
    Victor Wei Yann Yoshua Zoe
    """.split()  # noqa: SIM905
)
_PERSON_CUE = re.compile(
    r"(?:chief executive|chief \w+ officer|ceo|cto|cfo|founder|co-founders?|president|chairman|"
    r"chairwoman|executive|hired|hiring|researchers?|said|according to|director|"
    r"h(?<![- ]to[- ]h)ead(?![- ](?:on|to)\b))"  # "head of X", not "head-to-head with X"
    r"\W{0,3}(?:\w+\W+){0,2}$",
    re.I,
)
_PERSON_CUE_LOWER = lower_case_twin(_PERSON_CUE)
# "Tomas Reyes, co-founder of Quinta Labs": a job at an organisation names a person
# and so does "Nuri Okafor, Pelham AI's chief technology officer"
_JOB = (
    r"(?:chief executive|chief [\w-]+ officer|ceo|cto|cfo|co-?founder|founder|president|"
    r"chair(?:man|woman)?|head of [\w-]+|managing director)"
)
_ROLE_AFTER = re.compile(
    rf", (?:(?:the |a |an |its )?(?:[\w-]+ ){{0,2}}?{_JOB} (?:of|at) "
    rf"|(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}})'s? (?:[\w-]+ ){{0,2}}?{_JOB}\b)",
    re.I,
)


def _person_cue_before(text: str) -> bool:
    folded = lowered(text)
    found = _PERSON_CUE.search(text) if folded is None else _PERSON_CUE_LOWER.search(folded)
    return found is not None


# Words that make no name alone but may end one ("Wave Compute", "Lancium Clean Campus").
_GENERIC = frozenset(
    """
    Cloud Compute Data Centre Center Campus Project Grace Blackwell Vera Rubin Tensor Processing
    Unit Units Graphics
    """.split()  # noqa: SIM905
)
_ORG_HEAD = re.compile(
    r"\b(?:AI|Labs?|Technologies|Systems|Group|Holdings|Capital|Ventures|Partners|Fund|Energy|"
    r"Networks|Robotics|Computing|Cloud|Digital|Mining|Semiconductor|Intelligence)$"
)
# A name ending in one of these is an organisation's, whatever cue stands before it:
# "said that Dovel Chips", "chief executive Ostrava Microsystems" name no person.
_NO_SURNAME = frozenset(
    """
    Chips Microsystems Microelectronics Data Compute Cloud Board Investments Networks Partners
    Ventures Capital Fund Labs Lab Semiconductor Semiconductors Silicon Photonics Robotics Systems
    Technologies Holdings Group Energy Power Computing Digital Infrastructure Datacenters
    Street House Times
    """.split()  # noqa: SIM905
)
_PLACE_HEAD = re.compile(r"\b(?:County|Parish|Township|Province|Prefecture|District)$")
_INVESTOR_HEAD = re.compile(
    r"\b(?:Capital|Ventures|Partners|Fund|Investments|Management|Investment Board)$"
)
# "Ostrel Data Centres" (plural) is the operator of many sites; "Riviere Data Centre" is one
_CLOUD_HEAD = re.compile(r"\b(?:Cloud|Compute|Neocloud|Data Cent(?:er|re)s)$")
_CHIP_HEAD = re.compile(r"\b(?:Semiconductors?|Semi|Silicon|Microelectronics|Photonics)$")
_SITE_NOUN_AFTER = re.compile(r" (?:campus|data cent(?:re|er)|supercomputer|cluster|facility)\b")
_BYLINE_ROLE_AFTER = re.compile(
    r", (?:[\w-]+ ){0,3}?(?:correspondent|reporter|editor|writer|columnist|contributor)s?\b"
)
_SITE_WORD = r"(?:cluster|campus|data[- ]cent(?:re|er)|supercomputer|facility)"
_CALLED = ("called ", "named ", "known as ", "dubbed ")
_SITE_CALLED = re.compile(rf"{_SITE_WORD}\b[^,;]{{0,40}}? (?:called|named|known as|dubbed) $")
_SITE_APPOSITIVE = re.compile(
    rf", (?:a|an|the) (?:[\w,.'-]+ ){{0,3}}?{_SITE_WORD}(?![\w-])(?! (?:operator|developer|company|"
    r"firm|provider|builder|owner|group|business|start-?up|specialist|maker|landlord|investor))"
)
# '"...," Morag Keir said': two or three words between a closing quote and "said" name a person
_QUOTE_CLOSED = re.compile(r"[,.!?][\"\u201d]\s*$")
_OF_ORG_SAID = re.compile(r" of (?:[A-Z][\w.&-]* ){1,4}?(?:said|says|told|added|explained)\b")
_SAID_AFTER = re.compile(r"\s+(?:said|says|added|adds|told|explained|recalled)\b")
_DC_HEAD = re.compile(r"\b(?:Campus|Cluster|Supercomputer|Data Cent(?:er|re)|Park)$")


@dataclass(eq=False)
class Mention:
    """A span of a sentence that names (or refers to) an entity."""

    start: int
    end: int
    name: str
    type: str
    surface: str
    kind: str = "name"  # name | new | coref
    candidates: list[str] = field(default_factory=list)
    owner: str | None = None  # "Google's cloud unit" names Google Cloud, owned by Google


def _cue_type(name: str, sentence: str, start: int, end: int) -> str:
    words = name.split()
    # the tests on the name itself first: most new names are one word or end in an
    # organisation's head ("Labs"), and then no cue in the sentence makes them a person
    person_like = (
        2 <= len(words) <= 3 and not _ORG_HEAD.search(name) and words[-1] not in _NO_SURNAME
    )
    if (
        person_like
        and not _DIGIT.search(name)
        and (
            words[0] in _FIRST_NAMES
            or _ROLE_AFTER.match(sentence, end)
            # "chief executive of Brackwater Compute": the role's employer, not a person
            or (
                _person_cue_before(sentence[max(0, start - 40) : start])
                and not sentence.endswith((" of ", " at "), 0, start)
            )
        )
    ):
        return "Person"
    before = sentence[max(0, start - 40) : start].lower()
    after = sentence[end : end + 50].lower()
    if (
        person_like
        and (
            after.startswith(", who ")
            # "Elise Brandt set up Halden Speech": a company founds few companies under a
            # name that has no organisation's head
            or after.startswith((" founded ", " co-founded ", " set up ", " cofounded "))
            or _BYLINE_ROLE_AFTER.match(after)
            or (_SAID_AFTER.match(after) and _QUOTE_CLOSED.search(before))
            # "Pim Aldous of Fenwick AI said:": a name with an organisation, then speech
            or (after[:4] == " of " and _OF_ORG_SAID.match(sentence, end))
        )
    ):
        # "Dana Whitfield, who runs ...": companies take "which";
        # "By Callum Reid, technology correspondent": a byline names a writer
        return "Person"
    if _INVESTOR_HEAD.search(name):
        return "Investor"
    if _DC_HEAD.search(name):
        return "DataCenter"
    if _PLACE_HEAD.search(name):
        return "Place"
    if _CLOUD_HEAD.search(name):
        return "CloudProvider"  # "Haldane Cloud", "Kestrel Compute": the name says what it sells
    if _CHIP_HEAD.search(name):
        return "ChipMaker"  # "Marlow Semiconductor": the name says what it makes
    if _SITE_NOUN_AFTER.match(after) and not _ORG_HEAD.search(name) and before.endswith("the "):
        return "DataCenter"  # "the Redwater campus": a site's own name
    if (
        (before.endswith(_CALLED) and _SITE_CALLED.search(before))
        or (after[:2] == ", " and _SITE_APPOSITIVE.match(after))
    ) and not _ORG_HEAD.search(name):
        return "DataCenter"  # "a data centre called Riviere Nord", "Kepler, a 20,000-GPU cluster"
    if _CLOUD_BEFORE.search(before) or _CLOUD_AFTER.match(after):
        return "CloudProvider"
    if _CHIP_BEFORE.search(before):
        return "ChipMaker"
    if _INVESTOR_BEFORE.search(before):
        return "Investor"
    if _LAB_BEFORE.search(before) or _AI_TAIL.search(name):
        return "AILab"
    if after[:2] == ", " and _LAB_AFTER.match(after):
        return "AILab"
    if _DIGIT.search(name) and not _ORG_HEAD.search(name) and not _COMPANY_AFTER.match(after):
        return "Product"
    return "Company"


# The cues above, compiled once: a name's type is decided for every new name in every sentence.
_CLOUD_BEFORE = re.compile(
    r"(?:(?:cloud|gpu|data[- ]cent(?:re|er)|hosting|compute|colocation|colo) "
    r"(?:provider|company|operator|specialist|firm|broker)s?|neocloud|gpu cloud|ai cloud) $"
)
_CLOUD_AFTER = re.compile(
    r",? (?:a|an|the|is a|is an) (?:[\w-]+ ){0,3}"
    r"(?:cloud|neocloud|data[- ]cent(?:re|er)|gpu|hosting|colocation|compute provider)"
)
_CHIP_BEFORE = re.compile(r"(?:chipmaker|chip designer|chip maker|semiconductor \w+) $")
_INVESTOR_BEFORE = re.compile(
    r"(?:investor|fund|(?:investment|venture|venture capital|private[- ]equity|buyout) firm) $"
)
_LAB_BEFORE = re.compile(r"(?:\bai |model |research )(?:lab|startup|developer|company) $")
_AI_TAIL = re.compile(r" AI$")
# "zeroG Labs, a robotics lab set up by ...", "X, the Tokyo AI research company": a lab
_LAB_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,2}?"
    r"(?:(?:ai |research )?lab\b|ai research (?:company|firm|start-?up)\b)"
)
_DIGIT = re.compile(r"\d")
# "Corvid7, a maker of inference servers": a digit in a company's name, not a product's
_COMPANY_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,3}?(?:maker|company|firm|start-?up|provider|developer|"
    r"operator|designer|supplier|lab)\b"
)
_LETTER_X_BEFORE = re.compile(r"\b(?:an?|the letter)\s+$")
# A dateline ("FRANKFURT, March 12 (Reuters) - ", "SEATTLE--(BUSINESS WIRE) - ") comes
# before the sentence's own first word; so does an interview's "Q: " or "A: ".
_OPENER = re.compile(
    r"(?:[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+)*,(?: [A-Z][a-z]+\.? \d{1,2})?(?: \([^()]{1,30}\))? "
    r"[-\u2013\u2014]+ |[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][a-z]+\.? \d{1,2})?"
    r"--\([^()]{1,30}\) - |[QA]: )?[\s\"'\u201c(\[]*"
)
_TICKER_BEFORE = re.compile(r"\b(?:ticker|symbol|code)\s+(?:symbol\s+)?$", re.I)
_HYPHEN_LOWER = re.compile(r"-[a-z]")
# capital first: re skips to it; a quoted name ('calls itself "Moth"') is mid-sentence too
_MID_CAPITAL = re.compile(r"[A-Z](?:(?<=[a-z,;] [A-Z])|(?<=[a-z,;] [\"\u201c][A-Z]))[\w.&-]+")


# "OctoAI was a bigger deal", "DataStax said": a capital after small letters inside a word
# marks a name even where every sentence's first word has a capital
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# "zeroG Labs", "xAI", "dMatrix Cloud": a name may start with a small letter before a capital.
# Units ("kW", "mAh") are shorter than four letters.
_CAMEL_RUN = re.compile(rf"(?<![\w.-])[a-z]{{1,8}}[A-Z][A-Za-z0-9]*(?:\s+{_TOKEN})*")
# the capital first: re skips to capitals, where "[a-z][A-Z]" starts a try at most letters
_CAMEL_HINT = re.compile(r"[A-Z](?<=[a-z][A-Z])")


def _runs(sentence: str) -> Iterable[re.Match[str]]:
    """Capitalised runs, and runs opened by a small-letter name ("zeroG Labs"), in order."""
    if _CAMEL_HINT.search(sentence) is None:
        return _NAME_RUN_FAST.finditer(sentence)
    camels = [m for m in _CAMEL_RUN.finditer(sentence) if len(m.group().split(None, 1)[0]) >= 4]
    if not camels:
        return _NAME_RUN_FAST.finditer(sentence)
    kept = [
        r
        for r in _NAME_RUN_FAST.finditer(sentence)
        if not any(c.start() < r.end() and r.start() < c.end() for c in camels)
    ]
    return sorted(kept + camels, key=lambda m: m.start())


def _known(gaz: Gazetteer, sentence: str, at_start: int, mid: frozenset[str]) -> list[Mention]:
    found: list[Mention] = []
    for start, end, surface in gaz.find(sentence):
        whole = sentence.strip() == surface  # a header line that is just the name
        if (
            start <= at_start
            and not whole
            and gaz.ambiguous_at_sentence_start(surface)
            # "Scale will rent ...": a plain word opening a sentence, unless the article
            # uses it as a name inside sentences too ("... rents from Scale")
            and surface not in mid
        ):
            continue
        if surface == "X" and _LETTER_X_BEFORE.search(sentence[:start]):
            continue
        name = gaz.surfaces[surface]
        kind_type = gaz.type_of(name) or "Organization"
        found.append(Mention(start, end, name, kind_type, surface))
    return found


_PRODUCT_TYPES = frozenset({"Product", "AIModel"})


def find_mentions(
    gaz: Gazetteer, sentence: str, mid_sentence_words: frozenset[str] = frozenset()
) -> list[Mention]:
    """Names in one sentence, in order; ``mid_sentence_words`` vouches for sentence openers."""
    opener = _OPENER.match(sentence)
    at_start = opener.end() if opener else 0
    mentions = _known(gaz, sentence, at_start, mid_sentence_words)
    institution = " of " in sentence and any(w in sentence for w in _INSTITUTION_WORDS)
    for inst in _INSTITUTION.finditer(sentence) if institution else ():
        # "University of Leeds": the place inside names the institution, not a place
        mentions = [m for m in mentions if m.end <= inst.start() or inst.end() <= m.start]
        text = inst.group()
        mentions.append(Mention(inst.start(), inst.end(), text, "Organization", text, kind="new"))
    if " of " in sentence or " for " in sentence or " For " in sentence or " Of " in sentence:
        mentions = _with_connected_names(gaz, sentence, mentions)
    if ", a " in sentence or ", an " in sentence or ".ai" in sentence or ".io" in sentence:
        for start, end, text in small_brands(sentence):  # "from nimbus, a neocloud"
            if not any(m.start < end and start < m.end for m in mentions):
                kind = _cue_type(text, sentence, start, end)
                mentions.append(Mention(start, end, text, kind, text, kind="new"))
    taken = [(m.start, m.end) for m in mentions]
    for match in _runs(sentence):
        start, end = match.span()
        overlap = any(s < end and start < e for s, e in taken)
        if (
            overlap
            and _PLACE_LED_HEAD.search(match.group().removesuffix("'s"))
            and _place_opens_org(mentions, taken, sentence, start, end)
        ):
            pass  # "Ohio State University": the place opens the name and is no mention itself
        elif overlap:
            # keep the part of the run before a known name, when it is a name itself
            cut = min((s for s, e in taken if start <= s < end), default=None)
            lead = next(
                (
                    e
                    for s, e in taken
                    if s < end
                    and start < e
                    and all(w in _NOT_NAMES for w in sentence[start:s].split())
                ),
                None,
            )
            rest = _AFTER_BACKER.match(sentence, lead) if lead is not None else None
            if rest and not any(rest.end() <= s < end for s, e in taken):
                start = rest.end()  # "Nvidia-backed Brask Labs": the name after the backer's
            elif cut is None or cut <= start:
                continue
            else:
                end = cut
            while end > start and sentence[end - 1] in " &":
                end -= 1
        words = sentence[start:end].split()
        while (
            words
            and (
                words[0] in _NOT_NAMES
                or words[0].rstrip("'s") in _NOT_NAMES
                or words[0].isdigit()
                or (words[0] in _COUNTS and not _counted_name(words))
                or (words[0][3:4].isdigit() and _CURRENCY_AMOUNT.match(words[0]) is not None)
            )
            and not opens_org_name(words)
        ):
            start = sentence.index(words[0], start) + len(words[0])
            words = words[1:]
            while start < end and sentence[start] == " ":
                start += 1
        while (
            words
            and words[-1] in _NOT_NAMES
            and not _LAB_NAME(words)
            and not _MANAGER(words)
            and not ends_in_tail(words, _NOT_NAMES)
        ):
            words = words[:-1]
        if not words:
            continue
        text = " ".join(words)
        end = start + len(text) if sentence[start : start + len(text)] == text else end
        if text.endswith("'s"):
            text = text[:-2]
            end -= 2
        if (
            (all(w in _NOT_NAMES or w in _GENERIC for w in words) and not opens_org_name(words))
            or gaz.is_place(text)
            or len(text) < 2
        ):
            continue
        if (
            start <= at_start
            and match.re is not _CAMEL_RUN
            and (
                len(words) == 1
                or (
                    words[-1] in _NOT_NAMES
                    and not _MANAGER(words)
                    and not ends_in_tail(words, _NOT_NAMES)
                )
            )
            and text not in mid_sentence_words
            and not _INNER_CAPITAL.search(words[0])
            and not _opens_with_name(sentence, words, start + len(text))
        ):
            continue
        if _TICKER_BEFORE.search(sentence[max(0, start - 20) : start]):
            continue  # a stock ticker
        if (
            text.isupper()
            and (len(text) > 5 or " " in text)
            and (" " in text or not _shouted_brand(sentence, start, end))
        ):
            continue  # a shouted section word or dateline, not a name
        backed = _BACKED.search(text)
        if backed and " " in text[: backed.start()]:
            text = text[: backed.start()]  # "a Vestal Capital-backed startup": the backer's name
            end = start + len(text)
        if _HYPHEN_LOWER.search(text) or text in gaz.surfaces:
            continue  # "Paris-based", or a known name skipped on purpose
        if (
            len(words) == 1
            and _THE_BEFORE.search(sentence, max(0, start - 4), start)
            and _EPITHET_AFTER.match(sentence, end)
        ):
            continue  # "the Reykjavik operator": a place or nationality describing the head
        name = _SUFFIX.sub("", text).strip()
        if name != text and sentence[end : end + 1] == "." and not text.endswith("."):
            end += 1  # "Northfield Mining Corp.": the suffix's full stop belongs to the name
            text += "."
        elif (
            sentence[end + 1 : end + 2] in _SUFFIX_INITIALS
            and (suffix := _SPACED_SUFFIX.match(sentence, end)) is not None
        ):
            end = suffix.end()  # "Vortiq Inc. runs": the suffix is the name's, not the clause's
            text = sentence[start:end]
        elif sentence.startswith(", ", end):
            detached = _DETACHED_SUFFIX.match(sentence, end)
            if detached:  # "Cascade Tensor, Inc., a provider": the suffix is the name's too
                end = detached.end()
                text = sentence[start:end]
        mentions.append(
            Mention(start, end, name, _cue_type(name, sentence, start, end), text, kind="new")
        )
    mentions.sort(key=lambda m: m.start)
    if any(word in sentence for word in _NAMING_WORDS):  # most sentences name nothing anew
        mentions = [_named_as(sentence, m, mentions) for m in mentions]
    joins: list[tuple[Mention, Mention]] = []
    for here, after in pairwise(mentions):
        if here.kind != "new":
            continue
        # "Saline Township, Michigan": a new name right before a known place is a place too
        if after.type == "Place" and sentence[here.end : after.start] == ", ":
            here.type = "Place"
        # "Einstein Copilot": a new name right before a one-word alias of a known product
        # ("Copilot" for Microsoft Copilot) runs on into it, and the two name another product
        elif (
            after.kind == "name"
            and after.type in _PRODUCT_TYPES
            and after.surface != after.name
            and " " not in after.surface
            and sentence[here.end : after.start] == " "
        ):
            joins.append((here, after))
    for here, after in joins:
        text = sentence[here.start : after.end]
        joined = Mention(here.start, after.end, text, after.type, text, kind="new")
        mentions = [joined if m is here else m for m in mentions if m is not after]
    return mentions


def _shouted_brand(sentence: str, start: int, end: int) -> bool:
    """ "rents GPUs from KORVEX, a neocloud": a long shouted word in a party's slot."""
    return (
        _APPOSITIVE_CUE.match(sentence, end) is not None
        or fills_subject_slot(sentence, end)
        or _SLOT_BEFORE.search(sentence, max(0, start - 9), start) is not None
    )


# "rents GPUs from KORVEX", "bought by HALDEX": a preposition that takes a party
_SLOT_BEFORE = re.compile(r"\b(?:from|by|with|against) $")


def _with_connected_names(gaz: Gazetteer, sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "Foundry for Open Models, a nonprofit lab": a connector inside a name (_name_shapes)."""
    for start, end, text in connected_names(sentence, _NOT_NAMES, _company_next):
        first = text.split(" ", 1)[0]
        if (
            any(m.kind == "new" and m.start < end and start < m.end for m in mentions)
            or first in _FIRST_NAMES
            or first in _GENERIC
            or gaz.is_place(text)
        ):
            continue  # an institution's name already, a person's, or "Unit of ..."
        small = _SMALL_CONNECTOR.search(text)
        if small and any(m.start == start for m in mentions):
            continue  # "Nvidia for Startups": a known name before a small connector stays
        if small and gaz.is_place(text[small.end() :]):
            continue  # "The Browser Company of New York": the place says where it is
        mentions = [m for m in mentions if m.end <= start or end <= m.start]
        mentions.append(
            Mention(start, end, text, _cue_type(text, sentence, start, end), text, kind="new")
        )
    return mentions


_SMALL_CONNECTOR = re.compile(r" (?:of|for) ")


def _company_next(sentence: str, end: int) -> bool:
    """What follows a name that only a company's name takes ("..., a lab", "... acquired")."""
    return _OPENER_CUE.match(sentence, end) is not None


# A place that opens a run ending in one of these names an organisation, not a place:
# "Ohio State University", "the Texas Teacher Retirement System".
_PLACE_LED_HEAD = re.compile(
    r" (?:University|College|Institute|System|Fund|Board|Bank|Authority|Trust|Holdings|Group|"
    r"Partners|Capital|Ventures|Utilities|Mining|Miners|Compute|Computing|"
    # "Oslo Networks", "Nevada Power", "Bavaria Robotics": a company named after its home
    r"Networks|Systems|Labs|Technologies|Dynamics|Robotics|Energy|Power|Instruments|Electric|"
    r"Semiconductors?)$"
)


def _place_opens_org(
    mentions: list[Mention], taken: list[tuple[int, int]], sentence: str, start: int, end: int
) -> bool:
    """Drop a known place that only opens an organisation's name; True when it did."""
    lead = next((m for m in mentions if start <= m.start < end and m.type == "Place"), None)
    if (
        lead is None
        or lead.end >= end
        or any(w not in _NOT_NAMES for w in sentence[start : lead.start].split())
    ):
        return False
    if not _PLACE_LED_HEAD.search(sentence[lead.end : end].removesuffix("'s")):
        return False
    if any(start <= s < end and s != lead.start for s, _ in taken):
        return False  # another known name inside the run: leave the run to the usual cut
    mentions.remove(lead)
    taken.remove((lead.start, lead.end))
    return True


# Universities and institutes take "of" inside their names, which a run of capitals cannot.
_INSTITUTION_WORDS = ("University", "Institute", "College", "Academy")
_INSTITUTION = re.compile(
    r"(?<![\w-])(?:(?!The |A |An )[A-Z][\w&-]* )*(?:University|Institute|College|Academy) of"
    r"(?: [A-Z][\w&-]*)+(?: (?:and|&) [A-Z][\w&-]*)?"
)
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_EPITHET_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:operator|start-?up|lab|company|firm|group|provider|"
    r"chipmaker|designer|miner|neocloud|giant|conglomerate)\b"
)
_AFTER_BACKER = re.compile(r"-(?:backed|owned|funded|controlled|financed|based)\s+(?=[A-Z])")
_BACKED = re.compile(r"-(?:backed|owned|funded|controlled|financed)$")


# What follows a sentence's first word when that word names an organisation: an appositive
# that says what it is ("Corbel, a cloud provider"), a name aside ("Drumlin, now part of"), or
# a deal verb ("Quillmark completed its acquisition").
_OPENER_CUE = re.compile(
    r",? (?:a|an|the) (?:[\w-]+ ){0,4}?(?:company|provider|start-?up|lab|firm|maker|developer|"
    r"operator|unit|subsidiary|division|arm|group|cloud|neocloud|designer|miner|fund|investor|"
    r"specialist|supplier|host|conglomerate|chipmaker|rival|challenger|competitor)\b"
    r"|, (?:now|formerly|previously|once|which|whose)\b"
    r"|,? (?:Inc|Corp|Ltd|LLC|plc|GmbH)\b"  # "Vortiq Inc. runs ...": only a company has one
    r"| (?:has |had )?(?:also |still |now )?(?:completed|agreed|signed|announced|acquired|bought|"
    r"raised|rents|leases|competes|owns)\b"
    r"| (?:positions|pitches|markets|bills|describes|calls) itself\b"
    # "Halvard has taken a 15% stake in ...", "Telmar instead sold a minority stake": a holder
    r"| (?:has |had )?(?:also |now |still |instead |then )?(?:took|taken|takes|holds|held|"
    r"controls|sold|sells|invested|invests|leased|booked|reserved)\b"
    r"(?= (?:[\w$.,%-]+ ){0,4}?(?:stakes?|holdings?|interest|shares|control|half|third|quarter|"
    r"fifth|tenth)\b| [\d.]+ ?%| (?:all|most|half) of (?:it|the|its)\b[^.;]{0,40}\blease\b)"
    r"| (?:will |has |had |also )?(?:supplies|provides|hosts|will supply|will provide|will host)\b"
    # "Pellmore said on Wednesday that it had agreed": a person would be "he" or "she"
    r"| (?:said|says|announced)(?: on \w+| late \w+| in a \w+)?,?(?: that)? it\b"
    # "Harrowgate's newest capacity deal": a possessive before a company's belongings
    r"|'s (?:[\w-]+ ){0,2}?(?:deal|contract|agreement|customers?|backers?|investors?|parent|"
    r"owners?|rivals?|shares|stake|cloud|data cent(?:re|er)s?|gpus|chips)\b"
)
_APPOSITIVE_CUE = re.compile(
    r", (?:a|an) (?:[\w-]+ ){0,4}?(?:company|provider|start-?up|lab|firm|maker|developer|"
    r"operator|cloud|neocloud|designer|chipmaker|specialist|supplier|host)\b"
)
_ADJECTIVE_END = re.compile(r"(?:ic|al|ive|ous|ent|ed|ing|ary|ign)$")
# "Separately, the company ...", "Finally, a ...": sentence adverbs, not names ("Tessaly" is one)
_ADVERB = re.compile(
    r"(?:ally|ately|ently|antly|ously|ively|ily|tly|rly|ely|ply|bly|dly|lly|ngly)$"
)
# "X and Lambda are", "X and Corvane Labs signed": a capitalised name, then a verb; plural
# openers ("Tenants and Lambda") are left out by the caller
_AND_NAME = re.compile(
    r" and (?!The |A |An |Then |Now )[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)? (?:are|were|have|had|"
    r"signed|agreed|compete|both|each|will|said|announced|raised)\b"
)
_NOT_OPENER = frozenset({"Elsewhere", "Overall", "Otherwise", "Indeed", "Again", "Together"})
# Singular nouns that open a sentence as the subject of a deal's verb and name no firm:
# "Company will train its models on ..." (a press release's teaser), "Government will own"
_COMMON_SUBJECTS = frozenset(
    """
    Government State Staff Labour Everyone Nobody Company Firm Startup Start-up Provider Lab
    Operator Customer Partner Buyer Seller Parent Unit Owner Landlord Tenant Client Vendor
    Management Team Board
    """.split()  # noqa: SIM905
)


def _opens_with_name(sentence: str, words: list[str], end: int) -> bool:
    """ "Corbel, a cloud provider, ..." or "Bastion AI, a unit of ...": a name opens it."""
    first = words[0]
    if _ADVERB.search(first) or first in _NOT_OPENER:
        return False
    if first.isupper():  # "VANTA, a Helsinki neocloud, ...": a shouted word needs an appositive
        # or a relation verb it is the subject of ("VANTA rents GPUs to ...")
        return len(words) == 1 and (
            _APPOSITIVE_CUE.match(sentence, end) is not None
            or fills_subject_slot(sentence, end)
            or _AND_NAME.match(sentence, end) is not None  # "ACME and Brinley AI compete"
        )
    if len(words) > 1:
        # "Sorrel AI does not ...": a lab's name, unless the first word describes ("Agentic AI")
        if not _LAB_NAME(words):
            return False
        # "Tessary AI and Corvane signed": a lab's name ending like an adjective is still one
        # beside another name ("Conversational AI raised concerns" stays no name)
        return not _ADJECTIVE_END.search(first) or bool(_AND_NAME.match(sentence, end))
    if _AND_NAME.match(sentence, end) and not first.endswith("s"):
        return True  # "Glenrock and Lambda are both cutting prices": a name beside a name
    if not first.endswith("s") and _DEAL_VERB_CUE.match(sentence, end):
        return True  # "Corvane paid $900 million for ...": not "Regulators took over ..."
    if (
        not first.endswith("s")
        and first not in _COMMON_SUBJECTS
        and fills_subject_slot(sentence, end)
    ):
        return True  # "Lantern will rent capacity to ...": the relation's subject slot
    return bool(_OPENER_CUE.match(sentence, end))


# Verbs of buying, rivalry and renaming whose subject is a company, after a lone capitalised
# opener, with a name after them (a plural opener is more often a group of people: the
# caller leaves those out; "Main rivals: X" is a label)
_DEAL_VERB_CUE = re.compile(
    r" (?:has |had )?(?:also |still |now |then |later )?(?:"
    r"(?:paid|pays) (?:about |roughly |around |some |nearly |more than |over )?[$€£]"
    r"|(?:fights|battles|rivals|vies with|takes on|squares off against|snapped up|took over|"
    r"renamed|rebranded|relaunched)(?= (?:as |itself |its )?[A-Z]))"
)


def _MANAGER(words: list[str]) -> bool:
    """ "Macquarie Asset Management": an investment manager's name ends in "Management"."""
    return words[-1] == "Management" and len(words) > 2 and words[-2] in _MANAGER_KINDS


_MANAGER_KINDS = frozenset(["Asset", "Investment", "Global", "Capital", "Fund", "Wealth"])


def _LAB_NAME(words: list[str]) -> bool:
    """ "Halvard AI", "Brightline GPU": a company's name may end in "AI" or "GPU" (words that
    are no name alone) when the word before it is a name."""
    return (
        words[-1] in _NAME_ENDINGS
        and len(words) > 1
        and words[-2] not in _NOT_NAMES
        and words[-2] not in _GENERIC
    )


_NAME_ENDINGS = frozenset({"AI", "GPU"})


def _named_as(sentence: str, mention: Mention, others: list[Mention]) -> Mention:
    """ "will be called SpaceX AI": after a naming verb the capitalised run is the new name."""
    if mention.kind != "name" or not _NAMING_CUE.search(
        sentence, max(0, mention.start - 24), mention.start
    ):
        return mention
    tail = _NAME_TAIL.match(sentence, mention.end)
    if tail is None:
        return mention
    words: list[str] = []
    for word in tail.group().split()[:2]:
        if word in _NOT_NAMES and not _ORG_HEAD.search(word):
            break
        words.append(word)
    if not words:
        return mention
    end = mention.end + tail.group().index(words[-1]) + len(words[-1])
    if any(mention.end <= other.start < end for other in others):
        return mention  # "called Google Gemini": two names, each known
    text = sentence[mention.start : end]
    return Mention(
        mention.start, end, text, _cue_type(text, sentence, mention.start, end), text, "new"
    )


_NAMING_CUE = re.compile(
    r"\b(?:called|named|renamed|rebranded|rechristened|known as|"
    r"renamed (?:as|to)|rebranded (?:as|to))\s+$"
)
# every _NAMING_CUE holds one of these ("renamed" holds "named")
_NAMING_WORDS = ("called", "named", "rebranded", "rechristened", "known as")
_NAME_TAIL = re.compile(r"(?:\s+[A-Z][\w-]*)+")


def mid_sentence_capitals(sentences: list[str]) -> frozenset[str]:
    """Capitalised words an article uses inside sentences: these are names, not openers.

    Only a full stop is cut from the end ("into Synopsys." vouches for "Synopsys"): the
    words hold no apostrophe, and cutting an "s" as well would turn the name into "Synopsy".
    """
    return frozenset(
        word.rstrip(".") for sentence in sentences for word in _MID_CAPITAL.findall(sentence)
    )
