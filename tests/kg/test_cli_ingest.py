"""End to end through the real ``kg`` command: bad inputs are named and skipped,
good ones are stored, and a second ingest changes nothing."""

import json
import subprocess
import sys
from pathlib import Path

GOOD = (
    "Helio Compute signs GPU deal with Vela Labs\n\n"
    "March 3, 2026\n\n"
    "Helio Compute, a cloud provider, will supply GPU capacity to Vela Labs under a "
    "three-year contract, the companies said on Tuesday.\n"
)


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def make_inputs(folder: Path) -> Path:
    articles = folder / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(GOOD, encoding="utf-8")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    (articles / "latin1.txt").write_bytes("Caf\xe9 deal for Vela Labs".encode("latin-1"))
    (articles / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (articles / "feed.jsonl").write_text(
        json.dumps({"id": "a1", "text": GOOD.replace("Vela Labs", "Orion AI")}) + "\n{not json\n",
        encoding="utf-8",
    )
    return articles


def test_bad_inputs_are_named_and_good_ones_kept(tmp_path):
    articles = make_inputs(tmp_path)
    result = kg(
        "ingest",
        str(articles),
        str(tmp_path / "missing.txt"),
        "--store",
        str(tmp_path / "store"),
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    for name in ("empty.txt", "latin1.txt", "binary.txt", "feed.jsonl", "missing.txt"):
        assert any(name in line for line in skipped), (name, result.stderr)
    assert len(skipped) == 5
    stats = kg("stats", "--store", str(tmp_path / "store"), "--format", "json", cwd=tmp_path)
    counts = {row["what"]: row["count"] for row in json.loads(stats.stdout)}
    assert counts["articles"] == 2  # good.txt and the good jsonl record


def test_second_ingest_changes_nothing(tmp_path):
    articles = tmp_path / "a"
    articles.mkdir()
    (articles / "good.txt").write_text(GOOD, encoding="utf-8")
    store = str(tmp_path / "store")
    first = kg("ingest", str(articles), "--store", store, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = kg("stats", "--store", store, "--format", "json", cwd=tmp_path).stdout
    second = kg("ingest", str(articles), "--store", store, cwd=tmp_path)
    assert second.returncode == 0
    assert "1 already stored" in second.stderr
    assert kg("stats", "--store", store, "--format", "json", cwd=tmp_path).stdout == before


def test_extract_jsonl_contract(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = kg("extract", str(tmp_path / "good.txt"), "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "the extractor found nothing in a plain supply sentence"
    for record in records:
        assert {
            "subject",
            "predicate",
            "object",
            "status",
            "confidence",
            "source",
            "sentence",
        } <= set(record)
        assert 0.0 <= record["confidence"] <= 1.0
    assert any(
        (r["subject"], r["predicate"], r["object"])
        == ("Helio Compute", "rents-capacity-to", "Vela Labs")
        for r in records
    )


def test_missing_store_is_one_line_and_exit_1(tmp_path):
    result = kg("stats", "--store", str(tmp_path / "none"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "kg ingest" in result.stderr
