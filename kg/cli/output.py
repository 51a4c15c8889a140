"""How every command prints rows: a table for people, JSON or CSV for tools.

Commands build a list of plain dicts (or pydantic models) and hand it here, so
``--format`` means the same thing everywhere.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table


class OutputFormat(StrEnum):
    """The ``--format`` choices."""

    table = "table"
    json = "json"
    csv = "csv"


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_cell(v) for v in value)
    if isinstance(value, dict):
        if "sentence" in value:  # evidence reads best as: where, then what it says
            where = " ".join(str(value[k]) for k in ("source", "published") if value.get(k))
            return f"{where}: \u201c{value['sentence']}\u201d"
        return ", ".join(f"{k}={_cell(v)}" for k, v in value.items())
    return str(value)


def emit(rows: Sequence[Any], fmt: OutputFormat, *, title: str | None = None) -> None:
    """Print ``rows`` to standard output in ``fmt``."""
    records = [_plain(r) for r in rows]
    if fmt is OutputFormat.json:
        json.dump(records, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
        return
    columns = list(dict.fromkeys(key for record in records for key in record))
    if fmt is OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({k: _cell(record.get(k)) for k in columns})
        sys.stdout.write(buffer.getvalue())
        return
    console = Console()
    if not records:
        console.print(f"[dim]{title + ': ' if title else ''}no results[/dim]")
        return
    table = Table(title=title, show_lines=True)
    for column in columns:
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(*(_cell(record.get(k)) for k in columns))
    console.print(table)
