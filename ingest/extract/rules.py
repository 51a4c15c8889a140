"""The offline, deterministic rule extractor.

Pipeline per article: clean and split the text (``_text``), find names
(``_entities``), resolve pronouns and epithets (``_coref``), match relation
rules over the sentence template (``_patterns``), and grade each match
(``_modality``). Article-wide checks then drop contradictions (a capacity deal
read in both directions keeps the better-supported one).

Example:
    >>> from ingest.models import Document
    >>> doc = Document(source="x.txt", text="Acme\\n\\nOpenAI rents GPUs from CoreWeave.")
    >>> [(c.subject, c.predicate, c.object) for c in RuleExtractor().extract(doc).claims]
    [('CoreWeave', 'rents-capacity-to', 'OpenAI')]
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache, partial

from ingest.extract._case import Recased, lower_case_twin, lowered
from ingest.extract._checks import indices, typed_direction, types_fit, usage_ok
from ingest.extract._coref import FRONTED, ArticleState, resolve, template_of
from ingest.extract._discourse import (
    DEAL_UNDONE,
    INLINE_LABEL,
    NOT_ALONE_SUBJECT,
    ORG,
    PRODUCT,
    REBUTTAL,
    SECTION,
    Found,
    answer,
    answer_sentence,
    consistent,
    controls,
    corrected,
    holds_the_rest,
    interviewed,
    labelled_item,
    listed_rivals,
    other_members,
    question,
    rebut,
    section_item,
    the_customer_is,
    topic_of,
    undo,
)
from ingest.extract._entities import Mention, find_mentions, mid_sentence_capitals
from ingest.extract._headings import FRAGMENT_OPENERS, heading_company, with_subject
from ingest.extract._modality import (
    APPOSITIVE_END,
    is_stake_phrase,
    scaled_confidence,
    share_in,
    status_of,
)
from ingest.extract._patterns import CN, Rule, rules_for
from ingest.extract._rulebase import POSSESSIVE_TOKEN
from ingest.extract._rules_implicit import WORK_OWNED_BEFORE
from ingest.extract._sets import (
    MEMBER_HEADS,
    MEMBER_OPENERS,
    RoleSet,
    counted_for,
    members_of,
    pair_as_subject,
    shared_partner,
)
from ingest.extract._sites import lessor_by_site, town_sites, without_towns
from ingest.extract._text import Segment, segments
from ingest.extract.base import Extraction
from ingest.models import Claim, Document, Entity
from ingest.resolve import Gazetteer, load_gazetteer

_LOG = logging.getLogger(__name__)
_ENT = re.compile(r"[\x00\x01](\d+)")
_FORMER_WORDS = (
    r"\b(?:formerly|previously|once known as|n\u00e9e|then called|"
    r"(?:known|called) until [\w ]{1,20}? as)"
)
_FORMER_NAME = re.compile(rf"{_FORMER_WORDS}\s+(?:known as\s+|called\s+)?$", re.I)
_FORMER_ANYWHERE = re.compile(_FORMER_WORDS, re.I)  # needed by _FORMER_NAME: rarely there
# one of these words is in every lower-cased text _FORMER_ANYWHERE finds a cue in
_FORMER_LITERALS = ("formerly", "previously", "once known as", "n\u00e9e", "then called", "until")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:by|of|from|with|to|for|at|on|than|against|via|through|into|onto|in|behind)\s+(?:the\s+)?$",
    re.I,
)
_PREPOSITION_BEFORE_LOWER = lower_case_twin(_PREPOSITION_BEFORE)  # re.I cannot skip ahead
_RELATIVE_AFTER = re.compile(r"\x00\d+, (?:which|who|whose|that)\b")
# "<X> and owns ...", "<X> in 2023 and last year took ...", "sold <X> but kept a stake in it":
# X ends an earlier verb's object
_COORDINATED_AT = re.compile(
    r"\x00\d+(?: (?:in|on|at|since|during|last|this|earlier|later) [^,;\x00]{1,25}?)?"
    r",? (?:and|but) (?!\x00)"
)
# A stake sold to a buyer: "sold a stake" is a failure cue for the seller's holding only
_STAKE_SALES = frozenset({"sold-stake-to", "sold-own-stake-to"})
# Rules whose own pattern reads a fronted aside ("Unlike rivals A and B, X ..."): its names
# are parties to what those rules find, not bystanders
_READS_THE_ASIDE = frozenset({"fronted-rivals"})
_POSSESSIVE_AT = re.compile(r"\x00\d+'s\b")
# "its former rival Y": the rivalry a taps-rival match names is over
_FORMER_RIVAL = re.compile(
    r"\b(?:former|onetime|one-time|erstwhile|ex-|old|previous|past) (?:rival|competitor)s? $"
)
_NAMED_AS = re.compile(
    r"\b(?:called|named|renamed|rebranded|rechristened|known as|name to|name as|"
    r"(?:renamed|rebranded|renaming|rebranding) (?:as|to))\s+$"
)
# "Galloway Hashing, which became Galloway Compute": the second full name is the current
# one, so the article's later "Galloway" is the company under its new name
_RENAMED_BETWEEN = re.compile(
    r"^,? (?:which |who )?(?:(?:later|since|then|has|had|eventually) )?(?:became|now|is now|"
    r"renamed|rebranded|changed its name to|took the name|adopted the name)\b"
)
# Nationality adjectives open names ("Scottish National Investment Bank") but alone they
# describe ("its Scottish headquarters"): never a short form of a name.
# Names end in "-ian" and "-ic" too ("Meridian", "Periodic Labs"): those demonyms are listed.
_DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ish|ese|ean)|Arabic|Baltic|Nordic|Icelandic|Celtic|Slavic|Hispanic|"
    r"Germanic|Arctic|Atlantic|Pacific|Adriatic|Dutch|French|Swiss|Thai|Greek|Czech|"
    r"(?:Canad|Ital|Norweg|Austral|Ind|Brazil|Russ|Austr|Belg|Hungar|Roman|Ukrain|Egypt|Niger|"
    r"Indones|Malays|Iran|Syr|Jordan|Eston|Latv|Lithuan|Croat|Serb|Bulgar|Sloven|Slovak|Georg|"
    r"Armen|Californ|Florid|Bavar|Paris|Argentin|Colomb|Peruv|As|Arab|Pers|Palestin|Tunis|"
    r"Alger|Ethiop|Scandinav|Macedon|Mongol|Boliv|Venezuel|Ecuador|Nicaragu|Cambod)ian"
)
# Typed rules whose own words say the deal is for capacity: "a compute deal between", "a lease".
_CAPACITY_DEALS = frozenset({"deal-between", "lease-with"})
_STRICT_CAPACITY = re.compile(
    r"\b(?:capacity|compute|computing|gpus?|cloud|data[- ]cent(?:re|er)s?|lease|leasing|hosting)\b",
    re.I,
)
_COMPUTE_BEFORE = re.compile(rf"\b{CN} $", re.I)
# "X's proposed takeover of Y(, announced in March,) closed in May": the plan was carried out
_COMPLETED_AFTER = re.compile(
    r"(?:,[^,;\x00]{1,60},)? (?:was |has |had |has been |had been |finally |formally |quietly )*"
    r"(?:closed|completed|finali[sz]ed|went through)\b"
)
_MARKET_SHARE_HOLDERS = frozenset({"ChipMaker", "CloudProvider"})
# Words that make a bare percentage a holding: the holder is a backer, the company raised money
_STAKE_CONTEXT = re.compile(
    r"\b(?:backers?|backed|investors?|shareholders?|stakes?|funded|funding|raised|raises|"
    r"round|valuation|valued|owners?|founders?|spun out|spin-?off)\b",
    re.I,
)
_MOVES_WORK = frozenset({"run-on", "move-to"})
_WORK_OF_ANOTHER = re.compile(
    r"\x00(\d+)'s (?:[\w-]+ ){0,2}?(?:services|workloads?|models?|training|inference|apps|"
    r"applications|products|systems|chatbots?|assistants?|data|computing)\b"
)
_OWNED_HARDWARE_BEFORE = re.compile(r"(?:\x00\d+'s|\b(?:its|their)) (?:[\w-]+ )?$")
_SALE = re.compile(r"\b(?:sold|sells|selling|agreed to sell|is selling|will sell)\b")
_ASIDE_THEN_RELATIVE = re.compile(r",[^,;\x00]{1,80}\x00\d+, (?:which|who|that)\b")
# "X, the company that was spun out of Y in 2024, has agreed to ...": Y is inside the
# relative clause of X's appositive, which the comma after Y closes; the verb is X's
_RELATIVE_IN_APPOSITIVE = re.compile(
    r"\x00\d+, (?:the|an?) [^,;]{1,80}?\b(?:that|which|who)\b[^,;]{1,100}$"
)
_CLOSES_AT_COMMA = re.compile(
    r"(?: (?:in|on|at|during|since|last|this|earlier) [^,;\x00]{1,20})?, "
)
# The heads below end in these letters; the literal " <mark>" first lets re skip to names.
_DESCRIBED_HINT = re.compile(r" \x00(?<=(?:up|ab|ny|rm|er|or|ud|nk) \x00)")
# ... but not "Veloce Logic, the Italian start-up Brennan acquired in 2024": after a
# comma, a name that a past-tense verb follows opens a relative clause about the first.
_DESCRIBED_NAME = re.compile(
    r"[Tt]he (?:[\w-]+ |\x01\d+ ){0,3}?(?:start-?up|lab|company|firm|developer|provider|maker|"
    r"chipmaker|designer|operator|neocloud|group|investor|bank) (?=\x00(\d+)(?!'s))"
)
_RELATIVE_VERB_AFTER = re.compile(
    r"\x00\d+ (?:[a-z]+ed|bought|built|took|won|sold|made|spun|had)\b"
)


def _renamed_just_before(text: str, names: list[Mention], i: int, old: str) -> bool:
    """Whether names[i] follows the name ``old`` in a renaming ("old, now called new")."""
    before = names[i - 1] if i else None
    return (
        before is not None
        and before.name == old
        and _RENAMED_BETWEEN.match(text[before.end : names[i].start]) is not None
    )


def _glued_names(named: list[list[Mention]]) -> frozenset[str]:
    """New names that run two other new names together, as a title-case headline does
    ("Oriel Labs Selects Tessarine Compute"): never the full form of a short name."""
    full = {m.name for names in named for m in names if m.kind == "new" and " " in m.name}
    long = [n for n in full if n.count(" ") >= 3]  # two full names take four words at least
    if not long:
        return frozenset()
    return frozenset(
        n
        for n in long
        if any(n.startswith(f"{o} ") for o in full if o != n)
        and any(f" {o} " in f"{n} " for o in full if o != n)
    )


def _drop_description(match: re.Match[str], mentions: list[Mention]) -> str:
    """The description before a name goes, unless it follows a comma and a verb follows the
    name: then the name opens a relative clause about the name before the comma. A pronoun
    is described by nothing: "the company we run into most" keeps its words."""
    text = match.string
    if text.endswith(", ", 0, match.start()) and _RELATIVE_VERB_AFTER.match(text, match.end()):
        return match.group()
    if mentions[int(match.group(1))].surface.lower() in _FIRST_PERSON:
        return match.group()
    return ""


_FIRST_PERSON = frozenset({"we", "us", "our", "ours"})


_SITE_NOUN = re.compile(
    r"(\x00(\d+)) (?:data cent(?:re|er)|campus|cluster|supercomputer|facility|site)(?=, )"
)


def _sites_as_subjects(template: str, mentions: list[Mention]) -> str:
    """ "The <i> data centre, owned by X," reads "The <i>, owned by X," for a site <i>."""
    return _SITE_NOUN.sub(
        lambda h: h[1] if mentions[int(h[2])].type == "DataCenter" else h[0], template
    )


_REBUTTAL_INITIALS = frozenset('"\u201cTtSsBbAaIi')  # what a REBUTTAL can start with
_EXAMPLES_AS_SUBJECT = re.compile(
    r"^[A-Z][^\x00,;]{0,40}?, (?:including|such as) "
    r"(\x00\d+(?:(?:,| and|, and) \x00\d+)*), (?=[a-z])"
)
_QUOTED_NAME = re.compile(r"[\"\u201c](\x00\d+)[\"\u201d](?!,)")
_APPOSITIVE_SUBJECT = re.compile(
    r", (?<=[a-z], )(\x00\d+), "  # the literal first: re skips to each ", "
    r"(?=(?:has|have|had|is|are|was|were|will|would|also|now|still|[a-z]{2,}(?<!\bthis)s|[a-z]+ed"
    # the irregular past: "A second investor, Orrin, took a stake"
    r"|bought|took|sold|won|lost|paid|made|built|ran|began|got|kept|held|led|left|became|"
    r"struck|spent|brought|chose|grew|gave|sought|put|set|cut|let)\b)"
)
# After a name read as a rename's new name, more of the name: "Gemini for Google Workspace",
# "Amazon Q Developer" (a month or weekday that follows is a date, not the name)
_NAME_GOES_ON = re.compile(
    r" (?:for )?(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
_RAISER_ELSEWHERE = frozenset({"led-round", "led-round-joined-by"})
_CO_INVESTOR = re.compile(
    r"\x00\d+ (?:also )?(?:joined|participated|took part|invested|chipped in|put in|followed)\b"
    r"|(?:and|with|while) (?:\x00\d+(?:,? and |, ))*\x00\d+ (?:also )?"
    r"(?:joining|participating|taking part|investing)\b"
    # "led the round, alongside X and Y": co-investors, not companies raising the money
    r"|\b(?:alongside|together with|along with) (?:\x00\d+(?:,? and |, ))*\x00\d+"
)
_RELATIVE_HEAD = re.compile(r"\x00(\d+), (?:which|who)\b")
_RELATIVE_SUBJECT = re.compile(r", (?:which|that|whom) $")
_VERB_COORDINATED = re.compile(
    r"\x00\d+(?: [^\x00;,]{0,40}?)? "
    r"(?:and (?:then |later |also )?[a-z]+ed|(?:before|after|while|by) [a-z]+ing)\b"
)
_UNIT_NAME = re.compile(
    r"\b(?:Labs?|Technologies|Systems|Group|Holdings|Capital|Ventures|Networks|Robotics|"
    r"Computing|Cloud|Compute|Digital|Semiconductor|Intelligence|Research)$"
)
_CLAUSE_BREAK = re.compile(r", (?:and|but|while|whereas) ")
# Rules whose missing object is what the paragraph is about, never another name in the sentence.
# "takes on Intel's Xeon line": the possessor of a product line is the rival
_PRODUCT_LINE_AFTER = re.compile(
    r" (?:line|lines|range|family|series|lineup|chips|processors|parts|products)\b"
)
_POSSESSOR_TOKEN = re.compile(r"\x00(\d+)'s $")


def _line_maker(template: str, index: int, sentence: str, mentions: list[Mention]) -> int:
    """The possessor's index for an object read as "<X>'s <Y> line", else the object's own."""
    if not _PRODUCT_LINE_AFTER.match(sentence, mentions[index].end):
        return index
    at = template.find(f"\x00{index}")
    owner = _POSSESSOR_TOKEN.search(template, max(0, at - 8), at) if at > 0 else None
    return int(owner.group(1)) if owner is not None else index


