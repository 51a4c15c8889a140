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
    surfaces: dict[str, str] = field(default_factory=dict)
    epithets: dict[str, str] = field(default_factory=dict)
    makers: dict[str, str] = field(default_factory=dict)
    pattern: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))

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
        for place in self.places:
            self.surfaces.setdefault(place, place)
        names = sorted(self.surfaces, key=lambda s: (-len(s), s))
        alternatives = "|".join(re.escape(n) for n in names)
        # A name ends at a word boundary; "Microsoft-backed" still yields "Microsoft".
        self.pattern = re.compile(
            rf"(?<![\w.&-])(?:{alternatives})(?![\w&]|-(?!backed|owned|funded|led|controlled)\w)"
        )

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry a surface form names, or None."""
        name = self.surfaces.get(surface)
        return self.entries.get(name) if name else None

    def is_place(self, surface: str) -> bool:
        """True when the surface form is a known place."""
        return self.surfaces.get(surface) in self.places

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
        for entry in self.entries.values():
            if entry.part_of == name and entry.type == "CloudProvider":
                return entry.name
        return None

    def ambiguous_at_sentence_start(self, surface: str) -> bool:
        """True for aliases that are plain words when they open a sentence."""
        return surface in _SENTENCE_START_AMBIGUOUS


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
    places = json.loads((_HERE / "places.json").read_text(encoding="utf-8"))["places"]
    return Gazetteer(entries=entries, places=frozenset(str(p) for p in places))
