"""Turn scraped article text into the sentences worth reading.

Scraped text carries more than the story: navigation words, bylines, datelines,
share buttons, "Related" lists, "About X" boilerplate, disclaimers. None of it
may produce a fact, so it is dropped here. Headline-like lines after the title
(section headers, list items, related headlines) are kept as *headers*: they
make their names salient for coreference but are not read for relations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

_ABBREVIATIONS = (
    "Inc",
    "Corp",
    "Ltd",
    "Co",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Jr",
    "Sr",
    "vs",
    "No",
    "Gov",
    "Sen",
    "Rep",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Calif",
    "Wash",
    "Mass",
    "Ariz",
    "Fla",
    "Ill",
    "approx",
    "est",
    "Bros",
)
_ABBREV_RE = re.compile(
    r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\.$|\b(?:[A-Z]\.){1,3}$|\be\.g\.$|\bi\.e\.$"
)
# _ABBREV_RE read backwards, matched at the start of the text's last letters reversed: one
# try at one place, where searching for "\b..." at the end tries every place of the tail
# (re cannot skip ahead to a "\b"). \b is the same between two characters either way round;
# a match is at most 7 characters, so the last 10 hold it and the character before it.
_ABBREV_REVERSED = re.compile(
    r"\.(?:"
    + "|".join(word[::-1] for word in _ABBREVIATIONS)
    + r")\b|(?:\.[A-Z]){1,3}\b|\.g\.e\b|\.e\.i\b"
)


def _ends_in_abbreviation(text: str) -> bool:
    """Whether ``text`` ends in an abbreviation's full stop ("Corp.", "U.S.", "e.g.")."""
    if text.endswith("\n"):  # "$" also matches before a last newline: the plain search
        return _ABBREV_RE.search(text, max(0, len(text) - 16)) is not None
    return _ABBREV_REVERSED.match(text[:-11:-1]) is not None


# A sentence may open with a name spelt in camel case ("xAI", "eBay") as well as a capital.
# The stop is matched, not looked behind at, so that re skips to stops; the split keeps
# it as a group and split_sentences puts it back on its sentence.
_SPLIT_RE = re.compile(
    r"([.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?(?:[A-Z0-9$]|[a-z]{1,3}[A-Z]))"
)

_NOISE_LINE = re.compile(
    r"^(?:back|menu|home|search|log ?in|sign ?in|sign ?up|subscribe|share|post|email|copy link|"
    r"print|comments?(?: \(\d+\))?|advertisement|sponsored|back to top|skip to (?:main )?content|"
    r"related(?: stories| articles| coverage)?|trending(?: now)?|most read|read more|"
    r"more from [^.!?:]{0,60}|"  # "More from Markets", not "More from the filing: X ..."
    r"recommended|see also|top stories|latest|newsletter|follow us.*|\[?subscribe\]?|"
    r"world|business|markets|tech|technology|deals|ipos|opinion|podcasts|newsletters)\W*$",
    re.I,
)
_TAIL_SECTION = re.compile(
    r"^(?:related(?: stories| articles| coverage| reading)?|trending(?: now)?|most read|"
    r"more from \w[^.!?:]{0,60}|"  # "More from Opinion", not "More from the filing: X ..."
    r"recommended(?: for you)?|you may also like|read next|top stories|comments(?: \(\d+\))?|"
    r"media contacts?:?.*|forward-looking statements?:?.*)\s*:?$",
    re.I,
)
_DROP_LINE = re.compile(
    r"^(?:by [A-Z][\w.' -]{1,60}(?:\u00b7.*)?|published .*|updated .*|\(c\).*|\u00a9.*|"
    r"copyright .*|"
    r"all rights reserved.*|read more:.*|sign up .*|enter your email.*|share\s+post.*|"
    r"this (?:article|story|release) (?:is|was) (?:provided|published|produced).*|"
    r"(?:the )?author (?:writes|is).*|views are (?:their|his|her|my) own.*|"
    r"not investment advice.*|prices are indicative.*|trademarks? .*belong.*|"
    r"forward-looking statements?:.*|media contacts?:.*|photo:.*|image:.*|"
    r"\[.*\]|[\w .,-]{0,30}\d{4}\s*[|\u00b7-]\s*[\w &-]{0,40})$",
    re.I,
)
# "Home | Markets | Tech": a line of two bars or more, tried only where there are two, as
# the pattern backtracks through the whole line looking for them
_PIPED_LINE = re.compile(r".*\|\s*.*\|.*$")
_NAV_WORDS = frozenset(
    [
        "home",
        "menu",
        "search",
        "sign",
        "in",
        "log",
        "out",
        "subscribe",
        "share",
        "post",
        "email",
        "copy",
        "link",
        "print",
        "back",
        "top",
        "markets",
        "technology",
        "tech",
        "deals",
        "opinion",
        "newsletters",
        "podcasts",
        "world",
        "business",
        "ipos",
        "video",
        "more",
        "register",
        "account",
    ]
)
_ABOUT = re.compile(r"^about [A-Z\w][\w.&' -]{0,60}$", re.I)
# "HALE:", "Q:", and a transcript's "JO ROE, CHIEF EXECUTIVE:" (a name, then a role)
_SPEAKER = re.compile(r"^(?:[A-Z][A-Z .'-]{1,30}(?:, [A-Z][A-Z .'&-]{1,40})?|Q|A):\s+")
_ASKER = re.compile(r"(?:Q|INTERVIEWER|QUESTION|HOST|MODERATOR)\s*:", re.I)
_BULLET = re.compile(r"^(?:[-*\u2022\u2013]\s+|\d{1,2}[.)]\s+(?=\S))")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .,'-]{2,60}(?:,\s*[A-Z][\w.]*\.?)*\s+[-\u2013\u2014]\s+)")
_WORD = re.compile(r"[a-z]+")
# What ends a sentence, read off the line's end: r"[.!?:\"'\u201d\u2019)]\s*$" tried at each
# stop of a paragraph (rstrip drops what \s matches, and "$" may follow a last newline)
_TERMINALS = tuple(".!?:\"'\u201d\u2019)")


