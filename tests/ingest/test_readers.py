"""Every reader, every kind of bad input, on files written here for the test."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

import ingest.readers as readers
from ingest.models import Document
from ingest.readers import ReadReport, iter_documents, read_bytes, read_documents
from ontology.errors import InputError


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only_document(path: Path) -> Document:
    report = read_documents([path])
    assert report.errors == []
    assert len(report.documents) == 1
    return report.documents[0]


def only_error(path: Path | str) -> InputError:
    report = read_documents([path])
    assert report.documents == []
    assert len(report.errors) == 1
    return report.errors[0]


# --- plain text -------------------------------------------------------------------------

PLAIN = """Quartz Labs leases a second cluster from Northwind Cloud

March 3, 2025 | Infrastructure

Quartz Labs will rent 20,000 accelerators from Northwind Cloud, the companies said.

Northwind Cloud is owned by Meridian Holdings.
"""


def test_text_title_date_and_body(tmp_path: Path) -> None:
    doc = only_document(write(tmp_path / "a.txt", PLAIN))
    assert doc.source == str(tmp_path / "a.txt")
    assert doc.title == "Quartz Labs leases a second cluster from Northwind Cloud"
    assert doc.published == date(2025, 3, 3)
    assert doc.text.startswith("Quartz Labs leases a second cluster")
    assert "owned by Meridian Holdings." in doc.text


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("2025-01-22", date(2025, 1, 22)),
        ("20 November 2025", date(2025, 11, 20)),
        ("[Podcast notes. Recorded November 13, 2025. Lightly edited.]", date(2025, 11, 13)),
        ("Published Sept. 9, 2025 - 3 min read", date(2025, 9, 9)),
        ("By our staff", None),
    ],
)
def test_text_datelines(tmp_path: Path, dateline: str, expected: date | None) -> None:
    text = f"A headline about a lab\n\n{dateline}\n\nThe lab signed a deal.\n"
    assert only_document(write(tmp_path / "d.txt", text)).published == expected


def test_text_wire_dateline_inside_first_paragraph(tmp_path: Path) -> None:
    body = (
        "Two labs sign a pact\n\nOSLO - June 2, 2025 - Fjord AI and Tern Labs today said that "
        + "they will share a training cluster in Norway for three years, " * 5
    )
    assert only_document(write(tmp_path / "w.txt", body)).published == date(2025, 6, 2)


def test_text_dates_in_paragraphs_are_not_the_publication_date(tmp_path: Path) -> None:
    long_line = "The deal, first agreed on May 4, 2021, was extended many times. " * 5
    doc = only_document(write(tmp_path / "p.txt", f"A headline\n\n{long_line}\n"))
    assert doc.published is None


def test_text_drops_navigation_and_keeps_article(tmp_path: Path) -> None:
    scraped = """Skip to main content
Menu
Home | World | Business | Tech | Opinion
Sign in   Subscribe

TECHNOLOGY
Pelican AI buys a chip start-up
Published 4 May 2025 - 2 min read
Share   Post   Email   Copy link

Pelican AI has agreed to buy Sandpiper Silicon for $400 million.

Advertisement

Read more: Another story about something else entirely

Sandpiper will keep its brand.

Related
- Some other headline about Heron Compute
- A second related link

Comments (3)
Back to top
"""
    doc = only_document(write(tmp_path / "nav.txt", scraped))
    assert doc.title == "Pelican AI buys a chip start-up"
    assert doc.text.split("\n")[0] == "Pelican AI buys a chip start-up"
    assert doc.published == date(2025, 5, 4)
    assert "Pelican AI has agreed to buy Sandpiper Silicon" in doc.text
    assert "Sandpiper will keep its brand." in doc.text
    for noise in ("Skip to main", "Home |", "Advertisement", "Read more", "Heron", "Comments"):
        assert noise not in doc.text
    assert "TECHNOLOGY" not in doc.text


def test_text_keeps_uppercase_section_headings_in_the_body(tmp_path: Path) -> None:
    text = "Results roundup\n\nMay 1, 2025\n\nCUSTOMERS\n\nOsprey rents chips to Kite.\n"
    doc = only_document(write(tmp_path / "s.txt", text))
    assert "CUSTOMERS\n" in doc.text


# --- markdown ---------------------------------------------------------------------------


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    md = """---
title: "Heron Compute rebrands as Heronix"
date: 2025-07-01
url: https://example.org/heronix
---

# A heading the front matter overrides

