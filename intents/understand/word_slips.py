"""The words that frame a question typed with a slip ("how mnay days is taht", "days betwen them", "wiht
him"): misspelt, "many", "that" or "between" hide the question, and they are too short or too common for
the intents' own spelling reader (intents.understand.vocabulary_typos), which reads only the intents' words.

Only the two slips fans make most in such words are read: two letters swapped ("mnay", "taht"), and, in a long
word, one letter left out ("betwen"). The words are function words and the words of a count of time, never
content words: a swap of "brain" is a name ("Brian"), of "scared" a word ("sacred"). The word must be the
only one that slip reaches, and the token no word or name of its own (intents.typed_words checks that first).
"""

from __future__ import annotations

from intents.ordinary_words import FUNCTION_WORDS

_SHORTEST_SWAPPED = 4  # "mnay", "taht", "wiht": three letters swapped ("teh") are fans' words of their own
_SHORTEST_CUT = 6  # "betwen": shorter words lose a letter into another word
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# What a count of time is framed with: "how many days", "how long till", "weeks away".
_COUNTING = frozenset("many much long days weeks months years hours ago away till since".split())
# Swaps of those words that are words of their own, or contractions typed without the apostrophe ("itll").
_WORDS_OF_THEIR_OWN = frozenset("dose form itll".split())
_WORDS = frozenset(w for w in FUNCTION_WORDS | _COUNTING if w.isalpha() and len(w) >= _SHORTEST_SWAPPED)
# Each long word with one letter (not its first) left out -> the words it comes from: a token is looked up
# once, instead of trying every letter at every place in it.
_CUTS: dict[str, frozenset[str]] = {}
for _word in _WORDS:
    for _at in range(1, len(_word)):
        if len(_word) > _SHORTEST_CUT and _word[_at] in _LETTERS:
            _cut = _word[:_at] + _word[_at + 1 :]
            _CUTS[_cut] = _CUTS.get(_cut, frozenset()) | {_word}


def everyday_slip(token: str) -> str | None:
    """The function or counting word `token` is one slip from (two letters swapped, or one left out of a long
    word), or None when no single word is."""
    if len(token) < _SHORTEST_SWAPPED or not token.isalpha() or token in _WORDS_OF_THEIR_OWN:
        return None
    swapped = {token[:i] + token[i + 1] + token[i] + token[i + 2 :] for i in range(len(token) - 1)}
    found = (swapped - {token}) & _WORDS
    if not found and len(token) >= _SHORTEST_CUT:
        found = set(_CUTS.get(token, ()))
    return next(iter(found)) if len(found) == 1 else None
