"""What the fan's own writing says is a name: capitals in a mixed-case message, and words in quotes.

Linking works on folded words, where "Somewhere" and "somewhere" look alike. The engine notes, once per
message, which folded words the fan marked as a name, and the unknown-name reader asks here before it calls
a run of everyday words a title nobody knows. A capital is evidence only on a word that can be part of a
name: function words, greetings and fan talk ("Fight Me On This", "Greetings fellow fans") mark none, as
their words are vocabulary data in intents.ordinary_words. The note lives in a context variable: each
message (an asyncio task) sees its own, and sub-questions of a message see the message's.
"""

from __future__ import annotations

import re
from contextvars import ContextVar, Token

from intents.ordinary_words import UNNAMING_WORDS
from intents.text import fold

_MARKED: ContextVar[frozenset[str]] = ContextVar("marked_names", default=frozenset())
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{1,80})[\"“”«»]|(?:^|\s)[‘'*_]([^‘’'*_]{1,80})[’'*_](?=\s|[?.!,]|$)")
_QUOTE_MARKS = frozenset("\"“”«»‘’'*_")  # every character _QUOTED can open on
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_FIRST_LETTERS = re.compile(r"([^\W_])[\w'’.-]*")  # `_WORD`'s matches, each found as its first letter
_SELF = frozenset({"i", "im", "ive", "id", "ill"})
_SENTENCE_MARKS = ".!?…:;—–-"


def marked_words(message: str) -> frozenset[str]:
    """The folded words `message` marks as (part of) a name: inside quotes, or capitalised where the
    message otherwise writes in lower case (not a sentence's first word, not "I", and never a function word,
    greeting or word of fan talk: "Fight Me On This", "Greetings fellow fans" mark no name)."""
    marked: set[str] = set()
    if not _QUOTE_MARKS.isdisjoint(message):  # most messages quote nothing: the pattern is dear to run
        for match in _QUOTED.finditer(message):
            marked.update(fold(match.group(1) or match.group(2) or "").split())
    firsts = _FIRST_LETTERS.findall(message)
    # Each word's first letter tested by `map`, not a generator: a message has many words, read once each.
    lower = sum(map(str.islower, firsts))
    upper = list(map(str.isupper, firsts))
    if lower * 2 < len(firsts) or not any(upper):
        return frozenset(marked)  # all capitals or Title Case everywhere, or none: capitals mark nothing
    # The same words again, where they stand (the same pattern over the same message: one match per word).
    for match, capital in zip(_WORD.finditer(message), upper, strict=True):
        if not capital:
            continue  # only a capital marks a name (what comes before need not be read for the others)
        starts_sentence = opens_sentence(message, match.start())
        if not starts_sentence:
            words = fold(match[0]).split()
            marked.update([w for w in words if w not in UNNAMING_WORDS and w not in _SELF])
    return frozenset(marked)


def opens_sentence(message: str, at: int) -> bool:
    """Whether only spaces, or a sentence's end mark and spaces, come before `at` in `message`."""
    # The words before it, not a pattern searched over them: once per capital, and the prefix grows.
    before = message[:at].rstrip()
    return not before or before[-1] in _SENTENCE_MARKS


def note_message(message: str) -> Token[frozenset[str]]:
    """Remember the words this message marks as names, until `forget` with the returned token."""
    return _MARKED.set(marked_words(message))


def forget(token: Token[frozenset[str]]) -> None:
    """Forget the message's marked words (the previous message's note, if any, is back)."""
    _MARKED.reset(token)


def marked_now() -> frozenset[str]:
    """The folded words the message being answered marks as names (none outside a message)."""
    return _MARKED.get()


def marked_as_name(words: list[str]) -> bool:
    """Whether the fan marked one of these folded words as a name (capitals, quotes)."""
    marked = _MARKED.get()
    return bool(marked) and not marked.isdisjoint(words)
