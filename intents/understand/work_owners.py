"""Someone nobody knows named as the owner of a work ("mindy kaling's new show", "what's florence pugh's next
series"), for the last check on every answer (intents/understand/unknown_subject_guard.py): a name the given
names table lacks is still a person there, since a possessive before a show or role word names who made or
plays in it."""

from __future__ import annotations

import re

from intents.ordinary_words import everyday
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold

# A possessive before a word for someone's work, with a word of when between ("X's new show", "X's role").
_OWNED_WORK = re.compile(
    r"((?:[^\W\d_][\w.\-]*\s+){1,3})?([^\W\d_][\w.\-]*)['’]s?\s+"
    r"(?:(?:new|next|latest|newest|upcoming|recent|last|first|best|big)\s+)?"
    r"(?:show|shows|series|project|projects|role|roles|film|films|movie|movies)\b",
    re.IGNORECASE,
)
# A full name: two or three words.
_NAME_WORDS = range(2, 4)


def owner_of_work(text: str, res: Resolution) -> list[str]:
    """The full name nobody knows whose work the message names, or []: the words before the possessive, from
    the first that is no everyday word ("saying mindy kaling's new show": "mindy kaling"), all of them
    words nobody knows."""
    for match in _OWNED_WORK.finditer(text):
        words = fold(f"{match.group(1) or ''} {match.group(2)}").split()[-max(_NAME_WORDS) :]
        while words and (everyday(words[0]) or words[0] in STOPWORDS):
            words.pop(0)
        if len(words) in _NAME_WORDS and any(_within(words, run) for run in res.leftovers):
            return words
    return []


def _within(words: list[str], run: list[str]) -> bool:
    """Whether the words stand, in order, inside the run."""
    return any(run[at : at + len(words)] == words for at in range(len(run) - len(words) + 1))
