"""What the extractor's corpus tests share: the scored relations, triple keys, P/R/F1.

The evaluation format (``../shared/eval/FORMAT.md``) scores four relations and
treats ``competes-with`` as symmetric; the tests that score our own corpora
(sample articles, unseen paragraphs, unseen articles) count the same way.
"""

from __future__ import annotations

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