# A new clause between "bought" and a name: the name is not what was bought
# (a modal opens a verb of its own: "X bought in May will trade under the name Y")
_CLAUSE_IN_GAP = re.compile(
    r"\b(?:which|who|whom|whose|where|after|before|because|while|will|would|shall)\b"
)
# "X is not alone.", "X isn't the only one.": the next sentence lists X's rivals
_NOT_ALONE = re.compile(r"\b(?:is|are|was|were)(?:n't| not) (?:alone|the only)\b")
_PARAGRAPH_OBJECT = frozenset(
    {
        "stake-no-object",
        "share-no-object",
        "investor-no-object",
        "is-investor-bare",
        "took-part-no-object",
        "gives-stake-no-object",
        "into-the-round-no-object",
    }
)
# Rules whose missing renter is the story's company when the sentence names none.
_TOPIC_USES = frozenset({"work-served-by"})
_RENT_WORDS = re.compile(r"\b(?:rent\w*|leas\w*|capacity|cloud)\b", re.I)
_PARENT_RULES = frozenset(
    {"subsidiary-of", "the-x-subsidiary", "x-subsidiary-y", "appositive-parent"}
)
_NOT_OWNERSHIP_MID = re.compile(
    r"\b(?:from|on|at|capacity|compute|computing|chips?|gpus?|servers|power|rights?|licen[cs]e|time|talent|staff|team)\b"
    # "agreed to buy the robotics division of X": a part of X, not X
    r"|\b(?:division|unit|arm|assets|operations) of\b",
    re.I,
)
# "two former DeepMind researchers": people, not the lab, act in the sentence
_PEOPLE = r"researchers|employees|staff|engineers|executives|alumni|veterans|founders|staffers"
# "H100 and B200 capacity", "Nvidia or AMD GPUs": a list of chip names is a modifier too
_CHIP_GOODS_AFTER = re.compile(
    r"(?:(?:,|/|\s+(?:and|or|&))\s*[A-Z][\w-]*)*"
    r"\s+(?:(?:[A-Z][\w-]*\s+)*(?i:chips?|gpus?|processors?|systems?|hardware|servers?|graphics|"
    rf"accelerators?|architectures?|superchips?|capacity|compute|clusters?|instances|racks?)|{_PEOPLE})\b"
)
_TOWN_SITE_AFTER = re.compile(
    r" (?:facility|campus|site|building|plant|data cent(?:er|re)|hall)s?\b", re.I
)
_TOWN_SITE_BEFORE = re.compile(
    r"(?:^|('s |\b(?:its|their) )|\b(?:the|a|an) )(?:(?:new|old|older|newest|first|second|third|"
    r"planned|flagship|main|existing) )?$",
    re.I,
)
_HARDWARE_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][\w-]*\s+)*(?i:chips?|gpus?|processors?|systems?|hardware|servers?|graphics|"
    rf"accelerators?|architectures?|superchips?)|{_PEOPLE})\b"
)


