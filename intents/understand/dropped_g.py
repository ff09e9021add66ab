"""A verb's "-ing" typed without its g ("is he doin marvel stuff", "who's he playin", "ppl keep sayin"):
spelt whole, so the question's verb reads as the verb it is. Only the verbs fans ask about shows and people
with: "robin", "satin" or "justin" end in "in" too and keep it."""

from __future__ import annotations

# The verbs whose "-in" form is read as "-ing" (the bare verb, as a question says it).
_VERBS = frozenset(
    """do say come go play try be get make watch start write direct film shoot stream drop release talk
    think look hope wait work act star appear voice produce create run lead leave return join cast premiere
    air""".split()
)
_MIN_LETTERS = 4  # "doin": shorter words ending in "in" ("kin", "pin") are words of their own


def g_restored(token: str, vocabulary: frozenset[str]) -> str:
    """The word with the g of its "-ing" put back when it is one of the verbs fans drop it from ("doin" ->
    "doing", "writin" -> "writing", "gettin" -> "getting"); other words as they are."""
    if len(token) < _MIN_LETTERS or not token.endswith("in"):
        return token
    whole = f"{token}g"
    if whole in vocabulary:
        return whole
    stem = token[:-2]
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "gettin": get
    return whole if {stem, f"{stem}e", undoubled} & _VERBS else token