Heron Compute will be called **Heronix** from today, [the company](https://example.org) said.

- It keeps its *data centres*.
- It keeps its `customers`.
"""
    doc = only_document(write(tmp_path / "r.md", md))
    assert doc.title == "Heron Compute rebrands as Heronix"
    assert doc.published == date(2025, 7, 1)
    assert doc.url == "https://example.org/heronix"
    assert doc.text.startswith("Heron Compute rebrands as Heronix\n")
    assert "will be called Heronix from today, the company said." in doc.text
    assert "It keeps its data centres." in doc.text
    for markup in ("**", "](", "`", "---", "title:"):
        assert markup not in doc.text


def test_markdown_title_from_first_heading_and_dateline(tmp_path: Path) -> None:
    md = "Intro line\n\n## Kite Labs joins forces with Osprey\n\n12 August 2025\n\nThey agree.\n"
    doc = only_document(write(tmp_path / "h.md", md))
    assert doc.title == "Kite Labs joins forces with Osprey"
    assert doc.published == date(2025, 8, 12)


def test_markdown_bad_front_matter_date(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "bad.md", "---\ndate: someday\n---\n# T\n\nText.\n"))
    assert "front matter date 'someday' is not a date" in str(error)
    assert str(error).startswith(str(tmp_path / "bad.md"))


# --- html -------------------------------------------------------------------------------

BODY = [
    "Quartz Labs said on Monday that it will rent every GPU in the Ridgeview data centre, "
    "which is owned by Northwind Cloud, under a five-year contract worth $6 billion.",
    "Northwind Cloud, a unit of Meridian Holdings, builds and runs data centres in Texas, "
    "Ohio and Oregon and counts three other model developers among its customers.",
    "The contract is the largest Quartz Labs has signed, and it comes a month after the "
    "start-up raised new funds from a group of pension investors led by Harbor Pension.",
    "Quartz Labs competes with Kestrel AI, which is backed by Meridian Holdings itself.",
    "Neither company would say how many accelerators the Ridgeview site holds today.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Quartz Labs rents Ridgeview | The Ledger</title>
<meta property="og:title" content="Quartz Labs rents all of Ridgeview">
<meta property="article:published_time" content="2025-06-09T07:30:00Z">
<link rel="canonical" href="https://ledger.example/2025/06/quartz-ridgeview">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Tech</a></li>
<li><a href="/markets">Markets</a></li></ul></nav></header>
<main><article>
<p class="kicker">Cloud</p>
<h1>Quartz Labs rents all of Ridgeview from Northwind Cloud</h1>
<p class="standfirst">The five-year deal is the start-up's largest so far</p>
<p class="byline">By a staff writer · June 9, 2025</p>
PARAGRAPHS
<div class="share-tools">Share · Post · Email</div>
</article>
<aside class="sidebar"><h2>Trending</h2><ul>
<li><a href="/a">Osprey Systems buys Falcon Chips in surprise deal</a></li>
<li><a href="/b">Plover AI denies talks with Heron Compute</a></li>
<li><a href="/c">Why data-centre rents are rising in Ohio</a></li></ul>
<div class="ad-slot">Advertisement</div></aside>
</main>
<footer><p>About us · Contact · Privacy</p><p>© 2025 The Ledger. All rights reserved.</p>
</footer></body></html>
"""


def page(paragraphs: list[str] = BODY) -> str:
    return PAGE.replace("PARAGRAPHS", "\n".join(f"<p>{p}</p>" for p in paragraphs))


@pytest.mark.parametrize("name", ["p.html", "p.htm"])
def test_html_main_text_only(tmp_path: Path, name: str) -> None:
    doc = only_document(write(tmp_path / name, page()))
    lines = doc.text.split("\n")
    assert lines[0] == "Quartz Labs rents all of Ridgeview from Northwind Cloud"
    assert doc.title == lines[0]
    assert "The five-year deal is the start-up's largest so far" in lines[:3]
    for paragraph in BODY:
        assert paragraph in doc.text
    for noise in ("Osprey", "Plover", "Trending", "Advertisement", "Privacy", "Home", "Share"):
        assert noise not in doc.text
    assert doc.published == date(2025, 6, 9)
    assert doc.url == "https://ledger.example/2025/06/quartz-ridgeview"


def test_html_falls_back_to_the_article_when_a_paragraph_is_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # trafilatura's precision mode sometimes leaves out a short paragraph: simulate that
    partial = SimpleNamespace(text="\n".join(BODY[:2] + BODY[3:]), title=None, date=None, url=None)
    monkeypatch.setattr("ingest.readers._html.trafilatura.bare_extraction", lambda *a, **k: partial)
    doc = only_document(write(tmp_path / "p.html", page()))
    for paragraph in BODY:
        assert paragraph in doc.text
    assert doc.text.index(BODY[2]) < doc.text.index(BODY[3])  # document order
    for noise in ("Osprey", "Plover", "Advertisement", "Privacy", "Share", "By a staff writer"):
        assert noise not in doc.text


def test_html_when_trafilatura_finds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ingest.readers._html.trafilatura.bare_extraction", lambda *a, **k: None)
    doc = only_document(write(tmp_path / "p.html", page()))
    assert doc.text.split("\n")[0] == "Quartz Labs rents all of Ridgeview from Northwind Cloud"
    assert all(paragraph in doc.text for paragraph in BODY)
    assert "Plover" not in doc.text
    assert doc.published == date(2025, 6, 9)


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    html = page().replace('charset="utf-8"', 'charset="windows-1252"').replace("·", "-")
    html = html.replace("Harbor Pension", "Caf\u00e9 Pension")
    doc = only_document(write(tmp_path / "l.html", html.encode("cp1252")))
    assert "Caf\u00e9 Pension" in doc.text


def test_html_without_article_text(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "e.html", "<html><body><nav>Home</nav></body></html>"))
    assert "no article text" in str(error)


