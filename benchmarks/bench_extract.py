"""How fast the rule extractor reads articles, single process.

Generates ~400-word business-news articles (fixed seed, names drawn from a mix
of well-known and made-up companies), then times ``RuleExtractor.extract`` over
all of them, several runs, and reports the median articles per second of CPU
time (process time, so other processes on a shared machine disturb it less). The
baseline in the same script only cleans and splits the same texts into
sentences, so the ratio shows what entity, coreference and relation work costs.

The generated articles repeat a few sentence shapes, so nothing may be cached
across sentences (the extractor's caches hold the sentence being read); with
``--corpus`` the same timing runs over real articles as well, as a check that
the synthetic text is not flattering.

Run:
    python benchmarks/bench_extract.py            # 200 articles, 5 runs
    python benchmarks/bench_extract.py --articles 500 --runs 7
    python benchmarks/bench_extract.py --corpus examples/articles

Goal: >= 200 articles per second on one core.

Measured 2026-11-30 on the shared 2-core machine, rounds alternating the
versions (trust the ratios): 161 articles/s at load average 10-15 and 181/s at
7-8, baseline ~5,200/s. The code before this tuning gave 135/s and 157/s in the
same rounds (159/s on an idle machine), about 10% of it from caches that served
the repeated sentence shapes across articles; with those caches held to one
sentence it gives 120/s at load 10-15. Instructions per article (callgrind, 50
articles): 44.5M before, 52.9M with per-sentence caches, 34.2M now.

Second round, after more rules were merged (38.0M instructions per article,
callgrind over 30 articles, PYTHONHASHSEED=0): status cues written letter
first, the gazetteer passing over words that open no name, and rule hits on the
lower-cased template read back by their spans bring it to 34.2M, and 194/s
against 173/s for the code before (medians of three alternating rounds, load
average 6-7.5). Estimated on an idle machine: about 200/s, at the goal's edge.
With more rules merged, on a quiet machine (load 0.8, ``--runs 7``): 196/s.

Fourth round, engine only, output byte-identical: rules that provably need one
of their own triggers wait for them and stop at the last one (135 of 190
rules), gaps without the possessive branch where a sentence has no possessive
token, asides skipped where none can open, status cue lists ruled out by the
sentence's words. 35.2M -> 29.4M instructions per article (callgrind, warmed
up on 30 articles, then 30 more, PYTHONHASHSEED=0). ``--runs 7`` in alternating
rounds at load average 12-13: 186/193/186 per second against 171/170/171 for
the code before (ratio 1.10, instruction ratio 1.20): about 215-235/s expected
on the quiet machine, not yet measured there.

Sixth round, engine only, output byte-identical: a woken rule is passed over when
the sentence lacks every word of one set its regex needs whatever its triggers
(``_keys.required_words``: " with " for "deals with <name>"). 32.85M -> 31.68M
instructions per article (callgrind as above), 3.6% fewer: within the noise of
``--runs 7`` on the shared machine, alternating rounds: 187/184/181 per second
against 184/172/178 for the code before at load average 7-11, 187/191/192 against
194/201/187 at 3-5. Still short of the goal. Testing every set a rule needs
skips more than half the regex attempts but costs about what it saves; the
rest of the time is spread thin (py-spy: name finding ~19%, matched rules'
checks and status ~20%, coreference ~10%, trigger scan ~6%).

After the sixth round was merged with three recall rounds (2026-11-30 23:39 UTC,
quiet machine, load average 0.2-0.6, ``--runs 7`` alternating with commit 6b24a3b):
183/175/177 per second against 188/191/188; 34.0M instructions per article
against 32.7M. The recall rules cost more than the engine work saved.

Seventh round (2026-12-01), engine only, output byte-identical: ASCII-only mention marks,
one Aho-Corasick pass for triggers and needed words, status cue lists asked at once,
gazetteer scan from name-opening tokens only. 33.9M -> 29.8M instructions per article
(callgrind as above); ``--runs 7`` alternating with the code before at load average
1.7-2.8: 203/198/196 per second against 176/181/176 (8-13: 154/173 against 140/150). At
the goal's edge; about 1% short of the instruction cut it needs.

After it was merged with recall rounds 7a and 7b (2026-12-01 01:42 UTC, quiet machine,
load average 0.4-0.7, ``--runs 7`` alternating with commit 5697b24): 199/198/201 per
second against 182/180/177 (ratio 1.10); callgrind over 90 articles 29.8M instructions
per article against 33.3M. At the goal's edge, not clearly past it.

After speed8 (hand-read needed words for ten rules whose words end in a token) and
recall round 8 (2026-12-01 02:21 UTC, load average 0.5-0.8, ``--runs 7`` alternating
with 5697b24): 200/203/201 per second against 173/176/176 (ratio 1.15); callgrind over
90 articles 28.3M instructions per article against 33.3M. Just past the goal; on the
sample articles (``--corpus examples/articles``) speed8's gain was within noise.

Round 13 (branch speed13, 2026-12-02), engine only, claims byte-identical on dev, examples,
unseen articles and paragraphs. py-spy over 1,200 benchmark articles put rule selection
(``_patterns.rules_for``) first at 11.7% of the time, ahead of the rule regexes themselves
(about 5.5%: 200 tries per article, most at names where nothing can match). Its sets of
rules are now bit integers carried by the automaton's words (a few ORs per word found
instead of a dict per trigger place and two set tests per woken rule): replayed under
callgrind on the 5,054 templates of 200 articles, 427M -> 341M instructions. The disclaimer
status cue waits for its verbs in the sentence's word set: ``_cues`` replayed on its 3,101
templates, 418M -> 383M. Together about -0.6M of ~28M instructions per article (-2%), far
short of the 8-10% margin sought. ``python benchmarks/instructions_extract.py --articles 30``
(same command both times): 27.94M instructions per article at f6e19ef, 27.36M with both
changes (-2.1%). Three alternating rounds of ``--runs 7`` (load average rising 0.75-2.0, so
noise): 174/192/174 articles/s against 169/205/151, no usable ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

from ingest.extract._text import segments
from ingest.extract.rules import RuleExtractor
from ingest.models import Document
from ingest.readers import read_documents

_KNOWN = [
    "OpenAI",
    "Anthropic",
    "Oracle",
    "CoreWeave",
    "Nvidia",
    "Microsoft",
    "Google",
    "Meta",
    "Lambda",
    "Crusoe",
]
_MADE_UP = [
    "Veltrix",
    "Quorra Labs",
    "Helios Compute",
    "Tandem AI",
    "Brightwave",
    "Orison Cloud",
    "Kestrel Systems",
]

_SENTENCES = [
    "{a} signed a ${n} billion agreement to rent GPU capacity from {b} over five years.",
    "The deal makes {a} one of {b}'s largest customers, analysts said.",
    "{b}, which competes with {c} and {d}, said the first halls would open next year.",
    "Separately, {c} invested ${n} million in {a}, taking a stake of about {p}%.",
    "{a} was in talks to buy {d} earlier this year, but the discussions ended without a deal.",
    "According to people familiar with the matter, {c} is weighing a larger investment in {b}.",
    "The company, formerly known as {e}, rebranded last spring.",
    "Shares of {b} rose {p}% in early trading, while {c} slipped.",
    "{d} said it would keep using its own data centres in Texas and Ohio for training.",
    "The startup's chief executive said demand for compute still outstrips supply.",
    "Regulators in Brussels have asked about the arrangement, though none has opened a review.",
    "{c} supplies {a} with Nvidia H100 servers from a campus in Iowa under a separate contract.",
    "Investors have poured money into the sector as spending on AI infrastructure keeps growing.",
]


def make_articles(count: int, seed: int = 7) -> list[Document]:
    """Deterministic synthetic articles of roughly 400 words each."""
    rng = random.Random(seed)
    names = _KNOWN + _MADE_UP
    docs: list[Document] = []
    for i in range(count):
        parts: list[str] = [f"{rng.choice(names)} expands its AI infrastructure push"]
        words = 0
        while words < 400:
            a, b, c, d, e = rng.sample(names, 5)
            sentence = rng.choice(_SENTENCES).format(
                a=a, b=b, c=c, d=d, e=e, n=rng.randint(1, 40), p=rng.randint(2, 30)
            )
            parts.append(sentence)
            words += len(sentence.split())
        body = "\n\n".join(" ".join(parts[j : j + 3]) for j in range(1, len(parts), 3))
        docs.append(Document(source=f"bench-{i}.txt", text=f"{parts[0]}\n\n{body}"))
    return docs


def _rate(work: Callable[[Document], object], docs: list[Document], runs: int) -> float:
    """Median articles per second of CPU time (process time: steadier on a shared machine)."""
    rates = []
    for _ in range(runs):
        start = time.process_time()
        for doc in docs:
            work(doc)
        rates.append(len(docs) / (time.process_time() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", help="also time the articles in this file or folder")
    args = parser.parse_args()
    docs = make_articles(args.articles)
    words = statistics.mean(len(d.text.split()) for d in docs)
    extractor = RuleExtractor()
    extractor.extract(docs[0])  # load the gazetteer and compile patterns outside the timing
    baseline = _rate(lambda d: segments(d.text), docs, args.runs)
    rules = _rate(extractor.extract, docs, args.runs)
    print(f"articles: {len(docs)} of {words:.0f} words on average, median of {args.runs} runs")
    print(f"baseline (clean + split sentences): {baseline:,.0f} articles/s")
    print(f"rules extractor:                    {rules:,.0f} articles/s")
    print(f"ratio baseline/rules:               {baseline / rules:.1f}x")
    if args.corpus:
        real = read_documents([args.corpus]).documents
        real_words = statistics.mean(len(d.text.split()) for d in real)
        # enough passes over a small corpus for each run to last as long as the synthetic one
        repeated = real * max(1, round(len(docs) / len(real)))
        real_rate = _rate(extractor.extract, repeated, args.runs)
        print(
            f"rules on {args.corpus} ({len(real)} articles of {real_words:.0f} words): "
            f"{real_rate:,.0f} articles/s, {real_rate * real_words / 400:,.0f} per 400 words"
        )


if __name__ == "__main__":
    main()
