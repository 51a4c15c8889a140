"""A set of a company's partners named in one sentence, its members in the next few;
and a pair of companies named together, then spoken of together.

News often counts before it names: "Two providers supply Nemora Labs with GPUs. One is
Cask Compute. The other, Varda Cloud, came on board in March." or "Calyx AI has two
outside shareholders. The larger is Moorfield Ventures; the other is Sennet Capital."
No sentence names both parties, but the role noun of the first ("providers",
"shareholders", "rivals", "customers") says how each member of the second stands to the
company. One reading covers every role the registry's relations have a noun for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract._discourse import ORG, Found
from ingest.extract._entities import Mention
from ingest.extract._modality import scaled_confidence, share_in, status_of

# The role nouns, by what a member is to the company the set belongs to.
_ROLES = {
    "supplier": ("providers", "suppliers", "clouds", "landlords", "hosts", "provider", "supplier"),
    "backer": ("investors", "shareholders", "backers", "owners", "funds", "investor", "backer"),
    "customer": ("customers", "clients", "tenants"),
    "rival": ("rivals", "competitors", "rival", "competitor"),
}
_ROLE_OF = {noun: role for role, nouns in _ROLES.items() for noun in nouns}
# Substring tests first: most sentences hold no role noun at all.
_HINTS = (
    *("provider", "supplier", "clouds", "landlords", "hosts", "investor", "shareholders"),
    *("backer", "owners", "funds", "customers", "clients", "tenants", "rival", "competitor"),
)
_COUNT = (
    r"(?:two|three|four|five|six|several|a few|a handful of|a couple of|a pair of|\d+)"
    r"(?: main| major| big| outside| other| key| large| cloud| gpu| compute)*"
)
_NOUN = r"(?:cloud |gpu |compute |capacity )?(" + "|".join(sorted(_ROLE_OF, key=len)[::-1]) + r")"
_INTRO = re.compile(
    # "Two providers supply X", "Three funds have backed X"
    rf"^(?:[Oo]nly |[Jj]ust |[Aa]t least )?(?i:{_COUNT}) {_NOUN} "
    r"(?:[a-z]+ ){1,3}?\x00(\d+)(?!'s)"
    # "X has two outside shareholders", "X rents GPUs from two providers"
    rf"|\x00(\d+) (?:(?:now |only |also |still )?(?:[\w-]+|\x00\d+'s) ){{1,4}}?"
    # ("X counts four AI labs as tenants")
    rf"(?:only |just |at least )?{_COUNT} (?:(?:[\w-]+ ){{0,3}}?(?:as|among) (?:its )?)?{_NOUN}\b"
    # "X's two backers", "X's rivals"
    rf"|\x00(\d+)'s (?:{_COUNT} )?(?:[a-z]+ )?{_NOUN}\b"
)
# A supplier of what? Capacity, unless the noun says so itself ("clouds", "landlords").
_CAPACITY = re.compile(
    r"\b(?:capacity|compute|computing|gpus?|cloud|clouds|data[- ]cent(?:re|er)s?|servers|"
    r"clusters?|hosting|lease[sd]?|rents?|rented|leas(?:es|ing))\b",
    re.I,
)
_ORDINAL = (
    r"(?:one|another|other|first|second|third|fourth|larger|largest|bigger|biggest|smaller|"
    r"smallest|main|newer|newest|older|oldest|latest|last|remaining|second-largest)"
)
# Not a description but the start of another relation: "The other is a unit of X".
_DESCRIPTION = r"(?:(?:the|a|an) (?:(?!(?:of|by|from|to|for|with|in|at|on|and) )[a-z-]+ ){0,3}?)?"
# "One is X", "The other, X, ...", "The larger is X; the other is Y", "Another: X"
_MEMBER = re.compile(
    rf"(?:^|; |, (?:and |while |but )?)(?:[Tt]he )?(?i:{_ORDINAL})"
    r"(?: one)?(?: of (?:them|the \w+))?"
    rf"(?:,| is| was| being|:) {_DESCRIPTION}\x00(\d+)(?!'s)"
)
# "Among them is X", "They include X and Y", "Those are X and Y": the whole set at once
_LISTED = re.compile(
    r"^(?:[Aa]mong them (?:is|are|was|were)|(?:They|Those|These) (?:include|included|are|were)) "
    r"(\x00\d+(?:(?:,? and|,) \x00\d+)*)(?!'s)"
)
_ENT = re.compile(r"\x00(\d+)")
_DEPARTED = re.compile(
    r"\b(?:left|leave|leaving|quit|dropped|abandon\w*|ditch\w*|sold|exit\w*|lost|cut ties|"
    r"walked away|former|formerly|once|used to)\b"
)


@dataclass(frozen=True)
class RoleSet:
    """The company a counted set belongs to, what its members are to it, and where said."""

    owner: str
    owner_type: str
    role: str
    status: str
    index: int


# How a sentence that lists a set's members opens ("One is X", "The other, Y, ..."): only
# then are the sentences before it read for a counted set, so that most sentences cost a
# single prefix test.
MEMBER_OPENERS = (
    *("One ", "One,", "Another", "The other", "The first", "The second", "The third"),
    *("The larger", "The largest", "The bigger", "The biggest", "The smaller", "The main"),
    *("The newer", "The newest", "The latest", "The last", "The remaining", "The older"),
    *("Among them", "They include", "Those include", "These include", "They are"),
    *("Those are", "These are"),
)


# The first three letters of MEMBER_OPENERS: a set lookup passes over most sentences.
MEMBER_HEADS = frozenset(opener[:3] for opener in MEMBER_OPENERS)


def counted_for(
    counted: RoleSet | None, last: tuple[list[Mention], int, str] | None, index: int
) -> RoleSet | None:
    """The set a member sentence lists from: the one counted in the sentence just before
    (``last``: its mentions, index and template), or one that an earlier member sentence
    found, up to three sentences after it was counted."""
    if counted is not None and index - counted.index <= 3:
        return counted
    if last is not None and last[1] == index - 1:
        return set_named(last[2], last[0], last[1])
    return None


def set_named(template: str, mentions: list[Mention], index: int) -> RoleSet | None:
    """The counted set a sentence names ("two providers supply X"), if any."""
    if not any(hint in template for hint in _HINTS):
        return None
    match = _INTRO.search(template)
    if match is None:
        return None
    noun = match.group(1) or match.group(4) or match.group(6)
    token = match.group(2) or match.group(3) or match.group(5)
    owner = mentions[int(token)]
    role = _ROLE_OF[noun.lower()]
    if owner.type not in ORG:
        return None
    if (
        role == "supplier"
        and noun in {"providers", "suppliers", "provider", "supplier"}
        and not _CAPACITY.search(template)
    ):
        return None  # "two suppliers of chips": chips are sold, not rented
    if role == "customer" and owner.type != "CloudProvider":
        return None  # a company's customers may buy anything; a cloud's rent capacity
    status = status_of(template, match.start(), match.end())
    if status in {"hypothetical", "denied"} or _DEPARTED.search(template):
        return None  # "Three customers have left X. One is Y.": Y is one no longer
    return RoleSet(owner.name, owner.type, role, status, index)


def members_of(
    named: RoleSet, template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """Claims for the members a sentence after the set's lists: "One is X. The other, Y"."""
    tokens = [(m.group(1), m.end()) for m in _MEMBER.finditer(template)]
    if not tokens and index == named.index + 1:
        listed = _LISTED.match(template)
        if listed is not None:
            tokens = [(t, listed.end()) for t in _ENT.findall(listed.group(1))]
    found: list[Found] = []
    for token, end in tokens:
        member = mentions[int(token)]
        if member.type not in ORG or member.name == named.owner or member.kind == "coref":
            continue
        status = status_of(template, 0, end)
        if status in {"hypothetical", "denied"}:
            continue
        if named.status != "asserted":
            status = named.status  # "X is courting two investors. One is Y."
        claim = _claim(named, member, template, end, status, sentence, index)
        if claim is not None:
            found.append(claim)
    return found


