"""A curated, general gazetteer of the AI, cloud and chip industry.

The data (``gazetteer.json``, ``places.json``) is written by hand from general
knowledge of the industry: canonical names, aliases, former names, epithets
("the search giant") and the products each company makes. It lets the
extractor recognise well-known names and resolve epithets such as "the ChatGPT
maker"; names it does not know are still found by the extractor's cues.

Knowledge here never becomes a fact on its own: ``part_of`` and ``makes`` only
help to resolve what an article says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent
_TOKEN = re.compile(r"[\w&](?:[\w.&:+-]*[\w&+])?")  # never ends in ".", ":" or "-"
_HYPHEN_TAIL = re.compile(r"-(?:backed|owned|funded|led|controlled|based|registered|made|built)$")

# Aliases that are ordinary words at the start of a sentence are matched only inside one.
_SENTENCE_START_AMBIGUOUS = frozenset({"Scale", "Pi", "Arm", "Cursor", "Devin", "Claude", "X"})


@dataclass(frozen=True)
class GazetteerEntry:
    """One entity the gazetteer knows."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    epithets: tuple[str, ...] = ()
    makes: tuple[str, ...] = ()
    renamed_to: str | None = None
    part_of: str | None = None


@dataclass
class Gazetteer:
    """Lookup of surface names, epithets and product makers.

    Example:
        >>> gaz = load_gazetteer()
        >>> gaz.lookup("AWS").name
        'Amazon Web Services'
    """

    entries: dict[str, GazetteerEntry]
    places: frozenset[str]
    regions: frozenset[str] = frozenset()  # the places too wide to name a site by
    surfaces: dict[str, str] = field(default_factory=dict)
    epithets: dict[str, str] = field(default_factory=dict)
    makers: dict[str, str] = field(default_factory=dict)
    first_words: dict[str, int] = field(default_factory=dict)
    cloud_units: dict[str, str] = field(default_factory=dict)
    epithet_phrases: tuple[str, ...] = ()  # the epithets, longest first: the order to try them
    # Words that may open a name, with or without its full stop ("Corp" of "Corp."): most
    # words of a sentence are neither, and one set test passes them over.
    openers: frozenset[str] = frozenset()
    # Where a token that may open a name starts (see _name_starts): found by one scan.
    name_starts: re.Pattern[str] = field(default=re.compile(""), repr=False)
    # First words that open small ("xAI", "iPhone"): where none is, _ASCII_NAME_STARTS will do.
    small_openers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for entry in self.entries.values():
            for surface in (entry.name, *entry.aliases):
                self.surfaces.setdefault(surface, entry.name)
                if len(surface) > 3 and surface.upper() != surface:
                    self.surfaces.setdefault(surface.upper(), entry.name)
            for epithet in entry.epithets:
                self.epithets[epithet.lower()] = entry.name
            for product in entry.makes:
                self.makers.setdefault(product.lower(), entry.name)
            if entry.part_of and entry.type == "CloudProvider":
                self.cloud_units.setdefault(entry.part_of, entry.name)
        for owner, unit in list(self.cloud_units.items()):
            # "Alphabet's cloud arm" is Google Cloud too: the unit of a company's own unit
            grandparent = self.entries[owner].part_of if owner in self.entries else None
            if grandparent:
                self.cloud_units.setdefault(grandparent, unit)
        for place in self.places:
            self.surfaces.setdefault(place, place)
        for surface in self.surfaces:
            words = surface.split(" ")
            self.first_words[words[0]] = max(self.first_words.get(words[0], 0), len(words))
        self.epithet_phrases = tuple(sorted(self.epithets, key=len, reverse=True))
        self.openers = frozenset(self.first_words) | frozenset(
            word[:-1] for word in self.first_words if word.endswith(".")
        )
        self.name_starts = _name_starts(self.first_words)
        self.small_openers = tuple(
            sorted(w for w in self.first_words if not _CAPITAL_OR_DIGIT.match(w))
        )

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Known names in ``text`` as (start, end, surface), longest first, left to right.

        Tokens are looked up in a dictionary, so the cost does not grow with the
        gazetteer. "Microsoft-backed" still yields "Microsoft"; a trailing full
        stop is dropped unless it belongs to the name ("Corp.").
        """
        openers = self.openers
        found: list[tuple[int, int, str]] = []
        free = 0  # where the text no name found so far covers starts
        # only a word that opens a name, whole or before a hyphen ("Microsoft-backed"), can
        # start one: the scan passes over the words that cannot, the set test over the rest
        # most sentences are ASCII and hold no name that opens small ("xAI"): there a scan
        # that re can skip ahead in finds the same places (each match ends one past one)
        if text.isascii() and not any(map(text.__contains__, self.small_openers)):
            openings, past = _ASCII_NAME_STARTS.finditer(text), 1
        else:
            openings, past = self.name_starts.finditer(text), 0
        for opening in openings:
            start = opening.end() - past
            if start < free:
                continue
            token = _TOKEN.match(text, start)
            if token is None:
                continue
            word = token[0]
            if word not in openers and "-" not in word:
                continue
            head = word.split("-", 1)[0] if "-" in word else word
            longest = (
                self.first_words.get(word)
                or self.first_words.get(word + ".")
                or self.first_words.get(head)
            )
            if not longest:
                continue
            ends = [token.end()]  # where this token and the ones after it end
            while len(ends) < longest and (after := _TOKEN.search(text, ends[-1])) is not None:
                ends.append(after.end())
            hit = None
            for length in range(len(ends), 0, -1):
                stop = ends[length - 1]
                candidate = text[start:stop]
                with_dot = candidate + "." if text[stop : stop + 1] == "." else candidate
                for variant in (with_dot, candidate):
                    if variant in self.surfaces:
                        hit = (start, start + len(variant), variant, length)
                        break
                if hit:
                    break
            if (
                hit is None
                and head != word
                and head in self.surfaces
                and _HYPHEN_TAIL.match(word[len(head) :])
            ):
                hit = (start, start + len(head), head, 1)
            if hit is None:
                continue
            found.append(hit[:3])
            free = ends[hit[3] - 1]
        return found

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry a surface form names, or None."""
        name = self.surfaces.get(surface)
        return self.entries.get(name) if name else None

    def is_place(self, surface: str) -> bool:
        """True when the surface form is a known place."""
        return self.surfaces.get(surface) in self.places

    def is_town(self, name: str) -> bool:
        """True for a known place narrow enough to name a site ("the Abilene campus")."""
        return name in self.places and name not in self.regions

    def type_of(self, name: str) -> str | None:
        """The ontology class of a canonical name, or None when unknown."""
        if name in self.places:
            return "Place"
        entry = self.entries.get(name)
        return entry.type if entry else None

    def maker_of(self, product: str) -> str | None:
        """Who makes a product ("ChatGPT" -> "OpenAI"), by general knowledge."""
        entry = self.lookup(product)
        key = (entry.name if entry else product).lower()
        return self.makers.get(key) or self.makers.get(product.lower())

    def cloud_unit_of(self, name: str) -> str | None:
        """The cloud business of a company ("Google" -> "Google Cloud"), if it has one."""
        return self.cloud_units.get(name)

    def ambiguous_at_sentence_start(self, surface: str) -> bool:
        """True for aliases that are plain words when they open a sentence."""
        return surface in _SENTENCE_START_AMBIGUOUS


