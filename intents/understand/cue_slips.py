"""Words the intents read, typed further off than one slip: "diirecttor", "eppisoddes", "dyrekted",
"creetad". The dictionary is the intents' own vocabulary (every word of their example phrasings and
cues), so a word a new intent reads is spelt right too, with no list of misspellings to keep.

The bound grows with the word: two edits (mostly letters doubled or dropped; two changed make another word,
"compared" / "composed") in a token of eight letters or more, where two slips still leave most of the word;
in one of seven, only a spelling that sounds like the word (intents.sound_keys: "creetad" / "created") and is
at most two edits off.
Shorter tokens that sound like a word are as often names ("abbott" / "about"): they are left alone.
The first letter is kept, and the token must point at one word (or at forms of one word: "directter" is
"director" or "directed", either reads as asking for the director). Names are never touched: a token that is
a name's word, or one slip from one, is that name misspelt; and an everyday word is a word of its own.
"""

from __future__ import annotations

import functools

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from intents.ordinary_words import everyday
from intents.sound_keys import sound_key
from intents.spelling_edits import edits1
from intents.text import STOPWORDS
from intents.title_words import POINTING_HEADS

MIN_LETTERS = 5
TWO_SLIPS = 8  # a token this long may be two edits from its word
# Two slips must mostly add or drop letters ("eppisoddes"): two letters changed make another word
# ("compared" / "composed").
LETTERS_KEPT = 85.0
BY_EAR_LETTERS = 7  # a shorter token sounding like a word is as often a name ("abbott" / "about")
BY_EAR_EDITS = 2  # a token that sounds like a word may be this many edits from it
SAME_WORD = 5  # candidates sharing this many first letters are forms of one word


@functools.lru_cache(maxsize=8)
def _by_letter(vocabulary: frozenset[str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The vocabulary's words of four letters or more, with their sound keys, by first letter."""
    table: dict[str, list[tuple[str, str]]] = {}
    for word in sorted(vocabulary):
        if len(word) >= MIN_LETTERS - 1 and word.isalpha() and not (word[0] == "x" and word[-1] == "x"):
            table.setdefault(word[0], []).append((word, sound_key(word)))
    return {letter: tuple(words) for letter, words in table.items()}


def warm_cue_slips(vocabulary: frozenset[str]) -> None:
    """Build the sound-key table of this vocabulary now (a warm-up), not on the first word read by ear."""
    _by_letter(vocabulary)


def spelt_by_ear(token: str, vocabulary: frozenset[str], name_words: frozenset[str]) -> str:
    """The intents' word `token` misspells by two slips or by ear, else the token."""
    if (
        len(token) < MIN_LETTERS
        or not token.isalpha()
        or token in vocabulary
        or token in STOPWORDS
        or token in name_words
        or token in POINTING_HEADS
        or everyday(token)
    ):
        return token
    sound = sound_key(token)
    near: list[tuple[int, float, str]] = []
    for word, word_sound in _by_letter(vocabulary).get(token[0], ()):
        if abs(len(word) - len(token)) > BY_EAR_EDITS:
            continue
        edits = OSA.distance(token, word, score_cutoff=BY_EAR_EDITS)
        if edits <= 1:
            return token  # one slip is normalize's own reading (it left this token as it was)
        by_ear = word_sound == sound and min(len(word), len(token)) >= BY_EAR_LETTERS
        if token.startswith(word) and set(token[len(word) :]) != {word[-1]}:
            continue  # "originally" is a form of "original", not a slip ("episodesss" is one)
        alike = fuzz.ratio(token, word)
        two_slips = edits <= 2 and min(len(token), len(word)) >= TWO_SLIPS and alike >= LETTERS_KEPT
        if two_slips or (by_ear and edits <= BY_EAR_EDITS):
            near.append((edits, alike, word))
    if not near or not name_words.isdisjoint(edits1(token)):
        return token
    near.sort(key=lambda item: (item[0], -item[1]))
    best = near[0]
    rivals = [
        word for edits, _, word in near[1:] if edits == best[0] and word[:SAME_WORD] != best[2][:SAME_WORD]
    ]
    return token if rivals else best[2]
