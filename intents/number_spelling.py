"""A title made of numbers joined by dots or dashes ("11.22.63", "9-1-1") is one name: said back as typed
("I don't have facts about 11.22.63", never "11 22 63") and never cut to a film named by one of its numbers
("who directed 9-1-1" is no question about the film "9").

Folding splits such a title at its dots and dashes, and a reply naming a title nobody knows writes it from
the folded words. Only the numbers the fan typed joined are written back, and only in a reply that says
Marquee has no facts about them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intents.answer import Answer

UNKNOWN_LEAD = "I don't have facts about "
# Numbers joined by dots, dashes or slashes, no letters touching them: "11.22.63", "9-1-1", "9/11".
_JOINED = re.compile(r"(?<![\w.\-/])\d+(?:[.\-/]\d+)+(?![\w\-/]|\.\d)")
_DIGITS = re.compile(r"\d+")


def numbers_as_typed(answer: Answer, question: str) -> Answer:
    """The answer, with a title of joined numbers the question holds written as typed where its reply says
    there are no facts about it ("11 22 63" -> "11.22.63")."""
    if answer.kind != "unknown" or not answer.text.startswith(UNKNOWN_LEAD):
        return answer
    text = answer.text
    for match in _JOINED.finditer(question):
        typed = match.group()
        spaced = " ".join(_DIGITS.findall(typed))
        # The typed form holds only digits, dots, dashes and slashes: nothing to escape.
        text = re.sub(rf"(?<![\d.]){re.escape(spaced)}(?![\d])", typed, text)
    return answer if text == answer.text else replace(answer, text=text)


def cuts_joined_numbers(text: str, tokens: list[str], start: int, end: int) -> bool:
    """Whether the name at tokens[start:end] (the folded words of `text`) holds some but not all of the
    numbers the fan typed joined ("9" of "9-1-1"): a part of a title, not the name of one."""
    if "." not in text and "-" not in text and "/" not in text:
        return False
    for match in _JOINED.finditer(text):
        numbers = _DIGITS.findall(match.group())
        size = len(numbers)
        for at in range(len(tokens) - size + 1):
            overlaps = start < at + size and at < end
            holds = start <= at and at + size <= end
            if overlaps and not holds and tokens[at : at + size] == numbers:
                return True
    return False