# --- json lines -------------------------------------------------------------------------


def test_jsonl_records_and_broken_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "q1", "title": "Kite rents from Osprey", "text": "Kite rents chips.",
                    "url": "https://x.example/1", "published": "2025-02-03"}),
        "{not json",
        json.dumps({"text": "Osprey owns 12% of Kite.", "published": "4 March 2025"}),
        "",
        json.dumps({"id": 7, "title": "No text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "A dated claim.", "published": "last week"}),
    ]  # fmt: skip
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    results = list(iter_documents([path]))
    docs = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [d.source for d in docs] == [f"{path}#q1", f"{path}#3"]
    assert docs[0].title == "Kite rents from Osprey"
    assert docs[0].text == "Kite rents from Osprey\nKite rents chips."
    assert docs[0].url == "https://x.example/1"
    assert docs[0].published == date(2025, 2, 3)
    assert docs[1].published == date(2025, 3, 4)
    assert [str(e).split(": ")[1] for e in errors] == ["line 2", "line 5", "line 6", "line 7"]
    assert all(e.source == str(path) for e in errors)
    assert "not valid JSON" in str(errors[0])
    assert "no 'text'" in str(errors[1])
    assert "JSON object is expected" in str(errors[2])
    assert "'published' is not a date" in str(errors[3])


# --- feeds ------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<item><title>Plover AI takes a stake in Tern Labs</title>
<link>https://wire.example/plover-tern</link><guid>wire-101</guid>
<pubDate>Tue, 14 Oct 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Plover AI bought &lt;b&gt;15%&lt;/b&gt; of Tern Labs.&lt;/p&gt;
&lt;p&gt;Tern keeps its board.&lt;/p&gt;</description>
</item>
<item><title>Empty entry</title><link>https://wire.example/empty</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><id>urn:notes</id>
<updated>2025-10-01T00:00:00Z</updated>
<entry><title>Heron Compute denies sale talks</title><id>urn:notes:1</id>
<link href="https://notes.example/heron"/><published>2025-09-30T12:00:00Z</published>
<updated>2025-09-30T12:00:00Z</updated>
<content type="html">&lt;p&gt;Heron Compute said it is not for sale.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_entries(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.rss", RSS)
    results = list(iter_documents([path]))
    doc, error = results
    assert isinstance(doc, Document)
    assert doc.source == f"{path}#wire-101"
    assert doc.title == "Plover AI takes a stake in Tern Labs"
    assert (
        doc.text == "Plover AI takes a stake in Tern Labs\nPlover AI bought 15% of Tern Labs.\n"
        "Tern keeps its board."
    )
    assert doc.url == "https://wire.example/plover-tern"
    assert doc.published == date(2025, 10, 14)
    assert isinstance(error, InputError)
    assert error.source == f"{path}#https://wire.example/empty"


@pytest.mark.parametrize("name", ["notes.atom", "notes.xml"])
def test_atom_entries(tmp_path: Path, name: str) -> None:
    doc = only_document(write(tmp_path / name, ATOM))
    assert doc.source == f"{tmp_path / name}#urn:notes:1"
    assert doc.text == "Heron Compute denies sale talks\nHeron Compute said it is not for sale."
    assert doc.published == date(2025, 9, 30)


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    error = only_error(write(tmp_path / "data.xml", "<?xml version='1.0'?><catalog/>"))
    assert "not an RSS or Atom feed" in str(error)


# --- folders and stdin ------------------------------------------------------------------


def test_folder_recursive_sorted_known_only(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second headline\n\nText two.\n")
    write(tmp_path / "a" / "z.md", "# First headline\n\nText one.\n")
    write(tmp_path / "c.pdf.bak", "ignored")
    write(tmp_path / "notes.csv", "ignored,too")
    write(tmp_path / ".hidden.txt", "Hidden\n\nNot read.\n")
    write(tmp_path / ".cache" / "x.txt", "Cached\n\nNot read.\n")
    report = read_documents([tmp_path])
    assert report.errors == []
    assert [d.title for d in report.documents] == ["First headline", "Second headline"]


def test_empty_folder(tmp_path: Path) -> None:
    write(tmp_path / "readme.csv", "nothing")
    assert "holds no article files" in str(only_error(tmp_path))


@pytest.mark.parametrize(
    ("stream", "title"),
    [
        (io.BytesIO(b"Stdin headline\n\nMay 5, 2025\n\nKite rents chips.\n"), "Stdin headline"),
        (io.StringIO("Text stream headline\n\nBody.\n"), "Text stream headline"),
        (io.BytesIO(page().encode()), "Quartz Labs rents all of Ridgeview from Northwind Cloud"),
    ],
)
def test_stdin(stream: io.IOBase, title: str) -> None:
    report = read_documents(["-"], stdin=stream)  # type: ignore[arg-type]
    assert report.errors == []
    [doc] = report.documents
    assert doc.source == "<stdin>"
    assert doc.title == title


def test_stdin_not_utf8() -> None:
    [error] = read_documents(["-"], stdin=io.BytesIO(b"Title\n\xff")).errors
    assert str(error).startswith("<stdin>: not UTF-8 text (invalid byte 0xff at offset 6)")


def test_stdin_jsonl_is_sniffed() -> None:
    stream = io.BytesIO(b'{"id": "s1", "text": "Kite rents chips."}\n')
    [doc] = read_documents(["-"], stdin=stream).documents
    assert doc.source == "<stdin>#s1"


# --- bad input --------------------------------------------------------------------------


def test_not_utf8_names_byte_and_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", b"Headline here\n\xffrest")
    assert str(only_error(path)) == (
        f"{path}: not UTF-8 text (invalid byte 0xff at offset 14); re-save it as UTF-8"
    )


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\n\t\n", "empty file"),
        ("nul.txt", b"Headline\x00\x01\x02", "binary file (NUL byte at offset 8)"),
        ("doc.html", b"%PDF-1.7 rest", "binary file (a PDF document)"),
        ("wide.txt", "Headline".encode("utf-16"), "UTF-16 text, not UTF-8"),
        ("only-menu.txt", b"Menu\nHome | World | Tech\nAdvertisement\n", "no article text left"),
        ("report.pdf", b"%PDF-1.7", "unknown file type '.pdf'; known types: .atom, .htm"),
        ("README", b"text", "no file extension; known types"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = write(tmp_path / name, content)
    error = only_error(path)
    assert error.source == str(path)
    assert problem in error.problem
    assert "\n" not in str(error)


def test_missing_path(tmp_path: Path) -> None:
    error = only_error(tmp_path / "nope.txt")
    assert str(error) == f"{tmp_path / 'nope.txt'}: no such file or folder; check the path"


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good1 = write(tmp_path / "1.txt", "One\n\nFirst text.\n")
    bad = write(tmp_path / "2.txt", b"\xfe\xfd")
    good2 = write(tmp_path / "3.txt", "Three\n\nThird text.\n")
    results = list(iter_documents([good1, bad, tmp_path / "missing.txt", good2]))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Document", "InputError", "InputError", "Document"]


def test_a_reader_bug_becomes_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes, source: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("ingest.readers._text.read", broken)
    [error] = list(read_bytes(b"Headline\n\nText.\n", "mem.txt", ".txt"))
    assert isinstance(error, InputError)
    assert "RuntimeError: boom" in str(error)


def test_read_report_type() -> None:
    assert read_documents([]) == ReadReport(documents=[], errors=[])


def test_public_names_match_all() -> None:
    public = {name for name in vars(readers) if not name.startswith("_")}
    public -= {"annotations", "importlib", "os", "sys", "Iterable", "Iterator", "dataclass",
               "field", "Path", "IO", "Protocol", "TypeAlias", "Document", "InputError",
               "check_bytes"}  # fmt: skip
    assert len(set(readers.__all__)) == len(readers.__all__)
    assert set(readers.__all__) == public
