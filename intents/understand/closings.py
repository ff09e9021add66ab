"""The words a message closes with: a sign-off after the question ("Many thanks, Margaret") and the yes/no
tail it ends on ("or nah")."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.fanwords import FAN_WORDS
from intents.understand.normalize import drop_chatter
from intents.understand.sentences import MARKS

_SIGN_OFF = re.compile(
    rf"(?:^|(?<=[.!?…{MARKS}]))\s*(?:many thanks|thanks|thank you|kind regards|best regards|best wishes"
    rf"|regards|cheers|love|xoxo|xx)\b(?:[\s,]+[\w'’]+){{0,3}}[\s.!?…{MARKS}]*$",
    re.IGNORECASE,
)
# A closing no question ends with, even with no mark before it ("... premiere date Kind regards Margaret").
_CLOSING = re.compile(
    r"\s(?:kind regards|best regards|many thanks|best wishes|thanks in advance)\b"
    r"(?:[\s,]+[\w'’]+){0,2}[\s.!?…]*$",
    re.IGNORECASE,
)
_KEPT_AT_THE_END = frozenset({"nah"})  # "or nah" asks yes or no
# A note the fan added after posting, on a line of its own or after the question ("is s3 out?\nedit: typo";
# the line break may be gone): no part of the question.
_EDIT_NOTE = re.compile(
    r"(?:\n|(?<=[.!?])\s)\s*(?:edit|ps|p\.s\.)\s*(?:\d+\s*)?:.*$", re.IGNORECASE | re.DOTALL
)


def without_edit_note(text: str) -> str:
    """The message without a note added on a line of its own after it was posted ("edit: typo")."""
    return _EDIT_NOTE.sub("", text)


def _without_sign_off(text: str) -> str:
    """The message without a closing "Many thanks, Margaret" (a name that is no show's) or a note added on a
    line of its own ("edit: typo")."""
    text = without_edit_note(text)
    found = _SIGN_OFF.search(text) or _CLOSING.search(text)
    return (
        text[: found.start()].rstrip()
        if found is not None and len(text[: found.start()].split()) >= 3
        else text
    )


def closing_words(text: str) -> tuple[str, ...]:
    """The last two words of a message, asides and fillers after them left out: "on netflix or nah fr" and
    "y/n asking for a friend lol" end in "or nah" and "y n"."""
    words = fold(text).split()
    if words[-2:] == ["or", "not"]:
        return ("or", "not")  # a chatter phrase elsewhere, a yes/no tail here
    words = drop_chatter(words)
    while words and FAN_WORDS.get(words[-1]) == () and words[-1] not in _KEPT_AT_THE_END:
        words.pop()
    return tuple(words[-2:])
