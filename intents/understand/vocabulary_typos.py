"""Words the intents read, typed with a slip: "directng", "nominatd", "premeired". The intents' own
vocabulary (every word of their example phrasings and cues, built with them) is the dictionary, so a word a
new intent reads is spelt right too, with no list to keep. Names are never touched: a token one edit from a
word of a known name is that name misspelt, and everyday words are words of their own."""

from __future__ import annotations

import functools

from rapidfuzz.distance import OSA

from intents.ordinary_words import everyday
from intents.spelling_edits import edits1
from intents.text import STOPWORDS
from intents.title_words import POINTING_HEADS

_MIN_LETTERS = (
    6  # shorter slips are too close to other words ("plays"/"plans"): normalize's own list reads them
)


@functools.lru_cache(maxsize=8)
def _long_words(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The vocabulary's long words by first letter (slot markers left out)."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(vocabulary):
        if len(word) >= _MIN_LETTERS - 1 and word.isalpha() and not (word[0] == "x" and word[-1] == "x"):
            by_letter.setdefault(word[0], []).append(word)
    return {letter: tuple(words) for letter, words in by_letter.items()}


def warm_vocabulary_typos(vocabulary: frozenset[str]) -> None:
    """Build the long-word table of this vocabulary now (a warm-up), not on the first long unknown word."""
    _long_words(vocabulary)


def spelt_from_vocabulary(token: str, vocabulary: frozenset[str], name_words: frozenset[str]) -> str:
    """The intents' word a long token is one slip from ("directng" -> "directing"), else the token."""
    if (
        len(token) < _MIN_LETTERS
        or not token.isalpha()
        or token in vocabulary
        or token in STOPWORDS
        or token in name_words
        or token in POINTING_HEADS  # words of a show's parts ("finale", "teaser") are words of their own
        or everyday(token)
    ):
        return token
    # A slip drops, swaps or changes a letter: a word shorter than the token ("finale" -> "final") is
    # another word, not its spelling.
    near = [
        w
        for w in _long_words(vocabulary).get(token[0], ())
        if len(w) >= len(token) and OSA.distance(token, w) == 1
    ]
    if len(near) != 1 or not name_words.isdisjoint(edits1(token)):
        return token
    return near[0]
