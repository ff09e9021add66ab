"""A digit typed for the word it sounds like ("where 2 watch", "nominated 4 a bafta"): read as that word only
between words that show it, since a digit anywhere else is a season, a number in a title or a count."""

from __future__ import annotations

from typing import NamedTuple


class SoundedDigit(NamedTuple):
    """The word a digit stands for, the words it follows and the words it goes before."""

    word: str
    after: frozenset[str]
    before: frozenset[str]


SOUNDED_DIGITS: dict[str, SoundedDigit] = {
    # "where to", "how to", "want to", before the verb they go with.
    "2": SoundedDigit(
        "to",
        frozenset("where how want wanna need going got able have has way".split()),
        frozenset("watch stream see find know get catch start expect".split()),
    ),
    # "nominated for a", "up for the": a count is never followed by an article ("nominated 4 emmys" is one).
    "4": SoundedDigit(
        "for",
        frozenset("nominated nommed up renewed won win cast known famous waiting".split()),
        frozenset("a an the any".split()),
    ),
}


def digits_as_words(words: list[str]) -> list[str]:
    """The words with each sounded digit spelt out: "hs3 where 2 watch" -> "hs3 where to watch"."""
    if not SOUNDED_DIGITS.keys() & set(words):
        return words
    out = list(words)
    for at in range(1, len(words) - 1):
        sounded = SOUNDED_DIGITS.get(words[at])
        if sounded is not None and words[at - 1] in sounded.after and words[at + 1] in sounded.before:
            out[at] = sounded.word
    return out