_TOKEN_MARKS = str.maketrans({"\x00": " ", "\x01": " "})


@dataclass(frozen=True)
class Segment:
    """A sentence of the story, or a header line that is only context."""

    text: str
    header: bool = False
    # Under a speaker label other than the interviewer's ("HALE: We rent ..."): an
    # interview answer, where "we" is the organisation the interview is about.
    spoken: bool = False
    # Under the interviewer's label ("HOST: So X bought Y."): a statement put to the guest
    # to confirm or correct, which the answer may take back.
    asked: bool = False


def _terminal(line: str) -> bool:
    """Whether the line ends as a sentence does, trailing white space aside."""
    return line.rstrip().endswith(_TERMINALS)


def _is_headline(line: str) -> bool:
    # a list item that ends in ";" or "," continues a sentence: no headline does
    return not _terminal(line) and not line.endswith((";", ",")) and len(line.split()) <= 16


def _only_nav_words(line: str) -> bool:
    """True for a line of navigation words only; read word by word, since the first
    word of a paragraph usually settles it."""
    words = _WORD.finditer(line.lower())
    first = next(words, None)
    return first is not None and all(w.group() in _NAV_WORDS for w in chain([first], words))


def clean_lines(text: str) -> list[tuple[str, bool, bool, bool]]:
    """The article's lines as (text, is_header, is_answer, is_asked), with boilerplate removed."""
    lines = [ln.strip() for ln in text.splitlines()]
    kept: list[tuple[str, bool, bool, bool]] = []
    skip_about = False
    in_body = False
    for line in lines:
        if not line:
            skip_about = False
            continue
        if skip_about:
            continue
        if _TAIL_SECTION.match(line):
            break
        if _ABOUT.match(line) and not _terminal(line):
            skip_about = True
            continue
        if (
            _NOISE_LINE.match(line)
            or _DROP_LINE.match(line)
            or (line.count("|") >= 2 and _PIPED_LINE.match(line))
        ):
            continue
        if _only_nav_words(line):
            continue
        if line.startswith(("Editor's note", "Disclaimer", "Note:")):
            line = line.split(":", 1)[-1].strip() if ":" in line[:40] else line
        label = _SPEAKER.match(line)
        asked = label is not None and _ASKER.match(label.group()) is not None
        spoken = label is not None and not asked
        if label is not None:
            line = line[label.end() :]
        line = _BULLET.sub("", line)
        line = _DATELINE.sub("", line)
        header = _is_headline(line) and "\u2192" not in line
        if not in_body and header and len(line.split()) >= 5:
            header = False  # title and subtitle state facts too
        elif not header and not _is_headline(line):
            in_body = True
        kept.append((line, header, spoken, asked))
    return kept


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, keeping abbreviations such as "Corp." whole."""
    pieces = _SPLIT_RE.split(paragraph)  # text, stop, text, stop, ..., text
    parts = [pieces[i] + pieces[i + 1] for i in range(0, len(pieces) - 1, 2)]
    parts.append(pieces[-1])
    sentences: list[str] = []
    for part in parts:
        # an abbreviation ends the text (8 characters at most): look only at the tail
        if (
            sentences
            and _ends_in_abbreviation(sentences[-1])
            # "No. 3" abbreviates a number; "No. We rent ..." answers a question
            and not (sentences[-1].endswith("No.") and not part[:1].isdigit())
        ):
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return [s.strip() for s in sentences if s.strip()]


# "SEATTLE--(BUSINESS WIRE)--Cascade ...": a press-wire dateline glued to the first name
_WIRE_DATELINE = re.compile(r"^([A-Z][A-Z.' ]+(?:, [A-Z][a-z]+\.? \d{1,2})?--\([^()]{1,30}\))--")


def segments(text: str) -> list[Segment]:
    """The article as sentences and header lines, in reading order."""
    result: list[Segment] = []
    text = text.translate(_TOKEN_MARKS)  # the extractor's own token marks never come from text
    for line, header, spoken, asked in clean_lines(text):
        if header:
            result.append(Segment(line, header=True))
            continue
        if "--" in line:
            line = _WIRE_DATELINE.sub(r"\1 - ", line)
        if "Q: " in line or "A: " in line:
            result.extend(_exchange(split_sentences(line), spoken, asked))
            continue
        result.extend(
            Segment(sentence, spoken=spoken, asked=asked) for sentence in split_sentences(line)
        )
    return result


def _exchange(sentences: list[str], spoken: bool, asked: bool) -> list[Segment]:
    """ "Q: Who runs X's GPUs? A: Mostly Y.": labels inside one line, as at a line's start.

    The answer's sentences, up to the next question, are spoken: their "we" is the
    organisation the interview is about.
    """
    out: list[Segment] = []
    for sentence in sentences:
        if sentence.startswith(("Q: ", "A: ")):
            spoken = sentence[0] == "A"
            asked = not spoken
            sentence = sentence[3:].lstrip()
        out.append(Segment(sentence, spoken=spoken, asked=asked))
    return out
