"""Batch input: bytes in, one decoded question per line out, whatever the bytes are."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO


def decode_line(raw: bytes) -> str:
    """One line's bytes as text: the line ending (LF or CRLF) dropped, invalid UTF-8 replaced by U+FFFD."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw.decode("utf-8", errors="replace")


def decoded_lines(stream: BinaryIO | Iterable[bytes]) -> Iterator[str]:
    """Yield the lines of a binary stream (file or standard input alike), decoded by decode_line.

    Only LF ends a line, so a bare CR inside a line never splits it: answers stay one per input line.
    Reading bytes (not text) means neither a bad byte nor the locale's encoding can stop the batch.
    """
    for raw in stream:  # iterating a binary stream splits on b"\n" only
        yield decode_line(raw)


def clean_argument(text: str) -> str:
    """A command-line argument with undecodable bytes (surrogate escapes) replaced, so it can be printed."""
    return text.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")
