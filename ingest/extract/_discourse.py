"""Article-level reading: list sections, explainer questions, the topic, consistency.

News formats carry relations in their layout as much as in sentences: an
earnings recap lists customers under CUSTOMERS, an explainer asks "Who owns
X?" and answers in a fragment. This module turns those into claims, picks the
article's topic (the organisation named most), and drops the weaker reading
when a pair was read in both directions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.extract._entities import Mention
from ingest.extract._modality import (
    is_failure,
    is_stake_phrase,
    scaled_confidence,
    share_in,
    status_of,
)
from ingest.resolve import Gazetteer

ORG = frozenset({"Company", "AILab", "CloudProvider", "ChipMaker", "Investor", "Organization"})
PRODUCT = frozenset({"Product", "AIModel"})
_ENT = re.compile(r"[\x00\x01](\d+)")
SECTION = re.compile(
    r"^(?:key |major |top |main )?(customers|clients|tenants|investors|backers|shareholders|owners|"
    r"rivals|competitors|competition)\b",
    re.I,
)
ITEM_LEAD = re.compile(r"^\x00(\d+)\s*[:\u2013\u2014-]\s")


@dataclass
class Found:
    """A relation found in one sentence, before it becomes a Claim."""

    subject: str
    object: str
    relation: str
    status: str
    confidence: float
    sentence: str
    index: int
    stake: bool | None
    share: float | None
    rule: str


def section_item(
    gaz: Gazetteer,
    section: str,
    template: str,
    mentions: list[Mention],
    sentence: str,
    index: int,
    topic: str,
) -> list[Found]:
    """ "CUSTOMERS / - Meta: a $14 billion deal...": an item of a list about the topic."""
    lead = ITEM_LEAD.match(template)
    if lead is None:
        return []
    item = mentions[int(lead.group(1))]
    topic_type = gaz.type_of(topic) or "Company"
    return _item_of(section, item, template, sentence, index, topic, topic_type)


# "Largest customer: Kestrel Health, the records lab, ...": a bullet's own label; in a fact
# box, "Investors: A, B" and "Compute provider: C" too
INLINE_LABEL = re.compile(
    r"^(?:[\w-]+ ){0,2}?(customers?|clients?|tenants?|investors?|backers?|shareholders?|"
    r"rivals?|competitors?|main competition|providers?|suppliers?|owners?|parent|"
    r"cloud|compute|landlord): "
    r"(?:the (?:[\w-]+ ){0,2}?)?\x00(\d+)(?!'s)",
    re.I,
)
# the label's list goes on: "Investors: A, B and C"
_LABEL_LIST = re.compile(r"(?:,? and|,|;) (?:the (?:[\w-]+ ){0,2}?)?\x00(\d+)(?!'s)")


def labelled_item(
    label: re.Match[str],
    template: str,
    mentions: list[Mention],
    sentence: str,
    index: int,
    topic: str,
    topic_type: str,
) -> list[Found]:
    """ "Largest customer: X, ...": the label says how X stands to the story's subject."""
    tokens = [label.group(2)]
    at = label.end()
    while (more := _LABEL_LIST.match(template, at)) is not None:
        tokens.append(more.group(1))
        at = more.end()
    return [
        found
        for token in tokens
        for found in _item_of(
            label.group(1), mentions[int(token)], template, sentence, index, topic, topic_type
        )
    ]


