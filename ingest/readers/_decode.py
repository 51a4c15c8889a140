"""Turning a file's bytes into text, or into an InputError that says what is wrong.

Every reader goes through here so that a binary file, an empty file and text
that is not UTF-8 get the same one-line message whatever the extension.
"""

from __future__ import annotations

from ontology.errors import InputError

# Signatures of common binary files people save next to their articles by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)


def check_bytes(data: bytes, source: str) -> None:
    """Refuse data that cannot be an article, whatever its extension.

    Raises:
        InputError: the file is empty, blank, or binary.
    """
    if not data.strip():
        raise InputError(source, "empty file; it holds no text to read")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({kind}), not text; convert it to text first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "UTF-16 text, not UTF-8; re-save it as UTF-8")
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError(
            source, f"binary file (NUL byte at offset {nul}), not text; give a text file"
        )


def decode_utf8(data: bytes, source: str) -> str:
    """Decode UTF-8 (a byte-order mark is allowed) and normalise line ends.

    Raises:
        InputError: naming the first invalid byte and its offset.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start]
        raise InputError(
            source,
            f"not UTF-8 text (invalid byte 0x{bad:02x} at offset {exc.start}); re-save it as UTF-8",
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
