"""The shorter names fans give a title with a subtitle: "Harbor Lights: Part Two" is "Harbor Lights 2" and
"Harbor Lights Part 2"; "Iron Road: Salt Crossing" is "Salt Crossing". A title's own first part ("Iron
Road") is left out: that may be another work (the first film, the book)."""

from __future__ import annotations

import re

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PART = re.compile(r"^(?P<head>.+?):\s+Part\s+(?P<num>\d+|One|Two|Three|Four|Five|Six)$")
# A subtitle that names no work alone: "Season 2", "Volume One", "The Series", a single word.
_NOT_ALONE = re.compile(
    r"^(?:Part|Season|Series|Volume|Vol\.|Chapter|Book|Episode)\b|^The (?:Series|Movie|Film|Musical)$", re.I
)


def title_aliases(title: str) -> tuple[str, ...]:
    """Other names for `title` a fan may use (none for a title without a colon)."""
    part = _PART.match(title)
    if part:
        word = part.group("num")
        number = int(word) if word.isdigit() else _NUMBERS[word.lower()]
        head = part.group("head")
        return (f"{head} {number}", f"{head} Part {number}", f"{head} Part {word}")
    head, colon, subtitle = title.partition(": ")
    if not colon or len(subtitle.split()) < 2 or _NOT_ALONE.match(subtitle) or len(head.split()) > 4:
        return ()
    return (subtitle,)