def _item_of(
    section: str,
    item: Mention,
    template: str,
    sentence: str,
    index: int,
    topic: str,
    topic_type: str,
) -> list[Found]:
    if item.type not in ORG or item.name == topic or topic_type not in ORG:
        return []
    kind = section.lower()
    status = status_of(template, 0, len(template))
    if status == "hypothetical":
        return []
    triple: tuple[str, str, str, bool | None]
    if kind.startswith(("customer", "client", "tenant")):
        # a company's customers may buy anything, but whoever has tenants lets space out
        if topic_type != "CloudProvider" and not (
            kind.startswith("tenant") and topic_type == "Company"
        ):
            return []
        triple = (topic, "rents-capacity-to", item.name, None)
    elif kind in {"owner", "parent"}:
        triple = (item.name, "owns", topic, False)  # "Owner: X", one owner: control
    elif kind.startswith(("investor", "backer", "shareholder", "owner")):
        triple = (item.name, "owns", topic, True)
    elif kind.startswith(("provider", "supplier", "cloud", "compute", "landlord")):
        if item.type == "ChipMaker":
            return []  # "Chip supplier: Nvidia" sells the GPUs, rents none
        triple = (item.name, "rents-capacity-to", topic, None)
    else:
        triple = (topic, "competes-with", item.name, None)
    confidence = scaled_confidence(0.55, status, coref=True, new_name=item.kind == "new")
    s, p, o, stake = triple
    return [Found(s, o, p, status, confidence, sentence, index, stake, None, "section-item")]


_CAPACITY_NOUN = (
    r"(?:compute|gpus|chips|capacity|computing power|servers|accelerators|clusters?|"
    r"data cent(?:re|er)s|infrastructure|cloud)\b"
)
_QUESTIONS = (
    (
        "competes-with",
        re.compile(r"\bwho (?:does|do|will) \x00(\d+) (?:\w+ )?compete (?:with|against)\b", re.I),
    ),
    (
        "rivals",
        re.compile(
            r"\bwho (?:are|were) \x00(\d+)'s (?:[\w-]+ ){0,2}?(?:rivals|competitors)\b", re.I
        ),
    ),
    (
        "backers",
        re.compile(
            r"\bwho (?:are|were|is) \x00(\d+)'s (?:[\w-]+ ){0,3}?"
            r"(?:backers|investors|shareholders|owners)\b",
            re.I,
        ),
    ),
    ("owner", re.compile(r"\bwho (?:now |really |actually )?owns \x00(\d+)\b", re.I)),
    (
        # "Who invested in X?", "Who funds X?": the answer names backers
        "backers",
        re.compile(
            r"\bwho (?:(?:has|have|had) )?(?:invested|invests|put money) in \x00(\d+)\b"
            r"|\bwho (?:backs|backed|funds|funded|finances|financed|bankrolls|bankrolled|"
            r"holds stakes? in|has stakes? in) \x00(\d+)\b",
            re.I,
        ),
    ),
    (
        "customers",
        re.compile(
            r"\bwho (?:are|were) \x00(\d+)'s (?:[\w-]+ ){0,2}?(?:customers|clients|tenants)\b",
            re.I,
        ),
    ),
    (
        # "Does Tollan Compute have outside customers?": "Yes. Among them is X."
        "customers",
        re.compile(
            r"\b(?:does|do|has) \x00(\d+) (?:have|got) (?:any )?(?:[\w-]+ )?"
            r"(?:customers|clients|tenants)\b",
            re.I,
        ),
    ),
    (
        # "Where does Pinemoor AI get its GPUs?": the answer names where they come from
        "suppliers",
        re.compile(
            r"\b(?:where|how) (?:does|do|did|will) \x00(\d+) (?:get|source|rent|buy|obtain) "
            r"(?:\x00\d+'s |its |their )?(?:[\w-]+ )?"
            r"(?:compute|gpus|chips|capacity|computing power|servers|accelerators)\b",
            re.I,
        ),
    ),
    (
        # "Who runs Pelion's training clusters?", "Who supplies Pelion with GPUs?", "Which
        # clouds does Pelion rent from?": whoever the answer names supplies the capacity
        "suppliers",
        re.compile(
            r"\bwho (?:runs|supplies|provides|hosts|powers|operates) \x00(\d+)(?:'s (?:[\w-]+ )?"
            rf"{_CAPACITY_NOUN}|(?!'s) with\b)"
            r"|\b(?:who|which (?:[\w-]+ )?(?:companies|company|firms?|providers?|clouds?)) "
            r"(?:does|do|did) \x00(\d+) (?:rent|lease|buy|get) [^?\x00]{0,40}?from\b",
            re.I,
        ),
    ),
)
# Where an answer names a supplier: "they come from X", "rented by the hour from Y".
_FROM_SUPPLIER = re.compile(r"\b(?:from|on|through|via) (?:the )?\x00(\d+)(?!'s)", re.I)
# An appositive in an answer: ", the coding assistant sold by X" or ", <the Cursor maker> editor".
_ANSWER_APPOSITIVE = r", (?:(?:the|a|an|its) |\x00\d+ (?!and |or )[a-z])[^,]*"
# "..., and a small Danish firm, X": a description may come before a listed name
_DESCRIBED = (
    r"(?:(?:a|an|the) (?:[\w-]+ ){0,3}?(?:firm|company|provider|operator|start-?up|group|"
    r"cloud|neocloud|lab|developer|fund|investor), )?"
)
_ANSWER = re.compile(
    # "In data-centre chips, mainly Nvidia.": a frame may come before the answer
    # "In legal drafting it's mostly Harvey.": or an "it's" after the frame
    # ("it" may already be a mention token: "\x000's mostly \x001")
    r"^(?:(?:in|among|for|across|outside|within) [^,;:\x00]{1,50}?"
    r"(?:, | (?=it's |it is |\x00\d+'s |\x00\d+ is )))?"
    r"(?:(?:it's|it is|that's|they're|they are|\x00\d+'s|\x00\d+ is) )?"
    r"(?:(?:also|and|plus),? )?"  # "Also Krutrim, ...": the answer's list goes on
    r"(?:(?:mainly|mostly|chiefly|primarily|largely|both)\s+)?"
    r"(?:(?:with |against )?[^:;\x00]{0,50}: )?"
    rf"(\x00\d+(?:{_ANSWER_APPOSITIVE},)?"
    # "Mostly A, and sometimes B.": an adverb may come before a later item
    r"(?:(?:,? and|,) (?:(?:sometimes|occasionally|also|often|increasingly|now) )?"
    rf"{_DESCRIBED}\x00\d+(?:{_ANSWER_APPOSITIVE})?)*)[.,;]?",
    re.I,
)
_APPOSITIVE = re.compile(_ANSWER_APPOSITIVE)


