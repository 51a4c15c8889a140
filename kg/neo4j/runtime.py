"""Find the Java and Maven the server needs, or say how to get them.

Neo4j 5.26 runs on Java 17 or 21. ``JAVA_HOME`` wins when it points at one of
those; otherwise the Debian path of Java 17, then ``java`` on ``PATH``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from ontology.errors import StoreError

DEBIAN_JAVA_17 = Path("/usr/lib/jvm/java-17-openjdk-amd64/bin/java")
SUPPORTED_JAVA = (17, 21)
INSTALL_HINT = (
    "install it with `apt-get install openjdk-17-jdk-headless maven` (or run .ci/neo4j-setup)"
)


class ToolMissingError(StoreError):
    """Java or Maven is missing, or the Java found is a version Neo4j 5.26 cannot run on."""


def java_major(java: Path) -> int:
    """The major version of the ``java`` executable at ``java`` (17 for 17.0.15)."""
    done = subprocess.run(
        [str(java), "-version"], capture_output=True, text=True, check=False, timeout=60
    )
    match = re.search(r'version "(\d+)', done.stderr + done.stdout)
    if match is None:
        raise ToolMissingError(f"{java} -version printed no version; {INSTALL_HINT}")
    return int(match.group(1))


def find_java() -> Path:
    """A Java 17 or 21 executable; raises ToolMissingError naming what was tried."""
    tried: list[str] = []
    candidates: list[Path] = []
    if home := os.environ.get("JAVA_HOME"):
        candidates.append(Path(home) / "bin" / "java")
    candidates.append(DEBIAN_JAVA_17)
    if on_path := shutil.which("java"):
        candidates.append(Path(on_path))
    for java in candidates:
        if not java.exists():
            tried.append(f"{java} (missing)")
            continue
        major = java_major(java)
        if major in SUPPORTED_JAVA:
            return java
        tried.append(f"{java} (Java {major})")
    raise ToolMissingError(
        f"Neo4j 5.26 needs Java 17 or 21 and none was found (tried {', '.join(tried)}); "
        f"{INSTALL_HINT}"
    )


def find_maven() -> Path:
    """The ``mvn`` executable on ``PATH``; raises ToolMissingError when it is absent."""
    if found := shutil.which("mvn"):
        return Path(found)
    raise ToolMissingError(
        f"Maven (mvn) is needed once to fetch the Neo4j jars and is not on PATH; {INSTALL_HINT}"
    )
