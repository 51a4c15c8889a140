"""``python -m kg.neo4j fetch``: fetch the Neo4j jars (used by .ci/neo4j-setup).

It works without the ``kg`` command being wired up; ``kg neo4j`` offers the same.
"""

from __future__ import annotations

import sys

from kg.config import load_settings
from kg.neo4j.jars import fetch_jars
from ontology.errors import KGError


def main(argv: list[str]) -> int:
    if argv != ["fetch"]:
        print("usage: python -m kg.neo4j fetch", file=sys.stderr)
        return 2
    try:
        folder = fetch_jars(load_settings().neo4j_home.expanduser().resolve(), quiet=False)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Neo4j jars ready in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
