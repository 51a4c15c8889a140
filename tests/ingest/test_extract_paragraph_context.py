"""Parties a sentence leaves to its paragraph, quotes and epithets, sites and their owners.

Each test reads sentences written for it (not the unseen paragraphs' own) and checks one
construction: a stake with no object, work served by a provider with no owner named, the
speaker of a quote, "the operator" and "the landlord", a unit its parent renames, and
capacity rented through a data centre that some company owns.
"""

from __future__ import annotations

from ingest.extract.rules import RuleExtractor
from ingest.models import Document

EXTRACTOR = RuleExtractor()


def _got(text: str) -> set[tuple[str, str, str]]:
    claims = EXTRACTOR.extract(Document(source="t.txt", text="Headline\n\n" + text)).claims
    return {(c.subject, c.predicate, c.object) for c in claims if c.status != "denied"}


def test_a_stake_with_no_object_is_in_the_company_the_paragraph_is_about() -> None:
    got = _got(
        "Lomond Robotics builds grippers for farms. Carrick Partners took an 8% stake in 2023, "
        "and Venn Capital also holds shares. Orrery Fund is also an investor."
    )
    assert ("Carrick Partners", "owns", "Lomond Robotics") in got
    assert ("Venn Capital", "owns", "Lomond Robotics") in got
    assert ("Orrery Fund", "owns", "Lomond Robotics") in got
    assert ("Carrick Partners", "owns", "Venn Capital") not in got
    assert ("Orrery Fund", "owns", "Carrick Partners") not in got


def test_a_stake_in_something_unnamed_is_no_stake_in_the_paragraphs_company() -> None:
    got = _got("Lomond Robotics builds grippers. Carrick Partners holds a stake in a rival lab.")
    assert ("Carrick Partners", "owns", "Lomond Robotics") not in got


def test_work_served_by_a_provider_is_the_story_companys() -> None:
    got = _got(
        "Orla Bio has grown quickly since 2022. Most of the inference is handled by Lambda, "
        "and the training by Crusoe."
    )
    assert ("Lambda", "rents-capacity-to", "Orla Bio") in got
    assert ("Crusoe", "rents-capacity-to", "Orla Bio") in got
    assert ("Lambda", "rents-capacity-to", "Crusoe") not in got


def test_a_quote_spoken_for_the_story_company_and_running_on() -> None:
    got = _got(
        "Tavi Labs owns no GPUs. \"We're training everything on Vultr's machines,\" the "
        "founder, Ada Moss, said on Monday."
    )
    assert ("Vultr", "rents-capacity-to", "Tavi Labs") in got
    got = _got(
        '"We tried AWS first," said Ada Moss, chief executive of Tavi Labs. '
        '"Now we rent all of our GPUs from Lambda."'
    )
    assert ("Lambda", "rents-capacity-to", "Tavi Labs") in got
    got = _got('Ada Moss, founder of Tavi Labs, said: "We lease our GPUs from Nebius."')
    assert ("Nebius Group", "rents-capacity-to", "Tavi Labs") in got
    assert not any(t[2] == "Ada Moss" for t in got)


def test_a_cloud_the_speaker_calls_a_supplier() -> None:
    got = _got('"Lambda is our main supplier," said Ada Moss, chief executive of Tavi Labs.')
    assert ("Lambda", "rents-capacity-to", "Tavi Labs") in got
    got = _got("Nvidia is Tavi Labs' biggest supplier of chips.")
    assert ("Nvidia", "rents-capacity-to", "Tavi Labs") not in got


def test_an_employer_named_after_a_role_is_no_person() -> None:
    claims = EXTRACTOR.extract(
        Document(
            source="t.txt",
            text='Title\n\n"We host Orla Bio," said Jo Lund, chief executive of Quarrel Compute.',
        )
    ).claims
    assert {(c.subject, c.object) for c in claims} >= {("Quarrel Compute", "Orla Bio")}


def test_an_epithet_with_a_place_prefers_the_company_said_to_be_there() -> None:
    got = _got(
        "Fenwick Data, an operator based in Leeds, raised money from KKR. Morrow Cloud runs "
        "sites in Oslo. Tavi Labs rents racks from the Leeds operator."
    )
    assert ("Fenwick Data", "rents-capacity-to", "Tavi Labs") in got
    assert ("Morrow Cloud", "rents-capacity-to", "Tavi Labs") not in got
    assert ("KKR", "rents-capacity-to", "Tavi Labs") not in got


def test_the_landlord_and_the_operator_are_the_companies_with_sites() -> None:
    got = _got(
        "Tavi Labs moved its training into Greyfield Data's Denver campus last year. "
        "The landlord, which is backed by Apollo, also hosts Orla Bio."
    )
    assert ("Greyfield Data", "rents-capacity-to", "Tavi Labs") in got
    assert ("Greyfield Data", "rents-capacity-to", "Orla Bio") in got
    assert ("Apollo", "owns", "Orla Bio") not in got
    got = _got(
        "Arden Racks runs two data centres in Wales. Orla Bio signed a deal with the operator "
        "for 500 GPUs."
    )
    assert ("Arden Racks", "rents-capacity-to", "Orla Bio") in got


def test_stacked_heads_describe_the_name_after_them() -> None:
    got = _got(
        "Tavi Labs trains on Lambda. Skelt Power, a subsidiary of the utility group Morva "
        "Energy, signed a contract with Orla Bio."
    )
    assert ("Morva Energy", "owns", "Skelt Power") in got
    assert ("Tavi Labs", "owns", "Skelt Power") not in got


