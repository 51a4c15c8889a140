"""What questions look up instead of walking: names across rebrands and chains of control.

Walking ``(rebrands-as | ^rebrands-as | ^controls)*`` from every node, in every
question, costs each store time that grows with the whole graph. The facts these
walks follow (rebrands and control) are few next to the claims, so both stores
compute the walks' results once here, in Python, after each ingest or load, and
keep them as derived data (docs/architecture.md, "Derived data"):

- ``same``: every node linked to a node by rebrands-as, either way, any number of
  times, itself included: one entity under all its names;
- ``current``: the node(s) a node is called now, following rebrands-as forward to
  a node not rebranded again (the node itself when it never was, or when its
  rebrands only go round in a circle);
- ``chain``: the node, its other names, and every node that controls it through any
  chain of controlling owners, under any of their names. Its inverse is what a
  node controls, any depth.

Example:
    >>> d = derive(["a", "b", "c"], rebrands=[("a", "b")], controls=[("c", "b")])
    >>> d.current["a"], sorted(d.same["a"]), sorted(d.chain["a"])
    (('b',), ['a', 'b'], ['a', 'b', 'c'])
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Derived:
    """The derived lookups, for every node of the graph (each a sorted tuple)."""

    same: dict[str, tuple[str, ...]]
    current: dict[str, tuple[str, ...]]
    chain: dict[str, tuple[str, ...]]


def derive(
    nodes: Iterable[str],
    rebrands: Iterable[tuple[str, str]],
    controls: Iterable[tuple[str, str]],
) -> Derived:
    """The lookups for ``nodes`` (and every node the edges name).

    Args:
        nodes: entity IRIs.
        rebrands: ``(former, newer)`` pairs of rebrands-as facts.
        controls: ``(owner, owned)`` pairs of controls facts (owns, not a stake).
    """
    newer: dict[str, set[str]] = defaultdict(set)
    renamed: dict[str, set[str]] = defaultdict(set)  # both directions
    owners: dict[str, set[str]] = defaultdict(set)
    everything = set(nodes)
    for old, new in rebrands:
        newer[old].add(new)
        renamed[old].add(new)
        renamed[new].add(old)
        everything.update((old, new))
    for owner, owned in controls:
        owners[owned].add(owner)
        everything.update((owner, owned))
    same = _closures(everything, renamed)
    chain = _closures(everything, {n: renamed[n] | owners[n] for n in everything})
    current = {n: _current(n, newer) for n in everything}
    return Derived(same=same, current=current, chain=chain)


def _closures(nodes: set[str], steps: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """For every node, the nodes reachable by zero or more ``steps``."""
    found: dict[str, tuple[str, ...]] = {}
    for start in nodes:
        if not steps.get(start):
            found[start] = (start,)
            continue
        seen = {start}
        queue = deque([start])
        while queue:
            for following in steps.get(queue.popleft(), ()):
                if following not in seen:
                    seen.add(following)
                    queue.append(following)
        found[start] = tuple(sorted(seen))
    return found


def _current(node: str, newer: dict[str, set[str]]) -> tuple[str, ...]:
    """Nodes reachable by one or more rebrands that were not rebranded again."""
    if not newer.get(node):
        return (node,)
    seen: set[str] = set()
    queue = deque(newer[node])
    while queue:
        step = queue.popleft()
        if step not in seen:
            seen.add(step)
            queue.extend(newer.get(step, ()))
    ends = sorted(n for n in seen if not newer.get(n))
    return tuple(ends) or (node,)
