"""Article readers: files, folders and standard input in, Documents out.

One module per format (``_text``, ``_markdown``, ``_html``, ``_jsonl``, ``_feed``),
chosen by file extension and imported when first needed. A bad input never stops
a run: it becomes an :class:`~ontology.errors.InputError` in the results, beside
the Documents of every good input, and the caller decides what to do with it.

Example:
    >>> from ingest.readers import read_documents
    >>> report = read_documents(["examples/articles"])  # doctest: +SKIP
    >>> [doc.title for doc in report.documents]  # doctest: +SKIP
    >>> [str(err) for err in report.errors]  # doctest: +SKIP
    ['examples/articles/x.txt: not UTF-8 text (invalid byte 0xff at offset 12); ...']

``iter_documents`` is the streaming form: it yields each Document or InputError
as soon as it is read, in input order (folders recursively, sorted by path).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol, TypeAlias

from ingest.models import Document
from ingest.readers._decode import check_bytes
from ontology.errors import InputError

__all__ = [
    "STDIN",
    "SUFFIXES",
    "ReadReport",
    "ReadResult",
    "iter_documents",
    "read_bytes",
    "read_documents",
]

#: One item of :func:`iter_documents`: an article, or the reason an input was refused.
ReadResult: TypeAlias = Document | InputError

#: The path that means standard input.
STDIN = "-"

#: File extension -> module that reads it. ``.xml`` is read only when it is a feed.
SUFFIXES: dict[str, str] = {
    ".atom": "_feed",
    ".htm": "_html",
    ".html": "_html",
    ".jsonl": "_jsonl",
    ".markdown": "_markdown",
    ".md": "_markdown",
    ".rss": "_feed",
    ".text": "_text",
    ".txt": "_text",
    ".xml": "_feed",
}


class _Reader(Protocol):
    def read(self, data: bytes, source: str) -> Iterator[ReadResult]: ...


@dataclass(frozen=True)
class ReadReport:
    """Everything read from a set of inputs: the good articles and the refused inputs."""

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def _reader(suffix: str) -> _Reader:
    module: _Reader = importlib.import_module(f"{__name__}.{SUFFIXES[suffix]}")
    return module


def _known() -> str:
    return ", ".join(sorted(SUFFIXES))


def _sniff(data: bytes) -> str:
    """The extension that fits text of unknown origin (standard input)."""
    from ingest.readers._feed import looks_like_feed

    head = data.lstrip()[:2048].lower()
    if looks_like_feed(data.lstrip()):
        return ".rss"
    if head.startswith(b"<") and (b"<html" in head or b"<!doctype html" in head or b"<p" in head):
        return ".html"
    if head.startswith(b"{"):
        return ".jsonl"
    if head.startswith((b"---\n", b"# ")):
        return ".md"
    return ".txt"


def read_bytes(data: bytes, source: str, suffix: str | None = None) -> Iterator[ReadResult]:
    """Read one input already in memory; ``suffix`` picks the format (guessed when None).

    Never raises for bad input: problems are yielded as InputError.
    """
    try:
        check_bytes(data, source)
        kind = suffix.lower() if suffix else _sniff(data)
        if kind not in SUFFIXES:
            raise InputError(source, f"unknown file type {kind!r}; known types: {_known()}")
        yield from _reader(kind).read(data, source)
    except InputError as exc:
        yield exc
    except Exception as exc:  # a reader bug must not stop a run over thousands of files
        yield InputError(
            source, f"could not be read ({type(exc).__name__}: {exc}); please report this"
        )


def _walk(folder: Path) -> list[Path]:
    """Article files under ``folder``: known extensions only, no hidden ones, sorted by path."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        )
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_path(path: Path) -> Iterator[ReadResult]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        what = f"unknown file type {suffix!r}" if suffix else "no file extension"
        yield InputError(source, f"{what}; known types: {_known()}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")
        return
    yield from read_bytes(data, source, suffix)


def _read_stdin(stdin: IO[bytes] | IO[str] | None) -> Iterator[ReadResult]:
    # bytes, so that text which is not UTF-8 gets the same message as a file
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        content = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        yield InputError("<stdin>", f"cannot be read ({exc})")
        return
    data = content.encode("utf-8") if isinstance(content, str) else content
    yield from read_bytes(data, "<stdin>")


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], *, stdin: IO[bytes] | IO[str] | None = None
) -> Iterator[ReadResult]:
    """Each article of ``paths``, or the InputError that says why one could not be read.

    Args:
        paths: files, folders (read recursively, sorted, known extensions only,
            hidden files skipped) or ``"-"`` for standard input.
        stdin: what ``"-"`` reads; ``sys.stdin`` when None. Its format is guessed
            (HTML, feed, JSON lines, Markdown, else plain text); source ``<stdin>``.

    Yields:
        A Document per article (several for JSON-lines files and feeds), or an
        InputError per refused input, in input order. Never raises for bad input.
    """
    for raw in paths:
        if str(raw) == STDIN:
            yield from _read_stdin(stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            files = _walk(path)
            for file in files:
                yield from _read_path(file)
            if not files:
                yield InputError(str(path), f"folder holds no article files ({_known()})")
        elif path.exists():
            yield from _read_path(path)
        else:
            yield InputError(str(path), "no such file or folder; check the path")


def read_documents(
    paths: Iterable[str | os.PathLike[str]], *, stdin: IO[bytes] | IO[str] | None = None
) -> ReadReport:
    """Read everything at once: all good Documents, and every InputError beside them."""
    report = ReadReport()
    for result in iter_documents(paths, stdin=stdin):
        if isinstance(result, InputError):
            report.errors.append(result)
        else:
            report.documents.append(result)
    return report
