"""The fan's own other guess after a yes/no question: "is he in the marvel show or is that the other boy",
"is it on netflix or was that the other one". Answering the question answers the guess too, so the guess
is set aside; read as part of the question, "the other boy" would replace whom "he" means."""

from __future__ import annotations

_ASKED_AGAIN = frozenset({"is", "was", "isnt", "wasnt"})
_POINTED = frozenset({"that", "it", "he", "she", "this"})
_OPENS_YES_NO = frozenset("is was are were does did do has have will can".split())
_SHORTEST_QUESTION = 3  # "is he in": what is left must still ask


def without_other_guess(tokens: list[str]) -> list[str]:
    """The yes/no question without a trailing "or is that the other ..."; other questions unchanged."""
    first = next((i for i, t in enumerate(tokens) if t in _OPENS_YES_NO), None)
    if first is None:
        return tokens
    for at in range(first + _SHORTEST_QUESTION, len(tokens) - 3):
        guess = tokens[at : at + 4]
        if guess[0] == "or" and guess[1] in _ASKED_AGAIN and guess[2] in _POINTED and "other" in tokens[at:]:
            return tokens[:at]
    return tokens
