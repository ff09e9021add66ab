"""A possessive 's leaves the name it follows: "the wheel of time's rt" is The Wheel of Time's score,
"pedro's" is Pedro, "tlou's new season" is The Last of Us's. Folding alone would glue the s on ("times",
"tlous") and turn a title into an unknown word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.text import fold
from intents.understand.people_words import RELATIVES

# Words whose 's is "is" or "has" ("who's", "it's", "that's"), never a possessive.
_CONTRACTIONS = frozenset(
    """who what where when why how which it he she that there here this let everyone everybody someone
    somebody nobody one""".split()
)
_POSSESSIVE = re.compile(r"\b([\w.+-]+)['’]s\b", re.IGNORECASE)
_AROUND_WORDS = 3  # a title holding the 's ("the handmaid's tale") reaches this many words either side


def drop_possessives(text: str, is_name: Callable[[str], bool]) -> str:
    """The text with each possessive 's removed, unless the word with its s starts a known name."""
    if "'" not in text and "’" not in text:
        return text  # no apostrophe, no possessive (most questions)

    def keep_or_drop(match: re.Match[str]) -> str:
        word = match.group(1)
        if fold(word) in _CONTRACTIONS:
            return match.group(0)
        before = fold(text[: match.start()]).split()[-_AROUND_WORDS:]
        after = fold(text[match.end() :]).split()[:_AROUND_WORDS]
        if after[:1] and after[0] in RELATIVES:
            return match.group(0)  # "charlie's mum": a part no credit names, which missing facts read whole
        glued = fold(match.group(0))
        for b in range(len(before) + 1):
            for n in range(len(after) + 1):
                if is_name(" ".join([*before[len(before) - b :], glued, *after[:n]])):
                    return match.group(
                        0
                    )  # the 's belongs to a title ("Grey's Anatomy", "The Handmaid's Tale")
        return word

    return _POSSESSIVE.sub(keep_or_drop, text)


def possessive_words(text: str) -> list[str]:
    """The words the fan wrote with a possessive 's ("the handmaid's tale" -> ["handmaid"]), folded."""
    if "'" not in text and "’" not in text:
        return []
    return [fold(m.group(1)) for m in _POSSESSIVE.finditer(text) if fold(m.group(1)) not in _CONTRACTIONS]
