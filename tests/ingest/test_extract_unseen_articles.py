"""Precision and recall of the rule extractor on whole articles it was not written against.

``tests/data/unseen_articles`` holds scraped-looking articles written for this
test (title, teaser, nav words, byline, disclaimer; HTML pages with menus and
footers) and a ``gold.json`` in the evaluation corpus format. They were written
in rounds and each round was scored before any rule was changed for it, so the
pre-fix figures (recorded in the README's measuring section) are the honest
estimate for text nobody has seen; the floors here are the level reached after
the fixes, so a change that loses recall or precision on whole articles fails.

Scoring follows the corpus format: the predicted set is the union over the
corpus of non-denied triples in the four relations; a triple matching a
``must`` is a true positive, one matching only an ``optional`` is ignored,
anything else is a false positive; names match the canonical name or an alias,
ignoring case and a trailing "Inc.", "Corp." or "Ltd."; ``competes-with`` is
symmetric.

Run ``python tests/ingest/test_extract_unseen_articles.py`` to print every miss
and false positive.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from corpus_scoring import SCORED, prf, print_scores, score_articles  # beside this file

CORPUS = Path(__file__).resolve().parents[1] / "data" / "unseen_articles"


def score() -> tuple[Counter[str], list[str]]:
    """Counts tp, fp, fn, forbidden (also per relation) and a line per error."""
    return score_articles(CORPUS)


def test_unseen_articles_floors() -> None:
    """Floors just under the level reached (P=0.970 R=0.816 F1=0.886 over 781 must triples).

    Rounds 8 (h01-h06, P=0.759 R=0.431 before its fixes), 9 (i01-i08, P=0.792 R=0.306
    before) and 9c (j01-j05, P=0.769 R=0.800 before) made the corpus harder: over a01-h06
    the level is P=0.979 R=0.902 F1=0.939; i01-i08 stand at P=1.000 R=0.823 and j01-j05 at
    P=0.955 R=0.840 after their fixes. Rounds 11a (k01-k08, 69 must triples, P=0.657
    R=0.333 with 4 forbidden before its fixes, P=0.951 R=0.565 after) and 11b (m01-m06,
    longer features, P=0.714 R=0.224 before its fixes, P=1.000 R=0.612 after) lowered the
    recall and F1 floors from 0.88 and 0.925 to 0.835 and 0.90, and the per-relation F1
    floor from 0.9 to 0.89 (owns 0.894, rents-capacity-to 0.899): their misses left, mostly
    facts that need another sentence, are what moved them (a01-j05 stand at P=0.980 R=0.894).
    Round 12a (n01-n08, 73 must triples, P=0.647 R=0.301 with 1 forbidden before its fixes,
    P=0.940 R=0.644 with none after) took the whole corpus from P=0.977 R=0.838 F1=0.902 to
    P=0.955 R=0.778 F1=0.858 before its fixes; its misses left (names not recognised, facts
    that need another sentence) lower the floors to P 0.97, R 0.815, F1 0.885 and the
    per-relation F1 floor to 0.87 (owns 0.873, rents-capacity-to 0.890).
    Round 12b (p01-p08: digests, live blog, wire briefs, analyst note, trade press, 67 must
    triples; P=0.842 R=0.478 before its fixes, P=0.957 R=0.657 after) lowered the recall floor
    to 0.815, F1 to 0.885 and the per-relation F1 floor to 0.88 (owns 0.886, rents-capacity-to
    0.889): what is left of its misses needs another sentence or an interview's "we".
    Both rounds merged: P=0.970 R=0.811 F1=0.884 over 689 must triples, so the floors are
    P 0.965, R 0.805, F1 0.88 and 0.87 per relation (owns 0.875, rents-capacity-to 0.881).
    Names read by shape and slot (names13: "Jane Street", "Cohere For AI", "Palo Alto
    Networks", "Big Blue") raise it to P=0.974 R=0.826 F1=0.894 (owns 0.893,
    rents-capacity-to 0.881): floors P 0.97, R 0.82, F1 0.89 and 0.875 per relation.
    Branch xsent13 (facts that need another sentence: a customer named after a sentence that
    lets capacity out, a stake taken alongside a holder, "led its Series B", an interview's
    "Where do you train?") read five more and one false positive fewer: P=0.972 R=0.819
    F1=0.889 (owns 0.883, rents-capacity-to 0.888), so the recall floor is 0.81 and F1 0.885.
    The two merged read both sets (tp 559 -> 574, fp 17 -> 14): P=0.976 R=0.833 F1=0.899, so
    the floors are P 0.97, R 0.825, F1 0.89 and 0.875 per relation.
    Round 13 (q01-q10: wire story, explainer, analyst note, feature, digest, earnings call,
    interview, column; 100 must triples; P=0.741 R=0.400 with 2 forbidden before its fixes,
    P=0.910 R=0.710 with none after) left a01-p08 exactly where they were and takes the
    corpus to P=0.964 R=0.796 F1=0.872 (owns 0.873, rents-capacity-to 0.877, competes-with
    0.859, rebrands-as 0.894): its misses left mostly need another sentence ("Each of them",
    "Both are X's rivals", "What was left ... was renamed") or pick the wrong firm for an
    epithet. Floors: P 0.96, R 0.79, F1 0.865 and 0.855 per relation.
    Round 13 with names13 and xsent13 merged: P=0.970 R=0.816 F1=0.886 (tp 637, fp 20;
    owns 0.896, rents-capacity-to 0.884, competes-with 0.865, rebrands-as 0.903), so the
    floors are P 0.965, R 0.81, F1 0.88 and 0.86 per relation.
    """
    counts, errors = score()
    precision, recall, f1 = prf(counts["tp"], counts["fp"], counts["fn"])
    assert precision >= 0.965, errors
    assert recall >= 0.81, errors
    assert f1 >= 0.88, errors
    assert counts["forbidden"] == 0, errors
    for rel in SCORED:
        p, r, f = prf(counts[f"tp:{rel}"], counts[f"fp:{rel}"], counts[f"fn:{rel}"])
        assert f >= 0.86, (rel, p, r, errors)


if __name__ == "__main__":
    totals, problems = score()
    print("\n".join(problems))
    print_scores("unseen articles", totals)
    sys.exit(0)