class RuleExtractor:
    """Regex and gazetteer based extractor: fast, offline, deterministic."""

    name = "rules"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()

    def extract(self, document: Document) -> Extraction:
        """Claims and entities of one document, in sentence order."""
        segs = segments(document.text)
        mid = mid_sentence_capitals([s.text for s in segs])
        state = ArticleState(self.gaz)
        named = [find_mentions(self.gaz, s.text, mid) for s in segs]
        # "Oakhurst" is "Oakhurst Cloud" when the article says both, before or after
        short: dict[str, str] = {}
        full_types: dict[str, str] = {}  # "Pecos Compute" says what "the Pecos campus" is run by
        glued = _glued_names(named)
        vouched: set[str] = set()
        for seg, names in zip(segs, named, strict=True):
            for i, m in enumerate(names):
                if m.kind == "new" and m.start == 0 and " " not in m.name and m.type != "Person":
                    # "Glenrock and Lambda are ...": an opener a cue vouched for once vouches
                    # for itself in the article's other sentences ("Glenrock is the one ...")
                    vouched.add(m.name)
                if (
                    (m.kind == "new" or m.kind == "name")
                    and " " in m.name
                    and m.type != "Person"
                    and m.name[0].isalpha()
                    and m.name not in glued
                ):
                    first = m.name.split(" ", 1)[0]
                    # "Periodic Labs ... Periodic emerged": a known name's first word is its
                    # short form too, unless that word names something of its own (Google)
                    if not _DEMONYM.fullmatch(first) and (
                        m.kind == "new" or self.gaz.type_of(first) is None
                    ):  # "Scottish headquarters" names no bank
                        # the first full name wins: a later one is often the old name ...
                        if short.setdefault(first, m.name) != m.name and _renamed_just_before(
                            seg.text, names, i, short[first]
                        ):
                            short[first] = m.name  # ... unless the text says it is the new one
                        if m.type != "Company":
                            full_types.setdefault(m.name, m.type)
        vouched -= mid.union(short)
        if short or vouched:  # "Glenmoor also leases ...": a short form may open a sentence too
            known = mid | frozenset(short) | vouched
            named = [
                find_mentions(self.gaz, seg.text, known)
                if (
                    (opener := seg.text.split(" ", 1)[0].rstrip(",;:")) in short
                    or opener in vouched
                )
                and not any(m.start == 0 for m in n)
                else n
                for seg, n in zip(segs, named, strict=True)
            ]
            for seg, names in zip(segs, named, strict=True):
                later = {n.name: n.start for n in reversed(names)}  # each name's first place
                for m in names:
                    if (
                        m.kind == "new"
                        and m.name in short
                        and not _NAMED_AS.search(seg.text, max(0, m.start - 30), m.start)
                        # "Graniteview will rename its unit Graniteview Hosting": a short form
                        # before its full name in one sentence is another firm
                        and later.get(short[m.name], -1) < m.start
                    ):
                        m.name = short[m.name]  # but "changed its name to Halvard" names anew
                        m.type = full_types.get(m.name, m.type)
        _people_by_surname(named)
        host = _call_host(document.text, self.gaz, mid)
        topic = host.name if host is not None else topic_of(named)
        state.topic = topic
        if host is None and any(seg.spoken for seg in segs):
            state.interviewed = interviewed([s.spoken or s.asked for s in segs], named)
        if host is not None and host.kind == "new" and host.type != "Company":
            state.cued.setdefault(host.name, host.type)  # its name's cue: "Harlow Compute"
        found: list[Found] = []
        learned_types: dict[str, str] = {}
        section: re.Match[str] | None = None
        framed: tuple[str, str] | None = None
        framed_at = 0  # the index of the sentence that answers the framing question first
        asked_at = 0  # the same for state.asked, the one company a question asked about
        towns: set[str] = set()  # one-word names that have named a site's town, not a firm
        carry: tuple[str, str] | None = None  # "its own facilities." -> "Those include A and B."
        pair: tuple[str, str, int] | None = None  # "A and B have ..." -> "C competes with both"
        duo: tuple[list[Mention], int, str] | None = None  # the last sentence's mentions
        alone: tuple[str, int] | None = None  # "X is not alone." -> "A and B sell them too."
        counted: RoleSet | None = None  # "Two providers supply X." -> "One is A. The other"
        heading: str | None = None  # "Kestrel Robotics: the essentials" over its items
        surfaces: dict[str, set[str]] = {}
        types: dict[str, str] = {}
        index = 0
        asking = False  # the last question was put to the interviewee ("you")
        put_to_guest: set[int] = set()  # what an interviewer stated ("HOST: So X bought Y.")
        interview = False  # some question has been put to "you": the questions are an interview's
        for seg, names in zip(segs, named, strict=True):
            for m in names:  # a new name keeps the type its first cue gave it
                if m.kind == "new":
                    if m.type == "DataCenter" and learned_types.get(m.name) == "Product":
                        # "Polaris Forge 1": the digit only guessed a product; a site cue knows
                        learned_types[m.name] = types[m.name] = m.type
                    elif m.type != "Company":
                        learned_types.setdefault(m.name, m.type)
                    m.type = learned_types.get(m.name, m.type)
            evidence = None
            # "Pell signed a deal with Corvane. Both companies rent from X": the last sentence's
            # two parties, when no pair opened it
            two_named = (
                _two_parties(duo[0])
                if duo is not None
                and duo[1] == index - 1
                and seg.text.startswith(_COUNTED_OPENERS)
                and (pair is None or pair[2] != index - 1)
                else None
            )
            if (
                heading is not None
                or (pair is not None and pair[2] == index - 1)
                or two_named is not None
            ):
                subjected = None
                if heading is not None and seg.text.startswith(FRAGMENT_OPENERS):
                    # "- Runs its models on Ironleaf Cloud" under "Kestrel Robotics: ...":
                    # read as the heading's company's sentence, however short the line
                    subjected = with_subject(seg.text, heading)
                if subjected is None and pair is not None and not seg.header:
                    # "A and B are both backed by C. They also rent from D.": A and B rent
                    subjected = pair_as_subject(seg.text, (pair[0], pair[1]))
                if (
                    subjected is None
                    and two_named is not None
                    and not seg.header
                    and not _PAIR_COMPETES.match(seg.text)  # read below, with "long competed"
                ):
                    subjected = pair_as_subject(seg.text, two_named, counted_only=True)
                if subjected is not None:
                    # the claims keep the line as written for their evidence
                    evidence, first_found = seg.text, len(found)
                    seg = Segment(subjected, spoken=seg.spoken)
                    named_here = (
                        heading or "",
                        *(pair[:2] if pair is not None else ()),
                        *(two_named or ()),
                    )
                    known = frozenset(w for name in named_here for w in name.split())
                    names = find_mentions(self.gaz, subjected, mid | known)
                    for m in names:
                        if m.kind == "new":
                            m.type = learned_types.get(m.name, m.type)
            if seg.header:
                if ": " in seg.text[:40] and (listed_for := heading or topic):
                    # "Compute provider: Tamsin Cloud": a fact box's line is no mere heading
                    header_template = template_of(seg.text, names)
                    label = INLINE_LABEL.match(header_template)
                    if label is not None:
                        listed_type = self._type(listed_for, types)
                        found.extend(
                            labelled_item(
                                label,
                                header_template,
                                names,
                                seg.text,
                                index,
                                listed_for,
                                listed_type,
                            )
                        )
                heading = heading_company(seg.text, names, heading)
                asking = False
                state.remember(names)
                state.section_start = not any(m.type in ORG for m in names)
                section = SECTION.match(seg.text.strip())
                framed = None  # a new section answers no earlier question
                continue
            if state.asked is not None and index - asked_at > 1:
                state.asked = None  # a question's answer is the next sentence or two
            if seg.text.rstrip().endswith("?"):
                # "Where do you train?": the answers that follow are the interviewee's, whose
                # "we" is the organisation the interview is about (as under a speaker label)
                # once the article has put a question to "you" ("You renamed the company. Why?"
                # puts one too), its later questions are put to the same person ("Who owns the
                # company now?", "How big?"): the answers stay theirs
                interview = (
                    interview
                    or _ADDRESSED.search(seg.text) is not None
                    or _PROMPT.match(state.last_sentence) is not None
                )
                asking = interview
                # a question asserts nothing, but "Who owns X?" frames the answer that follows
                asked = resolve(state, seg.text, names)
                about = {m.name for m in asked if m.type in ORG and m.kind != "coref"}
                state.asked, asked_at = (about.pop() if len(about) == 1 else None), index
                framed = question(template_of(seg.text, asked), asked, state.interviewed or topic)
                framed_at = index
                state.remember(names)
                continue
            if (
                len(seg.text) < 90  # a rebuttal is a short sentence of its own
                and seg.text[:1] in _REBUTTAL_INITIALS
                and REBUTTAL.match(seg.text)
            ):
                rebut(found, index)  # "Those reports were wrong."
            if (
                len(seg.text) < 120
                and not any(m.type in ORG for m in names)
                and _UNDONE_HINT.search(seg.text)
                and DEAL_UNDONE.search(seg.text)
            ):
                undo(found, index)  # "... agreed to pay $3 billion for X. It never closed."
            state.answering = seg.spoken or asking
            if seg.asked:
                put_to_guest.add(index)
            mentions = resolve(state, seg.text, names)
            if mentions and seg.text.startswith("It ") and _RENAMED_PASSIVE.match(seg.text):
                _renamed_is_the_bought(mentions[0], found, index, state)
            for m in mentions:  # "the company" keeps the type the name's own cue gave it
                if m.kind == "coref" and m.name in learned_types and not self.gaz.type_of(m.name):
                    m.type = learned_types[m.name]
            mentions = [
                m
                for i, m in enumerate(mentions)
                if not self._is_modifier(seg.text, m, towns)
                and not (m.type == "Place" and _place_modifier(seg.text, m, mentions[i + 1 :]))
            ]
            template = template_of(seg.text, mentions)
            if "' " in template:
                template = _plural_possessives(template, mentions)
            if '"\x00' in template or "\u201c\x00" in template:
                template = _QUOTED_NAME.sub(r"\1", template)  # 'calls itself "Moth" has agreed'
            if "\x00" in template and any(m.type == "DataCenter" for m in mentions):
                # "The Borealis data centre, owned by X, runs work for Y": the site is the subject
                template = _sites_as_subjects(template, mentions)
            if ", which " in template or ", who " in template:
                # "owns Avride, which builds robots, and TripleTen": the clause, naming no one,
                # sits inside a list whose items the rules read as one
                template = _RELATIVE_IN_LIST.sub(r"\1 and ", template)
            if ", including \x00" in template or ", such as \x00" in template:
                # "Three AI labs, including A and B, rent space from X": A and B rent it
                template = _EXAMPLES_AS_SUBJECT.sub(r"\1 ", template)
            if _DESCRIBED_HINT.search(template):
                # "to the coding start-up Dovetail": the description before a name is the name's
                template = _DESCRIBED_NAME.sub(
                    partial(_drop_description, mentions=mentions), template
                )
            if ", \x00" in template:
                # "Its smaller rival, Fennick AI, has leaned on Azure": the name is the subject
                # the comma becomes a zero-width space: the verb rules read on, and a hedge
                # after it ("..., plans to list the unit") stays out of the aside's own claims
                template = _APPOSITIVE_SUBJECT.sub(", \\1 " + APPOSITIVE_END, template)
            state.learn(template, mentions)
            for m in mentions:
                surfaces.setdefault(m.name, set()).add(m.surface)
                types.setdefault(m.name, m.type)
            found.extend(self._match(template, mentions, seg.text, index, state, topic))
            if template.startswith("Other "):
                found.extend(other_members(found, template, mentions, seg.text, index))
            elif template.startswith("The ") and (
                "customer" in template or "tenant" in template or "client" in template
            ):
                found.extend(
                    the_customer_is(
                        found,
                        template,
                        mentions,
                        seg.text,
                        index,
                        state.previous_subject,
                        state.last_sentence,
                    )
                )
            if alone is not None and alone[1] == index - 1:
                # "Pell Labs is not alone. Corvane Labs and Tessin AI sell agents too."
                found.extend(listed_rivals(alone[0], template, mentions, seg.text, index))
            alone = None
            if "alone" in template or "the only" in template:
                lone = NOT_ALONE_SUBJECT.match(template)
                if lone is not None and (one := mentions[int(lone.group(1))]).type in ORG:
                    if lone.end() < len(template):  # "... is not alone: A and B ..."
                        found.extend(
                            listed_rivals(one.name, template, mentions, seg.text, index, lone.end())
                        )
                    else:
                        alone = (one.name, index)
            if template[:3] in MEMBER_HEADS and template.startswith(MEMBER_OPENERS):
                # "Two providers supply X. One is A. The other, B, ...": a set counted just
                # before, and its members
                counted = counted_for(counted, duo, index)
                if counted is not None:
                    found.extend(members_of(counted, template, mentions, seg.text, index))
            paired = " and \x00" in template
            if paired:
                # "A and B share a cloud provider, C"
                found.extend(shared_partner(template, mentions, seg.text, index))
            if "\x01" in template and ("'s \x01" in template or " the \x01" in template):
                found.extend(town_sites(self.gaz, template, mentions, seg.text, index, types))
            if carry:
                found.extend(_carried(carry, template, mentions, seg.text, index))
            if "the re" in template or "the balance" in template:
                found.extend(holds_the_rest(template, mentions, found, seg.text, index))
            carry = _carry_of(template, mentions)
            if pair and index - pair[2] <= 2:
                found.extend(_with_both(pair, template, mentions, seg.text, index))
            if (
                duo
                and duo[1] == index - 1
                and ("two " in template or "both" in template or "pair " in template)
                and not (pair and index - pair[2] <= 2)
            ):
                # "X would have owned Y. Instead the two companies remain rivals."
                parties = _two_parties(duo[0])
                if parties is not None:
                    last_pair = (parties[0], parties[1], index - 1)
                    found.extend(
                        _pair_competes(last_pair, template, seg.text, index, subject_only=True)
                    )
                    if "both" in template:
                        # "... choose between A and B. C, which competes with both, ...": the
                        # last sentence's only two parties, even when they are not its subject
                        found.extend(
                            _competes_with_both(last_pair, template, mentions, seg.text, index)
                        )
            duo = (mentions, index, template)
            coordinated = _PAIR_SUBJECT.match(template) if paired else None
            if coordinated:
                one, other = (mentions[int(i)] for i in coordinated.groups())
                if one.type in ORG and other.type in ORG and one.name != other.name:
                    pair = (one.name, other.name, index)
            if framed:
                # the first sentence may be a bare list; the next few may answer in sentences
                if framed_at == index or template.startswith(("Also ", "And ", "Plus ")):
                    found.extend(answer(framed, template, mentions, seg.text, index))
                found.extend(answer_sentence(framed, template, mentions, seg.text, index))
                if index - framed_at >= 2:
                    framed = None
            if section and topic:
                found.extend(
                    section_item(
                        self.gaz, section.group(1), template, mentions, seg.text, index, topic
                    )
                )
            elif (
                ": " in template[:40]
                and (listed_for := heading or topic)
                and (label := INLINE_LABEL.match(template))
            ):
                listed_type = self._type(listed_for, types)
                found.extend(
                    labelled_item(
                        label, template, mentions, seg.text, index, listed_for, listed_type
                    )
                )
            # "The inference platform, which serves Anysphere, closed a round": a subject the
            # article names only by description; the names in its relative clause are not it
            tied = template.startswith(_TIED_OPENERS) and _RELATIVE_OF_NAMED.match(template)
            state.remember(
                mentions,
                subject_first=not (
                    tied or (template.startswith("The ") and _DESCRIBED_SUBJECT.match(template))
                ),
            )
            if tied and topic:
                # "The former Yandex parent now ...": not Yandex; the story's own company
                state.previous_subject = (topic, state.types(topic, "Company"))
            # "A and B also took part. The company ...": after a sentence that names only
            # the round's other investors, the company meant next is the one they backed
            # (not after "Google is also an investor.", whose "It ..." goes on about Google)
            stakes = []
            for f in reversed(found):  # this sentence's claims are the last ones
                if f.index != index:
                    break
                if f.rule == "took-part-no-object":
                    stakes.append(f)
            if stakes and state.previous_subject:
                here = {m.name for m in mentions if m.type in ORG}
                backed = {f.object for f in stakes}
                if len(backed) == 1 and here <= {f.subject for f in stakes} and not here & backed:
                    name = backed.pop()
                    state.previous_subject = (name, state.types(name, "Company"))
            state.section_start = False
            state.last_sentence, state.last_mentions = seg.text, mentions
            if evidence is not None:
                for f in found[first_found:]:
                    f.sentence = evidence
            elif (
                len(seg.text) < 60
                and not seg.text.endswith((".", "!", "?", '"'))
                and seg is not segs[0]
            ):
                # "Tessel Cloud at a glance": a line long enough to be read heads the lines
                # below it as well as a header does; the article's own title heads nothing
                heading = heading_company(seg.text, mentions, None) or heading
            index += 1
        found = corrected(found, put_to_guest)
        kept = without_towns(consistent(found), types, state, document.text)
        # asked once, not per claim: a run rarely logs at debug level
        for f in kept if _LOG.isEnabledFor(logging.DEBUG) else ():
            _LOG.debug(
                "%s %s %s: %s %s %s",
                document.source,
                f.rule,
                f.status,
                f.subject,
                f.relation,
                f.object,
            )
        claims = tuple(
            Claim(
                subject=f.subject,
                predicate=f.relation,
                object=f.object,
                status=f.status,  # type: ignore[arg-type]
                confidence=f.confidence,
                source=document.source,
                sentence=f.sentence,
                sentence_index=f.index,
                published=document.published,
                stake=f.stake if f.relation == "owns" else None,
                share=f.share if f.relation == "owns" else None,
                subject_type=self._type(f.subject, types),
                object_type=self._type(f.object, types),
                extractor="rules",
            )
            for f in kept
        )
        used = sorted({c.subject for c in claims} | {c.object for c in claims})
        entities = tuple(
            Entity(
                name=name,
                type=self._type(name, types),
                aliases=tuple(
                    sorted(s for s in surfaces.get(name, set()) if s != name and _is_alias(s))
                ),
            )
            for name in used
        )
        return Extraction(claims=claims, entities=entities)

    # ------------------------------------------------------------------ helpers

    def _type(self, name: str, types: dict[str, str]) -> str:
        return self.gaz.type_of(name) or types.get(name) or "Organization"

    def _is_modifier(self, sentence: str, mention: Mention, towns: set[str]) -> bool:
        """ "Nvidia" in "Nvidia GB300 processors" names hardware, not a party to a deal."""
        if mention.kind == "coref":
            return False
        if mention.type == "CloudProvider" or (
            mention.type not in ORG and mention.type not in PRODUCT
        ):
            return False  # "Google Cloud servers" are the cloud's own: the provider stays
        if (
            mention.kind == "new"
            and " " not in mention.name
            and _TOWN_SITE_AFTER.match(sentence, mention.end)
            and (before := _TOWN_SITE_BEFORE.search(sentence, 0, mention.start))
        ):
            # "Tolland's new Denver facility": a town the site is in, not a firm; then "the
            # Denver building" too, but "the Vantor campus" may be Vantor's own
            if before.group(1):
                towns.add(mention.name)
            if mention.name in towns:
                return True
        if mention.type == "ChipMaker" or mention.type in PRODUCT:
            # "Nvidia GB300 capacity" is hardware a cloud rents out, not the chipmaker renting
            return bool(_CHIP_GOODS_AFTER.match(sentence, mention.end))
        return bool(_HARDWARE_AFTER.match(sentence, mention.end))

    def _match(
        self,
        template: str,
        mentions: list[Mention],
        sentence: str,
        index: int,
        state: ArticleState,
        topic: str | None,
    ) -> list[Found]:
        if len(mentions) < 2 and not any(m.type in ORG for m in mentions):
            return []
        folded = lowered(template)
        candidates = rules_for(template.lower() if folded is None else folded, folded is not None)
        # without a possessive token the gaps need not look for one (_rulebase.G_PLAIN)
        plain = folded is not None and POSSESSIVE_TOKEN.search(folded) is None
        starts = [m.start() for m in _ENT.finditer(template)]
        results: list[Found] = []
        role = _SITE_OWNER_ROLE.search(template) if _OWNER_ROLE_HINT.search(template) else None
        if role is not None and mentions[int(role.group(1))].type == "Company":
            # the site's owner sells its capacity: "... signed a contract with Paxton"
            mentions[int(role.group(1))].type = "CloudProvider"

        sites = any(m.type == "DataCenter" for m in mentions)
        if sites:
            _owners_named_here(template, mentions, state)
        for m in mentions:
            if m.owner:  # "Google's cloud unit": the sentence says Google has that unit
                results.append(controls(m.owner, m.name, sentence, index, "cloud-unit"))
        # Rules are tried on the lower-cased template where that finds the same matches
        # (_case); a hit is read back in the template's own letters (Recased).
        for rule, limit in candidates:
            fast, text = rule.regex, template
            if folded is not None and rule.lower_case is not None:
                fast, text = rule.lower_case, folded
                if plain and rule.plain_gaps is not None:
                    fast = rule.plain_gaps
            if rule.anchored:
                attempt = fast.match
                for pos in starts:
                    if pos >= limit:
                        break
                    hit = attempt(text, pos)
                    if hit is not None:
                        match = hit if text is template else Recased(hit, template)
                        results.extend(
                            self._apply(
                                rule, match, template, mentions, sentence, index, state, topic
                            )
                        )
            else:
                for hit in fast.finditer(text):
                    match = hit if text is template else Recased(hit, template)
                    results.extend(
                        self._apply(rule, match, template, mentions, sentence, index, state, topic)
                    )
        if role is not None:
            results.extend(_owner_by_role(role, mentions, state, sentence, index))
        if role is not None or sites:
            results.extend(_site_owners(results, mentions, state))
        for f in results:
            if f.relation == "rebrands-as" and f.status in {"asserted", "reported"}:
                state.renamed[f.subject] = f.object
            elif f.relation == "owns" and f.status in {"asserted", "reported"}:
                state.holdings[f.subject] = f.object  # "... took a stake alongside it"
                if not f.stake:
                    state.units.add(f.object)  # "the unit" in a later sentence
                    state.acquirers.append(f.subject)  # "the enlarged company" in a later one
        return results

    def _apply(
        self,
        rule: Rule,
        match: re.Match[str] | Recased,
        template: str,
        mentions: list[Mention],
        sentence: str,
        index: int,
        state: ArticleState,
        topic: str | None,
    ) -> list[Found]:
        groups = match.groupdict()
        start, end = match.start(1), match.end(1)
        if rule.typed:
            direction = typed_direction(
                groups,
                mentions,
                capacity_named=rule.name in _CAPACITY_DEALS
                and bool(_STRICT_CAPACITY.search(match.group(1))),
            )
            if direction is None and rule.name == "lease-with":
                direction = lessor_by_site(groups, template, match.end(), mentions, state)
            if direction is None:
                return []
            subjects, objects = [direction[0]], [direction[1]]
        else:
            subjects = (
                indices(groups.get("s")) + indices(groups.get("s2")) + indices(groups.get("s3"))
            )
            objects = indices(groups.get("o")) + indices(groups.get("o2"))
            if rule.relation == "competes-with":
                objects = [_line_maker(template, i, sentence, mentions) for i in objects]
            if rule.name in _MOVES_WORK and objects and groups.get("s") is not None:
                # "X is moving Y's services onto Azure": the work moved is Y's, so Y rents
                work_of = _WORK_OF_ANOTHER.search(template, match.end("o"), match.start("s"))
                mover = mentions[int(work_of.group(1))] if work_of is not None else None
                if (
                    work_of is not None
                    and mover is not None
                    and mover.kind != "coref"  # "its services" are the subject's own
                    and mover.name != mentions[objects[0]].name
                ):
                    objects = [int(work_of.group(1))]
        if not subjects and not objects:
            return []
        if rule.name == "acquire" and _CLAUSE_IN_GAP.search(groups.get("mid") or ""):
            return []  # "Y, that X bought in 2024 after years in which it ...": not "it"
        if rule.name == "share-no-object" and not _share_is_a_stake(
            mentions[subjects[0]], template, state
        ):
            return []  # "Dunmore holds about 9%" after "Ferrow leads in chips": its market
        if rule.name == "work-served-by" and WORK_OWNED_BEFORE.search(
            template, max(0, start - 8), start
        ):
            return []  # "Anthropic's training runs on X": the owner is named (work-runs-on)
        if (
            rule.name == "capacity-supplied-by"
            and " operated by" in match.group(1)
            and _OWNED_HARDWARE_BEFORE.search(template, max(0, start - 20), start)
        ):
            return []  # "X's servers are operated by Y": Y runs X's own machines, rents none
        if rule.name == "capacity-leased-from" and not _COMPUTE_BEFORE.search(
            template, max(0, start - 40), start
        ):
            return []  # "GPUs leased from X": only compute is rented this way
        after_preposition = bool(
            (rule.verbal or rule.name == "calls-provider")
            and _preposition_before(template, start)
            and not _RELATIVE_AFTER.match(template, start)
        )
        if rule.verbal and (after_preposition or _POSSESSIVE_AT.match(template, start)):
            # the object of a preposition, or a possessive, is not the verb's subject; but in
            # "X signed a deal with Y for capacity and received Y stock" the verb after "and"
            # is X's, the clause's subject
            first = next((i for i, m in enumerate(mentions) if m.type in ORG), None)
            if after_preposition and _COORDINATED_AT.match(template, start):
                pass  # "X holds a stake in Y and owns Z": the coordinated branch below
            else:
                lead = subjects if rule.regex.pattern.startswith("((?P<s>") else objects
                if (
                    not after_preposition
                    or not _VERB_COORDINATED.match(template, start)
                    or first is None
                    or not lead
                    or first >= lead[0]
                ):
                    return []
                lead[:] = [first]
        elif rule.name == "calls-provider" and after_preposition and " what " in match.group(1):
            return []  # "Amazon, which put $8bn into the lab, remains what ...": not the lab
        if (
            rule.verbal
            and _COORDINATED_AT.match(template, start)
            and not _NAMED_AS.search(template, max(0, start - 30), start)
        ):
            # "X holds a stake in Y and owns Z": the verb's subject is the clause's, not Y;
            # but "the combined company will be called Z and will compete": Z is that subject.
            # A possessive is no subject: "X's spin-out Y was bought by Z, and now trains ..."
            first = next(
                (
                    i
                    for i, m in enumerate(mentions)
                    if m.type in ORG and f"\x00{i}'s " not in template
                ),
                None,
            )
            relative = _RELATIVE_HEAD.findall(template, 0, start)
            if relative:  # "A rents from B, which was founded by C and is now a unit of D": B
                first = int(relative[-1])
            lead_is_subject = rule.regex.pattern.startswith("((?P<s>")
            lead = subjects if lead_is_subject else objects
            if first is None or not lead or first >= lead[0]:
                return []
            if lead_is_subject:
                subjects = [first]
            else:
                objects = [first]
        if (
            rule.verbal
            and "s" in groups
            and groups.get("o") is not None
            and _RELATIVE_SUBJECT.search(template, max(0, start - 10), start)
            and "," in template[match.end("s") : match.start("o")]
        ):
            return []  # "P, which S set up as its unit, now rents ...": S is the clause's only
        if (
            rule.verbal
            and groups.get("s") is not None
            and _ASIDE_THEN_RELATIVE.match(template, match.end("s"))
        ):
            return []  # "Jo Roe, a partner at X, which owns Y": "which" is X's (X matches itself)
        if (
            rule.verbal
            and groups.get("s") is not None
            and _CLOSES_AT_COMMA.match(template, match.end("s"))
            and _has_relative_word(template, match.start("s"))
            and _RELATIVE_IN_APPOSITIVE.search(template, 0, match.start("s"))
        ):
            return []  # "X, the firm that was spun out of Y in 2024, supplies Z": not Y
        if rule.subject_only:
            first = next((i for i, m in enumerate(mentions) if m.type in ORG), None)
            if not subjects or subjects[0] != first:
                return []
        implicit = not subjects or not objects
        status = ""
        mid = groups.get("mid") or ""
        out: list[Found] = []
        subject_mentions: list[Mention | None] = [mentions[i] for i in subjects] or [None]
        object_mentions: list[Mention | None] = [mentions[i] for i in objects] or [None]
        aside = FRONTED.match(sentence)
        fillers = mentions
        if rule.name in _RAISER_ELSEWHERE:
            # "Lightspeed led the round, and Nvidia joined": a co-investor did not raise it
            joined = {int(i) for h in _CO_INVESTOR.finditer(template) for i in _ENT.findall(h[0])}
            joined.update(subjects)
            investors = {mentions[i].name for i in joined}
            # "X led the round; Y, Z's venture arm, put in less": a later clause's names
            # did not raise the round X led
            semicolon = template.find(";", match.end())
            starts = _token_starts(template) if semicolon >= 0 else {}
            fillers = [
                m
                for i, m in enumerate(mentions)
                if m.name not in investors and (semicolon < 0 or starts.get(i, -1) < semicolon)
            ]
        if implicit:
            # "Inference is handled by A, and training by B": B is no renter of A
            parties = set(subjects) | set(objects)
            fillers = [m for i, m in enumerate(mentions) if i not in parties and m in fillers]
            if rule.name in _PARAGRAPH_OBJECT:
                # "Roche took a stake, and the Wellcome Trust holds shares": not the Trust
                holders = {mentions[i].name for i in subjects}
                if rule.name == "took-part-no-object" and not (
                    state.held and state.held[1] >= index - 1
                ):
                    return []  # "X took part." says in what only right after a stake
                if rule.name == "into-the-round-no-object":
                    # "the round" is the last one told, however far back: its company's
                    last = state.held[0] if state.held else None
                    fillers = [] if last in holders or last is None else [_stand_in(state, last)]
                else:
                    fillers = _alongside(template, mentions, state, holders) or _paragraph_subject(
                        state, topic, index, holders, sentence=sentence
                    )
                if not fillers:
                    return []  # nothing but the holder itself to hold a stake in
            elif rule.name in ("rivals-including", "listed-competing-for-same", "others-include"):
                if rule.name == "listed-competing-for-same" and not _NOT_ALONE.search(
                    state.last_sentence
                ):
                    return []  # "A and B are competing for the same tenants": each other's
                if rule.name == "others-include" and not _others_are_rivals(state):
                    return []  # "A and B invested. Others include C": more backers
                # "Cipher is not alone. Rivals including A and B ...": the last subject's rivals
                listed = {mentions[i].name for i in objects}
                fillers = _paragraph_subject(state, topic, index, listed, stakes=False)
                if not fillers:
                    return []
            elif rule.name in _TOPIC_USES and topic and state.types(topic, "Company") in ORG:
                # "The training runs happened on X's TPUs": the story's company, not the last
                # sentence's subject (often the supplier it has just named)
                fillers = [
                    *(m for m in fillers if m.type != "CloudProvider"),
                    _stand_in(state, topic),
                ]
        for sm in subject_mentions:
            for om in object_mentions:
                if (
                    aside
                    and rule.name not in _READS_THE_ASIDE
                    and any(
                        m is not None and m.kind != "coref" and m.end <= aside.end()
                        for m in (sm, om)
                    )
                ):
                    continue  # "Apart from X, its backers include Y": X is no party to this one
                names = self._names(
                    sm, om, fillers, state, topic, sentence, rule.name == "possessive-owns"
                )
                if names is None:
                    continue
                (s_name, s_type), (o_name, o_type) = names
                relation = rule.relation
                if relation == "rents-capacity-to" and o_type == "Investor" and om is not None:
                    # "Morrow Ventures led a round in Pendle. The firm rents GPUs from X": a
                    # fund rents no compute, so "the firm" is the next one it may be
                    o_name, o_type = _renter_not_fund(om, s_name, state, (o_name, o_type))
                if (
                    relation == "rebrands-as"
                    and om is not None
                    and om.kind != "coref"
                    and _NAME_GOES_ON.match(sentence, om.end)
                ):
                    continue  # "renamed it Amazon Q Developer": the new name is not "Amazon"
                if (
                    relation == "owns"
                    and rule.name in _PARENT_RULES
                    and sm is not None
                    and sm.kind == "coref"
                ):
                    parent = self.gaz.entries.get(o_name)
                    if parent is not None and parent.part_of:
                        s_name, s_type = (
                            parent.part_of,
                            self.gaz.type_of(parent.part_of) or "Company",
                        )
                if (
                    rule.name == "possessive-owns"
                    and om is not None
                    and om.kind != "name"
                    and o_type != "DataCenter"
                    and not (om.kind == "new" and _UNIT_NAME.search(om.name))
                ):
                    continue  # "Orrin Group's Vantor Labs" is a unit; "Orrin's Jane Roe" is not
                if (
                    rule.name == "possessive-owns"
                    and sm is not None
                    and sm.kind != "coref"
                    and sentence.startswith("' ", sm.end)
                    and sentence.endswith("the ", 0, sm.start)
                ):
                    continue  # "the Emirates' G42", "the Netherlands' ASML": a country's firm
                if rule.name == "runs-both" and s_type != "Person":
                    continue
                stake: bool | None = None
                share: float | None = None
                if relation == "owns":
                    if rule.name == "acquire" and groups.get("tail"):
                        mid = f"{mid} {groups['tail']}"
                    if rule.name in {"acquire", "holds-stake"} and mid:
                        if rule.name == "acquire" and _NOT_OWNERSHIP_MID.search(mid):
                            continue
                        if _CLAUSE_BREAK.search(mid):
                            continue  # "Roche bought a stake in 2024, and the Trust ..."
                        stake = is_stake_phrase(mid)
                        if rule.name == "holds-stake" and not stake:
                            continue
                    elif rule.name == "holds-stake":
                        continue
                    else:
                        stake = (
                            rule.stake
                            if rule.stake is not None
                            else bool(mid and is_stake_phrase(mid))
                        )
                    if stake:
                        share = share_in(mid) if mid else None
                        if share is None and rule.name == "possessive-holding":
                            share = share_in(template[end:])
                        if share is None and rule.name in {
                            "holds-stake",
                            "share-no-object",
                            "paid-for-share",
                            "acquisition-of",
                        }:
                            share = share_in(match.group(1))
                    if (
                        share is not None
                        and share >= 0.5
                        and rule.name not in {"paid-for-share", "acquisition-of"}
                    ):
                        stake = False
                # "Lumi Labs trains on Kepler": a data centre's capacity is rented from its owner
                site = relation == "rents-capacity-to" and s_type == "DataCenter"
                if site:
                    s_type = "CloudProvider"
                if not types_fit(rule, relation, s_type, o_type, sm, template):
                    continue
                if relation == "rents-capacity-to" and o_type in PRODUCT:
                    maker = state.maker_of(o_name)  # "ChatGPT runs on Azure": its maker rents
                    if maker is None:
                        continue
                    o_name, o_type = maker, self.gaz.type_of(maker) or "Company"
                if rule.name == "facility-built-by" and o_type != "DataCenter":
                    continue
                if (
                    rule.name == "suppliers-include"
                    and s_type != "CloudProvider"
                    and not self.gaz.cloud_unit_of(s_name)
                ):
                    continue  # the "suppliers" that rent capacity are clouds
                if (
                    relation == "develops"
                    and (known := self.gaz.maker_of(o_name))
                    and known != s_name
                ):
                    continue  # general knowledge says someone else makes it
                if (
                    relation == "rents-capacity-to"
                    and s_type == "ChipMaker"
                    and not _RENT_WORDS.search(match.group(1))
                ):
                    continue  # a chipmaker selling chips is not renting out capacity
                if rule.name in {"gives-stake", "gives-stake-no-object", "in-which-holds"}:
                    share = share_in(mid)
                if relation == "rents-capacity-to":
                    if rule.usage and not site and not usage_ok(sm, s_type, template, mentions):
                        continue
                    unit = None if s_type == "CloudProvider" else self.gaz.cloud_unit_of(s_name)
                    if unit:
                        s_name, s_type = unit, "CloudProvider"
                if (
                    relation == "rebrands-as"
                    and s_name == o_name
                    and sm is not None
                    and om is not None
                    and sm.kind == "name"
                    and sm.surface.lower() != om.surface.lower()
                ):
                    # "DeepMind will be renamed Google DeepMind": the old name is known only as
                    # an alias of the new one, so the surface says what the name was
                    s_name = sm.surface
                if s_name == o_name or (
                    relation == "rents-capacity-to" and self._same_group(s_name, o_name)
                ):
                    continue
                if (
                    relation != "rebrands-as"
                    and _names_a_former(template)
                    and any(
                        m is not None
                        and _FORMER_NAME.search(
                            template, max(0, (at := _token_at(template, mentions, m)) - 40), at
                        )
                        for m in (sm, om)
                    )
                ):
                    continue  # "X, formerly Y, ...": Y is only another name of X here
                if not status and rule.name in _STAKE_SALES:
                    # the sale that moves the stake to the buyer is no failed deal
                    status = status_of(_SALE.sub(_blank, template), start, end)
                elif not status and rule.name == "sold-its-shares-to":
                    # "X no longer owns any of Y after selling its shares to Z": the negation
                    # is the seller's; the buyer's clause starts after Y
                    cut = match.end("o")
                    status = status_of(template[cut:], 0, end - cut)
                elif not status and rule.name == "taps-rival":
                    # "a merger between X and rival Y was called off": the noun says they are
                    # rivals; what the sentence denies or plans is the deal, not the rivalry
                    # (unless it is a former one: "its onetime rival Y")
                    at = match.start("o")
                    former = _FORMER_RIVAL.search(template, max(0, at - 30), at)
                    status = "denied" if former else "asserted"
                status = status or status_of(template, start, end)
                if (
                    status == "planned"
                    and relation == "owns"
                    and _COMPLETED_AFTER.match(template, match.end())
                ):
                    status = "asserted"  # "X's planned takeover of Y closed in May": done
                if status == "hypothetical":
                    return []
                coref = any(m is not None and m.kind == "coref" for m in (sm, om)) or implicit
                new = any(m is not None and m.kind == "new" for m in (sm, om))
                if rule.name in _PARAGRAPH_OBJECT or (relation == "owns" and status != "denied"):
                    # "X took a stake. Y is also an investor."; "X bought Y. Z came in with a
                    # minority stake.": a stake named without its company is in the last one owned
                    state.held = (o_name, index)
                base = rule.confidence * (0.8 if implicit else 1.0)
                if site:
                    owner = state.site_owners.get(s_name)
                    if owner is None:
                        state.pending_sites.append(
                            Found(
                                s_name,
                                o_name,
                                relation,
                                status,
                                base,
                                sentence,
                                index,
                                None,
                                None,
                                rule.name,
                            )
                        )
                        continue
                    s_name = owner
                out.append(
                    Found(
                        s_name,
                        o_name,
                        relation,
                        status,
                        scaled_confidence(base, status, coref=coref, new_name=new),
                        sentence,
                        index,
                        stake,
                        share,
                        rule.name,
                    )
                )
        return out

    def _names(
        self,
        sm: Mention | None,
        om: Mention | None,
        mentions: list[Mention],
        state: ArticleState,
        topic: str | None,
        sentence: str,
        possessive: bool = False,
    ) -> tuple[tuple[str, str], tuple[str, str]] | None:
        if sm is None and om is None:
            return None
        if sm is None or om is None:
            known = sm or om
            assert known is not None
            filled = self._implicit(known, mentions, state, topic, sentence)
            if filled is None:
                return None
            other = (filled, self.gaz.type_of(filled) or "Company")
            mine = (known.name, known.type)
            return (other, mine) if sm is None else (mine, other)
        s_name = state.renamed.get(sm.name, sm.name) if sm.kind == "coref" else sm.name
        o_name = state.renamed.get(om.name, om.name) if om.kind == "coref" else om.name
        if s_name == o_name and _bound_possessive(sm, om, sentence):
            return None  # "X buys its compute from Y": "its" is X's own, not another party
        if s_name == o_name and possessive:
            return None  # "Microsoft, which rents space for its Azure cloud": its own unit
        if s_name == o_name:
            # A pronoun or epithet that points at the other side: take its next candidate,
            # but only a salient one (the previous sentence's subject or the article's topic).
            salient = {topic, state.previous_subject[0] if state.previous_subject else None}
            # "A also owns B, which it bought": "it" is the sentence's other party, A
            if any(m.kind == "coref" and m.surface.lower() == "it" for m in (sm, om)):
                salient |= {m.name for m in mentions if m.kind != "coref" and m.type in ORG}
                # "The cloud's parent, P, bought it": an epithet this sentence names goes
                # before the last sentence's subject
                here = {
                    m.name
                    for m in mentions
                    if m.kind == "coref" and m.type in ORG and m.surface[:1] in "Tt"
                } & set(om.candidates)
                if om.kind == "coref" and here - {s_name}:
                    o_name = next(c for c in om.candidates if c in here and c != s_name)
            if om.kind == "coref" and len(om.candidates) > 1 and o_name == s_name:
                o_name = next((c for c in om.candidates if c != s_name and c in salient), o_name)
            elif sm.kind == "coref" and len(sm.candidates) > 1:
                s_name = next((c for c in sm.candidates if c != o_name and c in salient), s_name)
        # a renamed entity is still the same kind of thing under its new name
        s_renamed = s_name == state.renamed.get(sm.name)
        o_renamed = o_name == state.renamed.get(om.name)
        s_same = s_name == sm.name or s_renamed
        o_same = o_name == om.name or o_renamed
        s_type = sm.type if s_same else self.gaz.type_of(s_name) or "Company"
        o_type = om.type if o_same else self.gaz.type_of(o_name) or "Company"
        return (s_name, s_type), (o_name, o_type)

    def _same_group(self, a: str, b: str) -> bool:
        """True when one is the other's unit by general knowledge (Google and Google Cloud)."""
        ea, eb = self.gaz.entries.get(a), self.gaz.entries.get(b)
        return bool((ea and ea.part_of == b) or (eb and eb.part_of == a))

    def _implicit(
        self,
        mention: Mention,
        mentions: list[Mention],
        state: ArticleState,
        topic: str | None,
        sentence: str = "",
    ) -> str | None:
        known = mention.name
        # "Set up by a former OpenAI researcher, Periodic raised a round led by a16z": names
        # in a fronted participle's phrase are not the main clause's subject
        fronted = _FRONTED_PARTICIPLE.match(sentence)
        skip_to = fronted.end() if fronted is not None else 0
        for m in mentions:
            if m.type in ORG and m.name != known and m.start >= skip_to:
                if mention.type == "Investor" and m.type == "Investor":
                    continue  # "led by Index Ventures, with Salesforce Ventures": co-investors
                return m.name
        if state.previous_subject and state.previous_subject[0] != known:
            return state.previous_subject[0]
        if topic and topic != known:
            return topic
        return None


