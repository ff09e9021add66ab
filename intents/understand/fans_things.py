"""The fan telling of their own things before a question: "my cat walked on my keyboard", "my english is
not so good", "our wifi died all weekend". A clause that opens with "my"/"our" and goes on for a few words
says something of the fan's life, whatever its words, so the question after it is asked on its own."""

from __future__ import annotations

from intents.text import fold

_OWN = frozenset({"my", "our"})
_MIN_WORDS = (
    4  # "my cat walked on ...": "my sister loves it" is short talk too, but "my brilliant friend" a title
)


def of_the_fans_things(clause: str) -> bool:
    """Whether a clause opens with the fan's own thing and says something of it in four words or more."""
    words = fold(clause).split()
    return len(words) >= _MIN_WORDS and words[0] in _OWN
