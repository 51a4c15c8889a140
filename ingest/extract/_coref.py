"""Resolve pronouns and epithets to the entities an article has named.

Order of evidence: the article first ("Cognition, the maker of Devin" makes
"the Devin maker" Cognition; "X, a bitcoin miner" makes "the bitcoin miner" X),
then the gazetteer's general knowledge ("the ChatGPT maker" is OpenAI, "the
search giant" is Google). Pronouns and generic heads ("it", "the company", "the
startup") go to the nearest fitting entity: in the sentence first, then the
previous sentence's subject, then whatever was named most recently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from ingest.extract._case import lower_case_twin, lowered
from ingest.extract._entities import Mention
from ingest.resolve import Gazetteer

# Mentions become MARK + index in sentence templates: a character no text contains
# (_text.segments turns both marks in the input into spaces). Control characters in
# Latin-1 keep an ASCII sentence's template one byte a character, so that substring
# tests and regexes on it need no widened copies; a private-use mark (U+E000) made
# every template two bytes a character.
MARK = "\x00"
PLACE_MARK = "\x01"  # places get their own mark: gaps in rules may run across them
_ORG_TYPES = frozenset(
    {"Company", "AILab", "CloudProvider", "ChipMaker", "Investor", "Organization"}
)
_NAMED_ROLE = re.compile(
    r"\bthe (\x00\d+) (maker|developer|creator|owner|parent|operator|builder)\b(?!\s+of)", re.I
)
# Every role pattern holds one of these words, outside any mention: without one, neither can match.
_ROLE_WORD = re.compile(r"maker|developer|creator|owner|parent|operator|builder|behind", re.I)
_ROLE_WORD_LOWER = lower_case_twin(_ROLE_WORD)
_ROLE_OF = re.compile(
    r"\bthe (?:maker|developer|creator|owner|operator|company behind|firm behind|startup behind|"
    r"group behind|lab behind) of (?:the )?(\x00\d+)"
    r"|\bthe (?:company|firm|startup|lab|group) behind (?:the )?(\x00\d+)",
    re.I,
)
_LABS_FIRST = frozenset({"lab"})
_HEADS: dict[str, tuple[str, ...]] = {
    "startup": ("AILab", "Company"),
    "start-up": ("AILab", "Company"),
    # a name no list knows and no cue typed is a Company; "the lab" takes it only when
    # no lab is named (_LABS_FIRST), while "the start-up" weighs it as a lab
    "lab": ("AILab", "Company"),
    "developer": ("AILab", "Company"),
    "model developer": ("AILab",),
    "chipmaker": ("ChipMaker",),
    "chip maker": ("ChipMaker",),
    "chip designer": ("ChipMaker",),
    "cloud company": ("CloudProvider",),
    "cloud provider": ("CloudProvider",),
    "cloud operator": ("CloudProvider",),
    "cloud": ("CloudProvider",),
    "neocloud": ("CloudProvider",),
    "provider": ("CloudProvider",),
    "operator": ("CloudProvider", "Company"),
    "miner": ("CloudProvider", "Company"),
    "company": (),
    "firm": (),
    "group": (),
    "giant": (),
    "business": (),
    "carmaker": ("Company",),
    "social network": ("Company",),
    "investor": ("Investor",),
    "fund": ("Investor",),
    "utility": ("Company",),
    "university": ("Organization",),
    "institute": ("Organization",),
    "chatbot": ("Product", "AIModel"),
    "assistant": ("Product", "AIModel"),
    "maker": (),
    # "the chatbot maker", "the model maker": what it makes says it is a lab
    "chatbot maker": ("AILab", "Company"),
    "model maker": ("AILab", "Company"),
    "landlord": ("CloudProvider", "Company"),
    "unit": ("CloudProvider", "Company"),
    "subsidiary": ("CloudProvider", "Company"),
    "division": ("CloudProvider", "Company"),
}
# "\b[Tt]he " read from its "he ": re skips ahead to a literal three letters long far faster
# than to each T or t; the match starts one letter after "the" (see resolve).
_HEAD_RE = re.compile(
    r"he (?<=(?<!\w)[Tt]he )((?:[\w$.%-]+ ){0,3}?)("
    + "|".join(sorted((re.escape(h) for h in _HEADS), key=len, reverse=True))
    + r")(?!\w|-| of\b| behind\b| (?:giant|company|firm|group|business)\b)"  # "the cloud giant"
)
_STACKED = re.compile(
    r"(?: (?:group|company|firm|giant|operator|provider|developer|maker|fund|investor|start-?up|"
    r"lab|utility|conglomerate|specialist|chipmaker|business|trust|holding company)){1,2} "
)
# "the state oil company Saudi Aramco": capitalised words between a head and the name it
# introduces (words the name finder left out of the name)
_CAPITALS_BEFORE_NAME = re.compile(r" (?:[A-Z][\w&.-]* ){1,2}")
_UNIT_HEADS = frozenset({"unit", "division", "subsidiary"})
_NOUN_GOES_ON = re.compile(r"'s | [a-z]")  # "on the cloud giant's chips" is no idiom
_INTO = ("in ", "to ", "into ", "from ", "onto ", "on ")
# Heads that name a company by the capacity it sells.
_HOST_HEADS = frozenset({"operator", "cloud operator", "provider", "landlord"})
_MERGED = re.compile(r"\b(?:combined|merged|enlarged)\b")
_PLURAL_SUBJECT = re.compile(r"^(?:,\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)*,?\s+and\s+[A-Z]")
# "Google's cloud arm", and the attributive "the Amazon cloud unit" (the "the" is checked
# before the match: a pattern that opens on the mark lets re skip straight to names)
_CLOUD_UNIT = re.compile(
    r"\x00(\d+)('s)? (?:[\w-]+ )?cloud(?: computing)? (?:unit|division|arm|business|subsidiary)\b"
)
_THE = ("the ", "The ")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\b")
_MODIFIER_TYPE = re.compile(
    r"\b(?:chip|semiconductor|cloud|gpu|ai|model|investment|venture)\b", re.I
)
_MODIFIER_TYPES = {
    "chip": "ChipMaker",
    "semiconductor": "ChipMaker",
    "cloud": "CloudProvider",
    "gpu": "CloudProvider",
    "ai": "AILab",
    "model": "AILab",
    "investment": "Investor",
    "venture": "Investor",
}
FRONTED = re.compile(
    r"(?:Besides|Apart from|Aside from|In addition to|Beyond|Alongside|Other than|Unlike|Like|"
    r"Along with|As well as)\s[^,;]{1,80},"
)
# "it is a customer of X" names a role of the company; "it is a good time" is expletive.
# "it was a blow", "it is not clear": no company; but "it was a developer called X" names one
_EXPLETIVE_IT = re.compile(
    r"\s+(?:is|was|'s)\s+(?:(?:a|an|the)\b(?! (?:[\w-]+ )?(?:customer|client|tenant|subsidiary|"
    r"unit|division|shareholder|investor|backer|rival|competitor|supplier|provider|partner|owner|"
    r"parent|landlord)s?\b)(?! (?:[\w-]+ ){0,4}?(?:called|named|known as)\b)|"
    # ("it is not alone" is the company, like "it is not the only one")
    r"(?:not\b(?! alone\b| the only\b)|(?:also|still|no|too|clear|unclear|likely|unlikely|time|"
    r"hard)\b))"
)
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|remain|remains|remained|become|became|becomes)\s+$")
# "former OpenAI researchers": the name describes people and is no antecedent
_PEOPLE_AFTER = re.compile(
    r"\s+(?:researchers|employees|staff|engineers|executives|alumni|veterans|founders|staffers)\b"
)
_POSSESSOR = re.compile(r"'s?\s")
# "<X> took all of ", "<X> has leased most of ": a verb and a share of an object "it" ("<X>
# said it" is no object: "it" there opens a clause of its own)
_SAME_CLAUSE_OBJECT = re.compile(
    r" (?:has |have |had |will |also |then )?[a-z]+ (?:all|most|half|much|part|the rest) of "
)
# "<Orrin>, took a stake alongside it", "<X> rents GPUs to it": the object of a preposition in
# the subject's own clause (the subject itself would be "itself")
_PREPOSITION_OBJECT = re.compile(
    r",? (?:[\w$%.-]+ ){1,10}?(?:alongside|with|beside|against|to|from|than|over|into) "
)
_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|who|said|says|say|and|but|after|before|because|while|when|if|as|so|"
    r"since|until|or)\b"
)
# "led its Series B", "co-led its seed round": an investor's part in a company's round
_LED_ROUND_BEFORE = re.compile(
    r"\b(?:led|co-led|leads|co-leads|joined|backed|anchored|participated in|took part in|"
    r"invested in) $"
)
_ROUND_AFTER = re.compile(
    r" (?:[\w$.-]+ ){0,3}?(?:series [a-h]\b|seed\b|round\b|funding\b|fund-?raising\b|raise\b)",
    re.I,
)
_PRONOUN = re.compile(r"[Ii](?<!\w[Ii])(?:ts|t)\b(?!-)")  # "\b(?:[Ii]ts|[Ii]t)\b(?!-)"
# The same on the lowered sentence, where re skips ahead to the literal "it"; it also finds
# "IT" and "ItS", which _PRONOUN does not (resolve passes over those)
_PRONOUN_LOWER = re.compile(r"it(?<!\wit)s?\b(?!-)")
_HARDWARE_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w-]*\s+)*(?i:chips?|gpus?|processors?|systems?|hardware|servers?|graphics|"
    r"accelerators?|architectures?|superchips?)\b"
)
_MAKER_OF = re.compile(
    r"\x00(\d+), (?:the|a|an) (?:maker|developer|creator|owner) of "
    r"(?:the )?(?:[\w-]+ ){0,3}?\x00(\d+)"
)
# "X, a data-centre operator based in Reno, Nevada", "X, the Oslo provider": where X is
# "Pell Labs develops Cinder", "Cinder is developed by Pell Labs": who makes what, for a
# later "the Cinder maker" (appositives, "X, the maker of Y", are _MAKER_OF's)
_MAKES = re.compile(
    r"\x00(\d+) (?:develops|developed|makes|made|builds|built|creates|created) "
    r"(?:the )?\x00(\d+)(?!'s)"
    r"|\x00(\d+),? (?:is|was|are|were) (?:developed|made|built|created) by \x00(\d+)"
)


def _names_making(template: str) -> bool:
    """A cheap test that a sentence may say who makes something (substring tests beat a regex)."""
    return (
        "develop" in template
        or "made" in template
        or "makes" in template
        or ("buil" in template or "creat" in template)
    )


_PLACED = re.compile(
    r"\x00(\d+),? (?:a|an|the) (?:(?:[^,;\x00\x01]{0,60}? )?(?:in|from|of) )?"
    r"(\x01\d+(?:, \x01\d+)?)"
)
_SITE = r"(?:campus|campuses|data[- ]cent(?:re|er)s?|sites?|facilit(?:y|ies)|clusters?)\b"


def _names_sites(text: str) -> bool:
    """A cheap test that a sentence speaks of sites at all (substring tests beat a regex)."""
    if "campus" in text or "cent" in text or "site" in text:
        return True
    return "facilit" in text or "cluster" in text


_HAS_SITES = re.compile(
    rf"\x00(\d+)'s (?:[\w-]+ |\x01\d+ ){{0,2}}?{_SITE}"
    rf"|\x00(\d+) (?:runs|operates|owns|built|opened|manages) "
    rf"(?:[\w,-]+ |\x01\d+ ){{0,3}}?{_SITE}"
)
_PLACE_INDEX = re.compile(r"\x01(\d+)")
_DESCRIBED_AS = re.compile(
    r"\x00(\d+), (?:the|a|an) ((?:[\w-]+ ){0,3}(?:startup|company|lab|provider|operator|"
    r"developer|miner|maker|firm|hub|giant|cloud))\b"
)
_MAKES_DESCRIBED = re.compile(
    r"\x00(\d+) (?:makes|made|builds|built|develops|developed|sells|created|launched) "
    r"(?:the )?\x00(\d+), (?:a|an) ((?:[\w-]+ )?[a-z][\w-]*)"
    r"(?= (?:used|popular|that|which|for|aimed|sold|built|with)\b|[,.;]|$)"
)
_ROLE = (
    r"(?:chief executive|chief [\w-]+ officer|chief scientist|ceo|cfo|cto|coo|co-?founder|founder|"
    r"president|chair(?:man|woman)?|spokes(?:person|man|woman)|managing director|head of [\w-]+)"
)
# Groups 1-4 hold the organisation first, groups 5-8 the person first
_EMPLOYS = re.compile(
    rf"\x00(\d+)'s (?:[\w-]+ ){{0,2}}?{_ROLE},? \x00(\d+)"
    rf"|\x00(\d+) (?:[\w-]+ )?{_ROLE},? \x00(\d+)"
    # "Jon Pryce, chief executive of rival Teague Labs": a word or two may describe the firm
    rf"|\x00(\d+), (?:the |its |a )?(?:[\w-]+ ){{0,2}}?{_ROLE} (?:of|at) "
    rf"(?:(?-i:[a-z][\w-]*) ){{0,2}}?\x00(\d+)"
    # "Priya Nair, Ostrava AI's chief executive"
    rf"|\x00(\d+), (?:the )?\x00(\d+)'s (?:[\w-]+ ){{0,2}}?{_ROLE}\b",
    re.I,
)
# "Dana Whitlock founded Orbis Labs": the founder speaks for the company she set up
_FOUNDED = re.compile(r"\x00(\d+)(?:, who)? (?:co-?founded|founded|set up|runs) \x00(\d+)(?!'s)")
# "..., said Priya Nair, Ostrava AI's chief executive.": whose words the next quote goes on
_SAID_BY = re.compile(
    r"\b(?:said|says|added|adds) \x00(\d+)|\x00(\d+)(?:, [^,;\x00]{1,60},)? (?:said|says|added)\b"
)
_TO_AFTER = re.compile(r"\s+to\b")
_POSSESSOR_BEFORE = re.compile(r"'s\s+(?:[\w-]+\s+)?$")
_RELATIVE_IS_AFTER = re.compile(r"\s+(?:that|which)\s+(?:is|are)\b")
_DUMMY_IT_AFTER = re.compile(  # "it is a ...", "it was unclear": no entity is meant
    r"\s+(?:is|was|'s)\s+(?:a|an|the|not|also|still|no|too|clear|unclear|likely|unlikely|time|hard)\b"
)


@dataclass
class ArticleState:
    """What the article has said so far that helps resolve later references."""

    gaz: Gazetteer
    history: list[tuple[str, str]] = field(default_factory=list)
    previous_subject: tuple[str, str] | None = None
    makers: dict[str, str] = field(default_factory=dict)
    epithets: dict[str, str] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    topic: str | None = None
    recent: set[str] = field(default_factory=set)
    cued: dict[str, str] = field(default_factory=dict)  # new names' types from their own cues
    employers: dict[str, str] = field(default_factory=dict)  # person -> organisation
    quoted: frozenset[str] = frozenset()  # names the last sentence named only inside its quote
    last_person: str | None = None
    site_owners: dict[str, str] = field(default_factory=dict)  # a data centre's owner
    # rentals of a site whose owner the article has not named yet ("Found"s of rules.py)
    pending_sites: list[Any] = field(default_factory=list)
    units: set[str] = field(default_factory=set)  # what the article said someone controls
    # each holder's latest holding, for "took a stake alongside X": a stake in the same company
    holdings: dict[str, str] = field(default_factory=dict)
    # controlling owners in the order said, for "the enlarged company"
    acquirers: list[str] = field(default_factory=list)
    # "X's campus", "X runs three data centres": when (a count of names seen) it was last said
    hosts: dict[str, int] = field(default_factory=dict)
    places: dict[str, set[str]] = field(default_factory=dict)  # "X, an operator in Reno"
    speaker: tuple[str, str] | None = None  # whose "we" the last sentence's quote spoke for
    held: tuple[str, int] | None = None  # the company a stake with no object went to, and when
    # The first sentence under a section header that named no organisation: a pronoun or
    # "the company" with nothing before it in the sentence is what the story is about.
    section_start: bool = False
    answering: bool = False  # the sentence is an interview answer (_text.Segment.spoken)
    # the organisation an interview's introduction names first: its answers' "we" is that
    # organisation, however often the answers name a supplier (_discourse.interviewed)
    interviewed: str | None = None
    # "Q: What is Orrin Labs?": the one company a question just asked about; its answer's
    # "Its models ..." and "A start-up that ..." are that company's (rules.py sets and clears it)
    asked: str | None = None
    last_sentence: str = ""  # the sentence before this one, as written (rules.py sets it)
    last_mentions: list[Mention] = field(default_factory=list)  # and its mentions

    def types(self, name: str, fallback: str) -> str:
        return self.gaz.type_of(name) or self.cued.get(name) or fallback

    def remember(self, mentions: list[Mention], subject_first: bool = True) -> None:
        orgs = [m for m in mentions if m.type in _ORG_TYPES or m.type == "Person"]
        self.recent = {m.name for m in mentions}
        for m in mentions:
            if m.type == "Person":
                self.last_person = m.name
            self.history.append((m.name, m.type))
            if m.kind == "new" and m.type != "Company":
                self.cued.setdefault(m.name, m.type)
        subject = next((m for m in orgs if m.type in _ORG_TYPES), None)
        if subject is not None and subject_first:
            self.previous_subject = (subject.name, subject.type)
        del self.history[:-60]

    def learn(self, template: str, mentions: list[Mention]) -> None:
        """Learn makers and epithets from appositives: "X, the maker of Y", "X, a bitcoin miner"."""
        # both appositive patterns need ", the " or ", a(n) " after a name: most sentences
        # have neither, and two substring tests cost far less than two scans
        appositive = ", the " in template or ", a" in template
        for match in _MAKER_OF.finditer(template) if appositive else ():
            maker, product = mentions[int(match.group(1))], mentions[int(match.group(2))]
            self.makers[product.name.lower()] = maker.name
        for match in _MAKES.finditer(template) if _names_making(template) else ():
            maker = mentions[int(match.group(1) or match.group(4))]
            made = mentions[int(match.group(2) or match.group(3))]
            if maker.type in _ORG_TYPES and made.name != maker.name:
                self.makers.setdefault(made.name.lower(), maker.name)
        # cheap substring tests before _EMPLOYS and _FOUNDED: most sentences name no one's
        # job; an "or" of them costs half what a generator over a tuple of hints does
        hinted = (
            "hief" in template
            or "ounde" in template  # founder, co-founded
            or "CEO" in template
            or "resident" in template
            or "irector" in template
            or "ead of" in template
            or "pokes" in template
            or "hair" in template
            or "CTO" in template
            or "CFO" in template
            or "COO" in template
            or " set up " in template
            or " runs " in template
        )
        for match in _EMPLOYS.finditer(template) if hinted else ():
            # "Glasswing's chief executive Peter Olumide", "Jo Roe, co-founder of Y"
            first = match.group(1) or match.group(3) or match.group(6) or match.group(8)
            second = match.group(2) or match.group(4) or match.group(5) or match.group(7)
            org, person = mentions[int(first)], mentions[int(second)]
            if org.type in _ORG_TYPES and person.type == "Person":
                self.employers[person.name] = org.name
        if hinted:
            for match in _FOUNDED.finditer(template):
                person, org = mentions[int(match.group(1))], mentions[int(match.group(2))]
                if org.type in _ORG_TYPES and person.type == "Person":
                    self.employers.setdefault(person.name, org.name)
        if self.speaker is None and self.employers and "\x00" in template:
            # an attribution outside quotes: a quote that opens the next sentence without
            # one of its own is the same speaker's, and its "we" is the speaker's firm
            for match in _SAID_BY.finditer(template) if " sa" in template else ():
                said_by = mentions[int(match.group(1) or match.group(2))]
                firm = self.employers.get(said_by.name) if said_by.type == "Person" else None
                if firm is not None:
                    self.speaker = (firm, self.types(firm, "Company"))
                    break
        for match in _HAS_SITES.finditer(template) if _names_sites(template) else ():
            who = mentions[int(match.group(1) or match.group(2))]
            if who.type in _ORG_TYPES:
                self.hosting(who.name)
        if PLACE_MARK in template:
            for match in _PLACED.finditer(template):
                who = mentions[int(match.group(1))]
                places = {mentions[int(i)].name for i in _PLACE_INDEX.findall(match.group(2))}
                self.places.setdefault(who.name, set()).update(places)
        for match in _DESCRIBED_AS.finditer(template) if appositive else ():
            who = mentions[int(match.group(1))]
            if who.type in _ORG_TYPES:
                self.epithets["the " + match.group(2).lower()] = who.name
        described = ", a " in template or ", an " in template
        for match in _MAKES_DESCRIBED.finditer(template) if described else ():
            # "X makes Quill, a coding assistant": X is "the coding-assistant maker" later
            who, made = mentions[int(match.group(1))], mentions[int(match.group(2))]
            if who.type in _ORG_TYPES:
                self.makers.setdefault(made.name.lower(), who.name)
                what = match.group(3).lower()
                for phrase in {what, what.replace(" ", "-")}:
                    self.epithets.setdefault(f"the {phrase} maker", who.name)

    def hosting(self, name: str) -> None:
        """Note that the article has just said ``name`` has sites (latest first in ``hosts``)."""
        self.hosts[name] = max(self.hosts.values(), default=0) + 1

    def maker_of(self, name: str) -> str | None:
        return self.makers.get(name.lower()) or self.gaz.maker_of(name)

    def owner_of(self, name: str) -> str | None:
        """The entity behind "the X owner/parent/operator": X's maker or controlling parent."""
        maker = self.maker_of(name)
        if maker:
            return maker
        entry = self.gaz.entries.get(name)
        if entry is None:
            return None
        if entry.renamed_to:
            return entry.renamed_to
        return entry.part_of or entry.name


