"""Precision and recall of the rule extractor on paragraphs it was not written against.

The paragraphs (``unseen_paragraphs.py``) retell deals in other words or invent
companies, so rules fitted to any one corpus's sentences fail here. The
aggregate floors are the level the extractor reached when they were set; a
change that loses recall or precision on unseen text fails this test.

Run ``python tests/ingest/test_extract_unseen.py`` to print every miss and
false positive.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from corpus_scoring import SCORED, key, prf  # beside this file, as unseen_paragraphs
from unseen_paragraphs import CASES  # beside this file: pytest and the script both find it

from ingest.extract.rules import RuleExtractor
from ingest.models import Claim, Document

_SUFFIX = re.compile(r"[,\s]+(?:inc|corp|corporation|ltd|llc|plc|co)\.?$", re.I)
# Other names an extractor may rightly give an entity (the gold's aliases).
ALIASES = {
    "Meta": ("Meta Platforms",),
    "SoftBank": ("SoftBank Group",),
    "Ampere": ("Ampere Computing",),
    "Mistral AI": ("Mistral",),
    "Inflection AI": ("Inflection",),
    "Scale AI": ("Scale",),
    "Nebius Group": ("Nebius",),
    "Oakhurst Cloud": ("Oakhurst",),
    "Amazon Web Services": ("AWS",),
    "Vesper Cloud": ("Vesper",),
    "Calder AI": ("Calder",),
    "Copperline Labs": ("Copperline",),
    "Keswick Cloud": ("Keswick",),
    "Orla AI": ("Orla",),
    "Pika Labs": ("Pika",),
    "Hexley Compute": ("Hexley",),
}
EXTRACTOR = RuleExtractor()


def _norm(name: str) -> str:
    name = " ".join(name.split()).lower()
    name = _SUFFIX.sub("", name).strip()
    for canon, others in ALIASES.items():
        if name in {o.lower() for o in others}:
            return canon.lower()
    return name


def _expand(triples: list[tuple[str, ...]]) -> set[tuple[str, str, str]]:
    """Gold triples as normalised keys; "A|B" accepts either name."""
    out: set[tuple[str, str, str]] = set()
    for s, p, o, *_ in triples:
        for s1 in s.split("|"):
            for o1 in o.split("|"):
                out.add(key(_norm(s1), p, _norm(o1)))
    return out


def claims_of(text: str) -> list[Claim]:
    return list(
        EXTRACTOR.extract(Document(source="unseen.txt", text="Deal news\n\n" + text)).claims
    )


def predicted(claims: list[Claim]) -> set[tuple[str, str, str]]:
    return {
        key(_norm(c.subject), c.predicate, _norm(c.object))
        for c in claims
        if c.predicate in SCORED and c.status != "denied" and c.subject != c.object
    }


def score() -> tuple[Counter[str], list[str]]:
    """Counts tp, fp, fn, forbidden (also per relation) and a line per error."""
    counts: Counter[str] = Counter()
    errors: list[str] = []
    for case in CASES:
        pred = predicted(claims_of(str(case["text"])))
        must_alts = [_expand([t]) for t in case.get("must", [])]  # type: ignore[attr-defined]
        optional = _expand(case.get("optional", []))  # type: ignore[arg-type]
        forbidden = _expand(case.get("forbidden", []))  # type: ignore[arg-type]
        must_any = set().union(*must_alts) if must_alts else set()
        for alts in must_alts:
            rel = next(iter(alts))[1]
            if alts & pred:
                counts["tp"] += 1
                counts[f"tp:{rel}"] += 1
            else:
                counts["fn"] += 1
                counts[f"fn:{rel}"] += 1
                errors.append(f"{case['id']}: missed {sorted(alts)[0]}")
        for t in sorted(pred - must_any - optional):
            counts["fp"] += 1
            counts[f"fp:{t[1]}"] += 1
            errors.append(f"{case['id']}: false positive {t}")
        for t in sorted(pred & forbidden):
            counts["forbidden"] += 1
            errors.append(f"{case['id']}: forbidden {t}")
    return counts, errors


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return prf(tp, fp, fn)[:2]


def test_unseen_paragraphs_precision_and_recall_floors() -> None:
    """Floors just under the level reached (P=0.998 R=0.967 over 548 must triples)."""
    counts, errors = score()
    precision, recall = _prf(counts["tp"], counts["fp"], counts["fn"])
    assert precision >= 0.99, errors
    assert recall >= 0.955, errors
    assert counts["forbidden"] == 0, errors
    for rel in SCORED:
        p, r = _prf(counts[f"tp:{rel}"], counts[f"fp:{rel}"], counts[f"fn:{rel}"])
        assert p >= 0.9 and r >= 0.85, (rel, p, r, errors)


def _positive(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.predicate, c.object) for c in claims_of(text) if c.status != "denied"}


def test_now_part_of_and_plural_possessive_unit() -> None:
    got = _positive(
        "Ferrant, now part of Oskel Group, makes sensors. "
        "Brume Cloud, Tallis Holdings' cloud arm, will provide compute to Ivel AI."
    )
    assert ("Oskel Group", "owns", "Ferrant") in got
    assert ("Tallis Holdings", "owns", "Brume Cloud") in got
    assert ("Brume Cloud", "rents-capacity-to", "Ivel AI") in got
    assert ("Tallis Holdings", "rents-capacity-to", "Ivel AI") not in got


def test_possessive_unit_only_for_org_like_new_names() -> None:
    got = _positive("Oskel Group's Marrow Robotics said Oskel Group's Jane Pellow would lead it.")
    assert ("Oskel Group", "owns", "Marrow Robotics") in got
    assert not any(t[2] == "Jane Pellow" for t in got)


def test_a_person_who_runs_both_companies() -> None:
    got = _positive(
        "Ines Marlow, who founded and runs both Teral Energy and the developer Quarlin, spoke."
    )
    assert ("Ines Marlow", "owns", "Teral Energy") in got
    assert ("Ines Marlow", "owns", "Quarlin") in got


def test_evidence_sentence_stays_with_its_own_provider() -> None:
    claims = claims_of(
        "Google is not Anthropic's only supplier. Amazon, which has put $8 billion into the "
        "company, remains what Anthropic calls its primary training partner."
    )
    for c in claims:
        if "primary training partner" in c.sentence and c.predicate == "rents-capacity-to":
            assert c.subject == "Amazon Web Services", c


def test_a_stake_sold_to_a_buyer_and_a_relative_clause_subject() -> None:
    got = _positive(
        "Orvel Partners sold its 12% stake in Pennick AI to Sarn Capital. "
        "Lusk Cloud, which Brevan Group set up in 2020 as its hosting unit, now rents GPUs to "
        "Pennick AI."
    )
    assert ("Sarn Capital", "owns", "Pennick AI") in got
    assert ("Orvel Partners", "owns", "Pennick AI") not in got
    assert ("Brevan Group", "owns", "Lusk Cloud") in got
    assert ("Lusk Cloud", "rents-capacity-to", "Pennick AI") in got
    assert ("Brevan Group", "rents-capacity-to", "Pennick AI") not in got


def test_a_verb_coordinated_after_a_prepositional_object_is_the_subjects() -> None:
    got = _positive(
        "Ivel AI signed a contract with Brume Cloud for cloud capacity and received $90 million "
        "of Brume Cloud stock."
    )
    assert ("Brume Cloud", "rents-capacity-to", "Ivel AI") in got
    assert ("Ivel AI", "owns", "Brume Cloud") in got


def test_a_role_after_a_copula_is_not_a_reference() -> None:
    got = _positive("Brume Cloud will remain the primary cloud provider for Ivel AI.")
    assert ("Brume Cloud", "rents-capacity-to", "Ivel AI") in got


def test_short_form_of_a_new_name_and_an_epithet_with_a_place() -> None:
    got = _positive(
        "Glenmoor Grid runs two data centres in Finland. Customers of the Kotka operator "
        "include Ivel AI. Glenmoor also leases its Oulu site to Pennick AI."
    )
    assert ("Glenmoor Grid", "rents-capacity-to", "Ivel AI") in got
    assert ("Glenmoor Grid", "rents-capacity-to", "Pennick AI") in got


def test_a_name_that_describes_people_is_no_antecedent() -> None:
    got = _positive(
        "Velm Labs, founded in 2021 by former Quorra AI researchers, is an unusual case: "
        "Orrin Capital has invested $300 million in the start-up."
    )
    assert ("Orrin Capital", "owns", "Velm Labs") in got
    assert ("Orrin Capital", "owns", "Quorra AI") not in got


def test_joint_venture_partners_and_a_quote_speakers_we() -> None:
    got = _positive(
        "Orvel Power and Sarn Capital formed a joint venture, Tilde Compute, last year. "
        '"We lease all of our GPUs from Tilde Compute," said Ana Roe, chief executive of Velm Labs.'
    )
    assert ("Orvel Power", "owns", "Tilde Compute") in got
    assert ("Sarn Capital", "owns", "Tilde Compute") in got
    assert ("Tilde Compute", "rents-capacity-to", "Velm Labs") in got
    assert ("Velm Labs", "rents-capacity-to", "Tilde Compute") not in got


def test_the_combined_company_is_neither_party() -> None:
    got = _positive(
        "Orvel Labs and Sarn Robotics agreed to merge; the combined company will be called "
        "Orsarn and will compete with Velm Labs."
    )
    assert ("Orvel Labs", "competes-with", "Velm Labs") not in got
    assert ("Sarn Robotics", "rebrands-as", "Orsarn") not in got


def test_datelines_suffixes_and_asides_before_a_verb() -> None:
    got = _positive(
        "BERLIN--(BUSINESS WIRE)--Orvel Tensor, Inc., a provider of GPU capacity, today agreed "
        "to deliver dedicated clusters to Velm Labs. "
        "Jo Roe, a partner at Sarn Capital, which owns a quarter of Velm Labs, spoke. "
        "Velm Labs' backers: Brask Ventures (lead) and the state fund Kell Fond."
    )
    assert ("Orvel Tensor", "rents-capacity-to", "Velm Labs") in got
    assert ("Sarn Capital", "owns", "Velm Labs") in got
    assert ("Jo Roe", "owns", "Velm Labs") not in got
    assert not any(t[0] == "Inc" for t in got)


def test_shares_sold_after_no_longer_owns_and_a_cataphoric_it() -> None:
    got = _positive(
        "Orvel Group no longer owns any part of Velm Labs after selling its shares to Sarn "
        "Capital. Without the GPUs it rents from Brume Cloud, Ivel AI could not train."
    )
    assert ("Sarn Capital", "owns", "Velm Labs") in got
    assert ("Orvel Group", "owns", "Velm Labs") not in got
    assert ("Brume Cloud", "rents-capacity-to", "Ivel AI") in got


def test_a_list_item_after_an_aside_and_a_rival_product() -> None:
    got = _positive(
        "Ivel AI's main rivals are Velm Labs and, a distant second, Quorra AI. "
        "Competition between Ivel AI and Cursor is fierce."
    )
    assert ("Ivel AI", "competes-with", "Quorra AI") in got
    assert ("Ivel AI", "competes-with", "Cursor") in got


def test_a_possessive_after_its_own_subject_is_not_another_party() -> None:
    got = _positive(
        "Tarva Cloud denied that it would host Orrel AI. Orrel AI buys its compute from Oracle. "
        "Pika Labs, a video start-up, is one of its customers."
    )
    assert ("Oracle", "rents-capacity-to", "Orrel AI") in got
    assert ("Tarva Cloud", "rents-capacity-to", "Orrel AI") not in got


def test_odd_shaped_new_names_open_a_sentence() -> None:
    got = _positive(
        "qubitX Labs, a robotics lab set up by former OpenAI researchers, will lease chips from "
        "Lambda. Should Brenn Compute win, it would serve Orrel AI. "
        "Vantor Inc. runs its workloads in Dray's data centre outside Lyon."
    )
    assert ("Lambda", "rents-capacity-to", "qubitX Labs") in got
    assert ("Lambda", "rents-capacity-to", "OpenAI") not in got
    assert not any(t[0].startswith("Should") for t in got)
    assert ("Dray", "rents-capacity-to", "Vantor") in got


def test_a_quote_speaker_named_by_a_possessive_role() -> None:
    got = _positive(
        "Orrel AI owns no chips. "
        "\"All the training we do runs on Tarva's clusters,\" said Ed Lam, the start-up's CTO."
    )
    assert ("Tarva", "rents-capacity-to", "Orrel AI") in got


def test_a_second_predicate_after_a_spin_out_and_a_relative_antecedent() -> None:
    got = _positive(
        "Brenn Quantum was spun out of Leeds University in 2020 and is now a unit of Osk Group. "
        "Orrel AI rents GPUs from Tarva Cloud, which was founded by Ed Lam and is now a "
        "subsidiary of Dray Holdings."
    )
    assert ("Osk Group", "owns", "Brenn Quantum") in got
    assert ("Osk Group", "owns", "Leeds University") not in got
    assert ("Dray Holdings", "owns", "Tarva Cloud") in got
    assert ("Dray Holdings", "owns", "Orrel AI") not in got


def test_a_named_appositive_subject_and_a_cloud_named_by_its_platform() -> None:
    got = _positive(
        "Orrel AI rents GPUs from Tarva Cloud. Its larger rival, Brenn AI, has relied on Azure "
        "for two years. Dray Labs relies on Microsoft."
    )
    assert ("Orrel AI", "competes-with", "Brenn AI") in got
    assert ("Microsoft Azure", "rents-capacity-to", "Brenn AI") in got or (
        "Microsoft",
        "rents-capacity-to",
        "Brenn AI",
    ) in got
    assert not any(t[2] == "Dray Labs" for t in got)


def test_shouted_quoted_and_numbered_names() -> None:
    got = _positive(
        "KORPI, a Tallinn neocloud, counts the chat start-up Orrel AI among its customers. "
        'A lab that calls itself "Wick" has agreed to take capacity from Crusoe. '
        "Wick is backed by Dray Capital. "
        "The fund Osk 4 Partners owns 30% of Tarva9, a maker of inference chips."
    )
    assert ("KORPI", "rents-capacity-to", "Orrel AI") in got
    assert ("Crusoe", "rents-capacity-to", "Wick") in got
    assert ("Dray Capital", "owns", "Wick") in got
    assert ("Osk 4 Partners", "owns", "Tarva9") in got


def test_shouted_words_and_dates_make_no_names() -> None:
    claims = claims_of("UPDATE Tarva Cloud rents GPUs to Orrel AI. On May 12 Oracle said so.")
    names = {c.subject for c in claims} | {c.object for c in claims}
    assert names <= {"Tarva Cloud", "Orrel AI", "Oracle"}, names


def test_an_investor_is_not_what_its_investor_points_at() -> None:
    got = _positive(
        "Dray Capital does not own any of Orrel AI, the start-up said. "
        "Its only outside investor is Samsung."
    )
    assert ("Samsung", "owns", "Orrel AI") in got
    assert ("Samsung", "owns", "Dray Capital") not in got


def test_the_lab_may_be_a_name_no_cue_typed() -> None:
    got = _positive(
        "Wexley Research has moved its training to TPUs in Google Cloud. "
        "The lab had previously rented GPUs from Lambda. "
        "Osk Robotics, a firm from Turin, is now majority-owned by Dray Partners."
    )
    assert ("Google Cloud", "rents-capacity-to", "Wexley Research") in got
    assert ("Lambda", "rents-capacity-to", "Wexley Research") in got
    assert ("Dray Partners", "owns", "Osk Robotics") in got


def test_a_cloud_arm_of_a_parent_and_the_two_start_ups() -> None:
    got = _positive(
        "Orrel AI has picked Alphabet's cloud arm for its training runs. "
        "Wick Labs and Tarva AI both rent their GPUs from Lambda. "
        "The two start-ups compete for the same bank customers."
    )
    assert ("Google Cloud", "rents-capacity-to", "Orrel AI") in got
    assert ("Wick Labs", "competes-with", "Tarva AI") in got or (
        "Tarva AI",
        "competes-with",
        "Wick Labs",
    ) in got


def test_co_investors_did_not_raise_the_round_they_joined() -> None:
    got = _positive(
        "Orrel AI raised $50 million. Dray Capital led the round, and Osk Ventures joined it. "
        "Wick Labs raised more. Brenn Partners led the round, with Sarn Capital and Nvidia "
        "participating."
    )
    assert ("Dray Capital", "owns", "Orrel AI") in got
    assert ("Osk Ventures", "owns", "Orrel AI") in got
    assert ("Nvidia", "owns", "Wick Labs") in got
    assert not any(t[2] in {"Dray Capital", "Osk Ventures", "Brenn Partners"} for t in got)


def test_a_hedge_after_a_named_appositive_is_the_main_verbs() -> None:
    claims = claims_of(
        "Tarva Compute's parent, the mining group Osk Holdings, plans to sell the unit. "
        "Its main rival, Brenn Cloud, rents space from Equinix."
    )
    status = {(c.subject, c.predicate, c.object): c.status for c in claims}
    assert status.get(("Osk Holdings", "owns", "Tarva Compute")) == "asserted"
    assert ("Equinix", "rents-capacity-to", "Brenn Cloud") in status


def test_a_counterfactual_owns_nothing_and_the_two_remain_rivals() -> None:
    got = _positive(
        "Had the deal closed, Orrel AI would have bought Wick Labs outright. "
        "Instead the two companies remain bitter rivals."
    )
    assert ("Orrel AI", "owns", "Wick Labs") not in got
    assert ("Orrel AI", "competes-with", "Wick Labs") in got


def test_a_description_before_a_name_and_a_customer_signed() -> None:
    got = _positive(
        "Tarva Networks rents GPU capacity to the coding start-up Wick. "
        "Shares of Brenn Compute jumped after the company said it had signed Orrel AI as a "
        "customer for its GPU cloud."
    )
    assert ("Tarva Networks", "rents-capacity-to", "Wick") in got
    assert ("Brenn Compute", "rents-capacity-to", "Orrel AI") in got


if __name__ == "__main__":
    counts, errors = score()
    print("\n".join(errors))
    for rel in SCORED:
        tp, fp, fn = counts[f"tp:{rel}"], counts[f"fp:{rel}"], counts[f"fn:{rel}"]
        p, r = _prf(tp, fp, fn)
        print(f"{rel:18} P={p:.3f} R={r:.3f}  tp={tp} fp={fp} fn={fn}")
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p, r = _prf(tp, fp, fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"unseen P={p:.3f} R={r:.3f} F1={f1:.3f} tp={tp} fp={fp} fn={fn}", end=" ")
    print(f"forbidden={counts['forbidden']}")
    sys.exit(0)
