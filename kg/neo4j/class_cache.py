"""Class-data sharing (AppCDS) archives for the JVMs we start, kept beside the jars.

A Neo4j JVM loads some 6,000 classes from about 200 jars before it does anything;
on a small machine that is seconds of every server start and every
``neo4j-admin`` run. Java 17 can write the classes a run loaded into an archive
when the JVM exits (``-XX:ArchiveClassesAtExit``) and map that archive at the next
start (``-XX:SharedArchiveFile``). The first run of each kind writes the archive
(into a file of its own, renamed into place by :func:`keep_archive` once the JVM
has exited, so a run cut short never leaves half an archive in use); later runs
use it. A JVM that finds the archive unusable (another Java, other jars) ignores
it and runs as without it: ``-Xshare:auto`` is the default.

Example:
    >>> flags, dump = archive_flags(jar_dir(home), "server", find_java())  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path

_SUFFIX, _PARTIAL = ".jsa", ".partial"


def archive_path(lib: Path, kind: str, java: Path) -> Path:
    """The archive of ``kind`` runs (``server``, ``import``) of ``java`` with the jars in ``lib``.

    An archive only serves the Java that wrote it, so its name holds a digest of
    that Java's real path.
    """
    digest = hashlib.sha256(str(java.resolve()).encode()).hexdigest()[:8]
    return lib / f"{kind}-{digest}{_SUFFIX}"


def archive_flags(lib: Path, kind: str, java: Path) -> tuple[list[str], Path | None]:
    """The JVM flags that use the archive, or write it at exit if there is none yet.

    Returns the flags and, when this run writes the archive, the file it writes
    (hand it to :func:`keep_archive` after the JVM exited). Warnings about an
    unusable archive are kept out of the logs the user reads.
    """
    archive = archive_path(lib, kind, java)
    if archive.exists():
        return [f"-XX:SharedArchiveFile={archive}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"], None
    if not os.access(lib, os.W_OK):
        return [], None
    dump = archive.with_name(f"{archive.name}.{secrets.token_hex(4)}{_PARTIAL}")
    return [f"-XX:ArchiveClassesAtExit={dump}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"], dump


def keep_archive(dump: Path | None, *, complete: bool) -> None:
    """Put the archive written at a JVM's exit in place (or drop it if the run failed)."""
    if dump is None:
        return
    archive = dump.with_name(dump.name.split(_SUFFIX, 1)[0] + _SUFFIX)
    if complete and dump.exists() and dump.stat().st_size > 0:
        with contextlib.suppress(OSError):
            os.replace(dump, archive)
            return
    with contextlib.suppress(OSError):
        dump.unlink()
