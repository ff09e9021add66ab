"""How a word sounds, as a key: "kit conner" and "kit connor", "shogoon" and "shogun", "wander vision" and
"wandavision" share one. Fans spell names by ear (and voice dictation writes what it heard), so two spellings
that sound alike are one name more often than two spellings one keystroke apart.

A small English key in the spirit of Metaphone: letter groups that sound alike are written one way ("ph" ->
"f", a soft "c" -> "s", "ck" -> "k"), vowels after the first letter are dropped, an "r" after a vowel is
dropped as non-rhotic speakers (and dictation) drop it ("wander" / "wanda"), and doubled sounds are written
once. Names only: the key is compared between a typed run and the names news wrote about, never used to
correct ordinary words.
"""

from __future__ import annotations

import functools
import re

_VOWELS = frozenset("aeiouy")
# Letter groups that sound alike, rewritten in this order (longest first where they overlap).
_GROUPS = (
    ("z", "s"),
    ("tch", "ch"),
    ("sch", "sk"),
    ("ph", "f"),
    ("ck", "k"),
    ("gh", "g"),
    ("wh", "w"),
    ("qu", "kw"),
    ("th", "t"),
    ("sh", "x"),
    ("ch", "x"),
    ("dg", "j"),
    ("x", "ks"),
    ("q", "k"),
    ("d", "t"),
)
_SOFT_C = re.compile(r"c(?=[eiy])")


@functools.lru_cache(maxsize=4096)
def sound_key(text: str) -> str:
    """The sound key of a folded word or run of words (spaces ignored: "show gun" sounds like "shogun")."""
    word = "".join(ch for ch in text if ch.isalpha())
    if not word:
        return ""
    word = _SOFT_C.sub("s", word)
    for group, same in _GROUPS:
        word = word.replace(group, same)
    word = word.replace("c", "k")
    first = "a" if word[0] in _VOWELS else word[0]
    key = [first]
    for at in range(1, len(word)):
        ch = word[at]
        if ch in _VOWELS or ch in "hw":
            continue
        if ch == "r" and word[at - 1] in _VOWELS and (at + 1 == len(word) or word[at + 1] not in _VOWELS):
            continue  # "wander" / "wanda", "conner" / "connor": an r after a vowel is not heard
        if key[-1] != ch:
            key.append(ch)
    return "".join(key)
