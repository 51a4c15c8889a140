"""The class-data-sharing archives of our JVMs: written once, used after, never half-written."""

from __future__ import annotations

from pathlib import Path

from kg.neo4j.class_cache import archive_flags, archive_path, keep_archive


def _java(tmp_path: Path, name: str) -> Path:
    java = tmp_path / name / "bin" / "java"
    java.parent.mkdir(parents=True)
    java.write_text("")
    return java


def test_the_first_run_writes_the_archive_and_the_next_runs_use_it(tmp_path: Path) -> None:
    java = _java(tmp_path, "jdk-17")
    flags, dump = archive_flags(tmp_path, "server", java)
    assert dump is not None and f"-XX:ArchiveClassesAtExit={dump}" in flags
    dump.write_bytes(b"classes")  # what the JVM writes as it exits
    keep_archive(dump, complete=True)
    archive = archive_path(tmp_path, "server", java)
    assert archive.read_bytes() == b"classes" and not dump.exists()
    flags, dump = archive_flags(tmp_path, "server", java)
    assert dump is None and f"-XX:SharedArchiveFile={archive}" in flags


def test_a_failed_run_leaves_no_archive(tmp_path: Path) -> None:
    java = _java(tmp_path, "jdk-17")
    _, dump = archive_flags(tmp_path, "import", java)
    assert dump is not None
    dump.write_bytes(b"half")
    keep_archive(dump, complete=False)
    assert not dump.exists() and not archive_path(tmp_path, "import", java).exists()


def test_each_java_and_each_kind_of_run_has_its_own_archive(tmp_path: Path) -> None:
    java17, java21 = _java(tmp_path, "jdk-17"), _java(tmp_path, "jdk-21")
    paths = {
        archive_path(tmp_path, kind, java)
        for kind in ("server", "import")
        for java in (java17, java21)
    }
    assert len(paths) == 4
