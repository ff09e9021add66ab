"""The question mark a fan's emoji hides or stands for: "hs3 dir = euros lyn again?? 🤔" asks as
"... again??" does, and "s3 director = andy newberry 🤔" as "... newberry?". The checks that read a claim
asked back look for a question mark at the message's end; emoji after it (folding drops them) must not
hide it, and a puzzled face is the question mark itself."""

from __future__ import annotations

import unicodedata

# Emoji that ask: a puzzled or side-eyeing face, a question mark drawn as emoji.
_ASKING_EMOJI = frozenset("🤔🤨🧐❓❔⁉👀")
# Characters an emoji run is made of besides its pictures: joiners, variation selectors, skin tones.
_JOINING = frozenset("\u200d\ufe0e\ufe0f")


def _emoji(char: str) -> bool:
    return (
        char in _JOINING
        or unicodedata.category(char) in ("So", "Sk", "Cn")
        or "\U0001f3fb" <= char <= "\U0001f3ff"
    )


def with_question_mark(text: str) -> str:
    """The text with the emoji it ends in set aside when a question mark stands before them, or written as
    one when one of them asks; else as it is."""
    if text.isascii():
        return text
    end = len(text.rstrip())
    while end > 0 and (_emoji(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    trailing = text[end:]
    if not trailing.strip():
        return text
    head = text[:end]
    if head.endswith("?"):
        return head
    if head and any(char in _ASKING_EMOJI for char in trailing):
        return f"{head}?"
    return text
