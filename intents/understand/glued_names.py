"""A known name of several words typed as one ("agathaallalong", "joelocke"), spelt out with its spaces.

Only an exact fit counts: the token must split, in order and with nothing left over, into the words of a name
Marquee holds. A token that is close to one but not exactly it stays as typed, so an unknown title stays
unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from intents.ordinary_words import everyday
from intents.text import STOPWORDS

_MIN_GLUED = 7  # shorter tokens are ordinary words more often than names run together
_MAX_GLUED = 30
_MAX_WORDS = 4  # words of a name that may be run together
_WORD = re.compile(r"[A-Za-z]+")


def _splits(token: str, is_piece: Callable[[str], bool], left: int) -> Iterator[list[str]]:
    """Every way to cut `token` into at most `left` pieces, each a word a name may hold."""
    if is_piece(token):
        yield [token]
    if left <= 1:
        return
    for cut in range(1, len(token)):
        if is_piece(token[:cut]):
            for rest in _splits(token[cut:], is_piece, left - 1):
                yield [token[:cut], *rest]


def _unglued(token: str, is_name: Callable[[str], bool], is_piece: Callable[[str], bool]) -> str | None:
    """The known name of two or more words `token` is, run together, or None."""
    return next(
        (
            name
            for pieces in _splits(token, is_piece, _MAX_WORDS)
            if len(pieces) > 1 and is_name(name := " ".join(pieces))
        ),
        None,
    )


def spell_glued_names(
    text: str,
    is_name: Callable[[str], bool],
    name_words: frozenset[str],
    is_word: Callable[[str], bool] = lambda _: False,
) -> str:
    """The message with each known name typed as one word spelt out; other words as typed."""

    def is_piece(word: str) -> bool:
        return len(word) >= 2 and (word in name_words or word in STOPWORDS or is_word(word) or everyday(word))

    def spelt(match: re.Match[str]) -> str:
        typed = match.group(0)
        token = typed.lower()
        if (
            not _MIN_GLUED <= len(token) <= _MAX_GLUED
            or token in STOPWORDS
            or everyday(token)
            or is_word(token)
            or is_name(token)
        ):
            return typed
        return _unglued(token, is_name, is_piece) or typed

    return _WORD.sub(spelt, text)
