"""A choice of parts put in shorthand, turned into the question it stands for: "joe locke: charlie or nick?",
"charlie or nick: kit connor?" and "which one does kit connor play, charlie or nick?" ask "who does joe locke
play, charlie or nick?". Only a choice naming a known character is read so; any other is left as written
("heartstopper: netflix or hulu?" is answered as it is)."""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.text import STOPWORDS, fold

_SIDE = r"[^\W\d][\w'’+]*(?:\s+[^\W\d][\w'’+]*){0,2}"  # one to three words, none a number
_SUBJECT = r"[^\W\d][\w'’+.]*(?:\s+[\w'’+.]+){0,4}"  # one to five words
_END = r"\s*[?!.]*\s*$"
_SUBJECT_FIRST = re.compile(
    rf"^\s*(?P<x>{_SUBJECT})\s*(?::|\s[-–—])\s*(?P<a>{_SIDE})\s+or\s+(?P<b>{_SIDE}){_END}", re.I
)
_SIDES_FIRST = re.compile(
    rf"^\s*(?P<a>{_SIDE})\s+or\s+(?P<b>{_SIDE})\s*(?::|\s[-–—])\s*(?P<x>{_SUBJECT}){_END}", re.I
)
_WHICH_ONE = re.compile(
    rf"^\s*which\s+(?:one|character|part|role)\s+(?:does|did|is)\s+(?P<x>{_SUBJECT}?)\s*(?:\bplay)?\s*"
    rf",\s*(?P<a>{_SIDE})\s+or\s+(?P<b>{_SIDE}){_END}",
    re.I,
)


# Words of a lead-in, not of a subject: "quick q: netflix or hulu?" puts no one to the choice.
_LEAD_WORDS = frozenset(
    "q qs question quick random ok okay so hey hi lol btw pls please also real poll".split()
)


def _plain(x: str, a: str, b: str) -> bool:
    """A subject of names alone (no question words, no lead-in), and sides that open on no function word."""
    words = fold(x).split()
    return (
        bool(words)
        and not set(words) & (STOPWORDS | _LEAD_WORDS)
        and all(fold(side).split()[:1] and fold(side).split()[0] not in STOPWORDS for side in (a, b))
    )


def as_choice(text: str, is_character: Callable[[str], bool]) -> str:
    """The shorthand choice of parts as a question ("x: a or b?" -> "who does x play, a or b?"); any other
    text unchanged. `is_character` says whether folded words name a known character."""
    found = next((m for p in (_SUBJECT_FIRST, _SIDES_FIRST) if (m := p.match(text)) is not None), None)
    if found is not None and not _plain(found["x"], found["a"], found["b"]):
        found = None
    found = found or _WHICH_ONE.match(text)
    if found is None or not (is_character(fold(found["a"])) or is_character(fold(found["b"]))):
        return text
    return f"who does {found['x']} play, {found['a']} or {found['b']}?"