def _appositive_of(sentence: str, mentions: list[Mention], start: int) -> str | None:
    """ "ClickHouse, the database company": an epithet right after a name describes that name."""
    before = [m for m in mentions if m.end <= start]
    if before and sentence[before[-1].end : start] == ", " and before[-1].type in _ORG_TYPES:
        return before[-1].name
    return None


def _is_modifier(sentence: str, mention: Mention) -> bool:
    """ "Nvidia" in "Nvidia GB300 processors" describes hardware and is no antecedent."""
    return bool(_HARDWARE_AFTER.match(sentence[mention.end :]))


def _called_group(state: ArticleState, name: str) -> bool:
    """Whether the name, or a name the gazetteer knows it by, ends in "Group"."""
    entry = state.gaz.lookup(name)
    names = (name, *entry.aliases) if entry is not None else (name,)
    return any(n.endswith((" Group", " group")) for n in names)


def _candidates(
    state: ArticleState,
    sentence: str,
    mentions: list[Mention],
    before: int,
    wanted: tuple[str, ...],
    prefer_subject: bool,
    bare: bool = False,
    labs_first: bool = False,
) -> list[str]:
    accepted = frozenset(wanted) if wanted else _ORG_TYPES

    def fits(type_: str) -> bool:
        return type_ in accepted

    fronted = FRONTED.match(sentence)
    inside = [
        m
        for m in mentions
        if m.end <= before
        and fits(m.type)
        and not _is_modifier(sentence, m)
        and not _PEOPLE_AFTER.match(sentence, m.end)
        and not _TO_AFTER.match(sentence[m.end : m.end + 4])
        # "Besides X, its suppliers ...": a fronted aside is not what "its" points at
        and not (fronted and m.end <= fronted.end() <= before)
    ]
    previous = (
        [state.previous_subject[0]]
        if state.previous_subject and fits(state.previous_subject[1])
        else []
    )
    ordered: list[str] = []
    if (
        state.section_start
        and not inside
        and state.topic is not None
        and fits(state.types(state.topic, "Company"))
    ):
        ordered.append(state.topic)
    if prefer_subject and inside and not sentence.endswith(("which ", "whom "), 0, before):
        # inside a relative clause ("X, which ... its"), the pronoun is the clause's antecedent
        # (but in "X, which it competes with" the pronoun is the clause's subject, not X)
        starts = [r.start() for r in _RELATIVE_BEFORE.finditer(sentence, 0, before)]
        if starts:
            relative_at = starts[-1]
            head = [
                m
                for m in inside
                if m.end <= relative_at and not sentence[m.end : relative_at].strip()
            ]
            if head:
                ordered.append(head[-1].name)
    if prefer_subject and inside and _PLURAL_SUBJECT.match(sentence[inside[0].end :]):
        # "X and Y are among its backers": "its" is the last one named before them
        named_here = {m.name for m in mentions}
        ordered.extend(
            name
            for name, type_ in reversed(state.history)
            if type_ in accepted and name not in named_here
        )
        inside = []
    if prefer_subject:
        # "Wexford's cloud unit, Arden Cloud, said it ...": a possessor is not the subject
        # and "Analyst note (Brisk Securities): ... it": a bracketed source is no subject either
        free = [
            m for m in inside if sentence.rfind("(", 0, m.start) <= sentence.rfind(")", 0, m.start)
        ]
        lead = next((m for m in free if not _POSSESSOR.match(sentence, m.end)), None)
        ordered.extend([lead.name] if lead is not None else [m.name for m in (free or inside)[:1]])
        ordered.extend(previous if not inside else [])
        ordered.extend(m.name for m in reversed(inside))
    else:
        if (
            bare
            and before <= 4
            and state.topic in state.recent
            and fits(state.types(state.topic, "Company"))
        ):
            ordered.append(state.topic)
        first_org = next((m for m in mentions if m.type in _ORG_TYPES), None)
        ordered.extend(m.name for m in reversed(inside[-1:]) if m is not first_org)
        if (
            first_org in inside
            and inside[-1] is not first_org
            and _RELATIVE_BEFORE.search(sentence, first_org.end, before)
        ):
            # "X is owned by Y, which bought control of the business": inside the relative
            # clause the phrase is the main clause's subject before any earlier sentence's
            ordered.append(first_org.name)
        if state.topic in state.recent and fits(state.types(state.topic, "Company")):
            ordered.append(state.topic)  # "the company" is most often what the story is about
        ordered.extend(previous)
        ordered.extend(m.name for m in reversed(inside))
    ordered.extend(previous)
    history = (name for name, type_ in reversed(state.history) if type_ in accepted)
    if len(wanted) > 1:
        # "the startup" is an AI lab before it is any company
        unique = list(dict.fromkeys(chain(ordered, history)))
        rank = {t: i for i, t in enumerate(wanted)}

        # a name this sentence types ("Wrenly AI") is known by that type before the
        # article's state has learnt it
        here = {m.name: m.type for m in mentions if m.kind != "coref"}

        def rank_of(name: str) -> int:
            type_ = here.get(name) or state.types(name, "Company")
            if (
                type_ == "Company"
                and "AILab" in rank
                and not labs_first
                and state.gaz.type_of(name) is None
            ):
                # a company no list knows is as likely the start-up as a lab: recency decides
                type_ = "AILab"
            return rank.get(type_, len(wanted))

        unique.sort(key=rank_of)
        return unique[:4]
    # Only four names are kept: read the (long) history only as far as it takes.
    unique = list(dict.fromkeys(ordered))
    for name in history:
        if len(unique) >= 4:
            break
        if name not in unique:
            unique.append(name)
    return unique[:4]