_OWN_SET = re.compile(
    r"\x00(\d+)'s own (?:[\w-]+ )?(?:facilities|data[- ]cent(?:re|er)s|sites|campuses|clusters|"
    r"buildings|supercomputers)[.!]?\s*$"
)
_RIVAL_SET = re.compile(  # "l(?<!\wl)ist" is "\blist" with the letter first: re skips to it
    r"l(?<!\wl)ist of (?:[\w-]+ )?(?:companies|rivals|competitors|firms|businesses) "
    r"(?:that |which )?\x00(\d+) (?:competes|compete|competed|is competing|considers)\b"
)
# "That is good news for the labelling firm's own competitors.": a sentence ending on a
# company's rivals, which the next may name ...
_RIVALS_ENDING = re.compile(
    r"\x00(\d+)'s (?:own |many |main |closest |nearest |smaller |bigger )?(?:[\w-]+ )?"
    r"(?:rivals|competitors)[.!]?\s*$"
)
# ... in a list of two or more names that opens it ("Surge AI, Turing and Labelbox all said")
_LIST_OPENS = re.compile(r"^\x00\d+(?:(?:,| and|, and) \x00\d+)+(?= )")
_SITE_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,3}?(?:cluster|campus|site|data[- ]cent(?:re|er)|facility|"
    r"supercomputer)\b"
)
_SET_LISTED = re.compile(
    r"^(?:Those|These|They|The (?:same |full |new )?list|That list|This list)(?: also| now)? "
    r"(?:includes?|included|names?|named|lists?|listed|are|were|contains?|comprises?)\b"
)


