"""Constructions of article genres the rules had not met, one test each.

Press releases, research notes with bullets, interviews in questions and
answers, live blogs with timestamps, newsletter roundups, earnings-call write-ups,
opinion columns and corrections appended to a story. Every sentence is made up
for the test (invented companies), in words other than the articles' own.
"""

from __future__ import annotations

from extracted import EXTRACTOR, claims_in, positive_in  # beside this file

from ingest.extract._text import segments
from ingest.models import Document

# ------------------------------------------------------------------ readers


def test_a_live_blog_entry_opening_more_from_is_not_a_related_list() -> None:
    text = (
        "Chip stocks live\n\n10:05 BST\n\nQuarrel Micro has closed its deal.\n\n10:40 BST\n\n"
        "More from the filing: Quarrel Micro now owns Dunlin Optics outright.\n\n"
        "More from Markets\n\nBrisk Labs buys Tern Data"
    )
    texts = [s.text for s in segments(text)]
    assert "More from the filing: Quarrel Micro now owns Dunlin Optics outright." in texts
    assert "Brisk Labs buys Tern Data" not in texts  # the list after "More from Markets"
    assert {s.text for s in segments(text) if s.header} >= {"10:05 BST", "10:40 BST"}


# ------------------------------------------------------------------ names


def test_a_name_ending_in_ian_has_a_short_form() -> None:
    got = positive_in(
        "Obsidian Photonics reported a loss. Analysts said the purchase lets Obsidian take on "
        "Kallisto Chips in optical links."
    )
    assert ("Obsidian Photonics", "competes-with", "Kallisto Chips") in got


# ------------------------------------------------------------------ competes-with


def test_taking_on_and_take_on_name_a_rival() -> None:
    got = positive_in(
        "Tarn Robotics is taking on Brewster Automation in warehouse picking. "
        "A new fund lets Ospry Cloud take on Halberd Compute for inference work."
    )
    assert ("Tarn Robotics", "competes-with", "Brewster Automation") in got
    assert ("Ospry Cloud", "competes-with", "Halberd Compute") in got
    # the name just before "to take on" need not be the one taking on
    got = positive_in("Vexa Optics closes Tarrow Labs deal to take on Brisk Chips in lasers.")
    assert ("Tarrow Labs", "competes-with", "Brisk Chips") not in got


# ------------------------------------------------------------------ modality


def test_a_failure_in_a_clause_of_its_own_does_not_undo_the_deal() -> None:
    got = positive_in(
        "Kerrow AI leases its GPUs from Dallow Data, a former bitcoin miner that moved into "
        "hosting after coin prices collapsed in 2022."
    )
    assert ("Dallow Data", "rents-capacity-to", "Kerrow AI") in got
    assert ("Dallow Data", "rents-capacity-to", "Kerrow AI") not in positive_in(
        "Kerrow AI agreed to lease GPUs from Dallow Data, but the deal collapsed in May."
    )


def test_a_correction_takes_back_what_an_earlier_version_said() -> None:
    got = positive_in(
        "Correction: An earlier version of this story said that Vesper Labs had been renamed "
        "Vesper AI. A previous version of this article misstated that Orme Capital acquired "
        "Tansy Robotics; Orme holds a small stake in Tansy Robotics."
    )
    assert ("Vesper Labs", "rebrands-as", "Vesper AI") not in got
    assert ("Orme Capital", "owns", "Tansy Robotics") in got  # the clause after ";" stands


def test_a_deal_called_off_later_in_the_story_is_not_kept() -> None:
    got = positive_in(
        "Pollard Health said on Monday it would rent 500 GPUs from Brantwood Cloud for a year. "
        "The start-up builds triage software for hospitals. "
        "Update: Pollard Health has since called off the agreement with Brantwood Cloud."
    )
    assert ("Brantwood Cloud", "rents-capacity-to", "Pollard Health") not in got


def test_an_answer_that_calls_the_reports_wrong_denies_them() -> None:
    text = (
        "There were reports in May that Gorse Capital was about to buy Wendle AI. "
        "What happened there? Those reports were simply wrong. "
        "Wendle AI competes with Pyx Labs in contract review."
    )
    got = positive_in(text)
    assert ("Gorse Capital", "owns", "Wendle AI") not in got
    assert ("Wendle AI", "competes-with", "Pyx Labs") in got  # only what came before


