"""Sites and the towns that name them: readings that need to tell a site from a place.

A town names its owner's site ("its Abilene campus" is the Abilene campus, owned by the
possessor) where a state or country does not ("its Ohio campus" is a campus in Ohio); the
party whose campus a lease is at leases it out; and a one-word name the article places a
site in ("a hall near Skagen") is a town, not a party to a deal.
"""

from __future__ import annotations

import re

from ingest.extract._checks import indices
from ingest.extract._coref import ArticleState
from ingest.extract._discourse import ORG, Found, controls
from ingest.extract._entities import Mention
from ingest.extract._modality import status_of
from ingest.resolve import Gazetteer

# "its Abilene site", "X's new Childress campus", "X owns the Keflavik hall" (\x01: a place)
_TOWN_SITE = re.compile(
    r"(?:\x00(\d+)'s (?:new |first |second |third |own |planned |flagship |main )?|"
    r"\x00(\d+) (?:also |now |already )?(?:owns|owned|built|builds|operates|operated|runs|ran|"
    r"opened|opens|developed|develops) the )"
    r"\x01(\d+)(?:, \x01\d+,?)? (campus|site|data cent(?:re|er)|hall|facility)\b"
)
# "... for 200 MW at its Denton campus" / "at the Denton campus": whose site the lease is at
_AT_WHOSE_SITE = re.compile(
    r"[^;\x00]{0,60}?\bat (?:\x00(\d+)'s (?:[\w\x01-]+ ){0,2}?(?:campus|site|data cent(?:re|er)|"
    r"facility|hall)\b|the \x00(\d+)(?: (?:campus|site|data cent(?:re|er)|facility|hall))?\b)"
)
# "a hall in Skagen", "offices near Tolland": what comes before a one-word name placed as a
# site's town (tried only just before "in <name>", found by a plain string search)
_SITE_BEFORE_TOWN = re.compile(
    r"\b(?:halls?|campus(?:es)?|sites?|data cent(?:re|er)s?|facilit(?:y|ies)|plants?|offices?|"
    r"headquarters|based|located|built)(?: [\w-]+){0,3}$"
)
_TOWN_PREPOSITIONS = (" in ", " near ", " outside ")


def town_sites(
    gaz: Gazetteer,
    template: str,
    mentions: list[Mention],
    sentence: str,
    index: int,
    types: dict[str, str],
) -> list[Found]:
    """ "its Abilene site", "Brimfell owns the Keflavik hall": a town names the owner's site.

    Only a town does: "its Ohio campus" is a campus somewhere in Ohio, not a name.
    """
    found: list[Found] = []
    for match in _TOWN_SITE.finditer(template):
        owner = mentions[int(match.group(1) or match.group(2))]
        town = mentions[int(match.group(3))]
        if owner.type not in ORG or not gaz.is_town(town.name):
            continue
        if status_of(template, match.start(), match.end()) in {"hypothetical", "denied"}:
            continue
        site = f"{town.name} {match.group(4).lower()}"
        types.setdefault(site, "DataCenter")
        found.append(controls(owner.name, site, sentence, index, "town-site"))
    return found


def lessor_by_site(
    groups: dict[str, str | None],
    template: str,
    end: int,
    mentions: list[Mention],
    state: ArticleState,
) -> tuple[int, int] | None:
    """(lessor, tenant) of "A signed a lease with B for 200 MW at its Denton campus" when the
    types do not tell: the party whose campus it is leases it out. "its" is the subject's, but
    a lab owns no campus to lease, so a lab's "its" decides nothing; a site named earlier
    ("Tarrow owns the Denton campus") goes by the owner the article gave it."""
    a, b = indices(groups.get("a")), indices(groups.get("b"))
    at = _AT_WHOSE_SITE.match(template, end)
    if not a or not b or at is None:
        return None
    parties = {mentions[a[0]].name: (a[0], b[0]), mentions[b[0]].name: (b[0], a[0])}
    place = mentions[int(at.group(1) or at.group(2))]
    if at.group(1):  # "at its/X's ... campus"
        if place.kind == "coref" and place.type in {"AILab", "Person"}:
            return None
        return parties.get(place.name)
    owner = state.site_owners.get(place.name) if place.type == "DataCenter" else None
    return parties.get(owner) if owner else None


def without_towns(
    kept: list[Found], types: dict[str, str], state: ArticleState, text: str
) -> list[Found]:
    """Drop claims about a one-word name no cue typed that the article also uses as a town
    ("a hall in Skagen ... Skagen hosts servers for X"): a place is no party to a deal.

    Asked only when such a name made a claim; most articles' parties carry a cue or a list.
    """
    suspects = {
        name
        for f in kept
        for name in (f.subject, f.object)
        if " " not in name
        and types.get(name) == "Company"
        and name not in state.cued
        and not state.gaz.type_of(name)
    }
    if not suspects:
        return kept
    towns = {name for name in suspects if _placed_as_town(name, text)}
    if not towns:
        return kept
    return [f for f in kept if f.subject not in towns and f.object not in towns]


def _placed_as_town(name: str, text: str) -> bool:
    """ "a hall in Skagen": the article puts a site in ``name`` (not "in Skagen's campus",
    not "in Skagen Data")."""
    for preposition in _TOWN_PREPOSITIONS:
        phrase = preposition + name
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            tail = text[end : end + 2]
            if (
                not tail[:1].isalnum()
                and tail != "'s"
                and not (tail[:1] == " " and tail[1:].isupper())
                and _SITE_BEFORE_TOWN.search(text, max(0, at - 50), at)
            ):
                return True
            at = text.find(phrase, end)
    return False