_SITE_OWNED_BY = re.compile(
    r"\x00(\d+)(?: (?:data cent(?:re|er)|campus|cluster|site|facility|supercomputer))?,? "
    r"(?:which is |that is |is |was )?(?:owned|operated|run|built|developed) by \x00(\d+)"
)


_OWNER_ROLE_HINT = re.compile(r"'s (?:owner|operator|landlord|developer|builder)")
_SITE_OWNER_ROLE = re.compile(
    r"\b[Tt]he (?:facility|site|campus|data cent(?:re|er)|cluster|building|plant)'s "
    r"(?:owner|operator|landlord|developer|builder),? \x00(\d+)"
)


# "Founded by two former Google researchers, Quinta raised ...": a fronted participle phrase
_FRONTED_PARTICIPLE = re.compile(
    r"(?:Set up|Founded|Co-founded|Started|Created|Launched|Spun out|Backed|Built) "
    r"(?:by|in|from|out of|with) [^,;]{1,140}, "
)
# "The inference platform, which ...": a sentence opening on a description of its subject
# The words every DEAL_UNDONE cue holds, as one cheap search before the full pattern
_UNDONE_HINT = re.compile(
    r"never|collaps|fell|lapsed|broke|nothing|called off|abandon|scrapp|"
    r"terminat|cancel|blocked|dropped"
)
# "It has been renamed X", "It is now called X": a name given to the pronoun's referent
_RENAMED_PASSIVE = re.compile(
    r"It (?:has been|had been|was|is being|will be|is now|was later|has since been) "
    r"(?:renamed|rebranded|called|known as)\b"
)
# "Avride, which builds self-driving cars, and TripleTen": a relative clause naming no one
# between two items of a list
_RELATIVE_IN_LIST = re.compile(r"(\x00\d+), (?:which|who) [^,;\x00\x01]{1,80}, and (?=\x00)")
_TIED_OPENERS = ("The \x00", "The former ", "The onetime ", "The one-time ", "The ex-", "The old ")
# "The former Yandex parent now ...": the subject is a company named by its tie to another
_RELATIVE_OF_NAMED = re.compile(
    r"The (?:former |onetime |one-time |ex-|old )?\x00\d+ "
    r"(?:parent|owner|backer|spin-?off|spinout)\b"
)
_DESCRIBED_SUBJECT = re.compile(r"The (?:[a-z][\w-]* ){0,4}?[a-z][\w-]*, (?:which|who|whose) ")
_ADDRESSED = re.compile(r"\b(?:you|your|yourselves)\b", re.I)
_PROMPT = re.compile(r"(?:You|Your)\b")  # an interviewer's lead-in: "You changed the name."
_CALL = re.compile(r"\b(?:earnings|results|investor|analyst|conference) call\b", re.I)