# ------------------------------------------------------------------ plain rules


def test_now_trading_as_is_a_new_name() -> None:
    got = positive_in("After the merger, Corbel Mining is now trading as Corbel Digital.")
    assert ("Corbel Mining", "rebrands-as", "Corbel Digital") in got


def test_best_known_as_the_owner_of() -> None:
    got = positive_in("Ansty Group is best known as the owner of Wick Data, a colocation firm.")
    assert ("Ansty Group", "owns", "Wick Data") in got


def test_a_possessive_rival_with_an_adverb_before_the_verb() -> None:
    got = positive_in(
        "Hollin Cloud runs two sites near the coast, and its main rival there is Sedge Compute."
    )
    assert ("Hollin Cloud", "competes-with", "Sedge Compute") in got


# ------------------------------------------------------------------ coreference


def test_a_pronoun_opening_a_new_section_is_the_story_subject() -> None:
    text = (
        "Rookwood Cloud: upgrade to buy\n\nRookwood Cloud signed three inference contracts in "
        "the quarter.\n\nRisks\n\nSome investors asked whether Harbin Capital might bid for "
        "the whole company. Management said there had been no approach.\n\nValuation\n\n"
        "Our target implies a discount to its closest rival Tallis Compute."
    )
    claims = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    got = {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}
    assert ("Rookwood Cloud", "competes-with", "Tallis Compute") in got
    assert ("Harbin Capital", "competes-with", "Tallis Compute") not in got


def test_we_in_an_interview_answer_is_the_interviewed_company() -> None:
    text = (
        "Inside Brockley AI\n\nJune Amis runs Brockley AI, a legal-search start-up in Leeds.\n\n"
        "Q: Where do you train?\n\n"
        "AMIS: We lease most of our GPUs from Skerry Compute.\n\n"
        "Q: And who worries you?\n\n"
        "AMIS: We are in a race with Lantern Labs for the big law firms."
    )
    claims = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    got = {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}
    assert ("Skerry Compute", "rents-capacity-to", "Brockley AI") in got
    assert ("Brockley AI", "competes-with", "Lantern Labs") in got
    assert [s.spoken for s in segments(text) if "Skerry" in s.text] == [True]
    assert [s.spoken for s in segments(text) if s.text.startswith("Where")] == [False]


def test_rents_someone_a_quantity_of_gpus() -> None:
    got = positive_in("Ormsby Cloud rents Quill Labs about 2,000 GPUs at its Ohio site.")
    assert ("Ormsby Cloud", "rents-capacity-to", "Quill Labs") in got
    got = positive_in(
        "Most training runs on Skerry Cloud, which rents Pyx Labs TPU capacity in Hull."
    )
    assert ("Skerry Cloud", "rents-capacity-to", "Pyx Labs") in got
    # the landlord as a modifier of what is rented is not the renter
    assert ("Quill Labs", "rents-capacity-to", "Ormsby Cloud") not in positive_in(
        "Quill Labs rents Ormsby Cloud capacity for its training runs."
    )


def test_we_in_a_quote_from_an_unplaced_speaker_is_the_story_subject() -> None:
    text = (
        "Hartle AI doubles headcount\n\nHartle AI, a Glasgow start-up, hired 40 engineers. "
        "Hartle AI sells contract-review software.\n\n"
        '"We compete every week with Pyx Labs for the same banks," Morag Keir said.'
    )
    claims = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    got = {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}
    assert ("Hartle AI", "competes-with", "Pyx Labs") in got


def test_its_existing_supplier_a_cloud_is_its_landlord() -> None:
    got = positive_in(
        "Pollard Health said it would keep using its existing supplier, Brantwood Cloud, "
        "for another year. Correction: an earlier version of this story said Pollard Health "
        "was renamed Pollard AI. That is incorrect."
    )
    assert ("Brantwood Cloud", "rents-capacity-to", "Pollard Health") in got
    # a chipmaker supplier sells parts, not capacity
    assert not positive_in("Fenner Robotics kept its main supplier, Nvidia, for the new arms.")