# Answers to "Who owns it?" written as sentences: "Control sits with X, a fund that ...",
# "X holds about 70 percent", "Y owns a minority position": the question names the owned.
_CONTROL_WITH = re.compile(
    r"\b(?:control|ownership|(?:a|the) majority(?: stake)?) (?:sits|rests|lies|is|remains) "
    r"with (?:the )?(?:[\w-]+ ){0,3}?\x00(\d+)",
    re.I,
)
_HOLDS_PART = re.compile(
    r"^\x00(\d+) (?:owns|holds|has|controls|retains|keeps|took|bought|acquired) "
    r"([^;\x00]{0,40}?\b(?:stake|position|holding|interest|shares|percent|per cent)\b"
    r"|[^;\x00]{0,30}?%)"
    r"(?! (?:in|of) )",
    re.I,
)
# "Who owns X?" answered with money put in: "Y, Z's venture arm, put in a smaller amount,
# and so did W": each names a (minority) shareholder of the company asked about.
_PUT_MONEY_IN = re.compile(
    r"\x00(\d+)(?:, [^,;]{1,40},)? (?:also )?(?:put in|put money in|invested|chipped in)\b"
    r"|\bso did \x00(\d+)",
    re.I,
)
# "A and B are also clients": customers named in the answer's later sentences; so are
# "Among them is A" and "They include A and B".
_ARE_CUSTOMERS = re.compile(
    r"^(\x00\d+(?:(?:,? and|,) \x00\d+)*) (?:are|is|were|was) (?:also |both |all |now )?"
    r"(?:(?:its|their) )?(?:[\w-]+ )?(?:customers|clients|tenants)\b(?! (?:of|at)\b)"
    r"|^(?:among them (?:is|are)|they include|these include) (\x00\d+(?:(?:,? and|,) \x00\d+)*)",
    re.I,
)