def _template(sentence: str, mentions: list[Mention]) -> str:
    out: list[str] = []
    pos = 0
    for i, m in enumerate(mentions):
        out.append(sentence[pos : m.start])
        out.append(_token(i, m))
        pos = m.end
    out.append(sentence[pos:])
    return "".join(out)


# "X did not buy the company", "X has since acquired the start-up": between a name and a head
# only a deal verb and its auxiliaries, so the head is that verb's object (the regex reads
# from the name's end to the head's "the" and must reach it).
_DEAL_VERB_BETWEEN = re.compile(
    r" (?:(?:did|does|has|have|had|will|would|never|not|n't|also|since|later|then|eventually"
    r"|finally|now) ){0,3}(?:buy|buys|bought|acquire|acquires|acquired|purchased|purchases"
    r"|took over|takes over|take over|owns|owned|controls|controlled) $"
)


# "<Harlan> 20% of ", "<Harlan> a 20% stake in ": a share given to a name, up to the
# company it is a share of
_SHARE_GIVEN = re.compile(
    r" (?:a |an )?(?:[\w$.,-]+ ){0,2}?(?:[\d.]+ ?%|percent|per cent|stake|holding|interest|"
    r"shares|third|quarter|fifth|half) (?:of|in) "
)


def resolve(state: ArticleState, sentence: str, names: list[Mention]) -> list[Mention]:
    """The sentence's mentions with pronouns and epithets added, in order, without overlaps."""
    mentions = list(names)
    speaker_before, state.speaker = state.speaker, None
    quoted_before, state.quoted = state.quoted, _only_quoted(sentence, names)
    lower_text = sentence.lower()
    # Literal epithets: the article's own first, then the gazetteer's; longest first.
    for table, phrases in (
        (state.epithets, tuple(sorted(state.epithets, key=len, reverse=True))),
        (state.gaz.epithets, state.gaz.epithet_phrases),
    ):
        if not table:
            continue
        for match in _phrase_pattern(phrases).finditer(lower_text):
            phrase = match.group()
            name = table[phrase]
            start, end = match.start(), match.end()
            if any(m.start < end and start < m.end and m.kind == "coref" for m in mentions):
                continue
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            apposed = _appositive_of(sentence, mentions, start)
            if apposed is not None and apposed != name:
                # "Torvik, the search giant, ...": later "the search giant" is Torvik too,
                # not whoever the gazetteer knows by that phrase
                state.epithets[phrase] = name = apposed
            type_ = state.types(name, "Company")
            mentions.append(Mention(start, end, name, type_, sentence[start:end], "coref", [name]))
    mentions.sort(key=lambda m: m.start)
    # "the ChatGPT maker", "the maker of Devin": resolved through what the product is.
    roles: list[re.Match[str]] = []
    if (
        _ROLE_WORD.search(sentence)
        if (folded := lowered(sentence)) is None
        else _ROLE_WORD_LOWER.search(folded)
    ):
        template = _template(sentence, mentions)
        roles = [*_NAMED_ROLE.finditer(template), *_ROLE_OF.finditer(template)]
    replaced: list[tuple[int, int, Mention]] = []
    for match in roles:
        index = int(next(g for g in match.groups() if g and g.startswith(MARK))[1:])
        target = mentions[index]
        owner = state.owner_of(target.name)
        if owner is None:
            continue
        start = _source_offset(sentence, mentions, template, match.start())
        end = _source_offset(sentence, mentions, template, match.end())
        replaced.append(
            (
                start,
                end,
                Mention(
                    start,
                    end,
                    owner,
                    state.types(owner, "Company"),
                    sentence[start:end],
                    "coref",
                    [owner],
                ),
            )
        )
    for start, end, new in replaced:
        mentions = [m for m in mentions if not (m.start < end and start < m.end)]
        mentions.append(new)
    mentions.sort(key=lambda m: m.start)
    # Generic heads ("the startup") and pronouns: the nearest fitting entity.
    extra: list[Mention] = []
    for match in _HEAD_RE.finditer(sentence):
        the = match.start() - 1  # where "the" starts: the match starts at its "he "
        start, end = match.start(2), match.end(2)
        where: set[str] = set()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if _POSSESSOR_BEFORE.search(sentence[:the]):
            continue  # "Ilya Sutskever's company" is not the company named before
        if _PREDICATE_BEFORE.search(sentence, max(0, the - 12), the):
            continue  # "AWS will remain the primary cloud provider for X": a role, not a reference
        if any(m.start == end + 1 and m.kind != "coref" for m in mentions):
            continue  # "the data-centre developer Ashgrove": the head introduces that name
        if match.group(1).startswith("same ") and sentence.startswith(" as ", end):
            continue  # "chases the same business as X": a likeness, no company
        if (lead := _CAPITALS_BEFORE_NAME.match(sentence, end)) and any(
            m.start == lead.end() and m.kind != "coref" for m in mentions
        ):
            continue  # "the state oil company Saudi Aramco": a word of the name goes unread
        if sentence[end : end + 1] == "s" or _RELATIVE_IS_AFTER.match(sentence[end:]):
            continue
        if _MERGED.search(match.group(1)):
            # "the combined company" of a merger is neither party alone; but after "X has
            # completed its takeover of Y", "the enlarged company" is X grown by Y
            if "enlarged" in match.group(1) and state.acquirers:
                # the story's company if it took something over, else the latest buyer
                owner = state.topic if state.topic in state.acquirers else state.acquirers[-1]
                taken = Mention(
                    match.start(),
                    end,
                    owner,
                    state.types(owner, "Company"),
                    match.group(),
                    "coref",
                    [owner],
                )
                mentions = sorted([*mentions, taken], key=lambda m: m.start)
            continue
        if (
            match.group(2) == "cloud"
            and not match.group(1)
            and sentence.endswith(_INTO, 0, the)
            and not _NOUN_GOES_ON.match(sentence, end)
        ):
            continue  # "its models run in the cloud": the idiom names no company
        stacked = _STACKED.match(sentence, end)
        if stacked and any(m.start == stacked.end() and m.kind != "coref" for m in mentions):
            continue  # "the utility group Energie Laurent": the heads describe that name
        # "X, the Paris start-up, ...": an appositive keeps its words (they describe X)
        described = sentence.endswith(", ", 0, the) and any(m.end == the - 2 for m in mentions)
        if match.group(1) and not described:
            # "the Nevada data-centre operator": the words before the head are the reference's
            # too, and a company said to be in a place among them goes first
            lo = match.start(1)
            inside = [m for m in mentions if lo <= m.start and m.end <= start]
            # (but "the Paris-based developer" keeps its place: it says where the company is)
            if all(m.type == "Place" and sentence[m.end : m.end + 6] != "-based" for m in inside):
                where = {m.name for m in inside}
                start = lo
                mentions = [m for m in mentions if m not in inside]
        wanted = _HEADS[match.group(2).lower()]
        hint = _MODIFIER_TYPE.search(match.group(1))
        if hint:
            wanted = (_MODIFIER_TYPES[hint.group().lower()], *wanted)
        bare = not match.group(1).strip()
        appositive = _appositive_of(sentence, mentions, the)
        if not bare and not appositive and not any(m.start < end and the < m.end for m in mentions):
            # "rents GPUs from the chip designer": the phrase refers; but in "run by
            # CoreWeave, the specialist GPU cloud, and by ..." it only describes the name
            start = the
        cands = [appositive] if appositive else []
        cands += _candidates(
            state,
            sentence,
            mentions,
            the,
            wanted,
            prefer_subject=False,
            bare=bare,
            labs_first=match.group(2).lower() in _LABS_FIRST,
        )
        if not cands and wanted[:1] == ("CloudProvider",):
            # "Amazon has put $2bn into Pelham, which trains on the cloud giant's chips": a
            # company with a cloud business stands for that business
            others = _candidates(state, sentence, mentions, the, (), False, bare)
            cands = [u for c in others if (u := state.gaz.cloud_unit_of(c))][:1]
        # '"X came to us," she said. The start-up ...': a name quoted is not the story's
        cands = [c for c in cands if c not in quoted_before] or cands
        if match.group(2).lower() == "group" and not appositive:
            # "The group also trimmed its holding": one called a group first ("SoftBank
            # Group"), then any but a lab (a lab is seldom "the group")
            cands.sort(key=lambda c: (not _called_group(state, c), state.types(c, "") == "AILab"))
        if appositive:
            pass  # "Norvik, the operator, ...": the name just before is the one meant
        elif match.group(2).lower() in _UNIT_HEADS:
            # "X will rename its hosting arm, Y. The unit ...": Y, which X controls, not X
            cands.sort(key=lambda c: c not in state.units)
        elif match.group(2).lower() in _HOST_HEADS:
            # "Brisk moved into Ridgeline's campus. The landlord ...": the one with the sites
            cands += [h for h in state.hosts if h not in cands]
            cands.sort(key=lambda c: -state.hosts.get(c, -1))  # the latest said to have sites
        if len(cands) > 1 and not appositive:
            # "Nvidia did not buy the company": a deal verb's object is not its own subject
            subject = next((m for m in reversed(mentions) if m.end <= the), None)
            if (
                subject is not None
                and subject.name == cands[0]
                and _DEAL_VERB_BETWEEN.match(sentence, subject.end, the)
            ):
                cands = [*cands[1:], cands[0]]
        if len(cands) > 1 and not appositive and sentence.endswith(("of ", "in "), 0, the):
            # "The deal gives Harlan 20% of the start-up": who is given the share (named
            # right before it) is not what it is a share of
            holder = next((m for m in reversed(mentions) if m.end <= the), None)
            if (
                holder is not None
                and holder.name == cands[0]
                and _SHARE_GIVEN.fullmatch(sentence, holder.end, the)
            ):
                cands = [*cands[1:], holder.name]
        if start < match.start(2) and where and not appositive:
            # one said to be there goes first; the place is no proof against the others
            cands.sort(key=lambda c: not where <= state.places.get(c, set()))
        if not described and not any(the <= m.start < start for m in mentions):
            start = the  # "trains on the cloud giant's chips": "the" is the name's
        if cands:
            type_ = state.types(cands[0], "Company")
            if type_ == "Company" and match.group(2).lower() in _HOST_HEADS:
                type_ = "CloudProvider"  # "a contract with the operator for GPUs": it rents them
            extra.append(Mention(start, end, cands[0], type_, sentence[start:end], "coref", cands))
    mentions.extend(extra)
    mentions.sort(key=lambda m: m.start)
    pronouns = _PRONOUN.finditer(sentence) if folded is None else _PRONOUN_LOWER.finditer(folded)
    for match in pronouns:
        start, end = match.span()
        word = sentence[start:end]
        if folded is not None and word[1:] != folded[start + 1 : end]:
            continue  # "IT", "ItS": a capital after the "I" makes no pronoun
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if word.lower() == "it" and _EXPLETIVE_IT.match(sentence, end):
            continue
        cands = _candidates(state, sentence, mentions, start, (), prefer_subject=True)
        if len(cands) > 1 and sentence.endswith(", ", 0, start):
            # "Velmont Capital, its largest backer, ...": an aside's "its" is someone else's
            named = next((m for m in reversed(mentions) if m.end == start - 2), None)
            if named is not None and named.name == cands[0]:
                cands = [*cands[1:], cands[0]]
        if (
            state.asked is not None
            and state.asked in cands
            and not any(m.end <= start and m.type in _ORG_TYPES for m in mentions)
        ):
            # an answer's "Its models run on ..." with no company before it in the sentence
            # is the company asked about, not the last one the answer named
            cands = [state.asked, *(c for c in cands if c != state.asked)]
        if len(cands) > 1 and word == "it":
            # "Brannock took all of it": an object "it" is not its own clause's subject
            # (that would be "itself"), so the subject just before goes last
            own = next((m for m in reversed(mentions) if m.end <= start), None)
            if own is not None and (
                _SAME_CLAUSE_OBJECT.fullmatch(sentence, own.end, start)
                or (
                    _PREPOSITION_OBJECT.fullmatch(sentence, own.end, start)
                    and not _CLAUSE_WORD.search(sentence, own.end, start)
                )
            ):
                cands = [c for c in cands if c != own.name] + [own.name]
        if (
            len(cands) > 1
            and word.lower() == "its"
            and _LED_ROUND_BEFORE.search(sentence, max(0, start - 30), start)
        ):
            # "Harwick Ventures led its Series B": whoever leads a round is not the one raising
            # it, so the subject just before goes last
            own = next((m for m in reversed(mentions) if m.end <= start), None)
            if own is not None and _ROUND_AFTER.match(sentence, end):
                cands = [c for c in cands if c != own.name] + [own.name]
        lead_clause = _LEAD_CLAUSE.match(sentence) if start < 120 else None
        if lead_clause and end <= lead_clause.end():
            # "Without the GPUs it leases from X, Y would ...": "it" points ahead, at Y
            main = next(
                (m for m in mentions if m.start == lead_clause.end() and m.type in _ORG_TYPES),
                None,
            )
            if main is not None:
                cands = [main.name, *(c for c in cands if c != main.name)]
        if state.quoted and len(cands) > 1 and sentence[:1] in '"\u201c' and start > 2:
            # '"... on Lambda's hardware," its founder said': the speaker's firm is not quoted
            quote = _QUOTE.match(sentence)
            if quote is not None and start >= quote.end():
                cands = [c for c in cands if c not in state.quoted] or cands
        if len(cands) > 1 and _BACKERS_AFTER.match(sentence, end):
            # "Its only outside investor is Samsung": an investor is not the one backed
            cands.sort(key=lambda name: state.types(name, "Company") == "Investor")
        elif len(cands) > 1 and _TENANTS_AFTER.match(sentence, end):
            # "Its sole tenant is X": whoever has tenants rents capacity out
            cands.sort(key=lambda name: state.types(name, "Company") not in _LANDLORD_TYPES)
        if cands:
            # resolved one by one, so a second "it" can follow the first
            pronoun = Mention(
                start,
                end,
                cands[0],
                state.types(cands[0], "Company"),
                word,
                "coref",
                cands,
            )
            mentions = sorted([*mentions, pronoun], key=lambda m: m.start)
    if state.asked is not None and (answer_about := _ANSWER_DESCRIBES.match(sentence)):
        # "A: A start-up that competes with Brant AI.": the answer describes the one asked about
        start, end = answer_about.span(1)
        if not any(m.start < end and start < m.end for m in mentions):
            asked = state.asked
            mentions = sorted(
                [
                    *mentions,
                    Mention(
                        start,
                        end,
                        asked,
                        state.types(asked, "Company"),
                        sentence[start:end],
                        "coref",
                        [asked],
                    ),
                ],
                key=lambda m: m.start,
            )
    if '"' in sentence or "\u201c" in sentence:
        mentions = _first_person_in_quote(state, sentence, mentions, speaker_before)
    elif state.answering and (answerer := state.interviewed or state.topic) is not None:
        mentions = _first_person_answering(state, sentence, mentions, answerer)
    return _cloud_units(state, sentence, mentions)


