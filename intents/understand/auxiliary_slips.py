"""Auxiliaries typed by ear at the head of a yes/no question ("dose heartstopper have an emmy nomination",
"iz kit in it"): spelt right there, so the question reads as the check it is and is answered yes or no
first. Only at a sentence's start and before a word that can be its subject: "a dose of drama" and "the
dose" keep their word."""

from __future__ import annotations

import re

# A slip -> the auxiliary it sounds like.
AUXILIARY_SLIPS: dict[str, str] = {
    "dose": "does",
    "deos": "does",
    "duz": "does",
    "dus": "does",
    "iz": "is",
    "haz": "has",
    "wuz": "was",
    "wil": "will",
}
# Words after which the slip is a word of its own ("dose of", "dose is").
_NOT_A_SUBJECT = "of|is|was|for|and|or|the|a"
_AT_START = re.compile(
    r"(?:(?<=^)|(?<=[.!?:;]\s)|(?<=[.!?:;]\s\s))("
    + "|".join(AUXILIARY_SLIPS)
    + rf")(?=\s+(?!(?:{_NOT_A_SUBJECT})\b)\w)",
    re.IGNORECASE,
)


# After a question word a slip may be shorter still ("wen dos season three come out"): "dos" is "two" in
# a learner's Spanish ("temporada dos") anywhere else.
_AFTER_QUESTION_WORD_SLIPS = {**AUXILIARY_SLIPS, "dos": "does", "dose": "does", "doz": "does"}
# One pattern for both places (one pass over each message): a slip at a sentence's start, or after a
# question word.
_SLIPPED = re.compile(
    _AT_START.pattern
    + r"|(?<![\w'])((?:when|wen|whn|where|wher|who|what|wat|wut|how|why|which)\s+)("
    + "|".join(_AFTER_QUESTION_WORD_SLIPS)
    + rf")(?=\s+(?!(?:{_NOT_A_SUBJECT})\b)\w)",
    re.IGNORECASE,
)
_SLIP_WORDS = frozenset(_AFTER_QUESTION_WORD_SLIPS)  # every slip either place reads (AUXILIARY_SLIPS too)


def auxiliary_spelt(text: str) -> str:
    """The text with an auxiliary typed by ear at a sentence's start, or right after a question word, spelt
    right ("dose X have" -> "does X have", "wen dos s3 come out" -> "wen does s3 come out") and one left
    out put back ("she also write the books?"); other words as typed."""
    # A slip is a whole word between spaces (the pattern's lookarounds): ASCII text without one of the slips
    # as a word (most messages) leaves the pattern nothing to find.
    if text.isascii() and _SLIP_WORDS.isdisjoint(text.lower().split()):
        return auxiliary_supplied(text)
    return auxiliary_supplied(_SLIPPED.sub(_spelt, text))


def _spelt(found: re.Match[str]) -> str:
    if found.group(1) is not None:
        return AUXILIARY_SLIPS[found.group(1).lower()]
    return found.group(2) + _AFTER_QUESTION_WORD_SLIPS[found.group(3).lower()]


# "she also write the books?": a yes/no question with its auxiliary left out, a pronoun then a credit's verb
# in its bare form; "did" put back makes it the check it is (answered yes or no first). Only a message that
# ends asking ("?"), so "they play it safe." stays a remark.
_DROPPED_AUXILIARY = re.compile(
    r"^(\s*)((?:he|she|they)\s+(?:(?:also|too|really|actually|ever|even)\s+)?"
    r"(?:write|direct|create|produce|play|star|appear|voice|make|run|work|compose)\b[^.!?]*\?+\s*)$",
    re.IGNORECASE,
)


def auxiliary_supplied(text: str) -> str:
    """The question with the "did" a fan left out put back ("she also write the books?" -> "did she also
    write the books?"); other text as typed."""
    if "?" not in text:
        return text  # the pattern ends on a question mark: most messages need no pass
    return _DROPPED_AUXILIARY.sub(r"\1did \2", text)
