"""Two subjects joined by "&" or "+" before the fact asked of both: "kc & jl chars in hs", "hs + agatha
premiere dates", "jl & kc roles?". The message is cut at the symbol into a bare name and a question; the
name takes the same fact as the subject after the symbol ("kc chars in hs", "jl chars in hs")."""

from __future__ import annotations

from collections.abc import Callable

from intents.text import fold
from intents.title_words import FACT_WORDS
from intents.understand.fanwords import FAN_WORDS
from intents.understand.question_openers import QUESTION_START

_MAX_NAME_WORDS = 3  # "agatha all along": the longest subject read before a shared fact
# What is asked of people as well as of shows: their parts.
_ASKED_OF_BOTH = FACT_WORDS | frozenset("character characters role roles plays play part parts".split())


def _fact_words(words: list[str]) -> bool:
    said = [w for word in words for w in FAN_WORDS.get(word, FAN_WORDS.get(word[:-1], (word,)))]
    return not _ASKED_OF_BOTH.isdisjoint(said) or not _ASKED_OF_BOTH.isdisjoint(w[:-1] for w in said)


def _bare_name(words: list[str]) -> bool:
    """A subject alone: a few words, none asking, none a fact, no season or number."""
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not _fact_words(words)
        and not any(w in QUESTION_START or any(c.isdigit() for c in w) for w in words)
    )


def _subject_length(words: list[str], is_name: Callable[[str], bool]) -> int:
    """How many of the words open with a known name or shorthand (the longest), 0 for none."""
    known = [n for n in range(_MAX_NAME_WORDS, 0, -1) if n < len(words) and is_name(" ".join(words[:n]))]
    return known[0] if known else 0


def shared_fact(pieces: list[str], is_name: Callable[[str], bool]) -> list[str]:
    """ "kc", "jl chars in hs" -> "kc chars in hs", "jl chars in hs": a known name or shorthand alone
    before a question opening with another takes that question's fact; other pieces as they are ("law",
    "order cast" name nobody known)."""
    out = list(pieces)
    for at in range(len(out) - 1):
        left, right = fold(out[at]).split(), out[at + 1].split()
        if not _bare_name(left) or not is_name(" ".join(left)):
            continue
        n = _subject_length([fold(w) for w in right], is_name)
        rest = right[n:]
        if n and rest and _fact_words([fold(w) for w in rest]):
            out[at] = f"{out[at].strip()} {' '.join(rest)}"
    return out