_ANSWER_DESCRIBES = re.compile(
    r"(?:A: )?((?:A|An) (?:[\w-]+ ){0,3}?(?:start-?up|company|lab|firm|developer|maker|provider|"
    r"operator|group|business|cloud|neocloud|chipmaker)) (?=that |which )"
)
_WE_US = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us)\b")  # "Kinsey is wholly ours now"


def _first_person_answering(
    state: ArticleState, sentence: str, mentions: list[Mention], topic: str
) -> list[Mention]:
    """ "HALE: We lease GPUs from X": in an interview answer "we", "our" and "us" are the
    organisation the interview is about."""
    type_ = state.types(topic, "Company")
    if type_ not in _ORG_TYPES:
        return mentions
    added = [
        Mention(w.start(), w.end(), topic, type_, w.group(), "coref", [topic])
        for w in _WE_US.finditer(sentence)
        if not any(m.start < w.end() and w.start() < m.end for m in mentions)
    ]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_BACKERS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:investors?|backers?|shareholders?|owners?|parent)\b"
)
_TENANTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:tenants?|customers?|clients?)\b")
_LANDLORD_TYPES = frozenset({"CloudProvider", "DataCenter"})
# A subordinate clause that opens a sentence, up to the comma before the main subject.
_LEAD_CLAUSE = re.compile(
    r"(?:Without|With|After|Before|Since|Because|Although|Though|While|When|Once|Until|As|Having) "
    r"(?:[^,;]|(?<=\d),(?=\d)){1,110}, "
)
_QUOTE = re.compile(r'^["\u201c]([^"\u201d]{10,400})["\u201d]')
# '... Jo Roe, co-founder of Quinta Labs, said: "Our models ...': the quote after the speaker
# ('Said Lena Voss, Ferrow AI's chief executive: "We ..."': the speaker between the two)
_QUOTE_AFTER_SAID = re.compile(
    r'\b(?:said|says|added|adds|told [^,:"]{1,30}|^(?:Said|Says|Added) [^:"\u201c]{3,80}):'
    r'\s+["\u201c]([^"\u201d]{10,400})["\u201d]?'
)
# "We're running", "we've rented": the contraction's verb reads on after the speaker's token
_WE = re.compile(r"\b(?:[Ww]e(?:'re|'ve|\u2019re|\u2019ve)?|[Oo]urs?|us)\b")
# right after the closing quote: ', said Jo Roe', ' Jo Roe said' or ', its founder, Jo Roe, said'
_ATTRIBUTION = re.compile(
    r",?\s+(?:said|says|added|adds|told\b[^,]{0,30})\b|\s+[^.;\"\u201c]{2,90}?\s+(?:said|says|added)\b"
)
_BARE_ROLE = re.compile(rf"\b(?:the|its|their) (?:[\w-]+ ){{0,3}}?{_ROLE}\b", re.I)
# "Jo Roe, co-founder of Quinta Labs", "Jo Roe, who runs Quinta Labs": the speaker's company
_THEY_OPENS = re.compile(r"(They)\b(?! (?:say|said|think|thought|know|knew)\b)")
_ROLE_PREPOSITION = re.compile(
    r"(?:\b(?:of|at)|, who (?:runs|ran|founded|co-founded|leads|led|heads|headed|started))"
    r"\s+(?:the\s+)?(?:(?:rival|partner|customer|supplier|investor|parent)\s+)?$"
)
_PRONOUN_SAID = re.compile(r",?\s+(?:he|she)\s+(?:said|says|added|adds|told)\b")
# "..., said Ana Prado, the start-up's technology chief": the speaker's company by possessive
_POSSESSIVE_ROLE = re.compile(
    r"'s?\s+(?:[\w-]+\s+){0,2}?(?:chief|executive|founder|co-founder|head|ceo|cto|cfo|coo|"
    r"president|spokes(?:man|woman|person)|director|boss|chair(?:man|woman)?|officer|lead|"
    r"manager|engineer|scientist)\b",
    re.I,
)


