"""Reject input that is not an English news article before any extraction runs."""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO

from ingest.model import IngestError

# A long feature runs to ~60 KB of text; anything far larger is a dump or a wrong file, not an article.
MAX_BYTES = 256 * 1024

# Frequent English words that are rare in other languages written in Latin script.
_ENGLISH = frozenset(
    "the of and to is was for with will has have that this from by are were its his her their who which "
    "been after season series new also but not about be it".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def describe_size(size: int) -> str:
    """A byte count as people read it: "5.0 MB (5,242,880 bytes)"."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit} ({size:,} bytes)"
    return f"{size:,} bytes"


def too_large(size: int) -> IngestError:
    """The refusal for an input of `size` bytes, over MAX_BYTES."""
    return IngestError(f"the file is {describe_size(size)}; an article is at most {describe_size(MAX_BYTES)}")


def read_article_bytes(stream: BinaryIO) -> bytes:
    """Read a whole stream, refusing it once it passes MAX_BYTES, with its true size (read to the end in
    chunks, so a huge input is measured without being held in memory)."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) <= MAX_BYTES:
        return data
    size = len(data)
    while chunk := stream.read(1 << 20):
        size += len(chunk)
    raise too_large(size)


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_article(data: bytes) -> str:
    """Decode a file's bytes as article text, or raise IngestError saying why it is not one."""
    if len(data) > MAX_BYTES:
        raise too_large(len(data))
    if data.startswith(_UTF16_BOMS):
        # Windows editors save "Unicode" text as UTF-16: its NUL bytes are letters' high halves, not binary.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(
                "the file starts like UTF-16 text but doesn't decode; save it as UTF-8"
            ) from exc
        check_text(text)
        return text
    if b"\x00" in data:
        raise IngestError("the file looks binary (it contains NUL bytes), not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older sites still serve Windows-1252; its decode never fails, so the checks below decide.
        text = data.decode("cp1252", errors="replace")
    check_text(text)
    return text


def check_text(text: str) -> None:
    """Raise IngestError if `text` is empty, binary-looking, too large or not English."""
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise IngestError(f"the text is larger than {MAX_BYTES:,} bytes; an article is far smaller")
    stripped = text.strip()
    if not stripped:
        raise IngestError("the article is empty")
    controls = sum(1 for ch in stripped if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    if controls > max(2, len(stripped) // 100):
        raise IngestError("the text looks binary (many control or undecodable characters), not an article")
    words = _WORD.findall(stripped)
    if not words:
        raise IngestError("the text has no words")
    letters = "".join(words)
    latin = sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u024f")
    if latin < 0.8 * len(letters):
        raise IngestError(
            "the article does not look English (mostly non-Latin script); only English is supported"
        )
    english = sum(1 for w in words if w.lower() in _ENGLISH)
    if len(words) >= 12 and english < 0.06 * len(words):
        raise IngestError("the article does not look English; only English articles are supported")