def _renamed_is_the_bought(
    it: Mention, found: list[Found], index: int, state: ArticleState
) -> None:
    """ "We acquired Lumio Speech in March. It has been renamed Sablewood Voice.": right after
    a purchase, the "it" given a new name is the company bought, not the buyer; right after
    "The company began life as Exafunction", it is the company under its first name."""
    if it.kind != "coref":
        return
    before = [
        f.object if f.relation == "owns" else f.subject
        for f in found
        if f.index == index - 1
        and f.status in {"asserted", "reported"}
        and (
            (f.relation == "owns" and not f.stake and f.subject == it.name)
            or (f.relation == "rebrands-as" and f.rule == "began-life-as" and f.object == it.name)
        )
    ]
    if before:
        it.name = before[-1]
        it.type = state.types(it.name, "Company")
        it.candidates = [it.name, *(c for c in it.candidates if c != it.name)]
        # the first name's next one is the name this sentence gives, not the latest
        state.renamed.pop(it.name, None)


def _has_relative_word(template: str, end: int) -> bool:
    """A cheap test before _RELATIVE_IN_APPOSITIVE: a relative pronoun before ``end``."""
    return any(template.find(w, 0, end) >= 0 for w in (" that ", " which ", " who "))


def _call_host(text: str, gaz: Gazetteer, known: frozenset[str]) -> Mention | None:
    """The company whose call a transcript records ("[Transcript: Harlow Compute's earnings
    call]", a line the reader drops as an editor's note): its speakers' "we" is that company,
    however often they name a customer."""
    call = _CALL.search(text, 0, 600) if "call" in text[:600] else None
    if call is None:
        return None
    line = text[text.rfind("\n", 0, call.start()) + 1 : call.start()]
    host = [m for m in find_mentions(gaz, line, known) if m.type in ORG]
    return host[0] if host else None