def _only_quoted(sentence: str, names: list[Mention]) -> frozenset[str]:
    """Names that occur only inside a sentence's opening quotation."""
    quote = _QUOTE.match(sentence) if sentence[:1] in '"\u201c' else None
    if quote is None:
        return frozenset()
    inside = {m.name for m in names if m.end <= quote.end()}
    return frozenset(inside - {m.name for m in names if m.end > quote.end()})


def _first_person_in_quote(
    state: ArticleState,
    sentence: str,
    mentions: list[Mention],
    speaker_before: tuple[str, str] | None = None,
) -> list[Mention]:
    """ "We rent our GPUs from X," said Jo Roe, co-founder of Y: "we" and "our" are Y.

    When only a person speaks ("... ," Roe said; "... ," she said), "we" is the
    organisation the article has named that person for.
    """
    quote = _QUOTE.match(sentence)
    speaker: tuple[str, str] | None = None
    if quote is None:
        quote = _QUOTE_AFTER_SAID.search(sentence)
        if quote is None:
            return mentions
        speaker = _speaker_before(state, sentence, mentions, quote.start(1))
    elif not _ATTRIBUTION.match(sentence, quote.end()):
        # a quote that goes on from the last sentence's: the same speaker's "we"
        speaker = speaker_before if sentence.rstrip()[-1:] in '"\u201d' else None
    after = [m for m in mentions if m.start >= quote.end()] if speaker is None else []
    for i, m in enumerate(after):
        if m.type == "Person" and m.name in state.employers:
            org = state.employers[m.name]  # "Olumide said on stage at RoboSummit": his firm's
            speaker = (org, state.types(org, "Company"))
            break
        if m.type in _ORG_TYPES and (
            i == 0
            or _ROLE_PREPOSITION.search(sentence, after[i - 1].end, m.start)
            or _POSSESSIVE_ROLE.match(sentence, m.end)
        ):
            speaker = (m.name, m.type)
            break
    if speaker is None and _PRONOUN_SAID.match(sentence, quote.end()) and state.last_person:
        employer = state.employers.get(state.last_person)
        if employer is None and state.topic is not None and not after:
            # '"We see X in every bid," she said.' of an officer never placed at a firm:
            # as when she is named ('..., Whitlock said'), the firm the story is about
            employer = state.topic
        speaker = (employer, state.types(employer, "Company")) if employer else None
        if speaker is not None and speaker[1] not in _ORG_TYPES:
            speaker = None
    if (
        speaker is None
        and not any(m.type in _ORG_TYPES for m in after)
        and _BARE_ROLE.search(sentence, quote.end(), quote.end() + 90)
    ):
        # '..., the chief executive, Maya Lind, said': the officer of the story's company
        speaker = _story_company(state)
    if (
        speaker is None
        and state.topic is not None
        and after
        and after[0].type == "Person"
        # "..., said Jon Pryce, who advises Teague Labs": a firm named with the speaker
        # that is not his is no reason to take the story's company for his
        and not any(
            m.type in _ORG_TYPES and m.kind != "coref" and m.name != state.topic for m in after
        )
    ):
        # '"We compete with X," Whitlock said.': a speaker the article never placed at a
        # firm speaks for the firm the story is about
        topic_type = state.types(state.topic, "Company")
        speaker = (state.topic, topic_type) if topic_type in _ORG_TYPES else None
    if speaker is None:
        return mentions
    state.speaker = speaker
    name, type_ = speaker
    added = [
        Mention(w.start(), w.end(), name, type_, w.group(), "coref", [name])
        for w in _WE.finditer(sentence, quote.start(1), quote.end(1))
        if not any(m.start < w.end() and w.start() < m.end for m in mentions)
    ]
    they = _THEY_OPENS.match(sentence, quote.start(1))
    if they is not None and added:
        # '"They gave us a cluster," said Jo Roe of Y': beside the speaker's "us", "they" is
        # the other party last named, before the quote in this sentence or before it
        named = [m for m in mentions if m.end <= quote.start(1) and m.type in _ORG_TYPES]
        other = next((m.name for m in reversed(named) if m.name != name), None) or next(
            (n for n, t in reversed(state.history) if t in _ORG_TYPES and n != name), None
        )
        if other is not None:
            added.append(
                Mention(
                    they.start(1),
                    they.end(1),
                    other,
                    state.types(other, "Company"),
                    they.group(1),
                    "coref",
                    [other],
                )
            )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _speaker_before(
    state: ArticleState, sentence: str, mentions: list[Mention], at: int
) -> tuple[str, str] | None:
    """The organisation of a speaker named before 'said:': '..., co-founder of Y, said:'."""
    before = [m for m in mentions if m.end <= at]
    for i, m in enumerate(before):
        if (
            m.type in _ORG_TYPES
            and i
            and (
                _ROLE_PREPOSITION.search(sentence, before[i - 1].end, m.start)
                or _POSSESSIVE_ROLE.match(sentence, m.end)
            )
        ):
            return m.name, m.type
    for m in before:
        if m.name in state.employers:
            org = state.employers[m.name]
            return org, state.types(org, "Company")
    if not any(m.type in _ORG_TYPES for m in before) and _BARE_ROLE.search(sentence, 0, at):
        return _story_company(state)
    return None


