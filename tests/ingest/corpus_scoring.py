"""What the extractor's corpus tests share: the scored relations, triple keys, P/R/F1.

The evaluation format (``../shared/eval/FORMAT.md``) scores four relations and
treats ``competes-with`` as symmetric; the tests that score our own corpora
(sample articles, unseen paragraphs, unseen and held-out articles) count the same way;
``score_articles`` scores a whole-article corpus folder.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from ingest.extract.rules import RuleExtractor
from ingest.readers import read_documents

SCORED = ("owns", "rents-capacity-to", "competes-with", "rebrands-as")
_SYMMETRIC = "competes-with"

Triple = tuple[str, str, str]


def key(s: str, p: str, o: str) -> Triple:
    """A triple as scored: a symmetric relation's two names in sorted order."""
    return (min(s, o), p, max(s, o)) if p == _SYMMETRIC else (s, p, o)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (an empty side counts as perfect, as the scorer does)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_SUFFIX = re.compile(r"[,\s]+(?:inc|corp|ltd)\.?$", re.I)


def _norm(name: str) -> str:
    return _SUFFIX.sub("", " ".join(name.split()).lower()).strip()


def _names(gold: dict[str, object]) -> dict[str, str]:
    """Every name and alias (normalised) to its canonical name (normalised)."""
    index: dict[str, str] = {}
    for canon, entry in gold["entities"].items():  # type: ignore[attr-defined]
        for name in (canon, *entry.get("aliases", [])):
            index[_norm(name)] = _norm(canon)
    return index


def _gold_set(triples: list[list[str]]) -> set[Triple]:
    return {key(_norm(s), p, _norm(o)) for s, p, o in triples}


def score_articles(corpus: Path) -> tuple[Counter[str], list[str]]:
    """The rule extractor on a corpus folder (``articles/`` and ``gold.json``) scored as the
    evaluation scorer does: counts tp, fp, fn, forbidden (also per relation) and a line per
    error."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    index = _names(gold)
    must: set[Triple] = set()
    optional: set[Triple] = set()
    forbidden: set[Triple] = set()
    for article in gold["articles"].values():
        must |= _gold_set(article["must"])
        optional |= _gold_set(article["optional"])
        forbidden |= _gold_set(article["forbidden"])
    report = read_documents([corpus / "articles"])
    assert not report.errors, report.errors
    extractor = RuleExtractor()
    predicted: set[Triple] = set()
    for document in report.documents:
        for c in extractor.extract(document).claims:
            if c.predicate in SCORED and c.status != "denied":
                s, o = _norm(c.subject), _norm(c.object)
                predicted.add(key(index.get(s, s), c.predicate, index.get(o, o)))
    counts: Counter[str] = Counter()
    errors: list[str] = []
    for t in sorted(must):
        hit = "tp" if t in predicted else "fn"
        counts[hit] += 1
        counts[f"{hit}:{t[1]}"] += 1
        if hit == "fn":
            errors.append(f"missed {t}")
    for t in sorted(predicted - must - optional):
        counts["fp"] += 1
        counts[f"fp:{t[1]}"] += 1
        errors.append(f"false positive {t}")
    for t in sorted(predicted & forbidden):
        counts["forbidden"] += 1
        errors.append(f"forbidden {t}")
    return counts, errors


def print_scores(label: str, counts: Counter[str]) -> None:
    """Per-relation and overall figures of a ``score_articles`` run, for a test's __main__."""
    for relation in SCORED:
        p, r, f = prf(counts[f"tp:{relation}"], counts[f"fp:{relation}"], counts[f"fn:{relation}"])
        print(f"{relation:18} P={p:.3f} R={r:.3f} F1={f:.3f}")
    p, r, f = prf(counts["tp"], counts["fp"], counts["fn"])
    print(
        f"{label} P={p:.3f} R={r:.3f} F1={f:.3f} tp={counts['tp']} fp={counts['fp']} "
        f"fn={counts['fn']} forbidden={counts['forbidden']}"
    )