def _owner_by_role(
    role: re.Match[str], mentions: list[Mention], state: ArticleState, sentence: str, index: int
) -> list[Found]:
    """ "The facility's owner, Hydrelle, ...": Hydrelle owns the site named last."""
    owner = mentions[int(role.group(1))]
    site = next((n for n, t in reversed(state.history) if t == "DataCenter"), None)
    if site is None or owner.type not in ORG:
        return []
    state.site_owners.setdefault(site, owner.name)
    state.hosting(owner.name)
    state.cued.setdefault(owner.name, owner.type)
    return [controls(owner.name, site, sentence, index, "site-owner-role")]


def _owners_named_here(template: str, mentions: list[Mention], state: ArticleState) -> None:
    """ "The Borealis data centre, owned by Fjordline, runs work for X": the owner first."""
    for match in _SITE_OWNED_BY.finditer(template):
        site, owner = mentions[int(match.group(1))], mentions[int(match.group(2))]
        if site.type == "DataCenter" and owner.type in ORG:
            state.site_owners.setdefault(site.name, owner.name)


def _site_owners(results: list[Found], mentions: list[Mention], state: ArticleState) -> list[Found]:
    """Learn who owns the sites this sentence names; rentals of them waiting for an owner
    ("Paxton moved its training to a data centre called Riviere Nord. The owner, Hydrelle,
    ...") become rentals from that owner."""
    sites = {m.name for m in mentions if m.type == "DataCenter"}
    for f in results:
        if f.relation == "owns" and f.object in sites and not f.stake and f.status != "denied":
            state.site_owners.setdefault(f.object, f.subject)
            state.hosting(f.subject)
    waiting, state.pending_sites = state.pending_sites, []
    found: list[Found] = []
    for f in waiting:
        owner = state.site_owners.get(f.subject)
        if owner is None:
            state.pending_sites.append(f)
        elif owner != f.object:
            found.append(
                Found(
                    owner,
                    f.object,
                    f.relation,
                    f.status,
                    f.confidence,
                    f.sentence,
                    f.index,
                    None,
                    None,
                    f.rule,
                )
            )
    return found


# "came in as a strategic investor and has 8%": the holder's own role says it is a stake
_INVESTOR_HERE = re.compile(r"\bas an? (?:[\w-]+ )?(?:investor|backer|shareholder)\b")
# "holds a further 9%", "owns the remaining 40%": one more part of an ownership just told
_FURTHER_SHARE = re.compile(
    r"\b(?:holds|owns|held|owned|has|had) (?:a further|another|the remaining|the other) "
)


def _share_is_a_stake(holder: Mention, template: str, state: ArticleState) -> bool:
    """ "Velmont Capital holds about 12%" with no object is a stake when the holder is an
    investor or the sentence or the one before speaks of backers or funding; otherwise a bare
    share is as likely a share of a market ("AMD holds about 10%"), and is left unread."""
    if "market" in template:
        return False
    if _FURTHER_SHARE.search(template) and state.held is not None:
        return True  # "X is 51% owned by F. Kiso holds a further 9%": the split goes on
    if holder.type in _MARKET_SHARE_HOLDERS and not _INVESTOR_HERE.search(template):
        return False  # (but "Corvid came in as an investor and has 8%" holds a stake)
    return (
        holder.type == "Investor"
        or bool(_STAKE_CONTEXT.search(template))
        or bool(_STAKE_CONTEXT.search(state.last_sentence))
    )


def _paragraph_subject(
    state: ArticleState,
    topic: str | None,
    index: int,
    holders: set[str],
    stakes: bool = True,
    sentence: str = "",
) -> list[Mention]:
    """What a stake with no object is in: the company the last stake went to, else the last
    sentence's subject unless an investor, else the article's topic (as a stand-in mention).
    Without ``stakes`` (rivals listed with no subject) the last stake plays no part."""
    choices = [
        state.held[0] if stakes and state.held and state.held[1] >= index - 1 else None,
        # "Who owns what now?" - "Tordesillas led it and holds 15%": the interviewee's firm
        (state.interviewed or topic) if stakes and state.answering else None,
        state.previous_subject[0]
        if state.previous_subject and state.previous_subject[1] != "Investor"
        else None,
        _deal_party(state, holders) if stakes and _DEAL_BACK.search(sentence) else None,
        topic,
    ]
    name = next((c for c in choices if c and c not in holders), None)
    return [] if name is None else [_stand_in(state, name)]


# "Orvel signed an agreement with Caskett.": a sentence that names a deal between parties
_DEAL_NOUN = re.compile(
    r"\b(?:deal|agreement|investment|transaction|pact|contract|partnership|tie-up|terms)\b"
)
# "Under the deal, ...", "The agreement gives it ...": a sentence that takes the deal up again
_DEAL_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts) (?:[\w-]+ )?(?:deal|agreement|investment|transaction|"
    r"pact|contract|partnership|tie-up|terms)\b"
)


def _deal_party(state: ArticleState, holders: set[str]) -> str | None:
    """ "Orvel signed an agreement with Caskett. Under the deal, Orvel takes a 30% stake":
    the one other party of the deal the last sentence named, when the holder was its subject
    and this sentence speaks of that deal (a stake after "signed a chip deal with X" alone
    may be in anything)."""
    if not _DEAL_NOUN.search(state.last_sentence):
        return None
    others = {m.name for m in state.last_mentions if m.type in ORG and m.name not in holders}
    return others.pop() if len(others) == 1 else None


# "took a minority stake alongside it": beside another holder ("along with" tells the same)
_ALONGSIDE = re.compile(r"\b(?:alongside|along with|together with) \x00(\d+)")


def _alongside(
    template: str, mentions: list[Mention], state: ArticleState, holders: set[str]
) -> list[Mention]:
    """ "Harlan bought 62% of Tessa. A second investor, Orrin, took a stake alongside it": a
    stake with no object beside a holder is in what that holder holds."""
    beside = _ALONGSIDE.search(template) if "along" in template else None
    if beside is None:
        return []
    held = state.holdings.get(mentions[int(beside.group(1))].name)
    return [] if held is None or held in holders else [_stand_in(state, held)]


def _stand_in(state: ArticleState, name: str) -> Mention:
    """A mention of a name the sentence leaves out, to fill a rule's missing side."""
    return Mention(0, 0, name, state.types(name, "Company"), name, "coref", [name])


def _people_by_surname(named: list[list[Mention]]) -> None:
    """ "Peter Olumide ... Olumide said": a surname alone names the person named before."""
    people: dict[str, str] = {}
    for names in named:
        for m in names:
            if m.type == "Person" and " " in m.name:
                people.setdefault(m.name.rsplit(" ", 1)[1], m.name)
            elif m.kind == "new" and m.name in people:
                m.name, m.type = people[m.name], "Person"