def _claim(
    named: RoleSet,
    member: Mention,
    template: str,
    end: int,
    status: str,
    sentence: str,
    index: int,
) -> Found | None:
    confidence = scaled_confidence(0.55, status, coref=True, new_name=member.kind == "new")
    if named.role == "supplier":
        if member.type == "ChipMaker":
            return None  # a chipmaker sells the GPUs; it rents none out
        return Found(
            member.name,
            named.owner,
            "rents-capacity-to",
            status,
            confidence,
            sentence,
            index,
            None,
            None,
            "set-member",
        )
    if named.role == "backer":
        clause_end = template.find(";", end)
        share = share_in(template[end : clause_end if clause_end >= 0 else len(template)])
        stake = share is None or share < 0.5
        return Found(
            member.name,
            named.owner,
            "owns",
            status,
            confidence,
            sentence,
            index,
            stake,
            share,
            "set-member",
        )
    if named.role == "customer":
        subject, obj, relation = named.owner, member.name, "rents-capacity-to"
    else:
        subject, obj, relation = named.owner, member.name, "competes-with"
    return Found(
        subject, obj, relation, status, confidence, sentence, index, None, None, "set-member"
    )


# "They also rent from X", "Both rent from X", "The two companies share a backer": the pair
# the last sentence opened on, as the subject ("They say", "They think": people talk)
_COMPANIES = r"(?:companies|firms|labs|start-?ups|groups|providers|clouds)"
# what may follow the pair's words: not a verb of saying ("They say", "They think": people
# talk), nor a passive of things ("Nvidia and AMD make GPUs. They are sold to Oracle.")
_PAIR_VERB = (
    r" (?!(?:say|said|think|thought|expect|expected|believe|know|note|noted|warn|warned|"
    r"argue|argued|told|wrote|added|estimate|estimated)\b)"
    r"(?!(?:are|were|is|was|have been|had been|will be|can be|could be|would be|get|got) "
    r"(?:[a-z]+ )?(?:sold|bought|rented|leased|made|built|shipped|used|supplied|provided|"
    r"hosted|run|deployed|installed|delivered|priced|designed|manufactured)\b)(?=[a-z])"
)
_TOGETHER = re.compile(
    rf"(?:(?:They|Both of them)(?: {_COMPANIES})?|(?:Both|The two) {_COMPANIES}|The pair"
    # a bare "Both" before a verb: "Both rent from X" (not "Both deals closed")
    r"|Both(?= (?:also|now|still|already|rent|lease|use|run|train|buy|compete|are|were|have|"
    r"had|sell|rely|count|signed|raised|face|depend|moved|switched)\b))" + _PAIR_VERB
)
# "Pell signed a deal with Corvane. Both companies rent from X": a noun that counts companies
# points back at the two parties a sentence named even when it did not open on them ("They"
# or a bare "Both" might be the deals, the sites or the people that sentence spoke of)
_COUNTED_TOGETHER = re.compile(
    rf"(?:(?:Both|The two) {_COMPANIES}|The pair|Both of them)(?! of\b)" + _PAIR_VERB
)


