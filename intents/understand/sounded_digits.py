"""A digit typed for the word it sounds like ("where 2 watch", "how 2 stream"): read as that word only between
words that show it, since a digit anywhere else is a season, a number in a title or a count."""

from __future__ import annotations

# The digit and the word it stands for.
SOUNDED_DIGITS: dict[str, str] = {"2": "to"}
# Words a sounded "to" follows ("where to", "how to", "want to") and the verbs it goes before.
_BEFORE = frozenset("where how want wanna need going got able have has way".split())
_AFTER = frozenset("watch stream see find know get catch start expect".split())


def digits_as_words(words: list[str]) -> list[str]:
    """The words with each sounded digit spelt out: "hs3 where 2 watch" -> "hs3 where to watch"."""
    if not SOUNDED_DIGITS.keys() & set(words):
        return words
    out = list(words)
    for at in range(1, len(words) - 1):
        sounded = SOUNDED_DIGITS.get(words[at])
        if sounded is not None and words[at - 1] in _BEFORE and words[at + 1] in _AFTER:
            out[at] = sounded
    return out
