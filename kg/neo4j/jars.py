"""Fetch the Neo4j Community jars from Maven Central into the jar cache, once.

The tarball is not on Maven Central, but every jar it holds is: Maven resolves
``pom.xml`` beside this file and copies the jars into
``<neo4j_home>/lib/<version>/``; a marker file says the copy finished, so an
interrupted fetch is redone rather than trusted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from kg.neo4j.runtime import ToolMissingError, find_java, find_maven
from ontology.errors import StoreError

NEO4J_VERSION = "5.26.28"
POM = Path(__file__).with_name("pom.xml")
_DONE = ".complete"


class JarFetchError(StoreError):
    """Maven could not fetch the Neo4j jars."""


def jar_dir(neo4j_home: Path, version: str = NEO4J_VERSION) -> Path:
    """Where the jars of ``version`` live under ``neo4j_home``."""
    return neo4j_home / "lib" / version


def jars_ready(neo4j_home: Path, version: str = NEO4J_VERSION) -> bool:
    """Whether a finished fetch of ``version`` is in the cache."""
    return (jar_dir(neo4j_home, version) / _DONE).exists()


def fetch_jars(neo4j_home: Path, version: str = NEO4J_VERSION, quiet: bool = True) -> Path:
    """Copy the jars of Neo4j ``version`` into the cache (no-op when already there).

    Returns the folder holding the jars. The first call downloads about 120 MB
    through Maven (into ``~/.m2`` as usual), later calls return at once.
    """
    target = jar_dir(neo4j_home, version)
    if jars_ready(neo4j_home, version):
        return target
    mvn = find_maven()
    java = find_java()
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    command = [
        str(mvn),
        "-B",
        "-f",
        str(POM),
        f"-Dneo4j.version={version}",
        "dependency:copy-dependencies",
        f"-DoutputDirectory={partial}",
        "-DincludeScope=runtime",
    ]
    if quiet:
        command.insert(2, "-q")
    env = {**os.environ, "JAVA_HOME": str(java.parent.parent)}
    try:
        done = subprocess.run(command, capture_output=quiet, text=True, env=env, check=False)
    except OSError as exc:
        raise ToolMissingError(f"could not run {mvn}: {exc}") from exc
    if done.returncode != 0:
        tail = "\n".join(((done.stdout or "") + (done.stderr or "")).splitlines()[-15:])
        raise JarFetchError(
            f"Maven could not fetch the Neo4j {version} jars (exit {done.returncode}); "
            f"check that Maven Central is reachable and retry `kg neo4j fetch`.\n{tail}"
        )
    if not any(partial.glob(f"neo4j-{version}.jar")):
        raise JarFetchError(f"Maven finished but {partial} holds no neo4j-{version}.jar")
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    (target / _DONE).write_text(version + "\n")
    return target
