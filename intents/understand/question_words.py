"""Question words as fans really type them, put right before anything looks for the question in a message.

The readers that pick a message's question sentence, split two questions apart or drop the talk around one
all look for a question word. A slip in it ("wher", "wen", "waht") or one run into the next word
("whoplays") hides the question from all of them, so it is spelt out in the raw message first. Names are
never touched: a word that is a known name, or an everyday English word, is left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

from intents.ordinary_words import everyday
from intents.text import STOPWORDS

QUESTION_WORDS = ("who", "what", "when", "where", "which", "how", "whos", "whats", "whens", "wheres")
_QUESTION_SET = frozenset(QUESTION_WORDS)
# Words a question word grows into that are words of their own ("whoever", "whereas", "however").
_NOT_GLUED_REST = frozenset({"ever", "soever", "as", "by", "in", "upon", "abouts", "fore", "of"})
_LONG = 5  # tokens this long may also have a letter changed or one too many
_MIN_REST = 3  # "whoplays", "whatrole": the word after the question word is a whole word
_WORD = re.compile(r"[A-Za-z]+")
# The question words a glued token is tried against, longest first (sorted once, in the set's own order).
_LONGEST_FIRST = tuple(sorted(_QUESTION_SET, key=len, reverse=True))


def _slip_of(token: str) -> str | None:
    """The question word one slip from `token` ("wen" -> "when", "waht" -> "what"), or None.

    The first letter is kept unless it is swapped with the second; a short token only grows into the
    word ("wen") or has two letters swapped ("whne"), so "hot" never becomes "how"; of two near ones, the one
    the token starts ("wher" is "where" cut short, not "when")."""
    near = [
        word
        for word in QUESTION_WORDS
        if (word[0] == token[0] or token[:2] == word[1::-1])
        and OSA.distance(token, word) == 1
        and (len(token) >= _LONG or len(word) > len(token) or sorted(word) == sorted(token))
    ]
    if len(near) > 1:
        near = [word for word in near if word.startswith(token)]
    return near[0] if len(near) == 1 else None


def _glued(token: str, is_word: Callable[[str], bool]) -> str | None:
    """ "whoplays" -> "who plays": a question word run into a word the bot reads, or None."""
    for word in _LONGEST_FIRST:
        if not token.startswith(word):
            continue
        rest = token[len(word) :]
        if len(rest) >= _MIN_REST and rest not in _NOT_GLUED_REST and (is_word(rest) or everyday(rest)):
            return f"{word} {rest}"
    return None


def spell_question_words(
    text: str, is_name: Callable[[str], bool], is_word: Callable[[str], bool] = lambda _: False
) -> str:
    """The message with misspelt or run-together question words spelt out; other words as typed.

    `is_name` (folded key -> known name?) and `is_word` (a word the intents read?) guard real words: a token
    that is a name, a stopword, an everyday word or an intent word is never a slip."""

    def spelt(match: re.Match[str]) -> str:
        typed = match.group(0)
        token = typed.lower()
        if (
            len(token) < 3
            or token in _QUESTION_SET
            or token in STOPWORDS
            or everyday(token)
            or is_word(token)
            or is_name(token)
        ):
            return typed
        return _slip_of(token) or _glued(token, is_word) or typed

    return _WORD.sub(spelt, text)
