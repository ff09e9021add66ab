"""Words fans clip, spelt whole before the question is read: a verb's "-ing" typed without its g ("is he
doin marvel stuff", "who's he playin", "ppl keep sayin"), only for the verbs fans ask about shows and people
with ("robin", "satin" or "justin" end in "in" too and keep it), and "til" for until ("days til agatha",
never a title's first word, never a capitalised "Til", a first name). Spelt on the message's text, as
question words are (intents.typed_words), so the relation model's training reads its examples as before."""

from __future__ import annotations

import re

# The verbs whose "-in" form is read as "-ing" (the bare verb, as a question says it).
_VERBS = frozenset(
    """do say come go play try be get make watch start write direct film shoot stream drop release talk
    think look hope wait work act star appear voice produce create run lead leave return join cast premiere
    air""".split()
)
_MIN_LETTERS = 4  # "doin": shorter words ending in "in" ("kin", "pin") are words of their own


def g_restored(token: str) -> str:
    """The word with the g of its "-ing" put back when it is one of the verbs fans drop it from ("doin" ->
    "doing", "writin" -> "writing", "gettin" -> "getting"); other words as they are."""
    if len(token) < _MIN_LETTERS or not token.endswith("in"):
        return token
    stem = token[:-2]
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # "gettin": get
    return f"{token}g" if {stem, f"{stem}e", undoubled} & _VERBS else token


_CLIPPED = re.compile(r"\b(?:til|[a-z]{2,}in)\b", re.IGNORECASE)


def clipped_spelt(text: str) -> str:
    """The text with the clipped words fans type spelt whole ("til" -> "until", "doin" -> "doing")."""
    return _CLIPPED.sub(_whole, text)


def _whole(found: re.Match[str]) -> str:
    word = found.group(0)
    if word.lower() == "til":
        # "Til" with a capital is a first name ("Til Schweiger"), not a clipped "until".
        return "until" if word.islower() else word
    return g_restored(word.lower()) if word.islower() else word
