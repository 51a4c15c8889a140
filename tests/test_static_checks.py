"""The linters and the type checker run with the tests, so a clean state stays clean.

mypy (strict, as ``pyproject.toml`` configures it) and ruff were clean when this
test was added; without it nothing kept them so, and a merge that breaks a type
or a lint rule would only show when somebody happened to run them by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ontology", "ingest", "kg", "queries")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_types_check_strictly() -> None:
    args = ["mypy"]
    for package in PACKAGES:
        args += ["-p", package]
    result = _run(*args)
    assert result.returncode == 0, "mypy found type errors:\n" + result.stdout + result.stderr


def test_ruff_finds_no_lint() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, "ruff check:\n" + result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, "run `ruff format .`:\n" + result.stdout + result.stderr