def pair_as_subject(text: str, pair: tuple[str, str], counted_only: bool = False) -> str | None:
    """The sentence with the pair named where it opens on "They" or "Both" ... , if it does.

    ``counted_only``: the pair are the last sentence's two parties, not its subject, and only
    a phrase that counts companies ("Both companies", "The pair") points back at them.
    """
    if text[:1] not in "TB":
        return None
    match = (_COUNTED_TOGETHER if counted_only else _TOGETHER).match(text)
    if match is None:
        return None
    return f"{pair[0]} and {pair[1]} {text[match.end() :]}"


# "A and B share a cloud provider, C", "A and B have the same investor in C"
_SHARED = re.compile(
    r"(\x00\d+(?:(?:,? and|,) \x00\d+)+) (?:[^\x00;.]{1,60}? and )?(?:also |both |now |still )?"
    r"(?:share|have|use|rely on) "
    r"(?:a|the same|one|a common) (?:[\w-]+ )?(provider|supplier|cloud|landlord|host|investor|"
    r"backer|shareholder|parent|owner|rival|competitor)(?:,|:| in| \u2014) \x00(\d+)(?!'s)"
)
_SHARED_ROLE = {
    "provider": "supplier",
    "supplier": "supplier",
    "cloud": "supplier",
    "landlord": "supplier",
    "host": "supplier",
    "investor": "backer",
    "backer": "backer",
    "shareholder": "backer",
    "parent": "parent",
    "owner": "parent",
    "rival": "rival",
    "competitor": "rival",
}


def shared_partner(
    template: str, mentions: list[Mention], sentence: str, index: int
) -> list[Found]:
    """ "A and B share a cloud provider, C": C stands to each of them as the noun says.

    The caller has seen " and <name>" in the template: most sentences never get here.
    """
    if " share" not in template and " same " not in template and " common " not in template:
        return []
    match = _SHARED.search(template)
    if match is None:
        return []
    role = _SHARED_ROLE[match.group(2)]
    partner = mentions[int(match.group(3))]
    status = status_of(template, match.start(), match.end())
    if partner.type not in ORG or status in {"hypothetical", "denied"}:
        return []
    found: list[Found] = []
    for token in _ENT.findall(match.group(1)):
        party = mentions[int(token)]
        if party.type not in ORG or party.name == partner.name:
            continue
        named = RoleSet(party.name, party.type, role, status, index - 1)
        if role == "parent":
            found.append(
                Found(
                    partner.name,
                    party.name,
                    "owns",
                    status,
                    0.55,
                    sentence,
                    index,
                    False,
                    None,
                    "shared",
                )
            )
        elif role == "supplier" and partner.type == "ChipMaker":
            continue
        else:
            claim = _claim(named, partner, template, match.end(), status, sentence, index)
            if claim is not None:
                found.append(claim)
    return found
