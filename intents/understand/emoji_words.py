"""Emoji fans type for a word ("🏆 hs?" asks about awards, "📅 hs3" the date): read as that word when the
rest of the message only names what it is about, a run of one emoji as one word. Beside words that ask or
thank ("thanks ⭐", "🎬🍿 hs3 wen") an emoji is a mark that folding drops, as it drops all others (🙏, 💖)."""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.understand.fanwords import RELATION_WORDS
from intents.understand.never_names import ACKNOWLEDGEMENTS

# The emoji (variation selectors stripped) and the word each stands for.
EMOJI_WORDS: dict[str, str] = {
    "🏆": "awards",
    "🥇": "awards",
    "⭐": "rating",
    "🌟": "rating",
    "🍅": "rotten tomatoes",
    "📅": "date",
    "📆": "date",
    "🗓": "date",
    "📺": "network",
    "🎬": "director",
}
_RUNS = re.compile("(" + "|".join(map(re.escape, EMOJI_WORDS)) + ")(?:\ufe0f?\\1)*\ufe0f?")
# Words that ask or thank themselves: beside them an emoji adds nothing ("🎬🍿 hs3 wen", "thanks ⭐").
_ASKING = (
    frozenset(
        "who whos what whats when whens where wheres which why how is are was does did do can will".split()
    )
    | frozenset(RELATION_WORDS) - {"season", "seasons"}  # "📅 hs3" is "date heartstopper season 3"
    | ACKNOWLEDGEMENTS
)


def emoji_as_words(text: str) -> str:
    """The text with each run of a known emoji written as its word: "hs 🏆🏆" -> "hs  awards "."""
    if text.isascii():
        return text
    return _RUNS.sub(lambda m: f" {EMOJI_WORDS[m.group(1)]} ", text)


def emoji_read(text: str, understood: Callable[[str], list[str]], name_words: frozenset[str]) -> list[str]:
    """`understood(text)`, or of the text with its emoji written as words when without them it names a
    subject (a word of a name news wrote) and asks or thanks nothing."""
    words = understood(text)
    spelt = emoji_as_words(text)
    if spelt == text or _ASKING.intersection(words) or not name_words.intersection(words):
        return words
    return understood(spelt)
