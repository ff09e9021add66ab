"""Text normalisation shared by entity linking and intent matching."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")
_MENTION = re.compile(r"<(@[!&]?|#)\d+>|@(everyone|here)\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")

MAX_QUESTION_CHARS = 500


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: 'Peter Franzén!' -> 'peter franzen'."""
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Apostrophes join words ("who's" -> "whos") so they don't split names like "O'Brien".
    no_marks = no_marks.replace("'", "").replace("’", "")
    return _NON_WORD.sub(" ", no_marks.lower()).strip()


def clean_input(text: str) -> str:
    """Remove control characters, Discord mentions and markdown noise from a raw message."""
    text = _CONTROL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = text.replace("`", " ").replace("*", " ").replace("_", " ").replace("~", " ").replace("|", " ")
    return " ".join(text.split())


STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or is are was were be been it its it's this that these
    those what whats which who whom whose when where why how do does did done can could will would should
    shall may might must me my i you your we our us they them their he him his she her hers please tell
    about any some there here s t also just so then than as into out up down over again really ok okay hey
    hi hello marquee bot yo know want like get got""".split()
)
