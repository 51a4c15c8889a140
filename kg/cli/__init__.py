"""The ``kg`` command-line interface. ``main`` is the console-script entry point."""

from __future__ import annotations

import sys

from ontology import KGError


def main() -> None:
    """Run the CLI; a KGError becomes one line on stderr and exit status 1."""
    from kg.cli import state
    from kg.cli.app import app

    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except KGError as exc:
        if state.debug:
            raise
        print(f"kg: error: {exc}", file=sys.stderr)
        sys.exit(1)
    except SystemExit:
        raise
    except Exception as exc:  # click's own usage errors and aborts
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            print("Aborted.", file=sys.stderr)
            sys.exit(1)
        raise


__all__ = ["main"]
