"""Fans' idioms for playing a part, read as "play": "who brings nick to life", "who embodies charlie spring",
"who takes on the role of nick", "who stars as nick", "what character does kit connor bring to life".

Each idiom is data: its verb in each tense, the words between the verb and the part, and the words after the
part. The part may be a character, a name nobody knows, or nothing (the person's part is asked: "what
character does he bring to life"); a known show or person in its place ("who brought heartstopper to life")
is a show made or someone helped, not a part played, and is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# "play" in each tense: bare, third person, past, -ing.
_PLAY = ("play", "plays", "played", "playing")
_MOST_PART_WORDS = 4  # "charlie spring", "the boy next door": a part named in a few words
_ASKING = frozenset("who whos which what whats".split())  # an idiom is read so only in a question
_AFTER_PART = frozenset({"in", "on", "for"})  # "who stars as nick in heartstopper": the show follows


@dataclass(frozen=True, slots=True)
class _Idiom:
    """A verb (each tense as in _PLAY), the words after it before the part, and the words after the part."""

    verbs: tuple[str, str, str, str]
    before: tuple[tuple[str, ...], ...]
    after: tuple[str, ...] = ()


_IDIOMS = (
    _Idiom(("bring", "brings", "brought", "bringing"), ((),), ("to", "life")),
    _Idiom(("breathe", "breathes", "breathed", "breathing"), (("life", "into"),)),
    _Idiom(("give", "gives", "gave", "giving"), (("life", "to"), ("a", "face", "to"), ("voice", "to"))),
    _Idiom(("embody", "embodies", "embodied", "embodying"), ((),)),
    _Idiom(
        ("take", "takes", "took", "taking"), tuple(("on", "the", part, "of") for part in ("role", "part"))
    ),
    _Idiom(
        ("step", "steps", "stepped", "stepping"),
        tuple(("into", "the", part, "of") for part in ("role", "part", "shoes")),
    ),
    _Idiom(("star", "stars", "starred", "starring"), (("as",),)),
    _Idiom(("appear", "appears", "appeared", "appearing"), (("as",),)),
)
_BY_VERB: dict[str, tuple[_Idiom, int]] = {
    verb: (idiom, tense) for idiom in _IDIOMS for tense, verb in enumerate(idiom.verbs)
}


def as_playing(
    words: list[str], is_name: Callable[[str], bool], is_character: Callable[[str], bool]
) -> list[str]:
    """The words with an idiom of playing a part read as "play" in its tense, when a question word comes
    before it; the words unchanged when they hold none, or when a known show or person stands where the part
    would."""
    if _BY_VERB.keys().isdisjoint(words) or _ASKING.isdisjoint(words):
        return words
    for at, word in enumerate(words):
        if word not in _BY_VERB or _ASKING.isdisjoint(words[:at]):
            continue
        idiom, tense = _BY_VERB[word]
        for before in idiom.before:
            start = at + 1 + len(before)
            if tuple(words[at + 1 : start]) != before:
                continue
            end = _part_end(words, start, idiom.after)
            if end is None:
                continue
            part = " ".join(words[start:end])
            if part and is_name(part) and not is_character(part):
                continue  # "who brought heartstopper to life": a show made, no part played
            if not part and not idiom.after:
                continue  # "who embodies", "who stars as": the part is missing
            return [*words[:at], _PLAY[tense], *words[start:end], *words[end + len(idiom.after) :]]
    return words


def _part_end(words: list[str], start: int, after: tuple[str, ...]) -> int | None:
    """Where the part ends: before the idiom's closing words, within a few words (None when they do not
    close it); for an idiom with none, before the show it is in ("in", "on") or at the question's end."""
    if not after:
        end = start
        while end < len(words) and end - start < _MOST_PART_WORDS and words[end] not in _AFTER_PART:
            end += 1
        return end
    for end in range(start, min(len(words), start + _MOST_PART_WORDS + 1)):
        if tuple(words[end : end + len(after)]) == after:
            return end
    return None
