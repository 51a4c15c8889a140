"""What questions look up instead of walking: names across rebrands, chains of control,
and the few whole-graph answers.

Walking ``(rebrands-as | ^rebrands-as | ^controls)*`` from every node, in every
question, costs each store time that grows with the whole graph. The facts these
walks follow are few next to the claims, so both stores compute the walks' results
once here, in Python, after each ingest or load, and keep them as derived data
(docs/architecture.md, "Derived data"):

- ``same``: every node linked to a node by rebrands-as, either way, any number of
  times, itself included: one entity under all its names;
- ``current``: the node(s) a node is called now, following rebrands-as forward to
  a node not rebranded again (the node itself when it never was, or when its
  rebrands only go round in a circle);
- ``chain``: the node, its other names, and every node that controls it through any
  chain of controlling owners, under any of their names. Its inverse is what a
  node controls, any depth.

Three questions are about the whole graph (``competitor-compute``,
``single-supplier``, ``supplier-concentration``); a store would read every rental
to answer them, so their answers are kept too, as the rows the questions need:
``rival_rentals``, ``sole_suppliers`` and ``lab_counts``.

Example:
    >>> d = derive(Facts(nodes={"a": "AILab", "b": "AILab", "c": "Company"},
    ...                  rebrands={("a", "b")}, controls={("c", "b")}))
    >>> d.current["a"], d.same["a"], d.chain["a"]
    (('b',), ('a', 'b'), ('a', 'b', 'c'))
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ontology import class_ancestors

LAB_CLASS = "AILab"


@dataclass(frozen=True)
class Facts:
    """What the lookups are computed from.

    Attributes:
        nodes: every entity IRI, with its most specific class (or ``None``).
        rebrands: ``(former, newer)`` pairs of rebrands-as facts.
        controls: ``(owner, owned)`` pairs of controls facts (owns, not a stake).
        rentals: ``(provider, customer)`` pairs of rents-capacity-to facts.
        rivalries: ``(a, b)`` pairs of competes-with facts, as stated (one way).
    """

    nodes: dict[str, str | None]
    rebrands: set[tuple[str, str]] = field(default_factory=set)
    controls: set[tuple[str, str]] = field(default_factory=set)
    rentals: set[tuple[str, str]] = field(default_factory=set)
    rivalries: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def from_edges(
        cls, nodes: dict[str, str | None], edges: Mapping[str, set[tuple[str, str]]]
    ) -> Facts:
        """From fact edges grouped by relation name, as each store reads them."""
        return cls(
            nodes=nodes,
            rebrands=edges.get("rebrands-as", set()),
            controls=edges.get("controls", set()),
            rentals=edges.get("rents-capacity-to", set()),
            rivalries=edges.get("competes-with", set()),
        )


@dataclass(frozen=True)
class Derived:
    """The derived lookups. Node tuples are sorted.

    Attributes:
        same, current, chain: per node, as the module docstring says.
        rival_rentals: ``(provider node, lab node, rival node, rival_of node)``: the
            provider rents to the lab; the rival is in the provider's control chain
            and competes with ``rival_of``, a name of the lab; the rival is not the
            lab, and the chain from the provider up to the rival does not pass
            through the lab (renting from your own subsidiary is your own compute).
        sole_suppliers: ``(lab, supplier, supplier node, lab node)``: a current AI lab
            (one of its names is an AI lab) renting from exactly one current
            supplier, and each rental behind it.
        lab_counts: per current provider, how many current AI labs rent from it (a
            rental's object, or a newer name of it, is an AI lab).
    """

    same: dict[str, tuple[str, ...]]
    current: dict[str, tuple[str, ...]]
    chain: dict[str, tuple[str, ...]]
    rival_rentals: list[tuple[str, str, str, str]]
    sole_suppliers: list[tuple[str, str, str, str]]
    lab_counts: dict[str, int]


def derive(facts: Facts) -> Derived:
    """Every lookup of :class:`Derived`, for every node ``facts`` names."""
    newer: dict[str, set[str]] = defaultdict(set)
    renamed: dict[str, set[str]] = defaultdict(set)  # both directions
    owners: dict[str, set[str]] = defaultdict(set)
    everything = set(facts.nodes)
    for old, new in facts.rebrands:
        newer[old].add(new)
        renamed[old].add(new)
        renamed[new].add(old)
    for owner, owned in facts.controls:
        owners[owned].add(owner)
    for pairs in (facts.rebrands, facts.controls, facts.rentals, facts.rivalries):
        for a, b in pairs:
            everything.update((a, b))
    same = _components(everything, renamed)
    chain = _closures(everything, {n: renamed[n] | owners[n] for n in everything})
    current = {n: _current(n, newer) for n in everything}
    labs = {n for n, cls in facts.nodes.items() if cls and LAB_CLASS in class_ancestors(cls)}
    return Derived(
        same=same,
        current=current,
        chain=chain,
        rival_rentals=_rival_rentals(facts, same, chain),
        sole_suppliers=_sole_suppliers(facts.rentals, current, labs),
        lab_counts=_lab_counts(facts.rentals, current, newer, labs),
    )


def _components(nodes: set[str], links: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """For every node, the nodes linked to it by symmetric ``links`` (its component).

    Each component is walked once and its tuple shared by all its members, so a large
    group of names costs its size, not its size squared as a walk per node would.
    """
    found: dict[str, tuple[str, ...]] = {}
    for start in nodes:
        if start not in found:
            members = tuple(sorted(_reach([start], links)))
            found.update(dict.fromkeys(members, members))
    return found


def _closures(nodes: set[str], steps: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """For every node, the nodes reachable by zero or more ``steps``."""
    found: dict[str, tuple[str, ...]] = {}
    for start in nodes:
        found[start] = tuple(sorted(_reach([start], steps) | {start}))
    return found


def _reach(starts: Iterable[str], steps: dict[str, set[str]]) -> set[str]:
    """Nodes reachable from ``starts`` by zero or more ``steps``."""
    seen = set(starts)
    queue = deque(seen)
    while queue:
        for following in steps.get(queue.popleft(), ()):
            if following not in seen:
                seen.add(following)
                queue.append(following)
    return seen


def _current(node: str, newer: dict[str, set[str]]) -> tuple[str, ...]:
    """Nodes reachable by one or more rebrands that were not rebranded again."""
    if not newer.get(node):
        return (node,)
    ends = sorted(n for n in _reach(newer[node], newer) if not newer.get(n))
    return tuple(ends) or (node,)


def _rival_rentals(
    facts: Facts, same: dict[str, tuple[str, ...]], chain: dict[str, tuple[str, ...]]
) -> list[tuple[str, str, str, str]]:
    rivals: dict[str, set[str]] = defaultdict(set)
    for a, b in facts.rivalries:
        rivals[a].add(b)
        rivals[b].add(a)
    found = set()
    for provider, lab in facts.rentals:
        lab_names = set(same[lab])
        climbed = chain[provider]
        for rival in climbed:
            if rival in lab_names or not rivals.get(rival):
                continue
            through_lab = any(
                mid in lab_names and rival in chain[mid] for mid in climbed if mid != rival
            )
            if through_lab:
                continue
            for rival_of in rivals[rival] & lab_names:
                found.add((provider, lab, rival, rival_of))
    return sorted(found)


def _sole_suppliers(
    rentals: set[tuple[str, str]], current: dict[str, tuple[str, ...]], labs: set[str]
) -> list[tuple[str, str, str, str]]:
    lab_now = {c for n in labs for c in current[n]}
    providers: dict[str, set[str]] = defaultdict(set)
    behind: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for provider_node, lab_node in rentals:
        for lab in current[lab_node]:
            for provider in current[provider_node]:
                providers[lab].add(provider)
                behind[lab].append((provider, provider_node, lab_node))
    return sorted(
        (lab, provider, provider_node, lab_node)
        for lab, found in providers.items()
        if len(found) == 1 and lab in lab_now
        for provider, provider_node, lab_node in behind[lab]
    )


def _lab_counts(
    rentals: set[tuple[str, str]],
    current: dict[str, tuple[str, ...]],
    newer: dict[str, set[str]],
    labs: set[str],
) -> dict[str, int]:
    customers: dict[str, set[str]] = defaultdict(set)
    for provider_node, lab_node in rentals:
        if labs.isdisjoint(_reach([lab_node], newer)):
            continue
        for provider in current[provider_node]:
            customers[provider].update(current[lab_node])
    return {provider: len(found) for provider, found in customers.items()}
