"""Instructions per article of the rule extractor, counted by callgrind.

Wall-clock rates on the shared 2-core machine move with the load; instruction
counts do not, so a change to the extractor is priced here first. The script
runs itself under ``valgrind --tool=callgrind`` twice, once reading only the
warm-up (imports, gazetteer, compiled patterns, and ten articles of another seed, so
that what is built once on first use, such as a lazily compiled pattern, is not
charged to the articles measured) and once reading ``--articles`` more of
``bench_extract.make_articles``; the difference divided by the count is the cost of
one article. ``PYTHONHASHSEED=0`` keeps set and dict
orders, and so the counts, the same run to run.

Run:
    python benchmarks/instructions_extract.py               # 90 articles
    python benchmarks/instructions_extract.py --articles 30

Needs valgrind (Debian package ``valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_WARM_UP = 10  # articles read before the measured ones, in both runs
_WARM_UP_SEED = 11  # not the measured articles' seed (bench_extract's default, 7)
_TOTAL = re.compile(r"^(?:summary|totals):\s+(\d+)", re.MULTILINE)


def _read(count: int) -> None:
    """The measured work: warm up on articles of another seed, then read ``count`` more."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_extract import make_articles

    from ingest.extract.rules import RuleExtractor

    extractor = RuleExtractor()
    for doc in [*make_articles(_WARM_UP, seed=_WARM_UP_SEED), *make_articles(count)]:
        extractor.extract(doc)


def _instructions(count: int) -> int:
    """Instructions callgrind counts for a child process that reads ``count`` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                str(count),
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        found = _TOTAL.search(out.read_text())
        if found is None:
            raise SystemExit(f"no instruction total in {out}: is valgrind's callgrind working?")
        return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=90, help="articles measured (default 90)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _read(args.child)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found: install it (apt-get install valgrind) and rerun")
    base = _instructions(0)
    full = _instructions(args.articles)
    per_article = (full - base) / args.articles
    print(
        f"{per_article / 1e6:.2f}M instructions per article "
        f"({args.articles} articles; {full:,} with them, {base:,} without)"
    )


if __name__ == "__main__":
    main()