def _preposition_before(template: str, start: int) -> bool:
    """Whether a preposition (and "the") ends the template just before ``start``."""
    folded = lowered(template)
    if folded is None:
        return _PREPOSITION_BEFORE.search(template[:start]) is not None
    return _PREPOSITION_BEFORE_LOWER.search(folded, 0, start) is not None


def _carry_of(template: str, mentions: list[Mention]) -> tuple[str, str] | None:
    """A set a sentence ends on that the next may list: "its own facilities", "the list of
    companies it competes with"."""
    # a substring test first: both patterns need their words, and most sentences lack them
    own = _OWN_SET.search(template) if "'s own " in template else None
    if own:
        return mentions[int(own.group(1))].name, "owns"
    rival = _RIVAL_SET.search(template) if "list of " in template else None
    if rival:
        return mentions[int(rival.group(1))].name, "competes-with"
    ending = _RIVALS_ENDING.search(template) if "'s " in template else None
    if ending and mentions[int(ending.group(1))].kind != "coref":
        # (named: "the labelling firm's own competitors" may take the wrong firm's rivals)
        return mentions[int(ending.group(1))].name, "competes-with"
    return None


# "Microsoft and Nvidia invested. Others include C": the others are more of what the last
# sentence listed, not rivals of its subject
_ROLE_NOUNS = re.compile(
    r"\b(?:customers?|clients?|tenants?|investors?|invest(?:ed|s|ing|ment)|backers?|backed|"
    r"shareholders?|stakes?|suppliers?|providers?|partners?|owners?|buyers?|bidders?|"
    r"acquirers?|users?)\b",
    re.I,
)


def _others_are_rivals(state: ArticleState) -> bool:
    """ "Pell Labs leads the market. Others include A and B": the last sentence named one
    company and spoke of no customers, backers or suppliers, so the others are its peers."""
    named = {m.name for m in state.last_mentions if m.type in ORG}
    return len(named) == 1 and not _ROLE_NOUNS.search(state.last_sentence)


def _renter_not_fund(
    renter: Mention, provider: str, state: ArticleState, named: tuple[str, str]
) -> tuple[str, str]:
    """A renter read through a pronoun or epithet whose first candidate is a fund: the next
    candidate that is not one (a fund named outright keeps its claim)."""
    if renter.kind != "coref":
        return named
    for name in renter.candidates[1:]:
        type_ = state.types(name, "Company")
        if name != provider and type_ != "Investor":
            return name, type_
    return named


# what _sets._COUNTED_TOGETHER opens with: most sentences open with none of them
_COUNTED_OPENERS = ("Both ", "The two ", "The pair ")


def _two_parties(mentions: list[Mention]) -> tuple[str, str] | None:
    """The two organisations a sentence named, when it named exactly two."""
    parties = list(dict.fromkeys(m.name for m in mentions if m.type in ORG))
    return (parties[0], parties[1]) if len(parties) == 2 else None


# "Breaking: A and B have ended talks": a short label may come before the pair
_PAIR_SUBJECT = re.compile(r"(?:[^\x00:]{1,25}: )?\x00(\d+) and \x00(\d+) (?!'s)")
# "C, which competes with both", "C, a rival to both", "C is a competitor of both"
_WITH_BOTH = re.compile(
    r"\x00(\d+)(?:, (?:which|who|a company that|a firm that) | |, )(?:also |still |now )?"
    r"(?:(?:competes|compete|competed|competing|vies|vie) (?:directly |head-on )?(?:with|against)"
    r"|rivals|rivalled|rivaled|takes on|took on"
    r"|(?:goes|go|went|going) (?:toe[- ]to[- ]toe|head[- ]to[- ]head) (?:with|against)"
    r"|(?:is |was |remains )?(?:a|an) (?:[\w-]+ )?(?:rival|competitor|challenger) (?:to|of))"
    r" (?:both(?: of them)?|the two|the pair)"
    r"(?: (?:companies|firms|groups|labs|chipmakers|rivals))?\b(?! of\b)"
)
# "regulators were uneasy because the two compete in ...", "The two start-ups compete for
# ...", "Both companies are rivals in ...": the pair named before, against each other
_PAIR_COMPETES = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth|[Tt]he pair(?: of)?) "
    r"(?:(?:[\w-]+ )?(?:companies|start-?ups|labs|firms|groups|chipmakers|providers|clouds|"
    r"sides) )?"
    # "The two companies have competed for years", "... will continue to compete"
    r"(?:(?:both|already|also|still|now|directly|have|has|had|will|would|long|continue to) ){0,3}"
    r"(?:compete|competes|competed|vie|(?:are|remain|were) (?:[\w-]+ )?(?:rivals|competitors)|"
    r"go head to head)\b"
)


def _pair_competes(
    pair: tuple[str, str, int],
    template: str,
    sentence: str,
    index: int,
    subject_only: bool = False,
) -> list[Found]:
    """ "The two start-ups compete for the same customers": the pair named just before.

    ``subject_only``: the pair is the last sentence's only two parties, so the phrase
    must be this sentence's subject (its first 30 characters) to point back at them.
    """
    found: list[Found] = []
    for match in _PAIR_COMPETES.finditer(template):
        if subject_only and match.start() > 30:
            break
        status = status_of(template, match.start(), match.end())
        if status != "hypothetical":
            found.append(
                Found(
                    pair[0],
                    pair[1],
                    "competes-with",
                    status,
                    0.6,
                    sentence,
                    index,
                    False,
                    None,
                    "the-two-compete",
                )
            )
    return found


def _with_both(
    pair: tuple[str, str, int], template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """ "A and B have competed for decades ... C competes with both companies": C with A and B."""
    return _pair_competes(pair, template, sentence, index) + _competes_with_both(
        pair, template, mentions, sentence, index
    )


def _competes_with_both(
    pair: tuple[str, str, int], template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """ "C, which competes with both": C with each of the two companies named just before."""
    found: list[Found] = []
    for match in _WITH_BOTH.finditer(template):
        who = mentions[int(match.group(1))]
        if who.type not in ORG:
            continue
        for other in pair[:2]:
            if other != who.name:
                found.append(
                    Found(
                        who.name,
                        other,
                        "competes-with",
                        "asserted",
                        0.6,
                        sentence,
                        index,
                        False,
                        None,
                        "competes-with-both",
                    )
                )
    return found


def _carried(
    carry: tuple[str, str], template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """ "Those include A, a cluster in M, and B": the members of the set the last sentence named."""
    owner, relation = carry
    opening = _LIST_OPENS.match(template) if relation == "competes-with" else None
    if opening is not None:
        # "... good news for X's own rivals. A, B and C all said ...": the list is the set
        return [
            Found(
                owner, m.name, relation, "asserted", 0.6, sentence, index, False, None, "set-listed"
            )
            for m in (mentions[int(i)] for i in _ENT.findall(opening.group()))
            if m.name != owner and m.type in ORG
        ]
    if not _SET_LISTED.match(template):
        return []
    wanted = {"DataCenter"} if relation == "owns" else ORG
    return [
        Found(owner, m.name, relation, "asserted", 0.6, sentence, index, False, None, "set-listed")
        for m in mentions
        if m.name != owner
        and m.kind != "coref"
        and (
            m.type in wanted
            or (relation == "owns" and m.type != "Place" and _SITE_AFTER.match(sentence, m.end))
        )
    ]


_PLURAL_POSSESSIVE = re.compile(r"\x00(\d+)'(?= )")


def _plural_possessives(template: str, mentions: list[Mention]) -> str:
    """ "Larkspur Holdings' cloud arm" reads like "<i>'s cloud arm" to the rules."""
    return _PLURAL_POSSESSIVE.sub(
        lambda m: m.group() + "s" if mentions[int(m.group(1))].surface.endswith("s") else m.group(),
        template,
    )


def _blank(match: re.Match[str]) -> str:
    return "_" * len(match.group())


def _place_modifier(sentence: str, mention: Mention, following: list[Mention]) -> bool:
    """ "Paris" in "the Paris startup" only describes the next name."""
    return (
        mention.type == "Place"
        and bool(following)
        and sentence[mention.end : following[0].start] == " "
    )


def _token_at(template: str, mentions: list[Mention], mention: Mention) -> int:
    """Where a mention's token starts in the template (0 when absent)."""
    index = next(i for i, m in enumerate(mentions) if m is mention)
    return _token_starts(template).get(index, 0)


@lru_cache(maxsize=1)  # the sentence being read (see _modality._cues)
def _names_a_former(template: str) -> bool:
    """Whether a former-name cue occurs at all: most sentences need no closer look."""
    folded = lowered(template)
    if folded is not None and not any(word in folded for word in _FORMER_LITERALS):
        return False  # exactly lowered (_case): the cue would show as one of its words
    return _FORMER_ANYWHERE.search(template) is not None


@lru_cache(maxsize=1)
def _token_starts(template: str) -> dict[int, int]:
    return {int(m.group(1)): m.start() for m in _ENT.finditer(template)}


def _is_alias(surface: str) -> bool:
    """A surface form worth keeping as another name: it names something.

    Pronouns and generic heads ("it", "company", "the lab") resolved by
    coreference are evidence of a mention, not names; a proper name or an
    epithet built on one ("the ChatGPT maker") carries a capital or a digit.
    """
    if surface.lower() in _PRONOUNS:
        return False
    return any(ch.isupper() or ch.isdigit() for ch in surface)


def _bound_possessive(sm: Mention, om: Mention, sentence: str) -> bool:
    """A possessive pronoun after its own clause's subject names that subject.

    "Harlow AI buys its compute from Oracle": a rule may read "its compute" as the
    seller; the pronoun is bound to Harlow AI, so no other candidate may stand in.
    """
    pronoun, named = (om, sm) if om.kind == "coref" else (sm, om)
    if sm.kind == "coref" and sm.surface.lower() in {"its", "their"} and om.start == 0:
        # "The coding-assistant maker rents its GPUs": the sentence's subject binds "its"
        pronoun, named = sm, om
    return (
        pronoun.kind == "coref"
        # "The unit is renting all of its cluster": an epithet subject binds "its" too
        and (named.kind != "coref" or named.surface.lower() not in _PRONOUNS)
        and pronoun.surface.lower() in {"its", "their"}
        and named.end <= pronoun.start
        # "Pika Labs is one of its customers": after a copula the pronoun is someone else's
        and not _COPULA.search(sentence, named.end, pronoun.start)
    )


# ("is renting" is no copula: "The unit is renting all of its cluster" binds "its")
_COPULA = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|became|becomes?)\b(?! [a-z]+ing\b)"
)


_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "she", "his", "her"})
