"""Punctuation that belongs to a name, held away from the sentence and clause splitting of a message.

"what does J.K. Simmons appear in", "who directed Mr. Brooks", "who is in Arise, My Love" and "who directed
Love! Valour! Compassion!" each ask one question: the marks inside the names end no sentence or clause. Held
are the marks inside [square brackets] (which enclose one name), the period of an initial or of a title
abbreviation before a word ("J.", "Dr.", "St.", "vs."), marks inside a span of words that is a known
name, and the marks a known name ends with ("who was Two Thousand Maniacs! directed by"). Held marks are
swapped for private-use characters, and `release` swaps them back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from intents.text import fold

_MARKS = ".,!?;:…"
_HELD = str.maketrans({mark: chr(0xE000 + at) for at, mark in enumerate(_MARKS)})
_RELEASED = str.maketrans({chr(0xE000 + at): mark for at, mark in enumerate(_MARKS)})
_SQUARE = re.compile(r"\[[^\[\]]*\]")
# An initial ("J.", "R.") or a title abbreviation, with more words after it: the period ends no sentence.
_ABBREVIATION = re.compile(
    r"(?<!\w)(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Ft|Sgt|Lt|Capt|Col|Gen|Prof|Rev|vs)\.(?=\s+\w)"
)
_ENDS_IN_MARKS = re.compile(rf"[{re.escape(_MARKS)}]+$")
_WORD = re.compile(r"\S+")
MAX_NAME_WORDS = 12  # as intents.linking.MAX_NAME_TOKENS
# Folded words -> the known names (as written) they are; empty when they are none.
NamesOf = Callable[[str], Sequence[str]]


def hold(text: str, names: NamesOf | None = None) -> str:
    """The text with the marks that belong to names held (see the module doc)."""
    if not any(mark in text for mark in _MARKS):
        return text
    text = _SQUARE.sub(lambda m: m.group().translate(_HELD), text)
    text = _ABBREVIATION.sub(lambda m: m.group().translate(_HELD), text)
    if names is None or not any(mark in text for mark in _MARKS):
        return text
    return _hold_known(text, names)


def release(text: str) -> str:
    """The text with held marks given back."""
    return text.translate(_RELEASED)


def _hold_known(text: str, names: NamesOf) -> str:
    """Hold the marks ending a word when a known name runs across them ("Arise, My Love") or ends with them
    ("Two Thousand Maniacs!")."""
    words = list(_WORD.finditer(text))
    ending = [at for at, word in enumerate(words[:-1]) if _ENDS_IN_MARKS.search(word.group())]
    if not ending:
        return text
    folded: dict[int, list[str]] = {}  # words are folded only near a mark

    def tokens(start: int, end: int) -> list[str]:
        out: list[str] = []
        for at in range(max(0, start), min(len(words), end)):
            if at not in folded:
                folded[at] = fold(words[at].group()).split()
            out += folded[at]
        return out

    out = list(text)
    for at in ending:
        before, after = tokens(at - MAX_NAME_WORDS + 1, at + 1), tokens(at + 1, at + 1 + MAX_NAME_WORDS)
        mark = _ENDS_IN_MARKS.search(words[at].group())
        assert mark is not None
        if not _name_across(before + after, len(before), names) and not _name_ending(
            before, mark.group(), names
        ):
            continue
        start = words[at].start()
        for i in range(start + mark.start(), start + mark.end()):
            out[i] = out[i].translate(_HELD)
    return "".join(out)


def _name_across(tokens: list[str], boundary: int, names: NamesOf) -> bool:
    """True when tokens before and after `boundary` together are a known name."""
    if boundary <= 0 or boundary >= len(tokens):
        return False
    for start in range(max(0, boundary - MAX_NAME_WORDS + 1), boundary):
        for end in range(boundary + 1, min(len(tokens), start + MAX_NAME_WORDS) + 1):
            if names(" ".join(tokens[start:end])):
                return True
    return False


def _name_ending(tokens: list[str], marks: str, names: NamesOf) -> bool:
    """True when the last tokens are a known name written with `marks` at its end ("G.B.F.", "Mother!")."""
    for start in range(len(tokens)):
        if any(name.endswith(marks) for name in names(" ".join(tokens[start:]))):
            return True
    return False


def cuts_a_name(text: str, asked: str, names: NamesOf | None) -> bool:
    """True when the message was cut right after `asked`, its opening, inside a [bracketed] name or inside a
    known name running on past it."""
    if not text.startswith(asked) or not text[len(asked) :].strip():
        return False
    if asked.count("[") > asked.count("]"):
        return True
    if names is None:
        return False
    before, after = fold(asked).split()[-MAX_NAME_WORDS:], fold(text[len(asked) :]).split()
    return _name_across(before + after[:MAX_NAME_WORDS], len(before), names)
