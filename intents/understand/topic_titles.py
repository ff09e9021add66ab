"""A title named as the topic of a message and set off before what is asked of it ("I have a question
regarding the circle: could you tell me when it was first released?"): the subject of the message, even when
made of everyday words, for the last check on every answer (intents/understand/unknown_subject_guard.py)."""

from __future__ import annotations

import re

from intents.text import fold

# "a question regarding X:", "quick q about X -", "Regarding X: ...": the asking, a topic word, the title,
# then a colon or dash (not the fan's feelings: "so excited about s3 - when is it out").
_TOPIC = re.compile(
    r"(?:\b(?:question|questions|q|query|asking|ask)\s+(?:regarding|concerning|about|on)|(?:^|[.!?]\s+)"
    r"(?:regarding|concerning))\s+(?P<title>[^:,.!?]{2,60}?)\s*(?::|\s[-–—]\s)",
    re.IGNORECASE,
)
_MOST_WORDS = 6  # a title set off as a topic is a few words
# Words for what is already talked about or for no title: "about it:", "about the new season:".
_NO_TITLE = frozenset(
    "it this that them the a an show series season seasons episode episodes cast new next last one".split()
)


def topic_set_off(text: str) -> list[str]:
    """The words of the title a message names as its topic before a colon or dash, folded; empty when there
    is none or the words are only talk of a show."""
    found = _TOPIC.search(text)
    if found is None:
        return []
    words = fold(found["title"]).split()
    if (
        not words
        or len(words) > _MOST_WORDS
        or set(words) <= _NO_TITLE
        or any(w.isdigit() for w in words[:1])
    ):
        return []
    return words
