"""The question a long run-on sentence turns to at its end: "..., so who actually wrote the books".

A long ramble written as one sentence may mention other questions on the way ("he keeps asking me who the
author is because ...") before a comma and a turn ("so", "anyway", "but") open the one the fan asks. The
last question word that a turn word opens after a comma is the question; the fan's words before it are talk.
"""

from __future__ import annotations

from intents.text import fold
from intents.understand.question_openers import QUESTION_START, WH_START

# Words a fan turns to the question with, after a comma: "..., so who", "..., anyway when".
_TURNS = frozenset("so anyway anyways but now ok okay basically yeah".split())
_CLAUSE_ENDS = (",", ";", ":", "...", "…")
_MIN_WORDS = 14  # only a long ramble; a short sentence is read whole
_MIN_ASKED = 4  # words from the question word on: "who wrote the books"
_EXCLAIMED = frozenset({"a", "an"})
# The talk is the fan's own ("i have been trying to ..."): a topic before a comma ("slow horses vs the last
# of us, which ...") or a description ("the person who plays charlie, which ...") is part of the question.
_FAN_SELF = frozenset("i im ive id my me we our".split())  # "what a show": an exclamation, not a question


def turned_question(sentence: str) -> tuple[str, str] | None:
    """The question a long run-on sentence ends on and the talk before it, or None when it has no such turn
    (or opens with its question)."""
    words = sentence.split()
    if len(words) < _MIN_WORDS or fold(words[0]) in QUESTION_START:
        return None
    for at in range(len(words) - _MIN_ASKED, 1, -1):
        if fold(words[at]) not in WH_START or fold(words[at + 1]) in _EXCLAIMED:
            continue
        turn = at
        while turn > 1 and fold(words[turn - 1]) in _TURNS:
            turn -= 1
        said = {fold(w) for w in words[: turn - 1]}
        if turn < at and words[turn - 1].endswith(_CLAUSE_ENDS) and not _FAN_SELF.isdisjoint(said):
            return " ".join(words[at:]), " ".join(words[:at])
    return None