def answer_sentence(
    question: tuple[str, str], template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """Claims from an answer written as a sentence, in the few sentences after a question."""
    kind, about = question
    found: list[Found] = []
    if kind == "owner":
        control = _CONTROL_WITH.search(template)
        if control:
            found.append(
                _answered(mentions[int(control.group(1))], about, sentence, index, False, None)
            )
        part = _HOLDS_PART.match(template)
        if part:
            share = share_in(part.group(2))
            stake = share < 0.5 if share is not None else is_stake_phrase(part.group(2))
            found.append(
                _answered(mentions[int(part.group(1))], about, sentence, index, stake, share)
            )
        for put in (
            _PUT_MONEY_IN.finditer(template) if " in" in template or "so did" in template else ()
        ):
            holder = mentions[int(put.group(1) or put.group(2))]
            if holder.type in ORG:
                found.append(_answered(holder, about, sentence, index, True, None))
    elif kind == "customers":
        listed = _ARE_CUSTOMERS.match(template)
        for token in _ENT.findall(listed.group(1) or listed.group(2)) if listed else ():
            item = mentions[int(token)]
            if item.type in ORG and item.name != about:
                found.append(_rented(about, item.name, sentence, index))
    return [f for f in found if f.subject != f.object]


def _answered(
    owner: Mention, about: str, sentence: str, index: int, stake: bool, share: float | None
) -> Found:
    return Found(
        owner.name, about, "owns", "asserted", 0.55, sentence, index, stake, share, "answer"
    )


def controls(owner: str, owned: str, sentence: str, index: int, rule: str) -> Found:
    """Control read off a sentence's framing rather than a rule's pattern ("Google's cloud
    unit", "The facility's owner, X", an explainer's "Owner: X"): asserted, cue-strength."""
    return Found(owner, owned, "owns", "asserted", 0.6, sentence, index, False, None, rule)


def _rented(provider: str, renter: str, sentence: str, index: int) -> Found:
    """A rental read off an explainer's answer ("Who are its customers?", "Where does it rent?")."""
    return Found(
        provider,
        renter,
        "rents-capacity-to",
        "asserted",
        0.55,
        sentence,
        index,
        None,
        None,
        "answer",
    )


# Questions put to the interviewee ("Who are you up against?"): about the interview's topic
_ADDRESSED_QUESTIONS = (
    (
        "competes-with",
        re.compile(
            r"\bwho (?:else )?(?:are|do) you "
            r"(?:up against|compet(?:e|ing) (?:with|against)|fight)\b"
            r"|\bwho are your (?:[\w-]+ )?(?:rivals|competitors)\b"
            # "Who do you lose deals to?": the ones a company loses business to are rivals
            r"|\bwho (?:else )?(?:do|did) you (?:usually |most often |mostly )?lose "
            r"(?:(?:most |the most |big |large )?"
            r"(?:deals|bids|business|customers|tenders|contracts) )?to\b"
            # "Who else do you see as competition?"
            r"|\bwho (?:else )?do you (?:see|count|regard) as (?:your )?(?:[\w-]+ )?"
            r"(?:competition|rivals?|competitors?)\b",
            re.I,
        ),
    ),
    (
        "backers",
        re.compile(
            r"\bwho (?:owns you|are your (?:[\w-]+ )?(?:investors|backers|shareholders))\b", re.I
        ),
    ),
    (
        # "Who supplies your GPUs?", "Where do you get your compute?", "Who do you rent from?"
        "suppliers",
        re.compile(
            r"\bwho (?:supplies|provides|runs|hosts|powers) (?:you with |your )(?:[\w-]+ )?"
            rf"{_CAPACITY_NOUN}"
            r"|\b(?:where|how) do you (?:get|source|rent|buy|obtain) (?:your )?(?:[\w-]+ )?"
            rf"{_CAPACITY_NOUN}"
            r"|\bwho do you (?:rent|lease|buy) [^?]{0,40}?from\b"
            # "Where do you train your models?": "Almost all of it happens on X"
            r"|\bwhere (?:do|did|will) you (?:train|run|host|serve)\b",
            re.I,
        ),
    ),
)


def question(template: str, mentions: list[Mention], topic: str | None) -> tuple[str, str] | None:
    """ "Who owns Windsurf now?" -> ("owner", "Windsurf"): what the next sentence answers.

    "Who owns it?" asks about what the explainer is about: its topic; so does a question
    put to the interviewee ("Who are you up against?").
    """
    if topic and "you" in template:
        for kind, pattern in _ADDRESSED_QUESTIONS:
            if pattern.search(template):
                return kind, topic
    for kind, pattern in _QUESTIONS:
        match = pattern.search(template)
        if match:
            asked = mentions[int(match.group(1) or match.group(2))]
            if asked.surface.lower() in {"it", "its"} and topic:
                return kind, topic
            return kind, asked.name
    return None


def answer(
    question: tuple[str, str], template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """Claims from a short answer ("Mainly Anysphere and GitHub Copilot.") to a framed question."""
    kind, about = question
    if kind == "suppliers":
        named_as_source = [
            _rented(item.name, about, sentence, index)
            for token in _FROM_SUPPLIER.findall(template)
            if (item := mentions[int(token)]).name != about and item.type in ORG
        ]
        if named_as_source:
            return named_as_source
    match = _ANSWER.match(template)
    if match is None:
        return []
    found: list[Found] = []
    for token in _ENT.findall(_APPOSITIVE.sub("", match.group(1))):
        item = mentions[int(token)]
        if item.name == about or not (item.type in ORG or item.type in PRODUCT):
            continue
        if kind == "customers":
            if item.type in ORG:
                found.append(_rented(about, item.name, sentence, index))
        elif kind == "suppliers":
            # "Mostly Microsoft, and a local firm, X."; a chipmaker sells the GPUs, rents none
            if item.type in ORG and item.type != "ChipMaker":
                found.append(_rented(item.name, about, sentence, index))
        elif kind in {"competes-with", "rivals"}:
            found.append(
                Found(
                    about,
                    item.name,
                    "competes-with",
                    "asserted",
                    0.6,
                    sentence,
                    index,
                    None,
                    None,
                    "answer",
                )
            )
        elif kind == "backers":
            found.append(
                Found(
                    item.name, about, "owns", "asserted", 0.6, sentence, index, True, None, "answer"
                )
            )
        elif item.type in ORG or item.type == "Person":
            found.append(controls(item.name, about, sentence, index, "answer"))
    return found


def interviewed(spoken: list[bool], named: list[list[Mention]]) -> str | None:
    """The organisation an interview is with: the first one its headline or introduction
    names before the first question or answer ("Calvore AI's chief on compute ... Q: Do you
    own GPUs? A: We rent from Brumfield"). Its answers' "we" is that organisation even when
    they name a supplier more often than the introduction names the interviewee's firm.
    None when the article opens with its exchange (a transcript's "HOST: ... GUEST: ...").
    """
    for is_spoken, names in zip(spoken, named, strict=True):
        if is_spoken:
            return None
        org = next((m.name for m in names if m.type in ORG and m.kind != "coref"), None)
        if org is not None:
            return org
    return None


def topic_of(named: list[list[Mention]]) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, names in enumerate(named):
        for m in names:
            if m.type in ORG:
                counts[m.name] += 1
                first.setdefault(m.name, i)
    if not counts:
        return None
    return min(counts, key=lambda n: (-counts[n], first[n]))


_HEDGED = frozenset({"planned", "reported"})
_NOW = re.compile(r"\b(?:today|any ?more|no longer|currently)\b")


def _at(f: Found) -> tuple[str, str, str, int]:
    """A claim's triple and the sentence it was read in."""
    return (f.subject, f.relation, f.object, f.index)


def consistent(found: list[Found]) -> list[Found]:
    """Drop duplicates, the weaker direction of a pair read both ways, and a deal that a
    later sentence says was called off ("Update: X has since scrapped the lease")."""
    called_off: dict[tuple[str, str, str], int] = {}
    for f in found:
        # "..., and we are not a Google Cloud customer today": the present state ends it too
        if f.status == "denied" and (is_failure(f.sentence) or _NOW.search(f.sentence)):
            key = (f.subject, f.relation, f.object)
            called_off[key] = max(called_off.get(key, -1), f.index)
    if called_off:
        found = [
            f
            for f in found
            if f.status == "denied"
            or f.index >= called_off.get((f.subject, f.relation, f.object), -1)
        ]
    # "Asked about a report that X wanted to buy Y, Y said it was not in talks to sell itself
    # to X": a hedged claim that the same sentence denies is denied
    denied_here = {_at(f) for f in found if f.status == "denied"}
    if denied_here:
        found = [f for f in found if f.status not in _HEDGED or _at(f) not in denied_here]
    best: dict[tuple[str, str, str], float] = {}
    for f in found:
        if f.status == "denied":
            continue
        key = (f.subject, f.relation, f.object)
        best[key] = max(best.get(key, 0.0), f.confidence)
    seen: set[tuple[str, str, str, str, int]] = set()
    kept: list[Found] = []
    for f in found:
        if f.relation in {"rents-capacity-to", "owns", "rebrands-as"} and f.status != "denied":
            reverse = best.get((f.object, f.relation, f.subject), 0.0)
            if reverse > best[(f.subject, f.relation, f.object)]:
                continue
        key2 = (f.subject, f.relation, f.object, f.status, f.index)
        if key2 in seen:
            continue
        seen.add(key2)
        kept.append(f)
    return kept


def corrected(found: list[Found], asked: set[int], reach: int = 3) -> list[Found]:
    """Drop what an interviewer put to the guest ("HOST: So X bought Y.") when an answer in
    the next few sentences denies it ("X did not buy the company."): the host's paraphrase
    was a question the guest corrected, not a fact the transcript states."""
    if not asked:
        return found
    denied_at: dict[tuple[str, str, str], list[int]] = {}
    for f in found:
        if f.status == "denied":
            denied_at.setdefault((f.subject, f.relation, f.object), []).append(f.index)
    if not denied_at:
        return found
    return [
        f
        for f in found
        if f.status == "denied"
        or f.index not in asked
        or not any(
            f.index < at <= f.index + reach
            for at in denied_at.get((f.subject, f.relation, f.object), ())
        )
    ]


# "Those reports were wrong." / "That's not true.": a sentence that takes back the report
# or rumour just before it (an interviewee answering a question, a company responding).
REBUTTAL = re.compile(
    r"^[\"\u201c]?(?:(?:those|these|the|that|this|such|both|all) (?:[\w-]+ )?"
    r"(?:reports?|stor(?:y|ies)|rumou?rs?|claims?|speculation|accounts?|suggestions?)"
    r" (?:was|were|is|are|have been|has been|remains?)|(?:that|this|it)(?:'s|\u2019s| is| was))"
    r" (?:simply |just |completely |entirely |flatly |totally |absolutely )?"
    r"(?:wrong|false|untrue|not true|inaccurate|incorrect|baseless|unfounded|fiction|nonsense)\b"
    # "That headline had it backwards.": the report read the relation the wrong way round
    r"|^(?:those|these|the|that|this) (?:[\w-]+ )?(?:reports?|stor(?:y|ies)|headlines?|articles?)"
    r" (?:had|got|has|have) it (?:all )?(?:backwards|the wrong way (?:round|around)|wrong)\b",
    re.I,
)
_HEARSAY = re.compile(
    r"\b(?:reports?|reported|rumou?r\w*|speculat\w+|stor(?:y|ies)|headlines?)\b", re.I
)


def rebut(found: list[Found], index: int, reach: int = 3) -> None:
    """Deny the reported relations (or those of sentences about a report, rumour or story)
    of the few sentences before a rebuttal; a plan stated plainly stands."""
    for f in found:
        hedged = f.status == "reported" or _HEARSAY.search(f.sentence)
        if index - reach <= f.index < index and f.status != "denied" and hedged:
            f.status = "denied"


# "Pell Labs is not alone.", "It isn't the only one:": the names listed next do the same,
# its rivals ("not alone in renting from X" says something else, and is left unread)
NOT_ALONE_SUBJECT = re.compile(
    r"^\x00(\d+) (?:is|are|was|were)(?:n't| not) (?:alone|the only (?:one|company|firm|lab|"
    r"start-?up|player|provider|cloud|developer|maker))(?:[.!]?$|(?::|;| \u2014| --| -) )"
)
# "Corvane Labs, Tessin AI and Marro AI chase the same banks": a list opens the clause
_LIST_OPENS = re.compile(
    r"(?:(?:but|and|also|so) )?(\x00\d+(?:(?:,? and|,) \x00\d+)*),? "
    r"(?:also |too |all |both |each |now |already )?"
    r"(?!(?:said|says|say|told|added|declined|denied|did not|didn't|do not|don't)\b)[a-z]",
    re.I,
)


# "It never closed.", "The exclusivity period ran out and the agreement lapsed.": a deal the
# sentence names by pronoun or by its noun alone failed (the clause's subject opens the
# sentence or follows "and"; a sentence naming a company says which deal itself)
DEAL_UNDONE = re.compile(
    r"(?:^|\band )(?:but |however,? |in the end,? |then )?(?:it|the (?:[\w-]+ ){0,2}?"
    r"(?:deal|agreement|acquisition|takeover|purchase|merger|sale|transaction|talks|bid|offer))"
    r"(?: (?:was|were|had|has|have|then|later|eventually|ultimately|quickly|soon|itself))* "
    r"(?:never (?:closed|completed|happened|went through|went ahead)|collapsed|"
    r"fell (?:through|apart)|lapsed|broke down|came to nothing|"
    r"(?:was|were|been) (?:called off|abandoned|scrapped|terminated|cancell?ed|blocked|dropped))"
    # the failure ends its clause: "It never closed its Leeds office" is no failed deal
    r"(?=[.,;!]|$| (?:in|on|at|after|when|because|and|but|last|this|earlier|later|before)\b)",
    re.I,
)


def listed_rivals(
    rival_of: str, template: str, mentions: list[Mention], sentence: str, index: int, at: int = 0
) -> list[Found]:
    """ "Pell Labs is not alone: Corvane Labs and Tessin AI sell agents too": each name the
    clause opens on (from ``at``) is a rival of the one said not to be alone."""
    listed = _LIST_OPENS.match(template, at)
    if listed is None:
        return []
    clause = template[at:]  # the "not" of "is not alone" denies nothing of the list's
    status = status_of(clause, 0, len(clause))
    if status in {"hypothetical", "denied"}:
        return []
    return [
        Found(
            rival_of,
            m.name,
            "competes-with",
            status,
            0.55,
            sentence,
            index,
            None,
            None,
            "not-alone",
        )
        for token in _ENT.findall(listed.group(1))
        if (m := mentions[int(token)]).type in ORG and m.name != rival_of
    ]


# "Aldous Cloud rents GPUs to Pell Labs. Other customers include A and B.": more of the
# role the last sentence gave a party, of the same other party
OTHER_MEMBERS = re.compile(
    r"^Other (?:[\w-]+ )?(customers|clients|tenants|investors|backers|shareholders|rivals|"
    r"competitors) (?:[^\x00;,]{1,30} )?(?:include|including|are)[:,]? "
    r"(\x00\d+(?:(?:,? and|,) \x00\d+)*)"
)


def other_members(
    found: list[Found], template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """ "Other customers include A and B": customers of the one provider, backers of the one
    company or rivals of the one company the last sentence read that relation for."""
    listed = OTHER_MEMBERS.match(template)
    if listed is None:
        return []
    role = listed.group(1)
    relation = (
        "rents-capacity-to"
        if role in {"customers", "clients", "tenants"}
        else "competes-with"
        if role in {"rivals", "competitors"}
        else "owns"
    )
    last = [f for f in found if f.index == index - 1 and f.relation == relation]
    if relation == "owns":
        # the backers' company is the object of the stakes read just before
        ends = {f.object for f in last if f.status != "denied" and f.stake}
    else:
        ends = {f.subject for f in last if f.status != "denied"}
    if len(ends) != 1:
        return []
    end = ends.pop()
    claims: list[Found] = []
    for token in _ENT.findall(listed.group(2)):
        item = mentions[int(token)]
        if item.type not in ORG or item.name == end:
            continue
        s, o = (item.name, end) if relation == "owns" else (end, item.name)
        stake = True if relation == "owns" else None
        claims.append(
            Found(s, o, relation, "asserted", 0.55, sentence, index, stake, None, "other-members")
        )
    return claims


# "The first large customer for those machines is Kilnworth Labs": a customer whose
# provider the sentence before named
THE_CUSTOMER_IS = re.compile(
    r"^The (?:[\w-]+ ){0,3}?(?:customer|tenant|client)s? (?:(?:for|of|on|at|in) "
    r"(?:those|these|the|that|this|its|their) [^,;\x00]{1,30}? )?(?:is|was|are|were|has been|"
    r"will be) (?:now |also )?(\x00\d+(?:(?:,? and|,) \x00\d+)*)(?!'s)"
)
# "Tessa Data bought 2,400 GPUs and rents them by the hour": a sentence that lets capacity out
_LETS_OUT = re.compile(
    r"\b(?:rents?|leases?|lets?|hires?) (?:them|it|out|capacity|gpus|space|servers|clusters?)\b"
    r"(?! from\b)(?! (?:[\w-]+ ){0,3}?from\b)",
    re.I,
)


def the_customer_is(
    found: list[Found],
    template: str,
    mentions: list[Mention],
    sentence: str,
    index: int,
    previous: tuple[str, str] | None,
    last_sentence: str,
) -> list[Found]:
    """ "X rents them by the hour. The first large customer is Y": Y rents from the one
    provider of the last sentence's rentals, or from its subject if it let capacity out."""
    listed = THE_CUSTOMER_IS.match(template)
    if listed is None:
        return []
    providers = {
        f.subject
        for f in found
        if f.index == index - 1 and f.relation == "rents-capacity-to" and f.status != "denied"
    }
    if not providers and previous is not None and _LETS_OUT.search(last_sentence):
        providers = {previous[0]}
    if len(providers) != 1:
        return []
    provider = providers.pop()
    return [
        _rented(provider, item.name, sentence, index)
        for token in _ENT.findall(listed.group(1))
        if (item := mentions[int(token)]).type in ORG and item.name != provider
    ]


def undo(found: list[Found], index: int, reach: int = 3) -> None:
    """Deny the purchases, stakes and rentals of the few sentences before one that says, of
    no company by name, that the deal failed ("... agreed to buy X. It never closed.")."""
    for f in found:
        if (
            index - reach <= f.index < index
            and f.status != "denied"
            and f.relation in {"owns", "rents-capacity-to"}
        ):
            f.status = "denied"


# "A owns 80 percent of C. B holds the rest.": the second owner of the last share named
_THE_REST = re.compile(
    r"\x00(\d+) \u200b?(?:also )?(?:holds|owns|has|keeps|retains|controls|held|owned|kept) "
    r"the (?:rest|remainder|balance|remaining (?:shares|stake|equity))\b"
)


def holds_the_rest(
    template: str, mentions: list[Mention], found: list[Found], sentence: str, index: int
) -> list[Found]:
    """ "B holds the rest": B owns what is left of the company the last sentence gave a share of."""
    match = _THE_REST.search(template)
    if match is None:
        return []
    last = next(
        (
            f
            for f in reversed(found)
            if f.index == index - 1 and f.relation == "owns" and f.share is not None
        ),
        None,
    )
    holder = mentions[int(match.group(1))]
    if last is None or holder.name in (last.subject, last.object) or holder.type not in ORG:
        return []
    rest = round(1 - last.share, 4) if last.share is not None else None
    stake = rest is None or rest < 0.5
    return [
        Found(
            holder.name,
            last.object,
            "owns",
            "asserted",
            0.6,
            sentence,
            index,
            stake,
            rest,
            "the-rest",
        )
    ]