def test_a_list_of_chip_names_before_capacity_is_what_is_rented() -> None:
    got = positive_in(
        "Ormsby Cloud now rents H200 and B300 capacity to Quill Labs and to Pyx Labs."
    )
    assert ("Ormsby Cloud", "rents-capacity-to", "Quill Labs") in got
    assert ("Ormsby Cloud", "rents-capacity-to", "Pyx Labs") in got


def test_a_title_case_headline_that_glues_two_names_is_no_full_name() -> None:
    text = (
        "Brockley Labs Picks Skerry Compute For Training\n\n"
        "Brockley Labs, a Leeds start-up, met Skerry Compute on Monday. "
        "Skerry agreed to reserve 800 GPUs for Brockley at its Hull site."
    )
    claims = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    got = {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}
    assert ("Skerry Compute", "rents-capacity-to", "Brockley Labs") in got


def test_a_bullet_labelled_largest_customer_names_a_renter_of_the_story_cloud() -> None:
    text = (
        "Ormsby Cloud: initiate at Buy\n\nOrmsby Cloud signed two inference contracts in the "
        "quarter. Ormsby Cloud runs four sites in Ohio.\n\n"
        "- Largest customer: Pyx Labs, the contract-review lab, brings in a third of revenue.\n"
        "- Main rivals: Tallis Compute, which cut prices in May.\n"
    )
    claims = EXTRACTOR.extract(Document(source="t.txt", text=text)).claims
    got = {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}
    assert ("Ormsby Cloud", "rents-capacity-to", "Pyx Labs") in got
    assert ("Ormsby Cloud", "competes-with", "Tallis Compute") in got


def test_a_parent_renaming_its_unit_named_after_it() -> None:
    got = positive_in(
        "Brisa Cloud won a contract in May. Separately, Brisa said it would rename its "
        "hosting arm: Brisa Cloud will be renamed Alder Compute in June."
    )
    assert ("Brisa", "owns", "Brisa Cloud") in got
    assert ("Brisa Cloud", "rebrands-as", "Alder Compute") in got


def test_a_relative_clause_after_a_purchase_is_not_what_was_bought() -> None:
    got = positive_in(
        "Ormsby Cloud owns Wick Data, the Dutch colocation business it bought in 2023, which "
        "supplies most of its European floor space."
    )
    assert ("Ormsby Cloud", "owns", "Wick Data") in got
    assert ("Ormsby Cloud", "rents-capacity-to", "Wick Data") not in got


def test_head_to_head_and_head_on_do_not_make_the_rival_a_person() -> None:
    got = positive_in(
        "Ospry Cloud goes head-to-head with Halberd Compute in Texas. "
        "Brisk Cloud competes head-on with Tallow Compute."
    )
    assert ("Ospry Cloud", "competes-with", "Halberd Compute") in got
    assert ("Brisk Cloud", "competes-with", "Tallow Compute") in got


def test_locked_in_a_battle_with_and_now_trading_as() -> None:
    got = positive_in(
        "Ospry Cloud is locked in a battle with Halberd Compute for inference deals. "
        "Tarn Robotics, now trading as Tarn Automation, reported a loss."
    )
    assert ("Ospry Cloud", "competes-with", "Halberd Compute") in got
    assert ("Tarn Robotics", "rebrands-as", "Tarn Automation") in got


def test_an_epithet_with_a_modifier_is_one_reference_in_object_position() -> None:
    got = positive_in(
        "Ospry Cloud, a GPU cloud, signed Pyx Labs in May. Tallow AI said it would also rent "
        "GPUs from the fast-growing provider.\n\n"
        "Halberd Compute, a rival to the Dallas provider, lost the bid."
    )
    assert ("Ospry Cloud", "rents-capacity-to", "Tallow AI") in got
    assert ("Halberd Compute", "competes-with", "Ospry Cloud") in got


def test_an_epithet_right_after_a_name_in_a_list_only_describes_it() -> None:
    got = {
        (c.subject, c.predicate, c.object, c.status)
        for c in claims_in(
            "Pyx Labs's training jobs are also run by Ospry Cloud, the specialist GPU cloud, "
            "and by Halberd Compute's cloud, and the company has held talks with other "
            "providers about more capacity."
        )
    }
    assert ("Ospry Cloud", "rents-capacity-to", "Pyx Labs", "asserted") in got
    assert ("Halberd Compute", "rents-capacity-to", "Pyx Labs", "asserted") in got