def test_a_parent_renames_the_unit_that_rents_capacity_out() -> None:
    got = _got(
        "Brenn Holdings will rename its cloud business, Brenn Hosting, as Skyforge. "
        "The unit leases GPUs to Orla Bio."
    )
    assert ("Brenn Hosting", "rebrands-as", "Skyforge") in got
    assert ("Brenn Holdings", "owns", "Brenn Hosting") in got
    assert got & {
        ("Skyforge", "rents-capacity-to", "Orla Bio"),
        ("Brenn Hosting", "rents-capacity-to", "Orla Bio"),
    }
    assert ("Brenn Holdings", "rents-capacity-to", "Orla Bio") not in got
    assert ("Brenn Holdings", "rebrands-as", "Skyforge") not in got


def test_capacity_of_a_site_is_rented_from_its_owner() -> None:
    got = _got(
        "Orla Bio trains on Tarn, a 5,000-GPU cluster in Iceland. Tarn is operated by Hekla Grid."
    )
    assert ("Hekla Grid", "rents-capacity-to", "Orla Bio") in got
    got = _got("The Loch data centre, owned by Calder Power, began hosting models for Tavi Labs.")
    assert ("Calder Power", "owns", "Loch") in got
    assert ("Calder Power", "rents-capacity-to", "Tavi Labs") in got
    got = _got(
        "Tavi Labs moved its training to a data centre near Lyon called Rhone One. "
        "The site's owner, Veyra Energy, is a utility."
    )
    assert ("Veyra Energy", "owns", "Rhone One") in got
    assert ("Veyra Energy", "rents-capacity-to", "Tavi Labs") in got


def test_booked_clusters_and_sites_that_another_leases() -> None:
    got = _got("Orla Bio has reserved all of Hekla Compute's Reykjavik cluster.")
    assert ("Hekla Compute", "rents-capacity-to", "Orla Bio") in got
    got = _got("The unit is renting all of its Bergen cluster to Tavi Labs, Brenn Cloud said.")
    assert ("Tavi Labs", "rents-capacity-to", "Brenn Cloud") not in got
    got = _got(
        "Hekla Compute, which built the Akureyri campus that Oracle leases to serve Tavi Labs, "
        "is growing."
    )
    assert ("Hekla Compute", "rents-capacity-to", "Oracle") in got
    assert ("Oracle", "rents-capacity-to", "Tavi Labs") in got


def test_the_cloud_giant_and_the_cloud_idiom() -> None:
    got = _got("Microsoft has invested in Tavi Labs, which trains on the cloud giant's servers.")
    assert got & {
        ("Microsoft Azure", "rents-capacity-to", "Tavi Labs"),
        ("Microsoft", "rents-capacity-to", "Tavi Labs"),
    }
    got = _got("Lambda rents GPUs to Orla Bio. Tavi Labs moved its billing to the cloud.")
    assert ("Lambda", "rents-capacity-to", "Tavi Labs") not in got


def test_backed_by_fronts_only_a_sentence() -> None:
    got = _got(
        "Arden Racks, the data-centre operator backed by KKR, has signed Orla Bio as a tenant."
    )
    assert ("KKR", "owns", "Arden Racks") in got
    assert ("KKR", "owns", "Orla Bio") not in got
    assert ("Arden Racks", "rents-capacity-to", "Orla Bio") in got


def test_rivals_named_after_a_class_of_companies() -> None:
    got = _got("Tavi Labs competes with bigger firms, such as Orla Bio and Hekla AI, in Europe.")
    assert ("Tavi Labs", "competes-with", "Orla Bio") in got
    assert ("Tavi Labs", "competes-with", "Hekla AI") in got


def test_training_at_a_named_site_and_hosting_every_model_a_lab_trains() -> None:
    got = _got(
        "Orla Bio trains its models at the Kestrel data centre in Norway. The facility's owner, "
        "Fjell Power, also sells electricity."
    )
    assert ("Fjell Power", "rents-capacity-to", "Orla Bio") in got
    got = _got('"We host all the models that Orla Bio trains," said the chief of Hekla Cloud.')
    assert ("Hekla Cloud", "rents-capacity-to", "Orla Bio") in got


def test_investors_listed_after_a_raise() -> None:
    got = _got("Tavi Labs said it had raised $300 million, with Nvidia among the investors.")
    assert ("Nvidia", "owns", "Tavi Labs") in got


def test_a_stake_with_no_object_is_never_in_the_holder_itself() -> None:
    got = _got("Orla Bio signed a chip deal with Hekla Semi. Orla Bio took a 3% stake last year.")
    assert not any(t[0] == "Orla Bio" and t[1] == "owns" for t in got)


def test_examples_of_a_plural_subject_are_its_subjects() -> None:
    got = _got("Several robotics firms, including Orla Bio and Tavi Labs, rent GPUs from Lambda.")
    assert ("Lambda", "rents-capacity-to", "Orla Bio") in got
    assert ("Lambda", "rents-capacity-to", "Tavi Labs") in got
    got = _got("Two AI labs, including Orla Bio, already lease racks from Hekla Cloud.")
    assert ("Hekla Cloud", "rents-capacity-to", "Orla Bio") in got
    assert not any(t[0].startswith("Two") or t[2].startswith("Two") for t in got)