def _name_starts(first_words: dict[str, int]) -> re.Pattern[str]:
    """Where the tokens start (as ``_TOKEN`` finds them) that may be a name's first word.

    A token starts at the first word character or "&" of a run of token characters,
    after any ".", ":", "+" or "-" that opens the run. Names open with a capital or a
    digit, but for a few ("xAI", "iPhone"); those are spelled out, any other starting
    letter is passed over: most words of a sentence start small and open no name.
    """
    spelled = sorted(w for w in first_words if not _CAPITAL_OR_DIGIT.match(w))
    if any(not _TOKEN.match(w) for w in spelled):
        raise ValueError("a gazetteer name must open with a letter, a digit or '&'")
    others = "".join(f"|{re.escape(w)}" for w in spelled)
    return re.compile(rf"(?<![\w.&:+-])[.:+-]*(?=[^\W_a-z]{others})")


_CAPITAL_OR_DIGIT = re.compile(r"[^\W_a-z]")
# _name_starts for ASCII text, where [^\W_a-z] is [A-Z0-9], without the names that open
# small: a capital or digit, or a run of ".:+-" and one, that nothing in [\w.&:+-] comes
# right before. Its first character is a class, so re skips to the next capital, digit
# or stop; _name_starts opens with a lookbehind, which re tries at every character (about
# 1.2M instructions per 400-word article). The match ends one past the token's start.
# Where a first word that opens small occurs (one test each), only _name_starts will do.
_ASCII_NAME_STARTS = re.compile(r"[A-Z0-9.:+-](?<![\w.&:+-].)(?:(?<=[A-Z0-9])|[.:+-]*[A-Z0-9])")


def _entry(raw: dict[str, object]) -> GazetteerEntry:
    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key) or []
        return tuple(str(v) for v in value) if isinstance(value, list) else ()

    renamed = raw.get("renamed_to")
    part_of = raw.get("part_of")
    return GazetteerEntry(
        name=str(raw["name"]),
        type=str(raw.get("type", "Organization")),
        aliases=strings("aliases"),
        epithets=strings("epithets"),
        makes=strings("makes"),
        renamed_to=str(renamed) if renamed else None,
        part_of=str(part_of) if part_of else None,
    )


@cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once per process."""
    raw = json.loads((_HERE / "gazetteer.json").read_text(encoding="utf-8"))
    entries: dict[str, GazetteerEntry] = {}
    for item in raw["entities"]:
        entry = _entry(item)
        entries[entry.name] = entry
    # Products named in "makes" lists are entities too, made by their maker.
    for entry in list(entries.values()):
        for product in entry.makes:
            if product not in entries and product not in {
                a for e in entries.values() for a in e.aliases
            }:
                entries[product] = GazetteerEntry(name=product, type="Product")
    known = json.loads((_HERE / "places.json").read_text(encoding="utf-8"))
    return Gazetteer(
        entries=entries,
        places=frozenset(str(p) for p in known["places"]),
        regions=frozenset(str(p) for p in known.get("regions", ())),
    )