def _story_company(state: ArticleState) -> tuple[str, str] | None:
    """The company a paragraph is about: the last sentence's subject, else the topic."""
    if state.previous_subject:
        return state.previous_subject
    if state.topic:
        return state.topic, state.types(state.topic, "Company")
    return None


def _cloud_units(state: ArticleState, sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "Google's cloud unit" and "its cloud division" name the company's cloud business."""
    if "cloud" not in sentence:
        return mentions  # the pattern's "cloud" comes from the sentence's own words
    template = _template(sentence, mentions)
    for match in _CLOUD_UNIT.finditer(template):
        attributive = match.group(2) is None
        if attributive and template[max(0, match.start() - 4) : match.start()] not in _THE:
            continue
        parent = mentions[int(match.group(1))]
        unit = state.gaz.cloud_unit_of(parent.name)
        if unit is None:
            continue
        end = _source_offset(sentence, mentions, template, match.end())
        # "the Amazon cloud unit" is one name, its "the" included: "in the unit's data centres"
        start = parent.start - 4 if attributive else parent.start
        new = Mention(
            start,
            end,
            unit,
            "CloudProvider",
            sentence[start:end],
            "coref",
            [unit],
            owner=parent.name,
        )
        kept = [m for m in mentions if not start <= m.start < end]
        return sorted([*kept, new], key=lambda m: m.start)  # one unit phrase per sentence
    return mentions


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the phrases as a whole word: ``\\b(?:p1|p2|...)\\b``, tried in the given order.

    Written with each first letter before the word-boundary check (``t(?<!\\w.)he ...``)
    and the phrases grouped by that letter, so that re can skip to the letters a
    phrase starts with; phrases sharing a letter keep their order, so the same
    phrase wins wherever several could.
    """
    if not all(p and _WORD_CHAR.match(p) for p in phrases):
        return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    by_letter: dict[str, list[str]] = {}
    for phrase in phrases:
        by_letter.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    groups = (
        f"{re.escape(letter)}(?<!\\w.)(?:{'|'.join(rests)})" for letter, rests in by_letter.items()
    )
    return re.compile(f"(?:{'|'.join(groups)})\\b")


_WORD_CHAR = re.compile(r"\w")


def _token(index: int, mention: Mention) -> str:
    if mention.type == "Place":
        return f"{PLACE_MARK}{index}"
    possessive = mention.surface.lower() in {"its", "our"}
    return f"{MARK}{index}'s" if possessive else f"{MARK}{index}"


def _source_offset(sentence: str, mentions: list[Mention], template: str, offset: int) -> int:
    """Map an offset in the template back to the sentence."""
    pos_t = 0
    pos_s = 0
    for i, m in enumerate(mentions):
        token = _token(i, m)
        gap = m.start - pos_s
        if offset <= pos_t + gap:
            return pos_s + (offset - pos_t)
        pos_t += gap
        if offset <= pos_t + len(token):
            return m.start if offset == pos_t else m.end
        pos_t += len(token)
        pos_s = m.end
    return pos_s + (offset - pos_t)


def template_of(sentence: str, mentions: list[Mention]) -> str:
    """The sentence with each mention replaced by its token (``its`` becomes ``<i>'s``)."""
    return _template(sentence, mentions)
