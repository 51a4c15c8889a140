"""The ``kg`` command-line interface. ``main`` is the console-script entry point."""

from __future__ import annotations

import sys

from ontology import KGError


def main() -> None:
    """Run the CLI; a KGError becomes one line on stderr and exit status 1.

    Usage errors, ``--help`` and exit codes are click's own (standalone mode);
    only our errors are caught here, and ``kg --debug`` lets them through whole.
    """
    from kg.cli import state
    from kg.cli.app import app

    try:
        app()
    except KGError as exc:
        if state.debug:
            raise
        print(f"kg: error: {exc}", file=sys.stderr)
        sys.exit(1)


__all__ = ["main"]
